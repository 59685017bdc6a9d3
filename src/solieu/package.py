"""Data packages: the Table Schemas, casting tables to them, and writing a package folder.

A package folder is what researchers download::

    datapackage.json               Data Package v2: metadata, every file with bytes and sha256
    data/<table>.csv               the tables (sources, figures, indicators, observations)
    data/<table>.parquet           the same rows, typed by the pyarrow schema derived here
    data/sources/<source_id>.txt   each source's NFC text, which figures.start/end point into
    data/originals/<source_id>.<format>   the originals as published, where their licence
                                   allows (dataset.yaml: redistribute_originals: true)
    checks.yaml                    the reconciliation checks `solieu validate` runs

The CSV files are the tabular resources (``"type": "table"``), each with its Table Schema
inline. The Parquet files, the texts and checks.yaml are resources without a type (the
official Data Package v2 profile allows no other type than "table"), with formats
frictionless has no reader for (see PARQUET_FORMAT): a plain ``pip install frictionless``
(no parquet extra) then validates the whole package, checking bytes and sha256 of those
files without reading them, and the descriptor is valid against the v2 profile.

CSV dialect: RFC 4180: UTF-8 without BOM, comma, double quotes only where needed, a
header row, and "\\r\\n" line ends (the repository's .gitattributes keeps git from
touching the published bytes). An empty cell is a missing value. Numbers are
written plainly, never in exponent notation: 1178000000000, 13.05, 4 (integers without
".0").

Translations: the Table Schema standard has none, so every package, resource, table and
field carries ``title``/``description`` in English and ``title_vi``/``description_vi`` in
Vietnamese (see schemas/package.yaml).
"""

from __future__ import annotations

import copy
import csv
import hashlib
import io
import json
import os
from collections.abc import Iterator, Mapping
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from solieu import SCHEMAS
from solieu.config import load
from solieu.renditions import FORMATS
from solieu.sources import InputError
from solieu.splice import KeptCsv

TABLES = ("sources", "figures", "indicators", "observations")

# Table Schema field type -> Arrow type. Only the types the schemas use.
ARROW_TYPES: dict[str, pa.DataType] = {
    "string": pa.string(),
    "integer": pa.int64(),
    "number": pa.float64(),
    "date": pa.date32(),
    "boolean": pa.bool_(),
}

# Formats of the files that are not tables. Data Package v2 allows no resource type but
# "table", so these resources have none; frictionless then picks a reader by `format`,
# and would read "parquet" as a table (needing its parquet extra) and "yaml" whose
# top key is `checks` as a checklist. These formats have no reader in frictionless, so
# a plain install checks their bytes and sha256 only; `mediatype` names what they are.
PARQUET_FORMAT = "vnd.apache.parquet"
CHECKS_FORMAT = "solieu-checks+yaml"

# The order of the top-level keys of datapackage.json; other keys follow, sorted.
PACKAGE_KEYS = (
    "$schema", "name", "id", "title", "title_vi", "description", "description_vi",
    "version", "homepage", "licenses", "sources", "contributors", "keywords",
)


PANEL = "panel"  # every dataset's observations in one table (solieu.panel)


@cache
def _load_schema(name: str) -> dict[str, Any]:
    if name == PANEL:
        return _panel_schema()
    if name not in TABLES:
        raise ValueError(f"no table {name!r}; the tables are {', '.join(TABLES)}")
    path = SCHEMAS / "tables" / f"{name}.schema.json"
    result: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return result


