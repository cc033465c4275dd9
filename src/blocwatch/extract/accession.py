"""Accession to and membership of organisations: "Finland joined NATO", "Sweden's accession
to NATO", "the accession of Greece and Turkey", "Iran's SCO membership was completed".
The joiner and the organisation are the parties (kind ``accession``)."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from ..base.tables import read_table, words_of_kind
from ..lang.en.words import agreements as en
from ..model import Event
from .actors import Mention
from .agreement_mention import AgreementMention
from .bystanders import party_mentions
from .party_lists import listed_after
from .provisions import defense_stance
from .reading import Cue, Reading, SentenceView
from .roles import governing_subject, is_role_candidate, mention_group_before
from .signing_dates import date_soon_after, nearest_date


def state_and_organisation(reading: Reading, parties: list[str]) -> bool:
    """Whether ``parties`` are one state and one organisation: who joins and what (an
    accession between two joiners, or without the organisation joined, says neither)."""
    orgs = [c for c in parties if reading.lex.members.get(c) and not reading.lex.is_state(c)]
    return len(parties) == 2 and len(orgs) == 1


_JOINING_WORDS = en.JOINING_WORDS
_BODY_LIKE_TERMS = en.BODY_LIKE_TERMS


def body_joined(reading: Reading, np) -> bool:
    """ "the country's admittance to the alliance", "to join the alliance": the organisation
    joined, which is no agreement of its own (the accession is read elsewhere)."""
    start, end, _kind = np
    if end - start != 1 or reading.lower(start) not in _BODY_LIKE_TERMS:
        return False
    i = start - 1
    if reading.lower(i) != "the":
        return False
    i -= reading.lower(i - 1) in ("to", "of", "into", "in")
    return reading.lower(i - 1) in _JOINING_WORDS


def accessions_in(reading: Reading, view: SentenceView) -> list[AgreementMention]:
    """A state joining an alliance: "Finland joined NATO", "Finland became the 31st member of
    NATO", "Sweden's accession to NATO". The joiner is the actor before the verb (or the
    possessor of "accession"); the alliance must follow within a few words."""
    if view.has("proposal_cues"):
        return []
    listed = (
        _accession_of(reading, view)
        or _admitted(reading, view)
        or _new_members(reading, view)
        or _membership_step(reading, view)
        or _entry_document(reading, view)
    )
    if listed:
        return listed
    out: list[AgreementMention] = []
    for cue in view.cues_of("agreement_verbs", "accession"):
        if out and not _joined_without_object(reading, view, cue):
            break  # a second clause that joins a body of its own is read no further
        if any(m.np_start <= cue.tok < m.np_end for m in out):
            continue
        org = next(
            (
                m
                for m in view.mentions
                if cue.tok_end <= m.tok <= cue.tok_end + 6
                and reading.lex.members.get(m.code)
                and not reading.lex.is_state(m.code)
            ),
            None,
        )
        if org is None:
            org = _body_of_relative(reading, view, cue) or _alliance_in_context(reading, view, cue)
        if org is None and _joined_without_object(reading, view, cue):
            org = _organisation_in_context(reading, view)  # "Albania had joined in 2009"
        if org is None:
            continue
        if cue.text.lower() == "accession" and reading.lower(org.tok - 1) not in ("to", "into"):
            continue
        if cue.text.lower().startswith("bec") and not any(
            reading.lower(i) in ("member", "ally", "members", "allies")
            for i in range(cue.tok_end, cue.tok_end + 9)
        ):
            continue  # "became a partner of", "became the host of": not membership
        if cue.text.lower().startswith("bec") and _member_to_act(reading, view, cue):
            continue  # "became the last NATO member to ratify Sweden's bid": a member already
        if _member_of_another_body(reading, view, cue):
            continue  # "became a permanent member of the exercise": no alliance joined
        if cue.text.lower() == "become" and not _perfect(reading, cue):
            continue  # "will become members", "invited to become": a plan
        if cue.text.lower() == "becoming" and not _after_comma(reading, cue):
            continue  # "aims at becoming a member", "on the way to becoming one": a plan
        joiner = (
            [
                m
                for m in mention_group_before(reading, view, cue.tok, max_gap=8)
                if reading.lex.is_state(m.code) and is_role_candidate(reading, m)
            ]
            or [  # "Finland, which borders Russia, joined ...": the sentence's subject
                m
                for m in view.mentions[:1]
                if m.tok < cue.tok
                and reading.lex.is_state(m.code)
                and is_role_candidate(reading, m)
            ]
        )
        if not joiner:
            continue
        # "Hungary ratified Sweden's accession": the possessor joins; "Egypt, Iran and the
        # UAE joined BRICS": each state of the list joins.
        found = [_joining(reading, view, cue, j, org) for j in _joiners(reading, view, cue, joiner)]
        _respectively(reading, view, cue, found)
        if org.tok < view.tok or org.tok < cue.tok:
            # the body named elsewhere ("joined the alliance"): only a date told right after
            # the body's noun dates the joining, not one of another clause
            date = date_soon_after(reading, view, cue.tok_end, 5)
            for m in found:
                m.signed = date
                m.events = [replace(e, date=date) for e in m.events]
        found += _followers(reading, view, cue, org, {j.code for j in joiner})
        # "India and Pakistan became members of the SCO in 2017, while Iran joined in 2023":
        # a later "joined" with no object of its own joins the same body
        out += [
            m
            for m in found
            if (m.parties[0], m.parties[1]) not in {(o.parties[0], o.parties[1]) for o in out}
        ]
    if out:
        return out
    return _membership(reading, view) or _made_member(reading, view)


def _member_to_act(reading: Reading, view: SentenceView, cue: Cue) -> bool:
    """ "became the last NATO member to ratify ...", "became the first ally to send ...": the
    member noun is followed by "to" and a verb, a rank among members, not a joining."""
    for i in range(cue.tok_end, min(cue.tok_end + 9, view.tok_end)):
        if reading.lower(i) in ("member", "ally", "members", "allies", "state", "country"):
            verb = reading.lower(i + 2)
            return (
                i + 2 < view.tok_end
                and reading.lower(i + 1) == "to"
                and reading.doc[i + 2].is_alpha
                and reading.doc[i + 2].is_lower
                and verb not in ("the", "a", "an", "join", "accede", "enter")
            )
    return False


def _made_member(reading: Reading, view: SentenceView) -> list[AgreementMention]:
    """ "..., making Sweden NATO's 32nd member", "which made Finland the alliance's 31st
    member": the state after "making" joins the organisation named before "'s member"."""
    if "mak" not in view.text and "made" not in view.text:
        return []  # most sentences: no look at their words
    words = reading.lowers(view.tok, view.tok_end)
    if not _MAKING.intersection(words) or not {"member", "ally"}.intersection(words):
        return []
    by_tok = {m.tok: m for m in view.mentions}
    for i in range(view.tok, view.tok_end):
        joiner = by_tok.get(i + 1) if reading.lower(i) in _MAKING else None
        if joiner is None or not reading.lex.is_state(joiner.code):
            continue
        j = joiner.tok_end + (reading.lower(joiner.tok_end) == "the")
        org = by_tok.get(j)
        if org is None or reading.lex.is_state(org.code) or not reading.lex.members.get(org.code):
            continue
        rest = reading.lowers(org.tok_end, min(org.tok_end + 4, view.tok_end))
        if rest[:1] in (["'s"], ["’s"]) and ("member" in rest or "ally" in rest):
            doc_tok = reading.doc[i]
            cue = Cue(
                "agreement_verbs",
                "accession",
                doc_tok.idx,
                doc_tok.idx + len(doc_tok),
                i,
                i + 1,
                doc_tok.text,
            )
            return [_joining(reading, view, cue, joiner, org)]
    return []


