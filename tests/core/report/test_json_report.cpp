// Report <-> JSON ("mailtls.report/1"): the shape scripts depend on, the omission rules, a
// lossless round trip with real certificates, and the one-line errors for bad input.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "catalog/cipher_catalog.h"
#include "diagnose/advice.h"
#include "report/json_report.h"
#include "test_registry.h"

using namespace mailtls::core;

namespace {

QSet<QString> keySet(const QJsonObject &o)
{
    const QStringList keys = o.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

QSet<QString> set(std::initializer_list<const char *> names)
{
    QSet<QString> s;
    for (const char *n : names)
        s.insert(QString::fromLatin1(n));
    return s;
}

SuiteInfo catalogSuite(quint16 code)
{
    const SuiteInfo *s = CipherCatalog::instance().byCode(code);
    return s ? *s : SuiteInfo();
}

QJsonObject parse(const QByteArray &bytes)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError)
        qWarning("writer produced invalid JSON: %s", qPrintable(err.errorString()));
    return doc.object();
}

} // namespace

class TestJsonReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writesSchemaFirstAndExactTopLevelKeys();
    void writesDesignKeyNamesAndFormats();
    void omitsWhatDoesNotApply();
    void roundTripsFullReport();
    void readsMinimalReport();
    void outcomeErrorKindWords();
    void outcomeErrorKindReadBackLossless();
    void scanSectionRoundTrip();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void advisedFindingsSurviveJson();
    void findingPhrasesSurviveJson();
    void outcomeErrorPhraseSurvivesJson();

private:
    Report fullReport() const;

    QTemporaryDir dir_;
    Certificate rsaLeaf_;
    Certificate ecCa_;
};

void TestJsonReport::initTestCase()
{
    QVERIFY(dir_.isValid());
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("the openssl command is needed to make test certificates");

    auto run = [&](const QStringList &args) {
        QProcess p;
        p.setWorkingDirectory(dir_.path());
        p.start(openssl, args);
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    };
    // An EC CA and an RSA leaf signed by it: two key types, CA flag, SANs, a real chain.
    run({"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
         "-keyout", "ca.key", "-out", "ca.pem", "-days", "3650", "-subj", "/CN=Test Mail CA/O=Example",
         "-addext", "basicConstraints=critical,CA:TRUE"});
    run({"req", "-newkey", "rsa:2048", "-nodes", "-keyout", "leaf.key", "-out", "leaf.csr",
         "-subj", "/CN=mail.example.org"});
    QFile ext(dir_.filePath(QStringLiteral("leaf.ext")));
    QVERIFY(ext.open(QIODevice::WriteOnly));
    ext.write("subjectAltName=DNS:mail.example.org,DNS:mx.example.org,IP:127.0.0.1\n"
              "basicConstraints=CA:FALSE\n");
    ext.close();
    run({"x509", "-req", "-in", "leaf.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
         "-out", "leaf.pem", "-days", "90", "-extfile", "leaf.ext"});

    auto load = [&](const char *name) {
        QFile f(dir_.filePath(QString::fromLatin1(name)));
        if (!f.open(QIODevice::ReadOnly))
            return Certificate();
        const QList<Certificate> list = Certificate::listFromPem(f.readAll());
        return list.isEmpty() ? Certificate() : list.first();
    };
    rsaLeaf_ = load("leaf.pem");
    ecCa_ = load("ca.pem");
    QVERIFY(!rsaLeaf_.isNull());
    QVERIFY(!ecCa_.isNull());
}

Report TestJsonReport::fullReport() const
{
    Report r;
    r.toolVersion = QStringLiteral("0.1.0");
    r.target.host = QStringLiteral("mail.example.org");
    r.target.port = 25;
    r.target.address = QStringLiteral("192.0.2.10");
    r.target.dialect = QStringLiteral("smtp");
    r.target.implicitTls = false;
    r.target.sni = QStringLiteral("mail.example.org");
    r.target.servername = QStringLiteral("mx.example.org");
    r.startedAt = QDateTime(QDate(2024, 3, 5), QTime(8, 9, 10, 123), Qt::UTC);
    r.durationMs = 842;
    r.transcript = {
        {0, LineDirection::Note, QStringLiteral("connected to 192.0.2.10:25")},
        {12, LineDirection::Server, QStringLiteral("220 mail.example.org ESMTP")},
        {13, LineDirection::Client, QStringLiteral("EHLO client.example")},
        {40, LineDirection::Tls, QStringLiteral("TLSv1.2 ECDHE-RSA-AES256-GCM-SHA384")},
        {41, LineDirection::Client, QStringLiteral("AUTH PLAIN <redacted>")},
    };
    r.smtp.banner = QStringLiteral("220 mail.example.org ESMTP");
    r.smtp.ehloBeforeTls = {QStringLiteral("PIPELINING"), QStringLiteral("STARTTLS"), QStringLiteral("AUTH PLAIN LOGIN")};
    r.smtp.ehloAfterTls = {QStringLiteral("PIPELINING"), QStringLiteral("AUTH PLAIN LOGIN")};
    r.smtp.starttlsOffered = true;
    r.smtp.authBeforeTls = {QStringLiteral("PLAIN"), QStringLiteral("LOGIN")};
    r.smtp.authAfterTls = {QStringLiteral("PLAIN"), QStringLiteral("LOGIN")};
    r.smtp.starttlsAccepted = true;
    r.smtp.starttlsReply = QStringLiteral("220 2.0.0 Ready to start TLS");
    HandshakeMessage hello;
    hello.tMs = 20; hello.dir = QStringLiteral("C"); hello.type = QStringLiteral("ClientHello");
    hello.length = 312; hello.summary = QStringLiteral("TLS 1.3, 31 suites"); hello.contentType = 22;
    hello.handshakeType = 1;
    HandshakeMessage ccs;
    ccs.tMs = 25; ccs.dir = QStringLiteral("S"); ccs.type = QStringLiteral("ChangeCipherSpec");
    ccs.length = 1; ccs.contentType = 20;
    r.handshake = {hello, ccs};
    r.tls.attempted = true;
    r.tls.established = true;
    r.tls.version = QStringLiteral("TLSv1.2");
    r.tls.cipher.code = 0xC030;
    r.tls.cipher.iana = QStringLiteral("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384");
    r.tls.cipher.openssl = QStringLiteral("ECDHE-RSA-AES256-GCM-SHA384");
    r.tls.group = QStringLiteral("x25519");
    r.tls.tempKeyType = QStringLiteral("X25519");
    r.tls.tempKeyBits = 253;
    r.tls.peerSignatureType = QStringLiteral("RSA-PSS");
    r.tls.peerSignatureDigest = QStringLiteral("SHA256");
    r.tls.compression = QString();
    r.tls.verifyOk = false;
    r.tls.verifyCode = 20;
    r.tls.verifyMessage = QStringLiteral("unable to get local issuer certificate");
    r.tls.securityLevel = 0;
    r.tls.clientCertificateRequested = true;
    r.tls.clientCertificateSent = false;
    r.tls.sessionReused = true;
    r.certificates = {rsaLeaf_, ecCa_};
    Finding untrusted;
    untrusted.id = QStringLiteral("cert.untrusted");
    untrusted.severity = Severity::High;
    untrusted.title = QStringLiteral("The chain does not lead to a trusted root");
    untrusted.detail = QStringLiteral("Partners that verify will refuse to deliver.");
    untrusted.evidence = QStringLiteral("verify code 20");
    untrusted.fixExim = QStringLiteral("tls_certificate = /etc/exim4/fullchain.pem");
    untrusted.fixPostfix = QStringLiteral("smtpd_tls_chain_files = /etc/postfix/key.pem, /etc/postfix/fullchain.pem");
    Finding limited;
    limited.id = QStringLiteral("smtp.rate_limited");
    limited.severity = Severity::Info;
    limited.title = QStringLiteral("The server limited us");
    r.findings = {untrusted, limited};
    r.outcome.connected = true;
    r.outcome.completed = true;
    return r;
}

