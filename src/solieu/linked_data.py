"""Descriptions of the datasets for portals and dataset search engines.

- :func:`schema_org_dataset`: one schema.org ``Dataset`` (JSON-LD), embedded in the
  catalog page for each dataset (what dataset search engines read);
- :func:`dcat_catalog`: the whole catalog as DCAT (the W3C vocabulary, DCAT-AP style:
  ``dcat:Catalog`` > ``dcat:Dataset`` > ``dcat:Distribution``), published as
  ``published/catalog.jsonld`` beside ``catalog.json`` for open-data portals.

Both take the catalog entries built by :mod:`solieu.catalog` and return plain dicts.
Links are relative to ``published/`` unless the package metadata gives the public
address of that folder (``publish_url`` in schemas/package.yaml); a JSON-LD reader
resolves them against the address it read the file from.
"""

from __future__ import annotations

import json
from typing import Any

from markupsafe import Markup

MEDIA_TYPES = {".csv": "text/csv", ".parquet": "application/vnd.apache.parquet",
               ".zip": "application/zip", ".json": "application/json",
               ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}

DCAT_CONTEXT = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "spdx": "http://spdx.org/rdf/terms#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "vcard": "http://www.w3.org/2006/vcard/ns#",
}


def _url(base: str, path: str) -> str:
    return f"{base}{path}" if base else path


def temporal_coverage(periods: list[str]) -> str | None:
    """ISO 8601 coverage of a list of periods: one period, or ``first/last``.

    >>> temporal_coverage(["2023", "2021", "2022"]), temporal_coverage(["2022"])
    ('2021/2023', '2022')
    """
    found = sorted({p for p in periods if p})
    if not found:
        return None
    return found[0] if len(found) == 1 else f"{found[0]}/{found[-1]}"


def _tables(ds: dict[str, Any], version: dict[str, Any]) -> list[dict[str, Any]]:
    """The CSV and Parquet tables of a version, as (path, bytes, sha256) entries."""
    return [f for f in version["files"]
            if f["path"].startswith(f"{version['path']}data/")
            and f["path"].rsplit(".", 1)[-1] in ("csv", "parquet", "xlsx")
            and "/sources/" not in f["path"]]


def _media(path: str) -> str:
    return MEDIA_TYPES.get("." + path.rsplit(".", 1)[-1], "application/octet-stream")


def schema_org_dataset(ds: dict[str, Any], base: str = "") -> dict[str, Any]:
    """A schema.org Dataset for one catalog entry (its newest version)."""
    newest = ds["versions"][0]
    licence = (ds.get("licenses") or [{}])[0]
    distribution = []
    if newest.get("zip"):
        distribution.append({"@type": "DataDownload", "encodingFormat": "application/zip",
                             "contentUrl": _url(base, newest["zip"]["path"]),
                             "contentSize": f"{newest['zip']['bytes']} B",
                             "sha256": newest["zip"]["sha256"]})
    distribution += [{"@type": "DataDownload", "encodingFormat": _media(f["path"]),
                      "contentUrl": _url(base, f["path"]), "contentSize": f"{f['bytes']} B"}
                     for f in _tables(ds, newest)]
    place: dict[str, Any] = {"@type": "Place", "name": "; ".join(ds.get("geographies") or [])
                             or ds["name"]}
    codes = [c for c in ds.get("geography_codes") or [] if c]
    if codes:
        place["identifier"] = codes[0] if len(codes) == 1 else codes
    out: dict[str, Any] = {
        "@context": "https://schema.org/",
        "@type": "Dataset",
        "@id": _url(base, ds["latest_path"]),
        "name": ds.get("title") or ds["name"],
        "alternateName": ds.get("title_vi"),
        "description": ds.get("description") or ds.get("title") or ds["name"],
        "url": _url(base, ds["latest_path"]),
        "identifier": ds["name"],
        "version": newest["version"],
        "inLanguage": ["vi", "en"],
        "isAccessibleForFree": True,
        "keywords": ds.get("keywords") or [],
        "license": licence.get("path") or licence.get("name"),
        "temporalCoverage": temporal_coverage(ds.get("periods") or []),
        "spatialCoverage": place,
        "distribution": distribution,
        "creator": {"@type": "Organization", "name": ds.get("publisher") or "solieu"},
        "citation": ds.get("citation_text"),
    }
    if newest.get("released"):
        out["datePublished"] = newest["released"][:10]
    if ds["versions"][-1].get("released"):
        out["dateCreated"] = ds["versions"][-1]["released"][:10]
    return {k: v for k, v in out.items() if v not in (None, "", [])}


