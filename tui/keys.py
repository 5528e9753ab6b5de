"""Every key of the reader, declared once.

Each binding has an ``id`` (``scope.action``) and a description: the footer, the help screen
and user keymaps (``App.set_keymap({"hit.next": "ctrl+n"})``) all read these tables, so a key
is never described in two places.
"""

from __future__ import annotations

from textual.binding import Binding

HITS = Binding.Group("hit", compact=True)
ANALYST = Binding.Group("analyst quote", compact=True)
QUOTES = Binding.Group("quote", compact=True)

APP = [
    Binding("slash", "focus_search", "Search", id="app.search", key_display="/"),
    Binding("n", "step_hit(1)", "Next hit in the article", id="app.hit_next", group=HITS),
    Binding("N", "step_hit(-1)", "Previous hit in the article", id="app.hit_prev", group=HITS),
    Binding(
        "left_square_bracket",
        "step_quote(-1, True)",
        "Previous quote by a named analyst",
        id="app.analyst_prev",
        group=ANALYST,
        key_display="[",
    ),
    Binding(
        "right_square_bracket",
        "step_quote(1, True)",
        "Next quote by a named analyst (crosses articles)",
        id="app.analyst_next",
        group=ANALYST,
        key_display="]",
    ),
    Binding(
        "left_curly_bracket",
        "step_quote(-1, False)",
        "Previous quote, any speaker",
        id="app.quote_prev",
        group=QUOTES,
        key_display="{",
    ),
    Binding(
        "right_curly_bracket",
        "step_quote(1, False)",
        "Next quote, any speaker (crosses articles)",
        id="app.quote_next",
        group=QUOTES,
        key_display="}",
    ),
    Binding("Q", "quotes_screen", "Quotes", id="app.quotes"),
    Binding("a", "focus_actors", "Actors", id="app.actors"),
    Binding("r", "toggle_raw", "Raw text", id="app.raw"),
    Binding("s", "cycle_sort", "Sort", id="app.sort"),
    Binding("tab", "app.focus_next", "Next pane", id="app.pane_next", show=False),
    Binding("shift+tab", "app.focus_previous", "Previous pane", id="app.pane_prev", show=False),
    Binding("1", "focus_pane('#articles')", "Article list", id="app.pane_articles", show=False),
    Binding("2", "focus_pane('#hits')", "Hits", id="app.pane_hits", show=False),
    Binding("3", "focus_pane('#article')", "Article text", id="app.pane_article", show=False),
    Binding("4", "focus_pane('#article-quotes')", "Quotes of the article", id="app.pane_quotes", show=False),
    Binding("ctrl+p", "command_palette", "Commands", id="app.palette", show=False),
    Binding("question_mark,f1", "help", "Help", id="app.help", key_display="?"),
    Binding("q", "quit", "Quit", id="app.quit"),
]

SEARCH = [
    Binding("enter", "commit", "Search now", id="search.commit", show=False),
    Binding("escape", "leave", "Leave the search box", id="search.leave"),
    Binding("down", "leave", "To the results", id="search.down", show=False),
]


# Every list (the article list, OptionLists) names its actions alike, so one table serves all.
OPTIONS = [
    Binding("j", "cursor_down", "Down", id="list.down", show=False),
    Binding("k", "cursor_up", "Up", id="list.up", show=False),
    Binding("g", "first", "First", id="list.first", show=False),
    Binding("G", "last", "Last", id="list.last", show=False),
    Binding("enter", "select", "Open", id="list.open", show=False),
]

ARTICLE_VIEW = [
    Binding("j,down", "scroll_down", "Line down", id="article.down", show=False),
    Binding("k,up", "scroll_up", "Line up", id="article.up", show=False),
    Binding("space,pagedown", "page_down", "Page down", id="article.page_down", show=False),
    Binding("b,pageup", "page_up", "Page up", id="article.page_up", show=False),
    Binding("g,home", "scroll_home", "Top", id="article.top", show=False),
    Binding("G,end", "scroll_end", "Bottom", id="article.bottom", show=False),
]

QUOTES_SCREEN = [
    Binding("escape,q", "close", "Back", id="quotes.close"),
    Binding("slash", "focus_filter", "Filter", id="quotes.filter", key_display="/"),
    Binding("f2", "category('')", "All", id="quotes.all"),
    Binding("f3", "category('analyst')", "Analysts", id="quotes.analyst"),
    Binding("f4", "category('official')", "Officials", id="quotes.official"),
    Binding("f5", "category('leader')", "Leaders", id="quotes.leader"),
    Binding("f6", "category('other')", "Others", id="quotes.other"),
    Binding("f7", "toggle_named", "Named only", id="quotes.named"),
]

HELP_SCREEN = [
    Binding("escape,q,question_mark,f1", "close", "Close help", id="help.close"),
]

# What the help screen shows, in order. Keys handled by widgets themselves (arrows, Enter in
# lists, typing in the search box) are listed by their bindings above.
SECTIONS = [
    ("Everywhere", APP),
    ("Search box", SEARCH),
    ("Lists (articles, hits, actors, quotes)", OPTIONS),
    ("Article text", ARTICLE_VIEW),
    ("Quotes screen", QUOTES_SCREEN),
    ("Help", HELP_SCREEN),
]
