"""The command palette's own commands: open an article, go to a speaker, search, and the
reader's actions. Titles and names are data: they are shown as plain ``Content``, never
through ``Matcher.highlight`` (which parses its candidate as markup)."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Provider
from textual.content import Content

from ..render import clean

ARTICLE_SCAN_LIMIT = 2000  # above this many articles, fuzzy-match only titles holding the query


def safe_display(matcher, label: str) -> Content:
    content = Content(label)
    try:
        score, offsets = matcher.fuzzy_search.match(matcher.query, label)
    except Exception:
        return content
    if score:
        for offset in offsets:
            if offset < len(label) and not label[offset].isspace():
                content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


class BriefingCommands(Provider):
    def _actions(self):
        app = self.app
        return [
            ("Search the corpus", "Focus the search box", app.action_focus_search),
            ("Quotes of the corpus", "Every quote, grouped by speaker", app.action_quotes_screen),
            ("Toggle raw text", "Show the original file, furniture dimmed", app.action_toggle_raw),
            ("Next named-analyst quote", "Across articles, in reading order",
             partial(app.action_step_quote, 1, True)),
            ("Sort the article list", "Date, source, relevance", app.action_cycle_sort),
            ("Help: keys", "Every key and what it does", app.action_help),
        ]

    async def discover(self):
        for name, help_text, callback in self._actions():
            yield DiscoveryHit(Content(name), callback, text=name, help=help_text)

    async def search(self, query: str):
        matcher = self.matcher(query)
        app = self.app
        for name, help_text, callback in self._actions():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, safe_display(matcher, name), callback, text=name, help=help_text)
        if query.strip():
            label = f"Search: {clean(query.strip())}"
            yield Hit(0.5, Content(label), partial(app.search_for, query.strip()), text=label,
                      help="Run this query")
        needle = query.strip().casefold()
        many = len(app.articles) > ARTICLE_SCAN_LIMIT
        for summary in app.articles:
            title = clean(summary.title or summary.path)
            if many and needle not in title.casefold():
                continue
            label = f"Open article: {title}"
            score = matcher.match(label)
            if score > 0:
                yield Hit(score, safe_display(matcher, label), partial(app.open_article, summary.id),
                          text=label)
        for name, ref in app.walk.speakers().items():
            label = f"Go to speaker: {clean(name)}"
            score = matcher.match(label)
            if score > 0:
                yield Hit(score, safe_display(matcher, label), partial(app.show_speaker, ref),
                          text=label, help="Their quotes across the corpus")
