#include "model/mail_policy.h"

#include <QHostAddress>
#include <QStringDecoder>
#include <QUrl>

#include "base/display_text.h"
#include "base/limits.h"

// The grammars, from the RFCs (RFC 7405 "%s" = case-sensitive):
//
//   RFC 8461 §3.1   sts-text-record = sts-version 1*(sts-field-delim sts-field) [sts-field-delim]
//                   sts-field-delim = *WSP ";" *WSP
//                   sts-version     = %s"v=STSv1"
//                   sts-id          = %s"id=" 1*32(ALPHA / DIGIT)
//                   sts-ext-name    = (ALPHA / DIGIT) *31(ALPHA / DIGIT / "_" / "-" / ".")
//                   sts-ext-value   = 1*(%x21-3A / %x3C / %x3E-7E)
//   RFC 8461 §3.2   sts-policy-record = sts-policy-field *WSP *(sts-policy-term sts-policy-field *WSP)
//                                       [sts-policy-term]
//                   sts-policy-term = LF / CRLF           (the prose says "CRLF-separated"; the
//                                                          ABNF, which is normative, takes both)
//                   field: name ":" *WSP value; mx value ["*."] Domain (RFC 5321);
//                   max_age 1*10DIGIT, at most 31557600
//   RFC 8460 §3     tlsrpt-record = %s"v=TLSRPTv1" 1*(field-delim tlsrpt-field) [field-delim]
//                   tlsrpt-rua    = %s"rua=" tlsrpt-uri *(*WSP "," *WSP tlsrpt-uri)
//                   (URIs: mailto or https; "," and "!" inside a URI MUST be percent-encoded.
//                   RFC 8460 has no "!size" suffix: that is DMARC's rua syntax.)
//
// Every problem is one short sentence a rule in diagnose/ can show as is. The work is linear in
// the input, and the input is cut at its bound first (kTxtRecordChars, kStsPolicyBytes).

namespace mailtls::core {

namespace {

// Per-line problems are listed up to limits::kStsLineProblemsListed: a body of 64 KiB garbage
// (an HTML page served as the policy) would otherwise give thousands. The rest are counted.
constexpr qint64 kStsMaxAgeLimit = 31557600;   // RFC 8461 §3.2: one year
constexpr int kStsIdChars = 32;
constexpr int kExtNameChars = 32;
constexpr int kDomainChars = 253;
constexpr int kLabelChars = 63;

QString quoted(QStringView text)
{
    constexpr int kShown = limits::kQuotedChars;
    return QLatin1Char('"') + escapeControls(text.left(kShown)) + (text.size() > kShown ? QStringLiteral("…") : QString())
        + QLatin1Char('"');
}

bool isWsp(QChar c) { return c == QLatin1Char(' ') || c == QLatin1Char('\t'); }
bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
}
bool isAsciiDigit(QChar c) { return c.unicode() >= '0' && c.unicode() <= '9'; }

QStringView trimWsp(QStringView s)
{
    qsizetype begin = 0;
    qsizetype end = s.size();
    while (begin < end && isWsp(s.at(begin)))
        ++begin;
    while (end > begin && isWsp(s.at(end - 1)))
        --end;
    return s.mid(begin, end - begin);
}

// sts-ext-name / tlsrpt-ext-name / sts-policy-ext-name: the same rule in both RFCs.
bool isExtName(QStringView name)
{
    if (name.isEmpty() || name.size() > kExtNameChars || !isAsciiAlnum(name.at(0)))
        return false;
    for (const QChar c : name) {
        if (!isAsciiAlnum(c) && c != QLatin1Char('_') && c != QLatin1Char('-') && c != QLatin1Char('.'))
            return false;
    }
    return true;
}

// sts-ext-value / tlsrpt-ext-value: visible ASCII except "=" and ";".
bool isExtValue(QStringView value)
{
    if (value.isEmpty())
        return false;
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u < 0x21 || u > 0x7e || u == '=' || u == ';')
            return false;
    }
    return true;
}

// ---- the two TXT records: "v=...; name=value; ..." -------------------------------------------

