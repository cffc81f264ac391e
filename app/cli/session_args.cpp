#include "session_args.h"

#include "x509/certificate_loader.h"
#include "base/limits.h"
#include "base/read_file.h"

#include "cli_tr.h"
#include "common_options.h"
#include "model/targets.h"
#include "report/html_report.h"
#include "catalog/versions.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QDir>
#include <QHostAddress>
#include <QRegularExpression>

#include <tuple>

namespace mailtls::cli {

namespace {

const char *const kDescription = QT_TRANSLATE_NOOP("mailtls",
    "Runs one real session against a mail server: connect, banner, EHLO, STARTTLS (or implicit\n"
    "TLS), the TLS handshake, the certificate chain, EHLO again and, when asked, AUTH / MAIL /\n"
    "RCPT / DATA, then QUIT. Prints the transcript, the negotiated TLS parameters, the handshake\n"
    "messages, the chain and the findings.");

const char *const kEpilogue = QT_TRANSLATE_NOOP("mailtls",
    "\n"
    "Ports and dialects:\n"
    "  Without --starttls the port decides: 465 is SMTP inside implicit TLS, 24 is LMTP with\n"
    "  STARTTLS, 143 IMAP and 110 POP3 with STARTTLS/STLS, 993 IMAP and 995 POP3 inside implicit\n"
    "  TLS, 4190 ManageSieve with STARTTLS, anything else (25, 587 submission) SMTP with STARTTLS.\n"
    "  --implicit-tls speaks the dialect inside TLS. --starttls imap|pop3|sieve names the dialect;\n"
    "  --starttls auto takes it from the port, or on other ports from the greeting (\"* OK\" IMAP,\n"
    "  \"+OK\" POP3, \"IMPLEMENTATION\" ManageSieve, 220 SMTP). --auth-user logs in after TLS in\n"
    "  every dialect (IMAP AUTHENTICATE PLAIN or LOGIN, POP3 AUTH PLAIN or USER/PASS, ManageSieve\n"
    "  AUTHENTICATE \"PLAIN\"); the password is redacted unless --show-secrets.\n"
    "  --starttls none skips the mail protocol: a bare TLS handshake, like openssl s_client\n"
    "  without -starttls.\n"
    "\n"
    "Exit codes:\n"
    "  0    the session ran (findings below --fail-on, if any)\n"
    "  1    a finding at or above --fail-on\n"
    "  2    usage error (bad option, unreadable file, unwritable --json, --html or --pdf path)\n"
    "  3    no answer to judge: unreachable, no reply in time (also during the TLS handshake),\n"
    "       or the mail protocol broke before TLS. A server that answers and refuses or breaks\n"
    "       the handshake has answered: that is a finding (0, or 1 with --fail-on)\n"
    "  130  interrupted (Ctrl-C)\n"
    "\n"
    "Examples:\n"
    "  mailtls session mx.example.org\n"
    "  mailtls session smtp.example.org:465 --json report.json\n"
    "  mailtls session mx.example.org --html mx-report.html\n"
    "  mailtls session mx.example.org --pdf mx-report.pdf    # to forward to the partner\n"
    "  mailtls session [2001:db8::25]:587 --auth-user alice --auth-pass-file ~/.pw\n"
    "  mailtls session 127.0.0.1:2525 --mail-from a@example.org --rcpt-to b@example.org\n"
    "  mailtls session mx.example.org --tls-max 1.2 --ciphers 'ECDHE-RSA-AES128-GCM-SHA256' --fail-on high\n");

struct Opt {
    QCommandLineOption help = helpOption();
    QCommandLineOption starttls = starttlsOption();
    QCommandLineOption implicitTls = implicitTlsOption();
    QCommandLineOption ehlo = ehloOption();
    QCommandLineOption sni = sniOption();
    QCommandLineOption noSni = noSniOption();
    QCommandLineOption servername{QStringLiteral("servername"),
                                  Cli::tr("Name the certificate must match, e.g. the MX name (default: HOST)."),
                                  QStringLiteral("NAME")};
    QCommandLineOption caFile{QStringLiteral("ca-file"),
                              Cli::tr("Trust these PEM certificates instead of the system store."),
                              QStringLiteral("FILE")};
    QCommandLineOption expectCert{QStringLiteral("expect-cert"),
                                  Cli::tr("The certificate the server should serve (PEM or DER, e.g. the file "
                                                 "the server is configured with); cert.differs_from_file when the "
                                                 "served one is another."),
                                  QStringLiteral("FILE")};
    QCommandLineOption clientCert{QStringLiteral("client-cert"),
                                  Cli::tr("Client certificate (PEM) to offer when the server asks."),
                                  QStringLiteral("FILE")};
    QCommandLineOption clientKey{QStringLiteral("client-key"),
                                 Cli::tr("Private key for --client-cert (default: the --client-cert file)."),
                                 QStringLiteral("FILE")};
    QCommandLineOption authUser{QStringLiteral("auth-user"),
                                Cli::tr("Authenticate after TLS as USER (needs --auth-pass-file)."),
                                QStringLiteral("USER")};
    QCommandLineOption authPassFile{QStringLiteral("auth-pass-file"),
                                    Cli::tr("Read the AUTH password from the first line of FILE."),
                                    QStringLiteral("FILE")};
    QCommandLineOption authMech{QStringLiteral("auth-mech"),
                                Cli::tr("AUTH mechanism: PLAIN or LOGIN (default: PLAIN if offered)."),
                                QStringLiteral("PLAIN|LOGIN")};
    QCommandLineOption mailFrom{QStringLiteral("mail-from"),
                                Cli::tr("Send MAIL FROM:<ADDR> (empty for the null sender)."),
                                QStringLiteral("ADDR")};
    QCommandLineOption rcptTo{QStringLiteral("rcpt-to"),
                              Cli::tr("Send RCPT TO:<ADDR>; repeat for several recipients."),
                              QStringLiteral("ADDR")};
    QCommandLineOption data{QStringLiteral("data"),
                            Cli::tr("Message to send after DATA ('-' reads stdin). With --rcpt-to and no "
                                           "--data a short test message is generated."),
                            QStringLiteral("FILE")};
    QCommandLineOption timeout = timeoutOption(15);
    QCommandLineOption proxy = proxyOption();
    QCommandLineOption proxyPassFile = proxyPassFileOption();
    QCommandLineOption proxyConnections = proxyConnectionsOption();
    QCommandLineOption tlsMin{QStringLiteral("tls-min"),
                              Cli::tr("Lowest TLS version to offer: 1.0, 1.1, 1.2 or 1.3 (also TLSv1.2, tls1_2)."),
                              QStringLiteral("V")};
    QCommandLineOption tlsMax{QStringLiteral("tls-max"), Cli::tr("Highest TLS version to offer."),
                              QStringLiteral("V")};
    QCommandLineOption ciphers{QStringLiteral("ciphers"),
                               Cli::tr("TLS 1.2 and older suites, OpenSSL syntax (default: ALL:!aNULL:!eNULL, every suite but anonymous and NULL)."),
                               QStringLiteral("LIST")};
    QCommandLineOption ciphersuites{QStringLiteral("ciphersuites"),
                                    Cli::tr("TLS 1.3 suites, e.g. TLS_AES_128_GCM_SHA256."),
                                    QStringLiteral("LIST")};
    QCommandLineOption groups{QStringLiteral("groups"),
                              Cli::tr("Key exchange groups to offer, e.g. X25519:P-256."),
                              QStringLiteral("LIST")};
    QCommandLineOption securityLevel{QStringLiteral("security-level"),
                                     Cli::tr("OpenSSL security level 0-5 of the client (default: 0, "
                                                    "talks to legacy servers)."),
                                     QStringLiteral("N")};
    QCommandLineOption showSecrets{QStringLiteral("show-secrets"),
                                   Cli::tr("Do not redact AUTH secrets in the transcript and report.")};
    QCommandLineOption json = jsonOption();
    QCommandLineOption html{QStringLiteral("html"),
                            Cli::tr("Also write a self-contained, printable HTML report to FILE (for a ticket)."),
                            QStringLiteral("FILE")};
    QCommandLineOption pdf = pdfOption();
    QCommandLineOption failOn = failOnOption();
    QCommandLineOption noColor = noColorOption();
    QCommandLineOption quiet{{QStringLiteral("q"), QStringLiteral("quiet")},
                             Cli::tr("Print only the one-line summary (errors still go to stderr).")};
    QCommandLineOption interactive{QStringLiteral("interactive"),
                                   Cli::tr("After STARTTLS and the handshake, send the lines you type to the server "
                                                  "as typed (console; /help inside).")};

