"""`kg stats`: the corpus at a glance in the terminal — documents, entities, relations, communities."""

from __future__ import annotations

from pathlib import Path

import typer

from kg.cli.reporting import one_line_errors


def register(app: typer.Typer) -> None:
    """Add `kg stats` to the app."""

    @app.command("stats")
    def stats_command(
        graph: Path = typer.Argument(..., help="Graph file kg wrote (graph.ttl, or any RDF file)."),
        top: int = typer.Option(10, "--top", min=1, help="How many entities, relations and communities to list."),
    ) -> None:
        """Print a corpus summary: documents, entities by type, the most important entities
        (PageRank over who shares facts with whom), the commonest relations, and communities.
        """
        from kg.analytics import corpus_summary, read_store

        with one_line_errors("stats"):
            summary = corpus_summary(read_store(graph), top=top)
        print_summary(summary)


def print_summary(summary) -> None:
    """Render a Summary with rich tables."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console(soft_wrap=False)
    entities = sum(n for _, n in summary.entities_by_type)
    console.print(f"[bold]{summary.documents} documents[/bold], {summary.statements} facts, {entities} entities")
    kinds = Table(title="Entities by type", title_justify="left")
    kinds.add_column("type")
    kinds.add_column("entities", justify="right")
    for kind, n in summary.entities_by_type:
        kinds.add_row(kind, str(n))
    console.print(kinds)
    top = Table(title="Top entities (PageRank over who shares facts with whom)", title_justify="left")
    for column in ("entity", "type", "mentions"):
        top.add_column(column, justify="right" if column == "mentions" else "left")
    for info in summary.top_entities:
        top.add_row(escape(info.label), info.kind, str(info.mentions))
    console.print(top)
    relations = Table(title="Top relations", title_justify="left")
    relations.add_column("relation")
    relations.add_column("facts", justify="right")
    for lemma, n in summary.top_relations:
        relations.add_row(escape(lemma), str(n))
    console.print(relations)
    groups = Table(title="Communities", title_justify="left")
    groups.add_column("#", justify="right")
    groups.add_column("named by its top entities")
    for number, names in enumerate(summary.communities, 1):
        groups.add_row(str(number), escape(", ".join(names)))
    console.print(groups)
