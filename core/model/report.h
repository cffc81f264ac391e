#pragma once

// The result of one piece of work (a session, a scan, a simulation, a certificate inspection),
// read by the CLI printer, the JSON writer and the Qt models alike. Plain data: nothing here
// talks to a socket.

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include "base/error.h"
#include "catalog/suite_info.h"
#include "model/finding.h"
#include "x509/certificate.h"

namespace mailtls::core {

inline constexpr const char *kReportSchema = "mailtls.report/1";

enum class LineDirection { Client, Server, Tls, Note };
QString lineDirectionCode(LineDirection dir);   // "C", "S", "tls", "note"
bool parseLineDirection(const QString &code, LineDirection *out);

struct TranscriptLine {
    qint64 tMs = 0;   // since the start of the session
    LineDirection dir = LineDirection::Note;
    QString text;     // secrets already redacted
};

struct Target {
    QString host;
    quint16 port = 0;
    QString address;      // the address actually connected to
    QString dialect;      // "smtp", "lmtp", "none"
    bool implicitTls = false;
    QString sni;          // empty: no SNI sent
    QString servername;   // the name the certificate must match
    QString proxy;        // the proxy connected through, as a URL without password; empty: direct
};

struct SmtpFacts {
    QString banner;
    QStringList ehloBeforeTls;   // keyword lines after the greeting line, as sent by the server
    QStringList ehloAfterTls;
    bool starttlsOffered = false;
    QStringList authBeforeTls;   // mechanisms, upper case
    QStringList authAfterTls;
    bool starttlsAccepted = false;
    QString starttlsReply;       // the reply to STARTTLS, e.g. "220 2.0.0 Ready to start TLS"
    int bytesAfterStarttls = 0;  // cleartext the server sent after its 220, before TLS (discarded)
};

struct HandshakeMessage {
    qint64 tMs = 0;
    QString dir;          // "C" (client sent) or "S" (server sent)
    QString type;         // "ClientHello", "ServerHello", "Alert", "ChangeCipherSpec", ...
    int length = 0;       // bytes of the message (handshake body + header, or record payload)
    QString summary;      // short decoded facts, e.g. "TLS 1.3, 31 suites" or "fatal handshake_failure"
    int contentType = 0;  // TLS record content type (20, 21, 22, 23, 256 header)
    int handshakeType = -1; // handshake msg_type where contentType == 22
    QByteArray raw;       // the message bytes (4-byte handshake header included; record payload for alerts/CCS)
};

struct CipherSuite {
    quint16 code = 0;
    QString iana;         // "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"
    QString openssl;      // "ECDHE-RSA-AES256-GCM-SHA384"
    QString codeHex() const;  // "0xC030"
};

struct TlsFacts {
    bool attempted = false;
    bool established = false;
    QString version;        // "TLSv1.3"
    CipherSuite cipher;
    QString group;          // negotiated key-exchange group, e.g. "x25519"; empty if none
    QString tempKeyType;    // "X25519", "ECDH", "DH", ...
    int tempKeyBits = 0;
    QString peerSignatureType;   // "RSA-PSS", "ECDSA", "RSA", "Ed25519"
    QString peerSignatureDigest; // "SHA256"
    QString compression;    // empty when none
    bool verifyOk = false;
    long verifyCode = -1;   // X509_V_* code; -1 when no certificate was checked
    QString verifyMessage;  // X509_verify_cert_error_string
    int securityLevel = 0;  // the OpenSSL security level the client ran at
    QString alert;          // alert that ended a failed handshake, e.g. "handshake_failure"
    QString alertDirection; // "received" or "sent"
    QString error;          // human-readable failure, empty when established
    Phrase errorPhrase;     // `error` as written, for the faces (not in JSON)
    bool clientCertificateRequested = false;
    bool clientCertificateSent = false;
    bool sessionReused = false;
    qint64 serverBytes = 0; // bytes the server sent on the TLS layer (handshake and after)
};

// What a report tells apart of why a piece of work stopped: the error kinds of base/error.h
// grouped under the words the JSON writes as outcome.error_kind and the CLI's exit codes follow.
enum class OutcomeClass { None, Usage, Connect, Timeout, Protocol, Tls, Cancelled };

// The one mapping from an error kind to its class: Resolve, Refused, Unreachable -> Connect;
// Closed, Io, Protocol, Busy, StarttlsUnavailable -> Protocol; Tls; Timeout; Cancelled; Usage
// and the file and key kinds (our own input could not be used) -> Usage.
OutcomeClass outcomeClass(ErrorKind kind);
// The class as the JSON writes it: "", "usage", "connect", "timeout", "protocol", "tls", "cancelled".
QString outcomeWord(ErrorKind kind);
// The kind to report for a step whose failures the report files under `cls`: the error's own
// kind when it belongs there, else `fallback` (a socket error while connecting is "connect").
ErrorKind kindInClass(OutcomeClass cls, ErrorKind kind, ErrorKind fallback);
// Reading a report back: the kind that stands for a word (Unreachable for "connect", Protocol
// for "protocol", None for ""); false for a word reports never hold (then Protocol).
bool outcomeKindFromWord(const QString &word, ErrorKind *kind);

// A step the server refused with a reply: the facts (step, reply) from the engine, the
// reading of them (cause, hint) from diagnose/refusal_hint.h.
struct Refusal {
    QString step;    // "greeting", "ehlo", "starttls"
    QString reply;   // the reply's first line as received, e.g. "454 4.7.0 TLS not available"
    QString cause;   // RefusalHint::cause
    QString hint;    // RefusalHint::text
    Phrase hintPhrase;   // RefusalHint::textPhrase: the hint in the admin's language (not in JSON)
    bool isEmpty() const { return reply.isEmpty(); }
};

struct SessionOutcome {
    bool connected = false;      // TCP connection made
    bool completed = false;      // the planned conversation ran to QUIT
    ErrorKind errorKind = ErrorKind::None;   // why it stopped; None when nothing failed
    QString error;               // one line for the user
    Phrase errorPhrase;          // `error` as written, for the faces (not in JSON; see shownPhrase)
    Refusal refusal;             // the server refused a step with a reply (the session may go on in cleartext)
    OutcomeClass errorClass() const { return outcomeClass(errorKind); }
};

// The certificate type a served chain stands for, as ScanResult::certificateTypes names it: the
// leaf's key type, "ECDSA" for an EC key and "RSA" for an RSA-PSS one; empty without a leaf.
QString certificateTypeOf(const CertificateChain &chain);

// One protocol-hygiene check of a scan (issue 18): what the server did, as a tri-state plus
// "not applicable", and the evidence it rests on. A probe the server cut off or that timed out is
// Untested, never Yes or No.
enum class CheckState { Untested, Yes, No, NotApplicable };
// As the JSON writes it: "untested", "yes", "no", "not_applicable".
QString checkStateWord(CheckState state);
bool parseCheckState(const QString &word, CheckState *state);

struct HygieneCheck {
    CheckState state = CheckState::Untested;
    QString evidence;    // what was seen: "renegotiation_info (0xff01) in the TLSv1.2 ServerHello", an alert, a close
};

// The scan's protocol-hygiene probes, run beside the matrix (scan/hygiene_probes.h). Each check
// says what the server does; whether that is good is diagnose's business.
struct HygieneResult {
    bool present = false;
    QString version;                    // the highest TLS <= 1.2 version the server accepted; empty: none
    int connections = 0;                // connections these probes used (also in ScanResult::connections)
    HygieneCheck secureRenegotiation;   // Yes: renegotiation_info (RFC 5746) in the ServerHello
    HygieneCheck clientRenegotiation;   // Yes: the server accepted a client-initiated renegotiation
    int renegotiationsTried = 0;        // asked for in a row on one connection
    int renegotiationsAccepted = 0;     // of those, completed
    HygieneCheck fallbackScsv;          // Yes: a lower-version hello with TLS_FALLBACK_SCSV got inappropriate_fallback
    HygieneCheck downgradeSentinel;     // Yes: a TLS 1.3 server marked its TLS <= 1.2 ServerHello.random (RFC 8446 4.1.3)
    HygieneCheck extendedMasterSecret;  // Yes: extended_master_secret (RFC 7627) in the ServerHello
    HygieneCheck encryptThenMac;        // Yes: encrypt_then_mac (RFC 7366) with a CBC suite; NotApplicable without one
    // Resumption, OCSP stapling and 0-RTT (scan/resumption_probes.h):
    HygieneCheck sessionIdResumption;   // Yes: a TLS <= 1.2 session resumed by its session id (abbreviated handshake)
    HygieneCheck ticketResumption;      // Yes: a TLS <= 1.2 session ticket (RFC 5077) resumed
    qint64 ticketLifetime = -1;         // its lifetime hint, seconds (0: unspecified); -1: no ticket
    HygieneCheck tls13Resumption;       // Yes: a TLS 1.3 NewSessionTicket (PSK) resumed
    qint64 tls13TicketLifetime = -1;    // ticket_lifetime, seconds; -1: no ticket
    qint64 tls13MaxEarlyData = -1;      // the ticket's max_early_data_size; -1: no ticket
    HygieneCheck ocspStapling;          // Yes: the status_request was answered with a staple
    QString ocspStatus;                 // the staple's answer for the leaf: "good", "revoked", "unknown"; empty: none read
    QDateTime ocspThisUpdate;           // UTC; invalid when absent
    QDateTime ocspNextUpdate;           // UTC; invalid when the response has none
    qint64 ocspAgeSeconds = -1;         // thisUpdate to the scan; -1: unknown
    bool mustStaple = false;            // the leaf carries the TLS feature status_request (RFC 7633)
    HygieneCheck earlyData;             // Yes: 0-RTT data accepted on a resumed TLS 1.3 connection
    // Known attacks (scan/attack_probes.h); Yes: the server is vulnerable (it does the thing named):
    int attackConnections = 0;          // connections those probes used (also in ScanResult::connections)
    HygieneCheck heartbleedLeak;        // Yes: a heartbeat response longer than the request carried (CVE-2014-0160)
    HygieneCheck ccsInjectionAccepted;  // Yes: a ChangeCipherSpec before the key exchange switched keys on (CVE-2014-0224)
    HygieneCheck robotOracle;           // Yes: malformed RSA premasters answered differently from a well-formed one (ROBOT)
    HygieneCheck ticketbleedLeak;       // Yes: a 1-byte session id came back longer, with bytes not ours (CVE-2016-9244)
};

// STARTTLS's own weaknesses (issue 14, scan/starttls_probes.h), for STARTTLS dialects only: what
// the server allows before TLS and whether cleartext sent with STARTTLS is executed inside TLS.
// Facts only; whether "yes" is bad depends on the role (diagnose/scan_rules).
struct StartTlsChecks {
    bool present = false;
    QString role;                   // "submission", "mx", "lmtp", "unknown": set, or from the port (587, 25)
    int connections = 0;            // connections these probes used (also in ScanResult::connections)
    HygieneCheck mailBeforeTls;     // Yes: MAIL FROM:<> was accepted before STARTTLS (RSET sent, nothing delivered)
    HygieneCheck authBeforeTls;     // Yes: the cleartext EHLO advertised AUTH (evidence: how AUTH LOGIN/PLAIN was answered, cancelled)
    HygieneCheck commandInjection;  // Yes: a command sent in the same write as STARTTLS was answered inside TLS
    int bytesAfter220 = 0;          // cleartext the server sent after its 220 in the injection probe
    QString dialect;                // the dialect spoken (not in the JSON: read back from target.dialect)
};

// The scan section of a report (docs/CONTRACTS.md, the report's "scan" key); present only when a scan ran.
struct ScanResult {
    bool present = false;
    QMap<QString, bool> protocols;               // "SSLv2" … "TLSv1.3" -> accepted; absent: not tested
    QMap<QString, QList<SuiteInfo>> ciphers;     // per accepted version; server order when it enforces one
    QMap<QString, bool> serverPreference;        // per accepted version
    QStringList groups;                          // accepted named groups, e.g. "x25519", "ffdhe2048"
    int dhBits = 0;                              // smallest DHE prime seen, 0 when no DHE suite
    QStringList certificateTypes;                // "RSA", "ECDSA", ... every type the server can serve
    QList<CertificateChain> servedChains;        // one chain per certificate type, same order
    int connections = 0;
    int handshakes = 0;
    int retries = 0;                             // connections repeated after rate limiting
    int tlsAnswers = -1;                         // probes the server answered in TLS (a hello or an alert); -1: not counted (older reports)
    // Cleartext after the 220 to STARTTLS (the session's smtp.bytes_after_starttls, per connection):
    int bytesAfterStarttlsConnections = 0;       // connections that showed it
    int bytesAfterStarttls = 0;                  // bytes, over those connections
    int bytesAfterStarttlsLargest = 0;           // the most on one connection
    // TLS offers the server answered with a ServerHello and then broke (closed, stalled, or sent
    // what our client refused as broken TLS) without an alert of its own:
    int brokenAfterHello = 0;
    QString brokenAfterHelloFirst;               // the first, e.g. "ServerHello received (TLSv1.2, …), then the server closed the connection"
    // DHE suites the server fails on (kex.dhe_fails): per version, the DHE suites whose hello,
    // offered on their own, broke (closed, or an alert other than a refusal) while the version's
    // other suites work; typically a server without DH parameters (Dovecot without ssl_dh).
    QMap<QString, QList<quint16>> dheFailing;
    QString dheFailingEvidence;                  // not in the JSON (the finding carries it)
    // Not in the JSON (the smtp.rate_limited finding carries them): what the scan saw of limits.
    HygieneResult hygiene;                       // "hygiene": renegotiation, downgrade protection, EMS, ETM
    StartTlsChecks starttls;                     // "starttls": MAIL/AUTH before TLS, STARTTLS command injection
    bool rateLimited = false;                    // the server turned connections away as busy (421, close, refused connect)
    QString busyReason;                          // the first such answer, e.g. "421 too many connections"
    int noGreetingRetries = 0;                   // connections repeated because no greeting came in time (no answer at all)
    QString noGreetingReason;                    // the first, e.g. "no greeting within 10 s"
};

// The type a scan names a served chain by (ScanResult::certificateTypes): its first
// certificate's key type, with "EC" as "ECDSA" and "RSA-PSS" as "RSA"; empty for no chain.
QString certificateTypeOf(const CertificateChain &chain);

struct Report {
    QString schema = QString::fromLatin1(kReportSchema);
    QString toolName = QStringLiteral("mailtls");
    QString toolVersion;
    QString kind = QStringLiteral("session");
    Target target;
    QDateTime startedAt;         // UTC
    qint64 durationMs = 0;
    QList<TranscriptLine> transcript;
    SmtpFacts smtp;
    QList<HandshakeMessage> handshake;
    TlsFacts tls;
    CertificateChain certificates;   // as served, position 0 first
    SessionOutcome outcome;
    ScanResult scan;
    Findings findings;
};

} // namespace mailtls::core

// Declared here, with the types, so every queued connection in any layer sees one declaration.
Q_DECLARE_METATYPE(mailtls::core::TranscriptLine)
Q_DECLARE_METATYPE(mailtls::core::HandshakeMessage)
Q_DECLARE_METATYPE(mailtls::core::Report)
