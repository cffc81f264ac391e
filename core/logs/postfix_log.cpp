#include "logs/postfix_log.h"

#include <QRegularExpression>

#include "base/limits.h"
#include "catalog/cipher_catalog.h"
#include "catalog/versions.h"
#include "logs/syslog_line.h"

namespace mailtls::core {

namespace {

const QString kPeer = QStringLiteral("(\\S+?)\\[([^\\]]+)\\](?::(\\d+))?");

void takePeer(const QRegularExpressionMatch &m, int first, PostfixLogLine *e)
{
    e->peerName = m.captured(first);
    e->peerAddress = m.captured(first + 1);
    e->peerPort = m.captured(first + 2).toInt();
}

void parseEstablished(const QRegularExpressionMatch &m, PostfixLogLine *e)
{
    e->event = PostfixEvent::TlsEstablished;
    e->trust = m.captured(1);
    e->reused = m.captured(2) == QLatin1String("reused");
    e->outgoing = m.captured(3) == QLatin1String("to");
    takePeer(m, 4, e);
    e->version = canonicalVersion(m.captured(7));
    e->cipher = m.captured(8);
    if (const SuiteInfo *s = CipherCatalog::instance().byName(e->cipher))
        e->cipherIana = s->iana;
    e->bits = m.captured(9).toInt();
    e->algorithmBits = m.captured(10).toInt();
    const QString tail = m.captured(11);
    // The optional parts after the bits, each at most once, in this order when present.
    static const QRegularExpression keyExchange(QStringLiteral(" key-exchange (\\S+)"));
    static const QRegularExpression serverSignature(QStringLiteral(" server-signature (\\S+(?: \\(\\d+ bits\\))?)"));
    static const QRegularExpression serverDigest(QStringLiteral(" server-digest (\\S+)"));
    static const QRegularExpression clientSignature(QStringLiteral(" client-signature (\\S+(?: \\(\\d+ bits\\))?)"));
    static const QRegularExpression clientDigest(QStringLiteral(" client-digest (\\S+)"));
    e->keyExchange = keyExchange.match(tail).captured(1);
    e->serverSignature = serverSignature.match(tail).captured(1);
    e->serverDigest = serverDigest.match(tail).captured(1);
    e->clientSignature = clientSignature.match(tail).captured(1);
    e->clientDigest = clientDigest.match(tail).captured(1);
}


// A Postfix queue id: short (hex, 6 or more) or long (base 52 with a 'z' marker), then ": ".
int queueIdLength(QStringView message)
{
    int i = 0;
    while (i < message.size() && i < 32 && message.at(i).isLetterOrNumber())
        ++i;
    if (i < 6 || i + 2 > message.size() || message.at(i) != QLatin1Char(':') || message.at(i + 1) != QLatin1Char(' '))
        return 0;
    return i;
}

// "key=value, " fields of a delivery line; the status's explanation in parentheses is the text.
void parseDelivery(QStringView rest, PostfixLogLine *e)
{
    static const QRegularExpression relay(QStringLiteral("^") + kPeer);
    int i = 0;
    while (i < rest.size()) {
        const int eq = int(rest.indexOf(QLatin1Char('='), i));
        if (eq < 0)
            break;
        const QStringView key = rest.mid(i, eq - i);
        int end = int(rest.indexOf(QLatin1String(", "), eq + 1));
        if (key == QLatin1String("status")) {
            const int space = int(rest.indexOf(QLatin1Char(' '), eq + 1));
            e->status = rest.mid(eq + 1, (space < 0 ? rest.size() : space) - eq - 1).toString();
            if (space > 0) {
                QStringView why = rest.mid(space + 1).trimmed();
                if (why.startsWith(QLatin1Char('(')) && why.endsWith(QLatin1Char(')')))
                    why = why.mid(1, why.size() - 2);
                e->text = why.toString();
            }
            break;
        }
        if (end < 0)
            end = int(rest.size());
        const QStringView value = rest.mid(eq + 1, end - eq - 1);
        if (key == QLatin1String("to")) {
            e->recipient = value.toString();
            if (e->recipient.startsWith(QLatin1Char('<')) && e->recipient.endsWith(QLatin1Char('>')))
                e->recipient = e->recipient.mid(1, e->recipient.size() - 2);
        } else if (key == QLatin1String("relay")) {
            const QRegularExpressionMatch m = relay.match(value.toString());
            if (m.hasMatch())
                takePeer(m, 1, e);
            else
                e->peerName = value.toString();   // "none", "local", "private/dovecot-lmtp"
        } else if (key == QLatin1String("dsn")) {
            e->dsn = value.toString();
        }
        i = end + 2;
    }
}

} // namespace

bool parsePostfixMessage(const SyslogLine &frame, PostfixLogLine *out)
{
    if (!frame.ident.startsWith(QLatin1String("postfix")))
        return false;
    PostfixLogLine e;
    e.time = frame.time;
    e.host = frame.host;
    e.service = frame.ident;
    e.pid = frame.pid;
    const QStringView message = frame.message.left(limits::kLogLineChars);
    e.text = message.toString();

    static const QRegularExpression established(
        QStringLiteral("^(Anonymous|Untrusted|Trusted|Verified) TLS connection (established|reused) (from|to) ") + kPeer
        + QStringLiteral(": (\\S+) with cipher (\\S+) \\((\\d+)/(\\d+) bits\\)(.*)$"));
    static const QRegularExpression accept(QStringLiteral("^SSL_accept error from ") + kPeer + QStringLiteral(": (.*)$"));
    static const QRegularExpression connect(QStringLiteral("^SSL_connect error to ") + kPeer + QStringLiteral(": (.*)$"));
    static const QRegularExpression lost(QStringLiteral("^(?:lost connection|timeout) after STARTTLS from ") + kPeer);
    static const QRegularExpression peerOnly(QStringLiteral("^") + kPeer + QStringLiteral("(.*)$"));
    static const QRegularExpression starttls(QStringLiteral(" starttls=(\\d+)(?:/(\\d+))?"));

    // Cheap tests on the first characters pick the one expression worth running.
    QRegularExpressionMatch m;
    const QChar first = message.isEmpty() ? QChar() : message.at(0);
    if (first == QLatin1Char('A') || first == QLatin1Char('U') || first == QLatin1Char('T') || first == QLatin1Char('V')) {
        if ((m = established.match(message)).hasMatch()) {
            parseEstablished(m, &e);
            e.text.clear();
        }
    } else if (message.startsWith(QLatin1String("SSL_accept error from "))) {
        if ((m = accept.match(message)).hasMatch()) {
            e.event = PostfixEvent::SslAcceptError;
            takePeer(m, 1, &e);
            e.text = m.captured(4);
        }
    } else if (message.startsWith(QLatin1String("SSL_connect error to "))) {
        if ((m = connect.match(message)).hasMatch()) {
            e.event = PostfixEvent::SslConnectError;
            e.outgoing = true;
            takePeer(m, 1, &e);
            e.text = m.captured(4);
        }
    } else if (message.startsWith(QLatin1String("warning: TLS library problem: "))) {
        e.event = PostfixEvent::TlsLibraryProblem;
        e.text = message.mid(30).toString();
    } else if (message.startsWith(QLatin1String("lost connection after STARTTLS from "))
               || message.startsWith(QLatin1String("timeout after STARTTLS from "))) {
        if ((m = lost.match(message)).hasMatch()) {
            e.event = PostfixEvent::LostAfterStarttls;
            takePeer(m, 1, &e);
        }
    } else if (message.startsWith(QLatin1String("disconnect from "))) {
        if ((m = peerOnly.match(message.mid(16))).hasMatch()) {
            e.event = PostfixEvent::Disconnect;
            takePeer(m, 1, &e);
            const QRegularExpressionMatch s = starttls.match(m.captured(4));
            if (s.hasMatch()) {
                e.starttlsDone = s.captured(1).toInt();
                e.starttlsTried = s.hasCaptured(2) ? s.captured(2).toInt() : e.starttlsDone;
            }
        }
    } else if (message.startsWith(QLatin1String("connect from "))) {
        if ((m = peerOnly.match(message.mid(13))).hasMatch()) {
            e.event = PostfixEvent::Connect;
            takePeer(m, 1, &e);
        }
    } else if (const int idLength = queueIdLength(message)) {
        const QStringView rest = message.mid(idLength + 2);
        if (rest.startsWith(QLatin1String("client="))) {
            if ((m = peerOnly.match(rest.mid(7))).hasMatch()) {
                e.event = PostfixEvent::ClientQueued;
                e.queueId = message.left(idLength).toString();
                takePeer(m, 1, &e);
            }
        } else if (rest.startsWith(QLatin1String("to=")) && rest.contains(QLatin1String(" status="))) {
            e.event = PostfixEvent::Delivery;
            e.outgoing = true;
            e.queueId = message.left(idLength).toString();
            parseDelivery(rest, &e);
        } else {
            e.queueId = message.left(idLength).toString();
        }
    }
    *out = e;
    return true;
}

bool parsePostfixLogLine(QStringView whole, int year, PostfixLogLine *out)
{
    SyslogLine frame;
    if (!parseSyslogLine(whole.left(limits::kLogLineChars), year, &frame))
        return false;
    return parsePostfixMessage(frame, out);
}

} // namespace mailtls::core
