#pragma once

// DNS wire data as text: pure functions over bytes, no I/O, so they are unit-tested and fuzzed
// alone. Each reads only inside the buffer it is given, refuses what does not parse exactly
// (false, *out untouched), and writes the presentation form the domain view shows and the
// rules compare: names lower case without the trailing dot ("mx1.example.org"), MX as
// "10 mx1.example.org", TLSA as "3 1 1 0A1B..." (hex upper case), TXT as the record's
// character-strings joined without separators.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace mailtls::core {

// The RR types the domain view asks for (RFC 1035, 3596, 6698).
enum class RrType : int { A = 1, Cname = 5, Mx = 15, Txt = 16, Aaaa = 28, Tlsa = 52 };

// "MX" -> RrType::Mx; false for a type the view does not ask for.
bool rrTypeFromName(const QString &name, RrType *out);
QString rrTypeName(RrType type);
// "NOERROR", "FORMERR", "SERVFAIL", "NXDOMAIN", "NOTIMP", "REFUSED", others "RCODE<n>".
QString rcodeName(int rcode);

// One domain name at `*pos` of `data` (RFC 1035 §3.1), advancing *pos past it. Compression
// pointers (§4.1.4) are followed only when `allowPointers` (a whole message; never inside the
// rdata libunbound hands over, which is uncompressed): each must point backwards, so a loop
// cannot run, and the name is at most 255 bytes. Labels are written lower case; a '.' or '\'
// inside a label and bytes outside printable ASCII are escaped as \DDD (RFC 1035 §5.1). The
// root is ".".
bool readDomainName(const QByteArray &data, int *pos, bool allowPointers, QString *out);
// The same name in text form, lower case, without the trailing dot ("Mail.Example.ORG." ->
// "mail.example.org"); "." stays ".".
QString normalizedName(const QString &name);

bool decodeA(const QByteArray &rdata, QString *out);       // "192.0.2.1"
bool decodeAaaa(const QByteArray &rdata, QString *out);    // "2001:db8::1" (RFC 5952 form)
bool decodeCname(const QByteArray &rdata, QString *out);   // "target.example.org"
bool decodeMx(const QByteArray &rdata, QString *out);      // "10 mx1.example.org"
// The character-strings of one TXT record joined without separators; bytes outside printable
// ASCII and '\' itself are written \DDD, so the text is unambiguous. Text beyond
// limits::kTxtRecordChars is cut (never inside an escape) and *cut (may be null) says so.
bool decodeTxt(const QByteArray &rdata, QString *out, bool *cut = nullptr);
// "3 1 1 0A1B..."; the association data must not be empty.
bool decodeTlsa(const QByteArray &rdata, QString *out);
// Dispatches on the type; false for malformed rdata.
bool decodeRdata(RrType type, const QByteArray &rdata, QString *out);

// The CNAME records of a whole DNS message's answer section, followed from `qname`: the
// targets in order ("www.example.org" -> ["web.example.org", "cdn.example.net"]). False when
// the message does not parse (header, question, answer records all bounded by the message),
// or when the chain repeats a name or is longer than `maxChain` (*loop is then true).
bool cnameChainInMessage(const QByteArray &message, const QString &qname, int maxChain,
                         QStringList *chain, bool *loop);

} // namespace mailtls::core
