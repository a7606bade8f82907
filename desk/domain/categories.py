"""The two-level content categories (内容分类): reference data a township can replace.

A list is a JSON document checked against resources/schemas/categories.schema.json; every visit
records the version of the list it was classified with.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desk.domain.errors import FieldError
from desk.domain.schema_files import first_problem
from desk.paths import resource


class CategoryListInvalid(ValueError):
    """A category file that cannot be used; the message says why, in Chinese."""


@dataclass(frozen=True)
class CategoryList:
    version: str
    title: str
    tree: Mapping[str, tuple[str, ...]]  # first level -> second level, in the file's order
    document: Mapping[str, Any]

    @property
    def first_level(self) -> tuple[str, ...]:
        return tuple(self.tree)

    def second_level(self, first: str) -> tuple[str, ...]:
        return self.tree.get(first, ())

    def check(self, first: str, second: str) -> None:
        """Raise FieldError naming the level that is wrong."""
        if first not in self.tree:
            raise FieldError(f"一级分类“{first}”不在分类表（{self.version}版）中")
        children = self.tree[first]
        if children and not second:
            raise FieldError("请选择二级分类")
        if second and second not in children:
            raise FieldError(f"二级分类“{second}”不属于“{first}”")


def parse_category_list(document: Mapping[str, Any]) -> CategoryList:
    problem = first_problem("categories.schema.json", document)
    if problem:
        raise CategoryListInvalid(f"分类文件格式不对：{problem}")
    tree: dict[str, tuple[str, ...]] = {}
    for entry in document["categories"]:
        name, children = entry["name"].strip(), tuple(c.strip() for c in entry["children"])
        if name in tree:
            raise CategoryListInvalid(f"分类文件中一级分类“{name}”重复出现")
        if len(set(children)) != len(children):
            raise CategoryListInvalid(f"分类文件中“{name}”下有重复的二级分类")
        tree[name] = children
    return CategoryList(
        version=document["version"], title=document["title"], tree=tree, document=document
    )


def load_category_file(path: Path) -> CategoryList:
    try:
        document = json.loads(path.read_text("utf-8-sig"))  # Notepad writes a BOM
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CategoryListInvalid(f"无法读取分类文件 {path}：{error}") from error
    return parse_category_list(document)


def bundled_default_document() -> dict[str, Any]:
    return json.loads(resource("categories", "default.json").read_text("utf-8"))
