"""The summary of the open article: its actors (people with role and quote count, then
organisations and countries) and its quotes (speaker - text)."""

from __future__ import annotations

from rich.text import Text
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from .. import keys
from ..render import DIM, actor_option, heading, quote_option

KIND_ORDER = (("person", "People"), ("organization", "Organisations"), ("country", "Countries"))


class ActorList(OptionList):
    BINDINGS = keys.OPTIONS

    class PersonChosen(Message):
        def __init__(self, actor) -> None:
            super().__init__()
            self.actor = actor

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.border_title = "Actors"
        self._actors: list = []

    def show(self, actors) -> None:
        self.clear_options()
        self._actors = []
        options: list[Option] = []
        for kind, label in KIND_ORDER:
            group = [a for a in actors if a.kind == kind]
            if not group:
                continue
            if kind == "person":
                group.sort(key=lambda a: (-a.quote_count, -a.mentions, a.name))
            else:
                group.sort(key=lambda a: (-a.mentions, a.name))
            options.append(Option(heading(label, str(len(group))), disabled=True))
            for actor in group:
                options.append(Option(actor_option(actor), id=f"actor-{len(self._actors)}"))
                self._actors.append(actor)
        if not options:
            options.append(Option(Text("No actors found in this article.", style=DIM), disabled=True))
        self.add_options(options)
        self.border_title = f"Actors ({len(self._actors)})"

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id or ""
        if option_id.startswith("actor-"):
            actor = self._actors[int(option_id.removeprefix("actor-"))]
            if actor.kind == "person":
                self.post_message(self.PersonChosen(actor))
            else:
                self.app.notify("Only people have quotes.", timeout=3)

    def focus_first_person(self) -> None:
        self.focus()
        for index, actor in enumerate(self._actors):
            if actor.kind == "person":
                self.highlighted = self.get_option_index(f"actor-{index}")
                return


class QuoteList(OptionList):
    BINDINGS = keys.OPTIONS

    class Jump(Message):
        def __init__(self, quote) -> None:
            super().__init__()
            self.quote = quote

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.border_title = "Quotes"

    def show(self, quotes) -> None:
        self._quotes = list(quotes)
        self.clear_options()
        if not quotes:
            self.add_option(Option(Text("No quotes found in this article.", style=DIM), disabled=True))
        else:
            self.add_options([Option(quote_option(q), id=f"quote-{i}") for i, q in enumerate(quotes)])
            self.highlighted = 0
        self.border_title = f"Quotes ({len(quotes)})"

    def mark(self, index: int | None) -> None:
        if index is not None and self.option_count:
            try:
                self.highlighted = self.get_option_index(f"quote-{index}")
            except Exception:
                pass

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id or ""
        if option_id.startswith("quote-"):
            self.post_message(self.Jump(self._quotes[int(option_id.removeprefix("quote-"))]))


class Summary(Vertical):
    """Actors above quotes; the app fills both when an article opens."""

    def compose(self):
        yield ActorList(id="actors")
        yield QuoteList(id="article-quotes")

    def show(self, article) -> None:
        self.query_one(ActorList).show(list(article.actors) if article else [])
        self.query_one(QuoteList).show(list(article.quotes) if article else [])
