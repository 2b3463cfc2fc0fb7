"""``admin.vm.firewall.*`` and the plug-in that keeps rules per qube.

Rules live in ``firewall.xml`` in the qube's directory (as on dom0); they
are read lazily on first use and cached in ``qube.runtime``.  A qube with
no file has the single rule ``action=accept``.  Parsing, validation and
the file format are in :mod:`..firewall_rules`.
"""

from __future__ import annotations

import asyncio
import time

from .. import plugins
from ..errors import QubesdError, safe
from ..firewall_rules import (DEFAULT_RULES, FILENAME, Rule, RuleError,
                              format_rules, load_xml, parse_rules, save_xml)
from ..registry import NOT_DOM0, REQUIRED, Call, method

_KEY = "firewall"
_TIMER = "firewall_timer"


def rules_of(qube) -> list[Rule]:
    """The qube's rules, read from firewall.xml on first use.

    Expired rules found in the file are purged from it right away, as the
    real daemon does when it loads them.
    """
    cached = qube.runtime.get(_KEY)
    if cached is not None:
        return cached
    path = qube.system.qube_dir(qube) / FILENAME
    try:
        rules = load_xml(path)
    except RuleError as err:
        # Never fall back to "accept everything" on a damaged file.
        raise QubesdError("QubesException",
                          f"Failed to load firewall rules: {safe(err)}") \
            from None
    if rules is None:
        rules = list(DEFAULT_RULES)
    elif any(rule.expired() for rule in rules):
        rules = [rule for rule in rules if not rule.expired()]
        save_xml(path, rules)
    qube.runtime[_KEY] = rules
    _schedule_expiry(qube)
    return rules


def _schedule_expiry(qube) -> None:
    """Arm a timer for the next rule to expire (upstream does the same, so
    clients hear ``firewall-changed`` when a temporary rule goes away)."""
    timer = qube.runtime.pop(_TIMER, None)
    if timer is not None:
        timer.cancel()
    expiries = [rule.expire for rule in qube.runtime.get(_KEY) or ()
                if rule.expire is not None]
    if not expiries:
        return
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:       # not on the daemon's loop (unit use)
        return
    delay = max(0.0, min(expiries) - time.time()) + 0.05
    qube.runtime[_TIMER] = loop.call_later(delay, _expire, qube)


def _expire(qube) -> None:
    qube.runtime.pop(_TIMER, None)
    system = qube.system
    rules = qube.runtime.get(_KEY)
    if system.qubes.get(qube.name) is not qube or rules is None:
        return
    live = [rule for rule in rules if not rule.expired()]
    if len(live) != len(rules):
        qube.runtime[_KEY] = live
        try:
            save_xml(system.qube_dir(qube) / FILENAME, live)
        except OSError:
            pass   # the cache is right; the next Set rewrites the file
        system.fire(qube, "firewall-changed")
    _schedule_expiry(qube)


@plugins.register
class Firewall(plugins.Subsystem):
    """Drops cached rules with the qube (the files go with its directory)."""

    name = "firewall"

    def on_create(self, qube, pools) -> None:
        """A disposable starts with its disposable template's rules, so a
        restriction set on the template also binds every disposable."""
        template = qube.template
        if qube.klass != "DispVM" or template is None:
            return
        rules = rules_of(template)
        if list(rules) != list(DEFAULT_RULES):
            save_xml(self.system.qube_dir(qube) / FILENAME, rules)
        qube.runtime[_KEY] = list(rules)
        _schedule_expiry(qube)

    def on_remove(self, qube) -> None:
        qube.runtime.pop(_KEY, None)
        timer = qube.runtime.pop(_TIMER, None)
        if timer is not None:
            timer.cancel()


@method("admin.vm.firewall.Get", dest=NOT_DOM0)
def firewall_get(call: Call) -> str:
    return format_rules(rules_of(call.dest))


@method("admin.vm.firewall.Set", dest=NOT_DOM0, payload=REQUIRED)
def firewall_set(call: Call) -> None:
    text = call.payload_ascii("Rules")
    try:
        rules = parse_rules(text)
    except RuleError as err:
        # Upstream drops the connection on a bad rule; we say which.
        raise QubesdError("QubesValueError",
                          f"Invalid firewall rule: {safe(err)}") from None
    qube = call.dest
    path = call.system.qube_dir(qube) / FILENAME
    try:
        save_xml(path, rules)
    except OSError as err:
        raise QubesdError("QubesException",
                          f"Failed to save firewall rules: "
                          f"{safe(err.strerror)}") from None
    qube.runtime[_KEY] = [rule for rule in rules if not rule.expired()]
    _schedule_expiry(qube)
    call.fire(qube, "firewall-changed")


@method("admin.vm.firewall.Reload", dest=NOT_DOM0)
def firewall_reload(call: Call) -> None:
    qube = call.dest
    qube.runtime.pop(_KEY, None)
    rules_of(qube)
    call.fire(qube, "firewall-changed")
