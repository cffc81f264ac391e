// The loading path under damaged input: thousands of truncated, bit-flipped, spliced and
// random variants of real PEM, DER, PKCS#12 and key files must each end as a loaded file or a
// one-line error naming the input, never a crash, a hang or a stale OpenSSL error queue.
// Deterministic (fixed seed), so a failure reproduces.

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <openssl/err.h>

#include <random>

#include "x509/certificate_loader.h"
#include "test_registry.h"

using namespace mailtls::core;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCertFuzz : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QList<QPair<QString, QByteArray>> seeds_;
    std::mt19937 rng_{20251122u};
    int runs_ = 0;
    int loaded_ = 0;

    bool openssl(const QStringList &args)
    {
        QProcess p;
        p.setWorkingDirectory(dir_.path());
        p.start(QStringLiteral("openssl"), args);
        return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    quint32 below(quint32 n) { return n ? quint32(rng_() % n) : 0; }

    // One input through the loader: either loaded or exactly one error naming it.
    void feed(const QByteArray &data, const QByteArray &passphrase)
    {
        CertificateLoadOptions options;
        options.passphrase = passphrase;
        CertificateLoadResult result;
        const bool ok = loadCertificateData(data, QStringLiteral("fuzz-input"), options, &result);
        ++runs_;
        if (ok) {
            ++loaded_;
            QVERIFY(result.ok());
            QVERIFY(!result.certificates.isEmpty() || !result.keys.isEmpty());
            for (const Certificate &c : std::as_const(result.certificates)) {
                // Touch every accessor a view would call on what was loaded.
                (void)c.subject();
                (void)c.toText();
                (void)c.extensions();
                (void)c.basicConstraints();
                (void)c.crlDistributionPoints();
                (void)c.ocspUrls();
            }
        } else {
            QCOMPARE(result.errors.size(), 1);
            QVERIFY(result.errors.first().startsWith(QStringLiteral("fuzz-input: ")));
            QCOMPARE(result.errorPhrases.size(), 1);   // the faces' translatable form fills to the same text
            QCOMPARE(result.errorPhrases.first().english(), result.errors.first());
            QVERIFY(result.certificates.isEmpty());
        }
        QCOMPARE(ERR_peek_error(), 0UL);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        const QString fixtures = QStringLiteral(MAILTLS_FIXTURES_DIR "/certs/");
        const QByteArray leaf = readAll(fixtures + QStringLiteral("leaf-rsa2048.pem"));
        const QByteArray inter = readAll(fixtures + QStringLiteral("intermediate-ca.pem"));
        QVERIFY(!leaf.isEmpty() && !inter.isEmpty());
        seeds_ << qMakePair(QStringLiteral("pem"), leaf + inter);
        seeds_ << qMakePair(QStringLiteral("der"), Certificate::listFromPem(leaf).value(0).toDer());
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                         QStringLiteral("-keyout"), QStringLiteral("key.pem"), QStringLiteral("-out"), QStringLiteral("cert.pem"),
                         QStringLiteral("-subj"), QStringLiteral("/CN=fuzz.example"), QStringLiteral("-days"), QStringLiteral("2")}));
        QVERIFY(openssl({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-in"), QStringLiteral("cert.pem"),
                         QStringLiteral("-inkey"), QStringLiteral("key.pem"), QStringLiteral("-passout"), QStringLiteral("pass:fuzz"),
                         QStringLiteral("-out"), QStringLiteral("b.p12")}));
        QVERIFY(openssl({QStringLiteral("pkey"), QStringLiteral("-in"), QStringLiteral("key.pem"), QStringLiteral("-outform"),
                         QStringLiteral("DER"), QStringLiteral("-out"), QStringLiteral("key.der")}));
        QVERIFY(openssl({QStringLiteral("pkey"), QStringLiteral("-in"), QStringLiteral("key.pem"), QStringLiteral("-aes128"),
                         QStringLiteral("-passout"), QStringLiteral("pass:fuzz"), QStringLiteral("-out"), QStringLiteral("key-enc.pem")}));
        seeds_ << qMakePair(QStringLiteral("p12"), readAll(dir_.filePath(QStringLiteral("b.p12"))));
        seeds_ << qMakePair(QStringLiteral("keyder"), readAll(dir_.filePath(QStringLiteral("key.der"))));
        seeds_ << qMakePair(QStringLiteral("keypem"), readAll(dir_.filePath(QStringLiteral("key-enc.pem"))));
        for (const auto &seed : std::as_const(seeds_))
            QVERIFY2(!seed.second.isEmpty(), qPrintable(seed.first));
        // The unmodified seeds load (the mutations below start from working input).
        for (const auto &seed : std::as_const(seeds_)) {
            CertificateLoadOptions options;
            options.passphrase = "fuzz";
            CertificateLoadResult r;
            QVERIFY2(loadCertificateData(seed.second, seed.first, options, &r), qPrintable(r.errorText()));
        }
    }

    void truncations()
    {
        for (const auto &seed : std::as_const(seeds_)) {
            const QByteArray &data = seed.second;
            // Every cut near both ends, then evenly spaced cuts through the middle.
            const int step = qMax(1, int(data.size() / 150));
            for (int cut = 0; cut < data.size(); cut += (cut < 64 || cut > data.size() - 64) ? 1 : step) {
                feed(data.left(cut), "fuzz");
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }

    void bitFlips()
    {
        for (const auto &seed : std::as_const(seeds_)) {
            const int rounds = seed.first == QLatin1String("p12") ? 200 : 600;
            for (int i = 0; i < rounds; ++i) {
                QByteArray data = seed.second;
                const int flips = 1 + int(below(4));
                for (int f = 0; f < flips; ++f) {
                    const int at = int(below(quint32(data.size())));
                    data[at] = char(data.at(at) ^ (1 << below(8)));
                }
                feed(data, (i % 3) ? QByteArray("fuzz") : QByteArray());
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }

    void splicesAndGarbage()
    {
        for (int i = 0; i < 1500; ++i) {
            QByteArray data;
            switch (i % 4) {
            case 0: {   // random bytes, sometimes with a DER SEQUENCE header
                data.resize(int(below(2048)));
                for (char &c : data)
                    c = char(below(256));
                if (!data.isEmpty() && (i % 8) == 0)
                    data[0] = char(0x30);
                break;
            }
            case 1: {   // two seeds cut and glued
                const QByteArray &a = seeds_.at(int(below(quint32(seeds_.size())))).second;
                const QByteArray &b = seeds_.at(int(below(quint32(seeds_.size())))).second;
                data = a.left(int(below(quint32(a.size())))) + b.mid(int(below(quint32(b.size()))));
                break;
            }
            case 2: {   // random bytes inserted or deleted in the middle
                data = seeds_.at(int(below(quint32(seeds_.size())))).second;
                const int at = int(below(quint32(data.size())));
                if (i % 8 < 4)
                    data.remove(at, int(below(64)));
                else
                    data.insert(at, QByteArray(int(below(64)) + 1, char(below(256))));
                break;
            }
            default: {  // PEM armour around random base64
                QByteArray body(int(below(1500)), Qt::Uninitialized);
                for (char &c : body)
                    c = char(below(256));
                data = "-----BEGIN " + QByteArray(i % 8 == 3 ? "PRIVATE KEY" : "CERTIFICATE") + "-----\n"
                    + body.toBase64() + "\n-----END CERTIFICATE-----\n";
                break;
            }
            }
            feed(data, "fuzz");
            if (QTest::currentTestFailed())
                return;
        }
    }

    void cleanupTestCase()
    {
        qInfo("%d inputs, %d loaded, the rest rejected with an error", runs_, loaded_);
        QVERIFY(runs_ > 5000);
    }
};

MAILTLS_TEST_MAIN(TestCertFuzz)
#include "test_certificate_loader_fuzz.moc"
