#include "common_options.h"
#include "cli_tr.h"

#include <QFile>
#include <QHash>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/limits.h"
#include "base/save_file.h"
#include "console.h"
#include "report/json_report.h"
#include "model/session_options.h"
#include "model/targets.h"
#include "report/html_report.h"
#include "pdf/pdf_report.h"

namespace mailtls::cli {

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, Cli::tr("Show this help and exit."));
}

QCommandLineOption noColorOption()
{
    return QCommandLineOption(QStringLiteral("no-color"), Cli::tr("No colours, even on a terminal."));
}

QCommandLineOption failOnOption()
{
    return QCommandLineOption(QStringLiteral("fail-on"),
                              Cli::tr("Exit 1 when a finding is at least this severe: info, low, medium, high, critical."),
                              QStringLiteral("SEVERITY"));
}

QCommandLineOption starttlsOption(const QString &lead)
{
    return QCommandLineOption(QStringLiteral("starttls"),
                              Cli::tr("%1: smtp, lmtp, imap, pop3, sieve, none, or auto (the port, else the "
                                             "greeting; default: follows the port).")
                                  .arg(lead.isEmpty() ? Cli::tr("Mail protocol before TLS") : lead),
                              QStringLiteral("smtp|lmtp|imap|pop3|sieve|none|auto"));
}

QCommandLineOption implicitTlsOption()
{
    return QCommandLineOption(QStringLiteral("implicit-tls"), Cli::tr("Start TLS with the first byte (SMTPS, as on port 465)."));
}

QCommandLineOption sniOption()
{
    return QCommandLineOption(QStringLiteral("sni"),
                              Cli::tr("Server name sent in the TLS handshake (default: HOST when it is a name)."),
                              QStringLiteral("NAME"));
}

QCommandLineOption noSniOption()
{
    return QCommandLineOption(QStringLiteral("no-sni"), Cli::tr("Send no server name indication."));
}

QCommandLineOption ehloOption()
{
    return QCommandLineOption(QStringLiteral("ehlo"), Cli::tr("Name sent in EHLO/LHLO (default: this machine's fully qualified name, "
                                                                  "from its host name, /etc/hosts or /etc/resolv.conf)."),
                              QStringLiteral("NAME"));
}

QCommandLineOption timeoutOption(int defaultSeconds)
{
    return QCommandLineOption(QStringLiteral("timeout"),
                              Cli::tr("Deadline for each connect, read and write step (default: %1).").arg(defaultSeconds),
                              QStringLiteral("SECONDS"));
}

QCommandLineOption jsonOption(const QString &what)
{
    return QCommandLineOption(QStringLiteral("json"),
                              Cli::tr("Write %1 to FILE; '-' writes it to stdout instead of the text.")
                                  .arg(what.isEmpty() ? Cli::tr("the JSON report") : what),
                              QStringLiteral("FILE|-"));
}

// QCommandLineParser's own texts (Qt 6 qcommandlineparser.cpp), translated in our .ts files
// under Qt's context: Qt looks them up through every installed translator, ours included, so
// the help's section headings and the parse errors follow MAILTLS_LANGUAGE like the rest.
[[maybe_unused]] const char *const kQtParserTexts[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Options:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Arguments:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown option '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown options: %1."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Missing value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected value after '%1'."),
};

