"""Small dialogs around qubes: create (``qubes-vm-create``), clone
(``qubes-vm-clone``), remove, boot from device and the log viewer.  Each is
laid out by ``ui/dialog_<name>.ui`` and talks to qubesd only through
``mirror.run``."""
