#pragma once

// The syslog framing around a program's message, in the forms mail logs reach files in:
//
//   Mar  5 08:09:10 mx postfix/smtpd[1234]: MESSAGE                     classic (no year)
//   2024-03-05T08:09:10.123456+01:00 mx postfix/smtpd[1234]: MESSAGE    RFC 3339 (rsyslog)
//   2024-03-05T08:09:10+0100 mx exim[1234]: MESSAGE                     journalctl -o short-iso
//
// Hand-written (no regular expression): this runs once per line of logs of gigabytes.

#include <QDateTime>
#include <QString>
#include <QStringView>

namespace mailtls::core {

struct SyslogLine {
    QDateTime time;
    QString host;
    QString ident;       // "postfix/smtpd", "exim"
    qint64 pid = -1;     // -1 when the ident has no "[pid]"
    QStringView message; // a view into the line given to parseSyslogLine
};

// False when `line` has no such framing. `year` is used for classic time stamps.
bool parseSyslogLine(QStringView line, int year, SyslogLine *out);

// The length of an ISO 8601 time stamp at the start of `text` ("2026-12-06T02:46:09", a space
// for the T, ".123456", "Z"/"+01:00"/"+0100" right after) and its value; 0 when there is none.
int readIsoTimestamp(QStringView text, QDateTime *out);

// A wall-clock time of this machine's time zone, with its offset fixed: the zone is asked once
// an hour of log (asking it per line costs a file system lookup in the C library). Within the
// hour a daylight-saving change happens, the offset is the one at the start of that hour.
QDateTime localLogTime(QDate date, QTime time);

// The few values a log repeats on every line (the host, "postfix/smtpd", "esmtps"): one shared
// copy each a thread (the last 16 seen), so a line does not allocate them again.
QString internLogText(QStringView value);

// An RFC 3339 / ISO 8601 time stamp with optional fraction and offset ("Z", "+01:00" or
// "+0100"); invalid when it is none.
QDateTime parseIsoTimestamp(QStringView text);

} // namespace mailtls::core
