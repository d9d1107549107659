# ruff: noqa: E501  (a data file of hand-written phrases, one family per line)
"""Development families: phrasing written after the rules, to find where they fail.

Written after ``rules.py`` and ``tone.py`` and before any change to them; the rules were then
revised after reading where they missed these (see docs/triage.md). They are training data for
the models (the training split draws on ``fragments.py`` and these) and never test data: the test
split uses only ``heldout.py``, written before that revision and never read while making it.

Same format as ``fragments.py``: family name -> templates, ``{a|b}`` alternatives, ``<slot>``.
"""

from __future__ import annotations

from typing import Final

Families = dict[str, tuple[str, ...]]

# --- customer messages ---------------------------------------------------------------------------

THREATS: Final[dict[str, Families]] = {
    "legal": {
        "small_claims": ("I'm filing in small claims on monday unless this is sorted",
                         "my brother in law is a lawyer and he's already drafting something",
                         "you'll be hearing from my legal team"),
        "lawsuit": ("this is going to end up as a lawsuit", "I'm prepared to take this all the way to court",
                    "I will pursue this legally if I have to"),
    },
    "report": {
        "watchdog": ("I'm escalating this to the ombudsman", "the consumer watchdog will be getting a complaint from me",
                     "I've already filled in the complaint form for the consumer protection agency"),
        "authorities": ("I'll be reporting your shop to <platform> support", "this is going straight to action fraud",
                        "I'm letting the local council know about your business"),
    },
    "chargeback": {
        "bank": ("I'm calling my bank to reverse the payment", "my credit card company will get this money back for me",
                 "I've asked my bank to claw the money back"),
        "dispute": ("I'm opening a PayPal dispute", "I'll raise a claim with PayPal {tonight|today}",
                    "I'm disputing the charge with Visa"),
    },
    "review": {
        "stars": ("everyone on Trustpilot is going to hear about this", "I'm writing a one star review tonight",
                  "enjoy your new 1 star rating"),
        "social": ("I'm posting this all over Facebook", "my TikTok followers are going to love this story",
                   "I'll warn everyone in the local Facebook group about you"),
    },
    "violence": {
        "property": ("I'll come round and break your windows", "you better hope I never find your shop",
                     "I know where your warehouse is and I'm coming down there"),
        "person": ("I swear I'll hurt whoever packed this", "I'll punch the delivery guy next time I see him",
                   "I'm going to knock your teeth out"),
    },
}  # fmt: skip

ABUSE: Final[Families] = {
    "muppets": ("you lot are total muppets", "you're nothing but con artists", "you utter numpties"),
    "staff_names": ("your customer service girl is thick as a brick", "whoever runs this shop is a moron",
                    "the guy on the phone was a useless prat"),
    "swear_at": ("piss off with your excuses", "stick your voucher up your arse", "you bunch of tossers"),
}  # fmt: skip

DEMANDS: Final[dict[str, Families]] = {
    "refund": {
        "money_back": ("just give me my money back", "I expect the full amount back on my card", "refund the lot"),
        "every_penny": ("I want every penny back", "return my money {now|today}", "put the money back on my card"),
    },
    "replacement": {
        "another": ("send another one out", "I need a new one sent asap", "can you post a replacement"),
        "swap": ("swap it for the right one", "ship me a new one", "please resend the order"),
    },
    "compensation": {
        "hassle": ("I think I deserve something for the hassle", "throw in a discount for next time at least",
                   "I want some money off"),
        "make_up": ("store credit would make up for it", "what are you offering to make up for this?",
                    "a gift card for my trouble would be fair"),
    },
    "cancel": {
        "stop": ("cancel it, I don't want it anymore", "please stop the order", "I'd like to cancel before it ships"),
        "scrap": ("scrap the order", "call off the order", "don't send it, cancel"),
    },
    "expedite": {
        "quick": ("can you send it express?", "I need it by saturday, please hurry",
                  "please upgrade the shipping to next day"),
        "rush": ("rush it please", "get it to me quicker", "can it go out first thing tomorrow?"),
    },
    "manager": {
        "boss": ("put me through to your boss", "I want someone senior", "pass this to whoever is in charge"),
        "management": ("I demand to speak with management", "get your manager to call me", "who's your supervisor?"),
    },
}  # fmt: skip

