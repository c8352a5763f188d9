"""People within one article: full names grouped by their name words (``aliases``), bare surnames
and titled names ("Mr. Kim") joined to the full name they fit, spans spaCy tagged otherwise
("said Lind" as ORG) taken back, and untagged surnames found again."""
from __future__ import annotations

from ..doctext import lower_case_words, token_strings
from . import aliases
from ..gender import FEMALE_TITLES, MALE_TITLES, PRONOUN_GENDER, first_name_gender, given_name_known
from .kin import KIN_NOUNS as RELATIVE_NOUNS
from .mentions import Group, Mention
from .titles import POSTS

SURNAME_POS = frozenset({"PROPN", "NOUN", "ADJ"})
# Words that make a person's name the name of a group around them ("Team Varn", "Friends of Varn", "the Varn
# campaign"), first or last (general English, as data).
GROUP_OPENERS = frozenset("team camp friends citizens supporters allies".split())
GROUP_CLOSERS = frozenset("campaign camp team allies loyalists".split())


def names_group(name: str | None) -> bool:
    """``name`` is a group's named after a person ("Team Varn", "Friends of Ilse Varn", "Varn Campaign"): it
    speaks as a group, and no role of the person it is named after is its own. Source: strict reads of roles
    on unseen articles (a camp's nickname given its candidate's "President")."""
    words = (name or "").split()
    return len(words) >= 2 and (words[0].lower() in GROUP_OPENERS or words[-1].lower() in GROUP_CLOSERS)


def group_people(doc, named: list[tuple[Mention, list[str]]]) -> list[Group]:
    """Full names first (so a bare surname can join any of them), then bare names."""
    people: list[Group] = []
    persons = [(m, w) for m, w in named if m.label == "PERSON" and w and not names_family(doc, m)]
    for m, words in persons:
        if len(words) >= 2:
            group = next((g for g in people if aliases.same_full_name(g.words, words) or _same_son(g.words, words)
                          or aliases.family_names_of(words, g.words)), None)
            if group is None:
                group = Group("PERSON", words=words)
                people.append(group)
            _add_full(doc, group, m, words)
    owners: dict[str, Group] = {}
    for m, words in persons:
        if len(words) == 1:
            titled = titled_namesake(doc, people, words[0], m.start)
            group = titled or _owner(doc, owners, m, words[0]) or best_person(
                people, words, m.start, gender_cue(doc, m), doc)
            if group is None or (titled is None and namesake_unsure(doc, people, words[0], m.start, group)):
                group = _single_name_group(doc, people, m, words)  # "his father, Ivo Vell, … Vell said": either
            if group.full_count and group.first_full < m.start and titled is None:  # named before, not guessed ahead
                owners.setdefault(words[0], group)
            group.mentions.append(m)
    return people


NAMESAKE_REACH = 150  # tokens back a namesake's full mention stands as the one a bare surname means


def namesake_unsure(doc, people: list[Group], word: str, position: int, group: Group | None) -> bool:
    """``group``, the person the other rules give the bare surname ``word`` at token ``position``, is one of
    two or more people named in full with that surname and one gender the lists tell for each (a father and
    son, two brothers), and another of them was named in full last before it, close by (``NAMESAKE_REACH``),
    as the subject of that sentence (or set beside it: "His father, Ivo Vell, ran …"), with no mention of
    the others since: "… his father, Ivo Vell, ran in 2009. In the debate, Vell said …" may be either man,
    however often the son was named, and is left to no one (a wrong person is worse than none; news also
    turns back to the prominent one so: "Hunter Vell comes in … While Vell was in office"). A relative of
    the other gender is named by the given name after that (``_owner``). Source: strict read 44 (a
    father's debate line given to his son, named far more often)."""
    namesakes = [g for g in people if g.full_count and len(g.words) >= 2 and g.words[-1] == word]
    if group is None or group not in namesakes:
        return False
    genders = {first_name_gender(g.words[0]) for g in namesakes}
    if len(genders) != 1 or None in genders:
        return False
    last = max(((s, g) for g in namesakes for s in g.full_starts if s < position), key=lambda sg: sg[0], default=None)
    if last is None or last[1] is group or position - last[0] > NAMESAKE_REACH or not _subject_named(doc, last[0], word):
        return False
    start, near = last
    if any(start < m.start < position for g in namesakes if g is not near for m in g.mentions):
        return False
    doc.user_data.setdefault(UNSURE_KEY, set()).add(position)
    return True


