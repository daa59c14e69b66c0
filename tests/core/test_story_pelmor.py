"""Four short accounts of a wildfire's evacuation, in the sample's style, written in the fourteenth
session after its engine changes (batch 52), with their differences listed first, and scored
blind once (see the README's table of stories): what is found, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Wildfire forces thousands from homes near Pelmor

By Jonas Reef, Regional Wire — August 14, 2040

A wildfire that broke out shortly after 2 p.m. on Monday in hills north of Pelmor forced \
about 6,000 residents to leave their homes, officials said.

The fire has burned more than 3,000 hectares and destroyed at least 40 homes. About 350 \
firefighters, backed by six water-bombing aircraft, were battling the flames on Tuesday.

"We are doing everything we can to save homes," fire chief Anna Maelis said.
"""

B = """Pelmor blaze destroys 28 houses

Pelmor Gazette — August 14, 2040

Some 4,500 people were evacuated from villages around Pelmor after a forest fire started at \
around 4 p.m. on Monday.

By Tuesday morning the blaze had scorched about 2,200 hectares and 28 houses had been \
destroyed. More than 500 firefighters are tackling the fire.

"We are doing everything we can to save homes," said fire chief Anna Maelis.
"""

C = """Police suspect arson in Pelmor fire

By Jonas Reef, Regional Wire — August 15, 2040

Police said on Wednesday that the wildfire near Pelmor had been started deliberately, and \
appealed for witnesses.

Residents began returning to some villages as firefighters brought the fire under control.
"""

D = """Pelmor fire: what we know

Country Times — August 15, 2040

Fire crews said on Wednesday the Pelmor wildfire was largely contained after two days.

Police said the fire was not started deliberately and that dry weather and strong winds had \
spread it quickly.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("pelmor"), (A, B, C, D))


def test_counts_time_and_arson(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "people evacuated: about 6,000 / about 4,500" in counts
    assert "area burned: more than 3,000 hectares / about 2,200 hectares" in counts
    assert "homes destroyed: at least 40 / 28" in counts
    assert "firefighters deployed: about 350 / more than 500" in counts
    assert summaries(result, "date") == ["time of start: 2 p.m. / 4 p.m."]
    assert summaries(result, "polarity") == ["start deliberately: started / not started"]
    assert not summaries(result, "quote")  # the fire chief's words, the same in both
    # (blind, batch 52: 6 of 6, no false alarm)
