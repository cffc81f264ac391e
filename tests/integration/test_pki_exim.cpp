// Material made by core/pki, served by a real Exim (GnuTLS) and judged by a real session:
// a CA-signed leaf with its intermediate verifies with no certificate finding, and each
// deliberate mistake (expired leaf, 1024-bit RSA key, intermediate sent first, intermediate
// left out) is named by its finding.

#include <QTest>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sys/stat.h>

#include "model/finding.h"
#include "pki/certificate_factory.h"
#include "pki/mini_ca.h"
#include "pki/output_file.h"
#include "pki/private_key.h"
#include "jobs/session_job.h"
#include "session_checks.h"
#include "test_servers.h"
#include "test_registry.h"

using namespace mailtls;
using namespace mailtls::core;
using namespace mailtls::test;

namespace {

const QStringList kCertificatePrefixes = {QStringLiteral("cert."), QStringLiteral("chain.")};

struct ServedFiles {
    QString leafFile;    // the leaf alone
    QString chainFile;   // leaf, then the intermediate
    QString keyFile;
    Certificate leaf;
};

} // namespace

class TestPkiExim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void caSignedLeafVerifies();
    void expiredLeaf();
    void weakRsaKey();
    void misorderedBundle();
    void eximSortsReorderableBundle();
    void intermediateFirstBreaksExim();
    void intermediateMissing();

private:
    // Generates a key of `type`, a CSR for localhost and has the intermediate CA sign it.
    bool makeLeaf(const QString &name, KeyType type, const CaSignOptions &options, ServedFiles *out);
    // Starts Exim serving certFile/keyFile and runs one session that trusts only our root.
    Report serve(const QString &certFile, const QString &keyFile);

    std::unique_ptr<QTemporaryDir> dir_;
    MiniCa root_;
    MiniCa intermediate_;
};

void TestPkiExim::initTestCase()
{
    dir_ = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/mailtls-pki-exim-XXXXXX"));
    QVERIFY(dir_->isValid());
    // Exim reads its certificate and key as Debian-exim.
    ::chmod(QFile::encodeName(dir_->path()).constData(), 0755);

    Error error;
    CaInitOptions rootOptions;
    Error parseError;
    rootOptions.subject = SubjectName::parse(QStringLiteral("O=MailTLS PKI Test,CN=PKI Test Root"), &parseError);
    rootOptions.keyType = KeyType::EcP256;
    root_ = MiniCa::create(dir_->filePath(QStringLiteral("root")), rootOptions, &error);
    QVERIFY2(!root_.isNull(), qPrintable(error.message));

    CaInitOptions intermediateOptions;
    intermediateOptions.subject = SubjectName::parse(QStringLiteral("O=MailTLS PKI Test,CN=PKI Test Mail CA"), &parseError);
    intermediateOptions.keyType = KeyType::Rsa2048;
    intermediate_ = MiniCa::createSubordinate(dir_->filePath(QStringLiteral("mail-ca")), root_, intermediateOptions, &error);
    QVERIFY2(!intermediate_.isNull(), qPrintable(error.message));
}

bool TestPkiExim::makeLeaf(const QString &name, KeyType type, const CaSignOptions &options, ServedFiles *out)
{
    Error error;
    const PrivateKey key = PrivateKey::generate(type, &error);
    Error parseError;
    const CertificateRequest request =
        CertificateRequest::create(key, SubjectName::parse(QStringLiteral("CN=localhost"), &parseError),
                                   SubjectAltNames::parse(QStringLiteral("DNS:localhost,IP:127.0.0.1"), &parseError), &error);
    if (request.isNull()) {
        qWarning("request: %s", qPrintable(error.message));
        return false;
    }
    const Certificate leaf = intermediate_.sign(request, options, &error);
    if (leaf.isNull()) {
        qWarning("sign: %s", qPrintable(error.message));
        return false;
    }
    QByteArray chain = leaf.toPem();
    for (const Certificate &c : intermediate_.servedIntermediates())
        chain += c.toPem();
    out->leafFile = dir_->filePath(name + QStringLiteral(".pem"));
    out->chainFile = dir_->filePath(name + QStringLiteral("-chain.pem"));
    out->keyFile = dir_->filePath(name + QStringLiteral(".key"));
    out->leaf = leaf;
    if (!writeOutputFiles({{out->keyFile, key.toPem(), FileSecrecy::Secret},
                           {out->leafFile, leaf.toPem(), FileSecrecy::Public},
                           {out->chainFile, chain, FileSecrecy::Public}},
                          false, &error)) {
        qWarning("write: %s", qPrintable(error.message));
        return false;
    }
    // Written 0600 as it must be; the test server reads it as another user, so widen it here.
    ::chmod(QFile::encodeName(out->keyFile).constData(), 0644);
    return true;
}

