"""Demo systems: a fresh Qubes 4.3 install (``--demo``), an empty one, and
N extra varied qubes for scale tests (``--qubes N``)."""

from __future__ import annotations

import itertools
import random
import time

from . import demodata
from .creation import create_qube
from .model import Qube, System

KERNEL = "6.12.59-1.fc41"
FEDORA = "fedora-42-xfce"
DEBIAN = "debian-13-xfce"
WHONIX_GW = "whonix-gateway-18"
WHONIX_WS = "whonix-workstation-18"

_COMMON_TAGS = ("audiovm-dom0", "guivm-dom0")


def _add_dom0(system: System) -> Qube:
    dom0 = Qube(system, "AdminVM", "dom0")
    dom0.props["label"] = "black"
    dom0.xml_id = "domain-0"
    system.qubes["dom0"] = dom0
    return dom0


def build_minimal(system: System) -> None:
    """Just dom0 and the default labels (a daemon started without --demo
    on an empty state dir)."""
    system.add_default_labels()
    _add_dom0(system)
    system.call_hook("load", None)
    system.changed()


def _qube(system: System, klass: str, name: str, label: str,
          template: str | None = None, features: dict | None = None,
          tags: tuple = (), **props) -> Qube:
    qube = create_qube(system, klass, name, label, template=template,
                       props=props)
    qube.tags.update(dict.fromkeys(_COMMON_TAGS + tuple(tags)))
    qube.features.update(features or {})
    system.changed(qube)
    return qube


def build(system: System) -> None:
    """A system like a fresh Qubes 4.3 with the default choices (features,
    tags and menus as the real install leaves them: demodata.py)."""
    system.add_default_labels()
    dom0 = _add_dom0(system)
    dom0.features["preload-dispvm-threshold"] = "1638"
    system.call_hook("load", None)
    system.globals["default_kernel"] = KERNEL
    for name, (distro, services, menus, release) in \
            demodata.TEMPLATES.items():
        feats = demodata.template_features(name, distro, services, menus,
                                           release)
        if name == DEBIAN:
            feats["updates-available"] = "1"
        tags = ("whonix-updatevm",) if "whonix" in name else ()
        _qube(system, "TemplateVM", name, "black", features=feats,
              tags=tags, installed_by_rpm=False)
    system.globals["default_template"] = FEDORA
    dvm = {"appmenus-dispvm": "1"}
    _qube(system, "AppVM", "default-dvm", "red", FEDORA,
          template_for_dispvms=True,
          features=dict(dvm, **{"menu-items": demodata.DVM_MENU}))
    _qube(system, "AppVM", "default-mgmt-dvm", "black", FEDORA,
          template_for_dispvms=True, netvm=None,
          features=dict(dvm, internal="1"))
    system.globals["default_dispvm"] = "default-dvm"
    system.globals["management_dispvm"] = "default-mgmt-dvm"
    # sys-firewall and sys-usb inherit default-dvm's features (menus);
    # sys-firewall finds qubes-firewall along its template chain, as on
    # a real system (only templates carry it)
    _qube(system, "AppVM", "sys-net", "red", FEDORA, provides_network=True,
          autostart=True, memory=300, maxmem=0, virt_mode="hvm",
          netvm=None, features={
              "servicevm": "1", "service.clocksync": "1",
              "service.minimal-netvm": "1",
              "service.qubes-update-check": ""})
    _qube(system, "DispVM", "sys-firewall", "green", "default-dvm",
          provides_network=True, autostart=True, memory=500,
          netvm="sys-net", features={"servicevm": "1"})
    system.globals["default_netvm"] = "sys-firewall"
    system.globals["clockvm"] = "sys-net"
    system.globals["updatevm"] = "sys-firewall"
    system.globals["default_pool_kernel"] = "linux-kernel"
    _qube(system, "DispVM", "sys-usb", "red", "default-dvm",
          provides_network=True, autostart=True, memory=300, maxmem=0,
          virt_mode="hvm", netvm=None, features={
              "servicevm": "1", "service.network-manager": "",
              "service.qubes-update-check": "",
              "service.minimal-usbvm": "1"})
    _qube(system, "AppVM", "sys-whonix", "black", WHONIX_GW,
          provides_network=True, autostart=True, memory=500,
          netvm="sys-firewall", features={"servicevm": "1"})
    _qube(system, "AppVM", "whonix-workstation-18-dvm", "red", WHONIX_WS,
          template_for_dispvms=True, netvm="sys-whonix",
          default_dispvm="whonix-workstation-18-dvm", tags=("anon-vm",),
          features=dict(dvm))
    browser = {"menu-items": demodata.BROWSER_MENU}
    _qube(system, "AppVM", "work", "blue", FEDORA, tags=("backup-daily",),
          features=browser)
    _qube(system, "AppVM", "personal", "yellow", FEDORA, features=browser)
    _qube(system, "AppVM", "untrusted", "red", FEDORA, features=browser)
    _qube(system, "AppVM", "vault", "black", FEDORA, netvm=None,
          tags=("backup-daily",),
          features={"menu-items": demodata.VAULT_MENU})
    _qube(system, "AppVM", "anon-whonix", "red", WHONIX_WS,
          netvm="sys-whonix", default_dispvm="whonix-workstation-18-dvm",
          tags=("anon-vm",))
    system.call_hook("populate_demo")
    system.changed()


