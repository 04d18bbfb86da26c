"""Run slow, pure work (decoding a large photograph) off the UI thread; results come back on it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    """Lives in the UI thread; its signals carry the worker's outcome back there."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work, self._relay = work, relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # handed to the UI thread, which shows it
            self._relay.failed.emit(error)
        else:
            self._relay.succeeded.emit(result)


_running: set[_Relay] = set()  # keeps each relay alive until its job has reported


def _start_on_pool(job: QRunnable) -> None:
    QThreadPool.globalInstance().start(job)


# How jobs are started: on Qt's thread pool; tests run them at once on the calling thread
# (tests/conftest.py), as MusicBrainz Picard's FakeThreadPool does.
start_job = _start_on_pool


def run_in_background(
    work: Callable[[], Any], done: Callable[[Any], None], failed: Callable[[Exception], None],
    owner: QObject | None = None,
) -> None:  # fmt: skip
    """Call ``work()`` on a pool thread, then ``done(result)`` or ``failed(error)`` on this one.

    If ``owner`` (the window that asked) is gone by then, the outcome is dropped.
    """
    relay = _Relay()
    _running.add(relay)

    def finish(callback: Callable, value: Any) -> None:
        _running.discard(relay)
        relay.deleteLater()
        if owner is None or shiboken6.isValid(owner):
            callback(value)

    relay.succeeded.connect(lambda result: finish(done, result))
    relay.failed.connect(lambda error: finish(failed, error))
    start_job(_Job(work, relay))
