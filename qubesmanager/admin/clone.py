"""``app.clone_vm``: copy a qube the way ``qvm-clone`` does (admin-api.md 10.5).

Create the new qube (in the source's pools when they differ from the
defaults), copy every explicitly set property, tags (not ``created-by-*``),
features, notes and firewall, copy the data of every ``save_on_stop``
volume (CloneFrom/CloneTo), then copy device assignments.  Unless
``ignore_errors``, any failure removes the half-made clone and re-raises.
"""

from __future__ import annotations

import logging
import shutil
import subprocess

from qubesmanager.admin import exc
from qubesmanager.admin.devices import DeviceAssignment
from qubesmanager.admin.transport import DEFAULT_SOCKET, SocketTransport

log = logging.getLogger("qubesmanager.admin.clone")

#: Never copied: identity, or set by Create itself.
SKIP_PROPERTIES = frozenset({"name", "qid", "template", "label", "uuid",
                             "installed_by_rpm", "dispid"})
#: Classes whose Create takes a template argument.
TEMPLATED = ("AppVM", "DispVM")


def _skip_feature(name: str) -> bool:
    """Preloaded-disposable bookkeeping belongs to the source only."""
    return name.startswith("preload-dispvm") and name != "preload-dispvm-max"


def _source_pools(app, src) -> dict[str, str]:
    """Volumes of ``src`` kept outside their default pool -> that pool."""
    pools = {}
    for name, volume in src.volumes.items():
        info = volume.info()
        if info.get("snap_on_start"):
            continue  # follows its source volume, wherever that lives
        try:
            default = getattr(app, f"default_pool_{name}")
        except AttributeError:
            default = None
        if default is not None and info.get("pool") != str(default):
            pools[name] = info["pool"]
    return pools


def _run_appmenus(app, src: str, dst: str, appmenus) -> None:
    """Copy menu entries with the dom0 tool, only on a real dom0.

    ``appmenus=None`` means: when talking to the system qubesd socket and
    ``qvm-appmenus`` exists; never against a sandbox.
    """
    if appmenus is None:
        appmenus = (isinstance(app.transport, SocketTransport)
                    and app.transport.path == DEFAULT_SOCKET
                    and shutil.which("qvm-appmenus") is not None)
    if appmenus:
        subprocess.run(["qvm-appmenus", "--init", "--update", "--source",
                        src, dst], check=True, stdout=subprocess.DEVNULL)


def clone_vm(app, src, new_name: str, new_cls=None, *, pool=None,
             pools=None, label=None, ignore_errors: bool = False,
             ignore_volumes=(), ignore_devices: bool = False,
             appmenus=None):
    """Clone ``src`` (qube or name) as ``new_name``; returns the new qube."""
    if isinstance(src, str):
        src = app.domains[src]
    cls = new_cls or src.klass
    template = None
    if cls in TEMPLATED and "template" in src.property_list():
        template = src.template
    if pool is None and pools is None:
        pools = _source_pools(app, src) or None
    dst = app.add_new_vm(cls, new_name, label or src.label, template,
                         pool=pool, pools=pools)

    def step(what: str, fn, *args) -> None:
        try:
            fn(*args)
        except Exception as err:
            if not ignore_errors:
                raise
            log.warning("clone %s -> %s: %s failed: %s", src, new_name,
                        what, err)

    try:
        dst_props = set(dst.property_list())
        for prop in src.property_list():
            if prop in SKIP_PROPERTIES or prop not in dst_props:
                continue
            try:
                raw = src.property_get_raw(prop)
            except AttributeError:
                continue
            if not raw.is_default:
                step(f"property {prop}", dst._call, "Set", prop, raw.text)
                dst._forget(prop)
        for tag in src.tags:
            if not tag.startswith("created-by-"):
                step(f"tag {tag}", dst.tags.add, tag)
        for name, value in src.features.items():
            if not _skip_feature(name):
                step(f"feature {name}", dst.features.__setitem__, name, value)
        if src.klass != "AdminVM":
            step("notes", _copy_notes, src, dst)
            step("firewall", _copy_firewall, src, dst)
        step("menu entries", _run_appmenus, app, src.name, new_name, appmenus)
        for name, volume in src.volumes.items():
            if name in ignore_volumes or name not in dst.volumes:
                continue
            if volume.info().get("save_on_stop"):
                step(f"volume {name}", dst.volumes[name].clone, volume)
        if not ignore_devices:
            for devclass in app.device_classes():
                for old in src.devices[devclass].get_assigned_devices():
                    new = DeviceAssignment(
                        old.backend_name, old.port_id, devclass, old.device_id,
                        old.mode, options=old.options, app=app)
                    step(f"device {old}", dst.devices[devclass].assign, new)
    except BaseException:
        try:
            del app.domains[new_name]
        except exc.QubesException as err:
            log.warning("could not remove failed clone %s: %s", new_name, err)
        raise
    return dst


def _copy_notes(src, dst) -> None:
    text = src.get_notes()
    if text:
        dst.set_notes(text)


def _copy_firewall(src, dst) -> None:
    dst.firewall.save_rules(src.firewall.rules)
