// What a mail log's facts mean: every failure cause has its explanation (and a finding only
// where one fits), and "what breaks if" plays each partner's observed version and suite
// through the simulator: dropping old versions, serving only ECDSA, a new suite list, a
// larger DH prime, starting from a saved scan.

#include <QtTest>

#include "catalog/cipher_catalog.h"
#include "diagnose/log_verdicts.h"
#include "test_registry.h"

using namespace mailtls::core;

namespace {

LogPartner partner(const QString &address, bool outgoing, const QList<LogTlsUse> &uses, qint64 cleartext = 0)
{
    LogPartner p;
    p.host = QStringLiteral("host-") + address;
    p.address = address;
    p.outgoing = outgoing;
    for (const LogTlsUse &u : uses) {
        p.tlsMessages += u.count;
        p.uses.append(u);
    }
    p.cleartext = cleartext;
    p.messages = p.tlsMessages + cleartext;
    p.lastSeen = QDateTime(QDate(2026, 12, 5), QTime(10, 0), Qt::UTC);
    return p;
}

QStringList addresses(const LogInventory &inv, const QList<PartnerImpact> &list)
{
    QStringList out;
    for (const PartnerImpact &pi : list)
        out << inv.partners.at(pi.partner).address;
    return out;
}

LogInventory sample()
{
    LogInventory inv;
    inv.partners = {
        partner(QStringLiteral("192.0.2.1"), false, {{QStringLiteral("TLSv1"), QStringLiteral("TLS_RSA_WITH_AES_128_CBC_SHA"), 5}}),
        partner(QStringLiteral("192.0.2.2"), false,
                {{QStringLiteral("TLSv1.3"), QStringLiteral("TLS_AES_256_GCM_SHA384"), 9},
                 {QStringLiteral("TLSv1"), QStringLiteral("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"), 1}}),
        partner(QStringLiteral("192.0.2.3"), false,
                {{QStringLiteral("TLSv1.2"), QStringLiteral("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"), 3}}),
        partner(QStringLiteral("192.0.2.4"), false,
                {{QStringLiteral("TLSv1.2"), QStringLiteral("TLS_DHE_RSA_WITH_AES_128_CBC_SHA"), 2}}),
        partner(QStringLiteral("192.0.2.5"), false, {}, 4),
        partner(QStringLiteral("198.51.100.1"), true, {{QStringLiteral("TLSv1.1"), QStringLiteral("TLS_RSA_WITH_AES_256_CBC_SHA"), 7}}),
    };
    return inv;
}

} // namespace

