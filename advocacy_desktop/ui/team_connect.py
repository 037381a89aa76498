"""File ▸ Connect to Team Catalogue…: open a catalogue kept in a PostgreSQL database.

`TeamConnectDialog` asks for a server (host, port, database, user, password) or a full
address, and lists the team catalogues connected to before (their passwords masked: a
password is never written to the settings; with the optional `keyring` package it may be
kept in the system keyring). `TeamConnector` opens the catalogue in a background task
through the catalogue service; an empty database is given the schema and an older schema is
upgraded only after the user confirms. The opened catalogue goes to the main window like a
file catalogue (no lock file, no backups: the server keeps its own).
"""

from __future__ import annotations

import importlib.util
import logging
from collections.abc import Callable
from pathlib import PurePath
from types import ModuleType
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from advocacy_desktop.ui.tasks import TaskContext, TaskHandle

if TYPE_CHECKING:
    from advocacy_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

KEY_RECENT = "team/recent"
MAX_RECENT = 8
KEYRING_SERVICE = "Advocacy Desktop team catalogue"
SCHEME = "postgresql+psycopg://"
MASK = "***"


def _tr(text: str) -> str:
    return QCoreApplication.translate("TeamConnect", text)


def keyring_module() -> ModuleType | None:
    """The `keyring` package when it is installed (it is optional: never a dependency)."""
    if importlib.util.find_spec("keyring") is None:
        return None
    import keyring

    return keyring


class TeamAddress(str):
    """A masked team address where the window and its status bar expect a file path: its
    `name` is the whole (masked) address."""

    @property
    def name(self) -> str:
        return str(self)


def catalogue_label(catalogue: Any) -> PurePath | TeamAddress:
    """What the window shows for an open catalogue: its file, or its masked address."""
    return catalogue.path if catalogue.path is not None else TeamAddress(catalogue.url)


def server_address(host: str, port: int, database: str, user: str, password: str) -> str:
    """The SQLAlchemy address of a database from its parts (each part quoted)."""
    login = quote(user.strip(), safe="")
    if password:
        login += ":" + quote(password, safe="")
    at = f"{login}@" if login else ""
    return f"{SCHEME}{at}{host.strip()}:{int(port)}/{quote(database.strip(), safe='')}"


def with_password(address: str, password: str) -> str:
    """`address` with `password` put where the masked one (or none) is."""
    address = address.strip()
    if not password:
        return address
    parts = urlsplit(address)
    if parts.password not in (None, MASK, ""):
        return address  # the address carries its own password
    user = parts.username or ""
    host = parts.netloc.rsplit("@", 1)[-1]
    netloc = f"{quote(user, safe='')}:{quote(password, safe='')}@{host}"
    return address.replace(parts.netloc, netloc, 1) if parts.netloc else address


def without_password(masked: str) -> str:
    """The address with no password part at all."""
    return masked.replace(f":{MASK}@", "@")


def masked_password(address: str) -> str:
    """The address with any password in it shown as ***."""
    parts = urlsplit(address)
    if parts.password in (None, MASK):
        return address
    user, host = parts.netloc.rsplit("@", 1)
    return address.replace(parts.netloc, f"{user.split(':', 1)[0]}:{MASK}@{host}", 1)


