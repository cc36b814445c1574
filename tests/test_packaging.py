"""The wheel ships every kg package and the ontology files kg reads at run time."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_every_package_under_kg_is_listed_in_pyproject():
    listed = set(tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    on_disk = {
        ".".join(init.parent.relative_to(REPO).parts)
        for init in (REPO / "kg").rglob("__init__.py")
    }
    assert on_disk <= listed, f"add to pyproject.toml packages: {sorted(on_disk - listed)}"


def test_installed_wheel_finds_the_ontology(tmp_path):
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps",
         "--target", str(target), str(REPO)],
        check=True, capture_output=True, timeout=300,
    )
    probe = (
        "from kg.resources import ontology_file; "
        "print(ontology_file('kg.ttl')); print(ontology_file('shapes.ttl'))"
    )
    shown = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, env={"PYTHONPATH": str(target)},
        capture_output=True, text=True, check=True,
    ).stdout.split()
    assert all(str(target) in path and Path(path).is_file() for path in shown), shown
