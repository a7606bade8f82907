"""Pinyin keys of a person's name, and pinyin syllables in what a clerk types.

`name_keys("张三")` gives the keys a name is found by: its initials "zs" (the first letter of
every syllable, as Chinese input methods take them: 张 is "z", not "zh") and its full pinyin
"zhangsan". Both are lower-case ASCII without tones; ü is written "v" as on a keyboard (吕 "lv").

- The surname is read as a surname: pypinyin takes the commonest reading of a character, which
  for many surnames is wrong (曾 "ceng", 单 "dan"). The first one or two characters are looked up
  in SURNAME_READINGS, compound surnames first (尉迟 "yuchi" before 尉); the given name is read by
  pypinyin on its own, so a phrase across the two (曾经) cannot change either.
- Latin letters are kept, lower-case and without accents (José → "jose"); each run of letters
  counts as one syllable, so "Mary张" gives "mz" and "maryzhang".
- Everything else is skipped in both keys: characters pypinyin has no reading for (rare ones
  such as 𠇔), digits, punctuation (the · of 阿依古丽·买买提), spaces and other scripts. Such
  a name is still found by its characters; its keys hold only what could be read.

`syllables("xian")` lists the ways a string of letters splits into Mandarin syllables
([["xian"], ["xi", "an"]]), to tell whether a query can be full pinyin.

Importing pypinyin takes 120 to 430 ms (its dictionaries load at import), so it happens on the
first call to name_keys, never on importing this module.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass

# Every toneless reading in pypinyin's dictionary (0.55), ü as "v", without the interjections
# m, n, ng, hm, hng and ê: those would split ordinary queries ("zhang" into "zha" + "ng").
SYLLABLES = frozenset(
    """
    a ai an ang ao e ei en eng er o ou
    ba bai ban bang bao bei ben beng bi bian biang biao bie bin bing bo bong bu
    pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu
    ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu
    fa fan fang fei fen feng fiao fo fou fu
    da dai dan dang dao de dei den deng di dia dian diao die din ding diu dong dou du duan dui dun
    duo
    ta tai tan tang tao te tei teng ti tian tiao tie ting tong tou tu tuan tui tun tuo
    na nai nan nang nao ne nei nen neng ni nia nian niang niao nie nin ning niu nong nou nu nuan
    nun nuo nv nve
    la lai lan lang lao le lei len leng li lia lian liang liao lie lin ling liu lo long lou lu luan
    lun luo lv lve
    ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo
    ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo
    ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo
    ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun
    qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun
    xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun
    zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui
    zhun zhuo
    cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun
    chuo
    sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun
    shuo
    ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo
    za zai zan zang zao ze zei zen zeng zi zong zou zu zuan zui zun zuo
    ca cai can cang cao ce cei cen ceng ci cong cou cu cuan cui cun cuo
    sa sai san sang sao se sen seng si song sou su suan sui sun suo
    ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun
    wa wai wan wang wei wen weng wo wong wu
    """.split()
)
SYLLABLE_PREFIXES = frozenset(s[:end] for s in SYLLABLES for end in range(1, len(s) + 1))
INITIAL_LETTERS = frozenset(s[0] for s in SYLLABLES)  # every letter but i, u and v
MAX_SYLLABLE_LETTERS = 30  # a name's pinyin is shorter; ambiguous splits grow as 2^n

# Surnames whose commonest reading (the one pypinyin gives) is not the surname's. Compound
# surnames are listed even where pypinyin reads them right: the rest of the name is then read
# on its own, and a single-character entry (乐 of 乐正) cannot split them. 单于 is left out on
# purpose: today such a name is far more likely 单 (shan) with the given name 于.
SURNAME_READINGS: dict[str, str] = {
    # compound surnames
    "尉迟": "yu chi",
    "万俟": "mo qi",
    "长孙": "zhang sun",
    "澹台": "tan tai",
    "乐正": "yue zheng",
    "欧阳": "ou yang",
    "令狐": "ling hu",
    "上官": "shang guan",
    "皇甫": "huang fu",
    "司马": "si ma",
    "诸葛": "zhu ge",
    "夏侯": "xia hou",
    "慕容": "mu rong",
    "宇文": "yu wen",
    "东方": "dong fang",
    "公孙": "gong sun",
    "呼延": "hu yan",
    "端木": "duan mu",
    "司徒": "si tu",
    "轩辕": "xuan yuan",
    "闾丘": "lv qiu",
    "亓官": "qi guan",
    # single-character surnames
    "曾": "zeng",
    "单": "shan",
    "解": "xie",
    "仇": "qiu",
    "朴": "piao",
    "区": "ou",
    "查": "zha",
    "盖": "ge",
    "缪": "miao",
    "翟": "zhai",
    "乐": "yue",
    "覃": "qin",
    "秘": "bi",
    "员": "yun",
    "种": "chong",
    "繁": "po",
    "折": "she",
    "召": "shao",
    "宓": "mi",
    "郇": "huan",
    "逄": "pang",
    "句": "gou",
    "薄": "bo",
    "卜": "bu",
    "隗": "wei",
    "黑": "he",
    "祭": "zhai",
    "能": "nai",
    "佴": "nai",
    "都": "du",
    "藏": "zang",
    "重": "chong",
    "颉": "xie",
}

# Chinese characters, for a regex class: unified ideographs with extensions A to H,
# compatibility ideographs, and 〇.
HAN_RANGES = (
    "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\U00020000-\U0002a6df\U0002a700-\U0002ebef\U0002f800-\U0002fa1f\U00030000-\U000323af"
)
_RUNS = re.compile(rf"(?P<han>[{HAN_RANGES}]+)|(?P<latin>[A-Za-z]+)")
_SEPARATORS = re.compile(r"[\s']+")  # "zhang san", "xi'an": the clerk's own syllable breaks


@dataclass(frozen=True)
class NameKeys:
    initials: str  # "zs" for 张三
    full: str  # "zhangsan"


@functools.lru_cache(maxsize=16384)  # a station's names many times over, a few MB at most
def name_keys(name: str) -> NameKeys:
    """The pinyin keys a name is found by; "" and "" when nothing in it can be read."""
    words = _readings(_decompose(name))
    return NameKeys(initials="".join(word[0] for word in words), full="".join(words))


def syllables(text: str, *, partial_last: bool = False) -> list[list[str]] | None:
    """Every way `text` splits into pinyin syllables, fewest syllables first; None if none does.

    Case is ignored and ü may be typed as v or ü; spaces and apostrophes are breaks the splits
    must respect ("xi'an" is only xi + an). With `partial_last`, the last piece may be the start
    of a syllable ("zhangs": zhang + s) once a whole syllable came before it: a query typed
    half-way. Ambiguous strings have many splits (2^n for n times "xian"), so strings of more
    than MAX_SYLLABLE_LETTERS letters give None; `is_pinyin` answers yes or no in linear time.
    """
    chunks = _chunks(text)
    if chunks is None:
        return None
    options = [_splits(chunk, False) for chunk in chunks[:-1]]
    options.append(_splits(chunks[-1], partial_last))
    found = [list(itertools.chain(*parts)) for parts in itertools.product(*options)]
    found = [split for split in found if split[0] in SYLLABLES]  # not a lone unfinished piece
    found.sort(key=lambda split: (len(split), split))
    return found or None


def is_pinyin(text: str, *, partial_last: bool = False) -> bool:
    """Whether `syllables(text, partial_last=...)` would find a split, without listing them."""
    chunks = _chunks(text)
    if chunks is None:
        return False
    *whole, last = chunks
    if not all(_can_split(chunk, False) for chunk in whole):
        return False
    if whole or not partial_last:
        return _can_split(last, partial_last)
    # alone and possibly unfinished: a whole syllable must come first
    return any(
        last[:end] in SYLLABLES and (end == len(last) or _can_split(last[end:], True))
        for end in range(1, min(len(last), 6) + 1)
    )


def _chunks(text: str) -> list[str] | None:
    """The runs of letters between the clerk's breaks; None unless all are ASCII letters."""
    chunks = [chunk for chunk in _SEPARATORS.split(text.lower().replace("ü", "v")) if chunk]
    letters = "".join(chunks)
    if not letters.isascii() or not letters.isalpha() or len(letters) > MAX_SYLLABLE_LETTERS:
        return None
    return chunks


