// Figure export from a vis-network 9.1.2 network: high-resolution PNG and node positions.
//
// A classic script (no import/export) so it serves both as a side-effect module imported by
// graph.js in the app and as an inline <script> in the standalone HTML export. It defines
// globalThis.kgExport = {png, positions, version}.
//
// PNG: fit the whole graph, raise the canvas pixel ratio (scale or a chosen pixel width),
// redraw, copy the canvas into an output canvas with an optional title band above and a
// legend/caption band below (white or transparent background), then restore the view.
// Uses vis internals (network.canvas._determinePixelRatio, network.canvas.frame.canvas): the vis
// version is pinned (pyvis 0.3.2 ships 9.1.2). All text is drawn on the canvas, never
// parsed as HTML; right-to-left lines are wrapped in U+2067..U+2069.
(function () {
  "use strict";
  if (globalThis.kgExport) return;
  const RTL_RE = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
  const FONT = '"KG DejaVu Sans", "DejaVu Sans", Arial, sans-serif';
  const MAX_SIDE = 16384;
  const MAX_AREA = 120e6;
  const TITLE = 22;
  const LEGEND = 13;
  const CAPTION = 12;
  const PAD = 24;

  const STRONG_RE = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
  // Title, legend and caption are running text: right to left when their first strong
  // letter is (like dir="auto"), so "Sources: Elaph (إيلاف)" stays left to right.
  function iso(line) {
    const s = String(line).replace(/[\u202A-\u202E\u2066-\u2069]/g, "");
    const m = s.match(STRONG_RE);
    return m && RTL_RE.test(m[0]) ? "\u2067" + s + "\u2069" : s;
  }

  function wrap(ctx, text, maxW) {
    const out = [];
    for (const para of String(text).split("\n")) {
      let line = "";
      for (const w of para.split(/\s+/).filter(Boolean)) {
        const cand = line ? line + " " + w : w;
        if (line && ctx.measureText(iso(cand)).width > maxW) {
          out.push(line);
          line = w;
        } else line = cand;
      }
      out.push(line);
    }
    return out;
  }

  function shapePath(ctx, shape, x, y, r) {
    ctx.beginPath();
    const pts = [];
    if (shape === "square" || shape === "box") {
      pts.push([x - r, y - r], [x + r, y - r], [x + r, y + r], [x - r, y + r]);
    } else if (shape === "diamond") {
      pts.push([x, y - r], [x + r, y], [x, y + r], [x - r, y]);
    } else if (shape === "triangle" || shape === "triangleDown") {
      const s = 2 * r, ir = (Math.sqrt(3) / 6) * s, h = Math.sqrt(s * s - (s / 2) ** 2);
      const k = shape === "triangle" ? 1 : -1;
      pts.push([x, y - k * (h - ir)], [x + s / 2, y + k * ir], [x - s / 2, y + k * ir]);
    } else if (shape === "star") {
      const rr = r * 0.82, cy = y + 0.1 * rr;
      for (let i = 0; i < 10; i++) {
        const rad = i % 2 === 0 ? rr * 1.3 : rr * 0.5;
        pts.push([x + rad * Math.sin((i * Math.PI) / 5), cy - rad * Math.cos((i * Math.PI) / 5)]);
      }
    } else if (shape === "hexagon") {
      for (let i = 0; i < 6; i++) pts.push([x + r * Math.cos((2 * Math.PI * i) / 6), y + r * Math.sin((2 * Math.PI * i) / 6)]);
    } else {
      ctx.arc(x, y, r, 0, 2 * Math.PI);
      ctx.closePath();
      return;
    }
    pts.forEach(([px, py], i) => (i ? ctx.lineTo(px, py) : ctx.moveTo(px, py)));
    ctx.closePath();
  }

  function cleanColor(c, fallback) {
    const s = String(c || "");
    return /^(#[0-9a-fA-F]{3,8}|rgba?\([0-9.,%\s]+\)|[a-zA-Z]{3,20})$/.test(s) ? s : fallback;
  }

  /** Rows of legend items that fit in maxW: [[{item, x, w}], ...]. */
  function legendRows(ctx, legend, maxW, k) {
    const rows = [];
    let row = [], x = 0;
    for (const item of legend || []) {
      const w = 20 * k + ctx.measureText(iso(item.label ?? "")).width;
      if (row.length && x + w > maxW) {
        rows.push(row);
        row = [];
        x = 0;
      }
      row.push({ item, x, w });
      x += w + 16 * k;
    }
    if (row.length) rows.push(row);
    return rows;
  }

  /** Node positions {id: {x, y}} rounded to 0.1 (what saved views and the SVG use). */
  function positions(network) {
    const out = {};
    for (const [id, p] of Object.entries(network.getPositions())) {
      out[id] = { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 };
    }
    return out;
  }

  /**
   * Render the network to a PNG data URL.
   * opts: {scale (1..8) | width (px), background: "white"|"transparent"|color, fit: true,
   *        title, legend: [{label, color, shape}], caption, margin (0..0.3)}
   * Returns {dataUrl, width, height, ms}.
   */
  function png(network, opts) {
    const t0 = performance.now();
    const o = opts || {};
    const canvas = network.canvas;
    const frame = canvas.frame.canvas;
    const cw = frame.clientWidth, ch = frame.clientHeight;
    if (!cw || !ch) throw new Error("the graph is not visible (zero size)");
    let k = o.width ? Number(o.width) / cw : Number(o.scale || 1);
    if (!(k > 0)) k = 1;
    k = Math.min(k, MAX_SIDE / cw, MAX_SIDE / ch, Math.sqrt(MAX_AREA / (cw * ch)));
    const saved = { scale: network.getScale(), pos: network.getViewPosition(), };

    try {
      if (o.fit !== false) {
        network.fit({ animation: false });
        const m = o.margin === undefined ? 0.04 : Math.max(0, Math.min(0.3, Number(o.margin)));
        if (m > 0) network.moveTo({ scale: network.getScale() * (1 - m), animation: false });
      }
      // vis recomputes the ratio on every redraw (setSize): override where it comes from.
      canvas._determinePixelRatio = () => k;
      network.redraw();
      if (frame.width !== Math.round(cw * k)) throw new Error("could not raise the canvas resolution");

      const W = frame.width;
      const title = o.title ? String(o.title).trim() : "";
      const legend = Array.isArray(o.legend) ? o.legend : [];
      const caption = o.caption ? String(o.caption).trim() : "";
      const out = document.createElement("canvas");
      const ctx = out.getContext("2d");
      ctx.font = `${LEGEND * k}px ${FONT}`;
      const rows = legendRows(ctx, legend, W - 2 * PAD * k, k);
      ctx.font = `${CAPTION * k}px ${FONT}`;
      const capLines = caption ? wrap(ctx, caption, W - 2 * PAD * k) : [];
      const titleH = title ? Math.round((TITLE + 18) * k) : 0;
      const footH = Math.round(
        (rows.length * (LEGEND + 10) + (rows.length ? 8 : 0) + capLines.length * (CAPTION + 6) + (capLines.length ? 10 : 0)) * k,
      );
      out.width = W;
      out.height = titleH + frame.height + footH;
      const bg = o.background === undefined ? "white" : String(o.background);
      if (bg !== "transparent") {
        ctx.fillStyle = cleanColor(bg, "white");
        ctx.fillRect(0, 0, out.width, out.height);
      }
      ctx.textAlign = "center";
      ctx.textBaseline = "alphabetic";
      if (title) {
        ctx.font = `bold ${TITLE * k}px ${FONT}`;
        ctx.fillStyle = "#1f2330";
        ctx.fillText(iso(title), W / 2, titleH - 12 * k);
      }
      ctx.drawImage(frame, 0, titleH);
      let y = titleH + frame.height + 6 * k;
      ctx.font = `${LEGEND * k}px ${FONT}`;
      for (const row of rows) {
        const last = row[row.length - 1];
        const x0 = (W - (last.x + last.w)) / 2;
        const cy = y + (LEGEND / 2 + 2) * k;
        for (const { item, x } of row) {
          shapePath(ctx, String(item.shape || "dot"), x0 + x + 6 * k, cy, 6 * k);
          ctx.fillStyle = cleanColor(item.color, "#999999");
          ctx.fill();
          ctx.lineWidth = k;
          ctx.strokeStyle = "#555555";
          ctx.stroke();
          ctx.fillStyle = "#31333f";
          ctx.textAlign = "left";
          ctx.fillText(iso(item.label ?? ""), x0 + x + 18 * k, cy + LEGEND * 0.35 * k);
        }
        y += (LEGEND + 10) * k;
      }
      if (rows.length) y += 8 * k;
      ctx.textAlign = "center";
      ctx.font = `${CAPTION * k}px ${FONT}`;
      ctx.fillStyle = "#5c5f6b";
      for (const line of capLines) {
        ctx.fillText(iso(line), W / 2, y + CAPTION * k);
        y += (CAPTION + 6) * k;
      }
      const dataUrl = out.toDataURL("image/png");
      return { dataUrl, width: out.width, height: out.height, ms: performance.now() - t0 };
    } finally {
      delete canvas._determinePixelRatio;
      network.redraw();
      network.moveTo({ position: saved.pos, scale: saved.scale, animation: false });
      network.redraw();
    }
  }

  globalThis.kgExport = { png, positions, isolate: iso, version: 1 };
})();
