"""tend init, passwd, check, remember, forget."""

from __future__ import annotations

import argparse

from app.cli.context import CliContext
from app.cli.kdf_choice import new_slot_params
from app.cli.registry import CommandRegistry
from app.core.errors import ExitCode
from app.core.vault import Vault
from app.platform import remembered_key

RECOVERY_NOTICE = (
    "Your recovery key is below. It is shown only this once.\n"
    "Write it down or save it somewhere safe and separate from this computer: it is the\n"
    "only way back in if you forget your passphrase.\n"
)


def register(commands: CommandRegistry) -> None:
    init = commands.add_parser("init", help="create a new encrypted journal")
    init.set_defaults(handler=run_init)

    passwd = commands.add_parser("passwd", help="change the passphrase")
    passwd.add_argument(
        "--recovery-key",
        action="store_true",
        help="prove it's you with the recovery key instead of the current passphrase",
    )
    passwd.set_defaults(handler=run_passwd)

    check = commands.add_parser("check", help="check the journal's integrity and key file")
    check.set_defaults(handler=run_check)

    remember = commands.add_parser(
        "remember", help="remember the key in this device's protected keyring"
    )
    remember.set_defaults(handler=run_remember)

    forget = commands.add_parser("forget", help="forget the key remembered on this device")
    forget.set_defaults(handler=run_forget)


def run_init(ctx: CliContext, args: argparse.Namespace) -> int:
    passphrase = ctx.secrets.new_passphrase()
    created = Vault.create(ctx.paths.vault, passphrase, new_slot_params())
    created.vault.lock()
    ctx.emit(
        {
            "vault_id": created.vault.vault_id,
            "recovery_key": created.recovery_key,
            "data_dir": str(ctx.paths.data_dir),
        },
        f"{RECOVERY_NOTICE}\n    {created.recovery_key}\n\n"
        f"Your journal is ready in {ctx.paths.data_dir}",
    )
    return ExitCode.OK


def run_passwd(ctx: CliContext, args: argparse.Namespace) -> int:
    files = ctx.paths.vault
    if args.recovery_key:
        recovery_text = ctx.secrets.passphrase("Recovery key: ")
        vault = Vault.open_with_recovery_key(files, recovery_text)
        try:
            vault.reset_passphrase_with_recovery_key(
                recovery_text, ctx.secrets.new_passphrase(), new_slot_params()
            )
        finally:
            vault.lock()
    else:
        current = ctx.secrets.passphrase("Current passphrase: ")
        vault = Vault.open_with_passphrase(files, current)
        try:
            vault.change_passphrase(current, ctx.secrets.new_passphrase(), new_slot_params())
        finally:
            vault.lock()
    ctx.emit({"changed": True}, "Passphrase changed. Your recovery key still works.")
    return ExitCode.OK


def run_check(ctx: CliContext, args: argparse.Namespace) -> int:
    vault = ctx.open_vault()
    try:
        report = vault.check()
    finally:
        vault.lock()
    ctx.emit(
        {
            "ok": report.ok,
            "cipher_integrity": list(report.cipher_problems),
            "integrity": list(report.structure_problems),
            "key_slots": list(report.slot_problems),
        },
        "All checks passed: encryption, structure and key file are sound."
        if report.ok
        else "Problems found:\n" + "\n".join(f"  - {line}" for line in report.lines()),
    )
    if report.ok:
        return ExitCode.OK
    ctx.say(
        "tend: the check found damage (details above). Nothing was changed; "
        "restore a backup if you have one."
    )
    return ExitCode.DAMAGED_VAULT


def run_remember(ctx: CliContext, args: argparse.Namespace) -> int:
    vault = ctx.open_vault()
    try:
        backend = remembered_key.remember(ctx.paths, vault, ctx.keystore)
    finally:
        vault.lock()
    ctx.emit(
        {"remembered": True, "backend": backend},
        "This device will remember the key. Use `tend forget` to undo.",
    )
    return ExitCode.OK


def run_forget(ctx: CliContext, args: argparse.Namespace) -> int:
    remembered_key.forget(ctx.paths, ctx.keystore)
    ctx.emit({"remembered": False}, "This device no longer remembers the key.")
    return ExitCode.OK
