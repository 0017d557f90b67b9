"""The `python -m bot` command line: build, train, serve, chat, evaluate, logs and review.

Every problem a person must fix is printed as one line (no traceback) and exits with 2.
"""

import argparse
import sys
from pathlib import Path
from typing import List, Optional

from bot.errors import NeedleGuideError


def cmd_build(args) -> int:
    """Validate clinic.yml and the knowledge base, then build knowledge.db, the spaCy pipeline and NLU data."""
    from bot.clinic import ANSWER_TOPICS, check_clinic
    from bot.knowledge import KNOWLEDGE_DIR, db_path
    from bot.knowledge.build import build
    from bot.knowledge.common_words import build_common_words
    from bot.knowledge.report import empty_cells, format_report
    from bot.knowledge.synonyms import Synonyms
    from bot.knowledge.typos import near_an_illness_word
    from bot.nlu.generated_data import write_nlu_entity_data
    from bot.nlu.spacy_pipeline import build_pipeline
    from bot.nlu.vocabulary import build_vocabulary

    clinic = check_clinic()  # a slip there fails the build, one line per problem
    kb = build(Path(args.knowledge or KNOWLEDGE_DIR), db_path())
    synonyms = Synonyms(kb.synonyms)
    build_pipeline(synonyms)
    write_nlu_entity_data(synonyms)
    entries = list(kb.entries.values())
    build_vocabulary(
        [f"{e.question} {e.answer} {' '.join(e.keywords)}" for e in entries]
        + [p for kind in synonyms.table for _, p in synonyms.phrases(kind)]
    )
    build_common_words(keep_french=near_an_illness_word)
    if args.report:
        print(format_report(entries))
    print(
        f"knowledge base ok: {len(entries)} entries, {len(kb.sources)} sources, "
        f"{len(empty_cells(entries))} empty topic/modality cells -> {db_path()}"
    )
    unanswered = [t for t in ANSWER_TOPICS if not clinic.answer(t)]
    print(
        f"clinic ok: {clinic.name}, {len(ANSWER_TOPICS) - len(unanswered)} of {len(ANSWER_TOPICS)} "
        f"clinic answers" + (f" (not answered: {', '.join(unanswered)})" if unanswered else "")
    )
    return 0


def cmd_train(args) -> int:
    from bot.ops.training import train_if_needed

    train_if_needed(args.config, force=args.force)
    return 0


def _prepare(config: str = "config.yml") -> Path:
    from bot.ops.training import check_model, train_if_needed

    cmd_build(argparse.Namespace(report=False, knowledge=None))
    return check_model(train_if_needed(config))


def cmd_serve(args) -> int:
    from bot.clinic import load_clinic
    from bot.ops.serve import Servers, check_ports

    check_ports([p for p in (args.action_port, args.port, args.web_port) if p])  # before minutes of building
    model = _prepare()
    clinic = load_clinic()
    servers = Servers(
        model=model, rasa_port=args.port, action_port=args.action_port, web_port=args.web_port or None
    ).start()
    website = (
        f"  website:   {servers.page_url} (demo clinic page with the chat widget)\n"
        if servers.web_port
        else ""
    )
    print(
        f"\nNeedle Guide for {clinic.name} is running.\n"
        f'  REST:      POST {servers.rest_url}  {{"sender": "me", "message": "does IMS hurt?"}}\n'
        f"  socket.io: {servers.url}/socket.io (for the website widget)\n"
        f"{website}"
        f"  terminal:  make shell (in another terminal)\n"
        f"  logs:      {servers.log_dir}",
        flush=True,
    )
    from bot.channels.config import channel_summary  # messaging apps on/off (README: Messaging apps)

    print("Messaging apps:\n" + "\n".join(f"  {line}" for line in channel_summary()), flush=True)
    print("Press Ctrl-C to stop.", flush=True)
    servers.wait()
    return 0