struct TxtField {
    QString name;
    QString value;
};

struct TxtSplit {
    bool versionMatches = false;
    QList<TxtField> fields;
};

// Splits a TXT record of the "v=VERSION; name=value" family. Problems with the framing (the
// version, separators, field syntax) go to *problems; the fields' meanings are the caller's.
TxtSplit splitTxtRecord(const QString &input, const QString &version, const QStringList &knownNames,
                        QStringList *problems)
{
    TxtSplit out;
    const QStringView text = QStringView(input).left(limits::kTxtRecordChars);
    const QString versionText = quoted(version);
    if (!text.startsWith(version)) {
        if (text.trimmed().startsWith(version))
            *problems << QStringLiteral("starts with whitespace before %1").arg(versionText);
        else if (text.startsWith(version, Qt::CaseInsensitive))
            *problems << QStringLiteral("does not start with %1 (it is case-sensitive)").arg(versionText);
        else
            *problems << QStringLiteral("does not start with %1").arg(versionText);
        return out;
    }
    const QStringView rest = text.mid(version.size());
    if (!rest.isEmpty() && rest.at(0) != QLatin1Char(';') && !isWsp(rest.at(0))) {
        *problems << QStringLiteral("does not start with %1 (it goes on as %2)")
                         .arg(versionText, quoted(text.left(version.size() + 8)));
        return out;
    }
    out.versionMatches = true;

    const QList<QStringView> pieces = rest.split(QLatin1Char(';'));
    bool emptyFieldNoted = false;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const QStringView piece = pieces.at(i);
        const QStringView field = trimWsp(piece);
        const bool last = i == pieces.size() - 1;
        if (i == 0) {
            // Between the version and the first ";": nothing but whitespace.
            if (!field.isEmpty())
                *problems << QStringLiteral("%1 is not followed by \";\" (found %2)").arg(versionText, quoted(field));
            else if (pieces.size() == 1 && !piece.isEmpty())
                *problems << QStringLiteral("ends with whitespace");
            if (field.isEmpty())
                continue;
        } else if (field.isEmpty()) {
            // A trailing ";" (with whitespace around it) is allowed; ";;" is not.
            if (!last && !emptyFieldNoted) {
                *problems << QStringLiteral("has an empty field (two \";\" in a row)");
                emptyFieldNoted = true;
            }
            continue;
        } else if (last && piece.size() > 0 && isWsp(piece.back())) {
            *problems << QStringLiteral("ends with whitespace after the last field");
        }
        const qsizetype eq = field.indexOf(QLatin1Char('='));
        if (eq < 0) {
            *problems << QStringLiteral("field %1 is not name=value").arg(quoted(field));
            continue;
        }
        TxtField f{field.left(eq).toString(), field.mid(eq + 1).toString()};
        if (!knownNames.contains(f.name)) {
            if (!isExtName(f.name)) {
                *problems << QStringLiteral("field name %1 is not 1-32 letters, digits, \"_\", \"-\" or \".\"")
                                 .arg(quoted(f.name));
            } else {
                for (const QString &known : knownNames) {
                    if (f.name.compare(known, Qt::CaseInsensitive) == 0)
                        *problems << QStringLiteral("%1 is not %2 (field names are case-sensitive)")
                                         .arg(quoted(f.name + QLatin1Char('=')), quoted(known + QLatin1Char('=')));
                }
            }
            if (f.value.isEmpty())
                *problems << QStringLiteral("%1 has no value").arg(quoted(f.name + QLatin1Char('=')));
            else if (!isExtValue(f.value))
                *problems << QStringLiteral("the value of %1 has a space, \"=\", a control or a non-ASCII character")
                                 .arg(quoted(f.name + QLatin1Char('=')));
        }
        out.fields << f;
    }
    return out;
}

// How many times a name occurs; problems for a known field that appears more than once.
const TxtField *firstField(const QList<TxtField> &fields, const QString &name, QStringList *problems)
{
    const TxtField *first = nullptr;
    int count = 0;
    for (const TxtField &f : fields) {
        if (f.name == name) {
            if (!first)
                first = &f;
            ++count;
        }
    }
    if (count > 1)
        *problems << QStringLiteral("%1 appears %2 times; the first is used").arg(quoted(name + QLatin1Char('='))).arg(count);
    return first;
}

