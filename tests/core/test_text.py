from reader.core.text import clean, collapse, join_paragraphs, sentences, split_paragraphs


def test_ligatures_unfolded_and_nfc() -> None:
    assert clean("ﬁnal ﬂow oﬃce") == "final flow office"
    assert clean("e\u0301") == "é"  # combining accent composed


def test_invisible_and_control_characters_removed() -> None:
    assert clean("soft\u00adhy\u200bphen\x00\x07") == "softhyphen"


def test_whitespace_collapsed_inside_paragraphs() -> None:
    assert collapse("  one\t two\n three\u00a0 four ") == "one two three four"


def test_paragraphs_joined_by_one_blank_line() -> None:
    text = join_paragraphs(["First  line\nwrapped.", "", "   ", "Second."])
    assert text == "First line wrapped.\n\nSecond."
    assert split_paragraphs(text) == ["First line wrapped.", "Second."]


def test_typographic_quotes_kept_as_written() -> None:
    assert collapse("“quoted” — ‘yes’") == "“quoted” — ‘yes’"


def test_a_sentence_ends_after_a_clock_time_before_a_new_subject() -> None:
    def split(text: str) -> list[str]:
        return [text[s.start : s.end] for s in sentences(text)]

    assert split("It happened shortly after 7 a.m. Mayor Ann Lee said the pipes were fine.") == [
        "It happened shortly after 7 a.m.",
        "Mayor Ann Lee said the pipes were fine.",
    ]
    assert len(split("It struck at 7 a.m. Friday, officials said.")) == 1
    assert len(split("It struck at 7 a.m. GMT on Friday.")) == 1
