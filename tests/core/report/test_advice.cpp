// Advice per finding id: every id DESIGN.md lists has Exim and Postfix lines and a consequence,
// lines that exist for one Exim TLS library only say which, and applyAdvice keeps the specific
// fixes the rules write.
#include <QTest>

#include "diagnose/advice.h"
#include "diagnose/scan_rules.h"
#include "report/json_report.h"
#include "test_registry.h"

using namespace mailtls::core;

namespace {

// DESIGN.md "Finding ids", in its order, plus the ids the certificate rules add.
const QStringList kDesignIds = {
    QStringLiteral("starttls.not_offered"), QStringLiteral("starttls.rejected"), QStringLiteral("tls.handshake_failed"),
    QStringLiteral("protocol.sslv2_enabled"), QStringLiteral("protocol.sslv3_enabled"), QStringLiteral("protocol.tls10_enabled"),
    QStringLiteral("protocol.tls11_enabled"), QStringLiteral("protocol.tls13_missing"), QStringLiteral("cipher.null"),
    QStringLiteral("cipher.anonymous"), QStringLiteral("cipher.export"), QStringLiteral("cipher.rc4"), QStringLiteral("cipher.des"),
    QStringLiteral("cipher.3des"), QStringLiteral("cipher.no_forward_secrecy"), QStringLiteral("kex.dh_weak"),
    QStringLiteral("cert.self_signed"), QStringLiteral("cert.untrusted"), QStringLiteral("cert.expired"),
    QStringLiteral("cert.not_yet_valid"), QStringLiteral("cert.expires_soon"), QStringLiteral("cert.hostname_mismatch"),
    QStringLiteral("cert.key_weak"), QStringLiteral("cert.signature_weak"), QStringLiteral("cert.ecdsa_only"),
    QStringLiteral("cert.differs_from_file"), QStringLiteral("chain.order_wrong"), QStringLiteral("chain.intermediate_missing"),
    QStringLiteral("chain.extra_certificate"), QStringLiteral("client_cert.required"), QStringLiteral("auth.plaintext_before_tls"),
    QStringLiteral("tls.compression_enabled"), QStringLiteral("smtp.rate_limited"), QStringLiteral("compat.no_shared_cipher"),
    QStringLiteral("compat.protocol_mismatch"), QStringLiteral("compat.dh_too_small"), QStringLiteral("compat.cert_type_mismatch"),
};
const QStringList kExtraIds = {QStringLiteral("key.mismatch"), QStringLiteral("chain.root_included")};

Finding finding(const QString &id, const QString &exim = QString(), const QString &postfix = QString())
{
    Finding f;
    f.id = id;
    f.severity = Severity::Medium;
    f.title = id;
    f.fixExim = exim;
    f.fixPostfix = postfix;
    return f;
}

} // namespace

class TestAdvice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyIdHasAdvice_data();
    void everyIdHasAdvice();
    void buildSpecificLinesSayWhichBuild();
    void issueExamplesArePresent();
    void emptyFixesAreFilled();
    void specificFixesAreKept();
    void idempotentAndSurvivesJson();
    void unknownIdIsLeftAlone();
    void scanFindingsAllCarryAdvice();
};

void TestAdvice::everyIdHasAdvice_data()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : kDesignIds + kExtraIds)
        QTest::newRow(qPrintable(id)) << id;
}

void TestAdvice::everyIdHasAdvice()
{
    QFETCH(QString, id);
    const Advice *a = adviceFor(id);
    QVERIFY2(a, qPrintable(id));
    QVERIFY2(!a->exim.trimmed().isEmpty(), qPrintable(id));
    QVERIFY2(!a->postfix.trimmed().isEmpty(), qPrintable(id));
    QVERIFY2(!a->consequence.trimmed().isEmpty(), qPrintable(id));
    // Every block says where it goes: a comment naming the section or file.
    QVERIFY2(a->exim.contains(QLatin1Char('#')), qPrintable(a->exim));
    QVERIFY2(a->postfix.contains(QLatin1Char('#')), qPrintable(a->postfix));
    // Through applyAdvice, a finding without fixes ends up with both.
    Finding f = finding(id);
    applyAdvice(&f);
    QVERIFY(f.fixExim.startsWith(a->exim));
    QVERIFY(f.fixPostfix.startsWith(a->postfix));
    QVERIFY(f.fixExim.contains(QLatin1String(kConsequenceMarker)));
}

