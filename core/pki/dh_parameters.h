#pragma once

// Diffie-Hellman parameters for servers that still offer DHE suites (Exim tls_dhparam,
// Postfix smtpd_tls_dh1024_param_file): a safe prime with generator 2, "BEGIN DH PARAMETERS".
//
// Generation is slow (2048 bits: seconds to a minute; 4096: minutes), so it reports progress
// and stops as soon as the callback returns false.

#include <QByteArray>

#include <functional>

#include "base/error.h"

namespace mailtls::core {

struct DhProgress {
    int stage = 0;     // OpenSSL's BN_GENCB "p": 0 candidate tested, 1 primality round, 2 prime found, 3 done
    int count = 0;     // candidates (stage 0) or rounds (stage 1) so far
};

// Return false to cancel.
using DhProgressFn = std::function<bool(const DhProgress &)>;

class DhParameters
{
public:
    // The sizes users may ask for: 2048, 3072, 4096.
    static bool isSupportedSize(int bits) { return bits == 2048 || bits == 3072 || bits == 4096; }

    // PEM "DH PARAMETERS" (PKCS#3), or empty with *error (kind Cancelled when the callback
    // stopped it). allowSmallForTests admits 1024 bits (kex.dh_weak test peers, quick tests).
    static QByteArray generate(int bits, const DhProgressFn &progress, Error *error, bool allowSmallForTests = false);

    // The prime size of PEM DH parameters, 0 when the text holds none.
    static int primeBits(const QByteArray &pem);
};

} // namespace mailtls::core
