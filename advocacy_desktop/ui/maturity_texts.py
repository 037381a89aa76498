"""The maturity conditions in the UI language.

responsibility_service.maturity() words its conditions in English for the CLI and gives each
a key and its counts (`Condition`); the People page shows these sentences instead.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from advocacy_desktop.ui.formatting import number


class MaturityTexts(QObject):
    """`reached(condition)` and `missing(condition)`: one sentence each, in the UI language.
    A key this version does not know falls back to the service's English text."""

    def reached(self, condition: Any, fallback: str = "") -> str:
        texts = {
            "advocate": self.tr("An active person is a customer advocate."),
            "team": self.tr("A team role with 2 or more active members is responsible for "
                            "needs."),
            "coordinator": self.tr("An active person is an advocacy coordinator."),
            "coordinated": self.tr("A coordinator is Accountable for most needs."),
            "sources_owned": self.tr("Every collected source has an owner."),
            "sponsor": self.tr("An active person is an executive sponsor."),
            "needs_covered": self.tr("Every need has a Responsible and an Accountable."),
            "people_with_roles": self.tr("Most active people have a role."),
        }
        return texts.get(condition.key, fallback)

    def missing(self, condition: Any, fallback: str = "") -> str:
        counts = dict(condition.numbers)
        shown = {name: number(value) for name, value in counts.items()}
        key = condition.key
        if key == "advocate":
            return self.tr("Give an active person the customer advocate role.")
        if key == "team":
            return self.tr("Make a role with at least 2 active members Responsible for at "
                           "least one need.")
        if key == "coordinator":
            return self.tr("Give an active person the advocacy coordinator role.")
        if key == "coordinated":
            return self.tr("Make a coordinator Accountable for more than half of the needs "
                           "(now {coordinated} of {needs}).").format(**shown)
        if key == "sources_owned":
            return self.tr("Give every collected source a Responsible or an owner (%Ln without "
                           "one).", "", counts.get("without", 0))
        if key == "sponsor":
            return self.tr("Give an active person the executive sponsor role.")
        if key == "needs_covered":
            return self.tr("Give every need a Responsible and an Accountable (%Ln without "
                           "them).", "", counts.get("without", 0))
        if key == "people_with_roles":
            return self.tr("Give more than half of the active people a role (now {with_role} "
                           "of {active}).").format(**shown)
        return fallback
