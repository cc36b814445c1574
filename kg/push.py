"""Uploading a graph to a triple store over the SPARQL 1.1 Graph Store HTTP Protocol.

Works with any Graph Store Protocol endpoint, e.g. Oxigraph ``http://host:7878/store``,
Fuseki ``http://host:3030/DATASET/data``, GraphDB
``http://host:7200/repositories/REPO/rdf-graphs/service``, Virtuoso
``http://host:8890/sparql-graph-crud-auth``. Triples go to the named graph given, or to the
default graph; a dataset file (TriG, N-Quads) is posted to the endpoint as a whole, keeping its
named graphs.
"""

from __future__ import annotations

import os
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit

from rdflib import Graph

from kg.errors import GraphError

__all__ = ["PushResult", "push_graph", "MEDIA_TYPES"]

MEDIA_TYPES = {
    ".ttl": "text/turtle",
    ".nt": "application/n-triples",
    ".trig": "application/trig",
    ".nq": "application/n-quads",
    ".jsonld": "application/ld+json",
    ".rdf": "application/rdf+xml",
}
_DATASET_TYPES = {"application/trig", "application/n-quads"}


@dataclass(frozen=True)
class PushResult:
    """What the endpoint answered: the URL written to, the HTTP status and bytes sent."""

    url: str
    status: int
    size: int


def push_graph(
    source: str | os.PathLike | Graph,
    endpoint: str,
    *,
    graph: str | None = None,
    replace: bool = False,
    user: str | None = None,
    password: str | None = None,
    timeout: float = 300,
) -> PushResult:
    """Upload a graph file (or an rdflib Graph, sent as Turtle) to a Graph Store endpoint.

    Args:
        source: an RDF file (``.ttl``, ``.nt``, ``.trig``, ``.nq``, ``.jsonld``) or a Graph.
        endpoint: the Graph Store Protocol URL of the store.
        graph: the IRI of the named graph to write; the default graph when None.
        replace: PUT (replace the graph's content) instead of POST (add to it).
        user, password: credentials for HTTP basic or digest authentication.
        timeout: seconds to wait for the endpoint.

    Returns:
        A ``PushResult``.

    Raises:
        GraphError: the file cannot be read, the endpoint cannot be reached, or it refuses
            the upload (the message carries its HTTP status and answer).
    """
    if urlsplit(endpoint).scheme not in ("http", "https"):
        raise GraphError(f"{endpoint}: the endpoint must be an http:// or https:// URL")
    body, media_type = _body(source)
    if media_type in _DATASET_TYPES:
        if graph is not None:
            raise GraphError("a TriG or N-Quads file names its own graphs: push it without --graph")
        url = endpoint
    else:
        target = f"graph={quote(graph, safe='')}" if graph else "default"
        url = f"{endpoint}{'&' if '?' in endpoint else '?'}{target}"
    request = urllib.request.Request(
        url,
        data=body,
        method="PUT" if replace else "POST",
        headers={"Content-Type": media_type, "Content-Length": str(len(body))},
    )
    try:
        with _opener(endpoint, user, password).open(request, timeout=timeout) as response:
            return PushResult(url, response.status, len(body))
    except urllib.error.HTTPError as error:
        answer = error.read(500).decode("utf-8", "replace").strip()
        raise GraphError(f"{url}: the endpoint answered {error.code} {error.reason}: {' '.join(answer.split())}") from None
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise GraphError(f"{endpoint}: cannot reach the endpoint: {reason}") from None


def _body(source: str | os.PathLike | Graph) -> tuple[bytes, str]:
    """The bytes to send and their media type."""
    if isinstance(source, Graph):
        from kg.export import serialize_graph

        return serialize_graph(source, "turtle"), "text/turtle"
    path = Path(source)
    media_type = MEDIA_TYPES.get(path.suffix.lower())
    if media_type is None:
        raise GraphError(f"{path}: cannot tell the RDF format from {path.suffix or 'no extension'!r}")
    try:
        return path.read_bytes(), media_type
    except OSError as error:
        raise GraphError(f"{path}: cannot read: {error.strerror or error}") from None


def _opener(endpoint: str, user: str | None, password: str | None) -> urllib.request.OpenerDirector:
    """A URL opener that answers basic and digest authentication challenges when given a user."""
    if user is None:
        return urllib.request.build_opener()
    passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    passwords.add_password(None, endpoint, user, password or "")
    return urllib.request.build_opener(
        urllib.request.HTTPBasicAuthHandler(passwords), urllib.request.HTTPDigestAuthHandler(passwords)
    )
