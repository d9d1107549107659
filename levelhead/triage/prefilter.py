"""Exact prefilters for the rule patterns: which whole words a text must contain to match.

A rule's regular expression is parsed (with the standard library's own parser) into the literal
text every match must contain. From that come *clauses*: sets of words, at least one of which
must occur in the text as a whole token (or, for ``"\\x01" + four letters``, as the start of a
token). A text whose tokens miss any clause cannot match, so the pattern is not run at all. The
derivation only ever weakens a requirement when unsure (an unknown character, a long alternation),
so skipping is always safe: results are identical with and without the prefilter (tested).

Checking costs one ``findall`` per text plus a set intersection per clause, where scanning with
every rule's pattern cost ~45 regular-expression passes per message.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any, Final

from levelhead.triage.normalise import TOKEN_MARKS

BOUNDARY: Final = "\x00"  # a ``\b``, ``^`` or ``$`` in a literal run: a token edge
PREFIX: Final = "\x01"  # atom marker: a token starts with the next three letters
PREFIX_LEN: Final = 3
DIGIT: Final = "\x04"  # in start strings only: a ``\\d``
DIGIT_KEY: Final = "\x01\x04"  # start key: a token that starts with a digit
_DIGITS_RE: Final = re.compile(r"\d+")
WILD: Final = "\x02"  # an unknown stretch of text (a character class, ".*", a long alternation)
_MAX_LANGUAGE: Final = 512  # alternations expanding to more strings than this are not expanded
_MAX_CLAUSES: Final = 3
_USEFUL: Final = 0.7  # clauses more likely than this to be satisfied are not worth checking
TOKEN_RE: Final = re.compile(r"\w+")
_WORD_RUN_RE: Final = re.compile(r"\w+")

# Words so common in customer messages that requiring one of them filters out nothing.
_COMMON_WORDS: Final = """
a an and are as at be been but by do for from get got had has have how i if in is it its me my no
not of off on or our out so that the them then they this to u up us was we were what when where
will with you your ya just only now send post email call tell other people need new next end one
am did never come back over all
"""
COMMON: Final = frozenset(_COMMON_WORDS.split())


def tokens_of(text: str) -> frozenset[str]:
    """The atoms present in ``text``: its ``\\w+`` tokens and their three-letter starts."""
    return _atoms_of(set(TOKEN_RE.findall(text)))


def atoms_of_words(words: Iterable[str]) -> frozenset[str]:
    """``tokens_of`` a text from its ``normalise.WORD_RE`` tokens (its ``\\w+`` runs, "!", "?")."""
    toks = set(words)
    toks.difference_update(TOKEN_MARKS)
    return _atoms_of(toks)


def _atoms_of(toks: set[str]) -> frozenset[str]:
    toks.update([PREFIX + t[:PREFIX_LEN] for t in toks if len(t) >= PREFIX_LEN])
    if any(t[0].isdecimal() for t in toks):
        toks.add(DIGIT_KEY)
    return frozenset(toks)


def _atom_cost(atom: str) -> float:
    """A rough chance that a message contains the atom (only used to pick good clauses)."""
    if atom in COMMON:
        return 0.5
    if atom.startswith(PREFIX):
        return 0.05
    return 0.05 if len(atom) <= 3 else 0.01


@functools.lru_cache(maxsize=65536)
def _atoms(s: str) -> tuple[str, ...]:
    """Atoms proven by one literal string ``s``; its edges and wildcards are unknown context."""
    out = []
    for m in _WORD_RUN_RE.finditer(s.replace(BOUNDARY, " ")):
        w = m.group()
        left = m.start() > 0 and s[m.start() - 1] != WILD
        right = m.end() < len(s) and s[m.end()] != WILD
        if left and right:
            out.append(w)
        elif left and len(w) >= PREFIX_LEN:
            out.append(PREFIX + w[:PREFIX_LEN])
    return tuple(out)


def _clause(language: set[str]) -> frozenset[str] | None:
    """One atom per string of ``language`` (the cheapest), or None if some string has none."""
    chosen = set()
    for s in language:
        atoms = _atoms(s)
        if not atoms:
            return None
        chosen.add(min(atoms, key=lambda a: (_atom_cost(a), a)))
    return frozenset(chosen)


def _cost(clause: frozenset[str]) -> float:
    """Chance that a message satisfies the clause, if atoms occurred independently."""
    miss = 1.0
    for atom in clause:
        miss *= 1.0 - _atom_cost(atom)
    return 1.0 - miss


def _class_chars(av: list[tuple[Any, Any]]) -> set[str] | None:
    """The characters of a class (" " for white space), or None when there are many or unknown."""
    chars: set[str] = set()
    for op, arg in av:
        if op is sre.LITERAL:
            chars.add(chr(arg))
        elif op is sre.RANGE and arg[1] - arg[0] < 16:
            chars.update(chr(c) for c in range(arg[0], arg[1] + 1))
        elif op is sre.CATEGORY and arg in (sre.CATEGORY_SPACE, sre.CATEGORY_UNI_SPACE):
            chars.add(" ")
        else:
            return None
    return chars


def _charset(av: list[tuple[Any, Any]]) -> set[str] | None:
    """The characters of a class, or {" "} for a class of white space and punctuation only (all
    that matters about those is that they are not word characters), or None."""
    chars = _class_chars(av)
    if chars is None:
        return None
    if " " in chars and len(chars) > 1 and not any(_WORD_RUN_RE.match(c) for c in chars):
        return {" "}
    return chars


_WILD_RUN_RE: Final = re.compile(WILD + "{2,}")


def _join(a: set[str], b: set[str]) -> set[str]:
    return {_WILD_RUN_RE.sub(WILD, x + y) if WILD in x else x + y for x in a for y in b}


def _collapse(lang: set[str], clauses: list[frozenset[str]]) -> set[str]:
    """Replace a language grown too large by a wildcard, keeping what it proves as a clause and
    each string's trailing separator (so the next word still knows its left edge)."""
    c = _clause(lang)
    if c is not None:
        clauses.append(c)
    out = set()
    for x in lang:
        if not x:
            out.add("")
        elif x[-1] == BOUNDARY or (x[-1] != WILD and not _WORD_RUN_RE.match(x[-1])):
            out.add(WILD + x[-1])
        else:
            out.add(WILD)
    return out


