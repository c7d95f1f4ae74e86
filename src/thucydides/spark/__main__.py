"""`python -m thucydides.spark ...` and `spark-submit .../thucydides/spark/__main__.py ...`:
the same as `thucydides spark ...`."""

import sys

from thucydides.cli import main

if __name__ == "__main__":
    raise SystemExit(main(["spark", *sys.argv[1:]]))
