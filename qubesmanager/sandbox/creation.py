"""Creating and removing qubes (used by the API methods and the demo)."""

from __future__ import annotations

import random
import shutil
import uuid as uuidlib
from typing import Any, Optional

from ..common import names
from . import errors
from .errors import QubesdError, safe
from .model import Qube, System

#: Classes that take a template argument.
TEMPLATED = ("AppVM", "DispVM")


def create_qube(system: System, klass: str, name: str, label: str,
                template: Optional[str] = None,
                pools: Optional[dict[str, str]] = None,
                creator: str = "dom0",
                props: Optional[dict[str, Any]] = None) -> Qube:
    """Validate, create, let subsystems add storage, fire the events.

    ``template`` None means the global default (``default_template`` for
    AppVM, ``default_dispvm`` for DispVM).
    """
    err = names.name_error(name)
    if err:
        raise errors.QubesValueError(err)
    if klass in TEMPLATED:
        if template is None:
            template = system.global_value(
                "default_template" if klass == "AppVM" else "default_dispvm")
            if template is None:
                raise errors.QubesValueError(
                    "Template for the qube not specified, nor default "
                    "template set.")
        tpl = system.qubes.get(template)
        if tpl is None:
            raise errors.VMNotFound(template)
        if klass == "AppVM" and tpl.klass != "TemplateVM":
            raise errors.QubesPropertyValueError(
                f"wrong VM class: expected TemplateVM, got {tpl.klass}")
        if klass == "DispVM" and not tpl.value("template_for_dispvms"):
            raise errors.QubesPropertyValueError(
                f"wrong VM class: {template} is not a disposable template")
    elif template is not None:
        raise errors.ProtocolError(f"{klass} cannot be based on template")
    found = system.find_label(label)
    if found is None:
        raise errors.LabelNotFound(label)
    if name in system.qubes:
        raise QubesdError("QubesVMAlreadyExistsError",
                          f"Qube already exists: {name}")
    for pool in (pools or {}).values():
        if pool not in system.pool_names():
            raise errors.QubesException(f"Unknown storage pool {safe(pool)}")

    qube = Qube(system, klass, name)
    qube.props.update({
        "name": name,
        "qid": system.free_qid(),
        "uuid": str(uuidlib.uuid4()),
        "label": found.name,
    })
    if template is not None:
        qube.props["template"] = template
    if klass == "DispVM":
        qube.props["dispid"] = free_dispid(system)
    qube.props.update(props or {})
    if klass == "DispVM":
        inherit_from_dispvm_template(qube, tpl)
    tag = f"created-by-{creator}"
    qube.tags[tag] = None
    system.qubes[name] = qube
    try:
        for sub in system.subsystems.values():
            sub.on_create(qube, dict(pools or {}))
    except BaseException:
        for sub in system.subsystems.values():
            try:
                sub.on_remove(qube)
            except Exception:  # pragma: no cover - best effort cleanup
                pass
        del system.qubes[name]
        raise
    system.changed(qube)
    system.fire(None, "domain-add", vm=name)
    system.fire(qube, f"domain-tag-add:{tag}", tag=tag)
    system.fire(qube, "domain-create-on-disk")
    return qube


def inherit_from_dispvm_template(qube: Qube, tpl: Qube) -> None:
    """What a new disposable (named or not) takes from its disposable
    template, as upstream's DispVM constructor does — silently, before
    ``domain-add``, since its events are not enabled yet:

    * every property the template has set explicitly, that the disposable
      class also has and that is still default on the new qube, except
      ``template`` and the identity ones (name, qid, uuid, dispid: write
      once) and computed ones;
    * every feature except ``preload-dispvm*`` (the template's own preload
      bookkeeping);
    * every tag.

    Firewall rules are copied by the firewall plug-in's ``on_create``.
    """
    for name, value in tpl.props.items():
        prop = qube.schema.get(name)
        if (prop is None or name == "template" or name in qube.props
                or prop.ro or prop.write_once or not prop.stored):
            continue
        source = tpl.schema.get(name)
        if source is None or source.ro or not source.stored:
            continue
        qube.props[name] = value
    for name, value in tpl.features.items():
        if not name.startswith("preload-dispvm"):
            qube.features[name] = value
    for tag in tpl.tags:
        qube.tags[tag] = None


def free_dispid(system: System) -> int:
    """An unused disposable id (1-9999), random like upstream."""
    used = {q.props.get("dispid") for q in system.qubes.values()}
    rng = random.Random()
    for _ in range(100):
        dispid = rng.randint(1, 9999)
        if dispid not in used:
            return dispid
    for dispid in range(1, 10000):
        if dispid not in used:
            return dispid
    raise errors.QubesException("No free disposable id")


def check_removable(system: System, qube: Qube) -> None:
    """Raise the error upstream gives when ``qube`` cannot be removed."""
    if qube.klass == "AdminVM":
        raise errors.InUse("'dom0' cannot be removed")
    if qube.power != "Halted":
        raise errors.NotHalted(qube.name)
    if qube.value("installed_by_rpm"):
        raise errors.InUse(f"VM installed by package manager: {qube.name}")
    if system.referrers(qube.name):
        raise errors.InUse(
            f"Domain is in use: '{qube.name}';  see 'journalctl -u qubesd "
            f"-e' in dom0 for details")
    system.call_hook("check_remove", qube)


def remove_qube(system: System, qube: Qube, check: bool = True) -> None:
    """Remove a halted qube and its files, with upstream's events."""
    if check:
        check_removable(system, qube)
    system.fire(None, "domain-pre-delete", vm=qube.name)
    system.call_hook_safely("on_remove", qube)
    del system.qubes[qube.name]
    # plug-ins may have dropped state of other qubes (device assignments
    # of the removed backend…): rebuild every qube's XML at the next save
    for other in system.qubes.values():
        other.xml_cache = None
    qdir = system.qube_dir(qube)
    if qdir.is_dir():
        shutil.rmtree(qdir, ignore_errors=True)
    system.changed()
    system.fire(None, "domain-delete", vm=qube.name)
