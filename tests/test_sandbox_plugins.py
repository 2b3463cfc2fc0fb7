"""The subsystem plug-in protocol and the qubes.xml pass-through, exercised
in-process on a real System (the model, not the Admin API, is under test
here; the socket side is covered by the other test_sandbox_* modules)."""

import asyncio
from xml.etree import ElementTree as ET

import pytest

from qubesmanager.sandbox import creation, demo, plugins, power, xmlstore
from qubesmanager.sandbox.errors import QubesdError
from qubesmanager.sandbox.model import System


class Recorder(plugins.Subsystem):
    """Records every hook call; refuses starts of qubes tagged 'nostart'."""

    name = "recorder"
    qube_xml_tags = ("recorded",)
    calls: list = []

    def load_qube(self, qube, element):
        found = element.find("recorded") if element is not None else None
        qube.runtime["recorded"] = found.text if found is not None else None
        self.calls.append(("load_qube", qube.name))

    def save_qube(self, qube, element):
        if qube.runtime.get("recorded"):
            ET.SubElement(element, "recorded").text = qube.runtime["recorded"]

    def on_create(self, qube, pools):
        self.calls.append(("on_create", qube.name, dict(pools)))

    def on_start(self, qube):
        self.calls.append(("on_start", qube.name))
        if "nostart" in qube.tags:
            raise QubesdError("QubesException", "refused by recorder")

    def abort_start(self, qube):
        self.calls.append(("abort_start", qube.name))

    def on_stop(self, qube):
        self.calls.append(("on_stop", qube.name))

    def check_remove(self, qube):
        if "keep" in qube.tags:
            raise QubesdError("QubesVMInUseError", "kept by recorder")

    def on_remove(self, qube):
        self.calls.append(("on_remove", qube.name))

    def stats(self, qube, stats):
        stats["recorded"] = 1

    def kernel_versions(self):
        return {"1.0"}


@pytest.fixture
def system(tmp_path):
    saved = plugins.registered()
    plugins.register(Recorder)
    Recorder.calls = []
    try:
        sys_ = System(tmp_path, time_scale=0)
        demo.build(sys_)
        yield sys_
    finally:
        plugins._registry[:] = saved


def test_hooks_are_called_in_order(system):
    qube = creation.create_qube(system, "AppVM", "rec", "red",
                                pools={"private": "varlibqubes"})
    assert ("on_create", "rec", {"private": "varlibqubes"}) in Recorder.calls

    async def cycle():
        await power.start(qube)
        assert qube.power == "Running"
        from qubesmanager.sandbox import stats
        assert stats.sample(qube, 1.0)["recorded"] == 1
        await power.shutdown(qube, wait=True)
        qube.tags["nostart"] = None
        with pytest.raises(QubesdError):
            await power.start(qube)

    asyncio.run(cycle())
    names = [c[0] for c in Recorder.calls if c[1:2] == ("rec",)]
    assert names == ["on_create", "on_start", "on_stop", "on_start",
                     "abort_start"]
    assert qube.power == "Halted"
    qube.tags["keep"] = None
    with pytest.raises(QubesdError) as info:
        creation.remove_qube(system, qube)
    assert info.value.class_name == "QubesVMInUseError"
    del qube.tags["keep"]
    creation.remove_qube(system, qube)
    assert ("on_remove", "rec") in Recorder.calls
    assert "rec" not in system.qubes


def test_kernel_versions_from_plugins(system):
    # other plug-ins (storage) may add theirs when loaded in this process
    assert "1.0" in system.kernel_versions()


def test_xml_round_trip_keeps_unclaimed_parts(system, tmp_path):
    system.qubes["work"].runtime["recorded"] = "hello"
    text = xmlstore.serialise(system)
    root = ET.fromstring(text)
    # add things no subsystem claims: they must survive load + save
    ET.SubElement(root, "future-thing", {"a": "1"}).text = "x"
    work = [d for d in root.iter("domain")
            if d.find("properties/property[@name='name']") is not None
            and d.find("properties/property[@name='name']").text == "work"][0]
    ET.SubElement(work, "mystery").text = "keep me"
    ET.SubElement(work.find("properties"), "property",
                  {"name": "future_prop"}).text = "42"
    remote = ET.SubElement(root.find("domains"), "domain",
                           {"id": "domain-99", "class": "RemoteVM"})
    ET.SubElement(ET.SubElement(remote, "properties"), "property",
                  {"name": "name"}).text = "far-away"
    ET.SubElement(root.find("properties"), "property",
                  {"name": "future_global"}).text = "g"
    path = tmp_path / "in.xml"
    path.write_text(ET.tostring(root, encoding="unicode"))

    other = System(tmp_path / "second", time_scale=0)
    xmlstore.load(other, path)
    assert other.qubes["work"].runtime["recorded"] == "hello"
    assert set(other.qubes) == set(system.qubes)
    again = ET.fromstring(xmlstore.serialise(other))
    assert again.find("future-thing").text == "x"
    work2 = [d for d in again.iter("domain")
             if d.get("id") == work.get("id")][0]
    assert work2.find("mystery").text == "keep me"
    assert work2.find("recorded").text == "hello"
    assert work2.find("properties/property[@name='future_prop']").text == "42"
    assert again.find("properties/property[@name='future_global']").text \
        == "g"
    assert any(d.get("class") == "RemoteVM" for d in again.iter("domain"))
    assert "far-away" not in other.qubes


def test_atomic_write_leaves_old_or_new(tmp_path):
    path = tmp_path / "qubes.xml"
    xmlstore.write_atomic(path, "<qubes/>\n")
    xmlstore.write_atomic(path, "<qubes><labels/></qubes>\n")
    assert path.read_text() == "<qubes><labels/></qubes>\n"
    assert not list(tmp_path.glob(".qubes.xml.tmp-*"))
