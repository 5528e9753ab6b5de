"""The corpus-wide quotes screen: grouped by speaker (named analysts first), filtered as you
type and by category; Enter jumps to the quote in its article."""

from __future__ import annotations

from collections import defaultdict

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Button, Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from .. import keys
from ..render import BOLD, DIM, QUOTE, clean
from ..widgets.navigation import is_named_analyst

CATEGORIES = (("", "All"), ("analyst", "Analysts"), ("official", "Officials"),
              ("leader", "Leaders"), ("other", "Others"))
CATEGORY_RANK = {"analyst": 0, "official": 1, "leader": 2, "other": 3}


def speaker_key(ref) -> str:
    return ref.person_id or ref.quote.speaker.casefold()


def group_refs(refs) -> list[tuple[str, list]]:
    """Quotes grouped by speaker: named analysts first, then other named speakers by category,
    then unnamed ones; by number of quotes within a rank; quotes in reading order."""
    groups: dict[str, list] = defaultdict(list)
    for ref in refs:
        groups[speaker_key(ref)].append(ref)

    def rank(item):
        first = item[1][0].quote
        return (not first.speaker_named, not is_named_analyst(first),
                CATEGORY_RANK.get(first.speaker_category, 4), -len(item[1]), first.speaker.casefold())

    return sorted(groups.items(), key=rank)


class QuoteBrowser(OptionList):
    BINDINGS = keys.OPTIONS


class QuotesScreen(Screen):
    """``refs`` are all the corpus's QuoteRefs; ``person`` pre-filters to one actor."""

    BINDINGS = keys.QUOTES_SCREEN

    def __init__(self, refs, *, person=None) -> None:
        super().__init__()
        self.refs = list(refs)
        self.person = person
        self.category = ""
        self.named_only = False
        self._shown: list = []

    def compose(self) -> ComposeResult:
        with Vertical(id="quotes-top"):
            yield Static(id="quotes-title")
            yield Input(placeholder="filter: speaker, words, article…", id="quotes-filter")
            with Horizontal(id="quotes-categories"):
                for value, label in CATEGORIES:
                    yield Button(label, id=f"cat-{value or 'all'}", compact=True)
                yield Button("Named only", id="named-only", compact=True)
        yield QuoteBrowser(id="quotes-list")
        yield Footer()

    def on_mount(self) -> None:
        self.refresh_list()
        self.query_one("#quotes-filter", Input).focus()

    # -- filtering ----------------------------------------------------------------------------

    def matches(self, ref, needle: str) -> bool:
        quote = ref.quote
        if self.person is not None:
            pid = getattr(self.person, "person_id", None)
            if pid and ref.person_id != pid:
                return False
            if not pid and self.person.name.casefold() not in (
                n.casefold() for n in (quote.speaker, *quote.speaker_aliases)):
                return False
        if self.category and quote.speaker_category != self.category:
            return False
        if self.named_only and not quote.speaker_named:
            return False
        if needle:
            hay = " ".join((quote.speaker, *quote.speaker_aliases, quote.text, ref.article_title or ""))
            return needle in hay.casefold()
        return True

    def refresh_list(self) -> None:
        needle = self.query_one("#quotes-filter", Input).value.strip().casefold()
        shown = [ref for ref in self.refs if self.matches(ref, needle)]
        options: list[Option] = []
        self._shown = []
        for _, group in group_refs(shown):
            first = group[0].quote
            head = Text(clean(first.speaker or "unattributed"), style="bold underline")
            head.append(f"  {first.speaker_category}", QUOTE.get(first.speaker_category, DIM))
            if not first.speaker_named:
                head.append(" (unnamed)", DIM)
            head.append(f"  {len(group)} quote{'s' * (len(group) != 1)}", DIM)
            options.append(Option(head, disabled=True))
            for ref in group:
                line = Text("  ")
                line.append("\u201c" + clean(ref.quote.text).replace("\n", " ") + "\u201d",
                            QUOTE.get(ref.quote.speaker_category, DIM))
                line.append(f"\n    {clean(ref.article_title or ref.article_id)}", DIM)
                options.append(Option(line, id=f"q{len(self._shown)}"))
                self._shown.append(ref)
        if not options:
            note = "No quotes in this corpus yet." if not self.refs else "No quote matches the filters."
            options.append(Option(Text(note, style=DIM), disabled=True))
        browser = self.query_one(QuoteBrowser)
        browser.clear_options()
        browser.add_options(options)
        self._update_title(len(shown))

    def _update_title(self, count: int) -> None:
        title = Text("Quotes", style="bold")
        title.append(f"  {count} of {len(self.refs)}", DIM)
        if self.person is not None:
            title.append("  person: ", DIM)
            title.append(clean(self.person.name), BOLD)
        if self.category:
            title.append(f"  category: {self.category}", DIM)
        if self.named_only:
            title.append("  named speakers only", DIM)
        self.query_one("#quotes-title", Static).update(title)
        for value, _ in CATEGORIES:
            self.query_one(f"#cat-{value or 'all'}", Button).set_class(value == self.category, "-active")
        self.query_one("#named-only", Button).set_class(self.named_only, "-active")

    # -- events -------------------------------------------------------------------------------

    def on_input_changed(self, event: Input.Changed) -> None:
        self.refresh_list()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        browser = self.query_one(QuoteBrowser)
        browser.focus()
        if self._shown:
            browser.highlighted = browser.get_option_index("q0")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "named-only":
            self.action_toggle_named()
        else:
            value = (event.button.id or "").removeprefix("cat-")
            self.action_category("" if value == "all" else value)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id or ""
        if option_id.startswith("q"):
            self.dismiss(self._shown[int(option_id[1:])])

    def action_category(self, value: str) -> None:
        self.category = value
        if value == "":
            self.person = None
        self.refresh_list()

    def action_toggle_named(self) -> None:
        self.named_only = not self.named_only
        self.refresh_list()

    def action_focus_filter(self) -> None:
        self.query_one("#quotes-filter", Input).focus()

    def action_close(self) -> None:
        self.dismiss(None)
