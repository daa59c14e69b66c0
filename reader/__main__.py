"""``python -m reader`` does what the ``crosscheck`` command does."""

import sys

from reader.cli import main

sys.exit(main())
