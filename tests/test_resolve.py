"""Actors across articles, built from hand-made analyses (no model needed)."""
from __future__ import annotations

from dossier.model import Analysis, Article, Attribution, Entity, Speaker
from dossier.resolve import resolve


def _analysis(id_, outlet, entities, attributions=(), text="x" * 400, body=((0, 200), (200, 400))):
    art = Article(id=id_, path=f"{id_}.txt", text=text, outlet=outlet, body=tuple(body))
    return Analysis(article=art, entities=tuple(entities), attributions=tuple(attributions))


def _ent(id_, name, type_="PERSON", mentions=((0, 5),), aliases=(), role=None):
    return Entity(id=id_, name=name, type=type_, mentions=tuple(mentions), aliases=tuple(aliases), role=role)


def test_transliterations_and_bare_surnames_join_one_person():
    a = _analysis("a", "Daily One", [_ent("E1", "Sergey Varenko", role="defence minister", mentions=((0, 5), (10, 15)))])
    b = _analysis("b", "Weekly Two", [_ent("E1", "Sergei Varenko")])
    c = _analysis("c", "Weekly Two", [_ent("E3", "Varenko", mentions=((20, 27),))])
    cast = resolve([a, b, c])
    ids = {cast.by_entity[("a", "E1")], cast.by_entity[("b", "E1")], cast.by_entity[("c", "E3")]}
    assert len(ids) == 1
    actor = cast.actors[ids.pop()]
    assert actor.name in {"Sergey Varenko", "Sergei Varenko"}
    assert actor.outlets == {"Daily One": 2, "Weekly Two": 2}
    assert actor.roles == ["defence minister"]
    assert actor.articles == ["a", "b", "c"]


def test_people_sharing_a_family_name_stay_apart():
    a = _analysis("a", "O", [_ent("E1", "Park Min Jun"), _ent("E2", "Park Sang Woo", mentions=((50, 60),))])
    b = _analysis("b", "O", [_ent("E1", "Park Min-jun")])
    cast = resolve([a, b])
    assert cast.by_entity[("a", "E1")] == cast.by_entity[("b", "E1")]
    assert cast.by_entity[("a", "E1")] != cast.by_entity[("a", "E2")]


def test_states_merge_by_canonical_name_and_keep_aliases():
    a = _analysis("a", "O", [_ent("E1", "United States", "GPE", aliases=("US", "Washington"))])
    b = _analysis("b", "P", [_ent("E4", "United States", "GPE", aliases=("America",))])
    cast = resolve([a, b])
    actor = cast.actor_of("a", "E1")
    assert actor is cast.actor_of("b", "E4")
    assert {"US", "Washington", "America"} <= actor.aliases
    assert actor.type == "GPE"


def test_speaker_roles_are_collected_and_paragraph_neighbours_related():
    ents = [_ent("E1", "Ilse Gauthier", mentions=((0, 5),)), _ent("E2", "Norway", "GPE", mentions=((10, 16),)),
            _ent("E3", "Chile", "GPE", mentions=((250, 255),))]
    quote = Attribution(content=(30, 60), cue=(20, 24), speaker=Speaker("E1", "Ilse Gauthier", (0, 5), "harbour official"),
                        kind="direct")
    cast = resolve([_analysis("a", "O", ents, [quote])])
    ilse = cast.actor_of("a", "E1")
    norway = cast.actor_of("a", "E2")
    chile = cast.actor_of("a", "E3")
    assert ilse.roles == ["harbour official"]
    assert ilse.related[norway.id] == 1
    assert chile.id not in ilse.related


def test_organisations_merge_on_their_normal_form_only():
    a = _analysis("a", "O", [_ent("E1", "the Harbour Authority", "ORG")])
    b = _analysis("b", "O", [_ent("E1", "Harbour Authority", "ORG"), _ent("E2", "Harbour Council", "ORG")])
    cast = resolve([a, b])
    assert cast.by_entity[("a", "E1")] == cast.by_entity[("b", "E1")]
    assert cast.by_entity[("b", "E2")] != cast.by_entity[("b", "E1")]
    assert cast.actor_of("a", "E1").name == "Harbour Authority"


def test_dotted_acronyms_merge_with_plain_ones():
    a = _analysis("a", "O", [_ent("E1", "the U.N.", "ORG")])
    b = _analysis("b", "O", [_ent("E1", "UN", "ORG")])
    cast = resolve([a, b])
    assert cast.by_entity[("a", "E1")] == cast.by_entity[("b", "E1")]


