"""A person's role as the text gives it next to the name: "Velmoran foreign minister Ilse Varga",
"Tomas Reyk, a former trade ministry official", "Petra Lind, director of ...".

A role is a noun phrase about the person now: not a clause about their past or future ("Ivo Brant, about
to retire as head of the board": no role), not the subject of the next clause after a name that ends an
opening phrase ("After talks with Ivo Brant, the new minister said …": no role for Brant), and never cut
after a preposition ("author of “The Long Quay,”"
keeps its title; "author of" alone is no role).
"""
from __future__ import annotations

from functools import lru_cache

from ..deps import FINITE_OR_MODAL, SUBJECT_DEPS
from ..doctext import doc_text
from ...ingest.patterns import in_headline_or_caption
from .headlines import headline_title, on_headline

# Nouns of a post, read as such by both role paths: this module's ``find_role`` (``Entity.role``) and
# ``attribution.roles.role_of`` (a source's role), each of which adds its own to them below (general English,
# kept as data).
POST_NOUNS = frozenset("""
president premier minister chancellor secretary leader king queen prince ambassador envoy diplomat
spokesman spokeswoman spokesperson official officer adviser advisor director head chief chairman chairwoman
chair ceo founder analyst expert scholar professor fellow researcher economist lawyer attorney judge senator
congressman congresswoman representative governor mayor general commander editor correspondent columnist
author lawmaker member executive manager candidate nominee deputy aide commissioner
cfo coo cio cto
""".split())
# Titles that are part of how the person is named ("Prince Andrew", "Queen Noor", "Sister Agnes"): ``titles``
# keeps them in the name; as an apposition they are a role ("grandfather of …").
STYLE_NOUNS = frozenset("prince king queen emperor monarch father son daughter brother sister wife husband "
                        "grandfather".split())
# The entity path's own, with the styles: rulers, ranks and posts a title or an apposition gives.
ROLE_NOUNS = POST_NOUNS | STYLE_NOUNS | frozenset("""
vice-president dictator strongman ruler admiral colonel reporter negotiator councilor councillor counselor counsellor
""".split())
# Occupations news sets before or after a name as it would a post ("entrepreneur Ivo Brant", "Ana Lind, an
# architect,"): what the person does is their role (general English, kept as data).
OCCUPATION_NOUNS = frozenset("""
entrepreneur businessman businesswoman investor financier banker developer architect designer artist
actor actress singer musician composer filmmaker novelist poet playwright photographer physician surgeon
""".split())
ROLE_NOUNS = ROLE_NOUNS | OCCUPATION_NOUNS
PREMODIFIER_POS = frozenset({"NOUN", "PROPN", "ADJ", "ADP", "DET"})
MAX_ROLE_TOKENS = 14
MAX_TITLE_TOKENS = 12  # words of a title before a name ("Acting Kessel Police Deputy Commissioner and Head of Port Security": 10)
NAME_TAIL = 5  # tokens past the limit a role may take to end the organisation's name it was cut inside (both paths)
NAME_TYPES = frozenset({"ORG", "FAC", "GPE", "WORK_OF_ART"})
NOT_ROLE_START = frozenset({"ADP", "VERB", "AUX", "SCONJ", "CCONJ", "PRON", "PART", "PUNCT"})
OPEN_TITLE = frozenset({"“", '"', "‘"})
CUT_POS = frozenset({"ADP", "DET", "CCONJ", "PART"})  # a role never ends on "of", "the", "and", "to"
MIN_CUT_ROLE = 4  # words a role cut short keeps, else it is no role ("author of" is none; both paths)
HYPHENS = frozenset({"-", "‐", "‑"})
ROLE_STOPS = frozenset({",", ".", ";", "(", ")", "—", "–", "“", "”", '"', "who", "which", "that", "said", "says",
                        "whose", "whom"})  # "a tax expert [whose] dismissal …": a clause about her (strict read 46)


# Tiers of government written in lower case before a capitalised title ("state Sen.", "county Judge"): part
# of the post, not a common noun the parser ran into it (strict read 29: "state Sen." cut to "Sen.").
# So are a party and the opposition ("Conservative party Member of Parliament", "main opposition … leader").
TIER_WORDS = frozenset("state county city party opposition".split())


def find_role(doc, spans: list[tuple[int, int]]) -> str | None:
    """The first role found before any mention (title words) or after it (an apposition), mentions on a
    headline line last: the body's mention writes the title as the article does (``headlines.on_headline``);
    a writer's description first ("an old-school diplomat": ``writers_descriptor``) gives way to a post a
    later mention anchors to a body (``anchored_post``). A mention inside quotation marks is someone else's
    words, often addressing the person ("“Ambassador Lindqvist, you read the memo,” a lawmaker asked"): no
    role is read there (``in_quotation``; the speakers' resolver falls back to it only where the writer gives
    none: ``attribution.speakers.role_of_name``). Nor is one read on a caption's line (``_in_caption_line``)."""
    spans = sorted((span for span in spans if not in_quotation(doc, span[0]) and not _in_caption_line(doc, span[0])),
                   key=lambda span: (on_headline(doc, span[0]), span))
    first = None
    for start, end in spans:
        role = None if inside_title(doc, end) else _premodifier_role(doc, start)
        if bare_title(role) and office_of_clause(doc, start, end):
            spans = [span for span in spans if span != (start, end)]
            continue  # "Gen. Ivo Dren, who commands …": the clause's office (``attribution.roles``), not "Gen."
        role = _described_after_title(doc, start, end, role) or role or _apposition_role(doc, start, end)
        if role and first is None:
            first = role
            if not writers_descriptor(role):
                return role
        elif role and anchored_post(role):
            return role  # "an old-school diplomat" at the first mention, "the special envoy for …" later
    return first or next(filter(None, (_premodifier_role(doc, start, ranks=True) for start, end in spans
                                       if not inside_title(doc, end))), None)


def _in_caption_line(doc, i: int) -> bool:
    """Token ``i`` stands on a media caption's or a video player's line ("CLOSE Civil rights lawyer Ana Vell
    joins …", ``ingest.patterns.in_headline_or_caption``) that is no headline: the player's label runs into
    the title words before the name ("CLOSE Civil rights lawyer"). Source: dev, roles opening with "CLOSE"."""
    return not on_headline(doc, i) and in_headline_or_caption(doc_text(doc), doc[i].idx)


def inside_title(doc, end: int) -> bool:
    """The mention ending before token ``end`` is a word of another's title, a post's noun in lower case
    right after it ("deputy [Harbour Party] leader Rasmus Kell", "former [Kessel] spokesman Ivo Brant"): the
    words before it are that title's, not the mention's role. Source: strict reads of roles on unseen
    articles (a movement given the role "deputy" from its deputy leader's title)."""
    return end < len(doc) and doc[end].is_lower and doc[end].lower_ in _post_words()


# Titles that are themselves the post held, an office of state, a seat or a style ("Sen.", "Mayor", "Minister"):
# they stay before a description after the name (general English and American usage, as data).
OFFICE_TITLES = STYLE_NOUNS | frozenset("""
president vice-president premier prime minister chancellor secretary governor gov. senator sen. representative
rep. congressman congresswoman mayor ambassador amb. judge justice speaker whip
""".split())
# Words of a bare title besides its noun ("senior author", "lead researcher", "Lt. Gen."; general English).
TITLE_QUALIFIERS = frozenset("senior lead chief principal assistant associate adjunct visiting deputy acting "
                             "interim staff".split())
MAX_BARE_TITLE = 2
BODY_PREPS = frozenset({"at", "of", "for", "in", "with"})


def bare_title(title: str | None) -> bool:
    """``title`` is a bare title or rank (at most ``MAX_BARE_TITLE`` words, a post's, rank's or job's noun
    with a qualifier: "Professor", "senior author", "Col.", "Lt. Gen."), never an office of state
    (``OFFICE_TITLES``): what the text says after the name tells more of the post."""
    words = (title or "").lower().split()
    if not words or len(words) > MAX_BARE_TITLE or any(w in OFFICE_TITLES for w in words):
        return False
    from .titles import RANKS  # titles imports this module's nouns
    return ((words[-1] in ROLE_NOUNS or words[-1].rstrip(".") in RANKS)
            and all(w in TITLE_QUALIFIERS or w.rstrip(".") in RANKS for w in words[:-1]))


# Verbs of holding an office, in a relative clause on a name, and the noun of the office they make
# ("Ivo Brant, who heads the Kessel Institute," -> "head of the Kessel Institute"): present tense for a post
# held, past for one founded (read 21; "command", "oversee": strict reads, round 18, a bare rank "Gen." given
# where the clause says what he commands; general English, as data).
OFFICE_VERBS = {"VBZ": {"head": "head", "lead": "leader", "direct": "director", "chair": "chair", "run": "head",
                        "command": "commander", "oversee": "head"},
                "VBD": {"found": "founder", "co-found": "co-founder", "cofound": "co-founder"}}
