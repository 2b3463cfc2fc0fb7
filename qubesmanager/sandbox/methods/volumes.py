"""``admin.vm.volume.*``: list, inspect, resize, revert and clone volumes.

Formats and errors follow admin-api.md section 7; the data lives in the
storage subsystem (``sandbox/storage/``), backed by real sparse files.
"""

from __future__ import annotations

import functools
import re

from ...admin import wire
from .. import storage  # noqa: F401  (registers the storage plug-in)
from ..errors import (NotHalted, ProtocolError, QubesdError,
                      QubesValueError, safe)
from ..registry import REQUIRED, Call, method

_REVISION = re.compile(r"[A-Za-z0-9:_.-]+")


def _storage(call: Call) -> "storage.Storage":
    return call.system.subsystems["storage"]


def parse_number(text: str, what: str, allow_negative: bool = False) -> int:
    """ASCII decimal as qubesd accepts it (admin-api.md 2.1)."""
    digits = text[1:] if allow_negative and text.startswith("-") else text
    if not digits or not all("0" <= c <= "9" for c in digits):
        raise ProtocolError(f"{what} contains non ASCII digits")
    if len(digits) > 19:
        raise ProtocolError(f"{what} is bigger than 19 decimal digits")
    if len(digits) > 1 and digits[0] == "0":
        raise ProtocolError(f"{what} contains spurious leading zeros")
    return int(text)


