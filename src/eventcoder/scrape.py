"""Turn a text scrape of a news page into a clean article.

A text scrape is the visible text of a news page with the site's clutter around the story: a
donation banner, a section label, a reprint line naming the original outlet, the headline, a
dateline, perhaps a byline, then the story, the editors' initials and a newsletter footer.

The cleaner works on lines, then on paragraphs ("segments"):

1. Lines are joined into paragraphs. Blank lines always separate paragraphs. Within a run of
   non-blank lines, a line is joined to the previous one when it starts in lower case (a wrapped
   sentence or a link split out of it) or, in a hard-wrapped scrape, when its first word would
   not have fitted on the previous line (that is how a greedy wrapper breaks lines; a paragraph's
   last line leaves room). Scrapes with one paragraph per line and no blank lines need no joins.
2. Each paragraph is classified on its own: a pattern family of clutter (share, cookie,
   subscribe, banner, photo credit, related, copyright, initials, menu ...), a reprint line, a
   byline, a dateline, prose (sentence-shaped: several words, a lowercase word, end punctuation
   or a closing quote) or neither.
3. Positional reasoning finds the story: the body starts at the first prose paragraph after
   the header's dateline (or at the first prose paragraph when the header has no dateline) and
   ends at the last prose paragraph before an end-of-story marker: editors' initials or a
   copyright line, or a comment prompt, site footer link or "Most read"-style heading that is
   not followed by more prose. A trailing island of one or two short prose paragraphs cut off by
   a block of newsletter/share clutter is footer, not story. Clutter families win over sentence
   shape, so "Support our journalism. Donate now!" is never taken for the story.
4. Inside the body only strong clutter is dropped (an "Advertisement" line, a "Related: ..."
   line and the headline list that follows a bare "Related" label); any other paragraph is kept,
   so no story sentence is lost to a weak guess. Everything outside the body is dropped.

Every dropped line is recorded with its 1-based line number and a reason, so users can audit the
cleaner. Every step is linear in the size of the input; the regular expressions are anchored or
gated by cheap substring checks so that long paragraphs cost little.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise

from .dates import LEAD_DATELINE, find_dateline, local_zone

__all__ = ["DroppedLine", "Scrape", "clean_extracted", "clean_scrape"]


@dataclass(frozen=True, slots=True)
class DroppedLine:
    """A line of the raw scrape that is not part of the story, and why.

    ``line`` is 1-based (``\r\n``, ``\r`` and ``\n`` each end a line); ``text`` is the line
    with its whitespace collapsed. ``reason`` is one of: the header roles "headline",
    "dateline", "byline", "reprint", "section_label", "banner" (an appeal, or prose before the
    headline), "standfirst" (prose between headline and dateline), "header" (anything else
    before the story); the clutter families "advert", "share", "cookie", "subscribe",
    "follow", "app", "comment", "click", "photo_credit", "related", "copyright", "initials",
    "menu", "notice", "separator", "correction" (a note on the story: "Correction: ...", "This
    article was amended on ..."), "timestamp" (a live page's entry time), "entry_heading" (the
    heading of a live page's entry, after its time); and "footer" for anything else after the
    story.
    """

    line: int
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class Scrape:
    """The story of a text scrape and what was learnt from the clutter around it.

    ``text`` is the story body, paragraphs joined by a blank line, each paragraph's whitespace
    collapsed to single spaces. ``published`` is ISO 8601. ``dateline`` is the place prefix of
    the lead ("NAIROBI, Kenya"), which stays in ``text``.
    """

    title: str | None
    published: str | None
    original_outlet: str | None
    author: str | None
    dateline: str | None
    text: str
    dropped: tuple[DroppedLine, ...]
    #: the lead dateline's day when it has no year and the page gives none ("Feb 16" of
    #: "DAKAR, Feb 16 (Reuters) -"): a default date supplies the year only
    dateline_day: str | None = None


# Reasons that end the story: nothing after them is body. Initials and copyright lines always
# do; the weak ones (a "Comments" or "Most read" heading, a footer link) only when what follows
# them is not prose, because a story can have a crosshead such as "Jobs".
_END_REASONS = frozenset({"initials", "copyright"})
_WEAK_END_REASONS = frozenset({"comment", "footer", "related_end"})
# Reasons of the newsletter/share blocks that cut a trailing island of prose off the story.
_FOOTERISH = frozenset(
    {"subscribe", "cookie", "share", "follow", "app", "comment", "footer", "menu", "copyright",
     "banner", "click", "notice", "correction"}
)  # fmt: skip

_TERMINAL = frozenset(".?!…")
_CLOSERS = "\"'”’»)]*"
_CLOSING_QUOTES = frozenset('"”’»')
_MAX_CLUTTER_WORDS = 80

_ADVERT = (
    r"(?:advertisement|advertising|advert|ads?|sponsored(?:\s+content)?"
    r"|paid\s+(?:content|post|partnership)|promoted(?:\s+content)?"
    r"|(?:story|article)\s+continues\s+(?:below|after)(?:\s+\w+){0,3}"
    r"|continue\s+reading\s+(?:below|the\s+main\s+story)"
    r"|scroll\s+(?:down\s+)?to\s+continue(?:\s+\w+){0,4}|skip\s+(?:ad|advert|advertisement)"
    r"|report\s+this\s+ad)"
)
# (several joined on one line: "Advertisement · Scroll to continue")
_ADVERT_RE = re.compile(_ADVERT + r"(?:[\s·|•\-–—]+" + _ADVERT + r")*[\W_]*")
# "(c)" alone also numbers list items in quoted resolutions, so it needs a year.
_COPYRIGHT_RE = re.compile(r"(?:©|\(c\)\s*\d{4}\b|copyright\s*(?:©|\(c\)|\d{4}\b|[\W_]*$))")
_INITIALS_RES = (
    # (jm/ka), ds/rt, jm/ka (AFP, Reuters)
    re.compile(r"\(?[a-z]{2,4}(?:-[a-z]{2,4})?(?:\s?/\s?[a-z]{2,4}(?:-[a-z]{2,4})?){1,4}\)?"
               r"(?:\s*\([^()]{1,60}\))?\.?"),  # (bur-im/rlp)
    # — JM/KA, -- jm
    re.compile(r"[—–-]{1,2}\s*[a-z]{1,4}(?:\s?/\s?[a-z]{1,4}){0,4}\.?"),
)
_CREDITS_RE = re.compile(
    r"\(?(?:\(?(?:with\s+)?(?:additional|further|contributing|extra)\s+)?"
    r"(?:reporting|writing|editing|edited|compiled|translated|translation|research|graphics"
    r"|fact-checking|produced|production|written|copy\s+editing|sub-?editing)"
    r"(?:\s+and\s+[a-z-]+)?\s+by\b"
)
_CONTRIBUTED_RE = re.compile(
    r"\bcontributed(?:\s+reporting)?\s+to\s+this\s+(?:report|story|article|dispatch)\W*$"
)
_PHOTO_PREFIX_RE = re.compile(
    r"\(?\s*(?:file\s+)?(?:photo(?:graph)?s?|pictures?|pics?|images?|video|graphic|illustration"
    r"|photo\s+credit|image\s+credit|(?:photo\s+|image\s+|picture\s+)?caption|photographer"
    r"|header\s+image|top\s+image"
    r"|main\s+image)\s*(?::|\||/|\bby\b)"
)
_PHOTO_ANY_RES = (
    re.compile(r"\((?:[\w.&-]+\s+){1,3}(?:photo|images?|pictures?)\s*/[^()]{1,80}\)\W*$"),
    re.compile(r"\b(?:photo|photograph|image|picture|credit)s?\s*:\s*[^.:]{2,80}$"),
    re.compile(r"^file(?:\s+photo)?\s*[-–—:]"),
    re.compile(r"\bgetty\s+images\W*$"),
)
# A caption ending in its agency's credit, the agency first ("REUTERS/Name", "REUTERS/Name/
# File Photo Purchase Licensing Rights") or in brackets ("(Photo by Name / AFP)").
_CAPTION_CREDIT_RE = re.compile(
    r"(?:(?:^|[.!?]\s+)reuters/[\w.'’-]+(?:\s+[\w.'’-]+){0,3}(?:/\s*file\s+photo)?"
    r"(?:\s+purchase\s+licensing\s+rights(?:,\s*opens\s+new\s+tab)?)?"
    r"|\((?:photo|picture|image)s?\s+(?:by|:)\s+[^()]{2,80}\)"
    # ("(Handout photo from the Philippine Coast Guard)", "(Coast Guard via AP)")
    r"|\((?:handout\s+|file\s+)?(?:photo|picture|image)s?(?:\s+(?:from|by|courtesy\s+of)"
    r"\s+[^()]{2,80})?\)"
    r"|\([^()]{2,60}\s+via\s+(?:ap|afp|reuters|getty\s+images|epa|xinhua)\)"
    # ("... on June 25, 2025. (AP Photo)": the agency's credit with no photographer)
    r"|[.!?][\"”’']?\s+\((?:ap|afp|epa|reuters|xinhua|getty)\s+(?:photo|images?)\))\W*$"
)
# Wires and picture agencies a photo's credit names: after a slash ("Name/AP"), and also
# closing a caption's sentence.
_WIRES = (r"ap|afp|reuters|getty(?:\s+images)?|epa(?:-efe)?|efe|xinhua|anadolu(?:\s+agency)?"
          r"|dpa|sipa|bloomberg|ap\s+photo|afp\s+photo|reuters\s+photo")
_AGENCIES = (r"(?:" + _WIRES + r"|the\s+associated\s+press|ansa|kyodo|yonhap|tass"
             r"|ria\s+novosti|pool)")
# A caption's sentence, then its credit: "... in Tbilisi on Monday. (Irakli Gedenidze/Reuters)",
# "... on November 10. © Zurab Tsertsvadze / AP", "... Saturday. [Reuters]".
_CLOSING_CREDIT_RE = re.compile(
    r"[.!?][\"”’']?\s+(?:©\s*[(\[]?(?:(?:[\w.'’-]+\s+){0,3}[\w.'’-]+\s*/\s*)?|"
    r"[(\[]?(?:[\w.'’-]+\s+){0,3}[\w.'’-]+\s*/\s*)" + _AGENCIES + r"[)\]]?\W*$")
# A bare bracketed agency closing a short caption: "Protesters march in Tbilisi. [Reuters]".
_BRACKET_CREDIT_RE = re.compile(r"[.!?][\"”’']?\s+\[" + _AGENCIES + r"\]\W*$")
# A caption's bracketed file credit: "Thai soldiers patrol the border [File: A. Perawongmetha/
# Reuters]".
_FILE_CREDIT_RE = re.compile(r"\[(?:file|photo|image|picture)(?:\s+photo)?\s*:\s*[^\]]{2,80}"
                             r"\]\W*$")
# A screen reader's marks around a list of links: "list of 4 items", "end of list".
_LIST_MARK_RE = re.compile(r"(?:list\s+of\s+\d+\s+items?|end\s+of\s+list)\W*")
# A reporter's sign-off: "Associated Press writer Jane Roe reported from Caracas."
_REPORTED_FROM_RE = re.compile(r"(?:[\w.'’-]+\s+){1,7}reported\s+from\s+[\w .,'’-]{2,40}\.?")
# Notes on the story itself: a correction, an update, a story still developing.
_CORRECTION_RE = re.compile(
    r"(?:(?:correction|clarification|editor'?s\s+note|editor’s\s+note)s?\b[^:]{0,40}:"
    r"|this\s+(?:article|story|report|piece|headline)\s+(?:was|has\s+been|is\s+being)\s+"
    r"(?:amended|corrected|updated|changed|clarified)\b"
    r"|an?\s+(?:earlier|previous)\s+version\s+of\s+this\s+(?:article|story|report|piece|headline)\b"
    r"|this\s+is\s+a\s+(?:developing|breaking)\s+(?:news\s+)?story\b)")
_AGENCY_CREDIT_RE = re.compile(r"/\s*(?:" + _WIRES + r"|ani|pa)\)?\W*$")
_COOKIE_RE = re.compile(
    r"\b(?:we\s+use|(?:this|our)\s+(?:web)?site\s+uses|uses\s+cookies|accept|consent|privacy"
    r"|by\s+(?:continuing|using|clicking|browsing)|preferences|settings|cookie\s+policy"
    r"|improve\s+your|personali[sz]e|partners)\b"
)
_COOKIE_BUTTON_RE = re.compile(
    r"(?:(?:accept|reject|allow|decline|refuse)(?:\s+all)?(?:\s+cookies)?"
    r"|manage\s+(?:preferences|cookies|consent|options|settings)|cookie\s+settings"
    r"|got\s+it|i\s+agree|i\s+accept|agree\s+and\s+close)[\W_]*"
)
_SUBSCRIBE_PREFIX_RE = re.compile(
    r"(?:sign\s+up\b|subscribe\b|get\s+(?:our|the)\b.{0,60}?\b(?:newsletter|briefing|digest"
    r"|bulletin|alerts?)\b|enter\s+(?:your\s+)?e-?mail|(?:your\s+)?e-?mail(?:\s+address)?[\W_]*$"
    r"|already\s+(?:a\s+)?(?:subscriber|member|registered|have\s+an\s+account)"
    r"|become\s+a\s+(?:subscriber|member)\b|log\s?in\b|sign\s?in\b|register\b"
    r"|create\s+(?:a\s+)?(?:free\s+)?account|start\s+(?:your\s+)?(?:free\s+)?trial"
    r"|unlock\b|you(?:'ve|’ve|\s+have)\s+(?:reached|read)\b"
    r"|thanks?(?:\s+you)?\s+for\s+(?:signing\s+up|subscribing)"
    r"|by\s+(?:signing\s+up|subscribing|submitting|registering)"
    r"|want\s+(?:more|the\s+latest)\b|never\s+miss\b|stay\s+(?:informed|up\s+to\s+date|updated)\b"
    r"|get\s+(?:the\s+)?(?:latest|best)\b.{0,60}?\b(?:inbox|newsletter|e-?mail|delivered)\b)"
)
_SUBSCRIBE_ANY_RE = re.compile(
    r"\bnewsletters?\b.{0,80}?\b(?:sign|subscrib\w*|inbox|deliver\w*|free|e-?mail|join)\b"
    r"|\b(?:sign\s+up|subscribe|delivered)\b.{0,80}?\bnewsletters?\b"
    r"|\bunsubscribe\b|\bstraight\s+to\s+your\s+inbox\b|\bin\s+your\s+inbox\b"
    r"|\bsubscribers?\s+only\b|\bto\s+continue\s+reading\b"
)
# Cheap substring gates: the searching patterns below only run on paragraphs that contain one.
_SUBSCRIBE_KEYS = ("newsletter", "subscri", "inbox", "continue reading")
_BY_READERS_RE = re.compile(
    r"\b(?:reader|member|listener|viewer|donor|audience|people|community|crowd|user)s?"
    r"-(?:funded|supported|powered)\b"
)
# Donation and membership appeals, each behind the keyword it needs (a search of one big
# alternation over every prose paragraph would dominate the cleaner's run time).
_BANNER_RES = (
    ("donat", re.compile(
        r"^donate\b|\bdonate(?:\s+(?:now|today|here|monthly|to\s+(?:us|our|the|keep|help|"
        r"support))\b|[\W_]*$)"
    )),
    ("make a", re.compile(
        r"\bmake\s+a\s+(?:one-off\s+|one-time\s+|monthly\s+|small\s+|tax-deductible\s+)?"
        r"(?:donation|contribution|gift)\b"
    )),
    ("support", re.compile(
        r"\bsupport(?:ing)?\s+(?:independent|quality|our|local|fearless|free|public[- ]interest"
        r"|nonprofit|non-profit|trusted|reader-funded)\s+(?:\w+\s+)?(?:journalism|reporting|news(?:room)?"
        r"|press|media|work)\b|^support\s+(?:us|the\s+\w+)\b"
    )),
    # ("reader-funded", "listener-supported", "people-powered"; not "foreign-funded groups",
    # "Iran-supported militias" or "a nuclear-powered submarine", which are news)
    ("-funded", _BY_READERS_RE),
    ("-supported", _BY_READERS_RE),
    ("-powered", _BY_READERS_RE),
    (" funded", re.compile(r"\b(?:reader|member|listener|donor)s?\s+funded\b")),
    (" supported", re.compile(r"\b(?:reader|member|listener|donor)s?\s+supported\b")),
    ("become a", re.compile(r"\bbecome\s+a\s+(?:supporter|patron|friend|(?:sustaining\s+)?"
                            r"member(?!\s+(?:of|state|country|nation)))\b")),
    ("your support", re.compile(r"\byour\s+support\s+(?:keeps|helps|makes|allows|ensures|funds"
                                r"|powers|sustains)\b")),
    ("help us", re.compile(r"\bhelp\s+us\s+(?:keep\s+going|continue\s+(?:our|this)|stay\s+"
                           r"(?:independent|free)|keep\s+(?:reporting|doing\s+this))\b")),
    ("contribut", re.compile(r"\bcontribute\s+(?:now|today|here)\b|\bevery\s+contribution\b"
                             r"|\bconsider\s+(?:supporting|contributing)\b")),
    ("readers like you", None),
    ("chip in", None),
    ("paywall", None),
    ("we rely on", re.compile(r"\bwe\s+rely\s+on\s+(?:readers|you)\b")),
    ("journalism", re.compile(
        r"\bjournalism\s+(?:needs|depends\s+on)\s+(?:you|your\s+support)\b")),
    # (an affiliate disclaimer: "If you purchase a product ... we may receive compensation")
    ("we may", re.compile(
        r"\bwe\s+may\s+(?:receive|earn)\s+(?:a\s+)?(?:compensation|commission)\b")),
    ("your donation", re.compile(r"\byour\s+donations?\s+(?:keeps?|helps?|makes?|funds?)\b")),
    ("a month", re.compile(
        r"\b(?:give|with|from|just|only)\s+[$€£]\s?\d+(?:\.\d\d)?\s+a\s+month\b")),
    ("per month", re.compile(
        r"\b(?:give|with|from|just|only)\s+[$€£]\s?\d+(?:\.\d\d)?\s+per\s+month\b")),
    ("fund", re.compile(
        r"\bfund\s+(?:independent|quality|our|free|fearless|public[- ]interest)\s+(?:\w+\s+)?"
        r"(?:journalism|reporting|news(?:room)?|press|media)\b")),
)  # fmt: skip
_SHARE_PREFIX_RE = re.compile(
    r"(?:share(?:\s+(?:this|on|via|article|story|page|to|with|the\s+story|the\s+article))?\b"
    r"|click\s+to\s+share|gift\s+(?:this\s+)?article|listen\s+to\s+(?:this\s+)?(?:article|story)"
    r"|copy\s+(?:the\s+)?link|link\s+copied|save\s+(?:article|story|for\s+later)|font\s+size)"
)
_SHARE_WORDS = frozenset(
    "share shares sharing this article story page on via tweet facebook twitter x whatsapp "
    "linkedin email e-mail mail print copy link url reddit telegram pinterest messenger flipboard "
    "bluesky threads mastodon save bookmark comment comments gift listen sms send options more "
    "social media the to with".split()
)
# A share bar starts with a share word proper, not with "the" or "on".
_SHARE_FIRST = _SHARE_WORDS - frozenset(
    "this article story page on via more social media the to with options".split()
)
_SHARE_STRONG = frozenset(
    "share sharing tweet facebook twitter whatsapp linkedin email e-mail print reddit telegram "
    "pinterest messenger flipboard bluesky".split()
)
_FOLLOW_RE = re.compile(
    r"(?:follow\s+(?:us|me)\b|follow\s+@|(?:like|find|join)\s+us\s+on\b|@[\w.]+[\W_]*$"
    # ("Join ST's Telegram channel and get the latest breaking news")
    r"|join\s+(?:our|[\w’']+)\s+(?:whatsapp|telegram|signal|viber)\s+(?:channel|group)\b"
    r"|follow\b.{0,60}?\bon\s+(?:twitter|x|facebook|instagram|telegram|whatsapp|tiktok|youtube"
    r"|linkedin|threads|bluesky|mastodon)\b)"
)
_APP_RE = re.compile(
    r"\b(?:download|get|install|try)\s+(?:the|our)\s+(?:free\s+)?(?:[\w'’-]+\s+){0,3}app\b"
    r"|\bapp\s+store\b|\bgoogle\s+play\b|\bon\s+the\s+app\b"
)
_COMMENT_RE = re.compile(
    r"(?:(?:\d+\s+)?comments?[\W_]*$|(?:leave|post|add|write)\s+(?:a|your)\s+(?:comment|reply)"
    r"|(?:show|view|read|see)\s+(?:all\s+)?(?:\d+\s+)?comments|comments\s+are\s+(?:closed|open)"
    r"|join\s+the\s+(?:conversation|discussion|debate)|have\s+your\s+say"
    r"|be\s+the\s+first\s+to\s+comment"
    r"|what\s+do\s+you\s+think\W*(?:$|tell\s+us|let\s+us\s+know|share|leave|join|comment)"
    r"|commenting\s+(?:is|has\s+been)\s+(?:disabled|closed|turned\s+off))"
)
# Mid-story pointers to other stories: "Related: ...", "Read more: ...", a bare "See also".
_RELATED_RE = re.compile(
    r"(?:related|related\s+(?:articles?|stories|story|coverage|content|news|reading|topics?"
    r"|links?|video)|read\s+(?:more|also|next)|also\s+read|see\s+also|more\s+on\s+(?:this|that)"
    r"\s+(?:story|topic)|further\s+reading|watch"
    r"|recommended\s+(?:stories|articles|reads?|reading)|also\s+on\s+[\w .'’-]{2,30}?"
    r"|you\s+(?:may|might)\s+also\s+be\s+interested\s+in)(?:\s*[:»>|]|\s+[-–—]|$)"
)
_RELATED_HAS_CONTENT_RE = re.compile(r"[:\-–—»>|]\s*\S")
# End-of-article modules: their heading ends the story.
_RELATED_END_RE = re.compile(
    r"(?:more\s+(?:from|stories|news|top\s+stories|in|on)\b.{0,40}|most\s+(?:read|popular|viewed"
    r"|shared|watched|commented)|trending(?:\s+now)?|recommended(?:\s+for\s+you)?"
    r"|you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy)|editor'?s\s+picks?"
    r"|top\s+stories|latest(?:\s+(?:news|stories|headlines))?|what\s+to\s+read\s+next"
    r"|in\s+case\s+you\s+missed\s+it|don'?t\s+miss|popular\s+now|elsewhere"
    r"|explore\s+more(?:\s+on\s+th\w+\s+topics?)?|more\s+like\s+this)"
    r"\s*(?:[:\-–—»>|].*)?$"
)
_TIMESTAMP_RE = re.compile(
    r"(?:updated\s+|posted\s+)?(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?"
    r"(?:\s+(?:[a-z]{2,5}|[a-z]{3}[+-]\d{1,2}))?"
)
_CLICK_RE = re.compile(r"\bclick\s+here\b|\btap\s+here\s+to\b")
_FOOTER_RE = re.compile(
    r"(?:about(?:\s+us)?|contact(?:\s+us)?|privacy(?:\s+(?:policy|notice|settings))?"
    r"|terms(?:\s+(?:of\s+(?:use|service)|and\s+conditions|&\s+conditions))?|cookie\s+policy"
    r"|accessibility|careers|jobs|sitemap|site\s+map|advertise(?:\s+with\s+us)?|back\s+to\s+top"
    r"|top\s+of\s+page|report\s+(?:an\s+)?(?:error|typo|a\s+correction)|corrections?"
    r"|do\s+not\s+sell.*|rss(?:\s+feeds?)?|faqs?|help(?:\s+centre|\s+center)?"
    r"|tags?\s*:.*|topics?\s*:.*|filed\s+under\b.*|categor(?:y|ies)\s*:.*|keywords?\s*:.*"
    r"|reuse\s+this\s+content|syndicate\s+this\s+story|licens(?:e|ing)\s+this\s+(?:article|content))"
    r"[\W_]*$"
)
_NOTICE_RE = re.compile(
    r"(?:skip\s+to\s+(?:main\s+)?(?:content|navigation)|jump\s+to\b.*|loading(?:\.\.\.|…)?"
    r"|return\s+to\s+(?:the\s+)?homepage"
    r"|please\s+enable\s+javascript.*|this\s+(?:article|story|content)\s+is\s+more\s+than\s+\d+"
    r"\s+\w+\s+old|(?:\d+\s+)?min(?:ute)?s?\s+read|reading\s+time\b.*|listen(?:\s+to\s+this)?"
    r"(?:\s+\d+\s+min(?:ute)?s?)?|breaking(?:\s+news)?|exclusive"
    r"|live(?:\s+(?:updates?|blog|coverage))?(?:\s+(?:ended|has\s+ended|is\s+over|closed|paused))?"
    r")[\W_]*$"
)
_BACK_TO_RE = re.compile(r"\bback\s+to\s+(?:home|homepage|top)[\W_]*$")
_MENU_SPLIT_RE = re.compile(r"\s*[|•·›»/>]\s*|\s+[-–—]\s+")
_MENU_WORDS = frozenset(
    "home news world politics business economy markets money tech technology science health "
    "sport sports culture arts opinion opinions lifestyle travel video videos podcasts podcast "
    "live more search menu sections subscribe login log in sign africa europe asia americas "
    "middle east us uk local national international environment climate education "
    "entertainment weather photos games newsletters magazine latest trending analysis features "
    "investigations fact-check obituaries careers jobs about contact help account edition "
    "regions & and audio español français global region main top stories".split()
)
_FUNCTION_WORDS = frozenset(
    "a an the of in on to for over after amid as at with by from and or is are was were be "
    "says said vs into out up down against before under than not no but if how why what who "
    "will would can could may might has have had it its his her their".split()
)
_REPRINT_RE = re.compile(
    r"(?:this\s+(?:article|story|piece|report|post|column|op-ed|interview|item|content)\s+"
    r"(?:was\s+|is\s+|has\s+been\s+)?(?:originally\s+|first\s+)?(?:published|appeared|posted|ran"
    r"|reprinted|republished|produced|syndicated)(?:\s+(?:here\s+)?with\s+(?:kind\s+)?"
    r"permission)?(?:\s+(?:by|in|on|at|from|courtesy\s+of|with|via))?"
    r"|(?:originally|first)\s+(?:published|appeared|posted|ran)\s+(?:by|in|on|at)"
    r"|(?:reprinted|republished|reproduced|syndicated|reposted)\s+(?:with\s+(?:kind\s+)?"
    r"permission\s+)?(?:from|by|of)?|(?:published|reproduced|republished)\s+(?:with\s+permission"
    r"|courtesy)\s+(?:of|from)|courtesy\s+of|sources?\s*:|via\s*:?|distributed\s+by"
    r"|syndicated\s+from|content\s+(?:from|provided\s+by)|from\s+our\s+partners?\s+at"
    r"|in\s+partnership\s+with)\s*:?\s+",
    re.I,
)
_INITIALISM_RE = re.compile(r"(?:[A-Z]\.){2,}")
_WEAK_REPRINT_PREFIXES = ("via", "source", "courtesy", "in partnership", "distributed", "content")
_OUTLET_WORDS = frozenset(
    "post times herald tribune journal gazette chronicle news observer guardian telegraph "
    "standard star mail express courier press review monitor record dispatch independent nation "
    "wire agency bulletin reporter examiner inquirer today weekly mirror globe voice sentinel "
    "register leader advocate daily online digest report echo argus clarion beacon pioneer "
    "despatch enquirer ledger messenger telegram eagle network radio television tv broadcasting "
    "service media newswire newspaper magazine quarterly insider".split()
)
_DOMAIN_RE = re.compile(
    r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|info|news|co|io"
    r"|[a-z]{2})(?:\.[a-z]{2})?"
)
_NAME_CONNECTORS = frozenset(
    "of for and & de del della da das do dos du la le el al van von der den bin ibn y the "
    "on".split()
)
_BYLINE_RE = re.compile(
    r"(?:by|written\s+by|words\s+by|story\s+by|text\s+by|author\s*:|authors\s*:"
    r"|from\s+(?-i:[A-Z])[\w&.-]*['’]s)\s+", re.I  # "From CNN's Anna Chernova" (a live page's)
)
_NAME_PARTICLES = frozenset("al el ad ad-din ar as ash at az an abu bin ibn bint ben".split())
_BYLINE_SPLIT_RE = re.compile(r"\s*(?:[|·•—–]|\s-\s|,)\s*")
_YEARISH_RE = re.compile(r"(?<!\d)(?:19|20|21)\d\d(?!\d)")
_MONTH_OR_DAY = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
    "saturday sunday mon tue tues wed thu thur thurs fri sat sun".split()
)
_PUBLISHED_PREFIXES = ("published", "posted", "first published", "date published", "publication")
# Lower-case words a dateline's time has: "Tuesday, 26 November 2024, 10:31 pm IST".
_TIME_WORDS = frozenset("am pm a.m p.m a.m. p.m. noon midday local time".split())
# What may follow a byline's names after a bar: "By Jane Doe | Edited by J.K. and S.R.".
_BYLINE_TAILS = ("edited by", "editing by", "reporting by", "additional reporting",
                 "writing by", "compiled by", "with inputs from", "with agency inputs")
# Where a header line strings its date with names, outlets or an update note.
# (not the "/" of a numeric date, "16/12/2024", nor a dash between a date and its time)
_DATE_PARTS_RE = re.compile(r"\s*[|•·]\s*|(?<!\d)\s*/\s*(?!\d)|(?<!\d)\s+[-–—]\s+|"
                            r"\s+[-–—]\s+(?!\d)|\s+(?=(?:last\s+)?updated?\b)", re.IGNORECASE)


_Lines = list[tuple[int, str]]  # (1-based line number, whitespace-normalised text)


@dataclass(frozen=True, slots=True)
class _Seg:
    """What one paragraph of the scrape looks like (its lines are kept alongside)."""

    text: str
    words: int
    reason: str | None  # clutter family or structural role, None for prose and the rest
    prose: bool
    date: str | None = None
    outlet: str | None = None
    author: str | None = None


def clean_scrape(raw: str) -> Scrape:
    """Split a text scrape into its story and the clutter around it. Never raises on a str."""
    return _clean(raw)


def clean_extracted(text: str, *, head: int = 3, tail: int = 8) -> Scrape:
    """Clean the text an HTML extractor found in a page (paragraphs separated by a blank line)
    as a scrape is cleaned: reprint lines, datelines with their agency, bylines, editors'
    credits ("Reporting by ... Editing by"), "X contributed to this report", donation and
    subscribe boxes, "Read also:" lines and the like are dropped and recorded, and the reprint
    line or the dateline's agency gives ``original_outlet``.

    An extractor has already cut the page down to the story, so only the first ``head`` and
    the last ``tail`` paragraphs are cut by their position (a header before the story's
    dateline, a footer after an end-of-story line); a paragraph in between goes only when it
    is clutter by its own look. A dropped line's number is its paragraph's (1 is the first).
    """
    scrape = _clean(text, zone=(head, tail))
    # Paragraphs are one line each, a blank line apart: line 2k-1 is paragraph k.
    dropped = tuple(DroppedLine((d.line + 1) // 2, d.text, d.reason) for d in scrape.dropped)
    return replace(scrape, dropped=dropped)


def _clean(raw: object, zone: tuple[int, int] | None = None) -> Scrape:
    """A scrape or an extractor's text cleaned (``zone``: see :func:`_assemble`)."""
    lines = _lines(raw) if isinstance(raw, str) else []
    if not lines:
        return Scrape(None, None, None, None, None, "", ())
    segs, seg_lines = _segments(lines)
    return _assemble(segs, seg_lines, zone=zone)


def _lines(raw: str) -> _Lines:
    """Number the raw lines and normalise their whitespace; blank lines become ""."""
    out: _Lines = []
    for number, line in enumerate(raw.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        out.append((number, " ".join(line.split())))
    while out and not out[-1][1]:
        out.pop()
    return out


# ---------------------------------------------------------------------------------------------
# Lines to segments


def _segments(lines: _Lines) -> tuple[list[_Seg], list[_Lines]]:
    # each line classified once: the wrap width and the grouping both read it
    classified = {text: _classify(text) for _, text in lines if text}
    width = _wrap_width(lines, classified)
    segs: list[_Seg] = []
    seg_lines: list[_Lines] = []
    group: _Lines = []
    group_seg: _Seg | None = None
    for number, text in lines:
        if not text:
            if group:
                segs.append(_finish(group, group_seg))
                seg_lines.append(group)
                group, group_seg = [], None
            continue
        seg = classified[text]
        if group and _joins(group[-1][1], group_seg, text, seg, width):
            group.append((number, text))
            group_seg = None
            continue
        if group:
            segs.append(_finish(group, group_seg))
            seg_lines.append(group)
        group, group_seg = [(number, text)], seg
    if group:
        segs.append(_finish(group, group_seg))
        seg_lines.append(group)
    return segs, seg_lines


def _finish(group: _Lines, seg: _Seg | None) -> _Seg:
    if seg is not None and len(group) == 1:
        return seg
    return _classify(" ".join(text for _, text in group))


def _wrap_width(lines: _Lines, classified: dict[str, _Seg]) -> int | None:
    """The column a hard-wrapped scrape was wrapped at, or None if it is not hard-wrapped.

    Evidence of wrapping is a line that stops mid-sentence and is continued in lower case on the
    next line; the width is then the longest such line (a little slack allows for a line that
    happens to end a sentence at the margin).
    """
    evident: list[int] = []
    followed: list[int] = []
    for (_, a), (_, b) in pairwise(lines):
        if not a or not b:
            continue
        if classified[a].reason is None and classified[b].reason is None:
            # (not a clutter line's: a 79-column "Read more:" footer sets no story's width)
            followed.append(len(a))
        if b[0].islower() and not _terminal(a):
            evident.append(len(a))
    if len(evident) < 3:
        return None
    top = max(evident)
    if top > 200:
        return None
    return max((n for n in followed if n <= top + 8), default=top)


def _joins(a: str, seg_a: _Seg | None, b: str, seg_b: _Seg, width: int | None) -> bool:
    if b[0].islower():
        # A lowercase line continues a sentence, even if the fragment looks like clutter
        # ("subscribe to the declaration."), unless it is whole-line clutter such as "ds/rt".
        return not (seg_b.reason in ("initials", "advert", "related") and seg_b.words <= 5)
    if seg_b.reason is not None or (seg_a is not None and seg_a.reason is not None):
        return False
    if width is None:
        return False
    first = b.split(" ", 1)[0]
    return len(a) + 1 + len(first) > width


# ---------------------------------------------------------------------------------------------
# Classifying one paragraph


def _terminal(text: str) -> bool:
    """True if ``text`` ends like a sentence: . ? ! … (before closing quotes), or a long one a
    closing quote."""
    if not text:
        return False
    if text[-1] in _CLOSING_QUOTES and text.count(" ") >= 20:
        return True  # (a short line ending on a quoted phrase is a headline: 'Kremlin rejects
        # new EU sanctions, says Europe is "shooting itself in the foot"')
    stripped = text.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _TERMINAL


def _classify(text: str) -> _Seg:
    words = text.split(" ")
    nw = len(words)
    low = text.lower()
    outlet = author = date = None
    reason: str | None = None
    if nw <= 30:
        outlet = _reprint_outlet(text)
        if outlet is not None:
            reason = "reprint"
    if reason is None and nw <= 24 and low[:1] in "bwstaf":
        byline = _byline(text)
        if byline is not None:
            author, date = byline
            reason = "byline"
    if reason is None and nw <= 24 and len(text) <= 200:
        date = find_dateline(text) or _dated_part(text) or _wire_dateline(text)
        if date is not None:
            reason = "dateline"
    if reason is None and nw <= _MAX_CLUTTER_WORDS:
        reason = _family(text, low, words)
    prose = reason is None and nw >= 2 and (
        (
            _terminal(text)
            # Old wire copy is set in capitals: a long sentence needs no lowercase word.
            and (nw >= 8 or any(w[:1].islower() and len(w) > 1 for w in words))
        )
        # A long run of running text that was cut off mid-sentence (dumps truncate bodies) is
        # still prose: clutter is short or has few lowercase words.
        or (nw >= 25 and sum(w[:1].islower() for w in words) * 3 >= nw)
    )
    return _Seg(text, nw, reason, prose, date, outlet, author)


def _family(text: str, low: str, words: list[str]) -> str | None:
    """The clutter family of a paragraph, or None. Patterns are strong enough to use mid-story."""
    nw = len(words)
    if len(text) > 1500:
        return None  # clutter lines are short; this also bounds the work on huge lines
    terminal = _terminal(text)
    if nw <= 12 and _ADVERT_RE.fullmatch(low):
        return "advert"
    if nw <= 4 and _TIMESTAMP_RE.fullmatch(low):
        return "timestamp"  # a live page's entry time: "09:40 GMT"
    if nw <= 40 and (_COPYRIGHT_RE.match(low) or "all rights reserved" in low):
        # A bare "© Jane Roe/AP" is a picture credit; a year or a rights notice is the site's.
        if _YEARISH_RE.search(low) or "rights" in low or "copyright" in low:
            return "copyright"
        if nw <= 12:
            return "photo_credit"
    if nw <= 40 and _initials(text, low, nw):
        return "initials"
    if nw <= 60 and _photo_credit(low, nw):
        return "photo_credit"
    if nw <= 80 and _CORRECTION_RE.match(low):
        return "correction"
    if "cookie" in low and _COOKIE_RE.search(low):
        return "cookie"
    if nw <= 6 and _COOKIE_BUTTON_RE.fullmatch(low):
        return "cookie"
    if nw <= 40 and (
        _SUBSCRIBE_PREFIX_RE.match(low)
        or (any(k in low for k in _SUBSCRIBE_KEYS) and _SUBSCRIBE_ANY_RE.search(low))
    ):
        return "subscribe"
    if nw <= 40 and _banner(low):
        return "banner"
    if nw <= 15 and (_share_line(low) or (_SHARE_PREFIX_RE.match(low) and not terminal)
                     or low.rstrip("!. ") == "link copied"):  # (a live page's share button)
        return "share"
    if nw <= 20 and _FOLLOW_RE.match(low):
        return "follow"
    if nw <= 30 and (" app" in low or "google play" in low) and _APP_RE.search(low):
        return "app"
    if nw <= 20 and _COMMENT_RE.match(low):
        return "comment"
    if nw <= 30 and _RELATED_RE.match(low):
        return "related"
    if nw <= 5 and _LIST_MARK_RE.fullmatch(low):
        return "related"
    if nw <= 12 and not terminal and _RELATED_END_RE.match(low):
        return "related_end"
    if nw <= 30 and ("click" in low or "tap here" in low) and _CLICK_RE.search(low):
        return "click"
    if nw <= 30 and _FOOTER_RE.match(low):
        return "footer"
    if nw <= 12 and (_NOTICE_RE.match(low) or ("back to" in low and _BACK_TO_RE.search(low))):
        return "notice"
    if not terminal and _menu(text, words):
        return "menu"
    if not any(c.isalnum() for c in text):
        return "separator"
    return None


def _banner(low: str) -> bool:
    for key, pattern in _BANNER_RES:
        if key in low and (pattern is None or pattern.search(low)):
            return True
    return False


def _initials(text: str, low: str, nw: int) -> bool:
    if nw <= 4 and any(r.fullmatch(low) for r in _INITIALS_RES):
        return True
    credits = _CREDITS_RE.match(low)
    if credits is not None:
        # "Editing by Ruth Alder", not "Produced by the ministry, the report found ...".
        return text[credits.end() :].lstrip()[:1].isupper()
    if nw <= 14 and "reported from" in low and text[:1].isupper() and \
            _REPORTED_FROM_RE.fullmatch(low):
        return True
    return nw <= 20 and "contributed" in low and bool(_CONTRIBUTED_RE.search(low))


def _photo_credit(low: str, nw: int) -> bool:
    if _PHOTO_PREFIX_RE.match(low) or low.startswith(("image caption,", "image source,")):
        return True  # (the BBC's "Image caption, Riot police clash with protesters ...")
    if ("/" in low or "©" in low) and _CLOSING_CREDIT_RE.search(low):
        return True  # (a name and its agency, or a copyright sign: a photo's credit)
    if nw <= 20 and "[" in low and _BRACKET_CREDIT_RE.search(low) and not any(
            w in low for w in (" said", " told", " says")):
        return True  # (a story's sign-off "(AFP)" or "[AFP]" after what was said stays)
    if nw <= 60 and "[" in low and _FILE_CREDIT_RE.search(low):
        return True  # (Al Jazeera's captions)
    if low.startswith("(caption)") or (nw <= 60 and _CAPTION_CREDIT_RE.search(low)):
        return True  # "Police detain a protester in Tbilisi, ... REUTERS/Irakli Gedenidze"
    if ("photo" in low or "image" in low or "picture" in low or "credit" in low
            or low.startswith("file")) and any(r.search(low) for r in _PHOTO_ANY_RES):  # fmt: skip
        return True
    return nw <= 10 and "/" in low and bool(_AGENCY_CREDIT_RE.search(low))


def _share_line(low: str) -> bool:
    if low.split(" ", 1)[0].strip("!?.()[]|•·/,:") not in _SHARE_FIRST:
        return False  # cheap exit for ordinary lines: every token must be a share word
    tokens = [t for t in re.split(r"[\s|•·/,:]+", low) if t]
    if not tokens or len(tokens) > 12:
        return False
    strong = False
    for tok in tokens:
        tok = tok.strip("!?.()[]")
        if not tok or tok.isdigit():
            continue
        if tok not in _SHARE_WORDS:
            return False
        strong = strong or tok in _SHARE_STRONG
    return strong


def _menu(text: str, words: list[str]) -> bool:
    """A navigation line: several short items between separators, or a run of section names."""
    items = [i for i in _MENU_SPLIT_RE.split(text) if i]
    if len(items) >= 3 and all(len(i.split()) <= 4 for i in items):
        return True
    bare = [w.strip(",.:;|•·›»") for w in words]
    bare = [w for w in bare if w]
    if len(bare) >= 4 and sum(w.lower() in _MENU_WORDS for w in bare) >= 0.6 * len(bare):
        return True
    # (a headline in Title Case shows a possessive or a hyphened word: "Pro-EU Mayor Nicusor
    # Dan Wins Romania's Presidential Runoff")
    return len(bare) >= 6 and all(
        (w[:1].isupper() or w == "&") and w.lower() not in _FUNCTION_WORDS for w in bare
    ) and not any(w.endswith(("'s", "’s")) or "-" in w.strip("-") for w in bare)


def _reprint_outlet(text: str) -> str | None:
    """The outlet named by a reprint line ("Originally published by The Meridian Post")."""
    m = _REPRINT_RE.match(text)
    if m is None and " | " in text:
        # "The Straits Times | Reprinted from Agence France-Presse": the site's name first
        tail = text.rsplit(" | ", 1)[1]
        m = _REPRINT_RE.match(tail)
        text = tail
    if m is None:
        return None
    words = text[m.end() :].split()
    found = _outlet_name(words)
    if found is None:
        return None
    name, used = found
    # "Via"/"Source:" lines are just the name: "Via Rail workers went on strike." is prose.
    if m.group().lower().startswith(_WEAK_REPRINT_PREFIXES) and len(words) - used > 3:
        return None
    # ("originally published by the Associated Press": the sentence's article, not the name's
    # as in "The Guardian")
    return name.removeprefix("the ")


def _outlet_name(words: list[str]) -> tuple[str, int] | None:
    """The leading run of capitalised words (with connectors such as "of") or a domain, and the
    number of words it spans."""
    name: list[str] = []
    used = 0
    for i, raw_word in enumerate(words):
        used = i + 1
        bare = raw_word.strip("“”\"'‘’*_()[].,;:!?")
        # Punctuation after a word ends the name: "Harbour Times, a partner of ...".
        ends_name = raw_word.rstrip("“”\"'‘’*_()[]")[-1:] in (".", ",", ";", ":", "!", "?")
        if _INITIALISM_RE.fullmatch(raw_word.strip("“”\"'‘’*_()[]")):
            bare, ends_name = raw_word.strip("“”\"'‘’*_()[]"), False  # "U.S. News"
        if not bare:
            break
        low = bare.lower()
        if not name and (low in _MONTH_OR_DAY or bare[0].isdigit()):
            return None
        if bare[0].isupper() or bare[0].isdigit() or (not name and _DOMAIN_RE.fullmatch(low)):
            if name and low in _MONTH_OR_DAY:
                break
            name.append(bare)
        elif (
            (name or low == "the")
            and low in _NAME_CONNECTORS
            and i + 1 < len(words)
            and words[i + 1].lstrip("“\"'‘")[:1].isupper()
        ):
            name.append(bare)
        else:
            used = i
            break
        if ends_name or len(name) >= 8:
            break
    while name and name[-1].lower() in _NAME_CONNECTORS:
        name.pop()
    return (" ".join(name), used) if name else None


def _particle_name(word: str) -> bool:
    """A surname after a lowercase particle: "al-Mughrabi", "el-Sisi", "bin-Talal"."""
    particle, _, name = word.partition("-")
    return particle.lower() in _NAME_PARTICLES and name[:1].isupper()


def _byline(text: str) -> tuple[str, str | None] | None:
    """(author, date) from "By Jane Doe", "By JANE DOE, Harbour Times", "By Jane Doe | date"."""
    m = _BYLINE_RE.match(text)
    if m is None:
        return None
    rest = text[m.end() :]
    parts = _BYLINE_SPLIT_RE.split(rest, maxsplit=1)
    head = parts[0]
    tail = parts[1] if len(parts) > 1 else ""
    names = head.split()
    if not names or len(names) > 10:
        return None
    kept: list[str] = []
    for i, word in enumerate(names):
        bare = word.rstrip(".,")
        low = bare.lower()
        if (bare[:1].isupper() or _particle_name(bare)) and low not in _MONTH_OR_DAY \
                and low not in _FUNCTION_WORDS:
            kept.append(bare if i + 1 < len(names) else word.rstrip(","))
        elif kept and low in _NAME_CONNECTORS:
            kept.append(bare)
        elif (
            kept
            and low in ("in", "for", "at", "from")
            and all(w[:1].isupper() for w in names[i + 1 :])
        ):
            break
        else:
            return None
    while kept and kept[-1].lower() in _NAME_CONNECTORS:
        kept.pop()
    if not kept:
        return None
    date = find_dateline(tail) if tail else None
    if tail and date is None and not all(w[:1].isupper() for w in tail.split()[:6]) and \
            not tail.lower().startswith(_BYLINE_TAILS):
        return None
    return " ".join(kept).rstrip("."), date


# ---------------------------------------------------------------------------------------------
# Positional reasoning


def _assemble(segs: list[_Seg], seg_lines: list[_Lines], *,
              zone: tuple[int, int] | None = None) -> Scrape:
    """The story and its metadata. With ``zone`` = (head, tail), only the first ``head`` and
    last ``tail`` segments are dropped for their position alone (an extractor's text)."""
    n = len(segs)
    # The header dateline: the first dateline with little or no prose before it.
    anchor: int | None = None
    prose_before = 0
    for i, seg in enumerate(segs):
        if seg.reason in ("dateline", "byline") and (seg.date or seg.reason == "dateline"):
            if prose_before <= 2:
                anchor = i
            break
        if seg.prose:
            prose_before += 1
    start = next((i for i in range(0 if anchor is None else anchor + 1, n) if segs[i].prose), None)
    if start is not None and not _opens_story(segs[start].text):
        # "Donate to keep our journalism free for everyone." above the headline and "LAGOS,
        # Tuesday 3 March 2026 (Reuters) - ...": a wire's opening dateline starts the story;
        # the short lines before it, prose or not, are its header (after a header dateline
        # too, or the story cleaned again, its header dateline gone, would lose a paragraph)
        opening = _story_opening(segs, start)
        if opening is not None:
            start = opening
    if start is None:
        start = n
        end = n - 1
    else:
        end = _body_end(segs, start)

    reasons: list[str | None] = [None] * n
    title, title_idx, bare_outlet = _header(segs, start, reasons)
    _body(segs, start, end, reasons)
    for i in range(end + 1, n):
        reasons[i] = _public(segs[i].reason or "footer")
    if zone is not None:
        # An extractor's text: a paragraph dropped for where it stands, not for what it looks
        # like, is kept unless the header ends within the first ``head`` paragraphs or the
        # footer starts within the last ``tail`` (past those, it is the story).
        head, tail = zone
        for i in range(n):
            if reasons[i] is None or segs[i].reason is not None or reasons[i] == "related":
                continue
            if (i < start and start > head and (segs[i].prose or i >= head)) or \
                    (i > end and end + 1 < n - tail):
                reasons[i] = None

    dropped: list[DroppedLine] = []
    paragraphs: list[str] = []
    for seg, group, reason in zip(segs, seg_lines, reasons, strict=True):
        if reason is None:
            paragraphs.append(seg.text)
        else:
            dropped.extend(DroppedLine(number, text, reason) for number, text in group)

    published = _published(segs, start, title_idx)
    outlet = next((s.outlet for s in segs if s.outlet), None) or bare_outlet
    author = next((s.author for s in segs if s.author), None)
    lead = LEAD_DATELINE.match(paragraphs[0]) if paragraphs else None
    if lead is None and anchor is not None and segs[anchor].reason == "dateline":
        # "NAIROBI, June 25, 2025 (Reuters) -" on a line of its own above the story: its
        # place and agency as an opening dateline's
        lead = _line_dateline(segs[anchor].text.strip())
    dateline = lead.group("place").rstrip(",") if lead else None
    dateline_day = None
    if published is None and lead is not None and lead.group("when"):
        # "NAIROBI, Kenya, Tuesday 25 June 2024, 14:05 EAT — ...": the day the story is filed
        when = _lead_when(lead)
        published = find_dateline(when)
        year = _copyright_year(segs) if published is None else None
        if year is not None:
            # "DAKAR, Feb 16 (Reuters) - ... (c) 2024 Reuters": the year from the notice
            published = find_dateline(f"{when}, {year}")
        if published is None and find_dateline(f"{when}, 2000") is not None:
            dateline_day = when
    if outlet is None and lead is not None and (lead.group("agency") or lead.group("slashed")):
        # "KYIV, Ukraine (AP) -- ", "MOSCOW, February 25. /TASS/. ": the wire's story
        outlet = (lead.group("agency") or lead.group("slashed")).strip()
    return Scrape(
        title=title,
        published=published,
        original_outlet=outlet,
        author=author,
        dateline=dateline,
        text="\n\n".join(paragraphs),
        dropped=tuple(dropped),
        dateline_day=dateline_day,
    )


_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–]\s*)?((?:19|20)\d{2})\b",
                        re.IGNORECASE)


