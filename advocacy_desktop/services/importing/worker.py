"""Where an import's rows are read and checked: in this process, or in a worker process.

Reading and checking a million rows is pure Python and takes as long as writing them; a
thread cannot overlap the two (SQLite inserts hold the GIL most of the time). For big files
a spawned worker process reads and checks while this process writes the previous chunk,
which brings the import close to the bare insert time (benchmarks/import_bench.py).

Both sources speak the same protocol:

    with open_rows(path, open_options, parallel=...) as rows:
        head = rows.head                    # headers, first rows, sheet, row estimate
        rows.start(mapping, default_source, first_id, batch_id)  # mapping settled, batch open
        for chunk in rows.chunks(should_cancel): ...
        rows.warnings                       # complete once chunks() is exhausted
"""

from __future__ import annotations

import logging
import os
import pickle
import queue
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO

from advocacy_desktop.domain.mapping import Mapping
from advocacy_desktop.services.importing.convert import Chunk, ChunkBuilder, RowConverter
from advocacy_desktop.services.importing.errors import ImportCancelled
from advocacy_desktop.services.importing.table import Table, Value

log = logging.getLogger(__name__)

CHUNK_ROWS = 5_000
SAMPLE_ROWS = 200
POLL_SECONDS = 0.1

CancelCheck = Callable[[], bool] | None


@dataclass
class Head:
    """What the mapping is settled from, before any row is converted."""

    headers: list[str]
    columns: list[str]
    sheet: str | None
    samples: list[tuple[int, list[Value]]]
    total_rows_hint: int | None
    epoch_1904: bool = False
    encoding: str | None = None
    delimiter: str | None = None
    warnings: list[str] = field(default_factory=list)


def _open_table(path: Path, open_options: dict[str, Any], should_cancel: CancelCheck) -> Table:
    from advocacy_desktop.services.importing import open_table

    return open_table(path, should_cancel=should_cancel, **open_options)


def _head(table: Table) -> Head:
    rows = table.rows()
    try:
        samples = list(islice(rows, SAMPLE_ROWS))
    finally:
        close = getattr(rows, "close", None)
        if close is not None:
            close()
    return Head(
        headers=list(table.headers),
        columns=list(table.columns),
        sheet=table.sheet,
        samples=samples,
        total_rows_hint=table.total_rows_hint,
        epoch_1904=bool(getattr(table, "epoch_1904", False)),
        encoding=table.encoding,
        delimiter=table.delimiter,
    )


def _convert_chunks(
    table: Table, builder: ChunkBuilder, should_cancel: CancelCheck
) -> Iterator[Chunk]:
    rows = iter(table.rows())
    try:
        while chunk := list(islice(rows, CHUNK_ROWS)):
            if should_cancel is not None and should_cancel():
                raise ImportCancelled()
            yield builder.build(chunk)
    finally:
        close = getattr(rows, "close", None)
        if close is not None:
            close()


class LocalRows:
    """Rows read and checked in this process (small files, where a worker's start costs more
    than it saves)."""

    def __init__(self, path: Path, open_options: dict[str, Any], should_cancel: CancelCheck):
        self._table = _open_table(path, open_options, should_cancel)
        self.head = _head(self._table)
        self._builder: ChunkBuilder | None = None

    @property
    def warnings(self) -> list[str]:
        return [w.message for w in self._table.warnings]

    def start(
        self, mapping: Mapping, default_source: str | None, first_id: int, batch_id: int | None
    ) -> None:
        converter = RowConverter(
            self.head.headers, mapping, default_source, epoch_1904=self.head.epoch_1904
        )
        self._builder = ChunkBuilder(converter, first_id, batch_id)

    def chunks(self, should_cancel: CancelCheck) -> Iterator[Chunk]:
        assert self._builder is not None, "start() first"
        return _convert_chunks(self._table, self._builder, should_cancel)

    def close(self) -> None:
        self._table.close()

    def __enter__(self) -> LocalRows:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def serve(reader: BinaryIO, writer: BinaryIO) -> None:
    """The worker process: read (path, options), send the head, wait for the mapping, send
    the chunks. Messages are pickles, one after another, on stdin and stdout."""

    def send(message: tuple[Any, ...]) -> None:
        pickle.dump(message, writer, protocol=pickle.HIGHEST_PROTOCOL)
        writer.flush()

    try:
        path, options = pickle.load(reader)
        with _open_table(Path(path), options, None) as table:
            head = _head(table)
            send(("head", head))
            message = pickle.load(reader)
            if message[0] != "go":
                return
            _go, mapping_data, default_source, first_id, batch_id = message
            converter = RowConverter(
                head.headers,
                Mapping.from_dict(mapping_data),
                default_source,
                epoch_1904=head.epoch_1904,
            )
            for chunk in _convert_chunks(table, ChunkBuilder(converter, first_id, batch_id), None):
                send(("chunk", tuple(chunk)))
            send(("done", [w.message for w in table.warnings]))
    except (BrokenPipeError, EOFError):
        return  # the parent has gone (cancelled, or finished with an error)
    except BaseException as exc:  # every failure goes to the parent, which raises it
        try:
            send(("error", exc))
        except (BrokenPipeError, EOFError):
            return
        except Exception:  # the exception itself does not pickle
            send(("error", RuntimeError(f"{type(exc).__name__}: {exc}")))


