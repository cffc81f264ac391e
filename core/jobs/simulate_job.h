#pragma once

// "Will partner P connect to server S?" as a whole run: scan the server (or read a saved scan),
// predict (diagnose/simulator), and against a live server make one real handshake with exactly
// the partner's offer and judge it. Runs on the calling thread; the workbench calls it in a Job.

#include <QString>

#include <functional>

#include "base/cancel_token.h"
#include "diagnose/client_profile.h"
#include "diagnose/simulator.h"
#include "model/report.h"
#include "model/targets.h"

namespace mailtls::core {

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

// One real handshake with the offer (on the calling thread), judged against `prediction`.
LiveHandshake runLiveHandshake(const ScanTarget &target, const ClientOffer &offer, const Prediction &prediction,
                               CancelToken cancel);

// Runs a whole simulation. progress(done, total) as the scan goes; may be empty.
SimulationResult runSimulation(const SimulationRequest &request, CancelToken cancel,
                               const std::function<void(int, int)> &progress = {});

} // namespace mailtls::core
