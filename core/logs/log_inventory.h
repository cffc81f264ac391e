#pragma once

// The TLS story of every partner, read from a mail server's own logs: which formats the files
// hold, who talked to us (and we to whom) with which TLS version and cipher, verified or not,
// who stayed in cleartext or fell back to it after a failed handshake, and which TLS failures
// happened, grouped by cause. Facts only: which finding a cause points to, and what a server
// change would break, are judged in diagnose/log_verdicts.
//
// Reading streams (LogLineReader): memory grows with the number of partners, not with the
// size of the logs. Files are read one after another in the order of their first timestamps
// (rotations: mainlog.2.gz, mainlog.1, mainlog).

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

#include "base/cancel_token.h"
#include "base/error.h"

namespace mailtls::core {

enum class LogFormat {
    Unknown,
    EximMainlog,        // Exim's own main log: "2026-12-06 02:46:09 1xa2GP-0005Po-10 <= ..."
    EximSyslog,         // Exim lines inside syslog: "Dec  6 02:46:09 mx exim[123]: ..."
    PostfixSyslog,      // Postfix in syslog, classic or RFC 3339 time stamps
    JournalShortIso,    // journalctl -o short-iso (Exim or Postfix lines)
    JournalJson,        // journalctl -o json: one JSON object per line, MESSAGE, SYSLOG_IDENTIFIER, ...
};
// "exim", "exim-syslog", "postfix", "journal-short-iso", "journal-json", "unknown" (JSON contract).
QString logFormatName(LogFormat format);

// Why a TLS handshake failed, as the log's text says it (both libraries' wordings). The ids are
// a contract (docs/CONTRACTS.md, mailtls.log/1 failures[].cause).
namespace log_cause {
inline constexpr const char *kNoSharedCipher = "no_shared_cipher";
inline constexpr const char *kDhTooSmall = "dh_too_small";
inline constexpr const char *kUnknownCa = "unknown_ca";
inline constexpr const char *kCertificateVerifyFailed = "certificate_verify_failed";
inline constexpr const char *kCertificateExpired = "certificate_expired";
inline constexpr const char *kWrongVersion = "wrong_version_number";
inline constexpr const char *kUnsupportedProtocol = "unsupported_protocol";
inline constexpr const char *kNoSignatureAlgorithm = "no_signature_algorithm";
inline constexpr const char *kHandshakeFailureAlert = "handshake_failure_alert";
inline constexpr const char *kTimeout = "timeout";
inline constexpr const char *kConnectionClosed = "connection_closed";
inline constexpr const char *kNotTls = "not_tls";
inline constexpr const char *kTlsNotOffered = "tls_not_offered";
inline constexpr const char *kTlsRequired = "tls_required";
inline constexpr const char *kOther = "other";
} // namespace log_cause

// The cause id of a TLS failure text ("SSL_accept error ...: no shared cipher", "(gnutls_handshake):
// No supported cipher suites have been found."); log_cause::kOther when none fits.
QString classifyTlsFailure(QStringView text);

struct LogFileSummary {
    QString path;
    LogFormat format = LogFormat::Unknown;
    QString compression;          // "", "gzip", "xz", "bzip2"
    qint64 bytes = 0;             // read from the file (compressed size)
    qint64 lines = 0;
    qint64 parsed = 0;            // lines of the detected format (also those about other things)
    qint64 unparsed = 0;          // lines the format's parser did not understand
    qint64 skipped = 0;           // understood, but outside --since/--until
    qint64 longLines = 0;         // cut at limits::kLogLineChars
    QList<QPair<qint64, QString>> unparsedExamples;   // first limits::kLogUnparsedExamples: line number, text
    Error error;                  // reading stopped early (everything before it is counted)
};

struct LogFailure {
    QString cause;                // log_cause id
    qint64 count = 0;
    QString example;              // the first line's text, bounded
    QString where;                // "FILE:LINE" of that example
    QDateTime first;
    QDateTime last;
};

// One version and cipher a partner used, and how often.
struct LogTlsUse {
    QString version;              // "TLSv1.2"
    QString cipher;               // IANA name when the catalog knows it, else as logged
    qint64 count = 0;
};

struct LogPartner {
    QString host;                 // name as logged ("mx.example.net", "unknown"), may be empty
    QString address;              // IP address, may be empty when only a name was logged
    bool outgoing = false;        // we delivered to it (we were the TLS client)
    qint64 connections = 0;
    qint64 messages = 0;          // arrivals from it (in) or deliveries to it (out)
    qint64 tlsMessages = 0;       // of those, over TLS
    qint64 cleartext = 0;         // messages without TLS
    qint64 fellBackToCleartext = 0; // cleartext messages that followed a TLS failure with it (within an hour)
    qint64 authenticatedMessages = 0; // inbound messages sent after SMTP AUTH: a user's client, not a mail server
    QMap<QString, qint64> tlsVersions;  // "TLSv1.3" -> count
    QMap<QString, qint64> ciphers;      // IANA name (or as logged) -> count
    QMap<QString, qint64> verified;     // "yes", "no", "dane" -> count
    QList<LogTlsUse> uses;              // (version, cipher) pairs seen, for "what breaks if"
    QStringList peerDns;                // distinct DN= / Postfix peer names, at most a few
    QStringList snis;                   // distinct SNI=, at most a few
    QList<LogFailure> failures;         // by cause, most frequent first
    QDateTime firstSeen;
    QDateTime lastSeen;
    qint64 failureCount() const;
    QString label() const;              // "mx.example.net [192.0.2.5]"
};

// Counts per hour for the plots.
struct LogHour {
    QDateTime start;                    // UTC, on the hour
    QMap<QString, qint64> tlsVersions;  // TLS messages by version
    QMap<QString, qint64> failures;     // by cause
    qint64 tlsMessages = 0;
    qint64 cleartextMessages = 0;
};

struct LogFilter {
    QDateTime since;                    // invalid: open
    QDateTime until;
    QString partner;                    // host name or address (a name matches itself and its subdomains); empty: all
    int direction = 0;                  // 0 both, 1 in, 2 out
    bool matchesPartner(const QString &host, const QString &address) const;
};

struct LogInventory {
    QList<LogFileSummary> files;
    qint64 messages = 0;                // distinct message ids (queue ids for Postfix)
    QList<LogPartner> partners;         // sorted: most failures, then most messages
    QList<LogHour> hours;               // in time order
    QDateTime first;
    QDateTime last;
    bool cancelled = false;
    qint64 totalLines() const;
    qint64 totalUnparsed() const;
};

// Reads log files into an inventory. Not thread-safe; one analyzer per run.
class LogAnalyzer
{
public:
    explicit LogAnalyzer(LogFilter filter = LogFilter());
    ~LogAnalyzer();
    LogAnalyzer(const LogAnalyzer &) = delete;
    LogAnalyzer &operator=(const LogAnalyzer &) = delete;

    // For classic syslog time stamps, which carry no year: the year of the file's modification
    // time, unless set here.
    void setYear(int year);
    // `progress(bytesDone, bytesTotal)` is called now and then (about every 4 MiB). "-" reads
    // standard input. Files that cannot be opened are listed with their error; the others
    // are read. Returns false only when cancelled.
    bool read(const QStringList &paths, const CancelToken &cancel = CancelToken(),
              const std::function<void(qint64, qint64)> &progress = {});
    // One line of a file in the given format, for tests; false when not understood.
    bool feed(LogFormat format, QStringView line);
    LogInventory inventory() const;

    struct State;
private:
    std::unique_ptr<State> d;
};

// The format of a file from its first lines (at most limits::kLogDetectLines of them).
LogFormat detectLogFormat(const QStringList &firstLines);

} // namespace mailtls::core
