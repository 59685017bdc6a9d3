"""The `solieu` command line: one sub-command per user task (see `solieu --help`)."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from solieu import __version__
from solieu.settings import Settings, from_environment
from solieu.sources import InputError

if TYPE_CHECKING:
    from solieu.fetch import FetchOptions


def cmd_extract(args: argparse.Namespace, settings: Settings) -> int:
    from solieu.extract import explain, extract, render, render_explanation
    from solieu.renditions import read_file
    from solieu.sources import SAFE_ID, check_report_file

    path = Path(args.file)
    check_report_file(path, settings.report_size_limit)
    text = read_file(path).text
    source_id = path.stem if SAFE_ID.match(path.stem) else "text"
    if args.explain:
        sys.stdout.write(render_explanation(explain(text, source_id), text, args.format))
    else:
        sys.stdout.write(render(extract(text, source_id), args.format))
    return 0


def cmd_indicators(args: argparse.Namespace, settings: Settings) -> int:
    from solieu.mapping_report import report_command

    return report_command(Path(args.target), fmt=args.format)


def cmd_validate(args: argparse.Namespace, settings: Settings) -> int:
    from solieu.validate import validate_command

    return validate_command(Path(args.path), fmt=args.format)


def cmd_verify(args: argparse.Namespace, settings: Settings) -> int:
    from solieu.verify import verify_command

    return verify_command(Path(args.published) if args.published else settings.published,
                          init=args.init_ledger, fix=args.repair)


def _fetch_options(args: argparse.Namespace, settings: Settings) -> FetchOptions:
    from solieu.fetch import FetchOptions

    return FetchOptions(max_bytes=args.max_bytes or settings.report_size_limit,
                        timeout=args.timeout)


def cmd_add(args: argparse.Namespace, settings: Settings) -> int:
    from solieu.add import add, report

    added = add(args.target, args.dataset, settings.raw, source_id=args.id,
                options=_fetch_options(args, settings), new_dataset=args.new_dataset)
    sys.stdout.write(report(added))
    return 0


def cmd_fetch(args: argparse.Namespace, settings: Settings) -> int:
    from solieu.fetch import Fetcher
    from solieu.revisions import fetch_counts, fetch_datasets
    from solieu.sources import dataset_dirs

    dirs = dataset_dirs(settings.raw, list(args.datasets) or None)
    with Fetcher(_fetch_options(args, settings)) as fetcher:
        outcomes = fetch_datasets(dirs, fetcher, each=lambda o: print(o.line, flush=True))
    print(fetch_counts(outcomes))
    return 1 if any(o.status == "failed" for o in outcomes) else 0


def _add_fetch_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--raw", type=Path, default=None, help="raw folder (default: raw/ in the project)")
    p.add_argument("--max-bytes", type=int, default=None,
                   help="refuse a file larger than this many bytes (default: 50 MB)")
    p.add_argument("--timeout", type=float, default=30.0,
                   help="seconds to wait for the server (default: %(default)s)")


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    from solieu.sources import dataset_dirs

    # Names and folders first, in a blink: not after a Prefect server has started.
    dataset_dirs(settings.raw, list(args.datasets) or None)
    # The flow lives in flows/ (Prefect wiring, installed with the core, which never
    # imports Prefect). Its temporary server starts first: it boots while Prefect,
    # pandas and the pipeline are imported.
    from flows.embedded import start_early

    start_early(settings.state)
    from flows.pipeline import run_command

    return run_command(args, settings)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="solieu",
        description="Figures in Vietnamese local-government reports, as validated, "
        "versioned open data.",
    )
    parser.add_argument("--version", action="version", version=f"solieu {__version__}")
    root_help = ("the project folder (default: $SOLIEU_HOME, else the current folder or its "
                 "nearest parent that holds raw/ or the project's pyproject.toml)")
    parser.add_argument("--root", type=Path, default=None, help=root_help)
    # After the sub-command too (`solieu run --root X`), without resetting one given before.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--root", type=Path, default=argparse.SUPPRESS, help=root_help)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, help: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, parents=[common], help=help)

    p = add("run", help="run the whole pipeline (Prefect, embedded: no server)")
    p.add_argument("datasets", nargs="*", help="datasets in raw/ to run (default: all)")
    p.add_argument("--raw", type=Path, default=None, help="raw folder (default: raw/ in the project)")
    p.add_argument("--published", type=Path, default=None,
                   help="open-data folder (default: published/ in the project)")
    p.add_argument("--force", action="store_true", help="extract again even if nothing changed")
    p.add_argument("--dry-run", action="store_true", help="build and validate, publish nothing")
    p.add_argument("--release-note", default=None, help="a note for the changelog")
    p.add_argument("--no-fetch", action="store_true",
                   help="do not ask the sources' URLs for new revisions first")
    p.add_argument("--processes", type=int, default=None, metavar="N",
                   help="worker processes analysing reports (default: $SOLIEU_PROCESSES, else "
                        "the machine's cores; 1: in the run's own process)")
    p.set_defaults(func=cmd_run)

    p = add("add", help="snapshot a report (URL or file) into raw/ and describe it")
    p.add_argument("target", metavar="URL_OR_FILE",
                   help="an http(s) URL, or an HTML, PDF, DOCX or text file")
    p.add_argument("--dataset", required=True, help="the dataset folder in raw/, e.g. son-la-city")
    p.add_argument("--id", default=None, help="the source id (default: made from the title or URL)")
    p.add_argument("--new-dataset", action="store_true",
                   help="also write raw/<dataset>/dataset.yaml to fill in, if there is none")
    _add_fetch_arguments(p)
    p.set_defaults(func=cmd_add)

    p = add("fetch", help="fetch every registered URL again; keep changes as revisions")
    p.add_argument("datasets", nargs="*", help="datasets in raw/ to fetch (default: all)")
    _add_fetch_arguments(p)
    p.set_defaults(func=cmd_fetch)

    p = add("extract", help="print the figures table of a report (text, HTML, PDF, DOCX)")
    p.add_argument("file", help="a UTF-8 text, HTML, PDF or DOCX file")
    p.add_argument("--format", choices=["csv", "json", "table"], default="csv",
                   help="csv (default), json, or a readable table")
    p.add_argument("--explain", action="store_true",
                   help="list every number in order: each figure with the words that gave its unit "
                        "and role, each number left out with its reason (json with --format json)")
    p.set_defaults(func=cmd_extract)

    p = add("indicators", help="the curator's mapping report of a text or dataset")
    p.add_argument("target", help="a text file, or a dataset folder raw/<dataset>")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(func=cmd_indicators)

    p = add("validate", help="validate a data package; non-zero exit on errors")
    p.add_argument("path", help="a package folder or its datapackage.json")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(func=cmd_validate)

    p = add("verify", help="re-check every hash of every published version")
    p.add_argument("published", nargs="?", default=None,
                   help="the open-data folder (default: published/ in the project)")
    once = p.add_mutually_exclusive_group()
    once.add_argument("--init-ledger", action="store_true",
                      help="record the versions of datasets that have no ledger yet (once)")
    once.add_argument("--repair", action="store_true",
                      help="restore damaged or missing versions from their zips, checked "
                           "against the ledger")
    p.set_defaults(func=cmd_verify)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from solieu.compiled import stale

    if why := stale():  # the sources run instead of an old build: say so, once for the command
        print(f"solieu: warning: {why}", file=sys.stderr)
    try:
        # The one place the command line reads the environment (see solieu.settings).
        settings = from_environment(os.environ, Path.cwd(), root=args.root,
                                    raw=getattr(args, "raw", None),
                                    published=getattr(args, "published", None),
                                    processes=getattr(args, "processes", None))
        return int(args.func(args, settings))
    except InputError as exc:
        print(f"solieu: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `solieu extract ... | head`
        return 0
    except (OSError, shutil.Error) as exc:  # a full disk, a read-only folder: say where
        from solieu.files import disk_error

        print(f"solieu: {disk_error(exc, f'running solieu {args.command}')}", file=sys.stderr)
        return 2
    except RecursionError:
        print(f"solieu: {args.command}: the input is nested too deeply to be read.", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("solieu: interrupted; nothing was published half-way.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
