"""Simulated per-qube CPU and memory figures for ``admin.vm.Stats``.

Each running qube gets a bounded random walk: CPU usage wanders between a
few percent and its vcpu share, memory moves between its initial memory and
``maxmem`` (memory balancing), so graphs in the tray look alive.
"""

from __future__ import annotations

import random
import time
from typing import Any

from .model import Qube

#: Hypervisor overhead added to the usable memory (KiB).
OVERHEAD_KB = 8192


def on_start(qube: Qube) -> None:
    qube.mem_kb = (qube.value("memory") or 400) * 1024
    qube.cpu_ns = 0
    qube.cpu_usage = 0
    qube.runtime.pop("stats", None)


def sample(qube: Qube, seconds: float) -> dict[str, Any]:
    """Advance the qube's figures by ``seconds`` and return the kwargs of
    one ``vm-stats`` event, in upstream's key order (admin-api.md 4.5)."""
    rng = random.Random(hash((qube.name, qube.cpu_ns)))
    if qube.klass == "AdminVM":
        vcpus = qube.system.host_cpus
        low, high = qube.system.dom0_memory * 512, qube.system.dom0_memory * 1024
    else:
        vcpus = qube.value("vcpus") or 1
        low = (qube.value("memory") or 400) * 1024
        maxmem = qube.value("maxmem") or 0
        high = max(low, maxmem * 1024)
    usage = min(100, max(0, qube.cpu_usage + rng.randint(-6, 6)))
    if usage == 0:
        usage = rng.randint(0, 4)
    qube.cpu_usage = usage
    qube.cpu_ns += int(seconds * 1e9 * vcpus * usage / 100)
    step = max(1024, (high - low) // 20)
    qube.mem_kb = min(high, max(low if high > low else high,
                                (qube.mem_kb or low)
                                + rng.randint(-step, step)))
    used = int(qube.mem_kb * rng.uniform(0.55, 0.9))
    stats = {
        "memory_kb": qube.mem_kb,
        "memory_assigned_total": qube.mem_kb + OVERHEAD_KB,
        "memory_assigned_usable": qube.mem_kb,
        "memory_with_swap_used": used,
        "cpu_time": qube.cpu_ns // 1_000_000,
        "cpu_usage": usage,
        "online_vcpus": vcpus,
    }
    qube.system.call_hook("stats", qube, stats)
    return stats


def current(qube: Qube) -> dict[str, Any]:
    """The qube's figures now; several Stats clients share one sample
    per round instead of each advancing the simulation."""
    now = time.monotonic()
    at, cached = qube.runtime.get("stats", (None, None))
    if at is not None and now - at < 0.09:
        return cached
    result = sample(qube, now - at if at is not None else 0.0)
    qube.runtime["stats"] = (now, result)
    return result
