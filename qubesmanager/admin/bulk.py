"""Load the whole system into the cache with few, concurrent calls.

``app.load_all()`` turns the cache on and fetches, with up to
``app.bulk_workers`` requests in flight (each on its own connection):

1. ``admin.vm.List``, ``admin.property.GetAll``, ``admin.label.List`` and
   the two bulk extensions ``admin.vm.feature.GetAllQubes`` /
   ``admin.vm.tag.GetAllQubes`` (docs/DESIGN.md) -- all at once;
2. one ``admin.vm.property.GetAll`` per qube; when a daemon lacks an
   extension (ProtocolError "no such method", or an empty response as
   R4.3 gives) each qube's features (``List`` + ``Get`` each) and tags
   (``List``) are read instead, and the answer is remembered so we never
   ask again;
3. colour and index (``admin.label.Get`` + ``Index``) of the labels the
   qubes use, most used first, as many as fit in the budget below; any
   other label is read (both calls at once) the first time it is used.

So N qubes cost N + 5 + 2·min(labels in use, (N + 5) // 2) <= 2N + 10
calls with the extensions, and reads of the qubes' properties, features,
tags and (budget allowing) their labels cost none afterwards.  Answers
that raced with an invalidating event are not stored (see cache.py) and
will be fetched on first use.
"""

from __future__ import annotations

import collections
import time
from concurrent.futures import ThreadPoolExecutor

from qubesmanager.admin import exc, wire
from qubesmanager.admin.features import store_features
from qubesmanager.admin.tags import store_tags

FEATURES_EXT = "admin.vm.feature.GetAllQubes"
TAGS_EXT = "admin.vm.tag.GetAllQubes"


#: Exception class names (anywhere in the class's ancestry) meaning "this
#: daemon does not serve the extension": main answers ProtocolError "no
#: such method", R4.3 an empty response, and a management qube's policy
#: may refuse it.  Names, not classes, so that the mirror running on the
#: system's qubesadmin (its own exception classes) decides the same way.
_UNSUPPORTED = frozenset(("ProtocolError", "QubesDaemonAccessError",
                          "QubesDaemonNoResponseError", "PermissionDenied"))


def extension_unsupported(err: BaseException) -> bool:
    """Whether ``err`` from a bulk extension call means "not available"
    (so read qube by qube instead) rather than a real failure."""
    return (any(k.__name__ in _UNSUPPORTED for k in type(err).__mro__)
            or "no such method" in str(err))


def read_extension(call, method: str) -> str | None:
    """Body of a bulk extension, or None when the daemon does not have it.

    ``call(dest, method)`` returns the answer as text; the mirror passes
    one over the system qubesadmin's ``qubesd_call``, the client its own.
    An empty body is a valid answer (no qube has a feature/tag).
    """
    try:
        return call("dom0", method)
    except Exception as err:  # noqa: BLE001 - decided below
        if not extension_unsupported(err):
            raise
        return None


def _try_extension(app, method: str) -> str | None:
    """:func:`read_extension` remembering the answer in the client, so a
    daemon without the extension is never asked again."""
    if app.bulk_extensions.get(method) is False:
        return None
    body = read_extension(lambda dest, m: app.qubesd_call(dest, m).decode(),
                          method)
    app.bulk_extensions[method] = body is not None
    return body


def parse_features_bulk(body: str) -> dict[str, dict[str, str]]:
    """``<qube> <feature> <escaped value>`` lines -> {qube: {feature: value}}."""
    result: dict[str, dict[str, str]] = {}
    for line in body.split("\n"):
        if not line:
            continue
        qube, _, rest = line.partition(" ")
        feature, _, value = rest.partition(" ")
        result.setdefault(qube, {})[wire.shared_name(feature)] = \
            wire.unescape_getall(value)
    return result


def parse_tags_bulk(body: str) -> dict[str, set[str]]:
    """``<qube> <tag>`` lines -> {qube: {tags}}."""
    result: dict[str, set[str]] = {}
    for line in body.split("\n"):
        if not line:
            continue
        qube, _, tag = line.partition(" ")
        result.setdefault(qube, set()).add(tag)
    return result


