#include "interactive_console.h"

#include <QElapsedTimer>
#include <QList>
#include <QRegularExpression>

#include <cerrno>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <thread>

#include <fcntl.h>
#include <poll.h>
#include <termios.h>
#include <unistd.h>

#include "base/limits.h"
#include "cli_tr.h"
#include "console.h"
#include "jobs/session_job.h"

// Last: the readline compatibility header of libedit defines a few short macros.
#include <editline/readline.h>

using namespace mailtls::core;

namespace mailtls::cli {

namespace {

// Piped input: once a reply has begun, this long without a further line ends it even when no
// line looked final (a multi-line answer of a dialect we do not parse, a partial line).
constexpr int kQuietAfterReplyMs = 400;
// After the logout was sent: how long the console waits for the server to answer and close.
constexpr int kLogoutWaitCapMs = 5000;

struct Item {
    TranscriptLine line;
    bool consoleStarts = false;   // the engine entered its interactive loop here
};

// What the session's thread hands to the console's thread.
struct Shared {
    std::mutex mutex;
    QList<Item> items;
    bool ready = false;
    bool interactive = false;
    bool finished = false;
    Report planned;
    int wakeRead = -1;
    int wakeWrite = -1;

    void notify()
    {
        const char c = 1;
        // A full pipe already means "something to read": losing this byte is harmless.
        [[maybe_unused]] const ssize_t n = ::write(wakeWrite, &c, 1);
    }
};

class Console;
Console *g_console = nullptr;   // libedit's line callback is a plain function
extern "C" void consoleOnLine(char *line);

class Console
{
public:
    Console(const SessionOptions &options, const CancelToken &cancel, const ReportPrinter &printer,
            const ConsoleSettings &settings)
        : options_(options), cancel_(cancel), printer_(printer), settings_(settings), inbox_(cancel)
    {
    }

    ConsoleResult run();
    void onLine(char *line);

private:
    void write(const QString &text) const
    {
        if (settings_.toStderr)
            writeErr(text);
        else
            writeOut(text);
    }
    void say(const QString &text) const { write(QStringLiteral("  ") + text + QLatin1Char('\n')); }
    // Takes what arrived, prints it (through the escaping writer), and keeps count.
    QString takeArrived();
    void drainWakePipe() const;
    bool finished();
    // Waits for the wake pipe (and stdin when `withStdin`) at most `ms`; returns true when stdin
    // is readable.
    bool waitFor(int ms, bool withStdin) const;

    // One typed line: a console command or a line for the server.
    void handle(const QString &text);
    void send(const QString &line);
    void waitForReply(int capMs);
    bool isLogoutLine(const QString &line) const;

    void runPiped();
    void runTerminal();
    bool readPipedLine(QString *line, bool *eof);
    void printArrived();

    SessionOptions options_;
    CancelToken cancel_;
    const ReportPrinter &printer_;
    ConsoleSettings settings_;
    SessionInbox inbox_;
    Shared shared_;

