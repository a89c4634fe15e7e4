"""Build models/pkuseg/ (features.msgpack + weights.npz) from the published
pkuseg "default" model.

Input: the pkuseg 0.0.25 sdist on PyPI (pkuseg/models/default/features.pkl +
weights.npz, a CRF over character/word-list features trained by PKU on a
mixed corpus).  It is fetched with urllib (``pip download`` would try to
build it) into a cache dir and checked against its sha256.

What the build does:

1. Unpickles features.pkl with a restricted unpickler (builtins only).  The
   published pickle is a trusted build input; what ships is msgpack + npz and
   loads without pickle.
2. Centres every feature's per-tag weights.  Viterbi picks the best tag path;
   adding one constant to all tags of a feature adds the same constant to every
   path, so centring changes no output but makes "max - min" the only thing
   that matters about a feature.
3. Drops features whose weight spread (max - min over tags) is below
   ``--min-spread`` and renumbers the rest (feature 0, ``$$``, always fires and
   stays at index 0).  Dropped ``w``/``ww`` features leave their words in the
   word list, so the remaining features fire exactly as before.
4. Rounds the weights to a grid of ``--step`` and writes them as float64 with
   ``np.savez_compressed`` -- float64 because spacy_pkuseg's Viterbi takes
   ``double`` buffers, so the stock loader (``spacy_pkuseg.pkuseg(dir)``, spaCy's
   ``ChineseTokenizer.initialize(pkuseg_model=dir)``) works unchanged; the
   rounding makes the low mantissa bytes zero, so the archive compresses well.
5. Drops the bigram list (spacy_pkuseg never reads it at inference).
6. Writes merge_words.msgpack (read by govreport_nlp.segment.WordMerger,
   ignored by stock spacy_pkuseg) from the icwb2 *training word lists* and the
   model's own word list only:
   ``always``  words of 2+ chars in both the PKU and the MSR list (both
               conventions agree they are one word): CRF pieces are joined;
   ``msr``/``pku`` words of 2+ chars in only that list ("checked"): joined
               unless every piece is a PKU word (then the finer PKU
               convention splits it); ``convention="msr"`` joins ``always`` +
               ``msr`` words unconditionally (the MSR training word list);
   ``piece``   the PKU words that occur inside a one-list word;
   ``both1``   single characters both lists have as words;
   ``known``   2-char words of the model's word list in neither icwb2 list;
   ``prefixes`` the proper prefixes of the merge words (a lookup table).
   A CRF word of 2+ chars in none of these vocabularies that splits at exactly
   one point into two words of both lists (``always`` + ``both1``) is split
   there (``WordMerger._split``).
7. Writes lookup.npz: the segmenter's precomputed lookup tables for this
   features.msgpack + weights.npz (``govreport_nlp.segment.write_lookup``;
   keyed by their sha256), so that loading the segmenter builds no tables.

The build never reads icwb2 test gold.  ``--check`` reports how often the
pruned model agrees with the full model on text from ../shared
(national_reports.jsonl), which is how the defaults were chosen.

    python scripts/build_pkuseg_model.py [--min-spread 0.3] [--step 0.02] [--check]
    python scripts/build_pkuseg_model.py --merge-only   # steps 6-7 only, no sdist
"""
from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import pickle
import sys
import tarfile
import time
import urllib.request
from pathlib import Path

from typing import Iterable

import numpy as np
import srsly

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from govreport_nlp.segment import MERGE_FILE, read_lookup, write_lookup  # noqa: E402
OUT_DIR = REPO / "models" / "pkuseg"

SDIST_NAME = "pkuseg-0.0.25.tar.gz"
SDIST_URL = (
    "https://files.pythonhosted.org/packages/64/3a/"
    "090a533c7f0682d653633cfd2d33e9aab3e671379fb199aeb7fa9bd3c34a/pkuseg-0.0.25.tar.gz"
)
SIMPLE_INDEX = "https://pypi.org/simple/pkuseg/"
MODEL_MEMBERS = ("pkuseg-0.0.25/pkuseg/models/default/features.pkl", "pkuseg-0.0.25/pkuseg/models/default/weights.npz")


def cache_dir() -> Path:
    d = Path(os.environ.get("GOVREPORT_CACHE", Path.home() / ".cache" / "govreport_nlp"))
    d.mkdir(parents=True, exist_ok=True)
    return d


def _sdist_sha256_from_index() -> str | None:
    """The sha256 PyPI publishes for the sdist (PEP 503 #sha256= fragment)."""
    try:
        req = urllib.request.Request(SIMPLE_INDEX, headers={"Accept": "application/vnd.pypi.simple.v1+json"})
        with urllib.request.urlopen(req, timeout=60) as r:
            data = json.load(r)
        for f in data.get("files", []):
            if f.get("filename") == SDIST_NAME:
                return f.get("hashes", {}).get("sha256")
    except Exception:  # pragma: no cover - network dependent
        return None
    return None


