#include "report/simulation_json.h"

#include <QJsonArray>
#include <QJsonObject>

#include "catalog/cipher_catalog.h"
#include "report/json_report.h"
#include "report/json_values.h"
#include "report/ordered_json_writer.h"

namespace mailtls::core {

namespace {

QJsonValue cipherJson(const SuiteInfo &s)
{
    if (s.code == 0)
        return QJsonValue(QJsonValue::Null);
    QJsonObject o;
    o.insert(QStringLiteral("code"), suiteCodeHex(s.code));
    o.insert(QStringLiteral("iana"), textOrNull(s.iana));
    o.insert(QStringLiteral("openssl"), textOrNull(opensslNameOf(s)));
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

// What a handshake agreed on (or would): the same four keys in the prediction and the live part.
void insertAgreement(QJsonObject *o, const QString &version, const SuiteInfo &suite, const QString &group, int dhBits)
{
    o->insert(QStringLiteral("version"), textOrNull(version));
    o->insert(QStringLiteral("cipher"), cipherJson(suite));
    o->insert(QStringLiteral("group"), textOrNull(group));
    o->insert(QStringLiteral("dh_bits"), positiveOrNull(dhBits));
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
//         group, dh_bits, alert, alert_direction, error, client_abort_reason, prediction_held, verdict}   (null if not run)
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
    client.insert(QStringLiteral("min_dh_bits"), positiveOrNull(offer.minDhBits));
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
    server.insert(QStringLiteral("dh_bits"), positiveOrNull(result.report.scan.dhBits));
    sim.insert(QStringLiteral("server"), server);

    QJsonObject pred;
    pred.insert(QStringLiteral("connects"), p.connects);
    insertAgreement(&pred, p.version, p.suite, p.group, p.dhBits);
    pred.insert(QStringLiteral("failed_version"), textOrNull(p.failedVersion));
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
        fix.insert(QStringLiteral("exim"), textOrNull(p.finding.fixExim));
        fix.insert(QStringLiteral("postfix"), textOrNull(p.finding.fixPostfix));
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
        insertAgreement(&live, l.version, l.suite, l.group, l.dhBits);
        live.insert(QStringLiteral("alert"), textOrNull(l.alert));
        live.insert(QStringLiteral("alert_direction"), textOrNull(l.alertDirection));
        live.insert(QStringLiteral("error"), textOrNull(l.error));
        live.insert(QStringLiteral("client_abort_reason"), textOrNull(l.clientAbortReason));
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
    writer.setKeyOrder(QString(), {"client", "server", "prediction", "live", "partner_fails"});
    writer.setKeyOrder(QStringLiteral("client"), {"name", "title", "source", "versions", "ciphers", "tls13_suites", "groups",
                                                  "sigalgs", "min_dh_bits", "notes", "unknown_names"});
    writer.setKeyOrder(QStringLiteral("prediction"),
                       {"connects", "version", "cipher", "group", "dh_bits", "failed_version", "finding_id", "sentence", "fix",
                        "steps", "caveats", "shared_versions", "shared_suites"});
    writer.setKeyOrder(QStringLiteral("live"),
                       {"ran", "path", "omitted", "connected", "server_accepted", "client_would_accept", "version", "cipher",
                        "group", "dh_bits", "alert", "alert_direction", "error", "client_abort_reason", "prediction_held",
                        "verdict"});
    for (const char *path : {"prediction.cipher", "live.cipher", "client.ciphers[]", "client.tls13_suites[]", "prediction.shared_suites[]"})
        writer.setKeyOrder(QString::fromLatin1(path), {"code", "iana", "openssl"});
    writer.setKeyOrder(QStringLiteral("prediction.fix"), {"exim", "postfix"});
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