# Offices whose object may be plural: one commands troops or forces as one post (general English).
PLURAL_OFFICES = frozenset({"commander"})


def office_of_clause(doc, start: int, end: int) -> tuple[str, object] | None:
    """The office a relative clause right after the name at tokens [start, end) gives, and the office's
    object ("Ivo Brant, who runs the Kessel Dockers Union," -> ("head", Union)): the name's own clause, "who"
    and a verb of ``OFFICE_VERBS`` with a noun phrase as its object, one thing unless the office's object may
    be plural (``PLURAL_OFFICES``: "commands Ostrian forces"). Both role paths read it. The clause may follow
    the body the person is "of" ("Dr. Ivo Brant of Kessel University, who heads the new ward,"), and a post to
    come is "incoming" ("who will oversee the new ward" -> "incoming head"): the function, which says more than
    the employer (strict reads, roles18b). An adverb of the present may stand before the verb ("who now heads";
    roles24: a current office left out for a past title)."""
    k = _past_affiliation(doc, start, end)
    if k + 2 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ != "who":
        return None
    if k + 3 < len(doc) and doc[k + 2].lower_ in NOW_WORDS:
        k += 1  # "…, who now heads the Kessel Center,": the office held now
    verb, future = doc[k + 2], doc[k + 2].lower_ == "will" and k + 3 < len(doc) and doc[k + 3].tag_ == "VB"
    if future:
        verb = doc[k + 3]  # "…, who will oversee the new ward,": the post to come
    office = OFFICE_VERBS["VBZ" if future else verb.tag_].get(verb.lemma_.lower()) if future or verb.tag_ in OFFICE_VERBS else None
    if office is None or verb.dep_ != "relcl" or not (start <= verb.head.i < end or end <= verb.head.i < k):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
    if obj is None or obj.tag_ in ("NNS", "NNPS") and obj.pos_ == "NOUN" and (
            office not in PLURAL_OFFICES or any(c.dep_ == "nummod" for c in obj.children)):
        return None  # "who runs three bakeries": no one office
    return (f"incoming {office}" if future else office), obj


def _past_affiliation(doc, start: int, end: int) -> int:
    """The token after the body or place the name at tokens [start, end) is "of" or "at" ("Dr. Ivo Brant [of
    Kessel University], who will oversee …"): a relative clause after it is still the person's; else ``end``."""
    prep = doc[end] if end < len(doc) else None
    if prep is None or prep.lower_ not in ("of", "at") or not start <= prep.head.i < end:
        return end
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return prep.right_edge.i + 1 if obj is not None and obj.pos_ == "PROPN" else end


def _described_after_title(doc, start: int, end: int, title: str | None) -> str | None:
    """What the appositive after the name at tokens [start, end) says the person is, where the title before
    the name is bare (at most ``MAX_BARE_TITLE`` words, a post's, rank's or job's noun with a qualifier:
    "Professor", "senior author", "Col.", never an office of state: ``OFFICE_TITLES``) and the appositive
    names a body or a place after a preposition ("Professor Ana Lind, a maritime law expert at Corven
    University in Talsbury," -> "maritime law expert at Corven University in Talsbury"; a job's noun in
    "-ist"/"-tor" counts: "a botanist at the Helsted Institute"). Not a past post ("a former adviser to …").
    Source: strict reads of roles on unseen articles, round 17 (a bare title the largest kind of wrong role)."""
    if not bare_title(title) or end >= len(doc) or doc[end].text != ",":
        return None
    role = _role_from(doc, start, end, end + 1, agents=True)
    if not described_post(role):
        return None
    first = doc[end + 1].idx
    stop = doc_text(doc).find(role, first) + len(role)
    if any(e.label_ == "PERSON" and first <= e.start_char < stop for e in doc.ents):
        return None  # "General Ivo Dren, the chairman of the Joint Board and Ana Roe, …": the next one listed
    return role


def described_post(role: str | None) -> bool:
    """``role`` says what the person is and where: a noun before a preposition with a body or a place after it,
    capitalised ("maritime law expert at Corven University", "commander of Ostrian forces in Vell"), and
    no past post ("former adviser to …"): more than a bare title says (``bare_title``)."""
    said = role.split() if role else []
    prep = next((k for k, w in enumerate(said) if w in BODY_PREPS), None)
    if prep is None or prep == 0 or any(w.lower() in PAST_MARKS for w in said):
        return False
    return any(w[:1].isupper() for w in said[prep + 1:])


def in_quotation(doc, i: int) -> bool:
    """Token ``i`` stands inside a quotation opened earlier in its paragraph: more curly opening marks than
    closing ones before it, or an odd number of straight ones. Source: strict reads of roles on unseen
    articles (a title a lawmaker's question gave a witness taken as his role, where the writer gives his post)."""
    return _quoted_tokens(doc)[i]


QUOTED_TOKENS_KEY = "dossier.quoted_tokens"


def _quoted_tokens(doc) -> bytearray:
    """For every token of ``doc``, 1 when it stands inside a quotation opened earlier in its paragraph
    (``in_quotation``), computed in one pass over the text per Doc (kept in ``doc.user_data``)."""
    got = doc.user_data.get(QUOTED_TOKENS_KEY)
    if got is not None:
        return got
    text = doc_text(doc)
    starts = [t.idx for t in doc]
    got = bytearray(len(starts))
    opened = closed = straight = 0
    k = 0
    for pos, ch in enumerate(text):
        while k < len(starts) and starts[k] == pos:
            got[k] = opened > closed or straight % 2 == 1
            k += 1
        if ch == "\n":
            opened = closed = straight = 0
        elif ch == "“":
            opened += 1
        elif ch == "”":
            closed += 1
        elif ch == '"':
            straight += 1
    doc.user_data[QUOTED_TOKENS_KEY] = got
    return got


# Words by which a writer characterises someone before the noun of what they are ("an old-school diplomat",
# "a seasoned operator", "the self-styled reformer"): the writer's picture, not the post (general English,
# as data).
DESCRIBING_WORDS = frozenset("""old-school veteran seasoned longtime long-time savvy consummate quintessential wily
tough-talking hard-line hardline soft-spoken mild-mannered firebrand maverick self-described self-styled would-be
so-called no-nonsense larger-than-life flamboyant mercurial colourful colorful""".split())
ANCHOR_PREPS = frozenset("of for at to in on with from".split())


def writers_descriptor(role: str) -> bool:
    """``role`` is the writer's description of a person, not a post: words in lower case only, no preposition,
    the words before its noun a characterisation (``DESCRIBING_WORDS``) or a hyphened adjective ("old-school
    diplomat", "foreign-policy neophyte"); a later mention's post anchored to a body is then the role
    (``anchored_post``). Source: strict reads of roles on unseen articles (a writer's descriptor given where the
    article names the post elsewhere)."""
    words = role.split()
    return (len(words) >= 2 and all(w.islower() for w in words) and not any(w in ANCHOR_PREPS for w in words)
            and any(w in DESCRIBING_WORDS or "-" in w.strip("-") for w in words[:-1]))


def anchored_post(role: str) -> bool:
    """``role`` names a post with the body or field it is of ("special envoy for harbour affairs", "Kessel
    Institute fellow"): its noun (the last word before a preposition) a post's, and a preposition or a
    capitalised word; not marked as past, nor described ("a longtime ally of opposition leader …": an ally
    is no post, the leader is another)."""
    words = role.split()
    head = next((k for k, w in enumerate(words) if w in ANCHOR_PREPS), len(words)) - 1
    return (head >= 0 and words[head].lower().strip(",.") in ROLE_NOUNS
            and not any(w.lower() in PAST_MARKS | DESCRIBING_WORDS for w in words)
            and any(w in ANCHOR_PREPS or w[:1].isupper() for w in words))


def body_initials(doc, k: int) -> bool:
    """Token ``k`` is a bracket around a body's initials set after its name inside a title ("Civil Harbour
    Authority (CHA) chief"): one token in capitals between the brackets, after a capitalised word that opens no
    line and is no place's, whose first letter is among the initials (a dateline's "Havana (CNN) President" is
    none). Not where a title is cut ("(Wire)"). Both role paths read it. Source: strict reads of roles
    (roles19b: "chief" shown for "Iran's Civil Aviation Organisation (CAOI) chief")."""
    opening = k if doc[k].text == "(" else k - 2
    if opening < 2 or opening + 2 >= len(doc) or doc[opening].text != "(" or doc[opening + 2].text != ")":
        return False
    inner, before, above = doc[opening + 1], doc[opening - 1], doc[opening - 2]
    if "\n" in above.text + above.whitespace_:
        return False  # a dateline opens its line
    return (inner.is_upper and inner.is_alpha and len(inner) >= 2 and before.text[:1].isupper() and before.is_alpha
            and before.ent_type_ not in ("GPE", "LOC") and before.text[0] in inner.text)


