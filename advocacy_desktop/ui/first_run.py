"""The first-run guide and the demo catalogue in the main window.

When the app starts with no catalogue to reopen, `FirstRun.show_guide` walks the user through
the five steps of the method; Finish builds the catalogue in a background task (through
services.catalogue_setup) and opens it. "Explore a Demo Catalogue" builds the demo
(services.demo_catalogue) into the data folder, with progress and Cancel, or reopens the one
built before. Closing the guide creates nothing. Help ▸ Getting Started Guide… runs the guide
again (for another catalogue); File ▸ Open Demo Catalogue… opens the demo.

Created by the composition root after the first paint, with the services handed in.
"""

from __future__ import annotations

import html
from pathlib import Path
from types import ModuleType
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from advocacy_desktop.ui.default_names import need_names, role_label, source_label
from advocacy_desktop.ui.first_run_pages import (
    AnalysisPage,
    ReadyPage,
    RolesPage,
    SchemePage,
    SelectionPage,
    SourcesPage,
    WelcomePage,
)
from advocacy_desktop.ui.messages import describe
from advocacy_desktop.ui.pages import icon
from advocacy_desktop.ui.tasks import TaskCancelled, TaskContext, TaskHandle

STATUS_MESSAGE_MS = 10_000
DEMO_RESULT = 2
"""The guide's result when the user chose the demo instead."""
DEMO_STEM = "demo"
CATALOGUE_STEM = "catalogue"


