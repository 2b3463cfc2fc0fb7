"""Listing qubes and classes, and the current state of a qube."""

from __future__ import annotations

from ...admin import wire
from .. import stats
from ..qubeprops import CLASSES
from ..registry import DOM0, Call, method


@method("admin.vm.List")
def vm_list(call: Call) -> str:
    """All qubes (dest dom0, dom0 first then by name) or just the dest."""
    qubes = call.system.sorted_qubes() if call.dest.klass == "AdminVM" \
        else [call.dest]
    return wire.encode_vm_list(
        (q.name, q.klass, q.power, q.uuid) for q in qubes)


@method("admin.vmclass.List", dest=DOM0)
def vmclass_list(call: Call) -> str:
    return wire.encode_lines(CLASSES)


@method("admin.vm.CurrentState")
def current_state(call: Call) -> str:
    """``mem=… mem_static_max=… cputime=… power_state=…`` (no LF)."""
    qube = call.dest
    if qube.is_running():
        stats.current(qube)   # advance the simulated CPU time and memory
    if qube.klass == "AdminVM":
        mem = call.system.dom0_memory * 1024
        static = mem
        cputime = qube.cpu_ns
    elif qube.is_active():
        mem = qube.mem_kb
        static = (qube.value("maxmem") or qube.value("memory")) * 1024
        cputime = qube.cpu_ns
    else:
        mem = static = cputime = 0
    return (f"mem={mem} mem_static_max={static} cputime={cputime} "
            f"power_state={qube.power}")
