"""qubes.xml in the real schema: loading, serialising, atomic saving.

The layout is what upstream qubesd writes (see
../shared/samples/qubes-4.3-default/qubes.xml): ``<labels>``,
``<pools>``, ``<properties>`` (global), ``<domains>`` with one
``<domain id="domain-N" class="...">`` per qube holding
``<properties>``, ``<features>``, ``<tags>`` and subsystem children.
Elements nobody claims are kept and written back unchanged.

Saving: :class:`Persister` writes the whole file atomically (temp file,
fsync, rename, fsync of the directory).  Requests that changed something
wait for a save that includes their change before they are answered, so an
acknowledged change survives ``kill -9``.  Saves are coalesced: while one
is being written, further changes pile up and go out in the next one, and
each qube's XML fragment is cached until that qube changes, so a save of a
1000-qube system costs little more than the write itself.
"""

from __future__ import annotations

import asyncio
import logging
import os
from pathlib import Path
from typing import Optional
from xml.etree import ElementTree as ET

from . import errors
from .model import Label, Qube, System
from .props import parse_stored, to_text
from .qubeprops import SCHEMAS

log = logging.getLogger("qubesmanager.sandbox.store")

FILENAME = "qubes.xml"


# -- loading ---------------------------------------------------------------------

def _claimed(system: System, attr: str) -> set[str]:
    tags: set[str] = set()
    for sub in system.subsystems.values():
        tags.update(getattr(sub, attr))
    return tags


def load(system: System, path: Path) -> None:
    """Fill an empty ``system`` from a qubes.xml file."""
    root = ET.parse(path).getroot()
    system_tags = _claimed(system, "system_xml_tags")
    qube_tags = _claimed(system, "qube_xml_tags")
    for element in root:
        if element.tag == "labels":
            for item in element:
                ident = item.get("id", "")
                try:
                    index = int(ident.rpartition("-")[2])
                    colour = int(item.get("color", "0x0"), 16)
                except ValueError:
                    continue
                name = (item.text or "").strip()
                system.labels[name] = Label(index, name, colour)
        elif element.tag == "properties":
            for item in element:
                name = item.get("name", "")
                prop = system.global_schema.get(name)
                if prop is not None and prop.stored:
                    system.globals[name] = parse_stored(prop.type, item.text)
                else:
                    system.extra_globals[name] = item.text or ""
        elif element.tag == "domains":
            for dom in element:
                _load_domain(system, dom, qube_tags)
        elif element.tag not in system_tags:
            system.extra_xml.append(element)
    if not system.labels:
        system.add_default_labels()
    system.call_hook("load", root)
    for qube in system.qubes.values():
        el = system.loaded_elements.pop(qube.name, None)
        for sub in system.subsystems.values():
            sub.load_qube(qube, el)
    system.loaded_elements.clear()


def _load_domain(system: System, dom: ET.Element, qube_tags: set[str]) -> None:
    klass = dom.get("class", "")
    if klass not in SCHEMAS:
        system.extra_domains.append(dom)   # e.g. RemoteVM: keep as is
        return
    schema = SCHEMAS[klass]
    stored: dict[str, str] = {}
    extra_props: dict[str, str] = {}
    qube_features: dict[str, str] = {}
    qube_tags_list: list[str] = []
    extra_children = []
    for child in dom:
        if child.tag == "properties":
            for item in child:
                name = item.get("name", "")
                if name in schema and schema[name].stored:
                    stored[name] = item.text or ""
                else:
                    extra_props[name] = item.text or ""
        elif child.tag == "features":
            for item in child:
                qube_features[item.get("name", "")] = item.text or ""
        elif child.tag == "tags":
            qube_tags_list += [t.get("name", "") for t in child]
        elif child.tag not in qube_tags:
            extra_children.append(child)
    name = "dom0" if klass == "AdminVM" else stored.get("name", "")
    if not name or name in system.qubes:
        log.warning("skipping domain without a usable name: %r", name)
        return
    qube = Qube(system, klass, name)
    for key, text in stored.items():
        if klass == "AdminVM" and schema[key].ro:
            continue
        qube.props[key] = parse_stored(schema[key].type, text)
    qube.extra_props = extra_props
    qube.features.update(qube_features)
    qube.tags.update(dict.fromkeys(t for t in qube_tags_list if t))
    qube.xml_id = dom.get("id")
    qube.extra_xml = extra_children
    system.qubes[name] = qube
    system.loaded_elements[name] = dom


# -- serialising -----------------------------------------------------------------

def _indent(element: ET.Element, level: int) -> str:
    ET.indent(element, space="  ", level=level)
    return "  " * level + ET.tostring(element, encoding="unicode").rstrip() \
        + "\n"


