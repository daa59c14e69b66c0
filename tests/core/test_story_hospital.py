"""Four short accounts of a hospital intensive care unit fire, written here with their differences
listed first, and scored blind once before the engine was changed for them (see the README's
table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Fire in hospital intensive care unit kills 11 patients

By Elena Popa, Balkan Wire — December 2, 2028

A fire broke out in the intensive care unit of the county hospital in Dravik late on Sunday, \
killing 11 patients, the health ministry said.

The fire started at about 10.40pm, probably because of a short circuit in a ventilator, \
officials said. There were 16 patients in the ward at the time.

Doctors and nurses carried the surviving patients to other wards.
"""

B = """Dravik hospital fire: ministry orders inspections

By Ivan Markov, Continental Press — December 2, 2028

Health Minister Ana Petrescu ordered fire safety inspections at all hospitals on Monday, a day \
after a fire killed ten patients in an intensive care unit in Dravik.

The fire began shortly after 11pm. There were 14 patients in the unit.

"This tragedy should never have happened," Ms Petrescu said.
"""

C = """Nurse who tried to save patients badly burned

By Elena Popa, Balkan Wire — December 3, 2028

A nurse who tried to pull patients out of the burning intensive care unit in Dravik on Sunday \
night suffered burns to 40 per cent of her body, the hospital said.

The number of patients who died has risen to 12, the health ministry said.

"This tragedy should not have happened," the minister said.
"""

D = """Dravik hospital fire started in ventilator, inquiry finds

By Paul Stan, The Observer — December 5, 2028

A ventilator that caught fire caused the blaze that killed 12 patients at Dravik county \
hospital on Sunday, investigators said on Thursday.

A nurse who was hurt in the fire suffered burns to 60 per cent of her body, the hospital said.

The ventilator had been serviced two weeks before the fire, investigators said.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("hospital"), (A, B, C, D))


def test_toll_time_ward_burns_and_quote(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "people killed: 11 / 10 / 12 (later account)" in counts
    assert "people present: 16 / 14" in counts  # "There were 16 patients in the ward"
    assert any("40 per cent" in c and "60 per cent" in c for c in counts)
    assert summaries(result, "date") == ["time of fire: 10.40pm / 11pm"]
    # "on Monday, a day after a fire killed ten patients": the fire's day is Sunday (blind,
    # "date of killing: Sunday / Monday", a false alarm)
    assert len(summaries(result, "quote")) == 1
    assert not summaries(result, "attribution")
    # "the minister" / "Ms Petrescu", told "Health Minister Ana Petrescu" elsewhere: one
    # speaker (blind, a false alarm). (blind, batch 34: 4 of 5, 2 false alarms; the
    # burns' topic reads "body")
