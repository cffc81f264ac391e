#pragma once

// GENERAL_NAME entries (subjectAltName, authorityInfoAccess, CRL distribution points, the SANs
// a request asks for) decoded in one place, in the words `openssl x509 -text` uses.

#include <QByteArray>
#include <QList>
#include <QString>

typedef struct GENERAL_NAME_st GENERAL_NAME;
typedef struct stack_st_GENERAL_NAME GENERAL_NAMES;
typedef struct X509_name_st X509_NAME;
typedef struct x509_st X509;

namespace mailtls::core {

struct GeneralName {
    enum class Type { Dns, Ip, Email, Uri, DirName, Rid, OtherName, Other };
    Type type = Type::Other;
    // "mail.example.org", "127.0.0.1", "2001:db8::25", "https://example.org/", "CN=…", "1.2.3.4";
    // an IP entry that is no address (an address/mask pair) as colon hex; empty for
    // OtherName and Other.
    QString value;
    // What the certificate stores: the IA5 bytes of DNS, email and URI entries (shown as
    // Latin-1 in `value`, since IA5 is ASCII), the octets of an IP entry (4 or 16 for an address).
    QByteArray bytes;

    // "DNS:mail.example.org", "IP:127.0.0.1", "email:…", "URI:…", "DirName:…", "RID:…",
    // "othername:<unsupported>", "other:<unsupported>".
    QString toString() const;
};

GeneralName decodeGeneralName(const GENERAL_NAME *name);
QList<GeneralName> decodeGeneralNames(const GENERAL_NAMES *names);
// The subjectAltName entries of a certificate, in certificate order; empty without the extension.
QList<GeneralName> subjectAltNamesOf(X509 *x509);

// An X.509 name on one line as Certificate::subject() shows it: RFC 2253 order
// ("CN=…,O=…"), UTF-8 kept as is instead of escaped to \XX bytes.
QString distinguishedNameText(const X509_NAME *name);

} // namespace mailtls::core