def cmd_cluster(args) -> int:
    """make cluster / make cluster-stop (bot/ops/cluster.py; README: Running more than one server)."""
    from bot.ops import cluster

    if args.cluster_command == "stop":
        stopped = cluster.stop_background()
        print("cluster stopped" if stopped else "no cluster was running; its services are stopped")
        return 0
    if args.cluster_command == "status":
        pid = cluster.running_pid()
        print(f"cluster running (pid {pid})" if pid else "no cluster running")
        return 0 if pid else 1
    if args.cluster_command == "start":
        cluster.ensure_installed()  # before minutes of building: apt-get, in the foreground
        cluster.start_background(model=_prepare())
        print("Stop it with: make cluster-stop", flush=True)
        return 0
    c = cluster.Cluster(model=Path(args.model) if args.model else _prepare(), replicas=args.replicas)
    (c.root / "ready").unlink(missing_ok=True)
    c.start()
    (c.root / "ready").write_text(c.summary() + "\n")
    print(c.summary(), flush=True)
    c.wait()
    return 0


def _server_url(args) -> str:
    from bot.ops.serve import http_get

    if http_get(args.url.rstrip("/") + "/"):
        return args.url.rstrip("/") + "/webhooks/rest/webhook"
    return ""


def cmd_chat(args) -> int:
    from bot.ops.chat import chat
    from bot.ops.serve import Servers

    rest = _server_url(args)
    if rest:
        chat(rest)
        return 0
    print("no assistant running; starting one (this takes a little while)...", flush=True)
    with Servers(model=_prepare()) as servers:
        chat(servers.rest_url)
    return 0


def cmd_eval(args) -> int:
    from bot.ops.evaluate import load_cases, report, run_cases
    from bot.ops.serve import Servers, free_port

    cases = load_cases([Path(p) for p in args.files] or None or [Path("tests/conversations")])
    rest = _server_url(args) if args.url else ""
    if rest:
        results = run_cases(rest, cases)
    else:
        with Servers(
            model=_prepare(args.config),
            rasa_port=free_port(),
            action_port=free_port(),
            tracker_db=Path("var/eval-tracker.db"),
            logs_db=Path("var/eval-logs.db"),
        ) as servers:
            results = run_cases(servers.rest_url, cases)
    print(report(results))
    passed = sum(r.passed for r in results)
    return 1 if results and 100.0 * passed / len(results) < args.min_pass else 0


def cmd_logs_purge(args) -> int:
    """Delete conversations older than the retention period from every store that keeps them
    (the same purge `make run` runs daily: bot/review/retention.py)."""
    import os

    from bot import settings
    from bot.review.retention import Stores, describe, purge_expired
    from bot.review.store import parse_age

    age = parse_age(args.older_than) if args.older_than else None
    print(describe(purge_expired(Stores.from_env(os.environ, log_dir=settings.LOG_DIR), age)))
    return 0


def cmd_review(args) -> int:
    """Staff review: add accounts, start Datasette, export labels to NLU data."""
    from bot.review import logs_db_path

    if args.review_command == "add-user":
        import getpass

        from bot.review.accounts import add_user

        if args.password_stdin:
            password = sys.stdin.readline().rstrip("\n")
        else:
            password = getpass.getpass(f"password for {args.name}: ")
            if getpass.getpass("again: ") != password:
                raise NeedleGuideError("the passwords differ")
        path = add_user(args.name, password, admin=args.admin, erase=args.erase)
        roles = [r for r, on in (("administrator", args.admin), ("may erase", args.erase)) if on]
        print(f"account {args.name}{' (' + ', '.join(roles) + ')' if roles else ''} saved in {path}")
        return 0
    if args.review_command == "serve":
        from bot.review.launcher import serve

        return serve(Path(args.logs_db) if args.logs_db else None, port=args.port, host=args.host)
    from bot.review.export import DEFAULT_OUTPUT, export

    output = Path(args.output or DEFAULT_OUTPUT)
    stats = export(Path(args.logs_db) if args.logs_db else logs_db_path(), output)
    print(
        f"{stats['examples']} reviewed examples in {output} ({stats['added']} new or changed from "
        f"{stats['labels']} labels; skipped: {stats['skipped_unknown']} unknown intent, "
        f"{stats['skipped_hand_written']} already hand-written, {stats['skipped_empty']} empty)"
    )
    return 0


