#include "dns_zone.h"

#include "test_process.h"
#include "test_servers.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace mailtls::test {

namespace {

const QString kNameServer = QStringLiteral("ns.mailtls.test.");

// Every tool call runs in `dir` (ldns-keygen writes its key files into the working directory).
ToolResult runIn(const QString &dir, const QString &program, const QStringList &args, int timeoutMs = 30000)
{
    QStringList quoted;
    for (const QString &arg : QStringList(program) + args)
        quoted.append(QLatin1Char('\'') + QString(arg).replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\''));
    return runTool(QStringLiteral("/bin/sh"),
                   {QStringLiteral("-c"), QStringLiteral("cd '%1' && exec %2").arg(dir, quoted.join(QLatin1Char(' ')))},
                   {}, timeoutMs);
}

bool writeFile(const QString &path, const QString &text, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.toUtf8()) < 0) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

// True once `drill` gets an answer with `rcode` for the parent's SOA from 127.0.0.1:port.
bool answersSoa(quint16 port, bool authoritative)
{
    const ToolResult r = runTool(QStringLiteral("drill"),
                                 {QStringLiteral("-p"), QString::number(port), QStringLiteral("@127.0.0.1"),
                                  QStringLiteral("SOA"), QStringLiteral("mailtls.test.")},
                                 {}, 3000);
    const QString out = r.outText();
    if (!r.ok() || !out.contains(QLatin1String("rcode: NOERROR")))
        return false;
    return !authoritative || out.contains(QLatin1String("flags: qr aa"));
}

class NsdPeer : public PeerProcess
{
public:
    NsdPeer(QString zoneDir, QStringList zones)
        : PeerProcess(QStringLiteral("nsd")), zoneDir_(std::move(zoneDir)), zones_(std::move(zones))
    {
    }
    ~NsdPeer() override { stop(); }

    bool start(QString *error)
    {
        const QString conf = workDir() + QStringLiteral("/nsd.conf");
        return launch(QStringLiteral("nsd"),
                      [conf](quint16) { return QStringList{QStringLiteral("-d"), QStringLiteral("-c"), conf}; },
                      Readiness::Listening, 15000, error);
    }

protected:
    bool prepareAttempt(quint16 port, QString *error) override
    {
        const QString dir = workDir();
        // No system path: zones, pid, state and log all in the temporary directories; root
        // stays root (username ""); no database (nsd 4 reads the zone files directly).
        QString conf = QStringLiteral(
                           "server:\n"
                           "  ip-address: 127.0.0.1@%1\n"
                           "  port: %1\n"
                           "  do-ip6: no\n"
                           "  username: \"\"\n"
                           "  chroot: \"\"\n"
                           "  zonesdir: \"%2\"\n"
                           "  pidfile: \"%3/nsd.pid\"\n"
                           "  database: \"\"\n"
                           "  zonelistfile: \"%3/zone.list\"\n"
                           "  xfrdfile: \"%3/xfrd.state\"\n"
                           "  xfrdir: \"%3\"\n"
                           "  server-count: 1\n"
                           "  verbosity: 1\n"
                           "remote-control:\n"
                           "  control-enable: no\n")
                           .arg(port).arg(zoneDir_, dir);
        for (const QString &zone : zones_)
            conf += QStringLiteral("zone:\n  name: \"%1\"\n  zonefile: \"%1.zone.signed\"\n").arg(zone);
        return writeFile(dir + QStringLiteral("/nsd.conf"), conf, error);
    }
    bool confirmsListening(quint16 port) const override { return answersSoa(port, true); }

private:
    QString zoneDir_;
    QStringList zones_;
};

class UnboundPeer : public PeerProcess
{
public:
    UnboundPeer(QString anchorFile, QStringList stubZones, quint16 nsdPort)
        : PeerProcess(QStringLiteral("unbound"))
        , anchorFile_(std::move(anchorFile))
        , stubZones_(std::move(stubZones))
        , nsdPort_(nsdPort)
    {
    }
    ~UnboundPeer() override { stop(); }