def parse_bool_payload(call: Call) -> bool:
    """A boolean literal payload (``Payload is not boolean ASCII``)."""
    try:
        return wire.parse_bool(call.payload.decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        raise ProtocolError("Payload is not boolean ASCII") from None


def _disk_errors(fn):
    """A failing file operation (disk full, file too large) becomes a
    readable StoragePoolException instead of a dropped connection."""
    @functools.wraps(fn)
    def wrapper(call: Call):
        try:
            return fn(call)
        except OSError as err:
            raise QubesdError("StoragePoolException",
                              f"Storage operation failed: "
                              f"{safe(err.strerror or err)}") from None
    return wrapper


def _halted(call: Call) -> None:
    if call.dest.power != "Halted":
        raise NotHalted(call.dest.name)


@method("admin.vm.volume.List")
def volume_list(call: Call) -> str:
    return wire.encode_lines(_storage(call).qube_volumes(call.dest))


@method("admin.vm.volume.Info", arg=REQUIRED)
def volume_info(call: Call) -> str:
    return _storage(call).info(call.dest, call.arg)


@method("admin.vm.volume.ListSnapshots", arg=REQUIRED)
def volume_list_snapshots(call: Call) -> str:
    vol = _storage(call).volume(call.dest, call.arg)
    return wire.encode_lines(rev for rev, _ in vol.revisions())


@method("admin.vm.volume.Revert", arg=REQUIRED, payload=REQUIRED)
@_disk_errors
def volume_revert(call: Call) -> None:
    store = _storage(call)
    vol = store.volume(call.dest, call.arg)
    revision = call.payload_ascii().strip()
    if not _REVISION.fullmatch(revision):
        raise ProtocolError("Revision name must be in safe set: "
                            "[A-Za-z0-9:_.-]")
    _halted(call)
    # Upstream drops the connection for an unknown revision; we say why.
    if not vol.revert(revision):
        raise QubesValueError(
            f"Volume {call.arg} of {call.dest.name} has no revision "
            f"{revision}")
    store.committed(vol)


@method("admin.vm.volume.Resize", arg=REQUIRED, payload=REQUIRED)
@_disk_errors
def volume_resize(call: Call) -> None:
    store = _storage(call)
    vol = store.volume(call.dest, call.arg)
    size = parse_number(call.payload_ascii().strip(), "Volume size")
    if not vol.rw or vol.is_kernel:
        raise QubesdError("StoragePoolException",
                          "Can not resize readonly volume")
    if size < vol.size:
        raise QubesdError(
            "StoragePoolException",
            f"For your own safety, shrinking of {vol.name} is disabled "
            f"({size} < {vol.size}). If you really know what you are "
            f"doing, use 'truncate' on {vol.pool.dom0_path(vol.vid)} "
            f"manually.")
    vol.resize(size)
    call.system.changed(call.dest)


@method("admin.vm.volume.Set.revisions_to_keep", arg=REQUIRED,
        payload=REQUIRED)
def volume_set_revisions(call: Call) -> None:
    vol = _storage(call).volume(call.dest, call.arg)
    value = parse_number(call.payload_ascii(), "Revisions count",
                         allow_negative=True)
    if value < -1:
        raise QubesValueError("Invalid value for revisions_to_keep")
    if (value == -1) != (vol.revisions_to_keep == -1):
        # Switching snapshots on or off changes how the image is opened.
        _halted(call)
    vol.revisions_to_keep = value
    vol.prune()
    call.system.changed(call.dest)


@method("admin.vm.volume.Set.rw", arg=REQUIRED, payload=REQUIRED)
def volume_set_rw(call: Call) -> None:
    vol = _storage(call).volume(call.dest, call.arg)
    value = parse_bool_payload(call)
    _halted(call)
    if vol.is_kernel and value:
        raise QubesValueError("Kernel volumes are read-only")
    vol.rw = value
    call.system.changed(call.dest)


@method("admin.vm.volume.Set.ephemeral", arg=REQUIRED, payload=REQUIRED)
def volume_set_ephemeral(call: Call) -> None:
    vol = _storage(call).volume(call.dest, call.arg)
    value = parse_bool_payload(call)
    if value and (vol.save_on_stop or vol.snap_on_start or not vol.rw
                  or vol.is_kernel):
        raise QubesValueError(
            "ephemeral can be set only on writable volumes that are not "
            "persistent")
    _halted(call)
    vol.ephemeral = value
    call.system.changed(call.dest)


@method("admin.vm.volume.Clear", arg=REQUIRED)
@_disk_errors
def volume_clear(call: Call) -> None:
    vol = _storage(call).volume(call.dest, call.arg)
    _halted(call)
    if not vol.persistent or not vol.rw:
        raise QubesdError("StoragePoolException",
                          f"Volume {vol.name} keeps no data to clear")
    call.fire(call.dest, "domain-volume-import-begin", volume=vol.name,
              size=vol.size)
    vol.clear()
    _storage(call).committed(vol)
    call.fire(call.dest, "domain-volume-import-end", volume=vol.name,
              success=True)


@method("admin.vm.volume.CloneFrom", arg=REQUIRED)
def volume_clone_from(call: Call) -> str:
    store = _storage(call)
    store.volume(call.dest, call.arg)
    return store.new_token(call.dest, call.arg)


@method("admin.vm.volume.CloneTo", arg=REQUIRED, payload=REQUIRED)
@_disk_errors
def volume_clone_to(call: Call) -> None:
    store = _storage(call)
    vol = store.volume(call.dest, call.arg)
    token = call.payload_ascii().strip()
    source = store.tokens.get(token)
    if source is None:
        raise QubesdError("QubesVolumeCopyTokenNotFoundError",
                          "Invalid volume copy token")
    del store.tokens[token]          # single use, even if the copy fails
    src_qube = call.system.qubes.get(source[0])
    src_vol = store.qube_volumes(src_qube).get(source[1]) \
        if src_qube is not None else None
    if src_vol is None:
        # Upstream sends no response here; a readable error is kinder.
        raise QubesdError("QubesException", "Source volume no longer exists")
    _halted(call)
    if not vol.persistent:
        return       # nothing kept to copy into (upstream: a no-op too)
    call.fire(call.dest, "domain-volume-import-begin", volume=vol.name,
              size=src_vol.size)
    vol.import_from(store.data_file(src_qube, src_vol), src_vol.size)
    store.committed(vol)
    call.system.changed(call.dest)
    call.fire(call.dest, "domain-volume-import-end", volume=vol.name,
              success=True)