void TestJsonReport::writesSchemaFirstAndExactTopLevelKeys()
{
    const QByteArray bytes = reportToJsonBytes(fullReport());
    QVERIFY(bytes.startsWith("{\n  \"schema\": \"mailtls.report/1\",\n  \"tool\": {"));
    QVERIFY(bytes.endsWith("}\n"));
    const QJsonObject o = parse(bytes);
    QCOMPARE(keySet(o), set({"schema", "tool", "kind", "target", "started_at", "duration_ms",
                             "transcript", "smtp", "handshake", "tls", "certificates", "findings",
                             "outcome"}));
    QCOMPARE(o.value("tool").toObject().value("name").toString(), QStringLiteral("mailtls"));
    QCOMPARE(o.value("tool").toObject().value("version").toString(), QStringLiteral("0.1.0"));
    // The ordered writer and QJsonDocument describe the same document.
    QCOMPARE(o, reportToJson(fullReport()));
}

void TestJsonReport::writesDesignKeyNamesAndFormats()
{
    const QJsonObject o = parse(reportToJsonBytes(fullReport()));

    const QJsonObject target = o.value("target").toObject();
    QCOMPARE(keySet(target), set({"host", "port", "address", "dialect", "implicit_tls", "sni", "servername", "proxy"}));
    QCOMPARE(target.value("port").toInt(), 25);
    // target.proxy: null for a direct connection, the URL without password through a proxy,
    // and read back.
    QVERIFY(target.value("proxy").isNull());
    {
        Report proxied = fullReport();
        proxied.target.proxy = QStringLiteral("socks5://alice@127.0.0.1:1080");
        const QByteArray bytes = reportToJsonBytes(proxied);
        QCOMPARE(parse(bytes).value("target").toObject().value("proxy").toString(), proxied.target.proxy);
        Report back;
        Error error;
        QVERIFY2(reportFromJson(bytes, &back, &error), qPrintable(error.message));
        QCOMPARE(back.target.proxy, proxied.target.proxy);
    }
    QCOMPARE(target.value("implicit_tls"), QJsonValue(false));

    QCOMPARE(o.value("started_at").toString(), QStringLiteral("2024-03-05T08:09:10.123Z"));
    QCOMPARE(o.value("duration_ms").toInt(), 842);

    const QJsonArray transcript = o.value("transcript").toArray();
    QStringList dirs;
    for (const QJsonValue &v : transcript) {
        QCOMPARE(keySet(v.toObject()), set({"t_ms", "dir", "text"}));
        dirs << v.toObject().value("dir").toString();
    }
    QCOMPARE(dirs, QStringList({"note", "S", "C", "tls", "C"}));
    QCOMPARE(transcript.at(1).toObject().value("t_ms").toInt(), 12);

    const QJsonObject smtp = o.value("smtp").toObject();
    QCOMPARE(keySet(smtp), set({"banner", "ehlo_before_tls", "ehlo_after_tls", "starttls_offered",
                                "auth_before_tls", "auth_after_tls", "starttls_reply", "starttls_accepted"}));
    QCOMPARE(smtp.value("auth_before_tls").toArray(), QJsonArray({"PLAIN", "LOGIN"}));

    const QJsonObject hello = o.value("handshake").toArray().at(0).toObject();
    QCOMPARE(keySet(hello), set({"t_ms", "dir", "type", "length", "summary", "content_type", "handshake_type"}));
    QCOMPARE(hello.value("dir").toString(), QStringLiteral("C"));
    QCOMPARE(hello.value("length").toInt(), 312);
    const QJsonObject ccs = o.value("handshake").toArray().at(1).toObject();
    QVERIFY(!ccs.contains("handshake_type"));
    QCOMPARE(ccs.value("summary"), QJsonValue(QJsonValue::Null));

    const QJsonObject tls = o.value("tls").toObject();
    QCOMPARE(tls.value("version").toString(), QStringLiteral("TLSv1.2"));
    const QJsonObject cipher = tls.value("cipher").toObject();
    QCOMPARE(keySet(cipher), set({"code", "iana", "openssl"}));
    QCOMPARE(cipher.value("code").toString(), QStringLiteral("0xC030"));
    QCOMPARE(cipher.value("iana").toString(), QStringLiteral("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"));
    QCOMPARE(tls.value("group").toString(), QStringLiteral("x25519"));
    QCOMPARE(tls.value("temp_key").toObject(), QJsonObject({{"type", "X25519"}, {"bits", 253}}));
    QCOMPARE(tls.value("peer_signature").toObject(), QJsonObject({{"type", "RSA-PSS"}, {"digest", "SHA256"}}));
    QCOMPARE(tls.value("compression"), QJsonValue(QJsonValue::Null));
    QCOMPARE(tls.value("verify").toObject(),
             QJsonObject({{"ok", false}, {"code", 20}, {"message", "unable to get local issuer certificate"}}));
    QCOMPARE(tls.value("security_level").toInt(), 0);
    QCOMPARE(tls.value("client_certificate_requested"), QJsonValue(true));

    // Leading zeros are kept and letters are upper case.
    CipherSuite aes;
    aes.code = 0x002F;
    QCOMPARE(aes.codeHex(), QStringLiteral("0x002F"));
    CipherSuite tls13;
    tls13.code = 0x1301;
    QCOMPARE(tls13.codeHex(), QStringLiteral("0x1301"));

    const QJsonArray certs = o.value("certificates").toArray();
    QCOMPARE(certs.size(), 2);
    const QJsonObject leaf = certs.at(0).toObject();
    QCOMPARE(keySet(leaf), set({"position", "subject", "issuer", "serial", "not_before", "not_after", "key",
                                "signature_algorithm", "san", "sha256", "subject_hash", "self_signed",
                                "is_ca", "pem"}));
    QCOMPARE(leaf.value("position").toInt(), 0);
    QCOMPARE(certs.at(1).toObject().value("position").toInt(), 1);
    QVERIFY(leaf.value("subject").toString().contains("CN=mail.example.org"));
    QVERIFY(leaf.value("issuer").toString().contains("CN=Test Mail CA"));
    QCOMPARE(leaf.value("serial").toString(), rsaLeaf_.serialHex());
    const QRegularExpression isoSeconds(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"));
    QVERIFY2(isoSeconds.match(leaf.value("not_before").toString()).hasMatch(),
             qPrintable(leaf.value("not_before").toString()));
    QVERIFY(isoSeconds.match(leaf.value("not_after").toString()).hasMatch());
    // RSA: no curve key at all; EC: the curve's short name.
    QCOMPARE(leaf.value("key").toObject(), QJsonObject({{"type", "RSA"}, {"bits", 2048}}));
    QCOMPARE(certs.at(1).toObject().value("key").toObject(),
             QJsonObject({{"type", "EC"}, {"bits", 256}, {"curve", "prime256v1"}}));
    QCOMPARE(leaf.value("san").toArray(),
             QJsonArray({"DNS:mail.example.org", "DNS:mx.example.org", "IP:127.0.0.1"}));
    QVERIFY(QRegularExpression(QStringLiteral("^([0-9A-F]{2}:){31}[0-9A-F]{2}$"))
                .match(leaf.value("sha256").toString()).hasMatch());
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{8}$")).match(leaf.value("subject_hash").toString()).hasMatch());
    QCOMPARE(leaf.value("self_signed"), QJsonValue(false));
    QCOMPARE(leaf.value("is_ca"), QJsonValue(false));
    QCOMPARE(certs.at(1).toObject().value("self_signed"), QJsonValue(true));
    QCOMPARE(certs.at(1).toObject().value("is_ca"), QJsonValue(true));
    QVERIFY(leaf.value("pem").toString().startsWith("-----BEGIN CERTIFICATE-----\n"));

    const QJsonArray findings = o.value("findings").toArray();
    const QJsonObject first = findings.at(0).toObject();
    QCOMPARE(keySet(first), set({"id", "severity", "title", "detail", "evidence", "fix", "phrases"}));
    QCOMPARE(first.value("id").toString(), QStringLiteral("cert.untrusted"));
    QCOMPARE(first.value("severity").toString(), QStringLiteral("high"));
    QCOMPARE(keySet(first.value("fix").toObject()), set({"exim", "postfix"}));
    QCOMPARE(findings.at(1).toObject().value("severity").toString(), QStringLiteral("info"));

    QCOMPARE(o.value("outcome").toObject(),
             QJsonObject({{"connected", true}, {"completed", true}, {"error_kind", QJsonValue::Null},
                          {"error_reason", QJsonValue::Null}, {"error", QJsonValue::Null}, {"refusal", QJsonValue::Null},
                          {"phrases", QJsonValue::Null}}));

    for (Severity s : {Severity::Info, Severity::Low, Severity::Medium, Severity::High, Severity::Critical}) {
        Report r;
        Finding f;
        f.id = QStringLiteral("x.y");
        f.severity = s;
        r.findings << f;
        const QString name = reportToJson(r).value("findings").toArray().at(0).toObject().value("severity").toString();
        QCOMPARE(name, severityName(s));
    }
}

void TestJsonReport::omitsWhatDoesNotApply()
{
    // Nothing got through: no SMTP, no TLS, no certificates.
    Report refused;
    refused.target.host = QStringLiteral("127.0.0.1");
    refused.target.port = 2525;
    refused.target.dialect = QStringLiteral("smtp");
    refused.outcome.errorKind = ErrorKind::Refused;
    refused.outcome.error = QStringLiteral("connection refused");
    QJsonObject o = parse(reportToJsonBytes(refused));
    QCOMPARE(o.value("tls"), QJsonValue(QJsonValue::Null));
    QCOMPARE(o.value("smtp"), QJsonValue(QJsonValue::Null));
    QCOMPARE(o.value("certificates").toArray().size(), 0);
    QCOMPARE(o.value("started_at"), QJsonValue(QJsonValue::Null));
    const QJsonObject target = o.value("target").toObject();
    QCOMPARE(target.value("address"), QJsonValue(QJsonValue::Null));
    QCOMPARE(target.value("sni"), QJsonValue(QJsonValue::Null));
    QVERIFY(!target.contains("servername"));
    QCOMPARE(o.value("outcome").toObject().value("error_kind").toString(), QStringLiteral("connect"));
    QCOMPARE(o.value("tool").toObject().value("version"), QJsonValue(QJsonValue::Null));

    // TLS tried and failed: facts that only exist after a handshake are null, the alert is kept.
    Report failed;
    failed.smtp.banner = QStringLiteral("220 mx ESMTP");
    failed.smtp.starttlsOffered = true;
    failed.smtp.ehloBeforeTls = {QStringLiteral("STARTTLS")};
    failed.smtp.starttlsReply = QStringLiteral("220 go ahead");
    failed.smtp.starttlsAccepted = true;
    failed.tls.attempted = true;
    failed.tls.securityLevel = 1;
    failed.tls.alert = QStringLiteral("handshake_failure");
    failed.tls.alertDirection = QStringLiteral("received");
    failed.tls.error = QStringLiteral("no shared cipher");
    o = parse(reportToJsonBytes(failed));
    const QJsonObject tls = o.value("tls").toObject();
    QCOMPARE(tls.value("attempted"), QJsonValue(true));
    QCOMPARE(tls.value("established"), QJsonValue(false));
    for (const char *key : {"version", "cipher", "group", "temp_key", "peer_signature", "compression", "verify"})
        QVERIFY2(tls.value(key).isNull(), key);
    QVERIFY(!tls.contains("session_reused"));
    QCOMPARE(tls.value("alert").toString(), QStringLiteral("handshake_failure"));
    QCOMPARE(tls.value("alert_direction").toString(), QStringLiteral("received"));
    QCOMPARE(tls.value("security_level").toInt(), 1);
    const QJsonObject smtp = o.value("smtp").toObject();
    QCOMPARE(smtp.value("ehlo_after_tls"), QJsonValue(QJsonValue::Null));
    QCOMPARE(smtp.value("auth_after_tls"), QJsonValue(QJsonValue::Null));
    QCOMPARE(smtp.value("auth_before_tls").toArray(), QJsonArray());

    // A finding without configuration advice has fix: null, not two empty strings.
    Report bare;
    Finding f;
    f.id = QStringLiteral("protocol.tls13_missing");
    f.severity = Severity::Low;
    f.title = QStringLiteral("TLS 1.3 is not accepted");
    bare.findings << f;
    const QJsonObject finding = reportToJson(bare).value("findings").toArray().at(0).toObject();
    QCOMPARE(finding.value("fix"), QJsonValue(QJsonValue::Null));
    QCOMPARE(finding.value("detail"), QJsonValue(QJsonValue::Null));
    QCOMPARE(finding.value("evidence"), QJsonValue(QJsonValue::Null));

    // Established TLS 1.3 with Ed25519: a signature without a separate digest.
    Report ed;
    ed.tls.attempted = ed.tls.established = true;
    ed.tls.version = QStringLiteral("TLSv1.3");
    ed.tls.cipher.code = 0x1302;
    ed.tls.peerSignatureType = QStringLiteral("Ed25519");
    const QJsonObject edTls = reportToJson(ed).value("tls").toObject();
    QCOMPARE(edTls.value("cipher").toObject().value("code").toString(), QStringLiteral("0x1302"));
    QCOMPARE(edTls.value("peer_signature").toObject(),
             QJsonObject({{"type", "Ed25519"}, {"digest", QJsonValue::Null}}));
}

void TestJsonReport::roundTripsFullReport()
{
    const Report original = fullReport();
    const QByteArray bytes = reportToJsonBytes(original);
    Report back;
    Error error;
    QVERIFY2(reportFromJson(bytes, &back, &error), qPrintable(error.message));
    QVERIFY(error.message.isEmpty());
    QCOMPARE(error.kind, ErrorKind::None);

    QCOMPARE(back.schema, QStringLiteral("mailtls.report/1"));
    QCOMPARE(back.toolName, original.toolName);
    QCOMPARE(back.toolVersion, original.toolVersion);
    QCOMPARE(back.kind, original.kind);
    QCOMPARE(back.target.host, original.target.host);
    QCOMPARE(back.target.port, original.target.port);
    QCOMPARE(back.target.address, original.target.address);
    QCOMPARE(back.target.dialect, original.target.dialect);
    QCOMPARE(back.target.implicitTls, original.target.implicitTls);
    QCOMPARE(back.target.sni, original.target.sni);
    QCOMPARE(back.target.servername, original.target.servername);
    QCOMPARE(back.startedAt, original.startedAt);
    QCOMPARE(back.startedAt.timeSpec(), Qt::UTC);
    QCOMPARE(back.durationMs, original.durationMs);
    QCOMPARE(back.transcript.size(), original.transcript.size());
    for (int i = 0; i < original.transcript.size(); ++i) {
        QCOMPARE(back.transcript[i].tMs, original.transcript[i].tMs);
        QCOMPARE(back.transcript[i].dir, original.transcript[i].dir);
        QCOMPARE(back.transcript[i].text, original.transcript[i].text);
    }
    QCOMPARE(back.smtp.banner, original.smtp.banner);
    QCOMPARE(back.smtp.ehloBeforeTls, original.smtp.ehloBeforeTls);
    QCOMPARE(back.smtp.ehloAfterTls, original.smtp.ehloAfterTls);
    QCOMPARE(back.smtp.starttlsOffered, original.smtp.starttlsOffered);
    QCOMPARE(back.smtp.authBeforeTls, original.smtp.authBeforeTls);
    QCOMPARE(back.smtp.authAfterTls, original.smtp.authAfterTls);
    QCOMPARE(back.smtp.starttlsAccepted, original.smtp.starttlsAccepted);
    QCOMPARE(back.smtp.starttlsReply, original.smtp.starttlsReply);
    QCOMPARE(back.handshake.size(), original.handshake.size());
    for (int i = 0; i < original.handshake.size(); ++i) {
        const HandshakeMessage &a = back.handshake[i], &b = original.handshake[i];
        QCOMPARE(a.tMs, b.tMs);
        QCOMPARE(a.dir, b.dir);
        QCOMPARE(a.type, b.type);
        QCOMPARE(a.length, b.length);
        QCOMPARE(a.summary, b.summary);
        QCOMPARE(a.contentType, b.contentType);
        QCOMPARE(a.handshakeType, b.handshakeType);
    }
    const TlsFacts &t = back.tls, &u = original.tls;
    QCOMPARE(t.attempted, u.attempted);
    QCOMPARE(t.established, u.established);
    QCOMPARE(t.version, u.version);
    QCOMPARE(t.cipher.code, u.cipher.code);
    QCOMPARE(t.cipher.iana, u.cipher.iana);
    QCOMPARE(t.cipher.openssl, u.cipher.openssl);
    QCOMPARE(t.group, u.group);
    QCOMPARE(t.tempKeyType, u.tempKeyType);
    QCOMPARE(t.tempKeyBits, u.tempKeyBits);
    QCOMPARE(t.peerSignatureType, u.peerSignatureType);
    QCOMPARE(t.peerSignatureDigest, u.peerSignatureDigest);
    QCOMPARE(t.compression, u.compression);
    QCOMPARE(t.verifyOk, u.verifyOk);
    QCOMPARE(t.verifyCode, u.verifyCode);
    QCOMPARE(t.verifyMessage, u.verifyMessage);
    QCOMPARE(t.securityLevel, u.securityLevel);
    QCOMPARE(t.clientCertificateRequested, u.clientCertificateRequested);
    QCOMPARE(t.clientCertificateSent, u.clientCertificateSent);
    QCOMPARE(t.sessionReused, u.sessionReused);
    QCOMPARE(back.certificates.size(), 2);
    QVERIFY(back.certificates[0] == rsaLeaf_);
    QVERIFY(back.certificates[1] == ecCa_);
    QCOMPARE(back.findings.size(), original.findings.size());
    for (int i = 0; i < original.findings.size(); ++i) {
        const Finding &a = back.findings[i], &b = original.findings[i];
        QCOMPARE(a.id, b.id);
        QCOMPARE(a.severity, b.severity);
        QCOMPARE(a.title, b.title);
        QCOMPARE(a.detail, b.detail);
        QCOMPARE(a.evidence, b.evidence);
        QCOMPARE(a.fixExim, b.fixExim);
        QCOMPARE(a.fixPostfix, b.fixPostfix);
    }
    QCOMPARE(back.outcome.connected, original.outcome.connected);
    QCOMPARE(back.outcome.completed, original.outcome.completed);

    // Written again, the bytes are identical: nothing was lost or invented on the way.
    QCOMPARE(reportToJsonBytes(back), bytes);

    // A failed session round-trips too (null sections stay null).
    Report failed;
    failed.tls.attempted = true;
    failed.tls.alert = QStringLiteral("protocol_version");
    failed.tls.alertDirection = QStringLiteral("received");
    failed.outcome.connected = true;
    failed.outcome.errorKind = ErrorKind::Tls;
    failed.outcome.error = QStringLiteral("TLS handshake failed: protocol_version");
    const QByteArray failedBytes = reportToJsonBytes(failed);
    Report failedBack;
    QVERIFY2(reportFromJson(failedBytes, &failedBack, &error), qPrintable(error.message));
    QCOMPARE(failedBack.tls.verifyCode, -1L);
    QCOMPARE(outcomeWord(failedBack.outcome.errorKind), QStringLiteral("tls"));
    QCOMPARE(reportToJsonBytes(failedBack), failedBytes);
}

void TestJsonReport::readsMinimalReport()
{
    Report r;
    Error error;
    QVERIFY2(reportFromJson("{\"schema\": \"mailtls.report/1\", \"future_key\": [1]}", &r, &error),
             qPrintable(error.message));
    QVERIFY(!r.tls.attempted);
    QVERIFY(r.certificates.isEmpty());
    QVERIFY(!r.startedAt.isValid());
}

void TestJsonReport::outcomeErrorKindWords()
{
    // Every error kind a session or scan can stop with is written as one of the seven words
    // reports have always held, and a report read back writes the same word again.
    const QList<QPair<ErrorKind, QString>> expected = {
        {ErrorKind::None, QString()},
        {ErrorKind::Usage, QStringLiteral("usage")},
        {ErrorKind::FileUnreadable, QStringLiteral("usage")},
        {ErrorKind::KeyMismatch, QStringLiteral("usage")},
        {ErrorKind::Crypto, QStringLiteral("usage")},
        {ErrorKind::Resolve, QStringLiteral("connect")},
        {ErrorKind::Refused, QStringLiteral("connect")},
        {ErrorKind::Unreachable, QStringLiteral("connect")},
        {ErrorKind::Timeout, QStringLiteral("timeout")},
        {ErrorKind::Closed, QStringLiteral("protocol")},
        {ErrorKind::Io, QStringLiteral("protocol")},
        {ErrorKind::Protocol, QStringLiteral("protocol")},
        {ErrorKind::Busy, QStringLiteral("protocol")},
        {ErrorKind::StarttlsUnavailable, QStringLiteral("protocol")},
        {ErrorKind::Tls, QStringLiteral("tls")},
        {ErrorKind::Cancelled, QStringLiteral("cancelled")},
    };
    for (const auto &e : expected) {
        Report r;
        r.outcome.errorKind = e.first;
        r.outcome.error = e.second.isEmpty() ? QString() : QStringLiteral("why");
        const QByteArray bytes = reportToJsonBytes(r);
        const QJsonValue written = parse(bytes).value("outcome").toObject().value("error_kind");
        if (e.second.isEmpty())
            QCOMPARE(written, QJsonValue(QJsonValue::Null));
        else
            QCOMPARE(written.toString(), e.second);
        Report back;
        Error error;
        QVERIFY2(reportFromJson(bytes, &back, &error), qPrintable(error.message));
        QCOMPARE(outcomeWord(back.outcome.errorKind), e.second);
        QCOMPARE(back.outcome.errorClass(), outcomeClass(e.first));
        QCOMPARE(reportToJsonBytes(back), bytes);
    }
}

void TestJsonReport::outcomeErrorKindReadBackLossless()
{
    // Every kind of base/error.h: written with its word and its exact name, read back as that
    // same kind (a refused connection stays "refused", not "unreachable"), written again byte
    // for byte the same.
    for (int k = int(ErrorKind::None); k <= int(ErrorKind::Process); ++k) {
        const ErrorKind kind = ErrorKind(k);
        Report r;
        r.kind = QStringLiteral("session");
        r.target.host = QStringLiteral("127.0.0.1");
        r.target.port = 9;
        r.outcome.connected = false;
        r.outcome.errorKind = kind;
        r.outcome.error = kind == ErrorKind::None ? QString() : QStringLiteral("cannot connect: Connection refused");
        const QByteArray bytes = reportToJsonBytes(r);
        const QJsonObject outcome = parse(bytes).value("outcome").toObject();
        if (kind == ErrorKind::None)
            QCOMPARE(outcome.value("error_reason"), QJsonValue(QJsonValue::Null));
        else
            QCOMPARE(outcome.value("error_reason").toString(), errorKindName(kind));
        QCOMPARE(outcome.value("error_kind").toString(), outcomeWord(kind));
        Report back;
        Error error;
        QVERIFY2(reportFromJson(bytes, &back, &error), qPrintable(error.message));
        QVERIFY2(back.outcome.errorKind == kind, qPrintable(errorKindName(kind) + QStringLiteral(" read back as ")
                                                            + errorKindName(back.outcome.errorKind)));
        QCOMPARE(reportToJsonBytes(back), bytes);
    }
    QVERIFY(errorKindName(ErrorKind(int(ErrorKind::Process) + 1)) == QStringLiteral("unknown"));   // Process is the last kind

    // A report from before error_reason: the word's stand-in, as before.
    {
        QJsonObject o = parse(reportToJsonBytes([] { Report r; r.outcome.errorKind = ErrorKind::Refused; return r; }()));
        QJsonObject outcome = o.value("outcome").toObject();
        outcome.remove("error_reason");
        o.insert("outcome", outcome);
        Report back;
        Error error;
        QVERIFY(reportFromJson(QJsonDocument(o).toJson(), &back, &error));
        QVERIFY(back.outcome.errorKind == ErrorKind::Unreachable);
    }
    // A reason that does not belong under the word: the word wins (a hostile or edited file).
    {
        QJsonObject o = parse(reportToJsonBytes([] { Report r; r.outcome.errorKind = ErrorKind::Timeout; return r; }()));
        QJsonObject outcome = o.value("outcome").toObject();
        outcome.insert("error_reason", QStringLiteral("refused"));
        o.insert("outcome", outcome);
        Report back;
        Error error;
        QVERIFY(reportFromJson(QJsonDocument(o).toJson(), &back, &error));
        QVERIFY(back.outcome.errorKind == ErrorKind::Timeout);
    }
}

void TestJsonReport::scanSectionRoundTrip()
{
    Report report;
    report.kind = QStringLiteral("scan");
    report.target.host = QStringLiteral("127.0.0.1");
    report.target.port = 25;
    ScanResult &scan = report.scan;
    scan.present = true;
    scan.protocols = {{QStringLiteral("SSLv2"), true}, {QStringLiteral("TLSv1.2"), true}, {QStringLiteral("TLSv1.3"), false}};
    scan.ciphers.insert(QStringLiteral("SSLv2"), {CipherCatalog::instance().sslv2ByCode(0x0700C0)->info});
    scan.ciphers.insert(QStringLiteral("TLSv1.2"), {catalogSuite(0xC030), catalogSuite(0x000A)});
    scan.serverPreference.insert(QStringLiteral("TLSv1.2"), true);
    scan.groups = {QStringLiteral("x25519"), QStringLiteral("ffdhe2048")};
    scan.dhBits = 2048;
    scan.certificateTypes = {QStringLiteral("RSA")};
    scan.connections = 12;
    scan.handshakes = 11;
    scan.retries = 1;
    const QByteArray json = reportToJsonBytes(report);
    QVERIFY(json.contains("\"code\": \"0xC030\""));
    QVERIFY(json.contains("\"code\": \"0x0700C0\""));
    QVERIFY(json.indexOf("\"scan\"") < json.indexOf("\"findings\""));
    Report back;
    Error error;
    QVERIFY2(reportFromJson(json, &back, &error), qPrintable(error.message));
    QVERIFY(back.scan.present);
    QCOMPARE(back.scan.protocols, scan.protocols);
    QCOMPARE(back.scan.serverPreference, scan.serverPreference);
    QCOMPARE(back.scan.groups, scan.groups);
    QCOMPARE(back.scan.dhBits, 2048);
    QCOMPARE(back.scan.certificateTypes, scan.certificateTypes);
    QCOMPARE(back.scan.connections, 12);
    QCOMPARE(back.scan.handshakes, 11);
    QCOMPARE(back.scan.retries, 1);
    const QList<SuiteInfo> tls12 = back.scan.ciphers.value(QStringLiteral("TLSv1.2"));
    QCOMPARE(tls12.size(), 2);
    QCOMPARE(tls12.at(0).code, quint16(0xC030));
    QCOMPARE(tls12.at(0).openssl, QStringLiteral("ECDHE-RSA-AES256-GCM-SHA384"));
    QCOMPARE(tls12.at(0).grade, QStringLiteral("strong"));      // from the catalog
    QCOMPARE(tls12.at(1).enc, QStringLiteral("3DES-EDE-CBC"));
    QCOMPARE(back.scan.ciphers.value(QStringLiteral("SSLv2")).first().iana, QStringLiteral("SSL_CK_DES_192_EDE3_CBC_WITH_MD5"));
    QCOMPARE(reportToJsonBytes(back), json);
    // Without hygiene checks (reports before them): no "hygiene" key, read back as absent.
    QVERIFY(!json.contains("\"hygiene\""));
    QVERIFY(!back.scan.hygiene.present);

    // The hygiene checks: written after broken_after_hello, each {result, evidence}, and read back.
    HygieneResult &h = scan.hygiene;
    h.present = true;
    h.version = QStringLiteral("TLSv1.2");
    h.connections = 3;
    h.secureRenegotiation = {CheckState::Yes, QStringLiteral("renegotiation_info (0xff01) in the TLSv1.2 ServerHello")};
    h.clientRenegotiation = {CheckState::Yes, QStringLiteral("2 client-initiated renegotiation(s) accepted, then ...")};
    h.renegotiationsTried = 3;
    h.renegotiationsAccepted = 2;
    h.fallbackScsv = {CheckState::No, QStringLiteral("accepted")};
    h.downgradeSentinel = {CheckState::NotApplicable, QStringLiteral("no TLS 1.3")};
    h.extendedMasterSecret = {CheckState::Untested, QStringLiteral("timed out")};
    h.encryptThenMac = {CheckState::NotApplicable, QStringLiteral("no CBC suite")};
    const QByteArray withHygiene = reportToJsonBytes(report);
    QVERIFY(withHygiene.indexOf("\"tls_answers\"") < withHygiene.indexOf("\"hygiene\""));
    QVERIFY(withHygiene.contains("\"result\": \"not_applicable\""));
    QVERIFY(withHygiene.contains("\"result\": \"untested\""));
    const QJsonObject hj = QJsonDocument::fromJson(withHygiene).object().value(QStringLiteral("scan")).toObject()
                               .value(QStringLiteral("hygiene")).toObject();
    QCOMPARE(hj.keys().size(), 18);   // version, connections, attack_connections, 15 checks (6 hygiene, 5 resumption, 4 attack)
    QCOMPARE(hj.value(QStringLiteral("client_renegotiation")).toObject().value(QStringLiteral("tried")).toInt(), 3);
    QCOMPARE(hj.value(QStringLiteral("fallback_scsv")).toObject().value(QStringLiteral("result")).toString(), QStringLiteral("no"));
    Report backH;
    QVERIFY2(reportFromJson(withHygiene, &backH, &error), qPrintable(error.message));
    QVERIFY(backH.scan.hygiene.present);
    QCOMPARE(backH.scan.hygiene.version, QStringLiteral("TLSv1.2"));
    QCOMPARE(backH.scan.hygiene.connections, 3);
    QCOMPARE(backH.scan.hygiene.renegotiationsAccepted, 2);
    QCOMPARE(backH.scan.hygiene.downgradeSentinel.state, CheckState::NotApplicable);
    QCOMPARE(backH.scan.hygiene.extendedMasterSecret.evidence, QStringLiteral("timed out"));
    QCOMPARE(reportToJsonBytes(backH), withHygiene);
    // Resumption, OCSP stapling and 0-RTT: their extra keys written (null when unknown) and read back.
    {
        Report r2 = report;
        HygieneResult &x = r2.scan.hygiene;
        x.ticketResumption = {CheckState::Yes, QStringLiteral("resumed")};
        x.ticketLifetime = 7200;
        x.tls13Resumption = {CheckState::No, QStringLiteral("full handshake")};
        x.tls13TicketLifetime = 300;
        x.tls13MaxEarlyData = 16384;
        x.ocspStapling = {CheckState::Yes, QStringLiteral("a staple")};
        x.ocspStatus = QStringLiteral("revoked");
        x.ocspThisUpdate = QDateTime(QDate(2026, 12, 6), QTime(10, 0), Qt::UTC);
        x.ocspNextUpdate = QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);
        x.ocspAgeSeconds = 3600;
        x.mustStaple = true;
        x.earlyData = {CheckState::NotApplicable, QStringLiteral("no TLS 1.3")};
        const QByteArray bytes = reportToJsonBytes(r2);
        const QJsonObject j = QJsonDocument::fromJson(bytes).object().value(QStringLiteral("scan")).toObject()
                                  .value(QStringLiteral("hygiene")).toObject();
        const QJsonObject ocsp = j.value(QStringLiteral("ocsp_stapling")).toObject();
        QCOMPARE(ocsp.value(QStringLiteral("status")).toString(), QStringLiteral("revoked"));
        QCOMPARE(ocsp.value(QStringLiteral("this_update")).toString(), QStringLiteral("2026-12-06T10:00:00Z"));
        QCOMPARE(ocsp.value(QStringLiteral("age_seconds")).toInt(), 3600);
        QVERIFY(j.value(QStringLiteral("session_id_resumption")).toObject().value(QStringLiteral("result")).toString() == QLatin1String("untested"));
        QCOMPARE(j.value(QStringLiteral("tls13_resumption")).toObject().value(QStringLiteral("max_early_data")).toInt(), 16384);
        QVERIFY(bytes.indexOf("\"encrypt_then_mac\"") < bytes.indexOf("\"session_id_resumption\""));
        Report back2;
        QVERIFY2(reportFromJson(bytes, &back2, &error), qPrintable(error.message));
        QCOMPARE(back2.scan.hygiene.ticketLifetime, qint64(7200));
        QCOMPARE(back2.scan.hygiene.tls13MaxEarlyData, qint64(16384));
        QCOMPARE(back2.scan.hygiene.ocspNextUpdate, x.ocspNextUpdate);
        QCOMPARE(back2.scan.hygiene.mustStaple, true);
        QCOMPARE(back2.scan.hygiene.earlyData.state, CheckState::NotApplicable);
        QCOMPARE(reportToJsonBytes(back2), bytes);
        // A report before these checks: read back untested, with no lifetime or status.
        QCOMPARE(backH.scan.hygiene.ticketLifetime, qint64(-1));
        QVERIFY(backH.scan.hygiene.ocspStatus.isEmpty());
    }
    QByteArray badResult = withHygiene;
    badResult.replace("\"result\": \"no\"", "\"result\": \"maybe\"");
    QVERIFY(!reportFromJson(badResult, &backH, &error));
    QVERIFY2(error.message.contains(QLatin1String("scan.hygiene.fallback_scsv.result")), qPrintable(error.message));

    // STARTTLS's own weaknesses (scan.starttls): absent without them, after "hygiene" with them,
    // each check {result, evidence}, bytes_after_220 on command_injection; read back the same.
    {
        Report r3 = report;
        QVERIFY(!reportToJsonBytes(r3).contains("\"starttls\""));
        StartTlsChecks &c = r3.scan.starttls;
        c.present = true;
        c.role = QStringLiteral("submission");
        c.connections = 2;
        c.mailBeforeTls = {CheckState::No, QStringLiteral("MAIL FROM:<> before STARTTLS was refused: \"530 5.7.0 Must issue a STARTTLS command first\"")};
        c.authBeforeTls = {CheckState::Yes, QStringLiteral("AUTH PLAIN LOGIN advertised before STARTTLS")};
        c.commandInjection = {CheckState::Untested, QStringLiteral("not run: --no-attack-checks")};
        c.bytesAfter220 = 70;
        const QByteArray bytes = reportToJsonBytes(r3);
        QVERIFY(bytes.indexOf("\"starttls\"") > bytes.indexOf("\"tls_answers\""));
        QVERIFY(bytes.indexOf("\"role\"") < bytes.indexOf("\"mail_before_tls\""));
        QVERIFY(bytes.indexOf("\"auth_before_tls\"") < bytes.indexOf("\"command_injection\""));
        Report back3;
        QVERIFY2(reportFromJson(bytes, &back3, &error), qPrintable(error.message));
        QVERIFY(back3.scan.starttls.present);
        QCOMPARE(back3.scan.starttls.role, QStringLiteral("submission"));
        QCOMPARE(back3.scan.starttls.connections, 2);
        QCOMPARE(back3.scan.starttls.mailBeforeTls.state, CheckState::No);
        QCOMPARE(back3.scan.starttls.authBeforeTls.evidence, c.authBeforeTls.evidence);
        QCOMPARE(back3.scan.starttls.commandInjection.state, CheckState::Untested);
        QCOMPARE(back3.scan.starttls.bytesAfter220, 70);
        QCOMPARE(reportToJsonBytes(back3), bytes);
        QByteArray bad = bytes;
        const qsizetype yesAt = bad.indexOf("\"yes\"", bad.indexOf("\"auth_before_tls\""));
        bad.replace(yesAt, 5, "\"perhaps\"");
        QVERIFY(!reportFromJson(bad, &back3, &error));
        QVERIFY2(error.message.contains(QLatin1String("scan.starttls.auth_before_tls.result")), qPrintable(error.message));
    }

    // No scan: no "scan" key at all.
    Report session;
    QVERIFY(!reportToJsonBytes(session).contains("\"scan\""));
}

