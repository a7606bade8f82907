"""Realistic synthetic visits for demonstrations and benchmarks (`desk demo --visits N`).

Every visit goes through the same validation as the form, so demo data is data the program
could have been given by a clerk: Chinese names (a few with rare characters), valid ID numbers,
phones, villages of the station's township, categories of the active list, dates over the last
three years, and returning visitors.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from desk.domain.categories import CategoryList
from desk.domain.idnumber import check_character
from desk.domain.visit import CHANNEL_REFERENCE_LABELS, VisitInput, VisitRules, validate_visit

# One station, its head and one visit: the example the demo, the screenshots, the benchmark
# and the tests all start from.
SAMPLE_STATION = {
    "name": "东风村群众工作站",
    "code": "410423203202",
    "township": "马庄乡",
    "phone": "0375-6123456",
}
SAMPLE_CLERK = {
    "clerk_name": "王芳",
    "login": "wangfang",
    "password": "dongfeng2026",
    "password_again": "dongfeng2026",
}
DEMO_CLERK = {
    "clerk_name": "演示接待员",
    "login": "demo",
    "password": "demo1234",
    "password_again": "demo1234",
}
SAMPLE_VISIT = {
    "visitor_name": "张𠇔",
    "id_number": "11010519491231002X",
    "phone": "13937512345",
    "village": "东风村",
    "address": "东风村三组12号",
    "channel": "来访",
    "received_at": "2026-11-26 09:30",
    "kind": "申诉求决类",
    "category1": "自然资源",
    "category2": "土地征收",
    "subject": "修路占用承包地补偿未到位",
    "request": "要求按标准发放占地补偿款。",
}

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛")
GIVEN = {
    "男": "伟强磊军洋勇杰涛明超刚华建国志鹏辉飞东德胜福贵荣成永宏亮庆兴旺振学文斌海波林峰",
    "女": "芳娜秀英敏静丽艳娟霞平桂玉兰红燕丹萍玲芝凤春梅云晓金花淑珍小翠秋菊慧婷颖琳雪",
}
RARE_GIVEN = ("堃", "喆", "犇", "镕", "珺", "䶮", "𠇔", "𡈼")
VILLAGES = (
    "东风村",
    "红旗村",
    "李家庄村",
    "王营村",
    "张湾村",
    "柳树屯村",
    "河西村",
    "新庄村",
    "后寨村",
    "石桥村",
    "前进社区",
    "南关社区",
)
CHANNEL_WEIGHTS = {
    "来访": 60,
    "电话": 15,
    "来信": 8,
    "网上": 5,
    "12345热线转办": 6,
    "上级交办": 3,
    "领导批示": 1,
    "其他": 2,
}
KIND_WEIGHTS = {"申诉求决类": 75, "建议意见类": 15, "检举控告类": 10}
SUBJECTS = {
    "农村农业": ("土地承包合同到期未续签", "宅基地审批迟迟未办", "村集体账目不公开"),
    "自然资源": ("修路占用承包地补偿未到位", "征地补偿款被截留", "邻村越界采砂"),
    "城乡建设": ("房屋拆迁补偿标准过低", "村道硬化工程烂尾", "违章建筑影响通行"),
    "劳动和社会保障": ("工地拖欠工资三个月", "养老保险待遇未发放", "工伤认定久拖不决"),
    "生态环境": ("养殖场污水直排河道", "石料厂粉尘污染", "夜间施工噪声扰民"),
    "卫生健康": ("村卫生室收费不规范", "医疗费报销比例有疑问"),
    "民政与应急": ("低保评定不公平", "危房改造补助未到位", "残疾人补贴停发"),
    "政法": ("邻居砌墙占用通道", "宅基地边界纠纷", "婚姻家庭矛盾求调解"),
    "纪检监察": ("反映村干部优亲厚友", "反映扶贫资金使用不规范"),
    "教育": ("孩子入学难", "校车接送安全隐患"),
}
REQUESTS = (
    "要求按照政策标准落实，尽快给予答复。",
    "请求有关部门调查核实，依法依规处理。",
    "希望乡里协调解决，保障群众合法权益。",
    "要求公开相关情况，给出书面答复。",
)
FACTS = (
    "{year}年起多次向村委会反映，至今未解决。",
    "涉及本组十余户村民，群众意见较大。",
    "已有相关合同和收据复印件，可以提供。",
    "",
)


@dataclass
class _Person:
    name: str
    sex: str
    id_number: str
    phone: str
    village: str
    address: str


class DemoVisits:
    """A reproducible stream of raw visits (dicts as `desk add` takes them)."""

    def __init__(self, *, station_code: str, now: dt.datetime, seed: int = 2022) -> None:
        self.random = random.Random(seed)
        self.county = station_code[:6]
        self.now = now.replace(second=0, microsecond=0)
        self.people: list[_Person] = []

    def person(self) -> _Person:
        if self.people and self.random.random() < 0.2:
            return self.random.choice(self.people)  # a returning visitor
        rng = self.random
        sex = rng.choice("男女")
        surname = rng.choice(COMPOUND_SURNAMES) if rng.random() < 0.01 else rng.choice(SURNAMES)
        given = "".join(rng.choice(GIVEN[sex]) for _ in range(rng.choice((1, 2, 2))))
        if rng.random() < 0.01:
            given = given[:1] + rng.choice(RARE_GIVEN)
        village = rng.choice(VILLAGES)
        person = _Person(
            name=surname + given,
            sex=sex,
            id_number=self.id_number(sex),
            phone=self.phone(),
            village=village,
            address=f"{village}{rng.randint(1, 12)}组{rng.randint(1, 80)}号",
        )
        self.people.append(person)
        if len(self.people) > 20_000:
            del self.people[:10_000]
        return person

    def id_number(self, sex: str) -> str:
        rng = self.random
        county = self.county if rng.random() < 0.85 else rng.choice(("410102", "110105", "440305"))
        birth = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * 65))
        sequence = rng.randrange(1 if sex == "男" else 0, 999, 2)
        first17 = f"{county}{birth:%Y%m%d}{sequence:03d}"
        return first17 + check_character(first17)

    def phone(self) -> str:
        rng = self.random
        roll = rng.random()
        if roll < 0.05:
            return ""
        if roll < 0.15:
            return f"0375-{rng.randint(2_000_000, 8_999_999)}"
        return f"1{rng.choice('3456789')}{rng.randint(0, 999_999_999):09d}"

    def received_at(self) -> dt.datetime:
        rng = self.random
        day = self.now.date() - dt.timedelta(days=rng.randint(0, 3 * 365))
        minute = rng.randint(8 * 60, 17 * 60 + 30)
        return min(self.now, dt.datetime.combine(day, dt.time(minute // 60, minute % 60)))

    def visit(self, categories: CategoryList, received: dt.datetime) -> dict[str, Any]:
        rng = self.random
        person = self.person()
        category1 = rng.choice(categories.first_level)
        children = categories.second_level(category1)
        channel = rng.choices(tuple(CHANNEL_WEIGHTS), weights=tuple(CHANNEL_WEIGHTS.values()))[0]
        headcount = rng.choices((1, rng.randint(2, 4), rng.randint(5, 40)), weights=(85, 10, 5))[0]
        others = [self.person() for _ in range(min(headcount - 1, rng.randint(0, 4)))]
        subject = rng.choice(SUBJECTS.get(category1, (f"{category1}方面的问题",)))
        return {
            "visitor_name": person.name,
            "visitor_sex": person.sex,
            "id_number": person.id_number,
            "phone": person.phone,
            "village": person.village,
            "address": person.address,
            "headcount": headcount,
            "representatives": [
                {"name": p.name, "id_number": p.id_number, "phone": p.phone}
                for p in others
                if p is not person
            ],
            "channel": channel,
            "channel_ref": self.reference(channel, received.year),
            "received_at": received.strftime("%Y-%m-%d %H:%M"),
            "kind": rng.choices(tuple(KIND_WEIGHTS), weights=tuple(KIND_WEIGHTS.values()))[0],
            "category1": category1,
            "category2": rng.choice(children) if children else "",
            "subject": subject,
            "request": rng.choice(REQUESTS),
            "facts": rng.choice(FACTS).format(year=received.year - 1),
            "involved": rng.choice(("", "村委会", "施工单位", "乡国土所", "某建筑公司")),
            "leapfrog": rng.random() < 0.03,
            "repeat": rng.random() < 0.15,
            "urgent": rng.random() < 0.02,
        }

    def reference(self, channel: str, year: int) -> str:
        if channel not in CHANNEL_REFERENCE_LABELS:
            return ""
        if channel == "12345热线转办":
            return f"GD{year}{self.random.randint(0, 99_999_999):08d}"
        return f"县信交〔{year}〕{self.random.randint(1, 300)}号"

    def validated(self, count: int, rules: VisitRules) -> Iterator[VisitInput]:
        """`count` visits in order of reception, each checked by the form's own rules."""
        moments = sorted(self.received_at() for _ in range(count))
        for moment in moments:
            yield validate_visit(self.visit(rules.categories, moment), rules)
