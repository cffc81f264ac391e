#!/usr/bin/env python3
"""Synthetic mail logs for the log-reading benchmark: an Exim main log and a Postfix mail log.

Writes OUT_DIR/mainlog (Exim) and OUT_DIR/mail.log (Postfix in classic syslog), each about
--size-mb MiB, in time order, streaming: memory stays constant whatever the size (a ring of
per-second buckets holds the lines of the next hour at most), and the text goes out in 1 MiB
writes built from per-partner fragments computed once.

What the logs hold
  thousands of partners (--partners), each with a domain, a client host name and HELO, an MX,
  an IPv4 or IPv6 address and a TLS behaviour of its own, picked with a Zipf-like skew so a few
  big partners carry most of the traffic. Per message:
    Exim     arrivals "<=" (H=, P=esmtps/esmtp/esmtpsa/local, X=, CV=, DN=, S=, id=), deliveries
             "=>" to local mailboxes and to partners (H=, X=, CV=yes/no/dane, DN=, C="250 ..."),
             deferrals "==" (defer (-53) retry time not reached, greylisting, timeouts) and their
             later retries, bounces "**" with the bounce message "<= <>", "Completed", rejected
             RCPTs, queue runs, and TLS error lines both ways (no shared cipher, DH prime too
             short, unsupported signature algorithm or version, timeouts, peers that closed).
             The log spans an upgrade: until --exim-pid-at of the bytes Exim 4.96 with GnuTLS
             and the Debian log_selector; then +pid ("[1234]" after the time stamp); from
             --exim-upgrade-at on an Exim 4.97+ built with OpenSSL: 6-11-4 message ids
             ("1sIXS3-000000069nP-2yYi"), OpenSSL cipher names in X= ("TLS1.3:TLS_AES_256_GCM_SHA384:256",
             "TLS1.2:ECDHE-RSA-AES256-GCM-SHA384:256"), "(SSL_accept)" errors, +incoming_port.
             Messages still queued at the upgrade keep their 6-6-2 id, as a real spool does.
    Postfix  smtpd "connect from", "<trust> TLS connection established from ...: TLSv1.3 with
             cipher ... key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest
             SHA256", "QUEUEID: client=", cleanup "message-id=", qmgr "from=<>, size=, nrcpt=
             (queue active)", local/lmtp/smtp "to=<>, relay=, delay=, delays=, dsn=, status=sent/
             deferred/bounced (...)", "removed", submission logins with SASL, "Verified/Trusted/
             Untrusted TLS connection established to host[addr]:25", SSL_accept / SSL_connect
             errors with their "warning: TLS library problem: error:0A0000C1:..." lines, "lost
             connection after STARTTLS", "disconnect from ... ehlo=2 starttls=1 ... commands=N",
             "NOQUEUE: reject: RCPT", bounce notifications.
  Exim's eximstats (4.96) reads only 16-character ids, so it skips the 4.97+ part of the main
  log (by default the last fifth); pflogsumm reads the whole Postfix log.

Formats written from:
  Exim specification, chapter "Log files" (flags <= => -> ** ==, "Summary of fields in log
    lines", log_selector items tls_cipher, tls_certificate_verified, tls_peerdn, pid,
    incoming_port) and section "Message identification" (base-62 ids, 6-6-2 before 4.97,
    6-11-4 from 4.97); the TLS error texts are those of Exim's tls-gnu.c / tls-openssl.c
    ("TLS error on connection from HOST (gnutls_handshake): ...", outgoing "H=NAME [ADDR] TLS
    error on connection (SSL_connect): ...") with GnuTLS' and OpenSSL 3's own error strings.
  Postfix documentation: TLS_README ("Server-side/Client-side TLS activity logging",
    smtpd_tls_loglevel / smtp_tls_loglevel 1), FORWARD_SECRECY_README ('What do "Anonymous",
    "Untrusted", etc. in Postfix logging mean?'), postconf(5) (enable_long_queue_ids: short
    queue ids), smtpd(8) (the "disconnect from" command counts, Postfix 3.0 and later), and
    DEBUG_README (the delivery "delay=, delays=a/b/c/d, dsn=, status=" fields).
The content is made up; host names and addresses are random (IPv6 from 2001:db8::/32).

Usage: bench/logs/generate_logs.py [--size-mb 2048] [--out-dir DIR] [--seed 1]
                                   [--only exim|postfix] [--partners 5000] [--jobs 1]
"""

import argparse
import bisect
import calendar
import json
import math
import os
import random
import sys
import time

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
RING = 8192            # seconds a line may be scheduled ahead of the clock (retries: at most 1 h)
CHUNK = 1 << 20        # bytes per write()

# Share of the day's traffic per hour (local time of the log): quiet nights, busy office hours.
DIURNAL = [0.35, 0.3, 0.28, 0.27, 0.3, 0.4, 0.6, 0.9, 1.3, 1.5, 1.55, 1.5,
           1.35, 1.4, 1.5, 1.5, 1.4, 1.25, 1.0, 0.85, 0.75, 0.65, 0.5, 0.42]


def b62(n, width):
    out = []
    for _ in range(width):
        n, r = divmod(n, 62)
        out.append(B62[r])
    return "".join(reversed(out))


B62_2 = [b62(i, 2) for i in range(62 * 62)]


# --------------------------------------------------------------------------------------------
# TLS vocabulary. GnuTLS spellings are Exim's X= for a GnuTLS build (old suite names and the
# 3.6+ session descriptions with "__" between the parts); OpenSSL ones are Exim's X= for an
# OpenSSL build (version with the "v" dropped, OpenSSL's suite name, bits).

