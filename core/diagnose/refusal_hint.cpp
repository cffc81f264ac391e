#include "diagnose/refusal_hint.h"

#include <QRegularExpression>
#include <QStringList>

namespace mailtls::core {

namespace {

bool mentions(const QString &lower, std::initializer_list<const char *> words)
{
    for (const char *w : words)
        if (lower.contains(QLatin1String(w)))
            return true;
    return false;
}

// The blocklist a reply names, e.g. "zen.spamhaus.org", "bl.spamcop.net", "b.barracudacentral.org".
QString namedList(const QString &reply)
{
    static const QRegularExpression list(QStringLiteral(
        "\\b((?:[a-z0-9-]+\\.)*(?:spamhaus|spamcop|barracudacentral|sorbs|uceprotect|mailspike|surbl|abuseat|"
        "senderscore|dnsbl|rbl)[a-z0-9.-]*\\.[a-z]{2,})\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = list.match(reply);
    return m.hasMatch() ? m.captured(1) : QString();
}

void setText(RefusalHint *h, const Phrase &text)
{
    h->text = text.english();
    h->textPhrase = text;
}

} // namespace

RefusalHint refusalHint(const QString &reply, const QString &step, const QString &ehloName)
{
    RefusalHint h;
    const QString trimmed = reply.trimmed();
    bool ok = false;
    const int code = trimmed.left(3).toInt(&ok);
    if (!ok || code < 400)
        return h;
    const QString lower = trimmed.toLower();

    if (mentions(lower, {"greylist", "graylist", "grey-list", "gray-list", "greylisted"})) {
        h.cause = QStringLiteral("greylisting");
        setText(&h, phrase("Findings", "greylisting: the server defers the first contact from an address it does not know; a "
                                       "real mail server retries after a few minutes and gets through. Try again in 5-15 minutes."));
        return h;
    }
    if (mentions(lower, {"cannot find your hostname", "cannot find your reverse", "reverse dns", "reverse lookup",
                         "no ptr", "ptr record", "rdns", "reverse hostname"})) {
        h.cause = QStringLiteral("reverse_dns");
        setText(&h, phrase("Findings", "the server wants this client's address to have a reverse DNS (PTR) name that resolves "
                                       "back to it. Test from an address that has one, or ask for one to be set."));
        return h;
    }
    const QString list = namedList(trimmed);
    if (!list.isEmpty()
        || mentions(lower, {"blocklist", "blacklist", "block list", "black list", "dnsbl", "rbl", "listed at",
                            "listed in", "listed on", "poor reputation", "bad reputation", "ip reputation",
                            "banned", "your ip", "your address"})) {
        h.cause = QStringLiteral("blocklist");
        setText(&h, list.isEmpty() ? phrase("Findings", "your address appears to be refused by reputation or a blocklist: the "
                                                        "server refuses this client, not TLS. Look the address up at the list it "
                                                        "names and ask for delisting, or test from an address the server accepts.")
                                   : phrase("Findings", "your address appears to be on %1: the server refuses this client, not "
                                                        "TLS. Look the address up at the list it names and ask for delisting, or "
                                                        "test from an address the server accepts.")
                                         .arg(list));
        return h;
    }
    if (mentions(lower, {"too many", "rate limit", "ratelimit", "rate-limit", "throttl", "slow down", "concurrent",
                         "connection limit", "max connections", "try again later", "try later"})
        && code >= 400 && code < 500) {
        h.cause = QStringLiteral("rate_limit");
        setText(&h, phrase("Findings", "a connection limit: the server counts connections from this address (or in all). Wait "
                                       "and retry with fewer at once (scan: --max-connections 1 --delay 1000; fleet: --per-host 1)."));
        return h;
    }
    if (step == QLatin1String("starttls") || mentions(lower, {"tls not available", "tls currently unavailable",
                                                             "tls is not available", "starttls not available"})) {
        h.cause = QStringLiteral("tls_unavailable");
        setText(&h, phrase("Findings", "the server offers STARTTLS but cannot start TLS: usually it cannot read its "
                                       "certificate or key (a wrong path, permissions after a renewal, a key that does not "
                                       "match). Its own log says which (Exim: mainlog/paniclog; Postfix: mail.log, "
                                       "\"cannot load certificate\")."));
        return h;
    }
    if (step == QLatin1String("ehlo")
        && (mentions(lower, {"helo", "ehlo", "hostname", "host name", "fqdn", "domain name"}) || code == 501
            || code == 504)) {
        h.cause = QStringLiteral("ehlo_name");
        setText(&h, ehloName.isEmpty() ? phrase("Findings", "the server rejects the name we gave in EHLO: give a fully qualified "
                                                            "name that resolves to this address with --ehlo NAME.")
                                       : phrase("Findings", "the server rejects the name we gave in EHLO (\"%1\"): give a fully "
                                                            "qualified name that resolves to this address with --ehlo NAME.")
                                             .arg(ehloName));
        return h;
    }
    if (code == 421) {
        h.cause = QStringLiteral("busy_or_closing");
        setText(&h, phrase("Findings", "421: the server is busy, limiting connections, or shutting down; its text does not "
                                       "say which. Retry in a minute: a limit or a restart clears, a policy refusal comes back "
                                       "as 421 or 554 every time."));
        return h;
    }
    if (code == 554 && step == QLatin1String("greeting")) {
        h.cause = QStringLiteral("policy");
        setText(&h, phrase("Findings", "554 in the greeting: the server refuses every session from this client (an access "
                                       "rule, a blocklist, or no mail service here); its text does not say which. Ask its "
                                       "admin, or test from another address."));
        return h;
    }
    h.cause = QStringLiteral("unclear");
    setText(&h, code < 500 ? phrase("Findings", "a temporary refusal (%1): retry later; if it persists, its text and the "
                                                "server's log say why.").arg(code)
                           : phrase("Findings", "a permanent refusal (%1): its text says why; retrying the same way gives the "
                                                "same answer.").arg(code));
    return h;
}

} // namespace mailtls::core
