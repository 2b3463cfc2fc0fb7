"""Per-qube firewall rules (admin-api.md 8): parse, edit, save.

A rule is a line of ``key=value`` options with ``comment`` last (it runs to
the end of the line).  Rules are cached with the cache on and dropped on
``firewall-changed``.
"""

from __future__ import annotations

from qubesmanager.admin import exc, wire

#: Order the upstream client writes options in; the server may use another.
RULE_KEYS = ("action", "proto", "dsthost", "dst4", "dst6", "dstports",
             "icmptype", "specialtarget", "expire", "comment")
_DST_KEYS = ("dsthost", "dst4", "dst6")


class Rule:
    """One firewall rule; attributes are option texts or None."""

    def __init__(self, rule: str | None = None, **options) -> None:
        self.options: dict[str, str] = {}
        if rule:
            self._parse(rule)
        for key, value in options.items():
            if value is not None:
                self[key] = value
        if "action" not in self.options:
            raise exc.QubesValueError("Firewall rule needs an action")

    def _parse(self, text: str) -> None:
        text = text.strip()
        head, sep, comment = text.partition("comment=")
        if sep and head and not head.endswith(" "):
            # "comment=" inside another value is not the comment option
            head, comment, sep = text, "", ""
        for token in head.split():
            key, eq, value = token.partition("=")
            if not eq:
                raise exc.QubesValueError(f"Invalid firewall option: {token}")
            self[key] = value
        if sep:
            self["comment"] = comment

    def __setitem__(self, key: str, value) -> None:
        if key == "dstname":
            key = "dsthost"
        if key not in RULE_KEYS:
            raise exc.QubesValueError(f"Unknown firewall option: {key}")
        if key in _DST_KEYS:
            for other in _DST_KEYS:
                self.options.pop(other, None)
        self.options[key] = str(value)

    def __getattr__(self, name: str):
        if name in RULE_KEYS:
            return self.options.get(name)
        raise AttributeError(name)

    @property
    def dst(self) -> str | None:
        """The destination whatever its key (host name, IPv4 or IPv6)."""
        for key in _DST_KEYS:
            if key in self.options:
                return self.options[key]
        return None

    @property
    def rule(self) -> str:
        """The line as the upstream client writes it (comment last)."""
        return " ".join(f"{key}={self.options[key]}" for key in RULE_KEYS
                        if key in self.options)

    def __str__(self) -> str:
        return self.rule

    def __repr__(self) -> str:
        return f"<Rule {self.rule}>"

    def __eq__(self, other) -> bool:
        if isinstance(other, Rule):
            return self._normal() == other._normal()
        return NotImplemented

    def _normal(self) -> dict[str, str]:
        """Options as the server outputs them, for comparisons."""
        opts = dict(self.options)
        ports = opts.get("dstports")
        if ports and "-" not in ports:
            opts["dstports"] = f"{ports}-{ports}"
        host = opts.get("dsthost")
        if host is not None and host.replace(".", "").replace("/", "").isdigit():
            opts.pop("dsthost")
            opts["dst4"] = host if "/" in host else host + "/32"
        return opts

    __hash__ = None  # mutable


class Firewall:
    """``vm.firewall``: ``rules`` (read or assign), ``save_rules``, ``reload``."""

    #: Upstream's policy is fixed: whatever no rule accepts is dropped.
    policy = "drop"

    def __init__(self, vm) -> None:
        self.vm = vm

    def _call(self, method: str, payload: str | None = None) -> bytes:
        return self.vm.app.qubesd_call(self.vm.name,
                                       "admin.vm.firewall." + method, None,
                                       payload)

    @property
    def rules(self) -> list[Rule]:
        app = self.vm.app
        cache = app._cache.holder(self.vm.name)
        if app.cache_enabled:
            with app._cache.lock:
                if cache.firewall is not None:
                    return [Rule(r.rule) for r in cache.firewall]
        stamp = app._cache.stamp(cache)
        rules = [Rule(line)
                 for line in wire.parse_lines(self._call("Get").decode())]
        if app.cache_enabled:
            with app._cache.lock:
                if app._cache.still_valid(cache, stamp):
                    cache.firewall = rules
        return [Rule(r.rule) for r in rules]

    @rules.setter
    def rules(self, rules) -> None:
        self.save_rules(rules)

    def save_rules(self, rules=None) -> None:
        """Replace the whole list; an empty list means "drop everything"
        (qubesd refuses an empty payload)."""
        if rules is None:
            rules = self.rules
        rules = [r if isinstance(r, Rule) else Rule(r) for r in rules]
        if not rules:
            rules = [Rule(action="drop")]
        payload = "".join(f"{r.rule}\n" for r in rules)
        try:
            self._call("Set", payload)
        finally:
            cache = self.vm.app._cache.holder(self.vm.name)
            with self.vm.app._cache.lock:
                self.vm.app._cache.touch(cache)
                cache.firewall = None

    def reload(self) -> None:
        self._call("Reload")