EXIM_GNUTLS = {
    "tls13": ["TLS1.3:ECDHE_X25519__RSA_PSS_RSAE_SHA256__AES_256_GCM:256",
              "TLS1.3:ECDHE_X25519__RSA_PSS_RSAE_SHA256__AES_256_GCM:256",
              "TLS1.3:ECDHE_SECP256R1__RSA_PSS_RSAE_SHA256__AES_256_GCM:256",
              "TLS1.3:ECDHE_X25519__RSA_PSS_RSAE_SHA256__CHACHA20_POLY1305:256",
              "TLS1.3:ECDHE_X25519__RSA_PSS_RSAE_SHA256__AES_128_GCM:128"],
    "tls12": ["TLS1.2:ECDHE_RSA_AES_128_GCM_SHA256:128",
              "TLS1.2:ECDHE_RSA_AES_256_GCM_SHA384:256",
              "TLS1.2:ECDHE_SECP256R1__RSA_SHA256__AES_256_GCM:256",
              "TLS1.2:ECDHE_X25519__RSA_SHA512__AES_128_GCM:128",
              "TLS1.2:DHE_RSA_AES_256_CBC_SHA1:256",
              "TLS1.2:RSA_AES_256_GCM_SHA384:256"],
    "legacy": ["TLS1.0:RSA_AES_128_CBC_SHA1:128",
               "TLS1.0:ECDHE_RSA_AES_256_CBC_SHA1:256",
               "TLS1.1:DHE_RSA_AES_128_CBC_SHA1:128",
               "TLS1.0:RSA_3DES_EDE_CBC_SHA1:168"],
}
EXIM_OPENSSL = {
    "tls13": ["TLS1.3:TLS_AES_256_GCM_SHA384:256", "TLS1.3:TLS_AES_256_GCM_SHA384:256",
              "TLS1.3:TLS_AES_128_GCM_SHA256:128", "TLS1.3:TLS_CHACHA20_POLY1305_SHA256:256"],
    "tls12": ["TLS1.2:ECDHE-RSA-AES256-GCM-SHA384:256", "TLS1.2:ECDHE-RSA-AES128-GCM-SHA256:128",
              "TLS1.2:ECDHE-ECDSA-AES256-GCM-SHA384:256", "TLS1.2:DHE-RSA-AES256-GCM-SHA384:256",
              "TLS1.2:AES256-GCM-SHA384:256"],
    "legacy": ["TLS1:ECDHE-RSA-AES256-SHA:256", "TLS1:AES128-SHA:128", "TLS1.1:AES256-SHA:256"],
}
KX13 = " key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256"
POSTFIX_TLS = {
    "tls13": ["TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)" + KX13,
              "TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)" + KX13,
              "TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)" + KX13,
              "TLSv1.3 with cipher TLS_CHACHA20_POLY1305_SHA256 (256/256 bits)" + KX13,
              "TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits) key-exchange X25519"
              " server-signature ECDSA (P-256) server-digest SHA256"],
    "tls12": ["TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)",
              "TLSv1.2 with cipher ECDHE-RSA-AES128-GCM-SHA256 (128/128 bits)",
              "TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits) key-exchange X25519"
              " server-signature RSA (2048 bits) server-digest SHA256",
              "TLSv1.2 with cipher DHE-RSA-AES256-GCM-SHA384 (256/256 bits)",
              "TLSv1.2 with cipher AES256-GCM-SHA384 (256/256 bits)"],
    "legacy": ["TLSv1 with cipher ECDHE-RSA-AES256-SHA (256/256 bits)",
               "TLSv1 with cipher AES128-SHA (128/128 bits)",
               "TLSv1.1 with cipher DHE-RSA-AES256-SHA (256/256 bits)",
               "TLSv1 with cipher DES-CBC3-SHA (112/168 bits)"],
}

# Why a handshake failed: (GnuTLS text as Exim logs it, OpenSSL 3 error text, Postfix library line).
FAILURES = {
    "nocipher": ("No supported cipher suites have been found.",
                 "error:0A0000C1:SSL routines::no shared cipher",
                 "error:0A0000C1:SSL routines::no shared cipher:../ssl/statem/statem_srvr.c:2220:"),
    "sigalg": ("The signature algorithm is not supported.",
               "error:0A000076:SSL routines::no suitable signature algorithm",
               "error:0A000076:SSL routines::no suitable signature algorithm:../ssl/statem/statem_srvr.c:2304:"),
    "oldproto": ("A packet with illegal or unsupported version was received.",
                 "error:0A000102:SSL routines::unsupported protocol",
                 "error:0A000102:SSL routines::unsupported protocol:../ssl/statem/statem_srvr.c:1657:"),
    "timeout": ("timed out", "timed out", None),
    "closed": ("The TLS connection was non-properly terminated.",
               "error:0A000126:SSL routines::unexpected eof while reading", None),
}
OUT_FAILURES = {
    "dhsmall": ("The Diffie-Hellman prime sent by the server is not acceptable (not long enough).",
                "error:0A00018A:SSL routines::dh key too small",
                "error:0A00018A:SSL routines::dh key too small:../ssl/statem/statem_clnt.c:2146:"),
    "alert": ("A TLS fatal alert has been received.",
              "error:0A000410:SSL routines::sslv3 alert handshake failure",
              "error:0A000410:SSL routines::sslv3 alert handshake failure:../ssl/record/rec_layer_s3.c:1584:SSL alert number 40:"),
}

