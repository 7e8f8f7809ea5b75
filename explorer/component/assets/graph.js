// Graph view: a Streamlit v2 bidirectional component around vis-network 9.1.2.
//
// Loaded once per page as an ES module from the component's asset_dir; vis-network
// (the copy shipped inside pyvis) is imported next to it, so neither is re-sent on reruns.
// Contract (data sent by explorer.component.graph_view):
//   {nodes, edges, options, height, seed, legend, selected, fit, iterations,
//    want_positions, caption}
// Events sent back: trigger "select" = {kind: "node"|"edge", id, double, t},
//                   trigger "positions" = {positions: {id: {x, y}}, nonce}.
// Untrusted text (labels, titles, legend) only ever reaches the DOM via textContent or
// the canvas; never innerHTML.
import "./vis-network.min.js";
import "./export.js"; // figures: globalThis.kgExport (PNG at any scale, positions)

const vis = globalThis.vis;
const FONT_FACE = "KG DejaVu Sans";
const FONT_STACK = `"${FONT_FACE}", "DejaVu Sans", Arial, sans-serif`;
const RTL_RE = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const RLI = "\u2067";
const PDI = "\u2069";

let fontPromise = null;

/** Load the shipped DejaVu Sans once per page (Arabic shaping on canvas). */
function loadFont() {
  if (fontPromise === null) {
    const url = new URL("./fonts/DejaVuSans.ttf", import.meta.url).href;
    const face = new FontFace(FONT_FACE, `url("${url}")`);
    fontPromise = face
      .load()
      .then((f) => {
        document.fonts.add(f);
      })
      .catch(() => undefined);
  }
  return fontPromise;
}

/** Wrap every right-to-left line in RLI ... PDI so the canvas lays it out RTL. */
export function isolateRtl(label) {
  if (typeof label !== "string" || label === "") return label;
  return label
    .split("\n")
    .map((line) =>
      RTL_RE.test(line) && !line.startsWith(RLI) ? RLI + line + PDI : line,
    )
    .join("\n");
}

/** Turn a plain-text tooltip into a DOM element built with textContent only. */
function tooltipElement(text) {
  const div = document.createElement("div");
  div.className = "kg-tip";
  const lines = String(text).split("\n");
  lines.forEach((line, i) => {
    const p = document.createElement("div");
    p.className = i === 0 ? "kg-tip-head" : "kg-tip-line";
    p.textContent = line;
    if (RTL_RE.test(line)) p.dir = "auto";
    div.appendChild(p);
  });
  return div;
}

function prepareNode(n) {
  const out = { ...n };
  if (typeof out.label === "string") out.label = isolateRtl(out.label);
  if (out.title !== undefined && out.title !== null && typeof out.title !== "object") {
    out.title = tooltipElement(out.title);
  }
  out.font = { face: FONT_STACK, ...(typeof out.font === "object" ? out.font : {}) };
  return out;
}

function prepareEdge(e) {
  const out = { ...e };
  if (out.id === undefined || out.id === null) {
    out.id = `${out.from}|${out.label || ""}|${out.to}`;
  }
  if (typeof out.label === "string") out.label = isolateRtl(out.label);
  if (out.title !== undefined && out.title !== null && typeof out.title !== "object") {
    out.title = tooltipElement(out.title);
  }
  out.font = { face: FONT_STACK, ...(typeof out.font === "object" ? out.font : {}) };
  return out;
}

/** Views this big get cheaper options: straight edges (vis "dynamic" smooth edges add one
 * physics body per edge: 52 s instead of 3.7 s to settle 482 nodes / 3,828 edges in headless
 * Chromium), no edges while panning/zooming, and a short polish of the start layout. */
const LARGE_NODES = 100;
const LARGE_EDGES = 300;
const LARGE_ITERATIONS = 30; // a polish of the Python start layout (explorer.layout)
const UPDATE_ITERATIONS = 120;
const LARGE_UPDATE_ITERATIONS = 40;

