// `mailtls domain` against a hostile DNS resolver: tests/integration/hostile_dns_server.py on a
// free 127.0.0.1 port (UDP and TCP, the same number), one process per mode:
//   - truncated: TC on UDP, half a message on TCP;
//   - garbage:   random bytes, wrong query IDs, wrong questions, never a right answer;
//   - many_mx:   1000 MX records (TCP only, as UDP says TC);
//   - huge_txt:  a 51 KB _mta-sts TXT record full of ESC, BEL and NUL bytes;
//   - silent:    never answers.
// The zone is unsigned; the trust anchor is a DS for an unrelated zone, so libunbound validates
// nothing here (every answer "insecure") and asks no DNSKEY of the hostile server. The CLI runs
// with --no-sessions: nothing but the DNS server is ever contacted. Each case asserts that the
// run ends in bounded time, says what happened and names the resolver, and keeps the bounds of
// base/limits.h. Time bounds are generous (ASan, loaded CI): they catch a hang.

#include <QTest>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include "base/limits.h"
#include "test_process.h"
#include "test_registry.h"
#include "test_servers.h"

using namespace mailtls::test;
namespace limits = mailtls::core::limits;

namespace {

const QString kDomain = QStringLiteral("hostile.test");
constexpr int kKillMs = 90000;     // runTool kills the CLI after this
constexpr qint64 kBoundMs = 60000; // a run must end within this (--timeout 3)

class HostileDns : public PeerProcess
{
public:
    HostileDns() : PeerProcess(QStringLiteral("hostile-dns")) {}
    ~HostileDns() override { stop(); }

    bool start(const QString &mode, QString *error)
    {
        return launch(QStringLiteral("python3"),
                      [=](quint16 p) {
                          return QStringList{QStringLiteral(MAILTLS_SOURCE_DIR "/tests/integration/hostile_dns_server.py"),
                                             QStringLiteral("--port"), QString::number(p), QStringLiteral("--mode"), mode,
                                             QStringLiteral("--domain"), kDomain, QStringLiteral("--log"), logFile()};
                      },
                      Readiness::Listening, 15000, error);
    }
    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(port()); }
    QString logFile() const { return workDir() + QStringLiteral("/queries.log"); }
    QString logText() const { return readTextFile(logFile(), 4000); }

protected:
    bool confirmsListening(quint16) const override { return outputText().contains(QLatin1String("READY")); }
};

struct Run {
    ToolResult tool;
    QJsonObject doc;
    bool parsed = false;

    QStringList ids() const
    {
        QStringList out;
        for (const QJsonValue &f : doc.value(QStringLiteral("findings")).toArray())
            out << f.toObject().value(QStringLiteral("id")).toString();
        return out;
    }
    QJsonObject mxLookup() const
    {
        return doc.value(QStringLiteral("mx")).toObject().value(QStringLiteral("lookup")).toObject();
    }
    QJsonObject outcome() const { return doc.value(QStringLiteral("outcome")).toObject(); }
    QString summary() const
    {
        QString s = tool.describe().left(1500) + QLatin1Char('\n');
        s += QStringLiteral("  elapsed %1 ms\n").arg(tool.elapsedMs);
        s += QStringLiteral("  outcome %1\n").arg(QString::fromUtf8(QJsonDocument(outcome()).toJson(QJsonDocument::Compact)));
        s += QStringLiteral("  mx.lookup %1\n")
                 .arg(QString::fromUtf8(QJsonDocument(mxLookup()).toJson(QJsonDocument::Compact)).left(800));
        s += QStringLiteral("  findings %1\n").arg(ids().join(QLatin1Char(' ')));
        return s;
    }
};

// Offsets of bytes a terminal would act on: C0 controls other than \n and \t, DEL, and C1
// controls (raw 0x80-0x9f that are not UTF-8 continuation bytes, or U+0080-U+009F).
QList<int> rawControlBytes(const QByteArray &bytes)
{
    QList<int> at;
    for (int i = 0; i < bytes.size(); ++i) {
        const uchar c = uchar(bytes[i]);
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
            at << i;
        else if (c == 0xc2 && i + 1 < bytes.size() && uchar(bytes[i + 1]) >= 0x80 && uchar(bytes[i + 1]) <= 0x9f)
            at << i;
    }
    return at;
}

