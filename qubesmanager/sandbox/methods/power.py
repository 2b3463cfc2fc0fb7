"""Power methods: Start, Shutdown(+force/+wait), Kill, Pause, Unpause,
Suspend, Resume (admin-api.md 2.2 "Power")."""

from __future__ import annotations

from .. import power
from ..errors import ProtocolError
from ..registry import OPTIONAL, Call, method


@method("admin.vm.Start")
async def vm_start(call: Call) -> None:
    await power.start(call.dest)


@method("admin.vm.Shutdown", arg=OPTIONAL)
async def vm_shutdown(call: Call) -> None:
    words = call.arg.split("+") if call.arg else []
    if any(w not in ("force", "wait") for w in words):
        raise ProtocolError("Argument must match: force, wait")
    await power.shutdown(call.dest, force="force" in words,
                         wait="wait" in words)


@method("admin.vm.Kill")
async def vm_kill(call: Call) -> None:
    await power.kill(call.dest)


@method("admin.vm.Pause")
def vm_pause(call: Call) -> None:
    power.pause(call.dest)


@method("admin.vm.Unpause")
def vm_unpause(call: Call) -> None:
    power.unpause(call.dest)


@method("admin.vm.Suspend")
def vm_suspend(call: Call) -> None:
    power.suspend(call.dest)


@method("admin.vm.Resume")
def vm_resume(call: Call) -> None:
    power.resume(call.dest)
