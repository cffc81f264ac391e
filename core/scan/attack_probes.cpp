#include "scan/attack_probes.h"

#include <QElapsedTimer>

#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include "base/limits.h"
#include "catalog/cipher_catalog.h"
#include "catalog/tls_names.h"
#include "catalog/versions.h"
#include "ossl/handles.h"
#include "scan/scanner.h"
#include "wire/byte_reader.h"
#include "wire/server_hello_facts.h"

namespace mailtls::core {

namespace {

constexpr int kHeartbeatExtension = 15;
constexpr int kSessionTicketExtension = 35;
constexpr int kHeartbeatPayload = 16;   // what our HeartbeatRequest really carries

QByteArray u8(int v) { return QByteArray(1, char(v & 0xff)); }
QByteArray u16(int v) { return u8(v >> 8) + u8(v); }
QByteArray u24(int v) { return u8(v >> 16) + u16(v); }

QByteArray randomBytes(int n)
{
    QByteArray out(n, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), n) != 1)
        for (int i = 0; i < n; ++i)
            out[i] = char(0x5a ^ (i * 37));
    return out;
}

QByteArray record(int type, int version, const QByteArray &body)
{
    return u8(type) + u16(version) + u16(int(body.size())) + body;
}

QByteArray handshake(int type, const QByteArray &body)
{
    return u8(type) + u24(int(body.size())) + body;
}

QString alertWords(int level, int description)
{
    return QStringLiteral("%1 %2 (%3)")
        .arg(level == 1 ? QStringLiteral("warning") : QStringLiteral("fatal"), alertDescriptionName(description))
        .arg(description);
}

struct HelloSpec {
    QList<quint16> suites;
    QString sni;
    QByteArray sessionId;
    bool heartbeat = false;
    bool ticket = false;
    QByteArray ticketBytes;
};

QByteArray clientHello(const HelloSpec &s)
{
    QByteArray suites;
    for (quint16 code : s.suites)
        suites += u16(code);
    suites += u16(kRenegotiationScsv);
    QByteArray ext;
    if (!s.sni.isEmpty()) {
        const QByteArray name = s.sni.toLatin1();
        const QByteArray entry = u8(0) + u16(int(name.size())) + name;
        ext += u16(0) + u16(int(entry.size()) + 2) + u16(int(entry.size())) + entry;
    }
    const QList<int> groups{29, 23, 24, 25, 256, 257};
    QByteArray g;
    for (int x : groups)
        g += u16(x);
    ext += u16(10) + u16(int(g.size()) + 2) + u16(int(g.size())) + g;
    ext += u16(11) + u16(2) + u8(1) + u8(0);
    const QList<int> schemes{0x0804, 0x0805, 0x0806, 0x0401, 0x0501, 0x0601, 0x0403, 0x0503, 0x0603, 0x0201, 0x0203, 0x0402, 0x0202};
    QByteArray sig;
    for (int x : schemes)
        sig += u16(x);
    ext += u16(13) + u16(int(sig.size()) + 2) + u16(int(sig.size())) + sig;
    if (s.heartbeat)
        ext += u16(kHeartbeatExtension) + u16(1) + u8(1);   // peer_allowed_to_send
    if (s.ticket)
        ext += u16(kSessionTicketExtension) + u16(int(s.ticketBytes.size())) + s.ticketBytes;
    QByteArray body = u16(0x0303) + randomBytes(32) + u8(int(s.sessionId.size())) + s.sessionId + u16(int(suites.size()))
        + suites + u8(1) + u8(0) + u16(int(ext.size())) + ext;
    return record(22, 0x0301, handshake(1, body));
}

// Reads a server's TLS records, bounded: at most kServerHelloFlightBytes in all, no record over
// 2^14 + 2048 bytes.
class RecordReader
{
public:
    enum class Got { Record, Timeout, Closed, Reset, Malformed, Cancelled };
    explicit RecordReader(Connection &c) : c_(c) {}

    Got next(int waitMs, int *type, QByteArray *body)
    {
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            if (buf_.size() >= 5) {
                const int length = (quint8(buf_.at(3)) << 8) | quint8(buf_.at(4));
                const int t = quint8(buf_.at(0));
                if (t < 20 || t > 24 || quint8(buf_.at(1)) != 3 || length > 16384 + 2048) {
                    why_ = QStringLiteral("the answer was not a TLS record");
                    return Got::Malformed;
                }
                if (buf_.size() >= 5 + length) {
                    *type = t;
                    *body = buf_.mid(5, length);
                    buf_.remove(0, 5 + length);
                    return Got::Record;
                }
            }
            if (total_ > limits::kServerHelloFlightBytes) {
                why_ = QStringLiteral("more than %1 bytes without the expected message").arg(limits::kServerHelloFlightBytes);
                return Got::Malformed;
            }
            const int left = int(qMax<qint64>(0, waitMs - timer.elapsed()));
            if (left <= 0)
                return Got::Timeout;
            QByteArray bytes;
            Error error;
            if (!c_.readSome(&bytes, left, &error)) {
                why_ = error.message;
                if (error.kind == ErrorKind::Cancelled)
                    return Got::Cancelled;
                if (error.kind == ErrorKind::Timeout)
                    return Got::Timeout;
                if (error.message.contains(QLatin1String("reset")))
                    return Got::Reset;
                return Got::Closed;
            }
            total_ += bytes.size();
            buf_ += bytes;
        }
    }
    QString why() const { return why_; }

