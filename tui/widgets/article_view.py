"""The article itself: a line-API view over one wrapped ``Text``, able to jump to any offset.

Toolong-style: the document is wrapped into line start offsets (cheap, no rendering), and only
the lines on screen are sliced, rendered to Strips and cached. A character offset maps to its
wrapped line with one bisect, so ``n``/``]`` land exactly; a resize re-wraps and keeps the
line that was at the top of the view.
"""

from __future__ import annotations

from collections import OrderedDict

from rich.segment import Segment
from rich.text import Text
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from .. import keys
from ..render import CURRENT, Document, line_of, wrap_starts

CACHE_LINES = 512


class ArticleView(ScrollView, can_focus=True):
    """Scrollable, wrapped article text with a highlighted "current" span."""

    BINDINGS = keys.ARTICLE_VIEW

    DEFAULT_CSS = """
    ArticleView { overflow-y: auto; overflow-x: hidden; scrollbar-gutter: stable; scrollbar-size-vertical: 1; }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.document: Document | None = None
        self._placeholder = Text("")
        self._starts: list[int] = [0]
        self._wrap_width = 0
        self._current: tuple[int, int] | None = None  # display offsets
        self._cache: OrderedDict[int, Strip] = OrderedDict()
        self._current_shown = False

    # -- content ------------------------------------------------------------------------------

    @property
    def text(self) -> Text:
        return self.document.text if self.document else self._placeholder

    def show_message(self, message: Text) -> None:
        """Show a note (no article open, loading, an error) instead of an article."""
        self.document = None
        self._placeholder = message
        self._current = None
        self._rewrap(keep_top=False)
        self.scroll_to(y=0, animate=False)

    def set_document(self, document: Document, *, keep_position: bool = False) -> None:
        """Show ``document``; with ``keep_position`` the article offset at the top stays."""
        top = self.top_source_offset() if keep_position and self.document else 0
        self.document = document
        self._current = None
        self._rewrap(keep_top=False)
        self.scroll_to(y=line_of(self._starts, document.to_display(top)) if top else 0, animate=False)

    def top_source_offset(self) -> int:
        if not self.document:
            return 0
        line = min(int(self.scroll_y), len(self._starts) - 1)
        return self.document.to_source(self._starts[line])

    # -- jumping ------------------------------------------------------------------------------

    def jump_to(self, start: int, end: int, *, mark: bool = True) -> None:
        """Scroll so that article offsets ``start``-``end`` are in view, a third from the top,
        and (with ``mark``) draw them as the current position."""
        if not self.document:
            return
        s, e = self.document.to_display(start), self.document.to_display(end)
        self._current = (s, e) if mark else None
        self._cache.clear()
        line = line_of(self._starts, s)
        target = max(0, line - max(1, self.scrollable_content_region.height // 3))
        self.scroll_to(y=target, animate=False, force=True)
        self.refresh()

    def line_of_offset(self, start: int) -> int:
        """The wrapped line showing article offset ``start`` (for tests and callers)."""
        if not self.document:
            return 0
        return line_of(self._starts, self.document.to_display(start))

    @property
    def line_count(self) -> int:
        return len(self._starts)

    # -- wrapping and rendering ---------------------------------------------------------------

    def _content_width(self) -> int:
        return max(1, self.scrollable_content_region.width or self.size.width or 80)

    def _current_visible(self) -> bool:
        if self._current is None:
            return False
        line = line_of(self._starts, self._current[0])
        return self.scroll_y <= line < self.scroll_y + self.scrollable_content_region.height

    def _rewrap(self, *, keep_top: bool) -> None:
        top = self.top_source_offset() if keep_top else None
        # The place the reader was sent to (a hit, a quote) stays in view across a re-wrap.
        keep_current = keep_top and self._current_shown
        self._wrap_width = self._content_width()
        self._starts = wrap_starts(self.text.plain, self._wrap_width)
        self._cache.clear()
        self.virtual_size = Size(self._wrap_width, len(self._starts))
        if top is not None and self.document:
            self.scroll_to(y=line_of(self._starts, self.document.to_display(top)), animate=False)
            if keep_current:
                self._bring_current_into_view()
        self.refresh()

    def _bring_current_into_view(self) -> None:
        if self._current is not None and not self._current_visible():
            line = line_of(self._starts, self._current[0])
            height = self.scrollable_content_region.height
            self.scroll_to(y=max(0, line - height // 3), animate=False)

    def on_resize(self) -> None:
        if self._content_width() != self._wrap_width:
            self._rewrap(keep_top=True)
        elif self._current_shown:
            self._bring_current_into_view()

    def render_line(self, y: int) -> Strip:
        if self._content_width() != self._wrap_width:
            self._rewrap(keep_top=True)
        if y == 0:  # once a frame: was the current place on screen?
            self._current_shown = self._current_visible()
        index = int(self.scroll_y) + y
        width = self.scrollable_content_region.width or self.size.width
        style = self.rich_style
        if index >= len(self._starts):
            return Strip.blank(width, style)
        strip = self._cache.get(index)
        if strip is None:
            strip = self._render_wrapped(index, style)
            self._cache[index] = strip
            if len(self._cache) > CACHE_LINES:
                self._cache.popitem(last=False)
        return strip.crop_extend(0, width, style)

    def _render_wrapped(self, index: int, style) -> Strip:
        text = self.text
        start = self._starts[index]
        end = self._starts[index + 1] if index + 1 < len(self._starts) else len(text.plain)
        line = text[start:end]
        line.rstrip()
        if line.plain.endswith("\n"):
            line.right_crop(1)
        line.rstrip()
        if self._current:
            cs, ce = self._current
            if cs < end and ce > start:
                line.stylize(CURRENT, max(0, cs - start), min(len(line), ce - start))
        line.no_wrap = True
        line.end = ""
        segments = list(line.render(self.app.console))
        segments = [Segment(s.text.replace("\n", " "), s.style, s.control) for s in segments]
        return Strip(segments).apply_style(style).simplify()
