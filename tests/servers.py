"""Running a server under test: a free local port, waiting until it listens, stopping it, and
the Oxigraph CLI that ships beside this Python."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

__all__ = ["free_port", "wait_for_port", "stop", "oxigraph_command"]


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nobody listens on (the OS picks it; servers such as
    Oxigraph cannot be told port 0 themselves)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port: int, process: subprocess.Popen, what: str, timeout: float = 120) -> None:
    """Return once ``process`` listens on ``port``; raise if it exits first or takes too long."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{what} exited with {process.returncode} before listening")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError(f"{what} did not listen on port {port} within {timeout:.0f} s")


def stop(process: subprocess.Popen, timeout: float = 30) -> None:
    """Terminate ``process`` and wait for it; kill it if it will not go."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def oxigraph_command() -> str:
    """The ``oxigraph`` server CLI (PyPI's ``oxigraph``), on PATH or beside this Python."""
    found = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(found).exists():
        raise RuntimeError("the oxigraph CLI is not installed (pip install oxigraph)")
    return found
