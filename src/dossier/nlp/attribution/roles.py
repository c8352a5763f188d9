"""Roles and affiliations of people, read from appositives and titles in front of their names.

"Petra Lind, director of the analytics program at the Center" -> "director of the analytics program at
the Center"; "foreign minister Ivo Brant" -> "foreign minister"; "a Marlow Institute senior fellow
Ana Lind" -> "Marlow Institute senior fellow". The role belongs to the person, so it is looked up per
entity and carried to every later attribution of that person.
"""
from __future__ import annotations

import re

from ..entities.roles import (AGENT_ENDINGS, defining_clause_end, run_in_opening, HYPHENS, TIER_WORDS, MIN_CUT_ROLE, NAME_TAIL, OCCUPATION_NOUNS as NAMED_OCCUPATIONS, object_list_end, POST_NOUNS,
                              TITLE_HEADS, capitalised_opening, graded_adjective, set_phrase_tail, group_opening, hypothetical_title, office_and, office_of_clause, OFFICE_VERBS, post_head_after, posts_and,
                              now_after, PAST_MARKS, subject_after_object,
                              body_after_title, body_initials, campus_end, titled_after_place)
from ..entities.titles import RANKS, SERVICES, past_rank
from ..entities.states import index as states_index
from ..entities.kin import KIN_NOUNS
from ..entities.extract import without_full_stop
from ..entities.headlines import headline_title, on_headline
from ..entities.roles import creator_role, in_quotation, inside_title, under_title
from ...ingest.patterns import line_at
from .cues import SPEECH_ONLY_VERBS
from .relays import JOURNALIST_POSTS, NEWS_NAME_WORDS, WIRE_NAMES
from .seats import TITLE_PARTIES, epithet_after, seat, seat_after, spelled_seat
from ..doctext import doc_text

# Nouns that make a title or position ("minister", "director"): the posts both role paths read
# (``entities.roles.POST_NOUNS``) and this path's own (generic English, kept as data).
ROLE_NOUNS = POST_NOUNS | frozenset("""
strategist counsel justice writer commentator historian specialist scientist consultant partner coach teacher
principal nurse pastor detective sheriff publisher operative mp mep legislator staffer cleric
""".split())  # "publisher of …", "a Republican operative": strict reads of roles, kind 5; "Labour MP", "a
# former Senate staffer", "senior cleric": round 23
# A title written short ("Texas Gov.", "Adm. Brant") names the same post as the word ("the governor", "the
# admiral"): speakers' fuller roles and ``named_after``'s posts read it.
TITLE_ABBREVIATIONS = {"gov.": "governor", "sen.": "senator", "rep.": "representative", "gen.": "general",
                       "adm.": "admiral", "lt.": "lieutenant", "col.": "colonel", "sgt.": "sergeant",
                       "capt.": "captain", "cmdr.": "commander", "cdr.": "commander",
                       "prof.": "professor", "amb.": "ambassador", "sec.": "secretary", "pres.": "president"}
# Nouns of kinship and private relation: "her mother", "the son of the mayor" say whose relative someone
# is, not what position they hold (general English, kept as data).
RELATION_NOUNS = KIN_NOUNS | frozenset("child relative fiancee fiance fiancée girlfriend boyfriend".split())
# Nouns that describe one person without naming him ("a doctor in Kessel", "a former fisherman who …"), with
# the role and kin nouns: an indefinite one nearer than a name is who "he" may mean; the one "called" is phoned
# ("called [three members]"), not named (general English, as data).
PERSON_NOUNS = ROLE_NOUNS | RELATION_NOUNS | frozenset("""
man woman person resident doctor nurse surgeon medic worker farmer fisherman dealer trader merchant shopkeeper
vendor owner driver student fighter volunteer villager witness victim survivor veteran neighbour neighbor friend
colleague citizen immigrant refugee migrant protester demonstrator activist soldier rebel militant guard
journalist reporter engineer pilot priest imam rabbi pastor monk nun miner teenager youth pensioner
""".split())
APPOSITIVE_STOP_DEPS = frozenset({"relcl", "acl", "appos", "punct", "cc", "conj", "advcl", "advmod"})
# Titles written short or joined before a name ("Texas Gov.", "Army Lt. Gen.", "President-elect"): words of a
# title, not of the name (``speakers.TITLE_WORDS`` too).
SHORT_TITLES = frozenset("gov. sen. rep. gen. adm. lt. col. sgt. capt. cmdr. maj. prof. gen mayor-elect "
                         "president-elect".split())
# Title words that end a title as a role noun does ("Texas Gov.", "Army Lt. Gen.", "Vice Chancellor").
SPELLED_TITLE_HEADS = frozenset(w for w in TITLE_HEADS if len(w) > 3)  # "whip", "speaker": a post in lower case
TITLE_NOUNS = TITLE_HEADS | SHORT_TITLES | frozenset({"amb.", "secretary-general"})
PRE_TITLE_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "poss", "case"})
MAX_ROLE_WORDS = 16
ARTICLES = frozenset({"a", "an", "the"})
OPEN_TITLE = frozenset({"“", '"'})
CLOSE_TITLE = frozenset({"”", '"'})


def role_of(doc, start: int, end: int) -> str | None:
    """The role given to the name at tokens [start, end) by an appositive after it, a role set before it
    ("The senior counsel at Kessel Rights Group, Cara Vitt,") or a title before it ("Texas Gov.")."""
    head = _head(doc, start, end)
    before = not inside_title(doc, end)  # "deputy [Harbour Party] leader Kell": the title before is Kell's
    role = (_named_role(doc, head, end) or _appositive_role(doc, head, end) or _fronted_role(doc, head, start)
            or before and (_title_role(doc, start, head) or _capital_lead_title(doc, start)))
    return _with_party_label(doc, role, end)


# Titles of a seat in a legislature, written short or whole: what a party and state label after the name
# ("Sen. Rolf Amberg, R-Ohio,") says whose seat it is (general American usage, as data).
SEAT_TITLES = frozenset("sen. sen rep. rep senator representative congressman congresswoman del. delegate gov. gov "
                         "governor".split())  # a governor's office, "of" the state (roles19b)
PARTY_STATE_LABEL = r"[DRI]-[A-Z][\w.]*(?: [A-Z][\w.]*)?"  # "R-Ohio", "D-N.Y.", "I-Vt." (also read by speakers)
PARTY_STATE = re.compile(rf"\s*(?:,\s*|\()({PARTY_STATE_LABEL})(?=\s*[,);.]|\s*$|\s+[a-z])")


def _with_party_label(doc, role: str | None, end: int) -> str | None:
    """A bare seat's title (``SEAT_TITLES``: "Sen.", "Rep.") with the party and state label set after the
    name, spelled out (``seats.spelled_seat``: "Sen. Rolf Amberg, R-Ohio, said", "Rep. Ana Lind (D-Calif.)" ->
    "Republican senator from Ohio", "Democratic representative from California"): the label says whose
    senator; a bare "Sen." names no seat, and the label set after it ("Sen., R-Ohio") reads as a stray
    fragment. The other forms news writes it in say the same ("(R) of Ohio", ", Ohio Republican,", "of
    Ohio" -> "senator from Ohio": ``seats.seat_after``). Source: strict reads of roles on unseen articles (a
    bare "Sen."; then "Rep., D-Calif."; roles18b: a bare "Sen." where "Arizona Republican" or "of Arizona"
    followed the name). A seat held before ("former Sen. Rolf Amberg of Ohio") is spelled out the same, with
    its "former" (roles19: a bare "former Sen." where "of Connecticut" followed the name). A party's word in
    the title ("Democratic Senator Rolf Amberg of Oregon", "fellow Republican Rep. …") gives the party where
    the label gives none, and a governor's title is spelled out as the state's office ("Gov. Ana Lind (R) of
    Ohio" -> "Republican governor of Ohio"; roles19b: "Democratic Senator", "Republican Rep.", "Governor"
    shown where "of Oregon", "of New York", "(R) of Ohio" followed the name)."""
    past, title, party = _past_seat(role)
    if not title or end >= len(doc):
        return role
    label = PARTY_STATE.match(doc_text(doc), doc[end].idx)
    if label:
        return past + spelled_seat(title, label.group(1))
    found = seat_after(doc_text(doc), doc[end].idx)  # "R- Mo.", "(R) of Ohio", ", Ohio Republican,", "of Ohio"
    spelled = seat(title, found[0] or party, found[1]) if found else None
    return past + spelled if spelled else role


def seat_role(doc, start: int, end: int) -> str | None:
    """The seat the title before the name at tokens [start, end) and the label after it spell out ("Senator
    Rolf Amberg of Ohio, the top Republican on …" -> "senator from Ohio"), though an appositive gives the
    mention another role; None when the title is no seat's or no label says whose. Read for a bare seat's
    title that another mention set as the person's role (``SpeakerResolver._fuller_role``)."""
    title = _title_role(doc, start, _head(doc, start, end))
    spelled = _with_party_label(doc, title, end)
    return spelled if spelled != title else _seat_by_epithet(doc, title, end)


def _seat_by_epithet(doc, title: str | None, end: int) -> str | None:
    """The seat of a bare seat's title ("Sen.") whose holder, named at tokens [.., end), the writer calls by
    a state and a party's noun later in that sentence or the next, no other person named in between
    ("Sen. Rolf Amberg argued Sunday. The Ohio Republican added …" -> "Republican senator from Ohio";
    ``seats.epithet_after``). Source: strict reads of roles (roles19c: a bare "Sen." or "Rep." shown where the
    next sentence said "the Arizona Republican", "the Texas Republican")."""
    past, bare, _ = _past_seat(title)
    if not bare or end >= len(doc):
        return None
    sents = [doc[end - 1].sent]
    if sents[0].end < len(doc):
        sents.append(doc[sents[0].end].sent)
    found = epithet_after(doc_text(doc), doc[end - 1].idx + len(doc[end - 1].text), sents[-1].end_char)
    if found is None or any(e.label_ == "PERSON" and doc[end - 1].idx < e.start_char < found[2] for e in doc.ents):
        return None
    spelled = seat(bare, found[0], found[1])
    return past + spelled if spelled else None


# A legislator's post in a party's ranks on a body ("the top Republican on the Ferry Committee", "the senior
# Democrat of the panel"): a fuller role than the bare seat's title of another mention (strict reads, roles19).
PARTY_POST = re.compile(r"\b(?:Republican|Democrat|Independent)\s+(?:on|of)\s+(?:the\s+)?[A-Z]")


def party_post(role: str | None) -> bool:
    """``role`` says the legislator's place in a party's ranks on a body (``PARTY_POST``)."""
    return bool(role and PARTY_POST.search(role))


def seat_title(role: str | None) -> bool:
    """``role`` is a seat's bare title, held now or before, with a party's word or not ("Sen.", "Senator",
    "former Rep.", "Democratic Senator", "Gov.")."""
    return _past_seat(role)[1] is not None


# Words before a seat's title that say it was held before ("former Sen.", "then-Sen."; news usage, as data).
PAST_SEAT_WORDS = frozenset({"former", "then", "then-"})


def _past_seat(role: str | None) -> tuple[str, str | None, str | None]:
    """A seat's title (``SEAT_TITLES``) with what may stand before it split off: "former" (or "then-"), "fellow",
    a party's word (``seats.TITLE_PARTIES``). ("", "Sen.", None) for "Sen.", ("former ", "Sen.", None) for
    "Former Sen.", ("", "Senator", "D") for "Democratic Senator", ("", "Rep.", "R") for "fellow Republican
    Rep."; ("", None, None) for any other role."""
    if not role:
        return "", None, None
    words = re.sub(r"^(then)-(?=\S)", r"\1 ", role.strip(), flags=re.I).split()
    past = party = None
    if len(words) > 1 and words[0].lower() in PAST_SEAT_WORDS:
        past = words.pop(0)
    if len(words) > 1 and words[0].lower() == "fellow":
        words.pop(0)
    if len(words) > 1 and words[0].lower() in TITLE_PARTIES:
        party = TITLE_PARTIES[words.pop(0).lower()]
    if len(words) != 1 or words[0].lower() not in SEAT_TITLES:
        return "", None, None
    return ("former " if past else ""), words[0], party


def _capital_lead_title(doc, start: int) -> str | None:
    """A title written in capitals before the name on a lead, as a dateline sets it, which the parser split
    off as a sentence of its own ("VESKA GOV. Lida Marrow signed …" -> "Veska Gov."): at most
    ``MAX_CAPITAL_TITLE`` words in capitals on the name's line, the last a title or post (``capital_title``),
    set in title case. Source: strict reads of roles on unseen articles (a bare "Gov." where the lead named
    the state in capitals)."""
    k, stop = start, ""
    if k > 1 and doc[k - 1].text == "." and not doc[k - 2].whitespace_ and doc[k - 2].is_upper:
        k, stop = k - 1, "."  # "GOV" "." split by the tokenizer
    words = []
    while (k > 0 and len(words) < MAX_CAPITAL_TITLE and "\n" not in doc[k - 1].text + doc[k - 1].whitespace_
           and doc[k - 1].is_upper and doc[k - 1].text.rstrip(".").isalpha()):
        k -= 1
        words.insert(0, doc[k].text + (stop if not words else ""))
    if not words or k > 0 and "\n" not in doc[k - 1].text + doc[k - 1].whitespace_:
        return None  # only a title that opens its line
    return _capital_title_case(" ".join(words)) if capital_title(words) else None


def fronted_role(doc, start: int, end: int) -> str | None:
    """The role noun phrase set before the name at tokens [start, end) between commas, a title before the name
    passed over ("the board's chairman, Senator Ivo Brant," -> "board's chairman"): ``_fronted_role``."""
    return _fronted_role(doc, _head(doc, start, end), start)


