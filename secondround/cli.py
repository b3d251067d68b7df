"""Command line of build_quiz.py: check, build or preview the site."""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path

import yaml
from jinja2 import TemplateError, TemplateNotFound

from . import jsonschema, lint
from .branding import brand_css, brand_files
from .bundle import BundleError, built_files, with_stylesheets
from .content import load_content
from .csp import allowed_hashes
from .engines import DEFAULT_ENGINE, ENGINES, build_with, for_zensical
from .errors import summary
from .nav import Nav, site_nav
from .pages import Page
from .publish import (
    BuildFailed,
    hand_written_in_the_way,
    hand_written_paths,
    stage,
    swap_site,
    sync_docs,
)
from .render import render_site


@dataclass(frozen=True)
class Project:
    """Where everything lives; tests point this at fixture folders."""

    root: Path

    @property
    def quiz(self) -> Path:
        return self.root / "quiz"

    @property
    def templates(self) -> Path:
        return self.root / "templates"

    @property
    def docs(self) -> Path:
        return self.root / "docs"

    @property
    def site(self) -> Path:
        return self.root / "site"

    @property
    def config(self) -> Path:
        return self.root / "mkdocs.yml"

    @property
    def serve_config(self) -> Path:
        return self.root / ".mkdocs-serve.yml"

    def scratch(self) -> Path:
        """A fresh staging folder beside site/ (same disk, so the final swap is a rename).

        Unique per run, so two builds started at once never delete each other's work.
        """
        return Path(tempfile.mkdtemp(prefix=".build-", dir=self.root))


@dataclass(frozen=True)
class Generated:
    pages: list[Page]
    """Everything build_quiz.py writes into docs/."""
    nav: Nav
    """The navigation MkDocs is given (nav.py)."""


def generate(project: Project) -> Generated | None:
    """Validate and render in memory. Prints every problem; returns None if there was one."""
    content, errors = load_content(project.root, project.quiz)
    if content is None:
        for error in errors:
            print(error, file=sys.stderr)
        print(summary(errors), file=sys.stderr)
        return None
    try:
        # The same variable mkdocs.yml reads for site_url (set by the publishing workflow).
        address = os.environ.get("SITE_URL", "").strip()
        pages = render_site(content, project.templates, address and address.rstrip("/") + "/")
        pages = [replace(p, text=with_stylesheets(p.path, p.text)) if isinstance(p.text, str) else p
                 for p in pages]
        pages += [Page(path, data) for path, data in brand_files(content.site, content.logo).items()]
        hand_written = hand_written_paths(project.docs)
        # Widgets on hand-written pages need their scripts too.
        markup = [page.data for page in pages] + [(project.docs / path).read_bytes() for path in hand_written]
        built = built_files(project.docs, markup, brand_css(content.site, content.logo))
        pages += [Page(path, data) for path, data in built.items()]
        return Generated(pages, site_nav(content, pages, hand_written))
    except BundleError as error:
        # The site's own scripts or styles, not the content: a developer's mistake.
        print(f"{error}\nThe browser code could not be joined; nothing was written.", file=sys.stderr)
        return None
    except TemplateNotFound as error:
        print(f"templates/{error.name}: template error: the template is missing", file=sys.stderr)
        print("The templates are broken; nothing was written.", file=sys.stderr)
        return None
    except TemplateError as error:
        name = getattr(error, "filename", None) or "templates"
        line = getattr(error, "lineno", None)
        where = f"{name}:{line}" if line else name
        print(f"{where}: template error: {error}", file=sys.stderr)
        print("The templates are broken; nothing was written.", file=sys.stderr)
        return None


def build(project: Project, engine: str = DEFAULT_ENGINE) -> int:
    generated = generate(project)
    if generated is None:
        return 1
    pages = for_zensical(generated.pages) if engine == "zensical" else generated.pages
    clashes = hand_written_in_the_way(project.docs, pages)
    for path in clashes:
        print(f"docs/{path}: written by hand, but build_quiz.py generates this page; "
              "move your text into quiz/ or rename the file", file=sys.stderr)
    if clashes:
        print("Nothing was written.", file=sys.stderr)
        return 1
    scratch = project.scratch()
    staged_docs, staged_site = scratch / "docs", scratch / "site"
    try:
        project.docs.mkdir(exist_ok=True)
        stage(project.docs, pages, staged_docs)
        build_with(engine, project.root, project.config, staged_docs, staged_site, generated.nav)
    except BuildFailed as failure:
        print(f"{engine} build --strict failed:\n{failure}", file=sys.stderr)
        print("The site was not changed.", file=sys.stderr)
        return 1
    else:
        changed = sync_docs(project.docs, pages)
        swap_site(staged_site, project.site)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"Built {len(pages)} pages into {project.site.name}/ ({len(changed)} changed in docs/).")
    return 0


