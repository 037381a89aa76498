"""The pages of the first-run guide: a welcome, the five steps of the method, and where to save.

Each page holds one step's choices and re-sets its texts on a language change; the guide
(first_run.py) reads the choices when it finishes. No page touches a catalogue.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCommandLinkButton,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from advocacy_desktop.domain.fields import fold
from advocacy_desktop.ui.default_names import need_label, role_description, role_label, source_label
from advocacy_desktop.ui.source_dialogs import kind_label

CATALOGUE_SUFFIX = ".advocacy"
NAME_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
OWN_ROLE = Qt.ItemDataRole.UserRole + 2


def _label(word_wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setWordWrap(word_wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _swatch(colour: str | None, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour or "#999999"))
    return QIcon(pixmap)


class StepPage(QWizardPage):
    """A page that re-sets its texts when the language changes.

    Its explanation stands at the top of the page, not in the wizard's header: the header
    keeps room for two lines in the UI font only, and cut off the second line of Korean
    (whose glyphs come from a taller fallback font)."""

    _intro: QLabel | None = None

    def setSubTitle(self, text: str) -> None:  # Qt's name, overridden
        if self._intro is None:
            self._intro = _label()
            self._intro.setObjectName("stepIntro")
            layout = self.layout()
            if isinstance(layout, QVBoxLayout):
                layout.insertWidget(0, self._intro)
                layout.insertSpacing(1, 6)
        self._intro.setText(text)

    def subTitle(self) -> str:  # Qt's name, overridden
        return self._intro.text() if self._intro is not None else ""

    def retranslate_ui(self) -> None:
        """Set every text of the page."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class WelcomePage(StepPage):
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps = _label()
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.demo_intro = _label()
        self.demo_button = QCommandLinkButton()
        # a command link is its dialog's default button once focused: Return must mean Next
        self.demo_button.setAutoDefault(False)
        self.demo_button.clicked.connect(self.demo_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps)
        layout.addStretch(1)
        layout.addWidget(self.demo_intro)
        layout.addWidget(self.demo_button)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Welcome to Advocacy Desktop"))
        self.setSubTitle(self.tr(
            "Five short steps set up your first catalogue, following the method the app is "
            "built on. Every choice can be changed later."))
        self.steps.setText(self.tr(
            "<ol style='line-height: 150%'>"
            "<li><b>Sources</b> — where your customers talk about you.</li>"
            "<li><b>Selection</b> — which sources are worth collecting from now.</li>"
            "<li><b>A scheme</b> — the customer needs you catalogue feedback by.</li>"
            "<li><b>Analysis</b> — Net Promoter Score and what each need costs.</li>"
            "<li><b>Roles</b> — who takes care of what.</li></ol>"))
        self.demo_intro.setText(self.tr(
            "No data of your own yet? Look around a demo first: it is a separate file, and "
            "this guide can be run again from the Help menu."))
        self.demo_button.setText(self.tr("Explore a Demo Catalogue"))
        self.demo_button.setDescription(self.tr(
            "A year of a small shop's feedback in six languages, tagged, assigned and "
            "followed up."))


