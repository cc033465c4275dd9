"""English word lists of ``extract/provisions.py`` (each explained where it is used)."""

NEGATORS = frozenset(["no", "not", "n't", "n’t", "without", "lacking", "lacks", "lack", "never"])

NOT_AS_MODIFIER = frozenset(("defense", "defence"))

GENERIC_IN_DEFENSE = frozenset(("defense", "defence", "security", "military"))

NAMED_SUBJECTS = frozenset(("nuclear",))

REFUSALS = frozenset(("neutrality",))

# An attack on, or aggression against, a party of the agreement (not any attack the article
# reports): a conditional opening ("in the event of", "in case of", "should ... come under")
# and a party word ("either", "one of", "any", "each") after it.
_PARTY = r"(?:either|one|any|each|both|one another|each other)\b"
_ATTACK = r"(?:armed\s+|military\s+|external\s+|foreign\s+)?(?:attack|aggression)"
ATTACK_ON_A_PARTY = (
    r"\b(?:in\s+the\s+event\s+of|in\s+case\s+of|against|repel|repelling)\s+(?:an?\s+)?"
    + _ATTACK
    + r"(?:\s+or\s+(?:the\s+)?threat\s+of\s+"
    + _ATTACK
    + r")?\s+(?:on|against|upon)\s+(?:the\s+)?"
    + _PARTY
    + r"|\bshould\s+(?:the\s+)?"
    + _PARTY
    + r"[\w\s]{0,20}?\s+(?:come|comes|be|is)\s+under\s+(?:an?\s+)?"
    + _ATTACK
)
