#!/usr/bin/env python3
"""A mail server with a known TLS vulnerability at the byte level, for `mailtls scan` tests only.

Speaks SMTP up to STARTTLS (220 greeting, EHLO with STARTTLS, 220 to STARTTLS), then answers a
TLS 1.2 ClientHello with a fixed ServerHello (an RSA key exchange suite: AES128-SHA, AES256-SHA,
AES128-GCM-SHA256 or AES128-SHA256, the first one offered), the test certificate and
ServerHelloDone. Hellos below TLS 1.2, TLS 1.3-only hellos and hellos without those suites get
a fatal alert. No key exchange is ever finished: what follows the flight shows the flaw.

  --mode heartbleed   echoes heartbeat (15) when offered and answers a HeartbeatRequest with
                      as many bytes as it claims (the claim capped at 16384): the request's
                      payload, then filler standing for server memory (CVE-2014-0160).
  --mode ccs          keeps silent on a ChangeCipherSpec before any key exchange and answers
                      the next record with bad_record_mac, as a server that switched keys does
                      (CVE-2014-0224).
  --mode robot        decrypts the ClientKeyExchange with the private key (`openssl pkeyutl
                      -decrypt -pkeyopt rsa_padding_mode:none`) and answers by what is wrong
                      with the PKCS #1 v1.5 block: block type -> handshake_failure, no
                      separator -> decode_error, premaster length -> illegal_parameter,
                      premaster version -> a close without alert, nothing -> bad_record_mac
                      (for the Finished it cannot decrypt). A Bleichenbacher oracle.
  --mode ticketbleed  answers a session id shorter than 32 bytes that comes with a session
                      ticket with a 32-byte one: the client's bytes, then filler (CVE-2016-9244).

Outside its mode the peer behaves: no heartbeat, an early ChangeCipherSpec gets
unexpected_message, every ClientKeyExchange handshake_failure, the session id is a fresh one.
Prints READY once listening.
"""

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import threading

SUITES = (0x002F, 0x0035, 0x009C, 0x003C)
MEMORY = b"MEMORY-OF-THE-SERVER-"   # what a leak shows; the scanner must never print it


def alert(description, version=0x0303):
    return bytes([21]) + version.to_bytes(2, "big") + b"\x00\x02\x02" + bytes([description])


def record(content_type, body, version=0x0303):
    return bytes([content_type]) + version.to_bytes(2, "big") + len(body).to_bytes(2, "big") + body


def handshake(msg_type, body):
    return bytes([msg_type]) + len(body).to_bytes(3, "big") + body


