"""The restore engine: verify an archive, recreate its qubes, roll back.

No Qt.  The wizard runs :meth:`RestoreEngine.run` in a worker thread and
receives progress and log lines through callbacks.  Every text meant for
the user is a :class:`~.messages.Message` (English ``str`` carrying its
template and parameters), which the wizard translates when it shows it.

Trust: the header is authenticated before it is parsed, qubes.xml and
every data chunk before any byte of them is used (backupformat.reader).
Failure policy: a problem with the archive itself (wrong passphrase,
truncated, tampered, foreign chunk) or a cancel removes every qube created
so far and the restored home directory, so nothing half-restored stays
behind; a single Admin API refusal (one property, one tag...) is logged
and the restore goes on, as upstream does, and the result lists it.
"""

from __future__ import annotations

import dataclasses
import io
import shutil
import tarfile
import threading
from pathlib import Path
from typing import Callable

from qubesmanager.admin import devicewire, exc
from qubesmanager.backupformat.errors import BackupFormatError, Cancelled, \
    TruncatedArchive
from qubesmanager.backupformat.qubesxml import BackupContent, parse_backup_xml
from qubesmanager.backupformat.reader import BackupReader

from . import handlers
from .host import AdminHost, HostState
from .messages import QT_TRANSLATE_NOOP, Message, TranslatableError
from .plan import RestoreEntry, RestoreOptions, plan_restore, restore_name
from .sources import ArchiveSource

#: Properties never copied with property.Set (upstream's list, 3.5 step 4).
SKIP_PROPERTIES = frozenset({
    "name", "label", "template", "uuid", "qid", "dispid",
    "template_for_dispvms", "netvm", "default_dispvm", "installed_by_rpm"})

INFO, WARNING, ERROR = "info", "warning", "error"


class RestoreFailed(TranslatableError):
    """The restore stopped; everything it had created was removed."""

    def __init__(self, message: Message | str, removed: list[str]) -> None:
        super().__init__(message)
        self.removed = removed


@dataclasses.dataclass
class RestoreResult:
    """What a finished run did."""

    restored: list[str] = dataclasses.field(default_factory=list)
    verified: list[str] = dataclasses.field(default_factory=list)
    errors: list[str] = dataclasses.field(default_factory=list)
    home_dir: Path | None = None

    @property
    def ok(self) -> bool:
        return not self.errors


