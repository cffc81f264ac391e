// TlsClient against a real `openssl s_server` started here (tests/support/test_servers.h) and
// against scripted peers for the failures: the negotiated facts, the served chain and its
// verification, SNI only for host names, configuration a user got wrong (a Usage error, a CA
// file that does not load, a key that does not fit), and a handshake ended by an alert (Tls),
// by a hang-up (Closed) or by silence (Timeout).

#include <QElapsedTimer>
#include <QtTest>

#include <functional>
#include <tuple>

#include <openssl/x509_vfy.h>

#include "net/connection.h"
#include "tls/tls_client.h"
#include "scripted_peer.h"
#include "test_pki.h"
#include "test_registry.h"
#include "test_servers.h"

using namespace mailtls::core;
using mailtls::test::OpensslServer;
using mailtls::test::OpensslServerOptions;
using mailtls::test::PeerConnection;
using mailtls::test::ScriptedPeer;
using mailtls::test::TestPki;

namespace {

bool connectTo(Connection &c, quint16 port)
{
    Error error;
    return c.connectTo(QStringLiteral("127.0.0.1"), port, 5000, &error);
}

const HandshakeMessage *firstOf(const QList<HandshakeMessage> &messages, const QString &dir, const QString &type)
{
    for (const HandshakeMessage &m : messages)
        if (m.dir == dir && m.type == type)
            return &m;
    return nullptr;
}

// `openssl s_server` serving the test PKI's RSA leaf (`setup` adds to that), and one handshake
// with it.
struct OpensslHandshake {
    bool started = false;
    bool ok = false;
    Error error;
    TlsFacts facts;
    CertificateChain chain;
    QList<HandshakeMessage> messages;
    int heard = 0;   // messages the listener was told of
};

OpensslHandshake handshakeWithOpenssl(const std::function<void(OpensslServerOptions &)> &setup, const TlsClientConfig &config)
{
    OpensslHandshake out;
    OpensslServerOptions options;
    options.certFile = TestPki::instance().rsaLeaf().certFile;
    options.keyFile = TestPki::instance().rsaLeaf().keyFile;
    setup(options);
    OpensslServer server(options);
    QString startError;
    if (!server.start(&startError)) {
        out.error.message = startError;
        return out;
    }
    out.started = true;
    Connection connection {CancelToken()};
    if (!connectTo(connection, server.port()))
        return out;
    TlsClient tls(connection);
    int heard = 0;
    tls.recorder().setListener([&heard](const HandshakeMessage &) { ++heard; });
    if (!tls.configure(config, &out.error))
        return out;
    out.ok = tls.handshake(5000, &out.error);
    tls.fillFacts(&out.facts);
    out.chain = tls.peerChain();
    out.messages = tls.recorder().messages();
    out.heard = heard;
    tls.shutdown(500);   // its close_notify is recorded too, after what the test looks at
    return out;
}

enum class Answer { Alert, HangUp, Silence };

// One handshake against a peer that reads our ClientHello and then answers as told.
struct ScriptedHandshake {
    bool ok = false;
    Error error;
    TlsFacts facts;
    QList<HandshakeMessage> messages;
    QByteArray helloOnTheWire;
    qint64 tookMs = 0;
};

ScriptedHandshake handshakeWith(Answer answer, const TlsClientConfig &config = {}, int timeoutMs = 5000)
{
    ScriptedHandshake out;
    QByteArray hello;
    ScriptedPeer peer([answer, &hello](PeerConnection &c) {
        QByteArray record;
        if (!c.readTlsRecord(&record))
            return;
        hello = record;
        if (answer == Answer::Alert)
            c.send(QByteArray::fromHex("15030300020228"));   // fatal handshake_failure
        else if (answer == Answer::Silence)
            c.holdUntilClosed(5000);
        c.close();
    });
    if (!peer.start())
        return out;
    Connection connection {CancelToken()};
    if (!connectTo(connection, peer.port()))
        return out;
    TlsClient tls(connection);
    if (!tls.configure(config, &out.error))
        return out;
    QElapsedTimer timer;
    timer.start();
    out.ok = tls.handshake(timeoutMs, &out.error);
    out.tookMs = timer.elapsed();
    tls.fillFacts(&out.facts);
    out.messages = tls.recorder().messages();
    connection.close();
    peer.stop();
    out.helloOnTheWire = hello;
    return out;
}

} // namespace

class TestTlsClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(TestPki::instance().ok(), qPrintable(TestPki::instance().error()));
    }

    void handshakeWithOpensslFillsTheFacts()
    {
        const TestPki &pki = TestPki::instance();
        TlsClientConfig config;
        config.sni = QStringLiteral("localhost");
        config.verifyName = QStringLiteral("localhost");
        config.caFile = pki.caFile();
        const OpensslHandshake h = handshakeWithOpenssl([&pki](OpensslServerOptions &o) { o.chainFile = pki.intermediateFile(); },
                                                        config);
        QVERIFY2(h.started, qPrintable(h.error.message));
        QVERIFY2(h.ok, qPrintable(h.error.message));

        const TlsFacts &facts = h.facts;
        QVERIFY(facts.attempted);
        QVERIFY(facts.established);
        QCOMPARE(facts.version, QStringLiteral("TLSv1.3"));
        QVERIFY2(facts.cipher.iana.startsWith(QLatin1String("TLS_AES_")) || facts.cipher.iana.startsWith(QLatin1String("TLS_CHACHA20")),
                 qPrintable(facts.cipher.iana));
        QCOMPARE(facts.cipher.code >> 8, 0x13);
        QVERIFY(!facts.cipher.openssl.isEmpty());
        QVERIFY2(!facts.group.isEmpty(), "a TLS 1.3 handshake has a group");
        QVERIFY(!facts.tempKeyType.isEmpty());
        QCOMPARE(facts.peerSignatureType, QStringLiteral("RSA-PSS"));
        QVERIFY2(facts.verifyOk, qPrintable(facts.verifyMessage));
        QCOMPARE(facts.verifyCode, 0L);
        QVERIFY(facts.alert.isEmpty());
        QVERIFY(!facts.clientCertificateRequested);

        QCOMPARE(h.chain.size(), 2);
        QVERIFY2(h.chain.first().subject().contains(QLatin1String("CN=localhost")), qPrintable(h.chain.first().subject()));

        // The recorder heard the whole handshake, in order, with the SNI we sent.
        QCOMPARE(h.heard, int(h.messages.size()));
        const HandshakeMessage *hello = firstOf(h.messages, QStringLiteral("C"), QStringLiteral("ClientHello"));
        QVERIFY(hello);
        QVERIFY2(hello->summary.contains(QLatin1String("; SNI localhost; ")), qPrintable(hello->summary));
        QVERIFY(firstOf(h.messages, QStringLiteral("S"), QStringLiteral("ServerHello")));
        QVERIFY(firstOf(h.messages, QStringLiteral("S"), QStringLiteral("Certificate")));
        QVERIFY(firstOf(h.messages, QStringLiteral("C"), QStringLiteral("Finished")));
    }

    void tls12FactsAndAnUnverifiedName()
    {
        TlsClientConfig config;
        config.verifyName = QStringLiteral("wrong.example.org");
        config.caFile = TestPki::instance().caBundleFile();
        const OpensslHandshake h = handshakeWithOpenssl(
            [](OpensslServerOptions &o) {
                o.cipher = QStringLiteral("ECDHE-RSA-AES128-GCM-SHA256");
                o.extraArgs = {QStringLiteral("-tls1_2")};
            },
            config);
        QVERIFY2(h.started, qPrintable(h.error.message));
        QVERIFY2(h.ok, qPrintable(h.error.message));
        QCOMPARE(h.facts.version, QStringLiteral("TLSv1.2"));
        QCOMPARE(h.facts.cipher.code, quint16(0xC02F));
        QCOMPARE(h.facts.cipher.openssl, QStringLiteral("ECDHE-RSA-AES128-GCM-SHA256"));
        QCOMPARE(h.facts.cipher.iana, QStringLiteral("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"));
        // Recorded, never enforced: the handshake went through with a name that does not match.
        QVERIFY(!h.facts.verifyOk);
        QCOMPARE(h.facts.verifyCode, long(X509_V_ERR_HOSTNAME_MISMATCH));
        const HandshakeMessage *ske = firstOf(h.messages, QStringLiteral("S"), QStringLiteral("ServerKeyExchange"));
        QVERIFY(ske);
        QVERIFY2(ske->summary.startsWith(QLatin1String("ECDHE on ")), qPrintable(ske->summary));
    }

    void configurationMistakes()
    {
        const TestPki &pki = TestPki::instance();
        Connection connection {CancelToken()};
        // Each: the field set wrong, its value, the kind and the message (exact, or a prefix
        // ending in ": ").
        const QList<std::tuple<QString TlsClientConfig::*, QString, ErrorKind, QString>> mistakes = {
            {&TlsClientConfig::ciphers, QStringLiteral("NO-SUCH-CIPHER"), ErrorKind::Usage,
             QStringLiteral("no usable cipher in the list \"NO-SUCH-CIPHER\"")},
            {&TlsClientConfig::ciphersuites, QStringLiteral("TLS_NOPE"), ErrorKind::Usage,
             QStringLiteral("no usable TLS 1.3 suite in \"TLS_NOPE\"")},
            {&TlsClientConfig::minVersion, QStringLiteral("TLSv9"), ErrorKind::Usage, QStringLiteral("unknown TLS version \"TLSv9\"")},
            {&TlsClientConfig::maxVersion, QStringLiteral("SSLv2"), ErrorKind::Usage, QStringLiteral("unknown TLS version \"SSLv2\"")},
            {&TlsClientConfig::groups, QStringLiteral("nope"), ErrorKind::Usage, QStringLiteral("unknown group in \"nope\"")},
            {&TlsClientConfig::sigalgs, QStringLiteral("NOPE+SHA256"), ErrorKind::Usage,
             QStringLiteral("unknown signature algorithm in \"NOPE+SHA256\"")},
            {&TlsClientConfig::caFile, QStringLiteral("/nonexistent/ca.pem"), ErrorKind::FileUnreadable,
             QStringLiteral("cannot load CA file /nonexistent/ca.pem: ")},
            // A key that does not fit the client certificate set below.
            {&TlsClientConfig::clientKeyFile, pki.rsaLeaf().keyFile, ErrorKind::KeyMismatch,
             QStringLiteral("cannot load client key %1: ").arg(pki.rsaLeaf().keyFile)},
        };
        for (const auto &[field, value, kind, message] : mistakes) {
            TlsClientConfig config;
            config.*field = value;
            if (field == &TlsClientConfig::clientKeyFile)
                config.clientCertFile = pki.clientCert().certFile;
            TlsClient tls(connection);
            Error error;
            QVERIFY2(!tls.configure(config, &error), qPrintable(message));
            QCOMPARE(error.kind, kind);
            if (message.endsWith(QLatin1String(": ")))
                QVERIFY2(error.message.startsWith(message), qPrintable(error.message));
            else
                QCOMPARE(error.message, message);
            QVERIFY(outcomeClass(error.kind) == OutcomeClass::Usage);   // the user's to fix, never the server's
        }
        // The client certificate that does fit is taken.
        TlsClient fits(connection);
        TlsClientConfig good;
        good.clientCertFile = pki.clientCert().certFile;
        good.clientKeyFile = pki.clientCert().keyFile;
        Error error;
        QVERIFY2(fits.configure(good, &error), qPrintable(error.message));
    }

    void sniOnlyForHostNames()
    {
        for (const QString &sni : {QStringLiteral("mx.example.org"), QStringLiteral("127.0.0.1"), QStringLiteral("::1"), QString()}) {
            TlsClientConfig config;
            config.sni = sni;
            const ScriptedHandshake h = handshakeWith(Answer::HangUp, config);
            QVERIFY(!h.ok);
            const HandshakeMessage *hello = firstOf(h.messages, QStringLiteral("C"), QStringLiteral("ClientHello"));
            QVERIFY(hello);
            const bool named = sni == QLatin1String("mx.example.org");
            QCOMPARE(hello->summary.contains(QLatin1String("; SNI ")), named);
            if (named)
                QVERIFY2(hello->summary.contains(QLatin1String("; SNI mx.example.org;")), qPrintable(hello->summary));
            QVERIFY(!h.helloOnTheWire.isEmpty());
            QCOMPARE(h.helloOnTheWire.contains("mx.example.org"), named);   // on the wire, not just in the summary
        }
    }

    void alertEndsTheHandshakeAsTls()
    {
        const ScriptedHandshake h = handshakeWith(Answer::Alert);
        QVERIFY(!h.ok);
        QCOMPARE(h.error.kind, ErrorKind::Tls);
        QVERIFY2(h.error.message.startsWith(QLatin1String("the server sent a fatal handshake_failure alert during the handshake")),
                 qPrintable(h.error.message));
        QVERIFY(h.facts.attempted);
        QVERIFY(!h.facts.established);
        QCOMPARE(h.facts.alert, QStringLiteral("handshake_failure"));
        QCOMPARE(h.facts.alertDirection, QStringLiteral("received"));
        const HandshakeMessage *alert = firstOf(h.messages, QStringLiteral("S"), QStringLiteral("Alert"));
        QVERIFY(alert);
        QCOMPARE(alert->summary, QStringLiteral("fatal handshake_failure"));
    }

    void hangUpIsClosed()
    {
        const ScriptedHandshake h = handshakeWith(Answer::HangUp);
        QVERIFY(!h.ok);
        QCOMPARE(h.error.kind, ErrorKind::Closed);
        QCOMPARE(h.error.message, QStringLiteral("the server closed the connection during the TLS handshake"));
        QVERIFY(h.facts.alert.isEmpty());
    }

    void silenceIsTimeout()
    {
        const ScriptedHandshake h = handshakeWith(Answer::Silence, {}, 300);
        QVERIFY(!h.ok);
        QCOMPARE(h.error.kind, ErrorKind::Timeout);
        QCOMPARE(h.error.message, QStringLiteral("the TLS handshake timed out after 0.3 s"));
        QVERIFY2(h.tookMs < 3000, qPrintable(QString::number(h.tookMs)));
    }

    void notEstablishedWritesNothing()
    {
        Connection connection {CancelToken()};
        TlsClient tls(connection);
        Error error;
        QVERIFY(tls.configure(TlsClientConfig(), &error));
        QVERIFY(!tls.write("EHLO x\r\n", 1000, &error));
        QCOMPARE(error.kind, ErrorKind::Closed);
        QCOMPARE(error.message, QStringLiteral("TLS is not established"));
    }
};

MAILTLS_TEST_MAIN(TestTlsClient)
#include "test_tls_client.moc"