namespace {

bool wideChar(QChar c)
{
    return displayColumns(QString(c)) == 2;
}

// Full-width punctuation that closes (may not start a line) or opens (may not end one).
bool closingMark(QChar c)
{
    return QStringLiteral("\uFF0C\u3002\u3001\uFF1B\uFF1A\uFF09\u300D\u300F\u201D\uFF01\uFF1F").contains(c);
}

bool openingMark(QChar c)
{
    return QStringLiteral("\uFF08\u300C\u300E\u201C").contains(c);
}

// `text` wrapped to `width` terminal columns: at spaces, and between two ideographs.
QStringList wrapColumns(const QString &text, int width)
{
    struct Piece {
        QString text;
        bool spaceBefore;
    };
    QList<Piece> pieces;
    bool space = false;
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            space = true;
            ++i;
            continue;
        }
        QString piece;
        if (wideChar(c)) {
            piece = c;
            ++i;
        } else {
            while (i < text.size() && !text.at(i).isSpace() && !wideChar(text.at(i)))
                piece += text.at(i++);
        }
        if (!pieces.isEmpty() && !space && (closingMark(piece.front()) || openingMark(pieces.last().text.back())))
            pieces.last().text += piece;
        else
            pieces.append({piece, space});
        space = false;
    }
    QStringList lines;
    QString line;
    int column = 0;
    for (const Piece &p : pieces) {
        const int w = displayColumns(p.text);
        const int gap = line.isEmpty() || !p.spaceBefore ? 0 : 1;
        if (!line.isEmpty() && column + gap + w > width) {
            lines << line;
            line = p.text;
            column = w;
            continue;
        }
        if (gap)
            line += QLatin1Char(' ');
        line += p.text;
        column += gap + w;
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

// QCommandLineParser wraps option descriptions by characters and breaks only at spaces, so a
// Chinese description comes out as lines far wider than the terminal. When the help has wide
// characters, each description is joined again and wrapped by terminal columns; an English
// help is returned as Qt made it.
QString rewrapWideDescriptions(const QString &help)
{
    if (displayColumns(help) == help.size())
        return help;
    const QStringList lines = help.split(QLatin1Char('\n'));
    auto indentOf = [](const QString &l) {
        qsizetype n = 0;
        while (n < l.size() && l.at(n) == QLatin1Char(' '))
            ++n;
        return n;
    };
    // The description column: where Qt's continuation lines start (the most common indentation).
    QHash<qsizetype, int> counts;
    for (const QString &l : lines) {
        const qsizetype n = indentOf(l);
        if (n >= 8 && n < l.size())
            ++counts[n];
    }
    qsizetype column = 0;
    int best = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > best || (it.value() == best && it.key() < column))
            best = it.value(), column = it.key();
    if (column == 0 || column > 60)
        return help;
    const int width = int(79 - column);
    auto joinParts = [](const QString &a, const QString &b) {
        if (a.isEmpty())
            return b;
        const QChar last = a.back();
        const QChar first = b.front();
        const bool tight = (wideChar(last) && wideChar(first)) || closingMark(first) || openingMark(last) || closingMark(last)
            || openingMark(first);
        return tight ? a + b : a + QLatin1Char(' ') + b;
    };
    QStringList out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &l = lines.at(i);
        const bool entry = l.startsWith(QLatin1String("  ")) && indentOf(l) == 2 && l.size() > column
            && l.at(column - 1) == QLatin1Char(' ') && !l.at(column).isSpace();
        if (!entry) {
            out << l;
            continue;
        }
        QString description = l.mid(column);
        while (i + 1 < lines.size() && indentOf(lines.at(i + 1)) == column && lines.at(i + 1).size() > column)
            description = joinParts(description, lines.at(++i).mid(column));
        const QStringList wrapped = wrapColumns(description, width);
        out << l.left(column) + wrapped.value(0);
        for (qsizetype w = 1; w < wrapped.size(); ++w)
            out << QString(column, QLatin1Char(' ')) + wrapped.at(w);
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

QString subcommandHelp(const QCommandLineParser &parser, const QString &usage, const char *epilogue)
{
    const QString text = rewrapWideDescriptions(parser.helpText());
    return Cli::tr("Usage: %1").arg(usage) + QLatin1Char('\n') + text.mid(text.indexOf(QLatin1Char('\n')))   // the rest, from the line break on
        + Cli::tr(epilogue);
}

bool parseCommandLine(QCommandLineParser &parser, const QStringList &args, const QString &name, QString *error)
{
    QStringList argv = args;
    if (argv.isEmpty())
        argv << name;
    if (parser.parse(argv))
        return true;
    *error = parser.errorText();
    if (error->endsWith(QLatin1Char('.')))
        error->chop(1);
    return false;
}

bool readTimeout(const QCommandLineParser &parser, const QCommandLineOption &option, int *timeoutMs, QString *error)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const double seconds = parser.value(option).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 3600) {
        *error = Cli::tr("--%1 must be a number of seconds between 0 and 3600, not '%2'")
                     .arg(option.names().constLast(), parser.value(option));
        return false;
    }
    *timeoutMs = qMax(1, int(seconds * 1000.0 + 0.5));
    return true;
}

bool readInt(const QCommandLineParser &parser, const QCommandLineOption &option, int min, int max, int *out, QString *error)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < min || value > max) {
        *error = Cli::tr("--%1 must be a whole number from %2 to %3, not '%4'")
                     .arg(option.names().last()).arg(min).arg(max).arg(parser.value(option));
        return false;
    }
    *out = value;
    return true;
}

