#pragma once

// A small certificate authority in one directory, for classrooms and test labs:
//
//   DIR/ca.key        the CA's private key (0600; passphrase-encrypted when one is given)
//   DIR/ca.pem        the CA certificate
//   DIR/chain.pem     the CA's own issuers, nearest first, root included (empty for a root)
//   DIR/serial        the next serial number, hex; advanced before each signature
//   DIR/index.txt     one line per issued certificate (tab-separated, see below)
//   DIR/ca.json       what this CA is: subject, key type, default days, parent, files
//
// Serial numbers are monotonic: sign() reads DIR/serial under a lock file, writes serial+1
// atomically (QSaveFile) and only then signs, so a crash can skip a number but never reuse one.
// index.txt: issued_at (ISO UTC) · serial (hex) · not_before · not_after · usage · subject · SANs.

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

#include "pki/certificate_factory.h"
#include "pki/certificate_request.h"
#include "base/error.h"
#include "pki/private_key.h"
#include "x509/certificate.h"

namespace mailtls::core {

struct CaInitOptions {
    SubjectName subject;                 // needs at least a CN
    KeyType keyType = KeyType::Rsa3072;   // RSA: verifiable by every client, even RSA-only ones
    int days = 3650;
    int pathLength = -1;                 // -1: no limit (root); subordinate CAs default to 0
    QByteArray passphrase;               // encrypt ca.key with it (empty: unencrypted)
    int defaultLeafDays = 365;           // written to ca.json for `ca sign` without --days
};

struct CaSignOptions {
    CertificateUsage usage = CertificateUsage::Server;
    int days = 0;                               // 0: the CA's default (ca.json)
    QDateTime notBefore;                        // explicit dates, e.g. in the past for tests
    QDateTime notAfter;
    std::optional<SubjectAltNames> altNames;    // replaces the SANs the request asks for
    std::optional<SubjectName> subject;         // replaces the request's subject
    int pathLength = 0;                         // usage Ca only
};

class MiniCa
{
public:
    MiniCa() = default;

    // Creates DIR (if needed) with a new key and self-signed CA certificate. Refuses when DIR
    // already holds a CA.
    static MiniCa create(const QString &dir, const CaInitOptions &options, Error *error);
    // Creates a subordinate CA in DIR, its certificate signed by `parent` (serial tracked there).
    static MiniCa createSubordinate(const QString &dir, MiniCa &parent, const CaInitOptions &options, Error *error);
    // Opens an existing CA directory.
    static MiniCa open(const QString &dir, const QByteArray &passphrase, Error *error);

    bool isNull() const { return certificate_.isNull(); }
    QString dir() const { return dir_; }
    Certificate certificate() const { return certificate_; }
    const PrivateKey &key() const { return key_; }
    CertificateChain issuerChain() const { return issuerChain_; }   // above this CA, nearest first
    int defaultLeafDays() const { return defaultLeafDays_; }
    // What a server sends after a leaf this CA signed: this CA (unless it is a root) and its
    // issuers below the root, nearest first.
    CertificateChain servedIntermediates() const;

    QString certificateFile() const;
    QString keyFile() const;
    QString chainFile() const;
    QString serialFile() const;
    QString indexFile() const;
    QString configFile() const;

    // The serial sign() would use next, as stored (hex, upper case).
    QString nextSerialHex(Error *error = nullptr) const;

    // Signs a request (its signature is checked first) with a fresh serial.
    Certificate sign(const CertificateRequest &request, const CaSignOptions &options, Error *error);
    // Same for a bare public key (no request), e.g. a key generated alongside.
    Certificate signKey(EVP_PKEY *publicKey, const SubjectName &subject, const CaSignOptions &options, Error *error);

private:
    // Both kinds of CA: a root (parent null) or one signed by `parent`.
    static MiniCa createIn(const QString &dir, const CaInitOptions &options, MiniCa *parent, Error *error);
    bool takeSerial(QByteArray *serial, Error *error);
    bool appendIndex(const Certificate &cert, CertificateUsage usage, Error *error);

    QString dir_;
    Certificate certificate_;
    PrivateKey key_;
    CertificateChain issuerChain_;
    KeyType keyType_ = KeyType::EcP384;
    int defaultLeafDays_ = 365;
    QString parentSubject_;
};

} // namespace mailtls::core
