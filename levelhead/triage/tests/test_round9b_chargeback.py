"""Round 9 (dev22's misses): chargeback threats by class and construction, in words of our own,
and innocent uses of the same words left clean."""

from __future__ import annotations

import pytest

from levelhead.triage import analyze

FOUND = [
    # the provider pays instead of the seller, or reimburses me
    "Santander is refunding me, not you, since you couldn't be bothered.",
    "I've now been reimbursed by Monzo for the missing order.",
    # the provider (or the card's insurance) recovers from or chases the seller
    "My Amex has shopping insurance; their recovery team will be chasing your lot.",
    "Halifax has all the details now, you'll hear from them shortly.",
    # my provider and the seller's bank
    "My building society has written to your bank about the money.",
    # a disputes adviser at the provider
    "I'm seeing a disputes adviser at HSBC on Monday.",
    # the payment to the seller returned, the charge billed back
    "The money I sent to you is being returned to my account by the bank.",
    "They'll bill the full amount back to your business.",
    # filed with the provider by someone else; evidence handed over
    "Our finance office has filed the order with our card provider.",
    "All your excuses and the tracking have gone to my bank.",
    # the provider knows what to do, will side with me
    "PayPal will know exactly how to deal with this.",
    "I reckon Revolut will rule in my favour.",
    # the dispute window, part of a payment disputed, the seller's dashboard
    "My dispute window is running out, so I'm not waiting past Friday.",
    "I'm disputing the missing half of the payment.",
    "Your Stripe account is about to take a hit from me.",
    # the dispute's reason, a declaration, reimbursement rules
    "I selected 'item not received' as the reason on the claim.",
    "I've signed a statement for the bank confirming the parcel never showed up.",
    "Under the new reimbursement rules my building society has to pay me back.",
    # the provider's assurance, the matter sent on, asking it to return the money
    "The lady at Barclays said to leave it with them.",
    "I'll be asking Monzo to return my money.",
    "Chase needs your business address for the dispute.",
    # status, calls, expected letters
    "Dispute status says open. Your move.",
    "I'm about to phone the number on the back of my Mastercard.",
    "Currently on hold with NatWest about your charge.",
    "Watch out for a letter from Capital One.",
    # advice taken, an account closed is no step undone
    "My sister told me to dispute it with my card, so that's what I've done.",
    "The subscription fee you took after I closed my account is now disputed with my bank.",
]

CLEAN = [
    "My husband thinks I should ring the bank, but honestly it's only a day late.",
    "Barclays texted to check the payment to you was really me, all fine now.",
    "Years ago a shop never sent my order and my bank sorted it. Yours arrived in two days!",
    "I'm claiming on my home insurance after the flood, could I have a copy of the receipt?",
    "My bank's app was down, that's why I paid with PayPal.",
    "The courier's insurance covers lost parcels, they deal with the seller directly.",
    "I sent my bank a photo of my ID so they'd unblock the card.",
    "My bank is talking to your bank because the transfer failed, can you check your details?",
    "Is the chargeback window 120 days? Just curious.",
]


@pytest.mark.parametrize("text", FOUND)
def test_chargeback_constructions_found(text: str) -> None:
    assert "chargeback" in analyze(text).threats


@pytest.mark.parametrize("text", CLEAN)
def test_innocent_uses_left_clean(text: str) -> None:
    assert analyze(text).threats == ()
