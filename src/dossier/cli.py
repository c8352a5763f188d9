"""Command line: a thin shell over ``core``. Errors become one clean line and an exit code.

Exit codes: 0 all inputs done, 1 some input failed (the rest is written), 2 usage error.
"""
from __future__ import annotations

import contextlib
import sys

from .no_torch import block

block()  # before spaCy is imported: thinc would import torch, which run time never needs

from datetime import datetime  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import IO, Callable, Iterator, List, Optional

import typer
from rich.console import Console
from rich.markup import escape

from . import __version__
from .core import RunSummary, analyze_paths, check_paths, estimate_records
from .errors import DossierError
from .model import Analysis, Article, Failure
from .settings import DEFAULT_MAX_BYTES, TAGGERS, Settings

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="Turn news articles into an evidence-linked brief: who said what, who wants what, when.")
err = Console(stderr=True, highlight=False)

PathsArg = typer.Argument(..., help="Files or folders (.txt, .html, .json, .jsonl, .jsonl.gz, .warc, .warc.gz, .rss, .atom; folders are walked), or RSS/Atom feed URLs.")
QuietOpt = typer.Option(False, "--quiet", "-q", help="No progress bar.")
TaggerOpt = typer.Option("crf", "--tagger", help="Attribution tagger: crf, encoder (fine-tuned MiniLM), or ensemble (both, mixed).")
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


def _settings(tagger: str, **kw) -> Settings:
    """Settings with the attribution tagger a --tagger option named (a usage error when unknown)."""
    if tagger not in TAGGERS:
        raise typer.BadParameter(", ".join(TAGGERS), param_hint="--tagger")
    return Settings(tagger=tagger, **kw)


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
              output: Optional[Path] = None, keep: Optional[Callable[[Article], bool]] = None,
              engine=None) -> Iterator[Analysis]:
    """Analyses with a progress bar on stderr (only for a terminal) and one error line per failed input.
    ``keep``: only the articles it accepts are analysed; the others still move the bar. ``engine``: where
    the analysis runs (default: inline)."""
    missing = check_paths(paths)
    if missing:
        err.print(f"dossier: no such file or folder: {', '.join(missing)}", soft_wrap=True, markup=False)
        raise typer.Exit(2)

    def report(f: Failure):
        err.print(f"[red]error[/red] {escape(str(f))}", markup=True, highlight=False, soft_wrap=True)

    skip = frozenset({output.resolve()}) if output is not None and str(output) != "-" else frozenset()
    passed = []  # articles ``keep`` turned down since the bar last moved

    def kept(article: Article) -> bool:
        ok = keep(article)
        if not ok:
            passed.append(article.id)
        return ok

    stream = analyze_paths(paths, settings, summary, on_failure=report, skip=skip, keep=keep and kept,
                           engine=engine)
    if quiet or not err.is_terminal:
        yield from stream
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=err, transient=True) as bar:
        task = bar.add_task("analysing", total=estimate_records(paths))
        done_failures = 0
        for a in stream:
            bar.advance(task, 1 + len(summary.failures) - done_failures + len(passed))
            done_failures = len(summary.failures)
            passed.clear()
            yield a


def _stream(paths: List[str], output: Optional[Path], quiet: bool, settings: Settings,
            writer_for: Callable[[IO[str]], Callable[[Analysis], object]], engine=None) -> RunSummary:
    """Analyse ``paths`` and hand each analysis, as it comes, to the writer made for the output."""
    summary = RunSummary()
    with _output(output) as out:
        write = writer_for(out)
        for analysis in _analyses(paths, settings, summary, quiet, output, engine=engine):
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
            quiet: bool = QuietOpt, max_bytes: int = MaxBytesOpt, tagger: str = TaggerOpt,
            jobs: Optional[int] = JobsOpt, engine: str = EngineOpt, address: Optional[str] = AddressOpt):
    """Write one contract JSON record per article (CONTRACT.md), streaming, in input order; story, thread
    and duplicate_of come from one online story index, so each record is final when written."""
    from .report.jsonl import write_record
    from .stories import StoryIndex

    index = StoryIndex()
    with _engine(engine, jobs, address) as runner:
        summary = _stream(paths, output, quiet, _settings(tagger, max_bytes=max_bytes),
                          lambda out: lambda a: write_record(index.annotate(a), out), runner)
    _finish(summary)


@app.command()
def brief(paths: List[str] = PathsArg,
          output: Optional[Path] = typer.Option(None, "--output", "-o",
                                                help="brief.html, brief.md or brief.json (default: Markdown to stdout)."),
          quiet: bool = QuietOpt, max_bytes: int = MaxBytesOpt):
    """Write an evidence-linked brief: sources, storylines (events, summary, agree / differ), actor cards,
    quotes by speaker, timeline."""
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
                 tagger: str = TaggerOpt, quiet: bool = QuietOpt):
    """Extract FOLDER/text, score it with score.py polnear, and print exact/overlap figures per role and kind."""
    import tempfile

    from .evaluate import format_report, joined_parts, kind_breakdown, run_scorer, write_records
    from .report.jsonl import write_record

    if not scorer.exists():
        raise typer.BadParameter(f"no scorer at {scorer}", param_hint="--scorer")
    records: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="dossier-eval-") as tmp:
        out_path = output or Path(tmp, "polnear.jsonl")
        summary = _stream([str(folder / "text")], out_path, quiet, _settings(tagger, reportable_only=False),
                          lambda out: lambda a: records.append(write_record(a, out)))
        records = joined_parts(records)  # one attribution in two parts is one PolNeAR content
        joined = Path(tmp, "polnear-joined.jsonl")
        write_records(records, str(joined))
        figures, line = run_scorer(str(scorer), str(joined), str(folder))
    typer.echo(format_report(figures, kind_breakdown(records, str(folder)), line))
    _finish(summary)