// ---- mx patterns ----------------------------------------------------------------------------

bool looksLikeIpLiteral(const QString &pattern)
{
    QString p = pattern;
    if (p.startsWith(QLatin1Char('[')) || p.contains(QLatin1Char(':')))
        return true;   // "[192.0.2.1]", "[IPv6:...]", "2001:db8::1": a host name has neither
    if (p.endsWith(QLatin1Char('.')))
        p.chop(1);
    if (!QHostAddress(p).isNull())
        return true;
    // Only digits and dots ("10.1", "192.0.2.300"): not a name either way.
    bool digitsOnly = !p.isEmpty();
    for (const QChar c : p)
        digitsOnly = digitsOnly && (isAsciiDigit(c) || c == QLatin1Char('.'));
    return digitsOnly;
}

// The first thing wrong with an mx: pattern, empty when it is a valid ["*."] Domain.
QString mxPatternProblem(const QString &pattern)
{
    const QString shown = QStringLiteral("mx: %1").arg(quoted(pattern));
    if (pattern.isEmpty())
        return QStringLiteral("an mx: line has no pattern");
    if (looksLikeIpLiteral(pattern))
        return QStringLiteral("%1 is an IP address; mx: takes host names").arg(shown);
    for (const QChar c : pattern) {
        if (c.unicode() > 0x7e || c.unicode() < 0x21)
            return QStringLiteral("%1 has a space, a control or a non-ASCII character (write IDNs as A-labels, xn--...)")
                .arg(shown);
    }
    QString name = pattern;
    if (name.startsWith(QLatin1String("*.")))
        name = name.mid(2);
    if (name.contains(QLatin1Char('*')))
        return QStringLiteral("%1 has a \"*\" that is not the whole left-most label (only \"*.\" then a domain)").arg(shown);
    if (pattern.size() > kDomainChars + (pattern.endsWith(QLatin1Char('.')) ? 1 : 0))
        return QStringLiteral("%1 is longer than %2 characters").arg(shown).arg(kDomainChars);
    bool trailingDot = false;
    if (name.endsWith(QLatin1Char('.'))) {
        name.chop(1);
        trailingDot = true;
    }
    const QStringList labels = name.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty())
            return QStringLiteral("%1 has an empty label").arg(shown);
        if (label.size() > kLabelChars)
            return QStringLiteral("%1 has a label longer than %2 characters").arg(shown).arg(kLabelChars);
        for (const QChar c : label) {
            if (!isAsciiAlnum(c) && c != QLatin1Char('-'))
                return QStringLiteral("%1 has characters other than letters, digits, \"-\" and \".\"").arg(shown);
        }
        if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return QStringLiteral("%1 has a label that starts or ends with \"-\"").arg(shown);
    }
    if (trailingDot)
        return QStringLiteral("%1 ends with a dot (RFC 8461's grammar has none; senders differ)").arg(shown);
    return {};
}