ISSUES: Final[dict[str, Families]] = {
    "not_received": {
        "nowhere": ("the package hasn't turned up", "nothing in my letterbox still", "my parcel is nowhere to be found"),
        "never_got": ("haven't had anything yet", "the order never got to me",
                      "my neighbour doesn't have it either, it just never came"),
    },
    "late": {
        "overdue": ("it's overdue by a week", "it's taking way longer than you said", "your delivery estimate was way off"),
        "transit": ("still in transit after <weeks> weeks", "this was due <day>", "shipping is painfully slow"),
    },
    "damaged": {
        "pieces": ("the <item> came in pieces", "there's a big dent in it", "the screen is cracked"),
        "broke": ("it leaks", "the handle snapped off straight away", "the zip broke the first time I used it"),
    },
    "wrong_item": {
        "product": ("that's the wrong product entirely", "I ordered a large and got a small",
                    "the <item> you sent isn't the one I picked"),
        "mixed_up": ("you mixed up my order", "the box had a <item> in it, I ordered a <item>",
                     "completely different item to what I bought"),
    },
    "missing_item": {
        "half": ("the box only had half the stuff", "there's no <item> in the package",
                 "one of the pieces never came with it"),
        "left_out": ("you left the <item> out", "the set is missing a piece", "I counted and there are two missing"),
    },
    "not_as_described": {
        "picture": ("the colour is nothing like the picture", "the description said solid wood, it's chipboard",
                    "it's tiny compared to the listing photo"),
        "lied": ("looks cheap and nasty, not what was advertised", "the listing lied about the size",
                 "it's not real leather like you said"),
    },
    "billing": {
        "card": ("my card was charged but the order was cancelled", "the total on my statement is higher than at checkout",
                 "I paid shipping twice"),
        "payments": ("there are two payments to you on my account", "why was I billed again this month?",
                     "the price went up after I paid"),
    },
    "return": {
        "where": ("where do I send it back to?", "I'd like to send the <item> back", "what's the return address?"),
        "posted": ("I posted the return last week", "do I pay for return postage?", "the return is on its way back to you"),
    },
    "no_reply": {
        "heard": ("I've heard nothing back from you", "nobody is answering my messages", "still waiting for someone to reply"),
        "never_answer": ("you never answer", "three emails and not a word", "does anyone even read these?"),
    },
    "other": {
        "collect": ("can I collect it in person instead?", "could you combine my two orders in one parcel?",
                    "please unsubscribe me from your emails"),
        "change": ("can I add something to my order before it ships?", "do you have a phone number I can call?",
                   "I need to change the name on the order"),
    },
}  # fmt: skip

# --- seller drafts -------------------------------------------------------------------------------

DRAFT_POLITE: Final[Families] = {
    "sorry": ("So sorry this has happened, that's not good enough from us.", "Apologies that the <item> wasn't right.",
              "I'm sorry it's taken so long to get back to you."),
    "done": ("I've just posted a new one out to you by tracked delivery.", "I've put a refund through for <amount>.",
             "I've chased <courier> and they've promised an update by <day>."),
    "ask": ("Would you mind sending a quick photo of the label?", "Could you check with your neighbours in case it was left with them?",
            "Let me know if you'd prefer a refund instead."),
    "policy": ("Custom orders take around <days> days to make.", "Returns are free within 30 days.",
               "We post from the UK, so international parcels can take a little longer."),
    "warm": ("Thanks so much for bearing with us while we sort this.", "It's lovely to hear from you.",
             "We really appreciate you letting us know."),
    "firm": ("I'm afraid we can't refund opened cosmetics for hygiene reasons, but I can offer an exchange.",
             "We're not able to change the address once it's shipped, but I'll ask the courier to redirect it.",
             "Sadly the sale price can't be applied after purchase."),
}  # fmt: skip

