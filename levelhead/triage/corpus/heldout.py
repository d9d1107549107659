# ruff: noqa: E501  (a data file of hand-written phrases, one family per line)
"""Held-out families: the only phrasing the test split uses for the labels the rules decide.

Second set, written after the rules had been revised on ``dev.py`` and before they were revised
on ``dev2.py`` (the first held-out set, retired); never read while revising them, never trained
on. The rules and the models are built from ``fragments.py``, ``dev.py`` and ``dev2.py``, so a
test phrase drawn from those measures recall of phrasing the rule writer had in front of them,
which is how every draft label once scored 1.000. The same person wrote every file, so these
figures are still not those of real customers; ``tests/test_training.py`` checks that no
template here is a near-copy of a training one.

Same format as ``fragments.py``: family name -> templates, ``{a|b}`` alternatives, ``<slot>``.
"""

from __future__ import annotations

from typing import Final

from levelhead.triage.corpus.dev import Families, by_category

# --- customer messages ---------------------------------------------------------------------------

THREATS: Final[dict[str, Families]] = {
    "legal": {
        "claim_form": ("I've downloaded the money claim form and I'm filling it in tonight",
                       "the paperwork for court is ready to send", "I'll have my day in court over this"),
        "barrister": ("my son is a barrister and he's writing to you", "you'll be getting a formal legal letter",
                      "I've booked a consultation with a solicitor about your shop"),
    },
    "report": {
        "asa": ("I'm lodging a complaint with the Advertising Standards Authority",
                "the Better Business Bureau will have my complaint by tonight",
                "I'm reporting your business to Trading Standards for selling fakes"),
        "shut_down": ("<platform> will hear from me about this listing", "I've submitted a report about your shop to <platform>",
                      "I'll get your seller account shut down by <platform>"),
    },
    "chargeback": {
        "rung_bank": ("I've rung my bank and they're raising a dispute", "my card company is reversing the transaction",
                      "I'm asking Visa to refund me through a chargeback"),
        "buyer_protection": ("PayPal buyer protection will sort this, I'm filing now",
                             "I've opened an Item Not Received case on PayPal",
                             "I'm getting my money back through the card company"),
    },
    "review": {
        "honest_feedback": ("I'll be leaving honest feedback about this, and it won't be good",
                            "a one-star review is the least you deserve",
                            "I'm going to write about this on every review site I can find"),
        "screenshots": ("I'll put your shop name in a TikTok so people know", "screenshots of this chat are going on Twitter",
                        "I'm telling the mums in my Facebook group to stay away from you"),
    },
    "violence": {
        "bat": ("I'll be round your place with a baseball bat", "I'm going to batter whoever answers the door",
                "you'll get a brick through your window"),
        "snap": ("I'll make sure you get hurt for this", "you're lucky I don't come down there and hit someone",
                 "I'll knock you out cold"),
    },
}  # fmt: skip

ABUSE: Final[Families] = {
    "vermin": ("you're absolute vermin", "you shower of idiots", "you incompetent clowns"),
    "the_lad": ("the lad who packed this is a brainless idiot", "your boss is a crook",
                "the woman on your chat is useless and thick"),
    "shove": ("fuck you and your shop", "you're all a bunch of dickheads", "shove your apology"),
}  # fmt: skip

