// The log line reader over files as rotations leave them: plain, gzip, xz, bzip2 (made by the
// gzip, xz and bzip2 commands), several members concatenated, CRLF and no final line end; and
// as damage leaves them: a truncated compressed file, a binary file, a line of megabytes.

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "base/limits.h"
#include "logs/log_reader.h"
#include "test_registry.h"

using namespace mailtls::core;

namespace {

QByteArray sampleLog(int lines)
{
    QByteArray out;
    for (int i = 1; i <= lines; ++i)
        out += QByteArray("2026-12-06 02:46:09 1xa2GP-0005Po-10 <= a@example.org H=(client.example.org) [127.0.0.1] P=esmtps S=")
               + QByteArray::number(i) + '\n';
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// `tool -c` over `bytes`: the compressed file's contents.
QByteArray compress(const QString &tool, const QByteArray &bytes)
{
    QProcess p;
    p.start(tool, {QStringLiteral("-c")});
    if (!p.waitForStarted(10000))
        return {};
    p.write(bytes);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return p.exitCode() == 0 ? p.readAllStandardOutput() : QByteArray();
}

struct ReadAll {
    QStringList lines;
    Error error;
    QString compression;
    qint64 longLines = 0;
};

ReadAll readAll(const QString &path)
{
    ReadAll r;
    LogLineReader reader(path);
    if (!reader.open(&r.error))
        return r;
    r.compression = reader.compression();
    QString line;
    while (reader.next(&line))
        r.lines << line;
    r.error = reader.error();
    r.longLines = reader.longLines();
    return r;
}

} // namespace

class TestLogReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compressions_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("compression");
        QTest::newRow("plain") << "" << "";
        QTest::newRow("gzip") << "gzip" << "gzip";
        QTest::newRow("xz") << "xz" << "xz";
        QTest::newRow("bzip2") << "bzip2" << "bzip2";
    }
    void compressions()
    {
        QFETCH(QString, tool);
        QFETCH(QString, compression);
        QTemporaryDir dir;
        // Two rotations' worth, compressed separately and concatenated (as `cat a.gz b.gz`).
        const QByteArray first = sampleLog(20000);
        const QByteArray second = QByteArray("last line without a line end\r\nreally last");
        QByteArray bytes = tool.isEmpty() ? first + second : compress(tool, first) + compress(tool, second);
        QVERIFY(!bytes.isEmpty());
        const QString path = dir.filePath(QStringLiteral("mainlog.1"));   // the name says nothing
        QVERIFY(writeFile(path, bytes));
        const ReadAll r = readAll(path);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
        QCOMPARE(r.compression, compression);
        QCOMPARE(r.lines.size(), 20002);
        QVERIFY(r.lines.at(0).endsWith(QLatin1String("S=1")));
        QCOMPARE(r.lines.at(19999).section(QLatin1Char('='), -1), QStringLiteral("20000"));
        QCOMPARE(r.lines.at(20000), QStringLiteral("last line without a line end"));   // CR dropped
        QCOMPARE(r.lines.at(20001), QStringLiteral("really last"));
    }

    void truncatedCompressedFile_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::newRow("gzip") << "gzip";
        QTest::newRow("xz") << "xz";
        QTest::newRow("bzip2") << "bzip2";
    }
    void truncatedCompressedFile()
    {
        QFETCH(QString, tool);
        QTemporaryDir dir;
        const QByteArray whole = compress(tool, sampleLog(50000));
        QVERIFY(!whole.isEmpty());
        const QString path = dir.filePath(QStringLiteral("cut"));
        QVERIFY(writeFile(path, whole.left(whole.size() * 2 / 3)));
        const ReadAll r = readAll(path);
        QVERIFY(r.error.isError());
        QCOMPARE(r.error.kind, ErrorKind::BadFormat);
        QVERIFY2(r.error.message.startsWith(path + QLatin1Char(':')), qPrintable(r.error.message));
        QVERIFY2(r.error.message.contains(tool), qPrintable(r.error.message));
        // Everything before the damage was handed out.
        QVERIFY2(r.lines.size() > 1000 && r.lines.size() < 50000, qPrintable(QString::number(r.lines.size())));
        QVERIFY(r.lines.at(999).endsWith(QLatin1String("S=1000")));
    }

    void binaryFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("binary"));
        QVERIFY(writeFile(path, sampleLog(3) + QByteArray("\x7f" "ELF\0\0\0\x01\x02", 9) + sampleLog(3)));
        const ReadAll r = readAll(path);
        QCOMPARE(r.lines.size(), 3);
        QVERIFY(r.error.isError());
        QCOMPARE(r.error.kind, ErrorKind::BadFormat);
        QVERIFY2(r.error.message.startsWith(path + QStringLiteral(":4: binary data")), qPrintable(r.error.message));
        // "FILE:LINE: why", the why a phrase of its own, both translatable, same English.
        QVERIFY(r.error.messagePhrase.translatable());
        QCOMPARE(r.error.messagePhrase.english(), r.error.message);
        QCOMPARE(r.error.messagePhrase.values().size(), size_t(3));
        QVERIFY(r.error.messagePhrase.values().at(2).translatable());
    }

    void hugeLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge"));
        QByteArray bytes = "before\n" + QByteArray(8 * 1024 * 1024, 'x') + "\nafter\n";
        QVERIFY(writeFile(path, bytes));
        const ReadAll r = readAll(path);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
        QCOMPARE(r.lines.size(), 3);
        QCOMPARE(r.lines.at(0), QStringLiteral("before"));
        QCOMPARE(r.lines.at(1).size(), limits::kLogLineChars);
        QCOMPARE(r.lines.at(2), QStringLiteral("after"));
        QCOMPARE(r.longLines, 1);
    }

    void missingAndEmpty()
    {
        QTemporaryDir dir;
        LogLineReader missing(dir.filePath(QStringLiteral("nope")));
        Error error;
        QVERIFY(!missing.open(&error));
        QCOMPARE(error.kind, ErrorKind::FileUnreadable);
        QVERIFY(error.message.contains(QLatin1String("nope")));
        // The faces can translate it: a phrase of the "Errors" context that fills to the same English.
        QVERIFY(error.messagePhrase.translatable());
        QCOMPARE(QString::fromLatin1(error.messagePhrase.context()), QStringLiteral("Errors"));
        QCOMPARE(error.messagePhrase.source(), QStringLiteral("cannot read %1: %2"));
        QCOMPARE(error.messagePhrase.english(), error.message);
        QCOMPARE(shownMessage(error), error.message);   // no translator installed: English

        const QString empty = dir.filePath(QStringLiteral("empty"));
        QVERIFY(writeFile(empty, QByteArray()));
        const ReadAll r = readAll(empty);
        QVERIFY(!r.error.isError());
        QVERIFY(r.lines.isEmpty());
    }
};

MAILTLS_TEST_MAIN(TestLogReader)
#include "test_log_reader.moc"
