"""Command line: a thin shell over ``core``. Errors become one clean line and an exit code.

Exit codes: 0 all inputs done, 1 some input failed (the rest is written), 2 usage error.
"""
from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import IO, Callable, Iterator, List, Optional

import typer
from rich.console import Console
from rich.markup import escape

from . import __version__
from .core import RunSummary, analyze_paths, check_paths, estimate_records
from .errors import DossierError
from .model import Analysis, Failure
from .settings import DEFAULT_MAX_BYTES, Settings

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="Turn news articles into an evidence-linked brief: who said what, who wants what, when.")
err = Console(stderr=True, highlight=False)

PathsArg = typer.Argument(..., help="Files or folders (.txt, .html, .json, .jsonl, .jsonl.gz, .warc, .warc.gz, .rss, .atom; folders are walked), or RSS/Atom feed URLs.")
QuietOpt = typer.Option(False, "--quiet", "-q", help="No progress bar.")
MaxBytesOpt = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", help="Refuse input files larger than this.")
JobsOpt = typer.Option(None, "--jobs", "-j", min=1, help="Worker processes (default: the cores; 1: inline).")
EngineOpt = typer.Option("auto", "--engine", help="Where the analysis runs: auto (a process pool when --jobs > 1), "
                         "local (inline), process, or ray (needs pip install 'dossier[ray]').")
AddressOpt = typer.Option(None, "--address", help="Ray cluster to join (--engine ray): auto, or ray://HOST:PORT; "
                          "default: a local Ray instance.")


def _version(value: bool):
    if value:
        typer.echo(f"dossier {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                              help="Show the version and exit.")):
    """dossier: evidence-linked briefs from news articles."""


@contextlib.contextmanager
def _output(path: Optional[Path]):
    if path is None or str(path) == "-":
        yield sys.stdout
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            yield f


@contextlib.contextmanager
def _engine(name: str = "local", jobs: Optional[int] = None, address: Optional[str] = None):
    """The engine the options ask for (dossier.engine.make_engine), closed when the command is done."""
    from .engine import make_engine

    try:
        engine = make_engine(name, jobs, address)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from exc
    try:
        yield engine
    finally:
        engine.close()


def _analyses(paths: List[str], settings: Settings, summary: RunSummary, quiet: bool,
              output: Optional[Path] = None, engine=None) -> Iterator[Analysis]:
    """Analyses with a progress bar on stderr (only for a terminal) and one error line per failed input."""
    missing = check_paths(paths)
    if missing:
        err.print(f"dossier: no such file or folder: {', '.join(missing)}", soft_wrap=True, markup=False)
        raise typer.Exit(2)

    def report(f: Failure):
        err.print(f"[red]error[/red] {escape(str(f))}", markup=True, highlight=False, soft_wrap=True)

    skip = frozenset({output.resolve()}) if output is not None and str(output) != "-" else frozenset()
    stream = analyze_paths(paths, settings, summary, on_failure=report, skip=skip, engine=engine)
    if quiet or not err.is_terminal:
        yield from stream
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=err, transient=True) as bar:
        task = bar.add_task("analysing", total=estimate_records(paths))
        done_failures = 0
        for a in stream:
            bar.advance(task, 1 + len(summary.failures) - done_failures)
            done_failures = len(summary.failures)
            yield a


def _stream(paths: List[str], output: Optional[Path], quiet: bool, settings: Settings,
            writer_for: Callable[[IO[str]], Callable[[Analysis], object]], engine=None) -> RunSummary:
    """Analyse ``paths`` and hand each analysis, as it comes, to the writer made for the output."""
    summary = RunSummary()
    with _output(output) as out:
        write = writer_for(out)
        for analysis in _analyses(paths, settings, summary, quiet, output, engine):
            write(analysis)
    return summary


def _finish(summary: RunSummary) -> None:
    colour = "green" if summary.ok else "red"
    err.print(f"[{colour}]{summary.line()}[/{colour}]", markup=True, soft_wrap=True, highlight=False)
    if not summary.ok:
        raise typer.Exit(1)


