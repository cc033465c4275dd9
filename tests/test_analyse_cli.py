"""The analytics commands on the sample corpus: ``--json`` gives exactly what the Python API
gives, the text answers the question with its agreements and sources, and a user's mistake is
one line on stderr with a non-zero exit, never a traceback."""

from __future__ import annotations

import json

import pytest

import blocwatch
from analyse_support import sample_db


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    return sample_db(tmp_path_factory)


def _api(value) -> object:
    """What the API returns, as the JSON the CLI would print for it."""
    return json.loads(json.dumps(value.to_dict(), ensure_ascii=False, default=str))


@pytest.mark.parametrize(
    "args, call",
    [
        (["network", "--as-of", "2025-06-01"], lambda kb: kb.network("2025-06-01")),
        (
            ["network", "--as-of", "2024-12-01", "--kind", "claims"],
            lambda kb: kb.network("2024-12-01", "claims"),
        ),
        (
            ["blocs", "--as-of", "2025-06-01", "--compare", "2021-01-01"],
            lambda kb: kb.blocs("2025-06-01", "2021-01-01"),
        ),
        (
            ["obligations", "PRK", "--as-of", "2025-01-01"],
            lambda kb: kb.obligations("PRK", as_of="2025-01-01"),
        ),
        (
            ["obligations", "--attacker", "TUR", "--target", "GRC", "--as-of", "2025-06-01"],
            lambda kb: kb.obligations("GRC", attacker="TUR", as_of="2025-06-01"),
        ),
        (
            ["alignment", "RUS", "PRK", "--from", "2021", "--to", "2025"],
            lambda kb: kb.alignment("RUS", "PRK", start=2021, end=2025),
        ),
        (
            ["growth", "RUS", "--from", "2021", "--to", "2025"],
            lambda kb: kb.growth("RUS", start=2021, end=2025),
        ),
    ],
    ids=["network", "network-claims", "blocs", "obligations", "conflicts", "alignment", "growth"],
)
def test_json_is_the_python_api(cli, db, args, call):
    result = cli(*args, "--db", db, "--json")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 1  # one JSON object on one line
    printed = json.loads(lines[0])
    assert printed == _api(call(blocwatch.open(db)))
    assert printed["record_ids"]


