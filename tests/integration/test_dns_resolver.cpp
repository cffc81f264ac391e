// The validating resolver (dns/resolver.h) against a signed DNS world on loopback
// (tests/support/dns_zone.h: nsd behind a validating unbound): secure, insecure and bogus
// answers with their presentation forms, NXDOMAIN and NODATA, CNAME chains and a CNAME loop, a
// resolver that answers SERVFAIL told apart from one that does not answer at all, cancel, and
// lookups from several threads at once.

#include <QElapsedTimer>
#include <QtTest>

#include <atomic>
#include <thread>
#include <vector>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "base/cancel_token.h"
#include "dns/resolver.h"
#include "dns_zone.h"
#include "test_registry.h"
#include "test_servers.h"

using namespace mailtls::core;
using mailtls::test::DnsTestbed;
using mailtls::test::DnsTestZone;

namespace {

const QString kTlsaHex = QStringLiteral("0A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D4E5F60718293A4B5C6D7E8F9");

// A UDP port on loopback that receives and never answers, for as long as this object lives.
class SilentUdpPort
{
public:
    SilentUdpPort()
    {
        fd_ = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_in sa{};
        sa.sin_family = AF_INET;
        sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof sa;
        if (fd_ >= 0 && ::bind(fd_, reinterpret_cast<sockaddr *>(&sa), sizeof sa) == 0
            && ::getsockname(fd_, reinterpret_cast<sockaddr *>(&sa), &len) == 0)
            port_ = ntohs(sa.sin_port);
    }
    ~SilentUdpPort()
    {
        if (fd_ >= 0)
            ::close(fd_);
    }
    quint16 port() const { return port_; }

private:
    int fd_ = -1;
    quint16 port_ = 0;
};

QString describe(const DnsLookup &r)
{
    return QStringLiteral("%1 %2: answered=%3 rcode=%4 dnssec=%5 why=%6 records=[%7] chain=[%8] canonical=%9 error=%10 (%11 ms)")
        .arg(r.name, r.type)
        .arg(r.answered)
        .arg(r.rcode, dnssecStatusName(r.dnssec), r.whyBogus, r.records.join(QStringLiteral("; ")),
             r.cnameChain.join(QStringLiteral(", ")), r.canonicalName, r.error)
        .arg(r.elapsedMs);
}

} // namespace

class TestDnsResolver : public QObject
{
    Q_OBJECT

    DnsTestbed testbed_;
    Resolver resolver_;

    DnsLookup ask(const QString &name, const QString &type)
    {
        const DnsLookup r = resolver_.lookup(name, type, CancelToken());
        qInfo().noquote() << describe(r);
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        DnsTestZone good;
        good.name = QStringLiteral("good.mailtls.test");
        good.records = {
            QStringLiteral("@ MX 10 mx1"),
            QStringLiteral("@ MX 20 mx2"),
            QStringLiteral("mx1 A 192.0.2.10"),
            QStringLiteral("mx1 AAAA 2001:db8::10"),
            QStringLiteral("mx2 CNAME mx1"),
            QStringLiteral("www CNAME mx2"),
            QStringLiteral("_25._tcp.mx1 TLSA 3 1 1 ") + kTlsaHex.toLower(),
            QStringLiteral("_mta-sts TXT \"v=STSv1; \" \"id=20240101\""),
            QStringLiteral("odd TXT \"a\\001b\\\\c\""),
            QStringLiteral("loop1 CNAME loop2"),
            QStringLiteral("loop2 CNAME loop1"),
        };
        DnsTestZone bogus;
        bogus.name = QStringLiteral("bogus.mailtls.test");
        bogus.signing = DnsTestZone::Signing::Expired;
        bogus.records = {QStringLiteral("@ MX 10 mx1"), QStringLiteral("mx1 A 192.0.2.20")};
        DnsTestZone plain;
        plain.name = QStringLiteral("plain.mailtls.test");
        plain.signing = DnsTestZone::Signing::Unsigned;
        plain.records = {QStringLiteral("@ MX 10 mx1"), QStringLiteral("mx1 A 192.0.2.30")};
        testbed_.addZone(good);
        testbed_.addZone(bogus);
        testbed_.addZone(plain);
        QElapsedTimer clock;
        clock.start();
        QString error;
        QVERIFY2(testbed_.start(&error), qPrintable(error));
        qInfo() << "testbed up in" << clock.elapsed() << "ms; resolver" << testbed_.resolverAddress();

        ResolverOptions options;
        options.forwarder = testbed_.resolverAddress();
        options.trustAnchorFile = testbed_.trustAnchorFile();
        Error openError;
        QVERIFY2(resolver_.open(options, &openError), qPrintable(openError.message));
        QCOMPARE(resolver_.resolverText(), testbed_.resolverAddress());
        QCOMPARE(resolver_.trustAnchorText(), testbed_.trustAnchorFile());
    }

