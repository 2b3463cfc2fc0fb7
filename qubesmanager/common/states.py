"""Power states as qubesd reports them (admin-api.md 6.7)."""

HALTED = "Halted"
TRANSIENT = "Transient"
RUNNING = "Running"
PAUSED = "Paused"
SUSPENDED = "Suspended"
HALTING = "Halting"
DYING = "Dying"
CRASHED = "Crashed"
UNKNOWN = "NA"

ALL = (HALTED, TRANSIENT, RUNNING, PAUSED, SUSPENDED, HALTING, DYING,
       CRASHED, UNKNOWN)

#: States in which the qube uses memory and appears in the tray.
ACTIVE = frozenset({TRANSIENT, RUNNING, PAUSED, SUSPENDED, HALTING, DYING})

#: Power events and the state the client assumes after them (10.3).
STATE_AFTER_EVENT = {
    "domain-pre-start": TRANSIENT,
    "domain-start": RUNNING,
    "domain-unpaused": RUNNING,
    "domain-paused": PAUSED,
    "domain-shutdown": HALTED,
    "domain-start-failed": HALTED,
}
