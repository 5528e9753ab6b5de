"""The search box: search-as-you-type (debounced), Enter commits, Esc leaves."""

from __future__ import annotations

from textual.message import Message
from textual.timer import Timer
from textual.widgets import Input

from .. import keys

DEBOUNCE_SECONDS = 0.25


class SearchBar(Input):
    BINDINGS = keys.SEARCH

    class Query(Message):
        """The query to run: after a pause in typing, or at once on Enter."""

        def __init__(self, query: str, committed: bool) -> None:
            super().__init__()
            self.query = query
            self.committed = committed

    class Leave(Message):
        """The user is done with the search box (Esc, Enter, or down)."""

    def __init__(self, **kwargs) -> None:
        super().__init__(
            placeholder='Search: words, "a phrase", a OR b, rudenk*, source:hani  (press / )',
            select_on_focus=False,
            **kwargs,
        )
        self._timer: Timer | None = None
        self._sent: str | None = None

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(DEBOUNCE_SECONDS, self._fire)

    def _fire(self, committed: bool = False) -> None:
        self._timer = None
        query = self.value.strip()
        if query == self._sent and not committed:
            return
        self._sent = query
        self.post_message(self.Query(query, committed))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()

    def action_commit(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._fire(committed=True)
        self.post_message(self.Leave())

    def action_leave(self) -> None:
        self.post_message(self.Leave())
