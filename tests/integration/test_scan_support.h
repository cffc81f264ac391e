#pragma once

// Shared by the tests/integration/test_scan_*.cpp executables (one per server family, so each
// stays well inside the ctest timeout and they run in parallel): run `mailtls scan --json -`,
// sslscan (--xml) and testssl (-e, --jsonfile-pretty) against one server, parse what each saw,
// and compare them suite for suite: per protocol version with sslscan, and over all versions
// together with testssl. testssl's per-version mode (-E) took 5-7 minutes per server here
// (2 CPUs, loaded), beyond the 600 s ctest budget of one executable; -e takes about one.
//
// Exclusions: where a reference tool cannot see a suite the server does accept, the test lists
// it with its reason; compareMatrices() asserts that it still holds (mailtls sees the suite, the
// tool does not) and fails on a stale one, so nothing is skipped silently.

#include <QTest>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <algorithm>
#include <memory>

#include "test_process.h"

namespace mailtls::test::scan {

// What one tool saw: accepted protocol versions and accepted suite codes per version, keyed by
// the JSON report's version names ("SSLv2", "SSLv3", "TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3").
struct Matrix {
    QString tool;
    QMap<QString, bool> protocols;               // versions the tool tested
    QMap<QString, QSet<quint16>> suites;         // per accepted version
    QMap<quint16, QString> names;                // code -> a name, for messages
    QString error;                               // parse problem

    QSet<quint16> at(const QString &version) const { return suites.value(version); }
    int total() const
    {
        int n = 0;
        for (const QSet<quint16> &s : suites)
            n += s.size();
        return n;
    }
};

// A suite (or a whole version, code 0) a reference tool cannot report, and why.
struct Exclusion {
    QString tool;       // "sslscan" / "testssl"
    QString version;    // "TLSv1.2"
    quint16 code = 0;
    QString reason;
};

// testssl -e reports suites without their version.
inline constexpr const char *kAnyVersion = "any version";

inline const QStringList &versions()
{
    static const QStringList v{QStringLiteral("SSLv2"), QStringLiteral("SSLv3"), QStringLiteral("TLSv1"),
                               QStringLiteral("TLSv1.1"), QStringLiteral("TLSv1.2"), QStringLiteral("TLSv1.3")};
    return v;
}

inline quint16 parseCode(QString text)
{
    text = text.trimmed().toLower();
    if (text.startsWith(QLatin1String("0x")))
        text = text.mid(2);
    else if (text.startsWith(QLatin1Char('x')))
        text = text.mid(1);
    bool ok = false;
    const uint code = text.toUInt(&ok, 16);
    return ok && code <= 0xffff ? quint16(code) : quint16(0xffff);
}

inline QString codeHex(quint16 code)
{
    return QStringLiteral("0x%1").arg(code, 4, 16, QLatin1Char('0')).toUpper().replace(QLatin1String("0X"), QLatin1String("0x"));
}

// ---- mailtls --json -------------------------------------------------------------------------
inline Matrix parseMailtls(const QJsonObject &root)
{
    Matrix m;
    m.tool = QStringLiteral("mailtls");
    const QJsonObject scan = root.value(QStringLiteral("scan")).toObject();
    if (scan.isEmpty()) {
        m.error = QStringLiteral("no \"scan\" section");
        return m;
    }
    const QJsonObject protocols = scan.value(QStringLiteral("protocols")).toObject();
    for (auto it = protocols.constBegin(); it != protocols.constEnd(); ++it)
        if (!it.value().isNull())
            m.protocols.insert(it.key(), it.value().toBool());
    const QJsonObject ciphers = scan.value(QStringLiteral("ciphers")).toObject();
    for (auto it = ciphers.constBegin(); it != ciphers.constEnd(); ++it) {
        QSet<quint16> &set = m.suites[it.key()];
        for (const QJsonValue &v : it.value().toArray()) {
            const QJsonObject suite = v.toObject();
            const quint16 code = parseCode(suite.value(QStringLiteral("code")).toString());
            set.insert(code);
            m.names.insert(code, suite.value(QStringLiteral("iana")).toString());
        }
    }
    return m;
}

// ---- sslscan --xml=- ------------------------------------------------------------------------
// <protocol type="tls" version="1.2" enabled="1"/>, <cipher status="accepted|preferred"
// sslversion="TLSv1.2" cipher="ECDHE-RSA-AES256-GCM-SHA384" id="0xC030" .../>
inline QString sslscanVersion(const QString &v)
{
    if (v == QLatin1String("TLSv1.0"))
        return QStringLiteral("TLSv1");
    return v;
}

inline Matrix parseSslscan(const QByteArray &xml)
{
    Matrix m;
    m.tool = QStringLiteral("sslscan");
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes a = reader.attributes();
        if (reader.name() == QLatin1String("protocol")) {
            const QString type = a.value(QLatin1String("type")).toString();
            const QString version = a.value(QLatin1String("version")).toString();
            QString key;
            if (type == QLatin1String("ssl"))
                key = QStringLiteral("SSLv") + version;
            else
                key = version == QLatin1String("1.0") ? QStringLiteral("TLSv1") : QStringLiteral("TLSv") + version;
            m.protocols.insert(key, a.value(QLatin1String("enabled")) == QLatin1String("1"));
        } else if (reader.name() == QLatin1String("cipher")) {
            const QString status = a.value(QLatin1String("status")).toString();
            if (status != QLatin1String("accepted") && status != QLatin1String("preferred"))
                continue;
            const QString version = sslscanVersion(a.value(QLatin1String("sslversion")).toString());
            const quint16 code = parseCode(a.value(QLatin1String("id")).toString());
            m.suites[version].insert(code);
            m.names.insert(code, a.value(QLatin1String("cipher")).toString());
        }
    }
    if (reader.hasError())
        m.error = reader.errorString();
    return m;
}

