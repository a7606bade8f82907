"""Work on a whole sync file's records at once, without the garbage collector's pauses.

Python's cyclic collector runs after every few hundred new objects, and now and then walks every
object alive. A file's payload is millions of them (a dict, its keys and strings per record),
none in a cycle: while one is exported or loaded, those walks cost a quarter of the time
(about 3 s for 100,000 cases). So the collector waits until the work is done; reference
counting still frees everything as usual.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def without_gc_pauses() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
