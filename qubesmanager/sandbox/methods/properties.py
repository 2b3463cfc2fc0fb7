"""``admin.vm.property.*`` (per qube) and ``admin.property.*`` (global)."""

from __future__ import annotations

from ...admin import wire
from .. import propops
from ..registry import DOM0, OPTIONAL, REQUIRED, Call, method


def _holder(call: Call, global_: bool):
    return call.system if global_ else call.dest


def _register(prefix: str, global_: bool) -> None:
    dest = DOM0 if global_ else "any"

    @method(f"{prefix}.List", dest=dest)
    def prop_list(call: Call) -> str:
        holder = _holder(call, global_)
        schema = holder.global_schema if global_ else holder.schema
        return wire.encode_lines(schema)

    @method(f"{prefix}.Get", dest=dest, arg=REQUIRED)
    def prop_get(call: Call) -> str:
        return propops.get_text(_holder(call, global_), call.arg)

    @method(f"{prefix}.GetAll", dest=dest)
    def prop_getall(call: Call) -> str:
        return propops.getall_text(_holder(call, global_))

    @method(f"{prefix}.GetDefault", dest=dest, arg=REQUIRED)
    def prop_get_default(call: Call) -> str:
        return propops.default_text(_holder(call, global_), call.arg)

    @method(f"{prefix}.Set", dest=dest, arg=REQUIRED, payload=OPTIONAL)
    def prop_set(call: Call) -> None:
        propops.set_value(_holder(call, global_), call.arg, call.payload)

    @method(f"{prefix}.Reset", dest=dest, arg=REQUIRED)
    def prop_reset(call: Call) -> None:
        propops.reset_value(_holder(call, global_), call.arg)

    @method(f"{prefix}.Help", dest=dest, arg=REQUIRED)
    def prop_help(call: Call) -> str:
        return propops.help_text(_holder(call, global_), call.arg)


_register("admin.vm.property", global_=False)
_register("admin.property", global_=True)
