"""English word lists of ``extract/measure_actors.py`` (each explained where it is used)."""

SOURCE_NOUNS = frozenset(
    """embassy customs statistics data figures ministry government oil crude gas lng coal
    grain wheat goods products""".split()
)

# Words between a demonym and the figure's head noun ("Chinese direct investment",
# "Russian arms exports"): the demonym still names a side.
HEAD_QUALIFIERS = frozenset(
    """direct foreign military arms defence defense economic financial development
    humanitarian oil gas energy total annual non-oil goods""".split()
)

# Verbs of reporting: a state named before one of them, which comes before the figure,
# reports the figure ("the envoy said Turkey had sent 4,000 fighters").
REPORTING_VERBS = tuple(
    """said says told accused accuses alleged alleges allegations claimed claims reported
    reports added stated insisted estimated estimates estimate say believe believes
    denounced denounces condemned condemns""".split()
)
