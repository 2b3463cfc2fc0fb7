"""Persistence and the daemon's life: restart, kill -9 during writes,
loading a real dom0's qubes.xml, the state-dir lock, CLI flags, scale."""

import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from qubesmanager.admin import wire
from qubesmanager.sandbox.launcher import start_sandbox
from qubesmanager.sandbox.rawclient import (EventStream, RemoteError, call,
                                            call_raw)

SAMPLE = Path("/work/shared/samples/qubes-4.3-default")
if not SAMPLE.exists():  # the shared samples live beside the repository
    SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "samples" \
        / "qubes-4.3-default"


def vm_list(sb):
    return wire.parse_vm_list(call(sb.socket, "admin.vm.List"))


def test_restart_shows_same_system_with_qubes_halted(tmp_path):
    sb = start_sandbox(tmp_path / "state", demo=True, time_scale=0)
    try:
        call(sb.socket, "admin.vm.Create.AppVM", "dom0", "",
             "name=keeper label=purple")
        call(sb.socket, "admin.vm.property.Set", "keeper", "memory", "777")
        call(sb.socket, "admin.vm.feature.Set", "keeper", "note", "hi there")
        call(sb.socket, "admin.vm.tag.Set", "keeper", "kept")
        call(sb.socket, "admin.property.Set", "dom0", "stats_interval", "7")
        call(sb.socket, "admin.vm.Start", "work")
        before = vm_list(sb)
        getall = call(sb.socket, "admin.vm.property.GetAll", "keeper")
        sb.restart()
        after = vm_list(sb)
        assert set(after) == set(before)
        assert {n: i["uuid"] for n, i in after.items()} == \
            {n: i["uuid"] for n, i in before.items()}
        assert before["work"]["state"] == "Running"
        assert all(i["state"] == "Halted" for n, i in after.items()
                   if n != "dom0")
        assert call(sb.socket, "admin.vm.property.GetAll", "keeper") == getall
        assert call(sb.socket, "admin.vm.feature.Get", "keeper", "note") == \
            "hi there"
        assert "kept" in call(sb.socket, "admin.vm.tag.List", "keeper")
        assert call(sb.socket, "admin.property.Get", "dom0",
                    "stats_interval") == "default=False type=int 7"
    finally:
        sb.stop()


def test_kill_9_during_burst_of_writes_then_reload(tmp_path):
    sb = start_sandbox(tmp_path / "state", demo=True, time_scale=0)
    acked = {}
    stop = threading.Event()

    def writer(qube):
        value = 400
        while not stop.is_set():
            value += 1
            try:
                call(sb.socket, "admin.vm.property.Set", qube, "memory",
                     str(value))
            except (OSError, ConnectionError, RemoteError):
                return
            acked[qube] = value

    threads = [threading.Thread(target=writer, args=(q,))
               for q in ("work", "personal", "untrusted", "vault")]
    for t in threads:
        t.start()
    while len(acked) < 4 or min(acked.values()) < 420:
        time.sleep(0.01)
    sb.kill()
    stop.set()
    for t in threads:
        t.join(10)
    # the file on disk is whole and holds every acknowledged write
    ET.parse(sb.state_dir / "qubes.xml")
    sb.start()
    try:
        # a temp file a killed daemon left behind is cleaned at start
        assert not list(sb.state_dir.glob(".qubes.xml.tmp-*"))
        for qube, value in acked.items():
            got = int(call(sb.socket, "admin.vm.property.Get", qube,
                           "memory").split()[-1])
            assert got >= value, (qube, got, value)
        assert len(vm_list(sb)) == 17
    finally:
        sb.stop()