# Partner behaviours: as a client to us (inbound) and as a server we deliver to (outbound).
IN_PROFILES = [("tls13", 52), ("tls12", 26), ("legacy", 5), ("clear", 8), ("nocipher", 3),
               ("sigalg", 2), ("oldproto", 1.5), ("timeout", 1.5), ("closed", 1)]
OUT_PROFILES = [("verified", 42), ("unverified", 28), ("dane", 4), ("legacy", 6), ("clear", 14),
                ("dhsmall", 3), ("alert", 3)]
OUT_VERSION = [("tls13", 60), ("tls12", 40)]

SYLLABLES = ["ka", "lo", "mi", "ra", "ten", "vel", "dor", "an", "sun", "tri", "bo", "ne", "cor",
             "fi", "gra", "hel", "is", "jo", "kel", "lum", "mar", "nor", "os", "pel", "qua", "ri",
             "sal", "tor", "ul", "ven", "wes", "xi", "yar", "zen", "bright", "data", "net", "tech",
             "group", "bau", "haus", "werk", "mobil", "logi", "medi", "agro", "fin", "invest"]
TLDS = ["com"] * 8 + ["de"] * 5 + ["net"] * 3 + ["org"] * 2 + ["fr", "nl", "co.uk", "it", "es",
                                                               "ch", "at", "se", "pl", "eu", "io"]
LOCALPARTS = ["info", "noreply", "no-reply", "billing", "invoice", "support", "sales", "office",
              "newsletter", "hr", "jobs", "orders", "service", "kontakt", "buchhaltung",
              "notifications", "alerts", "bounce", "mailer", "team"]
FIRST = ["anna", "ben", "clara", "david", "eva", "felix", "greta", "hans", "ida", "jonas", "karla",
         "lukas", "mia", "noah", "olga", "paul", "rita", "sven", "tina", "uwe", "vera", "wim",
         "xenia", "yusuf", "zoe", "peter", "maria", "thomas", "julia", "stefan"]
LAST = ["mueller", "schmidt", "schneider", "fischer", "weber", "meyer", "wagner", "becker",
        "schulz", "hoffmann", "koch", "richter", "klein", "wolf", "neumann", "schwarz", "braun",
        "zimmermann", "hartmann", "lange", "smith", "jones", "martin", "dubois", "rossi", "novak"]


def weighted_table(items, rnd, size=4096):
    """A list of `size` picks in proportion to the weights: table[int(random() * size)]."""
    total = sum(w for _, w in items)
    table = []
    for name, w in items:
        table += [name] * int(round(w / total * size))
    while len(table) < size:
        table.append(items[0][0])
    rnd.shuffle(table)
    return table[:size]


def public_ipv4(rnd):
    while True:
        a = rnd.randrange(1, 224)
        if a in (10, 100, 127, 169, 172, 192, 198, 203):
            continue
        return f"{a}.{rnd.randrange(256)}.{rnd.randrange(256)}.{rnd.randrange(1, 255)}"


def doc_ipv6(rnd):
    return f"2001:db8:{rnd.randrange(1, 0xffff):x}:{rnd.randrange(0, 0xffff):x}::{rnd.randrange(1, 0xfff):x}"


class Partner:
    __slots__ = ("domain", "client", "helo", "mx", "ip", "mx_ip", "in_profile", "out_profile",
                 "out_version", "senders", "recipients", "rdns", "dn", "client_dn",
                 # precomputed fragments
                 "ex_in_host", "ex_in_err_host", "ex_out_host", "pf_client", "pf_mx", "pf_mx25", "helo_arg")


def make_partners(n, rnd):
    in_table = weighted_table(IN_PROFILES, rnd)
    out_table = weighted_table(OUT_PROFILES, rnd)
    ver_table = weighted_table(OUT_VERSION, rnd)
    seen = set()
    partners = []
    while len(partners) < n:
        name = "".join(rnd.choice(SYLLABLES) for _ in range(rnd.choice((2, 2, 3))))
        if rnd.random() < 0.15:
            name += "-" + rnd.choice(SYLLABLES)
        domain = f"{name}.{rnd.choice(TLDS)}"
        if domain in seen:
            continue
        seen.add(domain)
        p = Partner()
        p.domain = domain
        v6 = rnd.random() < 0.15
        p.ip = doc_ipv6(rnd) if v6 else public_ipv4(rnd)
        p.mx_ip = doc_ipv6(rnd) if v6 else public_ipv4(rnd)
        p.client = rnd.choice(("mail", "smtp", "mx", "out", "mailout", "relay")) + f"{rnd.choice(('', '1', '2', '01'))}.{domain}"
        p.mx = rnd.choice(("mx", "mx1", "mail", "smtp", "mx01", "in")) + f".{domain}"
        p.rdns = rnd.random() < 0.88
        # HELO: mostly the host's own name, sometimes something else (internal names, bare words).
        r = rnd.random()
        p.helo = p.client if r < 0.7 else (f"exch{rnd.randrange(1, 9)}.{name}.local" if r < 0.85 else name.upper())
        p.in_profile = in_table[int(rnd.random() * len(in_table))]
        p.out_profile = out_table[int(rnd.random() * len(out_table))]
        p.out_version = ver_table[int(rnd.random() * len(ver_table))]
        p.senders = [f"{rnd.choice(LOCALPARTS)}@{domain}" for _ in range(2)] + \
                    [f"{rnd.choice(FIRST)}.{rnd.choice(LAST)}@{domain}" for _ in range(2)]
        p.recipients = [f"{rnd.choice(FIRST)}.{rnd.choice(LAST)}@{domain}" for _ in range(3)] + [f"{rnd.choice(LOCALPARTS)}@{domain}"]
        p.dn = f"CN={p.mx}" if rnd.random() < 0.6 else f"C=DE,O={name.capitalize()} GmbH,CN={p.mx}"
        p.client_dn = f"CN={p.client}" if rnd.random() < 0.05 else None
        # Exim's H= text: "name (helo) [ip]", "name [ip]" when the HELO is the name, "(helo) [ip]" without rDNS.
        if not p.rdns:
            p.ex_in_host = f"({p.helo}) [{p.ip}]"
        elif p.helo == p.client:
            p.ex_in_host = f"{p.client} [{p.ip}]"
        else:
            p.ex_in_host = f"{p.client} ({p.helo}) [{p.ip}]"
        p.ex_out_host = f"{p.mx} [{p.mx_ip}]"
        p.pf_client = f"{p.client if p.rdns else 'unknown'}[{p.ip}]"
        p.pf_mx = f"{p.mx}[{p.mx_ip}]"
        p.pf_mx25 = f"{p.mx}[{p.mx_ip}]:25"
        p.helo_arg = p.helo
        partners.append(p)
    return partners