class RestoreEngine:
    """One archive on one system: load, plan, run."""

    def __init__(self, host: AdminHost, source: ArchiveSource,
                 passphrase: str, *,
                 log: Callable[[str, str], None] | None = None,
                 progress: Callable[[float, str], None] | None = None,
                 tmpdir: str | None = None, home: str | None = None) -> None:
        self.host = host
        self.source = source
        self.reader = BackupReader(source.open, passphrase, tmpdir)
        self.content: BackupContent | None = None
        self._log = log or (lambda level, text: None)
        self._progress = progress or (lambda pct, text: None)
        self._home = home
        self._cancel = threading.Event()

    # ---------------------------------------------------------------- setup

    def load(self) -> BackupContent:
        """Authenticate the header and read the backup's qubes.xml."""
        inner = self.reader.read_metadata()
        try:
            with tarfile.open(fileobj=io.BytesIO(inner), mode="r:") as tar:
                info, fobj = handlers.read_single(tar, "qubes.xml", 0)
                xml = fobj.read()
        except (tarfile.TarError, ValueError) as err:
            raise BackupFormatError(Message(QT_TRANSLATE_NOOP(
                "RestoreEngine", "the backup's qubes.xml cannot be read: "
                "{error}"), error=err)) from None
        self.content = parse_backup_xml(xml)
        return self.content

    def host_state(self) -> HostState:
        return self.host.state()

    def plan(self, options: RestoreOptions,
             state: HostState | None = None) -> list[RestoreEntry]:
        if self.content is None:
            self.load()
        return plan_restore(self.content, state or self.host_state(), options)

    def set_callbacks(self, log=None, progress=None) -> None:
        """Where log lines and progress go (called from the worker thread)."""
        if log is not None:
            self._log = log
        if progress is not None:
            self._progress = progress

    def cancel(self) -> None:
        """Stop at the next buffer; run() then rolls back and raises."""
        self._cancel.set()

    def _check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled("Restore cancelled")

    def _note(self, level: str, text: str, result: RestoreResult | None = None
              ) -> None:
        if level == ERROR and result is not None:
            result.errors.append(text)
        self._log(level, text)

    # ------------------------------------------------------------------ run

    def run(self, entries: list[RestoreEntry],
            options: RestoreOptions) -> RestoreResult:
        """Verify (and unless verify-only, restore) the good entries.

        Raises RestoreFailed after rolling back on archive problems and
        cancel; per-item Admin API errors end up in ``result.errors``.
        """
        result = RestoreResult()
        selected = [e for e in entries if e.good]
        created: list[str] = []
        try:
            if not options.verify_only:
                selected = self._create(selected, options, created, result)
                self._metadata(selected, entries, result)
            self._data(selected, options, result)
        except (BackupFormatError, Cancelled, tarfile.TarError) as err:
            removed = [] if options.verify_only else \
                self._rollback(created, result)
            if isinstance(err, Cancelled):
                text = Message(QT_TRANSLATE_NOOP(
                    "RestoreEngine", "The restore was cancelled."))
            elif isinstance(err, tarfile.TarError):
                text = Message(QT_TRANSLATE_NOOP(
                    "RestoreEngine", "The archive holds damaged data: "
                    "{error}"), error=err)
            else:
                # translated later through the error itself (messages.py)
                text = Message("{error}", error=err)
            if removed or result.home_dir:
                text = Message(QT_TRANSLATE_NOOP(
                    "RestoreEngine", "{reason} Everything restored so far "
                    "was removed again."), reason=text)
            self._log(ERROR, text)
            raise RestoreFailed(text, removed) from err
        except BaseException:
            if not options.verify_only:
                self._rollback(created, result)
            raise
        if options.verify_only:
            self._log(INFO, Message(QT_TRANSLATE_NOOP(
                "RestoreEngine",
                "Verification finished: the archive is intact.")))
        return result

    def _create(self, selected, options, created, result):
        """Create the qubes (templates first); returns those that exist."""
        done = []
        for entry in selected:
            self._check()
            if entry.qube.klass == "AdminVM":
                done.append(entry)
                continue
            self._progress(0.0, Message(QT_TRANSLATE_NOOP(
                "RestoreEngine", "Creating {qube}"), qube=entry.target))
            qube = entry.qube
            method = "admin.vm.CreateInPool." if options.pool \
                else "admin.vm.Create."
            label = entry.label or qube.label
            for attempt in dict.fromkeys((label, "red")):
                payload = f"name={entry.target} label={attempt}"
                if options.pool:
                    payload += f" pool={options.pool}"
                try:
                    self.host.call("dom0", method + qube.klass,
                                   entry.template, payload)
                except exc.QubesLabelNotFoundError:
                    continue
                except (exc.QubesException, exc.ProtocolError) as err:
                    if attempt == label and "label" in str(err) \
                            and label != "red":
                        continue
                    self._note(ERROR, Message(QT_TRANSLATE_NOOP(
                        "RestoreEngine", "Error restoring qube {qube}, "
                        "skipping: {error}"), qube=entry.name, error=err),
                        result)
                    break
                created.append(entry.target)
                done.append(entry)
                if entry.renamed:
                    self._log(INFO, Message(QT_TRANSLATE_NOOP(
                        "RestoreEngine", "Created {qube} (renamed from "
                        "{name})"), qube=entry.target, name=entry.name))
                else:
                    self._log(INFO, Message(QT_TRANSLATE_NOOP(
                        "RestoreEngine", "Created {qube}"),
                        qube=entry.target))
                if qube.flag("template_for_dispvms"):
                    self._set(entry.target, "template_for_dispvms", "True",
                              result)
                break
            else:
                self._note(ERROR, Message(QT_TRANSLATE_NOOP(
                    "RestoreEngine", "Error restoring qube {qube}, skipping: "
                    "no usable label ({label})"), qube=entry.name,
                    label=label), result)
        return done

    def _set(self, target: str, prop: str, value: str | None,
             result: RestoreResult) -> None:
        try:
            self.host.call(target, "admin.vm.property.Set", prop,
                           (value or "").encode("utf-8"))
        except (exc.QubesException, exc.ProtocolError) as err:
            self._note(ERROR, Message(QT_TRANSLATE_NOOP(
                "RestoreEngine", "Error setting {qube}.{prop} to {value}: "
                "{error}"), qube=target, prop=prop, value=repr(value),
                error=err), result)

    def _metadata(self, selected, entries, result) -> None:
        """Properties, features, tags, devices; then netvm/default_dispvm."""
        for entry in selected:
            if entry.qube.klass == "AdminVM":
                continue
            self._check()
            target, qube = entry.target, entry.qube
            self._progress(0.0, Message(QT_TRANSLATE_NOOP(
                "RestoreEngine", "Setting up {qube}"), qube=target))
            for prop, value in qube.properties.items():
                if prop not in SKIP_PROPERTIES:
                    self._set(target, prop, value, result)
            for feat, value in qube.features.items():
                try:
                    self.host.call(target, "admin.vm.feature.Set", feat,
                                   value.encode("utf-8"))
                except (exc.QubesException, exc.ProtocolError) as err:
                    self._note(ERROR, Message(QT_TRANSLATE_NOOP(
                        "RestoreEngine", "Error setting feature {feature} of "
                        "{qube}: {error}"), feature=feat, qube=target,
                        error=err), result)
            for tag in qube.tags:
                try:
                    self.host.call(target, "admin.vm.tag.Set", tag)
                except (exc.QubesException, exc.ProtocolError) as err:
                    if not tag.startswith("created-by-"):
                        self._note(ERROR, Message(QT_TRANSLATE_NOOP(
                            "RestoreEngine", "Error adding tag {tag} to "
                            "{qube}: {error}"), tag=tag, qube=target,
                            error=err), result)
            for dev in qube.devices:
                self._assign(target, dev, entries, result)
        for entry in selected:
            qube = entry.qube
            for prop in ("netvm", "default_dispvm"):
                if prop not in qube.properties or (
                        prop == "netvm" and entry.netvm_reset):
                    continue
                value = qube.properties[prop]
                if value:
                    value = restore_name(entries, value)
                self._set(entry.target, prop, value, result)

    def _assign(self, target, dev, entries, result) -> None:
        """Re-assign a device with the mode the backup recorded.

        (Upstream's reader ignores ``mode=`` and makes every assignment
        ``required``; ours keeps what the archive says.  Old archives
        without a mode: ``required="yes"`` -> required, else auto-attach.)
        """
        backend = restore_name(entries, dev.backend)
        ident = dev.identity or "*"
        mode = dev.mode if dev.mode in ("required", "auto-attach",
                                        "ask-to-attach") else (
            "required" if dev.required else "auto-attach")
        qarg = devicewire.qarg(backend, dev.ident, ident)
        payload = devicewire.serialize(
            [("device_id", ident), ("port_id", dev.ident),
             ("devclass", dev.devclass), ("backend_domain", backend),
             ("mode", mode), ("frontend_domain", target)]
            + [(f"_{key}", value) for key, value in dev.options.items()])
        try:
            self.host.call(target, f"admin.vm.device.{dev.devclass}.Assign",
                           qarg, payload)
        except (exc.QubesException, exc.ProtocolError) as err:
            self._note(ERROR, Message(QT_TRANSLATE_NOOP(
                "RestoreEngine", "Error assigning {devclass} device "
                "{device} to {qube}: {error}"), devclass=dev.devclass,
                device=f"{dev.backend}:{dev.ident}", qube=target,
                error=err), result)

    # -------------------------------------------------------------- data

    def _data(self, selected, options, result) -> None:
        """Read every chunk of the selected qubes, in archive order."""
        by_dir: dict[str, RestoreEntry] = {}
        for entry in selected:
            by_dir[entry.qube.backup_path] = entry

        def owner(path: str) -> RestoreEntry | None:
            directory = path.rpartition("/")[0] + "/"
            if directory in by_dir:
                return by_dir[directory]
            return by_dir.get(path)  # dom0-home/<user>

        total = max(self.source.size(), 1)
        done = [0]
        current = [""]

        def on_bytes(n: int) -> None:
            done[0] += n
            self._progress(min(100.0, 100.0 * done[0] / total), current[0])

        seen: set[str] = set()
        volumes: dict[str, list[str]] = {}
        for afile in self.reader.iter_files(lambda p: owner(p) is not None,
                                            self._check, on_bytes):
            entry = owner(afile.path)
            seen.add(entry.name)
            current[0] = f"{entry.target}: {afile.path.rpartition('/')[2]}"
            tar = tarfile.open(fileobj=afile.stream, mode="r|")
            if options.verify_only:
                for _info in tar:   # parse + skip: checks the inner stream
                    self._check()
                continue
            if entry.qube.klass == "AdminVM":
                self._restore_home(tar, entry, result)
                continue
            if entry.target not in volumes:
                try:
                    volumes[entry.target] = self.host.volumes_to_import(
                        entry.target)
                except (exc.QubesException, exc.ProtocolError) as err:
                    volumes[entry.target] = []
                    self._note(ERROR, Message(QT_TRANSLATE_NOOP(
                        "RestoreEngine", "Cannot list volumes of {qube}: "
                        "{error}"), qube=entry.target, error=err), result)
            self._restore_file(tar, afile.path, entry,
                               volumes[entry.target], result)
        missing = [e.name for e in selected if e.name not in seen]
        if missing:
            raise TruncatedArchive(Message(QT_TRANSLATE_NOOP(
                "RestoreEngine", "The archive holds no data for: {qubes} "
                "(truncated or incomplete archive)."),
                qubes=", ".join(missing)))
        for entry in selected:
            if options.verify_only:
                result.verified.append(entry.name)
            elif entry.qube.klass != "AdminVM":
                result.restored.append(entry.target)

    def _restore_file(self, tar, path, entry, volumes, result) -> None:
        base = path.rpartition("/")[2]
        target = entry.target
        try:
            info, fobj = handlers.read_single(tar, path)
        except ValueError as err:
            raise BackupFormatError(f"{path}: {err}") from None
        if base.endswith(".img"):
            vol = base[:-len(".img")]
            if vol not in volumes:
                self._log(INFO, Message(QT_TRANSLATE_NOOP(
                    "RestoreEngine", "Skipping {path}: {qube} keeps no such "
                    "volume"), path=path, qube=target))
                return
            try:
                self.host.import_volume(target, vol, info.size, fobj)
                self._log(INFO, Message(QT_TRANSLATE_NOOP(
                    "RestoreEngine", "Restored volume {volume} of {qube}"),
                    volume=vol, qube=target))
            except (exc.QubesException, exc.ProtocolError) as err:
                self._note(ERROR, Message(QT_TRANSLATE_NOOP(
                    "RestoreEngine", "Failed to restore volume {volume} "
                    "(size {size}) of qube {qube}: {error}"), volume=vol,
                    size=info.size, qube=target, error=err), result)
            return
        data = fobj.read()
        try:
            if base == "firewall.xml":
                rules = handlers.firewall_rules(data)
                if rules:
                    self.host.call(target, "admin.vm.firewall.Set", None,
                                   rules)
            elif base == "notes.txt":
                if data:
                    self.host.call(target, "admin.vm.notes.Set", None, data)
            elif base == "whitelisted-appmenus.list":
                self.host.call(target, "admin.vm.feature.Set", "menu-items",
                               handlers.appmenus_feature(data))
        except (exc.QubesException, exc.ProtocolError, ValueError,
                SyntaxError) as err:
            self._note(ERROR, Message(QT_TRANSLATE_NOOP(
                "RestoreEngine", "Error restoring {file} of {qube}: "
                "{error}"), file=base, qube=target, error=err), result)

    def _restore_home(self, tar, entry, result) -> None:
        if result.home_dir is None:
            result.home_dir = handlers.home_restore_dir(self._home)
        prefix = entry.qube.backup_path.rstrip("/")
        for problem in handlers.extract_home(tar, prefix, result.home_dir):
            self._note(WARNING, Message(QT_TRANSLATE_NOOP(
                "RestoreEngine", "dom0 home: {problem}"), problem=problem))
        self._log(INFO, Message(QT_TRANSLATE_NOOP(
            "RestoreEngine", "dom0 home restored into {directory}"),
            directory=result.home_dir))
        result.restored.append(Message(QT_TRANSLATE_NOOP(
            "RestoreEngine", "dom0 home ({directory})"),
            directory=result.home_dir))

    # ----------------------------------------------------------- rollback

    def _rollback(self, created: list[str], result: RestoreResult
                  ) -> list[str]:
        """Remove what this run created (reverse order: templates last)."""
        for name in created:   # references between restored qubes first
            for prop in ("netvm", "default_dispvm"):
                try:
                    self.host.call(name, "admin.vm.property.Reset", prop)
                except (exc.QubesException, exc.ProtocolError):
                    pass
        removed = []
        for name in reversed(created):
            try:
                self.host.call(name, "admin.vm.Remove")
                removed.append(name)
                self._log(INFO, Message(QT_TRANSLATE_NOOP(
                    "RestoreEngine", "Removed {qube}"), qube=name))
            except (exc.QubesException, exc.ProtocolError) as err:
                self._log(ERROR, Message(QT_TRANSLATE_NOOP(
                    "RestoreEngine", "Could not remove {qube}: {error}"),
                    qube=name, error=err))
        created.clear()
        if result.home_dir is not None:
            shutil.rmtree(result.home_dir, ignore_errors=True)
        return removed