    void secureMx()
    {
        const DnsLookup r = ask(QStringLiteral("Good.Mailtls.Test."), QStringLiteral("MX"));
        QCOMPARE(r.name, QStringLiteral("good.mailtls.test"));
        QVERIFY(r.hasData());
        QCOMPARE(r.rcode, QStringLiteral("NOERROR"));
        QCOMPARE(r.dnssec, DnssecStatus::Secure);
        QStringList records = r.records;
        records.sort();
        QCOMPARE(records, QStringList({QStringLiteral("10 mx1.good.mailtls.test"), QStringLiteral("20 mx2.good.mailtls.test")}));
        QCOMPARE(r.rdata.size(), 2);
        QVERIFY(r.ttl > 0 && r.ttl <= 300);
        QVERIFY(r.error.isEmpty());
        QVERIFY(r.canonicalName.isEmpty());
        QVERIFY(r.cnameChain.isEmpty());
        QCOMPARE(r.droppedRecords, 0);
    }

    void secureAddressesAndTlsa()
    {
        const DnsLookup a = ask(QStringLiteral("mx1.good.mailtls.test"), QStringLiteral("A"));
        QCOMPARE(a.records, QStringList{QStringLiteral("192.0.2.10")});
        QCOMPARE(a.dnssec, DnssecStatus::Secure);
        const DnsLookup aaaa = ask(QStringLiteral("mx1.good.mailtls.test"), QStringLiteral("AAAA"));
        QCOMPARE(aaaa.records, QStringList{QStringLiteral("2001:db8::10")});
        QCOMPARE(aaaa.dnssec, DnssecStatus::Secure);
        const DnsLookup tlsa = ask(QStringLiteral("_25._tcp.mx1.good.mailtls.test"), QStringLiteral("TLSA"));
        QCOMPARE(tlsa.records, QStringList{QStringLiteral("3 1 1 ") + kTlsaHex});
        QCOMPARE(tlsa.dnssec, DnssecStatus::Secure);
    }

    void txtStringsJoinedAndEscaped()
    {
        const DnsLookup sts = ask(QStringLiteral("_mta-sts.good.mailtls.test"), QStringLiteral("TXT"));
        QCOMPARE(sts.records, QStringList{QStringLiteral("v=STSv1; id=20240101")});
        QCOMPARE(sts.dnssec, DnssecStatus::Secure);
        const DnsLookup odd = ask(QStringLiteral("odd.good.mailtls.test"), QStringLiteral("TXT"));
        QCOMPARE(odd.records, QStringList{QStringLiteral("a\\001b\\092c")});
    }

    void insecureDelegation()
    {
        const DnsLookup r = ask(QStringLiteral("plain.mailtls.test"), QStringLiteral("MX"));
        QCOMPARE(r.records, QStringList{QStringLiteral("10 mx1.plain.mailtls.test")});
        QCOMPARE(r.dnssec, DnssecStatus::Insecure);
        QVERIFY(r.whyBogus.isEmpty());
        QVERIFY(r.error.isEmpty());
    }

    void bogusWithTheValidatorsReason()
    {
        // The fixture's unbound validates too and withholds the bogus answer (SERVFAIL);
        // libunbound asks again with CD set, validates the data itself and says why.
        const DnsLookup r = ask(QStringLiteral("bogus.mailtls.test"), QStringLiteral("MX"));
        QVERIFY(r.answered);
        QCOMPARE(r.dnssec, DnssecStatus::Bogus);
        QVERIFY2(r.whyBogus.contains(QLatin1String("signature expired")), qPrintable(r.whyBogus));
        QVERIFY(r.whyBogus.contains(QLatin1String("bogus.mailtls.test")));
    }

