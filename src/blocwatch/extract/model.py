"""Loading a language's spaCy pipeline (English: the small model, whichever of its two
registry packages is installed; the packages are declared in ``lang/en/__init__.py``).

The rules of the extractor need only the tokenizer and phrase matchers (see ``actors.py``);
the statistical model is the reference pipeline the benchmarks compare against, and is loaded
only when asked for.
"""

from __future__ import annotations

import importlib

from ..errors import BlocwatchError
from ..lang import DEFAULT_LANGUAGE, LANGUAGES

MODEL_PACKAGES = LANGUAGES[DEFAULT_LANGUAGE].spacy_models


def load_model(lang: str = DEFAULT_LANGUAGE, **kwargs):
    """The spaCy pipeline of language ``lang`` (English: ``en_core_web_sm``) from an installed
    package (never downloaded)."""
    language = LANGUAGES[lang]
    for name in language.spacy_models:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return module.load(**kwargs)
    package = language.spacy_models[-1].replace("_", "-")
    raise BlocwatchError(f"no {language.name} spaCy model installed: pip install {package}")
