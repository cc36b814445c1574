"""One raising sentence or document costs only itself: the rest is built, the loss is listed."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

import kg.extract
from kg.cli import app
from kg.pipeline import build

GOOD = "Blinken met Wang Yi in Rome on Sunday."
BAD = "The committee approved the budget in March."


@pytest.fixture
def raising_sentence(monkeypatch):
    """``extract_sentence`` raises on one sentence, as a broken construction would."""
    real = kg.extract.extract_sentence

    def extract_sentence(sent, index=0):
        if "committee" in sent.text:
            raise AttributeError("'NoneType' object has no attribute 'role'")
        return real(sent, index)

    monkeypatch.setattr(kg.extract, "extract_sentence", extract_sentence)


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(f"{GOOD}\n\n{BAD}\n", encoding="utf-8")
    (folder / "b.txt").write_text("Macron visited Berlin in May.\n", encoding="utf-8")
    return folder


def test_raising_sentence_is_skipped_and_listed(raising_sentence, corpus, tmp_path):
    out = tmp_path / "out"
    result = build([corpus], output_dir=out, html=False)
    assert result.documents == 2
    assert [(p.document, p.sentence, p.stage) for p in result.problems] == [("a.txt", 1, "extract")]
    text = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "Wang Yi" in text and "Macron" in text  # the good sentence and the other document
    rows = (out / "problems.tsv").read_text(encoding="utf-8").splitlines()
    assert rows[0] == "document\tsentence\tstage\terror"
    assert rows[1].startswith("a.txt\t1\textract\tAttributeError")


def test_raising_document_is_skipped_by_id(monkeypatch, corpus, tmp_path):
    import kg.mentions

    real = kg.mentions.find_mentions

    def find_mentions(doc):
        if "Macron" in doc.text:
            raise RuntimeError("broken document")
        return real(doc)

    monkeypatch.setattr(kg.mentions, "find_mentions", find_mentions)
    result = build([corpus], output_dir=tmp_path / "out", html=False)
    assert result.documents == 1
    assert [(p.document, p.sentence, p.stage) for p in result.problems] == [("b.txt", None, "analyse")]


def test_strict_fails_and_lists(raising_sentence, corpus, tmp_path):
    out = tmp_path / "out"
    run = CliRunner().invoke(app, ["build", str(corpus), "-o", str(out), "--no-html", "--strict"])
    assert run.exit_code == 1
    assert "--strict" in run.output and "Traceback" not in run.output
    assert (out / "problems.tsv").read_text(encoding="utf-8").count("\n") == 2
    assert not (out / "graph.ttl").exists()


def test_summary_counts_problems(raising_sentence, corpus, tmp_path):
    run = CliRunner().invoke(app, ["build", str(corpus), "-o", str(tmp_path / "out"), "--no-html"])
    assert run.exit_code == 0, run.output
    assert "1 sentences or documents not analysed" in run.output


def test_extract_skips_and_strict(raising_sentence, tmp_path):
    path = tmp_path / "s.txt"
    path.write_text(f"{GOOD}\n{BAD}\n", encoding="utf-8")
    run = CliRunner().invoke(app, ["extract", "--tokenized", str(path)])
    assert run.exit_code == 0
    assert "Wang" in run.output and "skipped sentence 0" in run.output
    strict = CliRunner().invoke(app, ["extract", "--tokenized", "--strict", str(path)])
    assert strict.exit_code == 1


def test_dead_worker_batch_is_retried_then_reported(monkeypatch):
    from kg import parallel
    from kg.types import Document

    calls = []

    def flaky(batch, model):
        calls.append([d.id for d in batch])
        raise OSError("worker died")

    class Now:
        def __init__(self, function, batch, model):
            self.args = (function, batch, model)

        def result(self):
            function, batch, model = self.args
            return function(batch, model)

    monkeypatch.setattr(parallel, "analyze_batch", flaky)
    documents = [Document(f"d{i}", "x", source="", content_hash="") for i in range(3)]
    out = list(parallel._in_order(Now, documents, "m", batch_size=2, window=1))
    assert calls == [["d0", "d1"], ["d0", "d1"], ["d2"], ["d2"]]  # each batch tried twice
    assert [(a.document.id, a.problems[0].stage) for a in out] == [("d0", "worker"), ("d1", "worker"), ("d2", "worker")]
