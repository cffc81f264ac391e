#include "diagnose/compare.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

#include <algorithm>
#include <functional>

#include "catalog/cipher_catalog.h"

namespace mailtls::core {

namespace {

const QString kAspectVersions = QString::fromLatin1(QT_TRANSLATE_NOOP("Findings", "versions"));
const QString kAspectSuites = QString::fromLatin1(QT_TRANSLATE_NOOP("Findings", "suites"));
const QString kAspectPreference = QString::fromLatin1(QT_TRANSLATE_NOOP("Findings", "preference"));
const QString kAspectGroups = QString::fromLatin1(QT_TRANSLATE_NOOP("Findings", "groups"));
const QString kAspectDh = QString::fromLatin1(QT_TRANSLATE_NOOP("Findings", "DH size"));
const QString kAspectCertTypes = QString::fromLatin1(QT_TRANSLATE_NOOP("Findings", "certificate types"));
const QString kAspectChain = QString::fromLatin1(QT_TRANSLATE_NOOP("Findings", "chain"));
const QString kAspectKeys = QString::fromLatin1(QT_TRANSLATE_NOOP("Findings", "key sizes"));
const QString kAspectValidity = QString::fromLatin1(QT_TRANSLATE_NOOP("Findings", "validity"));
const QString kAspectFindings = QString::fromLatin1(QT_TRANSLATE_NOOP("Findings", "findings"));

CompareCell known(const Phrase &text) { return CompareCell{text.english(), false, text}; }
CompareCell missing(const Phrase &why) { return CompareCell{why.english(), true, why}; }

CompareRow::State stateOf(const QList<CompareCell> &cells)
{
    QSet<QString> seen;
    int knownCount = 0;
    for (const CompareCell &c : cells) {
        if (c.missing)
            continue;
        ++knownCount;
        seen.insert(c.text);
    }
    if (seen.size() > 1)
        return CompareRow::State::Differs;
    return knownCount >= 2 ? CompareRow::State::Same : CompareRow::State::Incomparable;
}

CompareRow makeRow(const QString &aspect, const Phrase &key, const QList<CompareCell> &cells)
{
    CompareRow row;
    row.aspect = aspect;
    row.key = key.english();
    row.keyPhrase = key;
    row.values = cells;
    row.state = stateOf(cells);
    return row;
}

// The chains a report holds, by certificate type: every served chain of a live scan; the one
// chain of a session or a saved report.
QList<QPair<QString, CertificateChain>> chainsByType(const Report &r)
{
    QList<QPair<QString, CertificateChain>> out;
    if (!r.scan.servedChains.isEmpty()) {
        for (int i = 0; i < r.scan.servedChains.size(); ++i) {
            const CertificateChain &chain = r.scan.servedChains.at(i);
            const QString type = i < r.scan.certificateTypes.size() ? r.scan.certificateTypes.at(i) : certificateTypeOf(chain);
            if (!type.isEmpty())
                out << qMakePair(type, chain);
        }
        return out;
    }
    const QString type = certificateTypeOf(r.certificates);
    if (!type.isEmpty())
        out << qMakePair(type, r.certificates);
    return out;
}

QString nameOf(const Certificate &c)
{
    const QString cn = c.commonName();
    return cn.isEmpty() ? c.subject() : cn;
}

QString dateText(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().date().toString(Qt::ISODate) : QStringLiteral("?");
}

QString suiteName(const SuiteInfo &s)
{
    if (!s.iana.isEmpty())
        return s.iana;
    if (!s.openssl.isEmpty())
        return s.openssl;
    return suiteCodeHex(s.code);
}

bool sessionOnly(const Report &r) { return !r.scan.present; }

// Finding families: which reports could have raised an id at all.
enum class Family { Scan, Session, Certificate, DhWeak, Any };

Family familyOf(const QString &id)
{
    if (id.startsWith(QLatin1String("protocol.")) || id.startsWith(QLatin1String("cipher.")) || id == QLatin1String("cert.ecdsa_only")
        || id == QLatin1String("smtp.rate_limited"))
        return Family::Scan;
    if (id.startsWith(QLatin1String("starttls.")) || id.startsWith(QLatin1String("auth.")) || id == QLatin1String("tls.handshake_failed")
        || id == QLatin1String("tls.compression_enabled") || id == QLatin1String("client_cert.required"))
        return Family::Session;
    if (id == QLatin1String("kex.dh_weak"))
        return Family::DhWeak;
    if ((id.startsWith(QLatin1String("cert.")) && id != QLatin1String("cert.differs_from_file")) || id.startsWith(QLatin1String("chain."))
        || id == QLatin1String("key.mismatch"))
        return Family::Certificate;
    return Family::Any;
}

bool couldHaveFinding(const Report &r, const QString &id)
{
    if (hasFinding(r.findings, id))
        return true;
    const bool session = r.kind == QLatin1String("session");
    switch (familyOf(id)) {
    case Family::Scan: return r.scan.present;
    case Family::Session: return session;
    case Family::DhWeak: return r.scan.present || session;
    case Family::Certificate: {
        if (session || r.kind == QLatin1String("cert-inspect"))
            return true;
        // A scan that ran the certificate rules shows it by having raised one of them.
        for (const Finding &f : r.findings)
            if (familyOf(f.id) == Family::Certificate)
                return true;
        return false;
    }
    case Family::Any: return true;
    }
    return true;
}

void addNote(Comparison *c, const Phrase &note)
{
    c->notes << note.english();
    c->notePhrases << note;
}

int aspectRank(const QString &aspect, bool differences)
{
    // The certificate type is the most common reason one member of a cluster fails a partner
    // the others serve: it leads the differences.
    if (differences && aspect == kAspectCertTypes)
        return -1;
    return int(compareAspects().indexOf(aspect));
}

class Builder
{
public:
    Builder(const QList<Report> &reports) : r_(reports) {}

