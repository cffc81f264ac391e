#pragma once

// "Will partner P connect to server S?" The prediction reads the scan section of a report
// (accepted versions, suites per version in the server's order when it enforces one, groups,
// DH prime size, certificate types) and the partner's offer (ClientOffer), and plays the
// server's side of the negotiation: highest shared version, then the suite (server order or
// client order), then the checks a real client makes (DH prime size). A failure comes with
// its compat.* finding, one sentence an admin can forward, and the Exim/Postfix fix.
//
// Live mode scans the server first, predicts, then makes one real handshake with exactly the
// partner's offer and says whether the prediction held.

#include <QString>
#include <QStringList>

#include <functional>

#include "diagnose/client_profile.h"
#include "diagnose/finding.h"
#include "net/cancel_token.h"
#include "protocol/starttls_opener.h"
#include "report/report.h"

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
    QString error;                // one line when the attempt itself failed (connect, STARTTLS)
    QString clientAbortReason;    // why the partner would end the handshake (DH prime too small, ...)
    bool predictionHeld = false;
    QString verdict;              // "prediction held: both agree on …" / "prediction did NOT hold: …"
};

// Makes the handshake (on the calling thread) and compares with `prediction`.
LiveHandshake runLiveHandshake(const ScanTarget &target, const ClientOffer &offer, const Prediction &prediction,
                               CancelToken cancel);

// What a simulation run is asked to do.
struct SimulationRequest {
    ClientOffer offer;
    // Either a live target (scanned, then the live handshake) or a saved report with a scan.
    bool live = false;
    ScanTarget target;
    int maxConnections = 4;
    bool confirmLive = true;      // live: make the confirming handshake after the prediction
    Report savedReport;           // when !live
    QString reportFile;           // for the text, when !live
};

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

// Runs a whole simulation on the calling thread (the GUI calls it from a worker).
// progress(done, total) as the scan goes; may be empty.
SimulationResult runSimulation(const SimulationRequest &request, CancelToken cancel,
                               const std::function<void(int, int)> &progress = {});

// The "simulation" object of the JSON report (keys documented in the implementation).
QJsonObject simulationToJson(const SimulationResult &result);
// reportToJsonBytes(report) with the "simulation" object added as the last top-level key.
QByteArray simulationReportBytes(const SimulationResult &result);

} // namespace mailtls::core
