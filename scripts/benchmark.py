#!/usr/bin/env python3
"""Speed and size figures for Second Round, printed as tables (never asserted in tests).

Build time is measured as whole processes, as a career centre runs them, for the
real ten reasons and synthetic sets made from them (default 10, 100 and 1,000):

- `build_quiz.py --check`: our part alone (start-up, imports, load, validate, render);
- `build_quiz.py --lint`: the plain-language findings, which a build after any content change
  also counts (lint.py), so they are our part too;
- `build_quiz.py`: the whole build (our part, staging, MkDocs, syncing, swapping);
- `mkdocs build` of the same generated pages: what Material costs on its own;
- `build_quiz.py --engine zensical`: the whole build with Zensical, beside MkDocs' (warm;
  "fails" if it refuses the content, "-" without .venv-zensical/: scripts/setup.sh zensical).

Each is run --repeat times; "cold" is the first run in a fresh copy, "warm" the
fastest of the others (builds with --force: without it a build with nothing changed is
skipped, which "unchanged" times). The generator's share is (check + lint) / build, all
warm (each is its own process, so Python's start, about 20 ms, is counted twice in it).
Python writes its bytecode cache as it does on any machine (PYTHONDONTWRITEBYTECODE, set
on some sandboxes, is dropped for the timed commands: it made every run compile our modules).

Every figure that has a goal (issue 11) is printed with it and "ok" or "MISSED": the
generator at most 10% of the whole build at every size; build time per page flat from 100
to 1,000 reasons (within 20%, the noise of one run on a shared machine); our own JS and CSS
at most 4 KB gzipped on a page without widgets and 12 KB on any page, in at most 4 requests
above what Material itself makes. Timings on a busy machine move a lot: compare the
ratios of one run, not seconds between runs.

Page weight: every page template of the real site is opened in Chromium and its
requests are recorded, as transferred with gzip (level 6, what a static host does):
the HTML, the site's own JS and CSS, Material's, and the search index if fetched.
The site is served with gzip, as GitHub Pages serves it, so Lighthouse sees the same bytes.

--lighthouse adds Lighthouse's four scores (mobile) per page template, from the
pinned lighthouse in scripts/lighthouse/ (installed there on first use with npm ci).

Run: .venv/bin/python scripts/benchmark.py [--sizes 10,100] [--repeat 5] [--lighthouse [--lighthouse-runs 5]]
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
# One page of each template, as a visitor reaches it.
TEMPLATES = {
    "home": "",
    "reason": "reasons/01-not-prepared/",
    "assessment": "assessment/",
    "results (shared link)": "results/#sr1.",
    "checklist plan": "checklists/",
    "reason checklist": "checklists/01-not-prepared/",
    "after the interview": "after-the-interview/",
    "about": "about/",
}
SHARE_GOAL = 0.10  # the generator's part of the whole build, at most
FLAT_GOAL = 1.20  # build time per page at 1,000 reasons over that at 100, at most
OWN_GOAL, OWN_WIDGETS_GOAL, OWN_REQUESTS_GOAL = 4 * 1024, 12 * 1024, 4


def verdict(met: bool) -> str:
    return "ok" if met else "MISSED"


def make_project(target: Path, count: int) -> None:
    """A copy of the project whose quiz/reasons holds `count` reasons cloned from the real ten."""
    for name in ("templates", "site-overrides", "secondround"):
        shutil.copytree(ROOT / name, target / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "docs", target / "docs",
                    ignore=_generated_docs())
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    shutil.copy(ROOT / "build_quiz.py", target / "build_quiz.py")
    shutil.copytree(ROOT / "quiz", target / "quiz", ignore=shutil.ignore_patterns("reasons"))
    # The reasons, and each translation's text of them (every language is a site of its own).
    for folder in [ROOT / "quiz" / "reasons", *sorted((ROOT / "quiz" / "i18n").glob("*/reasons"))]:
        copy = target / folder.relative_to(ROOT)
        copy.mkdir(parents=True)
        originals = sorted(folder.glob("*.yml"))
        for number in range(1, count + 1):
            source = originals[(number - 1) % len(originals)]
            text = source.read_text(encoding="utf-8")
            old_id = re.search(r"^id: (\S+)$", text, re.M).group(1)  # type: ignore[union-attr]
            new_id = old_id if number <= len(originals) else f"{old_id}-{number}"
            text = re.sub(r"^id: \S+$", f"id: {new_id}", text, flags=re.M)
            text = re.sub(r"^number: \d+$", f"number: {number}", text, flags=re.M)
            (copy / f"{number:04d}-{new_id}.yml").write_text(text, encoding="utf-8")


def _generated_docs():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT))
    from secondround.publish import ignore_generated

    return ignore_generated


class CommandFailed(Exception):
    """A timed command failed; its last messages are in the exception."""


def timed(command: list[str], cwd: Path) -> float:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          text=True, env=env)
    if done.returncode != 0:
        raise CommandFailed(f"{' '.join(command[1:])} failed in {cwd}:\n{done.stderr[-3000:]}")
    return time.perf_counter() - start


def build_times(count: int, repeat: int, zensical: bool = True) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as scratch:
        project = Path(scratch)
        make_project(project, count)
        check = [timed([PYTHON, "build_quiz.py", "--check"], project) for _ in range(repeat)]
        lint = [timed([PYTHON, "build_quiz.py", "--lint"], project) for _ in range(repeat)]
        build = [timed([PYTHON, "build_quiz.py", "--force"], project) for _ in range(repeat)]
        unchanged = [timed([PYTHON, "build_quiz.py"], project) for _ in range(repeat)]
        # docs/ now holds the generated pages: Material alone on exactly the same input.
        plain = [timed([PYTHON, "-m", "mkdocs", "build", "-q", "-d", str(project / "plain")], project)
                 for _ in range(repeat)]
        pages = sum(1 for _ in (project / "site").rglob("index.html"))
        reason_page = next((project / "site" / "reasons").glob("*/index.html")).stat().st_size
        site_bytes = sum(p.stat().st_size for p in (project / "site").rglob("*") if p.is_file())
        engine = zensical_times(project, repeat) if zensical else "(left out)"
    warm = lambda runs: min(runs[1:]) if len(runs) > 1 else runs[0]  # noqa: E731
    return {"pages": pages, "check_cold": check[0], "check": warm(check), "lint": warm(lint),
            "build_cold": build[0],
            "build": warm(build), "unchanged": warm(unchanged), "mkdocs": warm(plain),
            "reason_html": reason_page, "site": site_bytes,
            "zensical": engine if isinstance(engine, str) else f"{warm(engine):.2f}"}


def zensical_times(project: Path, repeat: int) -> list[float] | str:
    """The same build with Zensical (after MkDocs' runs, which it leaves as they were)."""
    command = ROOT / ".venv-zensical" / "bin" / "zensical"
    if not command.is_file():
        return "-"
    os.environ["SECOND_ROUND_ZENSICAL"] = str(command)  # the copy has no venv of its own
    try:
        return [timed([PYTHON, "build_quiz.py", "--engine", "zensical", "--force"], project)
                for _ in range(repeat)]
    except CommandFailed:
        return "fails"


@contextmanager
def served_site() -> Iterator[str]:
    """site/ over HTTP, text gzipped (level 6) when the browser asks, as a static host does."""
    sys.path.insert(0, str(ROOT))
    from tests.browser.conftest import _QuietHandler, serve, site_dir_path

    class Gzipped(_QuietHandler):
        def send_head(self):  # type: ignore[no-untyped-def]
            path = Path(self.translate_path(self.path))
            if path.is_dir() and urlsplit(self.path).path.endswith("/"):
                path = path / "index.html"
            if (path.suffix not in (".html", ".css", ".js", ".json", ".svg", ".xml") or not path.is_file()
                    or "gzip" not in self.headers.get("Accept-Encoding", "")):
                return super().send_head()  # and the redirect from a folder without its "/"
            data = gzip.compress(path.read_bytes(), 6)
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(str(path)))
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            return io.BytesIO(data)

    with serve(site_dir_path(), handler=Gzipped) as url:
        yield url


