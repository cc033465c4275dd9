"""English word lists of ``extract/metric_heads.py`` (each explained where it is used)."""

STOP_AFTER = frozenset(
    """, ; : ( ) . that which who while whereas but from to for by with was were is are has
    have had will would said says since over during between against""".split()
)
