"""The follow-up queue widget shows overdue detractors and marks them contacted (undoably);
the Feedback page assigns a selection and changes its status through undoable commands."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QFont, QUndoStack
from sqlalchemy import text

from advocacy_desktop.services import (
    catalogue_service,
    feedback_query,
    import_service,
    needs_service,
    people_service,
    sources_service,
    tagging,
    workflow_service,
)
from advocacy_desktop.ui.feedback_page import FeedbackPage, FeedbackServices
from advocacy_desktop.ui.followup_widget import QUEUE_COLUMNS, FollowUpWidget
from advocacy_desktop.ui.formatting import short_date
from advocacy_desktop.ui.main_window import MainWindow
from advocacy_desktop.ui.tasks import TaskRunner
from advocacy_desktop.ui.workflow_commands import assign_command
from tests.ui.conftest import MessageBoxes, open_and_wait

TIMEOUT = 15_000
TODAY = date(2026, 11, 25)
CSV = (
    "Date,NPS,Comment,Source\n"
    "2026-11-02,3,The parcel arrived broken and nobody answered,Google\n"
    "2026-11-24,5,Slow answer on the phone,Trustpilot\n"
    "2026-11-03,10,Lovely people,Google\n"
)


def _import(catalogue: Any, tmp_path: Path) -> dict[str, int]:
    path = tmp_path / "f.csv"
    path.write_text(CSV, encoding="utf-8")
    assert import_service.run_import(catalogue, path).imported == 3
    with catalogue.read() as session:
        return dict(session.execute(text("SELECT substr(text, 1, 4), id FROM feedback")).all())


def _column(catalogue: Any, column: str) -> dict[int, Any]:
    with catalogue.read() as session:
        return dict(session.execute(text(f"SELECT id, {column} FROM feedback")).all())


def _widget(qtbot: Any, catalogue: Any, stack: QUndoStack) -> FollowUpWidget:
    tasks = TaskRunner()
    widget = FollowUpWidget(workflow_service, people_service, tasks, stack)
    widget._test_tasks = tasks  # type: ignore[attr-defined]  # keep the runner alive
    widget.today = TODAY
    qtbot.addWidget(widget)
    widget.resize(1000, 650)
    widget.show()
    with qtbot.waitSignal(widget.loaded_changed, timeout=TIMEOUT):
        widget.set_catalogue(catalogue)
    return widget


def _reloaded(qtbot: Any, widget: FollowUpWidget) -> None:
    qtbot.waitUntil(lambda: widget.loaded, timeout=TIMEOUT)


def test_queue_shows_overdue_detractor_and_contacted_is_undoable(
    qtbot: Any, catalogue: Any, tmp_path: Path
) -> None:
    ids = _import(catalogue, tmp_path)
    ana = people_service.add_person(catalogue, "Ana Ruiz")
    workflow_service.assign(catalogue, [ids["The "]], ana)
    stack = QUndoStack()
    widget = _widget(qtbot, catalogue, stack)

    model = widget.model
    assert [q.id for q in model.items] == [ids["The "], ids["Slow"]]  # no promoter
    flag, due = QUEUE_COLUMNS.index("flag"), QUEUE_COLUMNS.index("due")
    assert model.index(0, flag).data() == "Overdue"
    assert model.index(0, due).data() == short_date(date(2026, 11, 4))  # "11/4/26" in en_US
    assert model.index(0, QUEUE_COLUMNS.index("assignee")).data() == "Ana Ruiz"
    font = model.index(0, 0).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert model.index(1, flag).data() == ""  # due 2026-11-26: not late yet
    assert model.index(1, 0).data(Qt.ItemDataRole.FontRole) is None
    people = {load.name: (load.open, load.overdue) for load in widget.people_model.loads}
    assert people["Ana Ruiz"] == (1, 1)
    widget.grab().save("/tmp/followup_queue.png")

    widget.overdue_box.setChecked(True)
    _reloaded(qtbot, widget)
    assert [q.id for q in model.items] == [ids["The "]]
    widget.set_person(ana)
    _reloaded(qtbot, widget)
    assert widget.title_label.text() == "My queue"
    assert [q.id for q in model.items] == [ids["The "]]
    widget.overdue_box.setChecked(False)
    widget.set_person(None)
    _reloaded(qtbot, widget)

    widget.view.selectionModel().select(
        model.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert widget.contacted_button.isEnabled()
    widget.contacted_button.click()
    assert _column(catalogue, "contacted_on")[ids["The "]] == TODAY.isoformat()
    _reloaded(qtbot, widget)
    assert [q.id for q in model.items] == [ids["Slow"]]
    stack.undo()
    assert _column(catalogue, "contacted_on")[ids["The "]] is None
    _reloaded(qtbot, widget)
    assert [q.id for q in model.items] == [ids["The "], ids["Slow"]]
    stack.redo()
    assert _column(catalogue, "contacted_on")[ids["The "]] == TODAY.isoformat()


def test_export_action_list_in_a_task(qtbot: Any, catalogue: Any, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    _import(catalogue, tmp_path)
    widget = _widget(qtbot, catalogue, QUndoStack())
    target = tmp_path / "actions.xlsx"
    handle = widget.export_to(str(target))
    with qtbot.waitSignal(handle.succeeded, timeout=TIMEOUT):
        pass
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert len(rows) == 4 and rows[0][0] == "ID"


def test_assign_command_sets_and_undo_clears(
    qtbot: Any, catalogue: Any, tmp_path: Path
) -> None:
    ids = _import(catalogue, tmp_path)
    ben = people_service.add_person(catalogue, "Ben Okafor")
    two = [ids["The "], ids["Slow"]]
    stack = QUndoStack()
    stack.push(assign_command(workflow_service, catalogue, two, ben, "Ben Okafor"))
    assert stack.undoText() in ("Assign 2 items to Ben Okafor", "Assign 2 item(s) to Ben Okafor")
    assert [_column(catalogue, "assignee_id")[i] for i in two] == [ben, ben]
    stack.undo()
    assert [_column(catalogue, "assignee_id")[i] for i in two] == [None, None]
    stack.redo()
    assert [_column(catalogue, "assignee_id")[i] for i in two] == [ben, ben]


def _page(qtbot: Any, window: MainWindow, catalogue_path: Path, tmp_path: Path,
          **extra: Any) -> FeedbackPage:
    services = FeedbackServices(feedback_query, tagging, needs_service, sources_service,
                                **extra)
    page = FeedbackPage(services, window.tasks, window.undo_stack, window)
    window.replace_page("feedback", page)
    open_and_wait(qtbot, window, catalogue_path)
    window.navigator.set_current_id("feedback")
    qtbot.waitUntil(lambda: page.loaded and page.model.count_known, timeout=TIMEOUT)
    return page


def _select(page: FeedbackPage, rows: list[int]) -> list[int]:
    flags = QItemSelectionModel.SelectionFlag
    model = page.view.selectionModel()
    model.clearSelection()
    for row in rows:
        model.select(page.model.index(row, 0), flags.Select | flags.Rows)
    return page.selected_ids()


def test_feedback_page_assigns_and_sets_status_of_a_selection(
    qtbot: Any, window: MainWindow, catalogue_path: Path, tmp_path: Path,
    message_boxes: MessageBoxes,
) -> None:
    with catalogue_service.open_existing(catalogue_path) as catalogue:
        _import(catalogue, tmp_path)
        ben = people_service.add_person(catalogue, "Ben Okafor")
    page = _page(qtbot, window, catalogue_path, tmp_path,
                 workflow_service=workflow_service, people_service=people_service)
    opened = page.catalogue
    chosen = _select(page, [0, 1])
    assert len(chosen) == 2
    menu = page.build_context_menu()
    assert menu is not None
    titles = [a.text() for a in menu.actions()]
    assert "Assign to" in titles and "Status" in titles
    assign_menu = next(a.menu() for a in menu.actions() if a.text() == "Assign to")
    next(a for a in assign_menu.actions() if a.text() == "Ben Okafor").trigger()
    assert [_column(opened, "assignee_id")[i] for i in chosen] == [ben, ben]
    window.undo_stack.undo()
    assert [_column(opened, "assignee_id")[i] for i in chosen] == [None, None]

    _select(page, [0, 1])
    assert page.set_status_of_selected("closed") is None  # new -> closed is not allowed
    assert message_boxes.shown and "cannot move to closed" in message_boxes.texts[-1]
    assert set(_column(opened, "status").values()) == {"new"}
    _select(page, [0, 1])
    assert page.set_status_of_selected("triaged") is not None
    assert [_column(opened, "status")[i] for i in chosen] == ["triaged", "triaged"]
    window.undo_stack.undo()
    assert [_column(opened, "status")[i] for i in chosen] == ["new", "new"]


def test_feedback_page_without_workflow_has_no_assign_menu(
    qtbot: Any, window: MainWindow, catalogue_path: Path, tmp_path: Path
) -> None:
    with catalogue_service.open_existing(catalogue_path) as catalogue:
        _import(catalogue, tmp_path)
    page = _page(qtbot, window, catalogue_path, tmp_path)
    _select(page, [0])
    menu = page.build_context_menu()
    assert menu is not None
    titles = [a.text() for a in menu.actions()]
    assert "Assign to" not in titles and "Status" not in titles
    assert page.assign_selected(None, "") is None


def test_the_people_page_carries_the_queue_as_a_tab(
    qtbot: Any, catalogue: Any, tmp_path: Path
) -> None:
    from advocacy_desktop.services import responsibility_service
    from advocacy_desktop.ui.people_page import PeoplePage

    _import(catalogue, tmp_path)
    tasks = TaskRunner()
    stack = QUndoStack()
    page = PeoplePage(people_service, responsibility_service, tasks, stack)
    page._test_tasks = tasks  # type: ignore[attr-defined]
    qtbot.addWidget(page)
    followup = FollowUpWidget(workflow_service, people_service, tasks, stack)
    followup.today = TODAY
    index = page.add_followup(followup)
    assert page.tabs.tabText(index) == "Follow-up"
    with qtbot.waitSignal(followup.loaded_changed, timeout=TIMEOUT):
        page.set_catalogue(catalogue)
    qtbot.waitUntil(lambda: followup.loaded, timeout=TIMEOUT)
    assert followup.model.rowCount() == 2  # the page handed its catalogue to the queue


def test_the_detail_pane_says_why_an_item_has_its_owner(
    qtbot: Any, window: MainWindow, catalogue_path: Path, tmp_path: Path
) -> None:
    with catalogue_service.open_existing(catalogue_path) as catalogue:
        _import(catalogue, tmp_path)
        ben = people_service.add_person(catalogue, "Ben Okafor")
    page = _page(qtbot, window, catalogue_path, tmp_path,
                 workflow_service=workflow_service, people_service=people_service)
    chosen = _select(page, [0])
    page.view.setCurrentIndex(page.model.index(0, 0))
    assert page.assign_selected(ben, "Ben Okafor") is not None
    _select(page, [0])
    page.view.setCurrentIndex(page.model.index(0, 1))
    expected = workflow_service.routing_explanation(page.catalogue, chosen[0])
    qtbot.waitUntil(lambda: expected in page.detail_pane.text(), timeout=TIMEOUT)
    assert "Ben Okafor" in expected


def test_due_date_and_notes_of_a_selection_are_one_undo_step(
    qtbot: Any, window: MainWindow, catalogue_path: Path, tmp_path: Path
) -> None:
    from advocacy_desktop.ui import followup_edit

    with catalogue_service.open_existing(catalogue_path) as catalogue:
        _import(catalogue, tmp_path)
    page = _page(qtbot, window, catalogue_path, tmp_path,
                 workflow_service=workflow_service, people_service=people_service)
    opened = page.catalogue
    chosen = _select(page, [0, 2])
    followup_edit.apply_follow_up(page, chosen, date(2026, 12, 1), "Call back after 5 pm")
    assert {_column(opened, "due_on")[i] for i in chosen} == {"2026-12-01"}
    assert {_column(opened, "notes")[i] for i in chosen} == {"Call back after 5 pm"}
    assert window.undo_stack.undoText() == "Due date and notes"
    window.undo_stack.undo()
    assert {_column(opened, "due_on")[i] for i in chosen} == {None}
    assert {_column(opened, "notes")[i] for i in chosen} == {None}
    dialog = followup_edit.FollowUpDialog(2, None, "old", page)
    assert dialog.due() is None and dialog.notes() == "old"
    dialog.has_due.setChecked(True)
    assert dialog.due() == date.today()


def test_the_answer_time_is_a_setting_that_moves_due_dates(
    qtbot: Any, catalogue: Any, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    from advocacy_desktop.domain.workflow import follow_up_due

    _import(catalogue, tmp_path)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    tasks = TaskRunner()
    widget = FollowUpWidget(workflow_service, people_service, tasks, QUndoStack(),
                            settings=settings)
    widget._test_tasks = tasks  # type: ignore[attr-defined]
    widget.today = TODAY
    qtbot.addWidget(widget)
    assert widget.working_days() == 2
    with qtbot.waitSignal(widget.loaded_changed, timeout=TIMEOUT):
        widget.set_catalogue(catalogue)
    qtbot.waitUntil(lambda: widget.loaded, timeout=TIMEOUT)
    widget.days_spin.setValue(5)
    qtbot.waitUntil(lambda: widget.loaded and len(widget.model.items) == 2 and all(
        item.due == follow_up_due(item.received_on, 5) for item in widget.model.items
    ), timeout=TIMEOUT)
    assert int(settings.value("followup/working_days")) == 5
    again = FollowUpWidget(workflow_service, people_service, tasks, QUndoStack(),
                           settings=settings)
    qtbot.addWidget(again)
    assert again.working_days() == 5


def test_the_answer_time_suffix_follows_the_number(qtbot: Any, qapp: Any) -> None:
    from advocacy_desktop.ui import i18n

    tasks = TaskRunner()
    widget = FollowUpWidget(workflow_service, people_service, tasks, QUndoStack())
    widget._test_tasks = tasks  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    try:
        i18n.install_translator(qapp, "en")
        widget.retranslate_ui()
        widget.days_spin.setValue(1)
        assert widget.days_spin.suffix() == " working day"
        widget.days_spin.setValue(3)
        assert widget.days_spin.suffix() == " working days"
        assert widget.days_spin.prefix() == ""
        i18n.install_translator(qapp, "ko")
        widget.retranslate_ui()
        assert widget.days_spin.text() == "영업일 3일"  # the number inside the words
    finally:
        i18n.install_translator(qapp, "en")
