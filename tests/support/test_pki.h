#pragma once

// A throwaway PKI made with the `openssl` CLI the first time a test asks for it, shared by every
// test in the process and deleted at exit. Every file is world-readable (0644 in a 0755
// directory) because Exim reads its certificate after dropping to the Debian-exim user.
// These keys protect nothing; never reuse them outside tests.
//
//   root CA ("MailTLS Test Root CA", RSA 2048)
//    ├── intermediate CA ("MailTLS Test Intermediate CA", RSA 2048)
//    │    ├── rsaLeaf       RSA 2048, CN=localhost
//    │    ├── ecdsaLeaf     ECDSA P-256, CN=localhost
//    │    └── weakRsaLeaf   RSA 1024, CN=localhost
//    └── clientCert        RSA 2048, CN=MailTLS Test Client (clientAuth)
//   selfSignedLeaf         RSA 2048, CN=localhost, its own issuer
//
// Every server leaf carries SANs DNS:localhost, DNS:mail.test.example, IP:127.0.0.1, IP:::1.

#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace mailtls::test {

// The files of one end-entity certificate.
struct LeafFiles {
    QString certFile;   // the leaf alone (PEM)
    QString keyFile;    // its private key (unencrypted PKCS#8 PEM)
    QString chainFile;  // what a server should serve: leaf first, then the intermediate
                        // (just the leaf for the self-signed one and the client certificate)
};

class TestPki
{
public:
    // The process-wide PKI, generated on first use (about a second). Check ok() once.
    static const TestPki &instance();

    ~TestPki();
    TestPki(const TestPki &) = delete;
    TestPki &operator=(const TestPki &) = delete;

    bool ok() const { return error_.isEmpty(); }
    QString error() const { return error_; }   // which openssl step failed, with its output
    QString dir() const;

    static QString leafCommonName() { return QStringLiteral("localhost"); }
    static QStringList leafSubjectAltNames();    // as OpenSSL prints them: "DNS:localhost", ...

    QString caFile() const { return caFile_; }                 // the root certificate only
    QString caKeyFile() const { return caKeyFile_; }
    QString intermediateFile() const { return intermediateFile_; }
    QString intermediateKeyFile() const { return intermediateKeyFile_; }
    QString caBundleFile() const { return caBundleFile_; }     // root + intermediate

    LeafFiles rsaLeaf() const { return rsaLeaf_; }
    LeafFiles ecdsaLeaf() const { return ecdsaLeaf_; }
    LeafFiles weakRsaLeaf() const { return weakRsaLeaf_; }
    LeafFiles selfSignedLeaf() const { return selfSignedLeaf_; }
    LeafFiles clientCert() const { return clientCert_; }

    // Served-chain variants of rsaLeaf for chain.* diagnostics.
    QString rsaChainReversedFile() const { return rsaChainReversedFile_; }   // intermediate, leaf
    QString rsaChainWithRootFile() const { return rsaChainWithRootFile_; }   // leaf, intermediate, root

    // 1024-bit DH parameters (a safe prime, "BEGIN DH PARAMETERS"). Generated on first call
    // (1-3 s); empty string when generation failed (see error()).
    QString dhParam1024File() const;

private:
    TestPki();
    void generate();
    bool openssl(const QStringList &args, const QString &step);
    bool writeFile(const QString &name, const QByteArray &content, QString *path);
    bool concatenate(const QStringList &parts, const QString &name, QString *path);
    bool makeLeaf(const QString &name, const QStringList &newKeyArgs, const QString &subject,
                  const QString &extensions, const QString &issuerCert, const QString &issuerKey,
                  LeafFiles *out);
    QString path(const QString &name) const;

    std::unique_ptr<QTemporaryDir> dir_;
    mutable QString error_;
    int nextSerial_ = 0x1000;
    QString configFile_;
    QString caFile_, caKeyFile_, intermediateFile_, intermediateKeyFile_, caBundleFile_;
    LeafFiles rsaLeaf_, ecdsaLeaf_, weakRsaLeaf_, selfSignedLeaf_, clientCert_;
    QString rsaChainReversedFile_, rsaChainWithRootFile_;
    mutable QString dhParam1024File_;
};

} // namespace mailtls::test
