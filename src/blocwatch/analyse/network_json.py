"""The network as of a date as JSON text, streamed: what ``/network`` sends.

:func:`blocwatch.analyse.network` answers with Python objects: for a day of a million facts,
53,000 edges listing 437,000 (edge, record) entries and 186,000 parsed details, which the
HTTP answer then copies (``to_dict``) and writes out again as JSON. Here the details are
never parsed: each record span's detail is kept in the as-of index as the JSON text of its
entry (``edge_spans.detail``), the database joins each pair's texts, strongest first, as
:class:`~.network.Edge` lists them (:func:`~.day_edges.grouped_texts`; where it cannot be
trusted with that order, they are looked up per record in Python), and each edge is
written as its head (kind, ends, weight, label, record ids) followed by that text, copied
once, into the chunk that holds it.
Edges that are not grouped (read row by row, built from the records of a kind without the
index, or under a confidence floor) are :class:`~.network.Edge` objects written with
``json.dumps``.

The text parses to what ``json.dumps(network(...).to_dict())`` parses to (tests compare the
two); it is not the same bytes (the stored details keep ``json.dumps``' default spacing).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from json.encoder import encode_basestring_ascii as _quote
from typing import Any

from .network import Edge, network_edges, nodes_of, record_ids_of

__all__ = ["EdgeText", "network_json"]

# Edges per chunk of the answer.
CHUNK = 2000


class EdgeText:
    """An edge grouped from the index, as the JSON text of its ``Edge.to_dict()`` in two
    parts (``head``: up to the list of details; ``details``: the records' texts, strongest
    first, or all of them in one text, joined by commas), with what the network's order
    and totals need. The parts are copied once, into the chunk of the answer that holds
    them."""

    __slots__ = ("kind", "source", "target", "record_ids", "head", "details")

    def __init__(
        self,
        kind: str,
        source: str,
        target: str,
        record_ids: list[str],
        head: str,
        details: list[str],
    ):
        self.kind = kind
        self.source = source
        self.target = target
        self.record_ids = record_ids
        self.head = head
        self.details = details

    @classmethod
    def of(
        cls,
        kind: str,
        source: str,
        target: str,
        directed: bool,
        weight: float,
        label: str,
        record_ids: list[str],
        details: list[str],
    ) -> EdgeText:
        """What :class:`Edge` would hold, to be written out (``details``: the records'
        stored JSON texts, strongest first, or all of them in one text, joined by
        commas)."""
        # One f-string: the edge's head is made once per edge, 53,000 times on a late day.
        head = (
            f'{{"kind":{_quote(kind)},"source":{_quote(source)},"target":{_quote(target)},'
            f'"directed":{"true" if directed else "false"},"weight":'
            f"{float.__repr__(weight) if type(weight) is float else json.dumps(weight)},"
            f'"label":{_quote(label)},"record_ids":[{_quoted(record_ids)}],"details":['
        )
        return cls(kind, source, target, record_ids, head, details)


def _quoted(ids: list[str]) -> str:
    """``ids`` as the items of a JSON list of strings: one id quoted (half the edges of a
    late day); several joined inside quotes in one go when none needs escaping (printable
    ASCII, no quote or backslash: most ids), else each one quoted."""
    if len(ids) == 1:
        return _quote(ids[0])
    joined = '","'.join(ids)
    if (
        joined.isascii()
        and joined.isprintable()
        and "\\" not in joined
        and joined.count('"') == 2 * len(ids) - 2
    ):
        return f'"{joined}"' if ids else ""
    return ",".join(map(_quote, ids))


def _pieces(edges: list[EdgeText | Edge], last: bool = True) -> list[str]:
    """The texts that, put end to end, write ``edges``, each followed by a comma but the
    last one when ``last``."""
    out: list[str] = []
    add = out.append
    for edge in edges:
        if type(edge) is EdgeText:
            add(edge.head)
            details = edge.details
            add(details[0] if len(details) == 1 else ",".join(details))
            add("]},")
        else:
            add(json.dumps(edge.to_dict(), separators=(",", ":")))
            add(",")
    if out and last:
        out[-1] = out[-1][:-1]
    return out


def network_json(
    source: Any,
    as_of: str | None = None,
    kind: str | None = None,
    min_confidence: float | None = None,
) -> Iterator[str]:
    """The JSON text of ``network(source, as_of, kind, min_confidence).to_dict()`` in
    chunks (the same keys, nodes, edges in the same order, and record ids), made without
    parsing the records' details. The store is read before this returns (a bad date, kind
    or confidence raises BlocwatchError here, before any text); the chunks are written as
    they are asked for."""
    as_of, edges = network_edges(source, as_of, kind, min_confidence, edge=EdgeText.of, parse=False)
    return _chunks(as_of, kind, edges)


def _chunks(as_of: str, kind: str | None, edges: list[EdgeText | Edge]) -> Iterator[str]:
    nodes = json.dumps([n.to_dict() for n in nodes_of(edges)], separators=(",", ":"))
    yield f'{{"as_of":{json.dumps(as_of)},"kind":{json.dumps(kind)},"nodes":{nodes},"edges":['
    for start in range(0, len(edges), CHUNK):
        # Each chunk ends with the comma before the next one's first edge.
        yield "".join(_pieces(edges[start : start + CHUNK], start + CHUNK >= len(edges)))
    yield '],"record_ids":[' + _quoted(record_ids_of(edges)) + "]}"
