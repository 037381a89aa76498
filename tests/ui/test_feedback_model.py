"""The Feedback table model: a proper Qt model that never holds more than its block cap."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from advocacy_desktop.domain.nps import Category
from advocacy_desktop.services import feedback_query
from advocacy_desktop.services.feedback_query import FeedbackFilter
from advocacy_desktop.ui.feedback_model import CHIP_COLOURS, COLUMNS, FeedbackTableModel
from advocacy_desktop.ui.tasks import TaskRunner

ROWS = 1234


@pytest.fixture
def filled(catalogue):
    """ROWS items, one per day (newest = highest id), scores cycling 0-10, two sources."""
    with catalogue.write_connection() as connection:
        conn = connection.connection.driver_connection
        conn.execute("DELETE FROM source")
        conn.executemany(
            "INSERT INTO source (id, uuid, name, kind, collect) VALUES (?, ?, ?, 'other', 1)",
            [(1, "s1", "Amazon"), (2, "s2", "Trustpilot")],
        )
        conn.executemany(
            "INSERT INTO feedback (id, uuid, source_id, received_on, score, text, status)"
            " VALUES (?, ?, ?, date('2020-01-01', ? || ' days'), ?, ?, 'new')",
            [
                (i, f"u{i}", 1 + i % 2, i, i % 11, f"item {i} 고객서비스도 친절하고")
                for i in range(1, ROWS + 1)
            ],
        )
    return catalogue


def _model(catalogue, **kwargs: Any) -> FeedbackTableModel:
    model = FeedbackTableModel(feedback_query, **kwargs)
    model.set_catalogue(catalogue)
    return model


def test_passes_the_qt_model_tester(qtmodeltester, filled) -> None:
    model = _model(filled, block_size=50, max_blocks=4)
    everything = model.rowCount()
    assert everything > 0
    qtmodeltester.check(model)  # raises on any broken model invariant
    model.set_filter(FeedbackFilter(categories=frozenset({Category.PROMOTER})))
    qtmodeltester.check(model)
    assert 0 < model.rowCount() < everything


def test_rows_come_in_order_and_the_cache_stays_under_its_cap(filled) -> None:
    model = _model(filled, block_size=50, max_blocks=3)
    assert model.rowCount() == ROWS and model.count_known
    for row in range(0, ROWS, 37):
        assert model.feedback_id(row) == ROWS - row
        assert model.cached_blocks <= 3
    last = model.index(ROWS - 1, COLUMNS.index("text"))
    assert model.data(last) == "item 1 고객서비스도 친절하고"  # jump to the end: the oldest item


def test_score_column_is_a_coloured_category_chip(filled) -> None:
    model = _model(filled)
    score = COLUMNS.index("score")
    for row in range(11):
        index = model.index(row, score)
        value = int(model.data(index))
        expected = "promoter" if value >= 9 else "passive" if value >= 7 else "detractor"
        assert model.data(index, Qt.ItemDataRole.BackgroundRole) == CHIP_COLOURS[expected][0]
        assert model.data(index, Qt.ItemDataRole.ToolTipRole) == expected.capitalize()
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is None


def test_set_filter_resets_and_counts(qtbot, filled) -> None:
    model = _model(filled, block_size=100)
    counts: list[int] = []
    model.count_changed.connect(counts.append)
    with qtbot.waitSignal(model.modelReset):
        model.set_filter(FeedbackFilter(sources=(2,), text="서비스"))
    expected = feedback_query.count(filled, FeedbackFilter(sources=(2,)))
    assert counts == [-1, expected] and model.rowCount() == expected == ROWS // 2
    assert all(model.feedback_id(r) % 2 == 1 for r in range(0, expected, 17))
    model.set_filter(FeedbackFilter(text="no such word anywhere"))
    assert model.rowCount() == 0 and counts[-1] == 0


def test_count_in_a_task_inserts_the_rows_beyond_the_first_block(qtbot, filled) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = TaskRunner(parent)
    model = _model(filled, block_size=100, runner=runner)
    assert model.rowCount() == 100 and not model.count_known  # the first block, at once
    qtbot.waitUntil(lambda: model.count_known, timeout=5000)
    assert model.rowCount() == ROWS
    assert model.feedback_id(ROWS - 1) == 1
    runner.shutdown()
