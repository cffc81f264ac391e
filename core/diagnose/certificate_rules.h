#pragma once

// Findings about the served certificates: trust, dates, name, key and signature strength,
// and the shape of the chain (from ChainAnalysis).

#include <QDateTime>
#include <QString>

#include "model/finding.h"
#include "model/report.h"
#include "x509/certificate.h"
#include "x509/certificate_loader.h"
#include "x509/chain_analysis.h"
#include "x509/trust_store.h"

namespace mailtls::core {

struct CertificateCheckOptions {
    QString servername;   // the name the certificate must carry (MX host); empty: no name check
    QDateTime now;        // the moment to judge dates at; invalid: the current time
    int warnDays = 30;    // cert.expires_soon when fewer days than this remain
    // Who checks the certificate: other MTAs (an MX on 25, LMTP), most of which deliver over
    // opportunistic TLS anyway, or mail clients (IMAP, POP3, ManageSieve, submission on 587 and
    // 465), which verify it and warn or refuse. Only the findings' explanations differ.
    bool mailClients = false;
};

// Ids: cert.self_signed, cert.untrusted, cert.expired, cert.not_yet_valid, cert.expires_soon,
// cert.hostname_mismatch, cert.key_weak, cert.signature_weak, chain.order_wrong,
// chain.intermediate_missing, chain.extra_certificate. Date findings are raised per
// certificate on the leaf's path, key and signature findings per served certificate.
// An empty chain gives no findings (the handshake rules report that).
Findings certificateFindings(const CertificateChain &served, const ChainAnalysis &analysis,
                             const CertificateCheckOptions &options);

// chain.root_included (info): the served path ends in its own self-signed root, which clients
// already have and never use from the wire. Kept apart from certificateFindings so callers
// choose where it appears (cert inspect reports it).
Findings chainInfoFindings(const CertificateChain &served, const ChainAnalysis &analysis);

// key.mismatch: private keys were given (a key file next to the certificate) and none belongs
// to the server certificate (the leaf of `analysis`). No keys: no findings.
Findings privateKeyFindings(const CertificateChain &served, const ChainAnalysis &analysis,
                            const QList<LoadedPrivateKey> &keys);

// cert.differs_from_file: the served leaf is not the leaf of `expected` (the chain read from
// `expectedFile`, e.g. the file the mail server is configured with). Both SHA-256
// fingerprints and validity periods go into detail and evidence. An empty served or expected
// chain gives no findings.
Findings expectedCertificateFindings(const CertificateChain &served, const CertificateChain &expected,
                                     const QString &expectedFile);

// `cert inspect` and the workbench's File > Open Certificate: certificates loaded from files,
// judged as the chain a server configured with them would send. A report of kind
// "cert-inspect": target.host names the files, the transcript carries one note per file, key and
// chain verdict, findings are certificateFindings + chainInfoFindings + privateKeyFindings,
// most severe first. `check.now` invalid: the current time.
Report certificateInspectionReport(const QStringList &files, const CertificateLoadResult &loaded,
                                   const TrustStore &trust, const CertificateCheckOptions &check);

} // namespace mailtls::core