    bool start(QString *error)
    {
        const QString conf = workDir() + QStringLiteral("/unbound.conf");
        return launch(QStringLiteral("unbound"),
                      [conf](quint16) { return QStringList{QStringLiteral("-d"), QStringLiteral("-c"), conf}; },
                      Readiness::Listening, 15000, error);
    }

protected:
    bool prepareAttempt(quint16 port, QString *error) override
    {
        const QString dir = workDir();
        QString conf = QStringLiteral(
                           "server:\n"
                           "  interface: 127.0.0.1@%1\n"
                           "  port: %1\n"
                           "  do-ip6: no\n"
                           "  do-not-query-localhost: no\n"
                           "  chroot: \"\"\n"
                           "  username: \"\"\n"
                           "  directory: \"%2\"\n"
                           "  pidfile: \"%2/unbound.pid\"\n"
                           "  use-syslog: no\n"
                           "  logfile: \"\"\n"
                           "  verbosity: 1\n"
                           "  val-log-level: 2\n"
                           "  num-threads: 1\n"
                           "  qname-minimisation: no\n"
                           "  trust-anchor-file: \"%3\"\n"
                           "  local-zone: \"test.\" nodefault\n"
                           "remote-control:\n"
                           "  control-enable: no\n")
                           .arg(port).arg(dir, anchorFile_);
        for (const QString &zone : stubZones_)
            conf += QStringLiteral("stub-zone:\n  name: \"%1\"\n  stub-addr: 127.0.0.1@%2\n").arg(zone).arg(nsdPort_);
        return writeFile(dir + QStringLiteral("/unbound.conf"), conf, error);
    }
    bool confirmsListening(quint16 port) const override { return answersSoa(port, false); }

private:
    QString anchorFile_;
    QStringList stubZones_;
    quint16 nsdPort_;
};

} // namespace

struct DnsTestbed::Private {
    std::unique_ptr<QTemporaryDir> dir;
    QList<DnsTestZone> zones;
    QStringList parentRecords;
    std::unique_ptr<NsdPeer> nsd;
    std::unique_ptr<UnboundPeer> unbound;
    QString anchorFile;

    // ldns-keygen's KSK for `zone`: the key files' base name (absolute path); its DS record in *ds.
    bool makeKey(const QString &zone, QString *base, QString *ds, QString *error);
    bool writeAndSign(const QString &zone, DnsTestZone::Signing signing, const QStringList &records,
                      const QString &keyBase, QString *error);
};

bool DnsTestbed::Private::makeKey(const QString &zone, QString *base, QString *ds, QString *error)
{
    const ToolResult r = runIn(dir->path(), QStringLiteral("ldns-keygen"),
                               {QStringLiteral("-a"), QStringLiteral("ECDSAP256SHA256"), QStringLiteral("-k"), zone + QLatin1Char('.')});
    const QString name = r.outText().trimmed();
    if (!r.ok() || name.isEmpty()) {
        *error = r.describe();
        return false;
    }
    *base = dir->filePath(name);
    *ds = readTextFile(*base + QStringLiteral(".ds")).trimmed();
    if (ds->isEmpty()) {
        *error = QStringLiteral("ldns-keygen wrote no DS for %1").arg(zone);
        return false;
    }
    return true;
}

