"""kg.viz.style: community colours, class shapes, legend order, vis-network options."""

from __future__ import annotations

from kg.viz.style import COMMUNITY_COLOURS, LARGE_GRAPH, OTHER_COMMUNITY, group_name, kind_shape, legend_order, vis_options


def test_named_communities_get_distinct_colours_and_the_rest_one_neutral_colour():
    assert len(set(COMMUNITY_COLOURS)) == len(COMMUNITY_COLOURS) and OTHER_COMMUNITY not in COMMUNITY_COLOURS
    groups = vis_options(10, {group_name(0, "Person"), group_name(1, "Person"), group_name(None, "Person")})["groups"]
    fills = [groups[name]["color"]["background"] for name in ("c0|Person", "c1|Person", "other|Person")]
    assert fills == [COMMUNITY_COLOURS[0], COMMUNITY_COLOURS[1], OTHER_COMMUNITY]


def test_shape_says_the_class_and_concepts_keep_their_own_group():
    groups = vis_options(10, {group_name(0, "Person"), group_name(0, "Country"), group_name(3, "Concept")})["groups"]
    assert set(groups) == {"c0|Person", "c0|Country", "Concept"}
    assert groups["c0|Person"]["shape"] == "dot" and groups["c0|Country"]["shape"] == "diamond"
    assert groups["c0|Person"]["color"] == groups["c0|Country"]["color"]
    assert kind_shape("Vessel") == "dot"


def test_legend_lists_known_classes_first_and_concepts_last():
    entries = [("Concept", 9), ("Vessel", 1), ("Country", 2), ("Person", 3)]
    assert [k for k, _ in sorted(entries, key=legend_order)] == ["Person", "Country", "Vessel", "Concept"]


def test_pages_start_without_physics_and_large_ones_hide_edges_while_moving():
    small, large = vis_options(10, set()), vis_options(LARGE_GRAPH, set())
    assert small["physics"]["enabled"] is False and large["physics"]["enabled"] is False
    assert small["interaction"]["hideEdgesOnDrag"] is False
    assert large["interaction"]["hideEdgesOnDrag"] is True
