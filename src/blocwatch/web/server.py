"""Running the app with uvicorn: in the foreground (``blocwatch serve``, ``blocwatch demo``)
or in a background thread on a free port (tests, notebooks)."""

from __future__ import annotations

import ipaddress
import json
import os
import socket
import threading
import time
from collections.abc import Callable

from ..errors import BlocwatchError
from .auth import WRITE_TOKEN_ENV

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


def is_loopback(host: str) -> bool:
    """Whether ``host`` (a name or an address) is this machine only."""
    if host.strip("[]").lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def allowed_hosts_for(host: str, allowed: str | None) -> list[str]:
    """The ``Host`` header values a server on ``host`` answers: those given (comma-separated,
    ``*.example.org`` allowed), else the loopback names when ``host`` is loopback (a page
    elsewhere cannot then reach the server by a DNS name that points at 127.0.0.1). Raises
    :class:`BlocwatchError` when ``host`` is not loopback and none are given."""
    names = [name.strip() for name in (allowed or "").split(",") if name.strip()]
    if names:
        return names
    if not is_loopback(host):
        raise BlocwatchError(
            f"serving on {host} (beyond this machine) needs --allowed-hosts: the host names"
            " clients will use, e.g. --allowed-hosts blocwatch.example.org"
        )
    return sorted({"127.0.0.1", "localhost", host.strip("[]")})


# The settings a worker process builds its app from (it is started fresh, so it cannot be
# handed the app): the environment, which other users cannot read, unlike arguments.
_APP_ENV = "BLOCWATCH_SERVE_APP"


def app_from_environment():
    """The app of a server worker process, from the settings its parent left in the
    environment (uvicorn's factory for ``--workers`` above 1)."""
    from .app import create_app

    settings = json.loads(os.environ[_APP_ENV])
    token = os.environ.get(WRITE_TOKEN_ENV) or None
    return create_app(
        settings["db"],
        token,
        allowed_hosts=settings["allowed_hosts"],
        cors_origins=settings.get("cors"),
        held_network=settings.get("held_network"),
    )


def serve(
    db: str | None = None,
    *,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    write_token: str | None = None,
    allowed_hosts: str | None = None,
    workers: int = 1,
    cors: list[str] | None = None,
    create: bool | None = None,
    held_network: bool | None = None,
    on_ready: Callable[[str], None] | None = None,
) -> None:
    """Serve the API and dashboard over the store ``db`` until interrupted;
    ``on_ready(address)`` is called once the socket listens. Requests whose ``Host`` is not
    among :func:`allowed_hosts_for` get a 400. ``workers`` above 1 serves from that many
    processes sharing the socket (requests run in parallel on several cores). ``cors``: the
    origins whose pages may read the API from a browser (``*``: any). A store that does not
    exist is made only with ``create`` (default: when a write token is given).
    ``held_network``: each process holds the network in memory (see ``create_app``)."""
    import uvicorn

    from ..config import database_url
    from .app import create_app

    hosts = allowed_hosts_for(host, allowed_hosts)
    url = database_url(db)
    # Opens (and migrates) the store once here, so workers find it ready, and a bad store is
    # one error before anything listens.
    # With workers, this process only opens the store: it holds no network.
    app = create_app(
        url,
        write_token,
        allowed_hosts=hosts,
        cors_origins=cors,
        create=create,
        held_network=held_network if workers <= 1 else False,
    )
    sock = bind(host, port)
    if on_ready is not None:
        on_ready(address_of(sock))
    if workers <= 1:
        config = uvicorn.Config(app, log_level="warning", access_log=False)
        uvicorn.Server(config).run(sockets=[sock])
        return
    from uvicorn.supervisors import Multiprocess

    os.environ[_APP_ENV] = json.dumps(
        {"db": url, "allowed_hosts": hosts, "cors": cors, "held_network": held_network}
    )
    if write_token:
        os.environ[WRITE_TOKEN_ENV] = write_token
    config = uvicorn.Config(
        "blocwatch.web.server:app_from_environment",
        factory=True,
        workers=workers,
        log_level="warning",
        access_log=False,
    )
    Multiprocess(config, sockets=[sock]).run()


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
