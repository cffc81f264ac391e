#include "cert_command.h"
#include "cli_tr.h"

#include "cert_generate_command.h"
#include "cert_inspect_command.h"
#include "cli_settings.h"
#include "console.h"

namespace mailtls::cli {

QString certHelpText()
{
    return Cli::tr(
        "Usage: mailtls cert SUBCOMMAND [options]\n"
        "\n"
        "Certificates for mail servers: look at what you have, make what you need.\n"
        "\n"
        "Subcommands:\n"
        "  inspect FILE...   the chain in certificate/key files as a server would send it, with findings\n"
        "  key               a private key (rsa2048|rsa3072|rsa4096|ec-p256|ec-p384|ed25519)\n"
        "  selfsigned        a self-signed server certificate and its key\n"
        "  csr               a certificate signing request (with SANs) for a public or private CA\n"
        "  ca init           a small CA in a directory (or a subordinate CA with --parent-ca-dir)\n"
        "  ca sign           sign a request with that CA (serial numbers tracked)\n"
        "  dhparam           Diffie-Hellman parameters for DHE suites\n"
        "  pkcs12            certificate + key (+ chain) in one passphrase-protected .p12 file\n"
        "\n"
        "'mailtls cert SUBCOMMAND --help' describes each. Generating commands print what they\n"
        "wrote and the Exim and Postfix lines that use it. Private keys are written 0600 and no\n"
        "existing file is replaced without --force.\n"
        "\n"
        "Exit codes: 0 ok, 1 a finding at or above --fail-on (inspect), 2 usage or file error\n"
        "(including a wrong passphrase), 130 interrupted.\n");
}

int runCertCommand(const QStringList &args)
{
    const QString sub = args.value(1);
    const QStringList rest = args.mid(1);   // the subcommand's own name in the program slot
    if (sub.isEmpty()) {
        writeErr(certHelpText());
        return ExitUsage;
    }
    if (sub == QLatin1String("-h") || sub == QLatin1String("--help") || sub == QLatin1String("help")) {
        writeOut(certHelpText());
        return ExitOk;
    }
    if (sub == QLatin1String("inspect"))
        return runCertInspect(rest);
    if (sub == QLatin1String("key"))
        return runCertKey(rest);
    if (sub == QLatin1String("selfsigned"))
        return runCertSelfSigned(rest);
    if (sub == QLatin1String("csr"))
        return runCertCsr(rest);
    if (sub == QLatin1String("ca")) {
        const QString action = rest.value(1);
        if (action == QLatin1String("init"))
            return runCertCaInit(rest.mid(1));
        if (action == QLatin1String("sign"))
            return runCertCaSign(rest.mid(1));
        if (action == QLatin1String("-h") || action == QLatin1String("--help")) {
            writeOut(Cli::tr("Usage: mailtls cert ca init|sign [options]\n"
                                    "'mailtls cert ca init --help' and 'mailtls cert ca sign --help' describe each.\n"));
            return ExitOk;
        }
        printError(QStringLiteral("cert ca"),
                   action.isEmpty() ? Cli::tr("say 'init' or 'sign' (try 'mailtls cert ca init --help')")
                                    : Cli::tr("unknown action '%1': 'init' or 'sign'").arg(action));
        return ExitUsage;
    }
    if (sub == QLatin1String("dhparam"))
        return runCertDhparam(rest);
    if (sub == QLatin1String("pkcs12"))
        return runCertPkcs12(rest);
    printError(QStringLiteral("cert"), Cli::tr("unknown subcommand '%1' (try 'mailtls cert --help')").arg(sub));
    return ExitUsage;
}

} // namespace mailtls::cli
