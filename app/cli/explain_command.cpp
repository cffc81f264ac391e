#include "explain_command.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

#include "cli_settings.h"
#include "cli_tr.h"
#include "common_options.h"
#include "console.h"
#include "explain/suite_explainer.h"
#include "report/explanation_json.h"

namespace mailtls::cli {

namespace {

const char *const kCommand = "explain";

QString colouredGrade(const QString &text, const QString &grade)
{
    const char *code = grade == QLatin1String("strong")       ? "32"
                       : grade == QLatin1String("acceptable") ? "36"
                       : grade == QLatin1String("weak")       ? "33"
                                                              : "31";
    return styled(text, (QByteArrayLiteral("1;") + code).constData());
}

// The grade word as shown (maybe translated), coloured by the grade it names.
QString colouredShownGrade(const QString &grade, const QString &shown)
{
    return colouredGrade(shown, grade);
}

} // namespace

QString explainHelpText()
{
    return Cli::tr(
        "Usage: mailtls explain [options] SUITE...\n"
        "\n"
        "Takes a cipher suite apart: key exchange, authentication, bulk cipher, MAC/PRF, the\n"
        "protocol versions it exists in, forward secrecy, AEAD, its grade and why, and which\n"
        "certificate a server needs to use it.\n"
        "\n"
        "SUITE is a name in IANA, OpenSSL or GnuTLS notation (any case) or the suite's code:\n"
        "  TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384   ECDHE-RSA-AES256-GCM-SHA384\n"
        "  TLS_ECDHE_RSA_AES_256_GCM_SHA384        0xC030   0xC0,0x30\n"
        "\n"
        "Options:\n"
        "  --json FILE|-   write the breakdown as JSON to FILE, or to standard output with '-'\n"
        "  --no-color      no colours (also when NO_COLOR is set or output is not a terminal)\n"
        "  -h, --help      show this help\n"
        "\n"
        "Exit codes: 0 every suite known, 2 unknown suite (close names are suggested) or usage error.\n"
        "\n"
        "Examples:\n"
        "  mailtls explain ECDHE-RSA-AES128-GCM-SHA256\n"
        "  mailtls explain --json - TLS_AES_256_GCM_SHA384\n");
}

int runExplainCommand(const QStringList &args)
{
    const QString command = QString::fromLatin1(kCommand);
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QString());
    const QCommandLineOption json(QStringLiteral("json"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption noColor(QStringLiteral("no-color"), QString());
    parser.addOptions({help, json, noColor});
    if (!parser.parse(args)) {
        printError(command, parser.errorText() + QLatin1Char(' ') + Cli::tr("(try 'mailtls explain --help')"));
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        writeOut(explainHelpText());
        return ExitOk;
    }
    const QStringList names = parser.positionalArguments();
    if (names.isEmpty()) {
        printError(command, Cli::tr("name a cipher suite, e.g. 'mailtls explain ECDHE-RSA-AES128-GCM-SHA256'"));
        return ExitUsage;
    }
    const QString jsonPath = parser.value(json);
    if (parser.isSet(json) && jsonPath.isEmpty()) {
        printError(command, Cli::tr("--json needs a file name or '-'"));
        return ExitUsage;
    }

    QList<core::SuiteExplanation> explanations;
    bool allKnown = true;
    for (const QString &name : names) {
        explanations << core::explainSuite(name);
        if (!explanations.constLast().found) {
            allKnown = false;
            printError(command, explanations.constLast().errorPhrase().localized());
        }
    }

    const bool jsonToStdout = jsonPath == QLatin1String("-");
    if (!jsonToStdout) {
        const bool color = stdoutWantsColor() && !parser.isSet(noColor);
        bool first = true;
        for (const core::SuiteExplanation &e : explanations) {
            if (!e.found)
                continue;
            if (!first)
                writeOut(QStringLiteral("\n"));
            first = false;
            // In the user's language (core keeps the English for --json).
            writeOut(core::explanationText(e, true, color ? colouredShownGrade : nullptr));
        }
    }
    if (!jsonPath.isEmpty()) {
        QJsonDocument doc;
        if (explanations.size() == 1) {
            doc = QJsonDocument(core::explanationToJson(explanations.first()));
        } else {
            QJsonArray array;
            for (const core::SuiteExplanation &e : explanations)
                array.append(core::explanationToJson(e));
            doc = QJsonDocument(array);
        }
        const QByteArray bytes = doc.toJson(QJsonDocument::Indented);
        if (jsonToStdout) {
            writeOut(QString::fromUtf8(bytes));
        } else {
            QString why;
            if (!writeOutputFile(jsonPath, bytes, &why)) {
                printError(command, Cli::tr("cannot write --json %1: %2").arg(jsonPath, why));
                return ExitUsage;
            }
        }
    }
    return allKnown ? ExitOk : ExitUsage;
}

} // namespace mailtls::cli
