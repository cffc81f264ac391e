// `mailtls domain` end to end, against a signed DNS world and real servers on loopback:
//   - DNS: tests/support/dns_zone.h (nsd + a validating unbound), one signed parent
//     `mailtls.test` with a child zone per case (signed, expired = bogus, or unsigned);
//   - MX hosts: two real Exims (GnuTLS), each bound to its own loopback address (127.0.0.21 and
//     127.0.0.23) on one common port P (the CLI's --port), serving a leaf issued by the test
//     PKI's intermediate CA for every MX name used here (--ca-file is the test root);
//   - MTA-STS policy hosts: domain_policy_server.py (Python ssl + http.server) on 127.0.0.22 port
//     Q (--policy-port), answering per Host header (a policy, a 301, 10 MB), with a certificate
//     for every mta-sts.<domain> except one; and a listener on 127.0.0.24, same port, that
//     accepts TCP and never says a word.
// Each case asserts the finding ids and the three verdicts of `--json -`. Time bounds are
// generous: they catch a hang, not a slow machine.

#include <QTest>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <sys/stat.h>

#include <memory>

#include "dns_zone.h"
#include "test_pki.h"
#include "test_process.h"
#include "test_registry.h"
#include "test_servers.h"

using namespace mailtls::test;

namespace {

const QString kMxA = QStringLiteral("127.0.0.21");      // Exim A
const QString kMxB = QStringLiteral("127.0.0.23");      // Exim B
const QString kPolicyIp = QStringLiteral("127.0.0.22"); // HTTPS policy host
const QString kSilentIp = QStringLiteral("127.0.0.24"); // accepts, never answers
const QString kDeadIp = QStringLiteral("127.0.0.29");   // nothing listens

QString fq(const QString &relative)
{
    return relative + QStringLiteral(".mailtls.test");
}

QString policyText(const QStringList &mx, const QString &mode = QStringLiteral("enforce"))
{
    QString text = QStringLiteral("version: STSv1\r\nmode: %1\r\n").arg(mode);
    for (const QString &m : mx)
        text += QStringLiteral("mx: %1\r\n").arg(m);
    return text + QStringLiteral("max_age: 604800\r\n");
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        return false;
    f.close();
    // Exim reads its certificate and key after dropping to Debian-exim.
    return ::chmod(QFile::encodeName(path).constData(), 0644) == 0;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The policy hosts, started and stopped like every test peer.
class PolicyHosts : public PeerProcess
{
public:
    PolicyHosts() : PeerProcess(QStringLiteral("domain-policy-https")) {}
    ~PolicyHosts() override { stop(); }

    bool start(const QString &chain, const QString &key, const QString &config, quint16 port, QString *error)
    {
        probeHost_ = kPolicyIp;
        fixedPort_ = port;
        return launch(QStringLiteral("python3"),
                      [=](quint16 p) {
                          return QStringList{QStringLiteral(MAILTLS_SOURCE_DIR "/tests/integration/domain_policy_server.py"),
                                             QStringLiteral("--cert"), chain, QStringLiteral("--key"), key,
                                             QStringLiteral("--listen"), kPolicyIp, QStringLiteral("--silent-listen"), kSilentIp,
                                             QStringLiteral("--port"), QString::number(p), QStringLiteral("--config"), config,
                                             QStringLiteral("--log"), logFile()};
                      },
                      Readiness::Listening, 15000, error);
    }
    QString logFile() const { return workDir() + QStringLiteral("/requests.log"); }
    QString logText() const { return readTextFile(logFile()); }

protected:
    bool confirmsListening(quint16) const override { return outputText().contains(QLatin1String("READY")); }
};

// One run of the CLI with --json -.
struct Run {
    ToolResult tool;
    QJsonObject doc;
    bool parsed = false;

    QStringList ids() const
    {
        QStringList out;
        for (const QJsonValue &f : doc.value(QStringLiteral("findings")).toArray())
            out << f.toObject().value(QStringLiteral("id")).toString();
        return out;
    }
    QJsonObject finding(const QString &id) const
    {
        for (const QJsonValue &f : doc.value(QStringLiteral("findings")).toArray())
            if (f.toObject().value(QStringLiteral("id")).toString() == id)
                return f.toObject();
        return {};
    }
    QString severity(const QString &id) const { return finding(id).value(QStringLiteral("severity")).toString(); }
    QJsonObject verdict(const QString &sender) const
    {
        for (const QJsonValue &v : doc.value(QStringLiteral("verdicts")).toArray())
            if (v.toObject().value(QStringLiteral("sender")).toString() == sender)
                return v.toObject();
        return {};
    }
    QString word(const QString &sender) const { return verdict(sender).value(QStringLiteral("verdict")).toString(); }
    QString line(const QString &sender) const { return verdict(sender).value(QStringLiteral("line")).toString(); }
    QJsonArray addresses() const { return doc.value(QStringLiteral("addresses")).toArray(); }

    // Everything a failure message needs: the verdicts, the findings, the tool's exit and stderr.
    QString summary() const
    {
        QString s = tool.describe().left(600) + QLatin1Char('\n');
        for (const QJsonValue &v : doc.value(QStringLiteral("verdicts")).toArray()) {
            const QJsonObject o = v.toObject();
            s += QStringLiteral("  verdict %1: %2 - %3\n")
                     .arg(o.value(QStringLiteral("sender")).toString(), o.value(QStringLiteral("verdict")).toString(),
                          o.value(QStringLiteral("line")).toString());
        }
        for (const QJsonValue &f : doc.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject o = f.toObject();
            s += QStringLiteral("  finding %1 (%2): %3\n")
                     .arg(o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("severity")).toString(),
                          o.value(QStringLiteral("title")).toString());
        }
        return s;
    }
};

const QStringList kSeverityOrder = {QStringLiteral("info"), QStringLiteral("low"), QStringLiteral("medium"),
                                    QStringLiteral("high"), QStringLiteral("critical")};

} // namespace

class TestDomainCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void allGood();
    void allGoodHtmlAndText();
    void tlsaStaleAfterRenewal();
    void tlsaInUnsignedZone();
    void bogusMxRecords();
    void bogusMxHostAddresses();
    void bogusTlsa();
    void noRolloverRecord();
    void stsTxtDuplicated();
    void policyMissesAnMx();
    void policyCertificateInvalid();
    void policyRedirect();
    void nullMx();
    void implicitMx();
    void unreachableResolver();
    void servfail();
    void mxIsAnAlias();
    void policyTooLarge();
    void policyHostNeverAnswers();
    void mxAddressNotListening();
    void protectedMxNotListening();
    void domainMissing();
    void cleanupTestCase();

private:
    QStringList commonArgs() const;
    Run runDomain(const QString &domain, const QStringList &extra = {}, int killMs = 90000) const;
    bool makeLeaf(const QString &name, const QStringList &dnsNames, QString *chain, QString *key, QString *error);
    QString spkiSha256OfCert(const QString &certFile, QString *error) const;
    QString spkiSha256OfKey(const QString &keyFile, QString *error) const;

    const TestPki &pki() const { return TestPki::instance(); }
    QTemporaryDir dir_;
    DnsTestbed dns_;
    std::unique_ptr<EximServer> eximA_, eximB_;
    std::unique_ptr<PolicyHosts> policy_;
    quint16 smtpPort_ = 0;
    quint16 policyPort_ = 0;
    QString mxChain_, mxKey_, mxCert_;
    QString servedTlsa_;   // "3 1 1 <hex>" of the key the Exims serve
    QString oldTlsa_;      // the key before the "renewal"
    QString nextTlsa_;     // the next key (the rollover record)
    QElapsedTimer total_;
};

