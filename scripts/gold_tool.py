"""Edit gold annotations as readable markup and compile them to stand-off JSONL.

Markup (one file per document, UTF-8):

    # id: national-2024
    # source: shared:national_reports        (or repo:corpus/sample/x.txt)
    # start: 267                              (optional: raw offset where matching starts)
    review<TAB>过去一年，[[长江|PLACE]]流域……
    <TAB>#IND {"text": "增长5.2%", "indicator": "国内生产总值", "value": 5.2, ...}

- one sentence per line: ``label<TAB>sentence`` with label in
  review/goal/task/other; the sentence is copied verbatim from the source
  (whitespace may differ: it is ignored when aligning);
- entities inline as ``[[name|LABEL]]`` (PLACE, PROGRAM, COMPANY, ORG);
- indicator lines follow their sentence: ``<TAB>#IND`` + JSON whose "text"
  is the indicator mention inside that sentence, other keys the fields of
  ANNOTATION.md §3;
- lines of the source that are not report body (site chrome, licence
  footers) are simply not in the markup.

Commands:
    python scripts/gold_tool.py prerender ID -o F.txt   # a first markup, labels '?'
    python scripts/gold_tool.py compile F.txt... -o corpus/gold/x.jsonl
    python scripts/gold_tool.py render corpus/gold/x.jsonl -o DIR  # back to markup
"""
from __future__ import annotations

import argparse
import bisect
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from govreport_nlp.gold import load_gold, sha256_text, source_text  # noqa: E402

LABELS = {"review", "goal", "task", "other"}
ENT_LABELS = {"PLACE", "PROGRAM", "COMPANY", "ORG"}
ENTITY_MARK = re.compile(r"\[\[(.+?)\|([A-Z]+)\]\]")
IGNORED = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff]")


def squeeze(text: str) -> tuple[str, list[int]]:
    """Text without whitespace/zero-width characters, and the offset of each kept char."""
    kept, offsets = [], []
    for i, ch in enumerate(text):
        if not IGNORED.match(ch):
            kept.append(ch)
            offsets.append(i)
    return "".join(kept), offsets


def prerender(doc_id: str, source: str) -> str:
    text = source_text(source, doc_id)
    lines = [f"# id: {doc_id}", f"# source: {source}"]
    for para in re.split(r"\n\s*\n", text):
        para = re.sub(r"\s*\n\s*", "", para).strip(" \t\u3000")
        for sent in re.findall(r"[^。！？!?]+(?:[。！？!?]+[”’」』]?)?", para):
            if sent.strip():
                lines.append(f"?\t{sent.strip()}")
    return "\n".join(lines) + "\n"


def parse_markup(path: Path) -> tuple[dict, list[dict]]:
    header, sentences = {}, []
    for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path}:{line_no}"
        if not line.strip():
            continue
        if line.startswith("# "):
            key, _, value = line[2:].partition(":")
            header[key.strip()] = value.strip()
            continue
        if line.startswith("\t#IND"):
            if not sentences:
                raise SystemExit(f"{where}: indicator before any sentence")
            sentences[-1]["indicators"].append((where, json.loads(line.split("#IND", 1)[1])))
            continue
        label, tab, body = line.partition("\t")
        if not tab or label not in LABELS:
            raise SystemExit(f"{where}: expected 'label<TAB>sentence' with label in {sorted(LABELS)}, got {line[:40]!r}")
        plain, entities, pos = [], [], 0
        for m in ENTITY_MARK.finditer(body):
            plain.append(body[pos:m.start()])
            start = sum(len(p) for p in plain)
            if m.group(2) not in ENT_LABELS:
                raise SystemExit(f"{where}: unknown entity label {m.group(2)}")
            plain.append(m.group(1))
            entities.append((start, start + len(m.group(1)), m.group(2)))
            pos = m.end()
        plain.append(body[pos:])
        sentences.append({"where": where, "label": label, "text": "".join(plain), "entities": entities, "indicators": []})
    return header, sentences


