"""A legislator's seat spelled out from the title and the party and state label (fictional people)."""
import pytest

from dossier.nlp.attribution.seats import spelled_seat, state_name


@pytest.mark.parametrize("title, label, seat", [
    ("Sen.", "R-Ohio", "Republican senator from Ohio"),
    ("Rep.", "D-Calif.", "Democratic representative from California"),
    ("Sen.", "I-Vt.", "independent senator from Vermont"),
    ("Rep.", "R-KY", "Republican representative from Kentucky"),
    ("Sen.", "D-New York", "Democratic senator from New York"),
    ("Rep.", "D-N.Y.", "Democratic representative from New York"),
    ("Congresswoman", "R-Tex.", "Republican congresswoman from Texas"),
    # a state the tables do not know: the label kept whole, in brackets, never a stray comma
    ("Sen.", "D-Vestland", "Sen. (D-Vestland)"),
])
def test_a_seat_is_spelled_out(title, label, seat):
    assert spelled_seat(title, label) == seat


def test_state_forms():
    assert state_name("W.Va.") == "West Virginia"
    assert state_name("Fla") == "Florida"
    assert state_name("Vestland") is None


# Strict reads (roles18b): the other forms news writes a legislator's label in.
@pytest.mark.parametrize("text, found", [
    (", R- Mo., said", ("R", "Missouri")),
    (" (D) of Oregon said", ("D", "Oregon")),
    (", a Maine Republican, said", ("R", "Maine")),
    (", the Idaho Democrat who", ("D", "Idaho")),
    (" of New Jersey, who", (None, "New Jersey")),
    (" of the Ferry Caucus said", None),
    (" of Vestland said", None),
    (" of New York City said", None),
])
def test_a_label_after_a_name_gives_party_and_state(text, found):
    from dossier.nlp.attribution.seats import seat_after
    assert seat_after(text, 0) == found


# Strict reads (roles19): the party's noun before the state, a few lower-case words before the state, a clause
# or participle after the party's noun, and the dotted label in brackets.
@pytest.mark.parametrize("text, found", [
    (", Republican of Wyoming, said", ("R", "Wyoming")),
    (", a Democrat from Vermont, told", ("D", "Vermont")),
    (", an independent from Alaska.", ("I", "Alaska")),
    (", a second-term Kansas Democrat whose plan stalled", ("D", "Kansas")),
    (", a farm state backed Iowa Republican serving on the panel", ("R", "Iowa")),
    (" (R., S.C.) wrote", ("R", "South Carolina")),
    (", a Republican from Vestland, said", None),
    (", a Republican from the Ferry Caucus", None),
    (", a Kessel Republican whose plan stalled", None),
])
def test_more_label_forms_give_party_and_state(text, found):
    from dossier.nlp.attribution.seats import seat_after
    assert seat_after(text, 0) == found


# Strict reads (roles19b): a governor holds the state's office "of" it; a congressional seat is "from" the state.
@pytest.mark.parametrize("title, party, state, expected", [
    ("Gov.", "R", "Nevada", "Republican governor of Nevada"),
    ("Governor", None, "Nevada", "governor of Nevada"),
    ("Rep.", "D", "Nevada", "Democratic representative from Nevada"),
])
def test_a_governor_holds_the_office_of_the_state(title, party, state, expected):
    from dossier.nlp.attribution.seats import seat
    assert seat(title, party, state) == expected


# Strict reads (roles19c): the writer's epithet for a legislator ("the Maine Republican") gives party and state.
@pytest.mark.parametrize("text, found", [
    ("It is late. The Maine Republican added more.", ("R", "Maine")),
    ("It is late. The veteran Oregon Democrat's bill stalled.", ("D", "Oregon")),
    ("It is late. The Maine Republican Party said nothing.", None),
    ("It is late. The Vestland Democrat said nothing.", None),
])
def test_an_epithet_gives_party_and_state(text, found):
    from dossier.nlp.attribution.seats import epithet_after
    got = epithet_after(text, 0, len(text))
    assert (got[:2] if got else None) == found
