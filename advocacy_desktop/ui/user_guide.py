"""Help ▸ User Guide: a concise guide to the app in the UI language, with a table of contents.

Every paragraph is its own translatable string (context "UserGuide"); page names and menu
paths are the app's own translated texts, so the guide names them exactly as the window
shows them. The window rebuilds the guide on every language change.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from advocacy_desktop.ui.icons import icon
from advocacy_desktop.ui.pages import page_spec
from advocacy_desktop.ui.pages import translate as page_text
from advocacy_desktop.ui.shortcuts_window import plain_text


@dataclass(frozen=True)
class Section:
    anchor: str
    title: str
    paragraphs: tuple[str, ...]
    steps: tuple[str, ...] = ()
    """Shown as a numbered list after the first paragraph."""


STRONG, PLAIN = "\x01", "\x02"
"""Marks around the names of pages, menus and keys in the texts: shown in bold."""


def _strong(text: str) -> str:
    return f"{STRONG}{text}{PLAIN}"


def _page(page_id: str) -> str:
    return _strong(page_text(page_spec(page_id).title))


def _menu(*path: tuple[str, str]) -> str:
    """A menu path in the UI language from (context, source text) pairs: File ▸ Backup…"""
    return _strong(" ▸ ".join(plain_text(QCoreApplication.translate(c, t)) for c, t in path))


def _key(sequence: str) -> str:
    return _strong(QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText))


def _rich(text: str) -> str:
    return html.escape(text).replace(STRONG, "<b>").replace(PLAIN, "</b>")


def plain(text: str) -> str:
    """A text of the guide without its bold marks."""
    return text.replace(STRONG, "").replace(PLAIN, "")


def guide_sections() -> list[Section]:
    """The guide in the current UI language."""
    translate = QCoreApplication.translate
    file_menu = ("MainActions", "&File")
    pages = {p: _page(p) for p in ("dashboard", "feedback", "sources", "needs", "people",
                                    "advocates", "imports")}
    titles = {p: plain(pages[p]) for p in ("sources", "advocates")}
    import_file = _menu(file_menu, ("MainActions", "&Import File…"))
    backup = _menu(file_menu, ("MainActions", "&Backup…"))
    merge = _menu(file_menu, ("MergeAction", "&Merge Catalogue…"))
    team = _menu(file_menu, ("TeamConnector", "Connect to &Team Catalogue…"))
    preferences = _menu(("MainActions", "&Edit"), ("MainActions", "&Preferences…"))
    shortcuts = _menu(("MainActions", "&Help"), ("MainActions", "&Keyboard Shortcuts"))
    erase = _strong(plain_text(translate("AdvocatesPage", "&Erase Personal Data…")))
    return [
        Section("method", translate("UserGuide", "The method in five steps"), (
            translate("UserGuide", "Customer Advocacy means acting for the customer’s good "
                      "until they recommend you. The app serves the five steps of the method, "
                      "each on its own page:"),
            translate("UserGuide", "The pages are listed on the left; {first} to {last} "
                      "switch between them.").format(first=_key("Ctrl+1"), last=_key("Ctrl+7")),
        ), steps=(
            translate("UserGuide", "Identify every source of information about your "
                      "customers: {page}.").format(page=pages["sources"]),
            translate("UserGuide", "Select the sources worth collecting from: the “collect "
                      "from this source” switch on {page}.").format(page=pages["sources"]),
            translate("UserGuide", "Collect and catalogue feedback under a shared scheme of "
                      "needs: {import_file}, {needs} and {feedback}.").format(
                import_file=import_file, needs=pages["needs"], feedback=pages["feedback"]),
            translate("UserGuide", "Analyse it: NPS with its margin of error, its trend and "
                      "the needs that cost the most NPS, on {page}.").format(
                page=pages["dashboard"]),
            translate("UserGuide", "Define who is responsible for each need, source and "
                      "item, and answer detractors in time: {page}.").format(
                page=pages["people"]),
        )),
        Section("sources", titles["sources"], (
            translate("UserGuide", "Every catalogue starts with Amazon, Google, Trustpilot, "
                      "Tripadvisor, Facebook, Instagram, X, the support desk, e-mail, phone and "
                      "survey. Each source has a kind, a web address, notes and an owner, and "
                      "shows its items, its share and its NPS with the margin of error."),
            translate("UserGuide", "Switching a source off stops collecting from it; what it "
                      "brought stays in the catalogue."),
        )),
        Section("import", translate("UserGuide", "Importing feedback"), (
            translate("UserGuide", "{import_file}, or drop a spreadsheet on the window, opens "
                      "the import wizard. It reads .xlsx, .xlsm, .ods, .csv, .tsv and .txt "
                      "files, tells the format from the content, and maps the columns from "
                      "their headers in English, German, Italian, Indonesian, Turkish or "
                      "Korean.").format(import_file=import_file),
            translate("UserGuide", "Every value is checked. A score must be a whole number "
                      "from 0 to 10 from a column that asks about recommending; star ratings "
                      "are kept apart and never counted as NPS. When text dates are ambiguous "
                      "(05/01/2025) you are asked for their order; nothing is guessed."),
            translate("UserGuide", "All valid rows are written at once: a crash or Cancel "
                      "leaves all or nothing. Importing the same rows again adds nothing. "
                      "Columns mapped to no field are kept with each item."),
            translate("UserGuide", "Rejected rows are kept with their row, column, value and "
                      "reason. {imports} lists every import with its rejected rows; export "
                      "them to a spreadsheet, fix them and import that file again. An import "
                      "can also be undone there.").format(imports=pages["imports"]),
        )),
        Section("tagging", translate("UserGuide", "Needs and tagging"), (
            translate("UserGuide", "{needs} holds the taxonomy of customer needs, as a tree "
                      "(Price ▸ Discounts), each with a colour and a one-key shortcut. "
                      "Renaming, moving, merging and deleting never lose tagged items, and "
                      "every change can be undone. The taxonomy travels as a JSON or CSV file "
                      "that a team or a client can adopt.").format(needs=pages["needs"]),
            translate("UserGuide", "On {feedback}, filter the list, select items and press a "
                      "need’s key to tag them all; press it again to untag. You can also tick "
                      "the needs beside the list or drag the items onto a need. The context "
                      "menu tags, untags, sets the source, assigns and sets the status of "
                      "every selected item at once.").format(feedback=pages["feedback"]),
            translate("UserGuide", "Auto-tag rules (keywords, phrases or regular expressions, "
                      "in all six languages) run on every import and on demand."),
        )),
        Section("nps", translate("UserGuide", "NPS and its margin of error"), (
            translate("UserGuide", "Only answers to “How likely are you to recommend us?” on "
                      "0 to 10 count. Promoters answer 9 or 10, passives 7 or 8, detractors 0 "
                      "to 6. NPS is the percentage of promoters minus the percentage of "
                      "detractors, from −100 to +100."),
            translate("UserGuide", "Every NPS comes with its 95% margin of error (the "
                      "adjusted-Wald method): 8 promoters, 9 passives and 22 detractors give "
                      "−35.9 ± 24.2. A group of fewer than 30 answers is marked, and a change "
                      "between two periods is called significant only when their intervals "
                      "do not overlap."),
            translate("UserGuide", "{dashboard} shows what the filter of {feedback} keeps: "
                      "the NPS, its trend (also over rolling 30 or 90 days), the answers by "
                      "score, NPS by source, and the open items by owner.").format(
                dashboard=pages["dashboard"], feedback=pages["feedback"]),
        )),
        Section("cost", translate("UserGuide", "Needs ranked by their cost in NPS"), (
            translate("UserGuide", "A need whose items hold d of the n answers’ detractors "
                      "costs 100 × d / n NPS points: had those detractors been passives, the "
                      "NPS would be that much higher. With 1,000 answers and 60 detractors "
                      "tagged “Delivery”, Delivery costs 6 points."),
            translate("UserGuide", "The dashboard ranks the needs by this cost, with its "
                      "interval and the need’s share of all detractors. An item with two needs "
                      "counts for both, so the costs do not add up."),
        )),
        Section("roles", translate("UserGuide", "Roles and the follow-up queue"), (
            translate("UserGuide", "{people} lists the people and their roles (the four "
                      "maturity levels, support agent, product owner and your own), a matrix "
                      "of who is Responsible, Accountable, Consulted and Informed for every "
                      "need and source with the gaps in red, and the maturity level reached "
                      "with what the next one needs.").format(people=pages["people"]),
            translate("UserGuide", "New and newly tagged items go to whoever is responsible "
                      "for their need or source. The follow-up queue lists the detractors not "
                      "yet contacted, due a set number of working days after their feedback "
                      "(2 by default); overdue ones are red. Choose a person to see their own "
                      "queue; the workload per person and per need is shown beside it."),
        )),
        Section("advocates", titles["advocates"], (
            translate("UserGuide", "Brand advocates are customers whose latest answer is 9 "
                      "or 10. {advocates} lists them with what was last done for them, most "
                      "in need of attention first, and the customers at risk: fallen "
                      "promoters and repeat detractors.").format(advocates=pages["advocates"]),
            translate("UserGuide", "The care log records the six practices that keep "
                      "advocates: mutual respect, appreciation, accessibility, active "
                      "listening, recognition and presence. Duplicate customers can be found "
                      "and merged."),
        )),
        Section("files", translate("UserGuide", "Catalogue files, backups and teams"), (
            translate("UserGuide", "A catalogue is one .advocacy file you can carry around. "
                      "It is checked when opened; a damaged file or another application’s "
                      "is refused, and an older catalogue is upgraded only after a backup "
                      "beside it."),
            translate("UserGuide", "{backup} saves a consistent copy at any time, even while "
                      "you work. When someone else has the catalogue open you are told who, "
                      "and offered to open it read-only.").format(backup=backup),
            translate("UserGuide", "{merge} brings in another catalogue (from a laptop in "
                      "the field, say): conflicts are listed with both values and nothing is "
                      "overwritten unless you choose so.").format(merge=merge),
            translate("UserGuide", "A team shares one PostgreSQL database instead of a file: "
                      "{team}. The password is never written to the settings (where a system "
                      "keyring is available you may keep it there). Two people editing the same "
                      "item "
                      "never lose a change: the second is told who changed it.").format(
                team=team),
        )),
        Section("privacy", translate("UserGuide", "Privacy"), (
            translate("UserGuide", "{erase} on {advocates} erases one customer’s personal "
                      "data for good; their anonymous scores stay in the statistics. This "
                      "cannot be undone.").format(erase=erase, advocates=pages["advocates"]),
            translate("UserGuide", "To share data outside the organisation, export it "
                      "pseudonymised from the command line (advocacy export … --pseudonymise, "
                      "also for the NPS report): customers become stable pseudonyms and "
                      "their contact data is removed; the export is recorded."),
        )),
        Section("settings", translate("UserGuide", "Language, theme and keys"), (
            translate("UserGuide", "{preferences} chooses the language and a light or dark "
                      "theme; both apply at once. {shortcuts} lists every key.").format(
                preferences=preferences, shortcuts=shortcuts),
        )),
    ]


def guide_html(sections: list[Section] | None = None) -> str:
    """The guide as rich text: a title, the contents as links, then the sections."""
    sections = guide_sections() if sections is None else sections
    e = html.escape
    title = QCoreApplication.translate("UserGuide", "Advocacy Desktop User Guide")
    contents = QCoreApplication.translate("UserGuide", "Contents")
    parts = [f"<h1>{e(title)}</h1>", f"<p><b>{e(contents)}</b></p><ol>"]
    parts += [f'<li><a href="#{s.anchor}">{e(s.title)}</a></li>' for s in sections]
    parts.append("</ol>")
    for section in sections:
        parts.append(f'<h2><a name="{section.anchor}"></a>{e(section.title)}</h2>')
        for number, paragraph in enumerate(section.paragraphs):
            parts.append(f"<p>{_rich(paragraph)}</p>")
            if number == 0 and section.steps:
                parts.append("<ol>" + "".join(f"<li>{_rich(s)}</li>" for s in section.steps)
                             + "</ol>")
    return "\n".join(parts)


class UserGuideWindow(QDialog):
    """A non-modal window showing `guide_html()`; anchors scroll within the guide."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuideWindow")
        self.setWindowIcon(icon("guide"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("userGuideText")
        self.browser.setOpenExternalLinks(False)
        self.browser.document().setDocumentMargin(16)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(720, 680)
        self.retranslate_ui()

    def section_titles(self) -> list[str]:
        return [s.title for s in guide_sections()]

    def show_section(self, anchor: str) -> None:
        self.browser.scrollToAnchor(anchor)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("User Guide"))
        position = self.browser.verticalScrollBar().value()
        self.browser.setHtml(guide_html())
        self.browser.verticalScrollBar().setValue(position)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