class RecentTeams:
    """The team catalogues connected to before, by masked address, newest first."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def all(self) -> list[str]:
        value = self.settings.value(KEY_RECENT, [])
        if isinstance(value, str):
            value = [value]
        return [masked_password(str(v)) for v in value or []][:MAX_RECENT]

    def add(self, masked: str) -> list[str]:
        entry = masked_password(masked)
        entries = [entry, *(e for e in self.all() if e != entry)][:MAX_RECENT]
        self.settings.setValue(KEY_RECENT, entries)
        return entries


class TeamConnectDialog(QDialog):
    """Where the team catalogue is; `address()` gives the address to connect to."""

    def __init__(self, recent: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamConnectDialog")
        self.keyring = keyring_module()
        self.server = QGroupBox(self)
        self.host = QLineEdit("localhost", self.server)
        self.port = QSpinBox(self.server)
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit(self.server)
        self.user = QLineEdit(self.server)
        self.password = QLineEdit(self.server)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.address_box = QGroupBox(self)
        self.full_address = QLineEdit(self.address_box)
        self.full_address.setClearButtonEnabled(True)
        self.read_only = QCheckBox(self)
        self.remember = QCheckBox(self)
        self.remember.setVisible(self.keyring is not None)
        self.port.setMaximumWidth(120)
        self.recent = QListWidget(self)
        self.recent.setMaximumHeight(120)
        for entry in recent:
            QListWidgetItem(entry, self.recent)
        self.recent.currentTextChanged.connect(self._use_recent)
        self.recent.itemDoubleClicked.connect(lambda _item: self.accept())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.full_address.textChanged.connect(self._update_state)
        for edit in (self.host, self.database, self.user):
            edit.textChanged.connect(self._update_state)

        form = QFormLayout(self.server)
        self.labels = {name: QLabel(self) for name in
                       ("host", "port", "database", "user", "password", "address", "recent")}
        form.addRow(self.labels["host"], self.host)
        form.addRow(self.labels["port"], self.port)
        form.addRow(self.labels["database"], self.database)
        form.addRow(self.labels["user"], self.user)
        form.addRow(self.labels["password"], self.password)
        other = QFormLayout(self.address_box)
        other.addRow(self.labels["address"], self.full_address)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.server)
        layout.addWidget(self.address_box)
        layout.addWidget(self.hint)
        layout.addWidget(self.read_only)
        layout.addWidget(self.remember)
        layout.addWidget(self.labels["recent"])
        layout.addWidget(self.recent)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self._update_state()
        self.resize(560, self.sizeHint().height())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Connect to Team Catalogue"))
        self.server.setTitle(self.tr("PostgreSQL server"))
        self.address_box.setTitle(self.tr("Or a full address (the password above is added)"))
        for name, text in (("host", self.tr("Host:")), ("port", self.tr("Port:")),
                           ("database", self.tr("Database:")), ("user", self.tr("User:")),
                           ("password", self.tr("Password:")),
                           ("address", self.tr("Address:")),
                           ("recent", self.tr("Recent team catalogues:"))):
            self.labels[name].setText(text)
        self.full_address.setPlaceholderText("postgresql+psycopg://user@host:5432/database")
        self.password.setPlaceholderText(self.tr("Not saved"))
        self.hint.setText(self.tr(
            "The password is not saved. A team catalogue lives on the server: several people "
            "can work in it at once, and the server's administrator keeps its backups."))
        self.read_only.setText(self.tr("Open read-only"))
        self.remember.setText(self.tr("Remember the password in the system keyring"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Connect"))

    def _use_recent(self, entry: str) -> None:
        if entry:
            self.full_address.setText(entry)
            self._fill_stored_password(entry)

    def _fill_stored_password(self, entry: str) -> None:
        if self.keyring is None or self.password.text():
            return
        try:
            stored = self.keyring.get_password(KEYRING_SERVICE, entry)
        except Exception as exc:  # a locked or absent keyring backend: just ask
            log.info("no password from the keyring: %s", exc)
            return
        if stored:
            self.password.setText(stored)
            self.remember.setChecked(True)

    def _update_state(self) -> None:
        by_address = bool(self.full_address.text().strip())
        for widget in (self.host, self.port, self.database, self.user):
            widget.setEnabled(not by_address)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(
            self.full_address.text().strip()
            or (self.host.text().strip() and self.database.text().strip())))

    def address(self) -> str:
        """The address to connect to, with the typed password in it (never stored)."""
        typed = self.full_address.text().strip()
        if typed:
            return with_password(typed, self.password.text())
        return server_address(self.host.text(), self.port.value(), self.database.text(),
                              self.user.text(), self.password.text())

    def remember_password(self, masked: str) -> None:
        """After a successful connection: keep the password in the keyring when asked to."""
        if self.keyring is None or not self.remember.isChecked() or not self.password.text():
            return
        try:
            self.keyring.set_password(KEYRING_SERVICE, masked_password(masked),
                                      self.password.text())
        except Exception as exc:
            log.warning("the password was not stored in the keyring: %s", exc)


# --------------------------------------------------------------------------- opening


def _open_team_task(ctx: TaskContext, service: ModuleType, address: str, read_only: bool,
                    create: bool, upgrade: bool) -> Any:
    """Open; or say why not in a way the window can ask about ("empty", "old")."""
    try:
        return service.open_team(address, read_only=read_only, create=create, upgrade=upgrade)
    except service.CatalogueNeedsUpgrade:
        if read_only:
            raise
        return "old"
    except service.NotACatalogue:
        if not create and service.team_is_empty(address):
            return "empty"
        raise


class TeamConnector(QObject):
    """Adds File ▸ Connect to Team Catalogue… to the window and opens what the user picks."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.recent = RecentTeams(window.settings.qsettings)
        self.dialog: TeamConnectDialog | None = None
        self.confirm: Callable[[str, str], bool] = self._ask
        self.action = QAction(window)
        self.action.setObjectName("connectTeamAction")
        self.action.triggered.connect(lambda: self.choose())
        actions = window.ui_actions
        after = actions.recent_menu.menuAction()
        actions.file_menu.insertAction(after, self.action)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.action.setText(self.tr("Connect to &Team Catalogue…"))
        self.action.setStatusTip(self.tr("Open a catalogue shared in a PostgreSQL database"))

    def choose(self) -> TeamConnectDialog:
        """Show the dialog (window-modal); connecting starts when it is accepted."""
        dialog = TeamConnectDialog(self.recent.all(), self.window)
        dialog.accepted.connect(lambda: self.connect(dialog.address(),
                                                     read_only=dialog.read_only.isChecked()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def connect(self, address: str, *, read_only: bool = False, create: bool = False,
                upgrade: bool = False) -> TaskHandle:
        """Open the team catalogue at `address` in a task; the window takes it on success."""
        window = self.window
        service = window._require_service()
        where = self._masked(service, address)
        handle = window.tasks.run(
            _open_team_task, service, address, read_only, create, upgrade,
            title=self.tr("Connecting to {address}…").format(address=where),
        )
        handle.succeeded.connect(lambda result: self._opened(handle, result, address,
                                                             read_only))
        handle.failed.connect(lambda exc: self._failed(handle, where, exc))
        window._open_handle = handle
        return handle

    @staticmethod
    def _masked(service: ModuleType, address: str) -> str:
        try:
            return str(service.masked(address))
        except Exception:  # not even an address: said when connecting fails
            return without_password(address.split("@")[-1])

    def _opened(self, handle: TaskHandle, result: Any, address: str, read_only: bool) -> None:
        window = self.window
        where = self._masked(window._require_service(), address)
        if result == "empty":
            window._open_handle = None
            if self.confirm(self.tr("Create the Schema?"), self.tr(
                    "The database {address} is empty. Create a new team catalogue in it?"
                    ).format(address=where)):
                self.connect(address, read_only=read_only, create=True)
            return
        if result == "old":
            window._open_handle = None
            if self.confirm(self.tr("Upgrade the Team Catalogue?"), self.tr(
                    "{address} was made by an older version. Upgrade it now? Everyone who "
                    "uses it then needs this version of Advocacy Desktop.").format(
                        address=where)):
                self.connect(address, read_only=read_only, upgrade=True)
            return
        if self.dialog is not None:
            self.dialog.remember_password(result.url)
        self.recent.add(result.url)
        window._on_opened(handle, result)

    def _failed(self, handle: TaskHandle, where: str, error: BaseException) -> None:
        if handle is self.window._open_handle:
            self.window._open_handle = None
        QMessageBox.warning(
            self.window, self.tr("Cannot Connect"),
            self.tr("Could not open the team catalogue {address}").format(address=where)
            + "\n\n" + self.window._error_message(error),
        )

    def _ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self.window, title, text)
        return answer == QMessageBox.StandardButton.Yes
