"""Firewall rules: parser/serialiser (admin-api.md 8) and the
``admin.vm.firewall.*`` methods over a real sandbox socket."""

from __future__ import annotations

import shutil
import time
import xml.etree.ElementTree as ET

import pytest

from qubesmanager.sandbox import firewall_rules as fw
from qubesmanager.sandbox.launcher import start_sandbox

from test_sandbox_storage_util import (EventRecorder, err, module_sandbox,
                                       ok, raw)

__all__ = ["module_sandbox"]

SAMPLE = "/work/shared/samples/qubes-4.3-default"

# Real server round-trips from admin-api.md section 8.
ROUND_TRIPS = [
    ("action=accept dsthost=1.2.3.4 proto=tcp dstports=80 comment=Hello world",
     "action=accept dst4=1.2.3.4/32 proto=tcp dstports=80-80 "
     "comment=Hello world"),
    ("action=accept dst6=2000::/64 expire=4102444800",
     "action=accept expire=4102444800 dst6=2000::/64"),
    ("action=drop proto=icmp icmptype=8", "action=drop proto=icmp icmptype=8"),
    ("action=accept specialtarget=dns", "action=accept specialtarget=dns"),
]


# ------------------------------------------------------------- pure parser

@pytest.mark.parametrize("line,expected", ROUND_TRIPS)
def test_round_trip_examples(line, expected):
    assert fw.Rule.parse(line).api() == expected


@pytest.mark.parametrize("line", [
    "proto=tcp",                                   # no action
    "action=allow",                                # bad action
    "action=accept dstports=80",                   # ports without tcp/udp
    "action=accept proto=tcp dstports=90-80",      # reversed range
    "action=accept proto=tcp dstports=70000",      # out of range
    "action=accept proto=udp icmptype=8",          # icmptype without icmp
    "action=accept proto=icmp icmptype=256",
    "action=accept dst4=2000::1",                  # v6 in dst4
    "action=accept dst6=1.2.3.4",                  # v4 in dst6
    "action=accept dsthost=Bad_Host!",             # bad name
    "action=accept dsthost=a.b dst4=1.2.3.4",      # two destinations
    "action=accept specialtarget=ntp",
    "action=accept proto=sctp",
    "action=accept foo=bar",                       # unknown key
    "action=accept action=drop",                   # duplicate
    "action=accept comment=bad\"quote",            # comment charset
    "action=accept expire=soon",
])
def test_bad_rules_are_refused(line):
    with pytest.raises(fw.RuleError):
        fw.Rule.parse(line)


def test_options_in_any_order_and_comment_last_keeps_spaces():
    rule = fw.Rule.parse("proto=udp dstports=53 specialtarget=dns "
                         "action=accept comment=DNS  for [all] ;:,./_-")
    assert rule.api() == ("action=accept proto=udp specialtarget=dns "
                          "dstports=53-53 comment=DNS  for [all] ;:,./_-")


def test_addresses_kept_as_written_and_names_stay_names():
    assert fw.Rule.parse("action=drop dsthost=10.1.2.3/8").api() == \
        "action=drop dst4=10.1.2.3/8"
    assert fw.Rule.parse("action=drop dstname=1.2.3.4").api() == \
        "action=drop dst4=1.2.3.4/32"
    assert fw.Rule.parse("action=accept specialtarget=dns dsthost=a.b").api() \
        == "action=accept dsthost=a.b specialtarget=dns"
    assert fw.Rule.parse("action=drop dstname=example.com").api() == \
        "action=drop dsthost=example.com"
    assert fw.Rule.parse("action=drop dsthost=2001:db8::1").api() == \
        "action=drop dst6=2001:db8::1/128"


def test_expired_rules_are_hidden():
    now = 1_700_000_000
    rules = fw.parse_rules("action=accept expire=1600000000\n"
                           f"action=accept proto=tcp expire={now + 60}\n"
                           "action=drop\n")
    assert fw.format_rules(rules, now=now) == (
        f"action=accept expire={now + 60} proto=tcp\naction=drop\n")
    with pytest.raises(fw.RuleError):
        fw.Rule.parse("action=accept expire=+60")   # not a time


def test_empty_rule_list_is_refused():
    with pytest.raises(fw.RuleError):
        fw.parse_rules("\n\n")


def test_xml_round_trip_and_purge(tmp_path):
    path = tmp_path / "firewall.xml"
    rules = fw.parse_rules("action=accept dsthost=github.com proto=tcp "
                           "dstports=443 comment=code\n"
                           "action=accept expire=1000\naction=drop\n")
    fw.save_xml(path, rules)
    root = ET.parse(path).getroot()
    assert root.tag == "firewall" and root.get("version") == "2"
    assert len(root.findall("./rules/rule")) == 2   # expired one purged
    assert fw.load_xml(path) == [rules[0], rules[2]]
    assert fw.load_xml(tmp_path / "missing.xml") is None


def test_xml_property_order_like_qubesd(tmp_path):
    path = tmp_path / "firewall.xml"
    fw.save_xml(path, fw.parse_rules(
        "action=accept dsthost=github.com proto=tcp dstports=443 "
        "comment=code hosting\n"))
    names = [p.get("name") for p in ET.parse(path).iter("property")]
    # same order as the sample written by the real daemon
    assert names == ["action", "comment", "dsthost", "proto", "dstports"]


