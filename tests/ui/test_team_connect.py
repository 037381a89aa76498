"""File ▸ Connect to Team Catalogue… against a real PostgreSQL server: the dialog opens the
team catalogue in the main window like a file (masked address in the title, no backups), the
Feedback page lists its items, an empty database gets the schema only after a confirmation,
errors are shown, and the recent list never holds a password."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from sqlalchemy import text

from advocacy_desktop.services import (
    catalogue_copy,
    catalogue_service,
    feedback_query,
    import_service,
    needs_service,
    rules,
    sources_service,
    tagging,
)
from advocacy_desktop.ui.feedback_page import FeedbackPage, FeedbackServices
from advocacy_desktop.ui.main_window import MainWindow
from advocacy_desktop.ui.team_connect import (
    TeamConnectDialog,
    masked_password,
    server_address,
    with_password,
    without_password,
)
from tests.pg.conftest import pg_server, pg_url  # noqa: F401 - the real server's fixtures

pytest.importorskip("psycopg", reason="the 'team' extra (psycopg) is not installed")

TIMEOUT = 20_000
CSV = "Date,Score,Comment\n" + "".join(
    f"2025-01-{1 + i % 28:02d},{i % 11},Comment number {i}\n" for i in range(30))


def _with_password(url: str, password: str) -> str:
    return url.replace("advocacy@", f"advocacy:{password}@", 1)


@pytest.fixture
def seeded(pg_url: str, tmp_path: Path) -> str:  # noqa: F811 - pg_url is the fixture
    """A team catalogue with 30 items, copied from a file catalogue."""
    csv = tmp_path / "in.csv"
    csv.write_text(CSV, encoding="utf-8")
    with catalogue_service.create(tmp_path / "seed.advocacy") as seed:
        assert import_service.run_import(seed, csv).imported == 30
        catalogue_copy.copy(seed, pg_url)
    return pg_url


def _feedback_page(window: MainWindow) -> FeedbackPage:
    services = FeedbackServices(feedback_query, tagging, needs_service, sources_service, rules)
    page = FeedbackPage(services, window.tasks, window.undo_stack, window,
                        settings=window.settings.qsettings)
    window.replace_page("feedback", page)
    window.navigator.set_current_id("feedback")
    return page


def test_the_dialog_opens_the_team_catalogue_and_the_feedback_page_lists_it(
        qtbot: Any, window: MainWindow, seeded: str) -> None:
    page = _feedback_page(window)
    assert window.team.action in window.ui_actions.file_menu.actions()
    dialog = window.team.choose()
    qtbot.waitExposed(dialog)
    address = _with_password(seeded, "s3cret")  # the server trusts us: any password works
    dialog.full_address.setText(address)
    assert not dialog.host.isEnabled()  # the address replaces the server fields
    assert dialog.address() == address
    with qtbot.waitSignal(window.counts_changed, timeout=TIMEOUT):
        dialog.accept()
    team = window.catalogue
    assert catalogue_service.is_team(team)
    assert window.windowTitle() == f"{team.url} — Advocacy Desktop"
    assert "s3cret" not in window.windowTitle() and "***" in team.url
    assert window.counts.feedback == 30
    assert not window.ui_actions.backup.isVisible()
    assert not (Path.cwd() / "None").exists()
    qtbot.waitUntil(lambda: page.loaded and page.model.count_known, timeout=TIMEOUT)
    assert page.model.rowCount() == 30
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, 0)) is not None,
                    timeout=TIMEOUT)
    # the recent list keeps the address with its password masked, in the settings too
    recent = window.team.recent.all()
    assert recent == [team.url] and ":***@" in recent[0]
    assert "s3cret" not in str(window.settings.qsettings.value("team/recent"))
    again = window.team.choose()
    assert again.recent.count() == 1 and "s3cret" not in again.recent.item(0).text()
    again.recent.setCurrentRow(0)
    assert again.full_address.text() == recent[0]
    again.password.setText("s3cret")
    # the masked password is replaced by the typed one
    assert unquote(again.address()) == unquote(address)
    again.reject()
    # an edit through the window lands in the shared database
    with team.read() as session:
        first = session.execute(text("SELECT min(id) FROM feedback")).scalar_one()
    tagging.set_source(team, [first], None)
    window.close_catalogue()
    assert window.windowTitle() == "Advocacy Desktop"
    assert window.ui_actions.backup.isVisible()


def test_an_empty_database_gets_the_schema_only_when_confirmed(
        qtbot: Any, window: MainWindow, pg_url: str) -> None:  # noqa: F811
    asked: list[str] = []
    window.team.confirm = lambda _title, body: asked.append(body) or False
    handle = window.team.connect(pg_url)
    qtbot.waitUntil(lambda: not handle.is_running, timeout=TIMEOUT)
    qtbot.wait(50)
    assert len(asked) == 1 and "is empty" in asked[0]
    assert window.catalogue is None
    with pytest.raises(catalogue_service.NotACatalogue):
        catalogue_service.open_team(pg_url)  # still empty: nothing was created
    window.team.confirm = lambda _title, _body: True
    with qtbot.waitSignal(window.counts_changed, timeout=TIMEOUT):
        window.team.connect(pg_url)
    assert catalogue_service.is_team(window.catalogue)
    assert window.counts.feedback == 0


def test_errors_are_shown_clearly(qtbot: Any, window: MainWindow, pg_url: str,  # noqa: F811
                                  message_boxes: Any) -> None:
    missing = pg_url.replace("/advocacy_test_", "/no_such_db_", 1)
    handle = window.team.connect(_with_password(missing, "hidden"))
    qtbot.waitUntil(lambda: bool(message_boxes.shown), timeout=TIMEOUT)
    kind, title, body = message_boxes.shown[0]
    assert (kind, title) == ("warning", "Cannot Connect")
    assert "cannot connect" in body and "no_such_db_" in body
    assert "hidden" not in body
    assert not handle.is_running and window.catalogue is None


def test_addresses_from_the_fields() -> None:
    assert server_address(" db.example.org ", 5433, "team feedback", "ana", "p@ss/word") == (
        "postgresql+psycopg://ana:p%40ss%2Fword@db.example.org:5433/team%20feedback")
    assert server_address("h", 5432, "d", "", "") == "postgresql+psycopg://h:5432/d"
    assert with_password("postgresql+psycopg://ana@h:5432/d", "x y") == (
        "postgresql+psycopg://ana:x%20y@h:5432/d")
    assert with_password("postgresql+psycopg://ana:***@h/d", "pw") == (
        "postgresql+psycopg://ana:pw@h/d")
    assert with_password("postgresql+psycopg://ana:own@h/d", "pw") == (
        "postgresql+psycopg://ana:own@h/d")
    assert without_password("postgresql+psycopg://ana:***@h/d") == "postgresql+psycopg://ana@h/d"
    assert masked_password("postgresql+psycopg://ana:pw@h/d") == "postgresql+psycopg://ana:***@h/d"


def test_screenshot_of_the_dialog(qtbot: Any) -> None:
    dialog = TeamConnectDialog(["postgresql+psycopg://ana:***@db.example.org:5432/support",
                                "postgresql+psycopg://consult@10.0.0.7:5432/client_acme"])
    qtbot.addWidget(dialog)
    dialog.host.setText("db.example.org")
    dialog.database.setText("support")
    dialog.user.setText("ana")
    dialog.password.setText("secret")
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    assert dialog.address() == "postgresql+psycopg://ana:secret@db.example.org:5432/support"
    dialog.grab().save("/tmp/team_connect.png")
