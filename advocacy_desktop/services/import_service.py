"""Importing spreadsheets: the one entry point the GUI and the CLI share.

    preview = preview_import(catalogue, path, ImportOptions())      # wizard: before writing
    result = run_import(catalogue, path, options, progress=..., should_cancel=...)
    list_batches / rejected_rows / export_rejects / undo_batch       # Imports page, CLI
    list_templates / save_template / load_template / delete_template # column mappings
"""

from __future__ import annotations

from advocacy_desktop.domain.fields import FIELDS, Field
from advocacy_desktop.domain.mapping import Mapping
from advocacy_desktop.domain.values import DateOrder
from advocacy_desktop.services.importing import (
    DamagedFile,
    EncodingNotConfirmed,
    FileInfo,
    ImportCancelled,
    ImportFileError,
    Limits,
    UnsafeFile,
    UnsupportedFile,
    inspect_file,
)
from advocacy_desktop.services.importing.batches import (
    BatchNotFound,
    BatchSummary,
    RejectedRowInfo,
    export_rejects,
    get_batch,
    list_batches,
    rejected_rows,
    undo_batch,
)
from advocacy_desktop.services.importing.importer import (
    DateOrderNeeded,
    ImportOptions,
    ImportResult,
    ImportSetupError,
    run_import,
)
from advocacy_desktop.services.importing.preview import CellProblem, ImportPreview, preview_import
from advocacy_desktop.services.importing.templates import (
    TemplateInfo,
    delete_template,
    list_templates,
    load_template,
    save_template,
)

SUPPORTED_SUFFIXES = (".xlsx", ".xlsm", ".ods", ".csv", ".tsv", ".txt")

__all__ = [
    "FIELDS",
    "SUPPORTED_SUFFIXES",
    "BatchNotFound",
    "BatchSummary",
    "CellProblem",
    "DamagedFile",
    "DateOrder",
    "DateOrderNeeded",
    "EncodingNotConfirmed",
    "Field",
    "FileInfo",
    "ImportCancelled",
    "ImportFileError",
    "ImportOptions",
    "ImportPreview",
    "ImportResult",
    "ImportSetupError",
    "Limits",
    "Mapping",
    "RejectedRowInfo",
    "TemplateInfo",
    "UnsafeFile",
    "UnsupportedFile",
    "delete_template",
    "export_rejects",
    "get_batch",
    "inspect_file",
    "list_batches",
    "list_templates",
    "load_template",
    "preview_import",
    "rejected_rows",
    "run_import",
    "save_template",
    "undo_batch",
]
