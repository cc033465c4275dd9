"""Running the app with uvicorn: in the foreground (``blocwatch serve``, ``blocwatch demo``)
or in a background thread on a free port (tests, notebooks)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable

from ..errors import BlocwatchError

# A dashboard is for the machine it runs on unless the user says otherwise.
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on ``host``:``port`` (0: any free port); BlocwatchError when the
    address is taken or unknown."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise BlocwatchError(f"cannot serve on {host}: {exc.strerror}") from None
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
    except OSError as exc:
        sock.close()
        raise BlocwatchError(f"cannot serve on {host}:{port}: {exc.strerror}") from None
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def address_of(sock: socket.socket) -> str:
    """``http://host:port`` of a bound socket (IPv6 hosts in brackets)."""
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}"


def serve(
    db: str | None = None,
    *,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    write_token: str | None = None,
    on_ready: Callable[[str], None] | None = None,
) -> None:
    """Serve the API and dashboard over the store ``db`` until interrupted;
    ``on_ready(address)`` is called once the socket listens."""
    import uvicorn

    from .app import create_app

    app = create_app(db, write_token)
    sock = bind(host, port)
    if on_ready is not None:
        on_ready(address_of(sock))
    config = uvicorn.Config(app, log_level="warning", access_log=False)
    uvicorn.Server(config).run(sockets=[sock])


class BackgroundServer:
    """The app served by uvicorn in a daemon thread on a free port of 127.0.0.1:
    ``with BackgroundServer(app) as url: ...``."""

    def __init__(self, app, host: str = DEFAULT_HOST) -> None:
        import uvicorn

        self._sock = bind(host, 0)
        self.url = address_of(self._sock)
        self._server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._sock]}, daemon=True
        )

    def __enter__(self) -> str:
        self._thread.start()
        deadline = time.monotonic() + 30
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the server did not start")
            time.sleep(0.02)
        return self.url

    def __exit__(self, *exc_info) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)
        self._sock.close()
