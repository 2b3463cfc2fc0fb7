"""Schema of the global properties (admin-api.md 6.5), dest dom0."""

from __future__ import annotations

from .errors import QubesPropertyValueError, safe
from .props import Prop, order, positive
from .qubeprops import check_dispvm_ref, check_kernel, existing_qube


def _template_ref(system, prop, value):
    value = existing_qube(system, prop, value)
    if value is not None and system.qubes[value].klass != "TemplateVM":
        raise QubesPropertyValueError(
            f"wrong VM class: {prop.name} must be a TemplateVM, "
            f"{value} is {system.qubes[value].klass}")
    return value


def _netvm_ref(system, prop, value):
    """default_netvm must provide network and not route back to itself."""
    value = existing_qube(system, prop, value)
    if value is None:
        return None
    target = system.qubes[value]
    if not target.value("provides_network"):
        raise QubesPropertyValueError(
            f"The {value} qube does not provide network")

    def effective_netvm(node):
        # The netvm ``node`` would have once ``value`` is the default.
        if "netvm" in node.props:
            return node.props["netvm"]
        if node.klass in ("TemplateVM", "AdminVM") or node.name == value:
            return None
        return value

    node, seen = target, set()
    while node is not None and node.name not in seen:
        seen.add(node.name)
        nxt = effective_netvm(node)
        if nxt == value:
            raise QubesPropertyValueError(f"Network loop on '{value}'")
        node = system.qubes.get(nxt) if nxt else None
    return value


def _pool(system, prop, value):
    if value not in system.pool_names():
        raise QubesPropertyValueError(f"No such storage pool: {safe(value)}")
    return value


def _kernel(system, prop, value):
    return check_kernel(system, prop, value)


def _default_pool(system):
    pools = system.pool_names()
    for candidate in ("default", "vm-pool", "varlibqubes"):
        if candidate in pools:
            return candidate
    return pools[0] if pools else None


def _pool_default(system):
    return system.global_value("default_pool")


GLOBAL = order([
    Prop("check_updates_vm", "bool", lambda s: True,
         help="Check for updates inside qubes"),
    Prop("clockvm", "vm", lambda s: None, check=existing_qube,
         help="Qube providing the time to dom0"),
    Prop("default_audiovm", "vm", lambda s: "dom0", check=existing_qube,
         help="Default qube providing audio"),
    Prop("default_dispvm", "vm", lambda s: None, check=check_dispvm_ref,
         help="Default disposable template"),
    Prop("default_guivm", "vm", lambda s: "dom0", check=existing_qube,
         help="Default qube providing the GUI"),
    Prop("default_kernel", "str", lambda s: None, check=_kernel,
         help="Default kernel of qubes"),
    Prop("default_netvm", "vm", lambda s: None, check=_netvm_ref,
         help="Default netvm of new qubes"),
    Prop("default_pool", "str", _default_pool, check=_pool,
         help="Default storage pool"),
    Prop("default_pool_kernel", "str", _pool_default, check=_pool,
         help="Default pool for kernel volumes"),
    Prop("default_pool_private", "str", _pool_default, check=_pool,
         help="Default pool for private volumes"),
    Prop("default_pool_root", "str", _pool_default, check=_pool,
         help="Default pool for root volumes"),
    Prop("default_pool_volatile", "str", _pool_default, check=_pool,
         help="Default pool for volatile volumes"),
    Prop("default_qrexec_timeout", "int", lambda s: 60, check=positive,
         help="Default qrexec timeout (seconds)"),
    Prop("default_shutdown_timeout", "int", lambda s: 60, check=positive,
         help="Default shutdown timeout (seconds)"),
    Prop("default_template", "vm", lambda s: None, check=_template_ref,
         help="Default template of new qubes"),
    Prop("management_dispvm", "vm", lambda s: None, check=check_dispvm_ref,
         help="Default disposable template for management tasks"),
    Prop("maxmem", "int", lambda s: s.host_memory, ro=True, stored=False,
         help="Host memory (MiB)"),
    Prop("no_cpus", "int", lambda s: s.host_cpus, ro=True, stored=False,
         help="Number of host CPUs"),
    Prop("stats_interval", "int", lambda s: 3, check=positive,
         help="Seconds between vm-stats rounds"),
    Prop("updatevm", "vm", lambda s: None, check=existing_qube,
         help="Qube used to download dom0 updates"),
])
