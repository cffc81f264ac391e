// mailtls.domain/1: written in contract order, read back whole (also inside a workspace), and
// refused with a clear message when it is something else.
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "diagnose/domain_rules.h"
#include "report/domain_json.h"
#include "report/workspace.h"
#include "test_registry.h"

using namespace mailtls::core;

namespace {

DnsLookup answer(const QString &name, const QString &type, const QStringList &records, DnssecStatus status)
{
    DnsLookup l;
    l.name = name;
    l.type = type;
    l.answered = true;
    l.rcode = QStringLiteral("NOERROR");
    l.dnssec = status;
    l.records = records;
    l.ttl = 300;
    l.elapsedMs = 3;
    return l;
}

DomainReport sample()
{
    DomainReport r;
    r.toolVersion = QStringLiteral("9.9");
    r.startedAt = QDateTime(QDate(2026, 12, 6), QTime(9, 30), Qt::UTC);
    r.durationMs = 1234;
    r.domain = QStringLiteral("example.org");
    r.resolver = QStringLiteral("127.0.0.1:5353");
    r.trustAnchor = QStringLiteral("/tmp/anchor.key");
    r.mx = answer(r.domain, QStringLiteral("MX"), {QStringLiteral("10 mx1.example.org")}, DnssecStatus::Secure);
    MxHost h;
    h.name = QStringLiteral("mx1.example.org");
    h.preference = 10;
    h.a = answer(h.name, QStringLiteral("A"), {QStringLiteral("192.0.2.1")}, DnssecStatus::Secure);
    h.aaaa = answer(h.name, QStringLiteral("AAAA"), {}, DnssecStatus::Secure);
    h.addresses = {QStringLiteral("192.0.2.1")};
    h.tlsa = answer(QStringLiteral("_25._tcp.mx1.example.org"), QStringLiteral("TLSA"),
                    {QStringLiteral("3 1 1 ") + QString(64, QLatin1Char('A'))}, DnssecStatus::Bogus);
    h.tlsa.whyBogus = QStringLiteral("signature expired");
    TlsaRecord t;
    parseTlsaRecord(h.tlsa.records.first(), &t);
    h.tlsaRecords << t;
    r.hosts << h;
    MxAddressCheck a;
    a.mx = h.name;
    a.address = QStringLiteral("192.0.2.1");
    a.session.target.host = a.address;
    a.session.target.port = 25;
    a.session.target.sni = h.name;
    a.session.outcome.connected = true;
    a.session.smtp.starttlsOffered = true;
    a.dane.attempted = true;
    a.dane.error = QStringLiteral("No matching DANE TLSA records");
    a.dane.recordDepths = {-1};
    r.addresses << a;
    r.sts.txt = answer(QStringLiteral("_mta-sts.example.org"), QStringLiteral("TXT"), {QStringLiteral("v=STSv1; id=1")},
                       DnssecStatus::Insecure);
    StsTxtRecord s;
    s.isSts = true;
    s.id = QStringLiteral("1");
    r.sts.records << s;
    r.sts.fetch.attempted = true;
    r.sts.fetch.url = QStringLiteral("https://mta-sts.example.org/.well-known/mta-sts.txt");
    r.sts.fetch.httpStatus = 200;
    r.sts.fetch.contentType = QStringLiteral("text/plain");
    r.sts.fetch.certificateValid = true;
    r.sts.fetch.body = "version: STSv1\r\nmode: enforce\r\nmx: mx1.example.org\r\nmax_age: 86400\r\n";
    r.sts.fetch.bodyBytes = r.sts.fetch.body.size();
    r.sts.policyParsed = true;
    r.sts.policy.version = QStringLiteral("STSv1");
    r.sts.policy.mode = QStringLiteral("enforce");
    r.sts.policy.maxAge = 86400;
    r.sts.policy.mx = {QStringLiteral("mx1.example.org")};
    r.tlsRpt.txt = answer(QStringLiteral("_smtp._tls.example.org"), QStringLiteral("TXT"), {}, DnssecStatus::Insecure);
    diagnoseDomain(&r);
    return r;
}

} // namespace

class TestDomainJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesInContractOrderAndReadsBackWhole()
    {
        const DomainReport r = sample();
        QVERIFY(!r.findings.isEmpty());
        QCOMPARE(r.verdicts.size(), 3);
        const QByteArray bytes = domainReportToJsonBytes(r);
        QVERIFY(bytes.startsWith("{\n  \"schema\": \"mailtls.domain/1\",\n  \"tool\""));
        QVERIFY(bytes.indexOf("\"verdicts\"") < bytes.indexOf("\"findings\""));
        QVERIFY(bytes.indexOf("\"findings\"") < bytes.indexOf("\"mx\""));
        QVERIFY(bytes.contains("\"dns\": \"# Find what fails"));   // fix.dns of dane.bogus
        QVERIFY(bytes.contains("\"verdict\": \"defers\""));

        DomainReport back;
        Error error;
        QVERIFY2(domainReportFromJsonBytes(bytes, &back, &error), qPrintable(error.message));
        QCOMPARE(domainReportToJsonBytes(back), bytes);
        QCOMPARE(back.hosts.first().tlsa.dnssec, DnssecStatus::Bogus);
        QCOMPARE(back.hosts.first().tlsaRecords.first(), r.hosts.first().tlsaRecords.first());
        QCOMPARE(back.verdicts.at(1).verdict, DeliveryVerdict::Defers);
        QCOMPARE(back.addresses.first().session.target.sni, QStringLiteral("mx1.example.org"));
        QCOMPARE(back.sts.policy.maxAge, 86400);
    }

    void refusesOtherDocuments()
    {
        DomainReport r;
        Error error;
        QVERIFY(!domainReportFromJsonBytes("{\"schema\": \"mailtls.report/1\"}", &r, &error));
        QCOMPARE(error.kind, ErrorKind::BadFormat);
        QVERIFY(error.message.contains(QLatin1String("mailtls.report/1")));
        QVERIFY(!domainReportFromJsonBytes("not json", &r, &error));
        QVERIFY(error.message.startsWith(QLatin1String("not JSON")));
        QJsonObject damaged = domainReportToJson(sample());
        damaged.insert(QStringLiteral("findings"), QJsonArray{QJsonObject{{QStringLiteral("severity"), QStringLiteral("dire")}}});
        QVERIFY(!domainReportFromJson(damaged, &r, &error));
        QVERIFY(error.message.contains(QLatin1String("findings[0]")));
    }

    void travelsInsideAWorkspace()
    {
        Workspace w;
        w.domains << sample();
        const QByteArray bytes = workspaceToJsonBytes(w);
        QVERIFY(bytes.contains("\"domains\""));
        Workspace back;
        Error error;
        QVERIFY2(workspaceFromJson(bytes, &back, &error), qPrintable(error.message));
        QCOMPARE(back.domains.size(), 1);
        QCOMPARE(domainReportToJsonBytes(back.domains.first()), domainReportToJsonBytes(w.domains.first()));
        // A workspace without domains is written as before.
        QVERIFY(!workspaceToJsonBytes(Workspace()).contains("\"domains\""));
    }
};

MAILTLS_TEST_MAIN(TestDomainJson)
#include "test_domain_json.moc"