def _panel_schema() -> dict[str, Any]:
    """The panel's Table Schema: the observations' fields after the dataset and version
    each row comes from (derived, never written twice)."""
    obs = _load_schema("observations")
    dataset = {"name": "dataset", "type": "string", "title": "Dataset", "title_vi": "Bộ dữ liệu",
               "description": "The dataset the row comes from (its folder in published/).",
               "description_vi": "Bộ dữ liệu của dòng (thư mục trong published/).",
               "constraints": {"required": True}}
    version = {"name": "version", "type": "string", "title": "Version", "title_vi": "Phiên bản",
               "description": "The version of that dataset the row comes from (its newest).",
               "description_vi": "Phiên bản của bộ dữ liệu đó (phiên bản mới nhất).",
               "constraints": {"required": True, "pattern": "^[0-9]+\\.[0-9]+\\.[0-9]+$"}}
    return {
        "$schema": obs["$schema"],
        "title": "Panel of every dataset's observations",
        "title_vi": "Bảng gộp quan sát của mọi bộ dữ liệu",
        "description": "The observations of the newest version of every dataset in one table, "
                       "to compare places (geography_code) and periods.",
        "description_vi": "Các quan sát của phiên bản mới nhất của mọi bộ dữ liệu trong một bảng, "
                          "để so sánh giữa các địa bàn (geography_code) và các kỳ.",
        "fields": [dataset, version, *obs["fields"]],
        "primaryKey": ["dataset", *obs["primaryKey"]],
    }


def table_schema(name: str) -> dict[str, Any]:
    """The Table Schema of one table (a fresh copy of schemas/tables/<name>.schema.json).

    >>> table_schema("observations")["primaryKey"]
    ['indicator_id', 'geography', 'period', 'role', 'source_id']
    """
    return copy.deepcopy(_load_schema(name))


def arrow_schema(name: str) -> pa.Schema:
    """The pyarrow schema of a table, derived from its Table Schema (never written twice).

    A field is non-nullable exactly when its Table Schema says ``required``.

    >>> arrow_schema("sources").field("chars").type
    DataType(int64)
    """
    return pa.schema(
        [
            pa.field(
                f["name"],
                ARROW_TYPES[f["type"]],
                nullable=not f.get("constraints", {}).get("required", False),
            )
            for f in _load_schema(name)["fields"]
        ]
    )


def _missing(series: pd.Series) -> pd.Series:
    """Where a raw column holds no value: None, NaN, NA or the empty string."""
    as_text = series.astype("string")
    return (as_text.isna() | (as_text == "")).fillna(True).astype(bool)


def _cast_error(table: str, field: dict[str, Any], series: pd.Series, bad: pd.Series,
                source_ids: pd.Series | None = None) -> None:
    if not bad.any():
        return
    position = int(np.flatnonzero(bad.to_numpy())[0])
    value = series.iloc[position]
    text = repr(value) if len(repr(value)) <= 60 else f"{repr(value)[:60]}… ({len(str(value))} characters)"
    source = ""
    if source_ids is not None and position < len(source_ids) and not pd.isna(source_ids.iloc[position]):
        sid = source_ids.iloc[position]
        source = (f" (source {sid}: its sidecar <dataset>/{sid}.yaml)" if table == "sources"
                  else f" (from source {sid})")
    raise InputError(
        f"{table} table, row {position + 2}{source} (as numbered in its CSV, header = row 1), "
        f"field {field['name']!r}: {text} is not of type {field['type']!r}. "
        f"Fix the value where the {table} table is built; see "
        f"schemas/tables/{table}.schema.json."
    )


def _cast(table: str, field: dict[str, Any], series: pd.Series,
          source_ids: pd.Series | None = None) -> pd.Series:
    """Cast one column to its Table Schema type (no inference), missing -> NA."""
    kind = field["type"]
    missing = _missing(series)
    if kind == "string":
        return series.astype("string").mask(missing)
    if kind in ("integer", "number"):
        if series.dtype == bool or series.dtype == "boolean":
            _cast_error(table, field, series, ~missing, source_ids)
        numbers = pd.to_numeric(series.mask(missing), errors="coerce").astype("float64")
        bad = ~missing & ~np.isfinite(numbers.to_numpy(dtype="float64", na_value=np.nan))
        if kind == "integer":
            bad |= ~missing & (numbers != np.floor(numbers))
            _cast_error(table, field, series, bad, source_ids)
            return numbers.astype("Int64")
        _cast_error(table, field, series, bad, source_ids)
        return numbers
    if kind == "date":
        dates = pd.to_datetime(
            series.astype("string").mask(missing), format="%Y-%m-%d", errors="coerce"
        )
        _cast_error(table, field, series, ~missing & dates.isna(), source_ids)
        return pd.Series(
            [None if pd.isna(d) else d.date() for d in dates], index=series.index, dtype=object
        )
    if kind == "boolean":
        _cast_error(table, field, series, ~missing & ~series.isin([True, False]), source_ids)
        return series.astype("boolean").mask(missing)
    raise ValueError(f"{table}.{field['name']}: type {kind!r} has no cast; add one here")