void TestJsonReport::rejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");   // a fragment of the error message

    QTest::newRow("empty") << QByteArray() << QStringLiteral("not JSON");
    QTest::newRow("text") << QByteArray("220 mail.example.org ESMTP\r\n") << QStringLiteral("not JSON");
    QTest::newRow("truncated") << QByteArray("{\"schema\": \"mailtls.report/1\", ") << QStringLiteral("not JSON");
    QTest::newRow("array") << QByteArray("[{\"schema\": \"mailtls.report/1\"}]") << QStringLiteral("not an object");
    QTest::newRow("no schema") << QByteArray("{\"tool\": {}}") << QStringLiteral("no \"schema\"");
    QTest::newRow("schema not a string") << QByteArray("{\"schema\": 1}") << QStringLiteral("no \"schema\"");
    QTest::newRow("other schema") << QByteArray("{\"schema\": \"mailtls.report/2\"}")
                                  << QStringLiteral("unsupported schema \"mailtls.report/2\"");
    QTest::newRow("bad dir") << QByteArray("{\"schema\": \"mailtls.report/1\", \"transcript\": [{\"dir\": \"X\"}]}")
                             << QStringLiteral("transcript[0].dir");
    QTest::newRow("bad severity")
        << QByteArray("{\"schema\": \"mailtls.report/1\", \"findings\": [{\"id\": \"a\", \"severity\": \"urgent\"}]}")
        << QStringLiteral("findings[0].severity");
    QTest::newRow("bad pem")
        << QByteArray("{\"schema\": \"mailtls.report/1\", \"certificates\": [{\"pem\": \"garbage\"}]}")
        << QStringLiteral("certificates[0]");
    QTest::newRow("bad cipher code")
        << QByteArray("{\"schema\": \"mailtls.report/1\", \"tls\": {\"cipher\": {\"code\": \"0xZZ\"}}}")
        << QStringLiteral("tls.cipher.code");
    QTest::newRow("bad time") << QByteArray("{\"schema\": \"mailtls.report/1\", \"started_at\": \"yesterday\"}")
                              << QStringLiteral("started_at");
}

