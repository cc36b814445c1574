"""`kg query`: placeholder until its owner fills it in."""

import typer


def register(app: typer.Typer) -> None:
    """Add `kg query` to the app."""