_MAKING = frozenset(("making", "made", "makes"))
_ADMITS = words_of_kind("agreement_words.tsv", "admit")
_BODY_NOUNS = en.BODY_NOUNS
_NOT_DONE = en.NOT_DONE


def _organisation_at(reading: Reading, view: SentenceView, i: int) -> Mention | None:
    """The organisation token ``i`` names: by name ("BRICS", "the Brics bloc"), or by a body
    noun ("the bloc", "the alliance") that stands for the one the text has been naming."""
    by_tok = {m.tok: m for m in view.mentions}
    j = i + (reading.lower(i) == "the")
    m = by_tok.get(j)
    if m is not None:
        if reading.lex.members.get(m.code) and not reading.lex.is_state(m.code):
            return m
        return None
    if reading.lower(j) in _BODY_NOUNS:
        return _organisation_in_context(reading, view)
    return None


def _into_the_body(reading: Reading, view: SentenceView, end: int) -> bool:
    """What follows the states an organisation took in makes it a membership: "as (full)
    members", "to/into" the body itself, or the end of the clause ("admitted Egypt and
    Iran."); not "to its sanctions list" or "to a list of rivals"."""
    nxt = reading.lower(end) if end < view.tok_end else "."
    if nxt in ("to", "into"):
        org = _organisation_at(reading, view, end + 1)
        if org is not None and not reading.lex.is_state(org.code):
            return True
        words = reading.lowers(end + 1, min(end + 4, view.tok_end))
        return not _BODY_NOUNS.isdisjoint(words) and "list" not in words
    return nxt in ("as", ".", ",", ";", "in", "on", "at", "during", "last", "this")


