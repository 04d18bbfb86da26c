"""Start-up with and without a translation loaded, printed as figures.

Usage: python benchmarks/language.py [--runs N]

Launch to shown (as in startup.py) of the bundled catalogue with LANG=C (English: no
translation loaded) and LANG=ru_RU.UTF-8 / tg_TJ.UTF-8 (Qt's or our qtbase and HeroViewer's
.qm loaded; build them first with make), alternating; and, in-process, what loading the
translations itself costs.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from startup import APP, start_display, time_launch, with_catalogue  # noqa: E402

IN_PROCESS = """
import time
from PySide6.QtCore import QCoreApplication
from heroviewer.ui.language import use_language
app = QCoreApplication([])
for code in ("ru", "tg"):
    began = time.perf_counter()
    use_language(code)
    print(code, 1000 * (time.perf_counter() - began))
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()
    env, xvfb, where = start_display()
    work = Path(tempfile.mkdtemp(prefix="heroviewer-bench-"))
    env.update(HEROVIEWER_CONFIG_DIR=str(work / "config"), HEROVIEWER_EXIT_WHEN_SHOWN="1")
    env = {k: v for k, v in env.items() if not k.startswith("LC_")}
    try:
        print(f"Start-up with and without a translation, display: {where}")
        bundled = work / "bundled.sqlite"
        subprocess.run([*APP, "--db", bundled, "check"], env=env, check=True, capture_output=True)
        env = with_catalogue(env, bundled)
        langs = ("C.UTF-8", "ru_RU.UTF-8", "tg_TJ.UTF-8")
        times: dict[str, list[float]] = {lang: [] for lang in langs}
        for lang in langs:
            time_launch(APP, dict(env, LANG=lang))  # warm the disk cache
        for _ in range(args.runs):
            for lang in langs:
                times[lang].append(time_launch(APP, dict(env, LANG=lang)))
        for lang in langs:
            found = sorted(times[lang])
            print(
                f"LANG={lang:12} launch to shown: median {1000 * statistics.median(found):4.0f} ms,"
                f" fastest {1000 * found[0]:4.0f} ms ({args.runs} runs)"
            )
        loaded = subprocess.run(
            [sys.executable, "-c", IN_PROCESS], env=env, capture_output=True, text=True, check=True
        ).stdout.split()
        for code, ms in zip(loaded[::2], loaded[1::2], strict=True):
            print(f"loading the {code} translations in-process: {float(ms):4.1f} ms")
    finally:
        if xvfb is not None:
            xvfb.terminate()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
