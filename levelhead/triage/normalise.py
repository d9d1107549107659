"""Text normalisation with a map back to the original characters.

Everything downstream (rules, features) reads the folded text; every span it finds is mapped back
through ``Normalised.original_span`` so the UI highlights the characters the customer typed.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Final

ZERO_WIDTH: Final = frozenset(
    "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\ufeff\u00ad\u180e"
)

# Letters that look like Latin ones; folded so "іdіot" (Cyrillic і) reads as "idiot". (And the
# typographic apostrophes and quotes, below.)
HOMOGLYPHS: Final[dict[str, str]] = {
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d",
    "ɡ": "g", "һ": "h", "ӏ": "l", "ո": "n", "ս": "u", "ԛ": "q", "ԝ": "w",
    "А": "a", "В": "b", "Е": "e", "К": "k", "М": "m", "Н": "h", "О": "o", "Р": "p", "С": "c",
    "Т": "t", "У": "y", "Х": "x", "І": "i", "Ј": "j", "Ѕ": "s",
    "α": "a", "ο": "o", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ρ": "p", "τ": "t", "υ": "u",
    "Α": "a", "Β": "b", "Ε": "e", "Ζ": "z", "Η": "h", "Ι": "i", "Κ": "k", "Μ": "m", "Ν": "n",
    "Ο": "o", "Ρ": "p", "Τ": "t", "Υ": "y", "Χ": "x",
    # Apostrophes and quotes that phones type ("smart punctuation") fold to the ASCII ones, so
    # "I won’t sue" reads as "I won't sue" (the rules and the word tokens are written with ').
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "\u00b4": "'", "\u201b": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
}  # fmt: skip

LEET: Final = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t"}
    | {"@": "a", "$": "s", "!": "i", "|": "l", "8": "b", "9": "g"}
)

# Words worth un-disguising. Folding is only applied when the result contains one of these, so
# order numbers, times and "2nd" are left alone.
DISGUISED: Final = (
    "fuck", "shit", "bitch", "cunt", "dick", "ass", "bastard", "idiot", "moron", "stupid",
    "scam", "crap", "piss", "wank", "twat", "prick", "damn", "hell", "retard", "loser", "dumb",
    "useless", "clown", "thief", "thieves", "fraud", "kill", "sue", "lawyer", "suck", "die",
    "you", "joke", "scum", "liar", "crook",
)  # fmt: skip
_DISGUISED_SET: Final = frozenset(DISGUISED)

_WORDS2_RE: Final = re.compile(r"[^\W\d_]{2,}")
_CASE_CLASS: Final = (
    bytes(
        ord("U") if chr(b).isupper() else ord("l") if chr(b).islower() else ord(" ")
        for b in range(128)
    )
    + b" " * 128
)
_NON_ASCII_RE: Final = re.compile(r"[^\x00-\x7f]")
_LEET_CANDIDATE_RE: Final = re.compile(
    r"[a-z][0-9@$*|!]+[a-z]|(?<![\w@$*])[0-9@$*]+[a-z]{2}|[a-z]{2}[0-9@$*]+(?![\w@$*])"
)
_TOKEN_RE: Final = re.compile(r"(?<![\w@$!|*])[\w@$!|*]*[\w@$][\w@$!|*]*")
# The tokens of ``_TOKEN_RE`` that hold a digit or sign, the only ones ``_leet_replace`` changes.
_LEET_TOKEN_RE: Final = re.compile(
    r"(?<![\w@$!|*])(?=[\w@$!|*]*[0-9@$!|*])[\w@$!|*]*[\w@$][\w@$!|*]*"
)
_NEEDS_LEET_RE: Final = re.compile(r"[0-9@$!|*]")
_SPACED_RE: Final = re.compile(r"(?<![\w])[a-z](?:[ .\-_*+]{1,2}[a-z](?![\w])){2,}")
_REPEAT_RE: Final = re.compile(r"([a-z])\1{2,}")
# Quick tests for whether each rewrite could act on a text, found by a search that starts at a
# rarer character than the full pattern's (same answer as ``pattern.search``; tested).
_LEET_GATE_RE: Final = re.compile(
    r"[0-9@$*|!](?:(?<=[a-z].)[0-9@$*|!]*[a-z]"
    r"|(?<=[0-9@$*])(?<![\w@$*].)[0-9@$*]*[a-z]{2}"
    r"|(?<=[a-z]{2}[0-9@$*])[0-9@$*]*(?![\w@$*]))"
)
_SPACED_GATE_RE: Final = re.compile(
    r"[ .\-_*+](?<=(?<![\w])[a-z][ .\-_*+])[ .\-_*+]?[a-z](?![\w])(?:[ .\-_*+]{1,2}[a-z](?![\w]))+"
)
_REPEAT_GATE_RE: Final = re.compile(r"([a-z])\1\1")
GATES: Final = (
    (_LEET_CANDIDATE_RE, _LEET_GATE_RE),
    (_SPACED_RE, _SPACED_GATE_RE),
    (_REPEAT_RE, _REPEAT_GATE_RE),
)
# The one tokenisation of the folded text that the rules, the language guess and the model's
# features all read: runs of word characters (the regular-expression engine's ``\w``, so a token
# is exactly what ``\b`` delimits; "don't" is "don", "t"), and "!" and "?".
WORD_RE: Final = re.compile(r"\w+|[!?]")
TOKEN_MARKS: Final = frozenset("!?")  # the non-word characters that are tokens of their own
_WORD_SPLIT_RE: Final = re.compile(f"({WORD_RE.pattern})")


@dataclass(frozen=True, slots=True)
class Normalised:
    """Folded text, the original, and where each folded character came from."""

    text: str
    original: str
    offsets: tuple[int, ...] | None  # None: folded[i] came from original[i]
    caps_ratio: float
    letters: int
    words: tuple[str, ...] = ()  # ``WORD_RE`` tokens of ``text``, in order
    starts: tuple[int, ...] = ()  # where each of ``words`` starts in ``text``

    def word_span(self, first: int, last: int) -> tuple[int, int]:
        """Offsets in the folded text of words ``first`` to ``last`` (exclusive): a sentence."""
        return self.starts[first], self.starts[last - 1] + len(self.words[last - 1])

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map ``[start, end)`` of the folded text to the original text."""
        if self.offsets is None:
            return start, end
        if end <= start:
            pos = self.offsets[start] if start < len(self.offsets) else len(self.original)
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1


