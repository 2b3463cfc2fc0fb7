"""The qubes.xml copy stored in a backup (backup-format.md 2.12).

The writer marks which qubes the archive holds (features ``backup-content``,
``backup-path``, ``backup-size``); the reader turns the file into plain
records for the restore engine, with the same requirements as the real
restore (labels resolvable, names present) so both accept the same files.
"""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET

from .errors import BackupFormatError

BACKUP_FEATURES = ("backup-content", "backup-path", "backup-size")


def mark_selection(xml: bytes, selected: dict[str, tuple[str, int]]) -> bytes:
    """Copy of qubes.xml with every qube marked in or out of the backup.

    ``selected`` maps qube name -> (archive directory, size in bytes); the
    directory is ``vm<qid>/`` (dom0: ``dom0-home/<user>``).  Excluded qubes
    get an *empty* ``backup-content`` (pitfall 3).
    """
    root = ET.fromstring(xml)
    for domain in root.iter("domain"):
        name = _domain_name(domain)
        features = domain.find("features")
        if features is None:
            features = ET.SubElement(domain, "features")
        for feat in list(features):
            fname = feat.get("name", "")
            if fname in BACKUP_FEATURES or (
                    name in selected and fname.startswith("preload-dispvm")
                    and fname != "preload-dispvm-max"):
                features.remove(feat)
        content = ET.SubElement(features, "feature", name="backup-content")
        if name in selected:
            path, size = selected[name]
            content.text = "1"
            ET.SubElement(features, "feature", name="backup-path").text = path
            ET.SubElement(features, "feature",
                          name="backup-size").text = str(int(size))
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _domain_name(domain: ET.Element) -> str | None:
    if domain.get("class") == "AdminVM":
        return "dom0"
    for prop in domain.iterfind("properties/property"):
        if prop.get("name") == "name":
            return prop.text
    return None


@dataclasses.dataclass
class DeviceAssignment:
    """One device assignment as the backup stored it."""

    devclass: str
    backend: str
    ident: str                 # port id
    options: dict[str, str]
    identity: str = "*"        # device id (core-admin >= 4.2), else any
    mode: str = ""             # recorded mode; "" for the old required=
    required: bool = True      # old format: required="yes|no"


@dataclasses.dataclass
class BackupQube:
    """A qube as described by the backup's qubes.xml."""

    name: str
    klass: str
    label: str
    properties: dict[str, str | None]
    features: dict[str, str]
    tags: list[str]
    devices: list[DeviceAssignment]
    in_backup: bool
    backup_path: str | None
    backup_size: int

    @property
    def template(self) -> str | None:
        return self.properties.get("template") or None

    @property
    def netvm(self) -> str | None:
        """The netvm set in the backup: None = not set (default), '' = none."""
        if "netvm" not in self.properties:
            return None
        return self.properties["netvm"] or ""

    def flag(self, prop: str) -> bool:
        """A boolean property as stored (absent = False)."""
        value = self.properties.get(prop)
        return bool(value) and value.lower() in ("true", "1", "yes")


@dataclasses.dataclass
class BackupContent:
    """Everything a restore needs to know from the backup's qubes.xml."""

    labels: dict[str, str]            # label id -> colour name
    global_properties: dict[str, str | None]
    qubes: dict[str, BackupQube]      # every qube of the source system

    def in_backup(self) -> list[BackupQube]:
        return [q for q in self.qubes.values() if q.in_backup]


def parse_backup_xml(xml: bytes) -> BackupContent:
    """Parse the qubes.xml of a backup; BackupFormatError if unusable."""
    try:
        root = ET.fromstring(xml)
    except ET.ParseError as err:
        raise BackupFormatError(f"the backup's qubes.xml is invalid: {err}") \
            from None
    labels_el = root.find("labels")
    props_el = root.find("properties")
    domains_el = root.find("domains")
    if labels_el is None or props_el is None or domains_el is None:
        raise BackupFormatError(
            "the backup's qubes.xml lacks labels, properties or domains")
    labels = {lab.get("id", ""): (lab.text or "").strip()
              for lab in labels_el.iterfind("label")}
    label_names = set(labels.values())
    glob = {p.get("name"): p.text for p in props_el.iterfind("property")}
    qubes: dict[str, BackupQube] = {}
    for domain in domains_el.iterfind("domain"):
        klass = domain.get("class", "")
        props = {p.get("name"): p.text
                 for p in domain.iterfind("properties/property")}
        name = "dom0" if klass == "AdminVM" else props.get("name")
        if not name:
            raise BackupFormatError("a qube in the backup has no name")
        label = props.get("label") or ""
        if label in labels:
            label = labels[label]
        elif label not in label_names:
            raise BackupFormatError(
                f"qube {name!r} in the backup has an unknown label {label!r}")
        features = {f.get("name"): f.text or ""
                    for f in domain.iterfind("features/feature")}
        tags = [t.get("name") for t in domain.iterfind("tags/tag")]
        devices = []
        for devs in domain.iterfind("devices"):
            for dev in devs.iterfind("device"):
                devices.append(DeviceAssignment(
                    devs.get("class", ""), dev.get("backend-domain", ""),
                    dev.get("id", ""),
                    {o.get("name"): o.text or ""
                     for o in dev.iterfind("option")},
                    identity=dev.get("identity") or "*",
                    mode=dev.get("mode") or "",
                    required=(dev.get("required") or "yes").lower()
                    in ("yes", "true", "1")))
        in_backup = bool(features.get("backup-content"))
        path = features.get("backup-path") if in_backup else None
        try:
            size = int(features.get("backup-size") or 0) if in_backup else 0
        except ValueError:
            raise BackupFormatError(
                f"qube {name!r} has an invalid backup-size") from None
        if in_backup:
            for key in BACKUP_FEATURES:
                features.pop(key, None)
            if not path:
                raise BackupFormatError(f"qube {name!r} has no backup-path")
        for key in ("uuid", "qid", "name"):
            props.pop(key, None)
        qubes[name] = BackupQube(name, klass, label, props, features, tags,
                                 devices, in_backup, path, size)
    return BackupContent(labels, glob, qubes)
