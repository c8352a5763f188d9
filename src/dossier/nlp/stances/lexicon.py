"""Words that signal a stance, and the small word lists the stance finder reads the parse with.

Kept as data apart from the logic in ``stances`` and ``stance_syntax``: general English lexicons
of desire, fear, gain, advice and judgement, not phrases from any corpus.
"""
from __future__ import annotations

import re

VERB_ATTITUDES = {
    **dict.fromkeys("want seek hope wish desire aim intend strive crave covet aspire prefer".split(), "wants"),
    **dict.fromkeys("fear dread".split(), "fears"),
    **dict.fromkeys("support back endorse favor favour welcome champion defend".split(), "supports"),
    **dict.fromkeys("oppose reject resist condemn denounce criticize criticise block veto".split(), "opposes"),
    **dict.fromkeys("recommend advise urge propose advocate".split(), "recommends"),
    **dict.fromkeys("benefit profit gain".split(), "benefits_from"),
    **dict.fromkeys("accuse blame".split(), "accuses"),
}
# Verbs whose object is the one who feels ("what scares them", "the deal worries Moscow").
EXPERIENCER_VERBS = {
    **dict.fromkeys("scare frighten alarm unnerve terrify spook rattle trouble worry concern".split(), "fears"),
    **dict.fromkeys("irk anger annoy upset infuriate frustrate".split(), "opposes"),
}
ADJECTIVE_ATTITUDES = {
    **dict.fromkeys("eager keen determined desperate anxious interested intent hopeful".split(), "wants"),
    **dict.fromkeys("worried afraid fearful concerned nervous wary scared alarmed".split(), "fears"),
    **dict.fromkeys("opposed hostile".split(), "opposes"),
    **dict.fromkeys("supportive".split(), "supports"),
}
# "... would be good for Russia": the subject is what the "for" party wants.
GOOD_FOR_ADJECTIVES = frozenset("good beneficial helpful useful advantageous welcome valuable profitable".split())
NOUN_ATTITUDES = {
    **dict.fromkeys("goal aim objective ambition desire wish hope plan intention interest priority bid "
                    "quest aspiration".split(), "wants"),
    **dict.fromkeys("fear worry concern anxiety dread".split(), "fears"),
    **dict.fromkeys("recommendation proposal advice".split(), "recommends"),
    **dict.fromkeys("support backing".split(), "supports"),
    **dict.fromkeys("opposition objection".split(), "opposes"),
}
# Verbs that carry a stance noun to their subject ("we have a lot of interest in", "developed plans to").
LIGHT_VERBS = frozenset("have develop harbor harbour express voice make draw craft pursue share".split())
# The prepositions that introduce the object for each attitude ("interested in", "fear of", "push for").
OBJECT_PREPS = {
    "wants": frozenset({"in", "for", "of"}),
    "fears": frozenset({"about", "of", "over", "by", "for"}),
    "benefits_from": frozenset({"from"}),
    "supports": frozenset({"for", "of"}),
    "opposes": frozenset({"to", "against", "of"}),
    "recommends": frozenset(),
    "accuses": frozenset({"of"}),
}
# Stance nouns take their object through their own prepositions ("interest in", "fear of"); "plans
# for X" is about X, not wanting it.
NOUN_PREPS = {
    **dict.fromkeys("interest".split(), frozenset({"in"})),
    **dict.fromkeys("desire wish hope quest bid".split(), frozenset({"for", "of"})),
    **dict.fromkeys("fear worry concern anxiety dread".split(), frozenset({"of", "about", "over", "for"})),
    **dict.fromkeys("support backing".split(), frozenset({"for", "of"})),
    **dict.fromkeys("opposition objection".split(), frozenset({"to"})),
}
# Words right after a trigger that open its object, so the surface fallback may take what follows.
OBJECT_OPENERS = frozenset({"to", "that", "in", "about", "of", "for", "from", "against"})
# Verbs whose direct object is the one advised, not the advice ("advising the president on ...").
ADDRESSEE_VERBS = frozenset({"advise", "urge", "accuse", "blame"})
WH_WORDS = frozenset({"what", "which", "who", "whom", "whatever"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})  # a passive subject ("it was intended") holds no stance
CLAUSE_DEPS = frozenset({"xcomp", "ccomp"})
CLAUSE_BREAKS = frozenset({",", ";", ":", "–", "—", "(", ")", "but", "while", "although", "though", "so", "because"})
PERSONAL = frozenset({"he", "him", "his", "she", "her"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
SINGULAR_PRONOUNS = frozenset({"its"})  # bare "it" is too often expletive or a thing
FIRST_PLURAL = frozenset({"we", "us", "our"})
OBJECT_PRONOUNS = frozenset({"them", "him", "her", "us", "it"})
LIST_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
MAX_OBJECT_TOKENS = 40
INFLECTIONS = (("ies", "y"), ("es", "e"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", "e"), ("ed", ""),
               ("ing", "e"), ("ing", ""))
LOOKBACK_SENTENCES = 2
