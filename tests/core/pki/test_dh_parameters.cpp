// DH parameters: refused sizes, cancellation that returns at once, and (1024 bits, tests only)
// parameters the `openssl dhparam -check` command accepts.

#include <QtTest>

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include "pki/dh_parameters.h"
#include "pki/output_file.h"
#include "test_registry.h"

using namespace mailtls::core;

class TestDhParameters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesOtherSizes();
    void cancelReturnsQuickly();
    void smallParametersForTests();
};

void TestDhParameters::refusesOtherSizes()
{
    Error error;
    for (int bits : {512, 1024, 2047, 8192}) {
        QVERIFY(DhParameters::generate(bits, {}, &error).isEmpty());
        QCOMPARE(error.kind, ErrorKind::Usage);
    }
    QVERIFY(DhParameters::isSupportedSize(2048) && DhParameters::isSupportedSize(3072) && DhParameters::isSupportedSize(4096));
}

void TestDhParameters::cancelReturnsQuickly()
{
    // 4096 bits would take minutes; the fifth progress event says stop.
    int calls = 0;
    QElapsedTimer timer;
    timer.start();
    Error error;
    const QByteArray pem = DhParameters::generate(4096, [&](const DhProgress &) { return ++calls < 5; }, &error);
    QVERIFY(pem.isEmpty());
    QCOMPARE(error.kind, ErrorKind::Cancelled);
    QCOMPARE(calls, 5);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestDhParameters::smallParametersForTests()
{
    int events = 0;
    bool sawPrime = false;
    Error error;
    const QByteArray pem = DhParameters::generate(1024, [&](const DhProgress &p) {
        ++events;
        sawPrime = sawPrime || p.stage == 2;
        return true;
    }, &error, true);
    QVERIFY2(!pem.isEmpty(), qPrintable(error.message));
    QVERIFY(pem.startsWith("-----BEGIN DH PARAMETERS-----"));
    QVERIFY(events > 0 && sawPrime);
    QCOMPARE(DhParameters::primeBits(pem), 1024);
    QCOMPARE(DhParameters::primeBits("garbage"), 0);

    QTemporaryDir dir;
    QVERIFY(writeOutputFile({dir.filePath(QStringLiteral("dh.pem")), pem, FileSecrecy::Public}, false, &error));
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), {QStringLiteral("dhparam"), QStringLiteral("-in"), dir.filePath(QStringLiteral("dh.pem")),
                                        QStringLiteral("-check"), QStringLiteral("-noout"), QStringLiteral("-text")});
    QVERIFY(p.waitForFinished(30000));
    const QString out = QString::fromUtf8(p.readAll());
    QVERIFY2(p.exitCode() == 0 && out.contains(QLatin1String("DH parameters appear to be ok")), qPrintable(out));
    QVERIFY(out.contains(QLatin1String("(1024 bit)")));
    QVERIFY(out.contains(QLatin1String("G:    2")) || out.contains(QLatin1String("generator: 2")));
}

MAILTLS_TEST_MAIN(TestDhParameters)
#include "test_dh_parameters.moc"
