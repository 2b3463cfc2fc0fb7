"""The simulated Qubes system: qubes, labels, global properties, events.

One :class:`System` per daemon owns all state and is only touched from the
event loop thread (handlers run there), so no locking is needed.  Each
change that is saved in qubes.xml goes through :meth:`System.changed`,
which bumps a generation counter (invalidating computed-value caches) and
asks the persister for a save; runtime-only changes (power state) call
:meth:`System.touch`.

Subsystems (storage, firewall, devices, notes, backup) attach through
:mod:`.plugins`; see that module for the hook protocol.
"""

from __future__ import annotations

import dataclasses
import logging
import os
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

from ..admin import wire
from ..common import labels as default_labels
from ..common import states
from . import plugins
from .globalprops import GLOBAL
from .props import Prop, to_event, to_text
from .qubeprops import REF_PROPS, SCHEMAS

log = logging.getLogger("qubesmanager.sandbox.model")

#: (subject name, event, kwargs as text, encoded frame)
Listener = Callable[[str, str, dict, bytes], None]


@dataclasses.dataclass
class Label:
    index: int
    name: str
    color: int

    @property
    def color_text(self) -> str:
        return default_labels.colour_text(self.color)


class Qube:
    """One qube: class, stored properties, features, tags, power state."""

    def __init__(self, system: "System", klass: str, name: str) -> None:
        self.system = system
        self.klass = klass
        self.name = name
        self.schema: dict[str, Prop] = SCHEMAS[klass]
        self.props: dict[str, Any] = {}
        self.features: dict[str, str] = {}
        self.tags: dict[str, None] = {}      # ordered set
        self.power = states.RUNNING if klass == "AdminVM" else states.HALTED
        self.xid = 0 if klass == "AdminVM" else -1
        self.start_time: Optional[float] = None
        self.xml_id: Optional[str] = None    # "domain-N" as loaded
        self.extra_xml: list = []            # unclaimed <domain> children
        self.extra_props: dict[str, str] = {}  # unknown stored properties
        self.xml_cache: Optional[str] = None
        #: Simulated runtime figures (memory in KiB, CPU time in ns).
        self.mem_kb = 0
        self.cpu_ns = 0
        self.cpu_usage = 0
        self._cache: dict[str, tuple[bool, Any]] = {}
        self._cache_gen = -1
        self.getall_cache: Optional[tuple[int, str]] = None
        #: Free slot for subsystems' per-qube runtime state.
        self.runtime: dict[str, Any] = {}

    def __repr__(self) -> str:
        return f"<Qube {self.name} {self.klass} {self.power}>"

    # -- properties --------------------------------------------------------

    def get(self, name: str) -> tuple[bool, Any]:
        """(is_default, value); KeyError for a property the class lacks."""
        gen = self.system.gen
        if self._cache_gen != gen:
            self._cache.clear()
            self._cache_gen = gen
        try:
            return self._cache[name]
        except KeyError:
            pass
        prop = self.schema[name]
        if name in self.props and not prop.ro:
            result = (False, self.props[name])
        elif prop.default is not None:
            result = (True, prop.default(self))
        else:
            result = (True, None)
        self._cache[name] = result
        return result

    def value(self, name: str) -> Any:
        """The effective value; None for a property this class lacks
        (e.g. ``provides_network`` of dom0), so cross-class checks stay
        simple."""
        if name not in self.schema:
            return None
        return self.get(name)[1]

    def text(self, name: str) -> tuple[bool, str, str]:
        """(is_default, wire type, value text) as Get reports it."""
        is_default, value = self.get(name)
        ptype = self.schema[name].type
        return is_default, ptype, to_text(ptype, value)

    @property
    def qid(self) -> int:
        return self.value("qid") or 0

    @property
    def uuid(self) -> str:
        return self.value("uuid") or ""

    @property
    def template(self) -> Optional["Qube"]:
        name = self.props.get("template")
        return self.system.qubes.get(name) if name else None

    @property
    def netvm(self) -> Optional["Qube"]:
        if "netvm" not in self.schema:
            return None
        name = self.value("netvm")
        return self.system.qubes.get(name) if name else None

    def chain(self, link: str):
        """The qubes reached by following ``link`` ("template" or "netvm")
        from this one, nearest first; stops at a loop."""
        seen = {self.name}
        node = getattr(self, link)
        while node is not None and node.name not in seen:
            seen.add(node.name)
            yield node
            node = getattr(node, link)

    def is_active(self) -> bool:
        return self.power in states.ACTIVE

    def is_running(self) -> bool:
        return self.power == states.RUNNING