    bool terminal_ = false;
    bool editing_ = false;         // libedit owns the prompt line: output redraws it
    bool inConsole_ = false;
    bool done_ = false;            // /quit or end of input
    bool logoutSent_ = false;
    bool disconnectSent_ = false;
    bool inData_ = false;          // after a 354: message lines are not answered one by one
    int serverLinesSinceSend_ = 0;
    bool finalSeen_ = false;
    QString lastFinalLine_;
    QElapsedTimer sinceArrival_;
    QString lastNote_;
    QByteArray stdinBuffer_;
    bool stdinEof_ = false;
};

QString Console::takeArrived()
{
    QList<Item> items;
    {
        std::lock_guard<std::mutex> lock(shared_.mutex);
        items.swap(shared_.items);
    }
    QString out;
    for (const Item &item : items) {
        if (item.consoleStarts) {
            inConsole_ = true;
            continue;
        }
        const TranscriptLine &line = item.line;
        if (line.dir == LineDirection::Server && inConsole_) {
            ++serverLinesSinceSend_;
            sinceArrival_.restart();
            if (isFinalReplyLine(line.text)) {
                finalSeen_ = true;
                lastFinalLine_ = line.text;
            }
        }
        if (line.dir == LineDirection::Note && inConsole_)
            lastNote_ = line.text;
        // At a terminal the typed line is on the screen already.
        if (line.dir == LineDirection::Client && inConsole_ && editing_)
            continue;
        out += printer_.transcriptLine(line);
    }
    return out;
}

void Console::drainWakePipe() const
{
    char buffer[256];
    while (::read(shared_.wakeRead, buffer, sizeof buffer) > 0) {
    }
}

bool Console::finished()
{
    std::lock_guard<std::mutex> lock(shared_.mutex);
    return shared_.finished && shared_.items.isEmpty();
}

bool Console::waitFor(int ms, bool withStdin) const
{
    pollfd fds[2] = {{shared_.wakeRead, POLLIN, 0}, {STDIN_FILENO, POLLIN, 0}};
    const int n = ::poll(fds, withStdin ? 2 : 1, ms < 0 ? 0 : ms);
    if (n <= 0)
        return false;
    if (fds[0].revents)
        drainWakePipe();
    return withStdin && (fds[1].revents & (POLLIN | POLLHUP | POLLERR));
}

void Console::printArrived()
{
    const QString text = takeArrived();
    if (text.isEmpty())
        return;
    if (editing_ && !settings_.toStderr) {
        // Clear the prompt line, print, and let libedit draw the prompt and the half-typed line again.
        writeOut(eraseLine());
        writeOut(text);
        rl_forced_update_display();
    } else {
        write(text);
    }
}

bool Console::isLogoutLine(const QString &line) const
{
    const QStringList words = line.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return false;
    const QString logout = logoutLineFor(options_.dialect);
    if (logout.isEmpty())
        return false;
    const QString verb = logout.split(QLatin1Char(' ')).constLast();
    return words.first().compare(verb, Qt::CaseInsensitive) == 0
           || (words.size() > 1 && words.at(1).compare(verb, Qt::CaseInsensitive) == 0);
}

void Console::send(const QString &line)
{
    if (line.toUtf8().size() > limits::kConsoleLineBytes) {
        say(Cli::tr("line not sent: longer than %1 bytes").arg(limits::kConsoleLineBytes));
        return;
    }
    if (isLogoutLine(line))
        logoutSent_ = true;
    serverLinesSinceSend_ = 0;
    finalSeen_ = false;
    inbox_.sendLine(line);
    if (inData_) {
        if (line == QLatin1String("."))
            inData_ = false;
        else
            return;   // a message line: the server answers only after the final "."
    }
    if (!terminal_ || logoutSent_) {
        waitForReply(logoutSent_ ? qMin(options_.timeoutMs, kLogoutWaitCapMs) : options_.timeoutMs);
        if (lastFinalLine_.startsWith(QLatin1String("354")) && finalSeen_)
            inData_ = true;
    }
}

void Console::waitForReply(int capMs)
{
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        printArrived();
        if (finalSeen_ || finished() || cancel_.isCancelled())
            return;
        if (serverLinesSinceSend_ > 0 && sinceArrival_.elapsed() >= kQuietAfterReplyMs)
            return;
        const qint64 left = capMs - clock.elapsed();
        if (left <= 0) {
            if (!logoutSent_)
                say(Cli::tr("(no reply within %1 s; going on)").arg(capMs / 1000.0, 0, 'g', 3));
            return;
        }
        qint64 wait = qMin<qint64>(left, 200);
        if (serverLinesSinceSend_ > 0)
            wait = qMin<qint64>(wait, qMax<qint64>(1, kQuietAfterReplyMs - sinceArrival_.elapsed()));
        waitFor(int(wait), false);
    }
}

void Console::handle(const QString &text)
{
    if (!text.startsWith(QLatin1Char('/'))) {
        send(text);
        return;
    }
    const QString command = text.section(QLatin1Char(' '), 0, 0).toLower();
    const QString rest = text.section(QLatin1Char(' '), 1);
    if (command == QLatin1String("/help") || command == QLatin1String("/?")) {
        write(consoleHelpText());
    } else if (command == QLatin1String("/quit") || command == QLatin1String("/exit")) {
        done_ = true;
    } else if (command == QLatin1String("/tls")) {
        Report planned;
        {
            std::lock_guard<std::mutex> lock(shared_.mutex);
            planned = shared_.planned;
        }
        write(printer_.tlsSection(planned));
    } else if (command == QLatin1String("/raw")) {
        send(rest);
    } else {
        say(Cli::tr("unknown console command %1 (/help lists them; /raw %1 sends it to the server)").arg(text));
    }
}

bool Console::readPipedLine(QString *line, bool *eof)
{
    *eof = false;
    for (;;) {
        const int nl = int(stdinBuffer_.indexOf('\n'));
        if (nl >= 0 || (stdinEof_ && !stdinBuffer_.isEmpty())) {
            QByteArray bytes = nl >= 0 ? stdinBuffer_.left(nl) : stdinBuffer_;
            stdinBuffer_.remove(0, nl >= 0 ? nl + 1 : stdinBuffer_.size());
            if (bytes.endsWith('\r'))
                bytes.chop(1);
            *line = QString::fromUtf8(bytes);
            return true;
        }
        if (stdinEof_) {
            *eof = true;
            return false;
        }
        if (stdinBuffer_.size() > limits::kConsoleLineBytes) {
            // Keep the bound: the line is refused as a whole, its tail skipped up to the next newline.
            say(Cli::tr("line not sent: longer than %1 bytes").arg(limits::kConsoleLineBytes));
            stdinBuffer_.clear();
            char c = 0;
            while (::read(STDIN_FILENO, &c, 1) == 1 && c != '\n') {
            }
            continue;
        }
        printArrived();
        if (finished() || cancel_.isCancelled())
            return false;
        if (!waitFor(200, true))
            continue;
        char buffer[4096];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n > 0)
            stdinBuffer_.append(buffer, int(n));
        else if (n == 0 || (errno != EINTR && errno != EAGAIN))
            stdinEof_ = true;
    }
}