def _fronted_role(doc, head, start: int) -> str | None:
    """The role noun phrase the name is set after, between commas: the name is its appositive, hung by the
    parser on the role noun or on the last name inside it ("head of the Port Authority, Ivo Dren")."""
    first = min(head.left_edge.i, start)  # "…, Gen. Ole Marten": past a title written before the name
    if head.dep_ != "appos" or first == 0:
        return None
    noun = head.head
    if doc[first - 1].text == "," and not _is_role_noun(noun):
        noun = _last_conjunct(noun, first - 2) or noun
    if doc[first - 1].text != ",":  # "Mira Kovac's brother Oskar", "the Harbour Board's spokesman Ivo Dren": no commas
        owned = any(c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for c in noun.children)
        if noun.i == first - 1 and (named_relative(noun) or owned and _is_role_noun(noun) and noun.tag_ == "NN"):
            return noun_phrase(doc, noun, limit=first)
        return None
    while not _is_role_noun(noun) and noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i < noun.i:
        noun = noun.head.head  # "counsel at [Kessel Rights Group]": up to the role noun the group is of
    if not _is_role_noun(noun) or noun.i >= first - 1 or noun.tag_ in ("NNS", "NNPS"):
        return None  # "Members of the parliament, Ivo Brant …": a plural is no one's role
    return noun_phrase(doc, noun, limit=first - 1)


def introduced_post(doc, start: int, end: int) -> str | None:
    """The post an unnamed description in the sentence right before gives the name at tokens [start, end),
    whose bare title opens its own sentence ("… angered the president of Kessel Dockers Local 12. President
    Tom Rask said …" -> "president of Kessel Dockers Local 12") or is a bare "the" title the name is set
    beside ("a message by the leader of the Kestra Front … the leader, known as Ivo Dren, wrote"): the one noun of that sentence that is the
    title's word in lower case, with "the" and an "of" a body's name (no place's) goes on, set apart from any
    name (no appositive, no name after it). Read only for a bare title, at the name's first mention
    (``speakers._fuller_role``). Source: strict reads of roles (roles21b: a bare "President" right after
    the description that said whose president; read 73, session 22: "the leader, known as …" after "the
    leader of" a group)."""
    k = _bare_title_before(doc, start)
    if k is None or in_quotation(doc, start):
        return None
    title = doc[k].lower_
    sent = doc[k].sent
    before = doc[sent.start - 1].sent if sent.start > 0 else None
    if before is None or sum(1 for t in doc[before.start:sent.start] if "\n" in t.text) > 2:
        return None  # the sentence right before, at most a blank line between
    nouns = [t for t in before if t.lower_ == title and t.text == t.lower_ and t.pos_ == "NOUN"]
    if len(nouns) != 1 or not _unnamed_post_of_body(doc, nouns[0]):
        return None
    return noun_phrase(doc, nouns[0])


NAMING_WORDS = frozenset({",", "known", "identified", "named", "called", "as"})  # "the leader, known as …"


def _bare_title_before(doc, start: int) -> int | None:
    """The token of the bare title a name at ``start`` is given: a capitalised title opening the sentence right
    before it ("President Tom Rask"), or a lower-case "the" noun with nothing after it that the name is set
    beside ("the leader, known as Ivo Dren", "the chairman, Ivo Brant"); None otherwise."""
    if start >= 1 and doc[start - 1].is_title and doc[start - 1].is_sent_start:
        return start - 1
    k = start - 1
    while k >= 0 and start - k <= 4 and doc[k].lower_ in NAMING_WORDS:
        k -= 1
    if k < 0 or k == start - 1 or doc[k].text != doc[k].lower_ or doc[k].pos_ != "NOUN":
        return None
    bare = any(c.dep_ == "det" and c.lower_ == "the" for c in doc[k].children) and not any(
        c.dep_ in ("prep", "compound", "amod", "poss") for c in doc[k].children)
    return k if bare else None


# The lower-case nouns of a military post an unnamed description opens a story with ("the top commander of
# … forces in Velmor said …"), with the rank written out (general English, as data).
COMMAND_NOUNS = frozenset({"commander"})
LEDE_PARAGRAPHS = 3  # paragraphs before the named mention an unnamed description may open the story in


def introduced_commander(doc, start: int, rank: str) -> str | None:
    """The post an unnamed description gives a person whose bare military rank (``rank``: "Gen.", "Adm.")
    opens the sentence of their first named mention, in the ``LEDE_PARAGRAPHS`` paragraphs before ("… forces,
    the admiral in charge of the fleet in Velmor said Tuesday. Adm. Ivo Dren told …" -> "admiral in charge
    of the fleet in Velmor"): the one noun there, "the" commander or the rank written out, that is the
    subject of a verb of speech and has no name beside it. Source: strict reads of roles (session 22: a bare
    "Gen." where the story's opening sentence said what he commands)."""
    words = rank.split()
    k = start - len(words)
    if (k < 0 or not doc[k].is_sent_start or doc[k:start].text != rank or in_quotation(doc, start)
            or words[-1].lower().rstrip(".") not in RANKS):
        return None
    breaks = [t.i for t in doc[:k] if "\n" in t.text][-LEDE_PARAGRAPHS:]
    first = breaks[0] + 1 if len(breaks) == LEDE_PARAGRAPHS else 0
    written = TITLE_ABBREVIATIONS.get(words[-1].lower(), words[-1].lower())
    nouns = [t for t in doc[first:k] if t.text in COMMAND_NOUNS | {written} and t.pos_ == "NOUN"
             and t.dep_ == "nsubj" and t.head.lemma_.lower() in SPEECH_ONLY_VERBS and not on_headline(doc, t.i)
             and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
             and any(c.dep_ == "prep" for c in t.children)  # what or where it commands: no bare "the commander"
             and not any(c.dep_ == "appos" or c.ent_type_ == "PERSON" for c in t.children)]
    return noun_phrase(doc, nouns[0]) if len(nouns) == 1 else None


