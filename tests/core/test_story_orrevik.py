"""A bank siege in four accounts, one a live blog (blind batch 61, written at the very end of
the sixteenth session after all its engine changes, e339657, frozen with sha1 before the engine
ran; 5 of 12 over the batch, no false alarm)."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Gunman takes hostages in Orrevik bank

By Saga Lund, Fjord Wire — March 3, 2044

An armed man took seven people hostage at a branch of Nordvest Bank in Orrevik on Thursday \
morning, police said.

The man entered the bank at about 10.30 a.m. and demanded 2 million kroner and a car. Police \
evacuated about 300 people from nearby buildings.

Police negotiator Kai Berent said the man had released two of the hostages, both women, by \
early afternoon.
"""

B = """LIVE: Hostage situation in Orrevik

Halden Radio — March 3, 2044

15:20 Police say the siege is over. The gunman surrendered and all hostages are free.

13:45 Police negotiator Kai Berent: "We are talking to him. Nobody has been hurt."

11:02 A man with a shotgun is holding five people in the Nordvest Bank branch on Storgata, \
police say. He walked in just after 11 a.m.
"""

C = """Orrevik siege ends after five hours

Orrevik Times — March 4, 2044

The gunman who held hostages at the Nordvest Bank branch on Thursday was shot and wounded by \
police marksmen before he was taken into custody, police said on Friday.

The 41-year-old man, a former employee of the bank, had demanded 5 million kroner. One \
hostage, a 62-year-old man, was treated for a heart problem.
"""

D = """Bank reviews security after Orrevik hold-up

Nordic Finance — March 4, 2044

Nordvest Bank said on Friday it would review security at its 140 branches after Thursday's \
siege in Orrevik, in which a 39-year-old man held staff and customers for six hours.

The bank said the man had never worked for it.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("orrevik"), (A, B, C, D))


def test_the_demand(result: Comparison) -> None:
    assert summaries(result, "quantity") == [
        "amount demanded: 2 million kroner / 5 million kroner",
        "age of the man: 41 / 39",  # (found in the seventeenth session: the 62-year-old is
    ]  # a hostage, told in apposition, so each account's one age of a man is the gunman's)
    assert summaries(result, "date") == ["time of entry: 10.30 a.m. / 11 a.m."]  # (found
    # after the blind run: "walked in" is to enter; the live blog's entry times stay apart)
    # (blind: 1 of 6. Missed: seven / five hostages, "took seven people hostage" / "is holding
    # five people"; about 10.30 a.m. / just after 11 a.m., "entered the bank" / "walked in";
    # the gunman surrendered / was shot and wounded before he was taken into custody; his
    # age, "The 41-year-old man" / "a 39-year-old man held staff" (the other account's
    # 62-year-old hostage leaves neither age alone, and the sentences share few words); a
    # former employee / "had never worked for it")
