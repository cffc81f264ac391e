#include "pki/mini_ca.h"

#include "base/save_file.h"
#include "ossl/error.h"
#include "pki/output_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>

#include <openssl/bn.h>

namespace mailtls::core {

namespace {

const char kCertName[] = "ca.pem";
const char kKeyName[] = "ca.key";
const char kChainName[] = "chain.pem";
const char kSerialName[] = "serial";
const char kIndexName[] = "index.txt";
const char kConfigName[] = "ca.json";
const char kIndexHeader[] = "# issued_at\tserial\tnot_before\tnot_after\tusage\tsubject\tsubject_alt_names\n";
// The first serial a new CA hands out; leaves stay clear of the CA's own random serial.
const char kFirstSerial[] = "1000";

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

bool saveAtomically(const QString &path, const QByteArray &content, Error *error)
{
    Error why;
    if (saveFileAtomically(path, content, &why))
        return true;
    return fail(error, ErrorKind::FileUnwritable, phrase("Errors", "cannot write %1: %2").arg(path).arg(messageOf(why)));
}

QByteArray readFile(const QString &path, Error *error, bool *ok)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *ok = fail(error, ErrorKind::FileUnreadable, phrase("Errors", "cannot read %1: %2").arg(path, file.errorString()));
        return QByteArray();
    }
    *ok = true;
    return file.readAll();
}

} // namespace

QString MiniCa::certificateFile() const { return QDir(dir_).filePath(QLatin1String(kCertName)); }
QString MiniCa::keyFile() const { return QDir(dir_).filePath(QLatin1String(kKeyName)); }
QString MiniCa::chainFile() const { return QDir(dir_).filePath(QLatin1String(kChainName)); }
QString MiniCa::serialFile() const { return QDir(dir_).filePath(QLatin1String(kSerialName)); }
QString MiniCa::indexFile() const { return QDir(dir_).filePath(QLatin1String(kIndexName)); }
QString MiniCa::configFile() const { return QDir(dir_).filePath(QLatin1String(kConfigName)); }

MiniCa MiniCa::create(const QString &dir, const CaInitOptions &options, Error *error)
{
    return createIn(dir, options, nullptr, error);
}

MiniCa MiniCa::createSubordinate(const QString &dir, MiniCa &parent, const CaInitOptions &options, Error *error)
{
    if (parent.isNull()) {
        fail(error, ErrorKind::Usage, phrase("Errors", "no parent CA"));
        return MiniCa();
    }
    return createIn(dir, options, &parent, error);
}