private:
    Connection &c_;
    QByteArray buf_;
    qint64 total_ = 0;
    QString why_;
};

// What the server sent in answer to a hello, up to ServerHelloDone.
struct Flight {
    enum class End { Done, Alert, Timeout, Closed, Reset, Malformed, Cancelled };
    End end = End::Malformed;
    QString why;                 // for anything but Done
    ServerHelloFacts hello;
    QByteArray sessionId;
    QByteArray leafDer;          // first certificate of the Certificate message
    int alertDescription = -1;
};

Flight readFlight(RecordReader &reader, int timeoutMs)
{
    Flight f;
    QByteArray hs;
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        // Whole handshake messages first.
        while (hs.size() >= 4) {
            const int length = (quint8(hs.at(1)) << 16) | (quint8(hs.at(2)) << 8) | quint8(hs.at(3));
            if (length > limits::kHandshakeMessageBytes) {
                f.end = Flight::End::Malformed;
                f.why = QStringLiteral("a handshake message of %1 bytes").arg(length);
                return f;
            }
            if (hs.size() < 4 + length)
                break;
            const int type = quint8(hs.at(0));
            const QByteArray message = hs.left(4 + length);
            hs.remove(0, 4 + length);
            if (type == 2) {
                f.hello = serverHelloFacts(message);
                ByteReader r(message.mid(4));
                r.u(2);
                r.bytes(32);
                f.sessionId = r.vector(1);
                if (!f.hello.ok || !r.ok()) {
                    f.end = Flight::End::Malformed;
                    f.why = QStringLiteral("a malformed ServerHello");
                    return f;
                }
            } else if (type == 11 && f.leafDer.isEmpty()) {
                ByteReader r(message.mid(4));
                const QByteArray list = r.vector(3);
                ByteReader l(list);
                f.leafDer = l.vector(3);
            } else if (type == 14) {
                if (!f.hello.ok) {
                    f.end = Flight::End::Malformed;
                    f.why = QStringLiteral("ServerHelloDone without a ServerHello");
                    return f;
                }
                f.end = Flight::End::Done;
                return f;
            }
        }
        int type = 0;
        QByteArray body;
        const int left = int(qMax<qint64>(0, timeoutMs - timer.elapsed()));
        switch (reader.next(left, &type, &body)) {
        case RecordReader::Got::Record:
            break;
        case RecordReader::Got::Timeout:
            f.end = Flight::End::Timeout;
            f.why = QStringLiteral("no answer within %1 s").arg(timeoutMs / 1000.0);
            return f;
        case RecordReader::Got::Closed:
            f.end = Flight::End::Closed;
            f.why = QStringLiteral("the server closed the connection");
            return f;
        case RecordReader::Got::Reset:
            f.end = Flight::End::Reset;
            f.why = QStringLiteral("the server reset the connection");
            return f;
        case RecordReader::Got::Cancelled:
            f.end = Flight::End::Cancelled;
            f.why = QStringLiteral("cancelled");
            return f;
        case RecordReader::Got::Malformed:
            f.end = Flight::End::Malformed;
            f.why = reader.why();
            return f;
        }
        if (type == 21) {
            f.end = Flight::End::Alert;
            f.alertDescription = body.size() >= 2 ? quint8(body.at(1)) : -1;
            f.why = body.size() >= 2 ? QStringLiteral("alert %1").arg(alertWords(quint8(body.at(0)), quint8(body.at(1))))
                                     : QStringLiteral("a malformed alert");
            return f;
        }
        if (type != 22) {
            f.end = Flight::End::Malformed;
            f.why = QStringLiteral("a record of type %1 before ServerHelloDone").arg(type);
            return f;
        }
        hs += body;
        if (hs.size() > limits::kServerHelloFlightBytes) {
            f.end = Flight::End::Malformed;
            f.why = QStringLiteral("a hello flight over %1 bytes").arg(limits::kServerHelloFlightBytes);
            return f;
        }
    }
}

// How the server answered what we sent after its flight: one word for comparing answers.
struct Answer {
    QString text;        // "alert fatal bad_record_mac (20)", "the server closed the connection", ...
    int alertLevel = -1;
    int alertDescription = -1;
    int alertLength = 0;   // the alert record's length (2 in plaintext)
    bool timeout = false;
    bool cancelled = false;
    bool closedOrReset = false;
};