void TestAdvice::buildSpecificLinesSayWhichBuild()
{
    for (const Advice &a : adviceTable()) {
        for (const QString &text : {a.exim, a.eximSending}) {
            if (text.contains(QLatin1String("openssl_options")))
                QVERIFY2(text.contains(QLatin1String("OpenSSL build only")) || text.contains(QLatin1String("OpenSSL-only")),
                         qPrintable(a.id + QLatin1Char('\n') + text));
            if (text.contains(QLatin1String("tls_require_ciphers")))
                QVERIFY2(text.contains(QLatin1String("GnuTLS")), qPrintable(a.id + QLatin1Char('\n') + text));
        }
    }
    // Versions and suites are set differently in the two builds: both are given.
    for (const QString &id : kDesignIds) {
        if (!id.startsWith(QLatin1String("protocol.")) && !id.startsWith(QLatin1String("cipher.")))
            continue;
        const QString exim = adviceFor(id)->exim;
        QVERIFY2(exim.contains(QLatin1String("GnuTLS build")) && exim.contains(QLatin1String("OpenSSL build")), qPrintable(id + QLatin1Char('\n') + exim));
    }
    QVERIFY(adviceFor(QStringLiteral("cipher.rc4"))->exim.contains(QLatin1String("NORMAL:-ARCFOUR-128")));
    QVERIFY(adviceFor(QStringLiteral("cipher.rc4"))->exim.contains(QLatin1String("DEFAULT:!RC4")));
}

void TestAdvice::issueExamplesArePresent()
{
    // Forcing TLS to one partner: the transport options and a retry rule, so failures bounce.
    const Advice *notOffered = adviceFor(QStringLiteral("starttls.not_offered"));
    QVERIFY(notOffered->eximSending.contains(QLatin1String("hosts_require_tls = partner.example")));
    QVERIFY(notOffered->eximSending.contains(QLatin1String("tls_tempfail_tryclear = false")));
    QVERIFY(notOffered->eximSending.contains(QLatin1String("retry section")));
    QVERIFY(notOffered->postfixSending.contains(QLatin1String("encrypt")));
    // Accepting a partner's small DH prime.
    QVERIFY(adviceFor(QStringLiteral("compat.dh_too_small"))->eximSending.contains(QLatin1String("tls_dh_min_bits")));
    QVERIFY(adviceFor(QStringLiteral("kex.dh_weak"))->eximSending.contains(QLatin1String("tls_dh_min_bits")));
    // AUTH only after TLS.
    QVERIFY(adviceFor(QStringLiteral("auth.plaintext_before_tls"))->exim.contains(QLatin1String("auth_advertise_hosts = ${if eq{$tls_cipher}{}{}{*}}")));
    // Old versions away, and both certificate types served.
    QVERIFY(adviceFor(QStringLiteral("protocol.tls10_enabled"))->postfix.contains(QLatin1String("smtpd_tls_protocols = >=TLSv1.2")));
    const Advice *ecdsa = adviceFor(QStringLiteral("cert.ecdsa_only"));
    QVERIFY(ecdsa->exim.contains(QLatin1String("tls_certificate = /etc/exim4/rsa-fullchain.pem : /etc/exim4/ecdsa-fullchain.pem")));
    QVERIFY(ecdsa->postfix.contains(QLatin1String("ecdsa-privkey.pem")));
    // Compression: the OpenSSL-only option is marked as such.
    QVERIFY(adviceFor(QStringLiteral("tls.compression_enabled"))->exim.contains(QLatin1String("OpenSSL build only")));
}

void TestAdvice::emptyFixesAreFilled()
{
    Finding f = finding(QStringLiteral("tls.handshake_failed"));
    applyAdvice(&f);
    QVERIFY(f.fixExim.contains(QLatin1String("tls_require_ciphers = NORMAL")));
    QVERIFY(f.fixExim.contains(QLatin1String("hosts_require_tls")));   // the sending side follows
    QVERIFY(f.fixPostfix.contains(QLatin1String("smtp_tls_policy_maps")));
    // The consequence is a configuration comment: every line of it starts with '#'.
    const int marker = int(f.fixExim.indexOf(QLatin1String(kConsequenceMarker)));
    QVERIFY(marker > 0);
    const QStringList after = f.fixExim.mid(marker).split(QLatin1Char('\n'));
    QVERIFY(after.first().startsWith(QLatin1Char('#')));
}

