#!/usr/bin/env python3
"""Speed and size figures for Second Round, printed as tables (never asserted in tests).

Build time is measured as whole processes, as a career centre runs them, for the
real ten reasons and synthetic sets made from them (default 10, 100 and 1,000):

- `build_quiz.py --check`: our part alone (start-up, imports, load, validate, render);
- `build_quiz.py`: the whole build (our part, staging, MkDocs, syncing, swapping);
- `mkdocs build` of the same generated pages: what Material costs on its own;
- `build_quiz.py --engine zensical`: the whole build with Zensical, beside MkDocs' (warm;
  "fails" if it refuses the content, "-" without .venv-zensical/: scripts/setup.sh zensical).

Each is run --repeat times; "cold" is the first run in a fresh copy, "warm" the
fastest of the others. The generator's share is check / build, both warm.

Page weight: every page template of the real site is opened in Chromium and its
requests are recorded, as transferred with gzip (level 6, what a static host does):
the HTML, the site's own JS and CSS, Material's, and the search index if fetched.

--lighthouse adds Lighthouse's four scores (mobile) per page template, from the
pinned lighthouse in scripts/lighthouse/ (installed there on first use with npm ci).

Run: .venv/bin/python scripts/benchmark.py [--sizes 10,100] [--repeat 5] [--lighthouse]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
# One page of each template, as a visitor reaches it.
TEMPLATES = {
    "home": "",
    "reason": "reasons/01-not-prepared/",
    "assessment": "assessment/",
    "results (shared link)": "assessment/#sr1.",
    "checklist plan": "checklists/",
    "reason checklist": "checklists/01-not-prepared/",
    "after the interview": "after-the-interview/",
    "about": "about/",
}
GOALS = "goal: generator <= 10% of the build at every size; build time per page flat from 100 to 1,000"


def make_project(target: Path, count: int) -> None:
    """A copy of the project whose quiz/reasons holds `count` reasons cloned from the real ten."""
    for name in ("templates", "site-overrides", "secondround"):
        shutil.copytree(ROOT / name, target / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "docs", target / "docs",
                    ignore=_generated_docs())
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    shutil.copy(ROOT / "build_quiz.py", target / "build_quiz.py")
    shutil.copytree(ROOT / "quiz", target / "quiz", ignore=shutil.ignore_patterns("reasons"))
    (target / "quiz" / "reasons").mkdir()
    originals = sorted((ROOT / "quiz" / "reasons").glob("*.yml"))
    for number in range(1, count + 1):
        source = originals[(number - 1) % len(originals)]
        text = source.read_text(encoding="utf-8")
        old_id = re.search(r"^id: (\S+)$", text, re.M).group(1)  # type: ignore[union-attr]
        new_id = old_id if number <= len(originals) else f"{old_id}-{number}"
        text = re.sub(r"^id: \S+$", f"id: {new_id}", text, flags=re.M)
        text = re.sub(r"^number: \d+$", f"number: {number}", text, flags=re.M)
        (target / "quiz" / "reasons" / f"{number:04d}-{new_id}.yml").write_text(text, encoding="utf-8")


def _generated_docs():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT))
    from secondround.publish import ignore_generated

    return ignore_generated


def timed(command: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return time.perf_counter() - start


def build_times(count: int, repeat: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as scratch:
        project = Path(scratch)
        make_project(project, count)
        check = [timed([PYTHON, "build_quiz.py", "--check"], project) for _ in range(repeat)]
        build = [timed([PYTHON, "build_quiz.py"], project) for _ in range(repeat)]
        # docs/ now holds the generated pages: Material alone on exactly the same input.
        plain = [timed([PYTHON, "-m", "mkdocs", "build", "-q", "-d", str(project / "plain")], project)
                 for _ in range(repeat)]
        pages = sum(1 for _ in (project / "site").rglob("index.html"))
        reason_page = next((project / "site" / "reasons").glob("*/index.html")).stat().st_size
        site_bytes = sum(p.stat().st_size for p in (project / "site").rglob("*") if p.is_file())
        zensical = zensical_times(project, repeat)
    warm = lambda runs: min(runs[1:]) if len(runs) > 1 else runs[0]  # noqa: E731
    return {"pages": pages, "check_cold": check[0], "check": warm(check), "build_cold": build[0],
            "build": warm(build), "mkdocs": warm(plain), "reason_html": reason_page, "site": site_bytes,
            "zensical": zensical if isinstance(zensical, str) else f"{warm(zensical):.2f}"}


def zensical_times(project: Path, repeat: int) -> list[float] | str:
    """The same build with Zensical (after MkDocs' runs, which it leaves as they were)."""
    command = ROOT / ".venv-zensical" / "bin" / "zensical"
    if not command.is_file():
        return "-"
    os.environ["SECOND_ROUND_ZENSICAL"] = str(command)  # the copy has no venv of its own
    try:
        return [timed([PYTHON, "build_quiz.py", "--engine", "zensical"], project) for _ in range(repeat)]
    except subprocess.CalledProcessError:
        return "fails"


@contextmanager
def served_site() -> Iterator[str]:
    sys.path.insert(0, str(ROOT))
    from tests.browser.conftest import serve, site_dir_path

    with serve(site_dir_path()) as url:
        yield url


def page_weights(url: str) -> list[dict[str, object]]:
    from playwright.sync_api import sync_playwright

    sys.path.insert(0, str(ROOT))
    from tests.browser.conftest import SYSTEM_CHROMIUM, SYSTEM_CHROMIUM_ARGS

    rows = []
    with sync_playwright() as playwright:
        if SYSTEM_CHROMIUM.exists() and os.environ.get("SECOND_ROUND_CHROMIUM") != "playwright":
            browser = playwright.chromium.launch(executable_path=SYSTEM_CHROMIUM, args=SYSTEM_CHROMIUM_ARGS)
        else:
            browser = playwright.chromium.launch()
        for name, path in TEMPLATES.items():
            page = browser.new_page(viewport={"width": 390, "height": 844})
            seen: list[str] = []
            page.on("requestfinished", lambda request, seen=seen: seen.append(request.url))
            page.goto(url + path)
            page.wait_for_load_state("networkidle")
            sizes = {"html": 0, "own js": 0, "own css": 0, "material": 0, "search index": 0}
            for address in seen:
                local = address.removeprefix(url).split("#")[0].split("?")[0]
                file = ROOT / "site" / (local + "index.html" if local.endswith("/") or not local else local)
                if not file.is_file():
                    continue
                packed = len(gzip.compress(file.read_bytes(), 6))
                if file.name == "index.html":
                    sizes["html"] += packed
                elif "search_index" in file.name or "/search/" in local:
                    sizes["search index"] += packed
                elif local.startswith("assets/javascripts") or local.startswith("assets/stylesheets"):
                    sizes["material"] += packed
                elif file.suffix == ".js":
                    sizes["own js"] += packed
                elif file.suffix == ".css":
                    sizes["own css"] += packed
                else:
                    sizes["material"] += packed  # icons, images
            rows.append({"page": name, "requests": len(seen), **sizes})
            page.close()
        browser.close()
    return rows


def lighthouse(url: str, reports: Path | None = None) -> list[tuple[str, dict[str, int], list[str]]]:
    """Lighthouse's four scores per page template, and the audits that cost points (any
    scored audit below 1, with its weight in its category), so a score below 100 says why."""
    tool = ROOT / "scripts" / "lighthouse"
    cli = tool / "node_modules" / "lighthouse" / "cli" / "index.js"
    if not cli.is_file():
        subprocess.run(["npm", "ci", "--prefix", str(tool), "--silent", "--no-audit", "--no-fund"],
                       check=True)
    chrome = os.environ.get("CHROME_PATH") or "/usr/bin/chromium"
    flags = "--headless=new --no-sandbox --disable-gpu --disable-background-networking " \
            "--disable-component-update --disable-sync --no-first-run"
    results = []
    for name, path in TEMPLATES.items():
        with tempfile.TemporaryDirectory() as scratch:
            report = Path(scratch) / "report.json"
            subprocess.run(["node", str(cli), url + path, "--quiet", "--output=json",
                            f"--output-path={report}", f"--chrome-flags={flags}",
                            "--only-categories=performance,accessibility,best-practices,seo"],
                           check=True, env={**os.environ, "CHROME_PATH": chrome})
            data = json.loads(report.read_text())
            if reports is not None:
                reports.mkdir(parents=True, exist_ok=True)
                shutil.copy(report, reports / (re.sub(r"\W+", "-", name).strip("-") + ".json"))
        categories = data["categories"]
        scores = {key: round(value["score"] * 100) for key, value in categories.items()}
        results.append((name, scores, failing_audits(data)))
    return results


def failing_audits(report: dict[str, Any]) -> list[str]:
    """'category: audit-id (score, weight)' for each weighted audit that did not pass."""
    failing = []
    for key, category in report["categories"].items():
        for ref in category["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref.get("weight", 0) > 0 and audit.get("score") is not None and audit["score"] < 1:
                failing.append(f"{key}: {ref['id']} ({audit['score']:.2f}, weight {ref['weight']})")
    return failing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,100,1000", help="reason counts, comma-separated")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each command (first = cold)")
    parser.add_argument("--lighthouse", action="store_true", help="add Lighthouse scores per page")
    parser.add_argument("--no-build", action="store_true", help="page weights only")
    parser.add_argument("--reports", type=Path, help="keep Lighthouse's JSON reports in this folder")
    args = parser.parse_args()

    if not args.no_build:
        print(f"Build, whole processes, seconds ({GOALS})")
        print("| reasons | pages | check cold | check warm | build cold | build warm | Zensical warm "
              "| plain mkdocs | generator share | build per page (ms) | reason page HTML | site/ |")
        print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for count in (int(n) for n in args.sizes.split(",")):
            t = build_times(count, args.repeat)
            print(f"| {count} | {t['pages']} | {t['check_cold']:.2f} | {t['check']:.2f} "
                  f"| {t['build_cold']:.2f} | {t['build']:.2f} | {t['zensical']} | {t['mkdocs']:.2f} "
                  f"| {t['check'] / t['build']:.0%} | {t['build'] / t['pages'] * 1000:.1f} "
                  f"| {t['reason_html'] / 1024:.0f} KB | {t['site'] / 1024 / 1024:.1f} MB |", flush=True)
        print()

    subprocess.run([PYTHON, "build_quiz.py"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    with served_site() as url:
        print("Page weight as transferred (gzip -6), bytes, phone viewport, first visit")
        print("| page | requests | HTML | own JS | own CSS | Material | search index |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for row in page_weights(url):
            print(f"| {row['page']} | {row['requests']} | {row['html']} | {row['own js']} "
                  f"| {row['own css']} | {row['material']} | {row['search index']} |")
        index = ROOT / "site" / "search" / "search_index.json"
        print(f"\nsearch index: {len(gzip.compress(index.read_bytes(), 6))} bytes gzipped "
              "(Material's search fetches it on every page load; the column above shows it)")
        if args.lighthouse:
            print("\nLighthouse (mobile): performance / accessibility / best practices / SEO")
            print("| page | performance | accessibility | best practices | SEO |")
            print("|---|---:|---:|---:|---:|")
            failing: list[str] = []
            for name, scores, audits in lighthouse(url, args.reports):
                print(f"| {name} | {scores['performance']} | {scores['accessibility']} "
                      f"| {scores['best-practices']} | {scores['seo']} |", flush=True)
                failing += [f"{name}: {audit}" for audit in audits]
            print(f"\nload average: {os.getloadavg()[0]:.2f} (performance varies with it)")
            print("Audits below 100:" if failing else "Every scored audit passes.")
            for line in failing:
                print(f"- {line}")


if __name__ == "__main__":
    main()
