"""Round 12 (dev37, the new writer, and the second pass on dev40): one or two phrasings of each
family the round's rules and guards read, written for these tests (not copied from dev37 or
dev40): threats that must be found and innocent uses beside them that must stay clean."""

from __future__ import annotations

import pytest

from levelhead.triage import analyze

FOUND = [
    # legal: a claim against the seller on the table, the court left to settle it, a formal letter
    ("legal", "Honestly a claim against you is on the cards if this drags on."),
    ("legal", "Fine, I'll let the court decide who is right then."),
    ("legal", "My cousin is a solicitor and he will send your company a formal letter next week."),
    # legal: a question that presses, or one the writer answers themselves
    ("legal", "Do I have to get my solicitor involved before anyone gives me a refund?"),
    ("legal", "Must I find a lawyer for you to reply? I hope not, but I will."),
    ("legal", "still nothing. got the money claim form ready, just need to hit send"),
    # report: a platform or body left to decide, must know, a case opened on the seller
    ("report", "Not your problem? Then Etsy can decide, I'm done talking."),
    ("report", "Let's see what the ombudsman makes of these emails, shall we?"),
    ("report", "I believe eBay should know about this, it's clearly a copy."),
    ("report", "Not interested in excuses, opening a case against your shop today."),
    ("report", "Trading Standards first thing tomorrow unless I hear back."),
    # chargeback: a dispute put on, payments paused, the provider as the other way
    ("chargeback", "told klarna it never came and put a dispute on the order"),
    ("chargeback", "I've paused the instalments and I'll be disputing the rest."),
    ("chargeback", "You refund me or my bank will, makes no difference to me."),
    ("chargeback", "do I need to do a chargeback at this point? because I will"),
    # review: a rating to be changed, a community that will hear of it
    ("review", "Dropping my five star review to one if I don't hear back today."),
    ("review", "I gave you 5 stars last month, I'll be editing it tonight."),
    ("review", "Two thousand members are going to hear about this shop tonight."),
    ("review", "I'm in a big local group. I will tell all of them about your shop."),
    ("review", "I never leave bad reviews. For you I will make an exception, if you ignore me."),
    # violence: friends sent round, fire, "I'll find you", damage that would be a shame
    ("violence", "My mates have offered to pay you a visit and I'm not stopping them."),
    ("violence", "If I'm ignored again I will not hesitate to set your shop alight."),
    ("violence", "Keep ignoring me and I will find you."),
    ("violence", "Be a real shame if one happened to you, wouldn't it."),
    ("violence", "You'll be sorry when I turn up at your shop."),
    ("violence", "Should I need to come down there, I will deal with you personally."),
    # the round's own guards kept off steps (dev40): a step after "I'm" is no trade named without
    # an article, and the apostrophes of contractions are no quoted wording
    ("legal", "Nothing by Monday? I'm taking it to the small claims court then."),
    ("legal", "If it isn't here by Friday I'll file a claim, the form's printed already."),
    # second pass (dev40, a writer from many places): veiled violence
    # violence: a member of staff traced
    ("violence", "Let your manager know I know where he lives now."),
    ("violence", "I found out which street she lives on. Think about that."),
    # violence: the seller's lot foretold, prison shrugged off, payment not in money
    ("violence", "You will get what's coming to you, believe me."),
    ("violence", "I'm not scared of prison, so think hard before you ignore me."),
    ("violence", "You'll pay for this, and not with cash."),
    # violence: a meeting to settle it, a manner not appreciated, luck of distance
    ("violence", "I'll wait by your door on Friday and we can settle this face to face."),
    ("violence", "I will sort it myself, in a way you won't enjoy."),
    ("violence", "Good thing for you I'm not near you right now."),
    # violence: care urged, property as fragile
    ("violence", "I'd take extra care when locking up tonight if I were you."),
    ("violence", "Nice glass frontage you have there. Very breakable."),
    ("violence", "Lovely shiny van outside. For now."),
    ("violence", "That shed of yours would go up really fast, I reckon."),
]

CLEAN = [
    # a denial of a bad review, with and without a subject
    "Bit late but all fine. Not leaving a bad review.",
    "It came late but I'm happy with it and have no intention of leaving negative feedback.",
    "was a bit slow but lovely so no bad review from me",
    "I'm not one of those people who calls a lawyer over nothing, just tell me what happens next.",
    # a dispute or case opened and closed again
    "The parcel turned up! I'd opened a PayPal case but I've closed it now, sorry.",
    "Parcel is here. I close the dispute today, all okay.",
    # the bank's own check; a refund credited
    "My bank stopped the payment as they thought it was fraud. Now it is okay, I pay again?",
    "The refund has now been credited to my card, thanks so much.",
    # the writer's legal job and a delivery; "in-law"; words to engrave
    "I am lawyer, always in court in the day, please send it to my office address.",
    "My sister-in-law's a nurse. She loved the mug.",
    "Could you engrave 'see you in court' on a pen? It's for a friend who just qualified.",
    # the carrier's own request; praise after a share
    "DPD asked me to report it missing on their site, done that, just so you know.",
    "Put your candles in my book club chat and they all went mad for it, expect orders!",
    "tagged you in my story!! my friends are obsessed",
    # a blade praised, a collection, an event
    "Knife is scarily sharp. Love it. Do you sell a block?",
    "I live near your unit. Can I come and get the order myself on Friday?",
    "coming to your open day on Saturday, can't wait!",
    # the seller's face on their own page
    "Saw your face is all over your Instagram, the new range looks great!",
    # second pass (dev40): innocent neighbours
    # review: a tag asked for, a post warmly received
    "Just posted the lamp on my story, what's your handle? I'd love to tag you.",
    "I posted your bowls in our village group and loads of people loved them.",
    # legal: a gift for a new lawyer, an order from a law firm
    "Could you engrave a notebook for a newly qualified solicitor? Her name is Priya.",
    "Our law office wants thirty printed pens, could you quote?",
    "My daughter finished her law studies and is a lawyer now, I want a gift for her.",
    # violence words in innocent use
    "The vase arrived safely, it's very fragile so thank you for the packing.",
]


@pytest.mark.parametrize(("label", "text"), FOUND)
def test_found(label: str, text: str) -> None:
    assert label in analyze(text).threats


@pytest.mark.parametrize("text", CLEAN)
def test_clean(text: str) -> None:
    assert analyze(text).threats == ()
