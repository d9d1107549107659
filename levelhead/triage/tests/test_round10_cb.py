"""Round 10, chargeback pass: one phrasing of each class of construction the round's chargeback
rules cover, written for these tests (not copied from the development file dev25), and innocent
neighbours the rules and the round's guards must leave clean."""

from __future__ import annotations

import pytest

from levelhead.triage import analyze

FOUND = [
    # the provider paid the writer, the seller loses the money
    "Barclaycard have already refunded me, so that money is coming back off you.",
    "Santander refunded my £65.50 and it'll be coming out of your account.",
    "My bank paid me back yesterday and they'll be clawing it off you next.",
    # a case, claim or investigation open or in with the provider
    "The dispute about my order is now open with Santander.",
    "Case is open w paypal for the missing hoodie",
    "My claim with Visa is now lodged.",
    # claims by their reason
    "Opened an item not received claim with klarna this morning.",
    "INR case opened on paypal, tracking never moved",
    "Lodging a not as described dispute through my card company today.",
    # the provider on it, sorting or dealing with it (chat forms too)
    "Nationwide are on the case now.",
    "monzo r dealing with it",
    "My credit union is on it.",
    # a claim or dispute against the payment
    "I've raised a dispute on your charge for the second jacket.",
    # the provider wanting evidence for the dispute
    "My card issuer has asked for photos of the damage for the chargeback.",
    "Halifax are asking for screenshots of our emails to support the dispute.",
    "They've requested the tracking details from me for my dispute.",
    # the provider asked or told, once named
    "I spoke to Revolut. I'm going to ask them to reverse it on Friday.",
    "Told Halifax everything. Will be asking them to send the money back if you don't reply.",
    "My bank says they can stop the payment before it clears. I've asked them to.",
    "I've asked the bank to refuse any payment you try to take.",
    # amounts and sets of charges disputed
    "I'm disputing the extra £20 you took.",
    "disputing both charges",
    "Disputing every one of those renewals.",
    # escalation to a claim, or with the provider
    "Escalated the case to a full claim.",
    "If nothing by Friday I'll escalate it into a PayPal claim",
    "Klarna told me to wait a week. Week's up, escalating.",
    # the matter dealt with through the provider
    "Happy to handle this through my credit card company instead.",
    # "chargeback it is"
    "Chargeback it is.",
    "section 75 it is then",
    # payments held until the seller proves delivery; payments put on hold
    "Klarna froze the payments until you can prove it was delivered.",
    "Clearpay are making you show proof it was posted.",
    "I've put my remaining instalments on hold.",
    # disputes getting the seller's account limited or reviewed
    "Too many chargebacks and your merchant account gets frozen. You're about to get one.",
    "Banks close merchant accounts with lots of disputes, you know.",
    # the provider needs no permission from the seller
    "My bank doesn't need your agreement to return my money.",
    # the dispute's own form
    "The paperwork for the chargeback is filled in.",
    # the seller flagged to the provider as a scam
    "Lloyds flagged your shop as fraudulent and the money's coming back to me.",
    # the provider's question answered yes
    "My bank asked whether I wanted to raise a dispute, and I said yes.",
    # advice taken ("I'll happily do it", "that's exactly what I'm doing")
    "My brother-in-law reckons a chargeback would sort it. I'll happily do it.",
    "My wife says to report it to the bank as unauthorised. That's exactly what I'm doing.",
    # a cancellation the step follows from is no step undone
    "cancelled my membership but you kept charging, so my bank is taking it all back",
    # the purchase denied ("I don't recognise this payment") is no denial of the step
    "I don't recognise this payment and I'm asking my bank to reverse it.",
    # the money got back another way, thru the bank
    "I'll get it back through my bank my own way.",
    "fine, getting it back thru my bank then",
    # the past of the writer's own step
    "stopped the direct debit payment, not paying for a broken heater",
    "blocked the payment in my app so it won't go through",
    # the dispute's form done or filled in, to be sent to the provider
    "Got the dispute form half filled in already.",
    "Form's done, just need to hit send to Barclays.",
    # a pending payment cancelled through the bank's app
    "Cancelled the pending payment through my banking app.",
    # what the seller thinks the provider will say (chat spelling)
    "wat do u think paypal will say when i show them the tracking",
    # the provider paid the writer back and is chasing the seller
    "Westpac have put the £50 back in my account and are chasing you for it.",
    # the provider taking it back
    "Amex is getting me the money back.",
    "The bank's pulling back the £30 you overcharged.",
]

CLEAN = [
    # a payment made to the seller, the bank's check passed
    "Just sent the payment by bank transfer, let me know when it arrives.",
    "Revolut locked my card for a moment over your site, all unfrozen now, please retry the order",
    "Monzo blocked the transaction as a precaution, I've approved it now.",
    "My bank flagged the payment but I confirmed it was me, so please try again.",
    # another person's step against another trader
    "My colleague once had to dispute a charge with a dodgy website, you seem fine though.",
    "My friend did a chargeback on a fake shop last year, glad you're legit",
    # the refund's route or destination
    "Could the refund go back to my Amex please?",
    "refund to my paypal pls",
    "The refund arrived on my debit card, thank you.",
    "Card or PayPal for the refund, whichever suits you.",
    "Please pay the full amount back onto my Visa.",
    # a pending charge or hold asked about
    "There's a pending payment on my Visa for the cancelled order, will it drop off?",
    # the seller asked to tell the provider
    "Could you let PayPal know I've returned the item?",
    # a receipt asked for
    "Please can I have an invoice for my card statement?",
    # chargebacks the seller suffered
    "So sorry to hear about the fake chargebacks, you don't deserve that.",
    "Chargeback fraud must be a nightmare for small shops like yours.",
    "Sorry to hear some customers have been charging back, that's not fair on you.",
    # a step abandoned once the writer saw the charge was theirs
    "I almost rang my bank about a charge, then I realised it was your shop's trading name.",
    # denied, or the provider's question answered no
    "I won't be disputing the payment, I just want an update.",
    "My bank asked if I wanted to dispute it but I said no, I'd rather sort it with you.",
    # card trouble, the seller's own people, the writer's account
    "My bank blocked the payment as suspicious, can you resend the link?",
    "Can you put my order on hold until I'm back from holiday?",
    "I paid by PayPal. I rang your customer service and asked them to cancel the order.",
    "My PayPal account got limited after a claim last year, can I pay by card instead?",
    "my bank wants proof of address before they'll raise my limit",
]


@pytest.mark.parametrize("text", FOUND)
def test_round10_chargeback_constructions_are_found(text: str) -> None:
    assert "chargeback" in analyze(text).threats


@pytest.mark.parametrize("text", CLEAN)
def test_round10_chargeback_innocent_uses_are_left_clean(text: str) -> None:
    assert analyze(text).threats == ()


@pytest.mark.parametrize(
    "text", ["do you do afterpay", "Do you do next day delivery?", "does your site take klarna"]
)
def test_round10_offer_questions_are_not_abuse(text: str) -> None:
    result = analyze(text)
    assert not result.abuse
    assert result.threats == ()
