#include "report/simulation_json.h"

#include <QJsonArray>
#include <QJsonObject>

#include "catalog/cipher_catalog.h"
#include "report/json_report.h"
#include "report/ordered_json_writer.h"

namespace mailtls::core {

namespace {

QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue cipherJson(const SuiteInfo &s)
{
    if (s.code == 0)
        return QJsonValue(QJsonValue::Null);
    QJsonObject o;
    o.insert(QStringLiteral("code"), suiteCodeHex(s.code));
    o.insert(QStringLiteral("iana"), nullable(s.iana));
    o.insert(QStringLiteral("openssl"), nullable(opensslNameOf(s)));
    return o;
}

QJsonArray suiteArray(const QList<quint16> &codes)
{
    QJsonArray a;
    for (quint16 code : codes) {
        SuiteInfo s;
        if (const SuiteInfo *info = CipherCatalog::instance().byCode(code))
            s = *info;
        s.code = code;
        a.append(cipherJson(s));
    }
    return a;
}

} // namespace

// "simulation": {
//   client {name, title, source, versions[], ciphers[{code, iana, openssl}], tls13_suites[…],
//           groups[], sigalgs[], min_dh_bits, notes[], unknown_names[]},
//   server {source, versions[], certificate_types[], groups[], dh_bits},
//   prediction {connects, version, cipher {code, iana, openssl}, group, dh_bits, failed_version,
//               finding_id, sentence, steps[], caveats[], shared_versions[], shared_suites[],
//               fix {exim, postfix}},
//   live {ran, path, omitted[], connected, server_accepted, client_would_accept, version, cipher,
//         group, dh_bits, alert, error, client_abort_reason, prediction_held, verdict}   (null if not run)
//   partner_fails }
QJsonObject simulationToJson(const SimulationResult &result)
{
    QJsonObject sim;
    const ClientOffer &offer = result.offer;
    QJsonObject client;
    client.insert(QStringLiteral("name"), offer.name);
    client.insert(QStringLiteral("title"), offer.title);
    client.insert(QStringLiteral("source"), offer.source);
    client.insert(QStringLiteral("versions"), QJsonArray::fromStringList(offer.versions));
    client.insert(QStringLiteral("ciphers"), suiteArray(offer.ciphers));
    client.insert(QStringLiteral("tls13_suites"), suiteArray(offer.tls13Suites));
    client.insert(QStringLiteral("groups"), QJsonArray::fromStringList(offer.groups));
    client.insert(QStringLiteral("sigalgs"), QJsonArray::fromStringList(offer.sigalgs));
    client.insert(QStringLiteral("min_dh_bits"), offer.minDhBits > 0 ? QJsonValue(offer.minDhBits) : QJsonValue(QJsonValue::Null));
    client.insert(QStringLiteral("notes"), QJsonArray::fromStringList(offer.notes));
    client.insert(QStringLiteral("unknown_names"), QJsonArray::fromStringList(offer.unknownNames));
    sim.insert(QStringLiteral("client"), client);
    const Prediction &p = result.prediction;
    QJsonObject server;
    server.insert(QStringLiteral("source"), result.serverSource);
    QStringList versions;
    for (auto it = result.report.scan.protocols.cbegin(); it != result.report.scan.protocols.cend(); ++it)
        if (it.value())
            versions << it.key();
    server.insert(QStringLiteral("versions"), QJsonArray::fromStringList(versions));
    server.insert(QStringLiteral("certificate_types"), QJsonArray::fromStringList(serverCertificateTypes(result.report.scan)));
    server.insert(QStringLiteral("groups"), QJsonArray::fromStringList(result.report.scan.groups));
    server.insert(QStringLiteral("dh_bits"), result.report.scan.dhBits > 0 ? QJsonValue(result.report.scan.dhBits) : QJsonValue(QJsonValue::Null));
    sim.insert(QStringLiteral("server"), server);

    QJsonObject pred;
    pred.insert(QStringLiteral("connects"), p.connects);
    pred.insert(QStringLiteral("version"), nullable(p.version));
    pred.insert(QStringLiteral("cipher"), cipherJson(p.suite));
    pred.insert(QStringLiteral("group"), nullable(p.group));
    pred.insert(QStringLiteral("dh_bits"), p.dhBits > 0 ? QJsonValue(p.dhBits) : QJsonValue(QJsonValue::Null));
    pred.insert(QStringLiteral("failed_version"), nullable(p.failedVersion));
    pred.insert(QStringLiteral("finding_id"), p.connects ? QJsonValue(QJsonValue::Null) : QJsonValue(p.finding.id));
    pred.insert(QStringLiteral("sentence"), p.sentence);
    pred.insert(QStringLiteral("steps"), QJsonArray::fromStringList(p.steps));
    pred.insert(QStringLiteral("caveats"), QJsonArray::fromStringList(p.caveats));
    pred.insert(QStringLiteral("shared_versions"), QJsonArray::fromStringList(p.sharedVersions));
    QList<quint16> sharedCodes;
    for (const SuiteInfo &s : p.sharedSuites)
        sharedCodes << s.code;
    pred.insert(QStringLiteral("shared_suites"), suiteArray(sharedCodes));
    if (!p.connects) {
        QJsonObject fix;
        fix.insert(QStringLiteral("exim"), nullable(p.finding.fixExim));
        fix.insert(QStringLiteral("postfix"), nullable(p.finding.fixPostfix));
        pred.insert(QStringLiteral("fix"), fix);
    } else {
        pred.insert(QStringLiteral("fix"), QJsonValue(QJsonValue::Null));
    }
    sim.insert(QStringLiteral("prediction"), pred);

    const LiveHandshake &l = result.live;
    if (l.ran) {
        QJsonObject live;
        live.insert(QStringLiteral("ran"), true);
        live.insert(QStringLiteral("path"), l.path);
        live.insert(QStringLiteral("omitted"), QJsonArray::fromStringList(l.omitted));
        live.insert(QStringLiteral("connected"), l.connected);
        live.insert(QStringLiteral("server_accepted"), l.serverAccepted);
        live.insert(QStringLiteral("client_would_accept"), l.clientWouldAccept);
        live.insert(QStringLiteral("version"), nullable(l.version));
        live.insert(QStringLiteral("cipher"), cipherJson(l.suite));
        live.insert(QStringLiteral("group"), nullable(l.group));
        live.insert(QStringLiteral("dh_bits"), l.dhBits > 0 ? QJsonValue(l.dhBits) : QJsonValue(QJsonValue::Null));
        live.insert(QStringLiteral("alert"), nullable(l.alert));
        live.insert(QStringLiteral("error"), nullable(l.error));
        live.insert(QStringLiteral("client_abort_reason"), nullable(l.clientAbortReason));
        live.insert(QStringLiteral("prediction_held"), l.predictionHeld);
        live.insert(QStringLiteral("verdict"), l.verdict);
        sim.insert(QStringLiteral("live"), live);
    } else {
        sim.insert(QStringLiteral("live"), QJsonValue(QJsonValue::Null));
    }
    sim.insert(QStringLiteral("partner_fails"), result.partnerFails());
    return sim;
}

QByteArray simulationReportBytes(const SimulationResult &result)
{
    // The report as every other command writes it, with "simulation" appended as the last key
    // (spliced in so the shared writer's key order stays untouched).
    QByteArray bytes = reportToJsonBytes(result.report);
    OrderedJsonWriter writer;
    writer.setKeyOrder(QString(), {QStringLiteral("client"), QStringLiteral("server"), QStringLiteral("prediction"),
                                   QStringLiteral("live"), QStringLiteral("partner_fails")});
    writer.setKeyOrder(QStringLiteral("client"),
                       {QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("source"), QStringLiteral("versions"),
                        QStringLiteral("ciphers"), QStringLiteral("tls13_suites"), QStringLiteral("groups"), QStringLiteral("sigalgs"),
                        QStringLiteral("min_dh_bits"), QStringLiteral("notes"), QStringLiteral("unknown_names")});
    writer.setKeyOrder(QStringLiteral("prediction"),
                       {QStringLiteral("connects"), QStringLiteral("version"), QStringLiteral("cipher"), QStringLiteral("group"),
                        QStringLiteral("dh_bits"), QStringLiteral("failed_version"), QStringLiteral("finding_id"),
                        QStringLiteral("sentence"), QStringLiteral("fix"), QStringLiteral("steps"), QStringLiteral("caveats"),
                        QStringLiteral("shared_versions"), QStringLiteral("shared_suites")});
    writer.setKeyOrder(QStringLiteral("live"),
                       {QStringLiteral("ran"), QStringLiteral("path"), QStringLiteral("omitted"), QStringLiteral("connected"),
                        QStringLiteral("server_accepted"), QStringLiteral("client_would_accept"), QStringLiteral("version"),
                        QStringLiteral("cipher"), QStringLiteral("group"), QStringLiteral("dh_bits"), QStringLiteral("alert"),
                        QStringLiteral("error"), QStringLiteral("client_abort_reason"), QStringLiteral("prediction_held"),
                        QStringLiteral("verdict")});
    for (const char *path : {"prediction.cipher", "live.cipher", "client.ciphers[]", "client.tls13_suites[]", "prediction.shared_suites[]"})
        writer.setKeyOrder(QString::fromLatin1(path), {QStringLiteral("code"), QStringLiteral("iana"), QStringLiteral("openssl")});
    writer.setKeyOrder(QStringLiteral("prediction.fix"), {QStringLiteral("exim"), QStringLiteral("postfix")});
    QJsonObject sim = simulationToJson(result);
    QByteArray simBytes = writer.write(sim).trimmed();
    simBytes.replace("\n", "\n  ");
    const int close = bytes.lastIndexOf('}');
    if (close <= 0)
        return bytes;
    QByteArray head = bytes.left(close);
    while (head.endsWith('\n') || head.endsWith(' '))
        head.chop(1);
    return head + ",\n  \"simulation\": " + simBytes + "\n}\n";
}

} // namespace mailtls::core
