"""Entry point of the frozen app (PyInstaller): the ``crosscheck`` command, and the children
that multiprocessing starts from the same executable (the comparison's worker process)."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a child started by spawn or forkserver runs here and stops
    from reader.cli import main

    sys.exit(main())