# How many, and how long, the lines above a wire's opening dateline may be for them to be its
# header (a banner, a section label, the headline, a byline), not the story.
_HEADER_SPAN = 8
_HEADER_WORDS = 30


def _story_opening(segs: list[_Seg], start: int) -> int | None:
    """The paragraph after ``start`` that opens with a wire's dateline, when every line from
    ``start`` to it that cleaning keeps is short and there are few of them. Lines dropped as
    clutter are not counted, so the story cleaned again (without them) opens in the same
    place."""
    kept = 0
    for i in range(start, len(segs)):
        seg = segs[i]
        if i > start and seg.prose and _opens_story(seg.text):
            return i
        if seg.reason is None:
            kept += 1
            if kept >= _HEADER_SPAN or seg.words > _HEADER_WORDS:
                return None
    return None


def _opens_story(text: str) -> bool:
    """Whether a paragraph opens with a wire's dateline that names its day or its agency:
    "ISLAMABAD, Wednesday 11 Mar 2026, 19:20 PKT (Reuters) - ..."."""
    lead = LEAD_DATELINE.match(text)
    return lead is not None and bool(lead.group("when") or lead.group("agency") or
                                     lead.group("slashed"))


def _copyright_year(segs: list[_Seg]) -> int | None:
    """The year of a copyright notice anywhere in the page ("(c) 2024 Reuters"), if any."""
    for seg in segs:
        match = _COPYRIGHT.search(seg.text)
        if match is not None:
            return int(match.group(1))
    return None


