#pragma once

// What several subcommands read from their command lines, read once: the parse itself, the
// dialect and SNI options, timeouts and counts, and the output options (--json, --html,
// --fail-on, --no-color, --quiet). Each subcommand still defines its own QCommandLineOptions,
// since their help texts differ; the checks and the error messages are these.

#include <QByteArray>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include "cli_settings.h"
#include "model/finding.h"
#include "model/proxy_settings.h"
#include "model/report.h"

namespace mailtls::cli {

// The options most subcommands declare with the same words.
QCommandLineOption helpOption();
QCommandLineOption noColorOption();
QCommandLineOption failOnOption();
// The target options of session, scan and compare.
QCommandLineOption starttlsOption(const QString &lead = QString());   // default: "Mail protocol before TLS", translated
QCommandLineOption implicitTlsOption();
QCommandLineOption sniOption();
QCommandLineOption noSniOption();
QCommandLineOption ehloOption();
QCommandLineOption timeoutOption(int defaultSeconds);
// --json FILE|-: `what` is what is written (default: "the JSON report"); pass it through Cli::tr.
QCommandLineOption jsonOption(const QString &what = QString());

// `parser`'s help, with Qt's first line (which names the binary) replaced by `usage`
// ("mailtls scan [options] HOST[:PORT]"), then `epilogue`, translated: mark it with
// QT_TRANSLATE_NOOP("mailtls", ...). Qt's own words in the help ("Options:", "Arguments:") and
// its parse errors come from our translations too (context "QCommandLineParser", listed in
// common_options.cpp), since Qt's own translations are not installed with mailtls.
QString subcommandHelp(const QCommandLineParser &parser, const QString &usage, const char *epilogue);

// Parses `args` (the subcommand's own argv; `name` stands in for an empty one). False with
// QCommandLineParser's error, without its trailing full stop.
bool parseCommandLine(QCommandLineParser &parser, const QStringList &args, const QString &name, QString *error);

// --timeout SECONDS (0 < s <= 3600, fractions allowed) into milliseconds; untouched when unset.
bool readTimeout(const QCommandLineParser &parser, const QCommandLineOption &option, int *timeoutMs, QString *error);
// A whole number from min to max; untouched when unset.
bool readInt(const QCommandLineParser &parser, const QCommandLineOption &option, int min, int max, int *out,
             QString *error);
// One name without spaces or line breaks (--ehlo, --sni, --servername).
bool checkSingleName(const QString &value, const QString &option, QString *error);

// --starttls smtp|lmtp|imap|pop3|sieve|none|auto and --implicit-tls over the port's defaults
// (model/session_options.h: 465 SMTP, 993 IMAP, 995 POP3 inside TLS; 24 LMTP, 143 IMAP, 110 POP3,
// 4190 ManageSieve, else SMTP with STARTTLS). Naming a dialect drops the port's implicit-TLS
// default; "auto" keeps the port's choice, and on a port that names none leaves "auto" for the
// session or scan to read from the greeting.
// `implicitTls` may be null for a subcommand without that option.
bool readDialect(const QCommandLineParser &parser, const QCommandLineOption &starttls,
                 const QCommandLineOption *implicitTls, quint16 port, QString *dialect, bool *implicit,
                 QString *error);
// --sni NAME / --no-sni: the name to send, or none; without either, HOST when it is a name.
bool readSni(const QCommandLineParser &parser, const QCommandLineOption &sni, const QCommandLineOption &noSni,
             const QString &host, QString *out, QString *error);

// The output options a subcommand has (null: it has not got that one).
struct OutputOptions {
    const QCommandLineOption *json = nullptr;
    const QCommandLineOption *html = nullptr;
    const QCommandLineOption *failOn = nullptr;
    const QCommandLineOption *noColor = nullptr;
    const QCommandLineOption *quiet = nullptr;
    const QCommandLineOption *pdf = nullptr;   // last: older brace lists name the five above
};
// Fills jsonPath, htmlPath, pdfPath, failOn/failOnSet, noColor, quiet. Paths are checked now, so a typo
// does not cost a whole scan.
bool readOutputOptions(const QCommandLineParser &parser, const OutputOptions &options, CliSettings *settings,
                       QString *error);
// Whether `path` (--json) can be written: false with the reason.
bool writableJsonPath(const QString &path, QString *error);

// Whether `path` can be read: a file (not a directory) that opens. The error starts with
// `label` ("--ca-file "; empty for a positional FILE): "LABELPATH: no such file".
// `kind`: Regular (certificates, keys, CA files, reports) refuses pipes, sockets and devices,
// which could block or never end; Stream also accepts them (logs, queue listings, message data,
// a passphrase from `<(pass show ...)`). The check itself never blocks.
enum class FileKind { Regular, Stream };
bool readableFile(const QString &path, const QString &label, QString *error, FileKind kind = FileKind::Regular);

// True when --fail-on is set and a finding is at least that severe.
bool failsOn(const core::Findings &findings, const CliSettings &settings);

// A report's --json (to stdout or a file), --html and --pdf, as session, scan and cert inspect
// write them; each failure is printed under `command` ("cannot write --json FILE: why"). The
// HTML and the PDF name the tool's version. False when a file could not be written.
bool writeReportOutputs(const QString &command, const core::Report &report, const CliSettings &settings);

// A passphrase file (--passphrase-file and kin): its first line, without the line end. The
// file may be a pipe (`<(pass show ...)`). False with the reason when it cannot be read or the
// line is empty.
bool readPassphraseFile(const QString &path, QByteArray *passphrase, QString *error);

// --proxy URL and --proxy-pass-file FILE, on every command that connects to a mail server.
QCommandLineOption proxyOption();
QCommandLineOption proxyPassFileOption();
// --proxy-connections N: at most N connections through the proxy at once, for the whole run
// (every scan lane and fleet target shares it; default limits::kProxyConnectionsDefault). A
// command that offers --proxy adds this too: readProxyOptions() reads it by name.
QCommandLineOption proxyConnectionsOption();
// The proxy the command's connections go through: --proxy URL (model/proxy_settings.h; a
// password in the URL is refused), its password from --proxy-pass-file (first line) or else,
// when the URL names a user, the environment variable MAILTLS_PROXY_PASSWORD. *out is left
// alone without --proxy. False with the usage error.
bool readProxyOptions(const QCommandLineParser &parser, const QCommandLineOption &proxy,
                      const QCommandLineOption &passFile, core::ProxySettings *out, QString *error);

// --pdf FILE: `what` is what is written (default: "the report"); pass it through Cli::tr.
QCommandLineOption pdfOption(const QString &what = QString());
// Whether argv asks for a PDF (--pdf, --pdf=FILE): main() then makes a QGuiApplication.
bool argumentsAskForPdf(const QStringList &args);

// Writes `bytes` to `path` atomically (QSaveFile): the old file stays whole when anything fails.
bool writeOutputFile(const QString &path, const QByteArray &bytes, QString *error);

} // namespace mailtls::cli
