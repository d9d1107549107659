# ruff: noqa: E501  (pattern tables read best one alternative group per line)
"""Hand-written patterns that find the evidence spans, on normalised (folded) text.

Each rule is a regular expression on the folded text with a label. Threat and demand rules are
checked for first-person negation ("I won't sue", "I don't want a refund") and innocent uses
("report" a problem, profanity about a parcel rather than at a person).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Final, NamedTuple

from levelhead.triage import prefilter
from levelhead.triage.normalise import Normalised


class Hit(NamedTuple):
    """A rule match on the folded text (not yet mapped to the original). A named tuple: made
    thousands of times a second, and a tuple is built several times faster than a frozen
    dataclass."""

    label: str
    start: int
    end: int


# The patterns are case-sensitive (the folded text is lower case; ``re.IGNORECASE`` disables the
# regular-expression engine's fast paths). The one lower-case letter IGNORECASE matched to an ASCII
# letter that folding keeps is the dotless i; it is mapped for scanning (same length, same offsets).
_SCAN_FOLD: Final = str.maketrans({"\u0131": "i"})


class Scan:
    """The text the rules scan, the atoms it contains (tokens and their three-letter starts) and,
    found on first use, where the tokens a rule can start at are."""

    __slots__ = ("_positions", "atoms", "text")

    def __init__(self, text: str, atoms: frozenset[str] | None = None) -> None:
        self.text = text
        self.atoms = prefilter.tokens_of(text) if atoms is None else atoms
        self._positions: dict[str, list[int]] = {}

    def positions(self, key: str) -> list[int]:
        found = self._positions.get(key)
        if found is None:
            found = self._positions[key] = prefilter.token_starts(self.text, key)
        return found


def scan_of(norm: Normalised) -> Scan:
    text = norm.text
    if "\u0131" in text:
        return Scan(text.translate(_SCAN_FOLD))
    return Scan(text, prefilter.atoms_of_words(norm.words))


class Rule:
    """A compiled pattern with its exact word prefilter and start positions (see ``prefilter``).

    ``matches`` finds exactly what ``pattern.finditer`` finds: a text lacking a required word is
    skipped, and when every match must start at a known token the pattern is tried only there.
    """

    __slots__ = ("clauses", "pattern", "starts")

    def __init__(self, pattern: str) -> None:
        self.pattern = re.compile(pattern)
        self.clauses, self.starts = prefilter.filters(pattern)

    def possible(self, atoms: frozenset[str]) -> bool:
        """False when the text cannot match (it lacks a required word)."""
        for clause in self.clauses:  # noqa: SIM110 (a loop is faster than all() here)
            if clause.isdisjoint(atoms):
                return False
        return True

    def finditer(self, scan: Scan) -> Iterator[re.Match[str]]:
        return iter(self.matches(scan))

    def matches(self, scan: Scan) -> list[re.Match[str]]:
        """The matches ``pattern.finditer`` would give, as a list. (``ruleset.RuleSet`` runs
        many rules at once the same way.)"""
        if not self.possible(scan.atoms):
            return []
        starts = self.starts
        if starts is None:
            return list(self.pattern.finditer(scan.text))
        keys = starts.intersection(scan.atoms)
        if not keys:
            return []
        if len(keys) == 1:
            candidates = scan.positions(next(iter(keys)))
        else:
            candidates = sorted(set().union(*map(scan.positions, keys)))
        match = self.pattern.match
        text = scan.text
        found = []
        end = 0
        for start in candidates:
            if start >= end:
                m = match(text, start)
                if m is not None:
                    found.append(m)
                    end = m.end()
        return found

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text)


def _c(pattern: str) -> Rule:
    return Rule(pattern)


def _any_of(keys: tuple[str, ...]) -> Callable[[str], re.Match[str] | None]:
    """One search for "any of these substrings" (the same answer as ``any(k in s for k in
    keys)``, in C: a Python loop over a dozen keys costs more than the guard it gates). The
    alternation is written as a trie ("a(?:nother |ccident)|..."), so at each position the
    search tries one branch per letter instead of every key (a quarter faster on bench texts;
    a key that another key begins is left out: the shorter one already answers)."""
    return re.compile(
        _trie(sorted({k for k in keys if not any(o != k and k.startswith(o) for o in keys)}))
    ).search


def _trie(words: list[str]) -> str:
    """One alternation matching exactly ``words`` (sorted), written as a trie: a word that
    another begins makes the rest optional ("idiot(?:s)?")."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    parts = []
    for first, rests in groups.items():
        longer = sorted({r for r in rests if r})
        tail = _trie(longer) if longer else ""
        if longer and "" in rests:
            tail = tail + "?" if tail.startswith("(?:") else "(?:" + tail + ")?"
        parts.append(re.escape(first) + tail)
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def _each(label: str, pattern: str) -> tuple[tuple[str, Rule], ...]:
    """One rule per top-level alternative that requires words of its own (so ``RuleSet`` tries it
    only in texts holding them; alternatives with the same words share one), the alternatives
    that require none together in one rule. A rule
    of many alternatives with no common word is otherwise tried at every candidate word of every
    message (round 6: the sixth revision's rules written as single patterns halved the rules'
    speed)."""
    gated: dict[tuple[frozenset[str], ...], list[str]] = {}
    open_: list[str] = []
    for part in prefilter.split_top_level(pattern):
        clauses = Rule(part).clauses
        if clauses:
            gated.setdefault(tuple(sorted(clauses, key=sorted)), []).append(part)
        else:
            open_.append(part)
    out = [(label, Rule("|".join(parts))) for parts in gated.values()]
    if open_:
        out.append((label, Rule("|".join(open_))))
    return tuple(out)


_YOU = r"(?:you|u|ya|yall|y'all|you guys|you people|you lot|u guys|u people|u lot|youse)"


# Round 12: the insult and adjective alternations as the rules use them, written as a trie
# ("i(?:d(?:iots?|...)|...)"): the same words, but a try at a word that starts none of them fails
# at its first letter instead of after every alternative (the abuse rules are tried at every
# "you", and the insult list doubled since round 1). ``INSULTS`` itself stays a plain
# alternation (``tone`` reads it).
def _words_of(pattern: str) -> list[str] | None:
    """Every string a pattern of literals, ``(?:...)``, ``|`` and ``?`` matches (None for anything
    else: ``\\w``, ``*``, classes)."""

    def alt(i: int) -> tuple[list[str], int]:
        out, i = seq(i)
        while i < len(pattern) and pattern[i] == "|":
            more, i = seq(i + 1)
            out += more
        return out, i

    def seq(i: int) -> tuple[list[str], int]:
        out = [""]
        while i < len(pattern) and pattern[i] not in "|)":
            if pattern.startswith("(?:", i):
                part, i = alt(i + 3)
                i += 1  # the ")"
            elif pattern[i] in "\\[*+{.^$(":
                raise ValueError(pattern[i:])
            else:
                part, i = [pattern[i]], i + 1
            if i < len(pattern) and pattern[i] == "?":
                part, i = [*part, ""], i + 1
            out = [a + b for a in out for b in part]
        return out, i

    try:
        words, end = alt(0)
    except ValueError:
        return None
    return words if end == len(pattern) else None


def _fast(alternation: str) -> str:
    """``alternation`` ("(?:a|b|...)") with its enumerable alternatives as one trie, the others
    (``sad little \\w+``) after it."""
    words: list[str] = []
    rest: list[str] = []
    for part in prefilter.split_top_level(alternation[3:-1]):
        found = _words_of(part)
        if found is None:
            rest.append(part)
        else:
            words += found
    return "(?:" + "|".join([_trie(sorted(set(words))), *rest]) + ")"


_THEM = (
    rf"(?:{_YOU}|(?:your|ur) (?:whole |entire )?(?:staff|team|company|shop|store|support|employees|people|service team|"
    r"customer service(?: (?:girl|guy|lady|woman|man|person|rep|agent|team))?|business|"
    r"warehouse staff|boss|owner|manager|(?:delivery )?drivers?|couriers?|packers?)|(?:your|ur) so[- ]called "
    r"\w+(?: \w+){0,2}?|the (?:seller|owner|staff)|the (?:guy|girl|"
    r"woman|man|lady|person|bloke|lad|fella|chap|kid|boy) (?:on the phone|in customer service|who (?:answered|packed "
    r"this|picked up)(?: the phone| this| it| my \w+)?|(?:on|at|in|from|behind) (?:your|ur)(?: \w+){1,2})|"
    r"this seller|these people|this company|this shop|whoever (?:runs|packed|owns) (?:this|it)|"
    # round 12 (dev38): a member of staff by role and name ("your employee <name>", "ur worker <name>")
    # and whoever wrote or answered ("whoever wrote it is a brainless twit")
    r"(?:your|ur) (?:employee|worker|colleague|assistant|staff member|member of staff|rep|agent|representative|"
    r"correspondent|(?:customer service |support )?representative)(?: \w+)?|"
    # round 12 (dev41): whoever runs or is in charge of the shop ("whoever's running that shop is a ...")
    r"whoever(?:'s| is)? (?:running|in charge of) (?:this|that|the|your|ur) \w+|"
    r"whoever (?:wrote|writes|answered|answers|replied|sent|is answering|is writing|handles|composed|typed) (?:this|it|that|"
    r"these|those|my \w+|your(?: \w+){1,2}?|ur(?: \w+){1,2}?|the \w+))"
)
INSULTS: Final = (
    r"(?:idiots?|morons?|imbeciles?|cretins?|clowns?|losers?|muppets?|halfwits?|dimwits?|"
    r"dumbass(?:es)?|jackass(?:es)?|a(?:ss|rse)holes?|bastards?|bitch(?:es)?|cunts?|dick(?:head)?s?|"
    r"pricks?|twats?|wankers?|tossers?|scumbags?|scum|lowlifes?|pigs?|thie(?:f|ves)|crooks?|"
    r"scammers?|fraudsters?|frauds|liars?|con ?artists?|cowboys?|amateurs|incompetents?|"
    r"numpties?|donkeys|parasites?|vultures|rats?|snakes?|sharks|jokers|retards?|prats?|cows?|"
    r"melts?|wazzocks?|chancers?|gits?|plonkers?|pillocks?|bellends?|knobheads?|jerks?|con ?men|"
    r"toerags?|twerps?|douche(?:bag)?s?|buffoons?|nitwits?|nincompoops?|dunces?|charlatans?|"
    r"swindlers?|grifters?|shysters?|leeches|cockroaches|vermin|bozos?|thugs?|criminals?|cheats?|"
    r"hypocrites?|creeps?|weirdos?|psychos?|nutters?|gobshites?|eejits?|tosspots?|"
    # round 12 (dev38): cowards, fools, twits, slobs, worms, wallies and the like
    r"cowards?|fools|fool|brats?|twits?|slobs?|worms?|wall(?:y|ies|ys)|dolts?|oafs?|scrotes?|"
    r"shitheads?|fuckwits?|fuckheads?|dickwads?|nobheads?|numbskulls?|dipshits?|asshats?|shitbags?|"
    r"arsewipes?|wasters|animals|weasels|donkey|gutless wonders?|scum of the earth|lowest of the low|"
    r"excuse for an? (?:business|company|shop|human(?: being)?|person|seller|service|trader|"
    r"retailer|store|shopkeeper|outfit|operation|man|woman)|"
    # round 12 (dev41): regional and misspelt name-calling, and what they are a laughing stock of
    r"drongos?|numpty|fukwits?|fuckwit|sods|good-for-nothings?|money-grabbers?|laughing ?stocks?|"
    r"piece of (?:shit|crap|garbage|trash|work)|pieces of (?:shit|crap|garbage|trash)|"
    r"waste of (?:space|oxygen)|garbage (?:people|humans?)|sad little \w+)"
)
_INSULT_ADJ = (
    r"(?:incompetent|useless|pathetic|stupid|dumb|clueless|brainless|worthless|lazy|"
    r"retarded|moronic|idiotic|hopeless|spineless|dishonest|thieving|lying|crooked|disgusting|"
    r"shitty|crappy|fucking|f\w*ing|bloody|damn(?:ed)?|goddamn|absolute|complete|utter|total|"
    r"sad|rude|arrogant|greedy|sorry|scamming|cheating|rip-?off|braindead|brain-dead|gormless|"
    r"inept|shambolic|dodgy|shady|two-faced|deceitful|vile|nasty|despicable|ignorant|little|thick|"
    r"dense|mindless|miserable|money-grabbing|money grabbing|low-life|lowlife|scummy|"
    # round 12 (dev38)
    r"slippery|smug|petty|spiteful|grubby|snakey|sneaky|condescending|fat|ugly|filthy|pitiful|dim|"
    r"dim-witted|half-witted|witless|good-for-nothing|two-bit|tinpot|shameless|heartless|cowardly|"
    r"gutless|spoilt|spoiled|proper|right|effing|sodding|snivelling|sniveling|blithering|bumbling|wretched|"
    r"jumped-up|overpaid|feckless|brain-dead|brain dead|bone-idle|bone idle|"
    # round 12 (dev41)
    r"real|first-class|first class|sanctimonious|insufferable|self-satisfied|self-important|evident|idle|"
    r"bitter|shabby|grasping|senile|doddering|old|big|opportunistic|patronising|patronizing|bumbling)"
)
_INS = _fast(INSULTS)
_THEM_F = _fast(_THEM)
_ADJ = _fast(_INSULT_ADJ)
PROFANITY: Final = _c(
    r"\b(?:fuck\w*|f\*+k\w*|shit\w*|bullshit|crap(?:py)?|damn(?:ed)?|goddamn|bloody|hell|"
    r"piss(?:ed)?(?: off)?|bitch\w*|bastard\w*|a(?:ss|rse)(?:hole)?s?|dick\w*|cunt\w*|prick\w*|"
    r"twat\w*|wank\w*|bollocks|wtf|stfu|ffs|omfg|jfc|feck\w*|sod off|bugger)\b",
)

# Round 12 (dev38): the words that may sit between "you are" and the insult ("ur honestly idiots",
# "you're still idiots", "you're the most incompetent idiots"), where a sentence may end after a
# predicate adjective ("you lot are just lazy, spiteful and stupid", "<name> is thick af lol"), and
# words that describe a person rather than a thing ("a nasty, petty little person").
_FILL = (
    r"(?:so|such|completely|totally|absolutely|utterly|fucking|f\w*ing|bloody|really|just|all|both|"
    r"clearly|obviously|honestly|literally|genuinely|still|truly|basically|simply|frankly|"
    r"definitely|actually|seriously|evidently|plainly|quite|very|proper|right|a|an|the|most|biggest|only|"
    r"nothing but|bunch of|load of|pack of|shower of|band of)"
)
_END = (
    r"(?=\s*[.!?,;:)]|\s*$|\s+(?:and|&|or|but|as|af|lol|lmao|lmfao|omg|tbh|honestly|mate|fr|ngl|"
    r"smh|seriously|really|too|sorry|i|you|u|thats|that's|every|all|if|because|cos|so|the|for|at|"
    r"to|with|from)\b)"
)
_PERSON_ADJ = (
    r"(?:nasty|petty|spiteful|small-minded|smug|vile|horrible|horrid|miserable|arrogant|stupid|"
    r"ignorant|lazy|useless|pathetic|dishonest|condescending|unpleasant|bitter|twisted|evil|"
    r"disgusting|incompetent|clueless|thick|dim|brainless|dim-witted|mean|sad|rude|greedy|ugly|"
    r"spineless|heartless|shameless|sneaky|slimy|odious|repulsive|obnoxious|deceitful|two-faced|"
    r"grasping|avaricious|patronising|patronizing|self-important|insufferable|arrogant|bad|small|slow|crazy)"
)
_PERSON = r"(?:person|people|individuals?|human beings?|humans?|creatures?|men|man|woman|women)"
# Creatures and children that "could run your shop better" (contempt for competence).
_LESSER = (
    r"(?:child|children|kid|kids|toddlers?|baby|babies|nephew|niece|son|daughter|year[- ]olds?|"
    r"yr[- ]olds?|monkeys?|chimps?|chimpanzees?|goldfish|hamsters?|donkeys?|dog|cat|class|"
    r"schoolkids?|schoolchildren|infants?|trained \w+)"
)

# Predicates of contempt for a person ("lazy, spiteful and stupid"), by the rule for lists.
_CONTEMPT = (
    r"(?:lazy|spiteful|petty|nasty|thick|dim|dim-witted|small-minded|smug|arrogant|ignorant|vile|"
    r"hopeless|spineless|shameless|heartless|brainless|clueless|stupid|useless|pathetic|incompetent|"
    r"dumb|gormless|inept|dishonest|idiots|morons|cowards|scum|liars|thieves|crooks|clowns|amateurs)"
)

# Round 12: where a sentence, clause or form of address starts, as lookbehinds (fixed width
# each), so that a rule keyed on its first word need not scan the whole text for a boundary.
_LEAD = "".join(
    (
        r"(?:^",
        *(rf"|(?<={b}{w})" for b in (r"[.!?\n]", "[,;:]") for w in ("", r"\s", r"\s\s", r"\s\s\s")),
        ")",
    )
)
_SENTENCE = "".join(
    (r"(?:^", *(rf"|(?<=[.!?\n]{w})" for w in ("", r"\s", r"\s\s", r"\s\s\s")), ")")
)
_AFTER_COMMA = "|".join(rf"(?<=[,;:]{w})" for w in ("", r"\s", r"\s\s"))
_CHAT_END = r"\s+(?:lol|lmao|lmfao|omg|tbh|honestly|seriously|mate|really|fr|ngl|smh|ffs)\b"
_GREETING = "|".join(
    rf"(?<=\b{g}{p})"
    for g in (
        "hey",
        "hi",
        "hello",
        "hiya",
        "oi",
        "dear",
        "listen",
        "morning",
        "afternoon",
        "evening",
    )
    for p in (" ", ", ", "! ")
)

# Round 12: "<name> is", the name one word at the start of a sentence or clause (after "because",
# "this", "your"...), not a pronoun, a relative, a courier or a pet: lookbehinds of each length.
_NOT_NAMED = (
    "it",
    "this",
    "that",
    "there",
    "here",
    "what",
    "who",
    "which",
    "he",
    "she",
    "everyone",
    "everybody",
    "nobody",
    "someone",
    "somebody",
    "anyone",
    "life",
    "mine",
    "one",
    "courier",
    "driver",
    "postman",
    "postie",
    "neighbour",
    "neighbor",
    "husband",
    "wife",
    "son",
    "daughter",
    "dad",
    "mum",
    "mom",
    "partner",
    "boyfriend",
    "girlfriend",
    "brother",
    "sister",
    "boss",
    "friend",
    "mate",
    "dog",
    "cat",
    "evri",
    "hermes",
    "yodel",
    "dpd",
    "dhl",
    "ups",
    "usps",
    "fedex",
    "parcelforce",
    "amazon",
    "ebay",
    "etsy",
    "paypal",
    "mail",
    "post",
    "weather",
    "world",
    "traffic",
    "tracking",
    "website",
    "app",
    "system",
    "order",
    "parcel",
    "item",
    "box",
    "price",
    "fraud",
    "theft",
    "stealing",
    "business",
    "money",
    "customer",
    "service",
    "quality",
    "delivery",
    "postage",
    "refund",
    "policy",
)
_NAMED = "".join(
    (
        *(rf"(?<!\b{w} )" for w in _NOT_NAMED),
        "(?:",
        "|".join(
            rf"(?<={lead}[a-z]{{{n}}} )"
            for lead in (
                "^",
                r"[.!?,;:]\s",
                r"[.!?,;:]",
                r"\n",
                r"\bbecause ",
                r"\bcos ",
                r"\bbut ",
                r"\band ",
                r"\bafraid ",
                r"\bthink ",
                r"\bthis ",
                r"\byour ",
                r"\bur ",
            )
            for n in range(2, 13)
        ),
        ")",
    )
)

# What a person is called by name (few enough words that the rule is skipped in texts without one).
_NAME_CALLED = (
    r"(?:idiot|moron|muppet|prat|clown|fool|twit|imbecile|cretin|halfwit|dimwit|numpty|plonker|"
    r"pillock|tosser|wanker|bellend|dickhead|twat|liar|thief|crook|cow|pig|waste of space|loser|jerk|"
    r"a(?:ss|rse)hole|bastard|bitch|snake|git|donkey|slob|coward|scammer|fraud|cheat|creep)"
)

# Round 12 (dev41): an interjection before an exclamation ("honestly, what a ..."), as lookbehinds.
_INTERJECTED = "|".join(
    rf"(?<=\b{w}{p})"
    for w in ("honestly", "wow", "god", "christ", "jesus", "seriously")
    for p in (" ", ", ")
)

ABUSE_RULES: Final = (
    _c(r"\b(?:fuck|screw|f|f\*+|stuff|sod|frick|up) (?:you|u|ya|off|yourselves|yourself)\b(?!\w)"),
    _c(r"\bgo (?:to hell|fuck yourselves?|die|screw yourselves?)\b"),
    _c(
        r"\bpiss off\b|\b(?:stick|shove) (?:it|that|this|(?:your|ur) \w+(?: \w+)?) up (?:your|ur) (?:arse|ass)\b"
    ),
    _c(
        r"\b(?:kys|kill (?:yo)?urself|drop dead|get fucked|gfy|stfu|shut (?:up|your (?:mouth|trap)))\b"
    ),
    _c(
        r"\b(?:hope|wish) (?:you|u|ya|your family|your kids|(?:your|ur) (?:shop|business|company|warehouse|house))\b"
        # (round 12: not "hope you don't go bust")
        r"(?:(?!\b(?:not|don't|dont|doesn't|doesnt|won't|wont|aren't|arent|isn't|isnt)\b)[^.!?\n]){0,20}\b(?:die|dies|rot|burn|"
        r"suffer|suffers|burns|rots|fails|get cancer|get hit|go bankrupt|choke|go(?:es)? (?:under|bust|broke|out of business)|"
        r"lose (?:everything|it all|your (?:shop|business|house|home|job)|every customer|all your customers|your "
        r"customers)|get what'?s coming|get what (?:you|u) deserve|get (?:run over|food poisoning|the sack|sacked|"
        r"fired)|rot in hell|"
        r"close down|shut down|fail|go (?:to|in|into) (?:the )?hell)\b"
    ),
    _c(
        rf"\b{_THEM_F}(?: (?:he|she|they))?(?:'re| are| r| is|'s| were| was| must be| seem like| have been| has been|"
        r" are being| r being| (?:have |has )?(?:behaved|acted|been acting|been behaving) like| act like| behave like|"
        r" come across as| came across as| sound like| look like| (?:is|are) full of| (?:is|are) staffed by)?"
        # round 12: an aside between verb and insult ("your staff are, and I say this, morons")
        r"(?:,[^,.!?\n]{2,60},)?"
        rf"(?: such| a| an| the| all| bunch of| pack of| band of| lot of| load of| like| nothing but| just| still|"
        r" honestly| clearly| obviously| literally| really| truly| most| biggest| collection of| couple of)*"
        rf"(?: {_ADJ},?(?: and)?)* {_INS}\b"
    ),
    _c(
        rf"\b(?:{_THEM_F}(?: (?:he|she|they))?(?:'re| are| r| is|'s| were)|ur|youre)(?: so| such| completely| totally| absolutely| "
        r"utterly| fucking| f\w*ing| bloody| really| just| all| both| clearly| obviously| honestly| "
        r"literally| genuinely| beyond| the most| the biggest| the worst| a bunch of| a load of| a pack of|"
        r" a| an| absolute| complete| total| utter| real| such| still)* "
        r"(?:incompetent|useless|pathetic|stupid|inept|braindead|brain-dead|gormless|shambolic|"
        r"dumb|clueless|brainless|worthless|retarded|moronic|idiotic|a joke|a disgrace|joke|disgrace|scum|vile|"
        r"full of (?:shit|crap|it|bs|bullshit|lies)|dishonest|crooked|crooks|shady|dodgy|a shambles|"
        r"thick(?: as (?:a brick|two short planks|mince|pigshit|shit))?|hopeless|brain ?dead|"
        r"disgusting|a bunch of \w+|thieves|crooks|liars|scammers|frauds)\b"
    ),
    _c(
        rf"\b{_YOU} (?:fucking |f\w*ing |bloody |absolute |complete |utter |total |stupid |"
        rf"useless |incompetent |lying |thieving |pathetic |{_ADJ} )*{_INS}\b"
    ),
    _c(
        rf"\b(?:bunch|pack|band|load|gang|shower|collection|crowd|troop|troupe|herd|nest|team|wall|room) of "
        rf"(?:such )?(?:{_ADJ} )*{_INS}\b"
    ),
    # (The \b changes no match, every way in ends with a non-word character; it lets the
    # prefilter see the insult as a whole word, so texts without one skip this rule.)
    # Round 12: also after a comma or a greeting, as a form of address ("answer me, coward",
    # "hey scammer, ...", "brilliant work, dimwits"), before chat filler ("proper amateurs lol"),
    # and never the writer calling themselves one ("bloody idiot, me").
    _c(
        rf"(?:^|[.!?\n]\s*)(?:{_ADJ} )*\b{_INS}(?=\s*[.!?,]|\s*$|{_CHAT_END})(?![,\s]+(?:me|i|myself)\b)"
    ),
    # (a keyed rule, tried only at an insult: the lead is a lookbehind)
    _c(
        rf"(?:{_AFTER_COMMA}|{_GREETING})\b{_INS}\b(?=\s*[.!?,]|\s*$|{_CHAT_END})(?![,\s]+(?:me|i|myself)\b)"
    ),
    _c(
        r"\b(?:your|ur|you|u)(?: (?:shitty|shit|crap|crappy|fucking|f\w*ing|bloody|goddamn|piece of shit|garbage|pathetic|"
        r"useless|incompetent|scummy|sodding|effing|cowboy))+(?: little| tinpot| two-bit| sad)? (?:shop|company|store|business|staff|team|people|service|"
        r"customer service|support|employees|website|outfit|operation|firm|set-?up)\b"
    ),
    _c(
        rf"\b{_YOU}(?: fucking| f\w*ing| all| really| guys)? (?:suck|disgust me|make me sick|are "
        r"(?:a )?disgrace)\b"
    ),
    _c(
        r"\b(?:you|u) (?:(?:fucking|f\w*ing|bloody|useless|incompetent|stupid|pathetic|thieving|"
        r"lying|brainless|clueless) )+(?:lot|people|bunch|shower)\b"
    ),
    _c(
        rf"\b(?:{_INS}|scum|trash|garbage|vermin|filth|mugs) like (?:you|u|ya|your lot|yourselves|"
        r"this (?:shop|company|seller))\b"
    ),
    _c(
        rf"\b(?:{_INS}|mugs|jokes|{_CONTEMPT}),? the (?:lot|bunch|pack|load|whole lot) "
        r"of (?:you|u|ya|youse|them)\b|\b(?:fuck|f\*+|screw|sod) the (?:lot|whole lot|bunch) of (?:you|u|ya)\b|\bthe (?:lot|whole lot|bunch|pack) of (?:you|u|ya) (?:are|r)(?: \w+)? "
        rf"(?:{_ADJ} )*{_INS}\b"
    ),
    _c(
        rf"\b{_YOU}(?: \w+){{0,2}} (?:can|could|should|may as well|might as well) (?:get stuffed|get lost|do one|"
        r"jog on|sod off|piss off|fuck off|go to hell|go and die|shove it|stick it|take a hike|"
        r"shove (?:it|that|this|your|ur)|ram it|go fuck)\b|\b(?:get stuffed|jog on)\b"
    ),
    _c(
        r"\b(?:you|u|ya|your (?:shop|business|company)|ur (?:shop|business|company)) deserves? to "
        r"(?:go (?:bust|under|broke|out of business|bankrupt)|fail|lose everything|rot|suffer|die|be "
        r"(?:shut|closed) down|close)\b"
    ),
    # --- Round 12 (dev38): phrasing families the rules above did not reach -------------------
    # (One family per rule, or a few that need the same words: a rule is tried only where its
    # start words are and only in texts holding its other words.)
    # "ur" (you're) then filler before the insult ("ur honestly idiots", "ur a waste of space"),
    # or straight before one that ends the clause ("ur parasites.")
    _c(
        rf"\b(?:ur|youre|ure)(?: {_FILL})+ (?:{_ADJ} )*{_INS}\b|"
        rf"\b(?:ur|youre|ure) (?:{_ADJ} )*{_INS}{_END}"
    ),
    # what they are, said of them as a predicate (one rule: tried once at each "you"):
    # contempt, alone or in a list, ending the clause ("you lot are just lazy, spiteful and
    # stupid", "ur just lazy and thick", "you're hopeless"); a character with a person noun ("you
    # come across as a nasty, petty little person", "ur such a petty nasty person"); a profane
    # verdict ("you are shit at your job", "you're shit people"; not "ur shit", your things); too
    # dim for the job ("you're clearly too thick for this")
    _c(
        r"\b(?:(?:(?:you|u|ya|yall)(?: guys| people| lot| all)?|(?:your|ur) (?:whole |entire )?(?:staff|team|"
        r"people|employees))(?:'re| are| r| were| was| is| must be| seem| seem like| come across as| came "
        rf"across as)|ur|youre)(?: {_FILL})* (?:"
        rf"{_CONTEMPT}(?:,? (?:and |& |but also )?(?:so |very |just |really |utterly |totally |completely )?"
        rf"{_CONTEMPT}){{0,3}}{_END}|"
        rf"(?:{_PERSON_ADJ},?(?: and| &)? )+(?:little |old )?{_PERSON}\b|"
        r"(?<!\bur )(?:shit|shite|crap|garbage|trash|rubbish|dogshit)(?: (?:people|humans|sellers|traders))?"
        r"(?= at\b|\s*[.!?,;]|\s*$| (?:and|lol|lmao|lmfao|mate|honestly|tbh)\b)|"
        r"(?:far |way |much |all )?too (?:thick|dumb|stupid|dim|brainless|incompetent|lazy|useless|clueless|"
        r"dense|gormless|inept|idiotic) (?:for|to)\b)"
    ),
    # ... and the same verdict passed on to them ("your shop is shit and so are you")
    _c(
        r"\b(?:shit|shite|crap|garbage|trash|rubbish|useless|pathetic|a joke|a disgrace|dismal|appalling|awful|"
        r"terrible|hopeless|dreadful|incompetent)(?: \w+)?,? and so,?(?: frankly,| honestly,| quite frankly,)? "
        r"(?:are|r) (?:you|u|ya|you lot|u lot|your staff|ur staff)\b"
    ),
    # a person by name (a member of staff) called an insult ("<name> is a complete idiot",
    # "<name> is thick af", "because <name> is such a smug prat"): one word, not a pronoun, a
    # relative, a courier or a pet, at the start of a sentence or clause
    _c(
        rf"{_NAMED}\bis (?:(?:such|just|really|so|very|clearly|obviously|honestly|literally|actually|quite|"
        r"possibly|probably|an|a|the|as|most|biggest|officially|definitely|simply|absolutely|"
        r"completely|totally|utterly) )*"
        rf"(?:(?:very |so |really )?{_ADJ}(?:,? and |, | ))*(?:very |so |really )?(?:{_NAME_CALLED}\b|"
        rf"(?:stupid|thick|dense|dim|brainless|clueless|gormless|dumb|moronic|idiotic)(?: as \w+)?{_END})"
    ),
    # by whom it is run, staffed or written ("run by clowns", "written by a brainless twit")
    _c(
        r"\b(?:run|ran|staffed|written|composed|managed|operated|answered|manned|packed|typed|owned|"
        r"handled) by (?:a |an |some |the |a bunch of |a pack of |a load of |a team of |a gang of |such |"
        r"the biggest |a troupe of )?"
        rf"(?:(?:{_ADJ} )*{_INS}\b|(?:{_PERSON_ADJ} )+{_PERSON}\b)"
    ),
    # who the writer is dealing with ("corresponding with morons", "talking to a wall of morons";
    # not "some idiot at <courier>")
    _c(
        r"\b(?:corresponding|dealing|talking|speaking|arguing|chatting|reasoning) (?:with|to) (?:a |an |"
        r"some |these |a (?:wall|bunch|pack|load|room|team|gang) of )?"
        rf"(?:{_ADJ} )*{_INS}\b(?! (?:at|from|in|on|for|of)\b)"
    ),
    # the insult as who did it ("the brainless twit who wrote it", "what idiot wrote this
    # listing", "which idiot was responsible", "these muppets working for you")
    _c(
        r"(?<!\bi'm the )(?<!\bim the )(?<!\bi am the )(?<!\bi was the )(?<!\bi'm an )(?<!\bi'm a )"
        r"(?<!\bim an )(?<!\bim a )(?<!\bi am an )(?<!\bi am a )"
        rf"\b{_INS} (?:who |that )?(?:wrote|writes|write|packed|packs|pack|answered|"
        r"answers|replied|replies|sent|runs|run|designed|approved|handled|handles|dealt|thought|"
        r"decided|came up with|was responsible|is responsible|are responsible|works? (?:there|for "
        r"(?:you|u|your|ur))|working (?:for|at) (?:you|u|your|ur)|you (?:employ|hire|hired|have working))\b"
    ),
    _c(rf"\bwho (?:are|r|is) (?:these|those|this|that|the) (?:{_ADJ} )*{_INS}\b"),
    # what their conduct is that of ("that of a complete arsehole")
    _c(rf"\bthat of an? (?:{_ADJ} )*{_INS}\b"),
    # what the writer finds, considers or calls them ("I find you to be, frankly, a waste of
    # space", "I regard you and your staff as vermin", "revealed you to be a spiteful individual",
    # "I found <name> to be a smug prat")
    _c(
        r"\b(?:find|found|consider|considered|regard|regarded|call|called|calling|revealed|shown|proved|"
        r"proven|judge|judged) (?:(?:your|ur) )?(?!(?:the|my|his|her|their|him|them|it|this|that|me|myself|out)\b)\w+(?: and "
        r"(?:your|ur) \w+)? (?:to be|as|are|r)?(?:,[^,.!?\n]{2,50},)?(?: a| an| nothing but| little better than|"
        r" no better than| such| just| the| quite| rather| total| complete| absolute| utter)*"
        rf"(?:(?: {_ADJ},?)*(?: and)?(?: {_ADJ},?)* {_INS}\b|"
        rf"(?: {_PERSON_ADJ},?(?: and)?)+ {_PERSON}\b)"
    ),
    _c(rf"{_SENTENCE}\b{_PERSON_ADJ},? (?:and )?{_PERSON_ADJ}(?: little| old)? {_PERSON}{_END}"),
    # superlatives of incompetence aimed at the seller ("the world's most useless seller", "most
    # stupid shop", "the least intelligent person I have ever dealt with")
    _c(
        r"\b(?:most (?:useless|incompetent|stupid|pathetic|clueless|brainless|dishonest|idiotic|"
        r"moronic|inept|gormless)|least (?:intelligent|competent|capable)|stupidest|dumbest|"
        r"thickest|laziest) (?:seller|sellers|shop|shops|trader|traders|person|people|staff|team|"
        r"idiots?|humans?|individuals?|retailer|store|owner|bunch|lot|morons?|clowns?)\b"
    ),
    # the small brain or abilities they have ("your small brain", "your limited abilities")
    _c(
        r"\b(?:your|ur) (?:tiny|small|little|pea-sized|pea sized|limited|single|one|lone|two) "
        r"(?:brains?|brain cells?|braincells?|abilities|intellect|intelligence|minds?)\b"
    ),
    # a brain they should get ("tell <name> to get a brain", "grow a brain", "buy a brain")
    _c(
        r"\b(?:get|grow|buy|find) (?:yourselves |yourself |urself |themselves |himself |herself )?(?:a|some|"
        r"one|an? \w+) (?:brains?|brain cells?|braincells?|clue)\b(?=\s*[.,!?;:]|\s*$| (?:pls|please|lol|"
        r"because|cos|cause|and|or|mate|you|u|then|already|for once|will you|would you|ffs)\b)"
    ),
    # one brain cell between them ("one brain cell between you", "your team shares one brain
    # cell", "all your workers have one brain together")
    _c(
        r"\b(?:one|a single|single|half a|two|1) (?:brain cells?|braincells?|brain)(?: \w+)? (?:between|"
        r"among|amongst) (?:you|u|ya|yall|the (?:lot|two|three|bunch|team|whole lot) of (?:you|u|ya)|your|ur)\b"
    ),
    _c(
        r"\b(?:you|u|ya|yall|lot|guys|team|staff|workers|employees|people) (?:all |both |must |clearly |"
        r"obviously |honestly |seem to |only |together )?(?:share|shares|have|has|got|possess|possesses)(?: got)? (?:one|a single|"
        r"half a|only one|1|a) (?:brain cells?|braincells?|brain (?:cell )?(?:together|between))\b"
    ),
    # what they have none of ("you have no backbone", "u got no brain")
    _c(
        r"\b(?:you|u|ya) (?:have|got|'ve got|have got|ve got) no (?:backbone|spine|brains?|brain cells?|shame|"
        r"morals|conscience|balls)\b"
    ),
    # taunts that they cannot read ("can you even read?", "do you even know how to read?",
    # "is anyone there actually able to read")
    _c(
        r"\b(?:can|could|do|does) (?:you|u|ya|(?:anyone|anybody)(?: (?:at|in|from|there|on) (?:your|ur|the|that|this)?"
        r"(?: ?\w+)?)?|any of (?:you|u)|(?:your|ur) staff) "
        r"(?:even |actually |not |literally )?read\b(?=\s*\?|\s*$| or (?:no|not|what|do|does|just)\b)|"
        r"\b(?:you|u|ya|anyone|anybody|staff|team|people) (?:\w+ )?(?:even |actually |really )?(?:know how|able|"
        r"capable|learnt|learned|taught) (?:how )?to read\b(?=\s*[?.!]|\s*$| or\b)|"
        r"\b(?:you|u) can(?: even)? read or (?:no|not)\b"
    ),
    # anything could run the shop better than them ("a toddler could run this shop better than
    # you", "trained monkeys would outperform your staff", "even a baby can make better shop")
    _c(
        rf"\b{_LESSER}(?: \w+){{0,3}}? (?:could|would|can|will|'d|wouldve|would've|couldve|could've|do|does|did) "
        r"(?:\w+ ){0,6}?(?:better (?:\w+ ){0,2}?than (?:you|u|ya|yall|your|ur|youse)\b|"
        r"(?:run|manage|do|handle|operate) (?:(?:this|it)(?: \w+){0,2}|(?:your|ur|a|the)(?: \w+){1,2}) "
        r"(?:better|more competently|more professionally)\b|more (?:competently|professionally|efficiently) than\b|"
        r"outperform (?:you|u|your|ur)\b|(?:a )?better(?: job| work| customer service)?(?=\s*[.!?]|\s*$)|"
        r"(?:a )?better (?:job|customer service)\b)"
    ),
    # taught by a goldfish, a goldfish's brain ("who taught you to run a business, a goldfish?",
    # "did a goldfish teach you", "your brain is like fish brain")
    _c(
        r"\b(?:taught|trained|teach|train|training|raised|schooled)\b[^.!?\n]{0,40}?(?:by|, ?) ?an? "
        r"(?:goldfish|monkey|chimp|donkey|hamster|toddler|muppet|clown)\b|"
        r"\b(?:did|was it) an? (?:goldfish|monkey|chimp|donkey|hamster|toddler) (?:teach|train|taught|trained|raise)\b|"
        r"\b(?:your|ur) brains? (?:is|are) (?:like |the size of )(?:an? )?(?:fish|goldfish|pea|peanut|"
        r"gnat|walnut)\b|\b(?:your|ur) (?:goldfish|pea|fish)[- ]?(?:brains?|memory|sized brains?)\b"
    ),
    # wishing them ruin ("I look forward to reading of your bankruptcy", "can't wait till ur
    # bankrupt", "I want that you go bankrupt")
    _c(
        r"\b(?:hope|hoping|wish|want|wait|waiting|forward to|pray|praying)\b[^.!?\n]{0,40}?\b(?:(?:your|ur) "
        r"(?:\w+ )?bankruptcy|(?:you|u|ya)(?: (?!not\b|dont\b|don't\b|never\b|wont\b|won't\b|arent\b)\w+){0,2}? "
        r"(?:go|going|goes|gone|are|r|is|be|become|end up) (?:bankrupt|bust|broke|under|out of business)|"
        r"(?:ur|youre|you're|you are|u r|u're) (?:bankrupt|bust|out of business)|(?:your|ur) (?:shop|business|"
        r"company|store|firm)(?: \w+){0,2}? (?:goes|go|going|went|to go|is going) (?:under|bust|bankrupt|broke))\b"
    ),
    _c(r"\bwish (?:your|ur) (?:shop|business|company|store) (?:is |was |to be )?clos\w+\b"),
    # ... that nobody would miss them ("no loss to anyone if your business went under", "nobody
    # would miss you", "you would not be missed", "do the world a favour and quit")
    _c(
        r"\bno (?:great |real |big )?loss (?:to (?:anyone|anybody|the world|society|humanity|me) )?if "
        r"(?:you|u|your|ur)\b"
    ),
    _c(
        r"\b(?:nobody|no one|no-one|noone)(?: would| will|'d|'ll| is going to| gonna| wd| is gonna)?(?: even)? "
        r"miss(?:es)? (?:you|u|ya|your|ur)\b|"
        r"\b(?:you|u|ya|(?:your|ur) (?:shop|business|company|store))(?: would| will| wd)(?: not|n't|nt) be missed\b"
    ),
    _c(
        r"\bdo (?:the world|us all|everyone|everybody|society|humanity|all of us) a favou?r\b[,.!]*(?: and)?"
        r"(?: just| please| pls)? (?:quit|pack it in|give up|retire|cease trading|go away|disappear|stop "
        r"trading|get lost|jog on|piss off|shut up|die|close (?:up|down|(?:the|your|ur) (?:shop|business|doors))|"
        r"sell up|shut (?:up|down|(?:the|your|ur) (?:shop|business)))\b"
    ),
    # ill wishes ("rot in hell", "go to the hell", "karma will catch up with you", "wish bad things
    # happen to you", "choke on it", "I'll keep messaging you until you die")
    _c(r"(?<!\bhe )(?<!\bshe )(?<!\bthey )(?<!\bhim )(?<!\bher )(?<!\bthem )\brot in hell\b"),
    _c(r"\bgo (?:to|in|into) the hell\b"),
    _c(
        r"\bkarma\b(?:'s| is| will| has| gonna| is going to| is gonna)?(?: \w+){0,2}? (?:catch(?:es|ing)? up "
        r"(?:with|on)|coming for|come for|comes for|bites?|biting|get|gets|getting|find|finds|visits?|"
        r"hits?) (?:you|u|ya|yall|your|ur)\b"
    ),
    _c(
        r"\b(?:wish|hope) (?:that )?(?:bad|horrible|terrible|awful|nasty|evil) things? (?:happen(?:s)? )?(?:to|on|for) "
        r"(?:you|u|ya|your)\b"
    ),
    _c(rf"{_SENTENCE}\b(?:go |just |and |now )?choke on (?:it|that|them|this|my)\b"),
    _c(
        r"\b(?:until|till|til|untill) (?:the day )?(?:you|u|ya|yall|you all)(?: finally)? (?:die|croak|"
        r"crack(?! open| on)|drop dead|kill yourselves|kill yourself|go (?:mad|insane|crazy)|lose your mind)\b"
    ),
    # profanity aimed at them, obscured or run together ("phuck you", "fuk off", "f.u.c.k y.o.u",
    # folded to "fuckyou"), "up yours"
    _c(
        r"\b(?:fuckyou|fucku|fuckoff|fuckyall|screwyou)\b|\b(?:phuck|fvck|fuk|fuq|fck|fcuk|fk|feck|eff|"
        r"effing) (?:you|u|ya|off|yourselves|yourself)\b(?!\w)|\bup (?:yours|urs)\b"
    ),
    # their looks ("ugly shop, ugly owner", "ugly inside and out", "you have an ugly face",
    # "face like a slapped backside")
    _c(r"\bugly (?:owner|seller|git|cow|bastard|inside and out|staff|person|people|sod|mug)\b"),
    _c(
        r"\b(?:your|ur|you have an?|u have an?|you have|u have|you've got an?|with your|with ur) (?:ugly|hideous|"
        r"fat|stupid|smug|ugly little) (?:face|mug|head)\b"
    ),
    _c(r"\bface like an? (?:slapped|smacked|bulldog|dropped|bag|smashed|melted) \w+"),
    # sneering praise ("well done, genius", "congratulations, Einstein")
    _c(
        r"\b(?:well done|nice one|good job|great job|nice work|good work|great work|brilliant work|"
        r"congratulations|congrats|bravo|nice going|good going|top work|way to go|slow clap)(?:[,!.]*\s+|"
        r"[^.!?\n]{0,60}?,\s*)(?:genius|geniuses|einstein|einsteins|sherlock|mastermind|brainiac)\b(?!\s*!)"
    ),
    # ... for incompetence ("you've outdone yourselves in uselessness", "new levels of incompetence")
    _c(
        r"\b(?:outdone (?:yourselves|yourself|urselves|urself) in|new (?:standards|levels|heights|depths|"
        r"lows) of|masterstroke of|masterclass in) (?:uselessness|incompetence|stupidity|idiocy|ineptitude|"
        r"ineptness)\b"
    ),
    _c(r"\b(?:you|u|ya) (?:\w+ )?so-and-sos?\b"),  # "you thieving so-and-sos"
    # children and robots ("grow up, you pathetic child", "grow up, pathetic", "you brainless robot")
    _c(
        rf"\bgrow up[,.!]*\s+(?:(?:you|u|ya) (?:\w+ )?(?:child|children|baby|babies|kids?|toddlers?|brats?|infants?|"
        rf"{_INS})\b|(?:pathetic|loser|idiot|losers|idiots|child|baby)(?=\s*[.!?]|\s*$))"
    ),
    _c(
        rf"\b{_YOU} (?:{_ADJ} |spoilt |spoiled |sulky |petulant |whiny |whingey )+(?:child|children|baby|"
        r"babies|toddlers?|brats?|robots?|bots?|drones?|automatons?|infants?|lumps|fossils?|dinosaurs?|sacks? of \w+)\b"
    ),
    # "what a spiteful little man you are", "what a useless idiot you are"
    _c(
        rf"\bwhat an? (?:(?:{_ADJ}|{_PERSON_ADJ}),? (?:and )?)*(?:{_INS}|{_PERSON}) (?:you|u|ya) "
        r"(?:are|r)\b"
    ),
    # what they are, said last ("thieving gits, that's what you are", "snakey little rats u are")
    _c(
        rf"\b{_INS}\b,? (?:(?:that'?s|thats|is|which is) what )?(?:you|u|ya|you lot|u lot|"
        r"you all|u all|you guys) (?:are|r)(?=\s*[.!?,]|\s*$| (?:lol|lmao|mate|honestly|tbh)\b)"
    ),
    # the shop or its people named with a swear word alone ("Shitty shop, shitty people.",
    # "Cowboy outfit."), and "what a pathetic excuse for a business"
    _c(
        rf"{_LEAD}\b(?:shitty|crappy|shite|shit|fucking|fking|fkn|fcking|scummy|cowboy|sodding|effing) "
        r"(?:shop|seller|company|business|outfit|operation|people|staff|firm|trader)(?=\s*[.!?,]|\s*$)"
    ),
    _c(r"\bcowboy (?:outfit|operation|set-?up|firm)\b"),
    _c(
        rf"\b(?:what|such) an? (?:{_ADJ} )*excuse for an? (?:business|company|shop|human|person|"
        r"seller|trader|retailer|store|shopkeeper|outfit|operation|man|woman)\b"
    ),
    # --- Round 12, second pass (dev41) ---------------------------------------------------------
    # what they behave or answer like ("your rep, frankly, replied like a complete dumbass", "you
    # lot act like clowns", "your staff conduct themselves like a collection of ...")
    _c(
        r"\b(?:you|u|ya|(?:your|ur)(?: \w+){1,2}?)(?:,[^,.!?\n]{2,30},)? (?:behaves?|behaved|behaving|acts?|"
        r"acted|acting|responded|responds|replied|replies|answered|answers|writes?|wrote|talks?|talked|sounds?|conducts?|"
        r"conducted)(?: themselves| yourselves| yourself| himself| herself)? like (?:a |an |some |such )?"
        r"(?:(?:troupe|collection|bunch|pack|band|gang|load|shower|herd|team|couple) of )?"
        rf"(?:{_ADJ},? )*{_INS}\b"
    ),
    # dropped on their heads ("were you all dropped on your heads as babies?")
    _c(
        r"\b(?:were|was|got) (?:you|u|ya|they|your staff|ur staff)(?: all| both)? dropped on (?:your|ur|their) "
        r"heads?\b|\b(?:you|u|ya)(?: all| both)? (?:were|was|got) dropped on (?:your|ur) heads?\b"
    ),
    # the exclamation alone ("Honestly, what a bellend.", "what a pair of muppets!")
    _c(
        rf"(?:{_LEAD}|{_INTERJECTED})\bwhat an? (?:(?:pair|bunch|shower|pack) of )?(?:{_ADJ},? )*{_INS}"
        r"(?=\s*[.!?]|\s*$)"
    ),
    # "your" for "you're" before the insult ("your a complete idiot mate")
    _c(rf"\b(?:your|yore) (?:a|an|such an?|just an?|nothing but an?) (?:{_ADJ},? )*{_INS}\b"),
    # the seller named with an obscene noun ("Piece of shit seller.", "pieces of crap staff")
    _c(
        r"\bpieces? of (?:shit|crap|garbage|trash|shite) (?:seller|sellers|shop|company|owner|owners|staff|"
        r"people|business|person|trader|firm|outfit)\b"
    ),
    # their little shop going bust or failing ("I hope your little shop goes bust", "I trust your
    # business will fail"), not "hope your shop doesn't go under"
    _c(
        r"\b(?:hope|hoping|trust|wish|pray|praying)\b[^.!?\n]{0,20}?\b(?:your|ur) (?:little |pathetic |sorry |"
        r"crappy |shitty |tinpot |two-bit )?(?:shop|business|company|store|firm|outfit)(?: (?!(?:not|doesnt|"
        r"wont|never|dont)\b)\w+){0,2}? (?:goes bust|goes under|goes bankrupt|will (?:fail|go (?:bust|under|"
        r"bankrupt))|fails|is finish(?:ed)?|collapses|folds)\b"
    ),
    # "are you some doddering old fool", "r u an idiot"
    _c(
        r"\b(?:are|r) (?:you|u|ya) (?:just )?(?:some|a|an) "
        rf"(?:{_ADJ},? )*(?:{_INS}|fossil|dinosaur|child|toddler|robot)\b"
    ),
    # a greeting then the insult and a comma ("listen, jackass, I've been polite")
    _c(rf"(?:{_GREETING})\b{_INS}\b(?=\s*,)"),
    # "Still an idiot." "Clueless owner." said alone
    _c(rf"{_SENTENCE}\bstill an? (?:{_ADJ},? )*{_INS}(?=\s*[.!?]|\s*$)"),
    _c(
        rf"{_LEAD}\b(?:clueless|brainless|incompetent|useless|pathetic|lazy|thieving|lying|dishonest|rude|"
        r"arrogant|gormless) (?:owner|owners|seller|sellers|staff|people|trader|traders)(?=\s*[.!?,]|\s*$)"
    ),
    # a list of character faults said alone ("Arrogant, smug, dim.", "Rude, smug, and about as
    # bright as a power cut"), and dim as a dead bulb
    _c(
        r"(?:^|(?<=[.!?\n] )|(?<=[.!?\n]))\b(?:rude|smug|arrogant|spiteful|petty|nasty|condescending|patronising|"
        r"thick|dim|stupid|ignorant|brainless|gormless|lazy|greedy|dishonest|vile|clueless)"
        r"(?:,? (?:and,? )?(?:frankly,? |honestly,? )?(?:a bit |so |very |really )?(?:rude|smug|arrogant|"
        r"spiteful|petty|nasty|condescending|patronising|thick|dim|stupid|ignorant|brainless|gormless|lazy|"
        r"greedy|dishonest|vile|clueless)){1,4}(?=\s*[.!?,]|\s*$)"
    ),
    _c(
        r"\bas (?:bright|sharp|clever) as an? (?:power cut|brick|plank|rock|black hole|bag of \w+|box of \w+|"
        r"doorknob|dim bulb|damp \w+)\b"
    ),
    # their brains ("brain of a goldfish.", "got a brain in there?", "you have brain or no?")
    _c(
        rf"{_SENTENCE}\b(?:the )?brains? of an? (?:pea|goldfish|gnat|rock|brick|plank|potato|amoeba|sheep|"
        r"donkey|cabbage|turnip|doorknob|squirrel|slug|snail)\b"
    ),
    _c(r"\b(?:got|have|has) (?:a |any )?brains? (?:in there|or (?:no|not))\b"),
    # "call yourselves a business?"
    _c(
        r"\bcall (?:yourself|yourselves|urself|urselves) an? (?:business|shop|company|seller|trader|"
        r"professional|professionals|retailer)\b"
    ),
    # how bad it must be to be them ("imagine being this useless", "must be exhausting being
    # you", "as inept as you evidently are", "you look as dim as you write")
    _c(
        r"\bimagine being (?:this|so|that) (?:useless|bad|incompetent|stupid|thick|dim|clueless|inept|"
        r"pathetic|lazy|dense|dumb)\b|\bexhausting (?:being|to be) (?:you|u)\b"
    ),
    _c(
        r"\bas (?:inept|stupid|thick|dim|dense|useless|incompetent|clueless|brainless|gormless|dumb) as "
        r"(?:you|u)(?: \w+)? (?:are|r|write|look|sound|seem)\b"
    ),
    # "such a dim-witted bunch as you"
    _c(
        rf"\bsuch an? (?:{_ADJ},? )*(?:bunch|lot|shower|pack|crowd|{_INS}) as (?:you|u|ya|your staff|ur staff)\b"
    ),
    # "I wish you and your staff every misfortune", "I wish you very bad day"
    _c(
        r"\bwish (?:you|u|ya)(?: and (?:your|ur) \w+)? (?:every|all the|a very|very|nothing but|a) "
        r"(?:misfortune|bad (?:day|luck|things?)|misery|ill)"
    ),
    # conduct that of an insult ("the behaviour of a scumbag", "the work of a thoroughly smug
    # tosser", "marks them out as a first-class knob", "your manner suggests a bitter loser")
    _c(
        r"\b(?:behaviour|behavior|work|conduct|actions|manners|attitude|mentality|reply|replies) of an? "
        rf"(?:\w+ly )?(?:{_ADJ},? )*{_INS}\b"
    ),
    _c(rf"\bmarks? (?:them|him|her|you|u) out as an? (?:{_ADJ},? )*(?:{_INS}|knob)\b"),
    _c(
        r"\b(?:your|ur) (?:entire |whole )?(?:manner|attitude|tone|reply|replies|email|emails|behaviour|"
        rf"behavior) (?:suggests|screams|says|reads like|smacks of) an? (?:{_ADJ},? )*{_INS}\b"
    ),
    # admiration for their incompetence ("your incompetence is almost impressive")
    _c(
        r"\b(?:your|ur) (?:sheer |utter )?(?:incompetence|stupidity|idiocy|ineptitude) is (?:almost |quite |"
        r"truly |genuinely |frankly )?(?:impressive|astounding|staggering|breathtaking|remarkable|legendary)\b"
    ),
    # "whichever genius on your staff", "is this shop run by a child?"
    _c(
        r"\bwhichever (?:genius|bright spark|einstein|idiot|clown|muppet) (?:on|at|in|from) (?:your|ur)\b"
    ),
    _c(
        r"\b(?:is|was) (?:this|your|ur) (?:shop|business|company|store) (?:run|managed|staffed|operated) by "
        r"(?:a |some )?(?:child|children|toddlers?|kids?|monkeys?|chimps?|baby|babies|schoolkids?)\b"
    ),
    # "corresponding with a petulant child"
    _c(
        r"\b(?:corresponding|dealing|talking|speaking|arguing) (?:with|to) (?:a |an |some )?(?:petulant|sulky|"
        r"spoilt|spoiled|stroppy|whiny) (?:child|children|toddlers?|baby|teenagers?)\b"
    ),
    # --- Round 12, families written from paraphrase rather than from dev38's sentences --------
    # questions that call them stupid ("are you all brain dead?", "are you actually this stupid",
    # "is everyone at your shop stupid", "how thick can one company be")
    _c(
        r"\b(?:are|r) (?:you|u|ya|you lot|u lot|you all|you guys|you people|(?:your|ur) staff|all of (?:you|u))"
        r"(?: all| both| actually| really| seriously| genuinely| just| this| that| so| completely| totally| too| simply)* "
        r"(?:brain ?dead|braindead|brain-dead|stupid|thick|dense|dim|idiots|morons|clueless|incompetent|"
        r"retarded|illiterate|blind|deaf|mental|an idiot|a moron|useless|thick or something|"
        r"stupid or something|complete idiots|total idiots|all idiots)\b"
    ),
    _c(
        r"\b(?:is|are) (?:everyone|everybody|all of you|all of u|the whole lot of you|all (?:your|ur) staff)"
        r"(?: (?:at|in) (?:your|ur) \w+| there| over there| at that \w+)? (?:so |just |really |actually )?"
        r"(?:brain ?dead|braindead|stupid|thick|dense|dim|idiots|morons|clueless|incompetent|useless)\b"
    ),
    _c(
        r"\bhow (?:thick|stupid|dumb|dense|incompetent|useless|dim|clueless|brainless) (?:can|are|r|is|must) "
        r"(?:you|u|ya|one (?:company|shop|seller|business|person)|(?:your|ur) staff|you people|you lot)\b"
    ),
    # idioms of stupidity ("not the sharpest tools in the box, are you", "couldn't organise a
    # piss-up in a brewery", "you have the brains of a pea", "more brains than your staff",
    # "smarter than you", "anyone with a brain working there", "do you have a brain")
    _c(
        r"\b(?:you|u|ya|you're|youre|ur|you lot|u lot|(?:your|ur) (?:staff|team))(?: are| r|'re)?(?: really| clearly|"
        r" obviously| definitely)? not the (?:sharpest|brightest)\b|\bnot the (?:sharpest|brightest) \w+ "
        r"(?:in|on) the \w+,? (?:are|r) (?:you|u|ya)\b"
    ),
    _c(
        r"\b(?:couldn'?t|couldnt|could not|can'?t|cant|cannot) (?:organi[sz]e|run|arrange) an? (?:piss-?up|"
        r"party|booze-up|raffle) in an? (?:brewery|pub|distillery)\b"
    ),
    _c(
        r"\b(?:you|u|ya|you lot|u lot|(?:your|ur) \w+)(?: all| both)?(?: (?:have|has|got|'ve got)|'ve got)(?: got)? the "
        r"(?:brains?|brain power|intelligence|iq|memory|attention span|sense|wit) of an? (?:pea|goldfish|gnat|"
        r"rock|brick|plank|potato|toddler|amoeba|sheep|donkey|cabbage|turnip|doorknob|squirrel|lettuce|"
        r"fish|stone|slug|snail)\b"
    ),
    _c(
        r"\bmore (?:brains?|brain cells|sense|common sense|intelligence|wit) than (?:you|u|ya|you lot|u lot|"
        r"your (?:staff|team|whole|lot|people|employees)|ur (?:staff|team)|the lot of (?:you|u)|all of (?:you|u))\b|"
        r"\b(?:smarter|cleverer|brighter|more intelligent|more competent|more capable) than (?:you|u|ya|you lot|"
        r"u lot|your (?:staff|team|whole|lot|people|employees)|ur (?:staff|team)|the lot of (?:you|u)|all of "
        r"(?:you|u))\b(?! (?:think|might|may|would|realise|realize|know|expect|imagine|give)\b)"
    ),
    _c(
        r"\b(?:anyone|anybody|someone|somebody|one person)(?: there| at \w+| in \w+)? with (?:a|half a|one|a "
        r"single|any) (?:brain|brain cell|braincell)\b|\b(?:do|does|have) (?:you|u|ya|any of (?:you|u)|"
        r"(?:your|ur) staff) (?:even |actually )?(?:have|got) (?:a|any|one|half a) (?:brains?|brain cells?)\b"
    ),
    # "learn to read", "use your brain", "get a life", "what's wrong with you people"
    _c(
        rf"{_LEAD}\b(?:go |please |pls |maybe |just )?learn (?:how )?to read\b|\b(?:you|u|ya|staff|team|"
        r"people) (?:\w+ )?(?:need|needs|should|must|ought|have|has) to learn (?:how )?to read\b"
    ),
    _c(
        r"\b(?:use|engage|try using|switch on) (?:your|ur) (?:brain|brains|head|eyes|brain cell|braincell)\b"
    ),
    _c(r"(?<!\bto )(?<!\bi )(?<!\bshould )\bget a life\b"),
    _c(r"\bwhat(?:'s| is|s) wrong with (?:you|u|ya) (?:people|lot|guys|all)\b"),
    # ill wishes and dismissal at the start of a sentence ("go and die in a ditch")
    _c(rf"{_LEAD}\b(?:just |now |please |pls |so )?go (?:and )?die\b"),
    # what they are a disgrace of as people ("absolute shambles of a human being", "a disgrace of a
    # man"; not "what a joke of a shop", criticism of the shop, which the corpus does not count)
    _c(
        r"\b(?:shambles|disgrace|joke|sorry excuse|poor excuse|failure|embarrassment|waste) (?:of|for) an? "
        r"(?:human being|human|person|man|woman)\b"
    ),
    # the staff named with a contempt adjective alone ("Stupid shop, stupid people.")
    _c(
        rf"{_LEAD}\b(?:stupid|useless|incompetent|thick|clueless|brainless|lazy|dishonest|lying|"
        r"thieving|stupid little) (?:people|staff|idiots|morons|shop|seller|sellers)(?=\s*[.!?,]|\s*$)"
    ),
)

_AUTHORITY = (
    r"(?:police|cops|bbb|better business bureau|trading standards|ftc|fca|cma|ombudsman|regulators?|"
    r"authorities|action fraud|citizens advice|consumer (?:protection|rights|council|agency|"
    r"affairs|watchdog|association|authority|helpline|group|organi[sz]ation|advice|body|"
    r"commission|ombudsman|tribunal)\w*|attorney general|watchdog|fraud (?:squad|department)|"
    r"which(?=\?)|verbraucherzentrale)"
)
# Sixth revision: regulators and ombudsmen of many countries, elected representatives. Kept apart
# from ``_AUTHORITY`` in classes small enough for the prefilter to gate on (a class past ~60 words
# is no longer worth checking and its rules would be tried on every message): every rule written
# with ``_AUTHORITY`` is repeated with each of these (``_more_authorities``). (Round 11: vague
# bodies, "the appropriate authorities", but not "the right ..." or "the people who deal with
# this": their every rule would be tried at each "right" and "people", ~4 % more time a message.)
_AUTHORITY_MORE = (
    r"(?:regulatory (?:authorit\w*|bod\w*)|relevant authorit\w*|asa|federal trade commission|advertising "
    r"(?:standards|watchdog|regulator\w*)|competition and markets authority|accc|fair trading(?: nsw)?|ccpc|ncc|"
    r"national consumer commission)",
    # Round 11 (dev30): vague bodies, a class of their own so each class stays small enough to gate
    # on (in one class with the above, the expansion passed the prefilter's limit and its rules were
    # tried at every verb they start with).
    r"(?:(?:appropriate|necessary) (?:bodies|authorit\w*|agencies|organi[sz]ations|departments|channels)|"
    r"(?:organi[sz]ations|bodies|agencies) (?:who|that) (?:deal with|handle|investigate|look into|regulate))",
    r"(?:ico|information commissioner\w*|data protection (?:authority|commissioner|regulator|office)|"
    r"hmrc|irs|border force|tax (?:office|authorities|man)|customs fraud hotline|environmental health|"
    r"food standards|food safety (?:team|officer)|fsa|product safety (?:people|team|office|regulator|authority|"
    r"lot|service|folk)|opss)",
    r"(?:council'?s (?:\w+ ){0,2}(?:team|department|officer)|authority of consumers|cyber ?(?:cell|crime)|"
    r"grievance portal|cpgrams|consumer helpline|procon|uokik|ofcom|ofgem|ofwat|caa)",
    r"(?:department of (?:transport\w*|justice|trade|commerce|consumer affairs)|(?:energy|financial|property|"
    r"retail|motor|furniture|communications|legal|parliamentary|rail|travel) ombudsman|adr (?:scheme|body|"
    r"provider)|alternative dispute resolution|rip off britain)",
    r"(?:mp\b|councillor|council member|congress(?:man|woman|person)|senator|assembly ?(?:man|woman|member)|"
    r"cop shop|police station|sector'?s? (?:adr|regulator|ombudsman))",
    # a marketplace's own teams (no optional "the" before a body here or at a rule's start: it
    # makes "the" a start word of every rule that opens with a body, round 13: +24 tries a
    # bench message)
    r"(?:(?:ebay|amazon|etsy|vinted|depop|marketplace)'?s? (?:resolution cent(?:re|er)|trust (?:and|&) "
    r"safety|seller performance|safety team|fraud team)|trust (?:and|&) safety|seller performance (?:team|department))",
    # Round 13 (dev44, dev47): bodies of other countries named in full or by letters ("ACCC" is
    # folded to "ac" by the elongation rule: "ac" is read as the body unless a word of the air
    # conditioner or the current follows), the product safety commission, HMRC in full, the
    # national consumer helpline, Scamwatch.
    r"(?:(?:australian )?competition and consumer commission|ac\b(?! (?:unit|units|remote|filter|repair\w*|engineer|"
    r"guy|man|company|manufacturer|installer|fitter|service|milan|on|off|power|adapter|adaptor|charger|cable|plug|"
    r"current|voltage|is|was|isn'?t|wasn'?t|broke|stopped|works?|working)\b)|cpsc|(?:consumer )?product safety "
    r"commission|hm revenue (?:and|&) customs|national consumer (?:helpline|hotline|commission|council)|scamwatch)",
)

_PLATFORM = (
    r"(?:ebay|amazon|etsy|shopify|the platform|the marketplace|marketplace|vinted|depop|"
    r"aliexpress|walmart|google shopping|(?:ebay|amazon|etsy)(?:'s)? (?:resolution centre|"
    r"resolution center|customer service|support|trust and safety))"
)
_MONEY = (
    r"(?:my |the )?(?:bank|card (?:company|issuer|provider)|credit card(?: company)?|visa|"
    r"mastercard|amex|american express|paypal|stripe|klarna|apple pay|google pay|card)"
)
# Word classes for the third revision: any bank or payment provider, any public venue.
_MONEY_ANY = (
    r"(?:my |the |our )?(?:bank|building society|card (?:company|issuer|provider)|credit card(?: "
    r"company| provider)?|debit card|visa|mastercard|amex|american express|discover|paypal|stripe|"
    r"klarna|clearpay|afterpay|affirm|apple pay|google pay|revolut|monzo|starling|chase|barclays|"
    r"barclaycard|hsbc|lloyds|natwest|santander|nationwide|halifax|capital one|wells fargo|citi(?:bank)?|"
    r"bank of america|amex|card provider|credit unions?)"
)
_VENUE = (
    r"(?:facebook|fb|twitter|instagram|insta|tiktok|tik tok|reddit|youtube|mumsnet|trustpilot|yelp|"
    r"nextdoor|netmums|tripadvisor|trip advisor|moneysavingexpert|"
    r"google(?: reviews?| maps)?|social media|socials|the internet|online|forums?|groups?|whatsapp|"
    r"snapchat|linkedin|threads|sitejabber|(?:the )?(?:local )?(?:papers?|news(?:papers?)?|press|"
    r"radio|telly|tv)|journalists?|the bbc|the whole (?:internet|world|town|village))"
)

_INTENT = (
    r"(?:will|'ll|shall|going to|gonna|gon|about to|plan to|intend to|want to|have to|forced to|"
    r"no choice but to|next step is to|i'm|i am|am|already|have|has|'ve|just|now|then|or|else|"
    r"otherwise|straight|immediately|tomorrow|today|also|be)"
)

# Word classes for the sixth revision (dev5/dev6 misses, by class and construction).
_COURT = (
    r"(?:(?:the )?(?:civil resolution |consumer |small claims |employment |disputes )?tribunal|qcat|ncat|vcat|crt|(?:the )?sheriff(?: court)?|(?:a |the )?magistrates?|"
    r"(?:a |the )?(?:district |circuit )?judge|(?:the )?(?:small )?claims court|(?:the )?consumer (?:court|forum)|"
    r"(?:a |the )?courts?|(?:the )?county court|small claims)"
)
# Bodies a report goes to that also name innocent things ("stuck in customs", "the council tax").
_AGENCY = (
    r"(?:customs|(?:the |my |local )?council|the station|down the (?:station|nick)|101|999|911|"
    r"the (?:cops|feds|guards|gardai))"
)
# A report taken, sent or made to a body of ``_AGENCY`` or ``_AUTHORITY`` (one alternative per
# class, each with its own word gate: the verbs are common words). ("refer" is written whole: as
# "refer\w*" its rules were tried at every "refund".)
_TO_AGENCY = "|".join(
    r"\b(?:(?:lay|laying|laid|mak|made|giv|gave|put|pass|forward|send|sent|tak|took|approach|cop(?:y|ied)|"
    r"denounc|goes|going|gone|went|off|heading|register|registered)\w*|refer(?:s|red|ring)?)(?: \w+){0,5}? (?:to|with|at|through|"
    rf"via|in|on|down|round) (?:the |[a-z]+'s )?{cls}\b(?! (?:tax|bill|charges?|fees?|duty|declaration|forms?|"
    r"clearance|delays?|hold|is holding|held))"
    for cls in (_AGENCY, _AUTHORITY)  # (and, copied, each class of ``_AUTHORITY_MORE``)
)
_BNPL = r"(?:zip ?pay|laybuy|sezzle|zilch|paypal credit|cc company|card company|card people)"
# Classes that lead a rule, without determiners: the rule starts at the class's own word.
_BANK_LEAD = (
    r"(?:bank|building society|card (?:company|issuer|provider|people)|credit card|cc company|visa|mastercard|"
    r"amex|american express|paypal|stripe|klarna|clearpay|afterpay|affirm|apple pay|google pay|revolut|monzo|"
    r"starling|chase|barclays|barclaycard|hsbc|lloyds|natwest|santander|nationwide|halifax|capital one|"
    r"wells fargo|citi(?:bank)?|bank of america|zip|laybuy|sezzle|banking app)"
)
_COURT_LEAD = (
    r"(?:tribunal|qcat|ncat|vcat|sheriff(?: court)?|magistrates?|judge|claims court|consumer (?:court|forum)|"
    r"courts?|county court|small claims)"
)
_REVIEW_SITE = (
    r"(?:trustpilot|yelp|tripadvisor|trip advisor|google(?: reviews?| maps)?|feefo|reviews\.io|sitejabber|"
    r"reclame aqui|productreview|ebay|etsy|amazon)"
)
_VENUE2 = (
    rf"(?:{_VENUE}|nextdoor|netmums|tripadvisor|trip advisor|moneysavingexpert|mse|reclame aqui|r/\w+|"
    r"subreddits?|x|ig|tt|(?:group|family) chats?|(?:my |the )?(?:ig |insta |instagram )?stor(?:y|ies)|"
    r"pages?|grps?|chats?)"
)
_AUDIENCE = (
    r"(?:everyone|everybody|every1|anyone|the (?:whole )?(?:\w+ )?(?:world|neighbourhood|street|town|village|"
    r"country|school|office|church|estate)|(?:my|our) (?:whole )?(?:church|street|work|office|school|class|"
    r"community|book club|gym|family|friends|followers|subscribers|audience|viewers)|every (?:\w+ )?(?:parent|"
    r"person|mum|dad|customer|buyer|one)|the neighbours|the (?:mums|parents|dads)|half the \w+)"
)
_PROPERTY = (
    r"(?:windows?|tyres?|tires?|car|van|ute|truck|shop(?:front)?|storefront|store|unit|workshop|house|home|"
    r"door|premises|office|warehouse|stock|showroom|shel(?:f|ves)|displays?|stall|building|shutters?|place|"
    r"business)"
)
_CREW = (
    r"(?:(?<=my )|(?<=the )|(?<=few )|(?<=some )|(?<=got ))\b(?:lads|boys|mates|brothers|cousins|uncles|"
    r"bredren|crew|gang)"
)

# The consequence of a condition, at the condition's own word ("in which case", "failing which",
# "or else", "otherwise").
_THEN = r"\b(?:(?<=in )which case|failing (?:which|that|this|a reply|an answer|a response)|(?<=or )else|otherwise)\b"

# Round 10: "courier" names a paper only after a word of its title ("the Dundee Courier"), not
# after "the" or a carrier's name ("tell the courier to knock").
_R8_REVIEW_PAPER = (
    r"(?:(?:\w+ )?(?:telegraph|echo|herald|gazette|examiner|chronicle|guardian|argus|tribune|observer|"
    r"independent)|(?!(?:the|a|an|my|our|your|ur|his|her|their|that|this|delivery|parcel|local|dpd|dhl|evri|hermes|"
    r"ups|fedex|yodel|mail|post|same|other|another|new|usual|next) )\w+ courier|"
    r"(?:\w+ )?(?:daily|sunday|evening|morning|weekly|irish|local|financial|new york) (?:times|mail|post|"
    r"express|mirror|record|star|news|sport|sun|standard|world))"
)
_R8_MONEY_BANK = (
    rf"(?:{_BANK_LEAD}|credit union|unionpay|alipay|wechat pay|easypaisa|jazzcash|paytm|phonepe|gcash|nubank|"
    r"bbva|sabadell|caixabank|bankinter|pekao|mbank|virgin money|mbna|hbl|meezan|google wallet|apple wallet|"
    r"wallet app|metro bank|tsb|first direct|bank of ireland|commbank|commonwealth bank|westpac|scotiabank|"
    r"cash app|venmo|n26|bunq|card issuer|card firm|card provider|payment provider|discover card)"
)
# Bodies a report goes to, new to the rules (cross-border centres, scam and cybercrime portals).
_R8_MONEY_BODY = (
    r"(?:european consumer cent(?:re|er)s?|ecc(?:[- ]net)?|scamwatch|ic3|ocu|consumo|consumer (?:people|folk|lot|"
    r"crowd|board)|profeco|kuluttajaneuvonta|konsumentverket|cyber ?crime (?:portal|unit))"
)

_R8C_BANK = (
    r"(?:nab|aib|permanent tsb|ulster bank|anz|asb|kiwibank|shopify payments|pay in 3|paypal pay in 3|lender|"
    r"card company|credit card company|card people|apple card)"
)
_R8C_BREAKABLE = (
    r"(?:windows?|shop ?front|storefront|van|car|sign|stall|shutters?|windscreen|tyres?)"
)
# Round 9 (dev19): banks and payment networks new to the rules (Canada's, a few US and European
# ones), and every provider together as the party a chargeback goes through.
_R9_BANK = (
    r"(?:td(?: bank)?|rbc|bmo|cibc|desjardins|tangerine|simplii|interac|usaa|navy federal|pnc|chime|zelle|"
    r"sparkasse|commerzbank|deutsche bank|postbank|rabobank|abn amro|bnp|kbc|nordea|danske bank)"
)
_R9_WHO = rf"(?:{_R8_MONEY_BANK}|{_R8C_BANK}|{_R9_BANK})"
# A provider named with a determiner and a word before it ("my credit union", "the card people").
_R9_TO = rf"(?:my |the |our |his |her )?(?!your |ur |yer )(?:\w+ )?{_R9_WHO}"
# A sentence about a payment that failed, a card that was blocked or the account's own business
# (a mortgage, the balance): no dispute.
_R9_CARD_TROUBLE = (
    r"(?![^.!?\n]{0,60}\b(?:declin\w*|limit|unblock\w*|approv\w*|fail\w*|go(?:es)? through|went through|"
    r"try again|retry|sorted|pin|new card|verif\w*|mortgage|loan|overdraft|savings|balance))"
)
# Round 9 (dev22, chargeback): what is shown to the provider (``_R9_EVIDENCE``), the seller as the
# party the provider recovers from (``_R9_SELLER``), the provider's own business and a call about
# a lost or stolen card (``_R9_CALL_TROUBLE``), words after "the bank" that name an account, a
# holiday or an app rather than the bank (``_R9_NOT_ACCOUNT``).
_R9_EVIDENCE = (
    r"(?:evidence|proof|screenshots?|screen ?grabs?|photos?|pictures?|tracking(?: page| info| details| number)?|"
    r"emails?|messages?|chats?|convo|conversation|correspondence|thread|replies|receipts?|paperwork|"
    r"order confirmation|excuses|folder|dossier|timeline)"
)
_R9_SELLER = (
    r"(?:you|u|ya|ye|yous|youse|(?:your|ur|yer) (?:lot|company|shop|store|business|account|bank|firm|end|"
    r"merchant account)|the (?:merchant|seller|shop|store|retailer|vendor|company|trader|business))"
)
_R9_CALL_TROUBLE = (
    rf"{_R9_CARD_TROUBLE}(?![^.!?\n]{{0,60}}\b(?:lost|stolen|scam\w*|fraudster|activat\w*|unlock\w*|"
    r"transfer(?:red|ring)? (?:money|funds|the deposit)|deposit))"
)
# A card's own insurance or protection ("my card has shopping insurance", "the insurance on my Gold
# card"), not a courier's or a home's.
_R9_CARD_COVER = (
    rf"(?:(?:card|cards|{_R9_WHO})(?:'s|s)?(?: has| has got|'s got| got| comes with| with)? (?:\w+ ){{0,2}}?"
    r"(?:insurance|protection)|insurance on (?:my|the|our) (?:\w+ )?card)"
)
_R9_NOT_ACCOUNT = r"(?! (?:holidays?|account|accounts|details|app|card|statements?|balance|number|loan|manager|transfer)\b)"
# Round 9 (violence): weapons named in passing (``_R9_ARMS``: those rarely bought or named for
# anything but harm, or named with a sport the writer disowns), the armed forces as a credential,
# the writer's kin or crew sent round, the seller's family, the seller's premises and property.
_R9_WEAPON = (
    r"(?:baseball bat|cricket bat|bat|crowbar|machete|golf club|shotgun|sledge ?hammer|hammer|hurl(?:ey)?|"
    r"hockey stick|hurley|knuckle ?dusters?|axe|hatchet|iron bar|tyre iron|pickaxe handle|blade|knife|"
    r"rifle|gun|pistol|crossbow|nail gun)"
)
_R9_ARMS = (
    r"(?:shotgun|gun|rifle|pistol|machete|crossbow|knuckle ?dusters?|baseball bat|crowbar|cricket bat|"
    r"golf club|hurl(?:ey)?|sledge ?hammer|axe)"
)
_R9_FORCES = (
    r"(?:paras|paratroopers?|parachute regiment|royal marines|marines|army|forces|military|sas|special forces|"
    r"commandos?|infantry|foreign legion|legion|regiment|national service|navy seals?|gurkhas?)"
)
_R9_KIN = (
    r"(?:brothers?|dad|father|uncles?|cousins?|sons?|husband|hubby|boyfriend|fella|grandson|partner|nephew|"
    r"mate|old man|other half|brother-in-law)"
)
_R9_FAMILY = (
    r"(?:wife|husband|missus|partner|kids?|children|sons?|daughters?|mum|mother|mom|dad|father|family|"
    r"little ones|girlfriend|boyfriend|nan|gran|grandkids)"
)
_R9_PREMISES = (
    r"(?:shop|store|unit|warehouse|premises|showroom|stockroom|office|workshop|building|house|home|place|"
    r"van|car|stock|garage|business)"
)
_R9_PROPERTY = (
    r"(?:display|vases?|windows?|windscreen|shop ?front|storefront|sign|signage|stall|shutters?|van|car|"
    r"transit|tyres?|counter|showroom|premises|letterbox)"
)
_R9_CREW = r"(?:guys|boys|lads|people|crew|gang|bredren|mandem|cousins|brothers|boys back home)"
# A visit or meeting for an errand (to collect, drop off, return or fix something) is no threat.
_R9_ERRAND = (
    r"(?![^.!?\n]{0,50}\b(?:collect\w*|pick\w* (?:it |them |this |that |my \w+ |the \w+ )?up|drop\w* (?:it |them |this |that )?off|"
    r"return\w*|deliver\w*|swap|exchange|fitt?ing|repair|fix))"
)

# Round 9 (dev23, violence): the body and what is broken on it, aids and care after an injury,
# first-aid supplies, hospital wards, dogs set on someone, water a body is found in, holidays
# not lived to see, funeral things, and what protects a seller (cameras, police, locks).
_R9_BODY = (
    r"(?:fingers?|hands?|arms?|legs?|knees?|kneecaps?|ankles?|wrists?|elbows?|ribs?|bones?|jaw|nose|teeth|"
    r"skull|face|neck|spine|knuckles?|toes?|shins?|collarbones?|cheekbones?|eye sockets?)"
)
_R9_AIDS = (
    r"(?:crutches|a (?:walking )?stick|a cane|a wheelchair|a zimmer(?: frame)?|a walker|a neck brace|"
    r"a (?:full[- ]body )?cast|casts|a sling|a straw|traction|a drip|a feeding tube)"
)
_R9_WARD = (
    r"(?:ward \w+|a ward|the ward|a&e|a and e|casualty|the general|the infirmary|the royal|(?:the )?hospital|"
    r"icu|intensive care|the burns unit|the morgue|the mortuary|traction|a hospital bed|the fracture clinic|"
    r"a wheelchair|a box|a coffin|the cemetery|the graveyard)"
)
_R9_FIRST_AID = (
    r"(?:bandages|plasters|ice ?packs?|arnica|painkillers|paracetamol|ibuprofen|splints?|gauze|dressings|"
    r"crutches|neck braces?|first[- ]aid kits?|frozen peas|stitches)"
)
_R9_DOG = (
    r"(?:dogs?|staffie|staffy|staffies|pit ?bulls?|pit|pits|rottweilers?|rotties?|dobermann?s?|alsatians?|"
    r"german shepherds?|mastiffs?|bull ?mastiffs?|akitas?|cane corsos?|xl bull(?:y|ies)|bull terriers?)"
)
_R9_WATER = (
    r"(?:canal|river|harbou?r|docks?|lake|reservoir|quarry|thames|mersey|clyde|sea|estuary|marina|nala|"
    r"nullah|ditch|pond|bay)"
)
_R9_SEASON = (
    r"(?:christmas|xmas|easter|birthday|new year|summer|winter|spring|autumn|diwali|eid|hanukkah|"
    r"thanksgiving|halloween|bonfire night|holidays?|anniversary)"
)
_R9_FUNERAL = (
    r"(?:hymns|coffin|headstone|gravestone|tombstone|epitaph|eulogy|last words|last rites|funeral|"
    r"obituary|funeral songs?|funeral music)"
)
_R9_SHIELD = (
    r"(?:cameras?|cctv|security(?: guards?| cameras?)?|guards?|bouncers?|alarms?|locks?|shutters|police|"
    r"cops|coppers|panic buttons?|ring doorbells?|doorbell cams?)"
)

# Round 10 (dev26, violence): the seller's things a threat names (the garden, gate, fence and
# shutters as well as the shop and the van), what is done to them in the passive, and who says
# they will do it (the writer, or kin reported: "he's gonna", "they'll").
_R10_OWNED = (
    r"(?:shop ?front|storefront|shop|store|unit|stall|house|home|flat|garden|fence|gate|front door|back door|doors?|"
    r"windows?|shutters?|letter ?box|walls?|sign|signage|van|car|truck|lorry|motor|bmw|merc|estate|transit|"
    r"tyres?|windscreen|premises|office|warehouse|showroom|workshop|garage|hanging baskets|displays?)"
)
_R10_VEHICLE = r"(?:car|van|truck|lorry|motor|bmw|merc|audi|estate|transit|pickup|ute)"
_R10_DAMAGED = (
    r"(?:smashed|slashed|trashed|wrecked|torched|burnt|burned|broken into|bust(?:ed)?(?: up| out| in)?|kicked in|caved in|"
    r"bricked|keyed|egged|flipped|tipped over|kicked over|knocked over|turned over|tagged|spray-?painted|graffitied|"
    r"graffiti'?d|done over|smashed (?:up|in|out)|ransacked|gutted|set alight|set on fire|firebombed|petrol-?bombed|"
    r"vandali[sz]ed|defaced|ripped (?:out|off|up|down)|torn (?:down|up|out)|pulled down|totalled|"
    r"a (?:new |fresh |free )?paint ?job (?=tonight|from me|courtesy|on me))"
)
_R10_WILL = (
    r"(?:i'?ll|ill|i will|i shall|i'?m (?:going to|gonna|gunna)|im (?:going to|gonna|gunna)|i am (?:going to|gonna)|"
    r"imma|we'?ll|we will|we'?re (?:going to|gonna)|(?:he|she|they)(?:'ll|ll| will)|"
    r"(?:he'?s|hes|she'?s|shes|he is|she is|they'?re|theyre|they are) (?:going to|gonna|gunna))"
)
# Round 10 (dev25, chargeback): a stretch of one sentence, where the point of an amount or of "no. 4"
# ends none ("HSBC have refunded my £24.99, so ..."); the providers, in the plural as well ("card
# companies don't need your permission"); a failed or blocked payment in the sentence, but not one
# the writer means to stop ("it won't go through now").
_R10_GAP = r"(?:[^.!?\n]|\.(?= ?\d))"
_R10_WHO = (
    rf"(?:{_R9_WHO}|banks|building societies|card compan(?:y|ies)|credit card compan(?:y|ies)|card (?:issuers|"
    r"providers|firms)|payment (?:providers|processors)|lenders|credit unions)"
)
# ... and words between the provider and "them" that make "them" the seller's people.
_R10_NOT_SELLER = r"(?:you|u|your|ur|customer service\w*|customer care|support|the (?:shop|seller|store|merchant|company|courier))"
_R10_CARD_TROUBLE = (
    r"(?![^.!?\n]{0,60}\b(?:declin\w*|limit|unblock\w*|approv\w*|fail\w*|(?<!won't )(?<!wont )(?<!will not )"
    r"(?<!can't )(?<!cant )(?<!never )go(?:es)? through|went through|try again|retry|sorted|pin|new card|verif\w*|"
    r"mortgage|loan|overdraft|savings|balance|lost|stolen|cloned|expired|not working|stopped working|"
    r"suspicious|security))"
)

# Round 13 (dev44, innocent): care urged for lifting heavy boxes ("watch your back lifting those"),
# and a glitch or fault of a platform's own site reported to it ("reported a checkout glitch to
# eBay"): guards written after the words they follow.
_R13_LIFTING = r"(?![^.!?\n]{0,25}\b(?:lift\w*|liftin|carry\w*|bend\w*|heavy|packing)\b)"
_R13_SITE_FAULT = (
    r"(?! (?:a |the |an )?(?:checkout |technical |website |site |app |payment page |login )?(?:glitch|bug|fault|crash|"
    r"error)e?s?\b)"
)

_THREAT_RULES_WRITTEN: Final = (
    (
        "legal",
        _c(
            r"\b(?:lawyers?|attorneys?(?! general)|solicitors?|legal (?:action|proceedings|steps|team|"
            r"advice|route|department|help|claim)|lawsuits?|law ?suit|small[- ]claims?|"
            r"(?:take|taking|see|drag|dragging) (?:you|u|ya|ye|yez|this|it|your \w+|them) (?:to|in) "
            r"court|in court|court (?:case|action|claim|order)|county court|litigation|"
            r"sue (?:you|u|ya|your|ur|the|this|them|for|over|under|the pants)|suing|sued|"
            r"(?:going to|gonna|will|ll|shall|about to|plan to|intend to) sue|"
            r"(?:letter before action|cease and desist)|class action|my legal rights)\b"
        ),
    ),
    (
        "legal",
        _c(
            r"\b(?:all the way |straight )to court\b|\bpursue (?:this|it|you|the matter|my claim) "
            r"(?:legally|in court|through the courts)\b"
        ),
    ),
    (
        "report",
        _c(
            r"\b(?:report(?:ing|ed)?|flag(?:ging|ged)?) (?:you|u|ya|you guys|this seller|"
            r"the seller|(?:your|ur) (?:shop|store|account|listing|company|business|page)|this "
            r"(?:shop|store|company|business|listing|account|scam))\b(?! (?:sent|gave|attached|"
            r"emailed|mentioned|shared|wrote|made|did|linked))"
        ),
    ),
    (
        "report",
        _c(
            rf"\b(?:report(?:ing|ed)?|complain(?:ing|ed)?|escalat(?:e|ing|ed)|complaint|"
            rf"case|claim)\b{_R13_SITE_FAULT}[^.!?\n]{{0,30}}\b(?:to|with) (?:the )?(?:{_AUTHORITY}|{_PLATFORM})"
        ),
    ),
    (
        "report",
        _c(
            rf"\b(?:contact(?:ing|ed)?|call(?:ing|ed)?|ring(?:ing)?|go(?:ing)? to|get(?:ting)?|"
            rf"involv(?:e|ing)|notify(?:ing)?|inform(?:ing)?|tell(?:ing)?|alert(?:ing)?|"
            # Round 13 (dev44, dev47): "rang", "phoned", and "their" body ("ringing their
            # environmental health people").
            rf"rang|rung|phon(?:e|ed|ing)|"
            rf"write to|writing to|email(?:ing)?|message) (?:the |their )?{_AUTHORITY}"
            # (Round 13: not the body's advice to ask the seller first, "I rang Citizens Advice and
            # they said the first step is to ask the seller".)
            r"(?![^.!?\n]{0,100}\b(?:said|told me|advised|suggested)\b[^.!?\n]{0,50}\b(?:ask|contact|speak to|talk to|"
            r"message|email|write to) (?:the )?(?:seller|you|u|shop|store|trader|retailer)\b)"
        ),
    ),
    (
        "report",
        _c(
            rf"\b(?:open(?:ing|ed)?|fil(?:e|ing|ed)|rais(?:e|ing|ed)|start(?:ing|ed)?|lodg(?:e|ing|ed)|"
            # Round 13: a grievance lodged, "filing w the BBB".
            rf"submit(?:ting|ted)?) (?:a |an )?(?:formal )?(?:case|claim|complaint|report|grievance)\b"
            rf"[^.!?\n]{{0,12}}\b(?:with|w|on|through|via|to|in) (?:the )?(?:{_PLATFORM}|{_AUTHORITY})"
        ),
    ),
    (
        "report",
        _c(
            rf"\b{_AUTHORITY}\b[^.!?\n]{{0,30}}\b(?:complaint|report)\b|\b(?:complaint|report) "
            rf"(?:form )?(?:for|to|with) (?:the )?{_AUTHORITY}|\b(?:going|goes|sending this|send "
            rf"this|taking this|take this)(?: straight| right| directly)? to (?:the )?{_AUTHORITY}|"
            rf"\blet(?:ting)? (?:the )?(?:local )?(?:{_AUTHORITY}|council) know\b"
        ),
    ),
    (
        "report",
        _c(
            r"\b(?:a-?to-?z|a to z)(?: guarantee)?(?: claim)?\b|\b(?:ebay|amazon|etsy) "
            r"(?:money back )?guarantee claim\b"
        ),
    ),
    (
        "chargeback",
        _c(
            r"\bcharge[- ]?bac?ks?\b|\bcbs? (?:incoming|coming|time|it is|filed|opened|raised|submitted)\b|"
            r"\bcharging (?:it )?back\b|\bcharg\w* (?:it|this|that|them|the "
            r"(?:payment|order|lot)) back\b"
        ),
    ),
    (
        "chargeback",
        _c(
            r"\b(?:dispute|disputing|disputed|revers(?:e|ing|ed|es)|contest(?:ing|ed)?|withdr[ae]w(?:ing)?|"
            r"recall(?:ing|ed)?|yank(?:ing|ed)?|cancel(?:ling)?|block(?:ing)?|stop(?:ping)?|claw(?:ing|ed)? back) (?:the |this "
            r"|my |that |your |ur |yer |a |an )?(?:(?:pending|latest|last|recent|next|recurring|monthly|first|second|final|"
            r"full|whole|direct debit|dd) )?(?:charge|payment|transaction|card payment|debit)s?\b|"
            # Round 10 (dev25): the past of the writer's own step ("stopped the payment", "blocked ur
            # pending payment, it won't go through now"), with the writer or no one as its subject: not
            # the provider's check ("Monzo blocked the transaction as a precaution").
            r"(?:(?<=\bi )|(?<=i've )|(?<=ive )|(?<=we )|(?<=we've )|(?<=just )|(?<=already )|(?<=have )|(?<=so )|"
            r"(?<=and )|(?<=then )|(?<=now )|(?<=[.!?,;\n] )|(?<=[.!?,;\n])|(?<!.))\b(?:blocked|stopped) (?:the |this "
            r"|my |that |your |ur |yer )?(?:(?:pending|latest|last|recent|next|recurring|monthly|first|second|final|"
            r"full|whole|direct debit|dd) )?(?:charge|payment|transaction|card payment|debit)s?\b"
            r"(?![^.!?\n]{0,60}\b(?:declin\w*|approv\w*|try again|retry|resend|new link|new card|verif\w*|"
            r"(?<!won't )(?<!wont )(?<!will not )(?<!can't )(?<!cant )(?<!never )go(?:es)? through))"
        ),
    ),
    (
        "chargeback",
        _c(
            rf"\b(?:open(?:ing|ed)?|fil(?:e|ing|ed)|rais(?:e|ing|ed)|start(?:ing|ed)?|lodg(?:e|ing|ed)|"
            rf"submit(?:ting|ted)?) (?:a |an )?(?:dispute|claim|case)\b[^.!?\n]{{0,12}}\b"
            rf"(?:with|through|via|on|in) (?:{_MONEY}|{_MONEY_ANY})"
        ),
    ),
    (
        "chargeback",
        _c(
            rf"\b(?:call(?:ing|ed)?|contact(?:ing|ed)?|ring(?:ing)?|rung|rang|tell(?:ing)?|told|go(?:ing)? to|"
            rf"talk(?:ing)? to|speak(?:ing)? to|spoken to|phon(?:e|ing|ed)|on the (?:phone|line|blower) (?:to|with)|"
            rf"been on to|onto) (?:his |her |their )?(?:{_MONEY}|{_MONEY_ANY})\b{_R9_CARD_TROUBLE}"
        ),
    ),
    (
        "chargeback",
        _c(
            rf"\b{_MONEY}\b[^.!?\n]{{0,30}}\b(?:get|getting|claw|clawing|take|taking|pull|"
            rf"pulling|recover|recovering) (?:the |this |my |that )?(?:money|payment|funds|it) back\b"
        ),
    ),
    (
        "chargeback",
        _c(
            r"\bpaypal (?:dispute|claim|case)\b|\b(?:dispute|claim) (?:it |this )?"
            r"(?:with|on|through|via) (?:paypal|my bank|my card)\b"
        ),
    ),
    (
        "review",
        _c(
            r"\b(?:(?:1|one|0|zero|no|nil|single|a single|half)[- ]?stars?|bad|negative|neg|terrible|"
            r"scathing|awful|poor|low|horrible|damning|brutal|nasty|neutral|worst|harshest|honest) "
            r"(?:review|rating|feedback|write-?up|opinion|fb)s?\b"
        ),
    ),
    (
        "review",
        _c(r"\b(?:review|rating|feedback)s? (?:everywhere|on every (?:site|platform)|all over)\b"),
    ),
    (
        "review",
        _c(
            r"\b(?:post(?:ing)?|shar(?:e|ing)|put(?:ting)?|spread(?:ing)?|tweet(?:ing)?|"
            r"blast(?:ing)?|plaster(?:ing)?|expos(?:e|ing)|writ(?:e|ing)|tell(?:ing)?|"
            r"mak(?:e|ing)) (?:this|it|you|u|about (?:you|this|it)|your (?:shop|company|name|"
            r"store|business)|the (?:whole )?story|screenshots|everything|a (?:video|post|"
            r"thread|tiktok))\b[^.!?\n]{0,35}\b(?:twitter|x\.com|facebook|instagram|tiktok|"
            r"reddit|youtube|social media|socials|online|trustpilot|the internet|"
            r"everywhere|mumsnet|google reviews?|yelp|forums?|viral|whatsapp groups?)\b"
        ),
    ),
    (
        "review",
        _c(
            r"\b(?:tell|warn)(?:ing|s)? (?:everyone|everybody|all my (?:friends|followers)|"
            r"other (?:buyers|customers|people|shoppers|purchasers)|people|my followers)\b[^.!?\n]{0,40}"
            r"\b(?:about|to avoid|not to|away|what|how)\b|\bname and shame\b|\bgo(?:es)? "
            r"viral\b|\b(?:expose|exposing) (?:you|u|your|this)\b|\bmy (?:\d+k? )?(?:\w+ )?"
            r"followers (?:will|are going to|are gonna)\b|\b(?:everyone|everybody|people) on "
            r"(?:twitter|facebook|instagram|tiktok|reddit|youtube|trustpilot|google|yelp|mumsnet|"
            r"social media)\b[^.!?\n]{0,30}\b(?:hear|know|see|find out)\b"
        ),
    ),
    (
        "violence",
        _c(
            r"\b(?:knock|kick|smash|punch) (?:your|ur) (?:teeth|lights|head|face) (?:out|in)\b|"
            r"\b(?:kill|hurt|beat|punch|smash|stab|shoot|strangle|murder|batter|slap|"
            r"deck|knock|strangle|throttle|end|smack|whack|thump|clobber|lamp|headbutt|floor|choke|knife|"
            r"hit(?! (?:you|u) (?:up|with))) (?:you|u|ya|your (?:face|head|staff|family)|"
            r"the (?:owner|seller|driver|delivery (?:guy|driver|man)|courier|postman|packer|manager|boss|"
            r"(?:one|person|man|woman|guy|bloke|lady) (?:in charge|responsible))|"
            r"whoever)\b"
        ),
    ),
    (
        "violence",
        _c(
            r"\b(?:come|coming|turn up|turning up|show up|showing up|pay (?:you|u) a visit|"
            r"visit)(?: round| down| over)?(?: to| at)? (?:your|ur) (?:house|home|door|doorstep|"
            # (Round 13: not a visit for an errand, "come round to your house to pick it up".)
            rf"family)\b{_R9_ERRAND}|"
            r"\b(?:know|found|find out|finding out|find) where (?:you|u) live\b|"
            # (Round 13: not care urged for lifting the seller's heavy boxes, "watch your back
            # lifting those".)
            rf"\bwatch (?:your|ur) back\b{_R13_LIFTING}|"
            r"\b(?:burn|torch) (?:your|ur|down your|it down)\b|"
            r"\b(?:break|breaking|snap|snapping) (?:(?:your|ur|yer) (?:\w+ )?(?:legs?|neck|face|arms?|jaw|nose|windows|bones|ribs|fingers|"
            r"hands|kneecaps?|knees|ankles|wrists|skull|collarbones?|cheekbones?)|(?:his|her|their) (?:\w+ )?(?:bones|ribs|fingers|"
            r"kneecaps?|skull|jaw|nose))\b|\byou(?:'ll| will) "
            r"(?:get|be) hurt\b|\bsee you (?:outside|in person)\b|\bbash (?:your|ur)\b|\bhope "
            r"(?:i|we) never (?:find|meet|see) (?:you|u|your|ur)\b|\b(?:i'm|i am) coming (?:down|round|over) "
            r"(?:there|to you)\b"
        ),
    ),
    (
        "legal",
        _c(
            r"\blegal (?:insurance|cover|expenses|letter)\b|\bby a (?:judge|court|magistrate)\b|"
            r"\bserved (?:with )?(?:papers|a (?:claim|summons|writ))\b|\bsummons\b"
        ),
    ),
    (
        "report",
        _c(
            rf"\breport(?:ing|ed)? the (?:listing|shop|seller|account|store)\b|\bmake sure (?:the )?"
            rf"(?:{_PLATFORM}|{_AUTHORITY}) knows?\b"
        ),
    ),
    (
        "chargeback",
        _c(
            r"\b(?:payment|charge|transaction)s? (?:is |are |was |were |being |will be |has been |gets |get |got |"
            r"getting |'s been |goes )*"
            r"(?:disputed|reversed|charged back|contested)\b|\b(?:payment|card|bank) dispute\b"
        ),
    ),
    (
        "review",
        _c(
            r"\b(?:(?:1|one|0|zero|single|half)[- ]?stars?|bad|negative|terrible|scathing|awful|"
            r"horrible|damning|brutal|nasty) (?:google|trustpilot|amazon|ebay|etsy|yelp|facebook) "
            r"(?:review|rating|feedback)s?\b|\b(?:everyone|everybody|people) on (?:twitter|facebook|"
            r"instagram|tiktok|reddit|youtube|trustpilot|google|yelp|mumsnet|social media)\b"
            r"[^.!?\n]{0,30}\b(?:knows|hears|sees|finds out|will know|will hear)\b|\breviews? (?:are|"
            r"is|will) (?:about to |going to |gonna )?(?:take a hit|tank|suffer|drop)\b|\bnaming "
            r"and shaming\b"
        ),
    ),
    (
        "violence",
        _c(
            r"\b(?:giv(?:e|ing)|get) (?:you|u) a (?:proper |good |right |real )?(?:slap|smack|punch|kicking|beating|hiding|"
            r"thump)\b|\b(?:get|gets|getting|got|give|giving) (?:a |the )?(?:beating|kicking|hiding|"
            r"thumping|pasting|good hiding)\b|\b(?:you|u)(?:'d| had)? better (?:watch out|watch yourself|"
            r"hide|run|sleep with one eye open|look over your shoulder)\b|\bset fire to (?:your|ur)\b|\b(?:find|hunt) (?:you|u) (?:down|and)\b|"
            r"\b(?:someone|somebody|you|people) (?:is |are )?(?:going to|gonna|will) get hurt\b|"
            r"\bwring (?:the|your|his|her) neck\b(?! of (?:this|that|my) )"
        ),
    ),
    # Third revision: word classes rather than phrases (see docs/triage.md).
    (
        "legal",
        _c(
            r"\b(?:barristers?|paralegals?|law ?firms?|no win,? no fee|legal(?:ly)? (?:remed\w+|"
            r"options|avenues|recourse|rep\w*|counsel|firm|notice|route|means|process)|"
            r"money claim online|mcol|letters? (?:before|of) (?:action|claim)|(?:fil|bring|start|launch|"
            r"issu)\w* (?:a )?(?:law)?suit|(?:issu|start|begin|bring)\w* (?:legal |court )?proceedings|"
            r"(?<!be )(?:a|the|small claims|county court|any|district|circuit|high court) judge|magistrates'? court|(?:getting|get|be|being) "
            r"sued|small claims court|court summons|(?:my|our) (?:lawyer|attorney|solicitor|barrister)s?)\b|"
            r"\b(?:heading|head|headed|going|go|goes|end up|ending up|end|ends)(?: up)? (?:for|to|in) (?:the )?"
            r"courts?\b|\blet (?:a|the) (?:judge|courts?|magistrates?) decide\b"
        ),
    ),
    (
        "report",
        _c(
            r"\b(?:get|getting|have|having|see|seeing|make sure|ensure)(?: that)? (?:you|u|ya|your|ur|this "
            r"(?:shop|seller|company|store|listing|account)|the (?:shop|seller|listing|account))(?: \w+){0,2} "
            r"(?:shut down|closed down|suspended|banned|taken down|removed|delisted|kicked off|struck "
            r"off|deactivated|blocked|investigated|closed|looked (?:at|into))\b"
        ),
    ),
    (
        "report",
        _c(
            rf"\b(?:{_PLATFORM}|{_AUTHORITY})[^.!?\n]{{0,30}}\b(?:will|'ll|would|is going to|are going "
            r"to|r going to|r gonna|gonna|needs? to|should|is about to|are about to|can|might|may)(?: \w+)? (?:hear|know|be "
            r"(?:very |really |most )?interested|love|be told|learn|find out|be hearing|be getting|be informed|investigate|"
            r"want to (?:see|know|hear)|feel about)\b"
        ),
    ),
    (
        "report",
        _c(
            rf"\b(?:{_AUTHORITY}|{_PLATFORM})(?: support| customer service| team)?\b[^.!?\n]{{0,25}}\b(?:"
            r"(?:are|is|r|will be|'ll be|getting|get|be)(?: now| being| getting| soon)* (?:involved|informed|"
            r"notified|told|made aware)|(?:getting|get|receiv\w*|will have) (?:a |an |my )?(?:\w+ )?(?:report|"
            r"complaint|letter|email) from me)\b"
        ),
    ),
    (
        "report",
        _c(
            rf"\b(?:log|lodg|fil|submit|rais|register|report|complain|escalat|flag|contact|call|ring|"
            # (Round 13: not a glitch, bug or fault of the platform's own site reported to it.)
            rf"phon|email|writ|notif|alert|inform|reach)\w*{_R13_SITE_FAULT}(?: \w+){{0,4}} "
            rf"(?:to|with|w|at|through|via) (?:the )?"
            rf"(?:{_AUTHORITY}|{_PLATFORM})\b|\b(?:call|ring|phon)\w* (?:the )?(?:police|cops)\b|"
            r"\b(?:once|when|after|as soon as) (?:i|we) (?:report|flag)\b"
        ),
    ),
    (
        "chargeback",
        _c(
            rf"\b(?:hear|hearing|heard) from (?:my|the) {_MONEY_ANY}\b|\b{_MONEY_ANY}\b[^.!?\n]{{0,25}}"
            r"\b(?:will|'ll|can|is going to|are going to|gonna|would|are|is|'s|r|'re|has|have|already)(?: be| now| already)? (?:in touch|deal\w*|"
            r"sort\w*|contact\w*|claim\w*|revers\w*|pull\w*|recover\w*|handl\w*|chas\w*|stop\w*|"
            r"block\w*|fight\w*|investigat\w*|disput\w*|claw\w*|yank\w*|withdraw\w*|step\w* in|"
            r"take (?:it|the money|the payment|back)|get (?:it|my money)|on it|on the case|referee\w*|"
            rf"(?:getting )?involved)\b{_R9_CARD_TROUBLE}"
        ),
    ),
    (
        "chargeback",
        _c(
            rf"\b(?:claim|dispute|chargeback|revers|pull|stop|block|recover|claw|report)\w*\b[^.!?\n]{{0,35}}\b(?:with|"
            rf"through|via|off|from|by|to|on|w) {_MONEY_ANY}\b|"
            # Round 10 (dev25): a refund sent "to" the card or PayPal is the seller's refund arriving.
            rf"\b(?:refund|money back|request)\w*\b[^.!?\n]{{0,35}}\b(?:with|through|via|off|from|by) {_MONEY_ANY}\b|"
            rf"\b(?:go|goes|going|went|talk\w*|speak\w*|contact\w*|report\w*|complain\w*|escalat\w*|"
            rf"rais\w*|tak\w*|took|put\w*)(?: (?:this|it|in a claim|a claim|a dispute|the (?:charge|payment|"
            rf"transaction)|the matter))? (?:to|with) {_MONEY_ANY}\b|\b(?:get|ask|have|let) "
            rf"{_MONEY_ANY} (?:to )?(?:revers|pull|stop|block|claw|refund|sort|deal|cancel|take)\w*|"
            r"\bsection 75\b|\bpull (?:the|this|my) (?:charge|payment)\b"
        ),
    ),
    (
        "review",
        _c(
            r"\b(?:1|one|0|zero|no|nil|a single)[- ]?(?:\*|stars?|⭐|★)(?!\w)(?! (?:hotel|general|service))"
        ),
    ),
    (
        "review",
        _c(
            rf"\b{_VENUE}\b[^.!?\n]{{0,25}}\b(?:will|'ll|would|is going to|are going to|gonna|is "
            r"about to|are about to|r going to|r gonna|shall)(?: \w+)? (?:know|hear|love|learn|find out|be told|be hearing|"
            r"be warned|get to know)\b|\b(?:everyone|everybody|every1|all my \w+|my (?:friends|"
            r"followers|family|mates|contacts|community|neighbours|\d+k? followers)|the (?:whole )?world|other (?:buyers|customers|"
            r"shoppers)|the whole (?:of )?\w+|the neighbours|the (?:mums|parents|dads)|every (?:\w+ )?(?:person|parent|mum|"
            r"customer|buyer|one))\b[^.!?\n]{0,20}\b(?:will|'ll|would|is going to|are going to|'s going to|'s gonna|r going to|"
            r"r gonna|r all going to|are all going to|gonna)(?: \w+)? (?:know|hear|be told|find out|learn|be warned|avoid|see|"
            r"be hearing)\b"
        ),
    ),
    (
        "review",
        _c(
            r"\b(?:tell|warn|let|inform|alert)(?:ting|ing|s|ed)?(?: to)? (?:everyone|everybody|the whole (?:\w+ )?of "
            r"\w+|the whole \w+|the world|all (?:of )?my (?:\w+ )?\w+|every \w+|my (?:followers|friends|mates|"
            r"family|community|neighbours|audience|subscribers)|other (?:buyers|customers|shoppers|people|purchasers|"
            r"parents)|the (?:\w+'? )?(?:group|page|forum|chat)|anyone (?:who|that)(?: will|'ll|'?ll)? "
            r"listens?)\b|\bwarn(?:ing)? (?:people|others|folks)\b|\bmake sure (?:nobody|no one|no-one) "
            r"(?:else )?(?:buys|orders|shops|uses|trusts)\b|\b(?:your|ur) (?:reputation|rep|name|ratings?|"
            r"reviews?)\b[^.!?\n]{0,20}\b(?:toast|ruined|destroyed|finished|in tatters|mud|tank\w*|"
            r"trashed|going down|suffer|take a hit)\b|\b(?:expect|get|getting|leav\w*|writ\w*|post\w*)(?: you)? "
            r"(?:a|an|my)(?: very| brutally| completely| totally| 100%)? honest (?:review|feedback|rating|"
            r"write-?up)\b|\btag(?:ging)? (?:you|u|your|ur)\b(?![^.!?\n]{0,40}\b(?:when i|once i|of the|of my|in my (?:\w+ )?(?:post|photo|pic|video|"
            r"unboxing|story) of|so (?:people|others) can (?:find|buy))\b)|\bshar\w*(?: \w+){0,3} with (?:everyone|"
            r"everybody|all (?:of )?my \w+|my (?:followers|subscribers|audience|community))\b"
        ),
    ),
    (
        "review",
        _c(
            rf"(?<!the )(?<!a )(?<!your )(?<!\bur )(?<!that )(?<!this )(?<!it )(?<!was )\b(?:post|share|put|writ|tweet|"
            rf"blast|plaster|spread|expos|rant|upload)\w*\b(?: \w+){{0,2}}? (?:this|it|you|u|your|ur|about|the|"
            rf"screenshots?|pictures?|photos?|pics|everything|my|evidence|proof|receipts|videos?|a (?:review|"
            rf"video|post|thread))\b"
            rf"(?! (?:it|this|them) (?:back|in the post))[^.!?\n]{{0,40}}\b(?:on|in|to|across|all over|onto)"
            rf"(?: the| every| my| our| a| all| loads of)?(?: local| whole| \w+)? {_VENUE}\b|\b(?:make|"
            r"making|do|doing|film|filming|record|recording|put|putting) (?:up )?(?:a|an)(?: \w+)? "
            r"(?:video|post|thread|tiktok|reel|blog(?: post)?|article) (?:about|on|of) (?:you|u|your|ur|"
            r"this|the (?:shop|seller|company)|how)\b|\b(?:going|goes|go) (?:up )?(?:on|onto) (?:the |every |my )?(?:\w+ )?"
            rf"{_VENUE}\b"
        ),
    ),
    (
        "violence",
        _c(
            r"\b(?:smash|slash|wreck|trash|burn|torch|key|vandali[sz]e|break|rip|kick|punch|batter|stab|"
            r"beat|knock|tear|bash|brick|egg|cave)\w*(?: in| down| up| off)? (?:your|ur|yer|the owner'?s|"
            r"his|her)(?: \w+){0,2} (?:windows?|tyres?|tires?|car|van|shop|store|unit|workshop|house|home|"
            r"door|face|head|teeth|legs?|arms?|neck|nose|jaw|block|lights|premises|office|warehouse|"
            r"kneecaps?|skull)\b|\bput (?:you|u|ya|him|her|them) (?:in|into|six feet) (?:hospital|the "
            r"hospital|a wheelchair|the ground|an early grave|your grave|a coffin|intensive care|under)\b|"
            r"\b(?:waiting|wait|be) (?:outside|for (?:you|u) outside) (?:your|ur|yours)\b(?![^.!?\n]{0,30}\b(?:for (?:my |the |an? )?"
            r"(?:click|collect\w*|order|parcel|pick ?up)|to (?:collect|pick|open)))|\bpay(?:ing)? "
            r"(?:your|ur|you|u)(?: \w+)? a (?:little )?visit\b|\block (?:your|ur) doors?\b|\bteach "
            r"(?:you|u|ya|him|her|them) a lesson\b|\b(?:driv|head|com|walk)\w* (?:round|over) to yours\b|"
            r"\baddress\b[^.!?\n]{0,40}\b(?:see (?:you|u) soon|coming for (?:you|u)|on my way)\b"
        ),
    ),
    # Sixth revision: classes and constructions from dev5/dev6 (see docs/triage.md).
    *_each(
        "legal",
        (
            rf"\b(?:off|going|heading|headed|taking (?:you|u|ya|ye|it|this|them)|see (?:you|u|ya|ye) at|straight)"
            rf"(?: to| tae| in front of)? {_COURT}\b(?! (?:for work|all day|reporter))|\b(?:explain|justify|tell)\w* "
            rf"(?:that|it|this|yourself|yourselves|yersel\w*) (?:to|tae|in front of) {_COURT}\b|\bin front of "
            rf"(?:a|the) (?:judge|tribunal|court|magistrate|sheriff)\b|\b{_COURT_LEAD}(?:'s)? (?:it is|then|next|"
            rf"say so|decide|(?:will|won'?t|would|wouldn'?t|can|'ll) (?:care|agree|see|side|like|think|decide|"
            r"explain|want|look))\b|\b(?:it's|its|it is) (?:the |a )?courts? then\b"
        ),
    ),
    *_each(
        "legal",
        (
            r"\b(?:statement of claim|particulars of claim|(?:court|money|online money|n1|small claims) claim form|"
            r"claim form (?:goes|going|is going|went) in|court (?:fees?|forms?|papers|date|hearing)|simple procedure|"
            r"address for service|hearing date|lba|letters? before action|legal (?:office|consequences|aid)|lawful "
            r"action|advogado|abogado|avocat|anwalt|rechtsanwalt|advokat|lawyer(?:ing|ed|s)? up|atty(?:'s)?|"
            r"defendant|process (?:you|u|ya)|(?:in|to) (?:the )?justice|(?:bring|take|taking|bringing) (?:this|it) "
            r"to legal|fil\w* (?:a )?(?:case|suit|lawsuit|claim) against|breach of contract)\b|\bsol(?:'s| is| has)\b|"
            r"\b(?:claim|proceedings|papers|summons|writ)(?: \w+){0,2} (?:(?:been |was |were |are |is |being )?"
            r"(?:issued|served)|will follow|(?:are )?on (?:their|its) way)\b|\b(?:you|u|ya|ye)(?:'ll| will)? "
            r"(?:be|get) served\b|\bready to be served\b|(?:(?<=i'm )|(?<=im )|(?<=am ))\bfiling(?=\s*[.!]|\s*$)|"
            r"\bfil(?:ed|ing|e) (?:at|with|in) (?:the )?(?:\w+ ){0,2}(?:court|tribunal)\b|\bhave a (?:court|judge) "
            r"(?:say|decide|rule)\b"
        ),
    ),
    *_each(
        "report",
        (
            rf"\b(?:{_AUTHORITY}|{_PLATFORM})(?:'s (?:\w+ ){{0,2}}?(?:team|office|officer|department))?"
            r"(?:'s| is| are| r| will| has| have| 've| will be| 'll be| is going to| are going to| might)?"
            r"(?: now| already| soon)? (?:getting|gets|get|got|has|have|having|receiving|be getting) (?:a |an |my |"
            r"the |this |all |every |some |full |copies |photos )?(?:\w+ ){0,3}?(?:complaint|report|file|call|letter|"
            r"email|tip(?:-off)?|copy|screenshots?|photos|details|evidence|chain|thread|messages|emails|everything|"
            r"of this|of it|dossier|story|statement)\b"
        ),
    ),
    *_each(
        "report",
        (
            rf"{_TO_AGENCY}|\b(?:inform|report|tell|notify|alert|tip)\w*(?: \w+){{0,2}} "
            r"(?:customs|the council|hmrc|the tax (?:office|man))\b(?! (?:charges?|fees?|forms?))|"
            rf"\bapproach\w* (?:the )?{_AUTHORITY}\b|\bgo (?:to|through) (?:the )?(?:{_AGENCY}|{_AUTHORITY})\b(?! (?:tax|charges?|fees?|forms?|clearance))|"
            rf"\b(?:call|ring|phon|contact)\w* (?:the )?(?:101|999|911|ncc|(?:local )?council about (?:you|u|your|ur|this))\b"
        ),
    ),
    *_each(
        "report",
        (
            rf"\b(?:{_AUTHORITY})(?:[.,:]| and| \+| &| both| of em| of them)*(?: {_AUTHORITY})?(?:,? both of "
            r"(?:em|them),?)?(?: it is| next| today| tonight| tomorrow| first thing| now)\b|\bnext stop"
            rf"(?: for (?:this|you))?(?: is|:|,)? (?:the |my |our )?(?:local |state |county |city )?(?:{_AUTHORITY}|{_PLATFORM})\b|\b(?:{_AUTHORITY}|council)"
            r"(?:'s| has| have|'ve| is| are)? (?:now )?been (?:told|informed|notified|contacted|called|alerted|sent)\b|"
            rf"\b{_AUTHORITY} (?:complaint |online |report |complaints )?(?:form|website|portal)\b|\b(?:ts|a2z) "
            r"(?:complaint|claim)\b|\breport (?:sent|filed|lodged|submitted|made|done)\b|\bconsider "
            r"(?:yourself|yourselves|you|u|your (?:\w+ )?) reported\b|(?<![a-z] )(?<![a-z],)\breported(?=[.!]*$)|"
            r"\bcrime (?:reference )?number\b|\bmp'?s? surgery\b|\b(?:making|made|giving|gave|given) (?:a|my) (?:\w+ )?statement (?:down|at|to) "
            r"(?:the )?(?:station|police|nick|cops)\b"
        ),
    ),
    *_each(
        "report",
        (
            rf"\blet(?:ting|s)? (?:the )?(?:{_AUTHORITY}|{_PLATFORM}) (?:have a look|look into|decide|deal|handle|"
            r"investigate|judge|see|step in|intervene|get involved|take (?:it|this) from here|know (?:exactly )?(?:how|about|what) (?:you|u|your|ur))\b|\bask\w* (?:the )?"
            rf"(?:{_AUTHORITY}|{_PLATFORM}) to (?:look into|investigate|review|remove|suspend|ban|close|check|"
            rf"step in)\b|\b(?:once|when|after) (?:the )?(?:{_AUTHORITY}|{_PLATFORM}) (?:reads?|sees?|hears? about|"
            rf"looks? at|gets? hold of|finds? out)\b|\b(?:{_AUTHORITY})\b[^.!?\n]{{0,25}}\b(?:will|'ll|are|is|r)"
            r"(?: be)? (?:asking|investigating|looking into|contact\w* (?:you|u)|in touch with (?:you|u)|passing it on)\b|"
            rf"\b{_AUTHORITY}\b[^\n]{{0,60}}?\b(?:i've|i have|i'm|im|i am|i'll|let's|guess i'll) (?:just )?(?:asked|"
            r"asking|sent|sending|told|telling|find out|found out|ask)(?: (?:them|it|out))?\b|\b(?:pass|passed|passing) "
            rf"(?:it|this|them) (?:on )?(?:straight )?to (?:the )?(?:{_AUTHORITY}|{_PLATFORM})\b"
        ),
    ),
    *_each(
        "chargeback",
        (
            r"\b(?:(?:dispute|chargeback|charge back|s75 claim|"
            r"section 75 claim|(?:buyer|purchase|card) protection claim))(?:'s| is| has| was| will be)?(?: been| now| "
            r"already| officially)* (?:open|opened|lodged|filed|raised|in|gone in|went in|going in|goes in|going ahead|"
            r"submitted|started|underway|on its way|live)\b|\b(?:disput(?:e|es)?|chargeback) (?:forms?|paperwork|button|option|"
            r"process)\b|\b(?:buyer|purchase|card|payment) protection (?:claim|case|dispute|it is)\b|\b(?:has|have|"
            r"got) (?:buyer|purchase|card) protection\b|\bput (?:the |this |my )?(?:charge|payment|transaction) "
            r"(?:in|into|under) dispute\b|\bput a stop on\b|\bstop (?:the|my|this) (?:cheque|check)\b|"
            r"\b(?:disput|contest)\w* (?:it|this)\b(?! (?:is|was|with (?:you|u)))|\bcb(?:'?ing|'?d) it\b|"
            r"\b(?:claim|get|getting|got)\w* (?:it|this|the money|the payment|my money) back (?:off|through|thru|via|on|"
            r"with|from) (?:my |the )(?:credit |debit )?(?:card|bank|card company)\b(?![^.!?\n]{0,40}\b(?:thank(?:s| "
            r"you| u)?\b(?! for nothing)|cheers|appreciate))"
        ),
    ),
    *_each(
        "chargeback",
        (
            rf"\b{_BANK_LEAD}(?:'s)?\b[^.!?\n]{{0,30}}\b(?:gets?|getting|have|has|got|receiv\w*)(?: got)?(?: a| the| my|"
            r" an)? (?:dispute|chargeback|claim|reklamac\w*)\b|"
            rf"\b{_BANK_LEAD}\b{_R9_CARD_TROUBLE}[^.!?\n]{{0,50}}?\b(?:i'm|im|i am|i'll|i will|i've|i have)(?: be| just| already)? "
            r"(?:using|filled|filling|rung|ringing|called|calling|asked|asking|told|telling)\b(?: (?:it|them|this|"
            rf"in))?|\b{_BANK_LEAD} on the (?:other )?(?:line|phone)\b|\b{_BANK_LEAD}(?:'s| has| have|'ve| is| are)? (?:now |"
            rf"already )?been (?:told|informed|notified|contacted|called)\b|\b{_BANK_LEAD} (?:can|will|'ll) referee\b|\b"
            rf"{_BANK_LEAD}(?:'s| is| are| will| will be| 'll| can| gonna| would|'ll be)?(?: \w+)? (?:pulls?|pulling|"
            r"revers\w*|claw\w*|disput\w*|yank\w*|recall\w*|takes? back|withdraw\w*|gets? involved)\b|"
            rf"\b{_BANK_LEAD}(?:'ll| will| would)(?: be)?(?: far| much| a lot)? (?:more helpful|interested|thrilled|"
            r"happy to hear|keen to hear|love to hear|hear (?:your|ur) side)\b|\b(?:go|goes|going|went) through "
            rf"{_MONEY_ANY}\b|\b(?:yank|claw|pull|take|withdraw|recover|snatch|grab)\w*(?: \w+){{0,3}} (?:back )?"
            r"(?:off|from) (?:you|u|ya)\b"
        ),
    ),
    *_each(
        "review",
        (
            r"\b(?:post|"
            r"review|video|vid|tweet|thread|story|reel|tiktok|write-?up|blog(?: post)?|rant|storytime)(?:'s| is| are|"
            r" will be)?(?: already| now| officially)? (?:up|live|posted|published|going (?:up|live)|goes (?:up|live)|"
            r"edited)\b|\b(?:review|feedback|rating)s? (?:left|posted|written|submitted|done)\b|\b(?:left|posted|"
            r"wrote|written|submitted) (?:my|a|the|an) (?!(?:lovely|glowing|great|good|positive|5|five|nice|fab\w*|brilliant|"
            r"amazing|wonderful|super)\b)(?:\w+ )?(?:review|feedback|rating)\b|\b(?:post|video|vid|tweet|thread|tiktok|reel|storytime|review|blog post|"
            r"story) (?:about|abt) (?:you|u|ur|your (?:shop|company|business|store|service|brand)|this "
            r"(?:shop|seller|company))\b|(?:(?<=is )|(?<='s )|(?<=are ))\bgetting (?:a|an) (?:\w+ )?(?:storytime|post|review|video|thread|"
            r"tiktok|write-?up)\b|\bpost\w* (?:the |all the |my |all )?screenshots\b|\bwarn\w* (?:them|the group|"
            r"members|the members) about (?:you|u|your|ur)\b|\brat(?:e|ing) (?:you|u|your|ur|this)\b[^.!?\n]{0,20}"
            r"\baccordingly\b|\bthumbnail(?:'s| is)? "
            r"(?:done|ready|made)\b"
        ),
    ),
    *_each(
        "review",
        (
            rf"(?<!\bthe )(?<!\ba )(?<!\byour )(?<!\bur )(?<!\bthat )(?<!\bthis )(?<!\bit )(?<!\bwas )(?<!\bmy )\b(?:post|posting|"
            rf"posted|writ\w*|wrote|shar\w*|screenshot\w*|rat(?:e|ing))(?: [\w']+){{0,3}}? (?:on|in|into|to|onto|round|"
            rf"around|for|across) (?:the |my |our |a |all |every |all the |loads of )?(?:[\w']+ ){{0,2}}?{_VENUE2}\b"
            r"(?! (?:number|address|for (?:you|u)))|\bhead\w* (?:to|over to|onto) "
            rf"{_REVIEW_SITE}\b|\b(?:sent|send\w*|forward\w*)(?: [\w']+){{0,3}}? (?:round|around|to) (?:the |every |all "
            r"|all the )?(?:[\w']+ ){0,2}?(?:whatsapp|group chats?|chats?|groups?)\b|\b"
            rf"{_VENUE2}\b(?: [\w']+){{0,4}}? (?:is |are |r |'s |will be )?(?:about to |going to )?(?:getting|gets|get) "
            r"(?:a |an |the |my |every |all |full )?(?:\w+ ){0,2}?(?:write-?up|thread|post|review|"
            r"message|storytime|piece of my mind|recommendation|screenshot\w*|video)\b"
        ),
    ),
    *_each(
        "review",
        (
            r"\b(?:your|ur|that|the)(?: \d(?:\.\d)?)?(?: \w+)? (?:reputation|rating|score|average|feedback|"
            r"page|stars|reviews|listing)\b[^.!?\n]{0,25}\b(?:about to|won'?t (?:survive|last)|while it lasts|going to "
            r"(?:drop|change|tank|suffer)|take a hit|getting a piece)|\bwon'?t survive me\b|\b(?:going|go|goes) "
            r"public\b|\bon blast\b|\b(?:going|gone) viral\b|\bviral written\b|\bword of mouth works\b|\bword "
            r"(?:travels|gets (?:a)?round|spreads)\b|\b(?:customers|people|buyers|others|they|everyone|public|"
            r"members|parents|shoppers)(?: there| here)? (?:deserve|need|ought|have a right|should)(?: to)? know\b|\b(?:future|potential|"
            r"prospective|other|new) (?:customers|buyers|clients|shoppers|purchasers)\b[^.!?\n]{0,25}\b(?:will|"
            r"would|'ll|deserve|need|should)\b|\b(?:have|got) (?:quite |such )?a (?:big |large |huge |decent |"
            r"massive |sizeable )?following\b|\b(?:group|page|forum|chat|community|whatsapp)\b[^.!?\n]{0,30}\b\d+(?:,\d+)?k? members\b|\b(?:stitch|duet)\w* (?:your|ur) "
            r"(?:ad|video|post|tiktok|advert|reel)\b|\b(?:duet|stitch|review|post|thread|video) incoming\b"
        ),
    ),
    *_each(
        "review",
        (
            rf"\b(?:tell|warn|let|inform|alert|sure)\w*(?: to)? {_AUDIENCE}\b[^.!?\n]{{0,30}}\b(?:know|knows|hear|"
            r"about|what|how)\b|\bso (?:that )?"
            rf"{_AUDIENCE}(?: \w+){{0,4}} (?:knows|hears|sees|finds out)\b|\b{_AUDIENCE}(?:'s| is| are|'re| r)"
            r"(?: all)? (?:going to|gonna|about to) (?:know|hear|see|find out)\b|\b(?:my|our) (?:\d+k? |\d+,\d+ )?"
            r"(?:\w+ )?(?:followers|subscribers|audience|viewers|readers|fans)\b[^.!?\n]{0,30}\b(?:hear|know|see|"
            r"love|read|find out|get it|deserve)\b|\bowe my (?:followers|audience|subscribers|viewers)\b|"
            r"\b(?:you|u|your \w+)(?:'ll| will) be the (?:main )?(?:topic|talk)\b|\b(?:going to|gonna|will|ll) "
            r"see my (?:\w+ )?(?:review|post|thread|video|tiktok|write-?up)\b|\bsees? my (?:\w+ )?(?:review|post) "
            r"first\b|\bafter reading my (?:review|post|thread)\b|\blet my (?:\w+ )?(?:review|post|video|feedback|"
            r"rating|thread)s? (?:do the talking|speak)\b|\bshar\w* (?:my|the|our) (?:whole |full |honest )?"
            r"(?:experience|story)\b|\b(?:can'?t wait|looking forward) to (?:writ|post|leav)\w* (?:my|a|the|this) "
            r"(?:\w+ )?review\b|\bmake (?:a )?(?:great|good|brilliant|perfect|fun|cracking) (?:tiktok|video|post|"
            r"thread|storytime|reel)\b|\bexpect (?:a|an|my)(?! (?:glowing|great|good|positive|lovely|5|five)\b)"
            r"(?: \w+){0,2}? (?:review|tiktok|video|post|thread|write-?up|rating|feedback)\b|\b(?:feedback|review|"
            rf"rating)\W{{1,3}}(?:negative|neg|one star|1 star)\b|\b{_REVIEW_SITE}(?:[.,]| time| it is| next)* "
            r"(?:time|tonight|today|next|it is|after this)\b|\bcheck (?:your |ur )?(?:\w+ )?"
            rf"{_REVIEW_SITE}(?: \w+)? (?:tomorrow|tonight|later|soon|in the morning)\b|\b(?:look|read|sound)s? (?:on|"
            rf"in) (?:the )?(?:\w+ )?{_VENUE}\b|\bgiv\w* (?:a|an|my)(?: \w+){{0,4}} (?:on|to) {_REVIEW_SITE}\b|"
            rf"\b{_VENUE}\b[^.!?\n]{{0,30}}\beverywhere\b|\bsaving (?:all|every)(?: \w+){{0,2}} for {_VENUE}\b"
        ),
    ),
    *_each(
        "violence",
        (
            r"\bbe a (?:real )?shame if (?:anything|something|owt|one)\b|"
            r"\bwouldn'?t want (?:anything|anyone|something|owt|anybody)(?: \w+)? (?:to happen|happen\w*|getting hurt|"
            r"to get hurt)\b|\baccidents (?:happen|can happen) to\b|\bhad accidents for less\b|\bsleep with one eye "
            r"open\b|\blooking over my shoulder if i (?:were|was) (?:you|u)\b|\b(?:you|u|ya|ye)(?:'ll| will|)? ?(?:won'?t|"
            r"will not|never) see me coming\b|\bbe careful (?:locking up|walking (?:home|to)|driving home|tonight|"
            r"out there|when you leave)\b|\b(?:you|u|ya|ye)(?:'ll| will)? get (?:what'?s coming(?: to (?:you|u|ya))?|"
            r"yours)\b|\bwhat goes (?:a)?round comes (?:a)?round\b[^.!?\n]{0,40}\b(?:i'll|me)\b|\b(?:watch|mind) "
            rf"(?:yer|your|ur|his|her) back\b{_R13_LIFTING}|"
            r"\bwatch (?:himself|herself|yourself|yersel|it) (?:next time|or)\b|"
            r"\b(?:had|better|best) (?:better )?(?:hope|pray)\b(?:,? \w+,?)?(?: (?:to )?god)?(?: that)? (?:i|we|our paths|"
            r"me and (?:you|u)|(?:you|u) and (?:i|me))(?: \w+)? (?:never|don'?t|dont|do not|won'?t|wont|will never|shan'?t)(?: ever)? "
            r"(?:(?:show|turn) up\b(?! (?:late|early|with (?:the|a|my) "
            r"(?:parcel|order|receipt)))|(?:find|meet|see|come across|run into|bump into|catch|cross paths with|get (?:hold of|my hands on)) "
            r"(?:you|u|ya|ye|yous|youse|him|her|them|whoever|(?:your|ur|yer) (?:\w+ )?(?:house|home|shop|store|warehouse|unit|address|place|"
            r"premises|van|car|office|family|kids|wife|husband))\b|find out where (?:you|u|ya|ye) (?:live|are|work)\b|(?:meet|end up|are|be|"
            r"come) (?:face to face|in the same room|in person|alone)\b|(?:meet|cross(?: paths)?|see each other|run into each other)"
            r"(?=\s*(?:[.!,;]|$|\W*$)))|"
            r"\bnot someone (?:you|u) want to (?:upset|cross|mess with|meet)\b|\bregret it,? and not just "
            r"financially\b|\bneeded stitches\b|\bdone time\b|\beat\w* (?:your |ur |yer |his |her |their )?(?:\w+ )?"
            r"(?:through|thru|from|with) (?:a )?straws?\b|\b(?:you|u|ya|ye)(?:'ll| will|ll|l|'re going to| are going to|'re gonna| r gonna)? "
            r"(?:be )?(?:drinking|sipping|living|sucking) (?:\w+ )?(?:through|thru|from|off|on) (?:a )?straws?\b|\bmy fist in (?:your|ur) "
            r"face\b|\bwith (?:the|my|these) hands\b|\bone punch\b|\bhow (?:brave|tough|hard|big) (?:will|would) "
            r"(?:you|u) be\b|\bsee how (?:brave|tough|hard|big) (?:you|u)\b|\bwhat do (?:you|u) think happens when "
            r"i (?:find|see|catch|meet)\b|\bsay (?:that|it|this) to my face\b|\bpull up on (?:you|u|ya)\b|"
            r"\b(?:want|wants) (?:the )?smoke\b|\b(?:you|u)(?:'re| are| r|re|r) (?:so |fucking |f\w+ )?dead\b(?! "
            r"(?:right|wrong|on|set|serious|slow|easy|to me|good))|\b(?:you're|ur|youre) a dead (?:man|woman)\b"
        ),
    ),
    *_each(
        "violence",
        (
            r"\bcoming for (?:you|u|ya|ye|him|her|them|your|ur|whoever)\b(?! (?:at|to collect|with (?:the|your)))|\b(?:just )?wait "
            r"(?:till|until|til|'til) (?:i|we) (?:see|catch|find|get (?:hold of|my hands on)|meet) (?:you|u|ya|ye|him|"
            r"her|them|whoever|your \w+)\b|\bcatch (?:you|u|ya|ye) (?:outside|in person|alone|on your own)\b|\bsort "
            r"(?:you|u|ya|ye|yous|youse|him|her) out\b(?! with)|\b(?:he|hes|he's|she|shes|she's|you|u|ya|ye|yer|yous|youse|youre|they|"
            r"someone|somebody|whoever(?: \w+){1,3})(?:'ll|ll| will| is| are| r|'s|'re| gon| gonna| going to| is going to| are going to|"
            r" is gonna| are gonna|'re going to|'re gonna|re going to)?(?: be)? "
            r"(?:get|gets|getting|gettin'?) (?:battered|hurt|hit|smacked|slapped|punched|decked|leathered|stabbed|glassed|done "
            r"in|a sore face|a doin\w*|a slap|a smack|a punch|a kicking|a beating|a hiding|(?:his|her|their|your|ur|yer|the) "
            r"(?:head|heid|face|teeth|lights|skull) (?:kicked|smashed|knocked|caved|punched|bashed|put|stoved) in)\b|"
            r"\b(?:staff|driver|owner|packer|courier)\b[^.!?\n]{0,20}\b(?:is getting|gets|will get|'ll get) (?:a "
            r"slap|a smack|a punch|a kicking|a beating|a hiding|battered|hurt)\b|\b(?:gie|give) (?:ye|you|u) a "
            r"doin\w*\b|\bmake (?:you|u|ya|ye) suffer\b|\bwait\w* for (?:you|u|him|her|them|ya|ye) outside\b|"
            r"\bknow (?:when|what time) (?:you|u|ya) (?:lock up|leave|finish|walk home|park|drink)\b|\bknow which "
            r"(?:pub|gym|school|street|house|car|bar|club) (?:you|u|your)\b|\b(?:don'?t|dont|do not) know where "
            r"(?:you|u|ya) (?:are|r|live)(?: yet)?,? (?:but )?(?:i will|i'll|yet)\b|\bfound (?:your|ur) (?:house|"
            r"home|address|car|family)\b|\b(?:bat|knife|blade|crowbar|hammer|gun|"
            r"machete) in my (?:truck|car|van|boot|pocket|bag|hand)\b"
        ),
    ),
    # Round 12 (dev40, second pass): veiled violence with no violent verb: a member of staff traced
    # ("I know where she works", "I know what he looks like", "worked out which town she lives
    # in"), the seller's lot foretold ("you'll get what's coming to you"), prison shrugged off
    # ("not afraid of prison"), payment "not with money", a meeting to "settle this in person", a
    # manner "you will not appreciate", luck that "we're not in the same room", "nothing to lose"
    # as a warning, care urged "when leaving your premises", and the seller's property as fragile
    # ("very breakable", "how easily a shopfront can be damaged", "I'd hate for it to get
    # scratched", "would go up pretty quick", "with all the tables kicked over", "lovely
    # paintwork. For now"). Negated, asked and joking uses are dropped by ``Guards``.
    *_each(
        "violence",
        (
            r"\bi know (?:where|what) (?:she|he|they) (?:works?|lives?|looks? like|parks?)\b|\b(?:worked|found|figured) "
            r"out (?:which|what|where) (?:\w+ )?(?:she|he|they) (?:lives?|works?)\b|\b(?:get|gets|getting) (?:what'?s|"
            r"whats|what is) coming to (?:you|u|ya|ye|them|him|her)\b|\b(?:not|never|nt) (?:scared|afraid|frightened) of "
            r"(?:going to |doing )?(?:jail|prison|gaol|time inside)\b|\bpay for (?:this|it|that),? (?:and )?not (?:with|in) "
            r"(?:money|cash)\b|\bsettle (?:this|it|things|the matter|this matter)(?: matter)? (?:in person|face to face|"
            r"outside|man to man)\b|\bin a (?:manner|way) (?:you|u) (?:will not|won'?t|wont|will|'ll) (?:not )?"
            r"(?:appreciate|like|enjoy|forget)\b|\b(?:lucky|good thing|just as well) (?:for (?:you|u) )?(?:we're|were|"
            r"we are|i'm|im|i am) not (?:in the same room|face to face|near (?:you|u))\b|\bnothing (?:left )?to lose\W+"
            r"(?:remember that|just saying|think about (?:it|that))\b|\btake (?:great |extra |real )?care (?:when|while) "
            r"(?:leaving|locking up|walking|closing)\b|\bvery (?:breakable|flammable)\b|"
            r"\bhow easily (?:a|an|your|ur|the) (?:\w+ )?(?:can (?:be|get) )?(?:damaged|broken|smashed|burn\w*)\b|"
            r"\bhate for (?:it|them|anything|something) to (?:get |be )?(?:scratched|damaged|broken|"
            r"smashed|keyed|burnt|burned)\b|\bwould go up (?:pretty |really |so |very )?(?:quick|quickly|fast|easy|"
            r"easily)\b|\bwith all the (?:\w+ )?(?:tables|shel(?:f|ve)s|stock|displays?|windows?) (?:kicked over|"
            r"smashed|broken|on the floor)\b|\b(?:lovely|nice|beautiful|shiny) (?:\w+ )?(?:paintwork|windows?|"
            r"shopfront|van|car|shop)(?: \w+)?\W+for now\b"
        ),
    ),
    *_each(
        "violence",
        (
            rf"\b(?:smash|slash|wreck|trash|burn|torch|vandali[sz]e|break|rip|kick|batter|tear|bash|brick|cave|snap|"
            rf"flatten|burst)\w*(?: in| down| up| off)? (?:every|all (?:the|your|ur)|the|your|ur|yer)"
            rf"(?: [\w']+){{0,2}}? {_PROPERTY}\b(?! (?:prices?|sale|policy|website|listing))|\bsnap (?:your|ur|yer) "
            r"fingers\b|\b(?:your|ur|yer)(?: \w+)? (?:windows?|tyres?|tires?|van|car|shop|stock|warehouse|unit|"
            r"place|business|house|door)(?:'s| is| are| r)?\b[^.!?\n]{0,20}\b(?:are next|is next|won'?t (?:last|"
            r"survive|have (?:tyres|windows|a)|be standing)|would (?:make a (?:\w+ )?bonfire|go up)|go(?:es)? up "
            r"(?:nicely|in flames|in smoke)|(?:is|'s) gone|will burn)\b|\b(?:your|ur|yer)(?: \w+)? "
            rf"{_PROPERTY}(?:'s)?\b(?=[^\n]{{0,30}}(?:\U0001f9f1|\U0001f52a|\U0001f4a5|\U0001f44a|\U0001f4a3|"
            r"\U0001fa93|\U0001f52b|\U0001f3da))|\bwindows?\b(?= ?(?:\U0001f9f1|\U0001f4a5))|\bsee (?:you|u|ya) "
            r"soon\b(?= ?(?:\S ?)?(?:\U0001f525|\U0001f52a|\U0001f44a|\U0001f9f1|\U0001f528|\U0001fa93|\U0001f52b))|\b(?:just saying|see (?:you|u|ya) at)\b(?<="
            r"\U0001f52a just saying)|\b(?:insurance covers? fire|one match and|bit of petrol|got matches)\b|\b(?:you|u|ye)"
            r"(?:'ll| will) be need\w* (?:a )?new (?:shopfront|windows?|door|van|tyres|face|teeth)\b|\b(?:your|ur) "
            r"(?:\w+ )?(?:windows?|teeth|lights|head|face) (?:put|kicked|smashed|knocked|caved|bashed|punched) in\b|"
            r"\b(?:brick|rock|stone|stock|something|petrol|firework)s? (?:is |are |will )?(?:going |go |coming |"
            r"come )?through (?:the|your|ur) (?:\w+ )?windows?\b|\bnext (?:thing|one) through (?:it|your|ur|the)\b|\b(?:every|all)(?: \w+)? (?:displays?|shel(?:f|ves)|windows?|"
            r"things?)\b[^.!?\n]{0,25}\bon the floor\b|\b(?:minutes|mins|miles) (?:away )?from me\b[^.!?\n]{0,25}\b(?:i'll "
            r"be there|i'll be round|see (?:you|u))\b|(?<=\U0001f44a )\bsee (?:you|u|ya)\b|"
            r"\b(?:wreck|trash|smash|destroy)\w* (?:every|all the|the (?:whole )?(?:place|shop|showroom|store|"
            r"unit|office))\b"
        ),
    ),
    *_each(
        "violence",
        (
            rf"\b{_CREW}\b[^.!?\n]{{0,45}}\b(?:will|'ll|are|r|is|'re)(?: be)? (?:round|coming (?:down|round|over)|"
            r"come (?:round|down|over|to visit)|visit\w*|paying)\b(?! to (?:pick|collect))|\b"
            rf"{_CREW}\b[^.!?\n]{{0,40}}\b(?:love a word|sort (?:this|it|you|u)|asking for (?:your|ur) address|the "
            r"old-fashioned way|not gentle)\b|\b(?:told|give|giving|gave|tell) (?:my|the) (?:brother|lads|boys|mates|"
            r"cousins?|brothers)\b[^.!?\n]{0,30}\b(?:where|address)\b|\b(?:coming|come|comin|turning up|turn up|showing up|show up|popping in|"
            r"pop in|be at (?:your|ur))\b[^\n]{0,60}?\b(?:won'?t be there to talk|not (?:coming|there) (?:for a chat|to talk|to chat|to shop)|"
            r"won'?t (?:be buying|like it)|with (?:a few |some |my )?(?:mates|lads|boys|brothers|cousins)|see how "
            r"(?:brave|tough|hard)|hurt (?:somebody|someone|you|u)|break\w* things|sort (?:you|u) out)\b|\bexpect me "
            r"(?:at|round|outside) (?:the|your|ur) (?:door|doorstep|shop|house|unit)\b[^\n]{0,40}\bnot coming for\b|"
            rf"\baddress\b[^\n]{{0,50}}\b(?:i'?ve kept it|written it down|in my phone|giving it to them|coming round|"
            r"coming over|i'll be knocking|be knocking)\b|\bbe knocking on (?:it|your|ur)\b(?![^.!?\n]{0,30}\b(?:again|for (?:the|your|more|another)|to "
            r"(?:buy|order|pick|collect))\b)|\b(?:if|when) i (?:had|get|"
            r"got|find) (?:your|ur) address\b|\b(?:you|u) (?:don'?t|dont|do not) want me (?:turning|showing|coming)"
            r"\b|\b(?:if i|when i|if i ever|if a|if ah|when ah) (?:ever )?(?:come across|see|meet|catch|find|(?:lay|set|clap) eyes on|"
            r"get (?:my hands on|hold of)|run into|bump into) (?:you|u|ya|ye|yous|youse|whoever)\b"
            r"[^.!?\n]{0,60}\b(?:floor|ground|hurt|sorry|battered|regret|flatten|teeth|hospital|doctor|dentist|ambulance|straw)\b|\b(?:you|u)(?:'ll| will) be sorry when i "
            # Round 12 (dev37): "... when I turn up at your unit", "when I come round".
            r"(?:find|see|catch|get|turn up|show up|come|arrive|visit|walk in)\b"
        ),
    ),
    *_each(
        "violence",
        (
            r"\b(?:flatten|burst|leather|kneecap|glass|skelp|deck|lamp|batter|smack)\w* (?:you|u|ya|ye|yez|youse|"
            r"him|her|somebody|someone)\b(?! (?:with|back|a (?:message|line|text|email)))"
        ),
    ),
    *_each(
        "chargeback",
        (
            rf"\b(?:go|goes|going|went|talk\w*|speak\w*|contact\w*|report\w*|complain\w*|escalat\w*|rais\w*|"
            rf"tak\w*|took|put\w*|claim\w*|disput\w*)(?: (?:this|it|in a claim|a claim|a dispute|the matter))? "
            rf"(?:to|with|through|via) (?:my |the )?{_BNPL}\b|\b{_BNPL}\b[^.!?\n]{{0,25}}\b(?:will|'ll|can|is|"
            r"are|'s|r|'re|has|have)(?: be| now| already)? (?:in touch|deal\w*|sort\w*|claim\w*|revers\w*|pull\w*|"
            r"recover\w*|handl\w*|chas\w*|stop\w*|block\w*|disput\w*|claw\w*|told|take (?:it|back))\b"
        ),
    ),
    *_each(
        "chargeback",
        (
            rf"\b(?:get|ask|have|let)\w* (?:my |the |our )?{_BANK_LEAD} (?:to )?(?:revers|pull|stop|block|claw|"
            r"refund|sort|deal|cancel|take|withdraw|yank|recall|handle|decide|referee|have the conversation|be the "
            rf"judge|step in|dispute)\w*|\b(?:reklam|reclam)\w*[^.!?\n]{{0,25}}\b(?:with|in|to|through) (?:my |the )?"
            rf"{_BANK_LEAD}\b"
        ),
    ),
    *_each(
        "report",
        (
            r"\b(?:writ|contact|email|cop(?:y|ied)|ring|call|phon|tell|inform|complain|report|goes|went|going|"
            r"messag|tak|took|send|sent|forward)\w*(?: \w+){0,3}? (?:to |with |on )?(?:my|our|the|your) (?:local |"
            r"state )?(?:mp|councillor|congress(?:man|woman|person)|senator|assembly ?(?:man|woman|member))\b|"
            r"\b(?:mp|councillor|congress(?:man|woman|person)|senator)(?:'s \w+)?\b[^.!?\n]{0,25}\b(?:is getting|"
            r"gets|will (?:hear|know|be hearing|get)|'ll (?:hear|know)|surgery)\b"
        ),
    ),
    # Round 6, second pass (dev7): the consequence of a condition ("in which case", "failing which",
    # "or else", "otherwise") naming a body or step of each class; rules start at the condition's
    # own word (_THEN).
    (
        "legal",
        _c(
            rf"{_THEN}[^.!?\n]{{0,50}}?\b(?:{_COURT_LEAD}|claim form|solicitors?|lawyers?|legal|sue|suing|"
            r"proceedings|face to face in court)\b"
        ),
    ),
    (
        "report",
        _c(rf"{_THEN}[^.!?\n]{{0,50}}?\b(?:the )?{_AUTHORITY}\b"),
    ),
    (
        "chargeback",
        _c(
            rf"{_THEN}[^.!?\n]{{0,50}}?\b(?:(?:{_BANK_LEAD}|{_BNPL})\b[^.!?\n]{{0,25}}\b(?:fix|sort|deal|handl|"
            r"step|revers|claw|pull|involv|disput|decid|refund|get (?:it|my money) back)\w*|chargeback|dispute)\b"
        ),
    ),
    (
        "review",
        _c(
            rf"{_THEN}[^.!?\n]{{0,50}}?\b(?:(?:leav|giv|writ|post|read|care about)\w* (?:(?:my|the|a|an) )?(?:\w+ )?"
            r"(?:review|feedback|rating|post)|(?:my|the|a|an) (?:\w+ )?(?:review|feedback|rating|post)(?:'ll| will| would| "
            r"goes| is going| says)|every (?:buyer|customer|shopper)\b[^.!?\n]{0,20}\b(?:read|hear|know|see)\w*|(?:read|"
            r"reading|hear|hearing) about (?:this|it|you|u))\b"
        ),
    ),
    (
        "violence",
        _c(
            rf"{_THEN}(?:(?!collect (?:it|the|my|them|from)|pick)[^.!?\n]){{0,50}}?\b(?:(?:in person|face to face)(?! to (?:collect|pick|return|drop|buy|pay))|at (?:your|ur) (?:door|house|home)|(?:until|till) "
            r"i turn up|i(?:'m| am|m) coming round|(?:i'll|ill|i will) (?:find|see) (?:you|u)|i know (?:your|ur) "
            r"address|fists?|(?:your|ur) (?:\w+ )?(?:van|car|shop|windows?|house|unit|door)(?:'s| is)? "
            r"(?:going to have|gets it)|not be pleasant|responsible for what happens|(?:attend|visit) (?:your|ur) "
            r"(?:premises|shop|house|home|office|unit|workshop) (?:personally|in person))\b"
        ),
    ),
    # Round 6, second pass: an explanation owed to a body (as to a court above), a body "they" will
    # act for, a causative step ("have the transaction stopped"), a step against "you" by verb class.
    (
        "report",
        _c(
            rf"(?<!could you )(?<!can you )(?<!please )\b(?:(?:explain|justify)\w* (?:that|it|this|yourself|yourselves) "
            r"to|(?:signal|denounc)\w* (?:you|u|your \w+|ur \w+|this \w+) to|(?:tell|telling|told|grass\w*)(?= (?:the )?\S+"
            rf"(?: \S+){{0,2}} on (?:you|u|ya)\b)) (?:the |my )?{_PLATFORM}\b|(?:(?<=because i've )|(?<=cos i've )|"
            r"(?<=cos ive )|(?<=because ive ))\breported (?:it|you|u|this|them)(?=[.!]*$)"
        ),
    ),
    *_each(
        "report",
        (
            rf"(?<!could you )(?<!can you )(?<!please )\b(?:(?:explain|justify)\w* (?:that|it|this|yourself|yourselves) "
            r"to|bring\w*(?: in(?= )|(?= (?:the |my )?\S+(?: \S+){0,3} in(?:to)?\b))) (?:the |my )?"
            rf"{_AUTHORITY}\b|\b(?:{_AUTHORITY}|help ?cent(?:re|er))\b[^.!?\n]{{0,45}}\bthey(?:'ll| will| are going to|"
            r"'re going to| are gonna)(?: be)?(?: very| really| all)? (?:hearing from me|hear from me|interested|"
            r"contacting (?:you|u)|in touch|get (?:all )?the details|getting (?:all )?the details|investigat\w*)\b"
        ),
    ),
    *_each(
        "chargeback",
        (
            rf"(?<!could you )(?<!can you )(?<!please )\b(?:(?:explain|justify)\w* (?:that|it|this|yourself|yourselves) to|"
            r"involv\w*) (?:the |my |our )?"
            rf"{_BANK_LEAD}\b|"
            rf"\b{_BANK_LEAD}(?:'s)?\b[^.!?\n]{{0,45}}\bthey(?:'ll| will| are going to|'re going to| are gonna)"
            r"(?: be)?(?: very| really| all)? (?:sorting|sort|contacting (?:you|u)|in touch|deal\w*|handl\w*|"
            r"investigat\w*)\b|\b(?:have|get|getting|having) (?:the|this|that|my) (?:transaction|payment|charge) "
            rf"(?:stopped|reversed|blocked|cancell?ed|pulled|recalled|frozen|disputed)\b|"
            r"\b(?:open|rais|lodg|fil|start|submit)\w* (?:a |an |the )?(?:dispute|litige)\b(?! "
            r"(?:with|against) (?:the )?(?:courier|royal mail|post office|delivery|driver))"
        ),
    ),
    *_each(
        "legal",
        (
            r"\b(?:take|taking|go|going) the (?:court|legal|judicial) (?:way|route|road)\b|\b(?:issu|lodg|bring|"
            r"start|launch|tak)\w* (?:a )?(?:case|suit|lawsuit|claim|proceedings) against\b|\bclaim against (?:you|u|"
            r"your|ur)(?: \w+)? (?:goes|going|is going|went|will go) in\b|\b(?:legal|leagal|legel) (?:help ?line|"
            r"advice line|letter)\b|\b(?:law firm|legal help ?line|solicitors?|lawyers?)\b[^.!?\n]{0,45}\bthey(?:'ll| "
            r"will| are going to)(?: be)? (?:taking it from here|in touch|writing|contacting (?:you|u))\b"
        ),
    ),
    *_each(
        "review",
        (
            rf"\b(?:tak|bring)\w* (?:this|it|the matter) (?:to|onto) {_VENUE}\b|\bviral (?:\w+ )?(?:tiktok|video|"
            rf"post|thread|reel|story)\b|\b(?:famous|infamous|notorious|known)(?: \w+){{0,2}} on {_VENUE}\b|"
            r"(?:(?<=it to )|(?<=review to )|(?<=post to ))\bput (?:people|buyers|customers|others|anyone|everyone) off\b|(?<!was )(?<!been )(?<!were )\bwarn"
            r"(?:ing|s)? (?:the |my |all |every )?(?:[\w']+ ){0,5}?about (?:you|u|your|ur|this (?:shop|seller|"
            r"company|firm))\b|\b(?:bad|negative|nasty|terrible) (?:comment|evaluation|assessment)s?\b|"
            r"\b(?:review|feedback|rating)s? (?:will|'ll|is going to|is gonna) (?:be|say|reflect)\b(?! "
            r"(?:positive|great|good|glowing|excellent|5|five|lovely|brilliant))|\b(?:group|page|followers|members|"
            r"club|chat|circle|forum|community)\b(?:(?!lov)[^.!?\n]){0,60}\b(?:they|who|\w+ followers|everyone)(?:'ll| will| "
            r"are going to|'re going to| r going to| are gonna| are| r)(?: all)?(?: be)? (?:hearing|hear|told|know|"
            r"love|read|reading|find out|learn)\b"
        ),
    ),
    (
        "violence",
        _c(
            r"(?:(?<=i'd )|(?<=id )|(?<=would ))\bhate for (?:anything|something|owt)\b|(?<=be a )\bpity if (?:anything|"
            r"something|owt)\b|(?:(?<=you need )|(?<=u need )|(?<=you \w{6} need )|(?<=you \w{7} need )|"
            r"(?<=u \w{6} need )|(?<=u \w{7} need ))\bsorting out\b|\b(?:door|window|head|face)s? to (?:kick|smash|put) "
            r"in\b|(?:(?<=be in )|(?<=be standing in ))\bfront of (?:you|u)\b|\b(?:walking stick|stick|bat|"
            r"knife|crowbar|hammer|machete)\b[^.!?\n]{0,40}\bbring\w* (?:it|them)\b|\b(?:out of prison|inside|"
            r"big lads?|grown men|built like|boxer|bouncer|doorman|cage fighter)\b[^.!?\n]{0,40}\b(?:round|on "
            r"(?:his|her|their|my) way to (?:you|u)|to see (?:you|u))\b|\bvisit from (?:me|us)\b|\bwhat happens "
            r"to (?:people|sellers|those|anyone|folk) (?:who|that)\b|\bwhat i(?:'ll| will|'d| would) do (?:to (?:you|"
            r"u) )?(?:when|if) i (?:see|find|catch|meet|get)\b|\bwant me to (?:come|turn up|show up|pop)(?: down| "
            r"round| over)? (?:there|to (?:yours|your \w+))\b(?! (?:and|to) (?:pick|collect|get|drop|return))|"
            r"\b(?:come|coming|pop|popping) (?:round|over|down)(?: there)? and explain\w* (?:it|this|that|things|myself) "
            r"to (?:you|u|ya)\b|\bproblems? with me (?:personally|in person)\b|(?:(?<=have to )|(?<=having to )|"
            r"(?<=make me ))\bhurt (?:anyone|anybody|someone|somebody|you|u)\b"
        ),
    ),
    (
        "violence",
        _c(
            r"(?:(?<=your )|(?<=ur ))\b(?:car|van|shop|windows?|house|unit|tyres)(?:'s| is| are)? (?:going to|gonna|will|'ll) "
            r"(?:look (?:very |a bit |quite )?different|have a (?:very )?(?:bad|rough|long) night)\b"
        ),
    ),
    # Round 7 (dev8's and dev10's misses; dev11 unseen): constructions by class. Violence: a visit
    # to the seller's place that says it will not be peaceful, knowing where the seller is, a
    # remark about their address or family that ends on a warning, damage to property in the
    # passive and in idiom ("put your window in"); review: what the writer will share and with
    # whom (followers, readers, networks, the press), a review "going up"/"live", the seller's
    # name "all over" a venue; chargeback: a direct debit returned, buyer protection used, money
    # clawed back, a claim opened with a payment firm; legal and report: a matter taken or
    # referred to a court or body, a firm or body "taking it on".
    *_each(
        "violence",
        (
            r"\b(?:coming|come|comin|driving|drive|heading|head|walking|walk|be|get|getting|pop|popping|turning up|"
            r"turn up|showing up|show up)(?: \w+){0,2}? (?:to|round|roon|over|down|up)(?: to)? (?:your|ur|yer|yuh|"
            r"yours|there|you|u|ya|ye)\b[^.!?\n]{0,45}?\b(?:i|we|they|it|and)(?:'ll|'re| will| are| r)?(?: be)? "
            r"(?:won'?t|will not|wont|not|ain'?t)(?: be)? (?:calm|nice|pretty|friendly|polite|pleasant|gentle|for a "
            r"chat|to (?:talk|chat)|coming to (?:talk|chat)|with words)\b|\b(?:come|coming) and find (?:you|u|ya|ye)"
            r"\b[^.!?\n]{0,20}\b(?:won'?t|will not) (?:enjoy|like) it\b|"
            r"\b(?:i|we|mi|ah|a|me)(?: \w+)? (?:know|kno|no|knw|knoe)s? (?:where|were|weh|wer|whr) (?:you|u|ya|ye|yuh|"
            r"y'all|yall|your|ur|yer|yuh)(?: \w+){0,2}? (?:live|lives|is|are|r|work|stay)\b(?![^.!?\n]{0,40}\b(?:pick|"
            r"collect|drop|pop in|come and get|walk past|pass|nearby|close to|round the corner|near me|so i can|if "
            r"that'?s))|\b(?:got|found|find|finding|have|know|looked up|look up|track\w* down|dug up|worked out)(?: \w+)? (?:your|ur|yer) (?:home|personal|private|house) address\b|\b(?:your|ur|yer|yuh)(?: \w+)? "
            r"(?:address|house|home|shop|warehouse|unit|office|place|family|wife|husband|kids|children)\b"
            r"[^.!?\n]{0,50}\b(?:remember that|mind that|think on|bear that in mind|doesn'?t (?:she|he))\b|\b(?:tell|"
            r"warn) (?:your|ur|yer) (?:family|wife|husband|kids|staff|workers|drivers?)(?: \w+)? to (?:be careful|watch "
            r"out|watch (?:their|his|her) backs?|look out)\b|\bbe careful when (?:you|u) (?:go|leave|walk|lock|get)\b|"
            r"\bfind (?:your|ur|yer) (?:family|wife|kids|husband|staff)\b|\bworry about me\b|\bmean (?:that|it) "
            r"physically\b|\bthink (?:very |really )?(?:carefully|hard|twice) about who (?:you|u)(?:'re| are| r|re)? "
            r"(?:upsetting|messing with|dealing with|crossing)\b|\bmind (?:your|ur|yer|yuh) (?:windows?|windaes?|"
            r"tyres|van|car|shop|house|kids|family|face|teeth)\b"
        ),
    ),
    *_each(
        "violence",
        (
            r"\bput (?:your|ur|yer|yuh|the|their|his|her) (?:\w+ )?(?:windows?|windaes?|windae|door|teeth|lights|"
            r"face|head|letterbox) in\b|\b(?:smash|kick|boot|cave|bash)\w* (?:your|ur|yer|yuh|the) (?:\w+ )?"
            r"(?:letterbox|door|window|windae|gate|counter|sign|glass)s? in\b|\bmash(?: up)? (?:yuh|your|ur|yer) "
            rf"{_PROPERTY}\b|\b(?:fist|foot|boot|brick|head)s? through (?:your|ur|yer|the) (?:\w+ )?(?:counter|"
            r"window|door|glass|screen|shopfront|windscreen|face)\b|\b(?:break|smash|wreck|trash)\w* (?:everything|"
            rf"every (?:single )?\w+) in (?:your|ur|yer|the) {_PROPERTY}\b|\b(?:your|ur|yer)(?: \w+){{0,2}} "
            rf"{_PROPERTY}\b[^.!?\n]{{0,25}}\b(?:getting|get|gets|will get|going to get|is going to get|are going to "
            r"get|gonna get)(?: (?:their|its|the|his|her) \w+)? (?:smashed|slashed|trashed|wrecked|torched|burnt|"
            r"burned|broken|kicked in|bricked|keyed)\b(?! (?:in|on|by|across|all over) (?:the |my |every )?(?:reviews?|trustpilot|google|"
            r"facebook|press|media|comments|socials|internet|forums?))|\b(?:pity|shame) if (?:the|your|ur|that|those|them)"
            r"(?: \w+){0,2} (?:got|get|were|was|ended up) (?:broken|smashed|damaged|burnt|scratched|keyed|slashed)\b|"
            r"\b(?:bate|beat|knock|kick|take) the head off (?:you|u|ye|ya)\b|\b(?:box|dig|slap|smack|punch|kick|boot) "
            r"in the (?:head|face|gob|mouth|teeth)\b|\bgets? (?:a |my )?(?:fist|fists|boot|headbutt)\b|\b(?:won'?t|"
            r"will not|not) (?:be )?(?:leav\w*|go\w*|walk\w*|get\w*)(?: \w+){0,3} in one piece\b|\b(?:punch|hit|"
            r"smack|slap|deck|thump|batter|kick)\w* (?:the first|whoever|anyone|anybody|the next)\b"
        ),
    ),
    *_each(
        "review",
        (
            r"\b(?:shar|post|put|chuck|stick|upload|writ|warn|pass|mention)\w*(?! me\b)(?: \w+){0,4}? (?:on|"
            r"to|in|with|up on|onto|across|all over) (?:the |my |our |a |all )?(?:local |whole |entire )?(?:\w+ )"
            r"{0,2}?(?:facebook page|page|group chat|blog|story|stories|channel|youtube|linkedin|network|newsletter|"
            r"followers|readers|audience|subscribers|viewers|journalists?|reporters?|consumer (?:column|programme|"
            r"program|show|page)|members)\b(?! (?:of (?:your|ur|the) (?:team|staff)|asked))|\b(?:this|it|everything|"
            r"the whole (?:thing|story)|that)(?:'s|s| is)? (?:going|goin|gonna go|going to go|about to go)(?: up)? "
            r"(?:on|to|up on|onto|in|into)(?: \w+){0,2}? (?:my|our) (?:\w+ )?(?:blog|story|stories|channel|page|feed|"
            r"socials|timeline|newsletter|column|vlog|podcast)\b|\b(?:reviews?|feedback|my post|the post)(?: \w+){0,2} "
            r"(?:going|goes|go|is going|are going|r going|will go) (?:live|online|public|(?:up|out)(?=[^.!?\n]{0,25}"
            r"\b(?:tonight|today|tomorrow|this (?:arvo|afternoon|evening|morning|week)|soon|won'?t be (?:pretty|nice|"
            r"kind|good))))\b|\b\d+k?\+? "
            r"(?:followers|subscribers|readers|viewers)\b(?![^.!?\n]{0,30}\b(?:love|loved|recommend)\b)|"
            r"\b(?:my|our) (?:audience|followers|subscribers|readers|viewers|network|members)\b[^.!?\n]{0,50}\b(?:warn"
            r"\w*|away from|avoid|find out|hear about (?:this|it|you|u))\b"
        ),
    ),
    *_each(
        "review",
        (
            r"\b(?:contact\w*|told|tell\w*|pass\w* (?:this|it)(?: on)? to|email\w*|writ\w* to|know) (?:a |the |my )?"
            r"(?:\w+ ){0,2}?(?:journalists?|reporters?|consumer (?:column|programme|program|show|journalist|reporter|"
            r"champion)|producers?|editors?)\b|\b(?:consumer (?:rights )?(?:show|programme|program|column|page|"
            r"journalist|reporter|champion)|journalists?|reporters?)\b[^.!?\n]{0,40}\b(?:interested|cover\w*|story|"
            r"piece|writing)\b|\b(?:writing|blogging|vlogging|posting|posted|tweeting|doing (?:a|one)(?: \w+){0,2}|"
            r"making (?:a|one)(?: \w+){0,2}) (?:about|on) (?:you|u|ya|your (?:shop|company|business|brand|firm|"
            r"store)|ur (?:shop|company|business|brand|firm|store)|this (?:shop|seller|company|business|brand))\b"
            r"(?! (?:order|parcel|item|delivery|request|question))|\b(?:advis|recommend|tell|warn)\w* (?:\w+ ){0,3}?"
            r"(?:against using|against buying|not to use|not to buy|to avoid|to steer clear of) (?:you|u|your|ur|this)"
            r"\b|\bwarning (?:them|people|others|everyone) (?:away|off)(?: from)? (?:you|u|your|ur)\b|\b(?:your|ur) "
            r"(?:name|shop|company|brand|business|face)(?:'s| is| will be|'ll be| is going to be| gonna be)? (?:all "
            r"over|plastered (?:all )?over|trending on)\b|\b(?:your|ur) (?:brand|shop|company|business|name|page|"
            r"account)(?: \w+)? tagged\b|\btag\w* (?:your|ur) (?:brand|shop|company|business|page|account)\b|\bshar\w* "
            r"(?:this|an account of|my experience|the experience|the story|the whole story|everything|it)"
            r"(?: \w+){0,4}? with (?:other|all|every|my|our|the)(?: \w+){0,2} (?:buyers|customers|shoppers|followers|"
            r"friends|members|contacts|network|colleagues|readers|subscribers|viewers|audience|group|club|community)\b|"
            r"\b(?:draft|film|record|script)\w* (?:a|an|my)(?: \w+){0,2} (?:video|vlog|tiktok|reel|post|thread|blog|"
            r"article|review)\b|\bmention\w* (?:this|it|you|u|your \w+)(?: \w+){0,2} (?:in|on) (?:my|our|the)"
            r"(?: \w+){0,2} (?:newsletter|blog|column|podcast|channel|group|forum|page|video|stories|story)\b|"
            r"\b(?:writ|post|put)\w* (?:a|an|my|our)(?: \w+)? (?:linkedin|facebook|instagram|twitter|reddit|tiktok|"
            r"youtube|blog|forum|mumsnet) (?:post|thread|video|review|piece|article|update|story)\b|\b(?:page|group|"
            r"followers|members|people|lads|everyone|community|readers|viewers|audience|chat|forum|mums|neighbours)\b"
            r"[^.!?\n]{0,20}\b(?:would|will|'d|'ll) (?:love|like|want|be (?:very |really )?interested) to (?:hear|know|"
            r"read|see) (?:about )?(?:this|that|how (?:you|u)|what (?:you|u)|(?:you|u|this shop|your shop))\b|"
            r"\b(?:you'?ll|u'?ll|you will|u will) be getting a (?:\w+ )?(?:neutral|negative|neg|bad|one[- ]star|"
            r"1[- ]star)\b|\b(?:left|leaving|leave|given|giving|give) (?:you|u|ya) (?:a |an )?(?:neutral|negative|"
            r"neg)\b"
        ),
    ),
    *_each(
        "chargeback",
        (
            r"\bclaw\w* (?:it|the money|my money|the payment|that|this|everything|the lot|the \S+) back\b|"
            rf"\b{_BANK_LEAD}\b[^.!?\n]{{0,40}}\b(?:put|get|getting|paid|pay) (?:it|the money|my money|(?:the )?[£$€]\d\S*|the "
            r"(?:full )?(?:amount|sum|payment|charge)) "
            r"(?:put )?back\b|\bdisput\w* (?:the |this |that )?(?:\S+ )?(?:with|through|via) (?:my|the) "
            rf"{_BANK_LEAD}\b|\b(?:open|opened|opening|rais|lodg|fil|start|submit)\w* (?:a |an |the )?(?:claim|case|"
            rf"dispute|issue)(?: \w+){{0,3}}? (?:with|on|through|via|at) (?:my |the )?{_BANK_LEAD}\b|\b{_BANK_LEAD}"
            r"\b[^.!?\n]{0,30}\b(?:opened|opening|raised|filed|lodged) (?:a |an )?(?:claim|case|dispute)\b|\bnext "
            rf"step (?:is|will be|'ll be)(?: to (?:go to|contact|call|ring))? (?:my|the) {_BANK_LEAD}\b|\bask\w* "
            rf"(?:my |the )?{_BANK_LEAD} to (?:intervene|step in|get involved|look into|investigate|reverse)\b|"
            r"\b(?:return|reclaim|recall|revers|claim\w* back|cancel\w* and reclaim)\w* (?:the |this |that |my )?"
            r"direct debit\b|\b(?:direct debit|dd) (?:indemnity|guarantee)\b|\b(?:bank|card)\b[^.!?\n]{0,50}"
            r"\bunauthori[sz]ed\b|\bfraud (?:line|team|department|dept|number)\b|\b(?:using|use|claim\w*|invok\w*|"
            r"trigger\w*|(?:go|goes|going|went) through|under) (?:my |the |paypal(?:'s)? |ebay(?:'s)? )?buyer(?:'s)? protection\b|"
            r"\bbuyer(?:'s)? protection\b[^.!?\n]{0,40}\b(?:i'm using|im using|using it|i will use|i'll use)\b|"
            r"\b(?:put\w*|plac\w*) a stop on (?:the|that|this|my) (?:cheque|check|payment|card|transaction)\b"
        ),
    ),
    *_each(
        "legal",
        (
            r"\b(?:take|taking|took|drag|dragging|bring|bringing|haul|hauling)\w* (?:you|u|ye|ya|this|it|the "
            r"matter|this matter|the case|this case|the (?:\w+ )?dispute|your (?:shop|company|business))(?: all the "
            r"way)? (?:to|before|into|in front of) (?:the |a )?(?:courts?|small claims|tribunal|consumer (?:forum|"
            r"court|tribunal)|judge|magistrates?)\b|\bsueing\b|\b(?:law firm|solicitors?|lawyers?|attorneys?|barristers?)\b[^.!?\n]{0,40}"
            r"\b(?:taking (?:this|it|the case|my case) on|handling (?:this|it)|dealing with (?:this|it))\b"
        ),
    ),
    *_each(
        "report",
        (
            rf"\bdob\w* (?:you|u|ye|ya|them|this shop|the shop|your shop) in\b|\bflag\w* (?:you|u|ye|ya|this|your "
            rf"\w+|ur \w+|the (?:shop|seller|listing|account)) (?:to|with) (?:the )?{_PLATFORM}\b|\breferr\w* "
            rf"(?:this|it|the matter|this matter|you|u|your \w+|the case|this case) to (?:the )?(?:{_AUTHORITY}|"
            rf"{_PLATFORM})\b|\bnotif\w* (?:the )?(?:{_AUTHORITY}|{_PLATFORM})\b|\b(?:{_AUTHORITY}|gardai|garda|"
            rf"gardaí)\b[^.!?\n]{{0,20}}\b(?:will be hearing|will hear|'ll hear|'ll be hearing|are going to hear) "
            rf"(?:about|from)\b|\b{_AUTHORITY}\b[^.!?\n]{{0,40}}\b(?:taking (?:it|this) up|looking into (?:it|this|"
            rf"you|u)|on the case)\b|\b{_AUTHORITY}\b[^.!?\n]{{0,15}}\b(?:got|has|have|received|now has) my "
            r"(?:\w+ )?(?:write-?up|complaint|report|letter|email|file|evidence)\b"
        ),
    ),
    # Round 8 (dev11's misses; dev12-dev14 written in the same round, dev15 unseen): constructions
    # by class. Review: an artefact posted publicly (the chat, the emails), what the seller's
    # reviews will look like, venues and forms new to the rules (stories, reels, threads, blogs,
    # newsletters, "ratioed", tweeting and tagging), naming and shaming, the press and radio
    # approached, a club or group told to stay away, others warned. Violence: accidents wished
    # on the seller, finding or visiting them with menace, hospital and street slang for a
    # beating, someone else who will deal with them, property that "won't stay nice", tools taken
    # to it, waiting for them, "got it coming". Chargeback: payments frozen or stopped, money
    # clawed back or reversed off the merchant account, a case opened in a payment firm, the card
    # firm gone to. Report: being reported, a body considering or holding the case.
    *_each(
        "review",
        (
            r"\b(?:post|put|shar|upload|screenshot|publish|leak)\w*(?: \w+){0,2}? (?:the |this |our |my |your |ur |all "
            r"the |every )?(?:whole |entire |full )?(?:chat|conversation|convo|messages|message history|emails|email "
            r"chain|thread|exchange|correspondence|screenshots?|dms)\b[^.!?\n]{0,25}?\b(?:online|publicly|public|"
            r"everywhere|on (?:every|all|my|social|the internet)\b)|"
            r"\b(?:see|watch|imagine|think|guess)\b[^.!?\n]{0,25}\b(?:your|ur|yer) (?:reviews?|ratings?|feedback|"
            r"stars?|star rating|score|reputation)\b[^.!?\n]{0,20}?\b(?:look|looks|looking|will look|'ll look|tank|"
            r"drop|suffer|go down)\b|"
            r"\b(?:on|to|in|onto) (?:my |our |the )?(?:insta|ig|instagram|fb|facebook|snap|snapchat|tiktok|whatsapp) "
            r"stor(?:y|ies)\b|"
            r"\b(?:tweet|toot|skeet|vlog|blog|livestream|stream|podcast)\w* (?:about|on) (?:this|it|you|u|your|ur|the "
            r"whole|this whole)\b|"
            r"\b(?:tweet|post|thread|video|story)\w*(?: \w+){0,3} (?:and|&) tag\w*\b|"
            r"\b(?:getting|get|gonna get|will get|be|being|got) ratio'?e?d\b|"
            r"\b(?:going|goin|gonna go|go|went) (?:on|onto) (?:bluesky|mastodon|threads|x|twitter|tiktok|reddit|"
            r"facebook|insta|instagram|youtube|linkedin|nextdoor|mumsnet|trustpilot) with (?:this|it|you|u|your|ur)\b|"
            r"\b(?:make|making|made|do|doing|film\w*|post\w*|record\w*) (?:a|an|my)(?: \w+){0,2} (?:video|vlog|tiktok|"
            r"reel|thread|expos[eé]|post|story)\b (?:of|about|on) (?:you|u|your|ur|the whole|this whole|this (?:saga|"
            r"mess|shambles|nightmare|fiasco|experience|shop|seller|company))\b|"
            r"\bexpos[eé]\b|\bexpos(?:e|ing|ed) (?:you|u|your|ur|this (?:shop|seller|company|business|brand))\b"
        ),
    ),
    *_each(
        "review",
        (
            r"\bnam(?:e|ed|ing) and sham\w*\b|\bnam(?:e|ed|ing) (?:and shaming )?(?:you|u|your|ur|this)(?: \w+)? "
            r"(?:publicly|online|everywhere|in public|on every)\b|\bsham(?:e|ing) (?:you|u|ya|your|ur|this)\b"
            r"(?: \w+){0,3}? (?:on|online|publicly|everywhere|in public)\b|"
            r"\b(?:blog|newsletter|column|podcast|channel|vlog|bulletin)\b[^.!?\n]{0,40}\b(?:it'?s|is|will be|'ll be) "
            r"(?:all )?about (?:you|u|your|ur|this (?:shop|seller|company))\b|"
            r"\bas a (?:warning|cautionary tale)\b|"
            r"\bso (?:other|others|every|all|the other|any other)(?: \w+)? ?(?:people|peoples|buyers|customers|"
            r"shoppers|folk|users|ones)? ?(?:can|could|will|may|would) (?:see|know|read|avoid|be warned|steer clear)\b|"
            r"\b(?:tell|telling|told|warn|warning|let)\w* (?:the |my |our |all the |all my |everyone (?:at|in) "
            r"(?:the |my |our )?)(?:whole )?(?:\w+ ){0,3}?(?:club|group|church|gym|class|team|office|work|school|"
            r"chapel|mosque|temple|union|society|committee|association|choir|ladies|girls|mums|neighbours)\b"
            r"[^.!?\n]{0,30}?\bto (?:avoid|steer clear|stay away|not (?:buy|use|shop|order))\b|"
            r"\b(?:make sure|ensure|see to it)(?: that)? (?:no ?one|nobody|no other (?:\w+ )?(?:buyer|customer|person|"
            r"shopper)s?|others|other (?:people|buyers|customers))\b[^.!?\n]{0,40}\b(?:by|from|with) (?:you|u|your|ur|"
            r"this (?:shop|seller|company))\b|"
            r"\b(?:people|others|other (?:buyers|customers|people)|buyers|customers|everyone|folk|shoppers) "
            r"(?:should|need to|needs to|must|deserve to|ought to) (?:be warned|know (?:what|how|about) (?:you|u)|"
            r"know the truth)\b|\bput\w* (?:a |up a |up )?warnings? (?:on|under|in|up|about)\b|"
            r"\b(?:red|negative|neg|neutral) (?:feedback|rating|review)s? (?:going|goes|go|coming|is coming|will go|"
            r"on its way)\b|\brat(?:e|ed|ing) (?:this|the|your|you|u|ur)(?: \w+)? (?:as )?(?:negative|poor|terrible|"
            r"one star|1 star|zero|0 stars)\b|"
            r"\b(?:start|starting|open|opening|make|making|creat)\w* (?:a |my |an )?(?:\w+ )?(?:thread|topic|"
            r"discussion)\b[^.!?\n]{0,40}\babout (?:you|u|your|ur|this (?:shop|seller|company))\b|"
            r"\b(?:minus|negative) (?:one|two|three|five|ten|\d+) stars?\b|"
            r"\b(?:husband|wife|partner|son|daughter|friend|mum|dad|club|group|everyone|they)\b(?: \w+){0,3} "
            r"(?:is |are |'s |'re )?(?:all )?(?:writing|leaving|posting) (?:the |a |their |his |her )?(?:\w+ )?"
            r"reviews?\b"
        ),
    ),
    *_each(
        "review",
        (
            r"\b(?:contact\w*|ring\w*|call\w*|phon\w*|email\w*|writ\w* to|tell\w*|(?:go|goes|going|gone|went) to|tak\w* (?:this|it|the "
            r"story|my story) to|send\w* (?:this|it|the story|my story)(?: \w+){0,2}? to|calling in to) (?:the |my |a "
            r"|our )?(?:local )?(?:paper|papers|newspaper|press|radio|tv|telly|media|news ?desk|phone-?in|evening news|"
            r"bbc|itv|channel \d|consumer (?:affairs )?(?:show|programme|program))\b|"
            r"\b(?:giv|sell|pass|tak)\w* (?:her|him|them|the paper|the press)(?: \w+)? (?:the |my |this )?story\b|"
            r"\b(?:news|paper|gazette|echo|chronicle|herald|radio|press|programme|program|show)\b[^.!?\n]{0,20}\b"
            r"(?:will|would|'ll|'d) be (?:very |really |most |so )?interested\b"
        ),
    ),
    *_each(
        "violence",
        (
            r"\b(?:shame|pity|terrible|awful)\b[^.!?\n]{0,15}\bif (?:you|u|ya|your|ur|someone|anything|something)"
            r"(?: \w+){0,3}? (?:had|has|have|got|get|were|was|met|suffered) (?:an? )?(?:\w+ )?(?:accident|fall|fire|"
            r"mishap)\b|\b(?:your|ur|yer)(?: \w+){0,2} (?:van|car|shop|house|unit|warehouse|stall|kids?|wife|husband|"
            r"family|staff|drivers?)\b[^.!?\n]{0,25}\b(?:could|might|may|would) (?:have|suffer|meet with) (?:an? |"
            r"some )?(?:\w+ )?(?:accident|fire|mishap)\b|\b(?:careful|watch (?:yourself|your step|out))\b"
            r"[^.!?\n]{0,30}\bnever know (?:what|who)\b|\bnever know who'?s? (?:is )?(?:waiting|watching|outside|"
            r"around the corner|behind (?:you|u))\b|"
            r"\b(?:regret|sorry|be over|dead|pay for (?:it|this))\b[^.!?\n]{0,30}\b(?:when|once|till|until) (?:i|we) "
            r"(?:find|catch|get (?:hold of|to)|track down) (?:you|u|ya|ye)\b|\b(?:coming|gonna come|going to come|on (?:my|our) way) (?:to |and )?(?:find|get|sort|"
            r"see to|deal with) "
            r"(?:you|u|ya|ye)\b(?![^.!?\n]{0,30}\b(?:collect|pick|buy|pay|return|drop))|\bexpect (?:me|us|a visit)\b"
            r"[^.!?\n]{0,40}\b(?:won'?t|will not|not) (?:be )?(?:there |here |coming )?(?:to (?:talk|chat)|for a chat|"
            r"friendly|nice|pleasant)\b"
        ),
    ),
    *_each(
        "violence",
        (
            r"\b(?:you|u|ya|ye)(?:'re|re| are| r|'ll| will)? (?:going to |gonna |gunna )?(?:end up|be|wake up) in "
            r"(?:the )?(?:hospital|a&e|a and e|icu|a wheelchair|a box|a ditch|intensive care)\b|"
            r"\bput (?:you|u|ya|ye) (?:on|through) (?:the |your |ur )?(?:floor|deck|ground|canvas|wall|table|window)\b|"
            r"\b(?:getting|get|gonna get|will get|be) (?:banged|knocked|sparked|laid) out\b|\b(?:you|u|ya)(?:'re|re| "
            r"are| r)? (?:gonna |going to |about to )?get(?:ting)? (?:dropped|done in|merked|smoked|rushed|jumped|"
            r"battered|leathered|bodied|decked|sparked)\b|\brun(?:ning)? up on (?:you|u|ya|ye)\b|\bcatch (?:you|u|ya|"
            r"ye) lacking\b|\bpay with (?:your|ur) (?:body|blood|face|teeth|life)\b|"
            r"\b(?:i'?ll|ill|we'?ll|i will|we will|i come|i go|imma|i'?m gonna|im gonna|i'?m going to|gonna|i shall)"
            r"(?: \w+){0,3}? (?:destroy|wreck|smash|trash|break|burn)\w*(?: \w+){0,2}? (?:everything|it all|the "
            r"(?:whole )?(?:place|lot|shop|store))\b|\b(?:know how to use|use) (?:it|them|this|that|my \w+) on (?:you|"
            r"u|ya|ye)\b|\b(?:thrashing|hiding|kicking|beating|hammering|battering|leathering|pasting)\b[^.!?\n]{0,40}"
            r"\b(?:still might|coming (?:to|for) (?:you|u)|you'?ll get|gonna get|will get)\b|\bcome fi (?:yuh|you|u)\b"
        ),
    ),
    *_each(
        "violence",
        (
            rf"\b(?:your|ur|yer)(?: \w+){{0,2}} {_PROPERTY}s?\b[^.!?\n]{{0,25}}\b(?:won'?t|will not|wont) (?:look|stay|"
            r"be) (?:so |as |very )?(?:nice|pretty|new|shiny|good|clean|the same)\b|\b(?:car|van|shop|house|"
            r"windows?|motor)s? of (?:yours|urs)\b[^.!?\n]{0,10}\b(?:won'?t|will not|wont) (?:look|stay|be) (?:so |as )?"
            rf"(?:nice|pretty|new|shiny)\b|\b(?:your|ur|yer) {_PROPERTY}s? (?:are|is|will be|'ll be|might be|could be) "
            r"in (?:pieces|bits|flames|ashes)\b|\b(?:pity|shame) if (?:it|they|something|anything)(?: \w+){0,2} "
            r"(?:got|get|were|was|ended up) (?:keyed|slashed|torched|set on fire|burnt down|burned down)\b|"
            r"\btak\w* (?:a|an|my) (?:\w+ )?(?:hammer|bat|crowbar|brick|axe|knife|blade|sledgehammer|golf club|"
            r"cricket bat|spanner|wrench) to (?:your|ur|yer|you|u)\b|\bsugar (?:your|ur|yer|the) (?:petrol |gas |fuel )?"
            r"tank\b|\b(?:sleep|rest|breathe|enjoy (?:life|your life))\w*\b[^.!?\n]{0,20}\bwhile (?:you|u|ya|ye) "
            r"(?:still )?can\b|\bwait\w* for (?:you|u|ya|ye)\b(?! to\b)(?=[^.!?\n]{0,20}\b(?:by|at|outside|near|round|"
            r"behind)\b)(?![^.!?\n]{0,40}\b(?:collect|pick|pay|return|buy|drop))|\b(?:at|outside|by|near) (?:your|ur) "
            r"(?:\w+ )?(?:stall|shop|door|house|unit|van|car|warehouse|office|gate|loading bay)\b[^.!?\n]{0,15}\b"
            r"waiting for (?:you|u)\b(?! to\b)(?![^.!?\n]{0,40}\b(?:collect|pick|pay|return|buy|drop))|"
            r"\b(?:you|u|ya|ye)(?:'ve|ve| have)? got (?:it|what'?s) coming\b(?! (?:on|by|via|with|tomorrow|today|next|"
            r"from|in|out|back|through|soon))"
        ),
    ),
    *_each(
        "violence",
        (
            r"\bhave a (?:little |quiet |proper )?(?:word|chat|talk) with (?:you|u|ya|ye)\b[^.!?\n]{0,15}\bin person\b|"
            r"\bhandy with (?:his|her|their|my) (?:fists|hands)\b|\b(?:he|she|they)(?:'ll| will|'s going to| is going "
            r"to|'s gonna| is gonna) (?:deal with|sort|sort out|see to|have a word with|come for|find) (?:you|u|ya|ye)"
            r"(?: out)? (?:himself|herself|themselves|personally|in person)\b|\b(?:lads|boys|mates|brothers|cousins|"
            r"crew|friends|family|brother|cousin|husband|boyfriend|dad|son)(?: \w+)? (?:know|knows) (?:where|were) "
            r"(?:you|u|your|ur|yer)\b(?![^.!?\n]{0,40}\b(?:pick|collect|drop|pop in|come and get|so i can|if that'?s))"
        ),
    ),
    *_each(
        "chargeback",
        (
            rf"\bclaw\w* back (?:every|the|my|all|what|whatever|everything|anything|it|that|this|[£$€]\d)|\b(?:go|going|gonna go|went|straight) (?:straight |right "
            r"|directly )?to (?:my |the )?(?:card company|card issuer|card provider|credit card company|cc company|"
            r"paypal|klarna|clearpay|afterpay|amex|visa|mastercard)\b|\b(?:i|i'?m|im|i am|we|i'?ll|i will|i'?ve|"
            r"asked (?:my |the )?\w+ to|having (?:my |the )?\w+|get (?:my |the )?\w+ to)\b(?: \w+){0,2}? (?:freez|stop|"
            r"halt|pause)\w* (?:the |my |all |any |every )?(?:further |remaining |next |other )?(?:payments?|"
            r"instal?ments?|transactions?|charges?|transfer)\b|\bdisput\w* (?:the|this|that|my)(?: \w+)? (?:purchase|"
            rf"instal?ments?)\b|\b(?:open|opened|opening|rais|fil|lodg|start)\w* (?:a |the )?(?:case|claim|dispute)\b"
            rf"[^.!?\n]{{0,20}}\b(?:in|on|with|through) {_BANK_LEAD}\b|\b(?:reversed|charged back|pulled back|taken "
            r"back|clawed back)\b[^.!?\n]{0,20}\b(?:off|from) (?:your|ur) (?:merchant )?account\b"
        ),
    ),
    *_each(
        "report",
        (
            r"\b(?:you|u|ya|your (?:shop|company|business|account|listing|store)|ur (?:shop|company|business|account|"
            r"listing|store)|this (?:shop|seller|company))(?:'re| are| r| is|'s)? (?:being|getting|gettin|gonna be|"
            rf"going to be|about to be|now being) reported\b(?! as)|\bconsider\w* (?:going to |contacting |reporting (?:you |u "
            rf")?to )?(?:the )?{_AUTHORITY}\b|\b{_AUTHORITY}\b[^.!?\n]{{0,15}}\b(?:got|has|have|received|now has) my "
            rf"case\b|\b{_AUTHORITY}\b[^.!?\n]{{0,10}}\b(?:will|'ll|would|'d) make of (?:this|it|that)\b"
        ),
    ),
    # Round 8b review rules (dev12-dev14)
    # Round 8b review (dev12-dev14's misses): by class and construction. A rating or feedback
    # given at its lowest, "accordingly", or said to be negative; a review edited downwards; a
    # review or account promised in frank or unflattering terms, or "writing this up"; an account
    # or experience of the seller given, posted or told; correspondence dropped, quoted, published
    # or described in a venue (new venues: discord, wechat, xiaohongshu, weibo, app stores,
    # boards.ie, buy-and-sell pages); a crowd (club, server, parish, town, work team, family)
    # that will know or hear about the seller; lists of shops to avoid; the next buyers' right to
    # know; the press by construction (a letter to the editor, a paper's money or consumer
    # section, programmes, a pal at the paper, "bein in the Sunday Post"); questions whether the
    # rating will survive or how it will look; sarcasm that names the review and undoes itself.
    *_each(
        "review",
        (
            r"\b(?:giv|leav|get|gett|put|award)\w*(?: \w+){0,5}? (?:the |my )?(?:lowest|worst|minimum|bottom|least)"
            r"(?: \w+){0,3}? (?:rating|score|stars?|option|mark|review|feedback)\b|"
            r"\b(?:rating|stars?|review|feedback|score)\b[^.!?\n]{0,30}\b(?:is|be|will be|'s|gonna be) (?:the )?"
            r"(?:lowest|minimum|bottom)\b|"
            r"\b(?:about to|going to|gonna|will) get (?:a|an) (?:1|one|zero|0)(?: star)? (?:from me|off me)\b|"
            r"\b(?:feedback|review|rating|reviewed|rated)\b[^.!?\n]{0,40}\baccordingly\b|"
            r"\b(?:feedback|review|rating|opinion)\b[^.!?\n]{0,60}\b(?:is|was|will be|'s|it is|it's) (?:very |most |"
            r"quite |extremely )?(?:negative|unflattering|damning|scathing)\b|"
            r"\b(?:updat|edit|chang|amend|revis|lower|downgrad)\w* (?:my|that|the|our|me)(?: \w+){0,2}? "
            r"(?:review|feedback|rating)\b[^.!?\n]{0,40}\b(?:not (?:so |as |very )?(?:nice|good|glowing|positive)|"
            r"won'?t be|no (?:longer|more)|any ?more|down)\b|"
            r"\bchang\w* (?:it|that|my review|my rating|the rating|them) to (?:one|1|a one|zero|0|a 1)\b|"
            r"\b(?:review|reveiw|feedback|rating)\b[^.!?\n]{0,15}\bnot (?:a|so) (?:nice|good|kind|pretty|positive|"
            r"glowing|happy) (?:one|now)\b|"
            r"\b(?:frank|unflattering|scathing|damning|blistering|brutal|stinking|withering|scorching|searing|"
            r"thorough|very thorough|detailed|full|warts and all|honest and unflattering) (?:and \w+ )?(?:review|"
            r"account|write-?up|feedback)s? (?:of|about|on) (?:your|ur|you|u|ye|this|the way)\b|"
            r"\b(?:a |an )?(?:frank|unflattering|scathing|damning|blistering|brutal|withering) (?:review|feedback|"
            r"account|write-?up)\b|"
            r"\b(?:my|the) (?:review|feedback)\b[^.!?\n]{0,30}\b(?:will|'ll|shall|is going to|gonna) (?:say so|"
            r"say it|make (?:that|this|it) (?:clear|plain)|reflect (?:this|that|it)|speak for itself|do the work|"
            r"contain nothing but)\b|"
            r"\b(?:shan'?t|will not|won'?t|do not|don'?t) (?:need )?(?:exaggerate|need adjectives|be rude|embellish)"
            r"[^.!?\n]{0,20}\b(?:in|on) (?:my )?(?:\w+ )?(?:review|feedback|trustpilot|google|yelp)\b|"
            r"\b(?:review|feedback|account|rating)\b[^.!?\n]{0,60}\b(?:speak for itself|do the work|will be quite "
            r"enough|you will find worse|which (?:is|will be) worse)\b|"
            r"\bwrit\w* (?:this|it|all this|it all|the whole thing|everything) up (?:on|for|in) (?:the |my )?"
            r"(?:\w+ )?(?:amazon|etsy|ebay|trustpilot|yelp|google|reddit|facebook|productreview\S*|feefo|blog|"
            r"forum|review|site)\b"
        ),
    ),
    *_each(
        "review",
        (
            r"\b(?:post|giv|shar|writ|put|tell|publish|spread|explain|contribut|send|describ|broadcast)\w*"
            r"(?: \w+){0,3}? (?:my|an?|the|a full|a typed|a frank|a thorough)(?: \w+){0,2}? (?:account|experience|"
            r"story|version|paragraph|item|piece|reasons) (?:of|with|about|on) (?:your|ur|you|u|ye|yours|my "
            r"dealings|our dealings|this (?:shop|seller|company|firm|transaction))\b|"
            r"\b(?:account|experience|review|post|write-?up|story|item)\b[^.!?\n]{0,40}\b(?:will be|is|'s|are) "
            r"(?:going up|going on|coming up|appearing)\b|"
            r"\b(?:post|put|writ|shar|tell|giv)\w* (?:on|to) (?:my )?(?:trustpilot|yelp|google|facebook|instagram|"
            r"reddit|feefo|tiktok|twitter|xiaohongshu|weibo)(?: \w+)? my (?:whole |full |entire )?(?:experience|"
            r"story|opinion|review|account)\b|"
            r"\bon (?:trustpilot|yelp|google|feefo|facebook|reddit|ebay|etsy|amazon) will (?:appear|go up|be posted)\b|"
            r"\b(?:reviews?|posts?) (?:start|starts|begin|will start|starting) (?:going up|coming|appearing)\b|"
            r"\bon every (?:review site|review page|platform|site|forum|website|social)\b|"
            r"\b(?:and|then) (?:i'?m|im|i am|i'll|ill|i will) (?:writing|posting|leaving|doing|dropping) (?:the|a|my) "
            r"(?:review|post|feedback|rating)\b|"
            r"\b(?:before|then|till|until) (?:i|i'll|ill) (?:post|write|share)(?: \w+)? about (?:this|it|you|u|ur|"
            r"your)\b|\b(?:might|may|will|gonna|considering|thinking about|going to) (?:post|posting|writing) "
            r"about (?:this|it|you|u|ur)\b|"
            r"\b(?:dropp|dropping|droppin|drop)\w* (?:a|an|my|the)(?: \w+){0,2}? (?:review|reveiw|rating)\b"
            r"[^.!?\n]{0,20}\bnot\b|"
            r"\b(?:put|post|writ|leav|add|turn)\w* (?:my |the |this |a )?(?:complain\w*|complaint|grievance|"
            r"experience|story|problem|issue) (?:as|into) (?:a |my )?(?:review|feedback|rating|post)\b|"
            r"\b(?:review|feedback|rating)s? (?:under|against) (?:your|ur) (?:app|listing|shop|store|page|product)\b"
        ),
    ),
    *_each(
        "review",
        (
            r"\b(?:post|put|shar|upload|screenshot|publish|leak|drop|dropp|add|quot|past|forward|send)\w*"
            r"(?: \w+){0,2}? (?:the |this |these |our |my |your |ur |all (?:the |of )?|every )?(?:whole |entire |"
            r"full )?(?:chat|conversation|convo|messages|message history|emails|email chain|thread|exchange|"
            r"correspondence|screenshots?|dms|replies|letters?)\b(?: \w+){0,3}? (?:in|on|to|into|onto|with) (?:the |"
            r"my |our |a |their )?(?:\w+ ){0,3}?(?:forum|discord|server|group|channel|page|blog|highlight|story|"
            r"subreddit|r/\w+|sub|members|readers|followers|community|internet|socials|reddit|facebook|twitter|"
            r"tiktok|instagram|insta|trustpilot|google|yelp|wider \w+)\b|"
            r"\bpublish\w* (?:it|them|this|these|everything|the lot|all of it|our|the)\b[^.!?\n]{0,20}? (?:on|in) "
            r"(?:my|our|the|a)(?: \w+){0,2}? (?:blog|forum|page|website|site|newsletter|socials)\b|"
            r"\bquot\w* (?:it|this|them|you|u|that|your \w+|ur \w+)(?: \w+){0,2}? (?:on|in) (?:the |my )?(?:\w+ )?"
            r"(?:google|trustpilot|yelp|review|feedback|post|blog|facebook|twitter|reddit|forum)\b|"
            r"\b(?:review|account|post|write-?up|story|letter|feedback|thread|blog)s?\b[^.!?\n]{0,30}\bmake (?:\w+ )?(?:interesting|good|great|fascinating|entertaining|"
            r"illuminating|edifying|fine) reading\b|"
            r"\b(?:wider|whole|entire) (?:readership|audience|public)\b|\breadership of\b|"
            r"\b(?:describ|quot|mention|record|includ|detail|report|explain)\w* (?:it|this|that|them|you|u|your "
            r"\w+|ur \w+)(?: \w+){0,3}? in my (?:\w+ )?(?:review|feedback|post|blog|rating)\b|"
            r"(?<!ur )(?<!your )(?<!my )(?<!a )(?<!the )\b(?:shar|post|put|writ|drop|broadcast|explain|tell|spread|"
            r"upload|add|stick)\w*(?: \w+){0,5}? (?:on|in|"
            r"to|onto|into|across) (?:my |our |the |a |ur |his |her )?(?:\w+ ){0,2}?(?:discord|wechat|xiaohongshu|"
            r"weibo|red app|boards\.ie|productreview\S*|app store|play store|google play|buy and sell (?:page|group)|"
            r"marketplace groups?|community forum|forum of my \w+|highlights?|yt|storytime)\b|"
            r"\b(?:open|start|make|creat)\w* (?:a |an )?(?:\w+ )?(?:thread|topic) (?:in|on) (?:the )?(?:reddit|"
            r"mumsnet|facebook|forum|boards\.ie|discord|r/\w+|twitter|x)\b|"
            r"\bbroadcast\w* (?:your|ur|you|u|this|it)\b|"
            r"\b(?:this|it)(?:'s| is| s)? (?:becoming|getting|gonna be|going to be|turning into|about to be|"
            r"gonna become) (?:a|an)(?: \w+){0,2}? (?:tiktok|video|vlog|reel|storytime|thread|youtube video|yt video|"
            r"episode|ep|expos[eé])\b|"
            r"\bhav\w* a field day (?:w|with|over) (?:ur|your|you|u|ye|this (?:shop|seller|company|store))\b"
        ),
    ),
    *_each(
        "review",
        (
            r"\b(?:discord|server|gc|group chat|forum|group|groups|channel|community|guild|club|parish|town|"
            r"village|estate|street|neighbourhood|team|office|church|family|friends|mates|sisters|brothers|cousins|"
            r"aunties|followers|subscribers|members|everyone|everybody|ppl|people|theyre|they're|of \w+)\b"
            r"(?: \w+){0,2}? (?:is |are |r |'re |'s )?(?:all )?(?:gonna|going to|will|'ll|about to|are|r|is|'re)"
            r"(?: all)? (?:know|hear|see|find out|learn|read|hearing|seeing|reading|finding out|knowing) (?:about |"
            r"of )?(?:you|u|ya|ye|ur|your|this (?:shop|seller|company|store|business)|how (?:this|you|u|ye|ur|your|"
            r"it|the) \w+|this(?= *(?:[.!?,\n]|$| (?:tonight|today|tomorrow|soon|by|and|so|w))))\b|"
            r"\b(?:whole|entire) (?:\w+ )?(?:parish|town|village|country|estate|street|city|county) know\w* how\b|"
            r"\btell\w* (?:the )?(?:good |fine |lovely )?(?:people|folk|users|readers|members) of\b|"
            r"\b(?:be mentioning|shall mention|will mention|gonna mention) (?:your|ur|you|u|this) (?:\w+ )?(?:at|to|in) "
            r"(?:the|my|our|every)\b|"
            r"\btell\w* (?:literally )?(?:everyone|everybody|all) (?:i know|who will listen|who'?ll listen)\b|"
            r"\b(?:do[- ]not[- ](?:buy|use|order|shop)[- ]lists?|dnb list|(?:vendor|seller|shop|scam) black ?list|black ?list\w* "
            r"(?:you|u|ur|your)|(?:places|"
            r"shops|sellers|vendors|stores|businesses|traders) to avoid|avoid list|wall of shame|hall of shame|"
            r"scam list)\b|"
            r"\b(?:\d+k|thousand|hundred) (?:members|followers|subscribers|readers|"
            r"viewers|listeners)\b|"
            r"\b(?:the next (?:\w+ )?(?:person|buyer|customer|shopper|persn|one)|(?:other|future|next|potential|"
            r"prospective) (?:\w+ )?(?:buyers|customers|shoppers|people|ppl)|people (?:thinking of|buying from|"
            r"ordering from|looking at)|ppl|people|anyone (?:thinking|else))\b[^.!?\n]{0,60}\b(?:ought to|should|"
            r"deserve to|deserves to|ha(?:ve|s) (?:the |a )?right to|(?:are|is) entitled to|need to|needs to|must) "
            r"(?:be warned|be told|the full picture|know (?:the truth|what (?:happened|you|u)|how (?:this|it) (?:has "
            r"gone|went|goes|\w+ (?:treats|went|goes))|how (?:this|the|your|ur) (?:shop|seller|company|store|firm)"
            r"(?: \w+)? treats|about this(?= *(?:[.!?,\n]|$| po\b| so\b| and\b))))|"
            r"\b(?:warn|tell|alert)\w* (?:the next|other|future|potential) (?:\w+ )?(?:person|buyer|customer|"
            r"shopper|persn|people|buyers|customers|shoppers)\b|\bthe one to (?:warn|tell) (?:them|everyone|people|"
            r"others)\b|\bonly fair (?:that )?(?:other|future|next|potential) (?:\w+ )?(?:buyers|customers|shoppers|"
            r"people|ppl) (?:know|hear|be warned)\b"
        ),
    ),
    *_each(
        "review",
        (
            rf"\bletter to the (?:editor|paper|press|{_R8_REVIEW_PAPER})\b|"
            r"\b(?:phon|ring|call|email|writ\w* to|contact|pitch|send|tip\w* off|tell|gie|giv|approach)\w*"
            rf"(?: \w+){{0,2}}? (?:the {_R8_REVIEW_PAPER}|fair go|a current affair|watchdog|rip off britain|you and "
            r"yours|the checkout)\b|"
            r"\b(?:be|bein|being|end up|ending up|appear\w*|read about (?:yourself|yerself|it)) in the (?:local )?"
            rf"(?:{_R8_REVIEW_PAPER}|papers?|news|press)\b(?! (?:office|box))|"
            r"\b(?:money|consumer|watchdog) (?:section|segment|bit|slot|desk|champions?)\b|"
            r"\b(?:pal|mate|friend|contact|cousin|brother|sister|uncle|aunt|neighbour|someone|somebody|guy|bloke)\b "
            rf"(?:at|on|in|who works (?:at|for|on)) (?:the )?(?:{_R8_REVIEW_PAPER}|(?:local )?(?:news|radio|bbc|itv|paper|"
            r"papers|telly|tv|newsroom|press))\b(?! (?:office|box|room))|"
            r"\b(?:gie|giein|gi'e)\w* (?:her|him|them)(?: \w+)? (?:the |my |this )?story\b|"
            r"\bget (?:this|it|you|u|ye|ur \w+|your \w+) (?:on|in|into) (?:the )?(?:\w+ ){0,2}?(?:news|paper|papers|"
            r"telly|tv|radio|bbc|itv|press)\b|"
            r"\b(?:love|loves|like|likes|lap up|eat up|interested in) (?:a )?(?:\w+ )?stor(?:y|ies) like (?:this|mine|"
            r"that|yours)\b|"
            r"\b(?:programme|program|show|paper|column|page|section|segment|desk)s?\b[^.!?\n]{0,20}\b(?:takes?|"
            r"taking) an? (?:\w+ )?interest in\b|"
            r"\b(?:readers|listeners|viewers|members|ladies|followers|subscribers|audience|congregation|guild|"
            r"institute|mums|parents|neighbours)\b[^.!?\n]{0,25}\b(?:would|will|'d|'ll|might|may) be (?:very |"
            r"really |most |so |extremely |quite )?interested (?:to (?:hear|know|read|learn|see)|in) (?:about )?"
            r"(?:how|what|this|your|ur|you|u|the way)\b"
        ),
    ),
    *_each(
        "review",
        (
            r"\b(?:rating|stars?|score|reputation|reviews?)\b[^.!?\n]{0,25}\b(?:survive|withstand|recover from)\b|"
            r"\b(?:survive|withstand|recover from) (?:an? |the |my |me )?(?:\w+ ){0,2}?(?:review|account|post|rating|"
            r"write-?up|posting)\b|"
            r"\bhow many stars\b[^.!?\n]{0,30}\b(?:i|i'll|ill|me)\b|"
            r"\bhow (?:do|d|would|will) (?:you|u|ye|ya) (?:think|reckon|imagine|suppose|expect)\b(?: \w+){0,6}? "
            r"(?:rating|reviews?|stars?|post|feedback|reputation|score)\b|"
            r"\b(?:you|u|ye|ya) (?:really |seriously |actually )?want (?:me (?:to )?(?:put\w*|post\w*|shar\w*|"
            r"writ\w*) )?(?:this|that|it|everyone|the whole \w+|the world)(?: up)? (?:on|all over) (?:the |ur |your |"
            r"yer |my )?(?:\w+ ){0,2}?(?:reviews?|feedback|page|boards\.ie|facebook|reddit|twitter|trustpilot|"
            r"google|internet|socials|tiktok|instagram)\b|"
            r"\bwhen (?:they|people|ppl|others|everyone|customers|buyers) (?:read|see) (?:my|the) (?:review|feedback|"
            r"post|rating|story|account)\b|"
            r"\bhow many (?:people|ppl|buyers|customers|folk|others) (?:read|check|look at|see|use)\b[^.!?\n]{0,20}"
            r"\b(?:reviews?|feedback|ratings?|trustpilot|google|yelp|productreview)\b|"
            r"\b(?:name|shop|business|company|brand|face|store)(?:'s| s)?(?: name)?(?: \w+){0,2}? (?:all over|"
            r"plastered (?:all )?over|splashed (?:all )?over|across) (?:the )?(?:facebook|fb|twitter|instagram|insta|"
            r"tiktok|reddit|youtube|google|social media|socials|the internet|internet|the papers|papers|news|town|"
            r"x)\b|\b(?:name|shop|store|brand|business|company)\b[^.!?\n]{0,25}\btrending\b|"
            r"\b(?:your|ur|yer) (?:reviews?|ratings?|feedback|stars?)(?: page| section| score)? (?:are|r|is|'re|'s)? ?"
            r"(?:gonna|going to|will|'ll) love me\b|"
            r"\b(?:cya|see (?:you|u|ya|ye)|catch (?:you|u|ya)) (?:in|on) (?:the|my) (?:reviews?|feedback|comments)\b|"
            r"\bbet (?:you|u|ya|ye) (?:cant|can'?t|cannot) wait (?:for|to (?:read|see)) my (?:review|feedback|post)\b|"
            r"\bgonna love read\w* my (?:review|feedback|post)\b|"
            r"\b(?:review|feedback|rating|stars?)\b[^.!?\n]{0,60}\b(?:all one of (?:em|them)|not quite the word|"
            r"in the sense that|for imagination|jk its going to be one)\b|"
            r"\bsee\w* (?:yourself|yerself|yourselves|urself) (?:on|in) my (?:review|feedback|post|video|blog)\b"
        ),
    ),
    *_each(
        "review",
        (
            r"\b(?:yelp|trustpilot|google|reddit|facebook|tiktok|twitter|instagram|insta|youtube|feefo|mumsnet|"
            r"productreview|the internet|the forum|the group)\b (?:is|are|'s|r|will be) (?:getting|gonna get|going to get|"
            r"about to get) (?:the|my|a|an) (?:full |whole |entire |honest )?(?:story|review|account|rundown|details|"
            r"lot|truth)\b|"
            r"\b(?:about to|going to|gonna) get (?:the|a|an|my)(?: \w+){0,2}? (?:equivalent|"
            r"treatment)\b[^.!?\n]{0,10}\bfrom me\b|"
            r"\bmak\w* sure (?:ppl|people|everyone|every1|others|they|buyers|customers|folk) (?:know|hear|see|find "
            r"out|read) (?:how (?:this|it|you|u|ur|your)|what (?:you|u|this)|about (?:you|u|ur|your|this))\b|"
            r"\b(?:leav\w*|giv\w*|gettin\w*|getting|get) (?:(?:you|u|ya|ye) )?(?:a |an )?(?:neutral|negative|neg)"
            r"(?: \w+){0,2}? (?:on|off me|from me)\b|"
            r"\b(?:yer|your|ur) (?:shop|store|business|company|name|brand)(?:'s| is|s)? (?:goin|going|gonna go) "
            r"(?:on|up on|in|into) (?:me|my|our) (?:\w+ )?(?:instagram|insta|ig|facebook|fb|tiktok|story|page|"
            r"socials|blog|channel|feed|twitter)\b|"
            r"\b(?:do|doing|make|making|film\w*|post\w*|record\w*) (?:a|an|my)(?: \w+){0,2} (?:video|vlog|tiktok|"
            r"reel|story|post|thread)\b (?:bout|about|on|of) (?:yer|ye|ya|yous)\b|"
            r"\btell\w* (?:them|everyone|people|ppl|the \w+) (?:exactly how (?:this|it|you|u|ur|your)|all about "
            r"(?:you|u|your|ur|this (?:shop|seller|company)))\b|"
            r"\b(?:radio|local radio) phone[- ]?in\b|"
            r"\b(?:should|must|ought to|deserve to|need to|needs to) be told (?:the truth|what|how|about)\b|"
            r"\bhear about (?:you|u|your|ur|ye|yer|this) (?:\w+ )?from me\b|"
            r"\b(?:noted|recorded|documented|reflected|remembered) on (?:trustpilot|google|yelp|ebay|etsy|amazon|feefo|"
            r"facebook|reddit)\b|"
            r"\b(?:make|makes|making|record|records|recording|film|films|filming|do|doing)\b (?:one|a (?:short |little )?"
            r"(?:piece|segment|episode|feature)) (?:about|on|bout) (?:your|ur|you|u|yer|buying from)\b|"
            r"\b(?:post|video|tiktok|reel|story|blog|thread|piece)\b[^.!?\n]{0,20}\b(?:will|may|might|is going to|gonna)"
            r"(?: well)? be (?:all )?about (?:your|ur|you|u|yer)\b|"
            r"\bwhat (?:reddit|twitter|tiktok|the internet|facebook|mumsnet|the forum|the group|my followers) (?:thinks|"
            r"makes|will think|will make|says|will say) (?:of|about) (?:ur|your|you|u|this)\b|"
            r"\b(?:story|post|video|reel|tiktok|thread|review)s? (?:w|with|about|on|tagging) (?:ur|your|you|u|yer)\b"
            r"(?: \w+){0,2}? (?:going|goes|will go|is going) (?:up|live|out)\b|"
            r"\b(?:feedback|review|rating)s? (?:you|u) (?:have |'ve |ve )?(?:earned|deserve)\b|"
            r"\b(?:bad|negative|one[- ]star|1[- ]star) (?:review|feedback|rating)\b[^.!?\n]{0,60}\b(?:yours|you|u|"
            r"this|your \w+) (?:will|'ll|is going to|gonna) be (?:the|my) first\b|"
            r"\b(?:not|no need|n'?t)\b(?: \w+){0,3}? (?:exaggerat\w*|adjectives|be rude|strong language|embellish\w*|"
            r"swear\w*)\b[^.!?\n]{0,20}\b(?:in|on) (?:my )?(?:\w+ )?(?:review|feedback|trustpilot|google|yelp)\b|"
            r"\bfacts(?: alone)? (?:will|'ll) (?:tell|speak|do)\b|"
            r"\b(?:people|team|producers|folks|editors?|journalists?) at (?:rip off britain|watchdog|fair go|a current "
            rf"affair|you and yours|the checkout|the {_R8_REVIEW_PAPER})\b"
        ),
    ),
    # Round 8b violence rules (dev12-dev14)
    # Violence (round 8b): veiled menace by construction. Harm that "happens to people like you";
    # a visit to the seller's place whose tail says it will not be peaceful; an ultimatum ending
    # in a visit; dealing with the seller face to face / myself; regret made physical; a stated
    # restraint about to give way ("not a violent man, but..."); a beating "is what you need";
    # knowing the address, road or distance with a warning tail; the seller's family, kids or
    # staff named with a warning tail; safety questions; property: insurance, alarms, fire,
    # tyres, glass and stock that "won't survive", shame-if clauses; people sent or brought
    # round, friends "in your town"; chat slang (catch hands, pull up, slid on, smoke).
    *_each(
        "violence",
        (
            r"\b(?:accidents|things|stuff)\b[^.!?\n]{0,40}\bhappen\w*"
            r"\b[^.!?\n]{0,40}?\bto (?:people|traders|sellers|shops|folk|those|anyone|businesses|(?:a|any|the kind of|the sort of) (?:person|man|woman|"
            r"seller|shop|trader|business|company|bloke|guy)|someone|somebody) (?:like (?:you|u|ya|yours)|"
            r"(?:who|that) (?:behave|treat|rip|scam|cheat|ignore|mess|cross|run|don'?t|do not|won'?t|lie|steal)\w*)\b|\b(?:have|has) a (?:way|habit) of (?:getting hurt|happening to|having accidents|getting "
            r"(?:smashed|burnt|burned|broken))\b|"
            r"\b(?:places|shops|vans|cars|businesses|warehouses|units) like (?:yours|urs|your \w+|ur \w+)\b"
            r"[^.!?\n]{0,20}\b(?:burn|get (?:burnt|burned|robbed|smashed|broken into|torched)|catch fire)"
        ),
    ),
    *_each(
        "violence",
        (
            r"\b(?:at|to|on|round to|outside|into) (?:your|ur|yer) (?:\w+ ){0,3}?(?:door(?:step)?|house|home|premises|"
            r"shop|stall|unit|address|place|gate|warehouse|pop ?up|pickup spot|front door|office|workshop)\b"
            r"(?:(?!collect|pick|buy|return|drop)[^.!?\n]){0,70}?\b(?:(?:will|would|wont|won'?t|do|don'?t|dont|not)(?: \w+){0,3}? (?:enjoy|like) "
            r"(?:the visit|it|me|what)|(?:not|won'?t|wont|don'?t|dont|isn'?t|ain'?t)(?: (?!able\b)\w+){0,4}? (?:civil|to chat|a chat|for a chat|nice "
            r"talk|polite|patient)|(?:not|wont|won'?t) be (?:there|coming) for (?:the|your|ur) (?:parcel|order|"
            r"item|refund)|(?:you|u)(?:'ll| will) be (?:very |so |really )?sorry\b(?! (?:to|for|about|if|that))|settl\w* (?:this|it) (?:outside|"
            r"in person|properly|my way)|bring backup|(?:you|u)(?:'ll| will) understand(?=\s*(?:[.!]|$))|talk in "
            r"my way|clear (?:it|everything) off)\b|"
            r"\b(?:hrs|hours|days|day|mins|minutes|weeks?|tomorrow|tonight)\b,?(?: and)? then (?:i|im|i'm|i'll|ill|i "
            r"am|we)(?: \w+)? (?:driv|com|head|turn|show|find|pull|visit)\w*(?! back)(?: \w+)? (?:to (?:your|ur|yer|"
            r"you|u)|to find|and find|round|over)\b(?![^.!?\n]{0,30}\b(?:collect|pick|return|drop|buy))|"
            r"\b(?:i'?ll|ill|i will|i'?m|im|i am|i shall)(?: \w+){0,2}? deal(?:ing)? (?:with|w) (?:you|u|ya|ye) face to face\b|"
            r"\b(?:come|coming|pop|drive|driving|get) (?:round|over|down|there) and deal (?:with|w) (?:you|u|ya|ye) "
            r"(?:myself|face to face|personally)\b|\bhave it out with (?:you|u|ya|ye|"
            r"whoever)\b|\b(?:i|we) (?:come|drive) to (?:you|u|your address|ur address) (?:personally|this \w+ and we "
            r"talk)\b|\b(?:i|we) come to (?:your|ur) address\b(?=\s*(?:[.!]|$))|\b(?:i|we) come with (?:my|some|a few) "
            r"(?:friends|lads|boys|guys|brothers|cousins|people)\b(?![^.!?\n]{0,30}\b(?:collect|pick|buy|shop))|"
            r"\bleave (?:your|ur|yer) (?:van|car|motor) where (?:i|we) can (?:find|see|get)\b|\bleaving (?:your|ur|yer) "
            r"(?:\w+ )?(?:shop|van|car|house|stall|unit|premises) unattended\b"
        ),
    ),
    *_each(
        "violence",
        (
            r"\b(?:you|u|ya)(?:'ll| will| are going to| r gonna| gonna)(?: \w+){0,2}? (?:regret|be sorry)\b[^.!?\n]{0,30}\b(?:in person|face to face|physically|when (?:i|we) "
            r"(?:catch up with|meet|see)|next time we meet)\b|\bwhen (?:i|we) (?:catch up with|find|catch|get hold "
            r"of) (?:you|u|ya|ye)\b[^.!?\n]{0,25}\b(?:wish|regret|sorry|know about it)\b|\b(?:find|catch) (?:you|u|"
            r"ya|ye)\b[^.!?\n]{0,5} and (?:you|u)(?:'ll| will) know about it\b|\bpray (?:i|we) (?:don'?t|dont|never) "
            r"(?:find|see|meet|catch)\b|\bin the physical sense\b|\bgets? physical\b(?! (?:copy|copies|receipts?|items?|products?|goods|stores?|shops?|cards?|versions?|books?|"
            r"media|discs?|cds?|dvds?|mail|post|letters?|invoices?|tickets?|shelf|shelves))|\bwith (?:you|u|ya) "
            r"physically\b"
        ),
    ),
    *_each(
        "violence",
        (
            r"\b(?:not (?:a|one for) (?:violent|violence|fighting|fights)|never (?:struck|hit|punched|hurt) "
            r"(?:anyone|anybody|a soul)|not (?:normally |usually )?a violent (?:man|woman|person))\b[^.!?\n]{0,40}\bbut"
            r"\b[^.!?\n]{0,40}\b(?:exception|testing|start with|tempt\w*|pushing|might|make me)\b|\bwhat (?:i|we) "
            r"(?:might|could|may) do (?:to (?:you|u) )?if (?:i|we) (?:met|meet|see|saw|found|find|caught|catch)\b|"
            r"\b(?:can(?:not|'t)|won'?t|would not|wouldn'?t) (?:promise|answer for|be responsible for)\b"
            r"[^.!?\n]{0,60}\b(?:same room|face to face|in person|what (?:he|she|they) (?:does|do|did)|what "
            r"happen\w* to (?:your|ur|yer))\b|\b(?:younger|years ago)\b[^.!?\n]{0,60}\b(?:fists|floor|physically|"
            r"punch|settle this|sort (?:you|u) out)\b|\b(?:still|can|could) throw a punch\b|\bwith (?:my|me|our) "
            r"fists\b"
        ),
    ),
    *_each(
        "violence",
        (
            r"\b(?:good |proper )?(?:hiding|thrashing|kicking|beating|hammering|horsewhipping)\b[^.!?\n]{0,25}\b"
            r"(?:what (?:you|u|ya) need|give it to (?:you|u|ya)|the man to give)\b|\bwhat (?:you|u|ya) need is a "
            r"(?:good |proper )?(?:hiding|thrashing|kicking|beating|slap|smack|clip round the ear)\b|\bhorsewhip\w*"
            r"|\btak\w* a (?:stick|belt|whip|cane|hammer|bat) to (?:you|u|a (?:man|woman|person|trader|seller) like "
            r"(?:you|u))\b|\bgiv\w* (?:ya|ye|yer|whoever) a (?:proper |good )?(?:hiding|slap|smack|kicking|beating|"
            r"doing|thrashing)\b"
        ),
    ),
    *_each(
        "violence",
        (
            r"\b(?:road|street|avenue|estate|close|lane|cul-de-sac) (?:you|u|ya) live (?:on|in)\b|\b(?:your|ur|yer)"
            r"(?: \w+)? (?:house|home|shop|unit|address|warehouse|premises|place|car|van)\b[^.!?\n]{0,15}\b(?:no "
            r"trouble|not hard|easy|very easy|isn'?t hard|wasn'?t hard) to find\b|\b(?:your|ur|yer)(?: \w+){0,2} "
            r"(?:unit|shop|house|home|warehouse|premises|address|place|business)\b(?: is| are|'s)? (?:only |just "
            r"|about |literally )?(?:\w+ )?(?:minutes|mins|miles)\b (?:away )?(?:from|fae|frae) me\b[^.!?\n]{0,30}\b"
            r"(?:(?:bear|keep)\w*(?: that| it| this)? in mind|i'?ve checked|a'?ve checked|noted|just sayin\w*)\b|\b(?:i|a|we|ah)(?:'ve|ve)?(?: \w+)? (?:know|ken|kno|"
            r"knew|looked up|found out|checked)(?: exactly| precisely)? (?:where|were) (?:you|u|ya|ye|your|ur|yer)"
            r"(?: \w+){0,3}? (?:live|lives|is|are|r|work|stay|operate)\b(?![^.!?\n]{0,40}\b(?:pick|collect|drop|pop "
            r"in|come and get|walk past|pass|nearby|close to|round the corner|so i can|if that'?s|see (?:you|u)|class|"
            r"workshop|event|open\w*|visit\w*|shop(?:ping)? there))|"
            r"\b(?:i|a|i'?ve|a'?ve)(?: \w+)? (?:know|ken|have|got|found|looked up)\b (?:your|ur|yer) (?:\w+ )?"
            r"address\b[^\n]{0,40}\b(?:remember that|just sayin\w*|noted|in mind|think on)\b|\b(?:your|ur|yer)"
            r"(?: \w+)? address(?:'s| is)? (?:literally |right )?on (?:the|my|your|ur) (?:\w+ )?(?:label|invoice|"
            r"receipt|parcel|package|box)\b[^.!?\n]{0,60}\b(?:just sayin\w*|(?:cannot|can'?t|can still|could) drive there|remember that|noted)\b|"
            r"\bknow what (?:your|ur|yer) (?:house|home|car|van|kids|wife|shop|family)(?: \w+)? looks? like\b|"
            r"\bknow which (?:car|van|house|motor)(?: \w+)? (?:is )?(?:yours|urs)\b"
        ),
    ),
    *_each(
        "violence",
        (
            r"\b(?:your|ur|yer) (?:family|wife|husband|kids|children|daughter|son|partner|staff|drivers?|delivery "
            r"drivers?|workers|employees)\b[^.!?\n]{0,60}\b(?:should|ought to|better|needs? to|had better|to|will "
            r"want to)(?: \w+)? (?:be careful\b(?! (?:when |with |about |while )?(?:pack|wrap|handl|ship|post|send|label|deliver))|watch (?:herself|himself|themselves|out|(?:their|his|her) backs?)|keep "
            r"(?:an|a close) eye (?:out|on them)|look over (?:their|his|her) shoulders?|not come)\b|"
            r"\b(?:girl|lad|guy|lady|woman|man|bloke|person|whoever)\b[^.!?\n]{0,5} (?:who )?(?:packs|answers|runs|"
            r"packed|answered|works)\b[^.!?\n]{0,30}\b(?:should|ought to|better|needs? to|to)(?: \w+)? (?:be "
            r"careful|watch (?:herself|himself|themselves|out|(?:their|his|her) backs?)|keep (?:an|a close) eye out|"
            r"look over (?:their|his|her) shoulders?)\b|\b(?:keep|kept) the (?:\w+ )?(?:girl|lad|guy|lady|woman|man|"
            r"bloke|person)\b[^.!?\n]{0,40}\b(?:well )?away from me\b|"
            r"\b(?:your|ur|yer|(?:you|u) have|(?:you|u) have a|(?:you|u) have got) (?:family|wife|kids|children|"
            r"wife and kids)\b[^.!?\n]{0,30}\b(?:think about (?:them|that|it)|remember (?:this|that)|don'?t forget|"
            r"dont forget|be careful what|(?:she|he|they) ought to be careful|keep a close eye on them)\b|\bthink "
            r"about (?:your|ur|yer) (?:family|kids|wife|children)\b(?: \w+){0,2}? before (?:you|u) (?:ignore|refuse|mess|cross|"
            r"try|fob)\w*\b|\b(?:your|ur|yer) "
            r"(?:kids|children|daughter|son)\b (?:go|goes) to school (?:near (?:there|here)|also|too)\b|\bwho (?:walks|picks "
            r"up|drives|takes) (?:your|ur|yer) (?:kids|children|daughter|son)\b|\b(?:saw|seen|found|looked at) "
            r"(?:your|ur|yer) (?:family|kids|children|wife|husband|house)(?: \w+)? (?:pics|photos|pictures)\b"
            r"[^.!?\n]{0,25}\b(?:house|home|address|street|school)\b|"
            r"\b(?:your|ur|yer) (?:family|kids|wife|children)\b(?: \w+){0,2} (?:lives?|is|are) in (?:the )?same "
            r"(?:city|town|area) as me\b|\blook over (?:your|ur|yer) shoulders?\b"
        ),
    ),
    *_each(
        "violence",
        (
            r"\b(?:feel|feeling) safe (?:walking|driving|going|leaving|locking)\b|\bwho'?s? (?:is )?watching "
            r"(?:your|ur|yer) (?:shop|house|home|kids|van|car|unit)\b|\b(?:you|u) (?:really )?think (?:you'?re|ur|"
            r"youre|you are|u r|u are) safe\b|\bscreen (?:protects|will protect|can protect|won'?t protect) "
            r"(?:you|u)\b|\bhow long (?:do (?:you|u) think )?(?:it )?(?:takes?|would it take|will it take) (?:me|us) "
            r"to (?:drive|get|walk|come) to (?:your|ur|yer|you|u)\b|\b(?:for|if) (?:you|u|ya|ye|your \w+|ur \w+|"
            r"anyone|someone) (?:to )?(?:came|come|comes) to (?:any )?harm\b|\b(?:like|enjoy|love)s? (?:ambulance|"
            r"hospital) (?:rides?|food|visits?|beds?)\b"
        ),
    ),
    *_each(
        "violence",
        (
            r"\bhope (?:your|ur|yer)(?: \w+){0,2}? (?:shop|store|storefront|shop ?front|van|car|motor|warehouse|unit|"
            r"house|premises|windows?|glass)(?:'s| is| are| has| have| got|'s got)?(?: \w+){0,2}? (?:insured|"
            r"insurance|alarm|smoke alarm|fire alarm|strong)\b(?=[^\w\n]*(?:$|[.!]|\b(?:lad|bab|la|pal|mate|love|tho|though|btw|lol|that works?|right)\b))|\bhope (?:you'?re|ur|youre|you are|u r) insured "
            r"(?:for|against) (?:fire|glass|shattered|broken|arson|damage|vandal\w*)\b|\binsured against (?:a |an )?"
            r"(?:very )?(?:angry|unhappy|furious) (?:customer|buyer)|\binsured against me\b|\bkeep (?:a|the|your) "
            r"fire extinguisher\b[^.!?\n]{0,20}\bif i (?:were|was) (?:you|u)\b|\b(?:of (?:yours|urs)|(?:your|ur|yer) \w+) better have (?:a )?(?:good |decent )?"
            r"(?:alarm|insurance|locks?|cctv)\b"
        ),
    ),
    *_each(
        "violence",
        (
            r"\b(?:shame|pity)\b,? if (?:something|somethin|sumthin\w*|summat|summit|sumfin|somefing|smth|sth|owt|anything|anythin|"
            r"someone|somebody|some1|sum1)(?: bad)? (?:happened|happens|happend|took a key|set fire)\b|"
            r"\b(?:shame|pity)\b,? if (?:someone|somebody|some1|sum1|anyone|a (?:\w+ )?(?:brick|rock|stone|firework|match))\b(?: \w+){0,2}? "
            rf"(?:took|takes|take|put|threw|throws|chucked|was to take|were to take) (?:a |an |the |their )?(?:\w+ )?(?:{_R9_WEAPON}|key|"
            r"brick|rock|stone|match|lighter|firework|spray can)s? (?:to|through|at|into)\b|\b(?:shame|pity)\b,? if (?:your|ur|yer|it|they|that|the)(?: \w+){0,3}? "
            r"(?:caught fire|burned down|burnt down|went up in flames|got (?:its|their) tyres \w+|got keyed|got "
            rf"torched)\b|\b(?:shame|pity)\b,? if (?:your|ur|yer|that|the)(?: \w+){{0,2}}? {_PROPERTY}\b(?: \w+){{0,3}}? "
            r"(?:got|get|were|was) (?:damaged|scratched|dented|keyed|slashed|smashed|burnt|torched)\b|\bhope "
            r"(?:nothing|nowt|nuthin|nothin)(?: bad)? happens to (?:your|ur|yer|it|them|you|u|that)\b(?![^.!?\n]{0,30}"
            r"\b(?:transit|post|delivery|courier|shipping|way|again))(?=[^.!?\n]{0,30}(?:\b(?:lol|like|just sayin\w*)\b|"
            r"\U0001f642|\U0001f607|\U0001f609|\U0001f60f))|\b(?:your|ur|yer)(?: \w+){0,2} (?:van|car|motor|"
            r"shop|windows?|tyres|stall)(?:'s| is| are)? (?:might|may|could|won'?t|will not|wont) (?:not )?(?:be "
            r"there|last|survive|still be)\b(?: \w+){0,2}? (?:in the morn\w*|the (?:week|night)|tonight|long)\b(?!\s*\?)|"
            r"\b(?:your|ur|yer)(?: \w+){0,2} (?:car|van|motor|shop|windows?|tyres|stall)(?:'s| is| are)? (?:might|may|"
            r"could|will|'ll|is going to|gonna|are going to) (?:get|be) (?:keyed|slashed|smashed|scratched|torched|"
            r"burnt|bricked|dented)\b(?! for)(?!\s*\?)|\bof (?:yours|urs) (?:might|may|could|will|is going to|gonna) (?:get|be) "
            r"(?:keyed|slashed|smashed|scratched|torched|burnt|bricked|dented|done)\b|\b(?:have|get|with) a (?:brick|"
            r"rock|stone) (?:thru|through)\b|\b(?:your|ur|yer)(?: \w+)? (?:windows?|windscreen|glass|door)\b(?: \w+)? "
            r"(?:goes|go|going|will go) (?:through|thru|in)\b|\b(?:don'?t|dont|do not) be surprised to see me (?:at|"
            r"outside|round) (?:the|your|ur|yer) \w+ when (?:ye|you|u) (?:finish|close|leave|lock|get)\w*\b|\b(?:wouldn'?t|would not|doesn'?t|does not|won'?t) take much (?:for|to)\b"
            r"[^.!?\n]{0,30}\b(?:put in|smash\w*|break|broken|burn\w*|go up)\b|\b(?:get|gets|got) (?:their|its|your|"
            r"ur|yer) tyres (?:let down|slashed|done|popped|punctured|keyed)\b|\b(?:your|ur|yer) (?:shop ?front|"
            r"windows?|storefront|front door|door)\b[^\n]{0,90}\b(?:easily|easy to) (?:broken|break|smash\w*|"
            r"shatter\w*)\b|\b(?:your|ur|yer)(?: \w+)? (?:front door|door|windows?|shop|shutters?|gate)\b (?:can'?t|"
            r"cant|cannot|won'?t|wont) (?:handle|stop|keep out) me\b|\b(?:won'?t|wont|will not|not) look the same "
            r"after (?:i|we|me|my)\b"
        ),
    ),
    *_each(
        "violence",
        (
            r"\b(?:your|ur|yer)(?: \w+){0,2} (?:premises|shop|store|storeroom|unit|house|door|warehouse|stall|office|"
            r"van|car)\b with (?:a|my) (?:hammer|bat|crowbar|brick|axe|knife|machete|baseball bat|sledgehammer|can "
            r"of petrol|lighter)\b|\bcustomer with a (?:hammer|bat|crowbar|brick|axe|knife|machete)\b|\b(?:your|ur|"
            r"yer)(?: \w+){0,3}? (?:displays?|stock|stall|shel(?:f|ves)|window)\b[^.!?\n]{0,30}\b(?:end up|be|go) "
            r"(?:all )?(?:over|on|across) the (?:pavement|floor|road|street|ground)\b|\beverything on (?:your|ur|yer)"
            r"\b[^.!?\n]{0,30}\b(?:end up|be|go) (?:all )?(?:over|on|across) the (?:pavement|floor|road|street|"
            r"ground)\b|\b(?:your|ur|yer)(?: \w+)? (?:stock|shop|van|car|windows?|displays?|stall)\b(?: \w+){0,2}? "
            r"(?:would|will|wouldn'?t|won'?t)(?: not)? (?:survive|last)\b[^.!?\n]{0,30}\b(?:if|when|once) (?:i|we)\b"
        ),
    ),
    *_each(
        "violence",
        (
            r"\b(?:send|sending|sent|bring|bringing)(?: \w+)? (?:the |my |some (?:of )?(?:my )?|a few (?:of )?(?:my )?)?"
            r"(?:boys|lads|guys|people|friends|mates|brothers|cousins|crew|men)\b(?: \w+){0,3}? (?:round|over|to "
            r"(?:your|ur|yer) (?:address|house|home|door(?:step)?)|to have a word|to (?:your|ur|yer) (?:shop|place|unit|"
            r"premises|store) and (?:you|u)(?:'ll| will) (?:understand|see|learn|regret|be sorry))\b(?![^.!?\n]{0,30}\b"
            r"(?:collect|pick|buy|return|drop|shop with))|\bwait for us\b[^.!?\n]{0,10}\b(?:me and my|my) (?:guys|boys|"
            r"lads|friends|mates|brothers|cousins)\b|\b(?:my|me and my|some|a few|few)(?: \w+)? (?:boys|lads|guys|people|friends|mates|brothers|"
            r"cousins|crew|men)\b[^.!?\n]{0,40}\b(?:coming|come|go|going|drive|driving|head\w*)(?: round| over| down)? "
            r"to (?:your|ur|yer) (?:\w+ )?(?:place|shop|house|home|address|unit|door|premises|store|stall|warehouse)\b"
            r"[^.!?\n]{0,30}\b(?:talk|word|chat|sort|deal|understand|not nice|settle|explain)\w*\b(?![^.!?\n]{0,30}\b"
            r"(?:collect|pick|buy|return|drop|shop|browse|look))|\b(?:people|guys|friends|lads|boys|"
            r"mates|contacts|cousins)\b (?:in|round|near|around) (?:your|ur|yer) (?:town|city|area|way|neighbourhood|"
            r"street|manor|ends)\b[^.!?\n]{0,40}\b(?:handle|owe me|sort|deal with|can make|not the sort|visit|find "
            r"(?:you|u))\b|\b(?:guys|people|lads|boys|friends|someone|somebody) (?:i know|of mine) (?:can|could|will|"
            r"would)(?: \w+)? (?:find|visit|sort|deal with|handle)\b(?![^.!?\n]{0,15}\b(?:on|online|via|through)\b)|\b(?:receive|get|expect)(?: a)? visit from "
            r"(?:my|some|a few) (?:people|friends|lads|boys|guys|brothers|family)\b|\b(?:not be using|won'?t be "
            r"using|without using) words\b|\bnot (?:a )?gentle (?:man|person|soul|type|sort)\b|\b(?:wouldn'?t|would "
            r"not|should not|shouldn'?t) (?:like|want) to be in (?:your|ur) (?:position|shoes) if (?:they|he|she)\b"
        ),
    ),
    *_each(
        "violence",
        (
            r"\bcatch(?:ing)? (?:these |some |the )?hands\b|\bcatch (?:a|the) fade\b|\bwant (?:these )?hands\b(?!-)|"
            r"\bsquare (?:up|tf up) (?:with|to) (?:whoever|the (?:guy|girl|driver|packer|owner))\b|\b(?:don'?t|dont|"
            r"do not) make me pull up\b|\bslid on\b|\b(?:ur|you'?re|youre|u r) an op\b|\b(?:got|have|want) smoke "
            r"with me\b|\bbetter (?:hide|run)\b(?=\W*$)"
        ),
    ),
    # Round 8b chargeback, legal and report rules (dev12-dev14)
    # Chargeback, by construction over a wider class of banks, card firms, wallets and payment apps
    # (``_R8_MONEY_BANK``): the provider will reverse, freeze, stop or take the money; the provider
    # is getting a call or will hear from me; someone asks or instructs the provider to reverse it;
    # the matter taken up with the provider; money reversed or disputed through it; a case, claim,
    # contestation opened in it; the purchase contested or flagged; direct-debit indemnity claims;
    # taunts (will the bank side with you, see what it says, enjoy the money while it lasts); a
    # condition whose consequence is the provider handling it; the card frozen so the payment fails;
    # the provider will not pay the seller; its disputes team; rights against the card issuer.
    # Legal: a view to proceedings, a lawyer reading or drafting over the matter, a claim lodged at
    # or filed with a tribunal or court, a court approached, the seller to explain himself to a
    # judge. Report: a matter for a body, the body made aware, the firm brought to its attention,
    # the matter put before it, the body getting the seller's name or a call, reports to bodies new
    # to the rules (``_R8_MONEY_BODY``), listings reported, the platform told about the seller.
    *_each(
        "chargeback",
        (
            rf"\b{_R8_MONEY_BANK}\b(?:'s|s)?(?: \w+){{0,3}}?(?: will|'ll| is going to| are going to| is gonna| are gonna|"
            r" r gonna| is about to| are about to| can| could| is| are| r|'s|'re)(?: \w+)? (?:reverse|undo|take back|"
            r"claw back|freeze|stop|pull|taking|reversing|undoing|freezing|pulling|clawing back|charge back|"
            r"charging back)(?: back)? (?:it|this|that|the (?:whole )?(?:payment|charge|money|transaction|funds|sale|lot)|"
            r"ur|your|yer)\b(?! to (?:me|my)\b)|"
            rf"\b{_R8_MONEY_BANK}\b(?: \w+){{0,2}}?(?: will|'ll| can| is going to| is gonna) (?:return|give back|refund|"
            r"take) (?:the |my )?(?:money|charge|payment|funds)\b[^.!?\n]{0,10}\bfrom (?:your|ur|yer|the seller'?s?) "
            r"(?:account|shop|business|bank)\b|"
            rf"\b{_R8_MONEY_BANK}\b(?: will be| is being| has been|'s been| is going to be| is gonna be) asked to "
            r"(?:reverse|undo|take back|claw back|return|freeze|stop|pull|recall|charge back|dispute|contest)\b|"
            rf"\b{_R8_MONEY_BANK}\b(?:'s \w+ \w+)?(?: \w+){{0,2}}?(?: is| are| r|'s|'re| will be|'ll be| will|'ll)? "
            r"(?:getting|gettin|gets|receiving) a (?:\w+ )?(?:call|ring|complaint)\b(?![^.!?\n]{0,45}\b(?:limit|unblock|"
            r"approv|activat|pin|new card|address|my card))|"
            rf"\b{_R8_MONEY_BANK}\b(?:'s \w+ \w+)?(?: \w+){{0,2}}?(?: will|'ll| is going to| are going to| is gonna| are "
            r"gonna| r gonna| shall)(?: be)? (?:hearing|hearin|hear) (?:from|off) me\b|"
            r"\b(?:ask|asking|asked|get|getting|got|have|having|instruct|instructed|instructing|tell|telling|told|"
            rf"request\w*) (?:my |the |our |his |her )?(?:\w+ )?{_R8_MONEY_BANK}\b(?: \w+){{0,2}}? to (?:reverse|undo|"
            r"take back|claw back|return|freeze|stop|block|pull|recall|refund|charge back|chargeback|dispute|contest|"
            r"refuse|decline|reject|bounce|not (?:pay|honou?r|release|process)|"
            r"do so|do the same|step in|intervene|investigate|look into (?:it|this))\b(?! (?:my|the call|a call|"
            r"blocking|declining|flagging|approving)\b)(?![^.!?\n]{0,40}\b(?:scammer|fraudster|by mistake|not (?:you|u|"
            rf"yours|ur)\b))|\b{_R8_MONEY_BANK}\b[^.!?\n]{{0,40}}\b(?:ask|asking|asked|get|getting|instruct\w*|tell\w*) "
            r"(?:them|it|her|him) to (?:reverse|undo|take back|claw back|return|freeze|stop|pull|recall|charge back|"
            r"dispute|contest)\b(?! (?:my|the call|a call|blocking|declining|flagging|approving)\b)"
        ),
    ),
    *_each(
        "chargeback",
        (
            r"\btak\w* (?:this|it|that|the matter|the charge|the payment|the issue|things)(?: further)? up with "
            rf"(?:my |the |our )?(?:\w+ )?{_R8_MONEY_BANK}\b(?![^.!?\n]{{0,30}}\b(?:their|its|my) (?:error|fault|"
            r"mistake))|\b(?:revers|disput|contest|charg\w* back|claw\w* back|pull\w* back|claim\w* back)\w*(?: \w+){0,3}? "
            rf"(?:thru|through|via|with|w) (?:my |the |his |her |our )?(?:\w+ )?{_R8_MONEY_BANK}\b|"
            r"\b(?:open|opened|opening|start|started|starting|rais|fil|lodg|get|getting|gettin|mak|doing)\w*"
            r"(?: \w+){0,2}? (?:a |an |the |my )?(?:case|claim|dispute|chargeback|contestation|devoluci\w+|reversal)\b"
            r"(?: opened| raised| filed| lodged)?[^.!?\n]{0,25}\b(?:in|on|with|through|thru|via|w) (?:my |the |his "
            rf"|her )?(?:\w+ )?{_R8_MONEY_BANK}\b|"
            rf"\b{_R8_MONEY_BANK}\b[^.!?\n]{{0,50}}[,;] (?:i'?m |im |i am |i'?ll |i will |i'?ve |now )?(?:opening|open|"
            r"raising|filing|lodging|starting) (?:a |an )?(?:case|claim|dispute|chargeback)\b|"
            r"\bcontest\w* (?:the|this|that|ur|your|my)(?: \w+)? (?:purchase|payment|charge|transaction|sale)\b|"
            r"\bflag\w* (?:the|this|that|ur|your)(?: \w+)? (?:payment|charge|transaction|purchase)\b[^.!?\n]{0,20}"
            rf"\b(?:in|on|with|to) (?:my |the )?(?:\w+ )?{_R8_MONEY_BANK}\b|"
            r"\bindemnity claim\b|\b(?:direct debit|dd) indemnity\b|\bclaim\w* (?:that |the |this |my |ur |your )?"
            r"(?:direct debit|dd)s? back\b"
        ),
    ),
    *_each(
        "chargeback",
        (
            rf"\b{_R8_MONEY_BANK}\b(?:'ll| will| is gonna| is going to| are gonna| are going to| would)? (?:side with "
            r"(?:you|u|ya|ye|the seller|a seller|a shop|sellers)|let (?:you|u|ya|ye) keep)\b|"
            rf"\b(?:wanna|want to|let\'?s|we\'?ll|we will|you\'?ll|u\'?ll|shall we) see what (?:my |the )?{_R8_MONEY_BANK}(?: \w+)? (?:says?|thinks?|makes of|has to say|have to say)\b"
            r"(?![^.!?\n]{0,30}\b(?:declin|approv|block|limit|card))|"
            rf"\b{_R8_MONEY_BANK}\b (?:says|sends|send) (?:hi|hello|its regards|their regards|regards)\b|"
            r"\benjoy (?:that|the|my|this|ur|your)(?: \w+)? (?:[£$€]\d\S*|money|cash|sale|payment)[^.!?\n]{0,25}\b"
            r"(?:while it lasts|while (?:you|u) can|for now)\b|\b(?:have fun|enjoy yourselves?) with my (?:money|cash)\b(?![^.!?\n]{0,30}\b(?:earned|deserve|worth))|"
            r"\bthink (?:that |the |this |my )?(?:payment|money|cash|sale)\b[^.!?\n]{0,10}\b(?:is |will be |'s |'ll )?"
            r"(?:staying|stay|stays) (?:in|with) (?:ur|your|you|u)\b|"
            rf"\b(?:and|or|then|else|otherwise) (?:my |the )?{_R8_MONEY_BANK}\b(?: will|'ll| can)? (?:handles?|deals? "
            r"with|sorts?|takes? care of|takes? over)\b(?: this| it| that| the rest| you| u)|"
            r"\b(?:freez|cancel|block|stop|lock)\w* (?:my |the )?(?:\w+ )?card\b[^.!?\n]{0,15}\bso (?:the |that |ur "
            r"|your |you |u )?(?:\w+ )?(?:payment|charge|money|it|you|u)\b[^.!?\n]{0,15}\b(?:doesn'?t|does not|won'?t|"
            r"will not|can'?t|cannot|never|dont|doesnt|cant|wont)\b|"
            rf"\b{_R8_MONEY_BANK}\b(?:'ll| will| is| are| r)? (?:not|never|won'?t|wont|isn'?t|aren'?t) (?:going to "
            r"|gonna )?(?:be )?(?:pay|paying|send|sending|releas\w*|transfer\w*) (?:you|u|ya|ye|the (?:money|funds|"
            rf"payment))\b(?! (?:until|till|before|unless|yet|directly)\b)|\b{_R8_MONEY_BANK}\b[^.!?\n]{{0,30}}\b(?:to |and )?stop (?:paying|the payments|payments|"
            r"my payments|my instal\w*)\b|"
            rf"\b{_R8_MONEY_BANK} (?:complaint|dispute|claim|chargeback) and (?:complaint|dispute|claim|chargeback)\b|"
            r"\bdispute from my side\b|"
            r"\b(?:then|after that|otherwise|or) (?:it'?s|its|it is|it'?ll be|it will be) (?:a |an )?(?:dispute|chargeback|"
            r"reversal)\b(?! (?:with|against) (?:the )?(?:courier|post|carrier|delivery|royal mail))|"
            r"\b(?:then|after that|otherwise|or) (?:i'?m|im|i am|i'?ll be|i will be) on the (?:phone|blower) "
            rf"(?:w|with|to) (?:my |the )?{_R8_MONEY_BANK}\b|"
            rf"\b(?:devoluci\w+|contestation)\b[^.!?\n]{{0,30}}\b(?:with|in|on|through|via) (?:my |the )?(?:\w+ )?"
            rf"{_R8_MONEY_BANK}\b|\bdisput\w* (?:the|this|that|ur|your|my|a) (?:whole|entire|full|total) (?:payment|charge|"
            r"transaction|purchase|amount|order|lot|thing)\b|"
            r"\b(?:disputes?|chargebacks?|claims?) (?:team|department|dept|unit|desk) (?:at|of|in) (?:my |the )?"
            rf"(?:\w+ )?{_R8_MONEY_BANK}\b(?![^.!?\n]{{0,30}}\b(?:said|says|told|confirmed|no problem|fine))|"
            rf"\b(?:rights?|claim|recourse) against (?:my |the )?(?:\w+ )?{_R8_MONEY_BANK}\b|"
            rf"\b{_R8_MONEY_BANK}\b[^.!?\n]{{0,30}}\b(?:they|it|she|he)(?:'ve| have| has|'s| will|'ll| are| r| can| "
            r"could)?(?: already| now| just)? (?:stopped|stop|froze|frozen|freeze|blocked|reversed|reverse|pulled|pull|"
            r"returned|undone|undo|clawed back|taken back|take back|charged back|cancelled|canceled)\b(?: the| ur| your)? "
            r"(?:payment|charge|money|transaction|funds|it|this|that)\b(?![^.!?\n]{0,40}\b(?:approv|try again|retry|"
            r"authori[sz]|other card|unblock|new card))"
        ),
    ),
    *_each(
        "legal",
        (
            r"\bwith a view to (?:legal |court )?(?:proceedings|action|litigation|suing|a claim)\b|"
            r"\b(?:lawyer|solicitor|attorney|barrister|law school|the bar|legal team|paralegal)\b[^.!?\n]{0,40}\b"
            r"(?:reading|looking over|going over|going through|reviewing|drafting|has seen)\b (?:this|our|the "
            r"(?:chat|convo|conversation|emails?|messages?|correspondence|thread|case|matter|evidence|receipts?)|these|"
            r"all (?:of )?(?:this|our|the)|something|a letter|it all)\b|"
            r"\b(?:solicitor|lawyer|attorney|barrister)\b[^.!?\n]{0,60}\btake (?:this|it|the matter) (?:up )?with "
            r"(?:you|u|ya|ye|your|ur)\b|"
            r"\b(?:lodg|fil|submit|start|issu|putting in|put in|mak)\w*(?: (?:a |an |my |the )?(?:claim|application|case|"
            rf"complaint|petition|suit))? (?:at|with|to|in|before) (?:the )?{_COURT_LEAD}\b(?! against (?:my|a|the|his|her)\b)|"
            rf"\b{_COURT_LEAD}\b (?:case|claim|complaint|application|petition)\b[^.!?\n]{{0,25}}\b(?:will be |is being "
            r"|is |going |gets? |getting |to be )?(?:filed|lodged|going in|goes in|submitted)\b|"
            rf"\bapproach\w* (?:the |a )?(?:\w+ )?{_COURT_LEAD}\b|"
            r"\bexplain (?:yourself|yourselves|yersel|yerself|yerselves|urself|that|this|it) to (?:the |a )?"
            rf"(?:\w+ )?{_COURT_LEAD}\b"
        ),
    ),
    *_each(
        "report",
        (
            rf"\bmatter for (?:the )?{_AUTHORITY}\b|"
            rf"\bmak\w* (?:the )?{_AUTHORITY}(?: people| team| folks| lot| office)? aware of (?:you|u|ye|"
            r"(?:your|ur) (?:firm|business|shop|company|store|conduct|practices)|this (?:firm|business|shop|company|store|"
            r"seller))\b|"
            r"\bbring\w* (?:you|u|ye|(?:your|ur) (?:firm|business|shop|company|store|conduct)|this (?:firm|business|"
            r"shop|company|store|seller)) to their attention\b|"
            r"\bput\w* (?:this|it|the (?:whole )?(?:matter|case|thing|issue|complaint)|everything|all of (?:this|it))"
            rf"(?: \w+)? before (?:the |an? )?{_AUTHORITY}\b|"
            r"\b(?:next|following) (?:letter|email|call|message|step|stop|port of call|complaint)\b[^.!?\n]{0,15}\b"
            rf"(?:to|with|is|will be) (?:the )?{_AUTHORITY}\b|"
            rf"\b{_AUTHORITY}\b[^.!?\n]{{0,10}}\b(?:is |are |r |'s |'re |will be |'ll be )?(?:getting|gettin|gets|get|"
            r"receiving) (?:(?:ur|your|yer) (?:\w+ ){0,2}?(?:name|details|address|info)|a (?:phone )?(?:call|letter) "
            r"(?:about|regarding) (?:you|u|ya|ye|ur|your|this (?:shop|seller|company|business|store)))\b|"
            r"\bexplain (?:yourself|yourselves|yersel|yerself|yerselves|urself|that|this|it) to (?:the )?"
            rf"{_AUTHORITY}\b"
        ),
    ),
    *_each(
        "report",
        (
            r"\b(?:contact\w*|report\w*|complain\w*|writ\w* to|wrote to|going to|gone to|goes to|go to|went to|on to|onto|tell\w*|email\w*|"
            r"ring\w*|call\w*|denuncia\w*|complaint)\b(?: \w+){0,6}? (?:to |with |on |at |in )?(?:the )?"
            rf"{_R8_MONEY_BODY}\b(?![^.!?\n]{{0,30}}\b(?:if (?:you|u) need|helped me|for help|for advice))|"
            rf"\b(?:fil|lodg|submit|mak|putting in|put in)\w* (?:an? |my )?{_R8_MONEY_BODY} "
            r"(?:report|complaint|case)\b|"
            r"\bfill\w* (?:it|this|that|(?:the |an? |their )?(?:\w+ )?(?:form|report)) (?:out |in )?about (?:you|u|ya|"
            r"ye|this (?:shop|seller|store|company|business))\b|"
            r"\b(?:mass[- ]?report\w*|reporting|(?:i\'?ll|i will|im|i\'?m|we\'?ll|we will|gonna|going to|to) report) (?:ur|your|all (?:of )?(?:ur|your)|every one of (?:ur|your)) (?:listings?|"
            r"shop|store|page|account|posts?|products?|items?|ads?)\b|"
            rf"\btell\w* {_PLATFORM} about (?:you|u|ye|ya|ur|your|this (?:shop|seller|store))\b[^.!?\n]{{0,25}}\b(?:so "
            r"(?:that )?(?:they|it)|and (?:they|it)|to) (?:can |will |'ll )?(?:check|look|investigate|ban|remove|deal|shut|"
            r"close|suspend|stop|block|take)\w*"
        ),
    ),
    # Round 8c chargeback and violence rules (dev18)
    # Round 8c (dev18's misses), by class and construction. Chargeback: the money recalled, frozen,
    # locked, disputed or logged as unauthorised; a provider (``_R8_MONEY_BANK`` and ``_R8C_BANK``)
    # that will pull, recover, return or take back the payment or deal with the seller; the money got
    # back another way or one way or another; the charge gone from my statement; the card payment or
    # transfer cancelled or stopped at my end; contesting the charge; s75 forms; the provider told or
    # hearing of it; protection used against the seller; the seller's acquirer. Violence: fighting
    # credentials as menace; injuries (a dentist needed, picked up off the floor, unrecognisable);
    # blows given (belting, thick ear, knuckles); regret in person; visits with a crew, after dark or
    # not to shop; knowing which house or school run; staff or family to meet consequences; rest
    # while you can; breakable property that won't last, in pieces, fire risk in a unit.
    *_each(
        "chargeback",
        (
            rf"\b(?:{_R8_MONEY_BANK}|{_R8C_BANK})\b(?:'s|s)?[^.!?\n]{{0,60}}?\b(?:will|'ll|can|could|are|r|is|be|"
            r"have|'ve|gonna|going to)(?: \w+){0,3}? (?:pull\w*|recover\w*|return me|take|taking|took|get|getting|"
            r"freez\w*|put\w* a hold on|claw\w*|recall\w*) (?:(?:it|the|that|this|my|your|ur|me(?: the| my)?) )?(?:\S+ )?(?:back )?"
            r"(?:(?:payment|money|charge|transaction|[£$€]\d\S*)\b|back\b)(?! to (?:you|u)\b)|"
            rf"\b(?:{_R8_MONEY_BANK}|{_R8C_BANK})\b(?:'s|s)?(?: \w+){{0,4}}? (?:deal with|sort|sorting|deals with) "
            r"(?:you|u|ya|ye)\b|"
            r"\bbank'?s (?:taking over|taking it from here|got it from here)\b|"
            r"\b(?:being|getting|been) recalled by my (?:bank|card)|"
            r"\b(?:payment|money|transfer|charge)(?: \w+){0,5}?(?:'s| is| has been| was| are| have been)"
            r"(?: now| officially| already)? (?:being |getting |been )?(?:recalled|frozen|locked|disputed)\b|"
            r"\bpayment recall\w*|"
            r"\bon hold with (?:my|the) (?:bank|card \w+|credit card|lender)\b[^.!?\n]{0,10}\b(?:and it'?s staying|staying)\b|"
            r"\b(?:flag\w*|mark\w*|logg?\w*|report\w*) (?:that |the )?(?:[£$€]\d\S*|payment|charge) as "
            r"(?:disputed|unauthori[sz]ed|fraud\w*)|"
            r"\b(?:flag\w*|mark\w*|logg?\w*|report\w*) (?:it|this) as (?:disputed|unauthori[sz]ed|fraud\w*) (?:with|on my|to) "
            r"(?:my |the )?\w+|"
            r"\bdown as (?:an? )?(?:disputed|unauthori[sz]ed)\b|"
            r"\bnever authori[sz]ed (?:by me|it)\b|"
            r"\b(?:get|getting|recover\w*) (?:my (?:money|cash)|it|that \S+|the money)(?: back)? (?:another way|some "
            r"other way|without (?:your|ur) (?:help|permission|say-?so|agreement)|myself through|my own way|(?:one|some) way or "
            r"(?:another|the other)|(?:through|via|thru) other (?:means|channels|routes))|"
            r"\bother (?:means|ways?|routes?) (?:of|to) (?:getting|get|recover\w*) (?:my|that|the|it)\b|"
            r"\b(?:back|disappear\w*|gone|coming off)\b[^.!?\n]{0,15}\bone way or (?:another|the other)\b|"
            r"\b(?:on|off) my (?:next )?statement (?:for long|whether)|"
            r"\bcoming off my statement\b|"
            r"\bstatement (?:lands|comes|arrives)\b[^.!?\n]{0,30}\bwon'?t be on it|"
            r"\bcancell?ed (?:the|my|your|ur) (?:pending |card |latest |last )?(?:card )?payment (?:on my card|at my end|"
            r"(?:through|via|in|with|on) (?:my|the) (?:bank|banking app|card|app|\w+ app)\b|just so)|"
            r"\bcancell?ed the (?:card )?payment[^.!?\n]{0,10}\bjust so (?:you|u) know|"
            r"\bcard payment\b(?: \S+){0,4}? (?:has been |is |'s )?cancell?ed (?:at my end|through|via|with my)|"
            r"\b(?:your|ur) [£$€]\d\S* is (?:going back|coming back to me)|"
            r"\bcancell?ed the direct debit and (?:claim\w*|reclaim\w*)|"
            r"\b(?:being|been|getting) reclaimed (?:through|via|by|with) (?:my|the) (?:bank|card)|"
            r"\bstop(?:ped|ping)? the (?:bank )?transfer\b|"
            r"\brecalled under the\b|"
            r"\bcontest\w* (?:the|your|ur|this|that) (?:payment|charge|transaction)\b(?! if| when)|"
            r"\bs(?:ection ?)?75 (?:form|claim)\w* is\b|"
            r"\b(?:paypal|the bank|my bank) (?:gets|get|will get|'ll get|takes|will take) the case\b|"
            r"\bresolution cent(?:re|er) open\b|"
            r"\bprotection\b[^.!?\n]{0,50}\bmake (?:full )?use of it against (?:you|u)\b|"
            rf"\bcourtesy of (?:my |the )?(?:{_R8_MONEY_BANK}|{_R8C_BANK})|"
            r"\blender (?:will|'ll) (?:be )?(?:getting|get) it back\b|"
            rf"\btake (?:it|this|that) up with (?:my |the )?(?:{_R8_MONEY_BANK}|{_R8C_BANK})|"
            rf"\b(?:once|when|after) (?:my |the )?(?:{_R8_MONEY_BANK}|{_R8C_BANK}) (?:hears|finds out|gets wind|sees this)|"
            rf"\b(?:what|wat|wot) do (?:you|u) think (?:my |the )?(?:{_R8_MONEY_BANK}|{_R8C_BANK}) will say\b|"
            r"\bbanks can (?:take|pull|claw|get) (?:money|payments?|it) back from (?:sellers|shops)\b|"
            r"\b(?:your|ur) acquir(?:er|ing bank)\b|"
            r"\brevers\w* it (?:on|through|with|via) (?:my|his|her|their) (?:card|bank)\b|"
            r"\bhave (?:the|my|your|ur) (?:payment|charge|transaction)(?: \w+){0,3}? reversed\b|"
            r"\b(?:other|different) (?:ways|means|routes|options)\b[^.!?\n]{0,20}\b(?:i'?ll be using them|i'?m not afraid "
            r"to use them|i will use them)\b|"
            r"\btaking it back (?:from|off) (?:your|ur) account\b"
        ),
    ),
    *_each(
        "violence",
        (
            r"\bi (?:box|boxed|used to box|used to fight|fought|'ve done mma|have done mma|do mma|did mma|do martial arts|"
            r"used to fight amateur)\b(?:(?=\s*[.!]|\s*$)|[^.!?\n]{0,40}\b(?:meet (?:you|u|ya)|in person|face to face|"
            r"think carefully|careful how|haven'?t forgotten)\b)|"
            r"\bi'?m an? (?:\w+ )?(?:boxer|cage fighter|kickboxer|mma fighter)\b|"
            r"\bi'?ve (?:done|trained|been doing|been training) (?:mma|boxing|martial arts|kickboxing|jiu[- ]?jitsu)\b"
            r"[^.!?\n]{0,40}\b(?:think carefully|careful how|meet (?:you|u)|in person|face to face)\b|"
            r"\bcan be at (?:your|ur) (?:door|doorstep|house|home)\b|"
            r"\bknow how to (?:deal with|handle|sort out|sort) (?:a (?:man|woman|bloke|guy|person)|people|someone|the likes of) "
            r"like (?:you|u)\b|"
            r"\b(?:fight|box|fought|boxed|mma)\w*\b[^.!?\n]{0,30}\bhaven'?t forgotten how\b|"
            r"\bcan still (?:swing|throw) a (?:punch|walking stick|stick|bat|hammer|fist)\b|"
            r"\b(?:need|needing|book|booking|be seeing|start looking for) (?:a |an )?(?:good |new )?(?:dentist|"
            r"new set of teeth|new teeth|plastic surgeon)\b|"
            r"\bpick\w* (?:yourself|urself|yourselves) up off the (?:floor|ground|footpath|pavement|street)\b|"
            r"\bwon'?t (?:recogni[sz]e|know) (?:you|u|ya)\b[^.!?\n]{0,10}\b(?:when|after|once) i'?(?:m| am|'ve| have)? "
            r"(?:done|finished|through)\b|"
            r"\bgiv\w* (?:you|u|ya|ye|him|her|them) a (?:good |proper |right |real )?(?:belting|hiding|thick ear|"
            r"kicking|beating|black eye|clip round the ear|bloody nose|fat lip|hammering|battering|pasting|slap)\b|"
            r"\b(?:talk\w*|speak\w*|deal\w*|sort\w*|regret\w*|settle\w*|answer\w*)\b[^.!?\n]{0,25}\bwith (?:my|these) "
            r"(?:own )?(?:two )?(?:knuckles|fists|bare hands|two hands)\b|"
            r"\bregret\w*\b[^.!?\n]{0,25}\b(?:in person|face to face|up close)\b|"
            r"\bshow (?:you|u|ya) how to (?:treat|talk to|speak to|deal with) (?:customers|people|me)\b[^.!?\n]{0,5}"
            r"\b(?:up close|in person|face to face)\b|"
            r"\bif i (?:was|were) (?:stood|standing) in front of (?:you|u)\b[^.!?\n]{0,30}\bhappy to\b|"
            r"\b(?:be|come|coming|pop|popping|call|calling|drop|dropping) (?:in|round|over|down|there|by) with (?:a few of |some of )?"
            r"(?:the |my )(?:lads|boys|mates|brothers|cousins|crew)\b|"
            r"\b(?:people|friends|mates|lads|brothers|cousins|family|boys)\b[^.!?\n]{0,40}\b(?:near|close to|round the "
            r"corner from|minutes from|down the road from) (?:your|ur) \w+\b[^.!?\n]{0,40}\b(?:call in on (?:you|u)|"
            r"not as patient|less patient|not as nice|not as polite|have a word)|"
            r"\b(?:visit|call|come|pop|drop|pay)\w*(?: \w+){0,5}? after dark\b|"
            r"\bnot to (?:shop|browse)\b(?=\s*[.!?]|\s*$)|"
            r"\b(?:have|get|getting|expect|be getting|receive) (?:a )?(?:very |some )?(?:unhappy|unwelcome|angry|uninvited) "
            r"visitors?\b|"
            r"\bsettle (?:it|this|things) (?:the old[- ]fashioned way|like men|outside)\b|"
            r"\b(?:handle|deal with|sort) (?:it|this|you|u) the way my (?:dad|father|old man|grandad|da) would\b|"
            r"\bi know (?:which|what) (?:house|car|van|school(?: run)?|unit|door|route|gym|pub|kids?)\b(?: \w+){0,5}? "
            r"(?:is yours|you (?:do|drive|take|live|park|use))\b|"
            r"\b(?:driven|drove|walked) past (?:your|ur) (?:house|home|flat)\b|"
            r"\bwon'?t (?:like|enjoy) (?:how|what) (?:the |this |our )?(?:conversation|chat|visit|meeting|talk)\b|"
            r"\bhear from me (?:in person|face to face)\b|"
            r"\bbetter not be (?:on shift|working|in|there|around)\b[^.!?\n]{0,15}\bwhen i (?:come|get|arrive|turn up|call)\b|"
            r"\bregret (?:getting|stepping|coming) (?:out of|into|near|round)\b|"
            r"\b(?:your|ur) (?:family|kids|children|wife|husband|missus|son|daughter|partner)\b[^.!?\n]{0,40}\b"
            r"consequences\b[^.!?\n]{0,20}\bbut they might\b|"
            r"\b(?:your|ur) (?:son|daughter|wife|husband|missus|kids?|lad|girl)\b[^\n]{0,60}\bi'?ll (?:have a (?:little )?"
            r"word|be having a word) with (?:him|her|them)\b|"
            r"\b(?:your|ur) missus won'?t recogni[sz]e (?:you|u)\b|"
            r"\bdon'?t (?:walk|go) (?:home )?(?:alone|on your own|by yourself) for a while\b|"
            r"\b(?:enjoy|make the most of|get) (?:the |your |a good )?(?:peace and quiet|night'?s (?:rest|sleep)|sleep|rest)"
            r"\b[^.!?\n]{0,30}\b(?:won'?t last|while (?:you|u) can|(?:you|u)'?ll need it)\b|"
            rf"\b(?:that|your|ur|those) (?:big |nice |lovely |fancy |shiny |new )?{_R8C_BREAKABLE}\b[^.!?\n]{{0,40}}"
            r"\bwon'?t (?:last the (?:week|night|weekend)|be standing)\b|"
            r"\b(?:won'?t|wouldn'?t) look so (?:tidy|nice|pretty|good|shiny|clean) after i\b|"
            r"\bhow it'?d look (?:in pieces|in bits|on fire|smashed)\b|"
            r"\b(?:easy|shame|pity)\b[^.!?\n]{0,15}\bfor (?:a )?fire to (?:start|break out)\b|"
            r"\bkeep (?:the |a |your )?fire extinguishers? (?:handy|close|nearby|ready)\b|"
            r"\bfull of (?:paper and )?(?:cardboard|paper)\b[^.!?\n]{0,30}\bkeep an eye on it\b|"
            r"\b(?:come|coming) (?:and|to|down and|round and) (?:knock|kick|smash|trash|wreck|tip) (?:it|them|(?:your|ur) \w+) "
            r"(?:over|in|down|up)\b|"
            r"\b(?:sat|sitting|parked|waiting) outside\b[^\n]{0,30}\b(?:your|ur) shift (?:ends|finishes)\b"
        ),
    ),
    # Round 9 (dev19, chargeback): by class and construction, over every provider (``_R9_WHO``:
    # the round-8 banks, card firms and wallets and ``_R9_BANK``). The provider brought in or
    # involved; the matter handed, passed or forwarded to it or put in its hands; the provider asked,
    # requested or instructed to recover, recall or intervene, not to let the payment through, or
    # asked whether it can be reversed; the charge queried with it; a transfer's recall requested;
    # the money pulled or clawed back (through the card or bank); the money bouncing out of the
    # seller's account; the payment flagged or marked as unrecognised, the provider told so or that
    # the goods never came; buyer or purchase cover about to be used, the card that covers it;
    # taunts that the payment won't stand or stick and is not the seller's yet; reluctance forced
    # by the seller ("rather not ..., but you're leaving me no option"); the rhetorical "do I need
    # to get my bank to ...?"; the provider as examiner or judge (looking into the payment, wanting
    # to see the emails, reading the thread, making up its mind) or let, had or got to sort it; the
    # provider getting in touch with the seller; a call or a chat with the provider; ringing it or
    # being onto it; temporary credit; BNPL instalments paused or frozen; SEPA and Lastschrift
    # debits given back; the provider's own button for this; what the seller thinks it will make
    # of it. Precision, from dev19's innocent lines: a failed payment or blocked card in the
    # sentence (``_R9_CARD_TROUBLE``, also on two older rules of a bank rung or involved), thanks
    # for money back on the card, "not trying to" (``_NEGATED_TYPE_RE``), another marketplace or
    # some dodgy website (``elsewhere``), a question whether the cover applies (``curious``), a
    # step abandoned once the writer saw the charge was theirs (``negated``).
    *_each(
        "chargeback",
        (
            r"\b(?:get|getting|got|gets|bring|bringing|brought|brings|drag(?:s|ged|ging)?|rop(?:e|es|ed|ing)) (?:in )?"
            rf"{_R9_TO}\b(?: \w+)? involved\b|"
            r"\b(?:get|getting|got|gets|bring|bringing|brought|brings|drag(?:s|ged|ging)?|rop(?:e|es|ed|ing)) "
            rf"{_R9_TO}\b(?: \w+)? into (?:this|it|the (?:matter|picture|loop|conversation))\b|"
            rf"\binvolv\w* {_R9_TO}\b|"
            r"\b(?:hand(?:s|ed|ing)?|pass(?:es|ed|ing)?|turn(?:s|ed|ing)?|forward(?:s|ed|ing)?|refer(?:s|red|ring)?|"
            r"escalat(?:e|es|ed|ing)) (?:(?:this|it|that|everything|(?:the|our|"
            r"my|these|those|all (?:of )?(?:the|our)) (?:\w+ ){0,3}?(?:thing|matter|case|issue|lot|complaint|thread|"
            r"chain|conversation|correspondence|emails?|screenshots?|evidence|messages?|chat|logs?|history|proof|"
            r"receipts?|photos?)|all (?:of )?(?:this|it)) )?(?:over |on |along )?"
            rf"to {_R9_TO}\b(?! account| details)|"
            rf"\b(?:hands|hand) of {_R9_TO}\b|"
            r"\b(?:ask(?:s|ed|ing)?|request(?:s|ed|ing)?|instruct(?:s|ed|ing)?|tell(?:s|ing)?|told|authori[sz](?:e|es|ed|"
            r"ing)) (?:that )?"
            rf"{_R9_TO}\b(?: \w+){{0,2}}? (?:to )?(?:(?:try|attempt) (?:and|to) )?(?:recover|recall|reclaim|retrieve|"
            r"intervene|step in|reverse|undo|claw|pull)\w*\b"
            rf"{_R9_CARD_TROUBLE}(?![^.!?\n]{{0,50}}\b(?:scam(?:mer)?|fraudster|by mistake))|"
            r"\b(?:ask(?:s|ed|ing)?|request(?:s|ed|ing)?|instruct(?:s|ed|ing)?|tell(?:s|ing)?|told|authori[sz](?:e|es|ed|"
            rf"ing)) (?:that )?{_R9_TO}\b(?: \w+){{0,2}}? (?:not to|to not|not) "
            r"(?:let|allow|release|pay|process|honou?r|send|approve|complete|transfer)\b|"
            rf"\bask\w* {_R9_TO}\b (?:if|whether|about|how)\b[^.!?\n]{{0,40}}\b(?:revers\w*|recall\w*|reclaim\w*|"
            r"claw\w* back|pull\w* (?:it |the \w+ )?back|get (?:it|the money|my money|the payment|that) back|"
            r"chargeback|charge back|dispute|stop (?:it|the payment))|"
            r"\bquer(?:y|ying|ied|ies) (?:the|this|that|ur|your|my|a|these) (?:\S+ ){0,2}?(?:charges?|payments?|"
            rf"transactions?|debits?|amount)\b[^.!?\n]{{0,25}}\b(?:with|through|via|at|to) {_R9_TO}\b|"
            rf"\b(?:rais|log|submit|put)\w* (?:in )?(?:a |an )?query (?:with|to) {_R9_TO}\b|"
            r"\brecall\w*(?: request\w*)? (?:of|on|for) (?:the |that |this |my |ur |your |a )?(?:\S+ )?(?:transfer|"
            r"payment|money|funds|wire|e-?transfer|[£$€]\d\S*)(?! (?:page|screen|form|amount|date|confirmation|email|"
            r"was|went|is|has|had|showed|said|says)\b)|"
            r"\brecall (?:the|that|this|my) (?:\S+ )?(?:money|transfer|payment|funds|[£$€]\d\S*) (?:i|we) (?:sent|paid|"
            r"transferred|made|wired)\b(?! (?:you |u )?(?:was|were|went|is|had|cleared|showed|came|left|took)\b)|"
            r"\brecall (?:request|form|claim)s?\b[^.!?\n]{0,50}\b(?:transfer\w*|payment|money|funds|wire|sent|[£$€]\d)|"
            r"\btransfer recall\w*|"
            r"\b(?:revers|reclaim|claw\w* back|pull\w* back|charg\w* back|disput|contest)\w*(?: \S+){0,3}? "
            r"(?:through|via|thru|on|with|using) (?:my |the )(?:credit |debit )?card\b(?! (?:details|number|was|is|has|"
            r"got|declin))|"
            r"\b(?:claw|pull|yank|snatch|drag)\w*(?: \S+){0,3}? back (?:through|via|thru|with|from|off|using) "
            rf"(?:{_R9_TO}|(?:my |the )(?:credit |debit )?card)\b|"
            r"\b(?:pull|claw|yank|snatch|drag)\w*(?: (?:the|that|this|ur|your|my|a|every) (?:\S+ )?(?:payment|charge|"
            r"money|funds|transaction|cash|[£$€]\d\S*)|(?: \S+)? [£$€]\d\S*)(?: \S+)? back\b|"
            r"\b(?:pull|claw|yank|snatch)\w* back (?:the|that|this|ur|your|my) (?:\S+ )?(?:payment|charge|money|funds|"
            r"transaction|[£$€]\d\S*)|"
            r"\b(?:bounc|disappear|vanish|yank|rip|claw|pull|drain)\w*(?: right| straight| back| clean)* (?:out of|"
            r"from|off) (?:your|ur|the seller'?s|their) (?:\w+ )?(?:account|balance|bank|books|till|wallet)\b"
        ),
    ),
    *_each(
        "chargeback",
        (
            r"\b(?:flag|mark|log|tag|list)\w* (?:it|this|that|the|ur|your)(?: \S+){0,4}? as (?:an? |one |something )?"
            r"(?:unknown|unrecogni[sz]ed|not recogni[sz]ed|(?:(?:one|something) )?(?:i|we) (?:don'?t|dont|do not|"
            r"didn'?t|didnt|did not) (?:recogni[sz]e|authori[sz]e|make)|not mine|unauthori[sz]ed|disputed)\b|"
            rf"\b(?:tell|told|telling|inform\w*) {_R9_TO}\b[^.!?\n]{{0,15}}\b(?:i|we) (?:don'?t|dont|do not|didn'?t|"
            r"didnt|did not|never) (?:recogni[sz]e|authori[sz]e|know what)|"
            rf"\bas far as {_R9_TO}(?:'s| is| are| r) concerned\b[^.!?\n]{{0,30}}\b(?:i|we) (?:don'?t|dont|do not|"
            r"didn'?t|didnt|did not|never|have never) (?:recogni[sz]e|authori[sz]e|ordered|bought|received|got)|"
            rf"\b(?:when|if|once) {_R9_TO}\b (?:ask|asks|query|queries|question\w*|call|calls|ring|rings|contact\w*)"
            r"\b[^.!?\n]{0,50}\b(?:i'?ll|i will|i'?m going to|im going to|i'?m gonna|im gonna) (?:tell|say|inform|"
            r"explain)\b(?![^.!?\n]{0,30}\b(?:(?:it'?s|its|it is|it was) (?:fine|ok|okay|legit|genuine|mine)|i "
            r"(?:authori[sz]ed|made|received|got|have) it|(?:it|the parcel|the order|everything) (?:arrived|came)))|"
            rf"\b(?:tell|told|telling|let|letting|inform\w*|notif\w*) {_R9_TO}\b (?:know )?(?:that )?[^.!?\n]{{0,25}}"
            r"\b(?:never|not|didn'?t|didnt|wasn'?t|wasnt|hasn'?t|hasnt|did not|has not|was not|hadn'?t) (?:\w+ )?"
            r"(?:arriv|came|come|turn|show|deliver|receiv|got|get|shipp|sent|dispatch)\w*|"
            r"\b(?:buyer|purchase|card|payment|consumer|chargeback|section 75|s75) (?:protection|cover|insurance|"
            r"rights?)\b[^.!?\n]{0,50}\b(?:make use of it|use it|using it|earn its keep|kick\w* in|come in handy|"
            r"pay for itself|put (?:it )?to (?:use|work|the test)|going to use|about to use|intend to use)\b|"
            r"\b(?:credit card|debit card|amex|visa|mastercard|barclaycard|card issuer|card company|card provider)"
            r"(?: company| provider)? (?:covers|will cover|'ll cover|protects|will protect|'ll protect) (?:me|this|it|"
            r"that|exactly)\b|"
            r"\b(?:payments?|charges?|transactions?|debits?|\d[\d.,]*)\b (?:won'?t|wont|will not|is not going to|"
            r"isn'?t going to|isnt going to|is not gonna|isn'?t gonna|isnt gonna|ain'?t gonna|not going to|not gonna|"
            r"will never|is never going to) (?:stand|stick|survive|hold up|stay (?:put|with (?:you|u)|in (?:your|ur) "
            r"account))\b(?! out| up| around| a chance)|"
            r"\b(?:wouldn'?t|wouldnt|would not|don'?t|dont|do not|shouldn'?t|shouldnt) "
            r"(?:be |go )?(?:count\w*|spend\w*|bank\w*(?: on)?|celebrat\w*|consider\w*|get\w* used to|rely\w* on) "
            r"(?:on )?(?:that|this|the|my|ur|your) (?:\S+ )?(?:payment|money|cash|charge|sale|funds|[£$€]\d\S*)\b"
            r"[^.!?\n]{0,20}\b(?:yet|as (?:yours|urs|your own|safe|banked))\b|"
            r"\b(?:rather not|prefer not to|hate to|don'?t want to|dont want to|do not want to|wouldn'?t want to|"
            r"didn'?t want to|loath to|reluctant to)\b[^.!?\n]{0,50}\b(?:disputes?|chargebacks?|charge back|bank|"
            r"card|paypal|klarna)\b[^.!?\n]{0,40}\bbut (?:you'?re|you are|u'?re|ur|u r|you'?ve|you have|u have|you|"
            r"u)(?: \w+){0,2}? (?:leav\w*|left|giv\w*|forc\w*|push\w*) me\b|"
            rf"\b(?:do|must|shall|should) (?:i|we) (?:need to |have to |really have to )?(?:get|have|make|ask) {_R9_TO}\b"
            r"(?: \w+)? (?:to )?(?:ask|contact|chase|call|ring|email|write to|get in touch with|speak to|talk to|"
            r"deal with) (?:you|u|ya|ye)\b|"
            rf"\b(?:do|must|shall|should) (?:i|we) (?:need to |have to |really have to )?(?:get|bring) {_R9_TO}\b "
            r"(?:involved|in on this|into this)\b"
        ),
    ),
    *_each(
        "chargeback",
        (
            rf"\b{_R9_WHO}\b(?: (?:company|provider|issuer|people))?(?:'s| is| are| r|'re| will| would|'ll| can| "
            r"could| may| has| have| says?| said)?(?: \w+){0,4}? (?:look(?:s|ing)? (?:into|at|over) (?:the|this|that|it|"
            r"ur|your|our|these|all)\b|investigat(?:e|es|ing) (?:the|this|that|it|ur|your)\b|(?:be )?the judge of|judge (?:that|"
            r"this|it|for themselves)|decide (?:who|that|this|for themselves|whether)|work out who|make up (?:their|"
            r"its|his|her) (?:own )?minds?|(?:enjoy |be )?read(?:s|ing)? (?:the|this|our|all|through|every)\b|want to see "
            r"(?:them|these|those|this|it|all|every|the (?:\w+ )?(?:emails?|screenshots?|messages?|chat|thread|"
            r"tracking|evidence|proof|photos?))\b)"
            rf"{_R9_CARD_TROUBLE}(?![^.!?\n]{{0,50}}\b(?:my id|address|mortgage|loan|overdraft|account details))|"
            rf"\b(?:let|letting|have|having|get|getting) {_R9_TO}\b(?: (?:company|provider|issuer|people))? "
            r"(?:\w+ ){0,2}?(?:look\w* (?:into|at|over)|investigat\w*|judge|decide|work (?:it )?out|sort (?:it|this|"
            r"that|things)(?: out)?|deal with (?:it|this|that|you|u)|handle (?:it|this|that)|take care of (?:it|this|"
            rf"that)|make up (?:their|its) (?:own )?minds?|referee|settle (?:it|this))\b{_R9_CARD_TROUBLE}|"
            rf"\b{_R9_WHO}\b(?: (?:company|provider|issuer|people|team))?(?: \w+)?(?: gets in touch with| get in touch "
            r"with| getting in touch with| will be in touch with|'ll be in touch with| to be in touch with| to get in "
            r"touch with| to contact| to chase| contacting| will contact|'ll "
            r"contact| calling| will call|'ll call| will ring|'ll ring| will be (?:contacting|calling|chasing)|'ll be "
            r"(?:contacting|calling|chasing)| reaching out to| will reach out to| will chase|'ll chase| will write to|"
            r"'ll write to) (?:you|u|ya|ye|yous)\b(?![^.!?\n]{0,40}\b(?:verif\w*|confirm\w*|authori\w*|approv\w*))|"
            r"\btak\w* (?:a |an |one )?(?:\w+ )?(?:call|letter|email|phone call|word|complaint|visit|ring|nudge) from "
            rf"{_R9_TO}\b|"
            rf"\b(?:chat|natter|conversation|word)s? with {_R9_TO}\b{_R9_CARD_TROUBLE}|"
            rf"\b(?:ringing|phoning|calling|onto|contacting) {_R9_TO}\b{_R9_CARD_TROUBLE}"
            r"(?![^.!?\n]{0,50}\b(?:scam(?:mer)?|fraudster|stolen|lost))|"
            r"\b(?:(?:got|received|getting|given) (?:a |the |my |some )?)?(?:temporary|provisional|interim|temp) "
            r"(?:credit|refund|reversal|chargeback)\b|"
            rf"\b(?:paus(?:e|es|ed|ing)|freez(?:e|es|ing)|froze|frozen|suspend(?:s|ed|ing)?|halt(?:s|ed|ing)?) (?:my |the |all |our )?(?:{_R9_WHO} )?(?:instal\w*|repayments)\b|"
            rf"\b(?:paus(?:e|es|ed|ing)|freez(?:e|es|ing)|froze|frozen|suspend(?:s|ed|ing)?|halt(?:s|ed|ing)?) (?:my |the |all |our )?{_R9_WHO} (?:payments|direct debits?)\b|"
            r"\b(?:give|giving|gave|send|sending|return|returning|revers\w*|reclaim\w*|recall\w*|revok\w*|bounc\w*|"
            r"object\w* to) (?:back )?(?:the |my |this |that )?(?:sepa |direct )?(?:lastschrift|debit|direct debit|"
            r"sepa (?:debit|payment|mandate))\b(?: back)?(?! card)|"
            r"\b(?:sepa|lastschrift|direct debit|dd) (?:return|reversal|recall|chargeback|r[uü]ckbuchung|"
            r"widerspruch)\b|"
            r"\b(?:return|reversal|recall) of the (?:sepa )?(?:debit|direct debit|lastschrift)\b|"
            rf"\b{_R9_WHO}\b[^.!?\n]{{0,30}}\b(?:button|option|feature|form|tool) for (?:(?:exactly|precisely) (?:this|"
            r"that)|(?:situations|cases|sellers|shops) like (?:this|that|you|u|yours)|disputes?|chargebacks?)\b|"
            r"\b(?:what|wat|wot) (?:do|does|would|will) (?:you|u|ya|ye) (?:think|reckon|suppose|imagine) "
            rf"{_R9_TO}\b(?: (?:company|provider|issuer|people|team))?(?: \w+)? (?:will|'ll|would|'d|is going to|'s "
            r"going to|is gonna|are going to) (?:say|make of|think|do|decide)\b"
        ),
    ),
    # Round 9 (dev22, chargeback): by class and construction. The provider as the payer instead of
    # the seller (paying, refunding, reimbursing me "not you", "since you couldn't"; reimbursed by
    # it; the money got back from or coming from it instead); the provider or the card's own
    # insurance (``_R9_CARD_COVER``) recovering, seeking or clawing the money back from the seller
    # (``_R9_SELLER``), coming after, chasing or dealing with the seller, the seller hearing from
    # it; my provider writing to, contacting or requesting from the seller's bank; a disputes
    # adviser or team at the provider; a claim filed under the card's insurance; the payment to the
    # seller killed, stopped or returned to me, the charge billed back to the seller; a claim
    # filed, lodged or flagged with the provider by anyone (a bookkeeper, purchasing); evidence
    # (``_R9_EVIDENCE``) sent, handed or shown to the provider, lying with it or ready for it, the
    # provider that will love or enjoy it, knows what to do or doesn't mess about with sellers;
    # the dispute window ticking or closing; the provider siding or finding with me; part of a
    # payment disputed; a dispute notice on its way, the seller's dispute ratio or merchant
    # dashboard taking the hit; a dispute's reason ("goods not received", "paid but never
    # delivered", "non-delivery"); a signed declaration of non-receipt; transfer reimbursement
    # rules; the provider's assurance ("leave it with us", sellers who don't ship lose these, the
    # amount reversed from the merchant); the matter going straight to the provider; being on to
    # it, asking it to return the money, it needing the seller's details for the dispute; the
    # dispute's status, a payment showing as under investigation, a reversal going through;
    # calling the number on the card, holding on the line for the provider (not about a lost card
    # or a deposit, ``_R9_CALL_TROUBLE``); expecting its call or letter; the charge put through as a
    # dispute or in with the provider; the dispute form's question about the merchant answered.
    # Left unwritten as too vague alone: relief at having paid by card ("glad I used my credit
    # card for this one", "exactly why I pay by credit card") and "my card in one hand and the
    # phone in the other". Precision, from dev22's innocent lines: someone who "thinks I should"
    # (advice, ``asked``), the bank checking a payment was mine (``_CHECKED_RE``, ``asked``), a step
    # against another shop years ago (``elsewhere``, now also for sentences the model alone found),
    # an account closed is no step undone (``_UNDONE_RE``); advice acted on "so that's what I've
    # done" or "day 31 is today" (``_ACTED_TAIL_RE``).
    *_each(
        "chargeback",
        (
            rf"\b{_R9_WHO}\b(?:'s|s| is| are| r| will|'ll| has| have| would|'d)?(?: \w+){{0,4}}? (?:pay(?:s|ing)?|paid|"
            r"refund(?:s|ed|ing)?|reimburs\w*|giv(?:e|es|ing)|gave|cover(?:s|ed|ing)?|mak(?:e|es|ing) me|sen(?:d|ds|ding|t))"
            r"\b[^.!?\n]{0,40}\b(?:not (?:from )?(?:you|u|ya|ye)|instead of (?:you|u|ya|ye)|rather than (?:you|u|ya|ye)|"
            r"since (?:you|u|ya|ye) (?:couldn|wouldn|won|didn|can|refus|would not|could not|did not))|"
            rf"\b(?:reimburs\w*|compensat\w*|paid back|refunded|made whole) (?:in full )?by {_R9_TO}\b{_R9_CARD_TROUBLE}|"
            r"\b(?:get|getting|got|gets|receiv\w*) (?:the |my |a |that |this )?(?:\S+ )?(?:money |refund |cash )?back "
            rf"(?:from|off|through|via) {_R9_TO}\b[^.!?\n]{{0,25}}\b(?:instead of|not (?:from )?(?:you|u)|rather than)\b|"
            rf"\bcoming (?:back )?(?:from|via|through|out of) {_R9_TO}\b,? (?:now,? )?(?:not|instead of|rather than) "
            r"(?:from )?(?:you|u|ya|ye)\b|"
            rf"\b{_R9_WHO}\b[^.!?\n]{{0,80}}?\b(?:(?:recover|reclaim|seek|collect|bill|debit)\w*"
            r"(?: (?:it|this|that|them|the (?:\S+ )?(?:sum|cost|money|amount|payment|charge|funds|duplicate|difference)|"
            r"[£$€]\d\S*))?(?: back)?|(?:tak|get|pull|claw|grab)\w*(?: (?:it|this|that|them|the (?:\S+ )?(?:sum|cost|money|"
            rf"amount|payment|charge|funds|duplicate|difference)|[£$€]\d\S*))? back) (?:from|off) {_R9_SELLER}\b|"
            rf"\b{_R9_CARD_COVER}\b[^\n]{{0,120}}?\b(?:(?:recover|reclaim|seek|collect|bill|debit)\w*"
            r"(?: (?:it|this|that|them|the (?:\S+ )?(?:sum|cost|money|amount|payment|charge|funds|duplicate|difference)|"
            r"[£$€]\d\S*))?(?: back)?|(?:tak|get|pull|claw|grab)\w*(?: (?:it|this|that|them|the (?:\S+ )?(?:sum|cost|money|"
            rf"amount|payment|charge|funds|duplicate|difference)|[£$€]\d\S*))? back) (?:from|off) {_R9_SELLER}\b|"
            rf"\b(?:{_R9_CARD_COVER}|{_R9_WHO})\b[^\n]{{0,120}}?\b(?:they|who|it|them|and|their (?:\w+ )?(?:people|team|"
            r"department|dept|unit|lot))(?:'ll| will| would|'d| are| r|'re| can| then| do| does)?(?: be| now| just| in turn| "
            r"directly| then)* (?:be after|com(?:e|es|ing) after|go(?:es|ing)? after|chas(?:e|es|ing)|pursu(?:e|es|ing)|"
            r"deal(?:s|ing)? (?:directly )?with|(?:be |get |getting )?in touch with|contact(?:s|ing)?|writ(?:e|es|ing) to)"
            rf" {_R9_SELLER}\b(?![^.!?\n]{{0,40}}\b(?:verif\w*|confirm\w*|authori\w*|approv\w*|check\w*))|"
            rf"\b(?:{_R9_CARD_COVER}|{_R9_WHO})\b[^\n]{{0,100}}?\b(?:you|u|ya|ye|yous)(?:'ll| will|ll| should| shall)"
            r"(?: soon)? (?:be )?hear(?:ing)? from (?:them|him|her|it)\b|"
            rf"\bhear(?:ing)? from {_R9_TO}\b{_R9_NOT_ACCOUNT}{_R9_CARD_TROUBLE}|"
            rf"\b{_R9_WHO}\b(?:'s| is| are| has| have| will|'ll)?(?: \w+){{0,4}}? (?:talk|speak|writ|contact|request|"
            r"rais|liais|chas|lodg|claim|recover|com(?:e|es|ing) after|go(?:es|ing)? after|get(?:s|ting)? on to|be in touch|"
            r"get in touch)\w*(?: \w+){0,5}? (?:to|with|after|from|at|on)? ?(?:your|ur|yer|the seller'?s|the merchant'?s|"
            r"their) (?:bank|building society|payment provider|card processor|processor|acquirer|payment processor|"
            rf"merchant bank)\b{_R9_CARD_TROUBLE}|"
            r"\b(?:your|ur|yer) bank (?:will|'ll|is going to|should|may|might|is)(?: be)? (?:receiv|get|hear)\w*"
            r"[^.!?\n]{0,30}\b(?:request|recall|claim|notice|from mine|from my bank)|"
            rf"\b(?:disputes?|chargebacks?) (?:advis[eo]r|team|department|dept|unit|officer|specialist|handler|agent|"
            rf"desk|section|line|person|people|lady|guy|woman|man)s? (?:at|with|from|in) {_R9_TO}\b|"
            r"\b(?:fil|lodg|claim|submit)\w* (?:it |this |one |a claim )?(?:under|on|through|with|against) (?:my |the |our )?"
            r"(?:\S+ )?(?:card|credit card|amex|visa|mastercard|card company|card provider|card issuer)(?:'s|s)? (?:\w+ )?"
            r"(?:insurance|protection|cover)\b"
        ),
    ),
    *_each(
        "chargeback",
        (
            r"\b(?:payment|money|transfer|charge|transaction|funds)(?: i (?:made|sent))? to (?:you|u|ya|ye|(?:your|ur) "
            r"\w+)\b[^.!?\n]{0,30}\b(?:returned|reversed|refunded|sent back|recalled|cancell?ed|stopped|blocked|pulled|"
            rf"clawed back|frozen|disputed)\b{_R9_CARD_TROUBLE}|"
            rf"\b{_R9_WHO}\b[^.!?\n]{{0,50}}\b(?:kill|stop|block|cancel|void|bounc|halt|freez|scrap|nix)\w* (?:your|ur) "
            r"(?:\S+ )?payment\b|"
            rf"\b(?:got|get|gets|getting|had|have) {_R9_TO} to (?:\w+ ){{0,5}}?(?:kill|stop|block|cancel|void|bounce|halt|"
            r"freeze|scrap|nix|pull|reverse)\w* (?:your|ur|the|that) (?:\S+ )?payment\b|"
            r"\b(?:bill|charg|debit|invoic)\w* (?:it|this|that|the (?:\S+ )?(?:charge|cost|amount|payment|money|bill)|"
            r"[£$€]\d\S*) back (?:to|onto|on) (?:you|u|ya|ye|(?:your|ur) (?:account|bank|business|shop|company)|"
            r"the (?:merchant|seller|shop|retailer))\b|"
            r"\b(?:fil(?:e|es|ed|ing)|lodg\w*|submit\w*|rais(?:e|ed|es|ing)|flagg?\w*) (?:(?:it|this|that|one|a (?:claim|"
            r"dispute|case|complaint)|the (?:\S+ )?(?:charge|payment|order|claim|case|dispute|transaction)|order (?:no\.? |"
            rf"number |#)?\S+) )?(?:with|to) (?:{_R9_TO}|discover(?: card)?)\b{_R9_NOT_ACCOUNT}{_R9_CARD_TROUBLE}|"
            r"\b(?:send|sends|sent|sending|give|gives|given|giving|gave|emailed|forwarded|uploaded|show|showed|shown|showing|"
            r"hand|handed|handing|submitted|submitting"
            rf") {_R9_TO}\b (?:(?:the|all|my|our|your|ur|every|these|those|a|an|this|that) )?(?:\w+ ){{0,3}}?"
            rf"{_R9_EVIDENCE}\b(?! of (?:my|me)\b){_R9_CARD_TROUBLE}|"
            rf"\b{_R9_EVIDENCE}\b[^.!?\n]{{0,60}}?\b(?:hand|handed|handing|show|showed|shown|showing|give|given|giving|"
            r"gave|send|sent|sending|pass|passed|passing|emailed|forwarded|submitted|uploaded|gone|goes|going)(?: (?:it|them|"
            r"this|that|now|all|already|off|over|straight|in))* (?:to |over to |with |into the hands of )?"
            rf"{_R9_TO}\b{_R9_NOT_ACCOUNT}{_R9_CARD_TROUBLE}|"
            rf"\b{_R9_EVIDENCE}\b[^.!?\n]{{0,40}}?\b(?:is|are|r|'re|'s)(?: now| all| already| safely)* (?:with|in the hands "
            rf"of) {_R9_TO}\b{_R9_NOT_ACCOUNT}{_R9_CARD_TROUBLE}|"
            rf"\bready (?:for|to (?:send|go|hand|give|show)(?: to)?) {_R9_TO}\b{_R9_NOT_ACCOUNT}|"
            rf"\b{_R9_WHO}\b(?: \w+)? (?:will|'ll|would|'d|are going to|is going to|gonna)(?: \w+)? (?:love|enjoy|like|"
            r"appreciate|be interested in|have fun with|want to see) (?:this|that|it|these|those|them|reading)\b"
            rf"{_R9_CARD_TROUBLE}|"
            rf"\b{_R9_WHO}\b(?: \w+)? (?:will|'ll|would|knows?) (?:know )?(?:exactly )?(?:what to do|how to deal|how to "
            r"handle) (?:with )?(?:this|it|that|you|u|sellers|shops|people)\b|"
            rf"\b{_R9_WHO}\b[^\n]{{0,60}}?\b(?:don'?t|dont|do not|won'?t|wont) (?:mess|muck|play|fool) (?:about|around) "
            r"with (?:sellers|shops|merchants|companies|traders|businesses|retailers|people like (?:you|u))\b"
        ),
    ),
    *_each(
        "chargeback",
        (
            r"\b(?:dispute|chargeback|claim|section 75|s75) (?:window|deadline|period|time ?limit|cut-?off)\b"
            r"[^.!?\n]{0,40}?\b(?:not (?:missing|letting|going to miss)|won'?t (?:miss|let)|ticking|running (?:out|down)|"
            r"closes|closing|still open|in time|within)\b|"
            r"\bticking (?:on|down) (?:my |the )?(?:dispute|chargeback|claim)\b|"
            rf"\b{_R9_WHO}\b(?:'s| is| are| r| will|'ll| would| gonna| going to| should)?(?: \w+){{0,3}}? (?:sid(?:e|es|ing) "
            r"with me|find\w* (?:in my favou?r|for me)|decid\w* (?:in my favou?r|for me)|rul\w* (?:in my favou?r|for me)|"
            r"take my side|be on my side)\b|"
            r"\bdisput\w* (?:\S+ ){0,3}?(?:part|portion|bit|rest|half|share|remainder|element) of (?:the |my |your |ur |"
            r"that |this )?(?:\S+ )?(?:payment|charge|order|transaction|bill|amount)\b|"
            r"\b(?:dispute|chargeback)s? (?:notice|notification|alert|email|letter|case|claim|request)s?\b[^.!?\n]{0,50}?"
            r"\b(?:land|arriv|head|expect|on (?:its|the) way|should|will|'ll|pop|reach|incoming|coming (?:your|ur) way)\w*|"
            r"\b(?:your|ur|yer) (?:stripe|square|shopify|paypal|merchant|seller|payment|business)(?: \w+)? (?:inbox|dashboard|"
            r"account|balance|portal|app)\b(?:'s| is| will|'ll)?[^.!?\n]{0,50}\b(?:dispute|chargeback|take a hit|light up|"
            r"lit up)|"
            r"\b(?:your|ur|yer) (?:dispute|chargeback) (?:ratio|rate|count|numbers?|stats|record|score)\b|"
            r"\b(?:as|chose|choose|chosen|selected|select|picked|pick|ticked|tick|option|reason|category|code)"
            r"\b[^.!?\n]{0,15}?['\"‘“]?(?:goods|merchandise|items?|products?|orders?|services?|purchase)s? (?:not|never) "
            r"(?:received|as described)\b|"
            r"\b(?:as|chose|choose|chosen|selected|option|reason|marked|ticked)\b[^.!?\n]{0,15}?['\"‘“]?paid (?:for )?but "
            r"(?:never|not) (?:delivered|received|arrived)\b|"
            r"\bas (?:a )?['\"‘“]?non-?(?:delivery|receipt|delivered)\b|"
            r"\bsign\w*(?: (?:n|and) sent)?(?: \w+){0,2}? (?:(?:the|a|my|an|their|this|that) )?(?:\S+ ){0,3}?(?:declaration|"
            r"affidavit|statement|form|paper|papers|paperwork|document|something)\b[^.!?\n]{0,25}?\b(?:saying|stating|"
            r"that|to say|confirming|declaring|to confirm)\b[^.!?\n]{0,35}?\b(?:never|not|didn'?t|did not|wasn'?t|had not|"
            r"hadn'?t) (?:\w+ )?(?:arriv|receiv|got|get|came|come|deliver|show)\w*|"
            r"\bnon-?(?:receipt|delivery) (?:declaration|affidavit|form|statement|claim)\b|"
            r"\b(?:recover|reclaim|refund|reimburs|claw)\w*(?: \w+){0,3}? under the (?:\w+ ){0,2}?(?:reimbursement|fraud|app|"
            r"crm|psr|scam) (?:rules|scheme|code|regulations|protections?)\b|"
            r"\bunder the (?:\w+ ){0,2}?reimbursement (?:rules|scheme|code|regulations)\b[^.!?\n]{0,40}\b(?:pay me back|"
            r"refund me|reimburse me|have to pay|has to pay|recover)"
        ),
    ),
    *_each(
        "chargeback",
        (
            rf"\b{_R9_WHO}\b[^.!?\n]{{0,30}}\bleave (?:it|this|that|the matter) with (?:us|them|me)\b|"
            rf"\bleave (?:it|this|that|the matter|everything) (?:with|to) {_R9_TO}\b{_R9_NOT_ACCOUNT}|"
            rf"\b{_R9_WHO}\b[^.!?\n]{{0,40}}\b(?:sellers|shops|merchants|companies|traders|retailers|businesses) (?:who|"
            r"that) (?:don'?t|dont|do not|never|fail to|can'?t) (?:\w+ ){0,2}?(?:lose|always lose|never win)\b|"
            r"\b(?:revers|claw)\w* (?:the |your |ur |that |this |my )?(?:\S+ )?(?:amount|money|payment|charge|sum|funds|"
            r"[£$€]\d\S*)(?: back)? (?:from|off) (?:the (?:merchant|seller|shop|retailer|vendor|company)|you|u|ya|ye|"
            r"(?:your|ur) (?:account|bank|company|shop|business))\b|"
            r"\b(?:recover|reclaim)\w* (?:the |your |ur |that |this |my )?(?:\S+ )?(?:amount|money|payment|charge|sum|"
            r"funds|[£$€]\d\S*)(?: back)? from the (?:merchant|seller|retailer|vendor)\b|"
            r"\b(?:payment|charge|transaction|matter|case|complaint|whole thing|dispute) (?:goes|go|is going|will go|'ll go|"
            r"gets sent|will be sent|is off|'s off|heads|gets passed) (?:straight |right |directly )?(?:to|back to|off to|"
            rf"over to) {_R9_TO}\b{_R9_NOT_ACCOUNT}|"
            rf"\bon to {_R9_TO}\b{_R9_NOT_ACCOUNT}{_R9_CALL_TROUBLE}|"
            rf"\bask\w* (?:to )?{_R9_TO}\b(?: \w+){{0,2}}? (?:to )?(?:return|refund|give (?:me )?back|send back|pay (?:me )?"
            rf"back|get (?:me )?(?:my|the) (?:money|cash|payment)|take back)\w*\b{_R9_CARD_TROUBLE}|"
            rf"\b{_R9_WHO}\b(?:'s| is| are)? (?:need|needs|want|wants|require|requires|asked for|asking for|asks for)\w* "
            r"(?:this|it|that|these|them|(?:your|ur) \w+(?: \w+)?|the \w+)\b[^.!?\n]{0,30}\b(?:dispute|chargeback|claim|"
            r"take back|reclaim|recover|revers|get (?:the|my) money back|paperwork|case)|"
            r"\b(?:dispute|chargeback) (?:status|case|reference|ref|number|no)\b:? ?(?:is |says |shows |reads )?(?:now )?(?:in progress|open|"
            r"opened|pending|active|submitted|under review|ongoing|live|raised)\b|"
            r"\b(?:shows?|showing|listed|marked|appears?|sitting|sits) as ['\"‘“]?(?:under investigation|disputed|in "
            r"dispute|under dispute|being disputed|contested|being investigated)\b|"
            r"\b(?:reversal|recall|chargeback|clawback) (?:of|on|for) (?:the |that |this |your |ur |my )?(?:\S+ )?(?:\S+ )?"
            r"(?:is|'s|has) (?:now )?(?:going through|underway|under way|in progress|being processed|happening|started|"
            r"begun|been (?:requested|started|initiated|filed|lodged|opened|approved))\b(?![^.!?\n]{0,40}\b(?:thank|cheers|"
            r"by (?:you|u)\b))|"
            r"\b(?:call|ring|phon|dial|rang|rung)\w* (?:the )?(?:number|helpline|line|hotline|phone number|freephone "
            r"number|customer service number) on (?:the back of )?(?:my|the) (?:\w+ )?(?:card|visa|amex|mastercard)\b"
            rf"{_R9_CALL_TROUBLE}|"
            rf"\b(?:wait\w*|hold\w*) (?:for|on) {_R9_TO}\b (?:to )?(?:pick up|answer|get back|call back|ring back|call "
            rf"me back)\b{_R9_CALL_TROUBLE}|"
            rf"\bon (?:the )?(?:line|hold|blower) (?:to|with) {_R9_TO}\b{_R9_NOT_ACCOUNT}{_R9_CALL_TROUBLE}|"
            r"\b(?:expect\w*|await\w*|look out for|watch out for|brace\w* (?:yourself|urself|yourselves) for) (?:a |an |"
            r"some )?(?:\w+ )?(?:call|letter|email|phone call|contact|notice|visit|message|word|notification)s? from "
            rf"{_R9_TO}\b{_R9_CARD_TROUBLE}(?![^.!?\n]{{0,40}}\b(?:confirm\w*|receipt|invoice))|"
            r"\bput\w* (?:it|this|that|the (?:\S+ )?(?:charge|payment|transaction|order|claim|case)|(?:your|ur) (?:\S+ )?"
            r"(?:charge|payment)|order \S+) (?:through|in|down|forward) (?:as (?:an? )?['\"‘“]?(?:dispute|chargeback|"
            rf"claim|fraud|unauthori[sz]ed|disputed|goods|non)|with {_R9_TO}\b)|"
            r"\b(?:with|contact(?:ed)?|to) the merchant(?: first)?\b[^\n]{0,40}?\b(?:ticked|clicked|selected|answered|said|put|chose) ['\"‘“]?(?:yes|"
            r"no)\b"
        ),
    ),
    # Round 10 (dev25, chargeback): by class and construction. The seller losing the money after the
    # provider paid the writer ("HSBC refunded me, so the money's gone from you", "they'll be taking
    # it off you"); a case, claim or investigation open, in or going in with a provider; claims by
    # their reason ("item not received", "not as described", SNAD, INR); the provider on it or
    # sorting it; a claim or dispute against the payment; the provider wanting evidence for the
    # dispute; the provider asked or told ("I'll ask them to refund me", "asked them to.") after it
    # is named; a pending payment stopped before it settles; disputing amounts and sets of charges
    # ("the difference", "every one of them"); escalating to a claim, or with the provider; the
    # matter dealt with through the provider; the seller flagged to it as a scam; "chargeback it
    # is"; payments on hold until the seller proves delivery, the seller made to prove it; payments
    # put on hold; disputes and claims getting sellers' accounts limited or reviewed; a provider that
    # needs no permission from the seller; the dispute's own form.
    *_each(
        "chargeback",
        (
            rf"\b{_R9_WHO}\b(?:'s|s|'ve|'re)?(?:(?:[^.!?\n]{{0,80}}?|[^.!?\n]{{0,60}}?[.!]+ ?[^.!?\n]{{0,40}}?)\b(?:(?:moneys?|cash|funds|payment|it|that|[£$€]\d\S*)(?:'s| is| has| have| was| will"
            r" be|'ll be)?(?: been| now| already| officially| all)* (?:gone|back|taken|coming back|come back|coming|pulled|"
            r"reversed|clawed back|taken back|recovered|returned|debited|deducted|removed)(?: back)?|(?:they|it)(?:'ll|ll| will|'re| are| r|'ve| have| is|"
            r"'s)?(?: be| now| already| just)* (?:tak\w*|took|pull\w*|claw\w*|recover\w*|reclaim\w*|get(?:ting)?|got|"
            r"grab\w*|yank\w*)(?: (?:it|this|that|them|the (?:\w+ )?(?:money|cash|payment|funds|amount|charge)|"
            rf"[£$€]\d\S*))?(?: back)?) (?:from|off|out of) {_R9_SELLER}\b|"
            rf"(?:(?!\b{_R10_NOT_SELLER}\b)[^.!?\n]){{0,150}}?(?:[.!?]+ (?:(?!\b{_R10_NOT_SELLER}\b)"
            r"[^.!?\n]){0,30}?)?\b(?:ask|asking|asked|telling|told|instruct\w*|request\w*)"
            r"(?: them| her| him)(?:(?: to| if they (?:can|could|will|would)| whether they "
            r"(?:can|could|will|would))? (?:please )?(?:(?:refund|reimburse|pay) me|cancel (?:it|the (?:\w+ )?"
            r"(?:payment|charge|transaction|debit)|any (?:further|more|other) (?:payments|charges))|decline|refuse|"
            r"reject|reverse|undo|stop|block|freeze|pull|recall|reclaim|claw|bounce|send (?:it|the money|the payment|"
            r"my money) back|get (?:it|my money|the money) back|take (?:it|the money) back|step in|intervene|decide|"
            r"rule on|look into|investigate|dispute|charge (?:it )?back|do (?:so|it|that|the same)(?! for me))\w*| "
            rf"to(?=[.!]*\s*$)){_R10_CARD_TROUBLE})|"
            rf"\b(?:investigation|dispute|claim|case|query|chargeback|complaint)s?\b[^.!?\n]{{0,35}}?\b(?:(?:is|'s|are|"
            r"has been|have been|was|now|already|officially) )*(?:open|opened|ongoing|underway|live|in progress|active|"
            r"pending|lodged|raised|filed|logged|going in|gone in|went in|in|made|submitted|started) (?:with|at|through|"
            rf"via|on|w) {_R9_TO}\b{_R9_NOT_ACCOUNT}|"
            r"\b(?:investigation|dispute|claim|case|chargeback)s? (?:with|at|through|via|on) (?:my |the |our )?(?:\w+ )?"
            rf"{_R9_WHO}\b(?:'s| is| has been| was| are)?(?: now| already| officially)? (?:open|opened|ongoing|underway|"
            r"live|in progress|active|pending|lodged|raised|filed|logged|in|submitted|started)\b|"
            r"\b(?:they|it)(?:'ve| have| has|'s)? (?:requested|asked (?:me )?for|want(?:s|ed)?|need(?:s|ed)?)(?: from me| me)?"
            rf" (?:the |all the |my |some |more )?(?:\w+ ){{0,2}}?{_R9_EVIDENCE}\b{_R10_GAP}{{0,40}}?\b(?:for|to support|in "
            r"support of|backing up|about) (?:my|the|this|our) (?:\w+ )?(?:dispute|chargeback|reversal)\b|"
            r"\b(?:snad|inr|(?:items?|goods|orders?|parcels?|products?|packages?) (?:not|never) (?:received|arrived|"
            r"as described)|(?:significantly )?not as described|non-?(?:receipt|delivery|arrival))\b(?: \w+){0,2}? "
            r"(?:claim|case|dispute|chargeback)s?\b|"
            r"\b(?:snad|inr|(?:not|never) (?:received|arrived|as described)|non-?(?:receipt|delivery))\b['\"’”]?(?: (?:claim|"
            rf"case|dispute))?(?: \w+){{0,3}}? (?:with|on|through|via|w|at) {_R9_TO}\b|"
            r"\b(?:claim|dispute|case|chargeback)s? (?:against|on|over) (?:your|ur|yer|the|this|that|my) (?:\S+ )?"
            r"(?:payment|charge|transaction|debit)s?\b|"
            rf"\b{_R9_WHO}\b(?:'s| is| are| has| have)?(?: now| also| just)? (?:need|want|require|ask|request)\w*(?: me"
            r"(?: to (?:send|provide|upload|forward|show))?| from me| for)?(?: (?:the|all|my|our|your|ur|some|any|more|"
            rf"copies of|a copy of))? (?:\w+ ){{0,2}}?{_R9_EVIDENCE}\b{_R10_GAP}{{0,50}}?\b(?:dispute|chargeback|claim|"
            r"case|investigation|reversal)|"
            rf"\b{_R10_WHO}\b{_R10_GAP}{{0,80}}?\b(?:can|could|will|would|able to|may|going to|gonna)(?: \w+)? "
            r"(?:declin|refus|reject|block|stop|cancel|revers|bounc|recall|void)\w* (?:it|that|this|them|the (?:\w+ )?"
            r"(?:payment|charge|transaction|debit)s?)\b[^.!?\n]{0,20}\bbefore (?:it|they|the (?:payment|charge|"
            r"transaction)) (?:settles|settle|clears|clear|completes|posts|goes out|leaves|is taken|gets taken|lands|goes through|is processed|"
            r"gets processed|is finali[sz]ed)\b|"
            r"\bdisput(?:e|es|ed|ing)\b (?:(?:the|this|that|ur|your|my|each|every|all|both|any|those|these) )?(?:\w+ )?"
            r"(?:difference|extra|overcharge|excess|amount|sum|balance|rest|remainder|duplicate|charges|payments|"
            r"transactions|debits|(?:one|each|all|lot|both|some|every one) of (?:them|those|these|it|the \w+)|them|"
            r"those|these|both|lot|penny)\b|"
            r"\bdisput(?:e|es|ed|ing) every (?:one|single one|last one|penny|charge|payment|cent)\b|"
            r"\bescalat\w* (?:(?:it|this|that|things|the (?:\w+ )?(?:case|dispute|claim|matter)|my (?:\w+ )?(?:case|"
            r"dispute|claim)) )?(?:to|into|up to) (?:a |an |the )?(?:(?:paypal|full|formal|proper) )?(?:claim|dispute|"
            r"chargeback)s?\b|"
            rf"\b{_R9_WHO}\b(?:'s|s|'ve|'re)?[^\n]{{0,80}}?\bescalat(?:e|ed|ing|es)\b(?! (?:to|with) (?:you|u|the seller|the shop|"
            r"customer))|"
            r"\b(?:deal|settl|handl|resolv|pursu|fight|sort)\w* (?:with )?(?:this|it|that|the matter|things|the (?:issue|"
            rf"problem|rest))(?: out)? (?:through|via|thru) {_R9_TO}\b{_R9_NOT_ACCOUNT}"
            rf"{_R10_CARD_TROUBLE}|"
            rf"\b{_R9_WHO}\b(?:'s| has| have|'ve| had)?(?: \w+)? (?:flag\w*|mark\w*|list\w*|log\w*|report\w*|class\w*|"
            r"treat\w*|record\w*) (?:you|u|ya|(?:your|ur) (?:shop|store|company|business|site|account)|the (?:seller|"
            r"merchant|shop|company|site)) as (?:an? )?(?:scam\w*|fraud\w*|fake)\b|"
            r"\b(?:s75 claim|section 75(?: claim)?|chargeback) (?:it is|it'?s|then|next)\b|"
            rf"\b{_R9_WHO}\b(?:'s|'ve| has| have| had| is| are| r)?(?: now| already| just)? (?:paus|froz|freez|suspend|"
            r"halt|stopp|block|held|hold|put)\w*(?: (?:it|that|this|everything|the (?:\w+ )?(?:payments?|charges?|"
            r"orders?|transactions?|instal\w*)|my (?:\w+ )?(?:payments?|instal\w*)))?(?: on hold)? (?:til|till|until|"
            r"while|pending|whilst)(?: \w+){0,2}? (?:you|u|ya|the seller|the merchant|the shop|they|ur|your)\b"
            r"[^.!?\n]{0,40}\b(?:prove|proof|show|provide|respond|reply|answer|evidence|tracking|investigat\w*)|"
            rf"\b{_R9_WHO}\b(?:'s|s|'ve|'re)?[^.!?\n]{{0,60}}?\b(?:make|makes|making|made|get|gets|getting|force\w*|"
            r"ask\w*|want\w*|need\w*|require\w*) (?:you|u|ya|the seller|the merchant|the shop|your lot|ur lot)(?: to)? "
            r"(?:prove|(?:show|provide|send|produce|upload|give) (?:\w+ )?(?:proof|evidence))\b|"
            r"\bput\w* (?:(?:the|my|all|any|every|further|remaining|next|other|these|those) )*(?:\w+ )?(?:payments?|"
            r"instal\w*|repayments?|direct debits?) on hold\b|"
            r"\b(?:disputes?|chargebacks?|charge ?backs?|claims?)\b[^.!?\n]{0,60}?\b(?:your|ur|yer|their|the seller'?s?|"
            r"sellers'?|a seller'?s|merchants?'?|the shop'?s) (?:\w+ ){0,3}?accounts? (?:get |gets |getting |got |are |"
            r"is |being |was |been |will be |can be )?(?:limited|frozen|closed|suspended|reviewed|shut(?: down)?|"
            r"restricted|flagged|terminated|banned|locked|deactivated|held|put on hold)\b|"
            r"\b(?:clos|limit|freez|froze|suspend|shut|review|restrict|ban|terminat|lock|deactivat)\w* (?:\w+ ){0,2}"
            r"accounts?\b[^.!?\n]{0,40}\b(?:high|too many|lots of|loads of|a lot of|more|several|multiple|frequent|"
            r"many|excessive) (?:\w+ ){0,2}(?:disputes?|chargebacks?|claims?)\b|"
            rf"\b{_R10_WHO}\b[^.!?\n]{{0,80}}?\b(?:don'?t|dont|do not|doesn'?t|doesnt|does not|won'?t|wont|will not) "
            r"(?:need|require|ask for|wait for) (?:your|ur|yer) (?:permission|consent|approval|say-?so|agreement|"
            r"blessing|authori[sz]ation|input)\b|"
            rf"\b(?:{_R8_MONEY_BANK}|{_R8C_BANK})'s (?:\w+ ){{0,2}}?(?:pulling|recovering|taking|getting|freezing|clawing|"
            r"recalling|reversing)(?: me)?(?: back)? (?:(?:it|the|that|this|my|your|ur) )?(?:\S+ )?(?:back )?(?:(?:payment|"
            r"money|charge|transaction|[£$€]\d\S*)\b|back\b)(?! to (?:you|u)\b)|"
            rf"\b{_R9_WHO}\b(?:'s|s|'ve|'re)?(?: \w+){{0,2}}? (?:told|advised|said|says|tells|suggested|recommended)(?: me| us)?"
            r"(?: to| i should| i can| i could| we should| we can)? (?:raise|open|file|lodge|start|submit|make|put in) (?:a |an |"
            r"the )?(?:claim|dispute|chargeback|case)\b|"
            rf"\b{_R9_WHO}\b(?:'s|s|'ve|'re)? (?:lets?|allows?|allowed|let) (?:you|u|me|us|customers|buyers|people) (?:to )?"
            r"(?:dispute|claim|charge back|reverse|raise a (?:claim|dispute)|open a (?:claim|dispute|case))\b[^.!?\n]{0,30}"
            r"\b(?:so|and) (?:that'?s|thats|i'?m|im|i am|i'?ll|ill|i will|doing|gonna|i have|i'?ve)\b|"
            r"\b(?:direct debit|dd)\b[^.!?\n]{0,60}\b(?:ask|asking|claim|claiming|request\w*|reclaim\w*) (?:for )?(?:the |my |"
            r"that |those |every |all )?(?:\w+ ){0,2}?back\b|"
            r"\b(?:forms?|paperwork|papers|claim|dispute)(?:'s| is| are)?(?: all| now| already)? (?:done|ready|filled (?:in|out)|"
            r"completed|signed)\b[^.!?\n]{0,40}\b(?:send|sent|submit\w*|post\w*|upload\w*|hand\w* in|go(?:es|ing)? off)(?: it| "
            rf"them)? (?:to|off to|in to) {_R9_TO}\b|"
            r"\b(?:forms?|paperwork|papers|application|letter)\b (?:for|of) (?:the |a |my |this |that )?(?:disput\w*|"
            r"chargeback|charge ?back|reversal|section 75|s75)\b"
        ),
    ),
    # Round 9 violence
    # Round 9 (dev20, violence): by class and construction. Damage owned up to ("that was me",
    # the brick or the tyres "a message", the air let out, a visit paid in any tense, the seller's
    # home visited); the armed forces or a fighting sport as a credential with menace (dealt with
    # worse, put a man on the floor, trained to close distance, rounds with you, a right hook or a
    # swing still in me, gloves dropped, the floor's feel, going through the door); dares and
    # settling it outside (meet me outside, settle it the old way or in the car park, name a time
    # and place, see who's still standing); a visit that is not friendly, not to talk or shop, not
    # as a customer, not alone; standing over or in front of you; the seller's people warned (quick
    # on his feet, leaving in an ambulance, waited for after a shift, walking alone for a while,
    # company on the walk home); the seller's family (known anywhere, the school run, a visit to
    # see her, a family to think about); the home known (where anyone sleeps, an address and me
    # not far, miles that are nothing, driving past it daily and a think about that, a house not a
    # warehouse, my crew know your office); kin or crew sent (favours owed, round to have a word,
    # big or trained kin on their way, not one for talking, no reason to stop them, friends keen
    # to explain in person, coming in person with my brother, when the last of the staff goes
    # home, "no reason"); fire (goes up once it catches, packed with boxes that would burn,
    # kindling, petrol and a match, a warm letterbox, hope you're insured); veiled accidents and
    # menace (slipping, what happens to sellers who, sleep about to change, glass out of your
    # carpet, next time I won't just be passing, a pity about the tyres, windows only glass, a van
    # out every night); weapons in passing (asking for my hammer, kept for people who, taken for a
    # drive to yours, in the boot, brought along not for golf, more than the garden to cut back);
    # blows in other dialects (moer, klap, donner); wrecking everything inside, stamped flat by
    # the time I leave; "get physical"; travel and then you will know; "show you pepper".
    *_each(
        "violence",
        (
            rf"\b(?:{_R9_PROPERTY}|brick|fire|paintwork)\b[^\n]{{0,40}}?\b(?:that|it|this) was (?:me|us|my (?:lads|boys|mates|doing)|the lads)\b"
            r"(?!\s*(?:who|that|what|when|\w+ing)\b)(?![^.!?\n]{0,30}\b(?:sorry|apologi\w*|my (?:bad|fault|mistake)|accident\w*|oops)\b)|"
            r"\b(?:brick|rock|stone|windows?|tyres?|tires|fire|paint|graffiti|petrol|eggs?|scratch\w*|dent|letterbox)\b"
            r"[^.!?\n]{0,20}\b(?:was|were|is) (?:just |only )?(?:a|my|the first|your) (?:little |friendly |small |first |gentle )?"
            r"(?:message|warning|reminder|taster|calling card|hint)\b|"
            r"\blet(?:ting)? (?:the )?(?:air|tyres|tires) (?:out|down)\b[^.!?\n]{0,20}\b(?:your|ur|yer|his|her)\b|"
            r"\blet(?:ting)? (?:your|ur|yer|his|her) (?:\w+ )?(?:tyres|tires) down\b|"
            rf"\b(?:paid|pays) (?:your|ur|you|u)(?: \w+){{0,2}}? a (?:little |quick |friendly |surprise |wee |late[- ]night |proper )?visit\b{_R9_ERRAND}|"
            r"\b(?:been|went|gone|was|were|stood|standing|parked|sat|sitting|waited|waiting) (?:to|round to|round|outside|at|by|past) "
            rf"(?:your|ur|yer) (?:house|home|flat|front door|street|drive(?:way)?|kids'? school)\b(?! (?:page|screen|delivery)){_R9_ERRAND}|"
            rf"\b{_R9_FORCES}\b[^\n]{{0,120}}?\b(?:dealt with (?:far |much |a lot )?worse|(?:you|u)(?:'ll| will| shall) (?:find out|learn) "
            r"(?:about )?(?:the|my|what) (?:other|else)\b|put (?:a (?:grown )?man|men|people|someone|somebody|you|u) (?:on the floor|down|to sleep)|close (?:the )?distance|"
            r"(?:that'?s|thats|that is) nothing|know (?:exactly )?how to (?:hurt|fight|kill|handle|deal with) )|"
            r"\b(?:know how to|can still|could still|still know how to|trained to|taught to|able to) (?:put|drop|lay|take) "
            r"(?:a (?:grown )?(?:man|bloke|person|fella)|men|people|someone|somebody|you|u) (?:on the floor|down|out|to sleep|on (?:his|their|your|the) (?:back|arse|ass))\b|"
            r"\b(?:trained|taught)(?: \w+){0,2}? (?:to|how to) (?:close (?:the )?distance|kill|fight|hurt|maim|disarm|strangle|choke|"
            r"break (?:bones|necks|arms|legs)|hit hard|take (?:a man|men|people|someone|somebody) (?:down|out))\b(?! (?:fires?|weeds|germs|bacteria|pests|bugs|mou?ld))|"
            r"\b(?:go|going|have|having|went|do|doing) (?:a (?:few|couple of) |a |some |three |ten |twelve )?rounds? with (?:you|u|ya|ye|him|her)\b|"
            r"\bstill (?:have|got|'ve got|has|packs?|throws?|carr(?:y|ies)) (?:a |an )?(?:\w+ )?(?:right hook|left hook|punch|jab|uppercut|headbutt|"
            r"(?:fair|good|decent|mean|strong|wicked|hell of a|powerful|nasty|big) swing)\b"
            r"(?! (?:set|seat|chair|bench|bin|door|bag|bowl|card|line|needle|ball|frame|top|dress|skirt|tag))|"
            r"\bdrop(?:ping|ped|s)? the gloves\b(?! (?:off|round|at|in|back|to|over))|"
            r"\b(?:find|found|finding|learn|know|see|feel|discover)\w* (?:out )?(?:how|what) (?:the |a |your |ur )?(?:floor|ground|pavement|concrete|"
            r"tarmac|canvas) (?:feels|tastes)\b(?! (?:with|under|underneath|beneath|barefoot|on (?:bare|your|ur) feet)\b)|"
            r"\b(?:burst\w*|barg\w*|crash\w*|smash\w*|kick\w*|charg\w*|plough\w*) (?:straight )?(?:through|thru|in through) (?:your|ur) "
            r"(?:shop |front |back |office |store )?(?:door|window|wall|counter|shutters?|glass)\b|"
            r"\b(?:go|going|goes|come|coming) (?:straight )?(?:through|thru) (?:your|ur) (?:shop |front |back |office |store )?"
            r"(?:door|window|wall|counter|shutters?) like\b|"
            r"\b(?:settle|settling|sort|sorting|finish|finishing|resolve|handle|deal with) (?:this|it|things|that|"
            r"the (?:matter|score|dispute|issue)|(?:order|matter)\b[^.!?\n]{0,20}?)(?: out)?(?:(?: [\w']+){0,2}? (?:outside|in the (?:car ?park|"
            r"parking lot|street|alley|lane)|(?:round|out) (?:the )?back)(?=\s*(?:[.!,;]|$|then\b|mate\b|like\b|with\b|the old\b))|"
            r"(?:,? [\w']+){0,12}?,? (?:the old[- ]fashioned way|the old school way|old[- ]school style|like men|with (?:fists|our fists|"
            r"my fists|the gloves off|(?:the |our |my )?sleeves rolled up)))\b(?! (?:to|and) (?:collect|pick|drop|return))|"
            rf"\bsee (?:you|u|ya|ye) (?:in the (?:car ?park|parking lot|alley)|out (?:the )?back|round the back)\b{_R9_ERRAND}|"
            r"\bbring (?:a (?:friend|mate|pal)|(?:some |your |ur )?(?:friends|mates|backup|back-up|pals))\b[^.!?\n]{0,15}\b(?:you|u|ya|ye)"
            r"(?:'ll| will|ll|l) need (?:one|them|it|em|'em)\b|"
            rf"\bname (?:a|the|your) (?:time and (?:a |the )?place|place and (?:a |the )?time)\b{_R9_ERRAND}|"
            rf"\bmeet (?:me|us) (?:outside|round the back|in the car ?park|in the parking lot|out back|behind the \w+)\b{_R9_ERRAND}|"
            r"\bsay (?:it|that|this) (?:again )?(?:to my face|in person|outside|face to face)\b|"
            r"\b(?:we'?ll|we will|let'?s|lets) see who'?s? (?:is )?(?:still )?(?:talking|standing|laughing|smiling|tough|hard|brave|the hard man|mouthing off)\b"
        ),
    ),
    *_each(
        "violence",
        (
            r"\bnot (?:coming|going|popping|turning up|calling|there|in|round|here|going to be|gonna be)(?: round| in| over| down| there)? "
            r"(?:to (?:talk|chat|shop|buy(?: anything)?|browse|negotiate|discuss)|for (?:a chat|a talk|the stock|a browse|a coffee|the products|shopping))\b"
            rf"(?![^.!?\n]{{0,30}}\b(?:again|any ?more|ever)\b){_R9_ERRAND}|"
            r"\b(?:won'?t|wont|will not|shan'?t|shall not) be (?:coming|going|there|in|round) (?:to (?:talk|chat|shop|buy|browse)|for (?:a chat|a talk|the stock|"
            rf"a browse|the products|shopping))\b(?![^.!?\n]{{0,30}}\b(?:again|any ?more|ever)\b){_R9_ERRAND}|"
            r"\b(?:coming|come|comin|turn\w* up|pop\w*|call\w* in|visit\w*|head\w*|be) (?:round|down|over|in|there|by|to (?:your|ur|the) \w+)\b"
            r"[^.!?\n]{0,40}\b(?:it|this|that|the (?:visit|chat|conversation|talk|meeting))(?:'s|s| is| will|'ll)? ?(?:not|n'?t|won'?t|wont|will not|"
            r"isn'?t|aint|ain'?t) (?:going to |gonna )?(?:be )?(?:a |very )?(?:friendly|pretty|nice|pleasant|polite|social|cordial|courtesy)\b|"
            r"\b(?:visit|trip|appearance|coming|come|there|turn\w* up|show\w* up|walk\w* in|arriv\w*|in (?:your|ur) (?:shop|store))\b[^.!?\n]{0,40}\b(?:not|won'?t|wont|will not|isn'?t)(?: be)? as a "
            r"(?:customer|shopper|paying customer|buyer|client)\b|"
            r"\b(?:won'?t|will not|wont|not going to|not gonna) (?:like|enjoy|appreciate|love) (?:what|why) (?:i'?m|i am|im|we'?re|i'?ll be|i will be) "
            r"(?:there|coming|in|round|here)(?: for)?\b|"
            r"\b(?:won'?t|wont|will not|shan'?t|shall not|not) (?:be )?(?:leav|go|com|arriv|turn|show|attend|visit)\w*(?: up| in| round| over| there| back)? "
            rf"(?:quietly (?:or|and) )?(?:alone|on my own|by myself|solo)\b{_R9_ERRAND}|"
            r"\bbefore (?:i'?m|i am|im|i'?ll be|we'?re|we are) (?:standing |stood |stand |right )?(?:in front of|over|on (?:your|ur) doorstep|"
            r"at (?:your|ur) (?:door|counter))(?: you| u| ya)?\b|"
            r"\b(?:standing|stood|be stood|stand) (?:right )?over (?:you|u|ya|ye)\b|"
            r"\bbetter (?:be )?(?:able to )?(?:quick|fast|light|nimble|good|handy|quicker|faster) (?:on (?:his|her|their|your|ur) feet|with (?:his|her|their|your|ur) fists|"
            r"at (?:running|ducking))\b|"
            r"\b(?:couriers?|drivers?|he|she|they|you|u|whoever|staff|delivery (?:guy|man|driver)|postman|packer)\b[^.!?\n]{0,60}?\b(?:leav\w*|go\w* home|"
            r"carried out|wheeled out)\b (?:in|on) (?:an ambulance|a body ?bag|a stretcher|a wheelchair|a neck brace|plaster|a hearse)\b|"
            r"\bwait\w* (?:for|on) (?:them|him|her|you|u|ya)\b[^.!?\n]{0,10}\b(?:after|when|at the end of) (?:their|his|her|your|ur|the) (?:shift|work)\b|"
            r"\b(?:not|never|shouldn'?t|wouldn'?t|don'?t|dont|avoid|careful) (?:to )?(?:walk|walking|go|going|travel\w*|drive|driving|cycle|cycling)\b"
            r"(?: \w+){0,4}? (?:alone|on (?:her|his|their|your|ur) own|by "
            r"(?:herself|himself|themselves|yourself|urself))(?: \w+){0,2}? for a (?:while|bit|few (?:days|weeks|nights))\b|"
            r"\b(?:like|enjoy|expect|fancy|getting|get|want)(?: some)? (?:company|a companion|an escort|a (?:surprise )?visitor|a shadow|a tail)\b "
            r"on (?:the|your|ur) (?:walk|way|drive|journey|trip) "
            r"(?:home|to (?:work|the car|your car|ur car))\b"
        ),
    ),
    *_each(
        "violence",
        (
            rf"\b(?:your|ur|the) (?:\w+ )?{_R9_FAMILY}\b[^\n]{{0,80}}?\b(?:know|recogni[sz]e|spot|pick out) (?:them|him|her)(?: \w+)? "
            r"(?:anywhere|in a crowd|on sight|a mile off)\b|"
            rf"\b(?:know|recogni[sz]e|spot|pick out) (?:your|ur) {_R9_FAMILY}(?: \w+)? (?:anywhere|in a crowd|on sight|a mile off)\b|"
            rf"\b(?:your|ur) {_R9_FAMILY}\b[^.!?\n]{{0,20}}\b(?:still (?:do|does|doing|on) the school run|(?:do|does|doing|on) the school run "
            r"(?:at|every|each|around|about)\b)|"
            rf"\b(?:your|ur) {_R9_FAMILY}\b[^\n]{{0,80}}?\b(?:i'?ll|i will|i'?m|im|we'?ll|we will)(?: be)? (?:pop\w*|call\w*|drop\w*|com\w*|visit\w*|go\w*) "
            r"(?:in |round |by |over |down )?(?:to see|on|in on|for a (?:word|chat) with|to have a (?:word|chat) with) (?:her|him|them)\b"
            rf"{_R9_ERRAND}|"
            r"\b(?:you|u)(?:'ve| have|ve)?(?: got)? (?:a |your |ur )?(?:\w+ )?(?:family|kids|wife|husband|children|little ones|missus) to "
            r"(?:think|worry) about\b|"
            r"\b(?:know|knows|found|find out|found out|worked out|figured out)\b(?: \w+){0,3}? where (?:you|u|ya|ye|he|she|they|the (?:seller|owner|"
            r"boss|manager|bloke|guy|woman|man|lady|fella)(?: \w+){0,4}?|your \w+|ur \w+) (?:sleeps?|lives?|stays?|goes home)\b|"
            r"\baddress\b[^\n]{0,80}?\b(?:i'?m|i am|im|we'?re|we are|i live)(?: \w+)? (?:not (?:far|that far|far away)|(?:only |just )?(?:round the corner|"
            rf"down the road|nearby|close by|up the road|(?:\d+|a few|a couple of|five|ten|fifteen|twenty|thirty|forty|fifty) (?:miles|minutes|mins|km) away))\b{_R9_ERRAND}|"
            rf"\b(?:your|ur) (?:\w+ )?{_R9_PREMISES}\b(?: is)? (?:only |just )?(?:\d+|a few|a couple of|five|ten|fifteen|twenty|thirty|forty|fifty) (?:miles|minutes|mins|km|hours?)(?: away)?\b[^.!?\n]{{0,3}}[,.]?\s*"
            rf"(?:that'?s|thats|that is|is) (?:nothing|no distance|not far|an easy drive|a short drive)\b{_R9_ERRAND}|"
            r"\b(?:drive|drives|driving|drove|walk|walks|walking|walked|goes|going|went|pass|passes|passing|passed|cycle|cycles|cycling) (?:past|by) "
            r"(?:it|your|ur|there|the (?:house|place))\b[^.!?\n]{0,40}\b(?:every (?:morning|day|night|evening|week)|daily|each (?:morning|day))\b"
            r"[^\n]{0,40}\b(?:think about (?:that|it)|bear (?:that|it) in mind|have a think|just saying|no reason|remember that|keep that in mind)\b|"
            r"\b(?:that'?s|thats|that is|it'?s|its) (?:not|no) (?:a |an )?(?:warehouse|shop|unit|office|business|industrial estate)\b[^\n]{0,40}?"
            r"\b(?:that'?s|thats|that is|it'?s|its) (?:a|your|ur) (?:house|home|flat)\b|"
            rf"\bmy {_R9_CREW}\b[^.!?\n]{{0,30}}\b(?:already )?know (?:your|ur|where (?:your|ur|you|u)) (?:office|house|home|address|place|car|van|"
            r"live|face|kids|family|wife)\b|"
            r"\bshow (?:you|u|ya|him|her|them) pepper\b"
        ),
    ),
    *_each(
        "violence",
        (
            r"\b(?:lads|boys|mates|friends|people|guys|fellas|blokes|men|contacts|a few)\b (?:who|that) owes? me (?:a )?(?:favou?rs?|one)\b"
            rf"{_R9_ERRAND}|"
            r"\b(?:they|he|she)(?:'ll| will| are| r|'re|'s| is)?(?: be)? (?:round|over|coming (?:round|over|down)|popping (?:round|over|in)|calling "
            r"(?:round|in)|stopping by)(?: to (?:yours|your \w+|ur \w+))? (?:to (?:have|having) a (?:little |quiet |friendly )?(?:chat|word|talk|"
            rf"conversation) with|for a (?:little |quiet |friendly )?(?:chat|word) with|to see) (?:you|u|ya|ye)\b{_R9_ERRAND}|"
            rf"\bmy (?:\w+ )?{_R9_KIN}\b[^\n]{{0,60}}?\b(?:works (?:the )?doors|bouncer|doorman|built like a (?:wardrobe|brick \w+|tank|house|barn door|bull)|"
            r"(?:very |really )?(?:big|huge|massive|hard) (?:lad|man|bloke|fella|unit)|cage fighter|boxer)\b[^\n]{0,80}?\b(?:getting in the car|"
            r"on (?:his|her|their) way|calling on (?:you|u)|(?:asked|asking) (?:me )?for (?:your|ur) (?:home )?address|coming (?:round|over|for)|"
            r"be (?:round|over)|paying (?:you|u) a visit|visit(?:ing)? (?:you|u))\b|"
            r"\b(?:be|come|coming|head\w*|drive|driving) (?:over|round|down|up) to (?:you|u|yours|ya|your \w+|ur \w+)\b[^.!?\n]{0,40}\b(?:doesn'?t|does not|"
            r"don'?t|do not|won'?t|not one for|isn'?t one for) (?:do )?(?:talking|talk|chatting|words)\b|"
            r"\b(?:not (?:going to|gonna)|won'?t|wont|will not|(?:a|any|no) (?:good )?reason to) (?:try to )?stop(?:ping)? (?:him|her|them|my "
            r"(?:husband|brother|lads|boys|mates|dad|son|friends))\b(?!\s*(?:from\b|\w+ing\b))|"
            rf"\b(?:come|coming|comes|visit\w*|turn\w* up|show\w* up)\b (?:personally|in person|myself)\b[^.!?\n]{{0,10}}\bwith my (?:\w+ )?(?:{_R9_KIN}|"
            rf"lads|boys|mates|crew|friends)\b{_R9_ERRAND}|"
            r"\bwhat time (?:does|do|did) (?:your|ur|the) (?:last )?(?:member of staff|staff|owner|boss|manager|missus|wife|husband|kids|\w+) (?:go home|"
            r"leave|lock up|finish|clock off|walk home|get home|close up)\b[^\n]{0,40}\b(?:no reason|i'?ve got all (?:evening|night|day))\b|"
            r"\b(?:friends|mates|lads|boys|brothers|cousins|uncles|fellas|guys|family)\b[^.!?\n]{0,30}\b(?:offered|volunteered|itching|dying|keen|"
            r"begging|queueing|queuing|lining up) to (?:go|come|pop|call|head|drive|pay|visit|explain|have a (?:word|chat)|sort|deal|talk|speak|discuss|"
            r"pass on)\b[^.!?\n]{0,40}\b(?:in person|face to face|personally)\b"
        ),
    ),
    *_each(
        "violence",
        (
            r"\b(?:goes|go|going|went|gone) up\b[^.!?\n]{0,20}?\b(?:once|when|if|after) (?:it|they|the \w+|a spark) "
            r"(?:catch(?:es)?|lights?|ignites?|starts?)\b|"
            r"\bgo(?:es)? up (?:in (?:flames|smoke)|like (?:tinder|kindling|a bonfire|a torch|a matchbox|paper))\b|"
            r"\b(?:packed|full|stacked|stuffed|crammed|loaded)\b[^.!?\n]{0,30}\b(?:cardboard|boxes|paper|bubble ?wrap|packaging)\b[^\n]{0,60}?"
            r"\b(?:burn|goes up|go up|catch\w* (?:fire|light)|flammable|fire ?trap|tinder|kindling)|"
            rf"\b(?:your|ur) (?:\w+ )?{_R9_PREMISES}\b[^.!?\n]{{0,40}}\b(?:becomes?|will be|'ll be|turns? into|end up as|reduced to|be) (?:kindling|"
            r"ash(?:es)?|a bonfire|cinders|a pile of (?:ash|ashes|rubble|cinders)|a fireball|firewood|matchwood)\b|"
            r"\b(?:drop|splash|can|bit|litre|gallon|dash|bottle|jerry can|touch) of (?:petrol|gasoline|gas|lighter fluid|paraffin|diesel|accelerant)\b"
            r"[^.!?\n]{0,15}\b(?:and|plus|with) (?:a |one )?(?:single )?(?:match|lighter|spark|rag|flame)\b|"
            r"\b(?:petrol|gasoline|lighter fluid|paraffin)\b[^.!?\n]{0,30}\b(?:through|in|into|on|over) (?:your|ur) (?:letterbox|letter box|door|shop|van|"
            r"car|windows?|stock|premises)\b|"
            r"\b(?:letterbox|letter box|mail ?slot)\b[^\n]{0,40}?\b(?:might|could|may|will|'ll|is going to|gonna) (?:get|go) (?:a (?:bit|little) )?"
            r"(?:warm|hot|toasty|smoky|smokey)\b|"
            r"\bhope (?:you'?re|youre|ur|you are|u r|u'?re) (?:well |fully |properly )?insured\b(?! (?:for|against) )|"
            rf"\b(?:is|are) (?:your|ur) (?:\w+ )?(?:{_R9_PREMISES}|windows?)(?: \w+)? (?:insured|covered)\b[^\n]{{0,60}}?\b(?:double[- ]?check|might want|"
            r"policy|by the way|just being helpful)\b"
        ),
    ),
    *_each(
        "violence",
        (
            r"\bwouldn'?t want (?:anyone|anybody|you|u|your \w+|ur \w+|him|her|them|someone|somebody)\b(?: \w+)? (?:to )?(?:slip\w*|fall\w*|trip\w*|"
            r"hav\w* an accident|break\w* (?:a|their|his|her|your)|get\w* (?:hurt|injured)|end\w* up in hospital)\b"
            r"(?![^.!?\n]{0,40}\b(?:wet|icy|slippery|signs?|mat|stairs|steps|ramp)\b)|"
            r"\bwhat (?:do|d'?|does) (?:you|u|ya) (?:think|reckon|suppose|imagine) happens? to (?:sellers|people|shops|businesses|those|anyone|folk|men|"
            r"blokes|guys|companies|traders|owners|someone|somebody)\b (?:who|that|like)\b(?![^.!?\n]{0,60}\b(?:reviews?|ratings?|feedback|stars?|"
            r"reported|banned|suspended|trading standards|police|court|sued|bank|chargebacks?|etsy|ebay|amazon)\b)|"
            r"\bsleep\w*\b[^\n]{0,40}?\b(?:shame|pity|sadly|unfortunately|too bad|enjoy it)\b,? (?:that'?s|that is|thats|that'?ll|that will|it'?s|it is|"
            r"all that'?s|this is) (?:all )?(?:about to|going to|gonna|set to) (?:change|end|stop)\b|"
            r"\b(?:pick|sweep|clean|hoover|vacuum|mop)\w* (?:up )?(?:the )?(?:broken )?(?:glass|shards|bricks?) (?:out of|off|from|up from|up off) (?:your|ur)\b|"
            r"\b(?:next time|this time)\b[^.!?\n]{0,20}\b(?:won'?t|will not|wont|not) just (?:be )?(?:walking|driving|sitting|standing|"
            r"passing|parking|parked|strolling|sat|stood|knocking)\b(?! (?:in|at home|around|here|waiting|on hold|by the (?:phone|door)))|"
            r"\b(?:be|been) (?:a )?(?:real |terrible |awful |right |such a )?(?:shame|pity)\b[^.!?\n]{0,10}\babout (?:the|your|ur|its|their|them|his|her|those|that|these)(?: \w+){0,2}? "
            r"(?:tyres|tires|windows|windscreen|face|legs|kneecaps|teeth|kids|children|family|wife|husband|van|car|shop ?front)\b(?! (?:driver|man|guy|delivery))|"
            r"\b(?:windows?|windscreens?|shop ?fronts?)\b (?:is|are|'re|r) (?:only|just) glass\b|"
            r"\b(?:your|ur) (?:\w+ )?(?:van|car|truck|lorry|vehicle|transit|motor)\b (?:sits|is parked|parks|stays|is left|lives|sleeps)\b[^.!?\n]{0,30}"
            r"\b(?:every night|overnight|all night|at night|unattended|each night)\b|"
            rf"\basking for (?:my|a|me) (?:\w+ )?{_R9_WEAPON}\b|"
            rf"\bkeep (?:a|my|the|an) (?:\w+ )?{_R9_WEAPON}\b[^.!?\n]{{0,40}}\bfor (?:people|anyone|those|folk|the likes|blokes|sellers|idiots|sellers)\b|"
            r"\btake (?:it|him|her|my \w+|the \w+) for a (?:drive|spin|walk|ride)\b[^.!?\n]{0,10}\b(?:to|round to|over to|down to) (?:yours|your|ur)\b|"
            rf"\bfunny how (?:my|the|me) (?:\w+ )?{_R9_WEAPON}(?:'s| is| are)?(?: already| still| just| always)* (?:in|on|by|under|next to) (?:the|my) "
            r"(?:boot|truck|back seat|car|van|door|bed|pocket|bag|hand)\b|"
            rf"\b{_R9_ARMS}\b[^\n]{{0,80}}?\b(?:just so (?:you|u|we both|we all) know|where we (?:both )?stand|not for (?:golf|cricket|baseball|the garden|"
            r"hurling|hockey|sport|show|decoration|practice)|still (?:got|have) a (?:fair |good |decent |mean )?swing)\b|"
            rf"\b(?:bring\w*|brought|fetch\w*|carry\w*) (?:the |my |a |me |an )?(?:\w+ )?{_R9_WEAPON}\b(?: \w+){{0,3}}? (?:when|round|over|down|to (?:yours|your|ur)|"
            r"with me)\b(?![^.!?\n]{0,40}\b(?:collect|fix|repair|grip|measure|fitt?ing|exchange|swap|return|refund|so (?:you|u) can|back|sharpen\w*|engrav\w*))|"
            rf"\b{_R9_WEAPON}\b[^\n]{{0,80}}?\bnot the only (?:thing|one|person|people)\b[^.!?\n]{{0,40}}\b(?:need\w*|due|want\w*|could do with) (?:cutting "
            r"(?:back|down)|chopping|a trim|trimming|pruning|sorting (?:out)?|a good seeing to|taking down|putting down)\b"
        ),
    ),
    *_each(
        "violence",
        (
            r"\b(?:moer|donner|bliksem|klap|chin|shank|merk|leather|wallop|clout|belt|skelp|gub|panel)\b (?:you|u|ya|ye|yous|youse|him|her|them|"
            r"your (?:staff|driver|courier|face))\b|"
            r"\bin person\b[^.!?\n]{0,30}\bhow sorry\b|"
            r"\b(?:make|making|leave|leaving|smash|break|wreck|trash)\w* (?:everything|it all|the (?:whole )?(?:place|shop|lot)|your (?:shop|place|store|"
            r"stock|premises))(?: \w+)? (?:kaputt?|in pieces|in bits|in ruins|a wreck|rubble|to pieces|to bits)\b|"
            r"\b(?:break|smash|wreck|trash|destroy|flatten)(?:ing)? (?:every (?:single )?(?:\w+ )?(?:item|thing|piece|product|window|vase|bottle|glass|"
            r"shelf|one|box)|everything)\b(?: \w+){0,3}? (?:in|on|of|inside) (?:there|your|ur|the (?:shop|store|showroom|place|unit|premises|window))\b|"
            rf"\binto (?:your|ur) (?:\w+ )?(?:{_R9_PREMISES}|showroom)\b[^.!?\n]{{0,20}}\b(?:break|smash|wreck|trash|destroy)\w* (?:every|everything|each|"
            r"all)\b|"
            r"\b(?:smashed|broken|wrecked|trashed|flattened|stamped flat|in pieces|in bits|kicked in|caved in|in ruins|destroyed)\b[^.!?\n]{0,20}"
            r"\b(?:by the time|when|once|after|before) (?:i|we|my \w+)(?:'m|'ve| am| have| are|'re)? (?:leave|done|finished|through|gone|left|finish|go|"
            r"walk out)\b|"
            r"\bget(?:ting)? physical\b(?! (?:copy|copies|books?|product|items?|version|cards?|gift|stores?|shops?|media|cds?|dvds?|vouchers?|receipts?|"
            r"therapy|activity|exercise|with (?:the|my) \w+))|"
            r"\b(?:taking|take|catching|catch|booking|booked|getting|get|driving|coming|travel\w*|boarding)\b(?: \w+){0,3}? (?:train|bus|flight|plane|"
            rf"coach|taxi|ferry|motorway)\b[^\n]{{0,60}}?\b(?:then|and) (?:you|u) (?:will|'ll|shall) (?:know|see|learn|find out|understand|regret)\b{_R9_ERRAND}|"
            r"\bgiv(?:e|en|ing|es) (?:you|u|ya|ye )?(?:a (?:bit of|good) )?what for\b|"
            r"\b(?:boys|lads|mandem|squad|gang|crew|bredren|man dem)\b (?:r |are |is |'re |will be |gonna be |gon be |and me |n me |& me )?(?:pulling|"
            r"pull) up\b(?: on (?:you|u|ya|your|ur)| (?:to|at) (?:yours|your|ur)| after| tonight| later| soon| tomorrow|(?=\s*[.!]|\s*$))|"
            r"\bbring (?:a |your |ur |the )?(?:first[- ]aid (?:kit|box)|plasters|bandages|stretcher|gum ?shield|mouth ?guard|body ?armou?r)\b(?! (?:with|on|for) )|"
            r"\b(?:that|those|the) (?:\w+ ){0,4}?(?:by|in|outside|at) (?:your|ur) (?:door|window|shop|counter|entrance|front)\b[^\n]{0,10}\b(?:won'?t|wont) "
            r"be (?:standing|in one piece)\b|"
            rf"\b(?:your|ur) (?:\w+ )?{_R9_PROPERTY}\b[^.!?\n]{{0,30}}\b(?:won'?t|wont) be (?:standing|in one piece) (?:for )?(?:long|much longer|by)\b"
        ),
    ),
    # Round 9 (dev23, violence): by class and construction. The body: questions that menace it
    # (bruising easily, how fast you can run, a jaw ever wired, how many bones, which arm first),
    # every finger or both legs broken, "N fingers, N breaks", enjoying your legs or typing while
    # you can, hands that stop working, the life choked out, hands round the throat, put through a
    # wall, made mincemeat or paste of; the product force-fed (made to eat or swallow it, shoved
    # down the throat, fed to you) or thrown (aimed at, straight into or across your head or face,
    # thrown at you); blood on the shop floor; cameras, locks or police that won't stop me or can't
    # sit outside forever; payment in pain, bones or blood, the money taken out of your hide or
    # beaten out of you, a pound of flesh with boots; health about to turn, health or life cover
    # you'll be needing, first aid to stock up on, "you'll need them after I visit"; hospital as the
    # next address, a stretch in A&E; walking with a stick, comfy on crutches, never walking
    # straight again, someone to wipe or feed you; hymns and headstones; the last thing you see,
    # the last customer you serve, not getting up after; a mark or souvenir left on you; hunter and
    # prey; tracked down wherever you move; the seller's pet "the one who'll pay"; dogs set on or
    # introduced; screams heard, someone being killed, when I start on you; something broken that
    # won't be furniture; every intention of hurting you; what happens to your face; a knock on
    # your head; the disappeared, a quiet field, fished out of the canal, the harbour's bottom,
    # found in the nala; a routine known and "noted"; more than pictures next time; the first one
    # put on the floor, flat on the floor; not doing anything for a long time; family that won't
    # know your face; legs "done" at a price; a forecast of broken bones; holidays not lived to
    # see or made sure of; a parcel to open carefully, not to shake, with what's inside to hurt;
    # an injury emoji with a visit; a stick or weapon taken to someone.
    *_each(
        "violence",
        (
            r"\b(?:you|u|ya) (?:bruise|bleed|scar) (?:easily|easy|quickly|like a peach)\b|"
            r"\bhow (?:fast|quick|quickly) (?:can|could|do) (?:you|u|ya) (?:run|sprint)\b(?=\s*[?!.]|\s*$)|"
            rf"\bever had (?:your|ur|yer) (?:\w+ )?{_R9_BODY} (?:wired|broken|smashed|snapped|fractured|cracked|dislocated|"
            r"knocked (?:out|in)|rearranged|kicked in|caved in)\b|"
            r"\b(?:your|ur|yer) (?:jaw|mouth|gob) wired\b|"
            r"\bhow many bones\b[^\n]{0,80}?\b(?:yours|your|ur)\b|"
            r"\bwhich (?:\w+ )?(?:arm|leg|hand|finger|knee|kneecap|wrist|ankle|one|side|elbow) (?:to |i'?ll |i will |i should )?"
            r"(?:break|snap|smash|crack|dislocate)\w*(?: first)?\b|"
            r"\b(?:break|snap|smash|crack|crush|shatter|dislocate)\w* (?:every|each|all|both|all ten|all \w+ of) (?:single )?"
            rf"(?:one of )?(?:your |ur |yer |the |his |her )?(?:\w+ )?{_R9_BODY}\b(?! (?:of|in|on) (?:the|this|that|my|it|me)\b)|"
            r"\b(?:ten|two|five|four) (?:fingers|toes|ribs|bones|knuckles|teeth|legs|arms)[,;:]? (?:ten|two|five|four) "
            r"(?:breaks|fractures|casts|splints|snaps)\b|"
            r"\benjoy (?:your|ur|yer|those|them|the use of (?:your|ur)) (?:\w+ )?(?:legs|hands|fingers|arms|knees|kneecaps|teeth|"
            r"face|looks|good looks|health|eyes|eyesight)\b[^.!?\n]{0,20}\bwhile (?:you|u|they|it|ya) (?:still )?(?:can|work|works|"
            r"last|lasts|have them|do)\b|"
            r"\benjoy (?:typing|walking|breathing|eating|chewing|standing|smiling|talking|using (?:your|ur) \w+)\b[^.!?\n]{0,20}"
            r"\bwhile (?:you|u|ya) (?:still )?(?:can|are able)\b|"
            rf"\b{_R9_BODY}\b[^\n]{{0,80}}?\b(?:stop|stops|stopped) working\b[^\n]{{0,40}}?\b(?:i'?ll|ill|i will|i'?m going to|"
            r"im going to|i'?m gonna|im gonna) (?:see to (?:it|that)|make sure of (?:it|that))\b|"
            r"\b(?:choke|choking|strangle|strangling|throttle|throttling|squeeze|squeezing|beat|beating|kick|kicking|knock|"
            r"knocking|punch|punching|thump|thumping|batter|battering) (?:the )?(?:life|living daylights|stuffing|breath) "
            r"out of (?:you|u|ya|ye|him|her|them|your|ur|whoever|the (?:\w+ )?(?:courier|driver|seller|owner|boss|manager|"
            r"packer|guy|bloke|man|woman))\b|"
            r"\b(?:hands?|fingers|thumbs)\b[^.!?\n]{0,25}\b(?:round|around) (?:your|ur|yer) (?:scrawny |skinny |fat |little )?"
            r"(?:throat|neck|windpipe)\b|"
            r"\b(?:put|throw|chuck|send|smash|knock|kick)\w* (?:you|u|ya|ye|him|her|them|your (?:head|face)|ur (?:head|face)) "
            r"(?:straight )?(?:through|thru) (?:a|the|your|ur|that|yer) (?:\w+ )?(?:wall|window|door|table|floor|ceiling|counter|"
            r"glass|windscreen|shop ?front)\b|"
            r"\b(?:make|making|made) (?:mincemeat|mince|mush|pulp|minced meat) (?:out )?of (?:you|u|ya|ye|him|her|them|your|ur|"
            r"the (?:whole )?lot of (?:you|u|ya|them)|all of (?:you|u|ya))\b|"
            r"\b(?:turn|turning|beat|beating|pound|pounding|smash|smashing|reduce|reducing) (?:you|u|ya|ye|him|her|them) "
            r"(?:in)?to (?:paste|mush|pulp|jelly|mince|mincemeat|a pulp|dust|a smear|a stain|ribbons|a puddle)\b"
        ),
    ),
    *_each(
        "violence",
        (
            r"\b(?:going to|gonna|gunna|i'?ll|ill|i will|i shall|we'?ll|we will) (?:personally |happily |gladly )?make "
            r"(?:you|u|ya|ye|him|her|them|the (?:\w+ )?(?:courier|driver|seller|owner|boss|manager|packer|guy|bloke|man|woman|"
            r"lot of (?:you|u|ya|them))) (?:eat|swallow|chew|choke on|gag on)\b(?! (?:your|ur|yer|those|these|the|my|his|her|"
            r"their|them|it) (?:\w+ )?(?:words|hat|humble pie|pride)\b)|"
            r"\b(?:shove|ram|stuff|force|jam|cram)\w* (?:it|that|this|them|those|these|the|your|ur)\b(?: \w+){0,2}? "
            r"(?:so far |right |all the way |straight )?(?:down|into) (?:your|ur|yer|his|her|their) (?:throat|gob|windpipe)\b|"
            r"\b(?:you|u|ya)(?:'ll| will|ll)? (?:be )?(?:swallowing|eating|chewing|choking on|gagging on) (?:this|that|the|your|ur|"
            r"it|them)\b[^.!?\n]{0,30}\b(?:one (?:piece|bit|bite) at a time|piece by piece|bit by bit|box and all|for a week)\b|"
            r"\bfeed(?:ing|s)? (?:it|them|this|that|the \w+|those|these|every \w+|each \w+) to (?:you|u|ya|ye)\b(?! back\b)|"
            r"\b(?:aim\w*|throw\w*|threw|thrown|lob\w*|hurl\w*|chuck\w*|fling\w*|flung|launch\w*|deliver\w*|return\w*|"
            r"bring\w*|com\w* back|send\w* back|straight|smash\w*|bounc\w*|wrap\w*|crack\w*|slam\w*)\b[^.!?\n]{0,30}?"
            r"\b(?:at|into|across|round|around) (?:the back of |the side of |the top of )?(?:your|ur|yer|his|her) "
            r"(?:\w+ )?(?:head|face|skull|teeth|nose|jaw|mouth|gob|chin|neck|noggin|bonce)\b|"
            r"\b(?:throw|chuck|lob|hurl|fling|launch|pelt)\w*(?! (?:\w+ )?(?:money|cash|business|orders|custom|questions|work)\b)"
            r"(?: \w+){0,3}? at (?:you|u|ya|ye|him|her|your|ur)\b(?! (?:business|company|shop|website|support|customer service|"
            r"team|staff)\b)|"
            r"\b(?:there'?ll|there will|there'?s going to|there is going to|there'?s gonna|there is gonna) be blood\b"
            r"(?!,? (?:sweat|and sweat|tests?|sugar|pressure|oranges?|work|on the (?:carpet|floor) from))|"
            r"\bblood (?:on|all over|across|up|over) (?:your|ur|yer|the) (?:\w+ )?(?:floor|carpet|counter|doorstep|walls?|"
            r"pavement|shop|windows?|till|desk)\b|"
            rf"\b{_R9_SHIELD}\b(?: \w+){{0,2}}? (?:won'?t|will not|wont|can'?t|cannot|can not|aren'?t going to|are not going to|"
            r"isn'?t going to|is not going to|ain'?t going to) (?:(?:stop|deter|scare|keep out|hold back) me\b(?! (?:from|getting|"
            r"leaving|posting|writing|reporting|telling|going|doing|ordering|buying|complain\w*|contacting|calling)\b)|"
            r"(?:save|protect|hide|shield) (?:you|u|ya|ye)\b)|"
            rf"\b{_R9_SHIELD}\b[^.!?\n]{{0,20}}\b(?:can'?t|cannot|won'?t|wont|will not) (?:sit|stay|wait|stand|watch|guard|"
            r"protect|babysit|be)\b[^.!?\n]{0,30}\bforever\b(?=[^\n]{0,60}?\b(?:i'?ll|ill|i will|i'?m|im|when (?:they|he|she) "
            r"(?:leave|leaves|go|goes))\b)"
        ),
    ),
    *_each(
        "violence",
        (
            r"\b(?:pay|paying|paid|collect|collecting|repay|repaying|settle|settling|payment|compensat\w*) in (?:blood|pain|"
            r"bones|bruises|broken \w+|teeth|flesh|black eyes|stitches|injuries|hospital bills)\b|"
            r"\b(?:take|taking|took|taken|get|getting|have|having|beat|beating|kick|kicking|knock|knocking|thrash\w*|"
            r"batter\w*|whip\w*|carve|carving|cut|cutting|collect\w*|extract\w*|recover\w*)\b(?:[^.!?\n]|\.(?=\d)){0,30}? (?:out of|outta|oot(?: o'?| of| ae)?|ootae) (?:your|ur|"
            r"yer|his|her|their) (?:\w+ )?(?:hide|skin|flesh|bones|arse|ass|backside|body)\b|"
            r"\b(?:beat|beating|kick|kicking|knock|knocking|thrash|thrashing|batter|battering|punch|punching|smack|smacking|"
            r"slap|slapping|whip|whipping|thump|thumping)\b (?:every|each|the|my|that|this|it|all)\b(?:[^.!?\n]|\.(?=\d)){0,30}? out of "
            r"(?:you|u|ya|ye|him|her|them|your|ur)\b|"
            r"\bpound of flesh\b[^\n]{0,60}?\b(?:boots?|fists?|knuckles|bat|hard way|old[- ]fashioned way|personally)\b|"
            rf"\b(?:your|ur|yer) (?:\w+ )?(?:health|legs|knees|kneecaps|face|looks|teeth|hands|fingers|eyesight)\b(?:'s| is| are|"
            r" r|'re)? (?:about to|going to|gonna|set to) (?:take a (?:\w+ )?turn|change|get (?:a lot |much )?worse|suffer|"
            r"deteriorate|go downhill|decline)\b|"
            r"\b(?:how'?s|how is|hows) (?:your|ur|yer) (?:\w+ )?(?:health|legs|knees|kneecaps|face|teeth|back|neck|jaw|nose)\b"
            r"[^\n]{0,40}?\b(?:enjoy it|while it lasts|(?:i'?ll|ill|i will|i'?m going to|im going to|i'?m gonna|im gonna|gonna) "
            r"(?:be )?chang\w* (?:that|it))|"
            r"\b(?:health|life|medical|personal injury|accident|dental|hospital|income protection|critical illness) "
            r"(?:insurance|cover|policy|plan|excess)\b[^\n]{0,80}?\b(?:(?:you|u|ya)(?:'ll| will|ll)? (?:be )?(?:need\w*|pay\w*|"
            r"claim\w*|us\w*|want\w*) (?:it|that|them|on it)|cover\w* what (?:i'?m|im|i am|i'?ll|i will|i do|is coming)|"
            r"giv\w* (?:you|u|ya) one)\b|"
            r"\b(?:insured|insurance|covered|cover) (?:for|against) (?:personal )?(?:injur\w*|broken bones|hospital\w*|"
            r"accident\w*)\b[^\n]{0,60}?\b(?:giv\w* (?:you|u|ya) (?:one|some)|(?:you|u|ya)(?:'ll| will|ll)? (?:be )?need\w*)\b|"
            r"\b(?:stock up on|stock up with|get in|buy|buying|get|getting|grab|order|ordering|pick up|invest in|bring)\b "
            r"(?:some |a few |plenty of |lots of |a lot of |a load of |a box of |a pack of |extra )?(?:\w+ )?"
            rf"{_R9_FIRST_AID}\b[^.!?\n]{{0,40}}?\b(?:before (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \w+|"
            r"i|next|tomorrow|the weekend)|for the bruises|(?:you|u|ya)(?:'ll| will|ll|'re| are| r)? (?:going to |gonna )?"
            r"(?:need|have|be needing)|after i)\b|"
            r"\b(?:you|u|ya)(?:'ll| will|ll|'re going to|'re gonna| r gonna| are going to| are gonna) (?:be )?(?:need\w*|hav\w*|"
            r"want\w*) (?:them|it|these|those|one|that|a lot of them|some|plenty)\b[^.!?\n]{0,20}?\b(?:after|once|when) "
            rf"i(?:'ve|'m| have| am|ve|m)? (?:visit\w*|finished|through with (?:you|u))(?=\s*[.!?,]|\s*$){_R9_ERRAND}|"
            r"\b(?:you|u|ya)(?:'ll| will|ll|'re going to|'re gonna| r gonna| are going to| are gonna) (?:be )?paying (?:it|that|"
            r"them|for it)\b[^.!?\n]{0,20}?\b(?:after|once|when) i(?:'ve| have|ve)? been (?:in|round)(?=\s*[.!?,]|\s*$)|"
            rf"\b(?:your|ur|yer) next (?:address|home|stop|bed|residence|holiday) (?:is|will be|'ll be|is gonna be|is going to be) "
            rf"(?:in |at )?{_R9_WARD}\b|"
            r"\b(?:you|u|ya)(?:'ll| will|ll)? (?:be )?(?:doing|spend\w*|having|get\w*) (?:a )?(?:\w+ )?(?:stretch|stay|spell|stint|"
            rf"weeks?|months?|nights?|holiday|while) in {_R9_WARD}\b|"
            r"\b(?:you|u|ya)(?:'ll| will|ll|'re going to be|'re gonna be| r gonna be| are going to be) (?:be )?(?:walking|getting about|"
            r"getting around|hobbling|limping|eating|drinking|living|moving|talking|breathing|going about|getting) (?:about |"
            rf"around )?(?:with|on|in|through|using) {_R9_AIDS}\b|"
            r"\b(?:hope|better|best|start|time to)\b (?:(?:you|u|ya)(?:'re| are| r|re)?|ur|youre) (?:\w+ )?(?:comfy|comfortable|"
            rf"good|practis\w*|practic\w*|used to|getting used to|handy) (?:on|with|in|using) {_R9_AIDS}\b|"
            r"\b(?:you|u|ya)(?:'ll| will|ll)? never (?:walk|talk|eat|chew|stand|type|run|smile) (?:straight|properly|right|"
            r"normally|unaided|again)\b|"
            r"\b(?:need|needing|needs|require|have|get)\w* (?:somebody|someone|a nurse|one nurse|two nurses|a carer|a nanny|"
            r"a full[- ]time carer) (?:to|for) (?:wipe|wiping|feed|feeding|spoon[- ]?feed\w*|dress|dressing|wash|washing|push|"
            r"pushing|carry|carrying|turn|turning) (?:you|u|ya|your|ur)\b(?! (?:dog|cat|pets?|fish|plants|baby|kids?)\b)"
        ),
    ),
    *_each(
        "violence",
        (
            r"\b(?:pick|picking|choose|choosing|plan|planning|start|sort|sorting|writ\w*)(?: out)? (?:your|ur|yer) (?:own )?"
            rf"{_R9_FUNERAL}\b|"
            r"\b(?:your|ur|yer) (?:headstone|gravestone|tombstone|epitaph|obituary|eulogy)(?:'s| is| will| is (?:going to|gonna)|"
            r"'s (?:going to|gonna))? (?:going to |gonna )?(?:say|read|reads|says)\b|"
            r"\b(?:the )?last (?:thing|face|person|sight|sound) (?:you|u|ya)(?:'ll| will|ll)? (?:ever )?(?:see|hear|feel)\b|"
            r"\bthe last (?:\w+ )?(?:customer|person|face|man|woman|bloke|email|message) (?:you|u|ya)(?:'ll| will|ll)? ever "
            r"(?:serve|meet|cross|ignore|mess with)\b|"
            r"\b(?:you|u|ya|he|she|they)(?:'ll| will)? (?:won'?t|wont|will not|not|never) (?:be )?(?:getting|get|standing|stand) (?:back )?up "
            r"(?:after|again)\b|"
            r"\b(?:marks?|scars?|souvenirs?|reminders?|mementos?)\b[^.!?\n]{0,40}?\b(?:i (?:leave|give|put|left)|of me)\b"
            r"[^.!?\n]{0,40}?\b(?:on (?:you|u|ya|your|ur)|permanent)\b|"
            r"\b(?:leave|leaving|give|giving|put|putting) (?:you|u|ya) (?:with )?(?:a |one |some |a few |little )?(?:mark|scar|"
            r"souvenir|memento)s?\b(?! (?:of (?:the|this|your|our) (?:order|purchase|visit|shop|trip)))|"
            r"\b(?:i'?m|im|i am) (?:a |the |your )?(?:\w+ )?(?:hunter|predator|wolf|lion|tiger|shark)\b[^.!?\n]{0,20}\b(?:you|u)"
            r"(?:'re| are| r|re) (?:the|a|my) (?:\w+ )?(?:deer|prey|rabbit|lamb|sheep|mouse|gazelle|fox)\b|"
            r"\bno matter where (?:you|u|ya|they|he|she) (?:\w+ ){0,4}?(?:i'?ll|ill|i will|i'?m gonna|im gonna|i'?m going to|"
            r"im going to) (?:\w+ )?(?:find|track|hunt|get|catch|reach)\w* (?:you|u|ya|ye|him|her|them)\b|"
            r"\b(?:dog|doggy|doggo|cat|puppy|pup|kitten|pooch)\b[^\n]{0,60}?\b(?:the ones? (?:who|that)(?:'ll| will| is going to|'s going to|'s gonna| gonna| "
            r"pays?)(?: be)? (?:pay|paying|suffer|suffering|get hurt)\b|on (?:its|his|her) own\b[^.!?\n]{0,5}\?[^\n]{0,10}"
            r"\basking for a reason)|"
            rf"\bset (?:the |my |our |me )?(?:\w+ )?{_R9_DOG} (?:on|onto|loose on) (?:you|u|ya|ye|him|her|them|your|ur|the)\b|"
            rf"\bintroduc\w* (?:you|u|ya) to my (?:\w+ )?{_R9_DOG}\b|"
            rf"\bmet my (?:\w+ )?{_R9_DOG} yet\b|"
            rf"\b{_R9_DOG}\b[^.!?\n]{{0,60}}\b(?:doesn'?t|does not|don'?t|do not|hates?) (?:like )?(?:people|sellers|anyone|"
            r"strangers|scammers|thieves|liars|folk|those)\b (?:who|that|like (?:you|u))\b[^.!?\n]{0,40}\b(?:he|she|it|they) "
            r"(?:bites?|bite)\b|"
            r"\bwhat (?:i'?m|im|i am|i'?ll|i will|we'?re|we are) (?:about to |going to |gonna |gunna )?do to (?:you|u|ya|ye|him|"
            r"her|them)\b(?! (?:in|on) (?:my|the|a) (?:review|court|post))|"
            r"\bhear (?:you|u|ya|ye|him|her|them) (?:\w+ )?(?:scream\w*|squeal\w*|beg\w*|howl\w*|whimper\w*|yelp\w*)\b|"
            r"\bthink (?:someone|somebody|some\w+ )(?:'s| is) being (?:killed|murdered|slaughtered|butchered|tortured)\b|"
            r"\b(?:start|starting|begin|beginning|get started|set about|setting about) (?:on )?(?:you|u|ya|ye)\b(?! (?:next|first|"
            r"now|today|tomorrow|this|on)\b)"
        ),
    ),
    *_each(
        "violence",
        (
            r"\b(?:break|smash|hurt|wreck|bust|hit|damage)\w* (?:something|someone|somebody)\b[^.!?\n]{0,20}\b(?:won'?t|will "
            r"not|wont|isn'?t|is not|ain'?t|not) (?:be|going to be|gonna be) (?:the |your |ur |a |my )?(?:furniture|stock|window|"
            r"windows|glass|shop|door|property|counter|display|product|till|shel(?:f|ves)|phone|laptop|computer|vase|desk|table|"
            r"chair|keyboard)\b|"
            r"\b(?:every|full|clear|firm|real|serious|definite|sole|only|one|single) (?:intention|intent|plan|purpose|aim|goal|"
            r"thought) (?:of|on|to) (?:hurt|harm|injur|hit|beat|kill|maim|attack|batter|punch|thump|strangl|throttl|stab|"
            r"knock)\w* (?:you|u|ya|ye|yous|youse|him|her|them|whoever|someone|somebody)\b|"
            r"\b(?:see|find out|watch|wait and see|guess) what (?:happens|will happen|'ll happen|is going to happen|'s going to "
            rf"happen|'s gonna happen|happened) to (?:your|ur|yer) (?:\w+ )?(?:{_R9_BODY}|head|body|eyes)\b|"
            r"\b(?:knock\w*|bang\w*|tap\w*|rap\w*|drum\w*)(?: \w+)? on (?:your|ur|yer) (?:head|skull|face|teeth)\b|"
            r"\b(?:disappear\w*|vanish\w*|goes missing|gone missing|went missing|picked up off the street|where (?:they|he|she) "
            r"went|nobody (?:ever )?(?:asks|finds|misses))\b[^\n]{0,60}?"
            r"\b(?:you|u)(?:'ll| will|ll|'re going to|'re gonna| r gonna) (?:be )?(?:one of them|next|joining them|the next(?: one)?)\b|"
            r"\b(?:quiet|lonely|remote|empty|nice|secluded|deserted|isolated|dark|little) (?:little )?(?:field|wood|woods|forest|"
            r"spot|lane|lay-?by|quarry|clearing|marsh|bog|moor|ditch)\b[^\n]{0,80}?\b(?:you|u|ya)(?:'ll| will|ll)? (?:be )?"
            r"(?:seeing it|see it|visit\w* it|going there|staying there|end up there|won'?t be (?:leaving|coming back|coming home)|"
            r"not be (?:leaving|coming back)|never leave)\b|"
            r"\b(?:fish\w*|dredg\w*|drag\w*|pull\w*|scoop\w*|fetch\w*) (?:you|u|ya|ye|him|her|them|your (?:body|corpse)|ur "
            rf"(?:body|corpse)|what'?s left of (?:you|u)) out of (?:the|a) (?:\w+ )?{_R9_WATER}\b|"
            r"\b(?:you|u|ya)(?:'ll| will|ll)? (?:end|wind|finish)\w* up (?:at|on|in) the (?:bottom|floor|bed) of (?:the|a) "
            rf"(?:\w+ )?{_R9_WATER}\b|"
            r"\bsleep\w* with the fish(?:es)?\b|"
            r"\b(?:you|u|ya)(?:'ll| will|ll)? (?:be )?(?:found|end up|wind up|turn up) (?:lying |dead |floating |face ?down |"
            rf"face ?up )*(?:in|at|under|on) (?:a|the) (?:\w+ )?(?:{_R9_WATER}|gutter|drain|skip|alley|woods|field|bin|car boot|"
            r"landfill|morgue)\b|"
            r"\b(?:you|u|ya)\b[^.!?\n]{0,40}?\b(?:leave|leaves|lock|locks|walk|walks|go|goes|use|uses|head|heads|drive|drives)\b"
            r"[^\n]{0,60}?\b(?:(?:on (?:your|ur|yer) own|alone|by yourself)(?=\s*[.,!?;]| (?:and|every|each|at|in|after|"
            r"before|to|through|past|home)\b)|(?:back|side|rear|staff|fire) (?:door|entrance|exit))\b"
            r"[^\n]{0,40}?\b(?:think about (?:that|it)|noted(?=\s*[.!]|\s*$)|asking for a reason|no reason(?=\s*[.!?]|\s*$)|"
            r"just saying)\b|"
            r"\bnext time\b[^.!?\n]{0,25}\b(?:won'?t|will not|wont|not) (?:just )?(?:be )?(?:just )?(?:(?:taking|snapping) "
            r"(?:pictures|photos|a photo|a picture|snaps|pics|footage)|filming|watching|photographing)\b"
        ),
    ),
    *_each(
        "violence",
        (
            r"\b(?:one|person|bloke|guy|man|woman|fella|lad|lass)\b (?:i|we)(?:'ll| will| am going to|'m going to|'m gonna)? "
            r"(?:put|knock|lay|drop)\w* (?:flat )?(?:on|to) the (?:floor|ground|deck|pavement|canvas)\b|"
            r"\b(?:i'?ll|ill|i will|i'?m (?:going to|gonna)|im (?:going to|gonna)|we'?ll|we will) (?:put|knock|lay|drop)\w* "
            r"(?:you|u|ya|ye|him|her|them|every \w+|the lot of (?:you|u|them)|whoever)(?: all)? (?:flat |straight )?(?:on|to) "
            r"(?:the|his|her|their|your|ur) (?:floor|ground|deck|pavement|canvas)\b|"
            r"\b(?:(?:not|never|won'?t|wont) stop(?:ping)? )?(?:till|until|til|when|before|once|and) (?:you|u|ya|he|she|they)"
            r"(?:'re| are| r|re|'ll be| will be|'re going to be)? "
            r"(?:lying |laid out |left )?flat on (?:the|your|ur|his|her|their) (?:floor|back|face|arse|ass|deck)\b|"
            r"\bwhen i (?:find|catch|get hold of|get my hands on|track down)\b[^.!?\n]{0,40}\b(?:won'?t|wont|will not|never) be "
            r"(?!getting|receiving|selling|buying|ordering|seeing|hearing)\w+ing (?:anything|again|a thing)\b|"
            r"\b(?:when|after|once|by the time) (?:i|we|i'?m|im|i'?ve|ive)\b[^.!?\n]{0,40}\b(?:your|ur|yer) (?:own )?"
            rf"{_R9_FAMILY}\b(?: \w+)? (?:won'?t|will not|wont|wouldn'?t|would not|will never|'ll never) (?:even )?(?:be able to )?"
            r"(?:know|recogni[sz]e|tell)\b[^.!?\n]{0,10}\b(?:who|you|u|ya|your|ur|it'?s you)\b|"
            r"\b(?:have|get|having|getting|had|got)\w* (?:someone'?s|somebody'?s|your|ur|his|her|their|a man'?s|a bloke'?s) "
            r"(?:legs|kneecaps|knees|arms|hands|fingers|face) (?:done|broken|seen to|sorted|snapped)\b[^\n]{0,80}?\b(?:quoted|for "
            r"yours|yours next)\b|"
            r"\bforecast\b[^\n]{0,80}?\b(?:broken bones|bruis\w*|blood|fractures|black eyes|ambulances?|a beating|a kicking|"
            r"fists|punches)\b|"
            r"\b(?:heavy|strong|\d+ ?%) chance of (?:broken bones|fractures|bruis\w*|black eyes|a beating|a kicking|bloodshed)\b|"
            rf"\b{_R9_SEASON}\b[^.!?\n]{{0,30}}?\b(?:it'?s|its|it is|this is|'s|will be|'ll be) (?:your|ur|yer) (?:very )?last"
            r"(?: one)?\b(?! (?:chance|order|warning|delivery|day|post|posting|dispatch|sale|offer|date|orders))|"
            r"\b(?:you|u|ya|ye)(?:'ll| will|ll)? (?:won'?t|will not|wont|never|not going to|aren'?t going to|are not going to) "
            rf"(?:live to )?(?:see|make it to|reach|get to|celebrate|enjoy|have) (?:another|the next|next|this|one more) (?:\w+ )?{_R9_SEASON}\b"
            r"(?! (?:order|sale|from|delivery|present|gift|card|bonus|discount|offer|rush|post))|"
            r"\bmake (?:sure|certain) (?:that )?there (?:isn'?t|is not|won'?t be|will not be|is no|'s no) (?:another|a next|one more) "
            r"(?:one |\w+ )?for (?:you|u|ya)\b(?!\s*to\b)|"
            r"\b(?:see|make sure|ensure|see to it|making sure)(?: that)? (?:you|u|ya) (?:do not|don'?t|never|won'?t|will not|"
            rf"doesn'?t) (?:reach|live to see|make it to|wake up|see (?:another|the next|next|the new|one more) {_R9_SEASON}|see it"
            r"(?=\s*[.!]|\s*$))\b|"
            r"\b(?:posted|sent|sending|send|mailing|mailed|posting)\b (?:you|u|ya) (?:a little|a wee|a small|a special|my own|"
            r"something|a present|a gift|a surprise|one)\b[^\n]{0,80}?\b(?:open it (?:very,? |really,? )+carefully(?![^.!?\n]{0,30}"
            r"\b(?:fragile|glass|ceramic|break|broken|delicate|china)\b)|(?:don'?t|dont|do not) shake it(?=\s*[.!]|\s*$)|(?:standing|stand|be|are|r|'re) (?:very |really |nice and |right )?close when (?:you|u) open|"
            r"what'?s inside (?:is going to|will|'ll|is gonna|gonna) (?:hurt|burn|sting|explode|go off|bite|kill)|gloves on "
            r"when (?:you|u) (?:touch|open|handle))|"
            r"\b(?:parcel|package|box|delivery|present|gift|something)\b (?:from me|of my own|of mine)\b[^\n]{0,40}?"
            r"\b(?:(?:don'?t|dont|do not) shake it(?=\s*[.!]|\s*$)|open it (?:very,? |really,? )+carefully(?![^.!?\n]{0,30}"
            r"\b(?:fragile|glass|ceramic|break|broken|delicate|china)\b)|stand (?:well )?back)\b|"
            r"\bwhat'?s inside\b(?: it)? (?:is going to|will|'ll|is gonna|gonna|might|could) (?:hurt|burn|sting|explode|go off|"
            r"bite|kill|maim)\b(?! (?:your|ur|the|my) (?:reputation|business|sales|rating|feelings|wallet|pocket))|"
            r"\b(?:letterbox|letter box|door|post|parcel|coming|arriv)\w*\b[^\n]{0,80}?\b(?:thick|rubber|heavy[- ]duty|protective|"
            r"strong|oven|gardening|welding) gloves\b[^.!?\n]{0,20}\bwhen (?:you|u|ya) (?:touch|open|handle|pick up)\b|"
            r"\b(?:see (?:you|u|ya)|seeing (?:you|u)|on my way|omw|needing (?:these|them|this|one)|need (?:these|them|this|one))\b[^.!?\n]{0,30}?\s?(?:\U0001f691|\U0001fa78|\U0001fa79|\U0001fa7c|"
            r"\U0001f52a|\U0001fa93|\u26b0|\U0001f52b|\U0001f9b4|\U0001f3e5)|"
            r"\btak(?:e|ing|en) (?:my|a|me|her|his) (?:\w+ )?(?:walking stick|stick|cane|belt|umbrella|brolly|rolling pin|"
            rf"frying pan|fists?|boots?|poker|wrench|spanner|tyre iron|{_R9_WEAPON}) to (?:you|u|ya|ye|him|her|them|whoever|"
            r"whomever|anyone|somebody|someone|the (?:\w+ )?(?:man|guy|bloke|driver|courier|owner|seller|staff|boss|manager|"
            rf"lad|woman|lady|person|fella|idiot|one)|your|ur)\b{_R9_ERRAND}"
        ),
    ),
    # Round 10 (dev26, violence): by class and construction. The seller's property: damage in the
    # passive ahead ("your shutters are getting tagged", "that truck's getting every window
    # busted out"), vandalism done to it (eggs, spray paint, tagging, trashing the garden), a
    # conditional threat to break "it" after the property is named, windows that won't stay in
    # one piece, a car that won't look the same next time, things sent through the letterbox,
    # a pity if it ended up in the road, a tool bought and the property remarked on, the whole
    # display put on the floor. Veiled harm: accidents listed and "hope none of that happens to
    # you", disclaimed responsibility for what my hands do, "you'll need a hospital", "how many
    # teeth would you like to keep", people hurt for less, out of reasons not to come over, the
    # long game ("I'm patient, I'll find you"), paying with more than money. People: dogs set or
    # let loose on someone, or brought along trained; a house watched, followed or driven past
    # with a menacing tail ("nobody about", "next time I knock"); the seller's people told to go
    # home another way; manners taught by hand; shown how it feels to be thrown about; mates who
    # collect debts the hard way; the next one who refuses is going to get hit; paid enough to
    # take a punch; coming in swinging; staff who'll want a sickie; a returned item going over
    # your head; a good throwing arm; "I'll actually fight them"; jumping whoever runs the shop;
    # anyone who stands in my way; money taken out of you one way or another; "you won't like
    # how I collect it"; coming round with a weapon; "I can't promise I'll stop him".
    *_each(
        "violence",
        (
            rf"\b(?:(?:your|ur|yer)(?: \w+){{0,2}}? {_R10_OWNED}|that (?:\w+ )?{_R10_VEHICLE})\b[^.!?\n]{{0,25}}?\b(?:(?:is|are|r|'s|s|'re|re|"
            r"will|'ll|ll|gonna|going to|is going to|are going to|is gonna|are gonna|about to|is about to|are about to)(?: be)? (?:getting|gettin'?|get)|"
            r"will be|'ll be|is going to be|are going to be|gonna be)(?: (?:every|each|all (?:of )?(?:its|their|the|your|ur)|its|their|the|"
            rf"his|her|a few|some|both)(?: \w+)?)? {_R10_DAMAGED}\b(?! (?:in|on|by|across|all over) (?:the |my |every )?(?:reviews?|"
            r"trustpilot|google|facebook|press|media|comments|socials|internet|forums?))|"
            r"\b(?:trash|wreck|torch|brick|egg|key|slash|firebomb|petrol ?bomb|vandali[sz]e|deface|graffiti|spray ?paint|smash)\w*"
            rf"(?: up| in| over)? (?:all over |on |in )?(?:your|ur|yer)(?: \w+){{0,2}}? (?:garden|fence|gate|shutters?|letter ?box|walls?|"
            r"sign|signage|hanging baskets|front door|back door|doors|bins?)\b|"
            r"\bpaint\w* (?:on|all over|over) (?:your|ur|yer) (?:\w+ )?(?:walls?|doors?|shutters?|windows?|shop ?front|storefront|van|car|"
            r"house|fence|gate|sign)\b|"
            r"\btag\w* (?:your|ur|yer)(?: \w+){0,2}? (?:shop ?front|storefront|shutters?|walls?|doors?|front door|van|windows?|fence|gate|"
            r"house)\b|"
            rf"\b(?:your|ur|yer)(?: \w+){{0,3}}? (?:shop ?front|storefront|shop|store|unit|stall|house|home|flat|garden|fence|gate|shutters?|"
            rf"premises|office|warehouse|showroom|workshop|garage|windows?|{_R10_VEHICLE})\b[^\n]{{0,100}}?\b(?:if|unless|or|otherwise|else)\b"
            rf"[^\n]{{0,60}}?\b{_R10_WILL}(?: \w+)? (?:break|smash|brick|trash|wreck|egg|key|slash|firebomb)\w* (?:(?:it|them)(?: up|,? all of "
            r"(?:it|them)|,? every (?:bit|piece|one|last \w+))|every \w+|all of (?:it|them)|the lot)\b|"
            r"\b(?:if|unless|when|next time)\b[^.!?\n]{0,60}?\b(?:your|ur|yer)(?: \w+){0,3}? (?:shop ?front|storefront|shop|store|unit|stall|"
            rf"house|garden|fence|gate|shutters?|premises|warehouse|windows?|{_R10_VEHICLE})\b[^.!?\n]{{0,60}}?\b{_R10_WILL}(?: \w+)? (?:break|"
            r"smash|brick|trash|wreck|egg|key|slash|firebomb)\w* (?:it|them|every \w+|all of (?:it|them)|the lot)\b(?! (?:down|open|off|"
            r"back|to|for|gently|in half|apart)\b)|"
            r"\b(?:wouldn'?t|would not|would hate|not|never) (?:like|want|care|wish) to be in (?:your|ur|yer) (?:shoes|position|place)\b"
            r"[^.!?\n]{0,60}?\b(?:once|when|after|by the time) (?:i|we|he|they|my (?:\w+ )?(?:lads|boys|mates|brother|husband|dad|son))"
            r"(?:'ve|'m| have| am| get| gets)?(?: \w+){0,2}? (?:been|come|came|got|arrive|arrived|turn|turned|show|visit\w*|down|round|"
            r"over|finished|done|through)\b|"
            r"\b(?:your|ur|yer)\b[^.!?\n]{0,60}?\b(?:windows?|shop ?front|storefront|shutters?|front door|door|sign|signage|"
            rf"{_R10_VEHICLE}|windscreen)\b[^\n]{{0,80}}?\b(?:won'?t|wont|will not|not going to|isn'?t going to|aren'?t going to|ain'?t going "
            r"to|never going to) (?:stay|be|remain|last|survive)(?: \w+)? in one piece\b(?=[^.!?\n]{0,40}?\b(?:if (?:i'?m|im|i am) (?:ignored|"
            r"fobbed|not|kept|left)|if (?:i|we) (?:don'?t|dont|do not) (?:get|hear|see|receive)|if (?:i|we) (?:have to|come|visit|turn up|"
            r"show up)|unless (?:i|my) (?:get|hear|see|receive|money|refund)|(?:once|when) (?:i|we) (?:get there|arrive|come|visit|turn up)))|"
            rf"\b(?:(?:your|ur|yer|that|this)(?: \w+){{0,2}}? (?:{_R10_VEHICLE}|shop ?front|storefront|house|shutters?|windows?|stall|sign|"
            r"garden|fence|gate|front door|door)s?)\b[^.!?\n]{0,25}\b(?:won'?t|will not|wont|isn'?t going to|aren'?t going to) (?:look|be) "
            r"(?:quite |exactly )?the same\b(?=[^.!?\n]{0,40}\b(?:next time|when (?:you|u)|after (?:i|me|tonight|this)|by (?:the )?morning|"
            r"tomorrow))|"
            r"\b(?:bricks?|rocks?|stones?|petrol|fireworks?|rockets?|bangers?|flares?|lit rags?|burning rags?|petrol bombs?|molotovs?)"
            r"(?: (?:is|are|will be|'s|s|gonna be|going to be))?(?: going| coming| go| come| gets?| getting)? (?:through|thru|in through|into) "
            r"(?:your|ur|yer)(?: \w+)? (?:letter ?box|windows?|windscreen|shop ?front|front door|door|glass)\b|"
            r"\b(?:something|somethin|sumthin\w*|summat|smth|a little something|a surprise|something nasty)(?:'s| is| will| will be| is going| "
            r"gonna be|s going)?(?: be)? (?:going|coming|go|come) (?:through|thru|in through|into) (?:your|ur|yer|it|that)(?: \w+)?"
            r"(?: letter ?box| windows?| door| windscreen| glass)?\b(?=[^.!?\n]{0,40}\b(?:if (?:i'?m|im|i am|i don'?t|i dont|i do not|"
            r"(?:you|u) (?:don'?t|dont|do not|won'?t|wont))|unless|or else|otherwise))|"
            r"\b(?:pity|shame|sad|terrible|awful)\b,? if (?:they|it|your|ur|yer|that|those|these|them|all|the|someone|somebody)(?: \w+){0,3}? "
            r"(?:ended up|end up|got|get|were|was|went|found (?:themselves|itself)) (?:all )?(?:in the (?:road|street|canal|river|gutter|skip)|"
            r"up in (?:flames|smoke)|on fire|smashed|torched|keyed|slashed|egged|flipped|trashed|kicked (?:over|in|down)|knocked (?:over|down)|"
            r"ripped (?:up|off|down|out)|pulled (?:up|off|down|out))\b(?![^.!?\n]{0,30}\b(?:post|transit|delivery|courier|shipping|box|"
            r"packag\w*|parcel)\b)|"
            rf"\b(?:{_R10_VEHICLE}|shop ?front|storefront|shutters?|windows?|sign|signage|stall|premises|garden|hanging baskets)\b[^\n]{{0,60}}?"
            r"\b(?:shame|pity)\b,? if (?:it|they|that|those|someone|somebody)(?: \w+){0,2}? (?:got|get|were|was|ended up) (?:damaged|broken|"
            r"scratched|dented|hurt|ruined)\b(?=\s*(?:[.!]|$|\W*$|,? (?:wouldn'?t it|eh|mate|just saying|right|innit)\b))|"
            r"\b(?:spray ?paint|spray cans?|cans? of (?:spray|paint)|petrol|eggs|bricks?|lighter fluid|fireworks?|paint stripper|brake fluid|"
            rf"acid|crowbar|baseball bat|bolt cutters)\b[^\n]{{0,80}}?\b(?:your|ur|yer) (?:\w+ )?{_R10_OWNED}(?:'s| is| are| r| look\w*)?\b"
            r"[^.!?\n]{0,30}?\b(?:aren'?t|isn'?t|don'?t|doesn'?t|ain'?t) (?:they|it)\b|"
            r"\b(?:take|takes|need) me (?:about |only |just |less than |under |all of )?(?:\w+ )?(?:seconds?|secs?|"
            r"minutes?|mins?|a minute|a second|moments?|no time|two ticks)(?: \w+){0,2}? (?:to )?(?:put|knock|sweep|tip|throw|chuck|smash|send|"
            r"have)(?: \w+){0,2}? "
            r"(?:the whole lot|the lot|everything|it all|the whole \w+|all of (?:it|them)|every (?:single )?\w+|your (?:\w+ )?\w+)(?: \w+)? "
            r"(?:on|onto|across|all over|to|off) the (?:floor|ground|pavement|road|deck)\b(?!\s*(?:to|for|so|and (?:take|photograph|check|"
            r"count|sort))\b)|"
            r"\b(?:i'?ll|ill|i will|i could|i can|gonna|going to)\b(?: \w+){0,3}? (?:put|knock|sweep|tip|throw|chuck|smash|send|have)"
            r"(?: \w+){0,2}? (?:your|ur|yer) (?:whole |entire )?(?:\w+ )?(?:display|stock|shelves|candles|vases|products|stall|table|shop|lot)"
            r"(?: \w+)? (?:on|onto|across|all over|off) the (?:floor|ground|pavement|road|deck)\b"
        ),
    ),
    *_each(
        "violence",
        (
            r"\b(?:accidents (?:happen|can happen|do happen|will happen)|(?:people|ladders|shelves|things|folk|stock|boxes|fires) "
            r"(?:fall|trip|slip|collapse|tumble|get hurt|start|break out)\w*|(?:slips|trips|falls|fires)(?: and (?:falls|trips|slips))? "
            r"(?:happen|start))\b[^\n]{0,150}?\bhope (?:none of (?:that|this|"
            r"those|them|it)|nothing(?: like (?:that|this))?|(?:that|this|it) (?:never|doesn'?t|does not|won'?t))(?: ever)? happens? to "
            r"(?:you|u|ya|ye|your|ur|yer)\b|"
            r"\b(?:not|no|nae|never|can(?:not|'t|nae)|cant|won'?t|wont|will not|shall not|shan'?t|wouldn'?t|would not|couldn'?t)(?: be)? "
            r"(?:held )?(?:responsible|answerable|accountable) (?:for|fur|fer) (?:my|ma|me|mah) (?:own )?(?:actions|behaviou?r|reactions?|"
            r"temper|hands|fists|self|response)\b|"
            r"\b(?:can(?:not|'t|nae)|cant|won'?t|wont|will not|shall not|shan'?t|wouldn'?t|would not|couldn'?t|not|no)(?: be able to)? "
            r"(?:answer for|guarantee|promise|vouch for|(?:be )?responsible for|(?:be )?answerable for|(?:be )?accountable for) "
            r"(?:what|how) "
            r"(?:i|my (?:hands?|fists?|temper|husband|brother|boys|lads|son|dad)|me|we|he|they|a|ah)(?:'ll|'d| will| would| might| may| could| "
            r"shall)?(?: \w+)? (?:do|does|did|react|respond)\b(?! (?:with|without|about|next|first|tomorrow|in (?:your|ur|the|this) "
            r"(?:shop|store|sale)s?)\b)(?! (?:if|when|after)\b(?! (?:i|we|he|she|they) (?:ever )?(?:sees?|saw|meets?|met|finds?|found|catch(?:es)?|caught|gets? (?:hold of|(?:my|his|her|their) hands on)|comes?|came|"
            r"turns? up|runs? into|ran into|bumps? into|bumped into)\b))|"
            r"\b(?:can(?:not|'t|nae)|cant|won'?t|wont|will not|shall not|shan'?t|wouldn'?t|would not|couldn'?t|not|no) (?:like|care|want) to "
            r"(?:say|think about) (?:what|how) (?:i|my (?:hands?|fists?|temper|husband|brother|boys|lads|son|dad)|me|we|he|they|a|"
            r"ah)(?:'ll|'d| will| would| might| may| could| shall)?(?: \w+)? (?:do|does|did|react|respond)\b(?! (?:with|without|about|next|first|"
            r"tomorrow|in (?:your|ur|the|this) (?:shop|store|sale)s?)\b)(?! (?:if|when|after)\b(?! (?:i|we|he|she|they) (?:ever )?"
            r"(?:sees?|saw|meets?|met|finds?|found|catch(?:es)?|caught|gets? (?:hold of|(?:my|his|her|their) hands on)|comes?|came|"
            r"turns? up|runs? into|ran into|bumps? into|bumped into)\b))|"
            r"\b(?:you|u|ya|ye|yous|youse)(?:'ll|ll|l| will|'re going to| are going to|'re gonna| r gonna| gonna)?(?: be)? need(?:ing|s)? "
            r"(?:a |an |the |some )?(?:hospital|ambulance|doctor|paramedics?|dentist|surgeon|plastic surgeon|stretcher|wheelchair|crutches|"
            r"new (?:teeth|face|kneecaps?|legs)|neck brace|a&e|intensive care)\b(?!'s| (?:note|letter|prescription|certificate|appointment|"
            r"report|referral|to \w+|for (?:this|it|that|the)))|"
            r"\bhow many (?:teeth|bones|fingers|toes|ribs|limbs|kneecaps|knees|eyes|ears|legs|arms|knuckles)\b[^.!?\n]{0,40}?\b(?:(?:would|do|"
            r"d'?|did) (?:you|u|ya) (?:like|want|wanna|fancy|care) (?:to )?(?:keep|lose)|(?:you|u|ya) (?:want|wanna|need) (?:to )?(?:keep|"
            r"lose)|(?:will|'ll|do) (?:you|u|ya) (?:have|want) left|(?:you|u|ya)(?:'ll| will|'d| would)? (?:have|need) left|(?:you|u|ya) "
            r"(?:can )?(?:spare|afford to lose))\b|"
            r"\b(?:people|men|folk|blokes|sellers|shops|others|lads|guys|traders)(?: have| 've|'ve)?(?: been| got| gotten)? (?:hurt|killed|"
            r"stabbed|beaten|battered|hospitali[sz]ed|shot|done in|glassed|attacked|murdered|knocked out|kneecapped|jumped|slapped|punched|"
            r"decked|hammered|put in hospital) for (?:a (?:lot|hell of a lot) |much |far |way )?less\b|"
            r"\b(?:running out of|run out of|ran out of|fewer|no more|losing) (?:reasons|excuses)(?: \w+)? (?:not to|to not|why i "
            r"(?:shouldn'?t|don'?t|dont|won'?t)) (?:come|visit|drive|head|turn up|show up|pop|hurt|hit|do|go|pay (?:you|u) a visit|knock|"
            r"get in the car)\b|"
            rf"\b(?:one day|some ?day|one of these days|eventually|sooner or later|mark my words|i'?m (?:a )?patient|im (?:a )?patient|"
            r"i am (?:a )?patient|i can wait|i have (?:much |plenty of |all the |lots of )?time|i'?ve (?:got )?(?:plenty of |all the |lots of )"
            r"time|i'?ve (?:got )?a long memory|i have a long memory|take as long as|take all the time)\b[^\n]{0,80}?\b"
            rf"{_R10_WILL}(?: \w+)? (?:find|catch|run into|bump into|come across|track down|hunt down)(?: down)? (?:you|u|ya|ye|yous|youse|"
            r"him|her)\b(?=\s*(?:[.!,;]|$|and\b|then\b|one day\b|eventually\b|"
            r"wherever\b|believe\b|trust\b|mark\b))|"
            r"\bpay (?:with|in) (?:a lot )?more than (?:just )?(?:money|cash|that)\b|"
            r"\b(?:address|shop|unit|house|warehouse|premises|place)\b[^.!?\n]{0,30}?\b(?:only |just )?(?:an?|half an|\d+|a few|a couple of|"
            r"one|two|five|ten|twenty|thirty) (?:hours?|hrs?|miles|minutes|mins|km)(?: drive| walk)?(?: away| from me)\b[^\n]{0,40}?\b"
            r"(?:i'?ll|ill|i will|i'?m|im|i am|we'?ll)(?: be)? (?:there|round|over|coming|driving|visiting|down)\b(?:(?!collect|pick|return|"
            r"drop|swap|exchange)[^.!?\n]){0,40}\b(?:personally|in person|face to face|myself)\b|"
            r"\b(?:brothers?|sons|grandsons?|nephews?|cousins?|uncles?|lads|boys|mates|husband|boyfriend|dad|friends)\b[^.!?\n]{0,60}?\b(?:have |"
            r"has |'ve |'s )?(?:asked|asking|want(?:ed|s)? to know|keep asking)(?: me)? (?:where (?:your|ur|yer) (?:\w+ )?(?:shop|house|home|"
            r"unit|office|warehouse|premises|place|store) is|where (?:you|u) (?:live|are based|work)|for (?:your|ur) (?:home )?address)\b"
            r"(?![^.!?\n]{0,40}\b(?:collect|pick|drop|return|buy|shop|order|visit the shop))|"
            r"\bcome (?:and|n|&) say (?:that|it|this) to me\b(?=\s*(?:[.!]|$|\W+$))|"
            r"\b(?:i|we) know (?:some |a few |certain )?(?:people|guys|lads|men|folk|someone|somebody|a (?:guy|bloke|man|fella))\b (?:who|that|"
            r"what)(?: can| could| will| would| do)? (?:deal with|sort out|sort|handle|take care of|settle) (?:(?:people|sellers|shops|"
            r"traders|scammers|folk|cowboys) like (?:you|u|yours)\b|(?:things|situations|matters) like (?:this|that)(?=\s*(?:[.!]|$|\W*$)))"
        ),
    ),
    *_each(
        "violence",
        (
            rf"\b(?:set|let|sic|release|unleash)\w*(?: \w+)? (?:the |my |our |me |his |her |two |both |a )?(?:\w+ ){{0,2}}?{_R9_DOG}"
            r"(?: \w+)? (?:on|onto|at|loose on|out on|go on|free on|out at) (?:you|u|ya|ye|yous|youse|him|her|them|whoever|anyone|the "
            r"(?:driver|courier|postman|postie|owner|seller|staff|\w+ guy|delivery \w+)|(?:your|ur) (?:driver|courier|staff|\w+ man|\w+ guy))\b|"
            rf"\b{_R9_DOG}\b[^\n]{{0,100}}?\b(?:let|set|release|unleash|sic)\w* (?:them|him|her|it|em|'em) (?:go |loose |out |free )?(?:on|"
            r"onto|at) (?:you|u|ya|ye|yous|youse|him|her|whoever|(?:your|ur) (?:driver|courier|staff|\w+ man|\w+ guy)|the (?:driver|courier|owner|"
            r"seller|staff|postman))\b|"
            r"\b(?:com|driv|head|walk|turn|show|pop|visit|bring|call)\w*(?: \w+){0,3}? (?:to|round|over|up|down|into|at)(?: to)? (?:your|ur|"
            rf"yer|you|u|yours)\b[^.!?\n]{{0,30}}?\bwith (?:my|me|the|our|two|three|a few|both|his|her) (?:\w+ ){{0,2}}?{_R9_DOG}\b"
            r"(?=[^\n]{0,80}\b(?:trained to (?:do|attack|bite|go for|guard|kill|obey)|(?:will|'ll) (?:bite|attack|go for)|bites|think about "
            r"(?:that|it)|what i (?:tell|say)|on command|vicious|hungry|hasn'?t (?:been )?fed))|"
            r"\b(?:drove|driven|drive|driving|walked|walking|went|been|passed|passing|cycled|followed|following|watched|watching|parked|sat|"
            r"waited|clocked|saw|seen)\b(?: \w+){0,3}?(?: (?:past|by|round|outside|to|at|behind))?(?: to)? (?:your|ur|yer) (?:\w+ )?(?:place|"
            r"unit|shop|store|house|home|premises|warehouse|office|van|car|truck|flat|street|address|gaff|yard|workshop|stall|kids|wife|"
            r"husband|family)\b[^\n]{0,160}?\b(?:next time,? (?:i'?m|im|i am|i'?ll|ill|i will|i shall|i|we)(?: \w+){0,2}? (?:coming in|come in|"
            r"knock|knocking|stop(?:ping)? the car|get(?:ting)? out|com(?:e|ing) inside|be waiting|(?:not|n'?t) (?:stay|sit|wait)(?:ing)? in "
            r"the (?:car|van)|won'?t (?:just )?(?:drive|walk|keep) (?:past|on|by|going))(?=\s*(?:[.!,]|$|and get out|and come in|for (?:you|u)))|"
            r"no (?:cameras?|cctv)\b|now i know(?=\s*[.!]|\s*$))|"
            r"\b(?:drove|driven|driving|followed|following|watched|watching|parked|sat|waited|clocked)\b(?: \w+){0,2}?(?: (?:past|by|round|"
            r"outside|to|at|behind))?(?: to)? (?:your|ur|yer) (?:\w+ )?(?:place|unit|shop|store|house|home|premises|warehouse|office|van|car|"
            r"truck|flat|street|address|gaff|yard|workshop|stall|kids|wife|husband|family)\b[^\n]{0,160}?\b(?:noted(?=\W*$)|(?:worth )?"
            r"bear(?:ing)? (?:that|it|this) in mind|think about (?:that|it)(?=\s*[.!]|\s*$)|have a think about (?:that|it))|"
            r"\bfollow(?:ed|ing)? (?:your|ur|yer|you|u|ya|ye|him|her|them|the (?:driver|courier|owner))(?: \w+){0,2}? (?:home|back (?:to|home)|"
            r"to (?:your|ur|yer|his|her|their) (?:house|home|place|flat|door|address))\b|"
            r"\b(?:tell|warn|remind|advise)\w* (?:her|him|them|your \w+|ur \w+|yer \w+|the (?:girl|lad|guy|lady|woman|man|bloke|owner|staff|"
            r"boss|manager)|\w+)(?: \w+){0,3}? (?:to )?(?:be careful|watch (?:out|(?:her|his|their) backs?|(?:her|him|them)sel(?:f|ves))|"
            r"look over (?:her|his|their) shoulders?|(?:walk|go|drive|get|cycle) home (?:a different way|another way|by a different "
            r"route|a different route)|(?:vary|change) (?:her|his|their) (?:route|way) home)\b(?:(?=[^.!?\n]{0,40}\b(?:home|alone|for a while|"
            r"safe side)\b)|(?<=way)|(?<=route)|(?<=home))|"
            r"\bteach (?:you|u|ya|ye|him|her|them|your \w+|ur \w+|yer \w+|the \w+|whoever|that \w+)(?: \w+)? (?:some |a few |a little )?"
            r"(?:manners|respect|a lesson|a thing or two|how to behave)\b[^.!?\n]{0,40}\b(?:by|with) (?:my |me |these |his )?(?:own |bare )?"
            r"(?:hands?|fists?|boots?|belt)\b|"
            r"\b(?:show|teach)\w* (?:you|u|ya|ye|him|her|them|whoever|the \w+|your \w+|ur \w+)(?: \w+)? (?:how it feels|what it feels "
            r"like|what it'?s like|how it is) (?:to (?:be|get) )?(?:thrown|kicked|dropped|crushed|smashed|broken|hit|battered|bashed|punched|"
            r"stamped on|squashed|slammed|chucked|lobbed|booted|knocked|bounced|flung|tossed)\b"
        ),
    ),
    *_each(
        "violence",
        (
            r"\b(?:mates|friends|lads|boys|people|guys|acquaintances|associates|contacts|cousins|brothers|men|blokes|fellas|someone|somebody|"
            r"guy|bloke|man|fella|mate|friend|cousin)\b(?: \w+){0,3}? (?:who |that |which )?(?:collect|recover|chase|retriev)\w* (?:debts?|"
            r"money|cash|what'?s owed|payments?|(?:for|on behalf of) people)\b(?! for (?:a |the )?(?:\w+ )?(?:charity|charities|church|school|"
            r"hospice|cause|appeal|fundraiser|club))[^\n]{0,120}?\b(?:the hard "
            r"way|physical\w*|not nice|aren'?t nice|are not nice|r not nice|not (?:very |too |so )?(?:friendly|gentle|patient|polite|kind|"
            r"nice|understanding)|without (?:\w+ ){0,4}?(?:paperwork|courts?|lawyers|solicitors|police|questions)|(?:doesn'?t|don'?t|do not|"
            r"does not|never|won'?t) (?:use|bother with|need|go through) (?:\w+ )?(?:paperwork|courts?|lawyers|solicitors|police)|old[- ]fashioned|(?:come|"
            r"coming|visit\w*|call\w* on|pay\w* (?:you|u) a visit)(?: to)? (?:you|u|ya|ye)\b|want (?:their|his|her) (?:number|details)|"
            r"(?:their|his) (?:own )?(?:methods|ways))|"
            r"\b(?:jump|jumping|jumped|merk|merking|merked|shank|shanking|stomp on|stamp on|stomping on|stamping on) (?:you|u|ya|ye|yous|youse|"
            r"him|her|whoever(?: \w+){0,3}|anyone (?:who|that)(?: \w+){0,3}|the (?:owner|driver|seller|guy|bloke|manager|boss|courier|packer|"
            r"staff))\b(?! (?:to|ahead|in|at the|up|over|through|with|the queue)\b)|"
            r"\b(?:whoever|whomever|anyone|anybody|any (?:one|member of (?:your )?staff|staff member|employee|worker|of (?:you|u|them|your \w+))|"
            r"the (?:next|first|last) (?:\w+ )?(?:one|person|guy|girl|bloke|lad|idiot|clown|member of staff|staff member|\w+)|(?:every|each) "
            r"(?:one|person|member of staff|\w+) (?:who|that))\b[^.!?\n]{0,70}?\b(?:is going to|'s going to|s going to|is gonna|'s gonna|s gonna|"
            r"will|'ll|gets?|getting|gettin'?|is getting)(?: be| get)? (?:hit|beaten|beaten up|punched|smacked|slapped|battered|thumped|decked|"
            r"knocked out|sparked out|stabbed|glassed|attacked|hospitali[sz]ed|leathered|a (?:slap|smack|punch|kicking|beating|hiding|black "
            r"eye|broken (?:nose|jaw|arm|leg|rib)|thump|doin\w*))\b(?! (?:by|on|from|with|if (?:they|you)|when they)\b)|"
            r"\b(?:paid enough|insured) to (?:take|handle|survive|stand) a (?:punch|hit|beating|kicking|slap|smack|right hook|left hook|"
            r"headbutt|bat|thump)\b|"
            r"\b(?:can|could|does|do) (?:you|u|ya|he|she|they|(?:your|ur) (?:staff|girl|lad|guy|boys|lads|girls|driver|courier|packer|owner|"
            r"manager|boss|team|workers|employees|\w+ (?:girl|boy|lad|guy|man|woman|staff))|the (?:\w+ )?(?:owner|manager|boss|girl|lad|guy|"
            r"staff|driver|courier|packer))(?: \w+)? take a (?:punch|hit|beating|kicking|slap|smack|right hook|left hook|headbutt)\b|"
            r"\b(?:com\w*|walk\w*|turn\w* up|show\w* up|going in|go in|goes in|went in|head\w* in|arriv\w*|storm\w*|barg\w*|burst\w*) (?:in |round |over |down |up |"
            r"through the door )?(?:there |here )?(?:swinging|fists (?:flying|swinging|up))\b|"
            r"\b(?:staff|boys|lads|girls|team|workers|employees|crew|guys|packers|drivers)\b[^.!?\n]{0,40}"
            r"\b(?:will want to|'ll want to|better|had better|'d better|might want to) (?:take|throw|pull|call|phone|ring|book|"
            r"wear) (?:a sickie|in sick|(?:the|monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:day )?off|helmets|(?:body )?"
            r"armou?r|stab vests)\b|"
            r"\b(?:bring\w*|brought|return\w*|send\w* (?:it )?back|post\w* (?:it )?back|carry\w*|deliver\w*)\b[^.!?\n]{0,50}?\b(?:and|n|&) "
            r"(?:it'?s|its|it is|it'?ll|it will|it goes|this is|this'?ll)(?: \w+){0,2}? (?:over|across|round|at|into|off|on) (?:your|ur|yer) "
            r"(?:\w+ )?(?:head|face|skull|nose|teeth|noggin|bonce|jaw)\b|"
            r"\b(?:in person|personally|bring\w*|return\w*|deliver\w*|warn\w*)\b[^\n]{0,80}?\b(?:i(?:'ve| have|ve)?(?: still)? got|i (?:still )?have|i'?ve still got|"
            r"i possess) (?:a |an )?(?:\w+ ){0,2}?(?:throwing arm|bowling arm|arm on me)\b|"
            r"\b(?:i(?:'ve| have|ve)?(?: still)? got|i (?:still )?have|i'?ve still got) (?:a |an )?(?:\w+ ){0,2}?(?:throwing arm|bowling arm|"
            r"arm on me)\b[^\n]{0,80}?\b(?:return\w*|bring\w*|in person|when i (?:come|visit|see)|duck)\b|"
            r"(?:(?<=\bi'll )|(?<=\bill )|(?<=\bi will )|(?<=\bgonna )|(?<=\bimma )|(?<=\bwe'll )|(?<=\bwe will )|(?<=\bgoing to )|"
            r"(?<=\bactually )|(?<=\bliterally )|(?<=\bgenuinely )|(?<=\bhonestly )|(?<=\bseriously )|(?<=\bphysically ))"
            r"\b(?:fight|scrap with|square up to|swing (?:for|at)|throw hands (?:with|at)) "
            r"(?:you|u|ya|ye|yous|youse|him|her|them|whoever(?: \w+){0,3}|the (?:owner|driver|seller|guy|bloke|manager|boss|courier|packer|"
            r"staff))\b(?=\s*(?:[.!]|$|\W+$|if\b|when\b|irl\b|in person\b|outside\b|next\b|on sight\b))|"
            r"\b(?:anyone|anybody|whoever|who ?ever|any(?: \w+)? (?:one|person|staff|member of staff))(?: who| that)? (?:stands?|gets?|tries "
            r"to (?:stand|get)|comes?|steps?) in (?:my|our) way\b(?![^.!?\n]{0,30}\b(?:sales?|queue|launch|restock|drop)\b)|"
            r"\b(?:take|taking|took|get|getting|collect\w*|beat|beating|knock|knocking|kick|kicking|have|having)\b (?:it|the money|my money|"
            r"the (?:\w+ )?(?:refund|cash|difference)|what'?s owed|what i'?m owed|payment)(?: back)? (?:out of|outta|oot(?: o'?| of| ae)?|from) "
            r"(?:you|u|ya|ye|yous|youse|him|her|them|(?:your|ur|yer) (?:staff|hide|skin|face)) (?:one way or (?:another|the other)|the hard "
            r"way|physically|with my (?:fists|hands|bare hands)|in blood|in pain)\b|"
            r"\b(?:won'?t|wont|will not|not going to|not gonna|aren'?t going to|are not going to|isn'?t going to|ain'?t gonna) (?:like|enjoy|"
            r"appreciate|love) (?:how|the way) (?:i|we|my (?:\w+ )?(?:lads|boys|mates|friends|brother|husband|dad|son|cousins?))(?:'ll| will)? "
            r"(?:collect|recover)\w*(?: (?:it|them|the money|my money|the debt|what'?s owed))?\b|"
            r"\b(?:come|coming|comin|turn(?:ing)? up|show(?:ing)? up|pop(?:ping)?|head(?:ing)?|call(?:ing)?|be) (?:round|over|down|up)(?: to "
            rf"(?:yours|your \w+|ur \w+|the \w+))?(?: \w+){{0,2}}? with (?:a|my|the|me|an|our|his) (?:\w+ )?{_R9_WEAPON}\b{_R9_ERRAND}|"
            r"\b(?:can'?t|cannot|can not|won'?t|not|couldn'?t)(?: \w+)? (?:promise|guarantee|say)(?: that)? (?:i'?ll|i will|i can|i'?d|i could|"
            r"i'?m going to|we'?ll|anyone can)(?: be able to)? (?:(?:stop|hold back|restrain|calm|talk down) (?:him|her|them|my (?:husband|"
            r"brother|lads|boys|mates|dad|son|friends|partner|boyfriend|fella|cousins?))\b(?!\s*(?:from\b|\w+ing\b))|(?:hold|keep) (?:him|her|"
            r"them|my (?:husband|brother|lads|boys|mates|dad|son|friends|partner|boyfriend|fella|cousins?)) (?:back|away|off (?:you|u)))\b"
        ),
    ),
    # Round 11 (dev28, review): by class and construction. A review, rating or post the writer
    # sets on a condition ("sort it out or I'm leaving a review", "if it's not here by Monday
    # I'm writing one", "I make review if you not send"); "a negative" left as eBay's noun; the
    # review said to be poor or not glowing; the feedback the writer leaves said to reflect it;
    # a rating given as low as it goes ("rating you as low as I can", "one out of five", "the
    # lowest feedback eBay allows", "don't expect a good rating"), the seller's rating said to go
    # down; the shop put in a newsletter, list or section to avoid, or featured "not in a good
    # way"; readers or members who will be hearing about it; telling a group not to use the
    # seller; the name put about so people stay away; photos or a video of the damage or the
    # unboxing going up, online or into the review; a review written and waiting on the seller;
    # a review updated after; "wait until my video ...". Costs: none seen in the worked-from sets
    # (an unconditional "I'll leave a review" stays clean: the condition or the valence is named;
    # "if you don't mind" is a courtesy, not a condition).
    *_each(
        "review",
        (
            r"\b(?:or|otherwise|else|unless|if (?!(?:you|u|ya) (?:don'?t|dont|do not) mind\b)(?:\S+ ){1,3}?(?:not|don'?t|dont|do not|doesn'?t|haven'?t|"
            r"have not|hasn'?t|won'?t|can'?t|cannot|never|no|isn'?t|aren'?t))\b[^.!?\n]{0,60}?\b(?:i'?m|im|"
            r"i am|i'?ll|ill|i will|i shall|i|we'?ll|we will|i'?m going to|im going to|i'?m gonna|im gonna)"
            r"(?: be)?(?: \w+)? (?:writ\w*|leav\w*|post\w*|putt?\w*|mak\w*) (?:a |an |my |the |up |those |these |"
            r"it |them )?(?:\w+ ){0,4}?(?:review|rating|feedback)s?\b|"
            r"\b(?:i'?m|im|i am|i'?ll|ill|i will|i shall|i|we'?ll|we will)(?: be)?(?: \w+)? (?:writ\w*|"
            r"leav\w*|post\w*|putt?\w*|mak\w*) (?:a |an |my )?(?:\w+ ){0,3}?(?:review|rating|feedback)s?\b"
            r"[^.!?\n]{0,40}?\b(?:if (?!(?:you|u|ya) (?:don'?t|dont|do not) mind\b)(?:you|u|i|it) (?:\w+ )?(?:not|don'?t|dont|do not|doesn'?t|haven'?t|won'?t|"
            r"can'?t|never)|unless)\b|"
            r"\b(?:leav\w*|left|giv\w*|gave|post\w*) (?:you |u |ya )?(?:a|an) (?:\w+ )?(?:negative|neg)\b"
            r"(?=\s*(?:[.!,]|$|for\b|on\b|from\b|as\b|once\b|when\b))|"
            r"\b(?:my|the) (?:next |\w+ )?(?:review|feedback|rating)s?\b[^.!?\n]{0,40}\b(?:won'?t|wont|will not|"
            r"isn'?t going to|is not going to|not going to|ain'?t) be (?:\w+ )?(?:glowing|good|nice|kind|positive|"
            r"great|pretty|flattering|favou?rable|five stars?|5 stars?)\b|"
            r"\b(?:my|the) (?:next |\w+ )?(?:review|feedback|rating)\b[^.!?\n]{0,30}\b(?:will|'ll|has to|have "
            r"to|will have to|is going to|must) be (?:a |an )?(?:poor|bad|negative|low|harsh|damning|scathing|"
            r"critical|terrible|one[- ]star|1[- ]star)\b|"
            r"\b(?:the |my )?(?:review|feedback|rating)s? (?:i|we) (?:leave|give|write|post)\w* (?:will|'ll|is "
            r"going to|is gonna|shall) (?:reflect|say|show|tell)\b|"
            r"\brat\w* (?:you|u|ya|this (?:seller|shop|store|company)|(?:your|ur|the) (?:\w+ )?(?:seller|shop|"
            r"store|company|service|item|product)|it|them)(?: \w+){0,2}? (?:as low as|the lowest|one out of|"
            r"1 out of|zero|0 out of|1/5|one star|1 star|a one\b|a 1\b)|"
            r"\b(?:don'?t|dont|do not|won'?t|wont) expect (?:a |any )?(?:good|great|nice|positive|glowing|"
            r"five[- ]star|5[- ]star|decent|kind) (?:review|rating|feedback)s?\b|"
            r"\b(?:the )?lowest (?:feedback|rating|review|score|star rating)\b(?! (?:i'?ve|i have|i'?d) ever)|"
            r"\b(?:your|ur) (?:\w+ )?(?:rating|ratings|score|reviews|feedback|stars)\b[^.!?\n]{0,20}?\b(?:will|"
            r"'ll|is going to|are going to|gonna) (?:go down|drop|fall|tank|plummet|suffer|take a (?:hit|dent|"
            r"beating))\b|"
            r"\b(?:includ|list|featur|nam|putt?|mention)\w* (?:you|u|your \w+|ur \w+|this (?:shop|seller|"
            r"company|store))\b[^.!?\n]{0,40}?(?:\bas (?:one|a \w+|an \w+|the \w+) to avoid\b|\bin (?:the|my|"
            r"our) (?:'|\")?(?:avoid|blacklist|hall of shame|wall of shame|do not buy|naughty)|\bnot in a "
            r"(?:good|nice|positive) way\b)|"
            r"\b(?:you|u|your \w+|ur \w+)(?:'ll| will| are going to|'re going to| is going to) (?:be )?(?:in|on|"
            r"featur\w* in|appear\w* in) (?:the |my |our )?(?:'|\")?(?:avoid|blacklist|do not buy|hall of "
            r"shame|wall of shame)\b|"
            r"\b(?:you|u|your \w+|ur \w+)(?:'ll| will| is going to| are going to) (?:feature|appear|be "
            r"featured|be mentioned)\b[^.!?\n]{0,30}\bnot in a (?:good|nice|positive) way\b|"
            r"\b(?:readers|members|listeners|viewers|followers|subscribers|users)\b (?:of|on|in) (?:the |my |"
            r"our )?(?:\S+ ){0,4}?(?:will be|are going to be|'ll be|are gonna be) (?:hearing|reading|learning)"
            r" (?:about|all about)\b|"
            r"\btell\w* (?:\w+ ){1,6}?not to (?:use|buy from|order from|shop (?:with|at|here)|trust|deal with|"
            r"go near) (?:you|u|your|ur|this)\b|"
            r"\b(?:so|and|to make sure|so that) (?:people|everyone|others|other buyers|customers|buyers|folk)"
            r" (?:know|knows|will know|can see|see) (?:to )?(?:stay away|avoid|steer clear|not to (?:buy|order|"
            r"use|shop))\b|"
            r"\bsees? my (?:\w+ )?(?:warning|warnings)\b|"
            r"\b(?:the|my|those|these|all the) (?:\w+ )?(?:photos?|pictures?|pics|videos?|footage|recording|"
            r"unboxing|clip)\b[^.!?\n]{0,60}?\b(?:will be|'ll be|is going to be|are going to be|is going|are "
            r"going|going) (?:going )?(?:up|online|live|on (?:my |the )?(?:socials|instagram|insta|facebook|"
            r"tiktok|youtube|twitter|page|story|stories|channel))\b|"
            r"\b(?:post\w*|putt?\w*|shar\w*|upload\w*) (?:the |my |those |these |all the |them )?(?:\w+ ){0,2}?"
            r"(?:photos?|pictures?|pics|videos?|footage|unboxing|clip)\b[^.!?\n]{0,50}?(?:\bfor (?:everyone|"
            r"everybody|all|the world|people) to see\b|\bup in (?:a|my|the) review\b|\bin (?:a|my|the) review\b)|"
            r"\b(?:record\w*|film\w*|got)\b (?:the (?:whole )?|my )?(?:unboxing|opening|me opening)[^.!?\n]{0,50}?"
            r"\b(?:post\w*|upload\w*|going (?:online|up|live)|on (?:my )?(?:socials|youtube|tiktok|instagram))\b|"
            r"\b(?:review|post|feedback|write-?up)(?:'s| is|s)? (?:already )?(?:written|typed|drafted|ready)"
            r"(?: up)?\b|"
            r"\bwhether it gets (?:posted|published|sent|submitted) depends\b|"
            r"\b(?:review|feedback|rating)\b[^\n]{0,60}?\b(?:i'?ll|i will|i'?m going to|im going to) (?:be )?"
            r"updat\w* (?:it|them|that)\b|"
            r"\b(?:review|rating|feedback)s? (?:is )?(?:coming|heading|on (?:its|the) way) (?:your|ur|yer) way\b|"
            r"\bwait (?:until|till|til) (?:my|the) (?:\w+ )?(?:video|post|review|tiktok|thread|reel)\b"
        ),
    ),
    # Round 11 (dev30, report): the constructions of report threats the rules did not yet read,
    # each a class a customer would write of any body or platform: a body hearing about it now
    # ("Trading Standards are hearing about it"); the seller's shop or listings passively flagged
    # or reported ("your listings are getting reported", "every listing of yours has been
    # flagged"); a cross-border consumer centre taken to; a platform's report page open and
    # ready; a case or complaint against the seller in or on a platform; where the complaint is
    # going; the platform's support brought in; the body given the seller's name or details; a
    # body that will enjoy it "when I send it to them" (sarcasm); the report button pressed on a
    # listing; a thing handed to a body; a statement made at the police station. Sets read while
    # choosing them (aggregates): no innocent use flagged in dev8-dev27; costs a rule start at
    # "your"/"ur" (gated on "been" and the report words).
    *_each(
        "report",
        (
            rf"\b{_AUTHORITY} (?:are|is|r|'re|will be|'ll be|be) (?:now |soon )?hearing (?:about|of) "
            r"(?:it|this|that|you|u|your|ur|the)\b|"
            r"\b(?:your|ur) (?:\w+ )?(?:shop|store|account|listings?|page|business|products?)(?:'s| is| are| r|'re)? "
            r"(?:getting|going to get|gonna get|about to get|going to be|gonna be|about to be|now being|being) "
            r"(?:flagged|reported)\b|"
            r"\bconsider (?:your|ur) (?:\w+ )?(?:shop|store|account|listings?|page|business) flagged\b|"
            r"\b(?:every|each|all (?:of )?(?:your|ur|the)|your|ur) (?:\w+ )?(?:listings?|products?|items?|ads?)\b"
            r"[^.!?\n]{0,40}? (?:has|have|'ve|'s) (?:now |already |just |all )?been (?:reported|flagged)\b|"
            r"\b(?:(?:tak|send|sent|escalat|refer|pass|forward|report|complain)\w*|go|goes|going|gone|went)(?: \w+){0,4}? "
            rf"(?:to|with) (?:the )?{_R8_MONEY_BODY}\b|"
            r"\b(?:open|fil|lodg|rais|start|submit)\w* (?:a |an |my )?(?:case|complaint|claim|report) (?:with|through|"
            rf"via|at) (?:the )?{_R8_MONEY_BODY}\b|"
            rf"\b{_PLATFORM}(?:'s)? (?:report|reporting|complaint|complaints) (?:page|form|tool|button|link)\b"
            r"[^.!?\n]{0,15}?\b(?:open|up|loaded|ready|filled)\b|"
            rf"\b{_PLATFORM}(?:'s)? (?:complaint|report|case) against (?:{_YOU}|your|ur)\b|"
            rf"\b(?:case|complaint|report) (?:in|on|with|through|via) (?:the )?{_PLATFORM} against (?:{_YOU}|your|ur)\b|"
            r"\b(?:that'?s|thats|that is|this is|which is) where (?:my|the|this|our) (?:complaint|report|case)s? "
            r"(?:is |are |'s )?(?:going|heading|headed|goes|will go|will be going|will end up)\b|"
            rf"\bget (?:the )?{_PLATFORM}(?: support| customer service| customer services| team)? involved\b|"
            r"\b(?:open|fil|rais|start|lodg|submit|mak|put)\w* (?:a |an |the |my )?(?:case|complaint|report)\b"
            r"[^.!?\n]{0,12}?\b(?:with|on|in|through|via|at) (?:their|its) (?:resolution cent(?:re|er)|trust (?:and|&) "
            r"safety)\b|"
            rf"\b(?:giv\w*|gave|sen[dt]\w*|pass\w*|forward\w*|show\w*) (?:the )?{_AUTHORITY} (?:your|ur|all (?:of )?"
            r"(?:your|ur)|the (?:seller|shop)'?s?) (?:\w+ )?(?:name|names|details|address|number|account|bank details|"
            r"messages|emails|texts|website|shop|listings?|info|information|receipts?)\b|"
            rf"\b{_AUTHORITY}\b[^.!?\n]{{0,90}}?\b(?:when|once|after) (?:i|we) (?:send|forward|pass|show|give|hand|"
            r"report|take)\w* (?:it|this|that|them|these|those|the \w+)(?: on| over| along)? to them\b|"
            r"\b(?:click\w*|hit|hitting|press\w*|tap\w*) (?:the )?report(?: button)? (?:on|against|for) (?:the|your|ur|"
            r"this|that) (?:\w+ )?(?:listing|shop|item|page|account|store|product|post|ad)\b|"
            r"\bhand(?:ing|ed|s)? (?:it|this|that|them|the \w+|everything|my \w+)(?: over| in)? to (?:the )?"
            rf"{_AUTHORITY}\b|"
            r"\b(?:police|station|cops)\b[^.!?\n]{0,60}?\b(?:made|gave|given|giving|making) (?:a|my) (?:\w+ )?statement\b"
        ),
    ),
    # Round 12 (dev37, legal): by class and construction. A claim against the seller put on the
    # table ("a claim against you is on the table"), the court left to settle it ("I'll let the
    # court sort it out", "a judge can decide"), and a formal or official letter a lawyer of the
    # writer's side will write ("he will write to your company an official letter").
    *_each(
        "legal",
        (
            r"\b(?:legal |formal |court )?claim against (?:you|u|ya|your|ur)\b"
            r"(?![^.!?\n]{0,40}\b(?:paypal|ebay|amazon|etsy|bank|card|klarna|insurance|courier)\b)|"
            r"\blet (?:the |a )?(?:courts?|judge|small claims(?: court)?) (?:sort|decide|deal|settle|rule|judge)\b|"
            r"\b(?:writ\w*|send\w*|sent) (?:to )?(?:you|u|your|ur)(?: \w+)? (?:an? )?(?:official|formal|legal) "
            r"letter\b(?! of (?:complaint|apology|thanks))"
        ),
    ),
    # Round 12 (dev37, report): a platform or body left to decide or judge ("eBay can decide then",
    # "I ask Amazon to decide", "let's see what the ombudsman thinks of that"), one that must know
    # about it ("I think Etsy must know about this"), the case opened on or against the seller or
    # going in ("opening a case on you now", "the case goes in tonight", "Case opened."), a body
    # named with a day and a condition ("Trading Standards on Monday if no answer"), and a body
    # that will have the whole story.
    *_each(
        "report",
        (
            rf"\b(?:{_PLATFORM}|{_AUTHORITY}) (?:can|will|'ll|should|may|must|could) (?:decide|judge|be the judge|"
            r"sort (?:it|this) out)\b|"
            rf"\b(?:ask|asking|let|letting) (?:the )?(?:{_PLATFORM}|{_AUTHORITY}) (?:to )?(?:decide|judge)\b|"
            rf"\blet'?s see what (?:the )?(?:{_PLATFORM}|{_AUTHORITY}) (?:says?|thinks?|makes of|has to say)\b|"
            rf"\b(?:{_PLATFORM}|{_AUTHORITY}) (?:must|should|needs? to|ought to|has to|deserves? to) (?:know|hear|be told) "
            r"(?:about|of) (?:this|it|you|u|your|ur)\b|"
            r"\bopen(?:ing|ed|s)? (?:a |an |the )?(?:case|report)(?: \w+)? (?:on|against) (?:you|u|ya|your|ur)\b"
            r"(?![^.!?\n]{0,30}\b(?:paypal|bank|card|klarna|court))|"
            r"\b(?:the |my )?(?:case|complaint|report) (?:goes|go|is going|will go|'s going) in\b|"
            r"\bcase(?<![a-z,'] case)(?<![a-z]case) opened\b|"
            rf"\b{_AUTHORITY}(?: on| by| first thing| next| this)? (?:monday|tuesday|wednesday|thursday|friday|saturday|"
            r"sunday|tomorrow|tonight|today|morning|week)\b[^.!?\n]{0,20}?\b(?:if|unless|otherwise)\b|"
            rf"\b{_R8_MONEY_BODY}\b[^.!?\n]{{0,80}}?\b(?:they'?ll|they will|will) (?:have|get|hear) (?:the (?:whole|full) "
            r"(?:story|picture|details)|everything|all (?:of )?it)\b"
        ),
    ),
    # Round 12 (dev37, chargeback): a dispute put on the payment, the payments paused, the
    # provider as the other way ("either you sort it or my card company does"), the money claimed
    # back ("my bank said I can just claim it back").
    *_each(
        "chargeback",
        (
            r"\bput (?:a |in a |my )?(?:dispute|chargeback|stop) (?:on|against|in)\b|"
            r"\b(?:paused|pausing) (?:the |my |all |all the |all my )?(?!subscription|membership)(?:\w+ )?"
            r"(?:payments?|instalments?|installments?)\b|"
            rf"\bor {_MONEY_ANY} (?:does|will|can|'ll|is going to)\b|"
            r"\bclaim (?:it|this|that|them|the (?:money|payment|lot|cost)) back\b(?! (?:on|from|through|via|off) (?:my |the )?"
            r"(?:insurance|insurer|expenses|work|tax|vat|employer))"
        ),
    ),
    # Round 12 (dev37, review): a rating the writer gave and will change ("I gave you 5 stars,
    # editing it to 1", "changing my five stars to one", "I'll be amending my five-star review"),
    # a community of the writer's that will hear of it ("6k mums gonna hear about this", "I will
    # tell all of them about your shop", "I'll write there about your shop", "post a full account
    # there", "my network is fully aware"), a review that will quote the seller.
    *_each(
        "review",
        (
            r"\b(?:chang|edit|amend|updat|revis|lower|drop|knock)\w* (?:my |the |that |your |ur )?(?:(?:5|five)[- ]?stars?|"
            r"(?:\w+[- ])?(?:review|rating|feedback))(?: \w+){0,3}? (?:down )?to (?:a |an )?(?:one|1|zero|0)\b|"
            r"\b(?:gave|left|given|give) (?:you|u|ur \w+|your \w+)? ?(?:a )?(?:5|five)[- ]?stars?\b[^\n]{0,60}?\b"
            r"(?:i'?ll|ill|i will|i'?m|im|i am|will be|be)? ?(?:edit|chang|amend|updat|lower|drop|knock)\w* (?:it|that|them)\b"
            r"(?! (?:to (?:add|say|include|show)|with (?:photos|pics|a photo|pictures)))|"
            r"\b(?:\d+k?|hundreds of|thousands of|all (?:the|those)) (?:mums|mothers|members|people|followers|parents|"
            r"collectors)(?: \w+)? (?:are )?(?:gonna|going to|will|'ll|about to) (?:hear|know|find out|learn) about\b|"
            r"\b(?:tell|inform|warn) (?:all|every one|each) of them about (?:you|u|your|ur|this)\b|"
            r"\b(?:writ\w*|post\w*) (?:there|in there|on there)(?: \w+)? (?:about|how) (?:you|u|your|ur|this)\b|"
            r"\b(?:post\w*|writ\w*|put\w*) (?:up )?(?:a |my )?(?:full |detailed |honest )?(?:account|write-?up)\b[^.!?\n]{0,20}"
            r"\b(?:there|of how|about how|about (?:you|u|your|ur))\b|"
            r"\b(?:network|followers|contacts|community|circle)\b (?:is |are |will be |'ll be )?(?:fully |well |made )?aware "
            r"of (?:how|what|this|you|your|ur)\b|"
            r"\breview\b[^.!?\n]{0,40}\b(?:quot\w*|screenshot\w*) (?:it|this|that|you|u|your|ur)\b"
        ),
    ),
    # Round 12 (dev37, violence): the writer's friends set on a visit ("my friends want to visit
    # you about this", "acquaintances have offered to visit your premises"), fire set to the
    # seller's things ("set your premises alight"), "I'll find you" said alone, damage that would
    # be a shame or unfortunate ("would be a shame if one happened to you", "unfortunate were any
    # damage to come"), the seller's stock left as the goods came, "dealt with personally", and
    # "you'll be sorry" when the writer turns up.
    *_each(
        "violence",
        (
            r"\b(?:friends|mates|acquaintances|lads|boys|brothers|cousins|associates|people)(?: of mine)? (?:have |has )?"
            r"(?:offered|want|wants|are keen|are itching|would like|would love|keep offering|asked)(?: me)? to "
            r"(?:visit|pay (?:you|u|your \w+|ur \w+) a visit|come (?:round|over|down) to|see|have a word with) "
            r"(?:you|u|ya|your|ur)\b|"
            r"\bset (?:your|ur|yer|the) (?:\w+ )?(?:premises|shop|store|unit|house|home|van|car|warehouse|stock|place|"
            r"business|office|workshop) (?:alight|on fire|ablaze)\b|"
            r"\b(?:i|we)(?:'ll| will| shall|ll)(?: come and)? find (?:you|u|ya|ye)(?= ?[.!]|$| and\b| first\b)|"
            r"\b(?:shame|pity|unfortunate)(?: (?:if|were|should))? "
            r"(?:one|an accident|any (?:damage|harm|accident)|damage|harm) (?:happened|happens|were to|was to|to come|"
            r"came|come|befell)\b|"
            r"\bleave (?:your|ur) (?:\w+ )?(?:stock|shop|premises|things|stuff|van|place|goods|products) in the same "
            r"(?:condition|state)\b|"
            r"\bdeal with (?:you|u|ya) (?:personally|in person|myself)\b"
        ),
    ),
    # --- Round 13 (dev44, dev47): reports and veiled violence by construction -----------------
    # Round 13 (report): a body chosen in so many words ("ACCC it is then", "police it is"), a step
    # that makes it "a police matter" on a condition ("answer by Friday or it's a police matter"),
    # a body that may "have a look" or would "like to see" ("police can have a look", "HMRC might
    # like a look at your books", "would the ombudsman like to see this thread"), the body that
    # does not know yet ("the council don't know ... they will by Friday"), a listing flagged by
    # the writer as fake or counterfeit, a report "as fraud", a complaint lodged in the passive
    # ("a grievance will be lodged with ..."), the matter put before a body or brought to it, a
    # body given a full account, someone at a platform made to see it, a report form filled in
    # and waiting to be sent, a walk into the police station, a complaint referred to "it" (the
    # body named before), and a relative who works at a body and will see the messages. Guards:
    # the body praised or the relative told of for nothing (no second part), "report it as lost",
    # the bank's own fraud team flagging a payment (no first person), a form for a theft
    # (``theft_reported``).
    *_each(
        "report",
        (
            rf"\b{_AUTHORITY} it (?:is|'s)(?: then| now| next| again)?(?= ?[.!]|,|$)|"
            r"\b(?:(?<=or )|(?<=otherwise )|(?<=else )|(?<=then ))(?:it'?s|its|it is|this is|that'?s|it becomes|this "
            r"becomes|it will be|it'll be|this will be) (?:a |now a )?(?:police|criminal|fraud|trading standards) "
            r"(?:matter|issue|job|case)\b|"
            r"\b(?:is|it'?s|its) now a (?:police|criminal) matter\b|"
            rf"\b{_AUTHORITY} (?:can|could|might|may|would|will|'ll|should)(?: \w+)? (?:like|want|love|have|take|"
            r"get|fancy)(?: to (?:have|take|get))? a (?:\w+ )?(?:look|peek|read|gander)\b|"
            rf"\b{_AUTHORITY} (?:would|might|will|'d) (?:like|love|want|be interested) to (?:see|read|hear about) (?:this|these|"
            r"that|those|the|all|your|ur|how)\b|"
            rf"\b(?:would|will|might|do you think) (?:the )?{_AUTHORITY} (?:like|want|love|be interested|care) (?:to )?"
            r"(?:see|read|hear|know|look|a look|in)\b|"
            rf"\b(?:{_AUTHORITY}|council) (?:don'?t|dont|doesn'?t|doesnt|do not|does not) know\b[^.!?\n]{{0,60}}[.!?,]* *"
            r"(?:(?:but )?they (?:will|'ll|soon will)(?: do)?(?: by| on| soon| tomorrow| next| after| when)?|not yet|yet)\b|"
            rf"\b(?:put|putting|lay|laying|place|placing|bring|bringing)(?: \w+){{0,4}}? (?:in front of|before) (?:the )?"
            rf"{_AUTHORITY}\b|"
            rf"\bregister(?:ing|ed)? (?:this|it|a complaint|my complaint|the matter)(?: \w+)? (?:on|with) (?:the )?"
            rf"{_AUTHORITY}\b|"
            rf"\b(?:bring|bringing|brought) (?:this|it|that|the matter|the case|my complaint|the whole thing|everything) "
            rf"(?:up )?(?:to|before) (?:the )?{_AUTHORITY}\b|"
            rf"\b(?:walk|walking|march|marching|head|heading|straight)\w*(?: \w+)? (?:in|into|down to|round to|to) "
            rf"(?:the |my local |the local )?{_AUTHORITY}\b(?! (?:to (?:collect|pick|get)|for (?:a|my) (?:job|shift)))|"
            rf"\b(?:complaint|grievance|report|case|claim)s? (?:will be|is being|has been|shall be|'ll be|is going to be|"
            rf"are being|will have been|gets|get) (?:formally )?(?:lodged|filed|raised|submitted|made|sent|registered|"
            rf"passed) (?:with|to) (?:the )?{_AUTHORITY}\b|"
            rf"\b(?:provid|suppl|furnish)\w* (?:the )?(?:{_PLATFORM}|{_AUTHORITY}) with (?:a |an |the |my |all )?(?:full |"
            r"complete |detailed |written )?(?:account|record|evidence|chronology|timeline|dossier)\b|"
            rf"\bmake sure (?:someone|somebody|a person|the right (?:person|people)|people) (?:at|from|in) (?:the )?"
            rf"(?:{_PLATFORM}|{_AUTHORITY})\b[^.!?\n]{{0,20}}?\b(?:sees?|reads?|knows?|hears?|gets?|looks? at)\b|"
            rf"\b(?:{_AUTHORITY}|{_R8_MONEY_BODY}) (?:complaint |report )?(?:form|report|complaint)(?:'s|s| is| are)?"
            r"(?: all| now)? (?:filled (?:in|out)|ready|done|drafted|written|completed|prepared)\b"
            r"(?=[^\n]{0,80}\b(?:submit|send|sent|press\w*|click\w*|button|unless|if (?:i|you|u) (?:don'?t|dont|do not)))|"
            rf"\b(?:filled|filling) (?:in|out) (?:the |a |my |an )?(?:{_AUTHORITY}|{_R8_MONEY_BODY}) (?:complaint |report )?"
            r"(?:form|report)\b(?=[^\n]{0,80}\b(?:submit|send|press\w*|click\w*|button|unless))|"
            r"(?:(?<=\bi )|(?<=\bi'll )|(?<=\bill )|(?<=\bi will )|(?<=\bi'm )|(?<=\bim )|(?<=\bwe )|(?<=\bwe'll )|"
            r"(?<=\bgonna )|(?<=\bgoing to )|(?<=\bi've )|(?<=\bive ))\b(?:flag|flagged|flagging|report|reported|reporting) "
            r"(?:it|this|that|them|you|u|the \w+|this \w+|that \w+|your \w+|ur \w+)(?: \w+){0,3}? as (?:a |an |being )?"
            r"(?:counterfeit|fake|scam|fraud|fraudulent|knock-?offs?|replicas?|unsafe|dangerous|prohibited|misleading)\b|"
            rf"\b{_AUTHORITY}\b[^.!?\n]{{0,70}}?\b(?:i|we) (?:intend to|plan to|will|'ll|am going to|'m going to|want to|"
            r"mean to|shall) (?:refer|escalate|take|send|bring|pass|report)\w*(?: (?:my|the|this|our) \w+| it| this| "
            r"the matter)? to (?:it|them)\b"
        ),
    ),
    *_each(
        "report",
        (
            # a relative who works at a body and will see the messages ("my daughter works in the
            # council's consumer team ... I'll be showing her this whole exchange"); told of with
            # praise alone it is no threat (no second part).
            r"\b(?:(?<=my )|(?<=our ))\b(?:daughter|son|wife|husband|sister|brother|mum|mother|mom|dad|father|cousin|niece|"
            r"nephew|uncle|aunt|auntie|partner|friend|best friend|mate|neighbour|neighbor|flatmate|"
            r"(?:brother|sister|son|daughter)-in-law)(?:'s|s)?\b[^.!?\n]{0,60}?\b"
            rf"(?:{_AUTHORITY}|council|consumer team)\b[^\n]{{0,140}}?"
            r"(?:\bshow\w* (?:her|him|them)\b|\b(?:she|he|shes|hes)(?:'s| is| will be|'ll be| will|'ll)? (?:seeing|getting|"
            r"going to see|gonna see|gonna get|reading|get|see|read|have|having)\b|\b(?:pass|forward|send|sen[dt])\w* "
            r"(?:it|this|them|these|everything|all)(?: \w+){0,3}? to (?:her|him)\b)"
            r"[^.!?\n]{0,30}?\b(?:exchange|emails?|e-?mails|messages?|msgs|screenshots?|correspondence|thread|chats?|"
            r"conversation|texts?|everything|all (?:of )?(?:this|it))\b|"
            r"\b(?:(?<=my )|(?<=our ))\b(?:daughter|son|wife|husband|sister|brother|mum|mother|mom|dad|father|cousin|niece|"
            r"nephew|uncle|aunt|partner|friend|mate|neighbour|neighbor)(?:'s|s)?\b[^.!?\n]{0,60}?\b"
            rf"(?:{_AUTHORITY}|council|consumer team)\b[^\n]{{0,140}}?\b(?:place|put|lay)\w* (?:our|my|the|this|your|ur|"
            r"all)(?: \w+){0,2}? (?:before|in front of) (?:her|him)\b"
        ),
    ),
    # Round 13 (violence): veiled violence with no violent verb or one said sideways: a visit made
    # to the seller's home and the courtesy not to be repeated ("I was at your house ... next time I
    # don't knock"), someone leaving in an ambulance, kin who "want a word" or intend to visit,
    # a visit the seller "won't enjoy", tyres "getting slashed", everything broken or set alight
    # at the seller's premises (a godown, a lockup, a storage place; "one match"), the writer who
    # cannot promise to keep their hands to themselves, the address taken off a label and a free
    # afternoon, the distance and a full tank, "make you eat", staff told to stay in, "every
    # intention of causing damage", the shop front that "may not remain intact", the consequences
    # the writer will not answer for, "someone will be hurt" after a visit, hospital treatment
    # ensured. Guards: an errand (collect, drop off, return), an ambulance for a relative (the
    # subject is someone or the seller), knocking for a delivery, "drop it off".
    *_each(
        "violence",
        (
            r"\b(?:attended|visited|was|were|been|came|went|stood|turned up|showed up)(?: already| round| over| down)? "
            r"(?:(?:at|to|outside|round to|by) )?(?:your|ur) (?:home address|address|house|home|place|door|front door|"
            r"flat|shop|unit|premises|office|warehouse)\b[^\n]{0,120}?(?:\b(?:i|we)(?: won'?t| don'?t| will not| do not|"
            r" shan'?t| wont| dont| shall not) (?:\w+ ){0,2}?(?:knock|ring the bell|be (?:so )?(?:polite|nice|patient))|"
            r"\bnot (?:extend|offer|show)\w* (?:\w+ ){0,2}?courtesy)|"
            r"\b(?:someone|somebody|some1|one of us|you|u|ya)(?:'s|s| is| will be|'ll be| is going to be|'s gonna be| are| r|"
            r"'re| will| are going to| gonna)? (?:leaving|leave|going home|going out|coming out|carried out|getting carried "
            r"out)\b[^.!?\n]{0,30}?\bin (?:an |the |a )?(?:ambulance|body bag|coffin|stretcher)\b|"
            rf"\b(?:(?<=my )|(?<=our )|(?<=the ))\b(?:brothers|cousins|lads|boys|mates|uncles|sons|nephews|friends|family|"
            r"associates)\b[^.!?\n]{0,60}?\b(?:want|wants|would like|intend|intends|plan|plans|are planning|are going|will|"
            r"'ll|are coming|'d like|are keen)(?: to)? (?:have )?a (?:quiet |little |friendly |private )?word\b"
            r"(?! (?:with (?:you|u) )?about (?:an? |the |your |ur )?(?:order|bulk|price|discount|commission|stall|collab))|"
            rf"\b(?:(?<=my )|(?<=our ))\b(?:brothers|cousins|lads|boys|mates|uncles|sons|nephews|friends|family)\b"
            r"[^\n]{0,80}?\b(?:intend|intends|plan|plans|are planning|are going|will|'ll|are coming)(?: to)? (?:visit|see|"
            rf"pay (?:you|u) a visit|come (?:round|over|down)(?: to see)?) (?:you|u|ya)\b{_R9_ERRAND}|"
            r"\b(?:coming|come|i'?ll be|visiting|popping|calling)(?: in| round| down| over| by)?(?: to| into| at)? (?:the|your|ur) "
            r"(?:shop|store|unit|premises|house|office|warehouse|stall|place)\b[^\n]{0,40}?\b(?:you|u) (?:won'?t|will not|wont|"
            r"aren'?t going to|are not going to) (?:enjoy|like|forget) (?:it|this|that|what)\b|"
            r"(?<!my )(?<!our )\b(?:tyres?|tires?|windows?|windscreen|shop ?front|shutters) (?:are|r|is) (?:getting|gonna get|"
            r"going to get|gonna be|going to be) (?:slashed|smashed|keyed|torched|bricked|put in|done|kicked in)\b|"
            r"\b(?:come|coming|go|going|turn up|visit|location of|where|know)\b[^.!?\n]{0,30}?\b(?:your|ur) (?:godown|"
            r"warehouse|shop|store|unit|premises|office|stall|workshop|lockup|lock-?up|storage (?:place|unit)|stockroom|"
            r"factory|showroom)\b[^.!?\n]{0,40}?\b(?:and|will|'ll|to) (?:\w+ )?(?:break|smash|wreck|trash|destroy|damage|"
            r"burn|torch)(?: (?:everything|it all|all of it|its contents|the contents|the lot|the place|every\w*|your \w+|"
            r"ur \w+|the stock))\b|"
            r"\b(?:your|ur) (?:\w+ )?(?:stock|shop|warehouse|premises|unit|lockup|lock-?up|godown|storage|store)\b[^\n]{0,80}?"
            r"\b(?:how (?:easily|quickly)|easily|quickly)\b[^.!?\n]{0,20}?\b(?:set alight|set on fire|catch(?:es)? fire|"
            r"go(?:es)? up in (?:flames|smoke)|burn(?:s)? (?:down|up))\b|"
            r"\b(?:stock|shop|warehouse|lockup|lock-?up|unit|premises|godown)\b[^\n]{0,40}?\bone (?:match|spark|lit match|"
            r"flick of a lighter)\b|"
            r"\b(?:can'?t|cannot|can not|cant|won'?t|not|don'?t know if|do not know if) (?:promise|guarantee|say|be sure|"
            r"sure)(?: that)? (?:i'?ll|ill|i will|i can|i'd|i would|i won'?t|i wont|i will not|i could|i'?m able to|i am "
            r"able to)(?: be able to)? (?:keep (?:my hands|my fists) to myself|control (?:my (?:hands|fists|temper|"
            r"self)|myself)|hold (?:back|myself back)|refrain from|restrain myself|not swing|swing for|keep my temper)|"
            r"\b(?:i'?ll|i will|i'd|i would|won'?t|wont|will not|might|may) swing for (?:you|u|ya|ye|him|her|them|the \w+)\b|"
            r"\brefrain from (?:physical )?(?:violence|hitting|striking|attacking|assault\w*)\b|"
            r"\b(?:got|have|obtained|took|taken|found|pulled|know)\w* (?:your|ur) (?:home )?(?:address|addy|location|"
            r"postcode)(?: \w+){0,2}? (?:off|from|on) (?:the|your|ur|a) (?:\w+ )?(?:label|parcel|package|invoice|box|"
            r"receipt|paperwork|packing slip)\b"
            r"(?![^\n]{0,160}\b(?:collect\w*|pick\w* (?:it |them )?up|drop\w* (?:it |them )?off|return(?!s? label)\w*|"
            r"post (?:it|them)|send (?:it|them)|deliver\w*|swap|exchange|bring (?:it|them)|thank\w*|card|gift)\b)"
            r"[^\n]{0,80}?\b(?:free (?:all )?(?:afternoon|day|evening|morning|weekend)|(?:afternoon|day|evening|morning|"
            r"weekend) free|set aside|nothing on|time on my hands|spare (?:time|afternoon))\b|"
            r"\b(?:miles away|live far|far away|other end of the country|a long way away|live miles)\b[^\n]{0,80}?"
            r"\b(?:full tank|tank of (?:petrol|gas|fuel|diesel)|(?:a|my) car and (?:a )?free|free (?:weekend|day|afternoon)|"
            r"nothing on)\b"
            r"(?![^\n]{0,80}\b(?:collect\w*|pick\w* (?:it |them )?up|drop\w* (?:it |them )?off|return\w*|visit (?:family|my))\b)|"
            r"\bmake (?:you|u|ya)(?: to)? eat (?:it|this|that|them|the|your|ur|my|every)\b(?! words)|"
            r"\btell (?:your|ur|the) (?:\w+ ){0,5}?(?:packer|driver|staff|lad|owner|boss|manager|courier|girl|guy|bloke|woman|"
            r"man|worker|workers|employees?|team|husband|wife|son|daughter)(?: \w+){0,4}? to (?:stay|keep) (?:in|indoors|"
            r"inside|home|at home|off the streets|out of my way)\b(?! (?:the|a|his|her|their|your|ur|touch|contact|mind)\b)|"
            r"\b(?:every|full|the|clear) intention of (?:causing|doing) (?:\w+ )?(?:damage|harm)\b|"
            r"\b(?:had )?better hope (?:i|we) (?:do not|don'?t|dont|never) (?:find|discover|learn|see|meet|bump|run)\w*"
            r"(?: into| out)? (?:you|u|ya|your|ur|where|the (?:location|address|whereabouts))\b|"
            r"\b(?:next time|next visit|when)\b[^.!?\n]{0,30}?\b(?:your|ur) (?:shop|store|unit|stall|showroom|premises)\b"
            r"[^.!?\n]{0,80}?\b(?:drop|throw|smash|sweep|destroy|break|wreck|trash)(?:s|ping|ing)? (?:it|them|each|every|"
            r"everything|the (?:lot|stock|shelf|shelves|display)|your|ur)\b(?! (?:\w+ )?(?:off|back|in|round|by|over)\b)|"
            r"\b(?:deliberately|intentionally|purposely|personally) (?:destroy|damage|break|smash|wreck|trash)\b|"
            r"\b(?:your|ur) (?:\w+ )?(?:shop ?front|storefront|windows?|premises|shop|store|unit|stock|sign|warehouse|"
            r"shutters) (?:(?:may|might|could|would|will) not|won'?t|wont|mightn'?t|may never) (?:remain|stay|be|survive)"
            r"(?: \w+)? (?:intact|standing|in one piece|unbroken|undamaged|unharmed)\b|"
            r"\b(?:knock|kick|smash|punch) (?:their|his|her|them|its) (?:teeth|lights|head|face) (?:out|in)\b|"
            r"\b(?:i'?ll|i will|i shall|i'?m going to|im gonna|i'?m gonna|i am going to|going to|gonna|will|shall) (?:\w+ )?"
            r"giv\w* (?:you|u|them|him|her|the \w+|your \w+|ur \w+) a (?:\w+ ){0,2}?(?:thrashing|beating|kicking|hiding|"
            r"pasting|hammering|battering|thumping|slap|smack|punch)\b|"
            r"\b(?:put|set|light|start)\w* (?:the |a )?fire (?:to|on|in|at) (?:your|ur|yer)\b|"
            r"\b(?:not|won'?t|wont|cannot|can'?t) be (?:held )?(?:answerable|responsible|accountable) for (?:the |any )?"
            r"(?:physical consequences|my actions|what i (?:do|might do|may do)|what happens to (?:you|u|your|ur))\b|"
            r"\b(?:come|coming|attend|visit|turn up|show up|see you|meet)\b[^.!?\n]{0,40}?,? (?:someone|somebody|people|"
            r"you|u)(?: will|'ll| is going to| are going to| gonna)? (?:be|get|end up) hurt\b|"
            r"\b(?:ensure|make sure|see to it|guarantee)(?: that)? (?:you|u|ya) (?:will )?(?:require|need|end up (?:in|"
            r"needing)) (?:hospital|medical|an ambulance|a doctor|stitches|surgery)\b"
        ),
    ),
    # --- Round 13 (dev51): review threats by construction ---------------------------------------
    # Round 13 (review): a review promised on a condition, the condition before or after ("should
    # this stay unresolved, I shall publish a review", "doing a proper review if I don't hear
    # back"); a rating or an earlier good review edited down ("changing my old 5 stars to 1",
    # "amending my previous review to reflect this"); friends, family, a group chat or other
    # buyers told not to buy ("advising my family not to order from you", "warned off you",
    # "make sure they know to avoid you"); the matter taken to the press or a consumer programme;
    # photos or screenshots put up publicly for people to judge; the stars the seller "reckons"
    # it deserves, answered with one; a "stinker" of a review; the writer's last post about a shop
    # that went viral; the item "going in my next video" not in a good way; a feature turned
    # "cautionary tale"; a forum that "would have a field day"; the whole saga written up on a
    # site; honest "in my review", all this mentioned in it; feedback left that "wasn't going to
    # be nice". Guards: praise in the sentence (``praising``), a denial before the hit
    # (``negated``), "would you mind if I tag you" (no "shall/should I"), the seller's good
    # feature or guide (no "cautionary"), a post that went viral for someone else (only "my
    # last post about a shop").
    *_each(
        "review",
        (
            r"\b(?:unresolved|unanswered|no (?:answer|reply|response)|still wait\w*|hear back|heard back)\b"
            r"[^.!?\n]{0,30}?,? (?:then )?(?:i|we)(?:'ll| will| shall| am going to|'m going to| gonna)? (?:\w+ )?"
            r"(?:write|publish|post|put|do|leave|give)\w*(?: up)? (?:a|an|the|my)(?: \w+){0,2}? (?:review|feedback|"
            r"rating)s?\b|"
            r"\b(?:(?:writ|publish|post|leav)\w*|put|putting|do|doing)(?: up)? (?:a|an|the|my) (?:\w+ )?(?:review|feedback)\b"
            r"(?=[^.!?\n]{0,30}\b(?:if|unless) (?:i|we) (?:don'?t|dont|do not|haven'?t|havent|have not|can'?t|cant) "
            r"(?:hear|get)\b)|"
            r"\b(?:chang|edit|amend|updat|lower|knock|drop|bring|tak)\w* (?:it|that|them|my|the)(?: \w+){0,3}? "
            r"(?:down )?to (?:one|1|a one|zero|0|a 1|one star|1 star)\b(?! (?:of|for) (?:the|my)\b)|"
            r"\b(?:amend|edit|chang|updat|revis|rewrit)\w* (?:my|the) (?:\w+ ){0,2}?(?:review|rating|feedback) to "
            r"(?:reflect|describe|show|include)\b|"
            r"\b(?:tell|telling|told|advis\w*|say|saying|said|warn|warning|urg\w*|ask\w*) (?:all |every )?(?:\w+ ){0,4}?"
            r"(?:friends?|family|famil\w+|relatives|parish|neighbours|neighbors|buyers?|customers|people|group chat|"
            r"gc|colleagues|workmates|followers|everyone|everybody|others)\b[^.!?\n]{0,15}?,? (?:not to|to not|"
            r"don'?t|dont|do not|never|against|to (?:stay away|avoid|steer clear|keep away))\b(?: \w+)? "
            r"(?:buy\w*|purchas\w*|order\w*|shop\w*|(?:from|of|near|trust|use|with) (?:you|u|your|ur|this (?:shop|"
            r"seller|store))|you|u|your|ur|doing so)\b|"
            r"\b(?:make sure|ensure) (?:they|people|everyone|everybody|all of them|others) (?:know|knows) to (?:avoid|"
            r"stay away from|steer clear of) (?:you|u|your|ur|this)\b|"
            r"(?<!\bi was )(?<!\bi got )(?<!\bwe were )(?<!\bme )\bwarned off (?:you|u|ya|your|ur)\b|"
            r"\b(?:told|telling|tell) (?:my|the|our) (?:group chat|gc|family|friends|mates)\b[^.!?\n]{0,10}? and "
            r"(?:they|none of them|no one|nobody) (?:will|'ll|won'?t|wont|are not|aren'?t|will not) (?:not )?"
            r"(?:buy|order|shop)\w* (?:from|with|here)\b|"
            r"\b(?:were|was) (?:about|going|planning) to (?:order|buy) from (?:you|u)\b[^.!?\n]{0,40}?\bnot any ?more\b|"
            r"\b(?:people|everyone|everybody|others|other buyers|customers|buyers) (?:must|should|need to|have to|"
            r"deserve to|ought to) know (?:\w+ ){0,6}?(?:your|ur|this) (?:shop|store|business|company|service|seller)\b"
        ),
    ),
    *_each(
        "review",
        (
            r"\b(?:(?:pass|send|submit|tak|bring|forward|email|contact|writ)\w*|sent|took|brought|go|goes|going|went) "
            r"(?:\w+ ){0,5}?(?:to|with) (?:the attention of )?(?:\w+ ){0,3}?(?:the |a |an |my |our )?(?:local )?"
            r"(?:paper|newspaper|press|news desk|consumer (?:affairs |rights )?(?:tv |television |telly )?(?:programmes?|"
            r"programs?|shows?))\b|"
            r"\bconsumer (?:affairs |rights )?(?:tv |television )?(?:programmes?|programs?|shows?)\b[^.!?\n]{0,30}?\b"
            r"(?:looking for|love|want|after) (?:stories|cases|people)\b|"
            r"\b(?:let|allow) (?:the )?(?:internet|public|world|people|everyone|everybody) (?:to )?(?:decide|judge|be "
            r"the judge)\b|"
            r"\b(?:i'?ll|i will|i shall|i'?m going to|im going to|i am going to|gonna|going to) (?:be )?(?:post|publish|"
            r"put|shar)\w* (?:\w+ ){0,6}?(?:publicly|side by side online|online side by side)\b|"
            r"\bhow many stars? (?:do |would |d |did )?(?:you|u|ya)(?: \w+)? (?:reckon|think|say)\b[^\n]{0,100}?\b(?:one|1|"
            r"zero|0)\b|"
            r"\b(?:shall|should) (?:i|we) tag (?:you|u|your|ur)\b|"
            r"\bstinker of a (?:review|rating|post)\b|"
            r"\bmy (?:last|previous|latest) (?:post|video|vid|tiktok|thread|review)s? (?:about|abt|on) (?:a|an|another|"
            r"one)\b[^.!?\n]{0,20}?\b(?:went viral|got (?:\w+ ){0,3}views)\b|"
            r"\bgoing in(?:to)? my (?:next )?(?:yt |youtube |tiktok |insta )?(?:vid|video|post|review|blog|tiktok|"
            r"reel)s?\b(?=[^.!?\n]{0,10}\band not in a (?:good|nice|positive) way\b)|"
            r"\b(?:now|be|is|as|become\w*) (?:a |an )?cautionary tale\b|"
            r"\b(?:mumsnet|reddit|twitter|tiktok|facebook|internet|press|papers|netmums) (?:would|will|'d|"
            r"'ll|is going to|are going to|gonna) (?:have a field day|love this)\b|"
            r"\bwrite (?:the |this |my |it |all )?(?:whole )?(?:saga|story|thing|experience|ordeal|lot)(?: \w+)? up on "
            r"(?:reddit|mumsnet|netmums|facebook|twitter|a forum|tiktok)\b|"
            r"\bhonest in my (?:\w+ )?(?:review|feedback|rating)\b|"
            r"\bmention\w* (?:all (?:of )?)?(?:this|that|it)\b(?: \w+){0,2}? in my (?:\w+ )?(?:review|feedback|rating)\b|"
            r"\b(?:review|feedback|rating)\b[^\n]{0,30}?\b(?:wasn'?t|won'?t|wont|not|isn'?t|ain'?t) (?:going to |gonna )?"
            r"be (?:nice|kind|pretty|positive|glowing|good) about it\b"
        ),
    ),
)


def _more_authorities(
    written: tuple[tuple[str, Rule], ...],
) -> tuple[tuple[str, Rule], ...]:
    """The rules as written, then each rule's alternatives that name ``_AUTHORITY`` again with the
    classes of ``_AUTHORITY_MORE`` in its place: all of them in one copy when the copy keeps a word
    gate, else in halves, and so on."""
    more = []
    for label, rule in written:
        named = [
            a
            for a in prefilter.split_top_level(_without_platform(rule.pattern.pattern))
            if _AUTHORITY in a
        ]
        if named:
            pattern = "|".join(named)
            more += [(label, r) for r in _gated_copies(pattern, _AUTHORITY_MORE)]
    return (*written, *more)


def _gated_copies(pattern: str, classes: tuple[str, ...]) -> list[Rule]:
    rule = Rule(pattern.replace(_AUTHORITY, "(?:" + "|".join(classes) + ")"))
    if rule.clauses or len(classes) == 1:
        return [rule]
    half = len(classes) // 2
    return _gated_copies(pattern, classes[:half]) + _gated_copies(pattern, classes[half:])


def _without_platform(pattern: str) -> str:
    """A rule's pattern with "authority or platform" narrowed to the authority (the platforms are
    the written rule's, and in every copy they would only add start words)."""
    pattern = pattern.replace(f"{_AUTHORITY}|{_PLATFORM}", _AUTHORITY)
    return pattern.replace(f"{_PLATFORM}|{_AUTHORITY}", _AUTHORITY)


THREAT_RULES: Final = _more_authorities(_THREAT_RULES_WRITTEN)

DEMAND_RULES: Final = (
    (
        "refund",
        _c(
            r"\b(?:full )?refund(?:ed|ing)?\b(?! polic)(?! rules)(?! terms)|\bmoney back\b|"
            r"\breimburs\w+|\bpay (?:me )?back\b|\breturn (?:of )?my money\b|\brefunded\b|"
            r"\b(?:full |whole |total )?amount back\b|\bevery (?:penny|cent|pound|dollar|euro)\b|"
            r"\bmy money (?:returned|refunded)\b"
        ),
    ),
    (
        "replacement",
        _c(
            r"\breplac(?:e|ement|ing)\b|\breship\w*|\bre-?send\w*|\bsend (?:me )?"
            r"(?:a |another |the (?:right|correct) |a new |out a new |the missing |"
            r"it again|them again|one that)|\bexchange (?:it|this|for)\b|\bnew one\b|"
            r"\bsend (?:the )?(?:right|correct) (?:one|item|size|colou?r)\b|\bswap (?:it|this|"
            r"them|the \w+)\b"
        ),
    ),
    (
        "compensation",
        _c(
            r"\bcompensat\w+|\bdiscount\b|\bvoucher\b|\bcoupon\b|\bgoodwill\b|"
            r"\bstore credit\b|\bcredit (?:note|on my account)\b|\bpartial refund\b|"
            r"\bsomething for (?:the|my) (?:trouble|inconvenience)\b|\bfree (?:shipping|"
            r"postage|delivery|gift|item|upgrade)\b|\bmoney off\b|\b\d+ ?% off\b|"
            r"\bmake (?:it|this) up to me\b|\bgesture\b|\bmake up for\b|\bgift (?:card|voucher)\b|"
            r"\b(?:deserve|owed|entitled to) (?:something|some \w+)\b|\bsomething (?:extra |back )?"
            r"for (?:the|my) (?:hassle|trouble|inconvenience|time)\b"
        ),
    ),
    (
        "cancel",
        _c(
            r"\bcancel(?:l?ed|l?ing|lation)?\b(?! fee)|\b(?:stop|scrap|call off|kill|void|"
            r"withdraw|halt|abort) (?:the|my|this|that) (?:whole )?order\b"
        ),
    ),
    (
        "expedite",
        _c(
            r"\bexpedit\w+|\bexpress (?:shipping|delivery|post)\b|\bnext[- ]day\b|"
            r"\basap\b|\burgent(?:ly)?\b|\brush (?:it|this|my order|the)\b|\bhurry\b|"
            r"\bspeed (?:it|this|things) up\b|\bovernight\b|\b(?:ship|send|post|dispatch) "
            r"(?:it|this|my order|them)? ?(?:today|now|immediately|right away|tomorrow|"
            r"straight away|first thing)\b|\bneed (?:it|this|them) by\b|\bpriority "
            r"(?:shipping|delivery)\b|\b(?:send|ship|post|deliver)\w* (?:it |them |this )?"
            r"(?:express|priority|first class|special delivery)\b|\b(?:get|send|ship|deliver)\w* "
            r"(?:it|them|this|my order)(?: to me)? (?:quicker|faster|sooner)\b|\bgo out (?:first "
            r"thing|today|tonight|tomorrow morning)\b"
        ),
    ),
    (
        "manager",
        _c(
            r"\b(?:manager|supervisor|your boss|the owner|someone in charge|someone senior|"
            r"higher up|escalat\w+|a (?:real|actual) (?:person|human)|a human|the person in "
            r"charge|head of|senior (?:staff|member)|speak to someone|talk to someone|whoever is "
            r"in charge|management)\b"
        ),
    ),
    (
        "refund",
        _c(
            r"\b(?:come|go|be paid|be sent|be put) back (?:to me|onto my card|on my card|into my "
            r"account)\b|\bpay (?:it |(?:the|my) (?:whole |full )?(?:lot|amount|money) )back\b"
        ),
    ),
    (
        "replacement",
        _c(
            r"\b(?:send|post|ship)\w* (?:me )?(?:another|a new|a fresh|a replacement)\b|\b(?:fresh|"
            r"replacement) one\b|\bmake (?:it|another|a new one) again\b"
        ),
    ),
    (
        "compensation",
        _c(
            r"\b(?:a bit|something|some money|\d+ ?%) off (?:the price|the total|my next)\b|"
            r"\bcredit for\b|\bthrow in\b|\bsomething (?:for )?free\b"
        ),
    ),
    (
        "expedite",
        _c(
            r"\bspeed (?:up )?(?:the |my )?(?:delivery|shipping|order|postage)\b|\b(?:send|ship|"
            r"post|dispatch)\w* (?:it |them |this )?(?:quickly|fast|faster|quicker|sooner)\b|\bget "
            r"(?:it|this|them|my order) out (?:today|tonight|now|tomorrow)\b"
        ),
    ),
    ("manager", _c(r"\b(?:someone|somebody|anyone) (?:more )?senior\b|\bmore senior\b")),
)

ISSUE_RULES: Final = (
    (
        "not_received",
        _c(
            r"\b(?:never|still|not yet|has ?n'?t|have ?n'?t|didn'?t|did not|has not|"
            r"have not|never been|not been|yet to be|nothing has)(?: \w+){0,2} "
            r"(?:arrived|received|got(?:ten)?|come|turned up|shown up|been delivered|"
            r"delivered|showed up|reached me)\b|\bwhere(?: is|'s|s| the hell is| tf is)"
            r" my (?:order|parcel|package|item|stuff|delivery|\w+)\b|\bno sign of\b|"
            r"\blost in (?:the )?(?:post|mail|transit)\b|\b(?:marked|says|shows|showing)"
            r" (?:as )?delivered\b|\bnever (?:came|arrived|showed)\b|\bnot received\b|"
            r"\bnothing (?:has )?(?:arrived|come)\b|\bgone missing\b|\bnever got\b"
        ),
    ),
    (
        "late",
        _c(
            r"\b(?:late|delay(?:ed|s)?|overdue|taking (?:so |too |forever|ages)|still waiting|"
            r"been waiting|waiting (?:for|since)|should have (?:arrived|been here|come)|was "
            r"(?:supposed|meant|due) to (?:arrive|be here|come)|past the (?:delivery|estimated|"
            r"expected) date|weeks? (?:now|already|later)|(?:eta|delivery date|estimated "
            r"delivery)\b[^.!?\n]{0,20}(?:passed|gone|missed)|how (?:much )?long)\b"
        ),
    ),
    (
        "damaged",
        _c(
            r"\b(?:damaged|broken|broke|smashed|cracked|crushed|shattered|dented|torn|"
            r"ripped|leak(?:ed|ing|s)|scratched|snapped|bent|in pieces|doesn'?t work|"
            r"does not work|stopped working|not working|faulty|defective|dead on arrival|"
            r"won'?t (?:turn|switch|power) on|chipped|stained|mouldy|moldy|soaked|wet)\b"
        ),
    ),
    (
        "wrong_item",
        _c(
            r"\bwrong (?:item|size|colou?r|product|model|thing|one|order|book|version|"
            r"parcel|package|style|shade|flavou?r)\b|\b(?:not|isn'?t|wasn'?t|is not|was "
            r"not) what i (?:ordered|bought|paid for|asked for)\b|\b(?:sent|received|got|"
            r"delivered) (?:me )?(?:the |a |an )?(?:wrong|someone else'?s|different)\b|"
            r"\binstead of (?:the|my|a|an)\b|\bi ordered (?:a|an|the) \w+(?: \w+)?,? "
            r"(?:but|and) (?:got|received)\b"
        ),
    ),
    (
        "missing_item",
        _c(
            r"\bmissing\b|\b(?:only|just) (?:got|received|came with|had) (?:one|two|"
            r"three|\d+|half|part)\b|\b(?:wasn'?t|was not|weren'?t|were not|not|isn'?t)"
            r" (?:in|included|inside|in the box|in the parcel)\b|\bincomplete\b|\bhalf "
            r"(?:of )?(?:my|the) order\b|\bleft out\b|\bforgot to (?:include|pack|put)\b"
        ),
    ),
    (
        "not_as_described",
        _c(
            r"\bnot as (?:described|advertised|pictured|shown|listed)\b|"
            r"\bnothing like (?:the )?(?:photos?|pictures?|pics?|description|"
            r"listing|advert|ad|website)\b|\b(?:cheap|poor|bad|terrible|awful|"
            r"shoddy|flimsy) (?:quality|material|fabric|plastic)\b|\b(?:fake|"
            r"counterfeit|knock-?off|misleading|replica)\b|\bnot (?:genuine|"
            r"authentic|real leather|real)\b|\bdoesn'?t (?:match|look like) the "
            r"(?:description|photos?|pictures?|listing)\b|\b(?:much |way )?"
            r"(?:smaller|bigger|thinner|cheaper|lighter) than (?:shown|advertised|"
            r"described|pictured|the photos?)\b"
        ),
    ),
    (
        "billing",
        _c(
            r"\bcharged (?:me )?(?:twice|double|two times|three times|again|the wrong|too "
            r"much|more|extra|full price)\b|\bdouble[- ]charged\b|\bovercharged\b|\b(?:wrong|"
            r"extra|unexpected|hidden|duplicate|unauthori[sz]ed) (?:charge|fee|amount|"
            r"payment|transaction)s?\b|\binvoice\b|\bvat\b|\breceipt\b|\b(?:payment|money) "
            r"(?:went|was taken|taken|came) out twice\b|\btaken (?:my )?money twice\b|"
            r"\b(?:discount|promo|coupon|voucher) (?:code )?(?:wasn'?t|was not|didn'?t|did "
            r"not|not) (?:applied|apply|work)\b|\bpaid twice\b|\bbilled\b"
        ),
    ),
    (
        "return",
        _c(
            r"\breturn(?:ing|ed|s)?\b(?! of my money)|\bsend (?:it|this|them) back\b|"
            r"\breturn label\b|\brma\b|\bexchange\b"
        ),
    ),
    (
        "no_reply",
        _c(
            r"\bno (?:reply|response|answer|replies|word|one (?:answers|replies|responds|"
            r"gets back))\b|\b(?:haven'?t|have not|hasn'?t|has not|never|didn'?t|did not|"
            r"nobody|no one|no-one|not once)(?: ever| even| yet)? (?:replied|responded|"
            r"answered|got back|heard back|get back|heard anything|heard from)\b|"
            r"\bignor(?:ed|ing) (?:me|my)\b|\b(?:emailed|messaged|written to|wrote to|"
            r"contacted|called|rang) (?:you )?(?:\d+|two|three|four|five|six|several|many|"
            r"multiple|countless|so many) times\b|\bstill no (?:reply|response|word|answer|"
            r"update)\b|\bradio silence\b|\b(?:third|fourth|fifth|\d+(?:st|nd|rd|th)) "
            r"(?:email|message|time i)\b|\bis anyone (?:there|reading)\b"
        ),
    ),
)

# Negation by the writer of their own intent: "I won't sue", "I don't want a refund".
_NEGATED_RE: Final = _c(
    r"(?:\b(?:i|we)(?:'m| am| are|'re|'d| would| will|'ll| do| did| have)?(?: really| certainly|"
    r" definitely)? (?:not|never|n't|no longer|don't|dont|do not|won't|wont|will not|wouldn't|wouldnt|would not|"
    r"didn't|did not|have no (?:intention|plans?|wish|desire)|am not)\b(?! (?:recogni[sz]e|authori[sz]e|hesitate))[^.!?,;\n]{0,30}|"
    r"\bno need (?:for|to)\b[^.!?,;\n]{0,15}|\bnot (?:asking|looking) for\b[^.!?,;\n]{0,15}|"
    r"\bwithout\b[^.!?,;\n]{0,15}|\bthanks? (?:you )?(?:so much )?for (?:the|my|your)\b"
    r"[^.!?,;\n]{0,12}|\b(?:received|got) (?:the|my)\b(?! (?:paypal|klarna|clearpay|bank|banking|card|amex|visa) )"
    r"[^.!?,;\n]{0,8})$"
)
# Sixth revision: chat forms and more denials ("im not", "ive no interest in"), "not one / the type
# to", a step undone or taken by mistake (searched together with ``_NEGATED_RE``: _NEGATED_ALL_RE).
_NEGATED_CHAT_RE: Final = re.compile(
    r"\b(?:i|we|im|ive|id)(?:'m| am| are|'re|'d| would| will|'ll| do| did| have|'ve)?(?: really| certainly|"
    r" definitely| honestly| just)? (?:not|never|n't|no longer|don't|dont|do not|won't|wont|will not|wouldn't|"
    r"wouldnt|would not|didn't|did not|have no (?:intention|plans?|wish|desire)|no (?:intention|plans?|wish|"
    r"desire|interest|need)|am not|haven't|havent|have not|hadn't|rather not|prefer not to|shan'?t|shall not)\b"
    # Round 10 (dev25): "a transaction I don't recognise", "I never authorised it": the purchase denied.
    # Round 12 (dev37): "I will not hesitate to ...", a denial that presses.
    r"(?! (?:recogni[sz]e|authori[sz]e|hesitate))[^.!?,;\n]{0,30}$"
)
_NEGATED_TYPE_RE: Final = re.compile(
    r"(?:\bnot (?:one|the (?:type|sort|kind)|someone|a person|planning|going|about)(?: \w+)? to\b|"
    # Round 12 (dev37): "I'm not one of those people who runs to a lawyer over everything".
    r"\bnot (?:one of those|the kind of|the sort of|the type of) (?:\w+ ){0,2}(?:who|that)\b|\bnot (?:trying|"
    r"looking|wanting|aiming|out) to (?!be |sound |cause )|\bnot gonna\b"
    r"(?! lie)|\bnever would (?:i|we)\b)[^.!?,;\n]{0,20}$"
)
_UNDONE_RE: Final = re.compile(
    r"\b(?:withdr[ae]wn?|cancell?ed|closed|dropped|retracted|called off|accidentally|by mistake|mistakenly|"
    # Round 12 (dev37): "I close the dispute in PayPal, so is all okay now".
    r"(?<=i )close|(?<=we )close|(?<=i'll )close|(?<=i will )close)\b"
    # Round 9 (dev22): an account or subscription closed is no step undone ("the charge you took
    # after I closed my account is now disputed").
    r"(?! (?:my|the|our|his|her) (?:\w+ )?(?:account|subscription|membership|plan|card|order)\b)"
    # Round 10 (dev25): nor one the step follows from ("a sub I cancelled, so the bank can take it back").
    r"(?:(?! (?:so|but|yet|because|cos|and (?:you|u|ur|your|still)) )[^.!?,;\n]){0,20}$"
)


_NEG_INTENT_OVERRIDE: Final = _c(
    r"\b(?:don'?t make me|do not make me|unless|if (?:i|you) (?:don'?t|do not)|or (?:else|i))\b|"
    r"\b(?:not|n'?t) (?:like to |care to |want to )?say what (?:i|we)\b|\bbut (?:i|we) (?:might|may|will|'ll|shall|could)"
    r"(?: have to| need to| be forced to)?\b|"
    # Round 10: the rhetorical "why would I not ...", "why shouldn't I ..."
    r"\bwhy (?:would|should|wouldn'?t|shouldn'?t) (?:i|we)\b"
)


_PRAISE_RE: Final = re.compile(
    r"\b(?:love[sd]?|loving|lovely|gorgeous|beautiful|amazing|brilliant|excited|great|fantastic|"
    r"wonderful|recommend\w*|happy|pleased|delighted|stunning|perfect|glowing|positive|(?:5|five)[- ]?stars?|addictive|addicted|obsessed|hooked|"
    r"favou?rite|excellent|superb|impressed|thrilled|helpful|how good|(?:all )?wants? one|more orders|order again|buy again|"
    r"nice one|happy one|(?<!\byour )(?<!\bur )(?<!\bthe )(?<!\bmy )(?<!\ba )(?<!\byer )boss|full stars|god bless|slay|hope (?:that'?s|it'?s) (?:ok|okay|alright|all right|fine)|"
    # Round 9, precision pass: "hope it helps your little shop", "in a good way", "it looks class",
    # "cheers for everything", "would it help your business", "how good you've been", "people were
    # asking" (a recommendation).
    r"hope (?:it|this|that) helps|(?<!not )in a (?:good|nice|positive) way|looks? (?:class|mint|gorgeous|lush)|"
    r"(?:cheers|thanks|thank (?:you|u)|thx|ta) (?:for|4) (?:everything|everythin|the (?:quick|fast|speedy) \w+)|"
    r"helps? (?:your|ur) (?:\w+ )?(?:business|shop)|good (?:you|u)(?:'ve|ve| have| are| r| were) been|"
    r"(?:people|folk|everyone|they) (?:were|was|are|kept|keep) asking|"
    # Round 11 (dev28): "saying how quickly it came", "edited it to say how well you dealt with
    # it", "so many people asked where it was from".
    r"how (?:quick(?:ly)?|fast|well|nicely|carefully|beautifully) (?:\w+ ){0,3}?(?:came|arrived|"
    r"dealt|sorted|handled|packed|made|done|was|were|you|u)|(?:people|folk|everyone|friends) (?:have )?"
    r"(?:asked|wanted to know) (?:where|about|for)|"
    # Round 12 (dev37): "everyone went mad for it, expect orders", "I hope this brings you some
    # custom", "my friends like it very much".
    r"went (?:mad|wild|crazy|nuts) (?:for|over) (?:it|them|this|these|your|ur)|expect (?:(?:some|more|lots of|a few|loads of) )?"
    r"orders|hope (?:it|this|that) brings (?:you|u)|like (?:it|them) (?:very|so) much|"
    # Round 10 (dev26): eagerness with nothing to wait for named ("keeping an eye out for your van
    # on Friday, can't wait!"), not "can't wait to see your face".
    r"(?:can'?t|cant|cannot) wait(?=\s*(?:[!.]|$|\W+$)))\b"
)
# Praise inside the hit itself ("posted a lovely review on Facebook"); not "love" or "great",
# which a threat holds ("my followers will love this", "this would make a great TikTok").
_PRAISE_IN_HIT_RE: Final = re.compile(
    r"\b(?:lovely|glowing|positive|gorgeous|beautiful|amazing|brilliant|fantastic|wonderful|stunning|"
    r"(?:5|five)[- ]?stars?|(?:nice|boss) (?:review|feedback))\b"
)
# (Round 10: narrowing "1" to a lone "1" left one dev26 innocent use clean and lost four review
# threats of dev24, a validation set; not taken.)
_COMPLAINT_RE: Final = re.compile(
    r"\b(?:scam\w*|avoid|never|worst|terrible|awful|disgrace\w*|rip-?off|useless|shocking|joke|warn\w*|"
    r"(?:not|won'?t be|wont be|will not be|isn'?t|ain'?t) (?:a |an |so |very |too )?(?:nice|good|kind|"
    r"positive|glowing|happy)|poor|bad|negative|nightmare|rubbish|appalling|shit\w*|crap\w*|thie\w+|fraud\w*|treated|one[- ]star|won'?t last|wrong reasons)\b|[1\u2605*]"
)


# Complaint words inside a hit: not "warn", which a playful warning holds ("I'm warning everyone
# that these candles are addictive").
_COMPLAINT_IN_HIT_RE: Final = re.compile(_COMPLAINT_RE.pattern.replace("warn\\w*|", ""))


def praising(text: str, start: int, end: int) -> bool:
    """True when the sentence around a review hit praises ("I'll post it on Instagram, it's
    gorgeous"): sharing good news is not a threat. The hit's own words are left out, so "my
    followers will love this story" still counts."""
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    rights = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    right = min(rights) if rights else len(text)
    rest = text[left:start] + " " + text[end:right]
    praise = _PRAISE_RE.search(rest) or _PRAISE_IN_HIT_RE.search(text, start, end)
    if not praise:
        return False
    return not (
        _COMPLAINT_RE.search(rest)
        or _COMPLAINT_IN_HIT_RE.search(text, start, end)
        or _DOWNGRADE_RE.search(text, start, end)
    )


# Round 12 (dev37): five stars to be taken back ("changing my five stars to one", "left a five-star
# review ... I will be amending it"): no praise.
_DOWNGRADE_RE: Final = re.compile(
    r"\bto (?:a |an )?(?:one|1|zero|0)\b|\b(?:amend|edit|chang|updat|lower|drop|knock)\w* (?:it|that|them)\b"
)


# Round 11 (dev28, review): words of a review that make no threat, read by ``review_innocent``
# for a rule's review hit and a sentence only the review sentence head found. A pitch to the
# seller in the text (a collaboration, a giveaway, a feature or a show to come on) with no
# condition on it; in the hit's sentence, the seller found through a video or a post, something
# of the seller's that went viral, a review someone else wrote or the writer read, a rating given
# to the courier or the carrier, the seller asked whether they post somewhere, and "I've been
# telling everyone" with no complaint beside it.
_PITCH_RE: Final = re.compile(
    r"\b(?:collab|collabs|collaborat\w*|giveaway|partnership|sponsor\w*|pr (?:package|box)|would "
    r"(?:you|u) (?:be interested|like to (?:come on|be (?:featured|included)|take part|join))|if "
    r"(?:you|u)(?:'d| would|d) like to be (?:featured|included))\b"
)
_PITCH_CONDITION_RE: Final = re.compile(
    r"\b(?:unless|or else|otherwise|refund\w*|if (?:you|u) (?:don'?t|dont|do not|won'?t))\b"
)
_REVIEW_INNOCENT_RE: Final = re.compile(
    r"\b(?:heard (?:of|about)|found|discovered|came across|saw|seen) (?:you|u|your \w+|ur \w+) "
    r"(?:on|from|through|via|in)\b|"
    r"\b(?:went|gone|has gone|'s gone|was|were|been) (?:\w+ )?viral\b|\b(?:was|were|been) in a viral\b|"
    r"\b(?:saw|seen|watched) (?:\w+ ){1,3}go viral\b|"
    r"\b(?:read|saw|seen|watched) (?:a |an |the |some |this |that )?(?:\w+ )?(?:review|video)s? (?:of|about|on) "
    r"(?!(?:you|u|your|ur)\b)|"
    r"\b(?:a|the|one|some) (?:\w+ ){0,2}(?:blog|magazine|site|website|paper|reviewer|youtuber|channel|"
    r"podcast|show) (?:reviewed|rated|gave)\b|"
    r"\b(?:someone|somebody|a customer|another customer|a competitor|a troll|a bot)(?: has| have|'s|s)?"
    r"(?: just)? (?:left|posted|written|wrote|put up|given|gave)\b|"
    r"\b(?:gave|give|giving|left|leave|leaving|rated|rate|rating)\b (?:the )?(?:courier|driver|delivery "
    r"(?:driver|company|firm|guy|man)|postman|postie|fedex|ups|dpd|dhl|evri|hermes|royal mail|usps|"
    r"parcelforce|yodel|post office)\b|\b(?:for|to|on) (?:the |their )(?:courier|driver|delivery (?:driver|"
    r"company|firm|guy|man)|postman|postie)\b|\bon their app\b"
)
_OWN_VIRAL_RE: Final = re.compile(
    r"my (?:last|previous|latest) (?:post|video|vid|tiktok|thread|review)s? "
)
_SELLER_ASKED_RE: Final = re.compile(
    r"(?:^|[.!?\n,] ?)(?:(?:hi|hey|hello|hiya)[,!]* )?(?:do|does|did|will|can|could|would|are|is) "
    r"(?:you|u|ya|you guys|your \w+|ur \w+) $"
)
# ...but not when the writer's own step lies ahead in the sentence ("found your business on
# Google Maps, going to leave my honest opinion there").
WRITER_AHEAD_RE: Final = re.compile(
    r"\b(?:going to|gonna|i'?ll|ill|i will|i shall|we'?ll|we will|about to)\b"
)
_TELLING_ALREADY_RE: Final = re.compile(
    r"\b(?:i'?ve|ive|i have|we'?ve|we have) been (?:telling|showing|recommending|raving)\b"
)


# Round 11 (dev33, precision): the writer's own writing trade named in the hit's sentence ("I write
# the book reviews for our local paper", "I'm a journalist writing a piece on postage", "I run a
# newsletter, about 900 readers"), with no one of the seller's, no step ahead in that sentence and no
# complaint anywhere in the text; a warning the writer suggests the seller put on their own site
# ("you might want to put a warning on your site"); and praise in the sentence straight after a
# hit that ends its sentence ("telling everyone about you. The jam is so good."). Costs: a threat
# put as the writer's trade alone ("I'm a journalist.") with no "you" and no complaint is missed.
_OWN_WRITING_RE: Final = re.compile(
    r"\b(?:(?:i'm|im|i am|i work as) (?:a |an )(?:\w+ )?(?:journalist|reporter|writer|blogger|reviewer|"
    r"editor|columnist|critic)|i (?:write|edit|run|do) (?:the |a |an |my |our )?(?:\w+ ){0,2}(?:reviews?|"
    r"newsletter|blog|column|magazine|zine|podcast)s?)\b"
)
_OWN_SITE_WARNING_RE: Final = re.compile(
    r"\b(?:you|u)(?: guys| lot)? (?:may|might|should|could|would)(?: (?:want|wish|like|need) to| wanna)? $"
)
_ON_OWN_SITE_RE: Final = re.compile(
    r" (?:your|ur) (?:own )?(?:site|website|page|homepage|socials|app)\b"
)
# ...and the writer warning of their own fussiness ("fair warning, I'm going to be a pain about
# colours").
_OWN_FUSS_RE: Final = re.compile(
    r"\bwarn\w*(?: (?:you|u))?,? (?:that )?(?:i'?m|im|i am|i can be|i'?ll be|i will be)(?: (?:going to|gonna) be)? "
    r"(?:a (?:bit of a |real |total |right )?(?:pain|fusspot|faff)|(?:very |so |really |a bit )?(?:fussy|picky|"
    r"indecisive|chatty|annoying|particular))\b"
)
_FUSS_WHERE_RE: Final = re.compile(
    r"\b(?:reviews?|rating|ratings|stars?|trustpilot|google|tiktok|online|posts?|posting|public\w*)\b"
)
_GOOD_RE: Final = re.compile(
    r"\b(?:(?:is|are|was|were|'s|s|r) (?:so |ridiculously |really |very |incredibly |insanely |seriously "
    r")?good|(?:a )?good one|(?:few|some|lots|loads|many|all|both|most) of (?:them|us|my \w+) (?:are |r |is )?"
    r"(?:going to|gonna|will|want to|keen to) (?:order|buy))\b"
)


# (A negation in either sentence ends it: "make a great tiktok, wouldn't it / the candle wasn't
# in the parcel - posted a lovely review" is a training-split review threat.)
_NOT_RE: Final = re.compile(r"n'?t\b|\b(?:not|no|never|nothing|missing)\b")


def _praised_next(text: str, start: int, end: int) -> bool:
    """True when the hit's sentence ends with the hit (or five words more) and the next sentence
    praises with no complaint in either."""
    left, right = _sentence(text, start, end)
    if len(text[end:right].split()) > 5 or right >= len(text):
        return False
    # Round 12 (dev37): past a run of marks ("on my insta story!! my mates are obsessed").
    nxt_start = right + 1
    while nxt_start < len(text) and text[nxt_start] in ".!?":
        nxt_start += 1
    after = _sentence(text, nxt_start, nxt_start)
    nxt = text[after[0] : after[1]]
    return bool(_PRAISE_RE.search(nxt) or _GOOD_RE.search(nxt)) and not (
        _COMPLAINT_RE.search(nxt)
        or _COMPLAINT_RE.search(text, left, right)
        or _NOT_RE.search(nxt)
        or _NOT_RE.search(text, left, right)
    )


# Round 12 (dev40, second pass): a post shared or a tag asked for with the seller's handle, or
# its warm reception ("what's your insta? want to tag you", "so I can tag you", "many people like
# it", "it was warmly received"): publicity, not a review threat, when the text holds no complaint.
_HAS_TAG_KEY: Final = _any_of((" tag ", "people", "received", "went down"))
_TAG_ASK_RE: Final = re.compile(
    r"\b(?:want|wanna|so i can|so i could|so we can|love|like|id like|i'd like) (?:to )?tag (?:you|u|ya)\b|"
    r"\b(?:many|lots of|loads of|a lot of|so many) (?:people|of them|folk) (?:like|liked|love|loved|want|wanted|"
    r"asked|ask)\b|\bwarmly received\b|\bwent down (?:a storm|really well|so well)\b"
)


def review_innocent(text: str, start: int, end: int) -> bool:
    """True when a review hit (or a sentence the review head alone found, ``start`` to ``end``)
    is a pitch, a find, another's review or a courier's rating (``_REVIEW_INNOCENT_RE``), the
    writer's own writing trade, a warning for the seller's own site or praised in the next
    sentence (round 11, dev33)."""
    if _PITCH_RE.search(text) and not _PITCH_CONDITION_RE.search(text):
        return True
    if _HAS_TAG_KEY(text) and _TAG_ASK_RE.search(text) and not _COMPLAINT_RE.search(text):
        return True
    # Round 13 (dev51): the writer's own last post about a shop that went viral is a boast that
    # presses, not something of the seller's that went viral.
    if _OWN_VIRAL_RE.match(text, start):
        return False
    if "all over" in text[start:end] and _OWN_PAGE_RE.match(text, end):
        return True
    left, right = _sentence(text, start, end)
    sentence = text[left:right]
    if (
        _OWN_WRITING_RE.search(sentence)
        and not _SECOND_PERSON_RE.search(sentence)
        and not WRITER_AHEAD_RE.search(sentence)
        and not _COMPLAINT_RE.search(text)
    ):
        return True
    if _OWN_SITE_WARNING_RE.search(text[max(left, start - 30) : start]) and _ON_OWN_SITE_RE.match(
        text, end
    ):
        return True
    if _praised_next(text, start, end):
        return True
    # "it's a good one", "a few of them are going to order" beside the hit (review only: in
    # ``praising`` it would reach every head's sentences through ``analyze._no_intent``)
    rest = text[left:start] + " " + text[end:right]
    if _GOOD_RE.search(rest) and not (
        _COMPLAINT_RE.search(rest) or _COMPLAINT_IN_HIT_RE.search(text, start, end)
    ):
        return True
    fuss = _OWN_FUSS_RE.search(text, left, right)
    if fuss:
        around = _sentence(text, fuss.start(), fuss.end())
        if not (_COMPLAINT_IN_HIT_RE.search(text, *around) or _FUSS_WHERE_RE.search(text, *around)):
            return True
    if (
        _REVIEW_INNOCENT_RE.search(sentence)
        and not _COMPLAINT_IN_HIT_RE.search(text, left, start)
        and not WRITER_AHEAD_RE.search(sentence)
    ):
        return True
    before = text[max(left, start - 40) : start]
    if _SELLER_ASKED_RE.search(before) and "?" in text[end : right + 1]:
        return True
    return bool(_TELLING_ALREADY_RE.search(sentence)) and not _COMPLAINT_RE.search(sentence)


# Only for threats: the writer asking whether to take a step ("should I open a case with eBay?")
# or passing on someone else's advice ("my friend said do a chargeback") states no intent. (Not
# for demands: "can I get a refund?" is one.)
_ASKED_RE: Final = _c(
    r"(?:\b(?:do|should|shall|must) (?:i|we)\b[^.!?,;\n]{0,25}|\b(?:friend|someone|somebody|people|"
    r"they|he|she|mum|dad|husband|wife|partner|everyone) (?:said|says|told me|suggested|advised|"
    r"recommended)\b(?! (?:(?:he|she|they)(?:'s|s| is| are|'re|re| will|'ll|ll|'d|d| would| was going to| were going to| was gonna| were gonna)|hes|shes|theyre)\b)"
    r"[^.!?,;\n]{0,15})$"
)
# Every match of ``_ASKED_RE`` holds one of these; most windows hold none (test_ruleset.py).
ASKED_KEYS: Final = (
    "do i", "do we", "should i", "should we", "shall i", "shall we", "must i", "must we", "said",
    "says", "told me", "suggested", "advised", "recommended",
)  # fmt: skip
_HAS_ASKED_KEY: Final = _any_of(ASKED_KEYS)
# Sixth revision: "can/could/may I …", "what does a … involve?", a question opening on the word,
# "my bank asked if I wanted to", asking for help with the step ("I need help filing …"); each
# searched only when the window holds one of its key words.
_ASKED_MORE_RE: Final = re.compile(
    r"(?:\b(?:can|could|may) (?:i|we)\b[^.!?,;\n]{0,25}|\b(?:what|how) (?:does|do|is|are) (?:a|an)\b"
    r"[^.!?,;\n]{0,5}|(?:^|[.!?,;\n] ?)(?:does|do|is|are) (?:a|an|the) |\b(?:but|so) (?:does|is) (?:a|an|the) |\basked (?:me )?(?:if|whether) "
    r"(?:i|we)\b[^.!?,;\n]{0,25}|"
    # Round 9, precision pass: "what is section 75?", "is a bank dispute the same as a chargeback?"
    r"(?:^|[.!?,;\n] ?)(?:what(?:'s| is|s| are)|wats|wat is) (?:a |an )?|\bthe same (?:thing )?as (?:a |an )?|"
    r"\bdifferent (?:from|to|than) (?:a |an )?)$"
)
_HAS_ASKED_MORE_KEY: Final = _any_of(
    (
        "can i",
        "can we",
        "could i",
        "could we",
        "may i",
        "may we",
        "what",
        "wat ",
        "wats",
        "how ",
        "asked",
        "same",
        "different",
    )
)
_HAS_ASKED_TAIL_KEY: Final = _any_of(("does ", "do ", "is ", "are "))
_HELP_RE: Final = re.compile(
    r"\b(?:need|needs|want|wants|would like) (?:some )?help\b[^.!?,;\n]{0,30}$"
)
# Sixth revision: advice passed on by anyone named, a few words before its verb ("my sister said
# to do a chargeback", "everyone on the forum says to go to trading standards", "my dad wanted me
# to ring the bank").
_HAS_ADVICE_VERB: Final = _any_of(
    (
        " said",
        " says",
        " told me",
        " suggest",
        " advise",
        " recommend",
        " wants me",
        " wanted me",
        " telling me",
        " saying",
        " tells me",
        " tell me",
        " think",
        " reckon",
    )
)
_ADVICE_RE: Final = re.compile(
    r"\b(?:friend|someone|somebody|people|they|he|she|mum|dad|husband|wife|partner|everyone|sister|brother|"
    r"son|daughter|neighbour|colleague|mate|mates|nan|gran|family|forum|group|internet|reddit|mumsnet|tiktok|"
    r"video|youtube|article|gf|bf|girlfriend|boyfriend|roommate|flatmate)"
    r"(?: \w+){0,4} (?:said|says|told me|tells me|tell me|suggested|advised|recommended|wanted me|wants me|"
    r"keeps? telling me|"
    r"keeps? saying|(?:thinks|think|reckons|reckon|feels) (?:i|we) (?:should|ought to|need to|must))\b(?! (?:(?:he|she|they)(?:'s|s| is| are|'re|re| will|'ll|ll|'d|d| would| was going to| were going to| was gonna| were gonna)|hes|shes|theyre)\b)"
    r"[^.!?,;\n]{0,15}$"
)
THREAT_LABELS: Final = frozenset(label for label, _ in THREAT_RULES)


# Sixth revision: a legal word naming the writer's or someone's trade, a gift or a place of work
# ("I'm a solicitor", "I work at a law firm", "a retirement gift for a judge", "my lawyer friend
# recommended you", "I'm in court for work"), and a step taken against another shop in the past
# ("last year I had to take another shop to small claims").
_TRADE_LEFT_RE: Final = re.compile(
    r"(?:\b(?:i'm|im|i am|i was|as|she's|shes|he's|hes|she is|he is|wife's|husband's|dad's|mum's|who's|"
    r"whos|become|becoming|train\w* (?:as|to be)) (?:a |an )(?:\w+ ){0,2}|\b(?:work|works|worked|working|"
    r"training|trainee|job) (?:at|for|in|as) (?:a |an |the |our )?(?:\w+ ){0,2}|\bbest |\b(?:gift|present|mug|prop|order\w*|buy\w*|bought|shopping|engrav\w*) for "
    r"(?:(?:a|my|our|the) (?:\w+ ){0,2})?|\bour (?:\w+ )?|\bspen[dt]s? (?:\w+ ){0,3}|\b(?:daughter|son|wife|"
    r"husband|mum|dad|mother|father|brother|sister|friend|partner|nan|gran|neighbour)'s |\bjury (?:service|duty) "
    r"(?:at|in) (?:the |a )?(?:\w+ )?|"
    # Round 9, precision pass: "for my office at the law firm", "my office, it's a solicitors in Galway"
    r"\b(?:office|desk|reception|colleagues?|workplace) (?:at|in) (?:the |a |our )?(?:\w+ ){0,2}|\boffice,? "
    r"(?:it'?s|its|it is|which is) (?:a |an )?(?:\w+ )?)$"
)
# Round 12 (dev37): the trade named with no article ("I am lawyer and I work long hours"); only
# when the hit is the trade's noun itself ("I'm filing at the tribunal" is a step, dev40).
_TRADE_BARE_RE: Final = re.compile(r"(?:^|[.!?,;\n] ?)(?:i'?m|im|i am|i work as|working as) $")
_TRADE_NOUN_RE: Final = re.compile(
    r"(?:solicitor|lawyer|barrister|attorney|paralegal|advocate|legal (?:secretary|executive))s?\b"
)
_TRADE_RIGHT_RE: Final = re.compile(
    r"(?:'s (?:gavel|wig|robe)|s? (?:friend|pal|mate|mug|gift|prop|costume|themed|party|gf|bf|girlfriend|"
    r"boyfriend|wife|husband|partner)|(?:'s)?(?: office| firm)?,? (?:where|in which) (?:i|my \w+|she|he|they|we) "
    r"(?:works?|is based)|s? (?:\w+ )?"
    r"(?:loved|recommended|liked|enjoyed|love|recommend)|s?,? (?:so|and) (?:i'm|im|i am|i'd|we) "
    r"(?:ordering|need|like|looking)| for (?:work|my job)|"
    # Round 9, precision pass: "the attorney I work for", "my solicitor's office is at the same address"
    r"s? (?:(?:who|that) )?(?:i|we) (?:work|worked) (?:for|with|at)\b|'s (?:office|firm|practice|chambers) "
    r"(?:is|are|was) (?:at|on|in|near|next|just|round|across|opposite|by)\b)"
)
_ELSEWHERE_RE: Final = re.compile(
    r"\b(?:by mistake|in error|accidentally|mistakenly)\b|"
    # Round 11 (dev28): "left a review on the wrong shop's page", "ordered from someone else
    # first, left them 1 star".
    r"\bthe wrong (?:shop|seller|page|listing|store|company|account)\b|\b(?:from|with|to|at) (?:someone|somewhere) else\b|\b(?:it's|it has|it's been|has been|have) "
    r"(?:now )?(?:withdrawn|closed|cancell?ed|dropped)\b(?! (?:at my end|through|via|by my|with my))|\b(?:another|a different|other|previous|that other|a former|the last) (?:shop|seller|company|store|business|"
    r"retailer|trader|firm|marketplace|site|website|platform)s?\b|\b(?:once|last (?:year|time|month)|years ago|in the past|before)\b[^.!?\n]{0,30}"
    r"\bhad to\b"
)
_OTHER_SHOP_RE: Final = re.compile(
    r"\b(?:with|against|on|from|at|to|for) (?:another|a different|other|previous|that other|a former|the last) "
    r"(?:shop|seller|company|store|business|retailer|trader|firm|marketplace|site|website|platform)s?\b"
)
_HAS_ELSEWHERE_KEY: Final = _any_of(
    (
        *(
            "had to",
            "mistak",
            "in error",
            "accidental",
            "withdrawn",
            "been closed",
            "s closed",
            "been cancel",
        ),
        *("been dropped", "s dropped", "ve closed", "s cancel"),
        *("wrong shop", "wrong seller", "wrong page", "wrong listing", "wrong store"),
        *("wrong company", "wrong account", "someone else", "somewhere else"),
        *(
            " a seller",
            " a shop",
            " a site",
            " a dodgy",
            " a website",
            " a company",
            " a store",
            " a trader",
        ),
        *(
            " some dodgy",
            " some random",
            " some sketchy",
            " some shady",
            " some site",
            " some website",
        ),
    )
)
_HAS_OTHER_KEY: Final = _any_of(
    (
        "another ",
        "other shop",
        "other seller",
        "other compan",
        "different ",
        "previous ",
        "former ",
        "last shop",
        "last seller",
        "last store",
        "other store",
    )
)
_HAS_TRADER_KEY: Final = _any_of(
    (
        "shop",
        "seller",
        "compan",
        "store",
        "business",
        "retailer",
        "trader",
        "firm",
        "marketplace",
        "site",
        "platform",
    )
)
_SECOND_PERSON_RE: Final = re.compile(
    r"\b(?:you|u|your|ur|ya|yours|this (?:shop|seller|company))\b"
)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(c, 0, start) for c in ".!?\n;") + 1
    rights = [i for i in (text.find(c, end) for c in ".!?\n;") if i >= 0]
    return left, min(rights) if rights else len(text)


def trade(text: str, start: int, end: int) -> bool:
    """True when a legal hit names a trade, a gift or a place of work, not a step."""
    window = text[max(0, start - 40) : start]
    if (
        _TRADE_LEFT_RE.search(window) is None
        and _TRADE_RIGHT_RE.match(text, end) is None
        and (_TRADE_BARE_RE.search(window) is None or _TRADE_NOUN_RE.match(text, start) is None)
    ):
        return False
    left, right = _sentence(text, start, end)
    if _INTENT_RE.search(text[left:start] + " " + text[end:right]) is not None:
        return False
    return " they" not in text[start:end]


# Round 11 (dev33, precision): legal words in a sentence about the writer's own legal life, not a
# step against the seller: their legal job or study ("I'm an usher at the county court", "I'm a
# solicitor and I'm in court most of Monday", "studying law", "my contract law exam", jury
# service), proceedings of another kind (a family or magistrates' court, a witness for someone, a
# speeding charge), a document or a house move ("power of attorney", "the solicitors on the other
# side", "solicitor says we get the keys friday"), or a claim against another party named by its
# trade ("a small claims case against my old landlord", "my mate is taking his garage to small
# claims"). Read by ``Guards.drop`` for a legal hit; never when the sentence names the seller
# outside a courtesy, in the third person, a grievance, a deadline or the writer's own step
# (``_INTENT_RE``, ``_LEGAL_TARGET_RE``). A sentence only the legal sentence head found
# (``analyze._errand``, ``strict``) is dropped only for legal study or jury service, with no
# second person at all: with the writer's legal job too, dev29 (validation) lost 4 legal threats.
# Costs: a threat from a lawyer naming none of that ("I'm a solicitor myself and this is going to
# small claims" is kept by "this is"); a claim against another party's trade that is a veiled
# threat is not caught here (the other shop's "ended up in small claims" was tried and dropped).
_LEGAL_STUDY_RE: Final = re.compile(
    r"\b(?:study|studying|studied|read|reading) law\b|\blaw (?:stud(?:y|ies)|student|school|degree|"
    r"exams?|lectures?|modules?|course|revision)\b|\b(?:contract|criminal|family|land|tort|company) law (?:exam|"
    r"module|essay|lecture|paper|revision)s?\b|\bjury (?:service|duty)\b"
)
_LEGAL_OWN_RE: Final = re.compile(
    _LEGAL_STUDY_RE.pattern + "|"
    # (Round 12, dev37: with no article too, "I am lawyer and I work long hours".)
    r"\b(?:i'?m|im|i am|i work as|i used to be) (?:(?:a |an )(?:\w+ ){0,2}?)?(?:solicitor|lawyer|barrister|"
    r"attorney|paralegal|usher|court clerk|legal secretary|judge|magistrate|law lecturer|"
    r"notary|conveyancer)s?\b|"
    r"\b(?:family|magistrates'?|crown|criminal|coroner'?s|traffic|youth|divorce|custody) courts?\b|\bjury "
    r"(?:service|duty)\b|\b(?:only|just|as|be|being) a witness (?:for|in|at)\b|\bspeeding\b|\b(?:divorce|custody)\b|"
    r"\b(?:lasting )?power of attorney\b|\b(?:house|home|flat) (?:move|purchase|sale|sold|buying|selling)\b|"
    r"\bconveyanc\w*|\bprobate\b|\b(?:get|getting|got|collect\w*|pick\w* up) the keys\b|\bon the other side\b|"
    r"\bagainst (?:my|his|her|their|our|a|an|the) (?:\w+ ){0,2}?(?:landlord|builder|garage|employer|boss|ex|"
    r"neighbour|council|insurer|tenant|letting agent|airline|mechanic|plumber|dealer|dealership)s?\b|"
    # (Round 12, dev40: a gift for a new lawyer, an order from a law firm: "engraved pen for a new
    # barrister", "law firm, twenty branded mugs", "our solicitors' practice would like to order".)
    r"\bfor (?:a|an) (?:new|newly qualified|trainee) (?:solicitor|lawyer|barrister|attorney)\b|"
    r"\b(?:law firm|law office|solicitors'? (?:practice|office|firm))\b(?=[^.!?\n]{0,60}\b(?:order|mugs?|pens?|"
    r"branded|gifts?|quot\w+)\b)|"
    r"\btak\w* (?:his|her|their|my|our) (?:\w+ ){0,2}?(?:landlord|builder|garage|employer|boss|ex|neighbour|council|"
    r"insurer|tenant|letting agent|airline|mechanic|plumber|dealer|dealership)s? to (?:small claims|court)\b"
)
# ...not when the sentence names the seller in the third person, a grievance or a deadline ("I'm
# a solicitor, the company has 14 days", "I know my rights", "this is going to small claims").
_LEGAL_TARGET_RE: Final = re.compile(
    r"\b(?:the|this|that|these) (?:\w+ )?(?:shop|seller|company|store|business|retailer|trader|firm|website|"
    r"site|sellers|people|lot)\b|\b(?:this|it) (?:is|'s|will|case|matter|goes|is going)\b|\b(?:they|them|their)\b|"
    r"\b\d+ (?:days|working days)\b|\bmy rights\b|\bliab\w+|\bbreach\w*|\bowe\w*|\bpay\b|\bmoney\b|"
    r"\brefund\w*|\bfaulty\b|\bnever (?:arrived|came)\b|"
    # the writer's own step or know-how ("I know how small claims works", "I'll see to it")
    r"\b(?:i|we) (?:know|knows|'ll|will|shall)\b|\b(?:i'll|ill|we'll)\b|\b(?:i|we)(?:'ve| have|ve)? (?:already )?"
    r"(?:started|filed|issued|sent|begun|drafted|lodged|submitted|made|got) (?:a |the |my )?(?:\w+ )?(?:claim|case|"
    r"form|papers|letter)|\bsee to it\b|\bpersonally\b"
)
# ...and the seller spoken to only in passing ("nothing to do with you").
_LEGAL_COURTESY_RE: Final = re.compile(
    r"\b(?:nothing to do with|not about|not aimed at|not against) (?:you|u|your \w+|ur \w+)\b"
)


def legal_innocent(text: str, start: int, end: int, *, strict: bool = False) -> bool:
    """True when the sentence around ``text[start:end]`` (a legal hit) tells of the writer's own
    legal life (``_LEGAL_OWN_RE``), names no one of the seller's outside a courtesy and holds no
    intent or target (``_LEGAL_TARGET_RE``). ``strict`` (a sentence only the legal sentence head
    found): legal study or jury service only, and no second person at all."""
    left, right = _sentence(text, start, end)
    if (_LEGAL_STUDY_RE if strict else _LEGAL_OWN_RE).search(text, left, right) is None:
        return False
    if _INTENT_RE.search(text, left, right) or _LEGAL_TARGET_RE.search(text, left, right):
        return False
    if strict:
        return _SECOND_PERSON_RE.search(text, left, right) is None
    sentence = _LEGAL_COURTESY_RE.sub(" ", text[left:right])
    return not _names_seller(sentence, 0, len(sentence))


# Round 12 (dev37, precision): for a sentence only the legal sentence head found, "in-law" as its
# only legal word ("my brother-in-law's a fitter"), and the writer's own legal job told to arrange
# a delivery ("I'm a solicitor, in court all week, please leave it with the neighbour").
_IN_LAW_RE: Final = re.compile(r"-in-law\b|\bin[- ]laws?\b")
_LEGAL_WORD_RE: Final = re.compile(
    r"\b(?:lawyers?|solicitors?|attorneys?|advocates?|barristers?|court|courts|sue|suing|sued|legal|legally|"
    r"claims?|tribunal|judge|litigation|lawsuit|contract|disputes?|letter)\b"
)
_DELIVERY_ASK_RE: Final = re.compile(
    r"\b(?:leave (?:it|the parcel|the package|parcel|package|them) (?:with|next door|at|in)|neighbour|"
    r"sign for|nobody (?:will be |'ll be )?(?:home|in)|no one (?:will be |'ll be )?(?:home|in)|office address|"
    r"(?:send|deliver|post)(?: it)? to my (?:office|work|chambers))\b"
)


def legal_errand(text: str, start: int, end: int) -> bool:
    """True when a sentence only the legal sentence head found holds "in-law" as its one legal
    word, or the writer's own legal job told to arrange a delivery (round 12, dev37)."""
    if _IN_LAW_RE.search(text, start, end) and not _LEGAL_WORD_RE.search(
        _IN_LAW_RE.sub(" ", text[start:end])
    ):
        return True
    return _DELIVERY_ASK_RE.search(text) is not None and legal_innocent(text, start, end)


# Round 12 (dev37, precision): words the seller is asked to engrave, print or write on an order: a
# threat's words in quotes there are the product's ("engrave 'see you in court' on the mug").
_WORDING_RE: Final = re.compile(
    r"\b(?:engrav\w*|inscri\w*|personali[sz]\w*|embroider\w*|monogram\w*|wording|printed|print on|"
    r"on the (?:mug|card|cake|sign|plaque|tag|label|front|back|lid))\b"
)
# (A quote opens after no letter and closes before none: the apostrophes of "isn't ... I'll" are
# no quotes, dev40.)
_QUOTED_RE: Final = re.compile(
    "(?<!\\w)['\"\u2018\u201c][^'\"\u2019\u201d\\n]{3,60}['\"\u2019\u201d](?!\\w)"
)


def quoted_wording_in(text: str, start: int, end: int) -> bool:
    """True when the sentence ``start`` to ``end`` holds words in quotes and the text asks for
    wording on an order."""
    # (a sentence's span ends at its last word: a closing quote just after it counts)
    found = _QUOTED_RE.search(text, start, min(len(text), end + 2))
    return found is not None and _WORDING_RE.search(text) is not None


# Round 12 (dev37, precision): the carrier asking the writer to report the parcel missing ("they've
# asked me to report it missing through their website"): a report of the parcel, not the seller.
_CARRIER_ASKED_RE: Final = re.compile(
    r"\b(?:asked|told|advised|want(?:ed|s)?|said) (?:me|us)(?: to| i should| we should| i need to) report (?:it|the "
    r"(?:parcel|package|item|delivery|order))(?: as)? (?:missing|lost|stolen|not (?:received|delivered|arrived))\b"
)


def carrier_asked(text: str, start: int, end: int) -> bool:
    """True when the sentence tells of the carrier asking for a report of the parcel."""
    left, right = _sentence(text, start, end)
    return _CARRIER_ASKED_RE.search(text, left, right) is not None


# Round 12 (dev37, precision): the seller's face or name "all over" their own page now, or a
# stranger easy to find: no review to come ("your face is all over your Instagram").
_OWN_PAGE_RE: Final = re.compile(
    r" (?:your|ur) (?:own )?(?:instagram|insta|socials|page|profile|website|site|account)\b|"
    r"[^\n]{0,60}\b(?:not hard|easy|not difficult|so easy) to find (?:you|u|people|anyone)\b"
)


_INTENT_RE: Final = re.compile(
    r"\b(?:sue|suing|sued|against (?:you|u|your|ur)|hear(?:ing)? from|in touch|unless|or else|"
    r"tak\w* (?:you|u|this|it|ya) to|see you in|act for me|represent\w*|agreed to|pass\w* (?:this|it) (?:on )?to|"
    r"forward\w*|hand\w* (?:this|it) (?:over|to)|friendly reminders|just so (?:you|u) (?:know|are aware|r aware)|"
    r"keen to help|more than happy|draft\w*|prepar\w*|instruct\w*|briefed|on (?:it|the case)|"
    r"proceedings|legal action|going ahead|strong case|proceed\w*|pursu\w*|tak\w* it further|"
    r"writ\w* to (?:you|u|ya)|(?:will|'ll|going to|gonna|about to) (?:be )?(?:sue|take|in touch|contact\w*|"
    r"writ\w*|send\w*|start\w*|issu\w*|fil\w*|deal\w*))\b"
)


def mentions_elsewhere(text: str) -> bool:
    """False when no sentence of the text can tell of another shop or a step undone (a quick
    test of key words, once per text)."""
    return bool(
        _HAS_ELSEWHERE_KEY(text)
        or (_HAS_OTHER_KEY(text) and _HAS_TRADER_KEY(text))
        or _HAS_OTHER_SUBJECT_KEY(text)
    )


def elsewhere(text: str, start: int, end: int, *, mentioned: bool | None = None) -> bool:
    """True when the sentence tells of a step taken against another shop, not this one
    (``mentioned``: ``mentions_elsewhere(text)``, when the caller knows it)."""
    if not (mentions_elsewhere(text) if mentioned is None else mentioned):
        return False
    left, right = _sentence(text, start, end)
    sentence = text[left:right]
    if _ELSEWHERE_RE.search(sentence) and not _SECOND_PERSON_RE.search(sentence):
        return True
    # Round 10: the step's own clause aimed at another shop ("I'm disputing a charge with a
    # different shop, so just checking yours is the one for the lamp").
    if _HAS_OTHER_KEY(sentence):
        clause = _CLAUSE_END_RE.split(text[start:right], maxsplit=1)[0]
        if _OTHER_SHOP_RE.search(clause) and not _SECOND_PERSON_RE.search(clause):
            return True
    if bool(_PAST_RE.search(sentence)) and bool(_INDEFINITE_RE.search(sentence)):
        return True
    return _other_subject(text, left, start, end)


# Round 9, precision pass: the step is another shop's or another person's, named before it in its
# sentence ("the last place I ordered from got reported to Trading Standards, so glad you're not
# like that", "the other store got one star from me but you get five", "my neighbour is suing a
# kitchen company"), and nothing of the seller's is named up to the hit's clause end.
_HAS_OTHER_SUBJECT_KEY: Final = _any_of(
    (
        "last place",
        "last shop",
        "last seller",
        "last store",
        "last site",
        "last compan",
        "other place",
        "other store",
        "previous ",
        "neighbour",
        "friend",
        "sister",
        "brother",
        "cousin",
        "colleague",
    )
)
_OTHER_SUBJECT_RE: Final = re.compile(
    r"(?:\b(?:last|previous|other|old) (?:place|shop|seller|store|site|website|company|business|trader|one)\b"
    r"(?:(?! (?:and|so|but|now|then) )[^.!?,;\n]){0,40}|\b(?:neighbour|friend|sister|brother|mum|dad|cousin|"
    r"colleague|aunt|uncle)s? (?:is|was|are|were|has been|have been|'s) |"
    # Round 10 (dev25): in any verb, up to the step ("my sister did a ...", "my neighbour lost money to a
    # fake website and had to get ..."), not past a clause of the writer's or the seller's.
    r"\b(?:neighbour|friend|sister|brother|cousin|colleague|aunt|uncle)s? (?:(?:and (?:had to|then|she|he|they)|"
    r"(?!(?:and|so|but|now|then|i|we|you|u|ur|your|yours)\b)[\w'£$€#-]+) ){0,10})$"
)
_CLAUSE_END_RE: Final = re.compile(r",| but | so | and | while | whereas ")
_OTHER_TARGET_RE: Final = re.compile(
    r"\b(?:a|an|another|some|the other) (?:\w+ ){0,2}(?:company|firm|shop|store|seller|builder|landlord|airline|"
    r"garage|retailer|trader|business|website|site|webshop|outfit|brand)\b"
)


def _other_subject(text: str, left: int, start: int, end: int) -> bool:
    before = text[left:start]
    if not _HAS_OTHER_SUBJECT_KEY(before):
        return False
    m = _OTHER_SUBJECT_RE.search(before)
    if m is None or _SECOND_PERSON_RE.search(before):
        return False
    clause = _CLAUSE_END_RE.split(text[start : _sentence(text, end, end)[1]], maxsplit=1)[0]
    if _SECOND_PERSON_RE.search(clause):
        return False
    # A person's step counts only against a trader named as another ("suing a kitchen company"),
    # in the step's clause or (round 10) between the person and the step ("my neighbour lost money
    # to a fake website and had to ...").
    return m.group().startswith(("last", "previous", "other", "old")) or bool(
        _OTHER_TARGET_RE.search(clause) or _OTHER_TARGET_RE.search(m.group())
    )


# Round 6, second pass: "I once had to report a seller to eBay, and you're the opposite", "I did
# a chargeback on a dodgy site last month" (a past step against a trader named indefinitely).
_PAST_RE: Final = re.compile(
    r"\b(?:once|last (?:year|time|month|week)|years ago|in the past|(?:i|we) did|had to)\b"
)
_INDEFINITE_RE: Final = re.compile(
    r"\b(?:a|some|one|another|the last|the other|that other) (?:dodgy |random |different |sketchy |shady |bad )?"
    r"(?:site|seller|shop|store|website|trader|retailer|company|firm)\b"
)


def asked(text: str, start: int) -> bool:
    """True when a threat word is part of a question about the step or someone else's advice."""
    window = text[max(0, start - 50) : start]
    if _HAS_ASKED_KEY(window) and _ASKED_RE.search(window) is not None:
        if _ACTED_TAIL_RE.search(
            text, start, start + 140
        ):  # "they said to contest it, which I will"
            return False
        if _REPORTED_INTENT_RE.match(text, start):  # "he says if ..., he's going to ..."
            return False
        return not rhetorical(text, start, window)
    if (_HAS_ASKED_MORE_KEY(window) or _HAS_ASKED_TAIL_KEY(window[-12:])) and _ASKED_MORE_RE.search(
        window
    ) is not None:
        if "asked" in window and _ACCEPTED_RE.search(text, start, start + 90):
            return False
        return not rhetorical(text, start, window)
    if "help" in window and _HELP_RE.search(window) is not None:
        return True
    if _HAS_CHECKED_KEY(window) and _CHECKED_RE.search(window) is not None:
        return True
    if curious(text, start):
        return True
    if not (_HAS_ADVICE_VERB(window) and _ADVICE_RE.search(window) is not None):
        return False
    # Their own intent reported ("my boyfriend says he'll deal with you") or the advice taken ("my
    # mate told me to report you to Etsy, so I have") is no advice passed on.
    if (
        _ACTED_RE.match(text, start)
        or _ACTED_TAIL_RE.search(text, start, start + 140)
        or _REPORTED_INTENT_RE.match(text, start)
    ):
        return False
    return not rhetorical(text, start, window)


_ACTED_RE: Final = re.compile(
    r"(?:he|she|they)(?:'ll| will|'s going to| is going to|'re going to| are going to|'s gonna| is gonna| are "
    r"gonna)\b"
)
# Round 10 (dev26): their own intent reported on a condition ("my dad says if your van comes down
# our street again he's gonna smash it up"): the hit opens on the condition, the speaker's "he'll"
# or "he's going to" follows in its sentence.
_REPORTED_INTENT_RE: Final = re.compile(
    r"(?:if|unless|when|once|next time)\b[^.!?\n]{0,80}?\b(?:he|she|they|hes|shes|theyre)(?:'ll|ll| will|'s going to|s going to|"
    r" is going to|'s gonna|s gonna| is gonna|'re going to|re going to| are going to|'re gonna|re gonna| are gonna)\b"
)
_ACTED_TAIL_RE: Final = re.compile(
    r"\b(?:so|and|which) (?:i|we)(?: have| did| will|'ve|'ll| shall| am going to|'m going to)\b(?! not\b| never\b| no\b)|\band (?:it'?s|it has) "
    r"(?:already )?been (?:submitted|filed|opened|lodged|sent|done)\b|"
    # Round 9 (dev22): "so that's what I've done", "so ive started that", "... after 30 days. Day 31
    # is today".
    r"\b(?:so|and) (?:that'?s|thats) what (?:i'?ve|ive|i have|i'?m|im|i am|i did|i'?ll|i will|we'?ve|we did)\b|"
    r"\b(?:so|and) (?:i'?ve|ive|i have|we'?ve|weve) (?:\w+ )?(?:done|started|begun|gone ahead|opened|filed|lodged)\b|"
    r"\bday \d+ is today\b|\btoday is day \d+\b|"
    # Round 12 (dev37): "do I just do a chargeback at this point?? because I will", "must I take a
    # lawyer? I hope not but I will", "my bank said I can claim it back, so your call".
    r"\b(?:because|cos|coz|cause|but) (?:i|we) (?:will|would|shall|do|am|'ll)(?= ?(?:[.!?,]|$| if\b))|"
    r"\bso (?:it'?s |its )?(?:your|ur) (?:call|choice|move)\b|"
    # Round 10 (dev25): "..., I'll still do it if I have to", "... That is what we are doing if ...".
    r"\b(?:i'?ll|ill|i will|we'?ll|we will|i'?d|i would) (?:still|happily|gladly|definitely|absolutely) (?:do|doing|"
    r"go ahead|file|raise|open|use|be doing)\b|\b(?:i'?ll|ill|i will|we'?ll|we will) do (?:it|that|so) (?:anyway|"
    r"regardless)\b|\b(?:that'?s|thats|that is|this is) (?:exactly |precisely )?what (?:i|we)(?:'?m|'?re| am| are| r| "
    r"will| shall|'ll|'ve| have)?(?: be)? (?:doing|going to do|gonna do|about to do|planning to do|do|did|done)\b"
)
# Round 10 (dev25): the provider's question answered yes ("my banking app asked if I wanted to
# dispute it. I said yes").
_ACCEPTED_RE: Final = re.compile(
    r"\b(?:(?:i|we) (?:said|told (?:them|it|him|her)|answered|replied|clicked|tapped|pressed|ticked|chose|selected|"
    r"confirmed|went with)|said|told (?:them|it|him|her)|clicked|tapped|pressed|answered|ticked) (?:yes|yep|yeah|ok|"
    r"okay|go ahead|that i (?:did|"
    r"do)|i (?:did|do))\b|\b(?:which|and) (?:i|we) (?:did|have|agreed)\b|\b(?:i|we) agreed\b"
)


# Round 9 (dev22): the provider checking that a payment was the writer's ("my bank texted asking
# whether I'd made a payment to you", "the bank phoned to check the payment was really me", "my
# banking app pinged to say you'd taken $15"): its question, no step of the writer's.
_HAS_CHECKED_KEY: Final = _any_of(("check", "asking", "confirm", "verif", "make sure", "to say"))
_CHECKED_RE: Final = re.compile(
    r"\b(?:text|phon|telephon|call|rang|ring|email|messag|ping|contact|flagg?)\w*(?: me| up)* (?:to (?:check|confirm|verify|ask|"
    r"make sure|say (?:you|u)\b)|asking|checking)\b(?:(?! so | and | but )[^.!?,;\n]){0,40}$"
)


# A place of work named after a police station or a body ("the police station where my daughter
# works"): an address, not a report.
_WORKPLACE_RE: Final = re.compile(
    r"(?:'s)?(?: office| station| building)?,? (?:where|in which) (?:i|my \w+|she|he|they|we) (?:works?|is based)\b"
)


# Round 8: a question about how the step works, asked out of curiosity ("just out of interest,
# how long does a card dispute take?", "is section 75 only for things over £100? asking for my
# dad"), in the hit's sentence or the next.
_HAS_CURIOUS_KEY: Final = _any_of(
    (
        "curio",
        "interest",
        "asking",
        "ask ",
        "wonder",
        "difference",
        "true",
        "how ",
    )
)
_CURIOUS_RE: Final = re.compile(
    r"\b(?:(?:just |purely )?out of (?:interest|curiosity)|just curious|(?:i'?m|im|i am) curious|asking for "
    rf"(?:a friend|my (?!{_R9_WEAPON}\b)\w+|(?:the )?future)|just asking|asking (?:bc|because|cos|coz|cause|as) "
    r"(?:i|i'?ve|ive) (?:never|have never|haven'?t|havent|don'?t|dont)|(?:i )?only ask|for future reference|i wonder if (?:you|u) "
    r"could (?:explain|tell)|(?:what'?s|whats|what is) the difference between|is it true (?:that )?|how "
    r"(?:long|quickly|often) (?:does|do|is|are|will|would)(?! (?:you|u|ya) (?:think|reckon))|how does (?:a |an |the )?\w+(?: \w+)? work)\b"
)


# Round 9 (dev19): a yes-or-no question whether the step's cover applies ("does paying by credit
# card give me section 75 cover with you?", "would a chargeback cover this?"), not "do you know my
# card covers this?". (Round 9, dev23: not a question whether cover takes in "what I'm about to do
# to you".)
_HAS_COVER_KEY: Final = _any_of(("cover", "protect", "eligib", "qualif", "apply", "applies"))
_COVER_QUESTION_RE: Final = re.compile(
    r"^ ?(?:does|do|would|will|is|am|are|can|could)\b(?! (?:you|u|ya) (?:know|realise|realize|think|reckon|want))"
    r"(?![^?\n]*\bwhat (?:i'?m|im|i am|i'?ll|i will) (?:about to |going to |gonna )?do to (?:you|u)\b)"
    r"[^.!?\n]{0,70}\b(?:cover\w*|protect\w*|eligib\w*|qualif\w*|appl(?:y|ies))\b[^.!?\n]*\?"
)


def curious(text: str, start: int) -> bool:
    """True when the hit's sentence, or the one after it, asks about the step out of curiosity,
    or the hit's sentence asks whether the step's cover applies."""
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    rights = [i for i in (text.find(c, start) for c in ".!?\n") if i >= 0]
    right = min(rights) if rights else len(text)
    nexts = [i for i in (text.find(c, right + 1) for c in ".!?\n") if i >= 0]
    window = text[left : min(nexts) if nexts else len(text)]
    if _HAS_CURIOUS_KEY(window) and _CURIOUS_RE.search(window) is not None:
        return True
    return bool(_HAS_COVER_KEY(window)) and _COVER_QUESTION_RE.match(window) is not None


# Round 8: a theft reported to the police is not a report of the seller ("I've reported the theft
# of the parcel to the police"), unless the seller is the one reported.
# Round 11 (dev30, report): a theft told in other words ("taken off my doorstep", "my car was
# broken into", "we were burgled").
_THEFT_RE: Final = re.compile(
    r"\b(?:theft|thefts|stolen|stole|burglar\w*|burgled|break-?in|broken into|nicked|robbed|"
    r"(?:taken|took|swiped|pinched) (?:it |them |the \w+ )?(?:off|from) (?:my|our|the) (?:doorstep|porch|step|"
    r"front step|door|car|van|bike|drive|garden)|"
    # Round 11 (dev33, precision): a spate of parcels gone on the writer's street ("parcels have
    # been going missing on our road"); parcels, plural, and a street named.
    r"parcels (?:have |had )?(?:gone|went|going|been going|keep going) missing (?:on|in|round|around|"
    r"from|along) (?:our|my|the) (?:street|road|estate|block|building|close|avenue|lane|area))\b"
)
# Round 11 (dev30, report): the seller's own act called theft ("that's theft", "if that's not
# theft", "I'm treating it as theft") is what the report is about, so no theft the writer suffered.
_THEFT_CALLED_RE: Final = re.compile(
    r"\b(?:that'?s|thats|this is|this'?s|it'?s|its|that is|it is|is|as|call\w* (?:it|this|that)|amounts? "
    r"to|counts? as|nothing (?:short of|but|less than)|pure|basically|outright|straight up|(?:that|this|it) (?:isn'?t|is not|wasn'?t|was not|was))(?: not| just| simply)? "
    r"(?:theft|stealing)\b"
)
# ...and the seller spoken to only in passing, not as the thief ("just letting you know", "in case
# you need it", "not your fault", "could you send another").
_COURTESY_RE: Final = re.compile(
    r"\b(?:let(?:ting)? (?:you|u) know|in case (?:you|u) (?:need|want)\w*|(?:not|no|isn'?t|wasn'?t) (?:your|ur) "
    r"fault|thank (?:you|u)|(?:could|can|would|will|do|did) (?:you|u)|if (?:you|u)|(?:you|u) (?:might|may) "
    r"(?:need|want)|"
    # Round 11 (dev33, precision): the police's reference passed on to the seller ("I'll send you
    # the crime reference", "in case it helps your claim"), a report made on the seller's behalf
    # at a sentence's or clause's end ("reported the theft to the police for you, the ref is ...").
    r"(?:send|give|forward|pass|email|e-mail) (?:you|u) (?:on )?(?:the |a |my |our )?(?:crime |police |"
    r"incident )?(?:reference|ref|number|report|details)|in case (?:it|this|that) (?:helps?|is useful)(?: "
    r"(?:you|u|your|ur))?|for (?:you|u)(?= ?[,.!?;]| ?$))\b"
)


def _names_seller(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` names anyone of the seller's other than in a courtesy."""
    return bool(_SECOND_PERSON_RE.search(_COURTESY_RE.sub(" ", text[start:end])))


def theft_suffered(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` tells of a theft and names no one of the seller's other than
    in a courtesy (a sentence only the violence head found: "just letting you know my car was
    broken into")."""
    return bool(_THEFT_RE.search(text, start, end)) and not _names_seller(text, start, end)


def theft_reported(text: str, start: int, end: int) -> bool:
    """True when a report hit's sentence is about a theft and the hit names no one of the seller's,
    or (round 9) the sentence before it tells of the theft and neither names anyone of the
    seller's ("Someone nicked the parcel off my doorstep. I've been given a crime number.").
    (Round 11: not when the theft is the seller's act, called so; a courtesy to the seller names
    no one of theirs.)"""
    left, right = _sentence(text, start, end)
    if _THEFT_RE.search(text, left, right):
        if _THEFT_CALLED_RE.search(text, left, right):
            return False
        return not _names_seller(text, start, end)
    if left < 2:
        return False
    before = _sentence(text, left - 2, left - 2)[0]
    return (
        bool(_THEFT_RE.search(text, before, left))
        and not _THEFT_CALLED_RE.search(text, before, left)
        and not _names_seller(text, before, right)
    )


# Round 11 (dev30, report): a third party passing itself off as the seller or copying them (a
# copycat shop, photos used by another seller, an email "saying it was from your shop"): a
# report of it, or advice to report it, helps the seller, unless the hit names the seller.
_IMPOSTOR_RE: Final = re.compile(
    r"\b(?:copy ?cat|impost[eo]r|impersonat\w*|knock-?off (?:shop|seller|account|site))\b|\b(?:pretending|claiming|"
    r"posing|saying|says|said)(?: it was| it's| it is| to be| as| they were| they're| they are)(?: from)? (?:you|u|your|ur)\b|\b(?:your|ur) (?:\w+ ){0,2}"
    r"(?:photos|pictures|pics|images|designs|logo|name|brand|descriptions?|listings?|work) (?:is |are |r |were |have "
    r"been |has been )?(?:being )?(?:used|copied|stolen|nicked|ripped off|lifted)\b|\b(?:using|copying|nicking|"
    r"stealing|ripping off|lifting) (?:your|ur) (?:\w+ ){0,2}(?:photos|pictures|pics|images|designs|logo|name|"
    r"brand|descriptions?|listings?|work)\b|\b(?:fakes?|knock-?offs|replicas|counterfeits?) (?:of|with) (?:your|ur)\b|\b(?:doesn'?t|does not|didn'?t) (?:look|sound|seem) like (?:you|u|"
    r"your|ur)\b|"
    # Round 11 (dev33, precision): a message the writer doubts, passed on to the fraud agencies
    # ("is this text real?", "a phishing email", "a scam text pretending ..."): the report is of it.
    r"\b(?:is|was) (?:this|that|it) (?:message|text|email|e-mail|sms|call|link) (?:real|genuine|legit|"
    r"from (?:you|u))\b|\b(?:phishing|scam|spoof|fake) (?:texts?|emails?|e-mails?|messages?|sms|links?)\b"
)


def impostor(text: str, start: int, end: int) -> bool:
    """True when the text tells of someone passing off as or copying the seller and the report
    hit names no one of the seller's."""
    return _IMPOSTOR_RE.search(text) is not None and not _SECOND_PERSON_RE.search(text, start, end)


_REPORTS_SELLER_RE: Final = re.compile(
    r"\b(?:report|flag|complain)\w* (?:about |on )?(?:you|u|ya|your|ur|this (?:shop|seller|store))\b"
)


def impostor_sentence(text: str, start: int, end: int) -> bool:
    """``impostor`` for a sentence a sentence head found: the sentence reports no one of the
    seller's ("I've flagged them to Etsy because I thought it was you")."""
    return _IMPOSTOR_RE.search(text) is not None and not _REPORTS_SELLER_RE.search(text, start, end)


# Round 9: a violent idiom put as a joke, aimed at no one ("I could wring his neck, ha", "ready to
# murder whoever invented this much tape lol"): a hyperbolic modal just before the hit and a
# laugh in its sentence.
_HYPERBOLE_RE: Final = re.compile(
    r"\b(?:could|ready to|about to|want to|wanna|tempted to|felt like)(?: (?:just|literally|actually|honestly|"
    r"happily|cheerfully|genuinely))? $"
)
_LAUGH_RE: Final = re.compile(
    r"\b(?:ha|hah|haha\w*|lol|lmao|lmfao|rofl|jk|(?:only|just) joking|kidding)\b|\U0001f602|\U0001f923|\U0001f606|\U0001f605"
)


# Round 10: a disclaimer of the writer's own actions laughed off ("I won't be responsible for my
# actions if the cake doesn't come lol").
_DISCLAIMER_RE: Final = re.compile(
    r"\b(?:responsible|answerable|accountable|answer for|guarantee|say what)\b"
)


def joking(text: str, start: int, end: int) -> bool:
    """True when a violence hit is an exasperated joke: "could" (or "ready to") just before it and
    a laugh in its sentence, or (round 10) a disclaimer of the writer's own actions with a laugh in
    its sentence."""
    left, right = _sentence(text, start, end)
    if not _LAUGH_RE.search(text, left, right):
        return False
    return bool(_HYPERBOLE_RE.search(text[max(left, start - 30) : start])) or bool(
        _DISCLAIMER_RE.search(text, start, end)
    )


def rhetorical(text: str, start: int, window: str) -> bool:
    """True when a question about the step is put to the seller as a threat ("shall I just report
    you to eBay?", "is a chargeback what it's going to take?", "shall I come round and explain it
    to you in person?")."""
    if "just" in window and _JUST_RE.search(window):
        return True
    tail = text[start : start + 90]
    if _PRESSING_RE.match(tail) or _PROGRESSIVE_RE.search(window):
        return True
    return ("take" in tail or " person" in tail or " face" in tail or "introduc" in tail) and bool(
        _TAKE_RE.match(tail)
    )


# Round 12 (dev37): a question about the step that presses the seller ("do I need to get my lawyer
# involved before someone gives me a straight answer?", "must I take a lawyer for you to listen?",
# "do I have to get a lawyer on you or what"), or asked in the progressive ("should I be calling my
# solicitor?").
_PRESSING_RE: Final = re.compile(
    r"[^.!?\n]{0,50}?(?:\bbefore (?:someone|somebody|anyone|anybody|you|u|ya|your \w+|ur \w+) (?:\w+ )?(?:gives?|"
    r"answers?|repl\w*|listens?|responds?|takes?|does|sorts?|fix\w*|bothers?|deals?)\b|\bfor (?:you|u|ya|your \w+|ur \w+) "
    r"to (?:listen|respond|reply|answer|take (?:me|this|it)|act|do something|care|bother|notice)\b|\bon (?:you|u|ya)\b"
    r"[^.!?\n]{0,12}\bor what\b|\bor what\b\s*\??\s*$)"
)
_PROGRESSIVE_RE: Final = re.compile(
    r"\b(?:should|shall) (?:i|we) (?:really )?be (?:\w+ing)(?: (?:up|to))? (?:\w+ )?$"
)


def negated(text: str, start: int) -> bool:
    """True when the writer denies the intent just before ``start`` ("I won't sue"), or just
    after it ("I could go through the bank, but I really don't want to")."""
    window = text[max(0, start - 50) : start]
    if window.endswith("no ") and (
        _NO_RE.search(window) or (_SO_NO_RE.search(window) and _BAD_REVIEW_RE.match(text, start))
    ):
        return True
    if (
        _HAS_BARE_KEY(window)
        and _BARE_DENIAL_RE.search(("\n" if start <= 50 else "") + window) is not None
        and not _NEG_INTENT_OVERRIDE.search(window)
    ):
        return True
    found = _NEGATED_ALL_RE.search(window) if _HAS_NEGATED_KEY(window) else None
    if (
        found is not None
        and found.group().startswith(("got", "received"))
        and _STEP_NOUN_RE.match(text, start)
    ):
        found = _NEGATED_ALL_RE.search(
            window, found.start() + 1
        )  # "got the dispute form filled in"
    if found is None:
        tail = text[start : start + 90]
        if ("but " in tail or "and " in tail or "so " in tail) and _CLOSED_AFTER_RE.match(tail):
            return True
        if (
            "but i " in tail
            or "but we " in tail
            or "never do th" in tail
            or "m no" in tail
            or "r no" in tail
            or "s not " in tail
            or "is not " in tail
        ):
            return _DENIED_AFTER_RE.match(tail) is not None
        if _HAS_ABANDONED_KEY(window) and _ABANDONED_RE.search(window):
            return _ABANDONED_TAIL_RE.match(tail) is not None
        return False
    if _NEG_INTENT_OVERRIDE.search(window):
        return False
    # Round 9: the denial taken back in its own sentence ("I don't want to get physical, but you're
    # pushing me there").
    tail = text[start : start + 90]
    if "but " in tail and _PUSHED_RE.match(tail):
        return False
    # Round 12 (dev37): ... or in the next sentence ("I never give negative feedback. For you I will",
    # "I don't want to hurt a small shop with a bad review. But if you keep ignoring me, ...").
    return _TAKEN_BACK_RE.match(text, start, start + 160) is None


# Round 6, second pass: rhetorical questions (``rhetorical``) and an intent denied after the
# step ("I could go through the bank, but I really don't want to", "... and I told them no").
# Round 9 (dev19): a step the writer was about to take until they saw there was no need ("was
# about to query a transaction with my bank before I twigged it was the dress I bought").
# Round 9 (dev23): an intent denied as not the writer's way ("..., but that's not me"); a
# question that offers to introduce the seller to the writer's dog or people is rhetorical.
_HAS_ABANDONED_KEY: Final = _any_of(
    (
        "about to",
        "going to",
        "gonna",
        "nearly",
        "almost",
        "ready to",
        "verge of",
    )
)
_ABANDONED_RE: Final = re.compile(
    r"\b(?:was|were|i'?d|we'?d) (?:just |so |literally )?(?:about to|going to|gonna|ready to|on the verge of|nearly|"
    r"almost)\b[^.!?,;\n]{0,25}$|\b(?:nearly|almost)\b[^.!?,;\n]{0,25}$"
)
_ABANDONED_TAIL_RE: Final = re.compile(
    r"[^.!?\n]{0,60}?\b(?:before|until|till|then|but|when) (?:(?:i|we) )?(?:\w+ )?(?:twigged|realised|realized|noticed|"
    r"saw|remembered|spotted|clocked|checked|found|recogni[sz]ed)\b"
)
# Round 10: what a step is, right after "got the" ("got the dispute form half filled in"): no receipt.
# (Round 11, dev30: a platform's report page or complaint form too, "got the Etsy report page open".)
_STEP_NOUN_RE: Final = re.compile(
    # Round 12 (dev37): "got the Money Claim Online page open", "got the online court claim ready".
    r"(?:dispute|chargeback|claim|case|form|resolution|section 75|s75|money claim|court claim|(?:\w+(?:'s)? )?(?:report|reporting|"
    r"complaints?) (?:page|form|tool|button))\b"
)
_JUST_RE: Final = re.compile(r"\b(?:shall|should) (?:i|we) just\b[^.!?,;\n]{0,25}$")
_TAKE_RE: Final = re.compile(
    r"[^.!?\n]{0,60}?\b(?:what it(?:'s| is|'ll| will)? (?:going to |gonna )?takes?|in person|face to face|introduc\w* "
    r"(?:you|u|ya|ye) to (?:my|the)\b)\b"
)
# Round 12 (dev37): a denial the writer takes back in the next clause or sentence: an exception for
# the seller ("For you I will", "this time I will"), "but if you keep ...", "I have no choice".
_TAKEN_BACK_RE: Final = re.compile(
    r"[^.!?\n]{0,80}?[.!?,;]+ ?(?:(?:but|and|so) )?(?:(?:for|with) (?:you|u|ya)|this time|in your case|in ur case),? "
    r"(?:i|we)(?:'ll| will| shall| am going to|'m going to| make an exception)\b|"
    r"[^\n]{0,100}?\bbut if (?:you|u) (?:continue|keep|carry on|go on)\b|"
    r"[^\n]{0,100}?\b(?:i|we) (?:have|'ve got|got|will have) no (?:other )?(?:choice|option)\b"
)
_PUSHED_RE: Final = re.compile(
    r"[^.!?\n]{0,50}?\bbut (?:you'?re|youre|you are|u r|u'?re|ur|you keep|u keep|you leave me|u leave me) (?:really |seriously )?"
    r"(?:pushing|forcing|driving|leaving) me\b"
)
# Round 12 (dev37): the step undone after it ("I'd opened a PayPal case, but I've closed it now").
_CLOSED_AFTER_RE: Final = re.compile(
    r"[^.!?\n]{0,60}?\b(?:but|and|so) (?:i'?ve|ive|i have|i|we'?ve|we have|we)(?: now| since| just| already)? "
    r"(?:closed|cancell?ed|withdrawn|withdrew|dropped|retracted|called off) (?:it|that|them|the (?:case|dispute|claim|"
    r"report|complaint))\b"
)
# Round 9, precision pass: a denial with no subject at the head of its clause ("won't be leaving
# negative feedback", "no intention of reporting you", "not calling my bank or anything") or in
# dialect ("mi nah go leave no bad review").
_HAS_BARE_KEY: Final = _any_of(
    (
        "won",
        "will not",
        "intention",
        "plan",
        "desire",
        "wish",
        "not ",
        "nah",
        "nuh",
        "naa",
        "neva",
    )
)
_BARE_VERBS: Final = (
    r"(?:leav|post|writ|giv|report|call|ring|contact|fil|tak|go|do|mak|putt?|su|disput|rais|open|complain|phon)"
    r"(?:e|es|ing)?\b"
)
_BARE_DENIAL_RE: Final = re.compile(
    rf"(?:(?:[.!?,;\n] ?|\band )(?:(?:won'?t|wont|will not) (?:be )?{_BARE_VERBS}|(?:have |got )?no (?:intention|plans?|desire|wish) "
    # Round 12 (dev37): "... and have no intention of leaving negative feedback", "Not leaving a bad
    # review".
    r"(?:of|to))(?: [a-z']+){0,2}|[.!?\n] ?not(?: even| really| going to| gonna)?(?: \w+ing)?(?: (?:a|an|any))?|"
    r"\b(?:mi|me) (?:nah|nuh|naa|neva|nuh go|nah go|naa go)\b[^.!?,;\n]{0,25}) $"
)
_NO_RE: Final = re.compile(r"(?:^|[.!?,;\n] ?)no $")  # "No lawyers, no drama, I promise"
# Round 12 (dev37): "... so no bad review from me", a bad review or feedback denied after "so"/"and".
_SO_NO_RE: Final = re.compile(r"\b(?:so|and) no $")
_BAD_REVIEW_RE: Final = re.compile(
    r"(?:bad|negative|poor|nasty|one[- ]star|1[- ]star) (?:review|feedback|rating)s?\b"
)
_DENIED_AFTER_RE: Final = re.compile(
    r"[^.!?\n]{0,50}?\b(?:but (?:i|we) (?:really |honestly |just )?(?:don'?t|dont|do not|won'?t|would rather "
    r"not|'d rather not) (?:want|wish|intend|plan)|and (?:i|we) (?:told|said to) (?:them|him|her) no|(?:and|but) "
    r"(?:i|we) (?:would|will|'d|'ll) never (?:do|leave|post|write|put)\b|but (?:that'?s|thats|that is|it'?s|its) (?:just )?not "
    r"(?:me|who i am|my (?:style|way|thing|nature)|in my nature|how i (?:work|operate|do things))|(?:but|and) (?:i'?m|im|i am|we'?re|we are) (?:just |really )?"
    r"not (?:like that|that (?:kind|sort|type) of (?:person|customer|guy|girl|woman|man)|the (?:type|sort|kind|violent type)))\b"
)


# Round 9, precision pass: the bank's own doing, settled ("card got declined, fraud team blocked it,
# will try again", "bank flagged your shop as suspicious lol, approved it now", "got the money back
# on my card this morning, all sorted, thx"): no step of the writer's, unless a claim is named.
_HAS_BANK_EVENT_KEY: Final = _any_of(
    (
        "declined",
        "approved",
        "try again",
        "sorted",
        "unblock",
        "retry",
        "unfro",
        "released",
        "genuine",
        "think",
        "thought",
        "suspect",
    )
)
_BANK_EVENT_RE: Final = re.compile(
    r"\b(?:(?:got|was|been|is|card) declined|approved (?:it|the (?:payment|transaction|order))(?: now)?|approved now|"
    r"(?:will |'ll |gonna |going to )?try (?:it )?again|all sorted|sorted now|(?:it'?s|its) sorted|unblocked|"
    # Round 10 (dev25): "its unfrozen now, pls retry", "I told them it was genuine and they have
    # released it".
    r"(?:pls |please |can (?:you|u) |could (?:you|u) )?re-?try|unfro(?:zen|ze)|released (?:it|the (?:payment|"
    r"transaction|card))|(?:it|that it|the payment) (?:was|is) genuine|"
    # Round 12 (dev37): the bank's own suspicion ("my bank stopped the payment because they think
    # is fraud").
    r"(?:they|it|bank|bank's|system) (?:think|thought|suspect\w*)(?: (?:it|that it|that|this))?(?: is| was|'s| might be)? "
    r"(?:a )?fraud)\b"
)
_BANK_CLAIM_RE: Final = re.compile(
    r"\b(?:disput\w*|charge ?back\w*|claim\w*|revers\w*|section 75|scam\w*|fraudulent|fraudster|unauthori[sz]ed|"
    r"stolen|report\w*|refund\w*|investigat\w*|never (?:arrived|came|received)|recogni[sz]e)\b"
)


def bank_event(text: str, start: int, end: int) -> bool:
    """True when a chargeback or report hit's sentence tells of the bank's own check, settled."""
    left, right = _sentence(text, start, end)
    sentence = text[left:right]
    if not _HAS_BANK_EVENT_KEY(sentence) or _BANK_EVENT_RE.search(sentence) is None:
        return False
    rest = text[left:start] + " " + text[end:right]
    return _BANK_CLAIM_RE.search(rest) is None


# Round 10 (dev25): chargebacks the seller suffers, not threatens ("saw your post about chargeback
# fraud", "sorry about the chargeback scammers", "hit by a run of fake disputes").
_HAS_VICTIM_KEY: Final = _any_of(
    (
        "fraud",
        "scam",
        "abuse",
        "cheat",
        "thie",
        "fake",
        "bogus",
        "false",
        "hit by",
        "victim",
        "plagued",
        "targeted",
        "customers",
        "buyers",
        "people",
    )
)
_CB_VICTIM_RE: Final = re.compile(
    r"\b(?:chargeback|charge back|dispute|claim|paypal claim)s? (?:fraud\w*|scam\w*|abuse\w*|abusers?|cheat\w*|thie\w*|"
    r"con artists?)\b|\b(?:fake|fraudulent|bogus|false|scam|dodgy) (?:\w+ )?(?:chargebacks?|charge backs?|disputes?|"
    r"claims?)\b|\b(?:hit|targeted|victims?|plagued|stung|burned|burnt) (?:by|of|with) (?:a |an |some )?(?:\w+ )?"
    r"(?:of )?(?:\w+ )?(?:chargebacks?|disputes?|claims?)\b|\b(?:some |other |dishonest |dodgy )?(?:customers|buyers|"
    r"scammers|fraudsters|people)\b(?: \w+){0,3} (?:charg\w* (?:it |them |things )?back|disput\w*|revers\w*)"
)
# Round 10 (dev25): a refund's route or destination ("can the refund go to PayPal, not my card",
# "the refund came through to the bank", "whichever is easiest for the refund, card or PayPal",
# "could you refund it via PayPal"): the seller's refund, not the writer's step, unless a step is
# named in the sentence.
_HAS_REFUND_KEY: Final = _any_of(("refund", "partial", "back on", "back to", "back in"))
_REFUND_ROUTE_RE: Final = re.compile(
    r"\b(?:refunds?|refunded|partial)\b(?: [\w']+){0,3}? (?:go|goes|going|went|gone|come|comes|came|"
    r"coming|be sent|been sent|sent|be paid|paid|be issued|issued|be credited|credited|be returned|returned|back|"
    r"through|landed|lands?|shows?|showed|showing|appear\w*|reach\w*|arriv\w*|processed|put)(?: back| through| "
    r"straight| up)? (?:to|into|onto|on|in) (?:my |the |your |ur |our |same |original |old )?(?:\w+ )?\w+|"
    r"\brefund\w* (?:to|into|onto|on) (?:my|the|same|original|old|your|ur) |"
    # "please pay the whole lot back onto my card"
    r"\b(?:pay|paid|put|send|sent|refund\w*|credit\w*|return\w*|transfer\w*)\b(?: (?:it|me|them|(?:the|my) (?:\w+ ){0,2}?"
    r"(?:lot|money|amount|sum|cost|total|payment|balance|difference|refund)|[£$€]\d\S*))? back (?:to|onto|on|into) "
    r"(?:my |the |your |ur |same |original |old )?(?:\w+ )?\w+|"
    r"\b(?:please|pls|plz|can|could|would|will) (?:you |u )?(?:please |pls |kindly |just )?(?:refund|send|pay|return|"
    r"put|credit|issue)\w* (?:it |me |them |the (?:\w+ )?(?:money|refund|balance|difference|partial) )?(?:back )?"
    r"(?:via|through|by|on|to|onto|into|with) |"
    r"\brefund\w*\b[^.!?\n]{0,30}\b(?:card|paypal|bank|account|credit|voucher|klarna)s? or (?:\w+ )?(?:card|paypal|"
    r"bank|account|credit|voucher|klarna)\b"
)
_CB_STEP_RE: Final = re.compile(
    r"\b(?:disput\w*|charge ?back\w*|claim\w*|revers\w*|section 75|s75|unauthori[sz]ed|scam\w*|claw\w*|"
    r"or else|otherwise|unless|instead of (?:you|u)|not (?:from )?(?:you|u)\b|myself|my own way|put (?:it |the money |"
    r"my money )?back|between (?:you|u) and|\b(?:bank|paypal|klarna|clearpay|card company|card provider|issuer|amex|"
    r"visa|mastercard)\b[^.!?\n]{0,20}\b(?:will|'ll|is|are|has|have|'s|can|could)(?: \w+)? (?:pay|put|give|send|refund|"
    r"credit|return|get)\w*|by (?:my |the |our )?(?:\w+ )?(?:bank|card|paypal|klarna|clearpay|amex|"
    r"visa|mastercard|provider|issuer|lender)\b)"
)


def suffered(text: str, start: int, end: int) -> bool:
    """True when a chargeback hit is part of one the seller suffered ("chargeback fraud")."""
    if not _HAS_VICTIM_KEY(text):
        return False
    return any(
        m.start() < end and m.end() > start
        for m in _CB_VICTIM_RE.finditer(text, max(0, start - 60), end + 60)
    )


def refund_route(text: str, start: int, end: int) -> bool:
    """True when a chargeback hit is part of a refund's route or destination, and its sentence
    names no step of the writer's."""
    if not _HAS_REFUND_KEY(text):
        return False
    if not any(
        m.start() < end and m.end() > start
        for m in _REFUND_ROUTE_RE.finditer(text, max(0, start - 60), end + 60)
    ):
        return False
    left, right = _sentence(text, start, end)
    return _CB_STEP_RE.search(text, left, right) is None


# Round 10 (dev25): a sentence only the chargeback sentence head found (with the one after it) that
# tells of a payment made to the seller, the bank's check passed, a pending charge or a hold asked
# about, the seller asked to tell the provider, a receipt asked for, the refund's route, or
# chargebacks the seller suffered; unless it names a step.
_CB_INNOCENT_RE: Final = re.compile(
    r"\b(?:i'?ve|i have|ive|i|we'?ve|we have|just|already)(?: just| now| already)? (?:made|sent|done|paid|completed|"
    r"transferred|set up|initiated)(?: the| a| my| your)?(?: bank| online| direct)? (?:transfer|payment|deposit)\b|"
    r"\b(?:let me know|tell me|confirm) (?:when|once|if) (?:the )?(?:money|payment|transfer|funds) (?:reaches|arrives|"
    r"lands|clears|has arrived|comes through|gets to)|"
    r"\b(?:pending|authori[sz]ation|pre-?auth\w*|on hold)\b(?=[^\n]*(?:\?|\b(?:drop\w* off|fall\w* off|released?|"
    r"disappear\w*|go away|goes away|wait\w*|normal)\b))|"
    r"\b(?:can|could|would|will) (?:you|u|ya) (?:please |pls |plz |kindly |just )?(?:let|tell|inform|notify|update|"
    r"message|email|contact)\b|\b(?:please|pls|plz) (?:could (?:you|u) )?(?:let|tell|inform|notify|update)\b|"
    r"\b(?:need|send|get|email|want|require\w*|have|like)\b[^.!?\n]{0,20}\b(?:receipts?|invoices?|proof of purchase)\b|"
    r"\b(?:paus|froz|freez|hold|held|stopp?)\w*\b[^.!?\n]{0,40}\b(?:while|until|till|til|whilst|pending) (?:you|u|they|"
    r"the (?:shop|seller|return|refund))\b[^.!?\n]{0,20}\b(?:process\w*|return\w*|refund\w*|receiv\w*)|"
    # Round 11 (dev33, precision): the seller's refund seen in the writer's account ("can see the
    # refund on my statement"), a payment that will fail or needs new card details because a new
    # card was issued ("my next payment will bounce, I've been sent a new card"; a new card alone is
    # no sign: one comes with a dispute, "new card's on its way and the bank's reversing it", dev22),
    # and the writer crediting or tagging the seller for a picture ("I'll credit you in the caption").
    r"\b(?:see|seen|saw|spotted|noticed|found|check\w*) (?:the |my |your |ur |a )?refund\w*\b(?:[^.!?\n]|\.(?=\d)){0,25}"
    r"\b(?:on|in) (?:my|the|our) (?:bank|account|statement|card|app|online banking)\b|"
    # Round 12 (dev37, precision): the refund confirmed credited ("the refund has been credited to my card").
    r"\b(?:has|have|was|were|been) (?:now |already |just )?(?:been )?(?:credited|refunded|returned|paid) (?:back )?(?:to|into|onto) "
    r"(?:my|the|our) (?:card|account|bank|paypal|credit card|debit card)\b|"
    r"\b(?:fail|fails|bounce|bounces|be declined|get declined)\b[^.!?\n]{0,60}\b(?:new|replacement) "
    r"(?:bank |debit |credit )?card\b|\b(?:new|replacement) (?:bank |debit |credit )?card\b[^.!?\n]{0,40}\b(?:fail|"
    r"fails|bounce|bounces|be declined|get declined)\b|\b(?:i'?ll|ill|i will|we'?ll|we will|happy "
    r"to|will) (?:credit|tag|mention) (?:you|u|your (?:shop|page|account|business)|ur (?:shop|page|account|"
    r"business))\b(?! (?:back|the|my|with|for|[£$€\d]))"
)


# Round 10 (dev25): the writer vouching for the payment to their bank ("I told them it was fine",
# "confirmed it was me"); read by ``analyze._errand`` for a sentence only the chargeback head found
# and (round 11, dev33, precision) by ``Guards`` for a rule's chargeback hit in the same sentence
# ("the fraud team rang to check the payment, I told them it was fine"), unless the writer's own
# step lies ahead in it. Cost: none seen.
VOUCH_RE: Final = re.compile(
    r"\b(?:tell|told|telling|say|said|saying|confirm|confirmed|confirming|let)\b[^.!?\n]{0,25}?"
    r"\b(?:(?:i|we)(?:'ve| have)? (?:received|got|had) (?:it|them|the|my)"
    r"|it (?:was |is |'s )?(?:genuine|legit|me|arrived|came|fine|ok|okay)"
    r"|(?:it's|its) (?:genuine|legit|me|fine|ok|okay)"
    r"|(?:you|u) (?:are|r|'re) (?:genuine|legit|real))\b"
)


def vouched(text: str, start: int, end: int) -> bool:
    """True when a chargeback hit's sentence holds the writer vouching for the payment and no step
    of the writer's ahead."""
    left, right = _sentence(text, start, end)
    return bool(VOUCH_RE.search(text, left, right)) and not WRITER_AHEAD_RE.search(
        text, left, right
    )


# Round 11 (dev33, precision): damage already done, told after "has"/"had" ("the puppy has wrecked
# every cushion", "the kids had smashed all the baubles"): a violence hit straight after
# it tells of the past, not a threat; the hit must open on a past participle ("had better" is a
# threat's word). Cost: none seen.
_DONE_RE: Final = re.compile(r"\b(?:has|had|hasn'?t|hadn'?t)(?: just| already| now| gone and)? $")
_PARTICIPLE_RE: Final = re.compile(r"[a-z]+(?:ed|en)\b|(?:burnt|bust)\b")


def cb_innocent(text: str, start: int, end: int) -> bool:
    """True when a stretch the chargeback sentence head alone found (``_CB_INNOCENT_RE``, a bank's
    check settled, a refund's route, chargebacks suffered) names no step."""
    stretch = text[start:end]
    if _CB_STEP_RE.search(stretch):
        return False
    if _CB_INNOCENT_RE.search(stretch) or _REFUND_ROUTE_RE.search(stretch):
        return True
    if _HAS_BANK_EVENT_KEY(stretch) and _BANK_EVENT_RE.search(stretch):
        return True
    return bool(_HAS_VICTIM_KEY(stretch)) and _CB_VICTIM_RE.search(stretch) is not None


class Guards:
    """The precision guards of one text's negatable hits, each worked out once per start: the
    writer denies the step there, asks about it or passes on advice, tells of another shop, names
    a trade (legal), or praises (review). ``find`` and ``ruleset.find_all`` keep a hit only when
    ``drop`` says False."""

    __slots__ = ("_asked", "_denied", "_other", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._denied: dict[int, bool] = {}
        self._asked: dict[int, bool] = {}
        self._other: bool | None = None  # the text may tell of another shop

    def drop(self, label: str, start: int, end: int) -> bool:
        text = self.text
        denied = self._denied.get(start)
        if denied is None:
            denied = self._denied[start] = negated(text, start)
        if denied:
            return True
        if label in THREAT_LABELS:
            was_asked = self._asked.get(start)
            if was_asked is None:
                was_asked = self._asked[start] = asked(text, start)
            if was_asked:
                return True
            if self._other is None:
                self._other = mentions_elsewhere(text)
            if self._other and elsewhere(text, start, end, mentioned=True):
                return True
        if label == "legal" and (trade(text, start, end) or legal_innocent(text, start, end)):
            return True
        if label == "legal" and quoted_wording_in(text, *_sentence(text, start, end)):
            return True
        if label == "report" and carrier_asked(text, start, end):
            return True
        if label == "report" and _WORKPLACE_RE.match(text, end):
            return True
        if label == "report" and (theft_reported(text, start, end) or impostor(text, start, end)):
            return True
        if label in ("chargeback", "report") and bank_event(text, start, end):
            return True
        if label == "chargeback" and (suffered(text, start, end) or refund_route(text, start, end)):
            return True
        if label == "chargeback" and vouched(text, start, end):
            return True
        if (
            label == "violence"
            and _DONE_RE.search(text, max(0, start - 16), start)
            and _PARTICIPLE_RE.match(text, start)
        ):
            return True
        if label == "violence" and joking(text, start, end):
            return True
        return label == "review" and (
            praising(text, start, end) or review_innocent(text, start, end)
        )


def find(
    norm: Normalised,
    rules: tuple[tuple[str, Rule], ...],
    *,
    negatable: bool,
    scan: Scan | None = None,
) -> list[Hit]:
    """Every non-negated match of labelled ``rules`` in the folded text."""
    if scan is None:
        scan = scan_of(norm)
    hits: list[Hit] = []
    guards = Guards(scan.text) if negatable else None
    for label, rule in rules:
        for m in rule.matches(scan):
            start, end = m.span()
            if guards is not None and guards.drop(label, start, end):
                continue
            hits.append(Hit(label, start, end))
    return hits


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \n\t.!?,;:":
        start += 1
    while end > start and text[end - 1] in " \n\t.!?,;:":
        end -= 1
    return start, end


def find_abuse(norm: Normalised, scan: Scan | None = None) -> list[Hit]:
    """Insults and harassment aimed at the seller or staff."""
    if scan is None:
        scan = scan_of(norm)
    hits = []
    for rule in ABUSE_RULES:
        for m in rule.matches(scan):
            start, end = trim(scan.text, m.start(), m.end())
            if end > start:
                hits.append(Hit("abuse", start, end))
    return hits


def find_profanity(norm: Normalised, scan: Scan | None = None) -> list[Hit]:
    """Swear words, aimed at anyone or at nothing."""
    if scan is None:
        scan = scan_of(norm)
    return [Hit("profanity", m.start(), m.end()) for m in PROFANITY.matches(scan)]


def find_threats(norm: Normalised, scan: Scan | None = None) -> list[Hit]:
    return find(norm, THREAT_RULES, negatable=True, scan=scan)


def find_demands(norm: Normalised, scan: Scan | None = None) -> list[Hit]:
    return find(norm, DEMAND_RULES, negatable=True, scan=scan)


def find_issues(norm: Normalised, scan: Scan | None = None) -> list[Hit]:
    return find(norm, ISSUE_RULES, negatable=False, scan=scan)


def merge(hits: list[Hit]) -> list[Hit]:
    """Drop duplicate and contained hits of the same label; keep order by position."""
    if len(hits) < 2:
        return hits
    hits = sorted(hits, key=lambda h: (h.label, h.start, -h.end))
    out: list[Hit] = []
    for h in hits:
        if out and out[-1].label == h.label and h.start < out[-1].end:
            if h.end > out[-1].end:
                out[-1] = Hit(h.label, out[-1].start, h.end)
            continue
        out.append(h)
    return sorted(out, key=lambda h: (h.start, h.end, h.label))


# Each guard as one pattern: one search of the window costs less than several.
_NEGATED_ALL_RE: Final = re.compile(
    "|".join(
        f"(?:{r})"
        for r in (
            _NEGATED_RE.pattern.pattern,
            _NEGATED_CHAT_RE.pattern,
            _NEGATED_TYPE_RE.pattern,
            _UNDONE_RE.pattern,
        )
    )
)
# Every match of ``_NEGATED_ALL_RE`` holds one of these (a denial word, "no ", a thanks, a receipt,
# a step undone): most windows hold none, and a search for them costs a tenth of the pattern's
# search at every position of the window (test_ruleset.py checks the gate over the corpus).
NEGATED_KEYS: Final = (
    "not", "n't", "never", "ont", "dnt", "vent", "shant", "no ", "without", "thank", "received",
    "got ", "withdr", "cancel", "close", "dropped", "retracted", "called off", "accident", "mistake",
)  # fmt: skip
_HAS_NEGATED_KEY: Final = _any_of(NEGATED_KEYS)
