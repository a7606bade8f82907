"""The JSON Schemas of the data files a township may replace (resources/schemas/), and
checking a document against one."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from desk.paths import resource


@cache
def bundled_schema(file_name: str) -> dict[str, Any]:
    return json.loads(resource("schemas", file_name).read_text("utf-8"))


def first_problem(file_name: str, document: object) -> str | None:
    """None when `document` satisfies the schema, else "where：what is wrong" for the problem
    nearest the top of the document."""
    import jsonschema  # imported here: it costs start-up time and is needed only for a new file

    validator = jsonschema.Draft202012Validator(bundled_schema(file_name))
    errors = sorted(validator.iter_errors(document), key=lambda e: e.path)
    if not errors:
        return None
    where = "/".join(str(p) for p in errors[0].absolute_path) or "（整个文件）"
    return f"{where}：{errors[0].message}"
