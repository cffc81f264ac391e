#include "test_servers.h"

#include "test_process.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mailtls::test {

namespace {

// Reads one CRLF/LF-terminated line from a blocking socket; false on timeout or close.
bool readSocketLine(QTcpSocket &socket, const QElapsedTimer &clock, int timeoutMs, QString *line)
{
    while (!socket.canReadLine()) {
        const int left = timeoutMs - int(clock.elapsed());
        if (left <= 0 || !socket.waitForReadyRead(left))
            return false;
    }
    *line = QString::fromLatin1(socket.readLine()).trimmed();
    return true;
}

// Reads one SMTP reply (all continuation lines); false on timeout/close/garbage.
bool readSmtpReply(QTcpSocket &socket, const QElapsedTimer &clock, int timeoutMs, QStringList *lines)
{
    lines->clear();
    for (;;) {
        QString line;
        if (!readSocketLine(socket, clock, timeoutMs, &line))
            return false;
        lines->append(line);
        if (line.size() < 4 || !line.at(0).isDigit())
            return false;
        if (line.at(3) != QLatin1Char('-'))
            return true;
    }
}

bool allowedAuthText(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._@-]+$"));
    return pattern.match(text).hasMatch();
}

bool chownToUser(const QString &path, const QString &user)
{
    const struct passwd *pw = ::getpwnam(user.toLocal8Bit().constData());
    if (!pw)
        return false;
    return ::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) == 0;
}

QString artifactsDirFor(const QString &label, quint16 port)
{
    const QString test = QString::fromLatin1(QTest::currentTestFunction() ? QTest::currentTestFunction() : "none");
    const QString tag = QString::fromLatin1(QTest::currentDataTag() ? QTest::currentDataTag() : "");
    QString name = QStringLiteral("%1-%2%3-%4-%5")
                       .arg(QCoreApplication::applicationName(), test,
                            tag.isEmpty() ? QString() : QLatin1Char('-') + tag, label)
                       .arg(port);
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    const QString path = QStringLiteral(MAILTLS_ARTIFACTS_DIR) + QLatin1Char('/') + name;
    QDir().mkpath(path);
    return path;
}

} // namespace

quint16 freeTcpPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    quint16 port = 0;
    socklen_t len = sizeof(addr);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

RefusingPort::RefusingPort()
{
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd_ < 0)
        return;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof(addr);
    if (::bind(fd_, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)) == 0
        && ::getsockname(fd_, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        port_ = ntohs(addr.sin_port);
}

RefusingPort::~RefusingPort()
{
    if (fd_ >= 0)
        ::close(fd_);
}

bool waitForListening(quint16 port, int timeoutMs, const QString &host)
{
    QElapsedTimer clock;
    clock.start();
    do {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress(host), port);
        if (socket.waitForConnected(qBound(1, timeoutMs - int(clock.elapsed()), 250))) {
            socket.abort();
            return true;
        }
        socket.abort();
        QThread::msleep(30);
    } while (clock.elapsed() < timeoutMs);
    return false;
}

bool waitForBanner(quint16 port, int timeoutMs, QString *banner, const QString &host)
{
    QElapsedTimer clock;
    clock.start();
    do {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress(host), port);
        if (socket.waitForConnected(qBound(1, timeoutMs - int(clock.elapsed()), 250))) {
            QStringList reply;
            if (readSmtpReply(socket, clock, timeoutMs, &reply) && reply.constLast().startsWith(QLatin1String("220 "))) {
                if (banner)
                    *banner = reply.constLast();
                socket.write("QUIT\r\n");
                socket.waitForBytesWritten(500);
                readSmtpReply(socket, clock, qMin(timeoutMs, int(clock.elapsed()) + 500), &reply);
                socket.abort();
                return true;
            }
        }
        socket.abort();
        QThread::msleep(30);
    } while (clock.elapsed() < timeoutMs);
    return false;
}