def conform(name: str, df: pd.DataFrame) -> pd.DataFrame:
    """Cast a table to its schema: exact columns in schema order, schema types, sorted.

    Strings become pandas "string" (NA when missing; "" counts as missing, as in CSV),
    integers "Int64", numbers float64 (NaN when missing), dates ``datetime.date``
    objects. Rows are sorted stably by the primary key. A missing or unknown column,
    or a value that does not fit its type, raises :class:`InputError`.
    """
    schema = _load_schema(name)
    names = [f["name"] for f in schema["fields"]]
    missing = [n for n in names if n not in df.columns]
    extra = [str(c) for c in df.columns if c not in names]
    if missing or extra:
        parts = []
        if missing:
            parts.append(f"lacks column(s) {', '.join(missing)}")
        if extra:
            parts.append(f"has unknown column(s) {', '.join(extra)}")
        raise InputError(
            f"{name} table {' and '.join(parts)}; its columns are {', '.join(names)} "
            f"(schemas/tables/{name}.schema.json)."
        )
    df = df.reset_index(drop=True)
    ids = df["source_id"] if "source_id" in df.columns else None
    result = pd.DataFrame({f["name"]: _cast(name, f, df[f["name"]], ids) for f in schema["fields"]})
    key = schema.get("primaryKey") or []
    if key:
        result = result.sort_values(list(key), kind="stable", na_position="last")
    return result.reset_index(drop=True)


def _format_column(field: dict[str, Any], series: pd.Series) -> list[str]:
    """A conformed column as CSV text: plain numbers, ISO dates, "" when missing."""
    kind = field["type"]
    if kind == "number":
        values = series.to_numpy(dtype="float64", na_value=np.nan)
        # Each distinct value formatted once (by its bits: -0.0 is not 0.0); shortest
        # round-trip digits, positional: 1178000000000, 13.05, never 1e+12.
        bits, inverse = np.unique(values.view(np.int64), return_inverse=True)
        text = np.array([
            "" if v != v else np.format_float_positional(v, unique=True, trim="-")
            for v in bits.view(np.float64)
        ], dtype=object)
        return text[inverse.reshape(-1)].tolist()
    if kind == "boolean":
        return ["" if pd.isna(v) else ("true" if v else "false") for v in series]
    if kind == "date":
        return ["" if v is None else v.isoformat() for v in series]
    return series.astype("string").fillna("").astype(object).tolist()


CSV_BATCH = 50_000  # rows formatted at a time: a table is never held twice as text


def _csv_writer(out: Any) -> Any:
    # The dialect pandas' to_csv used for the published files, so the bytes stay.
    return csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)


def csv_header(name: str) -> bytes:
    """The header line of a table's CSV, as written."""
    out = io.StringIO()
    _csv_writer(out).writerow([fld["name"] for fld in _load_schema(name)["fields"]])
    return out.getvalue().encode("utf-8")


def csv_rows(name: str, df: pd.DataFrame) -> Iterator[bytes]:
    """The rows of a conformed table as CSV bytes, a batch of rows at a time (a row's
    bytes depend on that row alone: a file may be put together from pieces)."""
    for batch in csv_row_bytes(name, df):
        yield b"".join(batch)


