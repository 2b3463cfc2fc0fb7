"""The subsystem plug-in protocol: how storage, firewall, devices, notes
and backup attach state to the sandbox without editing the core.

A plug-in module defines a :class:`Subsystem` subclass and registers it on
import::

    from qubesmanager.sandbox import plugins

    @plugins.register
    class Storage(plugins.Subsystem):
        name = "storage"
        qube_xml_tags = ("volume-config",)
        system_xml_tags = ("pools",)
        ...

Every :class:`~qubesmanager.sandbox.model.System` instantiates all
registered subsystems (``system.subsystems[name]``) before it loads its
state.  All hooks are optional (the base class does nothing) and run on
the daemon's event loop thread; they may fire events with
``system.fire(...)`` and must call ``system.changed(qube)`` after changing
anything that is saved in qubes.xml (so the next save includes it).

Hooks, in the order they are called:

``load(root)``
    After the qubes were read; ``root`` is the ``<qubes>`` element of
    qubes.xml (None for a new system).  Read pools etc. from it.
``load_qube(qube, element)``
    For each qube, its ``<domain>`` element (None for a new qube).
``populate_demo()``
    Once, when ``--demo`` builds a new system (after the demo qubes exist):
    add demo devices etc.
``on_create(qube, pools)``
    A new qube was created (Create, CreateInPool, CreateDisposable, demo).
    ``pools`` maps volume name (or ``"*"`` for all) to a pool name from
    CreateInPool; empty means the global defaults.  Raise a QubesdError to
    refuse (the qube is then dropped again).
``check_remove(qube)``
    Raise ``QubesVMInUseError`` (errors.InUse) if removal must be refused
    (e.g. the qube backs devices assigned to other qubes).
``on_remove(qube)``
    The qube is being removed: delete its files.
``on_start(qube)``
    Before the qube becomes Running (after its netvm is up).  Raise a
    QubesdError to make the start fail (``domain-start-failed``).
``abort_start(qube)``
    A start failed after ``on_start`` ran (another subsystem refused, the
    qube was killed while starting…): undo what ``on_start`` did, without
    committing anything.  Called on every subsystem; must be idempotent.
``on_stop(qube)``
    After the qube halted (shutdown or kill): e.g. keep volume revisions.
``stats(qube, stats)``
    Add keys to the dict sent as a ``vm-stats`` event for a running qube.
``save_qube(qube, element)``
    Append this subsystem's children to the qube's ``<domain>`` element.
``save(root)``
    Append system-level children (e.g. ``<pools>``) to ``<qubes>``.

Queries the core asks (return None when the subsystem has no opinion):

``pool_names() -> list[str]``, ``kernel_versions() -> set[str]``,
``has_pci_devices(qube) -> bool``.

XML pass-through: child elements of ``<domain>`` and ``<qubes>`` that no
loaded subsystem claims through ``qube_xml_tags`` / ``system_xml_tags`` are
kept verbatim and written back, so a real dom0's qubes.xml survives a
load/save even before every plug-in exists.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional
from xml.etree import ElementTree as ET

if TYPE_CHECKING:  # pragma: no cover
    from .model import Qube, System

_registry: list[type["Subsystem"]] = []


class Subsystem:
    """Base class: every hook is optional and does nothing here."""

    #: Key in ``system.subsystems``.
    name = "subsystem"
    #: ``<domain>`` child tags this subsystem loads and saves.
    qube_xml_tags: tuple[str, ...] = ()
    #: ``<qubes>`` child tags this subsystem loads and saves.
    system_xml_tags: tuple[str, ...] = ()

    def __init__(self, system: "System") -> None:
        self.system = system

    # state
    def load(self, root: Optional[ET.Element]) -> None:
        pass

    def load_qube(self, qube: "Qube", element: Optional[ET.Element]) -> None:
        pass

    def populate_demo(self) -> None:
        pass

    def save_qube(self, qube: "Qube", element: ET.Element) -> None:
        pass

    def save(self, root: ET.Element) -> None:
        pass

    # lifecycle
    def on_create(self, qube: "Qube", pools: dict[str, str]) -> None:
        pass

    def check_remove(self, qube: "Qube") -> None:
        pass

    def on_remove(self, qube: "Qube") -> None:
        pass

    def on_start(self, qube: "Qube") -> None:
        pass

    def abort_start(self, qube: "Qube") -> None:
        pass

    def on_stop(self, qube: "Qube") -> None:
        pass

    def stats(self, qube: "Qube", stats: dict) -> None:
        pass

    # queries
    def pool_names(self) -> Optional[list[str]]:
        return None

    def kernel_versions(self) -> Optional[set[str]]:
        return None

    def has_pci_devices(self, qube: "Qube") -> Optional[bool]:
        return None


def register(cls: type[Subsystem]) -> type[Subsystem]:
    """Class decorator: make every new System instantiate ``cls``."""
    if not any(c.name == cls.name for c in _registry):
        _registry.append(cls)
    else:
        _registry[:] = [cls if c.name == cls.name else c for c in _registry]
    return cls


def registered() -> list[type[Subsystem]]:
    return list(_registry)
