// The records a domain publishes for senders, as `mailtls records` writes them: BIND zone lines
// (TLSA per MX, MTA-STS, TLS-RPT), the policy file with CRLF lines, the Exim and Postfix
// sending settings, the rollover comment; the checks of names, modes, ids and reporting URIs;
// and the JSON document's keys in contract order. The TXT records are read back by the
// model's own MTA-STS and TLS-RPT parsers.

#include <QtTest>

#include "model/mail_policy.h"
#include "report/domain_records.h"

#include "test_registry.h"

using namespace mailtls::core;

namespace {

PublishedTlsa published(int usage, char fill, bool next, const QString &what)
{
    PublishedTlsa p;
    p.record.usage = usage;
    p.record.selector = 1;
    p.record.matchingType = 1;
    p.record.data = QByteArray(32, fill);
    p.next = next;
    p.source = QStringLiteral("/etc/exim4/mx.pem");
    p.what = what;
    return p;
}

DomainRecordsInput sampleInput()
{
    DomainRecordsInput in;
    in.domain = QStringLiteral("Example.ORG.");
    in.mxHosts = {QStringLiteral("mx1.example.org"), QStringLiteral("MX2.example.org.")};
    in.tlsa = {published(3, '\x11', false, QStringLiteral("leaf CN=mx1.example.org")),
               published(3, '\x22', true, QStringLiteral("public key EC 256 (prime256v1)"))};
    in.stsMode = QStringLiteral("enforce");
    in.stsMaxAge = 86400;
    in.rua = {QStringLiteral("mailto:tls@example.org")};
    in.now = QDateTime(QDate(2026, 12, 6), QTime(9, 30, 0), Qt::UTC);
    return in;
}

} // namespace

class TestDomainRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zoneLines();
    void policyFile();
    void sendingSide();
    void rolloverComment();
    void nothingOptional();
    void perMxRecords();
    void longRuaListIsSplit();
    void refusals_data();
    void refusals();
    void hostileTextStaysInComments();
    void json();
};

void TestDomainRecords::zoneLines()
{
    DomainRecords r;
    Error error;
    QVERIFY2(buildDomainRecords(sampleInput(), &r, &error), qPrintable(error.message));
    QCOMPARE(r.domain, QStringLiteral("example.org"));
    QCOMPARE(r.mxHosts, (QStringList{QStringLiteral("mx1.example.org"), QStringLiteral("mx2.example.org")}));
    const QString current = QStringLiteral("3 1 1 ") + QStringLiteral("11").repeated(32);
    const QString next = QStringLiteral("3 1 1 ") + QStringLiteral("22").repeated(32);
    QVERIFY2(r.zoneText.contains(QStringLiteral("_25._tcp.mx1.example.org. IN TLSA %1\n").arg(current)), qPrintable(r.zoneText));
    QVERIFY(r.zoneText.contains(QStringLiteral("_25._tcp.mx1.example.org. IN TLSA %1\n").arg(next)));
    QVERIFY(r.zoneText.contains(QStringLiteral("_25._tcp.mx2.example.org. IN TLSA %1\n").arg(current)));
    QVERIFY(r.zoneText.contains(QStringLiteral("_25._tcp.mx2.example.org. IN TLSA %1\n").arg(next)));
    QVERIFY(r.zoneText.contains(QLatin1String("_mta-sts.example.org. IN TXT \"v=STSv1; id=20261206T093000\"\n")));
    QVERIFY(r.zoneText.contains(QLatin1String("_smtp._tls.example.org. IN TXT \"v=TLSRPTv1; rua=mailto:tls@example.org\"\n")));
    QVERIFY(r.zoneText.contains(QLatin1String("; current: leaf CN=mx1.example.org (/etc/exim4/mx.pem)\n")));
    QVERIFY(r.zoneText.contains(QLatin1String("DNSSEC-signed")));
    // Every line is a comment, a record or empty.
    for (const QString &line : r.zoneText.split(QLatin1Char('\n'))) {
        QVERIFY2(line.isEmpty() || line.startsWith(QLatin1Char(';')) || line.contains(QLatin1String(". IN ")), qPrintable(line));
    }
    QCOMPARE(r.zone.size(), 6);
    QCOMPARE(r.zone.at(0).owner, QStringLiteral("_25._tcp.mx1.example.org."));
    QCOMPARE(r.zone.at(0).mx, QStringLiteral("mx1.example.org"));
    QVERIFY(r.zone.at(0).hasTlsa);
    QCOMPARE(r.zone.at(4).type, QStringLiteral("TXT"));
    QVERIFY(!r.zone.at(4).hasTlsa);

    // The TXT data reads back through the model's parsers as what was meant.
    QString stsText = r.zone.at(4).data;
    stsText = stsText.mid(1, stsText.size() - 2);
    const StsTxtRecord sts = parseStsTxtRecord(stsText);
    QVERIFY(sts.isSts);
    QCOMPARE(sts.id, QStringLiteral("20261206T093000"));
    QVERIFY2(sts.problems.isEmpty(), qPrintable(sts.problems.join(QLatin1String("; "))));
    QString rptText = r.zone.at(5).data;
    rptText = rptText.mid(1, rptText.size() - 2);
    const TlsRptRecord rpt = parseTlsRptRecord(rptText);
    QVERIFY(rpt.isTlsRpt);
    QCOMPARE(rpt.rua, QStringList{QStringLiteral("mailto:tls@example.org")});
    QVERIFY(rpt.problems.isEmpty());
}

