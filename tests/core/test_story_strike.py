"""Four short accounts of one dock strike, written here in the sample's style (the
differences listed before the engine ran on them): what is found, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Dock strike ends in Selm after pay deal

By Mara Vell, Harbour Wire — April 14, 2025

Dock workers in the port of Selm ended a 12-day strike on Monday after their union accepted a \
7% pay rise, Labour Minister Ana Kovac said.

Union members voted 1,240 to 310 to accept the offer.

The stoppage had cost the economy an estimated 40 million euros a day, according to the \
chamber of commerce.

"This is a fair deal for every worker in this port," union leader Jon Brek said.

The government denied that it had threatened to send in the army.

About 3,000 workers took part in the strike.
"""

B = """Selm port reopens as dockers accept offer

By Teo Marsh, Daily Courant — April 15, 2025

The two-week strike that paralysed the port of Selm ended on Tuesday, when dockers accepted a \
6% pay increase.

The union said 1,240 members voted in favour of the deal.

"This is a fair deal for all workers in this port," the union said in a statement.

Officials did not say how much the strike had cost.

Union sources said the government had threatened to deploy troops to the docks.

Militant dockers crippled the port with the walkout, which involved 2,500 workers.
"""

C = """What the Selm deal means

By Staff, Business Ledger — April 14, 2025

The strike at Selm, which began on March 31, ended on Monday with a pay deal.

Minister Ana Kovac said the agreement would cost the state 15 million euros over two years.

Workers will receive a 7% rise from May.

Jon Brek, the union leader, said the vote was "a victory for every family on the docks."
"""

D = """Dockers return to work on Wednesday

By Ivo Stan, Evening Lantern — April 15, 2025

The labour ministry said the dock strike ended on Monday, 12 days after it began.

Workers won a 7.5% pay rise, the ministry said.

"This is a fair deal for every worker in this port," Brek told reporters.

The strike cost about 40 million euros a day, business groups said.

The government had not threatened to use the army, the ministry said.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("strike"), (A, B, C, D))


def test_figures(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert any("7%" in s and "6%" in s for s in counts)  # a pay rise / a pay increase
    assert any("3,000" in s and "2,500" in s for s in counts)  # took part / involved
    assert any("40 million euros" in s and "did not say" in s for s in counts)  # had cost


def test_who_said_it_and_what_was_denied(result: Comparison) -> None:
    assert any("Brek" in s and "union" in s for s in summaries(result, "attribution"))
    assert any("not threatened" in s for s in summaries(result, "polarity"))


def test_no_false_alarms(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert not any("1,240" in s for s in counts)  # "1,240 to 310" / "1,240 in favour"
    assert not any("15 million" in s for s in counts)  # the state's cost, not the economy's
    assert not any("12 day" in s and "2 week" in s for s in counts)  # about two weeks
