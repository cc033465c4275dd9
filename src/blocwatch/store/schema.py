"""The tables of a blocwatch store, as one SQLAlchemy Core MetaData.

Alembic migrations in ``migrations/versions`` create exactly these tables; a test compares the
two. Documents are the source of truth; every fact table is derived from them by the extractor
and can be dropped and re-derived (``blocwatch reextract``).
"""

from __future__ import annotations

from importlib import import_module

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

from ..kinds import KINDS

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("id", String(200), primary_key=True),
    Column("text", Text, nullable=False),
    Column("title", Text),
    Column("url", Text),
    Column("published", String(10), index=True),
    Column("source", String(200), index=True),
    Column("lang", String(8)),
    Column("origin", Text),
    Column("content_hash", String(64), nullable=False, unique=True),
    # MinHash signature of the text's shingles, for near-duplicate lookup across runs.
    Column("minhash", LargeBinary),
    Column("duplicate_of", String(200), ForeignKey("documents.id"), index=True),
    Column("ingested_at", String(32), nullable=False, index=True),
    # Version of the extractor whose facts are stored for this document (null: not extracted).
    Column("extractor", String(32)),
)


# The near-duplicate index: each document's band hashes (``base.fingerprints.stored_bands``,
# 42 a document), looked up by hash so that an ingest finds the first copy of a story
# whichever run stored it without holding the index in memory. One B-tree keyed by
# (band, doc_id): SQLite stores it WITHOUT ROWID, PostgreSQL as the primary key's index.
documents_bands = Table(
    "documents_bands",
    metadata,
    Column("band", BigInteger, primary_key=True, autoincrement=False),
    Column(
        "doc_id",
        String(200),
        ForeignKey("documents.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sqlite_with_rowid=False,
)


def _report_table(kind: str, *columns) -> Table:
    """A kind's table of facts as one document reports them: an id, the document, the
    kind's ``columns``, the extractor's confidence."""
    return Table(
        f"{kind}_reports",
        metadata,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column(
            "doc_id", String(200), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False
        ),
        *columns,
        Column("confidence", Float, nullable=False),
        Index(f"ix_{kind}_reports_doc", "doc_id"),
    )


# Facts as one document reports them. Lists of actor codes are JSON arrays.
agreement_reports = _report_table(
    "agreement",
    Column("parties", JSON, nullable=False),
    Column("kind", String(32), nullable=False),
    Column("name", Text),
    Column("signed", String(10)),
    Column("place", String(200)),
    Column("defense", Boolean),
    Column("provisions", JSON, nullable=False),
    Column("status", String(16), nullable=False),
    Column("signatories", JSON, nullable=False),
    Column("events", JSON, nullable=False),
)

claim_reports = _report_table(
    "claim",
    Column("claimant", JSON, nullable=False),
    Column("subject", JSON, nullable=False),
    Column("beneficiary", JSON, nullable=False),
    Column("action", String(32), nullable=False),
    Column("what", Text),
    Column("denied_by", JSON, nullable=False),
    Column("acknowledged_by", JSON, nullable=False),
    Column("stances", JSON, nullable=False),
    Column("hint", Text),
)

measure_reports = _report_table(
    "measure",
    Column("actors", JSON, nullable=False),
    Column("metric", String(32), nullable=False),
    Column("value", Float, nullable=False),
    Column("unit", String(16), nullable=False),
    Column("period", String(10)),
)

# The sentences behind each reported fact: (fact_type, fact_id) points into one of the
# *_reports tables; role says what the span supports ("fact", "denies", "signed" ...).
evidence = Table(
    "evidence",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("fact_type", String(16), nullable=False),
    Column("fact_id", Integer, nullable=False),
    Column("doc_id", String(200), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("role", String(32), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("sentence", Text, nullable=False),
    # fact_id first: see migration 0004 (SQLite would otherwise scan a fact type's evidence).
    Index("ix_evidence_fact", "fact_id", "fact_type"),
    Index("ix_evidence_doc", "doc_id"),
)

# --- The knowledge base -------------------------------------------------------------------
# Records merged across documents by ``blocwatch.resolve`` (see its docstring for the rules).
# Everything below is derived from the *_reports tables and can be rebuilt from them
# (``resolve.rebuild``). JSON columns are for display only; queries filter on the link
# tables (``*_parties``, ``agreement_provisions``). Dates are partial (YYYY[-MM[-DD]]);
# ``*_day`` columns hold full ISO days so that as-of comparisons run in plain SQL.

# Which resolution block each report belongs to: the reports that may merge with each other
# (agreements: same party set; claims: same subject, beneficiary and action; measures: same
# actors, metric and unit). Lets one new document re-resolve only the blocks it touches.
report_blocks = Table(
    "report_blocks",
    metadata,
    Column("fact_type", String(16), primary_key=True),
    Column("report_id", Integer, primary_key=True),
    Column("doc_id", String(200), nullable=False),
    Column("block", String(400), nullable=False),
    Index("ix_report_blocks_doc", "doc_id"),
    Index("ix_report_blocks_block", "fact_type", "block"),
)

# Blocks whose records lag their stored reports: an ingest resolves a block that has grown
# by a fraction of its size at once and the rest when its run ends (resolve/pending.py).
pending_blocks = Table(
    "pending_blocks",
    metadata,
    Column("fact_type", String(16), primary_key=True),
    Column("block", String(400), primary_key=True),
    Column("reports", Integer, nullable=False),
)


def _record_fk(name: str, target: str) -> Column:
    return Column(
        name, String(120), ForeignKey(f"{target}.id", ondelete="CASCADE"), primary_key=True
    )


def _record_table(plural: str, *columns, confidence: bool = True) -> Table:
    """A kind's record table: its id and block, its own ``columns``, then reported time
    (first and last source), source counts and, for most kinds, a combined confidence
    (``resolve.support.combined_confidence``; a measure series: its best point's)."""
    return Table(
        plural,
        metadata,
        Column("id", String(120), primary_key=True),
        Column("block", String(400), nullable=False, index=True),
        *columns,
        Column("first_reported", String(10), index=True),
        Column("last_reported", String(10), index=True),
        Column("n_sources", Integer, nullable=False),
        Column("n_independent_sources", Integer, nullable=False),
        *([Column("confidence", Float, nullable=False)] if confidence else []),
    )


def _parties_table(kind: str, *keys: str) -> Table:
    """Who a record of ``kind`` names: one row per actor (and per each of ``keys``), indexed
    by actor, since queries filter on it."""
    return Table(
        f"{kind}_parties",
        metadata,
        _record_fk(f"{kind}_id", f"{kind}s"),
        Column("actor", String(16), primary_key=True),
        *(Column(key, String(16), primary_key=True) for key in keys),
        Index(f"ix_{kind}_parties_{'_'.join(('actor', *keys))}", "actor", *keys),
    )


def _sources_table(kind: str, *columns) -> Table:
    """One row per report merged into a record of ``kind``. ``origin_doc`` is the document
    a near-duplicate copies (or the document itself): distinct origins are the independent
    sources."""
    return Table(
        f"{kind}_sources",
        metadata,
        _record_fk(f"{kind}_id", f"{kind}s"),
        Column("report_id", Integer, primary_key=True),
        *columns,
        Column("doc_id", String(200), nullable=False, index=True),
        Column("origin_doc", String(200), nullable=False),
        Column("reported", String(10)),
    )


agreements = _record_table(
    "agreements",
    Column("parties", JSON, nullable=False),
    Column("kind", String(32), nullable=False),
    Column("name", Text),
    Column("signed", String(10)),
    Column("signed_conflict", Boolean, nullable=False),
    Column("place", String(200)),
    Column("place_conflict", Boolean, nullable=False),
    Column("defense", Boolean),
    Column("defense_conflict", Boolean, nullable=False),
    Column("provisions", JSON, nullable=False),
    Column("status", String(16), nullable=False),
    # Valid time: the earliest known date of the agreement (signed, else its first lifecycle
    # step), entry into force, and the end (withdrawn, suspended, superseded).
    Column("valid_from", String(10)),
    Column("in_force_from", String(10)),
    Column("ended", String(10)),
    # First day of valid_from (or of first_reported when no date is known), last day of
    # ended (or of the first report of an undated end): what "in force on D" compares.
    Column("start_day", String(10), nullable=False, index=True),
    Column("end_day", String(10)),
    # The agreements of one kind in force on a day (migration 0013): the obligations read
    # every accession in force (thousands) without reading every agreement started by then.
    Index("ix_agreements_kind_day", "kind", "start_day", "end_day"),
)

agreement_parties = _parties_table("agreement")

agreement_provisions = Table(
    "agreement_provisions",
    metadata,
    _record_fk("agreement_id", "agreements"),
    Column("provision", String(32), primary_key=True),
    Column("n_sources", Integer, nullable=False),
    Index("ix_agreement_provisions_provision", "provision"),
)

agreement_sources = _sources_table("agreement")

# What each source states for the attributes that can disagree (signed, place, defense,
# kind, name), so that a conflict is shown with the sources on each side.
agreement_values = Table(
    "agreement_values",
    metadata,
    _record_fk("agreement_id", "agreements"),
    Column("attribute", String(16), primary_key=True),
    Column("report_id", Integer, primary_key=True),
    # The value as JSON, typed: a defence clause is a boolean, the rest are strings.
    Column("value", JSON, nullable=False),
    Column("doc_id", String(200), nullable=False),
)

# Lifecycle steps (signed, ratified, in_force, extended, suspended, withdrawn, superseded,
# accession) as each source dates them.
agreement_events = Table(
    "agreement_events",
    metadata,
    _record_fk("agreement_id", "agreements"),
    Column("seq", Integer, primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("date", String(10)),
    Column("doc_id", String(200), nullable=False),
    Column("report_id", Integer, nullable=False),
    Column("reported", String(10)),
)

# What an agreement shows beyond its row, decided at resolve time (``resolve/cards.py``):
# its conflicts with the sources on each side, its lifecycle steps at their best-supported
# dates, its succession links; JSON, one row per agreement.
agreement_cards = Table(
    "agreement_cards",
    metadata,
    _record_fk("agreement_id", "agreements"),
    Column("card", Text, nullable=False),
)

claims = _record_table(
    "claims",
    Column("subject", JSON, nullable=False),
    Column("beneficiary", JSON, nullable=False),
    Column("action", String(32), nullable=False),
    Column("claimants", JSON, nullable=False),
    Column("items", JSON, nullable=False),
    Column("denied_by", JSON, nullable=False),
    Column("acknowledged_by", JSON, nullable=False),
    Column("hint", Text),
    Column("status", String(16), nullable=False, index=True),
    # Reported date of the stance that set the status (the first report for "alleged").
    Column("status_since", String(10)),
)

# role: subject | beneficiary | claimant | denier | acknowledger
claim_parties = _parties_table("claim", "role")

claim_sources = _sources_table("claim")

# The stance ledger in reported time: who alleged, denied or acknowledged the claim, as
# reported on which date by which document. ``actor`` is null where the outlet itself
# asserts the claim; ``answers`` names the claimant a stance answers, where the text says.
claim_stances = Table(
    "claim_stances",
    metadata,
    _record_fk("claim_id", "claims"),
    Column("seq", Integer, primary_key=True),
    Column("actor", String(16)),
    Column("stance", String(16), nullable=False),
    Column("reported", String(10)),
    Column("doc_id", String(200), nullable=False),
    Column("report_id", Integer, nullable=False),
    Column("answers", String(16)),
)

# A measure record is a time series: one actor pair (or single actor), one metric, one unit.
measures = _record_table(
    "measures",
    Column("actors", JSON, nullable=False),
    Column("metric", String(32), nullable=False),
    Column("unit", String(16), nullable=False),
    Column("n_points", Integer, nullable=False),
)

measure_parties = _parties_table("measure")

# One row per (period, value) of a series; ``point`` is its key within the series. Values
# for one period that differ by more than the tolerance are separate points, marked conflict.
measure_points = Table(
    "measure_points",
    metadata,
    _record_fk("measure_id", "measures"),
    Column("point", String(64), primary_key=True),
    Column("period", String(10)),
    Column("value", Float, nullable=False),
    Column("reported", String(10)),
    Column("n_sources", Integer, nullable=False),
    Column("n_independent_sources", Integer, nullable=False),
    Column("conflict", Boolean, nullable=False),
    Column("confidence", Float, nullable=False),
)

measure_sources = _sources_table(
    "measure",
    Column("point", String(64), nullable=False),
    Column("value", Float, nullable=False),
)

# The columns of the covering indexes of edge_spans (migration 0012 makes the same).
EDGE_SPANS_TIER = ("label", "edge_kind", "valid_from", "valid_until", "overlap", "source",
                   "target", "record_id")  # fmt: skip
EDGE_SPANS_DAY = ("valid_from", "valid_until", "overlap", "edge_kind", "source", "target",
                  "record_id", "merge", "weight")  # fmt: skip
EDGE_SPANS_PAIR = ("source", "target", "edge_kind", "valid_from", "valid_until", "overlap")
# (migration 0013) One end's rows of some tiers on a day, from the index alone.
EDGE_SPANS_SOURCE_TIER = ("source", "edge_kind", "label", "valid_from", "valid_until", "overlap",
                          "target", "record_id")  # fmt: skip
EDGE_SPANS_TARGET_TIER = ("target", "edge_kind", "label", "valid_from", "valid_until", "overlap",
                          "source", "record_id")  # fmt: skip


# The as-of index of the network: one row per record, per pair of actors it ties, per span
# of valid (agreements) or reported (claims, figures) time over which what it says of the
# pair is constant. Written by the resolver with the records (``resolve/spans.py``), so an
# as-of question reads the rows of its day instead of rebuilding every record. Days are ISO
# (YYYY-MM-DD); ``valid_until`` is the last day (null: open). ``overlap``: the row counts
# for an as-of date when the date's interval overlaps the span (agreements: "in force at
# some point in 2023"); otherwise when the date's last day falls in it (what was known by
# then). ``merge``: rows of one pair make one edge (else one edge per record). ``detail``:
# the edge's JSON entry for the record; ``weight`` and ``label`` on the scale of
# ``base/weights.py``.
edge_spans = Table(
    "edge_spans",
    metadata,
    Column("valid_from", String(10), primary_key=True),
    Column("record_id", String(120), primary_key=True),
    Column("fact_type", String(16), primary_key=True),
    Column("edge_kind", String(16), primary_key=True),
    Column("source", String(16), primary_key=True),
    Column("target", String(16), primary_key=True),
    Column("directed", Boolean, nullable=False),
    Column("merge", Boolean, nullable=False),
    Column("valid_until", String(10)),
    Column("overlap", Boolean, nullable=False),
    Column("weight", Float, nullable=False),
    Column("label", String(64), nullable=False),
    Column("detail", Text, nullable=False),
    Index("ix_edge_spans_record", "record_id", "fact_type"),
    Index("ix_edge_spans_source", "source", "edge_kind", "valid_from"),
    Index("ix_edge_spans_target", "target", "edge_kind", "valid_from"),
    # Covering indexes (migration 0012): the rows of a day read from the index alone, not
    # from the table whose rows carry the details. By tier: the obligations' defence edges
    # of the day; by day: the network page's pairs and weights. Neither starts with
    # edge_kind, so SQLite's planner (no ANALYZE) keeps the source and target indexes for
    # a few actors' rows.
    Index("ix_edge_spans_tier", *EDGE_SPANS_TIER),
    Index("ix_edge_spans_day", *EDGE_SPANS_DAY),
    # A page's edges: each pair's rows, with their details.
    Index("ix_edge_spans_pair", *EDGE_SPANS_PAIR),
    # The obligations' agreements of a state (or its organisations) by tier on a day, read
    # from the index alone: thousands of rows for a state of many partners.
    Index("ix_edge_spans_source_tier", *EDGE_SPANS_SOURCE_TIER),
    Index("ix_edge_spans_target_tier", *EDGE_SPANS_TARGET_TIER),
    # SQLite keeps the rows in key order, by first day: a day's rows are read in one
    # sweep (through an index on valid_from they were fetched one by one across the file,
    # 4 s instead of 1 for the 436,000 rows of a day on a million facts).
    sqlite_with_rowid=False,
)


# (migration 0014) The whole network of a day: each pair's rows grouped in SQL as the index
# is read, strongest first (weight descending, then record), from the index alone; not led
# by edge_kind either, for the reason above.
Index(
    "ix_edge_spans_edge",
    edge_spans.c.source,
    edge_spans.c.target,
    edge_spans.c.edge_kind,
    edge_spans.c.weight.desc(),
    *(
        edge_spans.c[name]
        for name in (
            "record_id",
            "valid_from",
            "fact_type",
            "valid_until",
            "overlap",
            "merge",
            "directed",
            "label",
        )
    ),  # fmt: skip
)


# (migration 0017) SQLite only, so not described here: ``ix_edge_spans_edge_details``, the
# columns of ix_edge_spans_edge and ``detail`` last; the network as JSON groups each pair's
# details from it (``analyse/network_json.py``). Not on PostgreSQL, whose B-tree entries are
# bounded in size (a detail is not).
SQLITE_ONLY_INDEXES = ("ix_edge_spans_edge_details",)


# (migration 0015) One row per record span of ``edge_spans``: what the span says of its
# record, the same on every pair it ties (``resolve/spans.py``). The whole network of a day
# reads its details from here, each once, in one sweep of the rows in key order (first day
# first), instead of grouping the day's hundreds of thousands of pair rows by record.
# Written and removed with the pair rows; the columns are theirs.
record_spans = Table(
    "record_spans",
    metadata,
    Column("valid_from", String(10), primary_key=True),
    Column("record_id", String(120), primary_key=True),
    Column("fact_type", String(16), primary_key=True),
    Column("edge_kind", String(16), primary_key=True),
    Column("valid_until", String(10)),
    Column("overlap", Boolean, nullable=False),
    Column("weight", Float, nullable=False),
    Column("label", String(64), nullable=False),
    Column("detail", Text, nullable=False),
    Index("ix_record_spans_record", "record_id", "fact_type"),
    sqlite_with_rowid=False,
)


def _kinds_tables() -> None:
    """Every registered kind's tables on :data:`metadata`: a kind whose slice keeps its
    tables in a module of its own (``FactKind.schema``) has them defined by importing it
    (that module builds them from this one's helpers, so this runs last)."""
    for k in KINDS:
        if k.schema != __name__:
            import_module(k.schema)


_kinds_tables()