UNSURE_KEY = "dossier.namesake_unsure"  # doc.user_data: token indices of bare surnames left to no namesake


def left_to_no_namesake(doc, i: int) -> bool:
    """The bare surname at token ``i`` was left to no one by ``namesake_unsure`` (for the speaker step, whose
    own reading of a surname is the article's, not the mention's)."""
    return i in doc.user_data.get(UNSURE_KEY, ())


def _subject_named(doc, start: int, word: str) -> bool:
    """The full name at token ``start`` (its surname ``word``) is its clause's subject, or set beside one."""
    tok = next((t for t in doc[start:start + 4] if t.lower_ == word), None)
    if tok is None:
        return False
    while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in SUBJECTS or (tok.dep_ == "appos" and tok.head.dep_ in SUBJECTS)


SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _owner(doc, owners: dict[str, Group], m: Mention, word: str) -> Group | None:
    """The person a bare surname already stood for earlier in the text: it keeps standing for them after a
    relative is named in full ("Trump" stays the president after "First Lady Melania Trump"; news names the
    relative by first name after that). Not when the mention's title or pronoun says the other gender
    ("Mrs. Vell" after "Tomas Vell", ``gender_cue``)."""
    owner = owners.get(word)
    if owner is None:
        return None
    return owner if _gender_fits(doc, m, owner) else None


def _gender_fits(doc, m: Mention, person: Group) -> bool:
    """Nothing at the mention says the gender other than the person's given name does."""
    said = gender_cue(doc, m)
    known = first_name_gender(person.words[0]) if len(person.words) > 1 else None
    return not (said and known and said != known)


def with_suffix(doc, m: Mention, words: list[str]) -> list[str]:
    """A person's name words with its generational suffix kept last ("Donald Vell Jr." -> donald, vell, jr):
    the son is not the father, and a bare "Vell" never fits him (``aliases.short_form_fits``)."""
    last = doc[m.end - 1].lower_.rstrip(".") if m.end > m.start else ""
    return [*words, last] if m.label == "PERSON" and words and last in aliases.NAME_SUFFIXES else words


def final_letter(doc, m: Mention, bodies: frozenset[str]) -> str:
    """The one capital letter a body's name ends on, full stop or not ("Kestrel Air X", "Harlan Lines Q."), lower
    case; else ''. A body's: the mention is not typed PERSON, or the name less the letter is written as a
    body's elsewhere (``bodies``: lower-case texts of the mentions not typed PERSON; "Kestrel Air X" typed
    PERSON beside "Kestrel Air" typed ORG). A person's last initial ("Maria G.", the name alone elsewhere
    typed PERSON) and a given name the lists know before the letter ("John F.") are no body's."""
    span = m.span(doc)
    if len(span) < 2:
        return ""
    last, before = span[-1].text.rstrip("."), span[-2].text
    if len(last) != 1 or not last.isalpha() or not last.isupper() or len(before) < 2 or given_name_known(before):
        return ""
    if m.label == "PERSON" and span[:-1].text.lower() not in bodies:
        return ""
    return last.lower()


def with_final_letter(doc, m: Mention, words: list[str], bodies: frozenset[str]) -> list[str]:
    """A body's name words with the one letter it ends on kept on its last word ("Kestrel Air X" -> kestrel,
    "air x"; ``final_letter``), which ``aliases.name_words`` drops as an initial: a body so named is another
    one than the name without the letter, which the article uses on its own ("Kestrel Air said …" beside "its
    sister airline Kestrel Air X"), and no mention of the one joins the other, whatever the tagger typed
    either. Source: strict read, a parent airline's words given to its sister airline typed PERSON."""
    letter = final_letter(doc, m, bodies)
    return [*words[:-1], f"{words[-1]} {letter}"] if letter and words else words


