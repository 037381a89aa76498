"""The pages of the main window, and the registry later features use to replace them.

Every page is a `Page`: it knows its id, its translated title and icon, receives the open
catalogue through `set_catalogue`, and re-sets its texts in `retranslate_ui`. Until a feature
provides the real page, an `EmptyStatePage` says what the page will hold.

    window.replace_page("feedback", FeedbackPage(services, parent=window))
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from advocacy_desktop.ui import icons

if TYPE_CHECKING:
    from advocacy_desktop.services.catalogue_service import Catalogue


def icon(name: str) -> QIcon:
    """An icon from resources/icons by file name without suffix (SVG), in the palette's ink."""
    return icons.icon(name)


@dataclass(frozen=True)
class PageSpec:
    """What the shell knows about a page before its feature exists. The texts are the
    untranslated sources; they are translated (context "Pages") each time they are shown."""

    page_id: str
    title: str
    step: str
    description: str
    icon_name: str


PAGE_SPECS: tuple[PageSpec, ...] = (
    PageSpec(
        "dashboard",
        QT_TRANSLATE_NOOP("Pages", "Dashboard"),
        QT_TRANSLATE_NOOP("Pages", "Step 4 of the method · Analyse"),
        QT_TRANSLATE_NOOP(
            "Pages",
            "The state of the catalogue at a glance: NPS with its margin of error, its trend "
            "over time, and the customer needs that cost the most NPS.",
        ),
        "dashboard",
    ),
    PageSpec(
        "feedback",
        QT_TRANSLATE_NOOP("Pages", "Feedback"),
        QT_TRANSLATE_NOOP("Pages", "Step 3 of the method · Collect and catalogue"),
        QT_TRANSLATE_NOOP(
            "Pages",
            "Every piece of customer feedback in the catalogue, to read, tag with the needs "
            "it expresses, and assign to the person who follows it up.",
        ),
        "feedback",
    ),
    PageSpec(
        "sources",
        QT_TRANSLATE_NOOP("Pages", "Sources"),
        QT_TRANSLATE_NOOP("Pages", "Steps 1 and 2 of the method · Identify and select"),
        QT_TRANSLATE_NOOP(
            "Pages",
            "Where feedback comes from: review sites, social media, the support desk, "
            "surveys. Each source can be switched off without losing what it brought.",
        ),
        "sources",
    ),
    PageSpec(
        "needs",
        QT_TRANSLATE_NOOP("Pages", "Needs"),
        QT_TRANSLATE_NOOP("Pages", "Step 3 of the method · A shared scheme"),
        QT_TRANSLATE_NOOP(
            "Pages",
            "The taxonomy of customer needs that feedback is catalogued under, clear enough "
            "to share with a team or a client as a file.",
        ),
        "needs",
    ),
    PageSpec(
        "people",
        QT_TRANSLATE_NOOP("Pages", "People & roles"),
        QT_TRANSLATE_NOOP("Pages", "Step 5 of the method · Roles and responsibilities"),
        QT_TRANSLATE_NOOP(
            "Pages",
            "Who owns which need, which source and which piece of feedback: the people of "
            "the organisation, their roles, and who is responsible for what.",
        ),
        "people",
    ),
    PageSpec(
        "advocates",
        QT_TRANSLATE_NOOP("Pages", "Advocates"),
        QT_TRANSLATE_NOOP("Pages", "Brand advocates · Find them, keep them"),
        QT_TRANSLATE_NOOP(
            "Pages",
            "Customers whose latest answer is 9 or 10, what was last done for them, and who "
            "is at risk of falling away: the promoters who recommend you unprompted.",
        ),
        "advocates",
    ),
    PageSpec(
        "imports",
        QT_TRANSLATE_NOOP("Pages", "Imports"),
        QT_TRANSLATE_NOOP("Pages", "Step 3 of the method · Collect"),
        QT_TRANSLATE_NOOP(
            "Pages",
            "Each file imported into the catalogue, with the rows that were rejected and why, "
            "so they can be fixed and imported again.",
        ),
        "imports",
    ),
)


