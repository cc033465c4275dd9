"""The fourth fact kind, joint military exercises, end to end: what the reader takes and
leaves, one record per exercise across sources, queries, the network's exercise edges, the
exports, the HTTP API and the optional record type of ``eval``."""

from __future__ import annotations

import json

import networkx as nx
import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient

import blocwatch
from blocwatch.errors import BlocwatchError
from blocwatch.eval import score
from blocwatch.extract import extract
from blocwatch.extract.exercises import Exercise
from blocwatch.model import Document, Evidence, Extraction
from blocwatch.resolve import rebuild, resolve_documents
from blocwatch.store.documents import insert_documents
from blocwatch.store.facts import replace_facts
from blocwatch.web import create_app


def exercises(text: str, published: str = "2024-07-20") -> list[tuple]:
    found = extract("t", text, published).facts("exercises")
    return [(e.participants, e.name, e.start, e.end, e.place, e.domain, e.status) for e in found]


def test_drills_held_with_name_dates_place_and_domain():
    text = (
        "Russia and China held joint naval drills named Joint Sea-2024 in the South China Sea"
        " from July 14 to July 17, the Chinese defence ministry said."
    )
    assert exercises(text) == [
        (
            ["CHN", "RUS"],
            "Joint Sea-2024",
            "2024-07-14",
            "2024-07-17",
            "South China Sea",
            "sea",
            "held",
        )
    ]


@pytest.mark.parametrize(
    "when, published, start, end",
    [
        ("from 3 to 9 June", "2024-07-20", "2024-06-03", "2024-06-09"),
        ("on 3-9 June 2023", "2024-07-20", "2023-06-03", "2023-06-09"),
        ("between June 3 and 9", "2024-07-20", "2024-06-03", "2024-06-09"),
        ("from Sept. 28 to 30, 2022,", "2024-07-20", "2022-09-28", "2022-09-30"),
        ("from 28 June to 2 July", "2024-07-20", "2024-06-28", "2024-07-02"),
    ],
)
def test_a_span_of_days_gives_the_start_and_the_end(when, published, start, end):
    text = f"India and Japan held joint naval drills {when} in the Bay of Bengal."
    (found,) = exercises(text, published)
    assert (found[0], found[2], found[3]) == (["IND", "JPN"], start, end)


def test_drills_that_started_or_are_ongoing_are_held():
    for verb in ("have started", "commenced", "are ongoing in"):
        text = f"Iran, Russia and China {verb} the Ocean Shield naval drills near Chabahar."
        (found,) = exercises(text)
        assert (found[0], found[1], found[6]) == (["CHN", "IRN", "RUS"], "Ocean Shield", "held")


def test_a_state_that_watched_as_an_observer_takes_no_part_anywhere_in_the_sentence():
    text = (
        "The pact lets Japan join the annual Cope Thunder drills staged by the Philippines and"
        " the United States, which Japanese officers had attended as observers."
    )
    (found,) = exercises(text)
    assert found[0] == ["PHL", "USA"]


def test_the_place_of_a_second_exercise_named_later_is_not_the_first_ones():
    text = (
        "Russia and Belarus held joint drills last week, with a larger exercise in Kazakhstan"
        " planned for next year."
    )
    (found,) = exercises(text)
    assert found[4] is None


def test_a_later_report_by_two_of_the_states_outlets_is_the_same_exercise():
    text = (
        "Iran, Russia and China began joint naval drills in the Arabian Sea on Monday. Video"
        " from Chinese state media and the Russian defence ministry showed the ongoing drills,"
        " called Ocean Guard 2024."
    )
    (found,) = exercises(text)
    assert (found[0], found[1], found[2]) == (
        ["CHN", "IRN", "RUS"],
        "Ocean Guard 2024",
        "2024-07-15",
    )


def test_the_year_in_an_exercises_name_is_no_date_of_it():
    text = "Iran, Russia and China held the Ocean Guard 2023 joint maritime exercises."
    (found,) = exercises(text, published=None)
    assert (found[1], found[2]) == ("Ocean Guard 2023", None)


@pytest.mark.parametrize(
    "text",
    [
        "Serbia and Hungary began joint army drills on Monday, the first since Russia invaded"
        " Ukraine.",
        "The navies of India and France began the Varuna exercise off Goa against the backdrop"
        " of China's growing presence.",
        "Amid tensions with China, India and France began the Varuna exercise off Goa.",
        "India and France began the Varuna exercise off Goa, in a message to China.",
    ],
)
def test_a_state_named_in_the_drills_setting_takes_no_part(text):
    (found,) = exercises(text)
    assert "CHN" not in found[0] and "RUS" not in found[0] and "UKR" not in found[0]
    assert len(found[0]) == 2


def test_a_span_of_percentages_is_no_span_of_days():
    text = "India and Japan held joint naval drills in May, as trade grew 5 to 12 percent."
    (found,) = exercises(text)
    assert (found[2], found[3]) == ("2024-05", None)