    void nxdomainAndNodata()
    {
        const DnsLookup nx = ask(QStringLiteral("nothing.good.mailtls.test"), QStringLiteral("MX"));
        QVERIFY(nx.answered);
        QVERIFY(nx.nxdomain());
        QVERIFY(!nx.noData());
        QCOMPARE(nx.dnssec, DnssecStatus::Secure);   // the denial is signed (NSEC)
        QVERIFY(nx.error.isEmpty());
        const DnsLookup nodata = ask(QStringLiteral("good.mailtls.test"), QStringLiteral("AAAA"));
        QVERIFY(nodata.noData());
        QCOMPARE(nodata.rcode, QStringLiteral("NOERROR"));
        QCOMPARE(nodata.dnssec, DnssecStatus::Secure);
        QVERIFY(nodata.error.isEmpty());
    }

    void cnameChainFollowed()
    {
        // The MX's second host is a CNAME to the first.
        const DnsLookup mx2 = ask(QStringLiteral("mx2.good.mailtls.test"), QStringLiteral("A"));
        QCOMPARE(mx2.records, QStringList{QStringLiteral("192.0.2.10")});
        QCOMPARE(mx2.canonicalName, QStringLiteral("mx1.good.mailtls.test"));
        QCOMPARE(mx2.cnameChain, QStringList{QStringLiteral("mx1.good.mailtls.test")});
        QCOMPARE(mx2.dnssec, DnssecStatus::Secure);
        const DnsLookup www = ask(QStringLiteral("www.good.mailtls.test"), QStringLiteral("A"));
        QCOMPARE(www.cnameChain, QStringList({QStringLiteral("mx2.good.mailtls.test"), QStringLiteral("mx1.good.mailtls.test")}));
        QCOMPARE(www.canonicalName, QStringLiteral("mx1.good.mailtls.test"));
        const DnsLookup cname = ask(QStringLiteral("mx2.good.mailtls.test"), QStringLiteral("CNAME"));
        QCOMPARE(cname.records, QStringList{QStringLiteral("mx1.good.mailtls.test")});
    }

    void cnameLoopEndsWithAReason()
    {
        const DnsLookup r = ask(QStringLiteral("loop1.good.mailtls.test"), QStringLiteral("A"));
        QVERIFY(r.records.isEmpty());
        QVERIFY2(!r.error.isEmpty(), qPrintable(describe(r)));
        QVERIFY(r.elapsedMs < 8000);
    }

    void servfailIsAnAnswer()
    {
        const DnsLookup r = ask(DnsTestbed::servfailName(), QStringLiteral("A"));
        QVERIFY2(r.answered, qPrintable(describe(r)));
        QCOMPARE(r.rcode, QStringLiteral("SERVFAIL"));
        QVERIFY(r.error.contains(testbed_.resolverAddress()));
        QVERIFY(r.error.contains(QLatin1String("SERVFAIL")));
        QVERIFY(!r.hasData());
    }

    void unreachableResolverWithinTheTimeout()
    {
        // Bound on TCP, nothing on UDP: the kernel refuses every datagram.
        mailtls::test::RefusingPort refusing;
        QVERIFY(refusing.port() != 0);
        Resolver resolver;
        ResolverOptions options;
        options.forwarder = QStringLiteral("127.0.0.1:%1").arg(refusing.port());
        options.trustAnchorFile = testbed_.trustAnchorFile();
        options.timeoutMs = 2000;
        Error error;
        QVERIFY2(resolver.open(options, &error), qPrintable(error.message));
        for (int i = 0; i < 2; ++i) {   // the second one meets libunbound's memory of the first
            QElapsedTimer clock;
            clock.start();
            const DnsLookup r = resolver.lookup(QStringLiteral("good.mailtls.test"), QStringLiteral("MX"), CancelToken());
            qInfo().noquote() << describe(r);
            QVERIFY(clock.elapsed() < 2000 + 500);
            QVERIFY(!r.answered);
            QVERIFY(r.rcode.isEmpty());
            QCOMPARE(r.dnssec, DnssecStatus::Unknown);
            QVERIFY2(r.error.startsWith(QStringLiteral("the resolver 127.0.0.1:%1 ").arg(refusing.port())), qPrintable(r.error));
        }
    }

