from hypothesis import given, strategies as st

from dossier.ingest.cleanview import SEPARATOR, CleanView


def test_pieces_join_with_blank_line_and_map_back():
    text = "junk\nFirst para.\nads\nSecond para here."
    view = CleanView.build(text, [(5, 16), (21, 38)])
    assert view.text == "First para." + SEPARATOR + "Second para here."
    s = view.text.index("Second")
    assert text[slice(*view.to_text(s, s + 6))] == "Second"
    assert text[slice(*view.to_text(0, 5))] == "First"


def test_overlapping_and_unsorted_spans_are_tolerated():
    text = "abcdefghij"
    view = CleanView.build(text, [(5, 8), (0, 3), (2, 4)])
    assert view.text == "abc" + SEPARATOR + "d" + SEPARATOR + "fgh"


@given(st.text(min_size=1, max_size=200), st.data())
def test_any_span_inside_a_piece_maps_to_identical_characters(text, data):
    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), min_size=2, max_size=8)))
    spans = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2)]
    view = CleanView.build(text, spans)
    for vs, n in zip(view.view_starts, view.lengths):
        a = data.draw(st.integers(vs, vs + n))
        b = data.draw(st.integers(a, vs + n))
        s, e = view.to_text(a, b)
        assert text[s:e] == view.text[a:b]


def test_a_break_where_junk_was_left_out_is_told_from_a_plain_one():
    text = "First para.\n\nAdvertisement\n\nSecond para.\n\nThird para."
    view = CleanView.build(text, [(0, 11), (28, 40), (42, 53)])
    assert view.text == "First para." + SEPARATOR + "Second para." + SEPARATOR + "Third para."
    assert view.left_out_within(0, len(view.text)) == (11, 13)  # the "Advertisement" line between the first two
    second = view.text.index("Second")
    assert view.left_out_within(second, len(view.text)) is None  # only a blank line between the last two