def letter_kept(group: Group) -> bool:
    """``group`` is named by a body's name that ends on one letter (``with_final_letter``)."""
    return bool(group.words) and " " in group.words[-1]


def _same_son(a: list[str], b: list[str]) -> bool:
    """Two suffixed names of one person: "Vell Jr." and "Tomas Vell Jr."."""
    if a[-1] != b[-1] or a[-1] not in aliases.NAME_SUFFIXES:
        return False
    short, full = sorted((a[:-1], b[:-1]), key=len)
    return short == full or (len(short) == 1 and bool(full) and short[0] == full[-1])


def _single_name_group(doc, people: list[Group], m: Mention, words: list[str]) -> Group:
    group = next((g for g in people if g.words == words), None)
    if group is None:
        group = Group("PERSON", words=words)
        people.append(group)
    group.names.append(" ".join(aliases.strip_honorifics(m.span(doc).text.split())))
    return group


def person_for_other_label(doc, people: list[Group], m: Mention, words: list[str]) -> Group | None:
    """A span tagged ORG/GPE/NORP that is a known person's name ("Dravik" tagged ORG) or reads as a
    person ("said Lind") joins or starts that person."""
    if m.label == "STATE" or not words or len(words) > 3 or not all(t.text[:1].isupper() for t in m.span(doc)):
        return None
    if len(words) == 1 and names_family(doc, m):
        return None  # "the Vell brothers" tagged NORP: a family, no one of it
    if len(words) == 1:
        owner = _bare_owner_before(doc, people, words[0], m.start)
        titled = titled_namesake(doc, people, words[0], m.start)
        group = titled or (owner if owner is not None and _gender_fits(doc, m, owner) else None) or best_person(
            people, words, m.start, gender_cue(doc, m), doc)
        if group is None or (titled is None and namesake_unsure(doc, people, words[0], m.start, group)):
            group = next((g for g in people if g.words == words), None)
    else:  # "Ibarra Tejeda" tagged ORG after "Rolando Ibarra Tejeda": his two family names
        group = next((g for g in people if aliases.same_full_name(g.words, words)), None) or next(
            (g for g in people if g.full_count and aliases.family_names_of(words, g.words)), None)
    if group is None and m.maybe_person:
        group = _single_name_group(doc, people, m, words) if len(words) == 1 else None
    given = m.span(doc)[:-1]  # the words before the surname must read as given names, not "Never"
    if group is None and len(words) > 1 and not any(t.is_stop or t.pos_ != "PROPN" for t in given):
        # "Erick Nyariyo" tagged ORG, "Nyariyo" tagged PERSON elsewhere; not "first lady Ana Vell" after "President Vell"
        group = next((g for g in people if not g.full_count and g.words == words[-1:]
                      and not titled_before_relative(doc, words[-1], [m.start])), None)
        if group is not None:
            _name_in_full(doc, group, m, words)
    if group is None and speaks_as_named_person(doc, m):
        group = Group("PERSON", words=words)  # "Ilkka Varrentos said" typed ORG: a person named in full
        people.append(group)
        _name_in_full(doc, group, m, words)
    return group


# Verbs only a speaker does, whose subject a news text names by a person's full name when it is one: a body
# "says" too, but the given name before its surname tells them apart (general English, as data).
SAYING_LEMMAS = frozenset("say tell add testify".split())


