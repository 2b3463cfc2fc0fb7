"""Power state machine: start, shutdown, kill, pause, suspend.

Durations are realistic at ``--time-scale 1`` (about 1-3 s to start, 1.5 s
to shut down) and instant at 0.  Event sequences follow admin-api.md 4.4.
A per-qube token lets a kill overtake a start or a shutdown in progress:
the slower task sees the token changed and stands down.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Optional

from ..common.states import (HALTED, HALTING, PAUSED, RUNNING, SUSPENDED,
                             TRANSIENT)
from . import errors, logs, stats
from .creation import remove_qube
from .errors import QubesdError
from .model import Qube

log = logging.getLogger("qubesmanager.sandbox.power")

START_SECONDS = 1.0      # plus up to 2 s depending on memory
SHUTDOWN_SECONDS = 1.5
_RESET_ON_POWER = ("xid", "stubdom_xid", "start_time")


async def _sleep(qube: Qube, seconds: float) -> None:
    scale = qube.system.time_scale
    await asyncio.sleep(seconds * scale if scale > 0 else 0)


def _token(qube: Qube) -> int:
    return qube.runtime.get("power_token", 0)


def _bump(qube: Qube) -> int:
    qube.runtime["power_token"] = _token(qube) + 1
    return qube.runtime["power_token"]


def _set_power(qube: Qube, state: str) -> None:
    qube.power = state
    qube.system.touch()


def _fire_power_resets(qube: Qube) -> None:
    for name in _RESET_ON_POWER:
        qube.system.fire(qube, f"property-reset:{name}", name=name)


async def _wait(fut: Optional[asyncio.Future]) -> None:
    if fut is not None and not fut.done():
        try:
            await asyncio.shield(fut)
        except QubesdError:
            pass


def _future(qube: Qube, key: str) -> asyncio.Future:
    fut = asyncio.get_running_loop().create_future()
    # a failure nobody awaits must not be reported as "never retrieved"
    fut.add_done_callback(lambda f: f.cancelled() or f.exception())
    qube.runtime[key] = fut
    return fut


# -- start -----------------------------------------------------------------------

async def start(qube: Qube) -> None:
    """Start ``qube`` (netvm chain first); return when it is Running."""
    if qube.klass == "AdminVM":
        raise errors.NotHalted(qube.name)
    if qube.power == TRANSIENT:
        fut = qube.runtime.get("starting")
        if fut is not None:
            await asyncio.shield(fut)
        return
    if qube.power == HALTING:
        await _wait(qube.runtime.get("halting"))
    if qube.power != HALTED:
        return  # already running, paused…: success, as upstream
    fut = _future(qube, "starting")
    try:
        await _do_start(qube)
    except BaseException as err:
        if not fut.done():
            if isinstance(err, QubesdError):
                fut.set_exception(err)
            else:
                fut.cancel()
        raise
    else:
        fut.set_result(None)
    finally:
        qube.runtime.pop("awaiting_memory", None)
        if qube.runtime.get("starting") is fut:
            del qube.runtime["starting"]


async def _do_start(qube: Qube) -> None:
    system = qube.system
    reason = qube.features.get("prohibit-start")
    if reason:
        system.fire(qube, "domain-start-failed",
                    reason=f"Qube start is prohibited. Rationale: {reason}")
        raise errors.QubesException(
            f"Qube start is prohibited. Rationale: {errors.safe(reason)}")
    if qube.klass in ("AppVM", "DispVM") and qube.template is None:
        raise QubesdError("QubesNoTemplateError",
                          f"Template for the domain '{qube.name}' not found")
    token = _bump(qube)
    _set_power(qube, TRANSIENT)
    # Upstream asks qmemman for the qube's memory only after its netvm chain
    # is up: until then a starting qube holds no memory (memory_in_use).
    qube.runtime["awaiting_memory"] = True
    spawned = False
    try:
        system.fire(qube, "domain-pre-start", start_guid=True,
                    mem_required=None)
        netvm = qube.netvm
        if netvm is not None and netvm.power in (HALTED, HALTING, TRANSIENT):
            await start(netvm)
        if _token(qube) != token:
            raise errors.QubesException(
                f"Start failed: '{qube.name}' was killed while starting")
        need = qube.value("memory") or 0
        qube.runtime.pop("awaiting_memory", None)
        if system.memory_in_use() > system.host_memory:
            raise QubesdError(
                "QubesMemoryError",
                f"Not enough memory to start domain '{qube.name}'")
        system.fire(qube, "domain-pre-spawn", start_guid=True)
        qube.xid = system.new_xid()
        qube.start_time = round(time.time(), 2)
        spawned = True
        system.touch()
        _fire_power_resets(qube)
        system.fire(qube, "domain-spawn", start_guid=True)
        try:
            system.call_hook("on_start", qube)
        except QubesdError:
            raise
        except Exception as err:
            raise errors.QubesException(f"Start failed: {err}") from err
        stats.on_start(qube)
        logs.boot(qube)
        await _sleep(qube, START_SECONDS + min(2.0, need / 1000))
        if _token(qube) != token:
            raise errors.QubesException(
                f"Start failed: '{qube.name}' was killed while starting")
        system.fire(qube, "domain-pre-unpaused")
        system.fire(qube, "domain-unpaused")
        _set_power(qube, RUNNING)
        logs.qrexec_up(qube)
        system.fire(qube, "domain-start", start_guid=True)
    except QubesdError as err:
        qube.runtime.pop("awaiting_memory", None)
        if _token(qube) == token:
            _bump(qube)
            if spawned:
                system.call_hook_safely("abort_start", qube)
                logs.start_failed(qube, err.message)
                _stop_runtime(qube)
                system.fire(qube, "domain-stopped")
                system.fire(qube, "domain-shutdown")
                _fire_power_resets(qube)
            else:
                _set_power(qube, HALTED)
        system.fire(qube, "domain-start-failed", reason=err.message)
        raise


def _stop_runtime(qube: Qube) -> None:
    qube.xid = -1
    qube.start_time = None
    qube.mem_kb = 0
    qube.cpu_usage = 0
    _set_power(qube, HALTED)


# -- stop ------------------------------------------------------------------------

async def shutdown(qube: Qube, force: bool = False, wait: bool = False
                   ) -> None:
    """Ask ``qube`` to shut down; with ``wait`` return once it halted."""
    system = qube.system
    if qube.klass == "AdminVM":
        raise QubesdError("QubesVMError", "Cannot shutdown Dom0 fake domain!")
    if qube.power == TRANSIENT:
        await _wait(qube.runtime.get("starting"))
    if qube.power == HALTED:
        raise errors.NotStarted(qube.name)
    if qube.power in (PAUSED, SUSPENDED) and not force:
        raise errors.NotRunning(qube.name)
    if qube.power == HALTING:
        fut = qube.runtime.get("halting")
        if wait and fut is not None:
            await _wait_halted(qube, fut)
        return
    clients = sorted(c.name for c in system.net_clients(qube)
                     if c.is_active())
    if clients and not force:
        message = ("There are other VMs connected to this VM: "
                   + ", ".join(clients))
        system.fire(qube, "domain-shutdown-failed", reason=message)
        raise errors.InUse(message)
    system.fire(qube, "domain-pre-shutdown", force=force)
    token = _bump(qube)
    _set_power(qube, HALTING)
    logs.shutting_down(qube)
    fut = _future(qube, "halting")
    task = asyncio.get_running_loop().create_task(
        _finish_shutdown(qube, token, fut))
    qube.runtime["halting_task"] = task
    if wait:
        await _wait_halted(qube, fut)


async def _wait_halted(qube: Qube, fut: asyncio.Future) -> None:
    """Wait for the halt, at most ``shutdown_timeout`` (scaled) seconds."""
    scale = qube.system.time_scale
    limit = (qube.value("shutdown_timeout") or 60) * scale if scale else None
    try:
        await asyncio.wait_for(asyncio.shield(fut), limit)
    except asyncio.TimeoutError:
        qube.system.fire(qube, "domain-shutdown-failed",
                         reason="Timed out waiting for the qube to halt")
        raise QubesdError("QubesVMShutdownTimeoutError",
                          f"Domain shutdown timed out: '{qube.name}'")


async def _finish_shutdown(qube: Qube, token: int,
                           fut: asyncio.Future) -> None:
    try:
        await _sleep(qube, SHUTDOWN_SECONDS)
        if _token(qube) == token and qube.power == HALTING:
            halted(qube)
    finally:
        if not fut.done():
            fut.set_result(None)


async def kill(qube: Qube) -> None:
    """Power off at once (overtakes a start or shutdown in progress)."""
    if qube.klass == "AdminVM":
        raise QubesdError("QubesVMError", "Cannot kill Dom0 fake domain!")
    if qube.power == HALTED:
        raise errors.NotStarted(qube.name)
    _bump(qube)
    halted(qube)
    fut = qube.runtime.get("halting")
    if fut is not None and not fut.done():
        fut.set_result(None)


def halted(qube: Qube) -> None:
    """The qube is gone from the hypervisor: events, hooks, cleanup."""
    system = qube.system
    system.fire(qube, "domain-stopped")
    _stop_runtime(qube)
    system.call_hook_safely("on_stop", qube)
    logs.halted(qube)
    system.fire(qube, "domain-shutdown")
    _fire_power_resets(qube)
    if qube.klass == "DispVM" and qube.value("auto_cleanup") \
            and system.qubes.get(qube.name) is qube:
        remove_qube(system, qube, check=False)


# -- pause / suspend ------------------------------------------------------------

def _dom0_refuses(qube: Qube, what: str) -> None:
    if qube.klass == "AdminVM":
        raise QubesdError("QubesVMError", f"Cannot {what} Dom0 fake domain!")


def _pause_step(qube: Qube, verb: str, required: str, refusal,
                new_state: str) -> None:
    """Pause or unpause: upstream's pre/post events around the change."""
    _dom0_refuses(qube, verb)
    if qube.power != required:
        raise refusal(qube.name)
    qube.system.fire(qube, f"domain-pre-{verb}d")
    _set_power(qube, new_state)
    qube.system.fire(qube, f"domain-{verb}d")


def pause(qube: Qube) -> None:
    _pause_step(qube, "pause", RUNNING, errors.NotRunning, PAUSED)


def unpause(qube: Qube) -> None:
    _pause_step(qube, "unpause", PAUSED, errors.NotPaused, RUNNING)


def suspend(qube: Qube) -> None:
    """S3 suspend; upstream fires no event on entering Suspended."""
    _dom0_refuses(qube, "suspend")
    if qube.power not in (RUNNING, PAUSED):
        raise errors.NotRunning(qube.name)
    _set_power(qube, SUSPENDED)


def resume(qube: Qube) -> None:
    _dom0_refuses(qube, "resume")
    if qube.power == SUSPENDED:
        _set_power(qube, RUNNING)
        qube.system.fire(qube, "domain-resumed")
        return
    unpause(qube)
