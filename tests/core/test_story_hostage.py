"""Four short accounts of a hostage release, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Twelve hostages freed after 41 days in desert captivity

By Amadou Diallo, Sahel Wire — April 13, 2025

Gunmen on Saturday freed 12 hostages, including three Germans, after 41 days in captivity in \
the desert of northern Mali, following talks brokered by Qatar.

The group was seized on March 3 from a convoy of aid workers near the border with Niger.

The former hostages were flown to Bamako on Saturday evening. "They are tired but in good \
health," Foreign Minister Alain Roux said.

The government denied paying a ransom.
"""

B = """Aid workers released by kidnappers in Mali

Continental Post, April 13, 2025

A dozen aid workers held by an armed group in northern Mali were released on Saturday, \
officials said.

Among them were two Germans and a Briton. The aid agency they work for, Hope Across Borders, \
said it was "overjoyed."

A ransom was paid, according to a security source in the region, who spoke on condition of \
anonymity.

The workers will undergo medical checks before returning home.
"""

C = """Freed captives land in Niamey

The Daily Ledger
14 April 2025

Fourteen captives released by militants in the Sahel arrived in Niamey late on Saturday after \
nearly six weeks in captivity.

"They are exhausted but in good health," said Foreign Minister Alain Roux, who met them at \
the airport.

Security in the border region has deteriorated sharply over the past year, with kidnappings \
of foreigners becoming more frequent.
"""

D = """Mali hostages home after Algerian mediation

By Jean Morel, Euro News Service — April 13, 2025

Hostages kidnapped on March 13 in northern Mali were released on Saturday after 51 days in \
the hands of their captors, in a deal mediated by Algeria.

They were flown to Bamako, where they were met by diplomats.

Foreign Minister Alain Roux thanked "all those who worked in the shadows" to secure their \
release.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("hostage"), (A, B, C, D))


def test_freed_nationals_captivity_and_seizure(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert any(s.startswith("hostages freed: 12 / 14") for s in counts)  # hostages / captives
    assert any("3 / 2" in s and "germans" in s for s in counts)  # "Among them were two Germans"
    assert not any("12 / 12" in s or "dozen" in s for s in counts)
    assert any("3 March / 13 March" in s for s in summaries(result, "date"))  # seized / kidnapped
    assert "brokered by: Qatar / Algeria" in summaries(result, "name")
    quotes = summaries(result, "quote")
    assert any("tired" in s and "exhausted" in s for s in quotes)


def test_a_ransom_denied_and_paid(result: Comparison) -> None:
    # "The government denied paying a ransom" / "A ransom was paid": a passive's subject is
    # the other verb's object
    assert summaries(result, "polarity") == ["pay ransom: denied paying / paid"]
