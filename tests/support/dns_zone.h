#pragma once

// A signed DNS world on loopback for the domain view's tests, made at test time with the
// reference tools: `ldns-keygen` (one ECDSAP256SHA256 KSK per signed zone, which also signs the
// zone's data), `ldns-signzone`, `nsd` (authoritative for every zone) and a validating
// `unbound` in front of it, each with its own config in its own temporary directory, on free
// ports of 127.0.0.1, stopped by PID with every process it forked (PeerProcess).
//
// The tree: the parent zone `mailtls.test.` is signed; every zone a test adds is a child of it
// (`good.mailtls.test.`), delegated from the parent:
//   - Signed:   the child's DS is in the parent, so validation runs from the one trust anchor
//               (the parent's DS) down to the child: secure.
//   - Expired:  signed and delegated with its DS, but every RRSIG expired in 2020: bogus
//               ("signature expired").
//   - Unsigned: delegated without a DS; the parent's signed NSEC proves there is none, so the
//               child is provably insecure (RFC 4035 §5.2), not merely uncovered.
// One trust-anchor file (trustAnchorFile(): the parent's DS) therefore covers everything, for
// unbound and for the tested Resolver alike. `test.` itself has no anchor (insecure).
//
// unbound reaches nsd through a stub-zone per zone (nsd's port is not 53, so referrals alone
// cannot be followed), with `local-zone: "test." nodefault` so the special-use name resolves.
// servfailName() is a name unbound can only answer SERVFAIL for: its stub points at nsd, which
// is not authoritative for it and REFUSES, so the SERVFAIL comes at once instead of after
// unbound's retries of a dead server.
//
// Usage: add zones, start() (false with the tools' output in *error), point the Resolver at
// resolverAddress() with trustAnchorFile().

#include <QString>
#include <QStringList>

#include <memory>

namespace mailtls::test {

struct DnsTestZone {
    enum class Signing { Signed, Expired, Unsigned };

    QString name;                       // fully qualified below the parent, no dot: "good.mailtls.test"
    Signing signing = Signing::Signed;
    // Zone-file lines relative to the zone ($ORIGIN is the zone): "@ MX 10 mx1",
    // "mx1 A 192.0.2.10", "_25._tcp.mx1 TLSA 3 1 1 0A1B...", "@ TXT \"v=STSv1; \" \"id=1\"".
    // SOA and NS (ns.mailtls.test.) are written by the fixture; TTL 300.
    QStringList records;
};

class DnsTestbed
{
public:
    DnsTestbed();
    ~DnsTestbed();
    DnsTestbed(const DnsTestbed &) = delete;
    DnsTestbed &operator=(const DnsTestbed &) = delete;

    static QString parentZone() { return QStringLiteral("mailtls.test"); }
    static QString servfailName() { return QStringLiteral("servfail.test"); }

    // Before start(): a child zone (its name must end in ".mailtls.test"), and lines for the
    // parent zone itself (relative to mailtls.test.).
    void addZone(const DnsTestZone &zone);
    void addParentRecords(const QStringList &records);

    // Keys, zone files, signing, nsd, unbound; waits until both answer (a drill query each).
    bool start(QString *error = nullptr);
    void stop();

    QString resolverAddress() const;   // "127.0.0.1:PORT" of the validating unbound
    quint16 resolverPort() const;
    quint16 authoritativePort() const;   // nsd's
    QString trustAnchorFile() const;     // the parent's DS record, zone-file form
    QString workDir() const;             // keys, zone files, signed zones, the anchor

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace mailtls::test