MiniCa MiniCa::createIn(const QString &dir, const CaInitOptions &options, MiniCa *parent, Error *error)
{
    MiniCa ca;
    ca.dir_ = QDir(dir).absolutePath();
    ca.keyType_ = options.keyType;
    ca.defaultLeafDays_ = options.defaultLeafDays;
    if (options.subject.value(QStringLiteral("CN")).isEmpty()) {
        fail(error, ErrorKind::Usage, phrase("Errors", "a CA needs a name (--cn \"Example Mail CA\")"));
        return MiniCa();
    }
    if (QFileInfo::exists(ca.certificateFile()) || QFileInfo::exists(ca.keyFile())) {
        fail(error, ErrorKind::FileExists,
             phrase("Errors", "%1 already holds a CA (%2); choose another directory").arg(dir, QLatin1String(kCertName)));
        return MiniCa();
    }
    if (QFileInfo(dir).exists() && !QFileInfo(dir).isDir()) {
        fail(error, ErrorKind::FileUnwritable, phrase("Errors", "cannot create CA directory %1: a file of that name exists").arg(dir));
        return MiniCa();
    }
    const bool dirExisted = QFileInfo(dir).isDir();
    if (!dirExisted && !QDir().mkpath(ca.dir_)) {
        fail(error, ErrorKind::FileUnwritable, phrase("Errors", "cannot create CA directory %1").arg(dir));
        return MiniCa();
    }
    auto removeNewDir = [&] {
        if (!dirExisted)
            QDir().rmdir(ca.dir_);
        return MiniCa();
    };

    ca.key_ = PrivateKey::generate(options.keyType, error);
    if (ca.key_.isNull())
        return removeNewDir();
    if (parent) {
        CaSignOptions sign;
        sign.usage = CertificateUsage::Ca;
        sign.days = options.days;
        sign.pathLength = options.pathLength < 0 ? 0 : options.pathLength;
        ca.certificate_ = parent->signKey(ca.key_.handle(), options.subject, sign, error);
    } else {
        CertificateSpec spec;
        spec.subject = options.subject;
        spec.usage = CertificateUsage::Ca;
        spec.days = options.days;
        spec.pathLength = options.pathLength;
        ca.certificate_ = CertificateFactory::selfSigned(ca.key_, spec, error);
    }
    if (ca.certificate_.isNull())
        return removeNewDir();

    QJsonObject config{{QStringLiteral("schema"), QStringLiteral("mailtls.ca/1")},
                       {QStringLiteral("subject"), ca.certificate_.subject()},
                       {QStringLiteral("key_type"), keyTypeName(options.keyType)},
                       {QStringLiteral("created_at"), isoUtc(QDateTime::currentDateTimeUtc())},
                       {QStringLiteral("default_days"), options.defaultLeafDays},
                       {QStringLiteral("key_encrypted"), !options.passphrase.isEmpty()},
                       {QStringLiteral("parent"), QJsonValue::Null}};
    if (parent) {
        ca.issuerChain_ = CertificateChain{parent->certificate()} + parent->issuerChain();
        ca.parentSubject_ = parent->certificate().subject();
        config.insert(QStringLiteral("parent"), parent->dir());
        config.insert(QStringLiteral("parent_subject"), ca.parentSubject_);
    }
    // chain.pem keeps every issuer (root included) so open() can rebuild the path; what a
    // server should send is the part below the root (servedIntermediates()).
    QByteArray chain;
    for (const Certificate &c : std::as_const(ca.issuerChain_))
        chain += c.toPem();
    const QList<OutputFile> files = {
        {ca.keyFile(), ca.key_.toPem(options.passphrase), FileSecrecy::Secret},
        {ca.certificateFile(), ca.certificate_.toPem(), FileSecrecy::Public},
        {ca.chainFile(), chain, FileSecrecy::Public},
        {ca.serialFile(), QByteArray(kFirstSerial) + '\n', FileSecrecy::Public},
        {ca.indexFile(), QByteArray(kIndexHeader), FileSecrecy::Public},
        {ca.configFile(), QJsonDocument(config).toJson(), FileSecrecy::Public},
    };
    if (!writeOutputFiles(files, false, error))
        return removeNewDir();
    return ca;
}

MiniCa MiniCa::open(const QString &dir, const QByteArray &passphrase, Error *error)
{
    MiniCa ca;
    ca.dir_ = QDir(dir).absolutePath();
    if (!QFileInfo::exists(ca.certificateFile())) {
        fail(error, ErrorKind::FileUnreadable,
             phrase("Errors", "%1 is not a CA directory (no %2; create one with 'mailtls cert ca init')")
                 .arg(dir, QLatin1String(kCertName)));
        return MiniCa();
    }
    bool ok = false;
    const QByteArray certPem = readFile(ca.certificateFile(), error, &ok);
    if (!ok)
        return MiniCa();
    const QList<Certificate> certs = Certificate::listFromPem(certPem);
    if (certs.isEmpty()) {
        fail(error, ErrorKind::BadFormat, phrase("Errors", "%1 holds no certificate").arg(ca.certificateFile()));
        return MiniCa();
    }
    const Certificate cert = certs.first();
    const PrivateKey key = PrivateKey::fromFile(ca.keyFile(), passphrase, error);
    if (key.isNull())
        return MiniCa();
    if (!key.matches(cert)) {
        fail(error, ErrorKind::KeyMismatch,
             phrase("Errors", "%1 does not belong to %2").arg(ca.keyFile(), ca.certificateFile()));
        return MiniCa();
    }
    if (!cert.isCa()) {
        fail(error, ErrorKind::BadFormat, phrase("Errors", "%1 is not a CA certificate").arg(ca.certificateFile()));
        return MiniCa();
    }
    if (QFileInfo::exists(ca.chainFile())) {
        const QByteArray chain = readFile(ca.chainFile(), error, &ok);
        if (!ok)
            return MiniCa();
        ca.issuerChain_ = Certificate::listFromPem(chain);
    }
    QFile config(ca.configFile());
    if (config.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(config.readAll()).object();
        ca.defaultLeafDays_ = o.value(QStringLiteral("default_days")).toInt(365);
        if (const auto type = keyTypeFromName(o.value(QStringLiteral("key_type")).toString(), true))
            ca.keyType_ = *type;
        ca.parentSubject_ = o.value(QStringLiteral("parent_subject")).toString();
    }
    ca.certificate_ = cert;
    ca.key_ = key;
    return ca;
}

CertificateChain MiniCa::servedIntermediates() const
{
    CertificateChain chain;
    for (const Certificate &c : CertificateChain{certificate_} + issuerChain_)
        if (!c.isSelfSigned())
            chain << c;
    return chain;
}

