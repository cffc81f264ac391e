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

OutcomeClass outcomeClass(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None: return OutcomeClass::None;
    case ErrorKind::Resolve:
    case ErrorKind::Refused:
    case ErrorKind::Unreachable: return OutcomeClass::Connect;
    case ErrorKind::Timeout: return OutcomeClass::Timeout;
    case ErrorKind::Closed:
    case ErrorKind::Io:
    case ErrorKind::Protocol:
    case ErrorKind::Busy:
    case ErrorKind::StarttlsUnavailable:
    case ErrorKind::Process: return OutcomeClass::Protocol;
    case ErrorKind::Tls: return OutcomeClass::Tls;
    case ErrorKind::Cancelled: return OutcomeClass::Cancelled;
    case ErrorKind::Usage:
    case ErrorKind::FileExists:
    case ErrorKind::FileUnreadable:
    case ErrorKind::FileUnwritable:
    case ErrorKind::BadFormat:
    case ErrorKind::PassphraseNeeded:
    case ErrorKind::WrongPassphrase:
    case ErrorKind::KeyMismatch:
    case ErrorKind::Crypto: return OutcomeClass::Usage;
    }
    return OutcomeClass::Protocol;
}

ErrorKind kindInClass(OutcomeClass cls, ErrorKind kind, ErrorKind fallback)
{
    return outcomeClass(kind) == cls ? kind : fallback;
}

QString outcomeWord(ErrorKind kind)
{
    // In the order of OutcomeClass.
    static const char *const words[] = {"", "usage", "connect", "timeout", "protocol", "tls", "cancelled"};
    return QString::fromLatin1(words[int(outcomeClass(kind))]);
}

bool outcomeKindFromWord(const QString &word, ErrorKind *kind)
{
    // One kind stands for each word; reading it back and writing it again gives the same word.
    for (ErrorKind k : {ErrorKind::None, ErrorKind::Usage, ErrorKind::Unreachable, ErrorKind::Timeout, ErrorKind::Protocol,
                        ErrorKind::Tls, ErrorKind::Cancelled}) {
        if (outcomeWord(k) == word) {
            *kind = k;
            return true;
        }
    }
    *kind = ErrorKind::Protocol;
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

QString checkStateWord(CheckState state)
{
    switch (state) {
    case CheckState::Yes: return QStringLiteral("yes");
    case CheckState::No: return QStringLiteral("no");
    case CheckState::NotApplicable: return QStringLiteral("not_applicable");
    case CheckState::Untested: break;
    }
    return QStringLiteral("untested");
}

bool parseCheckState(const QString &word, CheckState *state)
{
    for (CheckState s : {CheckState::Untested, CheckState::Yes, CheckState::No, CheckState::NotApplicable}) {
        if (checkStateWord(s) == word) {
            *state = s;
            return true;
        }
    }
    return false;
}

} // namespace mailtls::core