void TestDomainRecords::policyFile()
{
    DomainRecords r;
    Error error;
    QVERIFY(buildDomainRecords(sampleInput(), &r, &error));
    QCOMPARE(r.stsPolicy, QStringLiteral("version: STSv1\r\nmode: enforce\r\nmx: mx1.example.org\r\nmx: mx2.example.org\r\n"
                                         "max_age: 86400\r\n"));
    QCOMPARE(r.stsPolicyUrl, QStringLiteral("https://mta-sts.example.org/.well-known/mta-sts.txt"));
    // The model's policy parser finds nothing wrong and every MX covered.
    const StsPolicyText parsed = parseStsPolicy(r.stsPolicy.toUtf8());
    QVERIFY2(parsed.problems.isEmpty(), qPrintable(parsed.problems.join(QLatin1String("; "))));
    QCOMPARE(parsed.mode, QStringLiteral("enforce"));
    QCOMPARE(parsed.maxAge, 86400);
    for (const QString &mx : r.mxHosts)
        QVERIFY(!stsPatternsMatching(parsed.mx, mx).isEmpty());
    // The text shows it with LF and says where it is served.
    const QString text = domainRecordsText(r);
    QVERIFY(!text.contains(QLatin1Char('\r')));
    QVERIFY(text.contains(QLatin1String("served at https://mta-sts.example.org/.well-known/mta-sts.txt")));
    QVERIFY(text.contains(QLatin1String("version: STSv1\nmode: enforce\n")));
    QVERIFY(text.indexOf(QLatin1String("== Zone lines")) < text.indexOf(QLatin1String("== MTA-STS policy")));
    QVERIFY(text.indexOf(QLatin1String("== MTA-STS policy")) < text.indexOf(QLatin1String("== Exim")));
    QVERIFY(text.indexOf(QLatin1String("== Exim")) < text.indexOf(QLatin1String("== Postfix")));
    QVERIFY(text.contains(QLatin1String("mode enforce: senders refuse")));
}

void TestDomainRecords::sendingSide()
{
    DomainRecords r;
    Error error;
    QVERIFY(buildDomainRecords(sampleInput(), &r, &error));
    QVERIFY(r.exim.contains(QLatin1String("\ndnssec_request_domains = *\n")));
    QVERIFY(r.exim.contains(QLatin1String("\nhosts_try_dane = *\n")));
    QVERIFY(r.exim.contains(QLatin1String("\ndns_dnssec_ok = 1\n")));
    QVERIFY(r.exim.contains(QLatin1String("hosts_require_dane = ")));
    QVERIFY(r.exim.contains(QLatin1String("SUPPORT_DANE")));
    QVERIFY(r.exim.contains(QLatin1String("exim -bV")));
    QVERIFY(r.exim.contains(QLatin1String("trust-ad")));
    QVERIFY(r.exim.contains(QLatin1String("Exim has no native MTA-STS")));
    QVERIFY(r.postfix.contains(QLatin1String("\nsmtp_dns_support_level = dnssec\n")));
    QVERIFY(r.postfix.contains(QLatin1String("\nsmtp_tls_security_level = dane\n")));
    QVERIFY(r.postfix.contains(QLatin1String("postfix-mta-sts-resolver")));
    QVERIFY(r.postfix.contains(QLatin1String("socketmap:inet:127.0.0.1:8461:postfix")));
    QVERIFY(r.postfix.contains(QLatin1String("no native MTA-STS")));
}

