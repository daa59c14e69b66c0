"""Anchoring that survives change: position, exact quote, fuzzy match, orphan."""

import pytest

from reader.core.annotations import Target, anchor

TEXT = (
    "The U.S. Embassy in Lima confirmed the deployment and said the mission had been planned "
    "months in advance. Defence Minister Jorge Chávez told reporters the soldiers would not "
    "take part in any security operations."
)
QUOTE = "confirmed the deployment"


def target() -> Target:
    i = TEXT.index(QUOTE)
    return Target.on("d1", TEXT, i, i + len(QUOTE))


def test_selectors_hold_quote_prefix_and_suffix() -> None:
    t = target()
    assert t.exact == QUOTE
    assert t.prefix.endswith("Embassy in Lima ")
    assert t.suffix.startswith(" and said")


def test_span_outside_the_text_is_refused() -> None:
    with pytest.raises(ValueError, match="outside the text"):
        Target.on("d1", TEXT, 10, len(TEXT) + 5)


@pytest.mark.parametrize(
    ("changed", "expected"),
    [
        (TEXT, QUOTE),  # unchanged
        ("A new opening paragraph.\n\n" + TEXT, QUOTE),  # moved by an insertion
        (TEXT.replace("Defence Minister", "Interior Minister"), QUOTE),  # edit elsewhere
        (
            TEXT.replace(QUOTE, "confirmed the planned deployment"),
            "confirmed the planned deployment",
        ),
        (TEXT.split(". ", 1)[1] + " " + TEXT.split(". ", 1)[0] + ".", QUOTE),  # passages swapped
    ],
)
def test_reanchoring(changed: str, expected: str) -> None:
    placed = anchor(target(), changed)
    assert not placed.orphaned
    assert changed[placed.start : placed.end] == expected
    assert placed.exact == expected


def test_quote_that_occurs_twice_goes_to_its_context() -> None:
    doubled = "It confirmed the deployment, a spokesman said. " + TEXT
    placed = anchor(target(), doubled)
    assert doubled[placed.start - 16 : placed.start] == "Embassy in Lima "


def test_unplaceable_passage_becomes_an_orphan_with_its_quote() -> None:
    placed = anchor(target(), "Nothing of the kind remains in this rewritten text at all.")
    assert placed.orphaned
    assert placed.exact == QUOTE
