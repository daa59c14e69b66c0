"""What a new user meets in the first hour (issue 10): keys, panels, one current
disagreement, one filter, one label per account, sessions and files."""

from collections import Counter

from PySide6.QtGui import QAction, QKeySequence


def test_no_key_does_two_things(compared) -> None:
    keys = Counter()
    for action in compared.findChildren(QAction):
        for sequence in action.shortcuts():
            keys[sequence.toString(QKeySequence.SequenceFormat.PortableText)] += 1
    assert keys and not [k for k, n in keys.items() if n > 1]
