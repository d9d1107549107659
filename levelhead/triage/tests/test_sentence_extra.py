"""The sentence heads' extra training rows (round 8, ``train.SENT_EXTRA_SETS``)."""

import csv

from levelhead.triage import train


def _bitext(tmp_path, texts):
    with (tmp_path / "bitext__intent.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["text", "label"])
        w.writerows((t, "contact_customer_service") for t in texts)


def test_extra_rows_are_deterministic_and_labelled_over_the_whole_text(tmp_path):
    _bitext(tmp_path, [])
    first = train.sentence_extra_rows(tmp_path)
    assert first == train.sentence_extra_rows(tmp_path)
    labelled = [r for r in first if r["spans"]]
    assert {s["label"] for r in labelled for s in r["spans"]} == {
        f"threat:{t}" for t in ("legal", "report", "chargeback", "review", "violence")
    }
    for row in labelled:
        (span,) = row["spans"]
        assert (span["start"], span["end"]) == (0, len(row["text"]))
    # Innocent uses of threat words and the corpus's other categories (questions, issues,
    # demands, heat...) are there as sentences that state no threat.
    assert len(first) - len(labelled) > 2000


def test_the_unseen_development_file_and_held_out_families_are_not_read():
    assert "dev15" not in train.SENT_EXTRA_SETS
    assert "heldout" not in train.SENT_EXTRA_SETS and "fragments" not in train.SENT_EXTRA_SETS


def test_abuse_extra_rows_label_abuse_over_the_whole_text_and_nothing_else(tmp_path):
    _bitext(tmp_path, ["can I speak to someone about my order?"])
    rows = train.sentence_extra_rows(tmp_path, abuse=True)
    assert rows == train.sentence_extra_rows(tmp_path, abuse=True)
    labelled = [r for r in rows if r["spans"]]
    assert {s["label"] for r in labelled for s in r["spans"]} == {"abuse"}
    for row in labelled:
        (span,) = row["spans"]
        assert (span["start"], span["end"]) == (0, len(row["text"]))
    # Innocent uses, swearing about things and the files' threats (angry, no insult) are there as
    # sentences with no abuse, and far outnumber the insults.
    assert len(rows) - len(labelled) > 3 * len(labelled) > 3000
    # The threat heads' rows are unchanged by the abuse head: no abuse label there.
    assert all(
        s["label"] != "abuse" for r in train.sentence_extra_rows(tmp_path) for s in r["spans"]
    )


def test_the_abuse_head_reads_no_validation_or_unseen_file():
    for kept in ("dev15", "dev21", "dev24", "dev27", "dev29", "dev31", "dev34", "dev35", "dev42",
                 "dev43", "heldout", "fragments"):  # fmt: skip
        assert kept not in train.SENT_EXTRA_ABUSE_SETS
    assert "abuse" not in train.SENT_MESSAGE_HEADS  # its rows are its own


def test_only_the_training_four_fifths_of_bitext_are_read(tmp_path):
    texts = [f"how do I reach customer service about order {i}?" for i in range(60)]
    _bitext(tmp_path, texts)
    extra = {r["text"] for r in train.sentence_extra_rows(tmp_path)}
    held = [t for t in texts if train.public_split(t) == "test"]
    kept = [t for t in texts if train.public_split(t) == "train"]
    assert held and kept
    assert not extra.intersection(held)
    assert extra.issuperset(kept)


def test_draft_extra_rows_label_threats_and_insults_over_the_whole_text():
    rows = train.sentence_extra_draft_rows()
    assert rows == train.sentence_extra_draft_rows()
    labelled = [r for r in rows if r["spans"]]
    assert {s["label"] for r in labelled for s in r["spans"]} == {"threat", "insult"}
    for row in labelled:
        (span,) = row["spans"]
        assert (span["start"], span["end"]) == (0, len(row["text"]))
    # polite drafts are there as drafts with no problem
    assert len(rows) - len(labelled) > 1000


def test_the_draft_validation_files_are_not_read():
    for kept in ("dev31", "dev35", "heldout", "fragments"):
        assert kept not in train.SENT_EXTRA_DRAFT_SETS
    assert "threat" in train.SENT_DRAFT_HEADS
