"""Pausing Python's cyclic garbage collection while a large answer is built."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection in the block (restored after, if it was on): a large
    answer is hundreds of thousands of new containers, none of them garbage, and every
    collection the allocations trigger would walk them all again (two thirds of the time
    of parsing a day's details)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            # Every object made in the block is still counted young: the first allocation
            # after enabling would walk them all (0.5 s for a day's network of a million
            # facts). Frozen and unfrozen, they join the oldest generation without a walk,
            # as if they had lived through the young collections (the old generation is
            # walked only when it has grown by a quarter since its last walk). Not when
            # the program froze objects of its own: unfreezing would release them too.
            if not gc.get_freeze_count():
                gc.freeze()
                gc.unfreeze()
            gc.enable()