void Console::runPiped()
{
    while (!done_ && !cancel_.isCancelled() && !finished()) {
        QString line;
        bool eof = false;
        if (!readPipedLine(&line, &eof)) {
            if (eof)
                done_ = true;
            break;
        }
        handle(line);
    }
}

extern "C" void consoleOnLine(char *line)
{
    if (g_console)
        g_console->onLine(line);
    else
        std::free(line);
}

void Console::onLine(char *line)
{
    if (!line) {
        done_ = true;   // Ctrl-D
        editing_ = false;
        writeOut(QStringLiteral("\n"));
        return;
    }
    const QString text = QString::fromUtf8(line);
    // In memory only (no history file is ever written), and never an AUTH line.
    if (!text.trimmed().isEmpty() && !text.trimmed().startsWith(QLatin1String("AUTH"), Qt::CaseInsensitive))
        add_history(line);
    std::free(line);
    if (text.trimmed().compare(QLatin1String("/quit"), Qt::CaseInsensitive) == 0 || isLogoutLine(text))
        editing_ = false;   // what follows is the goodbye: no prompt to redraw
    handle(text);
    if (!done_ && editing_)
        rl_callback_handler_install("> ", consoleOnLine);
}

void Console::runTerminal()
{
    termios saved {};
    const bool haveTermios = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    g_console = this;
    rl_catch_signals = 0;   // Ctrl-C is InterruptGuard's: it cancels the session
    rl_instream = stdin;
    rl_outstream = stdout;
    rl_callback_handler_install("> ", consoleOnLine);
    editing_ = true;
    while (!done_ && editing_ && !cancel_.isCancelled()) {
        printArrived();
        if (finished())
            break;
        if (waitFor(200, true))
            rl_callback_read_char();
    }
    editing_ = false;
    rl_callback_handler_remove();
    g_console = nullptr;
    if (haveTermios)
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    if (!done_)
        writeOut(eraseLine());
}

