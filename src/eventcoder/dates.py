"""Normalise the free-form dates found in news to ISO 8601.

Dates come from dump ``date`` fields, ``--date`` option values and the dateline of a text scrape.
The output is ``2025-03-04`` when only a day is known, ``2025-03-04T14:32:00-05:00`` when a time
and a zone are known, and ``2025-03-04T14:32:00`` when a time is known but no zone.

The parser is a small tokenizer plus explicit rules rather than a fuzzy parser, because a wrong
date is worse than none: it never fills in a missing day, month or year (no "today"), never reads
a date out of a bare number (but for a Unix time in seconds or milliseconds from 1990 to
tomorrow, as dumps give dates) or a year, and rejects numeric dates such as ``04/03/2025`` that read
differently in day-first and month-first countries, unless a weekday written before one fits one
reading only ("Tuesday 04/03/2025" is 4 March). Years outside 1900-2100 are rejected.

Zone abbreviations map to fixed offsets (``EST`` is always -05:00, ``EDT`` always -04:00). The
North American generic names ``ET``, ``CT``, ``MT`` and ``PT`` say "whatever is in force", so
they are resolved with the IANA zone (``America/New_York`` ...) for the given date and time. A
generic name with a date but no time gives the date alone, so no resolution is needed there.
Ambiguous abbreviations are read one way: ``CST`` is US Central (not China), ``IST`` is India
(not Ireland or Israel), ``BST`` is British Summer Time; ``AST`` and ``ECT`` are not recognised.
A wire dateline's place settles them (:func:`local_zone`): "BEIJING ... CST" is China's,
"JERUSALEM ... IST" Israel's, "RIYADH ... AST" Arabia's, "QUITO ... ECT" Ecuador's.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from types import MappingProxyType
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = ["LEAD_DATELINE", "find_dateline", "lead_dateline", "lead_place", "local_zone",
           "parse_date", "published_day"]

# Longer inputs are not a date field or a dateline; the cap also bounds the work per call.
_MAX_VALUE = 200

_TOKEN_RE = re.compile(
    r"""
    (?P<iso>\d{4}-\d{1,2}-\d{1,2}
        (?:[T\x20]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?
           (?:\x20?(?:Z|[+\u2212-]\d{2}(?::?\d{2})?))?)?)(?![\d:])
    |(?P<numdate>\d{1,4}(?P<sep>[/.-])\d{1,2}(?P=sep)\d{1,4})(?![\d/.-]\d)
    |(?P<time>\d{1,2}(?:[:.]\d{2}){1,2}(?:\s?(?i:[ap]\.?\s?m\b\.?))?
        |\d{1,2}\s?(?i:[ap]\.?\s?m\b\.?))
    |(?P<offset>(?:UTC|GMT|UT)\s?[+\u2212-]\s?\d{1,2}(?::?\d{2})?(?!\d)
        |(?<![\w:])[+\u2212-]\d{2}:?\d{2}(?!\d))
    |(?P<num>\d+(?:st|nd|rd|th)?)
    |(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)?\.?)
    |(?P<punct>\S)
    """,
    re.X,
)

_ISO_RE = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?"
    r"(?: ?(Z|[+\u2212-]\d{2}(?::?\d{2})?))?)?$"
)
_TIME_RE = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?(?:[:.](\d{2}))?\s?(?:([ap])\.?\s?m\.?)?$", re.I)
_OFFSET_RE = re.compile(r"(?:UTC|GMT|UT)?\s?([+\u2212-])\s?(\d{1,2}):?(\d{2})?$")
_YEARISH_RE = re.compile(r"(?<!\d)(?:19|20|21)\d\d(?!\d)")
_YEAR_GATE_RE = re.compile(r"[12]\d\d\d")  # a fast necessary condition for _YEARISH_RE

_MONTHS = MappingProxyType(
    {
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
        "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
        "nov": 11, "december": 12, "dec": 12,
    }
)  # fmt: skip
_WEEKDAYS = frozenset(
    "monday mon tuesday tue tues wednesday wed thursday thu thur thurs friday fri "
    "saturday sat sunday sun".split()
)
_WEEKDAY_NUMBERS = {w: n for n, w in enumerate("mon tue wed thu fri sat sun".split())}
# Words that may surround a date in a date field or dateline without making it prose.
_LABELS = frozenset(
    "published posted updated update last first on at the date dated modified publication "
    "created issued revised edited originally local time pub upd as of".split()
)
# Labels that mark the publication date when a line carries several dates.
_PUBLISHED_LABELS = frozenset("published posted created issued publication pub".split())
# Reading-time and age notes ("4 min read", "Updated 2 hours ago") that often share a line
# with the dateline.
_FILLERS = frozenset("min mins minute minutes read reading hr hrs hour hours ago".split())
_SEPARATORS = frozenset(",;|·•—–-/:()[]{}.*~")
_STRIP_CHARS = ",;|·•—–-/:()[]{}.*~!?\"'“”‘’"
# Lowercase words a dateline may contain (everything else lowercase makes it prose).
_LOWERCASE_OK = (
    _LABELS
    | _FILLERS
    | _WEEKDAYS
    | frozenset(_MONTHS)
    | frozenset("a.m p.m am pm a.m. p.m. noon midday of".split())
)

_FIXED_OFFSETS = MappingProxyType(
    {
        "UTC": 0, "UT": 0, "GMT": 0, "Z": 0, "WET": 0,
        "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360,
        "PST": -480, "PDT": -420, "AKST": -540, "AKDT": -480, "HST": -600,
        "BST": 60, "WEST": 60, "CET": 60, "CEST": 120, "EET": 120, "EEST": 180, "MSK": 180,
        "TRT": 180, "IST": 330, "PKT": 300, "NPT": 345, "ICT": 420, "WIB": 420, "HKT": 480,
        "SGT": 480, "PHT": 480, "AWST": 480, "JST": 540, "KST": 540, "ACST": 570,
        "ACDT": 630, "AEST": 600, "AEDT": 660, "NZST": 720, "NZDT": 780,
        "WAT": 60, "CAT": 120, "SAST": 120, "EAT": 180, "GST": 240,
    }
)  # fmt: skip
# Abbreviations that name another zone in some places than the one _FIXED_OFFSETS gives them,
# with the datelines that use them so: "BEIJING, Tuesday 17 Feb 2026, 12:10 CST" is China
# Standard Time, "JERUSALEM ... IST" Israel's, "QUITO ... ECT" Ecuador's (see local_zone).
_PLACE_ZONES: MappingProxyType[str, tuple[tuple[int, frozenset[str]], ...]] = MappingProxyType(
    {
        "CST": ((480, frozenset({
            "BEIJING", "SHANGHAI", "GUANGZHOU", "SHENZHEN", "WUHAN", "CHENGDU", "CHONGQING",
            "TIANJIN", "NANJING", "HANGZHOU", "XIAMEN", "DALIAN", "QINGDAO", "URUMQI", "LHASA",
            "HARBIN", "XI'AN", "KUNMING", "FUZHOU", "ZHENGZHOU", "CHANGSHA", "SHENYANG",
            "TAIPEI", "KAOHSIUNG", "TAICHUNG", "TAINAN", "MACAU"})),
                (-300, frozenset({"HAVANA", "SANTIAGO DE CUBA"}))),
        "IST": ((120, frozenset({"JERUSALEM", "TEL AVIV", "HAIFA", "BEERSHEBA", "ASHDOD",
                                 "ASHKELON", "EILAT", "NAZARETH", "SDEROT"})),
                (60, frozenset({"DUBLIN", "CORK", "GALWAY", "LIMERICK", "WATERFORD"}))),
        "IDT": ((180, frozenset({"JERUSALEM", "TEL AVIV", "HAIFA", "BEERSHEBA", "ASHDOD",
                                 "ASHKELON", "EILAT", "NAZARETH", "SDEROT"})),),
        "AST": ((180, frozenset({"RIYADH", "JEDDAH", "MECCA", "MEDINA", "DAMMAM", "BAGHDAD",
                                 "BASRA", "ERBIL", "MOSUL", "KUWAIT", "KUWAIT CITY", "DOHA",
                                 "MANAMA", "SANAA", "ADEN"})),
                (-240, frozenset({"SAN JUAN", "SANTO DOMINGO", "HALIFAX", "BRIDGETOWN",
                                  "PORT OF SPAIN", "CASTRIES", "KINGSTOWN"}))),
        "ECT": ((-300, frozenset({"QUITO", "GUAYAQUIL", "CUENCA", "MANTA", "ESMERALDAS"})),),
    }
)
# Generic names whose offset depends on the date: resolved with the IANA zone.
_REGIONAL_ZONES = MappingProxyType(
    {
        "ET": ("America/New_York", -300),
        "CT": ("America/Chicago", -360),
        "MT": ("America/Denver", -420),
        "PT": ("America/Los_Angeles", -480),
    }
)

# A zone is either a fixed offset in minutes or an IANA key with its standard offset fallback.
_Zone = int | tuple[str, int]
_Time = tuple[int, int, int]
_Tok = tuple[str, str]


def parse_date(value: str, *, default_tz: tzinfo | None = None) -> str | None:
    """Return ``value`` as an ISO 8601 date or date-time, or None if it is not a date.

    ``value`` must be a date expression and nothing else, optionally with labels such as
    "Published:" or "Updated". ``default_tz`` is applied when a time is given without a zone.
    Never raises for bad input.
    """
    if not isinstance(value, str) or len(value) > _MAX_VALUE:
        return None
    epoch = _EPOCH_RE.fullmatch(value.strip())
    if epoch is not None:
        return _from_epoch(epoch.group(1))
    value = _GLUED_YEAR_TIME.sub(r"\1 \2", value)
    try:
        found = _scan(value)
        if found is None:
            return None
        result, leftover = found
        if leftover:
            return None
        return _format(*result, default_tz=default_tz)
    except (ValueError, OverflowError, ArithmeticError):
        return None


# A Unix time as dumps give it: seconds (9-11 digits) or milliseconds (12-13), perhaps with a
# fraction ("1742342400", "1742342400000", "1742342400.0").
_EPOCH_RE = re.compile(r"(\d{9,13})(?:\.\d*)?")
_EPOCH_FIRST = datetime(1990, 1, 1, tzinfo=UTC)


def _from_epoch(digits: str) -> str | None:
    """A Unix time in seconds or milliseconds as a UTC date-time, or None when it falls before
    1990 or after tomorrow: another number (an id, a phone number) is no date."""
    seconds = int(digits) / (1000 if len(digits) >= 12 else 1)
    try:
        moment = datetime.fromtimestamp(seconds, UTC).replace(microsecond=0)
    except (OverflowError, OSError, ValueError):
        return None
    if not _EPOCH_FIRST <= moment <= datetime.now(UTC) + timedelta(days=1):
        return None
    return moment.isoformat(timespec="seconds")


# A dateline opening a story's first paragraph, up to its dash: the place in capitals, perhaps
# a region or country, perhaps the day (weekday, date, year, time and zone) and the agency:
# "KORSA, March 6 — ", "NAIROBI, Kenya, Tuesday 25 June 2024, 14:05 EAT — ",
# "VELORA, Veldoria (MWS) -- ", "UNITED NATIONS — ". A place in title case, as sites restyle
# the wires' capitals, is a dateline only with its day or its agency ("Kinshasa, Congo (AP) — ",
# "Nairobi, June 3 (Reuters) - "): a bare "Nairobi – " may open a sentence. ``place``, ``when``
# and ``agency`` are its parts.
# (or the weekday alone, perhaps with the time: "KHARTOUM, Sudan, Tuesday 11:42 GMT (AP) — ")
_CLOCK = r"(?:,?[ ](?:at[ ])?\d{1,2}[:.]\d{2}(?:[ ]?[AaPp]\.?[Mm]\.?)?(?:[ ][A-Z]{2,5})?)?"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_WHEN = (r",?[ ](?:(?:" + _WEEKDAY + r",?[ ])?"
         r"(?:[A-Z][a-z]{2,8}\.?[ ]\d{1,2}|\d{1,2}[ ][A-Z][a-z]{2,8})(?:,?[ ]\d{4})?" + _CLOCK +
         r"|" + _WEEKDAY + _CLOCK + r")")
# (a region or country, "Bosnia and Herzegovina", "Democratic Republic of Congo" too)
# (not the day's weekday or month: "BEIJING, Friday 17 April 2026")
_REGION = (r"(?:,[ ](?!(?:" + _WEEKDAY + r"|Jan|Feb|Mar|Apr|May|Jun|Jul|"
           r"Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|"
           r"October|November|December)\b)[A-Z][\w'’.\-]+"
           r"(?:[ ](?:(?:of|and|the)[ ])?[A-Z][\w'’.\-]+){0,3})?")
# (a word in title case, not a possessive: "Kinshasa", "N'Djamena", "Port-au-Prince")
_TITLED = r"[A-Z](?:[a-z.]|-[A-Za-z]|['’](?!s\b)[A-Za-z])+"
_DASH = r"[ ]?(?:[\u2014\u2013]{1,2}|-{1,2})[ ]"
LEAD_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z'’.\-]+(?:(?:[ ]|[ ]?/[ ]?)[A-Z][A-Z'’.\-]+){0,4}" + _REGION +
    r"|(?!(?:The|A|An|In|On|At|As|After|Before|By|Updated|Published|Posted|Last|Today|"
    + _WEEKDAY + r"|January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\b)" + _TITLED +
    r"(?:[ ](?:(?:de|del|da|do|dos|es|el|al|la)[ ])?" + _TITLED + r"){0,3}" + _REGION +
    r"(?=(?:" + _WHEN + r")?[ ]\([A-Za-z][A-Za-z .&-]{1,19}\)" + _DASH + r"|" + _WHEN + _DASH +
    r"))"
    r"(?P<when>" + _WHEN + r")?"
    r"(?:(?:[ ]\((?P<agency>[A-Za-z .&-]{1,20})\))?" + _DASH +
    r"|\.?[ ]/(?P<slashed>[A-Z][A-Za-z .&-]{1,19})/\.?[ ])"  # "MOSCOW, February 25. /TASS/. "
)


# A dateline at the head of a paragraph ("KORSA, March 6 — ", "NAIROBI, Kenya, Tuesday 25 June
# 2024, 14:05 EAT — "): where the story was filed, not an actor of its first event.
_PARAGRAPH_DATELINE = re.compile(r"(?:(?<=\n)|^)[ \t]*" + LEAD_DATELINE.pattern)


# The colon form of the South Asian and Gulf press ("ISLAMABAD: The government ...", "RIYADH:
# Saudi Arabia ..."), where a capitalised label of a section or a kind of piece is not a place.
_COLON_DATELINE = re.compile(
    r"(?:(?<=\n)|^)[ \t]*(?!(?:BREAKING|UPDATED?|EXCLUSIVE|WATCH|ANALYSIS|OPINION|EDITORIAL|"
    r"LIVE|VIDEO|PHOTOS?|READ|NOTE|CORRECTION|FILE|EXPLAINER|FACTBOX|TIMELINE|WARNING|ALERT|"
    r"URGENT|FLASH|DEVELOPING|JUST|SPONSORED|ADVERTISEMENT|PODCAST|INTERVIEW|COMMENT|REVIEW|"
    r"FEATURE|RELATED|MORE|ALSO|SEE|EDITOR'?S|POLITICS|WORLD|BUSINESS|SPORTS?|NATION|NATIONAL|"
    r"INTERNATIONAL|REGION|LOCAL|OBITUARY|PROFILE|SUMMARY|BACKGROUND|CONTEXT|Q)\b)"
    r"(?P<place>[A-Z][A-Z'’.\-]{2,}(?:[ ][A-Z][A-Z'’.\-]+){0,2}):[ ](?=[A-Z\"“‘'])")


def lead_dateline(text: str) -> re.Match[str] | None:
    """The dateline heading the first or second paragraph of ``text``, if any."""
    head = text[:600]
    for pattern in (_PARAGRAPH_DATELINE, _COLON_DATELINE):
        match = pattern.search(head)
        if match is not None and text[:match.start()].count("\n\n") <= 1:
            return match
    return None


def lead_place(text: str) -> str | None:
    """The place of the dateline heading the lead: "NAIROBI, Kenya" in
    "NAIROBI, Kenya, June 25 (Reuters) - Police fired ...", or None."""
    match = lead_dateline(text)
    return match.group("place").rstrip(",") if match is not None else None


def local_zone(when: str, place: str | None) -> str:
    """``when`` with a zone abbreviation that means another zone where a dateline's ``place``
    is written as that zone's offset: ("Tuesday 17 Feb 2026, 12:10 CST", "BEIJING") ->
    "Tuesday 17 Feb 2026, 12:10 +08:00". Other text is returned as it is."""
    city = (place or "").split(",")[0].strip().upper()
    if not city:
        return when

    def offset(match: re.Match[str]) -> str:
        for minutes, cities in _PLACE_ZONES[match.group(0)]:
            if city in cities:
                sign = "-" if minutes < 0 else "+"
                return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
        return match.group(0)

    return _PLACE_ZONE_RE.sub(offset, when)


_PLACE_ZONE_RE = re.compile(r"\b(?:" + "|".join(_PLACE_ZONES) + r")\b")


def find_dateline(line: str) -> str | None:
    """Return the ISO date of a publication dateline, or None if ``line`` is not one.

    A dateline is a line that is (mostly) a date: an optional label ("Published", "Updated",
    "First published on" ...), an optional weekday, the date, an optional time and zone and
    separators. Reading-time notes ("4 min read") are allowed, and so are up to three stray
    capitalised words (an outlet or author name); a sentence that merely contains a date is not
    a dateline.
    """
    if not isinstance(line, str) or len(line) > _MAX_VALUE:
        return None
    line = _GLUED_REPEAT.sub(r"\1", line)
    line = _GLUED_YEAR_TIME.sub(r"\1 \2", line)  # "17 Jul 202506:10 GMT", as scrapes glue it
    if not _YEAR_GATE_RE.search(line) or not _YEARISH_RE.search(line):
        return None
    # Cheap rejection of prose before tokenizing: a dateline has no ordinary lowercase word.
    for raw_word in line.split():
        word = raw_word.strip(_STRIP_CHARS)
        if word[:1].islower() and word.lower() not in _LOWERCASE_OK:
            return None
    try:
        found = _scan(line)
        if found is None:
            return None
        result, leftover = found
        leftover = _drop_fillers(leftover)
        if leftover:
            words = [w for w in leftover if w[:1].isalpha()]
            if (
                len(leftover) > 3
                or len(words) != len(leftover)
                or not all(w[:1].isupper() for w in words)
                or line.rstrip().endswith(".")
            ):
                return None
        return _format(*result, default_tz=None)
    except (ValueError, OverflowError, ArithmeticError):
        return None


def _drop_fillers(leftover: list[str]) -> list[str]:
    """Remove reading-time notes ("4 min read", "Reading time 3 minutes")."""
    kept: list[str] = []
    for i, tok in enumerate(leftover):
        low = tok.lower().rstrip(".")
        if low in _FILLERS:
            continue
        if tok.isdigit() and i + 1 < len(leftover) and leftover[i + 1].lower() in _FILLERS:
            continue
        kept.append(tok)
    return kept


# A date a page shows twice, glued: "24 Jul 202524 Jul 2025" (Al Jazeera's visible date
# and its screen reader's).
_GLUED_REPEAT = re.compile(r"(\b\d{1,2}[ .][A-Za-z]{3,9}\.?,? \d{4}"
                           r"|\b[A-Za-z]{3,9}\.? \d{1,2},? \d{4})\1")
_GLUED_YEAR_TIME = re.compile(r"\b((?:19|20)\d{2})(\d{1,2}:\d{2})\b")


def _scan(text: str) -> tuple[tuple[date, _Time | None, _Zone | None], list[str]] | None:
    """Find the dates in ``text``; return the publication one and the unexplained tokens."""
    toks: list[_Tok] = [(m.lastgroup or "punct", m.group()) for m in _TOKEN_RE.finditer(text)]
    n = len(toks)
    used = [False] * n
    results: list[tuple[tuple[date, _Time | None, _Zone | None], bool]] = []
    i = 0
    last_end = 0
    while i < n:
        found = _date_at(toks, i)
        if found is None:
            i += 1
            continue
        day, time, zone, end = found
        for k in range(i, end):
            used[k] = True
        start = i
        # A weekday right before the date, possibly followed by a comma.
        k = i - 1
        if k >= 0 and toks[k][0] == "punct" and toks[k][1] in ",.":
            k -= 1
        if k >= 0 and not used[k] and _word(toks[k]) in _WEEKDAYS:
            used[k] = True
            for m in range(k + 1, i):
                used[m] = True
            start = k
        if time is None:
            time, zone_after = _time_near(toks, used, end, start)
            if zone_after is not None:
                zone = zone_after
        if zone is None:
            zone = _zone_at(toks, used, end)
        labelled = any(_word(toks[m]) in _PUBLISHED_LABELS for m in range(last_end, start))
        results.append(((day, time, zone), labelled))
        last_end = end
        i = end
    if not results:
        return None
    chosen = next((r for r, labelled in results if labelled), results[0][0])
    leftover = [
        tok
        for k, (kind, tok) in enumerate(toks)
        if not used[k]
        and not (kind == "punct" and tok in _SEPARATORS)
        and not (kind == "word" and tok.lower().rstrip(".") in _LABELS)
    ]
    return chosen, leftover


def _word(tok: _Tok) -> str:
    return tok[1].lower().rstrip(".") if tok[0] == "word" else ""


def _date_at(toks: list[_Tok], i: int) -> tuple[date, _Time | None, _Zone | None, int] | None:
    """Return (day, time, zone, end) if a date starts at token ``i``."""
    kind, text = toks[i]
    if kind == "iso":
        return _iso(text, i)
    if kind == "numdate":
        # a weekday before it settles a day-first/month-first reading ("Tuesday 04/03/2025"
        # is 4 March: 3 April 2025 was a Thursday)
        k = i - 2 if i >= 2 and toks[i - 1][1] == "," else i - 1
        named = _word(toks[k]) if k >= 0 else ""
        weekday = _WEEKDAY_NUMBERS[named[:3]] if named in _WEEKDAYS else None
        day = _numeric(text, weekday)
        return None if day is None else (day, None, None, i + 1)
    n = len(toks)
    if kind == "word" and _word(toks[i]) in _MONTHS:
        # Month Day[,] Year: "March 4, 2025", "Mar. 4 2025", "March 4th, 2025".
        month = _MONTHS[_word(toks[i])]
        j = _skip_punct(toks, i + 1, "-/")
        if j >= n or toks[j][0] != "num":
            return None
        dnum = _day_number(toks[j][1])
        j = _skip_punct(toks, j + 1, ",-/")
        if dnum is None or j >= n or toks[j][0] != "num":
            return None
        year = _year_number(toks[j][1])
        if year is None:
            return None
        return date(year, month, dnum), None, None, j + 1
    if kind == "num":
        # Day [of] Month[,] Year: "4 March 2025", "4th of March, 2025", "04-Mar-2025".
        dnum = _day_number(text)
        if dnum is None:
            return None
        j = _skip_punct(toks, i + 1, "-/")
        if j < n and _word(toks[j]) == "of":
            j += 1
        if j >= n or _word(toks[j]) not in _MONTHS:
            return None
        month = _MONTHS[_word(toks[j])]
        j = _skip_punct(toks, j + 1, ",-/")
        if j >= n or toks[j][0] != "num":
            return None
        year = _year_number(toks[j][1])
        if year is None:
            return None
        return date(year, month, dnum), None, None, j + 1
    return None


def _skip_punct(toks: list[_Tok], j: int, allowed: str) -> int:
    if j < len(toks) and toks[j][0] == "punct" and toks[j][1] in allowed:
        return j + 1
    return j


def _day_number(text: str) -> int | None:
    digits = text[:-2] if text[-2:].isalpha() else text  # "4th" -> "4"
    if not digits.isdigit() or len(digits) > 2:
        return None
    value = int(digits)
    return value if 1 <= value <= 31 else None


def _year_number(text: str) -> int | None:
    if len(text) != 4 or not text.isdigit():
        return None
    value = int(text)
    return value if 1900 <= value <= 2100 else None


def _iso(text: str, i: int) -> tuple[date, _Time | None, _Zone | None, int] | None:
    m = _ISO_RE.match(text)
    if m is None:
        return None
    year = int(m.group(1))
    if not 1900 <= year <= 2100:
        return None
    day = date(year, int(m.group(2)), int(m.group(3)))
    time: _Time | None = None
    zone: _Zone | None = None
    if m.group(4) is not None:
        time = _checked_time(int(m.group(4)), int(m.group(5)), int(m.group(6) or 0))
        if time is None:
            return None
        if m.group(7):
            zone = 0 if m.group(7) == "Z" else _offset_minutes(m.group(7))
            if zone is None:
                return None
    return day, time, zone, i + 1


def _numeric(text: str, weekday: int | None = None) -> date | None:
    """Resolve a numeric date; day-first/month-first ambiguity gives None unless the
    ``weekday`` written with it (0 Monday) fits one reading only."""
    parts = re.split(r"[/.-]", text)
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return None
    a, b, c = parts
    if len(a) == 4:
        year, month, day = int(a), int(b), int(c)
        if not 1900 <= year <= 2100:
            return None
        return date(year, month, day)
    if len(c) != 4:
        return None
    year = int(c)
    if not 1900 <= year <= 2100:
        return None
    x, y = int(a), int(b)
    if "." in text and 1 <= x <= 31 and 1 <= y <= 12:
        # dotted dates are day first wherever they are written ("01.03.2025", Anadolu, TASS,
        # European sites)
        try:
            return date(year, y, x)
        except ValueError:
            return None
    readings = set()
    for day, month in ((x, y), (y, x)):
        if 1 <= month <= 12 and 1 <= day <= 31:
            try:
                readings.add(date(year, month, day))
            except ValueError:
                continue
    if len(readings) > 1 and weekday is not None:
        readings = {d for d in readings if d.weekday() == weekday}
    return readings.pop() if len(readings) == 1 else None


def _time_near(
    toks: list[_Tok], used: list[bool], end: int, start: int
) -> tuple[_Time | None, _Zone | None]:
    """Find the time after the date (or just before it) and the zone right after that time."""
    j = end
    for _ in range(3):
        if j < len(toks) and not used[j] and _is_glue(toks[j]):
            j += 1
    if j < len(toks) and not used[j]:
        time = _time_token(toks[j])
        if time is not None:
            used[j] = True
            for m in range(end, j):
                used[m] = True
            return time, _zone_at(toks, used, j + 1)
    # Time first: "14:32 GMT, 4 March 2025".
    j = start - 1
    for _ in range(3):
        if j >= 0 and not used[j] and _is_glue(toks[j]):
            j -= 1
    if j >= 0 and not used[j]:
        zone = _zone_token(toks[j])
        if zone is not None:
            j -= 1
        time = _time_token(toks[j]) if j >= 0 and not used[j] else None
        if time is not None:
            for m in range(j, start):
                used[m] = True
            return time, zone
    return None, None


def _is_glue(tok: _Tok) -> bool:
    kind, text = tok
    if kind == "punct":
        return text in _SEPARATORS
    return kind == "word" and text.lower() in ("at", "on", "@")


def _time_token(tok: _Tok) -> _Time | None:
    kind, text = tok
    if kind == "word" and text.lower().rstrip(".") in ("noon", "midday"):
        return (12, 0, 0)
    if kind != "time":
        return None
    m = _TIME_RE.match(text)
    if m is None:
        return None
    hour, minute, second = int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0)
    meridiem = m.group(4)
    if meridiem:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem.lower() == "p" else 0)
    return _checked_time(hour, minute, second)


def _checked_time(hour: int, minute: int, second: int) -> _Time | None:
    if 0 <= hour <= 23 and 0 <= minute <= 59 and 0 <= second <= 59:
        return hour, minute, second
    return None


def _zone_at(toks: list[_Tok], used: list[bool], j: int) -> _Zone | None:
    """Read a zone at token ``j``, also in parentheses: "EST", "(GMT)", "+0000", "UTC+3"."""
    n = len(toks)
    paren = j < n and toks[j] == ("punct", "(")
    k = j + 1 if paren else j
    if k >= n or used[k]:
        return None
    zone = _zone_token(toks[k])
    if zone is None:
        return None
    used[k] = True
    if paren:
        used[j] = True
        if k + 1 < n and toks[k + 1] == ("punct", ")"):
            used[k + 1] = True
    return zone


def _zone_token(tok: _Tok) -> _Zone | None:
    kind, text = tok
    if kind == "offset":
        return _offset_minutes(text)
    if kind != "word":
        return None
    text = text.rstrip(".")
    if text in _FIXED_OFFSETS:
        return _FIXED_OFFSETS[text]
    return _REGIONAL_ZONES.get(text)


def _offset_minutes(text: str) -> int | None:
    m = _OFFSET_RE.match(text.strip())
    if m is None:
        return None
    hours, minutes = int(m.group(2)), int(m.group(3) or 0)
    if hours > 14 or minutes > 59:
        return None
    total = hours * 60 + minutes
    return -total if m.group(1) in "-\u2212" else total


def _format(day: date, time: _Time | None, zone: _Zone | None, *, default_tz: tzinfo | None) -> str:
    if time is None:
        return day.isoformat()
    naive = datetime(day.year, day.month, day.day, *time)
    if zone is None:
        if default_tz is None:
            return naive.isoformat(timespec="seconds")
        offset = naive.replace(tzinfo=default_tz).utcoffset()
        if offset is None:
            return naive.isoformat(timespec="seconds")
    elif isinstance(zone, int):
        offset = timedelta(minutes=zone)
    else:
        offset = _regional_offset(naive, *zone)
    return naive.replace(tzinfo=timezone(offset)).isoformat(timespec="seconds")


def _regional_offset(naive: datetime, key: str, standard: int) -> timedelta:
    try:
        offset = naive.replace(tzinfo=ZoneInfo(key)).utcoffset()
    except (ZoneInfoNotFoundError, ValueError):
        offset = None
    # Without the tz database, standard time is the honest fallback for a generic name.
    return offset if offset is not None else timedelta(minutes=standard)


def published_day(published: str | None) -> date | None:
    """The day of a stored ``published`` value ("2025-03-04T14:32:00-05:00" -> 2025-03-04),
    or None when there is none or it is not ISO."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None
