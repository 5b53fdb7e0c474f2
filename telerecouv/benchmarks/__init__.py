"""Benchmarks behind `telerecouv bench NAME` (one module each, with `add_command`)."""
