"""The fact kinds blocwatch knows, each declared once: what a kind must provide, and the
kinds registered.

In the spirit of Datasette's ``hookspecs.py``: :class:`FactKind` lists the hooks a kind
provides, one docstring line each; :data:`KINDS` registers agreements, claims, measures and joint
exercises.
Store, resolve, kb, export and web loop over :data:`KINDS` instead of keeping their own
per-kind tables, so a new kind is one slice (its modules) plus one entry here.

This module is the base layer: it imports no stage. A hook is named by its dotted path
(``"blocwatch.resolve.agreements:resolve_block"``, as Python entry points are) and imported
by :meth:`FactKind.hook` when a stage asks for it, so the registry sits below every stage
and each stage asks only for the hooks of stages at or before it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import import_module
from typing import Any

from .errors import BlocwatchError


@dataclass(frozen=True)
class FactKind:
    """One kind of fact, from the sentence to the JSON record. Field docs are the hookspec."""

    name: str
    """The kind's name, singular: ``evidence.fact_type`` and ``report_blocks.fact_type``."""
    plural: str
    """The plural: the key of its list in a document's facts, its HTTP path, its count."""
    prefix: str
    """The first letter of its record ids (``A-PRK-RUS-2024``)."""
    title: str
    """What one record is called in messages: "agreement", "measure series"."""
    extractor: str
    """extract: ``(reading, so_far) -> list[fact]``, the kind's facts in one read text
    (``so_far``: the Extraction of the kinds registered before it)."""
    report_table: str
    """store: the table of per-document reports, one row a fact, with its ``doc_id``."""
    block_key: str
    """resolve: ``report -> str``, the block of reports that may merge with this one."""
    resolver: str
    """resolve: ``(block, reports) -> list[built record]``, one block merged into records."""
    report_loader: str
    """resolve: ``(conn, ids=None, doc_ids=None) -> list[report]``, reports read back."""
    record_table: str
    """store: the table of resolved records, keyed by record id, with a ``block`` column."""
    sentences_to_parse: str = ""
    """extract: ``(reading) -> list[sentence]``, the sentences its extractor will parse
    (all kinds' are parsed in one batch first; empty: it parses none, or asks one by one)."""
    link_tables: dict[str, str] = field(default_factory=dict)
    """store: part of a built record -> the table its rows go to (parties, sources ...)."""
    record_loader: str = ""
    """kb: ``(conn, ids) -> list[record]``, records by id in the JSON shape of the kind."""
    states: str = ""
    """kb: ``(rows) -> {(record id, report id): values}``, what each source states."""
    changes: str = ""
    """kb: ``(conn, record, new docs, is new, since) -> (summary, details)`` of a change."""
    schema: str = "blocwatch.store.schema"
    """store: the module whose tables (on ``store.schema.metadata``) hold the kind."""
    finder: str = ""
    """kb: ``(conn, **filters) -> list[record]``, the kind's query (``KnowledgeBase.find``)."""
    timeline: str = ""
    """kb: ``(conn, actor code) -> list[TimelineEvent]``, its dated events of one actor."""
    edges: str = ""
    """analyse: the network edge kind the records of this kind draw (empty: none)."""
    network: str = ""
    """analyse: the name that asks the network for those edges (``--kind trade``)."""
    edge_builder: str = ""
    """analyse: ``(conn, as_of, min_confidence) -> list[Edge]``, the kind's edges in the
    network on a day, of records of at least ``min_confidence`` (None: all)."""
    json_lines: str = ""
    """export: ``(record, sentences) -> iterable of dicts``, its JSON Lines objects."""
    parquet_rows: str = ""
    """export: ``(record, sentences) -> list of dicts``, its rows of the Parquet table."""
    parquet_columns: str = ""
    """export: ``() -> [(name, pyarrow type, description)]``, the Parquet columns it adds."""
    graph_edges: str = ""
    """export: ``(record) -> iterable of (u, v, key, attributes)``, its GraphML/GEXF edges."""
    gold_fields: tuple[str, ...] = ()
    """eval: the gold-schema fields of one record of the kind, in schema order."""
    gold_match: str = ""
    """eval: ``(gold, pred) -> bool``, whether a prediction matches a gold record; a kind
    whose scorer is not eval's own is an optional record type, scored on the documents
    whose gold lists it."""
    spans: str = ""
    """resolve: ``(built record) -> rows of edge_spans``, its edges over time (the as-of
    index the network reads; empty: the kind draws no edge)."""

    @property
    def fk(self) -> str:
        """The column linking a link-table row to its record: ``<name>_id``."""
        return f"{self.name}_id"

    def hook(self, name: str) -> Any:
        """The object the hook ``name`` names (a table, a function), imported on first use."""
        return _resolve(getattr(self, name))

    def table(self, part: str) -> Any:
        """The link table for ``part`` (``"parties"``, ``"sources"`` ...) of this kind."""
        return _resolve(self.link_tables[part])

    def links(self) -> dict[str, Any]:
        """Every link table of the kind, by part, in declaration order."""
        return {part: _resolve(path) for part, path in self.link_tables.items()}


