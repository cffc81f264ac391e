#!/usr/bin/env python3
"""Fleet benchmark: `mailtls fleet` and the workbench's Fleet tab over 200 loopback targets.

Starts, on loopback only, inside a temporary directory:
  bulk       one Exim 4 (GnuTLS, RSA certificate) listening on 8 addresses 127.0.0.10-17 x 20
             ports = 160 targets; 2 of the 20 ports are tls_on_connect_ports (listed smtps://).
             Expected: TLS established.
  squatted   a second Exim on 127.0.0.31, 4 ports, smtp_accept_max_per_host = 1; just before
             each run the script opens one connection to it and holds it for --squat seconds,
             so the fleet's first connections get Exim's "421 Too many concurrent SMTP
             connections". Expected: TLS established (the host is busy, not refusing).
  flaky-421  a relay on 127.0.0.30, 5 ports: every odd connection per port (the first, the
             third, ...) gets "421 busy" and is closed; every even one is relayed byte for byte
             to the bulk Exim. Expected: TLS established.
  flaky-close  the same on 127.0.0.32, 3 ports, but odd connections are closed without a
             banner. Expected: TLS established.
  practice   `mailtls practice-server` with 6 personalities (modern, legacy-tls10, weak-dh,
             expired, no-starttls, client-cert-required) on 127.0.0.1, the STARTTLS port and the
             implicit-TLS port of each = 12 targets. Expected: TLS established, except
             no-starttls's STARTTLS port (answered without TLS) and client-cert-required
             (answered, the handshake fails).
  hanging    8 listeners, one each on 127.0.0.40-47, that accept and never send a banner.
             Expected: timeout.
  dead       8 closed ports on 127.0.0.50. Expected: connect (refused).
The counters of the relays are reset and the squatter re-opened before every run, so the CLI
and the workbench see the same targets in the same state.

Runs (the same list, the same settings: --concurrency, --per-host, --timeout):
  cli        /usr/bin/time -v mailtls fleet LIST --mode session --jsonl OUT -q
  scan       /usr/bin/time -v mailtls fleet SUBSET --mode scan --jsonl OUT -q, over 20 targets
             of the list, every kind, one target per relay host (a relay turns every other
             connection away, and a scan needs some fifty: minutes of polite back-off each);
             --scan-targets 0 leaves it out
  workbench  /usr/bin/time -v bench_fleet_event_loop LIST OUT (bench/fleet_stall.cpp, the
             workbench's main window offscreen, QT_QPA_PLATFORM=offscreen): the list pasted in
             the Fleet tab, Start clicked, the event loop run until the view says it finished.
  cli-1ca    the cli and workbench runs again with OpenSSL's default trust store cut to the
  wb-1ca     bench's one certificate (SSL_CERT_FILE, an empty SSL_CERT_DIR; --skip-trust-ab
             leaves them out): every session loads the default trust store, and these runs show
             what the fleet costs without that

How things are measured
  wall        /usr/bin/time -v "Elapsed (wall clock) time": process start to exit (the
              workbench's also includes building the window and one idle second, so its own
              "fleet" wall, Start to finished, is printed beside it).
  peak RSS    /usr/bin/time -v "Maximum resident set size" of the process (the CLI runs its
              targets on threads, not children, so this is the whole fleet's). The workbench
              also reports VmHWM of /proc/self/status read after the run (the same figure from
              the kernel's side) and VmRSS sampled every 100 ms. Goal: under 300 MB.
  CPU         /usr/bin/time -v user + system seconds of the process (Exim's and the practice
              servers' CPU is not in it). The 1-minute load average before each run is printed:
              the machine is shared, and the stall figures mean little under a high load.
  targets     every JSON line is read back and matched to the list on host, port, dialect and
              implicit TLS (the --resume key). "lost": a target of the list without a line;
              "duplicated": more than one line; "unknown": a line for no target of the list;
              "misreported": a line whose outcome class is not the one expected above.
              Outcome class of a report: outcome.error_kind when it is connect, timeout,
              protocol, busy, closed, cancelled or usage; else "tls" when a scan accepted any
              TLS version; else "tls-failed" when error_kind is tls (the handshake or the TLS
              layer right after it broke: a TLS 1.3 client sees the certificate_required alert
              after its own side of the handshake is done); else "tls" when tls.established;
              else "tls-failed" when TLS was attempted; else "no-tls". A practice target
              reached as expected must also carry its personality's first expected finding
              (`mailtls practice-server --list`); one without it is listed, not counted.
  stalls      bench_fleet_event_loop's 1 ms timer on the GUI thread (bench/stall_meter.h):
              the longest gap between two ticks from the click on Start until the run finished
              and every row was filled, its 99th percentile, and how many gaps passed 50 ms.
              Goal: no gap over 50 ms. To tell a busy GUI thread from a starved one, the bench also
              prints the GUI thread's CPU time and run-queue wait over the run
              (/proc/thread-self/schedstat), and the slowest events the loop dispatched with the
              receiver's class and the thread CPU time each took (CLOCK_THREAD_CPUTIME_ID).

Usage: bench/run_fleet_bench.py [--mailtls PATH] [--bench PATH] [--concurrency N] [--per-host N]
                                [--timeout S] [--squat S] [--scan-targets N] [--skip-workbench]
                                [--skip-trust-ab] [--serve S] [--keep] [--json-out FILE]
Run as root (Exim drops to Debian-exim after binding). Build first:
  /work/bin/build mailtls bench_fleet_event_loop     (or cmake --build build --target ...)
"""

