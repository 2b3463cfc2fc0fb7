"""Objects whose Qubes properties read and write as Python attributes.

A qube and the system (global properties) share this: ``vm.netvm`` is an
``admin.vm.property.Get``, ``vm.netvm = x`` a ``Set``, ``del vm.netvm`` a
``Reset``; values come back typed as qubesadmin gives them (admin-api.md
3.1): qube objects, Label objects, ints, bools, strings; an unset int or
bool raises AttributeError.  With ``app.cache_enabled`` the first read of a
holder fetches everything with one ``GetAll`` and later reads cost nothing
until an event says otherwise.
"""

from __future__ import annotations

from typing import Any

from qubesmanager.admin import exc, wire


class _Default:
    """Assign this to a property to reset it (qubesadmin.DEFAULT)."""

    def __repr__(self) -> str:
        return "DEFAULT"


DEFAULT = _Default()


def encode_value(value: Any) -> bytes:
    """Set payload as the upstream client writes it (admin-api.md 3.4)."""
    if value is None:
        return b""
    if value is True or value is False:
        return str(value).encode()
    if isinstance(value, PropertyHolder) or getattr(value, "_is_label", False):
        return value.name.encode()
    return str(value).encode()


class PropertyHolder:
    """Base of QubesApp (dest dom0, ``admin.property.``) and QubeVM."""

    #: attributes stored on the Python object, never sent to qubesd
    _local_attrs: frozenset[str] = frozenset()

    def __init__(self, app, method_prefix: str, method_dest: str) -> None:
        object.__setattr__(self, "_app", app)
        object.__setattr__(self, "_method_prefix", method_prefix)
        object.__setattr__(self, "_method_dest", method_dest)

    # -- plumbing ---------------------------------------------------------

    @property
    def app(self):
        return self._app

    def _holder_cache(self):
        """This holder's HolderCache (subclasses map to their name)."""
        raise NotImplementedError

    def qubesd_call(self, dest, method, arg=None, payload=None) -> bytes:
        return self._app.qubesd_call(dest, method, arg, payload)

    def _call(self, method: str, arg: str | None = None,
              payload: bytes | str | None = None) -> bytes:
        return self._app.qubesd_call(self._method_dest,
                                     self._method_prefix + method, arg,
                                     payload)

    # -- reading ------------------------------------------------------------

    def property_list(self) -> list[str]:
        """Names of every property (cached; one List or GetAll)."""
        cache = self._holder_cache()
        with self._app._cache.lock:
            if cache.prop_names is not None:
                return list(cache.prop_names)
        if self._app.cache_enabled:
            self._fetch_all()
            with self._app._cache.lock:
                if cache.prop_names is not None:
                    return list(cache.prop_names)
        names = wire.parse_lines(self._call("List").decode())
        with self._app._cache.lock:
            cache.prop_names = tuple(names)
        return names

    def _fetch_all(self) -> dict[str, wire.PropertyValue]:
        """One GetAll; stored unless an event invalidated us meanwhile."""
        cache = self._holder_cache()
        stamp = self._app._cache.stamp(cache)
        try:
            values = wire.parse_getall(self._call("GetAll").decode())
        except wire.FramingError as err:
            raise exc.QubesDaemonCommunicationError(str(err)) from None
        self._store_all(values, stamp)
        return values

    def _store_all(self, values, stamp) -> bool:
        """Put a GetAll answer in the cache (used by bulk loading too)."""
        cache = self._holder_cache()
        with self._app._cache.lock:
            if not self._app._cache.still_valid(cache, stamp):
                return False
            cache.props = dict(values)
            cache.prop_names = tuple(values)
            return True

    def _property_value(self, name: str) -> wire.PropertyValue:
        """Raw value of ``name``: cache, else GetAll (first time), else Get."""
        app = self._app
        cache = self._holder_cache()
        if app.cache_enabled:
            with app._cache.lock:
                value = cache.props.get(name)
                names = cache.prop_names
                if value is not None:
                    return value
                if names is not None and name not in names:
                    raise exc.QubesNoSuchPropertyError(
                        f"Invalid property '{name}' of {self}")
            if names is None:
                try:
                    values = self._fetch_all()
                except (exc.QubesDaemonAccessError,
                        exc.QubesVMNotFoundError):
                    raise exc.QubesPropertyAccessError(name) from None
                if name in values:
                    return values[name]
                raise exc.QubesNoSuchPropertyError(
                    f"Invalid property '{name}' of {self}")
        stamp = app._cache.stamp(cache)
        try:
            value = wire.parse_property(self._call("Get", name).decode())
        except (exc.QubesDaemonAccessError, exc.QubesVMNotFoundError):
            raise exc.QubesPropertyAccessError(name) from None
        except wire.FramingError as err:
            raise exc.QubesDaemonCommunicationError(str(err)) from None
        if app.cache_enabled:
            with app._cache.lock:
                if app._cache.still_valid(cache, stamp):
                    cache.props[name] = value
        return value

    def _typed(self, name: str, value: wire.PropertyValue) -> Any:
        """Python value of a raw property, as qubesadmin returns it."""
        text = value.text
        if value.type == "str":
            return text
        if value.type == "int":
            if text == "":
                raise AttributeError(name)
            return int(text)
        if value.type == "bool":
            if text == "":
                raise AttributeError(name)
            return text == "True"
        if value.type == "vm":
            return self._app.domains.get_blind(text) if text else None
        if value.type == "label":
            return self._app.get_label(text) if text else None
        raise exc.QubesDaemonCommunicationError(
            f"Received invalid value type: {value.type}")

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return self._typed(name, self._property_value(name))

    def property_get_raw(self, name: str) -> wire.PropertyValue:
        """(is_default, type, text) of a property, for display and copies."""
        return self._property_value(name)

    def property_is_default(self, name: str) -> bool:
        """True when the value is computed, not stored."""
        return self._property_value(name).is_default

    def property_get_default(self, name: str) -> Any:
        """The value the property would have after Reset (GetDefault).

        AttributeError when it has no default.
        """
        text = self._call("GetDefault", name).decode()
        try:
            value = wire.parse_property_default(text)
        except wire.FramingError as err:
            raise exc.QubesDaemonCommunicationError(str(err)) from None
        if value is None:
            raise AttributeError(name)
        return self._typed(name, value)

    def property_help(self, name: str) -> str:
        """The daemon's description of a property (may be empty)."""
        return self._call("Help", name).decode()

    # -- writing ------------------------------------------------------------

    def __setattr__(self, name: str, value: Any) -> None:
        if (name.startswith("_") or name in self._local_attrs
                or isinstance(getattr(type(self), name, None), property)):
            object.__setattr__(self, name, value)
            return
        if value is DEFAULT:
            self.__delattr__(name)
            return
        try:
            self._call("Set", name, encode_value(value))
        except (exc.QubesDaemonAccessError, exc.QubesVMNotFoundError):
            raise exc.QubesPropertyAccessError(name) from None
        finally:
            self._forget(name)

    def __delattr__(self, name: str) -> None:
        if name.startswith("_") or name in self._local_attrs:
            object.__delattr__(self, name)
            return
        try:
            self._call("Reset", name)
        except (exc.QubesDaemonAccessError, exc.QubesVMNotFoundError):
            raise exc.QubesPropertyAccessError(name) from None
        finally:
            self._forget(name)

    def _forget(self, name: str) -> None:
        """After our own write: the event will say so too, but do not wait."""
        cache = self._holder_cache()
        with self._app._cache.lock:
            self._app._cache.touch(cache)
            cache.props.pop(name, None)

    def clone_properties(self, src: "PropertyHolder",
                         proplist=None) -> None:
        """Copy every explicitly set property of ``src`` (same text)."""
        for prop in proplist if proplist is not None else src.property_list():
            try:
                raw = src.property_get_raw(prop)
            except AttributeError:
                continue
            if raw.is_default:
                continue
            self._call("Set", prop, raw.text)
            self._forget(prop)