// ---- testssl -e|-E --jsonfile-pretty F ------------------------------------------------------
// testssl 3.0 writes, with -e (all versions together), {"id": "cipher_xc030", "finding": "xc030
// ECDHE-RSA-AES256-GCM-SHA384 ECDH 253 AESGCM 256 TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"} under
// "cipherTests" for every accepted suite; with -E (per version) the id is "cipher-tls1_2_xc030".
// The -e set is kept under the pseudo version kAnyVersion.
inline Matrix parseTestssl(const QByteArray &json)
{
    Matrix m;
    m.tool = QStringLiteral("testssl");
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        m.error = error.errorString();
        return m;
    }
    static const QMap<QString, QString> protoKey{
        {QStringLiteral("ssl2"), QStringLiteral("SSLv2")},     {QStringLiteral("ssl3"), QStringLiteral("SSLv3")},
        {QStringLiteral("tls1"), QStringLiteral("TLSv1")},     {QStringLiteral("tls1_1"), QStringLiteral("TLSv1.1")},
        {QStringLiteral("tls1_2"), QStringLiteral("TLSv1.2")}, {QStringLiteral("tls1_3"), QStringLiteral("TLSv1.3")}};
    static const QRegularExpression idPattern(QStringLiteral("^cipher-(ssl2|ssl3|tls1|tls1_1|tls1_2|tls1_3)_x([0-9a-f]+)$"));
    static const QRegularExpression anyPattern(QStringLiteral("^cipher_x([0-9a-f]+)$"));
    static const QRegularExpression namePattern(QStringLiteral("x[0-9a-f]+\\s+(\\S+)"));
    const QJsonArray results = doc.object().value(QStringLiteral("scanResult")).toArray();
    for (const QJsonValue &result : results) {
        const QJsonObject r = result.toObject();
        for (auto section = r.constBegin(); section != r.constEnd(); ++section) {
            if (!section.value().isArray())
                continue;
            for (const QJsonValue &v : section.value().toArray()) {
                const QJsonObject entry = v.toObject();
                const QString id = entry.value(QStringLiteral("id")).toString();
                const QRegularExpressionMatch any = anyPattern.match(id);
                if (any.hasMatch()) {
                    const quint16 code = parseCode(any.captured(1));
                    m.suites[QLatin1String(kAnyVersion)].insert(code);
                    const QRegularExpressionMatch name = namePattern.match(entry.value(QStringLiteral("finding")).toString());
                    if (name.hasMatch())
                        m.names.insert(code, name.captured(1));
                    continue;
                }
                const QRegularExpressionMatch match = idPattern.match(id);
                if (match.hasMatch()) {
                    const QString version = protoKey.value(match.captured(1));
                    const quint16 code = parseCode(match.captured(2));
                    m.suites[version].insert(code);
                    m.protocols.insert(version, true);
                    const QRegularExpressionMatch name = namePattern.match(entry.value(QStringLiteral("finding")).toString());
                    if (name.hasMatch())
                        m.names.insert(code, name.captured(1));
                }
            }
        }
    }
    return m;
}

