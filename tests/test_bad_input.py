"""The bad-input corpus: every kind of bad input a careless curator, an attacker or an
unlucky operator gives, each through the `solieu` command line (in-process, for speed).

Every case asserts the exit code, that the message names the file (or folder) at
fault, that nothing of a file outside the project is quoted, and that published/ is
unchanged, byte for byte. `run` is the plain pipeline (the same core steps the Prefect
flow wraps), so a case costs milliseconds, not a Prefect server start.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest

from solieu import cli
from solieu.files import write_sha256sums
from solieu.publish import publish
from solieu.sources import load_dataset, sha256_text
from solieu.tables import build_tables

ROOT = Path(__file__).resolve().parents[1]
# A file outside the project whose content must never appear in a message.
SECRET = "TOP-SECRET-LINE do not print me"
TEXT = ("Tổng thu ngân sách thành phố năm 2022 đạt 1.178 tỷ đồng, tăng 6,2% so với năm "
        "2021. Toàn thành phố có 35 chi bộ.\n")
TEXT_2 = TEXT + "Thành phố có 120 doanh nghiệp thành lập mới.\n"


def sidecar(text: str, **fields: object) -> str:
    meta = {"title": "Báo cáo 2022", "publisher": None, "url": None,
            "geography": "Thành phố Nhỏ", "period": "2022", "language": "vi",
            "retrieved": None, "license": None, "sha256": sha256_text(text)}
    meta.update(fields)
    return "".join(f"{k}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in meta.items())


def dataset_yaml(name: str = "tiny") -> str:
    return (f"name: {name}\ntitle_vi: Số liệu thử\ntitle_en: Test figures\n"
            "description_vi: Bộ dữ liệu thử.\ndescription_en: A test dataset.\n"
            "geography: Thành phố Sơn La\nadministrative_unit: Thành phố Sơn La, Tỉnh Sơn La\n"
            "license: CC-BY-4.0\nkeywords: [test]\n")


def core_run(args, settings) -> int:
    """`solieu run` without Prefect: the plain pipeline the flow wraps."""
    from solieu import pipeline

    pipeline.run(settings, list(args.datasets) or None)
    return 0


def tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name != ".publish.lock"}


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """A project with raw/tiny (one report) and published/tiny 1.0.0 and 1.1.0 (a sentence added)."""
    root = tmp_path_factory.mktemp("template")
    raw = root / "raw" / "tiny"
    raw.mkdir(parents=True)
    (raw / "dataset.yaml").write_text(dataset_yaml(), encoding="utf-8")
    (raw / "2022-report.txt").write_text(TEXT, encoding="utf-8")
    (raw / "2022-report.yaml").write_text(sidecar(TEXT), encoding="utf-8")
    published = root / "published"
    publish(load_dataset(raw), build_tables(load_dataset(raw)), published)
    (raw / "2022-report.txt").write_text(TEXT_2, encoding="utf-8")
    (raw / "2022-report.yaml").write_text(sidecar(TEXT_2), encoding="utf-8")
    publish(load_dataset(raw), build_tables(load_dataset(raw)), published)
    (root / "outside").mkdir()
    (root / "outside" / "secret.txt").write_text(f"{SECRET}\n", encoding="utf-8")
    (root / "outside" / "x").mkdir()
    (root / "outside" / "x" / "dataset.yaml").write_text(dataset_yaml("x"), encoding="utf-8")
    return root


@pytest.fixture
def project(template, tmp_path) -> Path:
    root = tmp_path / "p"
    shutil.copytree(template, root, symlinks=True)
    return root


# --- the cases ----------------------------------------------------------------------

@dataclass
class Case:
    kind: str
    setup: Callable[[Path], list[str]]  # damages the project, returns the argv
    code: int
    names: str  # a part of the path at fault, which the message must show
    says: str  # words of the message (a regular expression)


def write(rel: str, data: str | bytes) -> Callable[[Path], None]:
    def do(root: Path) -> None:
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            p.write_bytes(data)
        else:
            p.write_text(data, encoding="utf-8")
    return do


def run(*extra: str) -> Callable[[Path], list[str]]:
    return lambda root: ["run", "--raw", str(root / "raw"), "--published",
                         str(root / "published"), *extra]


def then(*steps: Callable[[Path], object], argv: Callable[[Path], list[str]] | None = None):
    def do(root: Path) -> list[str]:
        for s in steps:
            s(root)
        return (argv or run())(root)
    return do


def link(rel: str, target: str) -> Callable[[Path], None]:
    def do(root: Path) -> None:
        p = root / rel
        if p.is_dir() and not p.is_symlink():
            shutil.rmtree(p)
        p.unlink(missing_ok=True)
        os.symlink(root / target, p)
    return do


def remove(rel: str) -> Callable[[Path], None]:
    def do(root: Path) -> None:
        p = root / rel
        shutil.rmtree(p) if p.is_dir() and not p.is_symlink() else p.unlink()
    return do


def report(text: str | bytes, **fields: object) -> Callable[[Path], None]:
    """Replace the report (and its sidecar, hash made to fit unless given)."""
    def do(root: Path) -> None:
        raw = root / "raw" / "tiny"
        if isinstance(text, bytes):
            (raw / "2022-report.txt").write_bytes(text)
            return
        (raw / "2022-report.txt").write_text(text, encoding="utf-8")
        (raw / "2022-report.yaml").write_text(sidecar(text, **fields), encoding="utf-8")
    return do


def side(extra: str) -> Callable[[Path], None]:
    """Replace the sidecar with a text of one's own."""
    return write("raw/tiny/2022-report.yaml", extra)


