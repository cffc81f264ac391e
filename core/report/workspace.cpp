#include "report/workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include "base/limits.h"
#include "base/read_file.h"
#include "base/save_file.h"
#include "report/domain_json.h"
#include "report/json_report.h"
#include "report/ordered_json_writer.h"

namespace mailtls::core {

namespace {

const QLatin1String kSchemaPrefix("mailtls.workspace/");

QJsonObject targetToJson(const SessionOptions &o)
{
    QJsonObject t;
    t.insert(QStringLiteral("host"), o.host);
    t.insert(QStringLiteral("port"), int(o.port));
    t.insert(QStringLiteral("dialect"), o.dialect);
    t.insert(QStringLiteral("implicit_tls"), o.implicitTls);
    t.insert(QStringLiteral("send_sni"), o.sendSni);
    t.insert(QStringLiteral("sni"), o.sni);
    t.insert(QStringLiteral("servername"), o.servername);
    t.insert(QStringLiteral("ehlo_name"), o.ehloName);
    t.insert(QStringLiteral("ca_file"), o.caFile);
    t.insert(QStringLiteral("expect_cert_file"), o.expectCertFile);
    t.insert(QStringLiteral("client_cert_file"), o.clientCertFile);
    t.insert(QStringLiteral("client_key_file"), o.clientKeyFile);
    t.insert(QStringLiteral("auth_user"), o.authUser);
    t.insert(QStringLiteral("auth_mechanism"), o.authMechanism);
    t.insert(QStringLiteral("mail_from"), o.mailFrom);
    t.insert(QStringLiteral("rcpt_to"), QJsonArray::fromStringList(o.rcptTo));
    t.insert(QStringLiteral("timeout_ms"), o.timeoutMs);
    t.insert(QStringLiteral("tls_min"), o.tlsMin);
    t.insert(QStringLiteral("tls_max"), o.tlsMax);
    t.insert(QStringLiteral("ciphers"), o.ciphers);
    t.insert(QStringLiteral("ciphersuites"), o.ciphersuites);
    t.insert(QStringLiteral("groups"), o.groups);
    t.insert(QStringLiteral("security_level"), o.securityLevel);
    t.insert(QStringLiteral("redact_secrets"), o.redactSecrets);
    t.insert(QStringLiteral("quit"), o.quit);
    return t;
}

bool targetFromJson(const QJsonObject &t, int index, SessionOptions *o, Phrase *error)
{
    const SessionOptions defaults;
    o->host = t.value(QStringLiteral("host")).toString();
    if (o->host.isEmpty()) {
        *error = phrase("Errors", "targets[%1] has no host").arg(index);
        return false;
    }
    const qint64 port = t.value(QStringLiteral("port")).toInteger(-1);
    if (port < 1 || port > 65535) {
        *error = phrase("Errors", "targets[%1].port is not a port number").arg(index);
        return false;
    }
    o->port = quint16(port);
    o->dialect = t.value(QStringLiteral("dialect")).toString(defaults.dialect);
    o->implicitTls = t.value(QStringLiteral("implicit_tls")).toBool(defaults.implicitTls);
    o->sendSni = t.value(QStringLiteral("send_sni")).toBool(defaults.sendSni);
    o->sni = t.value(QStringLiteral("sni")).toString();
    o->servername = t.value(QStringLiteral("servername")).toString();
    o->ehloName = t.value(QStringLiteral("ehlo_name")).toString();
    o->caFile = t.value(QStringLiteral("ca_file")).toString();
    o->expectCertFile = t.value(QStringLiteral("expect_cert_file")).toString();
    o->clientCertFile = t.value(QStringLiteral("client_cert_file")).toString();
    o->clientKeyFile = t.value(QStringLiteral("client_key_file")).toString();
    o->authUser = t.value(QStringLiteral("auth_user")).toString();
    o->authMechanism = t.value(QStringLiteral("auth_mechanism")).toString();
    o->mailFrom = t.value(QStringLiteral("mail_from")).toString();
    o->rcptTo.clear();
    for (const QJsonValue &v : t.value(QStringLiteral("rcpt_to")).toArray())
        o->rcptTo << v.toString();
    o->timeoutMs = t.value(QStringLiteral("timeout_ms")).toInt(defaults.timeoutMs);
    o->tlsMin = t.value(QStringLiteral("tls_min")).toString();
    o->tlsMax = t.value(QStringLiteral("tls_max")).toString();
    o->ciphers = t.value(QStringLiteral("ciphers")).toString();
    o->ciphersuites = t.value(QStringLiteral("ciphersuites")).toString();
    o->groups = t.value(QStringLiteral("groups")).toString();
    o->securityLevel = t.value(QStringLiteral("security_level")).toInt(defaults.securityLevel);
    o->redactSecrets = t.value(QStringLiteral("redact_secrets")).toBool(defaults.redactSecrets);
    o->quit = t.value(QStringLiteral("quit")).toBool(defaults.quit);
    return true;
}

OrderedJsonWriter makeWriter()
{
    OrderedJsonWriter w;
    w.setKeyOrder(QString(), {"schema", "tool", "saved_at", "autosave_of", "view", "targets", "notes", "reports", "domains", "fleet"});
    w.setKeyOrder(QStringLiteral("fleet"), {"targets", "reports"});
    w.setKeyOrder(QStringLiteral("fleet.reports[]"), reportKeyOrder());
    w.setKeyOrder(QStringLiteral("tool"), {"name", "version"});
    w.setKeyOrder(QStringLiteral("view"), {"current_target", "current_report", "selected_tab", "splitter"});
    w.setKeyOrder(QStringLiteral("targets[]"),
                  {"host", "port", "dialect", "implicit_tls", "send_sni", "sni", "servername", "ehlo_name"});
    // The reports inside keep the order of a stand-alone mailtls.report/1 file's first keys.
    w.setKeyOrder(QStringLiteral("reports[]"), reportKeyOrder());
    // Domain views are written as whole mailtls.domain/1 objects; their inner order is the
    // stand-alone file's only at the top (a workspace is read by programs, not people).
    return w;
}

// The reader's failures: the bytes are not a (readable) workspace.
bool badFormat(Error *error, const Phrase &message)
{
    return fail(error, ErrorKind::BadFormat, message);
}

} // namespace

QString jsonSchemaOf(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    return doc.isObject() ? doc.object().value(QStringLiteral("schema")).toString() : QString();
}

QByteArray workspaceToJsonBytes(const Workspace &w)
{
    QJsonObject root;
    root.insert(QStringLiteral("schema"), QString::fromLatin1(kWorkspaceSchema));
    QJsonObject tool;
    tool.insert(QStringLiteral("name"), QStringLiteral("mailtls"));
    tool.insert(QStringLiteral("version"), w.toolVersion.isEmpty() ? QStringLiteral(MAILTLS_VERSION) : w.toolVersion);
    root.insert(QStringLiteral("tool"), tool);
    root.insert(QStringLiteral("saved_at"), w.savedAt.isValid() ? QJsonValue(w.savedAt.toUTC().toString(Qt::ISODateWithMs))
                                                                : QJsonValue(QJsonValue::Null));
    QJsonObject view;
    view.insert(QStringLiteral("current_target"), w.view.currentTarget);
    view.insert(QStringLiteral("current_report"), w.view.currentReport);
    view.insert(QStringLiteral("selected_tab"), w.view.selectedTab);
    QJsonArray splitter;
    for (int size : w.view.splitterSizes)
        splitter.append(size);
    view.insert(QStringLiteral("splitter"), splitter);
    root.insert(QStringLiteral("view"), view);
    QJsonArray targets;
    for (const SessionOptions &o : w.targets)
        targets.append(targetToJson(o));
    root.insert(QStringLiteral("targets"), targets);
    root.insert(QStringLiteral("notes"), w.notes);
    QJsonArray reports;
    for (const Report &r : w.reports)
        reports.append(reportToJson(r));
    root.insert(QStringLiteral("reports"), reports);
    if (!w.domains.isEmpty()) {   // older readers ignore the key; files without domains stay as they were
        QJsonArray domains;
        for (const DomainReport &d : w.domains)
            domains.append(domainReportToJson(d));
        root.insert(QStringLiteral("domains"), domains);
    }
    if (!w.fleetReports.isEmpty() || !w.fleetTargets.isEmpty()) {   // the Fleet tab; absent when unused
        QJsonObject fleet;
        fleet.insert(QStringLiteral("targets"), w.fleetTargets);
        QJsonArray fleetReports;
        for (const Report &r : w.fleetReports)
            fleetReports.append(reportToJson(r));
        fleet.insert(QStringLiteral("reports"), fleetReports);
        root.insert(QStringLiteral("fleet"), fleet);
    }
    if (!w.autosaveOf.isEmpty())
        root.insert(QStringLiteral("autosave_of"), w.autosaveOf);
    static const OrderedJsonWriter writer = makeWriter();
    return writer.write(root);
}

bool workspaceFromJson(const QByteArray &json, Workspace *out, Error *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return badFormat(error, phrase("Errors", "not a workspace: not JSON (%1 at offset %2)")
                                    .arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return badFormat(error, phrase("Errors", "not a workspace: the JSON is not an object"));
    const QJsonObject root = doc.object();
    const QString schema = root.value(QStringLiteral("schema")).toString();
    if (schema.isEmpty())
        return badFormat(error, phrase("Errors", "not a workspace: no \"schema\" key"));
    if (schema == QLatin1String(kReportSchema))
        return badFormat(error, phrase("Errors", "this is a single report (%1), not a workspace").arg(schema));
    if (schema != QLatin1String(kWorkspaceSchema)) {
        bool numbered = false;
        const int version = schema.startsWith(kSchemaPrefix) ? schema.mid(kSchemaPrefix.size()).toInt(&numbered) : 0;
        if (numbered && version > 1)
            return badFormat(error, phrase("Errors", "written by a newer version of mailtls (%1); this version reads %2")
                                        .arg(schema, QLatin1String(kWorkspaceSchema)));
        return badFormat(error, phrase("Errors", "not a mailtls workspace: schema \"%1\"").arg(schema));
    }

    Workspace w;
    const QJsonObject tool = root.value(QStringLiteral("tool")).toObject();
    w.toolVersion = tool.value(QStringLiteral("version")).toString();
    const QJsonValue saved = root.value(QStringLiteral("saved_at"));
    if (saved.isString()) {
        w.savedAt = QDateTime::fromString(saved.toString(), Qt::ISODateWithMs);
        if (!w.savedAt.isValid())
            return badFormat(error, phrase("Errors", "damaged workspace: saved_at \"%1\" is not an ISO 8601 time").arg(saved.toString()));
        w.savedAt = w.savedAt.toUTC();
    }
    const QJsonValue targets = root.value(QStringLiteral("targets"));
    if (!targets.isUndefined() && !targets.isArray())
        return badFormat(error, phrase("Errors", "damaged workspace: targets is not a list"));
    const QJsonArray targetList = targets.toArray();
    for (qsizetype i = 0; i < targetList.size(); ++i) {
        if (!targetList.at(i).isObject())
            return badFormat(error, phrase("Errors", "damaged workspace: targets[%1] is not an object").arg(i));
        SessionOptions o;
        Phrase message;
        if (!targetFromJson(targetList.at(i).toObject(), int(i), &o, &message))
            return badFormat(error, phrase("Errors", "damaged workspace: %1").arg(message));
        w.targets << o;
    }
    const QJsonValue reports = root.value(QStringLiteral("reports"));
    if (!reports.isUndefined() && !reports.isArray())
        return badFormat(error, phrase("Errors", "damaged workspace: reports is not a list"));
    const QJsonArray reportList = reports.toArray();
    for (qsizetype i = 0; i < reportList.size(); ++i) {
        if (!reportList.at(i).isObject())
            return badFormat(error, phrase("Errors", "damaged workspace: reports[%1] is not an object").arg(i));
        Report r;
        Error message;
        // The report reader checks the schema and every typed field, as for a stand-alone file.
        if (!reportFromJson(QJsonDocument(reportList.at(i).toObject()).toJson(QJsonDocument::Compact), &r, &message))
            return badFormat(error, phrase("Errors", "damaged workspace: reports[%1]: %2").arg(i).arg(messageOf(message)));
        w.reports << r;
    }
    const QJsonValue domains = root.value(QStringLiteral("domains"));
    if (!domains.isUndefined() && !domains.isArray())
        return badFormat(error, phrase("Errors", "damaged workspace: domains is not a list"));
    const QJsonArray domainList = domains.toArray();
    for (qsizetype i = 0; i < domainList.size(); ++i) {
        DomainReport d;
        Error message;
        if (!domainList.at(i).isObject() || !domainReportFromJson(domainList.at(i).toObject(), &d, &message))
            return badFormat(error, phrase("Errors", "damaged workspace: domains[%1]: %2")
                                        .arg(i)
                                        .arg(message.message.isEmpty() ? phrase("Errors", "not an object") : messageOf(message)));
        w.domains << d;
    }
    const QJsonValue fleet = root.value(QStringLiteral("fleet"));
    if (!fleet.isUndefined() && !fleet.isObject())
        return badFormat(error, phrase("Errors", "damaged workspace: fleet is not an object"));
    const QJsonObject fleetObject = fleet.toObject();
    const QJsonValue fleetTargets = fleetObject.value(QStringLiteral("targets"));
    if (!fleetTargets.isUndefined() && !fleetTargets.isString())
        return badFormat(error, phrase("Errors", "damaged workspace: fleet.targets is not a string"));
    w.fleetTargets = fleetTargets.toString();
    const QJsonValue fleetReports = fleetObject.value(QStringLiteral("reports"));
    if (!fleetReports.isUndefined() && !fleetReports.isArray())
        return badFormat(error, phrase("Errors", "damaged workspace: fleet.reports is not a list"));
    const QJsonArray fleetList = fleetReports.toArray();
    for (qsizetype i = 0; i < fleetList.size(); ++i) {
        if (!fleetList.at(i).isObject())
            return badFormat(error, phrase("Errors", "damaged workspace: fleet.reports[%1] is not an object").arg(i));
        Report r;
        Error message;
        if (!reportFromJson(QJsonDocument(fleetList.at(i).toObject()).toJson(QJsonDocument::Compact), &r, &message))
            return badFormat(error, phrase("Errors", "damaged workspace: fleet.reports[%1]: %2").arg(i).arg(messageOf(message)));
        w.fleetReports << r;
    }
    const QJsonValue notes = root.value(QStringLiteral("notes"));
    if (!notes.isUndefined() && !notes.isNull() && !notes.isString())
        return badFormat(error, phrase("Errors", "damaged workspace: notes is not text"));
    w.notes = notes.toString();
    const QJsonObject view = root.value(QStringLiteral("view")).toObject();
    w.view.currentTarget = view.value(QStringLiteral("current_target")).toInt(w.targets.isEmpty() ? -1 : 0);
    w.view.currentReport = view.value(QStringLiteral("current_report")).toInt(int(w.reports.size()) - 1);
    w.view.selectedTab = view.value(QStringLiteral("selected_tab")).toString();
    for (const QJsonValue &size : view.value(QStringLiteral("splitter")).toArray())
        if (size.toInt() >= 0)
            w.view.splitterSizes << size.toInt();
    w.autosaveOf = root.value(QStringLiteral("autosave_of")).toString();
    // An index past the lists would crash a careless reader; fall back to "none".
    if (w.view.currentTarget < -1 || w.view.currentTarget >= w.targets.size())
        w.view.currentTarget = w.targets.isEmpty() ? -1 : 0;
    if (w.view.currentReport < -1 || w.view.currentReport >= w.reports.size())
        w.view.currentReport = int(w.reports.size()) - 1;
    if (out)
        *out = w;
    return true;
}

bool saveWorkspace(const QString &path, Workspace *workspace, Error *error)
{
    const QDateTime previous = workspace->savedAt;
    workspace->savedAt = QDateTime::currentDateTimeUtc();
    const QByteArray bytes = workspaceToJsonBytes(*workspace);
    Error why;
    if (!saveFileAtomically(path, bytes, &why)) {
        workspace->savedAt = previous;
        return fail(error, why.kind, phrase("Errors", "cannot save the workspace to %1: %2").arg(path).arg(messageOf(why)));
    }
    return true;
}

bool loadWorkspace(const QString &path, Workspace *out, Error *error)
{
    QByteArray bytes;
    Error readError;
    if (!readFileBounded(path, limits::kWorkspaceFileBytes, phrase("Errors", "workspace"), &bytes, &readError))
        return fail(error, readError.kind, phrase("Errors", "cannot open %1").arg(messageOf(readError)));
    Error message;
    if (!workspaceFromJson(bytes, out, &message))
        return fail(error, message.kind, phrase("Errors", "%1: %2").arg(path).arg(messageOf(message)));
    return true;
}

} // namespace mailtls::core