def _premodifier_role(doc, start: int, ranks: bool = False) -> str | None:
    if start == 0 or doc[start - 1].pos_ == "ADP":
        return None  # "grandfather of Kim": the role belongs to someone else
    whole = _post_of_body_before(doc, start)
    if whole:
        return whole  # "co-chair of the Senate Harbour Committee Sen. Ana Kell": not "… Committee Sen."
    from .titles import rank_stop  # titles imports this module's nouns
    i, stops = start, 0
    while i > 0 and start - i - stops < MAX_TITLE_TOKENS:
        if rank_stop(doc, i - 1):
            i, stops = i - 2, stops + 1  # "Brig. Gen.": a rank's stop split off, where the parser may open a sentence
            continue
        if _hyphen_joined(doc, i - 1):
            i -= 2  # "Secretary-General", "long-time": one word, never cut at its hyphen
            continue
        if doc[i - 1].text == ")" and body_initials(doc, i - 1):
            i -= 3  # "Civil Harbour Authority (CHA) chief": the body's initials, inside its name's title
            continue
        if (doc[i - 1].pos_ not in PREMODIFIER_POS and not capitalised_opening(doc[i - 1])
                and not _participle_modifier(doc[i - 1], start) and not office_and(doc, i - 1)
                and not posts_and(doc, i - 1, start)) or doc[i - 1].is_space:
            break
        if doc[i - 1].pos_ == "DET" or (doc[i - 1].pos_ == "ADP" and doc[i - 1].lower_ != "of"
                                         and not in_chief(doc, i - 1) and not under_title(doc, i - 1, start)):
            break
        if doc[i - 1].ent_type_ in ("DATE", "TIME") or "\n" in doc[i - 1].whitespace_:
            break  # not "Friday Foreign Minister", not a line of page furniture above the title ("CLOSE")
        i -= 1
    if i < start - 1 and (graded_adjective(doc[i]) or set_phrase_tail(doc[i])):
        i += 1  # "a more [hopeful] Ostrian President", "in [particular] Foreign Minister": not the post
    if numbered_name_opening(doc, i, start):
        i -= 1  # "[38] North analyst": the body's name opens on its number
    if i < start:
        i = owner_start(doc, i)  # "Labour’s Treasury spokesman": whose post, not another body's
    if i < start and i > 0 and not doc[i - 1].whitespace_ and not (doc[i - 1].is_punct or doc[i - 1].is_space):
        return None  # the first word is the tail of a longer one the walk stopped at: a fragment
    words = doc[i:start]
    if hypothetical_title(doc, i, start):
        return None
    run_in = [w.i for w in words[:-1] if w.pos_ == "NOUN" and w.text.islower() and w.lower_ not in ROLE_NOUNS
              and w.lower_ not in TIER_WORDS and doc[w.i + 1].text[:1].isupper()]
    if run_in:
        words = doc[run_in[-1] + 1:start]  # "New harbor money Mayor Ivo Brant is seeking": a common noun of
        # another phrase runs into the capitalised title; the title starts after it (strict read 30)
    words = words[run_in_opening(words):]  # "a [state] President Vell won", "Kessel's [navy] Ostrian leader"
    words = words[group_opening(words):]  # "Key Republican [lawmakers] Sen. Ada Crane and …"
    outside = [w.i for w in words if w.head.i < i and w.dep_ in OBJECT_DEPS and w.lower_ not in ROLE_NOUNS
               and not _in_hyphenated_word(doc, w.i)]  # "co-founder": the parser's "co" object is the word's half
    if outside and any(w.lower_ in ROLE_NOUNS for w in doc[outside[-1] + 1:start]):
        words = doc[outside[-1] + 1:start]  # "In a Friday [interview] President Dana Moss": the object of the
        # preposition before is another phrase; the title starts after it
    ofs = [w.i for w in words if w.lower_ == "of"]
    if ofs and any(w.lower_ in ROLE_NOUNS for w in doc[ofs[-1] + 1:start]) and not _body_of(doc, words, ofs[-1]):
        words = doc[ofs[-1] + 1:start]  # "supporters of President Morsy": the title is "President"; "Secretary
        # of State Ivo Brant" keeps its whole title
    if len(words) and (words[-1].lower_.rstrip(".") in PLURAL_TITLES or _plural_post(words[-1])) or len(words) > 1 \
            and words[-1].text == "." and words[-2].lower_ in PLURAL_TITLES:
        return None  # "fellow freshman Reps. Ana Lind and …", "Senators Ada Lind, …": several people's title
    if len(words) and any(w.lower_ in ROLE_NOUNS for w in words):
        title = _without_given_names(words).text
        if start + 1 < len(doc) and doc[start + 1].pos_ == "PROPN" and post_head_after(words[-1], doc[start], person=True):
            title = f"{title} {doc[start].text}"  # "Agency Deputy [Administrator] Pell Ostrander", tagged a name's word
        return headline_title(title) if on_headline(doc, i) else title  # "New Un Ambassador" -> "UN Ambassador"
    if ranks and _described_rank(doc, words):
        return words.text
    return None


# Style titles written short that go with the name after a post of a named body ("… Committee Sen. Ana Kell"):
# the person's style, never part of the post (general American usage, as data).
NAME_STYLES = frozenset("sen. rep. gov. del. dr. prof.".split())
POST_PREPS = frozenset({"of", "on"})  # not "for": "a spokesman for Democratic Rep. Ana Kell" speaks for her


def _post_of_body_before(doc, start: int) -> str | None:
    """The post a lower-case role noun names "of" (or "on") a body by its capitalised name ending on a body's
    head noun (``BODY_NAME_HEADS``), run without a comma into the style title written short before the name at
    ``start`` ("co-chair of the Senate Harbour Committee Sen. Ana Kell", "deputy director of Marlow Port
    Authority Dr. Ivo Brant" -> "co-chair of the Senate Harbour Committee"): the post whole, with its "of" and
    the body; the style title goes with the name. A name that is no body's ("an aide to Vestmark Sen. …",
    "a spokesman for Democratic Rep. …") makes the person the one served, not the post's holder. Read from the title back, the walk before a title stops at the body's "the" and gave the body's
    name with the style title, the post cut off at its start. A post ending the body's name ("… Committee
    Chairman Sen.") is ``attribution.roles._without_style_title``'s. Source: strict reads of roles (a
    co-chair's post shown as "Senate Intelligence Committee Sen.")."""
    if start < 5 or doc[start - 1].lower_ not in NAME_STYLES:
        return None
    k = start - 1
    while k > 0 and doc[k - 1].text[:1].isupper() and doc[k - 1].is_alpha and "\n" not in doc[k - 1].whitespace_:
        k -= 1
    if k == start - 1 or doc[start - 2].lower_ not in BODY_NAME_HEADS:
        return None
    k -= doc[k - 1].lower_ == "the"
    if k < 2 or doc[k - 1].lower_ not in POST_PREPS or doc[k - 1].pos_ != "ADP":
        return None
    post = doc[k - 2]
    if not (post.is_lower and post.lower_ in ROLE_NOUNS and post.pos_ == "NOUN"):
        return None
    first = post.i
    while first > 1 and _hyphen_joined(doc, first - 1):
        first -= 2  # "co-chair"
    while first > 0 and doc[first - 1].is_lower and doc[first - 1].is_alpha and doc[first - 1].head.i == post.i \
            and doc[first - 1].dep_ in ("amod", "compound"):
        first -= 1  # "ranking member", "deputy director"
    return doc[first:start - 1].text


# Head nouns of a body's name that an "of" goes on ("State Board of Fisheries", "Department of Harbour Safety").
BODY_OF_HEADS = frozenset("""board department ministry office bureau council committee commission agency institute
university college bank court chamber authority service administration""".split())


def _body_of(doc, words, of: int) -> bool:
    """The "of" at token ``of`` inside the title ``words`` goes on a body's name that opens the title, every
    word before it capitalised: "State Board of Fisheries Board Member", "Bank of Ostria Governor" keep
    their whole title ("supporters of President Morsy" is cut after the "of"). Source: strict read 18b ("State
    Board of Education Board Member" shown as "Education Board Member")."""
    before = [w for w in words if w.i < of]
    return bool(before) and all(w.text[:1].isupper() for w in before) and (
        doc[of - 1].lower_ in BODY_OF_HEADS or _initialled_name(doc, before[0].i, words[-1].i + 1))


def _initialled_name(doc, first: int, end: int) -> bool:
    """The capitalised words from token ``first`` are a body's name closed by its initials in brackets before
    token ``end`` (``body_initials``), the initials opening on the name's first letter: "Harbour Workers Union
    of Ostria (HWUO) president" is one name, whatever word it takes after its "of" (a place's, a
    nationality's), not a title opening after the "of". Source: strict reads of roles (a body's name with
    its initials cut after its "of": "America (ZOA) president")."""
    brackets = [k for k in range(first + 2, end) if doc[k].text == "(" and body_initials(doc, k)]
    return bool(brackets) and doc[brackets[0] + 1].text[0] == doc[first].text[0]


