"""The knowledge-base commands: tables by default, ``--json`` for machines giving exactly what
the Python API gives, clear errors for bad input, untrusted article text printed as text,
and exports; on hand-built facts and on the sample corpus."""

from __future__ import annotations

import json

import pytest

import blocwatch
from analyse_support import sample_db as shared_sample_db
from kb_support import add_doc, agreement, claim, measure, use_lexicon

CSP = "Treaty on Comprehensive Strategic Partnership"


@pytest.fixture(autouse=True)
def _lexicon(monkeypatch):
    use_lexicon(monkeypatch)


@pytest.fixture
def db(engine, db_url) -> str:
    add_doc(
        engine,
        "signed",
        "2024-06-19",
        agreement(
            ["RUS", "PRK"],
            "2024-06-19",
            name=CSP,
            defense=True,
            place="Pyongyang",
            provisions=["mutual_defense"],
            sentence="[bold red]Putin[/] and Kim signed the treaty in Pyongyang.",
        ),
        claim(
            ["PRK"],
            ["RUS"],
            claimant=["USA"],
            what="shells",
            denied_by=["PRK"],
            sentence="The U.S. says North Korea sent shells [link=https://evil.test]here[/link].",
        ),
        title="Pact [bold]signed[/bold] <script>alert(1)</script>",
        url="https://wire.test/a?b=[c]",
    )
    add_doc(
        engine,
        "explainer",
        "2024-06-24",
        agreement(["RUS", "PRK"], "2024-06-20", name=CSP, defense=True),
    )
    add_doc(
        engine,
        "kursk",
        "2025-04-28",
        claim(["PRK"], ["RUS"], "troop_deployment", claimant=["KOR"], acknowledged_by=["PRK"]),
        measure(["PRK", "RUS"], "troops", 11000, "troops"),
        agreement(["RUS", "IRN"], "2025-01-17", defense=False, provisions=["trade"]),
    )
    return db_url


def lines(result) -> list[dict]:
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def ask(kb, question: tuple[str, dict]):
    """Ask the Python API a question: (method, keyword arguments)."""
    method, kwargs = question
    return getattr(kb, method)(**kwargs)


def dicts(records) -> list[dict]:
    # The CLI's JSON goes through json.dumps: compare like with like.
    return json.loads(json.dumps([r.to_dict() for r in records], default=str))


# --- tables ------------------------------------------------------------------------------


def test_agreements_table_marks_the_date_conflict(cli, db):
    result = cli("agreements", "--party", "PRK", "--db", db)
    assert result.exit_code == 0, result.output
    assert "A-PRK-RUS-2024" in result.stdout
    assert "2024-06-19 ≠" in result.stdout
    assert "signed: 2024-06-19 (signed) vs 2024-06-20 (explainer)" in result.stdout
    assert "A-IRN-RUS-2025" not in result.stdout


def test_claims_table_with_ledger(cli, db):
    result = cli("claims", "--subject", "PRK", "--ledger", "--db", db)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "C-PRK-to-RUS-arms_transfer" in out and "contested" in out
    assert "C-PRK-to-RUS-troop_deployment" in out and "acknowledged" in out
    assert "ledger of C-PRK-to-RUS-arms_transfer" in out
    assert "denies" in out and "acknowledges" in out


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["actor", "PRK"], ["North Korea", "A-PRK-RUS-2024", "C-PRK-to-RUS-arms_transfer"]),
        (["timeline", "prk"], ["timeline of PRK", "2024-06-19", "signed"]),
        (["measures", "--actor", "PRK"], ["M-PRK-RUS-troops", "11,000"]),
        (["changes", "--since", "2025"], ["C-PRK-to-RUS-troop_deployment", "new"]),
        (["sources", "A-PRK-RUS-2024"], ["sources of A-PRK-RUS-2024", "explainer"]),
    ],
)
def test_each_command_renders_a_view(cli, db, args, expected):
    result = cli(*args, "--db", db)
    assert result.exit_code == 0, result.output
    for text in expected:
        assert text in result.stdout


def test_article_text_is_printed_as_text_not_markup(cli, db):
    result = cli("sources", "C-PRK-to-RUS-arms_transfer", "--db", db)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Pact [bold]signed[/bold] <script>alert(1)</script>" in out
    assert "[link=https://evil.test]here[/link]" in out
    assert "https://wire.test/a?b=[c]" in out
    result = cli("sources", "A-PRK-RUS-2024", "--db", db)
    assert "[bold red]Putin[/] and Kim" in result.stdout


# --- JSON: the same answers as the Python API --------------------------------------------


