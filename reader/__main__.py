"""``python -m reader`` does what the ``crosscheck`` command does."""

import sys

from reader.cli import main

# Guarded: comparison worker processes re-import the main module and must not start the app.
if __name__ == "__main__":
    sys.exit(main())