BODY_NAME_TYPES = frozenset({"ORG", "FAC"})  # a body's name word the parser tags as an adjective ("North")


def numbered_name_opening(doc, i: int, start: int) -> bool:
    """Token ``i - 1`` is a number in figures that opens the capitalised name of a body at the head of a title
    ("[52] Ridge analyst Ada Lind", "[7] Harbor researcher"): a bare number, no date, modifying a word of the
    title, before a capitalised name word that is no post. The walk over a title stops at a number; without it
    the role names another body ("Ridge analyst"). A name word tagged as an adjective counts where the parser
    types it a body's ("38 North": round 18). Source: strict reads, round 17 (a role cut from its body)."""
    if not 0 < i < start or i + 1 >= start:
        return False
    num, first = doc[i - 1], doc[i]
    return (num.is_digit and len(num.text) <= 3 and num.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT")
            and (i <= num.head.i < start or num.head.i >= start and num.head.ent_type_ == "PERSON")  # on the name
            and (first.pos_ == "PROPN" or first.ent_type_ in BODY_NAME_TYPES)
            and first.text[:1].isupper()
            and first.lower_ not in ROLE_NOUNS and not doc[i - 1].is_space)


MAX_OWNER_WORDS = 4  # words of a named owner before its "’s" ("the Vestland Farmers Party’s")


def owner_start(doc, i: int) -> int:
    """Where a title set before a name at token ``i`` begins with its named owner: the capitalised words before
    the possessive mark in front of it ("[Labour’s] Treasury spokesman", "[the Vestland Party’s] finance
    spokeswoman"), else ``i``. Without the owner, "Treasury spokesman" reads as the government's post, not
    the opposition party's (strict reads of roles on unseen articles). A lower-case owner ("the company’s")
    names no one and is left out, as before."""
    if i < 2 or doc[i - 1].tag_ != "POS" or doc[i - 2].whitespace_:
        return i
    k = i - 1
    while k > 0 and i - 1 - k < MAX_OWNER_WORDS and doc[k - 1].pos_ == "PROPN" and doc[k - 1].text[:1].isupper() \
            and doc[k - 1].ent_type_ not in ("DATE", "TIME") and "\n" not in doc[k - 1].whitespace_:
        k -= 1
    return k if k < i - 1 else i


# Posts written as a title with "in" inside ("Editor in Chief", "Commander in Chief"; general English, as data).
IN_CHIEF_POSTS = frozenset({"editor", "commander"})


def in_chief(doc, k: int) -> bool:
    """Token ``k`` is the "in" inside a post's title "Editor in Chief", "Commander in Chief" (``IN_CHIEF_POSTS``),
    which the walk back over a title before a name crosses, not stops at as at a phrase's preposition: the
    title is the whole, never its last word "Chief". Source: strict reads of roles on unseen articles."""
    return (0 < k < len(doc) - 1 and doc[k].lower_ == "in" and doc[k + 1].lower_ == "chief"
            and doc[k - 1].lower_ in IN_CHIEF_POSTS)


def run_in_opening(words) -> int:
    """How many of the title tokens ``words`` (before a name) belong to another phrase the parser ran into the
    title, at its opening: a tier word an indefinite article makes a common noun ("Ostria is a [state]
    President Tomas Vell won"; "state Sen. Ivo Brant" keeps its tier), or a lower-case word owned by a
    possessive before the nation's own adjective or name, which opens a new phrase ("Kessel's [navy] Ostrian
    leader": a caption's "Kessel's navy" run into "Ostrian leader Tomas Vell"). Both role paths use it.
    Source: strict reads, round 16 (a stray word in a role)."""
    words = list(words)
    for k in range(len(words) - 1):
        w, after = words[k], words[k + 1]
        if not w.is_lower or not w.is_alpha or not after.text[:1].isupper() or after.i != w.i + 1 or w.i == 0:
            continue
        before = w.doc[w.i - 1]
        if w.lower_ in TIER_WORDS and before.lower_ in ("a", "an"):
            return k + 1
        if before.tag_ == "POS" and after.ent_type_ in ("NORP", "GPE") and w.lower_ not in ROLE_NOUNS:
            return k + 1
    return 0


def group_opening(words) -> int:
    """How many of the title tokens ``words`` (before a name) name a group the person is one of, not their own
    post: up to a plural noun of posts in lower case before the title ("Key Republican [lawmakers] Sen. Ada
    Crane and Rep. …" -> "Sen."). Both role paths use it. Source: strict reads, round 18 (a plural phrase and
    a title taken as one person's role)."""
    words = list(words)
    plural = [k for k, w in enumerate(words[:-1]) if w.tag_ == "NNS" and w.pos_ == "NOUN" and w.is_lower
              and w.lemma_.lower() in ROLE_NOUNS and any(t.lower_ in ROLE_NOUNS or t.text[:1].isupper() for t in words[k + 1:])]
    return plural[-1] + 1 if plural else 0


UNDER_POSTS = frozenset({"secretary", "sheriff"})  # posts written with "Under" before them ("Under Secretary")


def under_title(doc, k: int, start: int) -> bool:
    """Token ``k`` is a capitalised "Under" that opens a post's title ("[Under] Secretary of State Ivo Brant
    said") before the name at ``start``, which the parser reads as a preposition: a title cut there is another,
    higher post. Not when "Under" governs the name ("Under Secretary Brant, the port grew") or the name's
    possessive ("Under Secretary Brant's plan"): then it is the preposition. Source: strict reads of roles
    ("Secretary of State" shown for an Under Secretary of State)."""
    if doc[k].text != "Under" or k + 1 >= start or doc[k + 1].lower_ not in UNDER_POSTS or not doc[k].whitespace_:
        return False
    end = start
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    return not (any(t.head.i == k for t in doc[start:end]) or end < len(doc) and doc[end].tag_ == "POS")


def hypothetical_title(doc, i: int, start: int) -> bool:
    """True when the title words ``doc[i:start]`` follow an indefinite article and precede a bare surname
    ("A President Lusk could upset the generals", "fears of an Attorney General Moss"): a post the person
    might hold, not one they hold. A full name keeps its description ("a Marlow Institute senior fellow Ana
    Lind")."""
    bare_surname = start + 1 >= len(doc) or doc[start + 1].pos_ != "PROPN"
    return 0 < i < start and doc[i - 1].lower_ in ("a", "an") and doc[i].text[:1].isupper() and bare_surname


# Words that end a title as a post's noun does, beyond ``ROLE_NOUNS`` ("House Speaker", "Texas Gov."; general
# English, as data): ``TITLE_HEADS`` on both role paths (``attribution.roles.TITLE_NOUNS``), and "justice" ("Chief
# Justice"), which the other path reads as one of its role nouns.
TITLE_HEADS = frozenset("speaker whip gov sen rep".split())
TITLE_ENDS = TITLE_HEADS | {"justice"}
PLURAL_TITLES = frozenset("reps sens govs gens drs".split())  # titles written short for several people


def _plural_post(tok) -> bool:
    """A post's noun in the plural set before a list of names ("Senators Ada Lind, Ivo Brant and …",
    "Governors Vell and Kessel"): the title of several people, none's own post. Source: strict read 37, a
    senator given the role "Senators" from such a list."""
    lemma = tok.lemma_.lower()
    return tok.tag_ in ("NNS", "NNPS") and tok.lower_.endswith("s") and tok.lower_ != lemma and lemma in ROLE_NOUNS


@lru_cache(maxsize=1)
def _post_words() -> frozenset:
    """Nouns that end a post's title: ``ROLE_NOUNS``, ``titles.POSTS`` and ``TITLE_ENDS`` (built once; titles
    imports this module's nouns, so it is read when first needed)."""
    from .titles import POSTS
    return ROLE_NOUNS | POSTS | TITLE_ENDS


@lru_cache(maxsize=1)
def _rank_words() -> frozenset:
    """A rank's own words: ranks, services and their parts (``titles``), built once."""
    from .titles import RANK_PARTS, RANKS, SERVICES
    return RANKS | SERVICES | RANK_PARTS


def _without_given_names(words):
    """The title less the capitalised proper nouns after its last post noun ("London Mayor [Sadiq] Khan", where
    the parser typed only "Khan" a person: the given name is the holder's, not the title's); a preposition
    among them ("Secretary of State") or a word in lower case ("chief strategist") keeps the title whole. Source: dev roles (AllSides 1041-1999) and strict
    reads of roles on unseen articles (a role with its holder's name in it)."""
    ends = [k for k, w in enumerate(words) if w.lower_.rstrip(".") in _post_words() or _hyphen_joined(w.doc, w.i - 1)
            or k and post_head_after(words[k - 1], w)]  # "Deputy [Administrator]"
    tail = words[ends[-1] + 1:] if ends else []
    if not len(tail) or not all(w.pos_ == "PROPN" and w.text.istitle() and w.is_alpha for w in tail):
        return words  # "chief strategist", "news agency", "Vice-president elect": a post's own words
    return words[:ends[-1] + 1]


