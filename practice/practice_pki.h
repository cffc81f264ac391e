#pragma once

// The practice server's throwaway certificates, made at run time with core/pki:
//
//   MailTLS Practice Root CA (RSA 2048, 10 years; the one certificate to trust, ca.pem)
//    └ MailTLS Practice Intermediate CA
//        ├ leaf RSA 2048 "localhost"      (valid now, 90 days)
//        ├ leaf ECDSA P-256 "localhost"   (valid now, 90 days)
//        ├ leaf RSA "localhost"           (expired ten days ago)
//        ├ client certificate             (for client-cert-required: client.pem / client.key)
//        └ MailTLS Practice Issuing CA
//            └ leaf RSA "localhost"       (misordered-chain serves: leaf, Intermediate, Issuing)
//   a self-signed RSA leaf "localhost"
//
// Every leaf names DNS:localhost, IP:127.0.0.1 and IP:::1, so a session to 127.0.0.1 that trusts
// ca.pem verifies without hostname findings. Made once and shared while anyone holds it; the
// directory (0700) holding ca.pem and the client pair is removed when the last holder lets go.

#include <QString>

#include <memory>

#include "pki/private_key.h"
#include "x509/certificate.h"

namespace mailtls::core {

struct PracticeIdentity {
    Certificate certificate;
    PrivateKey key;
    CertificateChain chain;   // what follows the certificate on the wire, in that order
};

class PracticePki
{
public:
    // The process's current set, created on first use (about a second: five RSA keys).
    // Thread-safe. nullptr with *error when generation or writing the files failed.
    static std::shared_ptr<const PracticePki> shared(QString *error);

    ~PracticePki();
    PracticePki(const PracticePki &) = delete;
    PracticePki &operator=(const PracticePki &) = delete;

    QString dir() const { return dir_; }
    QString caFile() const;           // the practice root, PEM: pass as --ca-file / caFile
    QString clientCertFile() const;   // client certificate + intermediate, PEM
    QString clientKeyFile() const;    // its key, PEM, 0600

    Certificate root() const { return root_.certificate; }
    Certificate intermediate() const { return intermediate_.certificate; }

    const PracticeIdentity &rsaLeaf() const { return rsaLeaf_; }
    const PracticeIdentity &ecdsaLeaf() const { return ecdsaLeaf_; }
    const PracticeIdentity &expiredLeaf() const { return expiredLeaf_; }
    const PracticeIdentity &selfSignedLeaf() const { return selfSignedLeaf_; }
    const PracticeIdentity &misorderedLeaf() const { return misorderedLeaf_; }

    qint64 generationMs() const { return generationMs_; }

private:
    PracticePki() = default;
    bool generate(QString *error);

    QString dir_;
    PracticeIdentity root_;
    PracticeIdentity intermediate_;
    PracticeIdentity issuing_;
    PracticeIdentity rsaLeaf_;
    PracticeIdentity ecdsaLeaf_;
    PracticeIdentity expiredLeaf_;
    PracticeIdentity selfSignedLeaf_;
    PracticeIdentity misorderedLeaf_;
    PracticeIdentity client_;
    qint64 generationMs_ = 0;
};

} // namespace mailtls::core
