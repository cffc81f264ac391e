#!/usr/bin/env python3
"""Cipher-scan benchmark: mailtls scan against sslscan and testssl on one local Exim.

Starts Exim 4 (GnuTLS, STARTTLS on a free loopback port, config and RSA certificate written
into a temporary directory), then runs one after the other against the same daemon:

    mailtls scan 127.0.0.1:PORT --json F
    sslscan --starttls-smtp 127.0.0.1:PORT
    testssl -e --starttls smtp 127.0.0.1:PORT          (cipher enumeration only)
    testssl --starttls smtp 127.0.0.1:PORT             (everything testssl does)

and prints wall time, peak memory and accepted TCP connections of each, with ratios against
mailtls, plus the minimum number of connections a complete enumeration needs and mailtls'
ratio to it.

How things are measured
  wall time    /usr/bin/time -v "Elapsed (wall clock) time" of the tool (process start to exit).
  peak memory  /usr/bin/time -v "Maximum resident set size": the largest RSS of the tool or of
               any single child it waited for (getrusage RUSAGE_CHILDREN semantics). For testssl,
               a bash script running hundreds of short `openssl` children, this is the biggest
               of those processes, not their sum.
  connections  Exim's own mainlog, with log_selector +smtp_connection: every accepted TCP
               connection writes one "SMTP connection from" line, and a connection turned
               away by smtp_accept_max* writes "Connection from ... refused". The script notes
               the mainlog length before each tool and counts the new lines after it. This
               counts what the server really saw, including connections a tool opens and drops
               (testssl's reachability checks), without packet capture or `ss` sampling, which
               would miss short-lived connections. Only the accept line counts: the lines that
               end a connection ("... closed by EOF", "... lost") begin with the same words.
  minimum      the fewest connections any scanner needs for what the scan must find, when a hello
               carries at most 128 suites (the limit the issue sets): every accepted suite needs
               its own handshake, and the suites the server does not accept must each have been
               offered in a refused hello, so per version
                   accepted + ceil((catalog suites of the version - accepted) / 128)
               (1 for SSLv2 and for a refused version). TLS 1.3 groups must be found too; one hello
               names at most one new suite and one new group, so TLS 1.3 counts
                   max(accepted suites, accepted groups) + 1
               when that is larger. Without TLS 1.3, curves come from ECDHE suites and are not
               counted (a lower bound). The accepted sets are mailtls' (cross-checked against
               sslscan's when both are available); catalog sizes come from resources/ciphers.
               mailtls' protocol-hygiene probes (scan.hygiene.connections: renegotiation, fallback
               SCSV, EMS/ETM, resumption; and scan.hygiene.attack_connections: heartbleed, CCS
               injection, ROBOT, ticketbleed) are printed apart: checks the matrix minimum does not cover.

Usage: bench/run_scan_bench.py [--mailtls PATH] [--skip-full-testssl] [--skip-testssl] [--priority STRING]
                               [--keep] [--json-out FILE]
Run as root (Exim drops to Debian-exim after binding).
"""

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET

EXIM = "/usr/sbin/exim4"
EXIM_USER = "Debian-exim"
TIME = "/usr/bin/time"
VERSIONS = ["SSLv2", "SSLv3", "TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"]   # the JSON report's keys


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_banner(port, timeout=15.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=2) as s:
                data = b""
                while not data.endswith(b"\r\n") or data.split(b"\r\n")[-2][3:4] == b"-":
                    chunk = s.recv(4096)
                    if not chunk:
                        break
                    data += chunk
                if data.startswith(b"220"):
                    s.sendall(b"QUIT\r\n")
                    s.recv(4096)
                    return True
        except OSError:
            pass
        time.sleep(0.1)
    return False