bool DnsTestbed::Private::writeAndSign(const QString &zone, DnsTestZone::Signing signing,
                                       const QStringList &records, const QString &keyBase, QString *error)
{
    QString text = QStringLiteral("$ORIGIN %1.\n$TTL 300\n"
                                  "@ IN SOA %2 hostmaster.mailtls.test. 1 3600 600 86400 300\n"
                                  "@ IN NS %2\n")
                       .arg(zone, kNameServer);
    for (const QString &line : records)
        text += line + QLatin1Char('\n');
    const QString file = dir->filePath(zone + QStringLiteral(".zone"));
    if (!writeFile(file, text, error))
        return false;
    const QString signedFile = file + QStringLiteral(".signed");
    if (signing == DnsTestZone::Signing::Unsigned) {
        if (QFile::copy(file, signedFile))
            return true;
        *error = QStringLiteral("cannot copy %1").arg(file);
        return false;
    }
    QStringList args;
    if (signing == DnsTestZone::Signing::Expired)
        args << QStringLiteral("-i") << QStringLiteral("20200101") << QStringLiteral("-e") << QStringLiteral("20200201");
    args << QStringLiteral("-f") << signedFile << file << keyBase;
    const ToolResult r = runIn(dir->path(), QStringLiteral("ldns-signzone"), args);
    if (!r.ok()) {
        *error = r.describe();
        return false;
    }
    return true;
}

DnsTestbed::DnsTestbed() : d(std::make_unique<Private>()) {}

DnsTestbed::~DnsTestbed()
{
    stop();
}

void DnsTestbed::addZone(const DnsTestZone &zone)
{
    d->zones.append(zone);
}

void DnsTestbed::addParentRecords(const QStringList &records)
{
    d->parentRecords += records;
}

bool DnsTestbed::start(QString *error)
{
    QString why;
    auto fail = [&](const QString &what) {
        if (error)
            *error = what;
        return false;
    };
    stop();
    cleanUpAfterCrashedRuns();
    d->dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/mailtls-dns-XXXXXX"));
    if (!d->dir->isValid())
        return fail(QStringLiteral("cannot create a temporary directory"));
    markOwnedDir(d->dir->path());

    // Children first: the parent carries their DS records.
    QStringList parentLines = {QStringLiteral("ns IN A 127.0.0.1")};
    QStringList zoneNames = {parentZone()};
    for (const DnsTestZone &zone : d->zones) {
        if (!zone.name.endsWith(QLatin1Char('.') + parentZone()))
            return fail(QStringLiteral("%1 is not below %2").arg(zone.name, parentZone()));
        QString base, ds;
        if (zone.signing != DnsTestZone::Signing::Unsigned && !d->makeKey(zone.name, &base, &ds, &why))
            return fail(why);
        if (!d->writeAndSign(zone.name, zone.signing, zone.records, base, &why))
            return fail(why);
        parentLines << QStringLiteral("%1. IN NS %2").arg(zone.name, kNameServer);
        if (!ds.isEmpty())
            parentLines << ds;
        zoneNames << zone.name;
    }
    QString parentBase, parentDs;
    if (!d->makeKey(parentZone(), &parentBase, &parentDs, &why)
        || !d->writeAndSign(parentZone(), DnsTestZone::Signing::Signed, parentLines + d->parentRecords, parentBase, &why))
        return fail(why);
    d->anchorFile = d->dir->filePath(QStringLiteral("trust-anchor.ds"));
    if (!writeFile(d->anchorFile, parentDs + QLatin1Char('\n'), &why))
        return fail(why);

    d->nsd = std::make_unique<NsdPeer>(d->dir->path(), zoneNames);
    if (!d->nsd->start(&why))
        return fail(why);
    d->unbound = std::make_unique<UnboundPeer>(d->anchorFile, zoneNames + QStringList{servfailName()}, d->nsd->port());
    if (!d->unbound->start(&why))
        return fail(why);
    return true;
}

void DnsTestbed::stop()
{
    if (d->unbound)
        d->unbound->stop();
    if (d->nsd)
        d->nsd->stop();
}

QString DnsTestbed::resolverAddress() const
{
    return QStringLiteral("127.0.0.1:%1").arg(resolverPort());
}

quint16 DnsTestbed::resolverPort() const
{
    return d->unbound ? d->unbound->port() : 0;
}

quint16 DnsTestbed::authoritativePort() const
{
    return d->nsd ? d->nsd->port() : 0;
}

QString DnsTestbed::trustAnchorFile() const
{
    return d->anchorFile;
}

QString DnsTestbed::workDir() const
{
    return d->dir ? d->dir->path() : QString();
}

} // namespace mailtls::test