def check(project: Project) -> int:
    generated = generate(project)
    if generated is None:
        return 1
    print(f"Content is valid: {len(generated.pages)} files would be generated.")
    return 0


def serve(project: Project, address: str) -> int:
    """Preview with `mkdocs serve`, regenerating docs/ whenever quiz/ or templates/ change."""
    if build(project) != 0:
        print("Fix the errors above; the preview starts once the content is valid.", file=sys.stderr)
        return 1
    # Stopped with SIGTERM (not only Ctrl-C), still stop the MkDocs server below.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    generated = generate(project)
    assert generated is not None  # build() just succeeded on the same files
    write_serve_config(project, generated.nav)
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dev-addr", address,
                               "--config-file", str(project.serve_config)], cwd=project.root)
    watched = _snapshot(project)
    try:
        while server.poll() is None:
            time.sleep(1)
            now = _snapshot(project)
            if now != watched:
                watched = now
                generated = generate(project)
                if generated is not None:
                    write_serve_config(project, generated.nav)
                    changed = sync_docs(project.docs, generated.pages)
                    print(f"Content changed: regenerated {len(changed)} page(s).")
    except KeyboardInterrupt:
        pass
    finally:
        server.terminate()
        server.wait()
    return 0


def write_serve_config(project: Project, nav: Nav) -> None:
    """mkdocs.yml plus the generated navigation, for `mkdocs serve` (build passes the nav
    directly); rewritten only when it changes, since MkDocs reloads when it does."""
    # And the inline scripts the policy allows, from the build the preview started with
    # (`mkdocs serve` does not run csp.py's step after its builds).
    extra = {"script_hashes": allowed_hashes(project.site)}
    text = ("# Generated by build_quiz.py --serve: mkdocs.yml and the navigation. Do not edit.\n"
            f"INHERIT: {project.config.name}\n"
            + yaml.safe_dump({"nav": nav, "extra": extra}, allow_unicode=True, sort_keys=False, width=1000))
    if not project.serve_config.is_file() or project.serve_config.read_text(encoding="utf-8") != text:
        project.serve_config.write_text(text, encoding="utf-8")


def _snapshot(project: Project) -> dict[Path, float]:
    files = [*project.quiz.rglob("*.yml"), *project.templates.rglob("*")]
    return {path: path.stat().st_mtime for path in files if path.is_file()}


def main(argv: list[str] | None = None, root: Path | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="build_quiz.py",
        description="Validate the YAML in quiz/, render it into docs/ and build the site into site/.",
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="validate the content only; write nothing")
    mode.add_argument("--serve", action="store_true",
                      help="preview on a local address and rebuild when the YAML changes")
    mode.add_argument("--lint", action="store_true",
                      help="list plain-language findings in the content (quiz/lint.yml); write nothing")
    parser.add_argument("--strict-content", action="store_true",
                        help="with --lint or a build: fail (exit 1) if there is any plain-language finding")
    mode.add_argument("--export-schema", action="store_true",
                      help="rewrite quiz/schema/*.json from the content model, for editors")
    parser.add_argument("--address", default="127.0.0.1:8000", help="address for --serve")
    parser.add_argument("--engine", choices=ENGINES, default=DEFAULT_ENGINE,
                        help="what builds the site from docs/: mkdocs (the default) or zensical "
                             "(Material for MkDocs' successor; scripts/setup.sh zensical installs it)")
    args = parser.parse_args(argv)
    project = Project(root or Path(__file__).resolve().parent.parent)
    if args.lint:
        return lint_content(project, strict=args.strict_content, listed=True)
    if args.check:
        return check(project)
    if args.export_schema:
        written = jsonschema.write(project.quiz / "schema")
        print(f"Schema files updated: {', '.join(written) or 'none (already current)'}.")
        return 0
    if args.serve:
        if args.engine != DEFAULT_ENGINE:
            print("--serve previews with MkDocs only; build with --engine zensical and serve site/ "
                  "to look at Zensical's site.", file=sys.stderr)
            return 2
        return serve(project, args.address)
    built = build(project, args.engine)
    if built != 0:
        return built
    return lint_content(project, strict=args.strict_content, listed=False)


def lint_content(project: Project, strict: bool, listed: bool) -> int:
    """Plain-language findings: listed in full with --lint, one summary line after a build."""
    limits, words = lint.load_settings(project.quiz / "lint.yml")
    findings = lint.lint(lint.content_files(project.quiz, project.root), limits, words)
    if listed:
        for finding in findings:
            print(finding)
    if findings:
        hint = "" if listed else " (build_quiz.py --lint lists them)"
        print(f"Plain language: {len(findings)} finding(s){hint}.", file=sys.stderr if strict else sys.stdout)
    elif listed:
        print("Plain language: no findings.")
    return 1 if strict and findings else 0
