"""Four short accounts of a port workers' strike, in the sample's style, written in the
eleventh session with their differences listed first, and scored blind once (batch 42, see
the README's table of stories): what is found, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Harwick port grinds to a halt as dockers strike

By Lena Voss, Business Desk — May 20, 2031

About 4,000 dock workers at the port of Harwick began a 48-hour strike at midnight on \
Sunday after rejecting a pay offer of 3.5%, their union said.

The Dockers' Union, which called the strike, last walked out in 2019. "We will not be \
bullied back to work," union leader Tomas Brecht told a rally at the port gates.

The employers said the offer was fair and urged the union to return to talks.
"""

B = """Dock strike strands ships off Harwick

Harwick Gazette — May 20, 2031

More than 40 ships were waiting off Harwick on Monday as 2,500 dock workers stayed away \
from work at the start of a 72-hour strike.

Union leader Tomas Brecht said: "We will not be forced back to work." Freight companies \
warned of delays to deliveries across the region.
"""

C = """Harwick strike: talks fail again

By Lena Voss, Business Desk — May 21, 2031

Talks to end the strike at Harwick port collapsed on Tuesday. The walkout began at 6am on \
Monday.

The employers had offered a pay rise of 4%, which the union called an insult. The last \
strike at the port, in 2017, lasted a week.
"""

D = """Ships queue as Harwick dispute drags on

Shipping Today — May 21, 2031

About 25 vessels are waiting to berth at Harwick, port officials said. The Port Workers' \
Federation, led by Tomas Brecht, says the strike will go on until a better offer is made.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("harwick"), (A, B, C, D))


def test_length_ships_start_and_words(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "length of strike: 48 hours / 72 hours" in counts
    assert "ships waited: more than 40 / about 25" in counts
    assert len(summaries(result, "date")) == 2  # midnight on Sunday / 6am on Monday
    assert len(summaries(result, "quote")) == 1  # "bullied back" / "forced back to work"
    # (blind, batch 42: 4 of 7, no false alarm. Still missed: about 4,000 / 2,500 workers;
    # a pay offer of 3.5% / a rise of 4%; the last strike in 2019 / in 2017)
