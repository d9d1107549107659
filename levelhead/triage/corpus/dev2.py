# ruff: noqa: E501  (a data file of hand-written phrases, one family per line)
"""Second-round development families: the first held-out test set, retired.

Written after the rules and ``dev.py``, before the rules were revised on ``dev.py``; it was the
test split for that revision (its figures are in docs/triage.md). Having been read and scored,
it can no longer measure anything honestly, so it became training data and the material of the
second revision; the test split now uses the newer ``heldout.py``.
"""

from __future__ import annotations

from typing import Final

from levelhead.triage.corpus.dev import Families, by_category

# --- customer messages ---------------------------------------------------------------------------

THREATS: Final[dict[str, Families]] = {
    "legal": {
        "county_court": ("I'll be issuing a county court claim against you", "my legal insurance covers this and they're taking it on",
                         "this will be settled by a judge, not by your excuses"),
        "damages": ("I'm suing for the cost plus damages", "a lawyer friend says I've got a strong case and I'm going ahead",
                    "you will be served papers"),
    },
    "report": {
        "standards": ("I'm reporting your business to trading standards and the ASA",
                      "I'm submitting a complaint about you to the consumer protection bureau",
                      "I'll make sure <platform> knows you're scamming people, I'm reporting the listing"),
        "regulator": ("the attorney general's office will be getting a complaint about your shop",
                      "I've reported you to the police for fraud", "my complaint to the CMA goes in today"),
    },
    "chargeback": {
        "card": ("I'll get my card provider to take the money back", "I've started a chargeback through Amex",
                 "I'm contacting Klarna to stop the payment"),
        "reverse": ("the payment is being disputed with my bank as we speak", "I'll reverse the charge through my credit card",
                    "expect a payment dispute from Mastercard"),
    },
    "review": {
        "google": ("I'm leaving you a scathing Google review", "I'll make sure everyone on Instagram knows what you did",
                   "your reviews are about to take a hit"),
        "shame": ("I'll tell everyone I know not to buy from you", "I'm naming and shaming you on Twitter",
                  "I'm putting the whole story on Reddit"),
    },
    "violence": {
        "burn": ("next time I'm in town I'm giving you a slap", "I'll set fire to your unit", "I'm going to find you and make you regret this"),
        "sort_out": ("someone is going to get hurt if this isn't fixed", "I'll wring the neck of whoever sent this",
                     "I'll come to your house and sort you out myself"),
    },
}  # fmt: skip

ABUSE: Final[Families] = {
    "amateurs": ("you're a bunch of clueless amateurs", "you greedy liars", "you're a disgrace to small businesses"),
    "staff_insult": ("your manager is an incompetent clown", "the woman who answered was a stupid cow",
                     "your delivery driver is a complete moron"),
    "swearing_at": ("go fuck yourselves", "eat shit, you thieves", "you fucking useless lot"),
}  # fmt: skip

DEMANDS: Final[dict[str, Families]] = {
    "refund": {
        "to_account": ("I want the money refunded to my account", "send my money back", "the whole <amount> needs to come back to me"),
        "returned": ("refund it all", "I'd like my money returned please", "please pay the whole lot back onto my card"),
    },
    "replacement": {
        "post_another": ("post me another one", "I'd like a fresh one sent out", "send the right size this time"),
        "in_its_place": ("please make it again and send it", "I want a working one in its place", "a replacement needs to go out to me"),
    },
    "compensation": {
        "goodwill": ("a goodwill gesture would be appreciated", "I'd expect a bit off the price",
                     "some kind of credit for the trouble would be nice"),
        "something_free": ("maybe throw in something free", "can I have a discount code for next time?",
                           "I'd like a partial refund for the hassle"),
    },
    "cancel": {
        "no_longer": ("I no longer want this order, please cancel", "kill the order", "void my order please"),
        "withdraw": ("cancel before it's sent", "I want to withdraw my order", "please don't ship it, I'm cancelling"),
    },
    "expedite": {
        "priority": ("can you speed up the delivery?", "I need it here by the weekend, please send it quickly",
                     "please send it priority"),
        "urgently": ("please get it out today", "I need it urgently for a birthday", "send it next day please"),
    },
    "manager": {
        "higher_up": ("I'd like to talk to someone higher up", "is there a manager I can speak to?",
                      "let me speak to the person in charge"),
        "owner_call": ("have the owner ring me", "get me someone more senior", "escalate this to your boss"),
    },
}  # fmt: skip