def speaks_as_named_person(doc, m: Mention) -> bool:
    """A span the tagger typed as a body or place ("Ilkka Varrentos" as ORG, "Mira Tovsk" as GPE) that is the
    subject of a verb of saying ("… Ilkka Varrentos said.", "Mira Tovsk told reporters") and reads as a
    person's full name: two or three capitalised words, the first a given name the lists give a clear gender
    (``names.reads_as_person``), none a word the text also writes in lower case nor a body's word. A person
    named in full so, whose bare surname and "he"/"she" after it stand for them. A span with no clear given
    name ("Vell Motors said") stays a body. Source: strict reads, round 21 (an official typed ORG: the "he
    said" after his bare surname given to another man named before him)."""
    from ..attribution.names import reads_as_person  # the speaker step's reading (it imports this package)
    span = m.span(doc)
    if m.label not in ("ORG", "GPE", "NORP") or not 2 <= len(span) <= 3 or not reads_as_person(span.text):
        return False
    root = span.root
    if root.dep_ != "nsubj" or root.head.pos_ != "VERB" or root.head.lemma_.lower() not in SAYING_LEMMAS:
        return False
    lowered = lower_case_words(doc)
    return not any(t.lower_ in lowered for t in span) and _surname_alone(doc, span[-1].text)


def _surname_alone(doc, surname: str) -> bool:
    """``surname`` is written somewhere else in the text as a name alone, no capitalised word run into it
    before ("Varrentos added"): news names a person so after the full name, and never a body whose name
    merely opens with a given name ("Al Jazeera" is never "Jazeera")."""
    return any(t.text == surname and (t.i == 0 or not doc[t.i - 1].text[:1].isupper()) for t in doc)


def _add_full(doc, group: Group, m: Mention, words: list[str]) -> None:
    group.mentions.append(m)
    _name_in_full(doc, group, m, words)


def _name_in_full(doc, group: Group, m: Mention, words: list[str]) -> None:
    """Count ``m`` (already in or about to join ``group``) as a full-name mention of it."""
    group.names.append(" ".join(aliases.strip_honorifics(m.span(doc).text.split())))
    group.full_count += 1
    group.full_starts.append(m.start)
    group.last_full = max(group.last_full, m.start)
    group.first_full = m.start if group.first_full < 0 else min(group.first_full, m.start)
    if len(words) > len(group.words):
        group.words = words


def best_person(people: list[Group], words: list[str], position: int, cue: str | None = None,
                doc=None) -> Group | None:
    """The full-name person a bare surname refers to: best fit, then most prominent, then the
    latest mentioned before it; None when it is one person's last name and another's first (family name
    first, "Kim Jong Un", see ``_family_name_first``) who is named in full at least as often. Two people
    who share the surname (a couple, a father and son) go through ``_between_namesakes``. The only person
    named in full with a suffix ("Jon Vell Jr.") takes the bare surname unless ``doc`` shows the parent
    (``_parent_shown``)."""
    scored = [(aliases.short_form_fits(words[0], g.words), g.full_count, g.last_full < position, g.last_full, g)
              for g in people if g.full_count]
    scored = [s for s in scored if s[0]]
    if not scored and doc is not None:
        first_surname = _first_of_family_names(people, words[0])
        if first_surname is not None:
            return first_surname
    if not scored:
        sons = [g for g in people if g.full_count and len(g.words) > 2 and g.words[-1] in aliases.NAME_SUFFIXES
                and g.words[-2] == words[0]]
        if len(sons) != 1 or (doc is not None and _parent_shown(doc, words[0], sons[0])):
            return None  # "President Vell's eldest son, Tomas Vell Jr.": the bare "Vell" is the father
        return sons[0]  # "Huntsman" for Jon Huntsman Jr. when he is the only one
    best = max(scored, key=lambda s: s[:4])
    family_first = [s for s in scored if s[0] == 1 and _family_name_first(s[4].words)]
    if best[0] == 2 and family_first and max(s[1] for s in family_first) >= best[1]:
        return None  # "Kim" with Sung Kim and Kim Jong Un as prominent: either may be meant
    holder = titled_namesake(doc, people, words[0], position) if doc is not None else None
    if holder is not None:
        return holder  # "Sgt. Vell" with "Sgt. Bo Vell" and his parents named in full: the one of that post
    namesakes = [s[4] for s in scored if s[0] == best[0] == 2 and len(s[4].words) >= 2 and given_name_known(s[4].words[0])]
    if len(namesakes) >= 2 and not _maybe_one_person(namesakes):
        if doc is not None:  # "Mr. Vell and his brother Ivo": not Ivo Vell
            namesakes = [g for g in namesakes if not _relative_beside(doc, g, position)] or namesakes
        return namesakes[0] if len(namesakes) == 1 else _between_namesakes(namesakes, position, cue)
    if doc is not None and titled_before_relative(doc, words[0], best[4].full_starts):
        return None  # "President Vell" long before "first lady Ana Vell": the bare surname is the president's
    titles = MALE_TITLES | FEMALE_TITLES
    titled = cue if cue and doc is not None and position < len(doc) and (
        doc[position].lower_ in titles or position and doc[position - 1].lower_ in titles) else None
    return _of_titled_gender([s[4] for s in scored if s[0] == best[0]], best[4], titled)


