"""Node importance and a precomputed layout, so the browser never has to simulate a big graph.

Each connected component is laid out on its own and the components are packed in rows, largest
first. Small components use networkx's spring layout; large ones a force layout whose repulsion
is estimated from a random sample of nodes per iteration, which keeps a 5,000-node graph to a
fraction of a second (the exact force is quadratic, and networkx's sparse variant needs scipy
and loops over nodes in Python).
"""

from __future__ import annotations

import math

__all__ = ["rank_nodes", "compute_layout", "NODE_SPACING"]

#: Median distance from a node to its nearest neighbour, in the page's canvas pixels.
NODE_SPACING = 70.0

#: Components up to this size use networkx's (exact, quadratic) spring layout.
EXACT_LAYOUT_LIMIT = 300

GRAVITY = 0.01


def rank_nodes(node_ids: list[int], edges: list[tuple[int, int]]) -> dict[int, float]:
    """Importance of each node: its degree centrality in the relation graph.

    Args:
        node_ids: every node.
        edges: (source, target) pairs, parallel edges allowed.

    Returns:
        Degree centrality per node, in [0, 1] (0 for isolated nodes).

    Example:
        >>> rank_nodes([0, 1, 2], [(0, 1), (0, 2)])[0]
        1.0
    """
    import networkx as nx

    graph = nx.MultiGraph()
    graph.add_nodes_from(node_ids)
    graph.add_edges_from(edges)
    if len(graph) < 2:
        return dict.fromkeys(node_ids, 0.0)
    return {node: min(value, 1.0) for node, value in nx.degree_centrality(graph).items()}


def compute_layout(node_ids: list[int], edges: list[tuple[int, int]], seed: int = 7) -> dict[int, tuple[float, float]]:
    """Canvas coordinates for every node, components packed side by side.

    Args:
        node_ids: every node.
        edges: (source, target) pairs; direction and multiplicity are ignored.
        seed: random seed, so the same graph always gets the same picture.

    Returns:
        ``{node: (x, y)}`` in canvas pixels, roughly ``NODE_SPACING`` between neighbours.

    Example:
        >>> sorted(compute_layout([0, 1], [(0, 1)]))
        [0, 1]
    """
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(node_ids)
    graph.add_edges_from((a, b) for a, b in edges if a != b)
    components = sorted(nx.connected_components(graph), key=lambda c: (-len(c), min(c)))
    shapes: dict = {}  # spring layouts by shape, shared by the components of one graph
    boxes = [_layout_component(graph.subgraph(c), seed, shapes) for c in components if len(c) > 1]
    loners = sorted(n for c in components if len(c) == 1 for n in c)
    if loners:
        boxes.append(_grid(loners))
    return _pack(boxes)


