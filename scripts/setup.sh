#!/usr/bin/env bash
# Sets up everything Second Round needs, on a fresh Debian machine too:
#   scripts/setup.sh build   Python venv with the generator's dependencies
#   scripts/setup.sh test    the same plus test tools, Chromium and axe-core
# Each step is skipped when it is already done, so running it again is cheap.
set -euo pipefail
cd "$(dirname "$0")/.."
want=${1:-build}

apt_install() {
  # Only root can install system packages; anyone else is told what is missing.
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
    echo "setup: please install these Debian packages first: $*" >&2
    exit 1
  fi
  if [ ! -f /tmp/.second-round-apt-updated ]; then
    apt-get update -qq && touch /tmp/.second-round-apt-updated
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

command -v python3 >/dev/null || apt_install python3
python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
  echo "setup: Python 3.11 or newer is needed; found $(python3 --version)" >&2; exit 1; }
python3 -c 'import venv, ensurepip' 2>/dev/null || apt_install python3-venv

if [ ! -x .venv/bin/python ]; then
  rm -rf .venv
  python3 -m venv .venv
fi

# The dependencies listed in pyproject.toml (the generator runs from this
# folder, so the project itself is not installed). Reinstalled only when
# that list changes.
groups=$([ "$want" = test ] && echo "runtime dev" || echo "runtime")
stamp=".venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)-${groups// /-}"
if [ ! -f "$stamp" ]; then
  mapfile -t packages < <(.venv/bin/python - $groups <<'PY'
import sys, tomllib
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
for group in sys.argv[1:]:
    deps = project["dependencies"] if group == "runtime" else project["optional-dependencies"][group]
    print(*deps, sep="\n")
PY
)
  .venv/bin/python -m pip install --quiet --disable-pip-version-check "${packages[@]}"
  touch "$stamp"
fi

[ "$want" = test ] || exit 0

# The browser tests use Debian's Chromium unless SECOND_ROUND_CHROMIUM says
# otherwise (tests/browser/conftest.py makes that choice).
if [ -z "${SECOND_ROUND_CHROMIUM:-}" ] && [ ! -x /usr/bin/chromium ]; then
  apt_install chromium
fi

# The print tests measure pages with the fonts print.css names (Liberation Sans, the
# metric twin of Arial) and the usual fallback (DejaVu Sans); --no-install-recommends
# above means chromium does not bring them.
for font in fonts-liberation fonts-dejavu-core; do
  dpkg -s "$font" >/dev/null 2>&1 || apt_install "$font"
done

# pdftotext (poppler-utils) reads the text of the printed PDFs in test_print.py.
command -v pdftotext >/dev/null || apt_install poppler-utils

# axe-core, the accessibility engine the browser tests inject, from npm.
command -v npm >/dev/null || apt_install npm
lock=tests/browser/package-lock.json
if [ ! -f tests/browser/node_modules/.installed ] || [ "$lock" -nt tests/browser/node_modules/.installed ]; then
  npm ci --prefix tests/browser --silent --no-audit --no-fund
  touch tests/browser/node_modules/.installed
fi
