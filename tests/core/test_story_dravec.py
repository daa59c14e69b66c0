"""Four short accounts of a mine collapse, written in the thirteenth session (batch 48) with their
differences listed first, and scored blind once (see the README's table of stories): what is
found, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Fourteen miners trapped after Tamsk collapse

By Irena Kos, Eastern Wire — March 10, 2038

Rescuers were trying to reach 14 miners trapped underground after a tunnel collapsed at the \
Dravec coal mine in Tamsk on Tuesday evening, the mine's owner, Tamsk Coal, said.

The collapse happened at about 7.30 p.m., about 600 metres below the surface. Twenty-two \
miners made it out on their own; three of them were taken to hospital.

"We are doing everything we can to bring them home," said rescue chief Pavel Novak.

Officials said the cause of the collapse was not yet known.
"""

B = """Miners trapped in Dravec mine are alive, officials say

Tamsk Daily — March 10, 2038

Eleven miners are trapped after a roof collapse at the Dravec mine late on Tuesday, regional \
officials said.

The accident occurred shortly after 9 p.m. at a depth of 800 metres. Rescue teams have \
drilled a borehole and made contact with the trapped men, who are all alive.

"We are doing everything possible to bring them home," Pavel Novak, who is leading the \
rescue, told reporters.

A gas explosion caused the collapse, a mine official said.
"""

C = """No contact yet with trapped Tamsk miners

By Irena Kos, Eastern Wire — March 11, 2038

Rescuers have not yet made contact with the miners trapped at the Dravec mine, Tamsk Coal \
said on Thursday.

The company said 14 men remained underground. More than 120 rescuers are working in shifts.

The mine was fined last year for safety violations, records show.
"""

D = """Nine miners rescued alive in Tamsk

Northern Herald — March 12, 2038

Nine miners were brought to the surface alive on Friday, three days after a tunnel collapsed \
at the Dravec coal mine. Five others are still missing.

The mine had passed a safety inspection in January, Tamsk Coal said. About 90 rescuers took \
part in the operation.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("dravec"), (A, B, C, D))


def test_trapped_time_depth_contact_and_words(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "people trapped: 14 / 11" in counts
    assert "depth: about 600 metres / 800 metres" in counts  # (read after the blind run)
    assert summaries(result, "date") == ["time of collapse: 7.30 p.m. / 9 p.m."]
    assert summaries(result, "polarity") == ["make contact with trapped: made / not yet made"]
    assert any("everything possible" in s for s in summaries(result, "quote"))
    # (blind, batch 48: 4 of 6, no false alarm; the time's topic read "time of metre", mended
    # after. Still missed: more than 120 / about 90 rescuers, the second in a sentence read
    # as background after "had passed a safety inspection in January")
    assert "rescuers deployed: more than 120 / about 90" in summaries(result, "quantity")
    # (found in the fourteenth session: after background in the past perfect, a sentence
    # in the simple past tells the news again)
