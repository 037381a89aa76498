"""The pre-filled sources and roles are shown in the UI language, stored in English.

The Korean names come from a tiny .ts compiled here with pyside6-lrelease (the real .ts files
get theirs in the translation pass), installed beside the app's own translator: what is
proven is that the UI routes these names through QCoreApplication.translate with the
"DefaultNames" context, only for names still equal to the seed.
"""

from __future__ import annotations

import importlib.util
import subprocess
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from advocacy_desktop.services import (
    catalogue_service,
    charts,
    people_service,
    sources_service,
    starter_needs,
)
from advocacy_desktop.ui import default_names
from advocacy_desktop.ui.default_names import display_name, role_description, source_label
from advocacy_desktop.ui.main_window import MainWindow
from advocacy_desktop.ui.people_page import PERSON_ROLES, AddPersonDialog
from advocacy_desktop.ui.raci_matrix import HolderChooser
from advocacy_desktop.ui.source_dialogs import SourceDialog
from tests.services.test_nps_service import add_items
from tests.ui.conftest import _lrelease
from tests.ui.wired import show_page, wire

VERSIONS = Path(default_names.__file__).resolve().parents[1] / "db" / "migrations" / "versions"
BRANDS = {"Amazon", "Google", "Trustpilot", "Tripadvisor", "Facebook", "Instagram", "X"}
KOREAN = {
    "Support desk": "고객 지원 창구",
    "Phone": "전화",
    "Survey": "설문조사",
    "Customer advocate": "고객 옹호자",
    "Support agent": "지원 상담원",
    "Answers customers and tags their feedback.": "고객에게 답하고 피드백에 태그를 답니다.",
    "Delivery": "배송",
}


def _migration(name: str) -> ModuleType:
    path = next(VERSIONS.glob(f"{name}*.py"))
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_seed_lists_follow_the_revisions_and_the_starter_needs() -> None:
    sources = [name for name, _kind, _url in _migration("0003").DEFAULTS]
    assert [s.name for s in sources_service.DEFAULT_SOURCES] == sources
    assert set(default_names.SEEDS["source"]) == set(sources) - BRANDS
    roles = _migration("0006").DEFAULTS
    assert [name for name, _level in people_service.DEFAULT_ROLES] == [r[0] for r in roles]
    assert default_names.SEEDS["role"] == tuple(name for name, _d, _l in roles)
    assert default_names.SEEDS["role_description"] == tuple(d for _n, d, _l in roles)
    assert set(default_names.SEEDS["need"]) == set(starter_needs.all_names())