class _Lines:
    """A file-like sink that keeps each line the CSV writer writes (one per row)."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.write = self.lines.append


def csv_row_bytes(name: str, df: pd.DataFrame) -> Iterator[list[bytes]]:
    """The rows of a conformed table as CSV, each row's bytes apart, a batch of rows
    at a time (the same bytes as :func:`csv_rows`)."""
    fields = _load_schema(name)["fields"]
    for start in range(0, len(df), CSV_BATCH):
        part = df.iloc[start:start + CSV_BATCH]
        sink = _Lines()
        _csv_writer(sink).writerows(
            zip(*[_format_column(fld, part[fld["name"]]) for fld in fields], strict=True))
        yield [line.encode("utf-8") for line in sink.lines]


def write_csv(name: str, df: pd.DataFrame, path: Path, kept: KeptCsv | None = None) -> None:
    """Write a conformed table as CSV (dialect in the module docstring), a batch of
    rows at a time. ``kept``: the previous version's rows, copied where their report did
    not change (see :mod:`solieu.splice`); the bytes are the same either way."""
    (kept or KeptCsv()).write(name, df, Path(path), csv_header(name),
                              lambda part: csv_row_bytes(name, part))


def write_parquet(name: str, df: pd.DataFrame, path: Path) -> None:
    """Write a conformed table as Parquet, typed by :func:`arrow_schema`."""
    table = pa.Table.from_pandas(df, schema=arrow_schema(name), preserve_index=False)
    # No pandas metadata: the Arrow schema alone describes the file, and the bytes
    # do not change with the pandas version.
    table = table.replace_schema_metadata(None)
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, path, compression="snappy")


def sha256_file(path: Path) -> str:
    """The sha256 (hex) of a file, read in blocks."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def file_facts(path: Path) -> tuple[int, str]:
    """(bytes, "sha256:<hex>") of a file, as datapackage.json records them."""
    return path.stat().st_size, f"sha256:{sha256_file(path)}"


def _file_resource(folder: Path, relpath: str, data: bytes | None = None,
                   **props: Any) -> dict[str, Any]:
    # ``data``: the bytes just written there, hashed without reading them back.
    size, digest = (file_facts(folder / relpath) if data is None
                    else (len(data), f"sha256:{hashlib.sha256(data).hexdigest()}"))
    resource = {"name": props.pop("name")}
    if "type" in props:
        resource["type"] = props.pop("type")
    resource["path"] = relpath
    resource.update(props)
    resource["bytes"] = size
    resource["hash"] = digest
    return resource


def package_defaults(schemas: Path = SCHEMAS) -> dict[str, Any]:
    """The package metadata every dataset shares (schemas/package.yaml)."""
    result: dict[str, Any] = load(schemas / "package.yaml")
    return result


def _package_metadata(meta: Mapping[str, Any], sources: pd.DataFrame,
                      schemas: Path) -> dict[str, Any]:
    merged = package_defaults(schemas)
    defaults_keywords = merged.get("keywords", [])
    for key, value in meta.items():
        # dataset.yaml says title_en/description_en; Data Package says title/description.
        key = {"title_en": "title", "description_en": "description"}.get(key, key)
        merged[key] = value
    # The dataset's own keywords first, then the shared ones it lacks.
    keywords = list(merged.get("keywords") or [])
    merged["keywords"] = keywords + [k for k in defaults_keywords if k not in keywords]
    if "sources" not in meta:
        # Data Package "sources": the documents the data came from, from the sources table.
        merged["sources"] = [
            {"title": title, **({"path": url} if isinstance(url, str) else {})}
            for title, url in zip(sources["title"], sources["url"], strict=True)
        ]
    merged.pop("resources", None)
    url = merged.pop("publish_url", None)
    if url and "homepage" not in meta:
        merged["homepage"] = f"{url.rstrip('/')}/{merged['name']}/"
    ordered = {k: merged[k] for k in PACKAGE_KEYS if k in merged}
    ordered.update({k: merged[k] for k in sorted(merged) if k not in ordered})
    return ordered


