// The file rules for generated material: private files 0600 from creation, no overwrite
// without force, all files of a command or none, and nothing left behind when a write fails.

#include <QtTest>

#include "pki_test_support.h"
#include "test_registry.h"

using namespace mailtls::core;
using namespace mailtls::test;

class TestOutputFile : public QObject, private PkiTestDir
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void privateFileIsCreated0600();
    void refusesToOverwrite();
    void forceReplaces();
    void unwritablePathLeavesNothing();
    void failedGroupLeavesNothing();
};

void TestOutputFile::init()
{
    QVERIFY(freshDir());
}

void TestOutputFile::privateFileIsCreated0600()
{
    Error error;
    const PrivateKey key = PrivateKey::generate(KeyType::Ed25519, &error);
    const mode_t previous = ::umask(0);   // even a permissive umask must not widen a key file
    const bool ok = writeOutputFiles({{path(QStringLiteral("key.pem")), key.toPem(), FileSecrecy::Secret},
                                      {path(QStringLiteral("cert.pem")), QByteArray("public\n"), FileSecrecy::Public}},
                                     false, &error);
    ::umask(previous);
    QVERIFY2(ok, qPrintable(error.message));
    QCOMPARE(fileMode(path(QStringLiteral("key.pem"))), 0600);
    QCOMPARE(fileMode(path(QStringLiteral("cert.pem"))), 0644);
    QCOMPARE(entries(), QStringList({QStringLiteral("cert.pem"), QStringLiteral("key.pem")}));   // no temporaries
}

void TestOutputFile::refusesToOverwrite()
{
    QFile existing(path(QStringLiteral("key.pem")));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("precious\n");
    existing.close();
    Error error;
    QVERIFY(!writeOutputFile({existing.fileName(), QByteArray("new\n"), FileSecrecy::Secret}, false, &error));
    QCOMPARE(error.kind, ErrorKind::FileExists);
    QVERIFY2(error.message.contains(QLatin1String("already exists (use --force")), qPrintable(error.message));
    QCOMPARE(readAll(existing.fileName()), QByteArray("precious\n"));
    QCOMPARE(entries(), QStringList{QStringLiteral("key.pem")});
}

void TestOutputFile::forceReplaces()
{
    Error error;
    QVERIFY(writeOutputFile({path(QStringLiteral("key.pem")), QByteArray("old\n"), FileSecrecy::Public}, false, &error));
    QVERIFY2(writeOutputFile({path(QStringLiteral("key.pem")), QByteArray("new\n"), FileSecrecy::Secret}, true, &error),
             qPrintable(error.message));
    QCOMPARE(readAll(path(QStringLiteral("key.pem"))), QByteArray("new\n"));
    QCOMPARE(fileMode(path(QStringLiteral("key.pem"))), 0600);
}

void TestOutputFile::unwritablePathLeavesNothing()
{
    // A regular file used as a directory fails even for root (tests may run as root).
    QFile notADir(path(QStringLiteral("plain")));
    QVERIFY(notADir.open(QIODevice::WriteOnly));
    notADir.close();
    Error error;
    QVERIFY(!writeOutputFile({path(QStringLiteral("plain/key.pem")), QByteArray("x"), FileSecrecy::Secret}, false, &error));
    QCOMPARE(error.kind, ErrorKind::FileUnwritable);
    QVERIFY2(error.message.contains(QLatin1String("plain/key.pem")), qPrintable(error.message));
    QVERIFY(!writeOutputFile({path(QStringLiteral("missing/key.pem")), QByteArray("x"), FileSecrecy::Secret}, false, &error));
    QCOMPARE(error.kind, ErrorKind::FileUnwritable);
    QVERIFY2(error.message.contains(QLatin1String("does not exist")), qPrintable(error.message));
    QVERIFY(!writeOutputFile({dir_->path(), QByteArray("x"), FileSecrecy::Secret}, true, &error));
    QVERIFY2(error.message.contains(QLatin1String("is a directory")), qPrintable(error.message));
    QCOMPARE(entries(), QStringList{QStringLiteral("plain")});
}

void TestOutputFile::failedGroupLeavesNothing()
{
    // The key would be fine, the certificate's path is not: neither may appear.
    QFile notADir(path(QStringLiteral("plain")));
    QVERIFY(notADir.open(QIODevice::WriteOnly));
    notADir.close();
    Error error;
    QVERIFY(!writeOutputFiles({{path(QStringLiteral("key.pem")), QByteArray("k"), FileSecrecy::Secret},
                               {path(QStringLiteral("plain/cert.pem")), QByteArray("c"), FileSecrecy::Public}},
                              false, &error));
    QCOMPARE(error.kind, ErrorKind::FileUnwritable);
    // The second name exists already: the first must not be left behind either.
    QVERIFY(!writeOutputFiles({{path(QStringLiteral("key.pem")), QByteArray("k"), FileSecrecy::Secret},
                               {path(QStringLiteral("plain")), QByteArray("c"), FileSecrecy::Public}},
                              false, &error));
    QCOMPARE(error.kind, ErrorKind::FileExists);
    QCOMPARE(entries(), QStringList{QStringLiteral("plain")});
}

MAILTLS_TEST_MAIN(TestOutputFile)
#include "test_output_file.moc"
