"""The disagreement kinds: labels, order, and how every renderer marks them.

Each kind has a colour role with a light and a dark value and a second channel (an underline
style) so that colour is never the only signal. The HTML report and the app both use these.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class KindStyle:
    kind: str
    label: str
    description: str
    light: str  # highlight background on a light page
    dark: str  # highlight background on a dark page
    underline: str  # CSS text-decoration-style: solid, double, dotted, dashed, wavy
    fact: bool  # fact kinds are the ones a fact-checker acts on; context is shown quietly


KIND_STYLES: dict[str, KindStyle] = {
    s.kind: s
    for s in (
        KindStyle(
            "quantity", "Quantity", "numbers, amounts, counts", "#ffd8a8", "#7a4a12", "solid", True
        ),
        KindStyle("date", "Date", "dates, times and timing", "#b2f2bb", "#1f5e2b", "double", True),
        KindStyle(
            "name",
            "Name",
            "a different person, place or body",
            "#a5d8ff",
            "#164c7a",
            "dotted",
            True,
        ),
        KindStyle(
            "attribution", "Attribution", "who said or did it", "#d0bfff", "#4b2f85", "dashed", True
        ),
        KindStyle("quote", "Quote", "quoted words differ", "#fcc2d7", "#7d1f45", "wavy", True),
        KindStyle(
            "polarity",
            "Polarity",
            "one affirms what another denies",
            "#ffa8a8",
            "#8a1c1c",
            "double",
            True,
        ),
        KindStyle(
            "omission",
            "Omission",
            "told by one account only",
            "#e9ecef",
            "#3a3f44",
            "dotted",
            False,
        ),
        KindStyle(
            "wording",
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