def _public(reason: str) -> str:
    # End-of-article modules are told apart internally only; users see one "related" reason.
    return "related" if reason == "related_end" else reason


def _ends_story(seg: _Seg, following: _Seg | None) -> bool:
    if seg.reason in _END_REASONS:
        return True
    if seg.reason not in _WEAK_END_REASONS:
        return False
    return following is None or not following.prose


def _story_resumes(segs: list[_Seg], i: int) -> bool:
    """Whether the story goes on after a weak end marker and its list of headlines: a
    "TRENDING NOW" box in the middle of a page, with two paragraphs of story after it; or
    after an editor's initials signing one entry of a live page, with the next entry's time
    after them ("— KH", "13:22")."""
    if segs[i].reason == "initials":
        # (only a short sign-off on a page whose entries are timed: not "Reporting by X;
        # Editing by Y" above a rail of latest news)
        return segs[i].words <= 3 and any(s.reason == "timestamp" for s in segs[:i]) and \
            any(s.reason == "timestamp" for s in segs[i + 1:i + 3])
    if segs[i].reason not in _WEAK_END_REASONS:
        return False
    j = i + 1
    while j < len(segs) and (segs[j].reason is not None or (
            not segs[j].prose and segs[j].words <= 16)):
        j += 1  # (the box's headlines, numbered or not)
    prose = 0
    while j < len(segs) and segs[j].reason is None and segs[j].prose:
        prose += 1
        j += 1
    return prose >= 2