ConsoleResult Console::run()
{
    ConsoleResult result;
    int fds[2] = {-1, -1};
    if (::pipe2(fds, O_NONBLOCK | O_CLOEXEC) != 0) {
        say(Cli::tr("error: cannot create a pipe"));
        return result;
    }
    shared_.wakeRead = fds[0];
    shared_.wakeWrite = fds[1];
    // Line editing only when both ends are the terminal: a prompt and its redraws must not land
    // in a pipe (`| tee`, `--json -`); the kernel's line discipline still edits a typed line then.
    terminal_ = ::isatty(STDIN_FILENO) == 1 && ::isatty(STDOUT_FILENO) == 1 && !settings_.toStderr;

    SessionEvents events;
    events.line = [this](const TranscriptLine &line) {
        {
            std::lock_guard<std::mutex> lock(shared_.mutex);
            shared_.items << Item{line, false};
        }
        shared_.notify();
    };
    events.phase = [this](const QString &phase) {
        if (phase != QLatin1String("interactive"))
            return;
        {
            std::lock_guard<std::mutex> lock(shared_.mutex);
            Item marker;
            marker.consoleStarts = true;
            marker.line.dir = LineDirection::Tls;   // never printed: see takeArrived
            shared_.items << marker;
        }
        shared_.notify();
    };
    auto ready = [this](const Report &planned, bool interactive) {
        {
            std::lock_guard<std::mutex> lock(shared_.mutex);
            shared_.planned = planned;
            shared_.ready = true;
            shared_.interactive = interactive;
        }
        shared_.notify();
    };

    Report whole;
    std::thread session([&] {
        whole = runInteractiveSession(options_, cancel_, events, ready, inbox_);
        {
            std::lock_guard<std::mutex> lock(shared_.mutex);
            shared_.finished = true;
        }
        shared_.notify();
    });

    // The planned part, printed as it happens.
    for (;;) {
        printArrived();
        bool isReady = false;
        {
            std::lock_guard<std::mutex> lock(shared_.mutex);
            isReady = shared_.ready || shared_.finished;
            result.consoleOpened = shared_.interactive;
        }
        if (isReady)
            break;
        waitFor(200, false);
    }

    if (result.consoleOpened) {
        {
            std::lock_guard<std::mutex> lock(shared_.mutex);
            write(QStringLiteral("\n  ") + printer_.summaryLine(shared_.planned) + QLatin1Char('\n'));
        }
        say(terminal_ ? Cli::tr("console: lines you type go to the server as typed; /help lists the console's "
                                       "commands, Ctrl-D ends with %1.")
                              .arg(logoutLineFor(options_.dialect).isEmpty() ? Cli::tr("a disconnect")
                                                                              : logoutLineFor(options_.dialect))
                        : Cli::tr("console: sending the lines read from standard input"));
        // Let the engine's own "interactive" note and the marker through before the first line.
        for (int i = 0; i < 10 && !inConsole_ && !finished(); ++i) {
            waitFor(100, false);
            printArrived();
        }
        if (terminal_)
            runTerminal();
        else
            runPiped();

        // End of input or /quit: the polite goodbye, its reply, then the disconnect.
        if (!cancel_.isCancelled() && !finished()) {
            const QString logout = logoutLineFor(options_.dialect);
            if (done_ && !logout.isEmpty() && !logoutSent_)
                send(logout);
            else if (logoutSent_)
                waitForReply(qMin(options_.timeoutMs, kLogoutWaitCapMs));
            if (!finished()) {
                inbox_.disconnect();
                disconnectSent_ = true;
            }
        }
    }
    // Wait for the session's thread; a cancel (Ctrl-C) ends its network wait at once.
    while (!finished()) {
        printArrived();
        waitFor(200, false);
    }
    session.join();
    printArrived();
    ::close(shared_.wakeRead);
    ::close(shared_.wakeWrite);

    result.report = whole;
    if (result.consoleOpened && !cancel_.isCancelled() && !disconnectSent_ && !logoutSent_) {
        result.closedByServer = true;
        result.closedText = lastNote_.isEmpty() ? Cli::tr("the server closed the connection") : lastNote_;
    }
    return result;
}

} // namespace

QString logoutLineFor(const QString &dialect)
{
    const QString d = dialect.toLower();
    if (d == QLatin1String("smtp") || d == QLatin1String("lmtp") || d == QLatin1String("pop3")
        || d == QLatin1String("pop"))
        return QStringLiteral("QUIT");
    if (d == QLatin1String("imap"))
        return QStringLiteral("Z LOGOUT");
    if (d == QLatin1String("sieve") || d == QLatin1String("managesieve"))
        return QStringLiteral("LOGOUT");
    return QString();
}

bool isFinalReplyLine(const QString &line)
{
    static const QRegularExpression smtp(QStringLiteral("^[1-5][0-9][0-9]( |$)"));
    static const QRegularExpression pop(QStringLiteral("^(\\+OK|-ERR)( |$)"));
    static const QRegularExpression continuation(QStringLiteral("^\\+( |$)"));
    static const QRegularExpression imapTagged(QStringLiteral("^[A-Za-z0-9.]+ (OK|NO|BAD)( |$)"));
    static const QRegularExpression sieve(QStringLiteral("^(OK|NO|BYE)( |$|\\()"), QRegularExpression::CaseInsensitiveOption);
    return smtp.match(line).hasMatch() || pop.match(line).hasMatch() || continuation.match(line).hasMatch()
           || (!line.startsWith(QLatin1Char('*')) && imapTagged.match(line).hasMatch()) || sieve.match(line).hasMatch();
}

QString consoleHelpText()
{
    return Cli::tr(
        "  Lines you type go to the server as typed, inside TLS, with CR LF appended.\n"
        "  Console commands start with a slash (no mail command does):\n"
        "    /help        this text\n"
        "    /tls         the negotiated TLS parameters\n"
        "    /raw LINE    send LINE as typed (for a line that starts with a slash)\n"
        "    /quit        send the logout (QUIT), wait for its reply and end\n"
        "  Ctrl-D does what /quit does; Ctrl-C disconnects at once.\n"
        "  Unlike openssl s_client, a line starting with R (RCPT TO) is sent, not turned into a\n"
        "  TLS renegotiation, and a line starting with Q is sent, not taken as \"disconnect\":\n"
        "  every line reaches the server exactly as typed.\n"
        "  AUTH secrets typed are redacted in the transcript and report unless --show-secrets.\n");
}

ConsoleResult runInteractiveConsole(const SessionOptions &options, const CancelToken &cancel, const ReportPrinter &printer,
                                    const ConsoleSettings &settings)
{
    Console console(options, cancel, printer, settings);
    return console.run();
}

} // namespace mailtls::cli