class SourcesPage(StepPage):
    """Step 1: which sources you have (the default ones, ticked), and your own."""

    def __init__(self, sources: Sequence[tuple[str, str]], kinds: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.defaults = [name for name, _kind in sources]
        self.list = QListWidget()
        self.list.setSpacing(1)
        for name, kind in sources:
            self._add_item(name, kind, own=False)
        self.list.itemChanged.connect(lambda _item: self.completeChanged.emit())
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.kind_combo = QComboBox()
        for kind in kinds:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.add_button = QPushButton()
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self.add_own)
        self.name_edit.textChanged.connect(
            lambda text: self.add_button.setEnabled(bool(text.strip())))
        self.name_edit.returnPressed.connect(self.add_own)
        self.problem = _label()
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.hide()
        row = QHBoxLayout()
        row.addWidget(self.name_edit, 3)
        row.addWidget(self.kind_combo, 2)
        row.addWidget(self.add_button)
        self.add_caption = _label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.add_caption)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        self.retranslate_ui()

    def _add_item(self, name: str, kind: str, *, own: bool) -> QListWidgetItem:
        item = QListWidgetItem()
        item.setData(NAME_ROLE, name)
        item.setData(KIND_ROLE, kind)
        item.setData(OWN_ROLE, own)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        self._label_item(item)
        self.list.addItem(item)
        return item

    def _label_item(self, item: QListWidgetItem) -> None:
        name, kind = source_label(item.data(NAME_ROLE)), kind_label(item.data(KIND_ROLE))
        same = fold(name) == fold(kind)  # "Survey — Survey" says it twice
        item.setText(name if same else self.tr("{name} — {kind}").format(name=name, kind=kind))

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(row) for row in range(self.list.count())]

    def add_own(self) -> bool:
        """Add the typed source (ticked); refused when a source of that name is listed."""
        name = " ".join(self.name_edit.text().split())
        if not name:
            return False
        if any(fold(i.data(NAME_ROLE)) == fold(name) for i in self._items()):
            self.problem.setText(self.tr("{name} is listed already.").format(name=name))
            self.problem.show()
            return False
        self.problem.hide()
        item = self._add_item(name, self.kind_combo.currentData(), own=True)
        self.list.scrollToItem(item)
        self.name_edit.clear()
        self.completeChanged.emit()
        return True

    def kept(self) -> list[tuple[str, str]]:
        """(name, kind) of the ticked sources, in list order."""
        return [(i.data(NAME_ROLE), i.data(KIND_ROLE)) for i in self._items()
                if i.checkState() == Qt.CheckState.Checked]

    def dropped_defaults(self) -> list[str]:
        return [i.data(NAME_ROLE) for i in self._items()
                if not i.data(OWN_ROLE) and i.checkState() != Qt.CheckState.Checked]

    def own_sources(self) -> list[tuple[str, str]]:
        return [(i.data(NAME_ROLE), i.data(KIND_ROLE)) for i in self._items()
                if i.data(OWN_ROLE) and i.checkState() == Qt.CheckState.Checked]

    def isComplete(self) -> bool:
        return bool(self.kept())

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Step 1 of 5 · Your sources"))
        self.setSubTitle(self.tr(
            "Every place customers talk about you is a source: marketplace reviews, social "
            "media, the support desk, surveys. Untick those you do not have and add your own."))
        self.add_caption.setText(self.tr("Another source:"))
        self.name_edit.setPlaceholderText(self.tr("Name, e.g. Etsy or the shop's guest book"))
        self.add_button.setText(self.tr("&Add"))
        for item in self._items():
            self._label_item(item)
        for index in range(self.kind_combo.count()):
            self.kind_combo.setItemText(index, kind_label(self.kind_combo.itemData(index)))


