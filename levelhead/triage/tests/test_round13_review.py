"""Round 13 (dev51, review): one or two phrasings of each review family the round's rules read,
written for these tests (not copied from dev51): threats that must be found as ``review`` alone,
and innocent uses beside them that must stay clean."""

from __future__ import annotations

import pytest

from levelhead.triage import analyze

FOUND = [
    # a review promised on a condition, before or after
    "If this is still unresolved by Thursday, I will publish a review.",
    "writing a full review on sunday if i dont hear back from you",
    # a rating or an earlier review edited down
    "Taking my old five stars down to 1 tonight.",
    "I am going to amend my earlier review to reflect how this was handled.",
    # others told not to buy
    "I'll be telling my whole family not to order from your shop.",
    "My book club has been warned off you.",
    "I'll make sure everyone knows to avoid your shop.",
    # the press, a consumer programme, the public left to judge
    "I'm sending the whole story to the local newspaper.",
    "I will put both photos side by side online for everyone to see.",
    "I'll put the two photos up and let the public decide.",
    # stars the seller "reckons", a stinker, a viral post, a video, a cautionary tale
    "How many stars do you think this deserves? I'm thinking one.",
    "Expect a right stinker of a review from me.",
    "My last post about a dodgy seller went viral, just so you know.",
    "this lamp is going in my next youtube video and not in a good way",
    "Your shop is going to be a cautionary tale on my blog now.",
    "Reddit would have a field day with this.",
    "I'll have to be honest in my review about the wait.",
]

CLEAN = [
    # (the lead's review: an object set beside another, a request not to touch it, a photo shared
    # with thanks, found by the first version of the rules)
    "I put the new mug alongside the old one and the colour is different.",
    "I asked everyone not to touch it until you reply.",
    "I shared the picture publicly and tagged you, thank you so much!",
    "Left you five stars, thank you so much!",
    "I won't leave bad feedback, it was only a day late.",
    "I'll be telling all my friends about your lovely shop.",
    "Would you mind if I tagged your shop in my post? It looks gorgeous.",
    "I read a review of your candles in the local paper, do you ship to Ireland?",
    "How many stars do these earrings have, are they real gold?",
    "Can you send the invoice to my work address please?",
    "Please let me know if you need any feedback on the new range.",
]


@pytest.mark.parametrize("text", FOUND)
def test_review_found(text: str) -> None:
    assert analyze(text).threats == ("review",)


@pytest.mark.parametrize("text", CLEAN)
def test_innocent_clean(text: str) -> None:
    assert analyze(text).threats == ()
