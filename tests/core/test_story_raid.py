"""Four short accounts of a drugs raid, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Police seize 300 kg of cocaine in port raid

By Paul Berg, Coastal Wire — May 12, 2027

Police arrested 12 people and seized 300 kilograms of cocaine in a raid on a warehouse in the \
port of Kestrel on Tuesday, the interior ministry said.

The drugs had a street value of about 12 million euros. Officers also found three firearms. \
"This is a major blow to organised crime," said Interior Minister Carla Ruiz.
"""

B = """Kestrel drugs raid: 14 held

May 12, 2027

Fourteen people were detained when police raided a warehouse in Kestrel's port before dawn on \
Tuesday, seizing 250 kilograms of cocaine worth an estimated 15 million euros.

No weapons were found, a police spokesman said. The operation involved 200 officers.
"""

C = """Port raid suspects appear in court

May 14, 2027

Twelve people arrested in Tuesday's raid in the port of Kestrel appeared in court on Thursday \
charged with drug trafficking.

"This is a major blow to organised crime," police chief Erik Dahl said after the hearing. \
About 150 officers took part in the operation, he said.
"""

D = """How the Kestrel cocaine was smuggled

May 15, 2027

The cocaine seized in Kestrel on Monday had arrived hidden in a shipment of bananas from \
Ecuador, investigators said.

The shipping container had passed through two other ports before reaching Kestrel.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("raid"), (A, B, C, D))


def test_arrests_officers_day_and_speaker(result: Comparison) -> None:
    found = summaries(result, "quantity")
    assert "people arrested: 12 / 14" in found
    assert "officers involved: 200 / about 150" in found
    assert summaries(result, "date") == ["date of seizure: Tuesday (11 May) / Monday (10 May)"]
    assert len(summaries(result, "attribution")) == 1
    # (missed: 300 / 250 kilograms; 12 / 15 million euros)
    assert summaries(result, "polarity") == ["find three firearms: found / No weapons were found"]
    # (three firearms / no weapons: found in the thirteenth session, "found" read as the
    # irregular participle a "no" subject denies)