import argparse
import asyncio
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run_scan_bench import EXIM, EXIM_USER, TIME, parse_time_v, write_certificate  # noqa: E402

BULK_HOSTS = [f"127.0.0.{i}" for i in range(10, 18)]
BULK_PORTS = 20
BULK_TLS_PORTS = 2            # of BULK_PORTS, implicit TLS
SQUAT_HOST, SQUAT_PORTS = "127.0.0.31", 4
FLAKY421_HOST, FLAKY421_PORTS = "127.0.0.30", 5
FLAKYCLOSE_HOST, FLAKYCLOSE_PORTS = "127.0.0.32", 3
HANG_HOSTS = [f"127.0.0.{i}" for i in range(40, 48)]
DEAD_HOST, DEAD_PORTS = "127.0.0.50", 8
PRACTICE = {   # personality -> expected class of (STARTTLS port, implicit-TLS port)
    "modern": ("tls", "tls"),
    "legacy-tls10": ("tls", "tls"),
    "weak-dh": ("tls", "tls"),
    "expired": ("tls", "tls"),
    "no-starttls": ("no-tls", "tls"),
    "client-cert-required": ("tls-failed", "tls-failed"),
}
ERROR_CLASSES = {"connect", "timeout", "protocol", "busy", "closed", "cancelled", "usage"}


def log(*a):
    print(*a, file=sys.stderr, flush=True)


def port_free_on(hosts, port):
    for h in hosts:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            try:
                s.bind((h, port))
            except OSError:
                return False
    return True


def pick_ports(hosts, count, taken):
    """`count` ports free on every one of `hosts` (and not in `taken`), from 20000-59999."""
    ports = []
    rng = random.Random()
    while len(ports) < count:
        p = rng.randrange(20000, 60000)
        if p in taken or p in ports:
            continue
        if port_free_on(hosts, p):
            ports.append(p)
    taken.update(ports)
    return ports


def banner_of(host, port, timeout=5.0):
    try:
        with socket.create_connection((host, port), timeout=timeout) as s:
            data = s.recv(4096)
            if data.startswith(b"220"):
                s.sendall(b"QUIT\r\n")
                try:
                    s.recv(4096)
                except OSError:
                    pass
            return data
    except OSError:
        return b""


def wait_for(host, port, timeout=15.0, tls=False):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if tls:
            try:
                with socket.create_connection((host, port), timeout=2):
                    return True
            except OSError:
                pass
        elif banner_of(host, port).startswith(b"220"):
            return True
        time.sleep(0.1)
    return False


