"""Quotation-mark state: balanced, straight, multi-paragraph and unbalanced quotes (no model needed)."""
from dossier.nlp.attribution.cues import quoted_spans


def spans_text(text):
    return [text[s:e] for s, e in quoted_spans(text)]


def test_curly_and_straight_quotes():
    text = 'She said “we will go” and then "we will stay" again.'
    assert spans_text(text) == ["“we will go”", '"we will stay"']


def test_multi_paragraph_quote_continues_when_next_paragraph_opens_with_a_mark():
    text = "“The bridge is old.\n\n“It will fall,” he said.\n\nNext paragraph."
    assert spans_text(text) == ["“The bridge is old.", "“It will fall,”"]


def test_unbalanced_quote_stops_at_paragraph_end():
    text = "He said “we are tired of waiting.\n\nThe council met on Monday."
    assert spans_text(text) == ["“we are tired of waiting."]


def test_closing_mark_without_opening_is_ignored():
    assert spans_text("It was done” he said.") == []


def test_doubled_apostrophes_quote_like_a_double_mark():
    text = ("''The river is ours,'' said Ilse Varga. Her aide called it ''a fair deal'' for both sides.\n\n"
            "''We will wait,'' she added, and the minister's reply was brief.")
    spans = [text[s:e] for s, e in quoted_spans(text)]
    assert spans == ["''The river is ours,''", "''a fair deal''", "''We will wait,''"]


def test_two_right_single_marks_close_a_curly_quotation():
    """Round 18: an outlet closing “ with ’’ left the quotation open over "says Ivo Brant" and the next quote."""
    text = "“The yard is half empty,’’ says Ivo Brant, a harbour master. “It is a test,” he says. Brant’s boat ’s fine."
    assert spans_text(text) == ["“The yard is half empty,’’", "“It is a test,”"]


def test_a_nested_quotation_closed_before_a_tag_ends_the_quotation_left_open():
    """Session 24: "“I never called her ‘reckless,’ Darrow wrote." lost its closing double mark: the quotation ran
    over the tag, so the tag was read as the speaker's words."""
    text = ("\"I never called Vera Holm 'reckless,' Darrow tweeted. \"The Harbor Courier made it up!\"\n\n"
            "“We will not let the board be ‘bullied,’ Holm told a crowd in Ulvik. “The quay is ours.”")
    assert spans_text(text) == ["\"I never called Vera Holm 'reckless,'", "\"The Harbor Courier made it up!\"",
                                "“We will not let the board be ‘bullied,’", "“The quay is ours.”"]

    kept = ("“When I asked, ‘Is the pier safe,’ he said no, and left,” Darrow said.\n\n"
            "“I said, ‘What for, Mr. Mayor?’ He said, ‘You came.’ “\n\nThe vote is on Monday.")
    assert spans_text(kept) == ["“When I asked, ‘Is the pier safe,’ he said no, and left,”",
                                "“I said, ‘What for, Mr. Mayor?’ He said, ‘You came.’ “"]