def _resolve(path: str) -> Any:
    # Looked up on each call (modules are cached by Python): a patched hook is seen.
    module, _, attr = path.partition(":")
    return getattr(import_module(module), attr)


_S = "blocwatch.store.schema:"

KINDS: tuple[FactKind, ...] = (
    FactKind(
        name="agreement",
        plural="agreements",
        title="agreement",
        prefix="A",
        extractor="blocwatch.extract.readers:agreements",
        sentences_to_parse="blocwatch.extract.agreements:parse_candidates",
        report_table=_S + "agreement_reports",
        block_key="blocwatch.resolve.blocks:agreement_block",
        resolver="blocwatch.resolve.agreements:resolve_block",
        report_loader="blocwatch.resolve.reports:load_agreements",
        record_table=_S + "agreements",
        link_tables={
            "parties": _S + "agreement_parties",
            "provisions": _S + "agreement_provisions",
            "sources": _S + "agreement_sources",
            "values": _S + "agreement_values",
            "events": _S + "agreement_events",
            "cards": _S + "agreement_cards",
        },
        record_loader="blocwatch.kb.agreements:load_agreements",
        states="blocwatch.kb.sources:agreement_states",
        changes="blocwatch.kb.changes:agreement_changes",
        finder="blocwatch.kb.agreements:find_agreements",
        timeline="blocwatch.kb.actors:agreement_timeline",
        edges="agreement",
        network="agreements",
        edge_builder="blocwatch.analyse.network:agreements_in_force",
        json_lines="blocwatch.export.jsonl:agreement_lines",
        parquet_rows="blocwatch.export.parquet:agreement_rows",
        graph_edges="blocwatch.export.graph:agreement_edges",
        gold_fields=("parties", "signed", "place", "kind", "name", "defense", "provisions"),
        gold_match="blocwatch.eval:agreement_matches",
        spans="blocwatch.resolve.spans:agreement_spans",
    ),
    FactKind(
        name="claim",
        plural="claims",
        title="claim",
        prefix="C",
        extractor="blocwatch.extract.readers:claims",
        sentences_to_parse="blocwatch.extract.claims:parse_candidates",
        report_table=_S + "claim_reports",
        block_key="blocwatch.resolve.blocks:claim_block",
        resolver="blocwatch.resolve.claims:resolve_block",
        report_loader="blocwatch.resolve.reports:load_claims",
        record_table=_S + "claims",
        link_tables={
            "parties": _S + "claim_parties",
            "sources": _S + "claim_sources",
            "stances": _S + "claim_stances",
        },
        record_loader="blocwatch.kb.claims:load_claims",
        states="blocwatch.kb.sources:claim_states",
        changes="blocwatch.kb.changes:claim_changes",
        finder="blocwatch.kb.claims:find_claims",
        timeline="blocwatch.kb.actors:claim_timeline",
        edges="claim",
        network="claims",
        edge_builder="blocwatch.analyse.network:claims_known_on",
        json_lines="blocwatch.export.jsonl:claim_lines",
        parquet_rows="blocwatch.export.parquet:claim_rows",
        graph_edges="blocwatch.export.graph:claim_edges",
        gold_fields=(
            "claimant",
            "subject",
            "beneficiary",
            "action",
            "denied_by",
            "acknowledged_by",
        ),
        gold_match="blocwatch.eval:claim_matches",
        spans="blocwatch.resolve.spans:claim_spans",
    ),
    FactKind(
        name="measure",
        plural="measures",
        title="measure series",
        prefix="M",
        extractor="blocwatch.extract.readers:measures",
        report_table=_S + "measure_reports",
        block_key="blocwatch.resolve.blocks:measure_block",
        resolver="blocwatch.resolve.measures:resolve_block",
        report_loader="blocwatch.resolve.reports:load_measures",
        record_table=_S + "measures",
        link_tables={
            "parties": _S + "measure_parties",
            "points": _S + "measure_points",
            "sources": _S + "measure_sources",
        },
        record_loader="blocwatch.kb.measures:load_measures",
        states="blocwatch.kb.sources:measure_states",
        changes="blocwatch.kb.changes:measure_changes",
        finder="blocwatch.kb.measures:find_measures",
        timeline="blocwatch.kb.actors:measure_timeline",
        edges="trade",
        network="trade",
        edge_builder="blocwatch.analyse.network:trade_known_on",
        spans="blocwatch.resolve.spans:trade_spans",
        json_lines="blocwatch.export.jsonl:measure_lines",
        parquet_rows="blocwatch.export.parquet:measure_rows",
        gold_fields=("actors", "metric", "value", "unit", "period"),
        gold_match="blocwatch.eval:measure_matches",
    ),
    FactKind(
        name="exercise",
        plural="exercises",
        title="exercise",
        prefix="E",
        extractor="blocwatch.extract.exercises:read_exercises",
        schema="blocwatch.store.exercises",
        report_table="blocwatch.store.exercises:exercise_reports",
        block_key="blocwatch.resolve.exercises:exercise_block",
        resolver="blocwatch.resolve.exercises:resolve_block",
        report_loader="blocwatch.resolve.exercises:load_exercises",
        record_table="blocwatch.store.exercises:exercises",
        link_tables={
            "parties": "blocwatch.store.exercises:exercise_parties",
            "sources": "blocwatch.store.exercises:exercise_sources",
        },
        record_loader="blocwatch.kb.exercises:load_exercises",
        states="blocwatch.kb.exercises:exercise_states",
        changes="blocwatch.kb.exercises:exercise_changes",
        finder="blocwatch.kb.exercises:find_exercises",
        timeline="blocwatch.kb.exercises:exercise_timeline",
        edges="exercise",
        network="exercises",
        edge_builder="blocwatch.analyse.exercises:exercise_edges",
        json_lines="blocwatch.export.exercises:exercise_lines",
        parquet_rows="blocwatch.export.exercises:exercise_rows",
        parquet_columns="blocwatch.export.exercises:parquet_columns",
        graph_edges="blocwatch.export.exercises:exercise_edges",
        gold_fields=("participants", "name", "start", "end", "place", "domain"),
        gold_match="blocwatch.extract.exercises:exercise_matches",
    ),
)

