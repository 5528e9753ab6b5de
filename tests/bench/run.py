"""briefing's benchmark suite: how fast it is, how its cost grows, next to the alternatives.

    python tests/bench/run.py                      # 1,000 and 10,000 articles (several minutes)
    python tests/bench/run.py --sizes 100000       # the long one (about an hour on 2 cores)
    python tests/bench/run.py --quick              # 200 articles: smoke-test the suite (< 1 min)
    python -m tests.bench ...                      # the same

Optional tools (a measure is skipped, with a note, when its tool is missing):
    python -m pip install psutil pyinstrument      # process-tree peak RSS; --profile
    apt-get update && apt-get install ripgrep      # the `rg -i -l` comparison

Figures, not pass/fail tests: the machines are shared and noisy, so every figure is a median
(or p50/p95) and every comparison is a ratio taken in the same run. Each measured step runs in
its own process (tests/bench/steps.py, tests/bench/reader_probe.py) with its index under a
temporary folder; nothing touches the user's cache. Prints a table and writes JSON
(default tests/bench/results/latest.json). Not collected by pytest (no test_ prefix; pyproject
lists "bench" in norecursedirs).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from tests.bench.corpus_gen import generate  # noqa: E402

SEEDS = ROOT / "seeds"
PY = sys.executable

# Targets from the issue (a 2-core machine). (size, key) -> (op, bound, label)
TARGETS = {
    ("10000", "search_p50_ms"): ("<=", 30, "query+highlights p50 <= 30 ms"),
    ("10000", "search_p95_ms"): ("<=", 100, "query+highlights p95 <= 100 ms"),
    ("10000", "build_articles_per_s"): (">=", 350, "build >= 350 articles/s"),
    ("10000", "reopen_s"): ("<=", 0.5, "reopen unchanged <= 0.5 s"),
    ("10000", "update_1_s"): ("<=", 2.0, "1 changed file <= 2 s"),
    ("10000", "reader_rss_mb"): ("<=", 150, "reader RSS <= 150 MB"),
    ("100000", "search_p95_vs_rg"): ("<", 1.0, "query p95 < rg median"),
    ("100000", "build_wall_s"): ("<=", 360, "build <= 6 min"),
    ("100000", "build_peak_rss_mb"): ("<", 1024, "build peak RSS < 1 GB"),
    ("seeds", "first_paint_ratio"): ("<=", 1.3, "first paint <= 1.3x bare Textual"),
}


def note(msg: str) -> None:
    print(f"  · {msg}", flush=True)


def step(name: str, corpus: Path, index: Path | None, **opts) -> dict:
    cmd = [PY, str(HERE / "steps.py"), name, "--corpus", str(corpus)]
    if index is not None:
        cmd += ["--index", str(index)]
    for key, value in opts.items():
        cmd += [f"--{key}", str(value)]
    t0 = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=str(ROOT))
    if out.returncode != 0:
        note(f"step {name} FAILED:\n{out.stderr[-2000:]}")
        return {"error": out.stderr[-2000:]}
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["process_wall_s"] = round(time.perf_counter() - t0, 2)
    return result


def reader(corpus: Path, index: Path, expected: int, runs: int) -> dict:
    """Alternate bare / briefing runs; medians of each, and their ratios."""
    samples: dict[str, list[dict]] = {"bare": [], "briefing": []}
    for _ in range(runs):
        for variant in ("bare", "briefing"):
            t0 = time.time()
            out = subprocess.run(
                [PY, str(HERE / "reader_probe.py"), variant, "--corpus", str(corpus),
                 "--index", str(index), "--expected", str(expected), "--t0", repr(t0)],
                capture_output=True, text=True, cwd=str(ROOT))
            if out.returncode != 0:
                raise RuntimeError(f"reader probe {variant} failed:\n{out.stderr[-3000:]}")
            samples[variant].append(json.loads(out.stdout.strip().splitlines()[-1]))
    result = {"runs": runs}
    for variant, rows in samples.items():
        for key in ("first_paint", "first_rows", "list_full", "rss_mb"):
            values = [r[key] for r in rows if r.get(key) is not None]
            result[f"{variant}_{key}"] = round(statistics.median(values), 3) if values else None
        result[f"{variant}_rows"] = rows[-1].get("rows")
    for key in ("first_paint", "list_full"):
        bare, ours = result[f"bare_{key}"], result[f"briefing_{key}"]
        result[f"{key}_ratio"] = round(ours / bare, 2) if bare and ours else None
    return result


def bench_size(n: int, tmp: Path, args) -> dict:
    print(f"\n== {n:,} articles", flush=True)
    corpus, index = tmp / f"corpus-{n}", tmp / f"index-{n}"
    t0 = time.perf_counter()
    generate(corpus, n, seed=args.seed)
    raw_mb = sum(p.stat().st_size for p in corpus.rglob("*.txt")) / 2**20
    res: dict = {"articles": n, "corpus_mb": round(raw_mb, 1),
                 "generate_s": round(time.perf_counter() - t0, 2)}
    note(f"generated {raw_mb:.1f} MB in {res['generate_s']} s")

    res["build"] = b = step("build", corpus, index)
    note(f"build: {b['wall_s']} s, {b['articles_per_s']}/s, peak {b['peak_rss_mb']} MB, "
         f"index {b['index_mb']} MB")
    res["bare_whoosh"] = w = step("bare", corpus, tmp / f"bare-{n}")
    res["build_vs_bare"] = round(b["wall_s"] / w["wall_s"], 2)
    note(f"bare Whoosh: {w['wall_s']} s, {w['articles_per_s']}/s -> briefing is "
         f"{res['build_vs_bare']}x its time")
    shutil.rmtree(tmp / f"bare-{n}", ignore_errors=True)

    res["reopen"] = r = step("reopen", corpus, index, repeat=args.repeat)
    odd = [x for x in r.get("reports", []) if x["rebuilt"] or x["added"] or x["changed"] or x["removed"]]
    note(f"reopen unchanged: median {r.get('median_s')} s, first {r.get('first_s')} s "
         f"(imports {r.get('import_s')} s)"
         + (f"; NOT unchanged (did index/ change under the run?): {odd[0]}" if odd else ""))

    res["search"] = s = step("search", corpus, index, repeat=args.repeat)
    note(f"search: p50 {s['p50_ms']} ms, p95 {s['p95_ms']} ms, RSS {s['rss_mb']} MB")
    res["fts5"] = f = step("fts5", corpus, tmp / f"fts5-{n}", repeat=args.repeat)
    note(f"FTS5: build {f['build_s']} s, p50 {f['p50_ms']} ms, p95 {f['p95_ms']} ms")
    shutil.rmtree(tmp / f"fts5-{n}", ignore_errors=True)
    res["rg"] = g = step("rg", corpus, None, repeat=args.repeat)
    if "skipped" in g:
        note(f"ripgrep skipped: {g['skipped']}")
    else:
        note(f"rg -i -l: median {g['median_ms']} ms")

    if args.reader_at and n in args.reader_at:
        # Before the updates, so the app opens the index as built (reopen, no re-indexing).
        res["reader"] = rd = reader(corpus, index, n, args.reader_runs)
        note(f"reader: first paint {rd['briefing_first_paint']} s vs bare {rd['bare_first_paint']} s; "
             f"list full {rd['briefing_list_full']} s vs {rd['bare_list_full']} s; "
             f"RSS {rd['briefing_rss_mb']} MB")

    for changes in (1, 100):
        if changes >= n:
            continue
        u = step("update", corpus, index, changes=changes,
                 repeat=args.repeat if changes == 1 else max(1, args.repeat // 2))
        res[f"update_{changes}"] = u
        note(f"{changes} changed file(s) re-indexed: median {u['median_s']} s")

    if not args.keep:
        shutil.rmtree(corpus, ignore_errors=True)
        shutil.rmtree(index, ignore_errors=True)
    return res


def flat(size: str, res: dict) -> dict:
    """The figures the targets and the table speak of."""
    if size == "seeds":
        rd = res["reader"]
        return {"first_paint_ratio": rd["first_paint_ratio"], "reader_rss_mb": rd["briefing_rss_mb"]}
    b, s, g = res["build"], res["search"], res["rg"]
    out = {
        "build_articles_per_s": b["articles_per_s"],
        "build_wall_s": b["wall_s"],
        "build_peak_rss_mb": b["peak_rss_mb"],
        "reopen_s": res["reopen"]["median_s"],
        "update_1_s": res.get("update_1", {}).get("median_s"),
        "search_p50_ms": s["p50_ms"],
        "search_p95_ms": s["p95_ms"],
        "search_p95_vs_rg": round(s["p95_ms"] / g["median_ms"], 2) if "median_ms" in g else None,
    }
    if "reader" in res:
        out["reader_rss_mb"] = res["reader"]["briefing_rss_mb"]
    return out


def verdicts(results: dict) -> list[tuple[str, str, object, str]]:
    rows = []
    for (size, key), (op, bound, label) in TARGETS.items():
        if size not in results:
            continue
        value = flat(size, results[size]).get(key)
        if value is None:
            rows.append((size, label, "-", "not measured"))
            continue
        ok = {"<=": value <= bound, ">=": value >= bound, "<": value < bound}[op]
        rows.append((size, label, value, "met" if ok else "MISSED"))
    return rows


def fmt(v) -> str:
    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:,.3f}".rstrip("0").rstrip(".") if abs(v) < 10 else f"{v:,.1f}"
    return f"{v:,}" if isinstance(v, int) else str(v)


def table(results: dict) -> str:
    sizes = [k for k in results if k != "seeds"]
    lines = []

    def row(label, values):
        lines.append(f"| {label} | " + " | ".join(fmt(v) for v in values) + " |")

    lines.append("| measure | " + " | ".join(f"{int(s):,} articles" for s in sizes) + " |")
    lines.append("|---" * (len(sizes) + 1) + "|")
    get = lambda *path: [_dig(results[s], path) for s in sizes]  # noqa: E731
    row("corpus size (MB of files)", get("corpus_mb"))
    row("build with extraction: articles/s", get("build", "articles_per_s"))
    row("build: wall (s)", get("build", "wall_s"))
    row("build: peak RSS (MB)", get("build", "peak_rss_mb"))
    row("index size (MB)", get("build", "index_mb"))
    row("bare Whoosh, same schema: articles/s", get("bare_whoosh", "articles_per_s"))
    row("build time / bare Whoosh time", get("build_vs_bare"))
    row("reopen unchanged (s, median)", get("reopen", "median_s"))
    row("1 changed file re-indexed (s, median)", get("update_1", "median_s"))
    row("100 changed files re-indexed (s, median)", get("update_100", "median_s"))
    row("search top-20 + highlights p50 (ms)", get("search", "p50_ms"))
    row("search top-20 + highlights p95 (ms)", get("search", "p95_ms"))
    row("searcher process RSS (MB)", get("search", "rss_mb"))
    row("rg -i -l TERM median (ms)", get("rg", "median_ms"))
    row("search p95 / rg median", [flat(s, results[s]).get("search_p95_vs_rg") for s in sizes])
    row("SQLite FTS5 build (s)", get("fts5", "build_s"))
    row("SQLite FTS5 + snippet() p50 (ms)", get("fts5", "p50_ms"))
    row("SQLite FTS5 + snippet() p95 (ms)", get("fts5", "p95_ms"))
    row("SQLite FTS5 db size (MB)", get("fts5", "db_mb"))
    reader_sizes = [s for s in ("seeds", *sizes) if "reader" in results.get(s, {})]
    if reader_sizes:
        lines.append("")
        lines.append("| reader (medians, s from process start) | " + " | ".join(
            "seeds (5)" if s == "seeds" else f"{int(s):,} articles" for s in reader_sizes) + " |")
        lines.append("|---" * (len(reader_sizes) + 1) + "|")
        rget = lambda key: [results[s]["reader"].get(key) for s in reader_sizes]  # noqa: E731
        row("bare Textual: first paint", rget("bare_first_paint"))
        row("briefing: first paint", rget("briefing_first_paint"))
        row("first paint ratio (briefing / bare)", rget("first_paint_ratio"))
        row("bare Textual: list full", rget("bare_list_full"))
        row("briefing: first rows listed", rget("briefing_first_rows"))
        row("briefing: list full", rget("briefing_list_full"))
        row("list-full ratio (briefing / bare)", rget("list_full_ratio"))
        row("bare Textual RSS (MB)", rget("bare_rss_mb"))
        row("briefing RSS after open (MB)", rget("briefing_rss_mb"))
    lines.append("")
    lines.append("| size | target | measured | verdict |")
    lines.append("|---|---|---|---|")
    for size, label, value, verdict in verdicts(results):
        lines.append(f"| {size} | {label} | {fmt(value)} | {verdict} |")
    return "\n".join(lines)


def _dig(d, path):
    for key in path:
        if not isinstance(d, dict) or key not in d:
            return None
        d = d[key]
    return d


def machine() -> dict:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f"{kb / 2**20:.1f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    from importlib.metadata import PackageNotFoundError, version

    try:
        whoosh_version = version("whoosh-reloaded")
    except PackageNotFoundError:
        whoosh_version = "?"
    try:
        import textual
        textual_version = textual.__version__
    except Exception:  # noqa: BLE001
        textual_version = "?"
    rg = shutil.which("rg")
    rg_version = (subprocess.run([rg, "--version"], capture_output=True, text=True)
                  .stdout.splitlines()[0] if rg else None)
    try:
        import psutil  # noqa: F401
        has_psutil = True
    except ImportError:
        has_psutil = False
    return {"nproc": os.cpu_count(), "cpu": model, "memory": mem, "python": platform.python_version(),
            "platform": platform.platform(), "whoosh": whoosh_version,
            "textual": textual_version, "ripgrep": rg_version, "psutil": has_psutil}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="briefing benchmarks (see the module docstring)")
    ap.add_argument("--sizes", default="1000,10000",
                    help="comma-separated corpus sizes (default 1000,10000; 100000 is long)")
    ap.add_argument("--quick", action="store_true", help="200 articles, fewer repeats (< 1 min)")
    ap.add_argument("--repeat", type=int, default=5, help="rounds per timed measure")
    ap.add_argument("--reader-runs", type=int, default=5, help="runs per reader variant")
    ap.add_argument("--reader-at", default="10000",
                    help="sizes at which to time the reader, besides the seeds")
    ap.add_argument("--seed", type=int, default=7, help="corpus generator seed")
    ap.add_argument("--json", type=Path, default=HERE / "results" / "latest.json")
    ap.add_argument("--tmp", type=Path, help="work folder (default: a fresh temp dir)")
    ap.add_argument("--keep", action="store_true", help="keep corpora and indexes")
    args = ap.parse_args(argv)
    if args.quick:
        args.sizes, args.repeat, args.reader_runs, args.reader_at = "200", 3, 3, "200"
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    args.reader_at = {int(s) for s in args.reader_at.split(",") if s.strip()}

    info = machine()
    print(f"machine: {info['nproc']} x {info['cpu']}, {info['memory']}, Python {info['python']}, "
          f"Whoosh {info['whoosh']}, Textual {info['textual']}")
    if not info["psutil"]:
        note("psutil missing: peak RSS is ru_maxrss (largest single process), not the process "
             "tree (python -m pip install psutil)")
    if not info["ripgrep"]:
        note("ripgrep missing: the rg comparison is skipped (apt-get update && apt-get install ripgrep)")

    started = time.perf_counter()
    tmp = args.tmp or Path(tempfile.mkdtemp(prefix="briefing-bench-"))
    tmp.mkdir(parents=True, exist_ok=True)
    os.environ["BRIEFING_INDEX_DIR"] = str(tmp / "unused-default-index")  # never the user's cache
    results: dict = {}
    try:
        print("\n== seeds (reader)", flush=True)
        seed_index = tmp / "index-seeds"
        step("build", SEEDS, seed_index)
        results["seeds"] = {"reader": reader(SEEDS, seed_index, 5, args.reader_runs)}
        rd = results["seeds"]["reader"]
        note(f"first paint: briefing {rd['briefing_first_paint']} s, bare {rd['bare_first_paint']} s "
             f"(x{rd['first_paint_ratio']}); list {rd['briefing_list_full']} s vs "
             f"{rd['bare_list_full']} s")
        for n in sizes:
            results[str(n)] = bench_size(n, tmp, args)
    finally:
        if not args.tmp and not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)

    command = "python tests/bench/run.py " + " ".join(argv if argv is not None else sys.argv[1:])
    doc = {"command": command.strip(), "machine": info, "finished": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
           "suite_s": round(time.perf_counter() - started, 1), "results": results,
           "targets": [dict(zip(("size", "target", "measured", "verdict"), v, strict=True))
                       for v in verdicts(results)]}
    print()
    print(table(results))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", "utf-8")
    print(f"\nJSON: {args.json}   ({doc['suite_s']} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
