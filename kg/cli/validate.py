"""`kg validate`: placeholder until its owner fills it in."""

import typer


def register(app: typer.Typer) -> None:
    """Add `kg validate` to the app."""
