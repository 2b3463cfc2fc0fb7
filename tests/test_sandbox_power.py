"""Power states over a socket: event sequences, netvm chains, refusals,
memory accounting, timings, logs and the Stats stream."""

import threading

import pytest

from qubesmanager.admin import wire
from sandbox_helpers import error_of
from qubesmanager.sandbox.launcher import start_sandbox
from qubesmanager.sandbox.rawclient import (EventStream, RemoteError, call,
                                            call_raw)


def state(sb, qube):
    return wire.parse_vm_list(call(sb.socket, "admin.vm.List", qube))[qube][
        "state"]


def halt_all(sb):
    for name, info in wire.parse_vm_list(
            call(sb.socket, "admin.vm.List")).items():
        if name != "dom0" and info["state"] != "Halted":
            call(sb.socket, "admin.vm.Kill", name)


def test_start_brings_up_netvm_chain_in_order(sb):
    halt_all(sb)
    with EventStream(sb.socket) as stream:
        next(stream.events())
        call(sb.socket, "admin.vm.Start", "work")
        seen = stream.until("work", "domain-start")
    order = [(e.subject, e.name) for e in seen
             if not e.name.startswith(("device-", "property-"))]
    work = [n for s, n in order if s == "work"]
    assert work == ["domain-pre-start", "domain-pre-spawn", "domain-spawn",
                    "domain-pre-unpaused", "domain-unpaused", "domain-start"]
    starts = [s for s, n in order if n == "domain-start"]
    assert starts == ["sys-net", "sys-firewall", "work"]
    resets = [e.name for e in seen if e.subject == "work"
              and e.name.startswith("property-reset:")]
    assert resets == ["property-reset:xid", "property-reset:stubdom_xid",
                      "property-reset:start_time"]
    for qube in ("sys-net", "sys-firewall", "work"):
        assert state(sb, qube) == "Running"
    assert call(sb.socket, "admin.vm.property.Get", "work", "xid") != \
        "default=True type=int -1"
    current = wire.parse_key_values(
        call(sb.socket, "admin.vm.CurrentState", "work"), sep=" ")
    assert current["power_state"] == "Running" and int(current["mem"]) > 0
    # starting again is a silent success
    assert call(sb.socket, "admin.vm.Start", "work") == ""


def test_shutdown_rules(sb):
    call(sb.socket, "admin.vm.Start", "work")
    assert error_of(sb, "admin.vm.Shutdown", "sys-firewall") == (
        "QubesVMInUseError", "There are other VMs connected to this VM: work")
    assert error_of(sb, "admin.vm.Shutdown", "work", "now") == (
        "ProtocolError", "Argument must match: force, wait")
    with EventStream(sb.socket, dest="work") as stream:
        next(stream.events())
        call(sb.socket, "admin.vm.Shutdown", "work", "wait")
        seen = stream.until("work", "domain-shutdown")
    assert [e.name for e in seen][:1] == ["domain-pre-shutdown"]
    assert seen[0].kwargs == {"force": "False"}
    assert [e.name for e in seen][-2:] == ["domain-stopped",
                                          "domain-shutdown"]
    assert state(sb, "work") == "Halted"
    assert error_of(sb, "admin.vm.Shutdown", "work") == (
        "QubesVMNotStartedError", "Domain is powered off: 'work'")
    # forced shutdown of a netvm still in use
    call(sb.socket, "admin.vm.Start", "personal")
    call(sb.socket, "admin.vm.Shutdown", "sys-firewall", "force+wait")
    assert state(sb, "sys-firewall") == "Halted"
    assert state(sb, "personal") == "Running"
    halt_all(sb)


def test_dom0_refusals(sb):
    assert error_of(sb, "admin.vm.Start", "dom0")[0] == \
        "QubesVMNotHaltedError"
    assert error_of(sb, "admin.vm.Shutdown", "dom0") == (
        "QubesVMError", "Cannot shutdown Dom0 fake domain!")
    assert error_of(sb, "admin.vm.Kill", "dom0") == (
        "QubesVMError", "Cannot kill Dom0 fake domain!")


def test_pause_unpause_suspend_kill(sb):
    assert error_of(sb, "admin.vm.Pause", "vault") == (
        "QubesVMNotRunningError",
        "Domain not running (either powered off or paused): 'vault'")
    assert error_of(sb, "admin.vm.Kill", "vault") == (
        "QubesVMNotStartedError", "Domain is powered off: 'vault'")
    call(sb.socket, "admin.vm.Start", "vault")
    with EventStream(sb.socket, dest="vault") as stream:
        next(stream.events())
        call(sb.socket, "admin.vm.Pause", "vault")
        assert state(sb, "vault") == "Paused"
        assert error_of(sb, "admin.vm.Shutdown", "vault")[0] == \
            "QubesVMNotRunningError"
        call(sb.socket, "admin.vm.Unpause", "vault")
        names = [e.name for e in stream.until("vault", "domain-unpaused")]
    assert names == ["domain-pre-paused", "domain-paused",
                     "domain-pre-unpaused", "domain-unpaused"]
    assert error_of(sb, "admin.vm.Unpause", "vault") == (
        "QubesVMNotPausedError", "Domain is not paused: 'vault'")
    call(sb.socket, "admin.vm.Suspend", "vault")
    assert state(sb, "vault") == "Suspended"
    call(sb.socket, "admin.vm.Resume", "vault")
    assert state(sb, "vault") == "Running"
    with EventStream(sb.socket, dest="vault") as stream:
        next(stream.events())
        call(sb.socket, "admin.vm.Kill", "vault")
        names = [e.name for e in stream.until("vault", "domain-shutdown")]
    assert names == ["domain-stopped", "domain-shutdown"]
    assert state(sb, "vault") == "Halted"


