"""`telerecouv users add|list|passwd`."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from telerecouv.cli.common import database, print_json
from telerecouv.domain.enums import Role
from telerecouv.services.permissions import SYSTEM
from telerecouv.services.users import UserService
from telerecouv.store.errors import ValidationError


def register(commands: Any) -> None:
    users = commands.add_parser("users", help="user accounts")
    sub = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="create a user")
    add.add_argument("login")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--full-name", default="")
    add.add_argument("--team")
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input instead of prompting",
    )
    add.set_defaults(handler=add_user)
    lst = sub.add_parser("list", help="list users")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=list_users)
    pwd = sub.add_parser("passwd", help="set a user's password")
    pwd.add_argument("login")
    pwd.add_argument("--password-stdin", action="store_true")
    pwd.set_defaults(handler=set_password)


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Password again: ") != first:
        raise ValidationError("The two passwords differ; nothing was saved.", field="password")
    return first


def add_user(args: argparse.Namespace) -> int:
    password = _read_password(args.password_stdin)
    db = database(args)
    try:
        info = UserService(db.sessions).add_user(
            SYSTEM,
            args.login,
            Role(args.role),
            password,
            full_name=args.full_name,
            team=args.team,
        )
    finally:
        db.dispose()
    print(f"user {info.login} ({info.role.value}) created")
    return 0


def list_users(args: argparse.Namespace) -> int:
    db = database(args)
    try:
        rows = UserService(db.sessions).list_users(SYSTEM)
    finally:
        db.dispose()
    if args.json:
        print_json(
            [
                {
                    "login": u.login,
                    "role": u.role.value,
                    "full_name": u.full_name,
                    "team": u.team,
                    "active": u.active,
                }
                for u in rows
            ]
        )
    else:
        for u in rows:
            print(f"{u.login:20} {u.role.value:12} {u.team or '-':20} {u.full_name}")
    return 0


def set_password(args: argparse.Namespace) -> int:
    password = _read_password(args.password_stdin)
    db = database(args)
    try:
        UserService(db.sessions).set_password(SYSTEM, args.login, password)
    finally:
        db.dispose()
    print(f"password of {args.login} changed")
    return 0
