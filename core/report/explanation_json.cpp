#include "report/explanation_json.h"

#include <QJsonArray>

#include "report/json_values.h"

namespace mailtls::core {

QJsonObject explanationToJson(const SuiteExplanation &e)
{
    QJsonObject o;
    o.insert(QStringLiteral("input"), e.input);
    o.insert(QStringLiteral("found"), e.found);
    if (!e.found) {
        o.insert(QStringLiteral("suggestions"), QJsonArray::fromStringList(e.suggestions));
        return o;
    }
    auto part = [](const SuitePart &p) {
        QJsonObject j;
        j.insert(QStringLiteral("name"), p.name);
        j.insert(QStringLiteral("meaning"), p.meaning);
        return j;
    };
    o.insert(QStringLiteral("notation"), e.notation);
    o.insert(QStringLiteral("code"), e.codeHex);
    o.insert(QStringLiteral("iana"), e.suite.iana);
    o.insert(QStringLiteral("openssl"), textOrNull(e.suite.openssl));
    o.insert(QStringLiteral("gnutls"), textOrNull(e.suite.gnutls));
    o.insert(QStringLiteral("kex"), part(e.keyExchange));
    o.insert(QStringLiteral("auth"), part(e.authentication));
    o.insert(QStringLiteral("enc"), part(e.cipher));
    o.insert(QStringLiteral("mac"), part(e.mac));
    o.insert(QStringLiteral("bits"), e.suite.bits);
    o.insert(QStringLiteral("versions"), QJsonArray::fromStringList(e.versions));
    o.insert(QStringLiteral("forward_secrecy"), e.forwardSecrecy);
    o.insert(QStringLiteral("aead"), e.aead);
    o.insert(QStringLiteral("grade"), e.grade);
    o.insert(QStringLiteral("grade_reasons"), QJsonArray::fromStringList(e.gradeReasons));
    o.insert(QStringLiteral("certificate"), e.certificate);
    return o;
}

} // namespace mailtls::core
