"""Search keys of a big import folded by a helper process while the import goes on.

Folding the search keys of 100,000 heroes takes one to two seconds of pure work on plain text.
When the CSV reader has a big file's cells, it hands the texts the keys are made from to a
helper process (`python -m heroviewer.prefold`); reading, checking, planning and the start of
writing go on meanwhile, and when the writer asks for the keys of a big batch the helper's are
taken, for exactly the texts it folded. A text the helper did not fold (a changed cell, a helper
that could not start or failed) is folded here as usual: the keys never depend on the helper.

A plain subprocess rather than multiprocessing: a spawned multiprocessing worker imports the
parent's main script again, whatever that script is.
"""

from __future__ import annotations

import pickle
import subprocess
import sys
import threading
from collections.abc import Sequence

from heroviewer.records.search import search_key_of

WORTH_A_HELPER = 20_000  # texts; below this, starting a process costs more than it saves

_lock = threading.Lock()
_helper: tuple[subprocess.Popen, list[str]] | None = None


def start(texts: Sequence[str]) -> None:
    """Have a helper fold ``texts`` for the next big batch of keys (a small list: nothing)."""
    global _helper
    if len(texts) < WORTH_A_HELPER or getattr(sys, "frozen", False):
        return
    discard()
    with _lock:
        try:
            helper = subprocess.Popen(
                [sys.executable, "-m", "heroviewer.prefold"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),  # no console on Windows
            )
            pickle.dump(list(texts), helper.stdin, protocol=pickle.HIGHEST_PROTOCOL)
            helper.stdin.close()
        except OSError:  # no process can be started here: the keys are folded as usual
            return
        _helper = (helper, list(texts))


def discard() -> None:
    """End a helper whose keys will not be asked for (a preview that was cancelled)."""
    global _helper
    with _lock:
        _stop(_helper)
        _helper = None


def keys_of(texts: Sequence[str]) -> list[str]:
    """search_key_of each text, taking the helper's keys for a big batch when it has them."""
    folded = _helper_keys() if len(texts) >= WORTH_A_HELPER else {}
    return [folded[text] if text in folded else search_key_of(text) for text in texts]


def _helper_keys() -> dict[str, str]:
    global _helper
    with _lock:
        started, _helper = _helper, None
    if started is None:
        return {}
    helper, texts = started
    try:
        keys = pickle.load(helper.stdout)
        helper.wait(timeout=60)
    except (OSError, EOFError, pickle.UnpicklingError, subprocess.TimeoutExpired):
        _stop(started)
        return {}
    helper.stdout.close()
    if not isinstance(keys, list) or len(keys) != len(texts):
        return {}
    return dict(zip(texts, keys, strict=True))


def _stop(started: tuple[subprocess.Popen, list[str]] | None) -> None:
    """End a helper whose keys are no longer wanted (a preview that was not applied)."""
    if started is not None:
        helper, _texts = started
        helper.kill()
        helper.stdout.close()
        helper.wait()


def fold_all(texts: Sequence[str]) -> list[str]:
    return list(map(search_key_of, texts))


def _serve() -> None:
    """The helper: texts in on stdin, their search keys out on stdout."""
    texts = pickle.load(sys.stdin.buffer)
    pickle.dump(fold_all(texts), sys.stdout.buffer, protocol=pickle.HIGHEST_PROTOCOL)
    sys.stdout.buffer.flush()


if __name__ == "__main__":
    _serve()