BY_NAME: dict[str, FactKind] = {k.name: k for k in KINDS}
BY_PREFIX: dict[str, FactKind] = {k.prefix: k for k in KINDS}
BY_PLURAL: dict[str, FactKind] = {k.plural: k for k in KINDS}


def kind(name: str) -> FactKind:
    """The registered kind called ``name`` (singular, or its plural)."""
    return BY_NAME[name] if name in BY_NAME else BY_PLURAL[name]


def kind_of_id(record_id: str) -> FactKind:
    """The kind a record id names, by its prefix; BlocwatchError for a malformed id."""
    prefix = (record_id or "").split("-", 1)[0]
    if prefix not in BY_PREFIX or "-" not in (record_id or ""):
        named = ", ".join(f"{k.prefix}- ({k.name})" for k in KINDS)
        raise BlocwatchError(
            f"bad record id {record_id!r}: ids start with {named}, e.g. A-PRK-RUS-2024"
        )
    return BY_PREFIX[prefix]


def describe() -> list[dict[str, str]]:
    """The kinds as the dashboard needs them: name, plural, id prefix, title, HTTP path, the
    network edge kind its records draw and the network's name for those edges ("" if none)."""
    return [
        {
            "name": k.name,
            "plural": k.plural,
            "prefix": k.prefix,
            "title": k.title,
            "path": f"/{k.plural}",
            "edges": k.edges,
            "network": k.network,
        }
        for k in KINDS
    ]