QString normalizedHost(const QString &name)
{
    QString n = name.trimmed().toLower();
    while (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    return n;
}

// ---- TLS-RPT URIs ---------------------------------------------------------------------------

// What is wrong with one rua URI, empty when nothing.
QString ruaUriProblem(const QString &uri)
{
    const QString shown = quoted(uri);
    if (uri.isEmpty())
        return QStringLiteral("rua= has an empty URI");
    for (const QChar c : uri) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return QStringLiteral("rua URI %1 has a space, a control or a non-ASCII character").arg(shown);
    }
    if (uri.contains(QLatin1Char('!')))
        return QStringLiteral("rua URI %1 has a \"!\", which RFC 8460 requires percent-encoded "
                              "(a \"!size\" limit is DMARC syntax, not TLS-RPT)").arg(shown);
    const qsizetype colon = uri.indexOf(QLatin1Char(':'));
    const QString scheme = colon > 0 ? uri.left(colon).toLower() : QString();
    if (scheme == QLatin1String("mailto")) {
        QString address = uri.mid(colon + 1);
        const qsizetype query = address.indexOf(QLatin1Char('?'));
        if (query >= 0)
            address.truncate(query);
        const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
        if (address.isEmpty())
            return QStringLiteral("rua URI %1 has no address").arg(shown);
        if (at <= 0 || at == address.size() - 1 || address.contains(QLatin1Char(',')))
            return QStringLiteral("rua URI %1 is not one address (local-part@domain)").arg(shown);
        const QString domain = address.mid(at + 1);
        if (domain.startsWith(QLatin1Char('.')) || domain.endsWith(QLatin1Char('.')) || domain.contains(QLatin1String("..")))
            return QStringLiteral("rua URI %1 has an address with a malformed domain").arg(shown);
        return {};
    }
    if (scheme == QLatin1String("https")) {
        const QUrl url(uri, QUrl::StrictMode);
        if (!uri.mid(colon + 1).startsWith(QLatin1String("//")) || !url.isValid() || url.host().isEmpty())
            return QStringLiteral("rua URI %1 is not a valid https URL with a host").arg(shown);
        return {};
    }
    if (scheme.isEmpty())
        return QStringLiteral("rua URI %1 has no scheme (mailto: or https:)").arg(shown);
    return QStringLiteral("rua URI %1 is neither mailto: nor https:").arg(shown);
}

} // namespace

// ---- MTA-STS TXT ----------------------------------------------------------------------------

StsTxtRecord parseStsTxtRecord(const QString &text)
{
    StsTxtRecord out;
    const TxtSplit split = splitTxtRecord(text, QStringLiteral("v=STSv1"), {QStringLiteral("id")}, &out.problems);
    out.isSts = split.versionMatches;
    if (!out.isSts)
        return out;
    const TxtField *id = firstField(split.fields, QStringLiteral("id"), &out.problems);
    if (!id) {
        out.problems << QStringLiteral("id= is missing");
        return out;
    }
    if (id->value.isEmpty()) {
        out.problems << QStringLiteral("id= is empty");
        return out;
    }
    bool alnum = true;
    for (const QChar c : id->value)
        alnum = alnum && isAsciiAlnum(c);
    if (!alnum)
        out.problems << QStringLiteral("id=%1 has characters other than letters and digits").arg(quoted(id->value));
    else if (id->value.size() > kStsIdChars)
        out.problems << QStringLiteral("id=%1 is longer than %2 characters").arg(quoted(id->value)).arg(kStsIdChars);
    else
        out.id = id->value;
    return out;
}

// ---- MTA-STS policy -------------------------------------------------------------------------