function isLarge(nNodes, nEdges) {
  return nNodes > LARGE_NODES || nEdges > LARGE_EDGES;
}

/** Start positions computed in Python ({id: [x, y]}), or null. */
function startLayout(data) {
  const l = data.layout;
  return l && typeof l === "object" && Object.keys(l).length ? l : null;
}

function baseOptions(data, large = isLarge((data.nodes || []).length, (data.edges || []).length)) {
  let opts = data.options;
  if (typeof opts === "string") {
    try {
      opts = JSON.parse(opts);
    } catch (_e) {
      opts = {};
    }
  }
  opts = opts && typeof opts === "object" ? opts : {};
  const physics = opts.physics || {};
  const edges = { font: { face: FONT_STACK }, ...(opts.edges || {}) };
  const smooth = edges.smooth;
  if (large && (smooth === undefined || smooth === true || (smooth && smooth.enabled !== false && (smooth.type === undefined || smooth.type === "dynamic")))) {
    edges.smooth = false;
  }
  const interaction = { hover: true, tooltipDelay: 150, ...(opts.interaction || {}) };
  if (large) {
    interaction.hideEdgesOnDrag = true;
    interaction.hideEdgesOnZoom = true;
  }
  return {
    ...opts,
    autoResize: true,
    layout: { ...(opts.layout || {}), randomSeed: data.seed ?? 7, improvedLayout: !large && !startLayout(data) },
    physics: {
      solver: "barnesHut",
      barnesHut: { gravitationalConstant: -9000, springLength: 140, avoidOverlap: 0.2 },
      ...physics,
      enabled: true,
      stabilization: {
        enabled: true,
        iterations: data.iterations ?? (large ? LARGE_ITERATIONS : 300),
        updateInterval: 25,
        fit: true,
      },
    },
    interaction,
    nodes: { font: { face: FONT_STACK }, ...(opts.nodes || {}) },
    edges,
  };
}

/** A view that grew past (or shrank below) the large-view size switches the cheap options. */
function applySizeOptions(state, data) {
  const large = isLarge(state.nodes.length, state.edges.length);
  if (large === state.large) return;
  state.large = large;
  const opts = baseOptions(data, large);
  state.network.setOptions({
    edges: { smooth: opts.edges.smooth === undefined ? { enabled: true, type: "dynamic" } : opts.edges.smooth },
    interaction: { hideEdgesOnDrag: Boolean(opts.interaction.hideEdgesOnDrag), hideEdgesOnZoom: Boolean(opts.interaction.hideEdgesOnZoom) },
  });
}

/** True when no node takes part in the physics (all placed): nothing to stabilise. */
function nothingToPlace(nodes) {
  return nodes.every((n) => n.physics === false || n.fixed === true || (n.fixed && n.fixed.x && n.fixed.y));
}

