#pragma once

// Protocol versions: one spelling inside the project (OpenSSL's, "SSLv2" … "TLSv1.3", also the
// JSON keys), one parser for every spelling users and tools write, and the labels people read.

#include <QString>
#include <QStringList>

namespace mailtls::core {

// Oldest first: "SSLv2", "SSLv3", "TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3".
const QStringList &scanVersions();
// 0x0002 for SSLv2 … 0x0304 for TLS 1.3; 0 when unknown.
int versionWireCode(const QString &version);
QString versionFromWireCode(int code);   // inverse; empty when unknown
// Position in scanVersions(), -1 when unknown: for sorting oldest first.
int versionRank(const QString &version);

// A wire version as a TLS message shows it: "TLSv1.2", "GREASE", or "0x0305".
QString protocolVersionName(int wireCode);

// Every spelling in use: "TLSv1.2", "1.2", "12", "tls1_2", "TLS1.2", "VERS-TLS1.2" (GnuTLS),
// "SSLv3", "ssl3", "SSLv2"; any case. Empty when unknown.
QString canonicalVersion(const QString &text);

// "TLSv1.2" -> "TLS 1.2", "TLSv1" -> "TLS 1.0", "SSLv3" -> "SSL 3.0"; unknown text unchanged.
QString tlsVersionLabel(const QString &version);

} // namespace mailtls::core
