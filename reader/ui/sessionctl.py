"""The open session: annotations and verdicts with undo, and the untitled session."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from reader.core.annotations import Annotation, Target, Verdict, now
from reader.core.document import Document
from reader.core.session import SUFFIX, Session, SessionError
from reader.core.sessionfile import holds_nothing

log = logging.getLogger(__name__)


class SessionController(QObject):
    """Holds the session the window works in; every annotation edit is an undoable command.

    Signals:
        save_failed(str): a change could not be written; the message says where it is kept.
        session_changed(): another session was opened (or a new one started).
        annotations_changed(): an annotation was added, edited, deleted or re-anchored.
        verdicts_changed(): a verdict was given or changed.
    """

    session_changed = Signal()
    annotations_changed = Signal()
    verdicts_changed = Signal()
    save_failed = Signal(str)

    def __init__(self, data_dir: Path, author: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.author = author
        self.session: Session | None = None
        self.undo = QUndoStack(self)
        self.unsaved: dict[str, Annotation] = {}  # notes a failed write could not store

    # ----- which session
    def untitled_sessions(self) -> list[Path]:
        return sorted(self.data_dir.glob(f"untitled-*{SUFFIX}"))

    def start_untitled(self) -> Session:
        """A new untitled session in the app's data folder (kept, and offered next time)."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._remove_empty_untitled()
        stamp = now().replace(":", "").replace("-", "").replace("+0000", "")
        path = self.data_dir / f"untitled-{stamp}{SUFFIX}"
        n = 1
        while path.exists():
            n += 1
            path = self.data_dir / f"untitled-{stamp}-{n}{SUFFIX}"
        return self._use(Session.create(path, author=self.author))

    def _remove_empty_untitled(self) -> None:
        """Untitled sessions that hold nothing are not worth keeping (nor listing)."""
        for path in self.untitled_sessions():
            if self.session is not None and path == self.session.path:
                continue
            if holds_nothing(path):  # without reading it all; damaged ones are left alone
                for extra in ("", "-wal", "-shm", ".lock"):
                    Path(f"{path}{extra}").unlink(missing_ok=True)

    def last_untitled(self) -> Path | None:
        """The most recent untitled session that holds anything."""
        for path in reversed(self.untitled_sessions()):
            try:
                with Session.open(path) as s:
                    if s.problems:
                        log.warning("%s: damaged, not reopened (%s)", path, "; ".join(s.problems))
                        continue  # the user can open it from File ▸ Open to see what is left
                    if s.document_count():
                        return path
            except SessionError as exc:
                log.warning("%s", exc)
                continue
        return None

    def open(self, path: str | Path) -> Session:
        return self._use(Session.open(path))

    def use(self, session: Session) -> Session:
        """Make a session opened elsewhere (on a worker thread) the window's session."""
        return self._use(session)

    def save_as(self, path: str | Path) -> Path:
        if self.session is None:
            raise SessionError("no session is open")
        target = self.session.save_as(path)
        self._use(Session.open(target))
        return target

    def _use(self, session: Session) -> Session:
        if self.session is not None:
            self.session.close()
        self.session = session
        self.undo.clear()
        self.session_changed.emit()
        return session

    def close(self) -> None:
        if self.session is not None:
            self.session.close()
            self.session = None

    @property
    def writable(self) -> bool:
        return self.session is not None and not self.session.read_only

    # ----- documents
    def adopt(self, doc: Document) -> Document:
        """Keep a newly opened document in the session (once per text)."""
        if not self.writable:
            return doc
        known = self.session.document_id_for(doc.text_digest)  # type: ignore[union-attr]
        if known is not None:
            object.__setattr__(doc, "id", known)
            return doc
        return self.session.add_document(doc)  # type: ignore[union-attr]

    # ----- annotations, through the undo stack
    def annotations(self, doc_id: str | None = None) -> list[Annotation]:
        if self.session is None:
            return []
        found = self.session.annotations
        if self.unsaved:  # notes a read-only or failing file could not take
            stored = {a.id for a in found}
            found += [a for i, a in self.unsaved.items() if i not in stored]
        if doc_id is None:
            return found
        return [a for a in found if any(t.doc_id == doc_id for t in a.targets)]

    def annotate(
        self, spans: list[tuple[Document, int, int]], note: str, tags: tuple[str, ...], label: str
    ) -> Annotation:
        self._check_writable()
        targets = [Target.on(d.id, d.text, s, e, d.text_digest) for d, s, e in spans]  # type: ignore[attr-defined]
        colors = {name: color for name, color, _ in self.session.labels} if self.session else {}
        annotation = Annotation(targets, note, tags, label, colors.get(label, ""), self.author)
        self.undo.push(_Put(self, None, annotation, self.tr("Annotate")))
        return annotation

    def edit(self, annotation: Annotation, **changes: object) -> None:
        self._check_writable()
        after = replace(annotation, modified=now(), **changes)  # type: ignore[arg-type]
        self.undo.push(_Put(self, annotation, after, self.tr("Edit Note")))

    def delete(self, annotation: Annotation) -> None:
        self._check_writable()
        self.undo.push(_Put(self, annotation, None, self.tr("Delete Note")))

    def _check_writable(self) -> None:
        if self.session is None:
            raise SessionError("no session is open")
        if self.session.read_only:
            name = self.session.path.name
            raise SessionError(f"{name} is read-only: {self.session.read_only_reason}")

    def set_verdict(self, verdict: Verdict) -> None:
        self._check_writable()
        if self.session is not None:
            self.session.set_verdict(verdict)
            self.verdicts_changed.emit()

    def verdicts(self) -> dict[str, Verdict]:
        return self.session.verdicts if self.session is not None else {}

    def _store(self, annotation: Annotation | None, remove: Annotation | None) -> None:
        if self.session is None:
            return
        try:
            if remove is not None and (annotation is None or annotation.id != remove.id):
                self.session.delete_annotation(remove.id)
            if annotation is not None:
                self.session.save_annotation(annotation)
        except SessionError as exc:
            # a full disk or a vanished medium: keep the work in memory and in a recovery file
            if annotation is not None:
                self.unsaved[annotation.id] = annotation
                where = self._recover(annotation)
                self.save_failed.emit(f"{exc}. The note is kept in this window and in {where}.")
            else:
                self.save_failed.emit(str(exc))
        self.annotations_changed.emit()

    def _recover(self, annotation: Annotation) -> Path:
        """Append the annotation (as JSON) to recovery.jsonl beside the untitled sessions,
        or in the home folder if that cannot be written either."""
        record = json.dumps(
            {
                "session": str(self.session.path) if self.session else "",
                "annotation": asdict(annotation),
            },
            ensure_ascii=False,
        )
        for folder in (self.data_dir, Path.home()):
            path = folder / "crosscheck-recovery.jsonl"
            try:
                folder.mkdir(parents=True, exist_ok=True)
                with open(path, "a", encoding="utf-8") as fh:
                    fh.write(record + "\n")
                return path
            except OSError:
                continue
        return Path("(nowhere: no folder could be written)")


class _Put(QUndoCommand):
    """Replace ``before`` by ``after`` (either may be None: add, delete); undo swaps back."""

    def __init__(
        self, ctl: SessionController, before: Annotation | None, after: Annotation | None, text: str
    ) -> None:
        super().__init__(text)
        self.ctl, self.before, self.after = ctl, before, after

    def redo(self) -> None:
        self.ctl._store(self.after, self.before)

    def undo(self) -> None:
        self.ctl._store(self.before, self.after)


def verdict_key(disagreement, documents: list[Document]) -> str:
    """A disagreement's identity across re-comparisons: its kind, topic and phrases."""
    phrases = sorted(
        f"{getattr(documents[m.doc], 'id', m.doc)}:{documents[m.doc].text[m.start : m.end]}"
        for m in disagreement.spans
    )
    return "|".join([disagreement.kind, disagreement.topic, *phrases])
