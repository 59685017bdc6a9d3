"""The real thing: a Prefect server, prefect.yaml deployed, a worker, a run from the API.

Everything runs in a temporary copy of the project (raw/, schemas/, flows/,
prefect.yaml; SOLIEU_HOME points at it) with its own PREFECT_HOME, so the real
published/ and .prefect/ are never touched. About a minute on two cores.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

PROJECT = Path(__file__).resolve().parents[1]
DEPLOYMENTS = ("publish-datasets/nightly", "publish-datasets/manual")
SERVER_TIMEOUT = 120  # seconds: a cold server creates its database first
RUN_TIMEOUT = 150


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start(cmd: list[str], cwd: Path, env: dict[str, str], log: Path) -> subprocess.Popen:
    # A session of its own, so the whole process group (the worker's flow-run
    # subprocesses, the server's services) can be stopped at once.
    return subprocess.Popen(
        cmd, cwd=cwd, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=15)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait(timeout=5)


def wait_healthy(url: str, server: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + SERVER_TIMEOUT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"prefect server exited:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    pytest.fail(f"prefect server not healthy after {SERVER_TIMEOUT} s:\n{log.read_text()[-3000:]}")


def deploy(home: Path, env: dict[str, str]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "flows.deploy"], cwd=home, env=env,
        capture_output=True, text=True, timeout=180,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    """A project copy, a server on a free port, the deployments, and a worker."""
    tmp = tmp_path_factory.mktemp("e2e")
    home = tmp / "project"
    home.mkdir()
    for name in ("raw", "schemas", "flows"):
        shutil.copytree(PROJECT / name, home / name,
                        ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(PROJECT / "prefect.yaml", home / "prefect.yaml")
    (home / "published").mkdir()

    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(
        PREFECT_HOME=str(tmp / "prefect-home"),
        PREFECT_API_URL=api,
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        PREFECT_SERVER_UI_ENABLED="false",
        SOLIEU_HOME=str(home),
    )
    procs: list[subprocess.Popen] = []
    server_log, worker_log = tmp / "server.log", tmp / "worker.log"
    try:
        server_env = {k: v for k, v in env.items() if k != "PREFECT_API_URL"}
        procs.append(start(
            [sys.executable, "-m", "prefect", "server", "start",
             "--host", "127.0.0.1", "--port", str(port)],
            home, server_env, server_log,
        ))
        wait_healthy(api, procs[0], server_log)
        deploy(home, env)
        procs.append(start(
            [sys.executable, "-m", "prefect", "worker", "start",
             "--pool", "solieu-pool", "--type", "process"],
            home, env, worker_log,
        ))
        yield {"home": home, "env": env, "api": api, "worker_log": worker_log}
    finally:
        for proc in reversed(procs):
            stop(proc)


@pytest.fixture
def client(stack):
    """A Prefect client on the test server (settings read from the environment)."""
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings(updates={PREFECT_API_URL: stack["api"]}):
        with get_client(sync_client=True) as c:
            yield c


def wait_final(client, flow_run_id, worker_log: Path):
    deadline = time.monotonic() + RUN_TIMEOUT
    while time.monotonic() < deadline:
        run = client.read_flow_run(flow_run_id)
        if run.state and run.state.is_final():
            return run
        time.sleep(1)
    pytest.fail(f"flow run not finished after {RUN_TIMEOUT} s; worker log:\n"
                f"{worker_log.read_text()[-4000:]}")


def test_manual_run_from_the_api_publishes_with_artifacts(stack, client):
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    deployment = client.read_deployment_by_name("publish-datasets/manual")
    # What the UI's Run > Custom run button does: a flow run with parameters.
    run = client.create_flow_run_from_deployment(
        deployment.id,
        parameters={"datasets": ["son-la-city"], "release_note": "Chạy thử từ giao diện."},
    )
    run = wait_final(client, run.id, stack["worker_log"])
    assert run.state.is_completed(), (run.state, stack["worker_log"].read_text()[-4000:])
    assert run.parameters["datasets"] == ["son-la-city"]

    dataset_dir = stack["home"] / "published" / "son-la-city"
    versions = [p.name for p in dataset_dir.iterdir() if p.name[0].isdigit() and p.is_dir()]
    assert len(versions) == 1
    version = versions[0]
    package = json.loads((dataset_dir / version / "datapackage.json").read_text("utf-8"))
    assert package["version"] == version
    assert "Chạy thử từ giao diện." in (dataset_dir / version / "CHANGELOG.md").read_text("utf-8")

    artifacts = client.read_artifacts(
        artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[run.id]))
    )
    by_key = {a.key: a for a in artifacts}
    assert {"son-la-city-summary", "son-la-city-changes", "son-la-city-published"} <= set(by_key)
    assert by_key["son-la-city-summary"].type == "markdown"
    assert f"published version {version}" in by_key["son-la-city-summary"].data
    assert by_key["son-la-city-changes"].type == "table"
    assert f"http://127.0.0.1:8000/son-la-city/{version}/" in by_key["son-la-city-published"].data


def test_a_manual_run_during_the_nightly_one_waits_and_publishes_nothing_twice(stack, client):
    dataset_dir = stack["home"] / "published" / "son-la-city"
    before = sorted(p.name for p in dataset_dir.iterdir())
    nightly = client.read_deployment_by_name("publish-datasets/nightly")
    manual = client.read_deployment_by_name("publish-datasets/manual")
    # Both are queued at once, with force so that each really extracts and publishes.
    runs = [client.create_flow_run_from_deployment(d.id, parameters={"force": True})
            for d in (nightly, manual)]
    done = [wait_final(client, r.id, stack["worker_log"]) for r in runs]
    assert all(r.state.is_completed() for r in done), [r.state for r in done]
    first, second = sorted(done, key=lambda r: r.start_time)
    assert first.end_time <= second.start_time, "the two runs overlapped"
    # Same input as the run before: neither of them published a version.
    assert sorted(p.name for p in dataset_dir.iterdir()) == before


def test_schedule_concurrency_and_redeploy(stack, client):
    nightly = client.read_deployment_by_name("publish-datasets/nightly")
    manual = client.read_deployment_by_name("publish-datasets/manual")
    assert len(nightly.schedules) == 1
    schedule = nightly.schedules[0]
    assert schedule.schedule.cron == "0 2 * * *"
    assert schedule.schedule.timezone == "Asia/Ho_Chi_Minh"
    assert schedule.active
    assert manual.schedules == []
    for d in (nightly, manual):
        assert d.global_concurrency_limit is not None
        assert d.global_concurrency_limit.limit == 1
        assert d.entrypoint == "flows/pipeline.py:publish_datasets"
        assert d.work_pool_name == "solieu-pool"
    assert client.read_work_pool("solieu-pool").concurrency_limit == 1
    # The UI's run form: typed parameters, each with a description.
    form = manual.parameter_openapi_schema["properties"]
    assert form["force"]["type"] == "boolean"
    for name in ("datasets", "force", "dry_run", "release_note"):
        assert form[name].get("description"), name

    # An operator pauses the nightly schedule and the manual deployment in the UI;
    # deploying again must neither add a schedule nor switch them back on.
    client.update_deployment_schedule(nightly.id, schedule.id, active=False)
    client.pause_deployment(manual.id)
    deploy(stack["home"], stack["env"])
    nightly = client.read_deployment_by_name("publish-datasets/nightly")
    manual = client.read_deployment_by_name("publish-datasets/manual")
    assert [s.schedule.cron for s in nightly.schedules] == ["0 2 * * *"]
    assert not nightly.schedules[0].active
    assert manual.paused
    assert nightly.global_concurrency_limit.limit == 1


def test_a_manual_run_with_fetch_takes_a_report_changed_upstream(stack, client):
    """The manual deployment's "fetch" switch: the flow asks a registered URL (a web
    server on 127.0.0.1 here), keeps the changed page as a new revision, publishes it,
    and lists each source's outcome in the run's fetch artifact."""
    sys.path.insert(0, str(PROJECT / "tests"))
    import yaml
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    from fixtures.site import PARAGRAPHS, Page, html_page, serve
    from solieu.add import add
    from solieu.fetch import Fetcher, FetchOptions

    raw = stack["home"] / "raw"
    folder = raw / "mai-son"
    site, server = serve()
    site.routes["/robots.txt"] = Page(b"User-agent: *\nAllow: /\n", content_type="text/plain")
    # prose only: what is tested is fetching, not how indicators are matched in tables
    site.routes["/bao-cao.html"] = Page(html_page(table=False).encode(), etag='"v1"')
    try:
        with Fetcher(FetchOptions(host_delay=0)) as fetcher:
            added = add(site.url("/bao-cao.html"), "mai-son", raw, fetcher=fetcher)
        meta = yaml.safe_load(added.sidecar.read_text(encoding="utf-8"))
        meta.update(geography="Huyện Mai Sơn, tỉnh Sơn La, Việt Nam", period="2023")
        added.sidecar.write_text(yaml.safe_dump(meta, allow_unicode=True), encoding="utf-8")
        dataset = yaml.safe_load((raw / "son-la-city" / "dataset.yaml").read_text("utf-8"))
        (folder / "dataset.yaml").write_text(yaml.safe_dump({**dataset, "name": "mai-son"},
                                                            allow_unicode=True), encoding="utf-8")
        changed = PARAGRAPHS[0].replace("12.345 tỷ đồng", "12.456 tỷ đồng")
        site.routes["/bao-cao.html"] = Page(
            html_page([changed, PARAGRAPHS[1]], table=False).encode(), etag='"v2"')

        deployment = client.read_deployment_by_name("publish-datasets/manual")
        run = client.create_flow_run_from_deployment(
            deployment.id, parameters={"datasets": ["mai-son"], "fetch": True})
        run = wait_final(client, run.id, stack["worker_log"])
        assert run.state.is_completed(), (run.state, stack["worker_log"].read_text()[-4000:])
        assert site.hits("/bao-cao.html")[-1]["if-none-match"] == '"v1"'
        revision = folder / f"{added.source_id}.r2.html"
        assert revision.read_bytes() == html_page([changed, PARAGRAPHS[1]], table=False).encode()
        [version] = [p for p in (stack["home"] / "published" / "mai-son").iterdir()
                     if p.name[0].isdigit()]
        text = (version / "data" / "sources" / f"{added.source_id}.txt").read_text("utf-8")
        assert "12.456 tỷ đồng" in text
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[run.id])))
        fetched = {a.key: a for a in artifacts}["fetch"]
        assert fetched.type == "table" and "changed upstream" in str(fetched.data)
    finally:
        server.shutdown()
        server.server_close()
        shutil.rmtree(folder, ignore_errors=True)  # the other tests run every dataset
