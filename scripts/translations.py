"""The English translation's sources, kept up to date with the code (scripts/update-translations).

1. desk/ui/domain_texts.py is written from the code below the window, which lupdate cannot read
   because those texts never pass through tr(): the domain's words (choices, states, actions,
   field labels, the default category list ...) in the `domain` context, and the messages of
   validation, the workflow, accounts, backups and sync in the `messages` context, an f-string
   becoming a template with %1, %2 ... (desk.ui.vocabulary and desk.ui.messages show them).
2. pyside6-lupdate reads desk/ui (that module included) and desk/app.py into
   resources/translations/desk_en.ts: it keeps the translations already there, adds new texts
   as unfinished and drops texts the code no longer has.
Translate what is unfinished (Qt Linguist, or any editor), then run tests/test_translations.py.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_FILE = ROOT / "resources" / "translations" / "desk_en.ts"
GENERATED = ROOT / "desk" / "ui" / "domain_texts.py"
CHINESE = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")  # with its punctuation

# Where the messages a clerk reads in the window come from.
MESSAGE_SOURCES = (
    *(
        f"desk/domain/{name}.py"
        for name in (
            "access categories deadlines disputes division idnumber phone schema_files settings "
            "station text visit workflow"
        ).split()
    ),
    *(
        f"desk/store/{name}.py"
        for name in "accounts audit backup cases connection disputes lock".split()
    ),
    "desk/store/metrics.py",
    "desk/reports/tables.py",
    "desk/backups.py",
    "desk/case_documents.py",
    "desk/ledger_export.py",
    "desk/receipting.py",
    "desk/syncing/*.py",
    *(f"desk/sync/{name}.py" for name in "canonical envelope keys payload".split()),
)
# Functions whose Chinese is not a message: what they build becomes data (a form's facts, a
# person's name).
NOT_MESSAGES = {"to_registration", "person_name"}
# Words the code spells inline where it shows them (the 台账's flags).
INLINE_WORDS = ("集体",)


def vocabulary() -> list[str]:
    """The domain's words as the window shows them, each once."""
    from desk.domain import disputes, settings, station, visit, workflow
    from desk.domain.categories import load_category_file
    from desk.domain.notices import NoticeKind
    from desk.domain.receipt import Layout
    from desk.paths import resource
    from desk.store.audit import Audited
    from desk.store.ledger import CLOSED, OPEN
    from desk.store.metrics import QUARTER_NUMERALS

    words: list[str] = [
        *visit.SEXES, *visit.ID_TYPES, *visit.NO_ID_REASONS, *visit.CHANNELS, *visit.KINDS,
        *visit.CHANNEL_REFERENCE_LABELS.values(), *visit.LABELS.values(),
        *visit.REPRESENTATIVE_FIELDS.values(),
        *(level.label for level in workflow.Level), *workflow.CaseState, *workflow.Action,
        OPEN, CLOSED,
        *(field.label for spec in workflow.ACTION_SPECS.values() for field in spec.fields),
        *(c for spec in workflow.ACTION_SPECS.values() for f in spec.fields for c in f.choices),
        *disputes.SCREENINGS, *disputes.RISKS, *disputes.DISPUTE_TYPES, *disputes.MEASURES,
        *disputes.SOURCES, *disputes.STATUSES, *disputes.LABELS.values(),
        station.ROLE_HEAD, station.ROLE_CLERK, *station.STATION_LABELS.values(),
        *station.CLERK_LABELS.values(),
        # Not settings.LANGUAGES: each language is named in its own words.
        *settings.FONT_SIZES.values(), *(layout.label for layout in Layout),
        *NoticeKind, *Audited, *INLINE_WORDS, *QUARTER_NUMERALS,
    ]  # fmt: skip
    categories = load_category_file(resource("categories", "default.json"))
    for first, children in categories.tree.items():
        words += [first, *children]
    return list(dict.fromkeys(str(word) for word in words))