class EximDaemon:
    """One Exim daemon on several addresses and ports (local_interfaces x -oX ports)."""

    def __init__(self, directory, cert, key, hosts, ports, tls_ports=(), per_host=500):
        self.directory = directory
        self.hosts = hosts
        self.ports = ports
        os.makedirs(directory, exist_ok=True)
        os.chmod(directory, 0o755)
        for sub in ("spool", "log"):
            os.makedirs(os.path.join(directory, sub), exist_ok=True)
            shutil.chown(os.path.join(directory, sub), EXIM_USER, EXIM_USER)
        lines = [
            "# mailtls fleet bench peer (generated)",
            "primary_hostname = localhost",
            "qualify_domain = localhost",
            f"exim_user = {EXIM_USER}",
            f"exim_group = {EXIM_USER}",
            f"spool_directory = {directory}/spool",
            f"log_file_path = {directory}/log/%slog",
            "log_selector = +smtp_connection +incoming_port +incoming_interface",
            "keep_environment =",
            "local_interfaces = <; " + " ; ".join(hosts),
            "host_lookup =",
            "rfc1413_hosts =",
            "smtp_receive_timeout = 30s",
            "smtp_accept_max = 500",
            f"smtp_accept_max_per_host = {per_host}",
            "smtp_accept_queue_per_connection = 0",
            "smtp_connect_backlog = 128",
            f"tls_certificate = {cert}",
            f"tls_privatekey = {key}",
            "tls_advertise_hosts = *",
            "auth_advertise_hosts =",
        ]
        if tls_ports:
            lines.append("tls_on_connect_ports = " + " : ".join(str(p) for p in tls_ports))
        lines += ["", "begin acl", "", "begin routers", "", "begin transports", "", "begin authenticators", ""]
        self.conf = os.path.join(directory, "exim.conf")
        with open(self.conf, "w") as f:
            f.write("\n".join(lines))
        os.chmod(self.conf, 0o644)
        self.tls_ports = set(tls_ports)
        self.pidfile = os.path.join(directory, "exim.pid")
        self.proc = None

    def start(self):
        self.proc = subprocess.Popen([EXIM, "-C", self.conf, "-bdf", "-oX", ":".join(str(p) for p in self.ports),
                                      "-oP", self.pidfile],
                                     stdout=subprocess.DEVNULL, stderr=open(os.path.join(self.directory, "stderr"), "w"),
                                     start_new_session=True)
        # Every port on the first address, the first plain port on every address.
        plain = [p for p in self.ports if p not in self.tls_ports]
        checks = [(self.hosts[0], p) for p in self.ports] + [(h, plain[0]) for h in self.hosts[1:]]
        for host, port in checks:
            if not wait_for(host, port, tls=port in self.tls_ports):
                self.stop()
                raise RuntimeError(f"Exim did not answer on {host}:{port}:\n"
                                   + open(os.path.join(self.directory, "stderr")).read())

    def stop(self):
        if self.proc and self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, 15)
            except ProcessLookupError:
                pass
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, 9)
                self.proc.wait()
        self.proc = None


class LoopbackServers:
    """The Python targets on one asyncio loop in a thread: relays that turn every odd
    connection away (421, or a close before the banner), and listeners that never greet."""

    def __init__(self, backend):
        self.backend = backend          # (host, port) the relays forward even connections to
        self.counts = {}                # (host, port) -> connections so far
        self.loop = asyncio.new_event_loop()
        self.servers = []
        self.writers = set()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()

    def call(self, coro):
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(30)

    def reset(self):
        self.loop.call_soon_threadsafe(self.counts.clear)

    async def _relay(self, reader, writer, host, port, odd):
        self.writers.add(writer)
        try:
            n = self.counts.get((host, port), 0) + 1
            self.counts[(host, port)] = n
            if n % 2 == 1:
                if odd == "421":
                    writer.write(b"421 localhost busy, try again later\r\n")
                    await writer.drain()
                return
            up_reader, up_writer = await asyncio.open_connection(*self.backend)
            self.writers.add(up_writer)

            async def pump(src, dst):
                try:
                    while True:
                        data = await src.read(65536)
                        if not data:
                            break
                        dst.write(data)
                        await dst.drain()
                except (ConnectionError, OSError):
                    pass
                finally:
                    try:
                        dst.close()
                    except Exception:
                        pass
            await asyncio.gather(pump(reader, up_writer), pump(up_reader, writer))
            self.writers.discard(up_writer)
        except (ConnectionError, OSError):
            pass
        finally:
            self.writers.discard(writer)
            try:
                writer.close()
            except Exception:
                pass

    async def _hang(self, reader, writer):
        self.writers.add(writer)
        try:
            await reader.read()          # until the client gives up
        except (ConnectionError, OSError):
            pass
        finally:
            self.writers.discard(writer)
            writer.close()

    async def _listen(self, host, port, kind):
        if kind == "hang":
            handler = self._hang
        else:
            async def handler(r, w, host=host, port=port, kind=kind):
                await self._relay(r, w, host, port, kind)
        self.servers.append(await asyncio.start_server(handler, host, port, backlog=64))

    def listen(self, host, port, kind):
        self.call(self._listen(host, port, kind))

    async def _close(self):
        for s in self.servers:
            s.close()
        for w in list(self.writers):
            try:
                w.close()
            except Exception:
                pass
        for s in self.servers:
            try:
                await asyncio.wait_for(s.wait_closed(), 2)
            except Exception:
                pass

    def stop(self):
        try:
            self.call(self._close())
        except Exception:
            pass
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)


class Squatter:
    """Holds one connection to the squatted Exim (smtp_accept_max_per_host = 1) for `seconds`,
    so every other connection from 127.0.0.1 meanwhile gets 421."""

    def __init__(self, host, port, seconds):
        self.host, self.port, self.seconds = host, port, seconds
        self.thread = None

    def start(self):
        sock = None
        deadline = time.monotonic() + 10
        # A previous run's connection may still hold the slot for a moment.
        while time.monotonic() < deadline:
            sock = socket.create_connection((self.host, self.port), timeout=5)
            if sock.recv(4096).startswith(b"220"):
                break
            sock.close()
            sock = None
            time.sleep(0.2)
        if sock is None:
            raise RuntimeError("the squatter got no 220 from the squatted Exim")

        def hold():
            time.sleep(self.seconds)
            try:
                sock.sendall(b"QUIT\r\n")
                sock.recv(4096)
            except OSError:
                pass
            sock.close()
        self.thread = threading.Thread(target=hold, daemon=True)
        self.thread.start()

    def join(self):
        if self.thread:
            self.thread.join()


