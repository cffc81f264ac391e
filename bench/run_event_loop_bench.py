#!/usr/bin/env python3
"""Event-loop benchmark: how long the workbench window's GUI thread is ever kept busy.

Builds bench_event_loop (bench/event_loop_stall.cpp) in the build folder, starts a local Exim
(GnuTLS, STARTTLS on a free loopback port, as bench/run_scan_bench.py does) and runs the window
offscreen through
    1. one second idle (the timer's own accuracy on this machine),
    2. Scan (the window's action) against that Exim, to the end,
    3. Tools > Simulate Partner with a pasted GnuTLS priority string, live against the same
       Exim: expanding the string runs gnutls-cli, then a scan and one real handshake.
A 1 ms timer on the GUI thread notes the gap between its ticks; the longest gap is the longest
time the window could not repaint or answer a click. Goal: under 50 ms.

Run: python3 bench/run_event_loop_bench.py [--build build] [--priority STRING]
"""
import argparse
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run_scan_bench import Exim, write_certificate, write_exim_config  # noqa: E402


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--build", default=os.path.join(here, "..", "build"), help="the CMake build folder")
    ap.add_argument("--priority", default="NORMAL:-VERS-ALL:+VERS-TLS1.2:+VERS-TLS1.1:-AES-128-GCM:+3DES-CBC",
                    help="the partner's GnuTLS priority string to simulate")
    args = ap.parse_args()

    subprocess.run(["cmake", "--build", args.build, "--target", "bench_event_loop"], check=True)
    program = os.path.join(args.build, "bench", "bench_event_loop")
    with tempfile.TemporaryDirectory(prefix="mailtls-loop-bench-") as directory:
        os.chmod(directory, 0o755)
        cert, key = write_certificate(directory)
        exim = Exim(directory, write_exim_config(directory, cert, key, ""))
        exim.start()
        try:
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MAILTLS_NO_PRACTICE_SERVER="1")
            print(f"Exim on 127.0.0.1:{exim.port}; simulating the priority string {args.priority!r}\n", flush=True)
            return subprocess.run([program, "127.0.0.1", str(exim.port), args.priority], env=env).returncode
        finally:
            exim.stop()


if __name__ == "__main__":
    sys.exit(main())
