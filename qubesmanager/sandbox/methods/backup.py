"""``admin.backup.Info/Execute/Cancel`` and ``admin.vm.volume.Import*``.

Backups follow backup-format.md section 1; the archive is written by
:mod:`qubesmanager.sandbox.backup.job` in a worker thread while the
daemon keeps serving.  Import methods get the connection's remaining
bytes as a stream (``stream_payload``), see sandbox/backup/importer.py.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from ...backupformat.qubedirs import OutsideQube, qube_root, resolve_in_qube
from ...backupformat.qubesxml import mark_selection
from ...common import states
from .. import propops, xmlstore
from ..backup import state  # importing it registers the plug-in
from ..backup.importer import import_volume
from ..backup.job import BackupJob, Destination
from ..backup.profiles import Profile, check_name, load_profile
from ..backup.selection import check_running, info_table, plan_qube, select
from ..errors import QubesdError, QubesException
from ..registry import DOM0, OPTIONAL, REQUIRED, Call, method


def _subsystem(call: Call):
    return call.system.subsystems[state.BackupSubsystem.name]


def _destination_qube(call: Call, profile: Profile):
    qube = call.system.qubes.get(profile.destination_vm)
    if qube is None:
        raise QubesException(
            "Invalid destination_vm specified in backup profile")
    return qube


def _not_running(name: str) -> QubesdError:
    return QubesdError(
        "QubesVMNotRunningError",
        f"Domain not running (either powered off or paused): '{name}'")


def _destination(call: Call, profile: Profile) -> Destination:
    qube = _destination_qube(call, profile)
    stamp = time.strftime("%Y-%m-%dT%H%M%S")
    if qube.klass == "AdminVM":
        path = Path(profile.destination_path)
        if path.is_dir():
            return Destination(path / f"qubes-{stamp}")
        if not path.parent.is_dir():
            raise QubesException(
                f"ERROR: the backup directory for {path} does not exists")
        return Destination(path)
    if qube.power != states.RUNNING:
        raise _not_running(qube.name)
    line = profile.destination_path.replace("\r", "").replace("\n", "")
    state_dir = call.system.state_dir
    try:
        full = resolve_in_qube(state_dir, qube.name, line)
    except OutsideQube:
        full = None
    if full is not None and full.is_dir():
        return Destination(full / f"qubes-backup-{stamp}", qube=qube.name)
    return Destination(command=line, cwd=qube_root(state_dir, qube.name),
                       qube=qube.name)


def _passphrase(call: Call, profile: Profile) -> str:
    """passphrase_text, or the (simulated) passphrase service of a qube.

    On the sandbox ``qubes.BackupPassphrase+<profile>`` of qube Q prints the
    file ``qubes-dirs/Q/qubes.BackupPassphrase+<profile>``.
    """
    if profile.passphrase_text is not None:
        return profile.passphrase_text
    qube = call.system.qubes.get(profile.passphrase_vm or "")
    if qube is None:
        raise QubesException(
            "Invalid backup profile - invalid passphrase_vm")
    if qube.power != states.RUNNING:
        raise _not_running(qube.name)
    service = qube_root(call.system.state_dir, qube.name) \
        / f"qubes.BackupPassphrase+{profile.name}"
    try:
        text = service.read_text(encoding="utf-8").strip()
    except OSError:
        raise QubesException(
            f"Failed to retrieve passphrase from '{qube.name}' VM") from None
    if "\n" in text:
        raise QubesdError("ProtocolError",
                          "Passphrase must not contain newline character")
    return text


def _plan(call: Call, profile: Profile):
    selected = select(call.system, profile)
    return selected, [plan_qube(call.system, q) for q in selected]


@method("admin.backup.Info", dest=DOM0, arg=REQUIRED)
def backup_info(call: Call) -> str:
    check_name(call.arg)
    profile = load_profile(call.system.state_dir, call.arg, False)
    _destination_qube(call, profile)
    selected, planned = _plan(call, profile)
    return info_table(call.system, selected, planned)


@method("admin.backup.Execute", dest=DOM0, arg=REQUIRED)
async def backup_execute(call: Call) -> None:
    check_name(call.arg)
    system = call.system
    profile = load_profile(system.state_dir, call.arg, True)
    _destination_qube(call, profile)
    passphrase = _passphrase(call, profile)
    sub = _subsystem(call)
    if call.arg in sub.running:
        raise QubesdError("BackupAlreadyRunningError", "Backup already running")
    selected, planned = _plan(call, profile)
    check_running(planned)
    destination = _destination(call, profile)
    xml = mark_selection(
        xmlstore.serialise(system).encode("utf-8"),
        {p.name: (p.directory, p.size) for p in planned})
    loop = asyncio.get_running_loop()
    name = call.arg

    def post(progress: float) -> None:
        loop.call_soon_threadsafe(
            lambda: system.fire(None, "backup-progress", backup_profile=name,
                                progress=progress))

    scale = system.time_scale
    job = BackupJob(name, planned, xml, passphrase, profile.compression,
                    destination, post,
                    min_interval=1.0 if scale >= 1 else max(0.05, scale))
    sub.running[name] = job
    try:
        await loop.run_in_executor(None, job.run)
    except asyncio.CancelledError:
        job.cancel()          # daemon stopping: do not leave the thread on
        raise
    finally:
        sub.running.pop(name, None)
    stamp = int(time.time())
    for plan in planned:
        qube = system.qubes.get(plan.name)
        if qube is not None and qube.klass != "AdminVM":
            propops.store(qube, "backup_timestamp", stamp)


@method("admin.backup.Cancel", dest=DOM0, arg=REQUIRED)
def backup_cancel(call: Call) -> None:
    check_name(call.arg)
    job = _subsystem(call).running.get(call.arg)
    if job is None:
        raise QubesException("Backup operation not running")
    job.cancel()


@method("admin.vm.volume.Import", arg=REQUIRED, payload=OPTIONAL)
async def volume_import(call: Call) -> None:
    await import_volume(call, with_size=False)


@method("admin.vm.volume.ImportWithSize", arg=REQUIRED, payload=OPTIONAL)
async def volume_import_with_size(call: Call) -> None:
    await import_volume(call, with_size=True)


# The server passes these the rest of the connection as ``call.reader``.
volume_import.stream_payload = True
volume_import_with_size.stream_payload = True
