"""Which Chromium the browser tests drive: one rule (conftest.chromium_executable), one override."""

from pathlib import Path

import pytest

from . import conftest


def _installed(tmp_path: Path, *names: str) -> tuple[Path, ...]:
    """Stand-ins for Debian's two builds, in the fixture's order; only `names` exist."""
    paths = (tmp_path / "chromium-headless-shell", tmp_path / "chromium")
    for path in paths:
        if path.name in names:
            path.write_text("#!/bin/sh\n")
    return paths


@pytest.mark.parametrize(("installed", "chosen"), [
    (("chromium-headless-shell", "chromium"), "chromium-headless-shell"),
    (("chromium",), "chromium"),
    (("chromium-headless-shell",), "chromium-headless-shell"),
])
def test_debians_headless_shell_is_preferred_and_the_full_browser_is_the_fallback(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, installed: tuple[str, ...], chosen: str) -> None:
    monkeypatch.delenv("SECOND_ROUND_CHROMIUM", raising=False)
    monkeypatch.setattr(conftest, "SYSTEM_CHROMIUMS", _installed(tmp_path, *installed))
    assert conftest.chromium_executable() == tmp_path / chosen


def test_with_no_debian_chromium_playwrights_own_browser_is_used(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SECOND_ROUND_CHROMIUM", raising=False)
    monkeypatch.setattr(conftest, "SYSTEM_CHROMIUMS", _installed(tmp_path))
    assert conftest.chromium_executable() is None


def test_the_environment_variable_overrides_the_rule(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    both = _installed(tmp_path, "chromium-headless-shell", "chromium")
    monkeypatch.setattr(conftest, "SYSTEM_CHROMIUMS", both)
    monkeypatch.setenv("SECOND_ROUND_CHROMIUM", "playwright")
    assert conftest.chromium_executable() is None
    monkeypatch.setenv("SECOND_ROUND_CHROMIUM", "/opt/chrome/chrome")
    assert conftest.chromium_executable() == Path("/opt/chrome/chrome")
