"""Features shared by training and inference: word, word-bigram and character n-grams of the
folded text, plus a few dense signals (shouting, punctuation, which rules fired)."""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from levelhead.triage import rules
from levelhead.triage.normalise import Normalised
from levelhead.triage.types import DEMANDS, ISSUES, THREATS

WORD_RE: Final = re.compile(r"[^\W_]+(?:'[^\W_]+)?|[!?]")
CHAR_MIN: Final = 3
CHAR_MAX: Final = 5

DENSE: Final = (
    "caps",
    "exclaim",
    "question",
    "length",
    "abuse_rule",
    "profanity_rule",
    *(f"threat_rule:{t}" for t in THREATS),
    *(f"demand_rule:{d}" for d in DEMANDS),
    *(f"issue_rule:{i}" for i in ISSUES if i not in ("other", "none")),
)
_DENSE_INDEX: Final = {name: i for i, name in enumerate(DENSE)}


@dataclass(frozen=True, slots=True)
class RuleHits:
    """Everything the rules found in one text (folded-text offsets)."""

    abuse: tuple[rules.Hit, ...]
    profanity: tuple[rules.Hit, ...]
    threats: tuple[rules.Hit, ...]
    demands: tuple[rules.Hit, ...]
    issues: tuple[rules.Hit, ...]


def find_rules(norm: Normalised) -> RuleHits:
    scan = rules.scan_of(norm)
    return RuleHits(
        abuse=tuple(rules.merge(rules.find_abuse(norm, scan))),
        profanity=tuple(rules.merge(rules.find_profanity(norm, scan))),
        threats=tuple(rules.merge(rules.find_threats(norm, scan))),
        demands=tuple(rules.merge(rules.find_demands(norm, scan))),
        issues=tuple(rules.merge(rules.find_issues(norm, scan))),
    )


def words(folded: str) -> list[str]:
    return WORD_RE.findall(folded)


def word_keys(word: str) -> list[str]:
    """Sparse keys contributed by one word: the word itself and its character n-grams."""
    keys = ["w:" + word]
    padded = f" {word} "
    n = len(padded)
    for size in range(CHAR_MIN, CHAR_MAX + 1):
        for i in range(n - size + 1):
            keys.append("c:" + padded[i : i + size])
    return keys


def text_keys(folded: str) -> set[str]:
    """All sparse keys of a text (used when building the vocabulary at training time)."""
    ws = words(folded)
    keys: set[str] = set()
    for w in ws:
        keys.update(word_keys(w))
    for a, b in itertools.pairwise(ws):
        keys.add(f"b:{a} {b}")
    return keys


def dense_features(norm: Normalised, hits: RuleHits) -> list[float]:
    values = [0.0] * len(DENSE)
    text = norm.original
    values[0] = norm.caps_ratio if norm.letters >= 12 else 0.0
    values[1] = min(text.count("!"), 10) / 10
    values[2] = min(text.count("?"), 5) / 5
    values[3] = min(math.log1p(len(text)) / 8, 1.5)
    values[4] = 1.0 if hits.abuse else 0.0
    values[5] = min(len(hits.profanity), 3) / 3
    for group, prefix in (
        (hits.threats, "threat_rule:"),
        (hits.demands, "demand_rule:"),
        (hits.issues, "issue_rule:"),
    ):
        for h in group:
            values[_DENSE_INDEX[prefix + h.label]] = 1.0
    return values


def dense_matrix_names() -> Iterable[str]:
    return DENSE
