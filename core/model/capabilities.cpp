#include "model/capabilities.h"

#include <QHash>

namespace mailtls::core {

namespace {

// "AUTH PLAIN LOGIN" -> ("AUTH", "PLAIN LOGIN"); "AUTH=LOGIN" (an old form) keeps its "=".
void split(const QString &line, QString *keyword, QString *params)
{
    const QString t = line.trimmed();
    const qsizetype space = t.indexOf(QLatin1Char(' '));
    if (space < 0) {
        *keyword = t.toUpper();
        *params = QStringLiteral("");
        return;
    }
    *keyword = t.left(space).toUpper();
    *params = t.mid(space + 1).trimmed();
}

} // namespace

QList<CapabilityChange> compareCapabilities(const QStringList &before, const QStringList &after)
{
    QList<CapabilityChange> out;
    QHash<QString, qsizetype> index;
    for (const QString &line : before) {
        QString keyword, params;
        split(line, &keyword, &params);
        if (keyword.isEmpty() || index.contains(keyword))
            continue;
        index.insert(keyword, out.size());
        CapabilityChange c;
        c.keyword = keyword;
        c.before = params;
        c.kind = CapabilityChange::Kind::Removed;
        out << c;
    }
    QHash<QString, bool> seenAfter;
    for (const QString &line : after) {
        QString keyword, params;
        split(line, &keyword, &params);
        if (keyword.isEmpty() || seenAfter.contains(keyword))
            continue;
        seenAfter.insert(keyword, true);
        const auto it = index.constFind(keyword);
        if (it == index.constEnd()) {
            CapabilityChange c;
            c.keyword = keyword;
            c.after = params;
            c.kind = CapabilityChange::Kind::Added;
            index.insert(keyword, out.size());
            out << c;
            continue;
        }
        CapabilityChange &c = out[it.value()];
        c.after = params;
        c.kind = c.before.compare(params, Qt::CaseInsensitive) == 0 ? CapabilityChange::Kind::Same
                                                                     : CapabilityChange::Kind::Changed;
    }
    return out;
}

QString capabilityChangeWord(CapabilityChange::Kind kind)
{
    switch (kind) {
    case CapabilityChange::Kind::Same: return QStringLiteral("same");
    case CapabilityChange::Kind::Added: return QStringLiteral("added");
    case CapabilityChange::Kind::Removed: return QStringLiteral("removed");
    case CapabilityChange::Kind::Changed: return QStringLiteral("changed");
    }
    return QStringLiteral("same");
}

} // namespace mailtls::core