class PracticeServer:
    def __init__(self, mailtls, personality, port, tls_port, directory):
        self.personality, self.port, self.tls_port = personality, port, tls_port
        self.err = os.path.join(directory, f"practice-{personality}.out")
        self.proc = subprocess.Popen([mailtls, "practice-server", "--personality", personality, "--port", str(port),
                                      "--tls-port", str(tls_port), "--ipv4-only"],
                                     stdout=open(self.err, "w"), stderr=subprocess.STDOUT,
                                     stdin=subprocess.DEVNULL, start_new_session=True)

    def wait(self):
        if not wait_for("127.0.0.1", self.port):
            raise RuntimeError(f"practice server {self.personality} did not start:\n" + open(self.err).read())

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def key_of(host, port, dialect, implicit_tls):
    return f"{host.lower()}:{port}/{dialect}{'+tls' if implicit_tls else ''}"


def outcome_class(report):
    kind = (report.get("outcome") or {}).get("error_kind")
    if kind in ERROR_CLASSES:
        return kind
    if report.get("kind") == "scan":
        protocols = ((report.get("scan") or {}).get("protocols")) or {}
        if any(protocols.values()):
            return "tls"
    tls = report.get("tls") or {}
    if kind == "tls":   # the handshake, or the TLS layer right after it, broke
        return "tls-failed"
    if tls.get("established"):
        return "tls"
    if tls.get("attempted"):
        return "tls-failed"
    return "no-tls"


