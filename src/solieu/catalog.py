"""The catalog of the open-data folder: ``published/catalog.json``, its DCAT description
``published/catalog.jsonld`` and the page ``published/index.html``.

All three are derived from the folders on disk alone (never from a run's memory), so any
run can rewrite them, and a run killed before doing so is repaired by the next. Folders
and files whose names start with a dot (staging folders, the lock) are not published and
never listed. The page is rendered by :mod:`solieu.page`; this module gathers what it
shows (reading the newest version's tables is the only I/O here).
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from solieu.citation import bibtex, publisher, reference_text
from solieu.docs import citation_of
from solieu.files import KnownHashes, code_version, package_files, read_kept, write_kept
from solieu.linked_data import dcat_catalog
from solieu.package import PANEL, package_defaults, sha256_file
from solieu.releases import read_releases
from solieu.terms import load_terms

VERSION = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")
HEADLINES = 8  # headline indicators shown per dataset, in the catalog's rank order


# sha256 of files already hashed by this process, by (path, size, mtime): the catalog is
# rewritten after every dataset, and a version's files and zips never change.
_HASHED: dict[tuple[str, int, int], str] = {}


def _file(published: Path, path: Path, known: str | None = None,
          hashes: KnownHashes | None = None) -> dict[str, Any]:
    """A file's entry; ``known``: its hash as its version's SHA256SUMS lists it, so that
    a run does not read every published byte again (``solieu verify`` does that);
    ``hashes``: the hashes kept between runs, for the others (zips)."""
    stat = path.stat()
    digest = known
    if digest is None and hashes is not None:
        digest = hashes.sha256(path)
    if digest is None:
        key = (str(path), stat.st_size, stat.st_mtime_ns)
        digest = _HASHED.get(key)
        if digest is None:
            digest = _HASHED[key] = sha256_file(path)
    return {"path": path.relative_to(published).as_posix(), "bytes": stat.st_size,
            "sha256": digest}


def _sums(version: Path) -> dict[str, str]:
    """A version's SHA256SUMS as relative path -> sha256 (empty if it has none)."""
    try:
        text = (version / "SHA256SUMS").read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    return {line[66:]: line[:64] for line in text.splitlines() if len(line) > 66}


def _versions(dataset_dir: Path) -> list[Path]:
    found = [(tuple(map(int, m.groups())), p) for p in dataset_dir.iterdir()
             if p.is_dir() and (m := VERSION.match(p.name))]
    return [p for _, p in sorted(found)]


def _json(path: Path) -> dict[str, Any]:
    try:
        result: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return result
    except (FileNotFoundError, json.JSONDecodeError):
        return {}


def _read_csv(path: Path, where: tuple[str, set[str]] | None = None) -> list[dict[str, str]]:
    """The rows of a CSV file; with ``where`` (a column and values), only the rows with
    one of those values there, the others never made into rows (a dataset's
    observations are a million rows)."""
    try:
        with open(path, encoding="utf-8", newline="") as f:
            reader = csv.reader(f)
            header = next(reader, None)
            if header is None:
                return []
            if where is None:
                return [dict(zip(header, row, strict=False)) for row in reader]
            found = _read_csv_where(path, header, *where)
            if found is not None:
                return found
            at, values = header.index(where[0]), where[1]
            return [dict(zip(header, row, strict=False)) for row in reader
                    if len(row) > at and row[at] in values]
    except FileNotFoundError:
        return []


def _read_csv_where(path: Path, header: list[str], column: str,
                    values: set[str]) -> list[dict[str, str]] | None:
    """What :func:`_read_csv` gives with ``where``, parsed by Arrow (every cell as its
    text, "" when empty): ten times as fast on a large table. None when Arrow cannot
    read the file as a rectangle of cells (then it is read row by row)."""
    if len(set(header)) != len(header) or column not in header:
        return None
    try:
        table = pacsv.read_csv(
            path, parse_options=pacsv.ParseOptions(newlines_in_values=True),
            convert_options=pacsv.ConvertOptions(
                column_types=dict.fromkeys(header, pa.string()), strings_can_be_null=False,
                quoted_strings_can_be_null=False))
    except (pa.ArrowInvalid, OSError):
        return None
    rows: list[dict[str, str]] = table.filter(
        pc.is_in(table[column], pa.array(sorted(values), pa.string()))).to_pylist()
    return rows


