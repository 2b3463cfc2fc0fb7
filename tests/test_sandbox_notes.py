"""``admin.vm.notes.Get``/``Set`` over a real sandbox (admin-api.md 2)."""

from __future__ import annotations

import shutil

from qubesmanager.sandbox.launcher import start_sandbox
from qubesmanager.sandbox.methods.notes import sanitize

from test_sandbox_storage_util import err, module_sandbox, ok, raw

__all__ = ["module_sandbox"]

SAMPLE = "/work/shared/samples/qubes-4.3-default"


def test_sanitize_keeps_tab_lf_and_printable_unicode():
    assert sanitize("a\tb\nc\u00e9\u4e2d") == "a\tb\nc\u00e9\u4e2d"
    assert sanitize("x\x00y\x1b[31m\r\u202e\u2028\ufffd") == "x_y_[31m____"


def test_empty_notes_by_default(module_sandbox):
    assert raw(module_sandbox.socket, "admin.vm.notes.Get", "work") == b"0\0"


def test_set_get_round_trip_utf8(module_sandbox):
    sock = module_sandbox.socket
    text = "Bank: see vault\n\tindented \u00e9t\u00e9 \u2713\n"
    assert raw(sock, "admin.vm.notes.Set", "personal", "",
               text.encode("utf-8")) == b"0\0"
    assert raw(sock, "admin.vm.notes.Get", "personal") == \
        b"0\0" + text.encode("utf-8")
    path = module_sandbox.state_dir / "appvms/personal/notes.txt"
    assert path.read_text(encoding="utf-8") == text


def test_unsafe_characters_replaced(module_sandbox):
    sock = module_sandbox.socket
    ok(sock, "admin.vm.notes.Set", "untrusted", "",
       "evil\x1b]0;title\x07 \u202eend\r\n".encode())
    assert ok(sock, "admin.vm.notes.Get", "untrusted") == \
        "evil_]0;title_ _end_\n"


def test_invalid_utf8_is_refused(module_sandbox):
    sock = module_sandbox.socket
    ok(sock, "admin.vm.notes.Set", "vault", "", "keep me")
    frame = err(sock, "admin.vm.notes.Set", "vault", "", b"bad \xff\xfe")
    assert frame.class_name == "ProtocolError"
    assert frame.message.startswith("Unable to sanitise qube notes")
    assert ok(sock, "admin.vm.notes.Get", "vault") == "keep me"


def test_empty_payload_and_dom0_are_refused(module_sandbox):
    sock = module_sandbox.socket
    frame = err(sock, "admin.vm.notes.Set", "work", "", b"")
    assert (frame.class_name, frame.message) == ("ProtocolError",
                                                 "expected payload")
    frame = err(sock, "admin.vm.notes.Get", "dom0")
    assert (frame.class_name, frame.message) == (
        "ProtocolError", "expected destination to not be AdminVM")
    frame = err(sock, "admin.vm.notes.Get", "work", "x")
    assert frame.message == "unexpected argument"


def test_template_notes_live_in_vm_templates(module_sandbox):
    sock = module_sandbox.socket
    ok(sock, "admin.vm.notes.Set", "fedora-42-xfce", "", "template note")
    assert (module_sandbox.state_dir
            / "vm-templates/fedora-42-xfce/notes.txt").exists()


def test_size_limit(module_sandbox):
    # The 64 KiB request cap applies before the 256000-byte notes limit:
    # an oversized request gets no response at all.
    assert raw(module_sandbox.socket, "admin.vm.notes.Set", "work", "",
               b"x" * 70000) == b""
    assert ok(module_sandbox.socket, "admin.vm.notes.Get", "work") == ""


def test_sample_notes_are_served(tmp_path):
    state = tmp_path / "state"
    shutil.copytree(SAMPLE, state)
    sb = start_sandbox(state, demo=False, time_scale=0)
    try:
        with open(f"{SAMPLE}/appvms/work/notes.txt", "rb") as fh:
            expected = fh.read()
        assert raw(sb.socket, "admin.vm.notes.Get", "work") == b"0\0" + expected
        assert ok(sb.socket, "admin.vm.notes.Get", "personal") == ""
    finally:
        sb.stop()