def _unnamed_post_of_body(doc, noun) -> bool:
    """``noun`` is "the" post "of" a body's name, and no name is given it: no appositive, no name right after
    it or its phrase, not a title set before a name."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) or noun.dep_ in ("compound", "appos"):
        return False
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    body = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if body is None or body.pos_ != "PROPN" or body.ent_type_ in NOT_BODIES or any(c.dep_ == "appos" for c in noun.children):
        return False
    after = body.right_edge.i + 1
    return not (after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].ent_type_ == "PERSON")


def _last_conjunct(noun, last: int):
    """The conjunct of ``noun`` whose phrase ends on token ``last``, right before the comma a name is set after
    ("Minister Ivo Brant and the chairman of the Harbour Board, Gen. Tomas Varn,"): the parser hangs the
    name's appositive on the first conjunct, though it renames the last. None when there is none. Source:
    strict reads of roles (roles20: a bare rank "Gen." where the post was spelled out before the name)."""
    return next((c for c in noun.children if c.dep_ == "conj" and c.right_edge.i == last), None)


def predicated_role(doc, start: int, end: int) -> str | None:
    """The post the writer's own sentence says the name at tokens [start, end) holds now, as the subject of a
    present "is" and its complement ("Ivo Brant is a historian at Kessel University." -> "historian at Kessel
    University"): a role noun (``_is_role_noun``), not negated, outside any quotation; nothing for "was"
    (a past post) or a plural. Read where no mention gives a title or an appositive. Source: strict reads of
    roles (roles18b: a role null though the sentence before the quote says what the speaker is). Only a
    sentence that opens on the name (a title before it aside) and whose main verb the "is" is: a clause after
    another's cue is that speaker's claim."""
    head = _head(doc, start, end)
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_ != "be" or verb.tag_ != "VBZ" or verb.dep_ != "ROOT" or in_quotation(doc, head.i):
        return None
    if any(not (t.is_title or t.is_punct or t.is_space) for t in doc[verb.sent.start:start]):
        return None  # "Bolton insisted …; Guaido … is the interim president": the sentence must open on the name
    return _post_complement(doc, verb, head.i)


def _post_complement(doc, verb, after: int) -> str | None:
    """The post a present "is" (token ``verb``) gives as its complement after token ``after``: a singular role
    noun (``_is_role_noun``), the verb not negated nor set in the past by an adverb ("once", "formerly") and
    outside any quotation. Read by ``predicated_role`` and ``_relative_post``."""
    if verb.lemma_ != "be" or verb.tag_ != "VBZ" or in_quotation(doc, verb.i):
        return None
    if any(c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ in PAST_ADVERBS for c in verb.children):
        return None  # "Brant is not a lawyer", "Brant is once again …"
    attr = next((c for c in verb.children if c.dep_ == "attr" and c.i > after), None)
    if attr is None or attr.tag_ != "NN" or not _is_role_noun(attr):
        return None
    return noun_phrase(doc, attr)


def _relative_post(doc, head, end: int) -> str | None:
    """The post a relative clause right after the name's comma gives it with a present "is" ("Mira Soll, who
    is a real estate agent, said" -> "real estate agent"): ``_post_complement`` of the clause's verb, whose
    subject is "who". Source: strict reads of roles (a role given in a relative clause left null)."""
    if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "who":
        return None
    clause = next((c for c in head.children if c.dep_ == "relcl" and c.left_edge.i == end + 1), None)
    if clause is None or not any(c.dep_ == "nsubj" and c.i == end + 1 for c in clause.children):
        return None
    return _post_complement(doc, clause, end + 1)


def past_post(role: str | None) -> bool:
    """``role`` opens on a word that marks a post held before ("former senator", "ex-Rep.", "one-time aide":
    ``PAST_MARKS``), not on "then-" (a post held at the time told of: ``held_then``)."""
    first = role.lower().split()[0] if role else ""
    return bool(first) and not held_then(role) and (first in PAST_MARKS or first.split("-")[0] in PAST_MARKS)


def clause_post(doc, start: int, end: int) -> str | None:
    """The post a present relative clause right after the name at tokens [start, end) gives it: an office
    ("Mara Lind, who now heads the Kessel Center," -> "head of the Kessel Center": ``_office_clause``) or a
    present "is" and its role noun ("Brant, who is now a radio commentator," -> "radio commentator":
    ``_relative_post``) or "works as" (``_post_as``); None outside the writer's words, and none for an office
    founded or to come ("who founded …", "who will head …": no post held now)."""
    if in_quotation(doc, start):
        return None
    head = _head(doc, start, end)
    found = office_of_clause(doc, head.i, end)
    office = _office_words(doc, found) if found and found[0] in OFFICE_VERBS["VBZ"].values() else None
    return office or _relative_post(doc, head, end) or _post_as(doc, head, end)


# Verbs of a relative clause whose "as" names the post held ("who works as a welder", "who serves as its treasurer").
POST_AS_VERBS = frozenset({"work", "serve"})


def _post_as(doc, head, end: int) -> str | None:
    """The post a present relative clause right after the name's comma gives by "works as" or "serves as" ("Tom
    Vekk, who works as a welder," -> "welder"): the name's own clause, its "as" object a singular role noun
    (``_is_role_noun``), or any singular common noun after "works as". Source: strict reads of roles (roles24: such a clause left the role null)."""
    if end + 4 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "who":
        return None
    verb, prep = doc[end + 2], doc[end + 3]
    if verb.lemma_.lower() not in POST_AS_VERBS or verb.tag_ != "VBZ" or verb.dep_ != "relcl" or verb.head.i != head.i:
        return None
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.lower_ == "as" and prep.head.i == verb.i else None
    if noun is None or noun.tag_ != "NN" or not (_is_role_noun(noun) or verb.lemma_.lower() == "work" and noun.is_lower):
        return None  # "serves as a reminder": no post; "works as a welder": the verb says it is a job
    return noun_phrase(doc, noun)


def _head(doc, start: int, end: int):
    for t in doc[start:end]:
        if t.head.i < start or t.head.i >= end or t.head.i == t.i:
            return t
    return doc[end - 1]


def _appositive_role(doc, head, end: int) -> str | None:
    for child in head.children:
        if child.dep_ == "appos" and child.i >= end and _is_role_noun(child):
            if subject_after_object(doc, head.i, end, child, child.right_edge.i + 1):
                return None  # "After talks with Brant, the new minister said …": the minister is another
            if any(c.dep_ == "advmod" and c.i < child.i and c.lower_ in PAST_ADVERBS for c in child.children):
                return None  # "Lisa Moe, once a Kessel negotiator,": a post no longer held (``_unopened``)
            if titled_after_place(doc[child.left_edge.i:child.right_edge.i + 1]):
                return None  # "Vass, Orrin Falk, former envoy to Ostria Kurt Lemberg and …": the next one listed
            now = _post_now(doc, head, child)
            if now is not None:
                return now or None
            return _with_title_body(doc, child, noun_phrase(doc, child))
    # "X, the party's deputy leader," parsed with the role as a sibling of the name
    if end + 1 < len(doc) and doc[end].text == "," and _is_role_noun(doc[end + 1:end + 6].root):
        tok = doc[end + 1:end + 6].root
        if tok.head.i == head.i or tok.dep_ == "appos":
            return noun_phrase(doc, tok)
    at = _workplace(doc, head, end)  # "Ivo Brant, who works at the Kessel Institute,": the body, as "of" gives it
    return (_office_clause(doc, head, end) or _relative_post(doc, head, end) or _post_as(doc, head, end) or (at and at[1])
            or _affiliation(doc, head, end) or _byline_body(doc, head, end))


def _with_title_body(doc, noun, role: str | None) -> str | None:
    """A bare title ``role`` (of the post's noun ``noun``) with the body its comma sets after it, which the
    parser hangs on the title as its appositive ("Mara Quist, vice president, Helix Aeronautics rotor
    programs," -> "vice president, Helix Aeronautics rotor programs"): ``body_after_title``."""
    first = noun.left_edge.i
    while first < noun.i and doc[first].pos_ in ("DET", "PUNCT"):
        first += 1
    body = body_after_title(doc[first:noun.i + 1], noun.i + 1) if role else None
    return f"{role}, {doc[noun.i + 2:body].text}" if body is not None and role == doc[first:noun.i + 1].text else role


def _post_now(doc, head, child) -> str | None:
    """The post the person holds now, set after the role ``child`` by ", now" ("Ivo Brant, a senior adviser in
    the previous administration, now head of a think tank" -> "head of a think tank"): the role before it is
    a past post, which read alone would pass as current. None when there is no such post, or when what
    follows the adverb is no post and the role is marked as past ("a former minister, now a resident of …":
    ``PAST_MARKS``); "" when it is no post and the role is not so marked (neither is sure). The parser hangs the second post on the first or
    on one of its words, or on the name. Source: strict reads of roles on unseen articles."""
    after = [t for t in (*child.subtree, *head.children) if t.i > child.i and t.dep_ in ("appos", "conj", "npadvmod")]
    for t in sorted(after, key=lambda t: t.i):
        adverb = next((c for c in t.children if c.dep_ == "advmod" and c.i < t.i), None)
        if adverb is not None and now_after(doc, adverb.i - 1) and adverb.left_edge.i == adverb.i:
            if _is_role_noun(t):
                return noun_phrase(doc, t) or ""
            return None if any(w.lower_ in PAST_MARKS for w in child.lefts) else ""
    return None



def _byline_body(doc, head, end: int) -> str | None:
    """The body a bare appositive names, as a byline gives it ("said Tom Rask, Kessel Examiner." -> "Kessel
    Examiner"; "Ana Roe, American Policy Institute, said"): the name's own appositive right after its comma,
    a body's name as ``_body_name`` reads one and nothing else, closed by the sentence's end or a comma; not
    one of a list ("Ivo Brant, Kessel Union and …"). A publication's title ("Tom Rask, The Kessel Ledger": its
    capitalised "The", ``publication_title``) names the outlet the writer writes for, no post (roles23d: "Hill"
    shown for a byline "…, The Hill"). Source: strict reads of dev roles (AllSides 1041-1999)."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    app = next((c for c in head.children if c.dep_ == "appos" and c.left_edge.i == end + 1), None)
    if app is None or any(c.dep_ in ("conj", "cc", "prep", "relcl", "acl", "appos") for c in app.children):
        return None
    after = app.right_edge.i + 1
    if after < len(doc) and doc[after].text not in (",", ".", ";") or app.right_edge.i != app.i:
        return None
    if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].lower_ in ("and", "or"):
        return None  # "Ivo Brant, Kessel Union, and Ana Roe": a list
    body = _body_name(doc, end + 1, after)
    if body and body.split()[-1].lower() not in INSTITUTION_WORDS and _title_ending_byline(doc, end + 1, after):
        return None
    return _not_outlet(body, head, end + 1)


def _title_ending_byline(doc, first: int, after: int) -> bool:
    """Tokens [first, after) are a publication's title that ends a byline's line ("Tom Rask, The Kessel
    Ledger" on its own line after the opinion quoted): a capitalised "The" right after the name's comma, the
    title running to the line's end. Such a line reads as a headline (every word capitalised), where
    ``publication_title`` trusts no capital "The"; a name, a comma and a title with "The" on a line of their
    own are a byline's form. Source: strict reads of roles (roles23d: "Hill" shown for "…, The Hill")."""
    if doc[first].text != "The" or doc[first - 1].text != ",":
        return False
    return after >= len(doc) or "\n" in doc[after - 1].whitespace_ or "\n" in doc[after].text


def _office_clause(doc, head, end: int) -> str | None:
    """The office a relative clause right after the name gives (``office_of_clause``: "Ivo Brant, who runs
    the Kessel Dockers Union," -> "head of the Kessel Dockers Union"; "Gen. Ivo Dren, who commands Ostrian
    forces in Vell," -> "commander of Ostrian forces in Vell"), read as the office's noun "of" the object and
    the place the verb sets after it (``_place_after``)."""
    return _office_words(doc, office_of_clause(doc, head.i, end))


def office_held(doc, start: int, end: int) -> str | None:
    """The office the writer's sentence says the name at tokens [start, end) holds, as the subject of a
    verb of holding one (``OFFICE_VERBS``) with a named body as its object ("Brant heads Kessel Fleet
    Command." -> "head of Kessel Fleet Command"). Read only to make a bare rank fuller
    (``speakers._fuller_role``). Source: strict reads of roles (roles18b: a bare "Adm.")."""
    head = _head(doc, start, end)
    verb = head.head
    office = OFFICE_VERBS["VBZ"].get(verb.lemma_.lower()) if verb.tag_ == "VBZ" else None
    if office is None or head.dep_ != "nsubj" or verb.dep_ != "ROOT" or in_quotation(doc, head.i):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
    return _office_words(doc, (office, obj) if obj is not None else None)


def _office_words(doc, found) -> str | None:
    """"office of object" for an office and its object token (``office_of_clause``), the place the verb sets
    after the object kept (``_place_after``)."""
    if found is None:
        return None
    office, obj = found
    verb = obj.head
    words = noun_phrase(doc, obj, keep_article=True)
    if words and words.endswith(doc[obj.right_edge.i].text):  # the object whole, not cut short
        words = _place_after(doc, verb, obj, words)
    return f"{office} of {words}" if words and len(words.split()) < MAX_ROLE_WORDS else None


# Verbs that set a person by the name they are given after a role noun ("a botanist named Ivo Brant"; general
# English, as data).
NAMING_VERBS = frozenset({"name", "call"})
# Prepositions after "works" that name the body someone works for ("who works at the Kessel Institute").
WORKPLACE_PREPS = frozenset({"at", "for", "with"})


def _named_role(doc, head, end: int) -> str | None:
    """The role noun a name is given after by "named" or "called" ("a political scientist named Ivo Brant" ->
    "political scientist"), with the body a "who works at" clause right after the name gives ("…, who works at
    Kessel State University," -> "political scientist at Kessel State University": ``_workplace``). Source:
    strict reads, round 18 (no role where the first full mention gave both)."""
    verb = head.head
    if head.dep_ != "oprd" or verb.lemma_.lower() not in NAMING_VERBS or verb.dep_ != "acl" or verb.tag_ != "VBN":
        return None
    noun = verb.head
    if not _is_role_noun(noun) or noun.tag_ != "NN" or noun.i > verb.i:
        return None
    role = noun_phrase(doc, noun, limit=verb.i)
    at = _workplace(doc, head, end)
    return f"{role} {at[0]} {at[1]}" if role and at else role


def _workplace(doc, head, end: int) -> tuple[str, str] | None:
    """The preposition and the body a "who works at" clause right after the name gives ("Ivo Brant, who works
    at the Kessel Institute," -> ("at", "Kessel Institute")): the name's own clause, the body an institution
    (``body_after``)."""
    if end + 3 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "who":
        return None
    verb = doc[end + 2]
    if verb.lemma_.lower() != "work" or verb.tag_ != "VBZ" or verb.dep_ != "relcl" or verb.head.i != head.i:
        return None
    prep = doc[end + 3]
    body = body_after(doc, prep) if prep.lower_ in WORKPLACE_PREPS and prep.head.i == verb.i else None
    return (prep.lower_, body) if body else None


# Titles of those who teach: a "who teaches … at" clause says where they hold the title (general English, as data).
TEACHING_TITLES = frozenset("professor lecturer instructor teacher".split())


def taught_at(doc, start: int, end: int) -> str | None:
    """The body a "who teaches (a subject) at" clause right after the name at tokens [start, end) names ("Ivo
    Brant, who teaches law at Kessel University," -> "Kessel University"): the name's own clause, the body an
    institution (``body_after``). Source: strict reads of roles (roles18b: a bare "Professor" where the first
    mention said where)."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "who":
        return None
    verb = doc[end + 2]
    if verb.lemma_.lower() != "teach" or verb.tag_ != "VBZ" or verb.dep_ != "relcl" or not start <= verb.head.i < end:
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"), None)
    return body_after(doc, prep) if prep is not None else None


def _place_after(doc, verb, obj, words: str) -> str:
    """``words`` (the office's object ``obj``) with the place the verb sets right after it ("commands troops
    [in South Korea]"): a preposition of ``verb`` whose object is a place's name, closing the clause."""
    k = obj.right_edge.i + 1
    prep = doc[k] if k < len(doc) else None
    if prep is None or prep.dep_ != "prep" or prep.head.i != verb.i or prep.lower_ not in ("in", "at"):
        return words
    place = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if place is None or place.ent_type_ not in PLACE_TYPES or place.right_edge.i + 1 < len(doc) and \
            doc[place.right_edge.i + 1].text not in (",", ".", ";"):
        return words
    return f"{words} {doc[k:place.right_edge.i + 1].text}"


# Words of an institution's name ("the Center for Harbour Studies", "Kessel University"), general English.
INSTITUTION_WORDS = frozenset("""center centre institute institution university college school academy council
foundation association union committee commission party agency department ministry office bureau group bank fund
society league federation coalition alliance network project program programme laboratory lab museum hospital
clinic court church corporation company press times post news journal tribune herald gazette""".split())
# Entity types a possessor or "of" name of a kinship noun is not: "Ostria's son" is a figure of speech.
NOT_RELATIVES = frozenset({"GPE", "LOC", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL"})
NOT_BODIES = NOT_RELATIVES | {"PERSON"}  # nor an institution someone is "of"


def body_after(doc, prep, named: tuple[str, ...] = ("ORG", "FAC")) -> str | None:
    """The institution a person is "of" or "from" (``prep``'s object): an entity of a ``named`` type, or a
    capitalised proper-noun phrase with an institution's word (``INSTITUTION_WORDS``); None for a place or a
    town and its state ("of Vestmark", "of Half Moon Bay, Calif."), a person, a date or anything else."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.ent_type_ in NOT_BODIES or any(t.ent_type_ in ("GPE", "LOC") for t in obj.subtree if t.i >= obj.i):
        return None
    words = noun_phrase(doc, obj)
    if not words or not words[:1].isupper():
        return None
    after = obj.right_edge.i + 1
    if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].ent_type_ in ("GPE", "LOC"):
        return None
    institution = obj.pos_ == "PROPN" and any(w.lower().strip(",.") in INSTITUTION_WORDS for w in words.split())
    return words if obj.ent_type_ in named or institution else None


def _affiliation(doc, head, end: int) -> str | None:
    """The body an "of" appositive gives ("Karl Dunne, of the Center for Harbour Studies at Kessel
    University," -> "Center for Harbour Studies at Kessel University"; "…, with the Calder Institute,"): the
    "of" (``AFFILIATION_PREPS``) is the name's own, set off
    by a comma (``body_after``; a facility only with an institution's word); a place is where someone is
    from ("Bo Smith, of Vestmark,"), no role, and a news outlet is no post (``_not_outlet``)."""
    if (end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in AFFILIATION_PREPS
            or doc[end + 1].head.i != head.i):
        return None
    return _not_outlet(body_after(doc, doc[end + 1], named=("ORG",)), head, end + 2)


# Prepositions of an appositive that names the body someone works for ("Karl Dunne, of the Center …", "Aaron
# Lind, with the Calder Institute for Harbour Studies,"): news usage, as data; "with" added from strict reads
# of roles on unseen articles (a speaker so named given no role).
AFFILIATION_PREPS = frozenset({"of", "with"})


def _title_role(doc, start: int, head) -> str | None:
    inside = start if 0 < start < head.i and post_head_after(doc[start - 1], doc[start], person=True) else -1
    pre = [t for t in head.lefts if (t.i < start or t.i == inside) and t.dep_ in PRE_TITLE_DEPS]  # "Agency Deputy"
    # hung on an "Administrator" tagged as the name's word: the words before it are read
    words = []
    for t in pre:
        words.extend(w for w in t.subtree if w.i < start)
    words = sorted({w.i: w for w in words}.values(), key=lambda w: w.i)
    for k in range(len(words) - 1, -1, -1):  # "President Ivo Brant and Ostrian counterpart": after the "and"
        if (words[k].pos_ == "CCONJ" and not office_and(doc, words[k].i) and not posts_and(doc, words[k].i, start)
                or words[k].text in "()" and not body_initials(doc, words[k].i)  # "(Wire)"
                or _quotation_close(doc, words[k].i)):  # "“…,” GlobalPost co-founder Ola Brask said"
            words = words[k + 1:]
            break
    while words and (words[0].pos_ in ("DET", "PUNCT", "ADP") or words[0].ent_type_ in ("DATE", "TIME")
                     and not _span_modifier(doc, words[0].i, words[-1].i)):
        words.pop(0)  # not "Friday Secretary of State"; "[First-year] nursing student" stays
    if len(words) > 1 and set_phrase_tail(words[0]):
        words = words[1:]  # "in [particular] Secretary of State": the sentence's phrase
    graded = next((k for k, w in enumerate(words[:-1]) if graded_adjective(w)), None)
    if graded is not None and all(w.pos_ == "ADV" for w in words[:graded]):
        words = words[graded + 1:]  # "a [more hopeful] Ostrian President": the writer's view of the person
    if words and hypothetical_title(doc, words[0].i, start):
        return None  # "A President Lusk could …": a post she might hold
    headline = bool(words) and on_headline(doc, words[0].i)  # "New Un Ambassador …": cleaned (``headline_title``)
    words = _title_words(_with_posts_before(doc, words, start))
    words = words[group_opening(words):]  # "Key Republican [lawmakers] Sen. Ada Crane and …": "Sen."
    if words and _parted_by_break(doc, words[-1].i, start):
        return None  # "the purges of Ostrian president Karel al-Vossan — Lind explained": the president is al-Vossan
    if words and words[0].i > 0 and capitalised_opening(doc[words[0].i - 1]) and doc[words[0].i - 1].head.i in (
            head.i, *(w.i for w in words)):
        words = [doc[words[0].i - 1], *words]  # "[Presumptive] Republican presidential nominee", parsed as a verb
    if words and not _possessive_before(doc, start) and (
            any(w.lemma_.lower() in ROLE_NOUNS or w.lower_ in TITLE_NOUNS for w in words)
            or named_relative(words[-1]) or title_occupation(words[-1])):  # "Ana Vell's brother Oskar"
        last = words[-1].i
        if start < head.i and post_head_after(words[-1], doc[start], person=True):
            last = start  # "Agency Deputy [Administrator] Pell Ostrander": the post's noun tagged as a name's word
        text = doc[_under_opening(doc, _rank_opening(doc, words), start):last + 1].text
        text = re.split(r"\s[-–—|]\s", text.rsplit("\n", 1)[-1])[-1]  # "CANADA - Fox News - Sen.": a dateline
        role = _fronted_body(doc, words[0].i, _clean(text))  # a line above the title is page furniture ("CLOSE")
        return headline_title(role) if headline and role else role
    return _employer(doc, start, head)


def _span_modifier(doc, k: int, last: int) -> bool:
    """Token ``k`` opens a hyphenated span of time that says which stage of the post ("[First-year] nursing
    student", "[two-term] mayor"): a number or ordinal, a hyphen inside the word and its unit noun, which the
    parser types a date; part of the title, not a date set before it ("Friday Secretary of State") nor an
    age ("a 17-year-old student": the unit runs on into "-old"). Source: strict reads of roles (a
    capitalised qualifier opening a sentence cut from the title: "nursing student")."""
    if k + 3 > last or doc[k + 1].text not in HYPHENS or doc[k].whitespace_ or doc[k + 1].whitespace_:
        return False
    unit = doc[k + 2]
    return doc[k].pos_ in ("NUM", "ADJ") and unit.pos_ == "NOUN" and bool(unit.whitespace_) and unit.head.i != k


def _possessive_before(doc, start: int) -> bool:
    """A possessive ends right before the name ("The Economist's Ana Roe"): the words before it name whose
    the person is (``_employer``), never a title of theirs, whatever noun they hold ("economist")."""
    return start > 0 and doc[start - 1].tag_ == "POS"


def _under_opening(doc, first: int, start: int) -> int:
    """Where a title opening at token ``first`` begins when a capitalised "Under" stands right before its post
    and belongs to it (``under_title``: "[Under] Secretary of State Ivo Brant said")."""
    return first - 1 if first > 0 and under_title(doc, first - 1, start) else first


def _quotation_close(doc, k: int) -> bool:
    """Token ``k`` closes a quotation after its own comma or stop ("…,” GlobalPost co-founder Ola Brask
    said"): what comes before it is the words quoted, never the title of the name after it, though the
    parser took the title's first word for a verb and hung the quotation on it. Source: strict reads of
    roles (roles21c: a post cut to its head noun, "founder", where the mention gave the body)."""
    return k > 0 and doc[k].text in CLOSE_TITLE and doc[k - 1].text in (",", ".", "?", "!")


RETIRED_WORDS = frozenset({"retired", "ret."})


def _rank_opening(doc, words: list) -> int:
    """Where a title of military ranks only ("Gen.", "Lt. Col.") begins when the words before it are more of
    the same rank, its service or "retired", which the parser cut off at a rank's full stop ("said Brig. |
    Gen. Ana Lind", "retired Air Force Maj. | Gen. …"): the first of those words; else the title's own first
    word. Source: strict reads of roles (roles19: "Gen." shown for "Brig. Gen." and "Maj. Gen.")."""
    first = words[0].i
    if not all(w.lower_.rstrip(".") in RANKS or w.text == "." for w in words):
        return first
    k = first
    while k > 0 and "\n" not in doc[k - 1].whitespace_ + doc[k - 1].text:
        low, prev = doc[k - 1].lower_.rstrip("."), doc[k - 1]
        if prev.text == "." and k > 1 and not doc[k - 2].whitespace_ and doc[k - 2].lower_.rstrip(".") in RANKS:
            k -= 1  # the split-off stop of "Brig" "."
        elif low in RANKS or low in RANK_OPENERS or low in SERVICES and prev.text[:1].isupper() or (
                prev.lower_ in RETIRED_WORDS and k < first):
            k -= 1
        else:
            break
    return k


# Marks that close an aside or a clause ("—", ";", ":"): a title read before one is not the title of a
# name after it (a hyphen inside a name, "al-Vossan", is no break: it has no space around it).
BREAK_MARKS = frozenset({"—", "–", "―", "--", ";", ":"})


def _parted_by_break(doc, last: int, start: int) -> bool:
    """A title ending at token ``last`` is parted from the name at ``start`` by a mark that closes an aside
    (``BREAK_MARKS``, or a spaced "-"): the parser ran another's name and the mark into the name's title
    ("the abuses of Ostrian president Karel al-Vossan — Lind explained" is no "Ostrian president Lind").
    Source: strict read of shown records (an anthropologist given the Syrian president's title)."""
    return any(t.text in BREAK_MARKS or t.text == "-" and t.whitespace_ and doc[t.i - 1].whitespace_
               for t in doc[last + 1:start])


def _with_posts_before(doc, words: list, start: int) -> list:
    """The title's tokens with the word its hyphen split off ("co-[founder]") and the post an "and" joins to
    it (``posts_and``: "Brightline CEO and co-founder Tam Oduya"), which the parser hangs elsewhere, with
    that post's own capitalised or compound words before it ("Brightline CEO")."""
    while words and words[0].i > 1 and words[-1].i == start - 1:
        k = words[0].i - 1
        if doc[k].text in HYPHENS and not doc[k].whitespace_ and not doc[k - 1].whitespace_ and doc[k - 1].is_alpha:
            words = [doc[k - 1], doc[k], *words]  # "co-founder": the word whole
        elif posts_and(doc, k, start) and doc[k - 1].head.i != doc[k - 1].i:
            post = doc[k - 1]
            first = post.left_edge.i if post.left_edge.i >= k - 1 - MAX_CAPITAL_TITLE else k - 1
            if any(t.pos_ not in ("PROPN", "NOUN", "ADJ") for t in doc[first:k - 1]):
                first = k - 1
            words = [*doc[first:k + 1], *words]
            break
        else:
            break
    return words


def _fronted_body(doc, first: int, role: str | None) -> str | None:
    """A bare role noun ``role`` (title words from token ``first``) gets the body its sentence opens on
    ("At the Harbor Authority, spokeswoman Edda Rask said" -> "Harbor Authority spokeswoman"): the post is
    the body's, named just before it (strict read 30: bare "spokeswoman" lost whose she is)."""
    if not role or " " in role or not role.islower() or first < 4 or doc[first - 1].text != ",":
        return role
    body = doc[first - 2]
    prep = body.head
    if not (body.dep_ == "pobj" and prep.lower_ == "at" and prep.is_sent_start and body.ent_type_ == "ORG"
            and body.right_edge.i == first - 2):
        return role
    words = [w for w in doc[prep.i + 1:first - 1] if w.pos_ != "DET"]
    return f"{' '.join(w.text for w in words)} {role}" if words and len(words) <= MAX_BODY_WORDS else role


# Words that end the name of a news outlet ("the Kessel Examiner", "the Marlow Observer"), with the institution
# words: an appositive or possessor ending in one is a body (general English, as data).
OUTLET_WORDS = NEWS_NAME_WORDS | frozenset("examiner observer monitor register review standard daily".split())
BODY_TYPES = frozenset({"ORG", "FAC"})
MAX_BODY_WORDS = 7  # words of a body's name set before or beside a name ("the Kessel Institute for Harbour Studies")


def _employer(doc, start: int, head) -> str | None:
    """The body a person is named as belonging to by a possessive right before the name ("NPR's Tim Lark",
    "The Kessel Post's Dana Ivers", "Marlow University's Eva Sand" -> "NPR", "Kessel Post", "Marlow
    University"): the possessor a body by name (``_body_name``), the name a person's. A person's possessive
    ("Brant's Ana Roe") or a place's ("Ostria's Ana Roe") gives no role. Source: strict reads of dev roles
    (AllSides 1041-1999), where reporters named with their outlet had none."""
    owner = next((c for c in head.lefts if c.dep_ == "poss" and c.right_edge.i == start - 1
                  and doc[start - 1].tag_ == "POS"), None)
    if owner is None or not _reads_as_person(doc[start:head.i + 1]):
        return None
    return _not_outlet(_body_name(doc, owner.left_edge.i, owner.i + 1), head, owner.left_edge.i)


# Words of a broadcaster's or agency's name ("Radio Nord", "Kessel TV", "Marlow Press Agency"), beside
# ``OUTLET_WORDS``; verbs of a reporter's work in a clause on the name ("…, reporting from Oslo,") (general
# English, as data).
BROADCAST_WORDS = frozenset("radio tv television broadcasting channel wire".split())
REPORTING_VERBS = frozenset("report write cover file".split())


def _not_outlet(body: str | None, head, first: int | None = None) -> str | None:
    """``body`` unless it is a news outlet: an outlet's or broadcaster's word in its name ("Kessel Post",
    "Radio Nord"), a publication's title (``publication_title``, the name's tokens from ``first``), or the
    person reporting for it ("Radio Nord's Anthony Kell, reporting from Oslo,"). An outlet's name alone is not
    a post (a correspondent, an editor?), and the strict reader marks it wrong ("New Yorker" reads as where
    one lives); a post the text gives ("Radio Nord correspondent") is read elsewhere. Source: strict reads of
    roles on unseen articles, which overrule the earlier reads of dev roles that took the outlet."""
    if not body:
        return body
    words = [w.lower() for w in body.split()]
    if words[-1] in OUTLET_WORDS or any(w in BROADCAST_WORDS for w in words):
        return None
    if first is not None and words[-1] not in INSTITUTION_WORDS and publication_title(head.doc, first):
        return None
    if any(c.dep_ in ("acl", "advcl", "relcl") and c.lemma_.lower() in REPORTING_VERBS for c in head.children):
        return None
    return body


# Marks a quotation or an aside opens with: a capitalised word after one may open a sentence.
OPENING_MARKS = frozenset("“‘([")
SENTENCE_ENDS = frozenset(".!?:;")


def publication_title(doc, first: int) -> bool:
    """The body's name at token ``first`` opens with a capitalised "The" inside a sentence ("said Ana Roe of
    The Kessel Ledger", "…,” The Marlow's Ana Roe wrote"): the "The" of a newspaper's or magazine's title,
    which writers keep capitalised, where a ministry or a party takes a lower-case "the". Not at a sentence's
    or a quotation's opening, nor on a headline line, where any word is capitalised. Source: strict reads of
    dev roles (AllSides 1041-1999: "Hill", "New Yorker" as roles)."""
    if first <= 0 or doc[first].text != "The" or on_headline(doc, first):
        return False
    before = doc[first - 1]
    opening = before.text in OPENING_MARKS or before.text in ('"', "'") and not before.whitespace_
    return not (opening or before.text in SENTENCE_ENDS or "\n" in before.text or "\n" in before.whitespace_)


# Magazines, sites and channels known by a bare name that says nothing of news ("Vox's Ana Roe"), beside the
# wires and networks (``relays.WIRE_NAMES``); general newsroom knowledge, as data.
OUTLET_NAMES = frozenset("vox reason slate salon itv mediaite breitbart buzzfeed huffpost".split())


def outlet_name(role: str | None) -> bool:
    """``role`` is a news outlet's name alone, no post: a known magazine or site ("Vox"), a web address
    ("Kessel.com"), or a wire's or network's name (dots aside: "A.P.") with at most a programme's name after
    it ("BBC Newsnight"), not a post ("CNN correspondent", "NPR Host"). The attribution rules read such a role
    as the person's outlet (a reporter relays), but shown as a role it is wrong. Source: strict reads of roles
    (roles20: "NPR", "Vox" as roles)."""
    words = (role or "").split()
    if len(words) == 1 and (words[0].lower() in OUTLET_NAMES or words[0].lower().endswith(".com")):
        return True
    if not words or len(words) > 2 or words[0].replace(".", "").lower() not in WIRE_NAMES:
        return False
    return all(w[:1].isupper() and w.lower() not in PERSON_NOUNS for w in words[1:]) and not JOURNALIST_POSTS.search(role)


def _body_name(doc, start: int, end: int) -> str | None:
    """The text of tokens [start, end), less an opening "the", when they name a body: capitalised words (a
    joining "of", "for", "and", "&" or "the" inside), typed an organisation or facility by the parser or ending
    in an institution's or outlet's word after another ("Kessel Examiner", whatever type the parser gave it);
    never a person's name (typed so here or elsewhere in the text, or reading as one: "Ivo Brant"), a place or
    a people."""
    while start < end and doc[start].lower_ == "the":
        start += 1
    words = doc[start:end]
    if not len(words) or len(words) > MAX_BODY_WORDS or "\n" in words.text:
        return None
    if not all(t.text[:1].isupper() or t.lower_ in NAME_JOINERS for t in words) or not words[-1].text[:1].isupper():
        return None
    last = words[-1]
    if last.lower_ in INSTITUTION_WORDS | OUTLET_WORDS and len(words) > 1:
        return None if _reads_as_person(words, typed=False) else _clean(words.text)  # "Kessel Examiner", a person's type or not
    if _reads_as_person(words) or last.ent_type_ not in BODY_TYPES or any(t.ent_type_ in ("PERSON", "GPE", "LOC", "NORP") for t in words) or any(
            t.text == last.text and t.ent_type_ == "PERSON" for t in doc):
        return None  # "Brant's", "Ostria's"; "Brant" typed a person at another mention
    return _clean(words.text)


def _reads_as_person(span, typed: bool = True) -> bool:
    """The tokens read as a person's name ("Ivo Brant"), or are typed one by the parser when ``typed``."""
    from .names import reads_as_person  # names imports nothing from here; kept local to spare the import
    return typed and span.root.ent_type_ == "PERSON" or reads_as_person(span.text)


def _title_words(words: list) -> list:
    """The tokens of a title before a name, less what the parser ran into it (issue 9, garbled roles):

    - none from a headline in capitals ("BORDER PATROL UNION CHIEF BLASTS Ivo Brant");
    - none before a lower-case common noun that runs into a capitalised title ("Media caption President",
      "The inconvenient truth President" -> "President"), unless a tier of government ("state Sen.");
    - none after the last title noun unless joined by a preposition ("Lib Dem leader Sir", "spokesman
      Gehad el" -> "Lib Dem leader", "spokesman"; "Secretary of State" stays)."""
    if _in_capitals([w.text for w in words]):
        return []
    words = words[run_in_opening(words):]  # "a [state] President Vell won", "Kessel's [navy] Ostrian leader"
    for k in range(len(words) - 2, -1, -1):
        w = words[k]
        if (w.pos_ == "NOUN" and w.text.islower() and w.lemma_.lower() not in ROLE_NOUNS and w.lower_ not in TITLE_NOUNS
                and w.lower_ not in TIER_WORDS and words[k + 1].text[:1].isupper() and words[k + 1].i == w.i + 1):
            words = words[k + 1:]
            break
    last = max((k for k, w in enumerate(words) if (w.lemma_.lower() in ROLE_NOUNS or w.lower_ in TITLE_NOUNS
                                                     or k and post_head_after(words[k - 1], w))
                and not _modifier(w, words[k + 1:])), default=None)
    if last is not None and not any(w.pos_ == "ADP" for w in words[last + 1:]):
        words = words[:last + 1]
    return words


def _modifier(tok, after: list) -> bool:
    """A role word used as an adjective on a noun after it in the title ("fellow Leave campaigner": "fellow"
    modifies "campaigner"), not the post's noun; a title is not cut after it."""
    return tok.pos_ == "ADJ" and tok.dep_ == "amod" and any(w.i == tok.head.i for w in after)



# Occupations written as a title before a name, capitalised too ("Evangelist Franklin Moss", "Actress Mia
# Lund", "talk-show host Piers Vell"): read from strict reads of dev roles (AllSides 1041-1999; general English,
# as data). A capitalised agent noun is not taken for one by its ending ("Victor" is a given name).
TITLE_OCCUPATIONS = frozenset("""host actress actor evangelist televangelist preacher comedian rapper pundit
broadcaster podcaster anchor contractor prosecutor journalist activist economist""".split())


def title_occupation(tok) -> bool:
    """A singular noun of an occupation written as a title right before a name ("prosecutor", "former talk-show
    host", "Actress"): in lower case, an occupation (``OCCUPATION_NOUNS``, ``TITLE_OCCUPATIONS``) or an agent
    noun ("contractor", "lobbyist") as ``_is_role_noun`` reads one; capitalised, only a listed occupation."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.tag_ in ("NNS", "NNPS"):
        return False
    low = tok.lower_
    if tok.is_lower:
        return low in OCCUPATION_NOUNS or low in TITLE_OCCUPATIONS or (low.endswith(AGENT_ENDINGS) and low not in RELATION_NOUNS)
    return tok.is_title and (low in TITLE_OCCUPATIONS or low in NAMED_OCCUPATIONS)
# Occupations an appositive may give as what someone is ("a postgraduate student", "the headmaster of …", "a
# football player for …"): roles beside a name, though not nouns a source is resolved by (general English, data).
OCCUPATION_NOUNS = NAMED_OCCUPATIONS | frozenset("""student player journalist headmaster headmistress nurse
doctor pilot engineer farmer activist volunteer priest pastor imam rabbi trader accountant host anchor blogger
organizer organiser researcher lecturer driver worker guard soldier miner fisherman shopkeeper vendor owner
mechanic chef technician labourer laborer clerk carpenter electrician firefighter paramedic medic resident""".split())
PARTY_HEADS = frozenset({"democrat", "republican"})  # "the top Democrat on the committee": a post by its prep
# Nouns that are a post only with the body they are "of" ("speaker of the lower house"; "a speaker at the
# rally" is none): strict reads of roles on unseen articles (a speaker of a parliament given no role).
PREP_POSTS = frozenset({"speaker"})
# Nouns of what someone is in a public event, given beside a name as a role ("Ana Lind, a 25-year-old
# protester,"), though no one is resolved by them (general English, as data).
EVENT_PERSON_NOUNS = frozenset("""protester protestor demonstrator refugee migrant immigrant survivor villager rebel
militant""".split())  # not "veteran": "a veteran of several campaigns" is experience, not a post
def named_relative(tok) -> bool:
    """A kinship noun whose relative is named: a proper-name possessor ("Vell's brother") or "of" and a
    proper name ("the father of Ana Lind"). Said beside another name it tells who that person is in the
    story (read 21: the brother of the accuser, the father of the victim); "her mother", "the victim's
    brother", "son of the mayor" say nothing without resolving another mention, and stay no role."""
    if tok.lemma_.lower() not in RELATION_NOUNS and tok.lower_ not in RELATION_NOUNS or tok.tag_ in ("NNS", "NNPS"):
        return False
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            c = next((o for o in c.children if o.dep_ == "pobj"), None)
        elif c.dep_ != "poss":
            continue
        if c is not None and c.pos_ == "PROPN" and c.ent_type_ not in NOT_RELATIVES:
            return True
    return False


def _is_role_noun(tok) -> bool:
    """A noun of a post or job ("minister", "negotiator", "lobbyist", "student"), not of kinship unless the
    relative is named (``named_relative``); a party member's noun with what it sits on ("the top Democrat on
    the House Harbor Committee"); what someone is in an event ("protester")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if lemma in PARTY_HEADS:
        return any(c.dep_ == "prep" and c.lower_ == "on" for c in tok.children)
    if lemma in PREP_POSTS:
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    if named_relative(tok):
        return True
    if tok.is_lower and tok.tag_ == "NN" and lemma in EVENT_PERSON_NOUNS:
        return True
    if tok.is_lower and lemma in SPELLED_TITLE_HEADS and any(c.dep_ in ("amod", "compound") for c in tok.children):
        return True  # "Rep. Ana Lind (Ves.), the Republican whip," (strict reads, round 16: the role was "Rep.")
    return lemma in ROLE_NOUNS or (tok.is_lower and tok.tag_ != "NNS" and (lemma in OCCUPATION_NOUNS or (
        lemma.endswith(AGENT_ENDINGS) and lemma not in RELATION_NOUNS)))  # "armed soldiers": no one's role


# Words that open a post and never stand alone ("Vice", "Deputy", "Acting"), which the parser may leave hanging
# as a root of their own before the post's noun when they open a sentence (fresh20: "Vice Chairman" -> "Chairman").
POST_PREFIXES = frozenset("vice deputy assistant acting interim associate executive under former".split())


def noun_phrase(doc, tok, limit: int | None = None, keep_article: bool = False) -> str | None:
    """The role noun with its modifiers and attachments, stopping at clauses and further appositives, and
    before token ``limit`` when given (the name a role is set before); its opening article kept when
    ``keep_article`` ("head of [an] independent research center")."""
    keep = [tok]
    stack = list(tok.children)
    while stack:
        t = stack.pop()
        if t.dep_ in APPOSITIVE_STOP_DEPS and not _body_name_beside(doc, t) or (limit is not None and t.i >= limit):
            continue
        keep.append(t)
        stack.extend(t.children)
    idx = sorted(t.i for t in keep)
    s, e = idx[0], idx[-1] + 1
    e = object_list_end(doc, tok, e, limit)  # "chairman of the House Fisheries[, Ports and Harbours Committee]"
    while s > 1 and doc[s - 1].text in HYPHENS and not doc[s - 1].whitespace_ and not doc[s - 2].whitespace_:
        s = _split_word_opening(doc, s - 2)  # "vice-chairman" parsed as "vice" and "chairman": the word whole
    while s > 0 and doc[s - 1].lower_ in POST_PREFIXES and doc[s - 1].head.i == doc[s - 1].i:
        s -= 1  # "Vice Chairman of …, Gen. X," opening a line: the parser makes "Vice" a root of its own
    while s < e and (doc[s].pos_ == "PUNCT" or doc[s].pos_ == "DET" and not (keep_article and doc[s].lower_ in ARTICLES)):
        s += 1
    if e < len(doc) and doc[e - 1].pos_ == "ADP" and doc[e].text in OPEN_TITLE:  # "author of “The Long Quay”"
        e = next((t.i + 1 for t in doc[e + 1:e + MAX_ROLE_WORDS] if t.text in CLOSE_TITLE), e)
    e = past_rank(doc, _whole_name_end(doc, e))  # "father of Army Sgt. Eli Dane": not cut at the rank's stop
    e = campus_end(doc, s, _with_state(doc, e))  # "University of Veska[, Marlow]"
    e = defining_clause_end(doc, e)  # "head of the committee [that oversees ferries]"
    if e - s > MAX_ROLE_WORDS or s >= e:
        return None
    work = creator_role(doc, s, e)
    if work is not None:
        return work
    return _clean(doc[s:e].text.split("\n", 1)[0])  # never into the next line


# Common nouns for a kind of body that a writer sets right before the body's own name ("the progressive
# magazine The Kessel Review", "the advocacy group Harbour Watch"): the institution words and news media's
# (general English, as data).
BODY_KIND_NOUNS = INSTITUTION_WORDS | frozenset("""magazine newspaper paper outlet website site publication weekly
daily tabloid broadsheet firm outfit organization organisation charity nonprofit non-profit campaign movement
channel network broadcaster station podcast blog newsletter tank""".split())
BODY_NAME_WORDS = frozenset({"the", "of", "for", "and", "&", "on"})  # words inside a body's name ("Council on …")


def _body_name_beside(doc, t) -> bool:
    """Token ``t`` heads the proper name the parser hangs as an appositive on a noun for a kind of body set
    right before it, with no comma ("writer at the progressive magazine [The Kessel Review]", "heads the
    group [Harbour Watch]"): the name says which body and stays in the role. Capitalised words (and a name's
    joiners) only, up to ``MAX_BODY_WORDS``. Source: strict reads of roles (a body's name after its noun lost:
    "writer at the progressive magazine")."""
    noun = t.head
    first, last = t.left_edge.i, t.right_edge.i
    if t.dep_ != "appos" or t.pos_ != "PROPN" or noun.pos_ != "NOUN" or not noun.text.islower():
        return False
    if noun.lemma_.lower() not in BODY_KIND_NOUNS or first != noun.i + 1 or last - first >= MAX_BODY_WORDS:
        return False
    words = doc[first:last + 1]
    return words[0].text[:1].isupper() and all(
        w.text[:1].isupper() or w.lower_ in BODY_NAME_WORDS for w in words) and all(
        w.ent_type_ not in ("DATE", "TIME", "CARDINAL") for w in words)


# What the parser hangs on the first half of a hyphenated post ("[Vestair's] vice-chairman") that belongs to
# the whole word: whose post it is, and the words naming it.
SPLIT_WORD_MODIFIERS = frozenset({"poss", "compound", "amod", "nmod"})


def _split_word_opening(doc, k: int) -> int:
    """Where a post opens whose hyphenated noun the parser split ("vice" "-" "chairman"), its first half at
    token ``k``: before what the parser hung on that half, not on the noun ("Vestair's vice-chairman, Ola
    Brask," -> "Vestair's vice-chairman", never the bare "vice-chairman"). Source: strict reads of roles
    (roles21c: a post cut to its head noun where the mention gave whose)."""
    owners = [c.left_edge.i for c in doc[k].lefts if c.dep_ in SPLIT_WORD_MODIFIERS]
    return min(owners, default=k)


PLACE_TYPES = frozenset({"GPE", "LOC"})
STATE_FORM = re.compile(r"(?:[A-Z][a-z]+\.?|(?:[A-Z]\.){2,3})")  # "Ohio", "Calif.", "N.Y.", "D.C."


def _state_after(doc, k: int) -> bool:
    """Token ``k`` is a state or country set after a town, closing the phrase: a place's name in one word
    ("Ohio", "Calif.", "N.Y.") typed a place, then a comma, a stop, a closing mark or the line's end."""
    if k >= len(doc) or doc[k].ent_type_ not in PLACE_TYPES or not STATE_FORM.fullmatch(doc[k].text):
        return False
    after = doc[k + 1] if k + 1 < len(doc) else None
    return after is None or after.is_space or after.text in (",", ".", ";", ")", "”", '"') or (
        doc[k].text.endswith(".") and after.is_sent_start)


def _with_state(doc, e: int) -> int:
    """The end of a role that ends on a town, taken past the state written after it ("retired sales manager
    from Pittsburg[, Calif.]", "mayor of Vantor[, Ohio]"): the state says which town; the parser hangs it
    on the town as an appositive, which a role's phrase leaves out. Source: strict reads of roles on unseen
    articles (a town cut from its state)."""
    if 0 < e < len(doc) - 1 and doc[e - 1].ent_type_ in PLACE_TYPES and doc[e].text == "," and _state_after(doc, e + 1):
        return e + 2
    return e


NAME_JOINERS = frozenset({"of", "the", "for", "and", "&"})
# Words that join a named body's parts inside a name the parser typed whole ("Committee to Protect Harbour
# Crews", "Campaign to End Harbour Pollution"): the infinitive's "to" too, which the parser reads as a clause
# that a role's phrase leaves out (strict reads of roles: a role cut inside a body's name).
ENTITY_JOINERS = NAME_JOINERS | {"to"}
NAME_RUN = 2  # capitalised words a name may run on past the parse's phrase ("Access Now", "Stand Together")


def _whole_name_end(doc, e: int) -> int:
    """The end of a role that ends in a name, taken to the name's end as the text writes it: the parser
    hangs a name's last word elsewhere when it is also an adverb or a common word ("senior counsel at Access
    [Now]"), so a named entity running on, or up to ``NAME_RUN`` capitalised words inside the sentence
    (not a verb: "… at Access Now Says"), stay with it."""
    if e >= len(doc) or doc[e - 1].pos_ != "PROPN":
        return e
    ent = next((x for x in doc.ents if x.start < e < x.end and x.label_ in ("ORG", "FAC", "WORK_OF_ART")), None)
    if ent is not None and (ent.end - e <= NAME_RUN or ent.end - e <= NAME_TAIL and all(
            t.text[:1].isupper() or t.lower_ in ENTITY_JOINERS for t in doc[e:ent.end])):
        return ent.end  # "… at the Marlow Fund [of the United States]", "… Campaign [to End Harbour Pollution]"
    end = e
    while (end < len(doc) and end - e < NAME_RUN and doc[end].is_alpha and doc[end].text[:1].isupper()
           and not doc[end].is_sent_start and doc[end].pos_ not in ("VERB", "AUX") and doc[end].head.i != doc[end].i
           and doc[end].ent_type_ not in ("PERSON", "DATE", "TIME", "GPE")):
        end += 1
    return end


def _clean(text: str) -> str | None:
    return " ".join(text.split()).strip(" ,;:") or None


def without_name(role: str | None, name: str) -> str | None:
    """The role without words of the name it was read beside ("NATO chief Anders" for "Anders Fogh
    Rasmussen" -> "NATO chief"); not the name of a relative the role is of ("father of Sara Novak" for
    "Daniel Novak"), nor a body's noun written in lower case, which a role and a name may share ("Veskar's
    official news agency" of "VNA news agency": the kind of body, not its name's own word)."""
    if not role:
        return role
    parts = re.split(r"\s(of|at|in|to|for)\s", role, maxsplit=1)
    head = parts[0].split()
    if head and head[-1].lower() in RELATION_NOUNS and _named_kin(head, parts[1:]):
        return role  # "father of Sara Novak" said of Daniel Novak: the relative's own name
    words = role.split()
    names = set(name.split())
    if name.split() and name.split()[-1].islower():  # "VNA news agency": a body's name ending on its kind
        names = {w for w in names if not w.islower()}
    while words and words[-1] in names:
        words.pop()
    return " ".join(words) or None


PAGE_LABELS = frozenset("caption photo image video watch file close".split())  # "Media caption President", "CLOSE President"
TRAILING_HONORIFICS = frozenset("sir dame lord lady dr. dr mr. mr mrs. mrs ms. ms rev. rev".split())
TIME_ADVERBS = frozenset("recently currently previously formerly now also then once later again still".split())
MAX_CAPITAL_TITLE = 3  # words of a title written in capitals before a name ("FRENCH PRESIDENT Ivo Brant")


def _in_capitals(words: list[str]) -> bool:
    """Two or more words of three letters or more written wholly in capitals: a headline's words, not a title,
    unless they are a short title ending on a role noun (``capital_title``). A post's initials ("CEO", "CFO")
    are how the post is written, not a headline's word ("KDU President and CEO"; roles19b)."""
    return sum(1 for w in words if w.isalpha() and w.isupper() and len(w) >= 3 and w.lower() not in ROLE_NOUNS
               ) >= 2 and not capital_title(words)


def capital_title(words: list[str]) -> bool:
    """A title set in capitals in a tag or a caption ("FRENCH PRESIDENT", "HARBOUR AUTHORITY CHIEF"): all its
    words in capitals, at most ``MAX_CAPITAL_TITLE`` of them, the last a role noun; a headline runs on into a
    verb ("… UNION CHIEF BLASTS") and is none."""
    return (0 < len(words) <= MAX_CAPITAL_TITLE and all(w.isupper() for w in words)
            and words[-1].lower().rstrip(".,") in ROLE_NOUNS | TITLE_NOUNS)


CUT_ENDS = frozenset("of at in to for from with by on as the a an and or".split()) | frozenset(
    "called titled entitled named dubbed".split())  # "author of", "author of a memoir called" (read 88): cut
QUOTE_PAIRS = (("“", "”"), ('"', '"'))


def _stacked_title(words: list[str]) -> bool:
    """A post ending on a bare title abbreviation after a post written in lower case ("party state
    chairman Rep."): two titles run together without "and" (the post may be another's, the abbreviation
    the person's own), so neither is sure; a title alone ("Texas Gov.", "Army Lt. Gen.", "fellow
    Republican Rep.") is whole."""
    last = words[-1].lower() if words else ""
    return (last.endswith(".") and last in TITLE_NOUNS
            and (any(w.islower() and w.strip(",") in ROLE_NOUNS for w in words[1:-1])
                 or any(w.lower() in CANDIDACY_WORDS for w in words[:-1])))  # "2024 hopeful Rep."


# Nouns of running for a post, stacked before a title ("2024 hopeful Rep."): the race, not the post the title
# names (strict reads of roles on unseen articles; general English, as data).
CANDIDACY_WORDS = frozenset({"hopeful", "hopefuls", "contender"})


# Military ranks written short after a post ("Pentagon spokesman Col.", "press secretary Rear Adm."), with or
# without the full stop, and the words that open a two-word rank ("Maj. Gen.", "Lt. Col.", "Rear Adm.").
SHORT_RANKS = frozenset(r for r in RANKS if len(r) <= 4)
RANK_OPENERS = frozenset("rear vice lt maj brig".split())


def _without_rank(words: list[str]) -> list[str]:
    """A post the person's military rank was run into, without the rank and its service ("Pentagon spokesman
    Col.", "Pentagon spokesman Navy Capt." -> "Pentagon spokesman", "press secretary Rear Adm."): the post is
    what they speak as, the rank goes with the name. Only after a post written in lower case
    (``_stacked_title``) or a post's noun in title case right before the rank ("Pentagon Press Secretary Rear
    Adm.": roles18b); a rank alone ("Army Lt. Gen.") is the title, and a civil title after a post ("state
    chairman Rep.") stays two titles run together. Source: strict reads of dev roles (AllSides 1041-1999)."""
    plain = [w.lower().rstrip(".") for w in words]  # "Lt Col" as British outlets write it, "Lt. Col."
    if not (words and plain[-1] in SHORT_RANKS):
        return words
    k = len(words) - 1
    while k > 0 and (plain[k - 1] in RANK_OPENERS or plain[k - 1] in SERVICES and words[k - 1][:1].isupper()):
        k -= 1  # "Navy Capt.", "Air Force Lt. Col.": the service goes with the rank
    titled = k > 1 and words[k - 1].istitle() and plain[k - 1] in ROLE_NOUNS  # "Pentagon Press Secretary Rear Adm."
    if not (titled or any(w.islower() and w.strip(",") in ROLE_NOUNS for w in words[1:-1])):
        return words
    return words[:k]


# Ranks written short that ``TITLE_ABBREVIATIONS`` does not spell out (general English, as data).
SHORT_RANK_WORDS = {**TITLE_ABBREVIATIONS, "maj.": "major", "cpl.": "corporal", "brig.": "brigadier"}


def written_rank(role: str) -> str:
    """``role`` written out where it is one military rank written short and nothing else ("Gen." ->
    "general", "Sgt" -> "sergeant"): a bare abbreviation reads as a fragment of a title cut off; the person's
    fuller post, where a mention gives one, has already replaced it (``speakers._fuller_role``). Any other
    role is returned as it is. Source: strict reads of roles (session 22: a bare "Gen." shown as the role)."""
    plain = role.lower().rstrip(".")
    return SHORT_RANK_WORDS.get(plain + ".", role) if " " not in role and plain in SHORT_RANKS else role


def _without_style_title(words: list[str]) -> list[str]:
    """A title written in title case and the style title written short that the text runs after it
    ("House Oversight Committee Chairman Rep.", "Senate Majority Leader Sen." -> "House Oversight Committee
    Chairman"): the style title goes with the name, the post before it, with its owner, is the role. A post
    written in lower case before the style title stays two titles run together (``_stacked_title``).
    Source: strict reads of roles on unseen articles."""
    if len(words) < 2 or words[-1].lower() not in SHORT_TITLES | {"amb."} or not words[-1].endswith("."):
        return words
    post = words[-2]
    if post.istitle() and post.lower() in ROLE_NOUNS | TITLE_HEADS:
        return words[:-1]
    return words[:-1] if _office_of_body(words[:-1]) else words


def _office_of_body(words: list[str]) -> bool:
    """The words are a post of a named body, its noun before "of" written in title case ("Chairman of the Joint
    Harbour Board", "Secretary of the Navy"): a whole office, so a title written short after it ("… Board Gen.")
    is the person's style, run in from before the name (strict reads of roles, readq18)."""
    if "of" not in words[1:-1]:
        return False
    head = words[words.index("of") - 1]
    return head.istitle() and head.lower() in ROLE_NOUNS and words[-1][:1].isupper()


def _ungarbled(role: str) -> str | None:
    """The role without words the text ran into it (issue 9, garbled roles): none from a headline in
    capitals ("BORDER PATROL UNION CHIEF BLASTS"), none of two titles run together ("state chairman
    Rep."), no page label before it ("Media caption President" ->
    "President"), no honorific after it ("Lib Dem leader Sir" -> "Lib Dem leader") and no adverb of time
    at its end ("head of the Kessel party recently" -> "head of the Kessel party"), unless written as a
    name's word ("counsel at Access Now")."""
    words = _without_style_title(_without_rank(role.split()))
    if _in_capitals(words) or _stacked_title(words):
        return None
    cut = max((k for k, w in enumerate(words[:-1]) if w.lower() in PAGE_LABELS and words[k + 1][:1].isupper()
               and not _body_word(words, k)),
              default=-1)  # a label runs into a title ("CLOSE President"), not into a phrase ("a close ally")
    words = words[cut + 1:]
    if words and words[0].lower() in SHARED_POST_WORDS and (len(words) == 1 or words[1].lower() not in CUT_ENDS):
        words = words[1:]  # "fellow Leave campaigner" -> "Leave campaigner"; "fellow" alone is no post
    while words and (words[-1].lower().strip(",") in TRAILING_HONORIFICS or words[-1].strip(",") in TIME_ADVERBS):
        words.pop()
    return " ".join(words) or None


# Words that open a title to say someone else holds the post too ("fellow Leave campaigner"): the post is
# what follows ("a fellow at the Kessel Institute" is the post itself); alone, the word is no post (strict reads of roles on unseen articles; general English, as data).
SHARED_POST_WORDS = frozenset({"fellow"})


def _body_word(words: list[str], k: int) -> bool:
    """``words[k]``, a page label's word, is written as a word of a body's name: capitalised (not in capitals)
    right after another capitalised word ("Harbour Watch President", "Kessel Photo Agency chief"), where a
    label run into a title is in capitals or lower case, or opens the line ("CLOSE President", "Media caption
    President"). Source: strict reads of roles on unseen articles (a watchdog's president cut to "President")."""
    w = words[k]
    return k > 0 and w[:1].isupper() and not w.isupper() and words[k - 1][:1].isupper()


OWNER_PRONOUNS = frozenset({"his", "her", "their", "its"})
PERSON_OWNERS = frozenset({"his", "her"})  # a relation to one person ("his lawyer"): no role without the person
# The writer's or reader's own ("my colleague", "our correspondent", "your senator"): a relation to someone the
# brief does not show, read from a first or second person, is no post (strict reads of roles on unseen articles).
SPEAKING_OWNERS = frozenset({"my", "our", "your"})
# Adverbs that open an appositive before the post ("also a member of …", "now a military analyst"): said of the
# sentence, not the post, which holds now; and those that put the post in the past ("once a negotiator", "then a
# senior aide"), a post no longer held (general English, as data).
PRESENT_ADVERBS = frozenset("also now still currently presently likewise too today".split())
PAST_ADVERBS = frozenset("once then formerly previously earlier".split())


def _unopened(role: str | None) -> str | None:
    """The role without an adverb opening it, nor the article after the adverb ("also a former Kessel negotiator"
    -> "former Kessel negotiator", "now the league's chairwoman" -> "league's chairwoman"); none when the adverb
    says the post was held before ("once a Kessel negotiator": the post is not theirs now, and the role
    is what they speak as). Source: strict reads of roles on unseen articles (a stray "also" opening a role)."""
    words = (role or "").split()
    if len(words) < 2 or words[0].lower() not in PRESENT_ADVERBS | PAST_ADVERBS:
        return role
    if words[0].lower() in PAST_ADVERBS:
        return None
    words = words[1:]
    while len(words) > 1 and words[0].lower() in ARTICLES:
        words = words[1:]
    return " ".join(words)


# Short words a title in capitals spells out in full: any other word of two or three letters in it is an
# acronym ("UN", "GOP") and stays in capitals. "NEW" opening it is a headline's, not the post's.
SHORT_TITLE_WORDS = frozenset("of to in at on for and the top new old ex key".split())


def _capital_title_case(role: str) -> str | None:
    """A title set in capitals, in title case ("NEW UN AMBASSADOR" -> "UN Ambassador"; strict read 29 had
    "New Un Ambassador": a headline's "New" and a mangled "U.N.")."""
    words = role.split()
    if len(words) > 1 and words[0].lower() == "new":
        words = words[1:]
    return " ".join(w if 2 <= len(w) <= 3 and w.isalpha() and w.lower() not in SHORT_TITLE_WORDS else w.title()
                    for w in words) or None


COMPARED = re.compile(r"^(?:more|less)\s+[a-z][\w-]*\s+(?=\S)", re.I)  # "more senior", "less known" opening a role
# The writer's praise or blame opening a role ("a well-regarded economist", "prominent lawyer", "the
# controversial preacher"): a judgement, not part of the post (strict read 33; general English, as data).
# Words that can name the post itself ("top aide", "leading scorer", "veteran reporter") are left.
# A verb of speech opening a role: the cue set before its source ("Added Veska Gov. Tilda Marsh: …"), which the
# title's words ran into (strict read 33; the forms news writes inverted, as data).
INVERTED_CUE = re.compile(r"^(?:Added|Adds|Said|Says|Wrote|Writes|Noted|Notes|Explained|Continued|Asked|Told|Argued|"
                          r"Insisted|Warned|Declared|Replied|Recalled|Quipped|Observed|Remarked|Countered)\s+(?=\S)")
# A verb whose object is the source, run into the title set before the name ("the agency quoted [government
# spokesman Ivo Brant] as saying", "citing [police chief …]"): the writer's cue, not the post (session 22; the
# verbs news reports a source with as its object, as data).
OBJECT_CUE = re.compile(r"^(?:quoted|quoting|quotes|cited|citing|cites|told|asked|interviewed)\s+(?=\S)")


# Words the text ran into a role's opening from the phrase around the person: a conjunction joining them to
# someone named before ("Congress and Attorney General Ivo Brant" -> "and Attorney General"), and the
# determiner that counts them among others ("one former port official", "another student leader", "One
# outspoken lawmaker"): not part of the post (strict reads of roles, readq18: stray words at a role's edge;
# general English, as data). "one of …" is no role at all and is left to the checks after; "One Nation
# leader" (a capital after it) is a name and stays.
STRAY_OPENING = re.compile(r"^(?:(?:[Aa]nd|[Oo]r|&)\s+|(?:[Oo]ne|[Aa]nother)\s+(?=[a-z])(?!of\b))")
# Words of the sentence around a title that the title before a name ran into ("Democrats, especially Speaker
# Ana Lind" -> "especially Speaker"; "the firing of Harbour Secretary Ivo Brant" -> "of Harbour Secretary"; "In a
# tweet President Ivo Brant said" -> "tweet President"): a focusing adverb, a preposition whose object the named
# person is, or a noun of someone's words or a document, each set before a capitalised title. None is a word of
# the post (strict reads of roles: stray words of the sentence at a role's opening; general English, as data).
# "Under Secretary" is a title, so "under" is no preposition here.
FOCUSING_ADVERBS = frozenset("especially particularly notably including even chiefly mainly mostly namely "
                             "specifically principally".split())
OPENING_PREPOSITIONS = frozenset("of for to by from with about against between among like".split())
SPOKEN_NOUNS = frozenset("interview speech remarks video".split())  # with ``documents.DOCUMENT_LEMMAS``
# Labels of a news page's furniture that a lead line runs into a title ("Story Highlights President …",
# "Breaking News Senator …"): two capitalised words, so the one-word page labels' check (``_ungarbled``) reads
# them as a body's name (the analyst read of 2026-12-06; page furniture, as data).
PAGE_PHRASE = re.compile(r"^(?:story highlights|breaking news|editor['’]s note|live updates|top stories)\s+(?=\S)", re.I)
# A photo's credit line run into the title after it ("Getty Images President …", "AFP via Getty Images Senator
# …", "Shutterstock Harbour chief …"): the agency that took the picture is never the post's body (strict reads
# of roles: "Getty Images President"; picture agencies, as data). Cut only before a capitalised word: "Getty
# Images photographer" is a post.
PHOTO_AGENCY = r"(?:getty(?:\s+images)?|shutterstock|ap\s+photo|afp|epa|reuters|ap)"
PHOTO_CREDIT = re.compile(rf"^(?:(?:photo|image|credit|photograph)\s*:\s*)?(?:{PHOTO_AGENCY}(?:\s*/\s*|\s+via\s+))*"
                          r"(?:getty(?:\s+images)?|shutterstock|ap\s+photo)\s+"
                          r"(?!images\b)(?=[A-Z][^\s/]*(?:\s|$))", re.I)
# A link's or a widget's prompt to the reader, capitalised before the words it points at ("Read Attorney General
# Vell's letter", "Add Ivo Brant as an interest", "Watch Senator Lind's speech"): never a word of a post or a name
# (read 64 and analyst22: a role "Read Attorney General", a name "Add Donald Trump").
LINK_PROMPTS = frozenset("Read Watch Listen See View Add Follow Click Download Subscribe".split())
LINK_PROMPT = re.compile(rf"^(?:{'|'.join(sorted(LINK_PROMPTS))})(?:\s+to)?\s+(?=[A-Z])")


def _without_credit(role: str) -> str:
    """``role`` less a photo credit run into its opening (``PHOTO_CREDIT``), when a capitalised word follows it
    (the title itself: "Getty Images President" -> "President")."""
    found = PHOTO_CREDIT.match(role)
    return role[found.end():] if found and re.match(r"[A-Z]", role[found.end():]) else role


def _state_only(role: str) -> bool:
    """``role`` is nothing but a state's name ("Cameroon", "South Korea"): where the person is from or whom they
    speak for, which the text gives as no post. Source: a strict read of roles on unseen articles (read 70)."""
    return states_index().state_named(role) is not None


def _without_sentence_word(role: str) -> str | None:
    """``role`` less a word of the sentence around it that opens it before a capitalised title (``FOCUSING_ADVERBS``,
    ``OPENING_PREPOSITIONS``, a noun of a document or of someone's words): "especially Speaker" -> "Speaker",
    "of Harbour Secretary" -> "Harbour Secretary", "tweet President" -> "President". A preposition before
    lower-case words ("for the union") opens no post at all: no role. "both" joins two people: the words
    after its "and" are the one named next ("both Mayor Ivo Brant and Ostria's harbour master" -> "Ostria's
    harbour master"), else "both" alone is cut. Source: strict reads of roles (stray words at a role's start)."""
    words = role.split()
    if len(words) < 2 or not words[0].islower():
        return role
    first = words[0]
    if first == "both":
        rest = " ".join(words[1:])
        return rest.rsplit(" and ", 1)[1] if " and " in rest else rest
    capital_next = words[1][:1].isupper()
    if first in OPENING_PREPOSITIONS:
        return " ".join(words[1:]) if capital_next else None
    if capital_next and (first in FOCUSING_ADVERBS or first in SPOKEN_NOUNS or first in _document_lemmas()):
        return " ".join(words[1:])
    return role


def _document_lemmas() -> frozenset[str]:
    from .documents import DOCUMENT_LEMMAS  # (documents reads this module's nouns)

    return DOCUMENT_LEMMAS


def _document_nouns() -> frozenset[str]:
    from .documents import DOCUMENT_NOUNS  # (documents reads this module's nouns)

    return DOCUMENT_NOUNS


def _not_current(role: str) -> str:
    """The role without a "current" opening it before a post's noun ("current speaker of the House" ->
    "speaker of the House"): said of the time of writing, not part of the post, as "now" is (``_unopened``);
    "current account analyst" keeps it (a compound, no post's noun after it)."""
    words = role.split()
    if len(words) > 1 and words[0].lower() == "current" and words[1].lower().strip(",") in ROLE_NOUNS | TITLE_NOUNS | PREP_POSTS:
        return " ".join(words[1:])
    return role


# What someone wears or looks like, in a phrase on a role ("a lawyer in a gas mask", "a medic wearing a red
# helmet", "a trader with a grey beard"): the writer's picture of the scene, not the post (strict reads of
# roles on unseen articles; general English, as data). Lower-case words only: "with the Kessel Hat Company" stays.
APPEARANCE_NOUNS = ("masks?|helmets?|hats?|caps?|scarf|scarves|vests?|jackets?|coats?|uniforms?|suits?|robes?|hijab|"
                    "headscarf|turban|beret|glasses|sunglasses|t-shirts?|shirts?|dress|boots|goggles|beard|hoodie|"
                    "jeans|apron|gown|overalls|fatigues|keffiyeh|balaclava|sneakers")
APPEARANCE = re.compile(rf"\s+(?:in|wearing|with)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[a-z][\w-]*\s+){{0,2}}"
                        rf"(?:{APPEARANCE_NOUNS})\b(?:\s+and\s+(?:(?:a|an)\s+)?(?:[a-z][\w-]*\s+){{0,2}}(?:{APPEARANCE_NOUNS})\b)?")


# The occasion of the words, which the parser hung on the role's noun ("spokeswoman for the port on a call with
# reporters on Friday", "analyst at Kessel Bank in an interview", "mayor on Tuesday"): when and where someone
# spoke, not the post (strict reads of roles on unseen articles; general English, as data). Lower-case occasion
# nouns only: "director of the Harbour Conference" stays; a day alone closes the role.
WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
OCCASION_NOUNS = ("call|calls|conference call|interview|interviews|briefing|teleconference|podcast|broadcast|"
                  "livestream|news conference|press conference|press briefing|statement|tweet|speech")
OCCASION = re.compile(rf"(?:\s+(?:on|in|during|at|after)\s+(?:(?:a|an|the|his|her|their|its|this|that)\s+)?"
                      rf"(?:[\w'’-]+\s+){{0,2}}(?:{OCCASION_NOUNS})(?:\s+(?:with|to)\s+(?:(?:the\s+)?(?:[a-z][\w-]*\s+){{0,2}}"
                      rf"(?:reporters|journalists|press|media|investors|analysts|supporters)|(?:[A-Z][\w.'’-]*\s*){{1,3}}))?)?"
                      rf"(?:\s+(?:on|last|this)\s+(?:{WEEKDAYS})|\s+(?:on\s+)?(?:today|yesterday))?$")


# A clause of time on a role ("a provincial lawmaker in Ostria when Lind got ousted", "an aide while Brant was
# mayor"): the post held then, not the speaker's now, and the parse cuts it at the clause's name (strict read 87).
HELD_WHEN = re.compile(r"\s(?:when|while|until|whilst)\s+\S")


JUDGEMENT_WORDS = (r"(?:(?:highly|widely|well|much|greatly|deeply|internationally|nationally)[\s-])?"
                   r"(?:regarded|respected|known|prominent|renowned|acclaimed|celebrated|famed|famous|noted|"
                   r"distinguished|esteemed|influential|controversial|outspoken|popular|beloved|legendary|"
                   r"storied|admired|embattled|beleaguered|disgraced|notorious)\s+(?=\S)")
JUDGEMENT = re.compile(rf"^{JUDGEMENT_WORDS}", re.I)
# The same judgement after the owner a title keeps ("Labour’s embattled leader" -> "Labour’s leader").
OWNED_JUDGEMENT = re.compile(rf"(?<=['’]s |s['’] ){JUDGEMENT_WORDS}")


def as_role(role: str | None) -> str | None:
    """``role`` unless its head noun (the last word before "of", "at", "in" or "to") is a kinship noun
    ("her mother", "son of the mayor", "the victim's brother"): a relation is no role unless the relative is
    named ("Mira Vell's brother", "father of Ana Lind": ``_named_kin``); nor is a role cut
    short ("author of", "head of the"; "ambassador to Ostria and deputy secretary for" keeps "ambassador to
    Ostria"). An age opening it is dropped ("25-year-old protester" -> "protester": the age is not the post,
    and it goes stale). A title whose closing mark was left behind gets it back
    ("author of “The Long Quay" -> "author of “The Long Quay”")."""
    if not role:
        return role
    role = STRAY_OPENING.sub("", role.strip(" ,;:"), count=1)  # "and Attorney General", "one former aide"
    role = _without_sentence_word(role)  # "especially Speaker", "of Harbour Secretary", "tweet President"
    if not role:
        return None
    role = AGE.sub("", role, count=1)  # "25-year-old protester" -> "protester": an age is no role
    role = AGE_PHRASE.sub("", role).strip(" ,")  # "teacher, 41", "manager in her mid-30s": an age inside it either
    if not role:
        return None
    role = COMPARED.sub("", role, count=1)  # "more senior Vestland lawmaker" -> "Vestland lawmaker": a comparison
    # with someone else is no part of the post (strict read 29)
    role = JUDGEMENT.sub("", role, count=1)  # "well-regarded economist" -> "economist": the writer's judgement
    role = OWNED_JUDGEMENT.sub("", role, count=1)  # "Labour’s embattled leader" -> "Labour’s leader"
    role = INVERTED_CUE.sub("", role, count=1)  # "Added Veska Gov." -> "Veska Gov.": the cue set before its source
    role = OBJECT_CUE.sub("", role, count=1)  # "quoted government spokesman" -> "government spokesman"
    role = PAGE_PHRASE.sub("", role, count=1)  # "Story Highlights President" -> "President": a page's label
    role = _without_credit(role)  # "Getty Images President" -> "President": a photo's credit
    role = LINK_PROMPT.sub("", role, count=1)  # "Read Attorney General" -> "Attorney General": a link's prompt
    role = APPEARANCE.sub("", role)  # "lawyer in a gas mask" -> "lawyer": what someone wears is no post
    role = OCCASION.sub("", role, count=1) or role  # "spokeswoman on a call with reporters on Friday" -> "spokeswoman"
    role = _not_current(role)  # "current speaker of the House" -> "speaker of the House"
    if HELD_WHEN.search(role):
        return None  # "councillor in Kessel when Lind was ousted": the post of that time, cut off by a name
    if role.lower() in _document_nouns():
        return None  # "letter", "statement": the document a person wrote, not a post
    if _state_only(role):
        return None  # "Cameroon" read off "Mbi of Cameroon": where one is from, not a post (read 70)
    role = _unopened(_ungarbled(role))
    if role and role.split()[0].lower() in PERSON_OWNERS | SPEAKING_OWNERS:
        return None  # "his personal lawyer": whose, the resolver did not find (``speakers._owned_role``); a
        # relation to a person without that person is no role; "my colleague": the writer's
    if role and role.split()[0].lower() in OWNER_PRONOUNS and len(role.split()) > 1:
        role = role.split(None, 1)[1]  # "its president": a body's post, read whole without the body
    if not role:
        return None
    role = written_rank(role)  # "Gen." -> "general"
    if capital_title(role.split()):
        role = _capital_title_case(role)  # "FRENCH PRESIDENT" -> "French President"
    words = role.split()
    if words and words[-1].endswith(("'s", "’s")) and len(words) > 1:
        words[-1] = "of"  # "player on Ostria's": cut inside a possessive, as if at "of"
    if words and words[-1].lower() in CUT_ENDS:  # cut: the whole conjuncts before the cut one, or a long role less its end
        if " and " in " ".join(words[:-1]) and _post_after_and(words[:-1]):
            return as_role(" ".join(words[:-1]).rsplit(" and ", 1)[0])
        while words and words[-1].lower() in CUT_ENDS:
            words.pop()
        return as_role(" ".join(words)) if len(words) >= MIN_CUT_ROLE else None
    for opening, closing in QUOTE_PAIRS:
        count = role.count(opening) if opening == closing else role.count(opening) - role.count(closing)
        if (count % 2 if opening == closing else count > 0):
            role = role.rstrip(",") + closing
    parts = re.split(r"\s(of|at|in|to|for)\s", role, maxsplit=1)
    head = parts[0].split()
    if _occasion_head(head):
        return None  # "the 2019 summit", "19th century": a time or an event, no person's post
    kin = head and head[-1].lower().strip(",.").rsplit("-", 1)[-1] in RELATION_NOUNS  # "ex-wife" too
    return None if kin and not _named_kin(head, parts[1:]) else role


# A post "of" a body the role names only by its kind after "the" ("spokesman for the union", "deputy leader of
# the party", "chairman of the committee"; also a list cut inside: "CEO of the regional[, low-cost carrier]").
BODY_BY_KIND = re.compile(r"^(?P<post>(?:(?!\s(?:of|for|at|in|to|with|on|from)\s).)+?\s(?:of|for|at|with))\s+the\s+"
                          r"(?P<kind>[a-z][a-z-]*)$")
# Bodies a state has one of, which "the" and the kind name whole ("secretary of the treasury", "minister of the
# interior", "secretary of the navy"; general English, as data): no other name to look for. Source: strict reads
# of roles (roles21b: "secretary of the treasury" dropped, a bare "Secretary" shown).
STATE_BODY_KINDS = frozenset("treasury interior navy army exchequer senate cabinet judiciary".split())
# Capitalised words that open a sentence or a phrase before a name, not part of it ("The Labour Party", "On Monday
# Labour Party …"): cut from a body's name read before its kind (general English, as data).
NAME_OPENERS = frozenset("the a an in on at for of and but as after before when while last this that its his her their".split())


def body_by_name(text: str, role: str | None, mention: tuple[int, int] | None = None) -> str | None:
    """``role`` with a body it names only by its kind ("spokesman for the union") named as the article ``text``
    names it, capitalised words right before the kind's word ("the Ferry Workers Union", "the Congress party"):
    "spokesman for the Ferry Workers Union"; None when the article names no such body or more than one (which
    party "the party" is, only the sentence beside it says). "The union" says whose spokesman only beside the
    sentence that named it, so the role shown alone says less than the article (or, cut inside a list, "CEO of
    the regional", nothing): the name, or no role. Read after the confidence gate, which weighs the role as
    the article gives it (as ``extract.role_not_outlet``). Source: strict reads of roles on unseen articles
    (roles21: "spokesman for the organization", "head of the … group" with the body named before). Where the
    article names no body of that kind at all, the role is kept as it words it ("coordinator with the group"):
    the article says no more, and a sentence that gives the speaker's post is read as giving it (strict reads
    of roles: no role though the sentence of the quote gave one), when the kind is a body's noun
    (``BODY_KIND_NOUNS``; not "the regional" of a list cut short, nor "the shelters"). A post owned by a body
    named by its kind ("the union's president") is named from the sentences up to the speaker's ``mention``
    (characters; ``_owned_by_kind``)."""
    owned = _owned_by_kind(text, role, mention)
    if owned:
        return owned  # "the group's spokesman" -> "Greenfold Group spokesman"
    found = BODY_BY_KIND.match(role or "")
    if not found or found["kind"] in STATE_BODY_KINDS:
        return role  # "secretary of the treasury": the state's own, named whole by its kind
    names = _bodies_of_kind(text, found["kind"])
    if not names and found["kind"] in BODY_KIND_NOUNS:
        return role  # "coordinator with the group", the group named nowhere: the article's own words
    name = _one_body(names)
    return f"{found['post']} the {name}" if name else None


# A post owned by a body named only by its kind ("the group's spokesman", "company’s chief executive").
BODY_OWNED_BY_KIND = re.compile(r"^(?:the\s+)?(?P<kind>[a-z][a-z-]*)['’]s\s+(?P<post>\S.*)$")


def _owned_by_kind(text: str, role: str | None, mention: tuple[int, int] | None = None) -> str | None:
    """``role`` as a post of a body it names by its kind's noun in the possessive (``BODY_OWNED_BY_KIND``; a
    body's noun: ``INSTITUTION_WORDS``, ``BODY_KIND_NOUNS``) with the body named as the article ``text`` names
    it ("the group's spokesman", the article naming one "Greenfold Group": "Greenfold Group spokesman"), as
    ``body_by_name`` names "spokesman for the group"; only a body named by its name or its initials in the
    sentences up to the speaker's ``mention`` (``sentences_up_to``, read only for such a role), for "the union" is the one just
    spoken of, not another union the article names further off. None when no such body is named near or more
    than one is, and the role is then left as it is worded (the article's own words, not wrong). Source:
    strict reads of roles (a role whose owner is only "the group" says less than the article)."""
    found = BODY_OWNED_BY_KIND.match(role or "")
    if mention is None or not found or found["kind"] not in INSTITUTION_WORDS | BODY_KIND_NOUNS \
            or found["kind"] in STATE_BODY_KINDS:
        return None
    near = sentences_up_to(text, *mention)
    names = {key: name for key, name in _bodies_of_kind(text, found["kind"]).items() if _named_in(name, near)}
    name = _one_body(names)
    return f"{name} {found['post']}" if name else None


def _named_in(name: str, near: str) -> bool:
    """``near`` names the body ``name`` whole or by its initials ("International Atomic Energy Agency": "IAEA")."""
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    return name in near or len(initials) > 1 and re.search(rf"(?<![\w.]){initials}(?![\w.])", near) is not None


SENTENCES_BEFORE = 2  # sentences before the mention's own that may name the body "the group" is
SENTENCE_END = re.compile(r"[.!?][”\"’)]*\s+(?=[“\"‘(]?[A-Z])")


def sentences_up_to(text: str, start: int, end: int, before: int = SENTENCES_BEFORE) -> str:
    """The text of the sentence of the mention at characters [start, end) up to the mention's end, with the
    ``before`` sentences before it in its paragraph (its line: ``ingest.patterns.line_at``)."""
    paragraph = line_at(text, start)[0]
    ends = [m.end() for m in SENTENCE_END.finditer(text, paragraph, start)]
    return text[ends[-before - 1] if len(ends) > before else paragraph:end]


# A capitalised word of a body's name, its hyphened parts capitalised too ("Anti-Coup", not "Brotherhood-led"),
# not begun inside another word.
NAME_WORD = r"(?<![\w'’.&-])[A-Z][\w'’.&]*(?:-[A-Z0-9][\w'’.&]*)*"


# A body's name going on past its kind's word with "of" and one place's word ("Energy Organization of Ostria",
# "Communist Party of Vestland"), on the same line: one capitalised word, no possessive ("of Ostria's …" is
# another phrase), no name going on after it ("the Party of Ivo Brant" is whose party, not its name).
OF_TAIL = rf"(?:[ \t]+of[ \t]+({NAME_WORD})(?![\w'’.&-])(?<!['’]s)(?![ \t]+[A-Z]))?"


def _bodies_of_kind(text: str, kind: str) -> dict[str, str]:
    """The names ``text`` gives bodies of ``kind`` ("union": "Ferry Workers Union", "Congress party"), keyed in
    lower case without the kind; the form with the kind's word capitalised wins ("Labour Party" over "Labour
    party"). A name is read on one line (a heading above "The Energy Organization" is no word of it), with
    its "of" tail ("Energy Organization of Ostria") when the article gives it one tail only (``_with_tail``).
    Source: strict reads of roles on unseen articles (a body's "of Iran" cut; a heading run into the name)."""
    stem = kind[:-1] if kind.endswith("s") else kind
    names: dict[str, str] = {}
    tails: dict[str, set[str]] = {}
    pattern = rf"((?:{NAME_WORD}[ \t]+)+)([{stem[0].upper()}{stem[0]}]{re.escape(stem[1:])}s?)\b{OF_TAIL}"
    for run in re.finditer(pattern, text):
        words = run[1].split()
        while words and words[0].lower() in NAME_OPENERS:
            words.pop(0)
        key = " ".join(words).lower()
        if words and (key not in names or run[2][0].isupper()):
            names[key] = f"{' '.join(words)} {run[2]}"
        if words and run[3]:
            tails.setdefault(key, set()).add(without_full_stop(run[3]))
    return {key: _with_tail(name, tails.get(key, set())) for key, name in names.items()}


def _with_tail(name: str, tails: set[str]) -> str:
    """``name`` with the "of" tail the article gives it ("Energy Organization" + "Ostria"), when it gives one;
    two tails ("Communist Party of Ostria", "… of Vestland") are two bodies, and the name is left short."""
    return f"{name} of {next(iter(tails))}" if len(tails) == 1 else name


def _one_body(names: dict[str, str]) -> str | None:
    """The one body ``names`` (``_bodies_of_kind``) name, its shortest name, when each longer name only adds
    words before a shorter one ("British Labour Party", "Labour Party"); else None ("Senate Armed Services
    Committee", "House Armed Services Committee": two bodies)."""
    keys = sorted(names, key=len)
    if not keys or any(not (longer + " ").endswith(" " + shorter + " ") and longer != shorter
                       for shorter, longer in zip(keys, keys[1:])):
        return None
    return names[keys[0]]


# A market's quote after a listed company's name ("Kessel Foods KFD, +0.06%", "… KFD, -1.2%"): a page's ticker
# widget, never a word of the post. ``TICKER_QUOTE`` is the ticker's symbol with its change, as the text shows it.
TICKER_QUOTE = r",\s*[+\-−]?\d+(?:\.\d+)?%"
TICKER_END = re.compile(rf"\s+([A-Z]{{1,5}}(?:\.[A-Z]{{1,2}})?)(?:{TICKER_QUOTE}.*)?$")


def without_ticker(text: str, role: str | None) -> str | None:
    """``role`` without a stock ticker at its end ("chief executive of Kessel Foods KFD[, +0.06%]" -> "chief
    executive of Kessel Foods"): a word in capitals that ``text`` shows with a price change after it. Source:
    strict reads of roles on unseen articles (roles21: "WMT, +0.06%" in a role)."""
    found = TICKER_END.search(role or "")
    if not found or not re.search(rf"(?<![\w.]){re.escape(found[1])}{TICKER_QUOTE}", text):
        return role
    return as_role(_clean(role[:found.start()]) or "")  # "chief of [KFD]": nothing left but a cut role


def held_then(role: str | None) -> bool:
    """``role`` is a post its holder held at the time told of, not now ("then-Sen.", "then Secretary of State"):
    the role of the words said at that mention, whatever post the person holds later in the article. Source:
    strict reads of roles on unseen articles (roles21: "President" for words "then-Sen. X" said in 2005)."""
    return bool(role) and role.lower().startswith(("then-", "then "))


def _post_after_and(words: list[str]) -> bool:
    """The words after the last "and" of a cut role name a post of their own ("ambassador to Ostria and deputy
    secretary for": "secretary"; "… and a close ally of": a new noun phrase), so the role is a list of posts and the whole ones before are kept; else the
    "and" joins words inside one post's phrase ("head of the airport oversight and operations department
    for": not "head of the airport oversight"). Source: strict reads of roles on unseen articles."""
    tail = " ".join(words).rsplit(" and ", 1)[1].split()
    return tail[0].lower() in ARTICLES or any(w.lower().strip(",.") in ROLE_NOUNS for w in tail)  # "and a close ally of"


AGE = re.compile(r"^(?:an? )?\d+[- ]year[- ]old\s+(?=\S)")
# An age set inside or after the post, not part of it: "teacher, 41", "nurse aged 52", "store manager in her
# mid-30s" (general English, as data). A number ends a role only after its comma: "District 9" keeps its own.
DECADE_WORDS = r"(?:\d0s|\d0['’]s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)"
AGE_PHRASE = re.compile(rf"(?:,\s*|\s+)(?:aged\s+\d{{1,3}}|in\s+(?:his|her|their)\s+(?:(?:early|mid|late)[- ]?)?"
                        rf"{DECADE_WORDS})(?=[\s,;]|$)|,\s*\d{{1,3}}$", re.I)
# Head nouns of a time or an occasion, never of a person ("19th century", "the 2019 summit", "King Olaf's
# funeral"): a role they head is words of a caption or of an event read beside the name, no post. Source:
# strict reads of roles (a role must be headed by a noun that denotes a person).
OCCASION_HEADS = frozenset("""century centuries decade era year years funeral burial memorial ceremony wedding
summit anniversary festival parade inauguration coronation jubilee""".split())
NAME_WORDS = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*")


def _occasion_head(head: list[str]) -> bool:
    """The role's head words ``head`` (before its first "of", "at", "in", "to", "for") end on a time's or an
    occasion's noun (``OCCASION_HEADS``) or on a year or a number: no noun of a person heads it."""
    last = head[-1].lower().strip(",.") if head else ""
    return last in OCCASION_HEADS or last.isdigit()


def _named_kin(head: list[str], rest: list[str]) -> bool:
    """The words of a kinship role name the relative: a capitalised possessor before the noun ("Mira Vell's
    brother") or a name alone after its "of" ("father of Ana Lind"), as ``named_relative`` reads them;
    ``rest`` is the preposition after the noun and what follows it."""
    if len(head) >= 2 and any(w.endswith(("'s", "’s")) and w[:1].isupper() for w in head[-3:-1]):
        return True  # "Mira Vell's brother", "Mira Vell's younger brother"
    return len(rest) == 2 and rest[0] == "of" and bool(NAME_WORDS.fullmatch(rest[1]))
