#!/usr/bin/env python3
"""Log-reading benchmark: mailtls log against eximstats and pflogsumm on the same files.

Generates (or reuses) an Exim main log and a Postfix mail log of --size-mb MiB each with
bench/logs/generate_logs.py, then runs one after the other on the SAME file:

    mailtls log --json J mainlog   (text to /dev/null)      eximstats mainlog
    mailtls log mainlog > /dev/null                          (the same for mail.log with pflogsumm)
    mailtls log --json J mail.log  / mailtls log mail.log     pflogsumm mail.log

and, with --compress, the same on a gzip copy (eximstats opens .gz itself through gunzip;
pflogsumm cannot, so it reads `zcat F.gz |` in a shell pipeline, which lets the decompression
run on a second core). It prints wall time, throughput, CPU time and peak memory of each, and
mailtls' throughput as a multiple of the reference tool's on the same file (goal: at least 5x,
peak memory under 200 MiB even for a 2 GiB log).

How things are measured
  cache        every log is read once with `cat FILE > /dev/null` right before its runs, so that
               each tool reads from the page cache and none pays for the disk alone (the machine's
               available memory is checked against the files' size and a warning printed if
               they cannot stay cached).
  wall time    /usr/bin/time -v "Elapsed (wall clock) time" (process start to exit); with
               --repeat N the best of N runs (peak memory: the largest of the N).
  throughput   log size (MiB of log text; for a .gz the size of the plain log it holds) / wall
               time; the table's "size MiB" is the file on disk.
  peak memory  /usr/bin/time -v "Maximum resident set size" of the process, or of the largest
               single child it waited for (the shell pipeline: of zcat or pflogsumm).
  CPU s        user + system time; above the wall time means more than one core was busy.
  × ref MiB/s  mailtls' throughput divided by the reference tool's on the same file (goal >= 5).
  ref RSS ×    the reference tool's peak memory divided by mailtls' (above 1: mailtls needs less).
  mailtls      must exit 0; its JSON (files[] path, format, lines, parsed, unparsed; messages)
               is written to a file in the work directory instead of /dev/null so the line counts
               can be shown and checked against `wc -l` of the file. Until the build has
               `mailtls log` (`mailtls log --help` exits 0) its rows say so; no number is made up.
  references   their reports go to files in the work directory; the messages each report counts
               are shown, to make sure they read the logs rather than skipped them. eximstats 4.96
               reads only 6-6-2 message ids: the part of the main log written after the simulated
               upgrade to Exim 4.97+ (6-11-4 ids, the last fifth by default) is read but not counted.

Usage: bench/run_log_bench.py [--build DIR] [--mailtls PATH] [--size-mb 2048] [--out-dir DIR]
                              [--keep] [--compress] [--repeat N] [--seed N] [--json-out FILE]
Quick check: bench/run_log_bench.py --size-mb 50
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "logs"))
sys.dont_write_bytecode = True     # no __pycache__ in the source tree
import generate_logs  # noqa: E402

TIME = "/usr/bin/time"
EXIMSTATS = "/usr/sbin/eximstats"
PFLOGSUMM = "/usr/sbin/pflogsumm"
MIB = 1024 * 1024


def parse_time_v(path):
    wall = rss = user = system = None
    with open(path) as f:
        for line in f:
            line = line.strip()
            if line.startswith("Elapsed (wall clock) time"):
                wall = 0.0
                for part in line.split("):", 1)[1].strip().split(":"):
                    wall = wall * 60 + float(part)
            elif line.startswith("Maximum resident set size"):
                rss = int(line.split(":", 1)[1])
            elif line.startswith("User time (seconds)"):
                user = float(line.split(":", 1)[1])
            elif line.startswith("System time (seconds)"):
                system = float(line.split(":", 1)[1])
    cpu = (user or 0.0) + (system or 0.0) if user is not None else None
    return wall, rss, cpu


def run_measured(label, argv, workdir, stdout_path, repeat, timeout):
    """Runs argv under /usr/bin/time -v `repeat` times; best wall time, largest peak RSS."""
    slug = re.sub(r"[^A-Za-z0-9]+", "-", label).strip("-")
    best = None
    for i in range(repeat):
        timefile = os.path.join(workdir, f"{slug}.{i}.time")
        errfile = os.path.join(workdir, f"{slug}.stderr")
        started = time.monotonic()
        with open(stdout_path, "wb") as out, open(errfile, "wb") as err:
            proc = subprocess.run([TIME, "-v", "-o", timefile] + argv, stdout=out, stderr=err,
                                  stdin=subprocess.DEVNULL, timeout=timeout)
        elapsed = time.monotonic() - started
        wall, rss, cpu = parse_time_v(timefile)
        run = {"exit": proc.returncode, "wall_s": wall if wall is not None else elapsed,
               "max_rss_kb": rss, "cpu_s": cpu, "stderr": errfile}
        if best is None:
            best = run
        else:
            best["max_rss_kb"] = max(best["max_rss_kb"] or 0, rss or 0)
            best["exit"] = best["exit"] or run["exit"]
            if run["wall_s"] < best["wall_s"]:
                best.update(wall_s=run["wall_s"], cpu_s=run["cpu_s"])
        if proc.returncode != 0 and label.startswith("mailtls"):
            break
    best["argv"] = argv
    best["output"] = stdout_path
    return best


def binary_stamp(path):
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_mtime, st.st_size, st.st_ino)


def mailtls_log_available(mailtls):
    if not os.access(mailtls, os.X_OK):
        return False, f"{mailtls} not found"
    try:
        proc = subprocess.run([mailtls, "log", "--help"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              stdin=subprocess.DEVNULL, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as e:
        return False, str(e)
    if proc.returncode != 0:
        last = proc.stderr.decode(errors="replace").strip().splitlines()[-1:]
        return False, f"`mailtls log --help` exits {proc.returncode}" + (f": {last[0]}" if last else "")
    return True, ""


def ensure_logs(out_dir, size_mb, seed, jobs):
    """The two logs in out_dir, generated unless files made with the same settings are there."""
    gen_args = ["--size-mb", str(size_mb), "--out-dir", out_dir, "--seed", str(seed), "--jobs", str(jobs)]
    wanted = generate_logs.settings_of(generate_logs.build_parser().parse_args(gen_args))
    paths = {"exim": os.path.join(out_dir, "mainlog"), "postfix": os.path.join(out_dir, "mail.log")}
    missing = []
    for kind, path in paths.items():
        try:
            with open(path + ".settings.json") as f:
                same = json.load(f) == wanted
        except (OSError, ValueError):
            same = False
        if not (same and os.path.exists(path)):
            missing.append(kind)
    if missing:
        print(f"generating {' and '.join(missing)} log(s), {size_mb:g} MiB each, in {out_dir} …", file=sys.stderr, flush=True)
        extra = ["--only", missing[0]] if len(missing) == 1 else []
        generate_logs.main(gen_args + extra)
    else:
        print(f"reusing the logs in {out_dir} (same size and seed)", file=sys.stderr)
    return paths


def ensure_gzip(path):
    gz = path + ".gz"
    # The log's own mtime is its last time stamp (the generator sets it); its settings file is
    # written when the log is made, so a .gz newer than that was made from this log.
    if os.path.exists(gz) and os.path.getmtime(gz) >= os.path.getmtime(path + ".settings.json"):
        return gz
    print(f"compressing {path} (gzip -6) …", file=sys.stderr, flush=True)
    tmp = gz + ".part"
    with open(tmp, "wb") as out:
        subprocess.run(["gzip", "-6", "-c", path], stdout=out, check=True)
    os.replace(tmp, gz)
    return gz


def warm(path):
    """Read the file once so that every tool after it reads from the page cache."""
    subprocess.run(f"cat '{path}' > /dev/null", shell=True, check=True)


def count_lines(path):
    if path.endswith(".gz"):
        out = subprocess.run(f"zcat '{path}' | wc -l", shell=True, capture_output=True, text=True, check=True)
    else:
        out = subprocess.run(["wc", "-l", path], capture_output=True, text=True, check=True)
    return int(out.stdout.split()[0])


def mailtls_counts(json_path):
    try:
        with open(json_path) as f:
            report = json.load(f)
    except (OSError, ValueError) as e:
        return None, f"JSON unreadable: {e}"
    files = report.get("files") or []
    summary = {"lines": 0, "parsed": 0, "unparsed": 0, "formats": []}
    for entry in files:
        for key in ("lines", "parsed", "unparsed"):
            summary[key] += int(entry.get(key) or 0)
        summary["formats"].append(str(entry.get("format")))
    messages = report.get("messages")
    if isinstance(messages, list):
        summary["messages"] = len(messages)
    elif isinstance(messages, dict):
        summary["messages"] = messages.get("total", messages.get("count", len(messages)))
    else:
        summary["messages"] = messages
    return summary, ""


def eximstats_received(path):
    try:
        with open(path, errors="replace") as f:
            for line in f:
                m = re.match(r"\s+Received\s+\S+\s+(\d+)", line)
                if m:
                    return int(m.group(1)), m.group(1)
    except OSError:
        pass
    return None, "no"


def pflogsumm_received(path):
    try:
        with open(path, errors="replace") as f:
            for line in f:
                # pflogsumm shortens large counts: "1703k  received", "12m  received"
                m = re.match(r"\s+(\d+)([km]?)\s+received\s*$", line)
                if m:
                    count = int(m.group(1)) * {"": 1, "k": 1024, "m": 1024 * 1024}[m.group(2)]
                    return count, m.group(1) + m.group(2) + (" (k = 1024, rounded)" if m.group(2) else "")
    except OSError:
        pass
    return None, "no"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--build", default=os.path.join(HERE, "..", "build"), help="the CMake build folder (mailtls is app/mailtls in it)")
    ap.add_argument("--mailtls", help="the mailtls binary (default: BUILD/app/mailtls)")
    ap.add_argument("--size-mb", type=float, default=2048, help="size of each generated log in MiB (default 2048)")
    ap.add_argument("--out-dir", help="where the logs go and are reused from (default: a temporary directory)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory (logs, reports, timings)")
    ap.add_argument("--compress", action="store_true", help="also time a gzip copy of each log")
    ap.add_argument("--repeat", type=int, default=1, help="runs per tool and file; the best wall time counts")
    ap.add_argument("--seed", type=int, default=1, help="generator seed")
    ap.add_argument("--jobs", type=int, default=1, help="generate the two logs in parallel (1 or 2)")
    ap.add_argument("--skip-reference", action="store_true", help="leave out eximstats and pflogsumm")
    ap.add_argument("--json-out", help="write the measurements as JSON here")
    args = ap.parse_args()

    for tool in (TIME, EXIMSTATS, PFLOGSUMM):
        if not os.access(tool, os.X_OK):
            sys.exit(f"missing: {tool} (Debian packages time, exim4-base, pflogsumm)")
    mailtls = os.path.abspath(args.mailtls or os.path.join(args.build, "app", "mailtls"))
    have_mailtls, why = mailtls_log_available(mailtls)

    temporary = args.out_dir is None
    out_dir = args.out_dir or tempfile.mkdtemp(prefix="mailtls-log-bench-")
    os.makedirs(out_dir, exist_ok=True)
    workdir = tempfile.mkdtemp(prefix="runs-", dir=out_dir)
    try:
        paths = ensure_logs(out_dir, args.size_mb, args.seed, args.jobs)
        plan = [("exim", paths["exim"], paths["exim"]), ("postfix", paths["postfix"], paths["postfix"])]
        if args.compress:
            plan += [("exim", ensure_gzip(paths["exim"]), paths["exim"]),
                     ("postfix", ensure_gzip(paths["postfix"]), paths["postfix"])]

        total = sum(os.path.getsize(p) for _, p, _ in plan)
        with open("/proc/meminfo") as f:
            avail_kb = next((int(l.split()[1]) for l in f if l.startswith("MemAvailable:")), 0)
        if avail_kb * 1024 < total * 1.2:
            print(f"warning: {total / MIB:.0f} MiB of logs, {avail_kb // 1024} MiB memory available: "
                  "the files may not stay in the page cache between runs", file=sys.stderr)

        rows = []
        checks = []
        timeout = 4 * 3600
        load_before = os.getloadavg()
        binary_before = binary_stamp(mailtls) if have_mailtls else None
        for kind, path, plain in plan:
            name = os.path.basename(path)
            size = os.path.getsize(path)
            content = os.path.getsize(plain)
            print(f"reading {name} once (cat > /dev/null) so every tool reads it from the page cache …",
                  file=sys.stderr, flush=True)
            warm(path)
            lines_in_file = count_lines(path)
            base = {"file": name, "kind": kind, "bytes": size, "content_bytes": content, "lines_in_file": lines_in_file}

            if have_mailtls:
                json_path = os.path.join(workdir, f"mailtls-{name}.json")
                print(f"running mailtls log --json on {name} …", file=sys.stderr, flush=True)
                r = run_measured(f"mailtls json {name}", [mailtls, "log", "--json", json_path, path], workdir,
                                 "/dev/null", args.repeat, timeout)
                r.update(base, tool="mailtls log --json")
                counts, problem = mailtls_counts(json_path) if r["exit"] == 0 else (None, "")
                r["counts"] = counts
                rows.append(r)
                if r["exit"] != 0:
                    with open(r["stderr"], errors="replace") as f:
                        tail = f.read().strip().splitlines()[-3:]
                    checks.append(f"mailtls log --json {name}: exit {r['exit']} (expected 0): {' | '.join(tail)}")
                elif counts is None:
                    checks.append(f"mailtls log --json {name}: {problem}")
                else:
                    same = "= wc -l" if counts["lines"] == lines_in_file else f"≠ wc -l {lines_in_file}"
                    checks.append(f"mailtls log {name}: format {','.join(counts['formats'])}, lines {counts['lines']} ({same}), "
                                  f"parsed {counts['parsed']}, unparsed {counts['unparsed']}, messages {counts['messages']}")
                print(f"running mailtls log (text) on {name} …", file=sys.stderr, flush=True)
                r = run_measured(f"mailtls text {name}", [mailtls, "log", path], workdir, "/dev/null", args.repeat, timeout)
                r.update(base, tool="mailtls log (text)")
                rows.append(r)
                if r["exit"] != 0:
                    checks.append(f"mailtls log (text) {name}: exit {r['exit']} (expected 0)")
            else:
                rows.append(dict(base, tool="mailtls log", unavailable=True))

            if not args.skip_reference:
                report = os.path.join(workdir, f"reference-{name}.txt")
                if kind == "exim":
                    tool, argv = "eximstats", [EXIMSTATS, path]
                else:
                    tool = "pflogsumm"
                    argv = ["sh", "-c", f"zcat '{path}' | {PFLOGSUMM}"] if path.endswith(".gz") else [PFLOGSUMM, path]
                    if path.endswith(".gz"):
                        tool = "zcat | pflogsumm"
                print(f"running {tool} on {name} …", file=sys.stderr, flush=True)
                r = run_measured(f"{tool} {name}", argv, workdir, report, args.repeat, timeout)
                r.update(base, tool=tool, reference=True)
                received, received_text = eximstats_received(report) if kind == "exim" else pflogsumm_received(report)
                r["received"] = received
                rows.append(r)
                checks.append(f"{tool} {name}: exit {r['exit']}, its report counts {received_text} messages received"
                              + (f" (report: {report})" if args.keep else ""))

        # ---- the table ----
        def ref_for(row):
            return next((r for r in rows if r.get("reference") and r["file"] == row["file"] and r["exit"] == 0), None)

        print()
        load_after = os.getloadavg()
        print(f"Log reading benchmark — {args.size_mb:g} MiB per log, {os.cpu_count()} CPUs, page cache warm "
              f"(each file read once with cat before its runs), best of {args.repeat}")
        print(f"load average (1 min) before {load_before[0]:.2f}, after {load_after[0]:.2f}"
              + (f"; mailtls {mailtls} built {time.strftime('%Y-%m-%d %H:%M', time.localtime(os.path.getmtime(mailtls)))}"
                 if have_mailtls else ""))
        if have_mailtls and binary_stamp(mailtls) != binary_before:
            print(f"warning: {mailtls} was rebuilt during the run (it was from "
                  f"{time.strftime('%Y-%m-%d %H:%M:%S', time.localtime(binary_before[0]))} at the start): "
                  "the mailtls rows may mix two builds")
        if max(load_before[0], load_after[0]) > 0.5 * (os.cpu_count() or 1):
            print("note: other work shared the CPUs; wall times above CPU s are waits, not work")
        header = (f"{'tool':<20} {'file':<12} {'size MiB':>9} {'exit':>4} {'wall s':>8} {'MiB/s':>8} {'CPU s':>7} "
                  f"{'max RSS MiB':>11} {'× ref MiB/s':>11} {'ref RSS ×':>9}")
        print(header)
        print("-" * len(header))
        for r in rows:
            lead = f"{r['tool']:<20} {r['file']:<12} {r['bytes'] / MIB:>9.1f}"
            if r.get("unavailable"):
                print(f"{lead}  mailtls log: not available in this build")
                continue
            rate = r["content_bytes"] / MIB / r["wall_s"] if r["wall_s"] else None
            r["mib_per_s"] = rate
            rss = r["max_rss_kb"] / 1024 if r["max_rss_kb"] else None
            ratio = rss_ratio = "—"
            ref = None if r.get("reference") else ref_for(r)
            if ref and r["exit"] == 0 and r["wall_s"]:
                r["throughput_ratio"] = ref["wall_s"] / r["wall_s"]
                ratio = f"{r['throughput_ratio']:.1f}×"
                if rss and ref["max_rss_kb"]:
                    rss_ratio = f"{ref['max_rss_kb'] / r['max_rss_kb']:.1f}×"
            cpu = f"{r['cpu_s']:.1f}" if r.get("cpu_s") is not None else "—"
            print(f"{lead} {r['exit']:>4} {r['wall_s']:>8.2f} {rate:>8.1f} {cpu:>7} "
                  f"{(f'{rss:.1f}' if rss else '—'):>11} {ratio:>11} {rss_ratio:>9}")
        print()
        if not have_mailtls:
            print(f"mailtls log: not available in this build ({mailtls}: {why})")
        for line in checks:
            print(line)
        ours = [r for r in rows if r["tool"].startswith("mailtls") and not r.get("unavailable") and r["exit"] == 0]
        if ours:
            worst = min((r.get("throughput_ratio") for r in ours if r.get("throughput_ratio")), default=None)
            peak = max((r["max_rss_kb"] or 0) for r in ours) / 1024
            if worst is not None:
                print(f"goal ≥ 5× the reference tools' throughput: lowest {worst:.1f}× — {'met' if worst >= 5 else 'NOT met'}")
            print(f"goal peak memory < 200 MiB (for a 2048 MiB log): {peak:.1f} MiB at {args.size_mb:g} MiB — "
                  f"{'met' if peak < 200 else 'NOT met'}" + ("" if args.size_mb >= 2048 else " (run --size-mb 2048 for the goal's figure)"))
        if args.keep:
            print(f"\noutputs: {workdir}; logs: {out_dir}")
        elif not temporary:
            print(f"\nlogs kept for reuse in {out_dir}")
        if args.json_out:
            with open(args.json_out, "w") as f:
                json.dump({"size_mb": args.size_mb, "seed": args.seed, "repeat": args.repeat, "cpus": os.cpu_count(),
                           "loadavg_before": load_before, "loadavg_after": load_after,
                           "mailtls": mailtls, "mailtls_log_available": have_mailtls, "runs": rows}, f, indent=2)
        failed = any(r["tool"].startswith("mailtls") and not r.get("unavailable") and r["exit"] != 0 for r in rows)
        return 1 if failed else 0
    finally:
        if temporary and not args.keep:
            shutil.rmtree(out_dir, ignore_errors=True)
        elif not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
