"""Our Admin API client: ``QubesApp``, the qubesadmin ``Qubes`` surface.

One object per process.  Every method may be called from any thread: each
call opens its own connection, the cache has one lock, and the call
counter is guarded too (tests and benchmarks read ``call_counts``).
"""

from __future__ import annotations

import collections
import threading

from qubesmanager.admin import exc, wire
from qubesmanager.admin.base import PropertyHolder
from qubesmanager.admin.cache import AppCache
from qubesmanager.admin.domains import VMCollection
from qubesmanager.admin.labels import Label, LabelsCollection
from qubesmanager.admin.storage import PoolsCollection
from qubesmanager.admin.transport import (check_header, choose_transport,
                                          decode_response)


class _CallCounter(collections.Counter):
    """A Counter whose increments are atomic across threads."""

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()

    def add(self, method: str) -> None:
        with self._lock:
            self[method] += 1

    def total_calls(self) -> int:
        with self._lock:
            return sum(self.values())

    def snapshot(self) -> collections.Counter:
        with self._lock:
            return collections.Counter(self)


class QubesApp(PropertyHolder):
    """The system: qubes, labels, pools and global properties.

    ``socket``: path of qubesd's socket (else ``QUBESD_SOCKET``, else the
    default, or qrexec in a management qube); ``transport``: any object
    with ``request(dest, method, arg, payload) -> bytes`` and ``async
    open_stream(dest, method)``.
    """

    _local_attrs = frozenset({
        "cache_enabled", "blind_mode", "domains", "labels", "pools",
        "call_counts", "transport", "bulk_workers", "bulk_extensions"})

    def __init__(self, socket: str | None = None, *, transport=None,
                 cache_enabled: bool = False, bulk_workers: int = 12) -> None:
        super().__init__(self, "admin.property.", "dom0")
        self.transport = transport or choose_transport(socket)
        self.cache_enabled = cache_enabled
        self.blind_mode = False
        self.call_counts = _CallCounter()
        self.bulk_workers = bulk_workers
        #: {"admin.vm.feature.GetAllQubes": bool} once tried (bulk.py)
        self.bulk_extensions: dict[str, bool] = {}
        object.__setattr__(self, "_cache", AppCache())
        self.domains = VMCollection(self)
        self.labels = LabelsCollection(self)
        self.pools = PoolsCollection(self)
        object.__setattr__(self, "_device_classes", None)

    def _holder_cache(self):
        return self._cache.system

    def __str__(self) -> str:
        return "dom0"

    def __repr__(self) -> str:
        return f"<QubesApp via {self.transport!r}>"

    # -- the one door to qubesd ---------------------------------------------

    def qubesd_call(self, dest, method: str, arg=None, payload=None) -> bytes:
        """One Admin API call; returns the payload or raises its exception."""
        if isinstance(payload, str):
            payload = payload.encode("utf-8")
        dest, arg = str(dest or "dom0"), arg or ""
        check_header(dest, method, arg)      # refused calls are not counted
        size = len(wire.encode_request(method, dest, arg)) + len(payload or b"")
        if size > wire.MAX_REQUEST:
            # qubesd would drop it without a word; say why instead
            raise exc.QubesValueError(
                f"Request too large for qubesd: {size} bytes "
                f"(limit {wire.MAX_REQUEST})")
        self.call_counts.add(method)
        raw = self.transport.request(dest, method, arg, payload or b"")
        return decode_response(raw)

    # -- labels, classes ------------------------------------------------------

    def get_label(self, name) -> Label:
        """Label object by name (or index as text); no call once listed."""
        if isinstance(name, Label):
            return name
        name = str(name)
        if name.isdigit() or name.startswith("label-"):
            index = int(name.removeprefix("label-"))
            for label in self.labels.values():
                if label.index == index:
                    return label
            raise exc.QubesLabelNotFoundError(f"Label does not exist: {name}")
        return self.labels.get_blind(name)

    def device_classes(self) -> list[str]:
        """``admin.deviceclass.List``, sorted (fixed per daemon: cached)."""
        if self._device_classes is None:
            object.__setattr__(self, "_device_classes", sorted(wire.parse_lines(
                self.qubesd_call("dom0", "admin.deviceclass.List").decode())))
        return list(self._device_classes)

    def vm_classes(self) -> list[str]:
        return wire.parse_lines(
            self.qubesd_call("dom0", "admin.vmclass.List").decode())

    # -- creating and removing qubes ------------------------------------------

    def add_new_vm(self, cls, name: str, label, template=None, pool=None,
                   pools: dict[str, str] | None = None):
        """Create a qube (``admin.vm.Create.<cls>`` or ``CreateInPool``).

        ``cls`` is a class name; ``template`` a qube or name (None: the
        daemon's default); ``pool`` one pool for every volume or ``pools``
        per volume.  Returns the new qube object.
        """
        cls = cls if isinstance(cls, str) else cls.__name__
        if " " in name or not name:
            raise exc.QubesValueError("Invalid qube name")
        label = label.name if isinstance(label, Label) else str(label)
        payload = f"name={name} label={label}"
        method = f"admin.vm.Create.{cls}"
        if pool and pools:
            raise ValueError("only one of pool= and pools= may be given")
        if pool:
            payload += f" pool={pool}"
            method = f"admin.vm.CreateInPool.{cls}"
        elif pools:
            payload += "".join(f" pool:{vol}={p}" for vol, p in pools.items())
            method = f"admin.vm.CreateInPool.{cls}"
        self.qubesd_call("dom0", method,
                         str(template) if template is not None else None,
                         payload)
        self.domains.clear_cache()
        return self.domains[name]

    def clone_vm(self, src, new_name: str, new_cls=None, **kwargs):
        """Copy a qube as ``qvm-clone`` does; see :mod:`.clone`."""
        from qubesmanager.admin.clone import clone_vm
        return clone_vm(self, src, new_name, new_cls, **kwargs)

    def create_disposable(self, template=None, preload: bool = False):
        """New unnamed disposable (not started).

        ``template``: a disposable template qube or name; None uses the
        caller's ``default_dispvm``.
        """
        dest = str(template) if template is not None else "dom0"
        name = self.qubesd_call(dest, "admin.vm.CreateDisposable",
                                "preload" if preload else None).decode()
        self.domains.clear_cache()
        if preload:
            return None
        return self.domains[name]

    def remove_vm(self, vm) -> None:
        del self.domains[vm]

    # -- bulk loading -----------------------------------------------------------

    def load_all(self) -> dict[str, int]:
        """Fetch every qube's properties, features and tags (see bulk.py)."""
        from qubesmanager.admin.bulk import load_all
        return load_all(self)

    def clear_cache(self) -> None:
        self._cache.drop_all()
