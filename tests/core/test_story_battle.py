"""Four short accounts of an 1814 battle in period accounts, written here in the sample's style
with their differences listed first, and scored blind once before the engine was changed for
them (see the README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """The Action at Carrow Bridge

From the Journal of Captain Henry Ames, 1814

On the morning of the 9th of June, at about seven o'clock, the enemy advanced upon Carrow \
Bridge with some four thousand men and twelve pieces of artillery.

Our force, consisting of two regiments of foot and a squadron of horse, held the bridge until \
noon, when General Pike ordered a retreat. We lost one hundred and twenty men killed and \
wounded.

The bridge was blown up by our engineers as the last of our men crossed.
"""

B = """Carrow Bridge

From the Memoirs of Sergeant Thomas Reed, 1830

It was on the 10th of June that the French came down upon us at Carrow Bridge, in number near \
six thousand, with eight guns.

We held them till past two o'clock in the afternoon, and then fell back by order of General \
Pike. Our loss was about two hundred men.

The engineers tried to blow the bridge, but the powder was wet and the charge did not go off, \
so that the enemy crossed unhindered.
"""

C = """Despatch of General Pike

From the London Gazette, June 1814

I have the honour to report that on the 9th instant the enemy attacked my position at Carrow \
Bridge with a force which I estimate at four thousand infantry, supported by artillery.

After an obstinate defence of five hours I judged it prudent to withdraw. Our loss amounts to \
ninety-eight killed and wounded.
"""

D = """Carrow Bridge Remembered

From a History of the Peninsular Campaigns, 1860

The affair at Carrow Bridge, on the 9th of June 1814, cost the British some two hundred men. \
General Pike, who commanded, retired in good order when his position was turned by the \
enemy's cavalry.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("battle"), (A, B, C, D))


def test_loss_hours_and_day(result: Comparison) -> None:
    assert "people killed: 120 / 98" in summaries(result, "quantity")  # "one hundred and twenty
    # men killed and wounded" / "ninety-eight killed and wounded"
    dates = summaries(result, "date")
    assert "date of advance: 9th of June / 10th of June" in dates  # the one calendar day each
    # account gives, a day apart, told with two verbs
    assert "time of hold: noon / two o'clock in the afternoon" in dates
    # (missed: four / six thousand men; twelve / eight guns; "about two hundred"; the bridge
    # blown up / "the charge did not go off")
