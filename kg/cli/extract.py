"""`kg extract`: placeholder until its owner fills it in."""

import typer


def register(app: typer.Typer) -> None:
    """Add `kg extract` to the app."""
