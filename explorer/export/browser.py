"""Headless Chromium rendering of figures (PNG and browser-reported positions), no server.

The figure's standalone HTML export is loaded into Debian's ``/usr/bin/chromium`` through
Playwright (never ``playwright install``) with every request that is not ``data:`` /
``blob:`` / ``about:`` aborted, so rendering is offline by construction. The page draws the
figure with vis-network and the PNG comes from the same ``kgExport.png`` the app uses.
"""

from __future__ import annotations

import base64
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from explorer.export.figure import Figure, Position
from explorer.export.html import to_html

CHROMIUM = os.environ.get("NEWSGRAPH_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--font-render-hinting=none",
]
ALLOWED_SCHEMES = ("data:", "blob:", "about:")


class RenderError(RuntimeError):
    """The browser could not render the figure (message says what and what to try)."""


@dataclass
class Rendered:
    """What a render gives back: PNG bytes and/or the positions the browser placed nodes at."""

    png: bytes | None = None
    width: int = 0
    height: int = 0
    positions: dict[str, Position] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    blocked_requests: list[str] = field(default_factory=list)


@contextmanager
def chromium() -> Iterator[Any]:
    """A headless Chromium (Playwright browser) that is closed afterwards."""
    if not os.path.exists(CHROMIUM):
        raise RenderError(f"Chromium not found at {CHROMIUM}: install Debian's chromium "
                          "(`make browser`) or set NEWSGRAPH_CHROMIUM")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


def render(
    fig: Figure,
    *,
    png: bool = True,
    scale: float | None = 1.0,
    width: int | None = None,
    background: str = "white",
    title: bool = True,
    legend: bool = True,
    caption: bool = True,
    browser: Any = None,
    timeout_s: float = 60.0,
) -> Rendered:
    """Draw ``fig`` in headless Chromium; return the PNG (optional) and node positions.

    ``scale`` multiplies the figure's canvas size (1..8); ``width`` asks for a pixel width
    instead. Physics figures are laid out with their seed, then frozen, as in the app.
    """
    if browser is None:
        with chromium() as own:
            return render(fig, png=png, scale=scale, width=width, background=background,
                          title=title, legend=legend, caption=caption, browser=own,
                          timeout_s=timeout_s)
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    doc = to_html(fig).decode("utf-8")
    timings["html"] = time.perf_counter() - t0
    page = browser.new_page(
        viewport={"width": fig.width + 60, "height": fig.height + 260}, device_scale_factor=1
    )
    blocked: list[str] = []

    def _route(route: Any) -> None:
        url = route.request.url
        if url.startswith(ALLOWED_SCHEMES):
            route.continue_()
        else:
            blocked.append(url)
            route.abort()

    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        page.route("**/*", _route)
        t1 = time.perf_counter()
        page.set_content(doc, wait_until="load", timeout=timeout_s * 1000)
        try:
            page.wait_for_function("() => !!(window.__kg && window.__kg.figure && window.__kg.figure.ready)",
                                   timeout=timeout_s * 1000)
        except Exception as exc:
            detail = "; ".join(errors) or str(exc).splitlines()[0]
            raise RenderError(f"the figure did not finish drawing in Chromium: {detail}") from exc
        timings["draw"] = time.perf_counter() - t1
        pos = page.evaluate("window.__kg.figure.positions()")
        out = Rendered(positions={k: (float(v["x"]), float(v["y"])) for k, v in pos.items()},
                       timings=timings, blocked_requests=blocked)
        if png:
            opts: dict[str, Any] = {"background": background}
            if width:
                opts["width"] = int(width)
            else:
                opts["scale"] = float(scale or 1.0)
            if not title:
                opts["title"] = ""
            if not legend:
                opts["legend"] = []
            if not caption:
                opts["caption"] = ""
            t2 = time.perf_counter()
            result = page.evaluate("(o) => window.__kg.figure.png(o)", opts)
            timings["png"] = time.perf_counter() - t2
            timings["png_in_browser"] = float(result["ms"]) / 1000.0
            head, _, b64 = str(result["dataUrl"]).partition(",")
            if head != "data:image/png;base64":
                raise RenderError("the browser did not return a PNG")
            out.png = base64.b64decode(b64)
            out.width, out.height = int(result["width"]), int(result["height"])
        if errors:
            raise RenderError("script error in the figure page: " + "; ".join(errors))
        return out
    finally:
        page.close()


def png_size(data: bytes) -> tuple[int, int]:
    """(width, height) from a PNG header."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
