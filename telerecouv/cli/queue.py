"""`telerecouv queue list|next|release`: the queues from the command line."""

from __future__ import annotations

import argparse
from typing import Any

from sqlalchemy import select

from telerecouv.cli.common import database, print_json
from telerecouv.domain.enums import Stage
from telerecouv.services.permissions import SYSTEM, Actor
from telerecouv.services.queue.service import Lease, QueueRow, QueueService
from telerecouv.store.errors import NotFound, ValidationError
from telerecouv.store.models import User


def register(commands: Any) -> None:
    queue = commands.add_parser("queue", help="call queues: ordered files, next call, release")
    sub = queue.add_subparsers(dest="queue_command", metavar="ACTION", required=True)
    lst = sub.add_parser("list", help="queued files in the order agents get them")
    lst.add_argument("--stage", choices=[s.value for s in Stage])
    lst.add_argument("--queue", type=int, help="one queue by id")
    lst.add_argument("--limit", type=int, default=50)
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=list_items)
    nxt = sub.add_parser("next", help="lease the next file to an agent (as 'next call' does)")
    nxt.add_argument("--agent", required=True, help="the agent's login")
    nxt.add_argument("--json", action="store_true")
    nxt.set_defaults(handler=next_item)
    rel = sub.add_parser("release", help="hand a leased file back to its queue")
    rel.add_argument("item", type=int, help="work item id")
    rel.add_argument("--token", help="the lease token (default: force the release)")
    rel.set_defaults(handler=release)


def _row_json(row: QueueRow) -> dict[str, Any]:
    return {
        "item_id": row.item_id,
        "debtor_id": row.debtor_id,
        "debtor_external_id": row.debtor_external_id,
        "claim_external_ids": list(row.claim_external_ids),
        "queue_id": row.queue_id,
        "stage": row.stage.value,
        "score": row.score,
        "explanation": row.explanation,
        "next_eligible_at": row.next_eligible_at.isoformat() if row.next_eligible_at else None,
        "time_zones": list(row.time_zones),
    }


def list_items(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise ValidationError("--limit must be at least 1.", field="limit")
    db = database(args)
    try:
        rows = QueueService(db.sessions).list_items(
            queue_id=args.queue,
            stage=Stage(args.stage) if args.stage else None,
            limit=args.limit,
        )
    finally:
        db.dispose()
    if args.json:
        print_json([_row_json(row) for row in rows])
        return 0
    for row in rows:
        when = row.next_eligible_at.isoformat(timespec="minutes") if row.next_eligible_at else "now"
        print(
            f"{row.item_id:>8} {row.debtor_external_id:14} {row.stage.value:20} "
            f"{row.score:9.2f} {when:17} {','.join(row.time_zones):30} {row.explanation}"
        )
    if not rows:
        print("no queued file")
    return 0


def _lease_json(lease: Lease) -> dict[str, Any]:
    return {
        "item_id": lease.item_id,
        "debtor_id": lease.debtor_id,
        "queue_id": lease.queue_id,
        "stage": lease.stage.value,
        "token": lease.token,
        "expires_at": lease.expires_at.isoformat(),
        "explanation": lease.explanation,
        "callback": lease.callback,
    }


def next_item(args: argparse.Namespace) -> int:
    db = database(args)
    try:
        with db.sessions() as session:
            user = session.scalars(select(User).where(User.login == args.agent)).first()
        if user is None or not user.active:
            raise NotFound(
                f"There is no active user {args.agent!r}.", "See 'telerecouv users list'."
            )
        agent = Actor(user.id, user.login, user.role, user.full_name, user.team_id)
        lease = QueueService(db.sessions).next_item(agent)
    finally:
        db.dispose()
    if args.json:
        print_json(_lease_json(lease) if lease else None)
    elif lease is None:
        print(f"nothing to call now for {args.agent}")
    else:
        print(
            f"item {lease.item_id} (debtor {lease.debtor_id}) leased to {args.agent} until "
            f"{lease.expires_at.isoformat(timespec='seconds')}: {lease.explanation}"
        )
        print(f"token {lease.token}")
    return 0


def release(args: argparse.Namespace) -> int:
    db = database(args)
    try:
        QueueService(db.sessions).release(SYSTEM, args.item, args.token)
    finally:
        db.dispose()
    print(f"item {args.item} is back in its queue")
    return 0
