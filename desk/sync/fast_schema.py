"""A quick yes for documents that satisfy a JSON Schema; jsonschema stays the judge of the rest.

jsonschema takes about half a millisecond per visit: a minute for an import of 100,000 cases.
This module turns the subset of Draft 2020-12 that the sync schemas use into nested Python
closures, some twenty times faster, that give jsonschema's answer for each keyword it knows
(types as jsonschema's default type checker sees them, 1.0 an integer and True not). What it
does not pass goes to jsonschema, which words the error. A schema with a keyword (or an enum
of non-strings) it does not know is not compiled (compile_schema returns None), so a later
edit of a schema can make validation slower, never wrong. tests/test_sync_payload.py checks
it against jsonschema on mutated payloads.
"""

from __future__ import annotations

import numbers
import re
from collections.abc import Callable, Mapping
from typing import Any

Check = Callable[[Any], bool]

# Keywords that say nothing about validity.
_ANNOTATIONS = frozenset({"$schema", "$id", "$defs", "title", "description", "$comment"})
_KNOWN = frozenset(
    {
        "type",
        "const",
        "enum",
        "minLength",
        "maxLength",
        "pattern",
        "minimum",
        "maximum",
        "maxItems",
        "items",
        "required",
        "properties",
        "additionalProperties",
        "allOf",
        "if",
        "then",
        "else",
        "$ref",
    }
)


def _is_number(value: object) -> bool:
    return isinstance(value, numbers.Number) and not isinstance(value, bool)


def _is_integer(value: object) -> bool:
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and value.is_integer())


# As jsonschema's Draft 2020-12 type checker decides.
_TYPES: Mapping[str, Check] = {
    "string": lambda v: isinstance(v, str),
    "integer": _is_integer,
    "number": _is_number,
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
}


class _Unsupported(Exception):
    pass


def compile_schema(schema: Mapping[str, Any]) -> Check | None:
    """A function that returns True only for documents valid under `schema`, or None when the
    schema uses something this module does not handle."""
    try:
        return _Compiler(schema).compile(schema)
    except _Unsupported:
        return None


def _always(value: object) -> bool:
    return True


def _never(value: object) -> bool:
    return False


def _both(checks: list[Check]) -> Check:
    if not checks:
        return _always
    if len(checks) == 1:
        return checks[0]
    if len(checks) == 2:
        first, second = checks
        return lambda value: first(value) and second(value)
    return lambda value: all(check(value) for check in checks)


