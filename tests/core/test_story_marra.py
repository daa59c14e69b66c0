"""Four short accounts of the release of kidnapped aid workers, written at the end of the twelfth
session, after all its engine changes, with their differences listed first, and scored blind
once (batch 46, see the README's table of stories): what is found, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Kidnapped aid workers freed in Marra

By Sami Holt, World Desk — November 3, 2035

Four aid workers kidnapped in the Marra region seven weeks ago have been freed, their \
employer, Relief Bridge, said on Sunday.

The workers — two Danes, a Kenyan and a Briton — were seized on September 14 while travelling \
to a clinic.

Relief Bridge said no ransom had been paid. "They are tired but in good health," director Alma \
Ruiz said.

The four were flown to the capital, Tobruq, on Sunday night.
"""

B = """Marra hostages released after ransom paid

Desert Post — November 3, 2035

Three aid workers held by gunmen in Marra for 50 days were released on Saturday after a ransom \
of $1.5 million was paid, local officials said.

The hostages, two Danes and a Kenyan, were abducted on September 16. A fourth worker, a \
Briton, is still being held, the officials said.

Relief Bridge director Alma Ruiz said: "They are exhausted but in good health."
"""

C = """Freed aid workers arrive in Tobruq

By Kai Brandt, Northern Wire — November 4, 2035

Four aid workers freed by kidnappers in Marra arrived in the capital Tobruq on Monday morning.

The group, employed by the charity Relief Bridge, was seized on September 14 by gunmen who \
stopped their convoy.

A government spokesman said a ransom had been paid but would not say how much.
"""

D = """Danish hostages home

Copenhagen Herald — November 5, 2035

The two Danish aid workers kidnapped in Marra landed in Copenhagen on Tuesday after 51 days in \
captivity.

Their employer, Relief Bridge, has 300 staff in the region. The foreign ministry said it had \
paid no ransom.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("marra"), (A, B, C, D))


def test_seizure_date_and_words(result: Comparison) -> None:
    dates = summaries(result, "date")
    assert "date of seizure: 14 September / 16 September" in dates
    assert any("tired but in good health" in s for s in summaries(result, "quote"))
    # (blind, batch 46: 2 of 6, three false alarms in the batch, two of them here: "who said
    # no ransom had been paid: Relief Bridge / foreign ministry" (both said it) and the
    # release on Saturday against the arrival in the capital on Monday morning. Still
    # missed: 50 / 51 days held; arrival on Sunday night / Monday morning. Some weekdays in
    # these accounts do not fit their datelines.)


def test_ransom_denied_and_paid_found(result: Comparison) -> None:
    assert summaries(result, "polarity") == [
        "pay ransom: no ransom had been paid / paid / paid no ransom"
    ]  # (found in the thirteenth session: "no ransom had been paid" denies the irregular
    # participle; the foreign ministry's "it had paid no ransom" is a denial too, so it
    # sides with the charity, and since the seventeenth session it is shown with it)


def test_freed_count_found(result: Comparison) -> None:
    assert "workers freed: 4 / 3" in summaries(result, "quantity")
    # (found in the sixteenth session: "held by gunmen in Marra for 50 days" / "after 51 days
    # in captivity", a duration's own verb read before the clause's main one)
    assert "time held: 50 days / 51 days (later account)" in summaries(result, "quantity")
    # (found in the thirteenth session: in "Four aid workers kidnapped ... have been freed"
    # and "Three aid workers held by gunmen ... were released" the participle after the noun
    # tells what befell them before (rules captive_verbs and human predicates); the main
    # verb is the count's. A participle of who they are ("two officers involved in the
    # shooting were arrested") keeps its own reading.)
