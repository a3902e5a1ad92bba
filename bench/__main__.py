"""Run the benchmarks, print a table, merge the figures into ``bench/results.json``.

``python -m bench`` runs all; ``python -m bench claims360_client`` runs the named ones.
``results.json`` is one JSON object, one key per figure, a number each; figures of benchmarks
that did not run this time are kept.
"""

from __future__ import annotations

import importlib
import json
import sys
import time
from pathlib import Path

#: name → module (with ``run() -> dict[str, float]`` and ``DESCRIPTION``). Add new ones here.
BENCHMARKS: dict[str, str] = {
    "claims360_client": "bench.claims360_client",
    "cold_start": "bench.cold_start",
    "photo_download": "bench.photo_download",
    "photo_picker": "bench.photo_picker",
    "sync_import": "bench.sync_import",
}

RESULTS = Path(__file__).with_name("results.json")


def _load_results() -> dict[str, float]:
    try:
        data = json.loads(RESULTS.read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return {}
    return {k: v for k, v in data.items() if isinstance(v, int | float)} if isinstance(data, dict) else {}


def main(argv: list[str]) -> int:
    names = argv or list(BENCHMARKS)
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(BENCHMARKS)}", file=sys.stderr)
        return 2
    results = _load_results()
    rows: list[tuple[str, str, float]] = []
    for name in names:
        module = importlib.import_module(BENCHMARKS[name])
        print(f"running {name}: {module.DESCRIPTION}", flush=True)
        started = time.perf_counter()
        figures: dict[str, float] = module.run()
        print(f"  done in {time.perf_counter() - started:.1f} s", flush=True)
        for figure, value in figures.items():
            results[figure] = float(value)
            rows.append((name, figure, float(value)))
    width = max(len(f) for _, f, _ in rows) if rows else 10
    print()
    print(f"{'benchmark':<20} {'figure':<{width}} {'value':>12}")
    print(f"{'-' * 20} {'-' * width} {'-' * 12}")
    for name, figure, value in rows:
        print(f"{name:<20} {figure:<{width}} {value:>12.4g}")
    RESULTS.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"\nwritten to {RESULTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