    void silentResolverTimesOutAndCancelIsPrompt()
    {
        SilentUdpPort silent;
        QVERIFY(silent.port() != 0);
        Resolver resolver;
        ResolverOptions options;
        options.forwarder = QStringLiteral("127.0.0.1:%1").arg(silent.port());
        options.trustAnchorFile = testbed_.trustAnchorFile();
        options.timeoutMs = 1500;
        Error error;
        QVERIFY2(resolver.open(options, &error), qPrintable(error.message));

        const DnsLookup timedOut = resolver.lookup(QStringLiteral("good.mailtls.test"), QStringLiteral("MX"), CancelToken());
        qInfo().noquote() << describe(timedOut);
        QVERIFY(!timedOut.answered);
        QCOMPARE(timedOut.error, QStringLiteral("the resolver 127.0.0.1:%1 did not answer within 1.5 s").arg(silent.port()));
        QVERIFY(timedOut.elapsedMs >= 1400 && timedOut.elapsedMs < 2000);

        CancelToken cancel;
        std::thread canceller([cancel] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            cancel.cancel();
        });
        QElapsedTimer clock;
        clock.start();
        const DnsLookup cancelled = resolver.lookup(QStringLiteral("other.good.mailtls.test"), QStringLiteral("A"), cancel);
        canceller.join();
        QCOMPARE(cancelled.error, QStringLiteral("cancelled"));
        QVERIFY(!cancelled.answered);
        QVERIFY2(clock.elapsed() < 600, qPrintable(QString::number(clock.elapsed())));

        clock.restart();
        const DnsLookup already = resolver.lookup(QStringLiteral("good.mailtls.test"), QStringLiteral("A"), cancel);
        QCOMPARE(already.error, QStringLiteral("cancelled"));
        QVERIFY(clock.elapsed() < 100);
    }

    void parallelLookupsShareOneValidator()
    {
        const QStringList names = {QStringLiteral("good.mailtls.test"), QStringLiteral("plain.mailtls.test"),
                                   QStringLiteral("bogus.mailtls.test"), QStringLiteral("nothing.good.mailtls.test")};
        std::atomic<int> wrong{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 8; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0; i < 25; ++i) {
                    const QString name = names.at((t + i) % names.size());
                    const DnsLookup r = resolver_.lookup(name, QStringLiteral("MX"), CancelToken());
                    const DnssecStatus expected = name.startsWith(QLatin1String("plain")) ? DnssecStatus::Insecure
                        : name.startsWith(QLatin1String("bogus"))                         ? DnssecStatus::Bogus
                                                                                          : DnssecStatus::Secure;
                    if (!r.answered || r.dnssec != expected)
                        ++wrong;
                }
            });
        }
        for (auto &thread : threads)
            thread.join();
        QCOMPARE(wrong.load(), 0);
    }

    void openRefusesWhatCannotWork()
    {
        Resolver resolver;
        ResolverOptions options;
        Error error;
        options.forwarder = QStringLiteral("resolver.example.org");
        QVERIFY(!resolver.open(options, &error));
        QCOMPARE(error.kind, ErrorKind::Usage);
        options.forwarder = QStringLiteral("[::1]:99999");
        QVERIFY(!resolver.open(options, &error));
        QCOMPARE(error.kind, ErrorKind::Usage);

        options.forwarder = QStringLiteral("[::1]:5353");
        options.trustAnchorFile = testbed_.workDir() + QStringLiteral("/missing.ds");
        QVERIFY(!resolver.open(options, &error));
        QCOMPARE(error.kind, ErrorKind::FileUnreadable);

        const QString garbage = testbed_.workDir() + QStringLiteral("/garbage.ds");
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a trust anchor\n");
        file.close();
        options.trustAnchorFile = garbage;
        QVERIFY(!resolver.open(options, &error));
        QCOMPARE(error.kind, ErrorKind::BadFormat);
        QVERIFY(error.message.startsWith(garbage));

        options.trustAnchorFile = testbed_.trustAnchorFile();
        QVERIFY2(resolver.open(options, &error), qPrintable(error.message));
        QCOMPARE(resolver.resolverText(), QStringLiteral("[::1]:5353"));
    }

    void cleanupTestCase()
    {
        testbed_.stop();
    }
};

MAILTLS_TEST_MAIN(TestDnsResolver)
#include "test_dns_resolver.moc"