Result = tuple[set[str], list[frozenset[str]]]


def _sequence(items: Any) -> Result:
    """(the strings a match is one of, with WILD for unknown stretches; extra clauses)."""
    clauses: list[frozenset[str]] = []
    run: set[str] = {""}
    for op, av in items:
        lang, sub = _item(op, av)
        clauses.extend(sub)
        if len(run) * len(lang) > _MAX_LANGUAGE:
            run = _collapse(run, clauses)
            if len(run) * len(lang) > _MAX_LANGUAGE:
                lang = _collapse(lang, clauses)
        run = _join(run, lang)
    return run, clauses


def _best(result: Result) -> frozenset[str] | None:
    lang, clauses = result
    options = list(clauses)
    c = _clause(lang)
    if c is not None:
        options.append(c)
    return min(options, key=lambda c: (_cost(c), sorted(c))) if options else None


def _repeated(lang: set[str]) -> set[str]:
    """One or more repetitions of ``lang``: a first string, then either nothing or an unknown
    stretch that ends as some string of ``lang`` ends. When every string ends with a non-word
    character, that last character is kept, so a word that follows still has a known left edge
    ("(?:useless )*idiot" proves the whole word "idiot")."""
    ends = {x[-1] for x in lang if x}
    if "" in lang or len(ends) > 2 or any(c == WILD or _WORD_RUN_RE.match(c) for c in ends):
        return _join(lang, {"", WILD})
    return lang | _join(lang, {WILD + c for c in ends})


