"""Fixtures for the browser tests of the built Second Round site.

Serves the already-built site/ over local HTTP, drives Chromium through Playwright,
fails any test whose pages log a console error or try to reach another host, and
runs the pinned axe-core (package.json here) against WCAG 2.x A/AA.
"""

from __future__ import annotations

import contextlib
import fcntl
import io
import json
import os
import re
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import (
    Browser,
    BrowserContext,
    ConsoleMessage,
    Page,
    Request,
    WebError,
    WebSocket,
    sync_playwright,
)

from ..conftest import copy_sources
from .helpers import REPO_ROOT, block_storage

BROWSER_TESTS_DIR = Path(__file__).resolve().parent
AXE_JS = BROWSER_TESTS_DIR / "node_modules" / "axe-core" / "axe.min.js"
# Where every test server (serve()) answers with AXE_JS, whatever its prefix.
AXE_URL_PATH = "/__tests__/axe.min.js"
# Debian's Chromium, in the first of its two builds that is installed. Both come from one
# source and version; the headless shell (package chromium-headless-shell) is the build that
# Playwright itself drives for headless runs (on GitHub's runners too), and it costs about a
# quarter less CPU than the full browser's headless mode: the browser suite ran in 208 s
# rather than 300 s on 2 cores. The full browser (package chromium) is the fallback.
SYSTEM_CHROMIUMS = (Path("/usr/lib/chromium/chromium-headless-shell"), Path("/usr/bin/chromium"))
# The system binary is not Playwright's tuned build: keep it from phoning home
# (updates, sync, field trials) so runs are offline and deterministic.
SYSTEM_CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost"})
NETWORK_SCHEMES = frozenset({"http", "https", "ws", "wss"})
# Where the browser sends what is not for this machine: a proxy on a port where nothing listens,
# so any request to another host fails in the browser itself (IP addresses too) and the page
# guard (_Guard) only has to note it. Blocking there rather than with a Playwright route keeps
# the browser's cache on (a route turns it off): with it, a kept tab fetches and compiles
# Material's scripts once, not on every page, which makes a page load about a fifth cheaper.
# "<-loopback>" drops Chromium's own exemption of every loopback address (127.0.0.2 is
# another host to the guard, and is refused here too).
NOWHERE_PROXY = {"server": "http://127.0.0.1:9", "bypass": ",".join(["<-loopback>", *sorted(LOCAL_HOSTS)])}
# WCAG 2.x A/AA, and axe's best practices (landmarks, heading order, ...) as well.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"]
# Reduced motion, as many visitors set it: the site's CSS then skips transitions, so
# axe and screenshots never catch Material's header half-way through a fade.
# Tabs ask the test servers for an empty search index (_QuietHandler.do_GET): Material builds
# the index in a worker on every page load, an eighth of the browser's work for a page,
# which only test_search.py needs (its tests are marked full_search_index).
EMPTY_SEARCH_INDEX = {"X-Second-Round-Test": "empty-search-index"}
DESKTOP: dict[str, Any] = {"viewport": {"width": 1280, "height": 800}, "reduced_motion": "reduce",
                           "extra_http_headers": EMPTY_SEARCH_INDEX}
PHONE_VIEWPORT = {"width": 390, "height": 844}
MOBILE: dict[str, Any] = {
    "viewport": PHONE_VIEWPORT,
    "reduced_motion": "reduce",
    "is_mobile": True,
    "has_touch": True,
    "extra_http_headers": EMPTY_SEARCH_INDEX,
}
NO_JAVASCRIPT: dict[str, Any] = {**DESKTOP, "java_script_enabled": False}
# Pages MkDocs/Material generate that are not content pages of the quiz.
EXCLUDED_TOP_DIRS = frozenset({"assets", "search"})

Violation = dict[str, Any]


def site_dir_path() -> Path:
    """The built site: $SECOND_ROUND_SITE_DIR, else <repo>/site (the one place for this rule)."""
    return Path(os.environ.get("SECOND_ROUND_SITE_DIR") or REPO_ROOT / "site").resolve()


