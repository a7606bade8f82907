"""The payload and its schemas: in step with the visit fields and the workflow, and checked."""

from __future__ import annotations

import copy
import json
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk.domain import visit as visit_rules
from desk.domain.workflow import Action, Level
from desk.paths import resource
from desk.sync.errors import InvalidSyncPayload
from desk.sync.payload import (
    ACK_STATUSES,
    Acknowledgement,
    check_payload,
    counts_of,
    event_sequence_range,
    make_payload,
    record_sha256,
    visit_entry,
)
from desk.sync.schemas import (
    SCHEMA_NAMES,
    first_schema_error,
    quick_validator,
    schema,
    schema_path_name,
)
from tests.test_sync_support import PLAIN_SEALED_FOR_SCHEMA, sample_payload

PAYLOAD = sample_payload(4)
VISIT_SCHEMA = schema("payload")["$defs"]["visit"]


@pytest.mark.parametrize("name", SCHEMA_NAMES)
def test_every_sync_schema_is_a_valid_draft_2020_12_schema(name: str) -> None:
    document = json.loads(resource("schemas", schema_path_name(name)).read_text("utf-8"))
    assert document["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(document)


def test_a_visit_carries_exactly_the_fields_of_desk_show_json_with_uid_version_and_hash() -> None:
    shown = {*visit_rules.SYSTEM_FIELDS, *visit_rules.INPUT_FIELDS}
    sync_only = {"uid", "version", "base_version", "sha256"}
    assert set(VISIT_SCHEMA["properties"]) == shown | sync_only
    assert set(VISIT_SCHEMA["required"]) == shown | sync_only - {"base_version"}
    representative = schema("payload")["$defs"]["representative"]
    assert set(representative["properties"]) == set(visit_rules.REPRESENTATIVE_FIELDS)


def test_the_choices_in_the_schema_are_the_forms_choices_and_the_workflows_actions() -> None:
    properties = VISIT_SCHEMA["properties"]
    assert properties["kind"]["enum"] == list(visit_rules.KINDS)
    assert properties["channel"]["enum"] == list(visit_rules.CHANNELS)
    assert properties["id_type"]["enum"] == list(visit_rules.ID_TYPES)
    assert properties["visitor_sex"]["enum"] == ["", *visit_rules.SEXES]
    assert properties["no_id_reason"]["enum"] == ["", *visit_rules.NO_ID_REASONS]
    assert properties["representatives"]["maxItems"] == visit_rules.MAX_REPRESENTATIVES - 1
    event = schema("payload")["$defs"]["event"]["properties"]
    assert event["action"]["enum"] == [action.value for action in Action]
    assert event["level"]["enum"] == [level.value for level in Level]
    ack = schema("payload")["$defs"]["acknowledgement"]["properties"]
    assert ack["status"]["enum"] == list(ACK_STATUSES)


def test_a_real_payload_passes_and_counts_itself() -> None:
    check_payload(PAYLOAD)
    assert counts_of(PAYLOAD) == {"visits": 4, "events": 5, "acknowledgements": 0}
    assert event_sequence_range(PAYLOAD) == (1, 5)
    assert event_sequence_range(make_payload()) is None


def test_a_sealed_envelope_satisfies_the_envelope_schema() -> None:
    assert first_schema_error("envelope", json.loads(PLAIN_SEALED_FOR_SCHEMA)) is None


def test_the_record_hash_is_of_the_content_without_the_hash_in_any_key_order() -> None:
    visit = PAYLOAD["visits"][0]
    reordered = dict(reversed(list(visit.items())))
    assert record_sha256(reordered) == record_sha256(visit) == visit["sha256"]
    assert record_sha256({**visit, "sha256": "0" * 64}) == visit["sha256"]
    assert record_sha256({**visit, "facts": visit["facts"] + "。"}) != visit["sha256"]
    assert record_sha256({**visit, "version": 2}) != visit["sha256"]


def test_visit_entry_adds_uid_version_and_hash_to_what_desk_show_prints() -> None:
    shown = {k: v for k, v in PAYLOAD["visits"][0].items() if k not in ("uid", "version", "sha256")}
    entry = visit_entry(shown, uid=PAYLOAD["visits"][0]["uid"], version=3, base_version=2)
    assert entry["version"] == 3 and entry["base_version"] == 2
    assert entry["sha256"] == record_sha256(entry)
    check_payload(make_payload(visits=[entry]))


def changed(change: Any) -> dict[str, Any]:
    payload = copy.deepcopy(PAYLOAD)
    change(payload)
    return payload


def rehash(payload: dict[str, Any]) -> None:
    for visit in payload["visits"]:
        visit["sha256"] = record_sha256(visit)


def _set(path: str, value: Any) -> Any:
    def change(payload: dict[str, Any]) -> None:
        *parents, last = path.split("/")
        target: Any = payload
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        if value is KeyError:
            del target[last]
        else:
            target[last] = value
        rehash(payload)

    return change


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (_set("visits/0/uid", "not-a-uuid"), "visits/0/uid"),
        (_set("visits/0/version", 0), "visits/0/version"),
        (_set("visits/1/received_at", "2026/11/26 09:30"), "visits/1/received_at"),
        (_set("visits/1/headcount", "3"), "visits/1/headcount"),
        (_set("visits/2/subject", ""), "visits/2/subject"),
        (_set("visits/2/remark", "补录"), "visits/2"),
        (_set("visits/3/station_code", KeyError), "visits/3"),
        (_set("events/0/action", "批准"), "events/0/action"),
        (_set("events/0/at", "2026-11-26 10:02"), "events/0/at"),
        (_set("events/1/data", []), "events/1/data"),
        (_set("station/code", "41"), "station/code"),
        (_set("disputes", []), "disputes"),
        (_set("events", KeyError), "events"),
    ],
)
def test_a_payload_breaking_its_schema_is_refused_naming_the_place(
    change: Any, message: str
) -> None:
    with pytest.raises(InvalidSyncPayload, match=message):
        check_payload(changed(change))


