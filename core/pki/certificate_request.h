#pragma once

// A PKCS#10 certificate signing request: made from a key, a subject and the SANs to request
// (as an extensionRequest attribute), or read from PEM/DER for a CA to sign.

#include <QByteArray>
#include <QString>

#include <memory>

#include "base/error.h"
#include "pki/private_key.h"
#include "x509/subject_alt_names.h"
#include "pki/subject_name.h"

typedef struct X509_req_st X509_REQ;

namespace mailtls::core {

class CertificateRequest
{
public:
    CertificateRequest() = default;

    // Signed with SHA-256 (Ed25519: no digest). A request needs a subject or SANs.
    static CertificateRequest create(const PrivateKey &key, const SubjectName &subject,
                                     const SubjectAltNames &altNames, Error *error);
    static CertificateRequest fromData(const QByteArray &data, const QString &sourceName, Error *error);
    static CertificateRequest fromFile(const QString &path, Error *error);

    bool isNull() const { return !req_; }
    X509_REQ *handle() const { return req_.get(); }

    SubjectName subject() const;
    SubjectAltNames requestedAltNames() const;
    KeyInfo keyInfo() const;
    EVP_PKEY *publicKey() const;   // owned by the request
    bool signatureValid() const;   // the requester holds the private key
    QByteArray toPem() const;

private:
    std::shared_ptr<X509_REQ> req_;
};

} // namespace mailtls::core
