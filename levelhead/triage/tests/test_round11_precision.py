"""Round 11, precision pass (dev33: innocent uses of threat words): one phrasing of each class the
legal guard ``rules.legal_innocent`` leaves clean, written for these tests (not copied from
dev33), and threats beside them that the guard must still find. The second pass adds the review,
violence, report and chargeback guards' classes (``OTHER_CLEAN``) and threats beside them."""

from __future__ import annotations

import pytest

from levelhead.triage import analyze

CLEAN = [
    # the writer's own legal job, named in the sentence of the legal word
    "I'm a court clerk at the crown court, so please leave parcels at the back door.",
    "I am a solicitor and I'm in court all of Tuesday, could the rug come on Wednesday?",
    # legal study and jury service (also for a sentence only the sentence head reads)
    "Studying law this year, do you do a student discount on notebooks?",
    "jury duty all next week so can the parcel wait",
    # proceedings of another kind, with the writer at them
    "Need to be at the magistrates court for a speeding ticket on Monday, deliver Tuesday instead?",
    "I have a court date as a witness for my neighbour, so could the delivery be in the afternoon?",
    # a document or a house move
    "I hold lasting power of attorney for my aunt, so please send her invoices to me.",
    "The house sale is stuck because the solicitors on the other side keep losing forms.",
    # a claim against another party named by its trade; the seller told it is not about them
    "My brother is taking his mechanic to small claims, nothing to do with you, I need a lamp.",
]

FOUND = [
    # the writer's legal job beside a target, a deadline, an intent or their own step
    ("legal", "I'm a solicitor, the company has 14 days to put this right."),
    ("legal", "I'm a solicitor myself and this is going to small claims."),
    ("legal", "I'm a paralegal and I've started the court claim form."),
    ("legal", "I'm a barrister and I know exactly how small claims works."),
    # a court date or a claim against the seller
    ("legal", "I have a court date set for the claim against the shop."),
    ("legal", "Small claims case against you goes in on Friday."),
    # the document named beside a step against the seller
    ("legal", "I have power of attorney for my father and I'll be taking you to court over this."),
    ("legal", "Jury service or not, my lawyer will be in touch with you."),
]

# Second pass: (the threat that must not be found, the text).
OTHER_CLEAN = [
    # review: the writer's own writing trade, with no one of the seller's in its sentence
    (
        "review",
        "I'm a freelance reporter covering local markets this spring. Are you trading on Saturday?",
    ),
    (
        "review",
        "I write the film reviews for a community radio station, is the poster still for sale?",
    ),
    ("review", "I run a parenting blog with about 5,000 readers. Could I feature your bibs?"),
    # review: praise in the next sentence, "a good one", friends who will order
    ("review", "Going to tell everyone at work about you. The cookies are so good."),
    ("review", "Review coming soon and it's a good one!"),
    ("review", "I've posted your shop in our village group and a few of them are going to order."),
    # review: a warning suggested for the seller's own site
    (
        "review",
        "Someone rang my nan pretending to be you. You might want to put a warning on your site.",
    ),
    # review: the writer warning of their own fussiness
    ("review", "I must warn you that I am going to be a pain about this order."),
    # violence: a product's fault, with no one of the seller's named
    ("violence", "The blender motor has stopped working."),
    # violence: damage already done; fetching an order; a note for the driver on the way in
    ("violence", "The puppy has wrecked every cushion we own, do you sell tougher ones?"),
    ("violence", "My brother will come to your shop for my order tomorrow, he has a beard."),
    (
        "violence",
        "Note for your driver: our lane is very narrow and vans get stuck, park at the top.",
    ),
    # report: the police's reference passed on; thefts on the street; a doubted text forwarded
    (
        "report",
        "Somebody pinched the parcel from my doorstep. I've told the police and I'll send you the "
        "crime number in case it helps.",
    ),
    (
        "report",
        "Heads up, parcels have gone missing on our estate and the police are looking into it. Did "
        "the courier take a photo?",
    ),
    (
        "report",
        "Is this text real? It says my parcel is held. I've sent it on to Action Fraud to be safe.",
    ),
    # chargeback: the writer vouching to the bank; a new card; the refund seen; a photo credit
    (
        "chargeback",
        "Barclays' fraud team rang about the payment to your shop and I told them it was me.",
    ),
    (
        "chargeback",
        "My bank has sent me a new card so next month's payment will fail. Can you hold it until I "
        "update it?",
    ),
    ("chargeback", "Morning, I can see the refund of £12.40 in my bank account now, thank you!"),
    ("chargeback", "Can I use a photo of your candle on my blog? I'll credit you of course."),
]

OTHER_FOUND = [
    ("review", "I'm a journalist and I'll be writing about how you treated me."),
    ("review", "I write a consumer column and your shop is going in it as a warning to readers."),
    ("review", "Telling everyone about you. The service was awful."),
    ("review", "I'll put a warning on every forum about your shop."),
    ("review", "I must warn you that I am going to be a pain in your reviews section."),
    ("violence", "I'll wreck every display in the shop."),
    ("violence", "I warn you, your van will have stopped working when I am done with it."),
    ("violence", "You had better watch your back."),
    ("report", "My parcel was stolen and I'm reporting you to the police for not caring."),
    ("report", "Is this message real? If not I'm reporting you to Action Fraud."),
    ("chargeback", "I told my bank it was fraud and they're doing a chargeback."),
    ("chargeback", "New card or not, I'm disputing this with my bank."),
]


@pytest.mark.parametrize("text", CLEAN)
def test_round11_precision_innocent_legal_uses_are_left_clean(text: str) -> None:
    assert "legal" not in analyze(text).threats


@pytest.mark.parametrize(("threat", "text"), FOUND)
def test_round11_precision_threats_beside_them_are_found(threat: str, text: str) -> None:
    assert threat in analyze(text).threats


@pytest.mark.parametrize(("threat", "text"), OTHER_CLEAN)
def test_round11_precision_other_innocent_uses_are_left_clean(threat: str, text: str) -> None:
    assert threat not in analyze(text).threats


@pytest.mark.parametrize(("threat", "text"), OTHER_FOUND)
def test_round11_precision_other_threats_beside_them_are_found(threat: str, text: str) -> None:
    assert threat in analyze(text).threats