def test_an_announced_exercise_is_scheduled_and_a_generic_one_is_unnamed():
    announced = "Iran, Russia and China will hold an exercise named Maritime Belt in March."
    assert exercises(announced)[0][:2] == (["CHN", "IRN", "RUS"], "Maritime Belt")
    assert exercises(announced)[0][-1] == "scheduled"
    generic = "Moscow and Beijing have conducted high-level joint military drills."
    assert exercises(generic) == [(["CHN", "RUS"], None, None, None, None, None, "held")]


@pytest.mark.parametrize(
    "text",
    [
        "The treaty Russia signed with Iran outlines joint military exercises and port calls.",
        "The pact simplifies bringing troops of Japan and Australia in for military exercises.",
        "The United States and the Philippines plan to hold joint exercises next year.",
        "India did not take part in the drills with Russia and China.",
        "The drills by Russia and Belarus were cancelled at the last minute.",
        "Russia held drills in the Baltic Sea, watched closely by Finland.",
        "Russia and China held talks and urged both sides to exercise restraint.",
    ],
    ids=["provision", "purpose", "plan", "negated", "called-off", "one-state", "verb"],
)
def test_what_is_no_exercise(text):
    assert exercises(text) == []


def test_the_two_nations_are_the_pair_named_last():
    text = (
        "Russia and China signed a partnership in 2022. It covers space and energy."
        " Short of an alliance, the two nations have conducted joint military drills."
    )
    assert exercises(text)[0][0] == ["CHN", "RUS"]


def test_critics_observers_and_places_are_no_participants():
    critics = "North Korea condemned the drills held by the United States, South Korea and Japan."
    assert exercises(critics)[0][0] == ["JPN", "KOR", "USA"]
    observed = (
        "China, Iran and Russia held naval drills in the Gulf of Oman, with observers from"
        " Pakistan and Azerbaijan."
    )
    assert exercises(observed)[0][0] == ["CHN", "IRN", "RUS"]
    # A bloc-building denial later in the sentence does not negate the drills.
    hedged = "Beijing and Moscow have stepped up joint exercises, though they are not allies."
    assert exercises(hedged)[0][0] == ["CHN", "RUS"]


def test_a_later_sentence_about_the_drills_completes_the_exercise():
    text = (
        "China and Russia began joint naval drills named Joint Sea-2024 on Sunday. "
        "The drills took place off Zhanjiang and ended on July 20."
    )
    (found,) = extract("t", text, "2024-07-15").facts("exercises")
    assert (found.name, found.start, found.place) == ("Joint Sea-2024", "2024-07-14", "Zhanjiang")
    assert len(found.evidence) == 2


# --- store, resolution, queries -----------------------------------------------------------


def _store(engine, doc_id: str, published: str, *drills: Exercise) -> None:
    extraction = Extraction(doc_id=doc_id)
    extraction.put("exercises", list(drills))
    with engine.begin() as conn:
        insert_documents(
            conn, [Document(id=doc_id, text=f"Text of {doc_id}.", published=published)]
        )
        replace_facts(conn, extraction, "test")
        resolve_documents(conn, [doc_id])


def _drill(participants, name=None, start=None, domain="sea") -> Exercise:
    sentence = f"{' and '.join(participants)} held drills."
    return Exercise(
        participants=list(participants),
        name=name,
        start=start,
        domain=domain,
        evidence=[Evidence(0, len(sentence), sentence)],
    )


@pytest.fixture
def drills(engine):
    _store(engine, "a", "2024-07-15", _drill(["RUS", "CHN"], "Joint Sea-2024", "2024-07-14"))
    _store(engine, "b", "2024-07-16", _drill(["CHN", "RUS"], None, "2024-07"))
    _store(engine, "c", "2023-07-21", _drill(["CHN", "RUS"], "Joint Sea-2023", "2023-07"))
    _store(engine, "d", "2019-05-02", _drill(["IRN", "RUS"], None, "2019-05", domain=None))
    return engine


def test_reports_of_one_exercise_are_one_record(drills):
    kb = blocwatch.open(drills.url.render_as_string(hide_password=False))
    found = kb.find("exercises", actor=["RUS", "CHN"])
    assert [e.id for e in found] == ["E-CHN-RUS-joint-sea-2023", "E-CHN-RUS-joint-sea-2024"]
    latest = kb.record("E-CHN-RUS-joint-sea-2024")
    assert (latest.start, latest.n_sources, latest.status) == ("2024-07-14", 2, "held")
    assert [s.doc_id for s in kb.sources(latest.id)] == ["a", "b"]
    assert kb.find("exercise", since="2024").to_dicts()[0]["name"] == "Joint Sea-2024"
    assert [c.record_id for c in kb.changes("2024-07-16")] == [latest.id]
    with pytest.raises(BlocwatchError, match="unknown domain"):
        kb.find("exercises", domain="space")


def test_incremental_resolution_equals_a_rebuild(drills):
    kb = blocwatch.open(drills.url.render_as_string(hide_password=False))
    before = kb.find("exercises").to_dicts()
    rebuild(drills)
    assert kb.find("exercises").to_dicts() == before