bool PlainEhlo::advertises(const QString &keyword) const
{
    for (const QString &line : ehloLines) {
        const QString text = line.mid(4);
        if (text.compare(keyword, Qt::CaseInsensitive) == 0
            || text.startsWith(keyword + QLatin1Char(' '), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

PlainEhlo plainEhlo(quint16 port, int timeoutMs, const QString &ehloName)
{
    PlainEhlo result;
    QElapsedTimer clock;
    clock.start();
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs)) {
        result.error = QStringLiteral("connect: ") + socket.errorString();
        return result;
    }
    QStringList reply;
    if (!readSmtpReply(socket, clock, timeoutMs, &reply) || !reply.constLast().startsWith(QLatin1String("220 "))) {
        result.error = QStringLiteral("no 220 greeting: ") + reply.join(QLatin1Char('|'));
        return result;
    }
    result.banner = reply.constLast();
    socket.write("EHLO " + ehloName.toLatin1() + "\r\n");
    if (!readSmtpReply(socket, clock, timeoutMs, &reply) || !reply.constLast().startsWith(QLatin1String("250 "))) {
        result.error = QStringLiteral("EHLO not accepted: ") + reply.join(QLatin1Char('|'));
        return result;
    }
    result.ehloLines = reply;
    socket.write("QUIT\r\n");
    socket.waitForBytesWritten(1000);
    readSmtpReply(socket, clock, timeoutMs, &reply);
    socket.abort();
    return result;
}

// ---------------------------------------------------------------------------------------------

PeerProcess::PeerProcess(const QString &label)
    : label_(label)
    , dir_(std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/mailtls-") + label
                                           + QStringLiteral("-XXXXXX")))
{
    cleanUpAfterCrashedRuns();
    if (dir_->isValid()) {
        ::chmod(QFile::encodeName(dir_->path()).constData(), 0755);
        markOwnedDir(dir_->path());
    }
    outputFile_ = dir_->filePath(label + QStringLiteral(".out"));
}

PeerProcess::~PeerProcess()
{
    // Derived destructors already stopped (so their saveArtifacts ran); this is the backstop.
    stop();
}

QString PeerProcess::workDir() const
{
    return dir_->path();
}

bool PeerProcess::isRunning() const
{
    return process_ && process_->state() != QProcess::NotRunning;
}

QString PeerProcess::outputText() const
{
    return readTextFile(outputFile_);
}

QString PeerProcess::diagnostics() const
{
    return QStringLiteral("--- %1 output ---\n%2").arg(label_, outputText().right(6000));
}

void PeerProcess::saveArtifacts() const
{
    if (!QTest::currentTestFailed() || port_ == 0)
        return;
    const QString target = artifactsDirFor(label_, port_);
    QFile::remove(target + QLatin1Char('/') + label_ + QStringLiteral(".out"));
    QFile::copy(outputFile_, target + QLatin1Char('/') + label_ + QStringLiteral(".out"));
}

void PeerProcess::stop()
{
    if (!process_)
        return;
    if (QTest::currentTestFailed() && isRunning())
        QThread::msleep(300);   // let the peer finish logging what just went wrong
    qint64 filePid = pidFromFile();
    // Test peers hold nothing worth a graceful shutdown (Exim takes ~1.5 s to honour SIGTERM).
    stopProcessGroup(pid_ > 0 ? pid_ : process_->processId(), process_.get(), 250);
    if (filePid > 0 && filePid != pid_)
        stopProcessGroup(filePid, nullptr, 250);
    saveArtifacts();
    process_.reset();
}

bool PeerProcess::launch(const QString &program, const std::function<QStringList(quint16)> &args,
                         Readiness readiness, int timeoutMs, QString *error)
{
    auto fail = [&](const QString &why) {
        error_ = QStringLiteral("%1: %2\n%3").arg(label_, why, diagnostics());
        if (error)
            *error = error_;
        return false;
    };
    stop();
    error_.clear();
    if (!dir_->isValid())
        return fail(QStringLiteral("cannot create a temporary directory"));

    for (int attempt = 0; attempt < 4; ++attempt) {
        const quint16 port = fixedPort_ != 0 ? fixedPort_ : freeTcpPort();
        if (port == 0)
            return fail(QStringLiteral("no free TCP port"));
        QString prepareError;
        if (!prepareAttempt(port, &prepareError))
            return fail(prepareError);

        process_ = std::make_unique<QProcess>();
        prepareOwnedProcess(*process_);
        process_->setWorkingDirectory(dir_->path());
        process_->setProcessChannelMode(QProcess::MergedChannels);
        process_->setStandardOutputFile(outputFile_, QIODevice::Append);
        const QStringList arguments = args(port);
        process_->start(program, arguments);
        if (!process_->waitForStarted(10000)) {
            const QString why = process_->errorString();
            process_.reset();
            return fail(QStringLiteral("cannot start %1: %2").arg(program, why));
        }
        pid_ = process_->processId();
        port_ = port;

        QElapsedTimer clock;
        clock.start();
        bool ready = false;
        bool exited = false;
        while (clock.elapsed() < timeoutMs) {
            if (process_->waitForFinished(20) || process_->state() == QProcess::NotRunning) {
                exited = true;
                break;
            }
            ready = readiness == Readiness::SmtpBanner ? waitForBanner(port, 300, nullptr, probeHost_)
                                                       : waitForListening(port, 150, probeHost_);
            ready = ready && confirmsListening(port);
            if (ready)
                break;
        }
        if (ready && process_->state() != QProcess::NotRunning)
            return true;

        const QString output = diagnostics();
        const bool portTaken = output.contains(QLatin1String("in use"), Qt::CaseInsensitive);
        stop();
        port_ = 0;
        if (exited && portTaken && fixedPort_ == 0)
            continue;   // someone took the port between our probe and the bind: try another
        return fail(exited ? QStringLiteral("%1 exited before it was ready (command: %2 %3)")
                                 .arg(program, program, arguments.join(QLatin1Char(' ')))
                           : QStringLiteral("%1 not ready on port %2 within %3 ms").arg(program).arg(port).arg(timeoutMs));
    }
    return fail(QStringLiteral("every port tried was taken"));
}

// ---------------------------------------------------------------------------------------------

EximOptions EximOptions::serving(const QString &certFile, const QString &keyFile)
{
    EximOptions options;
    options.certFile = certFile;
    options.keyFile = keyFile;
    return options;
}

EximServer::EximServer(EximOptions options)
    : PeerProcess(QStringLiteral("exim"))
    , options_(std::move(options))
{
}

EximServer::~EximServer()
{
    stop();
}

QString EximServer::configFile() const
{
    return dir_->filePath(QStringLiteral("exim.conf"));
}

QString EximServer::pidFile() const
{
    return dir_->filePath(QStringLiteral("exim.pid"));
}

QString EximServer::configText() const
{
    return readTextFile(configFile());
}

qint64 EximServer::pidFromFile() const
{
    const QString text = readTextFile(pidFile(), 64).trimmed();
    bool ok = false;
    const qint64 pid = text.toLongLong(&ok);
    return ok ? pid : 0;
}

bool EximServer::confirmsListening(quint16 /*port*/) const
{
    // Exim writes its PID file once its listening sockets are bound.
    return process_ && pidFromFile() == process_->processId();
}

QString EximServer::logText() const
{
    QString text;
    for (const char *name : {"mainlog", "rejectlog", "paniclog"}) {
        const QString content = readTextFile(dir_->filePath(QStringLiteral("log/") + QLatin1String(name)));
        if (!content.isEmpty())
            text += QStringLiteral("--- exim %1 ---\n%2\n").arg(QLatin1String(name), content.right(8000));
    }
    const QString output = outputText();
    if (!output.isEmpty())
        text += QStringLiteral("--- exim stderr ---\n%1\n").arg(output.right(4000));
    return text;
}

QString EximServer::diagnostics() const
{
    return logText();
}

void EximServer::saveArtifacts() const
{
    if (!QTest::currentTestFailed() || port_ == 0)
        return;
    const QString target = artifactsDirFor(label_, port_);
    auto copy = [&](const QString &from, const QString &name) {
        QFile::remove(target + QLatin1Char('/') + name);
        QFile::copy(from, target + QLatin1Char('/') + name);
    };
    copy(configFile(), QStringLiteral("exim.conf"));
    copy(outputFile_, QStringLiteral("exim.out"));
    for (const char *name : {"mainlog", "rejectlog", "paniclog"})
        copy(dir_->filePath(QStringLiteral("log/") + QLatin1String(name)), QLatin1String(name));
}

QString EximServer::buildConfig(quint16 port) const
{
    const QString dir = dir_->path();
    QString c;
    c += QStringLiteral("# MailTLS Workbench integration-test peer (generated; test only)\n");
    c += QStringLiteral("primary_hostname = localhost\n");
    c += QStringLiteral("qualify_domain = localhost\n");
    c += QStringLiteral("exim_user = %1\nexim_group = %1\n").arg(eximUser());
    c += QStringLiteral("spool_directory = %1/spool\n").arg(dir);
    c += QStringLiteral("log_file_path = %1/log/%slog\n").arg(dir);
    c += QStringLiteral("log_selector = +smtp_connection +smtp_protocol_error +smtp_syntax_error "
                        "+tls_peerdn +tls_certificate_verified +tls_sni +incoming_port\n");
    c += QStringLiteral("keep_environment =\n");
    // Loopback only, no DNS, no ident.
    c += QStringLiteral("local_interfaces = <; %1\n")
             .arg(options_.listenAddress.isEmpty() ? QStringLiteral("127.0.0.1 ; ::1") : options_.listenAddress);
    c += QStringLiteral("host_lookup =\n");
    c += QStringLiteral("rfc1413_hosts =\n");
    // A stuck connection must not keep a child process alive for long.
    c += QStringLiteral("smtp_receive_timeout = 30s\n");
    // Exim's default of 20 concurrent connections is met when a scanner and a reference tool
    // run back to back (children of closed connections take a moment to exit) and shows up as
    // "refused: too many connections". Non-zero, so smtp_accept_max_per_host still works.
    c += QStringLiteral("smtp_accept_max = 200\n");
    c += QStringLiteral("domainlist local_domains = @ : localhost : mail.test.example : test.example\n");
    c += QStringLiteral("acl_smtp_rcpt = acl_check_rcpt\n");
    c += QStringLiteral("acl_smtp_data = acl_check_data\n");

    const bool tls = !options_.certFile.isEmpty();
    if (tls) {
        c += QStringLiteral("tls_certificate = %1\n").arg(options_.certFile);
        c += QStringLiteral("tls_privatekey = %1\n").arg(options_.keyFile);
        if (!options_.tlsRequireCiphers.isEmpty())
            c += QStringLiteral("tls_require_ciphers = %1\n").arg(options_.tlsRequireCiphers);
        if (options_.requireClientCert) {
            c += QStringLiteral("tls_verify_hosts = *\n");
            c += QStringLiteral("tls_verify_certificates = %1\n").arg(options_.clientCaFile);
        }
    }
    c += QStringLiteral("tls_advertise_hosts = %1\n").arg(tls && options_.starttls ? QStringLiteral("*") : QString());
    if (tls && options_.implicitTls)
        c += QStringLiteral("tls_on_connect_ports = %1\n").arg(port);

    const bool auth = options_.authBeforeTls || options_.authAfterTls;
    if (auth) {
        c += options_.authBeforeTls ? QStringLiteral("auth_advertise_hosts = *\n")
                                    : QStringLiteral("auth_advertise_hosts = ${if eq{$tls_in_cipher}{}{}{*}}\n");
    } else {
        c += QStringLiteral("auth_advertise_hosts =\n");
    }
    if (!options_.extraMain.isEmpty())
        c += options_.extraMain + QLatin1Char('\n');

    c += QStringLiteral("\nbegin acl\n\n"
                        "acl_check_rcpt:\n"
                        "  accept domains = +local_domains\n"
                        "  deny message = relay not permitted\n\n"
                        "acl_check_data:\n"
                        "  accept\n");
    // Accept every local recipient and throw the message away: DATA completes, nothing is delivered.
    c += QStringLiteral("\nbegin routers\n\n"
                        "discard_local:\n"
                        "  driver = redirect\n"
                        "  domains = +local_domains\n"
                        "  data = :blackhole:\n");
    c += QStringLiteral("\nbegin transports\n");
    c += QStringLiteral("\nbegin authenticators\n");
    if (auth) {
        const QString user = options_.authUser;
        const QString password = options_.authPassword;
        c += QStringLiteral("\nplain_server:\n"
                            "  driver = plaintext\n"
                            "  public_name = PLAIN\n"
                            "  server_prompts = :\n"
                            "  server_condition = ${if and{{eq{$auth2}{%1}}{eq{$auth3}{%2}}}}\n"
                            "  server_set_id = $auth2\n")
                 .arg(user, password);
        c += QStringLiteral("\nlogin_server:\n"
                            "  driver = plaintext\n"
                            "  public_name = LOGIN\n"
                            "  server_prompts = <| Username: | Password:\n"
                            "  server_condition = ${if and{{eq{$auth1}{%1}}{eq{$auth2}{%2}}}}\n"
                            "  server_set_id = $auth1\n")
                 .arg(user, password);
    }
    return c;
}

bool EximServer::prepareAttempt(quint16 port, QString *error)
{
    if (!options_.certFile.isEmpty() && options_.keyFile.isEmpty()) {
        *error = QStringLiteral("EximOptions: certFile without keyFile");
        return false;
    }
    if (options_.requireClientCert && options_.clientCaFile.isEmpty()) {
        *error = QStringLiteral("EximOptions: requireClientCert needs clientCaFile");
        return false;
    }
    if ((options_.authBeforeTls || options_.authAfterTls)
        && (!allowedAuthText(options_.authUser) || !allowedAuthText(options_.authPassword))) {
        *error = QStringLiteral("EximOptions: authUser/authPassword may only use [A-Za-z0-9._@-]");
        return false;
    }
    for (const QString &sub : {QStringLiteral("spool"), QStringLiteral("log")}) {
        const QString path = dir_->filePath(sub);
        QDir().mkpath(path);
        ::chmod(QFile::encodeName(path).constData(), 0750);
        if (!chownToUser(path, eximUser())) {
            *error = QStringLiteral("cannot hand %1 to %2 (are we root?)").arg(path, eximUser());
            return false;
        }
    }
    QFile::remove(pidFile());
    QFile file(configFile());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("cannot write %1").arg(configFile());
        return false;
    }
    file.write(buildConfig(port).toUtf8());
    file.close();
    // Exim refuses a config that others may write.
    ::chmod(QFile::encodeName(configFile()).constData(), 0644);
    return true;
}

