import pytest

from levelhead.triage import rules, ruleset
from levelhead.triage.corpus.generate import CORPUS_DIR, read_jsonl
from levelhead.triage.normalise import normalise, tokenise
from levelhead.triage.tests.test_prefilter import ALL_RULES, TRICKY

TEXTS = [
    *TRICKY,
    "20% off, 3rd email, 4th time i asked",
    "cancel. cancelled! can't cancel",
    *(r["text"] for r in read_jsonl(CORPUS_DIR / "messages.jsonl")[::4]),
    *(r["text"] for r in read_jsonl(CORPUS_DIR / "drafts.jsonl")[::4]),
]


def test_a_rule_set_finds_what_each_rule_finds_alone():
    together = ruleset.RuleSet(ALL_RULES)
    for text in TEXTS:
        norm = normalise(text)
        scan = rules.scan_of(norm)
        found = together.run(scan.text, *tokenise(scan.text))
        for r, rule in enumerate(ALL_RULES):
            expected = [m.span() for m in rule.matches(scan)]
            assert [m.span() for m in found.get(r, [])] == expected, text


@pytest.mark.parametrize("text", TEXTS[:40])
def test_find_all_is_the_five_finders(text):
    norm = normalise(text)
    assert ruleset.find_all(norm) == [
        rules.merge(rules.find_abuse(norm)),
        rules.merge(rules.find_profanity(norm)),
        rules.merge(rules.find_threats(norm)),
        rules.merge(rules.find_demands(norm)),
        rules.merge(rules.find_issues(norm)),
    ]


def test_find_all_on_the_whole_sample():
    for text in TEXTS:
        norm = normalise(text)
        expected = [
            rules.merge(rules.find_abuse(norm)),
            rules.merge(rules.find_threats(norm)),
            rules.merge(rules.find_issues(norm)),
        ]
        abuse, _, threats, _, issues = ruleset.find_all(norm)
        assert [abuse, threats, issues] == expected, text


def test_every_message_rule_but_one_is_tried_only_at_its_candidate_words():
    from levelhead.triage import rules

    labelled = [*rules.THREAT_RULES, *rules.DEMAND_RULES, *rules.ISSUE_RULES]
    scanning = [r for _, r in labelled if r.starts is None]
    scanning += [r for r in rules.ABUSE_RULES if r.starts is None]
    # Only the insult standing alone as a sentence starts after punctuation, not at a word.
    assert len(scanning) == 1 and scanning[0].pattern.pattern.startswith("(?:^|[.!?\\n]")