DEMANDS: Final[dict[str, Families]] = {
    "refund": {
        "send_back": ("I'd like the full <amount> back please", "refund my card today", "just send the money back"),
        "by_friday": ("give me a full refund", "I need my money back by Friday", "refund me the delivery charge as well"),
    },
    "replacement": {
        "post_out": ("can you post out a new <item>?", "I'd like the correct one sent to me", "please send a fresh one"),
        "medium": ("please swap the size for me", "I'd like to exchange it for a medium", "ship out a replacement"),
    },
    "compensation": {
        "fair": ("some money off would be fair", "I'd accept a voucher for next time", "I'd like something to make up for the wait"),
        "knock_off": ("knock something off the price", "upgrade my next order for free and we're even", "I expect some sort of compensation"),
    },
    "cancel": {
        "elsewhere": ("please cancel, I've found it elsewhere", "stop my order, I don't need it", "cancel the lot"),
        "kindly": ("can you cancel the second item?", "don't dispatch, I'm cancelling", "kindly cancel my purchase"),
    },
    "expedite": {
        "christmas": ("I need this before Christmas, can you hurry it?", "please send it by special delivery",
                      "could you get it out today?"),
        "prioritise": ("I need it for Saturday, is next day possible?", "please put my order at the front of the queue", "can you rush it out?"),
    },
    "manager": {
        "call_back": ("put the shop owner on the phone", "can a manager call me back?", "I'd like this escalated to a supervisor"),
        "line_manager": ("is there somebody more senior I could speak with?", "please pass me to your line manager", "who's in charge there?"),
    },
}  # fmt: skip

ISSUES: Final[dict[str, Families]] = {
    "not_received": {
        "weeks": ("my parcel never arrived, it's been weeks", "the order hasn't come", "I've had nothing through the door"),
        "no_parcel": ("still no sign of the <item>", "no parcel has turned up", "it never reached me"),
    },
    "late": {
        "past_date": ("it's way past the delivery date", "the order is a week overdue", "delivery is taking far too long"),
        "days_ago": ("it's late again", "it should have come days ago", "I was told <days> days and it's been <weeks> weeks"),
    },
    "damaged": {
        "crack": ("the <item> arrived with a crack in it", "it came bent", "the glass had shattered in the box"),
        "in_two": ("there are chips all over the paint", "it's broken in two", "the stitching has come apart"),
    },
    "wrong_item": {
        "different": ("I was sent a different <item>", "this is the wrong one", "you sent me a blue one, I ordered red"),
        "not_mine": ("the size is wrong, I asked for medium", "this isn't my order", "the wrong book turned up"),
    },
    "missing_item": {
        "lid": ("the <item> was missing from the delivery", "there were only two in the pack", "the lid is missing"),
        "accessories": ("the accessories weren't in the box", "half the set didn't come", "nobody packed the <item>"),
    },
    "not_as_described": {
        "shown_online": ("it's not the colour shown online", "the photos made it look much bigger",
                         "it's nothing like what was described"),
        "cheap_copy": ("it's a cheap copy, not the brand advertised", "the material is not cotton as stated",
                       "the quality is far worse than the pictures"),
    },
    "billing": {
        "card_twice": ("you charged my card twice", "the amount taken was wrong", "I've been billed <amount> more than the price"),
        "authorise": ("my discount wasn't taken off", "there's a payment I didn't authorise",
                      "I was charged for shipping that should be free"),
    },
    "return": {
        "address": ("this needs to go back to you", "how do I get a return label?", "where should returns be posted?"),
        "opened": ("the return was posted on <day>", "did my parcel back to you arrive?", "can I return an opened item?"),
    },
    "no_reply": {
        "no_response": ("you haven't replied to any of my emails", "I'm getting no response", "why won't anyone answer me?"),
        "four_messages": ("I've been waiting days for a reply", "nobody ever responds", "I've sent four messages and heard nothing"),
    },
    "other": {
        "delivery_date": ("can I change the delivery date?", "I'd like to add a gift message to my order",
                          "could you send it to a different address?"),
        "app": ("my account shows someone else's name", "the app won't let me check out",
                "can I pick it up from your warehouse?"),
    },
}  # fmt: skip

# --- seller drafts -------------------------------------------------------------------------------

DRAFT_POLITE: Final[Families] = {
    "standard": ("I'm so sorry about this, it's not the standard we aim for.", "Please accept our apologies for the mix-up.",
                 "Sorry again for the hassle this has caused."),
    "cover": ("I've issued a full replacement, which goes out tomorrow.", "I'll cover the cost of the return postage.",
              "I've added a note to your order so the courier knows where to leave it."),
    "screens": ("Our workshop is closed on Sundays, so we'll reply on Monday.", "Most parcels arrive within a week.",
                "The colour can vary slightly between screens."),
    "resend_or": ("Would you like us to resend it or refund you?", "Could you tell me the tracking number on your label?",
                  "Is the address on the order still correct?"),
    "weekend": ("Have a lovely weekend.", "Thanks again for shopping with us.",
                "Let me know if there's anything else I can help with."),
    "repair": ("We can only accept returns within 30 days, but I'm happy to look at a repair.",
               "I'm afraid custom prints can't be refunded, but I'll reprint it if it's faulty.",
               "We can't change the price after the sale ends, but here's a code for next time."),
}  # fmt: skip

