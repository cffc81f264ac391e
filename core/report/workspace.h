#pragma once

// An investigation kept as one file ("schema": "mailtls.workspace/1"): the targets worked on,
// every report produced (sessions, scans, certificate inspections; each stored as a
// mailtls.report/1 object, certificates as PEM, so they reload whole), the investigator's
// notes and the little UI state needed to reopen it as it was left.
//
// Secrets stay out: a target's AUTH password and message body are never written.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include "base/error.h"
#include "model/session_options.h"
#include "model/domain_report.h"
#include "model/report.h"

namespace mailtls::core {

inline constexpr const char *kWorkspaceSchema = "mailtls.workspace/1";

// What the window needs beyond the data to look the same after reopening.
struct WorkspaceView {
    int currentTarget = -1;    // index into targets: the one in the target bar; -1 none
    int currentReport = -1;    // index into reports: the one shown in the tabs; -1 none
    QString selectedTab;       // a stable key of the selected detail tab (see WorkspaceController)
    QList<int> splitterSizes;  // transcript | tabs widths in pixels; empty: the window's default
};

struct Workspace {
    QString toolVersion;
    QDateTime savedAt;                 // UTC; set by saveWorkspace
    QList<SessionOptions> targets;     // authPassword and data are not kept
    QList<Report> reports;             // oldest first
    QList<DomainReport> domains;       // domain views (the Domain tab), oldest first
    QList<Report> fleetReports;        // the Fleet tab's last run: each target's report, in list order
    QString fleetTargets;              // the Fleet tab's target list, as typed
    QString notes;                     // plain text
    WorkspaceView view;
    QString autosaveOf;                // recovery copies only: the workspace file it stands for ("" untitled)

    bool isEmpty() const { return reports.isEmpty() && domains.isEmpty() && fleetReports.isEmpty() && notes.isEmpty(); }
};

QByteArray workspaceToJsonBytes(const Workspace &workspace);   // indented, trailing newline

// Failure is ErrorKind::BadFormat with a one-line message: not JSON, not a workspace (a report
// gets its own hint), written by a newer version, or a damaged part (named by its JSON path).
bool workspaceFromJson(const QByteArray &json, Workspace *out, Error *error);

// Atomic (saveFileAtomically, base/save_file.h): on failure the file that was there before is
// left as it was, and the Error is FileUnwritable. Sets workspace->savedAt only when the write
// succeeded.
bool saveWorkspace(const QString &path, Workspace *workspace, Error *error);
// FileUnreadable when the file cannot be opened; BadFormat (the message starting with the path)
// when it is not a workspace or is too large for one.
bool loadWorkspace(const QString &path, Workspace *out, Error *error);

// The schema named at the top of a JSON document, or empty when it is not a JSON object
// with a "schema" string. Lets callers tell a report from a workspace before reading either.
QString jsonSchemaOf(const QByteArray &json);

} // namespace mailtls::core