QString showControlBytes(const QByteArray &bytes, const QList<int> &at)
{
    QString s;
    for (int k = 0; k < qMin(5, int(at.size())); ++k) {
        const int i = at[k];
        s += QStringLiteral("  byte 0x%1 at %2: ...%3...\n")
                 .arg(uchar(bytes[i]), 2, 16, QLatin1Char('0'))
                 .arg(i)
                 .arg(QString::fromLatin1(bytes.mid(qMax(0, i - 40), 80).toPercentEncoding(" :;=,.-_/()[]")));
    }
    return s;
}

} // namespace

class TestDomainHostileDns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void truncated();
    void garbage();
    void manyMx();
    void hugeTxt();
    void silent();
    void cleanupTestCase();

private:
    Run runDomain(const HostileDns &dns, bool json = true) const;
    void checkFailureIsClear(const QString &mode);

    QTemporaryDir dir_;
    QString anchorFile_;
    QElapsedTimer total_;
};

void TestDomainHostileDns::initTestCase()
{
    total_.start();
    QVERIFY(dir_.isValid());
    // A DS for a zone nothing here asks about: the hostile.test answers are insecure, and
    // libunbound has no reason to ask the hostile server for a root DNSKEY.
    anchorFile_ = dir_.filePath(QStringLiteral("unrelated-anchor.ds"));
    QFile f(anchorFile_);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("unrelated-anchor.example. 3600 IN DS 12345 13 2 "
            "3C0B2F3E1D5A4B6C7D8E9F00112233445566778899AABBCCDDEEFF0011223344\n");
    f.close();
}

void TestDomainHostileDns::cleanupTestCase()
{
    qInfo() << "total" << total_.elapsed() << "ms";
}

Run TestDomainHostileDns::runDomain(const HostileDns &dns, bool json) const
{
    QStringList args{QStringLiteral("domain"), kDomain, QStringLiteral("--resolver"), dns.address(),
                     QStringLiteral("--trust-anchor"), anchorFile_, QStringLiteral("--timeout"), QStringLiteral("3"),
                     QStringLiteral("--no-sessions")};
    if (json)
        args << QStringLiteral("--json") << QStringLiteral("-");
    Run run;
    run.tool = runTool(QStringLiteral(MAILTLS_CLI_PATH), args, {}, kKillMs);
    if (json) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.tool.out, &error);
        run.parsed = error.error == QJsonParseError::NoError && doc.isObject();
        run.doc = doc.object();
    }
    qInfo().noquote() << (json ? "json" : "text") << "run: exit" << run.tool.exitCode << "after" << run.tool.elapsedMs << "ms";
    return run;
}

// truncated, garbage, silent: the run ends in bounded time, without a crash, and says that
// the resolver (named) gave no usable answer: exit 3 with the outcome's error, or exit 0 with
// mx.lookup_failed whose lookup error names the resolver.
void TestDomainHostileDns::checkFailureIsClear(const QString &mode)
{
    HostileDns dns;
    QString error;
    QVERIFY2(dns.start(mode, &error), qPrintable(error));
    const QString resolver = dns.address();

    const Run r = runDomain(dns);
    const QString why = r.summary() + QStringLiteral("\nqueries:\n") + dns.logText();
    QVERIFY2(r.tool.started && r.tool.finished, qPrintable(why));
    QVERIFY2(r.tool.elapsedMs < kBoundMs, qPrintable(why));
    QVERIFY2(r.tool.exitCode == 0 || r.tool.exitCode == 3, qPrintable(why));   // not a signal, not 1/2
    QVERIFY2(r.parsed, qPrintable(why));
    QVERIFY2(!r.tool.errText().contains(QLatin1String("AddressSanitizer")), qPrintable(why));
    if (r.tool.exitCode == 3) {
        QCOMPARE(r.outcome().value(QStringLiteral("error_kind")).toString(), QStringLiteral("resolve"));
        QVERIFY2(r.outcome().value(QStringLiteral("error")).toString().contains(resolver), qPrintable(why));
        QVERIFY2(r.tool.errText().contains(resolver), qPrintable(why));
    } else {
        QVERIFY2(r.ids().contains(QStringLiteral("mx.lookup_failed")), qPrintable(why));
        const QString lookupError = r.mxLookup().value(QStringLiteral("error")).toString();
        QVERIFY2(lookupError.contains(resolver), qPrintable(why));
        // Honest: the server never sent SERVFAIL, so the tool must not say it did.
        QVERIFY2(!lookupError.contains(QLatin1String("answered SERVFAIL")), qPrintable(why));
        QVERIFY2(lookupError.contains(QLatin1String("no usable answer")), qPrintable(why));
        if (mode == QLatin1String("truncated"))
            QVERIFY2(lookupError.contains(QLatin1String("truncated")), qPrintable(why));
        // No records came from a server that sent none that were usable.
        QVERIFY2(r.mxLookup().value(QStringLiteral("records")).toArray().isEmpty(), qPrintable(why));
    }
    // Nothing the server sent was taken for an answer.
    const QByteArray all = r.tool.out + r.tool.err;
    QVERIFY2(!all.contains("127.0.0.66") && !all.contains("127.0.0.67") && !all.contains("elsewhere.invalid"),
             qPrintable(why));
    qInfo().noquote() << mode << "->" << (r.tool.exitCode == 3 ? r.outcome().value(QStringLiteral("error")).toString()
                                                                : r.mxLookup().value(QStringLiteral("error")).toString());
}

