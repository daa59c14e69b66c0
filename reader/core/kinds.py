"""The disagreement kinds: labels, order, and how every renderer marks them.

Each kind has a colour role with a light and a dark value and a second channel (an underline
style) so that colour is never the only signal. The HTML report and the app both use these.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    """What a disagreement is about (the taxonomy in DESIGN.md). Equal to its string value."""

    QUANTITY = "quantity"
    DATE = "date"
    NAME = "name"
    ATTRIBUTION = "attribution"
    QUOTE = "quote"
    POLARITY = "polarity"
    OMISSION = "omission"
    WORDING = "wording"

    @property
    def is_fact(self) -> bool:
        """Fact kinds are the ones a fact-checker acts on; the others are context."""
        return self not in (Kind.OMISSION, Kind.WORDING)


class Severity(StrEnum):
    """How strongly the accounts disagree."""

    CONFLICT = "conflict"  # the values cannot all be true
    DIFFERS = "differs"  # the values can all be true but are told differently ("at least 5" / "24")
    CONTEXT = "context"  # omissions and wording: context, not a contradiction


FACT_KINDS = tuple(k for k in Kind if k.is_fact)


@dataclass(frozen=True)
class KindStyle:
    kind: Kind
    label: str
    description: str
    light: str  # highlight background on a light page
    dark: str  # highlight background on a dark page
    underline: str  # CSS text-decoration-style: solid, double, dotted, dashed, wavy
    fact: bool  # fact kinds are the ones a fact-checker acts on; context is shown quietly


KIND_STYLES: dict[Kind, KindStyle] = {
    s.kind: s
    for s in (
        KindStyle(
            Kind.QUANTITY,
            "Quantity",
            "numbers, amounts, counts",
            "#ffd8a8",
            "#7a4a12",
            "solid",
            True,
        ),
        KindStyle(
            Kind.DATE, "Date", "dates, times and timing", "#b2f2bb", "#1f5e2b", "double", True
        ),
        KindStyle(
            Kind.NAME,
            "Name",
            "a different person, place or body",
            "#a5d8ff",
            "#164c7a",
            "dotted",
            True,
        ),
        KindStyle(
            Kind.ATTRIBUTION,
            "Attribution",
            "who said or did it",
            "#d0bfff",
            "#4b2f85",
            "dashed",
            True,
        ),
        KindStyle(Kind.QUOTE, "Quote", "quoted words differ", "#fcc2d7", "#7d1f45", "wavy", True),
        KindStyle(
            Kind.POLARITY,
            "Polarity",
            "one affirms what another denies",
            "#ffa8a8",
            "#8a1c1c",
            "double",
            True,
        ),
        KindStyle(
            Kind.OMISSION,
            "Omission",
            "told by one account only",
            "#e9ecef",
            "#3a3f44",
            "dotted",
            False,
        ),
        KindStyle(
            Kind.WORDING,
            "Wording",
            "loaded against neutral words",
            "#fff3bf",
            "#6b5a10",
            "dashed",
            False,
        ),
    )
}

KIND_ORDER = tuple(KIND_STYLES)
