"""English word lists of ``extract/metric_heads.py`` (each explained where it is used)."""

STOP_AFTER = frozenset(
    """, ; : ( ) . that which who while whereas but from to for by with was were is are has
    have had will would said says since over during between against""".split()
)

# Words a count's noun never stands after: a preposition or conjunction ("1000 HP engines for
# T-72 tanks" counts engines), an auxiliary or a relative word, which ends the noun phrase of
# the number ("two Serbian companies had sold rockets" counts companies, no rockets)
COUNT_STOPS = frozenset(
    """of and or to in for with from at by on that which who whose had has have was were is
    are be been being will would shall could can may might must should""".split()
)