// The next alert, close, reset or silence; other records are skipped (their bytes dropped).
Answer readAnswer(RecordReader &reader, int waitMs, int *otherRecords = nullptr)
{
    Answer a;
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        int type = 0;
        QByteArray body;
        const int left = int(qMax<qint64>(0, waitMs - timer.elapsed()));
        switch (reader.next(left, &type, &body)) {
        case RecordReader::Got::Record:
            if (type == 21) {
                a.alertLength = int(body.size());
                if (body.size() == 2) {
                    a.alertLevel = quint8(body.at(0));
                    a.alertDescription = quint8(body.at(1));
                    a.text = QStringLiteral("alert %1").arg(alertWords(a.alertLevel, a.alertDescription));
                } else {
                    a.text = QStringLiteral("an encrypted alert (%1 bytes)").arg(body.size());
                }
                return a;
            }
            if (otherRecords)
                ++*otherRecords;
            continue;
        case RecordReader::Got::Timeout:
            a.timeout = true;
            a.text = QStringLiteral("no answer within %1 s").arg(waitMs / 1000.0);
            return a;
        case RecordReader::Got::Closed:
            a.closedOrReset = true;
            a.text = QStringLiteral("the server closed the connection");
            return a;
        case RecordReader::Got::Reset:
            a.closedOrReset = true;
            a.text = QStringLiteral("the server reset the connection");
            return a;
        case RecordReader::Got::Cancelled:
            a.cancelled = true;
            a.text = QStringLiteral("cancelled");
            return a;
        case RecordReader::Got::Malformed:
            a.text = reader.why();
            return a;
        }
    }
}

HygieneCheck check(CheckState state, const QString &evidence)
{
    return HygieneCheck{state, evidence};
}

// Suites for the heartbleed / ticketbleed / CCS hellos: what the linked OpenSSL offers first.
QList<quint16> broadSuites()
{
    QList<quint16> out = opensslOfferableSuites(QStringLiteral("TLSv1.2"));
    for (const SuiteInfo &s : CipherCatalog::instance().forVersion(QStringLiteral("TLSv1.2")))
        if (!out.contains(s.code) && (s.code >> 8) != 0x13)
            out << s.code;
    QList<quint16> kept;
    for (quint16 code : out)
        if ((code >> 8) != 0x13 && code != kRenegotiationScsv && code != kFallbackScsv)
            kept << code;
    return kept.mid(0, 120);
}

// TLS_RSA_* suites (RSA key transport), strongest first as the catalog lists them.
QList<quint16> rsaKexSuites()
{
    QList<quint16> out;
    for (const SuiteInfo &s : CipherCatalog::instance().forVersion(QStringLiteral("TLSv1.2")))
        if (s.kex == QLatin1String("RSA") && (s.code >> 8) != 0x13 && !isExportSuite(s))
            out << s.code;
    return out.mid(0, 120);
}

// The PKCS #1 v1.5 blocks of the ROBOT probe, k bytes each (k: the modulus size).
enum class Variant { WellFormed, WrongBlockType, NoSeparator, WrongLength, WrongVersion };
const Variant kVariants[] = {Variant::WellFormed, Variant::WrongBlockType, Variant::NoSeparator, Variant::WrongLength,
                             Variant::WrongVersion};

QString variantName(Variant v)
{
    switch (v) {
    case Variant::WellFormed: return QStringLiteral("well-formed");
    case Variant::WrongBlockType: return QStringLiteral("block type 0x17 instead of 0x02");
    case Variant::NoSeparator: return QStringLiteral("no 0x00 separator");
    case Variant::WrongLength: return QStringLiteral("premaster of 60 bytes instead of 48");
    case Variant::WrongVersion: return QStringLiteral("premaster version 0x0202");
    }
    return QString();
}

QByteArray nonZeroRandom(int n)
{
    QByteArray out = randomBytes(n);
    for (int i = 0; i < n; ++i)
        if (out.at(i) == 0)
            out[i] = char(0x55 + (i % 100));
    return out;
}

QByteArray paddedBlock(Variant v, int k)
{
    int messageLength = v == Variant::WrongLength ? 60 : 48;
    QByteArray block;
    block += char(0x00);
    block += char(v == Variant::WrongBlockType ? 0x17 : 0x02);
    if (v == Variant::NoSeparator)
        return block + nonZeroRandom(k - 2);
    block += nonZeroRandom(k - 3 - messageLength);
    block += char(0x00);
    block += v == Variant::WrongVersion ? u16(0x0202) : u16(0x0303);
    block += randomBytes(messageLength - 2);
    return block;
}

// Raw RSA (no padding) of our own padded block under the leaf's key; empty on failure.
QByteArray rsaRaw(EVP_PKEY *key, const QByteArray &block)
{
    ossl::EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new(key, nullptr));
    if (!ctx || EVP_PKEY_encrypt_init(ctx.get()) != 1 || EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_NO_PADDING) != 1)
        return {};
    size_t outLen = 0;
    const auto *in = reinterpret_cast<const unsigned char *>(block.constData());
    if (EVP_PKEY_encrypt(ctx.get(), nullptr, &outLen, in, size_t(block.size())) != 1)
        return {};
    QByteArray out(int(outLen), '\0');
    if (EVP_PKEY_encrypt(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &outLen, in, size_t(block.size())) != 1)
        return {};
    out.resize(int(outLen));
    return out;
}

