"""Four short accounts of a car bomb in a market, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Car bomb kills 17 in crowded Kandor market

By Rafiq Anwar, South Asia Wire — November 3, 2027

A car bomb exploded in a crowded vegetable market in the northern city of Kandor on \
Wednesday, killing 17 people and wounding 52, police said.

The explosives-laden car was parked near the main mosque and went off at about 11 a.m., as \
shoppers packed the market.

No group has claimed responsibility for the attack. Police chief Asad Malik said the bomb \
contained about 40 kilograms of explosives.
"""

B = """Kandor bombing: death toll rises to 23

By Helen Marsh, World Service Online — November 4, 2027

The death toll from Wednesday's car bombing in Kandor rose to 23 on Thursday after six of the \
wounded died in hospital, officials said.

The blast, shortly before noon, tore through stalls and set nearby shops on fire. More than \
60 people were injured.

The Eastern Front, a militant group, said in a statement that it carried out the bombing.
"""

C = """Militants claim deadly Kandor market blast

By Tariq Shah, The Frontier Post — November 4, 2027

A militant group claimed responsibility on Thursday for a car bomb that killed at least 20 \
people in a Kandor market the previous day.

Investigators said the car, stolen two weeks ago, had been packed with about 60 kilograms of \
explosives.

Provincial governor Nadia Rehman visited the wounded in hospital and promised compensation to \
victims' families.
"""

D = """Kandor mourns its dead

By Lena Vogt, Global Voices — November 5, 2027

Funerals were held on Thursday for 19 victims of the market bombing in Kandor.

The bomber struck at 9 a.m., when the market was busiest, witnesses said. Police said no one \
had yet claimed the attack.

"We will not be intimidated," said police chief Asad Malik.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("carbomb"), (A, B, C, D))


def test_dead_wounded_time_and_claim(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "people killed: 17 / 23 (later account) / at least 20 (later account)" in counts
    assert "people injured: 52 / more than 60 (later account)" in counts
    assert summaries(result, "date") == ["time of explosion: 11 a.m. / 9 a.m."]
    assert any("No group has claimed" in s for s in summaries(result, "polarity"))
    assert not summaries(result, "wording")  # a bomb "exploded": no loaded word for a rise
    # (missed: about 40 / about 60 kilograms of explosives; b's "shortly before noon")