def write_package(
    tables: Mapping[str, pd.DataFrame],
    folder: Path,
    meta: Mapping[str, Any],
    *,
    texts: Mapping[str, str],
    schemas: Path = SCHEMAS,
    originals: Mapping[str, Path] | None = None,
    kept: KeptCsv | None = None,
) -> dict[str, Any]:
    """Write a package folder (layout in the module docstring) and return its descriptor.

    ``tables`` holds the four tables (:data:`TABLES`); each is conformed first.
    ``meta`` is merged over schemas/package.yaml (its keys win): name, version, title,
    title_vi, description, description_vi, keywords, ... (``title_en`` and
    ``description_en`` are taken as ``title`` and ``description``; keywords are joined
    with the shared ones; ``sources`` defaults to the titles and URLs of the sources
    table). ``texts`` maps each
    source_id to its NFC text, shipped as data/sources/<source_id>.txt so that anyone can
    re-check that every figure's surface is ``text[start:end]``. ``schemas`` is the
    folder whose package.yaml and checks.yaml the package takes (the installed ones).
    ``originals`` maps a source_id to its original file, copied byte for byte as
    data/originals/<source_id>.<html|pdf|docx|txt> (only where its licence allows).
    ``kept``: the previous version's CSV rows, copied for the reports that did not
    change (:class:`solieu.splice.KeptCsv`).

    Identical input gives byte-identical files. The folder is written in place: write
    into a fresh temporary folder and rename it to publish atomically.
    """
    folder = Path(folder)
    unknown = sorted(set(tables) - set(TABLES))
    absent = [t for t in TABLES if t not in tables]
    if unknown or absent:
        raise InputError(
            f"write_package takes exactly the tables {', '.join(TABLES)}"
            + (f"; missing: {', '.join(absent)}" if absent else "")
            + (f"; unknown: {', '.join(unknown)}" if unknown else "")
        )
    conformed = {name: conform(name, tables[name]) for name in TABLES}

    resources: list[dict[str, Any]] = []
    for name in TABLES:
        relpath = f"data/{name}.csv"
        write_csv(name, conformed[name], folder / relpath, kept)
        schema = table_schema(name)
        resources.append(
            _file_resource(
                folder, relpath, name=name, type="table", format="csv",
                mediatype="text/csv", encoding="utf-8",
                title=schema["title"], title_vi=schema["title_vi"],
                description=schema["description"], description_vi=schema["description_vi"],
                schema=schema,
            )
        )
    for name in TABLES:
        relpath = f"data/{name}.parquet"
        write_parquet(name, conformed[name], folder / relpath)
        schema = _load_schema(name)
        resources.append(
            _file_resource(
                folder, relpath, name=f"{name}-parquet", format=PARQUET_FORMAT,
                mediatype="application/vnd.apache.parquet",
                title=f"{schema['title']} (Parquet)",
                title_vi=f"{schema['title_vi']} (Parquet)",
                description=f"The rows of data/{name}.csv in Parquet, typed as its Table "
                "Schema says. frictionless checks only its bytes and hash; read it with "
                "pyarrow or pandas.",
                description_vi=f"Các dòng của data/{name}.csv ở định dạng Parquet, kiểu dữ "
                "liệu theo Table Schema của bảng. frictionless chỉ kiểm tra số byte và mã "
                "băm; đọc tệp bằng pyarrow hoặc pandas.",
            )
        )
    made_texts = False
    for source_id in conformed["sources"]["source_id"].dropna():
        relpath = f"data/sources/{source_id}.txt"
        if source_id not in texts:
            raise InputError(
                f"write_package: no text given for source {source_id!r}; pass "
                "texts={source_id: NFC text} for every row of the sources table."
            )
        if not made_texts:
            (folder / "data" / "sources").mkdir(parents=True, exist_ok=True)
            made_texts = True
        data = texts[source_id].encode("utf-8")
        with open(os.path.join(folder, relpath), "wb") as f:
            f.write(data)
        resources.append(
            _file_resource(
                folder, relpath, data, name=f"source-{source_id}", format="txt",
                mediatype="text/plain", encoding="utf-8",
                title=f"Text of source {source_id}",
                title_vi=f"Văn bản của nguồn {source_id}",
                description="The NFC text that figures.start and figures.end point into.",
                description_vi="Văn bản NFC mà figures.start và figures.end trỏ vào.",
            )
        )
    for source_id, original in sorted((originals or {}).items()):
        fmt = Path(original).suffix.lstrip(".")
        relpath = f"data/originals/{source_id}.{fmt}"
        path = folder / relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(Path(original).read_bytes())
        resources.append(
            _file_resource(
                folder, relpath, name=f"original-{source_id}", type="file", format=fmt,
                mediatype=FORMATS[fmt][0],
                title=f"Original of source {source_id}",
                title_vi=f"Bản gốc của nguồn {source_id}",
                description="The document as published, byte for byte (sources.original_sha256).",
                description_vi="Văn bản như được công bố, nguyên từng byte (sources.original_sha256).",
            )
        )
    (folder / "checks.yaml").write_bytes((schemas / "checks.yaml").read_bytes())
    resources.append(
        _file_resource(
            folder, "checks.yaml", name="checks", format=CHECKS_FORMAT,
            mediatype="application/yaml", encoding="utf-8",
            title="Reconciliation checks", title_vi="Các phép kiểm tra đối chiếu",
            description="The checks `solieu validate` runs beyond the Table Schemas.",
            description_vi="Các phép kiểm tra mà `solieu validate` chạy ngoài Table Schema.",
        )
    )

    descriptor = _package_metadata(meta, conformed["sources"], schemas)
    descriptor["resources"] = resources
    text = json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n"
    (folder / "datapackage.json").write_text(text, encoding="utf-8", newline="\n")
    return descriptor


