"""kg.viz.spacing: the overview's node-and-label boxes pushed apart."""

from __future__ import annotations

import random

from kg.viz.spacing import node_boxes, separate_boxes


def _overlaps(positions, boxes):
    placed = [(x + b[0], y + b[1], x + b[2], y + b[3]) for (x, y), b in ((positions[n], boxes[n]) for n in sorted(positions))]
    return sum(
        1
        for i, a in enumerate(placed)
        for b in placed[i + 1 :]
        if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
    )


def test_a_crowded_centre_ends_without_overlapping_labels_and_the_same_each_time():
    rng = random.Random(4)
    positions = {i: (rng.uniform(-60, 60), rng.uniform(-60, 60)) for i in range(60)}
    labels = {i: f"Entity number {i}" for i in positions}
    values = {i: rng.uniform(1, 11) for i in positions}
    boxes = node_boxes(labels, values, (7, 34), (14, 28))
    assert _overlaps(positions, boxes) > 100
    moved = separate_boxes(positions, boxes)
    assert _overlaps(moved, boxes) == 0
    assert moved == separate_boxes(positions, boxes)


def test_bigger_nodes_get_bigger_boxes_and_long_labels_wider_ones():
    boxes = node_boxes({0: "a", 1: "a", 2: "a much longer label"}, {0: 1.0, 1: 11.0, 2: 1.0}, (7, 34), (14, 28))
    assert boxes[1][3] > boxes[0][3] and boxes[1][2] > boxes[0][2]
    assert boxes[2][2] > boxes[0][2]
