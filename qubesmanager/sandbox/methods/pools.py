"""``admin.pool.*``: storage pools (admin-api.md 7.4)."""

from __future__ import annotations

import re

from ...admin import wire
from .. import storage  # noqa: F401  (registers the storage plug-in)
from ..errors import PermissionDenied, ProtocolError, QubesdError, safe
from ..registry import DOM0, REQUIRED, Call, method
from ..storage.pools import DRIVERS, KernelPool
from ..storage.pools import REQUIRED as REQUIRED_OPTIONS
from .volumes import parse_bool_payload, parse_number

_POOL_NAME = re.compile(r"[A-Za-z0-9_.-]+")


def _storage(call: Call):
    return call.system.subsystems["storage"]


def _pool(call: Call):
    pool = _storage(call).pools.get(call.arg)
    if pool is None:
        raise PermissionDenied("Argument not in 'pools'")
    return pool


@method("admin.pool.List", dest=DOM0)
def pool_list(call: Call) -> str:
    return wire.encode_lines(_storage(call).pools)


@method("admin.pool.ListDrivers", dest=DOM0)
def pool_list_drivers(call: Call) -> str:
    return wire.encode_lines(" ".join((driver,) + params)
                             for driver, params in DRIVERS.items())


@method("admin.pool.Info", dest=DOM0, arg=REQUIRED)
def pool_info(call: Call) -> str:
    return _pool(call).info()


@method("admin.pool.UsageDetails", dest=DOM0, arg=REQUIRED)
def pool_usage_details(call: Call) -> str:
    return _pool(call).usage_details()


@method("admin.pool.volume.List", dest=DOM0, arg=REQUIRED)
def pool_volume_list(call: Call) -> str:
    pool = _pool(call)
    if isinstance(pool, KernelPool):
        # every installed kernel is a volume of this pool, used or not
        return wire.encode_lines(pool.kernels())
    return wire.encode_lines(_storage(call).vids_in(call.arg))


@method("admin.pool.Set.revisions_to_keep", dest=DOM0, arg=REQUIRED,
        payload=REQUIRED)
def pool_set_revisions(call: Call) -> None:
    pool = _pool(call)
    value = parse_number(call.payload_ascii(), "Revisions count",
                         allow_negative=True)
    if value < -1:
        raise ProtocolError("Invalid value for revisions_to_keep")
    pool.set_option("revisions_to_keep", str(value))
    call.system.changed()


@method("admin.pool.Set.ephemeral_volatile", dest=DOM0, arg=REQUIRED,
        payload=REQUIRED)
def pool_set_ephemeral(call: Call) -> None:
    pool = _pool(call)
    value = parse_bool_payload(call)
    pool.set_option("ephemeral_volatile", "True" if value else "False")
    call.system.changed()


@method("admin.pool.Add", dest=DOM0, arg=REQUIRED, payload=REQUIRED)
def pool_add(call: Call) -> None:
    driver = call.arg
    if driver not in DRIVERS:
        raise PermissionDenied("Argument not in 'available drivers'")
    text = call.payload_ascii()
    config: dict[str, str] = {}
    for line in text.split("\n"):
        if not line:
            continue
        key, sep, value = line.partition("=")
        if not sep:
            raise ProtocolError("Invalid pool option line")
        if key in config:
            raise ProtocolError("Options must be unique")
        config[key] = value
    name = config.pop("name", None)
    if name is None:
        raise ProtocolError("Pool name expected")
    if not _POOL_NAME.fullmatch(name):
        raise ProtocolError("Invalid pool name")
    if set(config) - set(DRIVERS[driver]):
        raise ProtocolError("Unexpected driver options found")
    missing = [p for p in REQUIRED_OPTIONS[driver] if p not in config]
    if missing:
        raise QubesdError("QubesException",
                          "missing required driver options: "
                          + ", ".join(missing))
    if "dir_path" in config and not config["dir_path"].startswith("/"):
        raise QubesdError("QubesValueError", "dir_path must be an absolute path")
    for key in ("volume_group", "thin_pool"):
        if key in config and (not _POOL_NAME.fullmatch(config[key])
                              or config[key] in (".", "..")):
            raise QubesdError("QubesValueError", f"Invalid {key}")
    store = _storage(call)
    if name in store.pools:
        raise QubesdError("QubesPoolInUseError",
                          f"Storage pool already exists: {safe(name)}")
    config.update(name=name, driver=driver)
    if driver != "linux-kernel":
        config.setdefault("revisions_to_keep", "1")
        config.setdefault("ephemeral_volatile", "False")
    pool = store.add_pool(config)
    pool.host_dir().mkdir(parents=True, exist_ok=True)
    call.system.changed()
    call.fire(None, "pool-add", pool=name)


@method("admin.pool.Remove", dest=DOM0, arg=REQUIRED)
def pool_remove(call: Call) -> None:
    pool = _pool(call)
    store = _storage(call)
    users = store.pool_in_use(pool.name)
    defaults = [p for p in ("default_pool", "default_pool_kernel",
                            "default_pool_private", "default_pool_root",
                            "default_pool_volatile")
                if p in call.system.globals
                and call.system.globals[p] == pool.name]
    if users or defaults:
        raise QubesdError("QubesPoolInUseError",
                          f"Storage pool is in use: '{pool.name}'")
    call.fire(None, "pool-pre-delete", pool=pool.name)
    del store.pools[pool.name]
    call.system.changed()
    call.fire(None, "pool-delete", pool=pool.name)
