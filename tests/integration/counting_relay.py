#!/usr/bin/env python3
"""A TCP relay on 127.0.0.1 that counts its simultaneous connections: put in front of a real
proxy, it sees exactly what the proxy sees from the client. Every accepted connection is
forwarded byte for byte to --to HOST:PORT. After each change the file --stats holds one line
"open N peak M total T". SIGUSR1 starts the count afresh (peak = open now, total = 0): the
harness's readiness probe is not part of a measurement. Prints READY once it listens. Stops on
SIGTERM. With --refuse-over K it plays a proxy at its own connection limit: a connection
that would make more than K open is closed at once, unanswered (counted as "refused R").
Usage:
  counting_relay.py --port P --to 127.0.0.1:3128 --stats FILE [--refuse-over K]
"""
import argparse
import os
import signal
import socket
import sys
import threading

lock = threading.Lock()
state = {"open": 0, "peak": 0, "total": 0, "refused": 0}
refuse_over = 0


def write_stats(path):
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        f.write("open %d peak %d total %d refused %d\n" % (state["open"], state["peak"], state["total"], state["refused"]))
    os.replace(tmp, path)


def pump(src, dst, before_close=None):
    try:
        while True:
            data = src.recv(65536)
            if not data:
                break
            dst.sendall(data)
    except OSError:
        pass
    if before_close:
        before_close()
    try:
        dst.shutdown(socket.SHUT_WR)
    except OSError:
        pass


def serve(client, target, stats):
    with lock:
        if refuse_over and state["open"] >= refuse_over:
            state["refused"] += 1
            write_stats(stats)
            client.close()
            return
        state["open"] += 1
        state["total"] += 1
        state["peak"] = max(state["peak"], state["open"])
        write_stats(stats)
    counted = [True]

    def let_go():
        # The proxy has closed its side: it no longer counts the connection, and only then
        # does the client see a close (so a client that waits for it never overlaps).
        with lock:
            if counted[0]:
                counted[0] = False
                state["open"] -= 1
                write_stats(stats)

    try:
        upstream = socket.create_connection(target, timeout=10)
        upstream.settimeout(None)
        back = threading.Thread(target=pump, args=(upstream, client, let_go), daemon=True)
        back.start()
        pump(client, upstream)
        back.join(60)
        upstream.close()
    except OSError:
        pass
    finally:
        let_go()
        client.close()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--to", required=True)
    ap.add_argument("--stats", required=True)
    ap.add_argument("--refuse-over", type=int, default=0)
    a = ap.parse_args()
    global refuse_over
    refuse_over = a.refuse_over
    host, port = a.to.rsplit(":", 1)
    target = (host, int(port))
    signal.signal(signal.SIGTERM, lambda *_: os._exit(0))

    def reset(*_):
        with lock:
            state["peak"] = state["open"]
            state["total"] = 0
            state["refused"] = 0
            write_stats(a.stats)
    signal.signal(signal.SIGUSR1, reset)
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", a.port))
    server.listen(128)
    write_stats(a.stats)
    print("READY", flush=True)
    while True:
        client, _ = server.accept()
        threading.Thread(target=serve, args=(client, target, a.stats), daemon=True).start()


if __name__ == "__main__":
    sys.exit(main())