void TestAdvice::specificFixesAreKept()
{
    // The rule names the file the user gave: that must survive, not the table's generic path.
    Finding differs = finding(QStringLiteral("cert.differs_from_file"),
                              QStringLiteral("tls_certificate = /srv/mail/new.pem\n# then: systemctl reload exim4"),
                              QStringLiteral("smtpd_tls_chain_files = /etc/postfix/privkey.pem, /srv/mail/new.pem"));
    applyAdvice(&differs);
    QVERIFY(differs.fixExim.startsWith(QLatin1String("tls_certificate = /srv/mail/new.pem")));
    QVERIFY(!differs.fixExim.contains(QLatin1String("tls_certificate = /etc/exim4/fullchain.pem")));
    QVERIFY(differs.fixExim.contains(QLatin1String(kConsequenceMarker)));
    QVERIFY(differs.fixPostfix.startsWith(QLatin1String("smtpd_tls_chain_files = /etc/postfix/privkey.pem, /srv/mail/new.pem")));

    // A parameterised DH fix from the rules keeps its text and gains the sending side.
    Finding dh = finding(QStringLiteral("kex.dh_weak"), QStringLiteral("tls_dhparam = /etc/exim4/dh3072.pem"),
                         QStringLiteral("smtpd_tls_dh1024_param_file = /etc/postfix/dh3072.pem"));
    applyAdvice(&dh);
    QVERIFY(dh.fixExim.startsWith(QLatin1String("tls_dhparam = /etc/exim4/dh3072.pem")));
    QVERIFY(dh.fixExim.contains(QLatin1String("tls_dh_min_bits = 1024")));
    QVERIFY(!dh.fixExim.contains(QLatin1String("tls_dhparam = ffdhe2048")));
}

void TestAdvice::idempotentAndSurvivesJson()
{
    Report report;
    report.kind = QStringLiteral("scan");
    report.target.host = QStringLiteral("mx.example.org");
    report.target.port = 25;
    report.startedAt = QDateTime::currentDateTimeUtc();
    report.findings << finding(QStringLiteral("protocol.tls10_enabled")) << finding(QStringLiteral("cert.ecdsa_only"));
    applyAdvice(&report.findings);
    const Findings once = report.findings;
    applyAdvice(&report.findings);
    QCOMPARE(report.findings.at(0).fixExim, once.at(0).fixExim);
    QCOMPARE(report.findings.at(1).fixPostfix, once.at(1).fixPostfix);

    Report back;
    QString error;
    QVERIFY2(reportFromJson(reportToJsonBytes(report), &back, &error), qPrintable(error));
    applyAdvice(&back.findings);
    QCOMPARE(back.findings.at(0).fixExim, once.at(0).fixExim);
    QCOMPARE(back.findings.at(0).fixExim.count(QLatin1String(kConsequenceMarker)), 1);
}

void TestAdvice::unknownIdIsLeftAlone()
{
    Finding f = finding(QStringLiteral("vendor.something_new"), QStringLiteral("x = y"));
    applyAdvice(&f);
    QCOMPARE(f.fixExim, QStringLiteral("x = y"));
    QVERIFY(f.fixPostfix.isEmpty());
}

void TestAdvice::scanFindingsAllCarryAdvice()
{
    ScanResult scan;
    scan.present = true;
    for (const char *v : {"SSLv3", "TLSv1", "TLSv1.2"})
        scan.protocols.insert(QString::fromLatin1(v), true);
    scan.protocols.insert(QStringLiteral("TLSv1.3"), false);
    SuiteInfo rc4;
    rc4.code = 0x0005;
    rc4.iana = QStringLiteral("TLS_RSA_WITH_RC4_128_SHA");
    rc4.kex = QStringLiteral("RSA");
    rc4.auth = QStringLiteral("RSA");
    rc4.enc = QStringLiteral("RC4-128");
    rc4.mac = QStringLiteral("SHA1");
    for (const char *v : {"SSLv3", "TLSv1", "TLSv1.2"})
        scan.ciphers.insert(QString::fromLatin1(v), {rc4});
    scan.dhBits = 1024;
    scan.certificateTypes = {QStringLiteral("ECDSA")};
    Findings findings = scanFindings(scan, {true, 3, QStringLiteral("421")});
    QVERIFY(findings.size() >= 6);
    applyAdvice(&findings);
    for (const Finding &f : findings) {
        QVERIFY2(!f.fixExim.isEmpty() && !f.fixPostfix.isEmpty(), qPrintable(f.id));
        QVERIFY2(f.fixExim.contains(QLatin1String(kConsequenceMarker)), qPrintable(f.id));
    }
    // The scan rule's own DH advice (with its file path) is still there, first.
    const Finding *dh = findFinding(findings, QStringLiteral("kex.dh_weak"));
    QVERIFY(dh);
    QVERIFY(dh->fixExim.startsWith(QLatin1String("tls_dhparam = ffdhe2048\n# or a file made with: openssl dhparam -out /etc/exim4/dh2048.pem")));
}

MAILTLS_TEST_MAIN(TestAdvice)
#include "test_advice.moc"