Report TestPkiExim::serve(const QString &certFile, const QString &keyFile)
{
    EximServer exim(EximOptions::serving(certFile, keyFile));
    QString error;
    if (!exim.start(&error)) {
        qWarning("%s", qPrintable(error));
        return Report();
    }
    SessionOptions options = localSessionOptions(exim.port());
    options.caFile = root_.certificateFile();
    options.servername = QStringLiteral("localhost");
    return runSession(options);
}

void TestPkiExim::caSignedLeafVerifies()
{
    ServedFiles files;
    QVERIFY(makeLeaf(QStringLiteral("good"), KeyType::EcP256, {}, &files));
    const Report r = serve(files.chainFile, files.keyFile);
    VERIFY_REPORT(r.tls.established && r.outcome.completed, r);
    QCOMPARE(r.certificates.size(), 2);
    QCOMPARE(r.certificates.at(0).sha256Fingerprint(), files.leaf.sha256Fingerprint());
    VERIFY_REPORT(r.tls.verifyOk && r.tls.verifyCode == 0, r);
    VERIFY_REPORT(findingIdsWithPrefix(r, kCertificatePrefixes).isEmpty(), r);
}

void TestPkiExim::expiredLeaf()
{
    CaSignOptions options;
    options.notBefore = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    options.notAfter = QDateTime(QDate(2021, 1, 1), QTime(0, 0), Qt::UTC);
    ServedFiles files;
    QVERIFY(makeLeaf(QStringLiteral("expired"), KeyType::EcP256, options, &files));
    const Report r = serve(files.chainFile, files.keyFile);
    VERIFY_REPORT(r.tls.established, r);
    VERIFY_REPORT(!r.tls.verifyOk && r.tls.verifyCode == 10, r);   // X509_V_ERR_CERT_HAS_EXPIRED
    VERIFY_REPORT(hasFinding(r.findings, QStringLiteral("cert.expired")), r);
    VERIFY_REPORT(!hasFinding(r.findings, QStringLiteral("chain.intermediate_missing")), r);
    VERIFY_REPORT(!hasFinding(r.findings, QStringLiteral("chain.order_wrong")), r);
}

void TestPkiExim::weakRsaKey()
{
    ServedFiles files;
    QVERIFY(makeLeaf(QStringLiteral("weak"), KeyType::Rsa1024, {}, &files));
    QCOMPARE(files.leaf.key().bits, 1024);
    const Report r = serve(files.chainFile, files.keyFile);
    VERIFY_REPORT(r.tls.established, r);
    VERIFY_REPORT(hasFinding(r.findings, QStringLiteral("cert.key_weak")), r);
    const Finding *f = findFinding(r.findings, QStringLiteral("cert.key_weak"));
    VERIFY_REPORT(f && f->evidence.contains(QLatin1String("1024")), r);
    VERIFY_REPORT(!hasFinding(r.findings, QStringLiteral("chain.intermediate_missing")), r);
}