QString MiniCa::nextSerialHex(Error *error) const
{
    bool ok = false;
    const QByteArray text = readFile(serialFile(), error, &ok).trimmed();
    if (!ok)
        return QString();
    return QString::fromLatin1(text).toUpper();
}

bool MiniCa::takeSerial(QByteArray *serial, Error *error)
{
    bool ok = false;
    const QByteArray text = readFile(serialFile(), error, &ok).trimmed();
    if (!ok)
        return false;
    BIGNUM *bn = nullptr;
    if (text.isEmpty() || BN_hex2bn(&bn, text.constData()) != text.size() || BN_is_zero(bn) || BN_is_negative(bn)) {
        BN_free(bn);
        ossl::drainErrors();
        return fail(error, ErrorKind::BadFormat,
                    phrase("Errors", "%1 does not hold a positive hex serial number").arg(serialFile()));
    }
    QByteArray bytes(BN_num_bytes(bn), '\0');
    BN_bn2bin(bn, reinterpret_cast<unsigned char *>(bytes.data()));
    BN_add_word(bn, 1);
    char *nextHex = BN_bn2hex(bn);
    const QByteArray next = QByteArray(nextHex) + '\n';
    OPENSSL_free(nextHex);
    BN_free(bn);
    // Advance first: a crash after this skips a number, never hands it out twice.
    if (!saveAtomically(serialFile(), next, error))
        return false;
    *serial = bytes;
    return true;
}

bool MiniCa::appendIndex(const Certificate &cert, CertificateUsage usage, Error *error)
{
    bool ok = false;
    QByteArray index = readFile(indexFile(), error, &ok);
    if (!ok)
        index = kIndexHeader;
    if (!index.isEmpty() && !index.endsWith('\n'))
        index += '\n';
    const QStringList fields = {isoUtc(QDateTime::currentDateTimeUtc()), cert.serialHex(), isoUtc(cert.notBefore()),
                                isoUtc(cert.notAfter()), certificateUsageName(usage), cert.subject(),
                                cert.subjectAltNames().join(QLatin1Char(','))};
    QStringList clean;
    for (QString f : fields)
        clean << f.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    index += clean.join(QLatin1Char('\t')).toUtf8() + '\n';
    return saveAtomically(indexFile(), index, error);
}

Certificate MiniCa::sign(const CertificateRequest &request, const CaSignOptions &options, Error *error)
{
    if (request.isNull()) {
        fail(error, ErrorKind::Usage, phrase("Errors", "no certificate request"));
        return Certificate();
    }
    if (!request.signatureValid()) {
        fail(error, ErrorKind::BadFormat,
             phrase("Errors", "the request's signature does not verify: it was altered or not made with its key"));
        return Certificate();
    }
    CaSignOptions effective = options;
    if (!effective.altNames)
        effective.altNames = request.requestedAltNames();
    return signKey(request.publicKey(), options.subject ? *options.subject : request.subject(), effective, error);
}

Certificate MiniCa::signKey(EVP_PKEY *publicKey, const SubjectName &subject, const CaSignOptions &options, Error *error)
{
    if (isNull()) {
        fail(error, ErrorKind::Usage, phrase("Errors", "the CA is not open"));
        return Certificate();
    }
    CertificateSpec spec;
    spec.subject = subject;
    spec.altNames = options.altNames ? *options.altNames : SubjectAltNames();
    spec.usage = options.usage;
    spec.days = options.days > 0 ? options.days : defaultLeafDays_;
    spec.notBefore = options.notBefore;
    spec.notAfter = options.notAfter;
    spec.pathLength = options.pathLength;
    // Reject a bad spec before a serial number is spent on it.
    if (!CertificateFactory::validate(spec, error))
        return Certificate();

    QLockFile lock(QDir(dir_).filePath(QStringLiteral(".lock")));
    lock.setStaleLockTime(30000);
    if (!lock.tryLock(10000)) {
        fail(error, ErrorKind::FileUnwritable,
             phrase("Errors", "the CA in %1 is busy (another signature in progress, lock file %2)").arg(dir_, QStringLiteral(".lock")));
        return Certificate();
    }
    QByteArray serial;
    if (!takeSerial(&serial, error))
        return Certificate();
    const Certificate cert = CertificateFactory::issue(publicKey, spec, certificate_, key_, serial, error);
    if (cert.isNull())
        return cert;
    if (!appendIndex(cert, options.usage, error))
        return Certificate();
    return cert;
}

} // namespace mailtls::core