def _of_titled_gender(namesakes: list[Group], best: Group, cue: str | None) -> Group:
    """``best`` unless the mention's title ("Mrs. Vell", "Mr. Vell") says a gender its given name does not
    show and exactly one namesake's given name shows it ("Mrs. Dahl" with "Torvin Dahl", named more often, and
    "Ann Dahl": Ann); ``_between_namesakes`` weighs only given names the lists know, so one it does not know
    won on prominence. Only a title counts here: a pronoun after the name may be someone else's ("Dahl told
    her"). Source: strict reads of speakers on unseen articles ("she" given to the wrong person after "Mrs.
    X" was read as her husband)."""
    if not cue or first_name_gender(best.words[0]) == cue:
        return best
    fitting = [g for g in namesakes if first_name_gender(g.words[0]) == cue]
    return fitting[0] if len(fitting) == 1 else best


def _first_of_family_names(people: list[Group], word: str) -> Group | None:
    """The one person named in full with three name words or more whose last but one is ``word`` and no given
    name the lists know: the first of two family names, by which Spanish and Portuguese names are often
    written alone ("Ibarra" for "Rolando Ibarra Tejeda"; not "Adel" for "Farin Adel Karimzai", a given name).
    Source: strict reads, round 16."""
    found = [g for g in people if g.full_count and len(g.words) >= 3 and g.words[-2] == word
             and g.words[-1] not in aliases.NAME_SUFFIXES and g.words[-3] not in aliases.PATRONYMIC_PARTICLES]
    if len(found) != 1 or given_name_known(word.title()) or word in aliases.PATRONYMIC_PARTICLES:
        return None
    return found[0]


# Abbreviated posts written before a bare surname ("Sen. Vell"), beside ``titles.POSTS``.
SHORT_POSTS = frozenset({"sen", "gov", "rep", "pres", "amb", "sec"})
KIN_NOUNS = frozenset({"son", "sons", "daughter", "daughters", "children", "child", "namesake", "heir"})


def _parent_shown(doc, surname: str, son: Group) -> bool:
    """The text shows another person of the surname than the suffixed son ("Tomas Vell Jr."), whom it names
    only by the surname: the bare surname after a post the son is never given before his full name
    ("President Vell", "Sen. Vell"), or as the possessor of a child ("Vell's eldest son"). Source: read 21,
    a bare "Trump" given to Donald Trump Jr. in articles about the president and his son."""
    own_posts = {doc[m.start - 1].lower_.rstrip(".") for m in son.mentions if m.start > 0}
    for t in doc:
        if t.lower_ != surname or (t.i + 1 < len(doc) and doc[t.i + 1].lower_.rstrip(".") in aliases.NAME_SUFFIXES):
            continue
        before = doc[t.i - 1] if t.i > 0 else None
        post = before.lower_.rstrip(".") if before is not None else ""
        if before is not None and before.text[:1].isupper() and (post in POSTS or post in SHORT_POSTS) \
                and not any(own.startswith(post) or post.startswith(own) for own in own_posts if own):
            # ("General Vell" for "Gen. Tomas Vell Jr." is his own post, abbreviated or not)
            return True  # "the incumbent, President Vell": not the son
        after = [w.lower_ for w in doc[t.i + 1:t.i + 5]]
        if after[:1] and after[0] in {"'s", "’s"} and any(w in KIN_NOUNS for w in after[1:]):
            return True  # "Vell's eldest son"
    return False


