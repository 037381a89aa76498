"""The names of the pre-filled sources, roles and starter needs in the UI language.

Revision 0003 adds the default sources and 0006 the default roles, with English names that
stay stored as they are: the CLI, exports, merges and imports match on them. The UI shows a
stored name that is still exactly the seed name in the user's language ("Phone" -> "전화");
a renamed one is the user's own and is shown as typed. Brand names (Amazon, Google,
Trustpilot, Tripadvisor, Facebook, Instagram, X) are the same in every language and are not
listed. The starter needs (services/starter_needs.py) are stored in the user's language when
the first-run guide creates them: `need_names()` gives the names to store.

The lists must follow the revisions and the starter taxonomy (tests/ui/test_default_names.py).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "DefaultNames"

#: kind -> the seed texts that are translated when shown (marked for lupdate)
SEEDS: dict[str, tuple[str, ...]] = {
    "source": (
        QT_TRANSLATE_NOOP("DefaultNames", "Support desk"),
        QT_TRANSLATE_NOOP("DefaultNames", "E-mail"),
        QT_TRANSLATE_NOOP("DefaultNames", "Phone"),
        QT_TRANSLATE_NOOP("DefaultNames", "Survey"),
    ),
    "role": (
        QT_TRANSLATE_NOOP("DefaultNames", "Customer advocate"),
        QT_TRANSLATE_NOOP("DefaultNames", "Advocacy team member"),
        QT_TRANSLATE_NOOP("DefaultNames", "Advocacy coordinator"),
        QT_TRANSLATE_NOOP("DefaultNames", "Executive sponsor"),
        QT_TRANSLATE_NOOP("DefaultNames", "Support agent"),
        QT_TRANSLATE_NOOP("DefaultNames", "Product owner"),
    ),
    "role_description": (
        QT_TRANSLATE_NOOP("DefaultNames",
                          "Acts for the customer's good on their own: level 1."),
        QT_TRANSLATE_NOOP("DefaultNames",
                          "Collects and prioritises customer needs in a team: level 2."),
        QT_TRANSLATE_NOOP("DefaultNames", "Coordinates advocacy across the company: level 3."),
        QT_TRANSLATE_NOOP("DefaultNames",
                          "Puts advocacy into every strategy and every employee: level 4."),
        QT_TRANSLATE_NOOP("DefaultNames", "Answers customers and tags their feedback."),
        QT_TRANSLATE_NOOP("DefaultNames", "Decides what the product does about a need."),
    ),
    "need": (
        QT_TRANSLATE_NOOP("DefaultNames", "Price"),
        QT_TRANSLATE_NOOP("DefaultNames", "Discounts"),
        QT_TRANSLATE_NOOP("DefaultNames", "Value for money"),
        QT_TRANSLATE_NOOP("DefaultNames", "Delivery"),
        QT_TRANSLATE_NOOP("DefaultNames", "Speed"),
        QT_TRANSLATE_NOOP("DefaultNames", "Packaging"),
        QT_TRANSLATE_NOOP("DefaultNames", "Product quality"),
        QT_TRANSLATE_NOOP("DefaultNames", "Customer service"),
        QT_TRANSLATE_NOOP("DefaultNames", "Friendliness"),
        QT_TRANSLATE_NOOP("DefaultNames", "Response time"),
        QT_TRANSLATE_NOOP("DefaultNames", "Website and app"),
        QT_TRANSLATE_NOOP("DefaultNames", "Checkout"),
        QT_TRANSLATE_NOOP("DefaultNames", "Login"),
        QT_TRANSLATE_NOOP("DefaultNames", "Returns and refunds"),
    ),
}

#: a pre-filled role's name -> its description (revision 0006), both as stored
ROLE_DESCRIPTIONS: dict[str, str] = dict(zip(SEEDS["role"], SEEDS["role_description"],
                                             strict=True))


def display_name(kind: str, stored: str | None) -> str:
    """What the UI shows for a stored name of `kind` ("source", "role", "role_description",
    "need"): the translation when `stored` is exactly a seed text of that kind, else
    `stored` itself."""
    if not stored:
        return stored or ""
    if stored in SEEDS[kind]:
        return QCoreApplication.translate(CONTEXT, stored)
    return stored


def display_names(kind: str, stored: Iterable[str]) -> list[str]:
    return [display_name(kind, name) for name in stored]


def labels(kind: str) -> dict[str, str]:
    """Seed text -> its display name now, for code that runs off the UI thread or outside Qt
    (the dashboard's charts): `labels.get(name, name)`."""
    return {seed: display_name(kind, seed) for seed in SEEDS[kind]}


def source_label(name: str) -> str:
    """A source's name as shown (a pre-filled one in the UI language)."""
    return display_name("source", name)


def role_label(name: str) -> str:
    """A role's name as shown (a pre-filled one in the UI language)."""
    return display_name("role", name)


def role_description(name: str) -> str:
    """The description of the pre-filled role `name` in the UI language; "" for any other."""
    description = ROLE_DESCRIPTIONS.get(name)
    return display_name("role_description", description) if description else ""


def need_label(name: str) -> str:
    """A starter need's name in the UI language (any other name as it is)."""
    return display_name("need", name)


def need_names() -> dict[str, str]:
    """Starter need (English) -> its name in the UI language: the `names` to store it under."""
    return labels("need")
