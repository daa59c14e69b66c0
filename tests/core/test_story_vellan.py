"""Four short accounts of a cyber attack on a hospital, written in the thirteenth session (batch
48) with their differences listed first, and scored blind once (see the README's table of
stories): what is found, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Cyber attack cripples Brask hospital

By Tomas Lind, Metro Wire — October 20, 2038

A cyber attack has shut down computer systems at St. Vellan Hospital in Brask, forcing staff \
to divert ambulances to other hospitals, officials said on Wednesday.

The attack began early on Tuesday morning. About 40 ambulances were diverted on Tuesday.

Hospital director Ana Ferreira said the attackers had demanded a ransom of 2 million euros in \
bitcoin. "Patient care remains our priority," she said.

No patient data was stolen, the hospital said.
"""

B = """Hackers demand millions from St. Vellan

Brask Courier — October 20, 2038

Hackers have encrypted computer systems at Brask's St. Vellan Hospital and are demanding 5 \
million euros, police said.

The attack was detected at around 11 p.m. on Monday. Some 25 ambulances had to be sent \
elsewhere.

"Patient care remains our absolute priority," director Ana Ferreira said.

Police said data on thousands of patients had been stolen.
"""

C = """Hospital refuses to pay hackers

By Tomas Lind, Metro Wire — October 21, 2038

St. Vellan Hospital in Brask said on Thursday it would not pay the ransom demanded by hackers \
who crippled its systems this week.

About 300 operations have been postponed.

The health minister, Luis Pardo, said the government would help the hospital restore its \
systems within a week.
"""

D = """Operations postponed after hospital hack

National Health Review — October 21, 2038

Brask's St. Vellan Hospital has postponed about 450 operations since a cyber attack on \
Tuesday, the hospital said.

A group calling itself Black Reef claimed responsibility.

The health ministry said systems should be restored within two weeks.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("vellan"), (A, B, C, D))


def test_ransom_operations_data_and_words(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "ransom demanded: 2 million euros / 5 million euros" in counts  # (read after
    assert "operations postponed: about 300 / about 450" in counts  # the blind run)
    assert "time to restore: 1 week / 2 weeks" in counts  # "within a week" (read after)
    assert summaries(result, "polarity") == [
        "steal data patient: No patient data was stolen / stolen"
    ]
    assert len(summaries(result, "attribution")) == 1  # the minister / the ministry
    # (blind, batch 48: 1 of 6, no false alarm. Still missed: early on Tuesday morning /
    # around 11 p.m. on Monday; about 40 / some 25 ambulances ("had to be sent elsewhere"))
    # (the ambulances found in the fourteenth session: "had to be" + a participle is the
    # count's verb; sent elsewhere = diverted, rules)
    assert "ambulances diverted: about 40 / about 25" in summaries(result, "quantity")
