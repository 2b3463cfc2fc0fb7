"""Which qubes of a backup get restored, under which names, and why not.

The checks follow the real restore (backup-format.md 3.2): excluded,
name conflict (renamed when asked), missing template, missing netvm, and
for dom0's home a user-name mismatch.  A qube is restored only when its
problem list is empty.
"""

from __future__ import annotations

import dataclasses
import enum

from qubesmanager.backupformat.qubesxml import BackupContent, BackupQube
from qubesmanager.common import names

from .host import HostState


class Problem(enum.Enum):
    """Why a qube will not be restored."""

    EXCLUDED = "excluded"
    ALREADY_EXISTS = "already exists"
    MISSING_TEMPLATE = "missing template"
    MISSING_NETVM = "missing netvm"
    USERNAME_MISMATCH = "user name mismatch"


@dataclasses.dataclass
class RestoreOptions:
    """What the user chose (upstream's option names in comments)."""

    verify_only: bool = False           # verify_only
    rename_conflicting: bool = True     # rename_conflicting
    ignore_missing: bool = False        # use_default_template/_netvm
    pool: str | None = None             # override_pool
    exclude: frozenset[str] = frozenset()
    dom0_home: bool = True              # dom0_home (False = skip)
    ignore_username_mismatch: bool = False


@dataclasses.dataclass
class RestoreEntry:
    """One qube of the backup and what restoring it means here."""

    qube: BackupQube
    target: str
    problems: list[Problem]
    template: str | None = None         # template to create it from
    template_changed: bool = False      # the backup's template is replaced
    netvm_reset: bool = False           # the backup's netvm is dropped
    label: str = ""                     # label to create it with

    @property
    def name(self) -> str:
        return self.qube.name

    @property
    def good(self) -> bool:
        return not self.problems

    @property
    def renamed(self) -> bool:
        return self.target != self.qube.name

    @property
    def label_changed(self) -> bool:
        return bool(self.label) and self.label != self.qube.label


#: Upstream cuts a conflicting name to this length before numbering it.
RENAME_BASE = 29


def _rename(original: str, taken: set[str]) -> str | None:
    """The name upstream's restore gives a conflicting qube: the name cut
    to 29 characters (used as is if that is free), else ``name1``,
    ``name2``... up to ``name98`` — no dash (qubesadmin.backup.restore
    ``new_name_for_conflicting_vm``; docs/backup-interop.md), so a qube
    restored by us and by qvm-backup-restore gets the same name."""
    base = original[:RENAME_BASE]
    for candidate in [base] + [f"{base}{i}" for i in range(1, 99)]:
        if candidate not in taken and names.is_valid_name(candidate):
            return candidate
    return None


def plan_restore(content: BackupContent, host: HostState,
                 options: RestoreOptions) -> list[RestoreEntry]:
    """Entries for every qube in the backup (dom0 home last, if present).

    Templates come first, then disposable templates, then the rest, which
    is also the creation order.
    """
    backed = [q for q in content.in_backup() if q.klass != "AdminVM"]
    backed.sort(key=lambda q: (q.klass != "TemplateVM",
                               not q.flag("template_for_dispvms"), q.name))
    entries: dict[str, RestoreEntry] = {
        q.name: RestoreEntry(q, q.name, []) for q in backed}
    taken = set(host.qubes)

    for entry in entries.values():
        if entry.name in options.exclude:
            entry.problems.append(Problem.EXCLUDED)
            continue
        if options.verify_only:
            continue
        if entry.name in taken:
            if options.rename_conflicting:
                new = _rename(entry.name, taken | set(entries))
                if new is None:
                    entry.problems.append(Problem.ALREADY_EXISTS)
                else:
                    entry.target = new
            else:
                entry.problems.append(Problem.ALREADY_EXISTS)
        taken.add(entry.target)

    # Dependencies: a qube of the backup counts only if it gets restored.
    for entry in entries.values():
        if entry.problems:
            continue
        qube = entry.qube
        template = qube.template
        if template is not None:
            dispvm = qube.klass == "DispVM"
            if _template_ok(template, dispvm, host, entries):
                src = entries.get(template)
                entry.template = src.target if src else template
            elif options.ignore_missing or options.verify_only:
                entry.template = (host.default_dispvm if dispvm
                                  else host.default_template)
                entry.template_changed = True
                if entry.template is None and not options.verify_only:
                    entry.problems.append(Problem.MISSING_TEMPLATE)
            else:
                entry.problems.append(Problem.MISSING_TEMPLATE)
        netvm = qube.netvm
        if netvm and not _netvm_ok(netvm, host, entries):
            if options.ignore_missing or options.verify_only:
                entry.netvm_reset = True
            else:
                entry.problems.append(Problem.MISSING_NETVM)

    for entry in entries.values():
        # A label this system lacks: created red, as upstream falls back.
        entry.label = entry.qube.label if entry.qube.label in host.labels \
            else "red"

    result = list(entries.values())
    dom0 = content.qubes.get("dom0")
    if dom0 is not None and dom0.in_backup:
        entry = RestoreEntry(dom0, "dom0", [])
        user = (dom0.backup_path or "").rstrip("/").rpartition("/")[2]
        if not options.dom0_home or "dom0" in options.exclude:
            entry.problems.append(Problem.EXCLUDED)
        elif user != host.user and not options.ignore_username_mismatch \
                and not options.verify_only:
            entry.problems.append(Problem.USERNAME_MISMATCH)
        result.append(entry)
    return result


def _template_ok(name: str, dispvm: bool, host: HostState,
                 entries: dict[str, RestoreEntry]) -> bool:
    if name in entries:
        src = entries[name]
        if dispvm:
            return src.good and src.qube.flag("template_for_dispvms")
        return src.good and src.qube.klass == "TemplateVM"
    if name in host.qubes:
        hq = host.qubes[name]
        return hq.template_for_dispvms if dispvm else hq.klass == "TemplateVM"
    return False


def _netvm_ok(name: str, host: HostState,
              entries: dict[str, RestoreEntry]) -> bool:
    if name in entries:
        src = entries[name]
        return src.good and src.qube.flag("provides_network")
    return name in host.qubes and host.qubes[name].provides_network


def restore_name(entries: list[RestoreEntry], name: str) -> str:
    """The name qube ``name`` gets here (restored ones may be renamed)."""
    for entry in entries:
        if entry.name == name and entry.good:
            return entry.target
    return name