def load_all(app, attempts: int = 3) -> dict[str, object]:
    """Fill the cache with everything; returns counts and seconds taken.

    A connection-established arriving meanwhile (events subscribed while
    we load) makes everything fetched suspect, so the load runs again.
    ``app._bulk_running`` tells the events dispatcher that a load is under
    way and will take care of that itself (it is decremented under the
    cache lock together with the final epoch check, so exactly one of the
    two reloads).
    """
    cache = app._cache
    app.cache_enabled = True
    app._bulk_loaded = True        # the events dispatcher reloads after a restart
    started = time.monotonic()
    calls_before = app.call_counts.total_calls()
    with cache.lock:
        app._bulk_running = getattr(app, "_bulk_running", 0) + 1
    try:
        for attempt in range(attempts):
            stamp = cache.stamp()
            qubes = _load_once(app, stamp)
            with cache.lock:
                if cache.epoch == stamp[0] or attempt == attempts - 1:
                    app._bulk_running -= 1
                    break
    except BaseException:
        with cache.lock:
            app._bulk_running -= 1
        raise
    return {"qubes": qubes,
            "calls": app.call_counts.total_calls() - calls_before,
            "seconds": time.monotonic() - started}


def _load_once(app, stamp) -> int:
    with ThreadPoolExecutor(max_workers=max(1, app.bulk_workers),
                            thread_name_prefix="qubes-load") as pool:
        f_list = pool.submit(app.domains._fetch)
        f_global = pool.submit(
            lambda: wire.parse_getall(app.qubesd_call(
                "dom0", "admin.property.GetAll").decode()))
        f_labels = pool.submit(app.labels.refresh_cache, True)
        f_feat = pool.submit(_try_extension, app, FEATURES_EXT)
        f_tags = pool.submit(_try_extension, app, TAGS_EXT)

        names = list(f_list.result())
        # phase 2 starts as soon as the list is known
        props = {name: pool.submit(_qube_getall, app, name) for name in names}
        f_labels.result()
        app._store_all(f_global.result(), stamp)
        feat_body, tags_body = f_feat.result(), f_tags.result()
        fallback = []
        if feat_body is None:
            fallback += [pool.submit(_qube_features, app, n) for n in names]
        if tags_body is None:
            fallback += [pool.submit(_qube_tags, app, n) for n in names]
        in_use: collections.Counter = collections.Counter()
        for name, future in props.items():
            try:
                values = future.result()
            except exc.QubesVMNotFoundError:
                continue  # removed meanwhile; its event drops it
            app.domains.get_blind(name)._store_all(values, stamp)
            if "label" in values and values["label"].text:
                in_use[values["label"].text] += 1
        budget = (len(names) + 5) // 2
        # Get and Index of each label as two independent tasks (a task
        # waiting for another on a full pool could wait for ever)
        label_calls = [
            (app.labels.get_blind(label),
             pool.submit(app.qubesd_call, "dom0", "admin.label.Get", label),
             pool.submit(app.qubesd_call, "dom0", "admin.label.Index", label))
            for label, _ in in_use.most_common(budget)
            if label in app.labels.keys()]
        for future in fallback:
            future.result()
        for label, f_colour, f_index in label_calls:
            try:
                label.store(int(f_index.result()), f_colour.result().decode())
            except exc.QubesException:
                pass  # removed meanwhile; read lazily if ever shown

    if feat_body is not None:
        features = parse_features_bulk(feat_body)
        for name in names:
            store_features(app, name, features.get(name, {}), stamp)
    if tags_body is not None:
        tags = parse_tags_bulk(tags_body)
        for name in names:
            store_tags(app, name, tags.get(name, set()), stamp)
    return len(names)


def _qube_getall(app, name: str):
    return wire.parse_getall(app.qubesd_call(
        name, "admin.vm.property.GetAll").decode())


def _qube_features(app, name: str) -> None:
    try:
        app.domains.get_blind(name).features.items()
    except exc.QubesVMNotFoundError:
        pass


def _qube_tags(app, name: str) -> None:
    try:
        app.domains.get_blind(name).tags._all()
    except exc.QubesVMNotFoundError:
        pass
