#!/usr/bin/env python3
"""An IMAP or POP3 server that keeps commands read before STARTTLS, for `mailtls scan` tests only.

Speaks IMAP (greeting, CAPABILITY, STARTTLS, NOOP, AUTHENTICATE refused before TLS, LOGOUT) or
POP3 (greeting, CAPA, STLS, NOOP, AUTH refused before TLS, QUIT) with real TLS (Python's ssl
module) after STARTTLS/STLS. Before TLS it offers no password login (IMAP LOGINDISABLED, POP3
neither USER nor SASL), so only the injection probe has something to find.

  --vulnerable   the bytes read together with STARTTLS/STLS are kept and answered after the
                 handshake, inside TLS: the STARTTLS command-injection flaw (CVE-2011-0411 kind).
  (default)      they are discarded at STARTTLS, as RFC 3207/2595/9051 servers must.
  --no-starttls  STARTTLS/STLS is not in the capability list (nor the greeting); the server
                 offers a cleartext login instead (IMAP without LOGINDISABLED, POP3 USER).

Every connection runs on its own thread; each is bounded in time. Prints READY once listening.
"""

import argparse
import select
import socket
import ssl
import sys
import threading

LINE_LIMIT = 8192


class Conn:
    def __init__(self, sock, dialect, vulnerable, ctx, starttls=True):
        self.starttls = starttls
        self.sock = sock
        self.raw = sock
        self.dialect = dialect
        self.vulnerable = vulnerable
        self.ctx = ctx
        self.buf = b""
        self.tls = False

    def send(self, text):
        self.sock.sendall(text.encode("latin-1"))

    def line(self):
        while b"\r\n" not in self.buf:
            if len(self.buf) > LINE_LIMIT:
                raise EOFError
            data = self.sock.recv(4096)
            if not data:
                raise EOFError
            self.buf += data
        line, self.buf = self.buf.split(b"\r\n", 1)
        return line.decode("latin-1")

    def start_tls(self):
        # A client that wrote a command right behind STARTTLS has it in our buffer already, or
        # about to arrive: give it a moment so the flaw shows whatever the timing.
        if not self.buf:
            ready, _, _ = select.select([self.raw], [], [], 0.05)
            if ready:
                data = self.raw.recv(4096, socket.MSG_PEEK)
                # Only cleartext lines, never the ClientHello (which starts with 0x16).
                if data and data[:1] != b"\x16":
                    self.buf += self.raw.recv(4096)
        if not self.vulnerable:
            self.buf = b""
        self.sock = self.ctx.wrap_socket(self.raw, server_side=True)
        self.tls = True

    def imap(self):
        before = "IMAP4rev1 STARTTLS LOGINDISABLED" if self.starttls else "IMAP4rev1"
        self.send("* OK [CAPABILITY %s] injection peer ready\r\n" % before)
        while True:
            parts = self.line().split(" ", 2)
            tag = parts[0]
            cmd = parts[1].upper() if len(parts) > 1 else ""
            if cmd == "CAPABILITY":
                caps = "IMAP4rev1 AUTH=PLAIN" if self.tls else before
                self.send("* CAPABILITY %s\r\n%s OK CAPABILITY completed\r\n" % (caps, tag))
            elif cmd == "STARTTLS" and not self.tls:
                self.send("%s OK Begin TLS negotiation now\r\n" % tag)
                self.start_tls()
            elif cmd == "NOOP":
                self.send("%s OK NOOP completed\r\n" % tag)
            elif cmd == "LOGOUT":
                self.send("* BYE logging out\r\n%s OK LOGOUT completed\r\n" % tag)
                return
            elif cmd in ("AUTHENTICATE", "LOGIN") and not self.tls:
                self.send("%s NO [PRIVACYREQUIRED] TLS first\r\n" % tag)
            else:
                self.send("%s BAD unknown command\r\n" % tag)

    def pop3(self):
        self.send("+OK injection peer ready\r\n")
        while True:
            cmd = self.line().split(" ", 1)[0].upper()
            if cmd == "CAPA":
                caps = "SASL PLAIN\r\nUSER\r\n" if self.tls else ("STLS\r\n" if self.starttls else "USER\r\n")
                self.send("+OK capabilities follow\r\n%s.\r\n" % caps)
            elif cmd == "STLS" and not self.tls:
                self.send("+OK Begin TLS negotiation now\r\n")
                self.start_tls()
            elif cmd == "NOOP":
                self.send("-ERR NOOP is for the TRANSACTION state\r\n")
            elif cmd == "QUIT":
                self.send("+OK bye\r\n")
                return
            elif cmd in ("AUTH", "USER", "PASS") and not self.tls:
                self.send("-ERR [AUTH] TLS first\r\n")
            else:
                self.send("-ERR unknown command\r\n")


def serve(sock, args, ctx):
    sock.settimeout(20)
    c = Conn(sock, args.dialect, args.vulnerable, ctx, not args.no_starttls)
    try:
        c.imap() if args.dialect == "imap" else c.pop3()
    except (EOFError, OSError, ssl.SSLError, UnicodeError):
        pass
    finally:
        try:
            c.sock.close()
        except OSError:
            pass


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--dialect", choices=("imap", "pop3"), required=True)
    parser.add_argument("--vulnerable", action="store_true")
    parser.add_argument("--no-starttls", action="store_true")
    parser.add_argument("--cert", required=True)
    parser.add_argument("--key", required=True)
    args = parser.parse_args()
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(args.cert, args.key)
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", args.port))
    listener.listen(64)
    print("READY", flush=True)
    while True:
        sock, _ = listener.accept()
        threading.Thread(target=serve, args=(sock, args, ctx), daemon=True).start()


if __name__ == "__main__":
    sys.exit(main())