def compile_markup(path: Path) -> dict:
    header, sentences = parse_markup(path)
    doc_id, source = header["id"], header["source"]
    text = source_text(source, doc_id)
    squeezed, offsets = squeeze(text)
    record = {"id": doc_id, "source": source, "sha256": sha256_text(text), "sentences": [], "entities": [], "indicators": []}
    # matching starts at "# start:" so a header copy of the title is not taken
    cursor = bisect.bisect_left(offsets, int(header.get("start", 0)))
    for sent in sentences:
        s_squeezed, s_offsets = squeeze(sent["text"])
        if not s_squeezed:
            continue
        found = squeezed.find(s_squeezed, cursor)
        if found < 0:
            raise SystemExit(f"{sent['where']}: sentence not found in the source after the previous one: {sent['text'][:30]!r}")
        if found - cursor > 400:
            print(f"warning: {sent['where']}: {found - cursor} characters skipped before this sentence", file=sys.stderr)

        def raw_span(local_start: int, local_end: int) -> tuple[int, int]:
            # local offsets in the sentence -> squeezed offsets -> raw offsets
            inner = [k for k, off in enumerate(s_offsets) if local_start <= off < local_end]
            return offsets[found + inner[0]], offsets[found + inner[-1]] + 1

        start, end = offsets[found], offsets[found + len(s_squeezed) - 1] + 1
        record["sentences"].append({"start": start, "end": end, "label": sent["label"]})
        for e_start, e_end, e_label in sent["entities"]:
            r_start, r_end = raw_span(e_start, e_end)
            record["entities"].append({"start": r_start, "end": r_end, "label": e_label})
        ind_cursor = 0
        for where, ind in sent["indicators"]:
            mention = ind.pop("text")
            local = sent["text"].find(mention, ind_cursor)
            if local < 0:
                raise SystemExit(f"{where}: indicator text {mention!r} not in its sentence")
            ind_cursor = local
            r_start, r_end = raw_span(local, local + len(mention))
            record["indicators"].append({"start": r_start, "end": r_end, **ind})
        cursor = found + len(s_squeezed)
    return record


def render(record: dict) -> str:
    text = record["text"]
    lines = [f"# id: {record['id']}", f"# source: {record.get('source', 'inline')}"]
    if record.get("sentences"):
        lines.append(f"# start: {min(s['start'] for s in record['sentences'])}")
    for sent in record.get("sentences", []):
        s, e = sent["start"], sent["end"]
        pieces, pos = [], s
        for ent in sorted(record.get("entities", []), key=lambda x: x["start"]):
            if s <= ent["start"] and ent["end"] <= e:
                pieces.append(text[pos:ent["start"]])
                pieces.append(f"[[{text[ent['start']:ent['end']]}|{ent['label']}]]")
                pos = ent["end"]
        pieces.append(text[pos:e])
        lines.append(f"{sent['label']}\t" + re.sub(r"\s*\n\s*", "", "".join(pieces)))
        for ind in record.get("indicators", []):
            if s <= ind["start"] and ind["end"] <= e:
                fields = {k: v for k, v in ind.items() if k not in ("start", "end")}
                mention = re.sub(r"\s+", "", text[ind["start"]:ind["end"]])
                lines.append("\t#IND " + json.dumps({"text": mention, **fields}, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("prerender")
    p.add_argument("doc_id")
    p.add_argument("--source", default="shared:national_reports")
    p.add_argument("-o", "--out", required=True)
    c = sub.add_parser("compile")
    c.add_argument("markup", nargs="+")
    c.add_argument("-o", "--out", required=True)
    r = sub.add_parser("render")
    r.add_argument("gold")
    r.add_argument("-o", "--out", required=True)
    args = parser.parse_args()
    if args.cmd == "prerender":
        Path(args.out).write_text(prerender(args.doc_id, args.source), encoding="utf-8")
    elif args.cmd == "compile":
        # compile everything first: a markup error must not empty the output
        records = [compile_markup(Path(path)) for path in args.markup]
        Path(args.out).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    else:
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        sources = {r["id"]: r.get("source") for r in map(json.loads, Path(args.gold).read_text(encoding="utf-8").splitlines()) if r}
        for record in load_gold(args.gold):
            record["source"] = sources.get(record["id"]) or "inline"
            (out / f"{record['id']}.txt").write_text(render(record), encoding="utf-8")


if __name__ == "__main__":
    main()
