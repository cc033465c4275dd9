"""What the readers hand back besides documents: input errors and skipped inputs."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import BlocwatchError


@dataclass
class InputError:
    """One bad input, rendered as ``f"{origin}: {reason}"``.

    ``origin`` is a path, ``path:LINE`` for a JSON Lines line, ``path#record N`` for a WARC
    record, ``path#entry N`` for a feed entry, or ``-`` for standard input."""

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


@dataclass
class Skipped:
    """An input passed over on purpose, not an error: a file of unknown type inside a folder,
    a non-HTML WARC record, a feed entry without text. Counted, never stored."""

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


class BadInput(BlocwatchError):
    """Raised by a reader when a whole input cannot be read; the caller that knows the
    input's origin turns it into an :class:`InputError`."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