_DECIDED_ADMITS = words_of_kind("agreement_words.tsv", "decided_admit")
_DECISIONS = words_of_kind("agreement_words.tsv", "decision_verb")


def _decided(reading: Reading, view: SentenceView, verb: int) -> bool:
    """ "decided to admit", "agreed to invite", "voted unanimously to admit": a base form the
    body's own past decision governs."""
    if reading.lower(verb - 1) != "to":
        return False
    # "decided unanimously to", "decided on Thursday to": a short adjunct may come between
    for i in range(verb - 2, max(view.tok - 1, verb - 6), -1):
        if reading.lower(i) in _DECISIONS:
            return _NOT_DONE.isdisjoint(reading.lowers(max(view.tok, i - 2), i))
        if not reading.doc[i].is_alpha:
            return False
    return False


def _members_of(reading: Reading, view: SentenceView, end: int, org: Mention | None = None):
    """The organisation that the states before token ``end`` are made members of: "(to
    become) (full) members of BRICS", "as new members of the grouping", "to join the bloc";
    ``org`` when the words name its membership without naming it again ("as new members")."""
    told = reading.lowers(end, min(end + 7, view.tok_end))
    if told[:1] == ["to"] and told[1:2] == ["join"]:
        return _organisation_at(reading, view, end + 2) or (org if told[2:3] == ["it"] else None)
    if told[:2] not in (["to", "become"], ["as"]) and told[:1] != ["as"]:
        return None
    for k, w in enumerate(told):
        if w in ("member", "members"):
            if told[k + 1 : k + 2] == ["of"]:
                return _organisation_at(reading, view, end + k + 2)
            return org
    return None


