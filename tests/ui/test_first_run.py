"""The first-run guide and the demo catalogue, from start-up to the open catalogue."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QWizard

from advocacy_desktop import app
from advocacy_desktop.services import (
    catalogue_service,
    needs_service,
    people_service,
    sources_service,
    starter_needs,
)
from advocacy_desktop.ui.first_run import FirstRunGuide
from advocacy_desktop.ui.main_window import MainWindow
from tests.ui.conftest import _lrelease


def _launch(qtbot: Any, qapp: QApplication, settings: QSettings, default: Path) -> MainWindow:
    window = app.launch(qapp, settings, None, default_path=default)
    qtbot.addWidget(window)
    return window


def _launch_on_existing(
    qtbot: Any, qapp: QApplication, settings: QSettings, default: Path
) -> MainWindow:
    """The app started where the default catalogue exists (no guide), once it has opened."""
    if not default.exists():
        catalogue_service.create(default).close()
    window = _launch(qtbot, qapp, settings, default)
    with qtbot.waitSignal(window.counts_changed, timeout=15_000):
        pass
    return window


def _guide(qtbot: Any, window: MainWindow) -> FirstRunGuide:
    qtbot.waitUntil(lambda: getattr(window, "first_run", None) is not None
                    and window.first_run.guide is not None, timeout=15_000)
    guide = window.first_run.guide
    qtbot.waitUntil(guide.isVisible, timeout=5_000)
    return guide


def _untick(guide: FirstRunGuide, list_widget: Any, names: set[str]) -> None:
    for row in range(list_widget.count()):
        item = list_widget.item(row)
        if item.data(Qt.ItemDataRole.UserRole) in names:
            item.setCheckState(Qt.CheckState.Unchecked)


def _to_last_page(guide: FirstRunGuide) -> None:
    while guide.currentId() != guide.pageIds()[-1]:
        guide.next()


def test_the_guide_appears_on_first_run_and_closing_it_creates_nothing(
    qtbot: Any, qapp: QApplication, settings: QSettings, tmp_path: Path
) -> None:
    default = tmp_path / "data" / "catalogue.advocacy"
    window = _launch(qtbot, qapp, settings, default)
    guide = _guide(qtbot, window)
    assert guide.currentPage() is guide.welcome
    assert guide.welcome.demo_button.isVisible()
    assert guide.ready_page.target() == default
    guide.reject()
    qtbot.waitUntil(lambda: window.first_run.guide is None, timeout=5_000)
    assert not default.exists() and not default.parent.exists()
    assert window.catalogue is None
    assert "Getting Started Guide" in window.statusBar().currentMessage()
    window.close()


def test_return_on_the_welcome_page_goes_to_the_first_step(
    qtbot: Any, qapp: QApplication, settings: QSettings, tmp_path: Path
) -> None:
    """The demo button is the welcome page's first focusable widget; Return still means
    Next, never "build a demo"."""
    window = _launch(qtbot, qapp, settings, tmp_path / "catalogue.advocacy")
    guide = _guide(qtbot, window)
    guide.activateWindow()
    guide.welcome.demo_button.setFocus()
    qtbot.keyClick(guide.welcome.demo_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: guide.currentPage() is guide.sources_page, timeout=3_000)
    # on to the last page by Return alone, whatever has the focus (the analysis page has
    # no input: the focus falls on the wizard's own buttons, the demo one first)
    demo = guide.button(QWizard.WizardButton.CustomButton1)
    while guide.currentPage() is not guide.ready_page:
        page = guide.currentPage()
        focused = demo if page is guide.analysis_page else guide.focusWidget() or guide
        focused.setFocus()
        qtbot.keyClick(focused, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda p=page: guide.currentPage() is not p, timeout=3_000)
    assert window.first_run.guide is guide and not (tmp_path / "demo.advocacy").exists()
    guide.reject()
    window.close()


def test_no_guide_when_the_default_catalogue_exists(
    qtbot: Any, qapp: QApplication, settings: QSettings, tmp_path: Path
) -> None:
    default = tmp_path / "catalogue.advocacy"
    window = _launch_on_existing(qtbot, qapp, settings, default)
    assert window.catalogue.path == default
    assert window.first_run.guide is None
    window.close()


def test_walking_the_guide_creates_a_catalogue_holding_those_choices(
    qtbot: Any, qapp: QApplication, settings: QSettings, tmp_path: Path
) -> None:
    default = tmp_path / "data" / "catalogue.advocacy"
    window = _launch(qtbot, qapp, settings, default)
    guide = _guide(qtbot, window)
    guide.next()  # step 1: sources
    sources = guide.sources_page
    _untick(guide, sources.list, {"Tripadvisor", "X"})
    sources.name_edit.setText("Etsy")
    sources.kind_combo.setCurrentIndex(sources.kind_combo.findData("marketplace"))
    sources.add_button.click()
    sources.name_edit.setText("etsy")  # the same name again: refused
    assert not sources.add_own() and sources.problem.isVisible()
    guide.next()  # step 2: what to collect
    listed = {guide.selection_page.list.item(r).data(Qt.ItemDataRole.UserRole)
              for r in range(guide.selection_page.list.count())}
    assert "Etsy" in listed and "X" not in listed
    _untick(guide, guide.selection_page.list, {"Instagram"})
    guide.next()  # step 3: the starter taxonomy (chosen by default)
    assert guide.scheme_page.use_starter.isChecked()
    assert guide.scheme_page.tree.topLevelItemCount() == len(starter_needs.STARTER_NEEDS)
    guide.next()  # step 4: analysis
    guide.next()  # step 5: roles
    guide.roles_page.name_edit.setText("Ada Lovelace")
    combo = guide.roles_page.role_combo
    combo.setCurrentIndex(combo.findData("Advocacy coordinator"))
    guide.next()
    assert any("Ada Lovelace" in line for line in guide.summary())
    finish = guide.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled()
    with qtbot.waitSignal(window.counts_changed, timeout=20_000):
        finish.click()
    assert window.catalogue.path == default
    catalogue = window.catalogue
    found = {s.name: s for s in sources_service.list_sources(catalogue)}
    defaults = {s.name for s in sources_service.DEFAULT_SOURCES}
    assert set(found) == (defaults - {"Tripadvisor", "X"}) | {"Etsy"}
    assert found["Etsy"].kind == "marketplace"
    assert [name for name, s in found.items() if not s.collect] == ["Instagram"]
    needs = needs_service.list_needs(catalogue)
    assert [n.name for n in needs] == starter_needs.all_names()
    people = people_service.list_people(catalogue)
    assert [(p.name, p.roles) for p in people] == [("Ada Lovelace", ("Advocacy coordinator",))]
    assert catalogue_service.check(default).ok
    window.close()


def test_a_full_default_path_is_refused_on_the_last_page(
    qtbot: Any, qapp: QApplication, settings: QSettings, tmp_path: Path
) -> None:
    default = tmp_path / "data" / "catalogue.advocacy"
    window = _launch(qtbot, qapp, settings, default)
    guide = _guide(qtbot, window)
    _to_last_page(guide)
    default.parent.mkdir(parents=True)
    default.write_text("someone else's file")  # appears while the guide is open
    guide.button(QWizard.WizardButton.FinishButton).click()
    assert guide.isVisible() and window.first_run.handle is None, "Finish was refused"
    assert "exists already" in guide.ready_page.problem.text()
    assert not guide.button(QWizard.WizardButton.FinishButton).isEnabled()
    guide.ready_page.path_edit.setText(str(tmp_path / "mine"))
    assert guide.target() == tmp_path / "mine.advocacy"
    assert guide.button(QWizard.WizardButton.FinishButton).isEnabled()
    guide.ready_page.path_edit.setText(str(default))
    assert not guide.button(QWizard.WizardButton.FinishButton).isEnabled()
    guide.reject()
    assert default.read_text() == "someone else's file"
    window.close()


def test_the_demo_button_opens_a_demo_catalogue_and_the_menu_reopens_it(
    qtbot: Any, qapp: QApplication, settings: QSettings, tmp_path: Path
) -> None:
    default = tmp_path / "data" / "catalogue.advocacy"
    window = _launch(qtbot, qapp, settings, default)
    guide = _guide(qtbot, window)
    window.first_run.demo_items = 120
    with qtbot.waitSignal(window.counts_changed, timeout=30_000):
        guide.welcome.demo_button.click()
    demo = default.parent / "demo.advocacy"
    assert window.catalogue.path == demo
    assert window.counts.feedback == 120 and window.counts.needs == 14
    assert not default.exists(), "the demo is not the user's catalogue"
    assert catalogue_service.check(demo).ok
    before = demo.stat().st_mtime_ns
    window.close_catalogue()
    actions = window.ui_actions
    assert window.first_run.demo_action in actions.file_menu.actions()
    assert window.first_run.guide_action in actions.help_menu.actions()
    with qtbot.waitSignal(window.counts_changed, timeout=30_000):
        window.first_run.demo_action.trigger()
    assert window.catalogue.path == demo, "the demo built before is reused"
    assert sorted(p.name for p in demo.parent.iterdir() if p.suffix == ".advocacy") == [
        "demo.advocacy"]
    assert demo.stat().st_mtime_ns >= before
    window.close()


def test_a_damaged_demo_is_left_alone_and_a_new_one_built_beside_it(
    qtbot: Any, qapp: QApplication, settings: QSettings, tmp_path: Path
) -> None:
    damaged = tmp_path / "demo.advocacy"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 40)
    window = _launch_on_existing(qtbot, qapp, settings, tmp_path / "catalogue.advocacy")
    window.first_run.demo_items = 60
    with qtbot.waitSignal(window.counts_changed, timeout=30_000):
        window.first_run.demo_action.trigger()
    assert window.catalogue.path == tmp_path / "demo-2.advocacy"
    assert damaged.read_bytes() == b"SQLite format 3\x00" + b"\x00" * 40
    window.close()


def test_cancelling_the_demo_writes_nothing(
    qtbot: Any, qapp: QApplication, settings: QSettings, tmp_path: Path
) -> None:
    default = tmp_path / "data" / "catalogue.advocacy"
    window = _launch(qtbot, qapp, settings, default)
    guide = _guide(qtbot, window)
    window.first_run.demo_items = 20_000
    guide.choose_demo()
    handle = window.first_run.handle
    with qtbot.waitSignal(handle.cancelled, timeout=30_000):
        handle.cancel()
    assert window.catalogue is None
    assert not [p for p in default.parent.iterdir() if "advocacy" in p.name]
    assert "not built" in window.statusBar().currentMessage()
    window.close()


def test_help_runs_the_guide_again_for_another_catalogue(
    qtbot: Any, qapp: QApplication, settings: QSettings, tmp_path: Path
) -> None:
    default = tmp_path / "catalogue.advocacy"
    window = _launch_on_existing(qtbot, qapp, settings, default)
    window.first_run.guide_action.trigger()
    guide = _guide(qtbot, window)
    assert guide.target() == tmp_path / "catalogue-2.advocacy"
    guide.scheme_page.use_none.setChecked(True)
    _to_last_page(guide)
    with qtbot.waitSignal(window.counts_changed, timeout=20_000):
        guide.button(QWizard.WizardButton.FinishButton).click()
    assert window.catalogue.path == tmp_path / "catalogue-2.advocacy"
    assert window.counts.needs == 0 and window.counts.people == 0
    window.close()


def test_import_a_first_file_opens_the_import_wizard_on_the_new_catalogue(
    qtbot: Any, qapp: QApplication, settings: QSettings, tmp_path: Path
) -> None:
    default = tmp_path / "data" / "catalogue.advocacy"
    window = _launch(qtbot, qapp, settings, default)
    guide = _guide(qtbot, window)
    guide.scheme_page.import_after.setChecked(True)
    _to_last_page(guide)
    assert any("import a first file" in line for line in guide.summary())
    guide.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: window.imports.wizard is not None, timeout=20_000)
    assert window.catalogue.path == default
    assert window.imports.wizard.catalogue is window.catalogue
    window.imports.wizard.reject()
    window.close()


def test_the_starter_needs_are_created_in_the_ui_language(
    qtbot: Any, qapp: QApplication, settings: QSettings, tmp_path: Path
) -> None:
    ts = tmp_path / "starter_de.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="de_DE"><context><name>DefaultNames</name>'
        "<message><source>Price</source><translation>Preis</translation></message>"
        "<message><source>Discounts</source><translation>Rabatte</translation></message>"
        "</context></TS>\n", encoding="utf-8")
    qm = tmp_path / "starter_de.qm"
    subprocess.run([_lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    try:
        default = tmp_path / "data" / "catalogue.advocacy"
        window = _launch(qtbot, qapp, settings, default)
        guide = _guide(qtbot, window)
        assert guide.scheme_page.tree.topLevelItem(0).text(0) == "Preis"
        _to_last_page(guide)
        with qtbot.waitSignal(window.counts_changed, timeout=20_000):
            guide.button(QWizard.WizardButton.FinishButton).click()
        paths = [n.path for n in needs_service.list_needs(window.catalogue)]
        assert paths[:3] == ["Preis", "Preis › Rabatte", "Preis › Value for money"]
        window.close()
    finally:
        qapp.removeTranslator(translator)
