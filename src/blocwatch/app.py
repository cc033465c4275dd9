"""The application object: one store, and everything blocwatch does with it.

``blocwatch.open(db)`` returns a :class:`Blocwatch`. Documents, search, ingest, records by
id, knowledge-base queries (inherited from :class:`~blocwatch.kb.KnowledgeBase`), analytics
and exports hang from it; the CLI and the HTTP routes call only it. It sits above every
stage, so it imports them at the top like any module: nothing below imports it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from sqlalchemy import Engine

from . import analyse
from .export import export as export_kb
from .kb import KnowledgeBase
from .kb.inventory import actors_in_kb, matching_actors, overview, records_of_document
from .kb.validate import DateLike, day
from .kinds import kind_of_id
from .resolve import rebuild
from .store import connect
from .store.backup import backup_store, dump_documents
from .store.documents import count_documents, get_document, list_documents
from .store.facts import facts_for_document
from .store.search import search_documents

if TYPE_CHECKING:
    from rich.console import Console

    from .extract.confidence import CalibrationReport
    from .ingest import IngestSummary
    from .kb.records import AgreementRecord, ClaimRecord, MeasureSeries


class Blocwatch(KnowledgeBase):
    """One store: its documents, its knowledge base, analytics and exports. Each method runs
    its own transaction."""

    def __init__(self, engine: Engine, db: str | None = None):
        super().__init__(engine)
        self.db = db if db is not None else engine.url.render_as_string(hide_password=False)

    def __repr__(self) -> str:
        return f"Blocwatch({self.engine.url.render_as_string(hide_password=True)!r})"

    # --- Documents -------------------------------------------------------------------------

    def documents(self, **filters: Any) -> list[dict[str, Any]]:
        """Stored documents, newest first (``source``, ``since``, ``until``, ``limit``,
        ``offset``: see :func:`blocwatch.store.documents.list_documents`)."""
        return list_documents(self.engine, **filters)

    def count_documents(self, **filters: Any) -> int:
        """How many documents are stored (``source``, ``since``, ``until`` as
        :meth:`documents`: how many it lists over all pages)."""
        return count_documents(self.engine, **filters)

    def document(self, doc_id: str) -> dict[str, Any] | None:
        """One stored document (every column but its signature), or None."""
        return get_document(self.engine, doc_id)

    def document_facts(self, doc_id: str, records: bool = True) -> dict[str, list[dict[str, Any]]]:
        """The facts of one document by kind (plural), each with its evidence spans and,
        with ``records``, the id of the record it was merged into (``record_id``, or None)."""
        facts = facts_for_document(self.engine, doc_id)
        if not records:
            return facts
        with self._conn() as conn:
            merged = records_of_document(conn, doc_id)
        for plural, rows in facts.items():
            for row in rows:
                row["record_id"] = merged.get((plural.removesuffix("s"), row["id"]))
        return facts

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Full-text search over documents (web-search syntax: words, "a phrase", OR, -word)."""
        return search_documents(self.engine, query, limit)

    def ingest(self, paths: Sequence[str], **options: Any) -> IngestSummary:
        """Ingest ``paths`` into this store (options as :func:`blocwatch.pipeline.ingest`)."""
        # Imported here for start-up time, not for a cycle: the pipeline loads the extractor
        # (spaCy), which no query needs.
        from .pipeline import ingest as ingest_paths

        return ingest_paths(paths, db=self.db, **options)

    # --- Records ---------------------------------------------------------------------------

    def record(self, record_id: str) -> AgreementRecord | ClaimRecord | MeasureSeries | None:
        """The record ``record_id`` of any kind (its id's prefix says which), or None;
        BlocwatchError for a malformed id."""
        k = kind_of_id(record_id)
        with self._conn() as conn:
            found = k.hook("record_loader")(conn, [record_id])
        return found[0] if found else None

    def actors_in_kb(self, q: str | None = None, region: str | None = None) -> list[dict[str, Any]]:
        """Every actor some record names, with lexicon details and counts per kind; with
        ``q``, those whose code, name, alias or official's name contains it (``aliases``:
        the names that matched), with ``region``, those of that region."""
        with self._conn() as conn:
            found = actors_in_kb(conn)
        return matching_actors(found, q, region) if q or region else found

    def overview(self) -> dict[str, Any]:
        """Counts per kind and the span of the knowledge base's dates."""
        with self._conn() as conn:
            return overview(conn)

    def export(self, fmt: str, path: str | None = None, all_agreements: bool = False) -> Any:
        """Write the knowledge base in ``fmt`` (see :data:`blocwatch.export.FORMATS`) to
        ``path`` (see :mod:`blocwatch.export`); returns what the exporter reports."""
        return export_kb(self.engine, fmt, path, all_agreements)

    def rebuild(self) -> dict[str, int]:
        """Re-resolve the whole knowledge base from the stored facts."""
        return rebuild(self.engine)

    # --- The store as a whole: re-extraction, copies, the demo ------------------------------
    # The pipeline is imported in each method for start-up time, not for a cycle: it loads
    # the extractor (spaCy), which no query needs.

    def reextract(self, console: Console | None = None) -> int:
        """Re-derive every stored fact with the current extractor; the number of documents."""
        from .pipeline import reextract

        return reextract(db=self.db, console=console)

    def backup(self, dest: Path) -> Path:
        """A consistent copy of the store while in use (see :mod:`blocwatch.store.backup`)."""
        return backup_store(self.db, dest)

    def dump(self, sink: IO[str]) -> int:
        """Every stored document as JSON Lines to ``sink``; the number written."""
        return dump_documents(self.engine, sink)

    def load(self, lines: Iterable[str], origin: str = "-") -> int:
        """Load a dump into this (empty) store, extract and resolve; the number loaded."""
        from .pipeline import load_dump

        return load_dump(self.db, lines, origin=origin)

    def build_demo(self, console: Console | None = None) -> dict[str, Any]:
        """Ingest the bundled sample corpus (idempotent); what the store then holds."""
        from .pipeline import build_demo

        return build_demo(db=self.db, console=console)

    # --- Analytics: the functions of blocwatch.analyse, as the CLI and HTTP API call them.
    # Each returns a dataclass with to_dict() and the ids of its records.

    def network(
        self,
        as_of: DateLike | None = None,
        kind: str | None = None,
        min_confidence: float | None = None,
    ) -> analyse.Network:
        """The network as of a date (agreements, claims, trade; or one ``kind``), of records
        of at least ``min_confidence``."""
        return analyse.network(self.engine, day(as_of, "as-of date"), kind, min_confidence)

    def network_json(
        self,
        as_of: DateLike | None = None,
        kind: str | None = None,
        min_confidence: float | None = None,
    ) -> Iterator[str]:
        """:meth:`network`'s answer as JSON text in chunks, made without parsing the
        records' details (:func:`blocwatch.analyse.network_json`)."""
        return analyse.network_json(self.engine, day(as_of, "as-of date"), kind, min_confidence)

    def network_page(
        self,
        as_of: DateLike | None = None,
        kind: str | None = None,
        *,
        region: str | None = None,
        min_weight: float | None = None,
        limit: int = 200,
        offset: int = 0,
    ) -> analyse.NetworkPage:
        """A page of the network as of a date, strongest edges first, with the totals
        (:func:`blocwatch.analyse.network_page`)."""
        return analyse.network_page(
            self.engine,
            day(as_of, "as-of date"),
            kind,
            region=region,
            min_weight=min_weight,
            limit=limit,
            offset=offset,
        )

    def blocs(
        self, as_of: DateLike | None = None, compare: DateLike | None = None
    ) -> analyse.Blocs:
        """Blocs of the agreement network as of a date, bridges, changes since ``compare``."""
        return analyse.blocs(self.engine, day(as_of, "as-of date"), day(compare, "as-of date"))

    def obligations(
        self,
        target: str,
        *,
        as_of: DateLike | None = None,
        attacker: str | None = None,
        min_confidence: float | None = None,
    ) -> analyse.Obligations | analyse.ConflictingCommitments:
        """Who is bound to come to ``target``'s aid; with ``attacker``, who is bound to
        both sides (:func:`blocwatch.analyse.conflicting_commitments`); agreements of at
        least ``min_confidence``."""
        when = day(as_of, "as-of date")
        if attacker is not None:
            return analyse.conflicting_commitments(
                self.engine, attacker, target, when, min_confidence
            )
        return analyse.obligations(self.engine, target, when, min_confidence)

    def obligations_page(
        self,
        target: str,
        *,
        as_of: DateLike | None = None,
        min_confidence: float | None = None,
        limit: int = 200,
        offset: int = 0,
    ) -> analyse.ObligationsPage:
        """Who is bound to come to ``target``'s aid, with the second-order chains as totals
        and ``limit`` of them from ``offset`` (:func:`blocwatch.analyse.obligations_page`)."""
        return analyse.obligations_page(
            self.engine,
            target,
            day(as_of, "as-of date"),
            min_confidence,
            limit=limit,
            offset=offset,
        )

    def alignment(
        self, a: str, b: str, *, start: int | str | None = None, end: int | str | None = None
    ) -> analyse.Alignment:
        """The alignment score of two actors per year, with the facts behind it."""
        return analyse.alignment(self.engine, a, b, start, end)

    def growth(
        self, code: str, *, start: int | str | None = None, end: int | str | None = None
    ) -> analyse.Growth:
        """An actor's partnerships and their strength per year."""
        return analyse.growth(self.engine, code, start, end)


