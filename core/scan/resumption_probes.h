#pragma once

// The scan's resumption, OCSP-stapling and 0-RTT probes (issue 18), run in the hygiene lane
// after its own probes (scan/hygiene_probes.h), each only when HygieneProbeSetup::runsCheck
// names it:
//
//   "resumption" (five connections as a rule, six at most):
//     1. a full handshake at the server's highest version, tickets and status_request offered;
//        in TLS 1.3 what the server sends after the handshake is read for its NewSessionTickets
//        (over SMTP after our EHLO, the greeting first with implicit TLS), bounded by
//        limits::kPostHandshakeWaitMs and kPostHandshakeBytes;
//     2. TLS 1.3: the latest ticket offered on a second connection (with 0-RTT data, below);
//     3. a full TLS <= 1.2 handshake without the session_ticket extension (OpenSSL and RFC 5077
//        servers send an empty session id with a new ticket): the session id in the ServerHello
//        (handshake 1 serves instead when it was TLS <= 1.2 with a session id or no ticket);
//     4. that session offered by its id, tickets offered too (so this connection brings the
//        ticket for 5, unless 3 had one already: then without tickets);
//     5. the ticket offered (a full handshake asking for one comes first when 4 was resumed
//        and brought none).
//     Each resumption is judged by what the later handshake was: abbreviated (resumed) or full.
//   "ocsp" (handshake 1; one connection alone): the staple, its status for the leaf,
//     thisUpdate / nextUpdate, and whether the leaf is must-staple (RFC 7633). The response's
//     signature is not checked.
//   "early_data" (on connection 2; two connections alone): when the TLS 1.3 ticket allows
//     early data, "EHLO name\r\n" over SMTP with STARTTLS (where the client speaks first) or
//     "\r\n" on bare TLS goes out as 0-RTT data; the server accepts or rejects it.

#include "model/report.h"
#include "scan/hygiene_probes.h"

namespace mailtls::core {

// Runs the probes the setup asks for on the calling thread and fills their checks in `result`
// (its connections counted there too); a check not asked for stays Untested ("skipped").
void runResumptionProbes(const HygieneProbeSetup &setup, HygieneResult *result);

} // namespace mailtls::core
