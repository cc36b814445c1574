"""How the page looks: a colour per ontology class, and vis-network's options."""

from __future__ import annotations

import colorsys

__all__ = ["KIND_COLOURS", "LARGE_GRAPH", "kind_colours", "legend_order", "vis_options"]

#: Fill colour per ontology class (Tableau 10); classes not listed take EXTRA_COLOURS in turn.
KIND_COLOURS = {
    "Person": "#4e79a7",
    "Organization": "#f28e2b",
    "Country": "#e15759",
    "Place": "#76b7b2",
    "Group": "#59a14f",
    "Event": "#edc948",
    "Work": "#b07aa1",
    "Product": "#ff9da7",
    "Law": "#9c755f",
    "Entity": "#86bcb6",
    "Other": "#79706e",
    "Concept": "#c3c8cf",
}
EXTRA_COLOURS = ("#8cd17d", "#b6992d", "#499894", "#d37295", "#a0cbe8", "#ffbe7d")

#: From this many nodes on, a page hides edges while panning and shows only the bigger labels
#: until the user zooms in, so it stays fluid.
LARGE_GRAPH = 1000


def vis_options(node_count: int, colours: dict[str, str]) -> dict:
    """vis-network options: precomputed positions, labels that scale with importance."""
    big = node_count >= LARGE_GRAPH
    # Physics starts off whatever the size: the layout is precomputed, so the page is usable at
    # once and nothing drifts while one reads; the toolbar's Physics button turns it on.
    physics = {
        "enabled": False,
        "solver": "forceAtlas2Based",
        "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 110, "avoidOverlap": 0.3},
        "stabilization": {"enabled": False},
    }
    font = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
    return {
        "autoResize": True,
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "nodes": {
            "shape": "dot",
            "borderWidth": 1.5,
            "font": {"size": 14, "face": font, "color": "#1f2933", "strokeWidth": 4, "strokeColor": "#ffffff"},
            "scaling": {"min": 7, "max": 34, "label": {"enabled": True, "min": 14, "max": 28, "drawThreshold": 8, "maxVisible": 24}},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.55}},
            "color": {"color": "#a3acb9", "highlight": "#2f6fb3", "hover": "#2f6fb3", "inherit": False},
            "font": {"size": 11, "face": font, "color": "#52606d", "strokeWidth": 3, "strokeColor": "#ffffff", "align": "middle"},
            "scaling": {"min": 1, "max": 5, "label": {"enabled": False, "drawThreshold": 6}},
            "smooth": False,
            "selectionWidth": 1.5,
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
        },
        "physics": physics,
        "groups": _vis_groups(colours),
    }


def _vis_groups(colours: dict[str, str]) -> dict:
    """Style per class, shared by its nodes (far cheaper for vis-network than per-node styles)."""
    groups = {
        kind: {
            "color": {
                "background": colour,
                "border": shade(colour, 0.72),
                "highlight": {"background": shade(colour, 1.15), "border": "#1a202c"},
                "hover": {"background": shade(colour, 1.1), "border": "#1a202c"},
            }
        }
        for kind, colour in colours.items()
    }
    # Concept labels are often long phrases: grey, and only drawn once zoomed in.
    groups["Concept"]["font"] = {"color": "#616e7c"}
    groups["Concept"]["scaling"] = {
        "min": 7,
        "max": 34,
        "label": {"enabled": True, "min": 10, "max": 13, "drawThreshold": 7, "maxVisible": 14},
    }
    return groups


def legend_order(item: tuple[str, int]) -> tuple:
    """Sort key of a (class, count) legend entry: KIND_COLOURS' order, other classes by name,
    Concept last."""
    kind = item[0]
    if kind == "Concept":
        return (2, 0, kind)
    known = list(KIND_COLOURS)
    return (0, known.index(kind), kind) if kind in known else (1, 0, kind)


def kind_colours(kinds: set[str]) -> dict[str, str]:
    """KIND_COLOURS, plus a colour for each further class in ``kinds``."""
    colours = dict(KIND_COLOURS)
    extra = sorted(kinds - set(colours))
    for i, kind in enumerate(extra):
        colours[kind] = EXTRA_COLOURS[i % len(EXTRA_COLOURS)]
    return colours


def shade(colour: str, factor: float) -> str:
    """The colour with its lightness scaled by ``factor`` (darker below 1)."""
    r, g, b = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    h, lightness, s = colorsys.rgb_to_hls(r, g, b)
    r, g, b = colorsys.hls_to_rgb(h, max(0.0, min(1.0, lightness * factor)), s)
    return "#{:02x}{:02x}{:02x}".format(round(r * 255), round(g * 255), round(b * 255))
