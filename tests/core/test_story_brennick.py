"""Four short accounts of an explosion at a chemical plant, written in the twelfth session after
its first engine changes, with their differences listed first, and scored blind once (batch 45,
see the README's table of stories): what is found, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Explosion at Brennick chemical plant injures 14

By Hanna Voss, Industrial Times — October 9, 2032

An explosion ripped through a chemical plant in Brennick on Thursday morning, injuring 14 \
workers, two of them seriously, the fire service said.

The blast happened at about 9.30 a.m. in a storage hall holding ammonium nitrate, according to \
the plant's operator, Kessel Chemie.

About 200 residents living within one kilometre of the site were evacuated as a precaution. \
They were allowed back home on Thursday evening.

"There is no danger to the public," said fire chief Marta Olsen.
"""

B = """Brennick blast: 17 hurt, homes evacuated

Brennick Gazette — October 9, 2032

Seventeen people were hurt when a tank exploded at the Kessel Chemie plant on Thursday, the \
company said.

The explosion, at around 10 a.m., sent a plume of black smoke over the town. Police evacuated \
about 500 people from nearby streets.

Fire chief Marta Olsen said the smoke contained chlorine and urged residents to keep their \
windows closed. "There is no immediate danger to the public," she said.

The plant employs 340 people.
"""

C = """Chemical plant explosion: union demands answers

By Rolf Egger, Labour Weekly — October 10, 2032

The union representing workers at Kessel Chemie in Brennick has demanded an independent \
inquiry after Thursday's explosion, which injured 14 people.

Union official Sina Kraft said four workers were still in hospital, one in a critical \
condition. "We warned management about that tank six months ago," she said.

The company said it had received no such warning.

The plant, which employs about 430 people, will stay closed until next Monday.
"""

D = """Kessel Chemie: blast caused by faulty valve

Brennick Gazette — October 11, 2032

A faulty valve caused Thursday's explosion at the Kessel Chemie plant in Brennick, the company \
said on Saturday.

Managing director Paul Wendt said the tank held sulphuric acid, not ammonium nitrate as first \
reported. "The valve failed under pressure," he said.

Wendt confirmed that the union had raised concerns about the tank in the spring. Two workers \
remain in hospital.

The plant will reopen on Wednesday, he said.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("brennick"), (A, B, C, D))


def test_hurt_evacuated_employed(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "people injured: 14 / 17" in counts  # ("Two workers remain in hospital" two days
    # on is no count of the hurt)
    assert "people evacuated: about 200 / about 500" in counts
    assert "people employed: 340 / about 430" in counts
    # (blind, batch 45: 2 of 7, "employs" read after it. Still missed: about 9.30 a.m. /
    # around 10 a.m.; ammonium nitrate / sulphuric acid; "received no such warning" /
    # "confirmed that the union had raised concerns"; closed until next Monday / reopen on
    # Wednesday)
