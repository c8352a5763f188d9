"""The CLI follows common conventions: --help, --version, -o, stdin/stdout, exit codes 0/1/2."""
import json

from typer.testing import CliRunner

from dossier import __version__
from dossier.cli import app

runner = CliRunner()

ARTICLE = ("Talks in Veskor stall\n\n"
           "The foreign minister of Norvania, Petra Lind, arrived in Veskor on Monday for two days of talks.\n")


def test_help_lists_commands():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "extract" in result.output


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.output


def test_missing_path_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
    assert "no such file" in result.output


def test_extract_reads_stdin_and_writes_stdout():
    result = runner.invoke(app, ["extract", "-", "-q"], input=ARTICLE)
    assert result.exit_code == 0, result.output
    rec = json.loads(result.stdout.splitlines()[0])
    assert rec["id"] == "stdin"
    assert rec["text"] == ARTICLE
    assert any(rec["text"][s:e].startswith("The foreign minister") for s, e in rec["body"])


def test_extract_writes_file_with_o(tmp_path):
    src = tmp_path / "lind.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "sub" / "out.jsonl"
    result = runner.invoke(app, ["extract", str(src), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in recs] == ["lind"]
    assert "1 article done, 0 inputs failed" in result.output


def test_failed_input_gives_exit_1_and_the_rest_is_written(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(tmp_path), "-o", str(out), "-q"])
    assert result.exit_code == 1
    assert "empty.txt" in result.output
    assert "1 article done, 1 input failed" in result.output
    assert [json.loads(x)["id"] for x in out.read_text().splitlines()] == ["good"]


def test_same_file_name_in_two_folders_gets_two_ids(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "talks.txt").write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path), "-q"])
    assert result.exit_code == 0, result.output
    ids = [json.loads(x)["id"] for x in result.stdout.splitlines()]
    assert len(ids) == 2 and len(set(ids)) == 2 and ids[0] == "talks"


def test_progress_bar_shows_on_a_terminal_and_not_with_quiet(tmp_path, monkeypatch):
    import io

    from rich.console import Console

    import dossier.cli as cli

    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(ARTICLE, encoding="utf-8")
    for quiet, shown in (([], True), (["-q"], False)):
        screen = io.StringIO()
        monkeypatch.setattr(cli, "err", Console(file=screen, force_terminal=True, width=100))
        result = runner.invoke(app, ["extract", str(tmp_path), "-o", str(tmp_path / "out.jsonl"), *quiet])
        assert result.exit_code == 0, result.output
        assert ("analysing" in screen.getvalue()) is shown
        assert "2 articles done" in screen.getvalue()