def _staff_account(args, permission: str) -> str:
    """The staff account a privacy command acts as, after its password (the audit log names
    it). `permission`: "erase", "admin" or None (any account)."""
    import getpass

    from bot.review.accounts import load_accounts, verify_password

    account = load_accounts().get(args.staff or "")
    if account is None:
        raise NeedleGuideError(
            f"--staff {args.staff!r}: no such review account "
            f"(add one with: python -m bot review add-user NAME)"
        )
    if permission and not account.get(permission):
        raise NeedleGuideError(
            f"account {args.staff} may not {'erase conversations' if permission == 'erase' else 'read the audit log'}"
            f" (python -m bot review add-user {args.staff} --{permission})"
        )
    password = (
        sys.stdin.readline().rstrip("\n")
        if args.password_stdin
        else getpass.getpass(f"password for {args.staff}: ")
    )
    if not verify_password(password, account["password_hash"]):
        raise NeedleGuideError("wrong password")
    return args.staff


def cmd_privacy(args) -> int:
    """Patients' access and erasure requests (README: Your data: access and erasure)."""
    from bot.privacy import stores
    from bot.review import audit

    if args.privacy_command == "audit":
        actor = _staff_account(args, "admin")
        rows = audit.read(limit=args.limit, reference=args.reference)
        audit.record("audit-read", actor, args.reference, f"{len(rows)} records")
        for r in reversed(rows):
            print(f"{r['time']}  {r['actor']:<12} {r['action']:<14} {r['reference'] or '-':<9} {r['detail']}")
        return 0
    target = args.conversation
    if bool(target) == bool(args.address):
        raise NeedleGuideError("name one conversation (its id or reference) or one --address, not both")
    if args.privacy_command == "export":
        from bot.privacy.export import export, render

        actor = _staff_account(args, None)
        data = export(target, args.address)
        if not data["conversations"]:
            raise NeedleGuideError(f"no conversation found for {target or args.address}")
        text = render(data, args.format)
        for conv in data["conversations"]:
            audit.record("export", actor, conv["reference"], f"{args.format}, {len(conv['turns'])} turns")
        if args.output:
            Path(args.output).write_text(text, encoding="utf-8")
            print(f"{len(data['conversations'])} conversation(s) exported to {args.output}")
        else:
            sys.stdout.write(text)
        return 0
    from bot.privacy.erase import erase

    actor = _staff_account(args, "erase")
    report = erase(target, args.address, actor=actor, how="command line")
    if not report.found:
        print(f"nothing to erase for {target or args.address} (reference {', '.join(report.references)})")
        return 1
    print(
        f"erased conversation {', '.join(report.references)}: {report.summary()}; "
        f"recorded in the audit log {stores().audit}"
    )
    for problem in report.problems:
        print(f"warning: {problem}")
    return 0


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("build", help="validate and build the knowledge base, spaCy pipeline and NLU data")
    p.add_argument("--report", action="store_true", help="print the topic x modality coverage table")
    p.add_argument("--knowledge", help="the knowledge folder (default: knowledge/)")
    p.set_defaults(func=cmd_build)
    p = sub.add_parser("train", help="train the Rasa model if its inputs changed")
    p.add_argument("--config", default="config.yml")
    p.add_argument("--force", action="store_true")
    p.set_defaults(func=cmd_train)
    p = sub.add_parser("serve", help="build, train if needed and run the assistant")
    p.add_argument("--port", type=int, default=5005)
    p.add_argument("--action-port", type=int, default=5055)
    p.add_argument(
        "--web-port",
        type=int,
        default=8080,
        help="the demo page with the widget (0: none; other ports: add the page's "
        "origin to NEEDLE_EXTRA_ORIGINS)",
    )
    p.set_defaults(func=cmd_serve)
    p = sub.add_parser("cluster", help="PostgreSQL, Redis, HAProxy and two Rasa servers (make cluster)")
    cl = p.add_subparsers(dest="cluster_command", required=True)
    cl.add_parser("start", help="start it in the background (make cluster)").set_defaults(func=cmd_cluster)
    cl.add_parser("stop", help="stop what start started (make cluster-stop)").set_defaults(func=cmd_cluster)
    cl.add_parser("status", help="is it running?").set_defaults(func=cmd_cluster)
    q = cl.add_parser("run", help="run it in the foreground (Ctrl-C stops)")
    q.add_argument("--replicas", type=int, default=2, choices=[1, 2])
    q.add_argument("--model", help="the model to serve (default: build, and train if needed)")
    q.set_defaults(func=cmd_cluster)
    p = sub.add_parser("chat", help="chat in the terminal (starts the assistant if none is running)")
    p.add_argument("--url", default="http://127.0.0.1:5005")
    p.set_defaults(func=cmd_chat)
    p = sub.add_parser("eval", help="run conversation cases and print failures and a pass count")
    p.add_argument("files", nargs="*", help="case files or folders (default tests/conversations)")
    p.add_argument("--url", default="", help="a running assistant (default: start a private one)")
    p.add_argument("--config", default="config.yml")
    p.add_argument("--min-pass", type=float, default=0.0, help="exit 1 below this pass percentage")
    p.set_defaults(func=cmd_eval)
    p = sub.add_parser("logs", help="the review database: purge old conversations")
    logs = p.add_subparsers(dest="logs_command", required=True)
    q = logs.add_parser("purge", help="delete conversations older than the retention period (clinic.yml)")
    q.add_argument("--older-than", help="e.g. 90d, 12h, 2w (default: retention_days in clinic.yml)")
    q.set_defaults(func=cmd_logs_purge)
    p = sub.add_parser("review", help="staff review: accounts, the Datasette interface, label export")
    review = p.add_subparsers(dest="review_command", required=True)
    q = review.add_parser("add-user", help="add or change a staff account (prompts for the password)")
    q.add_argument("name")
    q.add_argument("--admin", action="store_true", help="may also run arbitrary SQL and read the audit log")
    q.add_argument("--erase", action="store_true", help="may erase a patient's conversation")
    q.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    q.set_defaults(func=cmd_review)
    q = review.add_parser("serve", help="start Datasette over the review database (make review)")
    q.add_argument("--port", type=int, default=8001)
    q.add_argument("--host", default="127.0.0.1")
    q.add_argument("--logs-db", help="default NEEDLE_LOGS_DB or var/logs.db")
    q.set_defaults(func=cmd_review)
    q = review.add_parser("export", help="staff labels -> NLU examples (data/nlu/reviewed.yml)")
    q.add_argument("--output", help="default data/nlu/reviewed.yml")
    q.add_argument("--logs-db", help="default NEEDLE_LOGS_DB or var/logs.db")
    q.set_defaults(func=cmd_review)
    p = sub.add_parser("privacy", help="patients' access and erasure requests; the audit log")
    privacy = p.add_subparsers(dest="privacy_command", required=True)
    for name, text in (
        ("erase", "erase a conversation from every store (an account allowed to erase)"),
        ("export", "export a conversation as JSON or readable text"),
    ):
        q = privacy.add_parser(name, help=text)
        q.add_argument("conversation", nargs="?", help="its id or the reference the patient quotes")
        q.add_argument(
            "--address", help="every conversation of one address: sms:+1..., whatsapp:+1..., telegram:<chat>"
        )
        q.add_argument("--staff", required=True, help="your review account (recorded in the audit log)")
        q.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
        if name == "export":
            q.add_argument("--format", choices=["json", "text"], default="json")
            q.add_argument("--output", help="a file (default: standard output)")
        q.set_defaults(func=cmd_privacy)
    q = privacy.add_parser("audit", help="read the audit log (administrators)")
    q.add_argument("--staff", required=True, help="your review account (an administrator)")
    q.add_argument("--password-stdin", action="store_true")
    q.add_argument("--reference", help="only this conversation's records")
    q.add_argument("--limit", type=int, default=200)
    q.set_defaults(func=cmd_privacy)
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except NeedleGuideError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