def zipf_table(n, rnd, size=1 << 16, s=0.95):
    """Partner indices in proportion to 1/rank^s, so that a few partners carry most mail."""
    weights = [1.0 / (i + 1) ** s for i in range(n)]
    total = sum(weights)
    cum = []
    acc = 0.0
    for w in weights:
        acc += w / total
        cum.append(acc)
    order = list(range(n))
    rnd.shuffle(order)    # rank is not the order partners were made in
    table = []
    for k in range(size):
        i = bisect.bisect_left(cum, (k + 0.5) / size)
        table.append(order[min(i, n - 1)])
    return table


class Spool:
    """Lines waiting for their second: ring of per-second buckets, flushed in time order."""

    def __init__(self, f, start, stamp, target):
        self.f = f
        self.buckets = [[] for _ in range(RING)]
        self.now = start
        self.stamp = stamp
        self.out = []
        self.out_len = 0
        self.written = 0
        self.target = target

    def advance(self, sec):
        buckets = self.buckets
        while self.now < sec:
            b = buckets[self.now % RING]
            if b:
                prefix = self.stamp(self.now)
                text = prefix + ("\n" + prefix).join(b) + "\n"
                self.out.append(text)
                self.out_len += len(text)
                b.clear()
            self.now += 1
        if self.out_len >= CHUNK:
            self.drain()

    def drain(self):
        if self.out:
            data = "".join(self.out)
            self.f.write(data)
            self.written += len(data)
            self.out = []
            self.out_len = 0

    def full(self):
        return self.written + self.out_len >= self.target


def exim_stamp_fn():
    cache = {}

    def stamp(sec):
        day = sec - sec % 86400
        base = cache.get(day)
        if base is None:
            cache.clear()
            base = cache[day] = time.strftime("%Y-%m-%d ", time.gmtime(day))
        s = sec - day
        return f"{base}{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d} "
    return stamp


def postfix_stamp_fn(hostname):
    cache = {}

    def stamp(sec):
        day = sec - sec % 86400
        base = cache.get(day)
        if base is None:
            cache.clear()
            tm = time.gmtime(day)
            base = cache[day] = f"{MONTHS[tm.tm_mon - 1]} {tm.tm_mday:2d} "
        s = sec - day
        return f"{base}{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d} {hostname} postfix/"
    return stamp


# --------------------------------------------------------------------------------------------

class Common:
    """What both generators share: random pools, partners, local users, the arrival clock."""

    def __init__(self, args, salt):
        self.rnd = random.Random(f"{args.seed}:{salt}")
        prnd = random.Random(f"{args.seed}:partners")      # the same partners in both logs
        self.partners = make_partners(args.partners, prnd)
        self.pick_table = zipf_table(len(self.partners), prnd)
        self.local_domain = args.domain
        self.users = [f"{prnd.choice(FIRST)}.{prnd.choice(LAST)}{prnd.choice(('', '', str(prnd.randrange(2, 9))))}"
                      for _ in range(args.users)]
        rnd = self.rnd
        self.sizes = [min(int(math.exp(rnd.gauss(9.2, 1.3))), 48_000_000) + 400 for _ in range(4096)]
        self.rate = args.rate
        self.start = args.start

    def partner(self):
        return self.partners[self.pick_table[int(self.rnd.random() * 65536)]]


