"""The year of a named work (ECB+ 4 ecb: "the 2005 film The Notorious Bettie Page" / "in 2006
a movie, The Notorious Bettie Page")."""

from __future__ import annotations

from tests.core.test_detectors import pair


def dates(a: str, b: str) -> list[str]:
    return [f.summary for f in pair(a, b) if str(f.kind) == "date"]


def test_one_title_dated_two_years() -> None:
    assert dates(
        "Page inspired the 2005 film The Notorious Bettie Page.",
        "In 2006 a movie, The Notorious Bettie Page, featured Gretchen Mol in the title role.",
    ) == ["year of The Notorious Bettie Page: 2005 / 2006"]
    assert dates(  # a title in quotation marks, cut shorter in one account
        'Woodward wrote in "Secret Man: The Story of Watergate\'s Deep Throat" (2005).',
        'Mr Woodward wrote in his 2006 expose, "Secret Man", that the memo was a cover.',
    ) == ["year of Secret Man: The Story of Watergate's Deep Throat: 2005 / 2006"]


def test_the_same_year_or_two_titles_are_no_disagreement() -> None:
    assert not dates(
        "Page was also celebrated in the 2006 HBO movie, The Notorious Bettie Page.",
        "In 2006 a movie, The Notorious Bettie Page, featured Gretchen Mol in the title role.",
    )
    assert not dates(
        "Her 2004 album Blue Skies Ahead sold well.",
        "Her 2007 album Winter Roads sold better.",
    )