void TestJsonReport::rejectsBadInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    Report r;
    r.target.host = QStringLiteral("untouched");
    Error error;
    QVERIFY(!reportFromJson(json, &r, &error));
    QVERIFY2(error.message.contains(expected), qPrintable(error.message));
    QVERIFY2(!error.message.contains(QLatin1Char('\n')), "the error must be one line");
    QCOMPARE(error.kind, ErrorKind::BadFormat);
    QCOMPARE(r.target.host, QStringLiteral("untouched"));
    QVERIFY(!reportFromJson(json, nullptr, nullptr));   // null out-parameters are allowed
}

// A report read back from JSON holds only the fix texts; advising it again changes nothing.
void TestJsonReport::advisedFindingsSurviveJson()
{
    Report report;
    report.kind = QStringLiteral("scan");
    report.target.host = QStringLiteral("mx.example.org");
    report.target.port = 25;
    report.startedAt = QDateTime::currentDateTimeUtc();
    for (const char *id : {"protocol.tls10_enabled", "cert.ecdsa_only"}) {
        Finding f;
        f.id = QString::fromLatin1(id);
        f.severity = Severity::Medium;
        f.title = f.id;
        report.findings << f;
    }
    applyAdvice(&report.findings);
    const Findings once = report.findings;

    Report back;
    Error error;
    QVERIFY2(reportFromJson(reportToJsonBytes(report), &back, &error), qPrintable(error.message));
    applyAdvice(&back.findings);
    QCOMPARE(back.findings.at(0).fixExim, once.at(0).fixExim);
    QCOMPARE(back.findings.at(1).fixPostfix, once.at(1).fixPostfix);
    QCOMPARE(back.findings.at(0).fixExim.count(QLatin1String(kConsequenceMarker)), 1);
}

