"""`kg viz`: placeholder until its owner fills it in."""

import typer


def register(app: typer.Typer) -> None:
    """Add `kg viz` to the app."""
