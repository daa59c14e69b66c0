"""reader.core (and the command line for inspect) must work without Qt."""

import subprocess
import sys

from tests.conftest import ROOT

SCRIPT = """
import sys
sys.modules["PySide6"] = None
sys.modules["shiboken6"] = None
import reader.core
import reader.core.loaders
import reader
import reader.cli
doc = reader.open_document(sys.argv[1])
assert doc.text
assert not any(name.startswith("PySide6.") for name in sys.modules), "Qt was imported"
print("ok")
"""


def test_core_imports_and_loads_without_qt() -> None:
    sample = ROOT / "resources" / "sample" / "andes-wire.html"
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(sample)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_no_qt_import_in_core_sources() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "reader" / "core").rglob("*.py")
        if any(
            line.lstrip().startswith(("import PySide6", "from PySide6", "import shiboken6"))
            for line in path.read_text(encoding="utf-8").splitlines()
        )
    ]
    assert offenders == []
