"""``riverchief users add|list|reset-password|audit``, and who is acting for every command.

Commands that write take ``--user CODE``; the password comes from ``$RIVERCHIEF_PASSWORD``
or a prompt. A single-user installation (no accounts yet) needs neither.
"""

from __future__ import annotations

import argparse
import codecs
import getpass
import os
import sys

from riverchief.cli.output import add_output_options, emit
from riverchief.db import Store
from riverchief.errors import UserError
from riverchief.i18n import translate
from riverchief.security import Actor

PASSWORD_ENV = "RIVERCHIEF_PASSWORD"


def add_actor_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", help="sign in as this user (password from "
                                       f"${PASSWORD_ENV} or a prompt)")


def actor_from_args(store: Store, args: argparse.Namespace) -> Actor:
    """The signed-in user of a command: the owner of a single-user installation, or
    ``--user`` with its password."""
    from riverchief.security import users

    code = getattr(args, "user", None)
    if not code:
        if users.is_single_user(store):
            return users.sign_in_single_user(store)
        raise UserError(translate(
            "CliUsers", "This installation has users: add --user CODE (password from "
                        "${env} or a prompt).").format(env=PASSWORD_ENV))
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        if not sys.stdin.isatty():
            raise UserError(translate(
                "CliUsers", "No password: set ${env} or run in a terminal.").format(
                    env=PASSWORD_ENV))
        password = getpass.getpass(f"password for {code}: ")
    return users.sign_in(store, code, password)


