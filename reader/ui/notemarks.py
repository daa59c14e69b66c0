"""What changed among the notes since the window last drew them, and each account's note marks
kept up to date one note at a time (a session of 50,000 notes must not redo them all when one
is added)."""

from __future__ import annotations

from dataclasses import dataclass
from operator import is_

from reader.core.annotations import Annotation
from reader.ui.highlights import Mark

FEW = 50  # more changes than this at once: start again from the whole list


@dataclass
class Delta:
    """Notes added and removed (an edited note is both: its old and its new version)."""

    added: list[Annotation]
    removed: list[Annotation]

    def documents(self) -> set[str]:
        return {t.doc_id for a in (*self.added, *self.removed) for t in a.targets}


def delta(old: list[Annotation] | None, new: list[Annotation]) -> Delta | None:
    """The few changes from ``old`` to ``new`` (by identity: the session hands out the same
    objects until a note changes), or None when there is no earlier list or many changed."""
    if old is None or abs(len(old) - len(new)) > FEW:
        return None
    if len(new) == len(old) + 1 and all(map(is_, old, new)):  # the usual case: one added
        return Delta([new[-1]], [])
    before, after = set(map(id, old)), set(map(id, new))
    added = [a for a in new if id(a) not in before]
    if len(added) > FEW:
        return None
    removed = [a for a in old if id(a) not in after]
    return None if len(removed) > FEW else Delta(added, removed)


def mark_tip(ann: Annotation) -> str:
    return "Note" + (f" ({ann.label})" if ann.label else "") + (f": {ann.note}" if ann.note else "")


class NoteMarks:
    """Per account, its notes in note order; each account's marks are made when first asked
    for and kept until one of its notes changes."""

    def __init__(self) -> None:
        self._by_doc: dict[str, dict[str, Annotation]] = {}
        self._made: dict[str, list[Mark]] = {}

    def rebuild(self, annotations: list[Annotation]) -> None:
        self._by_doc, self._made = {}, {}
        for ann in annotations:
            self._add(ann)

    def patch(self, change: Delta) -> set[str]:
        """Apply the change; returns the accounts whose marks changed."""
        for ann in change.removed:
            for t in ann.targets:
                self._by_doc.get(t.doc_id, {}).pop(ann.id, None)
        for ann in change.added:
            self._add(ann)
        touched = change.documents()
        for doc_id in touched:
            self._made.pop(doc_id, None)
        return touched

    def _add(self, ann: Annotation) -> None:
        for t in ann.targets:
            self._by_doc.setdefault(t.doc_id, {})[ann.id] = ann

    def marks(self, doc_id: str | None) -> list[Mark]:
        key = doc_id or ""
        made = self._made.get(key)
        if made is None:
            made = self._made[key] = []
            for ann in self._by_doc.get(key, {}).values():
                tip = mark_tip(ann)
                role = f"note:{ann.color}"
                made += [
                    Mark(t.start, t.end, role, tip, ann.id)
                    for t in ann.targets
                    if t.doc_id == key and not t.orphaned
                ]
        return made
