"""Four short accounts of a museum fire, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Fire guts wing of national museum

By Ada Lunn, Arden Press Agency — October 12, 2026

A fire tore through the east wing of the National Museum of Arden overnight, destroying about \
300 paintings and drawings, the culture ministry said on Sunday.

The blaze broke out shortly after 11 p.m. on Saturday and took 80 firefighters more than five \
hours to bring under control. No one was hurt.

The museum's director, Clara Voss, said the sprinkler system had not worked. Investigators \
believe the fire started in a storeroom where electrical work was under way.
"""

B = """Arden museum fire: hundreds of works lost

October 12, 2026

Around 500 works of art were destroyed when fire swept through the National Museum in Arden \
late on Saturday, its director said.

About 60 firefighters fought the flames, which began at around midnight.

Director Clara Voss said the building's sprinkler system had activated but could not stop the \
fire. Two firefighters were treated for smoke inhalation.
"""

C = """Investigators probe cause of museum blaze

October 12, 2026

Police are investigating whether the fire that destroyed part of Arden's National Museum on \
Saturday night was started deliberately.

"We are not ruling anything out," said fire chief Tomas Berg.

The fire destroyed an estimated 300 works, including two paintings by the 17th-century master \
Hendrick Vale. The museum, founded in 1884, will stay closed for at least six months.
"""

D = """Arden counts the cost of museum fire

October 13, 2026

The culture minister, Helena Marsh, visited the fire-damaged National Museum on Sunday and \
promised money to rebuild the east wing, which was built in 1902.

The minister said the museum would reopen in three months. Officials said an electrical fault \
in a storeroom was the most likely cause.

"We are not ruling anything out," a police spokesman said.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("museum"), (A, B, C, D))


def test_counts_closure_and_time(result: Comparison) -> None:
    found = summaries(result, "quantity")
    assert "firefighters deployed: 80 / about 60" in found  # "took 80" / "fought"
    assert "people hurt: none / 2" in found  # "treated for smoke inhalation"
    assert "works destroyed: about 500 / about 300" in found  # "works of art were destroyed"
    assert "length of closure: at least 6 months / 3 months" in found  # "reopen in"
    assert summaries(result, "date") == ["time of fire: 11 p.m. / midnight"]  # ("broke out")
    # (missed: "had not worked" / "had activated"; the fire chief / "a police spokesman")
