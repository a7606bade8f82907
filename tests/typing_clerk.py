"""A clerk at the real 登记 page, run as its own process by test_draft_after_kill.py.

It logs in as `wangfang`, types a visit without saving, prints DRAFT SAVED when the page has
autosaved, and keeps the window open until it is killed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desk.app import build_main_window, make_application
from desk.store import InstanceLock, open_database
from desk.store.station import active_categories, clerk_by_login, load_station
from desk.ui.background import DbWorker
from tests.conftest import type_into

TYPED = {
    "visitor_name": "张𠇔",
    "id_number": "11010519491231002X",
    "address": "东风村三组12号",
    "subject": "修路占用承包地补偿未到位",
    "request": "要求按标准发放占地补偿款。\n第二行",
}


def main() -> int:
    db_path = Path(sys.argv[1])
    app = make_application()
    lock = InstanceLock(db_path)
    lock.acquire()
    db = open_database(db_path)
    worker = DbWorker(db)
    station, clerk = load_station(db), clerk_by_login(db, "wangfang")
    assert station is not None and clerk is not None
    window = build_main_window(
        worker, station=station, clerk=clerk, categories=active_categories(db), db_path=db_path
    )
    window.show()
    page = window.register_page
    page.draft_saved.connect(lambda: print("DRAFT SAVED", flush=True))
    for field, text in TYPED.items():
        type_into(page.form.widget_for(field), text)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
