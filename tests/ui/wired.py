"""The main window as the app wires it (every real page), for tests that look at many pages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from advocacy_desktop.ui.main_window import MainWindow

TIMEOUT = 15_000


def wire(qtbot: Any, window: MainWindow, path: Path) -> MainWindow:
    """Attach the services and pages as `app.start_services` does and open `path`."""
    from advocacy_desktop.app import start_services

    with qtbot.waitSignal(window.counts_changed, timeout=TIMEOUT):
        start_services(window, str(path))
    return window


def show_page(qtbot: Any, window: MainWindow, page_id: str) -> Any:
    """Bring a page to the front and wait until it has read the catalogue."""
    window.navigator.set_current_id(page_id)
    page = window.page(page_id)
    if hasattr(page, "loaded"):
        qtbot.waitUntil(lambda: page.loaded, timeout=TIMEOUT)
    return page
