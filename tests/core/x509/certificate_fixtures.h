#pragma once

// The fixture certificates (tests/fixtures/certs: a root, an intermediate, leaves of every key
// type and date) and the openssl command that makes more at run time, for the x509 tests and
// the diagnose tests that judge the same certificates.

#include <QDateTime>
#include <QDebug>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

#include "x509/certificate.h"
#include "x509/chain_analysis.h"
#include "x509/trust_store.h"

namespace mailtls::test {

inline QString fixturePath(const QString &name)
{
    return QStringLiteral(MAILTLS_FIXTURES_DIR "/certs/") + name;
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// The one certificate of a fixture file; null when the file holds none or several.
inline core::Certificate loadOne(const QString &name)
{
    const QList<core::Certificate> certs = core::Certificate::listFromPem(readAll(fixturePath(name)));
    return certs.size() == 1 ? certs.first() : core::Certificate();
}

// Runs `openssl ARGS` in `dir` (empty: the current directory); true when it exits 0, else a
// warning with what it said.
inline bool runOpenssl(const QStringList &args, const QString &dir = QString())
{
    QProcess p;
    if (!dir.isEmpty())
        p.setWorkingDirectory(dir);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning() << "openssl" << args << p.readAllStandardError();
        return false;
    }
    return true;
}

// A throwaway self-signed EC P-256 certificate that `openssl req -x509` makes in `dir` (its key
// beside it) for `subject` ("/CN=…"), with any further arguments ("-addext", "subjectAltName=…");
// null when openssl fails.
inline core::Certificate makeSelfSigned(const QString &dir, const QString &subject, const QStringList &extra = {})
{
    const QStringList args{QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                           QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                           QStringLiteral("-keyout"), QStringLiteral("self-signed.key"), QStringLiteral("-out"),
                           QStringLiteral("self-signed.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                           QStringLiteral("-subj"), subject};
    if (!runOpenssl(args + extra, dir))
        return core::Certificate();
    return core::Certificate::listFromPem(readAll(dir + QStringLiteral("/self-signed.pem"))).value(0);
}

// The fixture chain: root -> intermediate -> leaves, plus an unrelated root and leaves that
// are weak, expired, not yet valid, CN-only or issued straight by the root. A test class
// inherits it (after QObject) and calls loadChainFixtures() in initTestCase().
struct ChainFixtures {
    core::Certificate root_, inter_, leaf_, other_, ecByRoot_, legacy_, weak_, expired_, future_;
    core::TrustStore rootFile_;   // the root as a CA file, as --ca-file gives it
    QDateTime now_;

    bool loadChainFixtures()
    {
        root_ = loadOne(QStringLiteral("root-ca.pem"));
        inter_ = loadOne(QStringLiteral("intermediate-ca.pem"));
        leaf_ = loadOne(QStringLiteral("leaf-rsa2048.pem"));
        other_ = loadOne(QStringLiteral("other-root-ca.pem"));
        ecByRoot_ = loadOne(QStringLiteral("leaf-ec-p256.pem"));
        legacy_ = loadOne(QStringLiteral("selfsigned-cn-only.pem"));
        weak_ = loadOne(QStringLiteral("leaf-rsa1024-sha1.pem"));
        expired_ = loadOne(QStringLiteral("leaf-expired.pem"));
        future_ = loadOne(QStringLiteral("leaf-not-yet-valid.pem"));
        for (const core::Certificate &c : {root_, inter_, leaf_, other_, ecByRoot_, legacy_, weak_, expired_, future_}) {
            if (c.isNull())
                return false;
        }
        core::Error error;
        rootFile_ = core::TrustStore::fromFile(fixturePath(QStringLiteral("root-ca.pem")), &error);
        if (!rootFile_.isValid())
            qWarning("%s", qPrintable(error.message));
        now_ = QDateTime::currentDateTimeUtc();
        return rootFile_.isValid();
    }

    // The served chain against the fixture root, now.
    core::ChainAnalysis analyze(const core::CertificateChain &served) const
    {
        return core::analyzeChain(served, rootFile_, now_);
    }
};

} // namespace mailtls::test
