"""Long lines are parsed in pieces, with every offset kept; outputs are never read back."""

from __future__ import annotations

from kg.nlp import parse_texts, split_long
from kg.pipeline import build

SENTENCE = "Blinken met Wang Yi in Rome on Sunday. "


def test_a_long_line_is_parsed_in_pieces_with_its_text_kept(nlp, monkeypatch):
    import kg.nlp

    text = SENTENCE * 40 + "\n"
    pieces = split_long(text, limit=200)
    assert "".join(pieces) == text and max(map(len, pieces)) <= 200 and len(pieces) > 5
    monkeypatch.setattr(kg.nlp, "split_long", lambda line: split_long(line, limit=200))
    [doc] = parse_texts(nlp, [text])
    assert doc.text == text
    sentences = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sentences == [SENTENCE.strip()] * 40  # every cut fell between sentences


def test_a_line_longer_than_spacys_limit_builds(tmp_path):
    """Over spaCy's max_length in one line: once an E088 traceback, now parsed in pieces."""
    from kg.nlp import load_pipeline

    nlp = load_pipeline()
    limit = nlp.max_length
    nlp.max_length = 5_000  # the same failure as a 30 MB line, at a size a test can parse
    try:
        path = tmp_path / "one-line.txt"
        path.write_text(SENTENCE * 200, encoding="utf-8")  # ~7.8 KB, no newline
        result = build([path], html=False)
    finally:
        nlp.max_length = limit
    assert result.documents == 1 and result.sentences == 200


def test_output_inside_the_input_folder_is_not_read_back(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(SENTENCE + "\n", encoding="utf-8")
    first = build([folder], output_dir=folder / "out", html=True)
    second = build([folder], output_dir=folder / "out", html=True)
    assert first.documents == second.documents == 1
