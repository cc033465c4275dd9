"""English word lists of ``extract/measure_roles.py`` (each explained where it is used). The
verbs of handing, receiving and stationing are open lists, in ``measure_roles.tsv``."""

# Prepositions that name the receiver of an amount ("$1bn to Ukraine", "a loan for Egypt")
RECEIVER_PREPOSITIONS = frozenset({"to", "for"})

# Verbs of saying whose subject's state owns a flow the clause names with its partner only
# ("Turkey's president said trade with Russia hit $60bn"). Lemmas.
SAYING_VERBS = frozenset("""say tell announce state note add stress report""".split())

# Prepositions that name the host of troops ("1,500 soldiers in Chad")
HOST_PREPOSITIONS = frozenset({"in", "inside", "into"})
