"""kg.viz.style: class colours, legend order, vis-network options."""

from __future__ import annotations

from kg.viz.style import KIND_COLOURS, LARGE_GRAPH, kind_colours, legend_order, vis_options


def test_classes_outside_the_palette_get_their_own_colours():
    colours = kind_colours({"Person", "Treaty", "Vessel"})
    assert colours["Person"] == KIND_COLOURS["Person"]
    assert len({colours["Treaty"], colours["Vessel"], *KIND_COLOURS.values()}) == len(KIND_COLOURS) + 2


def test_legend_lists_known_classes_first_and_concepts_last():
    entries = [("Concept", 9), ("Vessel", 1), ("Country", 2), ("Person", 3)]
    assert [k for k, _ in sorted(entries, key=legend_order)] == ["Person", "Country", "Vessel", "Concept"]


def test_pages_start_without_physics_and_large_ones_hide_edges_while_moving():
    small, large = vis_options(10, KIND_COLOURS), vis_options(LARGE_GRAPH, KIND_COLOURS)
    assert small["physics"]["enabled"] is False and large["physics"]["enabled"] is False
    assert small["interaction"]["hideEdgesOnDrag"] is False
    assert large["interaction"]["hideEdgesOnDrag"] is True
    assert set(small["groups"]) == set(KIND_COLOURS)
