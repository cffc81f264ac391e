#include "catalog/cipher_catalog.h"

#include <QFile>

namespace mailtls::core {

namespace {

QList<QByteArray> dataLines(const QByteArray &csv)
{
    QList<QByteArray> lines;
    for (QByteArray line : csv.split('\n')) {
        line = line.trimmed();
        if (!line.isEmpty() && !line.startsWith('#'))
            lines << line;
    }
    return lines;
}

bool parseHex(const QByteArray &text, quint32 *out)
{
    bool ok = false;
    const QByteArray digits = text.startsWith("0x") || text.startsWith("0X") ? text.mid(2) : text;
    *out = digits.toUInt(&ok, 16);
    return ok && !digits.isEmpty();
}

QByteArray resource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

bool hasForwardSecrecy(const SuiteInfo &s)
{
    static const QStringList ephemeral = {QStringLiteral("DHE"), QStringLiteral("ECDHE"), QStringLiteral("any"),
                                          QStringLiteral("SRP"), QStringLiteral("ECCPWD"), QStringLiteral("GOST")};
    return ephemeral.contains(s.kex);
}

bool isExportSuite(const SuiteInfo &s)
{
    return s.iana.contains(QLatin1String("EXPORT"));
}

QString gradeSuite(const SuiteInfo &s)
{
    const QString &enc = s.enc;
    if (enc == QLatin1String("NULL") || s.auth == QLatin1String("anon") || s.auth == QLatin1String("NULL")
        || isExportSuite(s) || enc.startsWith(QLatin1String("RC4")) || enc.startsWith(QLatin1String("RC2"))
        || enc.startsWith(QLatin1String("DES-")) || enc.startsWith(QLatin1String("DES40")) || s.bits < 64)
        return QString::fromLatin1(kGradeInsecure);
    if (enc.startsWith(QLatin1String("3DES")) || enc.startsWith(QLatin1String("IDEA")) || s.bits < 128
        || !hasForwardSecrecy(s))
        return QString::fromLatin1(kGradeWeak);
    if (s.mac == QLatin1String("AEAD") && !enc.endsWith(QLatin1String("CCM-8")))
        return QString::fromLatin1(kGradeStrong);
    return QString::fromLatin1(kGradeAcceptable);
}

int gradeRank(const QString &grade)
{
    if (grade == QLatin1String(kGradeInsecure))
        return 0;
    if (grade == QLatin1String(kGradeWeak))
        return 1;
    if (grade == QLatin1String(kGradeAcceptable))
        return 2;
    if (grade == QLatin1String(kGradeStrong))
        return 3;
    return -1;
}

QString opensslNameOf(const SuiteInfo &suite)
{
    if (!suite.openssl.isEmpty())
        return suite.openssl;
    if (!suite.opensslLegacy.isEmpty())
        return suite.opensslLegacy;
    // A suite read back from a report carries no legacy name: the catalog knows it by code.
    const SuiteInfo *known = CipherCatalog::instance().byCode(suite.code);
    return known ? known->opensslLegacy : QString();
}

QString suiteCodeText(const SuiteInfo &suite)
{
    if (suite.code == 0 && suite.iana.startsWith(QLatin1String("SSL_CK_"))) {
        if (const CipherCatalog::Sslv2Kind *k = CipherCatalog::instance().sslv2ByName(suite.iana))
            return sslv2KindCodeHex(k->code);
    }
    return suiteCodeHex(suite.code);
}

const CipherCatalog &CipherCatalog::instance()
{
    static const CipherCatalog catalog = fromCsv(resource(QStringLiteral(":/ciphers/catalog.csv")),
                                                 resource(QStringLiteral(":/ciphers/sslv2.csv")));
    return catalog;
}

CipherCatalog CipherCatalog::fromCsv(const QByteArray &suitesCsv, const QByteArray &sslv2Csv)
{
    CipherCatalog c;
    int lineNo = 0;
    for (const QByteArray &line : dataLines(suitesCsv)) {
        ++lineNo;
        const QList<QByteArray> f = line.split(',');
        quint32 code = 0;
        if ((f.size() != 11 && f.size() != 12) || !parseHex(f[0], &code) || code > 0xFFFF) {
            c.error_ = QStringLiteral("catalog row %1 is malformed: %2").arg(lineNo).arg(QString::fromLatin1(line));
            return c;
        }
        if (c.byCode_.contains(quint16(code))) {
            c.error_ = QStringLiteral("catalog code 0x%1 appears twice").arg(code, 4, 16, QLatin1Char('0'));
            return c;
        }
        SuiteInfo s;
        s.code = quint16(code);
        s.iana = QString::fromLatin1(f[1]);
        s.openssl = QString::fromLatin1(f[2]);
        s.gnutls = QString::fromLatin1(f[3]);
        s.kex = QString::fromLatin1(f[4]);
        s.auth = QString::fromLatin1(f[5]);
        s.enc = QString::fromLatin1(f[6]);
        s.mac = QString::fromLatin1(f[7]);
        s.bits = f[8].toInt();
        s.grade = QString::fromLatin1(f[9]);
        s.opensslLegacy = QString::fromLatin1(f.value(11));
        const int index = int(c.suites_.size());
        c.suites_ << s;
        c.byCode_.insert(s.code, index);
        for (const QString &name : {s.iana, s.openssl, s.gnutls, s.opensslLegacy})
            if (!name.isEmpty())
                c.byName_.insert(name.toLower(), index);
        c.versions_.insert(s.code, QString::fromLatin1(f[10]).split(QLatin1Char(' '), Qt::SkipEmptyParts));
    }
    lineNo = 0;
    for (const QByteArray &line : dataLines(sslv2Csv)) {
        ++lineNo;
        const QList<QByteArray> f = line.split(',');
        Sslv2Kind k;
        if (f.size() != 9 || !parseHex(f[0], &k.code) || k.code <= 0xFFFF) {
            c.error_ = QStringLiteral("SSLv2 row %1 is malformed: %2").arg(lineNo).arg(QString::fromLatin1(line));
            return c;
        }
        k.info.iana = QString::fromLatin1(f[1]);
        k.info.openssl = QString::fromLatin1(f[2]);
        k.info.kex = QString::fromLatin1(f[3]);
        k.info.auth = QString::fromLatin1(f[4]);
        k.info.enc = QString::fromLatin1(f[5]);
        k.info.mac = QString::fromLatin1(f[6]);
        k.info.bits = f[7].toInt();
        k.info.grade = QString::fromLatin1(f[8]);
        c.sslv2_ << k;
    }
    if (c.suites_.isEmpty())
        c.error_ = QStringLiteral("the cipher catalog is empty (resource missing?)");
    return c;
}

const SuiteInfo *CipherCatalog::byCode(quint16 code) const
{
    const auto it = byCode_.constFind(code);
    return it == byCode_.constEnd() ? nullptr : &suites_.at(*it);
}

const SuiteInfo *CipherCatalog::byName(const QString &name) const
{
    const auto it = byName_.constFind(name.trimmed().toLower());
    return it == byName_.constEnd() ? nullptr : &suites_.at(*it);
}

QStringList CipherCatalog::versionsOf(quint16 code) const
{
    return versions_.value(code);
}

QList<SuiteInfo> CipherCatalog::forVersion(const QString &version) const
{
    QList<SuiteInfo> out;
    for (const SuiteInfo &s : suites_)
        if (versions_.value(s.code).contains(version))
            out << s;
    return out;
}

const CipherCatalog::Sslv2Kind *CipherCatalog::sslv2ByCode(quint32 code) const
{
    for (const Sslv2Kind &k : sslv2_)
        if (k.code == code)
            return &k;
    return nullptr;
}

const CipherCatalog::Sslv2Kind *CipherCatalog::sslv2ByName(const QString &name) const
{
    for (const Sslv2Kind &k : sslv2_)
        if (k.info.iana.compare(name, Qt::CaseInsensitive) == 0 || k.info.openssl.compare(name, Qt::CaseInsensitive) == 0)
            return &k;
    return nullptr;
}

} // namespace mailtls::core