def message_templates(words: Iterable[str]) -> list[str]:
    """Every Chinese text of MESSAGE_SOURCES that is not one of `words`, f-strings as templates."""
    from desk.domain.settings import LANGUAGES

    known = {*words, *LANGUAGES.values()}  # a language is named in its own words
    found: list[str] = []
    for pattern in MESSAGE_SOURCES:
        for path in sorted(ROOT.glob(pattern)):
            found += [text for text in _texts(path) if text not in known]
    return list(dict.fromkeys(found))


def _texts(path: Path) -> Iterator[str]:
    tree = ast.parse(path.read_text("utf-8"))
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if _is_docstring_owner(node) and node.body and _is_text(node.body[0]):
            skipped.add(id(node.body[0].value))  # type: ignore[attr-defined]
        if isinstance(node, ast.JoinedStr):  # its pieces belong to its template
            skipped.update(id(child) for child in ast.walk(node) if child is not node)
        if _not_a_message(node):
            skipped.update(id(child) for child in ast.walk(node))
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
        elif isinstance(node, ast.JoinedStr):
            text = _template(node)
        else:
            continue
        if CHINESE.search(text):
            yield text


def _is_docstring_owner(node: ast.AST) -> bool:
    return isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)


def _is_text(node: ast.stmt) -> bool:
    return isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)


def _not_a_message(node: ast.AST) -> bool:
    """Regular expressions, private word lists (_GROUP_ENDINGS), and NOT_MESSAGES."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        owner = node.func.value
        return isinstance(owner, ast.Name) and owner.id == "re"
    if isinstance(node, ast.Assign):
        return all(isinstance(t, ast.Name) and t.id.startswith("_") for t in node.targets)
    return isinstance(node, ast.FunctionDef) and node.name in NOT_MESSAGES


def _template(node: ast.JoinedStr) -> str:
    """f"请填写{label}" -> "请填写%1"."""
    pieces, number = [], 0
    for value in node.values:
        if isinstance(value, ast.Constant):
            pieces.append(str(value.value))
        else:
            number += 1
            pieces.append(f"%{number}")
    return "".join(pieces)


def domain_texts_source() -> str:
    """The text of desk/ui/domain_texts.py, as this code generates it now."""
    words = vocabulary()
    lines = [
        '"""Generated by scripts/update-translations: do not edit. The domain\'s words and the',
        "messages of the layers below the window, for lupdate (they never pass through tr()) and",
        'for desk.ui.messages, which matches messages against MESSAGES."""',
        "",
        "# ruff: noqa: E501",
        "# fmt: off",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "VOCABULARY = (",
        *(f'    QT_TRANSLATE_NOOP("domain", {_literal(word)}),' for word in words),
        ")",
        "MESSAGES = (",
        *(f'    QT_TRANSLATE_NOOP("messages", {_literal(t)}),' for t in message_templates(words)),
        ")",
    ]  # fmt: skip
    return "\n".join(lines) + "\n"


def _literal(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def lupdate_sources() -> list[Path]:
    return [*sorted((ROOT / "desk" / "ui").rglob("*.py")), ROOT / "desk" / "app.py"]


def run_lupdate(ts_file: Path) -> str:
    """Update `ts_file` from the code (created when missing); returns lupdate's summary."""
    import PySide6

    tool = Path(PySide6.__file__).parent / ("lupdate.exe" if sys.platform == "win32" else "lupdate")
    command = [
        str(tool), *map(str, lupdate_sources()), "-ts", str(ts_file),
        "-source-language", "zh_CN", "-target-language", "en",
        "-no-obsolete", "-locations", "none",
    ]  # fmt: skip
    done = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT)
    return done.stdout.strip()


def main() -> int:
    sys.path.insert(0, str(ROOT))
    GENERATED.write_text(domain_texts_source(), encoding="utf-8")
    print(f"wrote {GENERATED.relative_to(ROOT)}")
    TS_FILE.parent.mkdir(parents=True, exist_ok=True)
    print(run_lupdate(TS_FILE))
    unfinished = TS_FILE.read_text("utf-8").count('type="unfinished"')
    if unfinished:
        print(f"{unfinished} texts to translate in {TS_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
