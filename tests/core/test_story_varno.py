"""Four short accounts of a ferry capsizing on a lake, written in the twelfth session after its
first engine changes, with their differences listed first, and scored blind once (batch 45, see
the README's table of stories): what is found, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Ferry capsizes on Lake Varno, at least 19 dead

By Tomas Reiter, Lakeland Press — June 3, 2033

A passenger ferry capsized on Lake Varno on Sunday afternoon, killing at least 19 people, \
regional officials said.

The MV Calla was carrying 86 passengers and six crew when it overturned about 300 metres from \
the jetty at Orsk shortly after 4 p.m. Rescuers pulled 58 people from the water.

The ferry was licensed to carry no more than 60 passengers, according to the harbour authority.

"The boat tipped over in seconds. People were screaming," said survivor Lena Morrow, 27.

Regional governor Piet Haskel has ordered an inquiry. "Those responsible will be held to \
account," he said.
"""

B = """Lake Varno ferry disaster: 23 confirmed dead

Varno Herald — June 4, 2033

The death toll from Sunday's ferry accident on Lake Varno has risen to 23, with 11 people \
still missing, the regional emergency service said on Monday.

The MV Calla overturned around 4.40 p.m. near the Orsk jetty. It had 104 people on board, \
officials said.

Divers recovered four more bodies overnight. The search was suspended at dusk and will resume \
at first light.

The ferry's owner, Varno Lines, said the vessel had passed its annual safety inspection in \
March.

Governor Piet Haskel said: "Whoever is responsible will be held accountable."
"""

C = """Overloaded ferry sinks in storm

By Ada Lind, Northern Wire — June 3, 2033

A ferry carrying more than 90 people capsized in a sudden storm on Lake Varno on Sunday, \
leaving 19 people dead.

Survivors said the boat was badly overloaded. "There were people standing everywhere, even on \
the roof," said one passenger, Lena Morow.

The harbour authority said the MV Calla was licensed for 80 passengers. The owner, Varno \
Lines, has not commented.

Weather officials said winds reached 70 km/h as the storm moved across the lake.
"""

D = """Ferry owner denies overloading

Orsk Daily — June 5, 2033

Varno Lines, the owner of the ferry that capsized on Lake Varno on Sunday, denied on Tuesday \
that the vessel had been overloaded.

"The Calla was carrying 84 passengers, well within its limit," company director Ivo Brant said.

The company said the ferry failed its last safety inspection in March but had been repaired \
since.

Twenty-three people are known to have died. Police said the captain, 61, had been detained for \
questioning.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("varno"), (A, B, C, D))


def test_toll_aboard_time_and_inspection(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "people died: at least 19 / 23 (later account) / 19" in counts
    assert "people on board: 92 (86 passengers and six crew) / 104 / more than 90 / 84" in counts
    assert "passengers licensed: up to 60 / 80" in counts  # ("licensed to carry no more
    # than 60": the licence's count, in a sentence that names the ship only as "the ferry")
    assert "time of overturn: 4 p.m. / 4.40 p.m." in summaries(result, "date")
    assert "pass its annual safety inspection: passed / failed" in summaries(result, "polarity")
    quotes = summaries(result, "quote")
    assert any(q.startswith("Regional governor Piet Haskel's words") for q in quotes)
    # (blind, batch 45: 5 of 7, no false alarm; the total aboard was read after it, "It had
    # 104 people on board" naming the ship the sentence before names, and the licence. The
    # governor's words were credited to the survivor quoted a
    # paragraph before; "he" now reads as the person the sentence before opens with.)
