#include "pki/certificate_request.h"

#include "ossl/error.h"
#include "ossl/handles.h"
#include "x509/bio_output.h"

#include <QFile>
#include <QFileInfo>

#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace mailtls::core {

namespace {

void freeExtensions(STACK_OF(X509_EXTENSION) * exts)
{
    sk_X509_EXTENSION_pop_free(exts, X509_EXTENSION_free);
}
using ExtensionStackPtr = std::unique_ptr<STACK_OF(X509_EXTENSION), ossl::Deleter<STACK_OF(X509_EXTENSION), freeExtensions>>;
using X509NamePtr = std::unique_ptr<X509_NAME, ossl::Deleter<X509_NAME, X509_NAME_free>>;

} // namespace

CertificateRequest CertificateRequest::create(const PrivateKey &key, const SubjectName &subject,
                                              const SubjectAltNames &altNames, Error *error)
{
    CertificateRequest request;
    if (key.isNull()) {
        fail(error, ErrorKind::Usage, phrase("Errors", "no key for the request"));
        return request;
    }
    if (subject.isEmpty() && altNames.isEmpty()) {
        fail(error, ErrorKind::Usage, phrase("Errors", "a request needs a subject (--cn) or SANs (--san)"));
        return request;
    }
    ossl::X509ReqPtr req(X509_REQ_new());
    X509NamePtr name(subject.toX509Name());
    if (!req || !name || X509_REQ_set_version(req.get(), X509_REQ_VERSION_1) != 1
        || X509_REQ_set_subject_name(req.get(), name.get()) != 1 || X509_REQ_set_pubkey(req.get(), key.handle()) != 1) {
        fail(error, ossl::drainErrors(phrase("Errors", "building the request")));
        return request;
    }
    if (!altNames.isEmpty()) {
        ossl::GeneralNamesPtr names(altNames.toGeneralNames());
        ExtensionStackPtr exts(sk_X509_EXTENSION_new_null());
        X509_EXTENSION *san = names ? X509V3_EXT_i2d(NID_subject_alt_name, 0, names.get()) : nullptr;
        if (!san || !exts || sk_X509_EXTENSION_push(exts.get(), san) == 0) {
            X509_EXTENSION_free(san);
            fail(error, ossl::drainErrors(phrase("Errors", "adding the SAN request")));
            return request;
        }
        if (X509_REQ_add_extensions(req.get(), exts.get()) != 1) {
            fail(error, ossl::drainErrors(phrase("Errors", "adding the SAN request")));
            return request;
        }
    }
    const EVP_MD *md = key.signsWithoutDigest() ? nullptr : EVP_sha256();
    if (X509_REQ_sign(req.get(), key.handle(), md) <= 0) {
        fail(error, ossl::drainErrors(phrase("Errors", "signing the request")));
        return request;
    }
    request.req_.reset(req.release(), X509_REQ_free);
    return request;
}

CertificateRequest CertificateRequest::fromData(const QByteArray &data, const QString &sourceName, Error *error)
{
    CertificateRequest request;
    const Phrase source = sourceName.isEmpty() ? phrase("Errors", "the request") : Phrase(sourceName);
    X509_REQ *req = nullptr;
    if (data.contains("-----BEGIN")) {
        ossl::BioPtr bio(BIO_new_mem_buf(data.constData(), int(data.size())));
        req = bio ? PEM_read_bio_X509_REQ(bio.get(), nullptr, nullptr, nullptr) : nullptr;
    } else {
        const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
        req = d2i_X509_REQ(nullptr, &p, long(data.size()));
    }
    ossl::drainErrors();
    if (!req) {
        fail(error, ErrorKind::BadFormat,
             phrase("Errors", "%1 holds no certificate request (PEM \"CERTIFICATE REQUEST\" or DER expected)").arg(source));
        return request;
    }
    request.req_.reset(req, X509_REQ_free);
    return request;
}

CertificateRequest CertificateRequest::fromFile(const QString &path, Error *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, ErrorKind::FileUnreadable, phrase("Errors", "cannot read %1: %2").arg(path, file.errorString()));
        return CertificateRequest();
    }
    return fromData(file.readAll(), QFileInfo(path).fileName(), error);
}

SubjectName CertificateRequest::subject() const
{
    return req_ ? SubjectName::fromX509Name(X509_REQ_get_subject_name(req_.get())) : SubjectName();
}

SubjectAltNames CertificateRequest::requestedAltNames() const
{
    if (!req_)
        return SubjectAltNames();
    ExtensionStackPtr exts(X509_REQ_get_extensions(req_.get()));
    ossl::drainErrors();
    if (!exts)
        return SubjectAltNames();
    ossl::GeneralNamesPtr names(
        static_cast<GENERAL_NAMES *>(X509V3_get_d2i(exts.get(), NID_subject_alt_name, nullptr, nullptr)));
    ossl::drainErrors();
    return SubjectAltNames::fromGeneralNames(names.get());
}

EVP_PKEY *CertificateRequest::publicKey() const
{
    return req_ ? X509_REQ_get0_pubkey(req_.get()) : nullptr;
}

KeyInfo CertificateRequest::keyInfo() const
{
    return keyInfoOf(publicKey());
}

bool CertificateRequest::signatureValid() const
{
    EVP_PKEY *key = publicKey();
    const bool ok = key && X509_REQ_verify(req_.get(), key) == 1;
    ossl::drainErrors();
    return ok;
}

QByteArray CertificateRequest::toPem() const
{
    return req_ ? bioOutput([this](BIO *bio) { return PEM_write_bio_X509_REQ(bio, req_.get()) == 1; }) : QByteArray();
}

} // namespace mailtls::core
