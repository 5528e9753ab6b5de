"""The status line: corpus, article count, index state, and where the reader is."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from ..render import clean


class StatusBar(Widget):
    corpus: reactive[str] = reactive("")
    state: reactive[str] = reactive("starting")
    error: reactive[str] = reactive("")
    position: reactive[str] = reactive("")
    sort: reactive[str] = reactive("date")
    note: reactive[str] = reactive("")

    NOTE_SECONDS = 4.0

    def flash(self, note: str) -> None:
        """A passing remark ("wrapped to the first hit"), shown beside the position."""
        self.note = note
        if getattr(self, "_note_timer", None) is not None:
            self._note_timer.stop()
        self._note_timer = self.set_timer(self.NOTE_SECONDS, self._clear_note)

    def _clear_note(self) -> None:
        self.note = ""

    def render(self) -> Text:
        left = Text(no_wrap=True, overflow="ellipsis")
        left.append(f" {clean(self.corpus)} ", "bold reverse")
        left.append(" ")
        if self.error:
            left.append(clean(self.error), "bold red")
        else:
            left.append(clean(self.state))
        right = Text(no_wrap=True)
        if self.note:
            right.append(clean(self.note), "italic yellow")
            right.append("  ")
        if self.position:
            right.append(clean(self.position), "bold")
            right.append("  ")
        right.append(f"sort: {self.sort} ", "dim")
        width = self.size.width
        left.truncate(max(0, width - right.cell_len - 1), overflow="ellipsis")
        gap = max(1, width - left.cell_len - right.cell_len)
        return Text.assemble(left, " " * gap, right)
