"""The help screen: every key, from the one table in ``tui/keys.py``."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from .. import keys


def key_names(app, binding: Binding) -> str:
    """All keys of a binding, as a person would type them: "j / down"."""
    names = []
    for key in binding.key.split(","):
        key = key.strip()
        single = Binding(key, binding.action)
        names.append(app.get_key_display(single))
    return " / ".join(dict.fromkeys(names))


def key_table(app) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(justify="right", style="bold", no_wrap=True)
    table.add_column()
    seen: set[tuple[str, str]] = set()
    for title, bindings in keys.SECTIONS:
        table.add_row("", Text(""))
        table.add_row(Text(""), Text(title, style="bold underline"))
        for binding in bindings:
            row = (key_names(app, binding), binding.description)
            if row in seen:
                continue
            seen.add(row)
            table.add_row(Text(row[0], style="bold"), Text(row[1]))
    table.add_row("", Text(""))
    table.add_row(
        Text("mouse", style="bold"),
        Text("click a row or a hit to open it, a column header to sort; the wheel scrolls"),
    )
    return table


class HelpScreen(ModalScreen[None]):
    BINDINGS = keys.HELP_SCREEN

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body") as body:
            body.border_title = "briefing: keys"
            body.border_subtitle = "esc to close"
            yield Static(key_table(self.app), id="help-keys")

    def action_close(self) -> None:
        self.dismiss(None)
