"""Help ▸ About: what the app is, its version and licence, and the method it serves."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from advocacy_desktop import APP_NAME, __version__

LICENCE = "GPL-3.0-or-later"


def about_html() -> str:
    translate = QCoreApplication.translate
    steps = (
        translate("About", "Identify every source of information about your customers."),
        translate("About", "Select the sources worth collecting from."),
        translate("About", "Collect and catalogue feedback under a clear scheme of needs."),
        translate("About", "Analyse it: NPS, trends, the needs that cost the most NPS."),
        translate("About", "Define who is responsible for each need, source and item."),
    )
    paragraphs = (
        translate("About", "Version {version}").format(version=__version__),
        translate("About", "Licence: {licence}").format(licence=LICENCE),
    )
    method = translate(
        "About",
        "An offline catalogue of customer feedback for Customer Advocacy: acting for the "
        "customer’s good until they recommend you. It serves the five steps of the method:",
    )
    items = "".join(f"<li>{html.escape(step)}</li>" for step in steps)
    return (
        f"<h3>{html.escape(APP_NAME)}</h3>"
        f"<p>{'<br>'.join(html.escape(p) for p in paragraphs)}</p>"
        f"<p>{html.escape(method)}</p>"
        f"<ol>{items}</ol>"
    )


def show_about(parent: QWidget | None) -> None:
    title = QCoreApplication.translate("About", "About {name}").format(name=APP_NAME)
    QMessageBox.about(parent, title, about_html())
