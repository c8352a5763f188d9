"""Who a source mention refers to: entity, full canonical name and role.

"Mr. Brant", "Brant", "he" and "the minister" resolve to the person named in full earlier in the
article; unnamed groups keep their words ("analysts", "defense experts"). A surname alone is never the
answer when the full name appears in the article.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, replace
from itertools import islice

from ..doctext import doc_text, lower_case_words, token_strings
from ..entities.extract import inverted_cue
from ..entities.titles import RANK_PARTS, RANKS as TITLE_RANKS, TITLE_OPENERS, after_title, past_rank, post_word
from ..entities.roles import bare_title as bare_rank_or_job, described_post, in_chief, in_quotation, posts_and
from ...model import Entity, Speaker
from . import affiliation, documents, groups, named_after, org_roles, posts_given, relays, roles, turns
from .roles import TITLE_ABBREVIATIONS
from .affiliation import PARTY_MEMBERS
from .documents import DOCUMENT_NOUNS
from ...ingest.patterns import in_caption_line, in_headline_or_caption
from .rules import after_dateline
from .cues import BACKSHIFTED_MODALS, SPEECH_VERBS, doc_quoted_spans
from .relays import NEWS_NAME_WORDS, WIRE_NAMES
from ..entities.aliases import surname_key
from ..entities.people import PROMINENT, left_to_no_namesake, names_group, titled_before_relative
from ..entities.extract import PersonNames, after_gerund, after_page_label
from ..entities.kin import bare_surname_doubtful, own_spans
from ..entities.headlines import on_headline
from ..entities.states import index as states_index
from ..gender import PRONOUN_GENDER, Genders, given_name_known, listed_gender
from .names import NAME_PARTICLES, ORG_WORDS, ends_with_words, particle_surname, reads_as_person
from .pronoun_takers import PronounTakers
from ..deps import SUBJECT_DEPS

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"they", "them", "we"})
SPEAKER_PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS  # never a surname: an unresolved "He" is not "Liu He"
OBJECT_PRONOUNS = {"he": "him", "she": "her"}  # "asked him": the one questioned, whom a later "he" may mean
POSSESSIVE_AS = {"his": "he", "her": "she"}  # "his spokeswoman", "his claim that …": whose
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sen.", "rep.", "gov.", "gen.", "prof.",
                        "sen", "rep", "gov", "gen", "prof", "lt.", "col.", "sgt.", "st.",
                        "messrs", "messrs.", "mmes", "mmes.", "mses", "mses."})  # plurals: "Messrs. Vell and Dane"
# Words of a title written before a name ("Vice President Biden", "Foreign Minister Vell"), not part of it.
TITLE_WORDS = HONORIFICS | roles.ROLE_NOUNS | roles.SHORT_TITLES | TITLE_OPENERS | frozenset(
    "former acting assistant house senate sheriff pope rev. father sister brother lord lady dame sir madam "
    "rear adm admiral capt captain cmdr lieutenant sergeant corporal whip".split())
# Words that qualify a post inside a fuller role ("former secretary of state", "state Sen."): such a role is
# the same post as its bare title, made fuller (``SpeakerResolver._fuller_role``).
POST_QUALIFIERS = frozenset("former state county city deputy vice acting assistant interim ex then "
                            "republican democratic independent".split())  # "Republican senator from Ohio" too
# Military and police ranks: "the former lieutenant" as the running subject is who "he" means.
RANKS = frozenset("lieutenant sergeant corporal captain major colonel admiral private soldier detective "
                  "inspector constable marshal".split())
# Words that tell two posts with the same noun apart ("deputy foreign minister", "foreign minister").
RANK_WORDS = frozenset("deputy vice assistant associate under acting junior co".split())
# Nouns for the unnamed who speak for others: a named leader whose role lacks the noun is not "the official".
SOURCE_NOUNS = frozenset("official aide source diplomat spokesman spokeswoman spokesperson adviser advisor "
                         "lawyer attorney counsel".split())
ROLE_OF = re.compile(r"\b(?:of|for) (?:the )?([\w\s-]+?)(?: (?:in|at|of|for|and|to)\b|$)")  # what a post is of
HYPHENS = "-‐"
# Modals of reported speech: a clause with one, joined to "said" by the parser, still tells what was said.
NAME_JUNK = "[]()\"“”\"'"
CLOSING_MARKS = frozenset({"”", '"', "»"})
OPENING_MARKS = frozenset({"“", '"', "«", "‘", "'"})  # a paragraph opening on one runs a quotation on
SENTENCE_ENDS = ".!?\"”’'"  # a paragraph ending on none is a heading or a label, not the story told
SPEAKER_TYPES = ("PERSON", "ORG", "NORP", "GPE")
PARTY_TAIL = re.compile(rf"^\(?{roles.PARTY_STATE_LABEL}\)?[\s,]*$")  # a label ending the source
BODY_OR_PLACE_TYPES = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP"})  # entity types of no person
PARTY_LABEL = re.compile(r"^\(?[DRI]-[A-Z]")  # "Ivo Brant, D-Ore.,": a party and state label, not a second person
# "the Kentucky Republican": a description by party, never a person's name
PARTIES = {"republican": "R", "gop": "R", "democrat": "D", "democratic": "D"}  # American parties
AMERICA = "US"  # their state's key in ``affiliation`` (the country index's code)
POST_LEMMAS = roles.ROLE_NOUNS | named_after.RANK_POSTS  # "the minister", "the admiral": one holder of a post
# Offices a definite noun names ("the president", "the inspector general"): only who holds one is meant by it.
OFFICE_NOUNS = frozenset("""president premier minister chancellor secretary ambassador envoy senator governor mayor
judge justice general admiral king queen prince pope chairman chairwoman commissioner inspector prosecutor""".split())
# A description that fits whoever heads a state or government ("the Veskan leader", "the Veskan premier"),
# and the titles of those who do (general English, as data).
LEADER_NOUNS = frozenset({"leader", "premier"})
HEAD_TITLES = ("president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "sultan",
               "monarch", "supreme leader", "head of state", "head of government")
# Words that describe one person by party, candidacy or standing, a second reference to someone named before
# ("the Ohio Republican", "the Democratic front-runner", "the PM"); posts ("the minister") have their own rule.
PARTY_WINDOW = 60  # characters either side of a person's mention read for a party ("Ivo Brant, a Democrat,")
DESCRIBING_WORDS = frozenset("republican democrat front-runner frontrunner nominee pm president-elect".split())
DESCRIBED_POSTS = {"pm": ("prime minister", "pm", "premier"), "president-elect": ("president",)}  # whose role must say so
FORMER_WORDS = frozenset({"former", "ex", "late", "then", "outgoing", "interim"})
CURRENT_WORDS = frozenset({"current", "sitting", "serving", "incumbent", "present"})  # a post held now, not once
DOMINANCE = 2  # how many times as often the holder a role noun means is named as any other holder
ROLE_LOOKBACK = 30  # person mentions looked at, latest first, for who holds the post "the minister" names
PRONOUN_LOOKBACK = 12  # person mentions looked at, latest first, to resolve "he" / "she"
SIGN_OFF_DEPS = frozenset({"punct", "prep", "npadvmod"})  # a sign-off line: "X reports [from Varna] [Monday]."
# Verbs whose subject goes on with words already said ("“…,” she added"): the last speaker's (general English).
CONTINUING_VERBS = frozenset({"add", "continue"})
PRONOUN_SENTENCES = 3  # how many sentences back a subject may antecede "he" / "she"
CONTRASTIVE_MARKS = frozenset({"while", "whereas", "whilst"})  # a clause set beside the main one, not under it
COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp"})  # clauses a verb takes as its object
SUBORDINATE_DEPS = frozenset({"advcl", "relcl", "acl", "ccomp", "xcomp", "csubj", "pcomp"})  # clauses under another
PLURAL_TAGS = frozenset({"NNS", "NNPS"})  # "the officials" are a group, never one named person
# Clause links (spaCy dependency labels) of a subject's verb up to the root: a clause that describes a noun,
# and those that keep to the sentence's main line (what is left, "ccomp", "advcl", …, is a clause inside it).
NOUN_CLAUSE_DEPS = frozenset({"relcl", "acl"})
# Pronouns that stand for a group as a main clause's subject ("many had fears …", "they see …"; English, as data).
GROUP_SUBJECT_PRONOUNS = frozenset("they we many some most others few those both several all".split())
MAIN_CLAUSE_DEPS = frozenset({"ROOT", "conj", "parataxis"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
# Things that show or list what they hold ("lists reviewed by X, which show …"): they, not X, say it.
RECORD_NOUNS = frozenset("list record file paper table chart map log ledger spreadsheet database".split())
# "the daily said": a news organisation named earlier speaks
OUTLET_NOUNS = frozenset("daily newspaper paper tabloid weekly broadsheet outlet publication magazine agency "
                         "broadcaster network".split())
OUTLET_NAME_WORDS = NEWS_NAME_WORDS | frozenset("daily observer monitor express mail standard agency press "
                                                "broadcasting tv television radio".split())  # also read where an outlet is expected
OUTLET_OWNERS = frozenset(w.title() for w in OUTLET_NAME_WORDS)  # a paper's short name ("the Courier's report")
OUTLET_LOOKBACK = 40  # entity mentions looked at, latest first
# "the ministry said": an organisation named before whose name has that word
ORG_NOUNS = frozenset("ministry administration company group organization organisation campaign office "
                      "government panel airline agency committee department firm union party court council "
                      "commission board bank embassy team club institute foundation authority guild association".split())
BARE_TITLE_WORDS = frozenset(w.rstrip(".") for w in TITLE_WORDS)  # "Sen" as "sen.": a title before a name


# Nouns for a man or a woman: "a woman" is never "he" (the kinship and title words the gender stage reads too).
# Verbs of writing and the writings they make ("he wrote", "a tweet from Varn"): a pronoun subject of one is the
# writing's author (``SpeakerResolver._writing_author_before``); general English, kept as data.
POSTING_VERBS = frozenset("write tweet retweet post text email blog".split())
WRITING_NOUNS = frozenset("tweet post posting message letter email e-mail column op-ed memo note blog text".split())
AUTHORED_NOUNS = WRITING_NOUNS | {"statement"}  # what an author named with it may go on to say (``_author_since``)
UNSURE = object()  # a nearer antecedent that cannot be told (``SpeakerResolver._described_since``)


@dataclass(frozen=True)
class _Person:
    start: int  # char offsets of a mention in the Doc
    end: int
    name: str
    entity: str | None


class SpeakerResolver:
    """Built once per Doc from its entities; resolves source spans in any order."""

    def __init__(self, doc, entities: list[Entity], quotes: list[tuple[int, int]] | None = None):
        self.doc = doc
        self._proper_words: set[str] | None = None  # built on first use (``_proper_word``)
        self._words: set[str] | None = None  # every token's text, built on first use (``_capital_word``)
        entities = org_roles.with_roles(doc, entities)  # "Velmar Front, the terror group": its role
        self.entities = {e.id: e for e in entities}
        self._names = PersonNames.of(doc)
        self.genders = Genders(doc)
        self.pronoun_takers = PronounTakers(doc, self.genders)
        self.full_names = self._full_names(doc, entities, self._names)
        for key, name in _names_typed_otherwise(doc, entities, self.pronoun_takers).items():
            self.full_names.setdefault(key, name)
        self.surname_owners = _surname_owners(entities, doc_text(doc)) | _relatives_in_full(doc, self.full_names)
        self.shared_surnames = {w for w, owner in self.surname_owners.items() if owner is None}
        mentions = []
        for e in entities:
            for s, t in e.mentions:
                mentions.append((s, t, e))
        mentions.sort(key=lambda m: (m[0], -m[1]))
        self.mentions = mentions
        self.mention_starts = [m[0] for m in mentions]
        persons = [_Person(s, t, self.canonical(e.name, person=True), e.id) for s, t, e in mentions if e.type == "PERSON"]
        covered = bytearray(len(doc_text(doc)) + 1)
        for p in persons:
            covered[p.start:p.end] = b"\x01" * (p.end - p.start)
        for ent in doc.ents:
            if ent.label_ == "PERSON" and not all(covered[ent.start_char:ent.end_char]):
                for name in _clean_names(doc, ent, self._names):  # "Ostria Weighing [Varn]", "[Tusk] Congratulates May"
                    if not all(covered[name.start_char:name.end_char]):
                        persons.append(_Person(name.start_char, name.end_char, self.canonical(name.text, person=True),
                                               None))
        text = doc_text(doc)
        persons = [p for p in persons if not _dateline(text, p) and not _credit(text, p)]
        persons.sort(key=lambda p: p.start)
        self.persons = persons
        self.person_starts = [p.start for p in persons]
        self._mention_counts = Counter(p.entity or p.name for p in persons)  # how often each person is named
        self._roles: dict[str, str | None] = {}
        self.quotes = quotes if quotes is not None else doc_quoted_spans(doc)
        self.quote_starts = [q[0] for q in self.quotes]
        self.sent_starts = [sent.start_char for sent in doc.sents]
        self._captions: dict[int, bool] = {}  # line start -> the line is a caption (``_in_caption``)
        self.told_starts = [s for s in self.sent_starts if not self._in_caption(s)]  # the article's own telling
        self._named_roles: dict[str, str] = {}  # roles met on sources so far, by canonical name
        self._posts: dict[str, list[str]] = {}  # posts clauses give a person, by canonical name (``_given_posts``)
        self._fuller: dict[tuple[str, str], str] = {}  # (bare title, name) -> the fuller role (``_fuller_role``)
        self._scopes: dict[tuple[str, str], str] = {}  # (post, name) -> the post with its scope (``_scoped``)
        self._affiliations: dict[str, set[str]] = {}  # states and bodies titles give an entity, by id

    @staticmethod
    def _full_names(doc, entities, cleaner: PersonNames) -> dict[str, str]:
        """Last word -> the longest full name ending with it (people named in full in this Doc)."""
        names = [e.name for e in entities if e.type == "PERSON"]
        names += [name.text for ent in doc.ents if ent.label_ == "PERSON" and not inverted_cue(doc, ent.start, ent.end)
                  for name in _clean_names(doc, ent, cleaner)]  # not "Ostria Weighing Varn" of a headline, "Said Varn:"
        names += [e.name for e in entities if e.type != "PERSON" and reads_as_person(e.name)]
        out: dict[str, str] = {}
        for n in names:
            words = _name_words(n)
            key = surname_key(words)
            if key is not None:
                if len(n) > len(out.get(key, "")):
                    out[key] = " ".join(words)
        for key, name in _written_names(doc).items():
            out.setdefault(key, name)  # "Marta Ilves-Koppel" the tagger typed no person, or not at all
        return out

    def canonical(self, name: str, person: bool = False) -> str:
        """The full name for a surname or "Mr. Surname" when the article gives one (``person``: a name
        typed as a person's)."""
        words = _name_words(name, person)
        if not words or name.lower() in SPEAKER_PRONOUNS:
            return name  # an unresolved "He" is no surname ("Liu He")
        if len(words) == 1:
            if words[0].lower() in self.surname_owners:  # "Vell" with Tomas and Anna Vell both named: no guess
                return self.surname_owners[words[0].lower()] or words[0]
            return self.full_names.get(words[0].lower(), words[0])
        if particle_surname(words):
            return self._particle_surname(words)
        return " ".join(words)

    def _particle_surname(self, words: list[str]) -> str:
        """The full name a surname written with its particles stands for ("De Luca" for the "Marco de Luca"
        this article names, the particle's case aside), unless two people share the surname; else the
        words as written."""
        key = words[-1].lower()
        if key in self.surname_owners:
            owner = self.surname_owners[key]
            return owner if owner and ends_with_words(owner.split(), words) else " ".join(words)
        full = self.full_names.get(key)
        return full if full and ends_with_words(full.split(), words) else " ".join(words)

    # ------------------------------------------------------------------ resolution
    def resolve(self, start: int, end: int, previous: Speaker | None = None, antecedent: bool = False) -> Speaker:
        """Speaker for the source at tokens [start, end); ``antecedent``: the tokens are what a relative
        pronoun points to ("a deadline set by Ostria, which said": Ostria speaks in the relative clause) or a
        document's owner ("a statement released by the council": the council, though the agent of a participle).
        A role opening with "his" / "her" gets its owner (``_owned_role``); a plural one is made the
        speaker's or dropped (``_without_group_role``); a body never holds a person's post
        (``_without_person_role``)."""
        speaker = self._owned_role(self._resolve(start, end, previous, antecedent), previous)
        if _hedged_identity(self.doc[start:end]) or _hedged_before(self.doc, start):  # "an account believed to belong to General Varn": not Varn for sure
            return Speaker(None, None, speaker.mention or (self.doc[start].idx, self.doc[end - 1].idx + len(self.doc[end - 1])))
        ent = self.entities.get(speaker.entity) if speaker.entity else None
        if (speaker.name or "").lower() in NAME_PARTICLES:  # "al" cut from "Al-Rashid": the entity's name, or none
            speaker = replace(speaker, name=ent.name if ent is not None and ent.name.lower() not in NAME_PARTICLES
                              else None)
        if self._other_gender(start, end, speaker):
            return Speaker(None, None, speaker.mention)  # "in which she said" given to the man whose words hold it
        if self._no_pronoun_taker(start, end, speaker):
            return Speaker(None, None, speaker.mention)  # "he said" given to "Brexit" or "EU"
        body = ent is not None and ent.type != "PERSON" and not reads_as_person(ent.name)
        return self._without_person_role(_without_group_role(speaker, self.doc, body))

    def _other_gender(self, start: int, end: int, speaker: Speaker) -> bool:
        """The source is a lone "he" or "she" and the person it was given to has the other gender in this
        article (``gender.Genders``: titles, kin words, a clear first name). Every path that takes a
        pronoun up checks gender on its own; this is the last check over all of them. Source: strict reads
        of unseen articles (a "she said" inside a senator's reported words given to him; a woman's "she told
        the network" given to the president named before her)."""
        low = self.doc[start].lower_ if end - start == 1 else ""
        if low not in ("he", "she") or not speaker.name:
            return False
        return not self.genders.agrees(speaker.name, low)

    def _no_pronoun_taker(self, start: int, end: int, speaker: Speaker) -> bool:
        """The source is a lone "he" or "she" and the name it was given to is no one's a personal pronoun can
        mean (``pronoun_takers``: "EU", "Brexit", a place, "swan song")."""
        low = self.doc[start].lower_ if end - start == 1 else ""
        if low not in ("he", "she") or not speaker.name:
            return False
        return not self.pronoun_takers.takes(speaker.name, speaker.role)

    def _resolve(self, start: int, end: int, previous: Speaker | None = None, antecedent: bool = False) -> Speaker:
        doc = self.doc
        start = after_dateline(doc, start, end) if end - start > 1 else start  # not "WASHINGTON -- Obama"
        end = _before_party_label(doc, start, end)  # "Durbin, D-Ill.": the parser heads it on "Ill."
        name = _name_after_rank(doc, end) if doc[start:end].root.i == end - 1 else None
        if name is not None:  # "spokesman Navy Capt. | Jon Pell": the name the rank is of speaks
            return replace(self.resolve(*name, previous), mention=(doc[start].idx, doc[name[1] - 1].idx + len(doc[name[1] - 1])))
        span = doc[start:end]
        head = span.root
        if head.pos_ in ("VERB", "AUX"):  # a clause tagged as the source: its subject is the source
            subj = next((c for c in head.children if c.dep_ in SUBJECT_DEPS and start <= c.i < end), None)
            if subj is None or subj.left_edge.i <= head.i <= subj.right_edge.i:  # (a non-projective parse)
                return Speaker(None, None, (span.start_char, span.end_char))
            return replace(self.resolve(subj.left_edge.i, subj.right_edge.i + 1, previous),
                           mention=(span.start_char, span.end_char))
        if documents.holder_only(head):  # "an email [that Brant forwarded] said": not Brant's words
            return Speaker(None, None, (span.start_char, span.end_char))
        joined = self._coordinated(span, head, previous)
        if joined is not None:  # "Engel and McCaul": both speak, neither alone
            return joined
        titled = _named_after_titles(span, head)
        if titled is not None:  # "KFA Director and Founder Ola Brask": the name speaks, the titles are its role
            return replace(self.resolve(titled, span.end, previous), mention=(span.start_char, span.end_char))
        titled = _named_after_post_of(span, head)
        if titled is not None:  # "EU ambassador to Norland Karel Vostrik": the name (no recipient) speaks
            resolved = self.resolve(titled, span.end, previous, antecedent=True)
            role = resolved.role or doc[span.start:titled].text
            if resolved.name:
                self._named_roles.setdefault(resolved.name, role)  # for the person's later quotes
            return replace(resolved, mention=(span.start_char, span.end_char), role=role)
        part = groups.partitive_object(head)
        if part is not None and not part.left_edge.i <= head.i <= part.right_edge.i:  # "Dozens of senators": the senators speak
            resolved = self.resolve(part.left_edge.i, part.right_edge.i + 1, previous)
            return replace(self._part_of(span, head, part, resolved), mention=(span.start_char, span.end_char))
        mention = (span.start_char, span.end_char)
        if documents.is_document(head):  # "McKeon's statement", "a report by X", "according to new reports"
            found = self._document(span, head, previous, mention, antecedent)
            if found is not None:
                return found
        if not antecedent and _recipient_or_agent(head):  # "a letter to Ivo Brant", "a system designed by Sollen Lines"
            return Speaker(None, None, mention)
        low = POSSESSIVE_AS.get(head.lower_, head.lower_) if head.pos_ == "PRON" else head.lower_
        if head.pos_ == "PRON" and low in PERSON_PRONOUNS:
            author = self._writing_author_before(head, low)
            if author is not None:  # "X reacted to a tweet from Varn. “…,” he wrote": Varn wrote it
                return replace(author, mention=mention)
            opened = self._colon_subject_before(head, low)
            if opened is not None:  # "Varn lashed out on the radio: “…?” he said": Varn
                return Speaker(opened.entity, opened.name, mention, self._role_of_person(opened))
            if self._added_by_last_speaker(head, low, previous):  # "“…,” said Korr, a spokeswoman. … “…,” she added"
                return replace(previous, mention=mention)
            person = self._subject_before(span.start_char, low)
            if person is not None and self._named_after_lesser(person, head, low):
                return Speaker(None, head.text, mention)  # a subordinate subject, another man named since: unsure
            titled = self._role_subject_before(head, person)
            if titled is not None:  # "The mayor expects …, he told": the nearer subject is "the mayor"
                return replace(self.resolve(*titled, previous), mention=mention)
            if person is None and self._chain_blocked(span.start_char, low):
                return Speaker(None, head.text, mention)  # the sentence's running "he" is someone unnamed here
            if person is not None:  # a named subject: only a nearer subject described, not named, competes
                nearer = self._described_since(head, person.end, person, subjects_only=True)
                if nearer is UNSURE:
                    return Speaker(None, head.text, mention)
                person = nearer or person
                if self._speaker_passed_over(person, head, low):
                    return Speaker(None, head.text, mention)  # "Vell said … Brant will travel … “…,” he said": either
                lesser = self._lesser_than_last_speaker(person, head, low, previous)
                if lesser == "owner":
                    return Speaker(None, head.text, mention)  # "Vell said … Brant's opinion struck … he said": either
                if lesser == "clause":
                    return replace(previous, mention=mention)  # "Grell said … a model that Oslin built. He added": Grell
            if (person is None and (self._is_person(previous) or self._person_by_post(previous))
                    and self.genders.agrees(previous.name, low)
                    and _post_gender(previous.role) in (None, PRONOUN_GENDER.get(low))):  # not "spokesman" for "she"
                nearer = self._described_since(head, previous.mention[1] if previous.mention else 0,
                                               _Person(0, 0, previous.name, previous.entity))
                if nearer is not None or self._named_since(previous, span.start_char, low) or self._named_in_own_clause(
                        head, previous.entity, previous.name):
                    return Speaker(None, head.text, mention)  # two people "he" may mean: no one for sure
                if self._thread_lost(_Person(previous.mention[0] if previous.mention else 0, 0, previous.name,
                                             previous.entity), head, low):
                    return Speaker(None, head.text, mention)  # the last quote's man, paragraphs back: someone came in
                return replace(previous, mention=mention)
            if person is None:
                person = self._person_before(span.start_char, low)
                if person is not None and self._described_since(head, person.end, person) is not None:
                    return Speaker(None, head.text, mention)  # "the president" nearer than the last name
                if person is not None and self._object_of_described(person, low):
                    return Speaker(None, head.text, mention)  # "the fisherman thanked Moe. … he said": not Moe
                if person is not None and self._object_outranked(person, head, low):
                    return Speaker(None, head.text, mention)  # "He compared the case to Brant's. He said": not Brant
            if person is not None and self._other_named_in_paragraph(person, head, low):
                return Speaker(None, head.text, mention)  # "Brant … ¶ For Vell, the week was hard. He said": either
            if person is not None and self._signed_off(person):
                return Speaker(None, head.text, mention)  # "Fenn defended … NBC's Denk reports. ¶ He said": not Denk
            if person is not None and self._thread_lost(person, head, low):
                return Speaker(None, head.text, mention)  # "Vell … ¶ … ¶ Another witness described panic. ¶ He told": not Vell
            if person is not None and self._reporter_questioning(person, low):
                return Speaker(None, head.text, mention)  # "reporter Brask cornered Sen. Fenn. “…,” he said": Fenn's
            if person is not None and self._author_since(person, head, low):
                return Speaker(None, head.text, mention)  # "Vell was hit with a statement from Brant. He called …": either
            if person and not self._named_in_own_clause(head, person.entity, person.name):
                return Speaker(person.entity, person.name, mention, self._role_of_person(person))
            return Speaker(None, head.text, mention)
        if head.pos_ == "PRON" and low == "it":
            ent = self._organisation_before(span.start_char)  # "The ministry … It said": the ministry
            if ent is not None:
                return Speaker(ent.id, ent.name, mention, ent.role)
            return Speaker(None, self._named_organisation_before(head), mention)
        if head.pos_ == "PRON" and low in GROUP_PRONOUNS:
            group = self._plural_subject_before(head) if low != "we" else None
            if group is not None:  # "The lawmakers … “…,” they said": the plural subject before
                return replace(self.resolve(*group, previous), mention=mention)
            if previous is not None and previous.name and not self._is_person(previous) \
                    and previous.name.lower() not in SPEAKER_PRONOUNS:  # not an unresolved "She" before
                return replace(previous, mention=mention)
            return Speaker(None, None, mention)  # "they" is never the one person quoted before
        named = (_named_appositive(span, head) or _body_named_as_conjunct(span, head) or _called(head)
                 or _named_after_in_chief(head))
        if named is not None and named != (start, end):  # "The head teacher, Bram Kessler,": the name speaks, the noun is its role
            resolved = self.resolve(named[0], named[1], previous)
            role = resolved.role or roles.noun_phrase(doc, head)
            if role and resolved.name:
                self._named_roles.setdefault(resolved.name, role)  # for the person's later quotes
            return replace(resolved, mention=mention, role=role)
        ent = self._entity_at(head.idx, head.idx + len(head))
        if ent is None and len(span) == 1 and head.is_sent_start and not head.text.isupper() and \
                head.lower_ in lower_case_words(self.doc) and not (groups.speaks(head) or head.lemma_.lower() in roles.ROLE_NOUNS):
            return Speaker(None, None, mention)  # "Options available to …": a common noun capitalised by its place
        if _narrowed_people(head, ent):  # "some moderate Democrats": not the whole party
            return Speaker(None, groups.group_name(head), mention)
        described = self._described_subject(span, head, ent)
        if described is not None:  # "Rep. Ivo Brant said … “…,” the Ohio Republican said": Brant
            return replace(described, mention=mention)
        if head.pos_ == "PROPN" or (ent is not None and ent.type == "PERSON"):
            return self._named(span, head, ent, mention)
        if ent is not None and ent.type in SPEAKER_TYPES:
            return Speaker(ent.id, ent.name, mention, ent.role)
        around = org_roles.around_name(head) if ent is None and head.tag_ not in PLURAL_TAGS else None
        if around is not None and span.start <= around[0]:  # "the state-run Velpress agency": its name, and the words before its role
            return Speaker(None, doc[around[0]:head.i + 1].text, mention, around[1])
        if low in RELATIVE_PRONOUNS and head.head.dep_ == "relcl" and head.head.head.i < head.i:
            antecedent = head.head.head
            quoted = any(t.text in CLOSING_MARKS for t in doc[antecedent.i + 1:head.i])  # "“one country” rule, which"
            if quoted or not _antecedent_holds(antecedent, low):  # "lists reviewed by Ostrian Wire, which show …"
                return Speaker(None, None, mention)
            named = _name_beside_post(antecedent, head) if low == "who" else None
            if named is not None:  # "the port's chief engineer, Mila Dorn, who said": Dorn, the post her role
                resolved = self.resolve(_person_start(named), named.i + 1, previous)
                role = resolved.role or (roles.noun_phrase(doc, antecedent) if named.i > antecedent.i else None)
                return replace(resolved, mention=mention, role=role)
            joined = _joined_before(antecedent, head)
            if joined is not None:  # "Varro and his supporters, who insist": all of them, not Varro
                return replace(self.resolve(antecedent.left_edge.i, joined, previous), mention=mention)
            resolved = self.resolve(_name_start(doc[antecedent.left_edge.i:antecedent.i + 1], antecedent),
                                    antecedent.i + 1, previous, antecedent=True)
            return replace(resolved, mention=mention)
        if _is_definite(span) and head.tag_ not in PLURAL_TAGS and low in ORG_NOUNS:
            named, at = self._organisation_named(low, span.start_char)
            modifiers = [t for t in head.lefts if t.dep_ in ("compound", "amod") and t.is_alpha]
            foreign = [t for t in modifiers if t.lower_ not in named.name.lower().split()] if named is not None else []
            if any(t.pos_ == "PROPN" for t in foreign):
                return Speaker(None, groups.group_name(head), mention)  # "the RIA news agency": not the IAEA
            owners = [w for c in head.children if c.dep_ == "poss" for w in c.subtree if w.is_alpha]
            if named is not None and any(w.lower_ not in named.name.lower().split() for w in owners):
                return Speaker(None, None, mention)  # "the inspector general's office": not the office named before
            if named is not None and (foreign or not modifiers) and self._organisation_between(at, head, named):
                return Speaker(None, None, mention)  # another group is the subject since: "the organization" is unsure
            if named is not None:  # "the ministry": the Finance Ministry named before
                return Speaker(named.id, named.name, mention, named.role)
            earlier = self._named_beside_before(head)
            if earlier is not None:  # "The watchdog group Harbour Watch sued … The group argues": Harbour Watch
                noun, name = earlier
                resolved = self.resolve(*name, previous)
                if resolved.name:
                    return replace(resolved, mention=mention, role=resolved.role or roles.noun_phrase(doc, noun))
            body = self._body_of_kind_before(head)
            if body is not None and not any(t.pos_ == "PROPN" and t.lower_ not in body.name.lower().split()
                                            for t in modifiers):  # not "the RIA news agency"
                # "Fighters of the Levant Front … The militant group said": the Front
                return Speaker(body.id, body.name, mention, body.role)
            written = self._name_with_word_before(head) or self._fuller_before(head)
            if written:
                return Speaker(None, written, mention)
        if _is_definite(span) and low in OUTLET_NOUNS:
            outlet = self._outlet_before(span.start_char)
            if outlet is not None:  # "the influential daily": the newspaper named before
                return Speaker(outlet.id, outlet.name, mention, outlet.role)
        if _is_definite(span) and head.tag_ not in PLURAL_TAGS and (
                head.lemma_.lower() in POST_LEMMAS or low in DOCUMENT_NOUNS):
            # "the minister", "the statement": someone already in the story
            if low not in DOCUMENT_NOUNS and _office_cited_for_figures(head):
                return Speaker(None, groups.group_name(head), mention)  # the office, not its holder
            subject = self._subject_before(span.start_char)
            if subject is not None and head.lemma_.lower() in LEADER_NOUNS and len(self._holders(head, span.start_char)) > 1:
                subject = None  # "the Veskan leader" with two Veskan leaders named: never the last subject
            person = (subject if subject is not None and low not in DOCUMENT_NOUNS and self._holds_post(subject, head)
                      else None) or self._person_by_role(head, span.start_char) or (
                          subject if subject is None or not _another_office(self._role_of_person(subject), head) else None)
            if person is not None and low not in DOCUMENT_NOUNS and self._post_conflicts(person.entity, self._role_of_person(person), head):
                person = None  # "the deputy foreign minister" is not Foreign Minister Vell, the last subject
            if person is not None and self._serves_another(person, head):
                person = None  # "the Kessler spokesman" is not Brask, a spokesman for the inspector general
            if (person is not None and subject is not None and low not in DOCUMENT_NOUNS
                    and self._ranked_subject_between(subject, person, head)):
                return Speaker(None, groups.group_name(head), mention)  # "Deputy Minister Rask said … The minister": either
            if person is not None and low not in DOCUMENT_NOUNS and self._subject_over(person, head):
                person = None  # "Scale pointed to what the general had said": the general is someone else
            if (person is None or not self._holds_post(person, head)) and low not in DOCUMENT_NOUNS \
                    and self.ambiguous_post(head, span.start_char):
                return Speaker(None, groups.group_name(head), mention)  # two secretaries named: either
            if low in DOCUMENT_NOUNS and person is not None and not self._names_document(person.start, head):
                person = None  # "the report added": not whoever was last a subject, unless they wrote it
            written_by_previous = (self._is_entity(previous) and previous.mention is not None
                                   and self._names_document(previous.mention[0], head))
            introduced = low not in DOCUMENT_NOUNS and _introduced_unnamed(head)
            if person is not None and introduced and not _fits_role(self._role_of_person(person), head):
                person = None  # "a Brotherhood member … Anani, an expert … The Brotherhood member says"
            since = self._introduced_since(person, introduced) if person is not None and introduced else None
            if since is not None and not since:  # "A U.S. official told … Algerian official Rahal met …": either
                return Speaker(None, groups.group_name(head), mention)
            if since:
                person = None  # "Gen. Varta, an alliance official, … A senior defense official told … the official"
            later = self._named_after(span, head) if person is None and low not in DOCUMENT_NOUNS else None
            if later is not None:  # "The admiral in charge of … said … Adm. Ivo Brant told": one man
                return replace(later, mention=mention)
            if low in DOCUMENT_NOUNS and person is None and (
                    groups.group_name(head) != head.text or not written_by_previous):
                named = documents.named(head)  # "the KCNA report" as written; "the internal report": no one's
                return Speaker(None, groups.group_name(head) if named else None, mention)
            if person is None and (written_by_previous if low in DOCUMENT_NOUNS
                                   else self._is_person(previous) and not self._post_conflicts(previous.entity, previous.role, head)
                                   and not self._subject_over(previous, head)
                                   and not _another_office(previous.role, head)
                                   and not (introduced and not _fits_role(previous.role, head))
                                   or _same_head(previous, head)):
                return replace(previous, mention=mention)  # "The official", after "a State Department official"
            if person:
                return Speaker(person.entity, person.name, mention, self._role_of_person(person))
            if introduced and not _same_head(previous, head) and not self._in_quote(introduced.idx):
                # (not "a U.S. ambassador" in someone's quoted words: the writer introduced no one by it)
                if _other_source_since(introduced, head):  # "a Veskan official … a diplomat told … the official": either
                    return Speaker(None, groups.group_name(head), mention)
                fuller = groups.group_name(introduced)  # "The official said", after "a State Department official"
                if len(fuller.split()) > 1:
                    return Speaker(None, fuller, mention)
        if not (groups.speaks(head) or head.lemma_.lower() in roles.ROLE_NOUNS or low in ORG_NOUNS
                or low in OUTLET_NOUNS or low in DOCUMENT_NOUNS or head.text[:1].isupper()):
            return Speaker(None, None, mention)  # "the deal", "the conflict": no one speaks
        sole = self._sole_occupation_holder(span, head)
        if sole is not None:  # "Radio host Ivo Marten … the conservative host said": Marten
            return Speaker(sole.entity, sole.name, mention, self._role_of_person(sole))
        later = self._named_after(span, head) or self._owned_post_holder(span, head)
        if later is not None:  # "A ministry spokesman said … The spokesman, Pell Dray, added": one man
            return replace(later, mention=mention)
        return Speaker(None, self._group_name(head, previous), mention)

    def _described_subject(self, span, head, ent: Entity | None) -> Speaker | None:
        """The person named as the subject in this or the sentence before, when the source is a definite
        description of one person by party, candidacy or standing that names no one (``DESCRIBING_WORDS``:
        "Rep. Ivo Brant said … “…,” the Ohio Republican said", "Mara Quill attacked … The Democratic
        front-runner said", "Mrs Garrow said … The PM added"): news prose's second reference to its subject,
        never the group words as a name. Not when an indefinite "a senior Republican" introduced someone
        unnamed before (``_introduced_unnamed``), nor when the person's known role or party conflicts with the
        description (``_post_conflicts``). Source: strict reads, round 19 (such descriptions shown as the
        speaker's name where the article names the person in the sentence before)."""
        if span[0].lower_ != "the" or head.tag_ in PLURAL_TAGS or (ent is not None and ent.type != "NORP"):
            return None
        word = _whole_word(head).lower()
        if word not in DESCRIBING_WORDS or head.dep_ not in SUBJECT_DEPS or _introduced_unnamed(head) is not None:
            return None  # not "Brant was told by the PM": the one told is not who told
        person = self._subject_before(span.start_char)
        if person is None or person.entity is None:
            return None
        here = bisect.bisect_right(self.sent_starts, span.start_char) - 1
        if bisect.bisect_right(self.sent_starts, person.start) - 1 != here - 1:
            return None  # the sentence before only: further back another may have come between
        role = self._role_of_person(person)
        if self._post_conflicts(person.entity, role, head) or self._party_unlike(person.name, span):
            return None  # "the Ohio Republican" is not a known Democrat
        if word in DESCRIBED_POSTS and not (role and any(w in role.lower() for w in DESCRIBED_POSTS[word])):
            return None  # "the PM" only for one known to hold the post, not a campaign manager named before
        return Speaker(person.entity, person.name, None, role)

    def _party_unlike(self, name: str, span) -> bool:
        """The description gives an American party ("the Ohio Republican") and the words around the person's
        mentions give only the other one ("Gov. Ivo Brant, a Democrat,", "Brant (D-Ohio)")."""
        said = {PARTIES[t.lower_] for t in span if t.lower_ in PARTIES}
        if len(said) != 1:
            return False
        text = doc_text(self.doc)
        doc = self.doc
        around = " ".join(text[max(0, doc[s].idx - PARTY_WINDOW):doc[e - 1].idx + len(doc[e - 1]) + PARTY_WINDOW]
                          for s, e in self._name_spans(name))
        found = {PARTIES[w.lower()] for w in re.findall(r"[A-Za-z]+", around) if w.lower() in PARTIES}
        found |= set(re.findall(r"\b([DR])-[A-Z]", around))
        return bool(found) and not found & said

    def _writing_author_before(self, pronoun, low: str) -> Speaker | None:
        """The named person whose writing ("a tweet from Varn", "Varn's post", "a letter by Varn") the sentences
        before a "he wrote" / "she tweeted" speak of, outside quotation marks: a verb of writing binds its pronoun
        to the author of the writing named nearby, not to the subject who reacts to it ("Foreign Minister Ri
        reacted angrily to a tweet from President Varn. “…,” he wrote": Varn). None when no such writing is
        named within ``PRONOUN_SENTENCES``, its author is no named person or disagrees with the pronoun in
        gender, or someone else writes in between. Source: strict reads of AllSides 1041-1999 (round 13)."""
        verb = pronoun.head
        if pronoun.dep_ != "nsubj" or verb.lemma_.lower() not in POSTING_VERBS:
            return None
        doc = self.doc
        pos = pronoun.idx
        s = bisect.bisect_right(self.sent_starts, pos) - 1
        floor = self.sent_starts[max(0, s - PRONOUN_SENTENCES)] if s >= 0 else 0
        for tok in reversed(doc[:pronoun.i]):
            if tok.idx < floor:
                return None
            if self._in_quote(tok.idx):
                continue
            if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in POSTING_VERBS and tok.i != verb.i:
                return None  # someone writes between the writing and the pronoun
            if tok.pos_ != "NOUN" or tok.lemma_.lower() not in WRITING_NOUNS:
                continue
            owned = documents.owner(tok)  # "Varn's tweet", "a tweet from Varn", "a letter sent by Varn"
            author = doc[owned[1] - 1] if owned else None
            if author is None or author.ent_type_ != "PERSON":
                continue
            found = self.resolve(author.left_edge.i, author.right_edge.i + 1)
            if found.name and self._is_person(found) and self.genders.agrees(found.name, low):
                return found
            return None
        return None

    def _colon_subject_before(self, pronoun, low: str) -> _Person | None:
        """The named subject of the clause that opens, with a colon, the quotation the pronoun tags right after it
        ("Varn lashed out at the board on the radio: “Who asked us?” he said."): one quotation, tagged before and
        after, has one speaker, whoever else the sentences before named and however the parse hangs Varn's
        clause (often as what "he" reports). None unless the pronoun is the subject of a verb of saying right
        after the closing mark, the mark before the opening one is a colon outside quotes, and that colon's
        verb has a person of agreeing gender as its subject. Source: strict read of AllSides 1041-1490 (round
        18; a president's tweet, tagged before and after, given to his aide named earlier)."""
        if pronoun.dep_ != "nsubj" or not turns.speaks(pronoun.head):
            return None
        k = bisect.bisect_right(self.quote_starts, pronoun.idx) - 1
        if k < 0 or self.quotes[k][1] > pronoun.idx:
            return None
        text = doc_text(self.doc)
        start, end = self.quotes[k]
        if text[end:pronoun.idx].strip(" ,"):
            return None
        mark = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if mark is None or mark.start == 0:
            return None
        colon = self.doc[mark.start - 1]
        if colon.text != ":" or self._in_quote(colon.idx):
            return None
        verb = colon.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < colon.i), None)
        if subject is None or verb.pos_ not in ("VERB", "AUX"):
            return None
        k = bisect.bisect_left(self.person_starts, subject.left_edge.idx)
        person = next((p for p in self.persons[k:] if p.start <= subject.idx < p.end), None)
        if person is None or self._in_quote(person.start) or not self.genders.agrees(person.name, low):
            return None
        return person

    def _other_named_in_paragraph(self, person: _Person, pronoun, low: str) -> bool:
        """``person`` is named in an earlier paragraph than the pronoun, and the pronoun's paragraph opens a sentence,
        before it and outside quotes, with "For" and someone else known to be of the pronoun's gender (a given name
        or a title says so: "Sanders has closed the gap. ¶ For Trump, the spring has been rough. He was embroiled
        in …"): a paragraph that opens on a new man has turned to him, so the older name is no surer than the new
        one (a new man named in passing is no such turn). Source: strict read of AllSides 1041-1490 (round 18; a candidate's regret
        given to his rival named in the paragraph before)."""
        text = doc_text(self.doc)
        para = text.rfind("\n\n", 0, pronoun.idx) + 2
        if person.start >= para:
            return False
        k = bisect.bisect_left(self.person_starts, para)
        for other in self.persons[k:]:
            if other.start >= pronoun.idx:
                return False
            if ((other.entity and other.entity == person.entity) or other.name == person.name
                    or self._in_quote(other.start) or self._captioned_apart(other, pronoun.idx)
                    or self._family_name(other) or self._talked_about(other)):
                continue
            if self.genders.of(other.name) == PRONOUN_GENDER.get(low) and self._fronted_topic(other):
                return True
        return False

    def _thread_lost(self, person: _Person, pronoun, low: str) -> bool:
        """``person`` was last named before the told paragraph ahead of the pronoun's (``_told_paragraph_before``),
        and that paragraph, with the pronoun's own up to it, keeps nothing of him outside quotes (no pronoun of his
        gender, no quotation in the paragraph before, no mention of him) while someone else comes in there as a
        subject or a predicate: a name of the pronoun's gender or a noun for a person that is not his post
        ("Police spokesman Vell said … ¶ … ¶ Another witness, identified only as Ruo, described panic. ¶ “…,” he
        told …": Ruo, whom the tagger took for a place, not Vell). Source: fresh read of AllSides 1041-1999
        (round 21; a witness's, an envoy's, an agency head's words given to a man named paragraphs before)."""
        text = doc_text(self.doc)
        before = self._told_paragraph_before(pronoun.idx)
        if before is None or person.start >= before[0]:
            return False
        if any(q[0] < before[1] and q[1] > before[0] for q in self.quotes) or text[before[0]] in OPENING_MARKS:
            return False  # the paragraph before quotes someone: his words may run on
        k = bisect.bisect_left(self.person_starts, before[0])
        if any(p.start < pronoun.idx and ((p.entity and p.entity == person.entity) or p.name == person.name)
               for p in self.persons[k:]):
            return False
        span = self.doc.char_span(before[0], pronoun.idx, alignment_mode="contract")
        if span is None:
            return False
        gender = PRONOUN_GENDER.get(low)
        told = [t for t in span if not self._in_quote(t.idx)]
        if any(PRONOUN_GENDER.get(POSSESSIVE_AS.get(t.lower_, t.lower_)) == gender
               for t in told if t.pos_ == "PRON" and t.i != pronoun.i):
            return False
        if any(t.pos_ == "NOUN" and _is_definite(self.doc[t.left_edge.i:t.i + 1]) and self._holds_post(person, t)
               for t in told):
            return False  # "According to the general, …": his post keeps to him
        return any(self._newcomer(t, person, gender) for t in told)

    def _told_paragraph_before(self, pos: int) -> tuple[int, int] | None:
        """Char bounds of the nearest paragraph before the one holding ``pos`` that tells the story: captions,
        blank lines and lines that end without a full stop (a heading, "SEE ALSO: …", a sign-up box, "X reports:")
        are passed over."""
        text = doc_text(self.doc)
        end = text.rfind("\n\n", 0, pos)
        while end > 0:
            found = text.rfind("\n\n", 0, end)  # no copy of the text before it per paragraph
            start = found + 2 if found >= 0 else 0
            chunk = text[start:end].strip()
            if chunk and chunk[-1] in SENTENCE_ENDS and not self._in_caption(start):
                return start, end
            end = start - 2
        return None

    def _newcomer(self, tok, person: _Person, gender: str | None) -> bool:
        """``tok`` heads a main clause's subject or predicate noun ("It was Senator Brant who …") that brings in
        someone other than ``person``: a name the article gives the pronoun's gender, or a noun for a person
        ("another witness", "the photographer") that is not a post ``person`` holds."""
        if not (tok.dep_ == "ROOT" or (tok.dep_ in SUBJECT_DEPS | {"attr"} and _clauses_above(tok) <= MAIN_CLAUSE_DEPS)):
            return False  # "Another witness, … described": a ROOT; "before the person is charged": an aside
        if tok.tag_ in PLURAL_TAGS:
            return False  # "Presidents have the power": no one "he" is
        if tok.pos_ == "PROPN" and tok.lower_ not in roles.PERSON_NOUNS:  # not "the High Commissioner"
            words = [t.text for t in tok.lefts if t.dep_ in ("compound", "flat") and t.pos_ == "PROPN"] + [tok.text]
            while len(words) > 1 and words[0].lower().rstrip(".") in BARE_TITLE_WORDS:
                words = words[1:]  # "President Ivo Brant": the name after the title
            name = " ".join(words)
            return name != person.name and not set(words) & set(person.name.split()) and (
                gender is not None and self.genders.of(name) == gender)
        if tok.lemma_.lower() not in roles.PERSON_NOUNS and tok.lower_ not in roles.PERSON_NOUNS:
            return False
        role = (self._role_of_person(person) or "").lower()
        return not self._holds_post(person, tok) and tok.lemma_.lower() not in role and tok.lower_ not in role

    def _fronted_topic(self, person: _Person) -> bool:
        """The person is the object of a "for" that opens its sentence ("For Vell, the spring has been rough"): the
        sentence, and the paragraph it opens, are about that person."""
        span = self.doc.char_span(person.start, person.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        prep = span.root.head
        return (span.root.dep_ == "pobj" and prep.lower_ == "for" and prep.head.dep_ == "ROOT"
                and prep.i == prep.sent.start)

    def _author_since(self, person: _Person, pronoun, low: str) -> bool:
        """Between ``person``'s mention and a pronoun that says something, a statement or a piece of writing is named
        with its author, a named person of the pronoun's gender other than ``person`` ("Vell was hit with a blistering
        statement from Senator Brant. He called the mayor's speech “disgraceful.”"), outside quotes: the author
        speaks on as often as the subject answers, so neither is sure (a verb of writing binds to the author,
        ``_writing_author_before``). Source: strict read of AllSides 1041-1490 (round 18; a senator's verdict on
        the president given to the president, whom his statement was aimed at)."""
        if pronoun.dep_ not in SUBJECT_DEPS or not turns.speaks(pronoun.head):
            return False
        doc = self.doc
        first = doc.char_span(person.start, person.end, alignment_mode="expand")
        if first is None or not len(first):
            return False
        for tok in doc[first.end:pronoun.i]:
            if tok.pos_ != "NOUN" or tok.lemma_.lower() not in AUTHORED_NOUNS or self._in_quote(tok.idx):
                continue
            owned = documents.owner(tok)
            author = doc[owned[0]:owned[1]].root if owned else None  # "Senator Brant, who has …": Brant
            if author is None or author.ent_type_ != "PERSON" or self._in_quote(author.idx):
                continue
            found = self.resolve(_person_start(author), author.i + 1)
            if (found.name and self._is_person(found) and self.genders.agrees(found.name, low)
                    and not ((found.entity and found.entity == person.entity) or found.name == person.name)):
                return True
        return False

    def _subject_over(self, person, head) -> bool:
        """``person`` (a ``_Person`` or a ``Speaker``) is named, in ``head``'s sentence, as the subject of a verb
        of speech whose clause holds ``head``: a definite description in what a named person says is someone
        else (no one is named and then described within their own report: "Analyst Scale pointed to what [the
        general] had said", "“…,” [the general] told senators, recalled Scale"); not under other verbs ("Vell
        made a speech in which [the president] urged …" is Vell), nor a description by the person's own post
        ("President Vell claims that [the president] knew"). Strict reads of AllSides 1041-1999 (round 13)."""
        sent = head.sent
        if isinstance(person, Speaker):
            ent = self.entities.get(person.entity) if person.entity else None
            spans = [(s, e) for s, e in ent.mentions] if ent is not None else []
            role = person.role
        else:
            spans = [(person.start, person.end)]
            role = self._role_of_person(person)
        if role and _in_role(head.lemma_.lower(), role):
            return False  # "Trump and his lawyer now claim that [the president] already knew": his own post
        for s, e in spans:
            if not sent.start_char <= s < sent.end_char:
                continue
            mention = self.doc.char_span(s, e, alignment_mode="expand")
            if mention is None:
                continue
            root = mention.root
            verb = root.head
            if root.dep_ in SUBJECT_DEPS and verb.i != head.i and verb.lemma_.lower() in SPEECH_VERBS \
                    and not (root.left_edge.i <= head.i <= root.right_edge.i) and head.i in {t.i for t in verb.subtree}:
                return True
        return False

    def _document(self, span, head, previous: Speaker | None, mention, antecedent: bool = False) -> Speaker | None:
        """A source headed by a document noun (``documents``): its owner in the phrase ("McKeon's statement",
        "a report by the Audit Office") or in the earlier mention a definite noun points back to, resolved as a
        source; None (the rules below) for a document named by
        whose it is ("the NATO report": as written) or a definite singular one ("the statement": its author named
        with the same noun before); else its issuer in this or the previous sentence ("X issued a statement. A
        statement released to the party's website said"); else no one ("according to new reports"), and no one
        for a document another acts on ("Ostria called Kessler's comments “reckless”")."""
        if documents.acted_on(head) and not antecedent:  # (a relative clause's "which said" is the document's)
            return Speaker(None, None, mention)  # "Ostria called [Kessler's comments] “reckless”": Ostria's words
        outlets = OUTLET_NAME_WORDS | WIRE_NAMES
        owner = documents.owner(head, outlets)
        if owner is not None:
            resolved = self._owner(owner, previous)
            return replace(resolved if groups.names_someone(resolved.name, resolved.entity)
                           else Speaker(None, None, None), mention=mention)  # "one of his posts", "his" unresolved: no one
        if documents.named(head):
            issuer = documents.named_issuer(head, self._in_quote)
            return self._issuer_named(issuer, mention, previous) if issuer is not None else None
        before = documents.owned_before(head, self._in_quote, outlets)
        resolved = self._owner(before, previous) if before is not None else None
        if resolved is not None and groups.names_someone(resolved.name, resolved.entity):
            return replace(resolved, mention=mention)  # "a court filing by Ana Lind … the court filing said"
        issuer = documents.issuer_before(head, self._in_quote)
        if issuer is not None:
            return replace(self.resolve(*issuer, previous), mention=mention)
        if _is_definite(span) and head.tag_ not in PLURAL_TAGS and head.lower_ in DOCUMENT_NOUNS:
            return None
        return Speaker(None, None, mention)

    def _issuer_named(self, tokens: tuple[int, int], mention, previous: Speaker | None) -> Speaker | None:
        """The issuer a named document gives ("the [NATO] report", "the [Danish] statement") resolved as a source:
        a nationality alone names its state ("Denmark", the entity of that name when the text has one); None
        (the phrase as written) when the issuer names no one."""
        words = self.doc[tokens[0]:tokens[1]]
        if all(t.ent_type_ == "NORP" for t in words):  # "the [South Korean] statement": South Korea
            state = states_index().demonym_of(words.text)
            if state is None:
                return None
            ent = next((e for e in self.entities.values() if e.type == "GPE" and e.name == state.name), None)
            return Speaker(ent.id if ent else None, state.name, mention)
        resolved = self._owner(tokens, previous)
        if not groups.names_someone(resolved.name, resolved.entity):
            head = words.root
            if resolved.name is None and documents.marked_body(head):  # "[the Danish presidency] published …"
                return Speaker(None, groups.group_name(head), mention)
            return None
        return replace(resolved, mention=mention)

    def _owner(self, tokens: tuple[int, int], previous: Speaker | None) -> Speaker:
        """The owner of a document at ``tokens`` resolved as a source (the agent of "released by" is its author,
        not a reader); a paper's short name is the paper named before ("the Courier's report")."""
        resolved = self.resolve(*tokens, previous, antecedent=True)
        longer = self._longer_organisation(resolved.name) if resolved.name in OUTLET_OWNERS else None
        if longer and longer != resolved.name:
            ent = next((e for e in self.entities.values() if e.type == "ORG" and e.name == longer), None)
            resolved = replace(resolved, name=longer, entity=ent.id if ent else None, role=ent.role if ent else None)
        return resolved

    def _coordinated(self, span, head, previous: Speaker | None) -> Speaker | None:
        """"Eliot Vance and Mara Quist" (a source whose head has nominal conjuncts): each conjunct resolved
        on its own, the names joined with "and"; no single entity or role. None when the head has no
        conjunct inside the span, or a conjunct names no one ("Vance and others": Vance's name alone would
        put the others' words in one person's mouth, so the phrase stays as written)."""
        conjuncts = [c for c in _conjuncts(head) if span.start <= c.i < span.end and not _place_of_prep(head, c)]
        if _body_named_as_conjunct(span, head) is not None:
            return None  # "the central bank, the Bank of Veskar,": one body, named
        if not all(_another_party(c) and not _description_continued(head, c) for c in conjuncts):
            return None  # "Ivo Brant, Ostrian Democrat and chairman of the panel": one person described
        if not conjuncts:
            return self._coordinated_in_compound(span, head, previous)
        if _titles_of_one(head):
            return None
        cut = min(min(c.left_edge.i for c in conjuncts),
                  min((c.i for c in head.children if c.dep_ == "cc" and c.i > head.i), default=span.end))
        first_end = cut
        while first_end > head.i + 1 and self.doc[first_end - 1].is_punct:
            first_end -= 1
        parts = [(max(span.start, head.left_edge.i), first_end)]
        parts += [(c.left_edge.i, c.right_edge.i + 1) for c in conjuncts]
        names = []
        for s, e in parts:
            resolved = self.resolve(s, e, previous)
            if not groups.names_someone(resolved.name, resolved.entity):
                return Speaker(None, _coordinated_group(head, conjuncts) if head.pos_ == "NOUN"
                               else self._people_named_in_full(span, parts, previous), (span.start_char, span.end_char))
            other = self.doc[s].lower_ == "other" and not resolved.name.lower().startswith("other ")
            name = ("other " if other else "") + resolved.name  # "and other members"
            if name not in names:
                names.append(name)
        if len(names) == 1:
            return None
        joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        return Speaker(None, joined, (span.start_char, span.end_char))

    def _coordinated_in_compound(self, span, head, previous: Speaker | None) -> Speaker | None:
        """Two named people the parser read as one name ("Harbour Minister Ola Brask and Port Commissioner Ivo
        Dalen", "both Brask and ferry lawyer Mila Torv": the first a compound of the second's name, or hung off
        the phrase, its "and" under it): both speak, not the last alone. The names joined when each side is one
        named person; else None (a body's name with "and" in it stays as the parser read it), but no one after
        "both" (two speak, either name alone is wrong). Source: reads of session 24 (a joint statement of two
        people given to the one named second)."""
        cc = next((t for t in span if t.dep_ == "cc" and t.lower_ in ("and", "&")
                   and span.start <= t.head.i < t.i < head.i and t.head.pos_ in ("PROPN", "NOUN")), None)
        if cc is None:
            return None
        first = span.start + (span[0].dep_ == "preconj")  # "both"
        end = cc.i
        while end > first and self.doc[end - 1].is_punct:
            end -= 1
        sides = [self.resolve(first, end, previous), self.resolve(cc.i + 1, span.end, previous)]
        mention = (span.start_char, span.end_char)
        if all(self._named_person(side, s, e) for side, (s, e) in zip(sides, [(first, end), (cc.i + 1, span.end)])) \
                and sides[0].name != sides[1].name:
            return Speaker(None, " and ".join(side.name for side in sides), mention)
        return Speaker(None, None, mention) if span[0].dep_ == "preconj" else None  # "both …": two, either

    def _named_person(self, speaker: Speaker, start: int, end: int) -> bool:
        """``speaker``, resolved from tokens ``start:end``, is a named person: an entity the tagger typed as one,
        or a first name and surname no token of which it typed a body or place; not a capitalised word of a
        body's name ("Procter and Gamble", "Health and Safety")."""
        ent = self.entities.get(speaker.entity) if speaker.entity else None
        if ent is not None:
            return ent.type == "PERSON" and self._is_person(speaker)
        tokens = self.doc[start:end]
        two_names = len(tokens) > 1 and tokens[-1].pos_ == tokens[-2].pos_ == "PROPN"
        return two_names and not any(t.ent_type_ in BODY_OR_PLACE_TYPES for t in tokens) and self._is_person(speaker)

    def _people_named_in_full(self, span, parts: list[tuple[int, int]], previous: Speaker | None) -> str:
        """The text of ``span``, a group written with a person in it ("Mr. Kullberg and other analysts"), with each
        person's part written as their full name ("Anders Kullberg and other analysts"). Source: strict read
        18b (a group speaker "Mr. X and other analysts" though the article named X in full)."""
        text = span.text
        for s, e in parts:
            resolved = self.resolve(s, e, previous)
            written = self.doc[s:e].text
            if resolved.entity in self.entities and self.entities[resolved.entity].type == "PERSON" \
                    and len(resolved.name.split()) > 1 and written != resolved.name and text.startswith(written):
                text = resolved.name + text[len(written):]
        return text

    def _part_of(self, span, head, part, resolved: Speaker) -> Speaker:
        """The speaker of a partitive source ("two of the senators", "a majority of voters", "one of his
        aides") from ``resolved``, the speaker of its group (``part``, the object of "of"): a group
        (no entity, or a people such as "Democrats") keeps the count, as the text writes it ("some of the
        Democrats": a part, not the party; "one of Ivo Brant's aides" for "his"); a named person or body
        is left as resolved. Source: strict reads of group speakers ("Democrats" for "some of the
        Democrats" says the whole party spoke)."""
        ent = self.entities.get(resolved.entity) if resolved.entity else None
        if not resolved.name or (ent is not None and ent.type != "NORP") or self._is_person(resolved):
            return resolved
        doc = self.doc
        start = groups.group_span(head)[0]  # "a handful", "two", "most" (articles off)
        of = next(c for c in head.children if c.dep_ == "prep" and c.lower_ == "of")
        as_written = resolved.name == groups.group_name(part)  # "two of the senators": the text's own words
        written = doc_text(doc)[part.left_edge.idx:doc[part.right_edge.i].idx + len(doc[part.right_edge.i])]
        end = groups.group_span(part)[1] if as_written else part.right_edge.i + 1
        if start > of.i or end > span.end or not (as_written or written.endswith(resolved.name)):
            prefix = doc_text(doc)[doc[start].idx:of.idx + len(of)] if start <= of.i else None
            name = f"{prefix} {resolved.name}" if prefix else resolved.name  # "one of Ivo Brant's aides"
        else:
            name = doc_text(doc)[doc[start].idx:doc[end - 1].idx + len(doc[end - 1])]
        return Speaker(None, name, resolved.mention)

    def _plural_subject_before(self, pronoun) -> tuple[int, int] | None:
        """Tokens of the latest plural subject outside quotes in this or the ``PRONOUN_SENTENCES``
        sentences before (a plural noun that can speak, or coordinated names), for "they said": the
        nearest antecedent that agrees in number, not the last person quoted. Within the nearest sentence
        that has one, the subject of the main clause goes before one of a clause inside it ("Officials said
        the boy was hurt after [two guards] fired. …, they announced": the officials), and that before one of
        a relative clause ("When experts survey the board, they see a panel that bows to the demands [the
        unions] make"); an earlier sentence is not read for a better one. Where the main subject is itself a
        group's pronoun ("many", "they"), only the subject of an adverb clause may be the group it stands for
        ("When [experts] survey …, they see"); one inside a clause on a noun or a complement is not ("many
        had fears [the levy] was not over"). Source:
        strict reads of "they" speakers on unseen articles (the guards, the challengers, the government and
        al Qaeda named inside a clause, given what officials, experts or senators said)."""
        doc = self.doc
        floor = pronoun.sent.start
        for _ in range(PRONOUN_SENTENCES):
            floor = doc[max(0, floor - 1)].sent.start
        best = None  # (clause depth, token) in the sentence being read, nearest first
        for tok in reversed(doc[floor:pronoun.i]):
            if best is not None and tok.sent.start != best[1].sent.start:
                break  # the nearest sentence with a candidate has been read whole
            if (tok.dep_ not in SUBJECT_DEPS or tok.pos_ not in ("NOUN", "PROPN") or self._in_quote(tok.idx)
                    or tok.sent.text.isupper()  # a ticker or headline in capitals is no antecedent
                    or (tok.head.dep_ == "ccomp" and tok.head.head.lemma_.lower() in SPEECH_VERBS)):
                continue  # (nor one talked about: "critics say [the board] failed")
            coordinated = any(c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN") for c in tok.children)
            plural = tok.tag_ in PLURAL_TAGS and (groups.speaks(tok) or tok.pos_ == "PROPN")
            ent = self._entity_at(tok.idx, tok.idx + len(tok))
            collective = (tok.pos_ == "NOUN" and tok.lower_ in ORG_NOUNS) or (
                tok.pos_ == "PROPN" and ent is not None and ent.type in ("ORG", "NORP"))  # "the administration … they"
            if not (coordinated or plural or collective):
                continue
            clauses = _clauses_above(tok)
            depth = 2 if clauses & NOUN_CLAUSE_DEPS else 1 if clauses - MAIN_CLAUSE_DEPS else 0
            if depth and (clauses - MAIN_CLAUSE_DEPS != {"advcl"}) and _group_pronoun_subject(tok.sent, pronoun):
                continue  # "many had fears [the levy] was over": the many, whoever they are
            if best is None or depth < best[0]:
                best = (depth, tok)
        if best is None:
            return None
        tok = best[1]
        end = max([tok.i] + [c.right_edge.i for c in tok.children if c.dep_ == "conj"]) + 1
        return tok.left_edge.i, end

    def _group_name(self, head, previous: Speaker | None) -> str:
        """An unnamed source as written; "his spokeswoman" becomes "Ivo Brant's spokeswoman" when "his"
        resolves to someone named (else it stays as written, which names no one)."""
        name = groups.group_name(head)
        owner = next((t for t in head.lefts if t.dep_ == "poss" and t.lower_ in POSSESSIVE_AS), None)
        if owner is None or not name.lower().startswith(owner.lower_ + " "):
            return name
        return self._owned(owner, name[len(owner.text):], previous) or name

    def _owned(self, owner, rest: str, previous: Speaker | None, strict: bool = True) -> str | None:
        """"Ivo Brant's" + ``rest`` when the possessive pronoun ``owner`` ("his", "her") resolves to one named
        person no one else named nearby competes with (``strict``: nor anyone named more often before); else
        None (whose, nothing says for sure)."""
        resolved = self._resolve(owner.i, owner.i + 1, previous)  # the owner's own role is not wanted
        ent = self.entities.get(resolved.entity) if resolved.entity else None
        if ent is None or ent.type != "PERSON" or len(resolved.name.split()) < 2:
            return None
        if self._people_near(owner) - {resolved.name}:
            return None  # another man (woman) named nearby: "his" is not sure enough to name anyone
        if strict and self._outnamed(resolved.name, owner):
            return None  # the article's own subject, named more often, may be whose father this is
        mark = "’" if "’" in doc_text(self.doc) else "'"
        return f"{resolved.name}{mark}s{rest}"

    def _without_person_role(self, speaker: Speaker) -> Speaker:
        """``speaker`` less a person's post ("spokesman", "lawyer", "minister") when the speaker is a body: an
        entity typed an organisation, place or people whose name ends in a body's word or is written in
        initials ("Kessel Roads Agency", "KRA"), not a person's name the tagger typed otherwise. The agency's
        spokesman speaks for it; the agency is no spokesman. Source: strict reads of roles."""
        ent = self.entities.get(speaker.entity) if speaker.entity else None
        if not speaker.role or ent is None or ent.type == "PERSON" or reads_as_person(ent.name):
            return speaker
        last = ent.name.split()[-1] if ent.name.split() else ""
        if not (last.lower() in ORG_WORDS or last.lower() in ORG_NOUNS or ent.name.replace(".", "").isupper()):
            return speaker
        if _persons_post(speaker.role):  # not "the ship's owner"
            return replace(speaker, role=None)
        return speaker

    def _added_by_last_speaker(self, pronoun, low: str, previous: Speaker | None) -> bool:
        """"“…,” she added": a verb that goes on with words already said (``CONTINUING_VERBS``) has the last
        speaker as its subject, not a person named since who said nothing ("“…,” said Lena Korr, a spokeswoman
        for the senator. Senator Maria Oddly has not voted since March. “…,” she added": Korr). True when the
        last speaker was tagged within ``PRONOUN_SENTENCES`` sentences, is one person (a name, or one unnamed
        person: "a spokeswoman for Oddly"), is known to be of the pronoun's gender (the article, or a post that
        says it: "spokeswoman"), and no one else is the subject of a verb of saying in between, outside quotes.
        Source: strict reads (a spokeswoman's "she added" given to the senator or another woman named between)."""
        verb = pronoun.head
        if (pronoun.dep_ != "nsubj" or verb.lemma_.lower() not in CONTINUING_VERBS or previous is None
                or not previous.name or previous.mention is None):
            return False
        start, end = previous.mention
        if end > pronoun.idx or start < self._pronoun_floor(pronoun.idx):
            return False
        said = self.doc.char_span(start, end, alignment_mode="expand")
        if said is None or not len(said):
            return False
        root = said.root
        one = self._is_person(previous) or self._person_by_post(previous) or (
            previous.entity is None and root.tag_ == "NN" and root.lemma_.lower() in roles.PERSON_NOUNS)
        want = PRONOUN_GENDER.get(low)
        posts = {_post_gender(previous.role), _post_gender(root.lower_)} - {None}
        known = posts or ({self.genders.of(previous.name)} - {None} if previous.entity else set())
        if not one or known != {want}:
            return False
        between = self.doc.char_span(end, pronoun.idx, alignment_mode="contract")
        return not any(t.dep_ in SUBJECT_DEPS and turns.speaks(t.head) and t.head.i != verb.i
                       and not self._in_quote(t.idx) for t in (between if between is not None else ()))

    def _person_by_post(self, speaker: Speaker | None) -> bool:
        """A named speaker the tagger typed a body ("Mara Tessel" as an organisation) whose name reads as a
        person's (two or three capitalised words, no body's word, no initials) and whose role is a person's
        post ("State Department spokeswoman"): one person, whom a "she said" right after the quote means as
        surely as a name typed a person. Without it the pronoun passes over her to a man of unknown gender named
        before. Source: a spokeswoman's quote, tagged "she said", given to the president named two paragraphs
        earlier (stance tuning articles, session 25)."""
        ent = self.entities.get(speaker.entity) if speaker is not None and speaker.entity else None
        if ent is None or ent.type == "PERSON" or not speaker.name or not _persons_post(speaker.role):
            return False
        words = ent.name.split()
        return (2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:].islower() and w.replace("-", "").isalpha()
                                               for w in words)
                and not any(w.lower() in ORG_WORDS or w.lower() in ORG_NOUNS for w in words))

    def _owned_role(self, speaker: Speaker, previous: Speaker | None) -> Speaker:
        """A role that opens with "his" / "her" ("His personal lawyer, Mark Tell,") gets its owner ("Dana
        Moss's personal lawyer") where the pronoun resolves to someone else named, as surely as a "he said"
        does (``_owned``); else it keeps the pronoun, and ``roles.as_role`` drops it: a relation without its
        owner is no role."""
        words = (speaker.role or "").split(None, 1)
        if len(words) < 2 or words[0].lower() not in POSSESSIVE_AS or speaker.mention is None:
            return speaker
        sent = self.doc.char_span(*speaker.mention, alignment_mode="expand")
        if sent is None:
            return speaker
        for tok in sent.sent:
            if tok.lower_ == words[0].lower() and tok.dep_ == "poss" and \
                    doc_text(self.doc)[tok.idx:tok.idx + len(speaker.role)].lower() == speaker.role.lower():
                owned = self._owned(tok, " " + words[1], previous, strict=False)  # as sure as "he said" is
                if owned and not owned.startswith(f"{speaker.name}’") and not owned.startswith(f"{speaker.name}'"):
                    return replace(speaker, role=owned)
                return speaker
        return speaker

    def _is_entity(self, speaker: Speaker | None) -> bool:
        """A speaker that is a person, organisation or state the article names (what a document speaks for)."""
        ent = self.entities.get(speaker.entity) if speaker is not None and speaker.entity else None
        return ent is not None and ent.type in ("PERSON", "ORG", "GPE")

    def is_person(self, speaker: Speaker | None) -> bool:
        """A speaker that is one named person (``_is_person``)."""
        return self._is_person(speaker)

    def _is_person(self, speaker: Speaker | None) -> bool:
        """A speaker that is one named person (not "Critics", "the Labor Department", "English's lawsuit")."""
        if not _is_named(speaker) or not groups.names_someone(speaker.name):
            return False
        ent = self.entities.get(speaker.entity) if speaker.entity else None
        if ent is not None:
            return ent.type == "PERSON"
        words = _name_words(speaker.name)
        return bool(words) and all(w[:1].isupper() for w in words) and not (
            words[-1].lower() in ORG_WORDS or words[-1].lower() in groups.SPEAKING_NOUNS
            or words[-1].lower() in PARTY_MEMBERS
            or (words[-1].endswith("s") and not words[-1].endswith("ss")))

    def _named(self, span, head, ent: Entity | None, mention) -> Speaker:
        """A source naming someone: full name (from the entity or the article), role from the name's context.
        An organisation's name is whole ("Syria's Foreign Ministry", "the Department of Justice", never
        "Ministry" or "Department")."""
        if head.lower_ in ORG_WORDS or head.lower_ in ORG_NOUNS:
            name = groups.group_name(head)
            if ent is not None and ent.type != "PERSON" and head.text in ent.name and len(ent.name) > len(name):
                name = ent.name
            name = self._longer_organisation(name)
            role = ent.role if ent is not None else org_roles.role_at(self.doc, _name_start(span, head), head.i + 1)
            described = _description_before_name(head)
            if described is not None and name.endswith(" " + described[1]):
                name, role = described[1], role or described[0]  # "the watchdog group Public Trust": the name
            return Speaker(ent.id if ent is not None else None, name, mention, role)
        first = _name_start(span, head)
        while first < head.i and (self.doc[first].lower_ in TITLE_WORDS or self.doc[first].ent_type_ in ("DATE", "TIME")
                                  or roles.title_occupation(self.doc[first]) or self.doc[first].lower_ in TITLE_RANKS
                                  or _plural_title(self.doc[first], TITLE_WORDS) or inverted_cue(self.doc, first, head.i + 1)
                                  or (self.doc[first].text == "." and (self.doc[first - 1].lower_ in TITLE_RANKS
                                                                       or _plural_title(self.doc[first - 1], TITLE_WORDS)))):
            first += 1  # "Mayor Edda Lindqvist", "Actress Mia Lund", "Congresswomen Ada Tlain": the title, not the name
        first = max([first] + [t.i + 1 for t in self.doc[first:head.i] if _title_inside(t)])
        if ent is not None and ent.type != "PERSON" and after_page_label(self.doc, first, head.i + 1) > first:
            ent = None  # "Radio Interview Ivo" typed a body: a programme's label run into a person's name
        first = after_page_label(self.doc, first, head.i + 1)
        if self.doc[first].is_digit and ent is not None and self.doc[first].text not in ent.name.split():
            ent = None  # "the website 38 North" (``_name_start``): not the place "North" stands for elsewhere
        raw = self.doc[first:_hyphen_tail(head, _number_tail(head, span.end))].text  # "Kanal 5", "Choe Son-hui"
        if _day_run_in(head, first):
            raw = self.doc[first:head.i].text  # "Rostani Sunday said": the day is when, not the name's
        if ent is not None and ent.type == "GPE" and ent.name.split()[0] == raw and len(ent.name.split()) > 1:
            return Speaker(ent.id, ent.name, mention, ent.role)  # "the North" of a story about North Korea
        name = self.canonical(raw)
        bare = _name_words(raw)
        if len(bare) == 1 and left_to_no_namesake(self.doc, head.i):
            name = bare[0]  # a namesake's bare surname the entity step left to no one (``people.namesake_unsure``)
        if ent is not None and ent.type in ("ORG", "FAC") and raw.replace(".", "").isupper() and len(ent.name.split()) > 1:
            name = ent.name  # "IBE", short for the "Immigration and Border Enforcement agency (IBE)" named before
        if ent is not None and ent.type == "PERSON":
            ent_name = self.canonical(ent.name, person=True)
            if left_to_no_namesake(self.doc, head.i):
                ent_name = ent.name  # a bare surname the entity step left to no namesake ("Vell" after "Ivo Vell")
            if len(ent_name.split()) >= len(name.split()) or (
                    len(ent_name.split()) >= 2 and raw.endswith(" " + ent.name) and (
                        _titled(self.doc[first:head.i + 1], len(ent.name.split()))
                        or _title_tail(ent.role, raw[:-len(ent.name)]))):
                name = ent_name  # "Treasury Secretary Ivo Brant": the words before the person's name are titles
        words = name.split()
        if surname_key(words) is not None:
            self.full_names.setdefault(surname_key(words), name)
        kin = ent is not None and ent.role and ent.role.split()[-1].lower() in roles.RELATION_NOUNS
        role = (ent.role if ent is not None and not kin else None) or self._named_roles.get(name)
        here = roles.role_of(self.doc, first, head.i + 1)
        if here and len(words) >= 2 and bare_surname_doubtful(self.doc, first, head.i + 1, words[-1]):
            here = None  # "President Varn, his uncle,": a bare surname's title may be a relative's (``entities.kin``)
        if role and here and _owner_before(self.doc, here, role, first):
            role = here  # "the Harbour Board's spokesman", where the entity's role reads "spokesman"
        if roles.held_then(here):
            role = here  # "then-Sen. Brant said in 2005": the post held when the words were said, not the one held now
        if not role:  # a bare kinship noun ("sister") leaves the name's own role ("Ana Vell's sister")
            role = here or self.role_of_name(name) or self._kin_beside(head, name)
        role = roles.without_name(self._fuller_role(role, name), name)
        if not role and ent is None:  # a name no entity holds: the body it is, or is named "of"
            role = org_roles.role_at(self.doc, first, head.i + 1, person=org_roles.person_name(name))
        if names_group(name):
            role = None  # "Team Varn": a group named after a person holds none of the person's posts
        if role:
            self._named_roles.setdefault(name, role)
        return Speaker(ent.id if ent is not None else None, _with_numeral(name, ent), mention, role)

    def _kin_beside(self, head, name: str) -> str | None:
        """A kinship noun set after the name with a possessive pronoun ("Ana Lind, his sister,") as the relative
        named: "Ivo Vell's sister" where "his" resolves to one person named as surely as a "he said" does
        (``_owned``); None where it does not (an unresolved "his" says whose sister to no one). Source: strict
        reads of roles (a relative's role null where the article says whose)."""
        app = next((c for c in head.rights if c.dep_ == "appos" and c.tag_ == "NN"
                    and c.lemma_.lower() in roles.RELATION_NOUNS and self.doc[c.left_edge.i - 1].text == ","), None)
        owner = next((c for c in app.lefts if c.dep_ == "poss" and c.lower_ in POSSESSIVE_AS), None) if app else None
        if owner is None or owner.i != app.left_edge.i:
            return None
        owned = self._owned(owner, " " + self.doc[owner.i + 1:app.i + 1].text, None, strict=False)
        return owned if owned and not owned.startswith((f"{name}'", f"{name}’")) else None

    def _outlet_before(self, pos: int) -> Entity | None:
        """The latest news organisation named before ``pos``: its name says so ("Courier", "Times") or an
        appositive does ("…, the country's largest newspaper")."""
        k = bisect.bisect_left(self.mention_starts, pos)
        for s, e, ent in reversed(self.mentions[max(0, k - OUTLET_LOOKBACK):k]):
            if ent.type == "ORG" and self._is_outlet(ent, s, e):
                return ent
        return None

    def _is_outlet(self, ent: Entity, s: int, e: int) -> bool:
        if any(w.lower() in OUTLET_NAME_WORDS for w in ent.name.split()):
            return True
        span = self.doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            return False
        return any(child.dep_ == "appos" and child.lemma_.lower() in OUTLET_NOUNS for child in span.root.children)

    def _entity_at(self, s: int, e: int) -> Entity | None:
        k = bisect.bisect_right(self.mention_starts, s)
        best = None
        for ms, me, ent in self.mentions[max(0, k - 8):k]:
            if ms <= s and e <= me and (best is None or ent.type == "PERSON"):
                best = ent
        return best

    def _person_before(self, pos: int, pronoun: str = "") -> _Person | None:
        """The latest person named before ``pos`` outside quotation marks (a name inside a quote is
        rarely who "he said" refers to) whose gender agrees with ``pronoun``; None when that person is only
        talked about in someone's reported words (``_talked_about``): the one who reported them is as
        likely, and a farther name is no surer; None too when someone unnamed is brought in after that
        person ("… according to a senior official … He said": the official, not the last name), or when
        the person stands in a subordinate clause of a sentence whose "he" runs on (``_inside_pronoun_chain``)."""
        k = bisect.bisect_left(self.person_starts, pos)
        recent = self.persons[max(0, k - PRONOUN_LOOKBACK):k]
        agreeing = [p for p in recent if self.genders.agrees(p.name, pronoun) and not self._family_name(p)
                    and not self._captioned_apart(p, pos)]
        for person in reversed(agreeing):
            if not self._in_quote(person.start):
                return None if (self._talked_about(person) or self._unnamed_between(person.end, pos, pronoun)
                                or self._chained(person, pronoun)) else person
        return agreeing[-1] if agreeing and not self._talked_about(agreeing[-1]) else None

    def _subject_before(self, pos: int, pronoun: str = "") -> _Person | None:
        """The latest person named as a subject, outside quotes, in this or the previous sentences:
        news prose keeps its protagonist in subject position, so "he said" points back to it."""
        k = bisect.bisect_left(self.person_starts, pos)
        s = bisect.bisect_right(self.sent_starts, pos) - 1
        floor = self._pronoun_floor(pos) if pronoun else self.sent_starts[max(0, s - PRONOUN_SENTENCES)] if s >= 0 else 0
        told = (p for p in reversed(self.persons[:k]) if not (pronoun and self._captioned_apart(p, pos)))
        for person in islice(told, PRONOUN_LOOKBACK):  # "he": no caption's name
            if person.start < floor:
                break
            if (not self._in_quote(person.start) and self._is_subject(person, spoken_of=False, appositive=bool(pronoun))
                    and self.genders.agrees(person.name, pronoun) and not self._under_whose(person)):
                if self._chained(person, pronoun):
                    return None
                return self._main_subject(person, pronoun) or person
        return None

    def _signed_off(self, person: _Person) -> bool:
        """The person is the reporter of a broadcast's bare sign-off sentence ("NBC's Ivo Denk reports.", "…
        reports from Varna."): a line that only introduces the piece, after which a "he" goes on with the one the
        story is about, not the reporter. Source: analyst read 19 (a network reporter given an interviewee's
        words in a transcript)."""
        span = self.doc.char_span(person.start, person.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        root = span.root.sent.root
        return (root.lemma_.lower() == "report" and span.root.head.i == root.i and span.root.dep_ in SUBJECT_DEPS
                and all(c.dep_ in SIGN_OFF_DEPS or c.i == span.root.i for c in root.children)
                and not any(self._in_quote(t.idx) for t in span.root.sent))

    def _reporter_questioning(self, person: _Person, pronoun: str) -> bool:
        """The person is a journalist (a reporter's post, or a network's name, as role) who acts on another named
        person in the clause ("reporter Jon Brask cornered Senator Radu Fenn", "NPR's Ana Lind asked Mayor Vell"):
        the words a "he" then says are as likely the answer of the one questioned; no one for sure. Source:
        analyst read 19 (a reporter given the senator's reply)."""
        role = self._role_of_person(person) or ""
        if not (relays.JOURNALIST_POSTS.search(role) or role.lower() in relays.WIRE_NAMES):
            return False
        span = self.doc.char_span(person.start, person.end, alignment_mode="expand")
        if span is None or not len(span) or span.root.dep_ not in SUBJECT_DEPS:
            return False
        verb = span.root.head
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]  # the one questioned, not "a photo of Vell"
        if any(o.lower_ == OBJECT_PRONOUNS.get(pronoun) for o in objects):
            return True  # "host Carl Pell asked him about …. “…,” he said": the one asked answers
        k = bisect.bisect_left(self.person_starts, verb.sent.start_char)
        return any(p.start <= o.idx < p.end and p.name != person.name and self.genders.agrees(p.name, pronoun)
                   for o in objects for p in self.persons[k:k + PRONOUN_LOOKBACK])

    def _under_whose(self, person: _Person) -> bool:
        """The person is, or is set beside, the subject of a clause opened by "whose" ("Herzog, a retired general
        whose late father, Chaim Herzog, was president"): a relative of the one described, however the parse
        roots the clause, and no antecedent for a later "he". Source: strict read of AllSides 1041-1490 (round 18)."""
        span = self.doc.char_span(person.start, person.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        root = span.root.head if span.root.dep_ == "appos" else span.root
        return any(c.lower_ == "whose" for c in root.children)

    def _main_subject(self, person: _Person, pronoun: str) -> _Person | None:
        """The person subject of the main clause, when ``person`` is only the subject of a clause under it in the
        same sentence ("Halas, who was held after Vell was ousted, addressed the police …": Halas): the main
        clause's subject is the one the story goes on about (centering), so a later "he" means that one."""
        span = self.doc.char_span(person.start, person.end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        verb = span.root.head
        if not any(t.dep_ in SUBORDINATE_DEPS for t in [verb, *verb.ancestors] if t.i != t.sent.root.i):
            return None
        if any(c.dep_ == "mark" and c.lower_ in CONTRASTIVE_MARKS for t in [verb, *verb.ancestors] for c in t.children):
            return None  # "Rubio is hostile to it, while Walker has taken the fight …": a second topic, not a lesser one
        root = verb.sent.root
        main = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
        if main is None or main.i == span.root.i:
            return None
        k = bisect.bisect_left(self.person_starts, main.sent.start_char)
        return next((p for p in self.persons[k:] if p.start <= main.idx < p.end + 1 and p.start < person.start
                     and self.genders.agrees(p.name, pronoun) and not self._in_quote(p.start)), None)

    def _chain_blocked(self, pos: int, pronoun: str) -> bool:
        """A person ``_subject_before`` would have taken but for ``_inside_pronoun_chain``: the "he" of the
        story runs on, and neither that person nor an older name is sure enough."""
        k = bisect.bisect_left(self.person_starts, pos)
        floor = self._pronoun_floor(pos)
        return any(p.start >= floor and not self._in_quote(p.start) and not self._captioned_apart(p, pos)
                   and self._is_subject(p, spoken_of=False)
                   and self.genders.agrees(p.name, pronoun) and self._chained(p, pronoun)
                   for p in self.persons[max(0, k - PRONOUN_LOOKBACK):k])

    def _role_subject_before(self, pronoun, person: _Person | None) -> tuple[int, int] | None:
        """Tokens of "the mayor" when such a definite role noun ("the mayor", "Vell's spokesman", "her
        lawyer"; singular, not of the other gender) is the subject of this or the previous sentence, outside
        quotes, and nearer the pronoun than ``person`` (the named subject found). For a pronoun that says
        something, not one inside what someone else reports ("the spokesman said the mayor trusts him. “…,” he
        said": the spokesman speaks, the mayor is talked about)."""
        doc = self.doc
        floor = doc[max(0, pronoun.sent.start - 1)].sent.start
        for tok in reversed(doc[floor:pronoun.i]):
            if person is not None and tok.idx < person.end:
                return None
            if (tok.dep_ in SUBJECT_DEPS and tok.pos_ == "NOUN"
                    and (tok.lemma_.lower() in roles.ROLE_NOUNS or tok.lemma_.lower() in RANKS)
                    and any((c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss" for c in tok.lefts)
                    and not self._in_quote(tok.idx) and tok.tag_ not in PLURAL_TAGS
                    and tok.lower_ not in turns.other_gender_nouns(pronoun.lower_)
                    and not (_reported(tok) and turns.speaks(pronoun.head) and pronoun.head not in tok.ancestors)):
                if self._inside_pronoun_chain(tok, pronoun.lower_):
                    return None  # "He learned … the year the former president retired": not the president
                if person is not None and (self._subject_over(person, tok) or self._subject_above(person, tok)):
                    return None  # "Lind told CNN the deposed president was held. He said …": Lind, the main subject
                named = [c for c in tok.rights if c.dep_ == "appos" and c.pos_ == "PROPN"]
                return tok.left_edge.i, (named[0].i + 1 if named else tok.i + 1)  # "The spokesman …, Behrouz Kamal,"
        return None

    def _named_after_lesser(self, person: _Person, pronoun, low: str) -> bool:
        """``person`` is the subject only of a clause under another whose subject is no one named ("I came to know
        the port when I was posted there after Mayor Vell reopened it"), and a later sentence before the
        pronoun's names, outside quotes and captions, another person known to be of the pronoun's gender
        ("… hoping to meet Mr. Brant"): neither the lesser subject nor the later name is sure enough."""
        span = self.doc.char_span(person.start, person.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        root = span.root.head if span.root.dep_ in ("poss", "appos") else span.root  # "Vell's speech", "the envoy, Vell,"
        verb = root.head
        if verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT"):
            return False
        since = span.root.sent.end_char
        k = bisect.bisect_left(self.person_starts, since)
        for other in self.persons[k:]:
            if other.start >= pronoun.sent.start_char:
                return False
            if (other.name != person.name and (other.entity is None or other.entity != person.entity)
                    and not self._in_quote(other.start) and not self._captioned_apart(other, pronoun.idx)
                    and self.genders.of(other.name) == PRONOUN_GENDER.get(low) and not self._talked_about(other)
                    and not self._family_name(other)):
                return True
        return False

    def _subject_above(self, person: _Person, tok) -> bool:
        """``person`` is the subject of a verb, in ``tok``'s sentence, that takes the clause ``tok`` is the subject of
        as its complement, at any depth ("Lind tried to convince reporters that [the president] is firm. “…,” he
        said": Lind): the subject of the upper clause is whom the story follows (centering), not a description
        inside its complement. An adverbial clause is no complement ("Brant and Vell sparred after [the
        minister] spoke. He said …": the minister is as likely)."""
        span = self.doc.char_span(person.start, person.end, alignment_mode="expand")
        if span is None or not len(span) or span.root.sent.start != tok.sent.start:
            return False
        root = span.root
        verb = root.head
        if root.dep_ not in SUBJECT_DEPS or tok.head.i == verb.i:
            return False
        clause = tok.head
        while clause.i != verb.i:  # only complements between: "tried to convince … that [the president] is …"
            if clause.dep_ not in COMPLEMENT_DEPS or clause.head.i == clause.i:
                return False  # not an adverbial clause ("Brant and Vell sparred after [the minister] spoke")
            clause = clause.head
        return True

    def _described_since(self, pronoun, since: int, person: _Person, subjects_only: bool = False):
        """Someone else than ``person`` that ``pronoun`` may mean, described but not named between char
        ``since`` and the pronoun, outside quotes and outside reported clauses, in its sentence or the
        ``PRONOUN_SENTENCES`` before: a definite role noun ("the president", "the former governor"), or a
        titled name the entities missed ("House Whip Ivo Brant"). Returns the person a subject description
        resolves to (as a source would) when its gender agrees; ``UNSURE`` when the description resolves to
        no one, or is only an object ("the memo the president signed … He also stated": the president, not
        a name far back); None when no one else is described, or the description is ``person`` again.
        With ``subjects_only``, only subjects count (a named subject outranks an object described)."""
        doc, low = self.doc, POSSESSIVE_AS.get(pronoun.lower_, pronoun.lower_)
        floor = doc[max(0, pronoun.sent.start - 1)].sent.start
        for _ in range(PRONOUN_SENTENCES - 1):
            floor = doc[max(0, floor - 1)].sent.start
        for tok in reversed(doc[floor:pronoun.i]):
            if tok.idx < since:
                return None
            if self._in_quote(tok.idx) or _reported(tok) or self._person_at(tok.idx):
                continue
            subject = tok.dep_ in SUBJECT_DEPS
            if subjects_only and not subject:
                continue
            if (tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.lemma_.lower() in roles.ROLE_NOUNS
                    and tok.dep_ in SUBJECT_DEPS | {"dobj", "pobj", "poss"}
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.lefts)
                    and not any(c.dep_ == "appos" for c in tok.children)):
                said = self.resolve(tok.left_edge.i, tok.i + 1)
                if (said.entity and said.entity == person.entity) or said.name == person.name:
                    return None
                if self._subject_above(person, tok):
                    continue  # "Lind tried to convince reporters that the president …": Lind's clause holds it
                if not (said.entity and said.entity in self.entities and self.entities[said.entity].type == "PERSON"):
                    return UNSURE if subject else None  # "the official", unnamed: a subject is as likely
                if not self.genders.agrees(said.name, low):
                    continue
                return _Person(tok.idx, tok.idx + len(tok), said.name, said.entity) if subject else UNSURE
            if _described_indefinitely(tok, low, subject):
                return UNSURE  # "a doctor in Kessel", "a former fisherman who joined a defence force": unnamed
            if subject and _described_definitely(tok, low) and self._acts_on_named(tok):
                return UNSURE  # "Moe hosted Vell … the fisherman thanked Moe. … he said": a third, unnamed here
            if (subject and tok.pos_ == "PROPN" and tok.ent_type_ in ("", "PERSON")
                    and any(c.dep_ == "compound" and c.lower_ in TITLE_WORDS for c in tok.lefts)):
                return UNSURE  # "House Minority Whip Ivo Brant said …": a person the entities do not know
            if subject and tok.pos_ == "PROPN" and turns.speaks(tok.head) and self._unknown_speaker(tok, low):
                return UNSURE  # "…,” Ivo Brant, an expert on the port, said": a man the tagger typed otherwise
        return None

    def _root(self, person: _Person):
        """The head token of a person's mention, or None."""
        span = self.doc.char_span(person.start, person.end, alignment_mode="expand")
        return span.root if span is not None and len(span) else None

    def _speaker_passed_over(self, person: _Person, pronoun, low: str) -> bool:
        """``person``, the latest named subject before a pronoun that is the subject of a verb of saying, is only
        the subject of a plan told in the future in an earlier sentence ("Foreign Minister Brant will travel to the
        region"), and the latest named subject before it in the pronoun's window (``_pronoun_floor``) is someone
        else, of agreeing gender, who speaks in a main clause and is named at least as often ("Vell said in the
        address …"): a plan told right after someone speaks is most often still his announcement, so the one
        speaking is as likely as the one the plan is about, and neither is sure (``turns``). An earlier turn of
        ``person``'s own ends the search: it spoke first. Source: strict reads (round 16; a televised address)."""
        root = self._root(person)
        if pronoun.dep_ not in SUBJECT_DEPS or not turns.speaks(pronoun.head) or root is None \
                or root.sent.start == pronoun.sent.start or not turns.planned(turns.subject_role(root).head):
            return False
        start = self._pronoun_floor(pronoun.idx)
        k = bisect.bisect_left(self.person_starts, person.start)
        for other in reversed(self.persons[max(0, k - PRONOUN_LOOKBACK):k]):
            if other.start < start:
                return False
            if self._in_quote(other.start) or self._captioned_apart(other, pronoun.idx) or self._family_name(other) \
                    or not self._is_subject(other, spoken_of=False, appositive=True):
                continue
            verb = turns.subject_role(self._root(other)).head
            if not turns.speaks(verb) or not turns.main_clause(verb):
                continue
            if (other.entity and other.entity == person.entity) or other.name == person.name:
                return False
            if self.genders.agrees(other.name, low) and not self._chained(other, low):
                return self._mention_counts[other.entity or other.name] >= self._mention_counts[person.entity or person.name]
        return False

    def _lesser_than_last_speaker(self, person: _Person, pronoun, low: str, previous: Speaker | None) -> str | None:
        """``person``, the named subject found before a pronoun that says something, is no main clause's subject:
        "owner" when only the possessor of one ("Justice Brant's opinion struck down the law"), "clause" when the
        subject of a clause under a main one whose subject is no person ("the figure comes from a model [that
        Oslin built]", "the delay began after [Mast sold the agency]"); and the last speaker (``previous``, of the
        pronoun's gender, someone else) spoke before that mention, in the pronoun's window, outside quotes; not in
        the pronoun's own sentence ("When Brant took office, he said": Brant), nor when ``person`` is named more
        often than the speaker (the story is about him) or a pronoun of the same gender comes between. The
        one who spoke goes on speaking more often than a name the story passes by: a lesser clause's subject
        yields to the speaker; an owner of the main subject is as likely as the speaker, so no one for sure.
        None otherwise. Source: issue "he resolves to the nearest fitting antecedent" (session 22)."""
        if (pronoun.dep_ not in SUBJECT_DEPS or not turns.speaks(pronoun.head) or not self._is_person(previous)
                or not previous.mention or not self.genders.agrees(previous.name, low)
                or (previous.entity and previous.entity == person.entity) or previous.name == person.name
                or not self._pronoun_floor(pronoun.idx) <= previous.mention[0] < person.start
                or self._in_quote(previous.mention[0])):
            return None
        if self._mention_counts[person.entity or person.name] > self._mention_counts[previous.entity or previous.name]:
            return None  # "… a pledge Obama made as a candidate": the man the story is about, not one it passes by
        root = self._root(person)
        if root is None or root.sent.start == pronoun.sent.start:
            return None  # "When Brant took office, he said": his own sentence's "he"
        if any(t.pos_ == "PRON" and POSSESSIVE_AS.get(t.lower_, t.lower_) == low and not self._in_quote(t.idx)
               for t in self.doc[root.i + 1:pronoun.i]):
            return None  # "… Brant built. Although he tried …, he said": a "he" since goes on with someone
        if _owns_main_subject(root):
            return "owner"
        verb = root.head
        if root.dep_ not in SUBJECT_DEPS or verb.dep_ in MAIN_CLAUSE_DEPS:
            return None
        return "clause" if any(t.dep_ in ("relcl", "advcl", "acl") for t in [verb, *verb.ancestors]) else None

    def _object_outranked(self, person: _Person, pronoun, low: str) -> bool:
        """``person`` is named only as an object or an owner, not a subject, and someone else outranks that
        mention before the pronoun: the subject of its own clause is a pronoun of ``low``'s gender, who cannot
        be that person and is the passage's running "he" ("He compared the case to that of former adviser Ivo
        Brant … He said": not Brant; "“…,” he told Danny. He asked": not Danny) or another named person who
        reports words to it (``_other_source_at``: "Vell told Brask the party … She said"), or an unnamed person noun is
        the subject of a verb of saying from its sentence on ("Asked about Brant's remarks, Vell's spokesman
        said …"). Outside quotes and reported clauses (``turns``)."""
        root = self._root(person)
        if root is None:
            return False
        place = turns.subject_role(root)
        if place.dep_ in SUBJECT_DEPS:
            return False
        subject = turns.subject_of(turns.clause_verb(place))
        if subject is not None and subject.i < pronoun.i and not self._in_quote(subject.idx) and (
                turns.same_gender_pronoun(subject, low) or self._other_source_at(subject, person)):
            return True
        for tok in self.doc[root.sent.start:pronoun.i]:
            if tok.i != place.i and turns.described_speaker(tok, low) and not self._in_quote(tok.idx) and not _reported(tok):
                said = self.resolve(tok.left_edge.i, tok.i + 1)
                if not ((said.entity and said.entity == person.entity) or said.name == person.name):
                    return True
        return False

    def _other_source_at(self, tok, person: _Person) -> bool:
        """A named person other than ``person`` stands at ``tok``, the subject of a clause that names ``person``
        as its object and reports what the subject said ("Former minister Nicky Vell told ITV's Brask [the party
        …]"): the subject, passed over for the pronoun's gender, is the last source, and its first name's listed
        gender may be wrong, so the one told is no surer an antecedent for a later "she". A subject that only
        acts on the person ("Ivo Brask asked Vell to respond. She said") reports nothing and does not count.
        Source: issue "pronoun speakers resolved to the wrong person" (session 24: a talk show's host given the
        guest's words)."""
        if not any(c.dep_ == "ccomp" for c in tok.head.children):
            return False
        k = bisect.bisect_right(self.person_starts, tok.idx) - 1
        return any(p.start <= tok.idx < p.end and p.name != person.name
                   and not (p.entity and p.entity == person.entity) for p in self.persons[max(0, k - 2):k + 1])

    def _unknown_speaker(self, tok, low: str) -> bool:
        """``tok`` ends a name that reads as a person's ("Ivo Brant", ``reads_as_person``) whose gender agrees
        with ``low``, and no entity of a speaking type covers it (the tagger typed it a work of art, or not at
        all): someone the entities do not know speaks there."""
        ent = self._entity_at(tok.idx, tok.idx + len(tok))
        if ent is not None and ent.type in SPEAKER_TYPES:
            return False
        name = " ".join(t.text for t in self.doc[tok.left_edge.i:tok.i + 1] if t.pos_ == "PROPN")
        return reads_as_person(name) and self.genders.agrees(name, low)

    def _object_of_described(self, person: _Person, pronoun: str) -> bool:
        """The person is the object of a clause whose subject is someone described, not named ("the freed
        fisherman thanked Moe", "a woman in the crowd hugged Moe"): the one described acts there, so a "he"
        that follows is as likely theirs as the named person's (a bystander's words are not the president's)."""
        span = self.doc.char_span(person.start, person.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        tok = span.root
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            tok = tok.head
        if tok.dep_ not in ("dobj", "prep", "dative"):
            return False
        if tok.dep_ == "prep" and tok.head.dep_ in SUBJECT_DEPS and tok.head.pos_ == "NOUN":
            subject = tok.head  # "A spokeswoman [for Mrs Lind] said: …. She added:" (round 16): the one for her speaks
            return not self._in_quote(subject.idx) and (
                _described_definitely(subject, pronoun) or _described_indefinitely(subject, pronoun, True))
        subject = next((c for c in tok.head.children if c.dep_ in SUBJECT_DEPS), None)
        return subject is not None and not self._in_quote(subject.idx) and (
            _described_definitely(subject, pronoun) or _described_indefinitely(subject, pronoun, True))

    def _acts_on_named(self, subject) -> bool:
        """The clause of the described ``subject`` has a named person as its object ("the fisherman thanked
        Moe"): the description is someone beside that person, the one acting in the scene."""
        verb = subject.head
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        objects += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        return any(self._person_at(o.idx) for o in objects)

    def _person_at(self, pos: int) -> bool:
        k = bisect.bisect_right(self.person_starts, pos) - 1
        return any(p.start <= pos < p.end for p in self.persons[max(0, k - 2):k + 1])

    def _organisation_named(self, noun: str, pos: int) -> tuple[Entity | None, int]:
        """The latest organisation named before ``pos`` with ``noun`` in its name ("the ministry" ->
        "Ostrian Finance Ministry") and the end of that mention; (None, pos) when there is none."""
        k = bisect.bisect_left(self.mention_starts, pos)
        for _, end, ent in reversed(self.mentions[max(0, k - OUTLET_LOOKBACK):k]):
            if ent.type == "ORG" and noun in ent.name.lower().split():
                return ent, end
        return None, pos

    def _organisation_between(self, start: int, head, named: Entity) -> bool:
        """Another organisation is the subject of a clause, outside quotes, between char ``start`` (the end
        of ``named``'s mention) and ``head`` ("the organization"): a group named by a common noun ("The
        humanitarian group Sana Relief, for which she worked, condemned …") or an organisation the
        entities know. "The organization" may then mean either, and the nearer one is not sure enough."""
        for tok in reversed(self.doc[:head.i]):
            if tok.idx < start:
                break
            if tok.dep_ not in SUBJECT_DEPS or self._in_quote(tok.idx) or tok.lower_ == head.lower_:
                continue
            ent = self._entity_at(tok.idx, tok.idx + len(tok))
            if ent is not None and ent.id != named.id and ent.type == "ORG":
                return True
            if ent is None and tok.pos_ == "NOUN" and tok.tag_ not in PLURAL_TAGS and tok.lower_ in ORG_NOUNS:
                return True
        return False

    def _body_of_kind_before(self, head) -> Entity | None:
        """The one body of the kind ``head``'s noun names ("the group", "the agency": ``org_roles.of_kind``)
        named outside quotes in this or the previous ``PRONOUN_SENTENCES`` sentences before ``head``, when no
        other organisation is a subject between it and ``head`` (``_organisation_between``); None when there
        are none or several."""
        noun = head.lower_
        s = bisect.bisect_right(self.sent_starts, head.idx) - 1
        floor = self.sent_starts[max(0, s - PRONOUN_SENTENCES)] if s >= 0 else 0
        k = bisect.bisect_left(self.mention_starts, head.idx)
        bodies: dict[str, tuple[Entity, int]] = {}
        for ms, me, ent in reversed(self.mentions[:k]):
            if ms < floor:
                break
            if ent.type in ("ORG", "PERSON") and not self._in_quote(ms) and not (
                    ent.type == "PERSON" and org_roles.person_name(ent.name)) \
                    and org_roles.of_kind(ent.name, ent.role, noun):
                bodies.setdefault(ent.id, (ent, me))
        if len(bodies) != 1:
            return None
        body, end = next(iter(bodies.values()))
        return None if self._organisation_between(end, head, body) else body

    def _name_with_word_before(self, head) -> str | None:
        """A capitalised name with ``head``'s word in it ("Ostrian Finance Ministry" for "the ministry"),
        written in this or the previous ``PRONOUN_SENTENCES`` sentences outside quotes, latest first."""
        doc = self.doc
        floor = doc[max(0, head.sent.start - 1)].sent.start
        for _ in range(PRONOUN_SENTENCES - 1):
            floor = doc[max(0, floor - 1)].sent.start
        for tok in reversed(doc[floor:head.i]):
            if tok.pos_ == "PROPN" and tok.lower_ == head.lower_ and tok.text[:1].isupper() and not self._in_quote(tok.idx):
                first = tok.i
                while first > floor and doc[first - 1].pos_ == "PROPN":
                    first -= 1
                return doc[first:tok.i + 1].text if first < tok.i else None
        return None

    def _outnamed(self, name: str, pronoun) -> bool:
        """Another person the pronoun may mean is named more often than ``name``, outside quotes, before
        it in the article: the one the story is about ("Police arrested Dario Venn … Venn … Judge Tomas
        Brell denied bail. “…,” his father said": Venn's father as likely as Brell's, so neither)."""
        low = POSSESSIVE_AS.get(pronoun.lower_, pronoun.lower_)
        counts: dict[str, int] = {}
        for p in self.persons:
            if p.start >= pronoun.idx:
                break
            if not self._in_quote(p.start) and self.genders.agrees(p.name, low):
                counts[p.name] = counts.get(p.name, 0) + 1
        return any(n > counts.get(name, 0) for other, n in counts.items() if other != name)

    def _people_near(self, pronoun) -> set[str]:
        """Names of the people named outside quotes in the pronoun's sentence (before it) and the
        ``PRONOUN_SENTENCES`` sentences before, whose gender agrees with it; names the tagger typed otherwise
        that read as a person's ("Ivo Brant" as an ORG) count too."""
        pos = pronoun.idx
        s = bisect.bisect_right(self.sent_starts, pos) - 1
        floor = self.sent_starts[max(0, s - PRONOUN_SENTENCES)] if s >= 0 else 0
        low = POSSESSIVE_AS.get(pronoun.lower_, pronoun.lower_)
        persons = self.persons[bisect.bisect_left(self.person_starts, floor):bisect.bisect_left(self.person_starts, pos)]
        others = self.mentions[bisect.bisect_left(self.mention_starts, floor):bisect.bisect_left(self.mention_starts, pos)]
        return {p.name for p in persons if not self._in_quote(p.start) and self.genders.agrees(p.name, low)} | {
            e.name for s, _, e in others if e.type != "PERSON" and reads_as_person(e.name)
            and not self._in_quote(s) and self.genders.agrees(e.name, low)}  # a person the tagger typed otherwise

    def _longer_organisation(self, name: str) -> str:
        """The longest organisation name of the article that ends with ``name`` ("New York Times" for
        "Times" when the article names it so), else ``name``."""
        longer = [e.name for e in self.entities.values()
                  if e.type == "ORG" and e.name.endswith(" " + name) and e.name[:1].isupper()]
        return max(longer, key=len) if longer else name

    def _named_beside_before(self, head) -> tuple | None:
        """(noun, name tokens) for the latest earlier mention of ``head``'s noun, in this or the previous
        ``PRONOUN_SENTENCES`` sentences outside quotes, that has its body's proper name set beside it ("The
        conservative watchdog group Harbour Watch filed …", "a workers' group, the Dockers Guild,") or before it
        ("the state-run Velpress agency", ``org_roles.around_name``): "the group" later is that body, named, not
        the description (strict reads, round 31). None when the latest such noun has no name beside it."""
        doc = self.doc
        floor = doc[max(0, head.sent.start - 1)].sent.start
        for _ in range(PRONOUN_SENTENCES - 1):
            floor = doc[max(0, floor - 1)].sent.start
        for tok in reversed(doc[floor:head.i]):
            if tok.lower_ == head.lower_ and tok.pos_ == "NOUN" and not self._in_quote(tok.idx):
                named = _named_appositive(doc[tok.left_edge.i:tok.right_edge.i + 1], tok) or _name_headed(tok)
                around = org_roles.around_name(tok) if named is None else None
                if around is not None:
                    return tok, (around[0], tok.i + 1)  # "the state-run Velpress agency"
                return (tok, named) if named is not None and named[0] > tok.i else None
        return None

    def _fuller_before(self, head) -> str | None:
        """The words of an earlier mention of the same noun that say more ("finance ministry" for "the
        ministry"), in this or the previous ``PRONOUN_SENTENCES`` sentences outside quotes, latest first."""
        doc = self.doc
        floor = doc[max(0, head.sent.start - 1)].sent.start
        for _ in range(PRONOUN_SENTENCES - 1):
            floor = doc[max(0, floor - 1)].sent.start
        for tok in reversed(doc[floor:head.i]):
            if tok.lower_ == head.lower_ and tok.pos_ in ("NOUN", "PROPN") and not self._in_quote(tok.idx):
                name = groups.group_name(tok)
                return name if name.lower() != tok.lower_ and groups.names_someone(name) else None
        return None

    def _organisation_before(self, pos: int) -> Entity | None:
        """The latest organisation or state named as a subject, outside quotes, in this or the previous
        sentences, for "it said"."""
        k = bisect.bisect_left(self.mention_starts, pos)
        s = bisect.bisect_right(self.sent_starts, pos) - 1
        floor = self.sent_starts[max(0, s - PRONOUN_SENTENCES)] if s >= 0 else 0
        for ms, me, ent in reversed(self.mentions[max(0, k - PRONOUN_LOOKBACK):k]):
            if ms < floor:
                break
            if ent.type in ("ORG", "GPE") and not self._in_quote(ms) and self._is_subject(_Person(ms, me, ent.name, ent.id)):
                return ent
        return None

    def _named_organisation_before(self, pronoun) -> str | None:
        """The name of an organisation the parser did not tag ("The Ostrian Finance Ministry"), when it
        is the subject of this or the previous sentence and its name has an organisation word."""
        doc = self.doc
        floor = doc[max(0, pronoun.sent.start - 1)].sent.start
        for tok in reversed(doc[floor:pronoun.i]):
            if tok.dep_ in SUBJECT_DEPS and tok.pos_ == "PROPN" and not self._in_quote(tok.idx):
                words = [t for t in doc[tok.left_edge.i:tok.i + 1] if t.pos_ == "PROPN"]
                if any(t.lower_ in ORG_WORDS for t in words):
                    return " ".join(t.text for t in words)
                return None
        return None

    def _is_subject(self, person: _Person, spoken_of: bool = True, appositive: bool = False) -> bool:
        """The person is a subject; with ``spoken_of=False``, not of a clause someone reports ("…, but
        argued that Trump was a demagogue": Trump is talked about, the arguer speaks). With ``appositive``,
        a name set beside a subject noun is that subject ("Ostria's envoy to the council, Marek Dovan,
        condemned …": a later "he" is Dovan)."""
        span = self.doc.char_span(person.start, person.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        beside = appositive and span.root.dep_ == "appos" and span.root.head.pos_ == "NOUN"
        root = span.root.head if beside or (appositive and _owns_main_subject(span.root)) else span.root
        if root.dep_ not in SUBJECT_DEPS:
            return False
        return spoken_of or not _reported(root)

    def _family_name(self, person: _Person) -> bool:
        """The name only modifies a plural noun ("the Koch brothers", "the Vell family's"): a group, no one "he" means."""
        span = self.doc.char_span(person.start, person.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        root = span.root
        return root.dep_ == "compound" and (root.head.tag_ in PLURAL_TAGS or root.head.lower_ in ("family", "clan"))

    def _chained(self, person: _Person, pronoun: str) -> bool:
        span = self.doc.char_span(person.start, person.end, alignment_mode="expand")
        return span is not None and len(span) > 0 and self._inside_pronoun_chain(span.root, pronoun)

    def _inside_pronoun_chain(self, tok, pronoun: str) -> bool:
        """``tok`` (a name or "the former president") is the subject of a subordinate clause, and a pronoun of
        ``pronoun``'s gender is already the main clause's subject earlier in its sentence, outside quotes
        ("He learned he got treatments when Roosevelt did … “…,” he said": the story's "he" runs on past
        Roosevelt, who is no antecedent for the next "he")."""
        gender = PRONOUN_GENDER.get(pronoun)
        if gender is None or tok.head.dep_ not in SUBORDINATE_DEPS:
            return False
        clause = tok.head
        # A relative clause says what a thing is ("On Ostria, a country that Brant has long criticized, he said:"):
        # a main-clause "he" after it still runs on from the sentences before, so the name in it is no antecedent
        # either. Not an adverbial clause ("When Brant landed, he said": Brant). Source: strict read of AllSides
        # 1041-1490 (round 18; an envoy's words given to the president a relative clause named).
        after = clause.dep_ == "relcl" and clause.right_edge.i + 1
        return any(t.dep_ == "nsubj" and t.lower_ in PERSON_PRONOUNS and PRONOUN_GENDER.get(t.lower_) == gender
                   and (t.head.dep_ == "ROOT" or (t.head.dep_ == "conj" and t.head.head.dep_ == "ROOT"))
                   and not self._in_quote(t.idx)
                   for t in [*self.doc[tok.sent.start:tok.i], *(self.doc[after:tok.sent.end] if after else ())])

    def _named_in_own_clause(self, pronoun, entity: str | None, name: str | None) -> bool:
        """The person is named, outside quotes, after the pronoun in the clause the pronoun is the
        subject of ("He pushed for inquiries that would help Brant", "when he said Brant had lied", "“…,”
        he said of Brant"): a subject pronoun never means a name its own clause goes on to use (binding,
        principle C), so that person is not its antecedent, whoever else may be. A name that only
        modifies a noun ("the Brant administration") is no such use, nor one in an adverbial clause
        or an aside, where writers do name the subject again ("He denied it, though Brant had …")."""
        if pronoun.dep_ not in SUBJECT_DEPS or not name:
            return False
        verb = pronoun.head
        lo, hi = pronoun.i + 1, verb.right_edge.i + 1
        if hi <= lo:
            return False
        start, end = self.doc[lo].idx, self.doc[hi - 1].idx + len(self.doc[hi - 1])
        k = bisect.bisect_left(self.person_starts, start)
        for person in self.persons[k:]:
            if person.start >= end:
                break
            if self._in_quote(person.start) or not ((entity and person.entity == entity) or person.name == name):
                continue
            span = self.doc.char_span(person.start, person.end, alignment_mode="expand")
            if (span is not None and len(span) and verb.left_edge.i <= span.root.i <= verb.right_edge.i
                    and span.root.dep_ != "compound" and not _in_adjunct_clause(span.root, verb)):
                return True
        return False

    def _unnamed_between(self, start: int, pos: int, pronoun: str = "") -> bool:
        """Someone unnamed is brought in ("a senior government official", "another aide") as a subject or
        object, outside quotes, between chars ``start`` and ``pos``: a singular role noun with an
        indefinite article (a definite "the famously guarded leader" points back to someone named), not
        one set beside a name ("Brant, an adviser,") or said of one ("Brant is an adviser"); with ``pronoun``, also
        any person a subject brings in so ("One man who had crossed the border told of …", ``_described_indefinitely``)
        whose gender does not clash with it: the story has turned to that one."""
        span = self.doc.char_span(start, pos, alignment_mode="contract")
        for tok in span if span is not None else ():
            if (tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.lemma_.lower() in roles.ROLE_NOUNS
                    and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and not self._in_quote(tok.idx)
                    and any(_indefinite(c) for c in tok.children)):
                return True
            if pronoun and tok.dep_ in SUBJECT_DEPS and not self._in_quote(tok.idx) and _described_indefinitely(tok, pronoun, True):
                return True
        return False

    def _names_document(self, pos: int, head) -> bool:
        """The sentence holding char ``pos`` (where someone was named) also names a document with the
        noun of ``head`` ("Brant said in a statement …" for a later "the statement"), outside quotes: only
        then did that someone write it. "Clinton said in letters …" is no author of "the report"."""
        k = bisect.bisect_right(self.sent_starts, pos) - 1
        sent = self.doc.char_span(self.sent_starts[max(0, k)], pos + 1, alignment_mode="expand")
        sent = sent.sent if sent is not None else None
        lemma = head.lemma_.lower()
        return sent is not None and any(t.i != head.i and t.lemma_.lower() == lemma and not self._in_quote(t.idx)
                                        for t in sent)

    def _talked_about(self, person: _Person) -> bool:
        """The person is named inside what someone else's speech verb reports (at any depth): the
        reporter, not the one reported on, is who a later "he said" most likely means, so such a mention
        is no antecedent for it."""
        span = self.doc.char_span(person.start, person.end, alignment_mode="expand")
        return span is not None and len(span) > 0 and _reported(span.root)

    def _named_since(self, previous: Speaker, pos: int, pronoun: str) -> bool:
        """Someone else of ``pronoun``'s gender (known from a given name or title, not merely not
        disagreeing) is named, outside quotes, between the previous speaker's mention and ``pos``: the last
        one quoted is then no longer the only one "he" may mean ("Gen. Brant said … Walter Drumm's wealth
        … He boasted": not Brant for sure, and not Drumm either when Drumm is no subject). Only sentences
        after the one naming the previous speaker count ("Ekdahl criticised Mr Brant, telling …: “…” He
        said" is still Ekdahl), and a name inside what someone reports ("she said the Ivo Brant side will
        …") does not compete."""
        since = previous.mention[1] if previous.mention else 0
        s = bisect.bisect_right(self.sent_starts, since)
        since = self.sent_starts[s] if s < len(self.sent_starts) else since  # others in that sentence are what
        k = bisect.bisect_left(self.person_starts, pos)                      # the speaker acted on
        for person in reversed(self.persons[:k]):
            if person.start < since:
                return False
            if (person.name != previous.name and person.entity != previous.entity and not self._in_quote(person.start)
                    and self.genders.of(person.name) == PRONOUN_GENDER.get(pronoun) and not self._talked_about(person)):
                return True
        return False

    def _in_quote(self, pos: int) -> bool:
        k = bisect.bisect_right(self.quote_starts, pos) - 1
        return k >= 0 and pos < self.quotes[k][1]

    def _in_caption(self, pos: int) -> bool:
        """Char ``pos`` stands on a caption line (a photo gallery run into the text, "FILE PHOTO: …", "Image
        caption …", a video player's label): a picture's words, not the story's telling, so nobody named there
        is whom a "he" of the story means, and its sentences do not count in the pronoun's window."""
        text = doc_text(self.doc)
        start = text.rfind("\n", 0, pos) + 1
        if start not in self._captions:
            self._captions[start] = in_caption_line(text, start) or in_headline_or_caption(text, start)
        return self._captions[start]

    def _pronoun_floor(self, pos: int) -> int:
        """Char where the pronoun's window starts: the ``PRONOUN_SENTENCES`` sentences of the telling before the
        one holding ``pos`` (caption lines skipped, ``_in_caption``, unless the pronoun is in one itself)."""
        starts = self.sent_starts if self._in_caption(pos) else self.told_starts
        s = bisect.bisect_right(starts, pos) - 1
        return starts[max(0, s - PRONOUN_SENTENCES)] if s >= 0 else 0

    def _captioned_apart(self, person: _Person, pos: int) -> bool:
        """``person`` is named on a caption line other than the one holding ``pos`` (a caption's own "He
        called …" still means the man its caption names)."""
        text = doc_text(self.doc)
        return self._in_caption(person.start) and text.rfind("\n", 0, person.start) != text.rfind("\n", 0, pos)

    def _post_conflicts(self, entity: str | None, role: str | None, head) -> bool:
        """``_role_conflicts``, or the definite role noun ``head`` names a state or body ("the Velmoran
        president") and the person is known to hold another post: a role without that noun ("the Velmoran
        ambassador" is not a "President"), or a title written before one of the entity's names that names
        another state or body ("Ostrian President Ivo Brant", though his role reads "President").
        A description that names its state or body is specific: it is not colour to be read freely."""
        if _role_conflicts(role, head) or self._former_leader(role, head) or _post_never_given(role, head):
            return True
        if affiliation.of_description(head, places=False) and not (_fits_role(role, head) or self._leads(entity, role, head)):
            return True  # "the Velmoran ambassador" is not someone known as "President"
        described = affiliation.of_description(head)
        return bool(described) and affiliation.conflict(described, self._titled_affiliations(entity))

    def _serves_another(self, person: _Person, head) -> bool:
        """The source noun ``head`` ("the Kessler spokesman", "the Brant aide") is owned by a person named in the
        story whose name is neither in ``person``'s role nor ``person``'s own: one who speaks for someone else."""
        if head.lemma_.lower() not in SOURCE_NOUNS:
            return False
        owners = {t.lower_ for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"}
        named = {w.lower() for p in self.persons for w in p.name.split()}
        theirs = set(_role_words(self._role_of_person(person) or "")) | {w.lower() for w in person.name.split()}
        return bool(owners & named - theirs)

    def _former_leader(self, role: str | None, head) -> bool:
        """A bare "the former leader" (``LEADER_NOUNS`` with a ``FORMER_WORDS`` word, no state or body named, so
        no holder is found by post) and a known role with neither the noun nor such a word: neither the analyst
        quoted last nor the sitting president is who the writer means by it. Source: strict read of AllSides 1041-1999 (session 23:
        "In 2013, the former leader said …", of a president named in the sentence before, given to the professor
        quoted before)."""
        lemma = head.lemma_.lower()
        if lemma not in LEADER_NOUNS or not role or _in_role(lemma, role) or affiliation.of_description(head):
            return False  # "Senate Leader Ana Lind … the former Senate leader": her own post, once held
        return bool({t.lower_ for t in head.lefts} & FORMER_WORDS) and not set(_role_words(role)) & FORMER_WORDS

    def _titled_affiliations(self, entity: str | None) -> set[str]:
        """States and bodies in the titles written before the entity's mentions (``affiliation.of_title``)."""
        ent = self.entities.get(entity) if entity else None
        if ent is None:
            return set()
        if ent.id not in self._affiliations:
            found = set()
            for s, e in ent.mentions:
                span = self.doc.char_span(s, e, alignment_mode="expand")
                if span is not None and len(span):
                    found |= affiliation.of_title(self.doc, span.start)
            self._affiliations[ent.id] = found | affiliation.of_role(ent.role)
        return self._affiliations[ent.id]

    def _named_after(self, span, head) -> Speaker | None:
        """The person the sentence after a description of one unnamed post holder names under that post
        (``named_after``: "The admiral in charge of … said … Adm. Ivo Brant told reporters"), when no one
        before holds the post, exactly one person is so named, and the post fits the person's known role
        (``_post_conflicts``); else None."""
        if not named_after.describes_one(span, head) or self._in_quote(span.start_char) or \
                self._holders(head, span.start_char):
            return None
        found = named_after.candidates(self.doc, head, self.persons, self._in_quote)
        people = set()
        for k, (s, e) in found:
            speaker = self.resolve(s, e) if k < 0 else None
            if speaker is not None and not self._is_person(speaker):
                return None
            person = self.persons[k] if k >= 0 else _Person(0, 0, speaker.name, speaker.entity)
            people.add((person.entity or person.name, person))
        if len({key for key, _ in people}) != 1:
            return None
        person = next(iter(people))[1]
        role = self._role_of_person(person)
        if self._post_conflicts(person.entity, role, head):
            return None
        return Speaker(person.entity, person.name, None, role)

    def _owned_post_holder(self, span, head) -> Speaker | None:
        """"Ostria's prime minister" (a post owned by a named state or body, which the definite "the …" path
        never reads) is the one person named before who holds that post (``_holders``: the post's noun in
        their role, no state or body of theirs in conflict); None when there are none or several."""
        owner = next((t for t in head.lefts if t.dep_ == "poss"), None)
        if owner is None or owner.pos_ != "PROPN" or span[0].i != owner.left_edge.i or \
                not named_after.describes_one(span, head) or self._in_quote(span.start_char):
            return None
        holders = self._holders(head, span.start_char)
        if len(holders) != 1:
            return None
        person = next(iter(holders.values()))
        return Speaker(person.entity, person.name, None, self._role_of_person(person))

    def _introduced_since(self, person: _Person, introduced) -> bool | None:
        """Whether someone unnamed, introduced with the definite source's own noun (``_introduced_unnamed``),
        came in after ``person``'s mention (the latest one before the source). True: a later "the official"
        points back to that nearer, unnamed one (indefinite first, definite after), not to a named official
        further back whom nothing links to it ("Gen. Nico Varta, a top alliance official, … A senior Ostrian
        defense official also told the Wire … “…,” the official said": not Varta). False: the named official
        came after the unnamed one ("A U.S. official told … The envoy met Algerian official Sami Rahal … the
        official said"), and "the official" may be either; the text does not link it to the name. None when
        the introduction brought in no source: not a source's noun (``SOURCE_NOUNS``), not a subject, or inside
        quotes ("an American president" in someone's words introduces no one the writer goes on with).
        Source: strict reads (an unnamed U.S. official's words given to a NATO general named two paragraphs
        before, or to a named person only mentioned nearby)."""
        if (introduced.lemma_.lower() not in SOURCE_NOUNS or introduced.dep_ not in SUBJECT_DEPS
                or self._in_quote(introduced.idx)):
            return None
        return person.start < introduced.idx  # the person's latest mention before the source (``_holders``)

    def _person_by_role(self, head, pos: int) -> _Person | None:
        """"the minister" -> the latest person before ``pos`` whose role has that noun and no word that tells
        the posts apart (``_role_conflicts``: "the deputy foreign minister" is not the foreign minister).
        None when two people before it hold posts the noun fits, neither told apart ("Defense Secretary
        Ivo Brant … Secretary of State Ana Lind … the secretary said": either may be meant)."""
        holders = self._holders(head, pos)
        if head.lemma_.lower() in LEADER_NOUNS:
            return next(iter(holders.values())) if len(holders) == 1 else None  # "the leader" is never a guess
        return next(iter(holders.values())) if len(holders) == 1 else self._dominant(holders)

    def _sole_occupation_holder(self, span, head) -> _Person | None:
        """The one person the article gives the occupation a definite singular noun names, when that noun is
        a title occupation no post lemma covers ("the host", "the pundit", ``roles.TITLE_OCCUPATIONS``): "Radio
        host Ivo Marten attacked … the conservative host said" is Marten. Words of colour before the noun
        ("conservative", "veteran", "outspoken") tell no one apart when no one else holds it; a past post
        ("the former host") must agree with the role, and a word that tells posts apart (``_post_conflicts``)
        must fit. None when two people in the article hold it, when none holds it before the mention, or when
        the noun is someone's or something's ("the show's host", "the host of the summit"). Source: strict
        reads, round 25 (a radio host's words given to "conservative host")."""
        noun = head.lemma_.lower()
        if (not _is_definite(span) or head.tag_ in PLURAL_TAGS or noun in POST_LEMMAS
                or noun not in roles.TITLE_OCCUPATIONS or any(c.dep_ in ("poss", "prep") for c in head.children)):
            return None
        roles_known = [(p.name, self._role_of_person(p)) for p in self.persons]
        roles_known += [(e.name, e.role or self._named_roles.get(e.name) or self.role_of_name(e.name))
                        for e in self.entities.values() if e.type == "PERSON"]  # a holder the mentions miss
        roles_known += list(self._named_roles.items())
        holders = {name: role for name, role in roles_known if role and _in_role(noun, role)}
        if len(holders) != 1:
            return None
        name, role = next(iter(holders.items()))
        person = next((p for p in reversed(self.persons) if p.name == name and p.start < span.start_char), None)
        if person is None:
            return None
        said_former = any(t.lower_ in FORMER_WORDS for t in head.lefts)
        if said_former != bool(set(_role_words(role)) & FORMER_WORDS) or self._post_conflicts(person.entity, role, head):
            return None
        return person

    def _dominant(self, holders: dict[str, _Person]) -> _Person | None:
        """Of several people holding posts the noun fits, the one the article names at least ``DOMINANCE``
        times as often as any other (the story's own president, not a visitor named twice); None when none
        stands out so ("Defense Secretary Brant … Secretary of State Lind … the secretary")."""
        counts = sorted(((self._mention_counts[key], key) for key in holders), reverse=True)
        if counts and (len(counts) == 1 or counts[0][0] >= DOMINANCE * counts[1][0]):
            return holders[counts[0][1]]
        return None

    def ambiguous_post(self, head, pos: int) -> bool:
        """Several people before ``pos`` hold posts the definite role noun ``head`` fits, none dominant."""
        holders = self._holders(head, pos)
        return len(holders) > 1 and self._dominant(holders) is None

    def _holders(self, head, pos: int) -> dict[str, _Person]:
        """The people before ``pos`` (``ROLE_LOOKBACK`` person mentions) whose role the definite role noun
        ``head`` fits (``_holds_post``), latest mention of each, latest first, by entity or name."""
        if head.lemma_.lower() not in POST_LEMMAS:
            return {}
        k = bisect.bisect_left(self.person_starts, pos)
        holders: dict[str, _Person] = {}
        for p in reversed(self.persons[max(0, k - ROLE_LOOKBACK):k]):
            if self._holds_post(p, head):
                holders.setdefault(p.entity or p.name, p)
        return holders

    def _ranked_subject_between(self, subject: _Person, holder: _Person, head) -> bool:
        """The latest subject before a bare "the minister" is someone else than ``holder`` (the one whose post the
        noun names outright) and holds the noun's post with a rank ("Deputy Foreign Minister Rask said …. The
        minister also told …"): writers shorten a deputy's post too, and the deputy is the one the passage follows,
        so the holder named farther back is no surer than the deputy. Source: strict read of AllSides 1041-1490
        (round 18; a deputy foreign minister's words given to another country's foreign minister named before)."""
        if (subject.entity and subject.entity == holder.entity) or subject.name == holder.name or subject.start < holder.start:
            return False
        if any(t.dep_ in ("amod", "compound", "nmod") for t in head.lefts):
            return False  # "the deputy minister", "the Ostrian minister": the words tell them apart
        role = self._role_of_person(subject)
        return bool(role) and _in_role(head.lemma_.lower(), role) and bool(set(_role_words(role)) & RANK_WORDS)

    def _holds_post(self, person: _Person, head) -> bool:
        """The person's role has the definite role noun ``head``'s noun, and no word tells the posts apart:
        then the latest subject holding it is who "the president" means ("President Vell said … as he met
        Premier Osk … The president added": Vell, not the premier named last, whatever the premier's title)."""
        lemma, role = head.lemma_.lower(), self._role_of_person(person)
        if role and lemma in LEADER_NOUNS and not _in_role(lemma, role):
            return self._leads(person.entity, role, head)
        if bool(role) and _in_role(lemma, role) and not self._post_conflicts(person.entity, role, head):
            return True
        return lemma not in LEADER_NOUNS and any(  # "Sen. Ida Roan, who was named chairman of …": the chairman
            _in_role(lemma, post) and not self._post_conflicts(person.entity, post, head)
            for post in self._given_posts(person.name))

    def _given_posts(self, name: str) -> list[str]:
        """Posts clauses give the person under this canonical name at any mention (``posts_given``)."""
        if name not in self._posts:
            self._posts[name] = [post for s, e in self._name_spans(name) for post in posts_given.posts(self.doc, s, e)]
        return self._posts[name]

    def _leads(self, entity: str | None, role: str | None, head) -> bool:
        """"the Veskan leader" is the person whose role heads a state or government (``_heads_state``: "Veskan
        Prime Minister") and whose role or title names every state or body the description names: a
        description that names none is not read as anyone's."""
        if not role or head.lemma_.lower() not in LEADER_NOUNS:
            return False
        described = affiliation.of_description(head)
        known = affiliation.of_role(role) | self._titled_affiliations(entity)
        return bool(described) and described <= known and _heads_state(role)

    # ------------------------------------------------------------------ roles
    def role_of_name(self, name: str) -> str | None:
        """The first role the article gives anyone mentioned under this canonical name; else the first body
        a mention names them "of" ("Ivo Brant of the Harlan Institute", ``org_roles.affiliation``); else the
        post a sentence of the writer's says they hold ("Brant is a historian at …": ``roles.predicated_role``)."""
        if name not in self._roles:
            spans = self._name_spans(name)
            self._roles[name] = next(filter(None, (roles.role_of(self.doc, s, e) for s, e in spans)), None) or next(
                filter(None, (org_roles.affiliation(self.doc, s, e) for s, e in spans)), None) or next(
                filter(None, (roles.predicated_role(self.doc, s, e) for s, e in spans)), None)
        return self._roles[name]

    def _name_spans(self, name: str) -> list[tuple[int, int]]:
        """Token spans of the mentions of anyone under this canonical name, titles inside them left out."""
        spans = []
        for person in self.persons:
            if person.name == name:
                span = self.doc.char_span(person.start, person.end, alignment_mode="expand")
                start = span.start if span is not None else 0
                while span is not None and start < span.end - 1 and self.doc[start].lower_ in TITLE_WORDS:
                    start += 1  # a title inside the mention ("Mayor Ivo Brant") is read as a title
                if span is not None and len(span):
                    spans.append((start, span.end))
        return sorted(own_spans(self.doc, spans), key=lambda span: (on_headline(self.doc, span[0]), in_quotation(self.doc, span[0])))
        # the body's first, the writer's own before a title someone's quoted words give ("“Ambassador Lind, …”")

    def _role_of_person(self, person: _Person) -> str | None:
        if person.entity and person.entity in self.entities and self.entities[person.entity].role:
            return self._fuller_role(self.entities[person.entity].role, person.name)
        return self._fuller_role(self._named_roles.get(person.name), person.name) or self.role_of_name(person.name)

    def current_post(self, speaker: Speaker) -> Speaker:
        """The speaker with the post the article says they hold now where their role is a past post ("former
        Rep.", "ex-minister": ``roles.past_post``) and a mention of theirs in the writer's words gives it by a
        present relative clause ("Lind, who now heads the Kessel Center," -> "head of the Kessel Center":
        ``roles.clause_post``): a job left is not shown over the current post, unless the attribution's own
        mention gives the past post ("said Ivo Brant, a former minister,"): the words there are said as it. Source:
        strict reads of roles (roles24: "former Rep." shown for a speaker the article says now heads a think tank)."""
        if not roles.past_post(speaker.role) or not speaker.name or self._mention_gives(speaker):
            return speaker
        post = next(filter(None, (roles.clause_post(self.doc, s, e) for s, e in self._name_spans(speaker.name))), None)
        return replace(speaker, role=post) if post else speaker

    def _mention_gives(self, speaker: Speaker) -> bool:
        """The speaker's mention at the attribution ("former Sen. Ivo Brant", "Brant, a former envoy,") holds
        their role's words."""
        if not speaker.mention or not speaker.role:
            return False
        return speaker.role.lower() in doc_text(self.doc)[speaker.mention[0]:speaker.mention[1]].lower()

    def _fuller_role(self, role: str | None, name: str) -> str | None:
        """``role`` unless it is a bare title ("Secretary", "Sen.") and the role the article gives the person
        at any mention of theirs holds that title in full ("former secretary of state",
        "Vestland state Sen."): the fuller role wins, and "former" is never dropped by a later "Secretary
        Lind" (strict reads 29-30, bare titles of later mentions shown as the person's role). A bare rank or
        job's title, not an office of state ("Gen.", "Professor", "senior author": ``entities.roles.bare_title``),
        gives way as well to what another mention says the person is and where ("commander of Ostrian forces
        in Vell", "geneticist at the Lund Institute": ``described_post``; strict reads, roles18b). A bare
        seat's title gives way to the seat a mention spells out (``_fuller_seat``), and it or a bare rank or job's
        title (not an office of state: "Prime Minister" is no "Trump's host") to the post set before the name
        between commas in the writer's words ("the board's chairman, Senator Ivo Brant,":
        ``roles.fronted_role``; strict reads, roles19)."""
        ranked, seated = bare_rank_or_job(role), roles.seat_title(role)
        if not role or len(role.split()) != 1 and not _bare_title(role) and not ranked and not seated:
            return self._scoped(role, name) if role else role
        if (role, name) not in self._fuller:
            title = [w for w in (_role_words(w) for w in role.split()) if w]
            given = [fuller for fuller in (roles.role_of(self.doc, s, e) for s, e in self._name_spans(name))
                     if fuller and fuller != role]
            self._fuller[role, name] = next((fuller for fuller in given if self._holds_title(fuller, title)), None) or (
                self._fuller_seat(name, given) if seated else None) or (
                self._fronted(name) if ranked or seated else None) or (
                next((fuller for fuller in given if described_post(fuller)), None) if ranked else None) or (
                self._taught_at(role, name) if ranked else None) or (
                next(filter(None, (roles.office_held(self.doc, s, e) for s, e in self._name_spans(name))), None)
                if ranked else None) or self._clause_post(title, name) or self._introduced(role, name, ranked) or (
                self._scoped(role, name))
        return self._fuller[role, name]

    def _scoped(self, role: str, name: str) -> str:
        """``role``, a post of a few words that names no scope ("special envoy", "chief strategist"), or the same
        post with the scope another mention of the person sets after it in the writer's words ("his special envoy
        for Ostria, Mara Lind," -> "special envoy for Ostria"): the role's words in a row, opened by nothing or a
        possessive pronoun only (the post is the person's own; the pronoun names its owner, no part of the
        post: ``SCOPE_OWNERS``), then a preposition and its object. Source: strict reads of roles (roles22b: a
        later mention's "his special envoy for Syria" dropped, "special envoy" shown)."""
        words = role.lower().split()
        if len(words) > MAX_BARE_TITLE or any(w in ROLE_PREPOSITIONS for w in words):
            return role
        if (role, name) not in self._scopes:
            self._scopes[role, name] = next(filter(None, (
                _with_scope(words, roles.role_of(self.doc, s, e)) for s, e in self._name_spans(name)
                if not in_quotation(self.doc, s))), None) or role
        return self._scopes[role, name]

    def _clause_post(self, title: list[list[str]], name: str) -> str | None:
        """The post a clause gives the person that holds the bare title ``title`` in full ("Secretary Ivo Brant,
        who was named secretary of the treasury in May," -> "secretary of the treasury"; ``posts_given``), not a
        post a past "was" gives. Source: strict reads of roles (roles21b: a bare title where a relative clause
        said whose post)."""
        found = [post for s, e in self._name_spans(name) for post in posts_given.posts(self.doc, s, e, current=True)]
        return next((post for post in found if post.split()[0].lower() in title[0] and self._holds_title(post, title)), None)

    def _introduced(self, role: str, name: str, ranked: bool) -> str | None:
        """For a bare one-word title ("President", "the leader"): the post the sentence before the person's first
        mention describes, unnamed, when that mention opens on the title (``roles.introduced_post``); for a bare
        rank (``ranked``: "Gen."), the command the paragraphs before it give them, unnamed
        (``roles.introduced_commander``)."""
        spans = sorted(self._name_spans(name))
        if not spans:
            return None
        words = [w for w in role.split() if w.lower() != "the"]  # "the leader" is read as bare as "leader"
        post = roles.introduced_post(self.doc, *spans[0]) if len(words) == 1 else None
        if post and post.split()[0].lower() == words[0].lower():
            return post
        return roles.introduced_commander(self.doc, spans[0][0], role) if ranked else None

    def _fuller_seat(self, name: str, given: list[str]) -> str | None:
        """For a bare seat's title ("Senator", "former Sen."): the seat a mention's title and label spell out
        ("Senator Rolf Amberg of Ohio, the top Republican on …" -> "senator from Ohio", ``roles.seat_role``),
        else the place in a party's ranks on a body another mention gives ("the top Republican on the Ferry
        Committee": ``roles.party_post``). Source: strict reads of roles (roles19: a bare "Senator" shown where
        the appositive after the name said whose seat and which committee)."""
        return next(filter(None, (roles.seat_role(self.doc, s, e) for s, e in self._name_spans(name))), None) or next(
            (fuller for fuller in given if roles.party_post(fuller)), None)

    def _fronted(self, name: str) -> str | None:
        """The post the writer sets before a mention of the person between commas (``roles.fronted_role``)."""
        return next(filter(None, (roles.fronted_role(self.doc, s, e) for s, e in self._name_spans(name)
                                  if not in_quotation(self.doc, s))), None)

    def _taught_at(self, role: str, name: str) -> str | None:
        """"professor at Kessel University" for a bare "Professor" whose holder a mention says teaches there
        (``roles.taught_at``); None for any other title."""
        if role.split()[-1].lower() not in roles.TEACHING_TITLES:
            return None
        body = next(filter(None, (roles.taught_at(self.doc, s, e) for s, e in self._name_spans(name))), None)
        return f"{role.lower()} at {body}" if body else None

    def _holds_title(self, fuller: str, title: list[list[str]]) -> bool:
        """``fuller`` is the post ``title`` names (the role words of each word of a bare title: "Sen.",
        "General Manager"), made fuller: the title's words in it in a row, and every word before them a
        qualifier of the post ("former", "state": ``POST_QUALIFIERS``) or a name ("U.S.", "Chinese",
        "Ostria's", "Calder Mavericks"), never a sentence's opening word or an adjective of the writer's
        ("Accompanying President", "poor President", "newly appointed President")."""
        words = fuller.split()
        if not title:
            return False
        k = next((k for k in range(len(words) - len(title) + 1)
                  if all(t[0] in _role_words(words[k + j]) for j, t in enumerate(title))), None)
        if k is None or len(words) < 2:
            return False
        return all(w.lower() in POST_QUALIFIERS or self._proper_word(re.sub(r"['’]s$", "", w)) or self._capital_word(w)
                   for w in words[:k])

    def _capital_word(self, text: str) -> bool:
        """``text``, in title case, is written in capitals in the Doc, as a lead's title sets a state's name
        ("VESKA GOV. Lida Marrow", read as the role "Veska Gov.": ``roles._capital_lead_title``)."""
        if not (text.istitle() and text.isalpha()):
            return False
        if self._words is None:
            self._words = {t.text for t in self.doc}
        return text.upper() in self._words

    def _proper_word(self, text: str) -> bool:
        """``text`` is written somewhere in the Doc as a name, a place, a people or a body (not at a sentence's start)."""
        if self._proper_words is None:
            self._proper_words = {t.text for t in self.doc if t.ent_type_ in ("GPE", "NORP", "ORG", "LOC")
                                  or t.pos_ == "PROPN" and not t.is_sent_start}
        return text in self._proper_words


FIGURE_WORDS = frozenset("percent per cent million billion trillion".split())


def _office_cited_for_figures(head) -> bool:
    """"… fell 4 percent, according to the trade representative": an office cited with "according to" for
    a figure of its sentence is the office's record, not a word of whoever holds it (read 20)."""
    prep = head.head
    if not (head.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lower_ == "according"):
        return False
    return any(t.like_num or t.lower_ in FIGURE_WORDS or t.text in ("%", "$") for t in head.sent)


def _surname_owners(entities: list[Entity], text: str) -> dict[str, str | None]:
    """Last words (lower case) of two or more people named in full with given names ("Tomas Vell", "Anna
    Vell") -> the one of them a bare surname the entity step left unjoined stands for: the one named far
    more often than the others (``people.PROMINENT``) whom the text also calls by the bare surname (the
    entity step joined one to them), else None, no one. The entity step judges each bare surname by what a
    reader has seen by then, its post and its pronoun (``people.best_person``): a person named in full
    more often only after it is not its owner. Source: strict reads, "Varn said" between a senator and his
    daughter, each named once before it, given to whichever full name the article listed first."""
    by_word: dict[str, list[Entity]] = {}
    for e in entities:
        words = e.name.split()
        if e.type == "PERSON" and len(words) >= 2 and given_name_known(words[0]):
            by_word.setdefault(words[-1].lower(), []).append(e)
    owners: dict[str, str | None] = {}
    for word, people in by_word.items():
        if len(people) < 2:
            continue
        top, second = sorted(people, key=lambda e: -len(e.mentions))[:2]
        bare = any(text[s:t].lower() == word for s, t in top.mentions)
        owners[word] = top.name if bare and len(top.mentions) >= PROMINENT * len(second.mentions) else None
    return owners


def _relatives_in_full(doc, full_names: dict[str, str]) -> dict[str, None]:
    """Surnames (lower case) whose one full name is a relative's, met after the bare surname with a post
    ("President Vell" all through, "first lady Ana Vell" once below): the bare surname is no one's full
    name (``people.titled_before_relative``; read 38)."""
    out: dict[str, None] = {}
    texts = token_strings(doc, "ORTH")
    where: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        where.setdefault(text, []).append(i)
    for key, name in full_names.items():
        words = name.split()
        if len(words) < 2:
            continue
        last = len(words) - 1
        starts = [i for i in where.get(words[0], ()) if i + last < len(texts) and texts[i + last] == words[-1]]
        if starts and titled_before_relative(doc, key, starts):
            out[key] = None
    return out


def _in_adjunct_clause(tok, verb) -> bool:
    """``tok`` stands in an adverbial clause or an aside under ``verb`` ("…, even though they came from
    Brant himself", "— though, when asked, Brant declined")."""
    while tok.i != verb.i and tok.head.i != tok.i:
        if tok.dep_ in ("advcl", "parataxis"):
            return True
        tok = tok.head
    return False


def _owns_main_subject(tok) -> bool:
    """``tok`` (a name) owns the subject of its sentence's main clause, a thing, not a person ("[Vell]'s speech
    struck a hopeful tone": Vell is whom the sentence is about, and a "he" after it means Vell; not "Vell's
    lawyer argued", another person)."""
    head = tok.head
    return (tok.dep_ == "poss" and head.dep_ in SUBJECT_DEPS and head.pos_ == "NOUN"
            and head.lemma_.lower() not in roles.PERSON_NOUNS and head.tag_ not in PLURAL_TAGS
            and (head.head.dep_ == "ROOT" or (head.head.dep_ == "conj" and head.head.head.dep_ == "ROOT")))


def _reported(tok) -> bool:
    """``tok`` stands inside what a speech verb reports, at any depth ("Vell warned that the tack chief
    negotiator Ivo Brant is expected to take would fail": Brant is talked about, Vell speaks); the
    clause a speech verb heads itself is not reported."""
    while tok.dep_ != "ROOT" and tok.head.i != tok.i:
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in SPEECH_VERBS:
            return True
        if tok.dep_ == "conj" and tok.head.lemma_.lower() in SPEECH_VERBS and any(
                c.dep_ == "aux" and c.lower_ in BACKSHIFTED_MODALS for c in tok.children):
            return True  # "Brant said he was sorry, but Vell would do a fine job": the parser's conj is still reported
        tok = tok.head
    return False


def _recipient_or_agent(head) -> bool:
    """The source's head is whom something was sent or said to ("in a letter to Ivo Brant", "told to the
    panel"; not "according to") or the agent of a participle that describes another noun ("lists
    reviewed by Ostrian Wire", "a system designed by Sollen Lines"): the words are the letter's or the
    list's, never the recipient's or the reader's."""
    if head.dep_ != "pobj":
        return False
    prep = head.head
    if prep.lower_ == "to" and prep.dep_ in ("prep", "dative") and prep.head.lower_ != "according":
        return True
    return prep.dep_ == "agent" and prep.head.dep_ == "acl" and prep.head.tag_ == "VBN"


def _antecedent_holds(antecedent, pronoun: str) -> bool:
    """The noun a relative pronoun hangs on can be what speaks: not a person for "which" ("a statement
    from Ana Lind, which said": the statement), not a place or a thing that does not speak ("the Capitol
    that has …"), and not the object of a preposition inside a longer noun phrase, where the clause may
    belong to the noun before it when that noun could say it too ("lists reviewed by Ostrian Wire, which
    show …": the lists show; "a letter to Ana Lind, which says …": the letter), unless that noun is a
    document whose author it is ("a statement by the ministry, which said"); a noun that says nothing
    leaves it to the object ("a deadline set by Ostria, which has called on …": Ostria)."""
    prep = antecedent.head
    if antecedent.dep_ == "pobj" and prep.lower_ in ("from", "by") and any(
            t.lower_ in DOCUMENT_NOUNS for t in [prep.head, *(c for c in prep.head.children if c.dep_ in ("dobj", "nsubjpass"))]):
        return True  # "released a statement from Ana Lind, which said": her statement, her words
    if antecedent.dep_ == "pobj" and prep.dep_ in ("prep", "agent"):
        owner = prep.head.head if prep.head.dep_ == "acl" else prep.head
        if owner.pos_ == "NOUN" and owner.i < antecedent.i and (
                groups.speaks(owner) or owner.lemma_.lower() in RECORD_NOUNS):
            return owner.lower_ in DOCUMENT_NOUNS and _author_of(owner, owner.lower_) is antecedent
    if pronoun == "which" and antecedent.ent_type_ == "PERSON":
        return False
    if antecedent.ent_type_ in ("FAC", "LOC", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "LAW", "EVENT"):
        return False
    return not (antecedent.pos_ == "NOUN" and not (groups.speaks(antecedent)
                                                   or antecedent.lemma_.lower() in roles.ROLE_NOUNS))


def _indefinite(word) -> bool:
    """A word that brings in someone not told of before: "a", "an", "another", or "one" as a number ("one man
    who had just crossed …", which the parser hangs as ``nummod``)."""
    return (word.dep_ == "det" and word.lower_ in ("a", "an", "another")) or (word.dep_ == "nummod" and word.lower_ == "one")


def _described_indefinitely(tok, pronoun: str, subject: bool) -> bool:
    """``tok`` heads an indefinite description of one person ("[a doctor] in Kessel", "[one man] who had just
    crossed", "[a former sheep dealer] who joined a defence force"): a singular person noun with "a" / "an", not the appositive or the
    predicate of a name ("Brant, a lawyer", "Brant is a lawyer"), whose gender does not clash with the
    pronoun's. A subject counts; an object only with a "who" clause that makes it someone the story follows
    ("met [a fisherman who] …"; not "hired a lawyer")."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.lemma_.lower() not in roles.PERSON_NOUNS:
        return False
    if not any(_indefinite(c) for c in tok.lefts):
        return False
    if any(c.dep_ == "appos" for c in tok.children):
        return False  # "a doctor, Ivo Brant,": named
    if tok.lemma_.lower() in turns.other_gender_nouns(pronoun):
        return False
    who = any(c.dep_ == "relcl" and any(w.lower_ in ("who", "whom") for w in c.children) for c in tok.children)
    return subject or (who and tok.dep_ in ("dobj", "pobj"))


def _described_definitely(tok, pronoun: str) -> bool:
    """A subject "the fisherman", "the former prisoner": someone described by what they are or did rather than
    by a post (``roles.PERSON_NOUNS`` less ``roles.ROLE_NOUNS``, which ``SpeakerResolver`` resolves to a holder),
    whose gender does not clash with ``pronoun``'s."""
    lemma = tok.lemma_.lower()
    if not (tok.pos_ == "NOUN" and tok.tag_ == "NN" and lemma in roles.PERSON_NOUNS and lemma not in roles.ROLE_NOUNS
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.lefts)):
        return False
    return lemma not in turns.other_gender_nouns(pronoun)


# Words by which a source's identity is only supposed ("an account [believed] to belong to X", "a man [claiming]
# to be X", "a letter [purportedly] from X"): a strict read of AllSides 1041-1999 counted X as the speaker wrong.
HEDGE_ADVERBS = frozenset("purportedly allegedly supposedly reportedly apparently presumably ostensibly".split())
HEDGE_PARTICIPLES = frozenset("believe think suppose presume allege say rumour rumor".split())  # "believed to"
HEDGE_GERUNDS = frozenset("claim purport".split())  # "claiming to be"


def _hedged_identity(span) -> bool:
    """The source phrase only supposes who it is: a hedging adverb ("a letter purportedly from X") or a
    participle of belief or claim with an infinitive right after a noun ("an account believed to belong to X",
    "a man claiming to be X", "a site said to be run by X"), wherever the parser put the phrase's head. Not a
    supposition set off by a comma or in a relative clause ("the board, which is supposed to be …"), nor one
    after a name ("Ivo Varn believed to be …"): those say something of a source already named."""
    doc, head = span.doc, span.root
    for t in span[1:]:
        if _in_relative_clause(t, head) or doc[t.i - 1].text == ",":
            continue  # "the government, which is supposed to be separate": said of it, not who it is
        if head.pos_ == "PROPN" and head.i < t.i:
            continue
        if t.lower_ in HEDGE_ADVERBS:
            return True
        if _hedge_verb(t) and t.i + 1 < span.end and doc[t.i + 1].lower_ == "to" and doc[t.i - 1].pos_ == "NOUN":
            return True
    return False


# Words that may stand between a hedge and the name it supposes ("believed [to belong to] X", "claiming [to be]
# X", "purportedly [from] X", "thought [to be run by] X").
HEDGE_LINKS = frozenset("to be belong come from by run operated owned controlled written sent the".split())


def _hedge_verb(t) -> bool:
    """A participle or gerund that supposes an identity ("believed", "said", "claiming")."""
    lemma = t.lemma_.lower()
    return t.tag_ in ("VBN", "VBD") and lemma in HEDGE_PARTICIPLES or t.tag_ == "VBG" and lemma in HEDGE_GERUNDS


def _hedged_before(doc, start: int) -> bool:
    """The name at token ``start`` ends a hedge that opens right after a noun ("an account believed to belong to
    [X]", "a letter purportedly from [X]"): the source phrase the parser cut short only supposes it is X."""
    k = start - 1
    floor = max(doc[start].sent.start, start - 8)
    while k >= floor and doc[k].lower_ in HEDGE_LINKS:
        k -= 1
    if k < floor or k == start - 1 or k == 0:
        return False
    t = doc[k]
    hedge = t.lower_ in HEDGE_ADVERBS or doc[k + 1].lower_ == "to" and _hedge_verb(t)
    return hedge and doc[k - 1].pos_ in ("NOUN", "PROPN") and doc[k - 1].text != ","


def _in_relative_clause(tok, head) -> bool:
    """``tok`` lies in a relative clause or a parenthetical below ``head``."""
    while tok.i != head.i and tok.head.i != tok.i:
        if tok.dep_ in ("relcl", "appos", "parataxis"):
            return True
        tok = tok.head
    return False


def _introduced_unnamed(head):
    """The token of an earlier noun phrase with the same noun that introduced someone unnamed ("a State
    Department official", "one Brotherhood member"), else None: a definite "the official" then points back
    to it (indefinite first, definite after), not to whoever was the last person named. A noun set beside
    a name ("Anani, an expert") or predicated of someone ("Brant is a member") names that person, and one
    with a word that tells the two apart ("an Iranian official" for "the Republican official",
    ``_role_conflicts``) is someone else: neither counts."""
    lemma = head.lemma_.lower()
    for tok in reversed(head.doc[:head.i]):
        if tok.lemma_.lower() != lemma or tok.pos_ != "NOUN":
            continue
        if tok.dep_ in ("appos", "attr") or any(c.dep_ == "appos" for c in tok.children):
            continue
        if any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another") for c in tok.children) \
                and not _role_conflicts(groups.group_name(tok), head):
            return tok
    return None


def _other_source_since(introduced, head) -> bool:
    """Between ``introduced`` ("a Veskan defense official") and the definite ``head`` ("the official") another
    unnamed source of another noun came in as a subject ("a high-level Ostrian diplomat told the Wire"): a
    diplomat or an aide is an official too, so "the official" may be either, and the text does not say which.
    One named beside it ("a spokeswoman, Jen Lowe,") is called by her name after, not by "the official"."""
    lemma = head.lemma_.lower()
    for tok in head.doc[introduced.i + 1:head.i]:
        noun = tok.lemma_.lower()
        if (tok.pos_ == "NOUN" and noun in SOURCE_NOUNS and noun != lemma and tok.dep_ in SUBJECT_DEPS
                and tok.tag_ not in PLURAL_TAGS and not any(c.dep_ == "appos" for c in tok.children)  # "a spokeswoman, Jen Lowe,": named
                and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in tok.children)):
            return True
    return False


def _another_office(role: str | None, head) -> bool:
    """``head`` is an office ("the president", "the inspector general") and ``role`` is another office ("Former
    mayor Tomas Brell … The inspector general said" is someone else). A person of unknown post or of no office
    ("the Texas governor" for the "presidential candidate" Rick Perry) may hold it, and a plain "the official"
    or "the spokesman" may still be the last subject or speaker."""
    lemma = head.lemma_.lower()
    if lemma not in OFFICE_NOUNS or not _an_office(role):
        return False
    return not _in_role(lemma, role)


def _in_role(lemma: str, role: str) -> bool:
    """The noun is in the role ("minister" in "prime minister"), but not as the tail of a hyphened word:
    "the official" is no "semi-official news agency", "the president" no "vice-president"; nor as an owner:
    "the president" is no "president's former driver" (round 20: a president's tweet given to his ex-lawyer), nor
    the owner's title: "the president" is no "President Vance's national security adviser" (session 24)."""
    low = re.sub(r"(?:\b[A-Z][\w.-]*\s+)*[\w-]+['’]s?(?=\s|$)", " ", role).lower()
    return lemma in _role_words(low) or (lemma in low and not re.search(r"-" + re.escape(lemma), low))


def _an_office(role: str | None) -> bool:
    """The role names an office ("Secretary of State", "Texas Gov."), not only a standing ("presidential
    candidate", "analyst"): its holder is not someone "the governor" may mean as well."""
    return bool(role) and any(w in OFFICE_NOUNS for w in _role_words(role))


MAX_BARE_TITLE = 3  # words of a title with no owner ("General Manager", "Deputy Chief of Staff" has an "of")


def _bare_title(role: str) -> bool:
    """A title of a few words, every one a post's or a title's word ("General Manager", "Deputy Director",
    "spokeswoman"): it names no owner, so a fuller role that holds it, read at another mention ("Calder
    Mavericks General Manager"), says whose post it is (``SpeakerResolver._fuller_role``). Source: strict
    reads of roles on unseen articles."""
    words = role.lower().split()
    return 0 < len(words) <= MAX_BARE_TITLE and all(
        w in roles.ROLE_NOUNS or w in TITLE_ABBREVIATIONS or w in TITLE_OPENERS or w in RANK_WORDS for w in words[:-1]
    ) and (words[-1] in roles.ROLE_NOUNS or words[-1] in TITLE_ABBREVIATIONS)  # "Foreign Secretary" too, whose
    # owner ("Britain's") the mention that set it wrote (strict reads of roles on fresh articles, roles16d)


# Possessive pronouns that may open a post another mention sets with its scope ("his special envoy for Ostria"):
# the owner's, dropped from the post (general English, as data).
SCOPE_OWNERS = frozenset({"his", "her", "its", "their"})
SCOPE_PREPOSITIONS = frozenset({"for", "of", "to", "on"})  # "envoy for Ostria", "adviser to the mayor"


def _with_scope(words: list[str], fuller: str | None) -> str | None:
    """``fuller`` less a possessive pronoun opening it, where what is left is the post ``words`` (lower case)
    followed by a preposition of scope and its object ("his special envoy for Ostria" for "special envoy" ->
    "special envoy for Ostria"); None for any other role (``SpeakerResolver._scoped``)."""
    given = (fuller or "").split()
    if given and given[0].lower() in SCOPE_OWNERS:
        given = given[1:]
    n = len(words)
    if len(given) < n + 2 or [w.lower() for w in given[:n]] != words or given[n].lower() not in SCOPE_PREPOSITIONS:
        return None
    return " ".join(given)


def _role_words(role: str) -> list[str]:
    """Lower-case words of a role, short titles written out ("Texas Gov." -> texas, governor)."""
    return [TITLE_ABBREVIATIONS.get(w, w).rstrip(".") for w in re.findall(r"[\w-]+\.?", role.lower())]


def _role_conflicts(role: str | None, head) -> bool:
    """A known role that cannot be the post the definite role noun ``head`` names, by one of the words
    that tell posts apart (a description adds colour freely: "the Texas governor", "the colorful
    congressman", "the Vermont senator" are still the one named before):

    - a rank: "the deputy foreign minister" is not "Foreign Minister", nor "the foreign minister" a
      "Deputy Foreign Minister" (``RANK_WORDS`` must agree);
    - what the post is of: "the head of the site security team" is not the "head of the … Council",
      nor anyone whose role lacks "head";
    - a nationality, state or body (``affiliation``): "the Turkish official" is not a "Belgian
      counterterrorism official", "the incoming US president" not "Ostrian President", "the NATO chief"
      not an "EU envoy";
    - a party: "the Republican senator" is not a "Democratic Sen.";
    - a source noun the role lacks: "the official", "the aide", "the attorney" is not a "President";
    - the post now against a past one: "the current ambassador" is not a "former ambassador" (``CURRENT_WORDS``)."""
    if not role:
        return False
    words = _role_words(role)
    low = " ".join(words)
    noun = head.lemma_.lower()
    of = next((c for p in head.rights if p.dep_ == "prep" and p.lower_ in ("of", "for") for c in p.children
               if c.dep_ == "pobj"), None)
    if noun not in low and head.lower_ not in low:
        return noun in SOURCE_NOUNS or (of is not None and of.head.lower_ == "of")  # "the head of the … team"
    said = [t for t in head.lefts if t.dep_ in ("amod", "compound", "nmod")]
    if {t.lower_ for t in said} & RANK_WORDS != set(words) & RANK_WORDS:
        return True
    if {t.lower_ for t in said} & CURRENT_WORDS and set(words) & FORMER_WORDS:
        return True  # "the current ambassador" is not a "former U.S. ambassador"
    if _general_office(noun, words) and not _general_office(noun, [t.lower_ for t in head.subtree]):
        return True  # "the attorney" is not the "Attorney General", nor "the inspector" an "Inspector General"
    role_of = ROLE_OF.search(low)
    if of is not None and role_of and role_of.group(1).split()[-1] not in (of.lower_, of.lemma_.lower()):
        return True
    party, their_party = ({PARTIES[w] for w in ws if w in PARTIES} for ws in ([t.lower_ for t in said], words))
    if party and their_party and not party & their_party:
        return True  # "the Republican senator" is not a "Fellow Democratic Sen."
    known = affiliation.of_role(role)
    if party and known and AMERICA not in known:
        return True  # the parties are American: "the Republican official" is not an "Iranian official"
    return affiliation.conflict(affiliation.of_description(head), known)


def _post_never_given(role: str | None, head) -> bool:
    """The definite noun ``head`` names a source's post ("the spokesman", "the official", "the aide":
    ``SOURCE_NOUNS``) and the person has no role the story gave: nothing ties the description to them, and
    the writer means someone whose post was given ("Ivo Lind, the ministry's spokesman, … Later, Oren Falk
    toured … “…,” the spokesman said": not Falk). A holder found by a post a clause gives ("who was named
    spokesman") is found before this is asked (``_holds_post``). Offices ("the president", "the prime
    minister") are left alone: a head of state often goes untitled in a story about them (dev: every
    "the president" given so to the sitting president was right). Source: strict reads, session 26."""
    return not role and head.lemma_.lower() in SOURCE_NOUNS


def _general_office(noun: str, words: list[str]) -> bool:
    """The words hold ``noun`` followed by a postpositive "general" ("attorney general", "inspector general",
    "secretary-general"): an office of its own, which a bare "the attorney" or "the secretary" does not name.
    Source: strict read of AllSides 1041-1999 (session 23: a defence lawyer's "the attorney said" given to the
    Attorney General named paragraphs before)."""
    split = [w for word in words for w in word.split("-")]
    return any(w == noun and after == "general" for w, after in zip(split, split[1:]))


def _fits_role(role: str | None, head) -> bool:
    """A person with no known role, or whose role has the noun ``head`` ("the minister" for "foreign
    minister")."""
    if not role:
        return True
    low = role.lower()
    return head.lemma_.lower() in low or head.lower_ in low


def _heads_state(role: str) -> bool:
    """The role heads a state or its government ("Veskan Prime Minister", "President"), not a deputy's or a
    former holder's post ("Vice President", "former premier")."""
    words = _role_words(role)
    text = " " + " ".join(words) + " "
    return (any(f" {t} " in text for t in HEAD_TITLES) and not set(words) & RANK_WORDS
            and not set(words) & FORMER_WORDS)


def _title_tail(role: str | None, words: str) -> bool:
    """``words``, written before a person's name, are the end of the title read as the person's ``role`` ("… Head
    of Counter [Terrorism] Nell Basu"): the title's, not the name's."""
    words = " ".join(words.split())
    return bool(role and words) and (role == words or role.endswith(" " + words))


def _titled(span, name_words: int) -> bool:
    """The words of ``span`` before its last ``name_words`` words are a title: one of them is a title or an
    agent noun ("Treasury Secretary", "DEA Administrator", "Survivor"), not given names the entity left
    out ("Abed Rabbo", "Choe")."""
    prefix = [t for t in span if not t.is_space][:-name_words] if name_words else list(span)
    return any(t.lower_ in TITLE_WORDS or t.lower_.rstrip(".") in TITLE_RANKS or t.lower_.endswith(groups.AGENT_SUFFIXES)
               for t in prefix)


def _place_of_prep(head, conjunct) -> bool:
    """``conjunct`` is a place the parser hung on ``head`` that ends a place of the head's own phrase ("the
    admiral in charge of forces in Asia and [the Pacific]": one admiral, of both places): a proper noun, no
    person's, right after "and" that follows a place inside the head's phrase."""
    doc = head.doc
    before = doc[conjunct.left_edge.i - 2] if conjunct.left_edge.i >= 2 else None
    return (conjunct.pos_ == "PROPN" and conjunct.ent_type_ not in ("PERSON", "")
            and doc[conjunct.left_edge.i - 1].lower_ == "and" and before is not None
            and before.ent_type_ in ("GPE", "LOC") and head.i < before.i and before.head.dep_ == "prep"
            and head in before.ancestors)


def _coordinated_group(head, conjuncts) -> str:
    """An unnamed group with its conjuncts as the text writes them ("Ostrian officials and experts": both
    speak, not the officials alone). The head's group alone when it does not tell itself apart ("Activists
    and residents" stays "Activists", no one reportable), when a conjunct is no speaker ("the economy and
    the president's reelection"), or when the phrase runs over ``groups.MAX_GROUP_WORDS``."""
    start = groups.group_span(head)[0]
    end = max(c.right_edge.i for c in conjuncts) + 1
    alone = groups.group_name(head)
    if (end - start > groups.MAX_GROUP_WORDS or not groups.names_someone(alone)
            or not all(groups.speaks(t) or t.lemma_.lower() in roles.PERSON_NOUNS for t in (head, *conjuncts))):
        return alone
    doc = head.doc
    return doc_text(doc)[doc[start].idx:doc[end - 1].idx + len(doc[end - 1])]


def _joined_before(antecedent, pronoun) -> int | None:
    """The end of the coordination a relative ``pronoun`` follows when the parser hung its clause on the first
    conjunct ("Varro and his supporters, who insist": the clause is of them all), else None; a verb in the third
    person singular ("…, who insists") is of the one it hangs on. Source: strict read 47 ("who insist"
    after "X and his supporters" given to X)."""
    if pronoun.head.tag_ == "VBZ" or any(c.tag_ == "VBZ" for c in pronoun.head.children if c.dep_ in ("aux", "auxpass")):
        return None
    ends = [c.right_edge.i for c in _conjuncts(antecedent) if c.right_edge.i < pronoun.i]
    if not ends or not any(c.dep_ == "cc" for c in antecedent.children):
        return None  # "in Cardiff, Wales, who": a place and its country, no coordination of speakers
    end = max(ends) + 1
    while antecedent.doc[end - 1].is_punct:
        end -= 1
    return end


def _before_party_label(doc, start: int, end: int) -> int:
    """The end of a source before a party and state label set after the name ("Durbin, D-Ill.", "Brant
    (R-Ore.)"), which the parser may take for the head of the phrase; ``end`` when there is none."""
    for i in range(start + 1, end):
        if doc[i - 1].text in (",", "(") and PARTY_TAIL.match(doc[i - 1:end].text.lstrip(",").lstrip()):
            return i - 1
    return end


COUNTING_WORDS = groups.QUANTITY_WORDS - groups.ARTICLES  # "most", "some", "several" ("the" is no count)


def _narrowed_people(head, ent) -> bool:
    """A people written with a count or a word that narrows it ("some moderate Democrats", "most
    Republicans", "two conservative Democrats"): part of the people speaks, never the people named
    (``ent``: the entity the head word is a mention of, a people or none). A capitalised word before it
    ("House Democrats", "Senior Democrats" opening a sentence) is the name's own."""
    if head.pos_ != "PROPN" or head.tag_ != "NNPS" or (ent is not None and ent.type != "NORP"):
        return False
    return any((t.dep_ in groups.COUNT_DEPS and t.lower_ not in groups.ARTICLES) or (t.dep_ == "amod" and t.is_lower)
               or t.lower_ in COUNTING_WORDS for t in head.lefts)  # "Most" read as a compound


def _conjuncts(head) -> list:
    """The conjuncts of ``head``; a party and state label the parser read as one ("Ivo Brant, D-Ore., and
    Ana Lind") is skipped for the conjuncts it carries."""
    out = []
    for c in head.children:
        if c.dep_ != "conj":
            continue
        if PARTY_LABEL.match(c.doc[c.left_edge.i:c.right_edge.i + 1].text):
            out.extend(_conjuncts(c))
        else:
            out.append(c)
    return out


def _another_party(tok) -> bool:
    """A conjunct that names someone else: a person, organisation or place the parser tagged, a plural
    noun ("other council members") or a noun with a determiner ("the administration"); not a bare
    description ("chairman of the panel", "Ostrian Democrat")."""
    if tok.pos_ == "PROPN":  # a tagged name, or a name of two words or more ("Gordon Hawkins"), not "Ostrian Republican"
        if tok.tag_ == "NNPS" and tok.ent_type_ == "NORP":
            return True  # "Republicans and Democrats": a people, each as much a speaker as the first
        return tok.ent_type_ in ("PERSON", "ORG", "GPE") or (tok.ent_type_ != "NORP" and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in ("GPE", "NORP") for c in tok.children))
    if tok.pos_ == "NOUN":
        return tok.tag_ in PLURAL_TAGS or any(c.dep_ in ("det", "poss") for c in tok.children)
    return False


def _description_continued(head, conj) -> bool:
    """``conj`` ("an adviser to …") goes on describing the person ``head`` names after an appositive set between
    commas ("Ilse Vark, a veteran of the port board, and an adviser to Sen. Ola Brun’s campaign"): a singular
    person's noun (``roles.PERSON_NOUNS``) with "a"/"an" or no determiner, after the appositive; the parser hangs
    it on the name, so it read as a second speaker "and adviser to …". Source: strict reads of speakers on
    unseen articles (a description run into the name)."""
    if conj.pos_ != "NOUN" or conj.tag_ != "NN" or conj.lemma_.lower() not in roles.PERSON_NOUNS:
        return False
    dets = [c.lower_ for c in conj.children if c.dep_ in ("det", "poss")]
    return (not dets or dets == ["a"] or dets == ["an"]) and any(
        c.dep_ == "appos" and c.i < conj.i for c in head.children)


def _title_inside(tok) -> bool:
    """A title word written inside a run of capitalised words ("Velmoran League Secretary-General Ivo
    Brant": "General"): what stands before it is the title's (a body, a place), never the name, which
    starts after it. Only a title noun (singular or plural: "Republican Senators Ada Tlain") or abbreviation
    counts, one of a hyphenated title too ("Secretary-General")."""
    low = tok.lower_
    return (low in roles.ROLE_NOUNS or _plural_title(tok, roles.ROLE_NOUNS) or low in TITLE_ABBREVIATIONS
            or low in HONORIFICS) and (
        tok.text[:1].isupper() or low.endswith("."))


def _plural_title(tok, titles: frozenset) -> bool:
    """``tok`` is the plural of a title (one of ``titles``: "Congresswomen", "Senators", "Reps" of "Reps.")
    right before a person's name ("Congresswomen Ada Tlain"): a title shared by a list, no part of the name.
    Only before a proper noun tagged a person's or nothing, never inside a body's name ("Partners Harbour")."""
    after = tok.i + 2 if tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 1].text == "." else tok.i + 1
    return (tok.lower_ not in titles and post_word(tok.lower_, titles) and after < len(tok.doc)
            and tok.ent_type_ in ("", "PERSON", "NORP") and tok.doc[after].pos_ == "PROPN"
            and (tok.doc[after].ent_type_ in ("", "PERSON") or tok.doc[after].ent_iob_ == "B"))  # a name mistyped


def _titles_of_one(head) -> bool:
    """"Former league star and current radio analyst Ivo Brant", "CBA President and CEO Ivo Brant": a bare
    role noun (no determiner) coordinated before a name is that one person's titles, not a second speaker.
    A plural ("Ostrian officials and experts") is a group, never one person's titles."""
    if any(c.dep_ in ("det", "poss") for c in head.children) or head.tag_ in PLURAL_TAGS:
        return False
    return head.tag_ in ("NN", "JJ") or head.lemma_.lower() in TITLE_WORDS or head.lower_ in TITLE_WORDS


def _named_after_titles(span, head) -> int | None:
    """Where the person's name starts in a source of one person's posts joined by "and" before the name ("KFA
    Director and Founder Ola Brask", "Velmora Bank president and chief executive Ola Brask"): the parser
    hangs the name on the first post as its conjunct, so the first post read as the name. Only where the
    source ends on that conjunct, a name tagged a person's, and the "and" joins two posts of one person
    (``posts_and``). None otherwise. Source: strict reads of speakers (a title shown as the speaker's
    name: "KFA Director")."""
    doc, name = span.doc, span[-1]
    title = name.head
    if not (name.dep_ == "conj" and name.pos_ == "PROPN" and name.ent_type_ == "PERSON"
            and span.start <= title.i < name.i and name.right_edge.i == name.i):
        return None
    if [c for c in title.children if c.dep_ == "conj"] != [name]:
        return None
    first = _name_start(span, name)
    while first < name.i and (doc[first].lower_ in TITLE_WORDS or roles.title_occupation(doc[first])):
        first += 1  # "CEO Ola Brask", "Founder Ola Brask" tagged one person: the title is no part of the name
    conj_and = next((c for c in title.children if c.dep_ == "cc" and title.i < c.i < first), None)
    if conj_and is None or conj_and.lower_ != "and":
        return None
    return first if posts_and(doc, conj_and.i, first) or _second_post(title, conj_and.i, first) else None


# Prepositions that tie a post to the state or body it is held at ("ambassador to Norland", "envoy for Maravia").
POST_PLACE_PREPS = frozenset("to for at".split())


def _named_after_post_of(span, head) -> int | None:
    """Where the person's name starts in a source written as a bare post, the place it is held at and the
    holder's name run together ("EU ambassador to Norland Karel Vostrik", "UN envoy for Maravia Tomas Ellery"):
    the parser hangs the name on the preposition as the place's last word, so the whole title read as the
    name. Only where the source ends on a name tagged a person's that starts after one or more proper nouns
    of the place (no person's, no people's, no title: "spokesman for House Speaker Ivo Brant" is Brant's
    spokesman, not Brant), and the post is a bare role noun (no article, no owner: "the envoy to …" is set off
    by commas when a name follows). None otherwise. Source: strict reads of speaker names (a post and its
    place shown as part of the name). The parser may tag place and name one body ("[Maravia Tomas Ellery]"):
    then the name starts at the last word that the name lists know as a given name, a proper noun after it."""
    doc = span.doc
    end = span.end - 1 if span[-1].is_punct else span.end
    name = doc[end - 1]
    prep = name.head
    if not (name.dep_ == "pobj" and name.pos_ == "PROPN" and name.right_edge.i == name.i
            and prep.lower_ in POST_PLACE_PREPS and prep.head.i == head.i and span.start <= head.i < prep.i
            and head.lower_ in roles.ROLE_NOUNS and not any(c.dep_ in ("det", "poss") for c in head.children)):
        return None
    if name.ent_type_ == "PERSON":
        first = name.i
        while first > prep.i + 1 and doc[first - 1].ent_type_ == "PERSON" and doc[first].ent_iob_ != "B":
            first -= 1
    else:
        first = next((k for k in range(name.i - 1, prep.i + 1, -1) if doc[k].text.istitle()
                      and given_name_known(doc[k].text)), None)
        if first is None or doc[first].ent_type_ in ("GPE", "LOC"):
            return None
    place = doc[prep.i + 1:first]
    if not place or not any(t.pos_ == "PROPN" for t in place) or any(
            t.ent_type_ in ("PERSON", "NORP") or t.pos_ not in ("PROPN", "DET") or t.lower_.rstrip(".") in BARE_TITLE_WORDS
            for t in place):
        return None  # "spokesman for House Speaker Ivo Brant", "adviser to Ostrian President …": the person served
    return first


def _second_post(title, k: int, first: int) -> bool:
    """Tokens (k, first) after the "and" that follows the bare post ``title`` (``_titles_of_one``) are a second
    post of the same person, with the body or place it is of ("Harbor Trust chairman and Velmora mayor Ola
    Brask"): nouns, adjectives and proper nouns no one's name, the last a post's noun; no article or pronoun,
    which would make it someone else's. Source: strict reads of speakers (a title shown as the name)."""
    doc, words = title.doc, title.doc[k + 1:first]
    return (len(words) > 0 and _titles_of_one(title) and words[-1].lower_ in roles.ROLE_NOUNS
            and all(t.pos_ in ("NOUN", "ADJ", "PROPN", "PUNCT") and t.ent_type_ != "PERSON" for t in words))


def _author_of(head, low: str):
    """The X of "a statement by X" / "a report from X", when the source is a document."""
    if low not in DOCUMENT_NOUNS:
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from"):
            objs = [c for c in prep.children if c.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


def _dateline(text: str, person: _Person) -> bool:
    """"WASHINGTON" opening a paragraph in capitals is a dateline the parser took for a person."""
    name = text[person.start:person.end]
    return name.isupper() and len(name) > 3 and (person.start == 0 or text[person.start - 1] == "\n")


def _same_head(speaker: Speaker | None, head) -> bool:
    """The speaker is an unnamed one with the same head noun ("a senior Ostrian official" for "the official")
    and no word tells the two apart (``_role_conflicts`` of its name: "the Turkish official" is not "a
    Belgian official", "the Republican official" not "an Iranian official")."""
    return bool(speaker and speaker.name and speaker.name.split()[-1] == head.text.lower()
                and groups.names_someone(speaker.name) and not _role_conflicts(speaker.name, head))


def _credit(text: str, person: _Person) -> bool:
    """A photo credit ("Jeff Lanner/Ostrian Press", "Photo: Ana Lind") names no one in the story."""
    return "/" in text[person.start:person.end + 1] or text[max(0, person.start - 7):person.start].lower().endswith(
        ("photo: ", "image: ", "credit: "))


def _is_named(speaker: Speaker | None) -> bool:
    """A speaker with a proper name (not a group such as "analysts")."""
    return bool(speaker and speaker.name and (speaker.entity or speaker.name[:1].isupper()))


def _name_words(name: str, person: bool = False) -> list[str]:
    """The words of a name without brackets, possessive and leading titles ("Vice President Biden" -> Biden);
    a person's name also without a page label in capitals ("WATCH Obama")."""
    words = [w.strip(NAME_JUNK) for w in _strip_possessive(name.strip(NAME_JUNK)).split()]
    words = [w for k, w in enumerate(words) if w and not (k and w.lower() == words[k - 1].lower())]  # "Trump Trump"
    while len(words) > 1 and (words[0].lower() in TITLE_WORDS or words[0][:1] in HYPHENS  # "-elect" of "President-elect"
                              or (person and _furniture_word(words[0], words[1]))
                              or (len(words) >= 3 and _initialism_before(words[0], words[1]))
                              or (len(words) >= 3 and words[0] in roles.LINK_PROMPTS)  # "Add Ivo Brant": a widget's prompt
                              or (len(words) >= 3 and _demonym_before(words[0], words[1]))
                              or (len(words) >= 3 and _rank_part_before(words[0], words[1]))
                              or (person and len(words) >= 3 and _title_noun(words[0], words[1]))):
        words.pop(0)
    return words


def _title_noun(word: str, following: str) -> bool:
    """A noun of position or agent ("Parliamentarian", "Demonstrator") capitalised before a given name
    ("Parliamentarian Bobi Wine"): it is no given name itself, and the word after it is one."""
    low = word.lower()
    return (listed_gender(word) is None and listed_gender(following) is not None
            and (low in roles.ROLE_NOUNS or low.endswith(groups.AGENT_SUFFIXES)))


def _initialism_before(word: str, following: str) -> bool:
    """An organisation's initials run into a person's name ("EU Karl Lammers", "UN Ana Lind"): two or
    three capitals, no given name themselves, before a clear given name. The initials are whom the person
    works for, never part of the name."""
    return (2 <= len(word) <= 3 and word.isalpha() and word.isupper() and listed_gender(word) is None
            and listed_gender(following) is not None)


def _rank_part_before(word: str, following: str) -> bool:
    """The first word of a rank's name before the rank itself ("[First] Admiral Ivo Brant", "[Staff] Sgt. Ana
    Lind"): part of the title, which is stripped after it, never a given name. Source: strict reads of
    speaker names (a commander named "First Admiral …")."""
    rank = following.lower()
    return word.lower() in RANK_PARTS and (rank in TITLE_WORDS or rank.rstrip(".") in TITLE_RANKS)


def _demonym_before(word: str, following: str) -> bool:
    """A nationality run into a person's name ("Veskan-American Ana Lind", "Danish Ivo Brant"): every part of
    the word a people's name, a clear given name after it. It says where the person is from, never a word of
    the name. Source: strict reads of speaker names (a speaker named with "Egyptian-American" glued on)."""
    return listed_gender(following) is not None and all(
        part and states_index().demonym_of(part) is not None for part in word.split("-"))


def _furniture_word(word: str, following: str) -> bool:
    """A page's label in capitals run into a name ("WATCH Ivo Brant", "VIDEO Ana Lind"): a word of four or
    more capitals (not an initialism) before a name written in lower case after its capital."""
    return len(word) >= 4 and word.isalpha() and word.isupper() and following[:1].isupper() and following[1:].islower()


def _clean_names(doc, ent, cleaner: PersonNames) -> list:
    """The names a PERSON span of the tagger holds once cleaned as entities are (``PersonNames``); a span the
    cleaning leaves nothing of is read as before, less a gerund that opens it ("Ostria Weighing [Varn]")."""
    spans = [doc[s:e] for s, e in cleaner.spans(ent)]
    return spans or [doc[after_gerund(doc, ent.start, ent.end):ent.end]]


def _strip_possessive(name: str) -> str:
    for suffix in ("’s", "'s", "’", "'"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def _name_after_rank(doc, end: int) -> tuple[int, int] | None:
    """The tokens of the person a source cut at a rank's split-off full stop names ("Pentagon spokesman Navy
    Capt" | ". Jon Pell", "Retired Army Brig" | ". Gen. Ana Lind": the parser opened a sentence after the
    stop; the rank the source's head, not "Rolf Dane, father of Army Sgt" | ". Eli Dane"): from the tokens after the stop to the end of the person's name (``past_rank``), further ranks
    included; None unless a name typed a person follows."""
    name_end = past_rank(doc, end)
    return (end + 1, name_end) if name_end > end else None


def _name_beside_post(antecedent, pronoun):
    """The person's name a post noun that "who" hangs on is set beside, or None: the name as the post's
    appositive between the post and the pronoun ("the port's chief engineer, Mila Dorn, who said"), or the
    name the post (or the last of posts joined by "and") is the appositive of ("Ivo Brant, a Kessel
    councillor [and a likely candidate] who said"). The person speaks; the post is what they are, never a
    speaker of its own. Source: strict read of shown records (a "who" resolved to "national security
    adviser" or "Texas senator" though the article names the person beside it)."""
    if antecedent.pos_ != "NOUN" or antecedent.tag_ in PLURAL_TAGS:
        return None
    for child in antecedent.children:
        if (child.dep_ == "appos" and child.pos_ == "PROPN" and child.ent_type_ == "PERSON"
                and antecedent.i < child.i < pronoun.i):
            return child
    post = antecedent
    while post.dep_ == "conj" and post.head.pos_ == "NOUN" and post.head.i < post.i:
        post = post.head  # "a councillor and a likely candidate who": the first post of the list
    name = post.head
    if (post.dep_ == "appos" and name.pos_ == "PROPN" and name.ent_type_ == "PERSON" and name.i < post.i
            and post.doc[post.left_edge.i - 1].text == ","):
        return name
    return None


def _person_start(name) -> int:
    """First token of the person's name that ends at ``name``, read over the words the tagger marks as the
    person's ("[Ostrian-born] Tomas Vell" -> "Tomas"; "Anna Marta Dorn" whole)."""
    first = name.i
    while first - 1 >= name.left_edge.i and name.doc[first - 1].ent_type_ == "PERSON":
        first -= 1
    return first


# Days of the week (general English, as data): the parser runs a surname into the day written after it.
WEEKDAY_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _day_run_in(head, first: int) -> bool:
    """``head``, the last word of a name run from ``first``, is a day of the week the tagger dates, after a
    capitalised name word ("Rostani Sunday said": "Sunday" is when he said it). Source: strict reads, round 17
    (a speaker named with a weekday)."""
    return (first < head.i and head.lower_ in WEEKDAY_WORDS and head.ent_type_ in ("DATE", "TIME")
            and head.doc[head.i - 1].text[:1].isupper() and head.doc[head.i - 1].is_alpha)


def _name_start(span, head) -> int:
    """First token of the proper name that ends at ``head`` ("foreign minister Ivo Brant" -> "Ivo"; a
    hyphenated part is never cut: "Heo Yong-beom", not "beom")."""
    doc = span.doc
    first = head.i
    while first - 1 >= span.start:
        prev = doc[first - 1]
        if prev.pos_ == "PROPN" and prev.head.i >= first:
            first -= 1
        elif first == head.i and _number_opening(prev, head):
            first -= 1
            break  # "38 North": a number opens the name
        elif first == head.i and _opens_letter_name(prev, head):
            first -= 1  # "BelAir X": the word before the letter, tagged a common noun, is the name's
        elif (prev.text in HYPHENS and not prev.whitespace_ and first - 2 >= span.start
              and not doc[first - 2].whitespace_ and doc[first - 2].is_alpha):
            first -= 2  # "Yong" "-" "beom"
        else:
            break
    return first


def _opens_letter_name(prev, head) -> bool:
    """``head`` is one capital letter, no name alone (a body named "Kestrel Air X", "BelAir X"), and ``prev``, a
    capitalised word joined to it, opens that name whatever part of speech the tagger gave it (a made-up brand
    word read as a common noun): the speaker is "BelAir X", not "X". Source: a strict read of an airline named
    by the letter its sister airline's name ends on."""
    return (len(head.text.rstrip(".")) == 1 and head.text[:1].isupper() and prev.dep_ == "compound"
            and prev.head.i == head.i and prev.is_alpha and len(prev.text) > 1 and prev.text[:1].isupper()
            and bool(prev.whitespace_))


OWNER_TYPES = frozenset({"ORG", "GPE", "NORP", "FAC", "PERSON"})


def _owner_before(doc, here: str, role: str, first: int) -> bool:
    """``here``, the role read beside this mention, is ``role`` (the entity's) with whose post it is before it:
    a possessor ("Ostria's President", "the harbour master's spokesman"), a word joined by a hyphen
    ("Kessel-based lawyer") or a name ("Admiralty spokesman", "Ostrian Foreign Minister"); not a word the
    text ran into the title ("poor President", "even Harbour Party Leader", "Somebody President")."""
    if len(here) <= len(role) or not here.lower().endswith(" " + role.lower()):
        return False
    extra = here[:-len(role)].split()
    if extra[-1].endswith(("'s", "’s", "s'", "s’")) or "-" in extra[-1]:
        return True
    before = [t for t in doc[max(0, first - 3 * len(here.split())):first] if t.text in extra]
    return bool(before) and all(t.ent_type_ in OWNER_TYPES or t.lower_ in roles.NAME_JOINERS or t.is_punct for t in before)


def _named_appositive(span, head) -> tuple[int, int] | None:
    """Tokens of the proper name set beside a common noun inside the source ("The operator, Sollen
    Lines," -> "Sollen Lines"), or None. The noun may be a title in capitals ("Chairman of the Joint Chiefs,
    Gen. Ole Marten,"), and a person's name set after the role's organisation ends the source too, though
    the parser hangs it on the organisation ("The senior counsel at Kessel Rights Group, Cara Vitt,")."""
    if head.pos_ == "PROPN" and (head.lower_ not in roles.ROLE_NOUNS or head.ent_type_ == "PERSON") \
            and not _ends_capital_title(head):
        return None  # a name, not a title in capitals (nor the "King" of "Rep. Steve King, R-Iowa,")
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and span.start <= child.i < span.end:
            child = _person_beside(child, span)
            return _name_start(span, child), child.i + 1
    end = span.end - 1 if span[-1].is_punct else span.end
    last = span.doc[end - 1]
    if ((head.lemma_.lower() in roles.PERSON_NOUNS or head.lower_.endswith(("er", "or", "ist")))
            and last.dep_ == "appos" and last.ent_type_ == "PERSON"
            and last.pos_ == "PROPN" and last.head.i != head.i
            and head.i < last.head.i and last.head in head.subtree and last.doc[last.left_edge.i - 1].text == ","):
        start = _name_start(span, last)
        return (start, last.i + 1) if start > head.i else None
    return None


def _person_beside(name, span):
    """The person's name set in apposition to ``name`` inside the source when ``name`` is no person's but the
    tail of a title the parser split ("Minister of Health and Family [Welfare], [Ana Lind],"): the person,
    never the title's last word; else ``name``."""
    if name.ent_type_ == "PERSON":
        return name
    return next((c for c in name.rights if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.pos_ == "PROPN"
                 and span.start <= c.i < span.end), name)


def _ends_capital_title(head) -> bool:
    """``head`` is the last word of a title in capitals that the parser made the head over its post noun
    ("Minister of Health and Family [Welfare], Ana Lind,": "Minister" hangs on "Welfare"), a person's name set
    beside it: the name speaks, never the title's last word. Source: strict reads of speaker names (a
    minister quoted as "Welfare")."""
    return (head.ent_type_ != "PERSON" and any(c.dep_ in ("nmod", "compound") and c.lower_ in roles.ROLE_NOUNS
                                                for c in head.lefts)
            and any(c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.pos_ == "PROPN" for c in head.rights))


def _body_named_as_conjunct(span, head) -> tuple[int, int] | None:
    """Tokens of the proper name set off by commas after a body's noun that the parser made its conjunct, no
    "and" or "or" between ("the country's central bank, the Bank of Veskar, said": an appositive, one body
    named and described, never two speakers), or None. Source: strict reads of body sources."""
    if not org_roles.is_body_noun(head) or any(c.dep_ in ("cc", "preconj") for c in head.children):
        return None
    conjuncts = [c for c in head.children if c.dep_ == "conj" and span.start <= c.i < span.end]
    if len(conjuncts) != 1 or conjuncts[0].pos_ != "PROPN" or any(
            c.dep_ in ("conj", "cc") for c in conjuncts[0].children):
        return None  # "the union, Dockers United and the Velmar Front": a list
    name, doc = conjuncts[0], span.doc
    start, end = _name_start(span, name), name.right_edge.i + 1
    if doc[name.left_edge.i - 1].text != "," or name.left_edge.i - 1 < head.i or \
            not (end >= span.end or doc[end].text == ","):
        return None
    return start, end


# Nouns of the kind of body a description before its name gives ("the watchdog group", "the think tank", "the
# Chinese tabloid"), beside ``ORG_NOUNS``: such a description is the body's role (general English, as data).
BODY_KIND_NOUNS = ORG_NOUNS | frozenset("""tank watchdog tabloid newspaper daily broadcaster network outlet charity
nonprofit lobby coalition movement alliance think-tank insurer carrier maker manufacturer retailer chain""".split())


def _description_before_name(head) -> tuple[str | None, str] | None:
    """(description, name) when a body's capitalised proper name ending at ``head`` follows lower-case words
    that modify it ("the liberal watchdog group [Public Trust]", "the conservative think tank [Harbour Policy
    Institute]", "the nonpartisan [Budget Office]"): the parser heads the phrase on the name, so the words would
    run into it. The description is the body's role when it ends on a kind of body (``BODY_KIND_NOUNS``), else
    (None, name). None when no lower-case word stands right before the name. Source: strict read 31, a
    watchdog's description given as its name."""
    doc = head.doc
    if head.pos_ != "PROPN" or not head.text[:1].isupper():
        return None
    first = head.i
    while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].head.i >= first - 1 and doc[first - 1].text[:1].isupper():
        first -= 1
    word = doc[first - 1] if first > 0 else None
    if word is None or not word.is_lower or not word.is_alpha or word.head.i < first or word.pos_ not in ("NOUN", "ADJ"):
        return None
    name = doc[first:head.i + 1].text
    if word.lemma_.lower() not in BODY_KIND_NOUNS and word.lower_ not in BODY_KIND_NOUNS:
        return None, name  # "the nonpartisan Budget Office", "the opposition Labour Party": no post
    start = min(t.i for t in word.subtree)
    while start < word.i and (doc[start].pos_ == "DET" or doc[start].tag_ == "POS"):
        start += 1
    return doc[start:word.i + 1].text, name


def _name_headed(noun) -> tuple[int, int] | None:
    """Tokens of the proper name a common noun is a compound of, written right after it ("the watchdog group
    [Fair Trade] filed": the parser heads the phrase on the name, "group" modifying it), or None. Source:
    strict reads, "the group" later given the description when the tagger left such a name untyped."""
    name = noun.head
    if noun.dep_ != "compound" or name.pos_ != "PROPN" or name.i <= noun.i:
        return None
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in noun.doc[noun.i + 1:name.i + 1]):
        return None
    return noun.i + 1, name.i + 1


CALLING_VERBS = frozenset({"name", "call", "identify", "dub"})  # "a group called …", "a man named …"
NAMED_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE", "FAC"})


def _named_after_in_chief(head) -> tuple[int, int] | None:
    """Tokens of the person's name after a post's title with "in" inside ("Harbour Gazette [Editor] in Chief
    Ana Lind said", ``entities.roles.in_chief``), which the parser reads as the subject "Editor" with the name
    the object of "in": the person speaks, the title is their role. Only a person's name tagged so."""
    prep = next((c for c in head.rights if c.dep_ == "prep" and in_chief(head.doc, c.i)), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or obj.ent_type_ != "PERSON":
        return None
    start = next(t.i for t in obj.subtree if t.ent_type_ == "PERSON")
    return start, _entity_end(obj, obj.i + 1)


def _called(head) -> tuple[int, int] | None:
    """Tokens of the name in "a local named Maher Haddad", "a man called Ivo", "a group called Friends of the
    Marsh", "a charity known as Harbour Hands", or None: the lead-in ("group called") is no part of the name
    the name's words are. The name is a proper noun or a word inside a named entity (the parser tags
    "Friends" a noun), whole to the entity's end. Never for a plural ("Members of the parliament called
    Ivo Brant a buffoon": they called him names)."""
    if head.pos_ != "NOUN" or head.tag_ in PLURAL_TAGS:
        return None
    for acl in head.rights:
        if acl.dep_ != "acl":
            continue
        lemma = acl.lemma_.lower()
        if lemma in CALLING_VERBS:
            objects = [o for o in acl.rights if o.dep_ in ("oprd", "dobj", "attr", "xcomp", "npadvmod")]
        elif lemma == "know":  # "known as"
            objects = [o for p in acl.rights if p.dep_ == "prep" and p.lower_ == "as" for o in p.children
                       if o.dep_ == "pobj"]
        else:
            continue
        for obj in objects:
            if obj.pos_ == "PROPN":
                return _name_start(obj.doc[acl.i + 1:obj.i + 1], obj), _entity_end(obj, obj.i + 1)
            if obj.ent_type_ in NAMED_TYPES and obj.text[:1].isupper():
                ent = next(e for e in obj.doc.ents if e.start <= obj.i < e.end)
                if ent.start > acl.i:
                    return ent.start, ent.end
    return None


def _entity_end(tok, end: int) -> int:
    """``end``, or the end of the named entity ``tok`` is in when that runs further ("Friends of the Marsh")."""
    if tok.ent_type_ not in NAMED_TYPES:
        return end
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return max(end, ent.end) if ent is not None else end


def _number_tail(head, end: int) -> int:
    """The end of a name that runs past its head ``head`` on numbers the parser hangs on it, inside the source
    (tokens before ``end``), right after it ("Kanal 5", "Radio 1", "Marlow 24": a station's number is part of
    its name, never cut off, whatever type the tagger gives the number); a regnal or generational numeral
    in capitals after a ruler's title likewise ("King Bertram II", "Pope Linus IV of Velmora": not "Bertram"
    alone, read 23)."""
    i = head.i + 1
    while i < end and head.pos_ == "PROPN" and head.doc[i].head.i == head.i and head.doc[i - 1].whitespace_ == " " \
            and (_regnal_numeral(head.doc[i]) or (
                head.doc[i].like_num and head.doc[i].dep_ == "nummod"
                and not (i + 1 < len(head.doc) and head.doc[i + 1].lower_ == "of"))):  # "Photo 27 of 55": a count
        i += 1
    return i


REGNAL_NUMERAL = re.compile(r"(?:X{0,2})(?:IX|IV|V?I{0,3})")


def _with_numeral(name: str, ent: Entity | None) -> str:
    """``name``, or a name of its entity (its name or an alias) that is ``name`` with a regnal numeral after
    it (a bare "Bertram said" of "King Bertram II": "Bertram II", the monarch's name, never "Bertram" alone)."""
    for written in (ent.name, *ent.aliases) if ent is not None else ():
        tail = _strip_possessive(written).rstrip(" .,;:").rsplit(" ", 1)[-1]
        if len(tail) < 2 or not REGNAL_NUMERAL.fullmatch(tail):
            continue  # no ruler's numeral: the common case, passed without parsing the name's words
        full = _name_words(written)
        if len(full) >= 2 and len(full[-1]) >= 2 and REGNAL_NUMERAL.fullmatch(full[-1]) and full[:-1] == _name_words(name) \
                and _strip_possessive(written).split()[0].lower() in MONARCH_TITLES:
            return " ".join(full)
    return name


# Titles of a ruler whose numeral is part of the name ("King Bertram II"); a generational "III" after a
# surname ("Ivo Brant III") is no ruler's, and stays as the article's other mentions write it.
MONARCH_TITLES = frozenset("king queen pope emperor empress sultan tsar czar prince princess emir shah".split())


def _after_monarch_title(head) -> bool:
    """``head``, the last word of a name, follows a ruler's title over the name's other proper nouns
    ("King [Bertram]", "Pope John [Paul]")."""
    i = head.i - 1
    while i >= 0 and head.doc[i].pos_ == "PROPN" and head.doc[i].lower_ not in MONARCH_TITLES:
        i -= 1
    return i >= 0 and head.doc[i].lower_ in MONARCH_TITLES


def _regnal_numeral(tok) -> bool:
    """``tok`` is a Roman numeral of two letters or more ("II", "IV", "XIII") the parser hangs on a name after
    a ruler's title: the ruler's ordinal, part of the name (a lone "I" is the pronoun)."""
    return len(tok.text) >= 2 and REGNAL_NUMERAL.fullmatch(tok.text) is not None \
        and tok.dep_ in ("nummod", "compound", "appos", "npadvmod", "flat") and _after_monarch_title(tok.head)


MAX_NAME_NUMBER = 3  # digits of a number opening a name ("38 North"); a longer one is a year ("2020 Democrats")


def _number_opening(num, head) -> bool:
    """``num`` is a short number the parser hangs on the one-word proper name ``head`` right after it ("the
    website [38] North"): the number opens the name, which cut without it is a word that names something else
    ("North"). Source: strict reads of speaker names (a website quoted as "North")."""
    return (num.i == head.i - 1 and head.tag_ == "NNP" and num.is_digit and len(num.text) <= MAX_NAME_NUMBER
            and num.head.i == head.i and num.dep_ in ("nummod", "compound") and num.whitespace_ == " ")


# Tails of a hyphened word that make it a description, not a name's part ("Vell-led", "Kessel-based").
DESCRIPTIVE_TAILS = ("ed", "ing", "based", "style", "era", "born")


def _hyphen_tail(head, end: int) -> int:
    """``end``, or past the rest of a hyphened given name the parser hung elsewhere when the name ends at ``head``
    right before the hyphen ("Choe Son[-hui]": never cut at the hyphen). Source: strict read 45 (a
    Korean name cut at the hyphen of its given name)."""
    doc, i = head.doc, head.i + 1
    if end != i or i + 1 >= len(doc) or head.pos_ != "PROPN" or head.whitespace_:
        return end
    dash, tail = doc[i], doc[i + 1]
    if dash.text not in HYPHENS or dash.whitespace_ or not tail.is_alpha or tail.lower_.endswith(DESCRIPTIVE_TAILS):
        return end
    return i + 2


def _whole_word(tok) -> str:
    """The text between spaces that holds ``tok``: "front-runner" for its "runner"."""
    text = doc_text(tok.doc)
    start = text.rfind(" ", 0, tok.idx) + 1
    end = text.find(" ", tok.idx)
    return text[start:end if end >= 0 else len(text)].strip(",.;:!?\"“”'’")


def _is_definite(span) -> bool:
    return span[0].lower_ in ("the", "this", "that")


def _place_before(before, tok) -> bool:
    """``before`` is a place's one-word name ("Ukraine", "Ohio"), typed as a place or one of the state index's,
    that ends there: a title's last word before the name ``tok`` opens ("Special Envoy for Ukraine Tomas
    Lindqvist"), not a place's first word the next goes on ("South [Carolina] Republican")."""
    if tok.ent_type_ in ("GPE", "LOC", "NORP"):
        return False  # "South Carolina": the place goes on
    return before.ent_type_ in ("GPE", "LOC") or states_index().state_named(before.text) is not None


def _names_typed_otherwise(doc, entities: list[Entity], takers: PronounTakers) -> dict[str, str]:
    """Last word (lower case) -> a two-word name the tagger typed as a body ("Rukhsar Velbeen" as ORG; a given
    name the lists know is read by ``reads_as_person`` already), when its last word alone speaks or follows a
    title elsewhere ("Velbeen said", ``takers.speaking_words``, built only when such a name is there): a person
    named in full, so the bare surname is them. Both words capitalised, none a word of a body's or an outlet's
    name, nor the first one a place's; a surname two such names end with is left out. Source: strict read 45 (a poet's bare surname kept though her full name was given)."""
    out: dict[str, str | None] = {}
    blocked = ORG_WORDS | OUTLET_NAME_WORDS
    candidates = [e for e in entities if e.type == "ORG" and len(e.name.split()) == 2
                  and all(w.isalpha() and w.istitle() and w.lower() not in blocked for w in e.name.split())]
    if not candidates:
        return {}
    speaking = takers.speaking_words
    places = states_index()
    placed = {e.text for e in doc.ents if e.label_ in ("GPE", "LOC", "FAC", "NORP")}
    lowered = lower_case_words(doc)
    for e in candidates:
        words = e.name.split()
        if words[1].lower() not in speaking or places.state_named(words[0]) or places.demonym_of(words[0]) \
                or words[0] in placed or words[0].lower() in lowered:
            continue  # nor a word the text writes in lower case ("Will Trump accept …?")
        key = words[1].lower()
        out[key] = e.name if out.get(key, e.name) == e.name else None
    return {k: v for k, v in out.items() if v}


def _written_names(doc) -> dict[str, str]:
    """Last word (lower case) -> full name, for names written in the text whatever the tagger made of them:
    a clear given name and one or two capitalised words after it, a hyphened surname whole ("Marta
    Ilves-Koppel"), that read as a person's (``reads_as_person``). A surname two such names share is left out
    (nothing says which). Not on a headline line, whose capitals say nothing.
    """
    out: dict[str, str | None] = {}
    for tok in doc:
        if not _name_word(tok) or tok.lower_ in TITLE_WORDS:
            continue
        before = doc[tok.i - 1] if tok.i else None
        if before is not None and before.is_alpha and before.text[:1].isupper() and before.whitespace_ \
                and before.lower_ not in TITLE_WORDS and not _place_before(before, tok):
            continue  # inside a run of capitals: only its first word opens a name ("Anna Maria Lind"); a
            # title's place before it does not count ("Special Envoy for Ukraine Tomas Lindqvist", read 17)
        if before is not None and not before.whitespace_ and before.text in HYPHENS:
            continue  # the tail of a hyphened word ("Eva-[Marie]", "anti-[Assad]")
        words, i = [tok.text], tok.i + 1
        while i < len(doc) and len(words) < 3 and "\n" not in doc[i - 1].whitespace_:
            t = doc[i]
            if t.text in HYPHENS and not doc[i - 1].whitespace_ and not t.whitespace_ and i + 1 < len(doc) \
                    and _name_word(doc[i + 1]):
                words[-1] += t.text + doc[i + 1].text
                i += 2
            elif _name_word(t) and doc[i - 1].whitespace_:
                words.append(t.text)
                i += 1
            else:
                break
        if len(words) < 2 or (i < len(doc) and doc[i].is_alpha and doc[i].text[:1].isupper()):
            continue  # a longer run of capitals ("Marta Lind Memorial Trust") is no name read here
        if on_headline(doc, tok.i):
            continue  # a headline capitalises its verbs: "Brant Congratulates Lind" is no full name (round 16)
        if inverted_cue(doc, tok.i, i):
            continue  # "Said Vell: …": a verb of speech opening an inverted attribution (read 83)
        name = " ".join(words)
        if not reads_as_person(name) or any(w.lower() in TITLE_WORDS for w in words):
            continue  # "Speaker Pelosi" run on from the word before is a title and a name, not a full name
        key = surname_key(words)
        if key is not None:
            out[key] = name if out.get(key, name) == name else None
    return {k: v for k, v in out.items() if v}


ROLE_PREPOSITIONS = frozenset("""of at for in to from with on by during under between among over against as since
after before about within across""".split())


def _role_head(role: str | None) -> str:
    """The head word of a role as written, lower case: the last word before its first preposition ("spokeswoman"
    of "State Department spokeswoman", "aide" of "senior aide to the senator")."""
    words = (role or "").lower().split()
    cut = next((k for k, w in enumerate(words) if w in ROLE_PREPOSITIONS), len(words))
    return words[cut - 1].strip("’'\"“”") if cut else ""


def _post_gender(role: str | None) -> str | None:
    """"f" or "m" when the role's head is a noun for a woman or a man ("spokeswoman", "chairman"), else None."""
    head = _role_head(role)
    return "f" if head in turns.FEMALE_NOUNS else "m" if head in turns.MALE_NOUNS else None


def _persons_post(role: str | None) -> bool:
    """The role's head is a person's post ("spokeswoman", "minister", "lawyer"), not a body's noun ("the ship's
    owner" reads as a post, "the ministry" does not)."""
    head = _role_head(role)
    return head in roles.ROLE_NOUNS and head not in ORG_NOUNS and head not in ORG_WORDS


LIST_WORDS = 12  # tokens after a plural title read as the list of names it is set before


QUANTIFIERS = frozenset("both all several many some certain other various few numerous".split())


def _without_group_role(speaker: Speaker, doc=None, body: bool = False) -> Speaker:
    """``speaker`` with a role whose head noun is a plural of a post, person or body noun ("analysts",
    "former officers", "centrist parties") made one speaker's: in the singular where the title is set right
    before a list of names holding the speaker's ("analysts Ivo Brant and Ana Lind" -> Brant is an "analyst");
    else dropped: a group's description, belonging to others ("… officials Ana Lind, Mia Roe, Kessel campaign
    officials Per Holm": not Lind's) or shared with them, is no one speaker's role. A speaker that is itself
    several ("Holm and Lunde") keeps it. A counted group ("two major firms") or a body (``body``) described by
    a person noun ("environmental lawyers") has no singular that is the speaker's. Source: strict reads (a role of
    other people passed to the speaker) and dev roles (AllSides 1041-1999)."""
    role, name = speaker.role, speaker.name or ""
    if not role or " and " in name or "," in name or set(role.lower().split()) & ROLE_PREPOSITIONS:
        return speaker  # "director of the … Studies": the head is before the preposition
    last = role.split()[-1]
    if not last.isalpha() or not (last.islower() or role == last and last.istitle()):
        return speaker  # "Kessel Capital Ideas": a body's name; "Senators" alone before a list is a title
    if not last.endswith("s") or last.endswith(("ss", "us", "is")):
        return speaker
    singular = last[:-3] + "y" if last.endswith("ies") else last[:-2] if last.endswith(("sses", "ches", "shes", "xes")) else last[:-1]
    low = singular.lower()
    if not (low in roles.ROLE_NOUNS or low in groups.SPEAKING_NOUNS or low in ORG_NOUNS):
        return speaker
    first = role.split()[0].lower()
    counted = first in QUANTIFIERS or (doc is not None and doc.vocab[first].like_num)
    if doc is not None and not counted and not (body and singular in roles.PERSON_NOUNS) \
            and _titles_list_of(doc, role, name):
        return replace(speaker, role=role[:len(role) - len(last)] + singular)
    return replace(speaker, role=None)  # "two major firms", "lawyers" of a body: no singular is the speaker's


def _titles_list_of(doc, role: str, name: str) -> bool:
    """``role`` is written right before a list of names (proper nouns, commas, "and") that holds the last word
    of ``name``."""
    surname = name.split()[-1] if name.split() else ""
    text = doc_text(doc)
    for m in re.finditer(re.escape(role), text, flags=re.IGNORECASE):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        for tok in doc[span.end:span.end + LIST_WORDS]:
            if tok.text == surname:
                return True
            if not (tok.pos_ == "PROPN" or tok.text == "," or tok.lower_ == "and"):
                break
    return False


def _name_word(tok) -> bool:
    """A word a written name is made of: a proper noun in capitals then lower case ("Marta", not "Even" the
    adverb opening a sentence, nor "One", nor "NATO")."""
    return tok.is_alpha and tok.pos_ == "PROPN" and tok.text[:1].isupper() and not tok.text.isupper()


DETERMINERS = frozenset("the a an this that these those his her its their our my your".split())  # never a given name


class NameBook:
    """Full names of people met earlier in the same run, by last word: an article that only says
    "President Brant" gets the "Ivo Brant" that other articles of the run spell out. Only a surname
    that points to one full name (or to one far more often than to any other) is resolved."""

    DOMINANCE = 2 / 3  # share of the surname's full-name sightings the chosen one must have

    def __init__(self):
        self.seen: dict[str, dict[str, int]] = {}

    def learn(self, names) -> None:
        """Count each full name of ``names`` whose words are all capitalised and whose first word is no
        function word: a parser's PERSON span over "The Brant administration" opening a text is no "The
        Brant" (read 75, session 22: "The Trump" given to a bare "Trump" of another article in the batch)."""
        for name in names:
            words = _name_words(name)
            if surname_key(words) is not None and words[0][:1].isupper() and words[0].lower() not in DETERMINERS \
                    and all(w[:1].isupper() or _particle_word(w) for w in words[1:]):
                counts = self.seen.setdefault(surname_key(words), {})
                counts[_given_and_surname(words)] = counts.get(_given_and_surname(words), 0) + 1

    def full_name(self, name: str | None) -> str | None:
        """The full name a bare surname stands for in the run ("Brant"; "De Luca" with its particles, which
        takes only a full name ending with them, in whatever case), or None."""
        words = _name_words(name or "")
        if particle_surname(words) and words[-1][:1].isupper():
            counts = self.seen.get(words[-1].lower())
            if not counts or not all(ends_with_words(full.split(), words) for full in counts):
                return None  # "Ana de Luca" and "Ivo Luca" both met: "De Luca" is hers only if no one else's
        elif len(words) != 1 or not words[0][:1].isupper() or words[0].isupper() or words[0].lower() in SPEAKER_PRONOUNS:
            return None  # "US", "NATO": an acronym is no surname; an unresolved "He" is none either
        else:
            counts = self.seen.get(words[0].lower())
        if not counts:
            return None
        best, n = max(counts.items(), key=lambda kv: kv[1])
        return best if n >= self.DOMINANCE * sum(counts.values()) else None


def _particle_word(word: str) -> bool:
    """A name word a full name may write in lower case: a particle ("de", "van"), or one hyphened to the
    surname ("al-Rashid", "el-Sisi")."""
    return word.lower() in NAME_PARTICLES or word.split("-")[0].lower() in NAME_PARTICLES


def _given_and_surname(words: list[str]) -> str:
    """A full name as the name book counts it: the first word and the surname with the particles right
    before it ("Ivo J. Brant" -> "Ivo Brant", "Marco Aldo de Luca" -> "Marco de Luca"), so a middle name
    or initial does not make two people, and a particle stays with its surname."""
    k = len(words) - 1
    while k > 1 and words[k - 1].lower() in NAME_PARTICLES:
        k -= 1
    return " ".join([words[0]] + words[k:])


def person_names(doc, entities) -> list[str]:
    """Every multi-word person name in a Doc, from the entities and spaCy's own PERSON spans (less an inverted
    cue's verb, ``entities.extract.inverted_cue``)."""
    return [e.name for e in entities if e.type == "PERSON"] + [
        ent.text for ent in doc.ents if ent.label_ == "PERSON" and not inverted_cue(doc, ent.start, ent.end)]


def _clauses_above(tok) -> set[str]:
    """Dependency labels of the verbs from ``tok``'s head up to its sentence's root ("guards" in "said he
    was hurt after two guards fired": {"advcl", "ccomp", "ROOT"}), or up to a parenthetical tag, which is
    a main clause of its own ("It is time, [these experts say], for …": {"parataxis"})."""
    labels, node = set(), tok.head
    while True:
        labels.add(node.dep_)
        if node.head is node or node.dep_ in ("ROOT", "parataxis"):
            return labels
        node = node.head


def _group_pronoun_subject(sent, pronoun) -> bool:
    """Whether the subject of ``sent``'s main verb, before ``pronoun`` (the one being resolved), is a pronoun
    that stands for a group ("Many had fears …", "they see …")."""
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and t.lower_ in GROUP_SUBJECT_PRONOUNS
               and t.pos_ in ("PRON", "DET", "ADJ", "NOUN") and t.i < pronoun.i for t in sent)
