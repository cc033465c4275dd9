"""The ``blocwatch`` command: parse, call the library, render. No logic of its own."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path

import typer
from rich.console import Console
from rich.text import Text

from . import __version__
from .errors import BlocwatchError
from .kinds import KINDS

# The network's kinds of tie, from the fact-kind registry.
NETWORK_KINDS = [k.network for k in KINDS if k.network]

app = typer.Typer(
    help="blocwatch: a sourced, time-aware knowledge base of relations between states.",
    no_args_is_help=True,
    add_completion=True,  # --install-completion / --show-completion (bash, zsh, fish)
    pretty_exceptions_enable=False,
)
docs_app = typer.Typer(help="List stored documents, or show one.", invoke_without_command=True)
app.add_typer(docs_app, name="docs")

out = Console()
err = Console(stderr=True)

DbOption = typer.Option(
    None, "--db", help="Database URL or SQLite path (default: $BLOCWATCH_DB, else ./blocwatch.db)."
)
MinConfidenceOption = typer.Option(
    None,
    "--min-confidence",
    min=0.0,
    max=1.0,
    help="Keep facts of at least this measured precision (default: calibrated per type; 0: all).",
)
RecordConfidenceOption = typer.Option(
    None,
    "--min-confidence",
    min=0.0,
    max=1.0,
    help="Only records of at least this confidence (0 to 1; default: all).",
)
JsonOption = typer.Option(False, "--json", help="JSON (Lines): the same as --format json.")


class OutputFormat(StrEnum):
    """What a query command writes: a table, JSON (Lines), CSV or TSV."""

    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    TSV = "tsv"


FormatOption = typer.Option(
    None,
    "--format",
    help="table (fits the terminal; the default), json (JSON Lines), csv or tsv.",
    case_sensitive=False,
)
WideOption = typer.Option(
    False, "--wide", help="Tables with every column whole, past the terminal's width."
)


HostOption = typer.Option("127.0.0.1", "--host", help="Address to listen on (serve, demo).")
PortOption = typer.Option(8000, "--port", min=0, max=65535, help="Port to listen on (serve, demo).")


def _error(message: str, *, style: str = "bold red") -> None:
    """One line on stderr: ``error: message``. The message is user input as often as not
    (a path, an actor code, a document id): it is printed as plain text, never as markup,
    so ``[/]`` or ``[bold]`` in it prints as written."""
    line = Text.assemble(("error:", style), " ", " ".join(str(message).split("\n")))
    err.print(line, highlight=False, soft_wrap=True)


def _fail(message: str, code: int = 1) -> None:
    _error(message)
    raise typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        out.print(f"blocwatch {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True),
) -> None:
    """blocwatch reads news about relations between states into a knowledge base."""


# --- ingest -------------------------------------------------------------------------------


@app.command()
def ingest(
    paths: list[str] = typer.Argument(None, help="Files, folders (recursive) or - for stdin."),
    db: str | None = DbOption,
    sample: bool = typer.Option(False, "--sample", help="Ingest the bundled sample corpus."),
    extract: bool = typer.Option(True, "--extract/--no-extract", help="Extract facts too."),
    workers: int | None = typer.Option(
        None,
        "--workers",
        min=1,
        envvar="BLOCWATCH_WORKERS",
        help="Extract in N local processes (default: in this one).",
    ),
    dask: str | None = typer.Option(
        None,
        "--dask",
        envvar="BLOCWATCH_DASK",
        metavar="tcp://HOST:PORT",
        help="Extract on the Dask distributed cluster of this scheduler.",
    ),
    min_confidence: float | None = MinConfidenceOption,
) -> None:
    """Read documents (txt, html, jsonl, RSS/Atom, WARC) into the store and extract their facts."""
    from .render.documents import ingest_summary

    if sample:
        from .sample import corpus_path

        paths = [*(paths or []), str(corpus_path())]
    if not paths:
        _fail("nothing to ingest: give files, folders, - for standard input, or --sample", 2)
    summary = _kb(db, create=True).ingest(
        paths,
        extract=extract,
        console=err,
        workers=workers,
        dask=dask,
        min_confidence=min_confidence,
    )
    for problem in summary.errors:
        _error(problem, style="red")
    if summary.failed > len(summary.errors):
        _error(f"{summary.failed - len(summary.errors):,} more not listed", style="red")
    ingest_summary(out, summary)
    if summary.stopped:
        _error(f"ingest stopped: {summary.stopped}; documents stored before stay")
    if summary.failed or summary.stopped:
        raise typer.Exit(1)


@docs_app.callback()
def docs(
    ctx: typer.Context,
    db: str | None = DbOption,
    source: str | None = typer.Option(None, help="Only documents from this source."),
    since: str | None = typer.Option(None, help="Published on or after (YYYY[-MM[-DD]])."),
    until: str | None = typer.Option(None, help="Published on or before (YYYY[-MM[-DD]])."),
    limit: int = typer.Option(50, min=1, max=10000),
    as_json: bool = JsonOption,
    fmt: OutputFormat | None = FormatOption,
    wide: bool = WideOption,
) -> None:
    """List stored documents (newest first), filtered by source and publication date."""
    if ctx.invoked_subcommand is not None:
        ctx.obj = {"db": db}
        return
    from .render.documents import document_table

    rows = _kb(db).documents(source=source, since=since, until=until, limit=limit)
    _show(rows, lambda c: document_table(c, rows), fmt, wide, as_json)


@docs_app.command("show")
def docs_show(
    ctx: typer.Context,
    doc_id: str = typer.Argument(..., help="Document id."),
    db: str | None = DbOption,
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Show one document: its metadata, text and the facts read from it."""
    from .render.documents import document_detail

    bw = _kb(db or (ctx.obj or {}).get("db"))
    document = bw.document(doc_id)
    if document is None:
        _fail(f"no document with id {doc_id!r}")
    facts = bw.document_facts(doc_id, records=False)
    if as_json:
        out.print_json(json.dumps({**document, "facts": facts}, ensure_ascii=False, default=str))
        return
    document_detail(out, document, facts)