AGENT_ENDINGS = ("tor", "ist")  # "negotiator", "coordinator", "strategist": one who does a job
# Words that make a post someone's second or stand-in ("Deputy Administrator", "Vice Chancellor", "Acting
# Director"): before a post's noun they are part of its title (general English, as data).
POST_MODIFIERS = frozenset("deputy vice assistant associate acting interim".split())


def post_head_after(before, tok, person: bool = False) -> bool:
    """``tok`` is the noun of the post that the word ``before`` makes a second of ("Deputy [Administrator]",
    "Assistant [Commissioner]"): capitalised as a title, right after it, a post's noun or an agent noun
    ("administrator", "coordinator"), not a person's name unless ``person`` (the tagger put it into the
    name). Both role paths read it. Source: strict reads of roles on unseen articles (a title cut to
    "Agency Deputy")."""
    low = tok.lower_
    return (before.lower_ in POST_MODIFIERS and tok.i == before.i + 1 and tok.is_title and tok.is_alpha
            and (low in ROLE_NOUNS or low.endswith(AGENT_ENDINGS)) and (person or tok.ent_type_ != "PERSON"))


def _described_rank(doc, words) -> bool:
    """A title of a rank whose full stop the tokenizer split off (``titles.rank_stop``), with a word that says
    more than the rank and its service ("[Retired] Kessel Army Brig. Gen.": a post as a title is): taken when
    no post is given at any mention. A rank alone, with its service or an age ("Lt. Gen.", "Army Sgt.", "the
    28-year-old Sgt.") is how the name is addressed and goes with the name, another's of that name too (a
    father given his son's "Sgt."). Source: strict reads of roles on unseen articles."""
    from .titles import rank_stop  # titles imports this module's nouns
    if not any(rank_stop(doc, w.i + 1) for w in words) or any(w.pos_ in ("ADP", "NOUN", "CCONJ") for w in words):
        return False  # "parents of Army Sgt.", "Russian counterpart Maj. Gen.", "police Capt.": another's, or a rank's
    return any(w.text.strip(".").isalpha() and w.lower_.rstrip(".") not in _rank_words() for w in words)


# Not a person, a place or a people ("Obama and British …"). The small model often tags an office's capitalised
# name as a work's title ("Health and Human Services", "Oversight and Government Reform Committee" as
# WORK_OF_ART): read as an office's words too (roles19c: "Human Services Secretary", "Integration Minister",
# "Government Reform Committee Chairman" shown, cut after the "and" of the office's name).
OFFICE_WORD_TYPES = frozenset({"", "ORG", "FAC", "WORK_OF_ART"})


def office_and(doc, k: int) -> bool:
    """Token ``k`` is the "and" inside an office's capitalised name ("Work and Pensions Secretary", "Health and
    Human Services Secretary"): between two title-case words, neither a person's, a place's or a people's name."""
    return (0 < k < len(doc) - 1 and doc[k].lower_ == "and" and doc[k - 1].text.istitle() and doc[k + 1].text.istitle()
            and doc[k - 1].ent_type_ in OFFICE_WORD_TYPES and doc[k + 1].ent_type_ in OFFICE_WORD_TYPES
            and doc[k - 1].pos_ == "PROPN"
            and not any(t.ent_type_ == "PERSON" and t.text == doc[k - 1].text for t in doc))  # "Trump and White House …"


def posts_and(doc, k: int, start: int) -> bool:
    """Token ``k`` is the "and" between two posts of the one person named at token ``start`` ("Brightline
    [CEO and co-founder] Tam Oduya", "party chairman and spokesman Ivo Brant"): a post's noun right before
    it, not a person's name, and after it only words in lower case up to the name, the last a post's noun,
    no article or pronoun (not "President Ivo Brant and Ostrian counterpart …", where the "and" joins two
    people). Both role paths read it. Source: strict reads of roles on unseen articles (a title cut to the
    post after its "and")."""
    if not (0 < k < start - 1 and doc[k].lower_ == "and"):
        return False
    before, after = doc[k - 1], doc[k + 1:start]
    return ((before.lower_ in POST_NOUNS or _job_noun(before)) and before.ent_type_ != "PERSON"
            and all((t.is_lower and t.is_alpha and t.pos_ not in ("DET", "PRON")) or _hyphen_joined(doc, t.i)
                    or _capital_post_word(t) for t in after)
            and after[-1].lower_ in ROLE_NOUNS)


# Words of a post written in capitals after the "and" of two posts ("President and [Chief Executive Officer]",
# "Chairman and CEO"): post nouns and the words that rank them (general English, as data).
POST_RANK_WORDS = frozenset("chief executive deputy vice senior managing general".split())


def _capital_post_word(tok) -> bool:
    """``tok`` is a post's word written in capitals ("CEO", "Chief", "Officer"), not a name's: a post noun
    (``POST_NOUNS``) or a word that ranks one (``POST_RANK_WORDS``), in title case or all capitals. Source:
    strict reads of roles (roles19b: "CEO" shown for "[Group] President and CEO"). A post's word the tagger
    ran into the person's name ("Director and [Founder Ola Brask]": it opens the tagged name) is still the
    post's (roles23d: "Founder" shown for "KFA Director and Founder")."""
    return (tok.is_title or tok.is_upper) and (tok.ent_type_ != "PERSON" or _opens_tagged_name(tok)) and (
        tok.lower_ in POST_NOUNS or tok.lower_ in POST_RANK_WORDS)


def _opens_tagged_name(tok) -> bool:
    """``tok`` opens a span tagged a person's name that goes on past it ("[Founder] Ola Brask")."""
    doc = tok.doc
    return tok.ent_iob_ == "B" and tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I"


# Endings of a noun of one who practises a field or a job ("historian", "physician", "geneticist",
# "negotiator"; general English): a post's noun before the "and" of two posts (``posts_and``).
JOB_ENDINGS = AGENT_ENDINGS + ("ian",)


def _job_noun(tok) -> bool:
    """``tok`` is a singular common noun of a job or field by its ending (``JOB_ENDINGS``) or an occupation's
    noun: "[historian] and author Ebbe Stahl" is one person's two jobs. Source: strict reads, round 18 (a
    role cut to the post after its "and": "author" for "… historian and author")."""
    return tok.tag_ == "NN" and tok.is_lower and (tok.lower_.endswith(JOB_ENDINGS) or tok.lower_ in OCCUPATION_NOUNS)


def capitalised_opening(tok) -> bool:
    """``tok`` opens its sentence (or the writer's clause after a quotation: ``after_quotation``) in capitals
    right before a title, as an adjective would that the parser read as a verb because it stands first ("[Presumptive] Republican presidential nominee Ivo Brant"): the
    title's first word, unless it is a word that cannot modify a noun (an article, a pronoun, an adverb, a
    conjunction, a date)."""
    return ((tok.is_sent_start or after_quotation(tok)) and tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper
            and tok.pos_ in ("VERB", "ADJ", "NOUN", "PROPN") and tok.tag_ not in ("VBD", "VBZ", "VBP", "MD")
            and tok.ent_type_ not in ("DATE", "TIME"))


CLOSING_QUOTES = frozenset({"”", '"'})


def after_quotation(tok) -> bool:
    """``tok`` comes right after a quotation closed on its own comma or stop ("“…,” [GlobalPost] co-founder
    Ola Brask said"): it opens the writer's clause as a sentence's first word would, and the parser reads a
    capitalised name there as a verb as often. Source: strict reads of roles (roles21c)."""
    doc = tok.doc
    return tok.i > 1 and doc[tok.i - 1].text in CLOSING_QUOTES and doc[tok.i - 2].text in (",", ".", "?", "!")


# Fixed adverbial phrases of a preposition and one word ("in particular", "above all"): the parser may hang
# the word on a title after it ("The board, in [particular] Finance Director Mara Lind, …").
SET_PHRASES = frozenset({("in", "particular"), ("in", "general"), ("in", "turn"), ("in", "short"), ("in", "fact"),
                         ("in", "addition"), ("in", "contrast"), ("of", "course"), ("at", "least"), ("at", "last"),
                         ("above", "all"), ("after", "all"), ("for", "example"), ("for", "instance"),
                         ("not", "least"), ("most", "notably")})


def set_phrase_tail(tok) -> bool:
    """``tok`` ends a fixed adverbial phrase with the word before it ("in [particular]", "above [all]",
    ``SET_PHRASES``): a word of the sentence's, never of the title after it. Both role paths drop it. Source:
    strict read 84 ("The administration, in particular Secretary of State X," gave "particular Secretary of
    State")."""
    return tok.i > 0 and (tok.doc[tok.i - 1].lower_, tok.lower_) in SET_PHRASES


