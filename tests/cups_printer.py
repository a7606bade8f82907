"""A real print system for the tests: CUPS with the cups-pdf printer, which turns every job
into a PDF file in a folder the test chooses.

CUPS and cups-pdf come from scripts/install --test. Starting cupsd and adding a printer needs
root, as CI has; cups-pdf reads its output folder from /etc/cups/cups-pdf.conf, which the
fixture points at a temporary folder and restores afterwards.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

PRINTER = "DESK-TEST-PDF"
CONFIG = Path("/etc/cups/cups-pdf.conf")
PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")


@dataclass
class PdfPrinter:
    name: str
    folder: Path

    def printed(self) -> set[Path]:
        return set(self.folder.glob("*.pdf"))

    def wait_for_new(self, before: set[Path], timeout: float = 60) -> Path:
        """The PDF of the next job, once cups-pdf has finished writing it."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            new = self.printed() - before
            if new:
                path = new.pop()
                size = -1
                while size != path.stat().st_size:  # still being written?
                    size = path.stat().st_size
                    time.sleep(0.3)
                return path
            time.sleep(0.2)
        raise AssertionError(f"nothing arrived from printer {self.name} in {timeout} s")


def _scheduler_running() -> bool:
    result = subprocess.run(["lpstat", "-r"], capture_output=True, text=True)
    return "is running" in result.stdout and "not" not in result.stdout


def start(folder: Path) -> tuple[PdfPrinter, str]:
    """Start CUPS if needed and add the PDF printer; returns it and the config to restore."""
    for tool in ("cupsd", "lpadmin", "lpstat"):
        assert shutil.which(tool) or Path(f"/usr/sbin/{tool}").exists(), (
            f"{tool} is missing: scripts/install --test installs CUPS"
        )
    assert PPD.exists(), "cups-pdf is missing: scripts/install --test installs it"
    original = CONFIG.read_text()
    lines = [line for line in original.splitlines() if not line.startswith("Out ")]
    CONFIG.write_text("\n".join([*lines, f"Out {folder}"]) + "\n")
    folder.chmod(0o1777)
    if not _scheduler_running():
        subprocess.run(["/usr/sbin/cupsd"], check=True)
        deadline = time.monotonic() + 30
        while not _scheduler_running():
            assert time.monotonic() < deadline, "cupsd did not start"
            time.sleep(0.2)
    subprocess.run(
        ["lpadmin", "-p", PRINTER, "-v", "cups-pdf:/", "-E", "-P", str(PPD)],
        check=True,
        capture_output=True,
    )
    return PdfPrinter(PRINTER, folder), original


def stop(original_config: str) -> None:
    subprocess.run(["lpadmin", "-x", PRINTER], capture_output=True)
    CONFIG.write_text(original_config)