void TestDomainHostileDns::truncated()
{
    checkFailureIsClear(QStringLiteral("truncated"));
}

void TestDomainHostileDns::garbage()
{
    checkFailureIsClear(QStringLiteral("garbage"));
}

void TestDomainHostileDns::silent()
{
    HostileDns dns;
    QString error;
    QVERIFY2(dns.start(QStringLiteral("silent"), &error), qPrintable(error));
    const QString resolver = dns.address();
    const Run r = runDomain(dns);
    const QString why = r.summary() + QStringLiteral("\nqueries:\n") + dns.logText();
    QVERIFY2(r.tool.finished, qPrintable(why));
    QVERIFY2(r.tool.elapsedMs < kBoundMs, qPrintable(why));
    QVERIFY2(r.tool.exitCode == 3, qPrintable(why));
    QVERIFY2(r.tool.errText().contains(resolver), qPrintable(why));
    QVERIFY2(r.parsed, qPrintable(why));
    QCOMPARE(r.outcome().value(QStringLiteral("error_kind")).toString(), QStringLiteral("resolve"));
    QVERIFY2(r.outcome().value(QStringLiteral("error")).toString().contains(resolver), qPrintable(why));
    // The server did hear the questions (so the silence, not a wrong address, was tested).
    QVERIFY2(dns.logText().contains(kDomain), qPrintable(why));
}

void TestDomainHostileDns::manyMx()
{
    HostileDns dns;
    QString error;
    QVERIFY2(dns.start(QStringLiteral("many_mx"), &error), qPrintable(error));
    // Under a memory bound (address space, or ASan's RSS bound in a sanitized build).
    QString script = memoryLimitPrefix(640) + QStringLiteral(" exec '") + QStringLiteral(MAILTLS_CLI_PATH) + QStringLiteral("'");
    for (const QString &w : {QStringLiteral("domain"), kDomain, QStringLiteral("--resolver"), dns.address(),
                             QStringLiteral("--trust-anchor"), anchorFile_, QStringLiteral("--timeout"), QStringLiteral("3"),
                             QStringLiteral("--no-sessions"), QStringLiteral("--json"), QStringLiteral("-")})
        script += QStringLiteral(" '") + w + QLatin1Char('\'');
    Run r;
    r.tool = runTool(QStringLiteral("sh"), {QStringLiteral("-c"), script}, {}, kKillMs);
    r.doc = QJsonDocument::fromJson(r.tool.out).object();
    r.parsed = !r.doc.isEmpty();
    const QString why = r.summary() + QStringLiteral("\nqueries:\n") + dns.logText();
    qInfo() << "many_mx: exit" << r.tool.exitCode << "after" << r.tool.elapsedMs << "ms";
    QVERIFY2(r.tool.finished && r.tool.elapsedMs < kBoundMs, qPrintable(why));
    QVERIFY2(r.tool.exitCode == 0, qPrintable(why));
    QVERIFY2(r.parsed, qPrintable(why));
    // The MX answer came over TCP (UDP said TC) and was kept to its bound.
    QVERIFY2(dns.logText().contains(QStringLiteral("tcp %1 15").arg(kDomain)), qPrintable(why));
    const QJsonObject mx = r.mxLookup();
    const QJsonArray records = mx.value(QStringLiteral("records")).toArray();
    QVERIFY2(!records.isEmpty() && records.size() <= limits::kDnsRecords, qPrintable(why));
    QVERIFY2(mx.value(QStringLiteral("dropped_records")).toInt() > 0, qPrintable(why));
    QCOMPARE(records.size() + mx.value(QStringLiteral("dropped_records")).toInt(), 1000);
    QCOMPARE(mx.value(QStringLiteral("rcode")).toString(), QStringLiteral("NOERROR"));
    // At most kMxHosts hosts were checked (looked up); the rest are listed, not looked at.
    const QJsonArray hosts = r.doc.value(QStringLiteral("hosts")).toArray();
    QVERIFY2(!hosts.isEmpty() && hosts.size() <= limits::kDnsRecords, qPrintable(why));
    int checked = 0;
    for (const QJsonValue &h : hosts)
        if (h.toObject().value(QStringLiteral("checked")).toBool(true))
            ++checked;
    qInfo() << "many_mx: records" << records.size() << "dropped" << mx.value(QStringLiteral("dropped_records")).toInt()
            << "hosts" << hosts.size() << "checked" << checked << "output" << r.tool.out.size() << "bytes";
    QVERIFY2(checked >= 1 && checked <= limits::kMxHosts, qPrintable(why));
    // The A questions the CLI asked are bounded too.
    QSet<QString> asked;
    const QRegularExpression aQuestion(QStringLiteral("^(?:udp|tcp) (mx\\d+\\.hostile\\.test) 1$"),
                                       QRegularExpression::MultilineOption);
    for (auto it = aQuestion.globalMatch(readTextFile(dns.logFile(), 4 * 1024 * 1024)); it.hasNext();)
        asked.insert(it.next().captured(1));
    QVERIFY2(asked.size() <= limits::kMxHosts, qPrintable(why));
    QVERIFY2(r.tool.out.size() < 4 * 1024 * 1024, qPrintable(why));
}