def test_real_dom0_qubes_xml_loads(tmp_path):
    state = tmp_path / "state"
    shutil.copytree(SAMPLE, state)
    sb = start_sandbox(state, demo=False, time_scale=0)
    try:
        qubes = vm_list(sb)
        assert len(qubes) == 18
        assert qubes["sys-firewall"]["class"] == "DispVM"
        assert qubes["work"]["uuid"] == "2b30604d-05f2-4dbe-aa27-22d155cc1996"
        props = wire.parse_getall(call(sb.socket, "admin.vm.property.GetAll",
                                       "work"))
        assert props["label"] == wire.PropertyValue(False, "label", "blue")
        assert props["template"].text == "fedora-42-xfce"
        assert props["netvm"] == wire.PropertyValue(True, "vm",
                                                    "sys-firewall")
        assert props["qid"].text == "9"
        assert call(sb.socket, "admin.vm.property.Get", "vault", "netvm") \
            == "default=False type=vm "
        assert call(sb.socket, "admin.vm.property.Get", "debian-standalone",
                    "maxmem") == "default=False type=int 2000"
        assert call(sb.socket, "admin.property.Get", "dom0",
                    "default_template") == \
            "default=False type=vm fedora-42-xfce"
        assert call(sb.socket, "admin.vm.feature.Get", "dom0",
                    "preload-dispvm-threshold") == "1638"
        tags = call(sb.socket, "admin.vm.tag.List", "work").split()
        assert {"backup-daily", "audit", "created-by-dom0"} <= set(tags)
        # a change is saved in the same schema; unknown parts survive
        call(sb.socket, "admin.vm.property.Set", "work", "memory", "600")
        root = ET.parse(state / "qubes.xml").getroot()
        assert [c.tag for c in root][:1] == ["labels"]
        assert root.find("pools") is not None
        work = [d for d in root.iter("domain")
                if d.find("properties/property[@name='name']") is not None
                and d.find("properties/property[@name='name']").text ==
                "work"][0]
        assert work.get("id") == "domain-9"
        assert work.find("properties/property[@name='memory']").text == "600"
        assert work.find("volume-config") is not None
    finally:
        sb.stop()


def test_second_daemon_on_same_state_dir_refused(tmp_path):
    sb = start_sandbox(tmp_path / "state", demo=True, time_scale=0)
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "qubesmanager.sandbox", "--socket",
             str(tmp_path / "other.sock"), "--state-dir", str(sb.state_dir)],
            capture_output=True, text=True, timeout=30)
        assert proc.returncode != 0
        assert "already in use by a running sandbox" in proc.stderr
        assert call(sb.socket, "admin.vm.List").startswith("dom0 ")
    finally:
        sb.stop()


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_clean_stop_on_signal(tmp_path, sig):
    sb = start_sandbox(tmp_path / "state", demo=True, time_scale=0)
    stream = EventStream(sb.socket)
    next(stream.events())
    sb.proc.send_signal(sig)
    assert sb.proc.wait(10) == 0
    assert not os.path.exists(sb.socket)
    assert list(stream.events()) == []     # event clients see EOF
    stream.close()
    out = sb.log_path.read_text()
    assert f"listening on {sb.socket}" in out


def test_upstream_only_hides_extensions(tmp_path):
    sb = start_sandbox(tmp_path / "state", demo=True, time_scale=0,
                       extra_args=["--upstream-only"])
    try:
        assert call_raw(sb.socket, "admin.vm.tag.GetAllQubes") == \
            wire.encode_exception(
                "ProtocolError", "no such method: 'admin.vm.tag.GetAllQubes'")
        assert call(sb.socket, "admin.vm.tag.List", "work")
    finally:
        sb.stop()


def test_latency_delays_replies(tmp_path):
    sb = start_sandbox(tmp_path / "state", demo=True, time_scale=0,
                       latency_ms=150)
    try:
        began = time.monotonic()
        call(sb.socket, "admin.vm.List")
        assert time.monotonic() - began >= 0.15
    finally:
        sb.stop()


