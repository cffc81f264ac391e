#pragma once

// The certificate chain exactly as the server sent it (position 0 = first certificate on the
// wire), taken apart: order, missing and superfluous certificates, and whether a partner
// with the given trust anchors would accept it.

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

#include "x509/certificate.h"

namespace mailtls::core {

class TrustStore;

struct ChainAnalysis {
    bool empty = true;              // nothing was served
    // Certificates beyond limits::kChainCertificates (base/limits.h) are not analysed: how many
    // were left out (0 for any real chain).
    int certificatesNotAnalysed = 0;
    int leafPosition = -1;          // the server certificate: 0 unless an issuer was sent first

    bool orderCorrect = true;
    QString orderProblem;           // one sentence naming positions and subjects; empty when correct
    // Served positions in the order they should be sent: the leaf, then each issuer.
    // Extra certificates are left out; a served root stays at the end.
    QList<int> suggestedOrder;

    bool intermediateMissing = false;
    QString missingIssuer;          // issuer DN of the last certificate whose issuer is neither served nor a trust anchor
    QList<int> extraCertificates;   // served positions not on the leaf's path (unrelated or duplicates)

    bool rootIncluded = false;      // the path ends in a served self-signed certificate
    int rootPosition = -1;

    bool trusted = false;           // X509_verify_cert succeeded (purpose ssl_server, at `now`)
    long verifyCode = 0;            // X509_V_OK or X509_V_ERR_*
    QString verifyMessage;          // X509_verify_cert_error_string(verifyCode)
    CertificateChain verifiedPath;  // the path OpenSSL built, leaf first (complete only when trusted)
};

// Whether a trust anchor (not among the served certificates) issued `cert`.
using IssuerIsAnchorFn = std::function<bool(const Certificate &cert)>;

// Order, missing intermediate, extras and root: pure, no trust store and no clock involved.
// Leaves trusted/verifyCode/verifyMessage/verifiedPath at their defaults.
ChainAnalysis analyzeChainStructure(const CertificateChain &served, const IssuerIsAnchorFn &issuerIsAnchor);

// analyzeChainStructure with the anchors of `trust`, then X509_verify_cert of position 0 with
// positions 1… as untrusted intermediates, at time `now` (the current time if `now` is invalid).
ChainAnalysis analyzeChain(const CertificateChain &served, const TrustStore &trust, const QDateTime &now);

} // namespace mailtls::core
