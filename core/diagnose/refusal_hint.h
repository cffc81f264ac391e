#pragma once

// Why did the server refuse? A reply that ended a step (a 421 or 554 greeting, a refused EHLO,
// a 454 to STARTTLS) read for what it most likely means: the server's own words decide where
// they are clear ("greylisted", "listed at zen.spamhaus.org", "too many connections"), the
// code where they are not, and where both fit several causes the hint says so and how to tell
// them apart. Used for the outcome line of sessions (and thereby fleets); the reply itself is
// a fact of the report (SessionOutcome::serverReply), the hint is this judgement.

#include <QString>

#include "base/phrase.h"

namespace mailtls::core {

struct RefusalHint {
    // "rate_limit", "blocklist", "greylisting", "reverse_dns", "tls_unavailable", "ehlo_name", "policy",
    // "busy_or_closing", "unclear"; empty when the reply refuses nothing.
    QString cause;
    QString text;   // one or two sentences for the outcome line (English: the report's text)
    Phrase textPhrase;   // the same as written, for the faces to show in the admin's language
};

// `reply`: the reply's first line as received ("454 4.7.0 TLS not available due to local
// problem"); `step`: "greeting", "ehlo" or "starttls"; `ehloName`: the name we sent, for the
// EHLO-name cause.
RefusalHint refusalHint(const QString &reply, const QString &step, const QString &ehloName = QString());

} // namespace mailtls::core