# Words before a full name that make its bearer someone's relative (beside ``kin.KIN_NOUNS``: "first lady").
SPOUSE_TITLES = frozenset({"lady", "gentleman", "consort"})
RELATIVE_REACH = 4  # words before a full name read for a relative's noun ("his wife, Ana Vell")


def titled_before_relative(doc, surname: str, full_starts: list[int]) -> bool:
    """A person named in full as someone's relative ("first lady Ana Vell", "his wife, Ana Vell", at tokens
    ``full_starts``) is not whom the bare ``surname`` (lower case) after a post stands for when that titled
    mention comes before every full one ("President Vell" all through, his wife named once far below): the
    reader met the post-holder first. Source: read 38, a president's words given to the first lady."""
    first = min(full_starts, default=-1)
    if first < 0 or not any(w.lower_ in RELATIVE_NOUNS or w.lower_ in SPOUSE_TITLES
                            for start in full_starts for w in doc[max(0, start - RELATIVE_REACH):start]):
        return False
    return any(t.lower_ == surname and _post_before(doc, t.i) for t in doc[:first])


def _relative_beside(doc, person: Group, position: int) -> bool:
    """The sentence of the bare surname at token ``position`` names ``person`` apart from it by the given name
    after a kin noun ("Mr. Vell and his brother Ivo", "her husband, Ivo"): the surname is the other one's.
    Source: dev, a bare surname beside "his brother" and the brother's given name, left to no one."""
    if not 0 <= position < len(doc):
        return False
    sent = doc[position].sent
    for t in doc[position + 1:sent.end]:
        if t.lower_ == person.words[0] and t.text[:1].isupper() and not (
                t.i + 1 < len(doc) and doc[t.i + 1].lower_ == person.words[-1]):
            before = [w for w in doc[max(sent.start, t.i - 3):t.i] if w.text != ","]
            return bool(before) and before[-1].lower_ in RELATIVE_NOUNS
    return False


def _maybe_one_person(groups: list[Group]) -> bool:
    """Namesakes whose given names may be one person's, a name and its short form ("Jim" and "James Vell"):
    all share the given name's first letter and its gender, or two are a name and its familiar form ("Bob"
    and "Robert Vell", ``aliases.familiar_form_of``)."""
    if len(groups) == 2 and aliases.familiar_form_of(groups[0].words[0], groups[1].words[0]):
        return True
    firsts = {g.words[0][:1] for g in groups}
    genders = {first_name_gender(g.words[0]) for g in groups}
    return len(firsts) == 1 and len(genders) == 1 and None not in genders


PROMINENT = 2  # times as often named in full as every namesake (and twice at least): the bare surname is theirs


def _between_namesakes(groups: list[Group], position: int, cue: str | None) -> Group | None:
    """Which of several people named in full with one surname ("Tomas Vell" and his wife "Ana Vell") a bare
    surname at token ``position`` means: the one whose gender the mention's cue says ("Mrs. Vell", "Vell
    herself", "Vell said he") when only one fits it; else, of those a reader has seen named in full by then,
    the only one, or one named far more often than the others (``PROMINENT``); else, when none is named
    before it (a lead ahead of the names), one named far more often in the whole text; else no one: a wrong
    person is worse than none. Source: strict reads of political news, a bare "Varn" between "Senator Mark
    Varn" and "his daughter, Lena Varn" given to the daughter for her later full mentions."""
    if cue:
        fitting = [g for g in groups if first_name_gender(g.words[0]) == cue]
        if len(fitting) == 1:
            return fitting[0]
        if not fitting and all(first_name_gender(g.words[0]) for g in groups):
            return None
    seen = [(sum(1 for s in g.full_starts if s < position), g) for g in groups]
    seen = [(c, g) for c, g in seen if c]
    if len(seen) == 1:
        return seen[0][1]
    counts = seen or [(g.full_count, g) for g in groups]
    ranked = sorted(counts, key=lambda cg: -cg[0])
    if ranked[0][0] >= max(2, PROMINENT * ranked[1][0]):
        return ranked[0][1]
    return None