class System:
    """The whole simulated system (the "app" object of qubesd)."""

    def __init__(self, state_dir: str | os.PathLike, *,
                 time_scale: float = 1.0, host_memory: int = 16384,
                 host_cpus: int = 4, dom0_memory: int = 4096,
                 upstream_only: bool = False) -> None:
        self.state_dir = Path(state_dir)
        self.time_scale = time_scale
        self.host_memory = host_memory          # MiB
        self.host_cpus = host_cpus
        self.dom0_memory = dom0_memory          # MiB
        self.upstream_only = upstream_only
        #: Frames an event client may lag behind before it is dropped.
        self.event_queue_limit = 20000
        self.qubes: dict[str, Qube] = {}
        self.labels: dict[str, Label] = {}
        self.globals: dict[str, Any] = {}
        self.global_schema = GLOBAL
        self.extra_xml: list = []               # unclaimed <qubes> children
        self.extra_globals: dict[str, str] = {}  # unknown global properties
        self.extra_domains: list = []           # domains of unknown classes
        self.loaded_elements: dict = {}         # name -> <domain> while loading
        self.gen = 0
        self._listeners: list[Listener] = []
        #: Called with no argument whenever something persistent changed.
        self.on_dirty: Callable[[], None] = lambda: None
        self.subsystems: dict[str, plugins.Subsystem] = {
            cls.name: cls(self) for cls in plugins.registered()}
        self._global_cache: dict[str, tuple[bool, Any]] = {}
        self._global_cache_gen = -1
        self.getall_cache: Optional[tuple[int, str]] = None
        self._next_xid = 1

    # -- changes -----------------------------------------------------------

    def touch(self) -> None:
        """Something changed that computed values may depend on."""
        self.gen += 1

    def changed(self, qube: Optional[Qube] = None) -> None:
        """A persistent change (of ``qube``, or system-wide when None)."""
        self.gen += 1
        if qube is not None:
            qube.xml_cache = None
        self.on_dirty()

    def new_xid(self) -> int:
        xid = self._next_xid
        self._next_xid += 2  # leave room for a stub domain id
        return xid

    # -- events ------------------------------------------------------------

    def add_listener(self, fn: Listener) -> None:
        self._listeners.append(fn)

    def remove_listener(self, fn: Listener) -> None:
        try:
            self._listeners.remove(fn)
        except ValueError:
            pass

    def fire(self, subject: "Qube | str | None", event: str,
             **kwargs: Any) -> None:
        """Deliver one event to every listener (encoded once)."""
        if isinstance(subject, Qube):
            subject = subject.name
        subject = subject or ""
        text = {k: to_event(v.name if isinstance(v, Qube) else v)
                for k, v in kwargs.items()}
        frame = wire.encode_event(subject, event, text)
        for fn in list(self._listeners):
            fn(subject, event, text, frame)

    # -- global properties -------------------------------------------------

    def global_get(self, name: str) -> tuple[bool, Any]:
        if self._global_cache_gen != self.gen:
            self._global_cache.clear()
            self._global_cache_gen = self.gen
        try:
            return self._global_cache[name]
        except KeyError:
            pass
        prop = self.global_schema[name]
        if name in self.globals and not prop.ro:
            result = (False, self.globals[name])
        else:
            result = (True, prop.default(self) if prop.default else None)
        self._global_cache[name] = result
        return result

    def global_value(self, name: str) -> Any:
        return self.global_get(name)[1]

    @property
    def system(self) -> "System":
        """So checks written for qubes work on the system holder too."""
        return self

    # -- labels ------------------------------------------------------------

    def find_label(self, text: str) -> Optional[Label]:
        """Label by name, decimal index or ``label-<index>``."""
        label = self.labels.get(text)
        if label is not None:
            return label
        if text.startswith("label-"):
            text = text[len("label-"):]
        if text.isdigit():
            for label in self.labels.values():
                if label.index == int(text):
                    return label
        return None

    def add_default_labels(self) -> None:
        for index, name, colour in default_labels.DEFAULT_LABELS:
            self.labels[name] = Label(index, name, colour)

    # -- qubes -------------------------------------------------------------

    @property
    def dom0(self) -> Qube:
        return self.qubes["dom0"]

    def sorted_qubes(self) -> list[Qube]:
        """dom0 first, then by name (admin.vm.List order)."""
        rest = sorted((q for q in self.qubes.values() if q.name != "dom0"),
                      key=lambda q: q.name)
        return ([self.qubes["dom0"]] if "dom0" in self.qubes else []) + rest

    def by_uuid(self, text: str) -> Optional[Qube]:
        for qube in self.qubes.values():
            if qube.uuid == text:
                return qube
        return None

    def free_qid(self) -> int:
        # the stored value: going through the property cache for every
        # qube made creating N qubes quadratic in cache look-ups
        used = {q.props.get("qid") for q in self.qubes.values()}
        qid = 1
        while qid in used:
            qid += 1
        return qid

    def net_clients(self, qube: Qube) -> list[Qube]:
        """Qubes whose netvm is ``qube``."""
        return [q for q in self.qubes.values()
                if q is not qube and "netvm" in q.schema
                and q.value("netvm") == qube.name]

    def referrers(self, name: str) -> list[tuple[str, str]]:
        """(holder, property) pairs that reference qube ``name``;
        holder "" means a global property."""
        found = []
        for qube in self.qubes.values():
            if qube.name == name:
                continue
            for prop in REF_PROPS:
                if prop in qube.schema and qube.value(prop) == name:
                    found.append((qube.name, prop))
        for prop, spec in self.global_schema.items():
            if spec.type == "vm" and self.global_value(prop) == name:
                found.append(("", prop))
        return found

    def dependents(self, qube: Qube) -> list[Qube]:
        """Qubes whose computed values may depend on ``qube`` (template,
        netvm and disposable chains), transitively; ``qube`` first."""
        reverse: dict[str, list[Qube]] = {}
        for other in self.qubes.values():
            for prop in ("template", "netvm", "guivm"):
                if prop in other.schema:
                    ref = other.props.get(prop) if prop == "template" \
                        else other.value(prop)
                    if ref and ref != other.name:
                        reverse.setdefault(ref, []).append(other)
        result, seen, todo = [], {qube.name}, [qube]
        while todo:
            node = todo.pop()
            result.append(node)
            for child in reverse.get(node.name, ()):
                if child.name not in seen:
                    seen.add(child.name)
                    todo.append(child)
        return result

    def qube_dir(self, qube: Qube) -> Path:
        """``appvms/NAME`` or ``vm-templates/NAME`` under the state dir."""
        sub = "vm-templates" if qube.klass == "TemplateVM" else "appvms"
        return self.state_dir / sub / qube.name

    # -- memory ------------------------------------------------------------

    def memory_in_use(self) -> int:
        """MiB taken by dom0 and every active qube (a qube still waiting
        for its netvm chain has not asked for its memory yet)."""
        total = self.dom0_memory
        for qube in self.qubes.values():
            if qube.klass != "AdminVM" and qube.is_active() \
                    and not qube.runtime.get("awaiting_memory"):
                total += qube.value("memory") or 0
        return total

    # -- questions answered by subsystems ---------------------------------

    def _ask(self, hook: str, *args: Any) -> Iterable[Any]:
        for sub in self.subsystems.values():
            answer = getattr(sub, hook)(*args)
            if answer is not None:
                yield answer

    def pool_names(self) -> list[str]:
        names: list[str] = []
        for answer in self._ask("pool_names"):
            names += [n for n in answer if n not in names]
        if names:
            return names
        for element in self.extra_xml:
            if element.tag == "pools":
                names = [p.get("name") for p in element if p.get("name")]
        return names or ["varlibqubes", "linux-kernel"]

    def kernel_versions(self) -> Optional[set[str]]:
        found: Optional[set[str]] = None
        for answer in self._ask("kernel_versions"):
            found = (found or set()) | set(answer)
        return found

    def has_pci_devices(self, qube: Qube) -> bool:
        return any(self._ask("has_pci_devices", qube))

    def call_hook(self, hook: str, *args: Any) -> None:
        """Call ``hook`` on every subsystem (exceptions propagate)."""
        for sub in self.subsystems.values():
            getattr(sub, hook)(*args)

    def call_hook_safely(self, hook: str, *args: Any) -> None:
        """Call ``hook`` on every subsystem; a failing one is logged and
        the others still run (for things that already happened, such as
        a qube that halted)."""
        for sub in self.subsystems.values():
            try:
                getattr(sub, hook)(*args)
            except Exception:
                log.exception("%s hook of subsystem %s failed", hook,
                              sub.name)
