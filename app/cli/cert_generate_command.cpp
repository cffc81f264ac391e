#include "cert_generate_command.h"
#include "cli_tr.h"

#include "interrupt_guard.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <csignal>

#include <unistd.h>

#include "base/limits.h"
#include "base/read_file.h"
#include "cli_settings.h"
#include "common_options.h"
#include "console.h"
#include "pki/certificate_factory.h"
#include "pki/certificate_request.h"
#include "pki/config_snippets.h"
#include "pki/dh_parameters.h"
#include "pki/mini_ca.h"
#include "jobs/certificate_job.h"
#include "pki/output_file.h"
#include "pki/pkcs12_bundle.h"
#include "pki/private_key.h"
#include "x509/subject_alt_names.h"
#include "pki/subject_name.h"

using namespace mailtls::core;

namespace mailtls::cli {

namespace {

// ---------------------------------------------------------------------------------------------
// Shared option texts and parsing.

const QString kKeyTypes = QStringLiteral("rsa2048|rsa3072|rsa4096|ec-p256|ec-p384|ed25519");

const char *const kSubjectSyntax = QT_TRANSLATE_NOOP("mailtls",
    "Subject syntax (--subject): NAME=VALUE pairs separated by commas, e.g.\n"
    "  \"O=Example GmbH,OU=Mail,L=Berlin,C=DE\". Names: CN, O, OU, C, ST, L, emailAddress, DC, ...\n"
    "  A backslash makes the next character literal (O=Smith\\, Jones); a value in double quotes\n"
    "  keeps commas (O=\"Smith, Jones\"). C is a two-letter country code. --cn adds the CN.\n");

const char *const kSanSyntax = QT_TRANSLATE_NOOP("mailtls",
    "SAN syntax (--san): TYPE:VALUE entries separated by commas, TYPE one of DNS, IP, email, URI:\n"
    "  DNS:mail.example.org,DNS:*.example.org,IP:192.0.2.25,IP:2001:db8::25,email:postmaster@example.org\n"
    "  (IPv6 needs no brackets: everything after the first colon is the value). Repeat --san or\n"
    "  use commas. Mail clients match the SANs, not the CN: a server certificate needs one.\n");

const char *const kFileRules = QT_TRANSLATE_NOOP("mailtls",
    "Files: private keys are created with mode 0600 (PKCS#8 PEM; AES-256 encrypted with\n"
    "--passphrase-file), everything is written completely or not at all, and an existing file is\n"
    "only replaced with --force.\n");

const char *const kExitCodes = QT_TRANSLATE_NOOP("mailtls",
    "Exit codes: 0 written, 2 usage error or a file that cannot be read or written (wrong\n"
    "passphrase, existing output without --force, ...), 130 interrupted.\n");

// One of the texts above in the user's language (a function of its own: lupdate misreads a
// Cli::tr() of a variable followed by a Cli::tr() of a literal in the same expression).
QString translated(const char *text)
{
    return Cli::tr(text);
}

struct Parsed {
    bool ok = false;
    bool help = false;
};

// Parses args (args[0] is the subcommand's name) and handles --help; *exitCode is set when the
// caller should return at once.
bool parseCommand(QCommandLineParser &parser, const QStringList &args, const QString &command, const QString &usage,
                  const QString &description, const QString &epilogue, int *exitCode)
{
    const QCommandLineOption help = helpOption();
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList argv = args;
    if (argv.isEmpty())
        argv << command;
    if (!parser.parse(argv)) {
        QString error = parser.errorText();
        if (error.endsWith(QLatin1Char('.')))
            error.chop(1);
        printError(command, error + QLatin1Char(' ') + Cli::tr("(try '%1 --help')").arg(QStringLiteral("mailtls ") + command));
        *exitCode = ExitUsage;
        return false;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // Qt's first line names the binary; ours names the subcommand.
        const int firstBreak = text.indexOf(QLatin1Char('\n'));
        text = Cli::tr("Usage: mailtls %1 %2\n").arg(command, usage) + text.mid(firstBreak + 1);
        text.insert(text.indexOf(QLatin1Char('\n')) + 1, QLatin1Char('\n') + description + QLatin1Char('\n'));
        writeOut(text + QLatin1Char('\n') + epilogue);
        *exitCode = ExitOk;
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(command, Cli::tr("unexpected argument '%1' (try 'mailtls %2 --help')")
                                .arg(parser.positionalArguments().first(), command));
        *exitCode = ExitUsage;
        return false;
    }
    return true;
}

int usageError(const QString &command, const QString &message)
{
    printError(command, message + QLatin1Char(' ') + Cli::tr("(try '%1 --help')").arg(QStringLiteral("mailtls ") + command));
    return ExitUsage;
}

int pkiFailure(const QString &command, const Error &error)
{
    printError(command, shownMessage(error));
    return error.kind == ErrorKind::Cancelled ? ExitInterrupted : ExitUsage;
}

bool parseKeyType(const QString &name, KeyType *type, QString *error)
{
    const auto parsed = keyTypeFromName(name);
    if (!parsed) {
        *error = Cli::tr("unknown key type '%1' (%2)").arg(name, kKeyTypes);
        return false;
    }
    *type = *parsed;
    return true;
}

bool parseSans(const QStringList &values, SubjectAltNames *sans, QString *error)
{
    Error parseError;
    const SubjectAltNames parsed = SubjectAltNames::parse(values.join(QLatin1Char(',')), &parseError);
    if (parsed.isEmpty() && !values.join(QString()).trimmed().isEmpty()) {
        *error = shownMessage(parseError);
        return false;
    }
    *sans = parsed;
    return true;
}

// --subject plus --cn (the CN goes last, as certificates usually list it).
bool buildSubject(const QString &subjectText, const QString &cn, SubjectName *subject, QString *error)
{
    Error parseError;
    SubjectName name = SubjectName::parse(subjectText, &parseError);
    if (name.isEmpty() && !subjectText.trimmed().isEmpty()) {
        *error = shownMessage(parseError);
        return false;
    }
    if (!cn.isEmpty()) {
        if (name.has(QStringLiteral("CN"))) {
            *error = Cli::tr("the CN is given twice (--cn and CN= in --subject)");
            return false;
        }
        if (!name.append(QStringLiteral("CN"), cn, &parseError)) {
            *error = shownMessage(parseError);
            return false;
        }
    }
    *subject = name;
    return true;
}

bool parseDays(const QString &text, int *days, QString *error)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 1 || value > 36500) {
        *error = Cli::tr("--days must be a number of days from 1 to 36500, not '%1'").arg(text);
        return false;
    }
    *days = value;
    return true;
}

