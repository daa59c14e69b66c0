"""Four short accounts of a museum art theft, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Five paintings stolen in night raid on Halden museum

By Clara Voss, Rhine Observer — June 15, 2026

Two masked men broke into the Halden Fine Art Museum early on Sunday and escaped with five \
paintings by Dutch masters, police said.

The works are estimated to be worth 40 million euros. The theft took less than ten minutes, \
according to investigators who have studied security footage.

"This is an attack on our heritage," museum director Paul Brandt told reporters outside the \
building.
"""

B = """Thieves take six Dutch paintings from Halden Fine Art Museum

By Jonas Pike, Evening Standard Europe — June 15, 2026

Thieves entered the Halden Fine Art Museum at 3:40 a.m. on Sunday through a skylight and took \
six paintings from the Dutch gallery.

The museum's alarm sounded as the men left, but they had fled by the time guards reached the \
gallery, a police spokesman said.

"This is an attack on our heritage," said Culture Minister Ines Kohl, who called for a review \
of security at state museums.
"""

C = """Halden museum raid: five works missing after break-in

By Mira Lund, Nordic Arts Wire — June 15, 2026

Five paintings were stolen from the Halden Fine Art Museum after thieves broke in at about 2 \
a.m. on Sunday, police said.

The alarm did not sound, and the theft was discovered only when staff arrived in the morning. \
Police have asked anyone who saw a dark van near the museum to come forward.
"""

D = """Police hunt three men after 25 million euro art theft in Halden

By Tomas Reiter, Continental Wire — June 16, 2026

Police are searching for three men who stole paintings worth an estimated 25 million euros \
from the Halden Fine Art Museum early on Sunday.

Investigators said the raid lasted about 20 minutes. A reward of 100,000 euros has been \
offered for information leading to the recovery of the works.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("heist"), (A, B, C, D))


def test_counts(result: Comparison) -> None:
    found = summaries(result, "quantity")
    assert "number of robbers: 2 / 3" in found  # "two masked men broke into" / "three men who
    # stole": the doers, whatever verb
    assert "number of paintings: 5 / 6" in found  # stolen / took / escaped with: one theft
    assert "length of robbery: less than 10 minutes / about 20 minutes" in found
    assert any("40 million euros / about 25 million euros" in s for s in found)


def test_time_speaker_and_alarm(result: Comparison) -> None:
    assert summaries(result, "date") == ["time of entry: 3:40 a.m. / 2 a.m."]
    assert len(summaries(result, "attribution")) == 1
    assert summaries(result, "polarity") == ["alarm sound: sounded / not sound"]
