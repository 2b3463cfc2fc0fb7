"""Facts about Qubes shared by the client, the sandbox and the views.

Each module here holds one fact (VM-name rules, default labels, power
states) so that no layer re-states it.  No Qt, no I/O.
"""