def open_app(db: str | None = None, *, create: bool = False) -> Blocwatch:
    """The application over the store at ``db`` (a path or URL; default ``$BLOCWATCH_DB`` or
    ``./blocwatch.db``), migrated to the current schema. A path or database holding no
    knowledge base raises :class:`~blocwatch.store.db.StoreMissing` (a BlocwatchError naming
    it) unless ``create`` is true: then it becomes a new, empty store."""
    return Blocwatch(connect(db, create=create), db)


# --- What needs no store: reading documents, calibrating on gold files ----------------------


def extract_inputs(sources: Sequence[str], min_confidence: float | None = None) -> Iterator[Any]:
    """What each document of ``sources`` (files, folders, ``-``) states, as ``ingest`` reads
    them: an Extraction per document, or a BlocwatchError naming the input and the reason."""
    from .extract import BATCH_DOCUMENTS
    from .ingest import read_inputs

    # Documents are extracted a batch at a time (their sentences parsed together), the
    # results given in input order.
    pending: list[Any] = []
    for item in read_inputs(sources):
        pending.append(item)
        if len(pending) >= BATCH_DOCUMENTS:
            yield from _extracted(pending, min_confidence)
            pending = []
    yield from _extracted(pending, min_confidence)


def _extracted(items: list[Any], min_confidence: float | None) -> Iterator[Any]:
    """:func:`extract_inputs` of read items (documents and input errors), in their order."""
    from .errors import BlocwatchError
    from .extract import extract_many
    from .ingest import InputError

    found = extract_many(
        (item for item in items if not isinstance(item, InputError)), min_confidence
    )
    for item in items:
        if isinstance(item, InputError):
            yield BlocwatchError(str(item))
            continue
        extraction = next(found)
        if isinstance(extraction, BlocwatchError):
            yield BlocwatchError(f"{item.origin}: {extraction}")
        else:
            yield extraction


def calibrate(
    gold: Sequence[Path],
    source: str = "",
    check: Sequence[Path] = (),
    max_f1_loss: float | None = None,
) -> CalibrationReport:
    """Measure the extractor's precision per class of fact on ``gold`` files (one
    calibration per file) and write the confidence tables; then score ``check`` files with
    the tables written. Returns what was chosen and the reliability tables."""
    from .eval import calibrate as run_calibration
    from .eval import load_records
    from .extract import confidence

    parts = [run_calibration(load_records(path)) for path in gold]
    names = ", ".join(map(confidence.gold_label, gold))
    label = source or f"measured by blocwatch calibrate on {names}"
    loss = confidence.MAX_F1_LOSS if max_f1_loss is None else max_f1_loss
    chosen = confidence.write_calibration(parts, label, max_f1_loss=loss)
    whole = confidence.merge(parts)
    in_sample = confidence.scored_by(whole, whole.classes)
    checks = {}
    for path in check:
        checked = run_calibration(load_records(path))
        checks[str(path)] = confidence.scored_by(checked, whole.classes)
    return confidence.CalibrationReport(
        label,
        chosen,
        in_sample,
        confidence.held_out(parts) if len(parts) > 1 else None,
        checks,
    )
