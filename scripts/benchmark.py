#!/usr/bin/env python3
"""Speed and size figures for Second Round, printed as a table (never asserted in tests).

For the real ten reasons and synthetic sets of 100 and 1,000 made from them,
it times validate+render (our code) against the MkDocs build, in one run so
the ratio is fair on a noisy machine. It also reports the gzipped size of the
site's own JavaScript and CSS. Run: .venv/bin/python scripts/benchmark.py
"""

from __future__ import annotations

import argparse
import gzip
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from secondround.content import load_content  # noqa: E402
from secondround.publish import build_site, ignore_generated, stage  # noqa: E402
from secondround.render import render_site  # noqa: E402


def make_project(target: Path, count: int) -> None:
    """A copy of the project whose quiz/reasons holds `count` reasons cloned from the real ten."""
    for name in ("templates", "site-overrides"):
        shutil.copytree(ROOT / name, target / name)
    shutil.copytree(ROOT / "docs", target / "docs", ignore=ignore_generated)
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    (target / "quiz" / "reasons").mkdir(parents=True)
    shutil.copy(ROOT / "quiz" / "site.yml", target / "quiz" / "site.yml")
    originals = sorted((ROOT / "quiz" / "reasons").glob("*.yml"))
    for number in range(1, count + 1):
        source = originals[(number - 1) % len(originals)]
        text = source.read_text(encoding="utf-8")
        old_id = re.search(r"^id: (\S+)$", text, re.M).group(1)  # type: ignore[union-attr]
        new_id = old_id if number <= len(originals) else f"{old_id}-{number}"
        text = re.sub(r"^id: \S+$", f"id: {new_id}", text, flags=re.M)
        text = re.sub(r"^number: \d+$", f"number: {number}", text, flags=re.M)
        (target / "quiz" / "reasons" / f"{number:04d}-{new_id}.yml").write_text(text, encoding="utf-8")


def measure(count: int, repeat: int) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as scratch:
        project = Path(scratch)
        make_project(project, count)
        ours = []
        for _ in range(repeat):
            start = time.perf_counter()
            content, errors = load_content(project, project / "quiz")
            assert content is not None, errors[:3]
            pages = render_site(content, project / "templates")
            ours.append(time.perf_counter() - start)
        stage(project / "docs", pages, project / ".build" / "docs")
        start = time.perf_counter()
        build_site(project / "mkdocs.yml", project / ".build" / "docs", project / ".build" / "site")
        mkdocs = time.perf_counter() - start
        return min(ours), mkdocs


def asset_sizes() -> list[tuple[str, int, int]]:
    rows = []
    for path in sorted((ROOT / "docs" / "assets").rglob("*")):
        if path.suffix in (".js", ".css"):
            data = path.read_bytes()
            rows.append((path.relative_to(ROOT).as_posix(), len(data), len(gzip.compress(data, 9))))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,100,1000", help="reason counts, comma-separated")
    parser.add_argument("--repeat", type=int, default=3, help="validate+render runs (the fastest counts)")
    args = parser.parse_args()
    print("| reasons | validate+render (s) | mkdocs build (s) | ratio | per reason (ms) |")
    print("|---:|---:|---:|---:|---:|")
    for count in (int(n) for n in args.sizes.split(",")):
        ours, mkdocs = measure(count, args.repeat)
        print(f"| {count} | {ours:.3f} | {mkdocs:.2f} | {ours / mkdocs:.1%} | {ours / count * 1000:.2f} |",
              flush=True)
    print()
    print("| asset | bytes | gzipped |")
    print("|---|---:|---:|")
    rows = asset_sizes()
    for name, size, packed in rows:
        print(f"| {name} | {size} | {packed} |")
    every = b"".join((ROOT / name).read_bytes() for name, _, _ in rows)
    print(f"| all site JS+CSS, one stream | {len(every)} | {len(gzip.compress(every, 9))} |")


if __name__ == "__main__":
    main()
