"""Background jobs: tasks in their own process (result, progress, errors, cancel, a crash),
throttled progress, and the guard against PySide6 losing references to None and True."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from riverchief.errors import Cancelled, UserError

from ui.shell import jobs
from ui.shell.jobs import ProcessDied, start_job, task, wait_idle

ROOT = Path(__file__).resolve().parents[2]


# --- task functions: module-level, so a spawned process can import them ----------------
def counted(progress, n: int) -> dict[str, int]:
    for i in range(n):
        progress.report(i + 1, n, "rows")
    return {"pid": os.getpid(), "n": n}


def refused(progress, name: str) -> None:
    raise UserError("结束时间早于开始时间", where=f"{name}, row 3, column 结束时间")


def broken(progress) -> None:
    {}["missing"]  # noqa: B018 - a bug in the task


def dies(progress) -> None:
    os._exit(3)  # as if killed, or out of memory


def polite(progress) -> str:
    for _ in range(3000):
        if progress.cancelled():
            raise Cancelled()
        time.sleep(0.01)
    return "finished"


def deaf(progress, flag: str) -> str:
    Path(flag).write_text("started")
    time.sleep(60)  # never looks at progress
    return "finished"


def run(qtbot, work, **kw):
    outcome: dict[str, object] = {}
    seen: list[tuple[int, int, str]] = []
    job = start_job(None, "任务", work, lambda r: outcome.setdefault("result", r),
                    on_error=lambda e: outcome.setdefault("error", e),
                    on_cancel=lambda: outcome.setdefault("cancelled", True), **kw)
    job.progressed.connect(lambda d, t, x: seen.append((d, t, x)))
    return job, outcome, seen


def test_a_task_runs_in_its_own_process_and_reports_progress(qtbot) -> None:
    job, outcome, seen = run(qtbot, task(counted, 5000))
    qtbot.waitUntil(lambda: bool(outcome), timeout=60_000)
    result = outcome["result"]
    assert result["n"] == 5000 and result["pid"] != os.getpid()
    assert seen and seen[-1] == (5000, 5000, "rows")  # the last report always arrives
    assert len(seen) < 5000  # throttled: not one signal per row
    assert wait_idle(5000)


def test_a_user_error_in_a_task_keeps_its_where(qtbot) -> None:
    _, outcome, _ = run(qtbot, task(refused, "patrols.csv"))
    qtbot.waitUntil(lambda: bool(outcome), timeout=60_000)
    exc = outcome["error"]
    assert isinstance(exc, UserError)
    assert exc.where == "patrols.csv, row 3, column 结束时间"
    assert str(exc).startswith("patrols.csv, row 3")


def test_a_bug_in_a_task_arrives_with_its_traceback(qtbot, caplog) -> None:
    _, outcome, _ = run(qtbot, task(broken))
    qtbot.waitUntil(lambda: bool(outcome), timeout=60_000)
    exc = outcome["error"]
    assert isinstance(exc, KeyError)
    assert "in broken" in str(exc.__cause__)  # the child's traceback, for the log
    assert "background job failed" in caplog.text


def test_a_task_process_that_dies_is_reported_not_waited_for(qtbot) -> None:
    _, outcome, _ = run(qtbot, task(dies))
    qtbot.waitUntil(lambda: bool(outcome), timeout=60_000)
    assert isinstance(outcome["error"], ProcessDied)
    assert "3" in str(outcome["error"])


def test_cancel_stops_a_task_at_its_next_check(qtbot) -> None:
    job, outcome, _ = run(qtbot, task(polite))
    qtbot.wait(1500)
    job.cancel()
    qtbot.waitUntil(lambda: bool(outcome), timeout=30_000)
    assert outcome == {"cancelled": True}


def test_cancel_ends_a_task_that_does_not_listen(qtbot, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(jobs, "CANCEL_GRACE_S", 0.5)
    flag = tmp_path / "started"
    job, outcome, _ = run(qtbot, task(deaf, str(flag)))
    qtbot.waitUntil(flag.exists, timeout=30_000)
    started = time.monotonic()
    job.cancel()
    qtbot.waitUntil(lambda: bool(outcome), timeout=30_000)
    assert outcome == {"cancelled": True}
    assert time.monotonic() - started < 30  # ended, not waited out (the task sleeps 60 s)
    assert wait_idle(5000)


def test_a_task_on_a_network_share_runs_on_the_lane_thread(qtbot, monkeypatch,
                                                           tmp_path: Path) -> None:
    import riverchief.db.location as location

    monkeypatch.setattr(location, "is_network_path", lambda path, **kw: True)
    _, outcome, _ = run(qtbot, task(counted, 3, db=tmp_path / "share.db"))
    qtbot.waitUntil(lambda: bool(outcome), timeout=30_000)
    assert outcome["result"]["pid"] == os.getpid()


def test_a_closure_cannot_be_a_task() -> None:
    with pytest.raises(TypeError, match="module-level function"):
        task(lambda progress: 1)


def test_progress_is_throttled_but_keeps_first_last_and_new_text() -> None:
    now = [0.0]
    throttle = jobs._Throttle(0.05, clock=lambda: now[0])
    admitted = []
    for i in range(1, 1001):
        now[0] += 0.001  # 1000 reports in one second
        text = "rows" if i < 900 else "index"
        if throttle.admit(i, 1000, text):
            admitted.append((i, text))
    assert admitted[0] == (1, "rows")
    assert (900, "index") in admitted  # a new step's text passes at once
    assert admitted[-1] == (1000, "index")
    assert 15 <= len(admitted) <= 25  # about one per 50 ms


def test_many_qt_calls_and_emits_do_not_kill_the_interpreter() -> None:
    # PySide6 6.12 on Python 3.11 takes a reference from None on every void call and
    # from True on every emit; without ui/shell/pyside_fix.py this aborts the process.
    code = (
        "import ui.shell\n"
        "from PySide6.QtCore import QObject, Signal\n"
        "class P(QObject):\n"
        "    ping = Signal(int)\n"
        "p = P()\n"
        "p.ping.connect(lambda n: None)\n"
        "for i in range(300_000):\n"
        "    p.setObjectName('x')\n"
        "    p.ping.emit(i)\n"
        "print('alive')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "alive"


def test_shutdown_cancels_running_tasks(qtbot, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(jobs, "CANCEL_GRACE_S", 0.5)
    flag = tmp_path / "started"
    _, outcome, _ = run(qtbot, task(deaf, str(flag)))
    qtbot.waitUntil(flag.exists, timeout=30_000)
    assert jobs.shutdown(30_000)  # the lane is empty: the task's process was ended
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert outcome == {"cancelled": True}


def test_a_page_deleted_while_its_job_runs_is_left_alone(qtbot, monkeypatch) -> None:
    import threading

    from PySide6.QtWidgets import QMessageBox, QWidget

    gate = threading.Event()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(
        (parent, text)))

    def work(progress, fail: bool):
        gate.wait(30)
        for i in range(50):
            progress.report(i, 50, "x")  # through a job whose page is gone
        if fail:
            raise UserError("文件有误", where="a.csv")
        return "done"

    for fail in (False, True):
        gate.clear()
        page = QWidget()
        called: list[object] = []
        job = start_job(page, "任务", lambda p, fail=fail: work(p, fail), called.append,
                        on_error=called.append, show_after_ms=0)
        page.deleteLater()
        qtbot.waitUntil(lambda job=job: job.orphaned, timeout=5000)
        gate.set()
        assert wait_idle(10_000)
        qtbot.wait(200)  # the queued outcome and release
        assert called == []  # nothing is handed to the deleted page
        assert job not in jobs._RUNNING
    assert shown == [(None, "a.csv：文件有误")]  # but a failure is still told


def test_garbage_is_collected_on_the_gui_thread_only(qapp, qtbot) -> None:
    """Automatic collection is off (a job's thread could otherwise destroy widgets); the
    collector's timer collects cycles on the GUI thread at Python's thresholds."""
    import gc
    import threading
    import weakref

    from ui.shell.collector import collect_on_gui_thread

    collector = collect_on_gui_thread(qapp)
    assert not gc.isenabled()
    seen: list[str] = []

    class Cycle:
        def __init__(self) -> None:
            self.me = self

        def __del__(self) -> None:
            seen.append(threading.current_thread().name)

    probe = Cycle()
    gone = weakref.ref(probe)
    del probe
    keep = [[] for _ in range(collector.threshold[0] + 10)]  # past the first threshold
    qtbot.waitUntil(lambda: gone() is None, timeout=5_000)
    assert len(keep) > collector.threshold[0]
    assert seen == [threading.main_thread().name]


def test_a_job_deleted_while_it_runs_stops_at_its_next_report(qtbot, caplog) -> None:
    """The app quitting deletes the jobs' objects; a job still running then stops at its
    next progress report, quietly, instead of raising in the lane thread."""
    import threading

    import shiboken6

    gate = threading.Event()
    reached: list[int] = []

    def work(progress):
        gate.wait(30)
        for i in range(1000):
            reached.append(i)
            progress.report(i, 1000, f"step {i}")  # the first report finds the job gone
        return "done"

    job = start_job(None, "任务", work, show_after_ms=60_000)
    qtbot.wait(50)
    shiboken6.delete(job)
    with caplog.at_level(logging.INFO, logger="ui.shell.jobs"):
        gate.set()
        assert wait_idle(10_000)
    assert reached == [0]
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING], caplog.text
    assert "after its window was gone" in caplog.text


def test_a_step_named_as_the_title_is_not_shown_twice(qtbot) -> None:
    import threading

    first, second = threading.Event(), threading.Event()

    def work(progress):
        progress.report(1, 3, "正在核查证据")
        first.wait(10)
        progress.report(2, 3, "第 2 个区")
        second.wait(10)
        return "done"

    job = start_job(None, "正在核查证据", work, show_after_ms=0)
    dialog = job.dialog
    qtbot.waitUntil(lambda: dialog.value() == 1, timeout=5000)
    assert dialog.labelText() == "正在核查证据"
    first.set()
    qtbot.waitUntil(lambda: dialog.value() == 2, timeout=5000)
    assert dialog.labelText() == "正在核查证据\n第 2 个区"
    second.set()
    assert wait_idle(10_000)
