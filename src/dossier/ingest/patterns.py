"""Page furniture that is junk wherever it appears: kept as data, apart from the cleaning logic.

Each pattern describes a *kind* of line (a share widget, a photo credit, a teaser) rather than any one
page's wording, so it holds on pages we have never seen.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..casefold import lower_for_pretest

_I = re.IGNORECASE

# A whole short line that is a button or widget label.
WIDGET_LINE = re.compile(r"""^\W*(?:
    (?:share|tweet|email|print|save|pin|like|follow|subscribe|sign\ (?:in|up)|log\ ?in|register|comment|reply)
        (?:\ (?:this|the|on|to|via|us|now|our|for))?(?:\ (?:story|article|page|post|link|facebook|twitter|x|
        whatsapp|linkedin|email|newsletter|free))*
  | (?:view|watch|see|play|open|show|hide|expand|enlarge|download)\ (?:the\ |all\ |more\ |full\ )?
        (?:photos?|videos?|images?|gallery|galleries|slideshow|captions?|comments?|clip|graphic|infographic|map)
        (?:\ \d+\ of\ \d+)?
  | close(?:\ x|\ window|\ menu)?|x|menu|search|home|skip\ to\ (?:main\ )?content|back\ to\ top|top\ of\ page
  | (?:switch\ to|view|go\ to)\ (?:the\ )?(?:desktop|mobile|full|classic)\ (?:site|version|view)
  | (?:about|report|hide|why\ these)\ (?:these|this|the)?\ ?ads?|advertisement|advertising|sponsored(?:\ content)?
  | ad(?:\ feedback)?|continue\ reading(?:\ below)?|read\ more|load\ more|see\ more|show\ more|more\ stories
  | (?:previous|next)(?:\ (?:article|story|page|post|slide|topic))?|\d+\ comments?|comments?|related(?:\ (?:articles?|stories|content|coverage))?
  | image|photo|video|audio|listen|play|pause|copy\ link|link\ copied|loading(?:\.\.\.)?|trending(?:\ now)?
  | (?:recent|popular|latest|top|most\ read)\ (?:posts|comments|articles|stories|news)|archives?|topics|categories
  | tags|pages|about\ us|contact(?:\ us)?|site\ ?map|privacy(?:\ policy)?|terms(?:\ of\ (?:use|service))?|faqs?
  | help|rss|newsletters?|log\ ?out
  | [\d\s|/»›«<>.…-]+  # pagination: page numbers and arrows only
)\W*$""", _I | re.VERBOSE)

# "Image: Reuters", "Photo: AP", "(Getty Images)", "Photograph by …": the credit under a picture.
CREDIT_LINE = re.compile(r"""^\W*(?:
    (?:image|photo|photograph|picture|pic|illustration|credit|caption)s?
        (?:\ (?:by|credit|courtesy(?:\ of)?|source))?\s*[:|/–—-]\s*\S.{0,120}$
  | (?:photo|image|picture|photograph|illustration)s?\ (?:by|courtesy\ of|credit)\b.{0,120}$
  | .{0,60}\b(?:getty\ images|shutterstock|associated\ press|ap\ photo|reuters|afp|epa|istock(?:photo)?)\W*$
)""", _I | re.VERBOSE)

# Lines that are junk wherever they sit: teasers, affiliate and cookie notices, copyright, newsletters, a topic-follow
# widget ("Add <name> as an interest …", whose name run into "Add" read as a speaker "Add Ivo Brant": read 64), a video
# player's caption line ("JUST WATCHED <clip title> Replay More Videos ... MUST WATCH <clip title> 01:42").
# JUNK_START is tried at the line's start, JUNK_ANYWHERE searched through it, but only when the line holds
# one of JUNK_WORDS (each of its alternatives holds one): a search through every long prose line cost more
# than the rest of the line cleaning.
JUNK_START = re.compile(r"""^\W*(?:
    (?:recommended|related|read\ (?:more|also|next)|see\ also|more|also\ read|most\ read|popular|trending|
        watch|listen|video|advertisement|sponsored|promoted|editor'?s?\ picks?|you\ may\ also\ like|up\ next)\s*[:|»›>]
  | (?:©|\(c\)|copyright\b)
  | just\ watched\b.{0,300}?\breplay\ more\ videos\b  # a video player's caption: "JUST WATCHED <title> Replay More Videos ..."
  | (?:this\ (?:article|story)\ (?:was|has\ been)\ (?:updated|corrected|amended))\b.{0,40}$
  | (?:image|video|photo)\ \d+\ of\ \d+\W*$
  | \d{4}-\d{2}-\d{2}(?:[T\ ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\W*$  # a bare timestamp
)""", _I | re.VERBOSE)
JUNK_ANYWHERE = re.compile(r"""(?:
    \b(?:we|i|this\ site|this\ page|the\ site)\ (?:may|might|could)\ (?:earn|receive|get)\ (?:a\ )?(?:small\ )?
        (?:commission|share\ of\ sales|compensation|affiliate)
  | \baffiliate\ (?:links?|commission|partner)
  | all\ rights\ reserved
  | \b(?:this\ (?:site|website)\ uses|we\ use)\ cookies\b|\bcookie\ (?:policy|settings|preferences)\b
  | \baccept\ (?:all\ )?cookies\b
  | \b(?:sign\ up|subscribe)\ (?:for|to)\ (?:our|the)\ (?:\w+\ )?(?:newsletter|daily|weekly|briefing|alerts?)
  | \bfollow\ us\ on\b|\bshare\ (?:this|on)\ (?:story|article|facebook|twitter)\b
  | \badd\ [^.?!\n]{1,80}?\ as\ an\ interest\ to\ (?:stay|get|follow|receive|see|keep)\b  # a topic-follow widget: "Add <topic> as an interest to …"
  | \binvalid\ email\ address\b|\bplease\ verify\ you['’]?re\ not\ a\ robot\b|\byou\ must\ select\ a\ newsletter\b
  | \byou\ will\ receive\ emails\ (?:containing|with|from|about)\b  # a newsletter sign-up form's text (analyst22)
  | \bclick\ here\ to\b|\b(?:terms\ of\ (?:use|service)|privacy\ policy)\b.*\b(?:terms|privacy|policy|contact)\b
)""", _I | re.VERBOSE)
JUNK_WORDS = ("commission", "share", "compensation", "affiliate", "all rights reserved", "cookie", "sign up",
              "subscribe", "follow us on", "click here to", "terms of", "privacy policy", "as an interest",
              "invalid email", "not a robot", "select a newsletter", "receive emails")


def junk_line(line: str) -> bool:
    """Whether ``line`` is a teaser, an affiliate or cookie notice, a copyright or newsletter line."""
    if JUNK_START.match(line):
        return True
    low = lower_for_pretest(line)
    if low is not None and not any(w in low for w in JUNK_WORDS):
        return False
    return JUNK_ANYWHERE.search(line) is not None


# A line that only tells the reader there is a picture here: the description just above it is a caption.
# A photo gallery run into the text ("… sailed north. Hide Caption 3 of 12 Photos: The Fjord War …"), or a wire
# photo's caption line ("FILE PHOTO: The mayor welcomes …"): every sentence on that line is a caption, often of
# another time.
GALLERY_CAPTION = re.compile(r"\bHide Caption \d+ of \d+\b")
PHOTO_CAPTION = re.compile(r"\s*(?:FILE )?PHOTO:\s")


def line_at(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the line of ``text`` holding character ``pos``, its newline excluded."""
    end = text.find("\n", pos)
    return text.rfind("\n", 0, pos) + 1, end if end >= 0 else len(text)


# A picture's or a gallery's caption or credit, wherever it stands in a sentence (not only at its line's start).
CAPTION_MARK = re.compile("|".join((
    r"\bHide Caption \d+ of \d+", r"^(?:Photos?|FILE PHOTO|Cover (?:image|photo))\s*[:-]", r"\bPhotos: Photos:",  # a gallery
    r"\bImage (?:copyright|caption)\b",  # a picture's credit line and caption
    r"\bMedia (?:caption|playback is (?:unsupported|not supported))\b",  # a video player's notice and caption
    r"\((?:L|left|right|center|centre)\)",  # who stands where in a picture
    r"\b(?:Getty Images|AP Photo|REUTERS/|AFP/|Photo by)",  # photo credits
    r"\((?:Photos?|Pictures?|Images?)\s*(?::|by\b|credit)",  # a credit in brackets: "(Photo: Ana Reyes, AP)"
    r"^\s*CLOSE\s+[A-Z]",  # a video player's close label opening the video's caption (``PLAYER_CLOSE``)
    r"^\W*(?:(?:VIDEO )?SHOWS|SHOT ?LIST)\s*:",  # a news agency's shot list: "SHOWS: AERIAL OF THE HARBOUR"
)))


def caption(text: str) -> bool:
    """Whether a sentence is a picture's or a gallery's caption or credit line ("Hide Caption 3 of 40 …",
    "Image copyright …", "(L)", "… (AP Photo/…)", "(Photo: …)"), a video's ("CLOSE The mayor …") or an
    agency's shot list ("SHOWS: …"): page furniture, never a summary sentence nor an event."""
    return bool(CAPTION_MARK.search(text))


def in_caption_line(text: str, pos: int) -> bool:
    """The line holding character ``pos`` of ``text`` is a photo gallery's run of captions or a photo caption."""
    start, end = line_at(text, pos)
    return bool(PHOTO_CAPTION.match(text, start) or GALLERY_CAPTION.search(text, start, end))


MEDIA_CAPTION = re.compile(r"\b(?:Media|Image|Video) caption\b")
PLAYER_CLOSE = re.compile(r"\s*CLOSE\s")  # a video player's close label opening its caption line: "CLOSE The mayor said …"
LINK_LABELS = r"see also|read more|also read|read also"  # a link card's label ("Read more: …")
RELATED_LINK = re.compile(rf"(?i)\s*(?:{LINK_LABELS})\s")  # "see also Mayor vows … said Thursday …"
# A site's cross-link set into the text: "( Also on COURIER: Mayor says fares will fall )", "Also on Courier:
# …" (fresh strict reads, round 17): the linked story's headline, not this article's reporting.
ALSO_ON_LINK = re.compile(r"(?i)^\W*also\s+on\s+[\w.&'’-]+(?:\s+[\w.&'’-]+){0,2}\s*:")
# A link card's label closing its headline's line: "Ferry strike: what the delay means Read more".
CLOSING_LINK_LABEL = re.compile(r"(?i)\bread more\W*$")
# A link card's label standing alone on its line ("READ MORE", "Related:", "See also"): the lines after it are
# the linked stories' headlines, not headings of this article.
LINK_LABEL = re.compile(rf"(?i)^\W*(?:{LINK_LABELS}|related(?: stories| articles| coverage| content)?"
                        r"|more on this(?: story)?|recommended(?: for you)?)\W*$")


def in_headline_or_caption(text: str, pos: int) -> bool:
    """The line holding ``pos`` is a media caption ("Media caption
    The US President criticises …", a video's "CLOSE The mayor said …"), a
    related-story link ("see also Mayor vows …") or a headline written in capitals ("TRUMP VOWS IRAN CANNOT HAVE …", a
    link to another story): neither is the article's own telling."""
    line = text[slice(*line_at(text, pos))]
    if MEDIA_CAPTION.search(line) or PLAYER_CLOSE.match(line) or RELATED_LINK.match(line) or ALSO_ON_LINK.match(line):
        return True
    letters = [c for c in line if c.isalpha()]
    return len(line.split()) >= 4 and len(letters) >= 15 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def after_link_card(text: str, pos: int) -> bool:
    """The last line with words before the line holding ``pos`` is a link card ("Ferry strike: what the delay
    means Read more", "Read more:", "( Also on COURIER: … )"): a quotation with no tag after it has no source
    the text before it gives (fresh strict reads, round 17), unless the paragraph before the card leaves a
    quotation open ("“It will cost more." and the card): then the quotation runs on across the card."""
    lines = _lines_before(text, pos, 2)
    if not lines or not (CLOSING_LINK_LABEL.search(lines[0]) or LINK_LABEL.match(lines[0]) or ALSO_ON_LINK.match(lines[0])):
        return False
    return len(lines) < 2 or not _quotation_left_open(lines[1])


def _quotation_left_open(line: str) -> bool:
    """More opening curly marks than closing ones, or an odd number of straight ones."""
    return line.count("“") > line.count("”") or line.count('"') % 2 == 1


def _lines_before(text: str, pos: int, n: int) -> list[str]:
    """Up to ``n`` lines with words before the line holding ``pos``, nearest first."""
    found, start = [], text.rfind("\n", 0, pos)
    while start > 0 and len(found) < n:
        prev = text.rfind("\n", 0, start)
        line = text[prev + 1:start].strip()
        if line:
            found.append(line)
        start = prev
    return found


# An editor's summary block: "Story highlights" (on its own line or run into a caption's line) and the short
# lines under it, each a headline-like restatement of the story ("Brant says the levy will stand"), none ending
# in a full stop; a label standing alone ("Key points", "Highlights") heads the same kind of block. The body
# reports each statement in full; a line of the block is the editor's, not the article's telling (fresh strict
# reads, round 18: a highlight line was read as the source's statement).
HIGHLIGHTS_RUN_IN = re.compile(r"(?i)\bstory highlights\b")
HIGHLIGHTS_ALONE = re.compile(r"(?i)^\W*(?:story highlights|highlights|key points|key takeaways|at a glance"
                              r"|what you need to know)\W*$")
HIGHLIGHT_MAX_LINES = 5
HIGHLIGHT_MAX_WORDS = 30
SENTENCE_END = re.compile(r"[.!?…]\W*$")


def in_highlights(text: str, pos: int) -> bool:
    """The line holding ``pos`` is the label line of a "Story highlights" block or one of the up to
    ``HIGHLIGHT_MAX_LINES`` short lines under it (none ending in a sentence's full stop)."""
    start, end = line_at(text, pos)
    if HIGHLIGHTS_RUN_IN.search(text, start, end):
        return True
    line_start = start
    for _ in range(HIGHLIGHT_MAX_LINES):
        line = text[slice(*line_at(text, line_start))].strip()
        if not _highlight_line(line):
            return False
        prev_end = text.rfind("\n", 0, line_start)
        while prev_end > 0 and not text[text.rfind("\n", 0, prev_end) + 1:prev_end].strip():
            prev_end = text.rfind("\n", 0, prev_end)
        if prev_end <= 0:
            return False
        line_start = text.rfind("\n", 0, prev_end) + 1
        above = text[line_start:prev_end].strip()
        if HIGHLIGHTS_ALONE.match(above) or HIGHLIGHTS_RUN_IN.search(above):
            return True
    return False


def _highlight_line(line: str) -> bool:
    return 0 < len(line.split()) <= HIGHLIGHT_MAX_WORDS and not SENTENCE_END.search(line)


# A related story's headline set as its own line in the body, a topic label and a colon before it: "Harbour
# strike: Brant vows the ferries will sail", "Go deeper: Port officials say fares will rise", "Levy
# report:Brant tried to stall the audit" (a link's label run into its headline). The linked story's line,
# not this article's reporting (fresh strict reads, round 18). Not a transcript's speaker ("VELL: …", a label
# in capitals followed by a space), a lead-in ("Brant added: “…”", a quotation after the colon) or a sentence
# (a line ending in a full stop); a label glued to its headline is a link whatever the line's end.
TOPIC_LINE = re.compile(r"^\W{0,3}(?P<label>[A-Z][\w.’'&-]*(?: [\w.’'&-]+){0,3}) ?:(?P<rest>\S?)")
TOPIC_LINE_MAX_WORDS = 25
LABEL_SPEECH = re.compile(r"(?i)\b(?:said|says|say|told|tells|added|adds|wrote|writes|tweeted|posted|asked|asks|"
                          r"replied|continued|continues|warned|noted|declared|stated|explained|put it)\b")
OPENING_QUOTE = "“\"‘'«„"


def topic_link_line(text: str, pos: int) -> bool:
    """The line holding ``pos`` is a short "Topic: headline" line (``TOPIC_LINE``): a related story's link."""
    line = text[slice(*line_at(text, pos))].strip()
    m = TOPIC_LINE.match(line)
    if m is None or len(line.split()) > TOPIC_LINE_MAX_WORDS or LABEL_SPEECH.search(m["label"]) or "(@" in line:
        return False  # "Breaking: … — Tom Vell (@tomvell) May 2, 2016": a post set into the story, its words reported
    after = line[m.end("label"):].lstrip(" :")
    if not after or after[0] in OPENING_QUOTE or not after[0].isupper() and not after[0].isdigit():
        return False  # "Vell: “…”" a lead-in; "Note: it was …" a sentence
    if m["rest"] and m["rest"][0].isupper():
        return True  # "Levy report:Brant tried …": the link's label run into its headline
    return not m["label"].isupper() and not SENTENCE_END.search(line)


# A pull quote: a line that is one quotation and nothing else, with no tag, either cut without its sentence's
# ending ("“The port forgot who built it”") or repeating words the article quotes elsewhere. A page's display
# of a line from the story (or from an interview it cites), not a new report; with no tag, the parser gave it
# to whoever stood nearby (fresh strict reads, round 18).
WHOLE_QUOTATION = re.compile(r"^[“\"](?P<inner>[^“”\"]{3,})[”\"]$")
CLOSERS = "’'”\")]"
# A quotation line that ends in its source's credit after a dash: "“…” — Massachusetts Sen. Ilse Varga".
CREDITED_QUOTATION = re.compile(r"^(?P<quotation>[“\"][^“”\"]{3,}[”\"])\s*[—–]\s*[^“”\"\n]{3,120}$")
PULL_QUOTE_MIN_REPEAT_CHARS = 30


def pull_quote(text: str, pos: int) -> bool:
    """The line holding ``pos`` is a whole quotation without a sentence's ending or repeated elsewhere in
    ``text``; not when the line above leads into it ("… said:") or leaves a quotation open. A quotation
    credited after a dash ("“…” — Sen. Ilse Varga") is a pull quote only when it repeats the story's words (the
    credit names its source, so a line cut short there may be the whole quotation)."""
    start, end = line_at(text, pos)
    line = text[start:end].strip()
    credit = CREDITED_QUOTATION.match(line)
    m = WHOLE_QUOTATION.match(credit["quotation"] if credit else line)
    if m is None or len(m["inner"].split()) < 3:
        return False
    above = _lines_before(text, pos, 1)
    if above and (above[0].endswith(":") or _quotation_left_open(above[0])):
        return False
    inner = m["inner"].strip()
    cut = not credit and inner.rstrip(CLOSERS)[-1:] not in ".!?,;:…—–-"
    probe = inner[:max(PULL_QUOTE_MIN_REPEAT_CHARS, len(inner) // 2)]
    return cut or len(probe) >= PULL_QUOTE_MIN_REPEAT_CHARS and _told_elsewhere(text, probe, start, end)


def _told_elsewhere(text: str, probe: str, start: int, end: int) -> bool:
    """``probe`` stands in ``text`` outside ``start:end`` on a line that is not the same whole line (two equal
    quotation lines leave no telling which is the display)."""
    own = text[start:end].strip()
    at = text.find(probe)
    while at >= 0:
        if not start <= at < end and text[slice(*line_at(text, at))].strip() != own:
            return True
        at = text.find(probe, at + 1)
    return False


TITLE_SMALL_WORDS = frozenset("a an the of in on at to for and or but nor with by as from vs via into over".split())


def in_title_case_line(text: str, pos: int) -> bool:
    """The line holding ``pos`` is a headline in title case ("Ostrian Leader Welcomes Home Freed Sailors"): at
    least four words, no full stop at its end, and all but a fifth of its words that are not small words
    capitalised. Its parse is unreliable (verbs read as names), so nothing is read from it as the article's
    own telling (read 20)."""
    line = text[slice(*line_at(text, pos))].strip()
    words = [w.strip("\"'“”‘’()[],:;") for w in line.split()]
    words = [w for w in words if w[:1].isalpha() and w.lower() not in TITLE_SMALL_WORDS]
    if len(words) < 4 or line.endswith("."):
        return False
    return sum(w[:1].isupper() for w in words) >= len(words) - len(words) // 5


PICTURE_MARKER = re.compile(r"^\W*(?:view|see|enlarge|open|expand)\ (?:the\ )?(?:photos?|images?|pictures?|gallery|slideshow)\W*$"
                            r"|^\W*(?:image|photo|photograph|picture)s?\s*(?:\d+\s*(?:of|/)\s*\d+)?\W*$", _I | re.VERBOSE)


@lru_cache(maxsize=16384)
def furniture_flags(line: str) -> tuple[bool, bool, bool]:
    """(junk, credit, widget) for one stripped line; cached since cleaning and features both ask."""
    return junk_line(line), bool(CREDIT_LINE.match(line)), bool(WIDGET_LINE.match(line))


# ---------------------------------------------------------------- prose the line model must not drop
# Words that introduce speech: a lead-in ending in one of them and a colon opens a quotation below it.
SPEECH_VERBS = (r"said|says|say|told|tells|added|adds|wrote|writes|stated|states|explained|explains|declared|"
                r"tweeted|posted|asked|asks|replied|replies|answered|continued|continues|warned|warns|insisted|"
                r"argued|argues|noted|notes|put\ it|recalled|recalls")
# "Board chair Annika Holloway said:": a lead-in that hands over to the quotation below it.
SPEECH_LEAD_IN = re.compile(rf"^.{{0,200}}\b(?:{SPEECH_VERBS})(?:\ (?:in\ a\ statement|on\ \w+|to\ \w+(?:\ \w+){{0,3}}|that))?\s*:$",
                            _I | re.VERBOSE)
# "And from board chair Annika Holloway:": a lead-in with no verb; only before a line in quotation marks.
SOURCE_LEAD_IN = re.compile(r"^(?:and\ )?(?:from|according\ to)\ \S.{0,100}:$", _I | re.VERBOSE)
OPENS_QUOTE = re.compile(r"^\W{0,2}[“\"‘'«„]")
# “…” —Deputy Commissioner Tobias Wrenfield: a quotation attributed by a trailing dash.
DASH_ATTRIBUTED = re.compile(r"""^[“"‘«„].{8,}[”"’»]\s*(?:[—–]|--?)\s*[A-Z][\w.'’-]*(?:[\s,]+[\w.'’&-]+){0,14}\.?$""",
                             re.VERBOSE)
# "Q: …", "VELL: …": a transcript line; the label is Q/A/QUESTION/ANSWER or a name in capitals.
TRANSCRIPT_LABEL = re.compile(r"^(?P<label>Q|A|QUESTION|ANSWER|[A-Z][A-Z'’.-]+(?:\ [A-Z][A-Z'’.-]+){0,2})\s*:\s+\S", re.VERBOSE)
QUESTION_LABELS = frozenset({"Q", "QUESTION"})
# Capitalised labels that are page furniture or editors' notes, never a speaker in a transcript.
NOT_SPEAKER_LABELS = frozenset("""WATCH READ RELATED UPDATE UPDATED CORRECTION CLARIFICATION PHOTOS PHOTO VIDEO VIDEOS
LISTEN MORE SEE ALSO NOTE BREAKING EXCLUSIVE OPINION ANALYSIS LIVE SOURCE SOURCES CREDIT EDITOR'S EDITORS
WARNING TAGS TOPICS FILE PICTURED ABOVE TOP LEAD DEVELOPING ALERT SPONSORED AD ADVERTISEMENT CLICK""".split())


def transcript_lines(lines: list[str]) -> set[int]:
    """Indexes of a transcript's lines: at least one question line ("Q:") and one answer by a named
    label, or two labels that each speak twice (a dialogue). Furniture labels ("WATCH:") never count."""
    labelled: dict[int, str] = {}
    for i, line in enumerate(lines):
        m = TRANSCRIPT_LABEL.match(line)
        if m and m["label"].rstrip(".") not in NOT_SPEAKER_LABELS and not m["label"].isdigit():
            labelled[i] = m["label"].rstrip(".")
    labels = set(labelled.values())
    counts = {lab: sum(1 for v in labelled.values() if v == lab) for lab in labels}
    asked = labels & QUESTION_LABELS and labels - QUESTION_LABELS
    dialogue = sum(1 for c in counts.values() if c >= 2) >= 2
    return set(labelled) if asked or dialogue else set()


def sure_prose(lines: list[str]) -> set[int]:
    """Lines that are the article's own words whatever the line model says: a quotation attributed by
    a trailing dash, a lead-in ("… said:") with the quotation it opens, and transcript lines."""
    keep = transcript_lines(lines)
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if DASH_ATTRIBUTED.match(line):
            keep.add(i)
        elif nxt and line.rstrip("\n").endswith(":") and (  # both lead-ins end in a colon: no scan otherwise
                SPEECH_LEAD_IN.match(line) or (SOURCE_LEAD_IN.match(line) and OPENS_QUOTE.match(nxt))):
            keep.update({i, i + 1})
    return keep