def _body_end(segs: list[_Seg], start: int) -> int:
    """The last story paragraph: the last prose before an end-of-story marker, islands trimmed."""
    # The next plain (unclassified) paragraph after each one, for the weak end markers.
    following: list[_Seg | None] = [None] * len(segs)
    for i in range(len(segs) - 2, -1, -1):
        nxt = segs[i + 1]
        following[i] = nxt if nxt.reason is None else following[i + 1]
    stop = next(
        (i for i in range(start + 1, len(segs)) if _ends_story(segs[i], following[i])
         and not _story_resumes(segs, i)), len(segs)
    )
    end = max(i for i in range(start, stop) if segs[i].prose)
    while True:
        # A trailing island: at most two short prose paragraphs after a block of >= 2 clutter
        # paragraphs of the newsletter/share kind.
        i = end
        island_words = 0
        island = 0
        while i > start and (segs[i].prose or segs[i].reason is None):
            island_words += segs[i].words
            island += segs[i].prose
            i -= 1
        gap_end = i
        footerish = 0
        while i > start and segs[i].reason is not None:
            footerish += segs[i].reason in _FOOTERISH
            i -= 1
        if (gap_end - i < 2 or footerish < 2 or island > 2 or island_words >= 20
                or not segs[i].prose):  # fmt: skip
            return end
        end = i