void TestJsonReport::outcomeErrorPhraseSurvivesJson()
{
    // Why a session failed is kept as its phrase too, so a saved failed report opens translated.
    Report r;
    const Error why = makeError(ErrorKind::Refused, phrase("Errors", "cannot connect to %1: %2")
                                                        .arg(QStringLiteral("[::1]:25 %1"))
                                                        .arg(QStringLiteral("Connection refused")));
    r.outcome.errorKind = why.kind;
    r.outcome.error = why.message;
    r.outcome.errorPhrase = messageOf(why);
    const QJsonObject json = reportToJson(r);
    const QJsonObject outcome = json.value("outcome").toObject();
    QCOMPARE(outcome.value("error").toString(), QStringLiteral("cannot connect to [::1]:25 %1: Connection refused"));
    const QJsonObject phrases = outcome.value("phrases").toObject();
    QCOMPARE(phrases.value("error").toObject().value("template").toString(), QStringLiteral("cannot connect to %1: %2"));
    QCOMPARE(phrases.value("error").toObject().value("context").toString(), QStringLiteral("Errors"));
    QCOMPARE(phrases.value("hint"), QJsonValue(QJsonValue::Null));

    const QByteArray bytes = QJsonDocument(json).toJson();
    Report back;
    Error error;
    QVERIFY2(reportFromJson(bytes, &back, &error), qPrintable(error.message));
    QVERIFY(back.outcome.errorPhrase.translatable());
    QCOMPARE(back.outcome.errorPhrase.english(), r.outcome.error);
    QCOMPARE(QJsonDocument(reportToJson(back)).toJson(), bytes);

    // A phrase that no longer fills to the English text is not taken (an edited report).
    QJsonObject edited = json;
    QJsonObject editedOutcome = outcome;
    editedOutcome.insert("error", QStringLiteral("cannot connect to somewhere else"));
    edited.insert("outcome", editedOutcome);
    Report stale;
    QVERIFY(reportFromJson(QJsonDocument(edited).toJson(), &stale, &error));
    QVERIFY(!stale.outcome.errorPhrase.translatable());
    QCOMPARE(stale.outcome.error, QStringLiteral("cannot connect to somewhere else"));

    // A plain (not translatable) error writes null phrases, as before.
    Report plain;
    plain.outcome.errorKind = ErrorKind::Io;
    plain.outcome.error = QStringLiteral("something");
    QCOMPARE(reportToJson(plain).value("outcome").toObject().value("phrases"), QJsonValue(QJsonValue::Null));
}

