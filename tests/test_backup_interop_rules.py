"""Rules our restore shares with upstream's, found by running the real
``qvm-backup-restore`` side by side with ours (docs/backup-interop.md)."""

from qubesmanager.restore.plan import _rename


def test_conflicting_names_are_numbered_like_upstream():
    """Upstream renames a conflicting ``work`` to ``work1`` (no dash): the
    same backup restored by either tool must give the same names."""
    assert _rename("work", {"work"}) == "work1"
    assert _rename("work", {"work", "work1", "work2"}) == "work3"


def test_long_conflicting_name_is_cut_to_29_first():
    name = "a" * 31
    assert _rename(name, {name}) == "a" * 29
    assert _rename(name, {name, "a" * 29}) == "a" * 29 + "1"
    assert len(_rename(name, {name, "a" * 29} | {
        "a" * 29 + str(i) for i in range(1, 10)})) == 31


def test_gives_up_after_98_like_upstream():
    taken = {"w"} | {f"w{i}" for i in range(1, 99)}
    assert _rename("w", taken) is None
