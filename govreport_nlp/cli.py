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
    ner: Optional[str] = typer.Option(None, "--ner", help='entity backend: "hanlp:<model dir>" for the optional HanLP backend (docs/hanlp.md); default: govreport_entities'),
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
    loader = partial(load, model, ner=ner)
    # load once here even with workers when a backend is named: a bad --ner
    # is reported before any worker starts
    nlp = load_or_exit(loader) if n_process == 1 or ner else None
    records, errors = [], 0
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console, disable=not console.is_terminal) as progress:
        task = progress.add_task("annotating", total=len(items))
        with open(out, "w", encoding="utf-8") as fh:
            for record in annotate_texts(items, nlp=nlp if n_process == 1 else None, n_process=n_process, loader=loader):
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


def load_or_exit(loader):
    """``loader()``, or a one-line error and exit code 2 when the pipeline
    cannot be built (bad --model or --ner, optional backend not installed)."""
    try:
        return loader()
    except (ValueError, ImportError, FileNotFoundError, RuntimeError) as err:
        console.print(f"[red]cannot load the pipeline: {err}[/red]")
        raise typer.Exit(2)


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
    out = Console(width=max(Console().width, 132))
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


@app.command()
def evaluate(
    gold: List[Path] = typer.Argument(..., help="gold JSONL files (ANNOTATION.md §4, stand-off records allowed)"),
    model: Optional[Path] = typer.Option(None, "--model", help="models directory (default: the shipped models)"),
    ner: Optional[str] = typer.Option(None, "--ner", help='entity backend: "hanlp:<model dir>" for the optional HanLP backend (docs/hanlp.md); default: govreport_entities'),
    report: Optional[Path] = typer.Option(None, "--report", help="write the scores as JSON here"),
) -> None:
    """Score the pipeline on labelled data: every layer present in the gold."""
    from .evaluate import evaluate as run_evaluation
    from .gold import GoldError, load_gold
    from .pipeline import load

    nlp = load_or_exit(lambda: load(model, ner=ner))
    try:
        records = [r for path in gold for r in load_gold(path)]
    except (GoldError, OSError) as err:
        console.print(f"[red]{err}[/red]")
        raise typer.Exit(2)
    scores = run_evaluation(nlp, records)
    print_scores(scores)
    if report:
        report.write_text(json.dumps(scores, ensure_ascii=False, indent=2), encoding="utf-8")


def print_scores(scores: dict) -> None:
    out = Console()
    out.print(f"documents: {scores['documents']}")
    if "sentences" in scores:
        s = scores["sentences"]
        table = Table(title=f"sentence labels — macro-F1 {s['macro_f1']:.3f}, accuracy {s['accuracy']:.3f}")
        for col in ("label", "P", "R", "F1", "gold", "pred"):
            table.add_column(col)
        for label, v in s["per_label"].items():
            table.add_row(label, f"{v['p']:.3f}", f"{v['r']:.3f}", f"{v['f1']:.3f}", str(v["gold"]), str(v["pred"]))
        out.print(table)
        conf = Table(title="confusion (rows gold, columns predicted)")
        conf.add_column("gold")
        labels = list(next(iter(s["confusion"].values())).keys())
        for label in labels:
            conf.add_column(label)
        for g, row in s["confusion"].items():
            conf.add_row(g, *(str(row[p]) for p in labels))
        out.print(conf)
    if "entities" in scores:
        e = scores["entities"]
        table = Table(title=f"entities — micro-F1 exact {e['micro']['f1']:.3f}, overlap {e['overlap_micro']['f1']:.3f}")
        for col in ("label", "P", "R", "F1", "overlap F1", "gold", "pred"):
            table.add_column(col)
        for label, v in e["per_label"].items():
            table.add_row(label, f"{v['p']:.3f}", f"{v['r']:.3f}", f"{v['f1']:.3f}", f"{e['overlap_per_label'][label]['f1']:.3f}", str(v["gold"]), str(v["pred"]))
        out.print(table)
    if "indicators" in scores:
        d = scores["indicators"]["detection"]
        fields = "  ".join(f"{k} {v:.3f}" for k, v in scores["indicators"]["field_accuracy"].items())
        out.print(f"indicators — detection P {d['p']:.3f} R {d['r']:.3f} F1 {d['f1']:.3f} (gold {d['gold']}, pred {d['pred']})")
        out.print(f"  field accuracy on matched mentions: {fields}")
    if "tokens" in scores:
        t = scores["tokens"]
        out.print(f"segmentation — word P {t['p']:.3f} R {t['r']:.3f} F1 {t['f1']:.3f}")


@app.command()
def train(
    data: Path = typer.Option(..., "--data", help="directory with train.jsonl (and dev.jsonl for scores), ANNOTATION.md format"),
    out: Path = typer.Option(..., "--out", help="models directory to write (made from the shipped models when new)"),
    entities: bool = typer.Option(True, "--entities/--no-entities", help="also retrain the entity model (entity_model/)"),
    weak: bool = typer.Option(False, "--weak/--no-weak", help="also train on weak labels from the national corpus in ../shared (off: they lowered cross-validated macro-F1)"),
    seed: int = typer.Option(0, "--seed", help="random seed"),
) -> None:
    """Retrain the sentence classifier and the entity model from labelled data; report dev scores."""
    import shutil

    from .evaluate import evaluate as run_evaluation
    from .gold import find_shared_dir, load_gold
    from .pipeline import load
    from .resources import models_dir
    from .train import train_sentence_labels

    train_file, dev_file = data / "train.jsonl", data / "dev.jsonl"
    if not train_file.is_file():
        console.print(f"[red]{train_file}: no training file[/red]")
        raise typer.Exit(2)
    if weak and find_shared_dir() is None:
        console.print("[yellow]../shared not found: training on the gold data only[/yellow]")
        weak = False
    if not (out / "pkuseg").is_dir():
        shutil.copytree(models_dir(), out, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__", "__init__.py"))
    dev_ids = {r["id"] for r in load_gold(dev_file)} if dev_file.is_file() else set()
    try:
        info = train_sentence_labels([train_file], out / "sentence_labels.npz", weak=weak, exclude_ids=dev_ids, seed=seed)
        console.print(f"sentence labels: {info['gold_sentences']} gold and {info['weak_sentences']} weak sentences → {out / 'sentence_labels.npz'}")
        if "cv_macro_f1" in info:
            per_label = "  ".join(f"{label} {f1:.3f}" for label, f1 in info["cv_f1"].items())
            console.print(f"  leave-one-document-out CV: macro-F1 {info['cv_macro_f1']:.3f}  ({per_label})")
    except ValueError as err:
        console.print(f"[yellow]sentence labels not retrained: {err}[/yellow]")
    if entities:
        from .entities_train import train_entity_model

        records = [r for r in load_gold(train_file) if r.get("entities") is not None]
        summary = train_entity_model(records, out / "entity_model", seed=seed, log=lambda *a, **k: None)
        console.print(f"entity model: {summary.get('documents', len(records))} documents → {out / 'entity_model'}")
    if dev_file.is_file():
        print_scores(run_evaluation(load(out), load_gold(dev_file)))


def main() -> None:  # pragma: no cover
    app(prog_name="govreport")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
