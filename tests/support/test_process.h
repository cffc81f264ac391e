#pragma once

// Running the reference tools (openssl, swaks, certtool, the mailtls CLI) from a test and
// starting long-lived peer processes that can never outlive the test.

#include <QByteArray>
#include <QString>
#include <QStringList>

class QProcess;

namespace mailtls::test {

// The outcome of one short-lived tool run.
struct ToolResult {
    bool started = false;
    bool finished = false;     // false: killed after the timeout
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;

    bool ok() const { return started && finished && exitCode == 0; }
    QString outText() const { return QString::fromLocal8Bit(out); }
    QString errText() const { return QString::fromLocal8Bit(err); }
    QString allText() const { return outText() + errText(); }
    // "openssl s_client ... -> exit 1", then stderr and stdout, for failure messages.
    QString describe() const;

    QString commandLine;
};

// Runs `program args`, writes `input` to its stdin and closes it, waits up to timeoutMs, and
// kills the tool if it did not finish by then.
ToolResult runTool(const QString &program, const QStringList &args, const QByteArray &input = {},
                   int timeoutMs = 30000);

// Makes a process about to be started a safe test peer: its own process group (so stopping it
// also stops every child it forked) and SIGKILL when the test process dies.
void prepareOwnedProcess(QProcess &process);

// Stops the process group led by `pid`: SIGTERM, up to graceMs to exit, then SIGKILL.
// `process` (may be null) is the QProcess that started it, reaped here.
void stopProcessGroup(qint64 pid, QProcess *process, int graceMs = 3000);

// Every temporary directory of the harness is named QDir::tempPath()/mailtls-<what>-XXXXXX and
// holds owner.pid, the PID of the test process that made it.
void markOwnedDir(const QString &dir);

// Once per process: kills test peers whose test process died without stopping them (Exim drops
// to Debian-exim, which clears PR_SET_PDEATHSIG) and removes harness directories whose owner is
// gone. Peers and directories of test processes still running are left alone.
void cleanUpAfterCrashedRuns();

// The first `maxChars` characters of a file, for diagnostics; empty when unreadable.
QString readTextFile(const QString &path, int maxChars = 64 * 1024);

// A shell prefix that bounds the memory of the command after it to `mib` MiB: `ulimit -v`
// (address space) in a normal build; in a sanitizer build (MAILTLS_SANITIZED), whose shadow
// memory needs terabytes of address space, AddressSanitizer's own RSS bound instead
// (hard_rss_limit_mb, plus room for its bookkeeping). Use as "PREFIX exec 'cli' args".
QString memoryLimitPrefix(int mib);

} // namespace mailtls::test
