"""Features shared by training and inference: word, word-bigram and character n-grams of the
folded text, plus a few dense signals (shouting, punctuation, which rules fired)."""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Final, NamedTuple

from levelhead.triage import rules, ruleset
from levelhead.triage.normalise import TOKEN_MARKS, WORD_RE, Normalised
from levelhead.triage.types import DEMANDS, ISSUES, THREATS

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


class RuleHits(NamedTuple):
    """Everything the rules found in one text (folded-text offsets)."""

    abuse: tuple[rules.Hit, ...]
    profanity: tuple[rules.Hit, ...]
    threats: tuple[rules.Hit, ...]
    demands: tuple[rules.Hit, ...]
    issues: tuple[rules.Hit, ...]


def find_rules(norm: Normalised) -> RuleHits:
    return RuleHits(*map(tuple, ruleset.find_all(norm)))


def words(folded: str) -> list[str]:
    """Tokens of a folded text (``Normalised.words`` holds them already)."""
    return WORD_RE.findall(folded)


def word_keys(word: str) -> list[str]:
    """Sparse keys contributed by one word: the word itself and its character n-grams (an n-gram
    that occurs twice in the word is listed twice)."""
    keys = ["w:" + word]
    padded = f" {word} "
    n = len(padded)
    for size in range(CHAR_MIN, CHAR_MAX + 1):
        for i in range(n - size + 1):
            keys.append("c:" + padded[i : i + size])
    return keys


def text_keys(ws: Sequence[str]) -> Counter[str]:
    """Sparse keys of a text's tokens and how often each occurs: every distinct word adds its
    ``word_keys``, every distinct pair of neighbouring tokens one bigram key.

    The model's features are these counts scaled by 1 / sqrt(their sum, over keys in the
    vocabulary), so a text's score is a sum of per-word vectors that can be cached
    (``Model.scores``).
    """
    keys: Counter[str] = Counter()
    for w in set(ws):
        keys.update(word_keys(w))
    keys.update({f"b:{a} {b}" for a, b in itertools.pairwise(ws)})
    return keys


# An end mark and the non-word characters after it (other marks among them): every mark of such a
# run gives the same next sentence start, so the run is read once ("!!!", "?!", ".\n\n").
_SENTENCE_END_RE: Final = re.compile(r"[.!?\n]\W*")


def sentences(norm: Normalised) -> list[tuple[int, int]]:
    """Token ranges ``[first, last)`` of the folded text's sentences (a sentence ends at ``.``,
    ``!``, ``?`` or a line break; a run of ``!``/``?`` tokens belongs to the sentence it ends).
    The ``sent:`` heads score each range alone (``Model.sentence_max``)."""
    words, starts = norm.words, norm.starts
    n = len(words)
    if not n:
        return []
    out: list[tuple[int, int]] = []
    first = 0
    for m in _SENTENCE_END_RE.finditer(norm.text, starts[0]):
        k = bisect.bisect_right(starts, m.start())  # the first token after the end mark
        while k < n and words[k] in TOKEN_MARKS:
            k += 1
        if first < k < n:
            out.append((first, k))
            first = k
    out.append((first, n))
    return out


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