def test_a_visit_changed_after_hashing_is_refused() -> None:
    payload = changed(lambda p: p["visits"][2].update(phone="13900000000"))
    with pytest.raises(InvalidSyncPayload, match=r"第3条来访.*校验值与内容不符"):
        check_payload(payload)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda p: p["visits"].append(copy.deepcopy(p["visits"][0])), "来访.*出现了两次"),
        (lambda p: p["events"].append({**p["events"][0], "seq": 99}), "事件.*出现了两次"),
        (lambda p: p["events"][1].update(seq=1), "事件序号“1”出现了两次"),
    ],
)
def test_a_record_twice_in_one_file_is_refused(change: Any, message: str) -> None:
    with pytest.raises(InvalidSyncPayload, match=message):
        check_payload(changed(change))


def test_acknowledgements_say_why_when_not_accepted_and_events_have_no_version() -> None:
    uid = PAYLOAD["visits"][0]["uid"]
    good = [
        Acknowledgement("visit", uid, 1, "accepted"),
        Acknowledgement("visit", uid, 2, "refused", "同一版本内容不同"),
        Acknowledgement("event", PAYLOAD["events"][0]["uid"], None, "already_had"),
    ]
    check_payload(make_payload(acknowledgements=good))
    for wrong in (
        Acknowledgement("visit", uid, 1, "conflict"),  # no reason
        Acknowledgement("visit", uid, 1, "refused", ""),
        Acknowledgement("event", uid, 3, "accepted"),  # events have no versions
        Acknowledgement("visit", uid, None, "accepted"),
    ):
        with pytest.raises(InvalidSyncPayload):
            check_payload(make_payload(acknowledgements=[wrong]))
    with pytest.raises(InvalidSyncPayload, match="确认"):
        check_payload(make_payload(acknowledgements=[good[0], good[0]]))


@settings(max_examples=60, deadline=None)
@given(field=st.sampled_from(sorted(VISIT_SCHEMA["required"])), value=st.none() | st.integers())
def test_any_visit_field_missing_or_of_the_wrong_type_is_refused(field: str, value: Any) -> None:
    visit = copy.deepcopy(PAYLOAD["visits"][0])
    if value is None:
        del visit[field]
    elif isinstance(visit[field], int) and not isinstance(visit[field], bool):
        visit[field] = -abs(value) - 1  # out of range for version and headcount
    else:
        visit[field] = value
    if field != "sha256":
        visit["sha256"] = record_sha256(visit)  # a sender that hashes what it sends
    payload = make_payload(visits=[visit])
    assert first_schema_error("payload", payload) is not None
    with pytest.raises(InvalidSyncPayload):
        check_payload(payload)


