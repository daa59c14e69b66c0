"""Four short accounts of the 1879 Tay Bridge fall, written here in period newspaper English
with their differences listed first, and scored blind once before the engine was changed for
them (see the README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Terrible Disaster on the Tay Bridge

From the Dundee Advertiser — December 29, 1879

Last night, during a furious gale, the central girders of the Tay Bridge gave way while the \
mail train from Edinburgh was crossing, and the whole train was precipitated into the river.

The train left Wormit station at thirteen minutes past seven o'clock. It is believed that \
about ninety persons were in the carriages, and not one has survived.

The high girders, thirteen in number, have all fallen.
"""

B = """The Fall of the Tay Bridge

From the Scotsman — December 29, 1879

The great bridge over the Tay was partly destroyed by the storm on Sunday night, and the \
train which left Edinburgh at four o'clock in the afternoon was carried with it into the water.

The train was due at Dundee at a quarter past seven. The number of passengers is believed to \
have been about seventy-five, besides the driver, fireman and guard.

Eleven of the high girders have been blown down.
"""

C = """The Tay Bridge Calamity

From the Glasgow Herald — December 30, 1879

The tickets collected at St Fort station show that fifty-seven passengers were booked through \
to Dundee, and it is now thought that the total number in the train did not exceed \
seventy-five.

Divers went down on Monday but could not reach the carriages. One body has been recovered.

"The bridge was perfectly safe for any wind that blows," said Sir Thomas Bouch, the engineer, \
in evidence last year.
"""

D = """The Tay Bridge Inquiry

From the Times — January 5, 1880

It is now known that seventy-five persons lost their lives when the bridge fell on the night \
of the 28th ult.

Two bodies had been recovered by Saturday. "The bridge was perfectly safe for any wind that \
blows," the Board of Trade inspector, General Hutchinson, had declared when he passed it.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("taybridge"), (A, B, C, D))


def test_bodies_and_speaker(result: Comparison) -> None:
    assert summaries(result, "quantity") == ["people dead: One body / 2 (later account)"]
    assert len(summaries(result, "attribution")) == 1  # "the Board of Trade inspector,
    # General Hutchinson, had declared"
    # (missed: about ninety / about seventy-five in the train, "were in the carriages" telling
    # no deed; thirteen / eleven high girders fallen, "thirteen in number")
