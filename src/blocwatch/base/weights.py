"""How much a relation binds: the one scale the network, blocs, alignment and growth share.

Agreements (in the spirit of the ATOP codebook's obligation types), from the provision that
binds most:

====  ===============  ==============================================================
1.0   defence          a mutual-defence clause: ``defense`` true, or not stated either
                       way with the provision ``mutual_defense``
0.7   non-aggression   ``nonaggression``, ``neutrality`` (not to join or help an
                       attacker)
0.5   consultation     ``consultation`` (to consult in a crisis)
0.4   military         ``military_technical``, ``arms_supply``, ``military_exercises``,
                       ``intelligence_sharing``, ``basing``, ``security_cooperation``
0.2   cooperation      economic and other cooperation: ``trade``, ``energy``,
                       ``transport``, ``finance``, ``space``, ``satellite``,
                       ``nuclear``, ``technology``, ``ai``, ``climate``,
                       ``internet_governance``, ``education_culture``
0.1   unspecified      an agreement whose content no source describes
====  ===============  ==============================================================

An agreement weighs as its strongest provision (a defence treaty that also covers trade is a
defence treaty). A pair of actors weighs as its strongest agreement in force (the maximum, not
the sum: five trade memoranda do not make an alliance), so pair weights stay within 0..1.
An agreement whose sources deny a defence clause (``defense`` false) is never in the defence
tier, whatever its provisions say.

Claims of supply (arms, troops, components) weigh by their status on the date: acknowledged
1.0, alleged 0.6, contested (denied by someone) 0.4.
"""

from __future__ import annotations

import math
from typing import Any

# (tier, weight), strongest first.
TIERS: tuple[tuple[str, float], ...] = (
    ("defence", 1.0),
    ("non-aggression", 0.7),
    ("consultation", 0.5),
    ("military", 0.4),
    ("cooperation", 0.2),
    ("unspecified", 0.1),
)
TIER_WEIGHT = dict(TIERS)

PROVISION_TIER = {
    "mutual_defense": "defence",
    "nonaggression": "non-aggression",
    "neutrality": "non-aggression",
    "consultation": "consultation",
    "military_technical": "military",
    "arms_supply": "military",
    "military_exercises": "military",
    "intelligence_sharing": "military",
    "basing": "military",
    "security_cooperation": "military",
    "trade": "cooperation",
    "energy": "cooperation",
    "transport": "cooperation",
    "finance": "cooperation",
    "space": "cooperation",
    "satellite": "cooperation",
    "nuclear": "cooperation",
    "technology": "cooperation",
    "ai": "cooperation",
    "climate": "cooperation",
    "internet_governance": "cooperation",
    "education_culture": "cooperation",
}

CLAIM_STATUS_WEIGHT = {"acknowledged": 1.0, "alleged": 0.6, "contested": 0.4}


def has_defence(agreement: Any) -> bool:
    """Whether an agreement binds its parties to defend each other: its sources state a
    defence clause, or state none either way and list the provision ``mutual_defense``."""
    if agreement.defense is not None:
        return bool(agreement.defense)
    return "mutual_defense" in agreement.provisions


def tier(agreement: Any) -> str:
    """The tier of an agreement: the strongest of its provisions (see the module docstring)."""
    if has_defence(agreement):
        return "defence"
    found = {PROVISION_TIER.get(p) for p in agreement.provisions} - {None, "defence"}
    for name, _ in TIERS:
        if name in found:
            return name
    return "unspecified"


def agreement_weight(agreement: Any) -> float:
    return TIER_WEIGHT[tier(agreement)]


def strongest(agreements: list[Any]) -> tuple[str, float]:
    """(tier, weight) of the strongest of ``agreements``: what binds a pair."""
    if not agreements:
        return ("", 0.0)
    best = max(agreements, key=lambda a: (agreement_weight(a), a.id))
    return tier(best), agreement_weight(best)


def claim_weight(status: str) -> float:
    return CLAIM_STATUS_WEIGHT.get(status, 0.0)


def trade_score(value_usd: float) -> float:
    """Alignment from a year's bilateral trade: 0.1 per tenfold above 100 million USD, at
    most 0.5 (1 bn: 0.1, 10 bn: 0.2, 100 bn: 0.3, 1 tn: 0.4)."""
    if value_usd <= 1e8:
        return 0.0
    return round(min(0.5, 0.1 * math.log10(value_usd / 1e8)), 4)
