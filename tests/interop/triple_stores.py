"""Real triple stores, run privately for the interop test and the load benchmark.

Each store is a context manager that loads RDF files into a fresh database in a scratch
folder, answers SPARQL SELECT queries as normalised rows, and stops everything it started
(servers listen on 127.0.0.1, on a free port). The stores come from the machine:

* Oxigraph: the ``oxigraph`` CLI from the ``oxigraph`` package (``load``, then
  ``serve-read-only``), queried over HTTP;
* Jena TDB2: Debian's ``libapache-jena-java`` run with ``java`` (``tdb2.tdbloader``,
  ``tdb2.tdbquery``);
* Virtuoso: Debian's ``virtuoso-opensource-7-bin`` (``virtuoso-t`` with its own ini file,
  bulk-loaded through ``isql-vt``), queried over HTTP.

Rows are tuples of ``(kind, value, datatype, language)`` per variable (``None`` when unbound),
with ``xsd:string`` and ``rdf:langString`` written as no datatype and numbers in canonical
form, so answers from different stores compare equal when they mean the same.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import time
import urllib.parse
import urllib.request
import zipfile
from contextlib import contextmanager
from decimal import Decimal, InvalidOperation
from pathlib import Path

from servers import free_port, oxigraph_command, stop, wait_for_port

XSD = "http://www.w3.org/2001/XMLSchema#"
_PLAIN = {XSD + "string", "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"}
_NUMBERS = {XSD + t for t in ("integer", "decimal", "double", "float", "int", "long",
                              "nonNegativeInteger", "positiveInteger")}
_JAVA = Path("/usr/share/java")
# Jena's jars and the libraries its commands load (Debian packs them separately)
_JENA_JARS = ("jena-cmds", "jena-arq", "jena-core", "jena-base", "jena-iri", "jena-tdb2",
              "jena-dboe-base", "jena-dboe-index", "jena-dboe-storage", "jena-dboe-trans-data",
              "jena-dboe-transaction", "jena-rdfconnection", "jena-shacl", "commons-cli",
              "commons-codec", "commons-compress", "commons-csv", "commons-io", "commons-lang3",
              "dexx.collection", "gson", "guava", "httpclient", "httpclient-cache", "httpcore",
              "jackson-core", "jackson-databind", "jackson-annotations", "jsonld-java",
              "jakarta.json-api", "protobuf", "thrift", "titanium-json-ld", "commons-logging",
              "slf4j-api", "slf4j-simple")

Row = tuple


def normalise_term(kind: str, value: str, datatype: str = "", language: str = "") -> tuple:
    """One bound value in the form every store's answer is compared in."""
    if kind != "literal":
        return kind, value, "", ""
    if datatype in _PLAIN:
        datatype = ""
    if datatype in _NUMBERS:
        try:
            number = Decimal(value)
            value = str(number.normalize()) if number != number.to_integral() else str(int(number))
        except InvalidOperation:
            pass
    if datatype == XSD + "boolean":
        value = {"1": "true", "0": "false"}.get(value, value)
    return kind, value, datatype, language.lower()


def rows_from_json(answer: dict) -> tuple[list[str], list[Row]]:
    """Variables and rows of a SPARQL 1.1 JSON results document."""
    variables = answer["head"]["vars"]
    rows = []
    for binding in answer["results"]["bindings"]:
        row = []
        for variable in variables:
            term = binding.get(variable)
            if term is None:
                row.append(None)
                continue
            kind = {"uri": "iri", "bnode": "bnode"}.get(term["type"], "literal")
            row.append(normalise_term(kind, term["value"], term.get("datatype", ""),
                                      term.get("xml:lang", "")))
        rows.append(tuple(row))
    return variables, rows


def rows_from_pyoxigraph(result) -> tuple[list[str], list[Row]]:
    """Variables and rows of a ``kg.query.QueryResult`` (pyoxigraph terms)."""
    import pyoxigraph as ox

    rows = []
    for found in result.rows:
        row = []
        for term in found:
            if term is None:
                row.append(None)
            elif isinstance(term, ox.NamedNode):
                row.append(("iri", term.value, "", ""))
            elif isinstance(term, ox.BlankNode):
                row.append(("bnode", term.value, "", ""))
            else:
                row.append(normalise_term("literal", term.value, term.datatype.value,
                                          term.language or ""))
        rows.append(tuple(row))
    return list(result.variables), rows


