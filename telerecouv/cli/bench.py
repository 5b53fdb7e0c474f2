"""`telerecouv bench NAME ...`: benchmarks run on demand, printing JSON figures.

Each module of `telerecouv/benchmarks/` exposing `register_bench(subcommands)` adds its own
sub-command (`bench import`, `bench queue`...): no central list to edit.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any


def register(commands: Any) -> None:
    import telerecouv.benchmarks as package

    bench = commands.add_parser("bench", help="benchmarks (run on demand, print JSON)")
    subcommands = bench.add_subparsers(dest="bench_command", metavar="NAME", required=True)
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        hook = getattr(module, "register_bench", None)
        if hook is not None:
            hook(subcommands)