def test_exercise_edges_in_the_network_fade_after_three_years(drills):
    kb = blocwatch.open(drills.url.render_as_string(hide_password=False))
    network = kb.network(as_of="2024-12-31", kind="exercises")
    (edge,) = network.edges
    assert (edge.source, edge.target, edge.weight, edge.kind) == ("CHN", "RUS", 0.3, "exercise")
    assert edge.record_ids == ["E-CHN-RUS-joint-sea-2023", "E-CHN-RUS-joint-sea-2024"]
    assert kb.network(as_of="2020-01-01", kind="exercises").edge("IRN", "RUS", "exercise")
    assert not kb.network(as_of="2023-01-01", kind="exercises").edge("IRN", "RUS", "exercise")
    assert "exercise" in {e.kind for e in kb.network(as_of="2024-12-31").edges}


def test_every_export_carries_the_exercises(drills, tmp_path):
    kb = blocwatch.open(drills.url.render_as_string(hide_password=False))
    kb.export("jsonl", str(tmp_path / "kb.jsonl"))
    lines = [json.loads(x) for x in (tmp_path / "kb.jsonl").read_text().splitlines()]
    mine = [x for x in lines if x["type"] == "exercise"]
    assert len(mine) == 3 and mine[0]["participants"] and mine[0]["sources"]
    kb.export("graphml", str(tmp_path / "kb.graphml"))
    graph = nx.read_graphml(tmp_path / "kb.graphml")
    relations = {d["relation"] for _, _, d in graph.edges(data=True)}
    assert relations == {"exercise"}
    kb.export("parquet", str(tmp_path / "kb.parquet"))
    table = pq.read_table(tmp_path / "kb.parquet").to_pylist()
    rows = [r for r in table if r["type"] == "exercise"]
    assert {r["domain"] for r in rows} == {"sea", None}
    assert rows[0]["participants"] and rows[0]["evidence"]


def test_the_http_api_lists_exercises_and_the_kinds(drills):
    client = TestClient(create_app(drills.url.render_as_string(hide_password=False)))
    kinds = client.get("/api/v1/kinds").json()
    assert {"name": "exercise", "edges": "exercise", "network": "exercises"}.items() <= (
        kinds[-1].items()
    )
    page = client.get("/api/v1/exercises", params={"actor": ["RUS", "IRN"]}).json()
    assert [e["id"] for e in page["items"]] == ["E-IRN-RUS-2019"]
    assert client.get("/api/v1/exercises/E-IRN-RUS-2019").json()["start"] == "2019-05"
    assert client.get("/api/v1/exercises", params={"colour": "red"}).status_code == 400


# --- eval: an optional record type ---------------------------------------------------------


def test_exercises_are_scored_only_where_gold_lists_them():
    drill = {"participants": ["RUS", "CHN"], "name": "X"}
    gold = [
        {"id": "1", "exercises": [drill]},
        {"id": "2"},  # not annotated for exercises: predictions there are not counted
    ]
    pred = [
        {"id": "1", "exercises": [{"participants": ["chn", "rus"]}, {"participants": ["IRN"]}]},
        {"id": "2", "exercises": [drill]},
    ]
    counts = score(gold, pred).totals.more["exercises"]
    assert (counts.tp, counts.fp, counts.fn) == (1, 1, 0)
    assert "exercises" not in score([{"id": "2"}], pred).totals.more


def test_a_pairs_practice_is_no_named_exercise(engine):
    _store(engine, "old", "2021-06-28", _drill(["CHN", "RUS"], domain=None))
    _store(engine, "new", "2024-07-15", _drill(["CHN", "RUS"], "Joint Sea-2024", "2024-07-14"))
    _store(engine, "again", "2024-08-01", _drill(["RUS", "CHN"], domain=None))
    kb = blocwatch.open(engine.url.render_as_string(hide_password=False))
    found = {e.id: e.n_sources for e in kb.find("exercises")}
    assert found == {"E-CHN-RUS-joint-sea-2024": 1, "E-CHN-RUS-undated": 2}


def test_the_cli_finds_records_of_any_kind(drills, cli):
    db = drills.url.render_as_string(hide_password=False)
    result = cli("find", "exercises", "-w", "actor=IRN", "--db", db, "--json")
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["E-IRN-RUS-2019"]
    table = cli("find", "exercises", "-w", "since=2024", "--db", db)
    assert "E-CHN-RUS-joint-sea-2024" in table.stdout and "domain" in table.stdout
    bad = cli("find", "exercises", "-w", "colour=red", "--db", db)
    assert bad.exit_code == 2 and "unknown filter for exercises: colour" in bad.stderr


def test_an_actors_timeline_has_its_exercises(drills):
    kb = blocwatch.open(drills.url.render_as_string(hide_password=False))
    drilled = [(e.date, e.record_id, e.doc_ids) for e in kb.timeline("IRN") if e.kind == "exercise"]
    assert drilled == [("2019-05", "E-IRN-RUS-2019", ["d"])]
