"""PolNeAR scoring reads the two parts of one attribution (same cue, same source mention) as one content."""
from dossier.evaluate import joined_parts


def test_parts_sharing_cue_and_source_join_and_others_stay():
    rec = {"id": "a", "quotes": [
        {"content": [0, 20], "cue": [30, 34], "speaker": {"mention": [22, 29]}, "kind": "direct"},
        {"content": [36, 60], "cue": [30, 34], "speaker": {"mention": [22, 29]}, "kind": "direct"},
        {"content": [70, 90], "cue": [92, 96], "speaker": {"mention": [97, 99]}, "kind": "indirect"},
        {"content": [100, 110], "cue": None, "speaker": {"mention": None}, "kind": "direct"},
    ]}
    (out,) = joined_parts([rec])
    assert [q["content"] for q in out["quotes"]] == [[0, 60], [70, 90], [100, 110]]
    assert rec["quotes"][0]["content"] == [0, 20]  # the input is left as it was
