"""The one date each account gives a deed that befalls a person once, in accounts written far
apart (ECB+ 16 ecbplus: "A jury today convicted ...", 20 March 2007 / "In April 2007 the
suspect was found guilty", an undated memorial page)."""

from __future__ import annotations

from datetime import date

import pytest

from reader.core.compare import compare
from reader.core.document import Document
from reader.core.loaders import open_document
from tests import ecbplus

CONVICTED = (
    "A Superior Court jury in Norwalk today convicted a gang member of murdering Deputy Jerry "
    "Ortiz in June, 2005.\n\nOrozco was also convicted of the June 20, 2005 attempted murder of "
    "a man shot in the back while doing yard work."
)
MEMORIAL = (
    "Deputy Jerry Ortiz was shot and killed after knocking on a door during an investigation."
    "\n\nThe suspect was charged with first degree murder and faces the death penalty.\n\n"
    "In April 2007 the suspect was found guilty of capital murder and sentenced to death."
)


def test_a_conviction_dated_differently() -> None:
    docs = [
        Document(text=CONVICTED, title="Convicted", published=date(2007, 3, 20)),
        Document(text=MEMORIAL, title="Memorial"),
    ]
    found = [f.summary for f in compare(docs).disagreements if str(f.kind) == "date"]
    assert found == ["date of conviction: today (20 March) / April 2007"]


@pytest.mark.skipif(not ecbplus.available(), reason="ECB+ corpus not present")
def test_a_killing_named_beside_the_days_of_a_trial_is_not_dated_by_them() -> None:
    docs = ecbplus.documents()  # the video shown Thursday, the trial opened Wednesday
    opened = [open_document(docs[n].path) for n in ("33_1ecbplus", "33_4ecbplus")]
    assert not [f for f in compare(opened).disagreements if str(f.kind) == "date"]


def test_a_superlative_is_no_deed() -> None:
    docs = [
        Document(
            text="Dorland's three largest unions called a general strike for December 5.",
            title="A",
        ),
        Document(text="Unions have called a general strike for December 6.", title="B"),
    ]
    found = [f.summary for f in compare(docs).disagreements if str(f.kind) == "date"]
    assert found == ["date of strike: December 5 / December 6"]


def test_a_clock_time_against_a_part_of_the_day_beside_another_clock() -> None:
    docs = [
        Document(
            text="A man stabbed five people at the station on Friday evening.\n\nThe attack "
            "began at about 6.40pm on the concourse during the evening rush hour.",
            title="A",
        ),
        Document(
            text="A man stabbed five people at the station on Friday night.\n\nHe was "
            "overpowered about ten minutes after the attack began at 7pm.",
            title="B",
        ),
    ]
    found = [f.summary for f in compare(docs).disagreements if str(f.kind) == "date"]
    assert found == ["time of attack: 6.40pm / 7pm"]


def test_a_short_sentence_with_a_verb_is_no_dateline() -> None:
    docs = [
        Document(text="The blast went off at about 11am, when the market was packed.", title="A"),
        Document(
            text="The bomb was planted on a motorcycle.\n\nIt exploded shortly after noon.",
            title="B",
        ),
    ]
    found = [f.summary for f in compare(docs).disagreements if str(f.kind) == "date"]
    assert found == ["time of explosion: 11am / noon"]