def dcat_catalog(catalog: dict[str, Any], base: str = "") -> dict[str, Any]:
    """The catalog as DCAT JSON-LD: every dataset (newest version) and its downloads."""
    datasets = []
    for ds in catalog["datasets"]:
        newest = ds["versions"][0]
        licence = (ds.get("licenses") or [{}])[0]
        distributions = []
        files = ([newest["zip"]] if newest.get("zip") else []) + _tables(ds, newest)
        for f in files:
            distributions.append({
                "@id": _url(base, f["path"]),
                "@type": "dcat:Distribution",
                "dct:title": f["path"].rsplit("/", 1)[-1],
                "dcat:downloadURL": {"@id": _url(base, f["path"])},
                "dcat:mediaType": {"@id": "https://www.iana.org/assignments/media-types/"
                                          + _media(f["path"])},
                "dcat:byteSize": {"@value": str(f["bytes"]), "@type": "xsd:nonNegativeInteger"},
                "spdx:checksum": {"@type": "spdx:Checksum",
                                  "spdx:algorithm": {"@id": "spdx:checksumAlgorithm_sha256"},
                                  "spdx:checksumValue": f["sha256"]},
                **({"dct:license": {"@id": licence["path"]}} if licence.get("path") else {}),
            })
        entry: dict[str, Any] = {
            "@id": _url(base, ds["latest_path"]),
            "@type": "dcat:Dataset",
            "dct:identifier": ds["name"],
            "dct:title": [{"@value": ds.get("title") or ds["name"], "@language": "en"},
                          *([{"@value": ds["title_vi"], "@language": "vi"}]
                            if ds.get("title_vi") else [])],
            "dct:description": [
                *([{"@value": ds["description"], "@language": "en"}]
                  if ds.get("description") else []),
                *([{"@value": ds["description_vi"], "@language": "vi"}]
                  if ds.get("description_vi") else [])],
            "dcat:keyword": ds.get("keywords") or [],
            "dcat:version": newest["version"],
            "owl:versionInfo": newest["version"],
            "dct:publisher": {"@type": "foaf:Agent",
                              "foaf:name": ds.get("publisher") or "solieu"},
            "dct:spatial": {"@type": "dct:Location",
                            "dct:identifier": [c for c in ds.get("geography_codes") or [] if c],
                            "skos:prefLabel": ds.get("geographies") or []},
            "dcat:distribution": distributions,
        }
        if licence.get("path"):
            entry["dct:license"] = {"@id": licence["path"]}
        periods = sorted(p for p in ds.get("periods") or [] if p)
        if periods:
            entry["dct:temporal"] = {"@type": "dct:PeriodOfTime",
                                     "dcat:startDate": periods[0], "dcat:endDate": periods[-1]}
        if newest.get("released"):
            entry["dct:modified"] = {"@value": newest["released"], "@type": "xsd:dateTime"}
        if ds["versions"][-1].get("released"):
            entry["dct:issued"] = {"@value": ds["versions"][-1]["released"],
                                   "@type": "xsd:dateTime"}
        datasets.append(entry)
    return {
        "@context": {**DCAT_CONTEXT, "skos": "http://www.w3.org/2004/02/skos/core#"},
        "@id": _url(base, "catalog.jsonld"),
        "@type": "dcat:Catalog",
        "dct:title": [{"@value": "solieu open data", "@language": "en"},
                      {"@value": "Dữ liệu mở solieu", "@language": "vi"}],
        "dct:description": [{"@value": "Figures from Vietnamese local-government reports, "
                                       "validated and versioned.", "@language": "en"}],
        "foaf:homepage": {"@id": _url(base, "index.html")},
        "dcat:dataset": datasets,
    }


def script_json(value: Any) -> Markup:
    """JSON for a ``<script type="application/ld+json">`` element: ``<``, ``>`` and ``&``
    escaped as JSON escapes, so no text from a report can close the element."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))
