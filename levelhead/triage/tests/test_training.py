import gzip
import json
import time

import pytest

from levelhead.triage import model as model_mod
from levelhead.triage.corpus.generate import CORPUS_DIR, generate, read_jsonl
from levelhead.triage.evaluate import eval_drafts, eval_messages

sklearn = pytest.importorskip("sklearn")


def test_training_is_reproducible_byte_for_byte(tmp_path):
    from levelhead.triage.train import train

    a, b = tmp_path / "a", tmp_path / "b"
    train(a, limit=300, log=lambda _: None)
    train(b, limit=300, log=lambda _: None)
    for name in (model_mod.META_FILE, model_mod.WEIGHTS_FILE):
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    model_mod.clear_cache()


def test_generator_is_deterministic_and_matches_the_shipped_corpus():
    messages, drafts = generate()
    shipped = read_jsonl(CORPUS_DIR / "messages.jsonl")
    assert [m["text"] for m in messages] == [m["text"] for m in shipped]
    assert len(messages) >= 5000 and len(drafts) >= 2000


def test_no_fragment_family_crosses_the_split():
    for name in ("messages.jsonl", "drafts.jsonl"):
        rows = read_jsonl(CORPUS_DIR / name)
        train = {f for r in rows if r["split"] == "train" for f in r["families"]}
        test = {f for r in rows if r["split"] == "test" for f in r["families"]}
        assert not train & test


def test_gold_spans_cover_their_fragments():
    rows = read_jsonl(CORPUS_DIR / "messages.jsonl")[:500]
    for r in rows:
        for s in r["spans"]:
            assert 0 <= s["start"] < s["end"] <= len(r["text"])


def test_model_loads_fast_without_pickle():
    started = time.perf_counter()
    m = model_mod.load()
    assert time.perf_counter() - started < 1.0
    assert {"heat", "abuse", "issue", "threat:legal", "tone:insult"} <= set(m.heads)
    with gzip.open(model_mod.MODEL_DIR / model_mod.META_FILE, "rt", encoding="utf-8") as f:
        assert json.load(f)["format"] == model_mod.FORMAT


def test_shipped_model_meets_the_targets_on_the_test_split():
    messages = [m for m in read_jsonl(CORPUS_DIR / "messages.jsonl") if m["split"] == "test"]
    section = eval_messages(messages)
    by = {s.label: s for s in section.scores}
    for t in ("legal", "report", "chargeback", "review", "violence"):
        assert by[f"threat:{t}"].precision >= 0.9, t
        assert by[f"threat:{t}"].recall >= 0.9, t
    assert by["abuse"].f1 >= 0.9
    drafts = [d for d in read_jsonl(CORPUS_DIR / "drafts.jsonl") if d["split"] == "test"]
    tone = {s.label: s for s in eval_drafts(drafts).scores}
    assert tone["tone:threat"].recall >= 0.9
    assert tone["tone:insult"].recall >= 0.9
    from levelhead.triage import check_replies

    polite = [d["text"] for d in drafts if not d["problems"]]
    flagged = sum(1 for r in check_replies(polite) if r.problems)
    assert flagged / len(polite) <= 0.05
