"""Deploy prefect.yaml to the Prefect server at PREFECT_API_URL, safely re-runnable.

``python -m flows.deploy`` (``make deploy``) does what ``prefect deploy --all`` does,
and three things it does not:

- creates the process work pool named in prefect.yaml if it is missing, with a
  concurrency limit of 1, so the nightly and a manual run never run at the same time;
- sets SOLIEU_HOME to the project (SOLIEU_HOME, else the working directory's project),
  which prefect.yaml passes to every run;
- keeps what an operator paused paused: ``prefect deploy`` sets ``paused: false`` on
  every deployment it updates, which would quietly switch a paused nightly back on.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import yaml

from solieu.settings import from_environment


def _config(project: Path) -> dict[str, Any]:
    with open(project / "prefect.yaml", encoding="utf-8") as f:
        config: dict[str, Any] = yaml.safe_load(f)
    return config


def pool_name(config: dict[str, Any]) -> str:
    """The one work pool every deployment in prefect.yaml uses."""
    pools = {d["work_pool"]["name"] for d in config["deployments"]}
    if len(pools) != 1:
        raise SystemExit(f"prefect.yaml: expected one work pool for all deployments, got {pools}")
    return pools.pop()


def deployment_names(config: dict[str, Any]) -> list[str]:
    """'flow-name/deployment' for each deployment (the flow is always publish-datasets)."""
    return [f"publish-datasets/{d['name']}" for d in config["deployments"]]


def ensure_pool(client: Any, name: str) -> None:
    """Create the process work pool if missing; cap it at one flow run at a time."""
    from prefect.client.schemas.actions import WorkPoolCreate, WorkPoolUpdate
    from prefect.exceptions import ObjectNotFound

    try:
        pool = client.read_work_pool(name)
    except ObjectNotFound:
        client.create_work_pool(WorkPoolCreate(name=name, type="process", concurrency_limit=1))
        print(f"created work pool {name!r} (process, one run at a time)")
        return
    if pool.concurrency_limit != 1:
        client.update_work_pool(name, WorkPoolUpdate(concurrency_limit=1))


def paused_state(client: Any, names: list[str]) -> dict[str, dict[str, Any]]:
    """For each existing deployment: whether it is paused, and its inactive schedules' slugs."""
    from prefect.exceptions import ObjectNotFound

    state = {}
    for name in names:
        try:
            d = client.read_deployment_by_name(name)
        except ObjectNotFound:
            continue
        inactive = {s.slug for s in d.schedules if not s.active and s.slug}
        state[name] = {"paused": d.paused, "inactive": inactive}
    return state


def restore(client: Any, state: dict[str, dict[str, Any]]) -> None:
    """Pause again what was paused before deploying."""
    for name, before in state.items():
        d = client.read_deployment_by_name(name)
        if before["paused"] and not d.paused:
            client.pause_deployment(d.id)
            print(f"{name}: kept paused")
        for s in d.schedules:
            if s.slug in before["inactive"] and s.active:
                client.update_deployment_schedule(d.id, s.id, active=False)
                print(f"{name}: schedule {s.slug} kept inactive")


def deploy(project: Path) -> int:
    """Deploy every deployment of ``project/prefect.yaml``; the exit status of the deploy."""
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL

    if not PREFECT_API_URL.value():
        print("deploy: PREFECT_API_URL is not set; start a server (make server) and set it, "
              "e.g. PREFECT_API_URL=http://127.0.0.1:4200/api", file=sys.stderr)
        return 2
    config = _config(project)
    names = deployment_names(config)
    try:
        with get_client(sync_client=True) as client:
            ensure_pool(client, pool_name(config))
            before = paused_state(client, names)
    except httpx.HTTPError as exc:
        print(f"deploy: no Prefect server answers at {PREFECT_API_URL.value()} ({exc}); "
              "start one with `make server` (or `make up`).", file=sys.stderr)
        return 2
    env = {**os.environ, "SOLIEU_HOME": str(project)}
    done = subprocess.run(
        [sys.executable, "-m", "prefect", "--no-prompt", "deploy", "--all"],
        cwd=project, env=env,
    )
    if done.returncode == 0:
        with get_client(sync_client=True) as client:
            restore(client, before)
    return done.returncode


if __name__ == "__main__":
    sys.exit(deploy(from_environment(os.environ, Path.cwd()).root))