class Attacks
{
public:
    Attacks(const HygieneProbeSetup &setup, const ScanOptions &options) : s_(setup), o_(options) {}

    AttackFacts run()
    {
        const auto skipped = [this](const char *name) {
            return check(CheckState::Untested, o_.skipChecks.contains(QLatin1String(name))
                                                   ? QStringLiteral("not tried: skipped (--skip-checks %1)").arg(QLatin1String(name))
                                                   : QStringLiteral("not tried: skipped (--no-attack-checks)"));
        };
        f_.heartbleedLeak = skipped("heartbleed");
        f_.ccsInjectionAccepted = skipped("ccs_injection");
        f_.robotOracle = skipped("robot");
        f_.ticketbleedLeak = skipped("ticketbleed");
        const bool heartbleed = o_.runsCheck(QStringLiteral("heartbleed"));
        const bool ticketbleed = o_.runsCheck(QStringLiteral("ticketbleed"));
        const bool ccs = o_.runsCheck(QStringLiteral("ccs_injection"));
        const bool robot = o_.runsCheck(QStringLiteral("robot"));
        f_.ran = heartbleed || ticketbleed || ccs || robot;
        int expected = (heartbleed || ticketbleed ? 1 : 0) + (ccs ? 1 : 0) + (robot ? 5 : 0);
        estimate(expected);
        if (heartbleed || ticketbleed) {
            heartbleedAndTicketbleed(heartbleed, ticketbleed);
            estimate(expected -= 1);
        }
        // A server that refuses TLS 1.2 hellos by protocol_version is asked once, not three times.
        const auto noTls12 = [this] {
            return check(CheckState::NotApplicable, QStringLiteral("the server refuses TLS 1.0-1.2 hellos (%1)").arg(noTls12_));
        };
        if (ccs && !stopped_) {
            if (noTls12_.isEmpty())
                ccsInjection();
            else
                f_.ccsInjectionAccepted = noTls12();
            estimate(expected -= 1);
        }
        if (robot && !stopped_) {
            if (noTls12_.isEmpty())
                robotProbe();
            else
                f_.robotOracle = noTls12();
        }
        estimate(0);
        return f_;
    }

private:
    void note(const QString &text)
    {
        if (s_.note)
            s_.note(QStringLiteral("attacks: ") + text);
    }
    void estimate(int n)
    {
        if (s_.estimate)
            s_.estimate(qMax(0, n));
    }
    int waitMs() const { return qMin(s_.target.timeoutMs, limits::kAttackAnswerWaitMs); }

    // One connection: the hello out, the flight in, then `after` on it. Returns false (with
    // *why) when no connection ran the work.
    bool withFlight(const HelloSpec &spec, const std::function<void(Connection &, RecordReader &, const Flight &)> &after,
                    QString *why)
    {
        bool ran = false;
        const HygieneAttempt a = s_.connect([&](Connection &c) {
            ran = true;
            HygieneAttempt out;
            out.status = AttemptStatus::Completed;
            Error error;
            if (!c.writeAll(clientHello(spec), s_.target.timeoutMs, &error)) {
                out.error = error;
                Flight f;
                f.end = Flight::End::Closed;
                f.why = error.message;
                RecordReader none(c);
                after(c, none, f);
                return out;
            }
            RecordReader reader(c);
            const Flight f = readFlight(reader, s_.target.timeoutMs);
            out.serverSpokeTls = f.hello.ok || f.end == Flight::End::Alert;
            if (f.end == Flight::End::Alert)
                out.status = AttemptStatus::Rejected;
            if (f.end == Flight::End::Cancelled)
                out.status = AttemptStatus::Cancelled;
            after(c, reader, f);
            return out;
        });
        if (ran)
            ++f_.connections;
        if (a.status == AttemptStatus::Cancelled)
            stopped_ = true;
        if (!ran) {
            *why = a.error.message.isEmpty() ? QStringLiteral("no connection") : a.error.message;
            if (a.status == AttemptStatus::Failed || a.status == AttemptStatus::Cancelled)
                stopped_ = stopped_ || a.status == AttemptStatus::Cancelled;
        }
        return ran;
    }

    // A flight that did not reach ServerHelloDone: NotApplicable when refused (alert), else Untested.
    HygieneCheck noFlight(const Flight &f, const QString &what)
    {
        if (f.end == Flight::End::Alert && f.alertDescription == 70)
            noTls12_ = f.why;
        if (f.end == Flight::End::Alert)
            return check(CheckState::NotApplicable, QStringLiteral("the server refused the %1 hello (%2)").arg(what, f.why));
        return check(CheckState::Untested, QStringLiteral("no answer to judge: the %1 hello got %2").arg(what, f.why));
    }

