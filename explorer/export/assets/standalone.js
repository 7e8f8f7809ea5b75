// Standalone figure page: draws the figure embedded as JSON (#kg-data) with vis-network.
// Classic script; needs vis-network and export.js (both inlined before it). Every piece of
// text from the data reaches the page through textContent or the canvas, never as HTML.
(function () {
  "use strict";
  const RTL_RE = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
  const FONT = '"KG DejaVu Sans", "DejaVu Sans", Arial, sans-serif';
  const data = JSON.parse(document.getElementById("kg-data").textContent);

  function isolateRtl(label) {
    if (typeof label !== "string") return label;
    return label
      .split("\n")
      .map((l) => (RTL_RE.test(l) && !l.startsWith("\u2067") ? "\u2067" + l + "\u2069" : l))
      .join("\n");
  }

  function tooltip(text) {
    const div = document.createElement("div");
    div.className = "kg-tip";
    String(text)
      .split("\n")
      .forEach((line, i) => {
        const p = document.createElement("div");
        p.className = i === 0 ? "kg-tip-head" : "kg-tip-line";
        p.textContent = line;
        if (RTL_RE.test(line)) p.dir = "auto";
        div.appendChild(p);
      });
    return div;
  }

  function prep(item) {
    const out = Object.assign({}, item);
    if (typeof out.label === "string") out.label = isolateRtl(out.label);
    if (out.title !== undefined && out.title !== null) out.title = tooltip(out.title);
    out.font = Object.assign({ face: FONT }, typeof out.font === "object" && out.font ? out.font : {});
    return out;
  }

  function text(sel, value) {
    const el = document.querySelector(sel);
    el.textContent = value || "";
    el.hidden = !value;
  }

  function legend(items) {
    const box = document.querySelector(".kg-legend");
    box.replaceChildren();
    box.hidden = !items.length;
    for (const item of items) {
      const row = document.createElement("span");
      row.className = "kg-legend-item";
      const sw = document.createElement("span");
      sw.className = "kg-swatch kg-shape-" + String(item.shape || "dot").replace(/[^a-zA-Z]/g, "");
      sw.style.background = String(item.color || "#999").replace(/[^#a-zA-Z0-9(),.% ]/g, "");
      const t = document.createElement("span");
      t.textContent = String(item.label ?? "");
      row.append(sw, t);
      box.appendChild(row);
    }
  }

  text(".kg-title", data.title);
  text(".kg-caption", data.caption);
  legend(Array.isArray(data.legend) ? data.legend : []);

  const container = document.getElementById("kg-net");
  container.style.width = data.width + "px";
  container.style.height = data.height + "px";
  const nodes = new vis.DataSet((data.nodes || []).map(prep));
  const edges = new vis.DataSet((data.edges || []).map(prep));
  const opts = data.options || {};
  const many = (data.nodes || []).length > 100;
  const hierarchical = data.layout === "hierarchical" && !data.frozen;
  const options = Object.assign({}, opts, {
    autoResize: false,
    layout: Object.assign({}, opts.layout || {}, { randomSeed: data.seed, improvedLayout: !many }),
    physics: Object.assign(
      { solver: "barnesHut", barnesHut: { gravitationalConstant: -9000, springLength: 140, avoidOverlap: 0.2 } },
      opts.physics || {},
      { enabled: true, stabilization: { enabled: true, iterations: data.iterations || (many ? 150 : 300), updateInterval: 50, fit: true } },
    ),
    interaction: Object.assign({ hover: true, tooltipDelay: 150 }, opts.interaction || {}),
    nodes: Object.assign({}, opts.nodes || {}, { font: Object.assign({ face: FONT }, (opts.nodes || {}).font || {}) }),
    edges: Object.assign({}, opts.edges || {}, { font: Object.assign({ face: FONT }, (opts.edges || {}).font || {}) }),
  });
  if (hierarchical) options.layout.hierarchical = { enabled: true, direction: "UD", sortMethod: "directed" };

  const api = { ready: false, network: null, nodes, edges, data };
  window.__kg = { figure: api };

  function start() {
    const network = new vis.Network(container, { nodes, edges }, options);
    api.network = network;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      network.setOptions({ physics: { enabled: false } });
      network.fit({ animation: false });
      network.redraw();
      api.ready = true;
      document.body.dataset.ready = "1";
    };
    network.once("stabilizationIterationsDone", finish);
    // A figure whose nodes are all placed has nothing to simulate.
    if (data.frozen) setTimeout(finish, 0);
    api.png = (o) => globalThis.kgExport.png(network, Object.assign(
      { title: data.title, legend: data.legend, caption: data.caption, background: "white" }, o || {}));
    api.positions = () => globalThis.kgExport.positions(network);

    const btn = document.getElementById("kg-png");
    if (btn) {
      btn.addEventListener("click", () => {
        const r = api.png({ scale: Number(document.getElementById("kg-scale").value) || 2 });
        const a = document.createElement("a");
        a.href = r.dataUrl;
        a.download = (data.filename || "figure") + ".png";
        document.body.appendChild(a);
        a.click();
        a.remove();
      });
    }
    const fit = document.getElementById("kg-fit");
    if (fit) fit.addEventListener("click", () => network.fit({ animation: false }));
  }

  // Shape Arabic with the embedded DejaVu Sans: draw once the font is loaded.
  const face = document.fonts && document.fonts.load ? document.fonts.load('14px "KG DejaVu Sans"', "\u0627\u0628") : null;
  if (face) face.then(start, start);
  else start();
})();