bool EximServer::start(QString *error)
{
    if (::geteuid() != 0) {
        error_ = QStringLiteral("exim: the test peer must be started as root");
        if (error)
            *error = error_;
        return false;
    }
    const Readiness readiness = !options_.certFile.isEmpty() && options_.implicitTls ? Readiness::Listening
                                                                                     : Readiness::SmtpBanner;
    if (!options_.listenAddress.isEmpty())
        probeHost_ = options_.listenAddress;
    fixedPort_ = options_.port;
    return launch(eximBinary(),
                  [this](quint16 port) {
                      return QStringList{QStringLiteral("-C"), configFile(), QStringLiteral("-bdf"),
                                         QStringLiteral("-oX"), QString::number(port),
                                         QStringLiteral("-oP"), pidFile()};
                  },
                  readiness, 15000, error);
}

// ---------------------------------------------------------------------------------------------

OpensslServer::OpensslServer(OpensslServerOptions options)
    : PeerProcess(QStringLiteral("s_server"))
    , options_(std::move(options))
{
}

OpensslServer::~OpensslServer()
{
    stop();
}

bool OpensslServer::start(QString *error)
{
    return launch(QStringLiteral("openssl"),
                  [this](quint16 port) {
                      QStringList args{QStringLiteral("s_server"),
                                       QStringLiteral("-accept"), QStringLiteral("127.0.0.1:%1").arg(port),
                                       QStringLiteral("-cert"), options_.certFile,
                                       QStringLiteral("-key"), options_.keyFile};
                      if (!options_.chainFile.isEmpty())
                          args << QStringLiteral("-cert_chain") << options_.chainFile;
                      if (!options_.dhParamFile.isEmpty())
                          args << QStringLiteral("-dhparam") << options_.dhParamFile;
                      if (!options_.cipher.isEmpty())
                          args << QStringLiteral("-cipher") << options_.cipher;
                      if (!options_.ciphersuites.isEmpty())
                          args << QStringLiteral("-ciphersuites") << options_.ciphersuites;
                      return args + options_.extraArgs;
                  },
                  Readiness::Listening, 10000, error);
}