def fifo(rel: str) -> Callable[[Path], None]:
    def do(root: Path) -> None:
        (root / rel).unlink(missing_ok=True)
        os.mkfifo(root / rel)
    return do


def sparse(rel: str, size: int) -> Callable[[Path], None]:
    def do(root: Path) -> None:
        with open(root / rel, "wb") as f:
            f.truncate(size)
    return do


def edit_parquet(version: str) -> Callable[[Path], None]:
    def do(root: Path) -> None:
        p = root / "published" / "tiny" / version / "data" / "observations.parquet"
        df = pd.read_parquet(p)
        df.loc[0, "value"] = 1.0
        df.to_parquet(p)
    return do


def resum(version: str) -> Callable[[Path], None]:
    def do(root: Path) -> None:
        v = root / "published" / "tiny" / version
        (v / "README.md").write_text("edited\n", encoding="utf-8")
        write_sha256sums(v)
    return do


def package_edit(change: Callable[[dict, Path], None]) -> Callable[[Path], list[str]]:
    """validate on a copy of tiny 1.1.0 whose datapackage.json ``change`` edits."""
    def do(root: Path) -> list[str]:
        pkg = root / "pkg"
        shutil.copytree(root / "published" / "tiny" / "1.1.0", pkg)
        desc = json.loads((pkg / "datapackage.json").read_text(encoding="utf-8"))
        change(desc, root)
        (pkg / "datapackage.json").write_text(json.dumps(desc), encoding="utf-8")
        return ["validate", str(pkg)]
    return do


def resource(desc: dict, name: str) -> dict:
    return next(r for r in desc["resources"] if r["name"] == name)


def csv_link(desc: dict, root: Path) -> None:
    p = root / "pkg" / "data" / "indicators.csv"
    p.unlink()
    os.symlink(root / "outside" / "secret.txt", p)


def sources_row(desc: dict, root: Path) -> None:
    p = root / "pkg" / "data" / "sources.csv"
    lines = p.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[1] = lines[1].replace("2022-report", "../../../outside/secret", 1)
    p.write_text("".join(lines), encoding="utf-8")
    (root / "pkg" / "data" / "figures.csv").write_text(
        (root / "pkg" / "data" / "figures.csv").read_text(encoding="utf-8")
        .replace("2022-report", "../../../outside/secret"), encoding="utf-8")
    for r in desc["resources"]:
        r.pop("hash", None)
        r.pop("bytes", None)