def graded_adjective(tok) -> bool:
    """``tok`` is an adjective graded by an adverb right before it ("a more hopeful Ostrian President", "a
    visibly angry Mayor"): how the writer finds the person at that moment, never a word of the post, which
    no adverb grades. Both role paths drop it, with its adverb. Source: strict reads of roles (a mood shown
    as part of a president's title)."""
    return tok.pos_ == "ADJ" and tok.dep_ == "amod" and tok.i > 1 and _grading_adverb(tok.doc[tok.i - 1], tok)


def _grading_adverb(tok, adjective) -> bool:
    """``tok`` is an adverb inside a noun phrase, after its article and any adverbs grading it, that modifies the
    adjective after it ("a [more] hopeful", "a far [more] cheerful", "a [visibly] angry"); not one of the
    clause's ("and more [recently] fellow …"), nor one of time that dates the post ("the [then] top aide": past,
    ``PAST_MARKS``; "now": ``NOW_WORDS``), which the title keeps."""
    if tok.lower_ in PAST_MARKS or tok.lower_ in NOW_WORDS or tok.lower_ in ("once", "formerly", "newly", "still"):
        return False
    k = tok.i - 1
    while k > 0 and tok.doc[k].pos_ == "ADV":
        k -= 1
    return tok.pos_ == "ADV" and tok.dep_ == "advmod" and tok.head.i == adjective.i and tok.doc[k].tag_ == "DT"


def _participle_modifier(tok, start: int) -> bool:
    """A participle the parser hangs on the title as a modifier ("[acting] White House chief of staff",
    "[embattled] harbour chairman"): part of the title, as an adjective would be."""
    return (tok.tag_ in ("VBG", "VBN") and tok.dep_ == "amod" and tok.i < tok.head.i <= start + 1
            and not any(True for _ in tok.children))  # not "newly [appointed] President": a time, not a post


def _hyphen_joined(doc, k: int) -> bool:
    """Token ``k`` is a hyphen written inside a word ("Secretary-General", "long-time"): no space on
    either side, a word before it."""
    return (k >= 1 and doc[k].text in HYPHENS and not doc[k].whitespace_ and not doc[k - 1].whitespace_
            and doc[k - 1].is_alpha and "\n" not in doc[k - 1].text)


def _in_hyphenated_word(doc, k: int) -> bool:
    """Token ``k`` is a hyphen inside a word or the half before one ("co" "-" of "co-founder"), which the
    parser may hang apart from the word's last half: never where a title is cut. Source: strict reads of
    roles (roles21c: "GlobalPost co-founder" shown as "founder")."""
    return _hyphen_joined(doc, k) or k + 1 < len(doc) and _hyphen_joined(doc, k + 1)


def _apposition_role(doc, start: int, end: int) -> str | None:
    if end >= len(doc) or doc[end].text != ",":
        return None
    return _role_from(doc, start, end, end + 1)


# Adverbs that open a second appositive with the post held now ("a senior adviser in the previous
# administration, now head of a think tank"): the post before it is a past one (general English, as data).
NOW_WORDS = frozenset({"now", "currently", "today"})
# Words that mark a post as one held before ("former minister", "ex-chairman", "retired general"): a role
# with one reads as past already, and a later ", now retired" takes nothing from it (general English, as data).
PAST_MARKS = frozenset({"former", "ex", "onetime", "one-time", "retired", "erstwhile", "then"})


NOW_JOINS = frozenset({",", "and", "but"})  # "…, now", "… and now", "… but now"


def now_after(doc, k: int) -> bool:
    """Tokens ``k``, ``k + 1`` are a comma or a conjunction (``NOW_JOINS``) and an adverb of the present
    (``NOW_WORDS``) that open the post the person holds now, after a role that is another, past post ("…, now
    head of a think tank", "a former envoy and now a fellow at …"). Both role paths read it. Source: strict
    reads of roles on unseen articles (a past post cut to read as current; round 18: "… and now a senior
    fellow" cut before the fellow's body)."""
    return k + 2 < len(doc) and doc[k].lower_ in NOW_JOINS and doc[k + 1].lower_ in NOW_WORDS


def _owner_points_back(doc, j: int, k: int) -> bool:
    """The post at tokens [j, k) after "and now" is owned by a word that points back into the phrase before it
    ("… ambassador to Ostria and now [the country's] envoy to Vell", "… and now [its] chairman"): alone it
    would not say whose post it is, so the whole phrase stays the role (a paired read of round 18's changes
    on fresh news: "country's ambassador to Britain")."""
    for t in doc[j:k]:
        if t.tag_ == "PRP$" or (t.tag_ == "POS" and t.i > j and doc[t.i - 1].pos_ == "NOUN"):
            return True
        if t.lower_ in ROLE_NOUNS:
            return False
    return False


def _modifying_verb(tok) -> bool:
    """``tok``, tagged as a finite verb, is read by the parse as a modifier of a noun right after it ("the
    Ostria [led] coalition", "the Kessel [backed] militia": a hyphen left out), a word inside the noun phrase,
    not the verb of a clause after the apposition. Source: strict reads of roles on unseen articles (a
    spokesman "for the U.S." cut off before "led coalition")."""
    return tok.dep_ == "amod" and tok.head.i == tok.i + 1 and tok.head.pos_ in ("NOUN", "PROPN")


def _role_from(doc, start: int, end: int, j: int, agents: bool = False) -> str | None:
    """The apposition after the name at tokens [start, end), its words from token ``j`` on; with ``agents``, a
    job's noun in "-ist"/"-tor" heads one too ("a botanist at …": ``_described_after_title``)."""
    from .titles import past_rank  # titles imports this module's nouns
    if j < len(doc) and doc[j].lower_ in {"a", "an", "the"}:
        j += 1
    if j >= len(doc) or doc[j].pos_ in NOT_ROLE_START:
        return None  # "Kim, with Soviet premier ...": a phrase, not an apposition
    k = j
    while (k < len(doc) and k - j < MAX_ROLE_TOKENS and doc[k].text not in ROLE_STOPS and not doc[k].is_space
           and (doc[k].tag_ not in FINITE_OR_MODAL or _modifying_verb(doc[k]))):  # "…, a fellow at the Institute told CNN"
        k += 1
    at = next((m for m in (k, k - 1) if m > j + 1 and m < len(doc) and doc[m].lower_ in ("that", "which")), None)
    if at is not None and defining_clause_end(doc, at) > at:
        k = defining_clause_end(doc, at)  # "head of the committee [that oversees ferries]"
    while (k < len(doc) and k - j < MAX_ROLE_TOKENS + NAME_TAIL and doc[k].ent_iob_ == "I"
           and doc[k].ent_type_ in NAME_TYPES and doc[k].text not in ROLE_STOPS):
        k += 1  # the length limit fell inside a name: "… at the Marlow Harbour Fund [of the United States]"
    k = past_rank(doc, _phrase_end(doc, j, k))  # "father of Army Sgt. Eli Dane": not cut at the rank's stop
    joined = next((m for m in range(j + 1, k) if now_after(doc, m)), None)  # "a former envoy [and now] a fellow"
    if joined is not None and not _owner_points_back(doc, joined + 2, k):
        now = _role_from(doc, start, end, joined + 2, agents=True)
        if now:
            return now  # the post held now; else the whole phrase, past and present ("… and now an usher")
    words = doc[j:k]
    heads = [w for w in words if w.lower_ in ROLE_NOUNS or agents and w.tag_ == "NN" and w.lower_.endswith(AGENT_ENDINGS)]
    if not heads or heads[0].i - j > 5:
        return None
    if now_after(doc, k):  # "…, now head of a think tank": the post held now, or none
        now = _role_from(doc, start, end, k + 2)
        if now or not any(w.lower_ in PAST_MARKS for w in words):
            return now
    if k < len(doc) and doc[k].text == ",":
        body = body_after_title(words, k)
        if body is not None:
            return f"{words.text}, {doc[k + 1:body].text}"  # "vice president, Helix Aeronautics rotor programs"
        k = campus_end(doc, j, object_list_end(doc, heads[0], k))  # "chairman of the House Fisheries[, Ports
        words = doc[j:k]  # and Harbours Committee]", "professor at the University of Veska[, Marlow]"
    if listed_after(doc, start, end, words) or titled_after_place(words):
        return None  # "a meeting between Varga, Kessel Foreign Minister Ivo Brant and …": the next person listed
    if heads[0].lower_ in OCCUPATION_NOUNS and any(w.pos_ in ("ADP", "CCONJ") for w in doc[j:heads[0].i]):
        return None  # "a neighbour of the mayor and her banker husband": the occupation is another's
    if any(w.pos_ in ("VERB", "AUX") or w.tag_ == "TO" for w in doc[j:heads[0].i]):
        return None  # "about to retire as head of …", "who once served as …": a clause about the person
    if subject_after_object(doc, start, end, heads[0], k):
        return None  # "After talks with Brant, [the new minister] said …": another person, the clause's subject
    if k < len(doc) and doc[k].text in OPEN_TITLE and doc[k - 1].pos_ in CUT_POS:
        close = _quoted_title_end(doc, k, 2 * MAX_ROLE_TOKENS)
        if close is not None:
            return _closed_title(doc[j:close + 1].text)  # "author of “The Long Quay,”": the title is the role's
    work = creator_role(doc, j, k)
    if work is not None:
        return work
    if words[-1].pos_ in CUT_POS:  # cut short: the whole conjuncts before the cut one, or a long role less its end
        joins = [w.i for w in words if w.pos_ == "CCONJ" and w.i > heads[0].i and w.i < words[-1].i]
        if joins:
            return doc[j:joins[-1]].text
        end = k
        while end > j and doc[end - 1].pos_ in CUT_POS:
            end -= 1
        return doc[j:end].text if k - j >= MAX_ROLE_TOKENS and end - j >= MIN_CUT_ROLE else None
    return words.text


