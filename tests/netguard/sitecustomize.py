"""Refuse every network connection in this Python process and record the attempt.

Loaded by the test session itself and, through PYTHONPATH, by every Python subprocess the tests
start (the app, the CLI, the bundle smoke test). ``tests/conftest.py`` fails the run when the log
file named by FACILITATOR_NETGUARD_LOG has any line in it.
"""

import os
import socket

_LOG = os.environ.get("FACILITATOR_NETGUARD_LOG", "")
_NET_FAMILIES = {socket.AF_INET, socket.AF_INET6}


def _record(what, address):
    if _LOG:
        with open(_LOG, "a", encoding="utf-8") as log:
            log.write(f"{os.getpid()} {what} {address!r}\n")


def _guard(original, what):
    def guarded(self, address, *args, **kwargs):
        if self.family in _NET_FAMILIES:
            _record(what, address)
            raise ConnectionRefusedError(f"Facilitator tests: no network ({what} {address!r})")
        return original(self, address, *args, **kwargs)

    return guarded


def install():
    if getattr(socket.socket, "_facilitator_guarded", False):
        return
    socket.socket.connect = _guard(socket.socket.connect, "connect")
    socket.socket.connect_ex = _guard(socket.socket.connect_ex, "connect_ex")
    socket.socket.sendto = _guard(socket.socket.sendto, "sendto")
    socket.socket._facilitator_guarded = True

    def no_dns(host, *args, **kwargs):
        if host not in (None, "localhost") and not str(host).startswith("127."):
            _record("getaddrinfo", host)
            raise socket.gaierror(f"Facilitator tests: no name lookups ({host!r})")
        return _getaddrinfo(host, *args, **kwargs)

    _getaddrinfo = socket.getaddrinfo
    socket.getaddrinfo = no_dns


if _LOG:
    install()
