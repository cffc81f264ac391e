#pragma once

// "Will partner P connect to server S?" The prediction reads the scan section of a report
// (accepted versions, suites per version in the server's order when it enforces one, groups,
// DH prime size, certificate types) and the partner's offer (ClientOffer), and plays the
// server's side of the negotiation: highest shared version, then the suite (server order or
// client order), then the checks a real client makes (DH prime size). A failure comes with
// its compat.* finding, one sentence an admin can forward, and the Exim/Postfix fix.
//
// Live mode (jobs/simulate_job) scans the server first, predicts, then makes one real handshake
// with exactly the partner's offer; judgeLiveHandshake() says whether the prediction held.

#include <QString>
#include <QStringList>

#include "diagnose/client_profile.h"
#include "model/finding.h"
#include "model/report.h"

namespace mailtls::core {

inline constexpr const char *kCompatNoSharedCipher = "compat.no_shared_cipher";
inline constexpr const char *kCompatProtocolMismatch = "compat.protocol_mismatch";
inline constexpr const char *kCompatDhTooSmall = "compat.dh_too_small";
inline constexpr const char *kCompatCertTypeMismatch = "compat.cert_type_mismatch";

struct Prediction {
    bool connects = false;
    QString version;              // agreed version ("TLSv1.2"); empty on failure
    SuiteInfo suite;              // agreed suite; code 0 on failure
    QString group;                // key exchange group when it can be told ("x25519"); may be empty
    int dhBits = 0;               // DHE prime the server would send, when the suite is DHE
    QString failedVersion;        // on failure: the version the negotiation failed in, if any
    Finding finding;              // on failure: the compat.* finding (id, title, detail = sentence, fixes)
    QString sentence;             // one sentence for the partner (success or failure)
    QStringList steps;            // how the outcome was reached, one line each
    QStringList sharedVersions;
    QList<SuiteInfo> sharedSuites;   // in the version agreed (or failed), in the order the server picks
    QStringList caveats;          // what the server's data could not tell (unknown groups, ...)
    // The sentence, steps and caveats as written (template and values), for the faces to show
    // in the admin's language; the English above is what JSON and HTML write. Empty when the
    // prediction was read back from a report.
    Phrase sentencePhrase;
    QList<Phrase> stepPhrases;
    QList<Phrase> caveatPhrases;
};

// The prediction from the scan section alone; scan.present must be true.
Prediction predictCompatibility(const ScanResult &scan, const ClientOffer &offer);

// One real handshake with the offer.
struct LiveHandshake {
    bool ran = false;
    QString path;                 // "openssl" (TlsClient) or "raw" (our own ClientHello)
    QStringList omitted;          // suites of the offer the chosen path could not send
    bool connected = false;
    bool serverAccepted = false;  // the server chose a version and suite
    bool clientWouldAccept = false; // and the partner would go on with them (min DH, versions)
    QString version;
    SuiteInfo suite;
    QString group;
    int dhBits = 0;
    QString alert;                // the alert that ended it, or "closed"
    QString alertDirection;       // "received" (the server sent it) or "sent" (our client did); empty for "closed"
    QString alertReason;          // with "sent": why our client sent it (OpenSSL's reason), for the text
    QString error;                // one line when the attempt itself failed (connect, STARTTLS)
    Phrase errorPhrase;           // `error` as written, for the faces
    QString clientAbortReason;    // why the partner would end the handshake (DH prime too small, ...)
    bool predictionHeld = false;
    QString verdict;              // "prediction held: both agree on …" / "prediction did NOT hold: …"
    // clientAbortReason and verdict as written, for the faces (see Prediction::sentencePhrase).
    Phrase clientAbortReasonPhrase;
    Phrase verdictPhrase;
};

// What the partner itself would do with the server's choice in `live` (versions, minimum DH
// prime), and whether `prediction` held: fills clientWouldAccept, clientAbortReason,
// predictionHeld and verdict. The handshake itself is made by jobs/simulate_job.
void judgeLiveHandshake(LiveHandshake *live, const ClientOffer &offer, const Prediction &prediction);

// How the live handshake ended, told by who ended it: "server refused: handshake_failure" for an
// alert the server sent; "our client gave up: the server's reply broke TLS (record_overflow sent
// by us: …)" for an alert our client sent because the server's bytes broke the protocol's rules;
// "our client refused the server's reply (…)" for any other alert we sent; "the connection
// closed during the handshake" without an alert. Empty when the server accepted.
QString liveEndingText(const LiveHandshake &live);
// The same, translatable (liveEndingText() is its English).
Phrase liveEndingPhrase(const LiveHandshake &live);

struct SimulationResult {
    ClientOffer offer;            // the partner, as simulated
    Report report;                // kind "simulate": target, scan section, findings (the compat one)
    Prediction prediction;
    LiveHandshake live;
    QString serverSource;         // "live scan of HOST:PORT" / "report FILE"
    bool unreachable = false;     // the live scan could not reach the server
    bool cancelled = false;
    // True when the partner fails: the live result when it ran, else the prediction.
    bool partnerFails() const;
};

// The certificate types a server serves according to a scan section (older reports: what its
// accepted suites imply).
QStringList serverCertificateTypes(const ScanResult &scan);
// The certificate type a suite needs from the server ("RSA", "ECDSA", "DSA"; static ECDH needs
// an EC key); empty when any will do (TLS 1.3, anonymous, PSK).
QString certificateTypeForSuite(const SuiteInfo &suite);
// A suite the way the verdicts name it: OpenSSL's name where there is one, else IANA's.
QString shortSuite(const SuiteInfo &s);

} // namespace mailtls::core
