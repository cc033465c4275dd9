"""Records of the knowledge base: agreements, claims and measure series (with the CLI's
filters), one record by id, the sentences behind a record, and what changed since a date."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request

from ..errors import BlocwatchError
from ..kb import validate
from ..kinds import KINDS, FactKind, describe, kind_of_id
from . import schemas as s
from .deps import KB, MinConfidence, Page, ask, found, paginate, to_json
from .errors import ERROR_RESPONSES, NotFound

router = APIRouter(tags=["records"], responses=ERROR_RESPONSES)

DATE = "YYYY, YYYY-MM or YYYY-MM-DD"


@router.get(
    "/agreements",
    summary="Agreements, filtered as `blocwatch agreements`",
    response_model=s.Page[s.Agreement],
)
def list_agreements(
    kb: KB,
    page: Page,
    party: list[str] | None = Query(None, description="A party code; repeat: all of them."),
    as_of: str | None = Query(None, description=f"In force on this date ({DATE})."),
    provision: s.Provision | None = Query(None, description="With this provision."),
    defense: bool | None = Query(None, description="With (true) or without (false) defence."),
    kind: s.AgreementKind | None = Query(None, description="Of this kind."),
    min_confidence: MinConfidence = None,
) -> dict[str, Any]:
    found_ = kb.agreements(
        party or None,
        as_of=as_of,
        provision=_value(provision),
        defense=defense,
        kind=_value(kind),
        min_confidence=min_confidence,
    )
    return paginate(found_, page)


@router.get(
    "/claims",
    summary="Claims, filtered as `blocwatch claims`",
    response_model=s.Page[s.Claim],
)
def list_claims(
    kb: KB,
    page: Page,
    subject: str | None = Query(None, description="Who allegedly did it."),
    claimant: str | None = Query(None, description="Who alleges it."),
    beneficiary: str | None = Query(None, description="To whom."),
    status: s.ClaimStatus | None = Query(None, description="Where the claim stands."),
    action: s.ClaimAction | None = Query(None, description="What it alleges."),
    denied_by: str | None = Query(None, description="Denied by this actor."),
    min_confidence: MinConfidence = None,
) -> dict[str, Any]:
    found_ = kb.claims(
        subject,
        claimant=claimant,
        beneficiary=beneficiary,
        status=_value(status),
        action=_value(action),
        denied_by=denied_by,
        min_confidence=min_confidence,
    )
    return paginate(found_, page)


@router.get(
    "/measures",
    summary="Measure series, filtered as `blocwatch measures`",
    response_model=s.Page[s.MeasureSeries],
)
def list_measures(
    kb: KB,
    page: Page,
    actor: list[str] | None = Query(None, description="An actor code; repeat: all of them."),
    metric: s.Metric | None = Query(None, description="What the series counts."),
    min_confidence: MinConfidence = None,
) -> dict[str, Any]:
    found_ = kb.measures(actor or None, metric=_value(metric), min_confidence=min_confidence)
    return paginate(found_, page)


@router.get(
    "/records/{record_id}/sources",
    summary="Every sentence behind a record",
    response_model=s.Page[s.SourceSentence],
)
def record_sources(kb: KB, record_id: str, page: Page) -> dict[str, Any]:
    validate.record_type(record_id)  # a malformed id is the client's mistake: 400
    return paginate(ask(lambda: kb.sources(record_id)), page)


@router.get(
    "/changes",
    summary="Records new or changed since a reported date",
    response_model=s.Page[s.Change],
)
def changes(
    kb: KB,
    page: Page,
    since: str = Query(..., description=f"Reported on or after ({DATE})."),
) -> dict[str, Any]:
    return paginate(kb.changes(since), page)


@router.get(
    "/kinds",
    summary="The fact kinds: name, plural, id prefix, title, path",
    response_model=list[s.KindInfo],
)
def kinds() -> list[dict[str, str]]:
    return describe()


RECORD_MODELS: dict[str, Any] = {
    "agreement": s.Agreement,
    "claim": s.Claim,
    "measure": s.MeasureSeries,
    "exercise": s.Exercise,
}


def _record_route(k: FactKind) -> None:
    """``GET /<plural>/{record_id}``: one record of kind ``k`` by id."""

    def get_record(kb: KB, record_id: str) -> dict[str, Any]:
        _check_type(record_id, k.name)
        return to_json(found(kb.record(record_id), f"{k.title} {record_id!r}"))

    get_record.__name__ = f"get_{k.name}"
    router.add_api_route(
        f"/{k.plural}/{{record_id}}",
        get_record,
        methods=["GET"],
        summary=f"One {k.title}",
        response_model=RECORD_MODELS.get(k.name, s.AnyRecord),
    )


def _list_route(k: FactKind) -> None:
    """``GET /<plural>``: the records of kind ``k``, its finder's filters as query
    parameters (repeat one for a list), for a kind with no route of its own above."""

    def list_records(kb: KB, page: Page, request: Request) -> dict[str, Any]:
        params = request.query_params
        filters = {
            name: (values if len(values) > 1 else values[0])
            for name in params
            if name not in ("limit", "offset")
            for values in [params.getlist(name)]
        }
        try:
            return paginate(kb.find(k.plural, **filters), page)
        except TypeError:
            raise BlocwatchError(
                f"unknown filter for {k.plural}: {', '.join(sorted(filters))}"
            ) from None

    list_records.__name__ = f"list_{k.plural}"
    router.add_api_route(
        f"/{k.plural}",
        list_records,
        methods=["GET"],
        summary=f"{k.title.capitalize()}s",
        response_model=s.Page[RECORD_MODELS.get(k.name, s.AnyRecord)],  # type: ignore[misc]
    )


_ROUTED = {route.path for route in router.routes}
for _kind in KINDS:
    if f"/{_kind.plural}" not in _ROUTED:
        _list_route(_kind)
    _record_route(_kind)


@router.get(
    "/records/{record_id}",
    summary="One record of any kind, by its id's prefix",
    response_model=s.AnyRecord,
)
def get_record(kb: KB, record_id: str) -> dict[str, Any]:
    k = kind_of_id(record_id)  # a malformed id is the client's mistake: 400
    return to_json(found(kb.record(record_id), f"{k.title} {record_id!r}"))


def _value(member: Any) -> str | None:
    """The plain string of an enum member given as a filter (None stays None)."""
    return None if member is None else str(member.value)


def _check_type(record_id: str, expected: str) -> None:
    """A malformed id is a 400; a well-formed id of another type is not found here."""
    actual = validate.record_type(record_id)
    if actual != expected:
        raise NotFound(f"no {expected} {record_id!r}: that is the id of a {actual}")
