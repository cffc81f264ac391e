#include "records_command.h"
#include "cli_tr.h"

#include <QCommandLineParser>
#include <QFile>

#include <algorithm>

#include "base/display_text.h"
#include "cli_settings.h"
#include "common_options.h"
#include "console.h"
#include "pki/dane_records.h"
#include "report/domain_records.h"

using namespace mailtls::core;

namespace mailtls::cli {

namespace {

const char *const kCommand = "records";

const char *const kDescription = QT_TRANSLATE_NOOP("mailtls",
    "Writes what a domain publishes so that senders protect mail to it, ready to paste: the DNS\n"
    "zone lines (TLSA records for DANE on each MX, RFC 7672; the MTA-STS TXT record, RFC 8461;\n"
    "the TLS-RPT TXT record, RFC 8460), the MTA-STS policy file, and the Exim and Postfix settings\n"
    "that make a sending server use DANE. Nothing is looked up and nothing is sent: the records\n"
    "come from the names and files given.\n"
    "\n"
    "TLSA records are 3 1 1 (the SHA-256 of the public key: stays valid when the certificate is\n"
    "renewed with the same key) for the leaf of --cert or for --key, and 2 1 1 for each CA\n"
    "certificate in --cert. --next-key adds the record of the key that takes over next, with the\n"
    "rollover steps.");

const char *const kEpilogue = QT_TRANSLATE_NOOP("mailtls",
    "\n"
    "Exit codes:\n"
    "  0    written\n"
    "  2    usage error: a missing or malformed name, mode, max age, id or reporting URI; a --cert,\n"
    "       --key, --next-key or --passphrase-file that cannot be read or holds no certificate or\n"
    "       key; an unwritable --json path\n"
    "\n"
    "Examples:\n"
    "  mailtls records --domain example.org --mx mx1.example.org --mx mx2.example.org \\\n"
    "      --cert /etc/exim4/exim.crt --rua mailto:tls-reports@example.org\n"
    "  mailtls records --domain example.org --mx mx.example.org --key mx.key --next-key next.key \\\n"
    "      --sts-mode enforce --sts-max-age 1209600\n"
    "  mailtls records --domain example.org --mx mx.example.org --cert chain.pem --json - | jq .tlsa\n");

struct Opt {
    QCommandLineOption help = helpOption();
    QCommandLineOption domain{QStringLiteral("domain"), Cli::tr("The mail domain (the part after the @)."),
                              QStringLiteral("DOMAIN")};
    QCommandLineOption mx{QStringLiteral("mx"), Cli::tr("An MX host of the domain; once per host, in MX order."),
                          QStringLiteral("HOST")};
    QCommandLineOption cert{QStringLiteral("cert"),
                            Cli::tr("The server's certificate or chain file: 3 1 1 for its leaf, 2 1 1 for each CA in it."),
                            QStringLiteral("FILE")};
    QCommandLineOption key{QStringLiteral("key"),
                           Cli::tr("The server's key (private or public, PEM or DER): its 3 1 1 record."),
                           QStringLiteral("FILE")};
    QCommandLineOption nextKey{QStringLiteral("next-key"),
                               Cli::tr("The key (or certificate) that takes over at the next rollover: its record "
                                              "is published beside the current one."),
                               QStringLiteral("FILE")};
    QCommandLineOption passFile{QStringLiteral("passphrase-file"),
                                Cli::tr("Passphrase of an encrypted key in --cert, --key or --next-key (first line of FILE)."),
                                QStringLiteral("FILE")};
    QCommandLineOption stsMode{QStringLiteral("sts-mode"),
                               Cli::tr("MTA-STS policy mode: enforce, testing (default) or none (withdraws a policy)."),
                               QStringLiteral("MODE")};
    QCommandLineOption noSts{QStringLiteral("no-sts"), Cli::tr("No MTA-STS record and no policy file.")};
    QCommandLineOption stsMaxAge{QStringLiteral("sts-max-age"),
                                 Cli::tr("How long senders keep the policy, in seconds (default: 604800, a week; "
                                                "at most 31557600)."),
                                 QStringLiteral("SECONDS")};
    QCommandLineOption stsId{QStringLiteral("sts-id"),
                             Cli::tr("The policy's id= (1-32 letters and digits; default: the UTC time, "
                                            "e.g. 20261206T093000). Change it whenever the policy changes."),
                             QStringLiteral("ID")};
    QCommandLineOption rua{QStringLiteral("rua"),
                           Cli::tr("Where TLS-RPT reports go: mailto:ADDRESS or https://URL; once per URI."),
                           QStringLiteral("URI")};
    QCommandLineOption json = jsonOption(Cli::tr("the records as JSON (schema \"mailtls.records/1\")"));