def _admitted(reading: Reading, view: SentenceView) -> list[AgreementMention]:
    """ "The BRICS group has admitted Egypt, Ethiopia and Iran as full members", "NATO
    welcomed Montenegro as its 29th member", "South Africa was added in 2010": the
    organisation takes the states in (active, the organisation its subject), or the states
    are taken in (passive, the organisation after "to"/"into" or the one the text names)."""
    words = reading.lowers(view.tok, view.tok_end)
    if _ADMITS.isdisjoint(words) and _DECIDED_ADMITS.isdisjoint(words):
        return []  # most sentences: no word to look at
    for k, word in enumerate(words):
        if word not in _ADMITS and word not in _DECIDED_ADMITS:
            continue
        verb = view.tok + k
        # "decided to admit Argentina and Egypt as new members", "agreed to invite Iran to
        # become a full member": the body's decision is the step taken
        decided = _decided(reading, view, verb)
        if word in _DECIDED_ADMITS and not decided:
            continue  # "admit" and "invite" alone: a plan, or another sense
        if not decided and not _NOT_DONE.isdisjoint(reading.lowers(max(view.tok, verb - 3), verb)):
            continue  # "will admit", "is set to include", "could be added"
        after = verb + 1
        if word == "expanded" and reading.lowers(after, after + 2) == ["to", "include"]:
            after += 2
        elif word == "expanded":
            continue
        passive = reading.lower(verb - 1) in ("was", "were", "been")
        if passive:
            joiners = [
                m
                for m in mention_group_before(reading, view, verb - 1, max_gap=2)
                if reading.lex.is_state(m.code)
            ]
            nxt = reading.lower(after)
            org = None
            if nxt in ("to", "into"):
                org = _organisation_at(reading, view, after + 1)
            elif nxt in (".", "in", "on", ",", "as") or after >= view.tok_end:
                org = _organisation_in_context(reading, view)
        else:
            joiners = [
                m for m in listed_after(reading, view, after) if reading.lex.is_state(m.code)
            ]
            subject = [m for m in view.mentions if m.tok < verb]
            org = _organisation_at(reading, view, subject[-1].tok) if subject else None
            if org is None and decided and joiners:
                # "We have decided to invite X and Y to become full members of BRICS"
                org = _members_of(reading, view, max(m.tok_end for m in joiners))
            if org is None:
                i = max(view.tok, verb - 6)
                while i < verb and reading.lower(i) not in _BODY_NOUNS:
                    i += 1
                org = _organisation_in_context(reading, view) if i < verb else None
            if joiners:
                end = max(m.tok_end for m in joiners)
                if reading.lower(end) in ("'s", "’s"):
                    continue  # "welcomed Finland's decision"
                if word == "welcomed" and reading.lower(end) != "as":
                    continue  # "welcomed Japan and Korea to the summit": guests
                if word in _DECIDED_ADMITS and _members_of(reading, view, end, org) is None:
                    continue  # "decided to invite Iran to the summit": a guest
                if word not in _DECIDED_ADMITS and not _into_the_body(reading, view, end):
                    continue  # "the EU added Belarus to its sanctions list": not a joining
        if not joiners or org is None or reading.lex.is_state(org.code):
            continue
        cue = Cue("agreement_verbs", "accession", 0, 0, verb, verb + 1, word)
        out = [_joining(reading, view, cue, j, org) for j in joiners if j.code != org.code]
        if decided:
            for m in out:
                # the day of the decision is not the day the states join
                m.signed = None
                m.events = [Event("accession", None, [view.evidence()])]
        return out
    return []


_ENTRY_WORDS = en.ENTRY_WORDS
_DOCUMENT_KINDS = en.ENTRY_DOCUMENT_KINDS


def _entry_document(reading: Reading, view: SentenceView) -> list[AgreementMention]:
    """ "India signed the SCO memorandum of obligations, starting its inclusion into the
    organisation", "Belarus signed a memorandum on becoming a member of the SCO", "a
    memorandum on Iran's obligations in the SCO was signed. It paves the way for Iran's full
    membership": a document signed by one state, with an organisation and no state after
    the signing word, in a sentence (or before the next) that speaks of joining the body, is
    that state's accession. A state already a member then signs no accession."""
    signing = view.cues_of("agreement_verbs", "signed")
    if not signing:
        return []
    documents = [c for c in view.cues_of("agreement_terms") if c.value in _DOCUMENT_KINDS]
    if not documents:
        return []
    words = set(reading.lowers(view.tok, view.tok_end))
    if _ENTRY_WORDS.isdisjoint(words):
        later = reading.sentences[view.index + 1 : view.index + 2]
        if not later or _ENTRY_WORDS.isdisjoint(reading.lowers(later[0].tok, later[0].tok_end)):
            return []
    verb = signing[0]
    after = [m for m in view.mentions if m.tok >= verb.tok_end]
    if any(reading.lex.is_state(m.code) for m in after):
        return []  # "signed a memorandum with Russia, an SCO member": a partner, no joining
    orgs = {
        m.code: m
        for m in view.mentions
        if reading.lex.members.get(m.code)
        and not reading.lex.is_state(m.code)
        and m.kind not in ("capital", "seat")
    }
    if len(orgs) != 1:
        return []
    org = next(iter(orgs.values()))
    states = [
        m
        for m in view.mentions
        if m.tok < verb.tok and reading.lex.is_state(m.code) and is_role_candidate(reading, m)
    ]
    if not states:
        return []
    joiner = states[-1]
    if _member_already(reading, joiner.code, org.code):
        return []
    document = next((c for c in documents if c.tok > joiner.tok_end), documents[0])
    cue = Cue("agreement_verbs", "accession", 0, 0, document.tok, document.tok_end, verb.text)
    return [_joining(reading, view, cue, joiner, org)]