def titled_namesake(doc, people: list[Group], word: str, position: int) -> Group | None:
    """The namesake a post before the bare surname ``word`` at ``position`` names (``_post_holder``), among
    two or more people named in full with that surname (a given name known or not: "Sgt. Bo Vell"); None
    otherwise."""
    post = _post_before(doc, position + 1) or _post_before(doc, position)  # "[Sgt. Vell]" or "Sgt. [Vell]"
    if not post:
        return None
    namesakes = [g for g in people if g.full_count and len(g.words) >= 2 and g.words[-1] == word]
    return _post_holder(doc, namesakes, post) if len(namesakes) >= 2 else None


def _post_holder(doc, groups: list[Group], post: str) -> Group | None:
    """The one namesake whose full name the text gives the ``post`` written on a bare surname ("President
    Vell's office" with "former President Tomas Vell" and his wife "Ana Vell"): the title is his, and so is
    the name it stands on. None when the post is none or several namesakes'. Source: strict reads, a
    husband's "President" on a bare surname given to his wife, the article's subject, as her speaker role."""
    holders = [g for g in groups if any(_same_post(post, own) for own in _own_posts(doc, g))]
    return holders[0] if len(holders) == 1 else None


def _post_before(doc, position: int) -> str:
    """The post word in capitals right before token ``position`` ("President", "Sen.", "Sgt" "."), lower case,
    else ''."""
    if position <= 0 or position > len(doc):
        return ""
    before = doc[position - 1]
    if before.text == "." and position >= 2:
        before = doc[position - 2]  # the tokenizer's "Sgt" "."
    post = before.lower_.rstrip(".")
    return post if before.text[:1].isupper() and (post in POSTS or post in SHORT_POSTS) else ""


def _own_posts(doc, group: Group) -> set[str]:
    """Posts written before (or opening) a person's full-name mentions ("former President Tomas Vell")."""
    out = set()
    for m in group.mentions:
        if m.start not in group.full_starts:
            continue
        for k in range(m.start, max(-1, m.start - 3), -1):
            post = _post_before(doc, k)
            if not post:
                break
            out.add(post)
        out.update(_post_before(doc, t.i + 1) for t in doc[m.start:m.end - 1])
    return out - {""}


def _same_post(a: str, b: str) -> bool:
    """A post and its short form ("sen", "senator")."""
    return a == b or a.startswith(b) or b.startswith(a)


REFLEXIVE_GENDER = {"himself": "m", "herself": "f"}
CUE_WINDOW = 12  # tokens after a bare surname searched for the pronoun that takes it up
CLAUSE_BREAKS = frozenset({";", ":", "—", "–", "(", ")"})


def gender_cue(doc, m: Mention) -> str | None:
    """The gender the text gives a bare surname at ``m``: its title ("Mr.", "Mrs."), a reflexive right after
    it ("Vell herself"), or the first personal pronoun after it in its sentence ("Vell said he would …")
    when no other name stands between."""
    first = doc[m.start]
    before = doc[m.start - 1].lower_ if m.start > 0 else ""
    title = first.lower_ if first.lower_ in MALE_TITLES | FEMALE_TITLES else before
    if title in MALE_TITLES or title in FEMALE_TITLES:
        return "m" if title in MALE_TITLES else "f"
    sent_end = first.sent.end
    for t in doc[m.end:min(sent_end, m.end + CUE_WINDOW)]:
        if t.lower_ in REFLEXIVE_GENDER and t.i == m.end:
            return REFLEXIVE_GENDER[t.lower_]
        if t.is_quote or t.text in CLAUSE_BREAKS:
            return None  # 'Vell "spoke well," she said': the pronoun is the speaker's, past the quotation
        if t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and t.text[:1].isupper()):
            return None  # another name: the pronoun may be theirs
        if t.pos_ == "PRON" and t.lower_ in PRONOUN_GENDER:
            return PRONOUN_GENDER[t.lower_]
    return None