def _item(op: Any, av: Any) -> Result:
    if op is sre.LITERAL:
        return {chr(av)}, []
    if op is sre.IN:
        return _charset(av) or {WILD}, []
    if op is sre.AT:
        if av is sre.AT_NON_BOUNDARY:
            return {""}, []  # transparent
        return {BOUNDARY}, []  # \b, ^, $: the neighbouring word character ends a token
    if op is sre.ASSERT and av[0] == 1:
        # A lookahead that always starts with a non-word character marks a token edge.
        ahead, _ = _sequence(av[1])
        if all(x and x[0] != WILD and not _WORD_RUN_RE.match(x[0]) for x in ahead):
            return {BOUNDARY}, []
        return {""}, []
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return {""}, []  # lookarounds consume nothing
    if op is sre.SUBPATTERN:
        return _sequence(av[-1])
    if op is sre.BRANCH:
        results = [_sequence(b) for b in av[1]]
        union: set[str] = set()
        for lang, _ in results:
            union |= lang
        extra: list[frozenset[str]] = []
        if any(clauses for _, clauses in results):
            best = [_best(r) for r in results]
            if all(b is not None for b in best):
                extra.append(frozenset().union(*best))  # type: ignore[arg-type]
        if len(union) > _MAX_LANGUAGE:
            union = _collapse(union, extra)
        return union, extra
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        lo, hi, sub = av
        lang, clauses = _sequence(sub)
        if hi != sre.MAXREPEAT and hi <= 3:
            total: set[str] = set()
            power: set[str] = {""}
            for k in range(hi + 1):
                if k >= lo:
                    total |= power
                if k < hi:
                    power = _join(power, lang)
                if len(total) + len(power) > _MAX_LANGUAGE:
                    break
            else:
                return total, clauses if lo else []
        more = _repeated(lang)
        if lo == 0:
            return more | {""}, []
        return more, clauses
    return {WILD}, []  # anything else (any character, categories, back-references): unknown


def parse(pattern: str) -> Any:
    """The standard library's parse tree of ``pattern`` (parse once, derive both filters)."""
    return sre_parse.parse(pattern)


def all_clauses(parsed: Any) -> tuple[frozenset[str], ...]:
    """Every clause the derivation proves for every match, however costly to check (may be
    empty): what ``ruleset`` gates a rule that scans the whole text on."""
    lang, clauses = _sequence(parsed)
    c = _clause(lang)
    if c is not None:
        clauses.append(c)
    return tuple(sorted(set(clauses), key=sorted))


def clauses_for(parsed: Any) -> tuple[frozenset[str], ...]:
    """The cheapest few clauses that every match satisfies (may be empty)."""
    useful = sorted(
        (c for c in all_clauses(parsed) if _cost(c) < _USEFUL), key=lambda c: (_cost(c), sorted(c))
    )
    return tuple(useful[:_MAX_CLAUSES])


# --- Where a match can start -------------------------------------------------------------------

_PREFIX_CHARS: Final = 12


def _closed(s: str) -> bool:
    return s.endswith(WILD) or len(s) >= _PREFIX_CHARS


def _cut_unknown(s: str) -> str:
    """Drop what follows the first unknown: after a digit (a word character) anything may come."""
    cut = [i for i in (s.find(WILD), s.find(DIGIT)) if i >= 0]
    if cut:
        i = min(cut)
        s = s[:i] + (WILD if s[i] == WILD else DIGIT + WILD)
    return s


def _cut(s: str) -> str:
    """A start string up to the character after its first word (``_cut_unknown`` first)."""
    s = _cut_unknown(s)
    # Only the first word and the character after it decide the start key: stop there.
    lead = len(s) - len(s.lstrip(BOUNDARY))
    m = _WORD_RUN_RE.match(s, lead)
    if m is not None and m.end() < len(s) and not s.endswith(WILD):
        return s[: m.end() + 1] + WILD
    return s[:_PREFIX_CHARS]