@app.command()
def serve(db: Optional[str] = typer.Option(None, "--db", help="Database URL (default: sqlite:///dossier.db)."),
          host: str = typer.Option("127.0.0.1", "--host",
                                   help="Address to listen on; anything but loopback needs --token."),
          port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
          token: Optional[str] = typer.Option(None, "--token", envvar="DOSSIER_TOKEN",
                                              help="Required on every request (header X-Dossier-Token, "
                                                   "Authorization: Bearer, or ?token= once)."),
          ):
    """Browse the stored corpus read-only: storylines, actors, quotes, articles, attention; JSON API under /api."""
    from .web import serve as run

    try:
        run(db, host=host, port=port, token=token)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--host") from exc


DbOpt = typer.Option(None, "--db", help="The store: sqlite:///PATH or a .db path (default ./dossier.db), "
                                         "or postgresql://USER@HOST/DB.")


@app.command()
def ingest(paths: List[str] = PathsArg, db: Optional[str] = DbOpt,
           batch_size: int = typer.Option(50, "--batch-size", min=1, help="Articles stored per transaction."),
           quiet: bool = QuietOpt, max_bytes: int = MaxBytesOpt,
           jobs: Optional[int] = JobsOpt, engine: str = EngineOpt, address: Optional[str] = AddressOpt):
    """Add articles to the store: each article once (by URL, else by its text), one transaction per batch,
    so a rerun after a crash or kill completes the work without duplicates."""
    from .store import open_store

    summary = RunSummary()
    known: list[str] = []

    def new(article: Article) -> bool:
        if store.has(article):
            known.append(article.id)
            return False
        return True

    with open_store(db) as store, _engine(engine, jobs, address) as runner:
        stored = store.add(_analyses(paths, Settings(max_bytes=max_bytes), summary, quiet, keep=new, engine=runner),
                           batch_size=batch_size)
        err.print(f"{store.where}: {stored.added} article{'s' * (stored.added != 1)} added, "
                  f"{len(known) + stored.skipped} already stored", markup=False, highlight=False, soft_wrap=True)
    _finish(summary)


search_app = typer.Typer(no_args_is_help=True, help="Search the store: quotes, full text, stances.")
app.add_typer(search_app, name="search")
JsonOpt = typer.Option(False, "--json", help="Print JSON instead of a table.")
LimitOpt = typer.Option(50, "--limit", min=1, help="At most this many results.")


def _date_option(flag: str, side: str):
    return typer.Option(None, flag, formats=["%Y-%m-%d"], help=f"Published on or {side} this day (YYYY-MM-DD).")


def _search(db: Optional[str], key: str, run: Callable, columns: list[str], as_json: bool) -> None:
    """Run ``run(store)`` on the read-only store; print ``{key: rows}`` as JSON or a table of ``columns``."""
    import json

    from rich.table import Table
    from rich.text import Text

    from .store import open_store

    with open_store(db, readonly=True) as store:
        rows = run(store)
    if as_json:
        typer.echo(json.dumps({key: rows}, ensure_ascii=False, indent=2))
        return
    table = Table(*columns, title=f"{len(rows)} {key}", show_lines=False)
    for row in rows:  # Text(): article data is never read as Rich markup
        table.add_row(*(Text(_cell(row.get(c))) for c in columns))
    Console(highlight=False).print(table)


def _cell(value) -> str:
    return "" if value is None else f"{value:.2f}" if isinstance(value, float) else str(value)


def _day(value) -> Optional[str]:
    return value.date().isoformat() if value else None


@search_app.command("quotes")
def search_quotes(speaker: Optional[str] = typer.Option(None, "--speaker", help="Part of the speaker's name or alias."),
                  q: Optional[str] = typer.Option(None, "--q", help="Words (or \"a phrase\") the quote must hold."),
                  outlet: Optional[str] = typer.Option(None, "--outlet", help="Exact outlet name."),
                  since: Optional[datetime] = _date_option("--since", "after"),
                  until: Optional[datetime] = _date_option("--until", "before"), actor: Optional[str] = typer.Option(None, "--actor", help="Actor id."),
                  as_json: bool = JsonOpt, limit: int = LimitOpt, db: Optional[str] = DbOpt):
    """Quotes by speaker, words, outlet and date range, newest first."""
    _search(db, "quotes", lambda s: s.search_quotes(speaker=speaker, q=q, outlet=outlet, since=_day(since),
                                                    until=_day(until), actor=actor, limit=limit),
            ["published", "outlet", "speaker", "role", "text", "article"], as_json)


@search_app.command("text")
def search_text(query: str = typer.Argument(..., help="Words and \"phrases\", all of which must occur."),
                as_json: bool = JsonOpt, limit: int = LimitOpt, db: Optional[str] = DbOpt):
    """Full-text search over articles, best match first."""
    _search(db, "articles", lambda s: s.search_text(query, limit=limit),
            ["rank", "published", "outlet", "title", "snippet", "article"], as_json)


@search_app.command("stances")
def search_stances(actor: Optional[str] = typer.Option(None, "--actor", help="Actor id or part of a name."),
                   as_json: bool = JsonOpt, limit: int = LimitOpt, db: Optional[str] = DbOpt):
    """Stances (wants, fears, supports, opposes, …) by actor, newest first."""
    _search(db, "stances", lambda s: s.stances(actor=actor, limit=limit),
            ["published", "actor", "attitude", "text", "article"], as_json)


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
