#include "test_pki.h"

#include "test_process.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <mutex>

#include <sys/stat.h>

namespace mailtls::test {

namespace {

// Our own extension sections, so nothing depends on the system openssl.cnf.
const char kOpensslConfig[] = R"([ req ]
distinguished_name = req_dn
prompt = no

[ req_dn ]
CN = placeholder

[ v3_root ]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash

[ v3_intermediate ]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always

[ v3_leaf_rsa ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth, clientAuth
subjectAltName = @leaf_names
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always

[ v3_leaf_ec ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth, clientAuth
subjectAltName = @leaf_names
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always

[ v3_self_signed ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = @leaf_names
subjectKeyIdentifier = hash

[ v3_client ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always

[ leaf_names ]
DNS.1 = localhost
DNS.2 = mail.test.example
IP.1 = 127.0.0.1
IP.2 = ::1
)";

// Well past the 30-day cert.expires_soon threshold, so healthy leaves raise no date finding.
const QString kDays = QStringLiteral("400");
const QStringList kRsa2048 = {QStringLiteral("-newkey"), QStringLiteral("rsa:2048")};
const QStringList kRsa1024 = {QStringLiteral("-newkey"), QStringLiteral("rsa:1024")};
const QStringList kEcP256 = {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                             QStringLiteral("ec_paramgen_curve:prime256v1")};

std::mutex &dhMutex()
{
    static std::mutex mutex;
    return mutex;
}

} // namespace

const TestPki &TestPki::instance()
{
    static TestPki pki;   // thread-safe one-time initialisation
    return pki;
}

QStringList TestPki::leafSubjectAltNames()
{
    return {QStringLiteral("DNS:localhost"), QStringLiteral("DNS:mail.test.example"),
            QStringLiteral("IP:127.0.0.1"), QStringLiteral("IP:::1")};
}

TestPki::TestPki()
    : dir_((cleanUpAfterCrashedRuns(),
            std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/mailtls-pki-XXXXXX"))))
{
    generate();
}

TestPki::~TestPki() = default;

QString TestPki::dir() const
{
    return dir_->path();
}

QString TestPki::path(const QString &name) const
{
    return dir_->filePath(name);
}

bool TestPki::openssl(const QStringList &args, const QString &step)
{
    if (!error_.isEmpty())
        return false;
    const ToolResult result = runTool(QStringLiteral("openssl"), args, {}, 60000);
    if (!result.ok()) {
        error_ = QStringLiteral("test PKI: %1 failed: %2").arg(step, result.describe());
        return false;
    }
    return true;
}

bool TestPki::writeFile(const QString &name, const QByteArray &content, QString *outPath)
{
    if (!error_.isEmpty())
        return false;
    const QString filePath = path(name);
    QFile file(filePath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
        error_ = QStringLiteral("test PKI: cannot write %1: %2").arg(filePath, file.errorString());
        return false;
    }
    file.close();
    ::chmod(QFile::encodeName(filePath).constData(), 0644);
    if (outPath)
        *outPath = filePath;
    return true;
}

bool TestPki::concatenate(const QStringList &parts, const QString &name, QString *outPath)
{
    QByteArray content;
    for (const QString &part : parts) {
        QFile file(part);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error_.isEmpty())
                error_ = QStringLiteral("test PKI: cannot read %1").arg(part);
            return false;
        }
        QByteArray pem = file.readAll();
        if (!pem.endsWith('\n'))
            pem += '\n';
        content += pem;
    }
    return writeFile(name, content, outPath);
}

bool TestPki::makeLeaf(const QString &name, const QStringList &newKeyArgs, const QString &subject,
                       const QString &extensions, const QString &issuerCert, const QString &issuerKey,
                       LeafFiles *out)
{
    const QString key = path(name + QStringLiteral(".key"));
    const QString cert = path(name + QStringLiteral(".pem"));
    if (issuerCert.isEmpty()) {
        // Self-signed in one step.
        if (!openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + newKeyArgs
                         + QStringList{QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                                       QStringLiteral("-out"), cert, QStringLiteral("-subj"), subject,
                                       QStringLiteral("-days"), kDays, QStringLiteral("-sha256"),
                                       QStringLiteral("-set_serial"), QString::number(nextSerial_++),
                                       QStringLiteral("-config"), configFile_,
                                       QStringLiteral("-extensions"), extensions},
                     name + QStringLiteral(" (self-signed)")))
            return false;
    } else {
        const QString csr = path(name + QStringLiteral(".csr"));
        if (!openssl(QStringList{QStringLiteral("req"), QStringLiteral("-new")} + newKeyArgs
                         + QStringList{QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                                       QStringLiteral("-out"), csr, QStringLiteral("-subj"), subject,
                                       QStringLiteral("-config"), configFile_},
                     name + QStringLiteral(" (request)")))
            return false;
        if (!openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr,
                      QStringLiteral("-CA"), issuerCert, QStringLiteral("-CAkey"), issuerKey,
                      QStringLiteral("-set_serial"), QString::number(nextSerial_++),
                      QStringLiteral("-days"), kDays, QStringLiteral("-sha256"),
                      QStringLiteral("-extfile"), configFile_, QStringLiteral("-extensions"), extensions,
                      QStringLiteral("-out"), cert},
                     name + QStringLiteral(" (signing)")))
            return false;
    }
    ::chmod(QFile::encodeName(key).constData(), 0644);
    ::chmod(QFile::encodeName(cert).constData(), 0644);
    out->certFile = cert;
    out->keyFile = key;
    out->chainFile = cert;
    return true;
}

void TestPki::generate()
{
    if (!dir_->isValid()) {
        error_ = QStringLiteral("test PKI: cannot create a temporary directory: %1").arg(dir_->errorString());
        return;
    }
    ::chmod(QFile::encodeName(dir_->path()).constData(), 0755);
    markOwnedDir(dir_->path());
    writeFile(QStringLiteral("openssl.cnf"), QByteArray(kOpensslConfig), &configFile_);

    // Root CA.
    caFile_ = path(QStringLiteral("root.pem"));
    caKeyFile_ = path(QStringLiteral("root.key"));
    openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + kRsa2048
                + QStringList{QStringLiteral("-nodes"), QStringLiteral("-keyout"), caKeyFile_,
                              QStringLiteral("-out"), caFile_, QStringLiteral("-subj"),
                              QStringLiteral("/O=MailTLS Tests/CN=MailTLS Test Root CA"),
                              QStringLiteral("-days"), kDays, QStringLiteral("-sha256"),
                              QStringLiteral("-set_serial"), QString::number(nextSerial_++),
                              QStringLiteral("-config"), configFile_, QStringLiteral("-extensions"),
                              QStringLiteral("v3_root")},
            QStringLiteral("root CA"));

