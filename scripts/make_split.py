"""Write corpus/gold/split/<part>.jsonl (train, dev, test) from the per-document gold files listed in corpus/gold/split.json."""
from __future__ import annotations

import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "corpus" / "gold"


def main() -> None:
    split = json.loads((GOLD / "split.json").read_text(encoding="utf-8"))
    out_dir = GOLD / "split"
    out_dir.mkdir(exist_ok=True)
    for part in [key for key in split if not key.startswith("_")]:
        lines = []
        for doc_id in split[part]:
            path = GOLD / f"{doc_id}.jsonl"
            if not path.exists():
                print(f"warning: {path} missing, left out of {part}", file=sys.stderr)
                continue
            lines.extend(line for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
        (out_dir / f"{part}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{part}: {len(lines)} documents")


if __name__ == "__main__":
    main()
