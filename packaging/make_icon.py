"""Draw Facilitator's app icon: resources/icons/facilitator.svg, .png (256 px) and .ico.

Two speech bubbles (a conversation, the heart of a session) on the app's teal. The SVG is the
source; Qt renders it to the PNG (Linux desktop file, the window icon fallback) and to the ICO
(the Windows program icon). Run it again after changing the drawing and commit all three files:

    .venv/bin/python packaging/make_icon.py
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"

TEAL = "#0a6373"
MINT = "#9ad9d2"
WHITE = "#ffffff"

SVG = f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- Facilitator app icon. Drawn for this project (packaging/make_icon.py); GPL-3.0-or-later. -->
<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  <title>Facilitator</title>
  <rect x="32" y="32" width="448" height="448" rx="96" fill="{TEAL}"/>
  <g fill="{MINT}">
    <rect x="196" y="112" width="228" height="164" rx="52"/>
    <path d="M352 260 L404 330 L318 272 Z"/>
  </g>
  <g fill="{WHITE}">
    <rect x="88" y="196" width="258" height="184" rx="58"/>
    <path d="M132 362 L112 430 L196 372 Z"/>
  </g>
  <path fill="{TEAL}" d="M217 338 C217 338 166 306 166 274 C166 256 179 244 194 244
    C205 244 213 250 217 259 C221 250 229 244 240 244 C255 244 268 256 268 274
    C268 306 217 338 217 338 Z"/>
</svg>
"""


ICO_SIZES = (16, 24, 32, 48, 64, 256)


def _png(renderer, size: int) -> bytes:  # type: ignore[no-untyped-def]
    """The icon drawn at ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def _ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG per size (the format Windows Vista and later read)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    entries, offset = b"", 6 + 16 * len(pngs)
    for size, data in pngs.items():
        side = 0 if size >= 256 else size  # 0 means 256 in an icon directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(pngs.values())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtSvg import QSvgRenderer

    ICONS.mkdir(parents=True, exist_ok=True)
    svg_path = ICONS / "facilitator.svg"
    svg_path.write_text(SVG, encoding="utf-8")

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg_path))
    if not renderer.isValid():
        print(f"{svg_path}: Qt cannot read the SVG", file=sys.stderr)
        return 1
    pngs = {size: _png(renderer, size) for size in ICO_SIZES}
    (ICONS / "facilitator.png").write_bytes(pngs[256])
    (ICONS / "facilitator.ico").write_bytes(_ico(pngs))
    print((ICONS / "facilitator.png").relative_to(ROOT))
    print((ICONS / "facilitator.ico").relative_to(ROOT))
    print(svg_path.relative_to(ROOT))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
