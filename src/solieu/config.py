"""Reading configuration: every YAML file of ``schemas/`` and of ``raw/`` (dataset.yaml,
source sidecars), each checked against a JSON Schema of its own in ``schemas/meta/``.

>>> checks = load("checks.yaml")                    # schemas/checks.yaml
>>> sorted(checks)
['checks', 'version']

A file elsewhere names its kind: ``load(folder / "checks.yaml", "checks")``. Whatever
is wrong (a misspelt key, a wrong type, a missing section, a code terms.yaml does not
list) is one :class:`InputError` naming the file, the line and the key, and what to do.

YAML is read safely and within bounds: at most :data:`MAX_BYTES`, nested at most
:data:`MAX_DEPTH` levels, no anchors or aliases (``*name`` can multiply a small file
into a huge one), no key twice in one mapping (the second would silently win).

A meta-schema may write ``{"x-terms": "kinds"}`` where a code of ``schemas/terms.yaml``
is expected: it is replaced by those codes when the schema is read, so the lists stay
in one place.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import yaml
from yaml.constructor import SafeConstructor

from solieu import SCHEMAS
from solieu.errors import InputError, reading

META = SCHEMAS / "meta"
MAX_BYTES = 1 << 20
MAX_DEPTH = 24

# libyaml when installed: reading is several times faster.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class ConfigProblem(Exception):
    """A problem a check of meaning finds in a loaded file, at ``where`` (the keys and
    list positions from the top, as in the data), for :func:`read` to place on a line."""

    def __init__(self, where: Sequence[str | int], message: str) -> None:
        super().__init__(message)
        self.where = list(where)
        self.message = message


@dataclass(frozen=True)
class Document:
    """A configuration file read and checked: its data, and where each part stands."""

    path: Path
    kind: str
    data: Any
    node: yaml.Node | None

    def line(self, where: Iterable[str | int]) -> int | None:
        """The line (from 1) of the value at ``where``, or of the nearest part above it."""
        node, line = self.node, None
        for step in [*where, None]:
            if node is None:
                break
            line = node.start_mark.line + 1
            if step is None:
                break
            node = _child(node, step)
        return line

    def key_line(self, where: Sequence[str | int], key: str) -> int | None:
        """The line of ``key`` itself in the mapping at ``where``."""
        node = self.node
        for step in where:
            node = _child(node, step) if node is not None else None
        if isinstance(node, yaml.MappingNode):
            for k, _ in node.value:
                if k.value == key:
                    return int(k.start_mark.line) + 1
        return self.line(where)

    def error(self, where: Sequence[str | int], message: str) -> InputError:
        """An InputError for a problem at ``where``: the file, the line, the key."""
        return _located(self, where, self.line(where), message)


def _child(node: yaml.Node, step: str | int) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        return next((v for k, v in node.value if k.value == str(step)), None)
    if isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
        return node.value[step]
    return None


def _describe(data: Any, where: Sequence[str | int]) -> str:
    """Where a value is, for a person: ``checks #6 'share-range', key 'maximum'`` (the
    entry of a list by its number from 1 and its own id or name, then the key in it)."""
    values: list[Any] = []
    value = data
    for step in where:
        value = value[step] if _has(value, step) else None
        values.append(value)
    entries = [i for i, step in enumerate(where) if isinstance(step, int) and isinstance(values[i], dict)]
    last = entries[-1] if entries else -1
    entry = key = ""
    for i, step in enumerate(where):
        if i <= last and i in entries:
            item: dict[str, Any] = values[i]
            name = next((item[k] for k in ("id", "indicator_id", "name") if isinstance(item.get(k), str)), None)
            entry += f" #{int(step) + 1}" + (f" {name!r}" if name else "")
        elif i <= last:
            entry += f"[{step}]" if isinstance(step, int) else (f".{step}" if entry else str(step))
        else:
            key += f"[{step}]" if isinstance(step, int) else (f".{step}" if key else str(step))
    return ", ".join(p for p in (entry.strip(), f"key {key!r}" if key else "") if p)


def _has(value: Any, step: str | int) -> bool:
    if isinstance(value, dict):
        return step in value
    return isinstance(value, list) and isinstance(step, int) and step < len(value)


def _located(doc: Document, where: Sequence[str | int], line: int | None, message: str) -> InputError:
    at = f"{doc.path}, line {line}" if line else str(doc.path)
    return InputError(f"{at}: {_describe(doc.data, where)}: {message}" if where else f"{at}: {message}")


# --- reading YAML safely ----------------------------------------------------------------

def _text(path: Path) -> str:
    with reading(path, "a YAML file"), open(path, "rb") as f:
        data = f.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise InputError(f"{path}: is larger than {MAX_BYTES // 1024} KiB; a configuration "
                         "file this large is a mistake (or split it).")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(f"{path}, line {line}: is not UTF-8; re-save it as UTF-8.") from None


def _bounded(path: Path, text: str) -> None:
    """Refuse aliases and nesting deeper than MAX_DEPTH, before anything is built."""
    depth = 0
    for event in yaml.parse(text, Loader=_Loader):
        line = event.start_mark.line + 1 if event.start_mark else 0
        if isinstance(event, yaml.AliasEvent):
            raise InputError(f"{path}, line {line}: uses the alias "
                             f"*{event.anchor}; write the value out instead (aliases are not "
                             "allowed in configuration).")
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise InputError(f"{path}, line {line}: is nested more "
                                 f"than {MAX_DEPTH} levels deep.")
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def _unique_keys(path: Path, node: yaml.Node | None) -> None:
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key, value in node.value:
            line = int(key.start_mark.line) + 1
            if key.value in seen:
                raise InputError(f"{path}, line {line}: key {key.value!r} is given twice (first "
                                 f"at line {seen[key.value]}); keep one.")
            seen[key.value] = line
            _unique_keys(path, value)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _unique_keys(path, item)


def parse(path: Path) -> tuple[Any, yaml.Node | None]:
    """The data of a YAML file and its node tree (for line numbers), read safely."""
    text = _text(path)
    try:
        _bounded(path, text)
        node = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f", line {mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise InputError(f"{path}{where}: is not valid YAML ({problem}).") from None
    _unique_keys(path, node)
    data = SafeConstructor().construct_document(node) if node is not None else None
    return data, node


# --- the meta-schemas ------------------------------------------------------------------

def _terms_constraint(name: str) -> dict[str, Any]:
    from solieu.terms import load_terms

    terms = load_terms()
    if name == "units":
        return {"type": "string", "pattern": terms.unit_pattern()}
    if name == "bases":
        return {"anyOf": [{"enum": list(terms.bases)}, {"type": "string", "pattern": f"^{terms.year_base}$"}]}
    codes: Mapping[str, Any] = {"kinds": terms.kinds, "roles": terms.roles, "qualifiers": terms.qualifiers,
                             "directions": terms.directions, "per": terms.per}[name]
    return {"enum": list(codes)}


def _with_terms(schema: Any) -> Any:
    if isinstance(schema, dict):
        if set(schema) == {"x-terms"}:
            return _terms_constraint(schema["x-terms"])
        return {k: _with_terms(v) for k, v in schema.items()}
    if isinstance(schema, list):
        return [_with_terms(v) for v in schema]
    return schema


@cache
def meta_schema(kind: str) -> dict[str, Any]:
    """The JSON Schema of one kind of file (``schemas/meta/<kind>.schema.json``), with
    the codes of terms.yaml in place of its ``x-terms`` markers."""
    path = META / f"{kind}.schema.json"
    schema: dict[str, Any] = _with_terms(json.loads(path.read_text(encoding="utf-8")))
    return schema


@cache
def _validator(kind: str) -> jsonschema.Draft202012Validator:
    # "format": "date" is a check, not a comment: 2022-02-30 is no date.
    return jsonschema.Draft202012Validator(meta_schema(kind),
                                           format_checker=jsonschema.FormatChecker(["date"]))


def _names(schema: Any) -> set[str]:
    """Every key a schema (or its branches) defines: the candidates for 'did you mean'."""
    found: set[str] = set()
    if isinstance(schema, dict):
        found |= set(schema.get("properties", {}))
        for key in ("allOf", "anyOf", "oneOf"):
            for sub in schema.get(key, []):
                found |= _names(sub)
        for key in ("then", "else"):
            found |= _names(schema.get(key))
    return found


def _relevant(error: jsonschema.ValidationError) -> jsonschema.ValidationError:
    """Of a value that fits none of the branches of a oneOf or anyOf, the problem in
    the branch of its own type: "'counting' is not one of [...]" rather than "not valid
    under any of the given schemas"."""
    while error.context:
        branches = [e for e in error.context if e.validator != "type"] or list(error.context)
        found = jsonschema.exceptions.best_match(branches)
        if found is None:
            break
        error = found
    return error