QStringList TestDomainCli::commonArgs() const
{
    return {QStringLiteral("--resolver"), dns_.resolverAddress(), QStringLiteral("--trust-anchor"), dns_.trustAnchorFile(),
            QStringLiteral("--ca-file"), pki().caFile(), QStringLiteral("--policy-ca-file"), pki().caFile(),
            QStringLiteral("--port"), QString::number(smtpPort_), QStringLiteral("--policy-port"), QString::number(policyPort_),
            QStringLiteral("--ehlo"), QStringLiteral("sender.mailtls.test"), QStringLiteral("--timeout"), QStringLiteral("5")};
}

Run TestDomainCli::runDomain(const QString &domain, const QStringList &extra, int killMs) const
{
    Run run;
    run.tool = runTool(QStringLiteral(MAILTLS_CLI_PATH),
                       QStringList{QStringLiteral("domain"), domain} + commonArgs() + extra
                           + QStringList{QStringLiteral("--json"), QStringLiteral("-")},
                       {}, killMs);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.tool.out, &error);
    run.parsed = error.error == QJsonParseError::NoError && doc.isObject();
    run.doc = doc.object();
    return run;
}

bool TestDomainCli::makeLeaf(const QString &name, const QStringList &dnsNames, QString *chain, QString *key,
                             QString *error)
{
    const QString base = dir_.filePath(name);
    *key = base + QStringLiteral(".key");
    const QString csr = base + QStringLiteral(".csr");
    const QString cert = base + QStringLiteral(".pem");
    const QString ext = base + QStringLiteral(".ext");
    QStringList sans;
    for (const QString &n : dnsNames)
        sans << QStringLiteral("DNS:") + n;
    if (!writeFile(ext, QStringLiteral("basicConstraints=critical,CA:FALSE\n"
                                       "keyUsage=critical,digitalSignature\n"
                                       "extendedKeyUsage=serverAuth\n"
                                       "subjectAltName=%1\n")
                            .arg(sans.join(QLatin1Char(',')))
                            .toUtf8())) {
        *error = QStringLiteral("cannot write %1").arg(ext);
        return false;
    }
    const ToolResult req = runTool(QStringLiteral("openssl"),
                                   {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                                    QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                                    QStringLiteral("-keyout"), *key, QStringLiteral("-subj"),
                                    QStringLiteral("/CN=%1").arg(dnsNames.first()), QStringLiteral("-out"), csr});
    if (!req.ok()) {
        *error = req.describe();
        return false;
    }
    static int serial = 0x7100;
    const ToolResult sign = runTool(QStringLiteral("openssl"),
                                    {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr,
                                     QStringLiteral("-CA"), pki().intermediateFile(), QStringLiteral("-CAkey"),
                                     pki().intermediateKeyFile(), QStringLiteral("-set_serial"), QString::number(++serial),
                                     QStringLiteral("-days"), QStringLiteral("365"), QStringLiteral("-sha256"),
                                     QStringLiteral("-extfile"), ext, QStringLiteral("-out"), cert});
    if (!sign.ok()) {
        *error = sign.describe();
        return false;
    }
    *chain = base + QStringLiteral("-chain.pem");
    if (!writeFile(*chain, readAll(cert) + readAll(pki().intermediateFile())) || ::chmod(QFile::encodeName(*key).constData(), 0644) != 0
        || ::chmod(QFile::encodeName(cert).constData(), 0644) != 0) {
        *error = QStringLiteral("cannot write %1").arg(*chain);
        return false;
    }
    if (name == QLatin1String("mx"))
        mxCert_ = cert;
    return true;
}

// "3 1 1 <SHA-256 of the SubjectPublicKeyInfo>", the SPKI taken out by the openssl command.
QString TestDomainCli::spkiSha256OfCert(const QString &certFile, QString *error) const
{
    const ToolResult pub = runTool(QStringLiteral("openssl"),
                                   {QStringLiteral("x509"), QStringLiteral("-in"), certFile, QStringLiteral("-pubkey"), QStringLiteral("-noout")});
    const ToolResult der = runTool(QStringLiteral("openssl"),
                                   {QStringLiteral("pkey"), QStringLiteral("-pubin"), QStringLiteral("-outform"), QStringLiteral("DER")}, pub.out);
    if (!pub.ok() || !der.ok() || der.out.isEmpty()) {
        *error = pub.describe() + der.describe();
        return QString();
    }
    return QStringLiteral("3 1 1 ") + QString::fromLatin1(QCryptographicHash::hash(der.out, QCryptographicHash::Sha256).toHex().toUpper());
}

QString TestDomainCli::spkiSha256OfKey(const QString &keyFile, QString *error) const
{
    const ToolResult der = runTool(QStringLiteral("openssl"),
                                   {QStringLiteral("pkey"), QStringLiteral("-in"), keyFile, QStringLiteral("-pubout"),
                                    QStringLiteral("-outform"), QStringLiteral("DER")});
    if (!der.ok() || der.out.isEmpty()) {
        *error = der.describe();
        return QString();
    }
    return QStringLiteral("3 1 1 ") + QString::fromLatin1(QCryptographicHash::hash(der.out, QCryptographicHash::Sha256).toHex().toUpper());
}

