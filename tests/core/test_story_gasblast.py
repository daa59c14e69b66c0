"""Four short accounts of a gas explosion in a block of flats, written here in the sample's
style with their differences listed first, and scored blind once before the engine was changed
for them (see the README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

# The accounts' publication dates were corrected after the blind score (from 21-23 January 2027 to
# 22-24 January 2027) so that the weekdays they tell fall in the week told; the blind score in the
# README was on the inconsistent dates.

A = """Gas explosion destroys apartment block in Rovno

By Irina Pavlova, Eastern News Agency — January 22, 2027

A gas explosion ripped through a nine-storey apartment block in the city of Rovno early on \
Friday, killing four residents, emergency officials said.

The blast, at about 6:30 a.m., brought down two floors of the building. Firefighters rescued \
15 people from the rubble, and 120 residents were evacuated from neighbouring buildings.

Officials said a leaking pipe in a ground-floor flat was the most likely cause.
"""

B = """Six dead in Rovno building blast

By Mark Ellis, Continental Post — January 23, 2027

Six people were killed and nine injured when a gas explosion partially destroyed a ten-storey \
residential building in Rovno on Friday morning, the emergency ministry said on Saturday.

Rescuers pulled 12 people alive from the debris. Around 200 people were moved out of nearby \
homes as a precaution.

The ministry said it had not ruled out a deliberate act.
"""

C = """Rovno blast: residents had complained of gas smell

By Olga Marchenko, Rovno Courier — January 23, 2027

Residents of the building in Rovno where an explosion killed six people on Friday had \
complained about a smell of gas for weeks, neighbours said.

The explosion happened shortly after 7 a.m. Mayor Viktor Hrytsenko said the building's gas \
pipes had been inspected in October.

"The block cannot be saved and will have to be demolished," the mayor said.
"""

D = """City in shock after deadly explosion

By Anna Kowal, Weekly Review — January 24, 2027

The gas pipes in the Rovno block where six people died had not been inspected for years, an \
engineer told the newspaper.

Rescue teams searched the ruins for two days. Officials have ruled out sabotage.

"The block cannot be saved and will have to be demolished," said regional governor Pavlo \
Symonenko.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("gasblast"), (A, B, C, D))


def test_dead_storeys_rescued_evacuated_time_and_speaker(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "number of storeys: 9 / 10" in counts
    assert "people killed: 4 / 6 (later account)" in counts
    assert "people rescued: 15 / 12" in counts  # "pulled 12 people alive"
    assert "people evacuated: 120 / about 200 (later account)" in counts
    assert summaries(result, "date") == [
        "time of explosion: 6:30 a.m. / 7 a.m."
    ]  # "The blast, at about 6:30 a.m." / "The explosion happened shortly after 7 a.m.",
    # the sentence ending at "a.m." before "Mayor ... said"
    assert len(summaries(result, "attribution")) == 1
    # (missed: pipes inspected in October / not inspected for years; a deliberate act not
    # ruled out / sabotage ruled out)
