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
    # only the stretch between the common start and the common end can differ (an edit or a
    # delete touches one note in the middle): compare identities there, not over all notes
    head = common_start(old, new)
    tail = common_start(old[: head - len(old) - 1 : -1], new[: head - len(new) - 1 : -1])
    old_mid, new_mid = old[head : len(old) - tail], new[head : len(new) - tail]
    before, after = set(map(id, old_mid)), set(map(id, new_mid))
    added = [a for a in new_mid if id(a) not in before]
    if len(added) > FEW:
        return None
    removed = [a for a in old_mid if id(a) not in after]
    return None if len(removed) > FEW else Delta(added, removed)


def common_start(a: list[Annotation], b: list[Annotation]) -> int:
    """How many leading items of ``a`` and ``b`` are the same objects."""
    shorter = min(len(a), len(b))
    low, high = 0, shorter  # the answer lies in [low, high]; halve it with C-speed checks
    while low < high:
        mid = (low + high + 1) // 2
        if all(map(is_, a[low:mid], b[low:mid])):
            low = mid
        else:
            high = mid - 1
    return low


def mark_tip(ann: Annotation) -> str:
    return "Note" + (f" ({ann.label})" if ann.label else "") + (f": {ann.note}" if ann.note else "")


class NoteMarks:
    """Per account, its notes in note order; each account's marks are made when first asked
    for, then kept note by note: a change redoes the marks of the notes that changed only."""

    def __init__(self) -> None:
        self._by_doc: dict[str, dict[str, Annotation]] = {}
        self._per_note: dict[str, dict[str, list[Mark]]] = {}  # accounts whose marks were made
        self._made: dict[str, list[Mark]] = {}

    def rebuild(self, annotations: list[Annotation]) -> None:
        self._by_doc, self._per_note, self._made = {}, {}, {}
        for ann in annotations:
            self._add(ann)

    def patch(self, change: Delta) -> set[str]:
        """Apply the change; returns the accounts whose marks changed."""
        for ann in change.removed:
            for t in ann.targets:
                self._by_doc.get(t.doc_id, {}).pop(ann.id, None)
                self._per_note.get(t.doc_id, {}).pop(ann.id, None)
        for ann in change.added:
            self._add(ann)
        touched = change.documents()
        for doc_id in touched:
            self._made.pop(doc_id, None)
        return touched

    def _add(self, ann: Annotation) -> None:
        for t in ann.targets:
            self._by_doc.setdefault(t.doc_id, {})[ann.id] = ann
            made = self._per_note.get(t.doc_id)
            if made is not None:
                made[ann.id] = _note_marks(ann, t.doc_id)

    def marks(self, doc_id: str | None) -> list[Mark]:
        key = doc_id or ""
        made = self._made.get(key)
        if made is None:
            per_note = self._per_note.get(key)
            if per_note is None:
                notes = self._by_doc.get(key, {})
                per_note = self._per_note[key] = {i: _note_marks(a, key) for i, a in notes.items()}
            made = self._made[key] = [m for marks in per_note.values() for m in marks]
        return made


def _note_marks(ann: Annotation, doc_id: str) -> list[Mark]:
    tip, role = mark_tip(ann), f"note:{ann.color}"
    return [
        Mark(t.start, t.end, role, tip, ann.id)
        for t in ann.targets
        if t.doc_id == doc_id and not t.orphaned
    ]
