"""The preview: `build_quiz.py --serve` shows the site and picks up YAML edits without a restart."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from .conftest import ROOT


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return str(response.read().decode("utf-8"))
    except OSError:
        return None


def wait_for(url: str, text: str, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        page = fetch(url)
        if page is not None and text in page:
            return True
        time.sleep(0.1)
    return False


def test_serve_regenerates_pages_when_yaml_changes(project_copy: Path) -> None:
    port = free_port()
    code = (f"import sys; sys.path.insert(0, {str(ROOT)!r}); from pathlib import Path; "
            f"from secondround.cli import main; "
            f"sys.exit(main(['--serve', '--address', '127.0.0.1:{port}'], root=Path({str(project_copy)!r})))")
    log = project_copy / "serve.log"
    with log.open("wb") as output:
        server = subprocess.Popen([sys.executable, "-c", code], cwd=project_copy,
                                  stdout=output, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}/"
        assert wait_for(url, "Find out why first interviews", 60), log.read_text()
        site_yml = project_copy / "quiz" / "site.yml"
        site_yml.write_text(site_yml.read_text().replace(
            "Find out why first interviews are not turning into second ones",
            "A tagline edited during the preview"))
        assert wait_for(url, "A tagline edited during the preview", 60), log.read_text()
    finally:
        server.terminate()
        server.wait(timeout=20)
    # Stopping the preview also stops the MkDocs server it started.
    deadline = time.monotonic() + 10
    while fetch(url) is not None and time.monotonic() < deadline:
        time.sleep(0.1)
    assert fetch(url) is None, "the MkDocs server is still running after the preview stopped"