StsPolicyText parseStsPolicy(const QByteArray &body)
{
    StsPolicyText out;
    QByteArray bytes = body;
    if (bytes.size() > limits::kStsPolicyBytes) {
        out.problems << QStringLiteral("is longer than %1 bytes; only those were read").arg(limits::kStsPolicyBytes);
        bytes.truncate(limits::kStsPolicyBytes);
    }
    if (bytes.isEmpty()) {
        out.problems << QStringLiteral("the policy is empty");
        out.problems << QStringLiteral("version: is missing") << QStringLiteral("mode: is missing")
                     << QStringLiteral("max_age: is missing") << QStringLiteral("mx: is missing");
        return out;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        out.problems << QStringLiteral("is not valid UTF-8");
    if (bytes.startsWith("\xEF\xBB\xBF"))
        out.problems << QStringLiteral("starts with a byte order mark (U+FEFF)");

    // Lines: LF or CRLF (the ABNF's sts-policy-term). A CR alone ends a line too, so a policy
    // with old Mac line ends still reads, but that is not in the grammar.
    QList<QStringView> lines;
    bool loneCr = false;
    {
        const QStringView all(text);
        qsizetype start = 0;
        for (qsizetype i = 0; i < all.size(); ++i) {
            const QChar c = all.at(i);
            if (c == QLatin1Char('\n')) {
                const bool crlf = i > start && all.at(i - 1) == QLatin1Char('\r');
                lines << all.mid(start, i - start - (crlf ? 1 : 0));
                start = i + 1;
            } else if (c == QLatin1Char('\r') && (i + 1 == all.size() || all.at(i + 1) != QLatin1Char('\n'))) {
                loneCr = true;
                lines << all.mid(start, i - start);
                start = i + 1;
            }
        }
        if (start < all.size())
            lines << all.mid(start);
    }
    if (loneCr)
        out.problems << QStringLiteral("has a CR that is not followed by LF (lines end with CRLF or LF)");
    // The grammar ends with at most one line ending: blank lines at the end are tolerated
    // (every sender does), blank lines between fields are not in the grammar.
    while (!lines.isEmpty() && trimWsp(lines.back()).isEmpty())
        lines.removeLast();

    QStringList lineProblems;
    int lineProblemCount = 0;
    auto lineProblem = [&](int lineNo, const QString &what) {
        ++lineProblemCount;
        if (lineProblems.size() < limits::kStsLineProblemsListed)
            lineProblems << QStringLiteral("line %1: %2").arg(lineNo).arg(what);
    };

    int versionCount = 0, modeCount = 0, maxAgeCount = 0;
    QStringList caseHints;
    const QStringList known = {QStringLiteral("version"), QStringLiteral("mode"), QStringLiteral("max_age"),
                               QStringLiteral("mx")};
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const int lineNo = int(n + 1);
        const QStringView line = lines.at(n);
        if (trimWsp(line).isEmpty()) {
            lineProblem(lineNo, QStringLiteral("is empty (the policy's grammar has no blank lines)"));
            continue;
        }
        if (isWsp(line.at(0))) {
            lineProblem(lineNo, QStringLiteral("starts with whitespace"));
        }
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon < 0) {
            lineProblem(lineNo, QStringLiteral("%1 is not \"key: value\"").arg(quoted(line)));
            continue;
        }
        const QString key = trimWsp(line.left(colon)).toString();
        const QString value = trimWsp(line.mid(colon + 1)).toString();
        if (colon > 0 && isWsp(line.at(colon - 1)))
            lineProblem(lineNo, QStringLiteral("has whitespace before \":\""));
        for (const QChar c : value) {
            if (c.unicode() < 0x20 && c != QLatin1Char('\t')) {
                lineProblem(lineNo, QStringLiteral("has a control character"));
                break;
            }
            if (c.unicode() == 0x7f) {
                lineProblem(lineNo, QStringLiteral("has a control character"));
                break;
            }
        }

        if (key == QLatin1String("version")) {
            if (++versionCount == 1) {
                out.version = value;
                if (value != QLatin1String("STSv1"))
                    lineProblem(lineNo, QStringLiteral("version is %1, not \"STSv1\"").arg(quoted(value)));
            }
        } else if (key == QLatin1String("mode")) {
            if (++modeCount == 1) {
                out.mode = value;
                if (value != QLatin1String("enforce") && value != QLatin1String("testing") && value != QLatin1String("none"))
                    lineProblem(lineNo, QStringLiteral("mode is %1, not \"enforce\", \"testing\" or \"none\"").arg(quoted(value)));
            }
        } else if (key == QLatin1String("max_age")) {
            if (++maxAgeCount == 1) {
                bool digits = !value.isEmpty() && value.size() <= 10;
                for (const QChar c : value)
                    digits = digits && isAsciiDigit(c);
                if (!digits) {
                    lineProblem(lineNo, QStringLiteral("max_age is %1, not a number of seconds (1 to 10 digits)").arg(quoted(value)));
                } else {
                    out.maxAge = value.toLongLong();
                    if (out.maxAge > kStsMaxAgeLimit)
                        lineProblem(lineNo, QStringLiteral("max_age %1 is more than %2 (one year)").arg(out.maxAge).arg(kStsMaxAgeLimit));
                }
            }
        } else if (key == QLatin1String("mx")) {
            out.mx << value;
            const QString why = mxPatternProblem(value);
            if (!why.isEmpty())
                lineProblem(lineNo, why);
        } else {
            if (!isExtName(key)) {
                lineProblem(lineNo, QStringLiteral("key %1 is not 1-32 letters, digits, \"_\", \"-\" or \".\"").arg(quoted(key)));
            } else if (!out.unknownKeys.contains(key)) {
                out.unknownKeys << key;
                for (const QString &k : known) {
                    if (key.compare(k, Qt::CaseInsensitive) == 0)
                        caseHints << QStringLiteral("%1 is not %2 (keys are case-sensitive)")
                                         .arg(quoted(key + QLatin1Char(':')), quoted(k + QLatin1Char(':')));
                }
            }
            if (value.isEmpty())
                lineProblem(lineNo, QStringLiteral("%1 has no value").arg(quoted(key + QLatin1Char(':'))));
        }
    }
    out.problems << lineProblems;
    if (lineProblemCount > lineProblems.size())
        out.problems << QStringLiteral("%1 more lines have problems").arg(lineProblemCount - lineProblems.size());
    out.problems << caseHints;

    auto once = [&](const char *key, int count) {
        if (count == 0)
            out.problems << QStringLiteral("%1: is missing").arg(QLatin1String(key));
        else if (count > 1)
            out.problems << QStringLiteral("%1: appears %2 times; the first is used").arg(QLatin1String(key)).arg(count);
    };
    once("version", versionCount);
    once("mode", modeCount);
    once("max_age", maxAgeCount);
    if (out.mx.isEmpty() && out.mode != QLatin1String("none"))
        out.problems << QStringLiteral("mx: is missing (every mode but \"none\" needs at least one)");
    return out;
}

