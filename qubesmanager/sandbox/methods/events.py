"""The two stream methods: ``admin.Events`` and ``admin.vm.Stats``.

Each stream client gets its own bounded queue filled by a bus listener;
a client that falls too far behind (queue full) is dropped rather than
allowed to slow the daemon or other clients.
"""

from __future__ import annotations

import asyncio

from ...admin import wire
from .. import stats
from ..registry import Call, method

#: Internal events never forwarded (admin-api.md 4.1).
_HIDDEN_PREFIXES = ("admin-permission:", "device-get:", "device-list:",
                    "device-list-attached:")
_HIDDEN = frozenset({"domain-is-fully-usable"})


@method("admin.Events", stream=True)
async def events(call: Call) -> None:
    system, sink = call.system, call.sink
    assert sink is not None
    only = None if call.dest.klass == "AdminVM" else call.dest.name
    queue: asyncio.Queue = asyncio.Queue(system.event_queue_limit)

    def listener(subject: str, event: str, kwargs: dict, frame: bytes) -> None:
        if only is not None and subject != only:
            return
        if event in _HIDDEN or event.startswith(_HIDDEN_PREFIXES):
            return
        try:
            queue.put_nowait(frame)
        except asyncio.QueueFull:
            system.remove_listener(listener)
            sink.close()

    system.add_listener(listener)
    try:
        await sink.send(wire.CONNECTION_ESTABLISHED)
        while not sink.closed:
            frame = await queue.get()
            await sink.send(frame)
    finally:
        system.remove_listener(listener)


def stats_interval(system) -> float:
    """Seconds between rounds: ``stats_interval`` scaled by --time-scale,
    never below 0.1 s (time-scale 0 is for tests, which want quick rounds)."""
    base = system.global_value("stats_interval") or 3
    return max(0.1, base * system.time_scale)


@method("admin.vm.Stats", stream=True)
async def vm_stats(call: Call) -> None:
    system, sink = call.system, call.sink
    assert sink is not None
    only = None if call.dest.klass == "AdminVM" else call.dest.name
    await sink.send(wire.CONNECTION_ESTABLISHED)
    while not sink.closed:
        frames = []
        for qube in system.sorted_qubes():
            if only is not None and qube.name != only:
                continue
            if not qube.is_running():
                continue
            kwargs = stats.current(qube)
            frames.append(wire.encode_event(qube.name, "vm-stats",
                                            {k: str(v) for k, v in
                                             kwargs.items()}))
        if frames:
            await sink.send(b"".join(frames))
        await asyncio.sleep(stats_interval(system))
