"""`telerecouv bench NAME`: benchmarks run on demand; each prints its figures as JSON.

One module per benchmark in `telerecouv/benchmarks/` exposing `add_command(subcommands)`
(`bench queue` is benchmarks/queue.py); a new benchmark is a new module there, found here
without a central list. Benchmarks never run in the test suite.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any

from telerecouv import benchmarks


def register(commands: Any) -> None:
    bench = commands.add_parser("bench", help="benchmarks (JSON figures; slow, on demand)")
    sub = bench.add_subparsers(dest="bench_command", metavar="BENCHMARK", required=True)
    for info in sorted(pkgutil.iter_modules(benchmarks.__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{benchmarks.__name__}.{info.name}")
        if hasattr(module, "add_command"):
            module.add_command(sub)
