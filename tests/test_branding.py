"""Branding from site.yml: contrast is checked at build time, the logo and colours reach the site."""

from __future__ import annotations

from pathlib import Path

import pytest

from secondround.branding import DARK_BACKGROUND, DARK_SURFACE, contrast, dark_colours
from secondround.cli import main
from secondround.schema import Branding, Site

from .conftest import tree


def set_branding(project: Path, block: str) -> None:
    site_yml = project / "quiz" / "site.yml"
    text = site_yml.read_text(encoding="utf-8")
    start = text.index("branding:\n")
    end = text.index("\n\n", start)
    site_yml.write_text(text[:start] + block.rstrip("\n") + text[end:], encoding="utf-8")


def test_contrast_matches_wcag_reference_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # the classic AA grey
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # just below


def test_logo_colours_and_footer_reach_the_built_site(project_copy: Path) -> None:
    (project_copy / "quiz" / "branding").mkdir()
    logo = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg>'
    (project_copy / "quiz" / "branding" / "crest.svg").write_bytes(logo)
    set_branding(project_copy, 'branding:\n  primary_colour: "#5a2d82"\n  accent_colour: "#0b6e4f"\n'
                 "  logo: branding/crest.svg\n  footer_text: Careers Centre, Example University\n")
    assert main([], root=project_copy) == 0
    assets = project_copy / "site" / "assets"
    assert (assets / "brand" / "logo.svg").read_bytes() == logo
    css = (assets / "built" / "site.css").read_text()
    assert "--md-primary-fg-color:#5a2d82" in css and "--md-accent-fg-color:#0b6e4f" in css
    assert 'url("../brand/logo.svg")' in css
    page = (project_copy / "site" / "about" / "index.html").read_text()
    assert "assets/built/site.css" in page
    assert '<div class="md-copyright__highlight">Careers Centre, Example University</div>' in page


@pytest.mark.parametrize("primary, accent",
                         [("#1d4e89", "#8a3b00"), ("#5a2d82", "#0b6e4f"), ("#000000", "#3d0000")])
def test_without_dark_colours_the_brand_is_lightened_until_it_reads_in_dark_mode(
    primary: str, accent: str
) -> None:
    site = Site.model_construct(branding=Branding(primary_colour=primary, accent_colour=accent))
    for colour, brand in zip(dark_colours(site), (primary, accent), strict=True):
        assert contrast(colour, DARK_SURFACE) >= 4.5 and contrast(colour, DARK_BACKGROUND) >= 4.5
        # Lighter, not another colour: each channel moved towards white from the brand's.
        assert all(int(colour[i:i + 2], 16) >= int(brand[i:i + 2], 16) for i in (1, 3, 5)), colour


def test_dark_colours_reach_the_dark_scheme_and_the_header_keeps_the_brand(project_copy: Path) -> None:
    set_branding(project_copy, 'branding:\n  primary_colour: "#5a2d82"\n  primary_colour_dark: "#d0b3f0"\n')
    assert main([], root=project_copy) == 0
    css = (project_copy / "site" / "assets" / "built" / "site.css").read_text()
    dark = css[css.index("@media screen{[data-md-color-scheme=slate]{"):]
    assert "--md-primary-fg-color:#d0b3f0" in dark
    assert ".md-header,[for=__drawer]{--md-primary-fg-color:#5a2d82" in dark


def test_unreadable_colour_fails_the_build_and_keeps_the_old_site(
    project_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([], root=project_copy) == 0
    before = tree(project_copy / "site"), tree(project_copy / "docs")
    set_branding(project_copy, 'branding:\n  primary_colour: "#9ad0f5"\n')
    capsys.readouterr()
    assert main([], root=project_copy) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("quiz/site.yml:")
    assert err[0].endswith(": branding.primary_colour: white header text on it has a contrast of "
                           "1.7:1, but WCAG AA needs at least 4.5:1; choose a darker colour")
    assert (tree(project_copy / "site"), tree(project_copy / "docs")) == before


def test_missing_logo_fails_the_build_and_keeps_the_old_site(
    project_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([], root=project_copy) == 0
    before = tree(project_copy / "site")
    set_branding(project_copy, "branding:\n  logo: branding/nowhere.png\n")
    capsys.readouterr()
    assert main([], root=project_copy) == 1
    assert "branding.logo: there is no file quiz/branding/nowhere.png" in capsys.readouterr().err
    assert tree(project_copy / "site") == before


def test_header_name_must_match_the_title(project_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = project_copy / "mkdocs.yml"
    config.write_text(config.read_text().replace("site_name: Second Round", "site_name: Other Name"))
    assert main(["--check"], root=project_copy) == 1
    line = capsys.readouterr().err.splitlines()[0]
    assert line == ("mkdocs.yml:3:12: site_name: is 'Other Name', but quiz/site.yml has title: "
                    "'Second Round'; make them the same (the header shows site_name)")


def test_a_title_changed_in_quiz_local_is_named_there(project_copy: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    (project_copy / "quiz" / "local" / "site.yml").write_text(
        "translations: []\ntitle: Northfield Second Round\n", encoding="utf-8")
    assert main(["--check"], root=project_copy) == 1
    line = capsys.readouterr().err.splitlines()[0]
    assert line == ("mkdocs.yml:3:12: site_name: is 'Second Round', but quiz/local/site.yml has title: "
                    "'Northfield Second Round'; make them the same (the header shows site_name)")


def test_a_centres_own_colour_in_quiz_local_gets_its_own_dark_version(project_copy: Path) -> None:
    """Our site.yml sets a dark blue for our blue; a centre that changed only primary_colour in
    quiz/local/site.yml got our blue on its purple site in dark mode (a centre's trial)."""
    (project_copy / "quiz" / "local" / "site.yml").write_text(
        'translations: []\nbranding:\n  primary_colour: "#5b2a86"\n', encoding="utf-8")
    assert main([], root=project_copy) == 0
    css = (project_copy / "site" / "assets" / "built" / "site.css").read_text()
    dark = css[css.index("@media screen{[data-md-color-scheme=slate]{"):]
    lightened = dark_colours(Site.model_construct(branding=Branding(primary_colour="#5b2a86",
                                                                    accent_colour="#8a3b00")))[0]
    assert f"--md-primary-fg-color:{lightened}" in dark
    assert "--md-accent-fg-color:#ffb27a" in dark, "the accent it did not change keeps our dark one"