bool OpensslServer::confirmsListening(quint16 /*port*/) const
{
    return outputText().contains(QLatin1String("ACCEPT"));
}

// ---------------------------------------------------------------------------------------------

GnutlsServer::GnutlsServer(GnutlsServerOptions options)
    : PeerProcess(QStringLiteral("gnutls-serv"))
    , options_(std::move(options))
{
}

GnutlsServer::~GnutlsServer()
{
    stop();
}

bool GnutlsServer::confirmsListening(quint16 port) const
{
    return outputText().contains(QStringLiteral("port %1...done").arg(port));
}

bool GnutlsServer::start(QString *error)
{
    return launch(QStringLiteral("gnutls-serv"),
                  [this](quint16 port) {
                      QStringList args{QStringLiteral("--port"), QString::number(port), QStringLiteral("--echo"),
                                       QStringLiteral("--x509certfile"), options_.certFile,
                                       QStringLiteral("--x509keyfile"), options_.keyFile};
                      if (!options_.priority.isEmpty())
                          args << QStringLiteral("--priority") << options_.priority;
                      if (!options_.dhParamFile.isEmpty())
                          args << QStringLiteral("--dhparams") << options_.dhParamFile;
                      return args + options_.extraArgs;
                  },
                  Readiness::Listening, 10000, error);
}

} // namespace mailtls::test