DRAFT_PROBLEMS: Final[dict[str, Families]] = {
    "threat": {
        "reputation": ("We'll be contacting our lawyer about your messages.", "Continue and we will take you to court.",
                       "We reserve the right to sue for the damage to our reputation."),
        "suspended": ("I'll report you to <platform> as a scammer.", "We're going to report this to the police.",
                      "We'll get your account suspended."),
        "wont_end_well": ("You'll be sorry if you post that review.", "Don't push your luck with us.", "This won't end well for you."),
    },
    "insult": {
        "lazy": ("Are you stupid or just lazy?", "Only an idiot would order the wrong size.", "Use your common sense."),
        "horrible": ("You're a horrible person.", "You're a pathetic little man.", "What a selfish customer you are."),
        "school": ("Reading obviously isn't your strong point.", "Did you even go to school?",
                   "You're too dim to follow simple instructions."),
    },
    "sarcasm": {
        "moan": ("Oh fantastic, you've found a new thing to moan about.", "Well isn't that just perfect.",
                 "What a lovely surprise, another demand."),
        "better_to_do": ("Sure, because we have nothing better to do.", "Thank you so much for your charming message.",
                         "Wow, you must be a genius."),
    },
    "condescension": {
        "so_you_understand": ("I'll say this slowly so you understand.", "It's quite simple if you just read it.",
                              "Let me make this really easy for you."),
        "keep_up": ("Try to keep up.", "Calm yourself down, it's a parcel.", "As explained in my last three emails, it's on its way."),
    },
    "blame": {
        "house_number": ("You entered the wrong house number.", "You picked the wrong size, not us.",
                         "It broke because you didn't follow the care instructions."),
        "werent_in": ("You weren't in when they delivered it.", "The delay is because you paid for the slowest option.",
                      "You should check your order before you pay."),
    },
    "dismissive": {
        "post_office": ("That's not something we're going to deal with.", "Talk to the post office about it.",
                        "We're done discussing this."),
        "other_customers": ("It's not our job to chase the courier.", "We've got other customers to deal with.",
                            "There's nothing else to say."),
    },
    "overpromise": {
        "without_fail": ("It will arrive tomorrow without fail.", "I'm certain there won't be any more delays.",
                         "You will definitely have it by <day>."),
        "instantly": ("Your refund will appear instantly.", "This will be fixed today, I guarantee it.", "It will never break again."),
    },
    "shouting": {
        "on_time": ("WE SENT IT ON TIME.", "PLEASE STOP CALLING THE SHOP.", "THERE IS NOTHING WRONG WITH IT."),
        "told_you": ("We told you already!!", "Check the photos!!!", "The sale ends tonight!!"),
    },
}  # fmt: skip

DRAFT_CLAIMS: Final[dict[str, tuple[str, ...]]] = {
    "delivered": ("Royal Mail shows it was delivered on <day>.", "Our courier delivered it on <day>."),
    "dispatched": ("The parcel went off with the courier on <day>.", "We took it to the post office on <day>."),
    "tracking": ("The tracking link is in your inbox.", "Tracking: LH<days>8841."),
    "updates": ("I emailed you about this on <day>.", "You were kept informed by email."),
    "refunded": ("Your money was returned on <day>.", "I refunded the full amount on <day>."),
}  # fmt: skip


def held_out() -> dict[str, Families]:
    """Generator category -> the held-out families that make up its test-side pool."""
    return by_category(THREATS, DEMANDS, ISSUES, ABUSE, DRAFT_POLITE, DRAFT_PROBLEMS, DRAFT_CLAIMS)
