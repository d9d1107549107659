"""Round 13: the tone guard's polite drafts that reuse threat and insult words (guards on the
heads and the message threat rules) and the new classes of seller threat. Every text is written
for these tests (paraphrases of the classes, not lines of the development files)."""

from __future__ import annotations

import pytest

from levelhead.triage import check_reply

THREATS = [
    # the card charged when the item is not back
    "If the lamp isn't back by Monday, we'll charge £42.50 to your card.",
    "not returned by friday and im billing $30 to ur card",
    # the customer's address flagged through a courier
    "One more 'missing' parcel and I'll ask Evri to flag your address.",
    "We will be asking the driver to place a flag on your delivery address.",
    # the messages put before a court or a judge, or published
    "I'm keeping every email and will show them to a judge if I have to.",
    "We shall produce all of this to the court if the balance stays unpaid.",
    "Carry on and we'll publish this conversation on our Facebook page.",
    # a request reported if it is made again; a name shared in a sellers' group
    "A refund for a review isn't allowed, and I'll report it if you ask again.",
    "If this is mentioned again I'm reporting the offer to Etsy.",
    "I run a makers' forum and I'm going to post your name and address on it.",
    # a guarantee voided for a review
    "Leave that review and your warranty is void.",
    "Publishing the review will lead to the cancellation of your guarantee.",
]

POLITE = [
    # closing a conversation with an open door
    "I'll close this chat now, but if you need anything else just message me.",
    # a review left alone, regret at losing a customer, a delay not yet explained
    "Your review is honest and I won't ask you to remove it; may I send a new one?",
    "We'd hate to lose you as a customer over this, so a replacement is on its way.",
    "I don't yet know the reason for the delay, but I've chased the depot.",
    # reassurance, an item held, a worry acknowledged, not the customer's fault
    "The parcel is insured, so you won't be out of pocket whatever happens.",
    "The set is reserved for you until Sunday; just let me know if you need longer.",
    "I understand your worry that this could be a scam; do ring us to check.",
    "The bank checks some orders at random, not because of you.",
    # the customer's solicitor answered; their police report as their option
    "Thanks for passing on the letter from your solicitor; we'll reply within five working days.",
    "If you report it to the police, could you share the crime number? It helps our courier claim.",
    "I'll ask the warehouse and report back this afternoon.",
    # a fake message reported; a duplicate charge reversed; an account closed on request
    "That email didn't come from us, and I've reported it to Amazon. Please delete it.",
    "You were charged twice, so I'm asking the bank to reverse the duplicate payment today.",
    "Of course, I'll close your account and delete your details, as requested.",
    "The parcel is insured, so no matter what the courier decides you'll be covered.",
    # collection slots and a courier's own step
    "Would mornings or afternoons be better for the pickup? UPS can do either.",
    "Just so you know, DHL will ask for ID when they deliver.",
    # thanks to the sentence's end, understanding, a case noted, a reminder
    "Thanks for being so honest with me, that's fair. Would a refund suit?",
    "Thank you for getting in touch about the rug.",
    "I totally understand if you'd rather let PayPal handle it.",
    "I see you've opened a case with eBay; I'll answer it there.",
    "re ur question about the table, it's solid oak",
    "I'm a bit embarrassed: that was a silly mistake on our part.",
    "Just a friendly reminder that £40 is still to pay; the link is below.",
    "Good question, I'll check with the maker.",
]


@pytest.mark.parametrize("text", THREATS)
def test_round13_threat_found(text: str) -> None:
    assert "threat" in {p.kind for p in check_reply(text).problems}, text


@pytest.mark.parametrize("text", POLITE)
def test_round13_polite_clean(text: str) -> None:
    kinds = {p.kind for p in check_reply(text).problems}
    assert not kinds, (text, kinds)