def _column_values(path: Path, names: list[str]) -> dict[str, set[str]]:
    """The distinct values of some text columns of a CSV file (an empty cell as ""):
    from the Parquet file beside it where it has them (the same cells, typed; only those
    columns read), else read row by row."""
    found: dict[str, set[str]] = {n: set() for n in names}
    parquet = path.with_suffix(".parquet")
    if parquet.is_file():
        schema = pq.read_schema(parquet)
        if all(n in schema.names and pa.types.is_string(schema.field(n).type) for n in names):
            table = pq.read_table(parquet, columns=names)
            return {n: {"" if v is None else v for v in pc.unique(table.column(n)).to_pylist()}
                    for n in names}
    try:
        with open(path, encoding="utf-8", newline="") as f:
            reader = csv.reader(f)
            header = next(reader, None) or []
            at = {n: header.index(n) for n in names if n in header}
            for row in reader:
                for n, i in at.items():
                    if i < len(row):
                        found[n].add(row[i])
    except FileNotFoundError:
        pass
    return found


def _distinct(values: list[str]) -> list[str]:
    return sorted({v for v in values if v})


def publish_url() -> str:
    """The public address of ``published/`` (``publish_url`` in schemas/package.yaml),
    ending in ``/``; empty when the folder has none yet (links stay relative)."""
    url = package_defaults().get("publish_url") or ""
    return url if not url or url.endswith("/") else f"{url}/"


def dataset_dirs(published: Path) -> list[Path]:
    """The dataset folders of ``published/`` that hold at least one version."""
    return [p for p in sorted(Path(published).iterdir())
            if p.is_dir() and not p.name.startswith(".") and p.name != PANEL and _versions(p)]


