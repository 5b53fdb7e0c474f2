"""Benchmarks run on demand (`telerecouv bench NAME`), never in the test suite."""
