"""Data for the line classifier: word lists and cue patterns.

Nothing here names a line of any particular site: these are the general shapes of page
chrome, bylines and photo credits found across news outlets, blogs and wire services.
Patterns are matched against a stripped line. Where case does not matter they are written
in lower case and matched against the lower-cased line: ``(?i)`` and a leading ``\b``
make Python's regex engine several times slower, and this runs on every line.
"""

from __future__ import annotations

import re

# --- word lists ---------------------------------------------------------------------------

# English function words; their share in a line separates prose from headlines and menus.
STOP_WORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers herself him himself his how
    i if in into is it its itself just me more most my myself no nor not now of off on once
    only or other our ours out over own same she should so some such than that the their
    theirs them themselves then there these they this those through to too under until up
    very was we were what when where which while who whom why will with would you your
    yours may might must shall since though although whether upon amid among per via
    """.split()
)

# Words of interface chrome (buttons, widgets, navigation) and social networks. A short
# line made only of these (plus digits and symbols) is chrome wherever it appears.
UI_WORDS = frozenset(
    """
    text size font font-size fontsize close open menu search home login logout log sign in
    up out register subscribe subscription share shares sharing print email e-mail mail
    link links copy copied url button btn facebook twitter x kakao kakaotalk kakaostory
    line whatsapp telegram linkedin reddit pinterest instagram youtube tiktok naver band
    weibo wechat threads bluesky flipboard rss feed top back next previous prev more less
    view views reply comment comments like likes tweet follow toggle navigation nav skip
    content main go page zoom listen audio play pause bookmark bookmarks save scrap
    translate translation settings setting options option cancel ok submit send loading
    enlarge reduce increase decrease larger smaller small medium large a+ a- tab tabs
    """.split()
)

# Section and listing words: a short line made only of these is a section label or the
# heading of a list of other articles.
SECTION_WORDS = frozenset(
    """
    news latest top popular most viewed read shared related stories story articles article
    more special coverage trending recommended featured editor's editors picks pick video
    videos photos photo gallery multimedia podcast podcasts opinion opinions editorial
    editorials world national local business economy economics politics sport sports
    culture lifestyle life entertainment science tech technology health travel asia
    europe americas africa middle east north south region regions category categories tag
    tags topic topics same author authors section sections archive archives columns column
    columnists analysis features feature breaking live today's today weekly daily hot
    issue issues headlines headline home main society people
    """.split()
)

# Job titles and affiliations: lines of an author block ("Senior Research Fellow").
ROLE_WORDS = frozenset(
    """
    staff writer writers reporter reporters correspondent correspondents editor editors
    senior junior chief deputy associate assistant contributing contributor columnist
    research researcher fellow professor lecturer director analyst analysts intern
    photographer producer president head manager fellows scholar visiting
    institute institution university center centre foundation council academy school
    college department office association society agency group daily times post herald
    journal review press bureau desk
    """.split()
)

# News and photo agencies, as they appear in photo credits ("(Yonhap)", "EPA-Yonhap").
AGENCIES = (
    "Yonhap", "AP", "AFP", "Reuters", "EPA", "Xinhua", "Getty Images", "Getty", "Newsis",
    "News1", "Bloomberg", "Kyodo", "Jiji", "Shutterstock", "AAP", "ANI", "PTI", "Sputnik",
    "TASS", "KCNA", "Korea Herald", "Joint Press Corps", "Pool", "Photo", "File Photo",
)

# Free-mail domains are nobody's publication.
GENERIC_MAIL_DOMAINS = frozenset(
    """
    gmail.com googlemail.com yahoo.com hotmail.com outlook.com live.com msn.com aol.com
    icloud.com me.com proton.me protonmail.com naver.com daum.net hanmail.net nate.com
    qq.com 163.com 126.com mail.ru yandex.ru gmx.de gmx.net web.de example.com
    """.split()
)

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11,
    "november": 11, "dec": 12, "december": 12,
}
MONTH_RE = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)

# --- line shapes ---------------------------------------------------------------------------

BULLET_RE = re.compile(r"^[•·▪◦●○■□‣⁃∙◆◇►▶✓✔\-\*–]\s*")
# Ends like a sentence: terminal punctuation, possibly followed by closing quotes/brackets.
SENTENCE_TERMINALS = frozenset(".!?…。！？")
SENTENCE_CLOSERS = "\"'”’)]»"
# Scripts written without spaces between words (Chinese, Japanese), where a line's word
# count has to be estimated from its length.
UNSPACED_SCRIPT_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
IDENTIFIER_RE = re.compile(r"^[A-Za-z][A-Za-z0-9]*(?:[_.][A-Za-z0-9]+)+$|^[a-z]+[A-Z][A-Za-z]*$")
URL_RE = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
EMAIL_RE = re.compile(r"[\w.+-]+@((?:[\w-]+\.)+[A-Za-z]{2,})")
EMAIL_LINE_RE = re.compile(r"^[\[(<]?\s*(?:e-?mail\s*:?\s*)?[\w.+-]+@(?:[\w-]+\.)+[A-Za-z]{2,}\s*[\])>]?$", re.I)
# Menus and breadcrumbs: three or more short items separated by | » › · • or spaced > /
MENU_SEPARATOR_RE = re.compile(r"[|»›·•>/]")
MENU_SPLIT_RE = re.compile(r"\s*[|»›·•]\s*|\s+[>/]\s+")
# "Báo Quốc TếBáo Quốc Tế02/10/2023": a name printed twice, then perhaps a date.
REPEATED_MASTHEAD_RE = re.compile(r"^(?P<name>[^\W\d_][^\n]{1,58}?)\s*(?P=name)\s*(?P<rest>.{0,40})$")

# --- furniture -----------------------------------------------------------------------------

# Matched against the lower-cased line, after a substring pre-check (COPYRIGHT_HINTS).
COPYRIGHT_RE = re.compile(
    r"^(?:©|\(c\)|copyright\b|ⓒ)|all rights reserved|unauthori[sz]ed (?:reproduction|redistribution)"
)
COPYRIGHT_HINTS = ("©", "ⓒ", "(c)", "copyright", "rights reserved", "unauthori")

# The first word of a lower-cased line; digits count as one word, keyed "0".
FIRST_WORD_RE = re.compile(r"\d+|[^\W\d_][\w'’-]*")


def first_word(low: str) -> tuple[str, int]:
    """``(word, end)`` for the word ``low`` opens with (``("", 0)`` if none)."""
    match = FIRST_WORD_RE.match(low)
    if match is None:
        return "", 0
    word = match.group()
    return ("0" if word[0].isdigit() else word), match.end()


class PhraseTable:
    """Line-opening phrases, indexed by their first word.

    Each entry is ``(first words, rest)``: the line (lower-cased) must start with one of the
    space-separated first words, as a whole word, and ``rest`` must match right after it.
    A first word made of digits is written ``0``. One dict lookup replaces a regex of forty
    alternatives tried at the start of every line.
    """


    def __init__(self, entries: list[tuple[str, str]]) -> None:
        rests: dict[str, list[str]] = {}
        for words, rest in entries:
            for word in words.split():
                rests.setdefault(word, []).append(rest)
        self._table = {w: re.compile("|".join(f"(?:{r})" for r in rs)) for w, rs in rests.items()}

    def match(self, low: str, first: str, first_end: int) -> bool:
        """Whether ``low`` opens with a phrase; ``first``/``first_end`` from :data:`FIRST_WORD_RE`."""
        pattern = self._table.get(first)
        return pattern is not None and pattern.match(low, first_end) is not None


# Chrome that starts a line and is never how a sentence of an article starts: calls to
# action, share widgets, navigation, comment forms. Applied to any line up to 25 words.
CTA_PHRASES = PhraseTable([
    ("advertisement", r"(?:\s*[·•|:–-].{0,40})?$"),
    ("advertising ad", r"$"),
    ("sponsored", r"(?:\s+content)?$"),
    ("share email e-mail print save tweet post", r"\s+(?:this|the)\s+(?:article|story|page|post)\b"),
    ("share", r"\s+(?:on|via|with|to)\b|$"),
    ("copy", r"\s+(?:the\s+)?link\b"),
    ("click", r"\s+(?:here|to)\b"),
    ("tap", r"\s+to\b"),
    ("read", r"\s+(?:more|next|also)\b"),
    ("also", r"\s+read\b"),
    ("see", r"\s+also\b"),
    ("you", r"\s+(?:may|might)\s+also\s+like\b"),
    ("leave post add write view show hide load", r"\s+(?:a\s+|all\s+|more\s+)?(?:comments?|reply|replies)\b"),
    ("back go scroll return", r"\s+to\s+(?:the\s+)?top\b"),
    ("go", r"\s+top\b"),
    ("top", r"$"),
    ("skip", r"\s+to\b"),
    ("tag tags categories topics keyword keywords label labels", r"\s*[:：]"),
    ("filed", r"\s+under\b"),
    ("previous next prev older newer", r"\s*(?:post|article|story|entry)?\s*[:»›<>]"),
    ("follow join like find", r"\s+us\b"),
    ("connect", r"\s+with\s+us\b"),
    ("subscribe", r""),
    ("sign", r"\s+up\b"),
    ("register", r"\s+(?:now|for\s+free)\b"),
    ("get", r"\s+(?:the|our)\s+(?:app|newsletter|latest)\b"),
    ("download", r"\s+(?:the|our)\s+app\b"),
    ("please", r"\s+(?:direct|send|e-?mail)\s+(?:your\s+|any\s+)?(?:questions|comments|feedback|tips|inquiries|enquiries)\b"),
    ("listen", r"\s+to\s+(?:this\s+)?(?:article|story)\b"),
    ("our", r"\s+standards\s*:"),
    ("accept", r"(?:\s+all)?(?:\s+cookies)?$"),
    ("about contact", r"\s*(?:us)?\s*\|"),
])

# Labels and list headings: chrome only when the line is not prose ("Related" may start
# a sentence of an article; "Related stories" on its own line is a list heading).
LABEL_PHRASES = PhraseTable([
    ("related recommended trending loading newsletter newsletters", r""),
    ("more", r"\s+(?:on\s+this|from|stories|news|articles|in)\b"),
    ("most", r"\s+(?:read|viewed|popular|shared|commented|emailed)\b"),
    ("top", r"\s+\d+\b"),
    ("latest", r"\s+(?:news|stories|articles|videos)\b"),
    ("popular", r"\s+(?:news|stories|articles)\b"),
    ("same", r"\s+(?:tag|category|author|section|topic)\b"),
    ("in", r"\s+other\s+news\b"),
    ("editor's editors editor’s", r"\s+picks?\b"),
    ("special", r"\s+(?:coverage|reports?)\b"),
    ("0", r"\s+(?:comments?|replies|shares|views|likes)$|\s*min(?:ute)?s?\s+read\b"),
    ("comment comments", r"\s*(?:\(\d+\)|\d+|:)?$"),
    ("no", r"\s+(?:comments|data|videos?|results|posts|items)\b"),
    ("please", r"\s+wait\b"),
    ("contact", r"\s+us\b"),
    ("terms", r"\s+(?:of\s+(?:use|service)|and\s+conditions)\b"),
    ("privacy", r"\s+(?:policy|notice|settings)\b"),
    ("cookie", r"\s+(?:policy|settings|preferences)\b"),
    ("powered", r"\s+by\b"),
    ("reading", r"\s+time\b"),
    ("photo", r"\s+gallery\b"),
    ("view", r"\s+(?:gallery|slideshow|photos)\b"),
    ("watch video", r"\s*[:：]|$"),
    ("breaking", r"\s+news$"),
    ("source sources update updates print email e-mail", r"$"),
])

# Anywhere in a line, chrome written as sentences: cookie banners, comment forms,
# newsletter pitches. Specific enough to apply to any line that is not long.
FURNITURE_ANY_RE = re.compile(
    r"""(?x)
        \b(?:we|this\s+(?:site|website))\s+uses?\s+cookies\b | \buse\s+of\s+cookies\b
      | \baccept\s+(?:all\s+)?cookies\b | \bcookie\s+(?:policy|notice|settings)\b
      | \bemail\s+address\s+will\s+not\s+be\s+published\b
      | \b(?:sign\s+up|subscribe)\s+(?:now\s+)?(?:to|for)\s+(?:our|the)\b[^.!?]*\bnewsletters?\b
      | \bnewsletters?\b[^.!?]*\b(?:in|to)\s+your\s+inbox\b
    """,
)

FURNITURE_ANY_HINTS = ("cookie", "newsletter", "published")

# The same, but phrases an article could also use: only for lines that are not prose.
FURNITURE_WEAK_RE = re.compile(
    r"""(?x)
        \bbutton\b | \bquestions\s+or\s+comments\s+to\b | \bcontact\s+us\b | \bto\s+continue\s+reading\b
      | \balready\s+a\s+subscriber\b | \bunlimited\s+access\b | \bsupport\s+(?:our|independent)\s+journalism\b
      | \btrust\s+principles\b | \ball\s+rights\b | \bback\s+to\s+(?:home|homepage|top|the\s+top)\b
      | \bthis\s+(?:article|story|page)\s+is\s+(?:more\s+than|over)\s+\S+\s+\w+\s+old\b
    """,
)
# One word each alternative above needs, checked before the (slower) regex search.
FURNITURE_WEAK_HINTS = (
    "button", "questions", "contact", "continue", "subscriber", "unlimited", "journalism",
    "principles", "rights", "back", "old",
)

# A heading that opens a block of other articles' headlines (everything short under it,
# until prose resumes, is furniture).
LIST_HEADINGS = PhraseTable([
    ("related recommended trending latest popular", r""),
    ("more", r"\s+(?:from|stories|news|articles|on)\b"),
    ("see", r"\s+also\b"),
    ("also", r"\s+read\b"),
    ("read", r"\s+(?:more|next|also)\b"),
    ("you", r"\s+(?:may|might)\s+also\b"),
    ("most", r"\s+(?:read|viewed|popular|shared)\b"),
    ("top", r"\s+\d+"),
    ("same", r"\s+(?:tag|category|author|section|topic)\b"),
    ("in", r"\s+other\s+news\b"),
    ("editor's editors editor’s", r"\s+picks?\b"),
    ("leave post", r"\s+a\s+(?:comment|reply)\b"),
    ("comment comments", r""),
    ("0", r"\s*comments?\b"),
    ("special", r"\s+coverage\b"),
])

# --- bylines -------------------------------------------------------------------------------

# Lines that announce a byline or dateline: "By ...", "Posted on : ...", "Date 2023-04-03".
BYLINE_PHRASES = PhraseTable([
    ("posted published updated modified created written issued released", r""),
    ("last", r"\s+(?:updated|modified)\b"),
    ("date dated", r""),
    ("reporting editing writing written story words text", r"\s+by\b"),
    ("additional", r"\s+reporting\b"),
    ("author authors", r"\s*[:：]"),
    ("by", r"\s*[:：]?\s+(?=[^\W\d_])"),
    ("입력 수정 발행", r""),
])
# Korean bylines end with the reporter's title: "홍길동 기자", "홍길동 기자 hong@example.com".
BYLINE_END_HINTS = ("기자", "특파원", "논설위원")
BYLINE_END_RE = re.compile(r"\S+\s*(?:기자|특파원|논설위원)(?:\s*[\w.+-]+@\S+)?$")
# "Justin McCurry in Tokyo", "Jane Doe and John Roe in Seoul": a byline without "By".
NAME_IN_PLACE_RE = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}(?: and [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})?)"
    r" in [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?$"
)
# Relative times in a dateline: "Updated 3 hours ago".
RELATIVE_TIME_RE = re.compile(r"(?i)\b\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago\b")
# --- captions ------------------------------------------------------------------------------

_AGENCY_ALT = "|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True))
# In the lower-cased line: "[Image source=Yonhap News]", "(Source: Yonhap)", "(Photo: ...)".
CAPTION_BRACKET_RE = re.compile(r"\[\s*(?:image|photo|picture|graphic|video|illustration)s?\b[^\]]{0,120}\]")
CAPTION_SOURCE_RE = re.compile(
    r"\(\s*(?:source|photo|image|picture|credit|graphic|illustration|file\s+photo)s?\s*[:=：][^)]{0,120}\)"
)
# The last fragment of a caption (after its last sentence) when it is a credit:
# "(Yonhap)", "EPA-Yonhap", "AP Photo/Name", "Outlet/Photographer", "Courtesy of ...",
# "Photo by ...". Matched whole against that fragment, which is short.
CREDIT_FRAGMENT_RE = re.compile(
    rf"""(?x)
        \(?\s*(?:[A-Z][\w&'.]*[-/])?(?i:{_AGENCY_ALT})(?:\s*(?:[/-]|(?i:photo))\s*[^()]{{0,40}})?\s*\)?\.?
      | [A-Z][\w&'. ]{{1,30}}/\s?[A-Z][\w .'-]{{1,40}}
      | (?i:courtesy\s+of)\s+[^.!?]{{1,60}}\.?
      | \(?(?i:photo|photograph|image|picture|graphic|illustration|credit)s?\s*(?:(?i:by)\b|[:=：])\s*[^.!?]{{1,60}}\)?\.?
      | [\[(]?(?:사진|자료|그래픽)\s*[=:：]\s*[^.!?]{{1,40}}[\])]?    # 사진=연합뉴스
      | [^.!?]{{1,30}}\s*제공\)?                                   # 외교부 제공 ("courtesy of")
    """,
)
CREDIT_FRAGMENT_MAX_WORDS = 8
# A credit fragment names an agency or says "photo"/"courtesy": checked on its words before
# the (slower) regex runs.
CREDIT_WORDS = frozenset(
    w.lower() for agency in AGENCIES for w in agency.replace("-", " ").split()
) | frozenset(
    "courtesy photo photos photograph photographs image images picture pictures graphic "
    "graphics illustration credit credits source".split()
)
CREDIT_HINTS = ("/", "제공", "사진", "자료", "그래픽")

# Matched against the lower-cased line (no (?i) and no leading \b: both defeat the regex
# engine's fast scan, and caption cues are searched in long lines).
CAPTION_POSITION_PAREN_RE = re.compile(
    r"""(?x)
        \(\s*(?:(?:far\s+)?(?:left|right)|cent(?:er|re)|front|back|top|bottom|l|r|c
              |(?:second|third|fourth|fifth|2nd|3rd|4th|5th)\s+from\s+(?:left|right)
              |(?:from\s+)?(?:left|right)\s+to\s+(?:right|left)|clockwise[^)]{0,40})\s*\)
    """,
)  # matched at each "(" of the lower-cased line
# "second from left", "from left to right", ", left," (the last two without a bracket).
CAPTION_POSITION_RE = re.compile(r"from\s+(?:left|right)(?![\w-])|,\s*(?:far\s+)?(?:left|right|cent(?:er|re)),")
CAPTION_POSITION_HINTS = ("from left", "from right", ", left,", ", right,", ", cent", ", far ")

# --- dates ---------------------------------------------------------------------------------

ISO_DATE_RE = re.compile(r"(?<!\d)(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})(?!\d)")
NUMERIC_DATE_RE = re.compile(r"(?<!\d)(\d{1,2})[-./](\d{1,2})[-./](\d{4})(?!\d)")
MDY_DATE_RE = re.compile(rf"(?i)\b({MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)")
DMY_DATE_RE = re.compile(rf"(?i)(?<!\d)(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH_RE})\.?,?\s+(\d{{4}})(?!\d)")
CJK_DATE_RE = re.compile(r"(\d{4})\s*[년年]\s*(\d{1,2})\s*[월月]\s*(\d{1,2})\s*[일日]")
ANY_DATE_RE = re.compile(
    "|".join(p.pattern.replace("(?i)", "") for p in (ISO_DATE_RE, NUMERIC_DATE_RE, MDY_DATE_RE, DMY_DATE_RE, CJK_DATE_RE)),
    re.I,
)
# Day-and-month mentions in the article ("on September 23", "23 September"), used to
# settle an ambiguous numeric date. The month name is found first (fast: it starts with
# a capital letter), then a day after it or just before it.
MONTH_WORD_RE = re.compile(
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![a-z])"
)
DAY_AFTER_MONTH_RE = re.compile(r"\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?![\d])(?:,?\s+(\d{4})(?!\d))?")
DAY_BEFORE_MONTH_RE = re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?$")
YEAR_AFTER_RE = re.compile(r"\.?,?\s+(\d{4})(?!\d)")
