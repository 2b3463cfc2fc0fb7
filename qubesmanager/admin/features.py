"""``vm.features``: a mapping of feature name -> string value.

Upstream never caches features, which costs a call per read (admin-api.md
10.2).  With ``app.cache_enabled`` we keep them: a complete copy once any
listing (or the bulk loader) has read them all, single values otherwise;
``domain-feature-set/delete`` events carry the whole change, so a second
client's edit costs no call at all.
"""

from __future__ import annotations

from qubesmanager.admin import exc, wire

_MISSING = object()


def encode_feature(value) -> bytes:
    """True -> ``1``, False/None -> empty (= false), else ``str()``."""
    if value is True:
        return b"1"
    if value is False or value is None:
        return b""
    return str(value).encode()


class Features:
    """Features of one qube (``vm.features``)."""

    def __init__(self, vm) -> None:
        self.vm = vm

    @property
    def _app(self):
        return self.vm.app

    def _call(self, method: str, arg: str | None = None,
              payload: bytes | None = None) -> bytes:
        return self._app.qubesd_call(self.vm.name, "admin.vm.feature." + method,
                                     arg, payload)

    def _not_found(self, name: str) -> exc.QubesFeatureNotFoundError:
        return exc.QubesFeatureNotFoundError(
            f"Feature not set for domain {self.vm.name}: {name}")

    # -- reading ------------------------------------------------------------

    def _cached(self, name: str):
        """Value from the cache, ``_MISSING`` if known absent, None if unknown."""
        if not self._app.cache_enabled:
            return None
        cache = self._app._cache.holder(self.vm.name)
        with self._app._cache.lock:
            if name in cache.features:
                return cache.features[name]
            if cache.features_complete:
                return _MISSING
        return None

    def _all(self) -> dict[str, str]:
        """Every feature: the cache if complete, else List + one Get each."""
        app = self._app
        cache = app._cache.holder(self.vm.name)
        if app.cache_enabled:
            with app._cache.lock:
                if cache.features_complete:
                    return dict(cache.features)
        stamp = app._cache.stamp(cache)
        result = {}
        for name in wire.parse_lines(self._call("List").decode()):
            try:
                result[name] = self._call("Get", name).decode()
            except exc.QubesFeatureNotFoundError:
                continue  # removed between List and Get
        if app.cache_enabled:
            store_features(app, self.vm.name, result, stamp)
        return result

    def __getitem__(self, name: str) -> str:
        known = self._cached(name)
        if known is _MISSING:
            raise self._not_found(name)
        if known is not None:
            return known
        app = self._app
        cache = app._cache.holder(self.vm.name)
        stamp = app._cache.stamp(cache)
        value = self._call("Get", name).decode()
        if app.cache_enabled:
            with app._cache.lock:
                if app._cache.still_valid(cache, stamp):
                    cache.features[name] = value
        return value

    def get(self, name: str, default=None):
        try:
            return self[name]
        except KeyError:
            return default

    def check_with_template(self, name: str, default=None):
        """Value on the qube, else along its template chain, else default.

        With a complete cache for the whole chain this costs no call.
        """
        found = self._check_cached(name)
        if found is not None:
            return default if found is _MISSING else found
        try:
            return self._call("CheckWithTemplate", name).decode()
        except exc.QubesFeatureNotFoundError:
            return default

    def _check_cached(self, name: str):
        """Walk the template chain in the cache only; None when incomplete."""
        app = self._app
        if not app.cache_enabled:
            return None
        holder = self.vm.name
        seen = set()
        with app._cache.lock:
            while holder and holder not in seen:
                seen.add(holder)
                cache = app._cache.qubes.get(holder)
                if cache is None or not cache.features_complete:
                    return None
                if name in cache.features:
                    return cache.features[name]
                if cache.prop_names is None:
                    return None
                if "template" not in cache.prop_names:
                    return _MISSING
                tpl = cache.props.get("template")
                if tpl is None:
                    return None
                holder = tpl.text
        return _MISSING

    def _check(self, method: str, name: str, default):
        try:
            return self._call(method, name).decode()
        except exc.QubesFeatureNotFoundError:
            return default

    def check_with_netvm(self, name: str, default=None):
        return self._check("CheckWithNetvm", name, default)

    def check_with_adminvm(self, name: str, default=None):
        return self._check("CheckWithAdminVM", name, default)

    def check_with_template_and_adminvm(self, name: str, default=None):
        return self._check("CheckWithTemplateAndAdminVM", name, default)

    def _names(self) -> list[str]:
        """Feature names: the complete cache, else one ``List``."""
        app = self._app
        if app.cache_enabled:
            cache = app._cache.holder(self.vm.name)
            with app._cache.lock:
                if cache.features_complete:
                    return list(cache.features)
        return wire.parse_lines(self._call("List").decode())

    def __contains__(self, name: str) -> bool:
        known = self._cached(name)
        if known is not None:
            return known is not _MISSING
        return name in self._names()

    def __iter__(self):
        return iter(self._names())

    def keys(self):
        return self._names()

    def items(self):
        return list(self._all().items())

    def values(self):
        return list(self._all().values())

    def __len__(self) -> int:
        return len(self._names())

    # -- writing ------------------------------------------------------------

    def __setitem__(self, name: str, value) -> None:
        payload = encode_feature(value)
        self._call("Set", name, payload)
        self._remember(name, payload.decode())

    def __delitem__(self, name: str) -> None:
        try:
            self._call("Remove", name)
        except exc.QubesFeatureNotFoundError:
            self._remember(name, None)
            raise
        self._remember(name, None)

    def update(self, other=(), **kwargs) -> None:
        for name, value in dict(other, **kwargs).items():
            self[name] = value

    def _remember(self, name: str, value: str | None) -> None:
        """Our own write is the truth now; its event will agree."""
        cache = self._app._cache.holder(self.vm.name)
        with self._app._cache.lock:
            self._app._cache.touch(cache)
            if value is None:
                cache.features.pop(name, None)
            else:
                cache.features[name] = value

    def __repr__(self) -> str:
        return f"<Features of {self.vm.name}>"


def store_features(app, qube: str, values: dict[str, str], stamp) -> bool:
    """Record a qube's complete feature set unless invalidated meanwhile."""
    cache = app._cache.holder(qube)
    with app._cache.lock:
        if not app._cache.still_valid(cache, stamp):
            return False
        cache.features = dict(values)
        cache.features_complete = True
        return True
