"""The timeline: events of many articles in date order, same-event sentences merged with all their cites."""
from __future__ import annotations

from dossier.model import Analysis, Article, Cite, Entity, Event
from dossier.stories.timeline import build_timeline


def _analysis(aid: str, sentences: list[tuple[str, str]], names: tuple[str, ...] = ()) -> Analysis:
    """An article made of (sentence, value) pairs, each an event naming whichever ``names`` it contains."""
    text = " ".join(s for s, _ in sentences)
    entities = [Entity(f"E{i}", n, "GPE", ((text.find(n), text.find(n) + len(n)),))
                for i, n in enumerate(names, 1) if n in text]
    events, pos = [], 0
    for sentence, value in sentences:
        start = text.index(sentence, pos)
        pos = start + len(sentence)
        actors = tuple(e.id for e in entities if e.name in sentence)
        events.append(Event((start, pos), value, (start, start + 4), actors))
    return Analysis(article=Article(aid, f"{aid}.txt", text), entities=tuple(entities), events=tuple(events))


def test_entries_run_in_chronological_order_with_broad_periods_first():
    a = _analysis("a", [("The harbour reopened this December.", "2019-12"),
                        ("Velmora was founded in the 1950s.", "195X"),
                        ("The pact was signed in 1961.", "1961"),
                        ("The envoy landed yesterday.", "2019-02-25"),
                        ("Talks resumed this week.", "2019-W09")])
    # week 9 of 2019 starts on Monday Feb 25: the week comes first, then the day inside it
    assert [e.value for e in build_timeline([a])] == ["195X", "1961", "2019-W09", "2019-02-25", "2019-12"]


def test_same_event_in_two_articles_is_one_entry_citing_both():
    a = _analysis("a", [("Velmora and Ostrava signed a border treaty on Monday in Port Amsel.", "2019-02-25")],
                  ("Velmora", "Ostrava"))
    b = _analysis("b", [("On Monday Velmora and Ostrava signed a border treaty, officials said.", "2019-02-25"),
                        ("Ostrava later recalled its ambassador.", "2019-02-25")], ("Velmora", "Ostrava"))
    entries = build_timeline([a, b])
    assert len(entries) == 2
    treaty = next(e for e in entries if "treaty" in e.label)
    assert treaty.cites == [Cite("a", a.events[0].span), Cite("b", b.events[0].span)]
    assert set(treaty.actors) == {"Velmora", "Ostrava"}


def test_similar_sentences_on_different_dates_stay_apart():
    a = _analysis("a", [("Velmora held an election.", "2018")])
    b = _analysis("b", [("Velmora held an election.", "2014")])
    assert [len(e.cites) for e in build_timeline([a, b])] == [1, 1]


def test_long_sentences_are_trimmed_at_a_word():
    long = "The council of Velmora " + "debated the harbour budget at length " * 10 + "in 1961."
    label = build_timeline([_analysis("a", [(long, "1961")])])[0].label
    assert len(label) <= 221 and label.endswith("…") and " " in label


def test_a_dated_gallery_caption_is_no_event_of_the_story():
    a = _analysis("a", [("Velmora and Ostrava signed a border treaty on Monday in Port Amsel.", "2019-02-25"),
                        ("Hide Caption 12 of 30 Photos: Border talks Guards wave at a ferry near Port Amsel on March 9.",
                         "2019-03-09"),
                        ("Image copyright Amsel Press Image caption Fishermen mend nets on the quay on March 11",
                         "2019-03-11")])
    assert [e.value for e in build_timeline([a])] == ["2019-02-25"]


def test_a_row_of_a_list_of_figures_is_no_event():
    """Analyst's read of briefs (brief19): rows of a list of tremors by date were timeline events."""
    a = _analysis("a", [("A tremor shook the Brask valley on Monday, the Velmoran survey said.", "2019-02-25"),
                        ("March 2011: 4.4", "2011-03"),
                        ("-- Oct. 2014: 3.9 (figures vary)", "2014-10"),
                        ("In June 2016: 5.0 was the survey's first reading above five.", "2016-06")])
    assert [e.value for e in build_timeline([a])] == ["2016-06", "2019-02-25"]
