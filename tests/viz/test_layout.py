"""kg.viz.layout: importance and precomputed positions."""

from __future__ import annotations

import math
import random

from kg.viz.layout import EXACT_LAYOUT_LIMIT, NODE_SPACING, compute_layout, rank_nodes


def _random_edges(nodes: int, edges: int, seed: int) -> list[tuple[int, int]]:
    rng = random.Random(seed)
    found = set()
    while len(found) < edges:
        a, b = rng.randrange(nodes), rng.randrange(nodes)
        if a != b:
            found.add((a, b))
    return sorted(found)


def test_hub_ranks_above_its_leaves_and_isolated_nodes_rank_zero():
    ranks = rank_nodes([0, 1, 2, 3, 4], [(0, 1), (0, 2), (3, 0)])
    assert ranks[0] > ranks[1] == ranks[2] == ranks[3] > ranks[4] == 0


def test_every_node_gets_a_finite_position_including_isolated_ones():
    positions = compute_layout(list(range(6)), [(0, 1), (1, 2)])
    assert sorted(positions) == list(range(6))
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in positions.values())
    assert len(set(positions.values())) == 6


def test_layout_is_the_same_for_the_same_graph():
    edges = _random_edges(60, 90, seed=1)
    assert compute_layout(list(range(60)), edges) == compute_layout(list(range(60)), edges)


def _bounding_box(positions, nodes):
    xs = [positions[n][0] for n in nodes]
    ys = [positions[n][1] for n in nodes]
    return min(xs), min(ys), max(xs), max(ys)


def test_components_are_packed_without_overlapping():
    # two triangles and a path
    edges = [(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3), (6, 7), (7, 8)]
    positions = compute_layout(list(range(9)), edges)
    boxes = [_bounding_box(positions, c) for c in ((0, 1, 2), (3, 4, 5), (6, 7, 8))]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1]


def test_large_component_is_spread_so_nodes_keep_apart():
    nodes = EXACT_LAYOUT_LIMIT * 3  # beyond the exact layout: the sampled force layout
    edges = _random_edges(nodes, nodes * 2, seed=2)
    positions = compute_layout(list(range(nodes)), edges)
    points = list(positions.values())
    nearest = sorted(
        min(math.dist(p, q) for j, q in enumerate(points) if j != i) for i, p in enumerate(points[:200])
    )
    median = nearest[len(nearest) // 2]
    assert 0.5 * NODE_SPACING < median < 2 * NODE_SPACING
    assert nearest[len(nearest) // 10] > 0.2 * NODE_SPACING  # few nodes sit on top of another