def test_a_rare_state_typed_differently_is_one_state_actor():
    text = "Velmora signed. The Velmoran delegation left. " + "x" * 360
    a = _analysis("a", "O", [_ent("E1", "Velmora", "PERSON", mentions=((0, 7),))], text=text)
    b = _analysis("b", "O", [_ent("E1", "Velmora", "GPE", mentions=((0, 7),)),
                             _ent("E2", "Velmora", "ORG", mentions=((0, 7),))], text=text)
    cast = resolve([a, b])
    ids = {cast.by_entity[k] for k in (("a", "E1"), ("b", "E1"), ("b", "E2"))}
    assert len(ids) == 1
    assert cast.actors[ids.pop()].type == "GPE"


def test_a_person_named_like_a_place_keeps_the_majority_type_without_a_demonym():
    a = _analysis("a", "O", [_ent("E1", "Halvard", "PERSON", mentions=((0, 5), (10, 15)))])
    b = _analysis("b", "O", [_ent("E1", "Halvard", "ORG", mentions=((0, 5),))])
    cast = resolve([a, b])
    actor = cast.actor_of("a", "E1")
    assert actor is cast.actor_of("b", "E1")
    assert actor.type == "PERSON"


def test_a_son_with_a_generational_suffix_is_not_his_father():
    a = _analysis("a", "O", [_ent("E1", "Tomas Vell"), _ent("E2", "Tomas Vell Jr.", mentions=((50, 64),))])
    b = _analysis("b", "O", [_ent("E1", "Tomas Vell Jr.")])
    cast = resolve([a, b])
    assert cast.by_entity[("a", "E1")] != cast.by_entity[("a", "E2")]
    assert cast.by_entity[("a", "E2")] == cast.by_entity[("b", "E1")]


def test_an_acronym_in_capitals_or_a_junior_is_no_short_form_of_a_full_name():
    # analyst22: "UN" from a capitals headline ("ENVOY AT UN") and "Donald Jr." joined Kim Jong Un and Donald Trump
    a = _analysis("a", "O", [_ent("E1", "Pak Song Un"), _ent("E2", "Tomas Vell", mentions=((50, 60),))])
    b = _analysis("b", "O", [_ent("E1", "UN"), _ent("E2", "Tomas Jr.", mentions=((50, 59),)),
                             _ent("E3", "Vell", mentions=((80, 84),))])
    cast = resolve([a, b])
    assert cast.by_entity[("b", "E1")] != cast.by_entity[("a", "E1")]
    assert cast.by_entity[("b", "E2")] != cast.by_entity[("a", "E2")]
    assert cast.by_entity[("b", "E3")] == cast.by_entity[("a", "E2")]  # a bare surname still joins its bearer


def test_a_full_name_with_or_without_its_middle_name_is_one_person_but_two_middles_are_two():
    # analyst22: one former secretary of state on two cards, written with and without her middle name
    a = _analysis("a", "O", [_ent("E1", "Mara Ostby Quell"), _ent("E2", "Tomas Skarr Vell", mentions=((50, 66),))])
    b = _analysis("b", "O", [_ent("E1", "Mara Quell"), _ent("E2", "Tomas Vell", mentions=((50, 60),))])
    c = _analysis("c", "O", [_ent("E1", "Tomas Lunde Vell"), _ent("E2", "Mara Quell Jr.", mentions=((50, 64),)),
                             _ent("E3", "Ivo Peter Brant", mentions=((70, 85),)), _ent("E4", "Ivo Brant", mentions=((90, 99),))])
    cast = resolve([a, b, c])
    assert cast.by_entity[("a", "E1")] == cast.by_entity[("b", "E1")]
    assert cast.actors[cast.by_entity[("b", "E1")]].name == "Mara Ostby Quell"
    assert cast.by_entity[("a", "E2")] == cast.by_entity[("b", "E2")]
    assert cast.by_entity[("c", "E1")] != cast.by_entity[("a", "E2")]  # another middle: another man
    assert cast.by_entity[("c", "E2")] != cast.by_entity[("a", "E1")]  # a junior is not the parent
    assert cast.by_entity[("c", "E3")] != cast.by_entity[("c", "E4")]  # a middle given name may tell kin apart


def test_a_surname_with_its_particle_joins_the_one_full_name_whatever_the_particles_case():
    full = _analysis("a", "O", [_ent("E1", "Tariq al-Menawi"), _ent("E2", "Lotte van Brakel", mentions=((50, 60),)),
                                _ent("E3", "Nadia bin Rashed", mentions=((70, 80),))])
    bare = _analysis("b", "P", [_ent("E1", "Al-Menawi"), _ent("E2", "Van Brakel", mentions=((50, 60),)),
                                _ent("E3", "Bin Rashed", mentions=((70, 80),))])
    cast = resolve([bare, full])  # the bare forms first: they still wait for the full names
    for eid in ("E1", "E2", "E3"):
        assert cast.by_entity[("a", eid)] == cast.by_entity[("b", eid)]
    assert {a.name for a in cast.actors.values()} == {"Tariq al-Menawi", "Lotte van Brakel", "Nadia bin Rashed"}


