"""Round 11 (docs/triage.md, step 12): the tone guard's new classes of threat and insult in a
seller's draft, one phrasing of each, written for these tests (not copied from the development
files dev8 and dev11 or the corpus), and polite neighbours that must stay clean."""

from __future__ import annotations

import pytest

from levelhead.triage import check_reply

THREATS = [
    # costs and the law turned on the customer
    "Any more of this and we'll have debt collectors knocking on your door.",
    "Our recovery agents will be calling you about the balance.",
    "If you open that claim we will counter-claim for our costs.",
    "We'll chase you for the lost sales that review has cost us.",
    "I'll bill u for every hour spent on this.",
    "We'll take you to small claims over the return postage.",
    "Our solicitor has been instructed and is drafting a letter.",
    "my lawyer has all ur messages and is ready to act",
    "we'll charge u an admin fee for every email from now on",
    # the account closed or banned at the seller's word
    "Send one more email like that and your buyer account will be suspended.",
    "We'll close your account on our site for good.",
    "One word from us and the marketplace will drop you.",
    "I'll see to it that eBay blocks you.",
    "You are now permanently banned from our store.",
    "Consider yourself blacklisted.",
    # blacklists, other sellers, details made public
    "We're adding your name to the sellers' blacklist.",
    "I'll be passing your address to other traders in our group.",
    "We will share your messages with our followers.",
    "I'm going to warn every other seller in the forum about you.",
    "Soon every shop on the high street will know about you.",
    "You'll never order from a single shop round here again.",
    "I'll leave you negative buyer feedback.",
    "your emails will go on our facebook page",
    # veiled warnings
    "Take the review down or face the consequences.",
    "Keep this up and we'll make life very difficult for you.",
    "Think twice, or three times, before posting that.",
    "We know exactly who you are.",
    "Remember, we know a lot of people.",
    "I might drop the next one round personally, if you get my drift.",
    "Don't think we won't show up at your house.",
    "don't test our patience",
    "u'll regret this",
    "we have ur address, dont forget it",
]

INSULTS = [
    # name-calling with a word of scorn
    "Goodbye, you absolute walnut.",
    "ya daft muppet",
    "You're a proper nuisance.",
    # a dim person by figure
    "You're not the brightest bulb, are you?",
    "Do you have two brain cells between you?",
    "Were you born this slow?",
    "Did you even finish school?",
    "I'll use small words for you.",
    "Did you type that with your feet?",
    "Spelling clearly isn't your strong suit.",
    "Even you can manage to open a parcel.",
    "Another customer who can't read the listing.",
    "Ask an adult to help you next time.",
    "ok boomer",
    # below a lesser being
    "My cat listens better than you do.",
    "I've met goldfish that remember more than you.",
    "You're about as helpful as a paper umbrella.",
    # looks, age, family and character
    "With a face like yours I wouldn't post selfies either.",
    "Maybe ease off the pies before you blame our sizing.",
    "Your family must dread your phone calls.",
    "No wonder you're single.",
    "You're the most insufferable buyer we've had.",
    "Nobody is as horrible to deal with as you.",
    "You're a real piece of work.",
    "Cry me a river.",
    "Stop whining about the postage.",
    "You sound hysterical.",
    "Oh look, the drama queen is back.",
    "Your poor husband, having to put up with all this.",
    "You're the only customer who can't follow the instructions.",
    "Takes all sorts, and you're definitely one of them.",
    "a serial complainer, that's what you are",
    "Okay Sherlock.",
]

POLITE = [
    # "make sure you" with a kindness after it
    "I'll make sure you get your refund today.",
    "We'll make sure you receive a replacement by Friday.",
    "I will make sure everyone in the team knows about your order.",
    # the law named by a seller who cooperates
    "If your solicitor would like to write to us, we'll reply within a week.",
    "I understand you've been to a lawyer; do let me know where to send our paperwork.",
    "If you decide to take legal advice, I'll cooperate with whatever is needed.",
    # the new words, said kindly
    "We won't be taking you to small claims, please don't worry.",
    "We'd never close your account over a return.",
    "There's no need to pass your details to anyone else.",
    "Thank you so much, you absolute star.",
    "Thank you big time for your patience.",
    "Please be careful opening it, the vase is glass.",
    "I've reported the missing parcel to the courier.",
    "Our solicitor has advised us the refund is due, so it's on its way.",
    "We've added your address to the courier's safe-place list.",
    "I'll pass your details to the courier so they can call ahead.",
    "Customers like you keep our little shop going.",
    "No wonder you're frustrated, I would be too.",
    "Don't worry, you won't regret choosing the larger size.",
    "We'll charge you for the return only if the item is damaged.",
    "Think about which size suits you best before ordering.",
]


@pytest.mark.parametrize("text", THREATS)
def test_round11_draft_threats_are_blocked(text: str) -> None:
    report = check_reply(text)
    assert "threat" in {p.kind for p in report.problems}, report
    assert report.block


@pytest.mark.parametrize("text", INSULTS)
def test_round11_draft_insults_are_blocked(text: str) -> None:
    report = check_reply(text)
    assert "insult" in {p.kind for p in report.problems}, report
    assert report.block


@pytest.mark.parametrize("text", POLITE)
def test_round11_polite_drafts_are_not_blocked(text: str) -> None:
    report = check_reply(text)
    kinds = {p.kind for p in report.problems}
    assert not kinds & {"threat", "insult"}, report
    assert not report.block


# Drafts in chat form are read as the words they stand for ("u" as "you", "dont" as "don't"), and
# the evidence is still the characters the seller typed.
CHAT = [
    ("threat", "u dont want to go down this road", "u dont want to go down this road"),
    ("threat", "ok. ur account will be closed if this carries on", "ur account will be closed"),
    ("threat", "we r going to take u to small claims", "take u to small claims"),
    ("insult", "r u blind or something", "r u blind"),
]


@pytest.mark.parametrize(("kind", "text", "evidence"), CHAT)
def test_round11_chat_forms_are_read_spelt_out(kind: str, text: str, evidence: str) -> None:
    report = check_reply(text)
    found = [text[p.start : p.end] for p in report.problems if p.kind == kind]
    assert found, report
    assert any(evidence in f or f in evidence for f in found), found


def test_round11_chat_forms_spelt_out_leave_polite_drafts_clean() -> None:
    report = check_reply("thx for ur patience, im sending a new one today and u will get tracking")
    assert not report.block, report
