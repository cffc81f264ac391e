#include "dovecot_server.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include "test_pki.h"
#include "test_process.h"
#include "test_servers.h"

namespace mailtls::test {

namespace {

bool writeText(const QString &path, const QByteArray &text, QFile::Permissions permissions)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text) != text.size())
        return false;
    f.close();
    return f.setPermissions(permissions);
}

bool accepts(const QString &host, quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(host, port);
    const bool ok = socket.waitForConnected(300);
    socket.abort();
    return ok;
}

const QFile::Permissions kReadable = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;

} // namespace

DovecotServer::DovecotServer() = default;

DovecotServer::~DovecotServer()
{
    stop();
}

QString DovecotServer::logText() const
{
    return dir_ ? readTextFile(QDir(dir_->path()).filePath(QStringLiteral("dovecot.log"))) : QString();
}

QString DovecotServer::passwordFile() const
{
    return dir_ ? QDir(dir_->path()).filePath(QStringLiteral("password")) : QString();
}

bool DovecotServer::start(const DovecotOptions &options, int timeoutMs)
{
    options_ = options;
    cleanUpAfterCrashedRuns();
    for (int i = 0; i < 3; ++i) {
        if (attempt(timeoutMs))
            return true;
        stop();
    }
    return false;
}

bool DovecotServer::attempt(int timeoutMs)
{
    const TestPki &pki = TestPki::instance();
    if (!pki.ok()) {
        error_ = pki.error();
        return false;
    }
    dir_ = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/mailtls-dovecot-XXXXXX"));
    if (!dir_->isValid()) {
        error_ = QStringLiteral("no temporary directory");
        return false;
    }
    markOwnedDir(dir_->path());
    const QDir d(dir_->path());
    // Dovecot's unprivileged processes (auth as "dovecot", the mail process as the user's uid)
    // read the passwd file and write the mail directory.
    QFile::setPermissions(d.path(), kReadable | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
    d.mkpath(QStringLiteral("run"));
    d.mkpath(QStringLiteral("state"));
    d.mkpath(QStringLiteral("mail"));
    QFile::setPermissions(d.filePath(QStringLiteral("mail")), QFile::Permissions(0x7777));
    const LeafFiles leaf = pki.rsaLeaf();
    QFile::copy(leaf.chainFile, d.filePath(QStringLiteral("cert.pem")));
    QFile::copy(leaf.keyFile, d.filePath(QStringLiteral("key.pem")));
    if (!writeText(d.filePath(QStringLiteral("users")),
                   QStringLiteral("%1:{PLAIN}%2::::::\n").arg(options_.user, options_.password).toUtf8(), kReadable)
        || !writeText(passwordFile(), options_.password.toUtf8(), kReadable)) {
        error_ = QStringLiteral("cannot write the Dovecot files in %1").arg(d.path());
        return false;
    }

    imap_ = freeTcpPort();
    imaps_ = freeTcpPort();
    pop3_ = freeTcpPort();
    pop3s_ = freeTcpPort();
    sieve_ = freeTcpPort();
    const QString p = d.path();
    const QString config = QStringLiteral(
        "base_dir = %1/run\n"
        "state_dir = %1/state\n"
        "log_path = %1/dovecot.log\n"
        "protocols = imap pop3 sieve\n"
        "listen = 127.0.0.2\n"
        "default_internal_user = dovecot\n"
        "default_internal_group = dovecot\n"
        "default_login_user = dovenull\n"
        "first_valid_uid = 1\n"
        "disable_plaintext_auth = %2\n"
        "ssl = %3\n"
        "ssl_cert = <%1/cert.pem\n"
        "ssl_key = <%1/key.pem\n"
        // As Debian ships it (conf.d/10-ssl.conf): without DH parameters Dovecot ends every
        // handshake in which the client's first choice is a DHE suite.
        "%9"
        "auth_mechanisms = plain login\n"
        "passdb {\n  driver = passwd-file\n  args = %1/users\n}\n"
        "userdb {\n  driver = static\n  args = uid=dovecot gid=dovecot home=%1/mail/%u\n}\n"
        "mail_location = maildir:%1/mail/%u/Maildir\n"
        "service anvil {\n  chroot =\n}\n"
        "service imap-login {\n  chroot =\n  inet_listener imap {\n    port = %4\n  }\n"
        "  inet_listener imaps {\n    port = %5\n    ssl = yes\n  }\n}\n"
        "service pop3-login {\n  chroot =\n  inet_listener pop3 {\n    port = %6\n  }\n"
        "  inet_listener pop3s {\n    port = %7\n    ssl = yes\n  }\n}\n"
        "service managesieve-login {\n  chroot =\n  inet_listener sieve {\n    port = %8\n  }\n}\n")
        .arg(p, options_.plaintextAuth ? QStringLiteral("no") : QStringLiteral("yes"),
             options_.plaintextAuth ? QStringLiteral("yes") : QStringLiteral("required"))
        .arg(imap_).arg(imaps_).arg(pop3_).arg(pop3s_).arg(sieve_)
        .arg(options_.sslDh ? QStringLiteral("ssl_dh = </usr/share/dovecot/dh.pem\n") : QString());
    const QString configFile = d.filePath(QStringLiteral("dovecot.conf"));
    if (!writeText(configFile, config.toUtf8(), kReadable)) {
        error_ = QStringLiteral("cannot write %1").arg(configFile);
        return false;
    }

    process_ = std::make_unique<QProcess>();
    prepareOwnedProcess(*process_);
    process_->setProcessChannelMode(QProcess::MergedChannels);
    process_->setStandardOutputFile(d.filePath(QStringLiteral("stdout.txt")));
    process_->start(QStringLiteral("/usr/sbin/dovecot"), {QStringLiteral("-c"), configFile, QStringLiteral("-F")});
    if (!process_->waitForStarted(5000)) {
        error_ = QStringLiteral("dovecot did not start: %1").arg(process_->errorString());
        return false;
    }
    pid_ = process_->processId();
    QElapsedTimer timer;
    timer.start();
    const quint16 ports[] = {imap_, imaps_, pop3_, pop3s_, sieve_};
    for (;;) {
        bool all = true;
        for (quint16 port : ports)
            all = all && accepts(host(), port);
        if (all)
            return true;
        if (process_->state() == QProcess::NotRunning || timer.elapsed() > timeoutMs) {
            error_ = QStringLiteral("dovecot is not listening on %1 (ports %2 %3 %4 %5 %6):\n%7\n%8")
                         .arg(host()).arg(imap_).arg(imaps_).arg(pop3_).arg(pop3s_).arg(sieve_)
                         .arg(readTextFile(d.filePath(QStringLiteral("stdout.txt"))), logText());
            return false;
        }
        QThread::msleep(100);
    }
}

void DovecotServer::stop()
{
    if (pid_ > 0)
        stopProcessGroup(pid_, process_.get());
    pid_ = 0;
    process_.reset();
}

} // namespace mailtls::test