def _schema_error(doc: Document, error: jsonschema.ValidationError) -> InputError:
    error = _relevant(error)
    where = list(error.absolute_path)
    hint = f" See schemas/meta/{doc.kind}.schema.json for what each key takes."
    if error.validator in ("additionalProperties", "unevaluatedProperties"):
        unknown = re.findall(r"'([^']*)'", error.message.split("(")[-1])
        key = unknown[0] if unknown else "?"
        close = difflib.get_close_matches(key, sorted(_names(error.schema)), n=1)
        guess = f" (did you mean {close[0]!r}?)" if close else ""
        return _located(doc, where, doc.key_line(where, key), f"unknown key {key!r}{guess}.{hint}")
    if error.validator == "type" and error.instance is None:  # left open for a person to fill
        what = error.schema.get("description") if isinstance(error.schema, dict) else None
        return _located(doc, where, doc.line(where),
                        "still empty (null); fill it in" + (f": {what}" if what else "") + f".{hint}")
    if error.validator == "required":
        missing = re.match(r"'([^']*)' is a required property", error.message)
        what = f"missing key {missing[1]!r}" if missing else error.message
        return _located(doc, where, doc.line(where), f"{what}.{hint}")
    # A message quotes the value; a long one (a whole mistaken file) is cut short.
    message = error.message if len(error.message) <= 200 else f"{error.message[:200]}…"
    return _located(doc, where, doc.line(where), f"{message}.{hint}")