    QList<CompareRow> rows;

    void versions()
    {
        for (const QString &v : scanVersions()) {
            QList<CompareCell> cells;
            for (const Report &r : r_) {
                if (r.scan.present && r.scan.protocols.contains(v))
                    cells << known(r.scan.protocols.value(v) ? phrase("Findings", "accepted") : phrase("Findings", "refused"));
                else if (!r.scan.present && r.tls.established && r.tls.version == v)
                    cells << known(phrase("Findings", "accepted"));
                else
                    cells << missing(phrase("Findings", "not tested"));
            }
            if (anyKnown(cells))
                rows << makeRow(kAspectVersions, v, cells);
        }
    }

    void suites()
    {
        for (const QString &v : scanVersions()) {
            // Union of the suites any report saw accepted in this version, in first-seen order.
            QList<quint16> codes;
            QHash<quint16, QString> names;
            QList<QString> keys;   // code-less SSLv2 kinds are told apart by name
            for (const Report &r : r_) {
                for (const SuiteInfo &s : r.scan.ciphers.value(v)) {
                    const QString name = suiteName(s);
                    if (!keys.contains(name))
                        keys << name;
                }
                if (!r.scan.present && r.tls.established && r.tls.version == v) {
                    const QString name = !r.tls.cipher.iana.isEmpty() ? r.tls.cipher.iana : r.tls.cipher.openssl;
                    if (!name.isEmpty() && !keys.contains(name))
                        keys << name;
                }
            }
            QList<CompareRow> same;
            QList<CompareRow> incomparable;
            for (const QString &name : keys) {
                QList<CompareCell> cells;
                for (const Report &r : r_) {
                    if (r.scan.present && r.scan.protocols.contains(v)) {
                        bool accepted = false;
                        for (const SuiteInfo &s : r.scan.ciphers.value(v))
                            accepted = accepted || suiteName(s) == name;
                        cells << known(accepted ? phrase("Findings", "accepted") : phrase("Findings", "no"));
                    } else if (!r.scan.present && r.tls.established && r.tls.version == v
                               && (r.tls.cipher.iana == name || r.tls.cipher.openssl == name)) {
                        cells << known(phrase("Findings", "accepted"));
                    } else {
                        cells << missing(phrase("Findings", "not tested"));
                    }
                }
                CompareRow row = makeRow(kAspectSuites, QStringLiteral("%1 %2").arg(v, name), cells);
                if (row.state == CompareRow::State::Differs)
                    rows << row;
                else if (row.state == CompareRow::State::Same)
                    same << row;
                else
                    incomparable << row;
            }
            // Suites all agree on: one row per version, not one per suite.
            if (!same.isEmpty())
                rows << summaryRow(v, same, false);
            if (!incomparable.isEmpty())
                rows << summaryRow(v, incomparable, true);
        }
    }