def generate_exim(path, args):
    c = Common(args, "exim")
    rnd = c.rnd
    r = rnd.random
    partners_pick = c.partner
    users = c.users
    nusers = len(users)
    sizes = c.sizes
    dom = c.local_domain
    target = args.size_mb * 1024 * 1024
    pid_at = args.exim_pid_at * target
    upgrade_at = args.exim_upgrade_at * target
    our_submission_x = EXIM_GNUTLS["tls13"][0]
    b62_time = {}

    pids = [rnd.randrange(1000, 4_000_000) for _ in range(512)]
    pid6 = [b62(p, 6) for p in pids]
    pid11 = [b62(p, 11) for p in pids]
    counter = 0

    with open(path, "w", encoding="ascii", newline="\n", buffering=CHUNK) as f:
        spool = Spool(f, c.start, exim_stamp_fn(), target)
        add_bucket = spool.buckets
        t = float(c.start)
        next_queue_run = c.start + 60
        phase = 1
        ex = EXIM_GNUTLS

        def put(when, text):
            add_bucket[int(when) % RING].append(text)

        while not spool.full():
            hour = int(t) // 3600 % 24
            t += rnd.expovariate(c.rate * DIURNAL[hour])
            sec = int(t)
            spool.advance(sec)
            if phase < 3:
                done = spool.written + spool.out_len
                if done >= upgrade_at:
                    phase = 3
                    ex = EXIM_OPENSSL
                elif phase == 1 and done >= pid_at:
                    phase = 2
            counter += 1
            k = counter & 511
            pidp = f"[{pids[k]}] " if phase >= 2 else ""
            # The message id: arrival second, pid, fraction of the second (base 62).
            tb = b62_time.get(sec)
            if tb is None:
                if len(b62_time) > 4:
                    b62_time.clear()
                tb = b62_time[sec] = b62(sec, 6)
            usec = int((t - sec) * 1_000_000)
            if phase < 3:
                mid = f"{tb}-{pid6[k]}-{B62_2[usec // 500]}"
            else:
                mid = f"{tb}-{pid11[k]}-{B62_2[usec // 3844]}{B62_2[usec % 3844]}"
            idp = pidp + mid
            # deliveries and "Completed" come from another process (a queue runner or delivery child)
            pidd = f"[{pids[(k + 101) & 511]}] " if phase >= 2 else ""
            idd = pidd + mid
            port = f":{rnd.randrange(1024, 65535)}" if phase == 3 else ""

            if sec >= next_queue_run:
                qpid = rnd.randrange(100000, 4000000)
                put(t, f"{pidp}Start queue run: pid={qpid}")
                put(t + 0.5, f"{pidp}End queue run: pid={qpid}")
                next_queue_run = sec + 1800

            p = partners_pick()
            size = sizes[counter & 4095]
            x = r()
            if x < 0.60:
                # ---- inbound: a partner sends to one of our users ----
                prof = p.in_profile
                host = p.ex_in_host + port
                user = users[int(r() * nusers)]
                sender = p.senders[counter & 3]
                if prof in FAILURES:
                    gnu, ossl, _ = FAILURES[prof]
                    if phase < 3:
                        put(t, f"{pidp}TLS error on connection from {host} (gnutls_handshake): {gnu}")
                    else:
                        put(t, f"{pidp}TLS error on connection from {host} (SSL_accept): {ossl}")
                    if r() < 0.55:
                        continue            # gave up (or retries later as a new connection)
                    t2 = t + 1 + r() * 20   # the partner retries in cleartext
                    put(t2, f"{idp} <= {sender} H={host} P=esmtp S={size} id={counter:x}.{sec:x}@{p.domain}")
                else:
                    if x < 0.035:
                        put(t, f"{pidp}H={host} F=<{sender}> rejected RCPT <{user}x@{dom}>: Unrouteable address")
                        continue
                    t2 = t + r() * 2
                    if prof == "clear":
                        put(t2, f"{idp} <= {sender} H={host} P=esmtp S={size} id={counter:x}.{sec:x}@{p.domain}")
                    else:
                        xs = ex[prof]
                        dn = f' DN="{p.client_dn}" CV=yes' if p.client_dn else " CV=no"
                        put(t2, f"{idp} <= {sender} H={host} P=esmtps X={xs[counter % len(xs)]}{dn} "
                                f"S={size} id={counter:x}.{sec:x}@{p.domain}")
                t3 = t2 + 0.1 + r()
                if counter & 1:
                    put(t3, f"{idd} => {user} <{user}@{dom}> R=local_user T=mail_spool")
                else:
                    put(t3, f"{idd} => {user}@{dom} R=virtual_user T=dovecot_lmtp H=localhost [127.0.0.1] "
                            f'C="250 2.0.0 <{user}@{dom}> {b62(counter * 40503 % 218340105584896, 8)} Saved"')
                put(t3, f"{idd} Completed")
            else:
                # ---- outbound: one of our users (or a local job) writes to a partner ----
                user = users[int(r() * nusers)]
                rcpt = p.recipients[counter & 3]
                if x < 0.94:
                    put(t, f"{idp} <= {user}@{dom} H=({user.split('.')[0]}-pc.lan) [10.{counter & 15}.{counter % 200}.{counter % 250 + 2}]{port} "
                           f"P=esmtpsa X={our_submission_x if phase < 3 else EXIM_OPENSSL['tls13'][0]} A=plain:{user} S={size} "
                           f"id={counter:x}.{sec:x}@{dom}")
                else:
                    put(t, f"{idp} <= www-data@{dom} U=www-data P=local S={size}")
                prof = p.out_profile
                host = p.ex_out_host
                t2 = t + 0.3 + r() * 3
                y = r()
                if y < 0.05:
                    # deferred: greylisting, a timeout, or the host's retry time not reached; delivered later
                    z = r()
                    if z < 0.4:
                        put(t2, f"{idd} == {rcpt} R=dnslookup T=remote_smtp defer (-44) H={host}: SMTP error from "
                                f"remote mail server after RCPT TO:<{rcpt}>: 451 4.7.1 Greylisted, please try again later")
                    elif z < 0.7:
                        put(t2, f"{idd} == {rcpt} R=dnslookup T=remote_smtp defer (110) H={host}: Connection timed out")
                    else:
                        put(t2, f"{idd} == {rcpt} R=dnslookup T=remote_smtp defer (-53): retry time not reached for any host for '{p.domain}'")
                    t2 += 300 + r() * 3000
                elif y < 0.07:
                    put(t2, f"{idd} ** {rcpt} R=dnslookup T=remote_smtp H={host}: SMTP error from remote mail server "
                            f"after RCPT TO:<{rcpt}>: 550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown")
                    bid = f"{tb}-{pid6[(k + 7) & 511]}-{B62_2[(usec // 500 + 1) % 2000]}" if phase < 3 else \
                          f"{tb}-{pid11[(k + 7) & 511]}-{B62_2[usec // 3844]}{B62_2[(usec + 1) % 3844]}"
                    bidp = pidd + bid
                    put(t2, f"{bidp} <= <> R={mid} U=Debian-exim P=local S={1800 + (size & 1023)}")
                    put(t2 + 0.2, f"{bidp} => {user} <{user}@{dom}> R=local_user T=mail_spool")
                    put(t2 + 0.2, f"{bidp} Completed")
                    put(t2 + 0.2, f"{idd} Completed")
                    continue
                conf = f'C="250 2.0.0 Ok: queued as {b62(counter * 2654435761 % 839299365868340224, 10)}"'
                if prof == "clear":
                    put(t2, f"{idd} => {rcpt} R=dnslookup T=remote_smtp H={host} {conf}")
                elif prof in OUT_FAILURES:
                    gnu, ossl, _ = OUT_FAILURES[prof]
                    if phase < 3:
                        put(t2, f"{idd} H={host} TLS error on connection (gnutls_handshake): {gnu}")
                    else:
                        put(t2, f"{idd} H={host} TLS error on connection (SSL_connect): {ossl}")
                    put(t2 + 0.5, f"{idd} => {rcpt} R=dnslookup T=remote_smtp H={host} {conf}")
                    t2 += 0.5
                else:
                    ver = "legacy" if prof == "legacy" else p.out_version
                    xs = ex[ver]
                    cv = "yes" if prof == "verified" else ("dane" if prof == "dane" else "no")
                    put(t2, f"{idd} => {rcpt} R=dnslookup T=remote_smtp H={host}{':25' if phase == 3 else ''} "
                            f'X={xs[counter % len(xs)]} CV={cv} DN="{p.dn}" {conf}')
                put(t2, f"{idd} Completed")
        spool.advance(spool.now + 1)   # the current second; later ones are cut off like a rotation
        spool.drain()
    os.utime(path, (spool.now, spool.now))   # a log's mtime is its last write (readers take the year from it)
    return spool.written