    void heartbleedAndTicketbleed(bool heartbleed, bool ticketbleed)
    {
        HelloSpec spec;
        spec.suites = broadSuites();
        spec.sni = s_.target.sni;
        spec.heartbeat = heartbleed;
        quint8 ourByte = 0;
        if (ticketbleed) {
            ourByte = quint8(randomBytes(1).at(0)) | 0x01;
            spec.sessionId = QByteArray(1, char(ourByte));
            spec.ticket = true;
            spec.ticketBytes = randomBytes(160);
        }
        bool suspicious = false;
        QString why;
        const bool ran = withFlight(spec, [&](Connection &c, RecordReader &reader, const Flight &f) {
            if (f.end != Flight::End::Done) {
                if (heartbleed)
                    f_.heartbleedLeak = noFlight(f, QStringLiteral("heartbeat"));
                if (ticketbleed)
                    f_.ticketbleedLeak = noFlight(f, QStringLiteral("session ticket"));
                note(QStringLiteral("heartbeat / ticket hello: %1").arg(f.why));
                return;
            }
            const QString version = protocolVersionName(f.hello.version);
            if (ticketbleed)
                suspicious = judgeTicket(f, ourByte, version);
            if (!heartbleed)
                return;
            if (!f.hello.has(kHeartbeatExtension)) {
                f_.heartbleedLeak = check(CheckState::No, QStringLiteral("no heartbeat extension (15) in the %1 ServerHello, though the "
                                                                         "hello offered it: the server does not speak heartbeat")
                                                              .arg(version));
                note(f_.heartbleedLeak.evidence);
                return;
            }
            // RFC 6520: type 1 (request), payload_length, payload. Ours claims more than it carries.
            const QByteArray request = u8(1) + u16(limits::kHeartbeatClaimBytes) + randomBytes(kHeartbeatPayload);
            Error error;
            if (!c.writeAll(record(24, f.hello.version, request), s_.target.timeoutMs, &error)) {
                f_.heartbleedLeak = check(CheckState::Untested, QStringLiteral("the heartbeat request could not be sent: %1").arg(error.message));
                return;
            }
            QElapsedTimer timer;
            timer.start();
            for (;;) {
                int type = 0;
                QByteArray body;
                const int left = int(qMax<qint64>(0, waitMs() - timer.elapsed()));
                const RecordReader::Got got = reader.next(left, &type, &body);
                if (got == RecordReader::Got::Record && type == 24) {
                    const int claimed = body.size() >= 3 ? (quint8(body.at(1)) << 8) | quint8(body.at(2)) : 0;
                    const int size = int(body.size());
                    body.fill('\0');   // the leaked bytes are never kept
                    body.clear();
                    if (claimed > kHeartbeatPayload || size > 3 + kHeartbeatPayload + 16)
                        f_.heartbleedLeak = check(CheckState::Yes,
                                                  QStringLiteral("heartbeat response of %1 bytes (payload_length %2) to a request carrying %3 "
                                                                 "but claiming %4, in %5 before the handshake finished")
                                                      .arg(size).arg(claimed).arg(kHeartbeatPayload).arg(limits::kHeartbeatClaimBytes).arg(version));
                    else
                        f_.heartbleedLeak = check(CheckState::No,
                                                  QStringLiteral("heartbeat response of %1 bytes to a request carrying %2: no more than was sent")
                                                      .arg(size).arg(kHeartbeatPayload));
                    break;
                }
                if (got == RecordReader::Got::Record && type == 21) {
                    f_.heartbleedLeak = check(CheckState::No, QStringLiteral("the server offers heartbeat in %1 and answered a request "
                                                                             "claiming %2 bytes but carrying %3 with alert %4")
                                                                  .arg(version).arg(limits::kHeartbeatClaimBytes).arg(kHeartbeatPayload)
                                                                  .arg(body.size() >= 2 ? alertWords(quint8(body.at(0)), quint8(body.at(1)))
                                                                                        : QStringLiteral("(malformed)")));
                    break;
                }
                if (got == RecordReader::Got::Record)
                    continue;
                if (got == RecordReader::Got::Timeout) {
                    f_.heartbleedLeak = check(CheckState::No, QStringLiteral("the server offers heartbeat in %1 and sent no response within "
                                                                             "%2 s to a request claiming %3 bytes but carrying %4 "
                                                                             "(discarded, as RFC 6520 demands)")
                                                                  .arg(version).arg(waitMs() / 1000.0).arg(limits::kHeartbeatClaimBytes)
                                                                  .arg(kHeartbeatPayload));
                } else if (got == RecordReader::Got::Closed || got == RecordReader::Got::Reset) {
                    f_.heartbleedLeak = check(CheckState::No, QStringLiteral("the server offers heartbeat in %1 and closed the connection on a "
                                                                             "request claiming %2 bytes but carrying %3")
                                                                  .arg(version).arg(limits::kHeartbeatClaimBytes).arg(kHeartbeatPayload));
                } else {
                    f_.heartbleedLeak = check(CheckState::Untested, QStringLiteral("after the heartbeat request: %1").arg(reader.why()));
                }
                break;
            }
            note(QStringLiteral("heartbleed: %1").arg(f_.heartbleedLeak.evidence));
        }, &why);
        if (!ran) {
            const HygieneCheck c = check(CheckState::Untested, QStringLiteral("no connection: %1").arg(why));
            if (heartbleed)
                f_.heartbleedLeak = c;
            if (ticketbleed)
                f_.ticketbleedLeak = c;
            return;
        }
        if (suspicious && !stopped_)
            confirmTicketbleed(ourByte);
    }