    void preference()
    {
        for (const QString &v : scanVersions()) {
            QList<CompareCell> order;
            QList<CompareCell> first;
            for (const Report &r : r_) {
                if (r.scan.present && r.scan.serverPreference.contains(v)) {
                    const bool server = r.scan.serverPreference.value(v);
                    order << known(server ? phrase("Findings", "server order") : phrase("Findings", "client order"));
                    const QList<SuiteInfo> list = r.scan.ciphers.value(v);
                    if (server && !list.isEmpty())
                        first << known(list.first().openssl.isEmpty() ? suiteName(list.first()) : list.first().openssl);
                    else
                        first << missing(server ? phrase("Findings", "unknown") : phrase("Findings", "client decides"));
                } else {
                    order << missing(phrase("Findings", "not tested"));
                    first << missing(phrase("Findings", "not tested"));
                }
            }
            if (anyKnown(order))
                rows << makeRow(kAspectPreference, v, order);
            if (anyKnown(first))
                rows << makeRow(kAspectPreference, phrase("Findings", "%1 first choice").arg(v), first);
        }
    }

    void groups()
    {
        QStringList all;
        for (const Report &r : r_) {
            for (const QString &g : r.scan.groups)
                if (!all.contains(g))
                    all << g;
            if (!r.scan.present && r.tls.established && !r.tls.group.isEmpty() && !all.contains(r.tls.group))
                all << r.tls.group;
        }
        for (const QString &g : std::as_const(all)) {
            QList<CompareCell> cells;
            for (const Report &r : r_) {
                if (r.scan.present)
                    cells << known(r.scan.groups.contains(g) ? phrase("Findings", "accepted") : phrase("Findings", "no"));
                else if (r.tls.established && r.tls.group == g)
                    cells << known(phrase("Findings", "accepted"));
                else
                    cells << missing(phrase("Findings", "not tested"));
            }
            rows << makeRow(kAspectGroups, g, cells);
        }
    }

    void dhSize()
    {
        QList<CompareCell> cells;
        for (const Report &r : r_) {
            if (r.scan.present)
                cells << known(r.scan.dhBits > 0 ? phrase("Findings", "%1 bits").arg(r.scan.dhBits) : phrase("Findings", "no DHE"));
            else if (r.tls.established && r.tls.tempKeyType == QLatin1String("DH") && r.tls.tempKeyBits > 0)
                cells << known(phrase("Findings", "%1 bits").arg(r.tls.tempKeyBits));
            else
                cells << missing(phrase("Findings", "not tested"));
        }
        if (anyKnown(cells))
            rows << makeRow(kAspectDh, phrase("Findings", "DH prime"), cells);
    }

    void certificateTypes()
    {
        QList<CompareCell> cells;
        for (const Report &r : r_) {
            if (r.scan.present)
                cells << known(r.scan.certificateTypes.isEmpty() ? phrase("Findings", "none seen")
                                                                 : Phrase(r.scan.certificateTypes.join(QLatin1String(", "))));
            else
                cells << missing(phrase("Findings", "no scan"));
        }
        if (anyKnown(cells))
            rows << makeRow(kAspectCertTypes, phrase("Findings", "served"), cells);
    }

