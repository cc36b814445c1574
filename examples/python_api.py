"""kg from Python: build a graph from a few sentences and ask it a question.

Run: python examples/python_api.py [OUTDIR]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from kg.pipeline import build
from kg.query import format_result, run_query

ARTICLE = """Ministers meet in Geneva

The French foreign minister Catherine Colonna met Annalena Baerbock in Geneva on Monday.
Colonna said that France would support the new climate fund.
Colonna raised the arms embargo with her German counterpart.
"""

WHO_MET_WHOM = """
SELECT ?who ?whom WHERE {
  ?a rel:meet ?b . ?a rdfs:label ?who . ?b rdfs:label ?whom .
}
"""


def main(output_dir: Path) -> None:
    """Build the graph of ``ARTICLE`` into ``output_dir`` and print who met whom."""
    source = output_dir / "article.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    result = build([source], output_dir=output_dir)
    print(f"{result.documents} document, {result.facts} facts, {result.entities} entities")
    answer = run_query(output_dir / "graph.ttl", WHO_MET_WHOM)
    print(format_result(answer, "csv"), end="")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        target = Path(sys.argv[1])
        target.mkdir(parents=True, exist_ok=True)
        main(target)
    else:
        with tempfile.TemporaryDirectory() as folder:
            main(Path(folder))
