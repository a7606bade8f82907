"""The 来访登记 form: the widgets of a paper registration form, and their values as a dict.

It knows nothing about the database: the page around it saves, autosaves and looks things up.
The dict it gives is the same document `desk add` takes, so one validation serves both.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.domain.categories import CategoryList
from desk.domain.visit import (
    CHANNEL_REFERENCE_LABELS,
    CHANNELS,
    CITIZEN_ID,
    ID_TYPES,
    KINDS,
    MAX_REPRESENTATIVES,
    NO_ID,
    NO_ID_REASONS,
    SEXES,
)
from desk.ui.fitting import compact
from desk.ui.form_grid import FormGrid
from desk.ui.naming import named
from desk.ui.vocabulary import add_choices, shown

QT_RECEIVED_FORMAT = "yyyy-MM-dd HH:mm"
INPUT_WIDGET_FIELDS = (
    "visitor_name visitor_sex id_type id_number no_id_reason phone village address headcount "
    "channel channel_ref received_at kind category1 category2 subject request facts involved"
).split()
_REPRESENTATIVE_KEY = re.compile(r"representatives\[(\d+)\]")


class TabLeavingDateTimeEdit(QDateTimeEdit):
    """Tab goes on to the next field, as on the rest of the form (Qt's own walks through the
    year, month, day, hour and minute first); the arrow keys still move between them."""

    def focusNextPrevChild(self, forward: bool) -> bool:
        return QWidget.focusNextPrevChild(self, forward)


class RegisterForm(QWidget):
    changed = Signal()  # any value changed: the page autosaves a draft
    field_left = Signal(str)  # the clerk finished with a field: check it
    id_number_edited = Signal(str)

    def __init__(
        self,
        categories: CategoryList,
        *,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.categories = categories
        self.clock = clock
        self.collective_threshold = 5
        self.grids: list[FormGrid] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._visitor_group())
        layout.addWidget(self._representatives_group())
        layout.addWidget(self._source_group())
        layout.addWidget(self._matter_group())
        layout.addStretch(1)
        for combo in self.findChildren(QComboBox):
            compact(combo)
        self._connect_changes()
        self.clear()

    # --- building -------------------------------------------------------------------------

    def _group(self, object_name: str, title: str) -> tuple[QGroupBox, FormGrid]:
        box = QGroupBox(title)
        box.setObjectName(object_name)
        grid = FormGrid(box)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)
        self.grids.append(grid)
        return box, grid

    def _visitor_group(self) -> QGroupBox:
        box, grid = self._group("visitorGroup", self.tr("来访人"))
        self.visitor_name = named(QLineEdit(), "visitorName", self.tr("来访人姓名"))
        self.visitor_sex = named(QComboBox(), "visitorSex", self.tr("性别"))
        self.visitor_sex.addItem(self.tr("未填"), "")
        add_choices(self.visitor_sex, SEXES)
        self.headcount = named(QSpinBox(), "headcount", self.tr("来访人数"))
        self.headcount.setRange(1, 100_000)
        self.headcount.setSuffix(self.tr(" 人"))
        self.id_type = named(QComboBox(), "idType", self.tr("证件类型"))
        add_choices(self.id_type, ID_TYPES)
        self.id_number = named(QLineEdit(), "idNumber", self.tr("证件号码"))
        self.id_number.setPlaceholderText(self.tr("18位身份证号"))
        self.no_id_reason = named(QComboBox(), "noIdReason", self.tr("无证件原因"))
        self.no_id_reason.addItem("", "")
        add_choices(self.no_id_reason, NO_ID_REASONS)
        self.phone = named(QLineEdit(), "phone", self.tr("联系电话"))
        self.phone.setPlaceholderText(self.tr("手机或带区号的座机"))
        self.village = named(QLineEdit(), "village", self.tr("所在村（社区）"))
        self.collective_note = QLabel()
        self.collective_note.setObjectName("collectiveNote")
        self.collective_note.setStyleSheet("color: #b45309; font-weight: bold;")
        self.address = named(QLineEdit(), "address", self.tr("住址"))
        self.address.setPlaceholderText(self.tr("村、组、门牌号"))

        grid.add("visitor_name", self.tr("姓名"), self.visitor_name, row=0, pair=0)
        grid.add("visitor_sex", self.tr("性别"), self.visitor_sex, row=0, pair=1)
        grid.add("headcount", self.tr("来访人数"), self.headcount, row=0, pair=2)
        grid.add("id_type", self.tr("证件类型"), self.id_type, row=1, pair=0)
        grid.add("id_number", self.tr("证件号码"), self.id_number, row=1, pair=1)
        grid.add("no_id_reason", self.tr("无证件原因"), self.no_id_reason, row=1, pair=2)
        grid.add("phone", self.tr("联系电话"), self.phone, row=2, pair=0)
        grid.add("village", self.tr("所在村（社区）"), self.village, row=2, pair=1)
        grid.addWidget(self.collective_note, 2, 5)
        grid.add("address", self.tr("住址"), self.address, row=3, pair=0, span=3)
        return box

    def _representatives_group(self) -> QGroupBox:
        box, grid = self._group(
            "representativesGroup",
            self.tr("其他代表人（集体来访推选代表，含来访人最多%n人）", "", MAX_REPRESENTATIVES),
        )
        self.representative_rows: list[tuple[QLineEdit, QLineEdit, QLineEdit]] = []
        for index in range(1, MAX_REPRESENTATIVES):
            row = (
                named(
                    QLineEdit(),
                    f"representative{index}Name",
                    self.tr("第%1位其他代表人姓名").replace("%1", str(index)),
                ),
                named(
                    QLineEdit(),
                    f"representative{index}IdNumber",
                    self.tr("第%1位其他代表人身份证号").replace("%1", str(index)),
                ),
                named(
                    QLineEdit(),
                    f"representative{index}Phone",
                    self.tr("第%1位其他代表人电话").replace("%1", str(index)),
                ),
            )
            row[0].setPlaceholderText(self.tr("姓名"))
            row[1].setPlaceholderText(self.tr("身份证号（可不填）"))
            row[2].setPlaceholderText(self.tr("电话（可不填）"))
            key = f"representatives[{index}]"
            caption = self.tr("第%1位").replace("%1", str(index))
            grid.add(key, caption, row[0], row=index - 1, pair=0)
            grid.addWidget(row[1], index - 1, 3)
            grid.addWidget(row[2], index - 1, 5)
            self.representative_rows.append(row)
        general = grid.error_label("representatives")
        grid.addWidget(general, MAX_REPRESENTATIVES, 1, 1, 5)
        self.representatives_box = box
        return box

    def _source_group(self) -> QGroupBox:
        box, grid = self._group("sourceGroup", self.tr("来源"))
        self.channel = named(QComboBox(), "channel", self.tr("来源渠道"))
        add_choices(self.channel, CHANNELS)
        self.channel_ref = named(QLineEdit(), "channelRef", self.tr("工单号或文号"))
        self.received_at = named(TabLeavingDateTimeEdit(), "receivedAt", self.tr("接待时间"))
        self.received_at.setDisplayFormat(QT_RECEIVED_FORMAT)
        self.received_at.setCalendarPopup(True)
        self.now_button = named(
            QPushButton(self.tr("现在")), "receivedNow", self.tr("接待时间设为现在")
        )
        self.now_button.clicked.connect(self.set_received_now)
        when = QWidget()
        when_layout = QHBoxLayout(when)
        when_layout.setContentsMargins(0, 0, 0, 0)
        when_layout.addWidget(self.received_at, 1)
        when_layout.addWidget(self.now_button)
        grid.add("channel", self.tr("来源渠道"), self.channel, row=0, pair=0)
        grid.add("channel_ref", self.tr("工单号或文号"), self.channel_ref, row=0, pair=1)
        grid.add("received_at", self.tr("接待时间"), when, row=0, pair=2)
        return box

    def _matter_group(self) -> QGroupBox:
        box, grid = self._group("matterGroup", self.tr("反映事项"))
        self.kind = named(QComboBox(), "kind", self.tr("事项性质"))
        self.kind.addItem(self.tr("请选择"), "")
        add_choices(self.kind, KINDS)
        self.category1 = named(QComboBox(), "category1", self.tr("一级分类"))
        self.category2 = named(QComboBox(), "category2", self.tr("二级分类"))
        self.category1.addItem(self.tr("请选择"), "")
        add_choices(self.category1, self.categories.first_level)
        self.category1.currentIndexChanged.connect(self._fill_second_level)
        self.subject = named(QLineEdit(), "subject", self.tr("事项标题"))
        self.subject.setPlaceholderText(self.tr("一句话概括，如：修路占用承包地补偿未到位"))
        self.request = named(QPlainTextEdit(), "request", self.tr("诉求"))
        self.request.setPlaceholderText(self.tr("来访人要求解决什么问题"))
        self.facts = named(QPlainTextEdit(), "facts", self.tr("事实和理由"))
        self.facts.setPlaceholderText(self.tr("事情经过、时间地点、已向哪些部门反映过"))
        for editor in (self.request, self.facts):
            editor.setTabChangesFocus(True)
            editor.setFixedHeight(editor.fontMetrics().lineSpacing() * 3 + 14)
        self.involved = named(QLineEdit(), "involved", self.tr("涉及单位或人员"))
        self.leapfrog = named(QCheckBox(self.tr("越级")), "leapfrog", self.tr("越级"))
        self.repeat = named(QCheckBox(self.tr("重复")), "repeat", self.tr("重复"))
        self.urgent = named(QCheckBox(self.tr("紧急（急事急报）")), "urgent", self.tr("紧急"))
        flags = QWidget()
        flags_layout = QHBoxLayout(flags)
        flags_layout.setContentsMargins(0, 0, 0, 0)
        for box_widget in (self.leapfrog, self.repeat, self.urgent):
            flags_layout.addWidget(box_widget)
        flags_layout.addStretch(1)

        grid.add("kind", self.tr("事项性质"), self.kind, row=0, pair=0)
        grid.add("category1", self.tr("一级分类"), self.category1, row=0, pair=1)
        grid.add("category2", self.tr("二级分类"), self.category2, row=0, pair=2)
        grid.add("subject", self.tr("事项标题"), self.subject, row=1, pair=0, span=3)
        grid.add("request", self.tr("诉求"), self.request, row=2, pair=0, span=3)
        grid.add("facts", self.tr("事实和理由"), self.facts, row=3, pair=0, span=3)
        grid.add("involved", self.tr("涉及单位或人员"), self.involved, row=4, pair=0, span=2)
        grid.add("flags", self.tr("标记"), flags, row=4, pair=2)
        return box

    def _connect_changes(self) -> None:
        for edit in self.findChildren(QLineEdit):
            edit.textEdited.connect(self.changed)
        for editor in (self.request, self.facts):
            editor.textChanged.connect(self.changed)
        for combo in self.findChildren(QComboBox):
            combo.activated.connect(self.changed)
        for check in (self.leapfrog, self.repeat, self.urgent):
            check.toggled.connect(self.changed)
        self.headcount.valueChanged.connect(self.changed)
        self.received_at.dateTimeChanged.connect(self.changed)
        self.headcount.valueChanged.connect(self._update_group_fields)
        self.id_type.currentIndexChanged.connect(self._update_identity_fields)
        self.channel.currentIndexChanged.connect(self._update_channel_ref)
        self.id_number.textEdited.connect(self.id_number_edited)
        for field in INPUT_WIDGET_FIELDS:
            widget = self.widget_for(field)
            if isinstance(widget, (QLineEdit, QDateTimeEdit, QSpinBox)):
                widget.editingFinished.connect(lambda f=field: self.field_left.emit(f))
            elif isinstance(widget, QComboBox):
                widget.activated.connect(lambda _i, f=field: self.field_left.emit(f))

    # --- behaviour ------------------------------------------------------------------------

    def set_collective_threshold(self, threshold: int) -> None:
        self.collective_threshold = threshold
        self._update_group_fields()

    def set_received_now(self) -> None:
        self.received_at.setDateTime(QDateTime(self.clock().replace(second=0, microsecond=0)))

    def _fill_second_level(self) -> None:
        self.category2.clear()
        children = self.categories.second_level(self.category1.currentData() or "")
        self.category2.addItem(self.tr("请选择") if children else self.tr("（无二级分类）"), "")
        add_choices(self.category2, children)
        self.category2.setEnabled(bool(children))

    def _update_group_fields(self) -> None:
        count = self.headcount.value()
        self.representatives_box.setVisible(count > 1)
        collective = count >= self.collective_threshold
        self.collective_note.setText(
            self.tr("集体访（%1人及以上）").replace("%1", str(self.collective_threshold))
            if collective
            else ""
        )

    def _update_identity_fields(self) -> None:
        id_type = self.id_type.currentData()
        self.no_id_reason.setEnabled(id_type == NO_ID)
        self.id_number.setEnabled(id_type != NO_ID)
        if id_type == NO_ID:
            self.id_number.clear()
        else:
            self.no_id_reason.setCurrentIndex(0)
        self.id_number.setPlaceholderText(self.tr("18位身份证号") if id_type == CITIZEN_ID else "")

    def _update_channel_ref(self) -> None:
        label = CHANNEL_REFERENCE_LABELS.get(self.channel.currentData())
        self.channel_ref.setPlaceholderText(
            self.tr("必填：%1").replace("%1", shown(label)) if label else self.tr("如有可填")
        )

    # --- values ---------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The form as `desk add` takes it (raw: validation normalises)."""
        representatives = [
            {"name": name.text(), "id_number": number.text(), "phone": phone.text()}
            for name, number, phone in self.representative_rows
        ]
        while representatives and not "".join(representatives[-1].values()).strip():
            representatives.pop()  # blank rows before a filled one stay: messages name rows
        return {
            "visitor_name": self.visitor_name.text(),
            "visitor_sex": self.visitor_sex.currentData() or "",
            "id_type": self.id_type.currentData(),
            "id_number": self.id_number.text(),
            "no_id_reason": self.no_id_reason.currentData() or "",
            "phone": self.phone.text(),
            "village": self.village.text(),
            "address": self.address.text(),
            "headcount": self.headcount.value(),
            "representatives": representatives if self.headcount.value() > 1 else [],
            "channel": self.channel.currentData(),
            "channel_ref": self.channel_ref.text(),
            "received_at": self.received_at.dateTime().toString(QT_RECEIVED_FORMAT),
            "kind": self.kind.currentData() or "",
            "category1": self.category1.currentData() or "",
            "category2": self.category2.currentData() or "",
            "subject": self.subject.text(),
            "request": self.request.toPlainText(),
            "facts": self.facts.toPlainText(),
            "involved": self.involved.text(),
            "leapfrog": self.leapfrog.isChecked(),
            "repeat": self.repeat.isChecked(),
            "urgent": self.urgent.isChecked(),
        }

    def set_values(self, values: dict[str, Any]) -> None:
        """Fill the form from a draft (or any dict with the same keys)."""
        self.blockSignals(True)
        try:
            _select(self.id_type, values.get("id_type", CITIZEN_ID))
            self.visitor_name.setText(values.get("visitor_name", ""))
            _select(self.visitor_sex, values.get("visitor_sex", ""))
            self.id_number.setText(values.get("id_number", ""))
            _select(self.no_id_reason, values.get("no_id_reason", ""))
            self.phone.setText(values.get("phone", ""))
            self.village.setText(values.get("village", ""))
            self.address.setText(values.get("address", ""))
            self.headcount.setValue(int(values.get("headcount") or 1))
            people = values.get("representatives") or []
            for index, (name, number, phone) in enumerate(self.representative_rows):
                person = people[index] if index < len(people) else {}
                name.setText(person.get("name", ""))
                number.setText(person.get("id_number", ""))
                phone.setText(person.get("phone", ""))
            _select(self.channel, values.get("channel", CHANNELS[0]))
            self.channel_ref.setText(values.get("channel_ref", ""))
            moment = QDateTime.fromString(values.get("received_at", ""), QT_RECEIVED_FORMAT)
            if moment.isValid():
                self.received_at.setDateTime(moment)
            _select(self.kind, values.get("kind", ""))
            _select(self.category1, values.get("category1", ""))
            _select(self.category2, values.get("category2", ""))
            self.subject.setText(values.get("subject", ""))
            self.request.setPlainText(values.get("request", ""))
            self.facts.setPlainText(values.get("facts", ""))
            self.involved.setText(values.get("involved", ""))
            self.leapfrog.setChecked(bool(values.get("leapfrog")))
            self.repeat.setChecked(bool(values.get("repeat")))
            self.urgent.setChecked(bool(values.get("urgent")))
        finally:
            self.blockSignals(False)

    def clear(self) -> None:
        self.set_values({})
        self.set_received_now()
        self.show_errors({})
        self._update_identity_fields()
        self._update_channel_ref()
        self._update_group_fields()

    def is_blank(self) -> bool:
        """True when nothing a clerk typed would be lost by clearing the form."""
        values = self.values()
        typed = [v for k, v in values.items() if k not in ("id_type", "channel", "received_at")]
        return not any(v for v in typed if v not in (1, [], False))

    def show_errors(self, errors: dict[str, str], *, only: set[str] | None = None) -> None:
        folded: dict[str, str] = {}
        for key, message in errors.items():
            match = _REPRESENTATIVE_KEY.match(key)
            folded.setdefault(f"representatives[{match[1]}]" if match else key, message)
        for grid in self.grids:
            grid.show_errors(folded, only=only)

    def widget_for(self, field: str) -> QWidget | None:
        """The input a message is about, to put the cursor there."""
        match = _REPRESENTATIVE_KEY.match(field)
        if match and 1 <= int(match[1]) <= len(self.representative_rows):
            return self.representative_rows[int(match[1]) - 1][0]
        names = {
            "visitor_name": self.visitor_name, "visitor_sex": self.visitor_sex,
            "id_type": self.id_type, "id_number": self.id_number,
            "no_id_reason": self.no_id_reason, "phone": self.phone, "village": self.village,
            "address": self.address, "headcount": self.headcount, "channel": self.channel,
            "channel_ref": self.channel_ref, "received_at": self.received_at, "kind": self.kind,
            "category1": self.category1, "category2": self.category2, "subject": self.subject,
            "request": self.request, "facts": self.facts, "involved": self.involved,
        }  # fmt: skip
        return names.get(field)


def _select(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    if index < 0:
        index = combo.findText(value, Qt.MatchFlag.MatchExactly)
    combo.setCurrentIndex(max(index, 0))
