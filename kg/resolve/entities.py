"""Turn clusters into Entity records and the mention -> entity map of a Resolution."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Iterable

from kg.resolve.cluster import Clusters, Node, build_clusters
from kg.resolve.gazetteer import WIKIDATA, lookup_known
from kg.resolve.keys import entity_key
from kg.resolve.rules import load_merge_rules
from kg.resolve.names import feature, is_initial, kind_nouns, match_key, role_nouns
from kg.resolve.typing import LABEL_TYPES, vote_type
from kg.types import DocumentAnalysis, Entity, MergeRecord, Resolution

__all__ = ["resolve_entities"]


def resolve_entities(analyses: Iterable[DocumentAnalysis], *, forbid=(), declare=(), unlink=(),
                     rules: str | Path | None = None) -> Resolution:
    """Canonical entities across documents, and which mention is which entity.

    Args:
        analyses: every document's analysis (mentions and coreference links), any order.
        forbid: pairs of surface names that must not be one entity.
        declare: pairs of surface names that must be one entity.
        unlink: ``(document id, offset)`` of pronouns or descriptions whose coreference link
            is undone.
        rules: a merge-rules file (see ``load_merge_rules``) adding to the three.

    Returns:
        A Resolution whose ``mention_entities`` maps ``(document id, start, end)`` to an
        entity key for every name mention (its full span, its name without title, and its
        head word) and every pronoun or description that coreference resolved.

    Example::

        resolution = resolve_entities(analyses, forbid=[("Joe Biden", "Hunter Biden")])
    """
    if rules is not None:
        more = load_merge_rules(rules)
        forbid, declare = (*forbid, *more.forbid), (*declare, *more.declare)
        unlink = (*unlink, *more.unlink)
    unlinked = set(unlink)
    analyses = sorted((_without_links(a, unlinked) for a in analyses), key=lambda a: a.document.id)
    clusters, node_of = build_clusters(analyses, forbid, declare)
    groups: dict[int, list[Node]] = defaultdict(list)
    for node in clusters.nodes:
        groups[clusters.find(node.id)].append(node)
    drafts = {root: _draft(nodes) for root, nodes in groups.items()}
    keys = _assign_keys(drafts)
    persons = {keys[root] for root, draft in drafts.items() if draft["type"] == "Person"}
    mention_entities, extra_counts, coref_merges = _map_mentions(analyses, clusters, node_of, keys,
                                                                 persons)
    records = _merge_records(clusters, keys, {keys[r]: d["label"] for r, d in drafts.items()})
    entities = {}
    for root, draft in drafts.items():
        key = keys[root]
        merges = sorted(set(records[key]) | set(coref_merges[key]),
                        key=MergeRecord.sort_key)
        entities[key] = Entity(
            key=key, label=draft["label"], type=draft["type"],
            alt_labels=tuple(sorted(s for s in draft["surfaces"] if s != draft["label"])),
            same_as=draft["same_as"], titles=draft["titles"],
            affiliations=tuple(sorted(entity_key("Country", c) for c in draft["affiliations"])),
            mention_count=draft["count"] + extra_counts[key], merges=tuple(merges))
    _add_affiliated_countries(entities, {c for d in drafts.values() for c in d["affiliations"]})
    return Resolution(entities=tuple(entities[k] for k in sorted(entities)),
                      mention_entities=mention_entities)


def _draft(nodes: list[Node]) -> dict:
    """Type, label, titles and links of one cluster."""
    surfaces: Counter = Counter()
    labels: Counter = Counter()
    titles: Counter = Counter()
    roles: Counter = Counter()
    affiliations: Counter = Counter()
    known: Counter = Counter()
    titled = 0
    for node in nodes:
        surfaces.update(node.surfaces)
        if node.is_plural:  # "the Lib Dems" tagged PERSON is no person
            labels.update({label: n for label, n in node.labels.items() if label != "PERSON"})
        else:
            labels.update(node.labels)
            labels["PERSON"] += node.he_she / 2  # a "he" or "she": half a PERSON label
        titles.update(node.titles)
        affiliations.update(node.affiliations)
        titled += node.titled
        # "Hanbit Telecom", then "Hanbit" tagged PERSON: the name's last word says what it is
        roles["Organization"] += node.org_headed
        if node.he_she and node.named_like_a_person:  # "Tomasz Wrona" tagged ORG, then "he"
            titled += node.he_she
        for role, count in node.roles.items():
            if role in role_nouns():
                roles[role_nouns()[role].type] += count
            elif role in kind_nouns():  # "the COVID-19 pandemic": an epidemic is an event
                roles[LABEL_TYPES[kind_nouns()[role]]] += count
        if node.known is not None and not (node.is_person and node.known.type != "Person"):
            known[node.known.type] += node.mentions
    count = sum(surfaces.values())
    for node in nodes:  # a first name is how the document spoke, not what the person is called
        if node.first_name and len(nodes) > 1:
            surfaces.subtract(node.surfaces)
    surfaces = +surfaces
    type_name = vote_type(known=known, labels=labels, titled=titled, roles=roles)
    canon = [n.known for n in nodes if n.known is not None and n.known.type == type_name]
    label = min(c.canonical for c in canon) if canon else _best_surface(surfaces)
    qid = next((c.wikidata for c in sorted(canon, key=lambda c: c.canonical) if c.wikidata), "")
    if not qid and lookup_known(label) is not None and lookup_known(label).type == type_name:
        qid = lookup_known(label).wikidata
    if type_name == "Country":
        affiliations = Counter()
    return {
        "type": type_name, "label": label, "surfaces": set(surfaces),
        "same_as": (WIKIDATA + qid,) if qid else (),
        "titles": _titles(titles), "affiliations": set(affiliations),
        "count": count,
    }


def _best_surface(surfaces: Counter) -> str:
    """The fullest, most frequent surface: most words (initials aside), fewest initials."""
    def score(item):
        text, count = item
        words = text.split()
        initials = sum(1 for w in words if is_initial(w))
        return (-(len(words) - initials), initials, text.isupper(), -count, text)

    return min(surfaces.items(), key=score)[0]


def _titles(titles: Counter) -> tuple[str, ...]:
    """Titles by frequency; a bare word dropped when a fuller title contains it."""
    ordered = sorted(titles, key=lambda t: (-titles[t], t))
    keys = [match_key(t) for t in ordered]
    return tuple(t for t, k in zip(ordered, keys)
                 if not any(k != other and k in other.split() or
                            (k != other and f" {k} " in f" {other} ") for other in keys))


def _assign_keys(drafts: dict[int, dict]) -> dict[int, str]:
    """Keys from type and label; clashes numbered in a stable order (most mentioned first)."""
    by_key: dict[str, list[int]] = defaultdict(list)
    for root, draft in drafts.items():
        by_key[entity_key(draft["type"], draft["label"])].append(root)
    keys = {}
    for key, roots in by_key.items():
        roots.sort(key=lambda r: (-drafts[r]["count"], sorted(drafts[r]["surfaces"])))
        for number, root in enumerate(roots, start=1):
            keys[root] = key if number == 1 else f"{key}-{number}"
    return keys


def _without_links(analysis: DocumentAnalysis, unlinked: set[tuple[str, int]]) -> DocumentAnalysis:
    """The analysis without the coreference links a user's ``unlink`` rules undo."""
    document = analysis.document.id
    kept = tuple(link for link in analysis.coref
                 if (document, analysis.mentions[link.mention].start) not in unlinked)
    return analysis if len(kept) == len(analysis.coref) else replace(analysis, coref=kept)


