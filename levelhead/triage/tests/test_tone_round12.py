"""Round 12: the tone guard's new classes of threat and insult in a seller's draft, and the
polite neighbours each must leave clean. Every text is written for these tests (paraphrases of
the classes, not lines of the development files)."""

from __future__ import annotations

import pytest

from levelhead.triage import check_reply

THREATS = [
    # not cleared by the heads' guards: a fee threatened, a collection that menaces
    "Post that review and we will charge your card an admin fee for our time.",
    "Someone will be round to collect it, and to have a word with you.",
    # the message threat rules' hits, kept when they are the seller's own step
    "Unless the post comes down by Friday we will start legal proceedings.",
    "Delete that review or I'm suing you for libel.",
    "If the case stays open we'll report the matter to the police.",
    "im gonna post ur name in the traders group so nobody sells to u",
    # the customer's address, card or account flagged or closed through someone else
    "Carry on and I'll have your card flagged with the bank.",
    "We will ask the courier to mark your address as a fraud risk.",
    "I'll be asking eBay to review your account and get it suspended.",
    "open a dispute and u'll get a strike on ur account",
    "One phone call from me and your account is gone.",
    # costs: the seller's time, admin fees, debt collectors, the credit rating
    "If nothing is wrong with it I'll charge your card £20.50 for my time.",
    "We will bill you an administration fee if this claim fails.",
    "Settle the invoice or it goes to the debt collectors.",
    "We shall pass the unpaid balance to a collection agency.",
    "Non-payment may well damage your credit rating.",
    # consequences promised
    "Carry on like this and it will have consequences for you.",
    "there will be consequence, believe me",
    # the law and the employer as the next step
    "After the weekend this goes straight to our lawyers.",
    "Drop it, or my solicitor will be in touch.",
    "Court won't be cheap for you.",
    "We'd rather not involve the police, but we will if the money isn't back by Monday.",
    "Further abuse will result in your account being suspended.",
    "Keep this up and I'll forward every message to your employer.",
    # retaliation, things that follow the customer, veiled warnings
    "Negative feedback from you means negative feedback from us.",
    "If you post that review we will reply in kind.",
    "I'll leave u one star as a buyer, see how u like it",
    "Trust me, this will follow you to every marketplace.",
    "It will be logged against your name on every site we sell on.",
    "Carry on. You'll find out.",
    "Do you know what we do when a dispute is opened against us?",
    "You really don't want us as an enemy.",
    "We would suggest you reconsider your position.",
    "I taped our phone call and will upload the recording if you complain.",
    "Another email like this and I'll block you everywhere.",
    "keep messaging and im adding a fee",
    # visits and force
    "We know your address. Somebody will be round.",
    "My cousin will pop round to have a word with you.",
    "They won't leave without the goods.",
    "I'll come and take it back myself.",
    "Lovely car on your drive. Shame if something happened to it.",
]

INSULTS = [
    "You are, to put it politely, a proper muppet.",
    "u r like a spoilt brat honestly",
    "We consider you a chancer.",
    "His manner was that of a moron.",
    "you are a moaner of the highest order",
    "Honestly the biggest idiot we've had this year.",
    "You're easily the most unreasonable customer I've ever served.",
    "Do you have a single brain cell?",
    "Spelling is clearly not one of your strengths.",
    "Did you leave school early?",
    "No manners at all, do you?",
    "The arrogance of you is unbelievable.",
    "Do you lie to every shop you buy from?",
    "you have far too much time on your hands",
    "What a sad little life you must lead.",
    "You've been behaving like a toddler all week.",
    "you've got the brains of a goldfish",
    "I'm not sure you are clever enough to assemble it.",
]

POLITE = [
    # the draft heads' guards (round 12, after the heads read the development files' drafts):
    # permission asked, a fee ruled out, a collection booked for a time, reassurance
    "Could we feature your lovely photo on our page, if you're happy for us to?",
    "There's no restocking fee on this one, so you'll get the full amount back.",
    "The courier will collect it on Thursday, any time between 8am and 1pm.",
    "Please don't worry about the typo in the address, I've fixed it.",
    # the customer's options and the seller's help are not the seller's threats
    "You're welcome to open a case with Etsy if you'd prefer.",
    "If your bank has opened a dispute, just let us know and we'll send them the tracking.",
    "I can send you the order details for a police report if that helps.",
    "You don't need to raise a claim with PayPal; I'll refund you today.",
    "I'll report it as missing to Royal Mail and post a new one.",
    "We'll take it further with the courier on your behalf.",
    "I'll take this further with Evri for you and let you know.",
    "I see eBay has opened a case; I'll answer it this morning.",
    # flags, cards, fees and credit named kindly
    "I've flagged your parcel as urgent with DPD.",
    "Your bank blocked the payment, so could you try again?",
    "We won't charge your card an admin fee for this.",
    "A return won't affect your credit rating.",
    "There won't be any consequences for you at all.",
    # the law, the employer, reviews and publishing named kindly
    "Our solicitor confirmed that you're owed a full refund.",
    "Would you mind if we shared your review on our website? Totally fine if not.",
    "Thank you for the lovely review, it means a lot.",
    "You'll find out more about sizing in the guide.",
    "The tracking link will follow by email.",
    "Your name goes on the engraving exactly as you typed it.",
    # visits, warnings, agreement and rights
    "Someone will be round to collect it on Tuesday between nine and twelve.",
    "Small warning: it's heavy, so you may want someone to help you carry it.",
    "I know where you're coming from. Totally fair.",
    "You're entitled to a full refund under the returns policy.",
    "I'd be annoyed too, and I'm sorry.",
    "You're one of our biggest customers and we really appreciate you.",
    "I'm sorry for the worst customer service experience you've had with us.",
]


@pytest.mark.parametrize("text", THREATS)
def test_round12_threat_found(text: str) -> None:
    assert "threat" in {p.kind for p in check_reply(text).problems}, text


@pytest.mark.parametrize("text", INSULTS)
def test_round12_insult_found(text: str) -> None:
    assert "insult" in {p.kind for p in check_reply(text).problems}, text


@pytest.mark.parametrize("text", POLITE)
def test_round12_polite_clean(text: str) -> None:
    kinds = {p.kind for p in check_reply(text).problems}
    assert not kinds & {"threat", "insult"}, (text, kinds)
