"""tend backup create, verify, restore, keygen.

Secrets come from standard input in a fixed order when asked, the same for every action:
with --passphrase-stdin the first line is the journal's passphrase (or, for `restore --new`,
the new journal's; `verify` reads it and sets it aside); with --backup-passphrase-stdin the
next line is the backup's passphrase.
"""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path
from typing import Any

from app.cli.context import CliContext
from app.cli.kdf_choice import new_slot_params
from app.cli.registry import CommandRegistry
from app.core.backup import (
    BackupSecret,
    Identities,
    Passphrase,
    needs_passphrase,
    open_backup,
    restore_into_new_vault,
    verify_backup,
)
from app.core.backup import keys as backup_keys
from app.core.backup.create import report_for
from app.core.backup.files import read_backup_file
from app.core.backup.restore import RestoreSummary
from app.core.clock import system_clock
from app.core.errors import ExitCode, UsageError, WrongPassphraseError
from app.core.vault import check_new_passphrase


def register(commands: CommandRegistry) -> None:
    registry = commands.add_group(
        "backup", "backup_command", help="encrypted backups: create, verify, restore, keygen"
    )

    create = registry.add_parser("create", help="write an encrypted backup of the whole journal")
    create.add_argument("--out", required=True, type=Path, help="the backup file to write")
    create.add_argument(
        "--recipient",
        action="append",
        default=[],
        metavar="PUBKEY",
        help="encrypt to this public key (age1…) instead of a passphrase; repeat for more",
    )
    _backup_passphrase_option(create)
    create.set_defaults(handler=run_create)

    verify = registry.add_parser("verify", help="check that a backup decrypts and is complete")
    verify.add_argument("file", type=Path)
    _secret_options(verify)
    verify.set_defaults(handler=run_verify)

    restore = registry.add_parser("restore", help="restore a backup into this journal or a new one")
    restore.add_argument("file", type=Path)
    restore.add_argument(
        "--new",
        action="store_true",
        help="create a new journal in an empty data folder (a new computer) and restore into it",
    )
    restore.add_argument("--dry-run", action="store_true", help="only show what would change")
    _secret_options(restore)
    restore.set_defaults(handler=run_restore)

    keygen = registry.add_parser("keygen", help="make a key pair for automatic backups")
    keygen.add_argument("--out", required=True, type=Path, help="where to write the private key")
    keygen.set_defaults(handler=run_keygen)


def _backup_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--backup-passphrase-stdin",
        action="store_true",
        help="read the backup's passphrase from the next line of standard input",
    )


def _secret_options(parser: argparse.ArgumentParser) -> None:
    _backup_passphrase_option(parser)
    parser.add_argument(
        "--identity",
        type=Path,
        metavar="FILE",
        help="the private key file, for a backup made to a public key",
    )


def run_create(ctx: CliContext, args: argparse.Namespace) -> int:
    for recipient in args.recipient:
        backup_keys.parse_recipient(recipient)
    workspace = ctx.open_workspace()
    try:
        passphrase = None if args.recipient else _backup_passphrase(ctx, args, confirm=True)
        result = workspace.back_up(args.out, passphrase=passphrase, recipients=args.recipient)
    finally:
        workspace.lock()
    counts = _counts_text(result.counts)
    ctx.emit(
        {
            "file": str(result.path),
            "bytes": result.size_bytes,
            "counts": result.counts,
            "created_at": result.created_at.isoformat(),
        },
        f"Backup written and checked: {result.path} ({counts}).",
    )
    return ExitCode.OK


def run_verify(ctx: CliContext, args: argparse.Namespace) -> int:
    if args.passphrase_stdin:
        # Same order as `restore`: the journal's line comes first. Checking a backup needs
        # only the backup's secret, so that line is read and set aside.
        ctx.secrets.secret_line("--passphrase-stdin")
    report = verify_backup(args.file, _secret_for(ctx, args, read_backup_file(args.file)))
    counts = _counts_text(report.counts)
    ctx.emit(
        {
            "ok": True,
            "created_at": report.created_at.isoformat(),
            "app_version": report.app_version,
            "vault_id": report.vault_id,
            "counts": report.counts,
        },
        f"The backup decrypts and is complete: made {report.created_at:%Y-%m-%d %H:%M} "
        f"by Tend {report.app_version}, holding {counts}.",
    )
    return ExitCode.OK


def run_restore(ctx: CliContext, args: argparse.Namespace) -> int:
    data = read_backup_file(args.file)
    if args.new:
        return _restore_new(ctx, args, data)
    workspace = ctx.open_workspace()
    try:
        document = open_backup(data, _secret_for(ctx, args, data))
        del data
        if args.dry_run:
            summary = workspace.preview_restore(document)
        else:
            summary = workspace.restore(document)
    finally:
        workspace.lock()
    _emit_summary(ctx, summary, dry_run=args.dry_run)
    return ExitCode.OK