def test_a_particle_surname_two_people_share_joins_neither():
    a = _analysis("a", "O", [_ent("E1", "Omar al-Fennek"), _ent("E2", "Sami al-Fennek", mentions=((50, 60),))])
    b = _analysis("b", "O", [_ent("E1", "Al-Fennek")])
    c = _analysis("c", "O", [_ent("E1", "Rosa De Vitto"), _ent("E2", "Paolo de Vitto", mentions=((50, 60),))])
    cast = resolve([a, b, c])
    assert len({cast.by_entity[("a", "E1")], cast.by_entity[("a", "E2")], cast.by_entity[("b", "E1")]}) == 3
    assert cast.by_entity[("c", "E1")] != cast.by_entity[("c", "E2")]


def test_a_particle_surname_typed_as_a_body_is_the_one_person_of_that_full_name():
    a = _analysis("a", "O", [_ent("E1", "Tariq al-Menawi")])
    b = _analysis("b", "O", [_ent("E1", "Al-Menawi", "ORG"), _ent("E2", "Al-Dustour", "ORG", mentions=((50, 60),))])
    cast = resolve([b, a])
    assert cast.by_entity[("a", "E1")] == cast.by_entity[("b", "E1")]
    assert cast.actors[cast.by_entity[("b", "E1")]].type == "PERSON"
    assert cast.actors[cast.by_entity[("b", "E2")]].name == "Al-Dustour"  # no one's surname: the body stays


def test_a_given_name_like_a_particle_still_names_a_full_name_a_bare_surname_joins():
    a = _analysis("a", "O", [_ent("E1", "Ash Orlik", mentions=((0, 5), (6, 9), (10, 12)))])
    b = _analysis("b", "O", [_ent("E1", "Orlik")])
    c = _analysis("c", "O", [_ent("E1", "Ty Orlik")])
    cast = resolve([b, a, c])  # "Ash Orlik", the most named, is known before the bare "Orlik" looks for a fit
    assert cast.by_entity[("b", "E1")] == cast.by_entity[("a", "E1")] != cast.by_entity[("c", "E1")]


def test_a_body_typed_a_person_does_not_take_its_particle_name_typed_a_body():
    a = _analysis("a", "O", [_ent("E1", "Harakat al-Sufran")])  # a movement the model typed a person
    b = _analysis("b", "O", [_ent("E1", "al-Sufran", "ORG")])
    cast = resolve([a, b])
    assert cast.by_entity[("a", "E1")] != cast.by_entity[("b", "E1")]


def test_a_familiar_given_name_and_the_formal_one_are_one_person_when_no_namesake_differs():
    a = _analysis("a", "O", [_ent("E1", "Bill Tarrow", mentions=((0, 5), (10, 15))),
                             _ent("E2", "William Tarrow", mentions=((50, 60),))])
    b = _analysis("b", "P", [_ent("E1", "Liz Ormsby"), _ent("E2", "Mike Dunleavy")])
    c = _analysis("c", "P", [_ent("E1", "Elizabeth Ormsby"), _ent("E2", "Michael Dunleavy"),
                             _ent("E3", "Ruth Dunleavy", mentions=((70, 80),))])
    cast = resolve([a, b, c])
    assert cast.by_entity[("a", "E1")] == cast.by_entity[("a", "E2")]
    assert cast.by_entity[("b", "E1")] == cast.by_entity[("c", "E1")]
    # a third given name with the surname: a relative may be either, so the pair stays apart
    assert cast.by_entity[("b", "E2")] != cast.by_entity[("c", "E2")]


def test_given_names_that_are_no_familiar_pair_stay_apart():
    a = _analysis("a", "O", [_ent("E1", "Micah Tarrow"), _ent("E2", "Michael Tarrow", mentions=((50, 60),))])
    b = _analysis("b", "O", [_ent("E1", "Bill Ormsby"), _ent("E2", "Robert Ormsby", mentions=((50, 60),))])
    c = _analysis("c", "O", [_ent("E1", "Tom Vance Jr."), _ent("E2", "Thomas Vance", mentions=((50, 60),))])
    cast = resolve([a, b, c])
    for art in "abc":
        assert cast.by_entity[(art, "E1")] != cast.by_entity[(art, "E2")]
