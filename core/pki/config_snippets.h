#pragma once

// The Exim and Postfix lines that put generated files to use, ready to paste.
//
// Exim (main section): tls_certificate holds the leaf followed by its intermediates;
// since Exim 4.92 both tls_certificate and tls_privatekey accept a colon-separated list, one
// entry per certificate type in the same order, to serve RSA and ECDSA side by side. Debian's
// Exim reads them as Debian-exim, so the key needs group Debian-exim and mode 0640.
// Postfix (main.cf): since 3.4 smtpd_tls_chain_files lists key, then certificate chain, per
// certificate type; older releases use smtpd_tls_cert_file/key_file (RSA) and
// smtpd_tls_eccert_file/eckey_file (ECDSA). DH parameters: Exim tls_dhparam, Postfix
// smtpd_tls_dh1024_param_file (the name is historical; 2048 bits and more are fine).

#include <QList>
#include <QString>

namespace mailtls::core {

// One certificate a server (or client) presents.
struct ServedCredential {
    QString certFile;        // leaf first, then intermediates
    QString keyFile;         // may equal certFile
    QString keyType;         // KeyInfo::type: "RSA", "EC", "Ed25519"
    bool keyEncrypted = false;
};

struct ConfigSnippets {
    QString exim;
    QString postfix;

    bool isEmpty() const { return exim.isEmpty() && postfix.isEmpty(); }
    ConfigSnippets &operator+=(const ConfigSnippets &other);

    // A server presenting these credentials (one per key type; RSA before EC when both).
    static ConfigSnippets server(const QList<ServedCredential> &credentials);
    // A client certificate for outgoing deliveries (Exim smtp transport, Postfix smtp client).
    static ConfigSnippets client(const ServedCredential &credential);
    // Trusting a private CA for incoming client certificates and outgoing verification.
    static ConfigSnippets trustedCa(const QString &caFile);
    // Serving DH parameters for DHE suites.
    static ConfigSnippets dhParameters(const QString &dhFile);
};

} // namespace mailtls::core
