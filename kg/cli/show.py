"""`kg show`: an entity's card in the terminal — names, affiliations and its facts with evidence."""

from __future__ import annotations

from pathlib import Path

import typer

from kg.cli.reporting import fail, one_line_errors

#: Facts printed per relation before "N more" (``--all`` prints every one).
FACTS_PER_RELATION = 5


def register(app: typer.Typer) -> None:
    """Add `kg show` to the app."""

    @app.command("show")
    def show_command(
        graph: Path = typer.Argument(..., help="Graph file kg wrote (graph.ttl, or any RDF file)."),
        name: str = typer.Argument(..., help="The entity's name, an alias, part of a name, or its IRI."),
        every_fact: bool = typer.Option(False, "--all", help="Print every fact, not the first few per relation."),
    ) -> None:
        """Print what the graph knows about one entity: type, aliases, titles, affiliations,
        mentions, and its facts grouped by relation, by date, each with its sentence and document.
        """
        from kg.analytics import entity_card, find_entities, read_store

        with one_line_errors("show"):
            store = read_store(graph)
        matches = find_entities(store, name)
        if not matches:
            fail("show", f"{graph}: no entity named {name!r} (try `kg stats {graph}` for the main ones)")
        print_card(entity_card(store, matches[0].iri), others=[m.label for m in matches[1:6]], limit=None if every_fact else FACTS_PER_RELATION)


def print_card(card, *, others: list[str], limit: int | None) -> None:
    """Render a Card with rich: a header panel, then one table per relation."""
    from rich.console import Console
    from rich.markup import escape
    from rich.panel import Panel
    from rich.table import Table

    console = Console(soft_wrap=False)
    entity = card.entity
    lines = [f"[bold]{escape(entity.label)}[/bold]  {entity.kind} · {entity.mentions} mentions"]
    for heading, values in (("aliases", card.aliases), ("titles", card.titles), ("affiliations", card.affiliations)):
        if values:
            lines.append(f"{heading}: {escape(', '.join(values))}")
    if card.wikidata:
        lines.append(f"wikidata: {card.wikidata}")
    lines.append(f"iri: {entity.iri}")
    if card.related:
        lines.append("shares facts with: " + escape(", ".join(f"{label} ({n})" for label, n in card.related[:8])))
    if others:
        lines.append("[dim]other matches: " + escape(", ".join(others)) + "[/dim]")
    console.print(Panel("\n".join(lines), expand=False))
    for relation, facts in card.facts.items():
        table = Table(title=f"{relation} ({len(facts)})", title_justify="left", show_lines=False, expand=True)
        table.add_column("fact", ratio=2)
        table.add_column("date", no_wrap=True)
        table.add_column("document", ratio=1)
        table.add_column("factuality", no_wrap=True)
        table.add_column("conf", justify="right", no_wrap=True)
        table.add_column("sentence", ratio=4)
        shown = facts if limit is None else facts[:limit]
        for fact in shown:
            confidence = "" if fact.confidence is None else f"{fact.confidence:.2f}"
            table.add_row(
                escape(f"{fact.subject} {relation} {fact.object}".strip()),
                fact.date or "—",
                escape(fact.document),
                fact.factuality,
                confidence,
                escape(fact.sentence),
            )
        console.print(table)
        if len(shown) < len(facts):
            console.print(f"[dim]… {len(facts) - len(shown)} more (--all)[/dim]")