def _member_already(reading: Reading, state: str, org: str) -> bool:
    """Whether ``state`` was a member of ``org`` before the text was published (unknown
    publication: never said)."""
    published = reading.published_date
    if published is None:
        return False
    day = published.isoformat()
    return any(
        code == state and since and since < day and (until is None or until > day)
        for code, since, until in reading.lex.members.get(org, ())
    )


_MEMBERSHIP_STEPS = {
    r["word"]: r["value"]
    for r in read_table("agreement_words.tsv")
    if r["kind"] == "membership_step"
}


def _membership_step(reading: Reading, view: SentenceView) -> list[AgreementMention]:
    """ "Armenia froze its participation in the alliance", "Qatar quit OPEC in 2019": a state
    that suspends or ends its membership of an organisation was a member (an accession, with
    the step as its event; the sentence tells no day of joining)."""
    words = reading.lowers(view.tok, view.tok_end)
    if _MEMBERSHIP_STEPS.keys().isdisjoint(words):
        return []
    for k, word in enumerate(words):
        status = _MEMBERSHIP_STEPS.get(word)
        if status is None:
            continue
        verb = view.tok + k
        i = verb + 1 + (reading.lower(verb + 1) == "from")
        if reading.lower(i) in ("its", "their") and reading.lower(i + 1) in _MEMBERSHIP_NOUNS:
            if reading.lower(i + 2) not in ("in", "of"):
                continue
            i += 3
        elif status == "suspended":
            continue  # "froze the assets": only a membership is frozen here
        org = _organisation_at(reading, view, i)
        if org is None or reading.lex.is_state(org.code) or org.code in ("UN",):
            continue
        named = next((m for m in view.mentions if m.tok in (i, i + 1)), None)
        nxt = named.tok_end if named is not None else i + 1 + (reading.lower(i) == "the")
        if (
            nxt < view.tok_end
            and reading.doc[nxt].is_alpha
            and reading.doc[nxt].is_lower
            and (reading.lower(nxt) not in _AFTER_BODY)
        ):
            continue  # "left the CSTO summit": a meeting of the body, not the body
        actors = {(m.tok, m.code) for m in party_mentions(reading, view)}
        joiners = [
            m
            for m in mention_group_before(reading, view, verb, max_gap=3)
            if (m.tok, m.code) in actors  # "Amid the rift with Russia, Armenia froze ..."
        ]
        if not joiners:
            continue
        out = []
        for j in joiners:
            m = AgreementMention(view, verb, verb + 1, "accession", [j.code, org.code], "strong")
            date = nearest_date(reading, view, verb, [], None)
            m.events.append(Event(status, date, [view.evidence()]))
            out.append(m)
        return out
    return []


_MEMBERSHIP_NOUNS = words_of_kind("agreement_words.tsv", "membership_noun")
_AFTER_BODY = words_of_kind("agreement_words.tsv", "after_body")


def _new_members(reading: Reading, view: SentenceView) -> list[AgreementMention]:
    """ "The group now counts three new members. They are Chile, Peru and Ghana": the
    states the sentence lists are the new members the sentence
    before told of."""
    words = reading.lowers(view.tok, min(view.tok_end, view.tok + 4))
    if words[:2] not in (["these", "are"], ["they", "are"], ["these", "include"]):
        return []
    if view.index == 0:
        return []
    prev = reading.sentences[view.index - 1]
    told = reading.lowers(prev.tok, prev.tok_end)
    if "members" not in told or "new" not in told or _ADMITS.isdisjoint(told):
        return []
    k = next(k for k, w in enumerate(told) if w in _ADMITS)
    if not _NOT_DONE.isdisjoint(told[max(0, k - 3) : k]):
        return []  # "will expand to include six new members"
    org = next(
        (
            m
            for m in prev.mentions
            if reading.lex.members.get(m.code) and not reading.lex.is_state(m.code)
        ),
        None,
    )
    joiners = [m for m in listed_after(reading, view, view.tok + 2) if reading.lex.is_state(m.code)]
    if org is None or not joiners:
        return []
    at = view.tok + 1
    cue = Cue("agreement_verbs", "accession", 0, 0, at, at + 1, "are")
    return [_joining(reading, view, cue, j, org) for j in joiners]


