"""The icon set in resources/icons: line icons drawn in one ink, recoloured to the palette.

Every line icon is a 24×24 SVG stroked in `INK` (a slate grey). `icon(name)` gives a QIcon
whose engine paints the SVG at the size asked, with the ink replaced at paint time: the slate
on a light palette, a light shade of it on a dark one, the palette's disabled text colour for
a disabled action and its highlighted-text colour on a selected row. Icons therefore follow a
theme switch without being set again. Files without the ink (the app's own coloured icon) are
loaded as they are.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from advocacy_desktop.ui.i18n import resources_dir
from advocacy_desktop.ui.theme import readable

INK = "#4a5568"
SIZES = (16, 20, 24, 32, 48)


def icons_dir() -> Path:
    return resources_dir() / "icons"


def icon_names() -> list[str]:
    """Every icon of the set, by name (file name without `.svg`)."""
    return sorted(path.stem for path in icons_dir().glob("*.svg"))


@cache
def _svg_text(name: str) -> str:
    return (icons_dir() / f"{name}.svg").read_text(encoding="utf-8")


def ink_for(mode: QIcon.Mode, palette: QPalette | None = None) -> str:
    """The colour the ink is painted in for `mode` on `palette` (default: the app's)."""
    if palette is None:
        palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorRole.HighlightedText).name()
    return readable(INK, palette).name()


@lru_cache(maxsize=512)
def _render(name: str, ink: str, width: int, height: int) -> QPixmap:
    svg = _svg_text(name).replace(INK, ink)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    pixmap = QPixmap(width, height)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return pixmap


class InkIconEngine(QIconEngine):
    """Paints one line icon with the ink of the current palette and icon mode."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return QPixmap(_render(self.name, ink_for(mode), size.width(), size.height()))

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,
                     scale: float) -> QPixmap:
        pixmap = self.pixmap(size * scale, mode, state)
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        pixmap = self.scaledPixmap(rect.size(), mode, state, ratio)
        painter.drawPixmap(QRect(QPoint(rect.x(), rect.y()), rect.size()), pixmap)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def availableSizes(self, mode: QIcon.Mode = QIcon.Mode.Normal,
                       state: QIcon.State = QIcon.State.Off) -> list[QSize]:
        return [QSize(s, s) for s in SIZES]

    def clone(self) -> QIconEngine:
        return InkIconEngine(self.name)

    def key(self) -> str:
        return "advocacy-ink"

    def iconName(self) -> str:
        return self.name


def icon(name: str) -> QIcon:
    """The icon `name` of resources/icons; line icons follow the palette."""
    if INK in _svg_text(name):
        return QIcon(InkIconEngine(name))
    return QIcon(str(icons_dir() / f"{name}.svg"))