def checks_link(desc: dict, root: Path) -> None:
    (root / "pkg" / "checks.yaml").unlink()
    os.symlink(root / "outside" / "secret.txt", root / "pkg" / "checks.yaml")


BILLION_LAUGHS = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{c}: &{c} [{', '.join(['*' + p] * 9)}]\n" for p, c in zip("abcdefgh", "bcdefghi", strict=False))
DEEP = "a: " + "[" * 100_000 + "]" * 100_000 + "\n"
VERIFY = lambda root: ["verify", str(root / "published")]  # noqa: E731

CASES = [
    # dataset names and selection: checked before anything runs
    Case("dataset path leaving raw/", then(argv=run("../outside/x")), 2, "../outside/x", "naming rule"),
    Case("dataset name with a space", then(argv=run("a b")), 2, "a b", "naming rule"),
    Case("dataset name CON", then(argv=run("CON")), 2, "CON", "naming rule"),
    Case("dataset name con (reserved)", then(argv=run("con")), 2, "con", "Windows reserves"),
    Case("dataset name with diacritics", then(argv=run("sơn-la")), 2, "sơn-la", "naming rule"),
    Case("unknown dataset", then(argv=run("nope")), 2, "raw", "no dataset nope"),
    Case("raw folder missing", then(remove("raw")), 2, "raw", "no such folder"),
    Case("folder without dataset.yaml", then(write("raw/draft/notes.txt", "x")), 2, "raw/draft",
         "without dataset.yaml"),
    Case("dataset folder named badly", then(lambda r: shutil.copytree(r / "raw/tiny", r / "raw/Tiny")),
         2, "raw/Tiny", "naming rule"),
    Case("dataset folder is a link outside", then(link("raw/tiny", "outside/x")), 2, "raw/tiny",
         "link"),
    # dataset.yaml
    Case("dataset.yaml not YAML", then(write("raw/tiny/dataset.yaml", "name: [tiny\n")), 2,
         "dataset.yaml", "not valid YAML"),
    Case("dataset.yaml name differs", then(write("raw/tiny/dataset.yaml", dataset_yaml("other"))), 2,
         "dataset.yaml", "field 'name'"),
    Case("dataset.yaml field missing", then(write("raw/tiny/dataset.yaml", "name: tiny\n")), 2,
         "dataset.yaml", "missing key"),
    Case("dataset.yaml billion laughs", then(write("raw/tiny/dataset.yaml", BILLION_LAUGHS)), 2,
         "dataset.yaml", "alias"),
    Case("dataset.yaml nested 100,000 deep", then(write("raw/tiny/dataset.yaml", DEEP)), 2,
         "dataset.yaml", "nesting depth"),
    Case("dataset.yaml of 2 MB", then(write("raw/tiny/dataset.yaml", "# x\n" * 500_000)), 2,
         "dataset.yaml", "larger than"),
    Case("dataset.yaml links to a foreign file", then(link("raw/tiny/dataset.yaml", "outside/secret.txt")),
         2, "dataset.yaml", "symbolic link"),
    Case("dataset.yaml not UTF-8", then(write("raw/tiny/dataset.yaml", "name: t\xe2y\n".encode("cp1252"))),
         2, "dataset.yaml", "UTF-8"),
    Case("dataset.yaml is a folder", then(remove("raw/tiny/dataset.yaml"),
                                          write("raw/tiny/dataset.yaml/x", "")), 2, "dataset.yaml",
         "not a regular file"),
    # reports
    Case("report with upper-case suffix", then(lambda r: (r / "raw/tiny/2022-report.txt").rename(
        r / "raw/tiny/2022-report.TXT")), 2, "2022-report.TXT", "lowercase"),
    Case("orphan sidecar", then(write("raw/tiny/2023-report.yaml", sidecar(TEXT))), 2,
         "2023-report.yaml", "without its report"),
    Case("report without sidecar", then(write("raw/tiny/2023-report.txt", TEXT)), 2,
         "2023-report.yaml", "missing sidecar"),
    Case("report named with spaces", then(write("raw/tiny/Báo cáo.txt", TEXT)), 2, "Báo cáo.txt",
         "naming rule"),
    Case("report named aux", then(write("raw/tiny/aux.txt", TEXT), write("raw/tiny/aux.yaml", sidecar(TEXT))),
         2, "aux.txt", "Windows reserves"),
    Case("empty report", then(report("")), 2, "2022-report.txt", "is empty"),
    Case("whitespace-only report", then(report(" \n\n\t\n")), 2, "2022-report.txt", "is empty"),
    Case("report not UTF-8", then(report(TEXT.encode("utf-16"))), 2, "2022-report.txt", "UTF-8"),
    Case("report with NUL bytes", then(report(b"abc\x00def")), 2, "2022-report.txt", "binary"),
    Case("report links to a foreign file", then(
        link("raw/tiny/2022-report.txt", "outside/secret.txt"),
        write("raw/tiny/2022-report.yaml", sidecar(f"{SECRET}\n"))), 2, "2022-report.txt",
         "symbolic link|must be a plain file"),
    Case("report is a pipe", then(fifo("raw/tiny/2022-report.txt")), 2, "2022-report.txt",
         "not a regular file"),
    Case("report is a folder", then(remove("raw/tiny/2022-report.txt"), write("raw/tiny/2022-report.txt/x", "")),
         2, "2022-report.txt", "folder"),
    Case("report over the size limit", then(sparse("raw/tiny/2022-report.txt", 60 << 20)), 2,
         "2022-report.txt", "size limit"),
    Case("report changed, sidecar hash not", then(write("raw/tiny/2022-report.txt", TEXT + "x")), 2,
         "2022-report.yaml", "sha256"),
    Case("dataset without reports", then(remove("raw/tiny/2022-report.txt"), remove("raw/tiny/2022-report.yaml")),
         2, "raw/tiny", r"no <source_id>\.txt|has no sources"),
    Case("stray file in a dataset", then(write("raw/tiny/notes.md", "x")), 2, "notes.md", "not a report"),
    Case("sub-folder in a dataset", then(write("raw/tiny/old/x.txt", "x")), 2, "raw/tiny/old", "folder"),
    Case("sidecar with .yml suffix", then(write("raw/tiny/2022-report.yml", "x: 1")), 2, "2022-report.yml",
         "rename"),
    # sidecars
    Case("period 2022-13", then(report(TEXT_2, period="2022-13")), 2, "2022-report.yaml", "'period'"),
    Case("period as a number", then(report(TEXT_2, period=2022)), 2, "2022-report.yaml", "'period'"),
    Case("retrieved 2022-02-30", then(report(TEXT_2, retrieved="2022-02-30")), 2, "2022-report.yaml",
         "'retrieved'"),
    Case("url not http", then(report(TEXT_2, url="file:///etc/passwd")), 2, "2022-report.yaml", "'url'"),
    Case("unknown sidecar field", then(report(TEXT_2, author="x")), 2, "2022-report.yaml", "author"),
    Case("sidecar field missing", then(side("title: x\n")), 2, "2022-report.yaml", "missing key"),
    Case("sidecar is a list", then(side("- a\n- b\n")), 2, "2022-report.yaml", "not of type 'object'"),
    Case("sidecar not YAML", then(side("title: [x\n")), 2, "2022-report.yaml", "line"),
    Case("sidecar with a tab", then(side("title:\tx\n\t- y\n")), 2, "2022-report.yaml", "YAML"),
    Case("sidecar billion laughs", then(side(BILLION_LAUGHS)), 2, "2022-report.yaml", "alias"),
    Case("sidecar nested 100,000 deep", then(side(DEEP)), 2, "2022-report.yaml", "nesting depth"),
    Case("sidecar of 2 MB", then(side("# x\n" * 500_000)), 2, "2022-report.yaml", "larger than"),
    Case("sidecar links to a foreign file", then(link("raw/tiny/2022-report.yaml", "outside/secret.txt")),
         2, "2022-report.yaml", "symbolic link"),
    Case("sidecar with a 400-digit number", then(side(sidecar(TEXT_2).replace('"2022"', "1" * 400))), 2,
         "2022-report.yaml", "'period'"),
    # the published folder disagrees with its ledger: nothing is built on it
    Case("newest version's value rewritten", then(edit_parquet("1.1.0")), 2,
         "1.1.0/data/observations.parquet", "verify --repair"),
    Case("newest version and zip deleted", then(remove("published/tiny/1.1.0"),
                                                remove("published/tiny/tiny-1.1.0.zip")), 2,
         "published/tiny/1.1.0", "ledger records"),
    Case("old version deleted", then(remove("published/tiny/1.0.0")), 2, "published/tiny/1.0.0",
         "ledger records"),
    Case("version not on record", then(lambda r: shutil.copytree(r / "published/tiny/1.1.0",
                                                                 r / "published/tiny/1.1.1")), 2,
         "published/tiny/1.1.1", "not in tiny/ledger.jsonl"),
    Case("ledger line garbled", then(write("published/tiny/ledger.jsonl", "{oops\n")), 2,
         "ledger.jsonl", "line 1"),
    Case("ledger deleted", then(remove("published/tiny/ledger.jsonl")), 2, "ledger.jsonl",
         "--init-ledger"),
    Case("SHA256SUMS rewritten to fit an edit", then(resum("1.1.0")), 2, "1.1.0/SHA256SUMS",
         "differs from the ledger"),
    Case("zip deleted and folder edited", then(remove("published/tiny/tiny-1.1.0.zip"),
                                               write("published/tiny/1.1.0/CHANGELOG.md", "x")), 2,
         "CHANGELOG.md", "Restore"),
    # verify
    Case("verify raw/", lambda r: ["verify", str(r / "raw")], 1, "raw", "not a published folder"),
    Case("verify a missing folder", lambda r: ["verify", str(r / "nope")], 1, "nope", "no such folder"),
    Case("verify: old version deleted", then(remove("published/tiny/1.0.0"), argv=VERIFY), 1,
         "tiny/1.0.0", "missing"),
    Case("verify: zip damaged", then(write("published/tiny/tiny-1.0.0.zip", b"PK"), argv=VERIFY), 1,
         "tiny-1.0.0.zip", "zip"),
    Case("verify: ledger garbled", then(write("published/tiny/ledger.jsonl", "x\n"), argv=VERIFY), 1,
         "ledger.jsonl", "line 1"),
    Case("init-ledger over a damaged version", then(
        remove("published/tiny/ledger.jsonl"), write("published/tiny/1.0.0/README.md", "x"),
        argv=lambda r: ["verify", "--init-ledger", str(r / "published")]), 1, "1.0.0/README.md",
        "sha256 differs"),
    # extract
    Case("extract /dev/zero", lambda r: ["extract", "/dev/zero"], 2, "/dev/zero", "not a regular file"),
    Case("extract a pipe", then(fifo("pipe.txt"), argv=lambda r: ["extract", str(r / "pipe.txt")]), 2,
         "pipe.txt", "not a regular file"),
    Case("extract a missing file", lambda r: ["extract", str(r / "nope.txt")], 2, "nope.txt", "no such file"),
    Case("extract a folder", lambda r: ["extract", str(r / "raw")], 2, "raw", "folder"),
    Case("extract a binary file", then(write("b.txt", b"\x00\x01"), argv=lambda r: ["extract", str(r / "b.txt")]),
         2, "b.txt", "binary"),
    Case("extract windows-1258 text", then(write("v.txt", "Thu ngân sách".encode("cp1258")),
                                           argv=lambda r: ["extract", str(r / "v.txt")]), 2, "v.txt", "UTF-8"),
    Case("extract a 60 MB file", then(sparse("big.txt", 60 << 20), argv=lambda r: ["extract", str(r / "big.txt")]),
         2, "big.txt", "size limit"),
    # validate: reads nothing outside the package, fetches nothing
    Case("validate deeply nested JSON", then(write("deep/datapackage.json", "[" * 100_000 + "]" * 100_000),
                                             argv=lambda r: ["validate", str(r / "deep")]), 2,
         "datapackage.json", "nested too deeply"),
    Case("validate a missing package", lambda r: ["validate", str(r / "nope")], 2, "nope", "no such file"),
    Case("validate a file that is not JSON", then(write("pkg2/datapackage.json", "{x"),
                                                  argv=lambda r: ["validate", str(r / "pkg2")]), 2,
         "datapackage.json", "JSON"),
    Case("validate JSON without resources", then(write("pkg3/datapackage.json", "{}"),
                                                 argv=lambda r: ["validate", str(r / "pkg3")]), 2,
         "datapackage.json", "resources"),
    Case("validate a remote $schema", package_edit(
        lambda d, r: d.update({"$schema": "http://127.0.0.1:9/profile.json"})), 1, "$schema",
        "not fetched"),
    Case("validate a remote resource path", package_edit(
        lambda d, r: resource(d, "figures").update(path="http://127.0.0.1:9/f.csv")), 1, "/path",
        "remote address"),
    Case("validate a schema given as a URL", package_edit(
        lambda d, r: resource(d, "figures").update(schema="https://127.0.0.1:9/s.json")), 1, "/schema",
        "not fetched"),
    Case("validate a schema path outside", package_edit(
        lambda d, r: resource(d, "figures").update(schema="../outside/secret.txt")), 1, "/schema",
        "inside the package"),
    Case("validate a CSV that links outside", package_edit(csv_link), 1, "indicators", "inside the package"),
    Case("validate a source_id leaving the package", package_edit(sources_row), 1, "sources",
         "missing"),
    Case("validate checks.yaml linking outside", package_edit(checks_link), 1, "checks.yaml", "link"),
]


