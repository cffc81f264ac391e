#!/usr/bin/env python3
"""A scripted, hostile DNS server for tests/integration/test_domain_hostile_dns.cpp.

Listens on 127.0.0.1 PORT over UDP and TCP (the same port number) and answers every query for
the zone DOMAIN according to MODE:

  truncated  UDP: TC bit, no records; TCP: half a message, then the connection is closed.
  garbage    per query three replies: random bytes, a reply with a wrong query ID, and a reply
             with the right ID but a different question; never a right answer.
  many_mx    a valid MX answer with 1000 MX records for DOMAIN (too large for UDP: TC there,
             complete over TCP with its 2-byte length prefix).
  huge_txt   one MX record; TXT at _mta-sts.DOMAIN: 200 character-strings of 255 bytes
             containing ESC, BEL and NUL bytes (again TC on UDP, complete over TCP).
  silent     reads every query and never answers.

Questions a mode does not care about get NODATA (NOERROR, no records, SOA in authority), or
NXDOMAIN for names outside DOMAIN. MX host names mx<N>.DOMAIN have A 127.0.0.1.
Prints "READY" once both sockets are bound; logs one line per query to --log (if given).
Standard library only.
"""

import argparse
import os
import random
import socket
import struct
import sys
import threading

T_A, T_NS, T_SOA, T_MX, T_TXT, T_AAAA, T_OPT = 1, 2, 6, 15, 16, 28, 41


def parse_name(msg, off):
    labels = []
    jumps = 0
    end = None
    while True:
        if off >= len(msg):
            raise ValueError("name past end")
        n = msg[off]
        if n == 0:
            off += 1
            break
        if n & 0xC0 == 0xC0:
            if end is None:
                end = off + 2
            off = ((n & 0x3F) << 8) | msg[off + 1]
            jumps += 1
            if jumps > 20:
                raise ValueError("loop")
            continue
        labels.append(msg[off + 1:off + 1 + n].decode("latin-1"))
        off += 1 + n
    return ".".join(labels).lower(), (end if end is not None else off)


def encode_name(name):
    out = b""
    for label in name.strip(".").split("."):
        if label:
            b = label.encode("ascii")
            out += bytes([len(b)]) + b
    return out + b"\0"


def parse_query(msg):
    if len(msg) < 12:
        raise ValueError("short")
    qid, flags, qd = struct.unpack("!HHH", msg[:6])
    if qd < 1:
        raise ValueError("no question")
    name, off = parse_name(msg, 12)
    qtype, qclass = struct.unpack("!HH", msg[off:off + 4])
    return qid, flags, name, qtype, qclass, msg[12:off + 4]


class Builder:
    def __init__(self, qid, rd, cd, question, rcode=0, tc=False):
        self.qid, self.rd, self.cd, self.question = qid, rd, cd, question
        self.rcode, self.tc = rcode, tc
        self.answers, self.authority = [], []

    def rr(self, name_bytes, rtype, rdata, ttl=300):
        return name_bytes + struct.pack("!HHIH", rtype, 1, ttl, len(rdata)) + rdata

    def build(self):
        flags = 0x8000 | 0x0400 | 0x0080  # QR, AA, RA
        if self.rd:
            flags |= 0x0100
        if self.cd:
            flags |= 0x0010
        if self.tc:
            flags |= 0x0200
        flags |= self.rcode & 0xF
        head = struct.pack("!HHHHHH", self.qid, flags, 1, len(self.answers), len(self.authority), 0)
        return head + self.question + b"".join(self.answers) + b"".join(self.authority)


