"""The site's navigation, in the order a job seeker reads it, made from the content.

MkDocs would otherwise list pages alphabetically ("About" first, the adviser's "Embed"
page among the job seeker's). Made by the build rather than written in mkdocs.yml, so
reasons added or switched off in quiz/local/ take their place. Addresses come from file
paths, so the order changes no link. With Material's navigation.prune each page carries
only the part it shows, so a page does not grow with the number of reasons.
"""

from __future__ import annotations

from typing import Any

from .content import Content
from .pages import (
    ABOUT,
    ASSESSMENT,
    DEBRIEF,
    EMBED,
    FIRST_AID,
    HOME,
    METHOD,
    PLAN,
    RESULTS,
    Page,
    checklist_page,
    reason_page,
)

# No level of the navigation lists more than this many entries: a large edition gets
# nested ranges of reason numbers ("1 to 10" as 1\u201310), so a page shows tens of links,
# not thousands.
FAN_OUT = 10

Nav = list[Any]  # MkDocs' nav: "path" or {"title": "path" or [entries]}


def site_nav(content: Content, pages: list[Page], hand_written: list[str]) -> Nav:
    """Home; the first-aid page (for the reader just turned down); the assessment; the
    reasons in two groups; checklists; after the interview; about; pages written by hand
    in docs/; and, apart, the pages for career centres."""
    titles = {page.path: page.title for page in pages if page.title}
    strings = content.site.strings

    def entries(*paths: str) -> Nav:
        return [{titles[path]: path} for path in paths if path in titles]

    def numbered(pages: list[tuple[int, str]]) -> Nav:
        return ranges([(number, {titles[path]: path}) for number, path in pages if path in titles])

    nav: Nav = [{strings.nav_home: HOME}, *entries(FIRST_AID, ASSESSMENT, RESULTS)]
    groups: Nav = []
    for in_control, heading in ((True, strings.in_your_control), (False, strings.outside_your_control)):
        group = numbered([(s.reason.number, reason_page(s)) for s in content.reasons
                          if s.reason.in_your_control is in_control])
        if group:
            groups.append({heading: group})
    if groups:
        nav.append({strings.reasons_heading: groups})
    checklists = entries(PLAN)
    checklists += numbered([(s.reason.number, checklist_page(s)) for s in content.reasons])
    if checklists:
        nav.append({strings.nav_checklists: checklists})
    nav += entries(DEBRIEF, ABOUT)
    nav += sorted(hand_written)  # MkDocs takes their titles from the pages themselves
    centres = entries(EMBED, METHOD)
    if centres:
        nav.append({strings.nav_for_centres: centres})
    return nav


def ranges(entries: list[tuple[int, Any]]) -> Nav:
    """Numbered entries, nested in sections named by their number ranges until no level
    holds more than FAN_OUT. Ten or fewer come back as they are."""
    level = [(number, number, entry) for number, entry in entries]
    while len(level) > FAN_OUT:
        chunks = [level[i:i + FAN_OUT] for i in range(0, len(level), FAN_OUT)]
        level = [(chunk[0][0], chunk[-1][1], {f"{chunk[0][0]}\u2013{chunk[-1][1]}": [e for _, _, e in chunk]})
                 for chunk in chunks]
    return [entry for _, _, entry in level]