def generate_postfix(path, args):
    c = Common(args, "postfix")
    rnd = c.rnd
    r = rnd.random
    partners_pick = c.partner
    users = c.users
    nusers = len(users)
    sizes = c.sizes
    dom = c.local_domain
    target = args.size_mb * 1024 * 1024
    next_pid = [rnd.randrange(20000, 40000)]

    def pool(n):
        out = []
        for _ in range(n):
            next_pid[0] += rnd.randrange(1, 40)
            out.append(next_pid[0])
        return out

    smtpd = pool(60)
    subm = pool(8)
    cleanup = pool(6)
    smtp = pool(40)
    local = pool(6)
    lmtp = pool(6)
    bounce = pool(2)
    qmgr = next_pid[0] - 5000
    counter = 0

    def worker(pids):
        i = int(r() * len(pids))
        if r() < 0.01:        # a process reached max_use and a new one took its slot
            next_pid[0] += rnd.randrange(1, 60)
            pids[i] = next_pid[0]
        return pids[i]

    with open(path, "w", encoding="ascii", newline="\n", buffering=CHUNK) as f:
        spool = Spool(f, c.start, postfix_stamp_fn(args.hostname), target)
        add_bucket = spool.buckets
        t = float(c.start)

        def put(when, text):
            add_bucket[int(when) % RING].append(text)

        while not spool.full():
            hour = int(t) // 3600 % 24
            t += rnd.expovariate(c.rate * DIURNAL[hour])
            sec = int(t)
            spool.advance(sec)
            counter += 1
            usec = int((t - sec) * 1_000_000)
            qid = f"{usec:05X}{(counter * 2654435761) & 0xFFFFF:05X}"   # short queue id: microseconds, inode
            size = sizes[counter & 4095]
            p = partners_pick()
            x = r()
            if x < 0.60:
                # ---- inbound ----
                prof = p.in_profile
                pid = worker(smtpd)
                sp = f"smtpd[{pid}]: "
                client = p.pf_client
                user = users[int(r() * nusers)]
                sender = p.senders[counter & 3]
                put(t, f"{sp}connect from {client}")
                if prof in FAILURES:
                    _, _, lib = FAILURES[prof]
                    if prof == "timeout":        # the client stalled in the handshake
                        put(t + 0.1, f"{sp}timeout after STARTTLS from {client}")
                    else:
                        if lib:                  # OpenSSL's reason follows on its own line
                            put(t + 0.1, f"{sp}SSL_accept error from {client}: -1")
                            put(t + 0.1, f"{sp}warning: TLS library problem: {lib}")
                        else:                    # the client went away mid-handshake
                            put(t + 0.1, f"{sp}SSL_accept error from {client}: lost connection")
                        put(t + 0.1, f"{sp}lost connection after STARTTLS from {client}")
                    put(t + 0.1, f"{sp}disconnect from {client} ehlo=1 starttls=0/1 commands=1/2")
                    if r() < 0.55:
                        continue
                    t = t + 1 + r() * 20     # retry in cleartext; keeps the clock monotonic
                    sec = int(t)
                    spool.advance(sec)
                    pid = worker(smtpd)
                    sp = f"smtpd[{pid}]: "
                    put(t, f"{sp}connect from {client}")
                    tls = False
                elif x < 0.035:
                    put(t + 0.2, f"{sp}NOQUEUE: reject: RCPT from {client}: 550 5.1.1 <{user}x@{dom}>: Recipient address "
                                 f"rejected: User unknown in local recipient table; from=<{sender}> to=<{user}x@{dom}> "
                                 f"proto=ESMTP helo=<{p.helo_arg}>")
                    put(t + 0.3, f"{sp}disconnect from {client} ehlo=1 mail=1 rcpt=0/1 quit=1 commands=3/4")
                    continue
                elif prof == "clear":
                    tls = False
                else:
                    ts = POSTFIX_TLS[prof]
                    put(t + 0.05, f"{sp}Anonymous TLS connection established from {client}: {ts[counter % len(ts)]}")
                    tls = True
                t2 = t + 0.2 + r() * 0.5
                cpid = cleanup[counter % len(cleanup)]
                put(t2, f"{sp}{qid}: client={client}")
                put(t2, f"cleanup[{cpid}]: {qid}: message-id=<{counter:x}.{sec:x}@{p.domain}>")
                put(t2, f"qmgr[{qmgr}]: {qid}: from=<{sender}>, size={size}, nrcpt=1 (queue active)")
                put(t2 + 0.1, f"{sp}disconnect from {client} " +
                    ("ehlo=2 starttls=1 mail=1 rcpt=1 data=1 quit=1 commands=7" if tls
                     else "ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5"))
                d = 0.05 + r() * 0.3
                if counter & 1:
                    put(t2 + d, f"local[{local[counter % len(local)]}]: {qid}: to=<{user}@{dom}>, relay=local, "
                                f"delay={d + 0.3:.2g}, delays=0.3/0/0/{d:.2g}, dsn=2.0.0, status=sent (delivered to mailbox)")
                else:
                    put(t2 + d, f"lmtp[{lmtp[counter % len(lmtp)]}]: {qid}: to=<{user}@{dom}>, "
                                f"relay={args.hostname}.{dom}[private/dovecot-lmtp], delay={d + 0.3:.2g}, "
                                f"delays=0.3/0.01/0/{d:.2g}, dsn=2.0.0, status=sent (250 2.0.0 <{user}@{dom}> "
                                f"{qid.lower()}{counter & 0xffff:x} Saved)")
                put(t2 + d, f"qmgr[{qmgr}]: {qid}: removed")
            else:
                # ---- outbound: a user submits on 587, we deliver to the partner's MX ----
                user = users[int(r() * nusers)]
                rcpt = p.recipients[counter & 3]
                spid = worker(subm)
                sp = f"submission/smtpd[{spid}]: "
                lan = f"{user.split('.')[0]}-pc.lan[10.{counter & 15}.{counter % 200}.{counter % 250 + 2}]"
                put(t, f"{sp}connect from {lan}")
                put(t, f"{sp}Anonymous TLS connection established from {lan}: {POSTFIX_TLS['tls13'][0]}")
                t1 = t + 0.3 + r() * 0.5
                cpid = cleanup[counter % len(cleanup)]
                put(t1, f"{sp}{qid}: client={lan}, sasl_method=PLAIN, sasl_username={user}@{dom}")
                put(t1, f"cleanup[{cpid}]: {qid}: message-id=<{counter:x}.{sec:x}@{dom}>")
                put(t1, f"qmgr[{qmgr}]: {qid}: from=<{user}@{dom}>, size={size}, nrcpt=1 (queue active)")
                put(t1 + 0.1, f"{sp}disconnect from {lan} ehlo=2 starttls=1 auth=1 mail=1 rcpt=1 data=1 quit=1 commands=8")
                prof = p.out_profile
                mpid = worker(smtp)
                mp = f"smtp[{mpid}]: "
                t2 = t1 + 0.2 + r() * 2
                y = r()
                if y < 0.05:
                    if r() < 0.5:
                        put(t2, f"{mp}{qid}: to=<{rcpt}>, relay={p.pf_mx25}, delay={t2 - t:.2g}, "
                                f"delays=0.3/0.01/0.4/0.2, dsn=4.7.1, status=deferred (host {p.pf_mx} said: 451 4.7.1 "
                                f"<{rcpt}>: Recipient address rejected: Greylisted, try again later (in reply to RCPT TO command))")
                    else:
                        put(t2, f"{mp}connect to {p.pf_mx25}: Connection timed out")
                        put(t2 + 30, f"{mp}{qid}: to=<{rcpt}>, relay=none, delay={t2 + 30 - t:.3g}, delays=0.3/0.01/30/0, "
                                     f"dsn=4.4.1, status=deferred (connect to {p.pf_mx25}: Connection timed out)")
                        t2 += 30
                    t2 += 300 + r() * 3000
                    put(t2 - 0.1, f"qmgr[{qmgr}]: {qid}: from=<{user}@{dom}>, size={size}, nrcpt=1 (queue active)")
                elif y < 0.07:
                    put(t2, f"{mp}{qid}: to=<{rcpt}>, relay={p.pf_mx25}, delay={t2 - t:.2g}, delays=0.3/0.01/0.4/0.2, "
                            f"dsn=5.1.1, status=bounced (host {p.pf_mx} said: 550 5.1.1 <{rcpt}>: Recipient address "
                            f"rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))")
                    bq = f"{(usec + 1) % 1_000_000:05X}{(counter * 40503) & 0xFFFFF:05X}"
                    put(t2, f"cleanup[{cpid}]: {bq}: message-id=<{sec:x}.{bq}@{args.hostname}.{dom}>")
                    put(t2, f"bounce[{bounce[counter & 1]}]: {qid}: sender non-delivery notification: {bq}")
                    put(t2, f"qmgr[{qmgr}]: {bq}: from=<>, size={2400 + (size & 1023)}, nrcpt=1 (queue active)")
                    put(t2, f"qmgr[{qmgr}]: {qid}: removed")
                    put(t2 + 0.1, f"local[{local[counter % len(local)]}]: {bq}: to=<{user}@{dom}>, relay=local, "
                                  f"delay=0.1, delays=0/0/0/0.1, dsn=2.0.0, status=sent (delivered to mailbox)")
                    put(t2 + 0.1, f"qmgr[{qmgr}]: {bq}: removed")
                    continue
                if prof in OUT_FAILURES:
                    _, _, lib = OUT_FAILURES[prof]
                    put(t2, f"{mp}SSL_connect error to {p.pf_mx25}: -1")
                    put(t2, f"{mp}warning: TLS library problem: {lib}")
                    put(t2, f"{mp}{p.pf_mx25}: Cannot start TLS: handshake failure")
                    t2 += 0.5
                elif prof != "clear":
                    ver = "legacy" if prof == "legacy" else p.out_version
                    ts = POSTFIX_TLS[ver]
                    trust = "Verified" if prof == "dane" else ("Trusted" if prof == "verified" else "Untrusted")
                    put(t2, f"{mp}{trust} TLS connection established to {p.pf_mx25}: {ts[counter % len(ts)]}")
                t3 = t2 + 0.3 + r()
                put(t3, f"{mp}{qid}: to=<{rcpt}>, relay={p.pf_mx25}, delay={t3 - t:.2g}, delays=0.3/0.02/0.31/{t3 - t2:.2g}, "
                        f"dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as {b62(counter * 2654435761 % 839299365868340224, 10)})")
                put(t3, f"qmgr[{qmgr}]: {qid}: removed")
        spool.advance(spool.now + 1)
        spool.drain()
    os.utime(path, (spool.now, spool.now))
    return spool.written