    // True when the echo needs a second look (a longer id starting with our byte).
    bool judgeTicket(const Flight &f, quint8 ourByte, const QString &version)
    {
        const QByteArray &sid = f.sessionId;
        const QString ours = QStringLiteral("0x") + QString::number(ourByte, 16).rightJustified(2, QLatin1Char('0')).toUpper();
        if (sid.size() > 1 && quint8(sid.at(0)) == ourByte) {
            f_.ticketbleedLeak = check(CheckState::Untested, QStringLiteral("a %1-byte session id starting with our byte %2: checking again")
                                                                 .arg(sid.size()).arg(ours));
            return true;
        }
        QString what;
        if (sid.isEmpty())
            what = QStringLiteral("an empty session id");
        else if (sid.size() == 1 && quint8(sid.at(0)) == ourByte)
            what = QStringLiteral("our 1-byte session id, exactly (the ticket was taken)");
        else
            what = QStringLiteral("a new %1-byte session id (not starting with ours)").arg(sid.size());
        f_.ticketbleedLeak = check(CheckState::No, QStringLiteral("a %1 hello with a 1-byte session id (%2) and a made-up session ticket "
                                                                  "was answered with %3%4")
                                                       .arg(version, ours, what,
                                                            f.hello.has(kSessionTicketExtension) ? QStringLiteral("; the server speaks session tickets")
                                                                                                 : QStringLiteral("; no session_ticket in the ServerHello")));
        note(QStringLiteral("ticketbleed: %1").arg(f_.ticketbleedLeak.evidence));
        return false;
    }

    // A second hello with another byte: a leak echoes that one too, a random id matches twice
    // only by a 1 in 65536 chance.
    void confirmTicketbleed(quint8 firstByte)
    {
        quint8 second = quint8(firstByte ^ 0x5a) | 0x01;
        if (second == firstByte)
            second = quint8(firstByte + 2);
        HelloSpec spec;
        spec.suites = broadSuites();
        spec.sni = s_.target.sni;
        spec.sessionId = QByteArray(1, char(second));
        spec.ticket = true;
        spec.ticketBytes = randomBytes(160);
        QString why;
        const bool ran = withFlight(spec, [&](Connection &, RecordReader &, const Flight &f) {
            if (f.end != Flight::End::Done && !f.hello.ok) {
                f_.ticketbleedLeak = check(CheckState::Untested, QStringLiteral("the first hello's session id started with our byte; "
                                                                                "the second hello got %1").arg(f.why));
                return;
            }
            const QByteArray &sid = f.sessionId;
            if (sid.size() > 1 && quint8(sid.at(0)) == second)
                f_.ticketbleedLeak = check(CheckState::Yes,
                                           QStringLiteral("twice a 1-byte session id with a session ticket (0x%1, then 0x%2) came back as a "
                                                          "%3-byte session id starting with ours: %4 bytes that are not ours (server memory)")
                                               .arg(QString::number(firstByte, 16).rightJustified(2, QLatin1Char('0')).toUpper())
                                               .arg(QString::number(second, 16).rightJustified(2, QLatin1Char('0')).toUpper())
                                               .arg(sid.size())
                                               .arg(sid.size() - 1));
            else
                f_.ticketbleedLeak = check(CheckState::No, QStringLiteral("the first session id started with our byte by chance; "
                                                                          "a second hello (0x%1) got a %2-byte session id not starting with it")
                                                               .arg(QString::number(second, 16).rightJustified(2, QLatin1Char('0')).toUpper())
                                                               .arg(sid.size()));
            note(QStringLiteral("ticketbleed: %1").arg(f_.ticketbleedLeak.evidence));
        }, &why);
        if (!ran)
            f_.ticketbleedLeak = check(CheckState::Untested, QStringLiteral("the confirming connection failed: %1").arg(why));
    }

