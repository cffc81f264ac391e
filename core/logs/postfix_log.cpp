#include "logs/postfix_log.h"

#include <QRegularExpression>

#include "base/limits.h"
#include "catalog/cipher_catalog.h"
#include "catalog/versions.h"

namespace mailtls::core {

namespace {

const QString kPeer = QStringLiteral("(\\S+?)\\[([^\\]]+)\\](?::(\\d+))?");

void takePeer(const QRegularExpressionMatch &m, int first, PostfixLogLine *e)
{
    e->peerName = m.captured(first);
    e->peerAddress = m.captured(first + 1);
    e->peerPort = m.captured(first + 2).toInt();
}

bool parseFraming(const QString &line, int year, PostfixLogLine *e, QString *message)
{
    static const QRegularExpression classic(QStringLiteral(
        "^([A-Z][a-z]{2}) {1,2}(\\d{1,2}) (\\d\\d:\\d\\d:\\d\\d) (\\S+) (postfix[^\\s\\[]*)\\[(\\d+)\\]: (.*)$"));
    static const QRegularExpression rfc3339(QStringLiteral(
        "^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?(?:Z|[+-]\\d\\d:\\d\\d)) (\\S+) (postfix[^\\s\\[]*)\\[(\\d+)\\]: (.*)$"));
    QRegularExpressionMatch m = rfc3339.match(line);
    if (m.hasMatch()) {
        e->time = QDateTime::fromString(m.captured(1), Qt::ISODateWithMs);
        e->host = m.captured(2);
        e->service = m.captured(3);
        e->pid = m.captured(4).toLongLong();
        *message = m.captured(5);
        return e->time.isValid();
    }
    m = classic.match(line);
    if (!m.hasMatch())
        return false;
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    int month = 0;
    for (int i = 0; i < 12; ++i) {
        if (m.captured(1) == QLatin1String(months[i]))
            month = i + 1;
    }
    const QDate date(year, month, m.captured(2).toInt());
    const QTime time = QTime::fromString(m.captured(3), QStringLiteral("HH:mm:ss"));
    if (!date.isValid() || !time.isValid())
        return false;
    e->time = QDateTime(date, time);
    e->host = m.captured(4);
    e->service = m.captured(5);
    e->pid = m.captured(6).toLongLong();
    *message = m.captured(7);
    return true;
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

} // namespace

bool parsePostfixLogLine(QStringView whole, int year, PostfixLogLine *out)
{
    const QString line = whole.left(limits::kLogLineChars).toString();
    PostfixLogLine e;
    QString message;
    if (!parseFraming(line, year, &e, &message))
        return false;
    e.text = message;

    static const QRegularExpression established(
        QStringLiteral("^(Anonymous|Untrusted|Trusted|Verified) TLS connection (established|reused) (from|to) ") + kPeer
        + QStringLiteral(": (\\S+) with cipher (\\S+) \\((\\d+)/(\\d+) bits\\)(.*)$"));
    static const QRegularExpression accept(QStringLiteral("^SSL_accept error from ") + kPeer + QStringLiteral(": (.*)$"));
    static const QRegularExpression connect(QStringLiteral("^SSL_connect error to ") + kPeer + QStringLiteral(": (.*)$"));
    static const QRegularExpression library(QStringLiteral("^warning: TLS library problem: (.*)$"));
    static const QRegularExpression lost(QStringLiteral("^lost connection after STARTTLS from ") + kPeer);
    static const QRegularExpression disconnect(QStringLiteral("^disconnect from ") + kPeer + QStringLiteral("(.*)$"));
    static const QRegularExpression starttls(QStringLiteral(" starttls=(\\d+)(?:/(\\d+))?"));

    QRegularExpressionMatch m;
    if ((m = established.match(message)).hasMatch()) {
        parseEstablished(m, &e);
        e.text.clear();
    } else if ((m = accept.match(message)).hasMatch()) {
        e.event = PostfixEvent::SslAcceptError;
        takePeer(m, 1, &e);
        e.text = m.captured(4);
    } else if ((m = connect.match(message)).hasMatch()) {
        e.event = PostfixEvent::SslConnectError;
        e.outgoing = true;
        takePeer(m, 1, &e);
        e.text = m.captured(4);
    } else if ((m = library.match(message)).hasMatch()) {
        e.event = PostfixEvent::TlsLibraryProblem;
        e.text = m.captured(1);
    } else if ((m = lost.match(message)).hasMatch()) {
        e.event = PostfixEvent::LostAfterStarttls;
        takePeer(m, 1, &e);
    } else if ((m = disconnect.match(message)).hasMatch()) {
        e.event = PostfixEvent::Disconnect;
        takePeer(m, 1, &e);
        const QRegularExpressionMatch s = starttls.match(m.captured(4));
        if (s.hasMatch()) {
            e.starttlsDone = s.captured(1).toInt();
            e.starttlsTried = s.hasCaptured(2) ? s.captured(2).toInt() : e.starttlsDone;
        }
    }
    *out = e;
    return true;
}

} // namespace mailtls::core