CREATOR_NOUNS = frozenset("author co-author coauthor writer".split())  # a role naming a work its holder wrote


def creator_role(doc, s: int, e: int) -> str | None:
    """The role at tokens [s, e) when it names a work its holder wrote but lost the work's title: the title
    quoted right after an unnamed work taken in ("author of a new book[, “Harbor Money”]"); else the bare
    creator ("author of the book" with no title; "author of When Rivers" cut inside a title where the parser
    read a verb: "author"). None when the role is no creator's of a work, or names the work whole. Both
    role paths read it. Source: strict reads of roles (a book's title dropped or cut after "author of")."""
    from ..attribution.acts import WRITTEN_WORKS  # the attribution package imports this module
    k = next((t.i for t in doc[s + 1:e] if t.lower_ == "of" and doc[t.i - 1].lower_ in CREATOR_NOUNS), None)
    if k is None or k + 1 >= e:
        return None
    creator = " ".join(doc[s:k].text.split())
    if doc[k + 1].lower_ in ("a", "an", "the") and doc[e - 1].lemma_.lower() in WRITTEN_WORKS and all(
            t.pos_ in ("ADJ", "NOUN") and t.text.islower() for t in doc[k + 2:e]):
        opening = e + 1 if e < len(doc) and doc[e].text == "," else e
        close = _quoted_title_end(doc, opening)
        if close is None:
            return creator
        return _closed_title(doc[s:close + 1].text)  # as written, with or without the comma before the title
    if (doc[k + 1].text[:1].isupper() and e < len(doc) and doc[e].is_alpha and doc[e].text[:1].isupper()
            and doc[e - 1].is_alpha and doc[e - 1].whitespace_ and not doc[e].is_sent_start):
        return creator  # "author of When Rivers [Turn Gray]": the title cut where the parser read a verb
    return None


def _quoted_title_end(doc, j: int, limit: int = MAX_ROLE_TOKENS) -> int | None:
    """The closing mark of a title quoted from token ``j`` (an opening mark) on one line, within ``limit``."""
    if j >= len(doc) or doc[j].text not in OPEN_TITLE:
        return None
    close = next((t.i for t in doc[j + 1:j + limit] if t.text in ("”", '"', "’")), None)
    return None if close is None or any("\n" in t.text for t in doc[j:close]) else close


def _closed_title(text: str) -> str:
    """A role ending on a quoted title less the comma or stop inside its closing mark ("“The Long Quay,”")."""
    return text[:-2] + text[-1] if text[-2] in ",." else text


# Bodies whose name goes on past a comma with the campus's place ("University of Veska, Marlow"; general
# American usage, as data).
CAMPUS_BODIES = frozenset({"university", "college"})
MAX_CAMPUS_WORDS = 3
CAMPUS_PLACES = ("GPE", "LOC")


def campus_end(doc, s: int, e: int) -> int:
    """The end of a role that ends on a university's name, taken past the campus's place set after its comma
    ("professor at the University of Veska[, Marlow]"): the place says which of the university's campuses,
    and is part of its name; the parser hangs it on the name as an appositive, which a role's phrase leaves
    out (both role paths read it). Only a place's name (typed a place, or the tagger's one name across the
    comma; up to ``MAX_CAMPUS_WORDS`` capitalised words) closed by a comma, a stop, a semicolon or the
    line's end. Source: strict reads of roles on unseen articles (a university cut from its campus)."""
    if not 0 < e < len(doc) - 1 or doc[e].text != "," or doc[e - 1].ent_type_ not in ("ORG", *CAMPUS_PLACES):
        return e
    body = next((k for k in range(e - 1, s - 1, -1) if doc[k].lower_ in CAMPUS_BODIES), None)
    if body is None or body + 1 >= e or doc[body + 1].lower_ != "of" or not doc[body].text.istitle():
        return e
    inside = doc[e].ent_type_ == "ORG"  # the tagger's one name across the comma: "[University of Veska, Marlow]"
    k = e + 1
    while (k < len(doc) and k - e - 1 < MAX_CAMPUS_WORDS and doc[k].text[:1].isupper()
           and (doc[k].ent_type_ == "ORG" and doc[k].ent_iob_ == "I" if inside else doc[k].ent_type_ in CAMPUS_PLACES)):
        k += 1
    closed = k == len(doc) or doc[k].text in (",", ".", ";") or doc[k].is_space
    opened = inside or doc[e + 1].ent_iob_ == "B"
    return k if k > e + 1 and closed and opened and (k == len(doc) or doc[k].ent_iob_ != "I") else e


def listed_after(doc, start: int, end: int, words) -> bool:
    """The words after the comma that follows the name at tokens [start, end) hold the next member of a list
    the name opens ("between Varga, [Kessel Foreign Minister Ivo Brant] and …"): the parser joins a name among
    them to this one as a conjunct. (A role noun parsed as a conjunct, "Varga, the foreign minister, and Brant",
    is no name and is left.) Source: a dev labelling read, another person's title and name given as a role."""
    return any(w.dep_ == "conj" and w.pos_ == "PROPN" and w.ent_type_ in ("PERSON", "") and start <= w.head.i < end
               for w in words)  # not a party or a people ("Rep. Ivo Brant, Kessel Republican and chairman of …")


def titled_after_place(words) -> bool:
    """A person's name in the role's words set straight after a place's name ("…, former envoy to Ostria [Kurt
    Lemberg] and Dana Pike"): the place ends that person's title, so the words are the next one listed, with
    their post, not a role of the name before. Source: strict reads of roles (roles18b: another's title and
    name, from a list, given as a role)."""
    return any(w.ent_type_ == "PERSON" and w.ent_iob_ == "B" and w.i > words.start and w.doc[w.i - 1].pos_ == "PROPN"
               and w.doc[w.i - 1].ent_type_ in ("GPE", "LOC") for w in words)


PHRASE_POS = frozenset({"NOUN", "PROPN", "ADJ", "ADP", "DET", "PART", "CCONJ"})
PHRASE_TAIL = 6  # tokens past the limit a role of two joined posts may take to reach its closing comma


def _phrase_end(doc, j: int, k: int) -> int:
    """The end of a role the length limit cut inside a plain noun phrase ("president of the dockers' guild and
    regional vice president for the council of harbour crews"): taken on to the comma or stop that closes
    it, up to ``PHRASE_TAIL`` more words of nouns, adjectives and prepositions; else left where it was."""
    if k - j < MAX_ROLE_TOKENS:
        return k
    end = k
    while end < len(doc) and end - k < PHRASE_TAIL and doc[end].text not in ROLE_STOPS and doc[end].pos_ in PHRASE_POS:
        end += 1
    return end if end < len(doc) and doc[end].text in ROLE_STOPS else k


MAX_DEFINING_CLAUSE = 8  # words of a clause that says which body a post is of ("that oversees ferry safety")


def defining_clause_end(doc, e: int) -> int:
    """The end of a role phrase ending before token ``e``, past a clause set right after the
    body it closes on, without a comma, that says which body it is ("head of the committee [that oversees
    ferry safety]", "manager in the division [that builds bridges]"): without it the role names no body, a
    definite common noun the article identifies only by the clause. Both role paths read it. Not a clause on
    a post's noun ("the chairman that …") or a body's own kind ("a polling firm that …": no object of the
    post's preposition), on a named body or one of a person ("who"), nor one running past a
    comma or too long. Source: strict reads of
    roles (roles21c: "manager in the division", "chairman of the House subcommittee" shown without which)."""
    if e >= len(doc) or e < 1:
        return e
    body = doc[e - 1]
    owners = [body, *list(body.ancestors)[:3]]  # the parser hangs the clause on the body or on the post's noun
    clause = next((c for o in owners for c in o.children if c.dep_ == "relcl" and c.left_edge.i == e), None)
    if (body.lemma_.lower() in ROLE_NOUNS or body.dep_ != "pobj" or body.pos_ != "NOUN" or not body.text.islower() or clause is None
            or doc[e].lower_ not in ("that", "which") or doc[e].dep_ not in ("nsubj", "nsubjpass")
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in body.children)):
        return e
    end = clause.right_edge.i + 1
    if end - e > MAX_DEFINING_CLAUSE or any(t.is_punct or t.is_space for t in doc[e:end]):
        return e
    return end


