"""Round 9 (dev19, chargeback): the constructions the round-9 rules find, in new words, and
innocent uses of the same words that stay clean."""

from __future__ import annotations

import pytest

from levelhead.triage import analyze

FOUND = [
    # the provider brought in or involved
    "If nothing happens by Friday, I'm getting my credit card company involved.",
    # the matter handed or forwarded to the provider, put in its hands
    "I've passed the entire chat log on to my bank.",
    "The whole matter is now in the hands of Barclaycard.",
    # the provider asked to recover or intervene, or not to let the payment through
    "We've requested that our bank step in.",
    "I've told my card issuer not to release the payment to you.",
    # the charge queried with the provider; a transfer's recall
    "Going to query this debit with Santander tomorrow.",
    "I've put in a recall on the bank transfer.",
    # the money pulled or clawed back, bouncing out of the seller's account
    "That £40 is being clawed back via my credit card.",
    "Watch that money vanish out of your account.",
    # flagged as unrecognised; the provider told the goods never came
    "I'm flagging the charge as unrecognised in my banking app.",
    "I'll let PayPal know the parcel never turned up.",
    # cover about to be used
    "My purchase protection is about to come in handy.",
    # taunts
    "Trust me, this payment won't stick.",
    "Don't go spending that money just yet.",
    # reluctance forced by the seller
    "I don't want to go to my bank, but you're forcing me to.",
    # the rhetorical question
    "Do I have to get my bank to chase you?",
    # the provider as examiner or judge, or let to sort it
    "Chase can look into this payment and decide who's right.",
    "I'll let Klarna sort this out.",
    # the provider in touch with the seller; a call or a chat with it
    "Expect Mastercard to be in touch with you shortly.",
    "Looks like I'll be having a long conversation with HSBC then.",
    # temporary credit; instalments paused; a SEPA debit given back
    "Klarna gave me a temporary refund while they investigate.",
    "I've frozen the Afterpay instalments.",
    "I'll return the direct debit through my bank.",
    # what the provider will make of it
    "What do you reckon my card company will say about a parcel that never left the depot?",
]

CLEAN = [
    "My bank is looking into why my card was declined, I'll try again later.",
    "Got the money back on my card, thanks so much for sorting it.",
    "Does my credit card cover this, or is it only for larger amounts?",
    "Was going to call my bank until I realised it was my husband's order. Sorry!",
    "I'm not trying to cause a chargeback fuss, just want to know where my parcel is.",
    "Had a PayPal dispute on another marketplace last year, so nice to shop somewhere decent.",
    "Can you pause my subscription payments for a month?",
    "The £20 won't stand out on my statement, what name does it show?",
    "If Klarna contact me I'll tell them I received it.",
    "There's a recall on this charger model, is mine affected?",
]


@pytest.mark.parametrize("text", FOUND)
def test_round9_chargeback_constructions_found(text: str) -> None:
    assert "chargeback" in analyze(text).threats


@pytest.mark.parametrize("text", CLEAN)
def test_round9_chargeback_innocent_uses_left_clean(text: str) -> None:
    assert analyze(text).threats == ()