def test_lagging_event_client_is_dropped(tmp_path):
    sb = start_sandbox(tmp_path / "state", demo=True, time_scale=0,
                       extra_args=["--event-queue", "20"])
    try:
        lazy = EventStream(sb.socket)
        lazy.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        good = EventStream(sb.socket)
        got = []

        def read_good():
            for event in good.events():
                if event.name.startswith("domain-feature-set:"):
                    got.append(event)
                    if len(got) == 200:
                        return

        reader = threading.Thread(target=read_good)
        reader.start()
        for i in range(200):
            call(sb.socket, "admin.vm.feature.Set", "work", f"f{i}",
                 "v" * 1000)
        reader.join(30)
        good.close()
        assert len(got) == 200
        # the lazy one was cut off: its stream ends early
        received = sum(1 for e in lazy.events()
                       if e.name.startswith("domain-feature-set:"))
        assert received < 200
        lazy.close()
    finally:
        sb.stop()


def test_thousand_qubes(tmp_path):
    began = time.monotonic()
    sb = start_sandbox(tmp_path / "state", demo=True, time_scale=0,
                       qubes=1000)
    started = time.monotonic() - began
    try:
        qubes = vm_list(sb)
        assert len(qubes) == 1017
        classes = {i["class"] for i in qubes.values()}
        assert {"AppVM", "TemplateVM", "StandaloneVM", "DispVM"} <= classes
        began = time.monotonic()
        for name in qubes:
            call(sb.socket, "admin.vm.property.GetAll", name)
        getall = time.monotonic() - began
        began = time.monotonic()
        for i in range(20):
            call(sb.socket, "admin.vm.property.Set", "q0500", "memory",
                 str(500 + i))
        sets = (time.monotonic() - began) / 20
        tags = call(sb.socket, "admin.vm.tag.GetAllQubes")
        assert len({line.split()[0] for line in tags.splitlines()}) > 500
        print(f"\n1000 qubes: start {started:.2f} s, GetAll x1017 "
              f"{getall:.2f} s, one saved Set {sets * 1000:.1f} ms")
    finally:
        sb.stop()


def test_restart_with_qubes_flag_does_not_add_more(tmp_path):
    sb = start_sandbox(tmp_path / "state", demo=True, time_scale=0, qubes=5)
    try:
        assert len(vm_list(sb)) == 22
        sb.restart()
        assert len(vm_list(sb)) == 22
    finally:
        sb.stop()


def test_fault_injection(tmp_path):
    sb = start_sandbox(
        tmp_path / "state", demo=True, time_scale=0, extra_args=[
            "--fault", "admin.vm.Start@work=error:QubesException:"
                       "Start failed: no GPU",
            "--fault", "admin.vm.tag.*=deny",
            "--fault", "admin.vm.notes.Get=empty",
            "--fault", "admin.vm.feature.List=delay:150"])
    try:
        assert call_raw(sb.socket, "admin.vm.Start", "work") == \
            wire.encode_exception("QubesException", "Start failed: no GPU")
        assert vm_list(sb)["work"]["state"] == "Halted"
        call(sb.socket, "admin.vm.Start", "vault")        # others unaffected
        assert call_raw(sb.socket, "admin.vm.tag.List", "work").startswith(
            b"2\0PermissionDenied\0")
        assert call_raw(sb.socket, "admin.vm.notes.Get", "work") == b""
        began = time.monotonic()
        call(sb.socket, "admin.vm.feature.List", "work")
        assert time.monotonic() - began >= 0.15
    finally:
        sb.stop()


def test_bad_fault_spec_is_a_usage_error(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "qubesmanager.sandbox", "--state-dir",
         str(tmp_path), "--fault", "admin.vm.Start=explode"],
        capture_output=True, text=True, timeout=30)
    assert proc.returncode == 2 and "action must be one of" in proc.stderr


def test_socket_of_a_running_daemon_is_not_stolen(tmp_path):
    sb = start_sandbox(tmp_path / "state", demo=True, time_scale=0)
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "qubesmanager.sandbox", "--socket",
             sb.socket, "--state-dir", str(tmp_path / "other")],
            capture_output=True, text=True, timeout=30)
        assert proc.returncode != 0
        assert "served by another daemon" in proc.stderr
        assert call(sb.socket, "admin.vm.List").startswith("dom0 ")
    finally:
        sb.stop()
