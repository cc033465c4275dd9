"""Turning bytes into text, or into a clear reason why not: size, binary, encoding, emptiness.

Every reader goes through these checks so that a bad input gets the same one-line message
whatever its format.
"""

from __future__ import annotations

import codecs
import re

from .. import config
from .base import BadInput

# How much of an input is looked at to decide that it is binary. NUL bytes almost never
# occur in text and are very likely in the first few kB of any binary format.
_SNIFF_BYTES = 8192
# Control characters other than tab, newlines, form feed and escape; a text with more than
# this share of them is not prose.
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.1
# charset-normalizer's "chaos" (0 = reads as clean text, 1 = noise) above which its guess at
# an undeclared encoding is not trusted: the file is refused rather than read as mojibake.
_MAX_CHAOS = 0.1

_UTF16_32_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),  # before UTF-16: its BOM starts with UTF-16-LE's
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)


def size_limit() -> int:
    """The largest document accepted, in bytes (read at call time so that settings and
    tests can change it)."""
    return config.MAX_DOCUMENT_BYTES


def human_size(n: int) -> str:
    """``n`` bytes as a short human figure (``5.0 MB``, ``12 kB``, ``80 bytes``)."""
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.0f} kB"
    return f"{n} bytes"


def too_large(size: int | None) -> BadInput:
    """The error for an input of ``size`` bytes (None: size unknown) over the limit."""
    what = human_size(size) if size is not None else "over the limit"
    return BadInput(
        f"too large: {what} (the limit is {human_size(size_limit())} per document;"
        " set BLOCWATCH_MAX_DOCUMENT_BYTES to change it)"
    )


def check_size(size: int) -> None:
    """Raises :class:`BadInput` when ``size`` bytes is over the per-document limit."""
    if size > size_limit():
        raise too_large(size)


def check_not_binary(data: bytes) -> None:
    """Raises :class:`BadInput` when ``data`` starts like a UTF-16/32 text or a binary file."""
    for bom, name in _UTF16_32_BOMS:
        if data.startswith(bom):
            raise BadInput(
                f"unreadable encoding: {name} text (byte-order mark); convert it to UTF-8"
            )
    sample = data[:_SNIFF_BYTES]
    if b"\x00" in sample:
        raise BadInput("binary file, not text (it contains NUL bytes)")
    if sample and len(_CONTROL.findall(sample)) > _MAX_CONTROL_SHARE * len(sample):
        raise BadInput("binary file, not text (mostly control characters)")


def decode(data: bytes, *, fallback: str | None = None) -> str:
    """``data`` as text: UTF-16/32 when it starts with their byte-order mark, UTF-8 (a
    byte-order mark is dropped), else ``fallback`` when the format declared an 8-bit charset
    (an HTML meta tag, an HTTP header), else the encoding charset-normalizer detects with
    confidence (cp1252, cp1251...). Raises :class:`BadInput` for binary data, undecodable
    bytes, or no text at all."""
    if not data:
        raise BadInput("empty file")
    text = _decode_bom(data)
    if text is None:
        check_not_binary(data)
        text = _decode_8bit(data, fallback)
    if not text.strip():
        raise BadInput("empty file (only whitespace)")
    return text


def _decode_bom(data: bytes) -> str | None:
    for bom, name in _UTF16_32_BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(name.lower())  # the codec reads and drops the BOM
            except UnicodeDecodeError:
                raise BadInput(f"unreadable encoding: broken {name} text") from None
            if "\x00" in text:
                raise BadInput("binary file, not text (it contains NUL characters)")
            return text
    return None


def _decode_detected(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.chaos > _MAX_CHAOS or best.encoding.startswith(("utf_16", "utf_32")):
        return None
    return str(best)


def _decode_8bit(data: bytes, fallback: str | None) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        text = _decode_declared(data, fallback) or _decode_detected(data)
        if text is None:
            raise BadInput(
                f"unreadable encoding: not UTF-8 (byte 0x{data[exc.start]:02x} at offset"
                f" {exc.start}); convert it to UTF-8"
            ) from None
    return text


def _decode_declared(data: bytes, charset: str | None) -> str | None:
    if not charset:
        return None
    try:
        codec = codecs.lookup(charset)
    except LookupError:
        return None
    # A declared UTF-8 that failed above stays a failure; a declared 16-bit codec would turn
    # any bytes into some text, so only trust single-byte and multi-byte legacy charsets.
    if codec.name in {"utf-8", "utf-8-sig"} or codec.name.startswith(("utf-16", "utf-32")):
        return None
    try:
        return data.decode(codec.name)
    except UnicodeDecodeError:
        return None


def universal_newlines(text: str) -> str:
    """``text`` with Windows and old Mac line ends as ``\\n`` (what Python's text mode does)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def primary_language(value: object) -> str | None:
    """A language tag as the store keeps it, its primary subtag: ``en-GB`` -> ``en``."""
    if not isinstance(value, str) or not value.strip():
        return None
    primary = re.split(r"[-_\s]", value.strip())[0].lower()
    return primary[:8] or None


# The rule for characters no article needs, applied to every document whatever its format
# (text and metadata): NUL is refused (it marks binary or corrupted data, and PostgreSQL
# cannot store it), as is a lone UTF-16 surrogate (not a character: no database can encode
# it). Other control characters (C0 but tab, line feed, carriage return and form feed; DEL;
# C1) are removed: they carry nothing a reader sees, and they upset terminals and parsers.
_NUL = "\x00"
_SURROGATE = re.compile("[\ud800-\udfff]")
_STRIPPED = re.compile("[\x01-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def clean_text(value: str, name: str = "text") -> str:
    """``value`` with control characters removed by the rule above; raises
    :class:`BadInput` naming ``name`` and the offset for a NUL or a lone surrogate."""
    at = value.find(_NUL)
    if at >= 0:
        raise BadInput(f"{name} contains a NUL character (U+0000) at offset {at:,}")
    match = _SURROGATE.search(value)
    if match:
        raise BadInput(
            f"{name} contains a lone surrogate (U+{ord(match.group()):04X}) at offset"
            f" {match.start():,}: not valid Unicode"
        )
    return _STRIPPED.sub("", value)
