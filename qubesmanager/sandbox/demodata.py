"""What the qubes of a fresh Qubes 4.3 install carry, for :mod:`.demo`.

Taken from a real 4.3 first-boot ``qubes.xml``
(``../shared/samples/qubes-4.3-default``): the features a template reports
about itself (``qubes.NotifyTools`` / ``qubes.FeaturesRequest`` at its
first start, the template package's metadata at install), the menu
entries the installer sets, and the service switches of the sys-* qubes.
"""

from __future__ import annotations

#: RPC services every 4.3 template advertises (``supported-rpc.*``).
_RPCS = (
    "Backup DetachPciDevice Filecopy GetAppmenus GetDate GetImageRGBA "
    "InstallUpdatesGUI OpenInVM OpenURL PostInstall ReceiveUpdates "
    "ResizeDisk Restore SelectDirectory SelectFile SetDateTime "
    "ShowInTerminal StartApp SuspendPost SuspendPre UpdatesProxy VMExec "
    "VMExecGUI VMRootShell VMShell WaitForRunningSystemdService "
    "WaitForSession").split()

#: Services (``supported-service.*``) common to the 4.3 templates.
_SERVICES = (
    "clocksync crond cups meminfo-writer minimal-netvm minimal-usbvm "
    "network-manager no-qubesincoming-cleanup qubes-firewall qubes-network "
    "qubes-update-check qubes-updates-proxy updates-proxy-setup").split()

_XFCE_MENU = "xfce4-terminal.desktop thunar.desktop qubes-run-terminal.desktop"
_NETVM_MENU = ("nm-connection-editor.desktop xfce4-terminal.desktop "
               "qubes-run-terminal.desktop")

#: name -> (distribution features, extra services, menu features, release)
TEMPLATES = {
    "fedora-42-xfce": (
        {"os-distribution": "fedora", "os-version": "42",
         "os-eol": "2026-05-13"},
        ("avahi", "blueman", "modem-manager"),
        {"default-menu-items": "org.mozilla.firefox.desktop "
                               "xfce4-terminal.desktop thunar.desktop",
         "menu-items": _XFCE_MENU + " qubes-start.desktop",
         "netvm-menu-items": _NETVM_MENU},
        "202511010002"),
    "debian-13-xfce": (
        {"os-distribution": "debian", "os-version": "13",
         "os-eol": "2028-08-09", "apparmor": "1"},
        ("apparmor", "avahi", "blueman", "exim4"),
        {"default-menu-items": "firefox-esr.desktop xfce4-terminal.desktop "
                               "thunar.desktop",
         "menu-items": _XFCE_MENU + " qubes-start.desktop",
         "netvm-menu-items": _NETVM_MENU},
        "202511010001"),
    "whonix-gateway-18": (
        {"os-distribution": "whonix", "os-distribution-like": "debian",
         "os-version": "18.0.8.7", "apparmor": "1", "whonix-gw": "1"},
        ("apparmor",),
        {"default-menu-items": "xfce4-terminal.desktop thunar.desktop",
         "menu-items": _XFCE_MENU,
         "netvm-menu-items": "xfce4-terminal.desktop"},
        "202511010003"),
    "whonix-workstation-18": (
        {"os-distribution": "whonix", "os-distribution-like": "debian",
         "os-version": "18.0.8.7", "apparmor": "1", "whonix-ws": "1"},
        ("apparmor",),
        {"default-menu-items": "janondisttorbrowser.desktop "
                               "xfce4-terminal.desktop thunar.desktop",
         "menu-items": _XFCE_MENU,
         "netvm-menu-items": "xfce4-terminal.desktop"},
        "202511010004"),
}

#: Templates ``--qubes N`` adds: (distribution, version, end of life or "").
EXTRA_DISTROS = (("fedora", "41", "2025-11-19"), ("fedora", "42", "2026-05-13"),
                 ("debian", "12", "2026-06-10"), ("debian", "13", "2028-08-09"),
                 ("archlinux", "rolling", ""), ("gentoo", "2.17", ""))


def template_features(name: str, distro: dict[str, str],
                      services: tuple[str, ...], menus: dict[str, str],
                      release: str) -> dict[str, str]:
    """Every feature a freshly installed 4.3 template has (the installer
    builds and installs them one after another, in release order)."""
    built = max(0, int(release[-2:]) - 1)
    feats = {"qrexec": "1", "gui": "1", "vmexec": "1", "os": "Linux",
             "qubes-agent-version": "4.3", "qubes-firewall": "1",
             "supported-feature.memory-hotplug": "1"}
    feats.update({f"supported-rpc.qubes.{rpc}": "1" for rpc in _RPCS})
    feats.update({f"supported-service.{svc}": "1"
                  for svc in sorted(set(_SERVICES) | set(services))})
    feats.update(distro)
    feats.update(menus)
    feats.update({
        "template-name": name, "template-epoch": "0",
        "template-version": "4.3.0", "template-release": release,
        "template-reponame": "@commandline",
        "template-buildtime": f"2025-11-01 {built:02d}:00:00",
        "template-installtime": f"2025-12-10 10:{built:02d}:00",
        "template-license": "GPLv2",
        "template-url": "https://www.qubes-os.org/",
        "template-summary": f"Qubes OS template for {name}",
        "template-description": f"Qubes OS template for {name}|Built by "
                                f"Qubes builder"})
    return feats


#: ``menu-items`` the installer gives the default qubes.
BROWSER_MENU = ("org.mozilla.firefox.desktop xfce4-terminal.desktop "
                "thunar.desktop")
DVM_MENU = "org.mozilla.firefox.desktop xfce4-terminal.desktop"
VAULT_MENU = "org.keepassxc.KeePassXC.desktop xfce4-terminal.desktop"

#: Applications ``--qubes N`` picks menus from.
APPS = ("org.mozilla.firefox.desktop", "xfce4-terminal.desktop",
        "thunar.desktop", "org.keepassxc.KeePassXC.desktop",
        "org.gnome.Evince.desktop", "libreoffice-writer.desktop",
        "libreoffice-calc.desktop", "org.mozilla.Thunderbird.desktop",
        "org.gnome.Nautilus.desktop", "code.desktop", "gimp.desktop",
        "vlc.desktop")

#: Notes ``--qubes N`` leaves on some qubes.
NOTES = ("Keep offline.", "Client project, remove after March.",
         "Bank: use only for online banking.",
         "Test qube for the new build scripts\nsafe to wipe",
         "Shared with the reading group.")
