#pragma once

// Findings about the served certificates: trust, dates, name, key and signature strength,
// and the shape of the chain (from ChainAnalysis).

#include <QDateTime>
#include <QString>

#include "diagnose/finding.h"
#include "x509/certificate.h"
#include "x509/chain_analysis.h"

namespace mailtls::core {

struct CertificateCheckOptions {
    QString servername;   // the name the certificate must carry (MX host); empty: no name check
    QDateTime now;        // the moment to judge dates at; invalid: the current time
    int warnDays = 30;    // cert.expires_soon when fewer days than this remain
};

// Ids: cert.self_signed, cert.untrusted, cert.expired, cert.not_yet_valid, cert.expires_soon,
// cert.hostname_mismatch, cert.key_weak, cert.signature_weak, chain.order_wrong,
// chain.intermediate_missing, chain.extra_certificate. Date findings are raised per
// certificate on the leaf's path, key and signature findings per served certificate.
// An empty chain gives no findings (the handshake rules report that).
Findings certificateFindings(const CertificateChain &served, const ChainAnalysis &analysis,
                             const CertificateCheckOptions &options);

} // namespace mailtls::core
