"""One Tend per user and data folder. A second start hands its request to the first, and exits.

The first instance listens on a local socket named by ``AppPaths.instance_name``; a later
start connects, sends one line ("show", "check-in" or "hidden"), waits for "ok", and quits.
After a crash the socket file can outlive its process: connecting to it fails, so it is
removed and listened on afresh. A lock file serialises the check, so two starts at the same
moment can't both become the first.
"""

from __future__ import annotations

import argparse
import logging

from PySide6.QtCore import QDir, QLockFile, QObject, Signal, Slot
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

SHOW = "show"
CHECK_IN = "check-in"
HIDDEN = "hidden"  # a second autostart: nothing to bring forward
REQUESTS = frozenset({SHOW, CHECK_IN, HIDDEN})
ACKNOWLEDGEMENT = b"ok\n"
HANDOVER_TIMEOUT_MS = 3000
LOCK_TIMEOUT_MS = 5000


def request_from_args(args: argparse.Namespace) -> str:
    """The request a start with these arguments makes of the running Tend."""
    if getattr(args, "check_in", False):
        return CHECK_IN
    if getattr(args, "hidden", False):
        return HIDDEN
    return SHOW


class SingleInstance(QObject):
    """Call ``acquire(request)`` right after creating the QApplication.

    It returns True when this process is the one Tend (keep going) and False when the
    request went to the Tend already running (exit quietly). The first instance then emits
    ``request_received`` with every request a later start sends.
    """

    request_received = Signal(str)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server: QLocalServer | None = None

    def acquire(self, request: str = SHOW) -> bool:
        if request not in REQUESTS:
            raise ValueError(f"unknown request {request!r}")
        lock = QLockFile(QDir(QDir.tempPath()).filePath(f"{self.name}.lock"))
        lock.setStaleLockTime(LOCK_TIMEOUT_MS * 2)
        # Without the lock we still try: a stuck lock file must never stop Tend starting.
        locked = lock.tryLock(LOCK_TIMEOUT_MS)
        try:
            if self._hand_over(request):
                return False
            self._listen()
            return True
        finally:
            if locked:
                lock.unlock()

    def release(self) -> None:
        """Stop listening (at quit), so the next start doesn't need to clean up."""
        if self._server is not None:
            self._server.close()
            self._server = None

    def _hand_over(self, request: str) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(HANDOVER_TIMEOUT_MS):
            return False
        socket.write(request.encode() + b"\n")
        socket.waitForBytesWritten(HANDOVER_TIMEOUT_MS)
        answered = socket.waitForReadyRead(HANDOVER_TIMEOUT_MS)
        reply = bytes(socket.readAll().data()) if answered else b""
        socket.disconnectFromServer()
        if reply != ACKNOWLEDGEMENT:
            log.info("The running Tend did not answer; starting a new one")
            return False
        log.debug("Handed %r to the running Tend", request)
        return True

    def _listen(self) -> None:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            if server.serverError() != QAbstractSocket.SocketError.AddressInUseError:
                log.info("Single-instance socket unavailable: %s", server.errorString())
                return  # run anyway; only the hand-over is lost
            # Nobody answered on it (we just tried), so it is left over from a crash.
            log.debug("Removing a stale single-instance socket")
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                log.info("Single-instance socket unavailable: %s", server.errorString())
                return
        server.newConnection.connect(self._accept)
        self._server = server

    def _accept(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            # A bound slot with sender(), not a lambda holding the socket: a Python
            # reference kept alive by a connection crashes PySide when Qt deletes it.
            socket.readyRead.connect(self._socket_ready)
            socket.disconnected.connect(socket.deleteLater)
            if socket.canReadLine():
                self._read_request(socket)

    @Slot()
    def _socket_ready(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read_request(socket)

    def _read_request(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        request = bytes(socket.readLine().data()).decode(errors="replace").strip()
        socket.write(ACKNOWLEDGEMENT)
        socket.flush()
        socket.disconnectFromServer()
        if request in REQUESTS:
            self.request_received.emit(request)
        else:
            log.debug("Ignoring an unknown single-instance request")