def _header(
    segs: list[_Seg], start: int, reasons: list[str | None]
) -> tuple[str | None, int | None, str | None]:
    """Give every header paragraph a reason; return the title, its index and a bare outlet."""
    candidates = [i for i in range(start) if segs[i].reason is None and _title_like(segs[i])]
    title_idx: int | None = None
    if candidates:
        title_idx = candidates[0]
        # A short line of capitalised words before a headline-length one is a site's name or
        # a section ("Times of India", "Russian Politics & Diplomacy"), not the headline.
        for _ in range(2):
            later = [i for i in candidates if i > title_idx]
            longer = next((i for i in later if segs[i].words >= 6), None)
            if longer is not None and segs[title_idx].words <= 4 and all(
                    w[:1].isupper() or w.lower() in _NAME_CONNECTORS or not w[:1].isalpha()
                    for w in segs[title_idx].text.split()):
                title_idx = longer
            # a rubric in capitals before the headline: "ISRAEL AT WAR - DAY 417"
            rubric = segs[title_idx].words <= 8 and segs[title_idx].text.isupper()
            headline = next((i for i in later if i != title_idx and segs[i].words >= 6 and
                             not segs[i].text.isupper()), None)
            if rubric and headline is not None:
                title_idx = headline
        # A site's slogan in its masthead ("The Voice of a Changing Region"), at the top of
        # the page with the site's menu between it and the headline
        later = [i for i in candidates if i > title_idx and segs[i].words >= 6 and
                 not segs[i].text.isupper()]
        if later and title_idx <= 2 and sum(
                1 for seg in segs[title_idx + 1:later[0]]
                if _public(seg.reason or "") in ("menu", "subscribe")
                or (seg.reason is None and _section_label(seg))) >= 3:
            title_idx = later[0]
    title = segs[title_idx].text if title_idx is not None else None
    outlet: str | None = None
    # a site's menu, one item a line ("News", "Opinion", "Sport", "World"): a run of three
    # or more labels names no section of the story (nor its genre)
    labels = [seg.reason is None and i != title_idx and not _bare_outlet(seg) and
              _section_label(seg) for i, seg in enumerate(segs[:start])]
    menu: set[int] = set()
    run: list[int] = []
    for i, is_label in enumerate([*labels, False]):
        if is_label:
            run.append(i)
            continue
        if len(run) >= 3:
            menu.update(run)
        run = []
    for i in range(start):
        seg = segs[i]
        if seg.reason is not None:
            reasons[i] = _public(seg.reason)
        elif i == title_idx or (title is not None and seg.text == title):
            reasons[i] = "headline"
        elif _bare_outlet(seg):
            reasons[i] = "reprint"
            outlet = outlet or seg.text
        elif i in menu:
            reasons[i] = "menu"
        elif _section_label(seg):
            reasons[i] = "section_label"
        elif title_idx is None or i < title_idx:
            reasons[i] = "banner" if seg.prose else "header"
        else:
            reasons[i] = "standfirst" if seg.prose else "header"
    return title, title_idx, outlet


