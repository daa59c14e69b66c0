"""Disagreement detectors, run in this order by :func:`reader.core.compare.compare`.

Each is a function ``detector(context) -> list[Finding]`` (see ``base``): the framework is in
``base``, the detectors in their own modules. A finding whose spans repeat an earlier one of
the same kind is dropped, so the more specific detectors come first.
"""

from __future__ import annotations

from reader.core.detect.agents import (
    agent_findings,
    kind_findings,
    model_findings,
    owner_findings,
)
from reader.core.detect.base import Context, Detector, Finding, Mention
from reader.core.detect.causes import cause_findings
from reader.core.detect.claims import quote_findings, speech_findings
from reader.core.detect.context import omission_findings, wording_findings
from reader.core.detect.dates import date_findings
from reader.core.detect.fates import fate_findings
from reader.core.detect.kin import parent_findings
from reader.core.detect.places import place_findings, residence_findings
from reader.core.detect.polarity import polarity_findings
from reader.core.detect.quantities import quantity_findings
from reader.core.detect.textdiff import textdiff_findings
from reader.core.detect.works import works_findings

DETECTORS: tuple[Detector, ...] = (
    quantity_findings,
    date_findings,
    works_findings,
    residence_findings,
    speech_findings,
    place_findings,
    agent_findings,
    owner_findings,
    parent_findings,
    kind_findings,
    model_findings,
    quote_findings,
    polarity_findings,
    cause_findings,
    fate_findings,
    textdiff_findings,
    omission_findings,
    wording_findings,
)

__all__ = ["DETECTORS", "Context", "Detector", "Finding", "Mention"]
