"""The shapes of the API's answers, as pydantic models: the OpenAPI schema is made from them,
so every field is described and the closed vocabularies are enums a generated client knows.

The models mirror the ``to_dict()`` of the library's records (``kb.records``, ``analyse``);
routes return those dicts and FastAPI checks them against the route's model. Models accept
fields they do not declare (a field added to a record reaches clients before its model
catches up), and ``tests/test_web_typed.py`` fails when a real answer holds one.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from ..kinds import KINDS
from ..model import AGREEMENT_KINDS, CLAIM_ACTIONS, METRICS, PROVISIONS, ClaimStatus, Lifecycle

T = TypeVar("T")


def _enum(name: str, values: tuple[str, ...], doc: str) -> type[StrEnum]:
    made = StrEnum(name, [(v.upper(), v) for v in values])  # type: ignore[misc]
    made.__doc__ = doc
    return made


AgreementKind = _enum("AgreementKind", AGREEMENT_KINDS, "What kind of instrument an agreement is.")
Provision = _enum("Provision", PROVISIONS, "What an agreement binds its parties to.")
ClaimAction = _enum("ClaimAction", CLAIM_ACTIONS, "What a claim alleges was supplied or done.")
Metric = _enum("Metric", METRICS, "What a measure series counts.")
StanceKind = _enum("StanceKind", ("alleges", "denies", "acknowledges"), "An actor's stance.")
# From the fact-kind registry: each kind with network edges adds its names.
NetworkKind = _enum(
    "NetworkKind", tuple(k.network for k in KINDS if k.network), "The edge kinds asked for."
)
EdgeKind = _enum(
    "EdgeKind", tuple(k.edges for k in KINDS if k.edges), "What a network edge stands for."
)
ActorKind = _enum("ActorKind", ("state", "organisation"), "A state or an organisation.")
Clock = _enum("Clock", ("valid", "reported"), "When it happened (valid) or when a source said it.")
ChangeKind = _enum("ChangeKind", ("new", "updated"), "How a record changed.")


class Model(BaseModel):
    model_config = ConfigDict(extra="allow")


# -- Envelopes -------------------------------------------------------------------------------


class Page(Model, Generic[T]):
    """One page of a list: ``next`` is the ``offset`` of the following page (null on the
    last); ``total`` is null where the list is not counted (a search with more pages)."""

    items: list[T]
    total: int | None = Field(..., description="How many in all; null when not counted.")
    limit: int
    offset: int
    next: int | None = Field(..., description="The offset of the next page; null on the last.")


class ErrorBody(BaseModel):
    """What every error response holds."""

    error: str = Field(..., description="A short code: bad_request, not_found, busy ...")
    detail: str = Field(..., description="One line saying what was wrong.")


# -- Meta -------------------------------------------------------------------------------------


class Meta(Model):
    version: str
    api: str
    documents: int
    agreements: int
    claims: int
    measures: int
    exercises: int = 0
    first_day: str | None
    last_day: str | None
    provisions: list[Provision]
    claim_actions: list[ClaimAction]
    claim_statuses: list[ClaimStatus]
    metrics: list[Metric]
    regions: list[str]
    network_kinds: list[str]
    export_formats: list[str]


class KindInfo(Model):
    name: str
    plural: str
    prefix: str
    title: str
    path: str
    edges: str = Field("", description="The network edge kind its records draw (empty: none).")
    network: str = Field("", description="The network's name for those edges (empty: none).")


# -- Records -----------------------------------------------------------------------------------


class ConflictValue(Model):
    """One of the values sources disagree on, with the documents that state it."""

    value: str | bool | None = Field(..., description="A date, a place or a defence flag.")
    doc_ids: list[str]
    n_independent_sources: int


class AgreementEvent(Model):
    kind: Lifecycle
    date: str | None
    conflict: bool
    n_sources: int
    doc_ids: list[str]


class Agreement(Model):
    """One real-world agreement; ``conflicts`` maps an attribute whose sources disagree to
    each value with the documents stating it."""

    id: str
    parties: list[str]
    kind: AgreementKind
    name: str | None
    signed: str | None
    signed_conflict: bool
    place: str | None
    place_conflict: bool
    defense: bool | None = Field(..., description="Null where the sources are silent.")
    defense_conflict: bool
    provisions: list[Provision]
    status: Lifecycle
    valid_from: str | None
    in_force_from: str | None
    ended: str | None
    first_reported: str | None
    last_reported: str | None
    n_sources: int
    n_independent_sources: int
    confidence: float
    conflicts: dict[str, list[ConflictValue]]
    events: list[AgreementEvent]
    replaces: list[str]
    replaced_by: list[str]
    type: Literal["agreement"] = "agreement"


class LedgerEntry(Model):
    actor: str | None = Field(..., description="Null where the outlet itself asserts it.")
    stance: StanceKind
    reported: str | None
    doc_id: str
    answers: str | None


class Claim(Model):
    id: str
    subject: list[str]
    beneficiary: list[str]
    action: ClaimAction
    claimants: list[str]
    items: list[str]
    denied_by: list[str]
    acknowledged_by: list[str]
    hint: str | None
    status: ClaimStatus
    status_since: str | None
    first_reported: str | None
    last_reported: str | None
    n_sources: int
    n_independent_sources: int
    confidence: float
    ledger: list[LedgerEntry]
    type: Literal["claim"] = "claim"


class MeasurePoint(Model):
    point: str
    period: str | None
    value: float
    reported: str | None
    n_sources: int
    n_independent_sources: int
    conflict: bool
    doc_ids: list[str]
    confidence: float  # combined over its independent sources (see the README)


class MeasureSeries(Model):
    id: str
    actors: list[str]
    metric: Metric
    unit: str
    first_reported: str | None
    last_reported: str | None
    n_sources: int
    n_independent_sources: int
    confidence: float  # its best point's
    points: list[MeasurePoint]
    type: Literal["measure"] = "measure"


class Exercise(Model):
    """A joint military exercise: participants (states), name, start and end, place, domain
    (land, sea, air, combined; null where the text does not say), status (held, scheduled)."""

    id: str
    participants: list[str]
    name: str | None
    start: str | None
    end: str | None
    place: str | None
    domain: str | None
    status: str
    first_reported: str | None
    last_reported: str | None
    n_sources: int
    n_independent_sources: int
    confidence: float
    type: Literal["exercise"] = "exercise"


AnyRecord = Annotated[Agreement | Claim | MeasureSeries | Exercise, Field(discriminator="type")]


class ActorSummary(Model):
    code: str
    name: str
    kind: ActorKind
    region: str | None
    agreements: int
    claims: int
    measures: int
    exercises: int = 0
    aliases: list[str] = Field(
        default_factory=list, description="The names of the lexicon a `q` search matched."
    )


class ActorProfile(Model):
    code: str
    name: str
    kind: ActorKind
    region: str | None
    names_seen: dict[str, int] = Field(..., description="Names of the actor itself, with counts.")
    people_seen: dict[str, int] = Field(
        default_factory=dict, description="Its leaders and officials named, with counts."
    )
    agreements: list[Agreement]
    partners: dict[str, int]
    claims_as_subject: list[Claim]
    claims_as_claimant: list[Claim]
    claims_as_beneficiary: list[Claim]
    claims_denied: list[Claim]
    claims_acknowledged: list[Claim]
    measures: list[MeasureSeries]


class TimelineEvent(Model):
    date: str
    time: Clock
    kind: str
    record_id: str
    summary: str
    actors: list[str]
    doc_ids: list[str]
    conflict: bool


class SourceSentence(Model):
    record_id: str
    doc_id: str
    title: str | None
    url: str | None
    published: str | None
    outlet: str | None
    origin_doc: str
    report_id: int
    role: str = Field(..., description="fact, or the stance (denies, acknowledges).")
    start: int
    end: int
    sentence: str
    states: dict[str, Any] = Field(..., description="What this document states of the record.")


class Change(Model):
    record_id: str
    type: str
    change: ChangeKind
    summary: str
    first_reported: str | None
    last_reported: str | None
    new_sources: list[str]
    details: list[str]


# -- Analytics ---------------------------------------------------------------------------------


class Node(Model):
    code: str
    name: str
    kind: ActorKind
    region: str | None


class EdgeDetail(Model):
    """One record behind an edge: the fields of its kind (agreement: name, signed, defense,
    provisions, tier; claim: action, items, claimants, denied_by; trade: value, unit, period;
    exercise: name, date, domain, place, status)."""

    id: str
    weight: float | None = None
    name: str | None = None
    kind: str | None = None
    signed: str | None = None
    status: str | None = None
    defense: bool | None = None
    provisions: list[str] | None = None
    tier: str | None = None
    action: str | None = None
    items: list[str] | None = None
    claimants: list[str] | None = None
    denied_by: list[str] | None = None
    acknowledged_by: list[str] | None = None
    value: float | None = None
    unit: str | None = None
    period: str | None = None
    reported: str | None = None
    doc_ids: list[str] | None = None
    date: str | None = None
    domain: str | None = None
    place: str | None = None


class Edge(Model):
    kind: EdgeKind
    source: str
    target: str
    directed: bool
    weight: float
    label: str
    record_ids: list[str]
    details: list[EdgeDetail]


class Network(Model):
    as_of: str
    kind: str | None
    nodes: list[Node]
    edges: list[Edge]
    record_ids: list[str]


class NetworkPage(Model):
    """One page of the network as of a date, strongest edges first, with the totals of the
    edges that match the filters (``totals`` per kind, ``total`` in all); ``nodes``: the
    actors the page's edges touch."""

    as_of: str
    kind: str | None
    region: str | None
    min_weight: float | None
    offset: int
    limit: int
    total: int = Field(..., description="How many edges match the filters, in all.")
    totals: dict[str, int] = Field(..., description="How many edges match, per edge kind.")
    nodes: list[Node]
    edges: list[Edge]


