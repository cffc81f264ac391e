#!/usr/bin/env python3
"""MTA-STS policy hosts for tests/integration/test_domain_cli.cpp, on one port of several
loopback addresses: HTTPS on --listen ADDR, answering by the Host header (the domain view asks
for https://mta-sts.DOMAIN/.well-known/mta-sts.txt), and, with --silent-listen ADDR, a second
listener on the same port that accepts TCP and never says a word (no TLS).

    domain_policy_server.py --cert CHAIN.pem --key KEY.pem --listen 127.0.0.22 --port N \
        --config answers.json --log FILE [--silent-listen 127.0.0.24]

answers.json maps a host name to its answer:
    {"mta-sts.good.mailtls.test": {"policy": "version: STSv1\\r\\n..."},
     "mta-sts.moved.mailtls.test": {"redirect": "https://elsewhere.test/mta-sts.txt"},
     "mta-sts.huge.mailtls.test": {"big": 10485760}}
Any other host or path: 404. Each request is logged ("REQUEST host path"), and a big body
"BIG SENT ALL" or "BIG STOPPED after N bytes" (the client hung up). Prints READY once every
listener is bound. Stopped by the test (SIGTERM/SIGKILL to its process group).
"""

import argparse
import http.server
import json
import socket
import socketserver
import ssl
import sys
import threading

log_lock = threading.Lock()
log_path = "/dev/null"
answers = {}


def log(line):
    with log_lock, open(log_path, "a", encoding="utf-8") as f:
        f.write(line + "\n")


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send_body(self, status, content_type, body, extra=()):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        for name, value in extra:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        host = self.headers.get("Host", "").split(":")[0].lower()
        log("REQUEST %s %s" % (host, self.path))
        answer = answers.get(host) if self.path == "/.well-known/mta-sts.txt" else None
        if answer is None:
            self.send_body(404, "text/html", b"<html><body>not found</body></html>")
        elif "policy" in answer:
            self.send_body(200, "text/plain", answer["policy"].encode())
        elif "redirect" in answer:
            self.send_body(301, "text/html", b"moved", [("Location", answer["redirect"])])
        elif "big" in answer:
            total = int(answer["big"])
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(total))
            self.send_header("Connection", "close")
            self.end_headers()
            line = b"mx: padding.example.test\r\n"
            block = line * (65536 // len(line))
            sent = 0
            try:
                while sent < total:
                    piece = block[:total - sent]
                    self.wfile.write(piece)
                    sent += len(piece)
                log("BIG SENT ALL")
            except (BrokenPipeError, ConnectionResetError, ssl.SSLError, OSError):
                log("BIG STOPPED after %d bytes" % sent)
        else:
            self.send_body(500, "text/plain", b"bad test config")


class TlsServer(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address, context):
        self.context = context
        super().__init__(address, Handler)

    def finish_request(self, request, client_address):
        request.settimeout(30)
        try:
            tls = self.context.wrap_socket(request, server_side=True)
        except (ssl.SSLError, OSError) as e:
            log("HANDSHAKE FAILED %s" % e.__class__.__name__)
            return
        try:
            Handler(tls, client_address, self)
        finally:
            try:
                tls.close()
            except OSError:
                pass


def silent_loop(listener):
    held = []
    while True:
        conn, _ = listener.accept()
        log("SILENT ACCEPT")
        held.append(conn)   # never read, never written, never closed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cert", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--listen", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--config", required=True)
    parser.add_argument("--log", default="/dev/null")
    parser.add_argument("--silent-listen")
    args = parser.parse_args()
    global log_path, answers
    log_path = args.log
    with open(args.config, encoding="utf-8") as f:
        answers = {k.lower(): v for k, v in json.load(f).items()}
    try:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(args.cert, args.key)
        server = TlsServer((args.listen, args.port), context)
        if args.silent_listen:
            listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            listener.bind((args.silent_listen, args.port))
            listener.listen(64)
            threading.Thread(target=silent_loop, args=(listener,), daemon=True).start()
    except OSError as e:
        print("cannot listen: %s" % e, file=sys.stderr, flush=True)
        return 1
    print("READY", flush=True)
    server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