def parse_start(text):
    return calendar.timegm(time.strptime(text, "%Y-%m-%d"))


def build_parser():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size-mb", type=float, default=2048, help="size of each log in MiB (default 2048)")
    ap.add_argument("--out-dir", default=".", help="where mainlog and mail.log go (default: here)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--only", choices=("exim", "postfix"), help="write one of the two logs")
    ap.add_argument("--partners", type=int, default=5000, help="partner domains (default 5000)")
    ap.add_argument("--users", type=int, default=3000, help="local mailboxes (default 3000)")
    ap.add_argument("--rate", type=float, default=6.0, help="messages per second on average (default 6)")
    ap.add_argument("--start", type=parse_start, default=parse_start("2024-12-01"), help="first day, YYYY-MM-DD")
    ap.add_argument("--domain", default="example.net", help="our mail domain")
    ap.add_argument("--hostname", default="mx1", help="our host name in the syslog lines")
    ap.add_argument("--exim-pid-at", type=float, default=0.6, help="share of the Exim log after which lines carry [pid]")
    ap.add_argument("--exim-upgrade-at", type=float, default=0.8,
                    help="share of the Exim log after which Exim 4.97+/OpenSSL writes it (6-11-4 ids); 1 = never")
    ap.add_argument("--jobs", type=int, default=1, help="write the two logs in parallel processes (1 or 2)")
    return ap


