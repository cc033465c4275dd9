"""English word lists of ``extract/agreements.py`` (each explained where it is used)."""

SOFT_SIGN = frozenset(
    [
        "announced",
        "announcing",
        "issued",
        "adopted",
        "unveiled",
        "established",
        "formed",
        "formation",
        "creation",
        "created",
        "forged",
        "reached",
        "reaches",
        "agreed",
        "upgrade",
        "upgraded",
        "upgrading",
        "elevated",
    ]
)

DEFINITE = frozenset(["the", "this", "that", "these", "those", "its", "their", "such"])

PLURAL_TERMS = frozenset(
    """treaties pacts partnerships agreements accords deals alliances memoranda mous contracts
    arrangements""".split()
)

LIST_WORDS = frozenset(("with", "between", "among", "amongst"))

NOT_MODIFIERS = frozenset(("with", "and", "was", "is", "the", "a", "an"))

RECIPROCAL = frozenset((("each", "other"), ("one", "another")))

RELATIONS = frozenset(("partnership", "partnerships", "alliance", "alliances", "cooperation"))

STEP_VERBS = frozenset(
    "extend renew prolong join implement resume revive suspend terminate amend".split()
)

HOLD = frozenset(("enjoy", "maintain", "maintains", "currently has"))

COMPLETES = frozenset(
    "signed approved ratified granted completed confirmed formalised formalized finalised "
    "finalized endorsed".split()
)

# Of those, the words of a member's approval: the day of the approval is not the day of joining.
RATIFIES = frozenset("approved ratified endorsed".split())

# Participles after "X-" that make X a go-between rather than a party: "a China-brokered deal".
MEDIATED = frozenset("brokered mediated facilitated sponsored hosted backed led".split())

# Words of denial before a step of an agreement's life: what is denied is not stated.
DENIALS = frozenset(
    "denied denies deny denying dismissed dismisses rejected rejects refuted refutes".split()
)
