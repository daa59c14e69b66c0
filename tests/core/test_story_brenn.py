"""Four short accounts of a lorry fire in a road tunnel, written at the very end of the thirteenth
session after all its engine changes (batch 50), with their differences listed first, and scored
blind once (see the README's table of stories): what is found, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Lorry fire shuts Brenn tunnel

By Piet Ansel, Alpine Wire — November 8, 2039

A lorry carrying paper caught fire inside the Brenn road tunnel on Monday afternoon, forcing \
about 150 motorists to flee on foot, police said.

The fire broke out at about 3.15 p.m., roughly 2 kilometres from the northern entrance. \
Twelve people were treated for smoke inhalation. The driver escaped unhurt.

"The ventilation system worked exactly as designed," tunnel operator chief Marta Istra said. \
The tunnel will stay closed for at least a week.
"""

B = """Drivers flee smoke-filled Brenn tunnel

Valley Courier — November 8, 2039

Around 200 drivers and passengers abandoned their cars when a truck burst into flames in the \
Brenn tunnel on Monday.

The blaze started shortly before 4 p.m., about 4 kilometres into the tunnel. Eight people \
were taken to hospital, and the driver suffered burns to his hands.

"The ventilation worked just as it was designed to," Marta Istra of the tunnel operator said.
"""

C = """Brenn tunnel to reopen on Friday

By Piet Ansel, Alpine Wire — November 9, 2039

The Brenn tunnel will reopen on Friday after repairs to its lighting and ceiling, the \
operator said on Wednesday.

Firefighters needed five hours to put out Monday's blaze. About 40 firefighters were involved.
"""

D = """Questions over tunnel safety after Brenn fire

Transport Review — November 9, 2039

More than 60 firefighters fought Monday's fire in the Brenn tunnel, which took three hours to \
bring under control.

The tunnel's sprinkler system had been inspected in September, the operator said.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("brenn"), (A, B, C, D))


def test_time_firefighters_and_words(result: Comparison) -> None:
    assert summaries(result, "date") == ["time of fire: 3.15 p.m. / 4 p.m."]
    assert "firefighters deployed: about 40 / more than 60" in summaries(result, "quantity")
    assert len(summaries(result, "quote")) == 1
    # (blind, batch 50: 3 of 8, no false alarm. Missed: about 150 / around 200 who fled;
    # about 2 / about 4 kilometres in; twelve treated / eight in hospital; the driver unhurt /
    # burned; five / three hours to put out)
    # Found in the fourteenth session: a distance told after the clause of the deed
    assert "distance: about 2 kilometres / about 4 kilometres" in summaries(result, "quantity")
