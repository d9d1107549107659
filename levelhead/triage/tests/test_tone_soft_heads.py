"""Round 13: the tone kinds that do not block (sarcasm, condescension, blame, dismissive,
overpromise) are also found by sentence heads that read every worked-from writer's drafts
(``train.SENT_SOFT_HEADS``). Every text is written for these tests."""

from __future__ import annotations

import pytest

from levelhead.triage import check_reply, model, train
from levelhead.triage.types import BLOCKING_KINDS


def test_the_shipped_model_has_a_sentence_head_for_every_soft_kind():
    shipped = model.get()
    assert shipped is not None
    heads = shipped.heads
    for kind in train.SENT_SOFT_HEADS:
        assert kind not in BLOCKING_KINDS
        assert heads[f"sent:tone:{kind}"].alone == 0.9


def test_soft_extra_rows_label_one_soft_kind_over_the_whole_text():
    rows = train.sentence_extra_soft_rows()
    assert rows == train.sentence_extra_soft_rows()
    labelled = [r for r in rows if r["spans"]]
    assert {s["label"] for r in labelled for s in r["spans"]} == set(train.SENT_SOFT_HEADS)
    for row in labelled:
        (span,) = row["spans"]
        assert (span["start"], span["end"]) == (0, len(row["text"]))
    # polite, threatening and insulting drafts are there with none of these kinds
    assert len(rows) - len(labelled) > len(labelled) > 1000


def test_the_soft_heads_read_no_validation_or_unseen_file():
    for kept in ("dev31", "dev35", "dev43", "dev48", "heldout", "fragments"):
        assert kept not in train.SENT_EXTRA_SOFT_SETS


# Phrasings no tone rule finds (round 12's engine passed all three): the heads flag each as a
# soft kind, and a soft kind never blocks the draft.
SOFT = [
    ("overpromise", "Rest assured the courier will have it with you first thing tomorrow."),
    ("sarcasm", "Oh marvellous, another parcel the courier has apparently eaten."),
    ("sarcasm", "Brilliant, a third email about the same parcel, just what my Monday needed."),
]


@pytest.mark.parametrize(("kind", "text"), SOFT)
def test_a_soft_kind_is_flagged_and_never_blocks(kind, text):
    report = check_reply(text)
    kinds = {p.kind for p in report.problems}
    assert kind in kinds, (text, kinds)
    assert not kinds & BLOCKING_KINDS
    assert report.block is False
    # no safe rewrite of a head's sentence: the draft is not offered back as its own alternative
    assert report.alternative != text


POLITE = [
    "I'm sorry the parcel is late; I've chased the courier and will update you by Friday.",
    "Thanks for the photos. A replacement will go out today and there's no need to send it back.",
    "I can't promise a date while the depot is closed, but I'll message you as soon as it moves.",
    "No worries at all, these things happen. Would you like a refund or a new one?",
    "Great question: the frame is solid oak, and the finish is a natural oil.",
]


@pytest.mark.parametrize("text", POLITE)
def test_polite_drafts_stay_clean(text):
    assert check_reply(text).problems == ()