def page_weights(url: str) -> list[dict[str, object]]:
    from playwright.sync_api import sync_playwright

    sys.path.insert(0, str(ROOT))
    from tests.browser.conftest import SYSTEM_CHROMIUM_ARGS, chromium_executable

    rows = []
    with sync_playwright() as playwright:
        # The tests' choice of browser (one place), so the weights are what the tests see.
        executable = chromium_executable()
        if executable is not None:
            browser = playwright.chromium.launch(executable_path=executable, args=SYSTEM_CHROMIUM_ARGS)
        else:
            browser = playwright.chromium.launch()
        for name, path in TEMPLATES.items():
            page = browser.new_page(viewport={"width": 390, "height": 844})
            seen: list[str] = []
            page.on("requestfinished", lambda request, seen=seen: seen.append(request.url))
            page.goto(url + path)
            page.wait_for_load_state("networkidle")
            sizes = {"html": 0, "own js": 0, "own css": 0, "material": 0, "search index": 0,
                     "own requests": 0}
            # A page with widgets may use up to 12 KB of our own files; one without, 4 KB.
            widgets = page.evaluate("""[...document.querySelectorAll('[data-module]')]
                .some((e) => e.dataset.module !== 'sr-embed')""")
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
                    sizes["own requests"] += 1
                elif file.suffix == ".css":
                    sizes["own css"] += packed
                    sizes["own requests"] += 1
                else:
                    sizes["material"] += packed  # icons, images
            rows.append({"page": name, "requests": len(seen), "widgets": widgets, **sizes})
            page.close()
        browser.close()
    return rows