def _body(segs: list[_Seg], start: int, end: int, reasons: list[str | None]) -> None:
    """Drop strong clutter inside the story, and the headline list after a bare related label."""
    in_list = False
    for i in range(start, end + 1):
        seg = segs[i]
        if seg.reason is None and i > start and segs[i - 1].reason == "timestamp" and \
                not seg.prose and _title_like(seg) and i < end and segs[i + 1].prose:
            # a live page's entry heading, after its time and before its text: the entry
            # tells it again ("09:40 GMT / PM says ready to hand over power / The prime ...")
            reasons[i] = "entry_heading"
            continue
        if seg.reason is not None:
            reasons[i] = _public(seg.reason)
            # A bare label ("Related coverage", "Read more", or a "TRENDING NOW" box the
            # story goes on after) introduces a list of headlines.
            in_list = seg.reason in ("related", "related_end") and \
                not _RELATED_HAS_CONTENT_RE.search(seg.text)
        elif in_list and (not seg.prose or _list_item(seg)):
            reasons[i] = "related"
        else:
            in_list = False


def _list_item(seg: _Seg) -> bool:
    """A headline in a list of links, though it reads like a sentence: "- Who are the hostages
    still held in Gaza?", "Venezuela election: who is Edmundo Gonzalez?"."""
    return seg.words <= 20 and (seg.text[:2] in ("- ", "• ", "* ", "· ", "– ", "— ")
                                or (seg.words <= 15 and seg.text.endswith("?")))