void TestDomainCli::initTestCase()
{
    total_.start();
    QVERIFY(dir_.isValid());
    ::chmod(QFile::encodeName(dir_.path()).constData(), 0755);
    QVERIFY2(pki().ok(), qPrintable(pki().error()));

    // One leaf for every MX name of every case (both Exims serve it); one for the policy hosts,
    // which leaves out mta-sts.badcert.mailtls.test on purpose.
    const QStringList mxNames = {
        fq(QStringLiteral("mx1.good")),    fq(QStringLiteral("mx1.renewed")), fq(QStringLiteral("mx1.plain")),
        fq(QStringLiteral("mx1.expired")), fq(QStringLiteral("mx1.daneb")),   fq(QStringLiteral("mx1.norollover")),
        fq(QStringLiteral("mx1.dupsts")),  fq(QStringLiteral("mx1.cover")),   fq(QStringLiteral("mx2.cover")),
        fq(QStringLiteral("mx1.badcert")), fq(QStringLiteral("mx1.moved")),   fq(QStringLiteral("bare")),
        fq(QStringLiteral("alias.cname")), fq(QStringLiteral("mx1.cname")),   fq(QStringLiteral("mx1.huge")),
        fq(QStringLiteral("mx1.stall")),   fq(QStringLiteral("mx1.deadmx")),  fq(QStringLiteral("mx1.stale")),
        fq(QStringLiteral("mx1.deaddane"))};
    QString error;
    QVERIFY2(makeLeaf(QStringLiteral("mx"), mxNames, &mxChain_, &mxKey_, &error), qPrintable(error));
    QString policyChain, policyKey;
    QVERIFY2(makeLeaf(QStringLiteral("policy"),
                      {fq(QStringLiteral("mta-sts.good")), fq(QStringLiteral("mta-sts.dupsts")), fq(QStringLiteral("mta-sts.cover")),
                       fq(QStringLiteral("mta-sts.moved")), fq(QStringLiteral("mta-sts.huge")), fq(QStringLiteral("mta-sts.stall")),
                       fq(QStringLiteral("mta-sts.deaddane"))},
                      &policyChain, &policyKey, &error),
             qPrintable(error));
    servedTlsa_ = spkiSha256OfCert(mxCert_, &error);
    QVERIFY2(!servedTlsa_.isEmpty(), qPrintable(error));
    for (QString *tlsa : {&oldTlsa_, &nextTlsa_}) {
        const QString keyFile = dir_.filePath(tlsa == &oldTlsa_ ? QStringLiteral("old.key") : QStringLiteral("next.key"));
        const ToolResult gen = runTool(QStringLiteral("openssl"),
                                       {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
                                        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-out"), keyFile});
        QVERIFY2(gen.ok(), qPrintable(gen.describe()));
        *tlsa = spkiSha256OfKey(keyFile, &error);
        QVERIFY2(!tlsa->isEmpty(), qPrintable(error));
    }
    QVERIFY(servedTlsa_ != oldTlsa_ && servedTlsa_ != nextTlsa_);

    // The DNS world. Every zone is signed unless said otherwise.
    const QString tlsrpt = QStringLiteral("_smtp._tls TXT \"v=TLSRPTv1; rua=mailto:tls-reports@%1\"");
    const QString sts = QStringLiteral("_mta-sts TXT \"v=STSv1; id=20240601T000000\"");
    const QString policyA = QStringLiteral("mta-sts A ") + kPolicyIp;
    auto zone = [](const QString &name, const QStringList &records, DnsTestZone::Signing signing = DnsTestZone::Signing::Signed) {
        DnsTestZone z;
        z.name = fq(name);
        z.signing = signing;
        z.records = records;
        return z;
    };
    const QString mx1 = QStringLiteral("@ MX 10 mx1");
    const QString mx1A = QStringLiteral("mx1 A ") + kMxA;
    const QString tlsaServed = QStringLiteral("_25._tcp.mx1 TLSA ") + servedTlsa_;
    const QList<DnsTestZone> zones = {
        zone(QStringLiteral("good"), {mx1, mx1A, tlsaServed, QStringLiteral("_25._tcp.mx1 TLSA ") + nextTlsa_, sts, policyA,
                                      tlsrpt.arg(fq(QStringLiteral("good")))}),
        // The certificate was renewed with a new key; the TLSA record still names the old one.
        zone(QStringLiteral("renewed"), {mx1, mx1A, QStringLiteral("_25._tcp.mx1 TLSA ") + oldTlsa_,
                                         tlsrpt.arg(fq(QStringLiteral("renewed")))}),
        zone(QStringLiteral("plain"), {mx1, mx1A, tlsaServed}, DnsTestZone::Signing::Unsigned),
        // Signatures expired in 2020: every answer of this zone is bogus. Its TLSA record is
        // also the target of daneb's TLSA alias.
        zone(QStringLiteral("expired"), {mx1, mx1A, tlsaServed}, DnsTestZone::Signing::Expired),
        // A signed domain whose MX host lives in the expired zone.
        zone(QStringLiteral("stale"), {QStringLiteral("@ MX 10 mx1.expired.mailtls.test.")}),
        // Signed MX and addresses; the TLSA name is an alias into the expired zone.
        zone(QStringLiteral("daneb"), {mx1, mx1A, QStringLiteral("_25._tcp.mx1 CNAME _25._tcp.mx1.expired.mailtls.test.")}),
        zone(QStringLiteral("norollover"), {mx1, mx1A, tlsaServed}),
        zone(QStringLiteral("dupsts"), {mx1, mx1A, sts, QStringLiteral("_mta-sts TXT \"v=STSv1; id=20240701T000000\""), policyA}),
        zone(QStringLiteral("cover"), {mx1, QStringLiteral("@ MX 20 mx2"), mx1A, QStringLiteral("mx2 A ") + kMxB, sts, policyA,
                                       tlsrpt.arg(fq(QStringLiteral("cover")))}),
        zone(QStringLiteral("badcert"), {mx1, mx1A, sts, policyA}),
        zone(QStringLiteral("moved"), {mx1, mx1A, sts, policyA}),
        zone(QStringLiteral("nullmx"), {QStringLiteral("@ MX 0 ."), QStringLiteral("@ A ") + kMxA}),
        zone(QStringLiteral("bare"), {QStringLiteral("@ A ") + kMxA}),
        // The MX names an alias; the TLSA record sits at the alias target's name, where RFC 7672
        // §2.2.2 has DANE senders look first.
        zone(QStringLiteral("cname"), {QStringLiteral("@ MX 10 alias"), QStringLiteral("alias CNAME mx1"), mx1A, tlsaServed}),
        zone(QStringLiteral("huge"), {mx1, mx1A, sts, policyA}),
        zone(QStringLiteral("stall"), {mx1, mx1A, sts, QStringLiteral("mta-sts A ") + kSilentIp}),
        zone(QStringLiteral("deadmx"), {mx1, QStringLiteral("mx1 A ") + kDeadIp}),
        // DANE and an enforced policy, and nothing listening.
        zone(QStringLiteral("deaddane"), {mx1, QStringLiteral("mx1 A ") + kDeadIp, tlsaServed,
                                          QStringLiteral("_25._tcp.mx1 TLSA ") + nextTlsa_, sts, policyA}),
    };
    for (const DnsTestZone &z : zones)
        dns_.addZone(z);
    QElapsedTimer clock;
    clock.start();
    QVERIFY2(dns_.start(&error), qPrintable(error));
    qInfo() << "DNS testbed up in" << clock.elapsed() << "ms, resolver" << dns_.resolverAddress();

    // Two Exims on one port, each on its own address.
    smtpPort_ = freeTcpPort();
    QVERIFY(smtpPort_ != 0);
    for (auto *slot : {&eximA_, &eximB_}) {
        EximOptions o = EximOptions::serving(mxChain_, mxKey_);
        o.listenAddress = slot == &eximA_ ? kMxA : kMxB;
        o.port = smtpPort_;
        *slot = std::make_unique<EximServer>(o);
        QVERIFY2((*slot)->start(&error), qPrintable(error));
    }

    // The policy hosts.
    policyPort_ = freeTcpPort();
    QVERIFY(policyPort_ != 0);
    QJsonObject answers;
    auto policyFor = [](const QStringList &mx) { return QJsonObject{{QStringLiteral("policy"), policyText(mx)}}; };
    answers.insert(fq(QStringLiteral("mta-sts.good")), policyFor({fq(QStringLiteral("mx1.good"))}));
    answers.insert(fq(QStringLiteral("mta-sts.dupsts")), policyFor({fq(QStringLiteral("mx1.dupsts"))}));
    answers.insert(fq(QStringLiteral("mta-sts.cover")), policyFor({fq(QStringLiteral("mx1.cover"))}));
    answers.insert(fq(QStringLiteral("mta-sts.badcert")), policyFor({fq(QStringLiteral("mx1.badcert"))}));
    answers.insert(fq(QStringLiteral("mta-sts.deaddane")), policyFor({fq(QStringLiteral("mx1.deaddane"))}));
    answers.insert(fq(QStringLiteral("mta-sts.moved")),
                   QJsonObject{{QStringLiteral("redirect"),
                                QStringLiteral("https://%1/.well-known/mta-sts.txt").arg(fq(QStringLiteral("mta-sts.good")))}});
    answers.insert(fq(QStringLiteral("mta-sts.huge")), QJsonObject{{QStringLiteral("big"), 10 * 1024 * 1024}});
    const QString config = dir_.filePath(QStringLiteral("answers.json"));
    QVERIFY(writeFile(config, QJsonDocument(answers).toJson()));
    policy_ = std::make_unique<PolicyHosts>();
    QVERIFY2(policy_->start(policyChain, policyKey, config, policyPort_, &error), qPrintable(error));
    qInfo() << "servers up after" << total_.elapsed() << "ms: SMTP port" << smtpPort_ << "policy port" << policyPort_;
}

void TestDomainCli::cleanupTestCase()
{
    policy_.reset();
    eximA_.reset();
    eximB_.reset();
    dns_.stop();
    qInfo() << "test_domain_cli took" << total_.elapsed() << "ms";
}

void TestDomainCli::allGood()
{
    const Run r = runDomain(fq(QStringLiteral("good")));
    QVERIFY2(r.parsed, qPrintable(r.summary()));
    QVERIFY2(r.tool.finished && r.tool.exitCode == 0, qPrintable(r.summary()));
    QCOMPARE(r.doc.value(QStringLiteral("schema")).toString(), QStringLiteral("mailtls.domain/1"));
    QCOMPARE(r.doc.value(QStringLiteral("domain")).toString(), fq(QStringLiteral("good")));
    QCOMPARE(r.doc.value(QStringLiteral("resolver")).toString(), dns_.resolverAddress());
    QVERIFY(r.doc.value(QStringLiteral("outcome")).toObject().value(QStringLiteral("error_kind")).isNull());
    // Three verdicts, in the contract's order.
    const QJsonArray verdicts = r.doc.value(QStringLiteral("verdicts")).toArray();
    QCOMPARE(verdicts.size(), 3);
    QCOMPARE(verdicts.at(0).toObject().value(QStringLiteral("sender")).toString(), QStringLiteral("opportunistic"));
    QCOMPARE(verdicts.at(1).toObject().value(QStringLiteral("sender")).toString(), QStringLiteral("dane"));
    QCOMPARE(verdicts.at(2).toObject().value(QStringLiteral("sender")).toString(), QStringLiteral("mta-sts"));
    for (const QString &sender : {QStringLiteral("opportunistic"), QStringLiteral("dane"), QStringLiteral("mta-sts")}) {
        QVERIFY2(r.word(sender) == QLatin1String("delivers"), qPrintable(r.summary()));
        QVERIFY2(r.verdict(sender).value(QStringLiteral("fix")).isNull(), qPrintable(r.summary()));
    }
    QVERIFY2(r.line(QStringLiteral("dane")).contains(QLatin1String("DANE")), qPrintable(r.summary()));
    // Nothing at medium or above; the rollover record keeps dane.no_rollover away.
    for (const QJsonValue &f : r.doc.value(QStringLiteral("findings")).toArray()) {
        const QString sev = f.toObject().value(QStringLiteral("severity")).toString();
        QVERIFY2(kSeverityOrder.indexOf(sev) >= 0 && kSeverityOrder.indexOf(sev) < 2, qPrintable(r.summary()));
    }
    QVERIFY2(!r.ids().contains(QStringLiteral("dane.no_rollover")), qPrintable(r.summary()));
    QVERIFY2(!r.ids().contains(QStringLiteral("tlsrpt.none")), qPrintable(r.summary()));
    QVERIFY2(!r.ids().contains(QStringLiteral("mtasts.none")), qPrintable(r.summary()));

    // The facts behind it: a secure MX, one address, a DANE match by the first record at depth 0.
    const QJsonObject mx = r.doc.value(QStringLiteral("mx")).toObject().value(QStringLiteral("lookup")).toObject();
    QCOMPARE(mx.value(QStringLiteral("dnssec")).toString(), QStringLiteral("secure"));
    QCOMPARE(mx.value(QStringLiteral("records")).toArray().first().toString(), QStringLiteral("10 %1").arg(fq(QStringLiteral("mx1.good"))));
    const QJsonArray addrs = r.addresses();
    QCOMPARE(addrs.size(), 1);
    const QJsonObject a = addrs.first().toObject();
    QCOMPARE(a.value(QStringLiteral("address")).toString(), kMxA);
    QVERIFY(a.value(QStringLiteral("name_matches")).toBool());
    QVERIFY(a.value(QStringLiteral("chain_trusted")).toBool());
    const QJsonObject dane = a.value(QStringLiteral("dane")).toObject();
    QVERIFY(dane.value(QStringLiteral("verified")).toBool());
    QCOMPARE(dane.value(QStringLiteral("matched_depth")).toInt(), 0);
    QCOMPARE(dane.value(QStringLiteral("record_depths")).toArray().size(), 2);
    const QJsonObject session = a.value(QStringLiteral("session")).toObject();
    QCOMPARE(session.value(QStringLiteral("schema")).toString(), QStringLiteral("mailtls.report/1"));
    // The policy was fetched from the policy host by name, and covers the MX.
    const QJsonObject stsObj = r.doc.value(QStringLiteral("mta_sts")).toObject();
    const QJsonObject fetch = stsObj.value(QStringLiteral("fetch")).toObject();
    QCOMPARE(fetch.value(QStringLiteral("http_status")).toInt(), 200);
    QCOMPARE(fetch.value(QStringLiteral("address")).toString(), kPolicyIp);
    QVERIFY(fetch.value(QStringLiteral("certificate_valid")).toBool());
    const QJsonObject policy = stsObj.value(QStringLiteral("policy")).toObject();
    QCOMPARE(policy.value(QStringLiteral("mode")).toString(), QStringLiteral("enforce"));
    QCOMPARE(policy.value(QStringLiteral("mx")).toArray().first().toString(), fq(QStringLiteral("mx1.good")));
    const QJsonArray rpt = r.doc.value(QStringLiteral("tls_rpt")).toObject().value(QStringLiteral("records")).toArray();
    QCOMPARE(rpt.size(), 1);
    QVERIFY(rpt.first().toObject().value(QStringLiteral("is_tlsrpt")).toBool());
    QVERIFY2(policy_->logText().contains(QStringLiteral("REQUEST %1 /.well-known/mta-sts.txt").arg(fq(QStringLiteral("mta-sts.good")))),
             qPrintable(policy_->logText()));
}

void TestDomainCli::allGoodHtmlAndText()
{
    // --html beside the text on stdout.
    const QString html = dir_.filePath(QStringLiteral("good.html"));
    const ToolResult t = runTool(QStringLiteral(MAILTLS_CLI_PATH),
                                 QStringList{QStringLiteral("domain"), fq(QStringLiteral("good"))} + commonArgs()
                                     + QStringList{QStringLiteral("--html"), html, QStringLiteral("--records")},
                                 {}, 90000);
    QVERIFY2(t.finished && t.exitCode == 0, qPrintable(t.describe()));
    const QString page = QString::fromUtf8(readAll(html));
    QVERIFY2(page.contains(QLatin1String("<html"), Qt::CaseInsensitive), qPrintable(page.left(400)));
    QVERIFY2(page.contains(fq(QStringLiteral("good"))), qPrintable(page.left(2000)));
    for (const QString &word : {QStringLiteral("opportunistic"), QStringLiteral("DANE"), QStringLiteral("MTA-STS"),
                                QStringLiteral("delivers")})
        QVERIFY2(page.contains(word, Qt::CaseInsensitive), qPrintable(word));

    // The text: the verdict section first, every section, no raw control bytes (stdout is no
    // terminal, so no colour either).
    const QString text = t.outText();
    QVERIFY2(text.contains(QStringLiteral("Would a sender deliver to %1?").arg(fq(QStringLiteral("good")))), qPrintable(text));
    static const QRegularExpression verdictLine(QStringLiteral("^\\s+(opportunistic|DANE|MTA-STS)\\s+delivers\\s+\\S"),
                                                QRegularExpression::MultilineOption);
    int lines = 0;
    for (auto it = verdictLine.globalMatch(text); it.hasNext(); it.next())
        ++lines;
    QVERIFY2(lines == 3, qPrintable(text));
    for (const QString &section : {QStringLiteral("MX ("), QStringLiteral("DANE (TLSA records)"), QStringLiteral("MTA-STS\n"),
                                   QStringLiteral("TLS-RPT\n")})
        QVERIFY2(text.contains(section), qPrintable(section + QStringLiteral(" missing in:\n") + text));
    QVERIFY2(text.contains(kMxA), qPrintable(text));
    QFile saved(QStringLiteral(MAILTLS_ARTIFACTS_DIR "/domain-good.txt"));
    if (saved.open(QIODevice::WriteOnly))
        saved.write(text.toUtf8());   // for reading the output as an admin would
    // --records: what to publish as the domain stands, from the MX set and the key served now.
    QVERIFY2(text.contains(QLatin1String("Records to publish")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("IN TLSA ") + servedTlsa_, Qt::CaseInsensitive), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("mx: ") + fq(QStringLiteral("mx1.good"))) ||
                 text.contains(QStringLiteral("mx: mx1.") + fq(QStringLiteral("good"))),
             qPrintable(text));
    for (const QChar c : text)
        QVERIFY2(c == QLatin1Char('\n') || c.unicode() >= 0x20, qPrintable(QStringLiteral("control byte 0x%1 in:\n%2")
                                                                             .arg(c.unicode(), 2, 16, QLatin1Char('0')).arg(text)));

    // -q: the verdict lines alone.
    const ToolResult q = runTool(QStringLiteral(MAILTLS_CLI_PATH),
                                 QStringList{QStringLiteral("domain"), fq(QStringLiteral("good")), QStringLiteral("-q")} + commonArgs(),
                                 {}, 90000);
    QVERIFY2(q.finished && q.exitCode == 0, qPrintable(q.describe()));
    QVERIFY2(q.outText().contains(QLatin1String("opportunistic")) && !q.outText().contains(QLatin1String("TLS-RPT")),
             qPrintable(q.outText()));
}

void TestDomainCli::tlsaStaleAfterRenewal()
{
    const Run r = runDomain(fq(QStringLiteral("renewed")), {QStringLiteral("--fail-on"), QStringLiteral("high")});
    QVERIFY2(r.parsed, qPrintable(r.summary()));
    QVERIFY2(r.tool.exitCode == 1, qPrintable(r.summary()));   // a critical finding, --fail-on high
    QVERIFY2(r.ids().contains(QStringLiteral("dane.mismatch")), qPrintable(r.summary()));
    QCOMPARE(r.severity(QStringLiteral("dane.mismatch")), QStringLiteral("critical"));
    QVERIFY2(r.word(QStringLiteral("dane")) == QLatin1String("defers"), qPrintable(r.summary()));
    QVERIFY2(r.verdict(QStringLiteral("dane")).value(QStringLiteral("finding_ids")).toArray().contains(QStringLiteral("dane.mismatch")),
             qPrintable(r.summary()));
    QVERIFY2(r.word(QStringLiteral("opportunistic")) == QLatin1String("delivers"), qPrintable(r.summary()));
    // The fix publishes the served key's 3 1 1 record under the TLSA name.
    const QString dnsFix = r.finding(QStringLiteral("dane.mismatch")).value(QStringLiteral("fix")).toObject()
                               .value(QStringLiteral("dns")).toString();
    QVERIFY2(dnsFix.contains(servedTlsa_, Qt::CaseInsensitive), qPrintable(dnsFix + QStringLiteral("\nwanted ") + servedTlsa_));
    QVERIFY2(dnsFix.contains(QStringLiteral("_25._tcp.%1").arg(fq(QStringLiteral("mx1.renewed")))), qPrintable(dnsFix));
    const QString verdictFix = r.verdict(QStringLiteral("dane")).value(QStringLiteral("fix")).toString();
    QVERIFY2(verdictFix.contains(servedTlsa_, Qt::CaseInsensitive), qPrintable(verdictFix));
    const QJsonObject dane = r.addresses().first().toObject().value(QStringLiteral("dane")).toObject();
    QVERIFY(dane.value(QStringLiteral("attempted")).toBool());
    QVERIFY(!dane.value(QStringLiteral("verified")).toBool());
}

void TestDomainCli::tlsaInUnsignedZone()
{
    const Run r = runDomain(fq(QStringLiteral("plain")));
    QVERIFY2(r.parsed && r.tool.exitCode == 0, qPrintable(r.summary()));
    QVERIFY2(r.ids().contains(QStringLiteral("dane.insecure")), qPrintable(r.summary()));
    QVERIFY2(!r.ids().contains(QStringLiteral("dane.mismatch")), qPrintable(r.summary()));
    QVERIFY2(r.word(QStringLiteral("dane")) == QLatin1String("delivers_unprotected"), qPrintable(r.summary()));
    QVERIFY2(r.word(QStringLiteral("opportunistic")) == QLatin1String("delivers"), qPrintable(r.summary()));
    const QJsonObject mx = r.doc.value(QStringLiteral("mx")).toObject().value(QStringLiteral("lookup")).toObject();
    QCOMPARE(mx.value(QStringLiteral("dnssec")).toString(), QStringLiteral("insecure"));
}

void TestDomainCli::bogusMxRecords()
{
    // The whole zone's signatures expired: the MX answer itself is bogus.
    const Run r = runDomain(fq(QStringLiteral("expired")));
    QVERIFY2(r.parsed, qPrintable(r.summary()));
    QVERIFY2(r.ids().contains(QStringLiteral("mx.bogus")), qPrintable(r.summary()));
    QCOMPARE(r.severity(QStringLiteral("mx.bogus")), QStringLiteral("critical"));
    QVERIFY2(!r.ids().contains(QStringLiteral("mx.lookup_failed")), qPrintable(r.summary()));
    const QJsonObject mx = r.doc.value(QStringLiteral("mx")).toObject().value(QStringLiteral("lookup")).toObject();
    QCOMPARE(mx.value(QStringLiteral("dnssec")).toString(), QStringLiteral("bogus"));
    QVERIFY2(mx.value(QStringLiteral("why_bogus")).toString().contains(QLatin1String("expired")), qPrintable(r.summary()));
    QVERIFY2(r.finding(QStringLiteral("mx.bogus")).value(QStringLiteral("evidence")).toString().contains(QLatin1String("expired")),
             qPrintable(r.summary()));
    QVERIFY2(r.word(QStringLiteral("dane")) == QLatin1String("defers"), qPrintable(r.summary()));
    QVERIFY2(r.word(QStringLiteral("mta-sts")) == QLatin1String("defers"), qPrintable(r.summary()));
    // A sender that does not validate still finds the MX: "unknown", and the line says why.
    QVERIFY2(r.word(QStringLiteral("opportunistic")) == QLatin1String("unknown"), qPrintable(r.summary()));
    QVERIFY2(r.line(QStringLiteral("opportunistic")).contains(QLatin1String("bogus")), qPrintable(r.summary()));
}

void TestDomainCli::bogusMxHostAddresses()
{
    // A signed domain whose MX host sits in the expired zone: the host's addresses are bogus.
    const Run r = runDomain(fq(QStringLiteral("stale")));
    QVERIFY2(r.parsed, qPrintable(r.summary()));
    QVERIFY2(r.ids().contains(QStringLiteral("mx.bogus")), qPrintable(r.summary()));
    QCOMPARE(r.severity(QStringLiteral("mx.bogus")), QStringLiteral("critical"));
    QVERIFY2(r.finding(QStringLiteral("mx.bogus")).value(QStringLiteral("title")).toString().contains(fq(QStringLiteral("mx1.expired"))),
             qPrintable(r.summary()));
    QVERIFY2(r.word(QStringLiteral("dane")) == QLatin1String("defers"), qPrintable(r.summary()));
    // A validating sender of any kind gets no address for the only MX host.
    QVERIFY2(r.word(QStringLiteral("mta-sts")) != QLatin1String("delivers"), qPrintable(r.summary()));
}

void TestDomainCli::bogusTlsa()
{
    // Secure MX and addresses; the TLSA answer (an alias into the expired zone) is bogus.
    const Run r = runDomain(fq(QStringLiteral("daneb")));
    QVERIFY2(r.parsed, qPrintable(r.summary()));
    QVERIFY2(r.ids().contains(QStringLiteral("dane.bogus")), qPrintable(r.summary()));
    QCOMPARE(r.severity(QStringLiteral("dane.bogus")), QStringLiteral("critical"));
    QVERIFY2(!r.ids().contains(QStringLiteral("mx.bogus")), qPrintable(r.summary()));
    QVERIFY2(r.word(QStringLiteral("dane")) == QLatin1String("defers"), qPrintable(r.summary()));
    QVERIFY2(r.word(QStringLiteral("opportunistic")) == QLatin1String("delivers"), qPrintable(r.summary()));
}

void TestDomainCli::noRolloverRecord()
{
    const Run r = runDomain(fq(QStringLiteral("norollover")));
    QVERIFY2(r.parsed && r.tool.exitCode == 0, qPrintable(r.summary()));
    QVERIFY2(r.ids().contains(QStringLiteral("dane.no_rollover")), qPrintable(r.summary()));
    QCOMPARE(r.severity(QStringLiteral("dane.no_rollover")), QStringLiteral("low"));
    QVERIFY2(!r.ids().contains(QStringLiteral("dane.mismatch")), qPrintable(r.summary()));
    QVERIFY2(r.word(QStringLiteral("dane")) == QLatin1String("delivers"), qPrintable(r.summary()));
}

void TestDomainCli::stsTxtDuplicated()
{
    const Run r = runDomain(fq(QStringLiteral("dupsts")));
    QVERIFY2(r.parsed, qPrintable(r.summary()));
    QVERIFY2(r.ids().contains(QStringLiteral("mtasts.txt_duplicate")), qPrintable(r.summary()));
    QCOMPARE(r.severity(QStringLiteral("mtasts.txt_duplicate")), QStringLiteral("high"));
    // Senders see no policy at all.
    QVERIFY2(r.word(QStringLiteral("mta-sts")) == QLatin1String("delivers_unprotected"), qPrintable(r.summary()));
    QVERIFY2(r.verdict(QStringLiteral("mta-sts")).value(QStringLiteral("finding_ids")).toArray()
                 .contains(QStringLiteral("mtasts.txt_duplicate")),
             qPrintable(r.summary()));
    QCOMPARE(r.doc.value(QStringLiteral("mta_sts")).toObject().value(QStringLiteral("records")).toArray().size(), 2);
}

void TestDomainCli::policyMissesAnMx()
{
    const Run r = runDomain(fq(QStringLiteral("cover")));
    QVERIFY2(r.parsed, qPrintable(r.summary()));
    QCOMPARE(r.addresses().size(), 2);
    QVERIFY2(r.ids().contains(QStringLiteral("mtasts.mx_not_covered")), qPrintable(r.summary()));
    QCOMPARE(r.severity(QStringLiteral("mtasts.mx_not_covered")), QStringLiteral("critical"));
    QVERIFY2(r.finding(QStringLiteral("mtasts.mx_not_covered")).value(QStringLiteral("title")).toString()
                 .contains(fq(QStringLiteral("mx2.cover"))),
             qPrintable(r.summary()));
    // Enforcing senders still deliver through mx1 and refuse mx2; the line names both.
    QVERIFY2(r.word(QStringLiteral("mta-sts")) == QLatin1String("delivers"), qPrintable(r.summary()));
    const QString line = r.line(QStringLiteral("mta-sts"));
    QVERIFY2(line.contains(QLatin1String("refuses")) && line.contains(fq(QStringLiteral("mx2.cover")))
                 && line.contains(fq(QStringLiteral("mx1.cover"))),
             qPrintable(r.summary()));
    // The fix is the policy text with the missing host.
    const QString fix = r.finding(QStringLiteral("mtasts.mx_not_covered")).value(QStringLiteral("fix")).toObject()
                            .value(QStringLiteral("dns")).toString();
    QVERIFY2(fix.contains(QStringLiteral("mx: %1").arg(fq(QStringLiteral("mx2.cover")))), qPrintable(fix));
    QVERIFY2(r.word(QStringLiteral("opportunistic")) == QLatin1String("delivers"), qPrintable(r.summary()));
}

void TestDomainCli::policyCertificateInvalid()
{
    const Run r = runDomain(fq(QStringLiteral("badcert")));
    QVERIFY2(r.parsed, qPrintable(r.summary()));
    QVERIFY2(r.ids().contains(QStringLiteral("mtasts.policy_cert_invalid")), qPrintable(r.summary()));
    QCOMPARE(r.severity(QStringLiteral("mtasts.policy_cert_invalid")), QStringLiteral("high"));
    const QJsonObject fetch = r.doc.value(QStringLiteral("mta_sts")).toObject().value(QStringLiteral("fetch")).toObject();
    QVERIFY(!fetch.value(QStringLiteral("certificate_valid")).toBool());
    QVERIFY2(!fetch.value(QStringLiteral("certificate_error")).toString().isEmpty(), qPrintable(r.summary()));
    QVERIFY2(r.word(QStringLiteral("mta-sts")) == QLatin1String("delivers_unprotected"), qPrintable(r.summary()));
    QVERIFY(r.doc.value(QStringLiteral("mta_sts")).toObject().value(QStringLiteral("policy")).isNull());
    // Not a byte of the request went to a host that failed verification.
    QVERIFY2(!policy_->logText().contains(QStringLiteral("REQUEST %1").arg(fq(QStringLiteral("mta-sts.badcert")))),
             qPrintable(policy_->logText()));
}

void TestDomainCli::policyRedirect()
{
    const Run r = runDomain(fq(QStringLiteral("moved")));
    QVERIFY2(r.parsed, qPrintable(r.summary()));
    QVERIFY2(r.ids().contains(QStringLiteral("mtasts.policy_redirect")), qPrintable(r.summary()));
    const QJsonObject fetch = r.doc.value(QStringLiteral("mta_sts")).toObject().value(QStringLiteral("fetch")).toObject();
    QCOMPARE(fetch.value(QStringLiteral("http_status")).toInt(), 301);
    QCOMPARE(fetch.value(QStringLiteral("redirect_location")).toString(),
             QStringLiteral("https://%1/.well-known/mta-sts.txt").arg(fq(QStringLiteral("mta-sts.good"))));
    QVERIFY2(r.word(QStringLiteral("mta-sts")) == QLatin1String("delivers_unprotected"), qPrintable(r.summary()));
    // Not followed: the redirect's target was never asked for on behalf of moved.
    QCOMPARE(int(policy_->logText().count(QStringLiteral("REQUEST %1 ").arg(fq(QStringLiteral("mta-sts.moved"))))), 1);
}

void TestDomainCli::nullMx()
{
    const Run r = runDomain(fq(QStringLiteral("nullmx")));
    QVERIFY2(r.parsed && r.tool.exitCode == 0, qPrintable(r.summary()));
    QVERIFY2(r.ids().contains(QStringLiteral("mx.null")), qPrintable(r.summary()));
    QCOMPARE(r.severity(QStringLiteral("mx.null")), QStringLiteral("info"));
    QVERIFY(r.doc.value(QStringLiteral("mx")).toObject().value(QStringLiteral("null_mx")).toBool());
    for (const QString &sender : {QStringLiteral("opportunistic"), QStringLiteral("dane"), QStringLiteral("mta-sts")}) {
        QVERIFY2(r.word(sender) == QLatin1String("defers"), qPrintable(r.summary()));
        QVERIFY2(r.line(sender).contains(QLatin1String("bounce")), qPrintable(r.summary()));
    }
    // Nobody to connect to: the domain's own A record is not used in place of a null MX.
    QCOMPARE(r.addresses().size(), 0);
    // MTA-STS and TLS-RPT are not asked for a domain that takes no mail: no "lookup failed".
    QVERIFY2(!r.ids().contains(QStringLiteral("mtasts.lookup_failed")), qPrintable(r.summary()));
}

void TestDomainCli::implicitMx()
{
    const Run r = runDomain(fq(QStringLiteral("bare")));
    QVERIFY2(r.parsed, qPrintable(r.summary()));
    QVERIFY2(r.ids().contains(QStringLiteral("mx.implicit")), qPrintable(r.summary()));
    QVERIFY(r.doc.value(QStringLiteral("mx")).toObject().value(QStringLiteral("implicit")).toBool());
    QCOMPARE(r.addresses().size(), 1);
    const QJsonObject a = r.addresses().first().toObject();
    QCOMPARE(a.value(QStringLiteral("mx")).toString(), fq(QStringLiteral("bare")));
    QCOMPARE(a.value(QStringLiteral("address")).toString(), kMxA);
    const QJsonObject outcome = a.value(QStringLiteral("session")).toObject().value(QStringLiteral("outcome")).toObject();
    QVERIFY2(outcome.value(QStringLiteral("connected")).toBool(), qPrintable(r.summary()));
    QVERIFY2(r.word(QStringLiteral("opportunistic")) == QLatin1String("delivers"), qPrintable(r.summary()));
}

void TestDomainCli::unreachableResolver()
{
    // Bound on TCP, nothing on UDP: every datagram to it is refused.
    RefusingPort refusing;
    QVERIFY(refusing.port() != 0);
    const QString resolver = QStringLiteral("127.0.0.1:%1").arg(refusing.port());
    QElapsedTimer clock;
    clock.start();
    const ToolResult t = runTool(QStringLiteral(MAILTLS_CLI_PATH),
                                 {QStringLiteral("domain"), fq(QStringLiteral("good")), QStringLiteral("--resolver"), resolver,
                                  QStringLiteral("--trust-anchor"), dns_.trustAnchorFile(), QStringLiteral("--timeout"),
                                  QStringLiteral("2"), QStringLiteral("--json"), QStringLiteral("-")},
                                 {}, 60000);
    const qint64 ms = clock.elapsed();
    qInfo() << "unreachable resolver: exit" << t.exitCode << "after" << ms << "ms";
    QVERIFY2(t.finished, qPrintable(t.describe()));
    QVERIFY2(t.exitCode == 3, qPrintable(t.describe()));
    QVERIFY2(ms < 30000, qPrintable(QStringLiteral("took %1 ms").arg(ms)));
    QVERIFY2(t.errText().contains(resolver), qPrintable(t.describe()));
    // The JSON still says what happened, and judges nothing about the domain.
    Run r;
    r.tool = t;
    r.doc = QJsonDocument::fromJson(t.out).object();
    QCOMPARE(r.doc.value(QStringLiteral("outcome")).toObject().value(QStringLiteral("error_kind")).toString(), QStringLiteral("resolve"));
    QVERIFY2(r.doc.value(QStringLiteral("outcome")).toObject().value(QStringLiteral("error")).toString().contains(resolver),
             qPrintable(r.summary()));
    for (const QString &sender : {QStringLiteral("opportunistic"), QStringLiteral("dane"), QStringLiteral("mta-sts")})
        QVERIFY2(r.word(sender) == QLatin1String("unknown"), qPrintable(r.summary()));

    // The text says it too, on stderr, with exit 3.
    const ToolResult text = runTool(QStringLiteral(MAILTLS_CLI_PATH),
                                    {QStringLiteral("domain"), fq(QStringLiteral("good")), QStringLiteral("--resolver"), resolver,
                                     QStringLiteral("--trust-anchor"), dns_.trustAnchorFile(), QStringLiteral("--timeout"),
                                     QStringLiteral("2")},
                                    {}, 60000);
    QVERIFY2(text.finished && text.exitCode == 3, qPrintable(text.describe()));
    QVERIFY2(text.errText().contains(resolver), qPrintable(text.describe()));
}

void TestDomainCli::servfail()
{
    QElapsedTimer clock;
    clock.start();
    const Run r = runDomain(DnsTestbed::servfailName());
    QVERIFY2(r.parsed, qPrintable(r.summary()));
    QVERIFY2(r.tool.exitCode == 0, qPrintable(r.summary()));   // the resolver answered: a finding, not exit 3
    QVERIFY2(r.ids().contains(QStringLiteral("mx.lookup_failed")), qPrintable(r.summary()));
    QCOMPARE(r.severity(QStringLiteral("mx.lookup_failed")), QStringLiteral("high"));
    QVERIFY2(r.finding(QStringLiteral("mx.lookup_failed")).value(QStringLiteral("evidence")).toString().contains(QLatin1String("SERVFAIL")),
             qPrintable(r.summary()));
    for (const QString &sender : {QStringLiteral("opportunistic"), QStringLiteral("dane"), QStringLiteral("mta-sts")})
        QVERIFY2(r.word(sender) == QLatin1String("defers"), qPrintable(r.summary()));
    QVERIFY2(clock.elapsed() < 30000, qPrintable(QStringLiteral("took %1 ms").arg(clock.elapsed())));
}

void TestDomainCli::mxIsAnAlias()
{
    const Run r = runDomain(fq(QStringLiteral("cname")));
    QVERIFY2(r.parsed, qPrintable(r.summary()));
    QVERIFY2(r.ids().contains(QStringLiteral("mx.cname")), qPrintable(r.summary()));
    QVERIFY2(r.finding(QStringLiteral("mx.cname")).value(QStringLiteral("evidence")).toString().contains(fq(QStringLiteral("mx1.cname"))),
             qPrintable(r.summary()));
    // Followed anyway, as most senders do: the session went to the alias target's address.
    QCOMPARE(r.addresses().size(), 1);
    QCOMPARE(r.addresses().first().toObject().value(QStringLiteral("address")).toString(), kMxA);
    // RFC 7672 §2.2.2: with a secure alias, DANE senders look for TLSA at the expanded name
    // (_25._tcp.mx1.cname...) first, and find the record there.
    QVERIFY2(r.word(QStringLiteral("dane")) == QLatin1String("delivers"), qPrintable(r.summary()));
}

void TestDomainCli::policyTooLarge()
{
    // Under an address-space limit, with GNU time's peak RSS when it is installed.
    static const bool haveTime = QFile::exists(QStringLiteral("/usr/bin/time"));
    QStringList words{QStringLiteral(MAILTLS_CLI_PATH), QStringLiteral("domain"), fq(QStringLiteral("huge"))};
    words += commonArgs();
    words << QStringLiteral("--json") << QStringLiteral("-");
    QString script = memoryLimitPrefix(640) + QStringLiteral(" exec ");
    if (haveTime)
        script += QStringLiteral("/usr/bin/time -f 'peak-rss-kb %M' ");
    for (const QString &w : words)
        script += QLatin1Char('\'') + w + QStringLiteral("' ");
    Run r;
    r.tool = runTool(QStringLiteral("sh"), {QStringLiteral("-c"), script}, {}, 90000);
    r.doc = QJsonDocument::fromJson(r.tool.out).object();
    r.parsed = !r.doc.isEmpty();
    QVERIFY2(r.parsed, qPrintable(r.summary()));
    QVERIFY2(r.ids().contains(QStringLiteral("mtasts.policy_too_large")), qPrintable(r.summary()));
    const QJsonObject fetch = r.doc.value(QStringLiteral("mta_sts")).toObject().value(QStringLiteral("fetch")).toObject();
    QVERIFY(fetch.value(QStringLiteral("body_too_large")).toBool());
    // The announced length is refused before the body (0 bytes read); never more than the bound.
    const double bytes = fetch.value(QStringLiteral("body_bytes")).toDouble();
    QVERIFY2(bytes >= 0 && bytes <= 64 * 1024, qPrintable(QString::number(bytes)));
    const QString detail = r.finding(QStringLiteral("mtasts.policy_too_large")).value(QStringLiteral("detail")).toString();
    QVERIFY2(!detail.contains(QLatin1String(" 0 bytes")), qPrintable(detail));
    QVERIFY2(r.word(QStringLiteral("mta-sts")) == QLatin1String("delivers_unprotected"), qPrintable(r.summary()));
    if (haveTime) {
        static const QRegularExpression peak(QStringLiteral("peak-rss-kb (\\d+)"));
        const QRegularExpressionMatch m = peak.match(r.tool.errText());
        QVERIFY2(m.hasMatch(), qPrintable(r.tool.errText()));
        qInfo() << "peak RSS with a 10 MB policy:" << m.captured(1).toLongLong() / 1024 << "MiB";
        QVERIFY2(m.captured(1).toLongLong() < 300 * 1024, qPrintable(m.captured(0)));
    }
    // The client hung up instead of taking the 10 MB.
    QTRY_VERIFY2_WITH_TIMEOUT(policy_->logText().contains(QLatin1String("BIG STOPPED")), qPrintable(policy_->logText()), 10000);
}

void TestDomainCli::policyHostNeverAnswers()
{
    QElapsedTimer clock;
    clock.start();
    const Run r = runDomain(fq(QStringLiteral("stall")), {QStringLiteral("--timeout"), QStringLiteral("2")});
    const qint64 ms = clock.elapsed();
    qInfo() << "silent policy host with --timeout 2: done after" << ms << "ms";
    QVERIFY2(r.parsed, qPrintable(r.summary()));
    QVERIFY2(r.ids().contains(QStringLiteral("mtasts.policy_unavailable")), qPrintable(r.summary()));
    QVERIFY2(r.word(QStringLiteral("mta-sts")) == QLatin1String("delivers_unprotected"), qPrintable(r.summary()));
    QVERIFY2(policy_->logText().contains(QLatin1String("SILENT ACCEPT")), qPrintable(policy_->logText()));
    const QJsonObject fetch = r.doc.value(QStringLiteral("mta_sts")).toObject().value(QStringLiteral("fetch")).toObject();
    QVERIFY2(!fetch.value(QStringLiteral("error")).toString().isEmpty(), qPrintable(r.summary()));
    // --timeout 2 bounds the fetch too; generous room for a loaded machine.
    QVERIFY2(ms < 12000, qPrintable(QStringLiteral("took %1 ms; fetch %2").arg(ms).arg(fetch.value(QStringLiteral("elapsed_ms")).toDouble())));
}

void TestDomainCli::mxAddressNotListening()
{
    const Run r = runDomain(fq(QStringLiteral("deadmx")));
    QVERIFY2(r.parsed, qPrintable(r.summary()));
    QVERIFY2(r.tool.exitCode == 0, qPrintable(r.summary()));   // DNS answered: findings, not exit 3
    QVERIFY2(r.ids().contains(QStringLiteral("mx.unreachable")), qPrintable(r.summary()));
    QCOMPARE(r.severity(QStringLiteral("mx.unreachable")), QStringLiteral("high"));
    QVERIFY2(r.finding(QStringLiteral("mx.unreachable")).value(QStringLiteral("evidence")).toString().contains(kDeadIp),
             qPrintable(r.summary()));
    QVERIFY2(r.word(QStringLiteral("opportunistic")) == QLatin1String("defers"), qPrintable(r.summary()));
    // Senders that find no DANE or MTA-STS deliver as opportunistic ones: they defer just the same.
    QVERIFY2(r.word(QStringLiteral("dane")) == QLatin1String("defers"), qPrintable(r.summary()));
    QVERIFY2(r.word(QStringLiteral("mta-sts")) == QLatin1String("defers"), qPrintable(r.summary()));
    QVERIFY2(r.line(QStringLiteral("dane")).contains(QLatin1String("answered")), qPrintable(r.summary()));
}

void TestDomainCli::protectedMxNotListening()
{
    // Good TLSA records and an enforced policy, but nothing listens: every sender defers, and
    // the lines say it is the silence, not a certificate.
    const Run r = runDomain(fq(QStringLiteral("deaddane")));
    QVERIFY2(r.parsed, qPrintable(r.summary()));
    QVERIFY2(r.ids().contains(QStringLiteral("mx.unreachable")), qPrintable(r.summary()));
    QVERIFY2(!r.ids().contains(QStringLiteral("dane.mismatch")), qPrintable(r.summary()));
    QVERIFY2(!r.ids().contains(QStringLiteral("dane.no_tls")), qPrintable(r.summary()));
    // No certificate was served, so none failed the policy's checks.
    QVERIFY2(!r.ids().contains(QStringLiteral("mtasts.mx_cert_invalid")), qPrintable(r.summary()));
    for (const QString &sender : {QStringLiteral("opportunistic"), QStringLiteral("dane"), QStringLiteral("mta-sts")}) {
        QVERIFY2(r.word(sender) == QLatin1String("defers"), qPrintable(r.summary()));
        QVERIFY2(r.line(sender).contains(QLatin1String("answered")), qPrintable(r.summary()));
        QVERIFY2(!r.line(sender).contains(QLatin1String("do not match")) && !r.line(sender).contains(QLatin1String("refuses")),
                 qPrintable(r.summary()));
    }
}

void TestDomainCli::domainMissing()
{
    const Run r = runDomain(fq(QStringLiteral("nosuchdomain")));
    QVERIFY2(r.parsed && r.tool.exitCode == 0, qPrintable(r.summary()));
    QVERIFY2(r.ids().contains(QStringLiteral("mx.domain_missing")), qPrintable(r.summary()));
    QVERIFY2(!r.ids().contains(QStringLiteral("mtasts.lookup_failed")), qPrintable(r.summary()));
    const QJsonObject mx = r.doc.value(QStringLiteral("mx")).toObject().value(QStringLiteral("lookup")).toObject();
    QCOMPARE(mx.value(QStringLiteral("rcode")).toString(), QStringLiteral("NXDOMAIN"));
    QCOMPARE(mx.value(QStringLiteral("dnssec")).toString(), QStringLiteral("secure"));
    for (const QString &sender : {QStringLiteral("opportunistic"), QStringLiteral("dane"), QStringLiteral("mta-sts")}) {
        QVERIFY2(r.word(sender) == QLatin1String("defers"), qPrintable(r.summary()));
        QVERIFY2(r.line(sender).contains(QLatin1String("bounce")), qPrintable(r.summary()));
    }
}

MAILTLS_TEST_MAIN(TestDomainCli)
#include "test_domain_cli.moc"
