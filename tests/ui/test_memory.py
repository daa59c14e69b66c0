"""The window keeps the cycle collector off its long-lived data (reader.ui.memory)."""

from __future__ import annotations

import gc


def test_loaded_texts_and_comparison_are_left_out_of_collections(compared) -> None:
    assert gc.get_freeze_count() > 0
    pane = compared.strip.panes()[0]
    document = pane.document
    compared.strip.close_pane(pane)
    assert gc.get_freeze_count() == 0  # what was closed can be collected, cycles too
    assert document not in [p.document for p in compared.strip.panes()]


def test_closing_the_window_hands_everything_back(qtbot, compared) -> None:
    assert gc.get_freeze_count() > 0
    compared.close()
    assert gc.get_freeze_count() == 0