@pytest.mark.parametrize(
    ("args", "question"),
    [
        (["agreements"], ("agreements", {})),
        (
            ["agreements", "--party", "PRK", "--party", "RUS"],
            ("agreements", {"party": ["PRK", "RUS"]}),
        ),
        (["agreements", "--as-of", "2024-06-19"], ("agreements", {"as_of": "2024-06-19"})),
        (["agreements", "--defense"], ("agreements", {"defense": True})),
        (["agreements", "--no-defense"], ("agreements", {"defense": False})),
        (["agreements", "--provision", "trade"], ("agreements", {"provision": "trade"})),
        (["claims"], ("claims", {})),
        (["claims", "--status", "contested"], ("claims", {"status": "contested"})),
        (["claims", "--claimant", "KOR"], ("claims", {"claimant": "KOR"})),
        (["claims", "--beneficiary", "RUS"], ("claims", {"beneficiary": "RUS"})),
        (["measures", "--actor", "RUS"], ("measures", {"actor": "RUS"})),
        (["timeline", "RUS"], ("timeline", {"code": "RUS"})),
        (
            ["sources", "C-PRK-to-RUS-arms_transfer"],
            ("sources", {"record_id": "C-PRK-to-RUS-arms_transfer"}),
        ),
        (["changes", "--since", "2024-06-20"], ("changes", {"since": "2024-06-20"})),
    ],
)
def test_json_equals_the_python_api(cli, db, args, question):
    got = lines(cli(*args, "--db", db, "--json"))
    assert got == dicts(ask(blocwatch.open(db), question))
    assert got, "every question here has an answer"


def test_actor_json_equals_the_python_api(cli, db):
    (got,) = lines(cli("actor", "RUS", "--db", db, "--json"))
    assert got == dicts([blocwatch.open(db).actor("RUS")])[0]
    assert [a["id"] for a in got["agreements"]] == ["A-PRK-RUS-2024", "A-IRN-RUS-2025"]


# --- errors ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["agreements", "--party", "XYZ"], "unknown actor code 'XYZ'"),
        (["agreements", "--as-of", "2024-02-30"], "bad as-of date '2024-02-30'"),
        (["claims", "--status", "maybe"], "unknown claim status 'maybe'"),
        (["actor", "Atlantis"], "unknown actor code 'Atlantis'"),
        (["sources", "Z-1"], "bad record id 'Z-1'"),
        (["sources", "A-XXX-1990"], "no record with id 'A-XXX-1990'"),
        (["changes", "--since", "soon"], "bad since date 'soon'"),
        (["export", "--format", "docx"], "unknown export format 'docx'"),
        (["export", "--format", "parquet"], "parquet is a binary format"),
    ],
)
def test_bad_input_is_one_line_on_stderr_and_exit_2(cli, db, args, message):
    result = cli(*args, "--db", db)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output


# --- export ------------------------------------------------------------------------------


def test_export_writes_a_file_and_reports_it(cli, db, tmp_path):
    out = tmp_path / "kb.csv"
    result = cli("export", "--format", "csv", "-o", str(out), "--db", db)
    assert result.exit_code == 0, result.output
    assert "exported csv" in result.stderr
    assert out.read_text(encoding="utf-8").startswith("atopid,member,")


def test_export_jsonl_to_standard_output(cli, db):
    got = lines(cli("export", "--format", "jsonl", "--db", db))
    assert {x["id"] for x in got} >= {"A-PRK-RUS-2024", "C-PRK-to-RUS-arms_transfer"}


def test_resolve_rebuilds_the_knowledge_base(cli, db):
    before = lines(cli("agreements", "--db", db, "--json"))
    result = cli("resolve", "--db", db)
    assert result.exit_code == 0, result.output
    assert "2 agreements" in result.stdout
    assert lines(cli("agreements", "--db", db, "--json")) == before


# --- the sample corpus -------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory) -> str:
    """The session's SQLite store of the sample corpus (these tests only read it)."""
    return shared_sample_db(tmp_path_factory)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("args", "question"),
    [
        (["agreements", "--party", "RUS"], ("agreements", {"party": ["RUS"]})),
        (
            ["agreements", "--party", "PRK", "--defense"],
            ("agreements", {"party": "PRK", "defense": True}),
        ),
        (["agreements", "--as-of", "2024-07-01"], ("agreements", {"as_of": "2024-07-01"})),
        (["claims", "--status", "contested"], ("claims", {"status": "contested"})),
        (["claims", "--subject", "PRK"], ("claims", {"subject": "PRK"})),
        (["timeline", "PRK"], ("timeline", {"code": "PRK"})),
        (["changes", "--since", "2025"], ("changes", {"since": "2025"})),
    ],
)
def test_sample_questions_get_the_same_answers_from_cli_and_python(cli, sample_db, args, question):
    got = lines(cli(*args, "--db", sample_db, "--json"))
    assert got == dicts(ask(blocwatch.open(sample_db), question))


@pytest.mark.slow
def test_sample_every_record_can_be_followed_to_its_sentences(cli, sample_db):
    kb = blocwatch.open(sample_db)
    records = [*kb.agreements(), *kb.claims(), *kb.measures()]
    assert records
    for record in records:
        sentences = kb.sources(record.id)
        assert sentences, record.id
        assert all(s.sentence and s.end > s.start for s in sentences)
    treaty = next(a for a in kb.agreements(["PRK", "RUS"]) if a.id == "A-PRK-RUS-2024")
    result = cli("sources", treaty.id, "--db", sample_db)
    assert "rus-prk-treaty-explainer" in result.stdout
