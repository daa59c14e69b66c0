"""Four short accounts of a murder verdict, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Nurse guilty of murdering three patients

By Tom Ellis, Central Press — February 12, 2026

A jury in Marston on Thursday found former nurse Clara Webb guilty of murdering three \
patients at St Anne's Hospital between 2019 and 2021.

Webb, 41, was acquitted of two further charges of attempted murder. The jury deliberated for \
11 hours. Sentencing was set for March 14.

"Justice has been done," said prosecutor Daniel Frost.
"""

B = """Ward nurse convicted of poisoning patients

February 12, 2026

Clara Webb, 42, the nurse who poisoned patients on a hospital ward, was convicted of four \
murders after a six-week trial.

The jury of seven women and five men took two days to reach its verdicts. Webb showed no \
emotion.

Detective Inspector Ruth Ames said outside court: "Justice has been done."
"""

C = """Former nurse found guilty of three murders

February 12, 2026

Former nurse Clara Webb has been found guilty of three murders at St Anne's Hospital.

Webb, who worked on the cardiac ward, denied all the charges. The trial lasted eight weeks. \
She will be sentenced next month.
"""

D = """Webb verdict: what happens next

February 13, 2026

After the conviction of Clara Webb on Thursday for three murders, the judge, Mrs Justice \
Helen Carr, said Webb would be sentenced on March 21.

Webb was cleared of attempting to murder two other patients. Her lawyer, Simon Reed, said she \
would appeal.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("verdict2"), (A, B, C, D))


def test_counts_dates_and_speaker(result: Comparison) -> None:
    found = summaries(result, "quantity")
    assert "age of Clara Webb: 41 / 42" in found  # "Webb, 41," / "Clara Webb, 42,"
    assert "number of murders: 4 / 3" in found
    assert "length of trial: 6 weeks / 8 weeks" in found
    assert summaries(result, "date") == ["date of sentencing: 14 March / 21 March"]
    assert len(summaries(result, "attribution")) == 1
    # (missed: "deliberated for 11 hours" / "took two days to reach its verdicts")
