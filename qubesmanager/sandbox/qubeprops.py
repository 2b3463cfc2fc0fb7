"""Property schemas of the qube classes (admin-api.md 6.2-6.4).

Defaults are computed the way upstream computes them ("tpl" = from the
template when the qube has one); every default is reported as
``default=True``.  Checks carry upstream's error classes and messages.
"""

from __future__ import annotations

import re
import uuid as uuidlib
from . import errors
from .errors import QubesPropertyValueError, QubesValueError, safe
from .props import Prop, order, positive, positive_or_zero

NETWORK_DNS = "10.139.1.1 10.139.1.2"
VIRT_MODES = ("hvm", "pv", "pvh")
_MAC = re.compile(r"[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}\Z")
_USER = re.compile(r"[A-Za-z0-9_+,.-]+\Z")


# -- defaults ------------------------------------------------------------------

def tpl(name: str, fallback):
    """Default from the template when there is one, else ``fallback(q)``."""
    def default(q):
        template = q.template
        if template is not None:
            return template.value(name)
        return fallback(q)
    return default


def const(value):
    return lambda _q: value


def _global(name: str):
    return lambda q: q.system.global_value(name)


def _icon(q) -> str:
    if q.klass == "AdminVM":
        kind = "adminvm"
    elif q.klass == "TemplateVM" or (q.klass == "AppVM"
                                     and q.value("template_for_dispvms")):
        kind = "templatevm"
    elif q.klass == "DispVM":
        kind = "dispvm"
    elif q.klass == "StandaloneVM":
        kind = "standalonevm"
    elif q.features.get("servicevm"):
        kind = "servicevm"
    else:
        kind = "appvm"
    return f"{kind}-{q.value('label')}"


def _netvm(q):
    if q.klass == "TemplateVM":
        return None
    default = q.system.global_value("default_netvm")
    if default == q.name:
        return None  # the default netvm itself cannot use itself
    return default


def is_networked(q) -> bool:
    return bool(q.value("provides_network")) or q.value("netvm") is not None


def _ip(q):
    if not is_networked(q):
        return None
    if q.klass == "DispVM" and q.value("dispid") is not None:
        prefix, num = "10.138", q.value("dispid")
    else:
        prefix, num = "10.137", q.value("qid") or 0
    if num < 255:
        return f"{prefix}.0.{num}"
    return f"{prefix}.{(num - 1) // 254}.{(num - 1) % 254 + 1}"


def _ip6(q):
    if not is_networked(q) or not q.features.get("ipv6"):
        return None
    return f"fd09:24ef:4179::a89:{(q.value('qid') or 0):x}"


def _visible_ip(q):
    return q.features.get("net.fake-ip") or q.value("ip")


def _gateway(q):
    return q.value("visible_ip") if q.value("provides_network") else None


def _gateway6(q):
    return q.value("visible_ip6") if q.value("provides_network") else None


def _visible_gateway(q):
    if q.features.get("net.fake-gateway"):
        return q.features["net.fake-gateway"]
    netvm = q.netvm
    return netvm.value("gateway") if netvm is not None else None


def _visible_gateway6(q):
    netvm = q.netvm
    return netvm.value("gateway6") if netvm is not None else None


def _visible_netmask(q):
    if q.features.get("net.fake-netmask"):
        return q.features["net.fake-netmask"]
    return "255.255.255.255" if is_networked(q) else None


def _dns(q):
    return NETWORK_DNS if is_networked(q) else None


