"""The hits of the current query: title, then up to three fragments with the terms highlighted."""

from __future__ import annotations

from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from .. import keys
from ..render import DIM, clean, hit_option


class HitList(OptionList):
    BINDINGS = keys.OPTIONS

    class Open(Message):
        """Open ``article_id`` at ``offset``: where the hit's first fragment matched."""

        def __init__(self, article_id: str, offset: int) -> None:
            super().__init__()
            self.article_id = article_id
            self.offset = offset

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.result = None
        self.border_title = "Hits"

    def on_mount(self) -> None:
        self.show_note(Text("Type / and a query to search the corpus.", style=DIM))

    def show_note(self, note: Text) -> None:
        self.result = None
        self.clear_options()
        self.add_option(Option(note, disabled=True))
        self.border_title = "Hits"

    def show_result(self, result) -> None:
        self.result = result
        self.clear_options()
        if not result.hits:
            note = Text(f"No article matches {clean(result.query)!r}.")
            if result.suggestion:
                note.append("\nDid you mean: ")
                note.append(clean(result.suggestion), "bold")
                note.append(" ?")
            self.add_option(Option(note, disabled=True))
            self.border_title = "Hits (0)"
            return
        options: list = []
        for rank, hit in enumerate(result.hits, 1):
            if options:
                options.append(None)  # a rule between hits
            options.append(Option(hit_option(hit, rank), id=f"hit-{rank - 1}"))
        self.add_options(options)
        shown = len(result.hits)
        self.border_title = f"Hits ({shown})" if shown == result.total else f"Hits ({shown} of {result.total})"
        self.highlighted = 0

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id or ""
        if self.result is None or not option_id.startswith("hit-"):
            return
        hit = self.result.hits[int(option_id.removeprefix("hit-"))]
        first = hit.fragments[0] if hit.fragments else None
        offset = first.offset + (first.highlights[0][0] if first.highlights else 0) if first else 0
        self.post_message(self.Open(hit.article_id, offset))