def _grid(nodes: list[int]) -> dict[int, tuple[float, float]]:
    """Nodes without relations, in a square grid (a row of them would stretch the picture)."""
    side = math.ceil(math.sqrt(len(nodes) / 2))  # twice as wide as tall: labels are wide
    return {node: ((i % (2 * side)) * NODE_SPACING * 2, (i // (2 * side)) * NODE_SPACING) for i, node in enumerate(nodes)}


def _layout_component(graph, seed: int, shapes: dict) -> dict[int, tuple[float, float]]:
    """Lay out one connected component around (0, 0), in canvas pixels."""
    import numpy as np

    nodes = sorted(graph)
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    if len(nodes) <= EXACT_LAYOUT_LIMIT:
        raw = _spring_layout(graph, seed, shapes)
        coords = np.array([raw[n] for n in nodes], dtype=float)
    else:
        coords = _sampled_force_layout(nodes, list(graph.edges()), seed)
    coords -= coords.mean(axis=0)
    scale = NODE_SPACING / max(_typical_gap(coords, seed), 1e-9)
    return {n: (float(x) * scale, float(y) * scale) for n, (x, y) in zip(nodes, coords)}


def _spring_layout(graph, seed: int, shapes: dict) -> dict:
    """networkx's spring layout of ``graph``, computed once per shape in ``shapes``.

    Most components of a corpus's graph are a few small shapes (pairs, paths of three, stars),
    and the layout depends only on the shape, the order networkx lists the nodes in and the
    seed: reusing it gives the very same coordinates for a fraction of the time.
    """
    import networkx as nx

    order = list(graph)
    index = {node: i for i, node in enumerate(order)}
    shape = (len(order), frozenset(tuple(sorted((index[a], index[b]))) for a, b in graph.edges()))
    if shape not in shapes:
        raw = nx.spring_layout(graph, seed=seed, iterations=100)
        shapes[shape] = [raw[node] for node in order]
    return dict(zip(order, shapes[shape]))


def _typical_gap(coords, seed: int, sample: int = 300) -> float:
    """Median distance from a node to its nearest neighbour (over a sample of nodes).

    Scaling layouts by this gap, rather than by edge length, keeps labels apart in dense parts
    whatever the algorithm's units.
    """
    import numpy as np

    rng = np.random.default_rng(seed)
    picked = rng.choice(len(coords), size=min(sample, len(coords)), replace=False)
    distance = np.linalg.norm(coords[picked, None, :] - coords[None, :, :], axis=2)
    distance[distance == 0] = np.inf
    return float(np.median(distance.min(axis=1)))


def _sampled_force_layout(nodes: list[int], edges: list[tuple[int, int]], seed: int, iterations: int = 100):
    """Fruchterman-Reingold with repulsion estimated from ``samples`` random nodes per node.

    Cost per iteration is O(nodes * samples + edges) instead of O(nodes²).
    """
    import numpy as np

    rng = np.random.default_rng(seed)
    n = len(nodes)
    samples = min(24, n - 1)
    index = {node: i for i, node in enumerate(nodes)}
    source = np.array([index[a] for a, _ in edges])
    target = np.array([index[b] for _, b in edges])
    k = 1.0  # ideal edge length
    pos = rng.uniform(-1.0, 1.0, size=(n, 2)) * math.sqrt(n) * k
    temperature = math.sqrt(n) * k * 0.25
    cooling = (0.01) ** (1.0 / iterations)  # end at 1% of the starting step
    for _ in range(iterations):
        others = rng.integers(0, n, size=(n, samples))
        delta = pos[:, None, :] - pos[others]
        dist2 = np.maximum((delta**2).sum(axis=2), 1e-4)
        displacement = (delta / dist2[:, :, None]).sum(axis=1) * (k * k * (n - 1) / samples)
        spring = pos[source] - pos[target]
        pull = spring * np.linalg.norm(spring, axis=1)[:, None] / k
        for axis in (0, 1):  # bincount sums per node far faster than np.add.at
            displacement[:, axis] += np.bincount(target, pull[:, axis], n) - np.bincount(source, pull[:, axis], n)
        displacement -= pos * (GRAVITY / k)  # gentle gravity keeps stray parts near the centre
        length = np.maximum(np.linalg.norm(displacement, axis=1), 1e-9)
        pos += displacement * (np.minimum(length, temperature) / length)[:, None]
        temperature *= cooling
    return pos


def _pack(boxes: list[dict[int, tuple[float, float]]]) -> dict[int, tuple[float, float]]:
    """Place component layouts in rows (shelf packing), largest first, in a roughly square block."""
    extents = []
    for box in boxes:
        xs = [x for x, _ in box.values()]
        ys = [y for _, y in box.values()]
        extents.append((min(xs), min(ys), max(xs) - min(xs) + NODE_SPACING, max(ys) - min(ys) + NODE_SPACING))
    total_area = sum(w * h for _, _, w, h in extents)
    row_width = max(math.sqrt(total_area) * 1.2, max((w for *_, w, _ in extents), default=0.0))
    positions: dict[int, tuple[float, float]] = {}
    x_cursor = y_cursor = row_height = 0.0
    for box, (left, top, width, height) in zip(boxes, extents):
        if x_cursor > 0 and x_cursor + width > row_width:
            x_cursor, y_cursor, row_height = 0.0, y_cursor + row_height, 0.0
        for node, (x, y) in box.items():
            positions[node] = (x - left + x_cursor, y - top + y_cursor)
        x_cursor += width
        row_height = max(row_height, height)
    return positions
