"""The VM settings window (``qubes-vm-settings``).

``window.SettingsWindow`` hosts one module per tab (``basic``, ``advanced``,
``firewall``, ``devices``, ``applications``, ``services``, ``notes``); each
tab is a ``base.SettingsTab`` with load / check / changes, built from
``ui/settings_<tab>.ui``.  Everything shown comes from the mirror; what the
mirror lacks is read per tab in the background when first shown.
"""
