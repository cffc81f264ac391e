#include "models/severity_style.h"

#include <QPainter>
#include <QPixmap>

namespace mailtls::ui {

using core::LineDirection;
using core::Severity;

QString SeverityStyle::label(Severity severity)
{
    switch (severity) {
    case Severity::Info: return tr("Info");
    case Severity::Low: return tr("Low");
    case Severity::Medium: return tr("Medium");
    case Severity::High: return tr("High");
    case Severity::Critical: return tr("Critical");
    }
    return tr("Info");
}

QColor SeverityStyle::color(Severity severity)
{
    switch (severity) {
    case Severity::Info: return QColor(0x5b, 0x7f, 0xa6);
    case Severity::Low: return QColor(0x3f, 0x9a, 0x62);
    case Severity::Medium: return QColor(0xe0, 0xa1, 0x1b);
    case Severity::High: return QColor(0xdc, 0x62, 0x1e);
    case Severity::Critical: return QColor(0xb8, 0x1d, 0x2a);
    }
    return Qt::gray;
}

QColor SeverityStyle::textColor(Severity severity)
{
    return severity == Severity::Medium ? QColor(0x2b, 0x1d, 0x00) : QColor(Qt::white);
}

static QPixmap discPixmap(const QColor &fill, int size, qreal dpr)
{
    QPixmap pm(int(size * dpr), int(size * dpr));
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(fill.darker(130), 1));
    p.setBrush(fill);
    p.drawEllipse(QRectF(1.5, 1.5, size - 3, size - 3));
    return pm;
}

QIcon SeverityStyle::icon(Severity severity)
{
    QIcon icon;
    for (int size : {12, 16, 24, 32})
        icon.addPixmap(discPixmap(color(severity), size, 1.0));
    return icon;
}

QString SeverityStyle::marker(LineDirection dir)
{
    switch (dir) {
    case LineDirection::Client: return QStringLiteral("C→");
    case LineDirection::Server: return QStringLiteral("←S");
    case LineDirection::Tls: return QStringLiteral("TLS");
    case LineDirection::Note: return QStringLiteral("·");
    }
    return QStringLiteral("·");
}

QColor SeverityStyle::directionColor(LineDirection dir, const QColor &base)
{
    // Two sets: one for light bases, a lighter one that keeps contrast on dark themes.
    const bool dark = base.lightness() < 128;
    switch (dir) {
    case LineDirection::Client: return dark ? QColor(0x8c, 0xb4, 0xff) : QColor(0x1f, 0x4f, 0xb0);
    case LineDirection::Server: return dark ? QColor(0x9f, 0xdf, 0x9f) : QColor(0x17, 0x6b, 0x2c);
    case LineDirection::Tls: return dark ? QColor(0xd9, 0xa6, 0xff) : QColor(0x84, 0x2f, 0xa8);
    case LineDirection::Note: return dark ? QColor(0xa8, 0xa8, 0xa8) : QColor(0x6e, 0x6e, 0x6e);
    }
    return base.lightness() < 128 ? QColor(Qt::white) : QColor(Qt::black);
}

static QPixmap glyphPixmap(const QColor &fill, const QString &glyph, int size)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setPen(QPen(fill.darker(140), 1));
    p.setBrush(fill);
    const QRectF r(0.5, 0.5, size - 1, size - 1);
    p.drawRoundedRect(r, size / 4.0, size / 4.0);
    QFont f = p.font();
    f.setBold(true);
    f.setPixelSize(glyph.size() > 1 ? int(size * 0.48) : int(size * 0.68));
    p.setFont(f);
    p.setPen(fill.lightness() > 170 ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white));
    p.drawText(r, Qt::AlignCenter, glyph);
    return pm;
}

QIcon SeverityStyle::glyphIcon(const QColor &fill, const QString &glyph)
{
    QIcon icon;
    for (int size : {16, 20, 24, 32, 48})
        icon.addPixmap(glyphPixmap(fill, glyph, size));
    return icon;
}

} // namespace mailtls::ui