    // Intermediate CA, signed by the root.
    LeafFiles intermediate;
    if (makeLeaf(QStringLiteral("intermediate"), kRsa2048,
                 QStringLiteral("/O=MailTLS Tests/CN=MailTLS Test Intermediate CA"),
                 QStringLiteral("v3_intermediate"), caFile_, caKeyFile_, &intermediate)) {
        intermediateFile_ = intermediate.certFile;
        intermediateKeyFile_ = intermediate.keyFile;
    }
    concatenate({caFile_, intermediateFile_}, QStringLiteral("ca-bundle.pem"), &caBundleFile_);

    const QString leafSubject = QStringLiteral("/O=MailTLS Tests/CN=localhost");
    if (makeLeaf(QStringLiteral("rsa-leaf"), kRsa2048, leafSubject, QStringLiteral("v3_leaf_rsa"),
                 intermediateFile_, intermediateKeyFile_, &rsaLeaf_))
        concatenate({rsaLeaf_.certFile, intermediateFile_}, QStringLiteral("rsa-chain.pem"),
                    &rsaLeaf_.chainFile);
    concatenate({intermediateFile_, rsaLeaf_.certFile}, QStringLiteral("rsa-chain-reversed.pem"),
                &rsaChainReversedFile_);
    concatenate({rsaLeaf_.certFile, intermediateFile_, caFile_}, QStringLiteral("rsa-chain-with-root.pem"),
                &rsaChainWithRootFile_);

    if (makeLeaf(QStringLiteral("ecdsa-leaf"), kEcP256, leafSubject, QStringLiteral("v3_leaf_ec"),
                 intermediateFile_, intermediateKeyFile_, &ecdsaLeaf_))
        concatenate({ecdsaLeaf_.certFile, intermediateFile_}, QStringLiteral("ecdsa-chain.pem"),
                    &ecdsaLeaf_.chainFile);

    if (makeLeaf(QStringLiteral("weak-rsa-leaf"), kRsa1024, leafSubject, QStringLiteral("v3_leaf_rsa"),
                 intermediateFile_, intermediateKeyFile_, &weakRsaLeaf_))
        concatenate({weakRsaLeaf_.certFile, intermediateFile_}, QStringLiteral("weak-rsa-chain.pem"),
                    &weakRsaLeaf_.chainFile);

    makeLeaf(QStringLiteral("self-signed-leaf"), kRsa2048,
             QStringLiteral("/O=MailTLS Tests Self-Signed/CN=localhost"), QStringLiteral("v3_self_signed"),
             QString(), QString(), &selfSignedLeaf_);

    makeLeaf(QStringLiteral("client"), kRsa2048, QStringLiteral("/O=MailTLS Tests/CN=MailTLS Test Client"),
             QStringLiteral("v3_client"), caFile_, caKeyFile_, &clientCert_);
}

QString TestPki::dhParam1024File() const
{
    std::lock_guard<std::mutex> lock(dhMutex());
    if (!dhParam1024File_.isEmpty() || !error_.isEmpty())
        return dhParam1024File_;
    const QString file = dir_->filePath(QStringLiteral("dh1024.pem"));
    const ToolResult result = runTool(QStringLiteral("openssl"),
                                      {QStringLiteral("dhparam"), QStringLiteral("-out"), file,
                                       QStringLiteral("1024")},
                                      {}, 120000);
    if (!result.ok()) {
        error_ = QStringLiteral("test PKI: dhparam 1024 failed: %1").arg(result.describe());
        return {};
    }
    ::chmod(QFile::encodeName(file).constData(), 0644);
    dhParam1024File_ = file;
    return dhParam1024File_;
}

} // namespace mailtls::test
