"""`kg extract`: JSON lines, CaRB lines, and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys

from typer.testing import CliRunner

from kg.cli import app


def test_json_lines_carry_the_extraction_and_sentence(tmp_path):
    source = tmp_path / "a.txt"
    source.write_text("Headline without a stop\n\nBlinken met Wang Yi in Rome on Sunday.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(source)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    met = [r for r in records if r["predicate"]["lemma"] == "meet"]
    assert met and met[0]["sentence_text"] == "Blinken met Wang Yi in Rome on Sunday."
    assert met[0]["subject"]["text"] == "Blinken"


def test_tokenized_carb_output_survives_odd_lines(tmp_path):
    source = tmp_path / "s.txt"
    lines = ["He served as the first Prime Minister of Australia .", "", "-- ) ( ''", "x"]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "kg", "extract", "--tokenized", "--format", "carb", str(source)],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert rows and all(row[0] in lines and len(row) >= 4 for row in rows)
    assert any(row[2] == "served as" and row[3] == "He" for row in rows)


def test_missing_and_undecodable_files_are_one_line_errors(tmp_path):
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\xff\xfe\x00bad")
    for path in (tmp_path / "missing.txt", binary):
        result = subprocess.run([sys.executable, "-m", "kg", "extract", str(path)], capture_output=True, text=True)
        assert result.returncode == 1
        assert result.stdout == ""
        assert len(result.stderr.strip().splitlines()) == 1
        assert str(path) in result.stderr


def test_unknown_model_and_format_are_one_line_errors(tmp_path):
    source = tmp_path / "a.txt"
    source.write_text("Blinken met Wang Yi.\n", encoding="utf-8")
    for options in (["--model", "no_such_pipeline_xyz"], ["--format", "xml"]):
        result = CliRunner().invoke(app, ["extract", *options, str(source)])
        assert result.exit_code == 1
        assert result.stdout == ""
        assert len(result.stderr.strip().splitlines()) == 1 and "kg extract: error:" in result.stderr