def _title_like(seg: _Seg) -> bool:
    if not 3 <= seg.words <= 25 or len(seg.text) > 250:
        return False
    if seg.text.rstrip(_CLOSERS).endswith("."):
        return False
    words = seg.text.split(" ")
    has_lower = any(w[:1].islower() for w in words)
    if seg.words < 4 and not has_lower:
        return False
    return not _bare_outlet(seg) and not _section_label(seg)


def _bare_outlet(seg: _Seg) -> bool:
    """A line that is just an outlet's name: "The Meridian Post", "meridianpost.com"."""
    if seg.words > 6:
        return False
    words = seg.text.split(" ")
    if seg.words == 1 and _DOMAIN_RE.fullmatch(seg.text.lower()):
        return True
    if seg.words < 2 or all(w.lower() in _MENU_WORDS for w in words):
        return False  # "News", "World News": section names, not outlets
    if not all(w[:1].isupper() or w.lower() in _NAME_CONNECTORS for w in words):
        return False
    return words[-1].lower().strip(".") in _OUTLET_WORDS


def _section_label(seg: _Seg) -> bool:
    if seg.prose or len(seg.text) > 60:
        return False
    items = [i for i in _MENU_SPLIT_RE.split(seg.text) if i]
    word_count = sum(len(i.split()) for i in items)
    return word_count <= 2 or (word_count <= 4 and len(items) >= 2)


