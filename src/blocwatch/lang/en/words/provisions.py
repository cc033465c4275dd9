"""English word lists of ``extract/provisions.py`` (each explained where it is used)."""

NEGATORS = frozenset(["no", "not", "n't", "n’t", "without", "lacking", "lacks", "lack", "never"])

NOT_AS_MODIFIER = frozenset(("defense", "defence"))

GENERIC_IN_DEFENSE = frozenset(("defense", "defence", "security", "military"))
