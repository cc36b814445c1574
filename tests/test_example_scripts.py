"""Every script in examples/ runs and says what it promises."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_python_api_example_builds_and_answers_who_met_whom(tmp_path):
    shown = subprocess.run(
        [sys.executable, str(EXAMPLES / "python_api.py"), str(tmp_path)],
        capture_output=True, text=True, timeout=300, check=True,
    ).stdout
    assert "Catherine Colonna,Annalena Baerbock" in shown.splitlines()
    assert (tmp_path / "graph.ttl").is_file() and (tmp_path / "graph.html").is_file()
