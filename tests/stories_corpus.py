"""A small fictional corpus for the story tests (our own text, invented places and people).

Three events: the Varnik crossing deal (March 2-3, three outlets and a syndicated copy), the Sarna
treaty signing (March 20, two outlets: the same storyline as the crossing deal, the same actors), and
a stadium fire in Linnholm (March 2, two outlets: another storyline).
"""
from __future__ import annotations

from dossier.model import Analysis, Article, Attribution, Entity, Speaker, Stance

CROSSING_WIRE = """Velmora and Kestovia agreed on Monday to reopen the Varnik border crossing, closed since a standoff over the Tessel Dam three years ago.

The deal was reached in Linnholm after two days of talks chaired by Ostrand's foreign minister, Maren Alsvik.

Velmora's foreign minister, Tomas Reyk, said the crossing would reopen to trucks within 30 days and to travellers by the summer.

Kestovia's foreign minister, Petra Halden, said the dam would release more water in August under a separate schedule.

About 12 people were injured in clashes at the crossing when it closed, according to border officials.

Farmers in southern Velmora have complained for years that the Sarna River runs low each summer."""

CROSSING_LEDGER = """Velmora and Kestovia agreed to reopen the Varnik border crossing on Monday, ending a three-year closure that began with the standoff over the Tessel Dam.

Maren Alsvik, the foreign minister of Ostrand, chaired the talks in Linnholm and called the deal a first step.

Tomas Reyk, Velmora's foreign minister, said trucks would cross again within 30 days.

About 14 people were injured in clashes at the crossing when it closed three years ago, border officials said.

Opposition lawmakers in Arlenz called the agreement a surrender on the water question and demanded a vote in parliament."""

CROSSING_COURIER = """The Varnik crossing between Velmora and Kestovia will reopen, the two governments agreed in Linnholm on Monday.

Petra Halden, Kestovia's foreign minister, said the Tessel Dam would release more water in August.

Talks chaired by Maren Alsvik of Ostrand lasted two days and ended late on Monday evening.

Truck drivers waiting near the border cheered when the news reached them, a local radio station reported."""

TREATY_COURIER = """Velmora and Kestovia signed a treaty on the Sarna River in Arlenz on Friday, three weeks after they agreed to reopen the Varnik crossing.

The treaty sets how much water the Tessel Dam must release each summer, foreign minister Petra Halden said.

Tomas Reyk, Velmora's foreign minister, said farmers in the south would see the river rise by July.

Maren Alsvik of Ostrand, who chaired the Linnholm talks, attended the signing as a witness."""

TREATY_LEDGER = """The Sarna River treaty was signed by Velmora and Kestovia in Arlenz on Friday, setting summer water releases from the Tessel Dam.

Tomas Reyk told reporters the river would rise for farmers in southern Velmora by July.

Petra Halden said Kestovia had kept its word on the dam.

The treaty still needs a vote in the parliament of Velmora, where opposition lawmakers have promised to fight it."""

FIRE_COURIER = """A fire broke out at the Linnholm city stadium on Monday night, forcing the evacuation of about 3,000 spectators from a football match.

Fire chief Anders Moll said the blaze started in a kitchen under the east stand and was put out within an hour.

No one was seriously hurt, according to the city hospital.

The stadium will stay closed for inspections until next week, the city council said."""

FIRE_LEDGER = """About 3,000 football fans were evacuated from the Linnholm city stadium on Monday night after a fire broke out in a kitchen under the east stand.

Anders Moll, the city fire chief, said firefighters put out the blaze within an hour.

The city council said the stadium would stay closed for inspections until next week."""

COPY_BOILERPLATE = "\n\nThis story was provided by Meridian Wire. Subscribe to the Eastgate Review newsletter for more world news."


def _paragraphs(text: str):
    out, pos = [], 0
    for block in text.split("\n\n"):
        out.append((pos, pos + len(block)))
        pos += len(block) + 2
    return tuple(out)


def _entities(text: str, names: list[tuple[str, str]]) -> tuple[Entity, ...]:
    out = []
    for n, (name, typ) in enumerate(names, 1):
        mentions, start = [], text.find(name)
        while start >= 0:
            mentions.append((start, start + len(name)))
            start = text.find(name, start + 1)
        if mentions:
            out.append(Entity(f"E{n}", name, typ, tuple(mentions)))
    return tuple(out)


ACTORS = [("Velmora", "GPE"), ("Kestovia", "GPE"), ("Tomas Reyk", "PERSON"), ("Petra Halden", "PERSON"),
          ("Maren Alsvik", "PERSON"), ("Ostrand", "GPE"), ("Linnholm", "GPE"), ("Tessel Dam", "FAC"),
          ("Sarna River", "LOC"), ("Varnik", "GPE"), ("Arlenz", "GPE"), ("Anders Moll", "PERSON")]


def article(id: str, text: str, outlet: str, published: str | None, title: str, body_from: int = 0,
            attributions=(), stances=()) -> Analysis:
    paras = _paragraphs(text)
    art = Article(id=id, path=f"corpus/{id}.txt", text=text, title=title, outlet=outlet, published=published,
                  body=paras[body_from:])
    return Analysis(art, _entities(text, ACTORS), tuple(attributions), tuple(stances))


def span(text: str, piece: str) -> tuple[int, int]:
    s = text.index(piece)
    return (s, s + len(piece))


def corpus() -> list[Analysis]:
    """Input order mixes the events, as a feed would."""
    copy_text = CROSSING_WIRE + COPY_BOILERPLATE
    reyk_quote = Attribution(span(CROSSING_WIRE, "the crossing would reopen to trucks within 30 days and to travellers by the summer"),
                             span(CROSSING_WIRE, "said"), Speaker("E3", "Tomas Reyk", span(CROSSING_WIRE, "Tomas Reyk")), "indirect")
    wants_water = Stance("Velmora", "wants", span(CROSSING_WIRE, "the Sarna River runs low each summer"),
                         span(CROSSING_WIRE, "Farmers in southern Velmora have complained for years that the Sarna River runs low each summer."))
    opposes = Stance("Velmora", "opposes", span(TREATY_LEDGER, "it"),
                     span(TREATY_LEDGER, "The treaty still needs a vote in the parliament of Velmora, where opposition lawmakers have promised to fight it."))
    return [
        article("wire-crossing", CROSSING_WIRE, "Meridian Wire", "2026-03-02", "Velmora, Kestovia agree to reopen Varnik crossing",
                attributions=[reyk_quote], stances=[wants_water]),
        article("courier-fire", FIRE_COURIER, "The Harbor Courier", "2026-03-02", "Fire empties Linnholm stadium"),
        article("ledger-crossing", CROSSING_LEDGER, "The Northern Ledger", "2026-03-03", "Varnik crossing to reopen after three years"),
        article("eastgate-copy", copy_text, "Eastgate Review", "2026-03-03", "Border deal: Varnik crossing reopens"),
        article("courier-crossing", CROSSING_COURIER, "The Harbor Courier", "2026-03-02", "Varnik crossing will reopen"),
        article("ledger-fire", FIRE_LEDGER, "The Northern Ledger", "2026-03-03", "Stadium fire: 3,000 evacuated"),
        article("courier-treaty", TREATY_COURIER, "The Harbor Courier", "2026-03-20", "Sarna treaty signed in Arlenz"),
        article("ledger-treaty", TREATY_LEDGER, "The Northern Ledger", "2026-03-21", "Velmora and Kestovia sign Sarna treaty",
                stances=[opposes]),
    ]