bool checkSingleName(const QString &value, const QString &option, QString *error)
{
    if (value.isEmpty() || value.contains(QLatin1Char(' ')) || value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\n'))) {
        *error = Cli::tr("--%1 needs one name without spaces or line breaks").arg(option);
        return false;
    }
    return true;
}

bool readDialect(const QCommandLineParser &parser, const QCommandLineOption &starttls, const QCommandLineOption *implicitTls,
                 quint16 port, QString *dialect, bool *implicit, QString *error)
{
    *dialect = core::defaultDialectForPort(port);
    *implicit = core::defaultImplicitTlsForPort(port);
    if (parser.isSet(starttls)) {
        const QString named = parser.value(starttls).trimmed().toLower();
        static const QStringList known = {QStringLiteral("smtp"), QStringLiteral("lmtp"), QStringLiteral("imap"),
                                          QStringLiteral("pop3"), QStringLiteral("sieve"), QStringLiteral("none"),
                                          QStringLiteral("auto")};
        if (!known.contains(named)) {
            *error = Cli::tr("--starttls must be smtp, lmtp, imap, pop3, sieve, none or auto, not '%1'")
                         .arg(parser.value(starttls));
            return false;
        }
        if (named == QLatin1String("auto")) {
            // The port when it names a dialect (993: IMAP inside TLS), else the greeting decides.
            if (!core::portNamesDialect(port))
                *dialect = named, *implicit = false;
        } else {
            *dialect = named;
            *implicit = named == QLatin1String("none");
        }
    }
    if (implicitTls && parser.isSet(*implicitTls))
        *implicit = true;
    return true;
}

bool readSni(const QCommandLineParser &parser, const QCommandLineOption &sni, const QCommandLineOption &noSni,
             const QString &host, QString *out, QString *error)
{
    if (parser.isSet(sni) && parser.isSet(noSni)) {
        *error = Cli::tr("--sni and --no-sni contradict each other");
        return false;
    }
    out->clear();
    if (parser.isSet(sni)) {
        *out = parser.value(sni).trimmed();
        return checkSingleName(*out, QStringLiteral("sni"), error);
    }
    if (!parser.isSet(noSni))
        *out = core::defaultSniFor(host);
    return true;
}

bool writableJsonPath(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = Cli::tr("--json %1: is a directory").arg(path);
        return false;
    }
    const QFileInfo dir(info.absolutePath());
    if (!dir.exists() || !dir.isDir()) {
        *error = Cli::tr("--json %1: directory %2 does not exist").arg(path, info.absolutePath());
        return false;
    }
    if (!dir.isWritable()) {
        *error = Cli::tr("--json %1: directory %2 is not writable").arg(path, info.absolutePath());
        return false;
    }
    if (info.exists() && !info.isWritable()) {
        *error = Cli::tr("--json %1: file is not writable").arg(path);
        return false;
    }
    return true;
}

bool readOutputOptions(const QCommandLineParser &parser, const OutputOptions &options, CliSettings *settings,
                       QString *error)
{
    if (options.json && parser.isSet(*options.json)) {
        settings->jsonPath = parser.value(*options.json);
        if (settings->jsonPath.isEmpty()) {
            *error = Cli::tr("--json needs a file name or '-'");
            return false;
        }
        if (settings->jsonPath != QLatin1String("-") && !writableJsonPath(settings->jsonPath, error))
            return false;
    }
    if (options.html && parser.isSet(*options.html)) {
        settings->htmlPath = parser.value(*options.html);
        core::Error why;
        if (!core::checkHtmlOutputPath(settings->htmlPath, &why)) {
            *error = settings->htmlPath.isEmpty() ? Cli::tr("--html needs a file name")
                                                  : Cli::tr("--html %1: %2").arg(settings->htmlPath, core::shownMessage(why));
            return false;
        }
    }
    if (options.pdf && parser.isSet(*options.pdf)) {
        settings->pdfPath = parser.value(*options.pdf);
        core::Error why;
        if (!core::checkHtmlOutputPath(settings->pdfPath, &why)) {
            *error = settings->pdfPath.isEmpty() ? Cli::tr("--pdf needs a file name")
                                                 : Cli::tr("--pdf %1: %2").arg(settings->pdfPath, core::shownMessage(why));
            return false;
        }
    }
    if (options.failOn && parser.isSet(*options.failOn)) {
        if (!core::parseSeverity(parser.value(*options.failOn), &settings->failOn)) {
            *error = Cli::tr("--fail-on must be info, low, medium, high or critical, not '%1'")
                         .arg(parser.value(*options.failOn));
            return false;
        }
        settings->failOnSet = true;
    }
    if (options.noColor)
        settings->noColor = parser.isSet(*options.noColor);
    if (options.quiet)
        settings->quiet = parser.isSet(*options.quiet);
    return true;
}

