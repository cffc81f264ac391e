#!/usr/bin/env python3
"""A scripted SMTP peer for the scanner's busy handling (issue 17), test only.

Speaks just enough SMTP for `mailtls scan`: a 220 greeting, EHLO with STARTTLS, 220 to
STARTTLS, then refuses every TLS hello with a handshake_failure alert (so each version is a
known "no" after a few connections).

  --mode stall   What a loaded server does, without the load: once the first client has said
                 EHLO, the daemon stops calling accept() for --stall-ms. Connections made
                 meanwhile are complete on the client's side (the kernel finished the TCP
                 handshake and holds them in the listen queue) but get no greeting until the
                 daemon accepts them, after the stall. Measured on a loaded Exim without limits:
                 the greeting came 1, 3, 7, 15 s late. Never a 421, never a close.
  --mode limit   A real limit, as smtp_accept_max_per_host = 1: a connection that arrives while
                 another one is open gets "421 4.7.0 too many connections" and is closed.

Prints READY once listening. --log FILE gets one line per event: "accept N", "stall-begin",
"stall-end", "limit N" (a connection answered 421), "ehlo N".
"""

import argparse
import select
import socket
import sys
import threading
import time

ALERT_HANDSHAKE_FAILURE = b"\x15\x03\x01\x00\x02\x02\x28"


class Peer:
    def __init__(self, args):
        self.args = args
        self.lock = threading.Lock()
        self.log_file = open(args.log, "a", buffering=1) if args.log else None
        self.answered = threading.Event()
        self.open_sessions = 0

    def log(self, line):
        if self.log_file:
            with self.lock:
                self.log_file.write(line + "\n")

    def serve(self, conn, number):
        try:
            conn.settimeout(20)
            if self.args.mode == "limit":
                with self.lock:
                    busy = self.open_sessions > 0
                    if not busy:
                        self.open_sessions += 1
                if busy:
                    self.log("limit %d" % number)
                    conn.sendall(b"421 4.7.0 slow-accept.test too many connections from your address\r\n")
                    return
            try:
                self.dialogue(conn, number)
            finally:
                if self.args.mode == "limit":
                    with self.lock:
                        self.open_sessions -= 1
        except OSError:
            pass   # the client gave up on a connection accepted late: nothing to greet
        finally:
            conn.close()

    def dialogue(self, conn, number):
        conn.sendall(b"220 slow-accept.test ESMTP\r\n")
        buffer = b""
        while True:
            while b"\r\n" not in buffer:
                chunk = conn.recv(4096)
                if not chunk:
                    return
                buffer += chunk
            line, buffer = buffer.split(b"\r\n", 1)
            verb = line.split(b" ", 1)[0].upper()
            if verb in (b"EHLO", b"HELO", b"LHLO"):
                self.log("ehlo %d" % number)
                self.answered.set()
                conn.sendall(b"250-slow-accept.test\r\n250-PIPELINING\r\n250 STARTTLS\r\n")
            elif verb == b"STARTTLS":
                conn.sendall(b"220 2.0.0 ready to start TLS\r\n")
                hello = buffer
                while len(hello) < 5:
                    chunk = conn.recv(4096)
                    if not chunk:
                        return
                    hello += chunk
                conn.sendall(ALERT_HANDSHAKE_FAILURE)
                # Let the alert arrive before the close.
                conn.shutdown(socket.SHUT_WR)
                conn.settimeout(2)
                try:
                    while conn.recv(4096):
                        pass
                except OSError:
                    pass
                return
            elif verb == b"QUIT":
                conn.sendall(b"221 2.0.0 bye\r\n")
                return
            else:
                conn.sendall(b"500 5.5.2 command not recognized\r\n")

    def run(self):
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.args.port))
        listener.listen(64)   # room for every connection made during the stall
        print("READY", flush=True)
        stalled = False
        number = 0
        while True:
            if self.args.mode == "stall" and not stalled and self.answered.is_set():
                stalled = True
                self.log("stall-begin")
                time.sleep(self.args.stall_ms / 1000.0)
                self.log("stall-end")
            readable, _, _ = select.select([listener], [], [], 0.02)
            if not readable:
                continue
            conn, _ = listener.accept()
            number += 1
            self.log("accept %d" % number)
            threading.Thread(target=self.serve, args=(conn, number), daemon=True).start()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--mode", choices=("stall", "limit"), required=True)
    parser.add_argument("--stall-ms", type=int, default=3500)
    parser.add_argument("--log")
    Peer(parser.parse_args()).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