    void ccsInjection()
    {
        HelloSpec spec;
        spec.suites = broadSuites();
        spec.sni = s_.target.sni;
        QString why;
        const bool ran = withFlight(spec, [&](Connection &c, RecordReader &reader, const Flight &f) {
            if (f.end != Flight::End::Done) {
                f_.ccsInjectionAccepted = noFlight(f, QStringLiteral("TLS 1.0-1.2"));
                return;
            }
            const QString version = protocolVersionName(f.hello.version);
            Error error;
            if (!c.writeAll(record(20, f.hello.version, u8(1)), s_.target.timeoutMs, &error)) {
                f_.ccsInjectionAccepted = check(CheckState::Untested, QStringLiteral("the ChangeCipherSpec could not be sent: %1").arg(error.message));
                return;
            }
            const Answer first = readAnswer(reader, waitMs());
            if (first.alertLength == 2 || first.closedOrReset) {
                f_.ccsInjectionAccepted = check(CheckState::No, QStringLiteral("a ChangeCipherSpec right after the %1 ServerHelloDone "
                                                                               "(before any key exchange) got %2")
                                                                    .arg(version, first.text));
            } else if (!first.timeout) {
                f_.ccsInjectionAccepted = check(CheckState::Untested, QStringLiteral("after an early ChangeCipherSpec: %1").arg(first.text));
            } else {
                // Silence: was it taken? A plaintext Finished tells.
                const QByteArray finished = handshake(20, QByteArray(12, '\0'));
                if (!c.writeAll(record(22, f.hello.version, finished), s_.target.timeoutMs, &error)) {
                    f_.ccsInjectionAccepted = check(CheckState::Untested, QStringLiteral("the server kept silent on an early ChangeCipherSpec; "
                                                                                         "the next record could not be sent: %1").arg(error.message));
                    return;
                }
                const Answer second = readAnswer(reader, waitMs());
                const bool keysOn = second.alertDescription == 20 || second.alertDescription == 21
                    || (second.alertLength > 2 && !second.timeout);
                if (keysOn)
                    f_.ccsInjectionAccepted = check(CheckState::Yes, QStringLiteral("the server kept silent on a ChangeCipherSpec right after the %1 "
                                                                                    "ServerHelloDone (before any key exchange), then answered "
                                                                                    "a plaintext Finished with %2: it had switched to keys "
                                                                                    "made without a premaster").arg(version, second.text));
                else
                    f_.ccsInjectionAccepted = check(CheckState::Untested, QStringLiteral("the server kept silent on an early ChangeCipherSpec in %1, "
                                                                                         "then answered a plaintext Finished with %2: no clear verdict")
                                                                          .arg(version, second.text));
            }
            note(QStringLiteral("CCS injection: %1").arg(f_.ccsInjectionAccepted.evidence));
        }, &why);
        if (!ran)
            f_.ccsInjectionAccepted = check(CheckState::Untested, QStringLiteral("no connection: %1").arg(why));
    }

    // One ROBOT attempt: the answer to ClientKeyExchange (variant) + CCS + garbage Finished.
    // Returns false (with *refused / *why) when no RSA handshake could be started.
    bool robotAttempt(Variant v, Answer *answer, QString *refused, QString *why)
    {
        HelloSpec spec;
        spec.suites = rsaKexSuites();
        spec.sni = s_.target.sni;
        bool started = false;
        QString connectWhy;
        const bool ran = withFlight(spec, [&](Connection &c, RecordReader &reader, const Flight &f) {
            if (f.end == Flight::End::Alert) {
                *refused = f.why;
                return;
            }
            if (f.end != Flight::End::Done) {
                *why = f.why;
                return;
            }
            const SuiteInfo *suite = CipherCatalog::instance().byCode(f.hello.suite);
            if (!suite || suite->kex != QLatin1String("RSA")) {
                *why = QStringLiteral("the server chose %1, not an RSA key exchange suite").arg(suiteCodeHex(f.hello.suite));
                return;
            }
            const auto *der = reinterpret_cast<const unsigned char *>(f.leafDer.constData());
            ossl::X509Ptr cert(f.leafDer.isEmpty() ? nullptr : d2i_X509(nullptr, &der, long(f.leafDer.size())));
            EVP_PKEY *key = cert ? X509_get0_pubkey(cert.get()) : nullptr;
            if (!key || EVP_PKEY_get_base_id(key) != EVP_PKEY_RSA) {
                *why = QStringLiteral("no RSA key in the served certificate");
                return;
            }
            const int k = EVP_PKEY_get_size(key);
            if (k < 64 || k > 2048) {
                *why = QStringLiteral("an RSA modulus of %1 bytes").arg(k);
                return;
            }
            const QByteArray encrypted = rsaRaw(key, paddedBlock(v, k));
            if (encrypted.size() != k) {
                *why = QStringLiteral("OpenSSL could not encrypt under the served key");
                return;
            }
            suiteName_ = suite->iana.isEmpty() ? suiteCodeHex(suite->code) : suite->iana;
            versionName_ = protocolVersionName(f.hello.version);
            started = true;
            const int wv = f.hello.version;
            const QByteArray cke = record(22, wv, handshake(16, u16(k) + encrypted));
            const QByteArray ccs = record(20, wv, u8(1));
            const QByteArray fin = record(22, wv, randomBytes(64));   // "encrypted" Finished: garbage
            Error error;
            if (!c.writeAll(cke + ccs + fin, s_.target.timeoutMs, &error)) {
                answer->closedOrReset = true;
                answer->text = error.message.contains(QLatin1String("reset")) ? QStringLiteral("the server reset the connection")
                                                                               : QStringLiteral("the server closed the connection");
                return;
            }
            *answer = readAnswer(reader, waitMs());
        }, &connectWhy);
        if (!ran)
            *why = QStringLiteral("no connection: %1").arg(connectWhy);
        return started;
    }