def _joined_without_object(reading: Reading, view: SentenceView, cue: Cue) -> bool:
    """ "Albania and Croatia had joined in 2009.": a verb of joining with no object, a date
    or the sentence's end right after it (the body is the one the text has been naming)."""
    if cue.text.lower() not in _JOIN_VERBS:
        return False
    after = reading.lower(cue.tok_end)
    if cue.tok_end >= view.tok_end or after in (".", ";"):
        return True
    return after in ("in", "on") and date_soon_after(reading, view, cue.tok_end, 1) is not None


def _followers(
    reading: Reading, view: SentenceView, cue: Cue, org: Mention, joiners: set[str]
) -> list[AgreementMention]:
    """States told to have joined after the joiners, each with its own date: "joined the
    alliance in 2009, followed by Montenegro in 2017 and North Macedonia in 2020", "Finland
    joined NATO in 2023 and Sweden followed in March 2024"."""
    out: list[AgreementMention] = []
    for i in range(cue.tok_end, view.tok_end):
        if reading.lower(i) != "followed":
            continue
        if reading.lower(i + 1) == "by":
            found = listed_after(reading, view, i + 2)
        else:
            found = [m for m in view.mentions if m.tok_end == i]
        for m in found:
            if not reading.lex.is_state(m.code) or m.code in joiners or m.code == org.code:
                continue
            at = i + 1 if m.tok_end == i else m.tok_end
            step = replace(cue, tok=m.tok, tok_end=m.tok_end)
            joined = _joining(reading, view, step, m, org)
            joined.signed = date_soon_after(reading, view, at, 2)
            joined.events = [replace(e, date=joined.signed) for e in joined.events]
            out.append(joined)
        break
    return out


_JOIN_VERBS = frozenset(("joined", "acceded"))


def _respectively(
    reading: Reading, view: SentenceView, cue: Cue, found: list[AgreementMention]
) -> None:
    """ "Finland and Sweden joined NATO in 2023 and 2024 respectively": each joiner, in
    order, takes the date in the same place of the list after the verb."""
    if len(found) < 2 or "respectively" not in reading.lowers(cue.tok_end, view.tok_end):
        return
    after = [d for d in reading.dates(view) if d.start >= reading.doc[cue.tok_end].idx]
    if len(after) != len(found):
        return
    for m, d in zip(found, after, strict=True):
        m.signed = d.value
        m.events = [replace(e, date=d.value) for e in m.events]


def _body_of_relative(reading: Reading, view: SentenceView, cue: Cue) -> Mention | None:
    """ "NATO, which Finland joined in 2023": the body a relative pronoun a few words before
    the verb stands for."""
    for i in range(cue.tok - 1, max(view.tok, cue.tok - 5) - 1, -1):
        if reading.lower(i) in ("which", "that"):
            end = i - (reading.lower(i - 1) == ",")
            return next(
                (
                    m
                    for m in view.mentions
                    if m.tok_end == end
                    and reading.lex.members.get(m.code)
                    and not reading.lex.is_state(m.code)
                    and m.kind not in ("capital", "seat")
                ),
                None,
            )
    return None


def _after_comma(reading: Reading, cue: Cue) -> bool:
    """Whether a comma, and at most an adverb, comes right before ``cue`` (", formally
    becoming NATO's 29th member"): a participle that tells what the step just told made."""
    i = cue.tok - 1
    if reading.lower(i).endswith("ly"):
        i -= 1
    return reading.lower(i) == ","


def _perfect(reading: Reading, cue: Cue) -> bool:
    """Whether a perfect auxiliary, not negated, comes right before ``cue`` ("has become",
    "has now formally become"; not "has not yet become")."""
    for i in range(cue.tok - 1, max(cue.tok - 4, 0) - 1, -1):
        word = reading.lower(i)
        if word in en.NOT_YET:
            return False
        if word in en.PERFECT_AUXILIARIES:
            return True
        if not reading.doc[i].lower_.endswith("ly") and word not in ("now", "also"):
            return False
    return False