def korean_translator(qapp: QApplication, folder: Path) -> QTranslator:
    """A translator holding Korean names for a few seeds, context DefaultNames, installed."""
    messages = "".join(f"<message><source>{en}</source><translation>{ko}</translation>"
                       "</message>" for en, ko in KOREAN.items())
    ts_file = folder / "names_ko.ts"
    ts_file.write_text("<?xml version='1.0' encoding='utf-8'?><!DOCTYPE TS>"
                       "<TS version='2.1' language='ko_KR'><context><name>DefaultNames</name>"
                       f"{messages}</context></TS>", encoding="utf-8")
    qm_file = folder / "names_ko.qm"
    subprocess.run([_lrelease(), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)
    translator = QTranslator(qapp)
    assert translator.load(str(qm_file))
    qapp.installTranslator(translator)
    return translator


@pytest.fixture
def korean_names(qapp: QApplication, tmp_path: Path) -> Iterator[QTranslator]:
    translator = korean_translator(qapp, tmp_path)
    yield translator
    qapp.removeTranslator(translator)


def test_only_a_name_still_equal_to_the_seed_is_translated(korean_names: QTranslator) -> None:
    assert source_label("Phone") == "전화"
    assert source_label("Support desk") == "고객 지원 창구"
    assert source_label("Amazon") == "Amazon"  # a brand
    assert source_label("phone") == "phone"  # the user's own spelling
    assert source_label("Phone line 2") == "Phone line 2"
    assert display_name("role", "Support agent") == "지원 상담원"
    assert display_name("source", "Support agent") == "Support agent"  # kinds are apart
    assert role_description("Support agent") == "고객에게 답하고 피드백에 태그를 답니다."
    assert role_description("Team lead") == ""
    assert default_names.need_names()["Delivery"] == "배송"
    assert source_label(None) == "" and source_label("") == ""


def test_the_routing_reason_names_the_source_as_shown(korean_names: QTranslator) -> None:
    from advocacy_desktop.services.workflow_service import RoutingReason, explain_routing
    from advocacy_desktop.ui.feedback_detail import FeedbackDetailPane

    reason = RoutingReason("owner", "Bob", source="Phone")
    assert FeedbackDetailPane()._routing_text(reason) == (
        "Assigned to Bob because they own the source 전화.")
    assert explain_routing(reason) == "Assigned to Bob because they own the source Phone."


def test_the_sources_chart_takes_the_labels_from_the_ui(korean_names: QTranslator) -> None:
    """services/charts.py has no Qt: the dashboard hands it a plain mapping."""
    from advocacy_desktop.services.nps_service import NpsGroup

    group = NpsGroup.from_counts("Phone", promoters=20, passives=10, detractors=10)
    fig = charts.by_group_chart([group], "NPS by source",
                                labels=default_names.labels("source"))
    shown = [label.get_text() for label in fig.axes[0].get_yticklabels()]
    assert shown == ["전화  (n=40)"]
    plain = charts.by_group_chart([group], "NPS by source")
    assert [label.get_text() for label in plain.axes[0].get_yticklabels()] == ["Phone  (n=40)"]


def test_pages_show_the_names_in_the_ui_language_and_store_them_as_they_are(
    qtbot: Any, window: MainWindow, catalogue_path: Path, qapp: QApplication, tmp_path: Path,
) -> None:
    with catalogue_service.open_existing(catalogue_path) as catalogue:
        ids = {s.name: s.id for s in sources_service.list_sources(catalogue)}
        sources_service.update_source(catalogue, ids["Survey"], name="Kundenumfrage 2025")
        add_items(catalogue, [3, 9, 10], source_id=ids["Phone"], received_on="2025-03-05")
        add_items(catalogue, [8], source_id=ids["Amazon"], received_on="2025-03-06")
        agent = people_service.find_role(catalogue, "Support agent")
        assert agent is not None
        mina = people_service.add_person(catalogue, "Mina Park")
        people_service.assign_role(catalogue, mina, agent.id)
    wire(qtbot, window, catalogue_path)
    window.set_language("ko")
    qtbot.waitUntil(lambda: window.ui_actions.file_menu.title() == "파일(&F)", timeout=3000)
    translator = korean_translator(qapp, tmp_path)  # the seeds' Korean, after the app's
    try:
        _check_pages(qtbot, window, ids)
    finally:
        qapp.removeTranslator(translator)
    with window.catalogue.read() as session:  # type: ignore[union-attr]
        stored = {name for (name,) in session.execute(text("SELECT name FROM source"))}
    assert {"Phone", "Support desk", "Kundenumfrage 2025", "Amazon"} <= stored
    assert not stored & {"전화", "고객 지원 창구"}


def _check_pages(qtbot: Any, window: MainWindow, ids: dict[str, int]) -> None:
    # Sources page: translated seeds, brands and renamed ones as they are
    sources = show_page(qtbot, window, "sources")
    names = {sources.model.index(row, 0).data(): sources.model.source(row).name
             for row in range(sources.model.rowCount())}
    assert names["전화"] == "Phone" and names["고객 지원 창구"] == "Support desk"
    assert names["Amazon"] == "Amazon"
    assert names["Kundenumfrage 2025"] == "Kundenumfrage 2025"
    assert "설문조사" not in names  # the renamed seed is the user's own name now
    phone = sources.model.source(sources.model.row_of(ids["Phone"]))
    dialog = SourceDialog("Edit", sources_service.SOURCE_KINDS, [], phone)
    assert dialog.name_edit.text() == "전화"
    assert dialog.values()["name"] == "Phone"  # left as shown: keeps its stored name
    dialog.name_edit.setText("전화 (본사)")
    assert dialog.values()["name"] == "전화 (본사)"
    assert sources._name_problem("전화", None) is not None  # taken, under its shown name
    window.grab().save("/tmp/default_names_ko_sources.png")

    # Feedback page: the filter lists the shown name and filters by the stored source
    feedback = show_page(qtbot, window, "feedback")
    qtbot.waitUntil(lambda: feedback.model.count_known, timeout=10_000)
    combo = feedback.filter_bar.source
    # Qt posts LanguageChange: the bar re-lists its sources when it arrives
    qtbot.waitUntil(lambda: combo.findText("전화") > 0, timeout=3000)
    index = combo.findText("전화")
    assert index > 0 and combo.itemData(index) == ids["Phone"]
    assert combo.findText("Amazon") > 0
    combo.setCurrentIndex(index)
    qtbot.waitUntil(lambda: feedback.model.count_known and feedback.model.rowCount() == 3,
                    timeout=10_000)
    assert {feedback.model.index(r, 1).data() for r in range(3)} == {"전화"}

    # People & roles: role names in the person list, the add dialog and the chooser
    people = show_page(qtbot, window, "people")
    rows = {people.people_model.person(r).name: people.people_model.index(r, PERSON_ROLES)
            .data() for r in range(people.people_model.rowCount())}
    assert rows["Mina Park"] == "지원 상담원"
    assert people.snapshot is not None
    add = AddPersonDialog(people.snapshot.roles)
    listed = [add.roles_list.item(r).text() for r in range(add.roles_list.count())]
    assert "지원 상담원" in listed and "고객 옹호자" in listed
    chooser = HolderChooser("x", "R", people.snapshot.people, people.snapshot.roles)
    assert chooser.combo.findText("지원 상담원", flags=_contains()) >= 0
    matrix = people.matrix_model
    shown = [matrix.index(r, 0).data() for r in range(matrix.rowCount())]
    assert any("전화" in s for s in shown) and not any("Phone" in s for s in shown)
    window.grab().save("/tmp/default_names_ko_people.png")


def _contains() -> Any:
    from PySide6.QtCore import Qt

    return Qt.MatchFlag.MatchContains
