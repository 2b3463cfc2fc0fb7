"""The asyncio Unix-socket server: framing, dispatch, replies.

One request per connection (admin-api.md 1.2): read to EOF (at most 64 KiB,
else drop), parse with :mod:`qubesmanager.admin.wire`, resolve source and
destination, find the method in the :mod:`.registry`, check its
expectations, run it, wait until any change it made is saved, reply.
Stream methods keep the connection and push frames; every stream client
has its own bounded queue (see ``methods/events.py``), so a slow or
vanished client never stalls the others.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import os
import re
from typing import Optional

from ..admin import wire
from ..common import names
from . import errors, faults, registry
from .errors import QubesdError
from .model import Qube, System
from .rawclient import accepts_connections
from .xmlstore import Persister

log = logging.getLogger("qubesmanager.sandbox.server")

_UUID = re.compile(
    r"uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")


class _ConnectionSink(registry.StreamSink):
    """Frames of a stream method go to one client connection."""

    def __init__(self, writer: asyncio.StreamWriter) -> None:
        self._writer = writer

    async def send(self, frame: bytes) -> None:
        if self._writer.is_closing():
            raise ConnectionResetError("client went away")
        self._writer.write(frame)
        await self._writer.drain()

    @property
    def closed(self) -> bool:
        return self._writer.is_closing()

    def close(self) -> None:
        """Drop the client at once (no more frames, nothing flushed)."""
        self._writer.transport.abort()


class Server:
    """Serves one :class:`System` on a Unix socket."""

    def __init__(self, system: System, persister: Persister,
                 socket_path: str, latency_ms: float = 0.0,
                 fault_list: Optional[list[faults.Fault]] = None) -> None:
        self.system = system
        self.persister = persister
        self.socket_path = socket_path
        self.latency = max(0.0, latency_ms) / 1000.0
        self.faults = list(fault_list or [])
        self._server: Optional[asyncio.AbstractServer] = None
        self._connections: set[asyncio.Task] = set()
        self.requests = 0

    async def start(self) -> None:
        if os.path.exists(self.socket_path):
            if accepts_connections(self.socket_path):
                raise SystemExit(
                    f"qubes-manager-sandbox: {self.socket_path} is served by "
                    f"another daemon; stop it or choose another --socket")
            os.unlink(self.socket_path)  # left behind by a killed daemon
        old = os.umask(0o007)
        try:
            self._server = await asyncio.start_unix_server(
                self._handle, path=self.socket_path,
                limit=wire.MAX_REQUEST + 1)
        finally:
            os.umask(old)

    async def stop(self) -> None:
        """Stop accepting, end streams and pending calls, save."""
        if self._server is not None:
            self._server.close()
        for task in list(self._connections):
            task.cancel()
        if self._connections:
            await asyncio.gather(*self._connections, return_exceptions=True)
        if self._server is not None:
            try:
                await self._server.wait_closed()
            except Exception:  # pragma: no cover - best effort on exit
                pass
        try:
            os.unlink(self.socket_path)
        except FileNotFoundError:
            pass

    # -- one connection --------------------------------------------------

    async def _handle(self, reader: asyncio.StreamReader,
                      writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._connections.add(task)
        try:
            await self._serve(reader, writer)
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        except asyncio.CancelledError:
            pass
        except Exception:  # an internal bug: log it, drop the client
            log.exception("unexpected error while serving a request")
        finally:
            if task is not None:
                self._connections.discard(task)
            if not writer.is_closing():
                writer.transport.abort()

    async def _read_request(self, reader: asyncio.StreamReader
                            ) -> Optional[bytes]:
        chunks, size = [], 0
        while True:
            chunk = await reader.read(65536)
            if not chunk:
                return b"".join(chunks)
            size += len(chunk)
            if b"\0" in chunk and self._streams_payload(b"".join(chunks)
                                                         + chunk):
                # Volume import: the handler reads the rest itself.
                return b"".join(chunks) + chunk
            if size > wire.MAX_REQUEST:
                return None
            chunks.append(chunk)

    def _streams_payload(self, data: bytes) -> bool:
        """Whether the method (header before the NUL) reads its payload
        from the connection (``handler.stream_payload``, volume import)."""
        head = data.partition(b"\0")[0]
        name = head.partition(b"+")[0].partition(b" ")[0]
        found = registry.lookup(name.decode("ascii", "replace"),
                                self.system.upstream_only)
        return found is not None and getattr(found[0].handler,
                                             "stream_payload", False)

    async def _serve(self, reader: asyncio.StreamReader,
                     writer: asyncio.StreamWriter) -> None:
        data = await self._read_request(reader)
        if data is None:
            log.info("request over %d bytes dropped", wire.MAX_REQUEST)
            writer.transport.abort()
            return
        try:
            request = wire.parse_request(data)
        except wire.FramingError as err:
            log.info("malformed request dropped: %s", err)
            writer.transport.abort()
            return
        self.requests += 1
        try:
            call, entry = self._prepare(request)
            call.reader = reader   # used only by stream_payload handlers
            fault = faults.find(self.faults, request.method, call.dest.name)
            if fault is not None:
                if fault.action == "empty":
                    writer.transport.abort()
                    return
                if fault.action == "delay":
                    await asyncio.sleep(fault.delay)
                elif fault.error() is not None:
                    raise fault.error()
            if entry.stream:
                call.sink = _ConnectionSink(writer)
                if self.latency:
                    await asyncio.sleep(self.latency)
                await entry.handler(call)
                return
            result = entry.handler(call)
            if inspect.isawaitable(result):
                result = await result
            response = wire.encode_ok(result)
        except QubesdError as err:
            response = wire.encode_exception(err.class_name, err.message)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("%s+%s on %s failed (empty response)",
                          request.method, request.arg, request.dest)
            await self._save_quietly()
            writer.transport.abort()
            return
        if self.persister.dirty:
            try:
                await self.persister.flush()
            except QubesdError as err:
                response = wire.encode_exception(err.class_name, err.message)
        if self.latency:
            await asyncio.sleep(self.latency)
        else:
            # let event streams send what this call fired first, as a
            # local qubesd usually does (admin-api.md 1.6)
            await asyncio.sleep(0)
        writer.write(response)
        await writer.drain()
        if writer.can_write_eof():
            writer.write_eof()
        writer.close()

    async def _save_quietly(self) -> None:
        try:
            if self.persister.dirty:
                await self.persister.flush()
        except QubesdError:
            pass

    def _prepare(self, request: wire.Request
                 ) -> tuple[registry.Call, registry.Method]:
        source = self.resolve(request.source)
        dest = self.resolve(request.dest)
        found = registry.lookup(request.method, self.system.upstream_only)
        if found is None:
            raise registry.no_such_method(request.method)
        entry, params = found
        registry.check(entry, request.method, request.arg, request.payload,
                       dest.klass == "AdminVM")
        call = registry.Call(self.system, request.method, request.arg,
                             request.payload, source, dest, params)
        return call, entry

    def resolve(self, text: str) -> Qube:
        """A qube by name or ``uuid:…`` (admin-api.md 2.1 errors)."""
        if text.startswith("uuid:"):
            if len(text) != 41 or not _UUID.match(text):
                raise QubesdError("QubesVMInvalidUUIDError",
                                  f"VM UUID is not valid: "
                                  f"'{errors.safe(text[5:])}'")
            qube = self.system.by_uuid(text[5:])
            if qube is None:
                raise errors.VMNotFound(text)
            return qube
        qube = self.system.qubes.get(text)
        if qube is not None:
            return qube
        err = names.name_error(text)
        if err:
            raise errors.QubesValueError(err)
        raise errors.VMNotFound(text)