_LABELS = ("red", "orange", "yellow", "green", "gray", "blue", "purple",
           "black")
_TAG_POOL = ("work", "personal", "banking", "dev", "backup-daily", "audit",
             "media", "research")


def add_qubes(system: System, count: int, seed: int = 4242) -> None:
    """Add ``count`` varied qubes named ``q0001``…: mostly AppVMs on the
    available templates, some standalones, named disposables, extra
    templates and net qubes; all labels; features, tags, notes, backup
    times and disk usage, so every column of the manager shows something.
    Deterministic but for backup times (relative to now)."""
    rng = random.Random(seed)
    templates = [q.name for q in system.qubes.values()
                 if q.klass == "TemplateVM"]
    dvm_templates = [q.name for q in system.qubes.values()
                     if q.klass == "AppVM" and q.value("template_for_dispvms")]
    netvms = [None] + [q.name for q in system.qubes.values()
                       if q.value("provides_network")]
    width = max(4, len(str(count)))
    names = (f"q{n:0{width}d}" for n in itertools.count(1))
    now = int(time.time())
    made: list[Qube] = []
    for name in names:
        if len(made) >= count:
            break
        if name in system.qubes:
            continue
        roll = rng.random()
        label = rng.choice(_LABELS)
        props: dict = {}
        if roll < 0.03 or not templates:
            klass, template = "TemplateVM", None
        elif roll < 0.12:
            klass, template = "StandaloneVM", None
        elif roll < 0.20 and dvm_templates:
            klass, template = "DispVM", rng.choice(dvm_templates)
        else:
            klass, template = "AppVM", rng.choice(templates)
        if klass != "TemplateVM" and rng.random() < 0.5 and netvms:
            props["netvm"] = rng.choice(netvms)
        role = rng.random() if klass == "AppVM" else 1.0
        if role < 0.05:
            props["template_for_dispvms"] = True
        elif role < 0.08:
            props["provides_network"] = True
        if rng.random() < 0.2:
            props["memory"] = rng.choice((300, 800, 1024, 2048))
        if klass == "StandaloneVM" and rng.random() < 0.3:
            props["virt_mode"] = "hvm"
        if klass != "TemplateVM":
            if rng.random() < 0.4:
                props["backup_timestamp"] = now - rng.randint(3600,
                                                              90 * 86400)
            elif rng.random() < 0.15:
                props["include_in_backups"] = False
        qube = create_qube(system, klass, name, label, template=template,
                           props=props)
        qube.tags.update(dict.fromkeys(
            rng.sample(_TAG_POOL, rng.randint(0, 3))))
        qube.features.update(_extra_features(rng, name, klass, props))
        if klass == "TemplateVM":
            templates.append(name)
        elif props.get("template_for_dispvms"):
            dvm_templates.append(name)
        elif props.get("provides_network"):
            netvms.append(name)
        if rng.random() < 0.1:
            _write_note(system, qube, rng.choice(demodata.NOTES))
        system.changed(qube)
        made.append(qube)
    storage = system.subsystems.get("storage")
    if storage is not None and made:
        storage.populate_demo(names={q.name for q in made})


def _extra_features(rng: random.Random, name: str, klass: str,
                    props: dict) -> dict[str, str]:
    """Features a qube of this kind would carry on a used system."""
    if klass in ("TemplateVM", "StandaloneVM"):
        distro, version, eol = rng.choice(demodata.EXTRA_DISTROS)
        info = {"os-distribution": distro, "os-version": version}
        if eol:
            info["os-eol"] = eol
        menus = {"default-menu-items": demodata.BROWSER_MENU,
                 "menu-items": "xfce4-terminal.desktop thunar.desktop"}
        feats = demodata.template_features(name, info, (), menus,
                                           "202510010000")
        if rng.random() < 0.25:
            feats["updates-available"] = "1"
        if rng.random() < 0.05:
            feats["skip-update"] = "1"
        return feats
    if props.get("provides_network"):
        return {"servicevm": "1"}
    feats = {"menu-items": " ".join(rng.sample(demodata.APPS,
                                               rng.randint(1, 4)))}
    if props.get("template_for_dispvms"):
        feats["appmenus-dispvm"] = "1"
    elif klass == "AppVM" and rng.random() < 0.02:
        feats["internal"] = "1"
    return feats


def _write_note(system: System, qube: Qube, text: str) -> None:
    """Notes live in the qube's directory, as the notes methods keep them."""
    from .methods.notes import FILENAME   # the notes plug-in's own file
    folder = system.qube_dir(qube)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / FILENAME).write_text(text, encoding="utf-8")
