"""Where a run reads and writes: one settings object, the project where the user is."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from solieu import SCHEMAS
from solieu.settings import Settings, find_root, from_environment
from solieu.sources import InputError

REPO = Path(__file__).resolve().parents[1]


def project(tmp_path: Path) -> Path:
    """A project folder with raw/son-la-city copied in, and a subfolder to stand in."""
    root = tmp_path / "project"
    shutil.copytree(REPO / "raw" / "son-la-city", root / "raw" / "son-la-city")
    (root / "notes" / "deep").mkdir(parents=True)
    return root


@pytest.mark.parametrize("where", ["root", "notes", "notes/deep"])
def test_the_project_is_the_nearest_folder_with_raw(tmp_path, where):
    root = project(tmp_path)
    assert find_root(root / where) == root.resolve()


def test_a_pyproject_of_solieu_marks_the_project_and_another_does_not(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "pyproject.toml").write_text('[project]\nname = "other"\n', "utf-8")
    assert find_root(tmp_path / "a" / "b") == (tmp_path / "a" / "b").resolve()
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "solieu"\n', "utf-8")
    assert find_root(tmp_path / "a" / "b") == tmp_path.resolve()


def test_no_project_anywhere_means_the_current_folder(tmp_path):
    assert find_root(tmp_path) == tmp_path.resolve()


def test_root_argument_then_solieu_home_then_the_current_folder(tmp_path):
    root = project(tmp_path)
    other = tmp_path / "other"
    env = {"SOLIEU_HOME": str(other)}
    assert from_environment({}, root / "notes").root == root.resolve()
    assert from_environment(env, root / "notes").root == other.resolve()
    assert from_environment(env, root, root=tmp_path / "given").root == (tmp_path / "given").resolve()


def test_every_folder_follows_the_root_unless_given():
    s = from_environment({"PREFECT_HOME": "/state", "SOLIEU_TASK_RUNNER": " Dask ",
                          "SOLIEU_DASK_ADDRESS": "tcp://10.0.0.5:8786"},
                         Path("/nowhere"), root="/p", published="/open/data")
    assert (s.raw, s.published, s.quarantine) == (Path("/p/raw"), Path("/open/data"),
                                                  Path("/open/quarantine"))
    assert s.state == Path("/state")
    assert (s.task_runner, s.dask_address) == ("dask", "tcp://10.0.0.5:8786")
    assert s.report_size_limit == 50 * 1024 * 1024
    assert s.schemas == SCHEMAS  # the schemas installed with the package


def test_settings_are_frozen_and_checked():
    s = Settings.for_root("/p")
    with pytest.raises(AttributeError):
        s.raw = Path("/elsewhere")  # type: ignore[misc]
    with pytest.raises(InputError, match="task runner 'processes': unknown.*SOLIEU_TASK_RUNNER"):
        from_environment({"SOLIEU_TASK_RUNNER": "processes"}, Path("/p"))


def test_no_module_reads_the_environment_but_the_edges():
    """The command line, the flow and its server's launcher read os.environ; nothing else does."""
    readers = {str(p.relative_to(REPO)) for folder in ("src", "flows")
               for p in (REPO / folder).rglob("*.py") if "os.environ" in p.read_text("utf-8")}
    assert readers <= {"src/solieu/cli.py", "flows/pipeline.py", "flows/deploy.py",
                       "flows/embedded.py"}



@pytest.mark.slow
def test_a_run_from_a_copy_of_the_project_reads_and_publishes_the_copy(tmp_path):
    """The installed package lives in this checkout; the user stands in a copy."""
    root = project(tmp_path)
    checkout = sorted((REPO / "published").rglob("*"))
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PREFECT_", "SOLIEU_"))}
    env["PREFECT_HOME"] = str(tmp_path / "state")
    done = subprocess.run([sys.executable, "-m", "solieu.cli", "run"], cwd=root / "notes",
                          env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "son-la-city: published version 1.0.0" in done.stdout
    assert (root / "published" / "son-la-city" / "1.0.0" / "datapackage.json").is_file()
    assert (root / "published" / "catalog.json").is_file()
    assert sorted((REPO / "published").rglob("*")) == checkout  # the checkout's is untouched


@pytest.mark.parametrize("how", ["--root before", "--root after", "SOLIEU_HOME"])
def test_the_command_line_works_on_the_project_it_is_given(tmp_path, how):
    env = {k: v for k, v in os.environ.items() if not k.startswith("SOLIEU_")}
    args = {"--root before": ["--root", str(tmp_path), "verify"],
            "--root after": ["verify", "--root", str(tmp_path)],
            "SOLIEU_HOME": ["verify"]}[how]
    if how == "SOLIEU_HOME":
        env["SOLIEU_HOME"] = str(tmp_path)
    done = subprocess.run([sys.executable, "-m", "solieu.cli", *args], cwd=REPO, env=env,
                          capture_output=True, text=True)
    assert f"{tmp_path / 'published'}: no such folder" in done.stdout + done.stderr


def test_worker_processes_are_a_setting_read_once():
    from solieu.settings import cores

    assert from_environment({}, Path("/p")).processes == cores()
    assert from_environment({"SOLIEU_PROCESSES": "1"}, Path("/p")).processes == 1
    assert from_environment({"SOLIEU_PROCESSES": "1"}, Path("/p"), processes=3).processes == 3
    with pytest.raises(InputError, match="SOLIEU_PROCESSES='two': give a number"):
        from_environment({"SOLIEU_PROCESSES": "two"}, Path("/p"))
    with pytest.raises(InputError, match="processes 0: give 1 or more"):
        from_environment({"SOLIEU_PROCESSES": "0"}, Path("/p"))
