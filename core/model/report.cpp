#include "model/report.h"

namespace mailtls::core {

QString lineDirectionCode(LineDirection dir)
{
    switch (dir) {
    case LineDirection::Client: return QStringLiteral("C");
    case LineDirection::Server: return QStringLiteral("S");
    case LineDirection::Tls: return QStringLiteral("tls");
    case LineDirection::Note: return QStringLiteral("note");
    }
    return QStringLiteral("note");
}

bool parseLineDirection(const QString &code, LineDirection *out)
{
    for (LineDirection d : {LineDirection::Client, LineDirection::Server, LineDirection::Tls,
                            LineDirection::Note}) {
        if (lineDirectionCode(d) == code) {
            *out = d;
            return true;
        }
    }
    return false;
}

QString certificateTypeOf(const CertificateChain &chain)
{
    if (chain.isEmpty() || chain.first().isNull())
        return QString();
    const QString type = chain.first().key().type;
    if (type == QLatin1String("EC"))
        return QStringLiteral("ECDSA");
    if (type == QLatin1String("RSA-PSS"))
        return QStringLiteral("RSA");
    return type;
}

QString CipherSuite::codeHex() const
{
    return suiteCodeHex(code);
}

} // namespace mailtls::core
