#include "test_process.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <mutex>
#include <sys/prctl.h>
#include <sys/types.h>
#include <unistd.h>

namespace mailtls::test {

QString ToolResult::describe() const
{
    QString text = commandLine;
    if (!started)
        text += QStringLiteral(" -> could not start");
    else if (!finished)
        text += QStringLiteral(" -> killed after timeout (%1 ms)").arg(elapsedMs);
    else
        text += QStringLiteral(" -> exit %1").arg(exitCode);
    const QString errPart = errText().trimmed();
    const QString outPart = outText().trimmed();
    if (!errPart.isEmpty())
        text += QStringLiteral("\n--- stderr ---\n") + errPart.right(4000);
    if (!outPart.isEmpty())
        text += QStringLiteral("\n--- stdout ---\n") + outPart.right(4000);
    return text;
}

ToolResult runTool(const QString &program, const QStringList &args, const QByteArray &input,
                   int timeoutMs)
{
    ToolResult result;
    result.commandLine = program + QLatin1Char(' ') + args.join(QLatin1Char(' '));

    QProcess process;
    prepareOwnedProcess(process);
    QElapsedTimer clock;
    clock.start();
    process.start(program, args);
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString().toLocal8Bit();
        return result;
    }
    result.started = true;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();

    // Read while waiting so a chatty tool never blocks on a full pipe.
    while (clock.elapsed() < timeoutMs) {
        if (process.waitForFinished(50)) {
            result.finished = true;
            break;
        }
        result.out += process.readAllStandardOutput();
        result.err += process.readAllStandardError();
        if (process.state() == QProcess::NotRunning) {
            result.finished = true;
            break;
        }
    }
    if (!result.finished)
        stopProcessGroup(process.processId(), &process, 500);
    result.out += process.readAllStandardOutput();
    result.err += process.readAllStandardError();
    result.elapsedMs = clock.elapsed();
    if (result.finished)
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

void prepareOwnedProcess(QProcess &process)
{
    process.setChildProcessModifier([] {
        // Runs in the child between fork and exec: only async-signal-safe calls.
        ::setpgid(0, 0);
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    });
}

void stopProcessGroup(qint64 pid, QProcess *process, int graceMs)
{
    if (pid > 0) {
        // The group first (children), then the leader in case it left the group.
        ::kill(-static_cast<pid_t>(pid), SIGTERM);
        ::kill(static_cast<pid_t>(pid), SIGTERM);
    }
    bool exited = false;
    if (process && process->state() != QProcess::NotRunning)
        exited = process->waitForFinished(graceMs);
    else if (pid > 0) {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < graceMs) {
            if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) {
                exited = true;
                break;
            }
            QThread::msleep(20);
        }
    } else {
        exited = true;
    }
    if (pid > 0) {
        // Whatever is left in the group (connection handlers, deliveries) goes now.
        ::kill(-static_cast<pid_t>(pid), SIGKILL);
        if (!exited)
            ::kill(static_cast<pid_t>(pid), SIGKILL);
    }
    if (process && process->state() != QProcess::NotRunning)
        process->waitForFinished(2000);
}

void markOwnedDir(const QString &dir)
{
    QFile owner(dir + QStringLiteral("/owner.pid"));
    if (owner.open(QIODevice::WriteOnly | QIODevice::Truncate))
        owner.write(QByteArray::number(QCoreApplication::applicationPid()) + '\n');
}

namespace {

// False when owner.pid names a process that no longer exists; true when it is alive or unknown.
bool ownerAlive(const QString &dir, bool *known)
{
    bool ok = false;
    const qint64 owner = readTextFile(dir + QStringLiteral("/owner.pid"), 32).trimmed().toLongLong(&ok);
    *known = ok && owner > 0;
    if (!*known)
        return true;
    if (::kill(pid_t(owner), 0) != 0 && errno == ESRCH)
        return false;
    // A zombie nobody reaped (init in a container may not) is dead too: "pid (comm) Z ...".
    const QString stat = readTextFile(QStringLiteral("/proc/%1/stat").arg(owner), 512);
    const int paren = stat.lastIndexOf(QLatin1Char(')'));
    return !(paren > 0 && stat.mid(paren + 2, 1) == QLatin1String("Z"));
}

// Only directories this harness makes; other tools in the tree use "mailtls-" names too.
const QStringList &harnessDirPatterns()
{
    static const QStringList patterns = {QStringLiteral("mailtls-pki-*"), QStringLiteral("mailtls-exim-*"),
                                         QStringLiteral("mailtls-s_server-*"), QStringLiteral("mailtls-gnutls-serv-*"),
                                         QStringLiteral("mailtls-dns-*"), QStringLiteral("mailtls-nsd-*"),
                                         QStringLiteral("mailtls-unbound-*")};
    return patterns;
}

void cleanUpOnce()
{
    // Peers first: every Exim started with "-C <our exim dir>/exim.conf" whose owner is gone.
    const QString eximPrefix = QDir::tempPath() + QStringLiteral("/mailtls-exim-");
    const QDir proc(QStringLiteral("/proc"));
    for (const QString &entry : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile cmdlineFile(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!cmdlineFile.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> argv = cmdlineFile.readAll().split('\0');
        const int c = argv.indexOf("-C");
        if (c < 0 || c + 1 >= argv.size())
            continue;
        const QString config = QFile::decodeName(argv.at(c + 1));
        if (!config.startsWith(eximPrefix) || !config.endsWith(QLatin1String("/exim.conf")))
            continue;
        bool known = false;
        const bool alive = ownerAlive(QFileInfo(config).path(), &known);
        if ((known && !alive) || !QFileInfo::exists(config))
            ::kill(pid_t(pid), SIGKILL);
    }
    // Then the directories themselves.
    const QDir temp(QDir::tempPath());
    for (const QString &name : temp.entryList(harnessDirPatterns(), QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString dir = temp.filePath(name);
        bool known = false;
        if (!ownerAlive(dir, &known) && known)
            QDir(dir).removeRecursively();
    }
}

} // namespace

void cleanUpAfterCrashedRuns()
{
    static std::once_flag once;
    std::call_once(once, cleanUpOnce);
}

QString readTextFile(const QString &path, int maxChars)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLocal8Bit(file.read(maxChars));
}

QString memoryLimitPrefix(int mib)
{
#ifdef MAILTLS_SANITIZED
    return QStringLiteral("ASAN_OPTIONS=\"${ASAN_OPTIONS:+$ASAN_OPTIONS:}hard_rss_limit_mb=%1\";"
                          " export ASAN_OPTIONS;").arg(mib * 2);
#else
    return QStringLiteral("ulimit -v %1;").arg(qint64(mib) * 1024);
#endif
}

} // namespace mailtls::test