def _family_name_first(words: list[str]) -> bool:
    """A name that may be written family name first, as Korean names are in English news: three name words
    ("Kim Jong Un"; ``aliases.name_words`` splits "Kim Jong-un", "Moon Jae-in" at the hyphen), not two
    ("Obama Withdraw", a headline tagged as a person)."""
    return len(words) >= 3


def names_family(doc, m: Mention) -> bool:
    """"the Kim family", "the Kim regime": the surname names a family or government."""
    nxt = doc[m.end] if m.end < len(doc) else None
    return nxt is not None and nxt.lower_ in aliases.FAMILY_WORDS


def add_bare_surnames(doc, people: list[Group], mentions: list[Mention]) -> None:
    """Surnames of known people that spaCy did not tag ("the Dravik-Lind summit"), each given to the person
    that bare name stood for last, else to the best fit named before it."""
    last_words = [g.words[-1] for g in people if g.full_count]
    surnames = {word for g in people if g.full_count for word in (g.words[0], g.words[-1])
                if word not in aliases.NAME_SUFFIXES and (best_person(people, [word], len(doc), doc=doc) is not None
                                                           or last_words.count(word) > 1)}  # namesakes: per mention
    if not surnames:
        return
    covered = {i for m in mentions for i in range(m.start, m.end)}
    texts, lowers, tags = token_strings(doc, "ORTH"), token_strings(doc, "LOWER"), token_strings(doc, "POS")
    common = {low for text, low in zip(texts, lowers) if text.islower()}  # "may", "rice": surnames that are also words here
    for i, (text, low, pos) in enumerate(zip(texts, lowers, tags)):
        if i in covered or not text[:1].isupper() or pos not in SURNAME_POS or low not in surnames:
            continue
        t = doc[i]
        if pos != "PROPN" and (low in common or t.is_stop):
            continue  # the small model tags a sentence-initial name as a noun ("Matos's goals")
        m = Mention(t.i, t.i + 1, "PERSON")
        owner = _bare_owner_before(doc, people, low, i)
        titled = titled_namesake(doc, people, low, i)
        group = titled or (owner if owner is not None and _gender_fits(doc, m, owner) else best_person(
            people, [low], i, gender_cue(doc, m), doc))
        if titled is None and namesake_unsure(doc, people, low, i, group):
            continue  # (``namesake_unsure``)
        if group is not None:
            if not names_family(doc, m) and not _inside_longer_name(doc, t):
                group.mentions.append(m)


def _bare_owner_before(doc, people: list[Group], word: str, position: int) -> Group | None:
    """The full-name person a bare ``word`` stood for last before ``position`` (see ``_owner``)."""
    found = [(m.start, g) for g in people if g.full_count for m in g.mentions
             if m.start < position and m.end - m.start == 1 and doc[m.start].lower_ == word
             and titled_namesake(doc, people, word, m.start) is None]  # a namesake's post marks only that mention
    return max(found, key=lambda f: f[0])[1] if found else None


def _inside_longer_name(doc, t) -> bool:
    """A surname followed or preceded by other proper nouns ("Kim Jong Il" left untagged) is part of
    another name, not a bare surname; a title before it ("President Dravik") is fine."""
    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
    prev = doc[t.i - 1] if t.i > 0 else None
    if nxt is not None and t.whitespace_ and nxt.pos_ == "PROPN" and nxt.text[:1].isupper():
        return True
    return (prev is not None and bool(prev.whitespace_) and prev.pos_ == "PROPN" and prev.text[:1].isupper()
            and prev.lower_.rstrip(".") not in aliases.HONORIFICS)
