#pragma once

// Bounds on what the project reads from files, logs and servers, kept in one place so that a
// hostile or broken input costs bounded time and memory. Each limit says what happens at it.

namespace mailtls::core::limits {

// One SMTP/LMTP reply: its longest line (without CR LF) and most lines. A longer line or reply
// ends the conversation as "does not speak SMTP" (session, scan probes, simulate and compare
// alike: they share the one reply parser).
constexpr int kReplyLineBytes = 64 * 1024;
constexpr int kReplyLines = 2000;

// One read from a network peer hands the caller at most this much before it looks at what
// arrived (a peer that sends as fast as loopback allows could otherwise fill memory before the
// parser's own limits are ever checked).
constexpr int kPeerReadChunk = 256 * 1024;

// One log line: parsers look at this many characters of a line and no more (Exim and Postfix
// write far shorter lines; a longer one is damage or an attack, and its head is what matters).
constexpr int kLogLineChars = 64 * 1024;

// What a log report keeps of single lines: an example of a failure, an unparsed line (longer
// ones are cut here), and how many unparsed lines of a file are listed (the rest are counted).
constexpr int kLogExampleChars = 400;
constexpr int kLogUnparsedExamples = 20;

// Lines looked at to tell a log file's format (and its first time stamp).
constexpr int kLogDetectLines = 50;

// A mail queue listing (logs/mail_queue): what is kept of it. Every message and recipient is
// counted in the totals and the groups by domain and age; these bound only what is kept one
// by one (the rest is counted as dropped). Messages beyond kQueueMessagesKept are not listed;
// recipients beyond kQueueRecipientsPerMessage of one message, or beyond kQueueRecipientsKept
// of the whole listing, are not listed with their message.
constexpr int kQueueMessagesKept = 20000;
constexpr int kQueueRecipientsPerMessage = 1000;
constexpr int kQueueRecipientsKept = 200000;
// An address longer than this is not an address (RFC 5321 allows 256 octets for a path): its
// line counts as not understood.
constexpr int kQueueAddressChars = 512;
// A Postfix delay reason is cut here.
constexpr int kQueueReasonChars = 1000;
// Distinct destination domains grouped one by one; recipients in further domains are counted
// together ("other domains").
constexpr int kQueueDomainsKept = 5000;

} // namespace mailtls::core::limits
