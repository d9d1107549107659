import gzip
import json
import re
import time

import sklearn  # noqa: F401 - a dev dependency: training tests fail, never skip, without it

from levelhead.triage import model as model_mod
from levelhead.triage.corpus.generate import CORPUS_DIR, generate, read_jsonl
from levelhead.triage.evaluate import eval_drafts, eval_messages


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


# The targets on the held-out test split (docs/triage.md), met since round 10: precision
# and recall 0.9 for every threat type, abuse F1 0.9, tone recall 0.9 for threats and insults.
# Round 10 measured legal 0.906, report 1.00, chargeback 1.00, review 1.00, violence 0.939
# (precision 1.00, violence 0.939), abuse F1 0.926, tone threat 0.935, insult 0.949.
THREAT_RECALL_FLOOR = {
    "legal": 0.9,
    "report": 0.9,
    "chargeback": 0.9,
    "review": 0.9,
    "violence": 0.9,
}
THREAT_PRECISION_FLOOR = 0.9
ABUSE_F1_FLOOR = 0.9
TONE_RECALL_FLOOR = {"threat": 0.9, "insult": 0.9}


def test_shipped_model_holds_its_figures_on_the_held_out_test_split():
    messages = [m for m in read_jsonl(CORPUS_DIR / "messages.jsonl") if m["split"] == "test"]
    by = {s.label: s for s in eval_messages(messages).scores}
    for t, floor in THREAT_RECALL_FLOOR.items():
        assert by[f"threat:{t}"].precision >= THREAT_PRECISION_FLOOR, t
        assert by[f"threat:{t}"].recall >= floor, t
    assert by["abuse"].f1 >= ABUSE_F1_FLOOR
    drafts = [d for d in read_jsonl(CORPUS_DIR / "drafts.jsonl") if d["split"] == "test"]
    tone = {s.label: s for s in eval_drafts(drafts).scores}
    for kind, floor in TONE_RECALL_FLOOR.items():
        assert tone[f"tone:{kind}"].recall >= floor, kind
    from levelhead.triage import check_replies

    polite = [d["text"] for d in drafts if not d["problems"]]
    flagged = sum(1 for r in check_replies(polite) if r.problems)
    assert flagged / len(polite) <= 0.05


def _template_words(template: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z']+", re.sub(r"<\w+>", " ", template.lower())))


def _templates(obj: object) -> list[str]:
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, dict):
        return [t for v in obj.values() for t in _templates(v)]
    if isinstance(obj, tuple | list):
        return [t for v in obj for t in _templates(v)]
    return []


def test_held_out_templates_are_not_near_copies_of_training_ones():
    import importlib

    from levelhead.triage.corpus import dev, dev2, dev3, dev4, fragments, heldout
    from levelhead.triage.train import SENT_EXTRA_SETS

    # Every file training reads: the generator's and the sentence heads' (round 8).
    extra = [importlib.import_module(f"levelhead.triage.corpus.{n}") for n in SENT_EXTRA_SETS]
    seen = [
        _template_words(t)
        for mod in (fragments, dev, dev2, dev3, dev4, *extra)
        for name in dir(mod)
        if name.isupper()
        for t in _templates(getattr(mod, name))
    ]
    for name in (n for n in dir(heldout) if n.isupper()):
        for t in _templates(getattr(heldout, name)):
            words = _template_words(t)
            closest = max(len(words & w) / len(words | w) for w in seen if w)
            assert closest < 0.6, t


def test_rule_decided_labels_are_tested_only_on_held_out_families():
    ruled = ("threat:", "abuse/", "demand:", "issue:", "draft:", "draft_polite/", "claim:")
    for name in ("messages.jsonl", "drafts.jsonl"):
        for r in read_jsonl(CORPUS_DIR / name):
            for family in r["families"]:
                if family.startswith(ruled):
                    assert ("/heldout:" in family) == (r["split"] == "test"), family