def lighthouse(url: str, reports: Path | None = None,
               runs: int = 1) -> list[tuple[str, dict[str, int], list[str], list[tuple[int, int]]]]:
    """Lighthouse's four scores per page template, and the audits that cost points (any
    scored audit below 1, with its weight in its category), so a score below 100 says why.
    runs > 1: each page that many times, as (performance, total blocking time ms) per run, since
    on a shared machine one run's performance can be a few points off; the scores and audits
    kept are the last run's."""
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
        performance: list[tuple[int, int]] = []
        for run in range(runs):
            with tempfile.TemporaryDirectory() as scratch:
                report = Path(scratch) / "report.json"
                subprocess.run(["node", str(cli), url + path, "--quiet", "--output=json",
                                f"--output-path={report}", f"--chrome-flags={flags}",
                                "--only-categories=performance,accessibility,best-practices,seo"],
                               check=True, env={**os.environ, "CHROME_PATH": chrome})
                data = json.loads(report.read_text())
                if reports is not None:
                    reports.mkdir(parents=True, exist_ok=True)
                    suffix = f"-{run + 1}" if runs > 1 else ""
                    shutil.copy(report, reports / (re.sub(r"\W+", "-", name).strip("-") + suffix + ".json"))
            performance.append((round(data["categories"]["performance"]["score"] * 100),
                                round(data["audits"]["total-blocking-time"]["numericValue"])))
        categories = data["categories"]
        scores = {key: round(value["score"] * 100) for key, value in categories.items()}
        results.append((name, scores, failing_audits(data), performance))
    return results


