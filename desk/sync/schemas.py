"""The sync format's JSON Schemas (resources/schemas/sync-*.schema.json, Draft 2020-12), and
checking a document against one with the first problem worded for the clerk."""

from __future__ import annotations

import json
from functools import cache
from typing import TYPE_CHECKING, Any

from desk.paths import resource

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator
    from jsonschema_rs import Draft202012Validator as QuickValidator

SCHEMA_NAMES = ("envelope", "payload", "public-key")
MESSAGE_LENGTH = 300


def schema_path_name(name: str) -> str:
    return f"sync-{name}.schema.json"


@cache
def schema(name: str) -> dict[str, Any]:
    if name not in SCHEMA_NAMES:
        raise ValueError(f"no sync schema named {name!r}")
    return json.loads(resource("schemas", schema_path_name(name)).read_text("utf-8"))


@cache
def _validator(name: str) -> Draft202012Validator:
    import jsonschema  # imported here: it costs start-up time and only sync needs it

    return jsonschema.Draft202012Validator(schema(name))


@cache
def quick_validator(name: str) -> QuickValidator:
    import jsonschema_rs

    return jsonschema_rs.Draft202012Validator(schema(name))


def first_schema_error(name: str, document: object) -> str | None:
    """None when `document` satisfies the schema, else "where：what is wrong" for one problem
    (the one jsonschema judges most relevant).

    jsonschema takes about half a millisecond per visit, a minute for an import of 100,000
    cases; jsonschema-rs answers the same question a hundred times faster, so it says yes to
    the valid documents and jsonschema words what is wrong with the others (the tests hold the
    two to the same answers on mutated payloads)."""
    if quick_validator(name).is_valid(document):
        return None
    from jsonschema.exceptions import best_match

    error = best_match(_validator(name).iter_errors(document))
    if error is None:
        return None
    where = "/".join(str(part) for part in error.absolute_path) or "（整个文件）"
    message = error.message  # quotes the value: a whole payload, for a wrong type at the top
    if len(message) > MESSAGE_LENGTH:
        message = message[:MESSAGE_LENGTH] + "…"
    return f"{where}：{message}"
