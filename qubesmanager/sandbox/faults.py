"""Fault injection (``--fault``), so tests can see how clients cope with a
daemon that misbehaves the ways a real one can.

A spec is ``METHOD[@QUBE]=ACTION``; METHOD may end in ``*`` (prefix).
Actions:

``empty``            drop the connection without a reply (upstream's answer
                     to an internal error; clients raise
                     QubesDaemonAccessError)
``deny``             ``PermissionDenied`` frame (a refusing qrexec policy)
``error:CLASS:MSG``  an exception frame of that class and message
``delay:MS``         answer normally, MS milliseconds late

Example: ``--fault 'admin.vm.Start@work=error:QubesException:Start failed:
no GPU'`` makes starting ``work`` fail like a hypervisor error would.
"""

from __future__ import annotations

import dataclasses
from typing import Optional

from .errors import QubesdError

ACTIONS = ("empty", "deny", "error", "delay")


@dataclasses.dataclass(frozen=True)
class Fault:
    method: str
    qube: Optional[str]
    action: str
    class_name: str = ""
    message: str = ""
    delay: float = 0.0

    def matches(self, method: str, dest: str) -> bool:
        if self.qube is not None and self.qube != dest:
            return False
        if self.method.endswith("*"):
            return method.startswith(self.method[:-1])
        return method == self.method

    def error(self) -> Optional[QubesdError]:
        if self.action == "deny":
            return QubesdError("PermissionDenied",
                               "Request refused by the sandbox's --fault")
        if self.action == "error":
            return QubesdError(self.class_name, self.message)
        return None


def parse(spec: str) -> Fault:
    """One ``--fault`` value; ValueError with a readable message if bad."""
    target, sep, action = spec.partition("=")
    if not sep or not target:
        raise ValueError(f"fault {spec!r}: expected METHOD[@QUBE]=ACTION")
    method, _, qube = target.partition("@")
    kind, _, rest = action.partition(":")
    if kind not in ACTIONS:
        raise ValueError(f"fault {spec!r}: action must be one of "
                         f"{', '.join(ACTIONS)}")
    if kind == "error":
        class_name, _, message = rest.partition(":")
        if not class_name.isidentifier():
            raise ValueError(f"fault {spec!r}: expected error:CLASS:MESSAGE")
        return Fault(method, qube or None, kind, class_name,
                     message.replace("%", "_"))
    if kind == "delay":
        try:
            delay = float(rest) / 1000.0
        except ValueError:
            raise ValueError(f"fault {spec!r}: expected delay:MS") from None
        return Fault(method, qube or None, kind, delay=max(0.0, delay))
    return Fault(method, qube or None, kind)


def find(faults: list[Fault], method: str, dest: str) -> Optional[Fault]:
    for fault in faults:
        if fault.matches(method, dest):
            return fault
    return None
