"""Batch 63 (seventeenth session), a fertiliser depot fire in four accounts (wire, live blog,
local paper, trade weekly), written with its differences listed first and scored blind once
(7 of 14 over the batch, one false alarm): what is found now, and what is not."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Fire destroys fertiliser depot in Hexwell, hundreds evacuated

By Niamh Carver, Northern Wire — March 3, 2043

HEXWELL — A fire destroyed a fertiliser depot on the edge of Hexwell early on Tuesday, forcing \
about 1,200 residents from their homes, the fire service said.

The blaze broke out at about 2.40 a.m. in a storage hall at the Morrant Agrochem depot on \
Quarry Lane. Sixty firefighters fought the flames for more than five hours.

Three workers on the night shift were injured, one of them seriously.

"We have lost the building, but the tanks are safe," said Dana Pell, the county's chief fire \
officer.

The depot stored 400 tonnes of ammonium nitrate, according to the company.
"""

B = """LIVE: Hexwell depot fire

Radio Hexwell — March 3, 2043

07.10 — Police say around 2,000 people have been told to leave their homes near Quarry Lane \
while crews tackle the fire at the Morrant Agrochem depot. A rest centre has opened at Hexwell \
Leisure Centre.

08.25 — The alarm was raised just after 3 a.m., according to the fire service. More than 80 \
firefighters from across the county are at the scene.

09.40 — Two workers were taken to hospital with burns, the ambulance service has confirmed. \
Neither is thought to be in a serious condition.

10.15 — Chief fire officer Dana Pell has just spoken to reporters: "The building has gone, but \
the storage tanks are safe. That was our priority."
"""

C = """Hexwell residents return home after depot blaze

The Hexwell Courier — March 4, 2043

Residents evacuated after Tuesday's fire at the Morrant Agrochem depot began returning home on \
Wednesday, after the evacuation order was lifted at 2 p.m.

The order had been issued by the mayor, Tobias Renn, shortly after the fire broke out.

The company said the fire started in a loading bay. The depot held 250 tonnes of ammonium \
nitrate at the time, it said, none of which caught fire.

Morrant's chief executive, Lara Voss, said the depot had passed a safety inspection in \
January. "We will cooperate fully with the investigation," she said.
"""

D = """Questions for Morrant after Hexwell fire

Agri Trade Weekly — March 6, 2043

The fire that destroyed Morrant Agrochem's depot in Hexwell on Tuesday has renewed calls for \
tighter rules on fertiliser storage.

The county fire service, which ordered the evacuation of nearby streets, said it would publish \
a report within six weeks.

The depot, opened in 2009, was last inspected in November, according to county records. \
Morrant employs 340 people at Hexwell.

Chief executive Lara Voss declined to comment on the cause of the fire.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("hexwell"), (A, B, C, D))


def test_counts_time_and_words(result: Comparison) -> None:
    assert summaries(result, "quantity") == [
        "people evacuated: about 1,200 / about 2,000",  # ("told to leave their homes")
        "firefighters deployed: 60 / more than 80",
        "people injured: 3 / 2",  # ("taken to hospital with burns")
        "nitrate: 400 tonnes / 250 tonnes",
    ]  # (blind: firefighters and nitrate; the evacuated and the hurt found after)
    assert summaries(result, "date") == ["time of fire: 2.40 a.m. / 3 a.m."]  # (blind, this
    # had "/ 2 p.m.", the lifting of the evacuation order, joined to it: mended)
    assert len(summaries(result, "quote")) == 1  # Dana Pell's words


def test_still_missed(result: Comparison) -> None:
    # who ordered the evacuation, "issued by the mayor, Tobias Renn" / "The county fire
    # service, which ordered the evacuation"; the last inspection, "passed a safety
    # inspection in January" / "was last inspected in November" (the sentences share too
    # little for two months to be one inspection's)
    assert not summaries(result, "name")
    assert not summaries(result, "polarity")
