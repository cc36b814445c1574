"""A store is data, not code: paths stay inside it, rows are JSON, foreign files are refused."""

from __future__ import annotations

import json
import sqlite3

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import GraphError
from kg.pipeline import build
from kg.store import open_graph_store, open_store

TEXT = "Blinken met Wang Yi in Rome on Sunday.\n"


@pytest.fixture
def built_store(tmp_path):
    """A store with one document and a graph, and a bystander folder beside it."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(TEXT, encoding="utf-8")
    store = tmp_path / "store"
    build([tmp_path / "in"], store=store, html=False)
    bystander = tmp_path / "x"
    bystander.mkdir()
    (bystander / "keep.txt").write_text("precious", encoding="utf-8")
    return store, bystander


@pytest.mark.parametrize("pointer", ["../x", "absolute"])
def test_current_pointing_outside_is_refused_and_nothing_outside_changes(built_store, pointer):
    store, bystander = built_store
    (store / "current").write_text(str(bystander) if pointer == "absolute" else pointer)
    with pytest.raises(GraphError, match="current"):
        build([store.parent / "in"], store=store, html=False)
    with pytest.raises(GraphError, match="current"):
        open_graph_store(store)
    assert (bystander / "keep.txt").read_text(encoding="utf-8") == "precious"


def test_a_graph_folder_symlinked_outside_is_refused(built_store):
    store, bystander = built_store
    name = (store / "current").read_text().strip()
    import shutil

    shutil.rmtree(store / name)
    (store / name).symlink_to(bystander, target_is_directory=True)
    with pytest.raises(GraphError, match="outside the store"):
        build([store.parent / "in"], store=store, html=False)
    assert (bystander / "keep.txt").exists()


def test_rows_are_json_not_pickle(built_store):
    store, _ = built_store
    with sqlite3.connect(store / "analyses.sqlite") as db:
        (data,) = db.execute("SELECT analysis FROM analyses").fetchone()
    assert json.loads(data)["document"]["id"] == "a.txt"


def test_a_row_that_is_not_kg_json_is_refused(built_store):
    store, _ = built_store
    import pickle

    with sqlite3.connect(store / "analyses.sqlite") as db:
        db.execute("UPDATE analyses SET analysis = ?", (pickle.dumps(print),))
    run = CliRunner().invoke(app, ["build", str(store.parent / "in"), "-o", str(store.parent / "o"), "--store", str(store)])
    assert run.exit_code == 1
    assert "not a kg record" in run.output and "Traceback" not in run.output


@pytest.mark.parametrize("damage", ["garbage", "foreign"])
def test_a_damaged_or_foreign_database_is_one_line(built_store, damage):
    store, _ = built_store
    (store / "analyses.sqlite").unlink()
    if damage == "garbage":
        (store / "analyses.sqlite").write_bytes(b"this is not sqlite at all" * 100)
    else:
        with sqlite3.connect(store / "analyses.sqlite") as db:
            db.execute("CREATE TABLE analyses (name TEXT, value BLOB)")
    with pytest.raises(GraphError, match="analyses"):
        open_store(store)


def test_an_old_pickled_store_asks_for_a_rebuild(built_store):
    store, _ = built_store
    (store / "kg-store.json").write_text(json.dumps({"format": "kg-store", "version": 1}))
    with pytest.raises(GraphError, match="rebuild"):
        open_store(store)


def test_prune_drops_documents_gone_from_the_inputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "b.txt").write_text("Macron visited Berlin in May.\n", encoding="utf-8")
    store = tmp_path / "store"
    assert build([folder], store=store, html=False).documents == 2
    (folder / "b.txt").unlink()
    assert build([folder], store=store, html=False).documents == 2  # kept without --prune
    pruned = build([folder], store=store, html=False, prune=True)
    assert pruned.documents == 1
    assert "Macron" not in pruned.graph.serialize(format="turtle")
    with open_store(store) as opened:
        assert set(opened.content_hashes()) == {"a.txt"}
