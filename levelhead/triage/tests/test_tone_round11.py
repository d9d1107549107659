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
    # second pass (dev32's classes, written afresh): the account reported or closed through the
    # platform at the seller's request
    "I've asked Etsy to shut down your account over this.",
    "We'll be getting your buyer profile account suspended by the marketplace.",
    "Your account has been reported to the platform's safety team.",
    "We have lodged an abuse report about you with the marketplace.",
    # the conversation kept and passed on, or to be used against the customer
    "All of your messages have been screenshotted and handed to our solicitor.",
    "I've saved every email and forwarded them to the police.",
    "Every word you've written will be used against you in court.",
    # blocks and bars stated
    "Blocking your number now.",
    "You're about to be blocked from our shop.",
    "We are barring you from ordering with us again.",
    "Blocked.",
    # bills for the seller's time, fees for the trouble
    "I'll be billing you for all the hours this has taken.",
    "A £20 admin fee has been added because of the hassle you've caused.",
    "I'm charging you an extra £10 for the trouble.",
    # shared lists of bad buyers; other orders cancelled as punishment
    "Your name is going on the shared watchlist of bad buyers.",
    "I'll add you to the list of problem customers that local makers share.",
    "I'm cancelling your remaining orders with us as well.",
    "Your pending orders will be cancelled because of your behaviour.",
    # the customer pursued personally, costs and collectors, their bank or employer told
    "Our legal team will pursue you personally.",
    "We will be taking action against you for the full amount.",
    "You'll be paying our legal fees on top.",
    "Your balance has been referred to a debt collection agency.",
    "I'm going to ring your bank and tell them about these chargebacks.",
    "Your employer would love to see these messages.",
    # the conversation or the customer's details made public
    "I'll post the whole conversation on our Facebook page for everyone to see.",
    "Your name and email are going public tomorrow.",
    # the refund withheld or slowed
    "Your refund is now off the table.",
    "We're withholding your refund until further notice.",
    "Your refund goes to the back of the queue now.",
    # veiled warnings and flat ultimatums
    "There will be serious consequences.",
    "Choose your words carefully.",
    "I wouldn't push this any further if I were you.",
    "You don't know who you're messing with.",
    "I know plenty of people around your area, remember that.",
    "I'll be on your doorstep on Saturday.",
    "Watch what we do next.",
    "You're going to regret this, trust me.",
    "Refund by Friday or we act.",
    "Small claims next.",
    "Then it's court.",
    "We've instructed our solicitors.",
    "A solicitor's letter is on its way to you.",
    "Nobody from your household will ever order from us again.",
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
    # the second pass's words in kind lines (each was flagged by a first form of its rule)
    "The driver will be coming after you get home, around six.",
    "Don't forget to get a punch card for 10% off next time.",
    "We bill for every hour of design work, as quoted.",
    "We'll invoice you for the time once the repair is done.",
    "I'll email your manager the invoice as requested.",
    "The claim against you has been dropped by the courier.",
    "We'll take it further with the courier and get back to you.",
    "I'll be at your door with the replacement on Saturday morning.",
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
    # second pass: the same words about someone else, offered, waived or the customer's own option
    "Please contact your bank about the refund if it hasn't shown by Friday.",
    "I'd suggest ringing your bank to check the payment went through.",
    "Your bank may have blocked the payment as a precaution; could you try again?",
    "Would you like me to cancel your other order as well?",
    "I can cancel your other orders too if that's easier for you.",
    "Your other order has been cancelled as you requested.",
    "I've blocked out Saturday to make your cake.",
    "You're blocked from checking out because the card was declined; try another card.",
    "Your account has been flagged for a routine security check by the payment provider.",
    "Could you screenshot the error and send it to me?",
    "There's no admin fee for returns.",
    "We've waived the handling fee given the trouble you've had.",
    "You won't be charged for the time it took.",
    "I'll be at your door with the parcel on Thursday morning.",
    "I wouldn't worry if I were you, it usually turns up the next day.",
    "There will be no consequences for your account, don't worry.",
    "Please choose your size carefully as custom items can't be returned.",
    "I know lots of people in your area have had trouble with the courier lately.",
    "I've got your address now, thanks, I'll post it today.",
    "Your name will go on the engraving exactly as you typed it.",
    "We'd love to share your photo on our Instagram if that's okay with you.",
    "We're not withholding your refund, it's just waiting for the return to arrive.",
    "Refund processing is very slow this week because of the bank holiday, sorry.",
    "Please forward the email to your employer if they need a receipt.",
    "You can file a small claims application if you're unhappy, but I hope we can sort it first.",
    "We've withdrawn the case against you now that the payment has cleared.",
    "I'm going to the police station to report the theft of our stock.",
    "Do you want to know what happens next with your return? I'll email you the label.",
    "You're welcome to open a case with the marketplace if you'd prefer.",
    "If you think it was stolen, you may want to report it to the police.",
    "We're pleased to confirm, on our solicitor's advice, that the refund is due to you.",
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
