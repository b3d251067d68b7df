"""The Content-Security-Policy allows exactly the inline scripts the built pages hold.

site-overrides/main.html writes the policy with `script-src 'self'` and no inline script
allowed (the preview, `build_quiz.py --serve`, passes it the hashes of the build it starts
with, since `mkdocs serve` builds without this step). Each engine adds small inline scripts
of its own (restoring a tab and the visitor's light or dark choice), and they change between
releases, so rather than copying their hashes by hand, the build reads every built page,
hashes each inline script that comes after the policy, and writes the whole set into every
page's policy. The same set everywhere, since with instant navigation the first page's policy
stays in force while the visitor moves on to the others. Scripts before the policy tag (the
storage helpers in partials/javascripts/base.html) are not under it and need no hash.
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

POLICY = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">')
SCRIPT = re.compile(r"<script(\s[^>]*)?>(.*?)</script>", re.S)
# Types a browser runs; anything else (application/json data blocks) is not a script to it.
RUNNABLE_TYPES = frozenset({"", "module", "text/javascript", "application/javascript"})
SCRIPT_SRC = "script-src 'self'"


def inline_scripts(html: str) -> list[str]:
    """The text of each inline script after the policy tag that the browser would run."""
    policy = POLICY.search(html)
    if policy is None:
        return []
    found = []
    for match in SCRIPT.finditer(html, policy.end()):
        attributes = match.group(1) or ""
        if re.search(r"\ssrc=", attributes):
            continue
        kind = re.search(r'\stype="([^"]*)"', attributes)
        if (kind.group(1).lower() if kind else "") in RUNNABLE_TYPES:
            found.append(match.group(2))
    return found


def script_hash(text: str) -> str:
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
    return f"'sha256-{digest}'"


def allow_inline_scripts(site: Path) -> list[str]:
    """Write the hashes of every page's inline scripts into every page's policy; returns them."""
    pages = {path: path.read_text(encoding="utf-8") for path in sorted(site.rglob("*.html"))}
    hashes = sorted({script_hash(text) for html in pages.values() for text in inline_scripts(html)})
    allowed = " ".join([SCRIPT_SRC, *hashes])
    for path, html in pages.items():
        policy = POLICY.search(html)
        if policy is None or SCRIPT_SRC + ";" not in policy.group(1):
            continue
        content = policy.group(1).replace(SCRIPT_SRC + ";", allowed + ";", 1)
        path.write_text(html[:policy.start(1)] + content + html[policy.end(1):], encoding="utf-8")
    return hashes


def allowed_hashes(site: Path) -> list[str]:
    """The hashes a built site's policy allows (read from its home page), for the preview."""
    home = site / "index.html"
    policy = POLICY.search(home.read_text(encoding="utf-8")) if home.is_file() else None
    return re.findall(r"'sha256-[A-Za-z0-9+/=]+'", policy.group(1)) if policy else []
