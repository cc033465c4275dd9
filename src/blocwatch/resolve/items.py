"""What a claim says was supplied, folded into item families ("ballistic missiles" and
"missiles" are one family; "Shahed drones" and "attack drones" another), so that reports of
one allegation find each other and reports of different items stay apart."""

from __future__ import annotations

import re
from functools import lru_cache

# Family of each word that names a supplied item; words not listed are not items.
_FAMILIES = {
    "missile": "missiles",
    "rocket": "missiles",
    "warhead": "missiles",
    "drone": "drones",
    "uav": "drones",
    "shahed": "drones",
    "shell": "ammunition",
    "artillery": "ammunition",
    "munition": "ammunition",
    "ammunition": "ammunition",
    "round": "ammunition",
    "weapon": "weapons",
    "arm": "weapons",
    "tank": "vehicles",
    "vehicle": "vehicles",
    "equipment": "equipment",
    "hardware": "equipment",
    "troop": "troops",
    "soldier": "troops",
    "serviceman": "troops",
    "servicemen": "troops",
    "personnel": "troops",
    "mercenary": "troops",
    "fighter": "troops",
    "worker": "troops",
    "component": "components",
    "microelectronic": "components",
    "microelectronics": "components",
    "chip": "components",
    "microchip": "components",
    "semiconductor": "components",
    "machine": "machine tools",
    "tool": "machine tools",
    "nitrocellulose": "components",
    "engine": "components",
    "optic": "components",
    "optics": "components",
    "technology": "technology",
    "fuel": "fuel",
    "oil": "fuel",
}


# Families that name no particular item: they neither join nor separate reports.
GENERIC = frozenset({"weapons", "equipment"})


@lru_cache(maxsize=65536)
def families(what: str | None) -> frozenset[str]:
    """The item families a claim's ``what`` names (empty when unknown or unlisted)."""
    if not what:
        return frozenset()
    out = set()
    for word in re.findall(r"[a-z]+", what.casefold()):
        if word not in _FAMILIES and word.endswith("s"):
            word = word[:-1]
        family = _FAMILIES.get(word)
        if family:
            out.add(family)
    return frozenset(out)
