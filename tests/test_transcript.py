"""Interview transcripts survive cleaning: every "Q: …" / "NAME: …" turn is prose (issue 9, case 14)."""
from dossier.ingest.clean import layout
from dossier.nlp.attribution.transcript import is_turn

TEXT = ("Interview with the harbour master\n\n"
        "We spoke to harbour master Lotte Fairweather on Friday.\n\n"
        "Q: Will the quay reopen?\n\n"
        "FAIRWEATHER: Next week, if the divers agree.\n\n"
        "Q: And the fishermen?\n\n"
        "FAIRWEATHER: They can land their catch at the north pier.\n")


def test_every_turn_of_a_transcript_is_body():
    found = layout(TEXT)
    body = [TEXT[s:e] for s, e in found.body]
    for line in TEXT.splitlines():
        if is_turn(line):
            assert line in body


def test_a_lone_colon_line_is_no_transcript():
    assert not is_turn("Note: the quay is closed.")
    assert not is_turn("Q2 results were weak.")