def write_certificate(directory):
    cert = os.path.join(directory, "cert.pem")
    key = os.path.join(directory, "key.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key,
                    "-out", cert, "-days", "30", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.chmod(cert, 0o644)
    os.chmod(key, 0o644)   # a throwaway key; Exim reads it as Debian-exim
    return cert, key


def write_exim_config(directory, cert, key, priority):
    for sub in ("spool", "log"):
        os.makedirs(os.path.join(directory, sub), exist_ok=True)
        shutil.chown(os.path.join(directory, sub), EXIM_USER, EXIM_USER)
    lines = [
        "# mailtls bench peer (generated)",
        "primary_hostname = localhost",
        "qualify_domain = localhost",
        f"exim_user = {EXIM_USER}",
        f"exim_group = {EXIM_USER}",
        f"spool_directory = {directory}/spool",
        f"log_file_path = {directory}/log/%slog",
        "log_selector = +smtp_connection +smtp_protocol_error +smtp_syntax_error +incoming_port",
        "keep_environment =",
        "local_interfaces = <; 127.0.0.1 ; ::1",
        "host_lookup =",
        "rfc1413_hosts =",
        "smtp_receive_timeout = 30s",
        # The tools open up to a few dozen connections at once; do not turn them away here.
        "smtp_accept_max = 200",
        "smtp_accept_max_per_host = 200",
        "smtp_accept_queue_per_connection = 0",
        f"tls_certificate = {cert}",
        f"tls_privatekey = {key}",
        "tls_advertise_hosts = *",
        "auth_advertise_hosts =",
    ]
    if priority:
        lines.append(f"tls_require_ciphers = {priority}")
    lines += ["", "begin acl", "", "begin routers", "", "begin transports", "", "begin authenticators", ""]
    conf = os.path.join(directory, "exim.conf")
    with open(conf, "w") as f:
        f.write("\n".join(lines))
    os.chmod(conf, 0o644)
    os.chmod(directory, 0o755)
    return conf


class Exim:
    def __init__(self, directory, conf):
        self.directory = directory
        self.conf = conf
        self.pidfile = os.path.join(directory, "exim.pid")
        self.mainlog = os.path.join(directory, "log", "mainlog")
        self.proc = None
        self.port = None

    def start(self):
        for _ in range(5):
            self.port = free_port()
            self.proc = subprocess.Popen([EXIM, "-C", self.conf, "-bdf", "-oX", str(self.port), "-oP", self.pidfile],
                                         stdout=subprocess.DEVNULL, stderr=open(os.path.join(self.directory, "stderr"), "w"),
                                         start_new_session=True)
            if wait_for_banner(self.port):
                return
            self.stop()
        raise RuntimeError("Exim did not start:\n" + open(os.path.join(self.directory, "stderr")).read())

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

    def log_size(self):
        try:
            return os.path.getsize(self.mainlog)
        except OSError:
            return 0

    def connections_since(self, offset):
        # Exim writes the line when it accepts; give the last children a moment to log.
        time.sleep(0.5)
        with open(self.mainlog, "rb") as f:
            f.seek(offset)
            text = f.read().decode("utf-8", "replace")
        # One accept line per connection; the "... closed by QUIT/EOF" and "... lost" lines that
        # end a connection start the same way and must not be counted again.
        accepted = len(re.findall(r"SMTP connection from .*\(TCP/IP connection count = \d+\)", text))
        refused = len(re.findall(r"Connection from .* refused", text))
        return accepted, refused


def parse_time_v(path):
    wall = rss = None
    with open(path) as f:
        for line in f:
            line = line.strip()
            if line.startswith("Elapsed (wall clock) time"):
                value = line.split("):", 1)[1].strip()
                parts = [float(p) for p in value.split(":")]
                wall = 0.0
                for p in parts:
                    wall = wall * 60 + p
            elif line.startswith("Maximum resident set size"):
                rss = int(line.split(":", 1)[1])
    return wall, rss


def run_measured(name, argv, exim, workdir, timeout):
    timefile = os.path.join(workdir, f"{name}.time")
    outfile = os.path.join(workdir, f"{name}.out")
    offset = exim.log_size()
    started = time.monotonic()
    with open(outfile, "wb") as out:
        proc = subprocess.run([TIME, "-v", "-o", timefile] + argv, stdout=out, stderr=subprocess.STDOUT,
                              stdin=subprocess.DEVNULL, timeout=timeout)
    elapsed = time.monotonic() - started
    wall, rss = parse_time_v(timefile)
    accepted, refused = exim.connections_since(offset)
    return {"tool": name, "argv": argv, "exit": proc.returncode, "wall_s": wall if wall is not None else elapsed,
            "max_rss_kb": rss, "connections": accepted, "refused": refused, "output": outfile}


def mailtls_accepted(json_file):
    with open(json_file) as f:
        report = json.load(f)
    scan = report.get("scan") or {}
    protocols = scan.get("protocols") or {}
    ciphers = scan.get("ciphers") or {}
    accepted = {v: len(ciphers.get(v) or []) for v in VERSIONS if protocols.get(v)}
    tested = [v for v in VERSIONS if v in protocols]
    hygiene = (scan.get("hygiene") or {}).get("connections") or 0
    # The known-attack probes (scan.hygiene.attack_connections) are checks beside the matrix too.
    hygiene += (scan.get("hygiene") or {}).get("attack_connections") or 0
    return accepted, tested, scan.get("connections"), scan.get("handshakes"), hygiene


def catalog_sizes(csv_file):
    """Suites per version a complete scan must offer (the catalog's 'versions' column)."""
    sizes = {}
    with open(csv_file) as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            versions = line.rstrip("\n").split(",")[-1]
            for v in versions.split():
                v = v.strip()
                if v:
                    sizes[v] = sizes.get(v, 0) + 1
    return sizes


def sslscan_accepted(xml_file):
    names = {"SSLv2": "SSLv2", "SSLv3": "SSLv3", "TLSv1.0": "TLSv1", "TLSv1.1": "TLSv1.1",
             "TLSv1.2": "TLSv1.2", "TLSv1.3": "TLSv1.3"}
    counts = {}
    try:
        root = ET.parse(xml_file).getroot()
    except (ET.ParseError, OSError):
        return None
    for c in root.iter("cipher"):
        if c.get("status") in ("accepted", "preferred"):
            v = names.get(c.get("sslversion"), c.get("sslversion"))
            counts[v] = counts.get(v, 0) + 1
    return counts


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mailtls", default=os.environ.get("MAILTLS_CLI") or os.path.join(here, "..", "build", "app", "mailtls"))
    ap.add_argument("--priority", default="", help="GnuTLS priority string for tls_require_ciphers (default: Exim's)")
    ap.add_argument("--skip-full-testssl", action="store_true", help="leave out the full testssl run (minutes)")
    ap.add_argument("--skip-testssl", action="store_true", help="leave out both testssl runs (mailtls and sslscan only)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory (tool outputs, Exim logs)")
    ap.add_argument("--json-out", help="write the measurements as JSON here")
    args = ap.parse_args()

    if os.geteuid() != 0:
        sys.exit("run as root: Exim must bind and then drop to Debian-exim")
    for tool in (EXIM, TIME, "sslscan", "testssl", "openssl"):
        if not shutil.which(tool):
            sys.exit(f"missing: {tool} (Debian packages exim4-daemon-heavy, time, sslscan, testssl.sh, openssl)")
    mailtls = os.path.abspath(args.mailtls)

    workdir = tempfile.mkdtemp(prefix="mailtls-bench-")
    os.chmod(workdir, 0o755)
    exim = None
    try:
        cert, key = write_certificate(workdir)
        conf = write_exim_config(workdir, cert, key, args.priority)
        exim = Exim(workdir, conf)
        exim.start()
        target = f"127.0.0.1:{exim.port}"
        print(f"Exim {target} (config {conf})", file=sys.stderr)

        runs = []
        mailtls_json = os.path.join(workdir, "mailtls.json")
        if os.access(mailtls, os.X_OK):
            print("running mailtls scan …", file=sys.stderr)
            runs.append(run_measured("mailtls scan", [mailtls, "scan", target, "--starttls", "smtp", "--json", mailtls_json],
                                     exim, workdir, 900))
        else:
            print(f"mailtls not found at {mailtls}; its column stays empty", file=sys.stderr)
        sslscan_xml = os.path.join(workdir, "sslscan.xml")
        print("running sslscan …", file=sys.stderr)
        runs.append(run_measured("sslscan", ["sslscan", "--starttls-smtp", "--no-colour", f"--xml={sslscan_xml}", target],
                                 exim, workdir, 900))
        if not args.skip_testssl:
            print("running testssl -e …", file=sys.stderr)
            runs.append(run_measured("testssl -e", ["testssl", "-e", "--starttls", "smtp", "--quiet", "--warnings", "off",
                                                "--color", "0", "--jsonfile-pretty", os.path.join(workdir, "testssl-e.json"), target],
                                     exim, workdir, 1800))
        if not args.skip_full_testssl and not args.skip_testssl:
            print("running full testssl …", file=sys.stderr)
            runs.append(run_measured("testssl (full)", ["testssl", "--starttls", "smtp", "--quiet", "--warnings", "off",
                                                        "--color", "0", "--jsonfile-pretty", os.path.join(workdir, "testssl-full.json"), target],
                                     exim, workdir, 3600))

        minimum = None
        detail = ""
        if os.path.exists(mailtls_json):
            accepted, tested, m_conn, m_hs, m_hygiene = mailtls_accepted(mailtls_json)
            refused_versions = [v for v in VERSIONS if v not in accepted]
            sizes = catalog_sizes(os.path.join(here, "..", "resources", "ciphers", "catalog.csv"))
            with open(mailtls_json) as f:
                groups = len(((json.load(f).get("scan") or {}).get("groups")) or [])
            parts = []
            minimum = len(refused_versions)
            for v, n in accepted.items():
                if v == "SSLv2":
                    cost, why = n + 1, f"{n}+1"
                else:
                    refusals = max(1, -(-(sizes.get(v, n) - n) // 128))
                    cost, why = n + refusals, f"{n}+{refusals}"
                    if v == "TLSv1.3" and groups + 1 > cost:
                        cost, why = groups + 1, f"max({n} suites, {groups} groups)+1"
                minimum += cost
                parts.append(f"{v} {why}")
            detail = (" + ".join(parts)
                      + f" + {len(refused_versions)} refused-version probes ({', '.join(refused_versions)})")
            ss = sslscan_accepted(sslscan_xml)
            if ss is not None:
                mine = {v: n for v, n in accepted.items()}
                if {v: n for v, n in ss.items() if n} != {v: n for v, n in mine.items() if n}:
                    detail += f"\n  note: sslscan's accepted counts differ: {ss} vs mailtls {mine}"
            for r in runs:
                if r["tool"] == "mailtls scan":
                    r["report_connections"] = m_conn
                    r["report_handshakes"] = m_hs
                    r["report_hygiene_connections"] = m_hygiene

        base = next((r for r in runs if r["tool"] == "mailtls scan" and r["exit"] in (0, 1)), None)

        def ratio(value, ref):
            if value is None or not ref:
                return "—"
            return f"{value / ref:.1f}×"

        print()
        print(f"Cipher scan benchmark — Exim {subprocess.run([EXIM, '-bV', '-C', conf], capture_output=True, text=True).stdout.splitlines()[0].split(' #')[0]}"
              f", tls_require_ciphers={args.priority or '(Exim default)'}, {os.cpu_count()} CPUs")
        header = f"{'tool':<16} {'exit':>4} {'wall s':>8} {'× mailtls':>9} {'peak RSS MiB':>12} {'× mailtls':>9} {'conns':>6} {'× mailtls':>9} {'× min':>6}"
        print(header)
        print("-" * len(header))
        for r in runs:
            rss_mib = r["max_rss_kb"] / 1024 if r["max_rss_kb"] else None
            print(f"{r['tool']:<16} {r['exit']:>4} {r['wall_s']:>8.2f} {ratio(r['wall_s'], base and base['wall_s']):>9} "
                  f"{(f'{rss_mib:.1f}' if rss_mib else '—'):>12} {ratio(r['max_rss_kb'], base and base['max_rss_kb']):>9} "
                  f"{r['connections']:>6} {ratio(r['connections'], base and base['connections']):>9} "
                  f"{ratio(r['connections'], minimum):>6}"
                  + (f"  (+{r['refused']} refused)" if r["refused"] else ""))
        if minimum is not None:
            print(f"\nminimum connections: {minimum} = {detail}")
            if base:
                print(f"mailtls: {base['connections']} connections seen by Exim "
                      f"(its report says connections={base.get('report_connections')}, handshakes={base.get('report_handshakes')}); "
                      f"{base['connections'] / minimum:.2f}× the minimum (goal ≤ 1.25×)")
                hyg = base.get("report_hygiene_connections") or 0
                if hyg:
                    # The protocol-hygiene probes (renegotiation, fallback SCSV, EMS/ETM) are checks
                    # the matrix minimum does not cover; the matrix alone against its minimum:
                    print(f"  of which {hyg} for the protocol-hygiene probes; the matrix alone: "
                          f"{base['connections'] - hyg} = {(base['connections'] - hyg) / minimum:.2f}× the minimum")
                ss = next((r for r in runs if r["tool"] == "sslscan"), None)
                full = next((r for r in runs if r["tool"] == "testssl (full)"), None)
                if ss:
                    print(f"sslscan / mailtls wall time: {ss['wall_s'] / base['wall_s']:.1f}× (goal ≥ 3×: mailtls at most a third of sslscan's wall time)")
                if full:
                    print(f"full testssl / mailtls wall time: {full['wall_s'] / base['wall_s']:.1f}× (goal ≥ 20×)")
        print(f"\noutputs: {workdir}" if args.keep else "")
        if args.json_out:
            with open(args.json_out, "w") as f:
                json.dump({"target": target, "priority": args.priority, "minimum_connections": minimum,
                           "minimum_detail": detail, "runs": runs}, f, indent=2)
    finally:
        if exim:
            exim.stop()
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
