"""Link cards inside prose (ingest.cards) and what the parser sees once they are cut (CleanView)."""
from dossier.ingest.cards import link_cards
from dossier.ingest.cleanview import CleanView

CARD_LINE = ("Sen. Ivo Brant Ivo Jasper BrantHarbour levy stalls in committee Brant seeks delay on pier vote MORE "
             "(D-Ore.) told reporters the levy was unlawful.")


def _cut(text: str) -> str:
    out, last = [], 0
    for s, e in link_cards(text):
        out.append(text[last:s])
        last = e
    return "".join(out) + text[last:]


def test_card_after_a_name_is_cut_from_the_space_to_more():
    assert _cut(CARD_LINE) == "Sen. Ivo Brant (D-Ore.) told reporters the levy was unlawful."


def test_card_kinds_glued_spaced_nickname_particle_and_empty():
    assert _cut("Mayor Lena de Voss Lena Maria de VossPort talks resume MORE said no.") == "Mayor Lena de Voss said no."
    assert _cut("Jon Tarn Jonathan (Jon) Tarn Ferry fares rise MORE, the envoy, agreed.") == "Jon Tarn, the envoy, agreed."
    assert _cut("Judge Ada Rook Ada Lynn RookMORE (R) dissented.") == "Judge Ada Rook (R) dissented."
    assert _cut("Kip AlderKip Alder2024 budget in doubt MORE objected.") == "Kip Alder objected."


def test_latest_repeated_name_opens_the_card():
    text = "Rex Tarn Rex Wayne TarnDock strike ends MORE left."
    assert _cut(text) == "Rex Tarn left."


def test_no_card_without_more_across_lines_or_in_capitals():
    assert link_cards("Ivo Brant Ivo Jasper Brant spoke. Then he left.") == []
    assert link_cards("Ivo Brant Ivo Jasper BrantHarbour levy stalls\nMORE news below") == []
    assert link_cards("TAXES ARE HIGH - PRICES WILL RISE - THAT WOULD BE MORE THAN WAGES") == []
    assert link_cards("The port wants MORE ships, said Ivo Brant.") == []


def test_clean_view_joins_the_pieces_around_a_card_and_maps_back():
    view = CleanView.build(CARD_LINE, [(0, len(CARD_LINE))])
    assert "MORE" in view.text  # build alone keeps everything
    art_view = CleanView.build(CARD_LINE, [(0, 14), (CARD_LINE.index(" (D-Ore.)"), len(CARD_LINE))], join_within_lines=True)
    assert art_view.text == "Sen. Ivo Brant (D-Ore.) told reporters the levy was unlawful."
    s = art_view.text.index("told")
    assert CARD_LINE[slice(*art_view.to_text(s, s + 4))] == "told"
    assert art_view.crosses_cut(0, s) and not art_view.crosses_cut(s, s + 4)


def test_speaker_and_entity_are_the_name_not_the_card(analyze_text):
    text = ("Harbour levy vote delayed\n\n" + CARD_LINE + "\n\n"
            "The vote was moved to March after a long debate in the chamber on Tuesday.\n")
    a = analyze_text(text)
    names = {e.name for e in a.entities}
    assert "Ivo Brant" in names and not any("Harbour" in n or "MORE" in n for n in names)
    [q] = [q for q in a.attributions if "unlawful" in text[q.content[0]:q.content[1]]]
    assert q.speaker.name == "Ivo Brant"
    assert text[q.content[0]:q.content[1]].startswith("the levy")


def test_content_running_over_a_card_is_not_reported(analyze_text):
    text = ("Harbour levy vote delayed\n\n"
            "Port workers said the dispute had worn down their trust in Mayor Lena de Voss Lena Maria de VossPort "
            "talks resume Voss vows pier repairs MORE and in the council.\n")
    a = analyze_text(text)
    assert not any("Port talks" in text[q.content[0]:q.content[1]] for q in a.attributions)
    assert any("Port talks" in text[q.content[0]:q.content[1]] for q in a.unreported)