class _Reading:
    """How the start strings of a pattern are read: where a string is cut and closed, what a
    character class stands for, how many strings at most, and whether a repeated separator is
    read as one (the next token after it is the same). ``_FIRST_WORD`` gives the start keys,
    ``_TWO_WORDS`` (round 14) the token after the first word."""

    def __init__(
        self,
        cut: Callable[[str], str],
        closed: Callable[[str], bool],
        charset: Callable[[list[tuple[Any, Any]]], set[str]],
        limit: int,
        *,
        one_separator: bool,
    ) -> None:
        self.cut, self.closed, self.charset = cut, closed, charset
        self.limit, self.one_separator = limit, one_separator

    def seq(self, items: Any) -> set[str]:
        done: set[str] = set()
        run = {""}
        for op, av in items:
            sub = self.item(op, av)
            run = {self.cut(x + y) for x in run for y in sub}
            closed = {x for x in run if self.closed(x)}
            done |= closed
            run -= closed
            if len(run) + len(done) > self.limit:
                return {WILD}
            if not run:
                break
        return done | run

    def item(self, op: Any, av: Any) -> set[str]:
        if op is sre.LITERAL:
            return {chr(av)}
        if op is sre.IN:
            if av in (
                [(sre.CATEGORY, sre.CATEGORY_DIGIT)],
                [(sre.CATEGORY, sre.CATEGORY_UNI_DIGIT)],
            ):
                return {DIGIT}
            return self.charset(av)
        if op is sre.AT:
            return {""} if av is sre.AT_NON_BOUNDARY else {BOUNDARY}
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            return {""}
        if op is sre.SUBPATTERN:
            return self.seq(av[-1])
        if op is sre.BRANCH:
            out: set[str] = set()
            for b in av[1]:
                out |= self.seq(b)
            return out
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            lo, hi, sub = av
            once = self.seq(sub)
            out = {""} if lo == 0 else set()
            if hi == 1:
                return out | once
            if self.one_separator and all(x and not (set(x) - {" ", BOUNDARY}) for x in once):
                return out | {" "}
            return out | {x if self.closed(x) else x + WILD for x in once}
        return {WILD}


_FIRST_WORD: Final = _Reading(
    _cut, _closed, lambda av: _charset(av) or {WILD}, 4 * _MAX_LANGUAGE, one_separator=False
)


def _token_atom(word: str, after: str) -> str | None:
    """The atom (``tokens_of``) of a token that a start string's ``word`` begins, ``after`` being
    the string's next character: the whole word when it surely ends there, else its first three
    letters, or None when it is shorter."""
    if after and after not in (WILD, DIGIT) and not _WORD_RUN_RE.match(after):
        return word  # a boundary or a non-word character follows
    return PREFIX + word[:PREFIX_LEN] if len(word) >= PREFIX_LEN else None


def start_keys(parsed: Any) -> frozenset[str] | None:
    """Keys of the tokens every match starts at (see ``index_of``), or None when a match may
    start elsewhere (no ``\b`` before a known word), in which case the pattern scans the text."""
    keys = set()
    for s in _FIRST_WORD.seq(parsed):
        if not s.startswith(BOUNDARY):
            return None
        s = s.lstrip(BOUNDARY)
        if s.startswith(DIGIT):
            keys.add(DIGIT_KEY)  # a token that starts with a digit
            continue
        m = _WORD_RUN_RE.match(s)
        if m is None:
            return None
        atom = _token_atom(m.group(), s[m.end() : m.end() + 1])
        if atom is None:
            return None
        keys.add(atom)  # the whole token, or a token that starts with these letters
    return frozenset(keys)


# --- The token after a rule's first word ----------------------------------------------------------
# Most tries of a rule at one of its start tokens fail on the very next word ("the", "a", "i" start
# many rules and are followed by the wrong word almost every time). For a rule whose first word is
# whole and followed only by non-word characters (spaces, an apostrophe, a hyphen; not "!" or "?",
# which are tokens themselves) and then a known word, the next token of any match is one of a few
# atoms: ``next_keys`` lists them per start word, so ``ruleset.RuleSet`` tries the rule only where
# the text's next token is one of them. Anything unsure (an unknown stretch, a digit, a word that
# may end the match) leaves the rule ungated at that start word.

_LEAD_CHARS: Final = 48  # a start string this long is not followed further
# Start strings of two words are many more than of one ("you" and any of 500 insults): a larger
# bound than ``_MAX_LANGUAGE``'s, paid once when the cache is written.
_LEAD_LANGUAGE: Final = 262144


def _lead_closed(s: str) -> bool:
    return s.endswith(WILD) or len(s) >= _LEAD_CHARS


def _lead_cut(s: str) -> str:
    """Keep a start string up to the character after its second word (see ``_cut``)."""
    s = _cut_unknown(s)
    lead = len(s) - len(s.lstrip(BOUNDARY))
    first = _WORD_RUN_RE.match(s, lead)
    if first is not None:
        second = _WORD_RUN_RE.search(s, first.end())
        if second is not None and second.end() < len(s) and not s.endswith(WILD):
            return s[: second.end() + 1] + WILD
    return s[:_LEAD_CHARS]


