"""Readable record ids, stable across rebuilds: ``A-PRK-RUS-2024`` (an agreement: parties and
year), ``C-PRK-to-RUS-troop_deployment`` (a claim: subject, beneficiary, action),
``M-CHN-RUS-bilateral_trade`` (a measure series). A second record with the same id in one
block gets ``-2``, ``-3`` ... in the block's resolution order."""

from __future__ import annotations

import hashlib

_MAX_CODES = 4


def _codes(codes: tuple[str, ...] | list[str]) -> str:
    codes = list(codes)
    if len(codes) <= _MAX_CODES:
        return "-".join(codes)
    # Long party lists (a multilateral treaty) keep three codes and a digest of all.
    digest = hashlib.sha1("|".join(codes).encode()).hexdigest()[:6]
    return "-".join(codes[:3]) + f"-{len(codes)}x{digest}"


def agreement_id(parties: tuple[str, ...], year: int | None) -> str:
    return f"A-{_codes(parties)}-{year if year else 'undated'}"


def claim_id(subject: tuple[str, ...], beneficiary: tuple[str, ...], action: str) -> str:
    target = f"-to-{_codes(beneficiary)}" if beneficiary else ""
    return f"C-{_codes(subject)}{target}-{action}"


# The unit each metric is normally counted in: a series id names any other unit.
_USUAL_UNITS = {
    "bilateral_trade": "USD",
    "arms_value": "USD",
    "aid_value": "USD",
    "troops": "troops",
}


def measure_id(actors: tuple[str, ...], metric: str, unit: str) -> str:
    suffix = "" if unit == _USUAL_UNITS.get(metric) else f"-{unit or 'nounit'}"
    return f"M-{_codes(actors)}-{metric}{suffix}"


def numbered(ids: list[str]) -> list[str]:
    """``ids`` with repeats numbered: [a, a, b] -> [a, a-2, b]."""
    seen: dict[str, int] = {}
    out = []
    for i in ids:
        seen[i] = seen.get(i, 0) + 1
        out.append(i if seen[i] == 1 else f"{i}-{seen[i]}")
    return out