@app.command()
def extract(paths: List[str] = PathsArg,
            output: Optional[Path] = typer.Option(None, "--output", "-o", help="JSONL file to write (default: stdout)."),
            quiet: bool = QuietOpt, max_bytes: int = MaxBytesOpt,
            jobs: Optional[int] = JobsOpt, engine: str = EngineOpt, address: Optional[str] = AddressOpt):
    """Write one contract JSON record per article (CONTRACT.md), streaming, in input order."""
    from .report.jsonl import write_record

    with _engine(engine, jobs, address) as runner:
        summary = _stream(paths, output, quiet, Settings(max_bytes=max_bytes),
                          lambda out: lambda a: write_record(a, out), runner)
    _finish(summary)


@app.command()
def brief(paths: List[str] = PathsArg,
          output: Optional[Path] = typer.Option(None, "--output", "-o",
                                                help="brief.html, brief.md or brief.json (default: Markdown to stdout)."),
          quiet: bool = QuietOpt, max_bytes: int = MaxBytesOpt):
    """Write an evidence-linked brief: sources, actor cards, quotes by speaker, timeline."""
    from .report.brief import brief_format, build_brief, render

    try:
        fmt = brief_format(None if output is None else str(output))
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--output") from exc
    settings = Settings(max_bytes=max_bytes)
    summary = RunSummary()
    document = render(build_brief(_analyses(paths, settings, summary, quiet, output)), fmt)
    with _output(output) as out:
        out.write(document)
    if output is not None and str(output) != "-":
        err.print(f"brief written to {output}", highlight=False, soft_wrap=True, markup=False)
    _finish(summary)


@app.command()
def quotes(paths: List[str] = PathsArg,
           output: Optional[Path] = typer.Option(None, "--output", "-o", help="CSV file to write (default: stdout)."),
           quiet: bool = QuietOpt, max_bytes: int = MaxBytesOpt):
    """Write every quote as one CSV row: article, outlet, date, speaker, role, kind, cue, content, offsets."""
    from .report.csv import QuoteWriter

    _finish(_stream(paths, output, quiet, Settings(max_bytes=max_bytes), lambda out: QuoteWriter(out).write))


eval_app = typer.Typer(no_args_is_help=True, help="Score extraction against reference annotations.")
app.add_typer(eval_app, name="eval")


@eval_app.command("polnear")
def eval_polnear(folder: Path = typer.Argument(..., help="PolNeAR folder holding text/ and attributions/."),
                 scorer: Path = typer.Option(Path("../shared/eval/score.py"), "--scorer",
                                             help="The shared scorer (score.py)."),
                 output: Optional[Path] = typer.Option(None, "--output", "-o",
                                                       help="Keep the extraction JSONL here (default: a temp file)."),
                 quiet: bool = QuietOpt):
    """Extract FOLDER/text, score it with score.py polnear, and print exact/overlap figures per role and kind."""
    import tempfile

    from .evaluate import format_report, kind_breakdown, run_scorer
    from .report.jsonl import write_record

    if not scorer.exists():
        raise typer.BadParameter(f"no scorer at {scorer}", param_hint="--scorer")
    records: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="dossier-eval-") as tmp:
        out_path = output or Path(tmp, "polnear.jsonl")
        summary = _stream([str(folder / "text")], out_path, quiet, Settings(),
                          lambda out: lambda a: records.append(write_record(a, out)))
        figures, line = run_scorer(str(scorer), str(out_path), str(folder))
    typer.echo(format_report(figures, kind_breakdown(records, str(folder)), line))
    _finish(summary)


def main():
    try:
        app()
    except DossierError as exc:
        err.print(f"dossier: {exc}")
        sys.exit(2)
    except BrokenPipeError:
        sys.exit(0)


if __name__ == "__main__":
    main()
