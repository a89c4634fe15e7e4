"""Label Studio tasks <-> project records.

One task per record, for a project set up with ``LABEL_CONFIG``:

- ``data``: ``{"text", "id", "layers"}``; ``layers`` lists the layers the
  record carries, so that a layer with no spans survives the round trip.
- sentences: a ``labels`` region, ``from_name`` "sentences", label = the
  sentence label; entities: the same with ``from_name`` "entities".
- indicators: a ``labels`` region, ``from_name`` "indicators", label "IND".
  Each field is a per-region result that carries the region's ``id`` (how
  Label Studio stores ``perRegion`` controls): ``indicator``, ``unit``,
  ``qualifier``, ``period`` as ``textarea`` (``{"text": [str]}``; a period
  of digits reads back as int); ``value``, ``value_high`` as ``number``
  (``{"number": x}``); ``kind``, ``status``, ``direction`` as ``choices``
  (``{"choices": [str]}``). An empty qualifier, a null period and an absent
  ``value_high`` / ``direction`` are written as no result.

Offsets are code points, as in the project format. On reading, a region's
``text`` is checked against the task text; if it only matches when the
offsets are read as UTF-16 code units (JavaScript string indices, which
differ from code points after a character outside the BMP), they are
converted.

Reading takes Label Studio's JSON export (or tasks to import): the latest
annotation that was not cancelled (by ``updated_at``, then ``created_at``,
then position), else the latest prediction. Results of other controls are
ignored.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Iterable

from ._common import LAYERS, by_offset, check_record, indicator, layers_of, where

IND_LABEL = "IND"
# field -> (result type, key of the result value)
FIELD_RESULTS = {
    "indicator": ("textarea", "text"),
    "value": ("number", "number"),
    "value_high": ("number", "number"),
    "unit": ("textarea", "text"),
    "kind": ("choices", "choices"),
    "qualifier": ("textarea", "text"),
    "status": ("choices", "choices"),
    "period": ("textarea", "text"),
    "direction": ("choices", "choices"),
}
REQUIRED = ("indicator", "value", "unit", "kind", "status")

LABEL_CONFIG = """<View>
  <Labels name="sentences" toName="text">
    <Label value="review"/><Label value="goal"/><Label value="task"/><Label value="other"/>
  </Labels>
  <Labels name="entities" toName="text">
    <Label value="PLACE"/><Label value="PROGRAM"/><Label value="COMPANY"/><Label value="ORG"/>
  </Labels>
  <Labels name="indicators" toName="text"><Label value="IND"/></Labels>
  <Text name="text" value="$text"/>
  <View visibleWhen="region-selected" whenTagName="indicators">
    <TextArea name="indicator" toName="text" perRegion="true" maxSubmissions="1" placeholder="indicator"/>
    <Number name="value" toName="text" perRegion="true" step="any"/>
    <Number name="value_high" toName="text" perRegion="true" step="any"/>
    <TextArea name="unit" toName="text" perRegion="true" maxSubmissions="1" placeholder="unit"/>
    <Choices name="kind" toName="text" perRegion="true"><Choice value="growth"/><Choice value="level"/></Choices>
    <TextArea name="qualifier" toName="text" perRegion="true" maxSubmissions="1" placeholder="qualifier"/>
    <Choices name="status" toName="text" perRegion="true"><Choice value="target"/><Choice value="actual"/></Choices>
    <TextArea name="period" toName="text" perRegion="true" maxSubmissions="1" placeholder="period"/>
    <Choices name="direction" toName="text" perRegion="true"><Choice value="down"/></Choices>
  </View>