void TestDomainHostileDns::hugeTxt()
{
    HostileDns dns;
    QString error;
    QVERIFY2(dns.start(QStringLiteral("huge_txt"), &error), qPrintable(error));

    // JSON: the TXT record is there, escaped, and cut at kTxtRecordChars.
    const Run r = runDomain(dns);
    const QString why = r.summary() + QStringLiteral("\nqueries:\n") + dns.logText();
    QVERIFY2(r.tool.finished && r.tool.elapsedMs < kBoundMs, qPrintable(why));
    QVERIFY2(r.tool.exitCode == 0, qPrintable(why));
    QVERIFY2(r.parsed, qPrintable(why));
    const QJsonObject txt = r.doc.value(QStringLiteral("mta_sts")).toObject().value(QStringLiteral("txt")).toObject();
    const QJsonArray records = txt.value(QStringLiteral("records")).toArray();
    QVERIFY2(records.size() == 1, qPrintable(why + QString::fromUtf8(QJsonDocument(txt).toJson())));
    const QString record = records.first().toString();
    qInfo() << "huge_txt: record" << record.size() << "chars:" << record.left(60);
    QVERIFY2(record.size() <= limits::kTxtRecordChars, qPrintable(why));
    QVERIFY2(record.size() > limits::kTxtRecordChars - 8, qPrintable(why));   // cut, not dropped
    QVERIFY2(record.startsWith(QLatin1String("v=STSv1; id=\\027[31mRED\\007\\000")), qPrintable(record.left(80)));
    for (const QChar c : record)
        QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f && !(c.unicode() >= 0x80 && c.unicode() <= 0x9f),
                 qPrintable(QStringLiteral("raw U+%1 in the JSON TXT record").arg(c.unicode(), 4, 16, QLatin1Char('0'))));
    // No raw control byte anywhere in the JSON output either.
    const QList<int> inJson = rawControlBytes(r.tool.out + r.tool.err);
    QVERIFY2(inJson.isEmpty(), qPrintable(showControlBytes(r.tool.out + r.tool.err, inJson)));

    // Text: the same, on a terminal: nothing raw.
    const Run text = runDomain(dns, false);
    QVERIFY2(text.tool.finished && text.tool.elapsedMs < kBoundMs, qPrintable(text.summary()));
    QVERIFY2(text.tool.exitCode == 0, qPrintable(text.summary()));
    QVERIFY2(!text.tool.out.isEmpty(), qPrintable(text.summary()));
    const QList<int> inOut = rawControlBytes(text.tool.out);
    QVERIFY2(inOut.isEmpty(), qPrintable(QStringLiteral("stdout:\n") + showControlBytes(text.tool.out, inOut)));
    const QList<int> inErr = rawControlBytes(text.tool.err);
    QVERIFY2(inErr.isEmpty(), qPrintable(QStringLiteral("stderr:\n") + showControlBytes(text.tool.err, inErr)));
    QVERIFY2(text.tool.out.size() < 256 * 1024, qPrintable(QStringLiteral("%1 bytes of text").arg(text.tool.out.size())));
}

MAILTLS_TEST_MAIN(TestDomainHostileDns)
#include "test_domain_hostile_dns.moc"