def _accession_of(reading: Reading, view: SentenceView) -> list[AgreementMention]:
    """ "the accession of Greece and Turkey (to NATO) on 18 February 1952": each state listed
    after "accession of" joins the organisation named after "to" or, when the sentence names
    none, the one the article has been naming; the sentence must date the step or call it
    done."""
    cues = [
        cue
        for cue in view.cues_of("agreement_verbs", "accession")
        if cue.text.lower() in _ACCESSION_NOUNS and reading.lower(cue.tok_end) == "of"
    ]
    if not cues:
        return []  # looked for first: the dates below cost far more
    words = reading.lowers(view.tok, view.tok_end)
    done = not _COMPLETES.isdisjoint(words) or bool(reading.dates(view))
    if not done or not _HELD_UP.isdisjoint(words):
        # "talks on the accession of Georgia", "Hungary blocked the accession of Sweden on
        # Monday": no step told as taken
        return []
    for cue in cues:
        joiners = [m for m in listed_after(reading, view, cue.tok_end + 1)]
        if not joiners or not all(reading.lex.is_state(m.code) for m in joiners):
            continue
        after = max(m.tok_end for m in joiners)
        target = None
        if reading.lower(after) in ("to", "into"):
            j = after + 1 + (reading.lower(after + 1) == "the")
            target = next((m for m in view.mentions if m.tok == j), None)
            if target is None or reading.lex.is_state(target.code):
                continue  # "accession of China to the WTO": a body of no table
        else:
            target = _organisation_in_context(reading, view)
        if target is None or not reading.lex.members.get(target.code):
            continue
        return [_joining(reading, view, cue, j, target) for j in joiners]
    return []


_ACCESSION_NOUNS = en.ACCESSION_NOUNS
_HELD_UP = en.HELD_UP


def _organisation_in_context(reading: Reading, view: SentenceView) -> Mention | None:
    """The one organisation the last few sentences name by name (None when they name none
    or several; "Brussels" for the EU is a place as often as the body)."""
    found = {
        m.code: m
        for prev in reading.sentences[max(0, view.index - 6) : view.index + 1]
        for m in prev.mentions
        if reading.lex.members.get(m.code)
        and not reading.lex.is_state(m.code)
        and m.kind not in ("capital", "seat")
    }
    return next(iter(found.values())) if len(found) == 1 else None


_NON_ALLIANCE_BODIES = en.NON_ALLIANCE_BODIES


def _member_of_another_body(reading: Reading, view: SentenceView, cue: Cue) -> bool:
    """Whether the membership after ``cue`` is of a named non-alliance thing: "a member of
    the exercise", "members of the drills" (a participant, not a state joining a bloc)."""
    for i in range(cue.tok_end, min(cue.tok_end + 9, view.tok_end)):
        if reading.lower(i) in ("member", "members") and reading.lower(i + 1) in ("of", "in"):
            j = i + 2 + (reading.lower(i + 2) in ("the", "this", "that", "its"))
            return reading.lower(j) in _NON_ALLIANCE_BODIES
    return False


def _joiners(reading: Reading, view: SentenceView, cue: Cue, group: list[Mention]):
    """Which of the states before an accession word join: the possessor ("Hungary ratified
    Sweden's accession"), every state of a plain list ("Egypt, Iran and the UAE joined"),
    else the subject of the verb from the parse ("Sweden deposited its papers with the US,
    completing its entry into NATO"), else the nearest."""
    if len(group) == 1 or reading.lower(group[-1].tok_end) in ("'s", "’s"):
        return group[-1:]
    glue = {",", "and", "the", "as", "well"}
    if all(reading.lower(i) in glue for a, b in pairwise(group) for i in range(a.tok_end, b.tok)):
        return group
    subject = governing_subject(reading, view, cue.start)
    states = [m for m in subject or [] if m in group]
    return states[-1:] or group[-1:]


