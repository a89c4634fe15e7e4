"""Segmentation benchmark on the SIGHAN 2005 (icwb2) PKU and MSR test sets.

For each segmenter: word precision / recall / F1 against ``*_test_gold.utf8``
(the test gold is read here only, for measurement) and segmentation speed in
characters per second (one process, one core, load time excluded; the
fastest of --repeat passes, as the machine may be shared).

Segmenters, all in one run:
  govreport          models/pkuseg via govreport_nlp.segment(lexicon=False)
                     (standard-conformant: no domain lexicon)
  govreport+lexicon  the same with the domain lexicon (what the pipeline uses)
  govreport-msr      govreport_nlp.segment(lexicon=False, convention="msr"):
                     the MSR standard (merge list = MSR training word list);
                     the convention is picked by corpus standard, a priori,
                     not by test F1 -- compare it on the MSR rows
  pkuseg-default     the published pkuseg default model (pkuseg 0.0.25 sdist
                     from PyPI, fetched and cached when absent), no user dict
  jieba              jieba.cut, default settings (HMM on)

Also prints the size on disk and the load time of each model (in this
process, first use), the load time of the segmenter and of the whole pipeline
(``govreport_nlp.load()``) in fresh processes (--no-load to skip), and the speed
of govreport_nlp on report text: segment() and the spaCy tokenizer
(make_chinese_tokenizer) over whole documents of
shared/corpora/national_reports.jsonl (--no-reports to skip).  Speeds are
wall-clock chars/s; "cpu" columns use process CPU time (less sensitive to a
loaded machine).

    python benchmarks/segment.py [--shared ../shared] [--limit N] [--only govreport,jieba]

../shared is found as GOVREPORT_SHARED or <repo>/../shared.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))


def shared_dir(arg: str | None = None) -> Path:
    return Path(arg or os.environ.get("GOVREPORT_SHARED") or REPO.parent / "shared")


def read_lines(path: Path, limit: int | None = None) -> list[str]:
    with open(path, encoding="utf-8") as f:
        lines = [line.rstrip("\r\n") for line in f]
    return lines[:limit] if limit else lines


def spans(words) -> set[tuple[int, int]]:
    """Word spans over the non-whitespace characters of a line."""
    out, i = set(), 0
    for w in words:
        w = "".join(w.split())
        if w:
            out.add((i, i + len(w)))
            i += len(w)
    return out


def score(pred: list[list[str]], gold_lines: list[str]) -> dict:
    tp = n_pred = n_gold = 0
    for words, g in zip(pred, gold_lines):
        gs, ps = spans(g.split()), spans(words)
        tp += len(gs & ps)
        n_pred += len(ps)
        n_gold += len(gs)
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"P": p, "R": r, "F1": f}


def dir_size(path: Path) -> int:
    path = Path(path)
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def make_segmenters(only: set[str] | None):
    """name -> (cut(line) -> list[str], size_bytes, load_s)"""
    segs = {}

    def want(name):
        return not only or name in only

    import importlib

    gs = importlib.import_module("govreport_nlp.segment")

    if want("govreport") or want("govreport+lexicon") or want("govreport-msr"):
        gs._cached_pkuseg.cache_clear()  # each name below is a new cache entry: load time measured
        for name, lex, conv in (("govreport", False, "default"), ("govreport+lexicon", True, "default"), ("govreport-msr", False, "msr")):
            if not want(name):
                continue
            t = time.perf_counter()
            gs.segment("预热", lexicon=lex, convention=conv)
            load_s = time.perf_counter() - t
            size = dir_size(gs.default_model_dir()) + (dir_size(gs.default_lexicon_path()) if lex else 0)
            segs[name] = (lambda line, lex=lex, conv=conv: gs.segment(line, lexicon=lex, convention=conv), size, load_s)

    if want("pkuseg-default"):
        import spacy_pkuseg
        from build_pkuseg_model import cache_dir, extract_default_model

        t = time.perf_counter()
        d = extract_default_model(cache_dir() / "pkuseg-default")
        prep_s = time.perf_counter() - t
        t = time.perf_counter()
        seg = spacy_pkuseg.pkuseg(str(d), user_dict=None)
        load_s = time.perf_counter() - t
        if prep_s > 5:
            print(f"(fetched/unpacked pkuseg default model in {prep_s:.1f}s)", file=sys.stderr)
        # size of the model as published (features.pkl + weights.npz in the sdist)
        segs["pkuseg-default"] = (seg.cut, 76_848_940 + 105_745_354, load_s)

    if want("jieba"):
        import logging

        import jieba

        jieba.setLogLevel(logging.WARNING)
        t = time.perf_counter()
        jieba.initialize()
        load_s = time.perf_counter() - t
        size = dir_size(Path(jieba.__file__).parent / "dict.txt")
        segs["jieba"] = (lambda line: list(jieba.cut(line)), size, load_s)
    return segs


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", help="path to shared/ (default: GOVREPORT_SHARED or ../shared)")
    ap.add_argument("--limit", type=int, help="only the first N lines of each test set")
    ap.add_argument("--only", help="comma-separated segmenter names")
    ap.add_argument("--no-reports", action="store_true", help="skip the report-text speed section")
    ap.add_argument("--repeat", type=int, default=2, help="timed passes per segmenter and corpus; the fastest counts (default 2)")
    ap.add_argument("--no-load", action="store_true", help="skip the cold-process load-time section")
    ap.add_argument("--load-repeat", type=int, default=3, help="cold processes per load measurement (default 3)")
    args = ap.parse_args(argv)

    icwb2 = shared_dir(args.shared) / "corpora" / "icwb2"
    if not (icwb2 / "pku_test_gold.utf8").exists():
        print(f"icwb2 not found under {icwb2}", file=sys.stderr)
        return 2
    sets = {}
    for corpus in ("pku", "msr"):
        sets[corpus] = (
            read_lines(icwb2 / f"{corpus}_test.utf8", args.limit),
            read_lines(icwb2 / f"{corpus}_test_gold.utf8", args.limit),
        )

    only = set(args.only.split(",")) if args.only else None
    segs = make_segmenters(only)

    print(f"{'segmenter':<18} {'size MB':>8} {'load s':>7}")
    for name, (_, size, load_s) in segs.items():
        print(f"{name:<18} {size / 1e6:>8.1f} {load_s:>7.2f}")
    print()
    print(f"{'corpus':<5} {'segmenter':<18} {'P':>6} {'R':>6} {'F1':>6} {'chars/s':>9}")
    for corpus, (raw, gold) in sets.items():
        n_chars = sum(len(line) for line in raw)
        for name, (cut, _, _) in segs.items():
            dt = float("inf")
            for _ in range(max(1, args.repeat)):
                t = time.perf_counter()
                pred = [cut(line) for line in raw]
                dt = min(dt, time.perf_counter() - t)
            s = score(pred, gold)
            print(f"{corpus:<5} {name:<18} {s['P']:>6.3f} {s['R']:>6.3f} {s['F1']:>6.3f} {n_chars / dt:>9.0f}", flush=True)
    if not args.no_load and (not only or only & {"govreport", "govreport+lexicon"}):
        cold_load_times(args.load_repeat)
    reports = shared_dir(args.shared) / "corpora" / "national_reports.jsonl"
    if not args.no_reports and reports.exists() and (not only or only & {"govreport", "govreport+lexicon"}):
        report_speed(reports, args.repeat)
    return 0


_COLD = {
    # what is timed, in a fresh process each time (imports excluded where said)
    "segmenter (make_chinese_tokenizer, lexicon)": (
        "import importlib, time, spacy; s = importlib.import_module('govreport_nlp.segment'); v = spacy.blank('zh').vocab; "
        "t = time.perf_counter(); s.make_chinese_tokenizer(v, lexicon=True); print(time.perf_counter() - t)"
    ),
    "import govreport_nlp + load()": (
        "import time; t = time.perf_counter(); import govreport_nlp; govreport_nlp.load(); print(time.perf_counter() - t)"
    ),
}


def cold_load_times(repeat: int) -> None:
    """Load times in fresh processes (min and median of ``repeat``)."""
    import statistics
    import subprocess

    print()
    print(f"load, cold process ({repeat} runs)          {'min s':>7} {'median s':>9}")
    for name, code in _COLD.items():
        times, error = [], ""
        for _ in range(max(1, repeat)):
            out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
            if out.returncode:
                error = (out.stderr.strip().splitlines() or ["?"])[-1]
                break
            times.append(float(out.stdout.strip().splitlines()[-1]))
        if error:
            print(f"{name:<44} failed: {error}", flush=True)
        else:
            print(f"{name:<44} {min(times):>7.2f} {statistics.median(times):>9.2f}", flush=True)


def report_speed(path: Path, repeat: int) -> None:
    """chars/s of govreport_nlp on whole report documents (one call per document)."""
    import importlib
    import json

    import spacy

    gs = importlib.import_module("govreport_nlp.segment")
    with open(path, encoding="utf-8") as f:
        docs = [json.loads(line)["content"] for line in f]
    n_chars = sum(map(len, docs))
    nlp = spacy.blank("zh")
    runs = {
        "segment(lexicon=False)": lambda d: gs.segment(d, lexicon=False),
        "segment(lexicon=True)": lambda d: gs.segment(d, lexicon=True),
        "tokenizer (Doc)": gs.make_chinese_tokenizer(nlp.vocab, lexicon=True),
    }
    print()
    print(f"report text: {path.name}, {len(docs)} documents, {n_chars} chars")
    print(f"{'govreport_nlp':<24} {'chars/s':>9} {'cpu c/s':>9}")
    for name, fn in runs.items():
        fn(docs[0][:2000])  # warm up
        wall = cpu = float("inf")
        for _ in range(max(1, repeat)):
            t, c = time.perf_counter(), time.process_time()
            for d in docs:
                fn(d)
            wall = min(wall, time.perf_counter() - t)
            cpu = min(cpu, time.process_time() - c)
        print(f"{name:<24} {n_chars / wall:>9.0f} {n_chars / cpu:>9.0f}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