// ISO 8601 date or date-time; without an offset it is UTC.
bool parseMoment(const QString &option, const QString &text, QDateTime *out, QString *error)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            t = QDateTime(d, QTime(0, 0), Qt::UTC);
    } else if (t.timeSpec() == Qt::LocalTime) {
        t.setTimeSpec(Qt::UTC);
    }
    if (!t.isValid()) {
        *error = Cli::tr("--%1 '%2' is not an ISO 8601 date (2024-01-31 or 2024-01-31T12:00:00Z)").arg(option, text);
        return false;
    }
    *out = t.toUTC();
    return true;
}

// ---------------------------------------------------------------------------------------------
// What a command prints after writing.

QString displayPath(const QString &path)
{
    if (path.startsWith(QLatin1Char('<')))
        return path;   // a placeholder, not a file we know
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

struct WrittenFile {
    QString path;
    QString what;
};

QString wroteSection(const QList<WrittenFile> &files)
{
    int width = 0;
    for (const WrittenFile &f : files)
        width = qMax(width, int(displayPath(f.path).size()));
    QString out = Cli::tr("Wrote:\n");
    for (const WrittenFile &f : files)
        out += QStringLiteral("  %1  %2\n").arg(displayPath(f.path).leftJustified(width), f.what);
    return out;
}

QString certificateSection(const QString &title, const Certificate &c)
{
    const qint64 days = c.notBefore().daysTo(c.notAfter());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString state;
    if (c.notAfter() < now)
        state = Cli::tr(", EXPIRED");
    else if (c.notBefore() > now)
        state = Cli::tr(", not yet valid");
    QString out = title + QStringLiteral(":\n");
    out += Cli::tr("  Subject:   %1\n").arg(c.subject());
    out += Cli::tr("  Issuer:    %1%2\n").arg(c.issuer(), c.isSelfSigned() ? Cli::tr(" (self-signed)") : QString());
    out += Cli::tr("  Serial:    %1\n").arg(c.serialHex());
    out += Cli::tr("  Valid:     %1 to %2 UTC (%3 days%4)\n")
               .arg(c.notBefore().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                    c.notAfter().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
               .arg(days)
               .arg(state);
    out += Cli::tr("  Key:       %1\n").arg(keyInfoText(c.key(), KeyTextForm::Short));
    const QStringList sans = c.subjectAltNames();
    if (!sans.isEmpty())
        out += Cli::tr("  SANs:      %1\n").arg(sans.join(QStringLiteral(", ")));
    out += Cli::tr("  Signature: %1\n").arg(c.signatureAlgorithm());
    out += Cli::tr("  SHA-256:   %1\n").arg(c.sha256Fingerprint());
    return out;
}

QString snippetsSection(const ConfigSnippets &s)
{
    auto indent = [](const QString &text) {
        QString out;
        for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            out += QStringLiteral("  ") + line + QLatin1Char('\n');
        return out;
    };
    return QStringLiteral("Exim:\n") + indent(s.exim) + QStringLiteral("Postfix:\n") + indent(s.postfix);
}

QString keyWhat(const PrivateKey &key, bool encrypted)
{
    return Cli::tr("private key, %1, PKCS#8%2, mode 0600")
        .arg(keyInfoText(key.info(), KeyTextForm::Short), encrypted ? Cli::tr(" AES-256 encrypted") : QString());
}

// Opens --key FILE or generates --key-type T (default rsa2048); exactly one may be given.
// The key part of an order: --key FILE (opened with the passphrase), or a new key of --key-type
// (default RSA 2048) written to --out-key and encrypted with the passphrase.
bool keyOrder(const QString &command, const QCommandLineParser &parser, const QCommandLineOption &keyOpt,
              const QCommandLineOption &typeOpt, const QCommandLineOption &outKeyOpt, const QByteArray &passphrase,
              CertificateOrder *order, int *exit)
{
    if (parser.isSet(keyOpt) && parser.isSet(typeOpt)) {
        *exit = usageError(command, Cli::tr("give either --key FILE or --key-type TYPE, not both"));
        return false;
    }
    order->keyPassphrase = passphrase;
    if (parser.isSet(keyOpt)) {
        order->existingKeyFile = parser.value(keyOpt);
        return true;
    }
    order->keyType = KeyType::Rsa2048;
    QString message;
    if (parser.isSet(typeOpt) && !parseKeyType(parser.value(typeOpt), &order->keyType, &message)) {
        *exit = usageError(command, message);
        return false;
    }
    order->newKeyFile = parser.value(outKeyOpt);
    return true;
}

// ---------------------------------------------------------------------------------------------
// Ctrl-C during DH parameter generation: the handler only sets a flag that the progress
// callback reads (async-signal-safe); SA_RESETHAND lets a second Ctrl-C kill as usual.


} // namespace

// ---------------------------------------------------------------------------------------------

int runCertKey(const QStringList &args)
{
    const QString command = QStringLiteral("cert key");
    QCommandLineParser parser;
    const QCommandLineOption type(QStringLiteral("type"), Cli::tr("Key type: %1.").arg(kKeyTypes), QStringLiteral("TYPE"));
    const QCommandLineOption out(QStringLiteral("out"), Cli::tr("Write the private key to FILE (mode 0600)."), QStringLiteral("FILE"));
    const QCommandLineOption passFile(QStringLiteral("passphrase-file"),
                                      Cli::tr("Encrypt the key with the first line of FILE (AES-256-CBC)."), QStringLiteral("FILE"));
    const QCommandLineOption force(QStringLiteral("force"), Cli::tr("Replace FILE if it exists."));
    parser.addOptions({type, out, passFile, force});
    int exit = ExitOk;
    if (!parseCommand(parser, args, command, QStringLiteral("--type TYPE --out FILE [--passphrase-file F] [--force]"),
                      Cli::tr("Generates a private key and writes it as PKCS#8 PEM."),
                      translated(kFileRules) + Cli::tr("\nExample:\n  mailtls cert key --type ec-p256 --out /etc/exim4/ecdsa.key\n\n")
                          + translated(kExitCodes),
                      &exit))
        return exit;
    if (!parser.isSet(type))
        return usageError(command, Cli::tr("--type is required (%1)").arg(kKeyTypes));
    if (!parser.isSet(out))
        return usageError(command, Cli::tr("--out FILE is required"));
    KeyType keyType;
    QString message;
    if (!parseKeyType(parser.value(type), &keyType, &message))
        return usageError(command, message);
    QByteArray passphrase;
    if (parser.isSet(passFile) && !readPassphraseFile(parser.value(passFile), &passphrase, &message))
        return usageError(command, message);

    Error error;
    // Fail on an existing or unwritable path before spending seconds on an RSA 4096 key.
    if (!checkOutputPaths({parser.value(out)}, parser.isSet(force), &error))
        return pkiFailure(command, error);
    const PrivateKey key = PrivateKey::generate(keyType, &error);
    if (key.isNull())
        return pkiFailure(command, error);
    if (!writeOutputFile({parser.value(out), key.toPem(passphrase), FileSecrecy::Secret}, parser.isSet(force), &error))
        return pkiFailure(command, error);

    QString text = wroteSection({{parser.value(out), keyWhat(key, !passphrase.isEmpty())}});
    text += Cli::tr("Public key SHA-256 (DANE TLSA 3 1 1): %1\n").arg(key.publicKeySha256());
    text += Cli::tr("Next: mailtls cert csr --key %1 --cn NAME --san DNS:NAME --out request.csr\n")
                .arg(parser.value(out));
    writeOut(text);
    return ExitOk;
}

int runCertSelfSigned(const QStringList &args)
{
    const QString command = QStringLiteral("cert selfsigned");
    QCommandLineParser parser;
    const QCommandLineOption cn(QStringLiteral("cn"), Cli::tr("Common name, e.g. the MX host name."), QStringLiteral("NAME"));
    const QCommandLineOption san(QStringLiteral("san"), Cli::tr("Subject alternative names (see below); repeatable."), QStringLiteral("LIST"));
    const QCommandLineOption subject(QStringLiteral("subject"), Cli::tr("Further subject attributes, e.g. \"O=Example,C=DE\"."), QStringLiteral("DN"));
    const QCommandLineOption keyType(QStringLiteral("key-type"), Cli::tr("Generate a key of TYPE (%1; default rsa2048).").arg(kKeyTypes), QStringLiteral("TYPE"));
    const QCommandLineOption key(QStringLiteral("key"), Cli::tr("Use the existing key in FILE instead."), QStringLiteral("FILE"));
    const QCommandLineOption days(QStringLiteral("days"), Cli::tr("Validity in days (default 365)."), QStringLiteral("N"), QStringLiteral("365"));
    const QCommandLineOption eku(QStringLiteral("eku"), Cli::tr("Extended key usage: server (default), client or both."), QStringLiteral("USAGE"));
    const QCommandLineOption outCert(QStringLiteral("out-cert"), Cli::tr("Write the certificate to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption outKey(QStringLiteral("out-key"), Cli::tr("Write the generated key to FILE (mode 0600)."), QStringLiteral("FILE"));
    const QCommandLineOption passFile(QStringLiteral("passphrase-file"),
                                      Cli::tr("Passphrase (first line of FILE) to encrypt the new key or open --key."), QStringLiteral("FILE"));
    const QCommandLineOption force(QStringLiteral("force"), Cli::tr("Replace output files that exist."));
    parser.addOptions({cn, san, subject, keyType, key, days, eku, outCert, outKey, passFile, force});
    int exit = ExitOk;
    if (!parseCommand(parser, args, command,
                      QStringLiteral("--cn NAME --san LIST (--key-type TYPE --out-key F | --key F) --out-cert F [--days N]"),
                      Cli::tr("Makes a self-signed certificate: serverAuth, a SAN for every name the server\n"
                                     "answers to, a random 128-bit serial, SHA-256 (none for Ed25519). Partners that verify\n"
                                     "certificates will not trust it; opportunistic STARTTLS works."),
                      translated(kSanSyntax) + QLatin1Char('\n') + translated(kSubjectSyntax) + QLatin1Char('\n')
                          + translated(kFileRules)
                          + Cli::tr("\nExample:\n  mailtls cert selfsigned --cn mail.example.org --san DNS:mail.example.org,IP:192.0.2.25 \\\n"
                                           "      --key-type ec-p256 --out-cert mail.pem --out-key mail.key\n\n")
                          + translated(kExitCodes),
                      &exit))
        return exit;
    QString message;
    SubjectName subjectName;
    SubjectAltNames sans;
    CertificateSpec spec;
    if (!parser.isSet(cn) && !parser.isSet(subject))
        return usageError(command, Cli::tr("--cn NAME is required"));
    if (!buildSubject(parser.value(subject), parser.value(cn), &subjectName, &message))
        return usageError(command, message);
    if (!parseSans(parser.values(san), &sans, &message))
        return usageError(command, QStringLiteral("--san: ") + message);
    if (!parseDays(parser.value(days), &spec.days, &message))
        return usageError(command, message);
    if (parser.isSet(eku) && (!certificateUsageFromName(parser.value(eku), &spec.usage) || spec.usage == CertificateUsage::Ca))
        return usageError(command, Cli::tr("--eku must be server, client or both"));
    if (!parser.isSet(outCert))
        return usageError(command, Cli::tr("--out-cert FILE is required"));
    if (!parser.isSet(key) && !parser.isSet(outKey))
        return usageError(command, Cli::tr("--out-key FILE is required for the generated key (or use --key FILE)"));
    if (parser.isSet(key) && parser.isSet(outKey))
        return usageError(command, Cli::tr("--out-key goes with a generated key, not with --key"));
    spec.subject = subjectName;
    spec.altNames = sans;
    Error error;
    if (!CertificateFactory::validate(spec, &error))
        return usageError(command, shownMessage(error));
    QByteArray passphrase;
    if (parser.isSet(passFile) && !readPassphraseFile(parser.value(passFile), &passphrase, &message))
        return usageError(command, message);
    CertificateOrder order;
    order.kind = CertificateKind::SelfSigned;
    if (!keyOrder(command, parser, key, keyType, outKey, passphrase, &order, &exit))
        return exit;
    order.spec = spec;
    order.outputFile = parser.value(outCert);
    order.overwrite = parser.isSet(force);
    const MadeCertificate made = makeCertificate(order);
    if (!made.ok())
        return pkiFailure(command, made.error);
    const Certificate cert = made.chain.first();
    QList<WrittenFile> wrote{{parser.value(outCert), Cli::tr("certificate (self-signed)")}};
    if (made.keyGenerated)
        wrote.prepend({parser.value(outKey), keyWhat(made.key, !passphrase.isEmpty())});
    const ConfigSnippets &snippets = made.snippets;
    writeOut(wroteSection(wrote) + certificateSection(Cli::tr("Certificate"), cert) + snippetsSection(snippets));
    return ExitOk;
}

int runCertCsr(const QStringList &args)
{
    const QString command = QStringLiteral("cert csr");
    QCommandLineParser parser;
    const QCommandLineOption cn(QStringLiteral("cn"), Cli::tr("Common name, e.g. the MX host name."), QStringLiteral("NAME"));
    const QCommandLineOption san(QStringLiteral("san"), Cli::tr("Subject alternative names to request; repeatable."), QStringLiteral("LIST"));
    const QCommandLineOption subject(QStringLiteral("subject"), Cli::tr("Further subject attributes, e.g. \"O=Example,C=DE\"."), QStringLiteral("DN"));
    const QCommandLineOption keyType(QStringLiteral("key-type"), Cli::tr("Generate a key of TYPE (%1; default rsa2048).").arg(kKeyTypes), QStringLiteral("TYPE"));
    const QCommandLineOption key(QStringLiteral("key"), Cli::tr("Use the existing key in FILE."), QStringLiteral("FILE"));
    const QCommandLineOption outKey(QStringLiteral("out-key"), Cli::tr("Write the generated key to FILE (mode 0600)."), QStringLiteral("FILE"));
    const QCommandLineOption out(QStringLiteral("out"), Cli::tr("Write the request (PEM) to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption passFile(QStringLiteral("passphrase-file"),
                                      Cli::tr("Passphrase (first line of FILE) to encrypt the new key or open --key."), QStringLiteral("FILE"));
    const QCommandLineOption force(QStringLiteral("force"), Cli::tr("Replace output files that exist."));
    parser.addOptions({cn, san, subject, keyType, key, outKey, out, passFile, force});
    int exit = ExitOk;
    if (!parseCommand(parser, args, command,
                      QStringLiteral("(--key F | --key-type TYPE --out-key F) --cn NAME --san LIST [--subject DN] --out F"),
                      Cli::tr("Makes a PKCS#10 certificate signing request; the SANs travel in it as an\n"
                                     "extension request, which 'mailtls cert ca sign' and most CAs copy."),
                      translated(kSanSyntax) + QLatin1Char('\n') + translated(kSubjectSyntax) + QLatin1Char('\n')
                          + translated(kFileRules)
                          + Cli::tr("\nExample:\n  mailtls cert csr --key-type rsa3072 --out-key mx.key --cn mx.example.org \\\n"
                                           "      --san DNS:mx.example.org --subject \"O=Example,C=DE\" --out mx.csr\n\n")
                          + translated(kExitCodes),
                      &exit))
        return exit;
    QString message;
    SubjectName subjectName;
    SubjectAltNames sans;
    if (!buildSubject(parser.value(subject), parser.value(cn), &subjectName, &message))
        return usageError(command, message);
    if (!parseSans(parser.values(san), &sans, &message))
        return usageError(command, QStringLiteral("--san: ") + message);
    if (subjectName.isEmpty() && sans.isEmpty())
        return usageError(command, Cli::tr("--cn NAME (and --san) is required"));
    if (!parser.isSet(out))
        return usageError(command, Cli::tr("--out FILE is required"));
    if (!parser.isSet(key) && !parser.isSet(outKey))
        return usageError(command, Cli::tr("--out-key FILE is required for the generated key (or use --key FILE)"));
    if (parser.isSet(key) && parser.isSet(outKey))
        return usageError(command, Cli::tr("--out-key goes with a generated key, not with --key"));
    QByteArray passphrase;
    if (parser.isSet(passFile) && !readPassphraseFile(parser.value(passFile), &passphrase, &message))
        return usageError(command, message);
    CertificateOrder order;
    order.kind = CertificateKind::Request;
    if (!keyOrder(command, parser, key, keyType, outKey, passphrase, &order, &exit))
        return exit;
    order.spec.subject = subjectName;
    order.spec.altNames = sans;
    order.outputFile = parser.value(out);
    order.overwrite = parser.isSet(force);
    const MadeCertificate made = makeCertificate(order);
    if (!made.ok())
        return pkiFailure(command, made.error);
    const PrivateKey &privateKey = made.key;
    QList<WrittenFile> wrote{{parser.value(out), Cli::tr("certificate signing request")}};
    if (made.keyGenerated)
        wrote.prepend({parser.value(outKey), keyWhat(privateKey, !passphrase.isEmpty())});

    QString text = wroteSection(wrote);
    text += Cli::tr("Request:\n  Subject:   %1\n").arg(subjectName.toString());
    if (!sans.isEmpty())
        text += Cli::tr("  SANs:      %1\n").arg(sans.toStringList().join(QStringLiteral(", ")));
    text += Cli::tr("  Key:       %1\n").arg(keyInfoText(privateKey.info(), KeyTextForm::Short));
    text += Cli::tr("  Public key SHA-256 (DANE TLSA 3 1 1): %1\n").arg(privateKey.publicKeySha256());
    if (sans.isEmpty())
        writeErr(Cli::tr("mailtls cert csr: warning: no SAN requested; a CA must add one (mailtls cert ca sign --san ...)\n"));
    text += Cli::tr("Next: mailtls cert ca sign --ca-dir CA-DIR --csr %1 --out cert.pem\n").arg(parser.value(out));
    writeOut(text);
    return ExitOk;
}

int runCertCaInit(const QStringList &args)
{
    const QString command = QStringLiteral("cert ca init");
    QCommandLineParser parser;
    const QCommandLineOption cn(QStringLiteral("cn"), Cli::tr("The CA's name, e.g. \"Example Mail CA\"."), QStringLiteral("NAME"));
    const QCommandLineOption subject(QStringLiteral("subject"), Cli::tr("Further subject attributes, e.g. \"O=Example,C=DE\"."), QStringLiteral("DN"));
    const QCommandLineOption outDir(QStringLiteral("out-dir"), Cli::tr("Directory for the CA (created if needed)."), QStringLiteral("DIR"));
    const QCommandLineOption keyType(QStringLiteral("key-type"), Cli::tr("CA key type (%1; default rsa3072).").arg(kKeyTypes), QStringLiteral("TYPE"));
    const QCommandLineOption days(QStringLiteral("days"), Cli::tr("Validity of the CA certificate (default 3650)."), QStringLiteral("N"), QStringLiteral("3650"));
    const QCommandLineOption leafDays(QStringLiteral("default-days"), Cli::tr("Validity 'ca sign' uses without --days (default 365)."), QStringLiteral("N"), QStringLiteral("365"));
    const QCommandLineOption pathLen(QStringLiteral("pathlen"), Cli::tr("Limit of CAs below this one (default: none for a root, 0 for a subordinate)."), QStringLiteral("N"));
    const QCommandLineOption parent(QStringLiteral("parent-ca-dir"), Cli::tr("Make a subordinate (intermediate) CA signed by the CA in DIR."), QStringLiteral("DIR"));
    const QCommandLineOption passFile(QStringLiteral("passphrase-file"), Cli::tr("Encrypt ca.key with the first line of FILE."), QStringLiteral("FILE"));
    const QCommandLineOption parentPass(QStringLiteral("parent-passphrase-file"), Cli::tr("Passphrase of the parent CA's key."), QStringLiteral("FILE"));
    parser.addOptions({cn, subject, outDir, keyType, days, leafDays, pathLen, parent, passFile, parentPass});
    int exit = ExitOk;
    if (!parseCommand(parser, args, command, QStringLiteral("--cn NAME --out-dir DIR [--key-type TYPE] [--days N]"),
                      Cli::tr("Creates a small CA in DIR: ca.key (0600), ca.pem, chain.pem, serial, index.txt\n"
                                     "(one line per issued certificate) and ca.json. Sign requests with 'mailtls cert ca sign'."),
                      translated(kSubjectSyntax)
                          + Cli::tr("\nExamples:\n  mailtls cert ca init --cn \"Classroom Root CA\" --out-dir ./root-ca\n"
                                           "  mailtls cert ca init --cn \"Classroom Mail CA\" --out-dir ./mail-ca --parent-ca-dir ./root-ca\n\n")
                          + translated(kExitCodes),
                      &exit))
        return exit;
    QString message;
    CaInitOptions options;
    if (!parser.isSet(cn))
        return usageError(command, Cli::tr("--cn NAME is required"));
    if (!parser.isSet(outDir))
        return usageError(command, Cli::tr("--out-dir DIR is required"));
    if (!buildSubject(parser.value(subject), parser.value(cn), &options.subject, &message))
        return usageError(command, message);
    if (parser.isSet(keyType) && !parseKeyType(parser.value(keyType), &options.keyType, &message))
        return usageError(command, message);
    if (!parseDays(parser.value(days), &options.days, &message) || !parseDays(parser.value(leafDays), &options.defaultLeafDays, &message))
        return usageError(command, message);
    if (parser.isSet(pathLen)) {
        bool ok = false;
        options.pathLength = parser.value(pathLen).toInt(&ok);
        if (!ok || options.pathLength < 0 || options.pathLength > 10)
            return usageError(command, Cli::tr("--pathlen must be 0 to 10"));
    }
    if (parser.isSet(passFile) && !readPassphraseFile(parser.value(passFile), &options.passphrase, &message))
        return usageError(command, message);

    Error error;
    MiniCa ca;
    if (parser.isSet(parent)) {
        QByteArray parentPassphrase;
        if (parser.isSet(parentPass) && !readPassphraseFile(parser.value(parentPass), &parentPassphrase, &message))
            return usageError(command, message);
        MiniCa parentCa = MiniCa::open(parser.value(parent), parentPassphrase, &error);
        if (parentCa.isNull())
            return pkiFailure(command, error);
        ca = MiniCa::createSubordinate(parser.value(outDir), parentCa, options, &error);
    } else {
        ca = MiniCa::create(parser.value(outDir), options, &error);
    }
    if (ca.isNull())
        return pkiFailure(command, error);

    QString text = wroteSection({{ca.keyFile(), keyWhat(ca.key(), !options.passphrase.isEmpty())},
                                 {ca.certificateFile(), Cli::tr("CA certificate")},
                                 {ca.chainFile(), ca.issuerChain().isEmpty() ? Cli::tr("issuers of this CA (none: a root)")
                                                                             : Cli::tr("issuers of this CA")},
                                 {ca.serialFile(), Cli::tr("next serial: %1").arg(ca.nextSerialHex())},
                                 {ca.indexFile(), Cli::tr("issued certificates")},
                                 {ca.configFile(), Cli::tr("CA settings")}});
    text += certificateSection(Cli::tr("CA certificate"), ca.certificate());
    // The trust anchor partners need: this CA when it is a root, else the root above it.
    QString anchorFile = ca.certificateFile();
    if (!ca.issuerChain().isEmpty())
        anchorFile = ca.issuerChain().size() == 1 ? QDir(parser.value(parent)).filePath(QStringLiteral("ca.pem"))
                                                  : QStringLiteral("<the root CA's ca.pem>");
    text += Cli::tr("Clients trust it with: mailtls session HOST --ca-file %1\n").arg(displayPath(anchorFile));
    text += snippetsSection(ConfigSnippets::trustedCa(anchorFile));
    text += Cli::tr("Next: mailtls cert ca sign --ca-dir %1 --csr request.csr --out cert.pem\n").arg(parser.value(outDir));
    writeOut(text);
    return ExitOk;
}

int runCertCaSign(const QStringList &args)
{
    const QString command = QStringLiteral("cert ca sign");
    QCommandLineParser parser;
    const QCommandLineOption caDir(QStringLiteral("ca-dir"), Cli::tr("The CA directory ('mailtls cert ca init')."), QStringLiteral("DIR"));
    const QCommandLineOption csr(QStringLiteral("csr"), Cli::tr("The request to sign (PEM or DER)."), QStringLiteral("FILE"));
    const QCommandLineOption out(QStringLiteral("out"), Cli::tr("Write the certificate (PEM) to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption outChain(QStringLiteral("out-chain"),
                                      Cli::tr("Also write the certificate followed by the CA's intermediates: the file a server serves."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption days(QStringLiteral("days"), Cli::tr("Validity in days (default: the CA's, normally 365)."), QStringLiteral("N"));
    const QCommandLineOption eku(QStringLiteral("eku"), Cli::tr("server (default), client, both, or ca for an intermediate CA."), QStringLiteral("USAGE"));
    const QCommandLineOption notBefore(QStringLiteral("not-before"), Cli::tr("Explicit start of validity (ISO 8601, UTC)."), QStringLiteral("WHEN"));
    const QCommandLineOption notAfter(QStringLiteral("not-after"), Cli::tr("Explicit end of validity (ISO 8601, UTC)."), QStringLiteral("WHEN"));
    const QCommandLineOption san(QStringLiteral("san"), Cli::tr("Use these SANs instead of the requested ones; repeatable."), QStringLiteral("LIST"));
    const QCommandLineOption pathLen(QStringLiteral("pathlen"), Cli::tr("With --eku ca: CAs allowed below it (default 0)."), QStringLiteral("N"));
    const QCommandLineOption passFile(QStringLiteral("passphrase-file"), Cli::tr("Passphrase of ca.key (first line of FILE)."), QStringLiteral("FILE"));
    const QCommandLineOption force(QStringLiteral("force"), Cli::tr("Replace output files that exist."));
    parser.addOptions({caDir, csr, out, outChain, days, eku, notBefore, notAfter, san, pathLen, passFile, force});
    int exit = ExitOk;
    if (!parseCommand(parser, args, command, QStringLiteral("--ca-dir DIR --csr FILE --out FILE [--days N] [--eku server|client|both|ca]"),
                      Cli::tr("Signs a request with the CA in DIR: the next serial number (tracked in DIR/serial),\n"
                                     "the requested SANs (or --san), serverAuth/clientAuth as --eku says, keyUsage\n"
                                     "digitalSignature (+ keyEncipherment for RSA), CA:FALSE, SKI/AKI, SHA-256."),
                      translated(kSanSyntax)
                          + Cli::tr("\nDates: --not-before/--not-after take 2024-01-31 or 2024-01-31T12:00:00Z and may lie in\n"
                                           "the past (an expired certificate for a test).\n"
                                           "\nExample:\n  mailtls cert ca sign --ca-dir ./mail-ca --csr mx.csr --out mx.pem --out-chain mx-chain.pem\n\n")
                          + translated(kExitCodes),
                      &exit))
        return exit;
    if (!parser.isSet(caDir) || !parser.isSet(csr) || !parser.isSet(out))
        return usageError(command, Cli::tr("--ca-dir DIR, --csr FILE and --out FILE are required"));
    QString message;
    CaSignOptions options;
    if (parser.isSet(days) && !parseDays(parser.value(days), &options.days, &message))
        return usageError(command, message);
    if (parser.isSet(eku) && !certificateUsageFromName(parser.value(eku), &options.usage))
        return usageError(command, Cli::tr("--eku must be server, client, both or ca"));
    if (parser.isSet(notBefore) && !parseMoment(QStringLiteral("not-before"), parser.value(notBefore), &options.notBefore, &message))
        return usageError(command, message);
    if (parser.isSet(notAfter) && !parseMoment(QStringLiteral("not-after"), parser.value(notAfter), &options.notAfter, &message))
        return usageError(command, message);
    if (parser.isSet(notAfter) && parser.isSet(days))
        return usageError(command, Cli::tr("give --days or --not-after, not both"));
    if (parser.isSet(san)) {
        SubjectAltNames sans;
        if (!parseSans(parser.values(san), &sans, &message))
            return usageError(command, QStringLiteral("--san: ") + message);
        options.altNames = sans;
    }
    if (parser.isSet(pathLen)) {
        bool ok = false;
        options.pathLength = parser.value(pathLen).toInt(&ok);
        if (!ok || options.pathLength < 0 || options.pathLength > 10 || options.usage != CertificateUsage::Ca)
            return usageError(command, Cli::tr("--pathlen (0 to 10) goes with --eku ca"));
    }
    QByteArray passphrase;
    if (parser.isSet(passFile) && !readPassphraseFile(parser.value(passFile), &passphrase, &message))
        return usageError(command, message);

    Error error;
    QStringList outputs{parser.value(out)};
    if (parser.isSet(outChain))
        outputs << parser.value(outChain);
    if (!checkOutputPaths(outputs, parser.isSet(force), &error))
        return pkiFailure(command, error);
    const CertificateRequest request = CertificateRequest::fromFile(parser.value(csr), &error);
    if (request.isNull())
        return pkiFailure(command, error);
    MiniCa ca = MiniCa::open(parser.value(caDir), passphrase, &error);
    if (ca.isNull())
        return pkiFailure(command, error);
    const Certificate cert = ca.sign(request, options, &error);
    if (cert.isNull())
        return pkiFailure(command, error);

    QByteArray chain = cert.toPem();
    for (const Certificate &c : ca.servedIntermediates())
        chain += c.toPem();
    QList<OutputFile> files{{parser.value(out), cert.toPem(), FileSecrecy::Public}};
    QList<WrittenFile> wrote{{parser.value(out), Cli::tr("certificate, serial %1").arg(cert.serialHex())}};
    if (parser.isSet(outChain)) {
        files << OutputFile{parser.value(outChain), chain, FileSecrecy::Public};
        wrote << WrittenFile{parser.value(outChain),
                             Cli::tr("certificate + %1 intermediate(s), to serve").arg(ca.servedIntermediates().size())};
    }
    if (!writeOutputFiles(files, parser.isSet(force), &error)) {
        printError(command, shownMessage(error) + Cli::tr(" (serial %1 stays recorded in %2)").arg(cert.serialHex(), ca.indexFile()));
        return ExitUsage;
    }
    wrote << WrittenFile{ca.indexFile(), Cli::tr("recorded; next serial %1").arg(ca.nextSerialHex())};

    QString text = wroteSection(wrote) + certificateSection(Cli::tr("Certificate"), cert);
    if (options.usage == CertificateUsage::Ca) {
        text += Cli::tr("This is a CA certificate: servers send it after the leaves it signs.\n");
    } else {
        const QString served = parser.isSet(outChain) ? parser.value(outChain) : parser.value(out);
        if (!parser.isSet(outChain) && !ca.servedIntermediates().isEmpty())
            text += Cli::tr("Note: serve this certificate followed by %1 (or use --out-chain), or partners miss the intermediate.\n")
                        .arg(displayPath(ca.certificateFile()));
        const ServedCredential credential{served, QStringLiteral("<the key of %1>").arg(QFileInfo(parser.value(csr)).fileName()),
                                          cert.key().type, false};
        text += snippetsSection(options.usage == CertificateUsage::Client ? ConfigSnippets::client(credential)
                                                                          : ConfigSnippets::server({credential}));
    }
    writeOut(text);
    return ExitOk;
}

int runCertDhparam(const QStringList &args)
{
    const QString command = QStringLiteral("cert dhparam");
    QCommandLineParser parser;
    const QCommandLineOption bits(QStringLiteral("bits"), Cli::tr("Prime size: 2048, 3072 or 4096."), QStringLiteral("N"));
    const QCommandLineOption out(QStringLiteral("out"), Cli::tr("Write the parameters (PEM) to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption force(QStringLiteral("force"), Cli::tr("Replace FILE if it exists."));
    parser.addOptions({bits, out, force});
    int exit = ExitOk;
    if (!parseCommand(parser, args, command, QStringLiteral("--bits 2048|3072|4096 --out FILE [--force]"),
                      Cli::tr("Generates Diffie-Hellman parameters (a safe prime, generator 2) for DHE suites.\n"
                                     "This takes seconds to minutes; progress shows on a terminal and Ctrl-C stops it\n"
                                     "without leaving a file behind."),
                      Cli::tr("Example:\n  mailtls cert dhparam --bits 3072 --out /etc/exim4/dh3072.pem\n\n") + translated(kExitCodes),
                      &exit))
        return exit;
    if (!parser.isSet(bits) || !parser.isSet(out))
        return usageError(command, Cli::tr("--bits N and --out FILE are required"));
    bool ok = false;
    const int size = parser.value(bits).toInt(&ok);
    if (!ok || !DhParameters::isSupportedSize(size))
        return usageError(command, Cli::tr("--bits must be 2048, 3072 or 4096"));
    Error error;
    if (!checkOutputPaths({parser.value(out)}, parser.isSet(force), &error))
        return pkiFailure(command, error);

    const bool terminal = ::isatty(STDERR_FILENO) == 1;
    if (terminal)
        writeErr(Cli::tr("Generating %1-bit DH parameters (can take minutes; Ctrl-C cancels)\n").arg(size));
    int column = 0;
    int candidates = 0;
    QByteArray pem;
    {
        const core::CancelToken interrupted;
        InterruptGuard guard(interrupted, true);
        const DhProgressFn progress = [&](const DhProgress &p) {
            if (interrupted.isCancelled())
                return false;
            if (terminal) {
                QString mark;
                if (p.stage == 0 && ++candidates % 8 == 0)
                    mark = QStringLiteral(".");
                else if (p.stage == 2)
                    mark = QStringLiteral("*");
                if (!mark.isEmpty()) {
                    writeErr(mark);
                    if (++column % 64 == 0)
                        writeErr(QStringLiteral("\n"));
                }
            }
            return true;
        };
        pem = DhParameters::generate(size, progress, &error);
    }
    if (terminal && column % 64 != 0)
        writeErr(QStringLiteral("\n"));
    if (pem.isEmpty()) {
        if (error.kind == ErrorKind::Cancelled) {
            printError(command, Cli::tr("interrupted; nothing written"));
            return ExitInterrupted;
        }
        return pkiFailure(command, error);
    }
    if (!writeOutputFile({parser.value(out), pem, FileSecrecy::Public}, parser.isSet(force), &error))
        return pkiFailure(command, error);
    writeOut(wroteSection({{parser.value(out), Cli::tr("DH parameters, %1-bit safe prime, generator 2").arg(size)}})
             + snippetsSection(ConfigSnippets::dhParameters(parser.value(out))));
    return ExitOk;
}

int runCertPkcs12(const QStringList &args)
{
    const QString command = QStringLiteral("cert pkcs12");
    QCommandLineParser parser;
    const QCommandLineOption cert(QStringLiteral("cert"), Cli::tr("The certificate (PEM; further certificates in it join the chain)."), QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("key"), Cli::tr("Its private key."), QStringLiteral("FILE"));
    const QCommandLineOption chain(QStringLiteral("chain"), Cli::tr("Intermediate (and root) certificates to include."), QStringLiteral("FILE"));
    const QCommandLineOption out(QStringLiteral("out"), Cli::tr("Write the bundle (DER .p12) to FILE (mode 0600)."), QStringLiteral("FILE"));
    const QCommandLineOption passFile(QStringLiteral("passphrase-file"), Cli::tr("Protect the bundle with the first line of FILE."), QStringLiteral("FILE"));
    const QCommandLineOption keyPass(QStringLiteral("key-passphrase-file"), Cli::tr("Passphrase of an encrypted --key."), QStringLiteral("FILE"));
    const QCommandLineOption name(QStringLiteral("name"), Cli::tr("Friendly name shown by importers (default: the CN)."), QStringLiteral("TEXT"));
    const QCommandLineOption force(QStringLiteral("force"), Cli::tr("Replace FILE if it exists."));
    parser.addOptions({cert, key, chain, out, passFile, keyPass, name, force});
    int exit = ExitOk;
    if (!parseCommand(parser, args, command, QStringLiteral("--cert F --key F [--chain F] --out F --passphrase-file F"),
                      Cli::tr("Bundles a certificate, its key and optionally the chain into one PKCS#12 file\n"
                                     "(AES-256-CBC with PBKDF2-SHA256, HMAC-SHA256), e.g. for Windows or a mail client."),
                      Cli::tr("Example:\n  mailtls cert pkcs12 --cert mx.pem --key mx.key --chain ca.pem --out mx.p12 --passphrase-file p12.pass\n\n")
                          + translated(kExitCodes),
                      &exit))
        return exit;
    if (!parser.isSet(cert) || !parser.isSet(key) || !parser.isSet(out))
        return usageError(command, Cli::tr("--cert FILE, --key FILE and --out FILE are required"));
    if (!parser.isSet(passFile))
        return usageError(command, Cli::tr("--passphrase-file FILE is required (a PKCS#12 file carries the private key)"));
    QString message;
    QByteArray passphrase;
    QByteArray keyPassphrase;
    if (!readPassphraseFile(parser.value(passFile), &passphrase, &message))
        return usageError(command, message);
    if (parser.isSet(keyPass) && !readPassphraseFile(parser.value(keyPass), &keyPassphrase, &message))
        return usageError(command, message);
    auto readCerts = [&](const QString &path, CertificateChain *certs) {
        QByteArray data;
        Error readError;
        if (!readFileBounded(path, limits::kCertificateFileBytes, core::phrase("Errors", "certificate file"), &data, &readError)) {
            message = Cli::tr("cannot read %1").arg(shownMessage(readError));
            return false;
        }
        *certs = Certificate::listFromPem(data);
        if (certs->isEmpty()) {
            const Certificate der = Certificate::fromDer(data);
            if (!der.isNull())
                *certs << der;
        }
        if (certs->isEmpty()) {
            message = Cli::tr("%1 holds no certificate").arg(path);
            return false;
        }
        return true;
    };
    CertificateChain certs;
    CertificateChain extra;
    if (!readCerts(parser.value(cert), &certs))
        return usageError(command, message);
    if (parser.isSet(chain) && !readCerts(parser.value(chain), &extra))
        return usageError(command, message);
    Error error;
    if (!checkOutputPaths({parser.value(out)}, parser.isSet(force), &error))
        return pkiFailure(command, error);
    const PrivateKey privateKey = PrivateKey::fromFile(parser.value(key), keyPassphrase, &error);
    if (privateKey.isNull())
        return pkiFailure(command, error);
    const Certificate leaf = certs.first();
    const CertificateChain bundleChain = certs.mid(1) + extra;
    if (!privateKey.matches(leaf)) {
        printError(command, Cli::tr("%1 does not belong to the certificate in %2 (%3)")
                                .arg(parser.value(key), parser.value(cert), leaf.subject()));
        return ExitUsage;
    }
    const QByteArray p12 = Pkcs12Bundle::create(leaf, privateKey, bundleChain, passphrase, parser.value(name), &error);
    if (p12.isEmpty())
        return pkiFailure(command, error);
    if (!writeOutputFile({parser.value(out), p12, FileSecrecy::Secret}, parser.isSet(force), &error))
        return pkiFailure(command, error);
    writeOut(wroteSection({{parser.value(out), Cli::tr("PKCS#12: certificate, key (%1), %2 chain certificate(s); mode 0600")
                                                   .arg(keyInfoText(privateKey.info(), KeyTextForm::Short))
                                                   .arg(bundleChain.size())}})
             + certificateSection(Cli::tr("Certificate"), leaf)
             + Cli::tr("Check: openssl pkcs12 -info -noout -in %1 -passin file:%2\n")
                   .arg(displayPath(parser.value(out)), displayPath(parser.value(passFile))));
    return ExitOk;
}

} // namespace mailtls::cli