class Bloc(Model):
    id: str
    core: str
    members: list[str]
    names: list[str]
    internal_weight: float
    record_ids: list[str]


class BridgeLink(Model):
    bloc: str
    partner: str
    weight: float
    tier: str
    record_ids: list[str]


class Bridge(Model):
    actor: str
    name: str
    bloc: str
    betweenness: float
    links: list[BridgeLink]


class BlocMatch(Model):
    """A bloc of the later date and the one of the earlier date it continues (null: new)."""

    after: str | None
    before: str | None
    overlap: float


class BlocChange(Model):
    actor: str
    change: str = Field(..., description="joined, left or moved")
    before: str | None
    after: str | None


class BlocComparison(Model):
    before: str
    after: str
    blocs_before: list[Bloc]
    blocs_after: list[Bloc]
    matches: list[BlocMatch]
    changes: list[BlocChange]


class Blocs(Model):
    as_of: str
    blocs: list[Bloc]
    bridges: list[Bridge]
    comparison: BlocComparison | None
    record_ids: list[str]


class AlignmentFact(Model):
    record_id: str
    type: str
    weight: float
    contribution: float
    detail: str


class AlignmentYear(Model):
    year: int
    score: float
    agreements: float
    supply: float
    allegations: float
    trade: float
    facts: list[AlignmentFact]
    record_ids: list[str]


