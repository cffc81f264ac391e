#pragma once

// Two or more reports side by side (members of one cluster, or one server before and after a
// change): one row per fact, a value per report, differences first. Pure: reads reports, no
// network. The CLI (`mailtls compare`), its JSON and the workbench's compare view read the same
// Comparison.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "base/phrase.h"
#include "model/report.h"

namespace mailtls::core {

// One report's value in a row. `missing`: the report does not hold this fact (a session report
// has no suite matrix, a saved report keeps only its first chain); such a cell never makes a
// row differ.
struct CompareCell {
    QString text;
    bool missing = false;
    Phrase textPhrase;   // `text` as written, for the faces (the English is what JSON writes and rows compare)
};

struct CompareRow {
    enum class State { Differs, Same, Incomparable };
    QString aspect;             // one of compareAspects()
    QString key;                // what within the aspect: "TLSv1.2", "RSA chain", a suite, a finding id
    QList<CompareCell> values;  // one per report, in report order
    State state = State::Same;  // Incomparable: fewer than two reports hold the fact
    Phrase keyPhrase;           // `key` as written, for the faces

    bool differs() const { return state == State::Differs; }
};

struct Comparison {
    QStringList labels;          // one per report: the column headers
    QList<CompareRow> rows;      // differences first (certificate types before the rest), then
                                 // the same, then what fewer than two reports hold
    QStringList notes;           // what some reports lack, one sentence each
    QList<Phrase> notePhrases;   // the notes as written, for the faces (same order)

    int count(CompareRow::State state) const;
    QList<CompareRow> rowsIn(CompareRow::State state) const;
};

// The aspects in the order the issue lists them: versions, suites, preference, groups,
// DH size, certificate types, chain, key sizes, validity, findings.
const QStringList &compareAspects();

// `labels` name the reports (host:port, a file name); missing labels default to the target.
Comparison compareReports(const QList<Report> &reports, const QStringList &labels = {});

QString compareStateName(CompareRow::State state);   // "differs", "same", "incomparable"

// An aspect's name (one of compareAspects()) in the admin's language; the English is the JSON's.
QString localizedAspect(const QString &aspect);
// A cell's text and a row's key as the faces show them (the English when read back from a report).
QString shownText(const CompareCell &cell);
QString shownKey(const CompareRow &row);

} // namespace mailtls::core