# --- extraction ---------------------------------------------------------------------------


@app.command()
def extract(
    sources: list[str] = typer.Argument(
        None, help="Files, folders or - for stdin (default): read as by ingest."
    ),
    output: Path | None = typer.Option(None, "-o", "--output", help="Write here, not stdout."),
    min_confidence: float | None = MinConfidenceOption,
) -> None:
    """Read documents and write what each states (gold-schema JSON Lines, with evidence).
    Inputs are read by the same readers, with the same checks and limits, as ``ingest``."""
    from .app import extract_inputs

    sink = output.open("w", encoding="utf-8") if output else sys.stdout
    failed = 0
    try:
        for result in extract_inputs(sources or ["-"], min_confidence):
            if isinstance(result, BlocwatchError):
                failed += 1
                _error(str(result), style="red")
                continue
            sink.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
    finally:
        if output:
            sink.close()
    if failed:
        raise typer.Exit(1)


@app.command("eval")
def evaluate(
    gold: Path = typer.Argument(..., help="Gold annotations (JSON Lines, gold-schema.md)."),
    pred: Path | None = typer.Option(None, "--pred", help="Predictions; else run extract."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object."),
    errors: bool = typer.Option(False, "--errors", help="List misses and false positives."),
    min_confidence: float | None = MinConfidenceOption,
) -> None:
    """Score predictions against gold by the rules of eval-spec.md."""
    from .eval import evaluate_files
    from .render.evaluation import eval_report

    report = evaluate_files(gold, pred, min_confidence)
    if as_json:
        out.print_json(json.dumps(report.to_dict(errors=errors)), indent=None)
        return
    eval_report(out, report, errors=errors)


# --- eval-kb (issue 11): resolution scored against real-world keys --------------------------


@app.command("eval-kb")
def evaluate_kb(
    gold: list[Path] = typer.Argument(..., help="Gold files (JSON Lines, gold-schema.md)."),
    keys: list[Path] | None = typer.Option(
        None,
        "--keys",
        help="Key file (TSV: file, doc_id, index, key), repeatable; default the sample's.",
    ),
    as_json: bool = typer.Option(False, "--json", help="One JSON object."),
) -> None:
    """Ingest the gold documents into a fresh store and score its agreement records against
    the real-world keys: B-cubed P/R/F1, records per agreement, defence flags."""
    from .eval_kb import evaluate_kb as run_eval_kb
    from .render.evaluation import eval_kb_report

    report = run_eval_kb(gold, keys or None)
    if as_json:
        out.print_json(json.dumps(report.to_dict()), indent=None)
        return
    eval_kb_report(out, report)


@app.command()
def calibrate(
    gold: list[Path] = typer.Argument(
        ...,
        help="Gold annotations (JSON Lines) to measure on; with several, each type's default "
        "floor is chosen on held-out estimates (each file scored by the others' classes).",
    ),
    source: str = typer.Option(
        "", "--source", help="What to write in the tables' source column (default: the files)."
    ),
    check: list[Path] = typer.Option(
        [], "--check", help="A gold file to print a reliability table for (repeatable)."
    ),
    max_f1_loss: float | None = typer.Option(
        None,
        "--max-f1-loss",
        min=0.0,
        max=1.0,
        help="How much held-out F1 a type's target precision may cost to become its default "
        "floor (default 0.02; 1: always the target).",
    ),
) -> None:
    """Measure the extractor's precision per class of fact on gold files, and write the
    confidence tables (lang/en/confidence.tsv, lang/en/min_confidence.tsv); print the
    floors chosen and how well confidence predicts precision (reliability tables)."""
    from .app import calibrate as run_calibration
    from .render.calibration import calibration_report

    calibration_report(out, run_calibration(gold, source, check, max_f1_loss))


class LearnedComponent(StrEnum):
    """The learned components ``blocwatch train`` retrains."""

    SIGNING = "signing"


@app.command()
def train(
    component: LearnedComponent = typer.Argument(..., help="The component: signing."),
    gold: list[Path] | None = typer.Argument(
        None,
        help="Gold files (JSON Lines) to train on (default: ../shared/dev/news.jsonl and the"
        " two study files).",
    ),
    destination: Path | None = typer.Option(
        None, "--out", help="Write the model here (default: the package's own)."
    ),
    seed: int = typer.Option(0, "--seed", help="The same files and seed give the same model."),
    epochs: int = typer.Option(15, "--epochs", min=1, help="Passes over the examples."),
) -> None:
    """Retrain a learned component of the extractor on gold files and the package's own
    labelled sentences, and write its model (see extract/signing_check.py)."""
    from .extract.signing_train import default_training_files, train_signing

    report = train_signing(gold or default_training_files(), destination, seed=seed, epochs=epochs)
    out.print(
        f"{component.value}: {report.examples} sentences ({report.signed} signed;"
        f" {report.from_gold} from gold, {report.own} own), model {report.bytes:,} bytes"
        f" in {report.path}",
        markup=False,
    )


@app.command()
def reextract(db: str | None = DbOption) -> None:
    """Re-derive every stored fact from the stored documents with the current extractor."""
    count = _kb(db).reextract(console=err)
    out.print(f"re-extracted {count} documents")


# --- the knowledge base -------------------------------------------------------------------


def _kb(db: str | None, create: bool = False):
    """The application object over the store at ``db``: every command goes through it. Only
    commands that write (``create``) make a store where there is none; for the others a
    mistyped path is an error naming it (exit 2), not an empty answer."""
    from .app import open_app

    return open_app(db, create=create)


def _emit_json(value) -> None:
    """Machine output: one JSON document per line, written as is (never wrapped)."""
    items = value if isinstance(value, list) else [value]
    for item in items:
        data = item.to_dict() if hasattr(item, "to_dict") else item
        sys.stdout.write(json.dumps(data, ensure_ascii=False, default=str) + "\n")


def _console(wide: bool) -> Console:
    """Where tables are drawn: the terminal's width, or as wide as they want with ``wide``
    or when the output goes to a pipe or a file (a reader there wants every column whole)."""
    from .render.fit import WIDE

    return Console(width=WIDE) if wide or not out.is_terminal else out


def _show(value, view, fmt: OutputFormat | None, wide: bool = False, as_json: bool = False) -> None:
    """Output ``value`` as asked: JSON Lines, the tables ``view(console)`` draws as CSV or
    TSV (a view without a table: the records' fields, one row each), or the view itself."""
    from .render.fit import TableWriter, write_rows

    chosen = "json" if as_json else str(fmt or "table")
    if chosen == "json":
        _emit_json(value)
        return
    if chosen in ("csv", "tsv"):
        writer = TableWriter(sys.stdout, "," if chosen == "csv" else "\t")
        view(writer)
        if not writer.tables:
            write_rows(sys.stdout, writer.sep, *_flat(value))
        return
    view(_console(wide))


def _flat(value) -> tuple[list[str], list[list[str]]]:
    """Records as a header (their fields) and rows of plain strings: lists joined by ";",
    nested values as JSON."""
    items = value if isinstance(value, list) else [value]
    dicts = [i.to_dict() if hasattr(i, "to_dict") else dict(i) for i in items]
    header: list[str] = list(dict.fromkeys(k for d in dicts for k in d))

    def cell(v) -> str:
        if v is None:
            return ""
        if isinstance(v, list) and all(isinstance(x, str) for x in v):
            return ";".join(v)
        if isinstance(v, dict | list):
            return json.dumps(v, ensure_ascii=False, default=str)
        return str(v)

    return header, [[cell(d.get(k)) for k in header] for d in dicts]


def _ask(question):
    """Run a knowledge-base question; a user's mistake is one line on stderr, exit 2."""
    try:
        return question()
    except BlocwatchError as exc:
        _fail(str(exc), 2)


@app.command()
def agreements(
    party: list[str] = typer.Option(None, "--party", "-p", help="A party (repeat: all of them)."),
    as_of: str | None = typer.Option(None, "--as-of", help="In force on DATE (YYYY[-MM[-DD]])."),
    provision: str | None = typer.Option(None, "--provision", help="With this provision."),
    defense: bool | None = typer.Option(
        None, "--defense/--no-defense", help="Only with (or without) a mutual-defence clause."
    ),
    min_confidence: float | None = RecordConfidenceOption,
    db: str | None = DbOption,
    as_json: bool = JsonOption,
    fmt: OutputFormat | None = FormatOption,
    wide: bool = WideOption,
) -> None:
    """Agreements in the knowledge base: parties, dates, defence clause, provisions, sources."""
    from .render.kb import agreements_table

    found = _ask(
        lambda: _kb(db).agreements(
            party or None,
            as_of=as_of,
            provision=provision,
            defense=defense,
            min_confidence=min_confidence,
        )
    )
    _show(list(found), lambda c: agreements_table(c, found), fmt, wide, as_json)


@app.command()
def claims(
    subject: str | None = typer.Option(None, "--subject", help="Who allegedly did it."),
    claimant: str | None = typer.Option(None, "--claimant", help="Who alleges it."),
    beneficiary: str | None = typer.Option(None, "--beneficiary", help="To whom."),
    status: str | None = typer.Option(
        None, "--status", help="alleged, contested (denied) or acknowledged."
    ),
    action: str | None = typer.Option(None, "--action", help="e.g. arms_transfer."),
    ledger: bool = typer.Option(False, "--ledger", help="Show each claim's stance ledger."),
    min_confidence: float | None = RecordConfidenceOption,
    db: str | None = DbOption,
    as_json: bool = JsonOption,
    fmt: OutputFormat | None = FormatOption,
    wide: bool = WideOption,
) -> None:
    """Allegations in the knowledge base, with claimants, denials, acknowledgements, status."""
    from .render.kb import claims_table

    found = _ask(
        lambda: _kb(db).claims(
            subject,
            claimant=claimant,
            beneficiary=beneficiary,
            status=status,
            action=action,
            min_confidence=min_confidence,
        )
    )
    _show(list(found), lambda c: claims_table(c, found, ledger=ledger), fmt, wide, as_json)


@app.command()
def measures(
    actor: list[str] = typer.Option(None, "--actor", "-a", help="An actor (repeat: all)."),
    metric: str | None = typer.Option(None, "--metric", help="e.g. bilateral_trade."),
    min_confidence: float | None = RecordConfidenceOption,
    db: str | None = DbOption,
    as_json: bool = JsonOption,
    fmt: OutputFormat | None = FormatOption,
    wide: bool = WideOption,
) -> None:
    """Figures (trade, troops, aid) as time series per actor pair and metric."""
    from .render.kb import measures_table

    found = _ask(
        lambda: _kb(db).measures(actor or None, metric=metric, min_confidence=min_confidence)
    )
    _show(list(found), lambda c: measures_table(c, found), fmt, wide, as_json)


@app.command()
def actors(
    search: str | None = typer.Option(
        None, "--search", "-s", help="Code, name or alias contains this (Kremlin, Putin ...)."
    ),
    region: str | None = typer.Option(None, "--region", help="Only this region."),
    db: str | None = DbOption,
    as_json: bool = JsonOption,
    fmt: OutputFormat | None = FormatOption,
    wide: bool = WideOption,
) -> None:
    """Actors the knowledge base holds records about, found by code, name or alias."""
    from .render.kb import actors_table

    found = _ask(lambda: _kb(db).actors_in_kb(q=search, region=region))
    _show(found, lambda c: actors_table(c, found), fmt, wide, as_json)


@app.command()
def find(
    kind: str = typer.Argument(
        ..., help=f"A kind of record: {', '.join(k.plural for k in KINDS)}."
    ),
    where: list[str] = typer.Option(
        None,
        "--where",
        "-w",
        metavar="NAME=VALUE",
        help="A filter of the kind's query (repeat; a name given twice is a list), e.g."
        " -w actor=RUS -w domain=sea -w since=2024 for exercises.",
    ),
    db: str | None = DbOption,
    as_json: bool = typer.Option(False, "--json", help="JSON Lines instead of a table."),
) -> None:
    """Records of any kind, by its query's filters: the one command every kind has
    (agreements, claims and measures have their own commands, with their options)."""
    from .render.kb import records_table

    filters: dict[str, object] = {}
    for item in where or []:
        name, sep, value = item.partition("=")
        if not sep or not name:
            _fail(f"bad filter {item!r}: give NAME=VALUE", 2)
        if name in filters:
            old = filters[name]
            filters[name] = [*old, value] if isinstance(old, list) else [old, value]
        else:
            filters[name] = value

    def ask():
        try:
            return _kb(db).find(kind, **filters)
        except TypeError:
            raise BlocwatchError(f"unknown filter for {kind}: {', '.join(filters)}") from None

    found = _ask(ask)
    if as_json:
        _emit_json(list(found))
        return
    records_table(out, found, kind)


@app.command()
def actor(
    code: str = typer.Argument(..., help="Actor code (RUS, PRK, NATO ...)."),
    db: str | None = DbOption,
    as_json: bool = JsonOption,
    fmt: OutputFormat | None = FormatOption,
    wide: bool = WideOption,
) -> None:
    """An actor's profile: names seen, agreements, claims by role, measures."""
    from .render.kb import actor_view

    profile = _ask(lambda: _kb(db).actor(code))
    _show(profile, lambda c: actor_view(c, profile), fmt, wide, as_json)


@app.command()
def timeline(
    code: str = typer.Argument(..., help="Actor code (RUS, PRK, NATO ...)."),
    db: str | None = DbOption,
    as_json: bool = JsonOption,
    fmt: OutputFormat | None = FormatOption,
    wide: bool = WideOption,
) -> None:
    """Dated events involving an actor: lifecycle steps, stances, figures."""
    from .render.kb import timeline_table

    events = _ask(lambda: _kb(db).timeline(code))
    _show(list(events), lambda c: timeline_table(c, events, code.upper()), fmt, wide, as_json)


@app.command()
def sources(
    record_id: str = typer.Argument(..., help="Record id (A-..., C-..., M-...)."),
    db: str | None = DbOption,
    as_json: bool = JsonOption,
    fmt: OutputFormat | None = FormatOption,
    wide: bool = WideOption,
) -> None:
    """Every sentence behind a record, with document titles, dates and URLs."""
    from .render.kb import sources_view

    sentences = _ask(lambda: _kb(db).sources(record_id))
    _show(list(sentences), lambda c: sources_view(c, record_id, sentences), fmt, wide, as_json)


@app.command()
def changes(
    since: str = typer.Option(..., "--since", help="Reported on or after DATE (YYYY[-MM[-DD]])."),
    db: str | None = DbOption,
    as_json: bool = JsonOption,
    fmt: OutputFormat | None = FormatOption,
    wide: bool = WideOption,
) -> None:
    """What is new or changed in the knowledge base since a reported date."""
    from .render.kb import changes_table

    found = _ask(lambda: _kb(db).changes(since))
    _show(list(found), lambda c: changes_table(c, found, since), fmt, wide, as_json)


@app.command("export")
def export_kb(
    fmt: str = typer.Option(
        ...,
        "--format",
        "-f",
        help="jsonl, csv, atop, dyads, stances, points, graphml, gexf or parquet.",
    ),
    output: Path | None = typer.Option(None, "-o", "--output", help="Write here, not stdout."),
    all_agreements: bool = typer.Option(
        False, "--all", help="atop: every agreement, not only those with an ATOP obligation."
    ),
    db: str | None = DbOption,
) -> None:
    """Export the knowledge base (JSON Lines, ATOP-style CSV, dyad-years, claim stances,
    measure points, GraphML, GEXF, Parquet; the tables as Parquet for a .parquet path)."""
    from .render.kb import export_summary

    out_path = str(output) if output else None
    summary = _ask(lambda: _kb(db).export(fmt, out_path, all_agreements))
    if output:
        export_summary(err, summary)


@app.command()
def resolve(db: str | None = DbOption) -> None:
    """Rebuild the knowledge base from the stored facts (resolution from scratch)."""
    counts = _kb(db).rebuild()
    out.print(", ".join(f"{v:,} {k}" for k, v in counts.items()))


# --- analytics ----------------------------------------------------------------------------

AsOfOption = typer.Option(None, "--as-of", help="As of DATE (YYYY[-MM[-DD]]; default today).")
FromOption = typer.Option(None, "--from", help="First year (default: ten years to --to).")
ToOption = typer.Option(None, "--to", help="Last year (default: this year).")


@app.command()
def network(
    as_of: str | None = AsOfOption,
    kind: str | None = typer.Option(
        None, "--kind", help=f"Only one kind of tie: {', '.join(NETWORK_KINDS)}."
    ),
    min_confidence: float | None = RecordConfidenceOption,
    db: str | None = DbOption,
    as_json: bool = JsonOption,
    fmt: OutputFormat | None = FormatOption,
    wide: bool = WideOption,
) -> None:
    """The network as of a date: agreements in force (weighted by what they bind), claims
    of supply (directed, with status), trade, joint exercises; every tie with its records."""
    from .render.analyse import network_view

    if as_json or fmt == OutputFormat.JSON:
        # The text /network streams (no object per record: a late day of a million facts
        # is 100 MB), on one line; a bad question fails before any of it is written.
        chunks = _ask(lambda: _kb(db).network_json(as_of, kind, min_confidence))
        sys.stdout.writelines(chunks)
        sys.stdout.write("\n")
        return
    found = _ask(lambda: _kb(db).network(as_of, kind, min_confidence))
    _show(found, lambda c: network_view(c, found), fmt, wide, as_json)


@app.command("network-page")
def network_page(
    as_of: str | None = AsOfOption,
    kind: str | None = typer.Option(
        None, "--kind", help=f"Only one kind of tie: {', '.join(NETWORK_KINDS)}."
    ),
    region: str | None = typer.Option(
        None, "--region", help="Only ties with an end in REGION (Europe, Asia ...)."
    ),
    min_weight: float | None = typer.Option(
        None, "--min-weight", help="Only ties of at least this weight."
    ),
    limit: int = typer.Option(200, "--limit", help="How many ties (0 to 5,000)."),
    offset: int = typer.Option(0, "--offset", help="Skip this many of the strongest ties."),
    db: str | None = DbOption,
    as_json: bool = JsonOption,
    fmt: OutputFormat | None = FormatOption,
    wide: bool = WideOption,
) -> None:
    """A page of the network as of a date: the strongest ties first (of one kind, in a
    region, of at least a weight), with how many there are in all and per kind."""
    from .render.analyse import network_page_view

    found = _ask(
        lambda: _kb(db).network_page(
            as_of, kind, region=region, min_weight=min_weight, limit=limit, offset=offset
        )
    )
    _show(found, lambda c: network_page_view(c, found), fmt, wide, as_json)


@app.command()
def blocs(
    as_of: str | None = AsOfOption,
    compare: str | None = typer.Option(
        None, "--compare", help="Also: how the blocs changed since (or until) DATE."
    ),
    db: str | None = DbOption,
    as_json: bool = JsonOption,
    fmt: OutputFormat | None = FormatOption,
    wide: bool = WideOption,
) -> None:
    """Blocs (seeded Louvain communities of the agreement network), their bridges, changes."""
    from .render.analyse import blocs_view

    found = _ask(lambda: _kb(db).blocs(as_of, compare))
    _show(found, lambda c: blocs_view(c, found), fmt, wide, as_json)


@app.command()
def obligations(
    target: str | None = typer.Argument(None, help="The state attacked (PRK, FIN ...)."),
    as_of: str | None = AsOfOption,
    attacker: str | None = typer.Option(
        None, "--attacker", help="Who attacks: list the states bound to both sides."
    ),
    target_option: str | None = typer.Option(
        None, "--target", help="The state attacked (the same as X; reads well with --attacker)."
    ),
    min_confidence: float | None = RecordConfidenceOption,
    db: str | None = DbOption,
    as_json: bool = JsonOption,
    fmt: OutputFormat | None = FormatOption,
    wide: bool = WideOption,
) -> None:
    """If X is attacked, who is bound to come to its aid: defence clauses, consultation,
    second-order chains, each with its agreement, article and sources."""
    from .render.analyse import conflicts_view, obligations_view

    if target and target_option and target.upper() != target_option.upper():
        _fail(f"two targets given: {target} and --target {target_option}", 2)
    code = target or target_option
    if not code:
        _fail("name the state attacked: blocwatch obligations X [--attacker Y]", 2)
    found = _ask(
        lambda: _kb(db).obligations(
            code, as_of=as_of, attacker=attacker, min_confidence=min_confidence
        )
    )
    _show(
        found,
        lambda c: (conflicts_view if attacker else obligations_view)(c, found),
        fmt,
        wide,
        as_json,
    )


@app.command("obligations-page")
def obligations_page(
    target: str = typer.Argument(..., help="The state attacked (PRK, FIN ...)."),
    as_of: str | None = AsOfOption,
    limit: int = typer.Option(200, "--limit", help="How many second-order chains (0 to 5,000)."),
    offset: int = typer.Option(0, "--offset", help="Skip this many chains first."),
    min_confidence: float | None = RecordConfidenceOption,
    db: str | None = DbOption,
    as_json: bool = JsonOption,
    fmt: OutputFormat | None = FormatOption,
    wide: bool = WideOption,
) -> None:
    """If X is attacked, who is bound to come to its aid, as `obligations`, with the
    second-order chains counted (in all, per defender) and a page of them."""
    from .render.analyse import obligations_page_view

    found = _ask(
        lambda: _kb(db).obligations_page(
            target, as_of=as_of, min_confidence=min_confidence, limit=limit, offset=offset
        )
    )
    _show(found, lambda c: obligations_page_view(c, found), fmt, wide, as_json)


@app.command()
def alignment(
    a: str = typer.Argument(..., help="One actor (RUS ...)."),
    b: str = typer.Argument(..., help="The other actor (PRK ...)."),
    start: str | None = FromOption,
    end: str | None = ToOption,
    db: str | None = DbOption,
    as_json: bool = JsonOption,
    fmt: OutputFormat | None = FormatOption,
    wide: bool = WideOption,
) -> None:
    """The alignment score of two actors per year, with the facts that produce it."""
    from .render.analyse import alignment_view

    found = _ask(lambda: _kb(db).alignment(a, b, start=start, end=end))
    _show(found, lambda c: alignment_view(c, found), fmt, wide, as_json)


@app.command()
def growth(
    code: str = typer.Argument(..., help="Actor code (RUS ...)."),
    start: str | None = FromOption,
    end: str | None = ToOption,
    db: str | None = DbOption,
    as_json: bool = JsonOption,
    fmt: OutputFormat | None = FormatOption,
    wide: bool = WideOption,
) -> None:
    """An actor's partnerships and their strength by year."""
    from .render.analyse import growth_view

    found = _ask(lambda: _kb(db).growth(code, start=start, end=end))
    _show(found, lambda c: growth_view(c, found), fmt, wide, as_json)


# --- the main job -------------------------------------------------------------------------


@app.command()
def demo(
    db: str | None = typer.Option(
        "blocwatch-demo.db", "--db", help="Where to build the demo knowledge base."
    ),
    serve_it: bool = typer.Option(
        True, "--serve/--no-serve", help="Serve the dashboard afterwards (--no-serve: only build)."
    ),
    host: str = HostOption,
    port: int = PortOption,
    allowed_hosts: str | None = typer.Option(
        None,
        "--allowed-hosts",
        envvar="BLOCWATCH_ALLOWED_HOSTS",
        help="Host names clients may use (needed when --host is not loopback).",
    ),
) -> None:
    """Build a knowledge base from the bundled sample corpus, show what it holds, and serve
    the dashboard over it."""
    from .render.documents import store_overview

    overview = _kb(db, create=True).build_demo(console=err)
    store_overview(out, overview)
    if serve_it:
        _serve(db, host, port, None, allowed_hosts, 1)


# --- the HTTP API and dashboard -----------------------------------------------------------


@app.command()
def serve(
    db: str | None = DbOption,
    host: str = HostOption,
    port: int = PortOption,
    write_token_file: Path | None = typer.Option(
        None,
        "--write-token-file",
        help="Allow POST /api/v1/documents for clients sending the bearer token in this file"
        " (or in $BLOCWATCH_WRITE_TOKEN; never on the command line, where ps shows it).",
    ),
    allowed_hosts: str | None = typer.Option(
        None,
        "--allowed-hosts",
        envvar="BLOCWATCH_ALLOWED_HOSTS",
        help="Host names clients may use, comma-separated (*.example.org allowed); required"
        " when --host is not a loopback address.",
    ),
    workers: int = typer.Option(
        1, "--workers", min=1, max=64, help="Server processes (reads run in parallel)."
    ),
    cors: list[str] = typer.Option(
        None,
        "--cors",
        envvar="BLOCWATCH_CORS",
        help="Let pages of this origin read the API from a browser (repeat; * for any).",
    ),
    create: bool = typer.Option(
        False, "--create", help="Make an empty store if --db holds none (default: an error)."
    ),
    held_network: bool = typer.Option(
        True,
        "--held-network/--no-held-network",
        envvar="BLOCWATCH_HELD_NETWORK",
        help="Hold the network's as-of index in memory (each server process; loaded in the"
        " background, at most $BLOCWATCH_HELD_NETWORK_MB, default 1024) and answer a whole"
        " day's /network from it.",
    ),
) -> None:
    """Serve the HTTP API (/api/v1, docs at /docs) and the dashboard (/). Read-only unless
    given a write token."""
    from .web.auth import read_write_token

    token = read_write_token(write_token_file)
    _serve(
        db, host, port, token, allowed_hosts, workers, cors or None, create or None, held_network
    )


def _serve(
    db: str | None,
    host: str,
    port: int,
    write_token: str | None,
    allowed_hosts: str | None = None,
    workers: int = 1,
    cors: list[str] | None = None,
    create: bool | None = None,
    held_network: bool | None = None,
) -> None:
    from .web.server import serve as run_server

    def ready(address: str) -> None:
        mode = "read-write (token required)" if write_token else "read-only"
        out.print(
            f"dashboard: {address}/  API: {address}/api/v1/  docs: {address}/docs  ({mode})",
            soft_wrap=True,
            markup=False,
        )
        out.print("press Ctrl+C to stop", style="dim")

    run_server(
        db,
        host=host,
        port=port,
        write_token=write_token,
        allowed_hosts=allowed_hosts,
        workers=workers,
        cors=cors,
        create=create,
        held_network=held_network,
        on_ready=ready,
    )


# --- backup and restore -------------------------------------------------------------------


@app.command()
def backup(
    dest: Path = typer.Argument(..., help="The backup to write (must not exist)."),
    db: str | None = DbOption,
) -> None:
    """A consistent copy of the store while it is in use: SQLite's online backup (a database
    file), or pg_dump's custom format for PostgreSQL (restore with pg_restore)."""
    made = _kb(db).backup(dest)
    out.print(Text(f"backup written: {made}"))


@app.command()
def dump(
    output: Path | None = typer.Option(None, "-o", "--output", help="Write here, not stdout."),
    db: str | None = DbOption,
) -> None:
    """Every stored document as JSON Lines, with its id and ingest metadata: ``blocwatch
    load`` rebuilds a store with the same documents, ids, facts and records from it."""
    kb = _kb(db)
    sink = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        count = kb.dump(sink)
    finally:
        if output:
            sink.close()
    err.print(Text(f"dumped {count:,} documents"))


@app.command()
def load(
    source: str = typer.Argument("-", help="A dump (JSON Lines) or - for stdin."),
    db: str | None = DbOption,
) -> None:
    """Load a dump made by ``blocwatch dump`` into an empty store: documents keep their ids
    and ingest metadata, facts are extracted again and the knowledge base rebuilt."""
    kb = _kb(db, create=True)
    stream = sys.stdin if source == "-" else _open_text(source)
    count = kb.load(stream, origin=source)
    out.print(Text(f"loaded {count:,} documents"))


def _open_text(path: str):
    try:
        return open(path, encoding="utf-8")  # noqa: SIM115 - closed by the caller's process end
    except OSError as exc:
        _fail(f"{path}: {exc.strerror}")


def main() -> None:
    """Entry point: users' mistakes become one line on stderr and a non-zero exit."""
    from sqlalchemy.exc import DBAPIError

    try:
        app()
    except BlocwatchError as exc:
        _error(str(exc))
        sys.exit(2)
    except DBAPIError as exc:
        # A store that went away or stayed locked mid-command: one line, never a traceback.
        from .store.writing import is_lock_error, row_error_message

        if is_lock_error(exc):
            _error("the store is busy: another writer held its lock too long; try again later")
        else:
            _error(f"database error: {row_error_message(exc)}")
        sys.exit(1)
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)