class _Compiler:
    def __init__(self, root: Mapping[str, Any]) -> None:
        self.root = root
        self.definitions: dict[str, Check] = {}

    def compile(self, node: object) -> Check:
        if node is True:
            return _always
        if not isinstance(node, Mapping):
            raise _Unsupported(node)
        if set(node) - _ANNOTATIONS - _KNOWN:
            raise _Unsupported(set(node) - _ANNOTATIONS - _KNOWN)
        rest = {key: value for key, value in node.items() if key not in _ANNOTATIONS}
        checks = []
        kind = rest.pop("type", None)
        if kind == "string":
            checks.append(self.string(rest))
        elif kind == "integer":
            checks.append(self.integer(rest))
        elif kind == "array":
            checks.append(self.array(rest, typed=True))
        elif kind == "object":
            checks.append(self.object(rest, typed=True))
        elif kind is not None:
            checks.append(self.type(kind))
        # What is left applies only to values of its own type (JSON Schema's rule).
        if {"minLength", "maxLength", "pattern"} & rest.keys():
            string = self.string(rest)
            checks.append(lambda value: not isinstance(value, str) or string(value))
        if {"minimum", "maximum"} & rest.keys():
            checks.append(self.bounds(rest))
        if {"items", "maxItems"} & rest.keys():
            checks.append(self.array(rest, typed=False))
        if {"required", "properties", "additionalProperties"} & rest.keys():
            checks.append(self.object(rest, typed=False))
        if "enum" in rest or "const" in rest:
            checks.append(self.choice(rest))
        if "allOf" in rest:
            checks.extend(self.compile(part) for part in rest.pop("allOf"))
        if "if" in rest:
            checks.append(self.condition(rest))
        if "$ref" in rest:
            checks.append(self.reference(rest.pop("$ref")))
        if rest:
            raise _Unsupported(rest)  # "then" or "else" without "if"
        return _both(checks)

    def type(self, kind: object) -> Check:
        names = kind if isinstance(kind, list) else [kind]
        if any(name not in _TYPES for name in names):
            raise _Unsupported(names)
        wanted = [_TYPES[name] for name in names]
        if len(wanted) == 1:
            return wanted[0]
        return lambda value: any(check(value) for check in wanted)

    def string(self, rest: dict[str, Any]) -> Check:
        """A string with its length and pattern (and choices, when the node has them)."""
        least = rest.pop("minLength", 0)
        most = rest.pop("maxLength", None)
        pattern = rest.pop("pattern", None)
        choice = self.choice(rest) if ("enum" in rest or "const" in rest) else None
        search = re.compile(pattern).search if pattern is not None else None
        if choice is not None and not least and most is None and search is None:
            return choice
        if search is None and most is not None and choice is None:
            return lambda value: isinstance(value, str) and least <= len(value) <= most

        def check(value: Any) -> bool:
            return (
                isinstance(value, str)
                and len(value) >= least
                and (most is None or len(value) <= most)
                and (search is None or search(value) is not None)
                and (choice is None or choice(value))
            )

        return check

    def integer(self, rest: dict[str, Any]) -> Check:
        bounds = self.bounds(rest) if {"minimum", "maximum"} & rest.keys() else _always
        return lambda value: _is_integer(value) and bounds(value)

    def bounds(self, rest: dict[str, Any]) -> Check:
        least = rest.pop("minimum", None)
        most = rest.pop("maximum", None)

        def check(value: Any) -> bool:
            if not _is_number(value):
                return True
            return (least is None or value >= least) and (most is None or value <= most)

        return check

    def choice(self, rest: dict[str, Any]) -> Check:
        checks = []
        if "enum" in rest:
            options = rest.pop("enum")
            if not all(isinstance(option, str) for option in options):
                raise _Unsupported(options)  # jsonschema's equality across types: not here
            allowed = frozenset(options)
            checks.append(lambda value: isinstance(value, str) and value in allowed)
        if "const" in rest:
            expected = rest.pop("const")
            if not isinstance(expected, str):
                raise _Unsupported(expected)
            checks.append(lambda value: isinstance(value, str) and value == expected)
        return _both(checks)

    def array(self, rest: dict[str, Any], *, typed: bool) -> Check:
        item = self.compile(rest.pop("items", True))
        most = rest.pop("maxItems", None)

        def check(value: Any) -> bool:
            if not isinstance(value, list):
                return not typed
            return (most is None or len(value) <= most) and all(map(item, value))

        return check

    def object(self, rest: dict[str, Any], *, typed: bool) -> Check:
        needed = frozenset(rest.pop("required", ()))
        properties = {name: self.compile(sub) for name, sub in rest.pop("properties", {}).items()}
        closed = rest.pop("additionalProperties", None)
        if closed not in (None, False):
            raise _Unsupported("additionalProperties")
        allowed = frozenset(properties)
        anything = properties.get  # with additional properties allowed, unknown keys pass

        def check(value: Any) -> bool:
            if not isinstance(value, dict):
                return not typed
            keys = value.keys()
            if not needed <= keys or (closed is False and not keys <= allowed):
                return False
            for name, item in value.items():
                sub = anything(name)
                if sub is not None and not sub(item):
                    return False
            return True

        return check

    def condition(self, rest: dict[str, Any]) -> Check:
        test = self.compile(rest.pop("if"))
        then = self.compile(rest.pop("then", True))
        otherwise = self.compile(rest.pop("else", True))
        return lambda value: then(value) if test(value) else otherwise(value)

    def reference(self, target: object) -> Check:
        if not isinstance(target, str) or not target.startswith("#/$defs/"):
            raise _Unsupported(target)
        name = target.removeprefix("#/$defs/")
        if name not in self.definitions:
            self.definitions[name] = _never  # a cycle fails safe (slow path decides)
            self.definitions[name] = self.compile(self.root["$defs"][name])
        return self.definitions[name]