def fetch_sdist(path: str | Path | None = None) -> Path:
    """Path to the pkuseg 0.0.25 sdist: the given one, a cached one, or a fresh download."""
    if path:
        return Path(path)
    for cand in (cache_dir() / SDIST_NAME, Path("/tmp/pk") / SDIST_NAME):
        if cand.exists() and cand.stat().st_size > 40_000_000:
            return cand
    dest = cache_dir() / SDIST_NAME
    print(f"downloading {SDIST_NAME} from PyPI ...", file=sys.stderr)
    tmp = dest.with_suffix(".part")
    with urllib.request.urlopen(SDIST_URL, timeout=600) as r, open(tmp, "wb") as f:
        while chunk := r.read(1 << 20):
            f.write(chunk)
    want = _sdist_sha256_from_index()
    if want:
        got = hashlib.sha256(tmp.read_bytes()).hexdigest()
        if got != want:
            tmp.unlink()
            raise RuntimeError(f"sha256 mismatch for {SDIST_NAME}: {got} != {want}")
    tmp.rename(dest)
    return dest


class _BuiltinsOnly(pickle.Unpickler):
    def find_class(self, module, name):  # noqa: D401
        if module == "builtins" and name in {"dict", "list", "set", "str", "int", "tuple", "frozenset"}:
            return getattr(__import__("builtins"), name)
        raise pickle.UnpicklingError(f"refusing to load {module}.{name}")


def extract_default_model(dest: Path, sdist: Path | None = None) -> Path:
    """Unpack the published default model into ``dest`` as features.msgpack + weights.npz
    (the unpruned model, for the benchmark and for --check)."""
    dest = Path(dest)
    if (dest / "features.msgpack").exists() and (dest / "weights.npz").exists():
        return dest
    feats, weights = read_sdist_model(sdist)
    dest.mkdir(parents=True, exist_ok=True)
    srsly.write_msgpack(dest / "features.msgpack", {**feats, "bigram": []})
    np.savez(dest / "weights.npz", **weights)
    return dest


def read_sdist_model(sdist: Path | None = None) -> tuple[dict, dict]:
    sdist = fetch_sdist(sdist)
    with tarfile.open(sdist, "r:gz") as tar:
        raw = {}
        for m in MODEL_MEMBERS:
            f = tar.extractfile(m)
            assert f is not None, m
            raw[m.rsplit("/", 1)[1]] = f.read()
    feats = _BuiltinsOnly(io.BytesIO(raw["features.pkl"])).load()
    npz = np.load(io.BytesIO(raw["weights.npz"]), allow_pickle=False)
    weights = {"sizes": npz["sizes"], "w": npz["w"]}
    return feats, weights


def prune(feats: dict, weights: dict, min_spread: float, step: float) -> tuple[dict, dict, dict]:
    n_tag, n_feat = (int(x) for x in weights["sizes"])
    w = np.asarray(weights["w"], dtype=np.float64)
    node = w[: n_tag * n_feat].reshape(n_feat, n_tag).copy()
    edge = w[n_tag * n_feat :].copy()
    hi, lo = node.max(1), node.min(1)
    node -= ((hi + lo) / 2)[:, None]
    spread = hi - lo
    keep = spread >= min_spread
    keep[0] = True  # '$$' is appended as index 0 by the feature extractor
    idx_to_feat = [None] * n_feat
    for f, i in feats["feature_to_idx"].items():
        idx_to_feat[i] = f
    assert idx_to_feat[0] == "$$"
    old_ids = np.flatnonzero(keep)
    feature_to_idx = {idx_to_feat[o]: n for n, o in enumerate(old_ids.tolist())}
    new_node = node[old_ids]
    if step > 0:
        new_node = np.round(new_node / step) * step
        edge = np.round(edge / step) * step
    new_w = np.concatenate([new_node.reshape(-1), edge]).astype(np.float64)
    out_feats = {
        "unigram": sorted(feats["unigram"]),
        "bigram": [],
        "feature_to_idx": feature_to_idx,
        "tag_to_idx": feats["tag_to_idx"],
    }
    out_w = {"sizes": np.array([n_tag, len(old_ids)]), "w": new_w}
    stats = {"features_in": n_feat, "features_out": len(old_ids), "unigram": len(out_feats["unigram"])}
    return out_feats, out_w, stats


def write_model(out_dir: Path, feats: dict, weights: dict) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    srsly.write_msgpack(out_dir / "features.msgpack", feats)
    np.savez_compressed(out_dir / "weights.npz", sizes=weights["sizes"], w=weights["w"])


