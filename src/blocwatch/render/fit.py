"""Tables that fit the terminal, and the same tables as CSV or TSV.

A :class:`FitTable` is a rich table that decides its shape when it is drawn, for the width it
is drawn in: ids and dates are never cut; other cells stay on one line, cut with an
ellipsis; headers are never cut; and when even that does not fit, the columns marked least
needed (``keep``: higher is dropped sooner) are left out, named in a caption ("--wide shows
them"). Drawn wide (a console as wide as the table wants: ``--wide``, or output piped to
another program) it shows every column whole.

:class:`TableWriter` is a console that writes the tables printed to it as CSV or TSV rows on
a stream, with every column whole and no marks of the terminal view (``—`` for nothing,
``≠`` for a conflict), and drops everything else a view prints around them.
"""

from __future__ import annotations

import copy
import csv
import dataclasses
import io
from collections.abc import Iterable
from typing import IO, Any

from rich.console import Console, ConsoleOptions, RenderResult
from rich.table import Table
from rich.text import Text

# What a console is given to draw "wide": wider than any table, so none is squeezed.
WIDE = 100_000
# The fewest columns a cut (ellipsis) column keeps beyond its header.
MIN_CUT = 8
# Shown for nothing, and after a value the sources disagree on (see render.kb).
_NONE = "—"
_CONFLICT = " ≠"


class FitTable(Table):
    """A table that fits the width it is drawn in (see the module)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.keep: list[int] = []
        self.whole: list[bool] = []

    def add_column(  # type: ignore[override]
        self, header: Any = "", *, keep: int = 0, whole: bool = False, **kwargs: Any
    ) -> None:
        """A column; ``keep`` 0 is always shown, higher numbers are dropped sooner when the
        table is too wide; ``whole`` cells (ids, dates, codes) are never cut."""
        if not whole and "width" not in kwargs:
            kwargs.setdefault("no_wrap", True)
            kwargs.setdefault("overflow", "ellipsis")
        kwargs.setdefault("min_width", Text(str(header)).cell_len)
        if whole:
            kwargs["no_wrap"] = True
        super().add_column(header, **kwargs)
        self.keep.append(keep)
        self.whole.append(whole)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        naturals = [self._natural(i) for i in range(len(self.columns))]
        if _total(naturals, list(range(len(self.columns)))) <= width:
            yield from super().__rich_console__(console, options)
            return
        shown = self._fitting(width)
        widths = self._widths(shown, naturals, width)
        fitted = copy.copy(self)
        fitted.columns = [
            dataclasses.replace(self.columns[i], _index=n, width=widths[i])
            for n, i in enumerate(shown)
        ]
        hidden = [str(c.header) for i, c in enumerate(self.columns) if i not in shown]
        if hidden:
            note = f"not shown: {', '.join(hidden)} (--wide shows them)"
            fitted.caption = Text(note, style="dim")
            fitted.caption_justify = "left"
        yield from Table.__rich_console__(fitted, console, options)

    def _widths(self, shown: list[int], naturals: list[int], width: int) -> dict[int, int]:
        """Widths of the shown columns: whole ones their natural width, the others at least
        what they need, sharing what is left in proportion to what they would like more."""
        widths = {i: self._need(i) for i in shown}
        room = width - _total(list(widths.values()), list(range(len(widths))))
        for i in shown:  # still too wide: cut columns give up all but their header
            if room >= 0:
                break
            if not self.whole[i] and not self.columns[i].width:
                header = Text(str(self.columns[i].header)).cell_len
                given = min(widths[i] - header, -room)
                widths[i] -= given
                room += given
        wants = {i: naturals[i] - widths[i] for i in shown if naturals[i] > widths[i]}
        total_want = sum(wants.values())
        for i, want in wants.items():
            if room <= 0:
                break
            widths[i] += min(want, room * want // total_want)
        return widths

    def _fitting(self, width: int) -> list[int]:
        """The indexes of the columns to show in ``width`` cells, in their order."""
        needs = [self._need(i) for i in range(len(self.columns))]
        shown = list(range(len(self.columns)))
        by_drop = sorted(shown, key=lambda i: (-self.keep[i], -i))
        for i in by_drop:
            if self.keep[i] == 0 or _total(needs, shown) <= width:
                break
            shown.remove(i)
        return shown

    def _natural(self, index: int) -> int:
        column = self.columns[index]
        if column.width:
            return column.width
        longest = max((_cell_len(c) for c in column._cells), default=0)
        return max(Text(str(column.header)).cell_len, longest)

    def _need(self, index: int) -> int:
        natural = self._natural(index)
        if self.whole[index] or self.columns[index].width:
            return natural
        return min(natural, Text(str(self.columns[index].header)).cell_len + MIN_CUT)


def _total(needs: list[int], shown: list[int]) -> int:
    return sum(needs[i] for i in shown) + 2 * max(len(shown) - 1, 0)


def _cell_len(cell: Any) -> int:
    if isinstance(cell, Text):
        return cell.cell_len
    return Text(str(cell)).cell_len


def plain(cell: Any) -> str:
    """A cell as data: its text without the terminal's marks."""
    text = cell.plain if isinstance(cell, Text) else str(cell)
    if text == _NONE:
        return ""
    return text.removesuffix(_CONFLICT)


def table_rows(table: Table) -> tuple[list[str], list[list[str]]]:
    """A table's header and rows as plain strings, every column whole."""
    header = [plain(c.header) for c in table.columns]
    cells = [list(c._cells) for c in table.columns]
    rows = [[plain(col[r]) for col in cells] for r in range(table.row_count)]
    return header, rows


class TableWriter(Console):
    """A console that writes every table printed to it to ``sink`` as CSV (``sep=","``) or
    TSV (``"\\t"``: tabs and newlines in values become spaces), one block per table,
    blocks apart by a blank line; whatever else is printed is dropped."""

    def __init__(self, sink: IO[str], sep: str) -> None:
        super().__init__(file=io.StringIO(), width=WIDE)
        self.sink = sink
        self.sep = sep
        self.tables = 0

    def print(self, *objects: Any, **_kwargs: Any) -> None:  # type: ignore[override]
        for thing in objects:
            if isinstance(thing, Table):
                self.write_table(thing)

    def write_table(self, table: Table) -> None:
        header, rows = table_rows(table)
        if self.tables:
            self.sink.write("\n")
        self.tables += 1
        write_rows(self.sink, self.sep, header, rows)


def write_rows(sink: IO[str], sep: str, header: list[str], rows: Iterable[list[str]]) -> None:
    """``header`` and ``rows`` as CSV or TSV lines on ``sink``."""
    if sep == "\t":
        for row in [header, *rows]:
            sink.write("\t".join(" ".join(v.split()) for v in row) + "\n")
        return
    writer = csv.writer(sink, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
