"""English word lists of ``extract/measure_actors.py`` (each explained where it is used)."""

SOURCE_NOUNS = frozenset(
    """embassy customs statistics data figures ministry government oil crude gas lng coal
    grain wheat goods products""".split()
)
