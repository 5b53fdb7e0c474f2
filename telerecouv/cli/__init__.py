"""The `telerecouv` command: the GUI by default, sub-commands for everything else."""

from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sys
from collections.abc import Sequence

from telerecouv import __version__
from telerecouv.config import ConfigError
from telerecouv.store.errors import KnownError

EXIT_OK, EXIT_PARTIAL, EXIT_ERROR = 0, 1, 2


def command_groups() -> list[object]:
    """Every module of this package with a `register(commands)` function, by name.

    A new command group is a new module here: no central list to edit.
    """
    groups = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "register"):
            groups.append(module)
    return groups


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="telerecouv", description="Telephone debt-recovery workbench."
    )
    parser.add_argument("--version", action="version", version=f"telerecouv {__version__}")
    parser.add_argument(
        "--database-url",
        help="SQLAlchemy URL of the database (default: TELERECOUV_DATABASE_URL, the settings "
        "file, then the embedded SQLite file)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = commands.add_parser("gui", help="open the workbench (the default)")
    gui.set_defaults(handler=_run_gui)
    for group in command_groups():
        group.register(commands)  # type: ignore[attr-defined]
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    from telerecouv.ui.app import run  # Qt is imported only for the GUI

    return run(args.database_url)


def main(argv: Sequence[str] | None = None) -> int:
    try:  # Ctrl-C while the commands load (a second or two) is as clean as during one
        parser = build_parser()
        args = parser.parse_args(argv)
        logging.basicConfig(
            level=logging.INFO if args.verbose else logging.WARNING,
            format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        )
        handler = getattr(args, "handler", _run_gui)
        try:
            return int(handler(args))
        except (KnownError, ConfigError) as exc:
            print(f"telerecouv: {exc}", file=sys.stderr)
            return EXIT_ERROR
    except KeyboardInterrupt:
        print("telerecouv: interrupted; nothing was half-written.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