def build_merge_words(icwb2: Path, unigram: Iterable[str] = ()) -> dict[str, list[str]]:
    """The word lists of merge_words.msgpack (govreport_nlp.segment.WordMerger)
    from the icwb2 training word lists and the model's word list ``unigram``."""

    def read(name):
        with open(icwb2 / name, encoding="utf-8") as f:
            return {w for w in (line.strip() for line in f) if w and not any(c.isspace() for c in w)}

    pku, msr = read("pku_training_words.utf8"), read("msr_training_words.utf8")
    always = {w for w in pku & msr if len(w) > 1}
    checked = {w for w in pku ^ msr if len(w) > 1}
    maxlen = max(map(len, pku))
    pieces = set()
    for w in checked:
        for i in range(len(w)):
            for j in range(i + 1, min(len(w), i + maxlen) + 1):
                if w[i:j] in pku:
                    pieces.add(w[i:j])
    merge = always | checked
    prefixes = {w[:i] for w in merge for i in range(1, len(w))}
    return {
        "always": sorted(always),
        # "checked" words, by the list they come from ("msr" words are also the
        # MSR-convention merge list: govreport_nlp.segment(..., convention="msr"))
        "msr": sorted(checked & msr),
        "pku": sorted(checked & pku),
        "piece": sorted(pieces),
        # single characters both lists have as words (split halves, with "always")
        "both1": sorted(w for w in pku & msr if len(w) == 1),
        # 2-character words of the model's own word list that neither icwb2
        # list has: words all the same, never split
        "known": sorted(w for w in unigram if len(w) == 2 and w not in pku and w not in msr),
        # proper prefixes of the merge words (the merger's lookup table)
        "prefixes": sorted(prefixes),
    }


def write_merge_words(out_dir: Path, icwb2: Path) -> int:
    """Write out_dir/merge_words.msgpack; the model's word list is read from
    out_dir/features.msgpack.  Returns the number of merge words."""
    unigram = srsly.read_msgpack(out_dir / "features.msgpack")["unigram"]
    kinds = build_merge_words(icwb2, unigram)
    srsly.write_msgpack(out_dir / MERGE_FILE, {"version": 2, **kinds})
    (out_dir / "merge_words.tsv").unlink(missing_ok=True)  # the earlier format
    return sum(len(kinds[k]) for k in ("always", "msr", "pku"))


def dir_size(d: Path) -> int:
    return sum(p.stat().st_size for p in Path(d).iterdir() if p.is_file())


def _check_texts(limit_chars: int = 400_000) -> list[str]:
    shared = Path(os.environ.get("GOVREPORT_SHARED", REPO.parent / "shared"))
    src = shared / "corpora" / "national_reports.jsonl"
    lines, n = [], 0
    with open(src, encoding="utf-8") as f:
        for rec in f:
            for line in json.loads(rec)["content"].splitlines():
                line = line.strip()
                if line:
                    lines.append(line)
                    n += len(line)
            if n >= limit_chars:
                break
    return lines


def check_agreement(full_dir: Path, pruned_dir: Path) -> dict:
    """Word-level agreement (F1 with the full model's output as reference)."""
    import spacy_pkuseg

    full = spacy_pkuseg.pkuseg(str(full_dir), user_dict=None)
    pruned = spacy_pkuseg.pkuseg(str(pruned_dir), user_dict=None)
    tp = nf = np_ = 0
    for line in _check_texts():
        a, b = _spans(full.cut(line)), _spans(pruned.cut(line))
        tp += len(a & b)
        nf += len(a)
        np_ += len(b)
    return {"agree_f1": 2 * tp / (nf + np_)}


def _spans(words):
    out, i = set(), 0
    for w in words:
        out.add((i, i + len(w)))
        i += len(w)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sdist", help="path to pkuseg-0.0.25.tar.gz (default: cache or download)")
    ap.add_argument("--out", default=str(OUT_DIR))
    ap.add_argument("--min-spread", type=float, default=0.3)
    ap.add_argument("--step", type=float, default=0.02)
    ap.add_argument("--icwb2", help="icwb2 dir with *_training_words.utf8 (default: GOVREPORT_SHARED or ../shared, corpora/icwb2)")
    ap.add_argument("--no-merge", action="store_true", help="do not write merge_words.msgpack")
    ap.add_argument("--merge-only", action="store_true", help="only rewrite merge_words.msgpack (and lookup.npz if stale; no sdist needed)")
    ap.add_argument("--check", action="store_true", help="report agreement with the unpruned model on national_reports.jsonl")
    args = ap.parse_args(argv)

    t = time.time()
    out = Path(args.out)
    if args.merge_only:
        stats = {}
    else:
        feats, weights = read_sdist_model(args.sdist)
        out_feats, out_w, stats = prune(feats, weights, args.min_spread, args.step)
        write_model(out, out_feats, out_w)
    if args.no_merge:
        (out / MERGE_FILE).unlink(missing_ok=True)
    else:
        shared = Path(os.environ.get("GOVREPORT_SHARED", REPO.parent / "shared"))
        icwb2 = Path(args.icwb2) if args.icwb2 else shared / "corpora" / "icwb2"
        stats["merge_words"] = write_merge_words(out, icwb2)
    if not args.merge_only or read_lookup(out) is None:
        write_lookup(out)
    stats["size_bytes"] = dir_size(out)
    stats["build_s"] = round(time.time() - t, 1)
    print(json.dumps(stats))
    if args.check:
        full_dir = extract_default_model(cache_dir() / "pkuseg-default", args.sdist)
        print(json.dumps(check_agreement(full_dir, out)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