def _joining(reading: Reading, view: SentenceView, cue: Cue, joiner: Mention, org: Mention):
    m = AgreementMention(view, cue.tok, cue.tok_end, "accession", [joiner.code, org.code], "strong")
    marked = any(reading.lower(i) in en.MARKING for i in range(max(0, cue.tok - 5), cue.tok))
    # "a ceremony marking Finland's entry into NATO took place on Tuesday": the ceremony's day
    m.signed = None if marked else nearest_date(reading, view, cue.tok, [], None)
    m.events.append(Event("accession", m.signed, [view.evidence()]))
    m.defense = _alliance_defense(reading) if org.code == "NATO" else defense_stance(view)
    return m


def _alliance_defense(reading: Reading) -> bool | None:
    """Joining NATO brings its collective defence clause, but the gold schema sets ``defense``
    only where the text says so: true when some sentence of the story describes it ("now
    covered by Article 5", "an attack on one is an attack on all"), else null."""
    return reading.kept(
        "alliance_defense",
        lambda r: True if any(defense_stance(v) for v in r.sentences) else None,
    )


# Words that complete a membership ("approved Finland's NATO membership", "a memorandum on
# Iran's SCO membership was signed"); applying for or seeking one completes nothing.
_COMPLETES = en.COMPLETES
_RATIFIES = en.RATIFIES


def _membership(reading: Reading, view: SentenceView) -> list[AgreementMention]:
    """ "Iran's SCO membership", "Iran's membership of the SCO", "Sweden's NATO accession" in
    a sentence that says the step was completed: an accession of the possessor state to the
    organisation."""
    words = reading.lowers(view.tok, view.tok_end)
    noun = next((w for w in ("membership", "accession") if w in words), None)
    if noun is None or _COMPLETES.isdisjoint(words):
        return []
    word = view.tok + words.index(noun)
    by_end = {m.tok_end: m for m in view.mentions}
    by_tok = {m.tok: m for m in view.mentions}
    org = by_end.get(word)
    if org is None and reading.lower(word + 1) in ("of", "in"):
        j = word + 2 + (reading.lower(word + 2) == "the")
        org = by_tok.get(j)
    if org is None or reading.lex.is_state(org.code) or not reading.lex.members.get(org.code):
        return []
    owner_end = org.tok if org.tok < word else word
    if reading.lower(owner_end - 1) not in ("'s", "’s"):
        return []
    joiner = by_end.get(owner_end - 1)
    if joiner is None or not reading.lex.is_state(joiner.code):
        return []
    cue = Cue("agreement_verbs", "accession", 0, 0, word, word + 1, noun)
    m = _joining(reading, view, cue, joiner, org)
    if not _RATIFIES.isdisjoint(words) and {"completed", "granted"}.isdisjoint(words):
        # "Hungary's parliament ratified Sweden's NATO accession on Monday": a member's
        # ratification, not the day the state joined.
        m.signed = None
        m.events = [Event("ratified", e.date, e.evidence) for e in m.events]
    return [m]


def _alliance_in_context(reading: Reading, view: SentenceView, cue: Cue) -> Mention | None:
    """ "Finland ... joined in April last year as the 31st ally", "Finland joined the alliance
    in April 2023": the alliance is the one the article has been naming, when the sentence
    speaks of membership or names the body by a common noun right after the verb."""
    j = cue.tok_end + (reading.lower(cue.tok_end) == "the")
    body_noun = cue.text.lower() in ("joined", "joins", "acceded") and reading.lower(j) in (
        en.BODY_NOUNS
    )
    if not body_noun and not any(
        reading.lower(i) in ("member", "ally", "members", "allies")
        for i in range(cue.tok_end, min(cue.tok_end + 10, view.tok_end))
    ):
        return None
    # "Argentina declined to join BRICS, while Egypt became a member": the sentence's own
    # alliance before the word first, then the last few sentences'
    before = [m for m in view.mentions if m.tok < cue.tok]
    for mentions in [before] + [
        p.mentions for p in reversed(reading.sentences[max(0, view.index - 6) : view.index])
    ]:
        for m in reversed(mentions):
            if m.kind in ("capital", "seat"):
                continue  # "met in Brussels": a place, not the body
            if reading.lex.members.get(m.code) and not reading.lex.is_state(m.code):
                return m
    return None
