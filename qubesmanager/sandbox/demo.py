"""Demo systems: a fresh Qubes 4.3 install (``--demo``), an empty one, and
N extra varied qubes for scale tests (``--qubes N``)."""

from __future__ import annotations

import itertools
import random

from .creation import create_qube
from .model import Qube, System

KERNEL = "6.12.59-1.fc41"
FEDORA = "fedora-42-xfce"
DEBIAN = "debian-13-xfce"
WHONIX_GW = "whonix-gateway-18"
WHONIX_WS = "whonix-workstation-18"

_COMMON_TAGS = ("audiovm-dom0", "guivm-dom0")

_TEMPLATE_FEATURES = {
    "qrexec": "1", "gui": "1", "os": "Linux", "vmexec": "1",
    "supported-service.qubes-update-check": "1",
    "supported-service.qubes-network": "1",
    "supported-service.crond": "1",
    "supported-rpc.qubes.Filecopy": "1",
    "supported-rpc.qubes.VMShell": "1",
}


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
    """A system like a fresh Qubes 4.3 with the default choices."""
    system.add_default_labels()
    _add_dom0(system)
    system.call_hook("load", None)
    system.globals["default_kernel"] = KERNEL
    for name, distro, extra in (
            (FEDORA, "fedora", {"os-distribution": "fedora",
                                "os-version": "42"}),
            (DEBIAN, "debian", {"os-distribution": "debian",
                                "os-version": "13",
                                "updates-available": "1"}),
            (WHONIX_GW, "whonix", {"os-distribution": "whonix",
                                   "whonix-gw": "1"}),
            (WHONIX_WS, "whonix", {"os-distribution": "whonix",
                                   "whonix-ws": "1"})):
        feats = dict(_TEMPLATE_FEATURES, **extra)
        feats["template-name"] = name
        tags = ("whonix-updatevm",) if distro == "whonix" else ()
        _qube(system, "TemplateVM", name, "black", features=feats,
              tags=tags, installed_by_rpm=False)
    system.globals["default_template"] = FEDORA
    _qube(system, "AppVM", "default-dvm", "red", FEDORA,
          template_for_dispvms=True)
    _qube(system, "AppVM", "default-mgmt-dvm", "black", FEDORA,
          template_for_dispvms=True, netvm=None,
          features={"internal": "1"})
    system.globals["default_dispvm"] = "default-dvm"
    system.globals["management_dispvm"] = "default-mgmt-dvm"
    service = {"servicevm": "1"}
    _qube(system, "AppVM", "sys-net", "red", FEDORA, provides_network=True,
          autostart=True, memory=300, maxmem=0, virt_mode="hvm",
          netvm=None, features=dict(service))
    _qube(system, "DispVM", "sys-firewall", "green", "default-dvm",
          provides_network=True, autostart=True, memory=500,
          netvm="sys-net", features=dict(service))
    system.globals["default_netvm"] = "sys-firewall"
    system.globals["clockvm"] = "sys-net"
    system.globals["updatevm"] = "sys-firewall"
    system.globals["default_pool_kernel"] = "linux-kernel"
    _qube(system, "DispVM", "sys-usb", "red", "default-dvm",
          provides_network=True, autostart=True, memory=300, maxmem=0,
          virt_mode="hvm", netvm=None, features=dict(service))
    _qube(system, "AppVM", "sys-whonix", "black", WHONIX_GW,
          provides_network=True, autostart=True, memory=500,
          netvm="sys-firewall", features=dict(service))
    _qube(system, "AppVM", "whonix-workstation-18-dvm", "red", WHONIX_WS,
          template_for_dispvms=True, netvm="sys-whonix",
          default_dispvm="whonix-workstation-18-dvm", tags=("anon-vm",))
    _qube(system, "AppVM", "work", "blue", FEDORA, tags=("backup-daily",))
    _qube(system, "AppVM", "personal", "yellow", FEDORA)
    _qube(system, "AppVM", "untrusted", "red", FEDORA)
    _qube(system, "AppVM", "vault", "black", FEDORA, netvm=None,
          tags=("backup-daily",))
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
    available templates, some standalones, named disposables and extra
    templates; various labels, netvms and tags.  Deterministic."""
    rng = random.Random(seed)
    templates = [q.name for q in system.qubes.values()
                 if q.klass == "TemplateVM"]
    dvm_templates = [q.name for q in system.qubes.values()
                     if q.klass == "AppVM" and q.value("template_for_dispvms")]
    netvms = [None] + [q.name for q in system.qubes.values()
                       if q.value("provides_network")]
    width = max(4, len(str(count)))
    names = (f"q{n:0{width}d}" for n in itertools.count(1))
    made = 0
    for name in names:
        if made >= count:
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
        if klass == "AppVM" and rng.random() < 0.05:
            props["template_for_dispvms"] = True
        if rng.random() < 0.2:
            props["memory"] = rng.choice((300, 800, 1024, 2048))
        qube = create_qube(system, klass, name, label, template=template,
                           props=props)
        qube.tags.update(dict.fromkeys(
            rng.sample(_TAG_POOL, rng.randint(0, 3))))
        if klass == "TemplateVM":
            templates.append(name)
            qube.features.update(_TEMPLATE_FEATURES)
        elif props.get("template_for_dispvms"):
            dvm_templates.append(name)
        if rng.random() < 0.1:
            qube.features["updates-available"] = "1"
        system.changed(qube)
        made += 1
