import pytest

from levelhead.triage import prefilter, rules, ruleset
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


def test_a_rule_set_whose_caches_start_again_finds_the_same(monkeypatch):
    # Tiny limits: the token entries and the kept rules per clause combination are dropped and
    # learnt again every few messages.
    monkeypatch.setattr(ruleset, "_ENTRY_LIMIT", 5)
    monkeypatch.setattr(ruleset, "_KEPT_LIMIT", 3)
    small = ruleset.RuleSet(ALL_RULES)
    for text in TEXTS[::3]:
        scan = rules.scan_of(normalise(text))
        found = small.run(scan.text, *tokenise(scan.text))
        for r, rule in enumerate(ALL_RULES):
            expected = [m.span() for m in rule.matches(scan)]
            assert [m.span() for m in found.get(r, [])] == expected, text


def test_a_rule_that_scans_the_text_is_given_every_clause_proved():
    together = ruleset.RuleSet(ALL_RULES)
    scanning = [(r, rule) for r, rule in enumerate(ALL_RULES) if rule.starts is None]
    assert scanning
    for r, rule in scanning:
        proved = prefilter.every_clause(rule.pattern.pattern)
        assert set(rule.clauses) <= set(proved)
        assert together.owners.count(r) == 1  # a rule that scans is never split
        assert together._needs[together.owners.index(r)].bit_count() == len(proved)


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


# Round 6: a few phrasings of each class the sixth revision covers, and innocent uses it must not
# flag (the rules alone; the engine's model confirms on top).
ROUND6_THREATS = [
    ("legal", "Am taking ye tae the sheriff court, simple procedure."),
    ("legal", "The claim was issued this morning and you'll be served within the week."),
    ("report", "The Information Commissioner's Office gets my complaint this afternoon."),
    ("report", "I'm writing to my MP about your company."),
    ("chargeback", "My dispute went in this morning."),
    ("chargeback", "Clearpay is getting a dispute from me tonight."),
    ("review", "The post is already up."),
    ("review", "Nextdoor will be hearing about this."),
    ("violence", "Be a shame if anything happened to your shop."),
    ("violence", "My lads will be round to sort you out."),
]
ROUND6_INNOCENT = [
    "I'm a solicitor and I'd like to order matching pens for our office.",
    "I work at a law firm and we need forty notebooks for a training day.",
    "My sister said to do a chargeback but I'd rather sort it with you.",
    "I accidentally opened a PayPal case and I've closed it, sorry!",
    "im not one to leave bad reviews",
    "Last year I had to take another shop to small claims, so I know how it goes.",
    "i know where ur unit is, so i can just pick it up myself if that's easier",
    "Posted a lovely review on Facebook for you.",
]


# Round 6, second pass: constructions rather than phrases (the consequence of a condition, a
# question put as a threat, a body "they" will act for, a step reported of someone close), and
# the guards that keep their innocent neighbours clean.
ROUND6_SECOND_THREATS = [
    ("report", "Reply by Friday, failing which the ombudsman gets the whole file."),
    ("legal", "You can ignore this, in which case my solicitor writes next."),
    ("chargeback", "Answer today or else my card company deals with it."),
    ("review", "Refund me, otherwise my review says exactly how you treated me."),
    ("violence", "Fix it or else I'll see you at your door."),
    ("report", "Would you rather justify this to Trading Standards?"),
    ("report", "shall i just report u to etsy then"),
    ("chargeback", "Is a chargeback what it will take?"),
    ("chargeback", "I'm going to have the payment reversed at the branch."),
    ("legal", "My brother says he's taking you to court."),
    ("review", "My running club has a chat of 200 and they'll all hear about this."),
    ("violence", "You're gonna get hurt if this carries on."),
]
ROUND6_SECOND_INNOCENT = [
    "Otherwise the post office will send it back to you.",
    "Otherwise I can pay with PayPal if that's easier.",
    "Failing that, I'll pop into your shop in person to collect it.",
    "My son's court date is Tuesday so please deliver Wednesday.",
    "No refunds needed, no lawyers, just a question about sizes.",
    "I'll be knocking on your door again for the next range!",
    "My friend says she's buying one too, and my mum keeps saying 'get a lawyer' about everything.",
    "I did a chargeback once years ago on a dodgy website, never again, you're lovely.",
    "I could go to my bank, but I really don't want to; let's sort it.",
    "The ladies at my knitting circle loved your wool and they'll all be hearing about it.",
    "I'm warning everyone that these candles are addictive!",
    "Could you explain that to my bank so they release the payment?",
]


@pytest.mark.parametrize(("label", "text"), ROUND6_THREATS + ROUND6_SECOND_THREATS)
def test_round6_threat_classes_and_constructions(label, text):
    assert label in {h.label for h in ruleset.find_all(normalise(text))[2]}


@pytest.mark.parametrize("text", ROUND6_INNOCENT + ROUND6_SECOND_INNOCENT)
def test_round6_innocent_uses_stay_clean(text):
    assert ruleset.find_all(normalise(text))[2] == []


def test_any_of_answers_as_a_loop_over_its_keys():
    import random

    from levelhead.triage.rules import _any_of

    rng = random.Random(10)
    for _ in range(300):
        keys = tuple(
            "".join(rng.choice("abc ") for _ in range(rng.randint(1, 4)))
            for _ in range(rng.randint(1, 8))
        )
        search = _any_of(keys)
        for _ in range(20):
            text = "".join(rng.choice("abcd .") for _ in range(rng.randint(0, 12)))
            assert bool(search(text)) == any(k in text for k in keys), (keys, text)


@pytest.mark.parametrize(
    ("pattern", "gate"),
    [
        (rules._NEGATED_ALL_RE, rules._HAS_NEGATED_KEY),
        (rules._ASKED_RE.pattern, rules._HAS_ASKED_KEY),
    ],
)
def test_the_guards_key_gates_let_every_match_through(pattern, gate):
    # ``rules.negated`` and ``rules.asked`` search their patterns only in windows holding one of
    # the pattern's keys: a window the pattern matches without one would be a guard missed.
    for text in TEXTS:
        folded = normalise(text).text
        for start in range(0, len(folded) + 1, 3):
            window = folded[max(0, start - 50) : start]
            if pattern.search(window) is not None:
                assert gate(window), window
