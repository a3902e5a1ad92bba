"""Benchmarks of PlanManager Desktop: ``python -m bench [name ...]`` from the repository root.

Each benchmark is a module with ``run() -> dict[str, float]`` (figure name → number) and a
``DESCRIPTION``; ``bench/__main__.py`` lists them in ``BENCHMARKS``. To add one: write the
module, add one line to the registry.
"""
