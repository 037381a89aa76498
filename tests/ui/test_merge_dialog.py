"""The Merge Catalogue dialog: the dry run, a choice per conflict, the merge in a task."""

from __future__ import annotations

import sqlite3
from typing import Any

from PySide6.QtCore import Qt

from advocacy_desktop.services import catalogue_merge
from advocacy_desktop.ui.merge_dialog import MergeDialog
from advocacy_desktop.ui.tasks import TaskRunner
from tests.services.test_catalogue_merge import pair  # noqa: F401  (fixture)


def _dialog(qtbot: Any, home: Any, field: Any) -> MergeDialog:
    runner = TaskRunner()
    dialog = MergeDialog(catalogue_merge, home, field, runner)
    qtbot.addWidget(dialog)
    dialog._runner = runner  # keep it alive with the dialog
    with qtbot.waitSignal(dialog.planned, timeout=10_000):
        dialog.start()
    return dialog


def test_choosing_theirs_for_one_conflict_and_merging(qtbot: Any, pair: tuple) -> None:  # noqa: F811
    home, field, ctx = pair
    dialog = _dialog(qtbot, home, field)
    dialog.show()
    model = dialog.conflicts
    assert model.rowCount() == 2 and dialog.merge_button.isEnabled()
    labels = [model.index(r, 2).data() for r in range(2)]
    row = next(r for r, label in enumerate(labels) if "Great service" in label)
    dialog.conflicts_view.selectRow(row)
    assert [dialog.fields.index(0, c).data() for c in range(3)] == ["needs", "Price", "Delivery"]
    assert model.setData(model.index(row, 0), Qt.CheckState.Checked.value,
                         Qt.ItemDataRole.CheckStateRole)
    assert model.index(row, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert "Theirs: 1" in dialog.status.text()
    dialog.grab().save("/tmp/merge_dialog.png")

    with qtbot.waitSignal(dialog.merged, timeout=10_000) as blocker:
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    report = blocker.args[0]
    assert len(report.taken_theirs) == 1 and len(report.kept_ours) == 1
    with sqlite3.connect(home.path) as conn:
        needs = [r[0] for r in conn.execute(
            "SELECT n.name FROM feedback_need fn JOIN need n ON n.id = fn.need_id"
            " WHERE fn.feedback_id = ?", (ctx["items"]["1"],))]
        status = conn.execute("SELECT status FROM feedback WHERE id = ?",
                              (ctx["items"]["2"],)).fetchone()[0]
    assert needs == ["Delivery"] and status == "triaged"
    assert dialog.result() == dialog.DialogCode.Accepted


def test_bulk_buttons_set_every_choice(qtbot: Any, pair: tuple) -> None:  # noqa: F811
    home, field, _ctx = pair
    dialog = _dialog(qtbot, home, field)
    qtbot.mouseClick(dialog.all_theirs, Qt.MouseButton.LeftButton)
    assert set(dialog.conflicts.choices().values()) == {"theirs"}
    qtbot.mouseClick(dialog.all_ours, Qt.MouseButton.LeftButton)
    assert set(dialog.conflicts.choices().values()) == {"ours"}
    counts = dialog.counts
    rows = {counts.index(r, 0).data(): counts.index(r, 1).data()
            for r in range(counts.rowCount())}
    assert rows["Items"] == "1" and rows["Needs"] == "1"
