"""`advocacy-desktop [CATALOGUE]`: the GUI's composition root.

Order matters for start-up time: QApplication, translator and main window come first and the
window paints; only then is the catalogue service imported (and SQLAlchemy with it), handed to
the window, and a catalogue opened: the one given, else the last one, else the default one.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication

from advocacy_desktop import APP_NAME, ORGANISATION, __version__
from advocacy_desktop.ui import i18n
from advocacy_desktop.ui.main_window import MainWindow
from advocacy_desktop.ui.qt_check import bindings_leak_singletons
from advocacy_desktop.ui.settings import AppSettings
from advocacy_desktop.ui.tasks import TaskHandle

log = logging.getLogger(__name__)

DEFAULT_CATALOGUE_NAME = "catalogue.advocacy"
EXIT_USAGE = 2


def default_catalogue_path() -> Path:
    """<user data folder>/Advocacy Desktop/catalogue.advocacy, e.g. ~/.local/share on Linux.

    The generic data folder plus the app name, not AppDataLocation, which would repeat the
    name (organisation and application are both "Advocacy Desktop")."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    return Path(folder) / APP_NAME / DEFAULT_CATALOGUE_NAME


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="advocacy-desktop", description=f"{APP_NAME}: a catalogue of customer feedback."
    )
    parser.add_argument("catalogue", nargs="?", help="the catalogue file to open")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def setup_logging() -> None:
    level = os.environ.get("ADVOCACY_LOG", "WARNING").upper()
    logging.basicConfig(
        level=getattr(logging, level, logging.WARNING),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


def create_application(argv: Sequence[str]) -> QApplication:
    """The QApplication, with the names QSettings and QStandardPaths derive paths from."""
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication([sys.argv[0] if sys.argv else "advocacy-desktop", *argv])
    app.setApplicationDisplayName(APP_NAME)
    return app


def launch(
    app: QApplication,
    settings: QSettings,
    catalogue: str | None = None,
    *,
    default_path: Path | None = None,
) -> MainWindow:
    """Show the main window; after its first paint, attach the services and open a catalogue."""
    i18n.install_translator(app, AppSettings(settings).language())
    window = MainWindow(settings)
    window.first_painted.connect(lambda: start_services(window, catalogue, default_path))
    window.show()
    return window


def start_services(
    window: MainWindow, catalogue: str | None, default_path: Path | None = None
) -> TaskHandle | None:
    """Runs once the window has painted: the first import of SQLAlchemy happens here."""
    from advocacy_desktop.services import (
        advocates_service,
        catalogue_merge,
        catalogue_service,
        catalogue_setup,
        charts,
        concurrency,
        customers_service,
        dashboard_service,
        demo_catalogue,
        exporting,
        feedback_query,
        import_service,
        needs_service,
        people_service,
        privacy,
        report_workbook,
        responsibility_service,
        rules,
        sources_service,
        starter_needs,
        tagging,
        workflow_service,
    )
    from advocacy_desktop.ui.advocates_page import AdvocatesPage
    from advocacy_desktop.ui.change_watch import watch_window
    from advocacy_desktop.ui.dashboard_page import DashboardPage
    from advocacy_desktop.ui.feedback_page import FeedbackPage, FeedbackServices
    from advocacy_desktop.ui.first_run import FirstRun
    from advocacy_desktop.ui.followup_widget import FollowUpWidget
    from advocacy_desktop.ui.imports_page import ImportsPage
    from advocacy_desktop.ui.merge_action import MergeAction
    from advocacy_desktop.ui.needs_page import NeedsPage
    from advocacy_desktop.ui.people_page import PeoplePage
    from advocacy_desktop.ui.sources_page import SourcesPage

    window.attach_services(catalogue_service)
    window.attach_import_service(import_service)
    tasks, undo = window.tasks, window.undo_stack
    window.replace_page(
        "imports", ImportsPage(import_service, tasks, window.ui_actions.import_file, window)
    )
    window.replace_page("sources", SourcesPage(sources_service, tasks, undo, window))
    window.replace_page(
        "needs",
        NeedsPage(
            needs_service, tasks, undo, window, rules_service=rules, tagging_service=tagging
        ),
    )
    people_page = PeoplePage(people_service, responsibility_service, tasks, undo, window)
    people_page.add_followup(
        FollowUpWidget(
            workflow_service, people_service, tasks, undo, settings=window.settings.qsettings
        )
    )
    window.replace_page("people", people_page)
    feedback_services = FeedbackServices(
        feedback_query,
        tagging,
        needs_service,
        sources_service,
        rules,
        import_service,
        workflow_service=workflow_service,
        people_service=people_service,
    )
    feedback_page = FeedbackPage(
        feedback_services, tasks, undo, window, settings=window.settings.qsettings,
        import_action=window.ui_actions.import_file,
    )
    window.replace_page("feedback", feedback_page)
    dashboard = DashboardPage(
        dashboard_service, charts, tasks, window, filter_type=feedback_query.FeedbackFilter,
        exporting=exporting, report=report_workbook, import_action=window.ui_actions.import_file,
    )
    window.replace_page("dashboard", dashboard)
    follow_feedback_filters(window, dashboard, feedback_page)
    advocates = AdvocatesPage(
        advocates_service, customers_service, privacy, people_service, tasks, undo, window
    )
    window.replace_page("advocates", advocates)
    advocates.catalogue_modified.connect(dashboard.mark_stale)
    window.change_watch = watch_window(window, concurrency, feedback_page)
    window.merge_action = MergeAction(window, catalogue_service, catalogue_merge)
    window.first_run = FirstRun(
        window, catalogue_service, catalogue_setup, demo_catalogue, sources_service,
        people_service, starter_needs, default_path or default_catalogue_path(),
    )
    window.counts_changed.connect(lambda _counts: advocates.mark_stale())
    feedback_page.empty_state.set_demo_action(window.first_run.demo_action)
    window.counts_changed.connect(feedback_page.empty_state.catalogue_counted)
    for page in window.pages():
        if page is not advocates:
            page.catalogue_modified.connect(advocates.mark_stale)
    return open_initial_catalogue(window, catalogue, default_path)


def follow_feedback_filters(window: MainWindow, dashboard: Any, feedback_page: Any) -> None:
    """The dashboard shows what the Feedback page's filter keeps; clearing it on the dashboard
    clears it there too. Any change to the catalogue makes the dashboard stale (it refreshes
    when it is shown)."""
    feedback_page.filter_bar.filter_changed.connect(dashboard.set_filter)
    dashboard.filter_changed.connect(feedback_page.filter_bar.set_filter)
    window.counts_changed.connect(lambda _counts: dashboard.mark_stale())
    window.undo_stack.indexChanged.connect(lambda _index: dashboard.mark_stale())
    for page in window.pages():
        if page is not dashboard:
            page.catalogue_modified.connect(dashboard.mark_stale)


def open_initial_catalogue(
    window: MainWindow, requested: str | None, default_path: Path | None = None
) -> TaskHandle | None:
    """The catalogue given on the command line, else the last one, else the default one.

    With none of them (the first start), the getting-started guide opens instead, and its
    Finish creates the default catalogue; closing it creates nothing. A default catalogue
    that exists but fails to open is reported and left alone, never replaced.
    """
    if requested:
        return window.open_catalogue(requested)
    last = window.settings.last_catalogue()
    if last and Path(last).exists():
        return window.open_catalogue(last)
    default = default_path or default_catalogue_path()
    if not default.exists():
        if last:
            window.report_missing_last_catalogue(last)
        window.first_run.show_guide(default)
        return None
    handle = window.open_catalogue(default)
    if last and handle is not None:
        handle.succeeded.connect(lambda _cat: window.report_missing_last_catalogue(last))
    return handle


def close_on_termination(app: QApplication) -> None:
    """SIGTERM and SIGINT (a logout, `kill`, Ctrl+C in the terminal) close the app as Quit
    does: the catalogue is closed, its log folded back into the file and its lock removed.
    Python runs signal handlers only between its own bytecodes, never while Qt's event loop
    waits, so the signal is written to a socket (`signal.set_wakeup_fd`) that Qt watches."""
    import signal
    import socket

    from PySide6.QtCore import QSocketNotifier

    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda *_args: None)  # the wake-up byte does the work
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

    def terminate() -> None:
        try:
            reader.recv(64)
        except OSError:
            pass
        log.info("termination signal: closing")
        app.closeAllWindows()
        app.quit()

    notifier.activated.connect(terminate)
    app._termination = (reader, writer, notifier)  # type: ignore[attr-defined]  # kept alive


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `advocacy-desktop` GUI script; `argv` excludes the program name."""
    setup_logging()
    args_in = list(sys.argv[1:] if argv is None else argv)
    already_running = QApplication.instance() is not None
    app = create_application(args_in)
    if bindings_leak_singletons():
        log.error(
            "this PySide6/shiboken6 build loses references to None on Python %d.%d and will "
            "crash the app; install another version (PySide6-Essentials != 6.12.0)",
            *sys.version_info[:2],
        )
    # A new QApplication strips the options Qt knows (-style, -platform…) from its arguments.
    ours = args_in if already_running else app.arguments()[1:]
    try:
        args = build_parser().parse_args(ours)
    except SystemExit as exc:  # --help, --version, usage errors
        return int(exc.code or 0)
    window = launch(app, QSettings(), args.catalogue)
    close_on_termination(app)
    code = app.exec()
    del window
    return code


if __name__ == "__main__":
    raise SystemExit(main())
