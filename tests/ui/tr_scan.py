"""Finds user-visible texts in Python source that bypass translation, by reading the syntax tree.

A text "bypasses" when a string literal with letters (also inside an f-string, a
`"...".format(...)`, a `%` format, a concatenation, a conditional or a list) reaches a Qt text
API (`setText`, `setToolTip`, `QLabel(...)`, `QMessageBox.warning(...)`, `addTab`,
`headerData` returning a literal …) without passing through `tr` / `translate` / a module's own
translate helper. Texts with no letters (symbols, "", "…", "%") are fine. A `tr` or `translate`
call whose source is an f-string or a `.format` is flagged too: lupdate cannot extract it, so
it can never be translated.

Used by tests/ui/test_tr_coverage.py; kept apart so the test file stays readable.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

#: Calls whose result is translated (or is a marker lupdate extracts): never a bypass.
TRANSLATING = {"tr", "translate", "_tr", "_translate", "qsTr", "QT_TRANSLATE_NOOP",
               "QT_TR_NOOP", "QT_TRANSLATE_NOOP3", "QT_TR_N_NOOP", "QT_TRANSLATE_N_NOOP"}

#: method name -> which positional arguments hold user-visible text (None: all of them)
METHOD_TEXT_ARGS: dict[str, tuple[int, ...] | None] = {
    "setText": None, "setWindowTitle": (0,), "setToolTip": (0,), "setStatusTip": (0,),
    "setWhatsThis": (0,), "setPlaceholderText": (0,), "setTitle": (0,), "setSubTitle": (0,),
    "setLabelText": None, "setSpecialValueText": (0,), "setSuffix": (0,), "setPrefix": (0,),
    "showMessage": (0,), "setCancelButtonText": (0,), "setInformativeText": (0,),
    "setDetailedText": (0,), "setButtonText": (1,), "setHtml": (0,), "setMarkdown": (0,),
    "setAccessibleName": (0,), "setAccessibleDescription": (0,), "setFormat": (0,),
    "setTabText": (1,), "setTabToolTip": (1,), "setItemText": (1,), "setItemToolTip": (1,),
    "setHeaderData": (2,), "addSection": None, "addButton": (0,), "setNameFilter": (0,),
    "setOkButtonText": (0,), "setEmptyText": (0,),
}
#: methods whose text is the first string-ish argument among the first `n` (an icon may come
#: first); later arguments are data (a combo box item's userData, a menu's shortcut)
METHOD_FIRST_TEXT: dict[str, int] = {
    "addItem": 2, "addAction": 2, "addMenu": 2, "addRow": 1, "addTab": 3, "insertTab": 4,
    "insertItem": 3,
}
#: methods taking a list of texts
METHOD_TEXT_LISTS = {"setHeaderLabels", "setHorizontalHeaderLabels", "setVerticalHeaderLabels",
                     "addItems", "insertItems", "setNameFilters", "setLabels"}
#: constructors: every positional string argument is text
CONSTRUCTORS = {"QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
                "QMenu", "QCommandLinkButton", "QListWidgetItem", "QTableWidgetItem",
                "QTreeWidgetItem", "QStandardItem", "QMessageBox", "QProgressDialog",
                "QUndoCommand", "QToolButton", "QWidgetAction"}
#: static dialogs: class -> method -> positions of text arguments (lists are looked into)
STATIC_DIALOGS: dict[str, dict[str, tuple[int, ...]]] = {
    "QMessageBox": {"information": (1, 2), "warning": (1, 2), "critical": (1, 2),
                    "question": (1, 2), "about": (1, 2)},
    "QInputDialog": {"getText": (1, 2), "getItem": (1, 2, 3), "getInt": (1, 2),
                     "getDouble": (1, 2), "getMultiLineText": (1, 2)},
    "QFileDialog": {"getOpenFileName": (1, 3), "getOpenFileNames": (1, 3),
                    "getSaveFileName": (1, 3), "getExistingDirectory": (1,)},
    "QToolTip": {"showText": (1,)},
    "QColorDialog": {"getColor": (2,)},
}
#: keyword arguments that carry user-visible text in any call (our own APIs too, e.g. the task
#: runner's `title=`)
TEXT_KEYWORDS = {"text", "title", "label", "labelText", "toolTip", "tooltip", "statusTip",
                 "caption", "placeholderText", "windowTitle", "message", "filter"}
#: methods of a Qt item model whose returned literals are shown
MODEL_METHODS = {"headerData", "data"}

_PLACEHOLDERS = re.compile(r"\{[^{}]*\}|%L?\d|%L?n|%[a-zA-Z]|<[^<>]*>|&[a-zA-Z]+;")


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    api: str
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.api}: {self.text!r}"


def has_letters(text: str) -> bool:
    """A text a translator has something to do with: letters outside placeholders and tags."""
    return any(ch.isalpha() for ch in _PLACEHOLDERS.sub("", text))


def _call_name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _module_helpers(tree: ast.Module) -> set[str]:
    """Names in the module that translate: functions returning a translate/tr call, and
    aliases such as `translate = QCoreApplication.translate`."""
    helpers: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for sub in ast.walk(node):
                if (isinstance(sub, ast.Return) and isinstance(sub.value, ast.Call)
                        and _call_name(sub.value.func) in TRANSLATING):
                    helpers.add(node.name)
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute):
            if node.value.attr in TRANSLATING:
                helpers.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return helpers


class _Scanner:
    def __init__(self, path: str, tree: ast.Module, allowed: set[str]) -> None:
        self.path = path
        self.tree = tree
        self.allowed = allowed
        self.translating = TRANSLATING | _module_helpers(tree)
        self.findings: list[Finding] = []

    # -------------------------------------------------------------- what is a bypass

    def bad_texts(self, node: ast.expr | None) -> Iterator[str]:
        """The untranslated texts with letters that `node` can evaluate to."""
        if node is None:
            return
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if has_letters(node.value) and node.value not in self.allowed:
                yield node.value
        elif isinstance(node, ast.JoinedStr):
            literal = "".join(v.value for v in node.values
                              if isinstance(v, ast.Constant) and isinstance(v.value, str))
            if has_letters(literal):
                yield ast.unparse(node)
        elif isinstance(node, ast.BinOp):
            yield from self.bad_texts(node.left)
            if isinstance(node.op, ast.Add):
                yield from self.bad_texts(node.right)
        elif isinstance(node, ast.IfExp):
            yield from self.bad_texts(node.body)
            yield from self.bad_texts(node.orelse)
        elif isinstance(node, ast.BoolOp):
            for value in node.values:
                yield from self.bad_texts(value)
        elif isinstance(node, (ast.Tuple, ast.List)):
            for element in node.elts:
                yield from self.bad_texts(element)
        elif isinstance(node, ast.Subscript):
            yield from self.bad_texts(node.value)
        elif isinstance(node, ast.Call):
            name = _call_name(node.func)
            if name in self.translating:
                return
            if isinstance(node.func, ast.Attribute) and name in ("format", "join"):
                yield from self.bad_texts(node.func.value)

    def flag(self, node: ast.AST, api: str, value: ast.expr | None) -> None:
        for text in self.bad_texts(value):
            self.findings.append(Finding(self.path, getattr(node, "lineno", 0), api, text))

    # -------------------------------------------------------------- the walk

    def run(self) -> list[Finding]:
        self.check_import_time()
        self.check_inside_f_strings()
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Call):
                self.check_call(node)
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                if node.name in MODEL_METHODS:
                    self.check_model_method(node)
        return self.findings

    def check_import_time(self) -> None:
        """A translate call outside any function runs once, at import, before the user's
        language is installed and never again on a switch: mark with QT_TRANSLATE_NOOP and
        translate where shown."""
        in_functions: set[int] = set()
        for node in ast.walk(self.tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                in_functions.update(id(sub) for sub in ast.walk(node))
        for node in ast.walk(self.tree):
            if (isinstance(node, ast.Call) and id(node) not in in_functions
                    and _call_name(node.func) in self.translating
                    and not _call_name(node.func).startswith("QT_")):
                self.findings.append(Finding(self.path, node.lineno, "translated at import time",
                                             ast.unparse(node)))

    def check_inside_f_strings(self) -> None:
        """f"<p>{self.tr('…')}</p>": lupdate does not read inside f-strings, so the text never
        reaches the .ts files and is shown untranslated in every language."""
        for node in ast.walk(self.tree):
            if isinstance(node, ast.JoinedStr):
                for sub in ast.walk(node):
                    if isinstance(sub, ast.Call) and _call_name(sub.func) in self.translating:
                        self.findings.append(Finding(self.path, sub.lineno,
                                                     "tr inside an f-string", ast.unparse(sub)))

    def check_model_method(self, function: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        for sub in ast.walk(function):
            if isinstance(sub, ast.Return):
                self.flag(sub, f"{function.name} returns", sub.value)

    def check_call(self, call: ast.Call) -> None:
        name = _call_name(call.func)
        args = call.args
        if name in self.translating:
            self.check_translate_source(call)
            self.check_tr_owner(call)
            return
        owner = call.func.value if isinstance(call.func, ast.Attribute) else None
        owner_name = _call_name(owner) if isinstance(owner, (ast.Name, ast.Attribute)) else ""
        if owner_name in STATIC_DIALOGS and name in STATIC_DIALOGS[owner_name]:
            for position in STATIC_DIALOGS[owner_name][name]:
                if position < len(args):
                    self.flag(call, f"{owner_name}.{name}", args[position])
        elif name in CONSTRUCTORS:
            for arg in args:
                self.flag(call, name, arg)
        elif name in METHOD_TEXT_ARGS:
            positions = METHOD_TEXT_ARGS[name]
            for position, arg in enumerate(args):
                if positions is None or position in positions:
                    self.flag(call, name, arg)
        elif name in METHOD_FIRST_TEXT:
            self.check_first_text(call, name)
        elif name in METHOD_TEXT_LISTS:
            for arg in args:
                if isinstance(arg, (ast.List, ast.Tuple)):
                    self.flag(call, name, arg)
        for keyword in call.keywords:
            if keyword.arg in TEXT_KEYWORDS:
                self.flag(call, f"{name}({keyword.arg}=)", keyword.value)

    def check_first_text(self, call: ast.Call, name: str) -> None:
        """addItem(text, data), addItem(icon, text, data), addTab(widget, text),
        insertTab(index, widget, icon, text): the text is the first string-valued argument
        (a literal, an f-string, a tr call …) among the first few."""
        for arg in call.args[:METHOD_FIRST_TEXT[name]]:
            if _is_texty(arg, self.translating):
                self.flag(call, name, arg)
                return

    def check_tr_owner(self, call: ast.Call) -> None:
        """`page.tr("…")`: lupdate files the text under the context "page", Qt looks it up under
        the page's class, so it is never translated. Only `self.tr` / `cls.tr` agree."""
        func = call.func
        if (isinstance(func, ast.Attribute) and func.attr == "tr"
                and not (isinstance(func.value, ast.Name) and func.value.id in ("self", "cls"))):
            self.findings.append(Finding(self.path, call.lineno, "tr on another object",
                                         ast.unparse(call)))

    def check_translate_source(self, call: ast.Call) -> None:
        """tr(f"...") or tr("{}".format(x)) cannot be extracted by lupdate."""
        name = _call_name(call.func)
        if name.startswith("QT_") or not call.args:
            return
        # tr(text, ...) vs translate(context, text, ...)
        source_index = 1 if name in ("translate", "QT_TRANSLATE_NOOP") and len(call.args) > 1 \
            and isinstance(call.args[0], ast.Constant) else 0
        source = call.args[source_index] if source_index < len(call.args) else None
        if isinstance(source, (ast.JoinedStr, ast.BinOp)) or (
                isinstance(source, ast.Call) and _call_name(source.func) == "format"):
            self.findings.append(Finding(self.path, call.lineno, f"{name} of a built string",
                                         ast.unparse(source)))


def _is_texty(node: ast.expr, translating: set[str]) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, (ast.JoinedStr, ast.BinOp)):
        return True
    if isinstance(node, ast.Call):
        name = _call_name(node.func)
        return name in translating or name in ("format", "join")
    return False


def scan_source(source: str, path: str = "<source>",
                allowed: set[str] | None = None) -> list[Finding]:
    """Every bypass in one module's source."""
    return _Scanner(path, ast.parse(source), allowed or set()).run()


def scan_tree(root: Path, allowed: dict[str, set[str]]) -> list[Finding]:
    """Every bypass in the modules under `root`; `allowed` maps a module's file name to texts
    it may show as they are."""
    findings: list[Finding] = []
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root).as_posix()
        findings.extend(scan_source(path.read_text(encoding="utf-8"), relative,
                                    allowed.get(relative, set())))
    return findings
