#!/usr/bin/env python3
"""Runs every fuzz target of tests/fuzz for a while and prints what each did.

    python3 bench/run_fuzz.py --seconds 600            # the issue's figure: 10 minutes each
    python3 bench/run_fuzz.py --seconds 60 --jobs 2    # a quick round, two targets at once

It configures a clang build with -DMAILTLS_FUZZ=ON (libraries with
-fsanitize=fuzzer-no-link,address,undefined; the targets with -fsanitize=fuzzer) in --build,
builds the targets, and runs each one on a copy of its seed corpus (tests/fuzz/corpus/NAME):
new inputs go to --work/NAME/corpus, crashes and leaks to --work/NAME/artifacts. The table gives
executions, executions per second, corpus growth, and findings. A finding is copied into the
seed corpus by hand once understood (then it is a regular test: ctest -R fuzz) and fixed.
Needs clang-14 and libclang-rt-14-dev (Debian).
"""

import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
FUZZ_DIR = os.path.join(ROOT, "tests", "fuzz")


def targets():
    return sorted(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(FUZZ_DIR, "fuzz_*.cpp")))


def configure_and_build(build, names, jobs):
    env = dict(os.environ, CC="clang", CXX="clang++")
    flags = "-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer"
    if not os.path.exists(os.path.join(build, "build.ninja")):
        subprocess.run(["cmake", "-S", ROOT, "-B", build, "-G", "Ninja", "-DMAILTLS_FUZZ=ON", "-DMAILTLS_PCH=OFF",
                        "-DCMAKE_BUILD_TYPE=RelWithDebInfo", "-DCMAKE_CXX_FLAGS=" + flags], check=True, env=env)
    subprocess.run(["cmake", "--build", build, "-j", str(jobs), "--target"] + names, check=True, env=env)


def run_one(build, work, name, seconds):
    binary = os.path.join(build, "tests", name)
    corpus = os.path.join(work, name, "corpus")
    artifacts = os.path.join(work, name, "artifacts")
    os.makedirs(corpus, exist_ok=True)
    os.makedirs(artifacts, exist_ok=True)
    seeds = os.path.join(FUZZ_DIR, "corpus", name)
    for f in glob.glob(os.path.join(seeds, "*")):
        shutil.copy(f, corpus)
    start = len(os.listdir(corpus))
    env = dict(os.environ, ASAN_OPTIONS="detect_leaks=1:abort_on_error=0", UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1")
    t0 = time.time()
    proc = subprocess.run([binary, corpus, "-max_total_time=%d" % seconds, "-max_len=65536", "-timeout=10",
                           "-rss_limit_mb=2048", "-print_final_stats=1", "-artifact_prefix=" + artifacts + "/"],
                          capture_output=True, text=True, env=env)
    elapsed = time.time() - t0
    out = proc.stdout + proc.stderr
    with open(os.path.join(work, name, "log.txt"), "w") as f:
        f.write(out)
    m = re.search(r"stat::number_of_executed_units:\s*(\d+)", out)
    execs = int(m.group(1)) if m else 0
    findings = sorted(os.path.basename(p) for p in glob.glob(os.path.join(artifacts, "*")))
    return {
        "name": name, "seconds": elapsed, "execs": execs, "exit": proc.returncode,
        "corpus_start": start, "corpus_end": len(os.listdir(corpus)), "findings": findings,
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default=os.path.join(ROOT, "build-fuzz"), help="the clang build folder")
    ap.add_argument("--work", default=os.path.join(ROOT, "build-fuzz", "fuzz-work"), help="corpora, artifacts, logs")
    ap.add_argument("--seconds", type=int, default=600, help="per target (default 600)")
    ap.add_argument("--jobs", type=int, default=1, help="targets at once (default 1)")
    ap.add_argument("--only", nargs="*", help="these targets only")
    ap.add_argument("--no-build", action="store_true", help="use the binaries as they are")
    args = ap.parse_args()
    names = args.only or targets()
    if not args.no_build:
        configure_and_build(args.build, names, max(1, os.cpu_count() or 1))
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(lambda n: run_one(args.build, args.work, n, args.seconds), names))
    print()
    print("Fuzzing, %d s per target, %d at once (libFuzzer, ASan+UBSan)" % (args.seconds, args.jobs))
    print("%-24s %10s %12s %9s %8s %s" % ("target", "seconds", "executions", "exec/s", "corpus", "findings"))
    print("-" * 80)
    bad = 0
    for r in results:
        rate = r["execs"] / r["seconds"] if r["seconds"] > 0 else 0
        finding = ", ".join(r["findings"]) if r["findings"] else ("none" if r["exit"] == 0 else "exit %d, see log" % r["exit"])
        if r["findings"] or r["exit"] != 0:
            bad += 1
        print("%-24s %10.0f %12d %9.0f %4d->%-4d %s" % (r["name"], r["seconds"], r["execs"], rate, r["corpus_start"],
                                                       r["corpus_end"], finding))
    print()
    print("logs, corpora and artifacts: %s" % args.work)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
