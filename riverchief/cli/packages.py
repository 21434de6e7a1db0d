"""``riverchief packages export|import|verify|receipt`` and ``riverchief keys ...``."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from riverchief.cli.output import add_output_options, emit
from riverchief.cli.users import actor_from_args, add_actor_options
from riverchief.errors import UserError
from riverchief.i18n import translate

KEY_PASSWORD_ENV = "RIVERCHIEF_KEY_PASSWORD"


def key_password() -> str:
    password = os.environ.get(KEY_PASSWORD_ENV)
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise UserError(translate(
            "Packages", "no password for the signing key: set ${env} or run in a terminal"
        ).format(env=KEY_PASSWORD_ENV))
    return getpass.getpass(translate("Packages", "password of the signing key: "))


def register(nouns: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = nouns.add_parser("packages", help="signed packages between installations")
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True)
    exp = verbs.add_parser("export", help="a chief's records not yet acknowledged by the office")
    exp.add_argument("--chief", required=True, help="chief code")
    which = exp.add_mutually_exclusive_group()
    which.add_argument("--since-last", action="store_true", default=True,
                       help="everything the office has not acknowledged (default)")
    which.add_argument("--period", help="only records of this period (2026Q3, 2026-07, 2026)")
    exp.add_argument("-o", "--out", type=Path, required=True)
    add_actor_options(exp)
    exp.set_defaults(func=cmd_export)

    for verb, helptext in (("import", "verify a package, then apply it in one transaction"),
                           ("verify", "check a package without importing it")):
        v = verbs.add_parser(verb, help=helptext)
        v.add_argument("file", type=Path)
        if verb == "import":
            v.add_argument("--dry-run", action="store_true", help="show what would change")
        add_actor_options(v)
        add_output_options(v)
        v.set_defaults(func=cmd_import, verify_only=verb == "verify")

    rec = verbs.add_parser("receipt", help="the office's signed receipt for an imported package")
    rec.add_argument("package", type=Path, help="the package that was imported")
    rec.add_argument("-o", "--out", type=Path, required=True)
    add_actor_options(rec)
    rec.set_defaults(func=cmd_receipt)

    upd = verbs.add_parser("updates", help="the office's registry changes and problem updates "
                           "for a chief's laptop")
    upd.add_argument("--chief", required=True, help="chief code")
    upd.add_argument("--all", action="store_true",
                     help="everything, not only what was not sent to that laptop before")
    upd.add_argument("-o", "--out", type=Path, required=True)
    add_actor_options(upd)
    upd.set_defaults(func=cmd_updates)

    k = nouns.add_parser("keys", help="this installation's signing key and enrolled keys")
    kv = k.add_subparsers(dest="verb", metavar="VERB", required=True)
    create = kv.add_parser("create", help="make this installation's key pair")
    add_actor_options(create)
    create.set_defaults(func=cmd_keys_create)
    show = kv.add_parser("list", help="this installation's key and the enrolled keys")
    add_output_options(show)
    show.set_defaults(func=cmd_keys_list)
    enrol = kv.add_parser("enrol", help="accept packages signed by this public key")
    enrol.add_argument("public_key", help="64 hex digits")
    enrol.add_argument("--label", required=True)
    enrol.add_argument("--chief", help="chief code of the laptop's owner")
    enrol.add_argument("--replaces", help="fingerprint of the replaced laptop's key")
    add_actor_options(enrol)
    enrol.set_defaults(func=cmd_keys_enrol)
    revoke = kv.add_parser("revoke", help="refuse packages signed by this key from now on")
    revoke.add_argument("fingerprint")
    revoke.add_argument("--reason", required=True)
    add_actor_options(revoke)
    revoke.set_defaults(func=cmd_keys_revoke)


def _store(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from riverchief.cli import db_path
    from riverchief.db import open_store

    return open_store(db_path(args))


def _chief_id(store, code: str) -> str:  # type: ignore[no-untyped-def]
    rows = list(store.db.query("SELECT id FROM chief WHERE code = ? AND deleted_at IS NULL",
                               [code]))
    if not rows:
        raise UserError(translate("Packages", "No chief with code {code}.").format(code=code))
    return str(rows[0]["id"])


def cmd_export(args: argparse.Namespace) -> int:
    from riverchief.exchange.export import export_package
    from riverchief.exchange.selection import chief_items
    from riverchief.periods import parse_period

    period = parse_period(args.period) if args.period else None
    with _store(args) as store:
        actor = actor_from_args(store, args)
        chief_id = _chief_id(store, args.chief)
        items = chief_items(store, chief_id, period)
        export_package(store, actor, args.out, key_password(), items, chief_id=chief_id,
                       period=period.label if period else None)
    print(translate("Packages", "{count} records written to {path}").format(
        count=len(items), path=args.out))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from riverchief.exchange.merge import import_package

    with _store(args) as store:
        actor = actor_from_args(store, args)
        result = import_package(store, actor, args.file,
                                dry_run=args.verify_only or args.dry_run)
    if result.already_imported:
        print(translate("Packages", "{path}: already imported, nothing changed").format(
            path=args.file))
        return 0
    summary = result.summary()
    emit(args, [{"what": k, "count": v} for k, v in summary.items()], ["what", "count"])
    if result.receipt and not (args.verify_only or args.dry_run):
        print(translate("Packages", "receipt from the office: package received {when}, "
                        "{n} records acknowledged").format(
                            when=result.receipt.get("received_at"), n=result.acknowledged),
              file=sys.stderr)
    if result.judged:
        print(translate("Packages", "{judged} patrols judged again with this installation's "
                        "rule set; {changed} verdicts differ from the laptop's").format(
                            judged=result.judged, changed=result.rejudged), file=sys.stderr)
    if result.conflicts and not (args.verify_only or args.dry_run):
        print(translate("Packages", "{n} conflicts kept for an evaluator to settle").format(
            n=len(result.conflicts)), file=sys.stderr)
    return 0


def cmd_receipt(args: argparse.Namespace) -> int:
    from riverchief.exchange.export import export_receipt
    from riverchief.exchange.package import read_package

    manifest_sha = read_package(args.package).manifest_sha256
    with _store(args) as store:
        actor = actor_from_args(store, args)
        export_receipt(store, actor, manifest_sha, args.out, key_password())
    print(args.out)
    return 0


def cmd_updates(args: argparse.Namespace) -> int:
    from riverchief.exchange.export import export_for_chief
    from riverchief.exchange.package import read_package

    with _store(args) as store:
        actor = actor_from_args(store, args)
        export_for_chief(store, actor, _chief_id(store, args.chief), args.out, key_password(),
                         everything=args.all)
    print(translate("Packages", "{count} records written to {path}").format(
        count=len(read_package(args.out).records), path=args.out))
    return 0


def cmd_keys_create(args: argparse.Namespace) -> int:
    from riverchief.exchange.keys import create_installation_key

    with _store(args) as store:
        info = create_installation_key(store, actor_from_args(store, args), key_password())
    print(f"{info.public_key}\n{info.fingerprint}")
    return 0


def cmd_keys_list(args: argparse.Namespace) -> int:
    from riverchief.exchange.keys import enrolled_keys, installation_key

    with _store(args) as store:
        own = installation_key(store)
        rows = []
        if own:
            rows.append({"key": "this installation", "label": "", "fingerprint": own.fingerprint,
                         "revoked": "", "public_key": own.public_key})
        for k in enrolled_keys(store):
            rows.append({"key": "enrolled", "label": k.label, "fingerprint": k.fingerprint,
                         "revoked": k.revoked_at or "", "public_key": k.public_key})
    emit(args, rows, ["key", "label", "fingerprint", "revoked", "public_key"])
    return 0


def cmd_keys_enrol(args: argparse.Namespace) -> int:
    from riverchief.exchange.keys import enrol_key

    with _store(args) as store:
        actor = actor_from_args(store, args)
        chief_id = _chief_id(store, args.chief) if args.chief else None
        info = enrol_key(store, actor, args.public_key, args.label, chief_id=chief_id,
                         replaces=args.replaces)
    print(info.fingerprint)
    return 0


def cmd_keys_revoke(args: argparse.Namespace) -> int:
    from riverchief.exchange.keys import revoke_key

    with _store(args) as store:
        revoke_key(store, actor_from_args(store, args), args.fingerprint, reason=args.reason)
    return 0