def filler(n):
    return (MEMORY * (n // len(MEMORY) + 1))[:n]


class Closed(Exception):
    pass


class Conn:
    def __init__(self, sock):
        self.sock = sock
        self.buffer = b""

    def fill(self, n):
        while len(self.buffer) < n:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise Closed()
            self.buffer += chunk

    def take(self, n):
        self.fill(n)
        out, self.buffer = self.buffer[:n], self.buffer[n:]
        return out

    def line(self):
        while b"\r\n" not in self.buffer:
            if len(self.buffer) > 4096:
                raise Closed()
            chunk = self.sock.recv(4096)
            if not chunk:
                raise Closed()
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\r\n", 1)
        return line

    def record(self):
        header = self.take(5)
        length = int.from_bytes(header[3:5], "big")
        if header[0] & 0x80 or length > 18432:
            raise Closed()
        return header[0], self.take(length)


def parse_hello(body):
    """(version, session_id, suites, extensions dict) of a ClientHello handshake message."""
    if len(body) < 4 or body[0] != 1:
        return None
    p = 4
    version = int.from_bytes(body[p:p + 2], "big")
    p += 2 + 32
    sid_len = body[p]
    session_id = body[p + 1:p + 1 + sid_len]
    p += 1 + sid_len
    suites_len = int.from_bytes(body[p:p + 2], "big")
    suites = [int.from_bytes(body[p + 2 + i:p + 4 + i], "big") for i in range(0, suites_len, 2)]
    p += 2 + suites_len
    p += 1 + body[p]
    extensions = {}
    if p + 2 <= len(body):
        end = p + 2 + int.from_bytes(body[p:p + 2], "big")
        p += 2
        while p + 4 <= end:
            ext_type = int.from_bytes(body[p:p + 2], "big")
            ext_len = int.from_bytes(body[p + 2:p + 4], "big")
            extensions[ext_type] = body[p + 4:p + 4 + ext_len]
            p += 4 + ext_len
    return version, session_id, suites, extensions


class Peer:
    def __init__(self, args):
        self.args = args
        self.cert_der = subprocess.run(["openssl", "x509", "-in", args.cert, "-outform", "DER"],
                                       check=True, capture_output=True).stdout

    def serve(self, sock):
        conn = Conn(sock)
        try:
            sock.settimeout(20)
            sock.sendall(b"220 vulnerable.test ESMTP\r\n")
            while True:
                verb = conn.line().split(b" ", 1)[0].upper()
                if verb in (b"EHLO", b"HELO", b"LHLO"):
                    sock.sendall(b"250-vulnerable.test\r\n250-PIPELINING\r\n250 STARTTLS\r\n")
                elif verb == b"STARTTLS":
                    sock.sendall(b"220 2.0.0 ready to start TLS\r\n")
                    self.tls(conn)
                    return
                elif verb == b"QUIT":
                    sock.sendall(b"221 2.0.0 bye\r\n")
                    return
                else:
                    sock.sendall(b"500 5.5.2 command not recognized\r\n")
        except (Closed, OSError, ValueError, IndexError):
            pass
        finally:
            try:
                sock.close()
            except OSError:
                pass

    def tls(self, conn):
        sock = conn.sock
        content_type, body = conn.record()
        hello = parse_hello(body) if content_type == 22 else None
        if hello is None:
            sock.sendall(alert(10))
            return
        version, session_id, suites, extensions = hello
        versions = extensions.get(43)
        if version < 0x0303 or (versions is not None and b"\x03\x03" not in versions[1:]):
            sock.sendall(alert(70, 0x0301))
            return
        suite = next((s for s in suites if s in SUITES), None)
        if suite is None:
            sock.sendall(alert(40))
            return
        mode = self.args.mode
        sid = os.urandom(32)
        if mode == "ticketbleed" and 35 in extensions and 0 < len(session_id) < 32:
            sid = session_id + filler(32 - len(session_id))
        ext = b""
        if 0x00FF in suites or 0xFF01 in extensions:
            ext += b"\xff\x01\x00\x01\x00"
        if mode == "heartbleed" and 15 in extensions:
            ext += b"\x00\x0f\x00\x01\x01"
        if 35 in extensions:
            ext += b"\x00\x23\x00\x00"
        server_hello = (b"\x03\x03" + os.urandom(32) + bytes([len(sid)]) + sid + suite.to_bytes(2, "big") + b"\x00"
                        + len(ext).to_bytes(2, "big") + ext)
        certs = len(self.cert_der).to_bytes(3, "big") + self.cert_der
        flight = handshake(2, server_hello) + handshake(11, len(certs).to_bytes(3, "big") + certs) + handshake(14, b"")
        sock.sendall(record(22, flight))
        ccs_seen = False
        premaster_answer = None
        while True:
            content_type, body = conn.record()
            if content_type == 24 and mode == "heartbleed" and len(body) >= 3 and body[0] == 1:
                claimed = min(int.from_bytes(body[1:3], "big"), 16384)
                payload = (body[3:] + filler(claimed))[:claimed]
                sock.sendall(record(24, b"\x02" + claimed.to_bytes(2, "big") + payload + os.urandom(16)))
                continue
            if content_type == 20:
                if premaster_answer is not None:
                    continue   # the CCS after the ClientKeyExchange: the Finished decides
                if mode == "ccs" and not ccs_seen:
                    ccs_seen = True
                    continue
                sock.sendall(alert(10))
                return
            if content_type == 22 and body[:1] == b"\x10" and premaster_answer is None:
                premaster_answer = self.classify(body) if mode == "robot" else "handshake_failure"
                continue
            if premaster_answer is not None:
                # The Finished: the premaster's fate decides the answer.
                if premaster_answer == "close":
                    return
                sock.sendall(alert({"handshake_failure": 40, "decode_error": 50, "illegal_parameter": 47,
                                    "bad_record_mac": 20}[premaster_answer]))
                return
            if ccs_seen:
                sock.sendall(alert(20))   # "decrypting" a plaintext record under keys from nothing
                return
            sock.sendall(alert(10))
            return

    def classify(self, body):
        """How the server reacts to the ClientKeyExchange's premaster, by decrypting it."""
        encrypted = body[6:6 + int.from_bytes(body[4:6], "big")]
        with tempfile.NamedTemporaryFile() as f:
            f.write(encrypted)
            f.flush()
            out = subprocess.run(["openssl", "pkeyutl", "-decrypt", "-inkey", self.args.key, "-in", f.name,
                                  "-pkeyopt", "rsa_padding_mode:none"], capture_output=True)
        block = out.stdout
        if out.returncode != 0 or len(block) < 11 or block[0:2] != b"\x00\x02":
            return "handshake_failure"
        try:
            separator = block.index(b"\x00", 2)
        except ValueError:
            return "decode_error"
        premaster = block[separator + 1:]
        if len(premaster) != 48:
            return "illegal_parameter"
        if premaster[0:2] != b"\x03\x03":
            return "close"
        return "bad_record_mac"

    def run(self):
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.args.port))
        listener.listen(64)
        print("READY", flush=True)
        while True:
            sock, _ = listener.accept()
            threading.Thread(target=self.serve, args=(sock,), daemon=True).start()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--mode", choices=("heartbleed", "ccs", "robot", "ticketbleed"), required=True)
    parser.add_argument("--cert", required=True)
    parser.add_argument("--key", required=True)
    Peer(parser.parse_args()).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