def check(targets, jsonl):
    """Matches the JSON lines to the list; returns counts and the problems by name."""
    expected = {t["key"]: t for t in targets}
    seen = {}
    unknown, bad_lines = [], []
    try:
        with open(jsonl, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    r = json.loads(line)
                    t = r["target"]
                    k = key_of(t["host"], t["port"], t["dialect"], t["implicit_tls"] or t["dialect"] == "none")
                except (ValueError, KeyError, TypeError):
                    bad_lines.append(number)
                    continue
                seen.setdefault(k, []).append(r)
    except OSError:
        pass
    lost = [k for k in expected if k not in seen]
    duplicated = [f"{k} x{len(v)}" for k, v in seen.items() if len(v) > 1 and k in expected]
    unknown = [k for k in seen if k not in expected]
    misreported, classes, finding_misses = [], {}, []
    for k, reports in seen.items():
        if k not in expected:
            continue
        r = reports[0]
        got = outcome_class(r)
        t = expected[k]
        classes.setdefault(t["group"], {}).setdefault(got, 0)
        classes[t["group"]][got] += 1
        if got != t["expect"]:
            outcome = r.get("outcome") or {}
            misreported.append({"target": t["text"], "group": t["group"], "expected": t["expect"], "got": got,
                                "error_kind": outcome.get("error_kind"), "error": outcome.get("error"),
                                "findings": [f.get("id") for f in r.get("findings") or []]})
        want = t.get("finding")
        if want and got == t["expect"] and want not in [f.get("id") for f in r.get("findings") or []]:
            finding_misses.append(f"{t['text']} ({t['group']}): no {want}")
    return {"lines": sum(len(v) for v in seen.values()), "distinct": len([k for k in seen if k in expected]),
            "lost": lost, "duplicated": duplicated, "unknown": unknown, "bad_lines": bad_lines,
            "misreported": misreported, "classes": classes, "finding_misses": finding_misses}


def read_figures(path):
    """The "key=value" lines bench_fleet_event_loop prints, and its list of the slowest events."""
    figures = {}
    with open(path, errors="replace") as f:
        text = f.read()
    for line in text.splitlines():
        k, sep, v = line.partition("=")
        if sep and k.replace("_", "").isalnum():
            figures[k] = v
    slow = text.split("The slowest events", 1)[1].splitlines()[1:] if "The slowest events" in text else []
    return figures, [line for line in slow if line.strip()]


def run_timed(name, argv, workdir, timeout, env=None):
    timefile = os.path.join(workdir, f"{name}.time")
    outfile = os.path.join(workdir, f"{name}.out")
    started = time.monotonic()
    with open(outfile, "wb") as out:
        try:
            proc = subprocess.run([TIME, "-v", "-o", timefile] + argv, stdout=out, stderr=subprocess.STDOUT,
                                  stdin=subprocess.DEVNULL, timeout=timeout, env=env)
            code = proc.returncode
        except subprocess.TimeoutExpired:
            code = "timeout"
    elapsed = time.monotonic() - started
    wall, rss = parse_time_v(timefile) if os.path.exists(timefile) else (None, None)
    cpu = None
    if os.path.exists(timefile):
        with open(timefile) as f:
            for line in f:
                line = line.strip()
                if line.startswith(("User time (seconds)", "System time (seconds)")):
                    cpu = (cpu or 0.0) + float(line.split(":", 1)[1])
    return {"run": name, "argv": argv, "exit": code, "wall_s": wall if wall is not None else elapsed,
            "max_rss_kb": rss, "cpu_s": cpu, "load_before": os.getloadavg()[0] if hasattr(os, "getloadavg") else None,
            "output": outfile}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    build = os.path.join(here, "..", "build")
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mailtls", default=os.environ.get("MAILTLS_CLI") or os.path.join(build, "app", "mailtls"))
    ap.add_argument("--bench", help="bench_fleet_event_loop (default: bench/bench_fleet_event_loop beside --mailtls' app/)")
    ap.add_argument("--concurrency", type=int, default=16, help="targets at once (default 16)")
    ap.add_argument("--per-host", type=int, default=1, help="targets at once per host (default 1)")
    ap.add_argument("--timeout", type=int, default=5, help="seconds per step (default 5: the hanging targets' cost)")
    ap.add_argument("--squat", type=float, default=3.0, help="seconds the squatted Exim stays full after a run starts")
    ap.add_argument("--scan-targets", type=int, default=20, help="targets of the scan-mode run (0: none)")
    ap.add_argument("--skip-workbench", action="store_true", help="leave out the workbench run")
    ap.add_argument("--skip-trust-ab", action="store_true",
                    help="leave out the session runs again with a one-certificate trust store (SSL_CERT_FILE)")
    ap.add_argument("--serve", type=float, default=0, metavar="S",
                    help="start the targets, write the list, keep them up S seconds for a run by hand, then stop")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory (lists, JSON lines, logs)")
    ap.add_argument("--json-out", help="write the measurements as JSON here")
    args = ap.parse_args()

    if os.geteuid() != 0:
        sys.exit("run as root: Exim must bind and then drop to Debian-exim")
    for tool in (EXIM, TIME, "openssl"):
        if not shutil.which(tool):
            sys.exit(f"missing: {tool} (Debian packages exim4-daemon-heavy, time, openssl)")
    mailtls = os.path.abspath(args.mailtls)
    if not os.access(mailtls, os.X_OK):
        sys.exit(f"mailtls not found at {mailtls} (--mailtls)")
    bench = os.path.abspath(args.bench or os.path.join(os.path.dirname(mailtls), "..", "bench", "bench_fleet_event_loop"))
    if not args.skip_workbench and not os.access(bench, os.X_OK):
        sys.exit(f"bench_fleet_event_loop not found at {bench} (--bench, or build it, or --skip-workbench)")

    # SIGTERM and SIGINT (ignored by a shell's background jobs otherwise) end the run through the
    # `finally` below, so no Exim or practice server outlives it.
    def stop_on_signal(number, frame):
        raise SystemExit(128 + number)
    signal.signal(signal.SIGTERM, stop_on_signal)
    signal.signal(signal.SIGINT, stop_on_signal)

    workdir = tempfile.mkdtemp(prefix="mailtls-fleet-bench-")
    os.chmod(workdir, 0o755)
    daemons, practice, servers = [], [], None
    try:
        cert, key = write_certificate(workdir)
        taken = set()
        targets = []

        def add(text, host, port, dialect, implicit, group, expect, finding=None):
            targets.append({"text": text, "key": key_of(host, port, dialect, implicit), "group": group,
                            "expect": expect, "finding": finding})

        # The bulk: one Exim, 8 addresses x 20 ports.
        bulk_ports = pick_ports(BULK_HOSTS, BULK_PORTS, taken)
        bulk_tls = bulk_ports[-BULK_TLS_PORTS:]
        log(f"starting Exim on {len(BULK_HOSTS)} addresses x {BULK_PORTS} ports …")
        bulk = EximDaemon(os.path.join(workdir, "exim-bulk"), cert, key, BULK_HOSTS, bulk_ports, bulk_tls)
        daemons.append(bulk)
        bulk.start()
        squat_ports = pick_ports([SQUAT_HOST], SQUAT_PORTS, taken)
        squat = EximDaemon(os.path.join(workdir, "exim-squat"), cert, key, [SQUAT_HOST], squat_ports, per_host=1)
        daemons.append(squat)
        squat.start()

        servers = LoopbackServers((BULK_HOSTS[0], bulk_ports[0]))
        flaky421 = pick_ports([FLAKY421_HOST], FLAKY421_PORTS, taken)
        flakyclose = pick_ports([FLAKYCLOSE_HOST], FLAKYCLOSE_PORTS, taken)
        for p in flaky421:
            servers.listen(FLAKY421_HOST, p, "421")
        for p in flakyclose:
            servers.listen(FLAKYCLOSE_HOST, p, "close")
        hang = [(h, pick_ports([h], 1, taken)[0]) for h in HANG_HOSTS]
        for h, p in hang:
            servers.listen(h, p, "hang")
        dead = pick_ports([DEAD_HOST], DEAD_PORTS, taken)   # free, and nothing listens

        log(f"starting {len(PRACTICE)} practice servers …")
        expected_findings = {}
        listing = subprocess.run([mailtls, "practice-server", "--list"], capture_output=True, text=True).stdout
        current = None
        for line in listing.splitlines():
            words = line.split()
            if line[:2] == "  " and not line[:3].isspace() and words:
                current = words[0]
            elif current and "expected findings" in line:
                ids = line.split("expected findings", 1)[1].lstrip(" :").split(",")
                first = ids[0].strip()
                expected_findings[current] = None if first == "none" else first
        for name in PRACTICE:
            p, tp = pick_ports(["127.0.0.1"], 2, taken)
            practice.append(PracticeServer(mailtls, name, p, tp, workdir))
        for s in practice:
            s.wait()

        # The list, interleaved so that every kind starts early and late.
        for h, p in hang:
            add(f"{h}:{p}", h, p, "smtp", False, "hanging", "timeout")
        for p in squat_ports:
            add(f"{SQUAT_HOST}:{p}", SQUAT_HOST, p, "smtp", False, "squatted-exim", "tls")
        for p in flaky421:
            add(f"{FLAKY421_HOST}:{p}", FLAKY421_HOST, p, "smtp", False, "flaky-421", "tls")
        for p in flakyclose:
            add(f"{FLAKYCLOSE_HOST}:{p}", FLAKYCLOSE_HOST, p, "smtp", False, "flaky-close", "tls")
        for i, p in enumerate(bulk_ports):
            for h in BULK_HOSTS:
                if p in bulk_tls:
                    add(f"smtps://{h}:{p}", h, p, "smtp", True, "exim-smtps", "tls")
                else:
                    add(f"{h}:{p}", h, p, "smtp", False, "exim", "tls")
            if i < len(practice):
                s = practice[i]
                starttls, implicit = PRACTICE[s.personality]
                finding = expected_findings.get(s.personality)
                add(f"127.0.0.1:{s.port}", "127.0.0.1", s.port, "smtp", False, f"practice {s.personality}", starttls, finding)
                add(f"smtps://127.0.0.1:{s.tls_port}", "127.0.0.1", s.tls_port, "smtp", True,
                    f"practice {s.personality}", implicit)
            if i < len(dead):
                add(f"{DEAD_HOST}:{dead[i]}", DEAD_HOST, dead[i], "smtp", False, "dead", "connect")
        list_file = os.path.join(workdir, "targets.txt")
        with open(list_file, "w") as f:
            f.write(f"# {len(targets)} loopback targets (bench/run_fleet_bench.py)\n")
            f.write("".join(t["text"] + "\n" for t in targets))
        log(f"{len(targets)} targets in {list_file}")

        # The scan subset: a few of every kind, on as many hosts as possible.
        scan_targets = []
        if args.scan_targets > 0:
            by_group = {}
            for t in targets:
                by_group.setdefault(t["group"].split()[0], []).append(t)
            # One target per relay host: a relay turns every other connection away, and a scan
            # needs some fifty, so each costs minutes of polite back-off.
            quota = {"exim": 9, "exim-smtps": 1, "practice": 3, "squatted-exim": 1, "flaky-421": 1, "flaky-close": 1,
                     "hanging": 2, "dead": 2}
            for group, n in quota.items():
                pool = by_group.get(group, [])
                seen_hosts, picked = set(), []
                for t in pool:   # one per host first
                    h = t["key"].rsplit(":", 1)[0]
                    if h not in seen_hosts and len(picked) < n:
                        picked.append(t)
                        seen_hosts.add(h)
                for t in pool:
                    if len(picked) >= n:
                        break
                    if t not in picked:
                        picked.append(t)
                scan_targets += picked
            scan_targets = scan_targets[:args.scan_targets]
        scan_file = os.path.join(workdir, "scan-targets.txt")
        with open(scan_file, "w") as f:
            f.write("".join(t["text"] + "\n" for t in scan_targets))

        if args.serve > 0:
            log(f"serving for {args.serve:.0f} s: {list_file} (scan subset {scan_file}); squatted Exim {SQUAT_HOST}, "
                "relay counters not reset between runs")
            time.sleep(args.serve)
            return

        settings = ["--concurrency", str(args.concurrency), "--per-host", str(args.per_host),
                    "--timeout", str(args.timeout)]

        def prepare():
            servers.reset()
            sq = Squatter(SQUAT_HOST, squat_ports[0], args.squat)
            sq.start()
            return sq

        runs = []
        log("running mailtls fleet --mode session …")
        cli_jsonl = os.path.join(workdir, "cli.jsonl")
        sq = prepare()
        cli = run_timed("cli", [mailtls, "fleet", list_file, "--mode", "session", "--jsonl", cli_jsonl, "-q",
                                "--no-color"] + settings, workdir, 1800)
        sq.join()
        cli["targets_in"] = len(targets)
        cli["check"] = check(targets, cli_jsonl)
        runs.append(cli)

        if scan_targets:
            log(f"running mailtls fleet --mode scan over {len(scan_targets)} targets …")
            scan_jsonl = os.path.join(workdir, "scan.jsonl")
            sq = prepare()
            scan = run_timed("scan", [mailtls, "fleet", scan_file, "--mode", "scan", "--jsonl", scan_jsonl, "-q",
                                      "--no-color"] + settings, workdir, 3600)
            sq.join()
            scan["targets_in"] = len(scan_targets)
            scan["check"] = check(scan_targets, scan_jsonl)
            runs.append(scan)

        if not args.skip_workbench:
            log("running the workbench's Fleet tab (offscreen) …")
            wb_jsonl = os.path.join(workdir, "workbench.jsonl")
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MAILTLS_NO_PRACTICE_SERVER="1")
            sq = prepare()
            wb = run_timed("workbench", [bench, list_file, wb_jsonl, "--mode", "session"] + settings, workdir, 1800, env)
            sq.join()
            wb["targets_in"] = len(targets)
            wb["check"] = check(targets, wb_jsonl)
            wb["figures"], wb["slow_events"] = read_figures(wb["output"])
            runs.append(wb)

        # The same session runs with OpenSSL's default trust store cut to one certificate
        # (SSL_CERT_FILE, an empty SSL_CERT_DIR): what the runs cost without loading the
        # system's CA bundle for every session.
        if not args.skip_trust_ab:
            empty_dir = os.path.join(workdir, "empty-certs")
            os.makedirs(empty_dir, exist_ok=True)
            small = dict(os.environ, SSL_CERT_FILE=cert, SSL_CERT_DIR=empty_dir)
            log("running mailtls fleet --mode session with a one-certificate trust store …")
            jsonl = os.path.join(workdir, "cli-1ca.jsonl")
            sq = prepare()
            r = run_timed("cli-1ca", [mailtls, "fleet", list_file, "--mode", "session", "--jsonl", jsonl, "-q",
                                      "--no-color"] + settings, workdir, 1800, small)
            sq.join()
            r["targets_in"] = len(targets)
            r["check"] = check(targets, jsonl)
            runs.append(r)
            if not args.skip_workbench:
                log("running the workbench's Fleet tab with a one-certificate trust store …")
                jsonl = os.path.join(workdir, "workbench-1ca.jsonl")
                sq = prepare()
                r = run_timed("wb-1ca", [bench, list_file, jsonl, "--mode", "session"] + settings, workdir, 1800,
                              dict(small, QT_QPA_PLATFORM="offscreen", MAILTLS_NO_PRACTICE_SERVER="1"))
                sq.join()
                r["targets_in"] = len(targets)
                r["check"] = check(targets, jsonl)
                r["figures"], r["slow_events"] = read_figures(r["output"])
                runs.append(r)

        # The report.
        def mib(kb):
            return f"{kb / 1024:.1f}" if kb else "—"
        print()
        print(f"Fleet benchmark — {len(targets)} loopback targets, --concurrency {args.concurrency} "
              f"--per-host {args.per_host} --timeout {args.timeout}, {os.cpu_count()} CPUs; 1-min load average "
              "before each run: " + ", ".join(f"{r['run']} {r['load_before']:.1f}" for r in runs if r.get("load_before") is not None))
        print("  list: " + ", ".join(f"{n} {g}" for g, n in sorted(
            {g: sum(1 for t in targets if t['group'].split()[0] == g)
             for g in {t['group'].split()[0] for t in targets}}.items())))
        header = (f"{'run':<10} {'exit':>4} {'wall s':>8} {'CPU s':>6} {'peak RSS MiB':>12} {'in':>4} {'lines':>5} "
                  f"{'lost':>4} {'dup':>3} {'unkn':>4} {'misrep':>6}")
        print(header)
        print("-" * len(header))
        for r in runs:
            c = r["check"]
            cpu = f"{r['cpu_s']:.1f}" if r.get("cpu_s") is not None else "—"
            print(f"{r['run']:<10} {str(r['exit']):>4} {r['wall_s']:>8.2f} {cpu:>6} {mib(r['max_rss_kb']):>12} "
                  f"{r['targets_in']:>4} {c['lines']:>5} {len(c['lost']):>4} {len(c['duplicated']):>3} "
                  f"{len(c['unknown']):>4} {len(c['misreported']):>6}")
        for wb in [r for r in runs if "figures" in r]:
            f = wb["figures"]

            def kb(name):
                try:
                    return int(f.get(name))
                except (TypeError, ValueError):
                    return None
            print(f"\n{wb['run']}: the Fleet tab from Start to finished {f.get('wall_s', '?')} s (first row {f.get('first_row_ms', '?')} ms, "
                  f"half {f.get('half_rows_ms', '?')} ms); rows {f.get('rows_done', '?')}/{f.get('rows', '?')} done")
            print(f"  event loop: longest stall {f.get('longest_stall_ms', '?')} ms (at {f.get('longest_stall_at_ms', '?')} ms), "
                  f"p99 {f.get('p99_stall_ms', '?')} ms, stalls > 50 ms: {f.get('stalls_over_50ms', '?')} "
                  f"over {f.get('ticks', '?')} ticks")
            print(f"  GUI thread during the run: {f.get('gui_thread_cpu_ms', '?')} ms on a CPU, "
                  f"{f.get('gui_thread_runqueue_wait_ms', '?')} ms runnable but waiting for one (/proc/thread-self/schedstat)")
            if wb.get("slow_events"):
                print("  slowest events the loop dispatched (bench/fleet_stall.cpp; ms after Start):")
                for line in wb["slow_events"][:5]:
                    print("  " + line)
            print(f"  memory: VmHWM {mib(kb('vmhwm_kb'))} MiB, VmRSS before Start {mib(kb('rss_before_kb'))} MiB, "
                  f"sampled peak {mib(kb('rss_peak_sampled_kb'))} MiB")
        wb = next((r for r in runs if r["run"] == "workbench"), None)
        goal_rss = all((r["max_rss_kb"] or 0) < 300 * 1024 for r in runs if r["run"] in ("cli", "workbench"))
        print(f"\ngoal: peak RSS under 300 MB (CLI and workbench) -> {'met' if goal_rss else 'NOT met'}")
        if wb:
            try:
                longest = float(wb["figures"].get("longest_stall_ms"))
                print(f"goal: no event-loop stall over 50 ms -> {'met' if longest <= 50 else 'NOT met'} ({longest:.1f} ms)")
            except (TypeError, ValueError):
                print("goal: no event-loop stall over 50 ms -> not measured (the bench printed no figure)")
        print("\noutcome classes per group (got: count):")
        groups = sorted({t["group"] for t in targets})
        print(f"  {'group':<30} {'expected':<10} " + " ".join(f"{r['run']:<22}" for r in runs))
        for g in groups:
            exp = next(t["expect"] for t in targets if t["group"] == g)
            cells = []
            for r in runs:
                got = r["check"]["classes"].get(g, {})
                cells.append(f"{', '.join(f'{k}:{v}' for k, v in sorted(got.items())) or '—':<22}")
            print(f"  {g:<30} {exp:<10} " + " ".join(cells))
        for r in runs:
            c = r["check"]
            for what in ("lost", "duplicated", "unknown"):
                if c[what]:
                    print(f"\n{r['run']}: {what}: " + ", ".join(c[what]))
            if c["bad_lines"]:
                print(f"\n{r['run']}: lines that are not reports: {c['bad_lines']}")
            if c["misreported"]:
                print(f"\n{r['run']}: misreported ({len(c['misreported'])}):")
                for m in c["misreported"]:
                    print(f"  {m['target']:<28} {m['group']:<28} expected {m['expected']:<10} got {m['got']:<10} "
                          f"error_kind={m['error_kind']} error={m['error']!r}")
            if c["finding_misses"]:
                print(f"\n{r['run']}: practice targets without their personality's expected finding: "
                      + "; ".join(c["finding_misses"]))
        print(f"\noutputs: {workdir}" if args.keep else "")
        if args.json_out:
            with open(args.json_out, "w") as f:
                json.dump({"targets": len(targets), "settings": settings, "scan_targets": [t["text"] for t in scan_targets],
                           "runs": runs}, f, indent=2)
    finally:
        for s in practice:
            s.stop()
        if servers:
            servers.stop()
        for d in daemons:
            d.stop()
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