    void robotProbe()
    {
        QList<Answer> answers;
        int expected = 5;
        for (Variant v : kVariants) {
            if (stopped_)
                break;
            Answer a;
            QString refused, why;
            const bool started = robotAttempt(v, &a, &refused, &why);
            estimate(--expected);
            if (!refused.isEmpty()) {
                f_.robotOracle = check(CheckState::NotApplicable,
                                       QStringLiteral("the server accepts no RSA key exchange suite (TLS_RSA_*): %1").arg(refused));
                note(QStringLiteral("ROBOT: %1").arg(f_.robotOracle.evidence));
                return;
            }
            if (!started || a.cancelled || (!a.timeout && !a.closedOrReset && a.alertLength == 0)) {
                f_.robotOracle = check(CheckState::Untested, QStringLiteral("the %1 ClientKeyExchange got no answer to compare: %2")
                                                                 .arg(variantName(v), started ? a.text : why));
                note(QStringLiteral("ROBOT: %1").arg(f_.robotOracle.evidence));
                return;
            }
            answers << a;
            note(QStringLiteral("ROBOT %1 premaster: %2").arg(variantName(v), a.text));
        }
        if (answers.size() != 5)
            return;
        QList<int> differing;
        for (int i = 1; i < answers.size(); ++i)
            if (answers.at(i).text != answers.at(0).text)
                differing << i;
        if (differing.isEmpty()) {
            f_.robotOracle = check(CheckState::No, QStringLiteral("%1 with %2: the well-formed and four malformed RSA premasters "
                                                                  "(ClientKeyExchange, ChangeCipherSpec, Finished) all got %3")
                                                       .arg(versionName_, suiteName_, answers.at(0).text));
            return;
        }
        // Confirm: the well-formed one and every differing one again.
        estimate(differing.size() + 1);
        QList<int> again = QList<int>{0} + differing;
        bool stable = true;
        QString unstable;
        for (int i : again) {
            Answer a;
            QString refused, why;
            if (stopped_ || !robotAttempt(kVariants[i], &a, &refused, &why) || a.cancelled) {
                f_.robotOracle = check(CheckState::Untested, QStringLiteral("different answers, but the confirming connection failed: %1")
                                                                 .arg(why.isEmpty() ? refused : why));
                return;
            }
            if (a.text != answers.at(i).text) {
                stable = false;
                unstable = QStringLiteral("the %1 premaster got %2, then %3").arg(variantName(kVariants[i]), answers.at(i).text, a.text);
                break;
            }
        }
        estimate(0);
        if (!stable) {
            f_.robotOracle = check(CheckState::Untested, QStringLiteral("answers differ but do not repeat (%1): no verdict").arg(unstable));
            note(QStringLiteral("ROBOT: %1").arg(f_.robotOracle.evidence));
            return;
        }
        QStringList parts;
        for (int i : differing)
            parts << QStringLiteral("%1 -> %2").arg(variantName(kVariants[i]), answers.at(i).text);
        f_.robotOracle = check(CheckState::Yes, QStringLiteral("%1 with %2: the well-formed RSA premaster got %3, but %4 (each twice): "
                                                               "a padding oracle")
                                                    .arg(versionName_, suiteName_, answers.at(0).text, parts.join(QLatin1String("; "))));
        note(QStringLiteral("ROBOT: %1").arg(f_.robotOracle.evidence));
    }

    const HygieneProbeSetup &s_;
    const ScanOptions &o_;
    AttackFacts f_;
    bool stopped_ = false;
    QString noTls12_;   // the protocol_version alert a TLS 1.2 hello got
    QString suiteName_;
    QString versionName_;
};

} // namespace

AttackFacts runAttackProbes(const HygieneProbeSetup &setup, const ScanOptions &options)
{
    return Attacks(setup, options).run();
}

void mergeAttackFacts(const AttackFacts &facts, HygieneResult *result)
{
    result->heartbleedLeak = facts.heartbleedLeak;
    result->ccsInjectionAccepted = facts.ccsInjectionAccepted;
    result->robotOracle = facts.robotOracle;
    result->ticketbleedLeak = facts.ticketbleedLeak;
    result->attackConnections = facts.connections;
}

} // namespace mailtls::core