OBJECT_DEPS = frozenset({"pobj", "dobj", "obj"})


def subject_after_object(doc, start: int, end: int, role_head, after: int) -> bool:
    """The name ends a phrase that opens the sentence as an object ("Following his talks with [Brant], …",
    "After meeting [Brant], …") and the noun phrase after the comma runs straight into a finite verb that has
    no other subject ("…, the new cabinet minister made it clear …"): the sentence's own subject, someone
    else, not an apposition to the name, however the parser hangs it (issue 9, a role that is another
    person's). Tokens: the name is [start, end), the role phrase ends before ``after``."""
    name_head = next((t for t in doc[start:end] if not start <= t.head.i < end or t.head.i == t.i), None)
    if name_head is None or name_head.dep_ not in OBJECT_DEPS or after >= len(doc):
        return False
    verb = doc[after]
    if verb.tag_ not in FINITE_OR_MODAL:
        return False
    return role_head.dep_ in SUBJECT_DEPS or not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


# Tokens that join the members of a list ("Fisheries, Ports and Harbours", "Iran, Iraq, Syria, and the Gulf").
LIST_JOINS = frozenset({",", "and", "or", "&"})
# Tokens that may close a role whose last object is a list: a comma, a stop, a closing bracket or dash, the end.
LIST_CLOSES = frozenset({",", ".", ";", ":", ")", "—", "–"})
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "appos"})


def object_list_end(doc, noun, end: int, limit: int | None = None) -> int:
    """The end of a role whose post's noun is ``noun`` and whose words end before token ``end``, taken past
    the rest of a list that its last object opens ("chairman of the House Fisheries[, Ports and Harbours
    Committee]", "a fellow with Calder University [and the Norland Institute]", "director for Iran[, Iraq,
    Syria, and the Gulf]"): the parser makes the other members conjuncts of the object, which a role's
    phrase leaves out, so the role was cut at a comma or an "and" inside a body's name or a list. A member
    is taken when only commas and "and"/"or" stand before it, it is a noun with no clause and no verb, no
    person's name, no post's or kinship noun (a second post or person: "director of the Fund and a critic
    of …" is read as before), and the list ends on a comma, a stop or the end; a lone ", and …" after the
    object opens the sentence's next item, not the list. Never past ``limit`` (the name a role is set
    before). Both role paths read it. Source: strict reads of roles on unseen articles (roles cut at a comma
    or an "and" inside a committee's name or a list of regions)."""
    from .kin import KIN_NOUNS  # kin is a leaf module; kept local as titles is
    e, members = end, 0
    while True:
        conj = next((c for t in (noun, *doc[noun.i + 1:e]) if t.dep_ in ("pobj", "conj") or t.i == noun.i
                     for c in t.children if c.dep_ == "conj" and c.i >= e
                     and (t.i != noun.i or _continues_object(noun, e, c))), None)
        if conj is None:
            break
        gap = doc[e:conj.left_edge.i]
        right = conj.right_edge.i + 1
        words = doc[conj.left_edge.i:right]
        if (not len(gap) or any(t.lower_ not in LIST_JOINS for t in gap) or conj.pos_ not in ("NOUN", "PROPN")
                or (limit is not None and right > limit)
                or any(t.pos_ in ("VERB", "AUX") or t.ent_type_ == "PERSON" or t.dep_ in CLAUSE_DEPS
                       or t.lemma_.lower() in ROLE_NOUNS or t.lower_ in KIN_NOUNS or t.is_space or "\n" in t.text_with_ws
                       or t.text in ROLE_STOPS - {",", "."} for t in words)
                or not members and gap[0].text == "," and len(gap) > 1):
            break  # ", and Ivo Brant", "and a critic of …", "and her husband": the sentence's next item
        e, members = right, members + 1
    if e > end and e < len(doc) and doc[e].dep_ == "prep" and noun.i <= doc[e].head.i < e \
            and (limit is None or doc[e].right_edge.i + 1 <= limit):
        e = doc[e].right_edge.i + 1  # "… ports and coastal studies [at the Calder Institute]": the post's own
    while e > end and (doc[e - 1].is_space or "\n" in doc[e - 1].text):
        e -= 1  # a line break the parser hung on the last word
    if e == end or (e < len(doc) and doc[e].text not in LIST_CLOSES and not doc[e].is_space and not doc[e].is_sent_start):
        return end
    return e


def _continues_object(noun, end: int, conj) -> bool:
    """A conjunct the parser hung on the post's noun itself continues the list its last object opens
    ("secretary of state for fisheries[, energy and coastal strategy]"): the role's words end on the object
    of a preposition of that noun, and the conjunct is a bare common noun, no article or owner before it
    ("and a critic of …", "and her husband" are the sentence's next item)."""
    last = noun.doc[end - 1]
    return (last.dep_ == "pobj" and last.head.head.i == noun.i and conj.pos_ == "NOUN" and conj.is_lower
            and not any(c.dep_ in ("det", "poss") for c in conj.children))


MAX_TITLE_BODY = 6  # words of a body's name set after a bare title ("Helix Aeronautics rotor programs")
# Capitalised head nouns that make words a body's name where the tagger types none of them a body ("U.S.
# Forces Ostria", "Northern Fleet Command"; general English, as data).
BODY_NAME_HEADS = BODY_OF_HEADS | frozenset("forces command fleet army navy corps division brigade directorate".split())


def body_after_title(title, k: int) -> int | None:
    """The end of a body's name set after a bare title and its comma, as a byline or a list of speakers
    writes the post's owner ("Mara Quist, vice president, Helix Aeronautics rotor programs, said"): ``title``
    is the title's tokens (a Span; no preposition, no article, ending on the post's noun), token ``k`` the comma
    after it; the body's words run from a capitalised word to a comma, a stop or the end, at most
    ``MAX_TITLE_BODY`` of them, one typed an organisation or a facility, none a person's, a place's alone,
    a date's, a verb, an article or a preposition; not one of a list (", and …" after it). None for
    anything else. Both role paths read it. Source: strict reads of roles on unseen articles (a title cut
    from the body that follows its comma)."""
    doc = title.doc
    if (not len(title) or k + 1 >= len(doc) or doc[k].text != "," or title[-1].lemma_.lower() not in ROLE_NOUNS
            or any(t.pos_ in ("ADP", "DET", "PUNCT", "VERB", "AUX") and not _hyphen_joined(doc, t.i) for t in title)):
        return None
    e = k + 1
    while e < len(doc) and doc[e].text not in LIST_CLOSES and e - k <= MAX_TITLE_BODY:
        e += 1
    words = doc[k + 1:e]
    if (not len(words) or len(words) > MAX_TITLE_BODY or not words[0].text[:1].isupper() or words[0].is_sent_start
            or e < len(doc) and doc[e].text not in (",", ".", ";")
            or e + 1 < len(doc) and doc[e].text == "," and doc[e + 1].lower_ in ("and", "or")):
        return None
    named = any(_body_head(t) for t in words) and all(t.text[:1].isupper() for t in words)  # "U.S. Forces Ostria"
    if not (named or any(t.ent_type_ in ("ORG", "FAC") for t in words)) or any(
            t.ent_type_ in ("PERSON", "DATE", "TIME") or t.pos_ in ("VERB", "AUX", "DET", "ADP", "PRON")
            and not _inside_body_name(t) or t.is_space or t.text in ROLE_STOPS for t in words):
        return None
    return e


def _body_head(tok) -> bool:
    """``tok`` is a capitalised noun that heads a body's name ("U.S. [Forces] Ostria"): a body the tagger left
    untyped or typed a place.
    Source: strict reads of roles (roles21b: "Commander, U.S. Forces Ostria" cut to "Commander")."""
    return tok.lower_ in BODY_NAME_HEADS and tok.text[:1].isupper() and tok.pos_ in ("NOUN", "PROPN")


def _inside_body_name(tok) -> bool:
    """Whether ``tok``, an article or a preposition, is a word inside the name of an organisation or a facility
    ("Office of Naval Plans", "Bureau of the Budget"): neither its first word nor its last, which opens on a
    capital. Source: strict reads of roles (a title cut from its body "Director, Office of …")."""
    if tok.ent_type_ not in ("ORG", "FAC") or tok.ent_iob_ != "I" or tok.pos_ not in ("DET", "ADP"):
        return False
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.ent_iob_ == "I" and nxt.ent_type_ == tok.ent_type_