void TestDomainRecords::rolloverComment()
{
    DomainRecords r;
    Error error;
    QVERIFY(buildDomainRecords(sampleInput(), &r, &error));
    QVERIFY2(r.zoneText.contains(QLatin1String("; next: public key EC 256 (prime256v1) (/etc/exim4/mx.pem)\n")), qPrintable(r.zoneText));
    QVERIFY(r.zoneText.contains(QLatin1String("publish the \"next\" records now")));
    QVERIFY(r.zoneText.contains(QLatin1String("2 x the TLSA records' TTL")));
    QVERIFY(r.zoneText.contains(QLatin1String("remove the old records")));

    DomainRecordsInput noNext = sampleInput();
    noNext.tlsa.removeLast();
    QVERIFY(buildDomainRecords(noNext, &r, &error));
    QVERIFY(!r.zoneText.contains(QLatin1String("publish the \"next\" records now")));
    QVERIFY(r.zoneText.contains(QLatin1String("--next-key")));
}

void TestDomainRecords::nothingOptional()
{
    DomainRecordsInput in;
    in.domain = QStringLiteral("example.org");
    in.mxHosts = {QStringLiteral("mx.example.net")};
    in.stsMode.clear();
    in.tlsaSkippedNote = QStringLiteral("no --cert or --key given");
    DomainRecords r;
    Error error;
    QVERIFY2(buildDomainRecords(in, &r, &error), qPrintable(error.message));
    QVERIFY(r.zone.isEmpty());
    QVERIFY(!r.hasSts);
    QVERIFY(r.stsPolicy.isEmpty());
    QVERIFY(!r.zoneText.contains(QLatin1String(" IN ")));
    QVERIFY(r.notes.join(QLatin1Char('\n')).contains(QLatin1String("No TLSA records: no --cert or --key given.")));
    QVERIFY(r.notes.join(QLatin1Char('\n')).contains(QLatin1String("--rua")));
    QVERIFY(!domainRecordsText(r).contains(QLatin1String("== MTA-STS policy")));
    // The sending side is written all the same.
    QVERIFY(r.exim.contains(QLatin1String("hosts_try_dane")));

    // Mode none: a policy that withdraws one.
    in.stsMode = QStringLiteral("none");
    in.stsId = QStringLiteral("withdraw1");
    QVERIFY(buildDomainRecords(in, &r, &error));
    QVERIFY(r.stsPolicy.contains(QLatin1String("mode: none\r\n")));
    QVERIFY(r.zoneText.contains(QLatin1String("\"v=STSv1; id=withdraw1\"")));
    QVERIFY(r.notes.join(QLatin1Char('\n')).contains(QLatin1String("withdraws")));
}

void TestDomainRecords::perMxRecords()
{
    DomainRecordsInput in = sampleInput();
    in.tlsaPerMx.insert(QStringLiteral("mx2.example.org"), {published(2, '\x33', false, QStringLiteral("issuer CN=CA"))});
    DomainRecords r;
    Error error;
    QVERIFY(buildDomainRecords(in, &r, &error));
    QVERIFY(r.zoneText.contains(QStringLiteral("_25._tcp.mx2.example.org. IN TLSA 2 1 1 ") + QStringLiteral("33").repeated(32)));
    QVERIFY(!r.zoneText.contains(QStringLiteral("_25._tcp.mx2.example.org. IN TLSA 3 1 1")));
    QVERIFY(r.zoneText.contains(QStringLiteral("_25._tcp.mx1.example.org. IN TLSA 3 1 1")));
    QVERIFY(r.notes.join(QLatin1Char('\n')).contains(QLatin1String("DANE-TA")));
}

void TestDomainRecords::longRuaListIsSplit()
{
    DomainRecordsInput in = sampleInput();
    in.rua.clear();
    for (int i = 0; i < 12; ++i)
        in.rua << QStringLiteral("mailto:tls-reports-%1@reports.example.org").arg(i);
    DomainRecords r;
    Error error;
    QVERIFY(buildDomainRecords(in, &r, &error));
    const QString data = r.zone.last().data;
    QVERIFY2(data.count(QLatin1Char('"')) >= 4, qPrintable(data));
    // Each string at most 255 characters; joined they are the record.
    QString joined;
    for (const QString &part : data.split(QStringLiteral("\" \""))) {
        QString p = part;
        p.remove(QLatin1Char('"'));
        QVERIFY(p.size() <= 255);
        joined += p;
    }
    QCOMPARE(joined, QStringLiteral("v=TLSRPTv1; rua=") + in.rua.join(QLatin1Char(',')));
}

