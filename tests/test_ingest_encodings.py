"""Text files in the encodings charset-normalizer detects with confidence (cp1252, cp1251)
and UTF-16/32 with a byte-order mark are read; binary files are still refused."""

from __future__ import annotations

import pytest

from blocwatch.ingest.base import BadInput
from blocwatch.ingest.textio import decode

FRENCH = "Le ministre a déclaré que les négociations reprendraient lundi à Genève."
RUSSIAN = "Переговоры о поставках зерна возобновились в понедельник в Женеве."


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (FRENCH.encode("cp1252"), FRENCH),
        (RUSSIAN.encode("cp1251"), RUSSIAN),
        (FRENCH.encode("utf-16"), FRENCH),  # with its byte-order mark
        (RUSSIAN.encode("utf-32"), RUSSIAN),
        (b"\xef\xbb\xbf" + FRENCH.encode("utf-8"), FRENCH),
    ],
)
def test_a_text_in_a_detectable_encoding_is_read(data, text):
    assert decode(data) == text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"PK\x03\x04\x14\x00\x00\x00" + bytes(range(256)) * 4, "binary file"),
        (bytes([0xE9, 0x80, 0x81, 0xFE]) * 50, "unreadable encoding"),
        (FRENCH.encode("utf-16-le"), "binary file"),  # UTF-16 without a mark: NUL bytes
        ("\ufeffA\x00B".encode("utf-16-le"), "binary file"),
    ],
)
def test_binary_and_noise_are_still_refused(data, reason):
    with pytest.raises(BadInput, match=reason):
        decode(data)


def test_a_cp1252_file_is_ingested(cli, db_path, tmp_path):
    path = tmp_path / "note.txt"
    path.write_bytes(FRENCH.encode("cp1252"))
    result = cli("ingest", "--no-extract", "--db", str(db_path), str(path))
    assert result.exit_code == 0, result.output
