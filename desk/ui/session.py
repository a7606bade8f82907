"""What every page of a logged-in window shares: built once by the app, passed to each page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desk.domain.categories import CategoryList
from desk.domain.station import Clerk, Station
from desk.domain.workflow import Level
from desk.ui.background import DbWorker


@dataclass
class Session:
    worker: DbWorker
    station: Station
    clerk: Clerk
    categories: CategoryList
    db_path: Path
    clock: Callable[[], dt.datetime] = field(default=dt.datetime.now)

    @property
    def level(self) -> Level:
        """Which side of the workflow this window works on."""
        return Level.TOWNSHIP if self.station.is_township else Level.STATION
