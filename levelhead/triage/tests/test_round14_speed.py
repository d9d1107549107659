"""Round 14: a rule tried at a token only when the next token can continue it, and a rule that is
an alternation at its top level tried branch by branch (``prefilter.next_keys``,
``prefilter.top_branches``, ``ruleset.RuleSet``). Both change what is tried, never what is found."""

import pytest

from levelhead.triage import prefilter, rules, ruleset
from levelhead.triage.normalise import normalise, tokenise

P, D = prefilter.PREFIX, prefilter.DIGIT_KEY


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"a|b(?:c|d)", ["a", "b(?:c|d)"]),
        (r"[|]x|y", ["[|]x", "y"]),
        (r"[^]|]|z", ["[^]|]", "z"]),
        (r"[\]|]q|w", [r"[\]|]q", "w"]),
        (r"\|a|b", [r"\|a", "b"]),
        (r"(?i)a|b", [r"(?i)a|b"]),  # a global flag: left whole
        (r"a(?#x|y)|b", [r"a(?#x|y)|b"]),  # a comment: left whole
        (r"a||b", [r"a||b"]),  # an empty branch: left whole
        (r"\bno alternation\b", [r"\bno alternation\b"]),
    ],
)
def test_top_branches_split_only_the_top_level(pattern, expected):
    assert prefilter.top_branches(pattern) == expected


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bthe (?:police|bank)\b", {"the": {"police", "bank"}}),
        (r"\bthe\s+police\b", {"the": {"police"}}),  # a repeated separator is one separator
        (r"\bthe polic", {"the": {P + "pol"}}),  # the next token starts with these letters
        (r"\bi'm going\b", {"i": {"m"}}),
        (
            r"\b(?:my |the )?bank (?:is|was)\b",
            {"my": {"bank"}, "the": {"bank"}, "bank": {"is", "was"}},
        ),
        (r"\bpay \d+", {"pay": {D}}),
        (r"\bthe[,!] police", {}),  # "!" is a token of its own
        (r"\bthe \w+ police", {}),  # any word may follow
        (r"\bthe(?: police)?\b", {}),  # the match may end after "the"
        (r"\bidiot\b", {}),
        # Tokens longer than "the" start this rule by its first letters (``RuleSet`` then tries
        # it whatever follows); the token "the" itself must be followed by "pol...".
        (r"\bthe\w* police", {"the": {P + "pol"}}),
        (r"(?:^|\. )sue\b", {}),  # no word edge before the start: the rule scans
    ],
)
def test_next_keys_name_what_the_next_token_must_be(pattern, expected):
    got = prefilter.next_keys(prefilter.parse(pattern))
    assert got == {w: frozenset(a) for w, a in expected.items()}


HARD = [
    "the police",
    "the  police",
    "the\npolice",
    "the-police",
    "the!police",
    "the? police",
    "the policeman",
    "the pol",
    "the",
    "the bank is shut",
    "my bank was",
    "the 5th",
    "pay 20 now",
    "i'm going to the police",
    "i m going",
    "thepolice",
    "the, police",
    "THE POLICE",
    "wrong item sent",
    "wrong size",
    "sent the wrong one",
    "the wrong item",
    "the end",
    "then",
    "the police station",
    "the police stationery",
]
PATTERNS = [
    r"\bthe (?:police|bank)\b",
    r"\bthe\s+police\b",
    r"\bthe polic",
    r"\bi'm going\b|\bi m going\b",
    r"\b(?:my |the )?bank (?:is|was)\b",
    r"\bpay \d+|\bthe \d+\w*",
    r"\bthe[,!] police",
    r"\bthe(?: police)?\b",
    r"\bwrong item\b|\bwrong\b|\bwrong (?:size|one)\b",  # the first branch to match wins
    r"\b(?:sent|the) (?:the )?wrong\b|\bwrong (?:item|one)",
    r"\bthe(?:\w*\b| police)",  # "the" alone matches too: not gated at "the"
    # A gated branch before an ungated one of the same rule: both stay in their order.
    r"\bthe police station\b|\bthe\b",
]


@pytest.mark.parametrize("text", HARD)
def test_a_rule_set_gated_and_split_finds_what_each_rule_finds_alone(text):
    built = [rules.Rule(p) for p in PATTERNS]
    together = ruleset.RuleSet(built)
    assert len(together.owners) > len(built)  # some rules were split into branches
    scan = rules.scan_of(normalise(text))
    found = together.run(scan.text, *tokenise(scan.text))
    for r, rule in enumerate(built):
        expected = [m.span() for m in rule.matches(scan)]
        assert [m.span() for m in found.get(r, [])] == expected, (text, rule.pattern.pattern)


def test_most_tries_of_the_message_rules_are_gated_on_the_next_token():
    # The start words that cost most before round 14 ("the", "a", "i") now have most of their
    # rules gated: without the gates the same message is tried ~twice as often.
    rs = ruleset.MESSAGE_RULES
    for word in ("the", "a", "i", "my", "you"):
        entry = rs._entry(word)
        assert len(entry[5]) >= len(entry[0]) // 2, word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a!!! b", [(0, 4), (4, 5)]),  # a run of marks belongs to the sentence it ends
        ("a.\n\nb. c", [(0, 1), (1, 2), (2, 3)]),
        ("a ?! b", [(0, 3), (3, 4)]),
        ("a . . . b", [(0, 1), (1, 2)]),
        ("wait... what?!", [(0, 1), (1, 4)]),
        ("!!! a", [(0, 3), (3, 4)]),  # marks alone are a sentence of their own
        ("a!?", [(0, 3)]),
        ("", []),
    ],
)
def test_sentences_read_a_run_of_end_marks_once(text, expected):
    from levelhead.triage.features import sentences

    assert sentences(normalise(text)) == expected
