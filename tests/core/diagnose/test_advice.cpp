// Advice per finding id: every id docs/CONTRACTS.md lists has Exim and Postfix lines and a consequence,
// lines that exist for one Exim TLS library only say which, and applyAdvice keeps the specific
// fixes the rules write.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <openssl/x509_vfy.h>

#include "diagnose/advice.h"
#include "diagnose/certificate_rules.h"
#include "diagnose/client_profile.h"
#include "diagnose/findings_pipeline.h"
#include "diagnose/scan_rules.h"
#include "diagnose/session_rules.h"
#include "diagnose/simulator.h"
#include "sample_facts.h"
#include "test_registry.h"

using namespace mailtls::core;
using namespace mailtls::test;

namespace {

// docs/CONTRACTS.md "Finding ids" (in the order the rules were written), with key.mismatch and
// chain.root_included apart.
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
const QStringList kExtraIds = {QStringLiteral("key.mismatch"), QStringLiteral("chain.root_included"),
                               QStringLiteral("starttls.data_after_220")};

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

// ---- every rule set over sample facts --------------------------------------------------------

// One run of a rule set: the findings it raised, as they leave it ("prediction": the simulator's
// own finding, shown without advice) or after the pipeline ("finished").
struct FixCase {
    QString name;
    Findings findings;
};

Findings finished(Findings findings)
{
    finishFindings(&findings);
    return findings;
}

QList<FixCase> sessionCases()
{
    QList<FixCase> cases;
    Report plain = smtpSession();
    plain.smtp.ehloBeforeTls = {QStringLiteral("PIPELINING"), QStringLiteral("AUTH PLAIN LOGIN")};
    plain.smtp.starttlsOffered = false;
    plain.smtp.authBeforeTls = {QStringLiteral("PLAIN"), QStringLiteral("LOGIN")};
    cases << FixCase{QStringLiteral("session: no STARTTLS, AUTH in clear"), finished(sessionFindings(plain))};

    Report refused = smtpSession();
    refused.smtp.starttlsReply = QStringLiteral("454 4.7.0 TLS not available");
    cases << FixCase{QStringLiteral("session: STARTTLS refused"), finished(sessionFindings(refused))};

    Report silent = smtpSession();
    silent.smtp.starttlsAccepted = true;
    silent.smtp.starttlsReply = QStringLiteral("220 2.0.0 go ahead");
    silent.tls.attempted = true;
    silent.tls.error = QStringLiteral("connection closed during the handshake");
    silent.outcome.errorKind = ErrorKind::Tls;
    cases << FixCase{QStringLiteral("session: STARTTLS accepted, no TLS"), finished(sessionFindings(silent))};

    Report injected = silent;
    injected.smtp.bytesAfterStarttls = 25;
    cases << FixCase{QStringLiteral("session: data after the 220"), finished(sessionFindings(injected))};

    Report failed = silent;
    failed.tls.alert = QStringLiteral("handshake_failure");
    failed.tls.alertDirection = QStringLiteral("received");
    HandshakeMessage alert;
    alert.dir = QStringLiteral("S");
    alert.type = QStringLiteral("Alert");
    alert.summary = QStringLiteral("fatal handshake_failure");
    failed.handshake << alert;
    cases << FixCase{QStringLiteral("session: handshake failed"), finished(sessionFindings(failed))};

    Report clientCert = failed;
    clientCert.tls.clientCertificateRequested = true;
    clientCert.tls.alert = QStringLiteral("certificate_required");
    cases << FixCase{QStringLiteral("session: client certificate required"), finished(sessionFindings(clientCert))};

    Report old = establishedSession(QStringLiteral("TLSv1"));
    old.tls.cipher.openssl = QStringLiteral("DHE-RSA-AES256-SHA");
    old.tls.tempKeyType = QStringLiteral("DH");
    old.tls.tempKeyBits = 1024;
    old.tls.compression = QStringLiteral("zlib compression");
    cases << FixCase{QStringLiteral("session: TLS 1.0, small DH prime, compression"), finished(sessionFindings(old))};
    cases << FixCase{QStringLiteral("session: TLS 1.1"), finished(sessionFindings(establishedSession(QStringLiteral("TLSv1.1"))))};
    cases << FixCase{QStringLiteral("session: SSLv3"), finished(sessionFindings(establishedSession(QStringLiteral("SSLv3"))))};
    return cases;
}

QList<FixCase> scanCases()
{
    const ScanResult scan = everyWeaknessScan();
    ScanRuleContext context;
    context.rateLimited = scan.rateLimited;
    context.retries = scan.retries;
    context.busyReason = scan.busyReason;
    QList<FixCase> cases;
    cases << FixCase{QStringLiteral("scan: every weakness"), finished(scanFindings(scan, context))};
    ScanResult tiny = scan;
    tiny.dhBits = 768;
    cases << FixCase{QStringLiteral("scan: 768-bit DH prime"), finished(scanFindings(tiny, context))};
    return cases;
}

QList<FixCase> certificateCases()
{
    const Certificate leaf = loadOne("leaf-rsa2048.pem");
    const Certificate inter = loadOne("intermediate-ca.pem");
    const Certificate root = loadOne("root-ca.pem");
    const Certificate other = loadOne("other-root-ca.pem");
    const Certificate selfSigned = loadOne("selfsigned-cn-only.pem");
    const Certificate weak = loadOne("leaf-rsa1024-sha1.pem");
    const Certificate expired = loadOne("leaf-expired.pem");
    const Certificate future = loadOne("leaf-not-yet-valid.pem");
    const Certificate ec = loadOne("leaf-ec-p256.pem");

    CertificateCheckOptions check;
    check.now = QDateTime::currentDateTimeUtc();
    auto untrusted = [](const QList<int> &order) {
        ChainAnalysis a;
        a.empty = false;
        a.leafPosition = 0;
        a.suggestedOrder = order;
        a.verifyCode = X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY;
        a.verifyMessage = QStringLiteral("unable to get local issuer certificate");
        return a;
    };
    QList<FixCase> cases;

    CertificateCheckOptions named = check;
    named.servername = QStringLiteral("mx.example.org");
    ChainAnalysis alone = untrusted({0});
    alone.verifyCode = X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT;
    cases << FixCase{QStringLiteral("certificates: self-signed, wrong name"),
                     finished(certificateFindings({selfSigned}, alone, named))};
    cases << FixCase{QStringLiteral("certificates: weak key and signature, untrusted"),
                     finished(certificateFindings({weak}, untrusted({0}), check))};
    cases << FixCase{QStringLiteral("certificates: expired"), finished(certificateFindings({expired}, untrusted({0}), check))};
    cases << FixCase{QStringLiteral("certificates: not yet valid"), finished(certificateFindings({future}, untrusted({0}), check))};
    CertificateCheckOptions late = check;
    late.now = leaf.notAfter().addDays(-3);
    ChainAnalysis trusted = untrusted({0, 1});
    trusted.trusted = true;
    trusted.verifyCode = X509_V_OK;
    cases << FixCase{QStringLiteral("certificates: expires soon"), finished(certificateFindings({leaf, inter}, trusted, late))};

    ChainAnalysis swapped = trusted;
    swapped.leafPosition = 1;
    swapped.orderCorrect = false;
    swapped.orderProblem = QStringLiteral("Certificate 0 issued certificate 1.");
    swapped.suggestedOrder = {1, 0};
    cases << FixCase{QStringLiteral("certificates: wrong order"), finished(certificateFindings({inter, leaf}, swapped, check))};
    ChainAnalysis missing = untrusted({0});
    missing.intermediateMissing = true;
    missing.missingIssuer = inter.subject();
    cases << FixCase{QStringLiteral("certificates: intermediate missing"), finished(certificateFindings({leaf}, missing, check))};
    ChainAnalysis extra = trusted;
    extra.extraCertificates = {2};
    cases << FixCase{QStringLiteral("certificates: extra certificate"),
                     finished(certificateFindings({leaf, inter, other}, extra, check))};

    ChainAnalysis withRoot = trusted;
    withRoot.suggestedOrder = {0, 1, 2};
    withRoot.rootIncluded = true;
    withRoot.rootPosition = 2;
    cases << FixCase{QStringLiteral("certificates: root included"), finished(chainInfoFindings({leaf, inter, root}, withRoot))};
    LoadedPrivateKey stranger;
    stranger.file = QStringLiteral("/etc/exim4/other.key");
    stranger.info.type = QStringLiteral("EC");
    stranger.info.bits = 256;
    stranger.publicKeySha256 = QStringLiteral("AB:CD");
    cases << FixCase{QStringLiteral("certificates: key mismatch"), finished(privateKeyFindings({leaf, inter}, trusted, {stranger}))};
    cases << FixCase{QStringLiteral("certificates: differs from file"),
                     finished(expectedCertificateFindings({leaf, inter}, {ec}, QStringLiteral("/srv/mail/new.pem")))};
    return cases;
}

// The prediction's own finding (what `simulate` prints and writes under prediction.fix) and the
// same finding through the pipeline (the report's findings).
QList<FixCase> predictionCases()
{
    auto server = [](const QStringList &versions, std::initializer_list<quint16> tls12, const QStringList &types) {
        return scanServing(versions, catalogSuites(tls12), types);
    };
    const ClientOffer gateway = findProfile(QStringLiteral("gateway-rsa-legacy"))->offer;
    const ClientOffer modern = findProfile(QStringLiteral("openssl3-default"))->offer;
    const QStringList tls12 = {QStringLiteral("TLSv1.2")};
    const QStringList tls13 = {QStringLiteral("TLSv1.3")};

    QList<QPair<QString, Prediction>> runs;
    runs << qMakePair(QStringLiteral("needs RSA, serves ECDSA"),
                      predictCompatibility(server(tls12, {0xC02C, 0xC02B}, {QStringLiteral("ECDSA")}), gateway));
    ClientOffer ecdsaOnly = modern;
    ecdsaOnly.sigalgs = {QStringLiteral("ecdsa_secp256r1_sha256")};
    runs << qMakePair(QStringLiteral("TLS 1.3 signatures need ECDSA, serves RSA"),
                      predictCompatibility(server(tls13, {}, {QStringLiteral("RSA")}), ecdsaOnly));
    ScanResult smallDh = server(tls12, {0x009F, 0x009E}, {QStringLiteral("RSA")});
    smallDh.dhBits = 1024;
    runs << qMakePair(QStringLiteral("DH prime under 2048"),
                      predictCompatibility(smallDh, findProfile(QStringLiteral("gnutls-normal-dh2048"))->offer));
    ClientOffer strict = findProfile(QStringLiteral("gnutls-normal-dh2048"))->offer;
    strict.minDhBits = 3072;
    smallDh.dhBits = 2048;
    runs << qMakePair(QStringLiteral("DH prime under 3072"), predictCompatibility(smallDh, strict));
    runs << qMakePair(QStringLiteral("server too old"),
                      predictCompatibility(server({QStringLiteral("TLSv1")}, {0xC014}, {QStringLiteral("RSA")}), modern));
    ClientOffer legacy = findProfile(QStringLiteral("openssl102-default"))->offer;
    legacy.versions = {QStringLiteral("TLSv1")};
    runs << qMakePair(QStringLiteral("partner too old"), predictCompatibility(server(tls13, {}, {QStringLiteral("RSA")}), legacy));
    ClientOffer aes128Only = modern;
    aes128Only.tls13Suites = {0x1304};
    runs << qMakePair(QStringLiteral("no TLS 1.3 suite in common"),
                      predictCompatibility(server(tls13, {}, {QStringLiteral("RSA")}), aes128Only));
    ClientOffer x448 = modern;
    x448.groups = {QStringLiteral("x448")};
    runs << qMakePair(QStringLiteral("no group in common"), predictCompatibility(server(tls13, {}, {QStringLiteral("RSA")}), x448));
    runs << qMakePair(QStringLiteral("no suite in common, one to suggest"),
                      predictCompatibility(server(tls12, {0xCCA8}, {QStringLiteral("RSA")}), gateway));
    ClientOffer rc4 = gateway;
    rc4.ciphers = {0x0005};
    runs << qMakePair(QStringLiteral("no suite in common, the suggestion left OpenSSL"),
                      predictCompatibility(server(tls12, {0xCCA8}, {QStringLiteral("RSA")}), rc4));
    ClientOffer unknown = gateway;
    unknown.ciphers = {0xFEFE};
    runs << qMakePair(QStringLiteral("no suite in common, nothing to suggest"),
                      predictCompatibility(server(tls12, {0xCCA8}, {QStringLiteral("RSA")}), unknown));

    QList<FixCase> cases;
    for (const auto &run : runs) {
        cases << FixCase{QStringLiteral("prediction: ") + run.first, {run.second.finding}};
        cases << FixCase{QStringLiteral("simulation: ") + run.first, finished({run.second.finding})};
    }
    return cases;
}

QList<FixCase> allFixCases()
{
    return sessionCases() + scanCases() + certificateCases() + predictionCases();
}

QJsonArray fixesOf(const FixCase &c)
{
    QJsonArray out;
    for (const Finding &f : c.findings)
        out << QJsonObject{{QStringLiteral("id"), f.id}, {QStringLiteral("exim"), f.fixExim}, {QStringLiteral("postfix"), f.fixPostfix}};
    return out;
}

// The fix texts as the rules and the advice table wrote them before advice became their one
// source (captured from that code); the JSON, HTML and CLI output carry exactly these.
QString fixTextsFile()
{
    return QStringLiteral(MAILTLS_FIXTURES_DIR "/advice/fix_texts.json");
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
    void idempotent();
    void unknownIdIsLeftAlone();
    void scanFindingsAllCarryAdvice();
    void fixTextsAsBefore();
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

void TestAdvice::idempotent()
{
    Findings findings;
    findings << finding(QStringLiteral("protocol.tls10_enabled")) << finding(QStringLiteral("cert.ecdsa_only"));
    applyAdvice(&findings);
    const Findings once = findings;
    applyAdvice(&findings);
    QCOMPARE(findings.at(0).fixExim, once.at(0).fixExim);
    QCOMPARE(findings.at(1).fixPostfix, once.at(1).fixPostfix);
    QCOMPARE(findings.at(0).fixExim.count(QLatin1String(kConsequenceMarker)), 1);
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

void TestAdvice::fixTextsAsBefore()
{
    const QList<FixCase> cases = allFixCases();
    QFile in(fixTextsFile());
    QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(fixTextsFile()));
    const QJsonObject expected = QJsonDocument::fromJson(in.readAll()).object();
    QCOMPARE(int(cases.size()), int(expected.size()));
    QSet<QString> ids;
    for (const FixCase &c : cases) {
        QVERIFY2(expected.contains(c.name), qPrintable(c.name));
        const QJsonArray want = expected.value(c.name).toArray();
        const QJsonArray got = fixesOf(c);
        QVERIFY2(!got.isEmpty(), qPrintable(c.name));
        QCOMPARE(got.size(), want.size());
        for (int i = 0; i < got.size(); ++i) {
            const QJsonObject g = got.at(i).toObject(), w = want.at(i).toObject();
            const QString where = c.name + QLatin1String(": ") + w.value(QStringLiteral("id")).toString();
            QCOMPARE(g.value(QStringLiteral("id")).toString(), w.value(QStringLiteral("id")).toString());
            QVERIFY2(g.value(QStringLiteral("exim")) == w.value(QStringLiteral("exim")),
                     qPrintable(where + QLatin1String("\n--- exim now:\n") + g.value(QStringLiteral("exim")).toString()
                                + QLatin1String("\n--- before:\n") + w.value(QStringLiteral("exim")).toString()));
            QVERIFY2(g.value(QStringLiteral("postfix")) == w.value(QStringLiteral("postfix")),
                     qPrintable(where + QLatin1String("\n--- postfix now:\n") + g.value(QStringLiteral("postfix")).toString()
                                + QLatin1String("\n--- before:\n") + w.value(QStringLiteral("postfix")).toString()));
            ids.insert(w.value(QStringLiteral("id")).toString());
        }
    }
    // Every id the rule sets raise is among the cases.
    for (const QString &id : kDesignIds + kExtraIds)
        QVERIFY2(ids.contains(id), qPrintable(id));
}

MAILTLS_TEST_MAIN(TestAdvice)
#include "test_advice.moc"
