"""Volumes and storage pools (admin-api.md 7).

Volume names of a qube never change, so ``vm.volumes`` lists them once.
Volume and pool facts (size, usage) do change without events, so each
attribute read asks the daemon again, as upstream does; ``info()`` gives
all of a volume's facts from one call.
"""

from __future__ import annotations

from qubesmanager.admin import exc, wire
from qubesmanager.admin.mapping import NamedItem, NamedMapping

_BOOL_KEYS = ("rw", "save_on_stop", "snap_on_start", "ephemeral",
              "is_outdated")
_INT_KEYS = ("size", "usage", "revisions_to_keep")


def _typed_info(raw: dict[str, str]) -> dict[str, object]:
    """Info text -> dict with ints, bools and None for empty values."""
    info: dict[str, object] = {}
    for key, value in raw.items():
        if key in _BOOL_KEYS:
            info[key] = value == "True"
        elif key in _INT_KEYS and value not in ("", "None"):
            info[key] = int(value)
        else:
            info[key] = value or None
    return info


class Volume:
    """One volume of a qube (``vm.volumes['private']``)."""

    def __init__(self, app, vm: str, name: str) -> None:
        self.app = app
        self._vm = vm
        self.name = name

    def _call(self, method: str, payload: bytes | str | None = None) -> bytes:
        return self.app.qubesd_call(self._vm, "admin.vm.volume." + method,
                                    self.name, payload)

    def info(self) -> dict[str, object]:
        """All facts in one ``Info`` call, typed (size/usage ints, bools)."""
        try:
            text = self._call("Info").decode()
        except exc.QubesDaemonAccessError:
            raise exc.QubesPropertyAccessError(self.name) from None
        return _typed_info(wire.parse_key_values(text))

    def _get(self, key: str):
        info = self.info()
        if key not in info:
            raise AttributeError(key)
        return info[key]

    pool = property(lambda self: self._get("pool"))
    vid = property(lambda self: self._get("vid"))
    size = property(lambda self: self._get("size"))
    usage = property(lambda self: self._get("usage"))
    rw = property(lambda self: self._get("rw"), lambda self, v: self._set("rw", v))
    source = property(lambda self: self._get("source"))
    path = property(lambda self: self._get("path"))
    save_on_stop = property(lambda self: self._get("save_on_stop"))
    snap_on_start = property(lambda self: self._get("snap_on_start"))
    revisions_to_keep = property(
        lambda self: self._get("revisions_to_keep"),
        lambda self, v: self._set("revisions_to_keep", v))
    ephemeral = property(lambda self: self._get("ephemeral"),
                         lambda self, v: self._set("ephemeral", v))

    def is_outdated(self) -> bool:
        return bool(self.info().get("is_outdated", False))

    def _set(self, key: str, value) -> None:
        self._call(f"Set.{key}", str(value))

    @property
    def revisions(self) -> list[str]:
        """Snapshot ids, oldest first (``ListSnapshots``)."""
        return wire.parse_lines(self._call("ListSnapshots").decode())

    def resize(self, size: int) -> None:
        """Grow to ``size`` bytes; qubesd cannot shrink, so refuse early."""
        size = int(size)
        current = self.size
        if current is not None and size < current:
            raise exc.QubesValueError(
                f"Cannot shrink volume {self.name} of {self._vm}: "
                f"{size} < {current} bytes")
        self._call("Resize", str(size))

    def revert(self, revision: str) -> None:
        """Go back to snapshot ``revision`` (qube halted)."""
        self._call("Revert", str(revision))

    def clear(self) -> None:
        self._call("Clear")

    def clone(self, source: "Volume") -> None:
        """Copy ``source``'s data here (CloneFrom token, then CloneTo)."""
        token = source._call("CloneFrom")
        self._call("CloneTo", token)

    def __eq__(self, other) -> bool:
        if isinstance(other, Volume):
            return (self._vm, self.name) == (other._vm, other.name)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self._vm, self.name))

    def __repr__(self) -> str:
        return f"<Volume {self._vm}:{self.name}>"


