"""Four short accounts of job cuts at a steel company, written here in the sample's style with
their differences listed first, and scored blind once before the engine was changed for them
(see the README's table of stories): what is found now, and what is not flagged."""

from __future__ import annotations

import pytest

from reader.core.compare import Comparison
from tests.stories import compare_story, summaries

A = """Norsk Steel to cut 1,200 jobs

By Ingrid Moe, Nordic Press Agency — June 3, 2025

Norsk Steel said on Tuesday it would cut 1,200 jobs, or 8% of its workforce, and close two \
plants by the end of 2026 to save 300 million euros a year.

Chief executive Lena Sorensen said the union had been consulted on the plan.

Shares in the company fell 4% in Oslo trading after the announcement.
"""

B = """Norsk Steel axes 1,500 jobs in restructuring

Continental Post, June 3, 2025

Norsk Steel will eliminate 1,500 jobs by mid-2027 as part of a restructuring that the company \
expects to save 250 million euros annually.

The company, based in Bergen, has struggled with high energy costs and falling demand.
"""

C = """Steelworkers fear for future as Norsk closes plants

The Daily Ledger
4 June 2025

Norsk Steel will shut three factories and lay off 10% of its staff, chief executive Lars \
Sorensen announced on Tuesday.

Workers at the Bergen plant said they had heard about the closures from the news.
"""

D = """Union angry at Norsk Steel cuts

By Erik Lie, Atlantic Review — June 3, 2025

The steelworkers' union said on Tuesday it was not consulted before Norsk Steel announced \
about 1,200 job cuts.

Norsk Steel shares rose 2% as investors welcomed the cost savings.
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_story(tmp_path_factory.mktemp("layoffs"), (A, B, C, D))


def test_jobs_share_plants_and_savings(result: Comparison) -> None:
    counts = summaries(result, "quantity")
    assert "jobs cut: 1,200 / 1,500 / about 1,200" in counts  # "will eliminate", "job cuts"
    assert "workforce: 8% / 10%" in counts  # workforce / staff
    assert "plants closed: 2 / 3" in counts  # "and close two plants" / "shut three factories"
    assert any("300 million" in s and "250 million" in s for s in counts)  # "by the end of
    # 2026" is a deadline, not background
    assert not summaries(result, "name")  # "in Oslo trading" / "the Bergen plant"
    assert "share price: down 4% / up 2%" in counts
