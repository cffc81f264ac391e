// The one GENERAL_NAME decoder: every kind of name a certificate's subjectAltName (or a
// request, or an access location) can hold, in the words `openssl x509 -text` uses.

#include <QtTest>

#include <openssl/err.h>
#include <openssl/x509v3.h>

#include "certificate_fixtures.h"
#include "ossl/handles.h"
#include "x509/general_names.h"
#include "test_registry.h"

using namespace mailtls::core;
using namespace mailtls::test;

namespace {

GENERAL_NAME *ia5Name(int type, const QByteArray &bytes)
{
    ASN1_IA5STRING *text = ASN1_IA5STRING_new();
    ASN1_STRING_set(text, bytes.constData(), int(bytes.size()));
    GENERAL_NAME *name = GENERAL_NAME_new();
    GENERAL_NAME_set0_value(name, type, text);
    return name;
}

GENERAL_NAME *ipName(const QByteArray &octets)
{
    ASN1_OCTET_STRING *ip = ASN1_OCTET_STRING_new();
    ASN1_OCTET_STRING_set(ip, reinterpret_cast<const unsigned char *>(octets.constData()), int(octets.size()));
    GENERAL_NAME *name = GENERAL_NAME_new();
    GENERAL_NAME_set0_value(name, GEN_IPADD, ip);
    return name;
}

GENERAL_NAME *dirName(const char *cn)
{
    X509_NAME *dn = X509_NAME_new();
    X509_NAME_add_entry_by_txt(dn, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("Bäckerei"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(dn, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn), -1, -1, 0);
    GENERAL_NAME *name = GENERAL_NAME_new();
    GENERAL_NAME_set0_value(name, GEN_DIRNAME, dn);
    return name;
}

GENERAL_NAME *ridName(const char *oid)
{
    GENERAL_NAME *name = GENERAL_NAME_new();
    GENERAL_NAME_set0_value(name, GEN_RID, OBJ_txt2obj(oid, 1));
    return name;
}

GENERAL_NAME *otherName()
{
    ASN1_TYPE *value = ASN1_TYPE_new();
    ASN1_UTF8STRING *text = ASN1_UTF8STRING_new();
    ASN1_STRING_set(text, "postmaster@example.org", -1);
    ASN1_TYPE_set(value, V_ASN1_UTF8STRING, text);
    GENERAL_NAME *name = GENERAL_NAME_new();
    GENERAL_NAME_set0_othername(name, OBJ_txt2obj("1.3.6.1.5.5.7.8.9", 1), value);   // SmtpUTF8Mailbox
    return name;
}

} // namespace

class TestGeneralNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKindOfName()
    {
        ossl::GeneralNamesPtr names(sk_GENERAL_NAME_new_null());
        sk_GENERAL_NAME_push(names.get(), ia5Name(GEN_DNS, "mail.example.org"));
        sk_GENERAL_NAME_push(names.get(), ipName(QByteArray::fromHex("c0000219")));
        sk_GENERAL_NAME_push(names.get(), ipName(QByteArray::fromHex("20010db8000000000000000000000025")));
        sk_GENERAL_NAME_push(names.get(), ipName(QByteArray::fromHex("0a000000ff000000")));   // address/mask, as in name constraints
        sk_GENERAL_NAME_push(names.get(), ia5Name(GEN_EMAIL, "postmaster@example.org"));
        sk_GENERAL_NAME_push(names.get(), ia5Name(GEN_URI, "https://example.org/"));
        sk_GENERAL_NAME_push(names.get(), dirName("Mail CA"));
        sk_GENERAL_NAME_push(names.get(), ridName("1.2.3.4"));
        sk_GENERAL_NAME_push(names.get(), otherName());

        const QList<GeneralName> decoded = decodeGeneralNames(names.get());
        QStringList texts;
        for (const GeneralName &n : decoded)
            texts << n.toString();
        QCOMPARE(texts, (QStringList{QStringLiteral("DNS:mail.example.org"), QStringLiteral("IP:192.0.2.25"),
                                     QStringLiteral("IP:2001:db8::25"), QStringLiteral("IP:0A:00:00:00:FF:00:00:00"),
                                     QStringLiteral("email:postmaster@example.org"), QStringLiteral("URI:https://example.org/"),
                                     QStringLiteral("DirName:CN=Mail CA,O=Bäckerei"), QStringLiteral("RID:1.2.3.4"),
                                     QStringLiteral("othername:<unsupported>")}));
        QCOMPARE(decoded.at(0).type, GeneralName::Type::Dns);
        QCOMPARE(decoded.at(0).value, QStringLiteral("mail.example.org"));
        QCOMPARE(decoded.at(1).type, GeneralName::Type::Ip);
        QCOMPARE(decoded.at(1).bytes, QByteArray::fromHex("c0000219"));
        QCOMPARE(decoded.at(3).bytes.size(), 8);   // not an address: the bytes tell a reader so
        QCOMPARE(decoded.at(5).type, GeneralName::Type::Uri);
        QCOMPARE(decoded.at(5).value, QStringLiteral("https://example.org/"));
        QCOMPARE(decoded.at(6).type, GeneralName::Type::DirName);
        QCOMPARE(decoded.at(8).type, GeneralName::Type::OtherName);
        QVERIFY(decoded.at(8).value.isEmpty());
        QCOMPARE(ERR_peek_error(), 0UL);
    }

    void ia5BytesAreKept()
    {
        // IA5 is ASCII; a certificate that stores other bytes shows each as one Latin-1
        // character (nothing is lost or replaced), and the bytes stay for a reader that knows better.
        ossl::GeneralNamesPtr names(sk_GENERAL_NAME_new_null());
        sk_GENERAL_NAME_push(names.get(), ia5Name(GEN_EMAIL, QByteArray("j\xc3\xb6rg@example.org")));
        const GeneralName email = decodeGeneralNames(names.get()).value(0);
        QCOMPARE(email.bytes, QByteArray("j\xc3\xb6rg@example.org"));
        QCOMPARE(email.value, QString::fromLatin1("j\xc3\xb6rg@example.org"));
        QCOMPARE(QString::fromUtf8(email.bytes), QStringLiteral("jörg@example.org"));
    }

    void subjectAltNamesOfACertificate()
    {
        const Certificate leaf = loadOne(QStringLiteral("leaf-rsa2048.pem"));
        QStringList texts;
        for (const GeneralName &n : subjectAltNamesOf(leaf.handle()))
            texts << n.toString();
        QCOMPARE(texts, leaf.subjectAltNames());
        QCOMPARE(texts.size(), 6);
        QVERIFY(subjectAltNamesOf(loadOne(QStringLiteral("selfsigned-cn-only.pem")).handle()).isEmpty());
        QVERIFY(subjectAltNamesOf(nullptr).isEmpty());
        QVERIFY(decodeGeneralNames(nullptr).isEmpty());
        QCOMPARE(decodeGeneralName(nullptr).toString(), QStringLiteral("other:<unsupported>"));
    }

    void distinguishedNames()
    {
        const Certificate leaf = loadOne(QStringLiteral("leaf-rsa2048.pem"));
        QCOMPARE(distinguishedNameText(X509_get_subject_name(leaf.handle())),
                 QStringLiteral("CN=mail.example.org,O=Example Mail,C=DE"));
        QCOMPARE(distinguishedNameText(X509_get_issuer_name(leaf.handle())), leaf.issuer());
        QVERIFY(distinguishedNameText(nullptr).isEmpty());
    }
};

MAILTLS_TEST_MAIN(TestGeneralNames)
#include "test_general_names.moc"