inline QString describeSet(const QSet<quint16> &codes, const Matrix &a, const Matrix &b)
{
    QList<quint16> sorted(codes.cbegin(), codes.cend());
    std::sort(sorted.begin(), sorted.end());
    QStringList out;
    for (quint16 code : sorted)
        out << QStringLiteral("%1 %2").arg(codeHex(code), a.names.value(code, b.names.value(code)));
    return out.join(QStringLiteral(", "));
}

// mailtls == reference, per version, suite for suite, after the documented exclusions; each
// exclusion must still hold (mailtls sees it, the reference does not). Returns a description
// of every difference, empty when equal.
inline QString compareMatrices(const Matrix &mine, const Matrix &theirs, const QList<Exclusion> &exclusions,
                        QStringList *applied = nullptr)
{
    QStringList problems;
    const bool versionless = theirs.suites.contains(QLatin1String(kAnyVersion));
    QSet<quint16> oursAnyVersion;
    for (const QSet<quint16> &set : mine.suites)
        oursAnyVersion.unite(set);
    const QStringList compared = versionless ? QStringList{QLatin1String(kAnyVersion)} : versions();
    for (const QString &version : compared) {
        QSet<quint16> reference = theirs.at(version);
        const QSet<quint16> ours = versionless ? oursAnyVersion : mine.at(version);
        for (const Exclusion &e : exclusions) {
            if (e.tool != theirs.tool || e.version != version)
                continue;
            if (!ours.contains(e.code))
                problems << QStringLiteral("%1: exclusion %2 (%3) is stale: mailtls does not report it").arg(version, codeHex(e.code), e.reason);
            else if (reference.contains(e.code))
                problems << QStringLiteral("%1: exclusion %2 (%3) is stale: %4 reports it now").arg(version, codeHex(e.code), e.reason, theirs.tool);
            else if (applied)
                *applied << QStringLiteral("%1 %2 %3: %4").arg(theirs.tool, version, codeHex(e.code), e.reason);
            reference.insert(e.code);
        }
        if (reference == ours)
            continue;
        const QSet<quint16> onlyOurs = QSet<quint16>(ours).subtract(reference);
        const QSet<quint16> onlyTheirs = QSet<quint16>(reference).subtract(ours);
        QString line = QStringLiteral("%1:").arg(version);
        if (!onlyOurs.isEmpty())
            line += QStringLiteral(" only mailtls: [%1]").arg(describeSet(onlyOurs, mine, theirs));
        if (!onlyTheirs.isEmpty())
            line += QStringLiteral(" only %1: [%2]").arg(theirs.tool, describeSet(onlyTheirs, theirs, mine));
        problems << line;
    }
    return problems.join(QLatin1Char('\n'));
}

