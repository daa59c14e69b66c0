"""Four short accounts of a zoo escape, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Wolves escape from city zoo

By Nina Roth, Metro Wire — June 8, 2027

Four wolves escaped from Lindholm Zoo early on Wednesday after a storm brought down a tree on \
their enclosure fence, the zoo said.

Three were recaptured within two hours. The fourth was shot dead by police near a school. No \
one was injured. "We deeply regret the loss of this animal," said zoo director Karin Falk.
"""

B = """Zoo wolves on the loose

June 8, 2027

Five wolves got out of their enclosure at Lindholm Zoo on Wednesday morning when a falling \
tree damaged the fence.

Keepers caught four of them by 9 a.m. The last was killed by a police marksman. A jogger \
suffered minor bites, police said.
"""

C = """Zoo defends handling of wolf escape

June 9, 2027

Lindholm Zoo on Thursday defended its decision to allow police to shoot an escaped wolf, \
saying the animal had been close to a school.

"We deeply regret the loss of this animal," a zoo spokesman said. The zoo, which opened in \
1952, has 180 species.
"""

D = """Wolf enclosure to be rebuilt

June 10, 2027

Lindholm Zoo will spend 400,000 euros rebuilding the wolf enclosure, it said on Friday. The \
zoo has about 200 species.

The wolf that was shot was a six-year-old male, keepers said.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("zoo"), (A, B, C, D))


def test_wolves_escaped(result: Comparison) -> None:
    assert summaries(result, "quantity") == ["wolves escaped: 4 / 5"]  # "got out of"
    # (missed: three recaptured / "caught four of them"; no one injured / "a jogger suffered
    # minor bites"; the speaker; 180 / about 200 species, read as one rounded figure)