# --- loading -----------------------------------------------------------------------------

# Checks of meaning beyond the schema, per kind: they raise ConfigProblem.
def _vocabulary_codes(doc: Document) -> None:
    from solieu.terms import check_vocabulary

    check_vocabulary(doc.data)


AFTER: dict[str, Callable[[Document], None]] = {"vocabulary": _vocabulary_codes}


def read(name: str | Path, kind: str | None = None) -> Document:
    """Read and check a configuration file: a file name of ``schemas/`` (its kind is its
    stem: ``read("checks.yaml")``), or any path with its kind (``read(p, "source")``).
    Raises InputError naming the file, the line and the key of the first problem."""
    path = SCHEMAS / name if isinstance(name, str) else Path(name)
    kind = kind or path.stem
    if not (META / f"{kind}.schema.json").is_file():
        raise ValueError(f"no schema for configuration of kind {kind!r} in {META}")
    data, node = parse(path)
    doc = Document(path=path, kind=kind, data=data, node=node)
    if data is None:
        raise InputError(f"{path}: is empty; see schemas/meta/{kind}.schema.json for what it holds.")
    errors = list(_validator(kind).iter_errors(data))
    # A parameter that fails its rule's branch is reported as that failure, not again as
    # an unevaluated (unknown) key.
    errors = [e for e in errors if e.validator != "unevaluatedProperties"] or errors
    error = jsonschema.exceptions.best_match(errors)
    if error is not None:
        raise _schema_error(doc, error)
    try:
        if kind in AFTER:
            AFTER[kind](doc)
    except ConfigProblem as problem:
        raise doc.error(problem.where, problem.message) from None
    return doc


def load(name: str | Path, kind: str | None = None) -> Any:
    """The data of a configuration file, read and checked as :func:`read` does."""
    return read(name, kind).data


# --- checked once per content ------------------------------------------------------------

def load_kept(path: Path, kind: str, cache: Path | None) -> Any:
    """:func:`load`, the data kept in ``cache`` (a folder) under the hash of the file's
    text and of its kind's schema: a dataset's thousands of sidecars are read and
    checked on every run, and unchanged ones (most) then cost a hash and a JSON read.

    Only data that passed every check is kept, so a file that changed is checked again
    and its problems said as :func:`load` says them; ``cache`` None: no cache."""
    if cache is None:
        return load(path, kind)
    text = _text(Path(path))
    key = hashlib.sha256("\0".join([kind, _schema_hash(kind), text]).encode("utf-8")).hexdigest()
    entry = Path(cache) / key[:2] / f"{key}.json"
    try:
        return json.loads(entry.read_text(encoding="utf-8"), object_hook=json_untagged)
    except (OSError, ValueError):
        pass
    data = load(path, kind)
    try:
        kept = json.dumps(data, default=json_tagged, ensure_ascii=False, sort_keys=True)
    except (TypeError, ValueError):
        return data  # a value JSON cannot hold: checked each time
    if json.loads(kept, object_hook=json_untagged) == data:  # else: not kept (an odd value)
        entry.parent.mkdir(parents=True, exist_ok=True)
        tmp = entry.with_name(f".{entry.name}.{os.getpid()}.tmp")  # never half-written
        tmp.write_text(kept, encoding="utf-8")
        os.replace(tmp, entry)
    return data


@cache
def _schema_hash(kind: str) -> str:
    # The schema with its terms, and the checks beyond it: a change to either misses.
    after = AFTER.get(kind)
    return hashlib.sha256(json.dumps([meta_schema(kind), after.__name__ if after else None],
                                     sort_keys=True).encode("utf-8")).hexdigest()[:16]


def json_tagged(value: Any) -> Any:
    """YAML's dates in JSON (the only values of a checked file JSON has no type for)."""
    if isinstance(value, datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    raise TypeError(f"cannot keep a {type(value).__name__}")


def json_untagged(obj: dict[str, Any]) -> Any:
    """A JSON object read back: the dates :func:`json_tagged` wrote, as dates again."""
    if len(obj) == 1 and "$date" in obj:
        return date.fromisoformat(obj["$date"])
    if len(obj) == 1 and "$datetime" in obj:
        return datetime.fromisoformat(obj["$datetime"])
    return obj