def _restore_new(ctx: CliContext, args: argparse.Namespace, data: bytes) -> int:
    if args.dry_run:
        raise UsageError("--dry-run shows changes to an existing journal; use it without --new.")
    files = ctx.paths.vault
    if files.exists():
        raise UsageError(
            f"{ctx.paths.data_dir} already holds a journal. Restore into it without --new, "
            "or choose an empty folder with --data-dir."
        )
    _refuse_unrelated_files(ctx.paths.data_dir)
    new_passphrase = ctx.secrets.new_passphrase()
    check_new_passphrase(new_passphrase)
    document = open_backup(data, _secret_for(ctx, args, data))
    del data
    created, summary = restore_into_new_vault(files, new_passphrase, document, new_slot_params())
    created.vault.lock()
    ctx.say(
        "Your recovery key for the new journal is below. It is shown only this once; keep "
        f"it somewhere safe, apart from this computer.\n\n    {created.recovery_key}\n"
    )
    _emit_summary(ctx, summary, dry_run=False, recovery_key=created.recovery_key)
    return ExitCode.OK


# What Tend itself may have left in a data folder before any journal was made there.
TEND_OWN_FILES = frozenset({"config.json", "logs", "backups", "reminder-state.json"})


def _refuse_unrelated_files(folder: Path) -> None:
    """`restore --new` makes a journal in an empty folder, never among someone's files."""
    try:
        others = sorted(p.name for p in folder.iterdir() if p.name not in TEND_OWN_FILES)
    except FileNotFoundError:
        return
    except NotADirectoryError:
        raise UsageError(f"{folder} is a file, not a folder; choose an empty folder.") from None
    if others:
        more = f" and {len(others) - 1} more" if len(others) > 1 else ""
        raise UsageError(
            f"{folder} isn't empty (it holds {others[0]!r}{more}), so no journal was made "
            "there. --new restores into an empty folder: choose a new one with --data-dir."
        )


def run_keygen(ctx: CliContext, args: argparse.Namespace) -> int:
    pair = backup_keys.generate()
    backup_keys.write_key_file(args.out, pair, system_clock())
    ctx.say(backup_keys.WHERE_TO_KEEP_THE_KEY)
    ctx.emit(
        {"public_key": pair.public_key, "private_key_file": str(args.out)},
        f"Private key written to {args.out}\nPublic key (give this to automatic backups or "
        f"--recipient):\n{pair.public_key}",
    )
    return ExitCode.OK


SINGULAR = {
    "entries": "entry",
    "settings": "setting",
    "activities": "activity",
    "checkins": "check-in",
    "questionnaires": "questionnaire result",
    "prompt_history": "past prompt",
    "contacts": "trusted contact",
    "safety_plan": "safety plan",
}
PLURAL = {
    "checkins": "check-ins",
    "questionnaires": "questionnaire results",
    "prompt_history": "past prompts",
    "contacts": "trusted contacts",
    "safety_plan": "safety plans",
}


def _counts_text(counts: dict[str, int]) -> str:
    return ", ".join(
        f"{count} {SINGULAR.get(name, name) if count == 1 else PLURAL.get(name, name)}"
        for name, count in counts.items()
    )


def _emit_summary(
    ctx: CliContext, summary: RestoreSummary, *, dry_run: bool, recovery_key: str | None = None
) -> None:
    data: dict[str, Any] = {
        "dry_run": dry_run,
        "backup": {
            "created_at": summary.backup.created_at.isoformat(),
            "counts": report_for(summary.backup).counts,
        },
        "sections": {
            section.section: {
                "added": section.added,
                "unchanged": section.unchanged,
                "replaced_keeping_copy": section.replaced_keeping_copy,
                "added_as_copy": section.added_as_copy,
                "kept_current": section.kept_current,
                "replaced": section.replaced,
            }
            for section in summary.sections
        },
    }
    if recovery_key is not None:
        data["recovery_key"] = recovery_key
    lead = "Restoring would change:" if dry_run else "Restored:"
    ctx.emit(data, "\n".join([lead, *(f"  {line}" for line in summary.lines())]))


def _secret_for(ctx: CliContext, args: argparse.Namespace, data: bytes) -> BackupSecret:
    if needs_passphrase(data):
        return _backup_passphrase(ctx, args, confirm=False)
    if args.identity is None:
        raise UsageError(
            "This backup was made to a public key; give its private key file with --identity."
        )
    return Identities(backup_keys.read_key_file(args.identity))


def _backup_passphrase(ctx: CliContext, args: argparse.Namespace, *, confirm: bool) -> Passphrase:
    if args.backup_passphrase_stdin:
        line = ctx.secrets.secret_line("--backup-passphrase-stdin")
        if line is None:
            raise WrongPassphraseError(
                "--backup-passphrase-stdin was given, but standard input had no line for it."
            )
        text = line
    elif ctx.secrets.interactive:
        text = getpass.getpass("Backup passphrase: ")
        if confirm and getpass.getpass("Repeat the backup passphrase: ") != text:
            raise UsageError("The two passphrases were different; no backup was written.")
    else:
        raise UsageError(
            "This needs the backup's passphrase: pipe it in with --backup-passphrase-stdin, "
            "run in a terminal, or use --recipient."
        )
    if confirm:
        check_new_passphrase(text)
    return Passphrase(text)