def translate(text: str) -> str:
    return QCoreApplication.translate("Pages", text)


class Page(QWidget):
    """Base of every page. Subclasses override `retranslate_ui` and `set_catalogue`."""

    catalogue_modified = Signal()
    """Emitted after the page changed the catalogue's content: the window recounts."""

    def __init__(self, spec: PageSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self._catalogue: Catalogue | None = None

    @property
    def page_id(self) -> str:
        return self.spec.page_id

    @property
    def catalogue(self) -> Catalogue | None:
        return self._catalogue

    def title(self) -> str:
        return translate(self.spec.title)

    def icon(self) -> QIcon:
        return icon(self.spec.icon_name)

    def set_catalogue(self, catalogue: Catalogue | None) -> None:
        """Called with the newly opened catalogue, or None once it is closed."""
        self._catalogue = catalogue

    def retranslate_ui(self) -> None:
        """Re-set every visible text; called on QEvent.LanguageChange."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class EmptyStatePage(Page):
    """Stands in for a page whose feature is not built yet: what it will hold, and what the
    user can do now."""

    def __init__(self, spec: PageSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.setObjectName(f"page-{spec.page_id}")
        self._icon = QLabel()
        self._icon.setPixmap(self.icon().pixmap(QSize(56, 56)))
        self._icon.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._title = QLabel()
        self._title.setObjectName("pageTitle")
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self._title.setFont(font)
        self._step = QLabel()
        self._step.setObjectName("pageStep")
        self._step.setStyleSheet("color: palette(mid);")
        self._description = QLabel()
        self._hint = QLabel()
        self._hint.setObjectName("pageHint")
        self._hint.setStyleSheet(
            "background: palette(alternate-base); border: 1px solid palette(midlight);"
            "border-radius: 6px; padding: 10px 14px;"
        )
        for label in (self._title, self._step, self._description, self._hint):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # Word-wrapped labels only get their full height when the column has a real width:
        # it expands between two stretches up to 560 px instead of shrinking to a size hint.
        column = QWidget()
        column.setMaximumWidth(560)
        column.setMinimumWidth(280)
        column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        inner = QVBoxLayout(column)
        inner.setSpacing(10)
        inner.addWidget(self._icon)
        inner.addWidget(self._title)
        inner.addWidget(self._step)
        inner.addSpacing(6)
        inner.addWidget(self._description)
        inner.addSpacing(10)
        inner.addWidget(self._hint)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 4)
        row.addStretch(1)
        layout.addStretch(2)
        layout.addLayout(row)
        layout.addStretch(3)
        self.retranslate_ui()

    def hint(self) -> str:
        return self._hint.text()

    def set_catalogue(self, catalogue: Catalogue | None) -> None:
        super().set_catalogue(catalogue)
        self._hint.setText(self._hint_text())

    def retranslate_ui(self) -> None:
        self._title.setText(self.title())
        self._step.setText(translate(self.spec.step))
        self._description.setText(translate(self.spec.description))
        self._hint.setText(self._hint_text())

    def _hint_text(self) -> str:
        if self.catalogue is None:
            return self.tr(
                "No catalogue is open. Create one with File ▸ New Catalogue… or open one "
                "with File ▸ Open…."
            )
        return self.tr(
            "This page arrives in a later version. Your catalogue is open; File ▸ Backup… "
            "saves a safe copy of it at any time."
        )


def default_pages(parent: QWidget | None = None) -> list[Page]:
    """One empty-state page per registered page, in navigation order."""
    return [EmptyStatePage(spec, parent) for spec in PAGE_SPECS]


def page_spec(page_id: str) -> PageSpec:
    for spec in PAGE_SPECS:
        if spec.page_id == page_id:
            return spec
    raise KeyError(page_id)