def spread(values: list[int]) -> str:
    """'min / median / max' of some runs' figures."""
    ordered = sorted(values)
    return f"{ordered[0]} / {statistics.median(ordered):g} / {ordered[-1]}"


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
    parser.add_argument("--lighthouse-runs", type=int, default=1,
                        help="Lighthouse runs per page; above 1, performance and TBT as min / median / max")
    parser.add_argument("--reports", type=Path, help="keep Lighthouse's JSON reports in this folder")
    parser.add_argument("--no-zensical", action="store_true", help="leave Zensical's build out")
    parser.add_argument("--pages", help="only these page templates, comma-separated (e.g. home,reason)")
    args = parser.parse_args()
    if args.pages:
        chosen = args.pages.split(",")
        for name in [name for name in TEMPLATES if name not in chosen]:
            del TEMPLATES[name]

    if not args.no_build:
        print(f"Build, whole processes, seconds (goals: generator <= {SHARE_GOAL:.0%} of the build at every "
              f"size; build time per page flat from 100 to 1,000 reasons, within {FLAT_GOAL - 1:.0%} "
              f"of 100's). generator share = (check + lint) / build: a build after a content change "
              "also runs the plain-language lint; check share = check / build, the issue's first measure")
        print("| reasons | pages | check cold | check warm | lint warm | build cold | build warm "
              "| unchanged | Zensical warm | plain mkdocs | check share | generator share | goal "
              "| build per page (ms) | goal | reason page HTML | site/ |")
        print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---|---:|---:|")
        per_page: dict[int, float] = {}
        for count in (int(n) for n in args.sizes.split(",")):
            t = build_times(count, args.repeat, zensical=not args.no_zensical)
            share = (t["check"] + t["lint"]) / t["build"]
            per_page[count] = t["build"] / t["pages"]
            if count == 100:
                flat = "(the base)"
            elif count > 100 and 100 in per_page:
                ratio = per_page[count] / per_page[100]
                flat = f"{verdict(ratio <= FLAT_GOAL)} (x{ratio:.2f})"
            else:
                flat = "-"
            print(f"| {count} | {t['pages']} | {t['check_cold']:.2f} | {t['check']:.2f} | {t['lint']:.2f} "
                  f"| {t['build_cold']:.2f} | {t['build']:.2f} | {t['unchanged']:.2f} | {t['zensical']} "
                  f"| {t['mkdocs']:.2f} | {t['check'] / t['build']:.0%} | {share:.0%} "
                  f"| {verdict(share <= SHARE_GOAL)} "
                  f"| {per_page[count] * 1000:.1f} | {flat} "
                  f"| {t['reason_html'] / 1024:.0f} KB | {t['site'] / 1024 / 1024:.1f} MB |", flush=True)
        print()

    subprocess.run([PYTHON, "build_quiz.py"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    with served_site() as url:
        rows = page_weights(url)
        # What Material itself asks for (a page of ours less our own files): the request goal's base.
        material = min(int(str(row["requests"])) - int(str(row["own requests"])) for row in rows)
        print("Page weight as transferred (gzip -6), bytes, phone viewport, first visit (goals: our own "
              f"JS + CSS <= {OWN_GOAL // 1024} KB without widgets, <= {OWN_WIDGETS_GOAL // 1024} KB with; "
              f"<= {OWN_REQUESTS_GOAL} requests above Material's {material})")
        print("| page | widgets | requests | goal | HTML | own JS | own CSS | own JS + CSS | goal "
              "| Material | search index |")
        print("|---|---|---:|---|---:|---:|---:|---:|---|---:|---:|")
        for row in rows:
            own = int(str(row["own js"])) + int(str(row["own css"]))
            limit = OWN_WIDGETS_GOAL if row["widgets"] else OWN_GOAL
            above = int(str(row["requests"])) - material
            print(f"| {row['page']} | {'yes' if row['widgets'] else 'no'} | {row['requests']} "
                  f"| {verdict(above <= OWN_REQUESTS_GOAL)} (+{above}) | {row['html']} | {row['own js']} "
                  f"| {row['own css']} | {own} | {verdict(own <= limit)} (<= {limit // 1024} KB) "
                  f"| {row['material']} | {row['search index']} |")
        index = ROOT / "site" / "search" / "search_index.json"
        print(f"\nsearch index: {len(gzip.compress(index.read_bytes(), 6))} bytes gzipped "
              "(Material's search fetches it on every page load; the column above shows it)")
        if args.lighthouse:
            print("\nLighthouse (mobile): performance / accessibility / best practices / SEO")
            if args.lighthouse_runs <= 1:
                print("| page | performance | accessibility | best practices | SEO |")
                print("|---|---:|---:|---:|---:|")
            failing: list[str] = []
            runs = max(args.lighthouse_runs, 1)
            if runs > 1:
                print(f"(performance and total blocking time in ms over {runs} runs: min / median / max; "
                      "the other scores from the last run)")
                print("| page | performance | TBT ms | accessibility | best practices | SEO |")
                print("|---|---:|---:|---:|---:|---:|")
            for name, scores, audits, performance in lighthouse(url, args.reports, runs):
                if runs > 1:
                    print(f"| {name} | {spread([score for score, _ in performance])} "
                          f"| {spread([ms for _, ms in performance])} | {scores['accessibility']} "
                          f"| {scores['best-practices']} | {scores['seo']} |", flush=True)
                else:
                    print(f"| {name} | {scores['performance']} | {scores['accessibility']} "
                          f"| {scores['best-practices']} | {scores['seo']} |", flush=True)
                failing += [f"{name}: {audit}" for audit in audits]
            print(f"\nload average: {os.getloadavg()[0]:.2f} (performance varies with it)")
            print("Audits below 100:" if failing else "Every scored audit passes.")
            for line in failing:
                print(f"- {line}")


if __name__ == "__main__":
    main()
