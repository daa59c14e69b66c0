"""Four short accounts of a fire on a passenger ferry, written after the tenth session's engine
changes with their differences listed first, and scored blind once (batch 41, see the README's
table of stories): what is found, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Ferry fire off Korsa leaves 17 dead

By Nils Aberg, Baltic Wire — June 8, 2030

A fire broke out on a passenger ferry off the island of Korsa early on Friday, killing 17 \
people, the coast guard said. The Stella Nord was carrying 312 passengers and 41 crew.

The fire started in the engine room at around 2.30am, when most passengers were asleep. \
Coast guard vessels and fishing boats rescued 336 people.

The ferry's operator, Nordlink, said the vessel had passed its annual inspection in April.
"""

B = """Dozens missing after ferry blaze

By Karin Lowe, The Harbour Post — June 8, 2030

At least 12 people were killed and 20 are missing after a fire swept through the Stella Nord \
ferry near Korsa on Friday morning.

The ship, with about 350 people on board, was sailing from Velta to Korsa. The blaze began \
in the car deck shortly before 3am, according to survivors.

"The smoke was everywhere, we could not see our hands," said passenger Eva Lind, 46.
"""

C = """Ferry captain detained after deadly fire

By Nils Aberg, Baltic Wire — June 9, 2030

Prosecutors detained the captain of the Stella Nord on Saturday, a day after a fire on the \
ferry killed 19 people off Korsa.

The ship had 353 people on board. Investigators said the fire broke out in the engine room.

Nordlink said the ferry's last inspection had been carried out in 2028.
"""

D = """Survivors recall ferry fire horror

By Tomas Ried, Northern Daily — June 9, 2030

Survivors of Friday's ferry fire near Korsa described waking to thick smoke and alarms. \
Nineteen people died and one person is still missing, officials said.

"Smoke was everywhere, we couldn't see our own hands," said Eva Lind, a 64-year-old \
passenger from Velta.

The captain, Jonas Halberg, 51, was detained on Saturday.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("korsa"), (A, B, C, D))


def test_toll_age_and_words(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "people killed: 17 / at least 12 / 19 (later account)" in counts
    assert "age of Eva Lind: 46 / 64" in counts
    assert len(summaries(result, "quote")) == 1  # "could not see our hands" / "our own hands"
    assert not [c for c in counts if "board" in c]  # 312 passengers and 41 crew / 353 on board
    # (blind, batch 41: 3 of 5, no false alarm. Still missed: around 2.30am / shortly before
    # 3am; passed its annual inspection in April / last inspection carried out in 2028)