class TestLogVerdicts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCauseExplained()
    {
        const QStringList ids = logCauseIds();
        QVERIFY(ids.contains(QLatin1String(log_cause::kNoSharedCipher)));
        QVERIFY(ids.contains(QLatin1String(log_cause::kOther)));
        for (const QString &id : ids) {
            const LogCauseInfo info = logCauseInfo(id);
            QCOMPARE(info.cause, id);
            QVERIFY2(!info.title.isEmpty() && !info.meaning.isEmpty() && !info.nextStep.isEmpty(), qPrintable(id));
        }
        QCOMPARE(logCauseInfo(QLatin1String(log_cause::kNoSharedCipher)).finding, QStringLiteral("compat.no_shared_cipher"));
        QCOMPARE(logCauseInfo(QLatin1String(log_cause::kDhTooSmall)).finding, QStringLiteral("kex.dh_weak"));
        QCOMPARE(logCauseInfo(QLatin1String(log_cause::kUnknownCa)).finding, QStringLiteral("cert.untrusted"));
        // Evidence that fits several causes names them and points to no single finding.
        const LogCauseInfo alert = logCauseInfo(QLatin1String(log_cause::kHandshakeFailureAlert));
        QVERIFY(alert.finding.isEmpty());
        QVERIFY(alert.meaning.contains(QLatin1String("signature algorithm")));
        QVERIFY(alert.meaning.contains(QLatin1String("no suite in common")));
        // An unknown id reads as "other", not as a crash or an empty text.
        QCOMPARE(logCauseInfo(QStringLiteral("no-such-cause")).title, logCauseInfo(QLatin1String(log_cause::kOther)).title);
    }

    void dropOldVersions()
    {
        const LogInventory inv = sample();
        ServerChange change;
        change.dropVersions = {QStringLiteral("TLSv1"), QStringLiteral("TLSv1.1")};
        const ChangeImpact impact = whatBreaksIf(inv, change, 1);
        QVERIFY(impact.error.isEmpty());
        QCOMPARE(addresses(inv, impact.losing), QStringList{QStringLiteral("192.0.2.1")});
        QCOMPARE(impact.losing.first().findingId, QStringLiteral("compat.protocol_mismatch"));
        QCOMPARE(impact.losing.first().messages, qint64(5));
        QVERIFY(impact.atRisk.isEmpty());
        QCOMPARE(impact.unaffected, 3);   // .2 keeps TLS 1.3, .3 and .4 keep TLS 1.2
        QCOMPARE(impact.cleartextOnly, 1);
        QVERIFY(impact.description.contains(QLatin1String("TLS 1.0")));
        // Outbound: the partner that used only TLS 1.1.
        const ChangeImpact out = whatBreaksIf(inv, change, 2);
        QCOMPARE(addresses(inv, out.losing), QStringList{QStringLiteral("198.51.100.1")});
    }

    void ecdsaOnly()
    {
        const LogInventory inv = sample();
        ServerChange change;
        change.certificateTypes = {QStringLiteral("ECDSA")};
        const ChangeImpact impact = whatBreaksIf(inv, change, 1);
        // RSA key exchange and ECDHE_RSA / DHE_RSA suites need an RSA certificate; TLS 1.3 does not.
        const QStringList losing = addresses(inv, impact.losing);
        QVERIFY(losing.contains(QStringLiteral("192.0.2.1")));
        QVERIFY(losing.contains(QStringLiteral("192.0.2.3")));
        QVERIFY(losing.contains(QStringLiteral("192.0.2.4")));
        QVERIFY(!losing.contains(QStringLiteral("192.0.2.2")));
        for (const PartnerImpact &pi : impact.losing)
            QVERIFY2(pi.findingId.startsWith(QLatin1String("compat.")), qPrintable(pi.findingId));
    }

    void cipherListAndDh()
    {
        const LogInventory inv = sample();
        ServerChange change;
        change.hasCipherList = true;
        change.cipherList = QStringLiteral("ECDHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES128-SHA");
        ChangeImpact impact = whatBreaksIf(inv, change, 1);
        QVERIFY(impact.error.isEmpty());
        QVERIFY(addresses(inv, impact.losing).contains(QStringLiteral("192.0.2.1")));
        QVERIFY(!addresses(inv, impact.losing).contains(QStringLiteral("192.0.2.3")));
        // An OpenSSL list does not govern TLS 1.3: said as a caveat.
        QVERIFY(impact.caveats.join(QLatin1Char(' ')).contains(QLatin1String("TLS 1.3")));

        ServerChange dh;
        dh.dhBits = 3072;
        impact = whatBreaksIf(inv, dh, 1);
        QCOMPARE(addresses(inv, impact.atRisk), QStringList{QStringLiteral("192.0.2.4")});   // kept only DHE
        QVERIFY(impact.atRisk.first().reason.contains(QLatin1String("1024")));

        ServerChange bad;
        bad.hasCipherList = true;
        bad.cipherList = QStringLiteral("NO-SUCH-SUITE");
        QVERIFY(!whatBreaksIf(inv, bad, 1).error.isEmpty());
    }

    void fromSavedScan()
    {
        const LogInventory inv = sample();
        ServerChange change;
        change.hasBase = true;
        change.base.present = true;
        change.base.protocols = {{QStringLiteral("TLSv1.2"), true}, {QStringLiteral("TLSv1.3"), true}};
        const SuiteInfo *gcm = CipherCatalog::instance().byName(QStringLiteral("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"));
        const SuiteInfo *tls13 = CipherCatalog::instance().byName(QStringLiteral("TLS_AES_256_GCM_SHA384"));
        QVERIFY(gcm && tls13);
        change.base.ciphers = {{QStringLiteral("TLSv1.2"), {*gcm}}, {QStringLiteral("TLSv1.3"), {*tls13}}};
        change.base.certificateTypes = {QStringLiteral("RSA")};
        change.base.dhBits = 0;
        const ChangeImpact impact = whatBreaksIf(inv, change, 1);
        // Today's server (the scan) already refuses TLS 1.0 and DHE: those partners "lose" it
        // against the scanned server as it is, which is what the admin asked to see.
        const QStringList losing = addresses(inv, impact.losing);
        QVERIFY(losing.contains(QStringLiteral("192.0.2.1")));
        QVERIFY(losing.contains(QStringLiteral("192.0.2.4")));
        QCOMPARE(impact.unaffected, 2);
        QVERIFY(impact.serverSummary.contains(QLatin1String("saved scan")));
    }
};

MAILTLS_TEST_MAIN(TestLogVerdicts)
#include "test_log_verdicts.moc"