def _lead_charset(av: list[tuple[Any, Any]]) -> set[str]:
    """A class as ``_TWO_WORDS`` reads it: its characters when all are word characters, {" "} for
    non-word characters none of which is a token, {"!"} when it may be "!" or "?"."""
    chars = _class_chars(av)
    if chars is None:
        return {WILD}
    words = [c for c in chars if _WORD_RUN_RE.match(c)]
    if len(words) == len(chars):
        return chars
    if not words:
        return {"!"} if chars & TOKEN_MARKS else {" "}
    return {WILD}


_TWO_WORDS: Final = _Reading(
    _lead_cut, _lead_closed, _lead_charset, _LEAD_LANGUAGE, one_separator=True
)


def _next_atom(rest: str) -> str | None:
    """The atom the token after a whole first word must give, from what follows that word in a
    start string, or None when unsure."""
    i = 0
    while i < len(rest) and rest[i] != DIGIT and not _WORD_RUN_RE.match(rest[i]):
        if rest[i] == WILD or rest[i] in TOKEN_MARKS:
            return None
        i += 1
    if not rest[:i].strip(BOUNDARY):  # no separator that is a character: not a match at all
        return None
    if i < len(rest) and rest[i] == DIGIT:
        return DIGIT_KEY
    m = _WORD_RUN_RE.match(rest, i)
    if m is None:
        return None  # the match may end after the first word
    return _token_atom(m.group(), rest[m.end() : m.end() + 1])


def split_top_level(pattern: str) -> list[str]:
    """A pattern's top-level alternatives, as written (outside groups and character classes)."""
    parts: list[str] = []
    depth, last, i, in_class = 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "^":
                i += 1
            if pattern[i + 1 : i + 2] == "]":  # a "]" first in a class is literal
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[last:i])
            last = i + 1
        i += 1
    parts.append(pattern[last:])
    return parts


def top_branches(pattern: str) -> list[str]:
    """The alternatives of a pattern's top level ("a|b(?:c|d)" gives "a", "b(?:c|d)"), or the
    whole pattern when unsure (a comment, a verbose or global flag, an empty branch)."""
    if "(?#" in pattern or (pattern.startswith("(?") and pattern[2:3].isalpha()):
        return [pattern]
    parts = split_top_level(pattern)
    return parts if all(parts) else [pattern]


def next_keys(parsed: Any) -> dict[str, frozenset[str]]:
    """Per whole start word of the rule, the atoms (whole tokens, ``PREFIX`` and three letters,
    ``DIGIT_KEY``) the next token must give; start words not listed are ungated. A match may also
    start at a token by its first three letters, with an unknown stretch inside the first word
    (those strings are not read here): ``ruleset.RuleSet`` tries the rule whatever follows at a
    token it may start by its letters or its digit, and uses these atoms only for the rest."""
    found: dict[str, set[str]] = {}
    unsure: set[str] = set()
    for s in _TWO_WORDS.seq(parsed):
        if not s.startswith(BOUNDARY):
            return {}
        s = s.lstrip(BOUNDARY)
        m = _WORD_RUN_RE.match(s)
        if m is None or DIGIT in m.group():
            continue
        word = m.group()
        rest = s[m.end() :]
        if _token_atom(word, rest[:1]) != word:
            continue  # a three-letter start key: the token's end is unknown
        atom = _next_atom(rest)
        if atom is None:
            unsure.add(word)
        else:
            found.setdefault(word, set()).add(atom)
    return {w: frozenset(a) for w, a in sorted(found.items()) if w not in unsure}


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # exactly the regular-expression engine's \w


def token_starts(text: str, key: str) -> list[int]:
    """Where the tokens named by ``key`` start: a whole token, or ``PREFIX`` and its start."""
    if key == DIGIT_KEY:
        return [
            m.start()
            for m in _DIGITS_RE.finditer(text)
            if m.start() == 0 or not _is_word(text[m.start() - 1])
        ]
    whole = not key.startswith(PREFIX)
    needle = key if whole else key[1:]
    n = len(needle)
    out = []
    i = text.find(needle)
    while i >= 0:
        end = i + n
        if (i == 0 or not _is_word(text[i - 1])) and (
            not whole or end == len(text) or not _is_word(text[end])
        ):
            out.append(i)
        i = text.find(needle, i + 1)
    return out


