"""Command line of build_quiz.py: check, build or preview the site."""

from __future__ import annotations

import argparse
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from . import stamp
from .engines import DEFAULT_ENGINE, ENGINES, for_zensical, zensical_command
from .project import Project
from .publish import BuildFailed, hand_written_in_the_way, swap_site, sync_docs

if TYPE_CHECKING:
    from .nav import Nav

# The content model (pydantic), the templates (Jinja), MkDocs and the linter are imported
# where they are used: an unchanged build (stamp.py) needs none of them, --check no MkDocs.


def build(project: Project, engine: str = DEFAULT_ENGINE, force: bool = False) -> int:
    """Build site/, unless stamp.py finds nothing changed since the last build (force: build anyway)."""
    command = zensical_command(project.root) if engine == "zensical" else None
    sources = stamp.inputs(project.root, engine, command)
    if not force and stamp.is_current(project.root, sources):
        print(f"{project.site.name}/ is up to date: nothing it is built from changed since the last "
              "build (--force builds it again).")
        return 0
    return _build(project, engine, sources)


def _build(project: Project, engine: str, sources: str) -> int:
    from .editions import build_languages
    from .generate import generate

    generated = generate(project)
    if generated is None:
        return 1
    pages = generated.pages
    clashes = hand_written_in_the_way(project.docs, for_zensical(pages) if engine == "zensical" else pages)
    for path in clashes:
        print(f"docs/{path}: written by hand, but build_quiz.py generates this page; "
              "move your text into quiz/ or rename the file", file=sys.stderr)
    # Each translation's site goes in its own folder of the English one.
    for language in generated.languages[1:]:
        code = language.edition.prefix.rstrip("/")
        if (project.docs / code).exists():
            clashes.append(code)
            print(f"docs/{code}: the site in {language.edition.content.site.language} is built at this "
                  "address; move or rename this folder", file=sys.stderr)
    if clashes:
        print("Nothing was written.", file=sys.stderr)
        return 1
    scratch = project.scratch()
    try:
        project.docs.mkdir(exist_ok=True)
        staged_site = build_languages(project, generated, engine, scratch)
    except BuildFailed as failure:
        print(f"{engine} build --strict failed:\n{failure}", file=sys.stderr)
        print("The site was not changed.", file=sys.stderr)
        return 1
    else:
        changed = sync_docs(project.docs, pages)
        made = stamp.outputs(project.root, staged_site)
        swap_site(staged_site, project.site)
        stamp.write(project.root, sources, made)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    languages = len(generated.languages)
    also = f" in {languages} languages" if languages > 1 else ""
    print(f"Built {len(pages)} pages{also} into {project.site.name}/ ({len(changed)} changed in docs/).")
    return 0


def check(project: Project) -> int:
    from .generate import generate

    generated = generate(project)
    if generated is None:
        return 1
    languages = len(generated.languages)
    also = f", in each of {languages} languages" if languages > 1 else ""
    print(f"Content is valid: {len(generated.pages)} files would be generated{also}.")
    return 0


def serve(project: Project, address: str) -> int:
    """Preview with `mkdocs serve`, regenerating docs/ whenever quiz/ or templates/ change."""
    from .generate import generate

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
    import yaml

    from .csp import allowed_hashes

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
    parser.add_argument("--force", action="store_true",
                        help="build even if nothing changed since the last build (otherwise skipped)")
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
        from . import jsonschema

        written = jsonschema.write(project.quiz / "schema")
        print(f"Schema files updated: {', '.join(written) or 'none (already current)'}.")
        return 0
    if args.serve:
        if args.engine != DEFAULT_ENGINE:
            print("--serve previews with MkDocs only; build with --engine zensical and serve site/ "
                  "to look at Zensical's site.", file=sys.stderr)
            return 2
        return serve(project, args.address)
    built = build(project, args.engine, force=args.force)
    if built != 0:
        return built
    return lint_content(project, strict=args.strict_content, listed=False)


def lint_content(project: Project, strict: bool, listed: bool) -> int:
    """Plain-language findings: listed in full with --lint, one summary line after a build."""
    # After a build the count alone is printed, and the stamp keeps it: the findings follow
    # from quiz/ and the linter, both in the stamp, and reading grades costs a second or more.
    count = None if listed else stamp.findings(project.root)
    if count is None:
        from . import lint

        try:
            limits, words = lint.load_settings(project.quiz / "lint.yml")
        except lint.SettingsError as error:
            print(error, file=sys.stderr)
            print("Plain language: not checked; correct quiz/lint.yml first.", file=sys.stderr)
            return 1
        findings = lint.lint(lint.content_files(project.quiz, project.root), limits, words)
        count = len(findings)
        if listed:
            for finding in findings:
                print(finding)
            # A file the build refuses fails --lint too (a build never gets this far with one).
            if any(finding.refused for finding in findings):
                print("Plain language: a file above cannot be read; correct it first "
                      "(build_quiz.py --check lists every content error).", file=sys.stderr)
                return 1
        else:
            stamp.keep_findings(project.root, count)
    if count:
        hint = "" if listed else " (build_quiz.py --lint lists them)"
        print(f"Plain language: {count} finding(s){hint}.", file=sys.stderr if strict else sys.stdout)
    elif listed:
        print("Plain language: no findings.")
    if listed:
        # An editor who ran only --lint could take "no findings" for "the file is right": a
        # list with too many items, say, reads plainly and is still refused by the build.
        print("(Wording only: build_quiz.py --check checks the content itself.)")
    return 1 if strict and count else 0
