"""Who said each quoted span: an ordered sieve of small rules.

Each paragraph is looked at with its quotes masked out (``\\x00``), so speech verbs inside
quotes never count.  For every span, in order:

1. ``label``      a label others apply ("branded ... as '...'", "so-called '...'"): not a quote.
2. ``pre``        a speech verb earlier in the same sentence with its subject:
                  ``X said, "..."``, ``X explained: "..."``, ``According to X, "..."``,
                  ``X assessed that ... "..."`` (partial quotes in reported speech),
                  ``"...," said X, "..."``, ``..., adding, "..."`` (continuations),
                  ``... and pledged to "..."`` (coordinated verbs), ``X: "..."`` / ``X — "..."``.
3. ``same``       a quote later in the sentence of an attributed quote, with nothing new
                  in between (``"...," and "..."``, ``"..." "..."``).
4. ``post``       attribution right after the quote: ``"...," X said``, ``"...," said X,
                  a professor at Y``, ``"...?" he asked``, ``"...," according to X``.
5. ``subject``    a partial quote in a sentence whose subject is a person or a source
                  (``He was "deeply saddened by the news"``).
6. ``para``       any earlier attributed quote of the same paragraph; then, for a quote opening
                  its paragraph, a previous paragraph that ends in a colon after a speech verb
                  or a named subject ("Asked about the cost, she said:").
7. ``chain``      the speaker of a multi-paragraph quote, given in one of its paragraphs.
8. ``prev``       a paragraph that is all quote, with no attribution of its own, continues the
                  previous paragraph's speaker.

Who the noun phrase in a speaker's slot names (a pronoun's antecedent, "the president", "the
company said") is for ``speakers.py``, whose ``SpeakerResolver`` the ``Attributor`` extends
with these rules.  The rules pick the phrase: "said Castleford's manager, Sue Barraclough" is
the name after the description.  The noun phrases around a quote are read by ``phrases.py``.
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from . import lexicon as lx
from .doc import Doc, Para, sentence_starts
from .entities import Entities, _sentence_initial
from .names import is_possessive, strip_possessive
from .phrases import (
    _HARD_STOP,
    _NP,
    _PREPS,
    _PRONOUNS,
    _TIME_TAIL,
    _WEEKDAYS,
    _descriptors_only,
    _is_cap,
    _np_head,
    _np_head_desc,
    _np_tail,
    _plausible_head,
    _Tok,
    _tokens,
    _without_parentheticals,
)
from .quotes import Span, has_min_words
from .speakers import _DOCUMENT_HEADS, _ROLE_OR_SOURCE, Speaker, SpeakerResolver

MIN_WORDS = 4

# a period ends a clause unless it ends an initial or a title's abbreviation ("Rep. Yoon")
# (the checks come after the period, so only periods pay for them)
_CLAUSE_END_RE = re.compile(
    r"[!?;](?=\s)|\.(?<![A-Z]\.)(?<!\b[A-Z][a-z]\.)(?<!\bMrs\.)"
    + "".join(f"(?<!\\b{a}\\.)" for a in ("Rep", "Sen", "Gov", "Gen", "Col", "Sgt", "Adm", "Maj", "Capt",
                                             "Cmdr", "Prof", "Supt", "Insp", "Cpl", "Pvt", "Amb"))
    + r"(?=\s+[A-Z\"“‘'])")


def _clause_end(text: str, start: int, end: int) -> int:
    """Where ``_CLAUSE_END_RE`` first matches in ``text[start:end]``, or -1.  The pattern is
    tried only at the marks it can start with: a search would test every character."""
    first = -1
    for mark in "!?;.":
        i = text.find(mark, start, end)
        while i >= 0 and (first < 0 or i < first):
            if _CLAUSE_END_RE.match(text, i, end):
                first = i
                break
            i = text.find(mark, i + 1, end)
    return first


_LABEL_RE = re.compile(
    r"(?:\b(?:branded|branding|brands?|dubbed|dubbing|dubs?|labell?ed|labell?ing|labels?|termed|"
    r"nicknamed|titled|entitled|headlined|coined|billed|known|referred to|called itself|calls itself)"
    r"\b[^\x00.;:]{0,80}?\b(?:as|it|them|him|her|the)?\s*[,:]?\s*$)"
    # mockery is a label too: "which commentators mocked as ...", "derided by critics as ..."
    r"|(?:\b(?:mocked|mocking|mocks?|derided|deriding|derides?|ridiculed|ridiculing|ridicules?|"
    r"lampooned|lampooning|lampoons?)\b[^\x00.;:]{0,80}?\bas\s*$)"
    r"|(?:\bso-called\s*$)"
    r"|(?:\b(?:the|a|an|its|their|his|her)\s+(?:term|phrase|word|slogan|hashtag|motto|banner|title|"
    r"headline|label|nickname|catchphrase|mantra|expression|name|theme)s?\s*(?:of\s*)?[,:]?\s*$)",
    re.I,
)
_LABEL_STEMS: Final = (
    "brand", "dub", "label", "term", "nicknam", "titl", "headlin", "coin", "billed", "known", "referred",
    "itself", "so-called", "phrase", "word", "slogan", "hashtag", "motto", "banner", "name", "theme",
    "expression", "mantra", "mock", "derid", "ridicul", "lampoon",
)


def _has_label_stem(lowered: str) -> bool:
    """A cheap test before ``_LABEL_RE``: ``in`` tests beat a regex alternation of the stems,
    which tries every stem at every position."""
    return any(stem in lowered for stem in _LABEL_STEMS)


class Attributed:
    __slots__ = ("span", "speaker", "cue", "rule", "label")

    def __init__(self, span: Span, speaker: Speaker | None, cue: str, rule: str, label: bool = False) -> None:
        self.span = span
        self.speaker = speaker
        self.cue = cue
        self.rule = rule
        self.label = label


# ---------------------------------------------------------------------------------------
# the article-level context
# ---------------------------------------------------------------------------------------


class _ParaCtx:
    __slots__ = ("para", "masked", "starts", "spans")

    def __init__(self, doc: Doc, para: Para, spans: list[Span], joined: list[int]):
        text = doc.text
        ps, pe = para.start, para.end
        parts: list[str] = []
        pos = ps
        for sp in spans:
            left, right = max(sp.left, ps), min(sp.right, pe)
            if left < pos:
                continue
            parts.append(text[pos:left])
            body = "\x00" * (right - left)
            inner = text[sp.start:sp.end]
            if inner[-1:] in ".!?" and right - left > 1:
                body = body[:-1] + "."
            parts.append(body)
            pos = right
        parts.append(text[pos:pe])
        masked = "".join(parts)  # same length as the paragraph
        for at in joined:
            if ps <= at < pe:
                # a comma inside a name ("the Ministry of Housing, Communities and Local
                # Government") does not end the phrase around it
                masked = masked[:at - ps] + " " + masked[at - ps + 1:]
        self.para = para
        self.masked = masked
        self.starts = sentence_starts(self.masked)
        self.spans = spans

    def sent_start(self, pos: int) -> int:
        """Absolute start of the sentence containing absolute offset ``pos``."""
        rel = pos - self.para.start
        i = bisect.bisect_right(self.starts, rel) - 1
        return self.para.start + self.starts[max(i, 0)]

    def sub(self, s: int, e: int) -> str:
        return self.masked[s - self.para.start:e - self.para.start]


class Attributor(SpeakerResolver):
    def __init__(self, doc: Doc, ents: Entities):
        super().__init__(doc, ents)
        self._by_para: dict[int, list[Span]] = {}

    def _masked_tokens(self, s: int, e: int) -> list[_Tok]:
        ctx = self.ctx
        assert ctx is not None
        base = ctx.para.start
        return _tokens(ctx.masked, s - base, e - base, base)

    # ---- rules ----------------------------------------------------------------------------

    def attribute(self, spans: list[Span]) -> list[Attributed]:
        self._q_left = [sp.left for sp in spans]
        self._q_right = [sp.right for sp in spans]
        by_para: dict[int, list[Span]] = {}
        for sp in spans:
            by_para.setdefault(sp.para, []).append(sp)
        self._by_para = by_para
        results: list[Attributed] = []
        last_in_para: dict[int, Attributed] = {}
        for pi, para_spans in sorted(by_para.items()):
            para = self.doc.paras[pi]
            self.ctx = _ParaCtx(self.doc, para, para_spans, self.ents.joined_commas)
            done: list[Attributed] = []
            for n_sp, sp in enumerate(para_spans):
                if sp.chain < 0 and not has_min_words(self.text[sp.start:sp.end], MIN_WORDS):
                    # too short to be a quote; a speaker written right after it still counts for
                    # the quote that follows ("'No,' he said. 'There are a lot of games to play.'")
                    got = self._rule_post(sp) if n_sp + 1 < len(para_spans) else None
                    res = Attributed(sp, got[0] if got else None, got[1] if got else "", "short")
                    done.append(res)
                    results.append(res)
                    continue
                res = self._one(sp, done, last_in_para, pi)
                done.append(res)
                results.append(res)
                if res.speaker is not None:
                    self._add_event(sp.start, res.speaker)
            attributed = [r for r in done if r.speaker is not None]
            if attributed:
                last_in_para[pi] = attributed[-1]
        # multi-paragraph quotes share one speaker
        chains: dict[int, list[Attributed]] = {}
        for r in results:
            if r.span.chain >= 0:
                chains.setdefault(r.span.chain, []).append(r)
        for members in chains.values():
            found = next((r for r in members if r.speaker is not None and r.rule not in ("para", "prev")), None)
            found = found or next((r for r in members if r.speaker is not None), None)
            if found is None:
                continue
            for r in members:
                if r.speaker is None and not r.label:
                    r.speaker, r.cue, r.rule = found.speaker, found.cue, "chain"
        full: dict[int, str] = {}
        for r in results:
            spk = r.speaker
            if spk is not None and spk.kind == "org":
                if id(spk) not in full:
                    full[id(spk)] = spk.name = self._org_in_full(spk.name)
        return results

    def _org_in_full(self, name: str) -> str:
        """An organisation's name as the article first writes it in full: "Retail Consortium"
        -> "the British Retail Consortium", "Bayou Power" -> "Bayou Power & Light", "UK
        Athletics", "Ashford Brands Inc.": the capitalised words around its first mention that
        the entity reader left out (a demonym, an "&", a company suffix)."""
        bare = name[4:] if name.startswith("the ") else name
        text = self.text
        s = -1
        at = text.find(bare)
        while at >= 0:
            end = at + len(bare)
            if not (at > 0 and (text[at - 1].isalnum() or text[at - 1] in "’'-")) \
                    and not (end < len(text) and (text[end].isalnum() or text[end] in "’'-")):
                para = self.doc.para_at(at)
                if para is not None and not para.titlecase and not self._in_quote(at):
                    s = at  # the first mention in the body, not a headline's
                    break
            at = text.find(bare, at + 1)
        if s < 0 or para is None:
            return name
        e = s + len(bare)
        # left: "British", "UK", "Philippine", "Independent Petroleum" written as part of it
        while s - para.start >= 2 and text[s - 1] == " ":
            k = max(text.rfind(" ", para.start, s - 1), para.start - 1)
            word = text[k + 1:s - 1]
            low = word.lower()
            if not word[:1].isupper() or is_possessive(word) or not word.replace("-", "").isalpha() \
                    or word.endswith(("-based", "-headquartered", "-listed", "-owned", "-backed", "-registered")) \
                    or low in lx.COMMON_WORDS or low in lx.TITLE_WORDS or low in lx.HONORIFICS \
                    or _sentence_initial(text, para.start, k + 1):
                break
            s = k + 1
        if text[e:e + 1] == "." and bare.rsplit(None, 1)[-1].lower() + "." in lx.COMPANY_SUFFIXES:
            e += 1  # "Inc." keeps its period
        # right: "& Light", "Inc.", "Medical Center": up to an organisation word or company suffix
        words = _WORDS_AFTER_RE.match(text, e, para.end)
        if words:
            parts = words.group(1).split()
            if parts[0] == "&" and len(parts) > 1:
                e += len(" ".join(parts[:2])) + 1  # "Bayou Power & Light"
                parts = []
            for j in range(len(parts), 0, -1):
                last = parts[j - 1].lower()
                if last in lx.ORG_CUES or last in lx.COMPANY_SUFFIXES:
                    e += len(" ".join(parts[:j])) + 1
                    break
        full = text[s:e]
        if full == bare:
            return name
        return "the " + full if text[s - 4:s].lower() == "the " else full

    def _one(self, sp: Span, done: list[Attributed], last_in_para: dict[int, Attributed], pi: int) -> Attributed:
        ctx = self.ctx
        assert ctx is not None
        left = sp.left
        ss = ctx.sent_start(left)
        lc = ctx.sub(ss, left)
        tail = lc[-120:]
        tl = tail.lower()
        if _has_label_stem(tl) and _LABEL_RE.search(tail):
            return Attributed(sp, None, "", "label", label=True)
        prev_same = None
        if done:
            pr = done[-1]
            gap = ctx.sub(pr.span.right, left)
            if pr.span.right >= ss or not gap.strip(" ,;—–-:"):
                prev_same = pr
        # 2. pre
        got = self._rule_pre(sp, ss, left, prev_same)
        if got:
            if got[1] in (":", "—", "–", "-"):
                # 'The conclusion is stark: "...," writes its author, X': the speech verb
                # after the quote names the speaker, the clause before the colon its topic
                post = self._rule_post(sp)
                if post and post[2] == "strong":
                    return Attributed(sp, post[0], post[1], "post")
            return Attributed(sp, got[0], got[1], "pre")
        # 3. same sentence, nothing new in between
        if prev_same is not None and prev_same.speaker is not None:
            gap = ctx.sub(prev_same.span.right, left)
            if not _WORD_RE.search(gap) or _JOINER_RE.fullmatch(gap):
                return Attributed(sp, prev_same.speaker, prev_same.cue, "same")
        # 4. post
        got = self._rule_post(sp)
        if got and got[2] == "strong":
            return Attributed(sp, got[0], got[1], "post")
        if prev_same is not None and prev_same.speaker is not None:
            return Attributed(sp, prev_same.speaker, prev_same.cue, "same")
        if got:
            return Attributed(sp, got[0], got[1], "post")
        # 5. the sentence subject speaks a partial quote
        if lc.strip(" \x00\"“”‘’'"):
            got = self._rule_subject(ss, left)
            if got:
                return Attributed(sp, got, "", "subject")
        # 6. an earlier speaker of this paragraph
        for r in reversed(done):
            if r.speaker is not None:
                return Attributed(sp, r.speaker, r.cue, "para")
        # 7. a quote opening a sentence after one that reports the same speaker's words
        # ('She added that the records should be kept. "These records matter."')
        if ss > ctx.para.start and not lc.strip(" \x00\"“”‘’'"):
            got = self._reported_before(ss)
            if got:
                return Attributed(sp, got[0], got[1], "reported")
        text = self.text
        if sp.open >= 0 and not text[ctx.para.start:sp.open].strip() and not sp.cont_prev:
            prev = self._prev_body_para(pi)
            # 7. a paragraph ending in a colon introduces the quote that opens the next one
            # ('Asked about the cost, she said:' / '"We inherited ...')
            got = self._colon_intro(sp, prev) if prev is not None else None
            if got:
                return Attributed(sp, got[0], got[1], "pre")
            # 8. a paragraph that is all quote continues the previous paragraph's speaker
            if prev is not None and prev in last_in_para:
                r = last_in_para[prev]
                if self._para_closes_with_quote_or_attr(prev, r):
                    return Attributed(sp, r.speaker, r.cue, "prev")
            # 10. a quoted paragraph after one that ends reporting what someone said
            # ('Brennan said renters had been told to wait.' / '"We were told to wait ...')
            if prev is not None and sp.cont_next:
                outer = self.ctx
                para = self.doc.paras[prev]
                self.ctx = _ParaCtx(self.doc, para, self._by_para.get(prev, []), self.ents.joined_commas)
                try:
                    got = self._reported_before(para.end)
                finally:
                    self.ctx = outer
                if got:
                    return Attributed(sp, got[0], got[1], "reported")
        return Attributed(sp, None, "", "none")

    def _reported_before(self, ss: int) -> tuple[Speaker, str] | None:
        """The speaker of the sentence before ``ss`` when its subject is followed by a speech
        verb ("She added that ...", "Ocampo also said ...")."""
        ctx = self.ctx
        assert ctx is not None
        prev_ss = ctx.sent_start(ss - 1)
        if prev_ss >= ss or self._in_quote(prev_ss):
            return None
        toks = self._masked_tokens(prev_ss, ss)
        if toks and len(toks[0].t) > 5 and toks[0].low.endswith("ing"):
            # "Addressing the crowd from a stage, Brennan said ...": past the participle's phrase
            comma = next((x for x, t in enumerate(toks[:16]) if t.t == ","), -1)
            toks = toks[comma + 1:] if comma > 0 else toks
        np = self._sentence_subject(toks)
        if np is None:
            return None
        k = next((x for x, t in enumerate(toks) if t.s >= np.e), len(toks))
        while k < len(toks) and (toks[k].low in lx.AUX_WORDS or _is_adverb(toks[k])):
            k += 1
        if k >= len(toks) or toks[k].low not in lx.SPEECH_VERBS or toks[k].low in lx.CONTINUATION_PARTICIPLES:
            return None
        spk = self.resolve(np, np.s)
        if spk is None or not (spk.kind == "person" or (spk.kind == "desc" and spk.personal)):
            return None
        return spk, toks[k].t

    def _colon_intro(self, sp: Span, prev: int):
        para = self.doc.paras[prev]
        end = para.end
        if not self.text[para.start:end].rstrip().endswith(":") or self._in_quote(end - 1):
            return None
        outer = self.ctx
        self.ctx = _ParaCtx(self.doc, para, self._by_para.get(prev, []), self.ents.joined_commas)
        try:
            got = self._rule_pre(sp, self.ctx.sent_start(end - 1), end, None)
        finally:
            self.ctx = outer
        # a speech verb must say so ("she said:", "he described it in blunt terms:"); a bare
        # clause before the colon ("The rules are simple:") introduces no speaker
        if got and (got[1][:1].isalpha() or got[0].kind == "person"):
            return got  # "Gareth Lyle, 68, put it more bluntly:"
        return None

    def _prev_body_para(self, pi: int) -> int | None:
        j = pi - 1
        while j >= 0:
            p = self.doc.paras[j]
            if p.body and not p.skip:
                return j
            if p.kind.value in ("caption", "title", "deck", "byline") or p.skip:
                j -= 1
                continue
            return j
        return None

    def _para_closes_with_quote_or_attr(self, pidx: int, r: Attributed) -> bool:
        """The previous paragraph's last quote ends it (give or take an attribution)."""
        para = self.doc.paras[pidx]
        tail = self.text[r.span.right:para.end]
        return len(tail) < 220 and tail.count(". ") <= 1

    def _rule_pre(self, sp: Span, ss: int, left: int, prev_same: Attributed | None):
        ctx = self.ctx
        assert ctx is not None
        toks = self._masked_tokens(ss, left)
        if not toks:
            return None
        # colon or dash introduction
        last = toks[-1]
        verbs = [k for k, t in enumerate(toks) if t.low in lx.SPEECH_VERBS or (t.low == "according" and k + 1 < len(toks) and toks[k + 1].low == "to")]
        for vi in reversed(verbs):
            got = self._verb_subject(toks, vi, sp, prev_same, verbs)
            if got is _SKIP:
                continue
            if got:
                return got
        if last.t in (":", "—", "–", "-") or (last.t == "," and len(toks) >= 2 and toks[-2].t in (":",)):
            # "X: '...'": the clause before the colon names the speaker
            body = toks[:-1]
            np = _np_tail(body)
            if np is not None and body and np.s <= body[0].s:
                # the whole clause is a noun phrase: "Smith:", "The minister's reply:"
                spk = self.resolve(np, np.s)
                if spk is not None:
                    return spk, last.t
            np = self._sentence_subject(toks[:-1])
            if np is not None:
                spk = self.resolve(np, np.s)
                if spk is not None:
                    return spk, last.t
        return None

    def _verb_subject(self, toks: list[_Tok], vi: int, sp: Span, prev_same: Attributed | None, verbs: list[int]):
        v = toks[vi]
        low = v.low
        cue = self.text[v.s:v.e]
        if low == "according":
            np = _np_head(toks[vi + 2:], self.text)
            if np is None:
                return _SKIP
            spk = self.resolve(np, np.s)
            return (spk, "according to") if spk else _SKIP
        if vi > 0 and (toks[vi - 1].low in ("a", "an", "the") or (
                toks[vi - 1].low in ("its", "their", "this", "that") and low.endswith("ing"))):
            return _SKIP  # "with a warning that ...", "said in a note that ...": a noun, not a speech verb
        if vi > 0 and toks[vi - 1].low in _DOCUMENT_HEADS and low.endswith("ed"):
            return _SKIP  # "said in a statement posted on Instagram:": the statement was posted
        if low.endswith("ed") and vi + 1 < len(toks) and toks[vi + 1].low in ("in", "by", "on") and vi > 0 \
                and toks[vi - 1].t.isalpha() and toks[vi - 1].t.islower() and toks[vi - 1].low not in lx.AUX_WORDS \
                and toks[vi - 1].low not in _PRONOUNS and toks[vi - 1].low not in lx.SOURCE_NOUNS:
            return _SKIP  # "the symptoms described in the chart": a participle, not the sentence's verb
        before = toks[:vi]
        # strip adverbs and auxiliaries between subject and verb
        j = len(before)
        aux_seen = []
        while j > 0 and (before[j - 1].low in lx.AUX_WORDS or before[j - 1].low in _TIME_TAIL
                         or _is_adverb(before[j - 1])):
            aux_seen.append(before[j - 1].low)
            j -= 1
        if j >= 2 and before[j - 1].low in _WEEKDAYS and before[j - 2].low == "on":
            j -= 2
            while j > 0 and before[j - 1].low in lx.AUX_WORDS:
                aux_seen.append(before[j - 1].low)
                j -= 1
        passive = any(a in lx.PASSIVE_AUX for a in aux_seen) and not low.endswith("ing")
        if passive:
            # "was quoted as saying" handled with the participle; "described by X as"
            after = toks[vi + 1:]
            if after and after[0].low == "by":
                np = _np_head(after[1:], self.text)
                if np:
                    spk = self.resolve(np, np.s)
                    if spk:
                        return spk, cue
            return _SKIP
        if low.endswith("ing") and not any(a in ("is", "are", "was", "were", "been", "be") for a in aux_seen):
            # "quoted X as saying", "was quoted as saying"
            if low == "saying" and j > 0 and before[j - 1].low == "as":
                k = j - 1
                seg = before[:k]
                qi = max((x for x, t in enumerate(seg) if t.low in ("quoted", "cited")), default=-1)
                if qi >= 0:
                    obj = seg[qi + 1:]
                    if obj:
                        np = _np_tail(obj)
                        if np:
                            spk = self.resolve(np, np.s)
                            if spk:
                                return spk, "quoted as saying"
                    # passive: "Kim was quoted as saying"
                    sub = seg[:qi]
                    while sub and sub[-1].low in lx.AUX_WORDS:
                        sub = sub[:-1]
                    np = _np_tail(sub)
                    if np:
                        spk = self.resolve(np, np.s)
                        if spk:
                            return spk, "quoted as saying"
            # a participle continuing the sentence: "..., adding, '...'"
            if prev_same is not None and prev_same.speaker is not None:
                return prev_same.speaker, cue
            got = self._earlier_verb(toks, vi, sp, verbs)
            if got:
                return got[0], cue
            np = self._sentence_subject(before)
            if np:
                spk = self.resolve(np, np.s)
                if spk:
                    return spk, cue
            return _SKIP
        before = before[:j]
        if before and before[-1].low in ("and", "but", "or", "then"):
            # coordinated verbs share the subject: "said that ... and pledged to '...'"
            got = self._earlier_verb(toks, vi, sp, verbs)
            if got:
                return got[0], cue
            if prev_same is not None and prev_same.speaker is not None:
                return prev_same.speaker, cue
            # "The ministry made no mention of X and said only that ...": the sentence subject
            np = self._sentence_subject(before)
            if np is not None and not np.pron:
                spk = self.resolve(np, np.s)
                if spk is not None:
                    return spk, cue
            return _SKIP
        if not before or before[-1].t.startswith("\x00") or before[-1].t in (",", "—", "–") and (
            len(before) >= 2 and before[-2].t.startswith("\x00")
        ):
            # verb first: '"...," said X, "..."'
            np = self._appositive_name(toks[vi + 1:]) or _np_head(toks[vi + 1:], self.text)
            if np:
                spk = self.resolve(np, np.s)
                if spk:
                    return spk, cue
            return _SKIP
        np = self._subject_np(before)
        if np is None:
            return _SKIP
        spk = self.resolve(np, np.s)
        if spk is None:
            return _SKIP
        return spk, cue

    def _appositive_name(self, toks: list[_Tok]) -> _NP | None:
        """A description followed by the name it describes, after a verb: "said Castleford's
        manager, Sue Barraclough", "writes its lead author, Miriam Feld": the name speaks."""
        if len(toks) < 4:
            return None
        t = toks[0]
        if not (t.low in lx.DETERMINERS or (is_possessive(t.t) and _is_cap(t))):
            return None
        for k in range(1, min(len(toks) - 1, 7)):
            q = toks[k]
            if q.t == ",":
                if strip_possessive(toks[k - 1].low) not in _ROLE_OR_SOURCE or not _is_cap(toks[k + 1]):
                    return None
                nxt = toks[k + 1]
                for m in self.ents.within(nxt.s, toks[min(k + 4, len(toks) - 1)].e):
                    if m.kind == "person" and m.start == nxt.s:
                        return _NP(m.start, m.end, head=self.text[m.start:m.end])
                return None
            if q.t.startswith("\x00") or not q.t[:1].isalnum() or q.low in _HARD_STOP or q.low in _PREPS:
                return None
        return None

    def _earlier_verb(self, toks: list[_Tok], vi: int, sp: Span, verbs: list[int]):
        for vj in reversed([x for x in verbs if x < vi]):
            got = self._verb_subject(toks, vj, sp, None, [x for x in verbs if x < vj])
            if got and got is not _SKIP:
                return got
        return None

    def _subject_np(self, before: list[_Tok]) -> _NP | None:
        """The subject ending ``before``, skipping appositives: "Kim, a professor at Y,"."""
        if not before:
            return None
        if before[0].low in ("a", "an") and before[-1].t != ",":
            # an unnamed source opening the sentence, read forward to its verb: "A Department of
            # Health and Social Care spokesperson said", "A WHO spokesperson said"
            desc = _np_head_desc(before, self.text)
            if desc is not None and desc.e >= before[-1].e:
                return desc
        if any(t.t == "(" for t in before):
            before = _without_parentheticals(before)  # "The Federation (BDI) said", "Sen. X (R-Wyo.),"
            if not before:
                return None
        if before[-1].t == ",":
            # split into comma segments at depth 0
            segs: list[list[_Tok]] = [[]]
            depth = 0
            for t in before:
                if t.t == "(":
                    depth += 1
                elif t.t == ")":
                    depth = max(0, depth - 1)
                if t.t == "," and depth == 0:
                    segs.append([])
                else:
                    segs[-1].append(t)
            segs = [s for s in segs if s] if segs else []
            if len(segs) >= 2:
                # "The Conservative leader, Rishi Sunak, told ...": a name after its description
                last_np = _np_tail(segs[-1])
                prev = segs[-2]
                if len(prev) > 1 and prev[0].low in ("and", "but", "while", "whereas", "yet"):
                    prev = prev[1:]  # "..., and his captain, Ollie Brent, called it"
                earlier_name = len(segs) >= 3 and all(_is_cap(t) for t in segs[-3][-2:])
                name_seg = segs[-1]
                # "The head of the electoral tribunal, magistrate Roberto Chacon Ulate, said"
                while len(name_seg) > 1 and name_seg[0].t.islower() and name_seg[0].low in _ROLE_OR_SOURCE \
                        and len(segs[-1]) - len(name_seg) < 2:
                    name_seg = name_seg[1:]
                if (last_np is not None and last_np.s <= name_seg[0].s and all(_is_cap(t) for t in name_seg)
                        and len(prev) <= 8 and (prev[0].low in lx.DETERMINERS | {"the"}
                                                or (is_possessive(prev[0].t) and _is_cap(prev[0])))
                        and (any(t.low in _ROLE_OR_SOURCE for t in prev) or _plausible_head(prev[-1]))
                        and not earlier_name):  # "the physician, Dr. Richard Haldane, testified"
                    return last_np
            # "a nurse from Aurora, Colorado,": the state belongs to the town, not a subject
            segs = [seg for x, seg in enumerate(segs) if not (
                x >= 1 and len(seg) <= 2 and all(_is_cap(t) for t in seg) and len(segs[x - 1]) >= 2
                and segs[x - 1][-2].low in ("from", "in", "of") and _is_cap(segs[x - 1][-1]))]
            k = len(segs) - 1
            while k >= 1 and (_appositive_like(segs[k]) or segs[k][0].low in ("who", "whose") or (
                    # "X, the head of the U.N. agency for refugees, UNRWA, said"
                    k >= 2 and len(segs[k]) <= 3 and all(_is_cap(t) for t in segs[k])
                    and _appositive_like(segs[k - 1]))):
                if len(segs[k - 1]) == 1 and _PARTY_TAG_RE.fullmatch(segs[k - 1][0].t):
                    k -= 1  # "Sen. Ray Hollins, R-Idaho, who ...": the tag is no subject
                    continue
                np = _np_tail(segs[k - 1])
                if np is not None and (np.pron or np.head[:1].isupper() or (
                        # "The finance ministry, which ..., said": a description opening the sentence
                        (strip_possessive(np.head).lower() in lx.SOURCE_NOUNS
                         or strip_possessive(np.head).lower() in lx.ORG_CUES) and np.s == segs[k - 1][0].s
                        and k - 1 == 0)):
                    return np
                k -= 1
            return None
        return _np_tail(before)

    def _rule_post(self, sp: Span):
        ctx = self.ctx
        assert ctx is not None
        if sp.close < 0:
            return None
        text = self.text
        # a nested quote may close with the outer one: "... tell me, 'The body ... collects,'"
        inner_last = text[sp.start:sp.end].rstrip("’'”\"")[-1:]
        r0 = sp.right
        pe = ctx.para.end
        # up to the next quote or the sentence end
        nxt = ctx.masked.find("\x00", r0 - ctx.para.start)
        limit = pe if nxt < 0 else ctx.para.start + nxt
        limit = min(limit, r0 + 160)
        clause_end = _clause_end(text, r0, limit)
        if clause_end >= 0:
            limit = clause_end + 1
        toks = self._masked_tokens(r0, limit)
        # cut at the sentence end
        for k, t in enumerate(toks):
            if t.t in (".", "!", "?", ";"):
                toks = toks[:k]
                break
        lead_punct = False
        while toks and toks[0].t in (",", "—", "–", "-", ":"):
            toks = toks[1:]
            lead_punct = True
        if not toks:
            return None
        open_for_attr = inner_last in ",?!—–-…:" or lead_punct
        if not open_for_attr and inner_last == ".":
            # '"...." he said' (sloppy punctuation) or '"...." Smith said.'
            open_for_attr = toks[0].t[:1].islower() or len(toks) <= 5
        if not open_for_attr:
            return None
        t0 = toks[0]
        if t0.low == "according" and len(toks) > 1 and toks[1].low == "to":
            np = _np_head(toks[2:], text)
            if np:
                spk = self.resolve(np, np.s)
                if spk:
                    return spk, "according to", "relay"
            return None
        if t0.low in lx.SPEECH_VERBS and t0.low not in lx.CONTINUATION_PARTICIPLES:
            np = self._appositive_name(toks[1:]) or _np_head(toks[1:], text)
            if np:
                spk = self.resolve(np, np.s)
                if spk:
                    return spk, text[t0.s:t0.e], "relay" if t0.low in lx.RELAY_VERBS else "strong"
            return None
        # NP then verb, within a few words; a relative clause between them is set aside ('"...,"
        # the village head, who asked not to be named, told Reuters')
        for i in range(1, min(len(toks) - 1, 8)):
            if toks[i].t == "," and toks[i + 1].low in ("who", "whose"):
                j = next((x for x in range(i + 2, min(len(toks), i + 30)) if toks[x].t == ","), -1)
                if j > 0:
                    toks = toks[:i] + toks[j + 1:]
                break
        for k, t in enumerate(toks[:26]):
            if (t.low in lx.SPEECH_VERBS or t.low in _POST_SPEECH_VERBS) and k > 0:
                before = toks[:k]
                j = len(before)
                while j > 0 and (before[j - 1].low in lx.AUX_WORDS or before[j - 1].low in _TIME_TAIL
                                 or _is_adverb(before[j - 1])):
                    j -= 1
                if j >= 2 and before[j - 1].low in _WEEKDAYS and before[j - 2].low == "on":
                    j -= 2
                passive = any(b.low in lx.PASSIVE_AUX for b in before[j:]) and not t.low.endswith("ing")
                before = before[:j]
                if not before:
                    return None
                if t.low in lx.CONTINUATION_PARTICIPLES and not passive:
                    return None
                if passive:
                    if t.low in ("quoted", "cited") and k + 2 < len(toks) and toks[k + 1].low == "as":
                        np = self._subject_np(before)
                        if np and np.s == before[0].s:
                            spk = self.resolve(np, np.s)
                            if spk:
                                return spk, "quoted as saying", "strong"
                    return None
                if t.low in ("quoted", "cited"):
                    # "the agency quoted him as saying"
                    after = toks[k + 1:]
                    ai = next((x for x, a in enumerate(after) if a.low == "as"), -1)
                    if ai > 0:
                        np = _np_tail(after[:ai])
                        if np:
                            spk = self.resolve(np, np.s)
                            if spk:
                                return spk, "quoted", "strong"
                np = self._subject_np(before)
                if np is None or np.s > before[0].s + 1:
                    if np is not None and (before[0].low in ("and", "but") or _descriptors_only(before, np.s)):
                        pass  # "SPD co-leader Lena Brandauer told ...": titles before the name
                    else:
                        return None
                spk = self.resolve(np, np.s)
                if spk is None:
                    return None
                return spk, text[t.s:t.e], "relay" if t.low in lx.RELAY_VERBS else "strong"
            if t.t.startswith("\x00"):
                break
        return None

    def _rule_subject(self, ss: int, left: int) -> Speaker | None:
        toks = self._masked_tokens(ss, left)
        if not toks:
            return None
        np = self._sentence_subject(toks)
        if np is None:
            return None
        # the subject must be followed by a verb-like word, not be the whole clause
        spk = self.resolve(np, np.s)
        if spk is None:
            return None
        if spk.kind == "person" or (spk.kind == "desc" and spk.personal) or np.pron in ("he", "she", "they"):
            return spk
        return None