def test_prohibit_start(sb):
    call(sb.socket, "admin.vm.feature.Set", "untrusted", "prohibit-start",
         "compromised")
    with EventStream(sb.socket, dest="untrusted") as stream:
        next(stream.events())
        assert error_of(sb, "admin.vm.Start", "untrusted") == (
            "QubesException",
            "Qube start is prohibited. Rationale: compromised")
        event = next(stream.events())
    assert event.name == "domain-start-failed"
    call(sb.socket, "admin.vm.feature.Remove", "untrusted", "prohibit-start")
    assert state(sb, "untrusted") == "Halted"


def test_logs_written(sb):
    call(sb.socket, "admin.vm.Start", "vault")
    call(sb.socket, "admin.vm.Kill", "vault")
    log = sb.state_dir / "log" / "qubes" / "guest-vault.log"
    text = log.read_text()
    assert "booting" in text and "Power down" in text
    assert (sb.state_dir / "log" / "qubes" / "qrexec.vault.log").exists()


def test_stats_stream(sb):
    call(sb.socket, "admin.vm.Start", "vault")
    try:
        with EventStream(sb.socket, "admin.vm.Stats") as stream:
            events = stream.events()
            assert next(events).name == "connection-established"
            stats = {}
            for event in events:
                assert event.name == "vm-stats"
                stats[event.subject] = event.kwargs
                if {"dom0", "vault"} <= set(stats):
                    break
        vault = stats["vault"]
        assert list(vault)[:7] == [
            "memory_kb", "memory_assigned_total", "memory_assigned_usable",
            "memory_with_swap_used", "cpu_time", "cpu_usage",
            "online_vcpus"]
        assert int(vault["memory_kb"]) >= 400 * 1024
        assert 0 <= int(vault["cpu_usage"]) <= 100
        assert "work" not in stats          # halted qubes have no stats
    finally:
        call(sb.socket, "admin.vm.Kill", "vault")


def test_memory_exhaustion_fails_cleanly(tmp_path):
    proc = start_sandbox(tmp_path / "state", demo=True, time_scale=0,
                         extra_args=["--host-memory", "5000"])
    try:
        call(proc.socket, "admin.vm.property.Set", "work", "memory", "900")
        call(proc.socket, "admin.vm.property.Set", "work", "netvm", "")
        call(proc.socket, "admin.vm.property.Set", "vault", "memory", "900")
        call(proc.socket, "admin.vm.Start", "vault")     # 4096 + 900
        with EventStream(proc.socket, dest="work") as stream:
            next(stream.events())
            with pytest.raises(RemoteError) as info:
                call(proc.socket, "admin.vm.Start", "work")
            seen = stream.until("work", "domain-start-failed")
        assert info.value.class_name == "QubesMemoryError"
        assert info.value.message == \
            "Not enough memory to start domain 'work'"
        assert seen[-1].kwargs["reason"] == info.value.message
        assert state(proc, "work") == "Halted"
        call(proc.socket, "admin.vm.Kill", "vault")
        # freed memory can be used again
        call(proc.socket, "admin.vm.Start", "work")
        assert state(proc, "work") == "Running"
    finally:
        proc.stop()


def test_transient_and_halting_states_are_visible(tmp_path):
    """With a time scale the qube is Transient while starting and Halting
    while stopping (no timing asserted, only the states seen)."""
    proc = start_sandbox(tmp_path / "state", demo=True, time_scale=0.2)
    try:
        done = threading.Event()
        seen = set()

        def start():
            call(proc.socket, "admin.vm.Start", "vault")
            done.set()

        thread = threading.Thread(target=start)
        thread.start()
        while not done.is_set():
            seen.add(state(proc, "vault"))
        thread.join()
        assert "Transient" in seen and state(proc, "vault") == "Running"
        call(proc.socket, "admin.vm.Shutdown", "vault")   # no wait
        seen = {state(proc, "vault")}
        call(proc.socket, "admin.vm.Shutdown", "vault", "wait")
        assert "Halting" in seen and state(proc, "vault") == "Halted"
    finally:
        proc.stop()


def test_kill_overtakes_start(tmp_path):
    proc = start_sandbox(tmp_path / "state", demo=True, time_scale=0.5)
    try:
        errors = []

        def start():
            try:
                call(proc.socket, "admin.vm.Start", "vault")
            except RemoteError as err:
                errors.append(err)

        thread = threading.Thread(target=start)
        thread.start()
        while state(proc, "vault") != "Transient":
            pass
        call(proc.socket, "admin.vm.Kill", "vault")
        thread.join(10)
        assert errors and errors[0].class_name == "QubesException"
        assert state(proc, "vault") == "Halted"
    finally:
        proc.stop()


def test_shutdown_wait_bytes_and_timeout(tmp_path):
    proc = start_sandbox(tmp_path / "state", demo=True, time_scale=0.2)
    try:
        call(proc.socket, "admin.vm.Start", "vault")
        # Appendix A: 0\0 only after the qube is halted
        assert call_raw(proc.socket, "admin.vm.Shutdown", "vault",
                        "force+wait") == b"0\0"
        assert state(proc, "vault") == "Halted"
        # a shutdown_timeout shorter than the simulated shutdown
        call(proc.socket, "admin.vm.property.Set", "vault",
             "shutdown_timeout", "1")
        call(proc.socket, "admin.vm.Start", "vault")
        with pytest.raises(RemoteError) as info:
            call(proc.socket, "admin.vm.Shutdown", "vault", "wait")
        assert (info.value.class_name, info.value.message) == (
            "QubesVMShutdownTimeoutError",
            "Domain shutdown timed out: 'vault'")
    finally:
        proc.stop()