</View>
"""


def _labels(rid: str, layer: str, text: str, start: int, end: int, label: str) -> dict:
    return {"id": rid, "from_name": layer, "to_name": "text", "type": "labels",
            "value": {"start": start, "end": end, "text": text[start:end], "labels": [label]}}


def _results(record: dict, text: str) -> list[dict]:
    results = []
    for layer in ("sentences", "entities"):
        for i, span in enumerate(record.get(layer, [])):
            results.append(_labels(f"{layer[0]}{i}", layer, text, span["start"], span["end"], span["label"]))
    for i, ind in enumerate(record.get("indicators", [])):
        rid, start, end = f"i{i}", ind["start"], ind["end"]
        results.append(_labels(rid, "indicators", text, start, end, IND_LABEL))
        for field, (rtype, key) in FIELD_RESULTS.items():
            value = ind.get(field)
            if value is None or (field == "qualifier" and value == ""):
                continue
            if rtype != "number":
                value = [str(value)]
            results.append({"id": rid, "from_name": field, "to_name": "text", "type": rtype,
                            "value": {"start": start, "end": end, key: value}})
    return results


def to_labelstudio(records: Iterable[dict], as_predictions: bool = False, model_version: str = "govreport_nlp") -> list[dict]:
    """Label Studio tasks for ``records``; their spans go in as one annotation
    (or, with ``as_predictions``, as one prediction to review)."""
    tasks = []
    for n, record in enumerate(records):
        text = check_record(record, where(record, n))
        task: dict[str, Any] = {"data": {"text": text, "id": record.get("id"), "layers": layers_of(record)}}
        if as_predictions:
            task["predictions"] = [{"model_version": model_version, "result": _results(record, text)}]
        else:
            task["annotations"] = [{"result": _results(record, text)}]
        tasks.append(task)
    return tasks


def _time(item: dict) -> datetime:
    stamp = item.get("updated_at") or item.get("created_at")
    try:
        moment = datetime.fromisoformat(str(stamp).replace("Z", "+00:00"))
    except ValueError:
        return datetime.min.replace(tzinfo=timezone.utc)
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _pick(task: dict) -> dict | None:
    """The latest annotation not cancelled, else the latest prediction."""
    annotations = [a for a in task.get("annotations") or task.get("completions") or []
                   if isinstance(a, dict) and not a.get("was_cancelled")]
    pool = annotations or [p for p in task.get("predictions") or [] if isinstance(p, dict)]
    if not pool:
        return None
    return max(enumerate(pool), key=lambda pair: (_time(pair[1]), pair[0]))[1]


def _code_points(text: str, offset: int) -> int:
    """The code-point index of a UTF-16 offset into ``text``."""
    units = 0
    for i, ch in enumerate(text):
        if units >= offset:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def _offsets(value: dict, text: str, name: str) -> tuple[int, int]:
    start, end = value.get("start"), value.get("end")
    if type(start) is not int or type(end) is not int:
        raise ValueError(f"{name}: no integer start/end")
    shown = value.get("text")
    if isinstance(shown, str) and text[start:end] != shown:
        start16, end16 = _code_points(text, start), _code_points(text, end)
        if text[start16:end16] != shown:
            raise ValueError(f"{name}: region text {shown!r} is not the task text at [{start}, {end}) ({text[start:end]!r})")
        start, end = start16, end16
    return start, end


def _field(result: dict, name: str) -> Any:
    field = result["from_name"]
    rtype, key = FIELD_RESULTS[field]
    value = (result.get("value") or {}).get(key)
    if rtype == "number":
        if type(value) not in (int, float):
            raise ValueError(f"{name}: {field} is not a number: {value!r}")
        return value
    if not isinstance(value, list) or len(value) != 1 or not isinstance(value[0], str):
        raise ValueError(f"{name}: {field} should hold one string in {key!r}, not {value!r}")
    if field == "period":
        return int(value[0]) if value[0].isdigit() else value[0]
    return value[0]


def _record(task: dict, name: str) -> dict:
    data = task.get("data")
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise ValueError(f"{name}: no data.text")
    text = data["text"]
    picked = _pick(task)
    listed = data.get("layers", LAYERS if picked else [])
    if not isinstance(listed, (list, tuple)) or not set(listed) <= set(LAYERS):
        raise ValueError(f"{name}: data.layers should list some of {LAYERS}, not {listed!r}")
    layers: dict[str, list] = {layer: [] for layer in listed}
    regions: dict[str, dict] = {}   # indicator region id -> its fields so far
    fields = []
    for r, result in enumerate(picked["result"] if picked else []):
        if not isinstance(result, dict):
            raise ValueError(f"{name}: result {r} is not an object")
        source, rid = result.get("from_name"), result.get("id")
        rname = f"{name}: result {r} (id {rid!r}, from_name {source!r})"
        if source in LAYERS and result.get("type") == "labels":
            value = result.get("value") or {}
            start, end = _offsets(value, text, rname)
            labels = value.get("labels")
            if not isinstance(labels, list) or len(labels) != 1:
                raise ValueError(f"{rname}: a region needs exactly one label, has {labels!r}")
            if source != "indicators":
                layers.setdefault(source, []).append({"start": start, "end": end, "label": labels[0]})
            elif rid is None or rid in regions:
                raise ValueError(f"{rname}: an indicators region needs an id of its own")
            else:
                regions[rid] = {"start": start, "end": end}
        elif source in FIELD_RESULTS:
            fields.append((rname, result))
    for rname, result in fields:
        if result.get("id") not in regions:
            raise ValueError(f"{rname}: refers to no indicators region")
        regions[result["id"]][result["from_name"]] = _field(result, rname)
    for rid, ind in regions.items():
        missing = [f for f in REQUIRED if f not in ind]
        if missing:
            raise ValueError(f"{name}: indicator region {rid!r} at [{ind['start']}, {ind['end']}) lacks {', '.join(missing)}")
        ind.setdefault("qualifier", "")
        ind.setdefault("period", None)
        layers.setdefault("indicators", []).append(indicator(ind["start"], ind["end"], ind))
    record: dict[str, Any] = {"id": data.get("id", task.get("id")), "text": text}
    record.update((layer, by_offset(layers[layer])) for layer in LAYERS if layer in layers)
    check_record(record, name)
    return record


def from_labelstudio(tasks: Iterable[dict] | dict) -> list[dict]:
    """Project records from Label Studio tasks (a JSON export, or tasks with
    predictions only). Raises ValueError naming the task that cannot be read."""
    if isinstance(tasks, dict):
        tasks = [tasks]
    records = []
    for n, task in enumerate(tasks):
        if not isinstance(task, dict):
            raise ValueError(f"task {n}: not a JSON object")
        data = task.get("data") if isinstance(task.get("data"), dict) else {}
        name = f"task {n} (id {data.get('id', task.get('id'))!r})"
        records.append(_record(task, name))
    return records