class FirstRunGuide(QWizard):
    """The guide. Finish (Accepted) means: create a catalogue with `choices()` at `target()`."""

    demo_requested = Signal()

    def __init__(self, path: Path, sources: list[tuple[str, str]], kinds: tuple[str, ...],
                 roles: list[str], starter: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunGuide")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.customButtonClicked.connect(lambda _which: self.choose_demo())
        # focused on a page without inputs (step 4) it would take Return from Next
        self.button(QWizard.WizardButton.CustomButton1).setAutoDefault(False)
        self.welcome = WelcomePage()
        self.welcome.demo_requested.connect(self.choose_demo)
        self.sources_page = SourcesPage(sources, kinds)
        self.selection_page = SelectionPage(self.sources_page)
        self.scheme_page = SchemePage(starter)
        self.analysis_page = AnalysisPage()
        self.roles_page = RolesPage(roles)
        self.ready_page = ReadyPage(path)
        for page in (self.welcome, self.sources_page, self.selection_page, self.scheme_page,
                     self.analysis_page, self.roles_page, self.ready_page):
            self.addPage(page)
        self.currentIdChanged.connect(self._page_shown)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, icon("advocacy-desktop").pixmap(48, 48))
        self.setMinimumSize(720, 560)
        self.retranslate_ui()

    def choose_demo(self) -> None:
        self.demo_requested.emit()
        self.done(DEMO_RESULT)

    def _page_shown(self, _page_id: int) -> None:
        page = self.currentPage()
        # the welcome page has its own, larger demo button
        buttons = [] if page is self.welcome else [QWizard.WizardButton.CustomButton1]
        self.setButtonLayout([
            *buttons, QWizard.WizardButton.Stretch, QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        ])
        if page is self.ready_page:
            self.ready_page.set_summary(self.summary())

    # --- the choices

    def target(self) -> Path | None:
        return self.ready_page.target()

    def import_after(self) -> bool:
        return self.scheme_page.import_after.isChecked()

    def choices(self) -> dict[str, Any]:
        """The keyword arguments of services.catalogue_setup.FirstCatalogue."""
        starter = self.scheme_page.use_starter.isChecked()
        roles = self.roles_page
        return {
            "drop_sources": tuple(self.sources_page.dropped_defaults()),
            "own_sources": tuple(self.sources_page.own_sources()),
            "not_collected": tuple(self.selection_page.not_collected()),
            "starter_needs": starter,
            "need_names": need_names() if starter else {},
            "need_rules": starter and self.scheme_page.with_rules.isChecked(),
            "person_name": " ".join(roles.name_edit.text().split()),
            "person_email": roles.email_edit.text().strip(),
            "role_name": roles.role_combo.currentData() or "",
        }

    def summary(self) -> list[str]:
        """What Finish will create, one line per step (HTML-escaped)."""
        kept = self.sources_page.kept()
        off = set(self.selection_page.not_collected())
        lines = [self.tr("%n source(s), collected from: {names}", "", len(kept)).format(
            names=html.escape(", ".join(source_label(n) for n, _k in kept if n not in off)
                              or self.tr("none yet")))]
        if self.scheme_page.use_starter.isChecked():
            rules = self.scheme_page.with_rules.isChecked()
            lines.append(self.tr("Common customer needs, with auto-tag rules") if rules
                         else self.tr("Common customer needs, without rules"))
        else:
            lines.append(self.tr("No needs yet"))
        name = " ".join(self.roles_page.name_edit.text().split())
        if name:
            lines.append(self.tr("You: {name}, {role}").format(
                name=html.escape(name),
                role=html.escape(role_label(self.roles_page.role_combo.currentData() or ""))))
        if self.import_after():
            lines.append(self.tr("Then: import a first file"))
        return lines

    # --- texts

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Getting Started"))
        self.setButtonText(QWizard.WizardButton.CustomButton1,
                           self.tr("Explore a &Demo Catalogue"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Create Catalogue"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def _create_task(ctx: TaskContext, setup: ModuleType, path: Path, plan: Any) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        return setup.create_first(path, plan,
                                  progress=lambda done, total: ctx.progress(done, total),
                                  should_cancel=lambda: ctx.cancelled)
    except setup.SetupCancelled:
        raise TaskCancelled from None


def _demo_task(ctx: TaskContext, catalogue_service: ModuleType, setup: ModuleType,
               demo: ModuleType, folder: Path, names: dict[str, str], items: int) -> Path:
    """The demo in `folder`: the one built before when it is sound, else a new one (never
    over a file)."""
    existing = folder / f"{DEMO_STEM}.advocacy"
    if existing.exists() and catalogue_service.check(existing).ok:
        return existing
    folder.mkdir(parents=True, exist_ok=True)
    target = setup.free_path(folder, DEMO_STEM)
    try:
        demo.build_demo(target, items=items, need_names=names,
                        progress=lambda done, total: ctx.progress(done, total),
                        should_cancel=lambda: ctx.cancelled)
    except setup.SetupCancelled:
        raise TaskCancelled from None
    return target


class FirstRun(QObject):
    """The guide, the demo, and their menu actions in one window."""

    def __init__(self, window: Any, catalogue_service: ModuleType, setup_service: ModuleType,
                 demo_service: ModuleType, sources_service: ModuleType,
                 people_service: ModuleType, starter_needs: ModuleType,
                 default_path: Path) -> None:
        super().__init__(window)
        self.window = window
        self.catalogue_service = catalogue_service
        self.setup = setup_service
        self.demo = demo_service
        self.sources = [(s.name, s.kind) for s in sources_service.DEFAULT_SOURCES]
        self.kinds = tuple(sources_service.SOURCE_KINDS)
        self.roles = [name for name, _level in people_service.DEFAULT_ROLES]
        self.starter = starter_needs.STARTER_NEEDS
        self.default_path = default_path
        self.demo_items: int = demo_service.DEFAULT_ITEMS
        """How many items a new demo holds (tests make it small)."""
        self.guide: FirstRunGuide | None = None
        self.handle: TaskHandle | None = None
        self._import_for: Path | None = None
        actions = window.ui_actions
        self.guide_action = QAction(window)
        self.guide_action.triggered.connect(lambda: self.show_guide())
        actions.help_menu.insertAction(actions.help_menu.actions()[0], self.guide_action)
        self.demo_action = QAction(window)
        self.demo_action.triggered.connect(lambda: self.open_demo())
        file_actions = actions.file_menu.actions()
        after_recent = file_actions.index(actions.recent_menu.menuAction()) + 1
        actions.file_menu.insertAction(file_actions[after_recent], self.demo_action)
        window.catalogue_changed.connect(self._catalogue_opened)
        window.installEventFilter(self)  # to follow language changes
        self.retranslate_ui()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False

    def retranslate_ui(self) -> None:
        self.guide_action.setText(self.tr("&Getting Started Guide…"))
        self.guide_action.setStatusTip(self.tr(
            "Set up a new catalogue step by step: sources, needs, analysis and roles"))
        self.demo_action.setText(self.tr("Open &Demo Catalogue…"))
        self.demo_action.setStatusTip(self.tr(
            "A year of made-up feedback in six languages, to explore without your own data"))

    # --- the guide

    def show_guide(self, path: Path | None = None) -> FirstRunGuide:
        """Open the guide (one at a time); Finish creates a catalogue at `path`, by default
        the default catalogue or, when that exists, a free name beside it."""
        if self.guide is not None:
            self.guide.raise_()
            self.guide.activateWindow()
            return self.guide
        if path is None:
            path = self.setup.free_path(self.default_path.parent, self.default_path.stem)
        guide = FirstRunGuide(path, self.sources, self.kinds, self.roles, self.starter,
                              self.window)
        guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        guide.finished.connect(lambda result, g=guide: self._guide_done(g, result))
        self.guide = guide
        guide.open()
        return guide

    def _guide_done(self, guide: FirstRunGuide, result: int) -> None:
        self.guide = None
        if result == QWizard.DialogCode.Rejected and self.window.catalogue is None:
            self._say(self.tr("No catalogue is open: create one with File ▸ New Catalogue…, "
                              "open one with File ▸ Open…, or run Help ▸ Getting Started "
                              "Guide… again."))
        elif result == DEMO_RESULT:
            self.open_demo()
        elif result == QWizard.DialogCode.Accepted:
            target = guide.target()
            if target is not None:
                self.create(target, self.setup.FirstCatalogue(**guide.choices()),
                            import_after=guide.import_after())

    def create(self, path: Path, plan: Any, *, import_after: bool = False) -> TaskHandle:
        """Build the catalogue of the guide's choices in a task, then open it."""
        handle = self.window.tasks.run(
            _create_task, self.setup, path, plan,
            title=self.tr("Creating {name}…").format(name=path.name))
        handle.succeeded.connect(lambda created: self._open(created, import_after))
        handle.failed.connect(lambda exc: self._failed(self.tr("Cannot Create Catalogue"),
                                                       self.tr("Could not create {path}").format(
                                                           path=path), exc))
        handle.cancelled.connect(lambda: self._say(self.tr("No catalogue was created.")))
        self.handle = handle
        return handle

    # --- the demo

    def open_demo(self) -> TaskHandle:
        """Open the demo catalogue of the data folder, building it first if needed."""
        folder = self.default_path.parent
        handle = self.window.tasks.run(
            _demo_task, self.catalogue_service, self.setup, self.demo, folder, need_names(),
            self.demo_items, title=self.tr("Building the demo catalogue…"))
        handle.succeeded.connect(lambda path: self._open(path, False))
        handle.failed.connect(lambda exc: self._failed(
            self.tr("Cannot Build the Demo"),
            self.tr("Could not build the demo catalogue in {folder}").format(folder=folder), exc))
        handle.cancelled.connect(lambda: self._say(self.tr(
            "The demo catalogue was not built; nothing was written.")))
        self.handle = handle
        return handle

    # --- outcomes

    def _open(self, path: Path, import_after: bool) -> None:
        self._import_for = path if import_after else None
        self.window.open_catalogue(path)

    def _catalogue_opened(self, catalogue: Any) -> None:
        wanted, self._import_for = self._import_for, None
        if wanted is None or catalogue is None or getattr(catalogue, "path", None) != wanted:
            return
        self.window.import_file()

    def _failed(self, title: str, text: str, error: BaseException) -> None:
        message = describe(getattr(error, "message", None) or error)
        QMessageBox.warning(self.window, title, text + "\n\n" + message)

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MESSAGE_MS)
