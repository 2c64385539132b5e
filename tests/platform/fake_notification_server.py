"""A stand-in for a desktop's notification server, run on a private session bus.

It owns org.freedesktop.Notifications, appends every Notify call as a JSON line to the
record file, answers GetCapabilities with the capabilities given, and, when asked with
--invoke, presses that action button right after each notification (then closes it), the
way a person would.

    python -m tests.platform.fake_notification_server ADDRESS RECORD_FILE \
        [--capabilities body,actions] [--invoke check-in [--invoke-delay 0.2]]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from jeepney import DBusAddress, HeaderFields, MessageType, new_error, new_method_return, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

NAME = "org.freedesktop.Notifications"
OBJECT = DBusAddress("/org/freedesktop/Notifications", interface=NAME)
CLOSED_BY_USER = 2
NOTIFY_SIGNATURE = "susssasa{sv}i"
INTROSPECTION = """<node>
  <interface name="org.freedesktop.Notifications">
    <method name="GetCapabilities"><arg direction="out" type="as"/></method>
    <method name="Notify">
      <arg name="app_name" direction="in" type="s"/>
      <arg name="replaces_id" direction="in" type="u"/>
      <arg name="app_icon" direction="in" type="s"/>
      <arg name="summary" direction="in" type="s"/>
      <arg name="body" direction="in" type="s"/>
      <arg name="actions" direction="in" type="as"/>
      <arg name="hints" direction="in" type="a{sv}"/>
      <arg name="expire_timeout" direction="in" type="i"/>
      <arg name="id" direction="out" type="u"/>
    </method>
    <method name="CloseNotification"><arg name="id" direction="in" type="u"/></method>
    <method name="GetServerInformation">
      <arg direction="out" type="s"/><arg direction="out" type="s"/>
      <arg direction="out" type="s"/><arg direction="out" type="s"/>
    </method>
    <signal name="NotificationClosed"><arg type="u"/><arg type="u"/></signal>
    <signal name="ActionInvoked"><arg type="u"/><arg type="s"/></signal>
  </interface>
</node>
"""


def serve(
    address: str, record: Path, capabilities: list[str], invoke: str | None, delay: float
) -> None:
    connection = open_dbus_connection(bus=address)
    reply = connection.send_and_get_reply(message_bus.RequestName(NAME, 0x4))
    if reply.body[0] != 1:  # 1 = we are the primary owner
        sys.exit(f"could not own {NAME}")
    print("ready", flush=True)
    next_id = 1
    while True:
        message = connection.receive()
        if message.header.message_type != MessageType.method_call:
            continue
        member = message.header.fields.get(HeaderFields.member)
        if member == "Introspect":
            connection.send(new_method_return(message, "s", (INTROSPECTION,)))
        elif member == "GetCapabilities":
            connection.send(new_method_return(message, "as", (capabilities,)))
        elif member == "GetServerInformation":
            connection.send(new_method_return(message, "ssss", ("fake", "tend-tests", "1", "1.2")))
        elif (
            member == "Notify"
            and message.header.fields.get(HeaderFields.signature) != NOTIFY_SIGNATURE
        ):
            # A real server (GDBus) rejects a call whose argument types don't match.
            connection.send(new_error(message, "org.freedesktop.DBus.Error.InvalidArgs"))
        elif member == "Notify":
            app_name, replaces_id, icon, summary, body, actions, hints, timeout = message.body
            notification_id = replaces_id or next_id
            next_id += 1
            call = {
                "signature": message.header.fields.get(HeaderFields.signature),
                "app_name": app_name,
                "replaces_id": replaces_id,
                "icon": icon,
                "summary": summary,
                "body": body,
                "actions": list(actions),
                "hints": sorted(hints),
                "timeout": timeout,
                "id": notification_id,
            }
            with record.open("a", encoding="utf-8") as handle:
                handle.write(json.dumps(call) + "\n")
            outgoing = [new_method_return(message, "u", (notification_id,))]
            if invoke:
                outgoing.append(
                    new_signal(OBJECT, "ActionInvoked", "us", (notification_id, invoke))
                )
                outgoing.append(
                    new_signal(
                        OBJECT, "NotificationClosed", "uu", (notification_id, CLOSED_BY_USER)
                    )
                )
            if delay:  # the person clicks a little later
                connection.send(outgoing.pop(0))
                time.sleep(delay)
            # Otherwise one write for the reply and the signals: the client reads them in one
            # chunk, the hardest case for a client that waits on its socket for signals.
            data = b"".join(m.serialise(serial=next(connection.outgoing_serial)) for m in outgoing)
            connection.sock.sendall(data)
        elif member == "CloseNotification":
            (notification_id,) = message.body
            with record.open("a", encoding="utf-8") as handle:
                handle.write(json.dumps({"closed": notification_id}) + "\n")
            connection.send(new_method_return(message))
            connection.send(new_signal(OBJECT, "NotificationClosed", "uu", (notification_id, 3)))
        else:
            connection.send(new_error(message, "org.freedesktop.DBus.Error.UnknownMethod"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("address")
    parser.add_argument("record", type=Path)
    parser.add_argument("--capabilities", default="body,actions")
    parser.add_argument("--invoke")
    parser.add_argument("--invoke-delay", type=float, default=0.0)
    args = parser.parse_args()
    capabilities = [c for c in args.capabilities.split(",") if c]
    serve(args.address, args.record, capabilities, args.invoke, args.invoke_delay)


if __name__ == "__main__":
    main()
