"""How the page looks: colour by community, shape by ontology class, and vis-network's options.

Colour says which community a node belongs to (the structure one sees first); shape says its
class, so the type filter and the community legend read independently. Concepts stay small grey
dots whatever their community.
"""

from __future__ import annotations

import colorsys

__all__ = [
    "KIND_ORDER",
    "KIND_SHAPES",
    "COMMUNITY_COLOURS",
    "OTHER_COMMUNITY",
    "LARGE_GRAPH",
    "NODE_SIZES",
    "LABEL_SIZES",
    "kind_shape",
    "community_colour",
    "group_name",
    "legend_order",
    "vis_options",
]

#: Classes in the order the type legend lists them; others follow by name, Concept last.
KIND_ORDER = ("Person", "Organization", "Country", "Place", "Group", "Event", "Work", "Product", "Law", "Entity", "Other")
CONCEPT_COLOUR = "#c3c8cf"

#: Fill colour of the named communities, largest first (Tableau 10 without its grey, and a dark
#: slate): ten hues told apart at a glance.
COMMUNITY_COLOURS = (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
    "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#3d4a5c",
)  # fmt: skip
#: The colour of entities in no named community (smaller ones, or none).
OTHER_COMMUNITY = "#aab3bf"

#: Node shape per ontology class; vis-network draws the label under each of these shapes.
KIND_SHAPES = {
    "Person": "dot",
    "Organization": "square",
    "Country": "diamond",
    "Place": "triangle",
    "Group": "hexagon",
    "Event": "star",
    "Work": "triangleDown",
}

#: (smallest, largest) node radius and label size in canvas pixels, scaled by importance.
NODE_SIZES = (7, 34)
LABEL_SIZES = (14, 28)

#: From this many nodes on, a page hides edges while panning and shows only the bigger labels
#: until the user zooms in, so it stays fluid.
LARGE_GRAPH = 1000


def vis_options(node_count: int, groups: set[str]) -> dict:
    """vis-network options: precomputed positions, labels that scale with importance, and a
    style for each ``group_name`` in ``groups``."""
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
            "scaling": {
                "min": NODE_SIZES[0],
                "max": NODE_SIZES[1],
                "label": {"enabled": True, "min": LABEL_SIZES[0], "max": LABEL_SIZES[1], "drawThreshold": 8, "maxVisible": 24},
            },
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.55}},
            "color": {"color": "#a3acb9", "highlight": "#2f6fb3", "hover": "#2f6fb3", "inherit": False},
            # Horizontal, not along the edge: vis-network 9.1 draws a 'middle' label of an exactly
            # horizontal edge at the canvas origin, and the overview's spacing makes some.
            "font": {"size": 11, "face": font, "color": "#52606d", "strokeWidth": 3, "strokeColor": "#ffffff", "align": "horizontal"},
            "scaling": {"min": 1, "max": 8, "label": {"enabled": False, "drawThreshold": 6}},
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
        "groups": _vis_groups(groups),
    }


def group_name(community: int | None, kind: str) -> str:
    """The vis-network group of a node: its community's colour and its class's shape.

    ``community`` is the index of a named community, or None for the rest.
    """
    if kind == "Concept":
        return "Concept"
    return f"{'c' + str(community) if community is not None else 'other'}|{kind}"


def kind_shape(kind: str) -> str:
    """The shape a class is drawn with (a dot for classes without one of their own)."""
    return KIND_SHAPES.get(kind, "dot")


def community_colour(community: int | None) -> str:
    """The colour of a named community (by index), or OTHER_COMMUNITY."""
    return COMMUNITY_COLOURS[community % len(COMMUNITY_COLOURS)] if community is not None else OTHER_COMMUNITY


def _vis_groups(groups: set[str]) -> dict:
    """Style per (community, class) group, shared by its nodes (far cheaper for vis-network than
    per-node styles)."""
    styled = {}
    for name in sorted(groups):
        if name == "Concept":
            colour, shape = CONCEPT_COLOUR, "dot"
        else:
            community, kind = name.split("|", 1)
            colour = community_colour(None if community == "other" else int(community[1:]))
            shape = kind_shape(kind)
        styled[name] = {
            "shape": shape,
            "color": {
                "background": colour,
                "border": shade(colour, 0.72),
                "highlight": {"background": shade(colour, 1.15), "border": "#1a202c"},
                "hover": {"background": shade(colour, 1.1), "border": "#1a202c"},
            },
        }
    if "Concept" in styled:
        # Concept labels are often long phrases: grey, and only drawn once zoomed in.
        styled["Concept"]["font"] = {"color": "#616e7c"}
        styled["Concept"]["scaling"] = {
            "min": 7,
            "max": 34,
            "label": {"enabled": True, "min": 10, "max": 13, "drawThreshold": 7, "maxVisible": 14},
        }
    return styled


def legend_order(item: tuple[str, int]) -> tuple:
    """Sort key of a (class, count) legend entry: KIND_ORDER, other classes by name, Concept last."""
    kind = item[0]
    if kind == "Concept":
        return (2, 0, kind)
    return (0, KIND_ORDER.index(kind), kind) if kind in KIND_ORDER else (1, 0, kind)


def shade(colour: str, factor: float) -> str:
    """The colour with its lightness scaled by ``factor`` (darker below 1)."""
    r, g, b = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    h, lightness, s = colorsys.rgb_to_hls(r, g, b)
    r, g, b = colorsys.hls_to_rgb(h, max(0.0, min(1.0, lightness * factor)), s)
    return "#{:02x}{:02x}{:02x}".format(round(r * 255), round(g * 255), round(b * 255))
