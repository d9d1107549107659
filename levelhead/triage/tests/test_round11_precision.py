"""Round 11, precision pass (dev33: innocent uses of threat words): one phrasing of each class the
legal guard ``rules.legal_innocent`` leaves clean, written for these tests (not copied from
dev33), and threats beside them that the guard must still find."""

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


@pytest.mark.parametrize("text", CLEAN)
def test_round11_precision_innocent_legal_uses_are_left_clean(text: str) -> None:
    assert "legal" not in analyze(text).threats


@pytest.mark.parametrize(("threat", "text"), FOUND)
def test_round11_precision_threats_beside_them_are_found(threat: str, text: str) -> None:
    assert threat in analyze(text).threats