def site_pages(site: Path) -> list[str]:
    """Every generated page as a path relative to the site ('index.html', 'about/index.html').

    The home page is always listed, so that with no built site the tests still run
    and fail through the `site_dir` fixture's message instead of silently vanishing.
    """
    found = {
        path.relative_to(site).as_posix()
        for path in site.rglob("index.html")
        if path.relative_to(site).parts[0] not in EXCLUDED_TOP_DIRS
    }
    return ["index.html", *sorted(found - {"index.html"})]


def translation_dirs(site: Path) -> frozenset[str]:
    """The top folders that hold a whole site in another language (es/): each has its own
    sitemap, as only a site's root does."""
    return frozenset(p.parent.name for p in site.glob("*/sitemap.xml"))


def one_page_per_template(pages: list[str], languages: frozenset[str] = frozenset()) -> list[str]:
    """The first page of each kind in each language: 'reasons/01-x/' stands for every reason
    page, 'es/reasons/01-x/' for every Spanish one, and so on. Pages of one kind come from one
    template with the same relative links and the same theme parts, so what differs between
    them is content, which the English pages' tests cover on every page."""
    kinds: dict[tuple[str, str], str] = {}
    for page_path in pages:
        parts = page_path.split("/")
        language = parts[0] if len(parts) > 1 and parts[0] in languages else ""
        parts = parts[1:] if language else parts
        kind = parts[0] if len(parts) <= 2 else f"{parts[0]}/*"
        kinds.setdefault((language, kind), page_path)
    return list(kinds.values())


# The engines whose sites the tests run on: $SECOND_ROUND_ENGINES (comma-separated), else
# MkDocs only. scripts/test sets both. MkDocs' site runs every test; Zensical's the smoke set,
# the tests marked `zensical` (every page clean and axe-checked at both sizes, a result from
# the self-assessment, a checklist printed on one page, search, the sub-path and the frame),
# so the suite does not take twice as long. A test parametrised by page_path runs on one page
# per template for another language's pages (es/) and for Zensical's English pages, and not
# on Zensical's es/: MkDocs' English run checks every page's content, while what Zensical or
# a language changes (theme, scripts, links, words) is the same for a template. The other
# pages of other languages are still loaded once on MkDocs at phone width (test_smoke.py).
ENGINES = ("mkdocs", "zensical")


def selected_engines() -> list[str]:
    chosen = [e.strip() for e in os.environ.get("SECOND_ROUND_ENGINES", "mkdocs").split(",") if e.strip()]
    unknown = sorted(set(chosen) - set(ENGINES))
    if unknown:
        raise pytest.UsageError(f"SECOND_ROUND_ENGINES: unknown engine(s) {unknown}; choose from {ENGINES}")
    return chosen