def _section(text: str, title: str) -> str:
    """The lines of ``text`` from the heading starting with ``title`` to the next blank."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(title))
    end = next((i for i in range(start + 1, len(lines)) if not lines[i].strip()), len(lines))
    return "\n".join(lines[start:end])


def test_obligations_text_names_the_defenders_with_agreements_and_sources(cli, db):
    result = cli("obligations", "PRK", "--as-of", "2025-01-01", "--db", db)
    assert result.exit_code == 0, result.output
    bound = _section(result.stdout, "bound to defend PRK")
    assert "RUS (Russia)" in bound and "CHN (China)" in bound
    assert "A-PRK-RUS-2024" in bound and "Article 4" in bound
    assert "A-CHN-PRK-1961" in bound and "Article II" in bound
    assert "rus-prk-treaty-signed" in bound and "1961" in bound
    assert "records: " in result.stdout


def test_obligations_text_in_2023_leaves_russia_out(cli, db):
    result = cli("obligations", "PRK", "--as-of", "2023-01-01", "--db", db)
    bound = _section(result.stdout, "bound to defend PRK")
    assert "CHN (China)" in bound and "RUS" not in bound
    assert "A-PRK-RUS-2024" not in result.stdout


def test_obligations_text_for_iran_says_nobody_is_bound(cli, db):
    result = cli("obligations", "IRN", "--as-of", "2025-06-01", "--db", db)
    assert "no state is bound by a defence clause" in result.stdout
    assert "A-IRN-RUS-2025" in result.stdout and "no defence clause" in result.stdout


def test_finland_text_before_and_after_joining_nato(cli, db):
    after = cli("obligations", "FIN", "--as-of", "2023-05-01", "--db", db).stdout
    assert "NATO" in after.splitlines()[1] and "A-FIN-NATO-2023" in after
    assert "North Atlantic Treaty, Article 5" in after
    before = cli("obligations", "FIN", "--as-of", "2023-01-01", "--db", db).stdout
    assert "NATO" not in before.splitlines()[1]
    assert "A-FIN-NATO-2023" not in before


def test_text_views_of_the_other_commands(cli, db):
    net = cli("network", "--as-of", "2025-06-01", "--db", db)
    assert net.exit_code == 0 and "PRK -- RUS" in net.stdout and "PRK -> RUS" in net.stdout
    found = cli("blocs", "--as-of", "2025-06-01", "--compare", "2021-01-01", "--db", db)
    assert found.exit_code == 0 and "BLR, CHN, IRN, PRK, RUS" in found.stdout
    assert "FIN joined" in found.stdout
    aligned = cli("alignment", "RUS", "PRK", "--from", "2023", "--to", "2025", "--db", db)
    assert aligned.exit_code == 0 and "C-PRK-to-RUS-troop_deployment" in aligned.stdout
    grown = cli("growth", "RUS", "--from", "2023", "--to", "2025", "--db", db)
    assert grown.exit_code == 0 and "BLR, PRK" in grown.stdout
    both = cli("obligations", "--attacker", "TUR", "--target", "GRC", "--db", db)
    assert both.exit_code == 0 and "bound to defend both sides" in both.stdout


def test_network_page_json_is_the_python_api_and_text_says_how_many(cli, db):
    args = ["--as-of", "2025-06-01", "--region", "Asia", "--limit", "3", "--offset", "1"]
    result = cli("network-page", *args, "--db", db, "--json")
    assert result.exit_code == 0, result.output
    printed = json.loads(result.stdout)
    kb = blocwatch.open(db)
    assert printed == _api(kb.network_page("2025-06-01", region="Asia", limit=3, offset=1))
    assert len(printed["edges"]) == 3 and printed["total"] > 4
    text = cli("network-page", *args, "--db", db).stdout
    assert f"ties 2-4 of {printed['total']}" in text
    assert f"agreements {printed['totals']['agreements']}" in text
    first = printed["edges"][0]
    arrow = "->" if first["directed"] else "--"
    assert f"{first['source']} {arrow} {first['target']}" in text


def test_obligations_page_json_is_the_python_api_and_text_says_how_many(cli, db):
    args = ["USA", "--as-of", "2025-06-01", "--limit", "5", "--offset", "3"]
    result = cli("obligations-page", *args, "--db", db, "--json")
    assert result.exit_code == 0, result.output
    printed = json.loads(result.stdout)
    kb = blocwatch.open(db)
    assert printed == _api(kb.obligations_page("USA", as_of="2025-06-01", limit=5, offset=3))
    total = printed["totals"]["second_order"]
    assert len(printed["second_order"]) == 5 and total > 8
    text = cli("obligations-page", *args, "--db", db).stdout
    assert f"chains 4-8 of {total}" in text
    first = printed["second_order"][0]
    assert f"{first['actor']} -> " in text
    assert f"{first['via']} {printed['second_order_by_via'][first['via']]}" in text


@pytest.mark.parametrize(
    "args, message",
    [
        (["obligations-page", "PRK", "--limit", "9999"], "limit must be 0..5000"),
        (["obligations-page", "PRK", "--offset", "-1"], "offset at least 0"),
        (["obligations-page", "NATO"], "is an organisation"),
        (["obligations", "XYZ"], "unknown actor code 'XYZ'"),
        (["obligations", "PRK", "--as-of", "2025-13-01"], "bad as-of date"),
        (["obligations", "NATO"], "is an organisation"),
        (["obligations"], "name the state attacked"),
        (["obligations", "PRK", "--target", "IRN", "--attacker", "USA"], "two targets"),
        (["network", "--kind", "weapons"], "unknown network kind"),
        (["network", "--as-of", "yesterday"], "bad as-of date"),
        (["network-page", "--region", "Atlantis"], "unknown region 'Atlantis'"),
        (["network-page", "--limit", "9999"], "limit must be 0..5000"),
        (["blocs", "--compare", "2025-02-29"], "bad as-of date"),
        (["alignment", "RUS", "RUS"], "two different actors"),
        (["alignment", "RUS", "PRK", "--from", "2025", "--to", "2021"], "is after"),
        (["growth", "QQQ"], "unknown actor code"),
        (["growth", "RUS", "--from", "twenty"], "expected a year"),
    ],
)
def test_mistakes_are_one_line_errors(cli, db, args, message):
    result = cli(*args, "--db", db)
    assert result.exit_code == 2
    assert result.exception is None
    assert result.stdout == ""
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output
