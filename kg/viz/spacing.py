"""Push the overview's nodes apart until no two node-and-label boxes overlap.

A spring layout spaces nodes evenly, but the overview's hubs are drawn large with large labels,
and their neighbours crowd round them: the labels at the centre of the first view overlapped.
Each node here gets the box vis-network will draw it in (its shape, and its label beneath, both
sized by importance the way the page's scaling options size them), and overlapping boxes are
pushed apart along the line between their centres, a few hundred rounds at most. The result
does not depend on the zoom: overlap-free on the canvas is overlap-free on screen.
"""

from __future__ import annotations

__all__ = ["node_boxes", "separate_boxes"]

#: A label's width per character, as a share of its font size (a sans-serif's average).
CHARACTER_WIDTH = 0.56
#: Share of its push a node takes each round: small steps end tighter than big ones.
SPEED = 1.0
#: Space kept between boxes, in canvas pixels.
MARGIN = 10.0


def node_boxes(labels: dict[int, str], values: dict[int, float], size: tuple[float, float], font: tuple[float, float]) -> dict[int, tuple[float, float, float, float]]:
    """The box each node and its label take, relative to the node's centre.

    Args:
        labels: the text drawn under each node.
        values: each node's vis-network ``value``; sizes scale linearly between the smallest
            and largest, as vis-network's default scaling does.
        size: (smallest, largest) node radius, vis-network's ``scaling.min`` and ``max``.
        font: (smallest, largest) label size, ``scaling.label.min`` and ``max``.

    Returns:
        ``{node: (left, top, right, bottom)}`` offsets from the node's centre, in canvas pixels.

    Example:
        >>> node_boxes({0: "a"}, {0: 1.0}, (7, 34), (14, 28))[0]
        (-7.0, -7.0, 7.0, 28.0)
    """
    low, high = min(values.values(), default=0.0), max(values.values(), default=0.0)
    boxes = {}
    for node, label in labels.items():
        share = (values[node] - low) / (high - low) if high > low else 0.0
        radius = size[0] + share * (size[1] - size[0])
        font_size = font[0] + share * (font[1] - font[0])
        half_width = max(radius, CHARACTER_WIDTH * font_size * len(label) / 2)
        boxes[node] = (-half_width, -radius, half_width, round(radius + 1.5 * font_size, 6))
    return boxes


def separate_boxes(positions: dict[int, tuple[float, float]], boxes: dict[int, tuple[float, float, float, float]], rounds: int = 300) -> dict[int, tuple[float, float]]:
    """Push overlapping node boxes apart, a little each round, until none overlap.

    Args:
        positions: node centres in canvas pixels.
        boxes: each node's box, relative to its centre (see ``node_boxes``).
        rounds: at most this many rounds of pushing every overlapping pair apart.

    Returns:
        New centres; deterministic (no randomness, ties broken by node order).

    Example:
        >>> moved = separate_boxes({0: (0.0, 0.0), 1: (1.0, 0.0)}, {0: (-5, -5, 5, 5), 1: (-5, -5, 5, 5)})
        >>> moved[1][0] - moved[0][0] >= 10
        True
    """
    import numpy as np

    nodes = sorted(positions)
    if len(nodes) < 2:
        return dict(positions)
    centre = np.array([positions[n] for n in nodes], dtype=float)
    box = np.array([boxes[n] for n in nodes], dtype=float)
    order = np.arange(len(nodes), dtype=float)
    for _ in range(rounds):
        left, top = centre[:, 0] + box[:, 0] - MARGIN / 2, centre[:, 1] + box[:, 1] - MARGIN / 2
        right, bottom = centre[:, 0] + box[:, 2] + MARGIN / 2, centre[:, 1] + box[:, 3] + MARGIN / 2
        overlap_x = np.minimum(right[:, None], right[None, :]) - np.maximum(left[:, None], left[None, :])
        overlap_y = np.minimum(bottom[:, None], bottom[None, :]) - np.maximum(top[:, None], top[None, :])
        clash = (overlap_x > 0) & (overlap_y > 0)
        np.fill_diagonal(clash, False)
        if not clash.any():
            break
        # Each pair parts along the line between their centres (so the layout keeps its shape),
        # just far enough to clear the overlap on one axis; each node moves half of that.
        dx = centre[:, 0][:, None] - centre[:, 0][None, :]
        dy = centre[:, 1][:, None] - centre[:, 1][None, :]
        same = clash & (np.abs(dx) + np.abs(dy) < 1e-9)
        dx = np.where(same, np.sign(order[:, None] - order[None, :]), dx)  # same spot: by order
        length = np.maximum(np.hypot(dx, dy), 1e-9)
        ux, uy = dx / length, dy / length
        with np.errstate(divide="ignore"):
            step = np.minimum(overlap_x / np.abs(ux), overlap_y / np.abs(uy))
        step = np.where(clash, np.minimum(step, overlap_x + overlap_y) * 0.5 + 0.5, 0.0)
        # A node in many clashes at once takes a fraction of each push, or a crowded centre
        # would scatter far wider than it needs to.
        crowd = np.maximum(clash.sum(axis=1), 1)[:, None]
        centre[:, 0] += (ux * step / crowd).sum(axis=1) * SPEED
        centre[:, 1] += (uy * step / crowd).sum(axis=1) * SPEED
    return {n: (round(float(x), 1), round(float(y), 1)) for n, (x, y) in zip(nodes, centre)}
