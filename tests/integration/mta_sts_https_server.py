#!/usr/bin/env python3
"""An HTTPS server for tests/integration/test_policy_fetch.cpp: serves the answers an MTA-STS
policy host may give (a good policy, a redirect, a 404, the wrong Content-Type, a 10 MB body,
a chunked body, a stall after the handshake) on 127.0.0.1, and writes what each client sent
(the SNI of the handshake, the request line and the Host header) to a log file, one line each,
so the test can check them on the wire.

    mta_sts_https_server.py --cert CHAIN.pem --key KEY.pem --port N --log FILE
    mta_sts_https_server.py --silent --port N      accept TCP, never say a word (no TLS)

Prints READY once listening. Stopped by the test (SIGTERM/SIGKILL to its process group).
"""

import argparse
import http.server
import socket
import socketserver
import ssl
import sys
import threading
import time

POLICY = (b"version: STSv1\r\n"
          b"mode: enforce\r\n"
          b"mx: mail.example.test\r\n"
          b"mx: *.mx.example.test\r\n"
          b"max_age: 86400\r\n")

BIG_BYTES = 10 * 1024 * 1024

log_lock = threading.Lock()
log_path = None


def log(line):
    with log_lock, open(log_path, "a", encoding="utf-8") as f:
        f.write(line + "\n")


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send_body(self, status, content_type, body, extra=()):
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for name, value in extra:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        log("REQUEST %s" % self.requestline)
        log("HOST %s" % self.headers.get("Host", ""))
        log("ACCEPT-ENCODING %s" % self.headers.get("Accept-Encoding", ""))
        path = self.path
        if path == "/.well-known/mta-sts.txt":
            self.send_body(200, "text/plain", POLICY)
        elif path == "/charset":
            self.send_body(200, "text/plain; charset=utf-8", POLICY)
        elif path == "/html":
            self.send_body(200, "text/html", b"<html><body>" + POLICY + b"</body></html>")
        elif path == "/redirect":
            # To the good policy on this very server: following it would show in the log.
            self.send_body(301, "text/html", b"moved", [("Location", "/.well-known/mta-sts.txt")])
        elif path == "/chunked":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Transfer-Encoding", "chunked")
            self.send_header("Connection", "close")
            self.end_headers()
            for i in range(0, len(POLICY), 7):
                piece = POLICY[i:i + 7]
                self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
            self.wfile.write(b"0\r\n\r\n")
        elif path in ("/big", "/big-chunked"):
            # 10 MB, with its length announced or (chunked) not: the client must stop reading.
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            if path == "/big":
                self.send_header("Content-Length", str(BIG_BYTES))
            else:
                self.send_header("Transfer-Encoding", "chunked")
            self.send_header("Connection", "close")
            self.end_headers()
            block = b"x" * 65536
            try:
                for _ in range(BIG_BYTES // len(block)):
                    if path == "/big":
                        self.wfile.write(block)
                    else:
                        self.wfile.write(b"%x\r\n%s\r\n" % (len(block), block))
                if path != "/big":
                    self.wfile.write(b"0\r\n\r\n")
                log("BIG SENT ALL")
            except (BrokenPipeError, ConnectionResetError, ssl.SSLError, OSError):
                log("BIG STOPPED")
        elif path in ("/endless-header", "/endless-headers"):
            # Headers that never end: one endless line, or endless short lines. The client
            # must give up (its header bound or its deadline) without holding them all.
            try:
                self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n")
                if path == "/endless-header":
                    self.wfile.write(b"X-Junk: ")
                block = (b"a" * 65536) if path == "/endless-header" else (b"X-Junk: a\r\n" * 6000)
                deadline = time.time() + 60
                while time.time() < deadline:
                    self.wfile.write(block)
                log("HEADERS SENT FOR A MINUTE")
            except (BrokenPipeError, ConnectionResetError, ssl.SSLError, OSError):
                log("HEADERS STOPPED")
        elif path == "/raw-interim":
            # 103 Early Hints, then the answer.
            self.wfile.write(b"HTTP/1.1 103 Early Hints\r\nLink: </x>\r\n\r\n"
                             b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
                             b"Content-Length: %d\r\nConnection: close\r\n\r\n%s" % (len(POLICY), POLICY))
        elif path == "/raw-until-close":
            # No length, no chunks: the body ends with the connection (HTTP/1.0 style), LF only.
            self.wfile.write(b"HTTP/1.0 200 OK\nContent-Type: text/plain\n\n" + POLICY)
        elif path == "/raw-broken-body":
            self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
                             b"Content-Length: 1000\r\nConnection: close\r\n\r\n" + POLICY[:20])
        elif path == "/raw-two-lengths":
            self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!")
        elif path == "/raw-not-http":
            self.wfile.write(b"220 mail.example.test ESMTP\r\n")
        elif path == "/raw-nothing":
            pass   # the connection closes without a byte
        elif path == "/stall":
            time.sleep(3600)
        else:
            self.send_body(404, "text/html", b"<html><body>not found</body></html>")


class TlsServer(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address, context):
        self.context = context
        super().__init__(address, Handler)

    def finish_request(self, request, client_address):
        # The handshake in the connection's own thread, so a silent client blocks nobody.
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


def serve_tls(args):
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(args.cert, args.key)

    def on_sni(sock, server_name, ctx):
        log("SNI %s" % (server_name if server_name is not None else "(none)"))
        return None

    context.sni_callback = on_sni
    server = TlsServer(("127.0.0.1", args.port), context)
    if args.also_ipv6:
        # The same answers on [::1] and the same port (the harness probes 127.0.0.1).
        class TlsServer6(TlsServer):
            address_family = socket.AF_INET6
        server6 = TlsServer6(("::1", args.port), context)
        threading.Thread(target=server6.serve_forever, daemon=True).start()
    print("READY", flush=True)
    server.serve_forever()


def serve_silent(args):
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", args.port))
    listener.listen(64)
    print("READY", flush=True)
    held = []
    while True:
        conn, _ = listener.accept()
        held.append(conn)   # never read, never written, never closed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--log", default="/dev/null")
    parser.add_argument("--silent", action="store_true")
    parser.add_argument("--also-ipv6", action="store_true")
    args = parser.parse_args()
    global log_path
    log_path = args.log
    try:
        if args.silent:
            serve_silent(args)
        else:
            serve_tls(args)
    except OSError as e:
        # "Address already in use" is read by the harness to retry on another port.
        print("cannot listen: %s" % e, file=sys.stderr, flush=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