# --- the quick schema check gives jsonschema's answers --------------------------------------

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-3, 100_001)
    | st.sampled_from([0.0, 1.0, 2.5, -1.0])
    | st.text(max_size=12)
    | st.sampled_from(["", "受理", "refused", "event", "visit", "410423203202", "2026-11-26 09:30"])
    | st.from_regex(r"[0-9a-f]{64}", fullmatch=True),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)


def paths_in(value: Any, prefix: tuple = ()) -> list[tuple]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += paths_in(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += paths_in(item, (*prefix, index))
    return found


ENUM_WORDS = sorted(
    {
        word
        for words in (visit_rules.KINDS, visit_rules.CHANNELS, visit_rules.ID_TYPES)
        for word in words
    }
    | {"男", "女", "accepted", "conflict", "refused", "visit", "event", "登记", "station"}
)


def similar_to(value: Any) -> st.SearchStrategy[Any]:
    """A value of the same kind as `value`, near the lengths and bounds the schema sets."""
    if isinstance(value, bool):
        return st.booleans()
    if isinstance(value, int):
        return st.sampled_from([0, 1, 2, 4, 5, 100_000, 100_001, -1, 1.0, 3.0])
    if isinstance(value, str):
        return (
            st.sampled_from(ENUM_WORDS)
            | st.builds(
                lambda n, c: c * n,
                st.sampled_from([0, 1, 8, 12, 30, 31, 50, 51, 60, 61, 64, 101]),
                st.sampled_from(["a", "0", "𠇔", "f"]),
            )
            | st.just(value + "x")
            | st.just(value[:-1])
        )
    if isinstance(value, list):
        return st.just(value * 2) | st.just([]) | st.just(value[:1] * 5)
    if isinstance(value, dict):
        return st.just({}) | st.just(dict(value))
    return st.none() | st.integers(0, 3)


@st.composite
def mutated_payloads(draw: st.DrawFn) -> Any:
    document = copy.deepcopy(draw(st.sampled_from(SMALL_PAYLOADS)))
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(paths_in(document)))
        if not path:
            continue
        *parents, last = path
        target = document
        for part in parents:
            target = target[part]
        action = draw(st.sampled_from(["like", "like", "like", "replace", "delete", "add"]))
        if action == "like":  # near the schema's edges: mostly still valid
            target[last] = draw(similar_to(target[last]))
        elif action == "replace":
            target[last] = draw(JSON_VALUES)
        elif action == "delete":
            del target[last]
        elif isinstance(target, dict):
            target[draw(st.sampled_from(["x", "reason", "version", "sha256", "data"]))] = draw(
                JSON_VALUES
            )
    return document


SMALL_PAYLOADS = [
    sample_payload(1, seed=1),
    make_payload(
        acknowledgements=[
            Acknowledgement("visit", PAYLOAD["visits"][0]["uid"], 1, "refused", "理由"),
            Acknowledgement("event", PAYLOAD["events"][0]["uid"], None, "accepted"),
        ]
    ),
]


@settings(max_examples=400, deadline=None)
@given(document=mutated_payloads())
def test_the_quick_check_agrees_with_jsonschema_on_mutated_payloads(document: Any) -> None:
    quick = quick_validator("payload").is_valid(document)
    assert quick == jsonschema.Draft202012Validator(schema("payload")).is_valid(document)


@settings(max_examples=200, deadline=None)
@given(
    changes=st.dictionaries(
        st.sampled_from(sorted(schema("public-key")["properties"])), JSON_VALUES, max_size=3
    )
)
def test_the_quick_check_agrees_with_jsonschema_on_public_key_files(changes: dict) -> None:
    from tests.test_sync_support import STATION

    document = {**STATION.public_key_file().to_json(), **changes}
    quick = quick_validator("public-key").is_valid(document)
    assert quick == jsonschema.Draft202012Validator(schema("public-key")).is_valid(document)


def test_the_quick_check_counts_like_jsonschema() -> None:
    import jsonschema_rs

    check = jsonschema_rs.Draft202012Validator(
        {
            "type": "object",
            "properties": {
                "n": {"type": "integer", "minimum": 1},
                "s": {"type": "string", "maxLength": 2},
            },
        }
    )
    assert check.is_valid({"n": 1.0, "s": "𠇔𠇔"})  # 1.0 is an integer; a character is a code point
    assert not check.is_valid({"n": True}) and not check.is_valid({"s": "abc"})
    assert not check.is_valid([])