bool stsPatternMatches(const QString &pattern, const QString &hostName)
{
    const QString p = normalizedHost(pattern);
    const QString h = normalizedHost(hostName);
    if (p.isEmpty() || h.isEmpty())
        return false;
    if (p.startsWith(QLatin1String("*."))) {
        // "*.example.org": exactly one label in front of ".example.org" (RFC 8461 §4.1).
        const QStringView suffix = QStringView(p).mid(1);   // ".example.org"
        if (suffix.size() < 2 || suffix.contains(QLatin1Char('*')))
            return false;
        if (!h.endsWith(suffix))
            return false;
        const QStringView label = QStringView(h).left(h.size() - suffix.size());
        return !label.isEmpty() && !label.contains(QLatin1Char('.'));
    }
    return p == h;
}

QStringList stsPatternsMatching(const QStringList &patterns, const QString &hostName)
{
    QStringList out;
    for (const QString &p : patterns) {
        if (stsPatternMatches(p, hostName))
            out << p;
    }
    return out;
}

// ---- TLS-RPT TXT ----------------------------------------------------------------------------

TlsRptRecord parseTlsRptRecord(const QString &text)
{
    TlsRptRecord out;
    const TxtSplit split = splitTxtRecord(text, QStringLiteral("v=TLSRPTv1"), {QStringLiteral("rua")}, &out.problems);
    out.isTlsRpt = split.versionMatches;
    if (!out.isTlsRpt)
        return out;
    const TxtField *rua = firstField(split.fields, QStringLiteral("rua"), &out.problems);
    if (!rua) {
        out.problems << QStringLiteral("rua= is missing");
        return out;
    }
    if (trimWsp(rua->value).isEmpty()) {
        out.problems << QStringLiteral("rua= is empty");
        return out;
    }
    const QList<QStringView> uris = QStringView(rua->value).split(QLatin1Char(','));
    QStringList seen;
    for (const QStringView raw : uris) {
        const QString uri = trimWsp(raw).toString();
        const QString why = ruaUriProblem(uri);
        if (!why.isEmpty())
            out.problems << why;
        if (uri.isEmpty())
            continue;
        if (seen.contains(uri, Qt::CaseInsensitive))
            out.problems << QStringLiteral("rua URI %1 is listed twice").arg(quoted(uri));
        else
            seen << uri;
        out.rua << uri;
    }
    return out;
}

} // namespace mailtls::core