class Server:
    def __init__(self, mode, domain, log):
        self.mode = mode
        self.domain = domain.strip(".").lower()
        self.log = log
        self.lock = threading.Lock()

    def note(self, text):
        if self.log:
            with self.lock:
                with open(self.log, "a") as f:
                    f.write(text + "\n")

    def soa(self):
        d = encode_name(self.domain)
        rdata = encode_name("ns." + self.domain) + encode_name("hostmaster." + self.domain)
        rdata += struct.pack("!IIIII", 1, 3600, 600, 86400, 60)
        return d + struct.pack("!HHIH", T_SOA, 1, 60, len(rdata)) + rdata

    def in_zone(self, name):
        return name == self.domain or name.endswith("." + self.domain)

    def answer(self, msg):
        """The one well-formed reply for the modes that answer properly."""
        qid, flags, name, qtype, qclass, question = parse_query(msg)
        b = Builder(qid, bool(flags & 0x0100), bool(flags & 0x0010), question)
        QPTR = b"\xc0\x0c"  # the question's name
        if not self.in_zone(name):
            b.rcode = 3
            return b.build()
        if name == self.domain and qtype == T_MX:
            count = 1000 if self.mode == "many_mx" else 1
            for i in range(count):
                exch = bytes([len("mx%d" % i)]) + ("mx%d" % i).encode() + QPTR
                rdata = struct.pack("!H", 10 + (i * 7) % 50) + exch
                b.answers.append(b.rr(QPTR, T_MX, rdata))
        elif qtype == T_A and name.startswith("mx") and name.count(".") == self.domain.count(".") + 1:
            b.answers.append(b.rr(QPTR, T_A, socket.inet_aton("127.0.0.1")))
        elif self.mode == "huge_txt" and qtype == T_TXT and name == "_mta-sts." + self.domain:
            rng = random.Random(7)
            rdata = b""
            for i in range(200):
                if i == 0:
                    s = b"v=STSv1; id=\x1b[31mRED\x07\x00"
                else:
                    s = b""
                while len(s) < 255:
                    s += bytes([rng.choice([0x1B, 0x07, 0x00, 0x41, 0x5B, 0x0D, 0x0A, 0x7F, 0x9B])])
                s = s[:255]
                rdata += bytes([len(s)]) + s
            b.answers.append(b.rr(QPTR, T_TXT, rdata))
        if not b.answers:
            b.authority.append(self.soa())
        return b.build()

    def garbage(self, msg):
        """Three wrong replies to one query."""
        out = [os.urandom(random.randint(1, 80))]
        try:
            qid, flags, name, qtype, qclass, question = parse_query(msg)
        except Exception:
            return out
        wrong_id = Builder((qid + 1) & 0xFFFF, True, True, question)
        wrong_id.answers.append(wrong_id.rr(b"\xc0\x0c", T_A, socket.inet_aton("127.0.0.66")))
        out.append(wrong_id.build())
        other_q = encode_name("elsewhere.invalid") + struct.pack("!HH", qtype, 1)
        wrong_q = Builder(qid, True, True, other_q)
        wrong_q.answers.append(wrong_q.rr(b"\xc0\x0c", T_A, socket.inet_aton("127.0.0.67")))
        out.append(wrong_q.build())
        return out

    def describe(self, msg):
        try:
            _, _, name, qtype, _, _ = parse_query(msg)
            return "%s %d" % (name, qtype)
        except Exception:
            return "unparsable"

    # -- UDP ----------------------------------------------------------------------------------
    def serve_udp(self, sock):
        while True:
            try:
                msg, peer = sock.recvfrom(65535)
            except OSError:
                return
            self.note("udp %s" % self.describe(msg))
            try:
                self.udp_reply(sock, msg, peer)
            except Exception as e:  # a hostile server must not die of a strange query
                self.note("udp error %r" % e)

    def udp_reply(self, sock, msg, peer):
        if self.mode == "silent":
            return
        if self.mode == "garbage":
            for r in self.garbage(msg):
                sock.sendto(r, peer)
            return
        qid, flags, name, qtype, qclass, question = parse_query(msg)
        if self.mode == "truncated":
            sock.sendto(Builder(qid, bool(flags & 0x0100), bool(flags & 0x0010), question, tc=True).build(), peer)
            return
        reply = self.answer(msg)
        limit = 512
        if len(reply) > limit:
            sock.sendto(Builder(qid, bool(flags & 0x0100), bool(flags & 0x0010), question, tc=True).build(), peer)
            return
        sock.sendto(reply, peer)

    # -- TCP ----------------------------------------------------------------------------------
    def serve_tcp(self, listener):
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            threading.Thread(target=self.tcp_conn, args=(conn,), daemon=True).start()

    @staticmethod
    def read_exact(conn, n):
        data = b""
        while len(data) < n:
            chunk = conn.recv(n - len(data))
            if not chunk:
                return None
            data += chunk
        return data

    def tcp_conn(self, conn):
        conn.settimeout(30)
        try:
            while True:
                head = self.read_exact(conn, 2)
                if head is None:
                    return
                msg = self.read_exact(conn, struct.unpack("!H", head)[0])
                if msg is None:
                    return
                self.note("tcp %s" % self.describe(msg))
                if self.mode == "silent":
                    continue
                if self.mode == "garbage":
                    for r in self.garbage(msg):
                        conn.sendall(struct.pack("!H", len(r)) + r)
                    continue
                reply = self.answer(msg)
                if self.mode == "truncated":
                    conn.sendall(struct.pack("!H", len(reply)) + reply[:len(reply) // 2])
                    return
                conn.sendall(struct.pack("!H", len(reply)) + reply)
        except Exception as e:
            self.note("tcp error %r" % e)
        finally:
            try:
                conn.close()
            except OSError:
                pass


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--mode", required=True, choices=["truncated", "garbage", "many_mx", "huge_txt", "silent"])
    p.add_argument("--domain", required=True)
    p.add_argument("--log")
    a = p.parse_args()

    server = Server(a.mode, a.domain, a.log)
    try:
        udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        udp.bind(("127.0.0.1", a.port))
        tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        tcp.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        tcp.bind(("127.0.0.1", a.port))
        tcp.listen(64)
    except OSError as e:
        # "in use" lets the harness retry on another port.
        print("cannot bind 127.0.0.1:%d: %s" % (a.port, e), flush=True)
        sys.exit(2)
    threading.Thread(target=server.serve_udp, args=(udp,), daemon=True).start()
    print("READY", flush=True)
    server.serve_tcp(tcp)


if __name__ == "__main__":
    main()