inline QStringList findingIds(const QJsonObject &root)
{
    QStringList ids;
    for (const QJsonValue &f : root.value(QStringLiteral("findings")).toArray())
        ids << f.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

inline QString artifactsDir()
{
    const QString dir = qEnvironmentVariableIsSet("MAILTLS_ARTIFACTS_DIR") ? qEnvironmentVariable("MAILTLS_ARTIFACTS_DIR")
                                                                           : QStringLiteral(MAILTLS_ARTIFACTS_DIR);
    QDir().mkpath(dir);
    return dir;
}

inline void saveArtifact(const QString &name, const QByteArray &content)
{
    QFile f(QDir(artifactsDir()).filePath(name));
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
}

// testssl takes a minute or more per server: it runs in the background while sslscan does its
// work, and is collected at the end. Stopped with every child it forked if the test ends early.
class TestsslRun
{
public:
    TestsslRun() = default;
    TestsslRun(const TestsslRun &) = delete;
    TestsslRun &operator=(const TestsslRun &) = delete;
    ~TestsslRun()
    {
        if (process_ && process_->state() != QProcess::NotRunning)
            stopProcessGroup(process_->processId(), process_.get(), 2000);
    }

    void start(quint16 port, bool starttls)
    {
        dir_ = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/mailtls-testssl-XXXXXX"));
        jsonFile_ = dir_->filePath(QStringLiteral("testssl.json"));
        QStringList args{QStringLiteral("-e"), QStringLiteral("--quiet"), QStringLiteral("--warnings"), QStringLiteral("off"),
                         QStringLiteral("--color"), QStringLiteral("0"), QStringLiteral("--jsonfile-pretty"), jsonFile_};
        if (starttls)
            args << QStringLiteral("--starttls") << QStringLiteral("smtp");
        args << QStringLiteral("127.0.0.1:%1").arg(port);
        process_ = std::make_unique<QProcess>();
        prepareOwnedProcess(*process_);
        process_->setProcessChannelMode(QProcess::MergedChannels);
        process_->start(QStringLiteral("testssl"), args);
        timer_.start();
    }
    // Waits for testssl (bounded); returns its JSON file's content, empty on failure.
    QByteArray finish(int timeoutMs, QString *log)
    {
        if (!process_)
            return {};
        const qint64 left = qMax<qint64>(1000, timeoutMs - timer_.elapsed());
        const bool done = process_->waitForFinished(int(left));
        if (!done)
            stopProcessGroup(process_->processId(), process_.get(), 2000);
        if (log)
            *log = QString::fromLocal8Bit(process_->readAll()).right(4000);
        elapsedMs_ = timer_.elapsed();
        QFile f(jsonFile_);
        return done && f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    qint64 elapsedMs() const { return elapsedMs_; }

private:
    std::unique_ptr<QTemporaryDir> dir_;
    std::unique_ptr<QProcess> process_;
    QString jsonFile_;
    QElapsedTimer timer_;
    qint64 elapsedMs_ = 0;
};


// What the three tools reported for one server.
struct ScanOutcome {
    QJsonObject report;   // mailtls' JSON report
    Matrix mailtls, sslscan, testssl;
    bool testsslRan = false;
};

// Runs the tools against one server and compares them; keeps a log of the exclusions that
// were applied and of the time each tool took, printed by printSummary().
class ReferenceComparison
{
public:
    // mailtls first and alone (so the reference tools' connections cannot make it look rate
    // limited), then sslscan, with testssl in the background at the same time.
    void run(const QString &label, quint16 port, bool starttls, bool withTestssl, const QList<Exclusion> &exclusions,
             ScanOutcome *out, const QStringList &extraCliArgs = {})
    {
        const QString target = QStringLiteral("127.0.0.1:%1").arg(port);
        QStringList cliArgs{QStringLiteral("scan"), target, QStringLiteral("--starttls"),
                            starttls ? QStringLiteral("smtp") : QStringLiteral("none"), QStringLiteral("--json"), QStringLiteral("-")};
        cliArgs += extraCliArgs;
        QElapsedTimer timer;
        timer.start();
        const ToolResult cli = runTool(QStringLiteral(MAILTLS_CLI_PATH), cliArgs, {}, 300000);
        const qint64 mailtlsMs = timer.elapsed();
        saveArtifact(label + QStringLiteral("-mailtls.json"), cli.out);
        // 0: fine, 1: a finding at --fail-on (not given here, but tolerated).
        QVERIFY2(cli.started && cli.finished && (cli.exitCode == 0 || cli.exitCode == 1), qPrintable(cli.describe()));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(cli.out, &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError && doc.isObject(), qPrintable(parseError.errorString() + QLatin1Char('\n') + cli.describe()));
        out->report = doc.object();
        out->mailtls = parseMailtls(out->report);
        QVERIFY2(out->mailtls.error.isEmpty(), qPrintable(out->mailtls.error));
        QVERIFY2(out->mailtls.total() > 0, qPrintable(cli.outText().left(4000)));

        TestsslRun testssl;
        if (withTestssl)
            testssl.start(port, starttls);
        timer.restart();
        QStringList sslscanArgs{QStringLiteral("--no-colour"), QStringLiteral("--xml=-")};
        if (starttls)
            sslscanArgs << QStringLiteral("--starttls-smtp");
        sslscanArgs << target;
        const ToolResult sslscan = runTool(QStringLiteral("sslscan"), sslscanArgs, {}, 300000);
        const qint64 sslscanMs = timer.elapsed();
        QVERIFY2(sslscan.ok(), qPrintable(sslscan.describe()));
        // --xml=- writes the XML after the human text on stdout.
        const int xmlStart = sslscan.out.indexOf("<?xml");
        QVERIFY2(xmlStart >= 0, qPrintable(sslscan.describe()));
        saveArtifact(label + QStringLiteral("-sslscan.xml"), sslscan.out.mid(xmlStart));
        out->sslscan = parseSslscan(sslscan.out.mid(xmlStart));
        QVERIFY2(out->sslscan.error.isEmpty(), qPrintable(out->sslscan.error));

        // Protocol versions: the same answer from both, for every version both tested.
        for (const QString &version : versions()) {
            if (!out->mailtls.protocols.contains(version) || !out->sslscan.protocols.contains(version))
                continue;
            QVERIFY2(out->mailtls.protocols.value(version) == out->sslscan.protocols.value(version),
                     qPrintable(QStringLiteral("%1: mailtls %2, sslscan %3").arg(version).arg(out->mailtls.protocols.value(version))
                                    .arg(out->sslscan.protocols.value(version))));
        }
        const QString sslscanDiff = compareMatrices(out->mailtls, out->sslscan, exclusions, &appliedExclusions_);
        QVERIFY2(sslscanDiff.isEmpty(), qPrintable(QStringLiteral("%1: mailtls vs sslscan differ:\n%2").arg(label, sslscanDiff)));

        if (withTestssl) {
            QString log;
            const QByteArray json = testssl.finish(480000, &log);
            saveArtifact(label + QStringLiteral("-testssl.json"), json);
            QVERIFY2(!json.isEmpty(), qPrintable(QStringLiteral("testssl produced no JSON:\n") + log));
            out->testssl = parseTestssl(json);
            out->testsslRan = true;
            QVERIFY2(out->testssl.error.isEmpty(), qPrintable(out->testssl.error));
            QVERIFY2(out->testssl.total() > 0, qPrintable(QStringLiteral("testssl found no suite:\n") + log));
            const QString testsslDiff = compareMatrices(out->mailtls, out->testssl, exclusions, &appliedExclusions_);
            QVERIFY2(testsslDiff.isEmpty(), qPrintable(QStringLiteral("%1: mailtls vs testssl differ:\n%2").arg(label, testsslDiff)));
        }
        timings_ << QStringLiteral("%1: mailtls %2 ms (%3 connections), sslscan %4 ms, testssl -e %5")
                        .arg(label).arg(mailtlsMs)
                        .arg(out->report.value(QStringLiteral("scan")).toObject().value(QStringLiteral("connections")).toInt())
                        .arg(sslscanMs)
                        .arg(withTestssl ? QStringLiteral("%1 ms").arg(testssl.elapsedMs()) : QStringLiteral("not run"));
    }

    void printSummary() const
    {
        for (const QString &line : appliedExclusions_)
            qInfo("exclusion applied: %s", qPrintable(line));
        for (const QString &line : timings_)
            qInfo("timing: %s", qPrintable(line));
    }

private:
    QStringList appliedExclusions_;
    QStringList timings_;
};

// The mailtls scan alone (no reference tools), e.g. for a second run against another server.
inline QJsonObject runMailtlsScan(quint16 port, bool starttls, QString *failure)
{
    const ToolResult cli = runTool(QStringLiteral(MAILTLS_CLI_PATH),
                                   {QStringLiteral("scan"), QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--starttls"),
                                    starttls ? QStringLiteral("smtp") : QStringLiteral("none"), QStringLiteral("--json"), QStringLiteral("-")},
                                   {}, 300000);
    const QJsonDocument doc = QJsonDocument::fromJson(cli.out);
    if (!cli.finished || (cli.exitCode != 0 && cli.exitCode != 1) || !doc.isObject()) {
        if (failure)
            *failure = cli.describe();
        return {};
    }
    return doc.object();
}

} // namespace mailtls::test::scan
