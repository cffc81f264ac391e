#pragma once

// Bounds on what the project reads from files, logs and servers, kept in one place so that a
// hostile or broken input costs bounded time and memory. Each limit says what happens at it.

#include <QtGlobal>

namespace mailtls::core::limits {

// One SMTP/LMTP reply: its longest line (without CR LF) and most lines. A longer line or reply
// ends the conversation as "does not speak SMTP" (session, scan probes, simulate and compare
// alike: they share the one reply parser).
constexpr int kReplyLineBytes = 64 * 1024;
constexpr int kReplyLines = 2000;
// IMAP, POP3 and ManageSieve (protocol/text_dialogue.h): one line (without CR LF), the lines
// of one response (untagged lines, a CAPA list, a Sieve capability list), and one literal
// ({N}). Over any of them the conversation ends as "does not speak IMAP/POP3/ManageSieve".
constexpr int kDialectLineBytes = 64 * 1024;
constexpr int kDialectResponseLines = 2000;
constexpr int kDialectLiteralBytes = 64 * 1024;
// How long LOGOUT/QUIT waits for the server's goodbye before closing anyway.
constexpr int kDialectLogoutWaitMs = 3000;
// One line typed into `mailtls session --interactive` (piped or at the prompt): a longer one is
// refused with a message and not sent.
constexpr int kConsoleLineBytes = 64 * 1024;
// What the interactive console (`mailtls session --interactive` and the window's console)
// keeps of the server once the console has begun: in the session's transcript, the report,
// the terminal and the window. A server that floods (megabytes without a line end, endless
// lines) costs no more. A burst (what the server sends until it is quiet for
// kConsoleBurstQuietMs, a line is sent, or the session ends) keeps kConsoleBurstKeptBytes and
// kConsoleBurstKeptLines at most, the whole console kConsoleKeptBytes and kConsoleKeptLines;
// of a line longer than kReplyLineBytes the first kConsoleCutLineHeadBytes are kept. The rest
// is counted and dropped, and one note "[… N bytes not shown]" says so at the end of the burst
// (once the whole budget is spent, only a line sent or the end ends a burst). Each kept line
// counts kConsoleLineOverheadBytes more than its text, for what holding a line costs.
constexpr qint64 kConsoleKeptBytes = 2 * 1024 * 1024;
constexpr int kConsoleKeptLines = 20000;
constexpr qint64 kConsoleBurstKeptBytes = 256 * 1024;
constexpr int kConsoleBurstKeptLines = 1000;
constexpr int kConsoleCutLineHeadBytes = 200;
constexpr int kConsoleBurstQuietMs = 300;
constexpr int kConsoleLineOverheadBytes = 64;

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

// Time. One step of a conversation (connect, a read, a write, the handshake) waits this long
// by default (`--timeout`); a whole scan has no bound unless `--max-time` sets one, but a host
// that never once answers is given up after kUnansweredConnections silent or busy connections
// in a row.
constexpr int kStepTimeoutMs = 15000;
constexpr int kUnansweredConnections = 3;
// ...but a host that answers "busy" (a 421, a close before the greeting) is given that long of
// back-off first, so a limit that holds for a moment (its other clients) is waited out.
constexpr int kBusyPatienceMs = 6000;

// The scan's protocol-hygiene probes (scan/hygiene_probes): a client-initiated renegotiation the
// server leaves unanswered is given up after kRenegotiationWaitMs (or the step timeout, if that is
// shorter) and reported as not tested; once one is accepted, at most kRenegotiationsInARow are
// asked for on the same connection (how many the server allows is the denial-of-service fact).
constexpr int kRenegotiationWaitMs = 5000;
constexpr int kRenegotiationsInARow = 5;

// The resumption probes (scan/resumption_probes): TLS 1.3 tickets arrive after the handshake;
// what the server sends then (an SMTP greeting or EHLO reply, the tickets) is read for at most
// kPostHandshakeWaitMs (or the step timeout, if shorter) and kPostHandshakeBytes of plaintext.
// A stapled OCSP response is parsed only up to kOcspStapleBytes.
constexpr int kPostHandshakeWaitMs = 1500;
constexpr int kPostHandshakeBytes = 64 * 1024;
constexpr int kOcspStapleBytes = 64 * 1024;

// The STARTTLS probes (scan/starttls_probes): after the handshake that followed "STARTTLS\r\nNOOP\r\n",
// a reply the server volunteers inside TLS is waited for kStarttlsInjectionWaitMs (or the step
// timeout, if shorter); a second reply after our own EHLO inside TLS, kStarttlsSecondReplyWaitMs.
// Cleartext after the 220 is shown up to kStarttlsShownBytes. Both waits are short: a server
// that kept the NOOP answers it before our EHLO (it reads its input in order), so a late answer
// still shows as a second reply to that one EHLO; the lane runs beside the matrix and must not
// outlast it (bench/run_scan_bench.py: 1.5 s + 0.5 s here made the scan of a default Exim 4x slower).
constexpr int kStarttlsInjectionWaitMs = 50;
constexpr int kStarttlsSecondReplyWaitMs = 250;
constexpr int kStarttlsShownBytes = 200;

// The known-attack probes (scan/attack_probes): an answer to what follows the server's hello
// flight (a heartbeat request, an early ChangeCipherSpec, a ROBOT ClientKeyExchange) is waited
// for kAttackAnswerWaitMs (or the step timeout, if shorter). The HeartbeatRequest carries 16
// bytes and claims kHeartbeatClaimBytes: a leak is at most that much, and is never kept.
constexpr int kAttackAnswerWaitMs = 5000;
constexpr int kHeartbeatClaimBytes = 1024;

// TLS from a peer. The handshake messages OpenSSL accepts from a server (its Certificate
// message above all) are refused beyond kHandshakeMessageBytes — OpenSSL's own default, kept
// so that a session fails where a real OpenSSL-based MTA fails. The scanner's own reader of a
// server's hello flight gives up after kServerHelloFlightBytes without a complete ServerHello.
constexpr int kHandshakeMessageBytes = 100 * 1024;
constexpr int kServerHelloFlightBytes = 256 * 1024;

// Certificate chains. Chain analysis (order, missing and extra certificates) and verification
// look at the first kChainCertificates certificates of a served chain or a file (OpenSSL's
// default verification depth is the same); further certificates are listed, not analysed.
constexpr int kChainCertificates = 100;

// Whole files the user names, read at once (base/read_file.h): larger ones are refused before
// they are read. Certificate and key files (PEM, DER, PKCS#7, PKCS#12): certificate bundles of
// thousands of CAs fit. A saved JSON report, a workspace (reports of a few hundred KiB each),
// a message to send with `--data`.
constexpr qint64 kCertificateFileBytes = 16 * 1024 * 1024;
constexpr qint64 kReportFileBytes = 64 * 1024 * 1024;
// A finding's phrases read back from a report (core/base/phrase.h, "phrases" in the JSON): at
// most kPhraseDepth levels of phrases inside phrases, kPhraseValues values in one; a deeper or
// wider one is ignored (the English title and detail stay).
constexpr int kPhraseDepth = 8;
constexpr int kPhraseValues = 64;
constexpr qint64 kWorkspaceFileBytes = 256 * 1024 * 1024;
constexpr qint64 kMessageFileBytes = 64 * 1024 * 1024;
// A PKCS#12 file's key-derivation iteration count above this is refused (it would make
// opening the file a denial of service; real files use 2048 to a few hundred thousand).
constexpr long kPkcs12Iterations = 10'000'000;

// A fleet (`mailtls fleet`): at most kFleetTargets targets are read from its list (further
// lines are reported and skipped); a line of the list longer than kFleetLineChars is reported
// and skipped. A line of a `--resume` / `--baseline` JSON Lines file is one report, bounded like
// a saved report file (kReportFileBytes); a longer line is reported and skipped.
constexpr int kFleetTargets = 100000;
constexpr int kFleetLineChars = 4096;

// A proxy between us and the server (net/: SOCKS5 and HTTP CONNECT). An HTTP proxy's answer to
// CONNECT, its status line and headers, is read up to kProxyReplyBytes and kProxyReplyLines
// lines; more ends the connection as "not an HTTP proxy". A SOCKS5 answer has a bounded size of
// its own (at most 262 bytes). The proxy's answer must come within the step timeout.
constexpr int kProxyReplyBytes = 16 * 1024;
constexpr int kProxyReplyLines = 100;
// One budget per proxy (host:port), across every connection of the process: scans, their lanes,
// sessions, fleet runs. At most kProxyConnectionsDefault connections through one proxy are open
// at once unless the user says otherwise (`--proxy-connections N`, 1..kProxyConnectionsMax): a
// proxy's own limits are usually small (tinyproxy MaxClients, dante's per-client limits), and a
// proxy that turns a connection away costs a back-off. A connection waits at most
// kProxySlotWaitMs for a free place in the budget; then it fails as busy (and a scan backs off).
constexpr int kProxyConnectionsDefault = 4;
constexpr int kProxyConnectionsMax = 64;
constexpr int kProxySlotWaitMs = 120 * 1000;
// Closing a connection through a proxy, we wait up to kProxyLingerMs for the proxy to close its
// side before the place in the budget is free again: a proxy counts a client until then.
constexpr int kProxyLingerMs = 300;

// Input quoted back in an error message (a cipher list, a reply line) is cut here.
constexpr int kQuotedChars = 80;

// The practice server, reading a client: a command line longer than kPracticeCommandBytes
// gets 500 and is skipped; a message line longer than kPracticeDataLineBytes is counted, not
// kept; a client silent for kPracticeCommandTimeoutMs is closed (RFC 5321's five minutes);
// connections beyond kPracticeConnections get 421.
constexpr int kPracticeCommandBytes = 2048;
constexpr int kPracticeDataLineBytes = 1000 * 1000;
constexpr int kPracticeCommandTimeoutMs = 300000;
constexpr int kPracticeConnections = 64;

// The domain view (`mailtls domain`). DNS: one lookup waits at most kDnsLookupTimeoutMs; an
// answer keeps its first kDnsRecords records (the rest are counted and reported); a CNAME chain
// longer than kDnsCnameChain is refused as a loop; a TXT record's text is cut at kTxtRecordChars.
// MX: the first kMxHosts hosts (by preference) and kMxAddressesPerHost addresses of each are
// checked; the others are listed as not checked. The MTA-STS policy (RFC 8461): at most
// kStsPolicyBytes are read (a longer body is refused), the fetch gives up after
// kStsFetchTimeoutMs; the policy's lines are bounded by the byte bound.
constexpr int kDnsLookupTimeoutMs = 8000;
constexpr int kDnsRecords = 100;
constexpr int kDnsCnameChain = 8;
constexpr int kTxtRecordChars = 4096;
// /etc/hosts, read once for this machine's fully qualified name (the default EHLO name).
constexpr qint64 kHostsFileBytes = 1024 * 1024;
// /etc/resolv.conf, read for the system's resolvers when no --resolver is given.
constexpr qint64 kResolvConfBytes = 64 * 1024;
constexpr int kMxHosts = 16;
constexpr int kMxAddressesPerHost = 8;
constexpr qint64 kStsPolicyBytes = 64 * 1024;
constexpr int kStsFetchTimeoutMs = 15000;
// Within the policy fetch: a chunk-size line of a chunked body is at most kStsChunkLineBytes;
// a policy's per-line problems are listed up to kStsLineProblemsListed, the rest counted.
constexpr int kStsChunkLineBytes = 1024;
constexpr int kStsLineProblemsListed = 20;

} // namespace mailtls::core::limits