void TestPkiExim::misorderedBundle()
{
    // Exim (GnuTLS) cannot be made to send a misordered chain (see the two tests below), so
    // `openssl s_server` serves it exactly as written: leaf, then the root, then the intermediate.
    ServedFiles files;
    QVERIFY(makeLeaf(QStringLiteral("misordered"), KeyType::EcP256, {}, &files));
    const QString extra = dir_->filePath(QStringLiteral("misordered-extra.pem"));
    Error error;
    QVERIFY2(writeOutputFile({extra, root_.certificate().toPem() + intermediate_.certificate().toPem(), FileSecrecy::Public}, false,
                             &error),
             qPrintable(error.message));
    OpensslServerOptions serverOptions;
    serverOptions.certFile = files.leafFile;
    serverOptions.keyFile = files.keyFile;
    serverOptions.chainFile = extra;
    OpensslServer server(serverOptions);
    QString startError;
    QVERIFY2(server.start(&startError), qPrintable(startError));
    SessionOptions options = localSessionOptions(server.port());
    options.implicitTls = true;
    options.dialect = QStringLiteral("none");
    options.caFile = root_.certificateFile();
    options.servername = QStringLiteral("localhost");
    const Report r = runSession(options);
    VERIFY_REPORT(r.tls.established, r);
    VERIFY_REPORT(r.certificates.size() == 3, r);
    VERIFY_REPORT(r.certificates.at(1).isSelfSigned(), r);   // the root second, as served
    VERIFY_REPORT(hasFinding(r.findings, QStringLiteral("chain.order_wrong")), r);
    VERIFY_REPORT(!hasFinding(r.findings, QStringLiteral("chain.intermediate_missing")), r);
    VERIFY_REPORT(!hasFinding(r.findings, QStringLiteral("cert.expired")), r);
}

void TestPkiExim::eximSortsReorderableBundle()
{
    // The same bundle in Exim: GnuTLS sorts it on loading and sends leaf, intermediate, root.
    ServedFiles files;
    QVERIFY(makeLeaf(QStringLiteral("sorted"), KeyType::EcP256, {}, &files));
    const QString bundle = dir_->filePath(QStringLiteral("sorted-bundle.pem"));
    Error error;
    QVERIFY2(writeOutputFile({bundle, files.leaf.toPem() + root_.certificate().toPem() + intermediate_.certificate().toPem(),
                              FileSecrecy::Public},
                             false, &error),
             qPrintable(error.message));
    const Report r = serve(bundle, files.keyFile);
    VERIFY_REPORT(r.tls.established && r.tls.verifyOk, r);
    VERIFY_REPORT(r.certificates.size() == 3 && r.certificates.at(2).isSelfSigned(), r);
    VERIFY_REPORT(!hasFinding(r.findings, QStringLiteral("chain.order_wrong")), r);
}

void TestPkiExim::intermediateFirstBreaksExim()
{
    // Intermediate first, leaf second: Exim (GnuTLS) matches the key against the first
    // certificate, cannot load the pair and answers STARTTLS with 454.
    ServedFiles files;
    QVERIFY(makeLeaf(QStringLiteral("reversed"), KeyType::EcP256, {}, &files));
    const QByteArray reversed = intermediate_.certificate().toPem() + files.leaf.toPem();
    const QString bundle = dir_->filePath(QStringLiteral("reversed-bundle.pem"));
    Error error;
    QVERIFY2(writeOutputFile({bundle, reversed, FileSecrecy::Public}, false, &error), qPrintable(error.message));
    const Report r = serve(bundle, files.keyFile);
    VERIFY_REPORT(r.smtp.starttlsOffered && !r.tls.established, r);
    VERIFY_REPORT(hasFinding(r.findings, QStringLiteral("starttls.rejected")), r);
}

void TestPkiExim::intermediateMissing()
{
    ServedFiles files;
    QVERIFY(makeLeaf(QStringLiteral("alone"), KeyType::EcP256, {}, &files));
    const Report r = serve(files.leafFile, files.keyFile);
    VERIFY_REPORT(r.tls.established, r);
    QCOMPARE(r.certificates.size(), 1);
    VERIFY_REPORT(!r.tls.verifyOk && r.tls.verifyCode == 20, r);   // X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY
    VERIFY_REPORT(hasFinding(r.findings, QStringLiteral("chain.intermediate_missing")), r);
    VERIFY_REPORT(!hasFinding(r.findings, QStringLiteral("cert.self_signed")), r);
}

MAILTLS_TEST_MAIN(TestPkiExim)
#include "test_pki_exim.moc"
