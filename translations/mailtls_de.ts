<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>mailtls</name>
    <message>
        <location filename="../app/cli/explain_command.cpp" line="66"/>
        <source>(try &apos;mailtls explain --help&apos;)</source>
        <translation>(siehe &apos;mailtls explain --help&apos;)</translation>
    </message>
    <message>
        <location filename="../app/cli/explain_command.cpp" line="75"/>
        <source>name a cipher suite, e.g. &apos;mailtls explain ECDHE-RSA-AES128-GCM-SHA256&apos;</source>
        <translation>nennen Sie eine Cipher-Suite, z. B. &apos;mailtls explain ECDHE-RSA-AES128-GCM-SHA256&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="114"/>
        <source>--%1 must be a number of seconds between 0 and 3600, not &apos;%2&apos;</source>
        <translation>--%1 muss eine Sekundenzahl zwischen 0 und 3600 sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="129"/>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein, nicht &apos;%4&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="140"/>
        <source>--%1 needs one name without spaces or line breaks</source>
        <translation>--%1 braucht einen Namen ohne Leerzeichen oder Zeilenumbrüche</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="157"/>
        <source>--starttls must be smtp, lmtp, imap, pop3, sieve, none or auto, not &apos;%1&apos;</source>
        <translation>--starttls muss smtp, lmtp, imap, pop3, sieve, none oder auto sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="179"/>
        <source>--sni and --no-sni contradict each other</source>
        <translation>--sni und --no-sni widersprechen einander</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="196"/>
        <source>--json %1: is a directory</source>
        <translation>--json %1: ist ein Verzeichnis</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="201"/>
        <source>--json %1: directory %2 does not exist</source>
        <translation>--json %1: Verzeichnis %2 existiert nicht</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="205"/>
        <source>--json %1: directory %2 is not writable</source>
        <translation>--json %1: Verzeichnis %2 ist nicht beschreibbar</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="209"/>
        <source>--json %1: file is not writable</source>
        <translation>--json %1: Datei ist nicht beschreibbar</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="221"/>
        <location filename="../app/cli/explain_command.cpp" line="80"/>
        <location filename="../app/cli/records_command.cpp" line="188"/>
        <source>--json needs a file name or &apos;-&apos;</source>
        <translation>--json braucht einen Dateinamen oder &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="231"/>
        <source>--html needs a file name</source>
        <translation>--html braucht einen Dateinamen</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="240"/>
        <source>--pdf needs a file name</source>
        <translation>--pdf braucht einen Dateinamen</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="247"/>
        <source>--fail-on must be info, low, medium, high or critical, not &apos;%1&apos;</source>
        <translation>--fail-on muss info, low, medium, high oder critical sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="274"/>
        <source>%1%2: no such file</source>
        <translation>%1%2: Datei nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="275"/>
        <location filename="../app/cli/common_options.cpp" line="295"/>
        <location filename="../app/cli/common_options.cpp" line="302"/>
        <source>%1%2: cannot read (%3)</source>
        <translation>%1%2: nicht lesbar (%3)</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="279"/>
        <source>%1%2: is a directory</source>
        <translation>%1%2: ist ein Verzeichnis</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="284"/>
        <source>%1%2: is not a regular file (a pipe, socket or device); save it to a file first</source>
        <translation>%1%2: ist keine reguläre Datei (eine Pipe, ein Socket oder ein Gerät); speichern Sie den Inhalt zuerst in einer Datei</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="289"/>
        <source>%1%2: is not a regular file</source>
        <translation>%1%2: ist keine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="328"/>
        <location filename="../app/cli/compare_command.cpp" line="284"/>
        <location filename="../app/cli/explain_command.cpp" line="128"/>
        <location filename="../app/cli/records_command.cpp" line="236"/>
        <location filename="../app/cli/simulate_command.cpp" line="474"/>
        <source>cannot write --json %1: %2</source>
        <translation>--json %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="338"/>
        <location filename="../app/cli/compare_command.cpp" line="291"/>
        <location filename="../app/cli/simulate_command.cpp" line="481"/>
        <source>cannot write --html %1: %2</source>
        <translation>--html %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="349"/>
        <location filename="../app/cli/compare_command.cpp" line="300"/>
        <location filename="../app/cli/simulate_command.cpp" line="489"/>
        <source>cannot write --pdf %1: %2</source>
        <translation>--pdf %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="381"/>
        <source>cannot read passphrase file %1: %2</source>
        <translation>Passphrasen-Datei %1 nicht lesbar: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="388"/>
        <source>passphrase file %1 is empty (the first line is the passphrase)</source>
        <translation>Passphrasen-Datei %1 ist leer (die erste Zeile ist die Passphrase)</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="416"/>
        <source>--proxy-pass-file needs --proxy</source>
        <translation>--proxy-pass-file braucht --proxy</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="433"/>
        <source>--proxy-pass-file needs a user in the --proxy URL (socks5://USER@HOST:PORT)</source>
        <translation>--proxy-pass-file braucht einen Benutzer in der --proxy-URL (socks5://USER@HOST:PORT)</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="135"/>
        <source>&apos;%1&apos; is not available in this build yet (try &apos;mailtls --help&apos;)</source>
        <translation>&apos;%1&apos; ist in diesem Build noch nicht verfügbar (siehe &apos;mailtls --help&apos;)</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="138"/>
        <source>unknown command &apos;%1&apos; (try &apos;mailtls --help&apos;)</source>
        <translation>unbekannter Befehl &apos;%1&apos; (siehe &apos;mailtls --help&apos;)</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="37"/>
        <source>TLS only, no mail protocol</source>
        <translation>nur TLS, kein Mail-Protokoll</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="37"/>
        <source>no mail protocol</source>
        <translation>kein Mail-Protokoll</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="39"/>
        <source>%1 inside implicit TLS</source>
        <translation>%1 in implizitem TLS</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="40"/>
        <source>%1 with STARTTLS</source>
        <translation>%1 mit STARTTLS</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="150"/>
        <source>--passphrase-file %1: the first line is empty</source>
        <translation>--passphrase-file %1: die erste Zeile ist leer</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="178"/>
        <source>Extensions</source>
        <translation>Erweiterungen</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="188"/>
        <source>not a CA</source>
        <translation>keine CA</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="190"/>
        <source>, path length %1</source>
        <translation>, Pfadlänge %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="192"/>
        <location filename="../app/cli/cert_inspect_command.cpp" line="197"/>
        <source> (critical)</source>
        <translation> (kritisch)</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="193"/>
        <source>Basic constraints</source>
        <translation>Basiseinschränkungen</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="198"/>
        <source>Key usage</source>
        <translation>Schlüsselverwendung</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="199"/>
        <source>Extended key usage</source>
        <translation>Erw. Schlüsselverwendung</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="201"/>
        <source>CA issuers</source>
        <translation>CA-Aussteller</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="202"/>
        <source>CRL distribution</source>
        <translation>CRL-Verteilung</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="203"/>
        <source>Subject key id</source>
        <translation>Subject-Key-ID</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="204"/>
        <source>Authority key id</source>
        <translation>Authority-Key-ID</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="212"/>
        <location filename="../app/cli/report_printer.cpp" line="48"/>
        <source>1 certificate</source>
        <translation>1 Zertifikat</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="212"/>
        <location filename="../app/cli/report_printer.cpp" line="48"/>
        <source>%1 certificates</source>
        <translation>%1 Zertifikate</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="214"/>
        <source>key does not match</source>
        <translation>Schlüssel passt nicht</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="215"/>
        <source>key matches</source>
        <translation>Schlüssel passt</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="277"/>
        <source>no certificate in %1 (only private keys)</source>
        <translation>kein Zertifikat in %1 (nur private Schlüssel)</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="53"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="53"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="227"/>
        <location filename="../app/cli/report_printer.cpp" line="58"/>
        <source>1 finding</source>
        <translation>1 Befund</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="227"/>
        <location filename="../app/cli/report_printer.cpp" line="58"/>
        <source>%1 findings</source>
        <translation>%1 Befunde</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="131"/>
        <source>accepts legacy servers</source>
        <translation>akzeptiert auch veraltete Server</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="132"/>
        <source>rejects keys weaker than %1 bits, e.g. RSA/DH under %2 bits</source>
        <translation>lehnt Schlüssel schwächer als %1 Bit ab, z. B. RSA/DH unter %2 Bit</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="134"/>
        <source>client ran at OpenSSL security level %1 (%2)</source>
        <translation>der Client lief mit OpenSSL-Sicherheitsstufe %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="144"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="145"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="146"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="148"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="149"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="150"/>
        <source>none sent</source>
        <translation>keine gesendet</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="152"/>
        <source>Certificate name</source>
        <translation>Zertifikatsname</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="158"/>
        <source>Transcript</source>
        <translation>Mitschnitt</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="190"/>
        <source>(nothing was exchanged)</source>
        <translation>(nichts ausgetauscht)</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="199"/>
        <source>the session ended before TLS</source>
        <translation>die Sitzung endete vor TLS</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="201"/>
        <source>STARTTLS was refused: %1</source>
        <translation>STARTTLS wurde abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="203"/>
        <source>the server does not offer STARTTLS</source>
        <translation>der Server bietet kein STARTTLS an</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="204"/>
        <source>not attempted: </source>
        <translation>nicht versucht: </translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="208"/>
        <source>handshake failed</source>
        <translation>Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="209"/>
        <location filename="../app/cli/report_printer.cpp" line="308"/>
        <source>Handshake</source>
        <translation>Handshake</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="209"/>
        <source>failed: </source>
        <translation>fehlgeschlagen: </translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="213"/>
        <source> (sent by the server)</source>
        <translation> (vom Server gesendet)</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="215"/>
        <source> (sent by us)</source>
        <translation> (von uns gesendet)</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="216"/>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="219"/>
        <location filename="../app/cli/report_printer.cpp" line="221"/>
        <source>Protocol</source>
        <translation>Protokollversion</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="227"/>
        <source>code %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="230"/>
        <source>Cipher</source>
        <translation>Cipher-Suite</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="233"/>
        <source>Key exchange group</source>
        <translation>Schlüsselaustausch</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="235"/>
        <source>Server temp key</source>
        <translation>Kurzzeitschlüssel</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="236"/>
        <source>%1 %2 bits</source>
        <translation>%1 %2 Bit</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="239"/>
        <source>Peer signature</source>
        <translation>Server-Signatur</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="242"/>
        <source>%1 with %2</source>
        <translation>%1 mit %2</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="244"/>
        <source>Compression</source>
        <translation>Kompression</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="244"/>
        <location filename="../app/cli/report_printer.cpp" line="398"/>
        <location filename="../app/cli/report_printer.cpp" line="618"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="247"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="248"/>
        <source>failed: code %1 (%2)</source>
        <translation>fehlgeschlagen: Code %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="249"/>
        <location filename="../app/cli/report_printer.cpp" line="251"/>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="251"/>
        <location filename="../app/cli/simulate_command.cpp" line="172"/>
        <location filename="../app/cli/simulate_command.cpp" line="350"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="254"/>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="255"/>
        <source>requested by the server, sent</source>
        <translation>vom Server verlangt, gesendet</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="256"/>
        <source>requested by the server, none sent</source>
        <translation>vom Server verlangt, keines gesendet</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="258"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="258"/>
        <source>resumed</source>
        <translation>wiederaufgenommen</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="259"/>
        <source>Note: </source>
        <translation>Hinweis: </translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="268"/>
        <location filename="../app/cli/report_printer.cpp" line="280"/>
        <source>keyword</source>
        <translation>Schlüsselwort</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="269"/>
        <location filename="../app/cli/report_printer.cpp" line="280"/>
        <source>before TLS</source>
        <translation>vor TLS</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="275"/>
        <location filename="../app/cli/report_printer.cpp" line="594"/>
        <location filename="../app/cli/report_printer.cpp" line="644"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="278"/>
        <source>EHLO before and after STARTTLS</source>
        <translation>EHLO vor und nach STARTTLS</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="278"/>
        <source>Capabilities before and after STARTTLS</source>
        <translation>Fähigkeiten vor und nach STARTTLS</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="281"/>
        <source>after TLS</source>
        <translation>nach TLS</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="296"/>
        <source>(expected: not offered again inside TLS)</source>
        <translation>(erwartet: innerhalb von TLS nicht erneut angeboten)</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="301"/>
        <source>Nothing changed but STARTTLS itself.</source>
        <translation>Außer STARTTLS selbst hat sich nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="302"/>
        <source>%1 keyword(s) changed with TLS (+ added, - removed, ~ other parameters).</source>
        <translation>%1 Schlüsselwort/-wörter mit TLS geändert (+ hinzugekommen, - weggefallen, ~ andere Parameter).</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="310"/>
        <source>(no handshake messages recorded)</source>
        <translation>(keine Handshake-Nachrichten aufgezeichnet)</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="311"/>
        <location filename="../app/cli/report_printer.cpp" line="330"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="312"/>
        <location filename="../app/cli/report_printer.cpp" line="330"/>
        <source>Dir</source>
        <translation>Ri.</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="313"/>
        <location filename="../app/cli/report_printer.cpp" line="330"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="314"/>
        <location filename="../app/cli/report_printer.cpp" line="330"/>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="331"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="356"/>
        <source>Certificate chain</source>
        <translation>Zertifikatskette</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="357"/>
        <source>Certificate chain (%1)</source>
        <translation>Zertifikatskette (%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="360"/>
        <source>No certificate was served.</source>
        <translation>Es wurde kein Zertifikat geliefert.</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="370"/>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="371"/>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="372"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="375"/>
        <source>(not valid yet: starts in %1)</source>
        <translation>(noch nicht gültig: beginnt in %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="380"/>
        <source>(EXPIRED %1 ago)</source>
        <translation>(ABGELAUFEN vor %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="384"/>
        <source>(%1 left)</source>
        <translation>(noch %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="388"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="389"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="390"/>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="401"/>
        <source>Subject hash</source>
        <translation>Subject-Hash</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="406"/>
        <source>self-signed</source>
        <translation>selbstsigniert</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="407"/>
        <source>Flags</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="407"/>
        <source>end entity</source>
        <translation>Endzertifikat</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="415"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="415"/>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="416"/>
        <source>Findings (%1)</source>
        <translation>Befunde (%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="428"/>
        <source>Evidence: </source>
        <translation>Beleg: </translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="136"/>
        <source>compared %1 servers: %2 difference(s), %3 the same, %4 not comparable
</source>
        <translation>%1 Server verglichen: %2 Unterschied(e), %3 gleich, %4 nicht vergleichbar
</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="148"/>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="155"/>
        <source>Differences: none</source>
        <translation>Unterschiede: keine</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="156"/>
        <source>  The servers agree on everything the reports hold in common.

</source>
        <translation>  Die Server stimmen in allem überein, was die Berichte gemeinsam enthalten.

</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="158"/>
        <source>Differences (%1)</source>
        <translation>Unterschiede (%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="166"/>
        <source>Same (%1)</source>
        <translation>Gleich (%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="174"/>
        <source>Not comparable: held by one report only (%1)</source>
        <translation>Nicht vergleichbar: nur in einem Bericht enthalten (%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="181"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="197"/>
        <source>(try &apos;mailtls compare --help&apos;)</source>
        <translation>(siehe &apos;mailtls compare --help&apos;)</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="223"/>
        <source>  scanning %1 server(s)...
</source>
        <translation>  scanne %1 Server...
</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="227"/>
        <source>  scanned %1 (%2 connections, %3 s)
</source>
        <translation>  %1 gescannt (%2 Verbindungen, %3 s)
</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="236"/>
        <location filename="../app/cli/report_printer.cpp" line="454"/>
        <location filename="../app/cli/report_printer.cpp" line="672"/>
        <location filename="../app/cli/scan_command.cpp" line="87"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="244"/>
        <location filename="../app/cli/scan_command.cpp" line="91"/>
        <location filename="../app/cli/simulate_command.cpp" line="458"/>
        <source>cannot scan %1: %2</source>
        <translation>%1 kann nicht gescannt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="262"/>
        <source>live scan now</source>
        <translation>jetzt live gescannt</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="264"/>
        <source>time unknown</source>
        <translation>Zeit unbekannt</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="265"/>
        <source>saved %1 report of %2, %3</source>
        <translation>gespeicherter %1-Bericht von %2, %3</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="456"/>
        <location filename="../app/cli/report_printer.cpp" line="674"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="460"/>
        <source>stopped: %1</source>
        <translation>abgebrochen: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="468"/>
        <source>certificate verified</source>
        <translation>Zertifikat geprüft</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="469"/>
        <source>certificate not verified (code %1)</source>
        <translation>Zertifikat nicht bestätigt (Code %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="471"/>
        <source>TLS handshake failed</source>
        <translation>TLS-Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="472"/>
        <source>TLS handshake failed (%1)</source>
        <translation>TLS-Handshake fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="476"/>
        <source>no TLS (STARTTLS refused: %1)</source>
        <translation>kein TLS (STARTTLS abgelehnt: %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="478"/>
        <source>no TLS</source>
        <translation>kein TLS</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="478"/>
        <source>no TLS (STARTTLS not offered)</source>
        <translation>kein TLS (STARTTLS nicht angeboten)</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="217"/>
        <location filename="../app/cli/report_printer.cpp" line="483"/>
        <location filename="../app/cli/report_printer.cpp" line="689"/>
        <source>no findings</source>
        <translation>keine Befunde</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="497"/>
        <source>likely: %1</source>
        <translation>vermutlich: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="529"/>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="531"/>
        <source>No scan ran.</source>
        <translation>Es lief kein Scan.</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="535"/>
        <source>Protocols</source>
        <translation>Protokollversionen</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="539"/>
        <location filename="../app/cli/report_printer.cpp" line="599"/>
        <location filename="../app/cli/report_printer.cpp" line="649"/>
        <source>not tested</source>
        <translation>nicht getestet</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="541"/>
        <location filename="../app/cli/report_printer.cpp" line="633"/>
        <source>accepted</source>
        <translation>akzeptiert</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="543"/>
        <source>not accepted</source>
        <translation>nicht akzeptiert</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="561"/>
        <source>client&apos;s order</source>
        <translation>Reihenfolge des Clients</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="563"/>
        <source>server&apos;s order</source>
        <translation>Reihenfolge des Servers</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="565"/>
        <source>order not tested</source>
        <translation>Reihenfolge nicht getestet</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="566"/>
        <source>%1 suites (%2, %3)</source>
        <translation>%1-Suites (%2, %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="578"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="578"/>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="579"/>
        <source>DH prime</source>
        <translation>DH-Primzahl</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="579"/>
        <source>%1 bits (smallest seen)</source>
        <translation>%1 Bit (kleinste gesehene)</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="580"/>
        <source>no DHE suite accepted</source>
        <translation>keine DHE-Suite akzeptiert</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="581"/>
        <source>Certificate types</source>
        <translation>Zertifikatstypen</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="582"/>
        <location filename="../app/cli/simulate_command.cpp" line="363"/>
        <source>none seen</source>
        <translation>keine gesehen</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="595"/>
        <location filename="../app/cli/report_printer.cpp" line="645"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="601"/>
        <source>Hygiene</source>
        <translation>Hygiene</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="607"/>
        <source>Attacks</source>
        <translation>Angriffe</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="608"/>
        <source>heartbleed leak %1, CCS injection accepted %2, ROBOT oracle %3, ticketbleed leak %4</source>
        <translation>Heartbleed-Leck %1, CCS-Injection akzeptiert %2, ROBOT-Orakel %3, Ticketbleed-Leck %4</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="612"/>
        <source> (no lifetime hint)</source>
        <translation> (ohne Lebensdauer-Hinweis)</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="612"/>
        <source> (lifetime %1 s)</source>
        <translation> (Lebensdauer %1 s)</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="614"/>
        <source>Resumption</source>
        <translation>Wiederaufnahme</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="615"/>
        <source>session id %1, ticket %2%3, TLS 1.3 ticket %4%5</source>
        <translation>Session-ID %1, Ticket %2%3, TLS-1.3-Ticket %4%5</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="620"/>
        <source>unusable (see --json)</source>
        <translation>unbrauchbar (siehe --json)</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="622"/>
        <source>, this update %1</source>
        <translation>, dieses Update %1</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="624"/>
        <source>, next update %1%2</source>
        <translation>, nächstes Update %1%2</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="626"/>
        <source> (passed)</source>
        <translation> (verstrichen)</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="629"/>
        <source>; the certificate is must-staple</source>
        <translation>; das Zertifikat verlangt Stapling (must-staple)</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="630"/>
        <source>OCSP staple</source>
        <translation>OCSP-Stapling</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="635"/>
        <source>not offered</source>
        <translation>nicht angeboten</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="635"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="636"/>
        <source>0-RTT</source>
        <translation>0-RTT</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="652"/>
        <source>role %1: MAIL before TLS %2, AUTH before TLS %3, command injection %4</source>
        <translation>Rolle %1: MAIL vor TLS %2, AUTH vor TLS %3, Befehlsinjektion %4</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="655"/>
        <source>%1 byte(s) of cleartext after the 220 to STARTTLS</source>
        <translation>%1 Byte Klartext nach der 220 auf STARTTLS</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="657"/>
        <source>%1 connections, %2 handshakes</source>
        <translation>%1 Verbindungen, %2 Handshakes</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="659"/>
        <source>, %1 retries after busy answers</source>
        <translation>, %1 Wiederholungen nach Besetzt-Antworten</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="660"/>
        <source>Cost</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="660"/>
        <source> in %1 s</source>
        <translation> in %1 s</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="684"/>
        <source>no TLS version accepted</source>
        <translation>keine TLS-Version akzeptiert</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="685"/>
        <source>%1; %2 suite/version pairs</source>
        <translation>%1; %2 Suite/Version-Paare</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="686"/>
        <source>%1 connections</source>
        <translation>%1 Verbindungen</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_command.cpp" line="47"/>
        <source>scanning: %1/%2 connections, %3 s
</source>
        <translation>Scan: %1/%2 Verbindungen, %3 s
</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_command.cpp" line="52"/>
        <source>  scanning [%1%2] %3/%4 connections </source>
        <translation>  Scan [%1%2] %3/%4 Verbindungen </translation>
    </message>
    <message>
        <location filename="../app/cli/scan_command.cpp" line="103"/>
        <source>(try &apos;mailtls scan --help&apos;)</source>
        <translation>(siehe &apos;mailtls scan --help&apos;)</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="165"/>
        <source>Built-in partner profiles (mailtls simulate --client NAME):

</source>
        <translation>Eingebaute Partnerprofile (mailtls simulate --client NAME):

</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="168"/>
        <source>  %1
      %2
      offers %3; %4 suites up to TLS 1.2, %5 TLS 1.3 suites; minimum DH %6
</source>
        <translation>  %1
      %2
      bietet %3; %4 Suites bis TLS 1.2, %5 TLS-1.3-Suites; minimale DH-Größe %6
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="172"/>
        <location filename="../app/cli/simulate_command.cpp" line="350"/>
        <location filename="../app/cli/simulate_command.cpp" line="363"/>
        <source>%1 bits</source>
        <translation>%1 Bit</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="173"/>
        <location filename="../app/cli/simulate_command.cpp" line="351"/>
        <source>source: </source>
        <translation>Quelle: </translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="176"/>
        <source>  (a profile file did not load: %1)
</source>
        <translation>  (eine Profildatei ließ sich nicht laden: %1)
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="202"/>
        <source>unexpected &apos;%1&apos;: name the server with --server or --report</source>
        <translation>unerwartet &apos;%1&apos;: nennen Sie den Server mit --server oder --report</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="207"/>
        <source>name the server with either --server HOST[:PORT] or --report FILE.json</source>
        <translation>nennen Sie den Server entweder mit --server HOST[:PORT] oder mit --report FILE.json</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="230"/>
        <source>--%1 needs --server (a report is not contacted)</source>
        <translation>--%1 braucht --server (ein Bericht wird nicht kontaktiert)</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="240"/>
        <source>--report %1: holds no scan section (make one with &apos;mailtls scan HOST --json FILE&apos;)</source>
        <translation>--report %1: enthält keinen Scan-Abschnitt (erstellen mit &apos;mailtls scan HOST --json FILE&apos;)</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="246"/>
        <source>name the partner with either --client PROFILE or --cipher-list LIST</source>
        <translation>nennen Sie den Partner entweder mit --client PROFILE oder mit --cipher-list LIST</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="256"/>
        <source>unknown profile &apos;%1&apos;; built-in: %2</source>
        <translation>unbekanntes Profil &apos;%1&apos;; eingebaut: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="261"/>
        <source>--syntax applies to --cipher-list only</source>
        <translation>--syntax gilt nur für --cipher-list</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="267"/>
        <source>--syntax must be auto, openssl, iana or gnutls, not &apos;%1&apos;</source>
        <translation>--syntax muss auto, openssl, iana oder gnutls sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="285"/>
        <source>--versions: unknown version &apos;%1&apos; (use 1.0, 1.1, 1.2, 1.3 or SSLv3)</source>
        <translation>--versions: unbekannte Version &apos;%1&apos; (erlaubt: 1.0, 1.1, 1.2, 1.3 oder SSLv3)</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="300"/>
        <source>--groups: unknown group &apos;%1&apos;</source>
        <translation>--groups: unbekannte Gruppe &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="312"/>
        <source>--sigalgs: unknown signature algorithm &apos;%1&apos;</source>
        <translation>--sigalgs: unbekannter Signaturalgorithmus &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="323"/>
        <source>--min-dh-bits must be a whole number from 0 to 16384, not &apos;%1&apos;</source>
        <translation>--min-dh-bits muss eine ganze Zahl von 0 bis 16384 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="328"/>
        <source>the partner offers no suite for any of its versions (%1)</source>
        <translation>der Partner bietet für keine seiner Versionen eine Suite an (%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="344"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="345"/>
        <source>          offers %1; %2 suites up to TLS 1.2, %3 TLS 1.3 suites; groups: %4; minimum DH: %5
</source>
        <translation>          bietet %1; %2 Suites bis TLS 1.2, %3 TLS-1.3-Suites; Gruppen: %4; minimale DH-Größe: %5
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="349"/>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="353"/>
        <source>          not understood (left out): %1
</source>
        <translation>          nicht verstanden (weggelassen): %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="359"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="360"/>
        <source>          accepts %1; certificates: %2; DH prime: %3
</source>
        <translation>          akzeptiert %1; Zertifikate: %2; DH-Primzahl: %3
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="361"/>
        <source>no version</source>
        <translation>keine Version</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="362"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="366"/>
        <source>Prediction: CONNECTS — %1 with %2%3
</source>
        <translation>Vorhersage: VERBINDET — %1 mit %2%3
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="368"/>
        <location filename="../app/cli/simulate_command.cpp" line="395"/>
        <source>, group %1</source>
        <translation>, Gruppe %1</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="370"/>
        <source>Prediction: FAILS — %1
</source>
        <translation>Vorhersage: SCHEITERT — %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="373"/>
        <source>  How:
</source>
        <translation>  Wie:
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="380"/>
        <source>
Fix for Exim:
</source>
        <translation>
Lösung für Exim:
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="382"/>
        <source>Fix for Postfix:
</source>
        <translation>Lösung für Postfix:
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="386"/>
        <source>
Live handshake (%1)
</source>
        <translation>
Echter Handshake (%1)
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="387"/>
        <source>mailtls&apos;s own ClientHello: the exact offer</source>
        <translation>das eigene ClientHello von mailtls: genau das Angebot</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="388"/>
        <source>OpenSSL client with the partner&apos;s offer</source>
        <translation>OpenSSL-Client mit dem Angebot des Partners</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="390"/>
        <source>  left out (this OpenSSL cannot send them): %1
</source>
        <translation>  weggelassen (dieses OpenSSL kann sie nicht senden): %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="392"/>
        <source>  server chose %1 with %2%3
</source>
        <translation>  Server wählte %1 mit %2%3
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="394"/>
        <source>, %1-bit DH prime</source>
        <translation>, %1-Bit-DH-Primzahl</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="399"/>
        <source>  the partner would stop here: %1
</source>
        <translation>  der Partner würde hier abbrechen: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="401"/>
        <source>  error: %1
</source>
        <translation>  Fehler: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="444"/>
        <source>  scanning the server: %1/%2 connections </source>
        <translation>  scanne den Server: %1/%2 Verbindungen </translation>
    </message>
    <message>
        <location filename="../app/cli/cert_command.cpp" line="76"/>
        <source>unknown subcommand &apos;%1&apos; (try &apos;mailtls cert --help&apos;)</source>
        <translation>unbekannter Unterbefehl &apos;%1&apos; (siehe &apos;mailtls cert --help&apos;)</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="85"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="110"/>
        <location filename="../app/cli/cert_inspect_command.cpp" line="241"/>
        <location filename="../app/cli/domain_command.cpp" line="390"/>
        <location filename="../app/cli/fleet_command.cpp" line="226"/>
        <location filename="../app/cli/queue_command.cpp" line="581"/>
        <location filename="../app/cli/records_command.cpp" line="102"/>
        <location filename="../app/cli/simulate_command.cpp" line="426"/>
        <source>(try &apos;%1 --help&apos;)</source>
        <translation>(siehe &apos;%1 --help&apos;)</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="211"/>
        <source>Would a sender deliver to %1?</source>
        <translation>Würde ein Absender an %1 zustellen?</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="220"/>
        <source>not looked up</source>
        <translation>nicht abgefragt</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="222"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="232"/>
        <source>MX (%1)</source>
        <translation>MX (%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="234"/>
        <source>  null MX (RFC 7505): the domain accepts no mail

</source>
        <translation>  Null-MX (RFC 7505): die Domain nimmt keine Mail an

</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="236"/>
        <source>  no MX records: the domain&apos;s own addresses stand in (RFC 5321 §5.1)
</source>
        <translation>  keine MX-Einträge: die eigenen Adressen der Domain treten an ihre Stelle (RFC 5321 §5.1)
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="238"/>
        <source>  no MX host

</source>
        <translation>  kein MX-Host

</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="242"/>
        <source>  (not checked)
</source>
        <translation>  (nicht geprüft)
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="254"/>
        <source>        no address
</source>
        <translation>        keine Adresse
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="260"/>
        <source>        %1  (not connected: --no-sessions)
</source>
        <translation>        %1  (nicht verbunden: --no-sessions)
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="262"/>
        <source>        and %1 more address(es), not checked
</source>
        <translation>        und %1 weitere Adresse(n), nicht geprüft
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="277"/>
        <source>no connection: %1</source>
        <translation>keine Verbindung: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="279"/>
        <source>no STARTTLS</source>
        <translation>kein STARTTLS</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="281"/>
        <source>TLS failed: %1</source>
        <translation>TLS fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="286"/>
        <source>CN=%1 until %2</source>
        <translation>CN=%1 bis %2</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="288"/>
        <source>trusted</source>
        <translation>vertrauenswürdig</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="288"/>
        <source>untrusted</source>
        <translation>nicht vertrauenswürdig</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="289"/>
        <source>name ok</source>
        <translation>Name ok</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="289"/>
        <source>name mismatch</source>
        <translation>Name passt nicht</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="297"/>
        <source>DANE (TLSA records)</source>
        <translation>DANE (TLSA-Einträge)</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="456"/>
        <source>Domain %1</source>
        <translation>Domain %1</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="475"/>
        <source>Records to publish (the MX set and the keys served now)</source>
        <translation>Zu veröffentlichende Einträge (die MX-Menge und die jetzt gelieferten Schlüssel)</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="209"/>
        <source>Mail logs: %1 file(s), %2 lines (%3 not understood), %4 distinct messages, %5 – %6
</source>
        <translation>Mail-Logs: %1 Datei(en), %2 Zeilen (%3 nicht verstanden), %4 verschiedene Nachrichten, %5 – %6
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="214"/>
        <source>  %1  %2%3  %4 lines, %5 parsed, %6 not understood%7%8
</source>
        <translation>  %1  %2%3  %4 Zeilen, %5 gelesen, %6 nicht verstanden%7%8
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="218"/>
        <source>, %1 outside the time range</source>
        <translation>, %1 außerhalb des Zeitraums</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="219"/>
        <source>, %1 cut at the line limit</source>
        <translation>, %1 an der Zeilengrenze gekürzt</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="221"/>
        <source>    stopped: %1
</source>
        <translation>    abgebrochen: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="223"/>
        <source>    no known log format in the first lines (Exim main log, syslog with Exim or Postfix, journalctl short-iso or json)
</source>
        <translation>    kein bekanntes Log-Format in den ersten Zeilen (Exim-Mainlog, Syslog mit Exim oder Postfix, journalctl short-iso oder json)
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="225"/>
        <source>    line %1: %2
</source>
        <translation>    Zeile %1: %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="227"/>
        <source>    … and %1 more not understood
</source>
        <translation>    … und %1 weitere nicht verstanden
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="229"/>
        <source>
Partners: %1 inbound, %2 outbound; %3 messages, TLS %4; %5 cleartext (%6 partner(s)), %7 after a TLS failure
</source>
        <translation>
Partner: %1 eingehend, %2 ausgehend; %3 Nachrichten, TLS %4; %5 im Klartext (%6 Partner), %7 nach einem TLS-Fehler
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="238"/>
        <source>
TLS failures by cause
</source>
        <translation>
TLS-Fehler nach Ursache
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="249"/>
        <source>      … and %1 more
</source>
        <translation>      … und %1 weitere
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="256"/>
        <source>      %1 %2  ×%3, last %4
</source>
        <translation>      %1 %2  ×%3, zuletzt %4
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="260"/>
        <source>        e.g. %1 (%2)
</source>
        <translation>        z. B. %1 (%2)
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="264"/>
        <source>    next: %1
</source>
        <translation>    nächster Schritt: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="278"/>
        <source>
Cleartext partners
</source>
        <translation>
Partner im Klartext
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="282"/>
        <source>  … and %1 more
</source>
        <translation>  … und %1 weitere
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="285"/>
        <source>  %1 %2  %3 of %4 message(s) in cleartext%5, last %6
</source>
        <translation>  %1 %2  %3 von %4 Nachricht(en) im Klartext%5, zuletzt %6
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="295"/>
        <source>
Partners (most failures first, then most messages)
</source>
        <translation>
Partner (die meisten Fehler zuerst, dann die meisten Nachrichten)
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="299"/>
        <source>  … and %1 more (--top 0 lists all)
</source>
        <translation>  … und %1 weitere (--top 0 listet alle)
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="312"/>
        <source>      %1 message(s), %2 connection(s), TLS %3: %4
</source>
        <translation>      %1 Nachricht(en), %2 Verbindung(en), TLS %3: %4
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="314"/>
        <source>      cipher %1; verified %2; first %3, last %4
</source>
        <translation>      Cipher %1; geprüft %2; zuerst %3, zuletzt %4
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="325"/>
        <source>      failures: %1
</source>
        <translation>      Fehler: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="331"/>
        <source>
What breaks if: %1
</source>
        <translation>
Was bricht, wenn: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="333"/>
        <source>  cannot simulate: %1
</source>
        <translation>  Simulation nicht möglich: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="335"/>
        <source>  server as simulated: %1
</source>
        <translation>  Server wie simuliert: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="342"/>
        <source>    %1 %2  %3 message(s), last seen %4%5
</source>
        <translation>    %1 %2  %3 Nachricht(en), zuletzt gesehen %4%5
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="350"/>
        <source>  unaffected: %1 partner(s) keep a version and suite they used; %2 never used TLS here
</source>
        <translation>  nicht betroffen: %1 Partner behalten eine Version und Suite, die sie benutzt haben; %2 haben hier nie TLS benutzt
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="354"/>
        <source>note: </source>
        <translation>Hinweis: </translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="69"/>
        <source>--%1 must be a port from 0 to 65535, not &apos;%2&apos;</source>
        <translation>--%1 muss ein Port von 0 bis 65535 sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="120"/>
        <source>unexpected argument &apos;%1&apos; (the server always listens on 127.0.0.1; use --port)</source>
        <translation>unerwartetes Argument &apos;%1&apos; (der Server lauscht immer auf 127.0.0.1; verwenden Sie --port)</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="131"/>
        <source>unknown personality &apos;%1&apos;; choose one of: %2</source>
        <translation>unbekannte Persönlichkeit &apos;%1&apos;; wählen Sie eine von: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="140"/>
        <source>--port and --tls-port must differ (both %1)</source>
        <translation>--port und --tls-port müssen sich unterscheiden (beide %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="155"/>
        <source>unexpected argument &apos;%1&apos;: names are given with --domain and --mx</source>
        <translation>unerwartetes Argument &apos;%1&apos;: Namen werden mit --domain und --mx angegeben</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="158"/>
        <source>--domain DOMAIN is required</source>
        <translation>--domain DOMAIN ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="160"/>
        <source>name the domain&apos;s MX hosts (--mx HOST, once per host)</source>
        <translation>nennen Sie die MX-Hosts der Domain (--mx HOST, einmal je Host)</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="162"/>
        <source>--no-sts and --sts-mode/--sts-max-age/--sts-id exclude each other</source>
        <translation>--no-sts und --sts-mode/--sts-max-age/--sts-id schließen einander aus</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="164"/>
        <source>--cert, --key and --next-key are given once each</source>
        <translation>--cert, --key und --next-key werden je einmal angegeben</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="183"/>
        <source>--sts-id needs a value (1-32 letters and digits)</source>
        <translation>--sts-id braucht einen Wert (1-32 Buchstaben und Ziffern)</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::CapabilitiesView</name>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="36"/>
        <source>Keyword</source>
        <translation>Schlüsselwort</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="36"/>
        <source>Before TLS</source>
        <translation>Vor TLS</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="36"/>
        <source>After TLS</source>
        <translation>Nach TLS</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="36"/>
        <source>With TLS</source>
        <translation>Mit TLS</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="46"/>
        <source>RFC 3207: after STARTTLS the client forgets the first list and asks again, because an attacker could have changed the cleartext one.</source>
        <translation>RFC 3207: Nach STARTTLS vergisst der Client die erste Liste und fragt erneut, weil ein Angreifer die Klartext-Liste verändert haben könnte.</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="73"/>
        <source>not offered</source>
        <translation>nicht angeboten</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="75"/>
        <source>offered</source>
        <translation>angeboten</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="100"/>
        <source>gone after TLS (expected)</source>
        <translation>nach TLS weg (erwartet)</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="106"/>
        <source>+ added after TLS (good: passwords only inside TLS)</source>
        <translation>+ erst nach TLS (gut: Passwörter nur innerhalb von TLS)</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="107"/>
        <source>+ added after TLS</source>
        <translation>+ erst nach TLS</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="111"/>
        <source>− gone after TLS</source>
        <translation>− nach TLS weg</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="115"/>
        <source>~ other parameters after TLS</source>
        <translation>~ nach TLS andere Parameter</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="131"/>
        <source>Only an EHLO after TLS in this session.</source>
        <translation>In dieser Sitzung gibt es nur ein EHLO nach TLS.</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="132"/>
        <source>Only an EHLO before TLS in this session: nothing to compare.</source>
        <translation>In dieser Sitzung gibt es nur ein EHLO vor TLS: nichts zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="134"/>
        <source>Nothing changed with TLS but STARTTLS itself, which is not offered again inside TLS.</source>
        <translation>Mit TLS hat sich nichts geändert außer STARTTLS selbst, das innerhalb von TLS nicht erneut angeboten wird.</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="136"/>
        <source>1 keyword changed with TLS (marked); STARTTLS itself is not offered again inside TLS.</source>
        <translation>1 Schlüsselwort hat sich mit TLS geändert (markiert); STARTTLS selbst wird innerhalb von TLS nicht erneut angeboten.</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="137"/>
        <source>%1 keywords changed with TLS (marked); STARTTLS itself is not offered again inside TLS.</source>
        <translation>%1 Schlüsselwörter haben sich mit TLS geändert (markiert); STARTTLS selbst wird innerhalb von TLS nicht erneut angeboten.</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::CertificateChainModel</name>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="73"/>
        <source>expired today</source>
        <translation>heute abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="73"/>
        <source>expired 1 day ago</source>
        <translation>vor 1 Tag abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="73"/>
        <source>expired %1 days ago</source>
        <translation>vor %1 Tagen abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="76"/>
        <source>not valid yet</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="78"/>
        <source>expires today</source>
        <translation>läuft heute ab</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="78"/>
        <source>1 day left</source>
        <translation>noch 1 Tag</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="78"/>
        <source>%1 days left</source>
        <translation>noch %1 Tage</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="88"/>
        <source>leaf</source>
        <translation>Endzertifikat</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="90"/>
        <source>self-signed</source>
        <translation>selbstsigniert</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="92"/>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="94"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="96"/>
        <source>not yet valid</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="98"/>
        <source>expires soon</source>
        <translation>läuft bald ab</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="173"/>
        <source>Position %1 in the served chain
Subject: %2
Issuer: %3</source>
        <translation>Position %1 in der ausgelieferten Kette
Antragsteller: %2
Aussteller: %3</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="196"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="197"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="198"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="199"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::CertificateChainView</name>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="48"/>
        <source>No certificates yet. The chain the server presents appears here after the handshake, or open certificate files with File → Open Certificate….</source>
        <translation>Noch keine Zertifikate. Die vom Server vorgelegte Kette erscheint hier nach dem Handshake, oder öffnen Sie Zertifikatsdateien mit Datei → Zertifikat öffnen ….</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="63"/>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="64"/>
        <source>Subject:</source>
        <translation>Antragsteller:</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="65"/>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="66"/>
        <source>Serial:</source>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="67"/>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="68"/>
        <source>Public key:</source>
        <translation>Öffentlicher Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="69"/>
        <source>Signature:</source>
        <translation>Signatur:</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="70"/>
        <source>Alternative names:</source>
        <translation>Alternative Namen:</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="71"/>
        <source>Basic constraints:</source>
        <translation>Basiseinschränkungen:</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="72"/>
        <source>Key usage:</source>
        <translation>Schlüsselverwendung:</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="73"/>
        <source>Extended key usage:</source>
        <translation>Erweiterte Schlüsselverwendung:</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="74"/>
        <source>OCSP responder:</source>
        <translation>OCSP-Responder:</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="75"/>
        <source>CA issuers:</source>
        <translation>CA-Aussteller:</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="76"/>
        <source>CRL distribution:</source>
        <translation>CRL-Verteilungspunkte:</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="77"/>
        <source>Subject key ID:</source>
        <translation>Antragsteller-Schlüssel-ID:</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="78"/>
        <source>Authority key ID:</source>
        <translation>Schlüssel-ID der Zertifizierungsstelle:</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="79"/>
        <source>Other extensions:</source>
        <translation>Weitere Erweiterungen:</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="80"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="81"/>
        <source>Public key SHA-256:</source>
        <translation>SHA-256 des öffentlichen Schlüssels:</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="82"/>
        <source>Subject hash:</source>
        <translation>Antragsteller-Hash:</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="96"/>
        <source>openssl x509 -text of the selected certificate</source>
        <translation>openssl x509 -text des gewählten Zertifikats</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="199"/>
        <source>%1 of %2 in the served chain</source>
        <translation>%1 von %2 in der ausgelieferten Kette</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="200"/>
        <source>%1 of %2, in the order a server would send them</source>
        <translation>%1 von %2, in der Reihenfolge, in der ein Server sie senden würde</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="209"/>
        <source>%1 to %2 (%3)</source>
        <translation>%1 bis %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="221"/>
        <location filename="../ui/views/certificate_chain_view.cpp" line="222"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="229"/>
        <source>CA, path length %1</source>
        <translation>CA, Pfadlänge %1</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="229"/>
        <source>CA, no path length limit</source>
        <translation>CA, keine Begrenzung der Pfadlänge</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="230"/>
        <source>not a CA</source>
        <translation>keine CA</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="232"/>
        <location filename="../ui/views/certificate_chain_view.cpp" line="237"/>
        <source> (critical)</source>
        <translation> (kritisch)</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="259"/>
        <source>%1 (critical)</source>
        <translation>%1 (kritisch)</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::CertificateGeneratorDialog</name>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="80"/>
        <source>Generate Certificate</source>
        <translation>Zertifikat erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="83"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="88"/>
        <source>Self-signed certificate</source>
        <translation>Selbstsigniertes Zertifikat</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="89"/>
        <source>Certificate signing request (CSR) for a CA</source>
        <translation>Zertifikatsanforderung (CSR) für eine CA</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="90"/>
        <source>Certificate signed by a CA directory</source>
        <translation>Von einem CA-Verzeichnis signiertes Zertifikat</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="91"/>
        <source>&amp;Make:</source>
        <translation>&amp;Erstellen:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="98"/>
        <source>directory made by mailtls cert ca init</source>
        <translation>mit mailtls cert ca init erstelltes Verzeichnis</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="100"/>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="152"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="104"/>
        <source>CA key passphrase (if any)</source>
        <translation>Passphrase des CA-Schlüssels (falls vorhanden)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="108"/>
        <source>CA:</source>
        <translation>CA:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="115"/>
        <source>&amp;Key type:</source>
        <translation>&amp;Schlüsseltyp:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="119"/>
        <source>mail.example.org</source>
        <translation>mail.example.org</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="120"/>
        <source>Common &amp;name (CN):</source>
        <translation>Allgemeiner &amp;Name (CN):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="123"/>
        <source>optional, e.g. Example GmbH</source>
        <translation>optional, z. B. Example GmbH</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="124"/>
        <source>&amp;Organization (O):</source>
        <translation>&amp;Organisation (O):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="128"/>
        <source>optional, two letters, e.g. DE</source>
        <translation>optional, zwei Buchstaben, z. B. DE</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="129"/>
        <source>&amp;Country (C):</source>
        <translation>&amp;Land (C):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="132"/>
        <source>DNS:mail.example.org,DNS:mx2.example.org,IP:192.0.2.25 (empty: DNS:&lt;CN&gt;)</source>
        <translation>DNS:mail.example.org,DNS:mx2.example.org,IP:192.0.2.25 (leer: DNS:&lt;CN&gt;)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="133"/>
        <source>&amp;Alternative names:</source>
        <translation>&amp;Alternative Namen:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="138"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="139"/>
        <source>&amp;Validity:</source>
        <translation>Gült&amp;igkeit:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="142"/>
        <source>Output files</source>
        <translation>Ausgabedateien</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="159"/>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="324"/>
        <source>Certificate:</source>
        <translation>Zertifikat:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="161"/>
        <source>Private key (0600):</source>
        <translation>Privater Schlüssel (0600):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="162"/>
        <source>Replace existing files</source>
        <translation>Vorhandene Dateien ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="167"/>
        <source>Exim and Postfix configuration</source>
        <translation>Exim- und Postfix-Konfiguration</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="174"/>
        <source>The lines that use the generated files appear here.</source>
        <translation>Hier erscheinen die Zeilen, die die erzeugten Dateien verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="177"/>
        <source>&amp;Copy to Clipboard</source>
        <translation>In die Zwischenablage &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="191"/>
        <source>&amp;Generate</source>
        <translation>&amp;Generieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="245"/>
        <source>CA Directory</source>
        <translation>CA-Verzeichnis</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="247"/>
        <source>Output File</source>
        <translation>Ausgabedatei</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="259"/>
        <source>Choose a key type.</source>
        <translation>Wählen Sie einen Schlüsseltyp.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="266"/>
        <source>Enter the host name partners connect to as the common name, e.g. mail.example.org.</source>
        <translation>Geben Sie als allgemeinen Namen den Hostnamen ein, mit dem sich Partner verbinden, z. B. mail.example.org.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="275"/>
        <source>Subject: %1</source>
        <translation>Antragsteller: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="283"/>
        <source>Alternative names: %1</source>
        <translation>Alternative Namen: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="290"/>
        <source>Choose the CA directory (made with mailtls cert ca init).</source>
        <translation>Wählen Sie das CA-Verzeichnis (erstellt mit mailtls cert ca init).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="298"/>
        <source>Choose where to write the files.</source>
        <translation>Wählen Sie, wohin die Dateien geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="302"/>
        <source>The key needs a file of its own.</source>
        <translation>Der Schlüssel braucht eine eigene Datei.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="324"/>
        <source>Request (CSR):</source>
        <translation>Anforderung (CSR):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="339"/>
        <source>Generating the key and %1… (RSA 4096 can take a few seconds)</source>
        <translation>Erzeuge den Schlüssel und %1 … (RSA 4096 kann einige Sekunden dauern)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="340"/>
        <source>the request</source>
        <translation>die Anforderung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="340"/>
        <source>the certificate</source>
        <translation>das Zertifikat</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="348"/>
        <source>Press Generate to write the key and the request; then send the request to your CA.</source>
        <translation>Klicken Sie auf „Generieren“, um den Schlüssel und die Anforderung zu schreiben; senden Sie die Anforderung dann an Ihre CA.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="349"/>
        <source>Press Generate to write the key and the certificate; the chain then opens in the Certificates tab.</source>
        <translation>Klicken Sie auf „Generieren“, um den Schlüssel und das Zertifikat zu schreiben; die Kette öffnet sich dann im Reiter „Zertifikate“.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="385"/>
        <source>Nothing was written: %1</source>
        <translation>Es wurde nichts geschrieben: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="392"/>
        <source>Written: %1 and %2. Send the request to your CA; the lines below use its answer.</source>
        <translation>Geschrieben: %1 und %2. Senden Sie die Anforderung an Ihre CA; die Zeilen unten verwenden deren Antwort.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="394"/>
        <source>Written: %1 and %2. The chain is shown in the Certificates tab; copy the lines below into Exim or Postfix.</source>
        <translation>Geschrieben: %1 und %2. Die Kette wird im Reiter „Zertifikate“ angezeigt; kopieren Sie die Zeilen unten in Exim oder Postfix.</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::CipherGradeStyle</name>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="37"/>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="38"/>
        <source>Acceptable</source>
        <translation>Akzeptabel</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="39"/>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="40"/>
        <source>Insecure</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="42"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="48"/>
        <source>forward secrecy and an AEAD cipher: nothing to do</source>
        <translation>Forward Secrecy und AEAD-Cipher: nichts zu tun</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="49"/>
        <source>forward secrecy, but a CBC cipher (or CCM-8): fine to keep for older partners</source>
        <translation>Forward Secrecy, aber CBC-Cipher (oder CCM-8): kann für ältere Partner bleiben</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="50"/>
        <source>no forward secrecy, or 3DES / IDEA / short keys: disable once your partners allow it</source>
        <translation>keine Forward Secrecy oder 3DES / IDEA / kurze Schlüssel: deaktivieren, sobald Ihre Partner es zulassen</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="51"/>
        <source>NULL, anonymous, EXPORT, RC4 or DES: an attacker can read or alter the mail; disable now</source>
        <translation>NULL, anonym, EXPORT, RC4 oder DES: Angreifer können die Mail lesen oder verändern; sofort deaktivieren</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="53"/>
        <source>the catalog gives no grade for this suite</source>
        <translation>der Katalog enthält keine Bewertung für diese Suite</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::CipherGridView</name>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="65"/>
        <source>%v of %m connections</source>
        <translation>%v von %m Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="67"/>
        <source>Cancel scan</source>
        <translation>Scan abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="78"/>
        <source>Only accepted</source>
        <translation>Nur akzeptierte</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="80"/>
        <source>Hide the catalog&apos;s suites the server accepts in no version</source>
        <translation>Suites aus dem Katalog ausblenden, die der Server in keiner Version akzeptiert</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="81"/>
        <source>Only weak</source>
        <translation>Nur schwache</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="83"/>
        <source>Show only suites graded weak or insecure: the ones to disable</source>
        <translation>Nur als schwach oder unsicher bewertete Suites zeigen: die zu deaktivierenden</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="84"/>
        <source>All catalog suites</source>
        <translation>Alle Katalog-Suites</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="86"/>
        <source>Also list every IANA suite the server did not accept</source>
        <translation>Auch alle IANA-Suites auflisten, die der Server nicht akzeptiert hat</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="89"/>
        <source>IANA names</source>
        <translation>IANA-Namen</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="90"/>
        <source>OpenSSL names</source>
        <translation>OpenSSL-Namen</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="93"/>
        <source>Filter by name or code, e.g. CHACHA or 0xC030</source>
        <translation>Nach Name oder Code filtern, z. B. CHACHA oder 0xC030</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="128"/>
        <source>&lt;b&gt;Accepted suites by strength&lt;/b&gt;</source>
        <translation>&lt;b&gt;Akzeptierte Suites nach Stärke&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="134"/>
        <source>&lt;b&gt;Legend&lt;/b&gt;</source>
        <translation>&lt;b&gt;Legende&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="146"/>
        <source>rank in the server&apos;s own order (⇣ in the header: the server enforces it); ✓ accepted, client&apos;s order</source>
        <translation>Rang in der eigenen Reihenfolge des Servers (⇣ in der Kopfzeile: der Server erzwingt sie); ✓ akzeptiert, Reihenfolge des Clients</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="148"/>
        <source>the server refuses this protocol version</source>
        <translation>der Server lehnt diese Protokollversion ab</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="158"/>
        <source>&lt;b&gt;Server order&lt;/b&gt;</source>
        <translation>&lt;b&gt;Reihenfolge des Servers&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="274"/>
        <location filename="../ui/views/cipher_grid_view.cpp" line="305"/>
        <source>1 suite</source>
        <translation>1 Suite</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="274"/>
        <location filename="../ui/views/cipher_grid_view.cpp" line="305"/>
        <source>%1 suites</source>
        <translation>%1 Suites</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="276"/>
        <source>%1 of %2 suites</source>
        <translation>%1 von %2 Suites</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="292"/>
        <source>&lt;b&gt;Cipher matrix&lt;/b&gt; — no scan yet</source>
        <translation>&lt;b&gt;Cipher-Matrix&lt;/b&gt; — noch kein Scan</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="303"/>
        <source>no protocol version accepted</source>
        <translation>keine Protokollversion akzeptiert</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="303"/>
        <source>accepts %1</source>
        <translation>akzeptiert %1</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="307"/>
        <source>groups %1</source>
        <translation>Gruppen %1</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="309"/>
        <source>DH %1 bits</source>
        <translation>DH %1 Bit</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="311"/>
        <source>certificates: %1</source>
        <translation>Zertifikate: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="313"/>
        <source>%1 connections, %2 handshakes</source>
        <translation>%1 Verbindungen, %2 Handshakes</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="315"/>
        <source>%1 retried after rate limiting</source>
        <translation>%1 nach Ratenbegrenzung wiederholt</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="317"/>
        <source>Cipher matrix</source>
        <translation>Cipher-Matrix</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="324"/>
        <source>Scanning %1: each version is enumerated with as few handshakes as possible. Cancel stops at once; nothing is shown for a cancelled scan.</source>
        <translation>Scanne %1: Jede Version wird mit so wenigen Handshakes wie möglich ermittelt. „Abbrechen“ stoppt sofort; ein abgebrochener Scan zeigt nichts an.</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="327"/>
        <source>Press Scan (next to Connect) to enumerate every protocol version and cipher suite the server accepts.</source>
        <translation>Klicken Sie auf „Scannen“ (neben „Verbinden“), um alle Protokollversionen und Cipher-Suites zu ermitteln, die der Server akzeptiert.</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="331"/>
        <source>1 accepted suite is weak or insecure: tick &quot;Only weak&quot; to see it, and Findings for the Exim and Postfix lines that disable it.</source>
        <translation>1 akzeptierte Suite ist schwach oder unsicher: Aktivieren Sie „Nur schwache“, um sie zu sehen; unter „Befunde“ stehen die Exim- und Postfix-Zeilen, die sie deaktivieren.</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="333"/>
        <source>%1 accepted suites are weak or insecure: tick &quot;Only weak&quot; to list them, and see Findings for the Exim and Postfix lines that disable them.</source>
        <translation>%1 akzeptierte Suites sind schwach oder unsicher: Aktivieren Sie „Nur schwache“, um sie aufzulisten; unter „Befunde“ stehen die Exim- und Postfix-Zeilen, die sie deaktivieren.</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="335"/>
        <source>Every accepted suite is graded strong or acceptable. Hover over a cell to see a suite taken apart.</source>
        <translation>Alle akzeptierten Suites sind als stark oder akzeptabel bewertet. Bewegen Sie den Mauszeiger über eine Zelle, um die Suite aufgeschlüsselt zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="363"/>
        <source>No accepted version yet.</source>
        <translation>Noch keine akzeptierte Version.</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="368"/>
        <source>The server picks from its own list, in this order:</source>
        <translation>Der Server wählt aus seiner eigenen Liste, in dieser Reihenfolge:</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="369"/>
        <source>The server follows the client&apos;s order; accepted suites:</source>
        <translation>Der Server folgt der Reihenfolge des Clients; akzeptierte Suites:</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="376"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="391"/>
        <source>starting…</source>
        <translation>starte …</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::CipherMatrixModel</name>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="378"/>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="405"/>
        <source>%1 was not tested</source>
        <translation>%1 wurde nicht getestet</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="380"/>
        <source>The server refuses %1</source>
        <translation>Der Server lehnt %1 ab</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="382"/>
        <source>1 suite accepted</source>
        <translation>1 Suite akzeptiert</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="382"/>
        <source>%1 suites accepted</source>
        <translation>%1 Suites akzeptiert</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="384"/>
        <source>%1: %2; the server enforces its own order (the numbers are its ranks)</source>
        <translation>%1: %2; der Server erzwingt seine eigene Reihenfolge (die Zahlen sind seine Ränge)</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="385"/>
        <source>%1: %2; the server follows the client&apos;s order</source>
        <translation>%1: %2; der Server folgt der Reihenfolge des Clients</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="399"/>
        <source>Accepted with %1 — the server&apos;s choice %2 of %3</source>
        <translation>Akzeptiert mit %1 — Wahl %2 von %3 des Servers</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="400"/>
        <source>Accepted with %1 (the server follows the client&apos;s order)</source>
        <translation>Akzeptiert mit %1 (der Server folgt der Reihenfolge des Clients)</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="403"/>
        <source>Not accepted with %1</source>
        <translation>Mit %1 nicht akzeptiert</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="404"/>
        <source>The server refuses %1 altogether</source>
        <translation>Der Server lehnt %1 vollständig ab</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="406"/>
        <source>This suite does not exist in %1</source>
        <translation>Diese Suite gibt es in %1 nicht</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="413"/>
        <source>key exchange</source>
        <translation>Schlüsselaustausch</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="413"/>
        <source>authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="413"/>
        <source>cipher</source>
        <translation>Cipher</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="413"/>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="424"/>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="622"/>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="419"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="421"/>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="619"/>
        <source>Key exchange</source>
        <translation>Schlüsselaustausch</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="422"/>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="423"/>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="621"/>
        <source>Cipher</source>
        <translation>Cipher</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="423"/>
        <source>%1 (%2 bits)</source>
        <translation>%1 (%2 Bit)</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="427"/>
        <source>IANA</source>
        <translation>IANA</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="428"/>
        <source>OpenSSL</source>
        <translation>OpenSSL</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="428"/>
        <source>— (OpenSSL has no name for it)</source>
        <translation>— (OpenSSL hat keinen Namen dafür)</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="429"/>
        <source>GnuTLS</source>
        <translation>GnuTLS</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="430"/>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="617"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="444"/>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="447"/>
        <source>Not accepted in any version</source>
        <translation>In keiner Version akzeptiert</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="447"/>
        <source>Accepted with %1</source>
        <translation>Akzeptiert mit %1</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="616"/>
        <source>Suite (OpenSSL name)</source>
        <translation>Suite (OpenSSL-Name)</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="616"/>
        <source>Suite (IANA name)</source>
        <translation>Suite (IANA-Name)</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="618"/>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="620"/>
        <source>Auth</source>
        <translation>Auth</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="623"/>
        <source>Bits</source>
        <translation>Bit</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="627"/>
        <source>The cipher suite; hover over a name to see it taken apart</source>
        <translation>Die Cipher-Suite; bewegen Sie den Mauszeiger über einen Namen, um sie aufgeschlüsselt zu sehen</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="628"/>
        <source>The suite&apos;s two-byte IANA code point</source>
        <translation>Der zwei Byte lange IANA-Codepunkt der Suite</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="629"/>
        <source>Strength grade from the cipher catalog</source>
        <translation>Stärkebewertung aus dem Cipher-Katalog</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::CommandLineWidget</name>
    <message>
        <location filename="../ui/views/command_line_widget.cpp" line="28"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location filename="../ui/views/command_line_widget.cpp" line="44"/>
        <source>&lt;p&gt;Each line you type is sent to the server exactly as typed, ended with CR LF as SMTP wants it, inside TLS once TLS is up. Up and Down recall earlier lines.&lt;/p&gt;&lt;p&gt;No letter is a command here. In &lt;tt&gt;openssl s_client&lt;/tt&gt; a line that starts with &lt;b&gt;R&lt;/b&gt; asks for a TLS renegotiation instead of being sent (so &lt;tt&gt;RCPT TO&lt;/tt&gt; renegotiates) and one that starts with &lt;b&gt;Q&lt;/b&gt; quits. A server that rightly refuses client-initiated renegotiation then ends the session, and the server gets the blame. With s_client, use &lt;tt&gt;-ign_eof&lt;/tt&gt; or &lt;tt&gt;-quiet&lt;/tt&gt; (both imply &lt;tt&gt;-nocommands&lt;/tt&gt;), or type &lt;tt&gt;rcpt to&lt;/tt&gt; in lower case.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jede eingegebene Zeile geht genau so an den Server, wie sie getippt wurde, mit CR LF abgeschlossen, wie SMTP es verlangt, und innerhalb von TLS, sobald TLS steht. Mit Auf und Ab holen Sie frühere Zeilen zurück.&lt;/p&gt;&lt;p&gt;Kein Buchstabe ist hier ein Befehl. In &lt;tt&gt;openssl s_client&lt;/tt&gt; fordert eine Zeile, die mit &lt;b&gt;R&lt;/b&gt; beginnt, eine TLS-Neuverhandlung an, statt gesendet zu werden (&lt;tt&gt;RCPT TO&lt;/tt&gt; verhandelt also neu), und eine mit &lt;b&gt;Q&lt;/b&gt; beendet das Programm. Ein Server, der vom Client angestoßene Neuverhandlung zu Recht ablehnt, beendet dann die Sitzung, und der Server bekommt die Schuld. Starten Sie s_client mit &lt;tt&gt;-ign_eof&lt;/tt&gt; oder &lt;tt&gt;-quiet&lt;/tt&gt; (beide schließen &lt;tt&gt;-nocommands&lt;/tt&gt; ein), oder tippen Sie &lt;tt&gt;rcpt to&lt;/tt&gt; klein.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/command_line_widget.cpp" line="59"/>
        <source>Type a command (e.g. NOOP or MAIL FROM:&lt;a@example.org&gt;) and press Enter</source>
        <translation>Befehl eingeben (z. B. NOOP oder MAIL FROM:&lt;a@example.org&gt;) und Eingabe drücken</translation>
    </message>
    <message>
        <location filename="../ui/views/command_line_widget.cpp" line="60"/>
        <source>Commands can be typed once a session is ready</source>
        <translation>Befehle können eingegeben werden, sobald die Sitzung bereit ist</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::CompareModel</name>
    <message>
        <location filename="../ui/models/compare_model.cpp" line="23"/>
        <source>report %1</source>
        <translation>Bericht %1</translation>
    </message>
    <message>
        <location filename="../ui/models/compare_model.cpp" line="96"/>
        <source>The servers differ here</source>
        <translation>Hier unterscheiden sich die Server</translation>
    </message>
    <message>
        <location filename="../ui/models/compare_model.cpp" line="98"/>
        <source>Only one report holds this fact</source>
        <translation>Nur ein Bericht enthält diese Angabe</translation>
    </message>
    <message>
        <location filename="../ui/models/compare_model.cpp" line="99"/>
        <source>The same on every server that reports it</source>
        <translation>Gleich auf allen Servern, die sie melden</translation>
    </message>
    <message>
        <location filename="../ui/models/compare_model.cpp" line="144"/>
        <source>Aspect</source>
        <translation>Aspekt</translation>
    </message>
    <message>
        <location filename="../ui/models/compare_model.cpp" line="146"/>
        <source>What</source>
        <translation>Merkmal</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::CompareView</name>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="37"/>
        <source>Type a server as HOST or HOST:PORT.</source>
        <translation>Geben Sie einen Server als HOST oder HOST:PORT ein.</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="43"/>
        <source>&apos;%1&apos;: missing &apos;]&apos; after the IPv6 address.</source>
        <translation>&apos;%1&apos;: &apos;]&apos; fehlt nach der IPv6-Adresse.</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="49"/>
        <source>&apos;%1&apos;: expected &apos;:PORT&apos; after &apos;]&apos;.</source>
        <translation>&apos;%1&apos;: &apos;:PORT&apos; nach &apos;]&apos; erwartet.</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="61"/>
        <source>&apos;%1&apos; is not a host name or address.</source>
        <translation>&apos;%1&apos; ist kein Hostname und keine Adresse.</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="69"/>
        <source>&apos;%1&apos; is not a port (1-65535).</source>
        <translation>&apos;%1&apos; ist kein Port (1-65535).</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="86"/>
        <source>Compare Servers</source>
        <translation>Server vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="92"/>
        <source>mx2.example.org:25</source>
        <translation>mx2.example.org:25</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="94"/>
        <source>Scan and Add</source>
        <translation>Scannen und hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="96"/>
        <source>Scan this server now and add it as a column</source>
        <translation>Diesen Server jetzt scannen und als Spalte hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="97"/>
        <source>Add Saved Report…</source>
        <translation>Gespeicherten Bericht hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="99"/>
        <source>A report saved as JSON (mailtls scan --json, File &gt; Save Report)</source>
        <translation>Ein als JSON gespeicherter Bericht (mailtls scan --json, Datei &gt; Bericht als JSON speichern)</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="100"/>
        <source>Remove Column</source>
        <translation>Spalte entfernen</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="102"/>
        <source>Remove the server whose cell is selected</source>
        <translation>Den Server entfernen, dessen Zelle ausgewählt ist</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="103"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="104"/>
        <source>Stop the running scan and drop the queued ones</source>
        <translation>Den laufenden Scan stoppen und die wartenden verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="105"/>
        <source>Export HTML…</source>
        <translation>HTML exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="107"/>
        <source>The comparison as one HTML page (as mailtls compare --html)</source>
        <translation>Der Vergleich als eine HTML-Seite (wie mailtls compare --html)</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="108"/>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="110"/>
        <source>The comparison as a PDF (as mailtls compare --pdf)</source>
        <translation>Der Vergleich als PDF (wie mailtls compare --pdf)</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="116"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="180"/>
        <source>Scan cancelled.</source>
        <translation>Scan abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="219"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="218"/>
        <source>%1 is not a MailTLS report: %2</source>
        <translation>%1 ist kein MailTLS-Bericht: %2</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="228"/>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="259"/>
        <source>Scanning %1…</source>
        <translation>Scanne %1 …</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="270"/>
        <source>Cannot scan %1: %2</source>
        <translation>%1 kann nicht gescannt werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="273"/>
        <source>Added %1 (%2 connections).</source>
        <translation>%1 hinzugefügt (%2 Verbindungen).</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="292"/>
        <source>Select a cell in the column of the server to remove.</source>
        <translation>Wählen Sie eine Zelle in der Spalte des zu entfernenden Servers.</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="300"/>
        <source>Add Saved Reports</source>
        <translation>Gespeicherte Berichte hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="301"/>
        <source>MailTLS reports (*.json);;All files (*)</source>
        <translation>MailTLS-Berichte (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="339"/>
        <source>Export Comparison as PDF</source>
        <translation>Vergleich als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="339"/>
        <source>Export Comparison as HTML</source>
        <translation>Vergleich als HTML exportieren</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="348"/>
        <source>Written to %1.</source>
        <translation>Geschrieben nach %1.</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="350"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="356"/>
        <source>Writing the export…</source>
        <translation>Export wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="372"/>
        <source>No servers yet</source>
        <translation>Noch keine Server</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="372"/>
        <source>1 server — add another to compare</source>
        <translation>1 Server — fügen Sie zum Vergleich einen weiteren hinzu</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="374"/>
        <source>%1 servers — no differences, %2 facts the same</source>
        <translation>%1 Server — keine Unterschiede, %2 Angaben gleich</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="376"/>
        <source>%1 servers — %2 differences (highlighted, first), %3 facts the same</source>
        <translation>%1 Server — %2 Unterschiede (hervorgehoben, zuerst), %3 Angaben gleich</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="391"/>
        <source>Add two or more servers: type HOST:PORT and press Scan and Add, or add a saved report.</source>
        <translation>Fügen Sie zwei oder mehr Server hinzu: HOST:PORT eingeben und „Scannen und hinzufügen“ klicken, oder einen gespeicherten Bericht hinzufügen.</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="393"/>
        <source>Differences are listed first and highlighted (≠). Select a cell and press Remove Column to drop that server.</source>
        <translation>Unterschiede stehen oben und sind hervorgehoben (≠). Wählen Sie eine Zelle und klicken Sie auf „Spalte entfernen“, um diesen Server zu entfernen.</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::DomainAddressModel</name>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="115"/>
        <source>secure</source>
        <translation>sicher</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="116"/>
        <source>insecure</source>
        <translation>unsigniert</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="117"/>
        <source>bogus</source>
        <translation>ungültig (bogus)</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="120"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="145"/>
        <source>%1 (no MX: implicit)</source>
        <translation>%1 (kein MX: implizit)</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="154"/>
        <source>no connection</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="156"/>
        <source>offered</source>
        <translation>angeboten</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="157"/>
        <source>no SMTP</source>
        <translation>kein SMTP</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="157"/>
        <source>not offered</source>
        <translation>nicht angeboten</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="161"/>
        <location filename="../ui/models/domain_address_model.cpp" line="183"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="169"/>
        <source>(no CN)</source>
        <translation>(kein CN)</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="175"/>
        <location filename="../ui/models/domain_address_model.cpp" line="179"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="175"/>
        <location filename="../ui/models/domain_address_model.cpp" line="179"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="184"/>
        <source>verified (depth %1)</source>
        <translation>bestätigt (Tiefe %1)</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="184"/>
        <source>verified</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="188"/>
        <source>no TLSA</source>
        <translation>kein TLSA</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="188"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="193"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="197"/>
        <source>%1, none</source>
        <translation>%1, keine</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="349"/>
        <source>Double-click to open this address&apos;s session in the Handshake, Certificates and Findings tabs</source>
        <translation>Doppelklick öffnet die Sitzung dieser Adresse in den Reitern Handshake, Zertifikate und Befunde</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="355"/>
        <source>Banner: %1</source>
        <translation>Banner: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="362"/>
        <source>Key exchange: %1</source>
        <translation>Schlüsselaustausch: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="367"/>
        <source>Subject: %1</source>
        <translation>Inhaber: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="368"/>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="370"/>
        <source>Names: %1</source>
        <translation>Namen: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="371"/>
        <source>Valid: %1 to %2</source>
        <translation>Gültig: %1 bis %2</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="373"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="380"/>
        <source>MTA-STS senders need a trusted chain; opportunistic and DANE senders do not</source>
        <translation>MTA-STS-Absender brauchen eine vertrauenswürdige Kette, opportunistische und DANE-Absender nicht</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="384"/>
        <source>The certificate is valid for %1</source>
        <translation>Das Zertifikat gilt für %1</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="385"/>
        <source>The certificate is not valid for %1</source>
        <translation>Das Zertifikat gilt nicht für %1</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="389"/>
        <source>TLSA record %1 matched the certificate at depth %2</source>
        <translation>TLSA-Eintrag %1 passt zum Zertifikat in Tiefe %2</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="391"/>
        <source>No TLSA record matches the served chain</source>
        <translation>Kein TLSA-Eintrag passt zur gelieferten Kette</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="393"/>
        <source>No chain to check against the TLSA records (no TLS session)</source>
        <translation>Keine Kette zum Abgleich mit den TLSA-Einträgen (keine TLS-Sitzung)</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="397"/>
        <source>_25._tcp.%1 TLSA</source>
        <translation>_25._tcp.%1 TLSA</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="411"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="412"/>
        <source>Differs from the other addresses of %1 (%2)</source>
        <translation>Weicht von den anderen Adressen von %1 ab (%2)</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="467"/>
        <source>MX</source>
        <translation>MX</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="468"/>
        <source>Pref.</source>
        <translation>Präf.</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="469"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="470"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="471"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="472"/>
        <source>Cipher suite</source>
        <translation>Cipher-Suite</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="473"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="474"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="475"/>
        <source>Trusted</source>
        <translation>Vertraut</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="476"/>
        <source>Name matches</source>
        <translation>Name passt</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="477"/>
        <source>DANE</source>
        <translation>DANE</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="478"/>
        <source>TLSA DNSSEC</source>
        <translation>TLSA-DNSSEC</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="484"/>
        <source>MX preference: lower is tried first</source>
        <translation>MX-Präferenz: die kleinere wird zuerst versucht</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="485"/>
        <source>Common name of the served certificate</source>
        <translation>Common Name des gelieferten Zertifikats</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="486"/>
        <source>End of the served certificate&apos;s validity (UTC)</source>
        <translation>Ende der Gültigkeit des gelieferten Zertifikats (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="487"/>
        <source>The served chain verifies against the trusted CAs</source>
        <translation>Die gelieferte Kette lässt sich gegen die vertrauenswürdigen CAs prüfen</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="488"/>
        <source>The certificate is valid for the MX host name</source>
        <translation>Das Zertifikat gilt für den MX-Hostnamen</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="489"/>
        <source>The served chain against the MX&apos;s TLSA records (RFC 7672)</source>
        <translation>Die gelieferte Kette im Abgleich mit den TLSA-Einträgen des MX (RFC 7672)</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="490"/>
        <source>DNSSEC status of the MX&apos;s TLSA answer: DANE needs it secure</source>
        <translation>DNSSEC-Status der TLSA-Antwort des MX: DANE braucht „sicher“</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::DomainView</name>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="104"/>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="107"/>
        <source>example.org</source>
        <translation>example.org</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="108"/>
        <source>The domain after the @ of the addresses you want to reach; Enter checks it</source>
        <translation>Die Domain hinter dem @ der Adressen, die Sie erreichen wollen; Enter prüft sie</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="113"/>
        <location filename="../ui/views/domain_view.cpp" line="409"/>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="115"/>
        <source>Look up the MX hosts, TLSA, MTA-STS and TLS-RPT records and open a STARTTLS session to every MX address</source>
        <translation>MX-Hosts, TLSA-, MTA-STS- und TLS-RPT-Einträge abfragen und zu jeder MX-Adresse eine STARTTLS-Sitzung öffnen</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="116"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="118"/>
        <source>Stop the check; what was shown before stays</source>
        <translation>Prüfung abbrechen; das bisher Gezeigte bleibt</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="121"/>
        <source>Options…</source>
        <translation>Optionen …</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="122"/>
        <source>Resolver and DNSSEC trust anchor</source>
        <translation>Resolver und DNSSEC-Vertrauensanker</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="128"/>
        <source>The checks made in this window</source>
        <translation>Die Prüfungen in diesem Fenster</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="144"/>
        <source>system resolver (/etc/resolv.conf)</source>
        <translation>System-Resolver (/etc/resolv.conf)</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="145"/>
        <source>ADDR[:PORT] of the DNS server to ask, e.g. 127.0.0.1:53 or [::1]:5353; answers are validated here, whatever that server says</source>
        <translation>ADRESSE[:PORT] des zu fragenden DNS-Servers, z. B. 127.0.0.1:53 oder [::1]:5353; die Antworten werden hier validiert, egal was dieser Server meint</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="150"/>
        <source>/usr/share/dns/root.key</source>
        <translation>/usr/share/dns/root.key</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="151"/>
        <source>DNSKEY or DS records in zone-file form that DNSSEC validation starts from</source>
        <translation>DNSKEY- oder DS-Einträge im Zonendatei-Format, von denen die DNSSEC-Validierung ausgeht</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="153"/>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="161"/>
        <source>&amp;Resolver:</source>
        <translation>&amp;Resolver:</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="162"/>
        <source>&amp;Trust anchor:</source>
        <translation>&amp;Vertrauensanker:</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="194"/>
        <source>&lt;h3&gt;Can mail for a domain be delivered securely?&lt;/h3&gt;&lt;p&gt;Type a domain above and press &lt;b&gt;Check&lt;/b&gt; (or Enter).&lt;/p&gt;&lt;p&gt;Its MX hosts are looked up through a validating resolver, a STARTTLS session is opened to every MX address on port 25, the served certificates are checked against the DANE TLSA records, and the MTA-STS policy and TLS-RPT record are fetched.&lt;/p&gt;&lt;p&gt;You get one verdict per kind of sending server (opportunistic TLS, DANE, MTA-STS), the addresses side by side with what differs between them, the DNS and policy facts, and the findings with their fixes.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lässt sich Mail an eine Domain sicher zustellen?&lt;/h3&gt;&lt;p&gt;Geben Sie oben eine Domain ein und drücken Sie &lt;b&gt;Prüfen&lt;/b&gt; (oder Enter).&lt;/p&gt;&lt;p&gt;Ihre MX-Hosts werden über einen validierenden Resolver ermittelt, zu jeder MX-Adresse wird auf Port 25 eine STARTTLS-Sitzung geöffnet, die gelieferten Zertifikate werden mit den DANE-TLSA-Einträgen abgeglichen, und die MTA-STS-Policy und der TLS-RPT-Eintrag werden abgerufen.&lt;/p&gt;&lt;p&gt;Sie erhalten ein Urteil je Art von sendendem Server (opportunistisches TLS, DANE, MTA-STS), die Adressen nebeneinander mit ihren Unterschieden, die DNS- und Policy-Fakten und die Befunde mit ihren Korrekturen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="241"/>
        <source>DNS and policies</source>
        <translation>DNS und Policies</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="242"/>
        <location filename="../ui/views/domain_view.cpp" line="372"/>
        <location filename="../ui/views/domain_view.cpp" line="545"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="284"/>
        <source>DNSSEC Trust Anchor</source>
        <translation>DNSSEC-Vertrauensanker</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="285"/>
        <source>Trust anchors (*.key *.ds *.txt);;All files (*)</source>
        <translation>Vertrauensanker (*.key *.ds *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="327"/>
        <source>Type the domain to check first, e.g. example.org.</source>
        <translation>Geben Sie zuerst die zu prüfende Domain ein, z. B. example.org.</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="374"/>
        <source>&lt;p style=&quot;color:gray&quot;&gt;The DNS records and the MTA-STS policy appear here when the check is done.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:gray&quot;&gt;Die DNS-Einträge und die MTA-STS-Policy erscheinen hier, wenn die Prüfung fertig ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="395"/>
        <source>Check of %1 cancelled; the previous result is shown.</source>
        <translation>Prüfung von %1 abgebrochen; das vorige Ergebnis wird gezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="397"/>
        <source>Check of %1 cancelled after 1 session.</source>
        <translation>Prüfung von %1 nach 1 Sitzung abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="398"/>
        <source>Check of %1 cancelled after %2 sessions.</source>
        <translation>Prüfung von %1 nach %2 Sitzungen abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="409"/>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="417"/>
        <source>looking up the MX hosts</source>
        <translation>MX-Hosts werden abgefragt</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="419"/>
        <source>looking up their addresses</source>
        <translation>ihre Adressen werden abgefragt</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="421"/>
        <source>looking up the TLSA records</source>
        <translation>TLSA-Einträge werden abgefragt</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="423"/>
        <source>fetching the MTA-STS policy</source>
        <translation>MTA-STS-Policy wird abgerufen</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="425"/>
        <source>opening STARTTLS sessions</source>
        <translation>STARTTLS-Sitzungen werden geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="427"/>
        <source>judging</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="428"/>
        <source>starting</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="435"/>
        <source>Checking %1: %2…</source>
        <translation>Prüfe %1: %2 …</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="437"/>
        <source>1 session done</source>
        <translation>1 Sitzung fertig</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="437"/>
        <source>%1 sessions done</source>
        <translation>%1 Sitzungen fertig</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="440"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="467"/>
        <source>Nothing was checked.</source>
        <translation>Es wurde nichts geprüft.</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="468"/>
        <source>Cannot check %1: %2</source>
        <translation>%1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="532"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="545"/>
        <source>Findings (%1)</source>
        <translation>Befunde (%1)</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="578"/>
        <source>The check of %1 did not complete: %2</source>
        <translation>Die Prüfung von %1 wurde nicht fertig: %2</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="595"/>
        <source>The verdicts appear when the check is done.</source>
        <translation>Die Urteile erscheinen, wenn die Prüfung fertig ist.</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="613"/>
        <source>Opportunistic TLS sender</source>
        <translation>Opportunistischer TLS-Absender</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="614"/>
        <source>Uses STARTTLS when offered, accepts any certificate, and falls back to cleartext</source>
        <translation>Nutzt STARTTLS, wenn angeboten, akzeptiert jedes Zertifikat und weicht auf Klartext aus</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="616"/>
        <source>DANE-enforcing sender</source>
        <translation>DANE-erzwingender Absender</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="617"/>
        <source>Requires TLS and a chain matching DNSSEC-signed TLSA records when they are published (RFC 7672)</source>
        <translation>Verlangt TLS und eine Kette passend zu DNSSEC-signierten TLSA-Einträgen, sofern veröffentlicht (RFC 7672)</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="619"/>
        <source>MTA-STS-enforcing sender</source>
        <translation>MTA-STS-erzwingender Absender</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="620"/>
        <source>Requires TLS, a trusted certificate and an MX the policy lists when the policy is in enforce mode (RFC 8461)</source>
        <translation>Verlangt im enforce-Modus der Policy TLS, ein vertrauenswürdiges Zertifikat und einen dort gelisteten MX (RFC 8461)</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="624"/>
        <source>delivers</source>
        <translation>stellt zu</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="625"/>
        <source>delivers, but unprotected</source>
        <translation>stellt zu, aber ungeschützt</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="626"/>
        <source>defers the mail</source>
        <translation>stellt die Mail zurück</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="627"/>
        <source>cannot tell</source>
        <translation>nicht feststellbar</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="641"/>
        <source>Fix:</source>
        <translation>Korrektur:</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="654"/>
        <source>%1
Findings: %2</source>
        <translation>%1
Befunde: %2</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="693"/>
        <source>no MX answer</source>
        <translation>keine MX-Antwort</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="695"/>
        <source>null MX: accepts no mail</source>
        <translation>Null-MX: nimmt keine Mail an</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="697"/>
        <source>no MX record (the domain&apos;s own addresses)</source>
        <translation>kein MX-Eintrag (die eigenen Adressen der Domain)</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="699"/>
        <source>1 MX host</source>
        <translation>1 MX-Host</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="699"/>
        <source>%1 MX hosts</source>
        <translation>%1 MX-Hosts</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="701"/>
        <source>%1 checked</source>
        <translation>%1 geprüft</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="703"/>
        <source>no sessions (DNS and policy only)</source>
        <translation>keine Sitzungen (nur DNS und Policy)</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="705"/>
        <source>1 address</source>
        <translation>1 Adresse</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="705"/>
        <source>%1 addresses</source>
        <translation>%1 Adressen</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="708"/>
        <source>1 address differs from its siblings</source>
        <translation>1 Adresse weicht von ihren Geschwistern ab</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="708"/>
        <source>%1 addresses differ from their siblings</source>
        <translation>%1 Adressen weichen von ihren Geschwistern ab</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="710"/>
        <source>1 finding</source>
        <translation>1 Befund</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="710"/>
        <source>%1 findings</source>
        <translation>%1 Befunde</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="712"/>
        <source>checked %1 in %2 s</source>
        <translation>geprüft %1 in %2 s</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="715"/>
        <source>resolver %1</source>
        <translation>Resolver %1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="720"/>
        <source>Trust anchor: %1</source>
        <translation>Vertrauensanker: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="749"/>
        <location filename="../ui/views/domain_view.cpp" line="802"/>
        <location filename="../ui/views/domain_view.cpp" line="896"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="751"/>
        <source>DNSSEC %1</source>
        <translation>DNSSEC %1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="755"/>
        <source>no records</source>
        <translation>keine Einträge</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="757"/>
        <source>TTL %1</source>
        <translation>TTL %1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="759"/>
        <source>via CNAME %1</source>
        <translation>über CNAME %1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="761"/>
        <source>%1 more records not kept</source>
        <translation>%1 weitere Einträge nicht behalten</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="782"/>
        <source>MX hosts</source>
        <translation>MX-Hosts</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="785"/>
        <source>Null MX (RFC 7505): this domain says it accepts no mail.</source>
        <translation>Null-MX (RFC 7505): Diese Domain erklärt, dass sie keine Mail annimmt.</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="787"/>
        <source>No MX record: senders deliver to the domain&apos;s own A/AAAA addresses (implicit MX, RFC 5321 §5.1).</source>
        <translation>Kein MX-Eintrag: Absender stellen an die eigenen A/AAAA-Adressen der Domain zu (impliziter MX, RFC 5321 §5.1).</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="790"/>
        <source>Pref.</source>
        <translation>Präf.</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="790"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="790"/>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="791"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="791"/>
        <source>AAAA</source>
        <translation>AAAA</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="795"/>
        <location filename="../ui/views/domain_view.cpp" line="803"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="797"/>
        <source>(+%1 not checked)</source>
        <translation>(+%1 nicht geprüft)</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="799"/>
        <source>not checked (too many MX hosts)</source>
        <translation>nicht geprüft (zu viele MX-Hosts)</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="814"/>
        <source>DANE TLSA records</source>
        <translation>DANE-TLSA-Einträge</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="841"/>
        <source>%1 (depth %2)</source>
        <translation>%1 (Tiefe %2)</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="849"/>
        <source>matched by %1</source>
        <translation>passt zu %1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="851"/>
        <source>not matched by %1</source>
        <translation>passt nicht zu %1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="853"/>
        <source>unusable for SMTP</source>
        <translation>für SMTP unbrauchbar</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="857"/>
        <source>no session to compare</source>
        <translation>keine Sitzung zum Vergleich</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="862"/>
        <source>not a TLSA record</source>
        <translation>kein TLSA-Eintrag</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="866"/>
        <source>No MX host publishes TLSA records: DANE senders deliver with opportunistic TLS.</source>
        <translation>Kein MX-Host veröffentlicht TLSA-Einträge: DANE-Absender stellen mit opportunistischem TLS zu.</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="869"/>
        <source>MTA-STS</source>
        <translation>MTA-STS</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="877"/>
        <source>(not an MTA-STS record)</source>
        <translation>(kein MTA-STS-Eintrag)</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="885"/>
        <source>No MTA-STS record: no policy was fetched. MTA-STS senders deliver with opportunistic TLS.</source>
        <translation>Kein MTA-STS-Eintrag: Es wurde keine Policy abgerufen. MTA-STS-Absender stellen mit opportunistischem TLS zu.</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="891"/>
        <source>Policy URL</source>
        <translation>Policy-URL</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="893"/>
        <source>Connected to</source>
        <translation>Verbunden mit</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="894"/>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="898"/>
        <source>Redirect</source>
        <translation>Umleitung</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="898"/>
        <source>%1 (not followed: RFC 8461 forbids it)</source>
        <translation>%1 (nicht gefolgt: RFC 8461 verbietet es)</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="900"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="901"/>
        <source>valid for %1</source>
        <translation>gültig für %1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="902"/>
        <source>not valid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="902"/>
        <source>not valid: %1</source>
        <translation>ungültig: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="904"/>
        <source>Content type</source>
        <translation>Inhaltstyp</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="906"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="906"/>
        <source>too large: refused</source>
        <translation>zu groß: abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="906"/>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="908"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="917"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="917"/>
        <location filename="../ui/views/domain_view.cpp" line="918"/>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="918"/>
        <source>max_age</source>
        <translation>max_age</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="919"/>
        <source>%1 s (%2 days)</source>
        <translation>%1 s (%2 Tage)</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="925"/>
        <location filename="../ui/views/domain_view.cpp" line="930"/>
        <source>mx</source>
        <translation>mx</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="926"/>
        <source>covers no MX host</source>
        <translation>deckt keinen MX-Host ab</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="930"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="931"/>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="939"/>
        <source>Not covered by any mx pattern: %1</source>
        <translation>Von keinem mx-Muster abgedeckt: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="944"/>
        <source>Keys RFC 8461 does not define: %1</source>
        <translation>Schlüssel, die RFC 8461 nicht definiert: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="951"/>
        <source>TLS-RPT</source>
        <translation>TLS-RPT</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="961"/>
        <source>(not a TLS-RPT record)</source>
        <translation>(kein TLS-RPT-Eintrag)</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="963"/>
        <source>Reports go to: %1</source>
        <translation>Berichte gehen an: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="968"/>
        <source>No TLS-RPT record: sending servers cannot tell you when TLS to your MX hosts fails.</source>
        <translation>Kein TLS-RPT-Eintrag: Sendende Server können Ihnen nicht melden, wenn TLS zu Ihren MX-Hosts scheitert.</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::Export</name>
    <message>
        <location filename="../ui/export_job.cpp" line="24"/>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF-Dateien (*.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/export_job.cpp" line="25"/>
        <source>HTML files (*.html);;All files (*)</source>
        <translation>HTML-Dateien (*.html);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::FindingsModel</name>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="95"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="96"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="97"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::FindingsView</name>
    <message>
        <location filename="../ui/views/findings_view.cpp" line="90"/>
        <source>No findings. They appear here once a session has reached the server.</source>
        <translation>Keine Befunde. Sie erscheinen hier, sobald eine Sitzung den Server erreicht hat.</translation>
    </message>
    <message>
        <location filename="../ui/views/findings_view.cpp" line="91"/>
        <source>Select a finding to see what it means, the evidence, and how to fix it.</source>
        <translation>Wählen Sie einen Befund, um seine Bedeutung, den Nachweis und die Behebung zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/views/findings_view.cpp" line="104"/>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <location filename="../ui/views/findings_view.cpp" line="106"/>
        <source>How to fix it</source>
        <translation>So beheben Sie es</translation>
    </message>
    <message>
        <location filename="../ui/views/findings_view.cpp" line="112"/>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::FleetModel</name>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="27"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="143"/>
        <source>expired %1 d ago</source>
        <translation>seit %1 T abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="143"/>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="151"/>
        <source>stopped before it finished</source>
        <translation>vor dem Ende gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="153"/>
        <source>not run: %1</source>
        <translation>nicht ausgeführt: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="168"/>
        <source>no TLS version accepted</source>
        <translation>keine TLS-Version angenommen</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="169"/>
        <source>%1, %2 suites</source>
        <translation>%1, %2 Suites</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="175"/>
        <source>TLS handshake failed</source>
        <translation>TLS-Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="175"/>
        <source>TLS handshake failed (%1)</source>
        <translation>TLS-Handshake fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="176"/>
        <source>no TLS</source>
        <translation>kein TLS</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="176"/>
        <source>no TLS (STARTTLS not offered)</source>
        <translation>kein TLS (STARTTLS nicht angeboten)</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="247"/>
        <source>waiting…</source>
        <translation>wartet …</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="254"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="306"/>
        <source>Line %1 of the list: %2 port %3</source>
        <translation>Zeile %1 der Liste: %2 Port %3</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="322"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="323"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="324"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="325"/>
        <source>Worst finding</source>
        <translation>Schwerster Befund</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="326"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="327"/>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::FleetView</name>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="65"/>
        <source>targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="93"/>
        <source>One target a line: mx.example.org, mx.example.net:587, smtps://mail.example.com, lmtp://[2001:db8::1]:24 — &apos;#&apos; starts a comment</source>
        <translation>Ein Ziel pro Zeile: mx.example.org, mx.example.net:587, smtps://mail.example.com, lmtp://[2001:db8::1]:24 — &apos;#&apos; beginnt einen Kommentar</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="97"/>
        <source>Open List…</source>
        <translation>Liste öffnen …</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="99"/>
        <source>Read a target list from a file</source>
        <translation>Eine Zielliste aus einer Datei lesen</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="103"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="104"/>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="105"/>
        <source>Session: one STARTTLS session per target. Scan: every version and suite per target (slow).</source>
        <translation>Sitzung: eine STARTTLS-Sitzung pro Ziel. Scan: jede Version und Suite pro Ziel (langsam).</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="116"/>
        <source>Targets checked at once, overall</source>
        <translation>Gleichzeitig geprüfte Ziele, insgesamt</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="117"/>
        <source>Targets checked at once against one host</source>
        <translation>Gleichzeitig geprüfte Ziele pro Host</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="118"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="118"/>
        <source>At least this long between two connections to one host</source>
        <translation>Mindestabstand zwischen zwei Verbindungen zu einem Host</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="120"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="120"/>
        <source>How long one step (connect, a reply, the handshake) may take</source>
        <translation>Wie lange ein Schritt (Verbinden, eine Antwort, der Handshake) dauern darf</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="122"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="125"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="131"/>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="132"/>
        <source>At once:</source>
        <translation>Gleichzeitig:</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="133"/>
        <source>Per host:</source>
        <translation>Pro Host:</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="134"/>
        <source>Delay:</source>
        <translation>Pause:</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="135"/>
        <source>Timeout:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="160"/>
        <location filename="../ui/views/fleet_view.cpp" line="416"/>
        <source>Paste or open a target list, then Start.</source>
        <translation>Eine Zielliste einfügen oder öffnen, dann Starten.</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="187"/>
        <source>Double-click a finished target to open its report in the Handshake, Certificates and Findings tabs</source>
        <translation>Doppelklick auf ein fertiges Ziel öffnet seinen Bericht in den Reitern Handshake, Zertifikate und Befunde</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="191"/>
        <source>Targets per TLS version</source>
        <translation>Ziele pro TLS-Version</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="194"/>
        <source>Targets per worst finding</source>
        <translation>Ziele pro schwerstem Befund</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="251"/>
        <source># partners from the Logs tab</source>
        <translation># Partner aus dem Reiter Logs</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="283"/>
        <source>line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="286"/>
        <source>Line %1: </source>
        <translation>Zeile %1: </translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="288"/>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="349"/>
        <source>Cancelled: %1 of %2 done.</source>
        <translation>Abgebrochen: %1 von %2 fertig.</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="351"/>
        <source>Done in %1.</source>
        <translation>Fertig in %1.</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="414"/>
        <source>%1 of %2 done.</source>
        <translation>%1 von %2 fertig.</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="443"/>
        <source>No finished target yet</source>
        <translation>Noch kein Ziel fertig</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="511"/>
        <source>%1 of %2 finished targets reached; %3 with a certificate expired or ending within 30 days.</source>
        <translation>%1 von %2 fertigen Zielen erreicht; %3 mit einem Zertifikat, das abgelaufen ist oder innerhalb von 30 Tagen abläuft.</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="527"/>
        <source>A saved run, from the workspace.</source>
        <translation>Ein gespeicherter Lauf aus dem Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="291"/>
        <source>The list holds no target: write one host a line.</source>
        <translation>Die Liste enthält kein Ziel: einen Host pro Zeile schreiben.</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="394"/>
        <source>%1 of %2 done, %3 running</source>
        <translation>%1 von %2 fertig, %3 laufen</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="395"/>
        <source>%1 elapsed</source>
        <translation>%1 vergangen</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="398"/>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="475"/>
        <source>no TLS</source>
        <translation>kein TLS</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="475"/>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="488"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="541"/>
        <source>Open a Target List</source>
        <translation>Eine Zielliste öffnen</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="542"/>
        <source>Target lists (*.txt *.list);;All files (*)</source>
        <translation>Ziellisten (*.txt *.list);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="550"/>
        <source>target list</source>
        <translation>Zielliste</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="571"/>
        <source>%1 read; press Start.</source>
        <translation>%1 gelesen; Starten drücken.</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::HandshakeLadderView</name>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="132"/>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="541"/>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="639"/>
        <source>Handshake ladder</source>
        <translation>Handshake-Ablaufdiagramm</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="271"/>
        <source>sent encrypted</source>
        <translation>verschlüsselt gesendet</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="351"/>
        <source>No conversation yet.
Connect to a server: the SMTP lines and every TLS handshake message appear here.</source>
        <translation>Noch keine Kommunikation.
Verbinden Sie sich mit einem Server: Die SMTP-Zeilen und jede TLS-Handshake-Nachricht erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="376"/>
        <source>mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="392"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="392"/>
        <source>mailtls</source>
        <translation>mailtls</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="393"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="396"/>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="397"/>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="512"/>
        <source>Alert: %1</source>
        <translation>Alert: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="525"/>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="577"/>
        <source>encrypted</source>
        <translation>verschlüsselt</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="571"/>
        <source>client to server</source>
        <translation>Client an Server</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="572"/>
        <source>server to client</source>
        <translation>Server an Client</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="573"/>
        <source>alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="617"/>
        <source>could not encode the PNG image</source>
        <translation>das PNG-Bild konnte nicht kodiert werden</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="655"/>
        <source>could not start the PDF</source>
        <translation>die PDF-Ausgabe konnte nicht gestartet werden</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="667"/>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::HandshakeModel</name>
    <message>
        <location filename="../ui/models/handshake_model.cpp" line="81"/>
        <source>Sent by the workbench (client)</source>
        <translation>Von der Workbench (Client) gesendet</translation>
    </message>
    <message>
        <location filename="../ui/models/handshake_model.cpp" line="82"/>
        <source>Sent by the server</source>
        <translation>Vom Server gesendet</translation>
    </message>
    <message>
        <location filename="../ui/models/handshake_model.cpp" line="84"/>
        <source>1 byte</source>
        <translation>1 Byte</translation>
    </message>
    <message>
        <location filename="../ui/models/handshake_model.cpp" line="84"/>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <location filename="../ui/models/handshake_model.cpp" line="118"/>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <location filename="../ui/models/handshake_model.cpp" line="119"/>
        <source>Dir</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../ui/models/handshake_model.cpp" line="120"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/models/handshake_model.cpp" line="121"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../ui/models/handshake_model.cpp" line="122"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::HandshakeView</name>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="23"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="25"/>
        <source>ok — the chain verifies against the trust store</source>
        <translation>ok — die Kette ist gegenüber dem Vertrauensspeicher gültig</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="26"/>
        <source>failed: %1 (code %2)</source>
        <translation>fehlgeschlagen: %1 (Code %2)</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="34"/>
        <source>Negotiated</source>
        <translation>Ausgehandelt</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="46"/>
        <source>Protocol:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="47"/>
        <source>Cipher (IANA):</source>
        <translation>Cipher-Suite (IANA):</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="48"/>
        <source>Cipher (OpenSSL):</source>
        <translation>Cipher-Suite (OpenSSL):</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="49"/>
        <source>Cipher code:</source>
        <translation>Cipher-Code:</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="50"/>
        <source>Key exchange group:</source>
        <translation>Schlüsselaustausch-Gruppe:</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="51"/>
        <source>Server temp key:</source>
        <translation>Temporärer Server-Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="52"/>
        <source>Peer signature:</source>
        <translation>Signatur der Gegenstelle:</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="53"/>
        <source>Verification:</source>
        <translation>Prüfung:</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="54"/>
        <source>Security level:</source>
        <translation>Sicherheitsstufe:</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="55"/>
        <source>Client certificate:</source>
        <translation>Client-Zertifikat:</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="56"/>
        <source>Compression:</source>
        <translation>Kompression:</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="58"/>
        <source>Handshake messages</source>
        <translation>Handshake-Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="70"/>
        <source>SMTP extensions before and after STARTTLS</source>
        <translation>SMTP-Erweiterungen vor und nach STARTTLS</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="149"/>
        <source>No handshake yet. Connect to a server to see what it negotiates.</source>
        <translation>Noch kein Handshake. Verbinden Sie sich mit einem Server, um zu sehen, was er aushandelt.</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="168"/>
        <source>Not connected, so there was no handshake.</source>
        <translation>Keine Verbindung, daher kein Handshake.</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="171"/>
        <source>No TLS handshake was attempted.</source>
        <translation>Es wurde kein TLS-Handshake versucht.</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="172"/>
        <source>No TLS: the server did not offer STARTTLS or refused it, so the session stayed in cleartext.</source>
        <translation>Kein TLS: Der Server hat STARTTLS nicht angeboten oder abgelehnt, die Sitzung blieb im Klartext.</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="177"/>
        <source>alert %1 (%2)</source>
        <translation>Alert %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="178"/>
        <source>Handshake failed: %1</source>
        <translation>Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="178"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="180"/>
        <source>%1 established with %2, but the certificate does not verify: %3.</source>
        <translation>%1 mit %2 aufgebaut, aber das Zertifikat ist nicht gültig: %3.</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="183"/>
        <source>%1 established with %2; the certificate verifies.</source>
        <translation>%1 mit %2 aufgebaut; das Zertifikat ist gültig.</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="196"/>
        <source>%1, %2 bits</source>
        <translation>%1, %2 Bit</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="201"/>
        <source>%1 with %2</source>
        <translation>%1 mit %2</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="207"/>
        <source>0 — everything allowed, so legacy servers can be examined; weak parameters are reported as findings</source>
        <translation>0 — alles erlaubt, damit auch Altsysteme untersucht werden können; schwache Parameter erscheinen als Befunde</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="208"/>
        <source>%1 — OpenSSL refuses parameters below this level</source>
        <translation>%1 — OpenSSL lehnt Parameter unterhalb dieser Stufe ab</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="211"/>
        <source>not requested</source>
        <translation>nicht angefordert</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="213"/>
        <source>requested, sent</source>
        <translation>angefordert, gesendet</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="213"/>
        <source>requested, none sent</source>
        <translation>angefordert, keines gesendet</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="215"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::HygienePanel</name>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="27"/>
        <source>%1 of %2 accepted</source>
        <translation>%1 von %2 angenommen</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="109"/>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="111"/>
        <source>needs attention</source>
        <translation>braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="113"/>
        <source>no clear answer</source>
        <translation>keine klare Antwort</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="115"/>
        <source>neither good nor bad: for information</source>
        <translation>weder gut noch schlecht: zur Information</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="119"/>
        <source>does not apply to this server</source>
        <translation>trifft auf diesen Server nicht zu</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="135"/>
        <source>Secure renegotiation (RFC 5746)</source>
        <translation>Sichere Neuverhandlung (RFC 5746)</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="136"/>
        <source>Does the ServerHello carry renegotiation_info, so that a renegotiation is tied to the handshake before it? Yes is good; without it OpenSSL 3 clients refuse to connect.</source>
        <translation>Enthält das ServerHello renegotiation_info, sodass eine Neuverhandlung an den Handshake davor gebunden ist? Ja ist gut; ohne sie verweigern OpenSSL-3-Clients die Verbindung.</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="139"/>
        <source>Client-initiated renegotiation</source>
        <translation>Vom Client angestoßene Neuverhandlung</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="140"/>
        <source>Does the server do a fresh handshake whenever the client asks on an open connection? No is good: each one costs the server a private-key operation and the client almost nothing.</source>
        <translation>Macht der Server auf einer offenen Verbindung einen neuen Handshake, wann immer der Client darum bittet? Nein ist gut: jeder kostet den Server eine Operation mit dem privaten Schlüssel und den Client fast nichts.</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="143"/>
        <source>TLS_FALLBACK_SCSV honoured (RFC 7507)</source>
        <translation>TLS_FALLBACK_SCSV beachtet (RFC 7507)</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="144"/>
        <source>Does the server refuse a lower-version hello marked as a fallback with inappropriate_fallback? Yes is good: a client&apos;s retry cannot be pushed down to an older version.</source>
        <translation>Lehnt der Server ein als Fallback markiertes Hello niedrigerer Version mit inappropriate_fallback ab? Ja ist gut: der erneute Versuch eines Clients lässt sich nicht auf eine ältere Version drücken.</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="147"/>
        <source>TLS 1.3 downgrade sentinel (RFC 8446)</source>
        <translation>TLS-1.3-Downgrade-Markierung (RFC 8446)</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="148"/>
        <source>Does a TLS 1.3 server mark the random of its TLS 1.2 ServerHello, so that TLS 1.3 clients notice an attacker who removed TLS 1.3 from their hello? Yes is good; it does not apply without TLS 1.3.</source>
        <translation>Markiert ein TLS-1.3-Server das Random seines TLS-1.2-ServerHello, damit TLS-1.3-Clients einen Angreifer bemerken, der TLS 1.3 aus ihrem Hello entfernt hat? Ja ist gut; ohne TLS 1.3 trifft es nicht zu.</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="152"/>
        <source>Extended master secret (RFC 7627)</source>
        <translation>Extended Master Secret (RFC 7627)</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="153"/>
        <source>Are the TLS 1.2 session keys bound to the whole handshake? Yes is good: it closes the triple-handshake attack.</source>
        <translation>Sind die TLS-1.2-Sitzungsschlüssel an den ganzen Handshake gebunden? Ja ist gut: das schließt den Triple-Handshake-Angriff aus.</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="156"/>
        <source>Encrypt-then-MAC with CBC suites (RFC 7366)</source>
        <translation>Encrypt-then-MAC bei CBC-Suites (RFC 7366)</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="157"/>
        <source>With a CBC suite, is each record authenticated before it is decrypted? Yes is good: it closes padding-oracle attacks. It does not apply to a server without CBC suites.</source>
        <translation>Wird bei einer CBC-Suite jeder Record authentifiziert, bevor er entschlüsselt wird? Ja ist gut: das schließt Padding-Oracle-Angriffe aus. Für einen Server ohne CBC-Suites trifft es nicht zu.</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="160"/>
        <source>Resumption by session id (TLS 1.2)</source>
        <translation>Wiederaufnahme per Session-ID (TLS 1.2)</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="161"/>
        <source>Did a second connection resume the first one&apos;s session by its id, with an abbreviated handshake? Information: resumption saves a full handshake per connection.</source>
        <translation>Hat eine zweite Verbindung die Sitzung der ersten über ihre ID mit einem verkürzten Handshake wieder aufgenommen? Zur Information: Wiederaufnahme spart pro Verbindung einen vollständigen Handshake.</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="164"/>
        <source>Resumption by session ticket (TLS 1.2)</source>
        <translation>Wiederaufnahme per Session-Ticket (TLS 1.2)</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="165"/>
        <source>Did the server issue a session ticket (RFC 5077), and did a second connection resume with it? Information.</source>
        <translation>Hat der Server ein Session-Ticket (RFC 5077) ausgestellt, und hat eine zweite Verbindung damit wieder aufgenommen? Zur Information.</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="168"/>
        <source>Resumption with a TLS 1.3 ticket (PSK)</source>
        <translation>Wiederaufnahme mit TLS-1.3-Ticket (PSK)</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="169"/>
        <source>Did the server send a NewSessionTicket after the TLS 1.3 handshake, and did a second connection resume with it? Information.</source>
        <translation>Hat der Server nach dem TLS-1.3-Handshake ein NewSessionTicket gesendet, und hat eine zweite Verbindung damit wieder aufgenommen? Zur Information.</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="172"/>
        <source>OCSP stapling (status_request)</source>
        <translation>OCSP-Stapling (status_request)</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="173"/>
        <source>Did the server staple an OCSP response to its certificate? Yes is good; a stapled response must say good and be current, and a must-staple certificate needs one.</source>
        <translation>Hat der Server seinem Zertifikat eine OCSP-Antwort beigelegt? Ja ist gut; eine beigelegte Antwort muss „good“ lauten und aktuell sein, und ein Must-Staple-Zertifikat braucht eine.</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="177"/>
        <source>0-RTT early data accepted</source>
        <translation>0-RTT-Frühdaten angenommen</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="178"/>
        <source>Did the server accept data sent before the TLS 1.3 handshake finished? No is good: early data can be replayed by an attacker.</source>
        <translation>Hat der Server Daten angenommen, die vor dem Ende des TLS-1.3-Handshakes gesendet wurden? Nein ist gut: Frühdaten kann ein Angreifer wiederholt einspielen.</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="181"/>
        <source>Heartbleed (CVE-2014-0160)</source>
        <translation>Heartbleed (CVE-2014-0160)</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="182"/>
        <source>Did a heartbeat request claiming more bytes than it carried come back longer than sent? No is good; Yes means the server leaks its memory. The leaked bytes are never kept or shown.</source>
        <translation>Kam eine Heartbeat-Anfrage, die mehr Bytes angab als sie trug, länger zurück als gesendet? Nein ist gut; Ja heißt, der Server gibt Speicherinhalt preis. Die preisgegebenen Bytes werden nie gespeichert oder angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="185"/>
        <source>CCS injection (CVE-2014-0224)</source>
        <translation>CCS-Injection (CVE-2014-0224)</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="186"/>
        <source>Did the server accept a ChangeCipherSpec sent before the key exchange? No is good.</source>
        <translation>Hat der Server ein vor dem Schlüsselaustausch gesendetes ChangeCipherSpec angenommen? Nein ist gut.</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="188"/>
        <source>ROBOT (RSA padding oracle)</source>
        <translation>ROBOT (RSA-Padding-Orakel)</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="189"/>
        <source>With RSA key exchange, did the server answer malformed premaster secrets differently from a well-formed one? No is good; it does not apply without RSA key exchange.</source>
        <translation>Hat der Server bei RSA-Schlüsselaustausch auf fehlerhafte Premaster-Secrets anders geantwortet als auf ein korrektes? Nein ist gut; ohne RSA-Schlüsselaustausch trifft es nicht zu.</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="192"/>
        <source>Ticketbleed (CVE-2016-9244)</source>
        <translation>Ticketbleed (CVE-2016-9244)</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="193"/>
        <source>Did a 1-byte session id offered with a session ticket come back longer, with bytes that were not ours? No is good. The probe offers a made-up ticket, so No is weaker evidence here than for the other checks.</source>
        <translation>Kam eine mit einem Session-Ticket angebotene 1-Byte-Session-ID länger zurück, mit Bytes, die nicht von uns stammen? Nein ist gut. Die Probe bietet ein erfundenes Ticket an, daher ist Nein hier ein schwächerer Beleg als bei den anderen Prüfungen.</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="197"/>
        <source>STARTTLS command injection</source>
        <translation>STARTTLS-Befehlsinjektion</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="198"/>
        <source>Was a command sent in the same packet as STARTTLS answered inside TLS? No is good; Yes means an attacker on the path can add commands that run inside the encrypted session.</source>
        <translation>Wurde ein im selben Paket wie STARTTLS gesendeter Befehl innerhalb von TLS beantwortet? Nein ist gut; Ja heißt, ein Angreifer auf dem Weg kann Befehle einschleusen, die in der verschlüsselten Sitzung ausgeführt werden.</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="201"/>
        <source>MAIL FROM accepted before STARTTLS</source>
        <translation>MAIL FROM vor STARTTLS angenommen</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="202"/>
        <source>Did the server accept MAIL FROM in cleartext (then RSET; nothing is sent)? Normal for an MX on port 25; on a submission port it must not.</source>
        <translation>Hat der Server MAIL FROM im Klartext angenommen (danach RSET; es wird nichts gesendet)? Für einen MX auf Port 25 normal; auf einem Submission-Port darf er das nicht.</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="205"/>
        <source>AUTH offered before STARTTLS</source>
        <translation>AUTH vor STARTTLS angeboten</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="206"/>
        <source>Did the cleartext EHLO advertise AUTH? On a submission port passwords would travel in cleartext; no credentials are ever sent by the check.</source>
        <translation>Hat das EHLO im Klartext AUTH angekündigt? Auf einem Submission-Port gingen Passwörter im Klartext über die Leitung; die Prüfung sendet nie Zugangsdaten.</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="235"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="237"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="239"/>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="243"/>
        <source>Untested</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="259"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="259"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="259"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="259"/>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="277"/>
        <location filename="../ui/views/hygiene_panel.cpp" line="287"/>
        <location filename="../ui/views/hygiene_panel.cpp" line="295"/>
        <source>Protocol hygiene</source>
        <translation>Protokollhygiene</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="278"/>
        <source>no checks in this scan</source>
        <translation>keine Prüfungen in diesem Scan</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="288"/>
        <source>not checked: no TLS 1.2 or lower handshake to check, or a report from before these checks</source>
        <translation>nicht geprüft: kein Handshake mit TLS 1.2 oder älter zum Prüfen, oder ein Bericht aus der Zeit vor diesen Prüfungen</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="291"/>
        <source>the server accepted no TLS 1.2 or lower</source>
        <translation>der Server nahm kein TLS 1.2 oder älter an</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="292"/>
        <source>checked with %1</source>
        <translation>geprüft mit %1</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="293"/>
        <source>1 connection</source>
        <translation>1 Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="293"/>
        <source>%1 connections</source>
        <translation>%1 Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="296"/>
        <source>Whether &quot;Yes&quot; is good depends on the check: the mark says which. Hover over a check to see what it asks.</source>
        <translation>Ob „Ja“ gut ist, hängt von der Prüfung ab: das Zeichen sagt es. Fahren Sie über eine Prüfung, um zu sehen, was sie fragt.</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="325"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="340"/>
        <source>See the Findings tab for what it means and the Exim and Postfix fix.</source>
        <translation>Im Reiter „Befunde“ steht, was das bedeutet, und die Korrektur für Exim und Postfix.</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::LadderDetails</name>
    <message>
        <location filename="../ui/views/ladder_details.cpp" line="50"/>
        <source>Select a message in the ladder (click, or use the arrow keys) to see its decoded fields and what it does.</source>
        <translation>Wählen Sie eine Nachricht im Ablaufdiagramm (Klick oder Pfeiltasten), um ihre dekodierten Felder und ihre Funktion zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_details.cpp" line="71"/>
        <source>client → server</source>
        <translation>Client → Server</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_details.cpp" line="72"/>
        <source>server → client</source>
        <translation>Server → Client</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_details.cpp" line="79"/>
        <source>SMTP command</source>
        <translation>SMTP-Befehl</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_details.cpp" line="79"/>
        <source>SMTP reply</source>
        <translation>SMTP-Antwort</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_details.cpp" line="86"/>
        <source>at %1</source>
        <translation>bei %1</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_details.cpp" line="90"/>
        <source>encrypted</source>
        <translation>verschlüsselt</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_details.cpp" line="90"/>
        <location filename="../ui/views/ladder_details.cpp" line="92"/>
        <source>in clear text</source>
        <translation>im Klartext</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_details.cpp" line="114"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_details.cpp" line="121"/>
        <source>Could not decode all of it: %1</source>
        <translation>Nicht alles konnte dekodiert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_details.cpp" line="126"/>
        <source>This starts a renegotiation</source>
        <translation>Hier beginnt eine Neuverhandlung</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_details.cpp" line="135"/>
        <source>Decoded fields</source>
        <translation>Dekodierte Felder</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_details.cpp" line="135"/>
        <source>Recorded summary</source>
        <translation>Aufgezeichnete Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_details.cpp" line="155"/>
        <source>This report was saved without the message bytes, so only the summary is known.</source>
        <translation>Dieser Bericht wurde ohne die Nachrichtenbytes gespeichert, daher ist nur die Zusammenfassung bekannt.</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::LadderModel</name>
    <message>
        <location filename="../ui/models/ladder_model.cpp" line="125"/>
        <source>Implicit TLS: the handshake starts with the first byte</source>
        <translation>Implizites TLS: Der Handshake beginnt mit dem ersten Byte</translation>
    </message>
    <message>
        <location filename="../ui/models/ladder_model.cpp" line="128"/>
        <source>STARTTLS accepted: TLS starts here</source>
        <translation>STARTTLS angenommen: Hier beginnt TLS</translation>
    </message>
    <message>
        <location filename="../ui/models/ladder_model.cpp" line="134"/>
        <source>the handshake failed: %1</source>
        <translation>der Handshake ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/ladder_model.cpp" line="160"/>
        <source>starts a renegotiation</source>
        <translation>beginnt eine Neuverhandlung</translation>
    </message>
    <message>
        <location filename="../ui/models/ladder_model.cpp" line="161"/>
        <source>starts a renegotiation · %1</source>
        <translation>beginnt eine Neuverhandlung · %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/ladder_model.cpp" line="188"/>
        <source>Encrypted SMTP: %n line(s)</source>
        <translation>
            <numerusform>Verschlüsseltes SMTP: %n Zeile</numerusform>
            <numerusform>Verschlüsseltes SMTP: %n Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailtls::ui::LadderPanel</name>
    <message>
        <location filename="../ui/views/ladder_panel.cpp" line="32"/>
        <source>Export PNG…</source>
        <translation>PNG exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_panel.cpp" line="34"/>
        <source>Save the whole ladder as a PNG picture</source>
        <translation>Das ganze Ablaufdiagramm als PNG-Bild speichern</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_panel.cpp" line="35"/>
        <source>Export PDF…</source>
        <translation>PDF exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_panel.cpp" line="37"/>
        <source>Save the whole ladder as a PDF document (A4, several pages when long)</source>
        <translation>Das ganze Ablaufdiagramm als PDF-Dokument speichern (A4, bei Bedarf mehrseitig)</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_panel.cpp" line="84"/>
        <source>Connect to a server to draw its conversation.</source>
        <translation>Verbinden Sie sich mit einem Server, um seine Kommunikation darzustellen.</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_panel.cpp" line="86"/>
        <source>Click a message, or press ↓, to see its decoded fields and what it does.</source>
        <translation>Klicken Sie auf eine Nachricht oder drücken Sie ↓, um ihre dekodierten Felder und ihre Funktion zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_panel.cpp" line="88"/>
        <source>↑/↓ step through the messages, Home/End jump</source>
        <translation>↑/↓ durch die Nachrichten blättern, Pos1/Ende springen</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_panel.cpp" line="125"/>
        <source>Export Ladder as PNG</source>
        <translation>Ablaufdiagramm als PNG exportieren</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_panel.cpp" line="126"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_panel.cpp" line="131"/>
        <location filename="../ui/views/ladder_panel.cpp" line="142"/>
        <source>Export Ladder</source>
        <translation>Ablaufdiagramm exportieren</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_panel.cpp" line="131"/>
        <location filename="../ui/views/ladder_panel.cpp" line="142"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_panel.cpp" line="136"/>
        <source>Export Ladder as PDF</source>
        <translation>Ablaufdiagramm als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_panel.cpp" line="137"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::LanguageMenu</name>
    <message>
        <location filename="../ui/language_menu.cpp" line="24"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/language_menu.cpp" line="25"/>
        <source>The workbench will use %1 from its next start.</source>
        <translation>Ab dem nächsten Start verwendet die Workbench %1.</translation>
    </message>
    <message>
        <location filename="../ui/language_menu.cpp" line="27"/>
        <source>The workbench will follow the system language from its next start.</source>
        <translation>Ab dem nächsten Start folgt die Workbench der Systemsprache.</translation>
    </message>
    <message>
        <location filename="../ui/language_menu.cpp" line="29"/>
        <source>Restart it now? Unsaved work is asked about first.</source>
        <translation>Jetzt neu starten? Bei ungespeicherter Arbeit wird vorher nachgefragt.</translation>
    </message>
    <message>
        <location filename="../ui/language_menu.cpp" line="31"/>
        <source>&amp;Restart Now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <location filename="../ui/language_menu.cpp" line="32"/>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <location filename="../ui/language_menu.cpp" line="65"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../ui/language_menu.cpp" line="72"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::LogPartnerModel</name>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="71"/>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="76"/>
        <source>out</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="76"/>
        <source>in</source>
        <translation>ein</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="95"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="121"/>
        <location filename="../ui/models/log_partner_model.cpp" line="134"/>
        <location filename="../ui/models/log_partner_model.cpp" line="218"/>
        <location filename="../ui/models/log_partner_model.cpp" line="230"/>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="145"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="209"/>
        <source>We delivered to this host (our server was the TLS client)</source>
        <translation>Wir haben an diesen Host zugestellt (unser Server war der TLS-Client)</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="210"/>
        <source>This host delivered to us (our server was the TLS server)</source>
        <translation>Dieser Host hat an uns zugestellt (unser Server war der TLS-Server)</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="212"/>
        <source>%1 messages, %2 of them over TLS</source>
        <translation>%1 Nachrichten, davon %2 über TLS</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="214"/>
        <source>Share of this partner&apos;s messages that went over TLS</source>
        <translation>Anteil der Nachrichten dieses Partners, die über TLS liefen</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="222"/>
        <source>Whether the peer&apos;s certificate was verified (Exim CV=, Postfix Trusted/Verified): yes, no, dane</source>
        <translation>Ob das Zertifikat der Gegenstelle geprüft wurde (Exim CV=, Postfix Trusted/Verified): yes, no, dane</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="224"/>
        <source>Messages without TLS</source>
        <translation>Nachrichten ohne TLS</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="226"/>
        <source>Cleartext messages that followed a failed TLS handshake with this partner within an hour</source>
        <translation>Klartext-Nachrichten, die innerhalb einer Stunde auf einen gescheiterten TLS-Handshake mit diesem Partner folgten</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="235"/>
        <source>Used TLS 1.1 or older, which dropping old versions would take away</source>
        <translation>Hat TLS 1.1 oder älter verwendet; das Abschalten alter Versionen würde das wegnehmen</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="296"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="297"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="298"/>
        <source>Dir.</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="299"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="300"/>
        <source>Conn.</source>
        <translation>Verb.</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="301"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="302"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="303"/>
        <source>Top cipher</source>
        <translation>Häufigste Suite</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="304"/>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="305"/>
        <source>Cleartext</source>
        <translation>Klartext</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="306"/>
        <source>Fell back</source>
        <translation>Zurückgefallen</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="307"/>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="308"/>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="309"/>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="313"/>
        <source>in: the partner delivered to us; out: we delivered to it</source>
        <translation>ein: der Partner hat an uns zugestellt; aus: wir haben an ihn zugestellt</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="314"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="315"/>
        <source>Share of messages over TLS</source>
        <translation>Anteil der Nachrichten über TLS</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="316"/>
        <source>Cleartext messages after a failed TLS handshake</source>
        <translation>Klartext-Nachrichten nach einem gescheiterten TLS-Handshake</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="317"/>
        <source>TLS failures, with the most frequent cause</source>
        <translation>TLS-Fehlschläge, mit der häufigsten Ursache</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::LogPlots</name>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="100"/>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="101"/>
        <source>Save a plot as PNG or PDF</source>
        <translation>Ein Diagramm als PNG oder PDF speichern</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="107"/>
        <source>PNG image…</source>
        <translation>PNG-Bild …</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="108"/>
        <source>PDF document…</source>
        <translation>PDF-Dokument …</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="112"/>
        <source>Drag or turn the wheel over a plot to move or zoom the time axis of all three; double-click shows the whole time again. Right-click a plot to save it.</source>
        <translation>Ziehen oder das Mausrad über einem Diagramm drehen verschiebt oder zoomt die Zeitachse aller drei; ein Doppelklick zeigt wieder den ganzen Zeitraum. Rechtsklick auf ein Diagramm speichert es.</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="140"/>
        <source>TLS versions per hour</source>
        <translation>TLS-Versionen pro Stunde</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="141"/>
        <source>TLS failures per hour, by cause</source>
        <translation>TLS-Fehlschläge pro Stunde, nach Ursache</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="142"/>
        <source>Cleartext share per hour</source>
        <translation>Klartext-Anteil pro Stunde</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="325"/>
        <source>local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="325"/>
        <source>local time (%1)</source>
        <translation>Ortszeit (%1)</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="384"/>
        <source>messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="386"/>
        <location filename="../ui/views/log_plots.cpp" line="408"/>
        <location filename="../ui/views/log_plots.cpp" line="448"/>
        <source>No logs read yet</source>
        <translation>Noch keine Logs gelesen</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="386"/>
        <source>No message over TLS in these logs</source>
        <translation>Keine Nachricht über TLS in diesen Logs</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="406"/>
        <source>failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="408"/>
        <source>No TLS failure in these logs</source>
        <translation>Kein TLS-Fehlschlag in diesen Logs</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="435"/>
        <source>messages without TLS, % of all messages in the hour</source>
        <translation>Nachrichten ohne TLS, in % aller Nachrichten der Stunde</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="446"/>
        <source>cleartext %</source>
        <translation>Klartext %</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="448"/>
        <source>No messages in these logs</source>
        <translation>Keine Nachrichten in diesen Logs</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="485"/>
        <source>Save “%1” as PNG…</source>
        <translation>„%1“ als PNG speichern …</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="486"/>
        <source>Save “%1” as PDF…</source>
        <translation>„%1“ als PDF speichern …</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="488"/>
        <source>Show the whole time range</source>
        <translation>Den ganzen Zeitraum zeigen</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="497"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="497"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="498"/>
        <source>Save Plot</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="504"/>
        <source>Only .png and .pdf files can be written.</source>
        <translation>Nur .png- und .pdf-Dateien können geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="549"/>
        <source>the PDF writer could not start</source>
        <translation>die PDF-Ausgabe konnte nicht gestartet werden</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="553"/>
        <source>the image could not be encoded as PNG</source>
        <translation>das Bild konnte nicht als PNG kodiert werden</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::LogWhatBreaksPanel</name>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="40"/>
        <source>Our server — partners that deliver to us</source>
        <translation>Unser Server — Partner, die an uns zustellen</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="41"/>
        <source>Our outgoing TLS — partners we deliver to</source>
        <translation>Unser ausgehendes TLS — Partner, an die wir zustellen</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="43"/>
        <source>Drop TLS 1.0</source>
        <translation>TLS 1.0 abschalten</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="45"/>
        <source>Drop TLS 1.1</source>
        <translation>TLS 1.1 abschalten</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="47"/>
        <source>Drop TLS 1.2</source>
        <translation>TLS 1.2 abschalten</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="49"/>
        <source>TLS 1.3 only</source>
        <translation>Nur noch TLS 1.3</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="53"/>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="60"/>
        <source>as now</source>
        <translation>wie bisher</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="54"/>
        <source>serve only ECDSA</source>
        <translation>nur ECDSA anbieten</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="55"/>
        <source>serve only RSA</source>
        <translation>nur RSA anbieten</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="56"/>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="385"/>
        <source>The certificate types our server offers</source>
        <translation>Die Zertifikatstypen, die unser Server anbietet</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="61"/>
        <source>2048 bits</source>
        <translation>2048 Bit</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="62"/>
        <source>3072 bits</source>
        <translation>3072 Bit</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="63"/>
        <source>The size of the DHE prime: partners with a smaller upper limit cannot use DHE suites</source>
        <translation>Die Größe der DHE-Primzahl: Partner mit einer kleineren Obergrenze können keine DHE-Suites verwenden</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="68"/>
        <source>unchanged — or an OpenSSL list, IANA names, a GnuTLS priority string</source>
        <translation>unverändert — oder eine OpenSSL-Liste, IANA-Namen, ein GnuTLS-Prioritätsstring</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="69"/>
        <source>The suites after the change, e.g. ECDHE+AESGCM:ECDHE+CHACHA20 (OpenSSL), TLS_AES_128_GCM_SHA256,… (IANA) or SECURE128:-VERS-TLS1.0 (GnuTLS, expanded by gnutls-cli)</source>
        <translation>Die Suites nach der Änderung, z. B. ECDHE+AESGCM:ECDHE+CHACHA20 (OpenSSL), TLS_AES_128_GCM_SHA256,… (IANA) oder SECURE128:-VERS-TLS1.0 (GnuTLS, von gnutls-cli aufgelöst)</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="74"/>
        <source>Without a scan, today&apos;s server is taken as accepting every suite and version, so only what the change itself removes is counted</source>
        <translation>Ohne Scan gilt der heutige Server als einer, der jede Suite und jede Version annimmt; gezählt wird dann nur, was die Änderung selbst wegnimmt</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="78"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="80"/>
        <source>Play the change against every partner&apos;s TLS in the logs</source>
        <translation>Die Änderung gegen das TLS jedes Partners in den Logs durchspielen</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="91"/>
        <source>DH prime:</source>
        <translation>DH-Primzahl:</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="97"/>
        <source>Change:</source>
        <translation>Änderung:</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="99"/>
        <source>Versions:</source>
        <translation>Versionen:</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="101"/>
        <source>Certificate:</source>
        <translation>Zertifikat:</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="103"/>
        <source>Cipher suites:</source>
        <translation>Cipher-Suites:</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="118"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="118"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="118"/>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="118"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="213"/>
        <source>Start from the scan of %1 (what the server accepts today)</source>
        <translation>Vom Scan von %1 ausgehen (was der Server heute annimmt)</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="230"/>
        <source>Open mail logs first: the prediction plays the change against the partners they show.</source>
        <translation>Öffnen Sie zuerst Mail-Logs: Die Vorhersage spielt die Änderung gegen die Partner durch, die darin vorkommen.</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="235"/>
        <source>Choose a change first: a version to drop, a certificate type, a DH prime size or a cipher list.</source>
        <translation>Wählen Sie zuerst eine Änderung: eine abzuschaltende Version, einen Zertifikatstyp, eine DH-Primzahlgröße oder eine Cipher-Liste.</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="259"/>
        <source>Expanding the GnuTLS priority string with gnutls-cli…</source>
        <translation>Löse den GnuTLS-Prioritätsstring mit gnutls-cli auf …</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="274"/>
        <source>The change cannot be read: %1</source>
        <translation>Die Änderung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="284"/>
        <source>No partner in the logs would lose TLS.</source>
        <translation>Kein Partner in den Logs würde TLS verlieren.</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="286"/>
        <source>No partner would lose TLS for certain; %1 at risk.</source>
        <translation>Kein Partner würde sicher TLS verlieren; %1 gefährdet.</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="288"/>
        <source>%1 would lose TLS, %2 at risk.</source>
        <translation>TLS ginge verloren bei %1, gefährdet: %2.</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="291"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3 keep TLS · %4 never used TLS here</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;TLS bleibt bei %3 · hier nie TLS: %4</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="298"/>
        <source>Simulated: %1</source>
        <translation>Simuliert: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="320"/>
        <source>Double-click to show this partner</source>
        <translation>Doppelklick zeigt diesen Partner</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="323"/>
        <source>Would lose TLS: 1 partner</source>
        <translation>Würde TLS verlieren: 1 Partner</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="323"/>
        <source>Would lose TLS: %1 partners</source>
        <translation>Würden TLS verlieren: %1 Partner</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="328"/>
        <source>At risk: 1 partner</source>
        <translation>Gefährdet: 1 Partner</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="328"/>
        <source>At risk: %1 partners</source>
        <translation>Gefährdet: %1 Partner</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="334"/>
        <source>Still works: %1.</source>
        <translation>Funktioniert weiter: %1.</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="337"/>
        <source>Keep TLS: 1 partner</source>
        <translation>Behalten TLS: 1 Partner</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="337"/>
        <source>Keep TLS: %1 partners</source>
        <translation>Behalten TLS: %1 Partner</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="342"/>
        <source>Never used TLS here: 1 partner (a TLS change does not reach it)</source>
        <translation>Hier nie TLS verwendet: 1 Partner (eine TLS-Änderung betrifft ihn nicht)</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="343"/>
        <source>Never used TLS here: %1 partners (a TLS change does not reach them)</source>
        <translation>Hier nie TLS verwendet: %1 Partner (eine TLS-Änderung betrifft sie nicht)</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="384"/>
        <source>Our outgoing TLS serves no certificate: only for our server</source>
        <translation>Unser ausgehendes TLS bietet kein Zertifikat an: nur für unseren Server</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="388"/>
        <source>Choose a change and press Run: the partners in the logs that would lose TLS are listed here, with how much mail they send and when they were last seen.</source>
        <translation>Wählen Sie eine Änderung und klicken Sie auf „Ausführen“: Die Partner aus den Logs, die TLS verlieren würden, werden hier aufgeführt, mit ihrer Mail-Menge und wann sie zuletzt gesehen wurden.</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::LogsView</name>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="89"/>
        <source>Open Logs…</source>
        <translation>Logs öffnen …</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="91"/>
        <source>Read Exim or Postfix log files (plain, .gz, .xz, .bz2); several rotations at once are read in time order</source>
        <translation>Exim- oder Postfix-Logdateien lesen (unkomprimiert, .gz, .xz, .bz2); mehrere Rotationen auf einmal werden in zeitlicher Reihenfolge gelesen</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="92"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="94"/>
        <source>Stop reading; what was shown before stays</source>
        <translation>Lesen abbrechen; was vorher angezeigt wurde, bleibt</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="126"/>
        <source>&lt;h3&gt;No mail logs yet&lt;/h3&gt;&lt;p&gt;Press &lt;b&gt;Open Logs…&lt;/b&gt; (or File ▸ Open Mail Logs…), or drop log files here.&lt;/p&gt;&lt;p&gt;Exim&apos;s mainlog, Postfix&apos;s mail.log or maillog, syslog and journalctl output (short-iso or JSON) are read, rotated .gz, .xz and .bz2 files too. Select several rotations at once: they are read in time order.&lt;/p&gt;&lt;p&gt;You get every partner&apos;s TLS (versions, ciphers, verification, cleartext, failures and why), plots over time, and what would break if you dropped old TLS versions or changed ciphers.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Mail-Logs&lt;/h3&gt;&lt;p&gt;Klicken Sie auf &lt;b&gt;Logs öffnen …&lt;/b&gt; (oder Datei ▸ Mail-Logs öffnen …), oder ziehen Sie Logdateien hierher.&lt;/p&gt;&lt;p&gt;Gelesen werden Exims mainlog, Postfix&apos; mail.log oder maillog, Syslog und journalctl-Ausgabe (short-iso oder JSON), auch rotierte .gz-, .xz- und .bz2-Dateien. Wählen Sie mehrere Rotationen auf einmal: Sie werden in zeitlicher Reihenfolge gelesen.&lt;/p&gt;&lt;p&gt;Sie erhalten das TLS jedes Partners (Versionen, Suites, Prüfung, Klartext, Fehlschläge und ihre Ursachen), Diagramme über die Zeit und was kaputtginge, wenn Sie alte TLS-Versionen abschalten oder die Suites ändern.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="140"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="141"/>
        <source>Plots</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="142"/>
        <source>What breaks if…</source>
        <translation>Was bricht, wenn …</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="143"/>
        <location filename="../ui/views/logs_view.cpp" line="510"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="160"/>
        <source>Plot saved to %1</source>
        <translation>Diagramm gespeichert unter %1</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="162"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="184"/>
        <source>Filter by host or address</source>
        <translation>Nach Host oder Adresse filtern</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="188"/>
        <source>In and out</source>
        <translation>Ein- und ausgehend</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="189"/>
        <source>Inbound (they deliver to us)</source>
        <translation>Eingehend (sie stellen an uns zu)</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="190"/>
        <source>Outbound (we deliver to them)</source>
        <translation>Ausgehend (wir stellen an sie zu)</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="193"/>
        <source>Only partners that used this TLS version</source>
        <translation>Nur Partner, die diese TLS-Version verwendet haben</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="196"/>
        <source>Only partners whose certificate was verified this way at least once</source>
        <translation>Nur Partner, deren Zertifikat mindestens einmal so geprüft wurde</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="197"/>
        <source>Any verification</source>
        <translation>Jede Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="198"/>
        <source>Verified (yes)</source>
        <translation>Geprüft (yes)</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="199"/>
        <source>Not verified (no)</source>
        <translation>Nicht geprüft (no)</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="200"/>
        <source>DANE</source>
        <translation>DANE</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="201"/>
        <source>Failing only</source>
        <translation>Nur fehlschlagende</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="203"/>
        <source>Only partners with TLS failures</source>
        <translation>Nur Partner mit TLS-Fehlschlägen</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="204"/>
        <source>Cleartext only</source>
        <translation>Nur mit Klartext</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="206"/>
        <source>Only partners that sent or received mail without TLS</source>
        <translation>Nur Partner, die Mail ohne TLS gesendet oder empfangen haben</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="240"/>
        <source>Open Session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="242"/>
        <source>Scan</source>
        <translation>Scannen</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="251"/>
        <source>Check These Partners in the Fleet Tab</source>
        <translation>Diese Partner im Reiter Flotte prüfen</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="253"/>
        <source>Every partner the table lists (after the filters), on port 25, as the Fleet tab&apos;s target list</source>
        <translation>Jeder Partner, den die Tabelle (nach den Filtern) zeigt, auf Port 25, als Zielliste des Reiters Flotte</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="299"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="299"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="299"/>
        <source>Compression</source>
        <translation>Kompression</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="299"/>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="299"/>
        <source>Parsed</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="299"/>
        <source>Not understood</source>
        <translation>Nicht verstanden</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="299"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="307"/>
        <source>Files are read in the order of their first time stamps, so rotations join up. &lt;i&gt;Parsed&lt;/i&gt; counts the lines in the file&apos;s format; &lt;i&gt;not understood&lt;/i&gt; are lines of that format the reader could not interpret — expand a file to see the first of them. A file that stops early (damaged compression, a NUL byte) says where; everything before that point is counted.</source>
        <translation>Dateien werden in der Reihenfolge ihres ersten Zeitstempels gelesen, damit Rotationen aneinander anschließen. &lt;i&gt;Erkannt&lt;/i&gt; zählt die Zeilen im Format der Datei; &lt;i&gt;nicht verstanden&lt;/i&gt; sind Zeilen dieses Formats, die der Leser nicht deuten konnte — klappen Sie eine Datei auf, um die ersten davon zu sehen. Eine Datei, die vorzeitig endet (beschädigte Kompression, ein NUL-Byte), nennt die Stelle; alles davor wird gezählt.</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="330"/>
        <source>Open Mail Logs</source>
        <translation>Mail-Logs öffnen</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="331"/>
        <source>Mail logs (*log* *.gz *.xz *.bz2 *.json *.txt);;All files (*)</source>
        <translation>Mail-Logs (*log* *.gz *.xz *.bz2 *.json *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="375"/>
        <source>Reading cancelled; %1</source>
        <translation>Lesen abgebrochen; %1</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="375"/>
        <source>the logs read before are still shown.</source>
        <translation>die zuvor gelesenen Logs bleiben angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="375"/>
        <source>nothing was read.</source>
        <translation>es wurde nichts gelesen.</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="387"/>
        <location filename="../ui/views/logs_view.cpp" line="564"/>
        <source>%1 files</source>
        <translation>%1 Dateien</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="388"/>
        <source>Reading %1…</source>
        <translation>Lese %1 …</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="392"/>
        <source>&lt;h3&gt;Reading the logs…&lt;/h3&gt;&lt;p&gt;The partners, plots and files appear here when reading is done. Cancel stops it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lese die Logs …&lt;/h3&gt;&lt;p&gt;Partner, Diagramme und Dateien erscheinen hier, sobald das Lesen fertig ist. „Abbrechen“ beendet es.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="407"/>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="408"/>
        <source>%1 of %2 MB · %3</source>
        <translation>%1 von %2 MB · %3</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="409"/>
        <source>%1 MB · %2</source>
        <translation>%1 MB · %2</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="461"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="469"/>
        <source>%1 lines outside the time filter</source>
        <translation>%1 Zeilen außerhalb des Zeitfilters</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="471"/>
        <source>%1 lines too long, cut</source>
        <translation>%1 Zeilen zu lang, gekürzt</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="472"/>
        <source>%1 MB read</source>
        <translation>%1 MB gelesen</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="482"/>
        <source>not a mail log this version can read</source>
        <translation>kein Mail-Log, das diese Version lesen kann</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="489"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="495"/>
        <source>Expand the row to see the first lines that were not understood</source>
        <translation>Klappen Sie die Zeile auf, um die ersten nicht verstandenen Zeilen zu sehen</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="510"/>
        <source>Files (%1)</source>
        <translation>Dateien (%1)</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="519"/>
        <source>Any TLS version</source>
        <translation>Jede TLS-Version</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="529"/>
        <source>Used %1</source>
        <translation>Hat %1 verwendet</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="540"/>
        <location filename="../ui/views/logs_view.cpp" line="567"/>
        <source>1 partner</source>
        <translation>1 Partner</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="540"/>
        <location filename="../ui/views/logs_view.cpp" line="567"/>
        <source>%1 partners</source>
        <translation>%1 Partner</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="542"/>
        <source>%1 of %2 partners</source>
        <translation>%1 von %2 Partnern</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="553"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="555"/>
        <source>Open Exim or Postfix logs, or drop them here.</source>
        <translation>Öffnen Sie Exim- oder Postfix-Logs, oder ziehen Sie sie hierher.</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="564"/>
        <source>1 file</source>
        <translation>1 Datei</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="565"/>
        <source>1 line</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="565"/>
        <source>%1 lines</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="566"/>
        <source>1 message</source>
        <translation>1 Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="566"/>
        <source>%1 messages</source>
        <translation>%1 Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="568"/>
        <source>1 TLS failure</source>
        <translation>1 TLS-Fehlschlag</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="568"/>
        <source>%1 TLS failures</source>
        <translation>%1 TLS-Fehlschläge</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="570"/>
        <location filename="../ui/views/logs_view.cpp" line="718"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="574"/>
        <source>1 line not understood (see Files)</source>
        <translation>1 Zeile nicht verstanden (siehe Dateien)</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="575"/>
        <source>%1 lines not understood (see Files)</source>
        <translation>%1 Zeilen nicht verstanden (siehe Dateien)</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="587"/>
        <source>Not everything could be read (everything before the problem is counted):
%1</source>
        <translation>Nicht alles konnte gelesen werden (alles vor dem Problem wird gezählt):
%1</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="672"/>
        <source>Open Session with %1:25</source>
        <translation>Sitzung mit %1:25 öffnen</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="673"/>
        <source>Scan %1:25</source>
        <translation>%1:25 scannen</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="678"/>
        <source>Copy “%1”</source>
        <translation>„%1“ kopieren</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="688"/>
        <location filename="../ui/views/logs_view.cpp" line="689"/>
        <source>Select a partner first</source>
        <translation>Wählen Sie zuerst einen Partner</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="688"/>
        <source>Connect to %1 on port 25 and show the session</source>
        <translation>Mit %1 auf Port 25 verbinden und die Sitzung zeigen</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="690"/>
        <source>Scan the versions and cipher suites %1 accepts on port 25</source>
        <translation>Die Versionen und Cipher-Suites scannen, die %1 auf Port 25 akzeptiert</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="693"/>
        <source>&lt;p&gt;No partner in these logs: no line about a delivery or an arrival with a host was understood. The Files page shows what was read.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kein Partner in diesen Logs: Keine Zeile über eine Zustellung oder einen Eingang mit einem Host wurde verstanden. Die Seite „Dateien“ zeigt, was gelesen wurde.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="695"/>
        <source>&lt;p&gt;Select a partner above to see its TLS versions, ciphers, certificate names and each failure with an example line, what it means and what to do next.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie oben einen Partner, um seine TLS-Versionen, Suites, Zertifikatsnamen und jeden Fehlschlag mit einer Beispielzeile, seiner Bedeutung und dem nächsten Schritt zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="707"/>
        <source>Outbound: we delivered to this host, our server was the TLS client.</source>
        <translation>Ausgehend: Wir haben an diesen Host zugestellt, unser Server war der TLS-Client.</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="708"/>
        <source>Inbound: this host delivered to us, our server was the TLS server.</source>
        <translation>Eingehend: Dieser Host hat an uns zugestellt, unser Server war der TLS-Server.</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="711"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="712"/>
        <source>over TLS</source>
        <translation>über TLS</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="713"/>
        <source>in cleartext</source>
        <translation>im Klartext</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="714"/>
        <source>%1 of them after a failed TLS handshake</source>
        <translation>davon %1 nach einem gescheiterten TLS-Handshake</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="716"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="717"/>
        <source>Seen</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="722"/>
        <source>TLS versions</source>
        <translation>TLS-Versionen</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="724"/>
        <source>Cipher suites</source>
        <translation>Cipher-Suites</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="726"/>
        <source>Certificate verified</source>
        <translation>Zertifikat geprüft</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="731"/>
        <source>Peer certificate names</source>
        <translation>Namen im Zertifikat der Gegenstelle</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="737"/>
        <source>Server names asked for (SNI)</source>
        <translation>Angefragte Servernamen (SNI)</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="740"/>
        <source>No TLS with this partner in these logs.</source>
        <translation>Kein TLS mit diesem Partner in diesen Logs.</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="743"/>
        <source>TLS failures</source>
        <translation>TLS-Fehlschläge</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="749"/>
        <source>From %1 to %2</source>
        <translation>Von %1 bis %2</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="753"/>
        <source>Where: %1</source>
        <translation>Wo: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="757"/>
        <source>Next step:</source>
        <translation>Nächster Schritt:</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="759"/>
        <source>Finding: %1</source>
        <translation>Befund: %1</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="87"/>
        <source>MailTLS Workbench</source>
        <translation>MailTLS Workbench</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="127"/>
        <source>%1 of about %2 connections</source>
        <translation>%1 von etwa %2 Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="128"/>
        <source>Scanning %1 — %2 of about %3 connections</source>
        <translation>Scanne %1 — %2 von etwa %3 Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="132"/>
        <source>Scan cancelled — %1</source>
        <translation>Scan abgebrochen — %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="168"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="169"/>
        <source>Connect to the server and run the session (Ctrl+Enter)</source>
        <translation>Mit dem Server verbinden und die Sitzung ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="172"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="173"/>
        <source>Say QUIT and close the connection</source>
        <translation>QUIT senden und die Verbindung schließen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="176"/>
        <source>C&amp;ancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="177"/>
        <source>Abort the session at once (Esc)</source>
        <translation>Sitzung sofort abbrechen (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="180"/>
        <source>&amp;Scan</source>
        <translation>&amp;Scannen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="181"/>
        <source>Scan every protocol version and cipher suite the server accepts (Ctrl+Shift+Enter)</source>
        <translation>Alle Protokollversionen und Cipher-Suites scannen, die der Server akzeptiert (Strg+Umschalt+Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="184"/>
        <source>&amp;Open Certificate…</source>
        <translation>Zertifikat ö&amp;ffnen …</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="185"/>
        <source>Inspect certificate, chain, key or PKCS#12 files as a server would send them</source>
        <translation>Zertifikats-, Ketten-, Schlüssel- oder PKCS#12-Dateien so untersuchen, wie ein Server sie senden würde</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="188"/>
        <source>&amp;Generate Certificate…</source>
        <translation>Zertifikat &amp;erzeugen …</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="189"/>
        <source>Make a key with a self-signed certificate, a CSR, or a certificate from a CA directory</source>
        <translation>Einen Schlüssel mit selbstsigniertem Zertifikat, CSR oder Zertifikat aus einem CA-Verzeichnis erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="192"/>
        <source>&amp;Explain Cipher Suite…</source>
        <translation>Cipher-Suite e&amp;rklären …</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="193"/>
        <source>Take a cipher suite name apart: key exchange, authentication, cipher, MAC, grade</source>
        <translation>Eine Cipher-Suite zerlegen: Schlüsselaustausch, Authentifizierung, Cipher, MAC, Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="196"/>
        <source>&amp;Compare Servers…</source>
        <translation>Server &amp;vergleichen …</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="197"/>
        <source>Servers or saved reports side by side, differences first</source>
        <translation>Server oder gespeicherte Berichte nebeneinander, Unterschiede zuerst</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="200"/>
        <source>Simulate &amp;Partner…</source>
        <translation>&amp;Partner simulieren …</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="201"/>
        <source>Would a partner (client profile or pasted cipher list) connect to this server? Why not, and the fix</source>
        <translation>Kann sich ein Partner (Client-Profil oder eingefügte Cipher-Liste) mit diesem Server verbinden? Wenn nicht, warum, und die Abhilfe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="204"/>
        <source>Open &amp;Mail Logs…</source>
        <translation>&amp;Mail-Logs öffnen …</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="205"/>
        <source>Read Exim or Postfix logs: every partner&apos;s TLS, its failures, and what a change would break</source>
        <translation>Exim- oder Postfix-Logs lesen: das TLS jedes Partners, seine Fehlschläge und was eine Änderung kaputtmachen würde</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="208"/>
        <source>Check a &amp;Domain…</source>
        <translation>&amp;Domain prüfen …</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="209"/>
        <source>Can mail for a domain be delivered securely? MX hosts, their STARTTLS, DANE, MTA-STS and TLS-RPT</source>
        <translation>Lässt sich Mail an eine Domain sicher zustellen? MX-Hosts, ihr STARTTLS, DANE, MTA-STS und TLS-RPT</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="212"/>
        <source>&amp;Save Report as JSON…</source>
        <translation>Bericht als JSON &amp;speichern …</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="216"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="221"/>
        <source>&amp;About MailTLS Workbench</source>
        <translation>Ü&amp;ber MailTLS Workbench</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="228"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="238"/>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="244"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="254"/>
        <source>&amp;Practice server</source>
        <translation>Ü&amp;bungsserver</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="256"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="262"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="287"/>
        <source>&lt;b&gt;Transcript&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mitschnitt&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="328"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="330"/>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="340"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="343"/>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="350"/>
        <source>%1 with %2:%3 from the Fleet tab</source>
        <translation>%1 mit %2:%3 aus dem Reiter Flotte</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="351"/>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="351"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="412"/>
        <location filename="../ui/main_window.cpp" line="413"/>
        <source>connecting</source>
        <translation>verbinde</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="414"/>
        <source>waiting for the banner</source>
        <translation>warte auf die Begrüßung</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="415"/>
        <source>EHLO</source>
        <translation>EHLO</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="416"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="417"/>
        <location filename="../ui/main_window.cpp" line="418"/>
        <source>TLS handshake</source>
        <translation>TLS-Handshake</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="419"/>
        <source>EHLO over TLS</source>
        <translation>EHLO über TLS</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="420"/>
        <source>authenticating</source>
        <translation>authentifiziere</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="421"/>
        <source>sending the message</source>
        <translation>sende die Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="422"/>
        <source>QUIT</source>
        <translation>QUIT</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="423"/>
        <source>interactive</source>
        <translation>interaktiv</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="424"/>
        <source>closing</source>
        <translation>schließe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="451"/>
        <location filename="../ui/main_window.cpp" line="912"/>
        <source>Idle — enter a mail server and press Connect</source>
        <translation>Bereit — Mailserver eingeben und „Verbinden“ drücken</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="454"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="457"/>
        <source>Connected to %1 — interactive: lines typed below go to the server as typed</source>
        <translation>Verbunden mit %1 — interaktiv: unten eingegebene Zeilen gehen unverändert an den Server</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="461"/>
        <source>Disconnecting from %1…</source>
        <translation>Trenne von %1 …</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="517"/>
        <source>Scanning %1…</source>
        <translation>Scanne %1 …</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="536"/>
        <location filename="../ui/main_window.cpp" line="939"/>
        <source>Scan failed: %1</source>
        <translation>Scan fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="537"/>
        <source>Scan failed — %1: %2</source>
        <translation>Scan fehlgeschlagen — %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="556"/>
        <source>Scanned %1 — %2 suites accepted, %3 connections</source>
        <translation>%1 gescannt — %2 Suites akzeptiert, %3 Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="565"/>
        <source>Cancelled — %1</source>
        <translation>Abgebrochen — %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="566"/>
        <source>Session cancelled. What was received so far is kept below.</source>
        <translation>Sitzung abgebrochen. Das bisher Empfangene bleibt unten erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="573"/>
        <source>%1 — %2…</source>
        <translation>%1 — %2 …</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="611"/>
        <source>TLS failed</source>
        <translation>TLS fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="613"/>
        <source>no TLS</source>
        <translation>kein TLS</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="621"/>
        <source>%1 — session complete, closing…</source>
        <translation>%1 — Sitzung abgeschlossen, schließe …</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="629"/>
        <source>Likely: %1</source>
        <translation>Wahrscheinlich: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="632"/>
        <source>Failed — %1: %2</source>
        <translation>Fehlgeschlagen — %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="642"/>
        <source>Disconnected from %1 — 1 finding</source>
        <translation>Von %1 getrennt — 1 Befund</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="643"/>
        <source>Disconnected from %1 — %2 findings</source>
        <translation>Von %1 getrennt — %2 Befunde</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="651"/>
        <source>Handshake (%1)</source>
        <translation>Handshake (%1)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="652"/>
        <source>Handshake</source>
        <translation>Handshake</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="654"/>
        <source>Ladder (%1)</source>
        <translation>Ablauf (%1)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="654"/>
        <source>Ladder</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="656"/>
        <source>Certificates (%1)</source>
        <translation>Zertifikate (%1)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="656"/>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="658"/>
        <source>Findings (%1)</source>
        <translation>Befunde (%1)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="658"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="661"/>
        <source>Cipher matrix (%1)</source>
        <translation>Cipher-Matrix (%1)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="661"/>
        <source>Cipher matrix</source>
        <translation>Cipher-Matrix</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="705"/>
        <source>Save Report as JSON</source>
        <translation>Bericht als JSON speichern</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="706"/>
        <source>JSON reports (*.json);;All files (*)</source>
        <translation>JSON-Berichte (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="684"/>
        <source>Save Report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="636"/>
        <source>The server refused STARTTLS: %1</source>
        <translation>Der Server hat STARTTLS abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="637"/>
        <source>The server refused EHLO: %1</source>
        <translation>Der Server hat EHLO abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="638"/>
        <source>The server refused the session in its greeting: %1</source>
        <translation>Der Server hat die Sitzung schon in seiner Begrüßung abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="685"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="690"/>
        <source>Report saved to %1</source>
        <translation>Bericht gespeichert unter %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="714"/>
        <source>About MailTLS Workbench</source>
        <translation>Über MailTLS Workbench</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="715"/>
        <source>&lt;h3&gt;MailTLS Workbench %1&lt;/h3&gt;&lt;p&gt;Looks at the TLS side of mail servers: the SMTP conversation as it happened, the handshake, the served certificate chain, and what to change in Exim or Postfix.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MailTLS Workbench %1&lt;/h3&gt;&lt;p&gt;Untersucht die TLS-Seite von Mailservern: den SMTP-Dialog, wie er tatsächlich stattfand, den Handshake, die ausgelieferte Zertifikatskette und was in Exim oder Postfix zu ändern ist.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 und %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="726"/>
        <source>Open Certificate</source>
        <translation>Zertifikat öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="727"/>
        <source>Certificates and keys (*.pem *.crt *.cer *.der *.key *.p12 *.pfx *.p7b *.chain);;All files (*)</source>
        <translation>Zertifikate und Schlüssel (*.pem *.crt *.cer *.der *.key *.p12 *.pfx *.p7b *.chain);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="737"/>
        <source>A session is running; open the certificate when it has finished.</source>
        <translation>Eine Sitzung läuft; öffnen Sie das Zertifikat, wenn sie beendet ist.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="741"/>
        <source>Reading %1…</source>
        <translation>Lese %1 …</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="769"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="770"/>
        <source>%1

Passphrase:</source>
        <translation>%1

Passphrase:</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="775"/>
        <source>Could not read the certificate files:
%1</source>
        <translation>Die Zertifikatsdateien konnten nicht gelesen werden:
%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="776"/>
        <source>Could not read %1</source>
        <translation>%1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="781"/>
        <source>%1 holds no certificate, only private keys. Open the certificate file together with the key.</source>
        <translation>%1 enthält kein Zertifikat, nur private Schlüssel. Öffnen Sie die Zertifikatsdatei zusammen mit dem Schlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="782"/>
        <source>No certificate in %1</source>
        <translation>Kein Zertifikat in %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="795"/>
        <location filename="../ui/main_window.cpp" line="930"/>
        <source>From file %1</source>
        <translation>Aus Datei %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="796"/>
        <location filename="../ui/main_window.cpp" line="931"/>
        <source>From files %1</source>
        <translation>Aus den Dateien %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="804"/>
        <source>Inspected %1 — 1 finding</source>
        <translation>%1 untersucht — 1 Befund</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="805"/>
        <source>Inspected %1 — %2 findings</source>
        <translation>%1 untersucht — %2 Befunde</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="346"/>
        <location filename="../ui/main_window.cpp" line="854"/>
        <location filename="../ui/main_window.cpp" line="865"/>
        <source>A session or scan is running; try again when it has finished.</source>
        <translation>Eine Sitzung oder ein Scan läuft; versuchen Sie es erneut, wenn sie bzw. er beendet ist.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="858"/>
        <source>Session with %1 (%2) from the Domain tab</source>
        <translation>Sitzung mit %1 (%2) aus dem Reiter Domain</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="943"/>
        <source>Saved report of %1 from %2 — 1 finding</source>
        <translation>Gespeicherter Bericht zu %1 vom %2 — 1 Befund</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="944"/>
        <source>Saved report of %1 from %2 — %3 findings</source>
        <translation>Gespeicherter Bericht zu %1 vom %2 — %3 Befunde</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="975"/>
        <source>&amp;Stop practice server</source>
        <translation>Übungsserver &amp;stoppen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="986"/>
        <source>Practice server failed</source>
        <translation>Übungsserver fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="988"/>
        <source>The practice server could not start: %1</source>
        <translation>Der Übungsserver konnte nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="993"/>
        <source>Practice server stopped</source>
        <translation>Übungsserver gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1015"/>
        <source>Practice server: starting “%1”…</source>
        <translation>Übungsserver: starte „%1“ …</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1024"/>
        <source>Practice server: %1 on 127.0.0.1:%2</source>
        <translation>Übungsserver: %1 auf 127.0.0.1:%2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1025"/>
        <source>%1
SMTP with STARTTLS on 127.0.0.1:%2, implicit TLS on 127.0.0.1:%3
Throwaway CA (trusted for sessions to it): %4</source>
        <translation>%1
SMTP mit STARTTLS auf 127.0.0.1:%2, implizites TLS auf 127.0.0.1:%3
Wegwerf-CA (für Sitzungen dorthin vertrauenswürdig): %4</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1038"/>
        <source>Practice server “%1” is the target: press Connect to see a full session, or Scan</source>
        <translation>Übungsserver „%1“ ist das Ziel: Klicken Sie auf „Verbinden“ für eine vollständige Sitzung oder auf „Scannen“</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1041"/>
        <source>Target: practice server “%1” — %2</source>
        <translation>Ziel: Übungsserver „%1“ — %2</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::NotesView</name>
    <message>
        <location filename="../ui/views/notes_view.cpp" line="16"/>
        <source>Notes for this investigation: what was tried, whom you asked, the ticket number. They are saved with the workspace and printed at the top of the HTML report.</source>
        <translation>Notizen zu dieser Untersuchung: was versucht wurde, wen Sie gefragt haben, die Ticketnummer. Sie werden mit dem Arbeitsbereich gespeichert und oben im HTML-Bericht ausgegeben.</translation>
    </message>
    <message>
        <location filename="../ui/views/notes_view.cpp" line="25"/>
        <source>e.g. Partner mx.partner.example fails since Tuesday; their logs say &quot;no shared cipher&quot;.</source>
        <translation>z. B. Partner mx.partner.example scheitert seit Dienstag; laut seinen Logs „no shared cipher“.</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::SessionOptionsDialog</name>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="33"/>
        <source>Library default</source>
        <translation>Vorgabe der Bibliothek</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="44"/>
        <source>Session Options</source>
        <translation>Sitzungsoptionen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="47"/>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="51"/>
        <source>the local host name</source>
        <translation>der lokale Rechnername</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="52"/>
        <source>&amp;EHLO name:</source>
        <translation>&amp;EHLO-Name:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="53"/>
        <source>Send &amp;SNI</source>
        <translation>&amp;SNI senden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="58"/>
        <source>the host, when it is a name</source>
        <translation>der Host, wenn er ein Name ist</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="62"/>
        <source>Server name indication:</source>
        <translation>Server Name Indication:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="65"/>
        <source>the host (use the MX name partners look up)</source>
        <translation>der Host (den MX-Namen verwenden, den Partner nachschlagen)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="66"/>
        <source>&amp;Verify certificate for:</source>
        <translation>Zertifikat &amp;prüfen für:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="69"/>
        <source>Trust and client certificate</source>
        <translation>Vertrauen und Client-Zertifikat</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="71"/>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.cer *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="72"/>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="74"/>
        <source>the system trust store</source>
        <translation>der Vertrauensspeicher des Systems</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="75"/>
        <source>Client &amp;certificate:</source>
        <translation>Client-&amp;Zertifikat:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="77"/>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="80"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="78"/>
        <source>Client &amp;key:</source>
        <translation>Client-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="83"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="88"/>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="90"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="93"/>
        <source>Versions:</source>
        <translation>Versionen:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="97"/>
        <source>C&amp;iphers (TLS ≤ 1.2):</source>
        <translation>C&amp;ipher-Suites (TLS ≤ 1.2):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="100"/>
        <source>OpenSSL default</source>
        <translation>Vorgabe von OpenSSL</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="101"/>
        <source>TLS 1.3 s&amp;uites:</source>
        <translation>TLS-1.3-S&amp;uites:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="104"/>
        <source>OpenSSL default, e.g. X25519:P-256</source>
        <translation>Vorgabe von OpenSSL, z. B. X25519:P-256</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="105"/>
        <source>&amp;Groups:</source>
        <translation>&amp;Gruppen:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="110"/>
        <source>Security &amp;level:</source>
        <translation>Sicherheits&amp;stufe:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="114"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="116"/>
        <source>&amp;Timeout per step:</source>
        <translation>&amp;Zeitlimit je Schritt:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="161"/>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="208"/>
        <source>The CA file does not exist.</source>
        <translation>Die CA-Datei existiert nicht.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="210"/>
        <source>The client certificate file does not exist.</source>
        <translation>Die Client-Zertifikatsdatei existiert nicht.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="212"/>
        <source>The client key file does not exist.</source>
        <translation>Die Client-Schlüsseldatei existiert nicht.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="214"/>
        <source>A client certificate needs its private key, and a key needs its certificate.</source>
        <translation>Ein Client-Zertifikat braucht seinen privaten Schlüssel, und ein Schlüssel sein Zertifikat.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="217"/>
        <source>The lowest TLS version is above the highest one.</source>
        <translation>Die niedrigste TLS-Version liegt über der höchsten.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="219"/>
        <source>The EHLO name cannot contain spaces.</source>
        <translation>Der EHLO-Name darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="251"/>
        <source>No SNI will be sent: servers with several certificates show their default one.</source>
        <translation>Es wird kein SNI gesendet: Server mit mehreren Zertifikaten zeigen ihr Standardzertifikat.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="253"/>
        <source>Security level %1: servers with weaker keys or ciphers fail the handshake instead of being examined.</source>
        <translation>Sicherheitsstufe %1: Server mit schwächeren Schlüsseln oder Ciphers scheitern am Handshake, statt untersucht zu werden.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="256"/>
        <source>Tip: to check a partner&apos;s view, set &quot;Verify certificate for&quot; to the MX name they look up. These options apply from the next Connect.</source>
        <translation>Tipp: Um die Sicht eines Partners zu prüfen, tragen Sie bei „Zertifikat prüfen für“ den MX-Namen ein, den er nachschlägt. Diese Optionen gelten ab dem nächsten Verbinden.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="258"/>
        <source>These options apply from the next Connect.</source>
        <translation>Diese Optionen gelten ab dem nächsten Verbinden.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="119"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="123"/>
        <source>none: direct; socks5://USER@HOST:PORT or http://HOST:PORT</source>
        <translation>keiner: direkt; socks5://BENUTZER@HOST:PORT oder http://HOST:PORT</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="124"/>
        <source>Every connection of sessions and scans goes through this SOCKS5 proxy (it resolves host names) or HTTP proxy (CONNECT). The URL is remembered; the password is not.</source>
        <translation>Jede Verbindung von Sitzungen und Scans geht über diesen SOCKS5-Proxy (er löst Hostnamen auf) oder HTTP-Proxy (CONNECT). Die URL wird gespeichert, das Passwort nicht.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="126"/>
        <source>Pro&amp;xy URL:</source>
        <translation>Pro&amp;xy-URL:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="130"/>
        <source>for the user in the URL; kept until the window closes</source>
        <translation>für den Benutzer in der URL; gilt, bis das Fenster geschlossen wird</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="131"/>
        <source>Proxy pass&amp;word:</source>
        <translation>Proxy-Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="223"/>
        <source>Proxy: %1</source>
        <translation>Proxy: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="225"/>
        <source>A proxy password needs a user in the proxy URL (socks5://USER@HOST:PORT).</source>
        <translation>Ein Proxy-Passwort braucht einen Benutzer in der Proxy-URL (socks5://BENUTZER@HOST:PORT).</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::SeverityStyle</name>
    <message>
        <location filename="../ui/models/severity_style.cpp" line="14"/>
        <location filename="../ui/models/severity_style.cpp" line="20"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../ui/models/severity_style.cpp" line="15"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../ui/models/severity_style.cpp" line="16"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../ui/models/severity_style.cpp" line="17"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../ui/models/severity_style.cpp" line="18"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::SimulateDialog</name>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="43"/>
        <source>Simulate Partner</source>
        <translation>Partner simulieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="48"/>
        <source>Partner (the client that sends mail to the server)</source>
        <translation>Partner (der Client, der Mail an den Server sendet)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="54"/>
        <source>Pasted cipher list (OpenSSL, IANA or GnuTLS priority string)…</source>
        <translation>Eingefügte Cipher-Liste (OpenSSL-, IANA- oder GnuTLS-Prioritätsstring) …</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="63"/>
        <source>e.g. ECDHE-RSA-AES128-GCM-SHA256:AES128-SHA:DES-CBC3-SHA  or  NORMAL:-VERS-ALL:+VERS-TLS1.2</source>
        <translation>z. B. ECDHE-RSA-AES128-GCM-SHA256:AES128-SHA:DES-CBC3-SHA  oder  NORMAL:-VERS-ALL:+VERS-TLS1.2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="69"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="73"/>
        <source>Current target (none set in the target bar)</source>
        <translation>Aktuelles Ziel (in der Zielleiste ist keines gesetzt)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="74"/>
        <source>Current target %1: scan it, predict, then one real handshake with the partner&apos;s offer</source>
        <translation>Aktuelles Ziel %1: scannen, vorhersagen, dann ein echter Handshake mit dem Angebot des Partners</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="76"/>
        <source>Saved scan report (JSON):</source>
        <translation>Gespeicherter Scan-Bericht (JSON):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="86"/>
        <source>a file written by &apos;mailtls scan --json&apos; or File → Save Report</source>
        <translation>eine von &apos;mailtls scan --json&apos; oder Datei → Bericht als JSON speichern geschriebene Datei</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="88"/>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="96"/>
        <source>&amp;Simulate</source>
        <translation>&amp;Simulieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="99"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="196"/>
        <source>Open Scan Report</source>
        <translation>Scan-Bericht öffnen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="196"/>
        <source>JSON reports (*.json);;All files (*)</source>
        <translation>JSON-Berichte (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="246"/>
        <source>The profile %1 is not available.</source>
        <translation>Das Profil %1 ist nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="278"/>
        <source>The pasted list cannot be read: %1</source>
        <translation>Die eingefügte Liste ist nicht lesbar: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="282"/>
        <source>Pasted %1 cipher list</source>
        <translation>Eingefügte %1-Cipher-Liste</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="253"/>
        <source>Set a target in the target bar first, or choose a saved report.</source>
        <translation>Setzen Sie zuerst ein Ziel in der Zielleiste, oder wählen Sie einen gespeicherten Bericht.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="261"/>
        <source>Choose a saved scan report.</source>
        <translation>Wählen Sie einen gespeicherten Scan-Bericht.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="295"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="294"/>
        <source>%1 is not a mailtls report: %2</source>
        <translation>%1 ist kein mailtls-Bericht: %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="105"/>
        <source>Export HTML…</source>
        <translation>HTML exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="107"/>
        <source>The result as one HTML page for the partner&apos;s admin (as mailtls simulate --html)</source>
        <translation>Das Ergebnis als eine HTML-Seite für den Admin des Partners (wie mailtls simulate --html)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="108"/>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="110"/>
        <source>The result as a PDF to send to the partner (as mailtls simulate --pdf)</source>
        <translation>Das Ergebnis als PDF zum Versand an den Partner (wie mailtls simulate --pdf)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="222"/>
        <source>Export Simulation as PDF</source>
        <translation>Simulation als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="222"/>
        <source>Export Simulation as HTML</source>
        <translation>Simulation als HTML exportieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="230"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="231"/>
        <source>Written to %1.</source>
        <translation>Geschrieben nach %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="236"/>
        <source>Writing the export…</source>
        <translation>Export wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="299"/>
        <source>%1 holds no scan section; run a scan and save it first.</source>
        <translation>%1 enthält keinen Scan-Abschnitt; führen Sie zuerst einen Scan aus und speichern Sie ihn.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="346"/>
        <source>scanning: %1 of about %2 connections</source>
        <translation>scanne: %1 von etwa %2 Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="349"/>
        <source>scanning the server…</source>
        <translation>scanne den Server …</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="349"/>
        <source>predicting…</source>
        <translation>erstelle Vorhersage …</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="364"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="373"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="375"/>
        <source>Server not reachable</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="381"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="387"/>
        <source>✔ Connects — %1 with %2</source>
        <translation>✔ Verbindung möglich — %1 mit %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="390"/>
        <source>✘ Fails — %1</source>
        <translation>✘ Scheitert — %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="396"/>
        <source>Fix for Exim:
</source>
        <translation>Abhilfe für Exim:
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="397"/>
        <source>Fix for Postfix:
</source>
        <translation>Abhilfe für Postfix:
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="401"/>
        <source>Live handshake (%1):
</source>
        <translation>Live-Handshake (%1):
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="402"/>
        <source>mailtls&apos;s own ClientHello, the exact offer</source>
        <translation>eigenes ClientHello von mailtls, genau das Angebot</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="402"/>
        <source>OpenSSL with the partner&apos;s offer</source>
        <translation>OpenSSL mit dem Angebot des Partners</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="404"/>
        <source>  left out (this OpenSSL cannot send them): %1
</source>
        <translation>  weggelassen (dieses OpenSSL kann sie nicht senden): %1
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="406"/>
        <source>  server chose %1 with %2%3
</source>
        <translation>  Server wählte %1 mit %2%3
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="408"/>
        <source>, %1-bit DH prime</source>
        <translation>, %1-Bit-DH-Primzahl</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="412"/>
        <source>  the partner would stop here: %1
</source>
        <translation>  der Partner würde hier abbrechen: %1
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="415"/>
        <source>How the prediction was reached (%1):
</source>
        <translation>So kam die Vorhersage zustande (%1):
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="420"/>
        <source>
Partner source: %1
</source>
        <translation>
Quelle des Partnerprofils: %1
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="431"/>
        <source>Offers %1 · %2 suites up to TLS 1.2 · %3 TLS 1.3 suites · source: %4</source>
        <translation>Bietet %1 · %2 Suites bis TLS 1.2 · %3 TLS-1.3-Suites · Quelle: %4</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="437"/>
        <source>Paste the partner&apos;s list; OpenSSL names and keywords, IANA names and GnuTLS priority strings are understood.</source>
        <translation>Fügen Sie die Liste des Partners ein; verstanden werden OpenSSL-Namen und -Schlüsselwörter, IANA-Namen und GnuTLS-Prioritätsstrings.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="454"/>
        <source>Scanning the server, then one handshake with the partner&apos;s offer. Cancel stops it at once.</source>
        <translation>Erst wird der Server gescannt, dann ein Handshake mit dem Angebot des Partners ausgeführt. „Abbrechen“ stoppt sofort.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="455"/>
        <source>Predicting…</source>
        <translation>Erstelle Vorhersage …</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="459"/>
        <source>Paste the partner&apos;s cipher list.</source>
        <translation>Fügen Sie die Cipher-Liste des Partners ein.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="460"/>
        <source>Choose a saved scan report, or set a target in the target bar.</source>
        <translation>Wählen Sie einen gespeicherten Scan-Bericht, oder setzen Sie ein Ziel in der Zielleiste.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="464"/>
        <source>Forward the sentence above to the partner, or apply the fix for your MTA and simulate again.</source>
        <translation>Leiten Sie den Satz oben an den Partner weiter, oder wenden Sie die Abhilfe für Ihren MTA an und simulieren Sie erneut.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="466"/>
        <source>Pick another partner or server and simulate again.</source>
        <translation>Wählen Sie einen anderen Partner oder Server und simulieren Sie erneut.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="468"/>
        <source>Pick a partner and a server, then press Simulate.</source>
        <translation>Wählen Sie einen Partner und einen Server, und klicken Sie dann auf „Simulieren“.</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::StrengthChart</name>
    <message>
        <location filename="../ui/views/strength_chart.cpp" line="90"/>
        <source>accepted suites</source>
        <translation>akzeptierte Suites</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::SuiteExplainerDialog</name>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="33"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="33"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="41"/>
        <source>Explain Cipher Suite</source>
        <translation>Cipher-Suite erklären</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="45"/>
        <source>&amp;Suite:</source>
        <translation>&amp;Suite:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="48"/>
        <source>e.g. ECDHE-RSA-AES256-GCM-SHA384, TLS_AES_128_GCM_SHA256 or 0xC02F</source>
        <translation>z. B. ECDHE-RSA-AES256-GCM-SHA384, TLS_AES_128_GCM_SHA256 oder 0xC02F</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="56"/>
        <source>E&amp;xplain</source>
        <translation>&amp;Erklären</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="69"/>
        <source>IANA names</source>
        <translation>IANA-Namen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="70"/>
        <source>OpenSSL names</source>
        <translation>OpenSSL-Namen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="71"/>
        <source>GnuTLS names</source>
        <translation>GnuTLS-Namen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="183"/>
        <source>Type a suite name in any notation, or its code, or pick one from the list.</source>
        <translation>Geben Sie einen Suite-Namen in beliebiger Schreibweise oder ihren Code ein, oder wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="185"/>
        <source>%1 is graded %2. Pick another suite to compare.</source>
        <translation>%1 hat die Bewertung „%2“. Wählen Sie zum Vergleich eine andere Suite.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="188"/>
        <source>Not a known suite: pick one of the suggestions or from the list.</source>
        <translation>Keine bekannte Suite: Wählen Sie einen der Vorschläge oder einen Eintrag aus der Liste.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="190"/>
        <source>Press Enter to explain, or choose a completion.</source>
        <translation>Drücken Sie Eingabe zum Erklären, oder wählen Sie eine Vervollständigung.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="213"/>
        <source>Unknown cipher suite “%1”</source>
        <translation>Unbekannte Cipher-Suite „%1“</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="215"/>
        <source>No suite name is close to this. Try the list on the left.</source>
        <translation>Kein Suite-Name kommt dem nahe. Versuchen Sie es mit der Liste links.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="217"/>
        <source>Did you mean:</source>
        <translation>Meinten Sie:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="232"/>
        <source>OpenSSL: %1</source>
        <translation>OpenSSL: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="234"/>
        <source>GnuTLS: %1</source>
        <translation>GnuTLS: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="236"/>
        <source>typed as %1</source>
        <translation>eingegeben als %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="247"/>
        <source>Key exchange</source>
        <translation>Schlüsselaustausch</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="248"/>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="249"/>
        <source>Bulk cipher</source>
        <translation>Bulk-Cipher</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="250"/>
        <source>MAC / PRF</source>
        <translation>MAC / PRF</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="257"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="258"/>
        <source>Forward secrecy</source>
        <translation>Forward Secrecy</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="259"/>
        <source>AEAD</source>
        <translation>AEAD</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="260"/>
        <source>Certificate needed</source>
        <translation>Zertifikat erforderlich</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::TargetBar</name>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="22"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="25"/>
        <source>mail.example.org</source>
        <translation>mail.example.org</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="27"/>
        <source>Host name or address of the mail server</source>
        <translation>Hostname oder Adresse des Mailservers</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="30"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="35"/>
        <source>25 SMTP, 587 submission, 465 SMTPS (implicit TLS), 24 LMTP, 143 IMAP, 993 IMAPS, 110 POP3, 995 POP3S, 4190 ManageSieve</source>
        <translation>25 SMTP, 587 Submission, 465 SMTPS (implizites TLS), 24 LMTP, 143 IMAP, 993 IMAPS, 110 POP3, 995 POP3S, 4190 ManageSieve</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="39"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="42"/>
        <source>SMTP STARTTLS</source>
        <translation>SMTP STARTTLS</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="43"/>
        <source>LMTP STARTTLS</source>
        <translation>LMTP STARTTLS</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="44"/>
        <source>Implicit TLS (SMTPS)</source>
        <translation>Implizites TLS (SMTPS)</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="45"/>
        <source>IMAP STARTTLS</source>
        <translation>IMAP STARTTLS</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="46"/>
        <source>Implicit TLS (IMAPS)</source>
        <translation>Implizites TLS (IMAPS)</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="47"/>
        <source>POP3 STLS</source>
        <translation>POP3 STLS</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="48"/>
        <source>Implicit TLS (POP3S)</source>
        <translation>Implizites TLS (POP3S)</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="49"/>
        <source>ManageSieve STARTTLS</source>
        <translation>ManageSieve STARTTLS</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="50"/>
        <source>Plain TCP (TLS, no SMTP)</source>
        <translation>Reines TCP (TLS, kein SMTP)</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="51"/>
        <source>TLS right after the TCP connect, without any SMTP (e.g. openssl s_server)</source>
        <translation>TLS direkt nach dem TCP-Verbindungsaufbau, ohne SMTP (z. B. openssl s_server)</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="53"/>
        <source>How TLS starts: after STARTTLS, from the first byte, or not at all</source>
        <translation>Wie TLS beginnt: nach STARTTLS, ab dem ersten Byte oder gar nicht</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="58"/>
        <source>&amp;Options…</source>
        <translation>&amp;Optionen …</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="59"/>
        <source>SNI, verification name, CA file, client certificate, TLS versions, ciphers, groups, EHLO name, proxy</source>
        <translation>SNI, Prüfname, CA-Datei, Client-Zertifikat, TLS-Versionen, Ciphers, Gruppen, EHLO-Name, Proxy</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::TranscriptModel</name>
    <message>
        <location filename="../ui/models/transcript_model.cpp" line="87"/>
        <source>Sent by the workbench (client)</source>
        <translation>Von der Workbench (Client) gesendet</translation>
    </message>
    <message>
        <location filename="../ui/models/transcript_model.cpp" line="88"/>
        <source>Sent by the server</source>
        <translation>Vom Server gesendet</translation>
    </message>
    <message>
        <location filename="../ui/models/transcript_model.cpp" line="89"/>
        <source>TLS event</source>
        <translation>TLS-Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/models/transcript_model.cpp" line="90"/>
        <source>Note from the workbench</source>
        <translation>Hinweis der Workbench</translation>
    </message>
    <message>
        <location filename="../ui/models/transcript_model.cpp" line="112"/>
        <source>%1 ms after the session started</source>
        <translation>%1 ms nach Sitzungsbeginn</translation>
    </message>
    <message>
        <location filename="../ui/models/transcript_model.cpp" line="139"/>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <location filename="../ui/models/transcript_model.cpp" line="140"/>
        <source>Dir</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../ui/models/transcript_model.cpp" line="141"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::TranscriptView</name>
    <message>
        <location filename="../ui/views/transcript_view.cpp" line="33"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/views/transcript_view.cpp" line="39"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::ValidityTimeline</name>
    <message>
        <location filename="../ui/views/validity_timeline.cpp" line="100"/>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/views/validity_timeline.cpp" line="136"/>
        <source>expired %1</source>
        <translation>abgelaufen am %1</translation>
    </message>
    <message>
        <location filename="../ui/views/validity_timeline.cpp" line="139"/>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <location filename="../ui/views/validity_timeline.cpp" line="143"/>
        <source>until %1 (%2)</source>
        <translation>bis %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/views/validity_timeline.cpp" line="168"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::WorkspaceController</name>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="97"/>
        <source>&amp;New Workspace</source>
        <translation>&amp;Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="100"/>
        <source>Start a new investigation: no reports, no notes</source>
        <translation>Eine neue Untersuchung beginnen: keine Berichte, keine Notizen</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="103"/>
        <source>Open &amp;Workspace…</source>
        <translation>&amp;Arbeitsbereich öffnen …</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="105"/>
        <source>Reopen a saved investigation (or a JSON report) as it was left</source>
        <translation>Eine gespeicherte Untersuchung (oder einen JSON-Bericht) so wieder öffnen, wie sie verlassen wurde</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="108"/>
        <source>Save Wor&amp;kspace</source>
        <translation>Arbeitsbereich s&amp;peichern</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="110"/>
        <source>Save targets, reports, notes and the open tab in one file</source>
        <translation>Ziele, Berichte, Notizen und den offenen Reiter in einer Datei speichern</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="113"/>
        <source>Save Workspace &amp;As…</source>
        <translation>Arbeitsbereich speichern &amp;unter …</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="117"/>
        <source>&amp;Export HTML Report…</source>
        <translation>&amp;HTML-Bericht exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="119"/>
        <source>One printable HTML file of the report shown, with your notes, to attach to a ticket</source>
        <translation>Eine druckbare HTML-Datei des angezeigten Berichts mit Ihren Notizen, zum Anhängen an ein Ticket</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="122"/>
        <source>Export &amp;Investigation as HTML…</source>
        <translation>Untersuchung als HTML &amp;exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="124"/>
        <source>Every report of this workspace and your notes in one printable HTML file</source>
        <translation>Alle Berichte dieses Arbeitsbereichs und Ihre Notizen in einer druckbaren HTML-Datei</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="127"/>
        <source>Export as &amp;PDF…</source>
        <translation>Als &amp;PDF exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="129"/>
        <source>The report shown as a PDF to forward to a partner&apos;s admin: verdict, findings with their fixes, chain, matrix</source>
        <translation>Der angezeigte Bericht als PDF zur Weitergabe an den Administrator eines Partners: Urteil, Befunde mit ihren Korrekturen, Kette, Matrix</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="594"/>
        <source>Export as PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="604"/>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF-Dateien (*.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="630"/>
        <source>PDF report written to %1</source>
        <translation>PDF-Bericht geschrieben nach %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="173"/>
        <location filename="../ui/workspace_controller.cpp" line="545"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="313"/>
        <source>MailTLS Workbench</source>
        <translation>MailTLS Workbench</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="315"/>
        <source>%1%2 — MailTLS Workbench</source>
        <translation>%1%2 — MailTLS Workbench</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="322"/>
        <location filename="../ui/workspace_controller.cpp" line="481"/>
        <location filename="../ui/workspace_controller.cpp" line="503"/>
        <source>Save Workspace</source>
        <translation>Arbeitsbereich speichern</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="323"/>
        <location filename="../ui/workspace_controller.cpp" line="434"/>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="338"/>
        <source>The workspace “%1” has changes that are not saved.
Save them first?</source>
        <translation>Der Arbeitsbereich „%1“ hat ungespeicherte Änderungen.
Zuerst speichern?</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="343"/>
        <source>Unsaved workspace</source>
        <translation>Ungespeicherter Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="359"/>
        <location filename="../ui/workspace_controller.cpp" line="372"/>
        <source>Wait for the session or scan to finish first.</source>
        <translation>Warten Sie zuerst, bis die Sitzung oder der Scan beendet ist.</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="366"/>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="379"/>
        <source>Workspaces (*.%1);;JSON reports (*.json);;All files (*)</source>
        <translation>Arbeitsbereiche (*.%1);;JSON-Berichte (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="424"/>
        <source>Still opening the previous file.</source>
        <translation>Die vorige Datei wird noch geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="427"/>
        <source>Opening %1…</source>
        <translation>Öffne %1…</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="434"/>
        <source>Import Report</source>
        <translation>Bericht importieren</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="450"/>
        <source>Opened %1 — 1 report</source>
        <translation>%1 geöffnet — 1 Bericht</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="451"/>
        <source>Opened %1 — %2 reports</source>
        <translation>%1 geöffnet — %2 Berichte</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="472"/>
        <source>Imported the report %1 into a new workspace</source>
        <translation>Bericht %1 in einen neuen Arbeitsbereich importiert</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="496"/>
        <source>Workspaces (*.%1);;All files (*)</source>
        <translation>Arbeitsbereiche (*.%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="523"/>
        <source>Workspace saved to %1</source>
        <translation>Arbeitsbereich gespeichert unter %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="545"/>
        <source>MailTLS investigation — %1</source>
        <translation>MailTLS-Untersuchung — %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="554"/>
        <source>There is no report to export yet.</source>
        <translation>Es gibt noch keinen Bericht zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="577"/>
        <source>Export HTML Report</source>
        <translation>HTML-Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="605"/>
        <source>HTML files (*.html);;All files (*)</source>
        <translation>HTML-Dateien (*.html);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="628"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="632"/>
        <source>HTML report written to %1</source>
        <translation>HTML-Bericht geschrieben nach %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="585"/>
        <source>Export Investigation as HTML</source>
        <translation>Untersuchung als HTML exportieren</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="653"/>
        <location filename="../ui/workspace_controller.cpp" line="684"/>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="745"/>
        <source>Restored the autosaved workspace from %1</source>
        <translation>Automatisch gespeicherten Arbeitsbereich vom %1 wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="758"/>
        <source>an untitled workspace</source>
        <translation>einem unbenannten Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="759"/>
        <source>MailTLS Workbench did not close normally. Changes to %1 were autosaved at %2 (reports: %3) but not saved.

Restore them?</source>
        <translation>MailTLS Workbench wurde nicht normal beendet. Änderungen an %1 wurden am %2 automatisch gesichert (Berichte: %3), aber nicht gespeichert.

Wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="767"/>
        <location filename="../ui/workspace_controller.cpp" line="783"/>
        <source>Recover workspace</source>
        <translation>Arbeitsbereich wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="768"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="769"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="770"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
</context>
</TS>
