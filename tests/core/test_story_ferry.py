"""Four short accounts of one ferry fire, written here in the style of the bundled sample
(before the engine ran on them, with the differences listed first): each listed difference is
found, and the facts they share are not flagged."""

from __future__ import annotations

from datetime import date

import pytest

from reader.core.compare import Comparison, compare
from reader.core.document import Document

A = """A fire broke out on the passenger ferry Northern Star shortly after 2 a.m. on Thursday, \
about two hours after the ship left the port of Valdra, killing at least 14 people, the coast \
guard said.

The ferry was carrying 312 passengers and 41 crew members when flames spread from the car \
deck. Rescue boats pulled 280 people from the water.

The coast guard said 23 people were still missing on Thursday evening.

Captain Mikel Arana told reporters the crew had fought the fire for an hour before ordering \
passengers to abandon ship. "We did everything we could to save every passenger," Arana said.

The Northern Star had passed its annual safety inspection in January, the shipping company \
said."""

B = """The number of people killed in a fire aboard the ferry Northern Star has risen to 17, \
Transport Minister Lena Dovic said on Friday.

The blaze started at around 3:30 a.m. on Thursday, an hour after the ferry left Valdra with \
more than 300 passengers on board.

Captain Miguel Arana said his crew battled the flames for three hours. "We did everything \
possible to save every life," he said.

Authorities did not say how many people remained missing.

The ferry had not passed its most recent safety inspection, according to documents seen by \
the Continental Wire."""

C = """At least 14 people died when fire engulfed the Northern Star ferry early Thursday, \
officials said.

The vessel, which carried 353 people including crew, had left Valdra about two hours earlier.

Rescuers saved some 280 passengers, many of whom jumped into the sea.

Officials said 23 people were unaccounted for.

Captain Mikel Arana, 52, said the crew fought the fire for an hour."""

D = """Survivors of Thursday's ferry fire described scenes of panic as smoke filled the \
corridors of the Northern Star.

The fire killed 19 people, the coast guard said on Saturday, and nine remain missing.

The fire broke out at 2:15 a.m., the coast guard said. Rescue boats pulled about 300 people \
from the water.

Transport Minister Lena Dovic said the ship had passed its safety inspection."""


@pytest.fixture(scope="module")
def result() -> Comparison:
    docs = [
        Document(text=t, title="Ferry fire", published=date(2025, 3, day))
        for t, day in ((A, 7), (B, 8), (C, 7), (D, 9))
    ]
    return compare(docs)


def summaries(result: Comparison, kind: str) -> list[str]:
    return [d.summary for d in result.disagreements if d.kind == kind]


def test_the_toll_and_the_missing(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert any("at least 14" in s and "17" in s and "19" in s for s in counts)
    assert any("23" in s and "did not say" in s and "9" in s for s in counts)


def test_spans_of_time(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert any(s.startswith("time since leaving") and "1 hour" in s for s in counts)
    assert any("3 hours" in s and "1 hour" in s and "since" not in s for s in counts)


def test_the_clock_time(result: Comparison) -> None:
    assert any("3:30 a.m." in s and "2 a.m." in s for s in summaries(result, "date"))


def test_affirmed_and_denied_under_other_attributions(result: Comparison) -> None:
    assert any("passed / not passed" in s for s in summaries(result, "polarity"))


def test_the_quotation_and_no_false_alarms(result: Comparison) -> None:
    assert any("every passenger" in s for s in summaries(result, "quote"))
    assert summaries(result, "name") == []  # "Mikel" / "Miguel" Arana: one captain
    counts = summaries(result, "quantity")
    assert not any("353" in s or "312" in s for s in counts)  # 312 + 41 crew is 353
    assert not any("Thursday" in s for s in summaries(result, "date"))


def pair(a: str, b: str) -> list[tuple[str, str]]:
    found = compare([Document(text=a, title="A"), Document(text=b, title="B")]).disagreements
    return [(str(d.kind), d.summary) for d in found if d.kind != "omission"]


def test_a_relative_day_is_reported_once() -> None:
    found = pair(
        "The protest began two days after the election results were announced.",
        "The protest began a day after the election results were announced.",
    )
    assert [kind for kind, _ in found] == ["date"]


def test_a_clock_time_beside_the_day_is_still_compared() -> None:
    found = pair(
        "The fire broke out at 3:30 a.m. Thursday near the station.",
        "The fire broke out at 2 a.m. Thursday near the station.",
    )
    assert found and found[0][0] == "date" and "3:30 a.m." in found[0][1]


def test_an_adjective_or_a_name_is_no_negated_verb() -> None:
    assert not pair(
        "An Oklahoma man has pleaded not guilty to two first-degree murder charges, his "
        "lawyer told reporters outside the county court on Monday.",
        "A jury found the Oklahoma man guilty of first-degree murder charges after a trial "
        "that lasted two weeks.",
    )
