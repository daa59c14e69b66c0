"""Keeping Python's cycle collector out of the window's way.

A full pass of the cyclic garbage collector looks at every object alive, and with a large
session open (20 long texts, 50,000 notes, a comparison) that is millions of objects and a
pause of ~80 ms in whatever the window was doing. Once a big, long-lived load has arrived
(documents, a session's notes, a comparison) :func:`settle` moves everything alive out of the
collector's sight (``gc.freeze``), so later passes only look at what is new. Reference
counting still frees frozen objects; only cycles among them wait until :func:`release`
hands them back, which the window does when a pane is closed.
"""

from __future__ import annotations

import gc


def settle() -> None:
    """Everything alive now is long-lived: leave it out of the collector's passes."""
    gc.freeze()


def release() -> None:
    """Some long-lived data was let go: the collector may look at all objects again."""
    gc.unfreeze()