bool writeOutputFile(const QString &path, const QByteArray &bytes, QString *error)
{
    core::Error why;
    if (core::saveFileAtomically(path, bytes, &why))
        return true;
    *error = core::shownMessage(why);
    return false;
}

bool readableFile(const QString &path, const QString &label, QString *error, FileKind kind)
{
    struct stat st {};
    const QByteArray native = QFile::encodeName(path);
    if (::stat(native.constData(), &st) != 0) {
        *error = errno == ENOENT ? Cli::tr("%1%2: no such file").arg(label, path)
                                 : Cli::tr("%1%2: cannot read (%3)").arg(label, path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    if (S_ISDIR(st.st_mode)) {
        *error = Cli::tr("%1%2: is a directory").arg(label, path);
        return false;
    }
    const bool stream = S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode) || S_ISCHR(st.st_mode);
    if (stream && kind == FileKind::Regular) {
        *error = Cli::tr("%1%2: is not a regular file (a pipe, socket or device); save it to a file first")
                     .arg(label, path);
        return false;
    }
    if (!S_ISREG(st.st_mode) && !stream) {
        *error = Cli::tr("%1%2: is not a regular file").arg(label, path);
        return false;
    }
    // A pipe is not opened here: a reader that comes and goes would make its writer fail.
    if (stream) {
        if (::access(native.constData(), R_OK) != 0) {
            *error = Cli::tr("%1%2: cannot read (%3)").arg(label, path, QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        return true;
    }
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        *error = Cli::tr("%1%2: cannot read (%3)").arg(label, path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    ::close(fd);
    return true;
}

bool failsOn(const core::Findings &findings, const CliSettings &settings)
{
    if (!settings.failOnSet)
        return false;
    for (const core::Finding &f : findings) {
        if (f.severity >= settings.failOn)
            return true;
    }
    return false;
}

bool writeReportOutputs(const QString &command, const core::Report &report, const CliSettings &settings)
{
    bool written = true;
    if (settings.jsonPath == QLatin1String("-")) {
        writeOut(QString::fromUtf8(core::reportToJsonBytes(report)));
    } else if (!settings.jsonPath.isEmpty()) {
        QString why;
        if (!writeOutputFile(settings.jsonPath, core::reportToJsonBytes(report), &why)) {
            printError(command, Cli::tr("cannot write --json %1: %2").arg(settings.jsonPath, why));
            written = false;
        }
    }
    if (!settings.htmlPath.isEmpty()) {
        core::Report named = report;
        if (named.toolVersion.isEmpty())
            named.toolVersion = QStringLiteral(MAILTLS_VERSION);
        core::Error why;
        if (!core::writeHtmlFile(settings.htmlPath, core::reportToHtml(named), &why)) {
            printError(command, Cli::tr("cannot write --html %1: %2").arg(settings.htmlPath, core::shownMessage(why)));
            written = false;
        }
    }
    if (!settings.pdfPath.isEmpty()) {
        core::Report named = report;
        if (named.toolVersion.isEmpty())
            named.toolVersion = QStringLiteral(MAILTLS_VERSION);
        QByteArray bytes;
        core::Error why;
        if (!pdf::reportToPdf(named, core::HtmlReportOptions(), &bytes, &why) || !pdf::writePdfFile(settings.pdfPath, bytes, &why)) {
            printError(command, Cli::tr("cannot write --pdf %1: %2").arg(settings.pdfPath, core::shownMessage(why)));
            written = false;
        }
    }
    return written;
}

QCommandLineOption pdfOption(const QString &what)
{
    return QCommandLineOption{QStringLiteral("pdf"),
                              Cli::tr("Write %1 as a PDF file (A4: the verdict, the findings with their fixes, "
                                             "the chain, the matrix), to forward to a partner's admin.")
                                  .arg(what.isEmpty() ? Cli::tr("the report") : what),
                              QStringLiteral("FILE")};
}

bool argumentsAskForPdf(const QStringList &args)
{
    for (const QString &a : args) {
        if (a == QLatin1String("--"))
            return false;
        if (a == QLatin1String("--pdf") || a.startsWith(QLatin1String("--pdf=")))
            return true;
    }
    return false;
}

bool readPassphraseFile(const QString &path, QByteArray *passphrase, QString *error)
{
    if (!readableFile(path, Cli::tr("passphrase file "), error, FileKind::Stream))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Cli::tr("cannot read passphrase file %1: %2").arg(path, file.errorString());
        return false;
    }
    QByteArray line = file.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty()) {
        *error = Cli::tr("passphrase file %1 is empty (the first line is the passphrase)").arg(path);
        return false;
    }
    *passphrase = line;
    return true;
}

QCommandLineOption proxyOption()
{
    return QCommandLineOption(QStringLiteral("proxy"),
                              Cli::tr("Connect through a proxy: socks5://[USER@]HOST:PORT (socks5h:// the same; the proxy "
                                             "resolves host names) or http://[USER@]HOST:PORT (HTTP CONNECT). No password in the URL."),
                              QStringLiteral("URL"));
}

QCommandLineOption proxyPassFileOption()
{
    return QCommandLineOption(QStringLiteral("proxy-pass-file"),
                              Cli::tr("The proxy user's password: the first line of FILE (default: the environment "
                                             "variable MAILTLS_PROXY_PASSWORD)."),
                              QStringLiteral("FILE"));
}

QCommandLineOption proxyConnectionsOption()
{
    return QCommandLineOption(QStringLiteral("proxy-connections"),
                              Cli::tr("At most N connections through the proxy at once, for the whole run: every scan lane, "
                                             "session and fleet target shares them (default: %1; 1 to %2). A proxy that turns a "
                                             "connection away at its own limit is waited for and retried.")
                                  .arg(core::limits::kProxyConnectionsDefault)
                                  .arg(core::limits::kProxyConnectionsMax),
                              QStringLiteral("N"));
}

bool readProxyOptions(const QCommandLineParser &parser, const QCommandLineOption &proxy,
                      const QCommandLineOption &passFile, core::ProxySettings *out, QString *error)
{
    const QString connectionsName = QStringLiteral("proxy-connections");
    const bool connectionsSet = parser.optionNames().contains(connectionsName);
    if (!parser.isSet(proxy)) {
        if (parser.isSet(passFile)) {
            *error = Cli::tr("--proxy-pass-file needs --proxy");
            return false;
        }
        if (connectionsSet) {
            *error = Cli::tr("--proxy-connections needs --proxy");
            return false;
        }
        return true;
    }
    int maxConnections = 0;
    if (connectionsSet) {
        bool ok = false;
        maxConnections = parser.value(connectionsName).toInt(&ok);
        if (!ok || maxConnections < 1 || maxConnections > core::limits::kProxyConnectionsMax) {
            *error = Cli::tr("--proxy-connections: a number from 1 to %1, not \"%2\"")
                         .arg(core::limits::kProxyConnectionsMax)
                         .arg(parser.value(connectionsName).left(core::limits::kQuotedChars));
            return false;
        }
    }
    core::ProxySettings settings;
    QString why;
    core::Phrase whyPhrase;
    if (!core::parseProxyUrl(parser.value(proxy), &settings, &why, &whyPhrase)) {
        *error = Cli::tr("--proxy: %1").arg(core::shownPhrase(whyPhrase, why));
        return false;
    }
    if (!settings.isSet()) {
        *error = Cli::tr("--proxy: empty URL");
        return false;
    }
    if (parser.isSet(passFile)) {
        if (settings.user.isEmpty()) {
            *error = Cli::tr("--proxy-pass-file needs a user in the --proxy URL (socks5://USER@HOST:PORT)");
            return false;
        }
        QByteArray password;
        if (!readPassphraseFile(parser.value(passFile), &password, error))
            return false;
        settings.password = QString::fromUtf8(password);
    } else if (!settings.user.isEmpty()) {
        settings.password = qEnvironmentVariable("MAILTLS_PROXY_PASSWORD");
    }
    settings.maxConnections = maxConnections;
    *out = settings;
    return true;
}

} // namespace mailtls::cli