    void perChain()
    {
        QStringList types;
        QList<QList<QPair<QString, CertificateChain>>> chains;
        for (const Report &r : r_) {
            chains << chainsByType(r);
            for (const auto &entry : chains.last())
                if (!types.contains(entry.first))
                    types << entry.first;
            for (const QString &t : r.scan.certificateTypes)
                if (!types.contains(t))
                    types << t;
        }
        auto cellsFor = [&](const QString &type, const std::function<Phrase(const CertificateChain &)> &describe) {
            QList<CompareCell> cells;
            for (int i = 0; i < r_.size(); ++i) {
                const Report &r = r_.at(i);
                const CertificateChain *chain = nullptr;
                for (const auto &entry : chains.at(i))
                    if (entry.first == type)
                        chain = &entry.second;
                if (chain)
                    cells << known(describe(*chain));
                else if (r.scan.present && !r.scan.certificateTypes.contains(type))
                    cells << known(phrase("Findings", "not served"));
                else if (r.scan.present)
                    cells << missing(phrase("Findings", "not in this report"));
                else
                    cells << missing(phrase("Findings", "not seen"));
            }
            return cells;
        };
        for (const QString &type : std::as_const(types)) {
            rows << makeRow(kAspectChain, phrase("Findings", "%1 chain").arg(type), cellsFor(type, [](const CertificateChain &c) -> Phrase {
                                QStringList names;
                                for (const Certificate &cert : c)
                                    names << nameOf(cert);
                                return QStringLiteral("%1: %2").arg(c.size()).arg(names.join(QLatin1String(" > ")));
                            }));
            rows << makeRow(kAspectChain, phrase("Findings", "%1 leaf names").arg(type), cellsFor(type, [](const CertificateChain &c) -> Phrase {
                                const QStringList san = c.first().subjectAltNames();
                                return san.isEmpty() ? QStringLiteral("CN=%1").arg(c.first().commonName()) : san.join(QLatin1String(", "));
                            }));
            rows << makeRow(kAspectChain, phrase("Findings", "%1 leaf SHA-256").arg(type), cellsFor(type, [](const CertificateChain &c) -> Phrase {
                                const QString fp = c.first().sha256Fingerprint();
                                return fp.size() > 29 ? fp.left(29) + QStringLiteral("…") : fp;
                            }));
        }
        for (const QString &type : std::as_const(types)) {
            rows << makeRow(kAspectKeys, phrase("Findings", "%1 keys").arg(type), cellsFor(type, [](const CertificateChain &c) -> Phrase {
                                QStringList keys;
                                for (const Certificate &cert : c)
                                    keys << keyInfoText(cert.key());
                                return keys.join(QLatin1String(" > "));
                            }));
        }
        for (const QString &type : std::as_const(types)) {
            rows << makeRow(kAspectValidity, phrase("Findings", "%1 leaf validity").arg(type), cellsFor(type, [](const CertificateChain &c) -> Phrase {
                                return phrase("Findings", "%1 to %2").arg(dateText(c.first().notBefore()), dateText(c.first().notAfter()));
                            }));
        }
    }

    void findings()
    {
        // One row per id, at its worst severity in any report: most severe first, then by id.
        QMap<QString, Finding> worst;
        for (const Report &r : r_)
            for (const Finding &f : r.findings) {
                Finding &w = worst[f.id];
                if (w.id.isEmpty() || f.severity > w.severity)
                    w = makeFinding(f.id, f.severity, QString(), QString(), QString());
            }
        Findings byWorst = worst.values();
        sortBySeverity(&byWorst);
        for (const Finding &w : std::as_const(byWorst)) {
            const QString &id = w.id;
            QList<CompareCell> cells;
            for (const Report &r : r_) {
                if (const Finding *f = findFinding(r.findings, id))
                    cells << known(severityName(f->severity));
                else if (couldHaveFinding(r, id))
                    cells << known(phrase("Findings", "none"));
                else
                    cells << missing(phrase("Findings", "not checked"));
            }
            rows << makeRow(kAspectFindings, id, cells);
        }
    }

private:
    static bool anyKnown(const QList<CompareCell> &cells)
    {
        return std::any_of(cells.cbegin(), cells.cend(), [](const CompareCell &c) { return !c.missing; });
    }

    CompareRow summaryRow(const QString &version, const QList<CompareRow> &group, bool notInEvery) const
    {
        QList<CompareCell> cells;
        for (int i = 0; i < r_.size(); ++i) {
            int accepted = 0;
            bool anyKnownHere = false;
            for (const CompareRow &row : group) {
                if (!row.values.at(i).missing) {
                    anyKnownHere = true;
                    accepted += row.values.at(i).text == QLatin1String("accepted") ? 1 : 0;
                }
            }
            const Phrase count = notInEvery ? (accepted == 1 ? phrase("Findings", "1 suite, not in every report")
                                                             : phrase("Findings", "%1 suites, not in every report").arg(accepted))
                                            : (accepted == 1 ? phrase("Findings", "1 suite") : phrase("Findings", "%1 suites").arg(accepted));
            cells << (anyKnownHere ? known(count) : missing(phrase("Findings", "not tested")));
        }
        CompareRow row = makeRow(kAspectSuites, version, cells);
        // The rows it stands for decide: all alike, or not every report holds them.
        row.state = group.first().state;
        return row;
    }