def test_old_v1_file_is_converted(tmp_path):
    path = tmp_path / "firewall.xml"
    path.write_text(
        '<QubesFirewallRules policy="deny" dns="allow" icmp="deny">\n'
        '  <rule address="192.168.1.0" netmask="24" port="22"/>\n'
        '</QubesFirewallRules>\n')
    assert fw.format_rules(fw.load_xml(path)) == (
        "action=accept specialtarget=dns\n"
        "action=drop proto=icmp\n"
        "action=accept dst4=192.168.1.0/24 proto=tcp dstports=22-22\n")
    path.write_text('<QubesFirewallRules policy="maybe"/>\n')
    with pytest.raises(fw.RuleError):
        fw.load_xml(path)


def test_sample_file_loads():
    rules = fw.load_xml(f"{SAMPLE}/appvms/work/firewall.xml")
    assert fw.format_rules(rules) == (
        "action=accept dsthost=qubes-os.org\n"
        "action=accept dsthost=github.com proto=tcp dstports=443-443 "
        "comment=code hosting\n"
        "action=accept dst4=10.137.0.0/16\n"
        "action=accept specialtarget=dns\n"
        "action=accept proto=icmp icmptype=8\n"
        "action=drop\n")


# ---------------------------------------------------------- over the socket

def test_default_rule_is_accept(module_sandbox):
    assert raw(module_sandbox.socket, "admin.vm.firewall.Get",
               "personal") == b"0\0action=accept\n"


def test_set_then_get_byte_exact_with_event(module_sandbox):
    sock = module_sandbox.socket
    rec = EventRecorder(sock)
    try:
        payload = "".join(line + "\n" for line, _ in ROUND_TRIPS)
        assert raw(sock, "admin.vm.firewall.Set", "untrusted", "",
                   payload) == b"0\0"
        rec.wait_for("firewall-changed", "untrusted")
    finally:
        rec.close()
    expected = "".join(out + "\n" for _, out in ROUND_TRIPS)
    assert raw(sock, "admin.vm.firewall.Get", "untrusted") == \
        b"0\0" + expected.encode()
    xml_path = module_sandbox.state_dir / "appvms/untrusted/firewall.xml"
    assert fw.format_rules(fw.load_xml(xml_path)) == expected


def test_set_errors(module_sandbox):
    sock = module_sandbox.socket
    frame = err(sock, "admin.vm.firewall.Set", "vault", "", "")
    assert (frame.class_name, frame.message) == ("ProtocolError",
                                                 "expected payload")
    frame = err(sock, "admin.vm.firewall.Set", "vault", "",
                "action=accept comment=caf\xe9\n".encode())
    assert (frame.class_name, frame.message) == (
        "ProtocolError", "Rules contains non-ASCII characters")
    frame = err(sock, "admin.vm.firewall.Set", "vault", "",
                "action=accept dstports=80\n")
    assert frame.class_name == "QubesValueError"
    frame = err(sock, "admin.vm.firewall.Get", "dom0")
    assert frame.message == "expected destination to not be AdminVM"
    # nothing changed after the refusals
    assert ok(sock, "admin.vm.firewall.Get", "vault") == "action=accept\n"


def test_reload_fires_event(module_sandbox):
    rec = EventRecorder(module_sandbox.socket)
    try:
        ok(module_sandbox.socket, "admin.vm.firewall.Reload", "work")
        assert rec.wait_for("firewall-changed").subject == "work"
    finally:
        rec.close()


def test_expired_rule_is_purged_with_an_event(module_sandbox):
    sock = module_sandbox.socket
    soon = int(time.time()) + 2
    ok(sock, "admin.vm.firewall.Set", "personal", "",
       f"action=accept proto=tcp dstports=22 expire={soon}\naction=drop\n")
    assert ok(sock, "admin.vm.firewall.Get", "personal").startswith(
        f"action=accept expire={soon} proto=tcp dstports=22-22\n")
    rec = EventRecorder(sock)
    try:
        rec.wait_for("firewall-changed", "personal", timeout=15)
    finally:
        rec.close()
    assert ok(sock, "admin.vm.firewall.Get", "personal") == "action=drop\n"
    xml_path = module_sandbox.state_dir / "appvms/personal/firewall.xml"
    assert fw.format_rules(fw.load_xml(xml_path)) == "action=drop\n"
    assert "expire" not in xml_path.read_text()


def test_rules_survive_restart_and_sample_is_served(tmp_path):
    state = tmp_path / "state"
    shutil.copytree(SAMPLE, state)
    sb = start_sandbox(state, demo=False, time_scale=0)
    try:
        body = ok(sb.socket, "admin.vm.firewall.Get", "work")
        assert body == fw.format_rules(
            fw.load_xml(f"{SAMPLE}/appvms/work/firewall.xml"))
        assert ok(sb.socket, "admin.vm.firewall.Get",
                  "debian-standalone") == "action=accept\n"
        ok(sb.socket, "admin.vm.firewall.Set", "personal", "",
           "action=accept dsthost=example.com\naction=drop\n")
        sb.restart()
        assert ok(sb.socket, "admin.vm.firewall.Get", "personal") == \
            "action=accept dsthost=example.com\naction=drop\n"
        assert ok(sb.socket, "admin.vm.firewall.Get", "work") == body
    finally:
        sb.stop()


def test_disposable_inherits_its_templates_rules(module_sandbox):
    sock = module_sandbox.socket
    rules = "action=accept dsthost=updates.example.org\naction=drop\n"
    ok(sock, "admin.vm.firewall.Set", "default-dvm", "", rules)
    name = ok(sock, "admin.vm.CreateDisposable", "default-dvm")
    assert ok(sock, "admin.vm.firewall.Get", name) == rules
    # and it is the disposable's own copy from then on
    ok(sock, "admin.vm.firewall.Set", name, "", "action=accept\n")
    assert ok(sock, "admin.vm.firewall.Get", "default-dvm") == rules
    ok(sock, "admin.vm.Remove", name)
