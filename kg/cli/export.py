"""`kg export`: placeholder until its owner fills it in."""

import typer


def register(app: typer.Typer) -> None:
    """Add `kg export` to the app."""