# --- reading a package folder back ------------------------------------------------


def dumps(value: Any) -> str:
    """The one JSON format of the published folder: sorted keys, 2-space indent, UTF-8."""
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def read_descriptor(folder: Path) -> dict[str, Any]:
    path = Path(folder) / "datapackage.json"
    try:
        result: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: missing; the folder is not a data package.") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}, line {exc.lineno}: not valid JSON ({exc.msg}).") from None
    return result


def table_schemas(folder: Path, descriptor: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Table name -> Table Schema, for every tabular (CSV) resource of a package."""
    schemas: dict[str, dict[str, Any]] = {}
    for res in descriptor.get("resources", []):
        path, schema = res.get("path"), res.get("schema")
        if not isinstance(path, str) or not path.endswith(".csv") or not schema:
            continue
        if isinstance(schema, str):  # a schema kept as a file inside the package
            schema = json.loads((Path(folder) / schema).read_text(encoding="utf-8"))
        schemas[Path(path).stem] = schema
    return schemas


def read_rows(folder: Path, table: str, sources: set[str] | None = None,
              ) -> list[dict[str, Any]]:
    """The rows of ``data/<table>.parquet`` as plain Python values (None for empty);
    with ``sources``, only the rows of those source ids, in table order.

    Parquet carries the declared types, so both sides of a comparison read alike.
    """
    path = Path(folder) / "data" / f"{table}.parquet"
    filters = None if sources is None else [("source_id", "in", sorted(sources))]
    if filters is not None and not sources:
        return []
    rows: list[dict[str, Any]] = pq.read_table(path, filters=filters).to_pylist()
    return rows


def read_arrow(folder: Path, table: str, columns: list[str] | None = None,
               sources: set[str] | None = None) -> pa.Table:
    """``data/<table>.parquet`` (or its ``columns``) as an Arrow table, its text columns
    dictionary-encoded: a text on many rows (the sentence of several figures) is held
    once, and a million rows are never Python values; with ``sources``, only the rows
    of those source ids, in table order."""
    path = Path(folder) / "data" / f"{table}.parquet"
    texts = [f.name for f in pq.read_schema(path)
             if pa.types.is_string(f.type) or pa.types.is_large_string(f.type)]
    filters = (None if sources is None
               else pc.field("source_id").isin(pa.array(sorted(sources), pa.string())))
    return pq.read_table(path, columns=columns, read_dictionary=texts, filters=filters)


def distinct_values(folder: Path, table: str, column: str) -> set[Any]:
    """The distinct non-null values of one column of ``data/<table>.parquet`` (only that
    column is read)."""
    values = pq.read_table(Path(folder) / "data" / f"{table}.parquet", columns=[column])
    return {v for v in pc.unique(values.column(0)).to_pylist() if v is not None}


def count_rows(folder: Path, table: str) -> int:
    """The number of rows of ``data/<table>.parquet`` (from its footer, nothing decoded)."""
    return int(pq.ParquetFile(Path(folder) / "data" / f"{table}.parquet").metadata.num_rows)


def plain_value(value: Any) -> Any:
    """A JSON-ready value: dates as ISO text, NaN as None."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value != value:
        return None
    return value
