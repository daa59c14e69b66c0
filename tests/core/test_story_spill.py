"""Four short accounts of an oil spill, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Tanker spills oil along southern coast after grounding

By Lena Holt, Coastal Times — June 4, 2025

The Liberian-flagged tanker Nordic Star ran aground shortly before 4 a.m. on Tuesday at the \
mouth of Sandvik Bay, spilling about 2,000 tonnes of crude oil.

All 22 crew members were rescued by coastguard helicopters.

By Wednesday the slick had reached 40 kilometres of coastline, coating beaches and bird \
colonies.

Fishing has been banned in the bay until further notice, the regional council said.
"""

B = """Oil slick spreads after tanker hits rocks in Sandvik Bay

Maritime Daily — June 4, 2025

Oil from the stricken tanker Nordic Star has fouled 65 km of shore since the ship hit rocks \
in Sandvik Bay on Tuesday.

The vessel, which had a crew of 25, was carrying 80,000 tonnes of crude from the Baltic.

Some 300 workers have been deployed to clean the beaches.

"This is an ecological disaster for the whole region," Environment Minister Petra Lind said \
on a visit to the bay.
"""

C = """Minister warns of catastrophe as Nordic Star leaks crude

By Karl Berg, North Sea Post — June 5, 2025

The tanker Nordic Star struck the reef around 1 a.m. on Tuesday, and investigators believe \
3,500 tonnes of oil escaped before the breach was sealed.

Environment Minister Petra Lind called the spill "an environmental catastrophe for the entire \
region."

Salvage teams hope to refloat the tanker at high tide on Friday.
"""

D = """Volunteers join fight against Sandvik Bay oil spill

By Mira Dahl, Regional Broadcaster — June 5, 2025

Nearly 500 volunteers and contractors were working on Thursday to clear oil from beaches \
around Sandvik Bay, two days after the Panamanian-flagged Nordic Star ran aground.

Local fishermen said they feared for their livelihoods, although no ban on fishing has been \
ordered.

Environment Minister Petra Lind promised that the ship's owners would pay for the cleanup.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("spill"), (A, B, C, D))


def test_amounts_and_time(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "oil: about 2,000 tonnes / 3,500 tonnes" in counts  # not the 80,000 tonnes carried
    assert "coastline: 40 kilometres / 65 km" in counts  # coastline = shore
    assert summaries(result, "date") == ["time of run aground: 4 a.m. / 1 a.m."]
    # (found in the seventeenth session: "Fishing has been banned in the bay" / "no ban on
    # fishing has been ordered", a passive's subject told as the other's object after "no")
    assert summaries(result, "polarity") == [
        "ban in bay: banned / no ban on fishing has been ordered"
    ]


def test_nothing_flagged_on_what_they_agree_on(result: Comparison) -> None:
    # the tanker, the bay and the minister are named alike; only the flag differs
    assert summaries(result, "name") == ["flag: Liberian-flagged / Panamanian-flagged"]
    assert not summaries(result, "attribution")