function renderLegend(root, legend) {
  const box = root.querySelector(".kg-legend");
  if (!box) return;
  box.replaceChildren();
  if (!Array.isArray(legend) || legend.length === 0) {
    box.hidden = true;
    return;
  }
  box.hidden = false;
  for (const item of legend) {
    const row = document.createElement("span");
    row.className = "kg-legend-item";
    const sw = document.createElement("span");
    sw.className = `kg-swatch kg-shape-${String(item.shape || "dot").replace(/[^a-zA-Z]/g, "")}`;
    sw.style.background = String(item.color || "#999").replace(/[^#a-zA-Z0-9(),.% ]/g, "");
    const txt = document.createElement("span");
    txt.textContent = String(item.label ?? "");
    row.append(sw, txt);
    box.appendChild(row);
  }
}

function renderCaption(root, caption) {
  const el = root.querySelector(".kg-caption");
  if (!el) return;
  el.textContent = caption ? String(caption) : "";
  el.hidden = !caption;
}

/** Place nodes that have no position near an already placed neighbour. */
function seedPositions(state, newNodes, edges) {
  const placed = state.network.getPositions();
  const counts = {};
  for (const n of newNodes) {
    if (n.x !== undefined && n.y !== undefined) continue;
    let anchor = null;
    for (const e of edges) {
      const other = e.from === n.id ? e.to : e.to === n.id ? e.from : null;
      if (other !== null && placed[other]) {
        anchor = other;
        break;
      }
    }
    if (anchor === null) continue;
    const k = (counts[anchor] = (counts[anchor] || 0) + 1);
    const angle = (k * 2.399963) % (2 * Math.PI); // golden angle spreads siblings
    const r = 170 + 12 * Math.floor(k / 12);
    n.x = placed[anchor].x + r * Math.cos(angle);
    n.y = placed[anchor].y + r * Math.sin(angle);
  }
}

function freeze(state) {
  state.network.setOptions({ physics: { enabled: false } });
  if (state.pinned.length) {
    state.nodes.update(state.pinned.map((id) => ({ id, fixed: false })));
    state.pinned = [];
  }
  state.api.stableAt = performance.now();
  state.api.stabilized += 1;
}

function applySelection(state, selected) {
  const want = Array.isArray(selected) ? selected : [];
  const nodeIds = want.filter((id) => state.nodes.get(id) !== null);
  const edgeIds = want.filter((id) => state.edges.get(id) !== null);
  const key = JSON.stringify([nodeIds, edgeIds]);
  if (key === state.selKey) return;
  state.selKey = key;
  state.network.setSelection({ nodes: nodeIds, edges: edgeIds }, { unselectAll: true, highlightEdges: false });
}

function positionsObject(state) {
  const pos = state.network.getPositions();
  const out = {};
  for (const [id, p] of Object.entries(pos)) out[id] = { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 };
  return out;
}

/** Figures: answer an export request (PNG or positions) once the layout has settled. */
const TRIGGER_CAP = 24 * 1024 * 1024; // Streamlit caps widget state at 25 MB
function runExport(state, req, setTriggerValue) {
  const nonce = req.nonce;
  const go = () => {
    let result;
    try {
      const positions = positionsObject(state);
      if (req.kind === "png") {
        const r = globalThis.kgExport.png(state.network, req);
        result = r.dataUrl.length > TRIGGER_CAP
          ? { nonce, kind: "png", error: `the PNG is ${(r.dataUrl.length / 1048576).toFixed(1)} MB, more than the browser can send back: choose a smaller scale or width` }
          : { nonce, kind: "png", dataUrl: r.dataUrl, width: r.width, height: r.height, ms: r.ms, positions };
      } else {
        result = { nonce, kind: "positions", positions };
      }
    } catch (e) {
      result = { nonce, kind: req.kind, error: String((e && e.message) || e) };
    }
    state.api.lastExport = result;
    setTriggerValue("export", result);
  };
  // A view whose nodes are all placed (physics: false) has nothing to stabilise.
  const placed = state.nodes.get().every((n) => n.physics === false);
  if (state.api.stabilized > 0 || placed) setTimeout(go, 0);
  else state.network.once("stabilizationIterationsDone", () => setTimeout(go, 0));
}

function createNetwork(root, data, key, setTriggerValue) {
  const container = root.querySelector(".kg-net");
  const start = startLayout(data);
  const prepared = (data.nodes || []).map((n) => {
    const out = prepareNode(n);
    const p = start && (out.x === undefined || out.y === undefined) ? start[out.id] : null;
    if (Array.isArray(p)) {
      out.x = Number(p[0]);
      out.y = Number(p[1]);
    }
    return out;
  });
  const nodes = new vis.DataSet(prepared);
  const edges = new vis.DataSet((data.edges || []).map(prepareEdge));
  const network = new vis.Network(container, { nodes, edges }, baseOptions(data));
  const api = {
    key,
    network,
    nodes,
    edges,
    vis,
    renderCount: 0,
    dataVersion: 0,
    drawnVersion: 0,
    drawnAt: 0,
    receivedAt: performance.now(),
    stableAt: 0,
    stabilized: 0,
    events: [],
    positions: () => positionsObject(state),
    // True once the latest data is placed and physics is frozen (tests click after this).
    settled: () => api.stabilized > 0 && api.stableAt >= api.receivedAt,
    container,
    root,
  };
  const state = { network, nodes, edges, api, large: isLarge(nodes.length, edges.length), pinned: [], selKey: "", fitNonce: data.fit ?? 0, lastClick: { id: null, t: 0 }, positionsNonce: data.want_positions ?? null, setTriggerValue };
  window.__kg = window.__kg || {};
  window.__kg[key] = api;

  if (nothingToPlace(prepared)) setTimeout(() => freeze(state), 0); // no stabilisation would run
  else network.once("stabilizationIterationsDone", () => freeze(state));
  network.on("afterDrawing", () => {
    api.renderCount += 1;
    if (api.drawnVersion !== api.dataVersion) {
      api.drawnVersion = api.dataVersion;
      api.drawnAt = performance.now();
    }
  });
  const send = (payload) => {
    api.events.push({ ...payload, at: performance.now() });
    state.setTriggerValue("select", payload);
  };
  network.on("click", (p) => {
    const now = performance.now();
    let payload = null;
    if (p.nodes && p.nodes.length) payload = { kind: "node", id: String(p.nodes[0]), double: false };
    else if (p.edges && p.edges.length) payload = { kind: "edge", id: String(p.edges[0]), double: false };
    if (!payload) return;
    // A double-click fires two clicks first: forward only the first of them.
    if (state.lastClick.id === payload.id && now - state.lastClick.t < 450) return;
    state.lastClick = { id: payload.id, t: now };
    send({ ...payload, t: Date.now() });
  });
  network.on("doubleClick", (p) => {
    if (p.nodes && p.nodes.length) send({ kind: "node", id: String(p.nodes[0]), double: true, t: Date.now() });
    else if (p.edges && p.edges.length) send({ kind: "edge", id: String(p.edges[0]), double: true, t: Date.now() });
  });
  network.on("dragEnd", (p) => {
    api.lastPositions = positionsObject(state);
    // Figures: with pinning on, a dragged node stays where it is dropped.
    if (state.pinOnDrag && p && p.nodes && p.nodes.length) {
      nodes.update(p.nodes.map((id) => ({ id, physics: false })));
    }
  });
  return state;
}

function updateNetwork(state, data) {
  const { network, nodes, edges } = state;
  const incomingNodes = (data.nodes || []).map(prepareNode);
  const incomingEdges = (data.edges || []).map(prepareEdge);
  const keepNodes = new Set(incomingNodes.map((n) => n.id));
  const keepEdges = new Set(incomingEdges.map((e) => e.id));
  const goneEdges = edges.getIds().filter((id) => !keepEdges.has(id));
  const goneNodes = nodes.getIds().filter((id) => !keepNodes.has(id));
  if (goneEdges.length) edges.remove(goneEdges);
  if (goneNodes.length) nodes.remove(goneNodes);

  const existing = new Set(nodes.getIds());
  const fresh = incomingNodes.filter((n) => !existing.has(n.id));
  const known = incomingNodes.filter((n) => existing.has(n.id));
  // Existing nodes keep their place: never send x/y for them unless the caller pins them.
  nodes.update(known.map((n) => (n.x !== undefined && n.y !== undefined ? n : (({ x, y, ...rest }) => rest)(n))));
  if (fresh.length) {
    seedPositions(state, fresh, incomingEdges);
    // Nodes with no placed neighbour (e.g. a whole new view): the Python start layout.
    const start = startLayout(data);
    if (start) {
      for (const n of fresh) {
        const p = n.x === undefined || n.y === undefined ? start[n.id] : null;
        if (Array.isArray(p)) {
          n.x = Number(p[0]);
          n.y = Number(p[1]);
        }
      }
    }
    const allPlaced = fresh.every((n) => n.x !== undefined && n.y !== undefined && n.physics === false);
    const toPin = allPlaced ? [] : [...existing].filter((id) => !nodes.get(id).fixed);
    if (toPin.length) {
      nodes.update(toPin.map((id) => ({ id, fixed: true })));
      state.pinned = toPin;
    }
    nodes.add(fresh);
    edges.update(incomingEdges);
    applySizeOptions(state, data);
    if (!allPlaced) {
      // Paint the new nodes where they were seeded (next to the node that brought them)
      // at once, then polish: vis blocks redraws while it stabilises, so without this the
      // expanded graph would only appear after the whole polish.
      network.redraw();
      const iterations = Math.min(200, data.iterations ?? (state.large ? LARGE_UPDATE_ITERATIONS : UPDATE_ITERATIONS));
      network.setOptions({ physics: { enabled: true } });
      network.once("stabilizationIterationsDone", () => freeze(state));
      network.stabilize(iterations);
    } else {
      state.api.stableAt = performance.now();
    }
  } else {
    edges.update(incomingEdges);
    state.api.stableAt = performance.now(); // nothing new to place: settled at once
  }
}

export default function (component) {
  const arrived = performance.now();
  const { data, parentElement, setTriggerValue } = component;
  const root = parentElement;
  // The Python key (the one passed to graph_view) names the view on window.__kg.
  const key = String((data && data.view_key) || component.key);
  const host = root.querySelector(".kg-root");
  if (!host) return;
  const d = data || {};
  const height = Number(d.height) > 0 ? Number(d.height) : 600;
  const net = root.querySelector(".kg-net");
  net.style.height = `${height}px`;
  net.style.width = Number(d.width) > 0 ? `${Number(d.width)}px` : "";
  renderLegend(root, d.legend);
  renderCaption(root, d.caption);
  const empty = root.querySelector(".kg-empty");
  if (empty) {
    empty.textContent = d.empty_message ? String(d.empty_message) : "";
    empty.hidden = (d.nodes || []).length > 0 || !d.empty_message;
  }

  const run = () => {
    let state = root.__kgState;
    if (state && (state.key !== key || state.seed !== (d.seed ?? 7))) {
      // A new layout seed (or another view) starts a fresh network.
      state.network.destroy();
      root.__kgState = null;
      state = null;
    }
    if (!state) {
      state = createNetwork(root, d, key, setTriggerValue);
      state.key = key;
      state.seed = d.seed ?? 7;
      state.api.receivedAt = arrived; // timings include the font wait and vis's constructor
      state.api.dataVersion += 1;
      root.__kgState = state;
    } else {
      state.setTriggerValue = setTriggerValue;
      state.api.receivedAt = arrived;
      state.api.dataVersion += 1; // before the update: its first paint counts as drawn
      updateNetwork(state, d);
      if ((d.fit ?? 0) !== state.fitNonce) {
        state.fitNonce = d.fit ?? 0;
        state.network.fit({ animation: false });
      }
    }
    applySelection(state, d.selected);
    state.pinOnDrag = Boolean(d.pin_on_drag);
    const req = d.export_request;
    if (req && req.nonce !== undefined && req.nonce !== null && req.nonce !== state.exportNonce) {
      state.exportNonce = req.nonce;
      runExport(state, req, setTriggerValue);
    }
    if (d.want_positions !== undefined && d.want_positions !== null && d.want_positions !== state.positionsNonce) {
      state.positionsNonce = d.want_positions;
      setTriggerValue("positions", { nonce: d.want_positions, positions: positionsObject(state) });
    }
    state.network.redraw();
  };
  // The first draw waits for the font so Arabic is shaped with DejaVu Sans; data that
  // arrives meanwhile replaces the pending data (only the latest is drawn).
  if (root.__kgState) {
    run();
  } else {
    const first = root.__kgPending === undefined;
    root.__kgPending = run;
    if (first) {
      loadFont().then(() => {
        const pending = root.__kgPending;
        root.__kgPending = undefined;
        pending();
      });
    }
  }
}
