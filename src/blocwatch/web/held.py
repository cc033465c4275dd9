"""The network held in memory by a server process: ``/network`` answered from arrays.

One :class:`NetworkKeeper` per process (``app.state.held_network``) keeps a
:class:`~blocwatch.analyse.held_network.HeldNetwork` of the store. It is loaded in a
background thread when the app starts, and again when a request finds the store's version
moved (:meth:`StoreVersion.of_index`, read on every request the held network answers); no
request waits for a load: until it is done, and for every question the arrays do not
answer, the store is read as before (``network_json``). The old arrays are dropped when a
load begins (they can answer nothing any more), so that a process holds one copy at most;
a store whose index is estimated above the limit (``BLOCWATCH_HELD_NETWORK_MB``) is not
loaded, and tried again only when its version moves. A store that keeps changing (a server
that ingests) is loaded again no sooner than the last load took after its end: loading
takes half a core at most.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Iterator

from sqlalchemy import Engine

from ..analyse.held_network import DEFAULT_LIMIT_MB, HeldNetwork, TooLarge
from ..errors import BlocwatchError
from ..store.version import StoreVersion

log = logging.getLogger(__name__)

# Settings: "0" turns the held network off; the limit of its estimated size in MB.
ENABLED_ENV = "BLOCWATCH_HELD_NETWORK"
LIMIT_ENV = "BLOCWATCH_HELD_NETWORK_MB"


def enabled_from_environment() -> bool:
    return os.environ.get(ENABLED_ENV, "1") != "0"


def limit_from_environment() -> float:
    value = os.environ.get(LIMIT_ENV)
    if not value:
        return DEFAULT_LIMIT_MB
    try:
        return float(value)
    except ValueError:
        raise BlocwatchError(f"{LIMIT_ENV}={value!r}: expected a number of MB") from None


class NetworkKeeper:
    """The held network of ``engine``'s store for one process (see the module's text)."""

    def __init__(self, engine: Engine, limit_mb: float | None = None) -> None:
        self.engine = engine
        self.limit_mb = limit_from_environment() if limit_mb is None else limit_mb
        self.version = StoreVersion(engine)
        self._held: HeldNetwork | None = None
        self._lock = threading.Lock()
        self._loading: threading.Thread | None = None
        # The version at which a load was refused (too large, or failed): not tried again
        # until the store moves.
        self._refused: object = None
        # When the last load ended and how long it took (seconds, monotonic clock).
        self._ended = 0.0
        self._took = 0.0
        # Answers given from the arrays, and loads made (for tests and the benchmark).
        self.answered = 0
        self.loads = 0

    @property
    def held(self) -> HeldNetwork | None:
        return self._held

    def start(self) -> None:
        """Load the arrays in the background (if none are being loaded)."""
        with self._lock:
            if self._loading is not None and self._loading.is_alive():
                return
            # The old arrays answer nothing any more: one copy at most in memory.
            self._held = None
            self._loading = threading.Thread(
                target=self._load, name="blocwatch-held-network", daemon=True
            )
            self._loading.start()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for a load under way; whether arrays are held then."""
        loading = self._loading
        if loading is not None:
            loading.join(timeout)
        return self._held is not None

    def _load(self) -> None:
        started = time.monotonic()
        try:
            held = HeldNetwork.load(self.engine, self.version, self.limit_mb)
        except (TooLarge, BlocwatchError) as why:
            log.warning("the network is not held in memory: %s", why)
            self._refuse()
            return
        except Exception:  # noqa: BLE001 - a failed load leaves the store's path answering
            log.exception("loading the held network failed")
            self._refuse()
            return
        finally:
            self._ended = time.monotonic()
            self._took = self._ended - started
        with self._lock:
            self._held = held
            self.loads += 1

    def _may_load(self) -> bool:
        """Whether a new load may begin now: none under way, the last one's time passed
        since it ended, and the store not at a version refused."""
        loading = self._loading
        if loading is not None and loading.is_alive():
            return False
        if time.monotonic() - self._ended < self._took:
            return False
        version = self.version.of_index()
        return version is not None and version != self._refused

    def _refuse(self) -> None:
        try:
            self._refused = self.version.of_index()
        except Exception:  # noqa: BLE001
            self._refused = None

    def network_json(
        self,
        as_of: str | None = None,
        kind: str | None = None,
        min_confidence: float | None = None,
    ) -> Iterator[str] | None:
        """The held network's answer (the bytes of ``network_json``), or None: the caller
        reads the store. A held network found stale starts a new load."""
        held = self._held
        if held is None or held.stale:
            if self._may_load():
                self.start()
            return None
        found = held.network_json(self.engine, self.version, as_of, kind, min_confidence)
        if found is None:
            if held.stale and self._may_load():
                self.start()
            return None
        self.answered += 1
        return found

    def close(self) -> None:
        self.version.close()
