import json
import re

import pytest

from levelhead.triage import prefilter, rules
from levelhead.triage.corpus.generate import CORPUS_DIR, read_jsonl
from levelhead.triage.normalise import normalise

ALL_RULES = [
    rules.PROFANITY,
    *rules.ABUSE_RULES,
    *(r for _, r in rules.THREAT_RULES + rules.DEMAND_RULES + rules.ISSUE_RULES),
]
TRICKY = [
    "",
    "idiot",
    "you idiots.",
    "YOU IDIOTS!!!",
    "ıdıot, you ıdıots",  # dotless i: matched by the old case-insensitive patterns
    "f u c k you",
    "f*ck off",
    "where's my parcel??? 3rd email, 5 times",
    "I'll do a chargeback. charge-back. charging it back",
    "a-to-z claim, atoz guarantee",
    "refunded refunding reimbursement 20% off",
    "go to hell. go fuck yourselves",
]


def _texts():
    rows = read_jsonl(CORPUS_DIR / "messages.jsonl")[::10]
    drafts = read_jsonl(CORPUS_DIR / "drafts.jsonl")[::20]
    return TRICKY + [r["text"] for r in rows + drafts]


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.pattern.pattern[:40])
def test_prefiltered_scan_finds_exactly_what_the_case_insensitive_pattern_finds(rule):
    reference = re.compile(rule.pattern.pattern, re.IGNORECASE)
    for text in _texts():
        norm = normalise(text)
        scan = rules.scan_of(norm)
        expected = [(m.start(), m.end()) for m in reference.finditer(norm.text)]
        assert [(m.start(), m.end()) for m in rule.finditer(scan)] == expected, text


def test_most_rules_get_a_prefilter_and_start_positions():
    assert sum(1 for r in ALL_RULES if r.clauses) >= 30
    assert sum(1 for r in ALL_RULES if r.starts is not None) >= 35


def test_clauses_require_whole_words_only_where_the_pattern_proves_a_word_edge():
    (clause,) = prefilter.clauses_for(prefilter.parse(r"\brefund(?:ed)?\b"))
    assert clause == {"refund", "refunded"}
    (clause,) = prefilter.clauses_for(prefilter.parse(r"\breimburs\w+"))
    assert clause == {prefilter.PREFIX + "rei"}
    assert prefilter.clauses_for(prefilter.parse(r"refund")) == ()  # may sit inside a word
    assert prefilter.start_keys(prefilter.parse(r"(?:^|\. )idiot")) is None


def test_atoms_from_the_shared_tokens_are_the_atoms_of_the_text():
    for text in _texts():
        norm = normalise(text)
        assert prefilter.atoms_of_words(norm.words) == prefilter.tokens_of(norm.text), text


def test_the_shipped_cache_holds_every_rule_and_agrees_with_a_live_derivation():
    import gc
    import subprocess
    import sys

    # A fresh process builds every rule from the cache alone.
    code = "import levelhead.triage\nfrom levelhead.triage import prefilter\n"
    code += "print(len(prefilter.MISSED))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0", "rule filters not cached: run `levelhead triage train`"
    import levelhead.triage  # noqa: F401
    from levelhead.triage.rules import Rule

    built = [o for o in gc.get_objects() if isinstance(o, Rule)]
    assert len(built) > 200
    for rule in built:
        parsed = prefilter.parse(rule.pattern.pattern)
        assert rule.clauses == prefilter.clauses_for(parsed), rule.pattern.pattern
        assert rule.starts == prefilter.start_keys(parsed), rule.pattern.pattern
        assert prefilter.every_clause(rule.pattern.pattern) == prefilter.all_clauses(parsed)
        assert prefilter.following(rule.pattern.pattern) == prefilter.next_keys(parsed)


def test_a_cache_written_for_another_prefilter_source_is_ignored(tmp_path):
    path = tmp_path / "cache.json"
    key = prefilter._pattern_key(r"\bsue\b")
    path.write_text(json.dumps({"source": "not this file", "rules": {key: [[["x"]], ["x"]]}}))
    assert prefilter._load_cache(path) == {}
    path.write_text("{ not json")
    assert prefilter._load_cache(path) == {}


def test_a_pattern_the_cache_lacks_is_derived_live():
    pattern = r"\bround six only (?:test|check) pattern\b"
    clauses, starts = prefilter.filters(pattern)
    parsed = prefilter.parse(pattern)
    assert (clauses, starts) == (prefilter.clauses_for(parsed), prefilter.start_keys(parsed))
    assert prefilter.every_clause(pattern) == prefilter.all_clauses(parsed)
    assert pattern in prefilter.MISSED
