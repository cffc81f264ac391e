#include "protocol/redaction.h"

#include "protocol/reply_parser.h"

#include <QByteArray>
#include <QRegularExpression>

#include <vector>

namespace mailtls::core {

namespace {

const QString kRedacted = QStringLiteral("<redacted>");
constexpr int kMinLearnedSecretLength = 4;
constexpr int kMinBase64CoreLength = 4;

// A user name inside a marker: quoted, control characters escaped so it cannot break the line.
QString quotedName(const QByteArray &bytes)
{
    const QString name = decodeMailText(bytes);
    QString out = QStringLiteral("\"");
    for (const QChar c : name) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

bool decodeBase64(const QString &text, QByteArray *out)
{
    const QByteArray ascii = text.trimmed().toLatin1();
    if (ascii.isEmpty())
        return false;
    auto result = QByteArray::fromBase64Encoding(ascii, QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return false;
    *out = *result;
    return true;
}

// The base64 characters that depend only on the secret when it starts at a stream offset of
// 0, 1 or 2 bytes modulo 3: what stays the same inside any larger base64 blob.
QList<QByteArray> base64Cores(const QByteArray &secret)
{
    QList<QByteArray> cores;
    const qsizetype n = secret.size();
    for (int shift = 0; shift < 3; ++shift) {
        QByteArray padded(shift, '\0');
        padded += secret;
        padded += QByteArray(2, '\0');
        const QByteArray encoded = padded.toBase64();
        const qsizetype firstBit = 8 * qsizetype(shift);
        const qsizetype first = (firstBit + 5) / 6;        // first character after the prefix
        const qsizetype end = (firstBit + 8 * n) / 6;       // characters wholly inside the secret
        if (end - first >= kMinBase64CoreLength)
            cores.append(encoded.mid(first, end - first));
    }
    return cores;
}

} // namespace

Redactor::Redactor(bool enabled) : enabled_(enabled) {}

void Redactor::addSecret(const QString &secret)
{
    if (secret.isEmpty())
        return;
    addForms(secret, secret.toUtf8());
}

void Redactor::addForms(const QString &plain, const QByteArray &bytes)
{
    QStringList forms;
    forms << plain << QString::fromLatin1(bytes.toBase64());
    for (const QByteArray &core : base64Cores(bytes))
        forms << QString::fromLatin1(core);
    for (const QString &form : std::as_const(forms)) {
        if (!form.isEmpty() && !secrets_.contains(form))
            secrets_.append(form);
    }
}

void Redactor::learnSecret(const QString &plain, const QByteArray &bytes)
{
    if (plain.size() < kMinLearnedSecretLength)
        return;
    addForms(plain, bytes);
    // The password's bytes may not be UTF-8 (a Latin-1 client): cover the UTF-8 spelling too.
    if (plain.toUtf8() != bytes)
        addForms(plain, plain.toUtf8());
}

QString Redactor::clientLine(const QString &line)
{
    if (!enabled_)
        return line;

    if (authStep_ > 0) {
        if (line.trimmed() == QLatin1String("*")) {
            // RFC 4954: "*" cancels the exchange; the server answers 501.
            endExchange();
            return maskSecrets(line);
        }
        ++authStep_;
        return maskSecrets(describeResponse(line.trimmed()));
    }

    static const QRegularExpression authCommand(
        QStringLiteral("^(\\s*AUTH\\s+)(\\S+)(?:\\s+(\\S.*))?$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = authCommand.match(line);
    if (!match.hasMatch())
        return maskSecrets(line);

    mechanism_ = match.captured(2).toUpper();
    authStep_ = 1;
    responses_ = 0;
    const QString initialResponse = match.captured(3).trimmed();
    if (initialResponse.isEmpty())
        return maskSecrets(line);
    // Whatever follows the mechanism is credential material, extra tokens included.
    const QString shown = match.captured(1) + match.captured(2) + QLatin1Char(' ')
                          + describeResponse(initialResponse);
    return maskSecrets(shown);
}

QString Redactor::describeResponse(const QString &response)
{
    const int index = responses_++;
    // The raw base64 is what a server would echo back; mask it wherever it shows up again.
    if (response.size() >= kMinBase64CoreLength && !secrets_.contains(response)
        && response != QLatin1String("="))
        secrets_.append(response);

    QByteArray decoded;
    const bool decodes = decodeBase64(response, &decoded);

    if (mechanism_ == QLatin1String("PLAIN") && index == 0) {
        // RFC 4616: authzid NUL authcid NUL passwd.
        const QList<QByteArray> parts = decoded.split('\0');
        if (!decodes || parts.size() != 3 || parts.at(1).isEmpty())
            return kRedacted;
        learnSecret(decodeMailText(parts.at(2)), parts.at(2));
        QString marker = QStringLiteral("<redacted: user %1").arg(quotedName(parts.at(1)));
        if (!parts.at(0).isEmpty() && parts.at(0) != parts.at(1))
            marker += QStringLiteral(" acting as %1").arg(quotedName(parts.at(0)));
        return marker + QStringLiteral(", password hidden>");
    }

    if (mechanism_ == QLatin1String("LOGIN") && index == 0) {
        if (!decodes || decoded.isEmpty())
            return kRedacted;
        return QStringLiteral("<redacted: user %1>").arg(quotedName(decoded));
    }

    if (mechanism_ == QLatin1String("LOGIN") && index == 1) {
        if (decodes)
            learnSecret(decodeMailText(decoded), decoded);
        return QStringLiteral("<redacted: password>");
    }

    if (mechanism_ == QLatin1String("CRAM-MD5") && index == 0) {
        // RFC 2195: base64("user hex-digest"); the digest allows an offline password guess.
        const qsizetype space = decoded.lastIndexOf(' ');
        if (!decodes || space <= 0)
            return kRedacted;
        return QStringLiteral("<redacted: CRAM-MD5 response for user %1>")
            .arg(quotedName(decoded.left(space)));
    }

    return kRedacted;
}

void Redactor::serverReply(int code)
{
    if (authStep_ > 0 && code != 334)
        endExchange();
}

void Redactor::endExchange()
{
    authStep_ = 0;
    responses_ = 0;
    mechanism_.clear();
}

QString Redactor::serverLine(const QString &line) const
{
    if (!enabled_)
        return line;
    return maskSecrets(line);
}

QString Redactor::maskSecrets(const QString &text) const
{
    if (secrets_.isEmpty() || text.isEmpty())
        return text;

    // Mark every character covered by any form of any secret, then collapse each marked run
    // into one marker: overlapping forms (plain inside base64 etc.) leave no fragments behind.
    std::vector<bool> covered(static_cast<size_t>(text.size()), false);
    bool any = false;
    for (const QString &secret : secrets_) {
        qsizetype from = 0;
        while ((from = text.indexOf(secret, from)) >= 0) {
            for (qsizetype i = from; i < from + secret.size(); ++i)
                covered[static_cast<size_t>(i)] = true;
            any = true;
            ++from;
        }
    }
    if (!any)
        return text;

    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool hidden = covered[static_cast<size_t>(i)];
        if (!hidden)
            out += text.at(i);
        else if (i == 0 || !covered[static_cast<size_t>(i - 1)])
            out += kRedacted;
    }
    return out;
}

} // namespace mailtls::core
