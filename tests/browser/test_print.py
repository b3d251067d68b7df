"""Printing the checklists and notes: one page in A4 and in US Letter, no site
navigation or buttons on paper, boxes that print ticked, typed text on the lines,
and the page's address and print date in a footer.

PDFs come from Chromium's own print engine (page.pdf, at the margins the site's
print style sheet asks for); pages are counted in the PDF itself and its text is
read with pdftotext (poppler-utils, installed by scripts/setup.sh test).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from ..site_texts import site_texts
from .helpers import flagging_answers, put, reasons
from .test_assessment import planned_answers, seed, show_plan
from .test_checklists import PLAN
from .test_debrief import add_interview, debrief

SIZES = ["A4", "Letter"]
# forms.css's print rules ask for Arial or its metric twin Liberation Sans; a machine without them
# falls back to something else, often the wider DejaVu Sans. Pages must fit in both.
FONTS = ["Liberation Sans", "DejaVu Sans"]
# Fitting "with room to spare": the page still fits when printed 5% larger, so a
# slightly wider font or a browser's own rounding does not push a line onto page 2.
SLACK = 1.05
TICK = "\u2713"
STAR = "\u2605"
# Texts of the site's chrome that must never reach paper.
SCREEN_ONLY = [
    "Table of contents", "Skip to content", "Second Round", "Print a blank copy", "Clear ticks and fields",
    "Previous", "Next",
    "About and sources", "One checklist per reason", "Add another question", "Export my log",
    "Copy the draft", "Add a reminder to my calendar",
]
# The plan's fields by their labels, read where the build reads them (quiz/site.yml).
_LABELS = site_texts().checklists
FIELDS = {
    _LABELS.role: "Graduate data analyst",
    _LABELS.organisation: "Northbridge Housing Trust",
    _LABELS.interviewer: "Priya Raman",
    _LABELS.when: "2026-03-28T15:00",
    _LABELS.address: "12 Canal Street, side door by the car park",
    _LABELS.ask_for: "Sam at the front desk",
    _LABELS.bring: "Passport, printed portfolio in A4",
    _LABELS.decision_date: "2026-04-10",
}


def page_count(pdf: bytes) -> int:
    """Page objects in the PDF (/Type /Page, not /Pages): Chromium writes them uncompressed."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.fail("pdftotext is missing: run `scripts/setup.sh test` (it installs poppler-utils).")
    source = tmp_path / "page.pdf"
    source.write_bytes(pdf)
    done = subprocess.run([tool, "-enc", "UTF-8", str(source), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def print_pdf(page: Page, size: str, scale: float = 1.0) -> bytes:
    # No margin argument: the style sheet's @page margins apply, as in a browser's print dialog.
    return page.pdf(format=size, scale=scale)


@pytest.fixture(scope="module", autouse=True)
def fonts_installed() -> None:
    """Without the font, Chromium would quietly use another and the check would prove nothing."""
    listed = subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True).stdout
    missing = [font for font in FONTS if font not in listed]
    if missing:
        pytest.fail(f"fonts missing: {missing}; run `scripts/setup.sh test` (fonts-liberation, "
                    "fonts-dejavu-core)")


def print_in(page: Page, font: str) -> None:
    """Print as on a machine whose sans-serif for the printed sheet is `font`."""
    page.add_style_tag(content="@media print { .sr-printable, .sr-printable * { "
                               f'font-family: "{font}" !important; }} }}')


def assert_fits_with_slack(page: Page, size: str, what: str) -> None:
    pages = page_count(print_pdf(page, size, SLACK))
    assert pages == 1, f"{what} fits one {size} page with less than {SLACK - 1:.0%} to spare"


def assert_no_screen_text(text: str, where: str) -> None:
    flat = " ".join(text.split())
    leaked = [phrase for phrase in SCREEN_ONLY if phrase in flat]
    assert not leaked, f"{where}: screen-only text printed: {leaked}"


def fill_in_plan(page: Page, base_url: str, ticks: int) -> list[str]:
    """A realistic personal plan: two reasons flagged by the self-check, fields filled, some ticks."""
    page.goto(base_url + PLAN)
    answers = flagging_answers(reasons()[:2])
    put(page, "answers", answers)
    page.reload()
    for label, value in FIELDS.items():
        page.get_by_label(label, exact=True).fill(value)
    boxes = page.locator(".sr-checklist input[type=checkbox]")
    ticked = []
    for i in range(0, boxes.count(), max(1, boxes.count() // ticks))[:ticks]:
        boxes.nth(i).check()
        ticked.append(boxes.nth(i).get_attribute("name") or "")
    return ticked


@pytest.mark.parametrize("font", FONTS)
@pytest.mark.parametrize("size", SIZES)
def test_blank_plan_fits_one_page(page: Page, base_url: str, size: str, font: str, tmp_path: Path) -> None:
    page.goto(base_url + PLAN)
    print_in(page, font)
    pdf = print_pdf(page, size)
    assert page_count(pdf) == 1, f"the interview plan takes {page_count(pdf)} {size} pages in {font}"
    assert_fits_with_slack(page, size, f"the blank plan in {font}")
    text = pdf_text(pdf, tmp_path)
    assert_no_screen_text(text, f"plan, {size}")
    assert TICK not in text
    for item in reasons()[0]["checklist"]:
        assert item["text"].split()[-1] in text


@pytest.mark.parametrize("font", FONTS)
@pytest.mark.parametrize("size", SIZES)
def test_filled_in_personal_plan_fits_one_page_with_ticks_and_typed_text(
        page: Page, base_url: str, size: str, font: str, tmp_path: Path) -> None:
    ticked = fill_in_plan(page, base_url, ticks=12)
    print_in(page, font)
    pdf = print_pdf(page, size)
    assert page_count(pdf) == 1, f"the filled-in plan takes {page_count(pdf)} {size} pages in {font}"
    assert_fits_with_slack(page, size, f"the filled-in plan in {font}")
    text = pdf_text(pdf, tmp_path)
    assert_no_screen_text(text, f"filled-in plan, {size}")
    assert text.count(TICK) == len(ticked), "every ticked box prints ticked, and only those"
    assert STAR in text, "items from the reasons the self-check flagged are marked on paper too"
    flat_text = " ".join(text.split())
    for value in ("Graduate data analyst", "Northbridge Housing Trust", "Priya Raman",
                  "Sam at the front desk", FIELDS[_LABELS.address],
                  FIELDS[_LABELS.bring]):
        assert value in flat_text, f"{value!r} is cut off or missing on paper"
    flat = " ".join(text.split())
    assert re.search(r"Printed from http://127\.0\.0\.1:\d+/checklists/ on \d+ \w+ \d{4}", flat), flat[-200:]


@pytest.mark.parametrize("size", SIZES)
def test_blank_copy_prints_without_ticks_typed_text_or_marks(
        page: Page, base_url: str, size: str, tmp_path: Path) -> None:
    fill_in_plan(page, base_url, ticks=5)
    # The self-check flags the last two reasons instead, whose items come last on the page.
    last = flagging_answers(reasons()[-2:])
    put(page, "answers", last)
    page.reload()
    items = "(root) => [...root.querySelectorAll('.sr-checklist .sr-items input')].map((box) => box.name)"
    as_published = page.evaluate(f"""async () => ({items})(new DOMParser().parseFromString(
        await (await fetch(location.href)).text(), "text/html"))""")
    personal = page.evaluate(f"({items})(document)")
    assert personal != as_published, "the self-check's reasons come first on the visitor's own copy"
    # The button empties the page for the print only (window.print is stubbed: no dialog here).
    page.evaluate("() => { window.print = () => { window.__printed = true; }; }")
    page.get_by_role("button", name="Print a blank copy").click()
    assert page.evaluate("() => window.__printed") is True
    assert page.evaluate("() => document.documentElement.classList.contains('sr-print-blank')")
    # Nor in the visitor's order: which items come first would tell a reader their result.
    assert page.evaluate(f"({items})(document)") == as_published
    pdf = print_pdf(page, size)
    assert page_count(pdf) == 1
    text = pdf_text(pdf, tmp_path)
    assert TICK not in text and STAR not in text
    for value in FIELDS.values():
        assert value not in text
    assert "Role" in text and "Decision date they gave" in text
    # Once the dialog closes, everything typed and ticked is back.
    page.evaluate("() => window.dispatchEvent(new Event('afterprint'))")
    assert not page.evaluate("() => document.documentElement.classList.contains('sr-print-blank')")
    expect(page.get_by_label("Role", exact=True)).to_have_value(FIELDS["Role"])
    expect(page.locator(".sr-checklist input[type=checkbox]:checked")).to_have_count(5)
    assert page.evaluate(f"({items})(document)") == personal


@pytest.mark.zensical
@pytest.mark.parametrize("size", SIZES)
def test_every_reason_checklist_fits_one_page(
        page: Page, base_url: str, size: str, tmp_path: Path, engine: str) -> None:
    # On Zensical the longest checklist stands for all: the print style sheet and the items'
    # markup are the same for every reason, and MkDocs' run prints each one.
    longest = max(reasons(), key=lambda reason: len(json.dumps(reason["checklist"])))
    chosen = reasons() if engine == "mkdocs" else [longest]
    for reason in chosen:
        page.goto(base_url + f"checklists/{reason['number']:02d}-{reason['id']}/")
        page.locator(".sr-checklist input[type=checkbox]").first.check()
        # The harder case only: the wider font, printed 5% larger. It fits, so the rest does.
        print_in(page, "DejaVu Sans")
        pdf = print_pdf(page, size, SLACK)
        assert page_count(pdf) == 1, f"{reason['id']}: {page_count(pdf)} {size} pages"
        text = pdf_text(pdf, tmp_path)
        assert_no_screen_text(text, f"{reason['id']}, {size}")
        assert text.count(TICK) == 1
        assert reason["title"].split()[0] in text


def test_print_button_opens_the_print_dialog(page: Page, base_url: str) -> None:
    page.goto(base_url + PLAN)
    page.evaluate("() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; }")
    page.get_by_role("button", name="Print", exact=True).click()
    assert page.evaluate("() => window.__printed") == 1


def test_print_styles_hide_the_site_and_draw_boxes_and_lines(page: Page, base_url: str) -> None:
    page.goto(base_url + PLAN)
    page.locator(".sr-checklist input[type=checkbox]").first.check()
    page.emulate_media(media="print")
    for selector in (".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer",
                     ".sr-tools"):
        expect(page.locator(selector).first).to_be_hidden()
    box = page.locator(".sr-checklist input[type=checkbox]").first
    style = box.evaluate("""b => { const s = getComputedStyle(b), t = getComputedStyle(b, '::before');
        return [s.borderTopStyle, s.borderTopWidth, t.content, s.borderTopColor, t.color]; }""")
    assert style[0] == "solid" and style[1] != "0px" and TICK in style[2], style
    # A ticked box prints black like an empty one and the chosen format, not in the brand colour.
    assert style[3:] == ["rgb(0, 0, 0)", "rgb(0, 0, 0)"], style
    line = page.get_by_label("Role", exact=True).evaluate(
        "f => { const s = getComputedStyle(f); return [s.borderBottomStyle, s.borderTopStyle]; }")
    assert line == ["solid", "none"], line
    breaks = page.locator(".sr-items li").first.evaluate("li => getComputedStyle(li).breakInside")
    assert breaks == "avoid"


@pytest.mark.parametrize("font", FONTS)
def test_after_the_interview_prints_as_a_debrief_sheet_of_at_most_two_pages(
        page: Page, base_url: str, font: str, tmp_path: Path) -> None:
    """Filled in as after a real interview: five questions, notes, the thank-you details
    and three logged interviews. What was typed prints whole and wrapped; the form for
    adding to the log and the screen's explanations do not."""
    s = debrief()
    page.goto(base_url + "after-the-interview/")
    long_answer = ("I described the complaint about the late delivery, what I said to the customer, "
                   "and how I followed it up the next day with a call and a written note. ") * 2
    for n in range(1, 6):
        if n > 3:
            page.get_by_role("button", name=s["add_question"]).click()
        page.get_by_label(f"Question {n}: what they asked").fill(
            f"Tell me about a time you handled a complaint ({n}).")
    page.get_by_label("How it went").fill(long_answer.strip())
    thanks = page.locator(".sr-thanks")
    thanks.get_by_label("Interviewer's name").fill("Priya Raman")
    thanks.get_by_label("Role", exact=True).fill("Graduate data analyst")
    for date, organisation in (("2026-01-12", "Acme Ltd"), ("2026-02-03", "Borough Council"),
                               ("2026-02-20", "Canal & River Co.")):
        add_interview(page, date, organisation, "First interview", s["outcome_rejected"])
    print_in(page, font)
    # A box whose right side lies on the page's edge loses that side on paper (Chromium's
    # printing cuts it off): every field's box ends inside the page.
    page.emulate_media(media="print")
    on_edge = page.evaluate("""() => [...document.querySelectorAll("main :is(input, textarea, select)")]
        .filter((f) => f.getClientRects().length && parseFloat(getComputedStyle(f).borderRightWidth) > 0
                       && f.getBoundingClientRect().right > document.documentElement.clientWidth - 1)
        .map((f) => f.labels?.[0]?.innerText || f.name)""")
    assert not on_edge, f"these boxes print without their right side: {on_edge}"
    page.emulate_media(media="null")  # as before: page.pdf() prints with print media
    for size in SIZES:
        pdf = print_pdf(page, size)
        assert page_count(pdf) <= 2, f"the debrief takes {page_count(pdf)} {size} pages in {font}"
        flat = " ".join(pdf_text(pdf, tmp_path).split())
        assert_no_screen_text(flat, f"after the interview, {size}")
        assert long_answer.strip() in flat, "typed notes print whole, wrapped onto lines"
        assert "Tell me about a time you handled a complaint (5)." in flat
        assert "Canal & River Co." in flat
        assert s["log_add"] not in flat, "the form for adding to the log is not for paper"
        assert "Printed from http://127.0.0.1" in flat


def test_an_embedded_checklist_prints_the_whole_sites_address(
        page: Page, base_url: str, tmp_path: Path) -> None:
    """Printed from a frame on a career centre's page: the address on paper opens the whole
    site, not the frame's embed mode (no header, no navigation)."""
    page.goto(base_url + "checklists/?embed=1")
    expect(page.locator("html.sr-embed [data-module][data-sr-ready]").first).to_be_attached()
    flat = " ".join(pdf_text(print_pdf(page, "A4"), tmp_path).split())
    assert re.search(r"Printed from http://127\.0\.0\.1:\d+/checklists/ on \d+ \w+ \d{4}", flat), flat[-200:]


def test_an_embedded_checklist_whose_address_goes_on_after_embed_prints_the_whole_sites_address(
        page: Page, base_url: str, tmp_path: Path) -> None:
    """A career centre's frame may add its own to the address after ?embed=1 (a campaign tag):
    on paper, embed mode is still left out, what the host added is kept."""
    page.goto(base_url + "checklists/?embed=1&utm_source=careers#sr-top")
    expect(page.locator("html.sr-embed [data-module][data-sr-ready]").first).to_be_attached()
    flat = " ".join(pdf_text(print_pdf(page, "A4"), tmp_path).split())
    assert re.search(r"Printed from http://127\.0\.0\.1:\d+/checklists/\?utm_source=careers#sr-top on ",
                     flat), flat[-200:]


@pytest.mark.parametrize("font", FONTS)
def test_a_full_debrief_after_the_decision_date_prints_on_two_letter_pages(
        page: Page, base_url: str, font: str, tmp_path: Path) -> None:
    """Every question answered in a sentence or two, the thank-you's details, a decision date
    gone by (the page then adds a draft asking for news) and three interviews logged: still
    two sheets of US Letter, the shorter paper. What explains the drafts on screen (when to
    send them, that the date has passed) is not for the sheet; the drafts themselves are."""
    s = debrief()
    page.goto(base_url + "after-the-interview/")
    answer = ("I described the complaint about the late delivery, what I said to the customer on the "
              "phone, and how I followed it up the next day with a call and a short note to the manager.")
    for n in range(1, 6):
        if n > 3:
            page.get_by_role("button", name=s["add_question"]).click()
        page.get_by_label(f"Question {n}: what they asked").fill(
            f"Tell me about a time you dealt with a difficult customer or colleague ({n}).")
        page.get_by_label(f"Question {n}: what you answered, in brief").fill(answer)
    page.get_by_label(s["how_it_went"]).fill(
        "Mostly well. I was nervous at the start and spoke too fast in the first answer, but the panel "
        "relaxed once we got to the data questions. They asked more about Excel than I expected.")
    page.get_by_label(s["improve"]).fill(
        "Prepare one more STAR example about teamwork, slow down at the start, and bring printed "
        "copies of the portfolio. Read up on the trust's housing strategy before the second round.")
    thanks = page.locator(".sr-thanks")
    for label, value in (("Interviewer's name", "Priya Raman"), ("Role", "Graduate data analyst"),
                         ("Organisation", "Northbridge Housing Trust"), ("Date and time", "2026-01-05T10:00"),
                         (_LABELS.decision_date, "2026-01-10"),
                         (s["point"], "My two years on the student union's housing helpline, answering "
                                      "tenants' questions about repairs and rent.")):
        thanks.get_by_label(label, exact=True).fill(value)
    expect(page.get_by_label(s["news_draft"])).to_be_visible()
    for date, organisation in (("2026-01-12", "Acme Ltd"), ("2026-02-03", "Borough Council"),
                               ("2026-02-20", "Canal & River Co.")):
        add_interview(page, date, organisation, "First interview", s["outcome_rejected"])
    print_in(page, font)
    pdf = print_pdf(page, "Letter")
    assert page_count(pdf) <= 2, f"the full debrief takes {page_count(pdf)} Letter pages in {font}"
    flat = " ".join(pdf_text(pdf, tmp_path).split())
    assert s["news_draft"] in flat and "Canal & River Co." in flat and "Printed from" in flat
    assert s["deadline_passed"].split(".")[0] not in flat
    assert s["decision_passed"].split("{")[0] not in flat


@pytest.mark.parametrize("size", SIZES)
def test_no_printed_page_of_the_results_ends_on_a_heading(page: Page, base_url: str, size: str,
                                                          tmp_path: Path) -> None:
    """The chart cannot be split, so it moves to the next page: its heading ("At a glance")
    went on ending the page before, alone at its foot."""
    seed(page, base_url, planned_answers())
    show_plan(page)
    headings = {" ".join(text.split()) for text in page.locator("main :is(h2, h3)").all_inner_texts()}
    source = tmp_path / "results.pdf"
    source.write_bytes(print_pdf(page, size))
    ends = []
    for n in range(1, page_count(source.read_bytes()) + 1):
        done = subprocess.run(["pdftotext", "-enc", "UTF-8", "-f", str(n), "-l", str(n), str(source), "-"],
                              capture_output=True, check=True)
        lines = [" ".join(line.split()) for line in done.stdout.decode("utf-8").splitlines() if line.strip()]
        ends.append(lines[-1] if lines else "")
    assert not headings & set(ends), f"pages end on a heading: {ends}"


def test_results_printed_before_any_answers_say_why_they_are_empty(
        page: Page, nojs_page: Page, base_url: str, tmp_path: Path) -> None:
    """Printed with nothing answered, or without JavaScript, the results page came out as its
    title on an empty sheet: the paper edition's rules for the unanswered self-assessment hid
    it, and every notice with them. It says what the screen says, where to start."""
    a = site_texts().assessment
    for tab, said in ((page, a.results_empty), (nojs_page, a.results_nojs)):
        tab.goto(base_url + "results/")
        flat = " ".join(pdf_text(print_pdf(tab, "A4"), tmp_path).split())
        assert " ".join(said.split()) in flat, flat


@pytest.mark.parametrize("font", FONTS)
def test_the_spanish_plan_with_every_reason_flagged_fits_one_page(page: Page, base_url: str, font: str,
                                                                 tmp_path: Path) -> None:
    """The longest plan there is: Spanish, a star after every item (more of them wrap) and a
    note naming all ten reasons. Its footer went onto a second US Letter page in DejaVu Sans."""
    page.goto(base_url + "es/" + PLAN)
    worst = flagging_answers(reasons())
    put(page, "answers", worst)
    page.reload()
    boxes = page.locator(".sr-checklist input[type=checkbox]")
    for i in range(0, boxes.count(), 5):
        boxes.nth(i).check()
    print_in(page, font)
    for size in SIZES:
        pdf = print_pdf(page, size)
        assert page_count(pdf) == 1, f"{page_count(pdf)} {size} pages in {font}"
        assert "Impreso desde" in pdf_text(pdf, tmp_path)
        # Even the longest plan keeps some room for another machine's fonts (it had 1.6%).
        assert page_count(print_pdf(page, size, 1.02)) == 1, f"less than 2% to spare on {size} in {font}"


@pytest.mark.parametrize("font", FONTS)
@pytest.mark.parametrize("size", SIZES)
def test_the_spanish_plan_fits_one_page_with_room_to_spare(page: Page, base_url: str, size: str,
                                                           font: str) -> None:
    """Spanish runs longer than English: a personal plan (two reasons flagged, some ticks) keeps
    the same room to spare as the English one (it had 2.8% on US Letter in DejaVu Sans)."""
    page.goto(base_url + "es/" + PLAN)
    put(page, "answers", flagging_answers(reasons()[:2]))
    page.reload()
    boxes = page.locator(".sr-checklist input[type=checkbox]")
    for i in range(0, boxes.count(), 5):
        boxes.nth(i).check()
    print_in(page, font)
    assert_fits_with_slack(page, size, f"the Spanish plan in {font}")