def _stdin_line() -> str:
    """One line of standard input, UTF-8 or else in the code page of a Chinese Windows.

    The frozen app reads its input as UTF-8 (UTF-8 mode), but ``echo 口令| riverchief.cmd
    ...`` in cmd.exe pipes GBK: a Chinese password became other characters, stored so,
    and the new account could not be signed in to.
    """
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:
        return str(sys.stdin.readline()).rstrip("\r\n")
    raw = buffer.readline().rstrip(b"\r\n")
    try:
        return str(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        pass
    encoding = getattr(sys.stdin, "encoding", None) or "gb18030"
    try:
        if codecs.lookup(encoding).name == "utf-8":
            encoding = "gb18030"
    except LookupError:
        encoding = "gb18030"
    return str(raw.decode(encoding, errors="replace"))


def _new_password(args: argparse.Namespace) -> str | None:
    if args.password_stdin:
        line = _stdin_line()
        return line or None
    if args.no_password:
        return None
    if not sys.stdin.isatty():
        raise UserError(translate(
            "CliUsers", "Give the new password with --password-stdin, or --no-password."))
    first = getpass.getpass("new password: ")
    if first != getpass.getpass("repeat it: "):
        raise UserError(translate("CliUsers", "The two passwords differ."))
    return first


def register(nouns: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = nouns.add_parser("users", help="user accounts and roles")
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True)

    add = verbs.add_parser("add", help="add a user account")
    add.add_argument("code", help="sign-in name")
    add.add_argument("--name", required=True, help="full name")
    add.add_argument("--role", required=True, choices=["chief", "unit", "evaluator", "admin"])
    add.add_argument("--chief", help="registry chief code (role chief)")
    add.add_argument("--unit", help="responsible unit code (role unit)")
    add.add_argument("--scope", help="area code the evaluator works in (role evaluator)")
    pw = add.add_mutually_exclusive_group()
    pw.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    pw.add_argument("--no-password", action="store_true", help="no password yet")
    add_actor_options(add)
    add.set_defaults(func=cmd_add)

    ls = verbs.add_parser("list", help="list user accounts")
    add_output_options(ls)
    add_actor_options(ls)
    ls.set_defaults(func=cmd_list)

    aud = verbs.add_parser("audit", help="the audit trail: who changed what, when "
                                         "(-o FILE.csv exports it)")
    aud.add_argument("--table", help="only this table (e.g. segment, chief, app_user)")
    aud.add_argument("--code", help="only the record with this code (needs --table)")
    aud.add_argument("--by", help="only changes by this user")
    aud.add_argument("--since", help="from this date or time (ISO, e.g. 2026-07-01)")
    aud.add_argument("--until", help="up to this date or time (ISO)")
    add_output_options(aud)
    add_actor_options(aud)
    aud.set_defaults(func=cmd_audit)

    reset = verbs.add_parser("reset-password", help="set a new password and unlock an account")
    reset.add_argument("code", help="sign-in name")
    reset.add_argument("--password-stdin", action="store_true",
                       help="read the password from stdin")
    reset.set_defaults(no_password=False)
    add_actor_options(reset)
    reset.set_defaults(func=cmd_reset)


def cmd_audit(args: argparse.Namespace) -> int:
    from riverchief.cli import db_path
    from riverchief.db import open_store
    from riverchief.registry.edit import id_for_code
    from riverchief.security import audit

    with open_store(db_path(args)) as store:
        actor = actor_from_args(store, args)
        record_id = None
        if args.code:
            if not args.table:
                raise UserError(translate("CliUsers", "--code needs --table."))
            record_id = id_for_code(store, args.table, args.code)
            if record_id is None:
                raise UserError(translate("CliUsers", "No {what} with code {code}.").format(
                    what=args.table, code=args.code))
        filters = {"table": args.table, "record_id": record_id, "by": args.by,
                   "since": args.since, "until": args.until}
        if args.out is not None and args.out.suffix.lower() == ".csv" and args.format != "json":
            n = audit.export_csv(store, actor, args.out, **filters)
            print(translate("CliUsers", "{n} audit entries written to {path}.").format(
                n=n, path=args.out))
            return 0
        rows = [{"at": e.at, "actor": e.actor, "action": e.action, "table": e.table,
                 "record": e.record_id,
                 "changes": e.describe()}
                for e in audit.entries(store, actor, **filters)]
    emit(args, rows, ["at", "actor", "action", "table", "record", "changes"])
    return 0


def _ref(store: Store, table: str, code: str | None, what: str) -> str | None:
    from riverchief.registry.edit import id_for_code

    if not code:
        return None
    ref = id_for_code(store, table, code)
    if ref is None:
        raise UserError(translate("CliUsers", "No {what} with code {code}.").format(
            what=what, code=code))
    return ref


def cmd_add(args: argparse.Namespace) -> int:
    from riverchief.cli import db_path
    from riverchief.db import open_store
    from riverchief.security import role_name, users

    with open_store(db_path(args)) as store:
        actor = actor_from_args(store, args)
        password = _new_password(args)
        user = users.add_user(
            store, actor, args.code, args.name, args.role, password=password,
            chief_id=_ref(store, "chief", args.chief, translate("CliUsers", "chief")),
            unit_id=_ref(store, "unit", args.unit, translate("CliUsers", "unit")),
            scope_area_id=_ref(store, "area", args.scope, translate("CliUsers", "area")))
    print(translate("CliUsers", "Added {code} ({role}).").format(code=user.code,
                                                                 role=role_name(user.role)))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from riverchief.cli import db_path
    from riverchief.db import open_store
    from riverchief.registry.edit import code_for_id
    from riverchief.security import role_name, users

    with open_store(db_path(args)) as store:
        actor = actor_from_args(store, args)
        rows = [{
            "code": u.code, "name": u.name, "role": role_name(u.role),
            "link": code_for_id(store, "chief", u.chief_id) or code_for_id(store, "unit",
                                                                           u.unit_id)
            or code_for_id(store, "area", u.scope_area_id),
            "password": "yes" if u.has_password else "no",
            "locked": "yes" if u.locked else "",
            "active": "yes" if u.active else "no",
        } for u in users.list_users(store, actor)]
    emit(args, rows, ["code", "name", "role", "link", "password", "locked", "active"])
    return 0


def cmd_reset(args: argparse.Namespace) -> int:
    from riverchief.cli import db_path
    from riverchief.db import open_store
    from riverchief.security import users

    with open_store(db_path(args)) as store:
        actor = actor_from_args(store, args)
        target = users.get_user(store, args.code)
        if target is None:
            raise UserError(translate("CliUsers", "No user {code}.").format(code=args.code))
        password = _new_password(args)
        if not password:
            raise UserError(translate("CliUsers", "A new password is needed."))
        users.reset_password(store, actor, target.id, password)
    print(translate("CliUsers", "Password of {code} reset; the account is unlocked.").format(
        code=args.code))
    return 0