    const QList<Report> &r_;
};

} // namespace

const QStringList &compareAspects()
{
    static const QStringList aspects{kAspectVersions, kAspectSuites,    kAspectPreference, kAspectGroups,   kAspectDh,
                                     kAspectCertTypes, kAspectChain,   kAspectKeys,       kAspectValidity, kAspectFindings};
    return aspects;
}

QString compareStateName(CompareRow::State state)
{
    switch (state) {
    case CompareRow::State::Differs: return QStringLiteral("differs");
    case CompareRow::State::Same: return QStringLiteral("same");
    case CompareRow::State::Incomparable: return QStringLiteral("incomparable");
    }
    return QString();
}

QString localizedAspect(const QString &aspect)
{
    return QCoreApplication::translate("Findings", aspect.toUtf8().constData());
}

QString shownText(const CompareCell &cell)
{
    return shownPhrase(cell.textPhrase, cell.text);
}

QString shownKey(const CompareRow &row)
{
    return shownPhrase(row.keyPhrase, row.key);
}

int Comparison::count(CompareRow::State state) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [state](const CompareRow &r) { return r.state == state; }));
}

QList<CompareRow> Comparison::rowsIn(CompareRow::State state) const
{
    QList<CompareRow> out;
    for (const CompareRow &r : rows)
        if (r.state == state)
            out << r;
    return out;
}

Comparison compareReports(const QList<Report> &reports, const QStringList &labels)
{
    Comparison c;
    for (int i = 0; i < reports.size(); ++i) {
        QString label = labels.value(i);
        if (label.isEmpty()) {
            const Target &t = reports.at(i).target;
            label = t.port ? QStringLiteral("%1:%2").arg(t.host).arg(t.port) : t.host;
            if (label.isEmpty())
                label = QStringLiteral("report %1").arg(i + 1);
        }
        c.labels << label;
    }

    Builder b(reports);
    b.versions();
    b.suites();
    b.preference();
    b.groups();
    b.dhSize();
    b.certificateTypes();
    b.perChain();
    b.findings();

    // Differences first (certificate types leading), then the same, then what cannot be compared;
    // within each block the aspect order, and the builder's order within an aspect.
    QList<CompareRow> rows = b.rows;
    auto block = [](CompareRow::State s) { return s == CompareRow::State::Differs ? 0 : s == CompareRow::State::Same ? 1 : 2; };
    std::stable_sort(rows.begin(), rows.end(), [&](const CompareRow &x, const CompareRow &y) {
        if (block(x.state) != block(y.state))
            return block(x.state) < block(y.state);
        const bool diff = x.state == CompareRow::State::Differs;
        return aspectRank(x.aspect, diff) < aspectRank(y.aspect, diff);
    });
    c.rows = rows;

    for (int i = 0; i < reports.size(); ++i) {
        const Report &r = reports.at(i);
        const QString &label = c.labels.at(i);
        const OutcomeClass stopped = r.outcome.errorClass();
        if (stopped != OutcomeClass::None && stopped != OutcomeClass::Cancelled)
            addNote(&c, phrase("Findings", "%1 could not be examined (%2): its column is empty.")
                            .arg(label, r.outcome.error.isEmpty() ? outcomeWord(r.outcome.errorKind) : r.outcome.error));
        else if (sessionOnly(r))
            addNote(&c, phrase("Findings", "%1 is a %2 report without a scan: versions, suites and groups show only what its "
                                           "one handshake negotiated; preference and certificate types are not compared.")
                            .arg(label, r.kind));
        if (r.scan.present && r.scan.servedChains.isEmpty() && r.scan.certificateTypes.size() > 1)
            addNote(&c, phrase("Findings", "%1 holds the chain of its first certificate type only (a saved report keeps one "
                                           "chain): the other types' chains are not compared.")
                            .arg(label));
        const bool mixedKinds = std::any_of(reports.cbegin(), reports.cend(), [&r](const Report &o) { return o.kind != r.kind; });
        if (mixedKinds && r.scan.present && r.kind == QLatin1String("scan")) {
            bool certificateRules = false;
            for (const Finding &f : r.findings)
                certificateRules = certificateRules || familyOf(f.id) == Family::Certificate;
            if (!certificateRules)
                addNote(&c, phrase("Findings", "%1 is a scan: session findings (STARTTLS, AUTH, certificate trust) were not "
                                               "checked there.")
                                .arg(label));
        }
    }
    return c;
}

} // namespace mailtls::core