class SelectionPage(StepPage):
    """Step 2: of the sources kept, which to collect from now (the source's `collect`)."""

    def __init__(self, sources_page: SourcesPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sources_page = sources_page
        self.collect: dict[str, bool] = {}
        self.list = QListWidget()
        self.list.setSpacing(1)
        self.list.itemChanged.connect(self._remember)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        self.retranslate_ui()

    def initializePage(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for name, kind in self.sources_page.kept():
            item = QListWidgetItem(self.tr("Collect from {name} ({kind})").format(
                name=source_label(name), kind=kind_label(kind)))
            item.setData(NAME_ROLE, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = self.collect.get(name, True)
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)

    def _remember(self, item: QListWidgetItem) -> None:
        self.collect[item.data(NAME_ROLE)] = item.checkState() == Qt.CheckState.Checked

    def not_collected(self) -> list[str]:
        kept = {name for name, _kind in self.sources_page.kept()}
        return [name for name, on in self.collect.items() if not on and name in kept]

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Step 2 of 5 · What to collect now"))
        self.setSubTitle(self.tr(
            "Collecting takes time: tick the sources worth it now. The others stay in the "
            "catalogue, switched off, and can be switched on any time on the Sources page."))
        if self.list.count():
            self.initializePage()


class SchemePage(StepPage):
    """Step 3: a starter taxonomy of needs (in the UI language) or none; a first import."""

    def __init__(self, starter: Sequence[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.starter = list(starter)
        self.use_starter = QRadioButton()
        self.use_none = QRadioButton()
        group = QButtonGroup(self)
        group.addButton(self.use_starter)
        group.addButton(self.use_none)
        self.use_starter.setChecked(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.with_rules = QCheckBox()
        self.with_rules.setChecked(True)
        self.use_starter.toggled.connect(self.tree.setEnabled)
        self.use_starter.toggled.connect(self.with_rules.setEnabled)
        self.import_after = QCheckBox()
        self.import_hint = _label()
        self._fill_tree()
        below = QVBoxLayout()  # the starter's own choices, indented under it
        below.setContentsMargins(24, 0, 0, 0)
        below.addWidget(self.tree, 1)
        below.addWidget(self.with_rules)
        layout = QVBoxLayout(self)
        layout.addWidget(self.use_starter)
        layout.addLayout(below, 1)
        layout.addWidget(self.use_none)
        layout.addSpacing(8)
        layout.addWidget(self.import_after)
        layout.addWidget(self.import_hint)
        self.retranslate_ui()

    def _fill_tree(self) -> None:
        self.tree.clear()

        def add(needs: Sequence[Any], parent: QTreeWidgetItem | None) -> None:
            for need in needs:
                item = QTreeWidgetItem([need_label(need.name)])
                item.setIcon(0, _swatch(need.colour))
                if parent is None:
                    self.tree.addTopLevelItem(item)
                else:
                    parent.addChild(item)
                add(need.children, item)

        add(self.starter, None)
        self.tree.expandAll()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Step 3 of 5 · A scheme to catalogue by"))
        self.setSubTitle(self.tr(
            "Feedback is tagged with the customer needs it speaks of. A clear, shared list of "
            "needs lets a team, or a client, read the catalogue the same way."))
        self.use_starter.setText(self.tr("&Start with common needs (rename, move or delete "
                                         "them any time on the Needs page)"))
        self.with_rules.setText(self.tr(
            "Tag feedback &automatically: keyword rules in English, German, Italian, "
            "Indonesian, Turkish and Korean"))
        self.use_none.setText(self.tr("Start &without needs: I will build my own"))
        self.import_after.setText(self.tr("&Import a first file once the catalogue is open"))
        self.import_hint.setText(self.tr(
            "A spreadsheet or CSV export from a review site, a survey tool or the help desk; "
            "the columns are recognised in six languages."))
        self._fill_tree()


class AnalysisPage(StepPage):
    """Step 4: what the numbers mean (nothing to choose)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = _label()
        self.formula = _label()
        font = self.formula.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.formula.setFont(font)
        self.formula.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scale = QGridLayout()
        scale.setHorizontalSpacing(3)
        for score in range(11):
            colour = "#d9534f" if score <= 6 else "#9e9e9e" if score <= 8 else "#2e9d57"
            cell = QLabel(str(score))
            cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
            cell.setMinimumSize(34, 30)
            cell.setStyleSheet(f"background: {colour}; color: white; border-radius: 3px;")
            scale.addWidget(cell, 0, score)
        self.groups = [_label(False) for _ in range(3)]
        for label, (column, span) in zip(self.groups, ((0, 7), (7, 2), (9, 2)), strict=True):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            scale.addWidget(label, 1, column, 1, span)
        self.dashboard = _label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addSpacing(12)
        layout.addLayout(scale)
        layout.addSpacing(8)
        layout.addWidget(self.formula)
        layout.addSpacing(12)
        layout.addWidget(self.dashboard)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Step 4 of 5 · Analysis"))
        self.setSubTitle(self.tr("What the app measures, and how far to trust it."))
        self.text.setText(self.tr(
            "Net Promoter Score asks one question: “How likely are you to recommend us?”, "
            "answered from 0 to 10. Star ratings are kept apart and never counted as NPS."))
        for label, text in zip(self.groups, (self.tr("Detractors"), self.tr("Passives"),
                                             self.tr("Promoters")), strict=True):
            label.setText(text)
        self.formula.setText(self.tr("NPS = % promoters − % detractors   (−100 to +100)"))
        self.dashboard.setText(self.tr(
            "Every NPS comes with its margin of error, so that noise in a small sample is not "
            "taken for news; the Dashboard shows NPS per source and over time, and ranks the "
            "needs by the NPS points they cost."))


class RolesPage(StepPage):
    """Step 5: who you are and which role you take (a person is created)."""

    def __init__(self, roles: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.email_edit = QLineEdit()
        self.email_edit.setMaxLength(320)
        self.role_combo = QComboBox()
        for role in roles:
            self.role_combo.addItem(role_label(role), role)
        self.role_combo.currentIndexChanged.connect(lambda _i: self._describe())
        self.description = _label()
        font = self.description.font()
        font.setItalic(True)
        self.description.setFont(font)
        self.later = _label()
        self.form = QFormLayout()
        self.name_label, self.email_label, self.role_label = QLabel(), QLabel(), QLabel()
        self.form.addRow(self.name_label, self.name_edit)
        self.form.addRow(self.email_label, self.email_edit)
        self.form.addRow(self.role_label, self.role_combo)
        self.form.addRow("", self.description)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addSpacing(12)
        layout.addWidget(self.later)
        layout.addStretch(1)
        self.retranslate_ui()

    def _describe(self) -> None:
        self.description.setText(role_description(self.role_combo.currentData() or ""))

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Step 5 of 5 · Roles"))
        self.setSubTitle(self.tr(
            "Advocacy works when someone owns each need and each source. Start with yourself."))
        self.name_label.setText(self.tr("Your &name:"))
        self.name_label.setBuddy(self.name_edit)
        self.email_label.setText(self.tr("&E-mail (optional):"))
        self.email_label.setBuddy(self.email_edit)
        self.role_label.setText(self.tr("Your &role:"))
        self.role_label.setBuddy(self.role_combo)
        self.name_edit.setPlaceholderText(self.tr("e.g. Alex Morgan"))
        for index in range(self.role_combo.count()):
            self.role_combo.setItemText(index, role_label(self.role_combo.itemData(index)))
        self.later.setText(self.tr(
            "Leave the name empty to add people later. Your team, their roles and who is "
            "Responsible, Accountable, Consulted or Informed for each need go on the People "
            "page."))
        self._describe()


class ReadyPage(StepPage):
    """Where the catalogue file goes, and what it will hold."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = _label()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.path_edit = QLineEdit(str(path))
        self.path_edit.textChanged.connect(lambda _text: self._check())
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self.browse)
        self.problem = _label()
        self.problem.setStyleSheet("color: #b3261e;")
        self.file_caption = _label()
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        layout.addWidget(self.file_caption)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        self.retranslate_ui()

    def target(self) -> Path | None:
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if path.suffix.lower() != CATALOGUE_SUFFIX:
            path = path.with_name(path.name + CATALOGUE_SUFFIX)
        return path

    def _check(self) -> None:
        path = self.target()
        if path is None:
            self.problem.setText(self.tr("Say where to save the catalogue."))
        elif path.exists():
            self.problem.setText(self.tr(
                "{name} exists already: choose another name (an existing file is never "
                "replaced).").format(name=path.name))
        else:
            self.problem.setText("")
        self.problem.setVisible(bool(self.problem.text()))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        path = self.target()
        return path is not None and not path.exists()

    def initializePage(self) -> None:
        self._check()

    def validatePage(self) -> bool:
        """Checked again on Finish: a file may have appeared since (never replaced)."""
        self._check()
        return self.isComplete()

    def browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the Catalogue As"), self.path_edit.text(),
            self.tr("Advocacy catalogues (*.advocacy)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if chosen:
            self.path_edit.setText(chosen)

    def set_summary(self, lines: Sequence[str]) -> None:
        self.summary.setText("<ul>" + "".join(f"<li>{line}</li>" for line in lines) + "</ul>")

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Your catalogue"))
        self.setSubTitle(self.tr(
            "Everything goes into one file you can back up, copy and carry. Finish creates it "
            "and opens it."))
        self.file_caption.setText(self.tr("Save the catalogue as:"))
        self.browse_button.setText(self.tr("&Browse…"))
        self._check()
