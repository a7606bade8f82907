"""The station's settings: their names, defaults and rules."""

from __future__ import annotations

from typing import Any

from desk.domain.errors import FieldError
from desk.domain.receipt import DEFAULT_REPORT_DAYS, Layout
from desk.domain.visit import DEFAULT_COLLECTIVE_THRESHOLD

COLLECTIVE_THRESHOLD = "collective_threshold"
CATEGORY_LIST = "category_list"
RECEIPT_LAYOUT = "receipt_layout"
REPORT_DAYS = "report_days"  # the slip promises to report a matter to the township within these
LAST_PRINTER = "last_printer"
DEADLINE_RULES = "deadline_rules"  # a province's counting rules, installed like a category list
BACKUP_FOLDER = "backup_folder"  # "" means the default: a folder beside the database
BACKUPS_KEPT = "backups_kept"
LAST_DAILY_BACKUP = "last_daily_backup"
IDLE_MINUTES = "idle_minutes"  # the window locks after this long without input
FONT_SIZE = "font_size"  # points; larger for older clerks and poor screens
LANGUAGE = "language"  # takes effect at the next start

FONT_SIZES = {10: "标准", 12: "大", 14: "特大"}
LANGUAGES = {"zh_CN": "中文", "en": "English"}

DEFAULTS: dict[str, Any] = {
    COLLECTIVE_THRESHOLD: DEFAULT_COLLECTIVE_THRESHOLD,
    RECEIPT_LAYOUT: Layout.A5.value,
    REPORT_DAYS: DEFAULT_REPORT_DAYS,
    LAST_PRINTER: "",
    BACKUP_FOLDER: "",
    BACKUPS_KEPT: 10,
    LAST_DAILY_BACKUP: "",
    IDLE_MINUTES: 10,
    FONT_SIZE: 10,
    LANGUAGE: "zh_CN",
}


def check_collective_threshold(value: int) -> int:
    if not 2 <= value <= 1000:
        raise FieldError("集体访人数标准应在2到1000人之间")
    return value


def check_idle_minutes(value: int) -> int:
    if not 1 <= value <= 120:
        raise FieldError("自动锁定时间应在1到120分钟之间")
    return value


def check_backups_kept(value: int) -> int:
    if not 1 <= value <= 365:
        raise FieldError("保留的备份份数应在1到365之间")
    return value


def check_report_days(value: int) -> int:
    if not 1 <= value <= 15:
        raise FieldError("报送乡镇的期限应在1到15天之间：乡镇还须在15日内告知是否受理")
    return value


def check_font_size(value: int) -> int:
    if value not in FONT_SIZES:
        raise FieldError("字号只能选标准、大或特大")
    return value


def check_language(value: str) -> str:
    if value not in LANGUAGES:
        raise FieldError("界面语言只能选中文或English")
    return value