def pytest_configure(config: pytest.Config) -> None:
    # Registered here because the repo runs pytest with --strict-markers.
    config.addinivalue_line("markers", "browser: runs the built site in a real browser")
    config.addinivalue_line(
        "markers", "zensical: also run on the site Zensical builds (the smoke set, see ENGINES)")
    config.addinivalue_line(
        "markers", "full_search_index: the tab gets the site's whole search index (EMPTY_SEARCH_INDEX)")
    config.addinivalue_line(
        "markers",
        "allow_console_errors: do not fail the test on console errors or uncaught page errors",
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A test of the smoke set runs once per selected engine; the others on MkDocs' site only
    (with the test ids they always had)."""
    if "engine" not in metafunc.fixturenames or metafunc.definition.get_closest_marker("zensical") is None:
        return
    engines = selected_engines()
    if engines != ["mkdocs"]:
        metafunc.parametrize("engine", engines, indirect=True, scope="session")


def _visits(page_path: str, engine: str, templates: set[str], languages: frozenset[str]) -> bool:
    """Whether a test parametrised by page_path runs on this page (see ENGINES above)."""
    translated = page_path.split("/")[0] in languages
    if engine == "mkdocs":
        return not translated or page_path in templates
    return not translated and page_path in templates


def pages_visited_one_by_one(engine: str) -> list[str]:
    """The pages a test parametrised by page_path runs on for this engine (see ENGINES)."""
    site = site_dir_path()
    languages = translation_dirs(site)
    pages = site_pages(site)
    templates = set(one_page_per_template(pages, languages))
    return [page_path for page_path in pages if _visits(page_path, engine, templates, languages)]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # This hook sees the whole session, so only tag the items that live here.
    engines = selected_engines()
    visited = {engine: set(pages_visited_one_by_one(engine)) for engine in ENGINES}
    kept, dropped = [], []
    for item in items:
        if item.path.is_relative_to(BROWSER_TESTS_DIR):
            item.add_marker(pytest.mark.browser)
            params = getattr(getattr(item, "callspec", None), "params", {})
            engine = params.get("engine", "mkdocs")
            if "engine" in getattr(item, "fixturenames", ()) and engine not in engines:
                dropped.append(item)
                continue
            page_path = params.get("page_path")
            if page_path is not None and page_path not in visited[engine]:
                dropped.append(item)
                continue
        kept.append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


def chromium_executable() -> Path | None:
    """The Chromium binary to drive, or None for Playwright's bundled build."""
    choice = os.environ.get("SECOND_ROUND_CHROMIUM", "").strip()
    if choice == "playwright":
        return None
    if choice:
        return Path(choice)
    # Playwright cannot download its browser in every environment we run in; the
    # distribution's chromium is the dependable default when it is there.
    return next((path for path in SYSTEM_CHROMIUMS if path.exists()), None)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """The one place that chooses and launches the browser (see chromium_executable)."""
    executable = chromium_executable()
    if executable is not None and not executable.is_file():
        pytest.fail(
            f"SECOND_ROUND_CHROMIUM={executable} is not a file: point it at a Chromium "
            "binary, or set it to 'playwright' to use Playwright's bundled browser."
        )
    with sync_playwright() as playwright:
        if executable is None:
            launched = playwright.chromium.launch(headless=True, proxy=NOWHERE_PROXY)
        else:
            launched = playwright.chromium.launch(
                executable_path=executable, headless=True, args=SYSTEM_CHROMIUM_ARGS,
                proxy=NOWHERE_PROXY,
            )
        yield launched
        launched.close()


@pytest.fixture(scope="session")
def engine(request: pytest.FixtureRequest) -> str:
    """The engine whose site this test runs on (parametrised for the smoke set only)."""
    return str(getattr(request, "param", "mkdocs"))


@pytest.fixture(scope="session")
def site_dir(engine: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    if engine == "zensical":
        return zensical_site(tmp_path_factory)
    site = site_dir_path()
    if not (site / "index.html").is_file():
        pytest.fail(
            f"No built site at {site} (index.html missing). Run `python build_quiz.py` "
            "first, or set SECOND_ROUND_SITE_DIR to a built site."
        )
    if (site / "search.json").is_file() and not (site / "search").is_dir():
        pytest.fail(f"{site} was built by Zensical: run `python build_quiz.py` (MkDocs) for these tests.")
    return site


def zensical_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Zensical's site: $SECOND_ROUND_ZENSICAL_SITE_DIR, else built once per run from a copy of
    the sources (so site/ and docs/ stay MkDocs'), shared by the parallel workers."""
    chosen = os.environ.get("SECOND_ROUND_ZENSICAL_SITE_DIR")
    if chosen:
        return Path(chosen).resolve()
    # Under pytest-xdist each worker has its own temporary folder inside the run's.
    run = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        run = run.parent
    project = run / "zensical-project"
    with (run / "zensical.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (project / "site" / "index.html").is_file():
            _build_with_zensical(project)
    return project / "site"


def _build_with_zensical(project: Path) -> None:
    from secondround.cli import main

    shutil.rmtree(project, ignore_errors=True)
    copy_sources(project)
    output = io.StringIO()
    with contextlib.redirect_stdout(output), contextlib.redirect_stderr(output):
        status = main(["--engine", "zensical"], root=project)
    if status != 0:
        pytest.fail(f"build_quiz.py --engine zensical failed (scripts/setup.sh zensical installs it):\n"
                    f"{output.getvalue()}", pytrace=False)


SEARCH_INDEXES = ("/search/search_index.json", "/search.json")  # MkDocs', Zensical's


class _QuietHandler(SimpleHTTPRequestHandler):
    """Static files from `directory`, found under the URL `prefix` only (as on GitHub Pages)."""

    prefix = "/"

    def translate_path(self, path: str) -> str:
        if path == AXE_URL_PATH:  # for the tests only (_run_axe), never part of the site
            return str(AXE_JS)
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "__outside_the_prefix__")  # a 404
        return super().translate_path("/" + path[len(self.prefix):])

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        asked = all(self.headers.get(name) == value for name, value in EMPTY_SEARCH_INDEX.items())
        index = Path(self.translate_path(path)) if asked and path.endswith(SEARCH_INDEXES) else None
        if index is not None and index.is_file():
            # The engine's own index with no page in it (MkDocs' "docs", Zensical's "items").
            data = json.loads(index.read_bytes())
            body = json.dumps({key: [] if key in ("docs", "items") else value
                               for key, value in data.items()}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().do_GET()

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # Like GitHub Pages: a missing page gets the site's own 404.html.
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        # One line per asset would drown pytest's output; problems surface via the page guard.
        pass


# The origins of servers that have stopped (a kept tab that used one is not kept: stale()).
_STOPPED_ORIGINS: set[str] = set()


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


@contextmanager
def serve(directory: Path, prefix: str = "/", host: str = "127.0.0.1",
          handler: type[_QuietHandler] | None = None) -> Iterator[str]:
    """Serve a folder over HTTP on a free port; yields the base URL (ending in the prefix).
    `handler` (a _QuietHandler) changes how files are sent, e.g. gzipped by the benchmark."""
    handler_class = type("Handler", (handler or _QuietHandler,), {"prefix": prefix})
    # Port 0: the OS picks a free one.
    server = ThreadingHTTPServer((host, 0), partial(handler_class, directory=str(directory)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    origin = f"http://{host}:{server.server_address[1]}"
    try:
        yield origin + prefix
    finally:
        _STOPPED_ORIGINS.add(origin)
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture(scope="session")
def base_url(site_dir: Path) -> Iterator[str]:
    # A real HTTP origin (not file://) so the pages behave as on a static host.
    with serve(site_dir) as url:
        yield url


@pytest.fixture(scope="session")
def subpath_url(site_dir: Path) -> Iterator[str]:
    """The same site under a sub-path, as GitHub Pages serves a project site."""
    with serve(site_dir, prefix="/second-round/") as url:
        yield url


def _is_off_origin(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in NETWORK_SCHEMES and parts.hostname not in LOCAL_HOSTS


# What Zensical's own script (its bundle, not ours) logs, allowed on its site only, each
# matched with the bundle's address so that the same message from our code still fails.
# - Its search dialog's box carries autofocus, which Chromium refuses in a frame from
#   another origin (the embed tests) and reports as an error; the page works the same.
# - It decodes the address's fragment itself and throws on a garbled one (a damaged
#   results link, test_assessment.py); our message is shown all the same.
ENGINE_ALLOWANCES: dict[str, list[re.Pattern[str]]] = {
    "zensical": [
        re.compile(r"^console error at \S+/assets/javascripts/bundle\.[0-9a-f]+\.min\.js:\d+: "
                   r"Blocked autofocusing on a <input> element in a cross-origin subframe\.$"),
        re.compile(r"^uncaught page error: URIError: URI malformed\n(\s+at decodeURIComponent .*\n)?"
                   r"\s+at (\S+ \()?\S+/assets/javascripts/bundle\.[0-9a-f]+\.min\.js:"),
    ],
}


def _allowed(request: pytest.FixtureRequest, problem: str) -> bool:
    callspec = getattr(request.node, "callspec", None)
    engine = callspec.params.get("engine", "mkdocs") if callspec else "mkdocs"
    return any(pattern.search(problem) for pattern in ENGINE_ALLOWANCES.get(engine, []))


class _Guard:
    """Watches a context: requests to another host are noted (the browser itself refuses them,
    see NOWHERE_PROXY), console errors and uncaught page errors noted, and report() fails the
    test on any (then starts afresh, so a context kept for several tests reports each test's
    own)."""

    def __init__(self, context: BrowserContext) -> None:
        self.off_origin: list[str] = []
        self.console_errors: list[str] = []
        context.on("request", self._on_request)
        context.on("page", lambda page: page.on("websocket", self._on_web_socket))
        context.on("console", self._on_console)
        context.on("weberror", self._on_web_error)

    def _on_request(self, request: Request) -> None:
        if _is_off_origin(request.url):
            self.off_origin.append(f"{request.method} {request.url}")

    def _on_web_socket(self, socket: WebSocket) -> None:
        if _is_off_origin(socket.url):
            self.off_origin.append(f"WebSocket {socket.url}")

    def _on_console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            where = message.location
            at = f" at {where['url']}:{where['lineNumber']}" if where.get("url") else ""
            self.console_errors.append(f"console error{at}: {message.text}")

    def _on_web_error(self, error: WebError) -> None:
        self.console_errors.append(f"uncaught page error: {error.error.stack or error.error.message}")

    def report(self, request: pytest.FixtureRequest) -> None:
        problems = [f"off-origin request blocked: {entry}" for entry in self.off_origin]
        if request.node.get_closest_marker("allow_console_errors") is None:
            problems += [error for error in self.console_errors if not _allowed(request, error)]
        self.off_origin.clear()
        self.console_errors.clear()
        if problems:
            pytest.fail(
                "Page guard: the site must load only from its own origin and log no errors "
                "(mark the test @pytest.mark.allow_console_errors if errors are expected):\n  "
                + "\n  ".join(problems),
                pytrace=False,
            )


@contextmanager
def _guarded_context(
    browser: Browser, request: pytest.FixtureRequest, **options: Any
) -> Iterator[BrowserContext]:
    """A fresh context that blocks off-origin traffic and fails the test at teardown on
    any such attempt or console error: the site must work offline, leak no visitor to a
    third party, and run without script errors."""
    # Service workers could fetch behind the router's back, so they are blocked.
    context = browser.new_context(service_workers="block", **options)
    guard = _Guard(context)
    yield context
    context.close()
    guard.report(request)


@contextmanager
def _guarded_page(browser: Browser, request: pytest.FixtureRequest, **options: Any) -> Iterator[Page]:
    with _guarded_context(browser, request, **options) as context:
        yield context.new_page()


class _KeptTab:
    """A tab a worker keeps from test to test, with a page guard reporting each test's own
    problems. A new browser context and page per test was most of a short test's time (a
    renderer process to start, every file fetched and compiled again).

    Between tests it is put back as a first visit finds it: storage cleared, page routes and
    listeners removed, media and window size as at the start, other tabs closed, left on
    about:blank so nothing of the last page runs on. What cannot be undone (an init script,
    a frozen clock, context routes, permissions, storage of a second origin such as a host
    page's frame) makes the tab be thrown away after the test
    that did it (which itself runs as it would in a fresh tab: the tab is on about:blank)."""

    def __init__(self, browser: Browser, options: dict[str, Any]) -> None:
        self.options = options
        self.context = browser.new_context(service_workers="block", **options)
        self.guard = _Guard(self.context)
        self.page = self.context.new_page()
        self.spoilt = False
        self.listeners: list[tuple[str, Any]] = []
        # Where the test's pages and frames were: storage can be cleared for the page's own
        # origin only, so a test that visited another (a host page with the site in a frame)
        # leaves storage behind, and the tab is replaced.
        self.origins: set[str] = set()
        self.page.on("framenavigated", lambda frame: self._visited(frame.url))
        # Every origin it ever fetched from: its cache holds their files, which a server started
        # later on the same port (another site) would seem to serve (see stale()).
        self.fetched_from: set[str] = set()
        self.context.on("request", lambda request: self.fetched_from.add(_origin(request.url)))
        # What stays set after the test. (Page routes are not here: unroute_all() takes them away.)
        both = ("add_init_script", "expose_function", "expose_binding", "set_extra_http_headers")
        lasting = [(self.page, both),
                   (self.context, (*both, "route", "grant_permissions", "set_offline", "set_geolocation"))]
        for owner, names in lasting:
            for name in names:
                setattr(owner, name, self._spoiling(getattr(owner, name)))
        for name in ("on", "once"):
            setattr(self.page, name, self._remembering(getattr(self.page, name)))

    def _visited(self, url: str) -> None:
        if urlsplit(url).scheme in ("http", "https"):
            self.origins.add(_origin(url))

    def _spoiling(self, method: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            self.spoilt = True
            return method(*args, **kwargs)
        return call

    def _remembering(self, method: Callable[..., Any]) -> Callable[..., Any]:
        def call(event: str, handler: Any) -> Any:
            self.listeners.append((event, handler))
            return method(event, handler)
        return call

    def tidy(self) -> bool:
        """Put the tab back for the next test; False when it cannot be."""
        page = self.page
        visited, self.origins = self.origins, set()
        if self.spoilt or page.is_closed() or len(visited) > 1 or self.stale():
            return False
        for event, handler in self.listeners:
            page.remove_listener(event, handler)
        self.listeners.clear()
        page.unroute_all(behavior="ignoreErrors")
        for other in self.context.pages:
            if other is not page:
                other.close()
        if page.url.startswith("http") and self.options.get("java_script_enabled", True):
            # A clock set by the test would still be set for the next (Playwright's clock moves
            # performance.now too, so only the time outside the browser tells).
            if abs(page.evaluate("() => Date.now()") / 1000 - time.time()) > 60:
                return False
            page.evaluate("() => { localStorage.clear(); sessionStorage.clear(); }")
        page.goto("about:blank")
        page.emulate_media(media="null", color_scheme="null",
                           reduced_motion=self.options.get("reduced_motion", "null"))
        page.set_viewport_size(self.options["viewport"])
        return True

    def stale(self) -> bool:
        """Whether a server it fetched from has stopped: the files in its cache may then be
        taken for those of the next server given that port."""
        return not self.fetched_from.isdisjoint(_STOPPED_ORIGINS)

    def close(self) -> None:
        self.context.close()


@pytest.fixture(scope="session")
def _kept_tabs(browser: Browser) -> Iterator[dict[str, _KeptTab]]:
    # Asks for the browser so that its tabs are closed before it is.
    tabs: dict[str, _KeptTab] = {}
    yield tabs
    for tab in tabs.values():
        tab.close()


def _kept_page(browser: Browser, request: pytest.FixtureRequest, tabs: dict[str, _KeptTab],
               kind: str, options: dict[str, Any]) -> Iterator[Page]:
    if request.node.get_closest_marker("full_search_index") is not None:
        kind += " with search"
        options = {key: value for key, value in options.items() if key != "extra_http_headers"}
    if kind in tabs and tabs[kind].stale():  # a server it used stopped after the last test
        tabs.pop(kind).close()
    if kind not in tabs:
        tabs[kind] = _KeptTab(browser, options)
    tab = tabs[kind]
    yield tab.page
    try:
        kept = tab.tidy()
    except Exception:  # a page left in a state that cannot be tidied: start the next afresh
        kept = False
    if not kept:
        del tabs[kind]
        tab.close()
    tab.guard.report(request)


@pytest.fixture
def page(browser: Browser, request: pytest.FixtureRequest, _kept_tabs: dict[str, _KeptTab]) -> Iterator[Page]:
    """A desktop tab, kept by the worker from test to test (see _KeptTab)."""
    yield from _kept_page(browser, request, _kept_tabs, "desktop", DESKTOP)


@pytest.fixture
def mobile_page(browser: Browser, request: pytest.FixtureRequest,
                _kept_tabs: dict[str, _KeptTab]) -> Iterator[Page]:
    """A phone-sized touch tab, kept by the worker from test to test (see _KeptTab)."""
    yield from _kept_page(browser, request, _kept_tabs, "phone", MOBILE)


@pytest.fixture
def nojs_page(browser: Browser, request: pytest.FixtureRequest,
              _kept_tabs: dict[str, _KeptTab]) -> Iterator[Page]:
    """Desktop tab with JavaScript disabled: the quiz must degrade to plain HTML."""
    yield from _kept_page(browser, request, _kept_tabs, "no-js", NO_JAVASCRIPT)


@pytest.fixture
def blocked_page(browser: Browser, request: pytest.FixtureRequest) -> Iterator[Page]:
    """A desktop tab of its own in which the site cannot use localStorage (helpers.block_storage)."""
    with _guarded_context(browser, request, **DESKTOP) as context:
        block_storage(context)
        yield context.new_page()


def _run_axe(page: Page, context: Any = None) -> list[Violation]:
    """Run axe-core on the page's current document (or `context`); return its violations."""
    # Injected once per document: a navigation gives a fresh window without axe. On a page
    # from our test servers it is a <script> from the page's own origin (the site's
    # Content-Security-Policy allows those, not inline ones), so the browser's cache keeps
    # it compiled from page to page; elsewhere its text is evaluated through DevTools.
    loaded = page.evaluate("""async (path) => {
        if (window.axe) return true;
        if (!/^https?:$/.test(location.protocol)) return false;
        const script = Object.assign(document.createElement("script"), {src: path});
        const done = new Promise((resolve) => { script.onload = () => resolve(true);
                                                script.onerror = () => resolve(false); });
        document.head.append(script);
        return (await done) && !!window.axe;
    }""", AXE_URL_PATH)
    if not loaded:
        page.evaluate(AXE_JS.read_text(encoding="utf-8") + "\n;undefined")
    violations: list[Violation] = page.evaluate(
        """async ({context, tags}) => {
            const results = await axe.run(context || document, {
                runOnly: {type: 'tag', values: tags},
                resultTypes: ['violations'],
            });
            return results.violations;
        }""",
        {"context": context, "tags": AXE_TAGS},
    )
    return violations


@pytest.fixture
def axe() -> Callable[..., list[Violation]]:
    if not AXE_JS.is_file():
        pytest.fail(f"{AXE_JS} is missing: run `npm ci --prefix tests/browser`.")
    return _run_axe


def format_violations(violations: list[Violation]) -> str:
    """Readable axe report for assertion messages: rule, impact, help, up to 3 nodes each."""
    lines: list[str] = []
    for violation in violations:
        lines.append(
            f"- {violation['id']} [{violation['impact']}]: {violation['help']} ({violation['helpUrl']})"
        )
        nodes = violation["nodes"]
        for node in nodes[:3]:
            target = " ".join(str(part) for part in node["target"])
            lines.append(f"    at {target}")
            lines.extend(f"      {line}" for line in node["failureSummary"].splitlines())
        if len(nodes) > 3:
            lines.append(f"    ... and {len(nodes) - 3} more element(s)")
    return "\n".join(lines)


# Material sets overflow-x: hidden on <html>, so content wider than the screen is cut off
# rather than scrollable, and scrollWidth alone can miss it. This looks at every element
# instead: anything visible whose right edge is past the viewport, unless it sits in a
# box that scrolls sideways on purpose (Material's table wrapper, code blocks).
SIDEWAYS_JS = """() => {
    const width = document.documentElement.clientWidth;
    const scrolls = (e) => ["auto", "scroll"].includes(getComputedStyle(e).overflowX);
    const found = [];
    for (const e of document.body.querySelectorAll("*")) {
        const box = e.getBoundingClientRect();
        if (box.width <= 1 || box.height <= 1 || box.right <= width + 1) continue;
        const style = getComputedStyle(e);
        if (style.visibility === "hidden" || style.position === "fixed") continue;
        let inside = e.parentElement, contained = false;
        for (; inside && inside !== document.body; inside = inside.parentElement) {
            if (scrolls(inside) || getComputedStyle(inside).clipPath !== "none") { contained = true; break; }
        }
        if (contained) continue;
        found.push(`${e.tagName.toLowerCase()}${e.className ? "." + String(e.className).split(" ")[0] : ""}`
                   + ` ends at ${Math.round(box.right)} px`);
        if (found.length >= 5) break;
    }
    const scrolled = document.documentElement.scrollWidth - window.innerWidth;
    if (scrolled > 0) found.unshift(`the page is ${scrolled} px wider than the screen`);
    return found;
}"""


def sideways(page: Page) -> list[str]:
    """What sticks out past the right edge of the screen (empty when nothing does)."""
    found: list[str] = page.evaluate(SIDEWAYS_JS)
    return found