def index_of(text: str) -> dict[str, list[int]]:
    """Where each token (and each token's first three letters, as "\\x01abc") starts."""
    index: dict[str, list[int]] = {}
    for m in TOKEN_RE.finditer(text):
        tok = m.group()
        index.setdefault(tok, []).append(m.start())
        if len(tok) >= PREFIX_LEN:
            index.setdefault(PREFIX + tok[:PREFIX_LEN], []).append(m.start())
    return index


# --- The filters of the shipped rules, derived once ---------------------------------------------
# Deriving both filters for the ~500 rule patterns costs ~0.8 s of every process's start (the
# parse trees are walked in Python). ``models/prefilter-cache.json`` holds them, keyed by each
# pattern's SHA-1 under the SHA-256 of this file's source: a pattern not there, or any change to
# this file, means the filters are derived live, so a stale cache costs time, never correctness.
# ``levelhead triage train`` rewrites it; a test checks it covers every shipped rule.

CACHE_FILE: Final = Path(__file__).resolve().parent / "models" / "prefilter-cache.json"
Clauses = tuple[frozenset[str], ...]
Filters = tuple[Clauses, frozenset[str] | None]


def _source_key() -> str:
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()


def _pattern_key(pattern: str) -> str:
    return hashlib.sha1(pattern.encode("utf-8"), usedforsecurity=False).hexdigest()


def _load_cache(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("source") != _source_key():
        return {}
    rules = data.get("rules")
    return rules if isinstance(rules, dict) else {}


_CACHED: Final[dict[str, Any]] = _load_cache(CACHE_FILE)
Following = dict[str, frozenset[str]]
# Everything derived in this process, by pattern key: ``clauses_for``, ``start_keys``,
# ``all_clauses`` (round 12: ``ruleset.RuleSet`` gates every rule on all its clauses) and
# ``next_keys`` (round 14: ``RuleSet`` gates a try on the next token).
_DERIVED: Final[dict[str, tuple[Clauses, frozenset[str] | None, Clauses, Following]]] = {}
MISSED: Final[list[str]] = []  # patterns this process had to derive live (not in the cache)


def _derived(pattern: str) -> tuple[Clauses, frozenset[str] | None, Clauses, Following]:
    key = _pattern_key(pattern)
    found = _DERIVED.get(key)
    if found is not None:
        return found
    stored = _CACHED.get(key)
    if stored is not None and len(stored) == 4:
        clauses, starts, every, following = stored
        found = (
            tuple(frozenset(c) for c in clauses),
            None if starts is None else frozenset(starts),
            tuple(frozenset(c) for c in every),
            {word: frozenset(atoms) for word, atoms in following.items()},
        )
    else:
        parsed = parse(pattern)
        found = (clauses_for(parsed), start_keys(parsed), all_clauses(parsed), next_keys(parsed))
        MISSED.append(pattern)
    _DERIVED[key] = found
    return found


def filters(pattern: str) -> Filters:
    """``clauses_for`` and ``start_keys`` of ``pattern``: from the cache when it holds them."""
    clauses, starts, _, _ = _derived(pattern)
    return clauses, starts


def every_clause(pattern: str) -> Clauses:
    """``all_clauses`` of ``pattern``: from the cache when it holds them."""
    return _derived(pattern)[2]


def following(pattern: str) -> Following:
    """``next_keys`` of ``pattern``: from the cache when it holds them."""
    return _derived(pattern)[3]


def write_cache(path: Path = CACHE_FILE) -> int:
    """Write the filters of every pattern this process has derived (import ``rules`` first: its
    rules are built at import) and return how many; sorted, so the file is reproducible."""
    rules = {
        key: [
            [sorted(c) for c in clauses],
            None if starts is None else sorted(starts),
            [sorted(c) for c in every],
            {word: sorted(atoms) for word, atoms in sorted(following.items())},
        ]
        for key, (clauses, starts, every, following) in sorted(_DERIVED.items())
    }
    text = json.dumps({"source": _source_key(), "rules": rules}, sort_keys=True, indent=0)
    path.write_text(text + "\n", encoding="utf-8")
    return len(rules)