@pytest.mark.parametrize("case", CASES, ids=[c.kind for c in CASES])
def test_bad_input_is_refused_naming_the_file(case, project, monkeypatch, capsys):
    monkeypatch.setattr(cli, "cmd_run", core_run)
    argv = case.setup(project)
    before = tree(project / "published")
    code = cli.main(argv)
    out, err = capsys.readouterr()
    said = out + err
    assert code == case.code, said
    assert case.names in said, said
    assert re.search(case.says, said), said
    assert SECRET not in said
    assert "Traceback" not in said
    assert tree(project / "published") == before
    if case.code == 2:  # one line on stderr says it all
        assert err.startswith("solieu: ") and err.count("\n") == 1, err


def test_the_corpus_is_large():
    assert len(CASES) >= 60
    assert len({c.kind for c in CASES}) == len(CASES)


def test_validate_makes_no_network_request(template, tmp_path, monkeypatch):
    """With every connection refused, a package validates as before, and one naming a
    remote profile is reported without an attempt to fetch it."""
    import socket

    from solieu.validate import validate_package

    tried: list[object] = []

    def refuse(self, address):  # noqa: ANN001
        tried.append(address)
        raise OSError("no network in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    pkg = tmp_path / "pkg"
    shutil.copytree(template / "published" / "tiny" / "1.1.0", pkg)
    assert validate_package(pkg).valid
    desc = json.loads((pkg / "datapackage.json").read_text(encoding="utf-8"))
    desc["$schema"] = "http://127.0.0.1:9/profile.json"
    (pkg / "datapackage.json").write_text(json.dumps(desc), encoding="utf-8")
    report = validate_package(pkg)
    assert not report.valid and "not fetched" in report.to_text()
    assert tried == []