def tokenise(folded: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """``WORD_RE`` tokens of a text and where each starts (one pass of the regular expression)."""
    parts = _WORD_SPLIT_RE.split(folded)  # separator, token, separator, ..., separator
    ends = list(itertools.accumulate(map(len, parts)))
    return tuple(parts[1::2]), tuple(ends[0:-1:2])


def caps_ratio(text: str, *, non_ascii: Iterable[str] | None = None) -> tuple[float, int]:
    """Share of upper-case letters among letters in words of two or more letters.

    ``non_ascii``: the text's non-ASCII characters when known; if none of them is a letter or digit
    the count runs on bytes (a quarter of the time of the regular expression).
    """
    if text.isascii():
        raw = text.encode("ascii")
    elif non_ascii is not None and not any(c.isalnum() for c in non_ascii):
        raw = text.encode("ascii", "replace")  # "?" for each: not a letter either
    else:
        joined = "".join(_WORDS2_RE.findall(text))
        letters = len(joined)
        upper = sum(map(str.isupper, joined))
        return (upper / letters if letters else 0.0), letters
    # One byte per character: U upper, l lower, space otherwise; single letters sit between two
    # spaces once every space is doubled, so they can be counted and left out.
    cls = b"  " + raw.translate(_CASE_CLASS).replace(b" ", b"  ") + b"  "
    upper = cls.count(b"U") - cls.count(b" U ")
    letters = upper + cls.count(b"l") - cls.count(b" l ")
    return (upper / letters if letters else 0.0), letters


@functools.lru_cache(maxsize=4096)
def _stable(ch: str) -> bool:
    """True when folding ``ch`` is plain one-to-one lower-casing."""
    if ch in ZERO_WIDTH or ch in HOMOGLYPHS:
        return False
    low = ch.lower()
    return len(low) == 1 and unicodedata.normalize("NFKC", ch).lower() == low


def _fold_unicode(text: str) -> tuple[str, list[int]]:
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        if ch.isascii():
            out.append(ch.lower())
            offsets.append(i)
            continue
        if ch in ZERO_WIDTH:
            continue
        folded = HOMOGLYPHS.get(ch)
        if folded is None:
            folded = unicodedata.normalize("NFKC", ch).lower()
            if unicodedata.category(ch) in ("Cf", "Mn") and not folded.strip():
                continue
        for c in folded:
            out.append(c)
            offsets.append(i)
    return "".join(out), offsets


def _unmask(token: str) -> str | None:
    """Match "f*ck", "sh!t", "f u c k"-free tokens with a masked or leet letter to a known word."""
    if "*" in token:
        n = len(token)
        for word in DISGUISED:
            for ending in ("", "ing", "in", "er", "ers", "ed", "s", "y", "ty"):
                full = word + ending
                if len(full) == n and all(
                    a == "*" or a == b for a, b in zip(token, full, strict=True)
                ):
                    return full
        token = token.replace("*", "u")
    folded = token.translate(LEET)
    if folded != token and any(w in folded for w in _DISGUISED_SET):
        return folded if len(folded) == len(token) else None
    return None


def _rewrite(
    text: str,
    offsets: list[int] | None,
    pattern: re.Pattern[str],
    replace: Callable[[re.Match[str]], list[tuple[str, int]] | None],
) -> tuple[str, list[int] | None]:
    """Apply ``replace`` to each match; it returns (char, index within the match) pairs."""
    out: list[str] = []
    new_offsets: list[int] = []
    pos = 0
    changed = False
    base = offsets if offsets is not None else range(len(text))
    for m in pattern.finditer(text):
        pieces = replace(m)
        if pieces is None:
            continue
        changed = True
        out.append(text[pos : m.start()])
        new_offsets.extend(base[pos : m.start()])
        for ch, k in pieces:
            out.append(ch)
            new_offsets.append(base[m.start() + k])
        pos = m.end()
    if not changed:
        return text, offsets
    out.append(text[pos:])
    new_offsets.extend(base[pos:])
    return "".join(out), new_offsets


def _leet_replace(m: re.Match[str]) -> list[tuple[str, int]] | None:
    token = m.group()
    core = token.rstrip("!|")  # trailing "!!!" is punctuation, not a disguised "i"
    if not _NEEDS_LEET_RE.search(core) or core.isdigit() or any(w in core for w in _DISGUISED_SET):
        return None
    folded = _unmask(core)
    if folded is None:
        return None
    return [(c, i) for i, c in enumerate(folded + token[len(core) :])]


def _spaced_replace(m: re.Match[str]) -> list[tuple[str, int]] | None:
    s = m.group()
    idx = [i for i, c in enumerate(s) if c.isalpha()]
    word = "".join(s[i] for i in idx)
    if not any(w in word for w in _DISGUISED_SET):
        return None
    return [(s[i], i) for i in idx]


def _repeat_replace(m: re.Match[str]) -> list[tuple[str, int]] | None:
    s = m.string
    before = s[m.start() - 1] if m.start() > 0 else " "
    after = s[m.end()] if m.end() < len(s) else " "
    if not before.isalpha() and not after.isalpha():
        return None  # a whole word of one letter ("bbb", "www") is not an elongation
    return [(m.group(1), 0)]


def normalise(text: str) -> Normalised:
    """Fold ``text`` for matching: NFKC, zero-width, homoglyphs, leetspeak, spacing, case."""
    offsets: list[int] | None
    non_ascii = None if text.isascii() else set(_NON_ASCII_RE.findall(text))
    ratio, letters = caps_ratio(text, non_ascii=non_ascii)
    if non_ascii is None or all(map(_stable, non_ascii)):
        folded, offsets = text.lower(), None
    else:
        folded, offsets = _fold_unicode(text)
    if _LEET_GATE_RE.search(folded):
        folded, offsets = _rewrite(folded, offsets, _LEET_TOKEN_RE, _leet_replace)
    if _SPACED_GATE_RE.search(folded):
        folded, offsets = _rewrite(folded, offsets, _SPACED_RE, _spaced_replace)
    if _REPEAT_GATE_RE.search(folded):
        folded, offsets = _rewrite(folded, offsets, _REPEAT_RE, _repeat_replace)
    if offsets is not None and len(offsets) == len(text) and offsets == list(range(len(text))):
        offsets = None
    words, starts = tokenise(folded)
    return Normalised(
        text=folded,
        original=text,
        offsets=tuple(offsets) if offsets is not None else None,
        caps_ratio=ratio,
        letters=letters,
        words=words,
        starts=starts,
    )