def _http_select(url: str, query: str, timeout: float = 120) -> tuple[list[str], list[Row]]:
    body = urllib.parse.urlencode({"query": query}).encode()
    request = urllib.request.Request(url, data=body, headers={
        "Accept": "application/sparql-results+json",
        "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return rows_from_json(json.load(response))


class _Loaded:
    """A running store: ``select`` answers a query, ``load_seconds`` says what loading took."""

    def __init__(self, name: str, select, load_seconds: float) -> None:
        self.name = name
        self.select = select
        self.load_seconds = load_seconds


@contextmanager
def oxigraph_server(scratch: Path, files: list[Path]):
    """``oxigraph load`` into a folder, then ``oxigraph serve-read-only`` on a free port."""
    command, location = oxigraph_command(), scratch / "oxigraph"
    env = {**os.environ, "RUST_BACKTRACE": "0"}
    started = time.perf_counter()
    for path in files:
        subprocess.run([command, "load", "--location", str(location), "--file", str(path)],
                       check=True, capture_output=True, env=env)
    loaded = time.perf_counter() - started
    port = free_port()
    server = subprocess.Popen([command, "serve-read-only", "--location", str(location),
                               "--bind", f"127.0.0.1:{port}"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        wait_for_port(port, server, "oxigraph serve-read-only")
        yield _Loaded("oxigraph", lambda q: _http_select(f"http://127.0.0.1:{port}/query", q),
                      loaded)
    finally:
        stop(server)


def _jena_classpath(scratch: Path) -> str:
    """Jena's jars, after a jar of the Xerces message files Debian's jena-core lacks at the
    place its relocated classes look for them (without it every datatype check crashes)."""
    missing = [name for name in _JENA_JARS if not (_JAVA / f"{name}.jar").exists()]
    if missing or shutil.which("java") is None:
        raise RuntimeError(f"Jena is not installed (apt-get install libapache-jena-java "
                           f"openjdk-17-jre-headless); missing: {missing or ['java']}")
    shim = scratch / "jena-xerces-messages.jar"
    with zipfile.ZipFile(_JAVA / "jena-core.jar") as core, zipfile.ZipFile(shim, "w") as out:
        for entry in core.namelist():
            if entry.startswith(("org/apache/jena/ext/xerces/impl/msg/",
                                 "org/apache/jena/ext/xerces/impl/xpath/regex/")) and \
                    not entry.endswith("/"):
                out.writestr(entry.removeprefix("org/apache/jena/ext/"), core.read(entry))
    return os.pathsep.join([str(shim), *(str(_JAVA / f"{name}.jar") for name in _JENA_JARS)])


@contextmanager
def jena_tdb2(scratch: Path, files: list[Path]):
    """``tdb2.tdbloader`` into a folder; each query is one ``tdb2.tdbquery`` run."""
    classpath, location = _jena_classpath(scratch), scratch / "tdb2"
    started = time.perf_counter()
    subprocess.run(["java", "-cp", classpath, "tdb2.tdbloader", "--loc", str(location),
                    *map(str, files)], check=True, capture_output=True)
    loaded = time.perf_counter() - started

    def select(query: str):
        query_file = scratch / "query.rq"
        query_file.write_text(query, encoding="utf-8")
        done = subprocess.run(["java", "-cp", classpath, "tdb2.tdbquery", "--loc", str(location),
                               "--results=json", "--query", str(query_file)],
                              check=True, capture_output=True, text=True)
        return rows_from_json(json.loads(done.stdout))

    yield _Loaded("jena-tdb2", select, loaded)


_VIRTUOSO_INI = """[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DirsAllowed = {data}
NumberOfBuffers = 170000
MaxDirtyBuffers = 130000
CheckpointInterval = 0

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {dir}
ServerThreads = 4

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 300
"""


@contextmanager
def virtuoso(scratch: Path, files: list[Path], graph: str = "urn:kg:interop"):
    """A private Virtuoso: its own ini, database and ports; files bulk-loaded into one graph
    (queries without FROM see every graph)."""
    if shutil.which("virtuoso-t") is None or shutil.which("isql-vt") is None:
        raise RuntimeError("Virtuoso is not installed "
                           "(apt-get install virtuoso-opensource-7-bin)")
    folder, data = scratch / "virtuoso", scratch / "virtuoso-data"
    folder.mkdir()
    data.mkdir()
    for path in files:  # the loader reads only from DirsAllowed
        shutil.copy(path, data / path.name)
    sql_port, http_port = free_port(), free_port()
    (folder / "virtuoso.ini").write_text(_VIRTUOSO_INI.format(
        dir=folder, data=data, sql_port=sql_port, http_port=http_port), encoding="utf-8")
    server = subprocess.Popen(["virtuoso-t", "+foreground", "+configfile",
                               str(folder / "virtuoso.ini")], cwd=folder,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_port(http_port, server, "virtuoso-t")
        wait_for_port(sql_port, server, "virtuoso-t")
        started = time.perf_counter()
        script = "".join(f"ld_dir('{data}', '{path.name}', '{graph}');\n" for path in files)
        script += ("rdf_loader_run();\ncheckpoint;\n"
                   "select 'FAILED', count(*) from DB.DBA.load_list where ll_error is not null;\n")
        done = subprocess.run(["isql-vt", f"127.0.0.1:{sql_port}", "dba", "dba"], input=script,
                              capture_output=True, text=True, check=True)
        failed = re.search(r"FAILED\s+(\d+)", done.stdout)
        if failed is None or failed.group(1) != "0":
            raise RuntimeError(f"Virtuoso could not load {[p.name for p in files]}: "
                               f"{done.stdout[-500:]}")
        loaded = time.perf_counter() - started
        yield _Loaded("virtuoso", lambda q: _http_select(f"http://127.0.0.1:{http_port}/sparql", q),
                      loaded)
    finally:
        stop(server)


STORES = {"oxigraph": oxigraph_server, "jena-tdb2": jena_tdb2, "virtuoso": virtuoso}
