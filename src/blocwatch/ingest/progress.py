"""The progress bar of a long ingest: shown on a terminal only, and only when worth it."""

from __future__ import annotations

from collections.abc import Sequence
from types import TracebackType

from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from .sources import scan

# Below these an ingest takes a moment and a bar would only flicker.
LARGE_DOCUMENTS = 50
LARGE_BYTES = 5 * 1024 * 1024


class IngestProgress:
    """Counts bytes and documents read; draws a bar on ``console`` when it is a terminal
    and the input is large (more than :data:`LARGE_BYTES` in total, or more than
    :data:`LARGE_DOCUMENTS` documents once that many have been read)."""

    def __init__(self, console: Console | None, paths: Sequence[str]) -> None:
        self._enabled = console is not None and console.is_terminal
        self._progress: Progress | None = None
        self._task = None
        self._documents = 0
        self._bytes = 0
        self._total: int | None = None
        self._console = console
        if self._enabled:
            files, size = scan(paths)
            self._total = size or None
            if "-" in paths:
                self._total = None  # standard input has no known size
            if size > LARGE_BYTES or files > LARGE_DOCUMENTS:
                self._start()

    def __enter__(self) -> IngestProgress:
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        if self._progress is not None:
            self._progress.stop()

    def advance(self, nbytes: int) -> None:
        """``nbytes`` more bytes of input were read."""
        self._bytes += nbytes
        self._refresh()

    def document(self) -> None:
        """One more document was read."""
        self._documents += 1
        if self._enabled and self._progress is None and self._documents > LARGE_DOCUMENTS:
            self._start()
        self._refresh()

    def _start(self) -> None:
        self._progress = Progress(
            TextColumn("[progress.description]{task.description}"),
            BarColumn(),
            DownloadColumn(),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=self._console,
            transient=True,
        )
        self._task = self._progress.add_task("ingesting", total=self._total)
        self._progress.start()

    def _refresh(self) -> None:
        if self._progress is None:
            return
        self._progress.update(
            self._task,
            completed=self._bytes,
            description=f"ingesting: {self._documents:,} documents",
        )
