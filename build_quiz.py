#!/usr/bin/env python3
"""Build the Second Round site: validate quiz/*.yml, render docs/, run mkdocs build --strict.

    python build_quiz.py            build docs/ and site/
    python build_quiz.py --check    validate only
    python build_quiz.py --serve    preview, rebuilding when the YAML changes
"""

import sys
from pathlib import Path

from secondround.cli import main

if __name__ == "__main__":
    sys.exit(main(root=Path(__file__).resolve().parent))