void TestDomainRecords::refusals_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("why");
    QTest::newRow("domain with space") << "domain" << "exa mple.org" << "not a host name";
    QTest::newRow("single label domain") << "domain" << "localhost" << "fully qualified";
    QTest::newRow("label too long") << "domain" << (QString(64, QLatin1Char('a')) + QStringLiteral(".org")) << "not a host name";
    QTest::newRow("leading hyphen") << "mx" << "-mx.example.org" << "not a host name";
    QTest::newRow("empty label") << "mx" << "mx..example.org" << "not a host name";
    QTest::newRow("underscore") << "mx" << "mx_1.example.org" << "not a host name";
    QTest::newRow("no mx") << "mx" << "" << "--mx";
    QTest::newRow("mode") << "mode" << "strict" << "enforce, testing or none";
    QTest::newRow("max_age negative") << "max_age" << "-1" << "from 0 to 31557600";
    QTest::newRow("max_age over a year") << "max_age" << "31557601" << "from 0 to 31557600";
    QTest::newRow("id with hyphen") << "id" << "2026-12-06" << "1 to 32 letters and digits";
    QTest::newRow("id too long") << "id" << QString(33, QLatin1Char('a')) << "1 to 32 letters and digits";
    QTest::newRow("rua http") << "rua" << "http://example.org/tlsrpt" << "mailto: or https:";
    QTest::newRow("rua comma") << "rua" << "mailto:a@example.org,b@example.org" << "percent-encode";
    QTest::newRow("rua semicolon") << "rua" << "mailto:a@example.org;x" << "percent-encode";
    QTest::newRow("rua no at") << "rua" << "mailto:nobody" << "not a mailto: address";
    QTest::newRow("rua quote") << "rua" << "mailto:a\"@example.org" << "percent-encode";
}

void TestDomainRecords::refusals()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, why);
    DomainRecordsInput in = sampleInput();
    if (field == QLatin1String("domain"))
        in.domain = value;
    else if (field == QLatin1String("mx"))
        in.mxHosts = value.isEmpty() ? QStringList() : QStringList{value};
    else if (field == QLatin1String("mode"))
        in.stsMode = value;
    else if (field == QLatin1String("max_age"))
        in.stsMaxAge = value.toLongLong();
    else if (field == QLatin1String("id"))
        in.stsId = value;
    else if (field == QLatin1String("rua"))
        in.rua = {value};
    DomainRecords r;
    Error error;
    QVERIFY(!buildDomainRecords(in, &r, &error));
    QCOMPARE(error.kind, ErrorKind::Usage);
    QVERIFY2(error.message.contains(why), qPrintable(error.message));
}

void TestDomainRecords::hostileTextStaysInComments()
{
    // A subject or file name with a line break must not start a record line of its own.
    DomainRecordsInput in = sampleInput();
    in.tlsa = {published(3, '\x11', false, QStringLiteral("leaf CN=x\n_25._tcp.evil. IN TLSA 3 1 1 00"))};
    in.tlsa.first().source = QStringLiteral("a\rb.pem");
    DomainRecords r;
    Error error;
    QVERIFY(buildDomainRecords(in, &r, &error));
    for (const QString &line : r.zoneText.split(QLatin1Char('\n')))
        QVERIFY2(!line.startsWith(QLatin1String("_25._tcp.evil")), qPrintable(r.zoneText));
    QVERIFY(!r.zoneText.contains(QLatin1Char('\r')));
    // An IDN domain comes out in ACE form.
    in.domain = QStringLiteral("müller.example");
    in.mxHosts = {QStringLiteral("mx.müller.example")};
    QVERIFY(buildDomainRecords(in, &r, &error));
    QCOMPARE(r.domain, QStringLiteral("xn--mller-kva.example"));
    QCOMPARE(r.mxHosts.first(), QStringLiteral("mx.xn--mller-kva.example"));
}