class VolumesCollection:
    """``vm.volumes``: mapping volume name -> Volume (one List per qube)."""

    def __init__(self, vm) -> None:
        self._vm = vm
        self._names: list[str] | None = None

    def keys(self) -> list[str]:
        if self._names is None:
            self._names = wire.parse_lines(self._vm.app.qubesd_call(
                self._vm.name, "admin.vm.volume.List").decode())
        return list(self._names)

    def __getitem__(self, name: str) -> Volume:
        if name not in self.keys():
            raise KeyError(name)
        return Volume(self._vm.app, self._vm.name, name)

    def get(self, name, default=None):
        return self[name] if name in self.keys() else default

    def __contains__(self, name) -> bool:
        return name in self.keys()

    def __iter__(self):
        return iter(self.keys())

    def __len__(self) -> int:
        return len(self.keys())

    def values(self) -> list[Volume]:
        return [self[name] for name in self.keys()]

    def items(self) -> list[tuple[str, Volume]]:
        return [(name, self[name]) for name in self.keys()]


class Pool(NamedItem):
    """A storage pool; ``config`` is read once, usage every time."""

    def __init__(self, app, name: str) -> None:
        self.app = app
        self.name = name
        self._config: dict[str, str] | None = None

    def _call(self, method: str, payload: bytes | str | None = None) -> bytes:
        return self.app.qubesd_call("dom0", "admin.pool." + method, self.name,
                                    payload)

    @property
    def config(self) -> dict[str, str]:
        """``admin.pool.Info`` as text key/values (cached per object)."""
        if self._config is None:
            self._config = wire.parse_key_values(self._call("Info").decode())
        return dict(self._config)

    def refresh(self) -> None:
        self._config = None

    @property
    def driver(self) -> str:
        return self.config["driver"]

    @property
    def usage_details(self) -> dict[str, int]:
        text = self._call("UsageDetails").decode()
        return {k: int(v) for k, v in wire.parse_key_values(text).items()
                if v.lstrip("-").isdigit()}

    def _info_int(self, key: str) -> int | None:
        value = wire.parse_key_values(self._call("Info").decode()).get(key)
        return int(value) if value not in (None, "", "None") else None

    @property
    def size(self) -> int | None:
        """Bytes, or None when the driver does not know."""
        return self._info_int("size")

    @property
    def usage(self) -> int | None:
        return self._info_int("usage")

    @property
    def revisions_to_keep(self) -> int:
        return int(self.config.get("revisions_to_keep", 0))

    @revisions_to_keep.setter
    def revisions_to_keep(self, value: int) -> None:
        self._call("Set.revisions_to_keep", str(int(value)))
        self._config = None

    @property
    def ephemeral_volatile(self) -> bool:
        return self.config.get("ephemeral_volatile") == "True"

    @ephemeral_volatile.setter
    def ephemeral_volatile(self, value: bool) -> None:
        self._call("Set.ephemeral_volatile", str(bool(value)))
        self._config = None

    @property
    def volumes(self) -> list[str]:
        """Volume ids held by the pool."""
        return wire.parse_lines(self.app.qubesd_call(
            "dom0", "admin.pool.volume.List", self.name).decode())

    def __repr__(self) -> str:
        return f"<Pool {self.name}>"


class PoolsCollection(NamedMapping):
    """``app.pools``: mapping pool name -> Pool (re-listed on each use)."""

    def __init__(self, app) -> None:
        self.app = app

    def keys(self) -> list[str]:
        return wire.parse_lines(
            self.app.qubesd_call("dom0", "admin.pool.List").decode())

    def __getitem__(self, name: str) -> Pool:
        if name not in self.keys():
            raise KeyError(name)
        return Pool(self.app, name)

    def _object(self, name: str) -> Pool:
        return Pool(self.app, name)

    def __contains__(self, name) -> bool:
        return str(name) in self.keys()

    def __iter__(self):
        return iter(self.keys())

    def drivers(self) -> dict[str, list[str]]:
        """Driver name -> its parameter names (``admin.pool.ListDrivers``)."""
        result = {}
        for line in wire.parse_lines(self.app.qubesd_call(
                "dom0", "admin.pool.ListDrivers").decode()):
            driver, *params = line.split(" ")
            result[driver] = params
        return result

    def add(self, name: str, driver: str, **config) -> Pool:
        """New pool: ``admin.pool.Add`` with ``name=`` plus driver options."""
        lines = [f"name={name}"] + [f"{k}={v}" for k, v in config.items()]
        self.app.qubesd_call("dom0", "admin.pool.Add", driver,
                             "".join(f"{line}\n" for line in lines))
        return Pool(self.app, name)

    def remove(self, name) -> None:
        self.app.qubesd_call("dom0", "admin.pool.Remove", str(name))

    __delitem__ = remove
