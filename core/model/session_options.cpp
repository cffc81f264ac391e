#include "model/session_options.h"

namespace mailtls::core {

QString defaultDialectForPort(quint16 port)
{
    switch (port) {
    case 24:   // LMTP (RFC 2033 suggests no port; 24 is the common private choice)
        return QStringLiteral("lmtp");
    case 143:  // IMAP with STARTTLS (RFC 9051)
    case 993:  // IMAPS (RFC 8314)
        return QStringLiteral("imap");
    case 110:  // POP3 with STLS (RFC 2595)
    case 995:  // POP3S (RFC 8314)
        return QStringLiteral("pop3");
    case 4190: // ManageSieve (RFC 5804)
        return QStringLiteral("sieve");
    default:   // 25, 587 (submission), 465 (submissions) and the rest
        return QStringLiteral("smtp");
    }
}

bool defaultImplicitTlsForPort(quint16 port)
{
    return port == 465 || port == 993 || port == 995;
}

bool portNamesDialect(quint16 port)
{
    switch (port) {
    case 24: case 25: case 465: case 587: case 143: case 993: case 110: case 995: case 4190:
        return true;
    default:
        return false;
    }
}

namespace {

struct SchemePort {
    const char *scheme;
    quint16 port;
};

const SchemePort kSchemePorts[] = {
    {"smtp", 25},   {"submission", 587}, {"smtps", 465}, {"submissions", 465}, {"lmtp", 24},
    {"imap", 143},  {"imaps", 993},      {"pop3", 110},  {"pop3s", 995},       {"sieve", 4190},
};

} // namespace

quint16 defaultPortForScheme(const QString &scheme)
{
    for (const SchemePort &s : kSchemePorts) {
        if (scheme == QLatin1String(s.scheme))
            return s.port;
    }
    return 0;
}

QString knownSchemesText()
{
    QStringList names;
    for (const SchemePort &s : kSchemePorts)
        names << QLatin1String(s.scheme) + QLatin1String("://");
    return names.join(QLatin1String(", "));
}

} // namespace mailtls::core