    QList<QCommandLineOption> all() const
    {
        return {help, starttls, implicitTls, ehlo, sni, noSni, servername, caFile, expectCert, clientCert, clientKey,
                authUser, authPassFile, authMech, mailFrom, rcptTo, data, timeout, proxy, proxyPassFile, proxyConnections, tlsMin, tlsMax,
                ciphers, ciphersuites, groups, securityLevel, showSecrets, json, html, pdf, failOn, noColor, quiet,
                interactive};
    }
};

void setupParser(QCommandLineParser *parser, const Opt &opt)
{
    parser->setApplicationDescription(Cli::tr(kDescription));
    parser->setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser->addOptions(opt.all());
    parser->addPositionalArgument(QStringLiteral("HOST[:PORT]"),
                                  Cli::tr("Mail server; PORT defaults to 25. IPv6: [2001:db8::1]:587."));
}

// A value that goes onto the wire must not smuggle in extra protocol lines.
bool singleLine(const QString &value, const QString &option, QString *error)
{
    if (value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\n'))) {
        *error = Cli::tr("--%1 must not contain line breaks").arg(option);
        return false;
    }
    return true;
}

QString bareAddress(QString address)
{
    address = address.trimmed();
    if (address.startsWith(QLatin1Char('<')) && address.endsWith(QLatin1Char('>')))
        address = address.mid(1, address.size() - 2);
    return address;
}

} // namespace

QString hostPortText(const QString &host, quint16 port)
{
    if (host.contains(QLatin1Char(':')))
        return QStringLiteral("[%1]:%2").arg(host).arg(port);
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

bool parseHostPort(const QString &text, QString *host, quint16 *port, QString *error)
{
    // Shown on the terminal: the reason in the admin's language.
    core::Phrase why;
    if (core::parseHostPort(text, host, port, error, &why))
        return true;
    if (error)
        *error = core::shownPhrase(why, *error);
    return false;
}

QString normaliseTlsVersion(const QString &text)
{
    // One parser for the whole project (catalog/versions). SSL is not offered by this CLI.
    const QString name = mailtls::core::canonicalVersion(text);
    return name.startsWith(QLatin1String("SSL")) ? QString() : name;
}

QString sessionHelpText()
{
    QCommandLineParser parser;
    const Opt opt;
    setupParser(&parser, opt);
    return subcommandHelp(parser, QStringLiteral("mailtls session [options] HOST[:PORT]"), kEpilogue);
}

bool parseSessionArgs(const QStringList &args, core::SessionOptions *options, CliSettings *settings,
                      QString *error)
{
    QCommandLineParser parser;
    const Opt opt;
    setupParser(&parser, opt);
    if (!parseCommandLine(parser, args, QStringLiteral("session"), error))
        return false;
    if (parser.isSet(opt.help)) {
        settings->showHelp = true;
        settings->helpText = sessionHelpText();
        return true;
    }

    core::SessionOptions o;
    CliSettings s;

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        *error = Cli::tr("missing HOST[:PORT]");
        return false;
    }
    if (positional.size() > 1) {
        *error = Cli::tr("one target only, got '%1'").arg(positional.join(QLatin1String("' '")));
        return false;
    }
    o.port = 25;
    if (!parseHostPort(positional.first(), &o.host, &o.port, error))
        return false;

    if (!readDialect(parser, opt.starttls, &opt.implicitTls, o.port, &o.dialect, &o.implicitTls, error))
        return false;

    if (parser.isSet(opt.ehlo)) {
        o.ehloName = parser.value(opt.ehlo).trimmed();
        if (!singleLine(o.ehloName, QStringLiteral("ehlo"), error))
            return false;
        if (o.ehloName.isEmpty() || o.ehloName.contains(QLatin1Char(' '))) {
            *error = Cli::tr("--ehlo needs one name without spaces");
            return false;
        }
    }

    if (parser.isSet(opt.sni) && parser.isSet(opt.noSni)) {
        *error = Cli::tr("--sni and --no-sni contradict each other");
        return false;
    }
    if (parser.isSet(opt.sni)) {
        o.sni = parser.value(opt.sni).trimmed();
        if (o.sni.isEmpty()) {
            *error = Cli::tr("--sni needs a name (use --no-sni to send none)");
            return false;
        }
        if (!singleLine(o.sni, QStringLiteral("sni"), error))
            return false;
    }
    o.sendSni = !parser.isSet(opt.noSni);
    if (parser.isSet(opt.servername)) {
        o.servername = parser.value(opt.servername).trimmed();
        if (o.servername.isEmpty()) {
            *error = Cli::tr("--servername needs a name");
            return false;
        }
    }

    if (parser.isSet(opt.caFile)) {
        o.caFile = parser.value(opt.caFile);
        if (!readableFile(o.caFile, QStringLiteral("--ca-file "), error))
            return false;
    }
    if (parser.isSet(opt.expectCert)) {
        o.expectCertFile = parser.value(opt.expectCert);
        if (!readableFile(o.expectCertFile, QStringLiteral("--expect-cert "), error))
            return false;
        // Unreadable content is a usage error now, not a surprise after the session.
        const core::CertificateLoadResult expected = core::loadCertificateFiles({o.expectCertFile});
        if (!expected.ok()) {
            *error = Cli::tr("--expect-cert %1").arg(expected.shownErrors().first());
            return false;
        }
        if (expected.certificates.isEmpty()) {
            *error = Cli::tr("--expect-cert %1: holds no certificate").arg(o.expectCertFile);
            return false;
        }
    }
    if (parser.isSet(opt.clientKey) && !parser.isSet(opt.clientCert)) {
        *error = Cli::tr("--client-key needs --client-cert");
        return false;
    }
    if (parser.isSet(opt.clientCert)) {
        o.clientCertFile = parser.value(opt.clientCert);
        if (!readableFile(o.clientCertFile, QStringLiteral("--client-cert "), error))
            return false;
        o.clientKeyFile = parser.isSet(opt.clientKey) ? parser.value(opt.clientKey) : o.clientCertFile;
        if (!readableFile(o.clientKeyFile, QStringLiteral("--client-key "), error))
            return false;
    }

    if (parser.isSet(opt.authUser) != parser.isSet(opt.authPassFile)) {
        *error = parser.isSet(opt.authUser) ? Cli::tr("--auth-user needs --auth-pass-file")
                                            : Cli::tr("--auth-pass-file needs --auth-user");
        return false;
    }
    if (parser.isSet(opt.authUser)) {
        o.authUser = parser.value(opt.authUser);
        if (o.authUser.isEmpty()) {
            *error = Cli::tr("--auth-user needs a user name");
            return false;
        }
        if (!singleLine(o.authUser, QStringLiteral("auth-user"), error))
            return false;
        const QString path = parser.value(opt.authPassFile);
        if (!readableFile(path, QStringLiteral("--auth-pass-file "), error, FileKind::Stream))
            return false;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = Cli::tr("--auth-pass-file %1: cannot read (%2)").arg(path, file.errorString());
            return false;
        }
        QByteArray line = file.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty()) {
            *error = Cli::tr("--auth-pass-file %1: the first line is empty").arg(path);
            return false;
        }
        o.authPassword = QString::fromUtf8(line);
    }
    if (parser.isSet(opt.authMech)) {
        if (!parser.isSet(opt.authUser)) {
            *error = Cli::tr("--auth-mech needs --auth-user");
            return false;
        }
        o.authMechanism = parser.value(opt.authMech).trimmed().toUpper();
        if (o.authMechanism != QLatin1String("PLAIN") && o.authMechanism != QLatin1String("LOGIN")) {
            *error = Cli::tr("--auth-mech must be PLAIN or LOGIN, not '%1'").arg(parser.value(opt.authMech));
            return false;
        }
    }

    const bool wantsMail = parser.isSet(opt.mailFrom) || parser.isSet(opt.rcptTo) || parser.isSet(opt.data);
    if (wantsMail && o.dialect == QLatin1String("none")) {
        *error = Cli::tr("--mail-from, --rcpt-to and --data need a mail protocol, not --starttls none");
        return false;
    }
    if (wantsMail && (o.dialect == QLatin1String("imap") || o.dialect == QLatin1String("pop3") || o.dialect == QLatin1String("sieve"))) {
        *error = Cli::tr("--mail-from, --rcpt-to and --data send mail over SMTP or LMTP, not %1").arg(o.dialect);
        return false;
    }
    if (parser.isSet(opt.mailFrom)) {
        o.mailFrom = bareAddress(parser.value(opt.mailFrom));
        if (!singleLine(o.mailFrom, QStringLiteral("mail-from"), error))
            return false;
    }
    for (const QString &value : parser.values(opt.rcptTo)) {
        const QString rcpt = bareAddress(value);
        if (!singleLine(rcpt, QStringLiteral("rcpt-to"), error))
            return false;
        if (rcpt.isEmpty()) {
            *error = Cli::tr("--rcpt-to needs an address");
            return false;
        }
        o.rcptTo << rcpt;
    }
    if (!o.rcptTo.isEmpty() && !parser.isSet(opt.mailFrom)) {
        *error = Cli::tr("--rcpt-to needs --mail-from");
        return false;
    }
    if (parser.isSet(opt.data)) {
        if (o.rcptTo.isEmpty()) {
            *error = Cli::tr("--data needs at least one --rcpt-to");
            return false;
        }
        const QString path = parser.value(opt.data);
        if (path == QLatin1String("-")) {
            s.dataFromStdin = true;
        } else {
            if (!readableFile(path, QStringLiteral("--data "), error, FileKind::Stream))
                return false;
            core::Error readError;
            if (!core::readFileBounded(path, core::limits::kMessageFileBytes, core::phrase("Errors", "message"), &o.data, &readError)) {
                *error = Cli::tr("--data %1").arg(core::shownMessage(readError));
                return false;
            }
            if (o.data.isEmpty()) {
                *error = Cli::tr("--data %1: the file is empty").arg(path);
                return false;
            }
        }
        o.sendData = true;
    } else if (!o.rcptTo.isEmpty()) {
        // No message named: the engine sends its short generated test message (Date,
        // Message-ID, Subject), like swaks does.
        o.sendData = true;
        s.generateTestMessage = true;
    }

    if (!readTimeout(parser, opt.timeout, &o.timeoutMs, error))
        return false;
    if (!readProxyOptions(parser, opt.proxy, opt.proxyPassFile, &o.proxy, error))
        return false;

    for (const auto &[option, target, name] :
         {std::tuple{&opt.tlsMin, &o.tlsMin, "tls-min"}, std::tuple{&opt.tlsMax, &o.tlsMax, "tls-max"}}) {
        if (!parser.isSet(*option))
            continue;
        *target = normaliseTlsVersion(parser.value(*option));
        if (target->isEmpty()) {
            *error = Cli::tr("--%1 must be 1.0, 1.1, 1.2 or 1.3, not '%2'")
                         .arg(QLatin1String(name), parser.value(*option));
            return false;
        }
    }
    if (!o.tlsMin.isEmpty() && !o.tlsMax.isEmpty()) {
        const QStringList order = {QStringLiteral("TLSv1"), QStringLiteral("TLSv1.1"), QStringLiteral("TLSv1.2"),
                                   QStringLiteral("TLSv1.3")};
        if (order.indexOf(o.tlsMin) > order.indexOf(o.tlsMax)) {
            *error = Cli::tr("--tls-min %1 is above --tls-max %2").arg(o.tlsMin, o.tlsMax);
            return false;
        }
    }
    if (parser.isSet(opt.ciphers))
        o.ciphers = parser.value(opt.ciphers).trimmed();
    if (parser.isSet(opt.ciphersuites))
        o.ciphersuites = parser.value(opt.ciphersuites).trimmed();
    if (parser.isSet(opt.groups))
        o.groups = parser.value(opt.groups).trimmed();
    o.securityLevel = 0;
    if (parser.isSet(opt.securityLevel)) {
        bool ok = false;
        const int level = parser.value(opt.securityLevel).toInt(&ok);
        if (!ok || level < 0 || level > 5) {
            *error = Cli::tr("--security-level must be 0-5, not '%1'").arg(parser.value(opt.securityLevel));
            return false;
        }
        o.securityLevel = level;
    }
    o.redactSecrets = !parser.isSet(opt.showSecrets);
    s.interactive = parser.isSet(opt.interactive);

    if (!readOutputOptions(parser, {&opt.json, &opt.html, &opt.failOn, &opt.noColor, &opt.quiet, &opt.pdf}, &s, error))
        return false;

    *options = o;
    *settings = s;
    return true;
}

} // namespace mailtls::cli
