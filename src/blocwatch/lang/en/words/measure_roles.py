"""English word lists of ``extract/measure_roles.py`` (each explained where it is used)."""

# Verbs whose subject hands an amount over ("Kuwait extended a loan to Jordan"): the subject
# gives. Lemmas.
HANDING_VERBS = frozenset(
    """give grant provide extend lend loan pledge send offer approve allocate disburse donate
    sell supply deliver transfer announce unveil commit earmark contribute deposit award
    promise release authorize authorise sign roll finance fund ship export deploy dispatch
    station hand""".split()
)

# Verbs whose subject receives the amount ("Pakistan secured a $3bn deposit from Saudi
# Arabia"): the subject is the receiver, "from" names the giver. Lemmas.
RECEIVING_VERBS = frozenset(
    """receive get secure obtain win accept take borrow buy purchase acquire order import""".split()
)

# Prepositions that name the receiver of an amount ("$1bn to Ukraine", "a loan for Egypt")
RECEIVER_PREPOSITIONS = frozenset({"to", "for"})

# Verbs of saying whose subject's state owns a flow the clause names with its partner only
# ("Turkey's president said trade with Russia hit $60bn"). Lemmas.
SAYING_VERBS = frozenset("""say tell announce state note add stress report""".split())

# Verbs whose subject has troops somewhere ("France keeps 1,500 soldiers in Chad"): the
# subject sends them, "in" names the host. Lemmas; for counts of troops only.
STATIONING_VERBS = frozenset("""have keep maintain station base rotate position""".split())

# Prepositions that name the host of troops ("1,500 soldiers in Chad")
HOST_PREPOSITIONS = frozenset({"in", "inside", "into"})
