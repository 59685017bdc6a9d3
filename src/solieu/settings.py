"""Where things are and how a run runs: one object, made once at the edges, passed down.

The command line (``solieu ...``) and the flow's parameters are the edges: they call
:func:`from_environment` with the process's environment and their own arguments, and
every step below receives the :class:`Settings` it made. No other module reads the
environment or a global path to find the project.

The project folder is where the user is: ``--root`` or ``$SOLIEU_HOME`` if given, else
the current directory or its nearest parent that holds ``raw/`` or the project's
``pyproject.toml``, else the current directory itself; never the place the package
happens to be installed.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from solieu import SCHEMAS
from solieu.sources import REPORT_SIZE_LIMIT, InputError

TASK_RUNNERS = ("threads", "dask")
PROJECT_NAME = "solieu"  # the [project] name in the project's pyproject.toml


def cores() -> int:
    """The cores this process may run on (fewer than the machine's under a CPU limit)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def packaged_schemas() -> Path:
    """The ``schemas/`` folder installed with the package (Table Schemas, vocabulary, ...).

    >>> (packaged_schemas() / "tables" / "figures.schema.json").is_file()
    True
    """
    return SCHEMAS


@dataclass(frozen=True)
class Settings:
    """Every place and choice a run depends on; build it with :func:`from_environment`
    (or :meth:`for_root` in tests), then pass it down."""

    root: Path
    raw: Path
    published: Path
    quarantine: Path
    schemas: Path
    state: Path  # Prefect's database and the cached extractions (PREFECT_HOME)
    report_size_limit: int = REPORT_SIZE_LIMIT
    task_runner: str = "threads"
    dask_address: str | None = None
    # Worker processes that analyse reports (solieu.workers); 1: in the run's own process.
    processes: int = field(default_factory=lambda: cores())

    def __post_init__(self) -> None:
        if self.task_runner not in TASK_RUNNERS:
            raise InputError(f"task runner {self.task_runner!r}: unknown; use "
                             f"{' or '.join(map(repr, TASK_RUNNERS))} (SOLIEU_TASK_RUNNER).")
        if self.processes < 1:
            raise InputError(f"processes {self.processes}: give 1 or more (SOLIEU_PROCESSES, "
                             "--processes; 1 analyses reports in the run's own process).")
        if self.report_size_limit <= 0:
            raise InputError(f"report size limit {self.report_size_limit}: must be a positive "
                             "number of bytes.")

    @classmethod
    def for_root(cls, root: Path | str, **changes: object) -> Settings:
        """The settings of the project at ``root``, its folders in their usual places;
        ``changes`` overrides any field (e.g. ``published=tmp / "published"``).

        >>> s = Settings.for_root("/data/project")
        >>> (s.raw, s.quarantine, s.state)
        (PosixPath('/data/project/raw'), PosixPath('/data/project/quarantine'), PosixPath('/data/project/.prefect'))
        """
        root = Path(root)
        published = Path(str(changes.pop("published", root / "published")))
        base = cls(
            root=root,
            raw=root / "raw",
            published=published,
            quarantine=published.parent / "quarantine",
            schemas=packaged_schemas(),
            state=root / ".prefect",
        )
        return replace(base, **changes)  # type: ignore[arg-type]

    def short(self, path: Path | str | None) -> str:
        """``path`` relative to the project when it is inside it (shorter messages)."""
        if path is None:
            return ""
        try:
            return str(Path(path).resolve().relative_to(self.root.resolve()))
        except ValueError:
            return str(path)


def is_project(folder: Path) -> bool:
    """Whether ``folder`` is a solieu project: it holds ``raw/`` or solieu's pyproject.toml."""
    if (folder / "raw").is_dir():
        return True
    pyproject = folder / "pyproject.toml"
    if not pyproject.is_file():
        return False
    try:
        name = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {}).get("name")
    except (tomllib.TOMLDecodeError, UnicodeDecodeError):
        return False
    return bool(name == PROJECT_NAME)


def find_root(cwd: Path) -> Path:
    """The project folder of a user standing in ``cwd``: ``cwd`` or its nearest parent
    that is a project (:func:`is_project`), else ``cwd``."""
    cwd = Path(cwd).resolve()
    for folder in (cwd, *cwd.parents):
        if is_project(folder):
            return folder
    return cwd


def from_environment(
    environ: Mapping[str, str],
    cwd: Path,
    *,
    root: Path | str | None = None,
    raw: Path | str | None = None,
    published: Path | str | None = None,
    task_runner: str | None = None,
    dask_address: str | None = None,
    processes: int | None = None,
) -> Settings:
    """The settings of a run: explicit arguments first, then the environment, then defaults.

    Reads ``SOLIEU_HOME`` (the project folder), ``PREFECT_HOME`` (the state folder),
    ``SOLIEU_TASK_RUNNER`` (threads or dask), ``SOLIEU_DASK_ADDRESS`` (a running Dask
    scheduler, e.g. tcp://10.0.0.5:8786), ``SOLIEU_REPORT_SIZE_LIMIT`` (bytes; a larger
    report is refused) and ``SOLIEU_PROCESSES`` (worker processes analysing reports;
    default: the machine's cores), and nothing else.
    """
    home = root or environ.get("SOLIEU_HOME")
    project = Path(home).expanduser().resolve() if home else find_root(cwd)
    changes: dict[str, object] = {}
    if raw:
        changes["raw"] = Path(raw)
    if published:
        changes["published"] = Path(published)
    if environ.get("PREFECT_HOME"):
        changes["state"] = Path(environ["PREFECT_HOME"])
    runner = task_runner or environ.get("SOLIEU_TASK_RUNNER") or "threads"
    changes["task_runner"] = runner.strip().lower()
    changes["dask_address"] = dask_address or environ.get("SOLIEU_DASK_ADDRESS") or None
    count = environ.get("SOLIEU_PROCESSES")
    if processes is not None:
        changes["processes"] = processes
    elif count:
        if not count.strip().isdigit():
            raise InputError(f"SOLIEU_PROCESSES={count!r}: give a number of processes "
                             "(1 analyses reports in the run's own process).")
        changes["processes"] = int(count)
    limit = environ.get("SOLIEU_REPORT_SIZE_LIMIT")
    if limit:
        if not limit.strip().isdigit():
            raise InputError(f"SOLIEU_REPORT_SIZE_LIMIT={limit!r}: give a number of bytes "
                             "(e.g. 104857600 for 100 MiB).")
        changes["report_size_limit"] = int(limit)
    return Settings.for_root(project, **changes)
