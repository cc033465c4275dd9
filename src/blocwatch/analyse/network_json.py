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
import operator
from collections.abc import Iterator
from json.encoder import encode_basestring_ascii as _quote
from typing import Any

from .network import Edge, network_edges, nodes_of, record_ids_of

__all__ = ["EdgeText", "network_json"]

# Edges per chunk of the answer.
CHUNK = 2000


class EdgeText(tuple):
    """An edge grouped from the index, written as the JSON text of its ``Edge.to_dict()``
    when its chunk of the answer is made: what :class:`Edge` holds but the details, which
    are the records' stored JSON texts (strongest first, or all of them in one text, joined
    by commas), copied once, into the chunk that holds them. A plain tuple (made in C, 53,000
    times on a late day of a million facts; the fields are read by position in C too)."""

    __slots__ = ()

    kind = property(operator.itemgetter(0))
    source = property(operator.itemgetter(1))
    target = property(operator.itemgetter(2))
    directed = property(operator.itemgetter(3))
    weight = property(operator.itemgetter(4))
    label = property(operator.itemgetter(5))
    record_ids = property(operator.itemgetter(6))
    details = property(operator.itemgetter(7))

    @staticmethod
    def of(*fields: Any) -> EdgeText:
        """The edge of (kind, source, target, directed, weight, label, record ids, details):
        the arguments of :class:`Edge`, ``details`` the records' stored JSON texts."""
        return _new(EdgeText, fields)


_new = tuple.__new__


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


def _pieces(edges: list[EdgeText | Edge], plain_ids: bool, last: bool = True) -> list[str]:
    """The texts that, put end to end, write ``edges``, each followed by a comma but the
    last one when ``last``. ``plain_ids``: no record id of the edges needs escaping
    (:func:`_quoted`), so that an edge's ids are joined inside quotes as they are."""
    out: list[str] = []
    add = out.append
    quote = _quote
    for edge in edges:
        if type(edge) is EdgeText:
            kind, source, target, directed, weight, label, ids, details = edge
            if plain_ids:
                ids = f'"{ids[0]}"' if len(ids) == 1 else '"' + '","'.join(ids) + '"'
            else:
                ids = _quoted(ids)
            # One f-string: the edge's head is made once per edge, 53,000 times on a late day.
            add(
                f'{{"kind":{quote(kind)},"source":{quote(source)},"target":{quote(target)},'
                f'"directed":{"true" if directed else "false"},"weight":'
                f"{float.__repr__(weight) if type(weight) is float else json.dumps(weight)},"
                f'"label":{quote(label)},"record_ids":[{ids}],"details":['
            )
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


def answer_head(as_of: str, kind: str | None, nodes: list) -> str:
    """The answer's text before its first edge: the question and the nodes (ActorInfo)."""
    listed = json.dumps([n.to_dict() for n in nodes], separators=(",", ":"))
    return f'{{"as_of":{json.dumps(as_of)},"kind":{json.dumps(kind)},"nodes":{listed},"edges":['


def answer_tail(quoted_ids: str) -> str:
    """The answer's text after its last edge: the record ids, quoted and joined by commas."""
    return '],"record_ids":[' + quoted_ids + "]}"


def _chunks(as_of: str, kind: str | None, edges: list[EdgeText | Edge]) -> Iterator[str]:
    yield answer_head(as_of, kind, nodes_of(edges))
    # Every record id, checked once: when none needs escaping, each edge's are joined
    # inside quotes without a look at them.
    record_ids = record_ids_of(edges)
    quoted = _quoted(record_ids)
    plain = not record_ids or quoted[1:-1] == '","'.join(record_ids)
    for start in range(0, len(edges), CHUNK):
        # Each chunk ends with the comma before the next one's first edge.
        pieces = _pieces(edges[start : start + CHUNK], plain, start + CHUNK >= len(edges))
        yield "".join(pieces)
    yield answer_tail(quoted)