class WorkerFailed(RuntimeError):
    """The worker process could not start or stopped early; the import reads in-process."""


class ProcessRows:
    """Rows read and checked by a worker process, one or two chunks ahead of the writer.

    The worker is `python -m advocacy_desktop.services.importing.worker`, not a
    multiprocessing child: nothing of the caller's main module runs again in it, whatever
    script or app started the import. A thread here unpickles its messages into a queue, so
    Cancel is answered between chunks."""

    def __init__(self, path: Path, open_options: dict[str, Any], should_cancel: CancelCheck):
        package_root = Path(__file__).resolve().parents[3]
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (str(package_root), env.get("PYTHONPATH", "")) if p
        )
        self._process = subprocess.Popen(
            [sys.executable, "-m", "advocacy_desktop.services.importing.worker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
        )
        assert self._process.stdin is not None and self._process.stdout is not None
        self._stdin = self._process.stdin
        self._messages: queue.Queue[tuple[Any, ...]] = queue.Queue(maxsize=2)
        self._stopping = threading.Event()
        self._reader = threading.Thread(
            target=self._read, args=(self._process.stdout,), name="advocacy-import-reader",
            daemon=True,
        )
        self._reader.start()
        self.warnings: list[str] = []
        try:
            self._send((str(path), open_options))
            self.head: Head = self._receive("head", should_cancel)[1]
        except BaseException:
            self.close()
            raise

    def _read(self, stream: BinaryIO) -> None:
        while not self._stopping.is_set():
            try:
                message = pickle.load(stream)
            except (EOFError, OSError, pickle.UnpicklingError):
                message = ("gone",)
            while not self._stopping.is_set():
                try:
                    self._messages.put(message, timeout=POLL_SECONDS)
                    break
                except queue.Full:
                    continue
            if message[0] in ("gone", "done", "error"):
                return

    def _send(self, message: Any) -> None:
        try:
            pickle.dump(message, self._stdin, protocol=pickle.HIGHEST_PROTOCOL)
            self._stdin.flush()
        except OSError as exc:
            raise WorkerFailed(f"the import worker is not running ({exc})") from exc

    def _receive(self, expected: str, should_cancel: CancelCheck) -> tuple[Any, ...]:
        while True:
            if should_cancel is not None and should_cancel():
                raise ImportCancelled()
            try:
                message = self._messages.get(timeout=POLL_SECONDS)
                break
            except queue.Empty:
                continue
        if message[0] == "error":
            raise message[1]
        if message[0] == "gone":
            raise WorkerFailed(
                f"the import worker stopped (exit code {self._process.poll()})"
            )
        if message[0] not in (expected, "done"):
            raise WorkerFailed(f"the import worker sent {message[0]!r}, not {expected!r}")
        return message

    def start(
        self, mapping: Mapping, default_source: str | None, first_id: int, batch_id: int | None
    ) -> None:
        self._send(("go", mapping.to_dict(), default_source, first_id, batch_id))

    def chunks(self, should_cancel: CancelCheck) -> Iterator[Chunk]:
        while True:
            message = self._receive("chunk", should_cancel)
            if message[0] == "done":
                self.warnings = list(message[1])
                return
            yield Chunk(*message[1])

    def close(self) -> None:
        self._stopping.set()
        if self._process.poll() is None:
            try:
                self._stdin.close()  # the worker sees EOF and ends
            except OSError:
                pass
            try:
                self._process.wait(timeout=0.5)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait(timeout=5)
        self._reader.join(timeout=5)
        if self._process.stdout is not None:
            self._process.stdout.close()

    def __enter__(self) -> ProcessRows:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


PARALLEL_MIN_BYTES = 4 * 1024 * 1024
"""Files from this size get a worker process (about 30k rows of a CSV; a worker starts in
about 0.3 s)."""


def open_rows(
    path: Path,
    open_options: dict[str, Any],
    *,
    parallel: bool | None = None,
    should_cancel: CancelCheck = None,
) -> LocalRows | ProcessRows:
    """A row source for `path`; `parallel=None` decides by the file's size."""
    if parallel is None:
        try:
            parallel = path.stat().st_size >= PARALLEL_MIN_BYTES
        except OSError:
            parallel = False
    if parallel:
        try:
            return ProcessRows(path, open_options, should_cancel)
        except WorkerFailed as exc:
            log.warning("reading %s in this process: %s", path, exc)
    return LocalRows(path, open_options, should_cancel)


if __name__ == "__main__":
    # Run the imported module's serve(), so pickled classes name this module, not __main__.
    from advocacy_desktop.services.importing import worker as _worker

    _out = sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing but messages may reach the parent's pipe
    _worker.serve(sys.stdin.buffer, _out)
