"""Corpus mode: compare every cluster of a manifest and tabulate who disagrees with whom.

``crosscheck batch MANIFEST -o OUT`` (see :func:`reader.batch.runner.run_batch`) reads a CSV,
JSON Lines or folder manifest (:mod:`reader.batch.manifest`), compares each cluster as
``crosscheck compare`` would (:mod:`reader.batch.work`, one picklable job per cluster), on a
local process pool or a Dask cluster, and writes the tables of :mod:`reader.batch.tables` and
the summary of :mod:`reader.batch.summary`.

Needs the optional packages of ``crosscheck[batch]`` (pyarrow, matplotlib, tqdm), and
``crosscheck[cluster]`` (dask, distributed) for ``--scheduler``; the app does not.
"""

from __future__ import annotations

BATCH_FORMAT = "crosscheck.batch/1"


class BatchError(ValueError):
    """The batch cannot start (unreadable manifest, unwritable output): a one-line reason."""