class Alignment(Model):
    a: str
    b: str
    start: int
    end: int
    years: list[AlignmentYear]
    record_ids: list[str]


class Partnership(Model):
    partner: str
    name: str
    weight: float
    tier: str
    agreement_ids: list[str]
    new: bool


class GrowthYear(Model):
    year: int
    partners: list[Partnership]
    n_partners: int
    strength: float
    defence_partners: list[str]
    new_partners: list[str]
    record_ids: list[str]


class Growth(Model):
    actor: str
    name: str
    start: int
    end: int
    years: list[GrowthYear]
    record_ids: list[str]


class Membership(Model):
    """A membership behind a bond: from the members table (``source``, ``table``) or from an
    accession record (``record_id``)."""

    actor: str
    org: str
    basis: str = Field(..., description="members table, or accession")
    joined: str | None
    left: str | None = None
    source: str | None = None
    table: str | None = None
    record_id: str | None = None


class TreatyClause(Model):
    org: str
    treaty: str
    article: str
    in_force: str | None
    source: str
    table: str


class BondSource(Model):
    doc_id: str
    title: str | None
    url: str | None
    published: str | None
    outlet: str | None
    sentences: list[str]


class Bond(Model):
    bound: str
    protects: str
    clause: str = Field(..., description="defence or consultation")
    agreement_id: str | None
    agreement: str
    kind: str
    signed: str | None
    in_force_from: str | None
    in_force: bool | None
    via: str | None
    membership: list[Membership]
    article: str | None
    articles: list[str]
    sources: list[BondSource]
    contradicted_by: list[str]
    treaty: TreatyClause | None


class Defender(Model):
    actor: str
    name: str
    bonds: list[Bond]