ISSUES: Final[dict[str, Families]] = {
    "not_received": {
        "never_made_it": ("the parcel never made it to me", "nothing has been delivered", "I'm still without my order"),
        "didnt_get_here": ("it hasn't arrived", "the courier never brought it", "my order didn't get here"),
    },
    "late": {
        "due": ("it was due days ago", "the delivery is running very late", "you said it would come by <day> and it's still not here"),
        "behind": ("why is it taking so long?", "it's <days> days behind schedule", "slowest delivery I've ever had"),
    },
    "damaged": {
        "dented": ("the <item> arrived dented", "the legs were snapped", "there's a crack across the front"),
        "chipped": ("it's smashed to bits", "the corner is chipped", "it arrived stained and torn"),
    },
    "wrong_item": {
        "somebody_else": ("you sent me the wrong colour", "I got somebody else's order", "the size on the label isn't what I ordered"),
        "version": ("this isn't the <item> I chose", "you've sent the wrong version", "I got two left shoes"),
    },
    "missing_item": {
        "not_in_parcel": ("the <item> wasn't in the parcel", "one part is missing from the set", "only half of it arrived"),
        "short": ("the box was missing the screws", "you forgot the batteries", "I'm short one <item>"),
    },
    "not_as_described": {
        "smaller": ("it's much smaller than the photos suggest", "the fabric is nothing like the description",
                    "this isn't the quality you advertised"),
        "used": ("it's plastic, not metal as listed", "the online picture was very different",
                 "the listing said it was new but it's used"),
    },
    "billing": {
        "charged": ("I was charged twice for one order", "my bank shows a charge from you I don't recognise",
                    "you took more money than the checkout said"),
        "billed": ("the voucher didn't come off the total", "I've been charged for express delivery I didn't choose",
                   "I got billed for something I cancelled"),
    },
    "return": {
        "send_back": ("how do I send this back?", "this is going back to you, how do I do that?", "can I get a returns label?"),
        "reached": ("I've already sent it back", "has my return reached you yet?", "what's the deadline for returns?"),
    },
    "no_reply": {
        "got_back": ("nobody has got back to me", "I've had no response to any of my emails", "why does nobody reply?"),
        "anybody": ("I've been ignored for days", "this is my fourth message with no answer", "hello?? is anybody there"),
    },
    "other": {
        "work_address": ("can you post it to my work address instead?", "is it possible to pay by bank transfer?",
                         "I'd like to update my phone number on the account"),
        "hold": ("can you hold the parcel until I'm back from holiday?", "do you have a shop I can visit?",
                 "can you leave it in the porch next time?"),
    },
}  # fmt: skip

# --- seller drafts -------------------------------------------------------------------------------

DRAFT_POLITE: Final[Families] = {
    "mix_up": ("I'm really sorry for the mix-up with your order.", "We're very sorry the <item> arrived like this.",
               "Sorry you've had to chase us."),
    "under_way": ("A replacement <item> is already on its way to you.", "I can refund the <amount> as soon as the item is back with us.",
                  "I've opened an investigation with <courier> today."),
    "which": ("Could you tell me which size you'd like instead?", "Would a replacement or a refund suit you best?",
              "Can you confirm the order number for me?"),
    "how_we_work": ("We normally dispatch within <days> working days.",
                    "Personalised items are made to order, so they can't be exchanged, but we can fix any fault.",
                    "International orders may be held at customs for a few days."),
    "appreciate": ("Thank you for getting in touch.", "Thanks for your understanding.", "We appreciate your kind words."),
    "follow_up": ("I'll keep an eye on it and email you on <day>.", "I'll get back to you as soon as the courier replies.",
                  "Please don't hesitate to get in touch if anything else comes up."),
}  # fmt: skip

