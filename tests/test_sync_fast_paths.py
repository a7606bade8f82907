"""The quick paths of a big sync file's export and import give exactly the answers of the plain
code they stand for: pinyin read word by word, text folded and cut into pieces, the records'
JSON written once, histories replayed by their shape."""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk.domain import pinyin
from desk.domain.search_query import _INVISIBLE, _clean, fold_text
from desk.domain.text import to_halfwidth
from desk.domain.text_grams import _RUN, text_grams
from desk.domain.workflow import Action, CaseEvent, Level, TransitionRefused, steps
from desk.sync.canonical import canonical_bytes
from desk.sync.payload import compact_json, hash_entry, make_payload, record_sha256
from desk.syncing.merging import _replays

PROPERTY = settings(max_examples=300, deadline=None)


def _plain_read_han(han: str) -> list[str]:
    """What desk.domain.pinyin._read_han did before it read word by word."""
    from pypinyin import Style, lazy_pinyin

    readings = (pinyin._plain(r) for r in lazy_pinyin(han, style=Style.NORMAL, errors="ignore"))
    return [reading for reading in readings if reading]


def test_word_by_word_pinyin_is_pypinyins_reading_of_the_whole() -> None:
    from pypinyin.constants import PHRASES_DICT, PINYIN_DICT

    rng = random.Random(5)
    phrases = sorted(PHRASES_DICT)
    characters = [chr(code) for code in sorted(PINYIN_DICT)]
    samples = ["", "张三", "曾经", "单于", "长孙无忌", "重庆", "银行行长", "𠇔"]
    for _ in range(3000):
        samples.append("".join(rng.choices(characters, k=rng.randint(1, 6))))
        # phrases next to each other and cut short: where the longest match could shift
        first, second = rng.choice(phrases), rng.choice(phrases)
        samples.append(first + second[: rng.randint(1, len(second))] + rng.choice(characters))
        samples.append(rng.choice(characters) + first)
    for sample in samples:
        assert pinyin._read_han(sample) == _plain_read_han(sample), sample


def _plain_clean(text: str) -> str:
    visible = (c for c in text if c.isspace() or unicodedata.category(c) not in _INVISIBLE)
    return " ".join("".join(visible).split())


def _plain_halfwidth(value: str) -> str:
    return "".join(
        chr(ord(c) - 0xFEE0) if "\uff01" <= c <= "\uff5e" else (" " if c == "\u3000" else c)
        for c in value
    )


def _plain_runs(folded: str) -> list[str]:
    runs, current = [], []
    for char in folded:
        if char.isalnum():
            current.append(char)
        elif current:
            runs.append("".join(current))
            current = []
    if current:
        runs.append("".join(current))
    return runs


def test_the_run_pattern_is_isalnum_for_every_code_point() -> None:
    single = re.compile(_RUN.pattern.removesuffix("+"))
    wrong = [
        hex(code)
        for code in range(0x110000)
        if bool(single.fullmatch(chr(code))) != chr(code).isalnum()
    ]
    assert wrong == []


def test_printable_text_holds_nothing_invisible() -> None:
    """_clean's quick path: text that is printable (white space aside) has no character of a
    category it drops."""
    wrong = [
        hex(code)
        for code in range(0x110000)
        if chr(code).isprintable() and unicodedata.category(chr(code)) in _INVISIBLE
    ]
    assert wrong == []


TEXT = st.text(
    alphabet=st.one_of(
        st.characters(),
        st.sampled_from("土地征收，。！０１２ＡＢｚ\u3000 \n\t\u200b\u00ad\ufeff\x00\x7f_-·"),
    ),
    max_size=40,
)


@PROPERTY
@given(TEXT)
def test_quick_folding_is_the_plain_folding(text: str) -> None:
    assert _clean(text) == _plain_clean(text)
    assert to_halfwidth(text) == _plain_halfwidth(text)
    folded = fold_text(text)
    assert _RUN.findall(folded) == _plain_runs(folded)


@pytest.mark.parametrize(
    ("subject", "asked", "grams"),
    [
        ("土地征收", "要求补偿。", "土地 地征 征收 要求 求补 补偿"),
        ("Ｗｉｆｉ坏了 ３次", "a_b", "wi if fi i坏 坏了 3次 a b"),
        ("\u200b宅基地\n纠纷", "", "宅基 基地 纠纷"),
    ],
)
def test_text_grams_examples(subject: str, asked: str, grams: str) -> None:
    assert text_grams(subject, asked) == grams


def test_a_hashed_entry_carries_its_canonical_json_and_sha256() -> None:
    entry = {"uid": "u", "version": 2, "subject": '土地\n"征收"', "urgent": True, "n": None}
    text = hash_entry(entry)
    assert entry["sha256"] == record_sha256(entry)
    assert json.loads(text) == entry
    assert text.startswith(canonical_bytes({k: v for k, v in entry.items() if k != "sha256"})[:-1])
    with pytest.raises(ValueError):
        hash_entry(entry)  # hashed already
    with pytest.raises(ValueError):
        hash_entry({})


def test_the_payload_json_with_the_visits_as_hashed_is_the_payload() -> None:
    visits = [{"uid": str(n), "subject": f"事项{n}", "version": 1} for n in range(3)]
    texts = [hash_entry(visit) for visit in visits]
    payload = make_payload(visits=visits, events=[{"seq": 1}], station={"code": "1"})
    assert json.loads(compact_json(payload, texts)) == json.loads(compact_json(payload)) == payload
    assert json.loads(compact_json({"visits": visits}, texts)) == {"visits": visits}
    assert compact_json(make_payload(), []) == compact_json(make_payload())
    with pytest.raises(ValueError):
        compact_json(payload, texts[:2])


def test_replaying_by_the_shape_of_a_history_is_replaying_it() -> None:
    """merging._replays keeps answers by actions and levels alone: steps looks at nothing
    else (a wrong answer here would let a broken history in, or hold back a good one)."""
    rng = random.Random(7)
    moments = [dt.datetime(2026, 1, 1) + dt.timedelta(days=n) for n in range(40)]
    register = CaseEvent(Action.REGISTER, Level.STATION, moments[0])
    answers = set()
    for _ in range(3000):
        history = [register] if rng.random() < 0.7 else []
        history += [
            CaseEvent(rng.choice(list(Action)), rng.choice(list(Level)), moments[n + 1])
            for n in range(rng.randint(0, 5))
        ]
        try:
            steps(history)
            expected = True
        except TransitionRefused:
            expected = False
        assert _replays(tuple((e.action, e.level) for e in history)) is expected
        answers.add(expected)
    assert answers == {True, False}
