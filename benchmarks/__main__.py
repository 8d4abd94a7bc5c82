"""``python -m benchmarks`` (``make bench``): run every benchmark module in turn."""

import importlib
import pkgutil
import sys

import benchmarks


def main() -> None:
    for module_info in sorted(pkgutil.iter_modules(benchmarks.__path__), key=lambda m: m.name):
        if module_info.name.startswith("_"):
            continue
        print(f"== benchmarks.{module_info.name}", flush=True)
        sys.argv = [f"python -m benchmarks.{module_info.name}"]
        importlib.import_module(f"benchmarks.{module_info.name}").main()


# A benchmark's spawned child process imports this module again: it must not run them all.
if __name__ == "__main__":
    main()