def qube_fragment(qube: Qube) -> str:
    """The ``<domain>`` element of one qube, cached until it changes."""
    if qube.xml_cache is not None:
        return qube.xml_cache
    dom = ET.Element("domain", {"id": qube.xml_id or f"domain-{qube.qid}",
                                "class": qube.klass})
    props = ET.SubElement(dom, "properties")
    for name, prop in qube.schema.items():
        if not prop.stored or name not in qube.props:
            continue
        item = ET.SubElement(props, "property", {"name": name})
        item.text = to_text(prop.type, qube.props[name])
    for name, text in getattr(qube, "extra_props", {}).items():
        item = ET.SubElement(props, "property", {"name": name})
        item.text = text
    feats = ET.SubElement(dom, "features")
    for name, value in qube.features.items():
        ET.SubElement(feats, "feature", {"name": name}).text = value
    tags = ET.SubElement(dom, "tags")
    for tag in qube.tags:
        ET.SubElement(tags, "tag", {"name": tag})
    for sub in qube.system.subsystems.values():
        sub.save_qube(qube, dom)
    for child in qube.extra_xml:
        dom.append(child)
    text = _indent(dom, 2)
    for child in qube.extra_xml:   # keep the originals un-indented elsewhere
        dom.remove(child)
    qube.xml_cache = text
    return text


def serialise(system: System) -> str:
    """The whole qubes.xml text."""
    head = ET.Element("qubes")
    labels = ET.SubElement(head, "labels")
    for label in sorted(system.labels.values(), key=lambda lb: lb.index):
        ET.SubElement(labels, "label", {"id": f"label-{label.index}",
                                        "color": label.color_text}
                      ).text = label.name
    system.call_hook("save", head)
    for element in system.extra_xml:
        head.append(element)
    props = ET.SubElement(head, "properties")
    for name, prop in system.global_schema.items():
        if prop.stored and name in system.globals:
            ET.SubElement(props, "property", {"name": name}).text = \
                to_text(prop.type, system.globals[name])
    for name, text in system.extra_globals.items():
        ET.SubElement(props, "property", {"name": name}).text = text
    parts = ["<qubes>\n"]
    for child in head:
        parts.append(_indent(child, 1))
    for element in system.extra_xml:
        head.remove(element)
    parts.append("  <domains>\n")
    for qube in system.qubes.values():
        parts.append(qube_fragment(qube))
    for dom in system.extra_domains:
        parts.append(_indent(dom, 2))
    parts.append("  </domains>\n</qubes>\n")
    return "".join(parts)


def remove_stale_temp_files(state_dir: Path) -> None:
    """Drop half-written temp files of a daemon killed mid-save."""
    for tmp in state_dir.glob(f".{FILENAME}.tmp-*"):
        try:
            tmp.unlink()
        except OSError:
            pass


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so a crash leaves the old or new file."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    dirfd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dirfd)
    finally:
        os.close(dirfd)


class Persister:
    """Coalescing saver: ``mark_dirty()`` after a change, ``await flush()``
    before acknowledging it."""

    def __init__(self, system: System, path: Optional[Path] = None) -> None:
        self.system = system
        self.path = path or system.state_dir / FILENAME
        self.changes = 0       # number of changes seen
        self.saved = 0         # changes included in the file on disk
        self.saves = 0         # files written (for statistics)
        self._task: Optional[asyncio.Task] = None
        self._done = asyncio.Event()
        self._error: Optional[BaseException] = None
        system.on_dirty = self.mark_dirty

    def mark_dirty(self) -> None:
        self.changes += 1
        if self._task is None or self._task.done():
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:
                return  # not serving yet (loading, demo): save_now later
            self._task = loop.create_task(self._writer())

    @property
    def dirty(self) -> bool:
        return self.saved < self.changes

    async def _writer(self) -> None:
        loop = asyncio.get_running_loop()
        while self.saved < self.changes:
            target = self.changes
            try:
                text = serialise(self.system)
                await loop.run_in_executor(None, write_atomic, self.path, text)
            except Exception as err:  # disk full, a plug-in's save bug…
                log.exception("saving %s failed", self.path)
                self._error = err
                self._wake()
                return
            self._error = None
            self.saved = target
            self.saves += 1
            self._wake()

    def _wake(self) -> None:
        """Release everyone waiting for the save that just ended."""
        self._done.set()
        self._done = asyncio.Event()

    async def flush(self) -> None:
        """Return once every change made so far is on disk."""
        target = self.changes
        while self.saved < target:
            if self._task is None or self._task.done():
                self._task = asyncio.get_running_loop().create_task(
                    self._writer())
            done = self._done
            await done.wait()
            if self._error is not None and self.saved < target:
                reason = getattr(self._error, "strerror", None) or \
                    type(self._error).__name__
                raise errors.QubesException(
                    f"Failed to save qubes.xml: {reason}")

    def save_now(self) -> None:
        """Synchronous save (start-up, shutdown)."""
        target = self.changes
        write_atomic(self.path, serialise(self.system))
        self.saved = max(self.saved, target)
        self.saves += 1
