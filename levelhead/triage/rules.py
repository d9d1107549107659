# ruff: noqa: E501  (pattern tables read best one alternative group per line)
"""Hand-written patterns that find the evidence spans, on normalised (folded) text.

Each rule is a regular expression on the folded text with a label. Threat and demand rules are
checked for first-person negation ("I won't sue", "I don't want a refund") and innocent uses
("report" a problem, profanity about a parcel rather than at a person).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
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
        parsed = prefilter.parse(pattern)
        self.clauses = prefilter.clauses_for(parsed)
        self.starts = prefilter.start_keys(parsed)

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


_YOU = r"(?:you|u|ya|yall|y'all|you guys|you people|you lot|u guys|u people|u lot|youse)"
_THEM = (
    rf"(?:{_YOU}|(?:your|ur) (?:staff|team|company|shop|store|support|employees|people|service team|"
    r"customer service(?: (?:girl|guy|lady|woman|man|person|rep|agent|team))?|business|"
    r"warehouse staff|boss|owner|manager|(?:delivery )?drivers?|couriers?|packers?)|(?:your|ur) so[- ]called "
    r"\w+(?: \w+){0,2}?|the (?:seller|owner|staff)|the (?:guy|girl|"
    r"woman|man|lady|person|bloke|lad|fella|chap|kid|boy) (?:on the phone|in customer service|who (?:answered|packed "
    r"this|picked up)(?: the phone| this| it| my \w+)?|(?:on|at|in|from|behind) (?:your|ur)(?: \w+){1,2})|"
    r"this seller|these people|this company|this shop|whoever (?:runs|packed|owns) (?:this|it))"
)
INSULTS: Final = (
    r"(?:idiots?|morons?|imbeciles?|cretins?|clowns?|losers?|muppets?|halfwits?|dimwits?|"
    r"dumbass(?:es)?|jackass(?:es)?|a(?:ss|rse)holes?|bastards?|bitch(?:es)?|cunts?|dick(?:head)?s?|"
    r"pricks?|twats?|wankers?|tossers?|scumbags?|scum|lowlifes?|pigs?|thie(?:f|ves)|crooks?|"
    r"scammers?|fraudsters?|frauds|liars?|con ?artists?|cowboys|amateurs|incompetents?|"
    r"numpties?|donkeys|parasites|vultures|rats|snakes|sharks|jokers|retards?|prats?|cows?|"
    r"melts?|wazzocks?|chancers?|gits?|plonkers?|pillocks?|bellends?|knobheads?|jerks?|con ?men|"
    r"toerags?|twerps?|douche(?:bag)?s?|buffoons?|nitwits?|nincompoops?|dunces?|charlatans?|"
    r"swindlers?|grifters?|shysters?|leeches|cockroaches|vermin|bozos?|thugs?|criminals?|cheats?|"
    r"hypocrites?|creeps?|weirdos?|psychos?|nutters?|gobshites?|eejits?|tosspots?|"
    r"excuse for an? (?:business|company|shop|human(?: being)?|person|seller|service)|"
    r"piece of (?:shit|crap|garbage|trash|work)|pieces of (?:shit|crap|garbage|trash)|"
    r"waste of (?:space|oxygen)|garbage (?:people|humans?)|sad little \w+)"
)
_INSULT_ADJ = (
    r"(?:incompetent|useless|pathetic|stupid|dumb|clueless|brainless|worthless|lazy|"
    r"retarded|moronic|idiotic|hopeless|spineless|dishonest|thieving|lying|crooked|disgusting|"
    r"shitty|crappy|fucking|f\w*ing|bloody|damn(?:ed)?|goddamn|absolute|complete|utter|total|"
    r"sad|rude|arrogant|greedy|sorry|scamming|cheating|rip-?off|braindead|brain-dead|gormless|"
    r"inept|shambolic|dodgy|shady|two-faced|deceitful|vile|nasty|despicable|ignorant|little|thick|"
    r"dense|mindless|miserable|money-grabbing|money grabbing|low-life|lowlife|scummy)"
)
PROFANITY: Final = _c(
    r"\b(?:fuck\w*|f\*+k\w*|shit\w*|bullshit|crap(?:py)?|damn(?:ed)?|goddamn|bloody|hell|"
    r"piss(?:ed)?(?: off)?|bitch\w*|bastard\w*|a(?:ss|rse)(?:hole)?s?|dick\w*|cunt\w*|prick\w*|"
    r"twat\w*|wank\w*|bollocks|wtf|stfu|ffs|omfg|jfc|feck\w*|sod off|bugger)\b",
)

ABUSE_RULES: Final = (
    _c(r"\b(?:fuck|screw|f|f\*+|stuff|sod|frick|up) (?:you|u|ya|off|yourselves|yourself)\b(?!\w)"),
    _c(r"\bgo (?:to hell|fuck yourselves?|die|screw yourselves?)\b"),
    _c(
        r"\bpiss off\b|\b(?:stick|shove) (?:it|that|this|(?:your|ur) \w+) up (?:your|ur) (?:arse|ass)\b"
    ),
    _c(
        r"\b(?:kys|kill (?:yo)?urself|drop dead|get fucked|gfy|stfu|shut (?:up|your (?:mouth|trap)))\b"
    ),
    _c(
        r"\b(?:hope|wish) (?:you|u|ya|your family|your kids|(?:your|ur) (?:shop|business|company|warehouse|house))\b[^.!?\n]{0,20}\b(?:die|dies|rot|burn|"
        r"suffer|suffers|burns|rots|fails|get cancer|get hit|go bankrupt|choke|go(?:es)? (?:under|bust|broke|out of business)|"
        r"lose (?:everything|it all|your (?:shop|business|house|home|job))|get what'?s coming|rot in hell|"
        r"close down|shut down|fail)\b"
    ),
    _c(
        rf"\b{_THEM}(?: (?:he|she|they))?(?:'re| are| r| is|'s| were| was| must be| seem like)?(?: such| a| an| the| all| "
        rf"bunch of| pack of| band of| lot of| load of| like| nothing but| just)*"
        rf"(?: {_INSULT_ADJ})* {INSULTS}\b"
    ),
    _c(
        rf"\b(?:{_THEM}(?: (?:he|she|they))?(?:'re| are| r| is|'s| were)|ur|youre)(?: so| such| completely| totally| absolutely| "
        r"utterly| fucking| f\w*ing| bloody| really| just| all| both| clearly| obviously| honestly| "
        r"literally| genuinely| beyond| the most| the biggest| the worst| a bunch of| a load of| a pack of|"
        r" a| an| absolute| complete| total| utter| real| such)* "
        r"(?:incompetent|useless|pathetic|stupid|inept|braindead|brain-dead|gormless|shambolic|"
        r"dumb|clueless|brainless|worthless|retarded|moronic|idiotic|a joke|a disgrace|joke|disgrace|scum|vile|"
        r"full of (?:shit|crap|it|bs|bullshit|lies)|dishonest|crooked|crooks|shady|dodgy|a shambles|"
        r"thick(?: as (?:a brick|two short planks|mince))?|"
        r"disgusting|a bunch of \w+|thieves|crooks|liars|scammers|frauds)\b"
    ),
    _c(
        rf"\b{_YOU} (?:fucking |f\w*ing |bloody |absolute |complete |utter |total |stupid |"
        rf"useless |incompetent |lying |thieving |pathetic )*{INSULTS}\b"
    ),
    _c(rf"\b(?:bunch|pack|band|load|gang|shower) of (?:{_INSULT_ADJ} )*{INSULTS}\b"),
    # (The \b changes no match, every way in ends with a non-word character; it lets the
    # prefilter see the insult as a whole word, so texts without one skip this rule.)
    _c(rf"(?:^|[.!?\n]\s*)(?:{_INSULT_ADJ} )*\b{INSULTS}(?=\s*[.!?,]|\s*$)"),
    _c(
        r"\b(?:your|ur|you|u)(?: (?:shitty|shit|crap|crappy|fucking|f\w*ing|bloody|goddamn|piece of shit|garbage|pathetic|"
        r"useless|incompetent))+ (?:shop|company|store|business|staff|team|people|service|"
        r"customer service|support|employees|website|outfit)\b"
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
        rf"\b(?:{INSULTS}|scum|trash|garbage|vermin|filth|mugs) like (?:you|u|ya|your lot|yourselves|"
        r"this (?:shop|company|seller))\b"
    ),
    _c(
        rf"\b(?:{INSULTS}|mugs|jokes),? the (?:lot|bunch|pack|load|whole lot) "
        r"of (?:you|u|ya|youse|them)\b|\b(?:fuck|f\*+|screw|sod) the (?:lot|whole lot|bunch) of (?:you|u|ya)\b|\bthe (?:lot|whole lot|bunch|pack) of (?:you|u|ya) (?:are|r)(?: \w+)? "
        rf"(?:{_INSULT_ADJ} )*{INSULTS}\b"
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
)

_AUTHORITY = (
    r"(?:police|cops|bbb|better business bureau|trading standards|ftc|fca|cma|ombudsman|regulators?|"
    r"authorities|action fraud|citizens advice|consumer (?:protection|rights|council|agency|"
    r"affairs|watchdog|association|authority|helpline|group|organi[sz]ation|advice|body|"
    r"commission|ombudsman|tribunal)\w*|attorney general|watchdog|fraud (?:squad|department)|"
    r"which\?|verbraucherzentrale)"
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
    r"bank of america|amex|card provider)"
)
_VENUE = (
    r"(?:facebook|fb|twitter|instagram|insta|tiktok|tik tok|reddit|youtube|mumsnet|trustpilot|yelp|"
    r"google(?: reviews?| maps)?|social media|socials|the internet|online|forums?|groups?|whatsapp|"
    r"snapchat|linkedin|threads|sitejabber|(?:the )?(?:local )?(?:papers?|news(?:papers?)?|press|"
    r"radio|telly|tv)|journalists?|the bbc|the whole (?:internet|world|town|village))"
)

_INTENT = (
    r"(?:will|'ll|shall|going to|gonna|gon|about to|plan to|intend to|want to|have to|forced to|"
    r"no choice but to|next step is to|i'm|i am|am|already|have|has|'ve|just|now|then|or|else|"
    r"otherwise|straight|immediately|tomorrow|today|also|be)"
)

THREAT_RULES: Final = (
    (
        "legal",
        _c(
            r"\b(?:lawyers?|attorneys?(?! general)|solicitors?|legal (?:action|proceedings|steps|team|"
            r"advice|route|department|help|claim)|lawsuits?|law ?suit|small[- ]claims?|"
            r"(?:take|taking|see|drag|dragging) (?:you|u|ya|this|your \w+|them) (?:to|in) "
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
            rf"case|claim)\b[^.!?\n]{{0,30}}\b(?:to|with) (?:the )?(?:{_AUTHORITY}|{_PLATFORM})"
        ),
    ),
    (
        "report",
        _c(
            rf"\b(?:contact(?:ing|ed)?|call(?:ing|ed)?|ring(?:ing)?|go(?:ing)? to|get(?:ting)?|"
            rf"involv(?:e|ing)|notify(?:ing)?|inform(?:ing)?|tell(?:ing)?|alert(?:ing)?|"
            rf"write to|writing to|email(?:ing)?|message) (?:the )?{_AUTHORITY}"
        ),
    ),
    (
        "report",
        _c(
            rf"\b(?:open(?:ing)?|fil(?:e|ing)|rais(?:e|ing)|start(?:ing)?|lodg(?:e|ing)|"
            rf"submit(?:ting)?) (?:a |an )?(?:formal )?(?:case|claim|complaint|report)\b"
            rf"[^.!?\n]{{0,12}}\b(?:with|on|through|via|to) (?:the )?(?:{_PLATFORM}|{_AUTHORITY})"
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
            r"\bcharge[- ]?backs?\b|\bcharging (?:it )?back\b|\bcharg\w* (?:it|this|that|them|the "
            r"(?:payment|order|lot)) back\b"
        ),
    ),
    (
        "chargeback",
        _c(
            r"\b(?:dispute|disputing|disputed|revers(?:e|ing)|contest(?:ing)?|"
            r"cancel(?:ling)?|block(?:ing)?|stop(?:ping)?|claw(?:ing)? back) (?:the |this "
            r"|my |that |your )?(?:charge|payment|transaction|card payment|debit)s?\b"
        ),
    ),
    (
        "chargeback",
        _c(
            rf"\b(?:open(?:ing)?|fil(?:e|ing)|rais(?:e|ing)|start(?:ing)?|lodg(?:e|ing)|"
            rf"submit(?:ting)?) (?:a |an )?(?:dispute|claim|case)\b[^.!?\n]{{0,12}}\b"
            rf"(?:with|through|via|on) {_MONEY}"
        ),
    ),
    (
        "chargeback",
        _c(
            rf"\b(?:call(?:ing)?|contact(?:ing)?|ring(?:ing)?|tell(?:ing)?|go(?:ing)? to|"
            rf"talk(?:ing)? to|speak(?:ing)? to|phon(?:e|ing)) {_MONEY}\b"
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
            r"\b(?:(?:1|one|0|zero|no|single|a single|half)[- ]?stars?|bad|negative|terrible|"
            r"scathing|awful|poor|low|horrible|damning|brutal|nasty|neutral) "
            r"(?:review|rating|feedback|write-?up)s?\b"
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
            r"\b(?:tell|warn)(?:ing)? (?:everyone|everybody|all my (?:friends|followers)|"
            r"other (?:buyers|customers|people|shoppers)|people|my followers)\b[^.!?\n]{0,40}"
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
            r"the (?:owner|seller|driver|delivery (?:guy|driver|man)|courier|postman|packer)|"
            r"whoever)\b"
        ),
    ),
    (
        "violence",
        _c(
            r"\b(?:come|coming|turn up|turning up|show up|showing up|pay (?:you|u) a visit|"
            r"visit)(?: round| down| over)?(?: to| at)? (?:your|ur) (?:house|home|door|doorstep|"
            r"family)\b|\b(?:know|found|find out|finding out|find) where (?:you|u) live\b|"
            r"\bwatch (?:your|ur) back\b|\b(?:burn|torch) (?:your|ur|down your|it down)\b|\bbreak "
            r"(?:your|ur) (?:legs?|neck|face|arms?|jaw|nose|windows)\b|\byou(?:'ll| will) "
            r"(?:get|be) hurt\b|\bsee you (?:outside|in person)\b|\bbash (?:your|ur)\b|\bhope "
            r"(?:i|we) never (?:find|meet|see) (?:you|u|your|ur)\b|\bi know where (?:you|u|your|ur "
            r"\w+) (?:is|are|live|work)\b|\b(?:i'm|i am) coming (?:down|round|over) (?:there|to "
            r"you)\b"
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
            r"\b(?:payment|charge|transaction)s? (?:is |are |was |were |being |will be |has been )*"
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
            r"\b(?:giv(?:e|ing)|get) (?:you|u) a (?:slap|smack|punch|kicking|beating|hiding|"
            r"thump)\b|\b(?:get|gets|getting|got|give|giving) (?:a |the )?(?:beating|kicking|hiding|"
            r"thumping|pasting|good hiding)\b|\b(?:you|u)(?:'d| had)? better (?:watch out|watch yourself|"
            r"hide|run|sleep with one eye open|look over your shoulder)\b|\bset fire to (?:your|ur)\b|\b(?:find|hunt) (?:you|u) (?:down|and)\b|"
            r"\b(?:someone|somebody|you|people) (?:is |are )?(?:going to|gonna|will) get hurt\b|"
            r"\bwring (?:the|your|his|her) neck\b"
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
            r"(?:a|the|small claims|county court|any) judge|magistrates'? court|(?:getting|get|be|being) "
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
            r"off|deactivated|blocked|investigated|closed)\b"
        ),
    ),
    (
        "report",
        _c(
            rf"\b(?:{_PLATFORM}|{_AUTHORITY})[^.!?\n]{{0,30}}\b(?:will|'ll|would|is going to|are going "
            r"to|r going to|r gonna|gonna|needs? to|should|is about to|are about to|can)(?: \w+)? (?:hear|know|be "
            r"interested|love|be told|learn|find out|be hearing|be getting|be informed|investigate)\b"
        ),
    ),
    (
        "report",
        _c(
            rf"\b(?:{_AUTHORITY}|{_PLATFORM})(?: support| customer service| team)?\b[^.!?\n]{{0,25}}\b(?:"
            r"(?:are|is|will be|'ll be|getting|get|be)(?: now| being| getting| soon)* (?:involved|informed|"
            r"notified|told|made aware)|(?:getting|get|receiv\w*|will have) (?:a |an |my )?(?:\w+ )?(?:report|"
            r"complaint|letter|email) from me)\b"
        ),
    ),
    (
        "report",
        _c(
            rf"\b(?:log|lodg|fil|submit|rais|register|report|complain|escalat|flag|contact|call|ring|"
            rf"phon|email|writ|notif|alert|inform|reach)\w*(?: \w+){{0,4}} (?:to|with|at|through|via) (?:the )?"
            rf"(?:{_AUTHORITY}|{_PLATFORM})\b|\b(?:call|ring|phon)\w* (?:the )?(?:police|cops)\b|"
            r"\b(?:once|when|after|as soon as) (?:i|we) (?:report|flag)\b"
        ),
    ),
    (
        "chargeback",
        _c(
            rf"\b(?:hear|hearing|heard) from (?:my|the) {_MONEY_ANY}\b|\b{_MONEY_ANY}\b[^.!?\n]{{0,25}}"
            r"\b(?:will|'ll|can|is going to|are going to|gonna|would|are|is)(?: be)? (?:in touch|deal\w*|"
            r"sort\w*|contact\w*|claim\w*|revers\w*|pull\w*|recover\w*|handl\w*|chas\w*|stop\w*|"
            r"block\w*|fight\w*|investigat\w*|take (?:it|the money|the payment)|get (?:it|my money)|"
            r"(?:getting )?involved)\b"
        ),
    ),
    (
        "chargeback",
        _c(
            rf"\b(?:claim|dispute|chargeback|revers|refund|money back|pull|stop|block|recover|claw|"
            rf"request|report)\w*\b[^.!?\n]{{0,35}}\b(?:with|through|via|off|from|by|to) {_MONEY_ANY}\b|"
            rf"\b(?:go|goes|going|went|talk\w*|speak\w*|contact\w*|report\w*|complain\w*|escalat\w*|"
            rf"rais\w*|tak\w*|took|put\w*)(?: (?:this|it|in a claim|a claim|a dispute|the (?:charge|payment|"
            rf"transaction)|the matter))? (?:to|with) {_MONEY_ANY}\b|\b(?:get|ask|have|let) "
            rf"{_MONEY_ANY} (?:to )?(?:revers|pull|stop|block|claw|refund|sort|deal|cancel|take)\w*|"
            r"\bsection 75\b|\bpull (?:the|this|my) (?:charge|payment)\b"
        ),
    ),
    (
        "review",
        _c(r"\b(?:1|one|0|zero|no|a single)[- ]?(?:\*|stars?)(?!\w)(?! (?:hotel|general|service))"),
    ),
    (
        "review",
        _c(
            rf"\b{_VENUE}\b[^.!?\n]{{0,25}}\b(?:will|'ll|would|is going to|are going to|gonna|is "
            r"about to|are about to|r going to|r gonna|shall)(?: \w+)? (?:know|hear|love|learn|find out|be told|be hearing|"
            r"be warned|get to know)\b|\b(?:everyone|everybody|every1|all my \w+|my (?:friends|"
            r"followers|family|mates|contacts|community)|the (?:whole )?world|other (?:buyers|customers|"
            r"shoppers)|the whole of \w+)\b[^.!?\n]{0,20}\b(?:will|'ll|would|is going to|are going to|"
            r"gonna)(?: \w+)? (?:know|hear|be told|find out|learn|be warned|avoid)\b"
        ),
    ),
    (
        "review",
        _c(
            r"\b(?:tell|warn|let|inform|alert)(?:ing|s|ed)? (?:everyone|everybody|the whole (?:\w+ )?of "
            r"\w+|the whole \w+|the world|all (?:of )?my \w+|every \w+|my (?:followers|friends|mates|"
            r"family|community)|other (?:buyers|customers|shoppers|people)|anyone (?:who|that) (?:will )?"
            r"listens?)\b|\bwarn(?:ing)? (?:people|others|folks)\b|\bmake sure (?:nobody|no one|no-one) "
            r"(?:else )?(?:buys|orders|shops|uses|trusts)\b|\b(?:your|ur) (?:reputation|rep|name|ratings?|"
            r"reviews?)\b[^.!?\n]{0,20}\b(?:toast|ruined|destroyed|finished|in tatters|mud|tank\w*|"
            r"trashed|going down|suffer|take a hit)\b|\b(?:expect|get|getting|leav\w*|writ\w*|post\w*)(?: you)? "
            r"(?:a|an|my)(?: very| brutally| completely| totally| 100%)? honest (?:review|feedback|rating|"
            r"write-?up)\b|\btag(?:ging)? (?:you|u|your|ur)\b|\bshar\w*(?: \w+){0,3} with (?:everyone|"
            r"everybody|all (?:of )?my \w+|my (?:followers|subscribers|audience|community))\b"
        ),
    ),
    (
        "review",
        _c(
            rf"(?<!the )(?<!a )(?<!your )(?<!that )(?<!this )(?<!it )(?<!was )\b(?:post|share|put|writ|tweet|"
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
            r"\b(?:waiting|wait|be) (?:outside|for (?:you|u) outside) (?:your|ur|yours)\b|\bpay(?:ing)? "
            r"(?:your|ur|you|u)(?: \w+)? a (?:little )?visit\b|\block (?:your|ur) doors?\b|\bteach "
            r"(?:you|u|ya|him|her|them) a lesson\b|\b(?:driv|head|com|walk)\w* (?:round|over) to yours\b|"
            r"\baddress\b[^.!?\n]{0,40}\b(?:see (?:you|u) soon|coming for (?:you|u)|on my way)\b"
        ),
    ),
)

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
    r"didn't|did not|have no (?:intention|plans?|wish|desire)|am not)\b[^.!?,;\n]{0,30}|"
    r"\bno need (?:for|to)\b[^.!?,;\n]{0,15}|\bnot (?:asking|looking) for\b[^.!?,;\n]{0,15}|"
    r"\bwithout\b[^.!?,;\n]{0,15}|\bthanks? (?:you )?(?:so much )?for (?:the|my|your)\b"
    r"[^.!?,;\n]{0,12}|\b(?:received|got) (?:the|my)\b[^.!?,;\n]{0,8})$"
)
_NEG_INTENT_OVERRIDE: Final = _c(
    r"\b(?:don'?t make me|do not make me|unless|if (?:i|you) (?:don'?t|do not)|or (?:else|i))\b"
)


_PRAISE_RE: Final = re.compile(
    r"\b(?:love[sd]?|loving|lovely|gorgeous|beautiful|amazing|brilliant|excited|great|fantastic|"
    r"wonderful|recommend\w*|happy|pleased|delighted|stunning|perfect|glowing|positive|(?:5|five)[- ]?stars?)\b"
)
_COMPLAINT_RE: Final = re.compile(
    r"\b(?:scam\w*|avoid|never|worst|terrible|awful|disgrace\w*|rip-?off|useless|shocking|joke|warn\w*|"
    r"bad|negative|nightmare|rubbish|appalling|shit\w*|crap\w*|thie\w+|fraud\w*|treated)\b|[1\u2605*]"
)


def praising(text: str, start: int, end: int) -> bool:
    """True when the sentence around a review hit praises ("I'll post it on Instagram, it's
    gorgeous"): sharing good news is not a threat. The hit's own words are left out, so "my
    followers will love this story" still counts."""
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    rights = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    right = min(rights) if rights else len(text)
    rest = text[left:start] + " " + text[end:right]
    return bool(_PRAISE_RE.search(rest)) and not _COMPLAINT_RE.search(text[left:right])


# Only for threats: the writer asking whether to take a step ("should I open a case with eBay?")
# or passing on someone else's advice ("my friend said do a chargeback") states no intent. (Not
# for demands: "can I get a refund?" is one.)
_ASKED_RE: Final = _c(
    r"(?:\b(?:do|should|shall|must) (?:i|we)\b[^.!?,;\n]{0,25}|\b(?:friend|someone|somebody|people|"
    r"they|he|she|mum|dad|husband|wife|partner|everyone) (?:said|says|told me|suggested|advised|"
    r"recommended)\b[^.!?,;\n]{0,15})$"
)
THREAT_LABELS: Final = frozenset(label for label, _ in THREAT_RULES)


def asked(text: str, start: int) -> bool:
    """True when a threat word is part of a question about the step or someone else's advice."""
    return _ASKED_RE.search(text[max(0, start - 50) : start]) is not None


def negated(text: str, start: int) -> bool:
    """True when the writer denies the intent just before ``start`` ("I won't sue")."""
    window = text[max(0, start - 50) : start]
    if not _NEGATED_RE.search(window):
        return False
    return not _NEG_INTENT_OVERRIDE.search(window)


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
    text = scan.text
    for label, rule in rules:
        for m in rule.matches(scan):
            start = m.start()
            if negatable and negated(text, start):
                continue
            if label in THREAT_LABELS and asked(text, start):
                continue
            if label == "review" and praising(text, start, m.end()):
                continue
            hits.append(Hit(label, start, m.end()))
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