void TestDomainRecords::json()
{
    DomainRecords r;
    Error error;
    QVERIFY(buildDomainRecords(sampleInput(), &r, &error));
    const QDateTime created(QDate(2026, 12, 6), QTime(9, 30, 0), Qt::UTC);
    const QJsonObject json = domainRecordsToJson(r, QStringLiteral("9.9.9"), created);
    const QByteArray bytes = domainRecordsToJsonBytes(json);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const QJsonObject o = doc.object();
    QCOMPARE(o.value(QLatin1String("schema")).toString(), QStringLiteral("mailtls.records/1"));
    QCOMPARE(o.value(QLatin1String("tool")).toObject().value(QLatin1String("version")).toString(), QStringLiteral("9.9.9"));
    QCOMPARE(o.value(QLatin1String("created_at")).toString(), QStringLiteral("2026-12-06T09:30:00.000Z"));
    QCOMPARE(o.value(QLatin1String("domain")).toString(), QStringLiteral("example.org"));
    QCOMPARE(o.value(QLatin1String("mx")).toArray().size(), 2);
    const QJsonArray tlsa = o.value(QLatin1String("tlsa")).toArray();
    QCOMPARE(tlsa.size(), 4);
    const QJsonObject first = tlsa.first().toObject();
    QCOMPARE(first.value(QLatin1String("mx")).toString(), QStringLiteral("mx1.example.org"));
    QCOMPARE(first.value(QLatin1String("owner")).toString(), QStringLiteral("_25._tcp.mx1.example.org."));
    QCOMPARE(first.value(QLatin1String("usage")).toInt(), 3);
    QCOMPARE(first.value(QLatin1String("selector")).toInt(), 1);
    QCOMPARE(first.value(QLatin1String("matching_type")).toInt(), 1);
    QCOMPARE(first.value(QLatin1String("data")).toString(), QStringLiteral("11").repeated(32));
    QCOMPARE(first.value(QLatin1String("record")).toString(), QStringLiteral("3 1 1 ") + QStringLiteral("11").repeated(32));
    QCOMPARE(first.value(QLatin1String("role")).toString(), QStringLiteral("current"));
    QCOMPARE(tlsa.at(1).toObject().value(QLatin1String("role")).toString(), QStringLiteral("next"));
    QVERIFY(first.value(QLatin1String("note")).isNull());
    const QJsonObject sts = o.value(QLatin1String("mta_sts")).toObject();
    QCOMPARE(sts.value(QLatin1String("mode")).toString(), QStringLiteral("enforce"));
    QCOMPARE(sts.value(QLatin1String("max_age")).toInt(), 86400);
    QCOMPARE(sts.value(QLatin1String("id")).toString(), QStringLiteral("20261206T093000"));
    QVERIFY(sts.value(QLatin1String("policy")).toString().endsWith(QLatin1String("max_age: 86400\r\n")));
    QCOMPARE(o.value(QLatin1String("tls_rpt")).toObject().value(QLatin1String("rua")).toArray().first().toString(),
             QStringLiteral("mailto:tls@example.org"));
    QCOMPARE(o.value(QLatin1String("zone")).toArray().size(), 6);
    QCOMPARE(o.value(QLatin1String("zone")).toArray().at(4).toObject().value(QLatin1String("line")).toString(),
             QStringLiteral("_mta-sts.example.org. IN TXT \"v=STSv1; id=20261206T093000\""));
    QCOMPARE(o.value(QLatin1String("zone_text")).toString(), r.zoneText);
    QVERIFY(o.value(QLatin1String("exim")).toString().contains(QLatin1String("hosts_try_dane")));
    QVERIFY(o.value(QLatin1String("postfix")).toString().contains(QLatin1String("smtp_tls_security_level = dane")));
    QVERIFY(!o.value(QLatin1String("notes")).toArray().isEmpty());

    // Keys in contract order.
    const QList<QByteArray> order = {"\"schema\"", "\"tool\"", "\"created_at\"", "\"domain\"", "\"mx\"", "\"tlsa\"",
                                     "\"mta_sts\"", "\"tls_rpt\"", "\"zone\"", "\"zone_text\"", "\"exim\"", "\"postfix\"",
                                     "\"notes\""};
    qsizetype last = -1;
    for (const QByteArray &key : order) {
        const qsizetype at = bytes.indexOf("\n  " + key + ":");
        QVERIFY2(at > last, key.constData());
        last = at;
    }

    // Without MTA-STS and TLS-RPT both are null.
    DomainRecordsInput bare;
    bare.domain = QStringLiteral("example.org");
    bare.mxHosts = {QStringLiteral("mx.example.org")};
    bare.stsMode.clear();
    QVERIFY(buildDomainRecords(bare, &r, &error));
    const QJsonObject b = domainRecordsToJson(r, QStringLiteral("9.9.9"));
    QVERIFY(b.value(QLatin1String("mta_sts")).isNull());
    QVERIFY(b.value(QLatin1String("tls_rpt")).isNull());
    QVERIFY(b.value(QLatin1String("tlsa")).toArray().isEmpty());
}

MAILTLS_TEST_MAIN(TestDomainRecords)
#include "test_domain_records.moc"