def _map_mentions(analyses, clusters: Clusters, node_of: dict, keys: dict[int, str],
                  persons: set[str]):
    mapping: dict[tuple[str, int, int], str] = {}
    extra: Counter = Counter()
    merges: dict[str, set[MergeRecord]] = defaultdict(set)
    for level in range(3):  # whole mention spans first, then name spans, then head words
        for node in clusters.nodes:
            key = keys[clusters.find(node.id)]
            for spans in node.spans:
                start, end = spans[2 * level], spans[2 * level + 1]
                mapping.setdefault((node.document, start, end), key)
    for analysis in analyses:
        document = analysis.document.id
        target = {link.mention: link for link in analysis.coref}
        for link in analysis.coref:
            antecedent, seen = link.antecedent, set()
            while antecedent in target and antecedent not in seen:
                seen.add(antecedent)
                antecedent = target[antecedent].antecedent
            node = node_of.get((document, antecedent))
            if node is None:
                continue
            key = keys[clusters.find(node)]
            mention = analysis.mentions[link.mention]
            if key not in persons and feature(mention, "gender") in {"m", "f"}:
                continue  # "he" or "she" never means an organisation, whatever a parse said
            mapping.setdefault((document, mention.start, mention.end), key)
            if feature(mention, "head_start"):
                mapping.setdefault((document, int(feature(mention, "head_start")),
                                    int(feature(mention, "head_end"))), key)
            extra[key] += 1
            reason = "title" if link.reason.endswith("title") else f"coreference:{link.reason}"
            merges[key].add(MergeRecord(mention.text, reason, document, mention.start))
    return mapping, extra, merges


def _merge_records(clusters: Clusters, keys: dict[int, str],
                   labels: dict[str, str]) -> dict[str, set[MergeRecord]]:
    """Why each surface form joined its entity, in every document it did: the first join
    that brought its node in."""
    reason_of: dict[int, str] = {}
    for a, b, reason in clusters.joins:  # the joined node's reason first, then the target's
        reason_of.setdefault(b, reason)
    for a, _, reason in clusters.joins:
        reason_of.setdefault(a, reason)
    for node in clusters.nodes:  # "Britain" alone is still "United Kingdom" by the table
        if node.id not in reason_of and node.known is not None:
            reason_of[node.id] = "alias-table"
    records: dict[str, set[MergeRecord]] = defaultdict(set)
    for node_id, reason in reason_of.items():
        node = clusters.nodes[node_id]
        key = keys[clusters.find(node_id)]
        for surface in node.surfaces:
            if surface != labels[key] or reason == "declared":
                why = reason
                if reason == "name" and any(is_initial(w) for w in surface.split()):
                    why = "middle-initial"
                records[key].add(MergeRecord(surface, why, node.document))
    return records


def _add_affiliated_countries(entities: dict[str, Entity], countries: set[str]) -> None:
    """A demonym's country ("Chinese" -> China) exists as an entity even if never named."""
    for name in sorted(countries):
        key = entity_key("Country", name)
        known = lookup_known(name)
        if key in entities or known is None:
            continue
        entities[key] = Entity(key=key, label=known.canonical, type="Country",
                               same_as=(WIKIDATA + known.wikidata,) if known.wikidata else ())