class Chain(Model):
    actor: str
    name: str
    via: str
    steps: list[Bond]


class ObligationPartner(Model):
    actor: str
    name: str
    agreement_id: str
    agreement: str
    defense: bool | None
    tier: str
    sources: list[BondSource]


class Obligations(Model):
    """Who is bound to come to ``target``'s aid (without ``attacker``)."""

    target: str
    name: str
    as_of: str
    defenders: list[Defender]
    consultation: list[Defender]
    second_order: list[Chain]
    partners: list[ObligationPartner]
    organisations: list[str]
    record_ids: list[str]
    membership_table: str
    defence_table: str


class ObligationsPage(Model):
    """Who is bound to come to ``target``'s aid, as ``Obligations``, with the second-order
    chains as totals and one page of them (``offset``, at most ``limit``)."""

    target: str
    name: str
    as_of: str
    defenders: list[Defender]
    consultation: list[Defender]
    partners: list[ObligationPartner]
    organisations: list[str]
    offset: int
    limit: int
    totals: dict[str, int] = Field(
        ...,
        description="How many defenders, consultation partners, unbound partners and "
        "second-order chains the full answer holds, and how many actors the chains bind "
        "(second_order_actors).",
    )
    second_order_by_via: dict[str, int] = Field(
        ..., description="Defender -> how many second-order chains run through it."
    )
    second_order: list[Chain] = Field(..., description="The page's chains, in the full order.")
    record_ids: list[str]
    membership_table: str
    defence_table: str


class Conflict(Model):
    actor: str
    name: str
    to_target: list[Bond]
    to_attacker: list[Bond]


class ConflictingCommitments(Model):
    """Who is bound to both sides when ``attacker`` attacks ``target``."""

    attacker: str
    target: str
    as_of: str
    conflicts: list[Conflict]
    attacker_bound_to_target: list[Bond]
    target_defenders: list[Defender]
    attacker_defenders: list[Defender]
    record_ids: list[str]
    membership_table: str
    defence_table: str


# -- Documents ---------------------------------------------------------------------------------


class DocumentSummary(Model):
    id: str
    title: str | None
    url: str | None
    published: str | None
    source: str | None
    lang: str | None
    origin: str | None
    content_hash: str | None
    duplicate_of: str | None
    ingested_at: str | None
    extractor: str | None
    snippet: str


class SearchHit(Model):
    id: str
    title: str | None
    published: str | None
    snippet: str
    rank: float


class StoredDocument(Model):
    id: str
    text: str
    title: str | None
    url: str | None
    published: str | None
    source: str | None
    lang: str | None
    origin: str | None
    content_hash: str | None
    duplicate_of: str | None
    ingested_at: str | None
    extractor: str | None


class Span(Model):
    role: str | None = None
    start: int
    end: int
    sentence: str


class FactStance(Model):
    actor: str | None
    stance: StanceKind
    evidence: Span | None
    answers: str | None = None


class FactEvent(Model):
    kind: str
    date: str | None
    evidence: list[Span] = []  # a step's span is an evidence row of the fact, role the step


class Fact(Model):
    """One fact as the document states it (the gold schema's fields for its kind), with its
    evidence spans and the record it went into."""

    id: int
    doc_id: str
    confidence: float | None = None
    evidence: list[Span]
    record_id: str | None = None
    parties: list[str] | None = None
    kind: str | None = None
    name: str | None = None
    signed: str | None = None
    place: str | None = None
    defense: bool | None = None
    provisions: list[str] | None = None
    status: str | None = None
    signatories: list[str] | None = None
    events: list[FactEvent] | None = None
    claimant: list[str] | None = None
    subject: list[str] | None = None
    beneficiary: list[str] | None = None
    action: str | None = None
    what: str | None = None
    denied_by: list[str] | None = None
    acknowledged_by: list[str] | None = None
    stances: list[FactStance] | None = None
    hint: str | None = None
    actors: list[str] | None = None
    metric: str | None = None
    value: float | None = None
    unit: str | None = None
    period: str | None = None
    participants: list[str] | None = None
    start: str | None = None
    end: str | None = None
    domain: str | None = None


class DocumentFacts(Model):
    agreements: list[Fact]
    claims: list[Fact]
    measures: list[Fact]
    exercises: list[Fact] = []


class DocumentWithFacts(Model):
    document: StoredDocument
    facts: DocumentFacts
