#!/usr/bin/env python3
"""Crash harness: payment and refund flows through posctl, killed with SIGKILL at seeded
random instants, recovered, then our store compared with the sandbox's ledgers.

One pos-channel-sim (Alipay, WeChat Pay, UnionPay) runs for the whole session; every flow is a
fresh posctl process (a `sale` by payment code or customer QR, a `pay` of an order left open, or
a supervisor-approved `refund`) that is either left to finish or killed at a uniform random
instant. After a kill (or an answer still pending) `posctl recover --wait 60` runs until nothing
is pending (itself sometimes killed first). At the end the harness reads <data>/pos.sqlite
(payment_attempts, refunds, orders) and the sandbox's SQLite ledgers and prints:

  payments lost                        channel took money for an out_trade_no we never stored
  double charges                       orders whose money kept by the channels (paid minus
                                       reversed/refunded) plus cash kept exceeds the total
  local successes the channel lacks    attempts (refunds) we call succeeded that the channel
                                       never paid (never refunded)
  channel successes we lack            money the channel kept (refunds it made) that we do not
                                       record as a success
  refunds over the cap                 a payment refunded above what was paid (channel or ours)

and exits 1 when any of them is not zero, or when recovery left something pending, a posctl run
ended in a way no flow allows, or an order's status contradicts its payments (open though its
succeeded tenders cover it, or paid without). Python 3 standard library only.

    python3 tests/crash/crash_harness.py --posctl build/ci/app/posctl/posctl \
        --sim build/ci/app/pos-channel-sim/pos-channel-sim --runs 200 --seed 1 [--faults]

--faults also drives the sandbox's /admin/faults between flows (latency, connection resets,
HTTP 5xx on the Alipay gateway), sends every notification several times (notify.duplicates,
wechat.notify-duplicates) and replays old ones out of order (/admin/notify/replay).
"""

import argparse
import collections
import json
import os
import random
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

APP_ID = "2021000000000001"
CASHIER = ("1001", "1234")
SUPERVISOR = ("2001", "2468")

# Exit codes of posctl (app/posctl/CommandContext.h).
OK, ERROR, USAGE, BAD_INPUT, FAILED, PENDING, AUTH, NOT_CONFIRMED, REFUSED = range(9)

# Scenario suffixes (last four digits) per channel: see app/pos-channel-sim/Scenario.h,
# wechat/WechatScenario.h and unionpay/UnionPayScenario.h. 0008 on Alipay is left out on purpose:
# the channel reverses a paid trade on its own later (a 短款 only the statement reveals).
SCENARIOS = {
    "alipay": ["1234", "5678", "0001", "0002", "0003", "0004", "0005", "0006", "0007", "0009"],
    "wechat": ["1234", "5678", "0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008",
               "0009", "0010"],
    "unionpay": ["1234", "5678", "0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008",
                 "0009"],
}
CODE_PREFIX = {"alipay": ("28", 18), "wechat": ("13", 18), "unionpay": ("62", 19)}

PIECE_ITEMS = range(0, 26)      # demo catalog items sold by the piece
WEIGHED_ITEMS = range(26, 32)   # sold by weight (quantity in grams)


def ean13(index):
    body = "69012345%04d" % (index + 1)
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fen(text):
    whole, _, cents = text.partition(".")
    return int(whole) * 100 + int((cents + "00")[:2])


