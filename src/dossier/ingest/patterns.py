"""Page furniture that is junk wherever it appears: kept as data, apart from the cleaning logic.

Each pattern describes a *kind* of line (a share widget, a photo credit, a teaser) rather than any one
page's wording, so it holds on pages we have never seen.
"""
from __future__ import annotations

import re
from functools import lru_cache

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

# Lines that are junk wherever they sit: teasers, affiliate and cookie notices, copyright, newsletters.
JUNK_LINE = re.compile(r"""(?:
    ^\W*(?:recommended|related|read\ (?:more|also|next)|see\ also|more|also\ read|most\ read|popular|trending|
        watch|listen|video|advertisement|sponsored|promoted|editor'?s?\ picks?|you\ may\ also\ like|up\ next)\s*[:|»›>]
  | \b(?:we|i|this\ site|this\ page|the\ site)\ (?:may|might|could)\ (?:earn|receive|get)\ (?:a\ )?(?:small\ )?
        (?:commission|share\ of\ sales|compensation|affiliate)
  | \baffiliate\ (?:links?|commission|partner)
  | ^\W*(?:©|\(c\)|copyright\b)|all\ rights\ reserved
  | \b(?:this\ (?:site|website)\ uses|we\ use)\ cookies\b|\bcookie\ (?:policy|settings|preferences)\b
  | \baccept\ (?:all\ )?cookies\b
  | \b(?:sign\ up|subscribe)\ (?:for|to)\ (?:our|the)\ (?:\w+\ )?(?:newsletter|daily|weekly|briefing|alerts?)
  | \bfollow\ us\ on\b|\bshare\ (?:this|on)\ (?:story|article|facebook|twitter)\b
  | \bclick\ here\ to\b|\b(?:terms\ of\ (?:use|service)|privacy\ policy)\b.*\b(?:terms|privacy|policy|contact)\b
  | ^\W*(?:this\ (?:article|story)\ (?:was|has\ been)\ (?:updated|corrected|amended))\b.{0,40}$
  | ^\W*(?:image|video|photo)\ \d+\ of\ \d+\W*$
  | ^\W*\d{4}-\d{2}-\d{2}(?:[T\ ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\W*$  # a bare timestamp
)""", _I | re.VERBOSE)

# A line that only tells the reader there is a picture here: the description just above it is a caption.
PICTURE_MARKER = re.compile(r"^\W*(?:view|see|enlarge|open|expand)\ (?:the\ )?(?:photos?|images?|pictures?|gallery|slideshow)\W*$"
                            r"|^\W*(?:image|photo|photograph|picture)s?\s*(?:\d+\s*(?:of|/)\s*\d+)?\W*$", _I | re.VERBOSE)


@lru_cache(maxsize=16384)
def furniture_flags(line: str) -> tuple[bool, bool, bool]:
    """(junk, credit, widget) for one stripped line; cached since cleaning and features both ask."""
    return bool(JUNK_LINE.search(line)), bool(CREDIT_LINE.match(line)), bool(WIDGET_LINE.match(line))