def _maxmem(q):
    if q.system.has_pci_devices(q):
        return 0
    template = q.template
    if template is not None:
        return template.value("maxmem")
    if q.features.get("os") == "Linux":
        limit = q.value("memory") * 10
    else:
        limit = 4000
    return min(limit, q.system.host_memory // 2)


def _virt_mode(q):
    if q.system.has_pci_devices(q):
        return "hvm"
    template = q.template
    return template.value("virt_mode") if template is not None else "pvh"


def _kernelopts(q):
    template = q.template
    if template is not None:
        return template.value("kernelopts")
    return "swiotlb=2048" if q.system.has_pci_devices(q) else ""


def _keyboard_layout(q):
    guivm = q.system.qubes.get(q.value("guivm") or "") \
        if q.klass != "AdminVM" else None
    if guivm is not None and guivm is not q:
        return guivm.value("keyboard_layout")
    return "us++"


def _default_dispvm(q):
    if q.klass == "DispVM":
        return q.props.get("template")
    return q.system.global_value("default_dispvm")


def _xid(q):
    return q.xid if q.is_active() else -1


def _stubdom_xid(q):
    if q.is_active() and q.value("virt_mode") == "hvm":
        return q.xid + 1
    return -1


def _stubdom_uuid(q):
    if q.value("virt_mode") != "hvm" or not q.props.get("uuid"):
        return ""
    return str(uuidlib.uuid5(uuidlib.NAMESPACE_OID, q.props["uuid"]))


def _start_time(q):
    return f"{q.start_time}" if q.is_active() and q.start_time else None


# -- checks ----------------------------------------------------------------------

def existing_qube(holder, prop: Prop, value):
    """A ``vm`` value must name an existing qube."""
    if value is None:
        return None
    if value not in holder.system.qubes:
        raise QubesPropertyValueError(
            f"Can't set {prop.name} to non-existing qube {safe(value)}")
    return value


def check_netvm(q, prop, value):
    value = existing_qube(q, prop, value)
    if value is None:
        return None
    target = q.system.qubes[value]
    if not target.value("provides_network"):
        raise QubesValueError(f"The {value} qube does not provide network")
    if q is target or q in target.chain("netvm"):
        raise QubesValueError("Loops in network are unsupported")
    return value


def check_template(q, prop, value):
    if value is None:
        raise QubesValueError(f"Cannot unset template of {q.name}")
    value = existing_qube(q, prop, value)
    target = q.system.qubes[value]
    if q.klass == "DispVM":
        if not target.value("template_for_dispvms"):
            raise QubesPropertyValueError(
                f"wrong VM class: template of a disposable must be a "
                f"disposable template, {value} is not")
    elif target.klass != "TemplateVM":
        raise QubesPropertyValueError(
            f"wrong VM class: expected TemplateVM, got {target.klass}")
    if q.power != "Halted":
        raise errors.NotHalted(
            q.name, "Cannot change template while qube is running")
    return value


def check_dispvm_ref(holder, prop, value):
    value = existing_qube(holder, prop, value)
    if value is None:
        return None
    if not holder.system.qubes[value].value("template_for_dispvms"):
        raise QubesPropertyValueError(
            f"Cannot set {prop.name} to {value}: "
            f"not a disposable template")
    return value


def check_label(holder, prop, value):
    label = holder.system.find_label(value)
    if label is None:
        raise errors.LabelNotFound(value)
    return label.name


def check_provides_network(q, prop, value):
    if not value and any(c.is_active() for c in q.system.net_clients(q)):
        raise QubesValueError(
            "The qube is still used by other qubes, change theirs "
            "'netvm' first")
    return value


def check_virt_mode(q, prop, value):
    low = value.lower()
    if low not in VIRT_MODES:
        raise QubesPropertyValueError(
            "Invalid virtualization mode, supported values: hvm, pv, pvh")
    if low == "pvh" and q.system.has_pci_devices(q):
        raise QubesPropertyValueError(
            "pvh mode can't be set if pci devices are attached")
    return low


def check_kernel(q, prop, value):
    if not value:
        return value
    if "/" in value:
        raise QubesPropertyValueError("Kernel name cannot contain '/'")
    kernels = q.system.kernel_versions()
    if kernels is not None and value not in kernels:
        raise QubesPropertyValueError(
            f"Kernel '{safe(value)}' not installed")
    return value


def check_kernelopts(q, prop, value):
    if len(value) > 512:
        raise QubesPropertyValueError("kernelopts longer than 512 characters")
    return value


def check_default_user(q, prop, value):
    if not _USER.match(value):
        raise QubesPropertyValueError(
            "Username can contain only those characters: a-zA-Z0-9_+,.-")
    return value


def check_keyboard_layout(q, prop, value):
    parts = value.split("+")
    if len(parts) != 3 or not parts[0] or not all(
            re.fullmatch(r"[A-Za-z0-9_,:.-]*", part) for part in parts):
        raise QubesPropertyValueError(
            "Keyboard layout must be layout+variant+options")
    return value


def check_devices_denied(q, prop, value):
    if len(value) % 7:
        raise QubesValueError(
            "Denied device interfaces must be 7-character codes")
    codes = sorted({value[i:i + 7] for i in range(0, len(value), 7)})
    return "".join(codes)


def check_mac(q, prop, value):
    if not _MAC.match(value):
        raise QubesValueError("Invalid MAC address value")
    return value.lower()


def check_nonempty_str(q, prop, value):
    if not value:
        raise QubesValueError(f"{prop.name} cannot be empty")
    return value


# -- schemas ---------------------------------------------------------------------

def _common_vm_props() -> list[Prop]:
    """QubesVM-family properties shared by every class but AdminVM."""
    return [
        Prop("autostart", "bool", const(False),
             help="Start on boot of the host"),
        Prop("backup_timestamp", "int", const(None),
             help="Time of the last backup (UNIX seconds)"),
        Prop("debug", "bool", const(False), help="Debug mode"),
        Prop("default_user", "str", tpl("default_user", const("user")),
             check=check_default_user, help="Default user name in the qube"),
        Prop("devices_denied", "str", const(""), check=check_devices_denied,
             help="Device interfaces refused for this qube"),
        Prop("dns", "str", _dns, ro=True, stored=False,
             help="DNS servers set up for this qube"),
        Prop("gateway", "str", _gateway, ro=True, stored=False,
             help="Gateway for qubes that use this one as netvm"),
        Prop("gateway6", "str", _gateway6, ro=True, stored=False,
             help="IPv6 gateway for qubes that use this one as netvm"),
        Prop("icon", "str", _icon, ro=True, stored=False,
             help="Icon name derived from class and label"),
        Prop("include_in_backups", "bool",
             lambda q: not q.value("auto_cleanup") if q.klass == "DispVM"
             else True, help="Include in backups by default"),
        Prop("installed_by_rpm", "bool", const(False),
             help="Installed by the package manager"),
        Prop("ip", "str", _ip, help="IPv4 address of the qube"),
        Prop("ip6", "str", _ip6, help="IPv6 address of the qube"),
        Prop("kernel", "str",
             tpl("kernel", lambda q: q.system.global_value("default_kernel")),
             check=check_kernel, help="Kernel used by the qube"),
        Prop("keyboard_layout", "str", _keyboard_layout,
             check=check_keyboard_layout, help="Keyboard layout"),
        Prop("klass", "str", lambda q: q.klass, ro=True, stored=False,
             help="Qube class"),
        Prop("label", "label", None, check=check_label,
             help="Colourful label assigned to the qube"),
        Prop("mac", "str", const("00:16:3e:5e:6c:00"), check=check_mac,
             help="MAC address of the qube"),
        Prop("maxmem", "int", _maxmem, check=positive_or_zero,
             help="Maximum memory (MiB)"),
        Prop("memory", "int", tpl("memory", const(400)), check=positive,
             help="Initial memory (MiB)"),
        Prop("name", "str", None, write_once=True, help="Qube name"),
        Prop("provides_network", "bool", const(False),
             check=check_provides_network,
             help="Provides network to other qubes"),
        Prop("qid", "int", None, write_once=True, help="Internal id"),
        Prop("qrexec_timeout", "int",
             tpl("qrexec_timeout", _global("default_qrexec_timeout")),
             check=positive, help="Seconds to wait for qrexec at start"),
        Prop("shutdown_timeout", "int",
             tpl("shutdown_timeout", _global("default_shutdown_timeout")),
             check=positive, help="Seconds to wait for shutdown"),
        Prop("start_time", "str", _start_time, ro=True, stored=False,
             help="Start time (UNIX seconds) while running"),
        Prop("stubdom_mem", "int", const(None), check=positive,
             help="Memory of the stub domain (MiB)"),
        Prop("stubdom_uuid", "str", _stubdom_uuid, ro=True, stored=False,
             help="UUID of the stub domain"),
        Prop("stubdom_xid", "int", _stubdom_xid, ro=True, stored=False,
             help="Hypervisor id of the stub domain"),
        Prop("updateable", "bool", lambda q: q.template is None
             and q.klass != "DispVM", ro=True, stored=False,
             help="Has its own root volume"),
        Prop("uuid", "str", None, write_once=True, help="UUID of the qube"),
        Prop("vcpus", "int", tpl("vcpus", const(2)), check=positive,
             help="Number of virtual CPUs"),
        Prop("virt_mode", "str", _virt_mode, check=check_virt_mode,
             help="Virtualisation mode: hvm, pv or pvh"),
        Prop("visible_gateway", "str", _visible_gateway, ro=True,
             stored=False, help="Gateway as seen by the qube"),
        Prop("visible_gateway6", "str", _visible_gateway6, ro=True,
             stored=False, help="IPv6 gateway as seen by the qube"),
        Prop("visible_ip", "str", _visible_ip, ro=True, stored=False,
             help="IPv4 address as seen by the qube"),
        Prop("visible_ip6", "str", lambda q: q.value("ip6"), ro=True,
             stored=False, help="IPv6 address as seen by the qube"),
        Prop("visible_netmask", "str", _visible_netmask, ro=True,
             stored=False, help="Netmask as seen by the qube"),
        Prop("xid", "int", _xid, ro=True, stored=False,
             help="Hypervisor id, -1 when not running"),
        # second load stage
        Prop("audiovm", "vm", _global("default_audiovm"), stage=1,
             check=existing_qube, help="Qube providing audio"),
        Prop("bootmode", "str", const("default"), stage=1,
             check=check_nonempty_str, help="Boot mode"),
        Prop("default_dispvm", "vm", _default_dispvm, stage=1,
             check=check_dispvm_ref, help="Disposable template for "
             "disposables started from this qube"),
        Prop("guivm", "vm", _global("default_guivm"), stage=1,
             check=existing_qube, help="Qube providing the GUI"),
        Prop("kernelopts", "str", _kernelopts, stage=1,
             check=check_kernelopts, help="Kernel command line options"),
        Prop("management_dispvm", "vm",
             tpl("management_dispvm", _global("management_dispvm")), stage=1,
             check=check_dispvm_ref, help="Disposable template for "
             "management tasks"),
        Prop("netvm", "vm", _netvm, stage=1, check=check_netvm,
             help="Qube providing network"),
    ]


def _without(props: list[Prop], *drop: str) -> list[Prop]:
    return [p for p in props if p.name not in drop]


_TEMPLATE = Prop("template", "vm", None, stage=1, check=check_template,
                 help="Template the qube is based on")
_TEMPLATE_FOR_DISPVMS = Prop(
    "template_for_dispvms", "bool", const(False),
    help="Disposables may be started from this qube")

APPVM = order(_common_vm_props() + [_TEMPLATE, _TEMPLATE_FOR_DISPVMS])
TEMPLATEVM = order(_common_vm_props() + [Prop(
    "appvm_default_bootmode", "str", const("default"), stage=1,
    check=check_nonempty_str, help="Default boot mode of qubes based on it")])
STANDALONEVM = order(_common_vm_props() + [_TEMPLATE_FOR_DISPVMS])
DISPVM = order(_common_vm_props() + [
    _TEMPLATE,
    Prop("auto_cleanup", "bool", const(False),
         help="Remove the disposable when it shuts down"),
    Prop("dispid", "int", None, write_once=True, help="Disposable id"),
    Prop("is_preload", "bool", lambda q: bool(q.runtime.get("preload")), ro=True,
         help="Preloaded and not yet used"),
])
ADMINVM = order([
    Prop("devices_denied", "str", const(""), check=check_devices_denied,
         help="Device interfaces refused for this qube"),
    Prop("icon", "str", _icon, ro=True, stored=False, help="Icon name"),
    Prop("include_in_backups", "bool", const(True),
         help="Include in backups by default"),
    Prop("keyboard_layout", "str", const("us++"),
         check=check_keyboard_layout, help="Keyboard layout"),
    Prop("klass", "str", lambda q: q.klass, ro=True, stored=False,
         help="Qube class"),
    Prop("label", "label", const("black"), check=check_label,
         help="Colourful label assigned to the qube"),
    Prop("maxmem", "int", lambda q: q.system.dom0_memory, ro=True,
         stored=False, help="Memory limit of dom0 (MiB)"),
    Prop("name", "str", const("dom0"), ro=True, stored=False,
         help="Qube name"),
    Prop("qid", "int", const(0), ro=True, stored=False, help="Internal id"),
    Prop("updateable", "bool", const(True), ro=True, stored=False,
         help="Has its own root volume"),
    Prop("uuid", "str", const("00000000-0000-0000-0000-000000000000"),
         ro=True, stored=False, help="UUID of the qube"),
    Prop("default_dispvm", "vm", _global("default_dispvm"), stage=1,
         check=check_dispvm_ref,
         help="Disposable template for disposables started from dom0"),
])

SCHEMAS: dict[str, dict[str, Prop]] = {
    "AppVM": APPVM,
    "TemplateVM": TEMPLATEVM,
    "StandaloneVM": STANDALONEVM,
    "DispVM": DISPVM,
    "AdminVM": ADMINVM,
}

#: Registration order of classes (admin.vmclass.List).
CLASSES = ("AppVM", "TemplateVM", "StandaloneVM", "AdminVM", "DispVM")

#: Properties that reference other qubes (removal checks, dependents).
REF_PROPS = ("template", "netvm", "default_dispvm", "management_dispvm",
             "guivm", "audiovm")
