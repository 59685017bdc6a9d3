"""The built wheel works outside a checkout: schemas and flows are installed with it."""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
TEXT = "Tổng thu ngân sách năm 2022 đạt 1.178 tỷ đồng, tăng 6,2% so với năm 2021.\n"


def run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=900, **kw)
    assert done.returncode == 0, f"{cmd}:\n{done.stdout[-3000:]}{done.stderr[-3000:]}"
    return done


@pytest.mark.slow
def test_the_wheel_installed_in_a_new_venv_extracts_a_text_anywhere(tmp_path):
    # A clean copy of what a fresh clone builds from (no caches, no .venv, no raw/).
    source = tmp_path / "clone"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, source / name)
    for name in ("src", "schemas", "flows"):
        shutil.copytree(REPO / name, source / name,
                        ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    dist = tmp_path / "dist"
    run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(dist),
         str(source)])
    [wheel] = dist.glob("solieu-*.whl")
    # Pure Python, even built from a checkout where `make install` compiled the extractor.
    assert wheel.name.endswith("-py3-none-any.whl"), wheel.name
    with zipfile.ZipFile(wheel) as contents:
        assert not [n for n in contents.namelist() if n.endswith((".so", ".pyd", ".stamp"))], contents.namelist()

    # A new venv outside the checkout. Its dependencies (Prefect, pandas, ...) are this
    # environment's, reached through a .pth file so that no network is needed; solieu
    # itself comes only from the wheel (the editable install here is not on that path).
    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", str(venv)])
    bin_dir = venv / "bin"
    site = Path(run([str(bin_dir / "python"), "-c",
                     "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).stdout.strip())
    (site / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", "utf-8")
    run([str(bin_dir / "python"), "-m", "pip", "install", "--quiet", "--no-deps",
         "--no-index", str(wheel)])

    work = tmp_path / "somewhere"
    work.mkdir()
    (work / "report.txt").write_text(TEXT, encoding="utf-8")
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "VIRTUAL_ENV") and not k.startswith("SOLIEU_")}
    done = run([str(bin_dir / "solieu"), "extract", "report.txt"], cwd=work, env=env)
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert {(r["surface"], float(r["value"]), r["unit"]) for r in rows} >= {
        ("1.178", 1178e9, "VND"), ("6,2%", 6.2, "percent")}, done.stdout
    found = run([str(bin_dir / "python"), "-c",
                 "import solieu, flows.pipeline; print(solieu.SCHEMAS); "
                 "print(flows.pipeline.__file__); from solieu import page; "
                 "print(page.__file__)"], cwd=work, env=env).stdout.split()
    assert all(p.startswith(str(site)) for p in found), found  # not this checkout's
    assert (Path(found[0]) / "tables" / "figures.schema.json").is_file()
    # The catalog page's templates are installed with the package.
    assert (Path(found[2]).parent / "templates" / "index.html.j2").is_file()
