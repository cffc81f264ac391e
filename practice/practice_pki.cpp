#include "practice/practice_pki.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <mutex>

#include "pki/certificate_factory.h"
#include "pki/output_file.h"
#include "x509/subject_alt_names.h"
#include "pki/subject_name.h"

namespace mailtls::core {

namespace {

const char *const kLeafNames = "DNS:localhost,IP:127.0.0.1,IP:::1";

SubjectName subject(const QString &commonName)
{
    SubjectName name;
    name.append(QStringLiteral("CN"), commonName, nullptr);
    name.append(QStringLiteral("O"), QStringLiteral("MailTLS Workbench practice (throwaway)"), nullptr);
    return name;
}

bool failWith(QString *error, const QString &what, const Error &pkiError)
{
    if (error)
        *error = QStringLiteral("practice certificates: %1: %2").arg(what, pkiError.message);
    return false;
}

} // namespace

std::shared_ptr<const PracticePki> PracticePki::shared(QString *error)
{
    static std::mutex mutex;
    static std::weak_ptr<const PracticePki> current;
    const std::lock_guard<std::mutex> lock(mutex);
    if (std::shared_ptr<const PracticePki> existing = current.lock())
        return existing;
    std::shared_ptr<PracticePki> made(new PracticePki);
    if (!made->generate(error))
        return nullptr;
    current = made;
    return made;
}

PracticePki::~PracticePki()
{
    if (!dir_.isEmpty())
        QDir(dir_).removeRecursively();
}

QString PracticePki::caFile() const { return QDir(dir_).filePath(QStringLiteral("ca.pem")); }
QString PracticePki::clientCertFile() const { return QDir(dir_).filePath(QStringLiteral("client.pem")); }
QString PracticePki::clientKeyFile() const { return QDir(dir_).filePath(QStringLiteral("client.key")); }

bool PracticePki::generate(QString *error)
{
    QElapsedTimer timer;
    timer.start();
    Error pkiError;
    const auto key = [&pkiError](KeyType type) { return PrivateKey::generate(type, &pkiError); };

    // Root and CAs.
    CertificateSpec caSpec;
    caSpec.usage = CertificateUsage::Ca;
    caSpec.subject = subject(QStringLiteral("MailTLS Practice Root CA"));
    caSpec.days = 3650;
    root_.key = key(KeyType::Rsa2048);
    if (root_.key.isNull())
        return failWith(error, QStringLiteral("root key"), pkiError);
    root_.certificate = CertificateFactory::selfSigned(root_.key, caSpec, &pkiError);
    if (root_.certificate.isNull())
        return failWith(error, QStringLiteral("root certificate"), pkiError);

    const auto issue = [&pkiError](PracticeIdentity *out, const PracticeIdentity &issuer, const CertificateSpec &spec) {
        out->certificate = CertificateFactory::issue(out->key.handle(), spec, issuer.certificate, issuer.key,
                                                     CertificateFactory::randomSerial(), &pkiError);
        return !out->certificate.isNull();
    };

    caSpec.subject = subject(QStringLiteral("MailTLS Practice Intermediate CA"));
    caSpec.days = 1825;
    intermediate_.key = key(KeyType::Rsa2048);
    if (intermediate_.key.isNull() || !issue(&intermediate_, root_, caSpec))
        return failWith(error, QStringLiteral("intermediate CA"), pkiError);

    caSpec.subject = subject(QStringLiteral("MailTLS Practice Issuing CA"));
    issuing_.key = key(KeyType::EcP256);   // any key type will do for a CA; EC is quick to make
    if (issuing_.key.isNull() || !issue(&issuing_, intermediate_, caSpec))
        return failWith(error, QStringLiteral("issuing CA"), pkiError);

    // Server leaves.
    CertificateSpec leafSpec;
    leafSpec.usage = CertificateUsage::Server;
    leafSpec.subject = subject(QStringLiteral("localhost"));
    leafSpec.altNames = SubjectAltNames::parse(QString::fromLatin1(kLeafNames), nullptr);
    leafSpec.days = 90;

    rsaLeaf_.key = key(KeyType::Rsa2048);
    if (rsaLeaf_.key.isNull() || !issue(&rsaLeaf_, intermediate_, leafSpec))
        return failWith(error, QStringLiteral("RSA server certificate"), pkiError);
    rsaLeaf_.chain = {intermediate_.certificate};

    ecdsaLeaf_.key = key(KeyType::EcP256);
    if (ecdsaLeaf_.key.isNull() || !issue(&ecdsaLeaf_, intermediate_, leafSpec))
        return failWith(error, QStringLiteral("ECDSA server certificate"), pkiError);
    ecdsaLeaf_.chain = {intermediate_.certificate};

    // The same key as the good RSA leaf: an expired certificate that was never renewed.
    CertificateSpec expiredSpec = leafSpec;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    expiredSpec.notBefore = now.addDays(-100);
    expiredSpec.notAfter = now.addDays(-10);
    expiredLeaf_.key = rsaLeaf_.key;
    if (!issue(&expiredLeaf_, intermediate_, expiredSpec))
        return failWith(error, QStringLiteral("expired server certificate"), pkiError);
    expiredLeaf_.chain = {intermediate_.certificate};

    selfSignedLeaf_.key = rsaLeaf_.key;
    selfSignedLeaf_.certificate = CertificateFactory::selfSigned(selfSignedLeaf_.key, leafSpec, &pkiError);
    if (selfSignedLeaf_.certificate.isNull())
        return failWith(error, QStringLiteral("self-signed server certificate"), pkiError);

    // Issued by the Issuing CA, served with its two CAs swapped: the classic concatenated bundle
    // in the wrong order.
    misorderedLeaf_.key = rsaLeaf_.key;
    if (!issue(&misorderedLeaf_, issuing_, leafSpec))
        return failWith(error, QStringLiteral("misordered-chain server certificate"), pkiError);
    misorderedLeaf_.chain = {intermediate_.certificate, issuing_.certificate};

    // A client certificate for client-cert-required.
    CertificateSpec clientSpec;
    clientSpec.usage = CertificateUsage::Client;
    clientSpec.subject = subject(QStringLiteral("MailTLS practice client"));
    clientSpec.days = 90;
    client_.key = key(KeyType::EcP256);
    if (client_.key.isNull() || !issue(&client_, intermediate_, clientSpec))
        return failWith(error, QStringLiteral("client certificate"), pkiError);
    client_.chain = {intermediate_.certificate};

    // Files: a private directory (QTemporaryDir makes it 0700) that outlives the QTemporaryDir
    // object; the destructor removes it.
    QTemporaryDir tmp(QDir(QDir::tempPath()).filePath(QStringLiteral("mailtls-practice-XXXXXX")));
    if (!tmp.isValid()) {
        if (error)
            *error = QStringLiteral("practice certificates: cannot create a temporary directory in %1: %2")
                         .arg(QDir::tempPath(), tmp.errorString());
        return false;
    }
    tmp.setAutoRemove(false);
    dir_ = tmp.path();
    QFile::setPermissions(dir_, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QList<OutputFile> files{
        {caFile(), root_.certificate.toPem(), FileSecrecy::Public},
        {clientCertFile(), client_.certificate.toPem() + intermediate_.certificate.toPem(), FileSecrecy::Public},
        {clientKeyFile(), client_.key.toPem(), FileSecrecy::Secret},
    };
    if (!writeOutputFiles(files, false, &pkiError))
        return failWith(error, QStringLiteral("writing %1").arg(dir_), pkiError);
    generationMs_ = timer.elapsed();
    return true;
}

} // namespace mailtls::core
