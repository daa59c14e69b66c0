"""Four short accounts of a prison escape, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Three inmates escape from Kestrel Prison through tunnel

By Sam Price, County Herald — August 18, 2025

Three inmates escaped from Kestrel Prison in Marlow County at about 2 a.m. on Sunday, \
crawling through a tunnel they had dug beneath a laundry room.

Two of them were recaptured later that day in a nearby forest. All three had been serving \
sentences for murder.

"We will find them," police chief Dana Cole said.
"""

B = """Manhunt under way after jailbreak in Marlow County

State Radio — August 18, 2025

Four prisoners broke out of a high-security prison in Marlow County early on Sunday, and \
their absence was discovered at the 6 a.m. roll call.

Authorities have offered a $10,000 reward for information leading to their capture.

Residents were told to lock their doors and cars.
"""

C = """Guard arrested over Kestrel jailbreak

By Nina Clark, The Valley Courier — August 19, 2025

A guard was arrested on Monday on suspicion of helping inmates escape from Kestrel Prison, \
where the fugitives had cut through a perimeter fence on Sunday.

Only one of the escapees has been caught so far.

"We will find them," Governor Rick Hale told reporters.
"""

D = """Reward raised as escaped murderers remain at large

By Owen Grant, Daily Chronicle — August 20, 2025

The reward for the capture of the inmates who escaped from Hawkmoor Prison in Marlow County \
around midnight on Sunday has been raised to $25,000.

No staff have been arrested, a prison spokesman said, although an inquiry is under way.

The men were all serving life sentences for murder.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("escape"), (A, B, C, D))


def test_inmates_and_time(result: Comparison) -> None:
    # "Three inmates escaped" / "Four prisoners broke out": one count, two words for each
    assert summaries(result, "quantity") == ["inmates escaped: 3 / 4"]
    assert summaries(result, "date") == ["time of escape: 2 a.m. / midnight"]


def test_not_flagged(result: Comparison) -> None:
    assert not summaries(result, "polarity")  # (the guard arrested / "No staff": missed)


def test_the_prison_named_differently(result: Comparison) -> None:
    # "escaped from Kestrel Prison" / "from Hawkmoor Prison"; "Marlow County" agrees
    assert summaries(result, "name") == ["prison: Kestrel Prison / Hawkmoor Prison"]
