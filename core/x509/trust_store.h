#pragma once

// The set of trust anchors a chain is verified against: the system store, or a CA file the
// user named (what a partner with a private CA would use).

#include <QList>
#include <QString>

#include <memory>

#include "base/error.h"
#include "x509/certificate.h"

typedef struct x509_store_st X509_STORE;

namespace mailtls::core {

class TrustStore
{
public:
    enum class Kind { Invalid, System, File, Certificates };

    TrustStore() = default;   // invalid: createStore() returns nullptr

    // OpenSSL's default locations (honours SSL_CERT_DIR / SSL_CERT_FILE).
    static TrustStore systemDefault();
    // A PEM file with one or more CA certificates. A missing, unreadable or certificate-free
    // file gives an invalid store and *error ("CA file PATH: reason"; kind FileUnreadable,
    // BadFormat, or Usage for an empty path).
    static TrustStore fromFile(const QString &path, Error *error);
    // Exactly these anchors (tests; a saved report; a CA the user just made).
    static TrustStore fromCertificates(const QList<Certificate> &anchors, const QString &description);

    bool isValid() const { return kind_ != Kind::Invalid; }
    Kind kind() const { return kind_; }
    // "system trust store (/etc/ssl/certs)" or "CA file /path/ca.pem".
    QString description() const;
    // The anchors as certificates. For the system store they are read from OpenSSL's default
    // CA bundle file on each call (may be empty where only a hashed directory exists).
    QList<Certificate> anchors() const;
    // An X509_STORE with these anchors that the caller holds one reference to (wrap in
    // ossl::X509StorePtr) and must not change: for the system store it is the process's shared
    // one (sharedSystemStore()), for a CA file a new one. nullptr when the store is invalid or
    // OpenSSL fails.
    X509_STORE *createStore() const;

private:
    Kind kind_ = Kind::Invalid;
    QString path_;          // CA file, or the system certificate directory
    QString description_;   // Certificates only
    QList<Certificate> anchors_;   // File and Certificates
};

// OpenSSL's default locations (the CA bundle file and the hashed directory) loaded once per
// process into one store, shared by every TLS connection and chain check that uses the system
// trust: reading the bundle (~140 certificates) per connection cost a fleet run most of its
// CPU. Never freed; never to be changed (X509_STORE locks itself for concurrent lookups).
// nullptr only when OpenSSL cannot allocate; missing locations leave it empty (all untrusted).
X509_STORE *sharedSystemStore();

} // namespace mailtls::core