def settings_of(args):
    """What decides the files' content: a file made with the same settings can be reused."""
    return {k: v for k, v in sorted(vars(args).items()) if k not in ("out_dir", "only", "jobs")} | {"generator": 2}


def _run(kind, path, args):
    started = time.monotonic()
    n = (generate_exim if kind == "exim" else generate_postfix)(path, args)
    return kind, path, n, time.monotonic() - started


def main(argv=None):
    args = build_parser().parse_args(argv)
    os.makedirs(args.out_dir, exist_ok=True)
    kinds = [k for k in ("exim", "postfix") if args.only in (None, k)]
    paths = {"exim": os.path.join(args.out_dir, "mainlog"), "postfix": os.path.join(args.out_dir, "mail.log")}
    jobs = [(k, paths[k], args) for k in kinds]
    if args.jobs > 1 and len(jobs) > 1:
        from multiprocessing import Pool
        with Pool(min(args.jobs, len(jobs))) as pool:
            results = pool.starmap(_run, jobs)
    else:
        results = [_run(*j) for j in jobs]
    for kind, path, n, secs in results:
        print(f"{kind:8} {path}: {n / 1048576:.1f} MiB in {secs:.1f} s ({n / 1048576 / max(secs, 1e-9):.0f} MiB/s)",
              file=sys.stderr)
        with open(path + ".settings.json", "w") as f:
            json.dump(settings_of(args), f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
