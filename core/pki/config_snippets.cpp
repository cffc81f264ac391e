#include "pki/config_snippets.h"

#include <QFileInfo>

#include <algorithm>

namespace mailtls::core {

namespace {

QString absolute(const QString &path)
{
    // "<...>" marks a placeholder for a file we did not write (the requester's key).
    return path.isEmpty() || path.startsWith(QLatin1Char('<')) ? path : QFileInfo(path).absoluteFilePath();
}

// Exim list items: a colon inside a path is doubled (Exim's list quoting).
QString eximListItem(const QString &path)
{
    QString p = absolute(path);
    return p.replace(QLatin1Char(':'), QStringLiteral("::"));
}

bool isEc(const ServedCredential &c)
{
    return c.keyType == QLatin1String("EC");
}

QString encryptedWarning(const QList<ServedCredential> &credentials, const QString &comment)
{
    for (const ServedCredential &c : credentials)
        if (c.keyEncrypted)
            return comment
                 + QStringLiteral(" %1 is passphrase-protected: the server cannot read it at start-up.\n"
                                  "%2 Write an unencrypted copy (0600/0640) for the server.\n")
                       .arg(absolute(c.keyFile), comment);
    return QString();
}

} // namespace

ConfigSnippets &ConfigSnippets::operator+=(const ConfigSnippets &other)
{
    auto join = [](QString &a, const QString &b) {
        if (b.isEmpty())
            return;
        if (!a.isEmpty() && !a.endsWith(QLatin1Char('\n')))
            a += QLatin1Char('\n');
        a += b;
    };
    join(exim, other.exim);
    join(postfix, other.postfix);
    return *this;
}

ConfigSnippets ConfigSnippets::server(const QList<ServedCredential> &input)
{
    ConfigSnippets s;
    if (input.isEmpty())
        return s;
    QList<ServedCredential> creds = input;
    std::stable_sort(creds.begin(), creds.end(),
                     [](const ServedCredential &a, const ServedCredential &b) { return !isEc(a) && isEc(b); });

    QStringList certs;
    QStringList keys;
    for (const ServedCredential &c : creds) {
        certs << eximListItem(c.certFile);
        keys << eximListItem(c.keyFile.isEmpty() ? c.certFile : c.keyFile);
    }
    s.exim = QStringLiteral("# Exim, main section (the certificate file holds the leaf, then its intermediates)\n");
    if (creds.size() > 1)
        s.exim += QStringLiteral("# One list entry per certificate type, same order in both lines (Exim >= 4.92)\n");
    s.exim += QStringLiteral("tls_certificate = %1\n").arg(certs.join(QStringLiteral(" : ")));
    s.exim += QStringLiteral("tls_privatekey = %1\n").arg(keys.join(QStringLiteral(" : ")));
    s.exim += QStringLiteral("tls_advertise_hosts = *\n");
    if (creds.size() == 1) {
        const bool ec = isEc(creds.first());
        s.exim += QStringLiteral("# To serve %1 as well (Exim >= 4.92):\n"
                                 "#   tls_certificate = %2 : /etc/exim4/%3.pem\n"
                                 "#   tls_privatekey = %4 : /etc/exim4/%3.key\n")
                      .arg(ec ? QStringLiteral("an RSA certificate") : QStringLiteral("an ECDSA certificate"), certs.first(),
                           ec ? QStringLiteral("rsa") : QStringLiteral("ecdsa"), keys.first());
    }
    s.exim += QStringLiteral("# Debian runs Exim as Debian-exim: chgrp Debian-exim KEY && chmod 0640 KEY\n");
    s.exim += encryptedWarning(creds, QStringLiteral("#"));

    s.postfix = QStringLiteral("# Postfix >= 3.4, main.cf: key, then certificate chain, per certificate type\n");
    QStringList chainFiles;
    for (const ServedCredential &c : creds) {
        chainFiles << absolute(c.keyFile.isEmpty() ? c.certFile : c.keyFile) << absolute(c.certFile);
    }
    s.postfix += QStringLiteral("smtpd_tls_chain_files = %1\n").arg(chainFiles.join(QStringLiteral(",\n    ")));
    s.postfix += QStringLiteral("smtpd_tls_security_level = may\n");
    QString legacy;
    for (const ServedCredential &c : creds) {
        const QString key = absolute(c.keyFile.isEmpty() ? c.certFile : c.keyFile);
        if (c.keyType == QLatin1String("RSA"))
            legacy += QStringLiteral("#   smtpd_tls_cert_file = %1\n#   smtpd_tls_key_file = %2\n").arg(absolute(c.certFile), key);
        else if (isEc(c))
            legacy += QStringLiteral("#   smtpd_tls_eccert_file = %1\n#   smtpd_tls_eckey_file = %2\n").arg(absolute(c.certFile), key);
    }
    if (!legacy.isEmpty())
        s.postfix += QStringLiteral("# Postfix before 3.4:\n") + legacy;
    s.postfix += encryptedWarning(creds, QStringLiteral("#"));
    return s;
}

ConfigSnippets ConfigSnippets::client(const ServedCredential &c)
{
    ConfigSnippets s;
    const QString key = absolute(c.keyFile.isEmpty() ? c.certFile : c.keyFile);
    s.exim = QStringLiteral("# Exim, in the remote_smtp transport (client certificate for outgoing mail)\n"
                            "tls_certificate = %1\n"
                            "tls_privatekey = %2\n")
                 .arg(absolute(c.certFile), key);
    s.postfix = QStringLiteral("# Postfix >= 3.4, main.cf (client certificate for outgoing mail)\n"
                               "smtp_tls_chain_files = %1, %2\n")
                    .arg(key, absolute(c.certFile));
    s.exim += encryptedWarning({c}, QStringLiteral("#"));
    s.postfix += encryptedWarning({c}, QStringLiteral("#"));
    return s;
}

ConfigSnippets ConfigSnippets::trustedCa(const QString &caFile)
{
    ConfigSnippets s;
    const QString ca = absolute(caFile);
    s.exim = QStringLiteral("# Exim, main section: ask for and verify client certificates from this CA\n"
                            "tls_verify_certificates = %1\n"
                            "tls_try_verify_hosts = *\n"
                            "# and in the remote_smtp transport, to verify servers it issued:\n"
                            "#   tls_verify_certificates = %1\n")
                 .arg(ca);
    s.postfix = QStringLiteral("# Postfix, main.cf: client certificates from this CA (smtpd), servers it issued (smtp)\n"
                               "smtpd_tls_CAfile = %1\n"
                               "smtpd_tls_ask_ccert = yes\n"
                               "smtp_tls_CAfile = %1\n")
                    .arg(ca);
    return s;
}

ConfigSnippets ConfigSnippets::dhParameters(const QString &dhFile)
{
    ConfigSnippets s;
    const QString dh = absolute(dhFile);
    s.exim = QStringLiteral("# Exim, main section\ntls_dhparam = %1\n").arg(dh);
    s.postfix = QStringLiteral("# Postfix, main.cf (the name is historical: any size is used)\n"
                               "smtpd_tls_dh1024_param_file = %1\n")
                    .arg(dh);
    return s;
}

} // namespace mailtls::core