def yuan(minor):
    return "%d.%02d" % (minor // 100, minor % 100)


class Harness:
    def __init__(self, args):
        self.args = args
        self.rng = random.Random(args.seed)
        self.work = args.data or tempfile.mkdtemp(prefix="pos-crash-")
        os.makedirs(self.work, exist_ok=True)
        self.data = os.path.join(self.work, "terminal")
        self.logs = os.path.join(self.work, "logs")
        os.makedirs(self.logs, exist_ok=True)
        self.sim_dir = os.path.join(self.data, "demo", "sim")
        self.sim = None
        self.port = 0
        self.run_no = 0
        self.stats = collections.Counter()
        self.problems = []  # unexpected outcomes, for the report
        self.env = dict(os.environ, POS_CHANNEL_SIM=args.sim, QT_QPA_PLATFORM="offscreen")
        # Quieter logs: warnings and the payment categories, enough to follow one order.
        self.env.setdefault("QT_LOGGING_RULES", "*.debug=false")

    # ---- processes ------------------------------------------------------------------------

    def log_path(self, label):
        self.run_no += 1
        return os.path.join(self.logs, "%05d-%s.log" % (self.run_no, label))

    def posctl(self, label, args, kill_after_ms=None, timeout=90):
        """Runs posctl; kills it after kill_after_ms (None: let it finish). Returns
        (exit code or None when killed, stdout)."""
        path = self.log_path(label)
        command = [self.args.posctl, "--data-dir", self.data] + args
        with open(path, "w") as log:
            log.write("$ %s\n" % " ".join(command))
            log.flush()
            started = time.monotonic()
            process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=log,
                                       stdin=subprocess.DEVNULL, env=self.env, text=True)
            killed = False
            if kill_after_ms is not None:
                try:
                    process.wait(timeout=kill_after_ms / 1000.0)
                except subprocess.TimeoutExpired:
                    process.send_signal(signal.SIGKILL)
                    killed = True
            try:
                out, _ = process.communicate(timeout=timeout)
            except subprocess.TimeoutExpired:
                process.send_signal(signal.SIGKILL)
                out, _ = process.communicate()
                self.problem("%s hung for %d s (log %s)" % (label, timeout, path))
                killed = True
            elapsed = time.monotonic() - started
            killed = killed and process.returncode == -signal.SIGKILL  # not already done
            log.write("--- stdout ---\n%s--- exit %s after %.0f ms%s\n" % (
                out, process.returncode, elapsed * 1000, " (SIGKILL)" if killed else ""))
        if killed:
            self.stats["kills"] += 1
            self.stats["kills of " + label] += 1
            return None, out
        return process.returncode, out

    def problem(self, text):
        self.problems.append(text)
        print("  problem: " + text, flush=True)

    def start(self):
        # posctl --demo makes the app key pair and a sandbox folder with every channel's keys
        # (exactly what demo mode uses) and seeds the demo catalog and accounts; its own sandbox
        # stops when it exits. The harness then runs its own sandbox on that folder.
        code, _ = self.posctl("setup", ["--demo", "cashiers"], timeout=120)
        if code != OK:
            raise SystemExit("crash harness: posctl --demo cashiers failed (see %s)" % self.logs)
        sim_log = open(os.path.join(self.work, "sim.log"), "w")
        sim_out = os.path.join(self.work, "sim.out")
        command = [self.args.sim, "--data-dir", self.sim_dir, "--port", "0",
                   "--app-id", APP_ID,
                   "--app-public-key", os.path.join(self.data, "demo", "app_public.pem"),
                   "--user-paying-seconds", "1",
                   "--set", "notify.delay-scale=0.001",
                   "--set", "alipay.slow-ms=%d" % (self.args.timeout_ms * 2),
                   "--exit-on-stdin-close"]
        if self.args.faults:
            command += ["--set", "notify.duplicates=2", "--set", "wechat.notify-duplicates=2"]
        self.sim = subprocess.Popen(command, stdin=subprocess.PIPE,
                                    stdout=open(sim_out, "w"), stderr=sim_log, env=self.env)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and self.port == 0:
            match = re.search(r"listening on 127\.0\.0\.1:(\d+)", open(sim_out).read())
            if match:
                self.port = int(match.group(1))
            elif self.sim.poll() is not None:
                break
            else:
                time.sleep(0.05)
        if self.port == 0:
            raise SystemExit("crash harness: pos-channel-sim did not start (see %s)" % sim_log.name)
        self.write_config()

    def write_config(self):
        base = "http://127.0.0.1:%d" % self.port
        t = self.args.timeout_ms
        ini = """[terminal]
id=CH{seed}
[alipay]
enabled=true
gateway={base}/gateway.do
app_id={app_id}
app_private_key={data}/demo/app_private.pem
alipay_public_key={sim}/alipay_public.pem
timeout_ms={t}
[wechat]
enabled=true
base_url={base}
merchant_id=1900000109
app_id=wx2421b1c4370ec43b
key_dir={sim}/wechat
timeout_ms={t}
[unionpay]
enabled=true
base_url={base}
merchant_id=777290058110048
key_dir={sim}/unionpay
timeout_ms={t}
[notify]
enabled=true
listen=127.0.0.1
port={notify}
[payments]
user_paying_poll_ms=150
code_lifetime_ms=2500
qr_lifetime_ms=3000
unknown_first_query_ms=100
unknown_query_interval_ms=150
unknown_max_queries=3
reversal_retry_ms=200
recovery_interval_ms=1000
refund_poll_ms=150
refund_retry_ms=300
""".format(seed=self.args.seed % 1000, base=base, app_id=APP_ID, data=self.data,
           sim=self.sim_dir, t=t, notify=free_port())
        with open(os.path.join(self.data, "pos.ini"), "w") as f:
            f.write(ini)

    def stop(self):
        if self.sim and self.sim.poll() is None:
            self.sim.stdin.close()
            try:
                self.sim.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.sim.kill()
                self.sim.wait()

    def admin(self, method, path, body=None):
        request = urllib.request.Request("http://127.0.0.1:%d%s" % (self.port, path),
                                         method=method,
                                         data=json.dumps(body).encode() if body is not None
                                         else (b"" if method == "POST" else None),
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=10) as answer:
                return answer.read()
        except urllib.error.HTTPError as error:
            return error.read()

    # ---- our store ------------------------------------------------------------------------

    def store(self):
        db = sqlite3.connect(os.path.join(self.data, "pos.sqlite"), timeout=30)
        db.row_factory = sqlite3.Row
        return db

    def local(self):
        with self.store() as db:
            orders = {r["id"]: dict(r) for r in db.execute(
                "SELECT id, status, total_minor FROM orders")}
            attempts = [dict(r) for r in db.execute(
                "SELECT id, order_id, out_trade_no, channel, method, amount_minor, state,"
                " cancel_requested FROM payment_attempts ORDER BY id")]
            refunds = [dict(r) for r in db.execute(
                "SELECT out_request_no, attempt_id, out_trade_no, channel, amount_minor, state,"
                " kind FROM refunds ORDER BY id")]
        db.close()
        return orders, attempts, refunds

    # ---- flows ----------------------------------------------------------------------------

    def code_for(self, channel, suffix):
        prefix, length = CODE_PREFIX[channel]
        middle = length - len(prefix) - 4
        return prefix + "".join(self.rng.choice("0123456789") for _ in range(middle)) + suffix

    def items(self):
        args = []
        for _ in range(self.rng.randint(1, 2)):
            args += ["--item", "%sx%d" % (ean13(self.rng.choice(PIECE_ITEMS)),
                                          self.rng.randint(1, 3))]
        if self.rng.random() < 0.5:
            args += ["--item", "%sx%d" % (ean13(self.rng.choice(WEIGHED_ITEMS)),
                                          self.rng.randint(50, 1500))]
        return args

    def kill_instant(self, probability):
        if self.rng.random() < probability:
            return self.rng.uniform(0, self.args.kill_max_ms)
        return None

    def tender(self):
        channel = self.rng.choice(self.args.channels)
        if self.rng.random() < self.args.qr_share:
            return channel, ["--qr", channel]
        return channel, ["--code", self.code_for(channel, self.rng.choice(SCENARIOS[channel]))]

    def expect(self, label, code, allowed):
        if code is not None and code not in allowed:
            self.problem("%s exited %s (allowed %s); log %s" % (label, code, allowed,
                                                                self.run_no))

    def flow_sale(self, kill):
        _, tender = self.tender()
        self.stats["flow sale"] += 1
        code, _ = self.posctl("sale", ["sale", "--cashier", CASHIER[0], "--pin", CASHIER[1]]
                              + self.items() + tender, kill)
        self.expect("sale", code, (OK, FAILED, PENDING))
        return code

    def flow_pay(self, kill, orders, attempts):
        due = {}
        for order_id, order in orders.items():
            if order["status"] != "open":
                continue
            taken = sum(a["amount_minor"] for a in attempts if a["order_id"] == order_id and (
                (a["state"] == "succeeded" and not a["cancel_requested"]) or
                a["state"] in ("created", "sent", "user_paying", "unknown", "pending_statement")))
            if order["total_minor"] - taken > 0:
                due[order_id] = order["total_minor"] - taken
        if not due:
            return self.flow_sale(kill)
        self.stats["flow pay"] += 1
        order_id = self.rng.choice(sorted(due))
        amount = due[order_id]
        if amount > 1 and self.rng.random() < 0.4:
            amount = self.rng.randint(1, amount - 1)  # split tender: part now, the rest later
        if self.rng.random() < 0.15:
            tender = ["--cash", yuan(amount + self.rng.choice((0, 0, 50, 1000)))]
        else:
            _, tender = self.tender()
        code, _ = self.posctl("pay", ["pay", "--order", order_id, "--amount", yuan(amount),
                                      "--cashier", CASHIER[0], "--pin", CASHIER[1]] + tender,
                              kill)
        self.expect("pay", code, (OK, FAILED, PENDING))
        return code

    def flow_refund(self, kill, attempts, refunds):
        paid = [a for a in attempts if a["state"] == "succeeded"]
        if not paid:
            return self.flow_sale(kill)
        self.stats["flow refund"] += 1
        attempt = self.rng.choice(paid)
        committed = sum(r["amount_minor"] for r in refunds
                        if r["attempt_id"] == attempt["id"] and r["state"] != "failed")
        left = attempt["amount_minor"] - committed
        roll = self.rng.random()
        if left <= 0 or roll < 0.15:
            amount, allowed = left + self.rng.randint(1, 500), (REFUSED,)  # over the cap
            self.stats["refunds over the cap tried"] += 1
        elif roll < 0.45:
            amount, allowed = left, (OK, FAILED, PENDING)
        else:
            amount = self.rng.randint(1, left)
            if self.rng.random() < 0.3 and amount > 8:
                amount = amount - amount % 100 + self.rng.choice((7, 8))  # delayed / refused
                amount = min(amount, left)
            allowed = (OK, FAILED, PENDING)
        args = ["refund", "--payment", attempt["out_trade_no"], "--amount", yuan(amount),
                "--reason", "crash harness", "--cashier", CASHIER[0], "--pin", CASHIER[1],
                "--supervisor", SUPERVISOR[0], "--supervisor-pin", SUPERVISOR[1]]
        if self.rng.random() < 0.1:
            # The preview alone: nothing may be stored.
            before = len(refunds)
            code, _ = self.posctl("refund-preview", args)
            self.expect("refund preview", code, (NOT_CONFIRMED, REFUSED))
            if len(self.local()[2]) != before:
                self.problem("a refund preview without --yes stored a refund (log %d)"
                             % self.run_no)
        code, _ = self.posctl("refund", args + ["--yes"], kill)
        self.expect("refund", code, allowed)
        return code

    def recover(self, kill_first):
        if kill_first:
            code, _ = self.posctl("recover-killed", ["recover", "--wait", "60"],
                                  self.rng.uniform(0, self.args.kill_max_ms))
            self.stats["recoveries killed"] += code is None
        for _ in range(3):
            self.stats["recoveries"] += 1
            code, out = self.posctl("recover", ["recover", "--wait", "60"], timeout=120)
            if code == OK:
                return
        self.problem("recovery left something pending (log %d):\n%s" % (self.run_no, out))

    def faults(self):
        roll = self.rng.random()
        if roll < 0.5:
            self.admin("DELETE", "/admin/faults")
            return
        settings = {"latency_ms": self.rng.choice((0, 100, 300, self.args.timeout_ms + 200)),
                    "reset_next": self.rng.choice((0, 1, 3)),
                    "http_5xx_next": self.rng.choice((0, 1, 2))}
        self.stats["fault settings"] += 1
        self.admin("POST", "/admin/faults", settings)
        if self.rng.random() < 0.3:
            # An old notification again, after newer ones: out of order.
            with self.store() as db:
                rows = [r[0] for r in db.execute(
                    "SELECT out_trade_no FROM payment_attempts WHERE channel = 'alipay' AND"
                    " method = 'customer_qr'")]
            if rows:
                self.stats["notifications replayed"] += 1
                self.admin("POST", "/admin/notify/replay?out_trade_no=" + self.rng.choice(rows))

    def run(self):
        started = time.monotonic()
        for flow in range(self.args.runs):
            if self.args.faults:
                self.faults()
            orders, attempts, refunds = self.local()
            kill = self.kill_instant(self.args.kill_share)
            roll = self.rng.random()
            if roll < 0.25:
                code = self.flow_refund(kill, attempts, refunds)
            elif roll < 0.35:
                code = self.flow_pay(kill, orders, attempts)
            else:
                code = self.flow_sale(kill)
            self.stats["flows"] += 1
            if self.args.faults:
                self.admin("DELETE", "/admin/faults")  # recovery must be able to finish
            if code is None or code == PENDING or flow % 10 == 9:
                self.recover(kill_first=code is None and self.rng.random() < 0.2)
            if (flow + 1) % 20 == 0:
                print("  %d/%d flows, %.0f s" % (flow + 1, self.args.runs,
                                                time.monotonic() - started), flush=True)
        self.recover(kill_first=False)
        self.stats["seconds"] = int(time.monotonic() - started)

    # ---- comparison -----------------------------------------------------------------------

    def channel_ledgers(self, now_ms):
        """{channel: {out_trade_no: trade}} and {channel: {out_request_no: refund}}."""
        trades, refunds = collections.defaultdict(dict), collections.defaultdict(dict)

        def rows(path, sql):
            if not os.path.exists(path):
                return []
            db = sqlite3.connect(path, timeout=30)
            db.row_factory = sqlite3.Row
            result = [dict(r) for r in db.execute(sql)]
            db.close()
            return result

        alipay = os.path.join(self.sim_dir, "ledger.sqlite")
        for t in rows(alipay, "SELECT * FROM trades"):
            paid = t["paid_at_ms"] is not None or (
                t["status"] == "WAIT_BUYER_PAY" and t["pay_due_at_ms"] is not None and
                t["pay_due_at_ms"] <= now_ms)
            trades["alipay"][t["out_trade_no"]] = {
                "amount": t["amount_fen"], "paid": paid,
                "returned": t["refunded_fen"], "state": t["status"]}
        for r in rows(alipay, "SELECT * FROM refunds"):
            refunds["alipay"][r["out_request_no"]] = {
                "trade": r["out_trade_no"], "amount": r["amount_fen"], "state": r["status"]}
        wechat = os.path.join(self.sim_dir, "wechat", "ledger.sqlite")
        for t in rows(wechat, "SELECT * FROM trades"):
            paid = t["paid_at_ms"] > 0 or (
                t["state"] == "USERPAYING" and 0 < t["pay_due_at_ms"] <= now_ms)
            trades["wechat"][t["out_trade_no"]] = {
                "amount": t["amount_fen"], "paid": paid,
                "returned": t["refunded_fen"], "state": t["state"]}
        for r in rows(wechat, "SELECT * FROM refunds"):
            refunds["wechat"][r["out_refund_no"]] = {
                "trade": r["out_trade_no"], "amount": r["amount_fen"], "state": r["status"]}
        unionpay = os.path.join(self.sim_dir, "unionpay", "ledger.sqlite")
        txns = rows(unionpay, "SELECT * FROM transactions")
        by_query_id = {t["query_id"]: t for t in txns}
        for t in txns:
            due = t["status"] == "paying" and t["due_at_ms"] is not None and \
                t["due_at_ms"] <= now_ms
            if t["txn_type"] == "01":
                trades["unionpay"][t["order_id"]] = {
                    "amount": t["amount_fen"], "paid": t["status"] == "success" or due,
                    "returned": t["reversed_fen"], "state": t["status"]}
            elif t["txn_type"] == "04":
                original = by_query_id.get(t["orig_query_id"], {})
                refunds["unionpay"][t["order_id"]] = {
                    "trade": original.get("order_id", "?"), "amount": t["amount_fen"],
                    "state": "success" if (t["status"] == "success" or due) else t["status"]}
        return trades, refunds

    def compare(self):
        for path in ("/admin/ledger", "/admin/wechat/ledger", "/admin/unionpay/ledger"):
            self.admin("GET", path)  # lets the sandbox settle what is due
        now_ms = int(time.time() * 1000)
        self.stop()
        orders, attempts, local_refunds = self.local()
        trades, channel_refunds = self.channel_ledgers(now_ms)
        by_no = {a["out_trade_no"]: a for a in attempts}
        counts = collections.OrderedDict((k, 0) for k in (
            "payments lost", "double charges", "local successes the channel does not have",
            "channel successes we do not have", "refunds over the cap"))
        details = collections.defaultdict(list)

        def flag(kind, text):
            counts[kind] += 1
            details[kind].append(text)

        kept_by_order = collections.Counter()
        for channel, book in trades.items():
            for no, t in book.items():
                kept = t["amount"] - t["returned"] if t["paid"] else 0
                local = by_no.get(no)
                if t["paid"] and local is None:
                    flag("payments lost", "%s %s %s paid %s, no local attempt" % (
                        channel, no, t["state"], yuan(t["amount"])))
                    continue
                if local is None:
                    continue
                kept_by_order[local["order_id"]] += kept
                if kept > 0 and local["state"] != "succeeded":
                    flag("channel successes we do not have",
                         "%s %s channel %s kept %s, ours %s" % (
                             channel, no, t["state"], yuan(kept), local["state"]))
                if t["returned"] > t["amount"]:
                    flag("refunds over the cap", "%s %s returned %s of %s" % (
                        channel, no, yuan(t["returned"]), yuan(t["amount"])))
        refunded_by_trade = collections.Counter()
        for channel, book in channel_refunds.items():
            for no, r in book.items():
                if r["state"] not in ("failed", "CLOSED"):
                    refunded_by_trade[(channel, r["trade"])] += r["amount"]
        for (channel, trade_no), total in refunded_by_trade.items():
            t = trades[channel].get(trade_no)
            if t is None or total > t["amount"]:
                flag("refunds over the cap", "%s %s refunds %s of %s" % (
                    channel, trade_no, yuan(total), yuan(t["amount"]) if t else "no trade"))
        for a in attempts:
            if a["channel"] == "cash":
                if a["state"] == "succeeded":
                    kept_by_order[a["order_id"]] += a["amount_minor"]
                continue
            t = trades.get(a["channel"], {}).get(a["out_trade_no"])
            if a["state"] == "succeeded" and (t is None or not t["paid"]):
                flag("local successes the channel does not have", "%s %s ours succeeded %s,"
                     " channel %s" % (a["channel"], a["out_trade_no"], yuan(a["amount_minor"]),
                                      t["state"] if t else "has no trade"))
        committed = collections.Counter()
        for r in local_refunds:
            if r["state"] != "failed":
                committed[r["attempt_id"]] += r["amount_minor"]
            attempt = next((a for a in attempts if a["id"] == r["attempt_id"]), None)
            if r["channel"] == "cash":
                if r["state"] == "succeeded" and attempt:
                    kept_by_order[attempt["order_id"]] -= r["amount_minor"]
                continue
            theirs = channel_refunds.get(r["channel"], {}).get(r["out_request_no"])
            done = theirs is not None and theirs["state"] in (
                "REFUND_SUCCESS", "PROCESSING", "SUCCESS", "success")
            if r["state"] == "succeeded" and not done:
                flag("local successes the channel does not have",
                     "refund %s %s ours succeeded, channel %s" % (
                         r["channel"], r["out_request_no"], theirs["state"] if theirs else
                         "has no refund"))
            if r["state"] == "failed" and done:
                flag("channel successes we do not have", "refund %s %s ours failed, channel %s"
                     % (r["channel"], r["out_request_no"], theirs["state"]))
        for a in attempts:
            if committed[a["id"]] > a["amount_minor"]:
                flag("refunds over the cap", "ours: %s refunds %s of %s" % (
                    a["out_trade_no"], yuan(committed[a["id"]]), yuan(a["amount_minor"])))
        for order_id, kept in kept_by_order.items():
            total = orders.get(order_id, {}).get("total_minor", 0)
            if kept > total:
                flag("double charges", "%s kept %s of a %s order" % (order_id, yuan(kept),
                                                                     yuan(total)))

        succeeded = collections.Counter()  # given-up money (cancel requested) pays nothing
        for a in attempts:
            if a["state"] == "succeeded" and not a["cancel_requested"]:
                succeeded[a["order_id"]] += a["amount_minor"]
        # Not one of the five counts, but invariant 2 all the same: an order is Paid exactly when
        # its succeeded tenders cover it.
        inconsistent = []
        for order_id, order in orders.items():
            covered = succeeded[order_id] >= order["total_minor"]
            if (order["status"] == "paid") != covered and order["status"] != "cancelled":
                inconsistent.append("%s is %s with %s of %s succeeded" % (
                    order_id, order["status"], yuan(succeeded[order_id]),
                    yuan(order["total_minor"])))

        states = collections.Counter(a["state"] for a in attempts)
        refund_states = collections.Counter(r["state"] for r in local_refunds)
        print("crash harness: seed %d, %d flows%s, %d s" % (
            self.args.seed, self.stats["flows"], " with faults" if self.args.faults else "",
            self.stats["seconds"]))
        print("  flows: %s" % ", ".join("%s %d" % (k[5:], v) for k, v in sorted(
            self.stats.items()) if k.startswith("flow ")))
        print("  kills %d (%s), recoveries %d, over-cap refunds tried %d%s" % (
            self.stats["kills"], ", ".join("%s %d" % (k[9:], v) for k, v in sorted(
                self.stats.items()) if k.startswith("kills of ")), self.stats["recoveries"],
            self.stats["refunds over the cap tried"],
            ", fault settings %d, notifications replayed %d" % (
                self.stats["fault settings"], self.stats["notifications replayed"])
            if self.args.faults else ""))
        print("  orders %d; payments %d (%s)" % (len(orders), len(attempts), ", ".join(
            "%s %d" % kv for kv in sorted(states.items()))))
        print("  refunds %d (%s); channel trades %d, channel refunds %d" % (
            len(local_refunds), ", ".join("%s %d" % kv for kv in sorted(refund_states.items())),
            sum(len(b) for b in trades.values()), sum(len(b) for b in channel_refunds.values())))
        for kind, count in counts.items():
            print("  %-42s %d" % (kind, count))
            for text in details[kind][:20]:
                print("      " + text)
        print("  %-42s %d" % ("orders whose status contradicts payments", len(inconsistent)))
        for text in inconsistent[:20]:
            print("      " + text)
        self.problems += ["order " + text for text in inconsistent]
        for text in self.problems:
            print("  problem: " + text.splitlines()[0])
        return counts


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--faults", action="store_true",
                        help="inject network faults and duplicate/reordered notifications")
    parser.add_argument("--keep", action="store_true", help="keep the data folder")
    parser.add_argument("--data", help="work folder (default: a new temporary folder)")
    parser.add_argument("--posctl", default="posctl")
    parser.add_argument("--sim", default="pos-channel-sim")
    parser.add_argument("--kill-max-ms", type=float, default=800)
    parser.add_argument("--kill-share", type=float, default=0.6,
                        help="share of flows killed with SIGKILL")
    parser.add_argument("--qr-share", type=float, default=0.15,
                        help="share of tenders that are customer QR (C-scan-B)")
    parser.add_argument("--timeout-ms", type=int, default=800, help="posctl channel time-out")
    parser.add_argument("--channels", default="alipay,wechat,unionpay")
    args = parser.parse_args()
    args.channels = args.channels.split(",")
    args.posctl = os.path.abspath(shutil.which(args.posctl) or args.posctl)
    args.sim = os.path.abspath(shutil.which(args.sim) or args.sim)
    harness = Harness(args)
    print("crash harness: work folder %s" % harness.work, flush=True)
    counts = None
    try:
        harness.start()
        harness.run()
        counts = harness.compare()
    finally:
        harness.stop()
    failed = any(counts.values()) or bool(harness.problems)
    if failed or args.keep:
        print("crash harness: logs and stores kept in %s" % harness.work)
    else:
        shutil.rmtree(harness.work, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