def _version_entries(published: Path, dataset_dir: Path, folders: list[Path],
                     hashes: KnownHashes | None = None,
                     kept: dict[str, dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """Every version of a dataset (or the panel), newest first, with its files
    (``kept``: version -> its entry as made before from the same files, see
    :class:`KeptEntries`)."""
    releases = read_releases(dataset_dir)
    versions = []
    for v in reversed(folders):
        if kept and v.name in kept:
            versions.append(kept[v.name])
            continue
        sums = _sums(v)
        files = [_file(published, v / rel, sums.get(rel)) for rel in package_files(v)
                 if not any(part.startswith(".") for part in rel.split("/"))]
        files.sort(key=lambda f: f["path"])
        desc, changes = _json(v / "datapackage.json"), _json(v / "changes.json")
        zip_path = dataset_dir / f"{dataset_dir.name}-{v.name}.zip"
        versions.append({
            "version": v.name,
            "path": f"{dataset_dir.name}/{v.name}/",
            "released": releases.get(v.name),
            "title": desc.get("title"),
            "title_vi": desc.get("title_vi"),
            "level": changes.get("level"),
            "previous_version": changes.get("previous_version"),
            "release_note": changes.get("release_note"),
            "bytes": sum(f["bytes"] for f in files),
            "files": files,
            "zip": _file(published, zip_path, hashes=hashes) if zip_path.is_file() else None,
        })
    return versions


def build_catalog(published: Path, kept: KeptEntries | None = None) -> dict[str, Any]:
    """catalog.json as a dict: every dataset, its versions (newest first) with their
    release time, and for each version every file with bytes and sha256, and its zip;
    for the newest version also its places, geography codes and periods. Paths are
    relative to ``published/``. ``kept``: each dataset's entry as a run made it before,
    used while its versions are as they were (see :class:`KeptEntries`)."""
    published = Path(published)
    datasets = []
    for dataset_dir in dataset_dirs(published):
        folders = _versions(dataset_dir)
        if kept is not None:
            datasets.append(kept.entry(dataset_dir, folders))
        else:
            datasets.append(dataset_entry(published, dataset_dir, folders))
    panel_dir = published / PANEL
    panel_folders = _versions(panel_dir) if panel_dir.is_dir() else []
    hashes = kept.hashes(PANEL) if kept is not None else None
    panel = ({"name": PANEL, "latest": panel_folders[-1].name, "latest_path": f"{PANEL}/latest/",
              "versions": _version_entries(published, panel_dir, panel_folders, hashes)}
             if panel_folders else None)
    if hashes is not None:
        hashes.save()
    return {"catalog": "solieu open data", "datasets": datasets, "panel": panel}


def dataset_entry(published: Path, dataset_dir: Path, folders: list[Path],
                  hashes: KnownHashes | None = None,
                  kept: dict[str, dict[str, Any]] | None = None) -> dict[str, Any]:
    """One dataset's entry in catalog.json (``folders``: its versions, oldest first;
    ``kept``: versions' entries made before, as for :func:`_version_entries`)."""
    versions = _version_entries(published, dataset_dir, folders, hashes, kept)
    newest = folders[-1]
    desc = _json(newest / "datapackage.json")
    sources = _read_csv(newest / "data" / "sources.csv")
    observed = _column_values(newest / "data" / "observations.csv",
                              ["geography_code", "period"])
    return {
        "name": dataset_dir.name,
        "title": desc.get("title"),
        "title_vi": desc.get("title_vi"),
        "description": desc.get("description"),
        "description_vi": desc.get("description_vi"),
        "keywords": desc.get("keywords", []),
        "licenses": desc.get("licenses", []),
        "publisher": publisher(desc),
        "geographies": _distinct([s.get("geography", "") for s in sources]),
        "geography_codes": _distinct(list(observed["geography_code"])),
        "periods": _distinct([s.get("period", "") for s in sources]
                             + list(observed["period"])),
        "latest": newest.name,
        "latest_path": f"{dataset_dir.name}/latest/",
        "versions": versions,
    }


class KeptEntries:
    """Each dataset's catalog entry, headline rows and citation as a run made them,
    kept in the state folder (``<state>/catalog/<dataset>.json``) under what they were
    made from: the code and schemas, the published folder, and for each version its
    name, the sha256 of its SHA256SUMS and its zip's size and sha256 (kept hashes:
    :class:`KnownHashes`), the file system's signature (device, inode, size, mtime,
    ctime) of each of its folders (a file added or removed changes its folder's mtime)
    and its release time. A version is never changed once published, and the ledger
    checks it against its SHA256SUMS, so the same SHA256SUMS and folders mean the same
    files: a dataset whose versions are as they were is not read again, and of a
    dataset with a new version only that version is listed file by file. ``made``:
    the datasets read (for tests)."""

    def __init__(self, state: Path, published: Path) -> None:
        self.state = Path(state)
        self.published = Path(published)
        self.made: list[str] = []
        self._headlines: dict[str, list[Any]] = {}
        self._citations: dict[str, dict[str, str]] = {}

    def hashes(self, name: str) -> KnownHashes:
        return KnownHashes(self.state / "hashes" / f"{name}.json")

    def _version_key(self, dataset_dir: Path, v: Path, hashes: KnownHashes,
                     releases: dict[str, Any]) -> str:
        """What one version's entry is made from (see the class)."""
        z = dataset_dir / f"{dataset_dir.name}-{v.name}.zip"
        parts = [v.name, hashes.sha256(v / "SHA256SUMS"),
                 [[d.relative_to(v).as_posix(), _signature(d)] for d in _folders(v)],
                 [z.stat().st_size, hashes.sha256(z)] if z.is_file() else None,
                 releases.get(v.name)]
        return hashlib.sha256(json.dumps(parts).encode("utf-8")).hexdigest()

    def entry(self, dataset_dir: Path, folders: list[Path]) -> dict[str, Any]:
        """The dataset's entry: kept, or made again (and kept) if its versions changed,
        each version's entry taken from the kept one while that version is the same."""
        name = dataset_dir.name
        hashes = self.hashes(name)
        releases = read_releases(dataset_dir)
        keys = {v.name: self._version_key(dataset_dir, v, hashes, releases) for v in folders}
        key = hashlib.sha256(json.dumps([code_version(), str(self.published.resolve()), name,
                                         keys]).encode("utf-8")).hexdigest()
        path = self.state / "catalog" / f"{name}.json"
        kept = read_kept(path)
        hashes.save()
        if kept.get("key") == key and isinstance(kept.get("entry"), dict):
            self._headlines[name] = list(kept.get("headlines") or [])  # type: ignore[call-overload]
            self._citations[name] = dict(kept.get("citation") or {})  # type: ignore[call-overload]
            return dict(kept["entry"])  # type: ignore[call-overload]
        self.made.append(name)
        before = kept.get("versions") if kept.get("code") == code_version() \
            and kept.get("published") == str(self.published.resolve()) else None
        same = {v: item[1] for v, item in (before or {}).items()  # type: ignore[attr-defined]
                if isinstance(item, list) and len(item) == 2 and keys.get(v) == item[0]}
        entry = dataset_entry(self.published, dataset_dir, folders, hashes, same)
        newest = folders[-1]
        self._headlines[name] = headline_rows(newest)
        self._citations[name] = citation(newest)
        write_kept(path, {"key": key, "code": code_version(),
                          "published": str(self.published.resolve()), "entry": entry,
                          "versions": {v["version"]: [keys[v["version"]], v]
                                       for v in entry["versions"]},
                          "headlines": self._headlines[name],
                          "citation": self._citations[name]})
        return entry

    def headlines(self, name: str) -> list[dict[str, Any]] | None:
        found = self._headlines.get(name)
        return None if found is None else _views(found)

    def citation(self, name: str) -> dict[str, str] | None:
        return self._citations.get(name)


def _signature(path: Path) -> list[int]:
    st = os.stat(path)
    return [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]


def _folders(version: Path) -> list[Path]:
    """A version's folders: itself and those under it (a handful: data/, its sources/)."""
    found, todo = [], [version]
    while todo:
        d = todo.pop()
        found.append(d)
        with os.scandir(d) as it:
            todo += [Path(e.path) for e in it if e.is_dir(follow_symlinks=False)]
    return sorted(found)


def headlines(version_dir: Path, limit: int = HEADLINES) -> list[dict[str, Any]]:
    """The headline indicators of a version, in the rank the indicator catalog gives them
    (``indicators.headline``, 1 first), each with its observations and, joined from the
    figures and sources tables, the sentence, role and source title of each value."""
    return _views(headline_rows(version_dir, limit))


def _views(found: list[Any]) -> list[dict[str, Any]]:
    from solieu.page import headline_view

    return [headline_view(ind, rows, label) for ind, rows, label in found]


def headline_rows(version_dir: Path, limit: int = HEADLINES) -> list[Any]:
    """What :func:`headlines` shows, as plain values: [indicator, its rows, unit label]
    of each headline indicator (texts only, so that they can be kept as JSON)."""
    data = version_dir / "data"
    ranked = sorted((int(r["headline"]), r["indicator_id"], r)
                    for r in _read_csv(data / "indicators.csv") if r.get("headline"))
    if not ranked:
        return []
    wanted = {r["indicator_id"] for _, _, r in ranked}
    observations = _read_csv(data / "observations.csv", ("indicator_id", wanted))
    figures = _figures(data, {o.get("figure_id", "") for o in observations})
    titles = {s["source_id"]: s.get("title", "") for s in _read_csv(data / "sources.csv")}
    by_indicator: dict[str, list[dict[str, str]]] = {}
    for obs in observations:
        fig = figures.get(obs.get("figure_id", ""), {})
        by_indicator.setdefault(obs["indicator_id"], []).append({
            **obs, "role": obs.get("role") or fig.get("role", ""),
            "sentence": fig.get("sentence", ""),
            "source_title": titles.get(obs.get("source_id", ""), "")})
    out: list[Any] = []
    for _, indicator_id, ind in ranked:
        rows = by_indicator.get(indicator_id)
        if not rows:
            continue
        unit = ind.get("unit", "")
        en, vi = load_terms().unit_names(unit)
        out.append([ind, rows, f"{vi} / {en}"])
        if len(out) == limit:
            break
    return out


def _figures(data: Path, ids: set[str]) -> dict[str, dict[str, str]]:
    """The role and sentence of the figures ``ids``, as their CSV cells: from the
    Parquet file, only those rows and columns (the figures of thousands of reports are
    read for a few headline values), else from the CSV."""
    path = data / "figures.parquet"
    if not path.is_file():
        return {f["figure_id"]: f for f in _read_csv(data / "figures.csv")
                if f["figure_id"] in ids}
    table = pq.read_table(path, columns=["figure_id", "role", "sentence"],
                          filters=[("figure_id", "in", sorted(ids))] if ids else None)
    if not ids:
        return {}
    return {row["figure_id"]: {k: "" if v is None else v for k, v in row.items()}
            for row in table.to_pylist()}


def _search_text(ds: dict[str, Any]) -> str:
    parts = [ds["name"], ds.get("title") or "", ds.get("title_vi") or "",
             ds.get("description") or "", ds.get("description_vi") or "",
             *ds["geographies"], *ds["geography_codes"], *ds["periods"], *ds["keywords"]]
    return " ".join(" ".join(parts).split())


def citation(version_dir: Path) -> dict[str, str]:
    """The reference text and BibTeX of a version, from its datapackage.json (the same
    facts as its CITATION.cff)."""
    desc = _json(version_dir / "datapackage.json")
    if not desc.get("name") or not desc.get("title") or not desc.get("version"):
        return {"text": "", "bibtex": ""}
    facts = citation_of(desc, [])
    return {"text": reference_text(facts), "bibtex": bibtex(facts)}


def page_catalog(catalog: dict[str, Any], published: Path,
                 kept: KeptEntries | None = None) -> dict[str, Any]:
    """The catalog with what the page adds to each dataset: headlines, citation, the
    text the filter box searches (``kept``: as made before, where kept)."""
    datasets = []
    for ds in catalog["datasets"]:
        found = kept.headlines(ds["name"]) if kept else None
        view = {**ds, "headlines": found if found is not None
                else headlines(published / ds["latest_path"]), "search": _search_text(ds)}
        cited = kept.citation(ds["name"]) if kept else None
        view["citation"] = cited if cited is not None else citation(published / ds["latest_path"])
        view["citation_text"] = view["citation"]["text"]
        datasets.append(view)
    return {**catalog, "datasets": datasets}


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    tmp.write_text(text, encoding="utf-8", newline="\n")
    os.replace(tmp, path)  # readers see the old file or the new one, never half


OUTPUTS = ("catalog.json", "catalog.jsonld", "index.html")


def write_catalog(published: Path, *, state: Path | None = None) -> None:
    """Rewrite ``published/catalog.json``, ``catalog.jsonld`` and ``index.html`` from the
    disk.

    Call it under the publishing lock (``solieu.publish.update_catalog`` does), so that
    it never reads a version whose zip is still being put in place. ``state``: where
    each dataset's entry and section of the page are kept between runs
    (:class:`KeptEntries`, :func:`solieu.page.render_index`), so that only datasets with a
    new version are read and rendered; and when catalog.json comes out as the last
    run wrote it, with the three files as it left them, nothing is written."""
    from solieu.page import render_index

    published = Path(published)
    published.mkdir(parents=True, exist_ok=True)
    kept = KeptEntries(state, published) if state else None
    catalog = build_catalog(published, kept)
    base_url = publish_url()
    text = json.dumps(catalog, ensure_ascii=False, indent=2) + "\n"
    record = state / "catalog.json" if state else None
    done = hashlib.sha256(f"{code_version()}\0{text}".encode()).hexdigest()
    before = read_kept(record)
    if before.get("made") == done and before.get("files") == _outputs(published):
        return
    _write_atomic(published / "catalog.json", text)
    _write_atomic(published / "catalog.jsonld",
                  json.dumps(dcat_catalog(catalog, base_url), ensure_ascii=False, indent=2,
                             sort_keys=True) + "\n")
    page = page_catalog(catalog, published, kept)
    _write_atomic(published / "index.html", render_index(
        page, base_url, state / "index-sections.json" if state else None))
    write_kept(record, {"made": done, "files": _outputs(published)})


def _outputs(published: Path) -> list[list[int] | None]:
    """The file system's signature of the three files write_catalog writes."""
    return [_signature(published / n) if (published / n).is_file() else None for n in OUTPUTS]