def _line_dateline(text: str) -> re.Match[str] | None:
    """A wire dateline on a line of its own ("NAIROBI, June 25, 2025 (Reuters) -", with or
    without its dash), matched as one opening a story's first paragraph."""
    return LEAD_DATELINE.match(f"{text} x") or LEAD_DATELINE.match(f"{text} - x")


def _wire_dateline(text: str) -> str | None:
    """The date of a wire dateline on a line of its own, whose place has more words than a
    header's few stray ones: "NOVI SAD, Serbia, Saturday 7 March 2026, 23:40 CET (AFP) -",
    "JEDDAH, Saudi Arabia, Wednesday 12 Nov 2025 (Reuters) -"."""
    lead = _line_dateline(text)
    if lead is None or not lead.group("when") or lead.end() < len(text):
        return None
    return find_dateline(_lead_when(lead))


def _lead_when(lead: re.Match[str]) -> str:
    """The day (and time) a wire dateline gives, its zone read where the dateline places it."""
    return local_zone(lead.group("when").strip(", "), lead.group("place"))


def _dated_part(text: str) -> str | None:
    """The date of a header line that strings a date with other things: "TOI News Desk /
    TIMESOFINDIA.COM / Updated: Apr 24, 2025, 08:15 IST", "Published November 25, 2024
    Updated a day ago", "Seda Sevencan, Burak Bir |01.03.2025 - Update : 01.03.2025"."""
    if not any(c.isdigit() for c in text):
        return None
    parts = _DATE_PARTS_RE.split(text)
    if any(len(words := part.split()) > 6 and any(
            w[:1].islower() and w.strip(",.").lower() not in _TIME_WORDS for w in words)
           for part in parts):
        return None  # a sentence after a dateline's dash is the story, not a header
    for part in parts:
        found = find_dateline(part.strip()) if part and part.strip() else None
        if found is not None:
            return found
    return None


def _published(segs: list[_Seg], start: int, title_idx: int | None) -> str | None:
    """The publication date: a labelled header dateline, else the first after the headline,
    else the first in the header, else any."""
    header = [(i, s) for i, s in enumerate(segs[:start]) if s.date]
    for _, seg in header:
        if seg.text.lower().startswith(_PUBLISHED_PREFIXES):
            return seg.date
    if title_idx is not None:
        for i, seg in header:
            if i > title_idx:
                return seg.date
    if header:
        return header[0][1].date
    return next((s.date for s in segs if s.date), None)
