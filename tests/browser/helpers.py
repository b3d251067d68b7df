"""What the browser tests share besides fixtures (those are in conftest.py): the quiz's
reasons as the YAML has them, what the site keeps in localStorage, one way to answer a
question, and storage blocked as browsers block it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from playwright.sync_api import BrowserContext, Page

REPO_ROOT = Path(__file__).resolve().parents[2]
QUIZ = REPO_ROOT / "quiz"


def reasons() -> list[dict[str, Any]]:
    """Every reason as quiz/reasons/*.yml has it, in the site's order."""
    return [yaml.safe_load(path.read_text(encoding="utf-8"))
            for path in sorted((QUIZ / "reasons").glob("*.yml"))]


def reasons_by_id() -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in reasons()}


def flagging_answers(chosen: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    """Every question of these reasons answered with its last option, the one that says the
    reason fits: answers under which the self-check flags each of them."""
    return {r["id"]: {q["id"]: len(q["options"]) - 1 for q in r["questions"]} for r in chosen}


def answer(page: Page, reason_id: str, question_id: str, option: int) -> None:
    """Click an answer's label, as a visitor does (the radio itself is styled away)."""
    page.locator(f"label[for='{reason_id}--{question_id}--{option}']").click()


# The site keeps each value under "second-round:<base path>:<name>", as {"v": 1, "data": ...}
# (docs/assets/js/lib/store.js). The tests serve it at the root, so the base path is "/";
# test_subpath.py checks the key under a sub-path. Written here rather than asked of the
# page, so that a key the site gets wrong fails the tests.
def storage_key(name: str = "answers", scope: str = "/") -> str:
    return f"second-round:{scope}:{name}"


def stored_raw(page: Page, name: str = "answers") -> str | None:
    """What the site keeps under name, exactly as kept, or None."""
    raw: str | None = page.evaluate("(key) => localStorage.getItem(key)", storage_key(name))
    return raw


def stored(page: Page, name: str = "answers") -> Any:
    """What the site keeps under name (unwrapped), or None."""
    raw = stored_raw(page, name)
    return None if raw is None else json.loads(raw)["data"]


def put_raw(page: Page, name: str, raw: Any) -> None:
    """Keep raw under name as it is: text as given (e.g. broken JSON), anything else as its JSON."""
    text = raw if isinstance(raw, str) else json.dumps(raw)
    page.evaluate("([key, text]) => localStorage.setItem(key, text)", [storage_key(name), text])


def put(page: Page, name: str, data: Any) -> None:
    """Keep data under name as the site does (versioned), as if saved on an earlier visit."""
    put_raw(page, name, {"v": 1, "data": data})


def raw_storage(page: Page) -> dict[str, str]:
    """Everything the site keeps in localStorage, by key, exactly as stored."""
    found: dict[str, str] = page.evaluate(
        "() => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('second-round:'))"
        ".map((k) => [k, localStorage.getItem(k)]))")
    return found


# Even reading localStorage throws, as with cookies blocked for the site, in some private
# windows, and in a frame from another site (third-party storage blocked). The site then
# works in memory and says so.
BLOCK_STORAGE = """Object.defineProperty(window, "localStorage", {
  configurable: true,
  get() { throw new DOMException("The operation is insecure.", "SecurityError"); },
});"""


def block_storage(context: BrowserContext, *, in_frames_only: bool = False) -> None:
    """Block storage for every page the context opens from now on (or only in frames, as
    browsers that block third-party storage do, where the host page keeps its own)."""
    script = f"if (window.top !== window) {{ {BLOCK_STORAGE} }}" if in_frames_only else BLOCK_STORAGE
    context.add_init_script(script)


# The widgets of a page outside embed mode that main.js has not started yet (it marks each one
# it starts with data-sr-ready; embed mode's widget starts only in a frame). Waiting for none
# is waiting for the page's own scripts to have arrived and run.
NOT_STARTED = "[data-module]:not([data-sr-ready], [data-module=sr-embed])"


def hold_back_scripts(page: Page) -> None:
    """The site's own script never starts (as on a slow phone, before it arrives): what the
    page shows then is what its HTML and CSS alone say."""
    page.route("**/assets/js/main.js", lambda route: route.fulfill(
        status=200, content_type="text/javascript", body="// held back"))
