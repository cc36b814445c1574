"""The ``kg`` command line: thin Typer wrappers over plain functions, one module per command."""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="kg",
    help="Build a knowledge graph from text: facts, entities and evidence, as RDF and an HTML graph.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)



def _show_version(value: bool) -> None:
    if value:
        from kg import __version__

        typer.echo(f"kg {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_show_version, is_eager=True, help="Print kg's version and exit."
    ),
) -> None:
    """Build a knowledge graph from text: facts, entities and evidence, as RDF and an HTML graph."""
    # A callback keeps `kg <command>` a group even when only one command is registered.


# Each module defines ``register(app)``; listed in the order --help shows them.
COMMAND_MODULES = ("build", "extract", "query", "export", "validate", "push", "viz", "show", "stats")

for _name in COMMAND_MODULES:
    importlib.import_module(f"kg.cli.{_name}").register(app)


def main() -> None:
    """Entry point of the ``kg`` console script."""
    app()