_SKIP = object()
_PARTY_TAG_RE = re.compile(r"[RDI]-[A-Z][\w.\-]*")


# what may lie between two quotes of one sentence that share a speaker
_WORD_RE = re.compile(r"[A-Za-z]{2,}")
_JOINER_RE = re.compile(r"[\s,;:—–\-]*(?:and|but|or|then|while)?[\s,;:—–\-]*")


# up to three capitalised words (or "&") right after a name, on the same line
_WORDS_AFTER_RE = re.compile(r" ((?:(?:&|[A-Z][\w.-]*)(?: |(?=[,.;:)]|$))){1,3})")


# verbs that tag speech only when they follow the quote ("'Eighteen months ago ...,' she began.",
# "'I told her ...,' Pineda remembers."): before a quote they mean something else
_POST_SPEECH_VERBS = frozenset(
    "began begins remember remembers remembered laughed laughs sighed sighs smiled smiles "
    "shrugged shrugs ruled rules".split())


def _is_adverb(t: _Tok) -> bool:
    """"quickly", "later": an -ly word between a subject and its verb; not "Kealy" or "Daly"."""
    return t.low.endswith("ly") and len(t.low) > 4 and not _is_cap(t) and t.low not in lx.SOURCE_NOUNS


# a phrase set off by commas between a subject and its verb
_INTERPOSED_PREPS = frozenset("in on at after before during despite unlike like with without speaking writing".split())


def _appositive_like(seg: list[_Tok]) -> bool:
    if not seg:
        return False
    f = seg[0]
    if f.low in ("a", "an", "the", "who", "whose", "which", "whom", "himself", "herself", "now", "then", "formerly",
                 "once", "also", "both"):
        return True
    if f.t.isdigit() or _PARTY_TAG_RE.fullmatch(f.t):
        return True  # "Kim, 54,", "Sen. Ray Hollins, R-Idaho,"
    if is_possessive(f.t) and f.t[:1].isupper():
        return True
    if f.low in lx.ROLE_NOUNS or f.low in lx.TITLE_WORDS or f.low in ("former", "senior", "chief", "deputy"):
        return True
    if f.t == "(":
        return True
    if f.low in ("led", "headed", "chaired", "backed", "based", "founded", "owned", "run") and len(seg) >= 2:
        return True  # "The observer mission, led by Swedish MEP Karin Lindholm, said"
    if f.low in _INTERPOSED_PREPS and len(seg) >= 2:
        return True  # "The central bank, in a statement on Friday, said"
    if f.t[:1].isupper() and any(t.low in lx.ROLE_NOUNS for t in seg[:6]):
        return True  # "Russia’s Foreign Minister", "South Korea's ambassador"
    return False
