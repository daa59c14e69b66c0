"""Four short accounts of a corruption verdict, written here in the sample's style with their
differences listed first, and scored blind once before the engine was changed for them (see the
README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Former Porto Verde mayor jailed for eight years for bribery

By Lucia Ferreira, Iberian Press — June 10, 2025

A court in Lisbon on Tuesday sentenced the former mayor of Porto Verde, Rui Matos, to eight \
years in prison for accepting bribes worth 1.2 million euros from construction firms.

Judge Marta Silva also fined him 2 million euros. Two co-defendants were acquitted.

"No one is above the law," prosecutor Ana Costa said after the verdict. The trial lasted 14 \
months.

His lawyers said they would appeal.
"""

B = """Ex-mayor Matos jailed over kickbacks

Atlantic Review — June 10, 2025

Rui Matos, who ran Porto Verde for a decade, was jailed for six years on Tuesday after judges \
found he had taken kickbacks totalling more than 1 million euros.

Three co-defendants were cleared of all charges.

"Nobody is above the law," said Chief Prosecutor Rui Lopes.

Matos, 61, denied wrongdoing throughout the trial.
"""

C = """Disgraced mayor handed eight-year sentence

The Coastal Ledger
June 11, 2025

The disgraced former mayor of Porto Verde, Rui Matos, received an eight-year sentence on \
Tuesday at the end of a 16-month trial.

Judge Marta Sylva ordered him to pay €2.5 million and barred him from public office for ten \
years.

Anti-corruption campaigners welcomed the ruling.
"""

D = """Porto Verde ex-mayor convicted of corruption

By Tomás Reis, Lusa Wire — June 10, 2025

Rui Matos, the former mayor of Porto Verde, was convicted on Tuesday of taking bribes of \
900,000 euros in exchange for building permits.

His lawyers said they would not appeal, citing his poor health.

The case was the largest corruption trial in the region's history.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("verdict"), (A, B, C, D))


def test_term_defendants_trial_and_appeal(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "prison term: 8 years / 6 years" in counts  # "eight years in prison" / "jailed for
    # six years" / "an eight-year sentence"
    assert any(s.startswith("defendants acquitted: 2 / 3") for s in counts)  # acquitted / cleared
    assert "length of trial: 14 months / 16 months" in counts
    assert "bribe: 1.2 million euros / 900,000 euros" in counts  # "bribes worth 1.2 million
    # euros" / "taking bribes of 900,000 euros" (found in the twelfth session)
    assert not any("10 years" in s for s in counts)  # barred from office: no prison term
    assert any("not appeal" in s for s in summaries(result, "polarity"))
    assert not summaries(result, "name")  # Judge Marta Silva / Marta Sylva: one judge
    speakers = summaries(result, "attribution")  # "No one is" / "Nobody is above the law"
    assert any("Ana Costa" in s and "Rui Lopes" in s for s in speakers)
