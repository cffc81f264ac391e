// Reading a whole input file under its limit (base/read_file.h): files within the limit are read
// whole, larger ones are refused by their size before a byte is read, pipes are read up to the
// limit, and a named pipe nobody writes to ends at once instead of blocking.

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <QElapsedTimer>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <sys/types.h>

#include <thread>

#include "base/limits.h"
#include "base/read_file.h"
#include "test_registry.h"

using namespace mailtls::core;

class TestReadFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withinLimitIsReadWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(3000, 'x'));
        f.close();
        QByteArray out;
        Error error;
        QVERIFY(readFileBounded(path, 3000, QStringLiteral("saved report"), &out, &error));
        QCOMPARE(out.size(), 3000);
        QVERIFY(!error.isError());
    }

    void overLimitIsRefusedWithTheLimit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(2049, 'x'));
        f.close();
        QByteArray out = "untouched";
        Error error;
        QVERIFY(!readFileBounded(path, 2048, QStringLiteral("saved report"), &out, &error));
        QCOMPARE(error.kind, ErrorKind::BadFormat);
        QCOMPARE(error.message, path + QStringLiteral(": larger than 2 KiB, the most a saved report may be"));
        QCOMPARE(out, QByteArray("untouched"));
        // The kind of file is a phrase of its own, so the faces show the whole sentence translated.
        Error named;
        QVERIFY(!readFileBounded(path, 2048, phrase("Errors", "saved report"), &out, &named));
        QCOMPARE(named.message, error.message);
        QVERIFY(named.messagePhrase.translatable());
        QCOMPARE(named.messagePhrase.english(), named.message);
        QVERIFY(named.messagePhrase.values().back().translatable());
    }

    void missingAndDirectoryNameThePath()
    {
        QTemporaryDir dir;
        QByteArray out;
        Error error;
        QVERIFY(!readFileBounded(dir.filePath(QStringLiteral("nothing")), 10, QStringLiteral("x"), &out, &error));
        QCOMPARE(error.kind, ErrorKind::FileUnreadable);
        QVERIFY2(error.message.endsWith(QLatin1String("nothing: no such file")), qPrintable(error.message));
        QVERIFY(!readFileBounded(dir.path(), 10, QStringLiteral("x"), &out, &error));
        QVERIFY2(error.message.endsWith(QLatin1String("it is a directory")), qPrintable(error.message));
    }

    void endlessDeviceStopsAtTheLimit()
    {
        // /dev/zero never ends: read one byte past the limit, then refused.
        QByteArray out;
        Error error;
        QVERIFY(!readFileBounded(QStringLiteral("/dev/zero"), 5 * 1024 * 1024, QStringLiteral("message"), &out, &error));
        QCOMPARE(error.message, QStringLiteral("/dev/zero: larger than 5 MiB, the most a message may be"));
        QVERIFY(out.isEmpty());
    }

    void fifoWithoutWriterEndsAtOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        QElapsedTimer timer;
        timer.start();
        QByteArray out;
        Error error;
        QVERIFY(!readFileBounded(path, 1024, QStringLiteral("saved report"), &out, &error));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(error.message.contains(QLatin1String("no writer")), qPrintable(error.message));
    }

    void fifoWithWriterIsReadWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        // A writer is there before the reader (O_RDWR does not wait), has written part of the
        // data, and closes a moment later: the reader waits for it and gets everything.
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR);
        QVERIFY(fd >= 0);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(::write(fd, QByteArray(1000, char('a' + i)).constData(), 1000), ssize_t(1000));
        std::thread closer([fd] {
            QThread::msleep(200);
            ::close(fd);
        });
        QByteArray out;
        Error error;
        const bool ok = readFileBounded(path, 20000, QStringLiteral("saved report"), &out, &error);
        closer.join();
        QVERIFY2(ok, qPrintable(error.message));
        QCOMPARE(out.size(), 10000);
        QVERIFY(out.endsWith(QByteArray(1000, 'j')));
    }

    void deviceBoundedReadsStdinLikeSources()
    {
        QByteArray source(70000, 'q');
        QBuffer buffer(&source);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QByteArray out;
        Error error;
        QVERIFY(!readDeviceBounded(&buffer, QStringLiteral("stdin"), 65536, QStringLiteral("message"), &out, &error));
        QCOMPARE(error.message, QStringLiteral("stdin: larger than 64 KiB, the most a message may be"));
        buffer.seek(0);
        QVERIFY(readDeviceBounded(&buffer, QStringLiteral("stdin"), 70000, QStringLiteral("message"), &out, &error));
        QCOMPARE(out.size(), 70000);
    }

    void limitsTextReadsAsWritten()
    {
        QCOMPARE(byteLimitText(limits::kReportFileBytes), QStringLiteral("64 MiB"));
        QCOMPARE(byteLimitText(1536), QStringLiteral("1536 bytes"));
        QCOMPARE(byteLimitText(300), QStringLiteral("300 bytes"));
    }
};

MAILTLS_TEST_MAIN(TestReadFile)
#include "test_read_file.moc"
