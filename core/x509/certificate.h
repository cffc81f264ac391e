#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

#include "x509/key_info.h"

typedef struct x509_st X509;

namespace mailtls::core {

// basicConstraints as written in the certificate.
struct BasicConstraints {
    bool present = false;   // the extension is there at all
    bool critical = false;
    bool ca = false;
    int pathLength = -1;    // -1: no pathLenConstraint
};

// One X.509 v3 extension, decoded the way `openssl x509 -text` prints it.
struct CertificateExtension {
    QString name;       // long name, e.g. "X509v3 Subject Key Identifier", or the dotted OID
    QString oid;        // dotted OID
    bool critical = false;
    QString value;      // multi-line text; empty when OpenSSL cannot decode it
};

// Immutable certificate value; copies share one X509 (reference counted via X509_up_ref).
class Certificate
{
public:
    Certificate() = default;
    // Takes a new reference (X509_up_ref); the caller keeps its own.
    static Certificate fromX509(X509 *x509);
    static Certificate fromDer(const QByteArray &der);
    // Every certificate found in PEM text, in file order. Garbage yields an empty list.
    static QList<Certificate> listFromPem(const QByteArray &pem);

    bool isNull() const { return !x509_; }
    X509 *handle() const { return x509_.get(); }

    QString subject() const;        // one-line RFC 2253-ish: "CN=mail.example.org,O=Example"
    QString issuer() const;
    QString commonName() const;     // last CN of the subject, empty if none
    QStringList commonNames() const; // every CN of the subject, in certificate order
    QString serialHex() const;      // upper-case hex without separators, e.g. "0A1B"
    QDateTime notBefore() const;    // UTC
    QDateTime notAfter() const;     // UTC
    KeyInfo key() const;
    QString signatureAlgorithm() const; // OpenSSL long name, e.g. "sha256WithRSAEncryption"
    QString signatureDigest() const;    // "SHA256", "SHA1", "MD5"; empty for Ed25519 etc.
    QStringList subjectAltNames() const; // "DNS:mail.example.org", "IP:127.0.0.1", "email:..."
    QStringList dnsNames() const;        // DNS SANs only, as written
    QString sha256Fingerprint() const;   // colon-separated upper-case hex
    QString subjectHash() const;         // 8 lower-case hex digits, as `openssl x509 -hash`
    QString issuerHash() const;          // same algorithm over the issuer name
    bool isSelfSigned() const;           // subject == issuer and the signature verifies with own key
    bool isCa() const;                   // basicConstraints CA:TRUE
    int version() const;                 // 1, 2, 3
    QByteArray toDer() const;
    QByteArray toPem() const;
    // Whether `issuerCandidate` issued this certificate (names match and signature verifies).
    bool isIssuedBy(const Certificate &issuerCandidate) const;
    // Extensions, decoded. Each list is empty (each struct not present) when the certificate
    // lacks that extension.
    BasicConstraints basicConstraints() const;
    QStringList keyUsage() const;          // RFC 5280 names: "digitalSignature", "keyEncipherment", ...
    bool keyUsageCritical() const;
    QStringList extendedKeyUsage() const;  // "serverAuth", "clientAuth", ... or the dotted OID
    QStringList ocspUrls() const;          // authorityInfoAccess OCSP locations
    QStringList caIssuerUrls() const;      // authorityInfoAccess caIssuers locations
    QStringList crlDistributionPoints() const; // URIs (other names as "DirName:..." etc.)
    QString subjectKeyIdentifier() const;  // colon-separated upper-case hex
    QString authorityKeyIdentifier() const; // keyIdentifier of the AKI, same form
    QList<CertificateExtension> extensions() const; // every extension, in certificate order
    QString publicKeySha256() const;       // SHA-256 of the SubjectPublicKeyInfo (DER), colon hex

    // `openssl x509 -text`-like dump, for the details pane.
    QString toText() const;

    bool operator==(const Certificate &other) const;
    bool operator!=(const Certificate &other) const { return !(*this == other); }

private:
    std::shared_ptr<X509> x509_;
};

using CertificateChain = QList<Certificate>;

} // namespace mailtls::core