    QList<QCommandLineOption> all() const
    {
        return {help, domain, mx, cert, key, nextKey, passFile, stsMode, noSts, stsMaxAge, stsId, rua, json};
    }
};

void setupParser(QCommandLineParser *parser, const Opt &opt)
{
    parser->setApplicationDescription(Cli::tr(kDescription));
    parser->setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser->addOptions(opt.all());
}

int usageError(const QString &message)
{
    printError(QString::fromLatin1(kCommand), message + QLatin1Char(' ') + Cli::tr("(try '%1 --help')").arg(QStringLiteral("mailtls records")));
    return ExitUsage;
}

bool recordsOf(const QString &option, const QString &path, const QByteArray &passphrase, TlsaRole role,
               QList<GeneratedTlsa> *out, QString *error)
{
    if (!readableFile(path, option + QLatin1Char(' '), error))
        return false;
    Error why;
    if (!tlsaRecordsFromFile(path, passphrase, role, out, &why)) {
        *error = QStringLiteral("%1 %2").arg(option, shownMessage(why));
        return false;
    }
    return true;
}

PublishedTlsa published(const GeneratedTlsa &g)
{
    PublishedTlsa p;
    p.record = g.record;
    p.next = g.role == TlsaRole::Next;
    p.source = g.file;
    p.what = g.what;
    p.note = g.note;
    return p;
}

} // namespace

QString recordsHelpText()
{
    QCommandLineParser parser;
    const Opt opt;
    setupParser(&parser, opt);
    return subcommandHelp(parser, QStringLiteral("mailtls records --domain DOMAIN --mx HOST [--mx HOST...] [options]"),
                          kEpilogue);
}

int runRecordsCommand(const QStringList &args)
{
    const QString command = QString::fromLatin1(kCommand);
    QCommandLineParser parser;
    const Opt opt;
    setupParser(&parser, opt);
    QString error;
    if (!parseCommandLine(parser, args, command, &error))
        return usageError(error);
    if (parser.isSet(opt.help)) {
        writeOut(recordsHelpText());
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(Cli::tr("unexpected argument '%1': names are given with --domain and --mx")
                              .arg(escapeControls(parser.positionalArguments().first().left(80))));
    if (!parser.isSet(opt.domain))
        return usageError(Cli::tr("--domain DOMAIN is required"));
    if (!parser.isSet(opt.mx))
        return usageError(Cli::tr("name the domain's MX hosts (--mx HOST, once per host)"));
    if (parser.isSet(opt.noSts) && (parser.isSet(opt.stsMode) || parser.isSet(opt.stsMaxAge) || parser.isSet(opt.stsId)))
        return usageError(Cli::tr("--no-sts and --sts-mode/--sts-max-age/--sts-id exclude each other"));
    if (parser.values(opt.cert).size() > 1 || parser.values(opt.key).size() > 1 || parser.values(opt.nextKey).size() > 1)
        return usageError(Cli::tr("--cert, --key and --next-key are given once each"));

    DomainRecordsInput input;
    input.domain = parser.value(opt.domain);
    input.mxHosts = parser.values(opt.mx);
    input.rua = parser.values(opt.rua);
    if (parser.isSet(opt.noSts))
        input.stsMode.clear();
    else if (parser.isSet(opt.stsMode))
        input.stsMode = parser.value(opt.stsMode);
    if (parser.isSet(opt.stsMaxAge)) {
        bool ok = false;
        const QString text = parser.value(opt.stsMaxAge);
        input.stsMaxAge = text.toLongLong(&ok);
        if (!ok)
            return usageError(Cli::tr("--sts-max-age \"%1\" is not a number of seconds").arg(escapeControls(text.left(80))));
    }
    input.stsId = parser.value(opt.stsId);
    if (parser.isSet(opt.stsId) && input.stsId.isEmpty())
        return usageError(Cli::tr("--sts-id needs a value (1-32 letters and digits)"));

    const QString jsonPath = parser.value(opt.json);
    if (parser.isSet(opt.json)) {
        if (jsonPath.isEmpty())
            return usageError(Cli::tr("--json needs a file name or '-'"));
        if (jsonPath != QLatin1String("-") && !writableJsonPath(jsonPath, &error))
            return usageError(error);
    }

    QByteArray passphrase;
    if (parser.isSet(opt.passFile) && !readPassphraseFile(parser.value(opt.passFile), &passphrase, &error))
        return usageError(error);

    // The records: what is served now (--cert, --key), then the next key.
    QList<GeneratedTlsa> current;
    QList<GeneratedTlsa> fromKey;
    QList<GeneratedTlsa> next;
    if (parser.isSet(opt.cert) && !recordsOf(QStringLiteral("--cert"), parser.value(opt.cert), passphrase, TlsaRole::Current, &current, &error))
        return usageError(error);
    if (parser.isSet(opt.key) && !recordsOf(QStringLiteral("--key"), parser.value(opt.key), passphrase, TlsaRole::Current, &fromKey, &error))
        return usageError(error);
    if (parser.isSet(opt.nextKey) && !recordsOf(QStringLiteral("--next-key"), parser.value(opt.nextKey), passphrase, TlsaRole::Next, &next, &error))
        return usageError(error);
    // A --key beside --cert is normally the leaf's own key, and then says nothing new; a key of
    // another certificate is listed with a note, since the server cannot serve both.
    const bool certHasLeaf = std::any_of(current.cbegin(), current.cend(), [](const GeneratedTlsa &g) { return g.record.usage == 3; });
    for (GeneratedTlsa &g : fromKey) {
        const bool known = std::any_of(current.cbegin(), current.cend(), [&g](const GeneratedTlsa &c) { return c.record == g.record; });
        if (!known && certHasLeaf)
            g.note = QStringLiteral("--key is not the key of the --cert leaf");   // in the records and the JSON: English
    }
    const QList<GeneratedTlsa> merged = mergeTlsaRecords(current + fromKey, next);

    for (const GeneratedTlsa &g : merged)
        input.tlsa << published(g);
    if (input.tlsa.isEmpty())
        input.tlsaSkippedNote = QStringLiteral("give the server's certificate (--cert) or key (--key)");   // in the records: English

    DomainRecords records;
    Error buildError;
    if (!buildDomainRecords(input, &records, &buildError))
        return usageError(shownMessage(buildError));

    const bool jsonToStdout = jsonPath == QLatin1String("-");
    if (!jsonToStdout)
        writeOut(domainRecordsText(records));
    if (!jsonPath.isEmpty()) {
        const QByteArray bytes =
            domainRecordsToJsonBytes(domainRecordsToJson(records, QStringLiteral(MAILTLS_VERSION)));
        if (jsonToStdout) {
            writeOut(QString::fromUtf8(bytes));
        } else if (!writeOutputFile(jsonPath, bytes, &error)) {
            printError(command, Cli::tr("cannot write --json %1: %2").arg(jsonPath, error));
            return ExitUsage;
        }
    }
    return ExitOk;
}

} // namespace mailtls::cli
