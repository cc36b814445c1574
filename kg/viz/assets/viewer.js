// kg viewer: side panel, search, filters and neighbourhood view over the vis-network graph.
// Globals set by the page: nodes, edges (vis.DataSet), options, kgData (evidence); this script
// creates the global network (vis.Network).
// Every text from the graph goes through textContent, never innerHTML: sentences hold <, & and quotes.
(function () {
  "use strict";

  var S = kgData.statements;
  var D = kgData.documents;
  var N = kgData.nodes;
  var E = kgData.edges;
  // Every node and edge as vis-network draws it; the DataSets hold only what is drawn now.
  var VN = kgData.visNodes;
  var VE = kgData.visEdges;
  var incident = {};  // node id -> ids of its edges, over the whole graph
  Object.keys(E).forEach(function (edgeId) {
    var e = E[edgeId];
    (incident[e.from] = incident[e.from] || []).push(Number(edgeId));
    if (e.to !== e.from) (incident[e.to] = incident[e.to] || []).push(Number(edgeId));
  });
  function neighbours(id) {
    return (incident[id] || []).map(function (edgeId) { var e = E[edgeId]; return e.from === id ? e.to : e.from; });
  }
  // Adds the nodes not drawn yet, and every edge between two drawn nodes they bring.
  // With a centre, the new nodes are placed afresh in rings around it (ring = ``depth[id]``, or 1),
  // not where the whole graph's layout put them.
  function draw(ids, centre, depth) {
    var newNodes = ids.filter(function (id) { return VN[id] !== undefined && nodes.get(id) === null; });
    if (!newNodes.length) return;
    var placed = newNodes.map(function (id) { return VN[id]; });
    if (centre !== undefined && nodes.get(centre) !== null) {
      var middle = network.getPositions([centre])[centre] || { x: VN[centre].x, y: VN[centre].y };
      var rings = {};
      placed.forEach(function (node) {
        if (node.id === centre) return;
        var ring = depth ? Math.max(depth[node.id] || 1, 1) : 1;
        (rings[ring] = rings[ring] || []).push(node);
      });
      placed = placed.map(function (node) { return Object.assign({}, node); });
      var byId = {};
      placed.forEach(function (node) { byId[node.id] = node; });
      Object.keys(rings).forEach(function (ring) {
        var members = rings[ring];
        var radius = 140 * ring + 6 * members.length;
        members.forEach(function (node, i) {
          var angle = 2 * Math.PI * i / members.length + 0.4 * ring;
          byId[node.id].x = middle.x + radius * Math.cos(angle);
          byId[node.id].y = middle.y + radius * Math.sin(angle);
        });
      });
    }
    nodes.add(placed);
    var newEdges = {};
    newNodes.forEach(function (id) {
      (incident[id] || []).forEach(function (edgeId) {
        var e = E[edgeId];
        if (nodes.get(e.from) !== null && nodes.get(e.to) !== null && edges.get(edgeId) === null) newEdges[edgeId] = true;
      });
    });
    edges.add(Object.keys(newEdges).map(function (edgeId) { return VE[edgeId]; }));
  }
  // community: the legend entry picked (its index, "other" for the rest), or undefined for all.
  var state = { kinds: {}, document: "", minConfidence: 0, focus: null, shown: {}, showBe: false, community: undefined };
  var panel = document.getElementById("kg-panel");
  var panelBody = document.getElementById("kg-panel-body");

  kgData.kinds.forEach(function (k) { state.kinds[k.name] = true; });
  function showOverview() {
    var keep = {};
    kgData.overview.forEach(function (id) { keep[id] = true; });
    var drop = nodes.getIds().filter(function (id) { return !keep[id]; });
    if (drop.length) {
      nodes.remove(drop);
      edges.remove(edges.getIds({ filter: function (e) { return !keep[e.from] || !keep[e.to]; } }));
    }
    nodes.update(nodes.getIds().map(function (id) { return { id: id, x: VN[id].x, y: VN[id].y }; }));
    draw(kgData.overview);
  }

  // ---- small DOM helpers -------------------------------------------------------------------
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function kindShape(name) {
    for (var i = 0; i < kgData.kinds.length; i++) if (kgData.kinds[i].name === name) return kgData.kinds[i].shape;
    return "dot";
  }
  function communityOf(id) {
    var c = N[id].c;
    for (var i = 0; i < kgData.communities.length; i++) if (kgData.communities[i].index === c) return kgData.communities[i];
    return null;
  }
  // A small SVG of a vis-network shape, so the type legend shows what the graph draws.
  var SHAPES = {
    dot: '<circle cx="7" cy="7" r="5.5"/>',
    square: '<rect x="1.8" y="1.8" width="10.4" height="10.4"/>',
    diamond: '<polygon points="7,0.8 13.2,7 7,13.2 0.8,7"/>',
    triangle: '<polygon points="7,1 13,12.5 1,12.5"/>',
    triangleDown: '<polygon points="1,1.5 13,1.5 7,13"/>',
    hexagon: '<polygon points="3.8,1.5 10.2,1.5 13.2,7 10.2,12.5 3.8,12.5 0.8,7"/>',
    star: '<polygon points="7,0.5 8.8,5 13.5,5.2 9.8,8.2 11.1,13 7,10.3 2.9,13 4.2,8.2 0.5,5.2 5.2,5"/>'
  };
  function shapeIcon(shape, colour) {
    var icon = el("span", "kg-shape");
    // The markup is ours (SHAPES), never text from the graph.
    icon.innerHTML = '<svg viewBox="0 0 14 14" width="13" height="13" aria-hidden="true">' + (SHAPES[shape] || SHAPES.dot) + "</svg>";
    icon.firstChild.style.fill = colour;
    return icon;
  }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  // ---- header: stats, documents, legend -----------------------------------------------------
  var tripleCount = Object.keys(E).reduce(function (n, id) { return n + E[id].triples.length; }, 0);
  function fillHeader() {
    var stats = document.getElementById("kg-stats");
    stats.textContent =
      plural(Object.keys(N).length, "node") + " · " + plural(tripleCount, "relation") + " · " + plural(D.length, "document");
    if (kgData.trimmed) {  // a graph larger than a page: the most mentioned nodes are here
      stats.textContent += " · the " + kgData.trimmed.nodes.toLocaleString("en") + " most mentioned of " +
        kgData.trimmed.of.toLocaleString("en") + " nodes";
      stats.title = "The graph is larger than one page holds. kg viz GRAPH --focus NAME draws the neighbourhood of any entity.";
    }
    var select = document.getElementById("kg-document");
    var order = D.map(function (d, i) { return i; }).sort(function (a, b) {
      return (D[b].date || "").localeCompare(D[a].date || "") || D[a].title.localeCompare(D[b].title);
    });
    order.forEach(function (i) {
      var option = el("option", null, (D[i].date ? D[i].date + " — " : "") + D[i].title);
      option.value = String(i);
      select.appendChild(option);
    });
    var names = document.getElementById("kg-names");
    var seen = {};
    // Suggestions: the most mentioned names (search itself matches every entity).
    Object.keys(N).sort(function (a, b) { return N[b].mentions - N[a].mentions; }).slice(0, 2000).forEach(function (id) {
      var label = N[id].label;
      if (seen[label]) return;
      seen[label] = true;
      var option = document.createElement("option");
      option.value = label;
      names.appendChild(option);
    });
    var legend = document.getElementById("kg-legend-items");
    kgData.kinds.forEach(function (k) {
      var item = el("li");
      var label = el("label");
      var box = el("input");
      box.type = "checkbox";
      box.checked = true;
      box.dataset.kind = k.name;
      box.addEventListener("change", function () { state.kinds[k.name] = box.checked; applyFilters(); fitVisible(); });
      label.append(box, shapeIcon(k.shape, "#7b8794"), el("span", null, k.name), el("span", "kg-count", k.count));
      item.appendChild(label);
      legend.appendChild(item);
    });
    fillCommunities();
  }

  // The community legend: a button per community, named by its top entities; a click shows only
  // that community, a second click (or Overview) all of them again.
  function fillCommunities() {
    if (!kgData.communities.length) return;
    document.getElementById("kg-communities").hidden = false;
    var list = document.getElementById("kg-community-items");
    kgData.communities.forEach(function (c) {
      var key = c.index === null ? "other" : c.index;
      var item = el("li");
      var button = el("button", "kg-community");
      button.type = "button";
      button.dataset.community = String(key);
      button.setAttribute("aria-pressed", "false");
      button.title = "Show only this community (click again for all)";
      var swatch = el("span", "kg-swatch");
      swatch.style.background = c.colour;
      button.append(swatch, el("span", "kg-community-name", c.name), el("span", "kg-count", c.count));
      button.addEventListener("click", function () {
        pickCommunity(state.community === key ? undefined : key);
      });
      item.appendChild(button);
      list.appendChild(item);
    });
  }
  function pickCommunity(key) {
    state.community = key;
    document.querySelectorAll("#kg-community-items button").forEach(function (b) {
      b.setAttribute("aria-pressed", String(key !== undefined && b.dataset.community === String(key)));
    });
    if (key !== undefined) {
      // A community's members outside the first view are drawn too, so the filter shows all of it.
      var members = Object.keys(N).map(Number).filter(inCommunity);
      if (members.length <= 500) draw(members);
    }
    applyFilters();
    fitVisible();
  }
  function inCommunity(id) {
    if (state.community === undefined) return true;
    if (N[id].kind === "Concept") return false;
    return state.community === "other" ? N[id].c === null : N[id].c === state.community;
  }

  function fillLoners() {
    var box = document.getElementById("kg-loners");
    if (!kgData.loners.length) return;
    box.hidden = false;
    document.getElementById("kg-loners-count").textContent = String(kgData.loners.length);
    var list = document.getElementById("kg-loners-items");
    kgData.loners.forEach(function (id) {
      var item = el("li");
      item.appendChild(nodeLink(id, N[id].label + (N[id].mentions ? " (" + N[id].mentions + ")" : "")));
      list.appendChild(item);
    });
  }

  // ---- filters --------------------------------------------------------------------------------
  function statementPasses(i) {
    var s = S[i];
    if (state.document !== "" && String(s.doc) !== state.document) return false;
    return s.conf === null || s.conf >= state.minConfidence;
  }
  function filtering() { return state.document !== "" || state.minConfidence > 0; }

  // Shows what passes the type, document, confidence and neighbourhood filters; hides the rest.
  function applyFilters() {
    var evidenceFilter = filtering();
    var nodeVisible = {};
    nodes.getIds().forEach(function (id) {
      nodeVisible[id] = state.kinds[N[id].kind] !== false && (state.focus === null || state.focus[id] !== undefined) && inCommunity(id);
    });
    var hasEdge = {};
    var edgeUpdates = [];
    edges.forEach(function (edge) {
      var info = E[edge.id];
      var visible = nodeVisible[edge.from] && nodeVisible[edge.to] && (state.showBe || !info.be) &&
        (!evidenceFilter || (info.statements.length > 0 && info.statements.some(statementPasses)));
      if (visible) { hasEdge[edge.from] = true; hasEdge[edge.to] = true; }
      if (Boolean(edge.hidden) !== !visible) edgeUpdates.push({ id: edge.id, hidden: !visible });
    });
    var nodeUpdates = [];
    nodes.forEach(function (node) {
      var visible = nodeVisible[node.id] &&
        (!evidenceFilter || hasEdge[node.id] === true || N[node.id].statements.some(statementPasses));
      if (Boolean(node.hidden) !== !visible) nodeUpdates.push({ id: node.id, hidden: !visible });
    });
    if (nodeUpdates.length) nodes.update(nodeUpdates);
    if (edgeUpdates.length) edges.update(edgeUpdates);
    var banner = document.getElementById("kg-focus-banner");
    if (state.focus !== null) {
      banner.hidden = false;
      banner.textContent = "Neighbourhood of " + state.focusLabel + " (" + state.focusHops + " hops) — " +
        plural(Object.keys(state.focus).length, "node");
    } else {
      banner.hidden = true;
    }
  }

  function neighbourhood(start, hops) {
    var depth = {};
    depth[start] = 0;
    var queue = [start];
    while (queue.length) {
      var id = queue.shift();
      if (depth[id] >= hops) continue;
      neighbours(id).forEach(function (other) {
        if (depth[other] === undefined) { depth[other] = depth[id] + 1; queue.push(other); }
      });
    }
    return depth;
  }

  // Fits the view to what is drawn, so a filter never leaves a cloud of specks off-centre.
  function fitVisible() {
    var ids = nodes.getIds({ filter: function (n) { return !n.hidden; } });
    if (ids.length) network.fit({ nodes: ids, animation: { duration: 300 } });
  }

  function expandNeighbours(id) {
    var around = neighbours(id);
    if (state.focus !== null) {
      if (state.focus[id] === undefined) state.focus[id] = 0;
      around.forEach(function (other) { if (state.focus[other] === undefined) state.focus[other] = state.focus[id] + 1; });
    }
    if (nodes.get(id) === null) draw([id]);
    draw(around, id);
    applyFilters();
    fitVisible();
  }

  function showNeighbourhood(id) {
    var hops = parseInt(document.getElementById("kg-hops").value, 10);
    state.focusId = id;
    state.focus = neighbourhood(id, hops);
    // A neighbourhood is laid out afresh: rings by distance around the node.
    var members = Object.keys(state.focus).map(Number);
    if (nodes.get(id) === null) draw([id]);
    var moved = nodes.get(members.filter(function (m) { return m !== id; }), { filter: function (n) { return true; } });
    nodes.remove(moved.map(function (n) { return n.id; }));
    draw(members, id, state.focus);
    state.focusLabel = N[id].label;
    state.focusHops = hops;
    applyFilters();
    network.fit({ nodes: Object.keys(state.focus), animation: { duration: 400 } });
  }

  function resetView() {
    state.focus = null;
    showOverview();
    state.document = "";
    state.minConfidence = 0;
    document.getElementById("kg-document").value = "";
    document.getElementById("kg-confidence").value = "0";
    document.getElementById("kg-confidence-value").textContent = "0.00";
    Object.keys(state.kinds).forEach(function (k) { state.kinds[k] = true; });
    pickCommunity(undefined);
    document.querySelectorAll("#kg-legend-items input").forEach(function (box) { box.checked = true; });
    applyFilters();
    network.fit({ animation: { duration: 400 } });
  }

  // ---- side panel -------------------------------------------------------------------------------
  function openPanel() { panel.hidden = false; panelBody.scrollTop = 0; }
  function closePanel() { panel.hidden = true; }

  function nodeLink(id, label) {
    if (id === null || id === undefined || N[id] === undefined) return el("span", null, label);
    var button = el("button", "kg-link", label);
    button.type = "button";
    button.addEventListener("click", function () { selectNode(id, true); });
    return button;
  }

  function factItem(i) {
    var s = S[i];
    var item = el("li", "kg-fact" + (s.neg ? " kg-negated" : ""));
    item.dataset.statement = String(i);
    var triple = el("div", "kg-triple");
    if (s.neg) triple.appendChild(el("span", "kg-not", "not"));
    triple.append(nodeLink(s.s, s.sl), " ", el("span", "kg-pred", s.p), " ", nodeLink(s.o, s.ol));
    item.appendChild(triple);
    if (s.args.length) {
      var args = el("div", "kg-args");
      s.args.forEach(function (a, j) {
        if (j) args.append(" · ");
        args.append(a[0] ? a[0] + " " : "", nodeLink(a[2], a[1]));
      });
      item.appendChild(args);
    }
    if (s.text) item.appendChild(el("blockquote", "kg-sentence", s.text));
    var source = el("div", "kg-source");
    var parts = [];
    if (s.doc !== null && D[s.doc]) {
      parts.push(D[s.doc].title);
      if (D[s.doc].date) parts.push(D[s.doc].date);
    }
    if (s.mod) parts.push(s.mod);
    source.textContent = parts.join(" · ");
    if (s.conf !== null) {
      source.append(parts.length ? " · " : "", el("span", "kg-conf", "confidence " + s.conf.toFixed(2)));
    }
    item.appendChild(source);
    return item;
  }

  function factList(statementIds, limit) {
    var list = el("ul", "kg-facts");
    var shown = statementIds.filter(statementPasses);
    shown.slice(0, limit).forEach(function (i) { list.appendChild(factItem(i)); });
    var wrapper = el("div");
    wrapper.appendChild(list);
    if (shown.length > limit) wrapper.appendChild(el("div", "kg-muted", "… and " + (shown.length - limit) + " more"));
    if (shown.length < statementIds.length) {
      wrapper.appendChild(el("div", "kg-muted", (statementIds.length - shown.length) + " hidden by the filters"));
    }
    return wrapper;
  }

  function showNodePanel(id) {
    var info = N[id];
    panelBody.replaceChildren();
    panelBody.dataset.node = String(id);
    delete panelBody.dataset.edge;
    panelBody.appendChild(el("h2", null, info.label));
    var kind = el("div", "kg-kind");
    var community = communityOf(id);
    kind.append(shapeIcon(kindShape(info.kind), community ? community.colour : "#c3c8cf"),
      info.kind + (info.mentions ? " · " + plural(info.mentions, "mention") : ""));
    panelBody.appendChild(kind);
    if (community && community.index !== null) addMeta("Community", community.name);
    panelBody.appendChild(el("div", "kg-iri", info.iri));
    if (info.alt.length) addMeta("Also called", info.alt.join(", "));
    info.details.forEach(function (d) { addMeta(d[0], d[1]); });
    var actions = el("div", "kg-actions");
    var around = el("button", null, "Show neighbourhood");
    around.type = "button";
    around.addEventListener("click", function () { showNeighbourhood(id); });
    var expand = el("button", null, "Expand neighbours");
    expand.type = "button";
    expand.addEventListener("click", function () { expandNeighbours(id); });
    actions.append(around, " ", expand);
    panelBody.appendChild(actions);
    if (info.kind !== "Concept") addConcepts(id);
    var more = info.more || 0;  // statements a page too small for the whole graph left out
    panelBody.appendChild(el("h3", null, "Facts (" + (info.statements.length + more) + ")"));
    if (!info.statements.length) panelBody.appendChild(el("div", "kg-muted", "No statement mentions this node."));
    else panelBody.appendChild(factList(info.statements, 300));
    if (more) {
      panelBody.appendChild(el("div", "kg-muted kg-more",
        "… and " + plural(more, "more fact") + " in the graph, not on this page: kg show GRAPH \"" + info.label + "\" lists them"));
    }
    openPanel();
  }

  // Concepts hang on entities: never drawn in the overview, listed here (most facts first), and
  // drawn on demand by clicking one (or "Expand neighbours").
  function addConcepts(id) {
    var facts = {};
    (incident[id] || []).forEach(function (edgeId) {
      var e = E[edgeId];
      var other = e.from === id ? e.to : e.from;
      if (N[other].kind === "Concept") facts[other] = (facts[other] || 0) + Math.max(e.statements.length, 1);
    });
    var concepts = Object.keys(facts).map(Number).sort(function (a, b) {
      return facts[b] - facts[a] || N[a].label.localeCompare(N[b].label);
    });
    if (!concepts.length) return;
    panelBody.appendChild(el("h3", null, "Concepts (" + concepts.length + ")"));
    var list = el("ul", "kg-concepts");
    concepts.slice(0, 60).forEach(function (c) {
      var item = el("li");
      item.append(nodeLink(c, N[c].label), el("span", "kg-count", facts[c]));
      list.appendChild(item);
    });
    panelBody.appendChild(list);
    if (concepts.length > 60) panelBody.appendChild(el("div", "kg-muted", "… and " + (concepts.length - 60) + " more"));
  }

  function addMeta(name, value) {
    var row = el("div", "kg-meta-row");
    row.append(el("b", null, name + ": "), String(value));
    panelBody.appendChild(row);
  }

  // A bundle: every relation between the pair with its count, then every statement by date.
  function showEdgePanel(id) {
    var info = E[id];
    panelBody.replaceChildren();
    panelBody.dataset.edge = String(id);
    delete panelBody.dataset.node;
    var title = el("h2");
    title.append(nodeLink(info.from, N[info.from].label), info.both ? " ↔ " : " → ", nodeLink(info.to, N[info.to].label));
    panelBody.appendChild(title);
    var relations = el("ul", "kg-relations");
    info.triples.forEach(function (t) {
      var item = el("li");
      item.append(el("span", "kg-pred", t[0]));
      if (info.both) item.append(" (" + N[t[1]].label + " → " + N[t[2]].label + ")");
      item.append(el("span", "kg-count", t[3]));
      relations.appendChild(item);
    });
    panelBody.appendChild(relations);
    panelBody.appendChild(el("h3", null, "Statements (" + info.statements.length + ")"));
    if (!info.statements.length) panelBody.appendChild(el("div", "kg-muted", "Asserted without a statement node."));
    else panelBody.appendChild(factList(info.statements, 300));
    openPanel();
  }

  function selectNode(id, focus) {
    if (nodes.get(id) === null || nodes.get(id).hidden) {
      // Not drawn yet (outside the overview or the current neighbourhood): bring it in with its neighbours.
      if (state.focus !== null || state.kinds[N[id].kind] === false || filtering() || !inCommunity(id)) resetView();
      expandNeighbours(id);
    }
    network.selectNodes([id]);
    showNodePanel(id);
    // Centre the node in the part of the canvas the side panel leaves free.
    var offset = { x: -panel.offsetWidth / 2, y: 0 };
    if (focus) network.focus(id, { scale: Math.max(network.getScale(), 0.9), offset: offset, animation: { duration: 500 } });
  }

  // ---- search -------------------------------------------------------------------------------------
  function findNode(query) {
    var q = query.trim().toLowerCase();
    if (!q) return null;
    var best = null;
    var bestRank = 4;
    Object.keys(N).forEach(function (key) {
      var id = Number(key);
      var info = N[id];
      var names = [info.label].concat(info.alt);
      for (var j = 0; j < names.length; j++) {
        var name = names[j].toLowerCase();
        var rank = name === q ? (j === 0 ? 0 : 1) : name.indexOf(q) === 0 ? 2 : name.indexOf(q) > 0 ? 3 : 4;
        if (rank < bestRank || (rank === bestRank && best !== null &&
            (info.mentions > N[best].mentions || (info.mentions === N[best].mentions && info.statements.length > N[best].statements.length)))) {
          best = id;
          bestRank = rank;
        }
      }
    });
    return bestRank < 4 ? best : null;
  }

  function runSearch() {
    var input = document.getElementById("kg-search");
    var status = document.getElementById("kg-search-status");
    var id = findNode(input.value);
    if (id === null) {
      status.textContent = input.value.trim() ? "No entity matches." : "";
      return;
    }
    status.textContent = "";
    selectNode(id, true);
  }

  // ---- wiring ---------------------------------------------------------------------------------------
  function wire() {
    var search = document.getElementById("kg-search");
    search.addEventListener("keydown", function (event) { if (event.key === "Enter") runSearch(); });
    // Picking a name from the suggestions replaces the text without a key press.
    search.addEventListener("input", function (event) {
      if (event.inputType === undefined || event.inputType === "insertReplacementText") runSearch();
    });
    document.getElementById("kg-document").addEventListener("change", function (event) {
      state.document = event.target.value;
      applyFilters();
      fitVisible();
    });
    document.getElementById("kg-hops").addEventListener("change", function () {
      if (state.focus !== null) showNeighbourhood(state.focusId);
    });
    var be = document.getElementById("kg-be");
    be.addEventListener("change", function () { state.showBe = be.checked; applyFilters(); });
    var slider = document.getElementById("kg-confidence");
    slider.addEventListener("input", function () {
      state.minConfidence = parseFloat(slider.value);
      document.getElementById("kg-confidence-value").textContent = state.minConfidence.toFixed(2);
      applyFilters();
    });
    document.getElementById("kg-reset").addEventListener("click", resetView);
    document.getElementById("kg-panel-close").addEventListener("click", closePanel);
    var physics = document.getElementById("kg-physics");
    var physicsOn = false;
    physics.setAttribute("aria-pressed", String(physicsOn));
    physics.addEventListener("click", function () {
      physicsOn = !physicsOn;
      network.setOptions({ physics: { enabled: physicsOn } });
      physics.setAttribute("aria-pressed", String(physicsOn));
    });
    network.on("click", function (params) {
      if (params.nodes.length) showNodePanel(params.nodes[0]);
      else if (params.edges.length) showEdgePanel(params.edges[0]);
      else closePanel();
    });
    document.addEventListener("keydown", function (event) { if (event.key === "Escape") closePanel(); });
  }

  function markReady() { window.kgReady = true; document.body.dataset.ready = "true"; }

  // The network gets its data only once the ready listener is in place, so it cannot miss the
  // first drawing. Positions are precomputed and physics is off: the first drawing is the graph.
  network = new vis.Network(document.getElementById("mynetwork"), {}, options);
  network.once("afterDrawing", function () {
    network.fit({ nodes: nodes.getIds({ filter: function (n) { return !n.hidden; } }) });
    markReady();
  });
  network.setData({ nodes: nodes, edges: edges });
  fillHeader();
  fillLoners();
  wire();
  window.kg = { findNode: findNode, selectNode: selectNode, showNeighbourhood: showNeighbourhood, resetView: resetView, expandNeighbours: expandNeighbours };
})();
