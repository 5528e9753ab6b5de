"""Below a sensible minimum size the reader says so instead of drawing garbage."""

from __future__ import annotations

from rich.text import Text
from textual.geometry import Size
from textual.widgets import Static

MIN_WIDTH, MIN_HEIGHT = 80, 20


def too_small(size: Size) -> bool:
    return size.width < MIN_WIDTH or size.height < MIN_HEIGHT


class TooSmall(Static):
    def too_small_for(self, size: Size) -> bool:
        """True when ``size`` is too small; the message then names both sizes."""
        small = too_small(size)
        if small:
            self.update(Text(
                f"briefing needs a terminal of at least {MIN_WIDTH}×{MIN_HEIGHT}; this one is "
                f"{size.width}×{size.height}. Enlarge it, or press q to quit."))
        return small