void TestJsonReport::findingPhrasesSurviveJson()
{
    // A finding's template and values are written beside its English text, so a saved report
    // opened later is shown in the admin's language too; what is read back is bounded and taken
    // only when it says what the English says.
    Report r;
    const Phrase title = phrase("Findings", "The certificate of %1 has expired");
    r.findings << makeFinding(QStringLiteral("cert.expired"), Severity::Critical,
                              phrase("Findings", "%1 (%2 of %3 MX addresses)").arg(title.arg(QStringLiteral("mx %1"))).arg(2).arg(3),
                              phrase("Findings", "It expired %1 days ago.").arg(4), QStringLiteral("notAfter"));
    r.findings << makeFinding(QStringLiteral("x.plain"), Severity::Info, QStringLiteral("plain text"), QString(), {});
    const QJsonObject json = reportToJson(r);
    const QJsonArray findings = json.value("findings").toArray();
    const QJsonObject phrases = findings.at(0).toObject().value("phrases").toObject();
    QCOMPARE(phrases.value("title").toObject().value("template").toString(), QStringLiteral("%1 (%2 of %3 MX addresses)"));
    QCOMPARE(phrases.value("title").toObject().value("context").toString(), QStringLiteral("Findings"));
    QCOMPARE(phrases.value("title").toObject().value("values").toArray().at(1).toString(), QStringLiteral("2"));
    QCOMPARE(phrases.value("detail").toObject().value("values").toArray(), QJsonArray({"4"}));
    QCOMPARE(findings.at(1).toObject().value("phrases"), QJsonValue(QJsonValue::Null));

    const QByteArray bytes = QJsonDocument(json).toJson();
    Report back;
    Error error;
    QVERIFY2(reportFromJson(bytes, &back, &error), qPrintable(error.message));
    QCOMPARE(back.findings.size(), 2);
    const Finding &f = back.findings.at(0);
    QVERIFY(f.titlePhrase.translatable());
    QCOMPARE(f.titlePhrase.english(), QStringLiteral("The certificate of mx %1 has expired (2 of 3 MX addresses)"));
    QCOMPARE(f.titlePhrase.source(), QStringLiteral("%1 (%2 of %3 MX addresses)"));
    QVERIFY(f.titlePhrase.values().at(0).translatable());
    QVERIFY(f.detailPhrase.translatable());
    QVERIFY(!back.findings.at(1).titlePhrase.translatable());
    QCOMPARE(QJsonDocument(reportToJson(back)).toJson(), bytes);

    // Hostile or stale phrases are dropped; the English text stays.
    const auto readTitlePhrase = [](const QJsonValue &phraseJson) {
        QJsonObject finding{{"id", "x.y"}, {"severity", "info"}, {"title", "The certificate of a has expired"},
                            {"detail", QJsonValue::Null}, {"evidence", QJsonValue::Null}, {"fix", QJsonValue::Null},
                            {"phrases", QJsonObject{{"title", phraseJson}}}};
        QJsonObject root{{"schema", "mailtls.report/1"}, {"findings", QJsonArray{finding}}};
        Report rr;
        Error e;
        if (!reportFromJson(QJsonDocument(root).toJson(), &rr, &e) || rr.findings.isEmpty())
            return Phrase(QStringLiteral("unreadable: ") + e.message);
        return rr.findings.at(0).titlePhrase;
    };
    const QJsonObject good{{"context", "Findings"}, {"template", "The certificate of %1 has expired"}, {"values", QJsonArray{"a"}}};
    QVERIFY(readTitlePhrase(good).translatable());
    QJsonObject other = good;
    other.insert("values", QJsonArray{"b"});   // says something else than the title
    QVERIFY(!readTitlePhrase(other).translatable());
    QJsonObject context = good;
    context.insert("context", "Elsewhere");
    QVERIFY(!readTitlePhrase(context).translatable());
    QJsonValue deep = QStringLiteral("a");
    for (int i = 0; i < 40; ++i)
        deep = QJsonObject{{"context", "Findings"}, {"template", "%1"}, {"values", QJsonArray{deep}}};
    QVERIFY(!readTitlePhrase(QJsonObject{{"context", "Findings"}, {"template", "The certificate of %1 has expired"},
                                         {"values", QJsonArray{deep}}}).translatable());
    QJsonArray many;
    for (int i = 0; i < 1000; ++i)
        many.append(QStringLiteral("a"));
    QVERIFY(!readTitlePhrase(QJsonObject{{"context", "Findings"}, {"template", "The certificate of %1 has expired"},
                                         {"values", many}}).translatable());
}

MAILTLS_TEST_MAIN(TestJsonReport)
#include "test_json_report.moc"