DRAFT_PROBLEMS: Final[dict[str, Families]] = {
    "threat": {
        "solicitor": ("If this review stays up, you'll hear from our solicitor.", "We're prepared to take legal steps over these false claims.",
                      "Post that again and we'll see you in court."),
        "flag": ("I'll be reporting your account to <platform> for this.", "We'll flag you to other sellers.",
                 "One more fake claim and we'll pass your details to the police."),
        "intimidate": ("You don't want to make an enemy of us.", "Think carefully before you post that.",
                       "Keep pushing and see what happens."),
    },
    "insult": {
        "dumb": ("Honestly, how dumb can you be?", "Even a child could follow these instructions.",
                 "Do you even know how to open a box?"),
        "names": ("You're a nasty piece of work.", "You're an absolute joke.", "Stop being such a moron."),
        "character": ("You're just a scammer looking for freebies.", "You're a compulsive complainer.",
                      "It's people like you who ruin small businesses."),
    },
    "sarcasm": {
        "sure": ("Wow, what a shock, the customer is always right.", "Sure, I'll just magic another one out of thin air.",
                 "Oh yes, because we love losing money."),
        "brilliant": ("Brilliant detective work there.", "Lucky us, another five-page email.",
                      "Thanks ever so much for the one-star review."),
    },
    "condescension": {
        "simple": ("I'll try to keep this simple for you.", "Let me walk you through this one more time.",
                   "Try reading the email again, slowly."),
        "twice": ("As I've said twice now, it ships on <day>.", "If you'd read my previous message you'd know this.",
                  "Take a deep breath, it's only a <item>."),
    },
    "blame": {
        "postcode": ("You gave us the wrong postcode.", "You clearly didn't measure before ordering.",
                     "It's your responsibility to be home for the delivery."),
        "cheap": ("If you'd read the listing properly this wouldn't have happened.", "The damage happened after it reached you.",
                  "You chose the cheapest postage, so delays are on you."),
    },
    "dismissive": {
        "whatever": ("Whatever.", "We've already spent too long on this.", "Not something we deal with."),
        "end": ("Contact the courier, not us.", "I'm not going to discuss this further.", "That's the end of it."),
    },
    "overpromise": {
        "absolutely": ("It will absolutely be with you by tomorrow morning.", "I can promise this will be sorted today.",
                       "Rest assured, nothing like this will ever happen again."),
        "minutes": ("You'll have it first thing tomorrow, guaranteed.", "Your refund will land in your account within minutes.",
                    "No question, it'll arrive before the weekend."),
    },
    "shouting": {
        "caps": ("WE HAVE ALREADY ANSWERED THIS QUESTION.", "DO NOT OPEN A CASE BEFORE CONTACTING US.",
                 "WE DO NOT DO EXCHANGES ON CUSTOM ITEMS."),
        "bangs": ("I've told you three times!!!", "It's in the post!!", "No refunds on sale items!!!"),
    },
}  # fmt: skip

DRAFT_CLAIMS: Final[dict[str, tuple[str, ...]]] = {
    "delivered": ("According to the courier, it was handed to you on <day>.", "The parcel reached you on <day>."),
    "dispatched": ("It went out with <courier> on <day>.", "Your order left our workshop on <day>."),
    "tracking": ("The tracking code is in the email we sent.", "You can follow it with tracking number LH<days>7731."),
    "updates": ("We emailed you an update on <day>.", "You've had regular updates from us."),
    "refunded": ("The money was sent back to your card on <day>.", "Your refund went through on <day>."),
}  # fmt: skip


def by_category(
    threats: dict[str, Families],
    demands: dict[str, Families],
    issues: dict[str, Families],
    abuse: Families,
    polite: Families,
    problems: dict[str, Families],
    claims: dict[str, tuple[str, ...]],
) -> dict[str, Families]:
    """Generator category (as ``generate._pool`` names it) -> families."""
    out: dict[str, Families] = {}
    out.update({f"threat:{t}": fams for t, fams in threats.items()})
    out.update({f"demand:{d}": fams for d, fams in demands.items()})
    out.update({f"issue:{i}": fams for i, fams in issues.items()})
    out["abuse"] = abuse
    out["draft_polite"] = polite
    out.update({f"draft:{k}": fams for k, fams in problems.items()})
    out.update({f"claim:{c}": {str(i): (t,) for i, t in enumerate(ts)} for c, ts in claims.items()})
    return out


def dev() -> dict[str, Families]:
    """Generator category -> the development families added to its training-side pool."""
    return by_category(THREATS, DEMANDS, ISSUES, ABUSE, DRAFT_POLITE, DRAFT_PROBLEMS, DRAFT_CLAIMS)
