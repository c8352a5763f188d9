"""The brief's data: built from Analysis objects written here by hand (fast, no spaCy model)."""
from __future__ import annotations

import json

import pytest

from dossier.model import Analysis, Article, Attribution, Cite, Entity, Speaker, Stance
from dossier.report.brief import brief_format, build_brief
from dossier.resolve import Actor, Cast
from dossier.stories.timeline import TimelineEntry

LEDGER_TEXT = (
    "Talks open in Linnholm\n\n"
    "Share this story\n\n"
    "Velmora wants a binding quota on the Sarna, officials said.\n\n"
    "“We came to make sure farmers have water <in August> & after,” said Tomas Reyk, Velmora's foreign minister.\n\n"
    "The dispute goes back to the 1990s. Talks opened yesterday in Linnholm, analysts said."
)
WIRE_TEXT = (
    "LINNHOLM, March 6 (Meridian Wire) — Reyk fears another dry summer on the *Sarna*.\n\n"
    "Anna Reyk, an opposition lawmaker, said: \"The dam was our only card.\"\n\n"
    "Mr. Reyk said the quota would come first."
)


def span(text: str, piece: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return (start, start + len(piece))


def paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    out, pos = [], 0
    for block in text.split("\n\n"):
        out.append((pos, pos + len(block)))
        pos += len(block) + 2
    return tuple(out)


def ledger() -> Analysis:
    t = LEDGER_TEXT
    paras = paragraphs(t)
    art = Article(id="ledger-1", path="corpus/ledger-1.txt", text=t, title="Talks open in Linnholm",
                  outlet="The Northern Ledger", published="2026-03-03",
                  body=(paras[2], paras[3], paras[4]), headings=(paras[0],))
    reyk = Entity("E1", "Tomas Reyk", "PERSON", (span(t, "Tomas Reyk"),), role="Velmora's foreign minister")
    velmora = Entity("E2", "Velmora", "GPE", (span(t, "Velmora"), span(t, "Velmora", 1)))
    quote = Attribution(content=span(t, "We came to make sure farmers have water <in August> & after,"), cue=span(t, "said"),
                        speaker=Speaker("E1", "Tomas Reyk", span(t, "Tomas Reyk"), "Velmora's foreign minister"),
                        kind="direct")
    reported = Attribution(content=span(t, "The dispute goes back to the 1990s. Talks opened yesterday in Linnholm"),
                           cue=span(t, "said", 1), speaker=Speaker(None, "analysts", span(t, "analysts")), kind="indirect")
    wants = Stance("Velmora", "wants", span(t, "a binding quota on the Sarna"),
                   span(t, "Velmora wants a binding quota on the Sarna, officials said."), entity="E2")
    return Analysis(art, (reyk, velmora), (quote, reported), (wants,), anchor="2026-03-03")


def wire() -> Analysis:
    t = WIRE_TEXT
    art = Article(id="wire-6", path="corpus/wire.jsonl", text=t, title="Framework agreed", outlet="Meridian Wire",
                  published=None, body=paragraphs(t))
    tomas = Entity("E1", "Tomas Reyk", "PERSON", (span(t, "Reyk"), span(t, "Mr. Reyk")))
    anna = Entity("E2", "Anna Reyk", "PERSON", (span(t, "Anna Reyk"),), role="an opposition lawmaker")
    quote = Attribution(content=span(t, "The dam was our only card."), cue=span(t, "said"),
                        speaker=Speaker("E2", "Anna Reyk", span(t, "Anna Reyk"), "an opposition lawmaker"), kind="direct")
    later = Attribution(content=span(t, "the quota would come first"), cue=span(t, "said", 1),
                        speaker=Speaker("E1", "Tomas Reyk", span(t, "Mr. Reyk")), kind="indirect")
    fears = Stance("Reyk", "fears", span(t, "another dry summer on the *Sarna*"),
                   span(t, "Reyk fears another dry summer on the *Sarna*."), entity="E1")
    nobody = Stance("Ostrand", "supports", span(t, "the quota"), span(t, "Mr. Reyk said the quota would come first."))
    return Analysis(art, (tomas, anna), (quote, later), (fears, nobody), anchor="2026-03-06", anchor_inferred=True)


def sample_cast(analyses: list[Analysis]) -> Cast:
    """By hand, so these tests do not move when resolve() gets smarter: two Reyks kept apart."""
    cast = Cast()
    names = {"Tomas Reyk": "A1", "Velmora": "A2", "Anna Reyk": "A3"}
    for a in analyses:
        for e in a.entities:
            aid = names[e.name]
            actor = cast.actors.setdefault(aid, Actor(aid, e.name, e.type))
            actor.aliases.add(e.name)
            if e.role and e.role not in actor.roles:
                actor.roles.append(e.role)
            actor.mentions.extend(Cite(a.article.id, m) for m in e.mentions)
            cast.by_entity[(a.article.id, e.id)] = aid
    cast.actors["A1"].aliases.add("Reyk")
    return cast


def sample_timeline(analyses: list[Analysis]) -> list[TimelineEntry]:
    led, wir = analyses
    t = led.article.text
    return [
        TimelineEntry("2026-03-02", "Talks opened in Linnholm", [Cite("ledger-1", span(t, "Talks opened yesterday in Linnholm"))], ["A2"]),
        TimelineEntry("PRESENT_REF", "Reyk fears a dry summer", [Cite("wire-6", span(wir.article.text, "Reyk fears another dry summer"))]),
        TimelineEntry("199X", "The dispute begins", [Cite("ledger-1", span(t, "The dispute goes back to the 1990s."))], ["Sarna"]),
    ]


def sample_brief() -> dict:
    analyses = [ledger(), wire()]
    return build_brief(analyses, cast=sample_cast(analyses), timeline=sample_timeline(analyses))


@pytest.fixture
def brief() -> dict:
    return sample_brief()


def all_cites(brief: dict):
    for g in brief["quotes"]:
        for q in g["quotes"]:
            yield q["cite"]
    for card in brief["actors"]:
        for group in card["stances"]:
            for s in group["items"]:
                yield s["evidence"]
        if card["first"]:
            yield card["first"]
    for e in brief["timeline"]:
        yield from e["cites"]


def test_sources_list_outlet_title_date_path_and_flag_the_inferred_anchor(brief):
    rows = {s["id"]: s for s in brief["sources"]}
    assert rows["ledger-1"]["outlet"] == "The Northern Ledger"
    assert rows["ledger-1"]["date"] == "2026-03-03" and rows["ledger-1"]["path"] == "corpus/ledger-1.txt"
    assert rows["wire-6"]["date"] is None and rows["wire-6"]["anchor_inferred"]
    assert rows["wire-6"]["anchor_date"] == "2026-03-06"
    assert [n["article"] for n in brief["notes"]] == ["wire-6"]
    assert "2026-03-06" in brief["notes"][0]["text"] and "inferred" in brief["notes"][0]["text"]
    assert brief["title"] == "Brief: Tomas Reyk, Velmora, Anna Reyk"  # most mentioned first
    assert brief["summary"] == {"articles": 2, "outlets": 2, "from": "2026-03-03", "to": "2026-03-06"}


def test_every_cite_gives_the_exact_characters_and_the_paragraph():
    analyses = [ledger(), wire()]
    brief = build_brief(analyses, cast=sample_cast(analyses), timeline=sample_timeline(analyses))
    texts = {a.article.id: a.article.text for a in analyses}
    cites = list(all_cites(brief))
    assert len(cites) >= 8
    for c in cites:
        assert texts[c["article"]][c["start"]:c["end"]] == c["text"]
    quote = next(c for c in cites if c["text"].startswith("We came"))
    assert quote["para"] == 3  # heading ¶1, "Velmora wants" ¶2: the junk line between is no paragraph
    assert quote["outlet"] == "The Northern Ledger" and quote["date"] == "2026-03-03"
    inferred = next(c for c in cites if c["article"] == "wire-6")
    assert inferred["date"] == "2026-03-06"  # no publication date: the inferred anchor stands in


def test_appendix_holds_every_anchor_once_and_numbers_paragraphs(brief):
    anchors = {c["anchor"] for c in all_cites(brief)}
    marks = [m["anchor"] for art in brief["appendix"] for m in art["marks"]]
    assert len(marks) == len(set(marks))
    assert anchors <= set(marks)
    ledger_paras = brief["appendix"][0]["paragraphs"]
    assert [p["kind"] for p in ledger_paras] == ["heading", "body", "body", "body"]
    assert [p["n"] for p in ledger_paras] == [1, 2, 3, 4]
    assert all("Share this story" not in p["text"] for p in ledger_paras)


def test_actor_cards_count_mentions_per_outlet_and_keep_namesakes_apart(brief):
    cards = {c["name"]: c for c in brief["actors"]}
    tomas, anna = cards["Tomas Reyk"], cards["Anna Reyk"]
    assert {o["outlet"]: o["count"] for o in tomas["by_outlet"]} == {"The Northern Ledger": 1, "Meridian Wire": 2}
    assert tomas["mentions"] == 3 and tomas["aliases"] == ["Reyk"]
    assert tomas["roles"] == ["Velmora's foreign minister"]
    assert [q["text"] for q in tomas["quotes"]] == ["We came to make sure farmers have water <in August> & after,",
                                                      "the quota would come first"]
    assert [q["text"] for q in anna["quotes"]] == ["The dam was our only card."]
    assert tomas["stances"] == [{"attitude": "fears", "items": [tomas["stances"][0]["items"][0]]}]
    assert tomas["stances"][0]["items"][0]["object"] == "another dry summer on the *Sarna*"
    assert cards["Velmora"]["stances"][0]["attitude"] == "wants"
    assert cards["Velmora"]["stances"][0]["items"][0]["object"] == "a binding quota on the Sarna"
    assert brief["actors"][0]["name"] == "Tomas Reyk"  # most quoted and mentioned first


def test_related_actors_share_a_paragraph(brief):
    cards = {c["name"]: c for c in brief["actors"]}
    assert [r["name"] for r in cards["Tomas Reyk"]["related"]] == ["Velmora"]
    assert cards["Anna Reyk"]["related"] == []


def test_a_stance_whose_actor_matches_no_entity_still_gets_a_card(brief):
    card = next(c for c in brief["actors"] if c["name"] == "Ostrand")
    assert card["type"] is None and card["stances"][0]["attitude"] == "supports"
    assert card["first"]["text"] == "Mr. Reyk said the quota would come first."


def test_quotes_are_grouped_by_resolved_speaker_across_outlets(brief):
    groups = {g["speaker"]: g for g in brief["quotes"]}
    assert set(groups) == {"Tomas Reyk", "Anna Reyk", "analysts"}
    tomas = groups["Tomas Reyk"]
    assert [q["outlet"] for q in tomas["quotes"]] == ["The Northern Ledger", "Meridian Wire"]
    assert [q["kind"] for q in tomas["quotes"]] == ["direct", "indirect"]
    assert tomas["quotes"][1]["mention"] == "Mr. Reyk" and tomas["quotes"][0]["cue"] == "said"
    assert tomas["roles"] == ["Velmora's foreign minister"]
    assert groups["analysts"]["actor"] is None
    assert brief["quotes"][0]["speaker"] == "Tomas Reyk"


def test_timeline_puts_the_storys_own_dates_first_and_the_background_apart(brief):
    tl = brief["timeline"]
    assert [e["value"] for e in tl] == ["2026-03-02", "PRESENT_REF", "199X"]
    assert [e["background"] for e in tl] == [False, False, True]  # the 1990s end long before the articles
    assert (tl[2]["start"], tl[2]["end"]) == ("1990-01-01", "1999-12-31")
    assert tl[1]["start"] is None
    assert tl[0]["actors"] == ["Velmora"] and tl[2]["actors"] == ["Sarna"]  # actor ids become names
    assert [e["n"] for e in tl] == [1, 2, 3]
    assert tl[0]["cites"][0]["text"] == "Talks opened yesterday in Linnholm"


def test_brief_is_plain_json():
    brief = sample_brief()
    assert json.loads(json.dumps(brief)) == brief


def test_default_cast_and_timeline_come_from_resolve_and_stories():
    brief = build_brief([ledger(), wire()])
    names = {c["name"] for c in brief["actors"]}
    assert {"Tomas Reyk", "Velmora"} <= names
    assert all(isinstance(e["cites"], list) for e in brief["timeline"])


def test_a_cite_outside_every_paragraph_gets_its_line_in_the_appendix():
    a = ledger()
    junk = span(a.article.text, "Share this story")
    odd = Analysis(a.article, a.entities, (Attribution(junk, None, Speaker(None, "Lena Page", None), "direct"),))
    brief = build_brief([odd], cast=Cast(), timeline=[])
    cite = brief["quotes"][0]["quotes"][0]["cite"]
    assert cite["para"] is None
    context = [p for p in brief["appendix"][0]["paragraphs"] if p["kind"] == "context"]
    assert [p["text"] for p in context] == ["Share this story"]


def test_empty_input_gives_an_empty_brief():
    brief = build_brief([], cast=Cast(), timeline=[])
    assert brief["sources"] == [] and brief["actors"] == [] and brief["quotes"] == []
    assert brief["title"] == "Brief"


@pytest.mark.parametrize("path, fmt", [("b.html", "html"), ("B.HTM", "html"), ("out/b.md", "md"),
                                       ("b.json", "json"), ("-", "md"), (None, "md")])
def test_brief_format_follows_the_suffix(path, fmt):
    assert brief_format(path) == fmt


def test_an_unknown_suffix_is_a_usage_error(tmp_path):
    from typer.testing import CliRunner

    from dossier.cli import app

    with pytest.raises(ValueError):
        brief_format("brief.pdf")
    result = CliRunner().invoke(app, ["brief", str(tmp_path), "-o", str(tmp_path / "brief.pdf")])
    assert result.exit_code == 2
    assert not (tmp_path / "brief.pdf").exists()


def test_actors_past_the_card_limit_are_listed_with_a_link(monkeypatch):
    import dossier.report.brief as brief_module

    monkeypatch.setattr(brief_module, "MAX_CARDS", 1)
    brief = sample_brief()
    assert [c["name"] for c in brief["actors"]] == ["Tomas Reyk"]
    others = {o["name"]: o for o in brief["other_actors"]}
    assert {"Velmora", "Anna Reyk"} <= set(others)
    assert others["Anna Reyk"]["first"]["text"] == "Anna Reyk"
    marks = {m["anchor"] for art in brief["appendix"] for m in art["marks"]}
    assert others["Anna Reyk"]["first"]["anchor"] in marks


@pytest.mark.slow
def test_a_json_brief_written_into_the_input_folder_is_not_read_back(tmp_path):
    from typer.testing import CliRunner

    from dossier.cli import app

    (tmp_path / "talks.txt").write_text(LEDGER_TEXT, encoding="utf-8")
    out = tmp_path / "brief.json"
    for _ in range(2):
        result = CliRunner().invoke(app, ["brief", str(tmp_path), "-o", str(out), "-q"])
        assert result.exit_code == 0, result.output
    brief = json.loads(out.read_text(encoding="utf-8"))
    assert [s["id"] for s in brief["sources"]] == ["talks"]


def test_the_brief_counts_the_quote_records_and_stances_the_confidence_gates_withheld():
    from dataclasses import replace

    from dossier.nlp.attribution.confidence import load_model

    led, wir = ledger(), wire()
    shown, unsure = led.attributions
    led = replace(led, attributions=(shown,), unreported=(replace(unsure, confidence=0.41),))
    # a record the rules refused (no confidence) and a near-copy's gated record are not counted
    wir = replace(wir, unreported=(replace(wir.attributions[1], confidence=None),),
                  unreported_stances=(replace(wir.stances[0], confidence=0.3),))
    copy = replace(wire(), article=replace(wire().article, id="wire-6b"), duplicate_of="wire-6",
                   unreported=(replace(wire().attributions[0], confidence=0.2),),
                   unreported_stances=(replace(wire().stances[0], confidence=0.2),))
    analyses = [led, wir, copy]
    cast = sample_cast(analyses)
    b = build_brief(analyses, cast=cast, timeline=sample_timeline([led, wir]), stories=False)
    assert b["withheld"] == {"quotes": 1, "stances": 1, "threshold": load_model().threshold}
    assert all(g["speaker"] != "analysts" for g in b["quotes"])
    assert build_brief([ledger(), wire()], cast=sample_cast([ledger(), wire()]),
                       timeline=sample_timeline([ledger(), wire()]))["withheld"] == {"quotes": 0, "stances": 0,
                                                                                "threshold": None}


DENIAL_TEXT = ("Harbour fund questioned\n\n"
               "Councillor Ivo Brant denied that the harbour fund paid for his campaign.\n\n"
               "Brant suggested the audit might be wrong.")


def denial_brief() -> dict:
    """One actor whose only words are a denial and a hedge (analyst's read of briefs, brief16)."""
    t = DENIAL_TEXT
    art = Article(id="gull-1", path="corpus/gull-1.txt", text=t, title="Harbour fund questioned",
                  outlet="The Kessel Gull", published="2026-05-04", body=paragraphs(t)[1:], headings=paragraphs(t)[:1])
    brant = Entity("E1", "Ivo Brant", "PERSON", (span(t, "Ivo Brant"), span(t, "Brant", 1)))
    denial = Attribution(content=span(t, "that the harbour fund paid for his campaign"), cue=span(t, "denied"),
                         speaker=Speaker("E1", "Ivo Brant", span(t, "Ivo Brant"), "Councillor"), kind="indirect")
    hedge = Attribution(content=span(t, "the audit might be wrong"), cue=span(t, "suggested"),
                        speaker=Speaker("E1", "Ivo Brant", span(t, "Brant", 1)), kind="indirect")
    a = Analysis(art, (brant,), (denial, hedge), anchor="2026-05-04")
    cast = Cast()
    actor = cast.actors.setdefault("A1", Actor("A1", "Ivo Brant", "PERSON"))
    actor.mentions.extend(Cite(art.id, m) for m in brant.mentions)
    cast.by_entity[(art.id, "E1")] = "A1"
    return build_brief([a], cast=cast, timeline=[], stories=False)


def test_a_card_keeps_the_cue_of_each_thing_said():
    """A denial on a card is not a claim: the card's quote carries its cue ("denied", "suggested")."""
    card = denial_brief()["actors"][0]
    assert [(q["cue"], q["text"]) for q in card["quotes"]] == [
        ("denied", "that the harbour fund paid for his campaign"), ("suggested", "the audit might be wrong")]


def test_a_page_whose_body_is_another_story_than_its_headline_is_flagged():
    from dossier.report.brief import title_off_body

    body = ("The Linnholm city council voted on Tuesday to close the old harbour market for repairs.\n\n"
            "Stall holders said they would move to a car park near the ferry terminal until the autumn.")

    def page(id, title):
        return Analysis(Article(id, f"corpus/{id}.txt", body, title, "Harbor Courier", "2026-03-03",
                                body=((0, 87), (89, len(body)))))

    off = page("off", "Velmora imposes grain tariffs on Kestovia after border dispute")
    on = page("on", "Linnholm council closes harbour market for summer repairs")
    pun = page("pun", "Market forces")  # too short a headline to tell
    assert title_off_body(off) and not title_off_body(on) and not title_off_body(pun)
    notes = build_brief([off, on, pun])["notes"]
    assert [n["article"] for n in notes if "another article" in n["text"]] == ["off"]


HARBOUR_TEXT = ("Dock strike ends\n\n"
                "Chancellor Pell said the docks would reopen on Monday.\n\n"
                "Mira Pell, the Velmoran Chancellor, said the strike had cost too much.\n\n"
                "Pell later wrote that the unions had kept their word.")


def harbour_brief() -> dict:
    """One speaker quoted in two articles (one giving only the surname, with a bare title) and, in the
    second, once through a record no entity backs (analyst's read of briefs, brief19)."""
    t = HARBOUR_TEXT
    paras = paragraphs(t)
    first = Article(id="tide-1", path="corpus/tide-1.txt", text=t, title="Dock strike ends", outlet="The Tide",
                    published="2026-06-01", body=paras[1:2], headings=paras[:1])
    second = Article(id="gull-2", path="corpus/gull-2.txt", text=t, title="Dock strike ends", outlet="The Kessel Gull",
                     published="2026-06-02", body=paras[2:], headings=paras[:1])
    short = Entity("E1", "Pell", "PERSON", (span(t, "Pell"),), role="Chancellor")
    full = Entity("E1", "Mira Pell", "PERSON", (span(t, "Mira Pell"),), role="Velmoran Chancellor")
    said = Attribution(content=span(t, "the docks would reopen on Monday"), cue=span(t, "said"),
                       speaker=Speaker("E1", "Pell", span(t, "Pell"), "Chancellor"), kind="indirect")
    cost = Attribution(content=span(t, "the strike had cost too much"), cue=span(t, "said", 1),
                       speaker=Speaker("E1", "Mira Pell", span(t, "Mira Pell"), "Velmoran Chancellor"), kind="indirect")
    wrote = Attribution(content=span(t, "the unions had kept their word"), cue=span(t, "wrote"),
                        speaker=Speaker(None, "Mira Pell", span(t, "Pell", 2), "chancellor"), kind="indirect")
    analyses = [Analysis(first, (short,), (said,), anchor="2026-06-01"),
                Analysis(second, (full,), (cost, wrote), anchor="2026-06-02")]
    cast = Cast()
    actor = cast.actors.setdefault("A1", Actor("A1", "Mira Pell", "PERSON"))
    for a, e in zip(analyses, (short, full)):
        actor.mentions.extend(Cite(a.article.id, m) for m in e.mentions)
        actor.roles.append(e.role)
        cast.by_entity[(a.article.id, "E1")] = "A1"
    return build_brief(analyses, cast=cast, timeline=[], stories=False)


def test_a_speaker_is_headed_once_by_the_fullest_name_and_each_role_once():
    groups = harbour_brief()["quotes"]
    assert [(g["speaker"], g["roles"], len(g["quotes"])) for g in groups] == [
        ("Mira Pell", ["Velmoran Chancellor"], 3)]


def test_a_card_shows_each_role_once_in_its_fullest_form():
    card = harbour_brief()["actors"][0]
    assert card["roles"] == ["Velmoran Chancellor"]


def test_a_heading_takes_the_name_that_covers_most_records():
    """A stray longer name ("Reuters Photo Reyk") does not head the group over the full name most records give."""
    from dossier.report.brief import _fullest_name

    assert _fullest_name(["Reyk", "Reyk", "Tomas Reyk"]) == "Tomas Reyk"
    assert _fullest_name(["Tomas Reyk"] * 3 + ["Reyk"] * 2 + ["Reuters Photo Reyk"]) == "Tomas Reyk"
