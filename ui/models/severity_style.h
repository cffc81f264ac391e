#pragma once

// Colours, badges and names for severities and transcript directions, shared by the models,
// their delegates and the views so one look is used everywhere.

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

#include "model/finding.h"
#include "model/report.h"

namespace mailtls::ui {

class SeverityStyle
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::ui::SeverityStyle)
public:
    static QString label(core::Severity severity);      // "High", translated
    static QColor color(core::Severity severity);       // badge fill
    static QColor textColor(core::Severity severity);   // text drawn on the badge
    static QIcon icon(core::Severity severity);         // a filled disc in the badge colour

    // Transcript / handshake direction: marker text and a colour that reads on `base`.
    static QString marker(core::LineDirection dir);     // "C→", "←S", "TLS", "·"
    static QColor directionColor(core::LineDirection dir, const QColor &base);

    // A small rounded badge with a glyph, for certificates and verification results.
    static QIcon glyphIcon(const QColor &fill, const QString &glyph);
};

} // namespace mailtls::ui
