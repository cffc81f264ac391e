#include "x509/trust_store.h"

#include "ossl/error.h"
#include "ossl/handles.h"

#include <QByteArray>
#include <QFile>
#include <QFileInfo>

#include <openssl/x509.h>

namespace mailtls::core {

namespace {

// OpenSSL's default path, or the environment override OpenSSL itself would honour.
QString defaultLocation(const char *envName, const char *builtIn)
{
    const QByteArray env = qgetenv(envName);
    return QFile::decodeName(env.isEmpty() ? QByteArray(builtIn) : env);
}

// Debian's /usr/lib/ssl/certs is a symlink to /etc/ssl/certs; users know the latter.
QString displayPath(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return canonical.isEmpty() ? path : canonical;
}

} // namespace

TrustStore TrustStore::systemDefault()
{
    TrustStore store;
    store.kind_ = Kind::System;
    store.path_ = defaultLocation(X509_get_default_cert_dir_env(), X509_get_default_cert_dir());
    return store;
}

TrustStore TrustStore::fromFile(const QString &path, Error *error)
{
    auto refuse = [&](ErrorKind kind, const Phrase &reason) {
        fail(error, kind, phrase("Errors", "CA file %1: %2").arg(path).arg(reason));
        return TrustStore();
    };
    if (path.isEmpty())
        return refuse(ErrorKind::Usage, phrase("Errors", "no file name given"));
    QFile file(path);
    if (!QFileInfo(path).isFile())
        return refuse(ErrorKind::FileUnreadable, QFileInfo::exists(path) ? phrase("Errors", "not a regular file")
                                                                         : phrase("Errors", "no such file"));
    if (!file.open(QIODevice::ReadOnly))
        return refuse(ErrorKind::FileUnreadable, phrase("Errors", "cannot read: %1").arg(file.errorString()));
    const QByteArray pem = file.readAll();
    const QList<Certificate> certs = Certificate::listFromPem(pem);
    if (certs.isEmpty())
        return refuse(ErrorKind::BadFormat,
                      phrase("Errors", "contains no PEM certificate (expected \"-----BEGIN CERTIFICATE-----\" blocks)"));

    TrustStore store;
    store.kind_ = Kind::File;
    store.path_ = path;
    store.anchors_ = certs;
    if (error)
        *error = Error();
    return store;
}

TrustStore TrustStore::fromCertificates(const QList<Certificate> &anchors, const QString &description)
{
    TrustStore store;
    store.kind_ = Kind::Certificates;
    store.description_ = description.isEmpty() ? QStringLiteral("%1 given certificates").arg(anchors.size())
                                                : description;
    for (const Certificate &cert : anchors) {
        if (!cert.isNull())
            store.anchors_ << cert;
    }
    return store;
}

QString TrustStore::description() const
{
    switch (kind_) {
    case Kind::System: return QStringLiteral("system trust store (%1)").arg(displayPath(path_));
    case Kind::File: return QStringLiteral("CA file %1").arg(path_);
    case Kind::Certificates: return description_;
    case Kind::Invalid: break;
    }
    return QStringLiteral("no trust store");
}

QList<Certificate> TrustStore::anchors() const
{
    if (kind_ != Kind::System)
        return anchors_;
    QFile bundle(defaultLocation(X509_get_default_cert_file_env(), X509_get_default_cert_file()));
    if (!bundle.open(QIODevice::ReadOnly))
        return {};
    return Certificate::listFromPem(bundle.readAll());
}

X509_STORE *TrustStore::createStore() const
{
    if (kind_ == Kind::Invalid)
        return nullptr;
    ossl::X509StorePtr store(X509_STORE_new());
    if (!store) {
        ossl::drainErrors();
        return nullptr;
    }
    if (kind_ == Kind::System) {
        X509_STORE *shared = sharedSystemStore();
        if (shared)
            X509_STORE_up_ref(shared);
        return shared;
    }
    if (kind_ == Kind::File && X509_STORE_load_file(store.get(), QFile::encodeName(path_).constData()) == 1) {
        ossl::drainErrors();
        return store.release();
    }
    // A CA file that vanished or changed since fromFile(): fall back to what we parsed then.
    ossl::drainErrors();
    for (const Certificate &cert : anchors_) {
        // Duplicates are reported as errors by older OpenSSL releases; they are harmless.
        X509_STORE_add_cert(store.get(), cert.handle());
    }
    ossl::drainErrors();
    return store.release();
}

X509_STORE *sharedSystemStore()
{
    static X509_STORE *const store = [] {
        X509_STORE *s = X509_STORE_new();
        // Missing default locations are not fatal: the store is then simply empty.
        if (s)
            X509_STORE_set_default_paths(s);
        ossl::drainErrors();
        return s;
    }();
    return store;
}

} // namespace mailtls::core