DRAFT_PROBLEMS: Final[dict[str, Families]] = {
    "threat": {
        "defamation": ("Any more of these messages and our solicitor will deal with you.",
                       "We will sue for defamation if that review isn't removed.", "We'll be taking legal advice about your behaviour."),
        "banned": ("I'm reporting your account to <platform> for abuse.", "We'll pass this to the police if you continue.",
                   "I'll make sure you're banned from <platform>."),
        "warned": ("Be very careful what you say next.", "You've been warned.",
                   "Carry on like this and you'll find out what happens."),
    },
    "insult": {
        "thick": ("Are you really that thick?", "That's the dumbest thing I've read all week.",
                  "Any idiot could see the size on the listing."),
        "embarrassment": ("You're a liar and you know it.", "You're an embarrassment.", "What a rude, ungrateful person you are."),
        "contempt": ("Frankly you're the worst customer we've ever had.", "Dealing with you is exhausting.", "You're a freeloader."),
    },
    "sarcasm": {
        "amazing": ("Oh how wonderful, another complaint from you.", "Well, that's just fantastic, isn't it.",
                    "Amazing, you managed to find the contact button."),
        "on_purpose": ("Yeah, because we definitely lose parcels on purpose.", "Thanks a million for the abuse.", "Great, just great."),
    },
    "condescension": {
        "spell_out": ("I'll explain it one more time, slowly.", "It really isn't complicated.", "Let me spell it out for you."),
        "worked_up": ("There's no need to get so worked up.", "Relax, these things happen.",
                      "Try to stay calm and read what I wrote."),
    },
    "blame": {
        "typed": ("You typed the address wrong.", "That's your mistake, not ours.", "You ordered the wrong size."),
        "own_fault": ("You must have damaged it when opening it.", "It's your own fault for not checking.",
                      "If you had been in, it would have been delivered."),
    },
    "dismissive": {
        "not_concern": ("That's for you to worry about.", "Nothing to do with us.", "Sort it out with the courier yourself."),
        "no_more": ("I have nothing more to say.", "We won't be replying again.", "That's all there is to it."),
    },
    "overpromise": {
        "doorstep": ("Expect it on your doorstep by tomorrow lunchtime, no doubt about it.",
                     "I can assure you the courier won't let you down again.", "You have my word it will be there by <day>."),
        "certain": ("Your money will be back in your account this afternoon.", "Our couriers are never late, so it'll be there on time.",
                    "Nothing will go wrong this time, I'm certain."),
    },
    "shouting": {
        "capitals": ("PLEASE CHECK YOUR SPAM FOLDER.", "YOUR ORDER WILL SHIP ON MONDAY.", "WE ARE CLOSED AT WEEKENDS."),
        "exclaims": ("We've replied already!!", "It was sent yesterday!!!", "Check your email!!"),
    },
}  # fmt: skip

DRAFT_CLAIMS: Final[dict[str, tuple[str, ...]]] = {
    "delivered": ("The courier confirms delivery on <day>.", "It was signed for on <day>."),
    "dispatched": ("It went in the post on <day>.", "It left us on <day> with <courier>."),
    "tracking": ("I emailed you the tracking details yesterday.", "Reference LH<days>5520 will show you where it is."),
    "updates": ("I updated you on <day> about the delay.", "We've sent you several updates already."),
    "refunded": ("We refunded you on <day>.", "The refund has already gone back to your card."),
}  # fmt: skip


def dev2() -> dict[str, Families]:
    """Generator category -> the second-round development families (training side)."""
    return by_category(THREATS, DEMANDS, ISSUES, ABUSE, DRAFT_POLITE, DRAFT_PROBLEMS, DRAFT_CLAIMS)
