"""Small helpers shared by the sandbox tests (raw wire calls)."""

import pytest

from qubesmanager.sandbox.rawclient import RemoteError, call


def error_of(sb, *args, **kw):
    """(class name, message) of the exception frame a call must answer."""
    with pytest.raises(RemoteError) as info:
        call(sb.socket, *args, **kw)
    return info.value.class_name, info.value.message
