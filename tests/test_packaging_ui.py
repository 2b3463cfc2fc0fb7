"""Designer forms: the loader finds ui/ and every form builds into its base class."""

import xml.etree.ElementTree as ET

import pytest
from PyQt5 import QtWidgets

from qubesmanager import uiloader

FORMS = sorted(uiloader.ui_dir().glob("*.ui"))


def _base_class(path):
    widget = ET.parse(path).getroot().find("widget")
    return getattr(QtWidgets, widget.get("class")), widget.get("name")


@pytest.mark.parametrize("path", FORMS, ids=[p.stem for p in FORMS])
def test_every_form_loads(qapp, path):
    base, name = _base_class(path)
    widget = base()
    try:
        assert uiloader.load_ui(path.stem, widget) is widget
        assert widget.objectName() == name
        # the form's named children are reachable as attributes
        named = [w.get("name") for w in ET.parse(path).getroot().iter("widget")][1:]
        assert all(hasattr(widget, n) for n in named if n)
    finally:
        widget.deleteLater()


def test_form_names_are_checked(qapp):
    with pytest.raises(ValueError):
        uiloader.ui_path("../setup")
    with pytest.raises(FileNotFoundError):
        uiloader.ui_path("no_such_form")
    assert uiloader.ui_path(FORMS[0].name) == FORMS[0]
