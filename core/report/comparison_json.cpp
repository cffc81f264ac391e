#include "report/comparison_json.h"

#include <QDateTime>
#include <QJsonArray>

#include "report/json_values.h"
#include "report/ordered_json_writer.h"

namespace mailtls::core {

// JSON (kind "compare"):
//   schema "mailtls.compare/1", tool {name, version}, kind "compare", created_at,
//   servers [{label, source, host, port, kind, started_at, scan, error}],
//   summary {differences, same, incomparable},
//   differences [{aspect, key, values []}], same [...], incomparable [...]   (values: text or null
//   where the report lacks the fact), notes [].

QJsonObject comparisonToJson(const Comparison &comparison, const QList<Report> &reports, const QStringList &sources,
                             const QString &toolVersion)
{
    QJsonObject root;
    root.insert(QStringLiteral("schema"), QStringLiteral("mailtls.compare/1"));
    QJsonObject tool;
    tool.insert(QStringLiteral("name"), QStringLiteral("mailtls"));
    tool.insert(QStringLiteral("version"), textOrNull(toolVersion));
    root.insert(QStringLiteral("tool"), tool);
    root.insert(QStringLiteral("kind"), QStringLiteral("compare"));
    root.insert(QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));

    QJsonArray servers;
    for (int i = 0; i < reports.size(); ++i) {
        const Report &r = reports.at(i);
        QJsonObject s;
        s.insert(QStringLiteral("label"), comparison.labels.value(i));
        s.insert(QStringLiteral("source"), sources.value(i, QStringLiteral("live")));
        s.insert(QStringLiteral("host"), r.target.host);
        s.insert(QStringLiteral("port"), int(r.target.port));
        s.insert(QStringLiteral("kind"), r.kind);
        s.insert(QStringLiteral("started_at"), dateOrNull(r.startedAt));
        s.insert(QStringLiteral("scan"), r.scan.present);
        s.insert(QStringLiteral("error"), textOrNull(r.outcome.error));
        servers.append(s);
    }
    root.insert(QStringLiteral("servers"), servers);

    QJsonObject summary;
    summary.insert(QStringLiteral("differences"), comparison.count(CompareRow::State::Differs));
    summary.insert(QStringLiteral("same"), comparison.count(CompareRow::State::Same));
    summary.insert(QStringLiteral("incomparable"), comparison.count(CompareRow::State::Incomparable));
    root.insert(QStringLiteral("summary"), summary);

    auto rowsJson = [&](CompareRow::State state) {
        QJsonArray array;
        for (const CompareRow &row : comparison.rowsIn(state)) {
            QJsonObject o;
            o.insert(QStringLiteral("aspect"), row.aspect);
            o.insert(QStringLiteral("key"), row.key);
            QJsonArray values;
            for (const CompareCell &cell : row.values)
                values.append(cell.missing ? QJsonValue(QJsonValue::Null) : QJsonValue(cell.text));
            o.insert(QStringLiteral("values"), values);
            array.append(o);
        }
        return array;
    };
    root.insert(QStringLiteral("differences"), rowsJson(CompareRow::State::Differs));
    root.insert(QStringLiteral("same"), rowsJson(CompareRow::State::Same));
    root.insert(QStringLiteral("incomparable"), rowsJson(CompareRow::State::Incomparable));
    QJsonArray notes;
    for (const QString &n : comparison.notes)
        notes.append(n);
    root.insert(QStringLiteral("notes"), notes);
    return root;
}

QByteArray comparisonToJsonBytes(const QJsonObject &json)
{
    static const OrderedJsonWriter writer = [] {
        OrderedJsonWriter w;
        w.setKeyOrder(QString(), {"schema", "tool", "kind", "created_at", "servers", "summary", "differences", "same",
                                  "incomparable", "notes"});
        w.setKeyOrder(QStringLiteral("tool"), {"name", "version"});
        w.setKeyOrder(QStringLiteral("servers[]"), {"label", "source", "host", "port", "kind", "started_at", "scan", "error"});
        w.setKeyOrder(QStringLiteral("summary"), {"differences", "same", "incomparable"});
        for (const char *block : {"differences[]", "same[]", "incomparable[]"})
            w.setKeyOrder(QString::fromLatin1(block), {"aspect", "key", "values"});
        return w;
    }();
    return writer.write(json);
}

} // namespace mailtls::core
