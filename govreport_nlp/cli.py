"""Command line: ``govreport annotate``, ``govreport evaluate``, ``govreport train``."""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Chinese government work reports → structured data.")
console = Console(stderr=True)
MAX_SUMMARISED = 5


@app.command()
def annotate(
    inputs: List[Path] = typer.Argument(..., help=".txt/.html/.pdf/.docx files, directories of them, or .jsonl with {id, text}"),
    out: Path = typer.Option(..., "-o", "--out", help="output JSONL, one record per document"),
    n_process: int = typer.Option(1, "--n-process", "-n", min=1, help="worker processes"),
    model: Optional[Path] = typer.Option(None, "--model", help="models directory (default: the shipped models)"),
    summary: bool = typer.Option(True, "--summary/--no-summary", help="print a summary of the records"),
) -> None:
    """Annotate documents and write one JSON record per document."""
    from functools import partial

    from .batch import annotate_texts, iter_inputs
    from .pipeline import load

    items = list(iter_inputs(inputs))
    if not items:
        console.print("[red]no documents found in the inputs[/red]")
        raise typer.Exit(2)
    loader = partial(load, model) if model else load
    records, errors = [], 0
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console, disable=not console.is_terminal) as progress:
        task = progress.add_task("annotating", total=len(items))
        with open(out, "w", encoding="utf-8") as fh:
            nlp = loader() if n_process == 1 else None
            for record in annotate_texts(items, nlp=nlp, n_process=n_process, loader=loader):
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
                if "error" in record:
                    errors += 1
                    console.print(f"[yellow]skipped[/yellow] {record['error']}")
                records.append(_brief(record))
                progress.advance(task)
    console.print(f"wrote {len(records)} records to {out} ({errors} with errors)")
    if summary:
        print_summary(records)
    if errors == len(records):
        raise typer.Exit(1)


def _brief(record: dict) -> dict:
    """What the summary needs, so a large batch is not kept in memory."""
    if "error" in record:
        return record
    return {
        "id": record["id"],
        "title": record["meta"].get("title"),
        "meta": record["meta"],
        "chars": len(record["text"]),
        "sentences": Counter(s["label"] for s in record["sentences"]),
        "entities": Counter(e["label"] for e in record["entities"]),
        "first_entities": [(e["text"], e["label"]) for e in record["entities"][:12]],
        "indicators": len(record["indicators"]),
        "first_indicators": [(record["text"][i["start"]:i["end"]], i["status"]) for i in record["indicators"][:5]],
        "sections": len(record["sections"]),
    }


def print_summary(records: list[dict]) -> None:
    out = Console()
    table = Table(title="govreport annotate")
    for col in ("document", "chars", "sections", "review", "goal", "task", "other", "PLACE", "PROGRAM", "COMPANY", "ORG", "indicators"):
        table.add_column(col)
    ok = [r for r in records if "error" not in r]
    for r in ok[:MAX_SUMMARISED] if len(ok) > MAX_SUMMARISED else ok:
        table.add_row(r["title"] or r["id"], str(r["chars"]), str(r["sections"]),
                      *(str(r["sentences"][k]) for k in ("review", "goal", "task", "other")),
                      *(str(r["entities"][k]) for k in ("PLACE", "PROGRAM", "COMPANY", "ORG")), str(r["indicators"]))
    if len(ok) > MAX_SUMMARISED:
        total_s = sum((r["sentences"] for r in ok), Counter())
        total_e = sum((r["entities"] for r in ok), Counter())
        table.add_row(f"all {len(ok)} documents", str(sum(r["chars"] for r in ok)), str(sum(r["sections"] for r in ok)),
                      *(str(total_s[k]) for k in ("review", "goal", "task", "other")),
                      *(str(total_e[k]) for k in ("PLACE", "PROGRAM", "COMPANY", "ORG")), str(sum(r["indicators"] for r in ok)))
    out.print(table)
    if ok:
        first = ok[0]
        meta = ", ".join(f"{k}={v}" for k, v in first["meta"].items() if v is not None)
        out.print(f"[bold]{first['title'] or first['id']}[/bold]  {meta}")
        out.print("first entities: " + "  ".join(f"{t}/{label}" for t, label in first["first_entities"]))
        out.print("first indicators: " + "  ".join(f"{t} ({s})" for t, s in first["first_indicators"]))


def main() -> None:  # pragma: no cover
    app(prog_name="govreport")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
