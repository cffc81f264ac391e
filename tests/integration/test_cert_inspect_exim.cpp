// Inspecting certificate files against a real server: a session with --expect-cert names a
// served certificate that is not the file's (cert.differs_from_file) and stays quiet when it
// is; `mailtls cert inspect` of a misordered bundle reports chain.order_wrong in its JSON.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include "test_registry.h"

#include <memory>

#include "model/finding.h"
#include "session_checks.h"
#include "test_pki.h"
#include "test_servers.h"

using namespace mailtls;
using namespace mailtls::test;

class TestCertInspectExim : public QObject
{
    Q_OBJECT

private:
    const TestPki &pki() const { return TestPki::instance(); }
    std::unique_ptr<EximServer> exim_;

    // Runs the CLI; returns stdout, sets *exitCode.
    static QByteArray runCli(const QStringList &args, int *exitCode, QByteArray *stderrText = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral(MAILTLS_CLI_PATH), args);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            *exitCode = -1;
            return QByteArray();
        }
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        if (stderrText)
            *stderrText = p.readAllStandardError();
        return p.readAllStandardOutput();
    }

    static QStringList findingIds(const QJsonObject &report)
    {
        QStringList ids;
        for (const QJsonValue &f : report.value(QStringLiteral("findings")).toArray())
            ids << f.toObject().value(QStringLiteral("id")).toString();
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(pki().ok(), qPrintable(pki().error()));
        exim_ = std::make_unique<EximServer>(EximOptions::serving(pki().rsaLeaf().chainFile, pki().rsaLeaf().keyFile));
        QString error;
        QVERIFY2(exim_->start(&error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        exim_.reset();
    }

    void servedCertificateDiffersFromFile()
    {
        core::SessionOptions options = localSessionOptions(exim_->port());
        options.caFile = pki().caFile();
        options.expectCertFile = pki().ecdsaLeaf().certFile;   // not what Exim serves
        const core::Report r = runSession(options);
        VERIFY_REPORT(r.tls.established, r);
        const core::Finding *f = core::findFinding(r.findings, QStringLiteral("cert.differs_from_file"));
        VERIFY_REPORT(f, r);
        QCOMPARE(f->severity, core::Severity::Medium);
        // Both fingerprints and both validity periods, so the admin sees which is which.
        const core::Certificate served = r.certificates.first();
        QVERIFY2(f->evidence.contains(served.sha256Fingerprint()), qPrintable(f->evidence));
        QFile file(pki().ecdsaLeaf().certFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const core::Certificate expected = core::Certificate::listFromPem(file.readAll()).value(0);
        QVERIFY2(f->evidence.contains(expected.sha256Fingerprint()), qPrintable(f->evidence));
        QVERIFY2(f->detail.contains(served.notAfter().toString(QStringLiteral("yyyy-MM-dd"))), qPrintable(f->detail));
        QVERIFY2(f->detail.contains(pki().ecdsaLeaf().certFile), qPrintable(f->detail));
    }

    void servedCertificateMatchesFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("leaf only") << pki().rsaLeaf().certFile;
        QTest::newRow("the served chain") << pki().rsaLeaf().chainFile;
        QTest::newRow("misordered bundle") << pki().rsaChainReversedFile();
    }

    void servedCertificateMatchesFile()
    {
        QFETCH(QString, file);
        core::SessionOptions options = localSessionOptions(exim_->port());
        options.caFile = pki().caFile();
        options.expectCertFile = file;
        const core::Report r = runSession(options);
        VERIFY_REPORT(r.tls.established, r);
        VERIFY_REPORT(!core::hasFinding(r.findings, QStringLiteral("cert.differs_from_file")), r);
    }

    void sessionCliExpectCert()
    {
        int code = 0;
        QByteArray err;
        const QByteArray out = runCli({QStringLiteral("session"), QStringLiteral("127.0.0.1:%1").arg(exim_->port()),
                                       QStringLiteral("--ca-file"), pki().caFile(), QStringLiteral("--servername"),
                                       QStringLiteral("localhost"), QStringLiteral("--expect-cert"),
                                       pki().selfSignedLeaf().certFile, QStringLiteral("--json"), QStringLiteral("-")},
                                      &code, &err);
        QVERIFY2(code == 0, err.constData());
        const QJsonObject report = QJsonDocument::fromJson(out).object();
        QVERIFY2(findingIds(report).contains(QStringLiteral("cert.differs_from_file")), out.constData());

        // A file without a certificate is a usage error before any connection.
        runCli({QStringLiteral("session"), QStringLiteral("127.0.0.1:%1").arg(exim_->port()), QStringLiteral("--expect-cert"),
                pki().rsaLeaf().keyFile},
               &code, &err);
        QCOMPARE(code, 2);
        QVERIFY2(err.contains("--expect-cert"), err.constData());
    }

    void scanCliExpectCert()
    {
        // The scan compares the served leaf of the same key type with the file.
        int code = 0;
        QByteArray err;
        QByteArray out = runCli({QStringLiteral("scan"), QStringLiteral("127.0.0.1:%1").arg(exim_->port()),
                                 QStringLiteral("--expect-cert"), pki().selfSignedLeaf().certFile,
                                 QStringLiteral("--json"), QStringLiteral("-")},
                                &code, &err);
        QVERIFY2(code == 0, err.constData());
        QJsonObject report = QJsonDocument::fromJson(out).object();
        QVERIFY2(findingIds(report).contains(QStringLiteral("cert.differs_from_file")), out.constData());

        out = runCli({QStringLiteral("scan"), QStringLiteral("127.0.0.1:%1").arg(exim_->port()),
                      QStringLiteral("--expect-cert"), pki().rsaLeaf().chainFile, QStringLiteral("--json"),
                      QStringLiteral("-")},
                     &code, &err);
        QVERIFY2(code == 0, err.constData());
        report = QJsonDocument::fromJson(out).object();
        QVERIFY2(!report.value(QStringLiteral("scan")).isNull(), out.constData());
        QVERIFY2(!findingIds(report).contains(QStringLiteral("cert.differs_from_file")), out.constData());

        runCli({QStringLiteral("scan"), QStringLiteral("127.0.0.1:%1").arg(exim_->port()), QStringLiteral("--expect-cert"),
                pki().rsaLeaf().keyFile},
               &code, &err);
        QCOMPARE(code, 2);
        QVERIFY2(err.contains("--expect-cert"), err.constData());
    }

    void inspectMisorderedBundle()
    {
        int code = 0;
        QByteArray err;
        const QByteArray out = runCli({QStringLiteral("cert"), QStringLiteral("inspect"), pki().rsaChainReversedFile(),
                                       pki().rsaLeaf().keyFile, QStringLiteral("--ca-file"), pki().caFile(),
                                       QStringLiteral("--servername"), QStringLiteral("localhost"),
                                       QStringLiteral("--json"), QStringLiteral("-")},
                                      &code, &err);
        QVERIFY2(code == 0, err.constData());
        QJsonParseError parseError;
        const QJsonObject report = QJsonDocument::fromJson(out, &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
        QCOMPARE(report.value(QStringLiteral("schema")).toString(), QStringLiteral("mailtls.report/1"));
        QCOMPARE(report.value(QStringLiteral("kind")).toString(), QStringLiteral("cert-inspect"));
        QCOMPARE(report.value(QStringLiteral("certificates")).toArray().size(), 2);
        const QStringList ids = findingIds(report);
        QVERIFY2(ids.contains(QStringLiteral("chain.order_wrong")), qPrintable(ids.join(QLatin1Char(' '))));
        QVERIFY(!ids.contains(QStringLiteral("key.mismatch")));   // the key belongs to the leaf at position 1

        // --fail-on low turns the order finding into exit 1.
        runCli({QStringLiteral("cert"), QStringLiteral("inspect"), pki().rsaChainReversedFile(), QStringLiteral("--ca-file"),
                pki().caFile(), QStringLiteral("--fail-on"), QStringLiteral("low"), QStringLiteral("-q")},
               &code, &err);
        QCOMPARE(code, 1);

        // The right order with the root: only the info finding about the root.
        const QByteArray good = runCli({QStringLiteral("cert"), QStringLiteral("inspect"), pki().rsaChainWithRootFile(),
                                        QStringLiteral("--ca-file"), pki().caFile(), QStringLiteral("--servername"),
                                        QStringLiteral("localhost"), QStringLiteral("--json"), QStringLiteral("-")},
                                       &code, &err);
        QCOMPARE(code, 0);
        QCOMPARE(findingIds(QJsonDocument::fromJson(good).object()), QStringList{QStringLiteral("chain.root_included")});

        // A key of another certificate: key.mismatch, and a damaged file is exit 2.
        const QByteArray mismatch = runCli({QStringLiteral("cert"), QStringLiteral("inspect"), pki().rsaLeaf().chainFile,
                                            pki().ecdsaLeaf().keyFile, QStringLiteral("--ca-file"), pki().caFile(),
                                            QStringLiteral("--json"), QStringLiteral("-")},
                                           &code, &err);
        QVERIFY(findingIds(QJsonDocument::fromJson(mismatch).object()).contains(QStringLiteral("key.mismatch")));
        runCli({QStringLiteral("cert"), QStringLiteral("inspect"), QStringLiteral(MAILTLS_CLI_PATH)}, &code, &err);
        QCOMPARE(code, 2);
        QVERIFY2(err.contains(QByteArray(MAILTLS_CLI_PATH)), err.constData());
    }
};

MAILTLS_TEST_MAIN(TestCertInspectExim)
#include "test_cert_inspect_exim.moc"