@functools.lru_cache(maxsize=4096)
def _splits(letters: str, partial_last: bool) -> tuple[tuple[str, ...], ...]:
    """All splits of `letters` into syllables (the last may be a syllable's start)."""
    found = [(letters,)] if _fits_alone(letters, partial_last) else []
    for end in range(1, min(len(letters), 7)):  # a syllable has at most 6 letters
        head = letters[:end]
        if head in SYLLABLES:
            found.extend((head, *rest) for rest in _splits(letters[end:], partial_last))
    return tuple(found)


@functools.lru_cache(maxsize=4096)
def _can_split(letters: str, partial_last: bool) -> bool:
    if _fits_alone(letters, partial_last):
        return True
    return any(
        letters[:end] in SYLLABLES and _can_split(letters[end:], partial_last)
        for end in range(1, min(len(letters), 7))
    )


def _fits_alone(letters: str, partial_last: bool) -> bool:
    return letters in (SYLLABLE_PREFIXES if partial_last else SYLLABLES)


def _decompose(name: str) -> str:
    """Full-width letters and Kangxi radicals to their plain forms, accents off (José → Jose)."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _readings(name: str) -> list[str]:
    """One reading per syllable (or per run of Latin letters), surname first."""
    readings: list[str] = []
    for run in _RUNS.finditer(name.lstrip()):
        if run["latin"]:
            readings.append(run["latin"].lower())
            continue
        han = run["han"]
        if run.start() == 0:
            surname = _surname(han)
            readings.extend(SURNAME_READINGS[surname].split() if surname else [])
            han = han[len(surname) :]
        readings.extend(_read_han(han) if han else [])
    return readings


def _surname(han: str) -> str:
    """The surname at the start of a name if it needs its own reading, else ""."""
    for length in (2, 1):
        if han[:length] in SURNAME_READINGS:
            return han[:length]
    return ""


def _read_han(han: str) -> list[str]:
    # pypinyin cuts the text into words (its phrase dictionary, longest first) and reads each
    # word on its own; doing the same here lets each word's reading be kept: a township reads
    # a hundred thousand names from one station's file, and given names and surnames repeat.
    from pypinyin.seg.simpleseg import seg  # slow to import: only when first needed

    return [reading for word in seg(han) for reading in _read_word(word)]


@functools.lru_cache(maxsize=65536)  # words of one or two characters: about 5 MB when full
def _read_word(word: str) -> tuple[str, ...]:
    from pypinyin import Style, lazy_pinyin

    plain = (_plain(reading) for reading in lazy_pinyin(word, style=Style.NORMAL, errors="ignore"))
    return tuple(reading for reading in plain if reading)


def _plain(reading: str) -> str:
    """Style.NORMAL still writes ê (for 欸); the keys hold plain ASCII letters only."""
    if reading.isascii() and reading.isalpha():
        return reading.lower()
    return re.sub("[^a-z]", "", reading.replace("ê", "e").replace("ü", "v").lower())
