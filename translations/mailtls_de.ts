<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Errors</name>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="69"/>
        <source>%1: %2
Try &apos;%1 --help&apos;.
</source>
        <translation>%1: %2
Siehe &apos;%1 --help&apos;.
</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="99"/>
        <source>empty target</source>
        <translation>leeres Ziel</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="111"/>
        <source>&apos;%1&apos;: unknown scheme &apos;%2://&apos; (%3)</source>
        <translation>&apos;%1&apos;: unbekanntes Schema &apos;%2://&apos; (%3)</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="119"/>
        <location filename="../core/jobs/fleet_job.cpp" line="61"/>
        <source>&apos;%1&apos;: no host</source>
        <translation>&apos;%1&apos;: kein Host</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="125"/>
        <location filename="../core/model/targets.cpp" line="92"/>
        <source>&apos;%1&apos;: write IPv6 addresses with a port as [ADDRESS]:PORT</source>
        <translation>&apos;%1&apos;: IPv6-Adressen mit Port als [ADRESSE]:PORT schreiben</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="131"/>
        <location filename="../core/model/targets.cpp" line="73"/>
        <source>&apos;%1&apos;: missing &apos;]&apos; after the IPv6 address</source>
        <translation>&apos;%1&apos;: &apos;]&apos; fehlt nach der IPv6-Adresse</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="134"/>
        <location filename="../core/model/targets.cpp" line="87"/>
        <source>&apos;%1&apos;: &apos;%2&apos; is not an IPv6 address</source>
        <translation>&apos;%1&apos;: &apos;%2&apos; ist keine IPv6-Adresse</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="139"/>
        <source>&apos;%1&apos; is not a target (HOST[:PORT], [IPv6]:PORT or SCHEME://HOST[:PORT] with a scheme of %2)</source>
        <translation>&apos;%1&apos; ist kein Ziel (HOST[:PORT], [IPv6]:PORT oder SCHEMA://HOST[:PORT] mit einem Schema aus %2)</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="142"/>
        <source>&apos;%1&apos;: a target is a host and a port, nothing more</source>
        <translation>&apos;%1&apos;: ein Ziel ist ein Host und ein Port, nicht mehr</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="144"/>
        <location filename="../core/model/targets.cpp" line="83"/>
        <location filename="../core/model/targets.cpp" line="101"/>
        <source>&apos;%1&apos;: empty port</source>
        <translation>&apos;%1&apos;: leerer Port</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="148"/>
        <source>&apos;%1&apos;: port 0 is not a port to connect to</source>
        <translation>&apos;%1&apos;: mit Port 0 kann keine Verbindung hergestellt werden</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="216"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="217"/>
        <source>unknown options: %1</source>
        <translation>unbekannte Optionen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="225"/>
        <source>too many arguments (at most a FILE and a TARGET): %1</source>
        <translation>zu viele Argumente (höchstens eine DATEI und ein ZIEL): %1</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="233"/>
        <source>&apos;%1&apos; is a folder, not a workspace or report file</source>
        <translation>&apos;%1&apos; ist ein Ordner, keine Arbeitsbereichs- oder Berichtsdatei</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="235"/>
        <source>one file at a time: &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>nur eine Datei auf einmal: &apos;%1&apos; und &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="240"/>
        <source>&apos;%1&apos;: no such file</source>
        <translation>&apos;%1&apos;: keine solche Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="245"/>
        <source>&apos;%1&apos; is neither a file nor a target: %2</source>
        <translation>&apos;%1&apos; ist weder eine Datei noch ein Ziel: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="247"/>
        <source>one target at a time: &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>nur ein Ziel auf einmal: &apos;%1&apos; und &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/base/read_file.cpp" line="18"/>
        <source>%1: larger than %2, the most a %3 may be</source>
        <translation>%1: größer als %2, die Höchstgröße für %3</translation>
    </message>
    <message>
        <location filename="../core/base/read_file.cpp" line="59"/>
        <location filename="../core/dns/resolver.cpp" line="430"/>
        <location filename="../core/x509/certificate_loader.cpp" line="514"/>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../core/base/read_file.cpp" line="61"/>
        <source>%1: it is a directory</source>
        <translation>%1: ist ein Verzeichnis</translation>
    </message>
    <message>
        <location filename="../core/base/read_file.cpp" line="67"/>
        <location filename="../core/base/read_file.cpp" line="75"/>
        <location filename="../core/base/read_file.cpp" line="79"/>
        <location filename="../core/domain/policy_fetch.cpp" line="566"/>
        <location filename="../core/domain/policy_fetch.cpp" line="602"/>
        <location filename="../core/jobs/domain_job.cpp" line="145"/>
        <location filename="../core/ossl/error.cpp" line="46"/>
        <location filename="../core/pki/dane_records.cpp" line="140"/>
        <location filename="../core/report/json_report.cpp" line="1070"/>
        <location filename="../core/report/report_jsonl.cpp" line="54"/>
        <location filename="../core/report/workspace.cpp" line="314"/>
        <location filename="../core/x509/certificate_loader.cpp" line="483"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/base/read_file.cpp" line="85"/>
        <source>%1: nothing to read (a pipe with no writer?)</source>
        <translation>%1: nichts zu lesen (eine Pipe ohne Schreiber?)</translation>
    </message>
    <message>
        <location filename="../core/base/save_file.cpp" line="11"/>
        <source>it is a directory</source>
        <translation>es ist ein Verzeichnis</translation>
    </message>
    <message>
        <location filename="../core/catalog/cipher_list_parser.cpp" line="87"/>
        <source>cannot create an OpenSSL context</source>
        <translation>ein OpenSSL-Kontext kann nicht erzeugt werden</translation>
    </message>
    <message>
        <location filename="../core/catalog/cipher_list_parser.cpp" line="95"/>
        <source>the linked OpenSSL finds no cipher suite in &quot;%1&quot;</source>
        <translation>das gelinkte OpenSSL findet keine Cipher-Suite in &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/catalog/cipher_list_parser.cpp" line="111"/>
        <source>no cipher suite in &quot;%1&quot;</source>
        <translation>keine Cipher-Suite in &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/catalog/cipher_list_parser.cpp" line="130"/>
        <source>no known IANA suite name in &quot;%1&quot;</source>
        <translation>kein bekannter IANA-Suite-Name in &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/catalog/cipher_list_parser.cpp" line="162"/>
        <source>GnuTLS refuses the priority string &quot;%1&quot;</source>
        <translation>GnuTLS lehnt den Priority-String &quot;%1&quot; ab</translation>
    </message>
    <message>
        <location filename="../core/catalog/cipher_list_parser.cpp" line="163"/>
        <source>GnuTLS refuses the priority string &quot;%1&quot;: %2</source>
        <translation>GnuTLS lehnt den Priority-String &quot;%1&quot; ab: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/cipher_list_parser.cpp" line="324"/>
        <source>a GnuTLS priority string starts with NORMAL, PERFORMANCE, SECURE128, SECURE192, SECURE256 or NONE, not &quot;%1&quot;</source>
        <translation>ein GnuTLS-Priority-String beginnt mit NORMAL, PERFORMANCE, SECURE128, SECURE192, SECURE256 oder NONE, nicht mit &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/catalog/cipher_list_parser.cpp" line="337"/>
        <source>&quot;%1&quot; in a GnuTLS priority string needs +, - or !</source>
        <translation>&quot;%1&quot; braucht in einem GnuTLS-Priority-String +, - oder !</translation>
    </message>
    <message>
        <location filename="../core/catalog/cipher_list_parser.cpp" line="350"/>
        <location filename="../core/diagnose/client_profile.cpp" line="103"/>
        <source>unknown version &quot;%1&quot;</source>
        <translation>unbekannte Version &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/catalog/cipher_list_parser.cpp" line="368"/>
        <location filename="../core/diagnose/client_profile.cpp" line="129"/>
        <source>unknown group &quot;%1&quot;</source>
        <translation>unbekannte Gruppe &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/catalog/cipher_list_parser.cpp" line="375"/>
        <location filename="../core/diagnose/client_profile.cpp" line="135"/>
        <source>unknown signature algorithm &quot;%1&quot;</source>
        <translation>unbekannter Signaturalgorithmus &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/catalog/cipher_list_parser.cpp" line="388"/>
        <source>&quot;%1&quot; is not in the built-in GnuTLS table (install gnutls-bin for the full syntax)</source>
        <translation>&quot;%1&quot; steht nicht in der eingebauten GnuTLS-Tabelle (installieren Sie gnutls-bin für die volle Syntax)</translation>
    </message>
    <message>
        <location filename="../core/catalog/cipher_list_parser.cpp" line="427"/>
        <location filename="../core/catalog/cipher_list_parser.cpp" line="433"/>
        <source>the priority string &quot;%1&quot; enables no cipher suite</source>
        <translation>der Priority-String &quot;%1&quot; aktiviert keine Cipher-Suite</translation>
    </message>
    <message>
        <location filename="../core/catalog/cipher_list_parser.cpp" line="479"/>
        <source>the cipher list is empty</source>
        <translation>die Cipher-Liste ist leer</translation>
    </message>
    <message>
        <location filename="../core/diagnose/client_profile.cpp" line="92"/>
        <source>not a JSON object (%1)</source>
        <translation>kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <location filename="../core/diagnose/client_profile.cpp" line="99"/>
        <source>&quot;name&quot;, &quot;title&quot; and &quot;source&quot; are required</source>
        <translation>&quot;name&quot;, &quot;title&quot; und &quot;source&quot; sind erforderlich</translation>
    </message>
    <message>
        <location filename="../core/diagnose/client_profile.cpp" line="111"/>
        <source>&quot;versions&quot; is empty</source>
        <translation>&quot;versions&quot; ist leer</translation>
    </message>
    <message>
        <location filename="../core/diagnose/client_profile.cpp" line="142"/>
        <source>no known cipher suite in &quot;ciphers&quot; / &quot;tls13_suites&quot;</source>
        <translation>keine bekannte Cipher-Suite in &quot;ciphers&quot; / &quot;tls13_suites&quot;</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="126"/>
        <source>CA file</source>
        <translation>eine CA-Datei</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="132"/>
        <source>%1: no certificate in it (PEM or DER)</source>
        <translation>%1: kein Zertifikat darin (PEM oder DER)</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="406"/>
        <source>the policy host must be a host name, not %1</source>
        <translation>der Richtlinien-Host muss ein Hostname sein, nicht %1</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="408"/>
        <source>%1: %2 is not an IP address (the fetch resolves nothing itself)</source>
        <translation>%1: %2 ist keine IP-Adresse (der Abruf löst selbst nichts auf)</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="411"/>
        <source>%1: port %2 and path %3 do not make a URL</source>
        <translation>%1: Port %2 und Pfad %3 ergeben keine URL</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="414"/>
        <source>%1: cancelled before the fetch</source>
        <translation>%1: vor dem Abruf abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="554"/>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="557"/>
        <source>%1: the policy is longer than %2; refused</source>
        <translation>%1: die Richtlinie ist länger als %2; abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="561"/>
        <source>%1: no answer within %2</source>
        <translation>%1: keine Antwort innerhalb von %2</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="563"/>
        <source>%1: the certificate does not verify for %2: %3</source>
        <translation>%1: das Zertifikat ist für %2 nicht gültig: %3</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="574"/>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="578"/>
        <source>the server closed the connection without an HTTP answer</source>
        <translation>der Server hat die Verbindung ohne HTTP-Antwort geschlossen</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="579"/>
        <location filename="../core/tls/tls_client.cpp" line="277"/>
        <source>the server closed the connection during the TLS handshake</source>
        <translation>der Server hat die Verbindung während des TLS-Handshakes geschlossen</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="595"/>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="599"/>
        <source>no HTTP answer</source>
        <translation>keine HTTP-Antwort</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="612"/>
        <source>%1: answered HTTP %2, without a Location; MTA-STS senders follow no redirect</source>
        <translation>%1: antwortete mit HTTP %2, ohne Location; MTA-STS-Absender folgen keiner Umleitung</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="614"/>
        <source>%1: answered HTTP %2, Location %3; MTA-STS senders follow no redirect</source>
        <translation>%1: antwortete mit HTTP %2, Location %3; MTA-STS-Absender folgen keiner Umleitung</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="616"/>
        <source>%1: answered HTTP %2, not 200</source>
        <translation>%1: antwortete mit HTTP %2, nicht 200</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="619"/>
        <source>%1: the answer broke off after %2 bytes of the body</source>
        <translation>%1: die Antwort brach nach %2 Bytes des Inhalts ab</translation>
    </message>
    <message>
        <location filename="../core/jobs/certificate_job.cpp" line="35"/>
        <source>cannot open the CA in %1</source>
        <translation>die CA in %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../core/jobs/domain_job.cpp" line="144"/>
        <source>%1 has no address (A %2, AAAA %3)</source>
        <translation>%1 hat keine Adresse (A %2, AAAA %3)</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="302"/>
        <source>the resolver %1 could not be asked again</source>
        <translation>der Resolver %1 konnte nicht erneut gefragt werden</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="327"/>
        <location filename="../core/dns/resolver.cpp" line="355"/>
        <source>the resolver %1 is unreachable: %2</source>
        <translation>der Resolver %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="333"/>
        <location filename="../core/dns/resolver.cpp" line="538"/>
        <source>the resolver %1 did not answer within %2 s</source>
        <translation>der Resolver %1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="378"/>
        <location filename="../core/dns/resolver.cpp" line="535"/>
        <location filename="../core/jobs/domain_job.cpp" line="264"/>
        <location filename="../core/net/connection.cpp" line="128"/>
        <location filename="../core/net/connection.cpp" line="211"/>
        <location filename="../core/net/proxy_budget.cpp" line="59"/>
        <location filename="../core/protocol/starttls_opener.cpp" line="76"/>
        <location filename="../core/protocol/starttls_opener.cpp" line="113"/>
        <location filename="../core/protocol/starttls_opener.cpp" line="151"/>
        <location filename="../core/protocol/starttls_opener.cpp" line="165"/>
        <location filename="../core/scan/scanner.cpp" line="1252"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="396"/>
        <source>%1 is not a resolver address (ADDR, ADDR:PORT or [IPv6]:PORT)</source>
        <translation>%1 ist keine Resolver-Adresse (ADDR, ADDR:PORT oder [IPv6]:PORT)</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="405"/>
        <source>resolver configuration</source>
        <translation>eine Resolver-Konfiguration</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="433"/>
        <source>%1: not a readable file</source>
        <translation>%1: keine lesbare Datei</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="437"/>
        <source>cannot set up the DNS validator (libunbound)</source>
        <translation>der DNS-Validator (libunbound) kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="457"/>
        <source>cannot use the resolver %1: %2</source>
        <translation>der Resolver %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="465"/>
        <source>%1: not a trust anchor file: %2</source>
        <translation>%1: keine Vertrauensanker-Datei: %2</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="481"/>
        <source>%1: not a trust anchor file (DS or DNSKEY records in zone-file form)</source>
        <translation>%1: keine Vertrauensanker-Datei (DS- oder DNSKEY-Einträge im Zonendatei-Format)</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="484"/>
        <source>cannot start the DNS validator: %1</source>
        <translation>der DNS-Validator kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="517"/>
        <source>%1 records cannot be looked up here</source>
        <translation>%1-Einträge können hier nicht abgefragt werden</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="522"/>
        <source>%1 is not a domain name</source>
        <translation>%1 ist kein Domainname</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="526"/>
        <source>the resolver was not set up</source>
        <translation>der Resolver wurde nicht eingerichtet</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="542"/>
        <source>the resolver %1 could not be asked: %2</source>
        <translation>der Resolver %1 konnte nicht gefragt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="577"/>
        <source>its replies are truncated and the retry over TCP failed</source>
        <translation>seine Antworten sind abgeschnitten, und die Wiederholung über TCP ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="578"/>
        <source>its replies do not answer the question asked</source>
        <translation>seine Antworten passen nicht zur gestellten Frage</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="579"/>
        <source>its answer could not be used (malformed, or failed validation)</source>
        <translation>seine Antwort war nicht verwendbar (fehlerhaft oder Validierung fehlgeschlagen)</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="580"/>
        <source>the resolver %1 gave no usable answer for %2 %3: %4</source>
        <translation>der Resolver %1 gab keine verwendbare Antwort für %2 %3: %4</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="585"/>
        <source>the resolver %1 answered %2 for %3 %4 (%5)</source>
        <translation>der Resolver %1 antwortete %2 für %3 %4 (%5)</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="588"/>
        <source>the resolver %1 answered %2 for %3 %4</source>
        <translation>der Resolver %1 antwortete %2 für %3 %4</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="603"/>
        <source>%1 has a CNAME chain longer than %2 names or a loop</source>
        <translation>%1 hat eine CNAME-Kette mit mehr als %2 Namen oder eine Schleife</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="623"/>
        <source>the resolver %1 sent a malformed %2 record for %3</source>
        <translation>der Resolver %1 sandte einen fehlerhaften %2-Eintrag für %3</translation>
    </message>
    <message>
        <location filename="../core/jobs/fleet_job.cpp" line="55"/>
        <source>&apos;%1&apos;: unknown scheme &apos;%2://&apos; (smtp://, smtps:// or lmtp://)</source>
        <translation>&apos;%1&apos;: unbekanntes Schema &apos;%2://&apos; (smtp://, smtps:// oder lmtp://)</translation>
    </message>
    <message>
        <location filename="../core/jobs/fleet_job.cpp" line="64"/>
        <source>&apos;%1&apos;: a target URL names a host and a port, nothing more</source>
        <translation>&apos;%1&apos;: eine Ziel-URL nennt einen Host und einen Port, nichts weiter</translation>
    </message>
    <message>
        <location filename="../core/jobs/fleet_job.cpp" line="106"/>
        <source>longer than %1 characters, skipped</source>
        <translation>länger als %1 Zeichen, übersprungen</translation>
    </message>
    <message>
        <location filename="../core/jobs/fleet_job.cpp" line="117"/>
        <source>one target a line, not &apos;%1&apos;</source>
        <translation>ein Ziel je Zeile, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/jobs/fleet_job.cpp" line="121"/>
        <source>more than %1 targets, the rest of the list is skipped</source>
        <translation>mehr als %1 Ziele, der Rest der Liste wird übersprungen</translation>
    </message>
    <message>
        <location filename="../core/jobs/fleet_job.cpp" line="134"/>
        <source>the same target as line %1, skipped</source>
        <translation>dasselbe Ziel wie Zeile %1, übersprungen</translation>
    </message>
    <message>
        <location filename="../core/jobs/fleet_job.cpp" line="281"/>
        <source>cancelled before the session started</source>
        <translation>abgebrochen, bevor die Sitzung begann</translation>
    </message>
    <message>
        <location filename="../core/jobs/simulate_job.cpp" line="203"/>
        <source>the offer holds no suite for any of its versions</source>
        <translation>das Angebot enthält für keine seiner Versionen eine Suite</translation>
    </message>
    <message>
        <location filename="../core/jobs/simulate_job.cpp" line="223"/>
        <source>could not reach the point of TLS</source>
        <translation>der Punkt, an dem TLS beginnt, wurde nicht erreicht</translation>
    </message>
    <message>
        <location filename="../core/jobs/simulate_job.cpp" line="265"/>
        <source>the report holds no scan section</source>
        <translation>der Bericht enthält keinen Scan-Abschnitt</translation>
    </message>
    <message>
        <location filename="../core/jobs/simulate_job.cpp" line="276"/>
        <location filename="../core/protocol/session_engine.cpp" line="92"/>
        <location filename="../core/protocol/session_engine.cpp" line="265"/>
        <location filename="../core/protocol/session_engine.cpp" line="622"/>
        <location filename="../core/scan/scanner.cpp" line="1414"/>
        <source>cancelled by the user</source>
        <translation>vom Benutzer abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/logs/log_reader.cpp" line="85"/>
        <source>%1: the file ends inside the compressed data (truncated)</source>
        <translation>%1: die Datei endet mitten in den komprimierten Daten (abgeschnitten)</translation>
    </message>
    <message>
        <location filename="../core/logs/log_reader.cpp" line="104"/>
        <source>gzip: cannot start the decoder</source>
        <translation>gzip: der Decoder kann nicht gestartet werden</translation>
    </message>
    <message>
        <location filename="../core/logs/log_reader.cpp" line="121"/>
        <source>gzip: %1</source>
        <translation>gzip: %1</translation>
    </message>
    <message>
        <location filename="../core/logs/log_reader.cpp" line="147"/>
        <source>xz: cannot start the decoder</source>
        <translation>xz: der Decoder kann nicht gestartet werden</translation>
    </message>
    <message>
        <location filename="../core/logs/log_reader.cpp" line="168"/>
        <source>xz: the file ends inside the compressed data (truncated)</source>
        <translation>xz: die Datei endet mitten in den komprimierten Daten (abgeschnitten)</translation>
    </message>
    <message>
        <location filename="../core/logs/log_reader.cpp" line="169"/>
        <source>xz: damaged data (error %1)</source>
        <translation>xz: beschädigte Daten (Fehler %1)</translation>
    </message>
    <message>
        <location filename="../core/logs/log_reader.cpp" line="195"/>
        <source>bzip2: cannot start the decoder</source>
        <translation>bzip2: der Decoder kann nicht gestartet werden</translation>
    </message>
    <message>
        <location filename="../core/logs/log_reader.cpp" line="213"/>
        <source>bzip2: damaged data (error %1)</source>
        <translation>bzip2: beschädigte Daten (Fehler %1)</translation>
    </message>
    <message>
        <location filename="../core/logs/log_reader.cpp" line="240"/>
        <location filename="../core/logs/log_reader.cpp" line="245"/>
        <location filename="../core/pki/certificate_request.cpp" line="95"/>
        <location filename="../core/pki/mini_ca.cpp" line="47"/>
        <location filename="../core/pki/private_key.cpp" line="156"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/jobs/fleet_job.cpp" line="88"/>
        <location filename="../core/logs/log_reader.cpp" line="265"/>
        <location filename="../core/report/report_jsonl.cpp" line="61"/>
        <location filename="../core/report/report_jsonl.cpp" line="69"/>
        <location filename="../core/report/report_jsonl.cpp" line="82"/>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <location filename="../core/logs/log_reader.cpp" line="332"/>
        <source>binary data (a NUL byte), not a text log; reading stopped here</source>
        <translation>Binärdaten (ein NUL-Byte), kein Text-Log; das Lesen endete hier</translation>
    </message>
    <message>
        <location filename="../core/logs/mail_queue.cpp" line="896"/>
        <source>line %1: binary data (a NUL byte), not a queue listing; reading stopped here</source>
        <translation>Zeile %1: Binärdaten (ein NUL-Byte), keine Warteschlangenliste; das Lesen endete hier</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="105"/>
        <source>cannot reach the %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="146"/>
        <source>cannot resolve %1: %2</source>
        <translation>%1 kann nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="152"/>
        <source>no address for %1</source>
        <translation>keine Adresse für %1</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="157"/>
        <source>socket: %1</source>
        <translation>Socket: %1</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="165"/>
        <location filename="../core/net/connection.cpp" line="190"/>
        <source>cannot connect to %1 port %2: %3</source>
        <translation>keine Verbindung zu %1 Port %2 möglich: %3</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="171"/>
        <source>connect</source>
        <translation>die Verbindung aufzubauen</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="179"/>
        <source>timed out after %1 s connecting to %2 port %3</source>
        <translation>Zeitüberschreitung nach %1 s beim Verbinden mit %2 Port %3</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="220"/>
        <source>poll: %1</source>
        <translation>poll: %1</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="225"/>
        <source>timed out after %1 s waiting to %2</source>
        <translation>Zeitüberschreitung nach %1 s beim Warten darauf, %2</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="235"/>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="284"/>
        <location filename="../core/net/connection.cpp" line="340"/>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="292"/>
        <source>the server reset the connection</source>
        <translation>der Server hat die Verbindung zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="293"/>
        <source>read: %1</source>
        <translation>Lesen: %1</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="301"/>
        <location filename="../core/net/connection.cpp" line="319"/>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="305"/>
        <source>read from the server</source>
        <translation>vom Server zu lesen</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="334"/>
        <source>write to the server</source>
        <translation>an den Server zu schreiben</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="341"/>
        <source>write: %1</source>
        <translation>Schreiben: %1</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_budget.cpp" line="74"/>
        <source>no free place in the budget of the %1 (%2 connection(s) at once) within %3 s</source>
        <translation>kein freier Platz im Budget des %1 (%2 gleichzeitige Verbindung(en)) innerhalb von %3 s</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="72"/>
        <source>SOCKS5 proxy %1</source>
        <translation>SOCKS5-Proxy %1</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="73"/>
        <source>HTTP CONNECT proxy %1</source>
        <translation>HTTP-CONNECT-Proxy %1</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="92"/>
        <source>the %1 closed the connection</source>
        <translation>der %1 hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="94"/>
        <source>the %1 did not take our request in time</source>
        <translation>der %1 hat unsere Anfrage nicht rechtzeitig angenommen</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="102"/>
        <location filename="../core/net/proxy_handshake.cpp" line="138"/>
        <source>read the proxy&apos;s answer</source>
        <translation>die Antwort des Proxys zu lesen</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="105"/>
        <source>the %1 did not answer in time (is it a SOCKS5 proxy?)</source>
        <translation>der %1 hat nicht rechtzeitig geantwortet (ist es ein SOCKS5-Proxy?)</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="106"/>
        <location filename="../core/net/proxy_handshake.cpp" line="140"/>
        <source>the %1 did not answer in time</source>
        <translation>der %1 hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="118"/>
        <location filename="../core/net/proxy_handshake.cpp" line="156"/>
        <source>the %1 closed the connection in the middle of its answer</source>
        <translation>der %1 hat die Verbindung mitten in seiner Antwort geschlossen</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="122"/>
        <location filename="../core/net/proxy_handshake.cpp" line="164"/>
        <source>reading the %1&apos;s answer: %2</source>
        <translation>Lesen der Antwort des %1: %2</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="135"/>
        <source>the %1 sent more than %2 bytes without ending its answer</source>
        <translation>der %1 hat mehr als %2 Bytes gesendet, ohne seine Antwort zu beenden</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="147"/>
        <source>the proxy at %1:%2 answered like a SOCKS5 proxy, not an HTTP proxy (use socks5://)</source>
        <translation>der Proxy unter %1:%2 hat wie ein SOCKS5-Proxy geantwortet, nicht wie ein HTTP-Proxy (socks5:// verwenden)</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="153"/>
        <location filename="../core/net/proxy_handshake.cpp" line="225"/>
        <source>the %1 closed the connection without an answer (a proxy at its connection limit does this)</source>
        <translation>der %1 hat die Verbindung ohne Antwort geschlossen (das tut ein Proxy an seiner Verbindungsgrenze)</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="162"/>
        <source>the %1 reset the connection without an answer (a proxy at its connection limit does this)</source>
        <translation>der %1 hat die Verbindung ohne Antwort zurückgesetzt (das tut ein Proxy an seiner Verbindungsgrenze)</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="178"/>
        <source>reading the %1&apos;s answer failed</source>
        <translation>das Lesen der Antwort des %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="205"/>
        <source>the host name is too long for SOCKS5 (at most 255 bytes)</source>
        <translation>der Hostname ist zu lang für SOCKS5 (höchstens 255 Bytes)</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="214"/>
        <source>a SOCKS5 user name and password are at most 255 bytes each (RFC 1929)</source>
        <translation>SOCKS5-Benutzername und -Passwort haben jeweils höchstens 255 Bytes (RFC 1929)</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="232"/>
        <source>the proxy at %1:%2 does not speak SOCKS5: it answered %3 (it sounds like an HTTP proxy: use http://)</source>
        <translation>der Proxy unter %1:%2 spricht kein SOCKS5: er antwortete %3 (es klingt nach einem HTTP-Proxy: http:// verwenden)</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="233"/>
        <source>the proxy at %1:%2 does not speak SOCKS5: it answered %3</source>
        <translation>der Proxy unter %1:%2 spricht kein SOCKS5: er antwortete %3</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="239"/>
        <source>the %1 accepts none of our authentication methods (no authentication, user name and password)</source>
        <translation>der %1 akzeptiert keine unserer Authentifizierungsmethoden (keine Authentifizierung, Benutzername und Passwort)</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="240"/>
        <source>the %1 wants a user name and password (socks5://USER@HOST:PORT with the password from a file or the environment)</source>
        <translation>der %1 verlangt Benutzername und Passwort (socks5://USER@HOST:PORT, das Passwort aus einer Datei oder der Umgebung)</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="254"/>
        <source>the %1 closed the connection after the user name and password (user %2): wrong password?</source>
        <translation>der %1 hat die Verbindung nach Benutzername und Passwort geschlossen (Benutzer %2): falsches Passwort?</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="261"/>
        <source>the %1 answered the user name and password with %2, not RFC 1929</source>
        <translation>der %1 hat Benutzername und Passwort mit %2 beantwortet, nicht nach RFC 1929</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="264"/>
        <source>the %1 refused the user name or password (user %2)</source>
        <translation>der %1 hat Benutzername oder Passwort abgelehnt (Benutzer %2)</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="267"/>
        <source>the %1 chose an authentication method we did not offer (0x%2)</source>
        <translation>der %1 hat eine Authentifizierungsmethode gewählt, die wir nicht angeboten haben (0x%2)</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="281"/>
        <source>the %1 answered CONNECT with %2, not SOCKS5</source>
        <translation>der %1 hat CONNECT mit %2 beantwortet, nicht mit SOCKS5</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="288"/>
        <source>general SOCKS server failure (a busy or limited proxy says this too)</source>
        <translation>allgemeiner SOCKS-Serverfehler (das sagt auch ein ausgelasteter oder begrenzter Proxy)</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="289"/>
        <source>connection not allowed by its rules</source>
        <translation>Verbindung nach seinen Regeln nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="290"/>
        <source>network unreachable</source>
        <translation>Netz nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="291"/>
        <source>host unreachable (or its name does not resolve there)</source>
        <translation>Host nicht erreichbar (oder sein Name lässt sich dort nicht auflösen)</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="292"/>
        <source>connection refused by destination</source>
        <translation>Verbindung vom Ziel abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="293"/>
        <source>TTL expired (the destination did not answer in time)</source>
        <translation>TTL abgelaufen (das Ziel hat nicht rechtzeitig geantwortet)</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="294"/>
        <source>command not supported</source>
        <translation>Befehl nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="295"/>
        <source>address type not supported</source>
        <translation>Adresstyp nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="296"/>
        <source>an unassigned reply code</source>
        <translation>ein nicht vergebener Antwortcode</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="298"/>
        <source>the %1 refused: %2 (reply %3)</source>
        <translation>der %1 hat abgelehnt: %2 (Antwort %3)</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="316"/>
        <source>the %1&apos;s answer carries an unknown address type (0x%2)</source>
        <translation>die Antwort des %1 enthält einen unbekannten Adresstyp (0x%2)</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="331"/>
        <source>the host name cannot be sent to an HTTP proxy</source>
        <translation>der Hostname kann nicht an einen HTTP-Proxy gesendet werden</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="338"/>
        <source>the proxy user name or password contains a control character</source>
        <translation>Proxy-Benutzername oder -Passwort enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="341"/>
        <source>an HTTP proxy user name cannot contain &apos;:&apos; (RFC 7617)</source>
        <translation>ein HTTP-Proxy-Benutzername darf kein &apos;:&apos; enthalten (RFC 7617)</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="354"/>
        <source>the %1 answered with more than %2 header lines</source>
        <translation>der %1 hat mit mehr als %2 Kopfzeilen geantwortet</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="365"/>
        <source>the proxy at %1:%2 did not answer as an HTTP proxy: &quot;%3&quot; (it sounds like a SOCKS5 proxy: use socks5://)</source>
        <translation>der Proxy unter %1:%2 hat nicht wie ein HTTP-Proxy geantwortet: „%3“ (es klingt nach einem SOCKS5-Proxy: socks5:// verwenden)</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="366"/>
        <source>the proxy at %1:%2 did not answer as an HTTP proxy: &quot;%3&quot;</source>
        <translation>der Proxy unter %1:%2 hat nicht wie ein HTTP-Proxy geantwortet: „%3“</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="379"/>
        <source>the %1 refused the user name or password (user %2): %3</source>
        <translation>der %1 hat Benutzername oder Passwort abgelehnt (Benutzer %2): %3</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="380"/>
        <source>the %1 wants a user name and password (http://USER@HOST:PORT with the password from a file or the environment): %2</source>
        <translation>der %1 verlangt Benutzername und Passwort (http://USER@HOST:PORT, das Passwort aus einer Datei oder der Umgebung): %2</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="383"/>
        <source>the %1 is busy: %2</source>
        <translation>der %1 ist ausgelastet: %2</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="385"/>
        <source>the %1 could not reach the server in time: %2</source>
        <translation>der %1 hat den Server nicht rechtzeitig erreicht: %2</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="387"/>
        <source>the %1 could not reach the server: %2</source>
        <translation>der %1 hat den Server nicht erreicht: %2</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="391"/>
        <source>the %1 refused: %2</source>
        <translation>der %1 hat abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_factory.cpp" line="23"/>
        <source>adding %1 = %2</source>
        <translation>beim Hinzufügen von %1 = %2</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_factory.cpp" line="43"/>
        <source>no key to certify or to sign with</source>
        <translation>kein Schlüssel zum Zertifizieren oder Signieren</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_factory.cpp" line="54"/>
        <source>building the certificate</source>
        <translation>beim Erstellen des Zertifikats</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_factory.cpp" line="83"/>
        <source>adding subjectAltName</source>
        <translation>beim Hinzufügen von subjectAltName</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_factory.cpp" line="89"/>
        <source>signing the certificate</source>
        <translation>beim Signieren des Zertifikats</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_factory.cpp" line="129"/>
        <source>a server certificate needs at least one subjectAltName, e.g. --san DNS:mail.example.org (mail clients ignore the CN)</source>
        <translation>ein Serverzertifikat braucht mindestens einen subjectAltName, z. B. --san DNS:mail.example.org (Mail-Clients ignorieren den CN)</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_factory.cpp" line="132"/>
        <source>the certificate needs a subject (--cn)</source>
        <translation>das Zertifikat braucht ein Subject (--cn)</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_factory.cpp" line="134"/>
        <source>a CA certificate needs a subject (--cn)</source>
        <translation>ein CA-Zertifikat braucht ein Subject (--cn)</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_factory.cpp" line="137"/>
        <source>validity of %1 days is out of range (1 to 36500)</source>
        <translation>eine Gültigkeit von %1 Tagen liegt außerhalb des Bereichs (1 bis 36500)</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_factory.cpp" line="142"/>
        <source>not-after (%1) is not later than not-before (%2)</source>
        <translation>not-after (%1) liegt nicht nach not-before (%2)</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_factory.cpp" line="171"/>
        <source>no issuer certificate</source>
        <translation>kein Ausstellerzertifikat</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_factory.cpp" line="175"/>
        <source>the CA key does not belong to the CA certificate</source>
        <translation>der CA-Schlüssel gehört nicht zum CA-Zertifikat</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_factory.cpp" line="179"/>
        <source>no serial number</source>
        <translation>keine Seriennummer</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_request.cpp" line="32"/>
        <source>no key for the request</source>
        <translation>kein Schlüssel für die Anforderung</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_request.cpp" line="36"/>
        <source>a request needs a subject (--cn) or SANs (--san)</source>
        <translation>eine Anforderung braucht ein Subject (--cn) oder SANs (--san)</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_request.cpp" line="43"/>
        <source>building the request</source>
        <translation>beim Erstellen der Anforderung</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_request.cpp" line="52"/>
        <location filename="../core/pki/certificate_request.cpp" line="56"/>
        <source>adding the SAN request</source>
        <translation>beim Hinzufügen der SAN-Anforderung</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_request.cpp" line="62"/>
        <source>signing the request</source>
        <translation>beim Signieren der Anforderung</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_request.cpp" line="72"/>
        <source>the request</source>
        <translation>die Anforderung</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_request.cpp" line="84"/>
        <source>%1 holds no certificate request (PEM &quot;CERTIFICATE REQUEST&quot; or DER expected)</source>
        <translation>%1 enthält keine Zertifikatsanforderung (PEM „CERTIFICATE REQUEST“ oder DER erwartet)</translation>
    </message>
    <message>
        <location filename="../core/pki/dane_records.cpp" line="78"/>
        <location filename="../core/pki/dane_records.cpp" line="112"/>
        <location filename="../core/x509/certificate_loader.cpp" line="148"/>
        <source>out of memory</source>
        <translation>Speicher erschöpft</translation>
    </message>
    <message>
        <location filename="../core/pki/dane_records.cpp" line="94"/>
        <location filename="../core/x509/certificate_loader.cpp" line="165"/>
        <source>PEM block %1 is damaged or truncated</source>
        <translation>PEM-Block %1 ist beschädigt oder abgeschnitten</translation>
    </message>
    <message>
        <location filename="../core/pki/dane_records.cpp" line="106"/>
        <source>PEM block %1 (PUBLIC KEY) is not a readable public key</source>
        <translation>PEM-Block %1 (PUBLIC KEY) ist kein lesbarer öffentlicher Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/pki/dane_records.cpp" line="154"/>
        <source>%1: is empty</source>
        <translation>%1: ist leer</translation>
    </message>
    <message>
        <location filename="../core/pki/dane_records.cpp" line="244"/>
        <source>%1: cannot encode the key&apos;s public part</source>
        <translation>%1: der öffentliche Teil des Schlüssels lässt sich nicht kodieren</translation>
    </message>
    <message>
        <location filename="../core/pki/dane_records.cpp" line="252"/>
        <source>%1: cannot encode the public key</source>
        <translation>%1: der öffentliche Schlüssel lässt sich nicht kodieren</translation>
    </message>
    <message>
        <location filename="../core/pki/dane_records.cpp" line="258"/>
        <source>%1: holds no certificate or key to make a TLSA record from</source>
        <translation>%1: enthält kein Zertifikat und keinen Schlüssel, aus dem sich ein TLSA-Eintrag erstellen ließe</translation>
    </message>
    <message>
        <location filename="../core/pki/dane_records.cpp" line="267"/>
        <source>certificate or key file</source>
        <translation>eine Zertifikats- oder Schlüsseldatei</translation>
    </message>
    <message>
        <location filename="../core/pki/dh_parameters.cpp" line="41"/>
        <source>DH parameters of %1 bits are not offered (2048, 3072 or 4096)</source>
        <translation>DH-Parameter mit %1 Bit werden nicht angeboten (2048, 3072 oder 4096)</translation>
    </message>
    <message>
        <location filename="../core/pki/dh_parameters.cpp" line="47"/>
        <source>preparing DH parameter generation</source>
        <translation>beim Vorbereiten der DH-Parametererzeugung</translation>
    </message>
    <message>
        <location filename="../core/pki/dh_parameters.cpp" line="60"/>
        <source>DH parameter generation cancelled</source>
        <translation>Erzeugung der DH-Parameter abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/pki/dh_parameters.cpp" line="64"/>
        <source>generating %1-bit DH parameters</source>
        <translation>beim Erzeugen von %1-Bit-DH-Parametern</translation>
    </message>
    <message>
        <location filename="../core/pki/dh_parameters.cpp" line="68"/>
        <source>writing DH parameters</source>
        <translation>beim Schreiben der DH-Parameter</translation>
    </message>
    <message>
        <location filename="../core/pki/mini_ca.cpp" line="40"/>
        <location filename="../core/pki/output_file.cpp" line="26"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/pki/mini_ca.cpp" line="71"/>
        <source>no parent CA</source>
        <translation>keine übergeordnete CA</translation>
    </message>
    <message>
        <location filename="../core/pki/mini_ca.cpp" line="84"/>
        <source>a CA needs a name (--cn &quot;Example Mail CA&quot;)</source>
        <translation>eine CA braucht einen Namen (--cn &quot;Example Mail CA&quot;)</translation>
    </message>
    <message>
        <location filename="../core/pki/mini_ca.cpp" line="89"/>
        <source>%1 already holds a CA (%2); choose another directory</source>
        <translation>%1 enthält bereits eine CA (%2); wählen Sie ein anderes Verzeichnis</translation>
    </message>
    <message>
        <location filename="../core/pki/mini_ca.cpp" line="93"/>
        <source>cannot create CA directory %1: a file of that name exists</source>
        <translation>CA-Verzeichnis %1 kann nicht angelegt werden: eine Datei dieses Namens existiert</translation>
    </message>
    <message>
        <location filename="../core/pki/mini_ca.cpp" line="98"/>
        <source>cannot create CA directory %1</source>
        <translation>CA-Verzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/pki/mini_ca.cpp" line="164"/>
        <source>%1 is not a CA directory (no %2; create one with &apos;mailtls cert ca init&apos;)</source>
        <translation>%1 ist kein CA-Verzeichnis (kein %2; legen Sie eines mit &apos;mailtls cert ca init&apos; an)</translation>
    </message>
    <message>
        <location filename="../core/pki/mini_ca.cpp" line="174"/>
        <source>%1 holds no certificate</source>
        <translation>%1 enthält kein Zertifikat</translation>
    </message>
    <message>
        <location filename="../core/pki/mini_ca.cpp" line="183"/>
        <source>%1 does not belong to %2</source>
        <translation>%1 gehört nicht zu %2</translation>
    </message>
    <message>
        <location filename="../core/pki/mini_ca.cpp" line="187"/>
        <source>%1 is not a CA certificate</source>
        <translation>%1 ist kein CA-Zertifikat</translation>
    </message>
    <message>
        <location filename="../core/pki/mini_ca.cpp" line="238"/>
        <source>%1 does not hold a positive hex serial number</source>
        <translation>%1 enthält keine positive hexadezimale Seriennummer</translation>
    </message>
    <message>
        <location filename="../core/pki/mini_ca.cpp" line="275"/>
        <source>no certificate request</source>
        <translation>keine Zertifikatsanforderung</translation>
    </message>
    <message>
        <location filename="../core/pki/mini_ca.cpp" line="280"/>
        <source>the request&apos;s signature does not verify: it was altered or not made with its key</source>
        <translation>die Signatur der Anforderung lässt sich nicht prüfen: sie wurde verändert oder nicht mit ihrem Schlüssel erstellt</translation>
    </message>
    <message>
        <location filename="../core/pki/mini_ca.cpp" line="292"/>
        <source>the CA is not open</source>
        <translation>die CA ist nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../core/pki/mini_ca.cpp" line="311"/>
        <source>the CA in %1 is busy (another signature in progress, lock file %2)</source>
        <translation>die CA in %1 ist belegt (eine andere Signatur läuft, Sperrdatei %2)</translation>
    </message>
    <message>
        <location filename="../core/pki/output_file.cpp" line="94"/>
        <source>an output file name is empty</source>
        <translation>ein Ausgabedateiname ist leer</translation>
    </message>
    <message>
        <location filename="../core/pki/output_file.cpp" line="98"/>
        <source>%1 is named as two different outputs</source>
        <translation>%1 ist als zwei verschiedene Ausgaben angegeben</translation>
    </message>
    <message>
        <location filename="../core/pki/output_file.cpp" line="102"/>
        <source>cannot write %1: it is a directory</source>
        <translation>%1 kann nicht geschrieben werden: es ist ein Verzeichnis</translation>
    </message>
    <message>
        <location filename="../core/pki/output_file.cpp" line="105"/>
        <location filename="../core/pki/output_file.cpp" line="169"/>
        <source>%1 already exists (use --force to replace it)</source>
        <translation>%1 existiert bereits (mit --force ersetzen)</translation>
    </message>
    <message>
        <location filename="../core/pki/output_file.cpp" line="109"/>
        <source>cannot write %1: directory %2 does not exist</source>
        <translation>%1 kann nicht geschrieben werden: Verzeichnis %2 existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/pki/output_file.cpp" line="112"/>
        <source>cannot write %1: %2 is not a directory</source>
        <translation>%1 kann nicht geschrieben werden: %2 ist kein Verzeichnis</translation>
    </message>
    <message>
        <location filename="../core/pki/pkcs12_bundle.cpp" line="19"/>
        <source>a PKCS#12 bundle needs a certificate and its key</source>
        <translation>ein PKCS#12-Bündel braucht ein Zertifikat und seinen Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/pki/pkcs12_bundle.cpp" line="23"/>
        <source>a PKCS#12 bundle needs a passphrase</source>
        <translation>ein PKCS#12-Bündel braucht eine Passphrase</translation>
    </message>
    <message>
        <location filename="../core/pki/pkcs12_bundle.cpp" line="28"/>
        <source>the key does not belong to the certificate (%1)</source>
        <translation>der Schlüssel gehört nicht zum Zertifikat (%1)</translation>
    </message>
    <message>
        <location filename="../core/pki/pkcs12_bundle.cpp" line="36"/>
        <source>collecting the chain</source>
        <translation>beim Zusammenstellen der Kette</translation>
    </message>
    <message>
        <location filename="../core/pki/pkcs12_bundle.cpp" line="45"/>
        <source>building the PKCS#12 bundle</source>
        <translation>beim Erstellen des PKCS#12-Bündels</translation>
    </message>
    <message>
        <location filename="../core/pki/pkcs12_bundle.cpp" line="51"/>
        <source>encoding the PKCS#12 bundle</source>
        <translation>beim Kodieren des PKCS#12-Bündels</translation>
    </message>
    <message>
        <location filename="../core/pki/private_key.cpp" line="104"/>
        <source>generating a %1 key</source>
        <translation>beim Erzeugen eines %1-Schlüssels</translation>
    </message>
    <message>
        <location filename="../core/pki/private_key.cpp" line="115"/>
        <source>the key</source>
        <translation>der Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/pki/private_key.cpp" line="117"/>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <location filename="../core/pki/private_key.cpp" line="125"/>
        <source>reading %1</source>
        <translation>beim Lesen von %1</translation>
    </message>
    <message>
        <location filename="../core/pki/private_key.cpp" line="139"/>
        <source>%1 is encrypted: give its passphrase (--passphrase-file)</source>
        <translation>%1 ist verschlüsselt: geben Sie die Passphrase an (--passphrase-file)</translation>
    </message>
    <message>
        <location filename="../core/pki/private_key.cpp" line="141"/>
        <source>wrong passphrase for %1</source>
        <translation>falsche Passphrase für %1</translation>
    </message>
    <message>
        <location filename="../core/pki/private_key.cpp" line="144"/>
        <source>%1 holds no private key OpenSSL can read (PEM or DER expected)</source>
        <translation>%1 enthält keinen privaten Schlüssel, den OpenSSL lesen kann (PEM oder DER erwartet)</translation>
    </message>
    <message>
        <location filename="../core/pki/subject_name.cpp" line="50"/>
        <source>unknown subject attribute &apos;%1&apos; (use CN, O, OU, C, ST, L, emailAddress, ...)</source>
        <translation>unbekanntes Subject-Attribut &apos;%1&apos; (verwenden Sie CN, O, OU, C, ST, L, emailAddress, ...)</translation>
    </message>
    <message>
        <location filename="../core/pki/subject_name.cpp" line="52"/>
        <source>subject attribute %1 has an empty value</source>
        <translation>Subject-Attribut %1 hat einen leeren Wert</translation>
    </message>
    <message>
        <location filename="../core/pki/subject_name.cpp" line="56"/>
        <source>C must be a two-letter country code such as DE or TW, not &apos;%1&apos;</source>
        <translation>C muss ein zweibuchstabiger Ländercode wie DE oder TW sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/pki/subject_name.cpp" line="60"/>
        <source>CN is %1 characters long; at most 64 are allowed (put long names in --san)</source>
        <translation>CN ist %1 Zeichen lang; höchstens 64 sind erlaubt (lange Namen gehören in --san)</translation>
    </message>
    <message>
        <location filename="../core/pki/subject_name.cpp" line="81"/>
        <source>&apos;%1&apos; in the subject has no &apos;=&apos; (write NAME=VALUE, e.g. O=Example)</source>
        <translation>&apos;%1&apos; im Subject hat kein &apos;=&apos; (schreiben Sie NAME=WERT, z. B. O=Example)</translation>
    </message>
    <message>
        <location filename="../core/pki/subject_name.cpp" line="84"/>
        <source>an attribute in the subject has no name before &apos;=&apos;</source>
        <translation>ein Attribut im Subject hat keinen Namen vor &apos;=&apos;</translation>
    </message>
    <message>
        <location filename="../core/pki/subject_name.cpp" line="100"/>
        <source>the subject ends with a lone backslash</source>
        <translation>das Subject endet mit einem einzelnen Backslash</translation>
    </message>
    <message>
        <location filename="../core/pki/subject_name.cpp" line="131"/>
        <source>unexpected &apos;%1&apos; after a quoted value in the subject</source>
        <translation>unerwartetes &apos;%1&apos; nach einem Wert in Anführungszeichen im Subject</translation>
    </message>
    <message>
        <location filename="../core/pki/subject_name.cpp" line="146"/>
        <source>a quoted value in the subject is not closed</source>
        <translation>ein Wert in Anführungszeichen im Subject ist nicht geschlossen</translation>
    </message>
    <message>
        <location filename="../core/report/domain_json.cpp" line="418"/>
        <source>not a domain report (no &quot;schema&quot;)</source>
        <translation>kein Domainbericht (kein &quot;schema&quot;)</translation>
    </message>
    <message>
        <location filename="../core/report/domain_json.cpp" line="419"/>
        <source>not a domain report: schema &quot;%1&quot;</source>
        <translation>kein Domainbericht: Schema &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/report/domain_json.cpp" line="463"/>
        <source>addresses[%1].session: %2</source>
        <translation>addresses[%1].session: %2</translation>
    </message>
    <message>
        <location filename="../core/report/domain_json.cpp" line="478"/>
        <source>not JSON: %1 at byte %2</source>
        <translation>kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <location filename="../core/report/domain_json.cpp" line="479"/>
        <source>not a domain report: the top level is not an object</source>
        <translation>kein Domainbericht: die oberste Ebene ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../core/report/domain_records.cpp" line="37"/>
        <source>%1 &quot;%2&quot; is not a host name</source>
        <translation>%1 &quot;%2&quot; ist kein Hostname</translation>
    </message>
    <message>
        <location filename="../core/report/domain_records.cpp" line="40"/>
        <source>%1 &quot;%2&quot; is not a fully qualified host name</source>
        <translation>%1 &quot;%2&quot; ist kein vollständig qualifizierter Hostname</translation>
    </message>
    <message>
        <location filename="../core/report/domain_records.cpp" line="48"/>
        <source>%1 &quot;%2&quot; is not a host name (label &quot;%3&quot;)</source>
        <translation>%1 &quot;%2&quot; ist kein Hostname (Label &quot;%3&quot;)</translation>
    </message>
    <message>
        <location filename="../core/report/domain_records.cpp" line="62"/>
        <source>--rua &quot;%1&quot; must be a mailto: or https: URI (RFC 8460)</source>
        <translation>--rua &quot;%1&quot; muss eine mailto:- oder https:-URI sein (RFC 8460)</translation>
    </message>
    <message>
        <location filename="../core/report/domain_records.cpp" line="66"/>
        <source>--rua &quot;%1&quot;: percent-encode &apos;%2&apos; (commas and semicolons separate the record&apos;s parts; the record is ASCII)</source>
        <translation>--rua &quot;%1&quot;: &apos;%2&apos; muss prozentkodiert werden (Kommas und Semikolons trennen die Teile des Eintrags; der Eintrag ist ASCII)</translation>
    </message>
    <message>
        <location filename="../core/report/domain_records.cpp" line="74"/>
        <source>--rua &quot;%1&quot; is not a mailto: address</source>
        <translation>--rua &quot;%1&quot; ist keine mailto:-Adresse</translation>
    </message>
    <message>
        <location filename="../core/report/domain_records.cpp" line="76"/>
        <source>--rua &quot;%1&quot; is not an https:// URL</source>
        <translation>--rua &quot;%1&quot; ist keine https://-URL</translation>
    </message>
    <message>
        <location filename="../core/report/domain_records.cpp" line="181"/>
        <source>name the domain&apos;s MX hosts (--mx HOST, once per host)</source>
        <translation>nennen Sie die MX-Hosts der Domain (--mx HOST, einmal je Host)</translation>
    </message>
    <message>
        <location filename="../core/report/domain_records.cpp" line="186"/>
        <source>--sts-mode &quot;%1&quot;: enforce, testing or none</source>
        <translation>--sts-mode &quot;%1&quot;: enforce, testing oder none</translation>
    </message>
    <message>
        <location filename="../core/report/domain_records.cpp" line="189"/>
        <source>--sts-max-age %1: from 0 to %2 seconds (RFC 8461)</source>
        <translation>--sts-max-age %1: von 0 bis %2 Sekunden (RFC 8461)</translation>
    </message>
    <message>
        <location filename="../core/report/domain_records.cpp" line="198"/>
        <source>--sts-id &quot;%1&quot;: 1 to 32 letters and digits (RFC 8461)</source>
        <translation>--sts-id &quot;%1&quot;: 1 bis 32 Buchstaben und Ziffern (RFC 8461)</translation>
    </message>
    <message>
        <location filename="../core/report/html_report.cpp" line="903"/>
        <source>needs a file name</source>
        <translation>braucht einen Dateinamen</translation>
    </message>
    <message>
        <location filename="../core/report/html_report.cpp" line="906"/>
        <source>is a directory</source>
        <translation>ist ein Verzeichnis</translation>
    </message>
    <message>
        <location filename="../core/report/html_report.cpp" line="909"/>
        <source>directory %1 does not exist</source>
        <translation>Verzeichnis %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/report/html_report.cpp" line="911"/>
        <source>directory %1 is not writable</source>
        <translation>Verzeichnis %1 ist nicht beschreibbar</translation>
    </message>
    <message>
        <location filename="../core/report/html_report.cpp" line="913"/>
        <source>file is not writable</source>
        <translation>Datei ist nicht beschreibbar</translation>
    </message>
    <message>
        <location filename="../core/report/json_report.cpp" line="335"/>
        <source>target.port %1 is out of range</source>
        <translation>target.port %1 liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location filename="../core/report/json_report.cpp" line="383"/>
        <source>tls.cipher.code &quot;%1&quot; is not a hex suite code</source>
        <translation>tls.cipher.code &quot;%1&quot; ist kein hexadezimaler Suite-Code</translation>
    </message>
    <message>
        <location filename="../core/report/json_report.cpp" line="531"/>
        <source>scan.hygiene.%1.result &quot;%2&quot; is not yes, no, untested or not_applicable</source>
        <translation>scan.hygiene.%1.result &quot;%2&quot; ist nicht yes, no, untested oder not_applicable</translation>
    </message>
    <message>
        <location filename="../core/report/json_report.cpp" line="577"/>
        <source>scan.starttls.%1.result &quot;%2&quot; is not yes, no, untested or not_applicable</source>
        <translation>scan.starttls.%1.result &quot;%2&quot; ist nicht yes, no, untested oder not_applicable</translation>
    </message>
    <message>
        <location filename="../core/report/json_report.cpp" line="692"/>
        <source>scan.ciphers.%1[%2].code &quot;%3&quot; is not a hex suite code</source>
        <translation>scan.ciphers.%1[%2].code &quot;%3&quot; ist kein hexadezimaler Suite-Code</translation>
    </message>
    <message>
        <location filename="../core/report/json_report.cpp" line="738"/>
        <source>scan.dhe_failing: &quot;%1&quot; is not a hex suite code</source>
        <translation>scan.dhe_failing: &quot;%1&quot; ist kein hexadezimaler Suite-Code</translation>
    </message>
    <message>
        <location filename="../core/report/json_report.cpp" line="758"/>
        <source>scan.served_chains[%1][%2] is not a PEM certificate</source>
        <translation>scan.served_chains[%1][%2] ist kein PEM-Zertifikat</translation>
    </message>
    <message>
        <location filename="../core/report/json_report.cpp" line="784"/>
        <source>started_at &quot;%1&quot; is not an ISO 8601 time</source>
        <translation>started_at &quot;%1&quot; ist keine ISO-8601-Zeit</translation>
    </message>
    <message>
        <location filename="../core/report/json_report.cpp" line="798"/>
        <source>transcript[%1].dir &quot;%2&quot; is not C, S, tls or note</source>
        <translation>transcript[%1].dir &quot;%2&quot; ist nicht C, S, tls oder note</translation>
    </message>
    <message>
        <location filename="../core/report/json_report.cpp" line="839"/>
        <source>certificates[%1] has no readable &quot;pem&quot;</source>
        <translation>certificates[%1] hat kein lesbares &quot;pem&quot;</translation>
    </message>
    <message>
        <location filename="../core/report/json_report.cpp" line="1042"/>
        <source>not JSON: %1 at offset %2</source>
        <translation>kein JSON: %1 an Position %2</translation>
    </message>
    <message>
        <location filename="../core/report/json_report.cpp" line="1045"/>
        <source>not a mailtls report: the JSON is not an object</source>
        <translation>kein mailtls-Bericht: das JSON ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../core/report/json_report.cpp" line="1049"/>
        <source>not a mailtls report: no &quot;schema&quot; key</source>
        <translation>kein mailtls-Bericht: kein Schlüssel &quot;schema&quot;</translation>
    </message>
    <message>
        <location filename="../core/report/json_report.cpp" line="1051"/>
        <source>unsupported schema &quot;%1&quot; (this version reads %2)</source>
        <translation>nicht unterstütztes Schema &quot;%1&quot; (diese Version liest %2)</translation>
    </message>
    <message>
        <location filename="../core/report/json_report.cpp" line="1056"/>
        <source>damaged report: %1</source>
        <translation>beschädigter Bericht: %1</translation>
    </message>
    <message>
        <location filename="../core/report/json_report.cpp" line="1065"/>
        <source>saved report</source>
        <translation>einen gespeicherten Bericht</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="59"/>
        <source>targets[%1] has no host</source>
        <translation>targets[%1] hat keinen Host</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="64"/>
        <source>targets[%1].port is not a port number</source>
        <translation>targets[%1].port ist keine Portnummer</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="181"/>
        <source>not a workspace: not JSON (%1 at offset %2)</source>
        <translation>kein Arbeitsbereich: kein JSON (%1 an Position %2)</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="184"/>
        <source>not a workspace: the JSON is not an object</source>
        <translation>kein Arbeitsbereich: das JSON ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="188"/>
        <source>not a workspace: no &quot;schema&quot; key</source>
        <translation>kein Arbeitsbereich: kein Schlüssel &quot;schema&quot;</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="190"/>
        <source>this is a single report (%1), not a workspace</source>
        <translation>dies ist ein einzelner Bericht (%1), kein Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="195"/>
        <source>written by a newer version of mailtls (%1); this version reads %2</source>
        <translation>von einer neueren mailtls-Version geschrieben (%1); diese Version liest %2</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="197"/>
        <source>not a mailtls workspace: schema &quot;%1&quot;</source>
        <translation>kein mailtls-Arbeitsbereich: Schema &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="207"/>
        <source>damaged workspace: saved_at &quot;%1&quot; is not an ISO 8601 time</source>
        <translation>beschädigter Arbeitsbereich: saved_at &quot;%1&quot; ist keine ISO-8601-Zeit</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="212"/>
        <source>damaged workspace: targets is not a list</source>
        <translation>beschädigter Arbeitsbereich: targets ist keine Liste</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="216"/>
        <source>damaged workspace: targets[%1] is not an object</source>
        <translation>beschädigter Arbeitsbereich: targets[%1] ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="220"/>
        <source>damaged workspace: %1</source>
        <translation>beschädigter Arbeitsbereich: %1</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="225"/>
        <source>damaged workspace: reports is not a list</source>
        <translation>beschädigter Arbeitsbereich: reports ist keine Liste</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="229"/>
        <source>damaged workspace: reports[%1] is not an object</source>
        <translation>beschädigter Arbeitsbereich: reports[%1] ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="234"/>
        <source>damaged workspace: reports[%1]: %2</source>
        <translation>beschädigter Arbeitsbereich: reports[%1]: %2</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="239"/>
        <source>damaged workspace: domains is not a list</source>
        <translation>beschädigter Arbeitsbereich: domains ist keine Liste</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="245"/>
        <source>damaged workspace: domains[%1]: %2</source>
        <translation>beschädigter Arbeitsbereich: domains[%1]: %2</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="247"/>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="252"/>
        <source>damaged workspace: fleet is not an object</source>
        <translation>beschädigter Arbeitsbereich: fleet ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="256"/>
        <source>damaged workspace: fleet.targets is not a string</source>
        <translation>beschädigter Arbeitsbereich: fleet.targets ist kein Text</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="260"/>
        <source>damaged workspace: fleet.reports is not a list</source>
        <translation>beschädigter Arbeitsbereich: fleet.reports ist keine Liste</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="264"/>
        <source>damaged workspace: fleet.reports[%1] is not an object</source>
        <translation>beschädigter Arbeitsbereich: fleet.reports[%1] ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="268"/>
        <source>damaged workspace: fleet.reports[%1]: %2</source>
        <translation>beschädigter Arbeitsbereich: fleet.reports[%1]: %2</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="273"/>
        <source>damaged workspace: notes is not text</source>
        <translation>beschädigter Arbeitsbereich: notes ist kein Text</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="301"/>
        <source>cannot save the workspace to %1: %2</source>
        <translation>der Arbeitsbereich kann nicht nach %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="311"/>
        <source>cannot open %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/scan/scanner.cpp" line="213"/>
        <location filename="../core/scan/scanner.cpp" line="220"/>
        <source>scan stopped</source>
        <translation>Scan abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/scan/scanner.cpp" line="370"/>
        <source>the server answered none of %1 connection(s) in a row over %2 s: %3</source>
        <translation>der Server hat keine von %1 Verbindung(en) in Folge über %2 s beantwortet: %3</translation>
    </message>
    <message>
        <location filename="../core/scan/scanner.cpp" line="374"/>
        <source>the server answered none of %1 connection(s) in a row: %2</source>
        <translation>der Server hat keine von %1 Verbindung(en) in Folge beantwortet: %2</translation>
    </message>
    <message>
        <location filename="../core/scan/scanner.cpp" line="381"/>
        <source>the server stayed busy after %1 retries: %2</source>
        <translation>der Server blieb nach %1 Wiederholungen ausgelastet: %2</translation>
    </message>
    <message>
        <location filename="../core/scan/scanner.cpp" line="482"/>
        <source>no answer to the ClientHello within %1 s</source>
        <translation>keine Antwort auf das ClientHello innerhalb von %1 s</translation>
    </message>
    <message>
        <location filename="../core/scan/scanner.cpp" line="486"/>
        <source>no further reply within %1 s</source>
        <translation>keine weitere Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <location filename="../core/scan/scanner.cpp" line="1253"/>
        <source>not tried: the scan stopped (%1)</source>
        <translation>nicht versucht: der Scan wurde beendet (%1)</translation>
    </message>
    <message>
        <location filename="../core/scan/scanner.cpp" line="1408"/>
        <source>the scan ran past --max-time %1 s after %2 connection(s); its results are incomplete</source>
        <translation>der Scan überschritt --max-time %1 s nach %2 Verbindung(en); seine Ergebnisse sind unvollständig</translation>
    </message>
    <message>
        <location filename="../core/scan/scanner.cpp" line="1424"/>
        <source>no TLS answer to any of %1 offers within %2 s each</source>
        <translation>keine TLS-Antwort auf eines von %1 Angeboten innerhalb von je %2 s</translation>
    </message>
    <message>
        <location filename="../core/scan/starttls_probes.cpp" line="484"/>
        <source>a literal of %1 bytes (limit %2)</source>
        <translation>ein Literal von %1 Bytes (Grenze %2)</translation>
    </message>
    <message>
        <location filename="../core/scan/starttls_probes.cpp" line="512"/>
        <source>not a POP3 status line: %1</source>
        <translation>keine POP3-Statuszeile: %1</translation>
    </message>
    <message>
        <location filename="../core/protocol/imap_dialogue.cpp" line="82"/>
        <source>a response with too many or too long literals</source>
        <translation>eine Antwort mit zu vielen oder zu langen Literalen</translation>
    </message>
    <message>
        <location filename="../core/protocol/imap_dialogue.cpp" line="111"/>
        <location filename="../core/protocol/sieve_dialogue.cpp" line="118"/>
        <location filename="../core/protocol/sieve_dialogue.cpp" line="131"/>
        <source>unexpected line &quot;%1&quot;</source>
        <translation>unerwartete Zeile „%1“</translation>
    </message>
    <message>
        <location filename="../core/protocol/imap_dialogue.cpp" line="123"/>
        <location filename="../core/protocol/sieve_dialogue.cpp" line="136"/>
        <location filename="../core/scan/starttls_probes.cpp" line="516"/>
        <source>a response of more than %1 lines</source>
        <translation>eine Antwort mit mehr als %1 Zeilen</translation>
    </message>
    <message>
        <location filename="../core/protocol/imap_dialogue.cpp" line="140"/>
        <source>the greeting &quot;%1&quot; (expected &quot;* OK&quot;)</source>
        <translation>die Begrüßung „%1“ (erwartet „* OK“)</translation>
    </message>
    <message>
        <location filename="../core/wire/client_hello_builder.cpp" line="78"/>
        <source>unsupported version 0x%1</source>
        <translation>nicht unterstützte Version 0x%1</translation>
    </message>
    <message>
        <location filename="../core/wire/client_hello_builder.cpp" line="80"/>
        <source>a ClientHello carries 1-%1 suites, not %2</source>
        <translation>ein ClientHello trägt 1–%1 Cipher-Suites, nicht %2</translation>
    </message>
    <message>
        <location filename="../core/wire/client_hello_builder.cpp" line="122"/>
        <source>key shares can only be generated for x25519</source>
        <translation>Key Shares können nur für x25519 erzeugt werden</translation>
    </message>
    <message>
        <location filename="../core/wire/client_hello_builder.cpp" line="127"/>
        <source>x25519 key generation failed</source>
        <translation>Erzeugung des x25519-Schlüssels fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/x509/subject_alt_names.cpp" line="44"/>
        <source>&apos;%1&apos; is not a valid DNS name</source>
        <translation>&apos;%1&apos; ist kein gültiger DNS-Name</translation>
    </message>
    <message>
        <location filename="../core/x509/subject_alt_names.cpp" line="48"/>
        <source>DNS name &apos;%1&apos; is longer than 253 characters</source>
        <translation>DNS-Name &apos;%1&apos; ist länger als 253 Zeichen</translation>
    </message>
    <message>
        <location filename="../core/x509/subject_alt_names.cpp" line="56"/>
        <source>DNS name &apos;%1&apos;: a wildcard may only be the whole leftmost label (*.example.org)</source>
        <translation>DNS-Name &apos;%1&apos;: ein Platzhalter darf nur das ganze linke Label sein (*.example.org)</translation>
    </message>
    <message>
        <location filename="../core/x509/subject_alt_names.cpp" line="59"/>
        <source>DNS name &apos;%1&apos; has an invalid label &apos;%2&apos; (letters, digits and &apos;-&apos; only, 1-63 characters)</source>
        <translation>DNS-Name &apos;%1&apos; hat ein ungültiges Label &apos;%2&apos; (nur Buchstaben, Ziffern und &apos;-&apos;, 1–63 Zeichen)</translation>
    </message>
    <message>
        <location filename="../core/x509/subject_alt_names.cpp" line="65"/>
        <source>wildcard &apos;%1&apos; covers a whole top-level domain</source>
        <translation>Platzhalter &apos;%1&apos; umfasst eine ganze Top-Level-Domain</translation>
    </message>
    <message>
        <location filename="../core/x509/subject_alt_names.cpp" line="100"/>
        <source>&apos;%1&apos; is not an IPv4 or IPv6 address</source>
        <translation>&apos;%1&apos; ist keine IPv4- oder IPv6-Adresse</translation>
    </message>
    <message>
        <location filename="../core/x509/subject_alt_names.cpp" line="108"/>
        <source>&apos;%1&apos; is not an e-mail address (local@domain)</source>
        <translation>&apos;%1&apos; ist keine E-Mail-Adresse (lokal@domain)</translation>
    </message>
    <message>
        <location filename="../core/x509/subject_alt_names.cpp" line="116"/>
        <source>&apos;%1&apos; is not an absolute URI (scheme:...)</source>
        <translation>&apos;%1&apos; ist keine absolute URI (Schema:...)</translation>
    </message>
    <message>
        <location filename="../core/x509/subject_alt_names.cpp" line="148"/>
        <source>&apos;%1&apos;: give the type of each SAN (DNS:, IP:, email: or URI:)</source>
        <translation>&apos;%1&apos;: geben Sie den Typ jedes SAN an (DNS:, IP:, email: oder URI:)</translation>
    </message>
    <message>
        <location filename="../core/x509/subject_alt_names.cpp" line="152"/>
        <source>&apos;%1&apos; has an empty value</source>
        <translation>&apos;%1&apos; hat einen leeren Wert</translation>
    </message>
    <message>
        <location filename="../core/x509/trust_store.cpp" line="43"/>
        <source>CA file %1: %2</source>
        <translation>CA-Datei %1: %2</translation>
    </message>
    <message>
        <location filename="../core/x509/trust_store.cpp" line="47"/>
        <source>no file name given</source>
        <translation>kein Dateiname angegeben</translation>
    </message>
    <message>
        <location filename="../core/x509/trust_store.cpp" line="50"/>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../core/x509/trust_store.cpp" line="51"/>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../core/x509/trust_store.cpp" line="53"/>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <location filename="../core/x509/trust_store.cpp" line="58"/>
        <source>contains no PEM certificate (expected &quot;-----BEGIN CERTIFICATE-----&quot; blocks)</source>
        <translation>enthält kein PEM-Zertifikat (erwartet werden &quot;-----BEGIN CERTIFICATE-----&quot;-Blöcke)</translation>
    </message>
    <message>
        <location filename="../core/protocol/pop3_dialogue.cpp" line="54"/>
        <source>&quot;%1&quot; (expected +OK or -ERR)</source>
        <translation>„%1“ (erwartet +OK oder -ERR)</translation>
    </message>
    <message>
        <location filename="../core/protocol/pop3_dialogue.cpp" line="63"/>
        <source>the greeting &quot;%1&quot; (expected +OK)</source>
        <translation>die Begrüßung „%1“ (erwartet +OK)</translation>
    </message>
    <message>
        <location filename="../core/protocol/pop3_dialogue.cpp" line="81"/>
        <source>a CAPA list of more than %1 lines</source>
        <translation>eine CAPA-Liste mit mehr als %1 Zeilen</translation>
    </message>
    <message>
        <location filename="../core/protocol/reply_parser.cpp" line="144"/>
        <source>reply line longer than %1 bytes without a line end: %2</source>
        <translation>Antwortzeile länger als %1 Bytes ohne Zeilenende: %2</translation>
    </message>
    <message>
        <location filename="../core/protocol/reply_parser.cpp" line="156"/>
        <source>reply line of %1 bytes is longer than the limit of %2 bytes: %3</source>
        <translation>Antwortzeile mit %1 Bytes überschreitet die Grenze von %2 Bytes: %3</translation>
    </message>
    <message>
        <location filename="../core/protocol/reply_parser.cpp" line="172"/>
        <source>reply line %1 does not start with a three-digit code: %2</source>
        <translation>Antwortzeile %1 beginnt nicht mit einem dreistelligen Code: %2</translation>
    </message>
    <message>
        <location filename="../core/protocol/reply_parser.cpp" line="179"/>
        <source>reply code %1 is out of range (first digit 2-5, second 0-5): %2</source>
        <translation>Antwortcode %1 liegt außerhalb des Bereichs (erste Ziffer 2-5, zweite 0-5): %2</translation>
    </message>
    <message>
        <location filename="../core/protocol/reply_parser.cpp" line="190"/>
        <source>reply code is not followed by a space, a hyphen or the line end: %1</source>
        <translation>auf den Antwortcode folgt weder ein Leerzeichen noch ein Bindestrich noch das Zeilenende: %1</translation>
    </message>
    <message>
        <location filename="../core/protocol/reply_parser.cpp" line="200"/>
        <source>multi-line reply changes code from %1 to %2 on line %3: %4</source>
        <translation>mehrzeilige Antwort wechselt in Zeile %3 den Code von %1 zu %2: %4</translation>
    </message>
    <message>
        <location filename="../core/protocol/reply_parser.cpp" line="208"/>
        <source>reply has more than %1 lines</source>
        <translation>Antwort hat mehr als %1 Zeilen</translation>
    </message>
    <message>
        <location filename="../core/protocol/reply_parser.cpp" line="222"/>
        <source>protocol error</source>
        <translation>Protokollfehler</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="95"/>
        <location filename="../core/protocol/session_engine.cpp" line="102"/>
        <location filename="../core/protocol/session_engine.cpp" line="454"/>
        <location filename="../core/protocol/starttls_opener.cpp" line="116"/>
        <location filename="../core/protocol/starttls_opener.cpp" line="169"/>
        <location filename="../core/x509/certificate_loader.cpp" line="72"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="98"/>
        <location filename="../core/protocol/session_engine.cpp" line="143"/>
        <location filename="../core/protocol/starttls_opener.cpp" line="115"/>
        <location filename="../core/protocol/starttls_opener.cpp" line="168"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="125"/>
        <source>malformed reply (%1): %2</source>
        <translation>fehlerhafte Antwort (%1): %2</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="182"/>
        <source>LHLO was refused: %1</source>
        <translation>LHLO wurde abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="183"/>
        <source>EHLO and HELO were refused: %1</source>
        <translation>EHLO und HELO wurden abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="192"/>
        <location filename="../core/protocol/session_engine.cpp" line="500"/>
        <location filename="../core/protocol/starttls_opener.cpp" line="126"/>
        <location filename="../core/protocol/starttls_opener.cpp" line="185"/>
        <source>after STARTTLS</source>
        <translation>nach STARTTLS</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="200"/>
        <location filename="../core/protocol/session_engine.cpp" line="472"/>
        <source>waiting for the server&apos;s greeting</source>
        <translation>beim Warten auf die Begrüßung des Servers</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="212"/>
        <source>the server refused the session in its greeting (421: busy or limiting connections): %1</source>
        <translation>der Server hat die Sitzung in seiner Begrüßung abgelehnt (421: ausgelastet oder Verbindungen begrenzt): %1</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="215"/>
        <location filename="../core/protocol/starttls_opener.cpp" line="110"/>
        <location filename="../core/protocol/starttls_opener.cpp" line="161"/>
        <source>the server refused the session in its greeting: %1</source>
        <translation>der Server hat die Sitzung in seiner Begrüßung abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="217"/>
        <source>unexpected greeting (expected 220): %1</source>
        <translation>unerwartete Begrüßung (erwartet 220): %1</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="304"/>
        <location filename="../core/protocol/session_engine.cpp" line="307"/>
        <location filename="../core/protocol/session_engine.cpp" line="309"/>
        <location filename="../core/protocol/session_engine.cpp" line="311"/>
        <source>during AUTH</source>
        <translation>während AUTH</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="341"/>
        <source>after MAIL FROM</source>
        <translation>nach MAIL FROM</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="349"/>
        <source>after RCPT TO</source>
        <translation>nach RCPT TO</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="355"/>
        <location filename="../core/protocol/session_engine.cpp" line="361"/>
        <source>after RSET</source>
        <translation>nach RSET</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="364"/>
        <source>after DATA</source>
        <translation>nach DATA</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="389"/>
        <source>while sending the message</source>
        <translation>beim Senden der Nachricht</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="395"/>
        <source>after the message</source>
        <translation>nach der Nachricht</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="413"/>
        <location filename="../core/protocol/starttls_opener.cpp" line="36"/>
        <source>no greeting within %1 s</source>
        <translation>keine Begrüßung innerhalb von %1 s</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="414"/>
        <source>waiting for the greeting that tells the dialect</source>
        <translation>beim Warten auf die Begrüßung, die den Dialekt verrät</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="425"/>
        <source>--starttls auto: the greeting is not SMTP, IMAP, POP3 or ManageSieve</source>
        <translation>--starttls auto: die Begrüßung ist weder SMTP, IMAP, POP3 noch ManageSieve</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="477"/>
        <source>the server refused the session in its greeting (busy or limiting connections): %1</source>
        <translation>der Server hat die Sitzung in seiner Begrüßung abgelehnt (ausgelastet oder Verbindungen begrenzt): %1</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="483"/>
        <location filename="../core/protocol/starttls_opener.cpp" line="120"/>
        <source>after CAPABILITY</source>
        <translation>nach CAPABILITY</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="517"/>
        <source>reading the capabilities over TLS</source>
        <translation>beim Lesen der Fähigkeiten über TLS</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="535"/>
        <source>during login</source>
        <translation>während der Anmeldung</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="535"/>
        <source>during %1</source>
        <translation>während %1</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="666"/>
        <location filename="../core/protocol/starttls_opener.cpp" line="175"/>
        <source>after EHLO</source>
        <translation>nach EHLO</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="710"/>
        <source>after EHLO over TLS</source>
        <translation>nach EHLO über TLS</translation>
    </message>
    <message>
        <location filename="../core/protocol/sieve_dialogue.cpp" line="122"/>
        <source>a line with too many literals</source>
        <translation>eine Zeile mit zu vielen Literalen</translation>
    </message>
    <message>
        <location filename="../core/protocol/smtp_dialogue.cpp" line="61"/>
        <source>hosts file</source>
        <translation>eine Hosts-Datei</translation>
    </message>
    <message>
        <location filename="../core/protocol/smtp_dialogue.cpp" line="177"/>
        <source>the server does not speak SMTP: %1</source>
        <translation>der Server spricht kein SMTP: %1</translation>
    </message>
    <message>
        <location filename="../core/protocol/smtp_dialogue.cpp" line="183"/>
        <location filename="../core/protocol/text_dialogue.cpp" line="131"/>
        <location filename="../core/protocol/text_dialogue.cpp" line="153"/>
        <source>no complete reply within %1 s</source>
        <translation>keine vollständige Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <location filename="../core/protocol/starttls_opener.cpp" line="33"/>
        <source>no greeting within %1 s (the TCP connect itself took %2 s)</source>
        <translation>keine Begrüßung innerhalb von %1 s (schon der TCP-Verbindungsaufbau dauerte %2 s)</translation>
    </message>
    <message>
        <location filename="../core/protocol/starttls_opener.cpp" line="71"/>
        <location filename="../core/protocol/starttls_opener.cpp" line="143"/>
        <source>the server closed the connection before its greeting</source>
        <translation>der Server hat die Verbindung vor seiner Begrüßung geschlossen</translation>
    </message>
    <message>
        <location filename="../core/protocol/starttls_opener.cpp" line="96"/>
        <source>the greeting is not SMTP, IMAP, POP3 or ManageSieve</source>
        <translation>die Begrüßung ist weder SMTP, IMAP, POP3 noch ManageSieve</translation>
    </message>
    <message>
        <location filename="../core/protocol/starttls_opener.cpp" line="123"/>
        <source>the %1 server does not offer STARTTLS</source>
        <translation>der %1-Server bietet kein STARTTLS an</translation>
    </message>
    <message>
        <location filename="../core/protocol/starttls_opener.cpp" line="130"/>
        <source>the server ended the session: %1</source>
        <translation>der Server hat die Sitzung beendet: %1</translation>
    </message>
    <message>
        <location filename="../core/protocol/starttls_opener.cpp" line="133"/>
        <location filename="../core/protocol/starttls_opener.cpp" line="192"/>
        <source>STARTTLS was refused: %1</source>
        <translation>STARTTLS wurde abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../core/protocol/starttls_opener.cpp" line="158"/>
        <location filename="../core/protocol/starttls_opener.cpp" line="178"/>
        <location filename="../core/protocol/starttls_opener.cpp" line="189"/>
        <source>the server is busy: %1</source>
        <translation>der Server ist ausgelastet: %1</translation>
    </message>
    <message>
        <location filename="../core/protocol/starttls_opener.cpp" line="180"/>
        <source>EHLO was refused: %1</source>
        <translation>EHLO wurde abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../core/protocol/starttls_opener.cpp" line="182"/>
        <source>the server does not offer STARTTLS</source>
        <translation>der Server bietet kein STARTTLS an</translation>
    </message>
    <message>
        <location filename="../core/protocol/text_dialogue.cpp" line="104"/>
        <source>the server does not speak %1: %2</source>
        <translation>der Server spricht kein %1: %2</translation>
    </message>
    <message>
        <location filename="../core/protocol/text_dialogue.cpp" line="138"/>
        <source>a line longer than %1 KiB</source>
        <translation>eine Zeile länger als %1 KiB</translation>
    </message>
    <message>
        <location filename="../core/protocol/text_dialogue.cpp" line="144"/>
        <source>a literal of %1 bytes (at most %2 KiB are read)</source>
        <translation>ein Literal von %1 Bytes (höchstens %2 KiB werden gelesen)</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="95"/>
        <source>cannot create a TLS context</source>
        <translation>ein TLS-Kontext kann nicht erzeugt werden</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="103"/>
        <source>no usable cipher in the list &quot;%1&quot;</source>
        <translation>kein verwendbares Cipher in der Liste „%1“</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="107"/>
        <source>no usable TLS 1.3 suite in &quot;%1&quot;</source>
        <translation>keine verwendbare TLS-1.3-Suite in „%1“</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="114"/>
        <location filename="../core/tls/tls_client.cpp" line="118"/>
        <source>unknown TLS version &quot;%1&quot;</source>
        <translation>unbekannte TLS-Version „%1“</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="123"/>
        <source>this OpenSSL cannot use the TLS version range %1 .. %2</source>
        <translation>dieses OpenSSL kann den TLS-Versionsbereich %1 .. %2 nicht verwenden</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="124"/>
        <source>lowest</source>
        <translation>niedrigste</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="125"/>
        <source>highest</source>
        <translation>höchste</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="129"/>
        <source>unknown group in &quot;%1&quot;</source>
        <translation>unbekannte Gruppe in „%1“</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="133"/>
        <source>unknown signature algorithm in &quot;%1&quot;</source>
        <translation>unbekannter Signaturalgorithmus in „%1“</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="151"/>
        <source>cannot load CA file %1</source>
        <translation>CA-Datei %1 kann nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="158"/>
        <source>cannot load client certificate %1</source>
        <translation>Client-Zertifikat %1 kann nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="162"/>
        <source>cannot load client key %1</source>
        <translation>Client-Schlüssel %1 kann nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="173"/>
        <source>the client key %1 does not belong to the client certificate %2</source>
        <translation>der Client-Schlüssel %1 gehört nicht zum Client-Zertifikat %2</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="180"/>
        <source>cannot create a TLS connection</source>
        <translation>eine TLS-Verbindung kann nicht erzeugt werden</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="231"/>
        <source>the server closed the TLS connection (close_notify) %1</source>
        <translation>der Server hat die TLS-Verbindung %1 geschlossen (close_notify)</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="236"/>
        <source>the server sent a fatal %1 alert %2</source>
        <translation>der Server sandte %2 einen fatalen %1-Alert</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="237"/>
        <source>we sent a fatal %1 alert %2</source>
        <translation>wir sandten %2 einen fatalen %1-Alert</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="240"/>
        <source>the server sent a fatal %1 alert %2 (%3)</source>
        <translation>der Server sandte %2 einen fatalen %1-Alert (%3)</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="241"/>
        <source>we sent a fatal %1 alert %2 (%3)</source>
        <translation>wir sandten %2 einen fatalen %1-Alert (%3)</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="244"/>
        <source>the server closed the connection %1</source>
        <translation>der Server hat die Verbindung %1 geschlossen</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="246"/>
        <source>TLS error %1: %2</source>
        <translation>TLS-Fehler %1: %2</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="248"/>
        <source>TLS error %1 (OpenSSL error %2)</source>
        <translation>TLS-Fehler %1 (OpenSSL-Fehler %2)</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="279"/>
        <source>the TLS handshake timed out after %1 s</source>
        <translation>Zeitüberschreitung beim TLS-Handshake nach %1 s</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="287"/>
        <source>during the handshake</source>
        <translation>während des Handshakes</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="296"/>
        <location filename="../core/tls/tls_client.cpp" line="423"/>
        <source>TLS is not established</source>
        <translation>TLS ist nicht aufgebaut</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="301"/>
        <source>asking for a renegotiation</source>
        <translation>bei der Anfrage nach einer Neuverhandlung</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="309"/>
        <location filename="../core/tls/tls_client.cpp" line="337"/>
        <source>no answer to the renegotiation within %1 s</source>
        <translation>keine Antwort auf die Neuverhandlung innerhalb von %1 s</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="335"/>
        <source>the server closed the connection during the renegotiation</source>
        <translation>der Server hat die Verbindung während der Neuverhandlung geschlossen</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="343"/>
        <source>during the renegotiation</source>
        <translation>während der Neuverhandlung</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="440"/>
        <source>while sending</source>
        <translation>beim Senden</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="467"/>
        <source>while reading</source>
        <translation>beim Lesen</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="546"/>
        <source>TLS is not configured</source>
        <translation>TLS ist nicht konfiguriert</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="562"/>
        <source>sending early data</source>
        <translation>beim Senden früher Daten</translation>
    </message>
    <message>
        <location filename="../core/model/proxy_settings.cpp" line="34"/>
        <source>a proxy is a URL: socks5://[USER@]HOST:PORT or http://[USER@]HOST:PORT</source>
        <translation>ein Proxy ist eine URL: socks5://[USER@]HOST:PORT oder http://[USER@]HOST:PORT</translation>
    </message>
    <message>
        <location filename="../core/model/proxy_settings.cpp" line="45"/>
        <source>unknown proxy scheme &quot;%1&quot; (socks5://, socks5h:// or http://)</source>
        <translation>unbekanntes Proxy-Schema „%1“ (socks5://, socks5h:// oder http://)</translation>
    </message>
    <message>
        <location filename="../core/model/proxy_settings.cpp" line="52"/>
        <source>a proxy URL has no path or query: %1://[USER@]HOST:PORT</source>
        <translation>eine Proxy-URL hat keinen Pfad und keine Query: %1://[USER@]HOST:PORT</translation>
    </message>
    <message>
        <location filename="../core/model/proxy_settings.cpp" line="59"/>
        <source>no password in the proxy URL (it would show in the process list and the shell history): give it with --proxy-pass-file FILE or MAILTLS_PROXY_PASSWORD</source>
        <translation>kein Passwort in der Proxy-URL (es wäre in der Prozessliste und der Shell-History sichtbar): mit --proxy-pass-file FILE oder MAILTLS_PROXY_PASSWORD angeben</translation>
    </message>
    <message>
        <location filename="../core/model/proxy_settings.cpp" line="64"/>
        <source>the proxy URL names an empty user</source>
        <translation>die Proxy-URL nennt einen leeren Benutzer</translation>
    </message>
    <message>
        <location filename="../core/model/proxy_settings.cpp" line="70"/>
        <source>the proxy URL&apos;s host: %1</source>
        <translation>Host der Proxy-URL: %1</translation>
    </message>
    <message>
        <location filename="../core/model/proxy_settings.cpp" line="70"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../core/model/proxy_settings.cpp" line="73"/>
        <source>the proxy URL&apos;s port must be 1 to 65535</source>
        <translation>der Port der Proxy-URL muss zwischen 1 und 65535 liegen</translation>
    </message>
    <message>
        <location filename="../core/model/targets.cpp" line="79"/>
        <source>&apos;%1&apos;: expected &apos;:PORT&apos; after &apos;]&apos;</source>
        <translation>„%1“: nach &apos;]&apos; wird &apos;:PORT&apos; erwartet</translation>
    </message>
    <message>
        <location filename="../core/model/targets.cpp" line="106"/>
        <source>&apos;%1&apos;: no host name</source>
        <translation>„%1“: kein Hostname</translation>
    </message>
    <message>
        <location filename="../core/model/targets.cpp" line="110"/>
        <source>&apos;%1&apos; is not a host name or address</source>
        <translation>„%1“ ist weder Hostname noch Adresse</translation>
    </message>
    <message>
        <location filename="../core/model/targets.cpp" line="116"/>
        <source>&apos;%1&apos;: port must be 1-65535</source>
        <translation>„%1“: Port muss 1-65535 sein</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="99"/>
        <source>the %1 block is encrypted; give its passphrase (--passphrase-file)</source>
        <translation>der Block %1 ist verschlüsselt; geben Sie seine Passphrase an (--passphrase-file)</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="100"/>
        <source>the %1 block: wrong passphrase</source>
        <translation>der Block %1: falsche Passphrase</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="103"/>
        <source>DER private key is encrypted; give its passphrase (--passphrase-file)</source>
        <translation>DER-Privatschlüssel ist verschlüsselt; geben Sie seine Passphrase an (--passphrase-file)</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="104"/>
        <source>DER private key: wrong passphrase</source>
        <translation>DER-Privatschlüssel: falsche Passphrase</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="127"/>
        <source>cannot re-read the %1 block</source>
        <translation>der Block %1 lässt sich nicht erneut lesen</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="134"/>
        <source>the %1 block is not a readable private key</source>
        <translation>der Block %1 ist kein lesbarer privater Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="179"/>
        <source>PEM block %1 (%2) is not a valid certificate</source>
        <translation>PEM-Block %1 (%2) ist kein gültiges Zertifikat</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="190"/>
        <source>PEM block %1: %2</source>
        <translation>PEM-Block %1: %2</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="197"/>
        <source>PEM block %1 (PKCS7) is damaged</source>
        <translation>PEM-Block %1 (PKCS7) ist beschädigt</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="207"/>
        <source>has a &quot;-----BEGIN&quot; line but no complete PEM block</source>
        <translation>enthält eine „-----BEGIN“-Zeile, aber keinen vollständigen PEM-Block</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="230"/>
        <source>PKCS#12 with an implausible MAC iteration count (%1): damaged</source>
        <translation>PKCS#12 mit unplausibler MAC-Iterationszahl (%1): beschädigt</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="244"/>
        <source>PKCS#12 is protected by a passphrase; give it with --passphrase-file</source>
        <translation>PKCS#12 ist durch eine Passphrase geschützt; geben Sie sie mit --passphrase-file an</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="245"/>
        <source>PKCS#12: wrong passphrase (the integrity check failed)</source>
        <translation>PKCS#12: falsche Passphrase (die Integritätsprüfung schlug fehl)</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="256"/>
        <source>PKCS#12 contents cannot be read (wrong passphrase or damaged)</source>
        <translation>PKCS#12-Inhalt lässt sich nicht lesen (falsche Passphrase oder beschädigt)</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="318"/>
        <source>PKCS#7 structure without certificates</source>
        <translation>PKCS#7-Struktur ohne Zertifikate</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="331"/>
        <source>DER PKCS#8 private key cannot be decoded</source>
        <translation>DER-PKCS#8-Privatschlüssel lässt sich nicht dekodieren</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="380"/>
        <source>DER data that is neither a certificate, a private key, PKCS#7 nor PKCS#12 (truncated or damaged?)</source>
        <translation>DER-Daten, die weder ein Zertifikat noch ein privater Schlüssel, PKCS#7 oder PKCS#12 sind (abgeschnitten oder beschädigt?)</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="383"/>
        <source>neither PEM (no &quot;-----BEGIN&quot; line) nor DER (starts with bytes %1)</source>
        <translation>weder PEM (keine „-----BEGIN“-Zeile) noch DER (beginnt mit den Bytes %1)</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="463"/>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="472"/>
        <source>holds no certificate and no private key</source>
        <translation>enthält weder ein Zertifikat noch einen privaten Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="473"/>
        <source>holds no certificate and no private key (only %1)</source>
        <translation>enthält weder ein Zertifikat noch einen privaten Schlüssel (nur %1)</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="478"/>
        <source>holds a certificate that cannot be read</source>
        <translation>enthält ein Zertifikat, das sich nicht lesen lässt</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="518"/>
        <source>%1: is a directory</source>
        <translation>%1: ist ein Verzeichnis</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="522"/>
        <source>%1: too large for a certificate or key file (%2 bytes)</source>
        <translation>%1: zu groß für eine Zertifikats- oder Schlüsseldatei (%2 Bytes)</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="528"/>
        <source>%1: cannot read (%2)</source>
        <translation>%1: nicht lesbar (%2)</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="563"/>
        <source>target list</source>
        <translation>eine Zielliste</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="405"/>
        <location filename="../core/report/workspace.cpp" line="310"/>
        <source>workspace</source>
        <translation>einen Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="804"/>
        <source>certificate file</source>
        <translation>eine Zertifikatsdatei</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="395"/>
        <location filename="../app/cli/session_command.cpp" line="96"/>
        <source>message</source>
        <translation>eine Nachricht</translation>
    </message>
    <message>
        <location filename="../core/report/report_jsonl.cpp" line="70"/>
        <source>longer than %1 bytes, skipped</source>
        <translation>länger als %1 Bytes, übersprungen</translation>
    </message>
    <message>
        <location filename="../core/report/report_jsonl.cpp" line="81"/>
        <source>%1 (the line is cut)</source>
        <translation>%1 (die Zeile ist abgeschnitten)</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="18"/>
        <source>The client opens the handshake. It sends a fresh random value and lists what it can do: protocol versions, cipher suites, and extensions such as the server name (SNI), the key exchange groups and the signature algorithms it accepts.</source>
        <translation>Der Client eröffnet den Handshake. Er sendet einen frischen Zufallswert und listet auf, was er kann: Protokollversionen, Cipher-Suites und Erweiterungen wie den Servernamen (SNI), die Gruppen für den Schlüsselaustausch und die Signaturalgorithmen, die er akzeptiert.</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="21"/>
        <source>In TLS 1.3: the client already sends key shares for the groups it guesses the server will pick, which saves a round trip. The real version list moved into the supported_versions extension; the old version field stays at TLS 1.2 for compatibility.</source>
        <translation>In TLS 1.3: Der Client sendet bereits Key-Shares für die Gruppen, die der Server vermutlich wählt, und spart so einen Roundtrip. Die eigentliche Versionsliste steht in der Erweiterung supported_versions; das alte Versionsfeld bleibt aus Kompatibilitätsgründen auf TLS 1.2.</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="25"/>
        <source>The server&apos;s answer to the ClientHello: it picks one protocol version and one cipher suite from the client&apos;s offer and adds its own random value. From here both sides know which algorithms the rest of the handshake uses.</source>
        <translation>Die Antwort des Servers auf das ClientHello: Er wählt aus dem Angebot des Clients eine Protokollversion und eine Cipher-Suite und fügt seinen eigenen Zufallswert hinzu. Ab hier wissen beide Seiten, welche Algorithmen der Rest des Handshakes verwendet.</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="28"/>
        <source>In TLS 1.3: it also carries the server&apos;s key share, so both sides can derive handshake keys at once; every message after it is encrypted. The chosen version is in supported_versions.</source>
        <translation>In TLS 1.3: Es trägt auch den Key-Share des Servers, sodass beide Seiten sofort Handshake-Schlüssel ableiten können; jede Nachricht danach ist verschlüsselt. Die gewählte Version steht in supported_versions.</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="32"/>
        <source>The server supports one of the groups the client listed but found no key share for it in the ClientHello. It asks the client to send a new ClientHello with a share for that group. On the wire it looks like a ServerHello with a fixed, special random value.</source>
        <translation>Der Server unterstützt eine der vom Client genannten Gruppen, fand im ClientHello aber keinen Key-Share dafür. Er bittet den Client, ein neues ClientHello mit einem Share für diese Gruppe zu senden. Auf der Leitung sieht es aus wie ein ServerHello mit einem festen, besonderen Zufallswert.</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="35"/>
        <source>In TLS 1.3: this message exists only here; it costs one extra round trip, which is why clients try to guess the server&apos;s preferred group.</source>
        <translation>In TLS 1.3: Diese Nachricht gibt es nur hier; sie kostet einen zusätzlichen Roundtrip, weshalb Clients die bevorzugte Gruppe des Servers zu erraten versuchen.</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="38"/>
        <source>The server&apos;s answers to extensions that are not needed to agree on keys, such as ALPN or the acknowledgement of the server name. It is the first message protected by the handshake keys.</source>
        <translation>Die Antworten des Servers auf Erweiterungen, die für die Schlüsselvereinbarung nicht nötig sind, etwa ALPN oder die Bestätigung des Servernamens. Es ist die erste durch die Handshake-Schlüssel geschützte Nachricht.</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="41"/>
        <source>In TLS 1.3: new. In TLS 1.2 these answers travelled in the ServerHello, readable by anyone on the path.</source>
        <translation>In TLS 1.3: neu. In TLS 1.2 reisten diese Antworten im ServerHello, lesbar für jeden auf dem Weg.</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="44"/>
        <source>The sender&apos;s certificate chain: its own certificate first, then the intermediates that lead to a trusted root. The receiver checks the chain, the dates and that the name matches the host it wanted. The server always sends one (except for anonymous or PSK suites); the client only when asked.</source>
        <translation>Die Zertifikatskette des Absenders: zuerst das eigene Zertifikat, dann die Zwischenzertifikate, die zu einer vertrauenswürdigen Wurzel führen. Der Empfänger prüft die Kette, die Daten und ob der Name zum gewünschten Host passt. Der Server sendet immer eine (außer bei anonymen oder PSK-Suites); der Client nur auf Anfrage.</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="48"/>
        <source>In TLS 1.3: the chain is encrypted, so an eavesdropper no longer sees which certificate was served, and each entry can carry extensions such as a stapled OCSP response.</source>
        <translation>In TLS 1.3: Die Kette ist verschlüsselt, ein Lauscher sieht also nicht mehr, welches Zertifikat ausgeliefert wurde, und jeder Eintrag kann Erweiterungen wie eine beigelegte OCSP-Antwort tragen.</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="51"/>
        <source>The server asks the client to authenticate with a certificate of its own and says which signature algorithms and issuing CAs it accepts. Mail servers often ask but still accept a client that sends an empty certificate list.</source>
        <translation>Der Server bittet den Client, sich mit einem eigenen Zertifikat zu authentifizieren, und nennt die Signaturalgorithmen und ausstellenden CAs, die er akzeptiert. Mailserver fragen oft, akzeptieren aber trotzdem einen Client, der eine leere Zertifikatsliste sendet.</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="54"/>
        <source>In TLS 1.3: encrypted, with its parameters as extensions and a request context; a server may also ask after the handshake if the client offered post_handshake_auth.</source>
        <translation>In TLS 1.3: verschlüsselt, mit seinen Parametern als Erweiterungen und einem Anfragekontext; ein Server darf auch nach dem Handshake fragen, wenn der Client post_handshake_auth angeboten hat.</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="57"/>
        <source>Sent in TLS 1.2 and earlier with ephemeral (EC)DHE suites: the server&apos;s Diffie-Hellman parameters (a named curve, or a prime and generator) and its public value, signed with the certificate&apos;s key. With static RSA key exchange there is no such message.</source>
        <translation>Wird in TLS 1.2 und früher bei ephemeren (EC)DHE-Suites gesendet: die Diffie-Hellman-Parameter des Servers (eine benannte Kurve oder Primzahl und Generator) und sein öffentlicher Wert, signiert mit dem Schlüssel des Zertifikats. Bei statischem RSA-Schlüsselaustausch gibt es diese Nachricht nicht.</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="60"/>
        <source>In TLS 1.3: gone. The server&apos;s key share sits in the ServerHello and its signature moved to CertificateVerify, which covers the whole transcript instead of only the parameters.</source>
        <translation>In TLS 1.3: entfallen. Der Key-Share des Servers steht im ServerHello, und seine Signatur ist in CertificateVerify gewandert, das den ganzen Verlauf statt nur der Parameter abdeckt.</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="63"/>
        <source>An empty message that closes the server&apos;s first flight in TLS 1.2 and earlier. The server has said everything it needs to, and it is now the client&apos;s turn to send its key exchange.</source>
        <translation>Eine leere Nachricht, die in TLS 1.2 und früher den ersten Nachrichtenflug des Servers abschließt. Der Server hat alles Nötige gesagt, und nun ist der Client mit seinem Schlüsselaustausch an der Reihe.</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="65"/>
        <source>In TLS 1.3: removed; the server&apos;s flight simply ends with its Finished message.</source>
        <translation>In TLS 1.3: entfernt; der Nachrichtenflug des Servers endet einfach mit seiner Finished-Nachricht.</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="67"/>
        <source>The client&apos;s contribution to the shared secret in TLS 1.2 and earlier: its (EC)DH public value, or with RSA key exchange a random premaster secret encrypted to the server&apos;s RSA key. After it both sides can compute the same master secret.</source>
        <translation>Der Beitrag des Clients zum gemeinsamen Geheimnis in TLS 1.2 und früher: sein öffentlicher (EC)DH-Wert oder bei RSA-Schlüsselaustausch ein zufälliges, mit dem RSA-Schlüssel des Servers verschlüsseltes Premaster-Secret. Danach können beide Seiten dasselbe Master-Secret berechnen.</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="70"/>
        <source>In TLS 1.3: gone; the client&apos;s key share already went out in the ClientHello, and RSA key transport no longer exists.</source>
        <translation>In TLS 1.3: entfallen; der Key-Share des Clients ging schon im ClientHello hinaus, und RSA-Schlüsseltransport gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="73"/>
        <source>A signature made with the private key of the certificate just sent, over the handshake so far. It proves the sender really holds that key, not just a copy of the public certificate. In TLS 1.2 only a client that sent a certificate uses it.</source>
        <translation>Eine Signatur mit dem privaten Schlüssel des gerade gesendeten Zertifikats über den bisherigen Handshake. Sie beweist, dass der Absender diesen Schlüssel wirklich besitzt und nicht nur eine Kopie des öffentlichen Zertifikats. In TLS 1.2 verwendet sie nur ein Client, der ein Zertifikat gesendet hat.</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="76"/>
        <source>In TLS 1.3: the server sends one in every certificate-based handshake; it replaces the signature that ServerKeyExchange used to carry.</source>
        <translation>In TLS 1.3: Der Server sendet sie in jedem zertifikatbasierten Handshake; sie ersetzt die Signatur, die früher ServerKeyExchange trug.</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="79"/>
        <source>Not a handshake message but a one-byte record of its own: from the next record on, this side encrypts with the keys just negotiated. Each side sends one just before its Finished.</source>
        <translation>Keine Handshake-Nachricht, sondern ein eigener Record von einem Byte: Ab dem nächsten Record verschlüsselt diese Seite mit den gerade ausgehandelten Schlüsseln. Jede Seite sendet ihn direkt vor ihrem Finished.</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="81"/>
        <source>In TLS 1.3: it means nothing. Implementations may still send one so that middleboxes which expect a TLS 1.2 handshake let the connection through; the peer ignores it.</source>
        <translation>In TLS 1.3: Er bedeutet nichts. Implementierungen dürfen ihn trotzdem senden, damit Middleboxes, die einen TLS-1.2-Handshake erwarten, die Verbindung durchlassen; die Gegenseite ignoriert ihn.</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="84"/>
        <source>A MAC over the whole handshake, computed with the new keys. Each side checks the other&apos;s, so any message altered or removed on the way (for example a weaker suite list) makes the handshake fail. In TLS 1.2 it is the first encrypted message from each side.</source>
        <translation>Ein MAC über den ganzen Handshake, berechnet mit den neuen Schlüsseln. Jede Seite prüft den der anderen, sodass jede unterwegs veränderte oder entfernte Nachricht (etwa eine schwächere Suite-Liste) den Handshake scheitern lässt. In TLS 1.2 ist es die erste verschlüsselte Nachricht jeder Seite.</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="87"/>
        <source>In TLS 1.3: computed with a key derived from the handshake secret; the server&apos;s Finished ends its flight and the client&apos;s Finished completes the handshake.</source>
        <translation>In TLS 1.3: berechnet mit einem aus dem Handshake-Secret abgeleiteten Schlüssel; das Finished des Servers beendet seinen Nachrichtenflug, und das Finished des Clients schließt den Handshake ab.</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="90"/>
        <source>The server hands the client an opaque, server-encrypted ticket so a later connection can resume this session without a full handshake. The lifetime says how long the server will honour it. In TLS 1.2 it comes just before the server&apos;s ChangeCipherSpec.</source>
        <translation>Der Server gibt dem Client ein undurchsichtiges, vom Server verschlüsseltes Ticket, damit eine spätere Verbindung diese Sitzung ohne vollständigen Handshake wieder aufnehmen kann. Die Lebensdauer sagt, wie lange der Server es anerkennt. In TLS 1.2 kommt es direkt vor dem ChangeCipherSpec des Servers.</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="93"/>
        <source>In TLS 1.3: sent after the handshake, encrypted, often several at once; each ticket is a pre-shared key identity valid for at most seven days.</source>
        <translation>In TLS 1.3: nach dem Handshake gesendet, verschlüsselt, oft mehrere auf einmal; jedes Ticket ist eine Pre-Shared-Key-Identität, gültig für höchstens sieben Tage.</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="96"/>
        <source>Only in TLS 1.3: one side switches to fresh traffic keys and may ask the peer to do the same, so a long connection never uses one key for too much data.</source>
        <translation>Nur in TLS 1.3: Eine Seite wechselt zu frischen Verkehrsschlüsseln und kann die Gegenseite bitten, dasselbe zu tun, damit eine lange Verbindung nie einen Schlüssel für zu viele Daten verwendet.</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="98"/>
        <source>In TLS 1.3: this replaces renegotiation for changing keys.</source>
        <translation>In TLS 1.3: Dies ersetzt die Neuaushandlung zum Schlüsselwechsel.</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="100"/>
        <source>Only in TLS 1.3: the client marks the end of the early (0-RTT) data it sent with a resumed session before the handshake finished.</source>
        <translation>Nur in TLS 1.3: Der Client markiert das Ende der frühen (0-RTT-)Daten, die er mit einer wiederaufgenommenen Sitzung vor dem Ende des Handshakes gesendet hat.</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="104"/>
        <source>A stapled OCSP response: the server passes on its CA&apos;s signed statement that the certificate was not revoked, so the client need not ask the CA itself.</source>
        <translation>Eine beigelegte OCSP-Antwort: Der Server reicht die signierte Aussage seiner CA weiter, dass das Zertifikat nicht widerrufen wurde, sodass der Client die CA nicht selbst fragen muss.</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="106"/>
        <source>In TLS 1.3: the response travels as an extension of the certificate entry instead of a message of its own.</source>
        <translation>In TLS 1.3: Die Antwort reist als Erweiterung des Zertifikatseintrags statt als eigene Nachricht.</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="109"/>
        <source>In TLS 1.2 and earlier the server asks the client to start a new handshake (renegotiation) on the running connection.</source>
        <translation>In TLS 1.2 und früher bittet der Server den Client, auf der laufenden Verbindung einen neuen Handshake zu beginnen (Neuaushandlung).</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="111"/>
        <source>In TLS 1.3: removed, together with renegotiation.</source>
        <translation>In TLS 1.3: zusammen mit der Neuaushandlung entfernt.</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="113"/>
        <source>Two bytes: a level (warning or fatal) and a reason. A fatal alert ends the connection at once and tells why the handshake failed; close_notify announces an orderly end.</source>
        <translation>Zwei Bytes: eine Stufe (warning oder fatal) und ein Grund. Ein fataler Alert beendet die Verbindung sofort und sagt, warum der Handshake scheiterte; close_notify kündigt ein geordnetes Ende an.</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="115"/>
        <source>In TLS 1.3: every alert except close_notify and user_canceled is fatal whatever level it states, and alerts after the ServerHello are encrypted.</source>
        <translation>In TLS 1.3: Jeder Alert außer close_notify und user_canceled ist fatal, gleich welche Stufe er angibt, und Alerts nach dem ServerHello sind verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="118"/>
        <source>The SMTP command (RFC 3207) that turns this same TCP connection into a TLS connection. Everything before it travelled in clear text; after the server&apos;s 220 reply the next bytes the client sends are a TLS ClientHello. IMAP (RFC 9051, tagged OK) and ManageSieve (RFC 5804, OK) use the same command; POP3 calls it STLS.</source>
        <translation>Der SMTP-Befehl (RFC 3207), der dieselbe TCP-Verbindung in eine TLS-Verbindung verwandelt. Alles davor ging im Klartext über die Leitung; nach der Antwort 220 des Servers sind die nächsten Bytes des Clients ein TLS-ClientHello. IMAP (RFC 9051, getaggtes OK) und ManageSieve (RFC 5804, OK) verwenden denselben Befehl; POP3 nennt ihn STLS.</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="124"/>
        <source>POP3&apos;s STARTTLS (RFC 2595). After the server&apos;s +OK the next bytes the client sends are a TLS ClientHello on the same connection.</source>
        <translation>Das STARTTLS von POP3 (RFC 2595). Nach dem +OK des Servers sind die nächsten Bytes des Clients ein TLS-ClientHello auf derselben Verbindung.</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="128"/>
        <source>IMAP (RFC 9051) or ManageSieve (RFC 5804): the server lists what it supports: STARTTLS, the SASL mechanisms (AUTH=PLAIN, &quot;SASL&quot;), and LOGINDISABLED when it refuses passwords before TLS. After TLS the IMAP client asks again and the ManageSieve server sends the list again by itself, because an attacker could have changed the clear-text one.</source>
        <translation>IMAP (RFC 9051) oder ManageSieve (RFC 5804): Der Server listet auf, was er unterstützt: STARTTLS, die SASL-Mechanismen (AUTH=PLAIN, &quot;SASL&quot;) und LOGINDISABLED, wenn er Passwörter vor TLS ablehnt. Nach TLS fragt der IMAP-Client erneut, und der ManageSieve-Server sendet die Liste von sich aus noch einmal, weil ein Angreifer die Klartextliste verändert haben könnte.</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="134"/>
        <source>POP3 (RFC 2449): the server lists its capabilities: STLS, USER (password logins) and the SASL mechanisms. A server that protects passwords lists neither USER nor SASL PLAIN until TLS is up; after STLS the client asks again.</source>
        <translation>POP3 (RFC 2449): Der Server listet seine Fähigkeiten auf: STLS, USER (Passwort-Anmeldung) und die SASL-Mechanismen. Ein Server, der Passwörter schützt, nennt weder USER noch SASL PLAIN, bevor TLS steht; nach STLS fragt der Client erneut.</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="139"/>
        <source>The server&apos;s first words when the connection opens: &quot;* OK&quot; from IMAP, &quot;+OK&quot; from POP3, the capability list ending in OK from ManageSieve, 220 from SMTP. They travel in clear text unless TLS started with the first byte (ports 993, 995, 465).</source>
        <translation>Die ersten Worte des Servers beim Verbindungsaufbau: &quot;* OK&quot; bei IMAP, &quot;+OK&quot; bei POP3, die mit OK endende Fähigkeitenliste bei ManageSieve, 220 bei SMTP. Sie gehen im Klartext über die Leitung, es sei denn, TLS begann mit dem ersten Byte (Ports 993, 995, 465).</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="144"/>
        <source>The client greets the server and the server lists the SMTP extensions it supports, such as STARTTLS, AUTH and SIZE. After TLS is up the client says EHLO again, because an attacker could have changed the clear-text answer.</source>
        <translation>Der Client begrüßt den Server, und der Server listet die SMTP-Erweiterungen auf, die er unterstützt, etwa STARTTLS, AUTH und SIZE. Sobald TLS steht, sagt der Client erneut EHLO, weil ein Angreifer die Klartextantwort verändert haben könnte.</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="149"/>
        <source>A positive reply: either the server&apos;s greeting when the connection opens, or, after STARTTLS, the go-ahead to start the TLS handshake on this connection.</source>
        <translation>Eine positive Antwort: entweder die Begrüßung des Servers beim Verbindungsaufbau oder, nach STARTTLS, die Freigabe, auf dieser Verbindung den TLS-Handshake zu beginnen.</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="153"/>
        <source>Once both Finished messages are checked, the SMTP conversation goes on inside TLS records: an eavesdropper sees only sizes and timing, not commands, addresses or the message.</source>
        <translation>Sobald beide Finished-Nachrichten geprüft sind, geht das SMTP-Gespräch in TLS-Records weiter: Ein Lauscher sieht nur Größen und Zeitpunkte, keine Befehle, Adressen oder die Nachricht.</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="264"/>
        <source>A second handshake on a connection that already finished one: in TLS 1.2 and earlier either side may ask for fresh keys this way, the server with a HelloRequest, the client with a new ClientHello. Servers may refuse a client&apos;s request (a no_renegotiation alert, or closing the connection), and many mail servers rightly do, because each handshake costs them a private-key operation.

A common surprise: openssl s_client treats a typed line that starts with a capital R as a request to renegotiate and one with Q as quit, so typing RCPT TO renegotiates instead of sending the command, and a server that refuses then drops the session. That is the tool, not the server: start s_client with -ign_eof or -quiet (both imply -nocommands), or type rcpt to in lower case. This workbench sends every typed line as it is.</source>
        <translation>Ein zweiter Handshake auf einer Verbindung, die schon einen abgeschlossen hat: In TLS 1.2 und früher kann jede Seite so frische Schlüssel anfordern, der Server mit einem HelloRequest, der Client mit einem neuen ClientHello. Server dürfen die Anfrage eines Clients ablehnen (ein no_renegotiation-Alert oder das Schließen der Verbindung), und viele Mailserver tun das zu Recht, weil sie jeder Handshake eine Operation mit dem privaten Schlüssel kostet.

Eine häufige Überraschung: openssl s_client behandelt eine eingegebene Zeile, die mit großem R beginnt, als Aufforderung zur Neuaushandlung und eine mit Q als Beenden; wer RCPT TO tippt, löst also eine Neuaushandlung aus, statt den Befehl zu senden, und ein Server, der ablehnt, beendet dann die Sitzung. Das liegt am Werkzeug, nicht am Server: Starten Sie s_client mit -ign_eof oder -quiet (beide schließen -nocommands ein), oder tippen Sie rcpt to klein. Diese Workbench sendet jede eingegebene Zeile so, wie sie ist.</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="274"/>
        <source>In TLS 1.3: renegotiation is gone. Fresh keys come from a KeyUpdate message (s_client sends one on a typed k or K) and a late client certificate from post-handshake authentication.</source>
        <translation>In TLS 1.3: Die Neuaushandlung ist entfallen. Frische Schlüssel kommen aus einer KeyUpdate-Nachricht (s_client sendet eine bei eingegebenem k oder K) und ein spätes Client-Zertifikat aus der Post-Handshake-Authentifizierung.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="72"/>
        <source>Ephemeral elliptic-curve Diffie-Hellman: both sides make a fresh key pair for this connection and derive the secret from them.</source>
        <translation>Ephemeres Elliptische-Kurven-Diffie-Hellman: Beide Seiten erzeugen für diese Verbindung ein frisches Schlüsselpaar und leiten daraus das Geheimnis ab.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="74"/>
        <source>Ephemeral finite-field Diffie-Hellman: a fresh key pair per connection over the server&apos;s prime; the prime size decides the strength.</source>
        <translation>Ephemeres Diffie-Hellman über endlichen Körpern: ein frisches Schlüsselpaar pro Verbindung über der Primzahl des Servers; die Größe der Primzahl bestimmt die Stärke.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="76"/>
        <source>RSA key transport: the client encrypts a random premaster secret with the public key in the server&apos;s certificate.</source>
        <translation>RSA-Schlüsseltransport: Der Client verschlüsselt ein zufälliges Premaster-Secret mit dem öffentlichen Schlüssel im Zertifikat des Servers.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="78"/>
        <source>Static Diffie-Hellman: the server&apos;s DH key is fixed and sits in its certificate.</source>
        <translation>Statisches Diffie-Hellman: Der DH-Schlüssel des Servers ist fest und steht in seinem Zertifikat.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="80"/>
        <source>Static elliptic-curve Diffie-Hellman: the server&apos;s EC key in its certificate is used directly for key agreement.</source>
        <translation>Statisches Elliptische-Kurven-Diffie-Hellman: Der EC-Schlüssel im Zertifikat des Servers wird direkt für die Schlüsselvereinbarung verwendet.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="82"/>
        <source>Pre-shared key: both sides already hold a secret agreed outside TLS.</source>
        <translation>Pre-Shared Key: Beide Seiten besitzen bereits ein außerhalb von TLS vereinbartes Geheimnis.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="84"/>
        <source>Secure Remote Password: a password-based key exchange that never sends the password.</source>
        <translation>Secure Remote Password: ein passwortbasierter Schlüsselaustausch, der das Passwort nie überträgt.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="86"/>
        <source>Kerberos: the client presents a Kerberos ticket for the server.</source>
        <translation>Kerberos: Der Client legt ein Kerberos-Ticket für den Server vor.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="88"/>
        <source>Password-authenticated key exchange on an elliptic curve (RFC 8492).</source>
        <translation>Passwortauthentifizierter Schlüsselaustausch auf einer elliptischen Kurve (RFC 8492).</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="90"/>
        <source>GOST VKO key agreement (Russian national standards).</source>
        <translation>GOST-VKO-Schlüsselvereinbarung (russische nationale Standards).</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="92"/>
        <source>Not fixed by the suite: in TLS 1.3 the key exchange is always ephemeral (EC)DHE (or PSK), agreed through the supported_groups and key_share extensions.</source>
        <translation>Nicht durch die Suite festgelegt: In TLS 1.3 ist der Schlüsselaustausch immer ephemeres (EC)DHE (oder PSK), vereinbart über die Erweiterungen supported_groups und key_share.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="94"/>
        <source>None: this placeholder suite protects nothing.</source>
        <translation>Keiner: Diese Platzhalter-Suite schützt nichts.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="103"/>
        <source>The server signs the key exchange with its RSA key.</source>
        <translation>Der Server signiert den Schlüsselaustausch mit seinem RSA-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="105"/>
        <source>The server signs with an ECDSA key.</source>
        <translation>Der Server signiert mit einem ECDSA-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="107"/>
        <source>The server signs with a DSA key (DSS), long deprecated.</source>
        <translation>Der Server signiert mit einem DSA-Schlüssel (DSS), seit Langem veraltet.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="109"/>
        <source>None: the server is not authenticated, so anyone on the path can pose as it.</source>
        <translation>Keine: Der Server wird nicht authentifiziert, daher kann sich jeder auf dem Weg als er ausgeben.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="111"/>
        <source>The pre-shared key authenticates both sides; no certificate is involved.</source>
        <translation>Der Pre-Shared Key authentifiziert beide Seiten; es ist kein Zertifikat beteiligt.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="113"/>
        <location filename="../core/explain/suite_explainer.cpp" line="117"/>
        <source>The shared password authenticates both sides.</source>
        <translation>Das gemeinsame Passwort authentifiziert beide Seiten.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="115"/>
        <source>Kerberos authenticates the server.</source>
        <translation>Kerberos authentifiziert den Server.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="119"/>
        <source>The server signs with a GOST R 34.10 key.</source>
        <translation>Der Server signiert mit einem GOST-R-34.10-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="121"/>
        <source>Not fixed by the suite: in TLS 1.3 the certificate&apos;s signature algorithm is negotiated separately (RSA-PSS, ECDSA, Ed25519).</source>
        <translation>Nicht durch die Suite festgelegt: In TLS 1.3 wird der Signaturalgorithmus des Zertifikats getrennt ausgehandelt (RSA-PSS, ECDSA, Ed25519).</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="123"/>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="139"/>
        <source>Key exchange %1.</source>
        <translation>Schlüsselaustausch %1.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="146"/>
        <source>The server proves itself by decrypting the premaster secret with its RSA private key.</source>
        <translation>Der Server weist sich aus, indem er das Premaster-Secret mit seinem privaten RSA-Schlüssel entschlüsselt.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="147"/>
        <source>Authentication %1.</source>
        <translation>Authentifizierung %1.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="159"/>
        <source>No encryption at all: the data is only integrity-protected and travels readable.</source>
        <translation>Überhaupt keine Verschlüsselung: Die Daten sind nur gegen Veränderung geschützt und gehen lesbar über die Leitung.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="162"/>
        <source>%1-bit strength; block cipher in Galois/Counter Mode: encryption and integrity in one step (AEAD).</source>
        <translation>%1 Bit Stärke; Blockchiffre im Galois/Counter Mode: Verschlüsselung und Integrität in einem Schritt (AEAD).</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="164"/>
        <source>%1-bit strength; block cipher in CCM mode with a short 8-byte tag (AEAD).</source>
        <translation>%1 Bit Stärke; Blockchiffre im CCM-Modus mit kurzem 8-Byte-Tag (AEAD).</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="166"/>
        <source>%1-bit strength; block cipher in CCM mode (AEAD).</source>
        <translation>%1 Bit Stärke; Blockchiffre im CCM-Modus (AEAD).</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="168"/>
        <source>%1-bit strength; ChaCha20 stream cipher with the Poly1305 authenticator (AEAD), fast without AES hardware.</source>
        <translation>%1 Bit Stärke; Stromchiffre ChaCha20 mit dem Authentifikator Poly1305 (AEAD), schnell auch ohne AES-Hardware.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="170"/>
        <source>%1-bit strength; block cipher in CBC mode; integrity comes from a separate HMAC.</source>
        <translation>%1 Bit Stärke; Blockchiffre im CBC-Modus; die Integrität kommt von einem separaten HMAC.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="172"/>
        <source>%1-bit strength; RC4 stream cipher, broken: its key stream is biased.</source>
        <translation>%1 Bit Stärke; Stromchiffre RC4, gebrochen: Ihr Schlüsselstrom ist verzerrt.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="174"/>
        <source>%1-bit strength; block cipher in counter mode.</source>
        <translation>%1 Bit Stärke; Blockchiffre im Counter-Modus.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="176"/>
        <source>%1-bit strength; symmetric cipher.</source>
        <translation>%1 Bit Stärke; symmetrische Chiffre.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="205"/>
        <source>The cipher itself protects integrity; %1 drives HKDF, which derives every key of the connection.</source>
        <translation>Die Chiffre selbst schützt die Integrität; %1 treibt HKDF an, das jeden Schlüssel der Verbindung ableitet.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="210"/>
        <source>No separate MAC: the cipher protects integrity. The TLS 1.2 PRF uses %1.</source>
        <translation>Kein separater MAC: Die Chiffre schützt die Integrität. Die PRF von TLS 1.2 verwendet %1.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="215"/>
        <source>Records carry an HMAC-%1 tag. The key derivation (PRF) is MD5+SHA-1 in TLS 1.0/1.1 and SHA-256 in TLS 1.2.</source>
        <translation>Records tragen ein HMAC-%1-Tag. Die Schlüsselableitung (PRF) ist MD5+SHA-1 in TLS 1.0/1.1 und SHA-256 in TLS 1.2.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="219"/>
        <source>Records carry an HMAC-%1 tag. The key derivation (PRF) is MD5+SHA-1 in TLS 1.0/1.1 and SHA-256 in TLS 1.2. HMAC-MD5 is not known to be broken, but MD5 is retired everywhere.</source>
        <translation>Records tragen ein HMAC-%1-Tag. Die Schlüsselableitung (PRF) ist MD5+SHA-1 in TLS 1.0/1.1 und SHA-256 in TLS 1.2. HMAC-MD5 gilt nicht als gebrochen, aber MD5 ist überall ausgemustert.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="225"/>
        <source>Records carry an HMAC-%1 tag, and the TLS 1.2 PRF uses %1.</source>
        <translation>Records tragen ein HMAC-%1-Tag, und die PRF von TLS 1.2 verwendet %1.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="228"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="228"/>
        <source>No integrity protection.</source>
        <translation>Kein Integritätsschutz.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="229"/>
        <source>GOST message authentication (%1).</source>
        <translation>GOST-Nachrichtenauthentifizierung (%1).</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="237"/>
        <source>Any: TLS 1.3 suites do not fix the certificate type. The server picks RSA, ECDSA or Ed25519 by the client&apos;s signature_algorithms.</source>
        <translation>Beliebig: TLS-1.3-Suites legen den Zertifikatstyp nicht fest. Der Server wählt RSA, ECDSA oder Ed25519 anhand der signature_algorithms des Clients.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="239"/>
        <source>An RSA certificate whose key may encrypt (keyEncipherment), plus the pre-shared key.</source>
        <translation>Ein RSA-Zertifikat, dessen Schlüssel verschlüsseln darf (keyEncipherment), dazu der Pre-Shared Key.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="241"/>
        <source>None: the server sends no certificate (and so proves nothing).</source>
        <translation>Keines: Der Server sendet kein Zertifikat (und beweist damit nichts).</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="243"/>
        <source>None: a shared secret or password authenticates the server.</source>
        <translation>Keines: Ein gemeinsames Geheimnis oder Passwort authentifiziert den Server.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="245"/>
        <source>None: a Kerberos service key authenticates the server.</source>
        <translation>Keines: Ein Kerberos-Dienstschlüssel authentifiziert den Server.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="247"/>
        <source>A certificate holding a fixed Diffie-Hellman key, issued by a CA that signs with %1. Practically no CA issues these.</source>
        <translation>Ein Zertifikat mit festem Diffie-Hellman-Schlüssel, ausgestellt von einer CA, die mit %1 signiert. Praktisch keine CA stellt solche aus.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="250"/>
        <source>A certificate holding an EC key allowed for key agreement (keyAgreement), issued by a CA that signs with %1.</source>
        <translation>Ein Zertifikat mit einem EC-Schlüssel, der für die Schlüsselvereinbarung zugelassen ist (keyAgreement), ausgestellt von einer CA, die mit %1 signiert.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="254"/>
        <source>An RSA certificate whose key may encrypt (keyEncipherment).</source>
        <translation>Ein RSA-Zertifikat, dessen Schlüssel verschlüsseln darf (keyEncipherment).</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="255"/>
        <source>An RSA certificate whose key may sign (digitalSignature).</source>
        <translation>Ein RSA-Zertifikat, dessen Schlüssel signieren darf (digitalSignature).</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="257"/>
        <source>An ECDSA certificate (an EC key such as P-256) that may sign. An RSA certificate does not work with this suite.</source>
        <translation>Ein ECDSA-Zertifikat (ein EC-Schlüssel wie P-256), das signieren darf. Ein RSA-Zertifikat funktioniert mit dieser Suite nicht.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="259"/>
        <source>A DSA certificate; hardly any CA issues these today.</source>
        <translation>Ein DSA-Zertifikat; kaum eine CA stellt solche heute noch aus.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="261"/>
        <source>A GOST R 34.10-2012 certificate.</source>
        <translation>Ein GOST-R-34.10-2012-Zertifikat.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="262"/>
        <source>A %1 certificate.</source>
        <translation>Ein %1-Zertifikat.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="270"/>
        <source>No encryption: anyone on the path reads the traffic.</source>
        <translation>Keine Verschlüsselung: Jeder auf dem Weg liest den Verkehr mit.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="272"/>
        <source>No authentication: a man in the middle can pose as the server.</source>
        <translation>Keine Authentifizierung: Ein Man-in-the-Middle kann sich als der Server ausgeben.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="274"/>
        <source>Export grade: keys cut down on purpose to 40–56 bits in the 1990s (FREAK, Logjam).</source>
        <translation>Exportstärke: in den 1990er-Jahren absichtlich auf 40–56 Bit gekürzte Schlüssel (FREAK, Logjam).</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="276"/>
        <source>RC4&apos;s biased key stream leaks plaintext; RFC 7465 forbids it in TLS.</source>
        <translation>Der verzerrte Schlüsselstrom von RC4 verrät Klartext; RFC 7465 verbietet RC4 in TLS.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="278"/>
        <source>RC2 is an obsolete cipher with export-size keys.</source>
        <translation>RC2 ist eine veraltete Chiffre mit Schlüsseln in Exportgröße.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="280"/>
        <source>Single DES: a 56-bit key is searched exhaustively in hours.</source>
        <translation>Einfaches DES: Ein 56-Bit-Schlüssel ist in Stunden vollständig durchsucht.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="282"/>
        <source>64-bit block cipher: after a few tens of gigabytes on one connection, block collisions leak data (Sweet32).</source>
        <translation>64-Bit-Blockchiffre: Nach einigen Dutzend Gigabyte auf einer Verbindung verraten Blockkollisionen Daten (Sweet32).</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="284"/>
        <source>Under 128 bits of symmetric strength.</source>
        <translation>Unter 128 Bit symmetrischer Stärke.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="286"/>
        <source>No forward secrecy: whoever obtains the server&apos;s long-term key later can decrypt recorded sessions.</source>
        <translation>Keine Forward Secrecy: Wer später den langfristigen Schlüssel des Servers erlangt, kann aufgezeichnete Sitzungen entschlüsseln.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="289"/>
        <source>Forward secrecy and AEAD, but CCM_8&apos;s 8-byte tag is short for general use.</source>
        <translation>Forward Secrecy und AEAD, aber das 8-Byte-Tag von CCM_8 ist für den allgemeinen Einsatz kurz.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="291"/>
        <source>Forward secrecy and authenticated encryption (AEAD) with a full-length tag.</source>
        <translation>Forward Secrecy und authentifizierte Verschlüsselung (AEAD) mit einem Tag voller Länge.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="293"/>
        <source>Forward secrecy, but CBC with a separate HMAC (MAC-then-encrypt) has a history of padding-oracle attacks such as Lucky13.</source>
        <translation>Forward Secrecy, aber CBC mit separatem HMAC (MAC-then-encrypt) hat eine Geschichte von Padding-Oracle-Angriffen wie Lucky13.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="302"/>
        <source>none (a placeholder, never negotiated)</source>
        <translation>keine (ein Platzhalter, wird nie ausgehandelt)</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="304"/>
        <source>%1 only; not in TLS 1.3, which keeps only five AEAD suites</source>
        <translation>nur %1; nicht in TLS 1.3, das nur fünf AEAD-Suites behält</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="305"/>
        <source>%1 only</source>
        <translation>nur %1</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="307"/>
        <source>%1 – %2; not in TLS 1.3, which keeps only five AEAD suites</source>
        <translation>%1 – %2; nicht in TLS 1.3, das nur fünf AEAD-Suites behält</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="328"/>
        <source>(EC)DHE, negotiated</source>
        <translation>(EC)DHE, ausgehandelt</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="329"/>
        <source>certificate, negotiated</source>
        <translation>Zertifikat, ausgehandelt</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="334"/>
        <source>Yes: session keys come from ephemeral keys thrown away after the handshake.</source>
        <translation>Ja: Die Sitzungsschlüssel stammen aus ephemeren Schlüsseln, die nach dem Handshake verworfen werden.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="335"/>
        <source>No: recorded traffic can be decrypted later with the server&apos;s long-term key.</source>
        <translation>Nein: Aufgezeichneter Verkehr kann später mit dem langfristigen Schlüssel des Servers entschlüsselt werden.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="338"/>
        <source>Yes: encryption and integrity in one authenticated mode.</source>
        <translation>Ja: Verschlüsselung und Integrität in einem authentifizierten Modus.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="339"/>
        <source>No: there is no encryption.</source>
        <translation>Nein: Es gibt keine Verschlüsselung.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="340"/>
        <source>No: a separate MAC protects integrity.</source>
        <translation>Nein: Ein separater MAC schützt die Integrität.</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="382"/>
        <source>unknown cipher suite &apos;%1&apos;</source>
        <translation>unbekannte Cipher-Suite „%1“</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="383"/>
        <source>unknown cipher suite &apos;%1&apos;; did you mean %2?</source>
        <translation>unbekannte Cipher-Suite „%1“; meinten Sie %2?</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="428"/>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="430"/>
        <source>acceptable</source>
        <translation>akzeptabel</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="432"/>
        <source>weak</source>
        <translation>schwach</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="434"/>
        <source>insecure</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="487"/>
        <location filename="../core/explain/suite_explainer.cpp" line="502"/>
        <source>SSLv2 only (a cipher kind, not a TLS suite)</source>
        <translation>nur SSLv2 (eine Cipher-Art, keine TLS-Suite)</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="570"/>
        <source>OpenSSL name</source>
        <translation>OpenSSL-Name</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="571"/>
        <source>GnuTLS name</source>
        <translation>GnuTLS-Name</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="572"/>
        <source>Typed as</source>
        <translation>Eingegeben als</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="573"/>
        <source>Key exchange</source>
        <translation>Schlüsselaustausch</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="574"/>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="575"/>
        <source>Bulk cipher</source>
        <translation>Datenchiffre</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="576"/>
        <source>MAC / PRF</source>
        <translation>MAC / PRF</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="577"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="578"/>
        <source>Forward secrecy</source>
        <translation>Forward Secrecy</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="580"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="581"/>
        <source>Grade</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="440"/>
        <source>code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="28"/>
        <source>(unreadable)</source>
        <translation>(nicht lesbar)</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="36"/>
        <source>(empty subject)</source>
        <translation>(leerer Subject)</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="37"/>
        <source>Certificate %1 (%2)</source>
        <translation>Zertifikat %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="38"/>
        <source>certificate %1 (%2)</source>
        <translation>Zertifikat %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="53"/>
        <source>Mail clients (Thunderbird, Outlook, phones&apos; mail apps) verify the certificate of the server they log in to: they refuse to connect or ask the user to accept it, and a user who learns to click that away would accept an attacker&apos;s certificate too.</source>
        <translation>Mail-Clients (Thunderbird, Outlook, die Mail-Apps von Smartphones) prüfen das Zertifikat des Servers, bei dem sie sich anmelden: Sie verweigern die Verbindung oder bitten den Benutzer, es zu akzeptieren, und ein Benutzer, der lernt, das wegzuklicken, würde auch das Zertifikat eines Angreifers akzeptieren.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="56"/>
        <source>Most MTAs use opportunistic TLS and deliver anyway, but partners that verify certificates (MTA-STS in enforce mode, DANE with a DANE-TA TLSA record, or a hand-configured &quot;encrypt and verify&quot; policy) will refuse to deliver and queue the mail instead.</source>
        <translation>Die meisten MTAs nutzen opportunistisches TLS und stellen trotzdem zu, aber Partner, die Zertifikate prüfen (MTA-STS im Modus enforce, DANE mit einem DANE-TA-TLSA-Eintrag oder eine von Hand eingerichtete Richtlinie „verschlüsseln und prüfen“), verweigern die Zustellung und behalten die E-Mail stattdessen in der Warteschlange.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="84"/>
        <source>The server certificate expired on %1</source>
        <translation>Das Serverzertifikat ist am %1 abgelaufen</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="85"/>
        <source>Certificate %1 of the chain expired on %2</source>
        <translation>Zertifikat %1 der Kette ist am %2 abgelaufen</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="86"/>
        <source>%1 is no longer valid: it expired %2 day(s) ago. Clients that check certificates reject it. %3 Install a renewed certificate and reload the mail server.</source>
        <translation>%1 ist nicht mehr gültig: Es ist vor %2 Tag(en) abgelaufen. Clients, die Zertifikate prüfen, lehnen es ab. %3 Installieren Sie ein erneuertes Zertifikat und laden Sie den Mailserver neu.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="95"/>
        <source>The server certificate is not valid before %1</source>
        <translation>Das Serverzertifikat ist vor dem %1 nicht gültig</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="96"/>
        <source>Certificate %1 of the chain is not valid before %2</source>
        <translation>Zertifikat %1 der Kette ist vor dem %2 nicht gültig</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="97"/>
        <source>%1 only becomes valid on %2; until then verifying clients reject it. Either the certificate was installed too early or this machine&apos;s clock (or the server&apos;s) is wrong. %3</source>
        <translation>%1 wird erst am %2 gültig; bis dahin lehnen prüfende Clients es ab. Entweder wurde das Zertifikat zu früh installiert, oder die Uhr dieses Rechners (oder die des Servers) geht falsch. %3</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="106"/>
        <source>The server certificate expires in %1 day(s)</source>
        <translation>Das Serverzertifikat läuft in %1 Tag(en) ab</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="107"/>
        <source>Certificate %1 of the chain expires in %2 day(s)</source>
        <translation>Zertifikat %1 der Kette läuft in %2 Tag(en) ab</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="108"/>
        <source>%1 expires on %2, %3 day(s) from now. After that date verifying partners will refuse delivery; renew it now and check that the automatic renewal also reloads the mail server.</source>
        <translation>%1 läuft am %2 ab, in %3 Tag(en). Danach verweigern prüfende Partner die Zustellung; erneuern Sie es jetzt und prüfen Sie, ob die automatische Erneuerung auch den Mailserver neu lädt.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="142"/>
        <source>The server certificate is self-signed</source>
        <translation>Das Serverzertifikat ist selbstsigniert</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="143"/>
        <source>The certificate was signed with its own key, so no certificate authority vouches for it and no partner can check it is really yours. %1 A DANE-EE TLSA record (usage 3) that pins this key is the one way such a certificate is verified. Otherwise use a certificate from a public CA (e.g. Let&apos;s Encrypt).</source>
        <translation>Das Zertifikat wurde mit seinem eigenen Schlüssel signiert, daher bürgt keine Zertifizierungsstelle dafür, und kein Partner kann prüfen, ob es wirklich Ihres ist. %1 Ein DANE-EE-TLSA-Eintrag (Usage 3), der diesen Schlüssel festlegt, ist der einzige Weg, ein solches Zertifikat zu prüfen. Verwenden Sie andernfalls ein Zertifikat einer öffentlichen CA (z. B. Let&apos;s Encrypt).</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="154"/>
        <source>No path leads from the server certificate to a trusted root: verification fails with &quot;%1&quot;. The chain ends at an issuer that is neither sent nor trusted: a missing intermediate, or a private root this check was not given (see chain.intermediate_missing). %2</source>
        <translation>Kein Pfad führt vom Serverzertifikat zu einer vertrauenswürdigen Wurzel: Die Prüfung scheitert mit „%1“. Die Kette endet bei einem Aussteller, der weder gesendet wird noch vertrauenswürdig ist: ein fehlendes Zwischenzertifikat oder eine private Wurzel, die dieser Prüfung nicht übergeben wurde (siehe chain.intermediate_missing). %2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="160"/>
        <source>No path leads from the server certificate to a trusted root: verification fails with &quot;%1&quot;. The server sends an issuer certificate before its own certificate (see chain.order_wrong), and clients take the first one as the server certificate. %2</source>
        <translation>Kein Pfad führt vom Serverzertifikat zu einer vertrauenswürdigen Wurzel: Die Prüfung scheitert mit „%1“. Der Server sendet ein Ausstellerzertifikat vor seinem eigenen Zertifikat (siehe chain.order_wrong), und Clients nehmen das erste als Serverzertifikat. %2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="166"/>
        <source>No path leads from the server certificate to a trusted root: verification fails with &quot;%1&quot;. The chain ends in a root that is not among the trusted roots (a private CA?). %2</source>
        <translation>Kein Pfad führt vom Serverzertifikat zu einer vertrauenswürdigen Wurzel: Die Prüfung scheitert mit „%1“. Die Kette endet in einer Wurzel, die nicht zu den vertrauenswürdigen Wurzeln gehört (eine private CA?). %2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="171"/>
        <source>No path leads from the server certificate to a trusted root: verification fails with &quot;%1&quot;. %2</source>
        <translation>Kein Pfad führt vom Serverzertifikat zu einer vertrauenswürdigen Wurzel: Die Prüfung scheitert mit „%1“. %2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="176"/>
        <source>The certificate chain is not trusted</source>
        <translation>Die Zertifikatskette ist nicht vertrauenswürdig</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="189"/>
        <source>The certificate carries no name of that kind.</source>
        <translation>Das Zertifikat enthält keinen Namen dieser Art.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="190"/>
        <source>The certificate carries: %1.</source>
        <translation>Das Zertifikat enthält: %1.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="192"/>
        <source>%1 It has no DNS subject alternative names, so only the common name could be compared; many clients no longer look at the common name at all.</source>
        <translation>%1 Es hat keine DNS-Subject-Alternative-Names, daher konnte nur der Common Name verglichen werden; viele Clients beachten den Common Name gar nicht mehr.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="197"/>
        <source>The certificate does not cover %1</source>
        <translation>Das Zertifikat deckt %1 nicht ab</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="198"/>
        <source>Mail clients connect to %1 (the server name set in the user&apos;s account) and expect that name in the certificate. %2 %3 Add the name as a subject alternative name when the certificate is next issued.</source>
        <translation>Mail-Clients verbinden sich mit %1 (dem im Konto des Benutzers eingetragenen Servernamen) und erwarten diesen Namen im Zertifikat. %2 %3 Nehmen Sie den Namen bei der nächsten Ausstellung des Zertifikats als Subject Alternative Name auf.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="202"/>
        <source>Partners connect to %1 (the MX host) and expect that name in the certificate. %2 %3 Add the name as a subject alternative name when the certificate is next issued.</source>
        <translation>Partner verbinden sich mit %1 (dem MX-Host) und erwarten diesen Namen im Zertifikat. %2 %3 Nehmen Sie den Namen bei der nächsten Ausstellung des Zertifikats als Subject Alternative Name auf.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="222"/>
        <source>Weak %1 key in certificate %2</source>
        <translation>Schwacher %1-Schlüssel in Zertifikat %2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="223"/>
        <source>%1 has a %2-bit %3 key. Keys this short can be broken with enough computing power, and current OpenSSL-based clients at their default security level refuse them, so those partners fail the handshake or fall back to cleartext. Use RSA 2048 or more, or ECDSA P-256.</source>
        <translation>%1 hat einen %3-Schlüssel mit %2 Bit. So kurze Schlüssel lassen sich mit genügend Rechenleistung brechen, und aktuelle OpenSSL-basierte Clients lehnen sie auf ihrer Standard-Sicherheitsstufe ab, sodass bei diesen Partnern der Handshake scheitert oder sie auf Klartext ausweichen. Verwenden Sie RSA mit 2048 Bit oder mehr oder ECDSA P-256.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="238"/>
        <source>Certificate %1 is signed with %2</source>
        <translation>Zertifikat %1 ist mit %2 signiert</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="239"/>
        <source>%1 carries a %2 signature. %2 collisions can be forged, so such signatures prove little, and current clients reject them at their default security level. Have the certificate re-issued with SHA-256.</source>
        <translation>%1 trägt eine %2-Signatur. %2-Kollisionen lassen sich fälschen, daher beweisen solche Signaturen wenig, und aktuelle Clients lehnen sie auf ihrer Standard-Sicherheitsstufe ab. Lassen Sie das Zertifikat mit SHA-256 neu ausstellen.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="254"/>
        <source>The certificates are sent in the wrong order</source>
        <translation>Die Zertifikate werden in der falschen Reihenfolge gesendet</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="255"/>
        <source>%1 TLS 1.2 requires the server certificate first and each following certificate to certify the one before it. Many clients sort the chain themselves, but strict or older ones fail verification.</source>
        <translation>%1 TLS 1.2 verlangt das Serverzertifikat zuerst und dass jedes folgende Zertifikat das vorhergehende beglaubigt. Viele Clients sortieren die Kette selbst, strenge oder ältere aber scheitern bei der Prüfung.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="270"/>
        <source>The chain the server sends ends at %1, whose issuer %2 is neither sent nor a root this check trusts. Either %2 is a private root (then the chain is complete; partners must have that root in their trust store, and --ca-file ROOT.pem shows whether the chain verifies against it), or it is a further intermediate of a public CA that is missing (then append it, after the others). The CA&apos;s bundle or the certificate&apos;s &quot;CA Issuers&quot; URL tells which. %3</source>
        <translation>Die Kette, die der Server sendet, endet bei %1, dessen Aussteller %2 weder gesendet wird noch eine Wurzel ist, der diese Prüfung vertraut. Entweder ist %2 eine private Wurzel (dann ist die Kette vollständig; Partner müssen diese Wurzel in ihrem Trust Store haben, und --ca-file ROOT.pem zeigt, ob die Kette damit verifiziert), oder es ist ein weiteres Zwischenzertifikat einer öffentlichen CA, das fehlt (dann hängen Sie es hinter den anderen an). Das Bundle der CA oder die „CA Issuers“-URL des Zertifikats zeigt, was zutrifft. %3</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="277"/>
        <source>The server does not send the certificate of %1, which issued %2, and it is not a trusted root either. Most often this is the CA&apos;s intermediate certificate: mail servers (Postfix, Exim, Sendmail) do not fetch missing intermediates as browsers sometimes do, so they cannot build a path to a trusted root. If %1 is instead a private root that signed the certificate directly, nothing is missing from the chain, but partners must trust that root (--ca-file ROOT.pem checks it). %3</source>
        <translation>Der Server sendet das Zertifikat von %1 nicht, das %2 ausgestellt hat, und es ist auch keine vertrauenswürdige Wurzel. Meist ist das das Zwischenzertifikat der CA: Mailserver (Postfix, Exim, Sendmail) laden fehlende Zwischenzertifikate nicht nach, wie es Browser manchmal tun, und können daher keinen Pfad zu einer vertrauenswürdigen Wurzel bilden. Ist %1 stattdessen eine private Wurzel, die das Zertifikat direkt signiert hat, fehlt in der Kette nichts, aber Partner müssen dieser Wurzel vertrauen (--ca-file ROOT.pem prüft das). %3</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="286"/>
        <source>The chain ends at an issuer that is neither sent nor trusted</source>
        <translation>Die Kette endet bei einem Aussteller, der weder gesendet wird noch vertrauenswürdig ist</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="287"/>
        <source>An intermediate certificate is missing from the chain</source>
        <translation>In der Kette fehlt ein Zwischenzertifikat</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="305"/>
        <source>%1 is sent by the server, but it is not part of the path from the server certificate to its root. It costs bytes in every handshake and can confuse clients that expect each certificate to certify the one before it. Remove it from the certificate file.</source>
        <translation>%1 wird vom Server gesendet, gehört aber nicht zum Pfad vom Serverzertifikat zu seiner Wurzel. Es kostet in jedem Handshake Bytes und kann Clients verwirren, die erwarten, dass jedes Zertifikat das vorhergehende beglaubigt. Entfernen Sie es aus der Zertifikatsdatei.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="310"/>
        <source>%1 is sent by the server, but it is a duplicate of certificate %2. It costs bytes in every handshake and can confuse clients that expect each certificate to certify the one before it. Remove it from the certificate file.</source>
        <translation>%1 wird vom Server gesendet, ist aber ein Duplikat von Zertifikat %2. Es kostet in jedem Handshake Bytes und kann Clients verwirren, die erwarten, dass jedes Zertifikat das vorhergehende beglaubigt. Entfernen Sie es aus der Zertifikatsdatei.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="316"/>
        <source>Certificate %1 does not belong in the chain</source>
        <translation>Zertifikat %1 gehört nicht in die Kette</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="341"/>
        <location filename="../core/diagnose/compare.cpp" line="368"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="354"/>
        <source>The chain includes its root certificate</source>
        <translation>Die Kette enthält ihr Wurzelzertifikat</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="355"/>
        <source>%1 is the self-signed root the chain ends in. Clients trust a root because they already have it, never because the server sent it, so it only adds bytes to every handshake. It does no harm; you may leave it out of the certificate file.</source>
        <translation>%1 ist die selbstsignierte Wurzel, in der die Kette endet. Clients vertrauen einer Wurzel, weil sie sie bereits haben, nie weil der Server sie gesendet hat; sie fügt also nur jedem Handshake Bytes hinzu. Sie schadet nicht; Sie können sie aus der Zertifikatsdatei weglassen.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="383"/>
        <source>The key from %1 belongs to %2</source>
        <translation>Der Schlüssel aus %1 gehört zu %2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="384"/>
        <source>%1; the key from %2 belongs to %3</source>
        <translation>%1; der Schlüssel aus %2 gehört zu %3</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="388"/>
        <source>The private key given does not belong to the server certificate (%1): a TLS server needs the key the certificate was issued for. Exim and Postfix cannot use such a pair; the TLS handshake fails or STARTTLS is not offered, and partners defer or deliver in cleartext. Use the key generated together with the certificate&apos;s CSR, or have the certificate re-issued for this key.</source>
        <translation>Der angegebene private Schlüssel gehört nicht zum Serverzertifikat (%1): Ein TLS-Server braucht den Schlüssel, für den das Zertifikat ausgestellt wurde. Exim und Postfix können ein solches Paar nicht verwenden; der TLS-Handshake scheitert oder STARTTLS wird nicht angeboten, und Partner stellen später oder im Klartext zu. Verwenden Sie den Schlüssel, der zusammen mit dem CSR des Zertifikats erzeugt wurde, oder lassen Sie das Zertifikat für diesen Schlüssel neu ausstellen.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="394"/>
        <source>The private key given does not belong to the server certificate (%1): a TLS server needs the key the certificate was issued for. Exim and Postfix cannot use such a pair; the TLS handshake fails or STARTTLS is not offered, and partners defer or deliver in cleartext. %2. Use the key generated together with the certificate&apos;s CSR, or have the certificate re-issued for this key.</source>
        <translation>Der angegebene private Schlüssel gehört nicht zum Serverzertifikat (%1): Ein TLS-Server braucht den Schlüssel, für den das Zertifikat ausgestellt wurde. Exim und Postfix können ein solches Paar nicht verwenden; der TLS-Handshake scheitert oder STARTTLS wird nicht angeboten, und Partner stellen später oder im Klartext zu. %2. Verwenden Sie den Schlüssel, der zusammen mit dem CSR des Zertifikats erzeugt wurde, oder lassen Sie das Zertifikat für diesen Schlüssel neu ausstellen.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="402"/>
        <source>The private key does not match the server certificate</source>
        <translation>Der private Schlüssel passt nicht zum Serverzertifikat</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="429"/>
        <source>The file holds the newer certificate: most likely it was renewed but the mail server was not reloaded and still serves the old one. </source>
        <translation>Die Datei enthält das neuere Zertifikat: Höchstwahrscheinlich wurde es erneuert, aber der Mailserver wurde nicht neu geladen und liefert noch das alte aus. </translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="431"/>
        <source>The server serves the newer certificate: the file is an older copy, or the server reads its certificate from another path. </source>
        <translation>Der Server liefert das neuere Zertifikat aus: Die Datei ist eine ältere Kopie, oder der Server liest sein Zertifikat aus einem anderen Pfad. </translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="434"/>
        <source>The server was given another certificate than this file (a renewed certificate but no restart, or the reverse), or it reads another path. </source>
        <translation>Der Server hat ein anderes Zertifikat als diese Datei erhalten (ein erneuertes Zertifikat ohne Neustart oder umgekehrt), oder er liest einen anderen Pfad. </translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="438"/>
        <source>%1Both use the same key, as a renewal that keeps the key does. </source>
        <translation>%1Beide verwenden denselben Schlüssel, wie es eine Erneuerung tut, die den Schlüssel behält. </translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="442"/>
        <source>The server does not serve the certificate in %1</source>
        <translation>Der Server liefert nicht das Zertifikat aus %1 aus</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="443"/>
        <source>The certificate the server sent (%1, valid %2, SHA-256 %3) is not the one in %4 (%5, valid %6, SHA-256 %7). %8Reload the mail server after installing a certificate, and check which file its configuration names.</source>
        <translation>Das Zertifikat, das der Server gesendet hat (%1, gültig %2, SHA-256 %3), ist nicht das in %4 (%5, gültig %6, SHA-256 %7). %8Laden Sie den Mailserver nach der Installation eines Zertifikats neu, und prüfen Sie, welche Datei seine Konfiguration nennt.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="16"/>
        <source>versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="17"/>
        <source>suites</source>
        <translation>Suites</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="18"/>
        <source>preference</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="19"/>
        <source>groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="20"/>
        <source>DH size</source>
        <translation>DH-Größe</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="21"/>
        <source>certificate types</source>
        <translation>Zertifikatstypen</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="22"/>
        <source>chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="23"/>
        <source>key sizes</source>
        <translation>Schlüssellängen</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="24"/>
        <source>validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="25"/>
        <source>findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="168"/>
        <location filename="../core/diagnose/compare.cpp" line="170"/>
        <location filename="../core/diagnose/compare.cpp" line="207"/>
        <location filename="../core/diagnose/compare.cpp" line="210"/>
        <location filename="../core/diagnose/compare.cpp" line="271"/>
        <location filename="../core/diagnose/compare.cpp" line="273"/>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="168"/>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="172"/>
        <location filename="../core/diagnose/compare.cpp" line="212"/>
        <location filename="../core/diagnose/compare.cpp" line="246"/>
        <location filename="../core/diagnose/compare.cpp" line="247"/>
        <location filename="../core/diagnose/compare.cpp" line="275"/>
        <location filename="../core/diagnose/compare.cpp" line="290"/>
        <location filename="../core/diagnose/compare.cpp" line="421"/>
        <source>not tested</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="207"/>
        <location filename="../core/diagnose/compare.cpp" line="271"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="239"/>
        <source>server order</source>
        <translation>Server-Reihenfolge</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="239"/>
        <source>client order</source>
        <translation>Client-Reihenfolge</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="244"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="244"/>
        <source>client decides</source>
        <translation>Client entscheidet</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="253"/>
        <source>%1 first choice</source>
        <translation>%1 erste Wahl</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="286"/>
        <location filename="../core/diagnose/compare.cpp" line="288"/>
        <source>%1 bits</source>
        <translation>%1 Bit</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="286"/>
        <source>no DHE</source>
        <translation>kein DHE</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="293"/>
        <source>DH prime</source>
        <translation>DH-Primzahl</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="301"/>
        <source>none seen</source>
        <translation>keine gesehen</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="304"/>
        <source>no scan</source>
        <translation>kein Scan</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="307"/>
        <source>served</source>
        <translation>ausgeliefert</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="334"/>
        <source>not served</source>
        <translation>nicht ausgeliefert</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="336"/>
        <source>not in this report</source>
        <translation>nicht in diesem Bericht</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="338"/>
        <source>not seen</source>
        <translation>nicht gesehen</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="343"/>
        <source>%1 chain</source>
        <translation>%1-Kette</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="349"/>
        <source>%1 leaf names</source>
        <translation>%1-Endzertifikat: Namen</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="353"/>
        <source>%1 leaf SHA-256</source>
        <translation>%1-Endzertifikat: SHA-256</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="359"/>
        <source>%1 keys</source>
        <translation>%1-Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="367"/>
        <source>%1 leaf validity</source>
        <translation>%1-Endzertifikat: Gültigkeit</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="392"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="394"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="418"/>
        <source>1 suite, not in every report</source>
        <translation>1 Suite, nicht in jedem Bericht</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="419"/>
        <source>%1 suites, not in every report</source>
        <translation>%1 Suites, nicht in jedem Bericht</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="420"/>
        <source>1 suite</source>
        <translation>1 Suite</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="420"/>
        <source>%1 suites</source>
        <translation>%1 Suites</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="521"/>
        <source>%1 could not be examined (%2): its column is empty.</source>
        <translation>%1 konnte nicht untersucht werden (%2): seine Spalte ist leer.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="524"/>
        <source>%1 is a %2 report without a scan: versions, suites and groups show only what its one handshake negotiated; preference and certificate types are not compared.</source>
        <translation>%1 ist ein %2-Bericht ohne Scan: Versionen, Suites und Gruppen zeigen nur, was sein einer Handshake ausgehandelt hat; Reihenfolge und Zertifikatstypen werden nicht verglichen.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="528"/>
        <source>%1 holds the chain of its first certificate type only (a saved report keeps one chain): the other types&apos; chains are not compared.</source>
        <translation>%1 enthält nur die Kette seines ersten Zertifikatstyps (ein gespeicherter Bericht behält eine Kette): die Ketten der anderen Typen werden nicht verglichen.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="537"/>
        <source>%1 is a scan: session findings (STARTTLS, AUTH, certificate trust) were not checked there.</source>
        <translation>%1 ist ein Scan: Sitzungsbefunde (STARTTLS, AUTH, Zertifikatsvertrauen) wurden dort nicht geprüft.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="165"/>
        <source>The MX records of %1 fail DNSSEC validation</source>
        <translation>Die MX-Einträge von %1 bestehen die DNSSEC-Validierung nicht</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="166"/>
        <source>A validating resolver withholds bogus answers, so every sender behind one (most large providers, every DANE sender) cannot find where to deliver and keeps the mail queued until it bounces. Senders without validation still deliver, which hides the problem.</source>
        <translation>Ein validierender Resolver hält ungültige (bogus) Antworten zurück; daher findet jeder Absender dahinter (die meisten großen Anbieter, jeder DANE-Absender) kein Zustellziel und hält die Mail in der Warteschlange, bis sie als unzustellbar zurückgeht. Absender ohne Validierung stellen weiterhin zu, was das Problem verdeckt.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="174"/>
        <source>The MX lookup for %1 failed</source>
        <translation>Die MX-Abfrage für %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="175"/>
        <source>Senders treat a failed lookup as temporary and retry; while it lasts no mail arrives. A SERVFAIL from a validating resolver can also mean the answer was bogus: ask a non-validating resolver (dig +cd) to tell the two apart.</source>
        <translation>Absender werten eine fehlgeschlagene Abfrage als vorübergehend und versuchen es erneut; solange das anhält, kommt keine Mail an. Ein SERVFAIL von einem validierenden Resolver kann auch bedeuten, dass die Antwort ungültig (bogus) war: Fragen Sie einen nicht validierenden Resolver (dig +cd), um beides zu unterscheiden.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="183"/>
        <source>%1 does not exist in DNS</source>
        <translation>%1 existiert im DNS nicht</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="184"/>
        <source>The resolver answered NXDOMAIN: senders bounce mail for this domain at once.</source>
        <translation>Der Resolver hat NXDOMAIN geantwortet: Absender schicken Mail für diese Domain sofort als unzustellbar zurück.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="190"/>
        <source>%1 publishes a null MX: it accepts no mail</source>
        <translation>%1 veröffentlicht einen Null-MX: Die Domain nimmt keine Mail an</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="191"/>
        <source>A single MX &quot;0 .&quot; (RFC 7505) tells senders not to try; they bounce mail at once. Fine for a domain that sends only; a mistake if it should receive.</source>
        <translation>Ein einzelner MX „0 .“ (RFC 7505) sagt Absendern, es gar nicht erst zu versuchen; sie schicken Mail sofort zurück. Richtig für eine Domain, die nur sendet; ein Fehler, wenn sie Mail empfangen soll.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="200"/>
        <source>%1 has no MX record; senders use its own address</source>
        <translation>%1 hat keinen MX-Eintrag; Absender verwenden die eigene Adresse der Domain</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="201"/>
        <source>Without MX records, senders deliver to the domain&apos;s A/AAAA addresses (RFC 5321 §5.1). It works, but an explicit MX record says what is meant and lets DANE and MTA-STS name the mail host.</source>
        <translation>Ohne MX-Einträge stellen Absender an die A/AAAA-Adressen der Domain zu (RFC 5321 §5.1). Das funktioniert, aber ein ausdrücklicher MX-Eintrag sagt, was gemeint ist, und erlaubt DANE und MTA-STS, den Mailhost zu benennen.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="207"/>
        <source>%1 has neither MX nor address records</source>
        <translation>%1 hat weder MX- noch Adresseinträge</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="208"/>
        <source>Senders have nowhere to deliver and bounce the mail.</source>
        <translation>Absender haben kein Zustellziel und schicken die Mail als unzustellbar zurück.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="226"/>
        <source>The addresses of MX host %1 fail DNSSEC validation</source>
        <translation>Die Adressen des MX-Hosts %1 bestehen die DNSSEC-Validierung nicht</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="227"/>
        <source>Senders behind a validating resolver cannot reach this host and move on to the next MX, or keep the mail queued when there is none.</source>
        <translation>Absender hinter einem validierenden Resolver erreichen diesen Host nicht und gehen zum nächsten MX über oder halten die Mail in der Warteschlange, wenn es keinen gibt.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="235"/>
        <source>No MX host of %1 has an address</source>
        <translation>Kein MX-Host von %1 hat eine Adresse</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="236"/>
        <source>%1 MX host(s) have no address</source>
        <translation>%1 MX-Host(s) ohne Adresse</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="237"/>
        <source>An MX host without A or AAAA records cannot be reached; senders skip it, and with no host left they keep the mail queued.</source>
        <translation>Ein MX-Host ohne A- oder AAAA-Einträge ist nicht erreichbar; Absender überspringen ihn, und wenn kein Host übrig bleibt, halten sie die Mail in der Warteschlange.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="239"/>
        <source>An MX host without A or AAAA records cannot be reached; senders skip it.</source>
        <translation>Ein MX-Host ohne A- oder AAAA-Einträge ist nicht erreichbar; Absender überspringen ihn.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="243"/>
        <source>An MX record points at an alias (CNAME)</source>
        <translation>Ein MX-Eintrag zeigt auf einen Alias (CNAME)</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="244"/>
        <source>RFC 2181 §10.3 and RFC 5321 §5.1 require an MX to name a host with its own address records. Most senders follow the alias anyway, but some refuse, and DANE senders look for TLSA records under the alias&apos;s target name first, which surprises many.</source>
        <translation>RFC 2181 §10.3 und RFC 5321 §5.1 verlangen, dass ein MX einen Host mit eigenen Adresseinträgen nennt. Die meisten Absender folgen dem Alias trotzdem, manche lehnen ab, und DANE-Absender suchen TLSA-Einträge zuerst unter dem Zielnamen des Alias, was viele überrascht.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="250"/>
        <source>%1 MX host(s) were not checked</source>
        <translation>%1 MX-Host(s) wurden nicht geprüft</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="251"/>
        <source>Only the first hosts by preference are checked; the rest are listed.</source>
        <translation>Nur die ersten Hosts nach Präferenz werden geprüft; die übrigen werden aufgeführt.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="280"/>
        <source>%1 of %2 MX addresses could not be reached on port 25</source>
        <translation>%1 von %2 MX-Adressen waren auf Port 25 nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="281"/>
        <source>Senders skip an address they cannot connect to. From here it may also be a firewall on this side (many networks block outgoing port 25): check from another network before changing the server.</source>
        <translation>Absender überspringen eine Adresse, zu der sie keine Verbindung aufbauen können. Von hier aus kann es auch an einer Firewall auf dieser Seite liegen (viele Netzwerke sperren ausgehenden Port 25): Prüfen Sie von einem anderen Netzwerk aus, bevor Sie den Server ändern.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="287"/>
        <source>%1 of %2 MX addresses offer no TLS</source>
        <translation>%1 von %2 MX-Adressen bieten kein TLS an</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="288"/>
        <source>Opportunistic senders deliver to these in cleartext; DANE and enforcing MTA-STS senders refuse them and try other MX addresses or keep the mail queued.</source>
        <translation>Opportunistische Absender stellen an diese im Klartext zu; DANE- und durchsetzende MTA-STS-Absender lehnen sie ab und versuchen andere MX-Adressen oder halten die Mail in der Warteschlange.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="293"/>
        <source>The TLS handshake fails at %1 of %2 MX addresses</source>
        <translation>Der TLS-Handshake scheitert an %1 von %2 MX-Adressen</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="294"/>
        <source>Most opportunistic senders then retry in cleartext (Exim&apos;s tls_tempfail_tryclear, Postfix at level may); DANE and MTA-STS senders defer. The session of each address shows the handshake.</source>
        <translation>Die meisten opportunistischen Absender versuchen es dann im Klartext erneut (Exims tls_tempfail_tryclear, Postfix auf Stufe may); DANE- und MTA-STS-Absender stellen zurück. Die Sitzung jeder Adresse zeigt den Handshake.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="300"/>
        <source>%1 of %2 MX addresses serve a certificate not valid for the MX name</source>
        <translation>%1 von %2 MX-Adressen liefern ein Zertifikat, das für den MX-Namen nicht gültig ist</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="302"/>
        <source>Opportunistic senders do not check names; MTA-STS senders in enforce mode refuse the host, and DANE-TA records need the name too (DANE-EE records do not).</source>
        <translation>Opportunistische Absender prüfen keine Namen; MTA-STS-Absender im enforce-Modus lehnen den Host ab, und auch DANE-TA-Einträge brauchen den Namen (DANE-EE-Einträge nicht).</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="307"/>
        <source>%1 of %2 MX addresses serve a chain that does not verify</source>
        <translation>%1 von %2 MX-Adressen liefern eine Kette, die sich nicht verifizieren lässt</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="308"/>
        <source>Opportunistic and DANE senders do not need a public CA; MTA-STS senders in enforce mode do, and refuse the host.</source>
        <translation>Opportunistische und DANE-Absender brauchen keine öffentliche CA; MTA-STS-Absender im enforce-Modus schon, und sie lehnen den Host ab.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="342"/>
        <source>Addresses of one MX host serve different certificates or TLS versions</source>
        <translation>Adressen eines MX-Hosts liefern unterschiedliche Zertifikate oder TLS-Versionen</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="343"/>
        <source>The nodes behind one name should be configured alike; a difference usually means one node missed a certificate renewal or a configuration change. Partners see the failure only when they reach that node, which makes it look random.</source>
        <translation>Die Knoten hinter einem Namen sollten gleich konfiguriert sein; ein Unterschied bedeutet meist, dass ein Knoten eine Zertifikatserneuerung oder eine Konfigurationsänderung verpasst hat. Partner sehen den Fehler nur, wenn sie diesen Knoten erreichen, weshalb er zufällig wirkt.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="377"/>
        <source>%1 (%2 of %3 MX addresses)</source>
        <translation>%1 (%2 von %3 MX-Adressen)</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="396"/>
        <source>The TLSA records of %1 fail DNSSEC validation</source>
        <translation>Die TLSA-Einträge von %1 bestehen die DNSSEC-Validierung nicht</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="397"/>
        <source>Every DANE sender (Postfix at level dane, Exim with hosts_try_dane or hosts_require_dane) treats the host as unusable and keeps mail for it queued until it bounces. Fix the signatures first: nothing else here matters to those senders until this is fixed.</source>
        <translation>Jeder DANE-Absender (Postfix auf Stufe dane, Exim mit hosts_try_dane oder hosts_require_dane) betrachtet den Host als unbrauchbar und hält Mail für ihn in der Warteschlange, bis sie als unzustellbar zurückgeht. Reparieren Sie zuerst die Signaturen: Bis das behoben ist, zählt für diese Absender nichts anderes hier.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="408"/>
        <source>The TLSA lookup for %1 fails</source>
        <translation>Die TLSA-Abfrage für %1 schlägt fehl</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="409"/>
        <source>The MX host&apos;s addresses are signed, so DANE senders must know whether TLSA records exist; a failing lookup makes them defer (RFC 7672 §2.2). Some signed zones&apos; servers fail on TLSA queries.</source>
        <translation>Die Adressen des MX-Hosts sind signiert, daher müssen DANE-Absender wissen, ob TLSA-Einträge existieren; eine fehlschlagende Abfrage lässt sie zurückstellen (RFC 7672 §2.2). Manche Server signierter Zonen scheitern an TLSA-Anfragen.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="421"/>
        <source>%1 TLSA record(s) of %2 cannot be read</source>
        <translation>%1 TLSA-Eintrag/Einträge von %2 können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="422"/>
        <source>Senders ignore records they cannot read.</source>
        <translation>Absender ignorieren Einträge, die sie nicht lesen können.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="426"/>
        <source>The TLSA records of %1 are not signed (DNSSEC %2)</source>
        <translation>Die TLSA-Einträge von %1 sind nicht signiert (DNSSEC %2)</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="428"/>
        <source>Without DNSSEC a TLSA record proves nothing, so no sender uses it: DANE senders deliver with unauthenticated TLS as if there were none.</source>
        <translation>Ohne DNSSEC beweist ein TLSA-Eintrag nichts, daher verwendet ihn kein Absender: DANE-Absender stellen mit nicht authentifiziertem TLS zu, als gäbe es keinen.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="437"/>
        <source>TLSA for %1 is signed, but the host&apos;s addresses are not</source>
        <translation>TLSA für %1 ist signiert, die Adressen des Hosts aber nicht</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="438"/>
        <source>DANE senders look for TLSA only when the MX host&apos;s A/AAAA records are DNSSEC-secure (RFC 7672 §2.2.2); here they are not, so the TLSA records are never used.</source>
        <translation>DANE-Absender suchen nur dann nach TLSA, wenn die A/AAAA-Einträge des MX-Hosts DNSSEC-sicher sind (RFC 7672 §2.2.2); hier sind sie es nicht, daher werden die TLSA-Einträge nie verwendet.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="465"/>
        <source>No TLSA record of %1 is usable for SMTP</source>
        <translation>Kein TLSA-Eintrag von %1 ist für SMTP verwendbar</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="466"/>
        <source>Some TLSA records of %1 are not usable for SMTP</source>
        <translation>Einige TLSA-Einträge von %1 sind für SMTP nicht verwendbar</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="467"/>
        <source>RFC 7672 §3.1.3: SMTP senders ignore usages 0 (PKIX-TA) and 1 (PKIX-EE), since MX hosts have no agreed CA set. With only those, DANE senders insist on TLS but do not authenticate it.</source>
        <translation>RFC 7672 §3.1.3: SMTP-Absender ignorieren die Usages 0 (PKIX-TA) und 1 (PKIX-EE), da es für MX-Hosts keine vereinbarte CA-Menge gibt. Gibt es nur solche, bestehen DANE-Absender auf TLS, authentifizieren es aber nicht.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="470"/>
        <source>RFC 7672 §3.1.3: SMTP senders ignore usages 0 (PKIX-TA) and 1 (PKIX-EE), since MX hosts have no agreed CA set. </source>
        <translation>RFC 7672 §3.1.3: SMTP-Absender ignorieren die Usages 0 (PKIX-TA) und 1 (PKIX-EE), da es für MX-Hosts keine vereinbarte CA-Menge gibt. </translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="478"/>
        <source>TLSA records of %1 use a less robust form</source>
        <translation>TLSA-Einträge von %1 verwenden eine weniger robuste Form</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="479"/>
        <source>3 1 1 (the key&apos;s SHA-256) survives certificate renewals with the same key; 3 0 x changes with every certificate, and matching type 0 publishes whole data.</source>
        <translation>3 1 1 (der SHA-256 des Schlüssels) übersteht Zertifikatserneuerungen mit demselben Schlüssel; 3 0 x ändert sich mit jedem Zertifikat, und Matching-Type 0 veröffentlicht die vollständigen Daten.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="485"/>
        <source>%1 publishes one DANE-EE record and nothing for the next key</source>
        <translation>%1 veröffentlicht einen DANE-EE-Eintrag und nichts für den nächsten Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="486"/>
        <source>The day the key changes, DANE senders defer until a new record is published and cached copies expire. Publish the next key&apos;s 3 1 1 record now (or a 2 1 1 for the issuing CA) so a key change is a non-event.</source>
        <translation>Am Tag des Schlüsselwechsels stellen DANE-Absender zurück, bis ein neuer Eintrag veröffentlicht ist und zwischengespeicherte Kopien ablaufen. Veröffentlichen Sie jetzt den 3-1-1-Eintrag des nächsten Schlüssels (oder einen 2 1 1 für die ausstellende CA), damit ein Schlüsselwechsel folgenlos bleibt.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="512"/>
        <source>%1 serves a certificate its TLSA records do not match</source>
        <translation>%1 liefert ein Zertifikat, zu dem seine TLSA-Einträge nicht passen</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="513"/>
        <source>DANE senders refuse these addresses and keep the mail queued when no other MX works. The usual cause is a certificate renewed with a new key while the TLSA records still name the old one.</source>
        <translation>DANE-Absender lehnen diese Adressen ab und halten die Mail in der Warteschlange, wenn kein anderer MX funktioniert. Die übliche Ursache ist ein mit neuem Schlüssel erneuertes Zertifikat, während die TLSA-Einträge noch den alten nennen.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="524"/>
        <source>%1 publishes TLSA records but gives no TLS</source>
        <translation>%1 veröffentlicht TLSA-Einträge, bietet aber kein TLS</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="525"/>
        <source>With secure TLSA records a DANE sender requires TLS and will not fall back to cleartext: mail to these addresses waits in its queue.</source>
        <translation>Bei sicheren TLSA-Einträgen verlangt ein DANE-Absender TLS und weicht nicht auf Klartext aus: Mail an diese Adressen wartet in seiner Warteschlange.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="531"/>
        <source>No MX host of %1 publishes DANE</source>
        <translation>Kein MX-Host von %1 veröffentlicht DANE</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="532"/>
        <source>DANE senders deliver with unauthenticated TLS, which an attacker on the path can strip or intercept. Publishing TLSA records in a signed zone closes that.</source>
        <translation>DANE-Absender stellen mit nicht authentifiziertem TLS zu, das ein Angreifer auf dem Übertragungsweg entfernen oder abfangen kann. TLSA-Einträge in einer signierten Zone schließen diese Lücke.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="581"/>
        <source>The MTA-STS record lookup failed</source>
        <translation>Die Abfrage des MTA-STS-Eintrags ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="582"/>
        <source>Senders that already cached a policy keep using it; others treat the domain as without MTA-STS until the lookup works.</source>
        <translation>Absender, die bereits eine Richtlinie zwischengespeichert haben, verwenden sie weiter; andere behandeln die Domain als ohne MTA-STS, bis die Abfrage funktioniert.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="590"/>
        <source>%1 publishes no MTA-STS policy</source>
        <translation>%1 veröffentlicht keine MTA-STS-Richtlinie</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="591"/>
        <source>Senders that implement MTA-STS (the large mailbox providers) deliver with opportunistic TLS, which an attacker on the path can strip.</source>
        <translation>Absender, die MTA-STS umsetzen (die großen Postfachanbieter), stellen mit opportunistischem TLS zu, das ein Angreifer auf dem Übertragungsweg entfernen kann.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="600"/>
        <source>%1 publishes %2 MTA-STS records</source>
        <translation>%1 veröffentlicht %2 MTA-STS-Einträge</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="601"/>
        <source>RFC 8461 §3.1: with more than one v=STSv1 record, senders must assume the domain has no policy at all — the protection is silently off. This often happens when a new record is added for a policy change instead of the old one being replaced.</source>
        <translation>RFC 8461 §3.1: Bei mehr als einem v=STSv1-Eintrag müssen Absender annehmen, dass die Domain überhaupt keine Richtlinie hat – der Schutz ist stillschweigend abgeschaltet. Das passiert oft, wenn bei einer Richtlinienänderung ein neuer Eintrag hinzugefügt wird, statt den alten zu ersetzen.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="608"/>
        <source>The MTA-STS record of %1 is not valid</source>
        <translation>Der MTA-STS-Eintrag von %1 ist ungültig</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="609"/>
        <source>Senders treat a record they cannot parse as no policy (RFC 8461 §3.1).</source>
        <translation>Absender behandeln einen Eintrag, den sie nicht parsen können, als fehlende Richtlinie (RFC 8461 §3.1).</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="621"/>
        <source>The MTA-STS policy URL redirects</source>
        <translation>Die URL der MTA-STS-Richtlinie leitet weiter</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="622"/>
        <source>RFC 8461 §3.3: senders must not follow redirects, so they get no policy. Serve the file itself at that exact URL.</source>
        <translation>RFC 8461 §3.3: Absender dürfen Weiterleitungen nicht folgen und erhalten daher keine Richtlinie. Liefern Sie die Datei selbst unter genau dieser URL aus.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="631"/>
        <source>The certificate of %1 is not valid</source>
        <translation>Das Zertifikat von %1 ist ungültig</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="632"/>
        <source>Senders fetch the policy only over verified HTTPS (RFC 8461 §3.3); with this certificate they get no policy, and the domain is unprotected.</source>
        <translation>Absender rufen die Richtlinie nur über verifiziertes HTTPS ab (RFC 8461 §3.3); mit diesem Zertifikat erhalten sie keine Richtlinie, und die Domain ist ungeschützt.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="639"/>
        <source>The MTA-STS policy is too large</source>
        <translation>Die MTA-STS-Richtlinie ist zu groß</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="640"/>
        <source>A policy is a few lines; this body is longer than %1 bytes, so it was not read. Senders bound the size too and will not use it.</source>
        <translation>Eine Richtlinie umfasst wenige Zeilen; dieser Inhalt ist länger als %1 Bytes und wurde daher nicht gelesen. Auch Absender begrenzen die Größe und werden ihn nicht verwenden.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="648"/>
        <source>The MTA-STS policy could not be fetched</source>
        <translation>Die MTA-STS-Richtlinie konnte nicht abgerufen werden</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="649"/>
        <source>The TXT record announces a policy, but there is none to get: new senders treat the domain as without MTA-STS; senders with a cached policy keep enforcing the old one until its max_age runs out.</source>
        <translation>Der TXT-Eintrag kündigt eine Richtlinie an, aber es ist keine abrufbar: Neue Absender behandeln die Domain als ohne MTA-STS; Absender mit zwischengespeicherter Richtlinie setzen die alte weiter durch, bis ihr max_age abläuft.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="659"/>
        <source>The MTA-STS policy is served as %1, not text/plain</source>
        <translation>Die MTA-STS-Richtlinie wird als %1 ausgeliefert, nicht als text/plain</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="660"/>
        <source>RFC 8461 §3.3 requires text/plain; strict senders discard a policy of another type.</source>
        <translation>RFC 8461 §3.3 verlangt text/plain; strenge Absender verwerfen eine Richtlinie anderen Typs.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="667"/>
        <source>The MTA-STS policy has errors</source>
        <translation>Die MTA-STS-Richtlinie enthält Fehler</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="668"/>
        <source>Senders discard a policy they cannot parse, which leaves the domain unprotected.</source>
        <translation>Absender verwerfen eine Richtlinie, die sie nicht parsen können, wodurch die Domain ungeschützt bleibt.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="676"/>
        <source>The MTA-STS policy is in testing mode</source>
        <translation>Die MTA-STS-Richtlinie ist im testing-Modus</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="677"/>
        <source>Senders check it and report failures (to the TLS-RPT address), but deliver anyway. Switch to enforce once the reports are clean.</source>
        <translation>Absender prüfen sie und melden Fehler (an die TLS-RPT-Adresse), stellen aber trotzdem zu. Wechseln Sie zu enforce, sobald die Berichte fehlerfrei sind.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="681"/>
        <source>The MTA-STS policy is switched off</source>
        <translation>Die MTA-STS-Richtlinie ist abgeschaltet</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="682"/>
        <source>mode: none tells senders to forget the policy: the usual way to retire it.</source>
        <translation>mode: none weist Absender an, die Richtlinie zu vergessen: der übliche Weg, sie außer Betrieb zu nehmen.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="686"/>
        <source>The MTA-STS policy is cached for only %1 seconds</source>
        <translation>Die MTA-STS-Richtlinie wird nur %1 Sekunden zwischengespeichert</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="687"/>
        <source>A short max_age means senders fetch the policy again often, and an attacker who can block that fetch gets the domain treated as unprotected sooner. RFC 8461 suggests weeks (e.g. 604800 or more).</source>
        <translation>Ein kurzes max_age bedeutet, dass Absender die Richtlinie oft erneut abrufen, und ein Angreifer, der diesen Abruf blockieren kann, erreicht früher, dass die Domain als ungeschützt behandelt wird. RFC 8461 empfiehlt Wochen (z. B. 604800 oder mehr).</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="722"/>
        <source>The MTA-STS policy does not cover MX host %1</source>
        <translation>Die MTA-STS-Richtlinie deckt den MX-Host %1 nicht ab</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="723"/>
        <source>In enforce mode, senders refuse every MX host no mx: pattern matches; when none is left, mail waits in their queues and then bounces.</source>
        <translation>Im enforce-Modus lehnen Absender jeden MX-Host ab, auf den kein mx:-Muster passt; bleibt keiner übrig, wartet die Mail in ihren Warteschlangen und geht dann als unzustellbar zurück.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="725"/>
        <source>In testing mode senders deliver anyway and report the failure; switching to enforce now would refuse these hosts.</source>
        <translation>Im testing-Modus stellen Absender trotzdem zu und melden den Fehler; ein Wechsel zu enforce würde diese Hosts jetzt ablehnen.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="733"/>
        <source>%1 MX address(es) would fail MTA-STS certificate checks</source>
        <translation>%1 MX-Adresse(n) würden die MTA-STS-Zertifikatsprüfung nicht bestehen</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="734"/>
        <source>In enforce mode, senders require TLS with a certificate that chains to a public CA and is valid for the MX name; these addresses fail that, so mail routed to them waits in the senders&apos; queues.</source>
        <translation>Im enforce-Modus verlangen Absender TLS mit einem Zertifikat, das zu einer öffentlichen CA führt und für den MX-Namen gültig ist; diese Adressen erfüllen das nicht, daher wartet an sie geleitete Mail in den Warteschlangen der Absender.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="737"/>
        <source>In testing mode senders deliver anyway and report it; in enforce mode these addresses would be refused.</source>
        <translation>Im testing-Modus stellen Absender trotzdem zu und melden es; im enforce-Modus würden diese Adressen abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="747"/>
        <source>mx: patterns that match no MX host</source>
        <translation>mx:-Muster, die auf keinen MX-Host passen</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="748"/>
        <source>Left over from an old MX set, or a typo of the intended name. They do no harm by themselves but make the policy harder to trust.</source>
        <translation>Überbleibsel einer alten MX-Gruppe oder ein Tippfehler im gemeinten Namen. Sie schaden für sich genommen nicht, machen die Richtlinie aber weniger vertrauenswürdig.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="767"/>
        <source>%1 publishes no TLS-RPT address</source>
        <translation>%1 veröffentlicht keine TLS-RPT-Adresse</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="768"/>
        <source>Senders that fail TLS, DANE or MTA-STS checks toward this domain have nowhere to report it (RFC 8460), so failures stay invisible to you.</source>
        <translation>Absender, bei denen TLS-, DANE- oder MTA-STS-Prüfungen gegenüber dieser Domain scheitern, können das nirgends melden (RFC 8460), daher bleiben Fehler für Sie unsichtbar.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="775"/>
        <source>%1 publishes %2 TLS-RPT records</source>
        <translation>%1 veröffentlicht %2 TLS-RPT-Einträge</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="776"/>
        <source>RFC 8460 §3: with more than one record, senders send no reports.</source>
        <translation>RFC 8460 §3: Bei mehr als einem Eintrag senden Absender keine Berichte.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="782"/>
        <source>The TLS-RPT record of %1 is not valid</source>
        <translation>Der TLS-RPT-Eintrag von %1 ist ungültig</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="783"/>
        <source>Senders ignore a record they cannot parse, so no reports arrive.</source>
        <translation>Absender ignorieren einen Eintrag, den sie nicht parsen können, daher kommen keine Berichte an.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="25"/>
        <source>No cipher suite in common</source>
        <translation>Keine gemeinsame Cipher-Suite</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="26"/>
        <source>The two TLS libraries found no suite both accept. Either the partner offers only suites this side has disabled (RSA key exchange, 3DES, RC4, CBC), or the certificate type does not fit the partner&apos;s suites (an ECDSA-only certificate meets an RSA-only partner): both are logged with the same words. A scan of the server shows its certificate types; a simulation with the partner&apos;s cipher list shows which one it is.</source>
        <translation>Die beiden TLS-Bibliotheken fanden keine Suite, die beide annehmen. Entweder bietet der Partner nur Suites an, die diese Seite abgeschaltet hat (RSA-Schlüsselaustausch, 3DES, RC4, CBC), oder der Zertifikatstyp passt nicht zu den Suites des Partners (ein reines ECDSA-Zertifikat trifft auf einen reinen RSA-Partner): beides wird mit denselben Worten protokolliert. Ein Scan des Servers zeigt seine Zertifikatstypen; eine Simulation mit der Cipher-Liste des Partners zeigt, welcher Fall vorliegt.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="31"/>
        <source>Diffie-Hellman prime too small for the client</source>
        <translation>Diffie-Hellman-Primzahl zu klein für den Client</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="32"/>
        <source>The client refused the server&apos;s DHE prime as too short (GnuTLS clients want at least 2048 bits at their normal level, OpenSSL 3 at security level 2 as well). Inbound, our server&apos;s DH parameters are too small; outbound, the partner&apos;s are. ECDHE suites, or 2048-bit DH parameters, avoid it (compat.dh_too_small when simulated).</source>
        <translation>Der Client hat die DHE-Primzahl des Servers als zu kurz abgelehnt (GnuTLS-Clients verlangen auf ihrer normalen Stufe mindestens 2048 Bit, OpenSSL 3 auf Sicherheitsstufe 2 ebenso). Eingehend sind die DH-Parameter unseres Servers zu klein, ausgehend die des Partners. ECDHE-Suites oder 2048-Bit-DH-Parameter vermeiden es (compat.dh_too_small in der Simulation).</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="36"/>
        <source>Certificate issuer not trusted</source>
        <translation>Zertifikatsaussteller nicht vertrauenswürdig</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="37"/>
        <source>The verifying side does not trust the certificate&apos;s issuer: a self-signed certificate, a private CA, or a chain that lacks its intermediate certificate (chain.intermediate_missing reads the same in a log). The served chain tells which.</source>
        <translation>Die prüfende Seite vertraut dem Aussteller des Zertifikats nicht: ein selbstsigniertes Zertifikat, eine private CA oder eine Kette ohne ihr Zwischenzertifikat (chain.intermediate_missing liest sich im Log genauso). Die ausgelieferte Kette zeigt, welcher Fall vorliegt.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="41"/>
        <source>Certificate verification failed</source>
        <translation>Zertifikatsprüfung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="42"/>
        <source>Verification failed and the log does not say why: an untrusted issuer, a missing intermediate, an expired certificate or a name that does not match the host all end here. A session against the host shows each check.</source>
        <translation>Die Prüfung schlug fehl und das Log sagt nicht warum: ein nicht vertrauenswürdiger Aussteller, ein fehlendes Zwischenzertifikat, ein abgelaufenes Zertifikat oder ein Name, der nicht zum Host passt, enden alle hier. Eine Sitzung gegen den Host zeigt jede Prüfung.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="45"/>
        <source>Certificate expired</source>
        <translation>Zertifikat abgelaufen</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="46"/>
        <source>The certificate (or one in its chain) was past its notAfter date when the handshake ran.</source>
        <translation>Das Zertifikat (oder eines in seiner Kette) hatte beim Handshake sein notAfter-Datum überschritten.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="48"/>
        <source>Unexpected record version</source>
        <translation>Unerwartete Record-Version</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="49"/>
        <source>One side read a record it did not expect. Most often the other side spoke no TLS at that moment (plaintext after STARTTLS, or STARTTLS against an implicit-TLS port); sometimes the versions do not overlap. A session from here shows what the server sends.</source>
        <translation>Eine Seite las einen Record, den sie nicht erwartete. Meist sprach die andere Seite in dem Moment kein TLS (Klartext nach STARTTLS oder STARTTLS gegen einen Port mit implizitem TLS); manchmal überschneiden sich die Versionen nicht. Eine Sitzung von hier zeigt, was der Server sendet.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="53"/>
        <source>No TLS version in common</source>
        <translation>Keine gemeinsame TLS-Version</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="54"/>
        <source>The two sides share no TLS version: one requires a version the other lacks (TLS 1.0/1.1 switched off on one side, a partner that knows only TLS 1.0, or TLS 1.3 only).</source>
        <translation>Die beiden Seiten haben keine gemeinsame TLS-Version: eine verlangt eine Version, die der anderen fehlt (TLS 1.0/1.1 auf einer Seite abgeschaltet, ein Partner, der nur TLS 1.0 kennt, oder nur TLS 1.3).</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="57"/>
        <source>No signature algorithm in common</source>
        <translation>Kein gemeinsamer Signaturalgorithmus</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="58"/>
        <source>No signature algorithm both sides accept for the certificate&apos;s key: an ECDSA-only or RSA-PSS certificate with a client that does not list it, or a SHA-1-only client against OpenSSL 3.</source>
        <translation>Kein Signaturalgorithmus für den Schlüssel des Zertifikats, den beide Seiten annehmen: ein reines ECDSA- oder RSA-PSS-Zertifikat bei einem Client, der es nicht aufführt, oder ein Client nur mit SHA-1 gegen OpenSSL 3.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="61"/>
        <source>Handshake failure alert</source>
        <translation>Handshake-Failure-Alert</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="62"/>
        <source>The peer ended the handshake with a handshake_failure alert, which several causes share: no suite in common, no signature algorithm in common, a certificate type it cannot use, or a client certificate it required. The alert alone does not tell them apart; a simulation with the partner&apos;s offer does.</source>
        <translation>Die Gegenseite beendete den Handshake mit einem handshake_failure-Alert, den mehrere Ursachen gemeinsam haben: keine gemeinsame Suite, kein gemeinsamer Signaturalgorithmus, ein Zertifikatstyp, den sie nicht verwenden kann, oder ein Client-Zertifikat, das sie verlangte. Der Alert allein unterscheidet sie nicht; eine Simulation mit dem Angebot des Partners schon.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="66"/>
        <source>Handshake timed out</source>
        <translation>Handshake-Zeitüberschreitung</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="67"/>
        <source>The handshake did not finish in time: a slow or overloaded peer, a packet filter dropping large records, or a client that stalled. Not a TLS setting as such.</source>
        <translation>Der Handshake wurde nicht rechtzeitig fertig: eine langsame oder überlastete Gegenseite, ein Paketfilter, der große Records verwirft, oder ein Client, der hängen blieb. Keine TLS-Einstellung als solche.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="70"/>
        <source>Connection closed during the handshake</source>
        <translation>Verbindung während des Handshakes geschlossen</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="71"/>
        <source>The connection ended during the handshake without a TLS reason at this end: the peer gave up (its own verification or cipher failure, logged only on its side), a middlebox cut it, or the network dropped. The partner&apos;s log holds the reason; a session from here shows whether it happens to us too.</source>
        <translation>Die Verbindung endete während des Handshakes ohne TLS-Grund auf dieser Seite: die Gegenseite gab auf (ihr eigener Prüf- oder Cipher-Fehler, nur auf ihrer Seite protokolliert), eine Middlebox trennte sie, oder das Netz brach ab. Das Log des Partners enthält den Grund; eine Sitzung von hier zeigt, ob es uns auch passiert.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="75"/>
        <source>Not TLS</source>
        <translation>Kein TLS</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="76"/>
        <source>Bytes that are not TLS arrived where a handshake was expected: a scanner, an HTTP client, or a client speaking TLS at once to a STARTTLS port (or the other way round).</source>
        <translation>Wo ein Handshake erwartet wurde, kamen Bytes an, die kein TLS sind: ein Scanner, ein HTTP-Client oder ein Client, der sofort TLS mit einem STARTTLS-Port spricht (oder umgekehrt).</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="79"/>
        <source>TLS required but not offered</source>
        <translation>TLS verlangt, aber nicht angeboten</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="80"/>
        <source>One side required TLS and the other did not offer STARTTLS (or a middlebox removed it from the EHLO answer).</source>
        <translation>Eine Seite verlangte TLS und die andere bot kein STARTTLS an (oder eine Middlebox entfernte es aus der EHLO-Antwort).</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="82"/>
        <source>Peer required TLS</source>
        <translation>Gegenseite verlangte TLS</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="83"/>
        <source>The other side refused to go on without TLS, and TLS was not started.</source>
        <translation>Die andere Seite weigerte sich, ohne TLS fortzufahren, und TLS wurde nicht gestartet.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="85"/>
        <source>Other TLS failure</source>
        <translation>Anderer TLS-Fehler</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="86"/>
        <source>A TLS failure whose words this version does not sort; the example line says what the library reported.</source>
        <translation>Ein TLS-Fehler, dessen Wortlaut diese Version nicht zuordnet; die Beispielzeile zeigt, was die Bibliothek gemeldet hat.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="179"/>
        <source>start from the saved scan</source>
        <translation>vom gespeicherten Scan ausgehen</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="181"/>
        <source>drop %1</source>
        <translation>%1 abschalten</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="183"/>
        <source>suites &apos;%1&apos;</source>
        <translation>Suites „%1“</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="185"/>
        <source>serve only %1</source>
        <translation>nur %1 ausliefern</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="187"/>
        <source>DH prime %1 bits</source>
        <translation>DH-Primzahl %1 Bit</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="189"/>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="192"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="216"/>
        <source>the cipher list &apos;%1&apos; names no suite the catalog knows</source>
        <translation>die Cipher-Liste „%1“ nennt keine Suite, die der Katalog kennt</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="221"/>
        <source>names not in the catalog were left out: %1</source>
        <translation>Namen, die nicht im Katalog stehen, wurden ausgelassen: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="238"/>
        <source>an OpenSSL cipher list does not govern TLS 1.3 suites (Postfix: tls_high_cipherlist / OpenSSL Ciphersuites); TLS 1.3 was simulated with no suite</source>
        <translation>eine OpenSSL-Cipher-Liste regelt keine TLS-1.3-Suites (Postfix: tls_high_cipherlist / OpenSSL Ciphersuites); TLS 1.3 wurde ohne Suite simuliert</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="251"/>
        <source>certificate types are the server&apos;s: outbound, the partner&apos;s certificate decides</source>
        <translation>Zertifikatstypen sind Sache des Servers: ausgehend entscheidet das Zertifikat des Partners</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="278"/>
        <source>%1; %2 suites; certificates %3; DH %4 bits (from the saved scan)</source>
        <translation>%1; %2 Suites; Zertifikate %3; DH %4 Bit (aus dem gespeicherten Scan)</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="279"/>
        <source>%1; %2 suites; certificates %3; DH %4 bits (what the change leaves of a server that accepts every suite)</source>
        <translation>%1; %2 Suites; Zertifikate %3; DH %4 Bit (was die Änderung von einem Server übrig lässt, der jede Suite annimmt)</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="281"/>
        <location filename="../core/diagnose/simulator.cpp" line="57"/>
        <source>no version</source>
        <translation>keine Version</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="287"/>
        <source>without a saved scan of the server, today&apos;s server is taken as accepting everything, so only what the change itself removes is counted</source>
        <translation>ohne gespeicherten Scan des Servers gilt der heutige Server als einer, der alles annimmt; gezählt wird also nur, was die Änderung selbst entfernt</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="289"/>
        <source>a partner is judged by the versions and suites it used in these logs; it may offer more than it used, so &apos;loses TLS&apos; means none of what it used would still work</source>
        <translation>ein Partner wird nach den Versionen und Suites beurteilt, die er in diesen Logs verwendet hat; er kann mehr anbieten, als er verwendet hat, daher heißt „verliert TLS“, dass nichts von dem, was er verwendet hat, noch funktionieren würde</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="332"/>
        <source>the log names no cipher for its TLS messages, so the change cannot be judged for it</source>
        <translation>das Log nennt für seine TLS-Nachrichten keine Cipher, daher lässt sich die Änderung für ihn nicht beurteilen</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="337"/>
        <source>none of the %1 version/suite pair(s) it used would still be accepted: %2</source>
        <translation>keines der %1 Versions-/Suite-Paare, die er verwendet hat, würde noch angenommen: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="343"/>
        <source>what it used is either refused or not in the catalog (%1), so it cannot be told</source>
        <translation>was er verwendet hat, wird entweder abgelehnt oder steht nicht im Katalog (%1), daher lässt es sich nicht sagen</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="348"/>
        <source>what it keeps is DHE, and a DH prime of %1 bits fails clients that cap it at 1024 (Java 7 and older); the log cannot tell its library</source>
        <translation>was ihm bleibt, ist DHE, und eine DH-Primzahl von %1 Bit scheitert bei Clients, die bei 1024 aufhören (Java 7 und älter); das Log verrät seine Bibliothek nicht</translation>
    </message>
    <message>
        <location filename="../core/diagnose/refusal_hint.cpp" line="49"/>
        <source>greylisting: the server defers the first contact from an address it does not know; a real mail server retries after a few minutes and gets through. Try again in 5-15 minutes.</source>
        <translation>Greylisting: Der Server stellt den ersten Kontakt von einer unbekannten Adresse zurück; ein echter Mailserver versucht es nach einigen Minuten erneut und kommt durch. In 5–15 Minuten erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/refusal_hint.cpp" line="56"/>
        <source>the server wants this client&apos;s address to have a reverse DNS (PTR) name that resolves back to it. Test from an address that has one, or ask for one to be set.</source>
        <translation>der Server verlangt, dass die Adresse dieses Clients einen Reverse-DNS-Namen (PTR) hat, der wieder auf sie auflöst. Von einer Adresse testen, die einen hat, oder einen einrichten lassen.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/refusal_hint.cpp" line="66"/>
        <source>your address appears to be refused by reputation or a blocklist: the server refuses this client, not TLS. Look the address up at the list it names and ask for delisting, or test from an address the server accepts.</source>
        <translation>Ihre Adresse wird offenbar wegen Reputation oder einer Sperrliste abgelehnt: Der Server lehnt diesen Client ab, nicht TLS. Die Adresse bei der genannten Liste nachschlagen und die Austragung beantragen, oder von einer Adresse testen, die der Server annimmt.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/refusal_hint.cpp" line="69"/>
        <source>your address appears to be on %1: the server refuses this client, not TLS. Look the address up at the list it names and ask for delisting, or test from an address the server accepts.</source>
        <translation>Ihre Adresse steht offenbar auf %1: Der Server lehnt diesen Client ab, nicht TLS. Die Adresse bei der genannten Liste nachschlagen und die Austragung beantragen, oder von einer Adresse testen, die der Server annimmt.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/refusal_hint.cpp" line="79"/>
        <source>a connection limit: the server counts connections from this address (or in all). Wait and retry with fewer at once (scan: --max-connections 1 --delay 1000; fleet: --per-host 1).</source>
        <translation>ein Verbindungslimit: Der Server zählt Verbindungen von dieser Adresse (oder insgesamt). Warten und mit weniger gleichzeitigen Verbindungen erneut versuchen (scan: --max-connections 1 --delay 1000; fleet: --per-host 1).</translation>
    </message>
    <message>
        <location filename="../core/diagnose/refusal_hint.cpp" line="86"/>
        <source>the server offers STARTTLS but cannot start TLS: usually it cannot read its certificate or key (a wrong path, permissions after a renewal, a key that does not match). Its own log says which (Exim: mainlog/paniclog; Postfix: mail.log, &quot;cannot load certificate&quot;).</source>
        <translation>der Server bietet STARTTLS an, kann TLS aber nicht starten: meist kann er sein Zertifikat oder seinen Schlüssel nicht lesen (ein falscher Pfad, Rechte nach einer Erneuerung, ein Schlüssel, der nicht passt). Sein eigenes Log sagt, was davon (Exim: mainlog/paniclog; Postfix: mail.log, &quot;cannot load certificate&quot;).</translation>
    </message>
    <message>
        <location filename="../core/diagnose/refusal_hint.cpp" line="96"/>
        <source>the server rejects the name we gave in EHLO: give a fully qualified name that resolves to this address with --ehlo NAME.</source>
        <translation>der Server lehnt den Namen ab, den wir in EHLO angegeben haben: mit --ehlo NAME einen vollqualifizierten Namen angeben, der auf diese Adresse auflöst.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/refusal_hint.cpp" line="98"/>
        <source>the server rejects the name we gave in EHLO (&quot;%1&quot;): give a fully qualified name that resolves to this address with --ehlo NAME.</source>
        <translation>der Server lehnt den Namen ab, den wir in EHLO angegeben haben (&quot;%1&quot;): mit --ehlo NAME einen vollqualifizierten Namen angeben, der auf diese Adresse auflöst.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/refusal_hint.cpp" line="105"/>
        <source>421: the server is busy, limiting connections, or shutting down; its text does not say which. Retry in a minute: a limit or a restart clears, a policy refusal comes back as 421 or 554 every time.</source>
        <translation>421: Der Server ist ausgelastet, begrenzt Verbindungen oder fährt herunter; sein Text sagt nicht, was davon. In einer Minute erneut versuchen: ein Limit oder ein Neustart geht vorüber, eine Ablehnung aus Richtlinie kommt jedes Mal als 421 oder 554 wieder.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/refusal_hint.cpp" line="112"/>
        <source>554 in the greeting: the server refuses every session from this client (an access rule, a blocklist, or no mail service here); its text does not say which. Ask its admin, or test from another address.</source>
        <translation>554 in der Begrüßung: Der Server lehnt jede Sitzung von diesem Client ab (eine Zugriffsregel, eine Sperrliste oder kein Maildienst hier); sein Text sagt nicht, was davon. Seinen Admin fragen oder von einer anderen Adresse testen.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/refusal_hint.cpp" line="118"/>
        <source>a temporary refusal (%1): retry later; if it persists, its text and the server&apos;s log say why.</source>
        <translation>eine vorübergehende Ablehnung (%1): später erneut versuchen; wenn sie bleibt, sagen ihr Text und das Log des Servers warum.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/refusal_hint.cpp" line="120"/>
        <source>a permanent refusal (%1): its text says why; retrying the same way gives the same answer.</source>
        <translation>eine dauerhafte Ablehnung (%1): ihr Text sagt warum; ein erneuter Versuch auf dieselbe Weise bringt dieselbe Antwort.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="42"/>
        <location filename="../core/diagnose/session_rules.cpp" line="46"/>
        <source>The server does not offer STARTTLS</source>
        <translation>Der Server bietet kein STARTTLS an</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="43"/>
        <source>The server&apos;s answer before TLS does not list STARTTLS (POP3: STLS), so every client either talks in cleartext (passwords and mail readable on the path) or, if it requires TLS, cannot connect at all.</source>
        <translation>Die Antwort des Servers vor TLS nennt kein STARTTLS (POP3: STLS), daher spricht jeder Client entweder im Klartext (Passwörter und E-Mails sind auf dem Weg lesbar) oder kann, wenn er TLS verlangt, gar keine Verbindung aufbauen.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="57"/>
        <source>SSLv2 is accepted</source>
        <translation>SSLv2 wird angenommen</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="58"/>
        <source>SSL 2.0 (1995) is broken beyond repair: an attacker can decrypt sessions (DROWN) even of other servers that share the key. No mail client needs it.</source>
        <translation>SSL 2.0 (1995) ist unrettbar gebrochen: Ein Angreifer kann Sitzungen entschlüsseln (DROWN), sogar die anderer Server, die denselben Schlüssel nutzen. Kein Mail-Client braucht es.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="62"/>
        <source>SSLv3 is accepted</source>
        <translation>SSLv3 wird angenommen</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="63"/>
        <source>SSL 3.0 (1996) is vulnerable to POODLE and only offers weak ciphers. Mail servers from this decade never need it.</source>
        <translation>SSL 3.0 (1996) ist für POODLE anfällig und bietet nur schwache Chiffren. Mailserver aus diesem Jahrzehnt brauchen es nie.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="67"/>
        <source>TLS 1.0 is accepted</source>
        <translation>TLS 1.0 wird angenommen</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="68"/>
        <source>TLS 1.0 (1999) is deprecated (RFC 8996). For mail it is still better than plaintext, so some sites keep it for old senders; turn it off once your logs show no partner using it.</source>
        <translation>TLS 1.0 (1999) ist veraltet (RFC 8996). Für E-Mail ist es immer noch besser als Klartext, daher behalten manche Betreiber es für alte Absender; schalten Sie es ab, sobald Ihre Logs keinen Partner mehr zeigen, der es nutzt.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="73"/>
        <source>TLS 1.1 is accepted</source>
        <translation>TLS 1.1 wird angenommen</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="74"/>
        <source>TLS 1.1 (2006) is deprecated (RFC 8996) and almost no sender offers it without also offering TLS 1.2.</source>
        <translation>TLS 1.1 (2006) ist veraltet (RFC 8996), und kaum ein Absender bietet es an, ohne auch TLS 1.2 anzubieten.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="79"/>
        <source>TLS 1.3 is not accepted</source>
        <translation>TLS 1.3 wird nicht angenommen</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="80"/>
        <source>TLS 1.3 is faster (one round trip less), always has forward secrecy and hides the certificate from eavesdroppers. It needs GnuTLS &gt;= 3.6.5 or OpenSSL &gt;= 1.1.1.</source>
        <translation>TLS 1.3 ist schneller (ein Roundtrip weniger), bietet immer Forward Secrecy und verbirgt das Zertifikat vor Lauschern. Es braucht GnuTLS &gt;= 3.6.5 oder OpenSSL &gt;= 1.1.1.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="92"/>
        <source>Suites without encryption (NULL) are accepted</source>
        <translation>Suites ohne Verschlüsselung (NULL) werden angenommen</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="93"/>
        <source>A NULL suite authenticates but does not encrypt: everything, passwords included, crosses the network in clear text while the client believes it is protected.</source>
        <translation>Eine NULL-Suite authentifiziert, verschlüsselt aber nicht: Alles, einschließlich Passwörtern, geht im Klartext über das Netz, während der Client sich geschützt glaubt.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="96"/>
        <source>Anonymous suites (no server authentication) are accepted</source>
        <translation>Anonyme Suites (ohne Server-Authentifizierung) werden angenommen</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="97"/>
        <source>Anonymous Diffie-Hellman encrypts without proving who the server is, so anyone in the path can sit in the middle. Opportunistic senders gain nothing from it that an ordinary suite would not give.</source>
        <translation>Anonymes Diffie-Hellman verschlüsselt, ohne zu beweisen, wer der Server ist, daher kann sich jeder auf dem Weg dazwischenschalten. Opportunistische Absender gewinnen dadurch nichts, was eine gewöhnliche Suite nicht auch böte.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="100"/>
        <source>EXPORT-grade suites are accepted</source>
        <translation>EXPORT-Suites werden angenommen</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="101"/>
        <source>EXPORT suites use 40- or 56-bit keys from the 1990s US export rules; they can be broken in hours (FREAK, Logjam).</source>
        <translation>EXPORT-Suites verwenden 40- oder 56-Bit-Schlüssel aus den US-Exportregeln der 1990er-Jahre; sie lassen sich in Stunden brechen (FREAK, Logjam).</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="104"/>
        <source>RC4 suites are accepted</source>
        <translation>RC4-Suites werden angenommen</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="105"/>
        <source>RC4 has statistical biases that leak plaintext over many connections (RFC 7465 forbids it).</source>
        <translation>RC4 hat statistische Verzerrungen, die über viele Verbindungen Klartext preisgeben (RFC 7465 verbietet es).</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="107"/>
        <source>Single-DES suites are accepted</source>
        <translation>Single-DES-Suites werden angenommen</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="108"/>
        <source>DES has a 56-bit key; it was brute-forced in 1998.</source>
        <translation>DES hat einen 56-Bit-Schlüssel; er wurde 1998 per Brute Force geknackt.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="110"/>
        <source>64-bit block ciphers (3DES, IDEA) are accepted: SWEET32</source>
        <translation>64-Bit-Blockchiffren (3DES, IDEA) werden angenommen: SWEET32</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="111"/>
        <source>3DES and IDEA have a 64-bit block: after some gigabytes under one key, blocks collide and leak data (SWEET32, CVE-2016-2183). Only very old senders (Windows XP era) need them.</source>
        <translation>3DES und IDEA haben einen 64-Bit-Block: Nach einigen Gigabyte unter einem Schlüssel kollidieren Blöcke und geben Daten preis (SWEET32, CVE-2016-2183). Nur sehr alte Absender (aus der Windows-XP-Zeit) brauchen sie.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="114"/>
        <source>Suites without forward secrecy are accepted</source>
        <translation>Suites ohne Forward Secrecy werden angenommen</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="115"/>
        <source>With static RSA or DH key exchange, whoever obtains the server&apos;s private key later can decrypt every recorded session. ECDHE and DHE suites do not have this problem.</source>
        <translation>Bei statischem RSA- oder DH-Schlüsselaustausch kann jeder, der später an den privaten Schlüssel des Servers gelangt, jede aufgezeichnete Sitzung entschlüsseln. ECDHE- und DHE-Suites haben dieses Problem nicht.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="137"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="142"/>
        <source>%1 with CBC suites: POODLE</source>
        <translation>%1, mit CBC-Suites: POODLE</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="152"/>
        <source>CBC suites in TLS 1.0: BEAST</source>
        <translation>CBC-Suites in TLS 1.0: BEAST</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="153"/>
        <source>In TLS 1.0 a CBC record&apos;s IV is the last block of the record before, which a browser-style attacker who injects chosen plaintext can exploit (BEAST, 2011). Mail clients do not run attacker scripts, and today&apos;s clients split records (1/n-1), so this is listed for completeness; turning TLS 1.0 off removes it.</source>
        <translation>In TLS 1.0 ist der IV eines CBC-Records der letzte Block des vorherigen Records, was ein Angreifer nach Browser-Art, der gewählten Klartext einschleust, ausnutzen kann (BEAST, 2011). Mail-Clients führen keine Angreifer-Skripte aus, und heutige Clients teilen Records auf (1/n-1), daher steht dies nur der Vollständigkeit halber hier; das Abschalten von TLS 1.0 beseitigt es.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="163"/>
        <source>CBC suites with MAC-then-encrypt: LUCKY13</source>
        <translation>CBC-Suites mit MAC-then-encrypt: LUCKY13</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="164"/>
        <source>CBC suites check the MAC after decrypting and removing the padding; the time that takes leaks whether the padding was right (Lucky Thirteen, CVE-2013-0169). Current TLS libraries answer in constant time and encrypt_then_mac (RFC 7366) removes the question; AEAD suites (GCM, ChaCha20) never have it.</source>
        <translation>CBC-Suites prüfen den MAC erst nach dem Entschlüsseln und Entfernen des Paddings; die dafür benötigte Zeit verrät, ob das Padding stimmte (Lucky Thirteen, CVE-2013-0169). Aktuelle TLS-Bibliotheken antworten in konstanter Zeit, und encrypt_then_mac (RFC 7366) beseitigt die Frage; AEAD-Suites (GCM, ChaCha20) haben sie nie.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="175"/>
        <location filename="../core/diagnose/session_rules.cpp" line="109"/>
        <source>The server accepted STARTTLS but did not start TLS</source>
        <translation>Der Server hat STARTTLS angenommen, aber TLS nicht gestartet</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="176"/>
        <source>Every one of the scan&apos;s %1 connections got 220 to STARTTLS, and none of its TLS offers was answered in TLS (no ServerHello, no alert): the server closed, stalled or sent something else. The versions below are therefore not known, not refused. Partners see a broken connection and fall back to cleartext or defer.</source>
        <translation>Jede der %1 Verbindungen des Scans erhielt 220 auf STARTTLS, und keines seiner TLS-Angebote wurde in TLS beantwortet (kein ServerHello, kein Alert): Der Server schloss die Verbindung, blieb hängen oder sandte etwas anderes. Die Versionen unten sind daher unbekannt, nicht abgelehnt. Partner sehen eine kaputte Verbindung und weichen auf Klartext aus oder stellen die Zustellung zurück.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="183"/>
        <source>The server does not answer in TLS</source>
        <translation>Der Server antwortet nicht in TLS</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="184"/>
        <source>None of the scan&apos;s %1 TLS offers was answered in TLS (no ServerHello, no alert): the service closed, stalled or sent something else. The versions below are therefore not known, not refused.</source>
        <translation>Keines der %1 TLS-Angebote des Scans wurde in TLS beantwortet (kein ServerHello, kein Alert): Der Dienst schloss die Verbindung, blieb hängen oder sandte etwas anderes. Die Versionen unten sind daher unbekannt, nicht abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="194"/>
        <source>The TLS handshake breaks after the server&apos;s ServerHello</source>
        <translation>Der TLS-Handshake bricht nach dem ServerHello des Servers ab</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="195"/>
        <source>%1 of the scan&apos;s TLS offers got a ServerHello, and then the handshake broke without an alert from the server: the server closed the connection, stopped answering, or sent what is not valid TLS (our client then ended the handshake). The server picks a version and suite, so it is not refusing the offer, yet no client can finish the handshake: partners fall back to cleartext or defer, and a version shown below as not accepted may be one the server answers this way. The evidence fits several causes: the server failing after its hello (a certificate or key it cannot load or send, a crashing process: its log at the time of the scan tells), a certificate chain too large for any client, or a middlebox cutting or rewriting the connection (a session from another network, or mailtls session showing what arrived after the ServerHello, tells them apart).</source>
        <translation>%1 der TLS-Angebote des Scans erhielten ein ServerHello, danach brach der Handshake ohne Alert des Servers ab: Der Server schloss die Verbindung, antwortete nicht mehr oder sandte ungültiges TLS (unser Client beendete dann den Handshake). Der Server wählt eine Version und eine Suite, lehnt das Angebot also nicht ab, und doch kann kein Client den Handshake abschließen: Partner weichen auf Klartext aus oder stellen zurück, und eine unten als nicht angenommen gezeigte Version kann eine sein, die der Server auf diese Weise beantwortet. Der Befund passt zu mehreren Ursachen: Der Server scheitert nach seinem Hello (ein Zertifikat oder Schlüssel, den er nicht laden oder senden kann, ein abstürzender Prozess: sein Log zur Zeit des Scans gibt Auskunft), eine Zertifikatskette, die für jeden Client zu groß ist, oder eine Middlebox, die die Verbindung kappt oder umschreibt (eine Sitzung aus einem anderen Netz oder mailtls session, das zeigt, was nach dem ServerHello ankam, unterscheidet diese Fälle).</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="216"/>
        <location filename="../core/diagnose/session_rules.cpp" line="68"/>
        <source>The server sent data after its 220 to STARTTLS</source>
        <translation>Der Server sandte nach seinem 220 auf STARTTLS weitere Daten</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="217"/>
        <source>On %1 of the scan&apos;s connections the server sent more bytes in cleartext after answering 220 to STARTTLS, before the TLS handshake. RFC 3207 allows nothing there. Either the server answers commands it read before TLS from a buffer it keeps across STARTTLS (the STARTTLS command-injection flaw, CVE-2011-0411 and kin), or a middlebox adds data. The scan discarded the bytes; check the server&apos;s version against its advisories, and whether a proxy sits in front of it.</source>
        <translation>Auf %1 Verbindungen des Scans sandte der Server nach seiner Antwort 220 auf STARTTLS, vor dem TLS-Handshake, weitere Bytes im Klartext. RFC 3207 erlaubt dort nichts. Entweder beantwortet der Server Befehle, die er vor TLS gelesen hat, aus einem Puffer, den er über STARTTLS hinweg behält (die STARTTLS-Befehlsinjektion, CVE-2011-0411 und Verwandte), oder eine Middlebox fügt Daten hinzu. Der Scan hat die Bytes verworfen; prüfen Sie die Version des Servers anhand seiner Sicherheitshinweise und ob ein Proxy vor ihm sitzt.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="237"/>
        <source>DHE uses a %1-bit prime: LOGJAM</source>
        <translation>DHE verwendet eine %1-Bit-Primzahl: LOGJAM</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="237"/>
        <source>DHE uses a %1-bit prime</source>
        <translation>DHE verwendet eine %1-Bit-Primzahl</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="239"/>
        <source>The Diffie-Hellman prime has %1 bits. Primes under 2048 bits are within reach of well-funded attackers (Logjam), and clients at OpenSSL security level 2 refuse them, so such partners fail to connect.</source>
        <translation>Die Diffie-Hellman-Primzahl hat %1 Bit. Primzahlen unter 2048 Bit sind für gut ausgestattete Angreifer erreichbar (Logjam), und Clients mit OpenSSL-Sicherheitsstufe 2 lehnen sie ab, sodass solche Partner keine Verbindung aufbauen können.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="255"/>
        <source>DHE suites break the handshake</source>
        <translation>DHE-Suites lassen den Handshake scheitern</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="256"/>
        <source>Offered on their own, the server&apos;s DHE suites (%1 of them, %2) ended the handshake without a refusal, while the other suites of the same version work. The server has DHE enabled but cannot complete it, most often because it has no Diffie-Hellman parameters (Dovecot without ssl_dh logs &quot;Diffie-Hellman key exchange requested, but no DH parameters provided&quot;). A client that prefers DHE, or offers nothing else, gets no TLS from this server and falls back to cleartext or gives up. Give the server DH parameters, or take DHE out of its cipher list.</source>
        <translation>Einzeln angeboten beendeten die DHE-Suites des Servers (%1 davon, %2) den Handshake ohne Ablehnung, während die anderen Suites derselben Version funktionieren. Der Server hat DHE aktiviert, kann es aber nicht abschließen, meist weil ihm Diffie-Hellman-Parameter fehlen (Dovecot ohne ssl_dh protokolliert &quot;Diffie-Hellman key exchange requested, but no DH parameters provided&quot;). Ein Client, der DHE bevorzugt oder nichts anderes anbietet, bekommt von diesem Server kein TLS und weicht auf Klartext aus oder gibt auf. Geben Sie dem Server DH-Parameter oder nehmen Sie DHE aus seiner Cipher-Liste.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="270"/>
        <source>Only an ECDSA certificate is served</source>
        <translation>Es wird nur ein ECDSA-Zertifikat ausgeliefert</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="271"/>
        <source>Every certificate the server served has an ECDSA key. Senders that offer only RSA-authenticated suites (older appliances, some Java and Windows stacks) find no shared suite and deliver in clear text or not at all. Serve an RSA certificate next to the ECDSA one.</source>
        <translation>Jedes Zertifikat, das der Server ausgeliefert hat, hat einen ECDSA-Schlüssel. Absender, die nur RSA-authentifizierte Suites anbieten (ältere Appliances, manche Java- und Windows-Stacks), finden keine gemeinsame Suite und stellen im Klartext oder gar nicht zu. Liefern Sie neben dem ECDSA-Zertifikat ein RSA-Zertifikat aus.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="281"/>
        <source>No secure renegotiation (RFC 5746)</source>
        <translation>Keine sichere Neuverhandlung (RFC 5746)</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="282"/>
        <source>The server&apos;s ServerHello carries no renegotiation_info, though the client signalled support. Without it a renegotiation cannot be tied to the handshake before it, so a man in the middle can splice his own data in front of a client&apos;s session (CVE-2009-3555), and current clients (OpenSSL 3 by default) refuse to connect at all. Every TLS library since 2010 supports it: an old library, a setting that turns it off, or a middlebox that strips it.</source>
        <translation>Das ServerHello des Servers enthält kein renegotiation_info, obwohl der Client Unterstützung signalisiert hat. Ohne es kann eine Neuverhandlung nicht an den vorherigen Handshake gebunden werden, sodass ein Man-in-the-Middle eigene Daten vor die Sitzung eines Clients setzen kann (CVE-2009-3555), und aktuelle Clients (OpenSSL 3 standardmäßig) verweigern die Verbindung ganz. Jede TLS-Bibliothek seit 2010 unterstützt es: eine alte Bibliothek, eine Einstellung, die es abschaltet, oder eine Middlebox, die es entfernt.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="290"/>
        <source>The server accepts client-initiated renegotiation</source>
        <translation>Der Server akzeptiert vom Client angestoßene Neuverhandlung</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="291"/>
        <source>A client may ask this server for a fresh handshake on an open connection, again and again: each costs the server a private-key operation and the client almost nothing, a cheap way to load the server (a denial of service). No mail client needs it: turn it off where the TLS library allows. (Not to be confused with openssl s_client, which renegotiates when a typed line starts with R, as in RCPT TO: a server that refuses then ends the session, which is the right answer.)</source>
        <translation>Ein Client kann diesen Server auf einer offenen Verbindung immer wieder um einen neuen Handshake bitten: Jeder kostet den Server eine Operation mit dem privaten Schlüssel und den Client fast nichts, ein billiger Weg, den Server zu belasten (ein Denial of Service). Kein Mail-Client braucht das: Schalten Sie es ab, wo die TLS-Bibliothek es erlaubt. (Nicht zu verwechseln mit openssl s_client, das neu verhandelt, wenn eine eingegebene Zeile mit R beginnt, wie bei RCPT TO: Ein Server, der ablehnt, beendet dann die Sitzung, und das ist die richtige Antwort.)</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="299"/>
        <source>No downgrade protection by TLS_FALLBACK_SCSV (RFC 7507)</source>
        <translation>Kein Downgrade-Schutz durch TLS_FALLBACK_SCSV (RFC 7507)</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="300"/>
        <source>A hello for a version below the server&apos;s highest, marked with TLS_FALLBACK_SCSV, was accepted instead of refused with inappropriate_fallback. A client that retries with a lower version after a failed handshake can then be pushed down to it by whoever breaks the first attempt. Current TLS libraries refuse such hellos on their own.</source>
        <translation>Ein mit TLS_FALLBACK_SCSV markiertes Hello für eine Version unterhalb der höchsten des Servers wurde angenommen, statt mit inappropriate_fallback abgelehnt zu werden. Ein Client, der nach einem gescheiterten Handshake mit einer niedrigeren Version erneut versucht, kann dann von jedem, der den ersten Versuch stört, auf diese heruntergedrückt werden. Aktuelle TLS-Bibliotheken lehnen solche Hellos von sich aus ab.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="306"/>
        <source>No TLS 1.3 downgrade sentinel</source>
        <translation>Kein TLS-1.3-Downgrade-Marker</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="307"/>
        <source>The server speaks TLS 1.3, but when it negotiates TLS 1.2 or lower its ServerHello.random does not end in the marker RFC 8446 (4.1.3) prescribes. TLS 1.3 clients look for it to detect an attacker who removed TLS 1.3 from their hello; without it, that downgrade goes unnoticed. A TLS-terminating device in front of the server that rewrites the hello is a common cause.</source>
        <translation>Der Server spricht TLS 1.3, doch wenn er TLS 1.2 oder niedriger aushandelt, endet sein ServerHello.random nicht auf den Marker, den RFC 8446 (4.1.3) vorschreibt. TLS-1.3-Clients suchen ihn, um einen Angreifer zu erkennen, der TLS 1.3 aus ihrem Hello entfernt hat; ohne ihn bleibt dieses Downgrade unbemerkt. Eine häufige Ursache ist ein TLS-terminierendes Gerät vor dem Server, das das Hello umschreibt.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="314"/>
        <source>No extended master secret (RFC 7627)</source>
        <translation>Kein Extended Master Secret (RFC 7627)</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="315"/>
        <source>The server does not use the extended master secret in TLS 1.2 and below, so the session keys are not bound to the whole handshake: the triple-handshake attack (resumption and renegotiation across two servers) stays possible, and clients in FIPS mode may refuse the connection. TLS libraries have supported it since 2015.</source>
        <translation>Der Server verwendet in TLS 1.2 und darunter kein Extended Master Secret, daher sind die Sitzungsschlüssel nicht an den gesamten Handshake gebunden: Der Triple-Handshake-Angriff (Wiederaufnahme und Neuverhandlung über zwei Server hinweg) bleibt möglich, und Clients im FIPS-Modus können die Verbindung ablehnen. TLS-Bibliotheken unterstützen es seit 2015.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="321"/>
        <source>CBC suites without encrypt-then-MAC (RFC 7366): LUCKY13</source>
        <translation>CBC-Suites ohne Encrypt-then-MAC (RFC 7366): LUCKY13</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="322"/>
        <source>The server negotiates CBC suites in MAC-then-encrypt order, the construction behind padding-oracle and timing attacks (Lucky Thirteen, POODLE-style). With the encrypt_then_mac extension the record is authenticated before it is decrypted. Preferring AEAD suites (GCM, ChaCha20) avoids the question for capable senders.</source>
        <translation>Der Server handelt CBC-Suites in der Reihenfolge MAC-then-encrypt aus, der Konstruktion hinter Padding-Oracle- und Timing-Angriffen (Lucky Thirteen, nach Art von POODLE). Mit der Erweiterung encrypt_then_mac wird der Record authentifiziert, bevor er entschlüsselt wird. AEAD-Suites (GCM, ChaCha20) zu bevorzugen, umgeht die Frage für fähige Absender.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="336"/>
        <source>No TLS session resumption</source>
        <translation>Keine TLS-Sitzungswiederaufnahme</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="337"/>
        <source>The server resumed no earlier session, neither by session id nor by ticket: every connection pays a full handshake (a certificate sent, a key exchange and a signature). For a mail server that costs little, since few senders keep sessions (Postfix&apos;s smtp client does, with smtp_tls_session_cache_database); it matters more for a busy submission service or a peer that delivers over many connections.</source>
        <translation>Der Server hat keine frühere Sitzung wieder aufgenommen, weder per Session-ID noch per Ticket: Jede Verbindung zahlt einen vollständigen Handshake (ein gesendetes Zertifikat, ein Schlüsselaustausch und eine Signatur). Für einen Mailserver kostet das wenig, da kaum ein Absender Sitzungen aufbewahrt (der smtp-Client von Postfix tut es, mit smtp_tls_session_cache_database); wichtiger ist es für einen stark genutzten Submission-Dienst oder einen Partner, der über viele Verbindungen zustellt.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="346"/>
        <source>Must-staple certificate served without a staple</source>
        <translation>Must-Staple-Zertifikat ohne Staple ausgeliefert</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="347"/>
        <source>The certificate carries the TLS feature status_request (RFC 7633, &quot;must-staple&quot;): it promises that the server always staples an OCSP response. The server sent none, so every client that honours the promise (Firefox, and any TLS stack that checks RFC 7633) must refuse the connection as if the certificate were revoked. Configure stapling, or get a certificate without must-staple.</source>
        <translation>Das Zertifikat trägt das TLS-Feature status_request (RFC 7633, &quot;must-staple&quot;): Es verspricht, dass der Server immer eine OCSP-Antwort beilegt. Der Server hat keine gesendet, daher muss jeder Client, der das Versprechen einhält (Firefox und jeder TLS-Stack, der RFC 7633 prüft), die Verbindung ablehnen, als wäre das Zertifikat widerrufen. Richten Sie Stapling ein oder besorgen Sie ein Zertifikat ohne Must-Staple.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="354"/>
        <source>The stapled OCSP response says the certificate is revoked</source>
        <translation>Die beigelegte OCSP-Antwort besagt, dass das Zertifikat widerrufen ist</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="355"/>
        <source>The server itself staples its CA&apos;s answer that the certificate is revoked. Every client that looks at the staple fails verification, and the certificate cannot be trusted anyway: replace it (new key, new certificate) and fetch a fresh staple.</source>
        <translation>Der Server legt selbst die Antwort seiner CA bei, dass das Zertifikat widerrufen ist. Jeder Client, der den Staple prüft, scheitert an der Verifikation, und dem Zertifikat kann ohnehin nicht vertraut werden: Ersetzen Sie es (neuer Schlüssel, neues Zertifikat) und holen Sie einen frischen Staple.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="365"/>
        <source>The stapled OCSP response has expired</source>
        <translation>Die beigelegte OCSP-Antwort ist abgelaufen</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="366"/>
        <source>The staple&apos;s nextUpdate had passed when the server sent it: the server keeps serving an old response instead of fetching a new one. Clients that check staples treat an expired one as no answer or as a failure (with a must-staple certificate, a hard one). Whatever refreshes the OCSP file has stopped working.</source>
        <translation>Das nextUpdate des Staples war bereits verstrichen, als der Server ihn sandte: Der Server liefert weiter eine alte Antwort aus, statt eine neue zu holen. Clients, die Staples prüfen, behandeln einen abgelaufenen als keine Antwort oder als Fehler (bei einem Must-Staple-Zertifikat als harten Fehler). Was auch immer die OCSP-Datei erneuert, funktioniert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="372"/>
        <source>The stapled OCSP response does not vouch for the certificate</source>
        <translation>Die beigelegte OCSP-Antwort bürgt nicht für das Zertifikat</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="373"/>
        <source>The server staples something, but not a usable answer for its certificate: no OCSP response, an error status, no entry for the served certificate, or &quot;unknown&quot; (often the response of another certificate or issuer). Clients ignore it at best; the OCSP file is the wrong one or out of date.</source>
        <translation>Der Server legt etwas bei, aber keine brauchbare Antwort für sein Zertifikat: keine OCSP-Antwort, einen Fehlerstatus, keinen Eintrag für das ausgelieferte Zertifikat oder &quot;unknown&quot; (oft die Antwort für ein anderes Zertifikat oder einen anderen Aussteller). Clients ignorieren sie bestenfalls; die OCSP-Datei ist die falsche oder veraltet.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="379"/>
        <source>The server accepts TLS 1.3 early data (0-RTT)</source>
        <translation>Der Server nimmt TLS-1.3-Frühdaten (0-RTT) an</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="380"/>
        <source>Data a client sends with its first flight on a resumed TLS 1.3 connection is taken before the handshake is done. Such data can be replayed by an attacker who recorded it; the server must treat it as replayable. SMTP commands sent early are mostly harmless to repeat (EHLO), but a replayed message transaction would be delivered twice; mail clients and MTAs hardly ever use 0-RTT.</source>
        <translation>Daten, die ein Client auf einer wieder aufgenommenen TLS-1.3-Verbindung mit seinem ersten Flight sendet, werden angenommen, bevor der Handshake abgeschlossen ist. Ein Angreifer, der solche Daten aufgezeichnet hat, kann sie wiederholt einspielen; der Server muss sie als wiederholbar behandeln. Früh gesendete SMTP-Befehle lassen sich meist harmlos wiederholen (EHLO), aber eine wiederholt eingespielte Nachrichtentransaktion würde doppelt zugestellt; Mail-Clients und MTAs nutzen 0-RTT so gut wie nie.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="388"/>
        <source>Heartbleed: the server leaks memory (CVE-2014-0160)</source>
        <translation>Heartbleed: Der Server gibt Speicherinhalt preis (CVE-2014-0160)</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="389"/>
        <source>The server answered a heartbeat request with more bytes than the request carried: the rest is its own memory, which can hold private keys, passwords and other users&apos; mail. Anyone who can connect can read it, without leaving a trace in the usual logs. The TLS library is OpenSSL 1.0.1 to 1.0.1f or something built the same way. Upgrade it now, then replace the certificate&apos;s key and revoke the old certificate, and treat every password used over TLS with this server as known. (The leaked bytes were neither kept nor shown.)</source>
        <translation>Der Server hat eine Heartbeat-Anfrage mit mehr Bytes beantwortet, als die Anfrage trug: Der Rest ist sein eigener Speicher, der private Schlüssel, Passwörter und E-Mails anderer Benutzer enthalten kann. Jeder, der sich verbinden kann, kann ihn lesen, ohne Spuren in den üblichen Logs zu hinterlassen. Die TLS-Bibliothek ist OpenSSL 1.0.1 bis 1.0.1f oder etwas ebenso Gebautes. Aktualisieren Sie sie sofort, ersetzen Sie dann den Schlüssel des Zertifikats und widerrufen Sie das alte Zertifikat, und betrachten Sie jedes Passwort, das über TLS mit diesem Server verwendet wurde, als bekannt. (Die preisgegebenen Bytes wurden weder gespeichert noch angezeigt.)</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="398"/>
        <source>CCS injection: an early ChangeCipherSpec is accepted (CVE-2014-0224)</source>
        <translation>CCS-Injection: Ein verfrühtes ChangeCipherSpec wird angenommen (CVE-2014-0224)</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="399"/>
        <source>The server took a ChangeCipherSpec before any key exchange and switched to keys made from an empty premaster. A man in the middle between two such peers can make them use keys he knows and read or change the session. The TLS library is an OpenSSL before 0.9.8za, 1.0.0m or 1.0.1h: upgrade it.</source>
        <translation>Der Server hat ein ChangeCipherSpec vor jedem Schlüsselaustausch angenommen und auf Schlüssel aus einem leeren Premaster umgeschaltet. Ein Man-in-the-Middle zwischen zwei solchen Gegenstellen kann sie Schlüssel verwenden lassen, die er kennt, und die Sitzung mitlesen oder verändern. Die TLS-Bibliothek ist ein OpenSSL vor 0.9.8za, 1.0.0m oder 1.0.1h: Aktualisieren Sie es.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="405"/>
        <source>ROBOT: an RSA padding oracle (Bleichenbacher)</source>
        <translation>ROBOT: ein RSA-Padding-Orakel (Bleichenbacher)</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="406"/>
        <source>The server answers malformed RSA-encrypted premasters differently from a well-formed one. With many such connections an attacker can decrypt recorded sessions that used RSA key exchange, or sign with the server&apos;s key (Return Of Bleichenbacher&apos;s Oracle Threat, 2017). Upgrade the TLS library (or the appliance&apos;s firmware) and disable the RSA key exchange suites (TLS_RSA_*): ECDHE suites do not use the premaster this way.</source>
        <translation>Der Server beantwortet fehlerhafte RSA-verschlüsselte Premaster anders als einen korrekten. Mit vielen solchen Verbindungen kann ein Angreifer aufgezeichnete Sitzungen mit RSA-Schlüsselaustausch entschlüsseln oder mit dem Schlüssel des Servers signieren (Return Of Bleichenbacher&apos;s Oracle Threat, 2017). Aktualisieren Sie die TLS-Bibliothek (oder die Firmware der Appliance) und deaktivieren Sie die Suites mit RSA-Schlüsselaustausch (TLS_RSA_*): ECDHE-Suites verwenden den Premaster nicht auf diese Weise.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="413"/>
        <source>Ticketbleed: the session id leaks memory (CVE-2016-9244)</source>
        <translation>Ticketbleed: Die Session-ID gibt Speicherinhalt preis (CVE-2016-9244)</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="414"/>
        <source>The server echoed a 1-byte session id sent with a session ticket as a 32-byte one: the 31 extra bytes are its memory, which may hold other connections&apos; session secrets. Known from F5 BIG-IP with session tickets on; upgrade the firmware or turn session tickets off on that profile.</source>
        <translation>Der Server hat eine mit einem Session-Ticket gesendete 1-Byte-Session-ID als 32-Byte-ID zurückgegeben: Die 31 zusätzlichen Bytes sind sein Speicher, der Sitzungsgeheimnisse anderer Verbindungen enthalten kann. Bekannt von F5 BIG-IP mit aktivierten Session-Tickets; aktualisieren Sie die Firmware oder schalten Sie Session-Tickets in diesem Profil ab.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="427"/>
        <source>Commands sent before STARTTLS are executed inside TLS</source>
        <translation>Vor STARTTLS gesendete Befehle werden innerhalb von TLS ausgeführt</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="428"/>
        <source>A command written in cleartext right behind STARTTLS was kept by the server and answered inside the TLS session (the CVE-2011-0411 kind of bug). A man in the middle can therefore inject commands (a MAIL FROM, a RCPT TO; in IMAP, POP3 or ManageSieve a login or a command on the mailbox) that run as if the client had sent them under TLS, and steer or capture its mail or its authentication. The server must discard everything it read before the handshake.</source>
        <translation>Ein direkt hinter STARTTLS im Klartext geschriebener Befehl wurde vom Server aufbewahrt und innerhalb der TLS-Sitzung beantwortet (ein Fehler der Art CVE-2011-0411). Ein Man-in-the-Middle kann daher Befehle einschleusen (ein MAIL FROM, ein RCPT TO; bei IMAP, POP3 oder ManageSieve eine Anmeldung oder einen Befehl auf dem Postfach), die ausgeführt werden, als hätte der Client sie unter TLS gesendet, und so seine E-Mails oder seine Authentifizierung umlenken oder abgreifen. Der Server muss alles verwerfen, was er vor dem Handshake gelesen hat.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="442"/>
        <source>IMAP accepts passwords before STARTTLS</source>
        <translation>IMAP nimmt Passwörter vor STARTTLS an</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="443"/>
        <source>On the unencrypted connection the server offers a password login (no LOGINDISABLED, or AUTH=PLAIN/LOGIN listed) or began an AUTHENTICATE PLAIN exchange, so a mail client that does not insist on STARTTLS sends the user&apos;s password in cleartext. A server that refuses cleartext logins says LOGINDISABLED and refuses AUTHENTICATE PLAIN until TLS is up (RFC 9051 6.2.3). The probe cancelled the exchange; no credentials were sent.</source>
        <translation>Auf der unverschlüsselten Verbindung bietet der Server eine Passwortanmeldung an (kein LOGINDISABLED, oder AUTH=PLAIN/LOGIN aufgeführt) oder hat einen AUTHENTICATE-PLAIN-Austausch begonnen, daher sendet ein Mail-Client, der nicht auf STARTTLS besteht, das Passwort des Benutzers im Klartext. Ein Server, der Klartext-Anmeldungen ablehnt, meldet LOGINDISABLED und lehnt AUTHENTICATE PLAIN ab, bis TLS steht (RFC 9051 6.2.3). Die Probe hat den Austausch abgebrochen; es wurden keine Zugangsdaten gesendet.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="451"/>
        <source>POP3 offers password logins before STLS</source>
        <translation>POP3 bietet Passwortanmeldungen vor STLS an</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="452"/>
        <source>On the unencrypted connection the CAPA list offers USER or SASL PLAIN/LOGIN, or the server began an AUTH PLAIN exchange, so a mail client that does not insist on STLS sends the user&apos;s password in cleartext (RFC 2595 4, RFC 8314). The probe cancelled the exchange; no credentials were sent.</source>
        <translation>Auf der unverschlüsselten Verbindung bietet die CAPA-Liste USER oder SASL PLAIN/LOGIN an, oder der Server hat einen AUTH-PLAIN-Austausch begonnen, daher sendet ein Mail-Client, der nicht auf STLS besteht, das Passwort des Benutzers im Klartext (RFC 2595 4, RFC 8314). Die Probe hat den Austausch abgebrochen; es wurden keine Zugangsdaten gesendet.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="458"/>
        <source>ManageSieve offers SASL before STARTTLS</source>
        <translation>ManageSieve bietet SASL vor STARTTLS an</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="459"/>
        <source>The capability list the server greets with names SASL mechanisms on the unencrypted connection, or it began an AUTHENTICATE &quot;PLAIN&quot; exchange, so a Sieve client that does not insist on STARTTLS sends the user&apos;s password in cleartext (RFC 5804 2.1 and 4). The probe cancelled the exchange; no credentials were sent.</source>
        <translation>Die Capability-Liste, mit der der Server grüßt, nennt auf der unverschlüsselten Verbindung SASL-Mechanismen, oder er hat einen AUTHENTICATE-&quot;PLAIN&quot;-Austausch begonnen, daher sendet ein Sieve-Client, der nicht auf STARTTLS besteht, das Passwort des Benutzers im Klartext (RFC 5804 2.1 und 4). Die Probe hat den Austausch abgebrochen; es wurden keine Zugangsdaten gesendet.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="468"/>
        <source>The submission port accepts MAIL before STARTTLS</source>
        <translation>Der Submission-Port nimmt MAIL vor STARTTLS an</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="469"/>
        <source>On the submission port (587) the server accepted MAIL FROM before TLS was started. A client that is stripped of STARTTLS by a man in the middle sends its whole message, and often its password, in cleartext; RFC 8314 asks submission servers to require TLS first. (An MX on port 25 accepting cleartext mail is normal and raises nothing.)</source>
        <translation>Auf dem Submission-Port (587) hat der Server MAIL FROM angenommen, bevor TLS gestartet war. Ein Client, dem ein Man-in-the-Middle STARTTLS entzieht, sendet seine ganze Nachricht und oft sein Passwort im Klartext; RFC 8314 verlangt von Submission-Servern, zuerst TLS zu fordern. (Ein MX auf Port 25, der Klartext-Mail annimmt, ist normal und löst nichts aus.)</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="477"/>
        <source>The submission port offers AUTH before STARTTLS</source>
        <translation>Der Submission-Port bietet AUTH vor STARTTLS an</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="478"/>
        <source>On the submission port (587) the EHLO answer before TLS advertises AUTH, so a client (or one whose STARTTLS an attacker removed) may send its user name and password in cleartext. Offer AUTH only once TLS is up.</source>
        <translation>Auf dem Submission-Port (587) kündigt die EHLO-Antwort vor TLS AUTH an, daher kann ein Client (oder einer, dem ein Angreifer STARTTLS entfernt hat) Benutzername und Passwort im Klartext senden. Bieten Sie AUTH erst an, wenn TLS steht.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="494"/>
        <source>The server limited the scan&apos;s connections</source>
        <translation>Der Server hat die Verbindungen des Scans begrenzt</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="495"/>
        <source>The server turned connections away while we scanned (a 421 reply, a close before the greeting or during the dialogue, or a refused connect once it had answered). The scan waited and retried, so the results are complete; it only took longer. Busy answers were never counted as refusals.</source>
        <translation>Der Server hat während des Scans Verbindungen abgewiesen (eine Antwort 421, ein Schließen vor der Begrüßung oder während des Dialogs, oder ein abgelehnter Verbindungsaufbau, nachdem er schon geantwortet hatte). Der Scan hat gewartet und es erneut versucht, daher sind die Ergebnisse vollständig; es hat nur länger gedauert. Besetzt-Antworten wurden nie als Ablehnungen gezählt.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="501"/>
        <source>Some connections got no greeting in time</source>
        <translation>Einige Verbindungen erhielten nicht rechtzeitig eine Begrüßung</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="502"/>
        <source>The TCP connection was made, but the server sent no greeting within the timeout, and it never answered 421 or closed a connection. That fits two readings: a deliberate delay (a tarpit, a connection limit that holds instead of refusing), or a server or machine too loaded to take the connection in time (the kernel completes the TCP handshake; while the listen queue is full, the mail server accepts it seconds later, and a slow TCP connect points the same way). Which one, the scan cannot tell; the server&apos;s log at the time of the scan can (a connection logged late, or not at all, is load). The scan waited and retried, so the results are complete; no limit is claimed.</source>
        <translation>Die TCP-Verbindung kam zustande, aber der Server sandte innerhalb der Zeitgrenze keine Begrüßung, und er antwortete nie mit 421 und schloss keine Verbindung. Das lässt zwei Deutungen zu: eine absichtliche Verzögerung (ein Tarpit, eine Verbindungsgrenze, die hinhält, statt abzulehnen) oder ein Server oder Rechner, der zu ausgelastet ist, um die Verbindung rechtzeitig anzunehmen (der Kernel schließt den TCP-Handshake ab; solange die Listen-Warteschlange voll ist, nimmt der Mailserver sie erst Sekunden später an, und ein langsamer TCP-Verbindungsaufbau deutet in dieselbe Richtung). Welche davon, kann der Scan nicht sagen; das Log des Servers zur Zeit des Scans kann es (eine verspätet oder gar nicht protokollierte Verbindung bedeutet Last). Der Scan hat gewartet und es erneut versucht, daher sind die Ergebnisse vollständig; es wird keine Begrenzung behauptet.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="37"/>
        <source>The server does not offer %1</source>
        <translation>Der Server bietet kein %1 an</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="38"/>
        <source>The capability list before TLS does not name %1, so every mail client either logs in and reads mail in cleartext (passwords and messages readable on the path) or, if it requires TLS, cannot connect at all.</source>
        <translation>Die Capability-Liste vor TLS nennt kein %1, daher meldet sich jeder Mail-Client entweder im Klartext an und liest E-Mails im Klartext (Passwörter und Nachrichten sind auf dem Weg lesbar) oder kann, wenn er TLS verlangt, gar keine Verbindung aufbauen.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="47"/>
        <source>The EHLO reply does not list STARTTLS, so every partner either delivers in cleartext or, if it requires TLS (DANE, MTA-STS, a policy for this domain), defers the mail and retries until it bounces days later.</source>
        <translation>Die EHLO-Antwort nennt kein STARTTLS, daher stellt jeder Partner entweder im Klartext zu oder, wenn er TLS verlangt (DANE, MTA-STS, eine Richtlinie für diese Domain), stellt die E-Mail zurück und versucht es erneut, bis sie Tage später unzustellbar zurückgeht.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="56"/>
        <source>The server refuses STARTTLS it advertised</source>
        <translation>Der Server verweigert das angekündigte STARTTLS</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="57"/>
        <source>STARTTLS was listed in EHLO but the server answered it with an error, so no partner can start TLS. This usually means the server cannot load its certificate or key (check its log for the TLS error).</source>
        <translation>STARTTLS wurde in EHLO genannt, aber der Server hat es mit einem Fehler beantwortet, daher kann kein Partner TLS starten. Meist bedeutet das, dass der Server sein Zertifikat oder seinen Schlüssel nicht laden kann (suchen Sie in seinem Log nach dem TLS-Fehler).</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="69"/>
        <source>After answering 220 to STARTTLS the server sent %1 more byte(s) in cleartext before the TLS handshake. RFC 3207 allows nothing there. Either the server answers commands it read before TLS from a buffer it keeps across STARTTLS (the STARTTLS command-injection flaw, CVE-2011-0411 and kin), or a middlebox adds data. This client discarded the bytes; check the server&apos;s version against its advisories, and whether a proxy sits in front of it.</source>
        <translation>Nach der Antwort 220 auf STARTTLS hat der Server vor dem TLS-Handshake %1 weitere Byte(s) im Klartext gesendet. RFC 3207 erlaubt dort nichts. Entweder beantwortet der Server Befehle, die er vor TLS gelesen hat, aus einem Puffer, den er über STARTTLS hinweg behält (die STARTTLS-Befehlsinjektions-Lücke, CVE-2011-0411 und Verwandte), oder eine Middlebox fügt Daten hinzu. Dieser Client hat die Bytes verworfen; prüfen Sie die Version des Servers anhand seiner Sicherheitshinweise und ob ein Proxy vor ihm sitzt.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="88"/>
        <source>The server requires a client certificate</source>
        <translation>Der Server verlangt ein Client-Zertifikat</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="89"/>
        <source>The server asked for a client certificate (CertificateRequest) and ended the connection when none was sent. Partners without a certificate it trusts cannot deliver over TLS. Run again with --client-cert/--client-key, or make the certificate optional for this host.</source>
        <translation>Der Server hat ein Client-Zertifikat angefordert (CertificateRequest) und die Verbindung beendet, als keines gesendet wurde. Partner ohne ein Zertifikat, dem er vertraut, können nicht über TLS zustellen. Starten Sie erneut mit --client-cert/--client-key, oder machen Sie das Zertifikat für diesen Host optional.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="102"/>
        <source>The server answered 220 to STARTTLS but then sent no TLS handshake at all. Partners see a broken connection and fall back to cleartext or defer.</source>
        <translation>Der Server hat auf STARTTLS mit 220 geantwortet, dann aber gar keinen TLS-Handshake gesendet. Partner sehen eine kaputte Verbindung und weichen auf Klartext aus oder stellen zurück.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="104"/>
        <source>The server answered 220 to STARTTLS but then sent %1 byte(s) that never made a complete TLS handshake message (a truncated or malformed ServerHello, or something that is not TLS). Partners see a broken connection and fall back to cleartext or defer.</source>
        <translation>Der Server hat auf STARTTLS mit 220 geantwortet, dann aber %1 Byte(s) gesendet, die nie eine vollständige TLS-Handshake-Nachricht ergaben (ein abgeschnittenes oder fehlerhaftes ServerHello oder etwas, das kein TLS ist). Partner sehen eine kaputte Verbindung und weichen auf Klartext aus oder stellen zurück.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="114"/>
        <source>no alert (connection closed)</source>
        <translation>kein Alert (Verbindung geschlossen)</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="116"/>
        <source>The TLS handshake failed: %1</source>
        <translation>Der TLS-Handshake ist gescheitert: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="117"/>
        <source>Client and server could not agree on a TLS connection with this offer. An alert named handshake_failure or insufficient_security usually means no shared cipher suite or group; protocol_version means no shared TLS version. The scan shows what the server accepts.</source>
        <translation>Client und Server konnten sich mit diesem Angebot nicht auf eine TLS-Verbindung einigen. Ein Alert namens handshake_failure oder insufficient_security bedeutet meist keine gemeinsame Cipher-Suite oder Gruppe; protocol_version bedeutet keine gemeinsame TLS-Version. Der Scan zeigt, was der Server annimmt.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="131"/>
        <source>%1 was negotiated</source>
        <translation>%1 wurde ausgehandelt</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="132"/>
        <source>The server agreed to %1, a deprecated protocol version (RFC 8996). Modern clients refuse it; keep it only if a partner that cannot do TLS 1.2 still needs it.</source>
        <translation>Der Server hat %1 zugestimmt, einer veralteten Protokollversion (RFC 8996). Moderne Clients lehnen sie ab; behalten Sie sie nur, wenn ein Partner, der kein TLS 1.2 kann, sie noch braucht.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="139"/>
        <source>Diffie-Hellman prime of only %1 bits</source>
        <translation>Diffie-Hellman-Primzahl mit nur %1 Bit</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="140"/>
        <source>The server&apos;s DHE key exchange uses a %1-bit prime. GnuTLS clients (Exim on Debian among them) refuse primes under their minimum (often 2048 bits) and the handshake fails; primes this small are also within reach of precomputation attacks (Logjam).</source>
        <translation>Der DHE-Schlüsselaustausch des Servers verwendet eine Primzahl mit %1 Bit. GnuTLS-Clients (darunter Exim unter Debian) lehnen Primzahlen unter ihrem Minimum (oft 2048 Bit) ab, und der Handshake scheitert; so kleine Primzahlen sind außerdem für Vorberechnungsangriffe (Logjam) erreichbar.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="148"/>
        <source>TLS compression is enabled</source>
        <translation>TLS-Kompression ist aktiviert</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="149"/>
        <source>TLS-level compression leaks secrets through message sizes (CRIME).</source>
        <translation>Kompression auf TLS-Ebene verrät Geheimnisse über die Nachrichtengrößen (CRIME).</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="164"/>
        <source>AUTH %1 offered before STARTTLS</source>
        <translation>AUTH %1 vor STARTTLS angeboten</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="165"/>
        <source>The server offers password authentication on the unencrypted connection. A mail client that does not insist on TLS sends the password in cleartext (base64 is not encryption).</source>
        <translation>Der Server bietet Passwort-Authentifizierung auf der unverschlüsselten Verbindung an. Ein Mail-Client, der nicht auf TLS besteht, sendet das Passwort im Klartext (base64 ist keine Verschlüsselung).</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="189"/>
        <source>IMAP accepts passwords before STARTTLS (%1)</source>
        <translation>IMAP nimmt Passwörter vor STARTTLS an (%1)</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="191"/>
        <source>The CAPABILITY list on the unencrypted connection offers password mechanisms, so a mail client that does not insist on STARTTLS sends the user&apos;s password in cleartext, readable by anyone on the path. A server that refuses cleartext logins says LOGINDISABLED and lists no AUTH=PLAIN/LOGIN until TLS is up (RFC 9051 6.2.3).</source>
        <translation>Die CAPABILITY-Liste auf der unverschlüsselten Verbindung bietet Passwort-Mechanismen an, daher sendet ein Mail-Client, der nicht auf STARTTLS besteht, das Passwort des Benutzers im Klartext, lesbar für jeden auf dem Weg. Ein Server, der Klartext-Anmeldungen verweigert, meldet LOGINDISABLED und nennt kein AUTH=PLAIN/LOGIN, bevor TLS steht (RFC 9051 6.2.3).</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="196"/>
        <source>The CAPABILITY list on the unencrypted connection lacks LOGINDISABLED, so a mail client that does not insist on STARTTLS sends the user&apos;s password in cleartext, readable by anyone on the path. A server that refuses cleartext logins says LOGINDISABLED and lists no AUTH=PLAIN/LOGIN until TLS is up (RFC 9051 6.2.3).</source>
        <translation>Der CAPABILITY-Liste auf der unverschlüsselten Verbindung fehlt LOGINDISABLED, daher sendet ein Mail-Client, der nicht auf STARTTLS besteht, das Passwort des Benutzers im Klartext, lesbar für jeden auf dem Weg. Ein Server, der Klartext-Anmeldungen verweigert, meldet LOGINDISABLED und nennt kein AUTH=PLAIN/LOGIN, bevor TLS steht (RFC 9051 6.2.3).</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="214"/>
        <location filename="../core/diagnose/simulator.cpp" line="45"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="216"/>
        <source>POP3 offers password logins before STLS (%1)</source>
        <translation>POP3 bietet Passwort-Anmeldungen vor STLS an (%1)</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="217"/>
        <source>The CAPA list on the unencrypted connection offers %1, so a mail client that does not insist on STLS sends the user&apos;s password in cleartext. A server that refuses cleartext logins lists neither USER nor SASL PLAIN/LOGIN until TLS is up (RFC 2595 4, RFC 8314).</source>
        <translation>Die CAPA-Liste auf der unverschlüsselten Verbindung bietet %1 an, daher sendet ein Mail-Client, der nicht auf STLS besteht, das Passwort des Benutzers im Klartext. Ein Server, der Klartext-Anmeldungen verweigert, nennt weder USER noch SASL PLAIN/LOGIN, bevor TLS steht (RFC 2595 4, RFC 8314).</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="226"/>
        <source>ManageSieve offers SASL %1 before STARTTLS</source>
        <translation>ManageSieve bietet SASL %1 vor STARTTLS an</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="227"/>
        <source>The capability list the server greets with names SASL mechanisms on the unencrypted connection, so a Sieve client that does not insist on STARTTLS sends the user&apos;s password in cleartext (RFC 5804 2.1 and 4: PLAIN only under TLS).</source>
        <translation>Die Capability-Liste, mit der der Server grüßt, nennt auf der unverschlüsselten Verbindung SASL-Mechanismen, daher sendet ein Sieve-Client, der nicht auf STARTTLS besteht, das Passwort des Benutzers im Klartext (RFC 5804 2.1 und 4: PLAIN nur unter TLS).</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="239"/>
        <source>No login mechanism is offered after STARTTLS</source>
        <translation>Nach STARTTLS wird kein Anmeldemechanismus angeboten</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="240"/>
        <source>The server offered SASL mechanisms before TLS but lists none once TLS is up, so a client that (rightly) forgets the first list cannot log in.</source>
        <translation>Der Server hat vor TLS SASL-Mechanismen angeboten, nennt aber keine mehr, sobald TLS steht, daher kann sich ein Client, der die erste Liste (zu Recht) vergisst, nicht anmelden.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="38"/>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="163"/>
        <source>partner offers %1; server accepts %2</source>
        <translation>Partner bietet %1 an; Server nimmt %2 an</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="172"/>
        <source>Protocol mismatch: the server accepted no TLS version in the scan, so no partner can connect.</source>
        <translation>Protokollkonflikt: Der Server hat im Scan keine TLS-Version angenommen, daher kann sich kein Partner verbinden.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="174"/>
        <source>Protocol mismatch: the partner offers %1, but this server accepts only %2; enable %3 on the server.</source>
        <translation>Protokollkonflikt: Der Partner bietet %1 an, dieser Server nimmt aber nur %2 an; %3 auf dem Server einschalten.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="179"/>
        <source>Protocol mismatch: the partner offers only %1, but this server accepts only %2; the partner must enable %3 (or the server accept %4 again, which weakens it for everyone).</source>
        <translation>Protokollkonflikt: Der Partner bietet nur %1 an, dieser Server nimmt aber nur %2 an; der Partner muss %3 einschalten (oder der Server wieder %4 annehmen, was ihn für alle schwächt).</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="185"/>
        <source>The partner and the server share no TLS version</source>
        <translation>Partner und Server haben keine gemeinsame TLS-Version</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="193"/>
        <source>both speak %1: the server picks the highest, %1</source>
        <translation>beide sprechen %1: der Server wählt die höchste, %1</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="196"/>
        <source>server accepts %1 suites in %2; it picks in its own order</source>
        <translation>Server nimmt %1 Suites in %2 an; er wählt in seiner eigenen Reihenfolge</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="197"/>
        <source>server accepts %1 suites in %2; it follows the client&apos;s order</source>
        <translation>Server nimmt %1 Suites in %2 an; er folgt der Reihenfolge des Clients</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="209"/>
        <source>the partner&apos;s groups are not known; assumed to match</source>
        <translation>die Gruppen des Partners sind nicht bekannt; als passend angenommen</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="210"/>
        <source>the server&apos;s groups are not in the scan; assumed to match</source>
        <translation>die Gruppen des Servers sind nicht im Scan; als passend angenommen</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="239"/>
        <source>No shared cipher: in TLS 1.3 the partner offers %1 and the server accepts %2, none in common; enable TLS_AES_128_GCM_SHA256 and TLS_AES_256_GCM_SHA384 on the server.</source>
        <translation>Keine gemeinsame Cipher: In TLS 1.3 bietet der Partner %1 an und der Server nimmt %2 an, keine gemeinsam; TLS_AES_128_GCM_SHA256 und TLS_AES_256_GCM_SHA384 auf dem Server einschalten.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="243"/>
        <source>No TLS 1.3 suite in common</source>
        <translation>Keine gemeinsame TLS-1.3-Suite</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="254"/>
        <source>No shared key exchange group: in TLS 1.3 the partner offers %1 and the server accepts %2; enable x25519 and secp256r1 on the server.</source>
        <translation>Keine gemeinsame Schlüsselaustauschgruppe: In TLS 1.3 bietet der Partner %1 an und der Server nimmt %2 an; x25519 und secp256r1 auf dem Server einschalten.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="257"/>
        <source>No key exchange group in common</source>
        <translation>Keine gemeinsame Schlüsselaustauschgruppe</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="273"/>
        <source>No shared cipher: in TLS 1.3 this client accepts only %1 signatures; serve an %2 certificate alongside the %3 one.</source>
        <translation>Keine gemeinsame Cipher: In TLS 1.3 nimmt dieser Client nur %1-Signaturen an; ein %2-Zertifikat neben dem %3-Zertifikat ausliefern.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="275"/>
        <source>No shared cipher: in TLS 1.3 this client accepts only %1 signatures; serve a %2 certificate alongside the %3 one.</source>
        <translation>Keine gemeinsame Cipher: In TLS 1.3 nimmt dieser Client nur %1-Signaturen an; ein %2-Zertifikat neben dem %3-Zertifikat ausliefern.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="280"/>
        <source>The partner cannot verify the certificate type served</source>
        <translation>Der Partner kann den ausgelieferten Zertifikatstyp nicht prüfen</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="290"/>
        <source>agreed suite: %1</source>
        <translation>vereinbarte Suite: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="291"/>
        <location filename="../core/diagnose/simulator.cpp" line="436"/>
        <source>This partner connects: %1 with %2.</source>
        <translation>Dieser Partner verbindet sich: %1 mit %2.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="292"/>
        <location filename="../core/diagnose/simulator.cpp" line="431"/>
        <source>This partner connects: %1 with %2, key exchange %3.</source>
        <translation>Dieser Partner verbindet sich: %1 mit %2, Schlüsselaustausch %3.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="327"/>
        <source>No shared cipher: every suite this client offers needs an %1 certificate; serve an %1 certificate alongside the %2 one.</source>
        <translation>Keine gemeinsame Cipher: Jede Suite, die dieser Client anbietet, braucht ein %1-Zertifikat; ein %1-Zertifikat neben dem %2-Zertifikat ausliefern.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="329"/>
        <source>No shared cipher: every suite this client offers needs a %1 certificate; serve a %1 certificate alongside the %2 one.</source>
        <translation>Keine gemeinsame Cipher: Jede Suite, die dieser Client anbietet, braucht ein %1-Zertifikat; ein %1-Zertifikat neben dem %2-Zertifikat ausliefern.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="336"/>
        <source>No shared cipher: every suite this client offers needs %1  certificate; serve an %2 certificate alongside the %3 one.</source>
        <translation>Keine gemeinsame Cipher: Jede Suite, die dieser Client anbietet, braucht ein Zertifikat vom Typ %1; ein %2-Zertifikat neben dem %3-Zertifikat ausliefern.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="338"/>
        <source>No shared cipher: every suite this client offers needs %1  certificate; serve a %2 certificate alongside the %3 one.</source>
        <translation>Keine gemeinsame Cipher: Jede Suite, die dieser Client anbietet, braucht ein Zertifikat vom Typ %1; ein %2-Zertifikat neben dem %3-Zertifikat ausliefern.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="340"/>
        <source>an %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="345"/>
        <source>The partner&apos;s suites need %1 certificate; the server serves only %2</source>
        <translation>Die Suites des Partners brauchen ein Zertifikat vom Typ %1; der Server liefert nur %2 aus</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="353"/>
        <source>no suite in common: the partner&apos;s suites all need %1, the server has %2</source>
        <translation>keine gemeinsame Suite: Die Suites des Partners brauchen alle %1, der Server hat %2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="369"/>
        <source>No shared cipher: the only suites in common in %1 are ECDHE suites, and the partner&apos;s curves (%2) are not among the server&apos;s (%3); enable secp256r1 and x25519 on the server.</source>
        <translation>Keine gemeinsame Cipher: Die einzigen gemeinsamen Suites in %1 sind ECDHE-Suites, und die Kurven des Partners (%2) sind nicht unter denen des Servers (%3); secp256r1 und x25519 auf dem Server einschalten.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="373"/>
        <source>No shared cipher: in %1 the partner offers %2 suites and this server accepts %3, none in common; accepting %4 on the server would fix it.</source>
        <translation>Keine gemeinsame Cipher: In %1 bietet der Partner %2 Suites an und dieser Server nimmt %3 an, keine gemeinsam; %4 auf dem Server anzunehmen würde es beheben.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="380"/>
        <source>No shared cipher: in %1 the partner offers %2 suites and this server accepts %3, none in common.</source>
        <translation>Keine gemeinsame Cipher: In %1 bietet der Partner %2 Suites an und dieser Server nimmt %3 an, keine gemeinsam.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="387"/>
        <source>The partner and the server share no cipher suite</source>
        <translation>Partner und Server haben keine gemeinsame Cipher-Suite</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="395"/>
        <source>the server picks %1</source>
        <translation>der Server wählt %1</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="406"/>
        <source>the scan did not record the server&apos;s DH prime size</source>
        <translation>der Scan hat die Größe der DH-Primzahl des Servers nicht erfasst</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="409"/>
        <source>DH too small: the server would pick %1 and send a %2-bit DH prime, but this client requires at least %3 bits and ends the handshake; give the server a %4-bit DH group (or let it prefer ECDHE suites).</source>
        <translation>DH zu klein: Der Server würde %1 wählen und eine %2-Bit-DH-Primzahl senden, dieser Client verlangt aber mindestens %3 Bit und beendet den Handshake; dem Server eine %4-Bit-DH-Gruppe geben (oder ihn ECDHE-Suites bevorzugen lassen).</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="417"/>
        <source>The server&apos;s %1-bit DH prime is below the partner&apos;s minimum of %2 bits</source>
        <translation>Die %1-Bit-DH-Primzahl des Servers liegt unter dem Minimum des Partners von %2 Bit</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="423"/>
        <source>the server&apos;s DH prime has %1 bits; the partner requires %2</source>
        <translation>die DH-Primzahl des Servers hat %1 Bit; der Partner verlangt %2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="434"/>
        <source>This partner connects: %1 with %2, %3-bit DH.</source>
        <translation>Dieser Partner verbindet sich: %1 mit %2, %3-Bit-DH.</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="464"/>
        <source>%1 sent by us</source>
        <translation>%1, von uns gesendet</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="465"/>
        <source>%1 sent by us: %2</source>
        <translation>%1, von uns gesendet: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="495"/>
        <source>the connection closed during the handshake (no alert)</source>
        <translation>die Verbindung wurde während des Handshakes geschlossen (kein Alert)</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="497"/>
        <source>server refused: %1</source>
        <translation>Server lehnte ab: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="499"/>
        <source>our client gave up: the server&apos;s reply broke TLS (%1)</source>
        <translation>unser Client gab auf: die Antwort des Servers verletzte TLS (%1)</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="500"/>
        <source>our client refused the server&apos;s reply (%1)</source>
        <translation>unser Client lehnte die Antwort des Servers ab (%1)</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="515"/>
        <source>the server chose %1, which the partner does not offer</source>
        <translation>der Server wählte %1, das der Partner nicht anbietet</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="517"/>
        <source>the server sent a %1-bit DH prime; the partner requires %2 bits and ends the handshake</source>
        <translation>der Server sandte eine %1-Bit-DH-Primzahl; der Partner verlangt %2 Bit und beendet den Handshake</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="525"/>
        <source>no verdict: the live handshake could not be made (%1)</source>
        <translation>kein Urteil: der Live-Handshake kam nicht zustande (%1)</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="532"/>
        <source>prediction held: both agree on %1 with %2</source>
        <translation>Vorhersage bestätigt: beide einigen sich auf %1 mit %2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="533"/>
        <source>prediction did NOT hold: predicted %1 with %2, the server chose %3 with %4</source>
        <translation>Vorhersage NICHT bestätigt: vorhergesagt %1 mit %2, der Server wählte %3 mit %4</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="538"/>
        <source>prediction held: the real handshake failed too (%1)</source>
        <translation>Vorhersage bestätigt: der echte Handshake schlug ebenfalls fehl (%1)</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="541"/>
        <source>the server answered %1</source>
        <translation>der Server antwortete %1</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="543"/>
        <source>prediction did NOT hold: predicted failure (%1), but the real handshake agreed on %2 with %3</source>
        <translation>Vorhersage NICHT bestätigt: Fehlschlag vorhergesagt (%1), aber der echte Handshake einigte sich auf %2 mit %3</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="546"/>
        <source>prediction did NOT hold: predicted %1 with %2, but the real handshake failed (%3)</source>
        <translation>Vorhersage NICHT bestätigt: vorhergesagt %1 mit %2, aber der echte Handshake schlug fehl (%3)</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="../app/cli/common_options.cpp" line="95"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="96"/>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="97"/>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Unbekannte Option „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="98"/>
        <source>Unknown options: %1.</source>
        <translation>Unbekannte Optionen: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="99"/>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Fehlender Wert nach „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="100"/>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Unerwarteter Wert nach „%1“.</translation>
    </message>
</context>
<context>
    <name>WindowProxy</name>
    <message>
        <location filename="../ui/window_proxy.cpp" line="57"/>
        <source>via SOCKS5 %1</source>
        <translation>über SOCKS5 %1</translation>
    </message>
    <message>
        <location filename="../ui/window_proxy.cpp" line="59"/>
        <source>via HTTP proxy %1</source>
        <translation>über HTTP-Proxy %1</translation>
    </message>
</context>
<context>
    <name>mailtls</name>
    <message>
        <location filename="../app/cli/explain_command.cpp" line="39"/>
        <source>Usage: mailtls explain [options] SUITE...

Takes a cipher suite apart: key exchange, authentication, bulk cipher, MAC/PRF, the
protocol versions it exists in, forward secrecy, AEAD, its grade and why, and which
certificate a server needs to use it.

SUITE is a name in IANA, OpenSSL or GnuTLS notation (any case) or the suite&apos;s code:
  TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384   ECDHE-RSA-AES256-GCM-SHA384
  TLS_ECDHE_RSA_AES_256_GCM_SHA384        0xC030   0xC0,0x30

Options:
  --json FILE|-   write the breakdown as JSON to FILE, or to standard output with &apos;-&apos;
  --no-color      no colours (also when NO_COLOR is set or output is not a terminal)
  -h, --help      show this help

Exit codes: 0 every suite known, 2 unknown suite (close names are suggested) or usage error.

Examples:
  mailtls explain ECDHE-RSA-AES128-GCM-SHA256
  mailtls explain --json - TLS_AES_256_GCM_SHA384
</source>
        <translation>Aufruf: mailtls explain [Optionen] SUITE...

Nimmt eine Cipher-Suite auseinander: Schlüsselaustausch, Authentifizierung, Massenverschlüsselung,
MAC/PRF, die Protokollversionen, in denen sie existiert, Forward Secrecy, AEAD, ihre Note und warum,
und welches Zertifikat ein Server braucht, um sie zu nutzen.

SUITE ist ein Name in IANA-, OpenSSL- oder GnuTLS-Schreibweise (beliebige Groß-/Kleinschreibung)
oder der Code der Suite:
  TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384   ECDHE-RSA-AES256-GCM-SHA384
  TLS_ECDHE_RSA_AES_256_GCM_SHA384        0xC030   0xC0,0x30

Optionen:
  --json FILE|-   die Aufschlüsselung als JSON in FILE schreiben, oder mit &apos;-&apos; auf die Standardausgabe
  --no-color      keine Farben (auch wenn NO_COLOR gesetzt ist oder die Ausgabe kein Terminal ist)
  -h, --help      diese Hilfe anzeigen

Exit-Codes: 0 jede Suite bekannt, 2 unbekannte Suite (ähnliche Namen werden vorgeschlagen) oder
Aufruffehler.

Beispiele:
  mailtls explain ECDHE-RSA-AES128-GCM-SHA256
  mailtls explain --json - TLS_AES_256_GCM_SHA384
</translation>
    </message>
    <message>
        <location filename="../app/cli/explain_command.cpp" line="72"/>
        <source>(try &apos;mailtls explain --help&apos;)</source>
        <translation>(siehe &apos;mailtls explain --help&apos;)</translation>
    </message>
    <message>
        <location filename="../app/cli/explain_command.cpp" line="81"/>
        <source>name a cipher suite, e.g. &apos;mailtls explain ECDHE-RSA-AES128-GCM-SHA256&apos;</source>
        <translation>nennen Sie eine Cipher-Suite, z. B. &apos;mailtls explain ECDHE-RSA-AES128-GCM-SHA256&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="28"/>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="33"/>
        <source>No colours, even on a terminal.</source>
        <translation>Keine Farben, auch nicht im Terminal.</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="39"/>
        <source>Exit 1 when a finding is at least this severe: info, low, medium, high, critical.</source>
        <translation>Mit 1 beenden, wenn ein Befund mindestens so schwer ist: info, low, medium, high, critical.</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="46"/>
        <source>%1: smtp, lmtp, imap, pop3, sieve, none, or auto (the port, else the greeting; default: follows the port).</source>
        <translation>%1: smtp, lmtp, imap, pop3, sieve, none oder auto (nach dem Port, sonst nach der Begrüßung; Standard: folgt dem Port).</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="48"/>
        <source>Mail protocol before TLS</source>
        <translation>Mailprotokoll vor TLS</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="54"/>
        <source>Start TLS with the first byte (SMTPS, as on port 465).</source>
        <translation>TLS mit dem ersten Byte beginnen (SMTPS, wie auf Port 465).</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="60"/>
        <source>Server name sent in the TLS handshake (default: HOST when it is a name).</source>
        <translation>Servername, der im TLS-Handshake gesendet wird (Standard: HOST, wenn es ein Name ist).</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="66"/>
        <source>Send no server name indication.</source>
        <translation>Keine Server Name Indication (SNI) senden.</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="71"/>
        <source>Name sent in EHLO/LHLO (default: this machine&apos;s fully qualified name, from its host name, /etc/hosts or /etc/resolv.conf).</source>
        <translation>Name, der in EHLO/LHLO gesendet wird (Standard: der vollständige Name dieses Rechners, aus seinem Hostnamen, /etc/hosts oder /etc/resolv.conf).</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="79"/>
        <source>Deadline for each connect, read and write step (default: %1).</source>
        <translation>Zeitlimit für jeden Verbindungs-, Lese- und Schreibschritt (Standard: %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="86"/>
        <source>Write %1 to FILE; &apos;-&apos; writes it to stdout instead of the text.</source>
        <translation>%1 in FILE schreiben; „-“ schreibt ihn statt des Textes auf die Standardausgabe.</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="87"/>
        <source>the JSON report</source>
        <translation>den JSON-Bericht</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="237"/>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="261"/>
        <source>--%1 must be a number of seconds between 0 and 3600, not &apos;%2&apos;</source>
        <translation>--%1 muss eine Sekundenzahl zwischen 0 und 3600 sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="276"/>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein, nicht &apos;%4&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="287"/>
        <source>--%1 needs one name without spaces or line breaks</source>
        <translation>--%1 braucht einen Namen ohne Leerzeichen oder Zeilenumbrüche</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="304"/>
        <source>--starttls must be smtp, lmtp, imap, pop3, sieve, none or auto, not &apos;%1&apos;</source>
        <translation>--starttls muss smtp, lmtp, imap, pop3, sieve, none oder auto sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="326"/>
        <location filename="../app/cli/session_args.cpp" line="259"/>
        <source>--sni and --no-sni contradict each other</source>
        <translation>--sni und --no-sni widersprechen einander</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="343"/>
        <source>--json %1: is a directory</source>
        <translation>--json %1: ist ein Verzeichnis</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="348"/>
        <source>--json %1: directory %2 does not exist</source>
        <translation>--json %1: Verzeichnis %2 existiert nicht</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="352"/>
        <source>--json %1: directory %2 is not writable</source>
        <translation>--json %1: Verzeichnis %2 ist nicht beschreibbar</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="356"/>
        <source>--json %1: file is not writable</source>
        <translation>--json %1: Datei ist nicht beschreibbar</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="368"/>
        <location filename="../app/cli/explain_command.cpp" line="86"/>
        <location filename="../app/cli/records_command.cpp" line="188"/>
        <source>--json needs a file name or &apos;-&apos;</source>
        <translation>--json braucht einen Dateinamen oder &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="378"/>
        <source>--html needs a file name</source>
        <translation>--html braucht einen Dateinamen</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="379"/>
        <source>--html %1: %2</source>
        <translation>--html %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="387"/>
        <source>--pdf needs a file name</source>
        <translation>--pdf braucht einen Dateinamen</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="388"/>
        <source>--pdf %1: %2</source>
        <translation>--pdf %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="394"/>
        <source>--fail-on must be info, low, medium, high or critical, not &apos;%1&apos;</source>
        <translation>--fail-on muss info, low, medium, high oder critical sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="421"/>
        <source>%1%2: no such file</source>
        <translation>%1%2: Datei nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="422"/>
        <location filename="../app/cli/common_options.cpp" line="442"/>
        <location filename="../app/cli/common_options.cpp" line="449"/>
        <source>%1%2: cannot read (%3)</source>
        <translation>%1%2: nicht lesbar (%3)</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="426"/>
        <source>%1%2: is a directory</source>
        <translation>%1%2: ist ein Verzeichnis</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="431"/>
        <source>%1%2: is not a regular file (a pipe, socket or device); save it to a file first</source>
        <translation>%1%2: ist keine reguläre Datei (eine Pipe, ein Socket oder ein Gerät); speichern Sie den Inhalt zuerst in einer Datei</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="436"/>
        <source>%1%2: is not a regular file</source>
        <translation>%1%2: ist keine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="475"/>
        <location filename="../app/cli/compare_command.cpp" line="285"/>
        <location filename="../app/cli/domain_command.cpp" line="541"/>
        <location filename="../app/cli/explain_command.cpp" line="130"/>
        <location filename="../app/cli/log_command.cpp" line="513"/>
        <location filename="../app/cli/queue_command.cpp" line="631"/>
        <location filename="../app/cli/records_command.cpp" line="236"/>
        <location filename="../app/cli/simulate_command.cpp" line="476"/>
        <source>cannot write --json %1: %2</source>
        <translation>--json %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="485"/>
        <location filename="../app/cli/compare_command.cpp" line="292"/>
        <location filename="../app/cli/domain_command.cpp" line="548"/>
        <location filename="../app/cli/simulate_command.cpp" line="483"/>
        <source>cannot write --html %1: %2</source>
        <translation>--html %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="496"/>
        <location filename="../app/cli/compare_command.cpp" line="301"/>
        <location filename="../app/cli/domain_command.cpp" line="557"/>
        <location filename="../app/cli/simulate_command.cpp" line="491"/>
        <source>cannot write --pdf %1: %2</source>
        <translation>--pdf %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="506"/>
        <source>Write %1 as a PDF file (A4: the verdict, the findings with their fixes, the chain, the matrix), to forward to a partner&apos;s admin.</source>
        <translation>%1 als PDF-Datei schreiben (A4: das Urteil, die Befunde mit ihren Korrekturen, die Kette, die Matrix), zum Weiterleiten an den Admin eines Partners.</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="508"/>
        <source>the report</source>
        <translation>den Bericht</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="525"/>
        <source>passphrase file </source>
        <translation>Passphrase-Datei </translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="529"/>
        <source>cannot read passphrase file %1: %2</source>
        <translation>Passphrasen-Datei %1 nicht lesbar: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="536"/>
        <source>passphrase file %1 is empty (the first line is the passphrase)</source>
        <translation>Passphrasen-Datei %1 ist leer (die erste Zeile ist die Passphrase)</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="546"/>
        <source>Connect through a proxy: socks5://[USER@]HOST:PORT (socks5h:// the same; the proxy resolves host names) or http://[USER@]HOST:PORT (HTTP CONNECT). No password in the URL.</source>
        <translation>Über einen Proxy verbinden: socks5://[USER@]HOST:PORT (socks5h:// ebenso; der Proxy löst Hostnamen auf) oder http://[USER@]HOST:PORT (HTTP CONNECT). Kein Passwort in der URL.</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="554"/>
        <source>The proxy user&apos;s password: the first line of FILE (default: the environment variable MAILTLS_PROXY_PASSWORD).</source>
        <translation>Das Passwort des Proxy-Benutzers: die erste Zeile von FILE (Standard: die Umgebungsvariable MAILTLS_PROXY_PASSWORD).</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="562"/>
        <source>At most N connections through the proxy at once, for the whole run: every scan lane, session and fleet target shares them (default: %1; 1 to %2). A proxy that turns a connection away at its own limit is waited for and retried.</source>
        <translation>Höchstens N Verbindungen gleichzeitig über den Proxy, für den ganzen Lauf: jede Scan-Spur, Sitzung und jedes Flottenziel teilen sie sich (Standard: %1; 1 bis %2). Weist ein Proxy eine Verbindung an seiner eigenen Grenze ab, wird gewartet und erneut versucht.</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="577"/>
        <source>--proxy-pass-file needs --proxy</source>
        <translation>--proxy-pass-file braucht --proxy</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="581"/>
        <source>--proxy-connections needs --proxy</source>
        <translation>--proxy-connections braucht --proxy</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="591"/>
        <source>--proxy-connections: a number from 1 to %1, not &quot;%2&quot;</source>
        <translation>--proxy-connections: eine Zahl von 1 bis %1, nicht „%2“</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="601"/>
        <source>--proxy: %1</source>
        <translation>--proxy: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="605"/>
        <source>--proxy: empty URL</source>
        <translation>--proxy: leere URL</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="610"/>
        <source>--proxy-pass-file needs a user in the --proxy URL (socks5://USER@HOST:PORT)</source>
        <translation>--proxy-pass-file braucht einen Benutzer in der --proxy-URL (socks5://USER@HOST:PORT)</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="37"/>
        <source>Usage: mailtls COMMAND [options]

The TLS side of mail servers: SMTP/STARTTLS sessions, the TLS handshake, certificate
chains, findings and the Exim/Postfix settings that fix them.

Commands:
  session HOST[:PORT]   one real session: transcript, handshake, chain, findings
  scan HOST[:PORT]      versions, every IANA suite, preference, groups, DH size, cert types
  cert SUBCOMMAND       inspect certificate files; make keys, CSRs, a small CA, DH params
  explain SUITE         a cipher suite taken apart: kex, auth, cipher, MAC, grade, certificate
  simulate              will a partner (profile or cipher list) connect? outcome, reason, fix
  compare TARGET...     two or more servers or saved reports side by side, differences first
  practice-server       a loopback SMTP/TLS server to practise on (--list: personalities)
  log FILE...           mail logs read for TLS: partners, versions, failures by cause, what breaks if
  queue FILE|-          a queue listing (exim -bp, postqueue -j/-p): what is stuck, by domain and age
  fleet FILE|-          every partner at once: a session or scan per target, JSON Lines, a table
  domain DOMAIN         can mail for a domain be delivered securely? MX, DANE, MTA-STS, TLS-RPT
  records               what a domain publishes for DANE, MTA-STS, TLS-RPT; senders&apos; DANE settings

Options:
  -h, --help            show this help; &apos;mailtls COMMAND --help&apos; for a command
  -V, --version         show the version of mailtls, Qt and OpenSSL

Exit codes: 0 ok, 1 a finding at or above --fail-on, 2 usage error,
3 no answer to judge (unreachable, no reply in time, not a mail server; a refused TLS
handshake is an answer, and a finding), 130 interrupted.
</source>
        <translation>Aufruf: mailtls COMMAND [options]

Die TLS-Seite von Mailservern: SMTP/STARTTLS-Sitzungen, der TLS-Handshake, Zertifikatsketten,
Befunde und die Exim/Postfix-Einstellungen, die sie beheben.

Befehle:
  session HOST[:PORT]   eine echte Sitzung: Mitschnitt, Handshake, Kette, Befunde
  scan HOST[:PORT]      Versionen, jede IANA-Suite, Präferenz, Gruppen, DH-Größe, Zertifikatstypen
  cert SUBCOMMAND       Zertifikatsdateien prüfen; Schlüssel, CSRs, eine kleine CA, DH-Parameter erzeugen
  explain SUITE         eine Cipher-Suite zerlegt: Kex, Auth, Cipher, MAC, Note, Zertifikat
  simulate              verbindet sich ein Partner (Profil oder Cipher-Liste)? Ergebnis, Grund, Korrektur
  compare TARGET...     zwei oder mehr Server oder gespeicherte Berichte nebeneinander, Unterschiede zuerst
  practice-server       ein Loopback-SMTP/TLS-Server zum Üben (--list: Persönlichkeiten)
  log FILE...           Mail-Logs auf TLS gelesen: Partner, Versionen, Fehler nach Ursache, was bricht, wenn
  queue FILE|-          eine Queue-Liste (exim -bp, postqueue -j/-p): was hängt, nach Domain und Alter
  fleet FILE|-          alle Partner auf einmal: eine Sitzung oder ein Scan je Ziel, JSON Lines, eine Tabelle
  domain DOMAIN         kann Mail für eine Domain sicher zugestellt werden? MX, DANE, MTA-STS, TLS-RPT
  records               was eine Domain für DANE, MTA-STS, TLS-RPT veröffentlicht; DANE-Einstellungen der Absender

Optionen:
  -h, --help            diese Hilfe anzeigen; „mailtls COMMAND --help“ für einen Befehl
  -V, --version         die Version von mailtls, Qt und OpenSSL anzeigen

Exit-Codes: 0 ok, 1 ein Befund auf oder über --fail-on, 2 Aufruffehler,
3 keine Antwort zu beurteilen (nicht erreichbar, keine Antwort in der Zeit, kein Mailserver; ein
abgelehnter TLS-Handshake ist eine Antwort und ein Befund), 130 unterbrochen.
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="147"/>
        <source>&apos;%1&apos; is not available in this build yet (try &apos;mailtls --help&apos;)</source>
        <translation>&apos;%1&apos; ist in diesem Build noch nicht verfügbar (siehe &apos;mailtls --help&apos;)</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="150"/>
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
        <location filename="../app/cli/cert_inspect_command.cpp" line="38"/>
        <source>Reads certificate files (PEM or DER: certificates, chain bundles, private keys, PKCS#7,
PKCS#12) and reports the chain exactly as a server configured with them would send it:
certificates in file order, files in the order given. Checks the order (leaf first, then
each issuer), missing intermediates (against --ca-file or the system store), extra
certificates, an included root, whether a private key matches the leaf, and every
certificate finding of a live session (trust, dates, name, key and signature strength).</source>
        <translation>Liest Zertifikatsdateien (PEM oder DER: Zertifikate, Kettenbündel, private Schlüssel, PKCS#7,
PKCS#12) und zeigt die Kette genau so, wie ein damit konfigurierter Server sie senden würde:
Zertifikate in Dateireihenfolge, Dateien in der angegebenen Reihenfolge. Prüft die Reihenfolge
(Endzertifikat zuerst, dann jeder Aussteller), fehlende Zwischenzertifikate (gegen --ca-file oder
den Systemspeicher), überzählige Zertifikate, eine mitgelieferte Wurzel, ob ein privater Schlüssel
zum Endzertifikat passt, und jeden Zertifikatsbefund einer echten Sitzung (Vertrauen, Daten, Name,
Schlüssel- und Signaturstärke).</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="46"/>
        <source>
Finding ids beyond those of a session: chain.root_included (info), key.mismatch.

Exit codes:
  0    inspected (findings below --fail-on, if any)
  1    a finding at or above --fail-on
  2    usage error, or a file that cannot be read (damaged, wrong passphrase, no certificate)

Examples:
  mailtls cert inspect /etc/exim4/exim.crt /etc/exim4/exim.key --servername mx.example.org
  mailtls cert inspect fullchain.pem --ca-file private-root.pem --json -
  mailtls cert inspect bundle.p12 --passphrase-file p12.pass --fail-on medium
</source>
        <translation>
Befund-IDs über die einer Sitzung hinaus: chain.root_included (info), key.mismatch.

Exit-Codes:
  0    geprüft (Befunde, falls vorhanden, unter --fail-on)
  1    ein Befund auf oder über --fail-on
  2    Aufruffehler oder eine nicht lesbare Datei (beschädigt, falsche Passphrase, kein Zertifikat)

Beispiele:
  mailtls cert inspect /etc/exim4/exim.crt /etc/exim4/exim.key --servername mx.example.org
  mailtls cert inspect fullchain.pem --ca-file private-root.pem --json -
  mailtls cert inspect bundle.p12 --passphrase-file p12.pass --fail-on medium
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="72"/>
        <source>Passphrase for encrypted keys and PKCS#12 (first line of FILE).</source>
        <translation>Passphrase für verschlüsselte Schlüssel und PKCS#12 (erste Zeile von FILE).</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="75"/>
        <location filename="../app/cli/fleet_args.cpp" line="87"/>
        <location filename="../app/cli/session_args.cpp" line="75"/>
        <source>Trust these PEM certificates instead of the system store.</source>
        <translation>Diesen PEM-Zertifikaten statt dem Systemspeicher vertrauen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="78"/>
        <source>Name the certificate must match, e.g. the MX name (default: no name check).</source>
        <translation>Name, zu dem das Zertifikat passen muss, z. B. der MX-Name (Standard: keine Namensprüfung).</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="81"/>
        <source>cert.expires_soon when fewer days than this remain (default: 30).</source>
        <translation>cert.expires_soon, wenn weniger Tage als diese verbleiben (Standard: 30).</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="85"/>
        <source>Also write a self-contained, printable HTML report to FILE.</source>
        <translation>Zusätzlich einen eigenständigen, druckbaren HTML-Bericht in FILE schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="87"/>
        <source>the inspection</source>
        <translation>die Prüfung</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="91"/>
        <location filename="../app/cli/session_args.cpp" line="139"/>
        <source>Print only the one-line summary (errors still go to stderr).</source>
        <translation>Nur die einzeilige Zusammenfassung ausgeben (Fehler weiterhin auf stderr).</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="105"/>
        <source>Certificate, chain, key, PKCS#7 or PKCS#12 file; several in serving order.</source>
        <translation>Zertifikats-, Ketten-, Schlüssel-, PKCS#7- oder PKCS#12-Datei; mehrere in Auslieferungsreihenfolge.</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="133"/>
        <source>missing FILE</source>
        <translation>FILE fehlt</translation>
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
        <location filename="../app/cli/cert_inspect_command.cpp" line="260"/>
        <source>--ca-file %1: %2</source>
        <translation>--ca-file %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="277"/>
        <source>no certificate in %1 (only private keys)</source>
        <translation>kein Zertifikat in %1 (nur private Schlüssel)</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="291"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="291"/>
        <source>Files
</source>
        <translation>Dateien
</translation>
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
        <location filename="../app/cli/fleet_command.cpp" line="415"/>
        <location filename="../app/cli/practice_command.cpp" line="57"/>
        <location filename="../app/cli/practice_command.cpp" line="207"/>
        <location filename="../app/cli/report_printer.cpp" line="244"/>
        <location filename="../app/cli/report_printer.cpp" line="398"/>
        <location filename="../app/cli/report_printer.cpp" line="620"/>
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
        <location filename="../app/cli/fleet_command.cpp" line="417"/>
        <location filename="../app/cli/report_printer.cpp" line="251"/>
        <location filename="../app/cli/simulate_command.cpp" line="173"/>
        <location filename="../app/cli/simulate_command.cpp" line="351"/>
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
        <location filename="../app/cli/report_printer.cpp" line="596"/>
        <location filename="../app/cli/report_printer.cpp" line="646"/>
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
        <location filename="../app/cli/compare_command.cpp" line="198"/>
        <source>(try &apos;mailtls compare --help&apos;)</source>
        <translation>(siehe &apos;mailtls compare --help&apos;)</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="224"/>
        <source>  scanning %1 server(s)...
</source>
        <translation>  scanne %1 Server...
</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="228"/>
        <source>  scanned %1 (%2 connections, %3 s)
</source>
        <translation>  %1 gescannt (%2 Verbindungen, %3 s)
</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="237"/>
        <location filename="../app/cli/domain_command.cpp" line="526"/>
        <location filename="../app/cli/queue_command.cpp" line="660"/>
        <location filename="../app/cli/report_printer.cpp" line="454"/>
        <location filename="../app/cli/report_printer.cpp" line="674"/>
        <location filename="../app/cli/scan_command.cpp" line="88"/>
        <location filename="../app/cli/session_command.cpp" line="65"/>
        <location filename="../app/cli/session_command.cpp" line="164"/>
        <location filename="../app/cli/simulate_command.cpp" line="498"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="245"/>
        <location filename="../app/cli/scan_command.cpp" line="92"/>
        <location filename="../app/cli/simulate_command.cpp" line="459"/>
        <source>cannot scan %1: %2</source>
        <translation>%1 kann nicht gescannt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="263"/>
        <source>live scan now</source>
        <translation>jetzt live gescannt</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="265"/>
        <source>time unknown</source>
        <translation>Zeit unbekannt</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="266"/>
        <source>saved %1 report of %2, %3</source>
        <translation>gespeicherter %1-Bericht von %2, %3</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="456"/>
        <location filename="../app/cli/report_printer.cpp" line="676"/>
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
        <location filename="../app/cli/fleet_command.cpp" line="65"/>
        <source>stopped before it finished</source>
        <translation>vor dem Ende gestoppt</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="67"/>
        <source>not run: %1</source>
        <translation>nicht ausgeführt: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="100"/>
        <source>%1, %2 suites</source>
        <translation>%1, %2 Suites</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="112"/>
        <location filename="../app/cli/report_printer.cpp" line="471"/>
        <source>TLS handshake failed</source>
        <translation>TLS-Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="113"/>
        <location filename="../app/cli/report_printer.cpp" line="472"/>
        <source>TLS handshake failed (%1)</source>
        <translation>TLS-Handshake fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="129"/>
        <source>answers again (was: %1)</source>
        <translation>antwortet wieder (vorher: %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="130"/>
        <source>no longer answers: %1</source>
        <translation>antwortet nicht mehr: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="137"/>
        <source>new finding %1 (%2)</source>
        <translation>neuer Befund %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="141"/>
        <source>finding gone %1 (%2)</source>
        <translation>Befund entfallen %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="145"/>
        <source>version gained %1</source>
        <translation>Version hinzugekommen %1</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="149"/>
        <source>version lost %1</source>
        <translation>Version weggefallen %1</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="152"/>
        <source>certificate changed: SHA-256 %1… -&gt; %2…</source>
        <translation>Zertifikat geändert: SHA-256 %1… -&gt; %2…</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="155"/>
        <source>no certificate seen any more</source>
        <translation>kein Zertifikat mehr gesehen</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="156"/>
        <source>certificate seen (none before)</source>
        <translation>Zertifikat gesehen (vorher keins)</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="178"/>
        <source>expired %1 d ago</source>
        <translation>seit %1 T abgelaufen</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="178"/>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="216"/>
        <location filename="../app/cli/fleet_command.cpp" line="333"/>
        <source>cannot write --jsonl %1: %2</source>
        <translation>--jsonl %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="253"/>
        <source>%1: cannot read (%2)</source>
        <translation>%1: nicht lesbar (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="261"/>
        <source>%1: no target in the list</source>
        <translation>%1: kein Ziel in der Liste</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="275"/>
        <source>--resume %1</source>
        <translation>--resume %1</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="279"/>
        <source>--resume %1 (ignored)</source>
        <translation>--resume %1 (ignoriert)</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="299"/>
        <source>--baseline %1</source>
        <translation>--baseline %1</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="303"/>
        <source>--baseline %1 (ignored)</source>
        <translation>--baseline %1 (ignoriert)</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="400"/>
        <source>TARGET</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="400"/>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="401"/>
        <source>WORST FINDING</source>
        <translation>SCHWERSTER BEFUND</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="401"/>
        <source>CERT</source>
        <translation>ZERT.</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="402"/>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="426"/>
        <source>Changes since %1</source>
        <translation>Änderungen seit %1</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="434"/>
        <source>  %1: not in the baseline
</source>
        <translation>  %1: nicht in der Basislinie
</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="444"/>
        <source>  %1 unchanged, %2 not in the baseline

</source>
        <translation>  %1 unverändert, %2 nicht in der Basislinie

</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="448"/>
        <source>%1 targets</source>
        <translation>%1 Ziele</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="450"/>
        <source>%1 already in %2</source>
        <translation>%1 bereits in %2</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="451"/>
        <source>%1 ok</source>
        <translation>%1 ok</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="456"/>
        <source>with findings: %1</source>
        <translation>mit Befunden: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="457"/>
        <source>%1 unreachable</source>
        <translation>%1 nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="459"/>
        <source>%1 not checked</source>
        <translation>%1 nicht geprüft</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="460"/>
        <source>Total: %1; %2
</source>
        <translation>Gesamt: %1; %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="465"/>
        <source>interrupted: %1 of %2 targets checked</source>
        <translation>unterbrochen: %1 von %2 Zielen geprüft</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="473"/>
        <source>--max-time reached: %1 of %2 targets not checked</source>
        <translation>--max-time erreicht: %1 von %2 Zielen nicht geprüft</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="478"/>
        <source>no answer to judge: every target was unreachable</source>
        <translation>keine Antwort zu beurteilen: jedes Ziel war nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="476"/>
        <source>no TLS (STARTTLS refused: %1)</source>
        <translation>kein TLS (STARTTLS abgelehnt: %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="115"/>
        <location filename="../app/cli/report_printer.cpp" line="478"/>
        <source>no TLS</source>
        <translation>kein TLS</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="115"/>
        <location filename="../app/cli/report_printer.cpp" line="478"/>
        <source>no TLS (STARTTLS not offered)</source>
        <translation>kein TLS (STARTTLS nicht angeboten)</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="217"/>
        <location filename="../app/cli/report_printer.cpp" line="483"/>
        <location filename="../app/cli/report_printer.cpp" line="691"/>
        <source>no findings</source>
        <translation>keine Befunde</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="498"/>
        <source>likely: %1</source>
        <translation>vermutlich: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="531"/>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="533"/>
        <source>No scan ran.</source>
        <translation>Es lief kein Scan.</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="537"/>
        <source>Protocols</source>
        <translation>Protokollversionen</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="541"/>
        <location filename="../app/cli/report_printer.cpp" line="601"/>
        <location filename="../app/cli/report_printer.cpp" line="651"/>
        <source>not tested</source>
        <translation>nicht getestet</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="543"/>
        <location filename="../app/cli/report_printer.cpp" line="635"/>
        <source>accepted</source>
        <translation>akzeptiert</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="545"/>
        <source>not accepted</source>
        <translation>nicht akzeptiert</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="563"/>
        <source>client&apos;s order</source>
        <translation>Reihenfolge des Clients</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="565"/>
        <source>server&apos;s order</source>
        <translation>Reihenfolge des Servers</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="567"/>
        <source>order not tested</source>
        <translation>Reihenfolge nicht getestet</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="568"/>
        <source>%1 suites (%2, %3)</source>
        <translation>%1-Suites (%2, %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="580"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="580"/>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="581"/>
        <source>DH prime</source>
        <translation>DH-Primzahl</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="581"/>
        <source>%1 bits (smallest seen)</source>
        <translation>%1 Bit (kleinste gesehene)</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="582"/>
        <source>no DHE suite accepted</source>
        <translation>keine DHE-Suite akzeptiert</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="583"/>
        <source>Certificate types</source>
        <translation>Zertifikatstypen</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="584"/>
        <location filename="../app/cli/simulate_command.cpp" line="364"/>
        <source>none seen</source>
        <translation>keine gesehen</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="597"/>
        <location filename="../app/cli/report_printer.cpp" line="647"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="603"/>
        <source>Hygiene</source>
        <translation>Hygiene</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="609"/>
        <source>Attacks</source>
        <translation>Angriffe</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="610"/>
        <source>heartbleed leak %1, CCS injection accepted %2, ROBOT oracle %3, ticketbleed leak %4</source>
        <translation>Heartbleed-Leck %1, CCS-Injection akzeptiert %2, ROBOT-Orakel %3, Ticketbleed-Leck %4</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="614"/>
        <source> (no lifetime hint)</source>
        <translation> (ohne Lebensdauer-Hinweis)</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="614"/>
        <source> (lifetime %1 s)</source>
        <translation> (Lebensdauer %1 s)</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="616"/>
        <source>Resumption</source>
        <translation>Wiederaufnahme</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="617"/>
        <source>session id %1, ticket %2%3, TLS 1.3 ticket %4%5</source>
        <translation>Session-ID %1, Ticket %2%3, TLS-1.3-Ticket %4%5</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="622"/>
        <source>unusable (see --json)</source>
        <translation>unbrauchbar (siehe --json)</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="624"/>
        <source>, this update %1</source>
        <translation>, dieses Update %1</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="626"/>
        <source>, next update %1%2</source>
        <translation>, nächstes Update %1%2</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="628"/>
        <source> (passed)</source>
        <translation> (verstrichen)</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="631"/>
        <source>; the certificate is must-staple</source>
        <translation>; das Zertifikat verlangt Stapling (must-staple)</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="632"/>
        <source>OCSP staple</source>
        <translation>OCSP-Stapling</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="637"/>
        <source>not offered</source>
        <translation>nicht angeboten</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="637"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="638"/>
        <source>0-RTT</source>
        <translation>0-RTT</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="654"/>
        <source>role %1: MAIL before TLS %2, AUTH before TLS %3, command injection %4</source>
        <translation>Rolle %1: MAIL vor TLS %2, AUTH vor TLS %3, Befehlsinjektion %4</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="657"/>
        <source>%1 byte(s) of cleartext after the 220 to STARTTLS</source>
        <translation>%1 Byte Klartext nach der 220 auf STARTTLS</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="659"/>
        <source>%1 connections, %2 handshakes</source>
        <translation>%1 Verbindungen, %2 Handshakes</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="661"/>
        <source>, %1 retries after busy answers</source>
        <translation>, %1 Wiederholungen nach Besetzt-Antworten</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="662"/>
        <source>Cost</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="662"/>
        <source> in %1 s</source>
        <translation> in %1 s</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="98"/>
        <location filename="../app/cli/report_printer.cpp" line="686"/>
        <source>no TLS version accepted</source>
        <translation>keine TLS-Version akzeptiert</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="687"/>
        <source>%1; %2 suite/version pairs</source>
        <translation>%1; %2 Suite/Version-Paare</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="688"/>
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
        <location filename="../app/cli/scan_command.cpp" line="104"/>
        <source>(try &apos;mailtls scan --help&apos;)</source>
        <translation>(siehe &apos;mailtls scan --help&apos;)</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="32"/>
        <source>Predicts whether a mail partner can make a TLS connection to a server: the version and suite
they would agree on, or why they cannot (compat.no_shared_cipher, compat.protocol_mismatch,
compat.dh_too_small, compat.cert_type_mismatch) in a sentence to forward to the partner, with
the Exim and Postfix lines that fix it. The server is a live target (scanned first, then one
real handshake with exactly the partner&apos;s offer confirms the prediction) or a saved
&apos;mailtls scan --json&apos; report. The partner is a built-in profile or a pasted cipher list.</source>
        <translation>Sagt voraus, ob ein Mailpartner eine TLS-Verbindung zu einem Server aufbauen kann: die Version und
Suite, auf die sie sich einigen würden, oder warum nicht (compat.no_shared_cipher,
compat.protocol_mismatch, compat.dh_too_small, compat.cert_type_mismatch) in einem Satz zum
Weiterleiten an den Partner, mit den Exim- und Postfix-Zeilen, die es beheben. Der Server ist ein
laufendes Ziel (zuerst gescannt, dann bestätigt ein echter Handshake mit genau dem Angebot des
Partners die Vorhersage) oder ein gespeicherter „mailtls scan --json“-Bericht. Der Partner ist ein
eingebautes Profil oder eine eingefügte Cipher-Liste.</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="40"/>
        <source>
Cipher lists (--cipher-list):
  OpenSSL  ECDHE-RSA-AES128-SHA:RC4-SHA  (names map one by one; keywords such as HIGH:!aNULL
           are expanded by the linked OpenSSL, which has no RC4/3DES)
  IANA     TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_3DES_EDE_CBC_SHA
  GnuTLS   NORMAL:-VERS-ALL:+VERS-TLS1.2:+3DES-CBC  (expanded by gnutls-cli when installed,
           else by a built-in table; versions, groups and signatures come with it)
  Without --versions a pasted list is offered with TLS 1.0 - 1.2 (and 1.3 when it names
  TLS 1.3 suites); a GnuTLS string brings its own versions.

Exit codes:
  0    the partner connects
  1    the partner fails (compat.* findings are &apos;high&apos;; --fail-on critical keeps exit 0)
  2    usage error (including an unwritable --json, --html or --pdf path)
  3    no answer to judge: unreachable, no reply in time (also during the TLS handshake),
       or no STARTTLS or no mail server. A server that answers and refuses or breaks
       the handshake has answered: that is a finding (0, or 1 with --fail-on)
  130  interrupted (Ctrl-C)

Examples:
  mailtls simulate --list-profiles
  mailtls simulate --server mx.example.org --client gateway-rsa-legacy
  mailtls simulate --report scan.json --client gnutls-normal-dh2048
  mailtls simulate --server mx.example.org --client gateway-rsa-legacy --pdf for-partner.pdf
  mailtls simulate --server 127.0.0.1:2525 --cipher-list &apos;NORMAL:-VERS-ALL:+VERS-TLS1.2&apos; --json -
</source>
        <translation>
Cipher-Listen (--cipher-list):
  OpenSSL  ECDHE-RSA-AES128-SHA:RC4-SHA  (Namen werden einzeln zugeordnet; Schlüsselwörter wie
           HIGH:!aNULL expandiert das gelinkte OpenSSL, das kein RC4/3DES hat)
  IANA     TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_3DES_EDE_CBC_SHA
  GnuTLS   NORMAL:-VERS-ALL:+VERS-TLS1.2:+3DES-CBC  (expandiert von gnutls-cli, wenn installiert,
           sonst von einer eingebauten Tabelle; Versionen, Gruppen und Signaturen kommen mit)
  Ohne --versions wird eine eingefügte Liste mit TLS 1.0 - 1.2 angeboten (und 1.3, wenn sie
  TLS-1.3-Suites nennt); ein GnuTLS-String bringt seine eigenen Versionen mit.

Exit-Codes:
  0    der Partner verbindet sich
  1    der Partner scheitert (compat.*-Befunde sind „high“; --fail-on critical behält Exit 0)
  2    Aufruffehler (auch ein nicht beschreibbarer Pfad für --json, --html oder --pdf)
  3    keine Antwort zu beurteilen: nicht erreichbar, keine Antwort in der Zeit (auch während des
       TLS-Handshakes), oder kein STARTTLS oder kein Mailserver. Ein Server, der antwortet und den
       Handshake ablehnt oder abbricht, hat geantwortet: das ist ein Befund (0, oder 1 mit --fail-on)
  130  unterbrochen (Strg-C)

Beispiele:
  mailtls simulate --list-profiles
  mailtls simulate --server mx.example.org --client gateway-rsa-legacy
  mailtls simulate --report scan.json --client gnutls-normal-dh2048
  mailtls simulate --server mx.example.org --client gateway-rsa-legacy --pdf for-partner.pdf
  mailtls simulate --server 127.0.0.1:2525 --cipher-list &apos;NORMAL:-VERS-ALL:+VERS-TLS1.2&apos; --json -
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="69"/>
        <source>Live mail server to scan and try (PORT defaults to 25).</source>
        <translation>Laufender Mailserver, der gescannt und probiert wird (PORT ist standardmäßig 25).</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="71"/>
        <source>Saved &apos;mailtls scan --json&apos; report to predict from.</source>
        <translation>Gespeicherter Bericht von „mailtls scan --json“, aus dem vorhergesagt wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="73"/>
        <source>Built-in partner profile (see --list-profiles).</source>
        <translation>Eingebautes Partnerprofil (siehe --list-profiles).</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="76"/>
        <source>The partner&apos;s suites: OpenSSL or IANA names, or a GnuTLS priority string.</source>
        <translation>Die Suites des Partners: OpenSSL- oder IANA-Namen oder ein GnuTLS-Prioritätsstring.</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="78"/>
        <source>How to read --cipher-list: auto (default), openssl, iana, gnutls.</source>
        <translation>Wie --cipher-list gelesen wird: auto (Standard), openssl, iana, gnutls.</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="81"/>
        <source>Versions the partner offers, e.g. 1.0,1.1,1.2 (replaces the profile&apos;s).</source>
        <translation>Versionen, die der Partner anbietet, z. B. 1.0,1.1,1.2 (ersetzt die des Profils).</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="83"/>
        <source>Groups the partner offers, e.g. x25519:secp256r1.</source>
        <translation>Gruppen, die der Partner anbietet, z. B. x25519:secp256r1.</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="85"/>
        <source>Smallest DHE prime the partner accepts (0: any).</source>
        <translation>Kleinste DHE-Primzahl, die der Partner annimmt (0: jede).</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="88"/>
        <source>Signature algorithms the partner accepts, e.g. RSA+SHA256:rsa_pss_rsae_sha256.</source>
        <translation>Signaturalgorithmen, die der Partner annimmt, z. B. RSA+SHA256:rsa_pss_rsae_sha256.</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="90"/>
        <source>List the built-in profiles and exit.</source>
        <translation>Die eingebauten Profile auflisten und beenden.</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="92"/>
        <source>With --server: scan and predict, but make no confirming handshake.</source>
        <translation>Mit --server: scannen und vorhersagen, aber keinen bestätigenden Handshake machen.</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="94"/>
        <source>Start TLS with the first byte (SMTPS).</source>
        <translation>TLS mit dem ersten Byte beginnen (SMTPS).</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="95"/>
        <source>Server name sent in the handshake (default: HOST when a name).</source>
        <translation>Servername, der im Handshake gesendet wird (Standard: HOST, wenn ein Name).</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="98"/>
        <source>Deadline for each network step (default: 10).</source>
        <translation>Zeitlimit für jeden Netzwerkschritt (Standard: 10).</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="100"/>
        <source>Connections open at once during the scan (default: 4).</source>
        <translation>Gleichzeitig offene Verbindungen während des Scans (Standard: 4).</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="105"/>
        <source>the JSON report (kind &quot;simulate&quot;)</source>
        <translation>den JSON-Bericht (Art „simulate“)</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="107"/>
        <source>Also write the simulation as one self-contained, printable HTML file.</source>
        <translation>Die Simulation zusätzlich als eine eigenständige, druckbare HTML-Datei schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="110"/>
        <source>Write the simulation as a PDF file (A4: the verdict, the reason and the fix, then what each side offers), to forward to the partner&apos;s admin.</source>
        <translation>Die Simulation als PDF-Datei schreiben (A4: das Urteil, der Grund und die Korrektur, dann was jede Seite anbietet), zum Weiterleiten an den Admin des Partners.</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="114"/>
        <source>Exit 1 when a finding is at least this severe (default: high).</source>
        <translation>Mit 1 beenden, wenn ein Befund mindestens so schwer ist (Standard: high).</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="115"/>
        <source>No colours.</source>
        <translation>Keine Farben.</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="116"/>
        <source>Print only the verdict line.</source>
        <translation>Nur die Urteilszeile ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="166"/>
        <source>Built-in partner profiles (mailtls simulate --client NAME):

</source>
        <translation>Eingebaute Partnerprofile (mailtls simulate --client NAME):

</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="169"/>
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
        <location filename="../app/cli/simulate_command.cpp" line="173"/>
        <location filename="../app/cli/simulate_command.cpp" line="351"/>
        <location filename="../app/cli/simulate_command.cpp" line="364"/>
        <source>%1 bits</source>
        <translation>%1 Bit</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="174"/>
        <location filename="../app/cli/simulate_command.cpp" line="352"/>
        <source>source: </source>
        <translation>Quelle: </translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="177"/>
        <source>  (a profile file did not load: %1)
</source>
        <translation>  (eine Profildatei ließ sich nicht laden: %1)
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="203"/>
        <source>unexpected &apos;%1&apos;: name the server with --server or --report</source>
        <translation>unerwartet &apos;%1&apos;: nennen Sie den Server mit --server oder --report</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="208"/>
        <source>name the server with either --server HOST[:PORT] or --report FILE.json</source>
        <translation>nennen Sie den Server entweder mit --server HOST[:PORT] oder mit --report FILE.json</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="231"/>
        <source>--%1 needs --server (a report is not contacted)</source>
        <translation>--%1 braucht --server (ein Bericht wird nicht kontaktiert)</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="237"/>
        <source>--report %1</source>
        <translation>--report %1</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="241"/>
        <source>--report %1: holds no scan section (make one with &apos;mailtls scan HOST --json FILE&apos;)</source>
        <translation>--report %1: enthält keinen Scan-Abschnitt (erstellen mit &apos;mailtls scan HOST --json FILE&apos;)</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="247"/>
        <source>name the partner with either --client PROFILE or --cipher-list LIST</source>
        <translation>nennen Sie den Partner entweder mit --client PROFILE oder mit --cipher-list LIST</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="257"/>
        <source>unknown profile &apos;%1&apos;; built-in: %2</source>
        <translation>unbekanntes Profil &apos;%1&apos;; eingebaut: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="262"/>
        <source>--syntax applies to --cipher-list only</source>
        <translation>--syntax gilt nur für --cipher-list</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="268"/>
        <source>--syntax must be auto, openssl, iana or gnutls, not &apos;%1&apos;</source>
        <translation>--syntax muss auto, openssl, iana oder gnutls sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="273"/>
        <source>--cipher-list: %1</source>
        <translation>--cipher-list: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="286"/>
        <source>--versions: unknown version &apos;%1&apos; (use 1.0, 1.1, 1.2, 1.3 or SSLv3)</source>
        <translation>--versions: unbekannte Version &apos;%1&apos; (erlaubt: 1.0, 1.1, 1.2, 1.3 oder SSLv3)</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="301"/>
        <source>--groups: unknown group &apos;%1&apos;</source>
        <translation>--groups: unbekannte Gruppe &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="313"/>
        <source>--sigalgs: unknown signature algorithm &apos;%1&apos;</source>
        <translation>--sigalgs: unbekannter Signaturalgorithmus &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="324"/>
        <source>--min-dh-bits must be a whole number from 0 to 16384, not &apos;%1&apos;</source>
        <translation>--min-dh-bits muss eine ganze Zahl von 0 bis 16384 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="329"/>
        <source>the partner offers no suite for any of its versions (%1)</source>
        <translation>der Partner bietet für keine seiner Versionen eine Suite an (%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="345"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="346"/>
        <source>          offers %1; %2 suites up to TLS 1.2, %3 TLS 1.3 suites; groups: %4; minimum DH: %5
</source>
        <translation>          bietet %1; %2 Suites bis TLS 1.2, %3 TLS-1.3-Suites; Gruppen: %4; minimale DH-Größe: %5
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="350"/>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="354"/>
        <source>          not understood (left out): %1
</source>
        <translation>          nicht verstanden (weggelassen): %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="360"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="361"/>
        <source>          accepts %1; certificates: %2; DH prime: %3
</source>
        <translation>          akzeptiert %1; Zertifikate: %2; DH-Primzahl: %3
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="362"/>
        <source>no version</source>
        <translation>keine Version</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="299"/>
        <location filename="../app/cli/queue_command.cpp" line="323"/>
        <location filename="../app/cli/simulate_command.cpp" line="363"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="367"/>
        <source>Prediction: CONNECTS — %1 with %2%3
</source>
        <translation>Vorhersage: VERBINDET — %1 mit %2%3
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="369"/>
        <location filename="../app/cli/simulate_command.cpp" line="396"/>
        <source>, group %1</source>
        <translation>, Gruppe %1</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="371"/>
        <source>Prediction: FAILS — %1
</source>
        <translation>Vorhersage: SCHEITERT — %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="374"/>
        <source>  How:
</source>
        <translation>  Wie:
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="381"/>
        <source>
Fix for Exim:
</source>
        <translation>
Lösung für Exim:
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="383"/>
        <source>Fix for Postfix:
</source>
        <translation>Lösung für Postfix:
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="387"/>
        <source>
Live handshake (%1)
</source>
        <translation>
Echter Handshake (%1)
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="388"/>
        <source>mailtls&apos;s own ClientHello: the exact offer</source>
        <translation>das eigene ClientHello von mailtls: genau das Angebot</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="389"/>
        <source>OpenSSL client with the partner&apos;s offer</source>
        <translation>OpenSSL-Client mit dem Angebot des Partners</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="391"/>
        <source>  left out (this OpenSSL cannot send them): %1
</source>
        <translation>  weggelassen (dieses OpenSSL kann sie nicht senden): %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="393"/>
        <source>  server chose %1 with %2%3
</source>
        <translation>  Server wählte %1 mit %2%3
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="395"/>
        <source>, %1-bit DH prime</source>
        <translation>, %1-Bit-DH-Primzahl</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="400"/>
        <source>  the partner would stop here: %1
</source>
        <translation>  der Partner würde hier abbrechen: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="402"/>
        <source>  error: %1
</source>
        <translation>  Fehler: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="445"/>
        <source>  scanning the server: %1/%2 connections </source>
        <translation>  scanne den Server: %1/%2 Verbindungen </translation>
    </message>
    <message>
        <location filename="../app/cli/cert_command.cpp" line="13"/>
        <source>Usage: mailtls cert SUBCOMMAND [options]

Certificates for mail servers: look at what you have, make what you need.

Subcommands:
  inspect FILE...   the chain in certificate/key files as a server would send it, with findings
  key               a private key (rsa2048|rsa3072|rsa4096|ec-p256|ec-p384|ed25519)
  selfsigned        a self-signed server certificate and its key
  csr               a certificate signing request (with SANs) for a public or private CA
  ca init           a small CA in a directory (or a subordinate CA with --parent-ca-dir)
  ca sign           sign a request with that CA (serial numbers tracked)
  dhparam           Diffie-Hellman parameters for DHE suites
  pkcs12            certificate + key (+ chain) in one passphrase-protected .p12 file

&apos;mailtls cert SUBCOMMAND --help&apos; describes each. Generating commands print what they
wrote and the Exim and Postfix lines that use it. Private keys are written 0600 and no
existing file is replaced without --force.

Exit codes: 0 ok, 1 a finding at or above --fail-on (inspect), 2 usage or file error
(including a wrong passphrase), 130 interrupted.
</source>
        <translation>Aufruf: mailtls cert UNTERBEFEHL [Optionen]

Zertifikate für Mailserver: prüfen, was Sie haben, erzeugen, was Sie brauchen.

Unterbefehle:
  inspect FILE...   die Kette in Zertifikats-/Schlüsseldateien, wie ein Server sie senden würde, mit Befunden
  key               ein privater Schlüssel (rsa2048|rsa3072|rsa4096|ec-p256|ec-p384|ed25519)
  selfsigned        ein selbstsigniertes Serverzertifikat und sein Schlüssel
  csr               eine Zertifikatsanforderung (mit SANs) für eine öffentliche oder private CA
  ca init           eine kleine CA in einem Verzeichnis (oder eine Unter-CA mit --parent-ca-dir)
  ca sign           eine Anforderung mit dieser CA signieren (Seriennummern werden verfolgt)
  dhparam           Diffie-Hellman-Parameter für DHE-Suites
  pkcs12            Zertifikat + Schlüssel (+ Kette) in einer passphrasengeschützten .p12-Datei

&apos;mailtls cert UNTERBEFEHL --help&apos; beschreibt jeden. Erzeugende Befehle zeigen, was sie
geschrieben haben, und die Exim- und Postfix-Zeilen, die es verwenden. Private Schlüssel werden
mit 0600 geschrieben, und keine vorhandene Datei wird ohne --force ersetzt.

Exit-Codes: 0 ok, 1 ein Befund auf oder über --fail-on (inspect), 2 Aufruf- oder Dateifehler
(auch eine falsche Passphrase), 130 unterbrochen.
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_command.cpp" line="63"/>
        <source>Usage: mailtls cert ca init|sign [options]
&apos;mailtls cert ca init --help&apos; and &apos;mailtls cert ca sign --help&apos; describe each.
</source>
        <translation>Aufruf: mailtls cert ca init|sign [Optionen]
&apos;mailtls cert ca init --help&apos; und &apos;mailtls cert ca sign --help&apos; beschreiben beide.
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_command.cpp" line="68"/>
        <source>say &apos;init&apos; or &apos;sign&apos; (try &apos;mailtls cert ca init --help&apos;)</source>
        <translation>&apos;init&apos; oder &apos;sign&apos; angeben (siehe &apos;mailtls cert ca init --help&apos;)</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_command.cpp" line="69"/>
        <source>unknown action &apos;%1&apos;: &apos;init&apos; or &apos;sign&apos;</source>
        <translation>unbekannte Aktion &apos;%1&apos;: &apos;init&apos; oder &apos;sign&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_command.cpp" line="76"/>
        <source>unknown subcommand &apos;%1&apos; (try &apos;mailtls cert --help&apos;)</source>
        <translation>unbekannter Unterbefehl &apos;%1&apos; (siehe &apos;mailtls cert --help&apos;)</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="44"/>
        <source>Subject syntax (--subject): NAME=VALUE pairs separated by commas, e.g.
  &quot;O=Example GmbH,OU=Mail,L=Berlin,C=DE&quot;. Names: CN, O, OU, C, ST, L, emailAddress, DC, ...
  A backslash makes the next character literal (O=Smith\, Jones); a value in double quotes
  keeps commas (O=&quot;Smith, Jones&quot;). C is a two-letter country code. --cn adds the CN.
</source>
        <translation>Subject-Syntax (--subject): NAME=WERT-Paare, durch Kommas getrennt, z. B.
  &quot;O=Example GmbH,OU=Mail,L=Berlin,C=DE&quot;. Namen: CN, O, OU, C, ST, L, emailAddress, DC, ...
  Ein Backslash macht das nächste Zeichen wörtlich (O=Smith\, Jones); ein Wert in doppelten
  Anführungszeichen behält Kommas (O=&quot;Smith, Jones&quot;). C ist ein zweibuchstabiger Ländercode. --cn fügt den CN hinzu.
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="50"/>
        <source>SAN syntax (--san): TYPE:VALUE entries separated by commas, TYPE one of DNS, IP, email, URI:
  DNS:mail.example.org,DNS:*.example.org,IP:192.0.2.25,IP:2001:db8::25,email:postmaster@example.org
  (IPv6 needs no brackets: everything after the first colon is the value). Repeat --san or
  use commas. Mail clients match the SANs, not the CN: a server certificate needs one.
</source>
        <translation>SAN-Syntax (--san): TYP:WERT-Einträge, durch Kommas getrennt, TYP einer von DNS, IP, email, URI:
  DNS:mail.example.org,DNS:*.example.org,IP:192.0.2.25,IP:2001:db8::25,email:postmaster@example.org
  (IPv6 braucht keine Klammern: alles nach dem ersten Doppelpunkt ist der Wert). --san wiederholen
  oder Kommas verwenden. Mailclients prüfen die SANs, nicht den CN: ein Serverzertifikat braucht einen.
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="56"/>
        <source>Files: private keys are created with mode 0600 (PKCS#8 PEM; AES-256 encrypted with
--passphrase-file), everything is written completely or not at all, and an existing file is
only replaced with --force.
</source>
        <translation>Dateien: private Schlüssel werden mit Modus 0600 angelegt (PKCS#8 PEM; mit --passphrase-file
AES-256-verschlüsselt), alles wird vollständig oder gar nicht geschrieben, und eine vorhandene
Datei wird nur mit --force ersetzt.
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="61"/>
        <source>Exit codes: 0 written, 2 usage error or a file that cannot be read or written (wrong
passphrase, existing output without --force, ...), 130 interrupted.
</source>
        <translation>Exit-Codes: 0 geschrieben, 2 Aufruffehler oder eine Datei, die nicht gelesen oder geschrieben
werden kann (falsche Passphrase, vorhandene Ausgabe ohne --force, ...), 130 unterbrochen.
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="92"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="117"/>
        <location filename="../app/cli/cert_inspect_command.cpp" line="241"/>
        <location filename="../app/cli/domain_command.cpp" line="500"/>
        <location filename="../app/cli/fleet_command.cpp" line="236"/>
        <location filename="../app/cli/queue_command.cpp" line="593"/>
        <location filename="../app/cli/records_command.cpp" line="102"/>
        <location filename="../app/cli/session_command.cpp" line="77"/>
        <location filename="../app/cli/simulate_command.cpp" line="427"/>
        <source>(try &apos;%1 --help&apos;)</source>
        <translation>(siehe &apos;%1 --help&apos;)</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="100"/>
        <source>Usage: mailtls %1 %2
</source>
        <translation>Aufruf: mailtls %1 %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="107"/>
        <source>unexpected argument &apos;%1&apos; (try &apos;mailtls %2 --help&apos;)</source>
        <translation>unerwartetes Argument &apos;%1&apos; (siehe &apos;mailtls %2 --help&apos;)</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="131"/>
        <source>unknown key type &apos;%1&apos; (%2)</source>
        <translation>unbekannter Schlüsseltyp &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="161"/>
        <source>the CN is given twice (--cn and CN= in --subject)</source>
        <translation>der CN ist doppelt angegeben (--cn und CN= in --subject)</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="178"/>
        <source>--days must be a number of days from 1 to 36500, not &apos;%1&apos;</source>
        <translation>--days muss eine Anzahl Tage von 1 bis 36500 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="197"/>
        <source>--%1 &apos;%2&apos; is not an ISO 8601 date (2024-01-31 or 2024-01-31T12:00:00Z)</source>
        <translation>--%1 &apos;%2&apos; ist kein ISO-8601-Datum (2024-01-31 oder 2024-01-31T12:00:00Z)</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="224"/>
        <source>Wrote:
</source>
        <translation>Geschrieben:
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="236"/>
        <source>, EXPIRED</source>
        <translation>, ABGELAUFEN</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="238"/>
        <source>, not yet valid</source>
        <translation>, noch nicht gültig</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="240"/>
        <source>  Subject:   %1
</source>
        <translation>  Subject:   %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="241"/>
        <source>  Issuer:    %1%2
</source>
        <translation>  Aussteller: %1%2
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="241"/>
        <source> (self-signed)</source>
        <translation> (selbstsigniert)</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="242"/>
        <source>  Serial:    %1
</source>
        <translation>  Seriennr.: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="243"/>
        <source>  Valid:     %1 to %2 UTC (%3 days%4)
</source>
        <translation>  Gültig:    %1 bis %2 UTC (%3 Tage%4)
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="248"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="498"/>
        <source>  Key:       %1
</source>
        <translation>  Schlüssel: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="251"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="497"/>
        <source>  SANs:      %1
</source>
        <translation>  SANs:      %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="252"/>
        <source>  Signature: %1
</source>
        <translation>  Signatur:  %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="253"/>
        <source>  SHA-256:   %1
</source>
        <translation>  SHA-256:   %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="270"/>
        <source>private key, %1, PKCS#8%2, mode 0600</source>
        <translation>privater Schlüssel, %1, PKCS#8%2, Modus 0600</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="271"/>
        <source> AES-256 encrypted</source>
        <translation> AES-256-verschlüsselt</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="282"/>
        <source>give either --key FILE or --key-type TYPE, not both</source>
        <translation>entweder --key FILE oder --key-type TYPE angeben, nicht beides</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="313"/>
        <source>Key type: %1.</source>
        <translation>Schlüsseltyp: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="314"/>
        <source>Write the private key to FILE (mode 0600).</source>
        <translation>Den privaten Schlüssel in FILE schreiben (Modus 0600).</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="316"/>
        <source>Encrypt the key with the first line of FILE (AES-256-CBC).</source>
        <translation>Den Schlüssel mit der ersten Zeile von FILE verschlüsseln (AES-256-CBC).</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="317"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="705"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="780"/>
        <source>Replace FILE if it exists.</source>
        <translation>FILE ersetzen, falls vorhanden.</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="321"/>
        <source>Generates a private key and writes it as PKCS#8 PEM.</source>
        <translation>Erzeugt einen privaten Schlüssel und schreibt ihn als PKCS#8 PEM.</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="322"/>
        <source>
Example:
  mailtls cert key --type ec-p256 --out /etc/exim4/ecdsa.key

</source>
        <translation>
Beispiel:
  mailtls cert key --type ec-p256 --out /etc/exim4/ecdsa.key

</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="327"/>
        <source>--type is required (%1)</source>
        <translation>--type ist erforderlich (%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="329"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="470"/>
        <source>--out FILE is required</source>
        <translation>--out FILE ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="349"/>
        <source>Public key SHA-256 (DANE TLSA 3 1 1): %1
</source>
        <translation>SHA-256 des öffentlichen Schlüssels (DANE TLSA 3 1 1): %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="350"/>
        <source>Next: mailtls cert csr --key %1 --cn NAME --san DNS:NAME --out request.csr
</source>
        <translation>Weiter: mailtls cert csr --key %1 --cn NAME --san DNS:NAME --out request.csr
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="360"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="437"/>
        <source>Common name, e.g. the MX host name.</source>
        <translation>Common Name, z. B. der Name des MX-Hosts.</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="361"/>
        <source>Subject alternative names (see below); repeatable.</source>
        <translation>Alternative Namen (Subject Alternative Names, siehe unten); wiederholbar.</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="362"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="439"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="512"/>
        <source>Further subject attributes, e.g. &quot;O=Example,C=DE&quot;.</source>
        <translation>Weitere Subject-Attribute, z. B. &quot;O=Example,C=DE&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="363"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="440"/>
        <source>Generate a key of TYPE (%1; default rsa2048).</source>
        <translation>Einen Schlüssel vom Typ TYPE erzeugen (%1; Standard rsa2048).</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="364"/>
        <source>Use the existing key in FILE instead.</source>
        <translation>Stattdessen den vorhandenen Schlüssel in FILE verwenden.</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="365"/>
        <source>Validity in days (default 365).</source>
        <translation>Gültigkeit in Tagen (Standard 365).</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="366"/>
        <source>Extended key usage: server (default), client or both.</source>
        <translation>Erweiterte Schlüsselverwendung: server (Standard), client oder both.</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="367"/>
        <source>Write the certificate to FILE.</source>
        <translation>Das Zertifikat in FILE schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="368"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="442"/>
        <source>Write the generated key to FILE (mode 0600).</source>
        <translation>Den erzeugten Schlüssel in FILE schreiben (Modus 0600).</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="370"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="445"/>
        <source>Passphrase (first line of FILE) to encrypt the new key or open --key.</source>
        <translation>Passphrase (erste Zeile von FILE), um den neuen Schlüssel zu verschlüsseln oder --key zu öffnen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="371"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="446"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="606"/>
        <source>Replace output files that exist.</source>
        <translation>Vorhandene Ausgabedateien ersetzen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="376"/>
        <source>Makes a self-signed certificate: serverAuth, a SAN for every name the server
answers to, a random 128-bit serial, SHA-256 (none for Ed25519). Partners that verify
certificates will not trust it; opportunistic STARTTLS works.</source>
        <translation>Erzeugt ein selbstsigniertes Zertifikat: serverAuth, ein SAN für jeden Namen, unter dem der
Server antwortet, eine zufällige 128-Bit-Seriennummer, SHA-256 (keins bei Ed25519). Partner,
die Zertifikate prüfen, vertrauen ihm nicht; opportunistisches STARTTLS funktioniert.</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="381"/>
        <source>
Example:
  mailtls cert selfsigned --cn mail.example.org --san DNS:mail.example.org,IP:192.0.2.25 \
      --key-type ec-p256 --out-cert mail.pem --out-key mail.key

</source>
        <translation>
Beispiel:
  mailtls cert selfsigned --cn mail.example.org --san DNS:mail.example.org,IP:192.0.2.25 \
      --key-type ec-p256 --out-cert mail.pem --out-key mail.key

</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="391"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="535"/>
        <source>--cn NAME is required</source>
        <translation>--cn NAME ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="399"/>
        <source>--eku must be server, client or both</source>
        <translation>--eku muss server, client oder both sein</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="401"/>
        <source>--out-cert FILE is required</source>
        <translation>--out-cert FILE ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="403"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="472"/>
        <source>--out-key FILE is required for the generated key (or use --key FILE)</source>
        <translation>--out-key FILE ist für den erzeugten Schlüssel erforderlich (oder --key FILE verwenden)</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="405"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="474"/>
        <source>--out-key goes with a generated key, not with --key</source>
        <translation>--out-key gehört zu einem erzeugten Schlüssel, nicht zu --key</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="425"/>
        <source>certificate (self-signed)</source>
        <translation>Zertifikat (selbstsigniert)</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="429"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="682"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="847"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="438"/>
        <source>Subject alternative names to request; repeatable.</source>
        <translation>Anzufordernde alternative Namen (SANs); wiederholbar.</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="441"/>
        <source>Use the existing key in FILE.</source>
        <translation>Den vorhandenen Schlüssel in FILE verwenden.</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="443"/>
        <source>Write the request (PEM) to FILE.</source>
        <translation>Die Anforderung (PEM) in FILE schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="451"/>
        <source>Makes a PKCS#10 certificate signing request; the SANs travel in it as an
extension request, which &apos;mailtls cert ca sign&apos; and most CAs copy.</source>
        <translation>Erzeugt eine PKCS#10-Zertifikatsanforderung; die SANs stehen darin als Extension Request,
den &apos;mailtls cert ca sign&apos; und die meisten CAs übernehmen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="455"/>
        <source>
Example:
  mailtls cert csr --key-type rsa3072 --out-key mx.key --cn mx.example.org \
      --san DNS:mx.example.org --subject &quot;O=Example,C=DE&quot; --out mx.csr

</source>
        <translation>
Beispiel:
  mailtls cert csr --key-type rsa3072 --out-key mx.key --cn mx.example.org \
      --san DNS:mx.example.org --subject &quot;O=Example,C=DE&quot; --out mx.csr

</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="468"/>
        <source>--cn NAME (and --san) is required</source>
        <translation>--cn NAME (und --san) ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="490"/>
        <source>certificate signing request</source>
        <translation>Zertifikatsanforderung</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="495"/>
        <source>Request:
  Subject:   %1
</source>
        <translation>Anforderung:
  Subject:   %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="499"/>
        <source>  Public key SHA-256 (DANE TLSA 3 1 1): %1
</source>
        <translation>  SHA-256 des öffentlichen Schlüssels (DANE TLSA 3 1 1): %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="501"/>
        <source>mailtls cert csr: warning: no SAN requested; a CA must add one (mailtls cert ca sign --san ...)
</source>
        <translation>mailtls cert csr: Warnung: kein SAN angefordert; eine CA muss einen hinzufügen (mailtls cert ca sign --san ...)
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="502"/>
        <source>Next: mailtls cert ca sign --ca-dir CA-DIR --csr %1 --out cert.pem
</source>
        <translation>Weiter: mailtls cert ca sign --ca-dir CA-DIR --csr %1 --out cert.pem
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="511"/>
        <source>The CA&apos;s name, e.g. &quot;Example Mail CA&quot;.</source>
        <translation>Der Name der CA, z. B. &quot;Example Mail CA&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="513"/>
        <source>Directory for the CA (created if needed).</source>
        <translation>Verzeichnis für die CA (wird bei Bedarf angelegt).</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="514"/>
        <source>CA key type (%1; default rsa3072).</source>
        <translation>Schlüsseltyp der CA (%1; Standard rsa3072).</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="515"/>
        <source>Validity of the CA certificate (default 3650).</source>
        <translation>Gültigkeit des CA-Zertifikats (Standard 3650).</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="516"/>
        <source>Validity &apos;ca sign&apos; uses without --days (default 365).</source>
        <translation>Gültigkeit, die &apos;ca sign&apos; ohne --days verwendet (Standard 365).</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="517"/>
        <source>Limit of CAs below this one (default: none for a root, 0 for a subordinate).</source>
        <translation>Höchstzahl der CAs unterhalb dieser (Standard: keine für eine Wurzel, 0 für eine Unter-CA).</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="518"/>
        <source>Make a subordinate (intermediate) CA signed by the CA in DIR.</source>
        <translation>Eine Unter-CA (Zwischen-CA) erzeugen, signiert von der CA in DIR.</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="519"/>
        <source>Encrypt ca.key with the first line of FILE.</source>
        <translation>ca.key mit der ersten Zeile von FILE verschlüsseln.</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="520"/>
        <source>Passphrase of the parent CA&apos;s key.</source>
        <translation>Passphrase des Schlüssels der übergeordneten CA.</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="524"/>
        <source>Creates a small CA in DIR: ca.key (0600), ca.pem, chain.pem, serial, index.txt
(one line per issued certificate) and ca.json. Sign requests with &apos;mailtls cert ca sign&apos;.</source>
        <translation>Legt eine kleine CA in DIR an: ca.key (0600), ca.pem, chain.pem, serial, index.txt
(eine Zeile je ausgestelltem Zertifikat) und ca.json. Anforderungen signiert &apos;mailtls cert ca sign&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="527"/>
        <source>
Examples:
  mailtls cert ca init --cn &quot;Classroom Root CA&quot; --out-dir ./root-ca
  mailtls cert ca init --cn &quot;Classroom Mail CA&quot; --out-dir ./mail-ca --parent-ca-dir ./root-ca

</source>
        <translation>
Beispiele:
  mailtls cert ca init --cn &quot;Classroom Root CA&quot; --out-dir ./root-ca
  mailtls cert ca init --cn &quot;Classroom Mail CA&quot; --out-dir ./mail-ca --parent-ca-dir ./root-ca

</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="537"/>
        <source>--out-dir DIR is required</source>
        <translation>--out-dir DIR ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="548"/>
        <source>--pathlen must be 0 to 10</source>
        <translation>--pathlen muss 0 bis 10 sein</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="570"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="576"/>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="571"/>
        <source>issuers of this CA (none: a root)</source>
        <translation>Aussteller dieser CA (keine: eine Wurzel)</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="572"/>
        <source>issuers of this CA</source>
        <translation>Aussteller dieser CA</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="573"/>
        <source>next serial: %1</source>
        <translation>nächste Seriennummer: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="574"/>
        <source>issued certificates</source>
        <translation>ausgestellte Zertifikate</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="575"/>
        <source>CA settings</source>
        <translation>CA-Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="582"/>
        <source>Clients trust it with: mailtls session HOST --ca-file %1
</source>
        <translation>Clients vertrauen ihr mit: mailtls session HOST --ca-file %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="584"/>
        <source>Next: mailtls cert ca sign --ca-dir %1 --csr request.csr --out cert.pem
</source>
        <translation>Weiter: mailtls cert ca sign --ca-dir %1 --csr request.csr --out cert.pem
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="593"/>
        <source>The CA directory (&apos;mailtls cert ca init&apos;).</source>
        <translation>Das CA-Verzeichnis (&apos;mailtls cert ca init&apos;).</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="594"/>
        <source>The request to sign (PEM or DER).</source>
        <translation>Die zu signierende Anforderung (PEM oder DER).</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="595"/>
        <source>Write the certificate (PEM) to FILE.</source>
        <translation>Das Zertifikat (PEM) in FILE schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="597"/>
        <source>Also write the certificate followed by the CA&apos;s intermediates: the file a server serves.</source>
        <translation>Zusätzlich das Zertifikat gefolgt von den Zwischenzertifikaten der CA schreiben: die Datei, die ein Server ausliefert.</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="599"/>
        <source>Validity in days (default: the CA&apos;s, normally 365).</source>
        <translation>Gültigkeit in Tagen (Standard: die der CA, normalerweise 365).</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="600"/>
        <source>server (default), client, both, or ca for an intermediate CA.</source>
        <translation>server (Standard), client, both oder ca für eine Zwischen-CA.</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="601"/>
        <source>Explicit start of validity (ISO 8601, UTC).</source>
        <translation>Ausdrücklicher Beginn der Gültigkeit (ISO 8601, UTC).</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="602"/>
        <source>Explicit end of validity (ISO 8601, UTC).</source>
        <translation>Ausdrückliches Ende der Gültigkeit (ISO 8601, UTC).</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="603"/>
        <source>Use these SANs instead of the requested ones; repeatable.</source>
        <translation>Diese SANs statt der angeforderten verwenden; wiederholbar.</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="604"/>
        <source>With --eku ca: CAs allowed below it (default 0).</source>
        <translation>Mit --eku ca: erlaubte CAs darunter (Standard 0).</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="605"/>
        <source>Passphrase of ca.key (first line of FILE).</source>
        <translation>Passphrase von ca.key (erste Zeile von FILE).</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="610"/>
        <source>Signs a request with the CA in DIR: the next serial number (tracked in DIR/serial),
the requested SANs (or --san), serverAuth/clientAuth as --eku says, keyUsage
digitalSignature (+ keyEncipherment for RSA), CA:FALSE, SKI/AKI, SHA-256.</source>
        <translation>Signiert eine Anforderung mit der CA in DIR: die nächste Seriennummer (in DIR/serial verfolgt),
die angeforderten SANs (oder --san), serverAuth/clientAuth laut --eku, keyUsage
digitalSignature (+ keyEncipherment bei RSA), CA:FALSE, SKI/AKI, SHA-256.</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="614"/>
        <source>
Dates: --not-before/--not-after take 2024-01-31 or 2024-01-31T12:00:00Z and may lie in
the past (an expired certificate for a test).

Example:
  mailtls cert ca sign --ca-dir ./mail-ca --csr mx.csr --out mx.pem --out-chain mx-chain.pem

</source>
        <translation>
Daten: --not-before/--not-after nehmen 2024-01-31 oder 2024-01-31T12:00:00Z und dürfen in der
Vergangenheit liegen (ein abgelaufenes Zertifikat für einen Test).

Beispiel:
  mailtls cert ca sign --ca-dir ./mail-ca --csr mx.csr --out mx.pem --out-chain mx-chain.pem

</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="621"/>
        <source>--ca-dir DIR, --csr FILE and --out FILE are required</source>
        <translation>--ca-dir DIR, --csr FILE und --out FILE sind erforderlich</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="627"/>
        <source>--eku must be server, client, both or ca</source>
        <translation>--eku muss server, client, both oder ca sein</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="633"/>
        <source>give --days or --not-after, not both</source>
        <translation>--days oder --not-after angeben, nicht beides</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="644"/>
        <source>--pathlen (0 to 10) goes with --eku ca</source>
        <translation>--pathlen (0 bis 10) gehört zu --eku ca</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="670"/>
        <source>certificate, serial %1</source>
        <translation>Zertifikat, Seriennummer %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="674"/>
        <source>certificate + %1 intermediate(s), to serve</source>
        <translation>Zertifikat + %1 Zwischenzertifikat(e), zum Ausliefern</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="677"/>
        <source> (serial %1 stays recorded in %2)</source>
        <translation> (Seriennummer %1 bleibt in %2 verzeichnet)</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="680"/>
        <source>recorded; next serial %1</source>
        <translation>verzeichnet; nächste Seriennummer %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="684"/>
        <source>This is a CA certificate: servers send it after the leaves it signs.
</source>
        <translation>Dies ist ein CA-Zertifikat: Server senden es nach den Endzertifikaten, die es signiert.
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="688"/>
        <source>Note: serve this certificate followed by %1 (or use --out-chain), or partners miss the intermediate.
</source>
        <translation>Hinweis: dieses Zertifikat gefolgt von %1 ausliefern (oder --out-chain verwenden), sonst fehlt Partnern das Zwischenzertifikat.
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="703"/>
        <source>Prime size: 2048, 3072 or 4096.</source>
        <translation>Größe der Primzahl: 2048, 3072 oder 4096.</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="704"/>
        <source>Write the parameters (PEM) to FILE.</source>
        <translation>Die Parameter (PEM) in FILE schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="709"/>
        <source>Generates Diffie-Hellman parameters (a safe prime, generator 2) for DHE suites.
This takes seconds to minutes; progress shows on a terminal and Ctrl-C stops it
without leaving a file behind.</source>
        <translation>Erzeugt Diffie-Hellman-Parameter (eine sichere Primzahl, Generator 2) für DHE-Suites.
Das dauert Sekunden bis Minuten; auf einem Terminal wird der Fortschritt gezeigt, und Strg-C
bricht ab, ohne eine Datei zu hinterlassen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="712"/>
        <source>Example:
  mailtls cert dhparam --bits 3072 --out /etc/exim4/dh3072.pem

</source>
        <translation>Beispiel:
  mailtls cert dhparam --bits 3072 --out /etc/exim4/dh3072.pem

</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="716"/>
        <source>--bits N and --out FILE are required</source>
        <translation>--bits N und --out FILE sind erforderlich</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="720"/>
        <source>--bits must be 2048, 3072 or 4096</source>
        <translation>--bits muss 2048, 3072 oder 4096 sein</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="727"/>
        <source>Generating %1-bit DH parameters (can take minutes; Ctrl-C cancels)
</source>
        <translation>Erzeuge %1-Bit-DH-Parameter (kann Minuten dauern; Strg-C bricht ab)
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="757"/>
        <source>interrupted; nothing written</source>
        <translation>unterbrochen; nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="764"/>
        <source>DH parameters, %1-bit safe prime, generator 2</source>
        <translation>DH-Parameter, sichere %1-Bit-Primzahl, Generator 2</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="773"/>
        <source>The certificate (PEM; further certificates in it join the chain).</source>
        <translation>Das Zertifikat (PEM; weitere Zertifikate darin kommen in die Kette).</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="774"/>
        <source>Its private key.</source>
        <translation>Sein privater Schlüssel.</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="775"/>
        <source>Intermediate (and root) certificates to include.</source>
        <translation>Einzuschließende Zwischen- (und Wurzel-)Zertifikate.</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="776"/>
        <source>Write the bundle (DER .p12) to FILE (mode 0600).</source>
        <translation>Das Bündel (DER .p12) in FILE schreiben (Modus 0600).</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="777"/>
        <source>Protect the bundle with the first line of FILE.</source>
        <translation>Das Bündel mit der ersten Zeile von FILE schützen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="778"/>
        <source>Passphrase of an encrypted --key.</source>
        <translation>Passphrase eines verschlüsselten --key.</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="779"/>
        <source>Friendly name shown by importers (default: the CN).</source>
        <translation>Anzeigename beim Import (Standard: der CN).</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="784"/>
        <source>Bundles a certificate, its key and optionally the chain into one PKCS#12 file
(AES-256-CBC with PBKDF2-SHA256, HMAC-SHA256), e.g. for Windows or a mail client.</source>
        <translation>Bündelt ein Zertifikat, seinen Schlüssel und optional die Kette in einer PKCS#12-Datei
(AES-256-CBC mit PBKDF2-SHA256, HMAC-SHA256), z. B. für Windows oder einen Mailclient.</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="786"/>
        <source>Example:
  mailtls cert pkcs12 --cert mx.pem --key mx.key --chain ca.pem --out mx.p12 --passphrase-file p12.pass

</source>
        <translation>Beispiel:
  mailtls cert pkcs12 --cert mx.pem --key mx.key --chain ca.pem --out mx.p12 --passphrase-file p12.pass

</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="791"/>
        <source>--cert FILE, --key FILE and --out FILE are required</source>
        <translation>--cert FILE, --key FILE und --out FILE sind erforderlich</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="793"/>
        <source>--passphrase-file FILE is required (a PKCS#12 file carries the private key)</source>
        <translation>--passphrase-file FILE ist erforderlich (eine PKCS#12-Datei enthält den privaten Schlüssel)</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="805"/>
        <source>cannot read %1</source>
        <translation>%1 nicht lesbar</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="815"/>
        <source>%1 holds no certificate</source>
        <translation>%1 enthält kein Zertifikat</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="835"/>
        <source>%1 does not belong to the certificate in %2 (%3)</source>
        <translation>%1 gehört nicht zum Zertifikat in %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="844"/>
        <source>PKCS#12: certificate, key (%1), %2 chain certificate(s); mode 0600</source>
        <translation>PKCS#12: Zertifikat, Schlüssel (%1), %2 Kettenzertifikat(e); Modus 0600</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="848"/>
        <source>Check: openssl pkcs12 -info -noout -in %1 -passin file:%2
</source>
        <translation>Prüfen: openssl pkcs12 -info -noout -in %1 -passin file:%2
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="28"/>
        <source>Can mail for this domain be delivered securely? Looks up the domain&apos;s MX hosts and their
addresses through a DNSSEC-validating resolver, runs a STARTTLS session on port 25 to every
address (SNI = the MX name), matches the served chains against the DANE TLSA records,
fetches the MTA-STS policy over HTTPS and reads the TLS-RPT record. Then one verdict line
per kind of sending MTA (opportunistic, DANE, MTA-STS) and the findings with their fixes.</source>
        <translation>Kann Mail für diese Domain sicher zugestellt werden? Sucht die MX-Hosts der Domain und ihre Adressen
über einen DNSSEC-validierenden Resolver, führt zu jeder Adresse eine STARTTLS-Sitzung auf Port 25
(SNI = der MX-Name), gleicht die ausgelieferten Ketten mit den DANE-TLSA-Einträgen ab, ruft die
MTA-STS-Policy über HTTPS ab und liest den TLS-RPT-Eintrag. Dann eine Urteilszeile je Art von
sendendem MTA (opportunistisch, DANE, MTA-STS) und die Befunde mit ihren Korrekturen.</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="35"/>
        <source>
Verdicts: delivers, delivers_unprotected (delivers without the protection this kind of
sender asks for), defers (mail waits in the sender&apos;s queue), unknown.

Exit codes:
  0    checked (and nothing reached --fail-on)
  1    a finding at or above --fail-on SEVERITY
  2    usage error: not a domain name, a bad --resolver, an unreadable --trust-anchor
  3    no answer to judge: the resolver did not answer
  130  interrupted (Ctrl-C)

Examples:
  mailtls domain example.org
  mailtls domain example.org --json - | jq &apos;.verdicts&apos;
  mailtls domain example.org --records      # plus the TLSA/MTA-STS/TLS-RPT records to publish
  mailtls domain lab.test --resolver 127.0.0.1:5353 --trust-anchor lab.key --policy-ca-file lab-ca.pem
</source>
        <translation>
Urteile: delivers, delivers_unprotected (stellt zu, aber ohne den Schutz, den diese Art von Absender
verlangt), defers (die Mail wartet in der Warteschlange des Absenders), unknown.

Exit-Codes:
  0    geprüft (und nichts erreichte --fail-on)
  1    ein Befund auf oder über --fail-on SEVERITY
  2    Aufruffehler: kein Domainname, ein falscher --resolver, ein unlesbarer --trust-anchor
  3    keine Antwort zu beurteilen: der Resolver hat nicht geantwortet
  130  unterbrochen (Strg-C)

Beispiele:
  mailtls domain example.org
  mailtls domain example.org --json - | jq &apos;.verdicts&apos;
  mailtls domain example.org --records      # dazu die zu veröffentlichenden TLSA/MTA-STS/TLS-RPT-Einträge
  mailtls domain lab.test --resolver 127.0.0.1:5353 --trust-anchor lab.key --policy-ca-file lab-ca.pem
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="56"/>
        <source>The DNS resolver to ask (default: those of /etc/resolv.conf). Answers are validated here in any case.</source>
        <translation>Der zu fragende DNS-Resolver (Standard: die aus /etc/resolv.conf). Antworten werden in jedem Fall hier validiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="60"/>
        <source>DNSSEC trust anchor: DNSKEY or DS records in zone-file form (default: /usr/share/dns/root.key, the root key).</source>
        <translation>DNSSEC-Vertrauensanker: DNSKEY- oder DS-Einträge im Zonendatei-Format (Standard: /usr/share/dns/root.key, der Root-Schlüssel).</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="64"/>
        <source>CA certificates for the MTA-STS policy host (default: the system store).</source>
        <translation>CA-Zertifikate für den Host der MTA-STS-Policy (Standard: der Systemspeicher).</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="67"/>
        <source>CA certificates for the MX hosts&apos; chains (default: the system store).</source>
        <translation>CA-Zertifikate für die Ketten der MX-Hosts (Standard: der Systemspeicher).</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="72"/>
        <source>The SMTP sessions to the MX hosts go through this proxy: socks5://[USER@]HOST:PORT or http://[USER@]HOST:PORT (no password in the URL). DNS and the MTA-STS policy fetch stay direct.</source>
        <translation>Die SMTP-Sitzungen zu den MX-Hosts laufen über diesen Proxy: socks5://[USER@]HOST:PORT oder http://[USER@]HOST:PORT (kein Passwort in der URL). DNS und der Abruf der MTA-STS-Policy bleiben direkt.</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="79"/>
        <source>Sessions at once (default: 4).</source>
        <translation>Gleichzeitige Sitzungen (Standard: 4).</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="81"/>
        <source>DNS and the MTA-STS policy only: connect to no MX host.</source>
        <translation>Nur DNS und die MTA-STS-Policy: zu keinem MX-Host verbinden.</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="83"/>
        <source>SMTP port of the MX hosts (default: 25, what senders use; others for labs).</source>
        <translation>SMTP-Port der MX-Hosts (Standard: 25, den Absender nutzen; andere für Testumgebungen).</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="86"/>
        <source>HTTPS port of the MTA-STS policy host (default: 443; others for labs).</source>
        <translation>HTTPS-Port des Hosts der MTA-STS-Policy (Standard: 443; andere für Testumgebungen).</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="88"/>
        <source>the domain report as JSON (schema mailtls.domain/1)</source>
        <translation>den Domain-Bericht als JSON (Schema mailtls.domain/1)</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="89"/>
        <source>Write the domain report as one HTML file.</source>
        <translation>Den Domain-Bericht als eine HTML-Datei schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="91"/>
        <source>the domain report</source>
        <translation>den Domain-Bericht</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="95"/>
        <source>Print only the verdict lines.</source>
        <translation>Nur die Urteilszeilen ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="97"/>
        <source>Also print the records to publish for the MX set and the keys served now (TLSA 3 1 1, MTA-STS, TLS-RPT) and the sending side&apos;s DANE settings.</source>
        <translation>Zusätzlich die zu veröffentlichenden Einträge für die MX-Menge und die jetzt ausgelieferten Schlüssel (TLSA 3 1 1, MTA-STS, TLS-RPT) sowie die DANE-Einstellungen der sendenden Seite ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="112"/>
        <source>The mail domain, e.g. example.org.</source>
        <translation>Die Maildomain, z. B. example.org.</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="138"/>
        <source>missing DOMAIN</source>
        <translation>DOMAIN fehlt</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="138"/>
        <source>one DOMAIN at a time</source>
        <translation>nur eine DOMAIN auf einmal</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="188"/>
        <source>bounces at once: the domain publishes a null MX (accepts no mail)</source>
        <translation>Sofortiger Bounce: die Domain veröffentlicht ein Null-MX (nimmt keine Mail an)</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="189"/>
        <source>bounces at once: the domain does not exist (NXDOMAIN)</source>
        <translation>Sofortiger Bounce: die Domain existiert nicht (NXDOMAIN)</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="190"/>
        <source>bounces: there is no MX and no address</source>
        <translation>Bounce: es gibt weder MX noch Adresse</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="191"/>
        <source>not known: the resolver used for this check did not answer</source>
        <translation>nicht bekannt: der für diese Prüfung verwendete Resolver hat nicht geantwortet</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="192"/>
        <source>not known: the check was cancelled</source>
        <translation>nicht bekannt: die Prüfung wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="193"/>
        <source>delivers only if it does not validate DNSSEC: the MX answer is bogus</source>
        <translation>stellt nur zu, wenn er DNSSEC nicht validiert: die MX-Antwort ist bogus</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="194"/>
        <source>defers: the MX lookup fails, so it cannot find where to deliver</source>
        <translation>verschiebt: die MX-Abfrage schlägt fehl, er findet also nicht, wohin er zustellen soll</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="195"/>
        <source>defers: it validates DNSSEC and gets no usable MX answer</source>
        <translation>verschiebt: er validiert DNSSEC und bekommt keine brauchbare MX-Antwort</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="196"/>
        <source>not checked: sessions were skipped</source>
        <translation>nicht geprüft: Sitzungen wurden ausgelassen</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="197"/>
        <source>defers: no MX address to connect to</source>
        <translation>verschiebt: keine MX-Adresse zum Verbinden</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="198"/>
        <source>defers: none of the %1 MX addresses answered on port 25 (from here)</source>
        <translation>verschiebt: keine der %1 MX-Adressen hat auf Port 25 geantwortet (von hier aus)</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="199"/>
        <source>delivers over TLS: the one MX address negotiates it</source>
        <translation>stellt über TLS zu: die eine MX-Adresse handelt es aus</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="200"/>
        <source>delivers over TLS: all %1 MX addresses negotiate it</source>
        <translation>stellt über TLS zu: alle %1 MX-Adressen handeln es aus</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="201"/>
        <source>delivers over TLS: %1 of %2 MX addresses answered, all with TLS</source>
        <translation>stellt über TLS zu: %1 von %2 MX-Adressen haben geantwortet, alle mit TLS</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="202"/>
        <source>delivers, but in cleartext to %1 of %2 answering MX addresses (no TLS there)</source>
        <translation>stellt zu, aber im Klartext an %1 von %2 antwortenden MX-Adressen (dort kein TLS)</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="203"/>
        <source>delivers without authentication: no MX host has usable DANE records in a signed zone, so it falls back to opportunistic TLS</source>
        <translation>stellt ohne Authentifizierung zu: kein MX-Host hat brauchbare DANE-Records in einer signierten Zone, also fällt er auf opportunistisches TLS zurück</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="205"/>
        <source>not known: sessions were skipped, so no served chain was matched</source>
        <translation>nicht bekannt: Sitzungen wurden ausgelassen, also wurde keine ausgelieferte Kette abgeglichen</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="206"/>
        <source>delivers with DANE: every MX host matches its TLSA records</source>
        <translation>stellt mit DANE zu: jeder MX-Host passt zu seinen TLSA-Records</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="207"/>
        <source>delivers with DANE through %1; skips %2</source>
        <translation>stellt mit DANE über %1 zu; überspringt %2</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="208"/>
        <source>delivers only through %1 (no DANE there); skips %2</source>
        <translation>stellt nur über %1 zu (dort kein DANE); überspringt %2</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="209"/>
        <source>defers all mail: the TLSA or address answers of %1 are bogus or fail</source>
        <translation>verschiebt alle Mail: die TLSA- oder Adressantworten von %1 sind bogus oder schlagen fehl</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="210"/>
        <source>defers all mail: the served certificates of %1 do not match the TLSA records</source>
        <translation>verschiebt alle Mail: die ausgelieferten Zertifikate von %1 passen nicht zu den TLSA-Records</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="211"/>
        <source>defers all mail: no address of %1 answered on port 25 (from here)</source>
        <translation>verschiebt alle Mail: keine Adresse von %1 hat auf Port 25 geantwortet (von hier aus)</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="212"/>
        <source>defers all mail: the enforced policy refuses every MX host (%1), and %2 did not answer</source>
        <translation>verschiebt alle Mail: die durchgesetzte Policy lehnt jeden MX-Host ab (%1), und %2 hat nicht geantwortet</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="213"/>
        <source>defers all mail: the enforced policy refuses every MX host (%1)</source>
        <translation>verschiebt alle Mail: die durchgesetzte Policy lehnt jeden MX-Host ab (%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="214"/>
        <source>delivers as an opportunistic sender: no MTA-STS policy is published</source>
        <translation>stellt wie ein opportunistischer Absender zu: keine MTA-STS-Policy veröffentlicht</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="215"/>
        <source>delivers as if there were no policy: the published one cannot be used (senders that cached an older policy keep enforcing that one)</source>
        <translation>stellt zu, als gäbe es keine Policy: die veröffentlichte ist unbrauchbar (Absender, die eine ältere Policy zwischengespeichert haben, setzen weiter diese durch)</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="217"/>
        <source>delivers without checks: the policy&apos;s mode is none</source>
        <translation>stellt ohne Prüfungen zu: der Modus der Policy ist none</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="218"/>
        <source>delivers even if checks fail (testing mode), and reports the failures</source>
        <translation>stellt auch bei fehlgeschlagenen Prüfungen zu (Modus testing) und meldet die Fehler</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="219"/>
        <source>not known: sessions were skipped, so certificates were not checked</source>
        <translation>nicht bekannt: Sitzungen wurden ausgelassen, also wurden keine Zertifikate geprüft</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="220"/>
        <source>delivers: every MX host passes the enforced policy</source>
        <translation>stellt zu: jeder MX-Host besteht die durchgesetzte Policy</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="221"/>
        <source>delivers through %1; refuses %2; %3 did not answer</source>
        <translation>stellt über %1 zu; lehnt %2 ab; %3 hat nicht geantwortet</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="222"/>
        <source>delivers through %1; refuses %2</source>
        <translation>stellt über %1 zu; lehnt %2 ab</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="223"/>
        <source>delivers through %1; %2 did not answer</source>
        <translation>stellt über %1 zu; %2 hat nicht geantwortet</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="224"/>
        <source>delivers through %1</source>
        <translation>stellt über %1 zu</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="226"/>
        <source>defers like an opportunistic sender: %1</source>
        <translation>verschiebt wie ein opportunistischer Absender: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="227"/>
        <source>no MX address to connect to</source>
        <translation>keine MX-Adresse zum Verbinden</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="228"/>
        <source>none of the %1 MX addresses answered on port 25 (from here)</source>
        <translation>keine der %1 MX-Adressen hat auf Port 25 geantwortet (von hier aus)</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="294"/>
        <source>delivers</source>
        <translation>stellt zu</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="295"/>
        <source>unprotected</source>
        <translation>ungeschützt</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="296"/>
        <source>DEFERS</source>
        <translation>VERSCHIEBT</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="315"/>
        <source>opportunistic</source>
        <translation>opportunistisch</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="321"/>
        <source>Would a sender deliver to %1?</source>
        <translation>Würde ein Absender an %1 zustellen?</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="330"/>
        <source>not looked up</source>
        <translation>nicht abgefragt</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="332"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="342"/>
        <source>MX (%1)</source>
        <translation>MX (%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="344"/>
        <source>  null MX (RFC 7505): the domain accepts no mail

</source>
        <translation>  Null-MX (RFC 7505): die Domain nimmt keine Mail an

</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="346"/>
        <source>  no MX records: the domain&apos;s own addresses stand in (RFC 5321 §5.1)
</source>
        <translation>  keine MX-Einträge: die eigenen Adressen der Domain treten an ihre Stelle (RFC 5321 §5.1)
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="348"/>
        <source>  no MX host

</source>
        <translation>  kein MX-Host

</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="352"/>
        <source>  (not checked)
</source>
        <translation>  (nicht geprüft)
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="361"/>
        <source>via CNAME %1</source>
        <translation>über CNAME %1</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="364"/>
        <source>        no address
</source>
        <translation>        keine Adresse
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="370"/>
        <source>        %1  (not connected: --no-sessions)
</source>
        <translation>        %1  (nicht verbunden: --no-sessions)
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="372"/>
        <source>        and %1 more address(es), not checked
</source>
        <translation>        und %1 weitere Adresse(n), nicht geprüft
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="387"/>
        <source>no connection: %1</source>
        <translation>keine Verbindung: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="389"/>
        <source>no STARTTLS</source>
        <translation>kein STARTTLS</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="391"/>
        <source>TLS failed: %1</source>
        <translation>TLS fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="396"/>
        <source>CN=%1 until %2</source>
        <translation>CN=%1 bis %2</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="398"/>
        <source>trusted</source>
        <translation>vertrauenswürdig</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="398"/>
        <source>untrusted</source>
        <translation>nicht vertrauenswürdig</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="399"/>
        <source>name ok</source>
        <translation>Name ok</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="399"/>
        <source>name mismatch</source>
        <translation>Name passt nicht</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="401"/>
        <source>DANE ok</source>
        <translation>DANE ok</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="401"/>
        <source>DANE FAILS</source>
        <translation>DANE SCHEITERT</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="407"/>
        <source>DANE (TLSA records)</source>
        <translation>DANE (TLSA-Einträge)</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="420"/>
        <source>%1 (depth %2)</source>
        <translation>%1 (Tiefe %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="427"/>
        <source>matched by %1</source>
        <translation>getroffen von %1</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="428"/>
        <source>matches no served certificate</source>
        <translation>passt zu keinem ausgelieferten Zertifikat</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="429"/>
        <source>not compared: the records are not secure</source>
        <translation>nicht verglichen: die Records sind nicht sicher</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="430"/>
        <source>not compared: no certificate was served</source>
        <translation>nicht verglichen: kein Zertifikat ausgeliefert</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="434"/>
        <source>    %1  (cannot be read)
</source>
        <translation>    %1  (nicht lesbar)
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="437"/>
        <source>  none published
</source>
        <translation>  keine veröffentlicht
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="454"/>
        <source>certificate valid</source>
        <translation>Zertifikat gültig</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="455"/>
        <source>certificate NOT valid: %1</source>
        <translation>Zertifikat NICHT gültig: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="458"/>
        <source>  policy %1%2
    %3
</source>
        <translation>  Policy %1%2
    %3
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="460"/>
        <source>    redirects to %1 (not followed)
</source>
        <translation>    leitet weiter auf %1 (nicht gefolgt)
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="464"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="471"/>
        <source>(matches no MX host)</source>
        <translation>(passt zu keinem MX-Host)</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="472"/>
        <source>covers %1</source>
        <translation>deckt %1 ab</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="566"/>
        <source>Domain %1</source>
        <translation>Domain %1</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="567"/>
        <source>  resolver %1, trust anchor %2, %3 s

</source>
        <translation>  Resolver %1, Vertrauensanker %2, %3 s

</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="585"/>
        <source>Records to publish (the MX set and the keys served now)</source>
        <translation>Zu veröffentlichende Einträge (die MX-Menge und die jetzt gelieferten Schlüssel)</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="588"/>
        <source>  no records: %1
</source>
        <translation>  keine Records: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="31"/>
        <source>Reads a mail server&apos;s own logs (Exim main log, Exim or Postfix lines in syslog, journalctl
-o short-iso or -o json exports; plain, .gz, .xz or .bz2, several files read in time order)
and tells the TLS story of every partner: who delivers to us and whom we deliver to, with
which TLS versions and ciphers (IANA names, whatever the log&apos;s library wrote), verified or
not, who stays in cleartext or fell back to it after a failed handshake, and every TLS
failure grouped by cause with the finding it points to. With a proposed change (--drop,
--cipher-list, --only-cert, --dh-bits), it plays every partner&apos;s observed version and suite
through the simulator and lists the partners who would lose TLS.</source>
        <translation>Liest die eigenen Logs eines Mailservers (Exim-Mainlog, Exim- oder Postfix-Zeilen im Syslog,
journalctl-Exporte mit -o short-iso oder -o json; unkomprimiert, .gz, .xz oder .bz2, mehrere
Dateien in zeitlicher Reihenfolge) und erzählt die TLS-Geschichte jedes Partners: wer an uns
zustellt und an wen wir zustellen, mit welchen TLS-Versionen und Ciphers (IANA-Namen, was auch
immer die Bibliothek des Logs schrieb), verifiziert oder nicht, wer im Klartext bleibt oder nach
einem fehlgeschlagenen Handshake darauf zurückfiel, und jeden TLS-Fehler nach Ursache gruppiert
mit dem Befund, auf den er verweist. Mit einer geplanten Änderung (--drop, --cipher-list,
--only-cert, --dh-bits) spielt es die beobachtete Version und Suite jedes Partners im Simulator
durch und listet die Partner, die TLS verlieren würden.</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="41"/>
        <source>
Counting:
  A message is an arrival from a partner (inbound) or a delivery to it (outbound). A partner
  &apos;fell back&apos; when a cleartext message followed a TLS failure with it within an hour.
  Lines of other programs in a shared syslog file count as parsed; a line of the file&apos;s
  format that could not be read is counted as unparsed and the first ones are listed.

Exit codes:
  0    read (also when partners fail: the report says so)
  2    usage error, or no input file could be opened
  3    a file was damaged part-way (truncated, binary): everything before it is reported
  130  interrupted (Ctrl-C): what was read so far is reported

Examples:
  mailtls log /var/log/exim4/mainlog /var/log/exim4/mainlog.1 /var/log/exim4/mainlog.2.gz
  mailtls log /var/log/mail.log --direction out --partner example.net
  journalctl -u postfix -o json | mailtls log - --since 2026-12-01
  mailtls log mainlog --drop TLSv1,TLSv1.1 --json report.json
  mailtls log mainlog --only-cert ECDSA --server-report scan.json
</source>
        <translation>
Zählweise:
  Eine Nachricht ist ein Eingang von einem Partner (eingehend) oder eine Zustellung an ihn
  (ausgehend). Ein Partner ist &apos;zurückgefallen&apos;, wenn innerhalb einer Stunde nach einem TLS-Fehler
  mit ihm eine Klartext-Nachricht folgte. Zeilen anderer Programme in einer gemeinsamen
  Syslog-Datei zählen als gelesen; eine Zeile im Format der Datei, die nicht gelesen werden
  konnte, zählt als nicht verstanden, und die ersten werden aufgeführt.

Exit-Codes:
  0    gelesen (auch wenn Partner scheitern: der Bericht sagt es)
  2    Aufruffehler, oder keine Eingabedatei ließ sich öffnen
  3    eine Datei war mittendrin beschädigt (abgeschnitten, binär): alles davor wird berichtet
  130  unterbrochen (Strg-C): das bis dahin Gelesene wird berichtet

Beispiele:
  mailtls log /var/log/exim4/mainlog /var/log/exim4/mainlog.1 /var/log/exim4/mainlog.2.gz
  mailtls log /var/log/mail.log --direction out --partner example.net
  journalctl -u postfix -o json | mailtls log - --since 2026-12-01
  mailtls log mainlog --drop TLSv1,TLSv1.1 --json report.json
  mailtls log mainlog --only-cert ECDSA --server-report scan.json
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="64"/>
        <source>the JSON document (schema &quot;mailtls.log/1&quot;)</source>
        <translation>das JSON-Dokument (Schema &quot;mailtls.log/1&quot;)</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="66"/>
        <source>Only events from then on: 2026-12-01, 2026-12-01T08:00, or 24h / 7d ago.</source>
        <translation>Nur Ereignisse ab dann: 2026-12-01, 2026-12-01T08:00 oder vor 24h / 7d.</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="68"/>
        <source>Only events up to then (same forms as --since).</source>
        <translation>Nur Ereignisse bis dahin (gleiche Formen wie --since).</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="71"/>
        <source>Only this partner: an address, or a host name (its subdomains too).</source>
        <translation>Nur dieser Partner: eine Adresse oder ein Hostname (auch seine Subdomains).</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="73"/>
        <source>in, out or both (default).</source>
        <translation>in, out oder both (Standard).</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="76"/>
        <source>Year of classic syslog time stamps (default: the file&apos;s modification year).</source>
        <translation>Jahr klassischer Syslog-Zeitstempel (Standard: das Änderungsjahr der Datei).</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="78"/>
        <source>Partners listed in the table (default: 25; 0: all).</source>
        <translation>In der Tabelle aufgeführte Partner (Standard: 25; 0: alle).</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="81"/>
        <source>What breaks if these versions go, e.g. TLSv1,TLSv1.1 (or 1.0,1.1).</source>
        <translation>Was bricht, wenn diese Versionen wegfallen, z. B. TLSv1,TLSv1.1 (oder 1.0,1.1).</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="84"/>
        <source>What breaks with this suite list: OpenSSL list, IANA names or GnuTLS priority string.</source>
        <translation>Was mit dieser Suite-Liste bricht: OpenSSL-Liste, IANA-Namen oder GnuTLS-Prioritätszeichenkette.</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="88"/>
        <source>What breaks if the server serves only these certificate types (RSA, ECDSA).</source>
        <translation>Was bricht, wenn der Server nur diese Zertifikatstypen ausliefert (RSA, ECDSA).</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="90"/>
        <source>What breaks with a DHE prime of this size.</source>
        <translation>Was mit einer DHE-Primzahl dieser Größe bricht.</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="93"/>
        <source>A saved &apos;mailtls scan --json&apos; of the server: the change starts from it.</source>
        <translation>Ein gespeichertes &apos;mailtls scan --json&apos; des Servers: die Änderung geht davon aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="108"/>
        <source>Log files; - reads standard input.</source>
        <translation>Logdateien; - liest die Standardeingabe.</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="215"/>
        <source>Mail logs: %1 file(s), %2 lines (%3 not understood), %4 distinct messages, %5 – %6
</source>
        <translation>Mail-Logs: %1 Datei(en), %2 Zeilen (%3 nicht verstanden), %4 verschiedene Nachrichten, %5 – %6
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="220"/>
        <source>  %1  %2%3  %4 lines, %5 parsed, %6 not understood%7%8
</source>
        <translation>  %1  %2%3  %4 Zeilen, %5 gelesen, %6 nicht verstanden%7%8
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="224"/>
        <source>, %1 outside the time range</source>
        <translation>, %1 außerhalb des Zeitraums</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="225"/>
        <location filename="../app/cli/queue_command.cpp" line="410"/>
        <source>, %1 cut at the line limit</source>
        <translation>, %1 an der Zeilengrenze gekürzt</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="227"/>
        <source>    stopped: %1
</source>
        <translation>    abgebrochen: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="229"/>
        <source>    no known log format in the first lines (Exim main log, syslog with Exim or Postfix, journalctl short-iso or json)
</source>
        <translation>    kein bekanntes Log-Format in den ersten Zeilen (Exim-Mainlog, Syslog mit Exim oder Postfix, journalctl short-iso oder json)
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="231"/>
        <source>    line %1: %2
</source>
        <translation>    Zeile %1: %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="233"/>
        <source>    … and %1 more not understood
</source>
        <translation>    … und %1 weitere nicht verstanden
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="235"/>
        <source>
Partners: %1 inbound, %2 outbound; %3 messages, TLS %4; %5 cleartext (%6 partner(s)), %7 after a TLS failure
</source>
        <translation>
Partner: %1 eingehend, %2 ausgehend; %3 Nachrichten, TLS %4; %5 im Klartext (%6 Partner), %7 nach einem TLS-Fehler
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="244"/>
        <source>
TLS failures by cause
</source>
        <translation>
TLS-Fehler nach Ursache
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="248"/>
        <source> [%1%2]: %3 failure(s), %4 partner(s)
</source>
        <translation> [%1%2]: %3 Fehler, %4 Partner
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="255"/>
        <source>      … and %1 more
</source>
        <translation>      … und %1 weitere
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="262"/>
        <source>      %1 %2  ×%3, last %4
</source>
        <translation>      %1 %2  ×%3, zuletzt %4
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="266"/>
        <source>        e.g. %1 (%2)
</source>
        <translation>        z. B. %1 (%2)
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="270"/>
        <source>    next: %1
</source>
        <translation>    nächster Schritt: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="284"/>
        <source>
Cleartext partners
</source>
        <translation>
Partner im Klartext
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="288"/>
        <location filename="../app/cli/queue_command.cpp" line="414"/>
        <source>  … and %1 more
</source>
        <translation>  … und %1 weitere
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="291"/>
        <source>  %1 %2  %3 of %4 message(s) in cleartext%5, last %6
</source>
        <translation>  %1 %2  %3 von %4 Nachricht(en) im Klartext%5, zuletzt %6
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="294"/>
        <source>, %1 after a TLS failure</source>
        <translation>, %1 nach einem TLS-Fehler</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="301"/>
        <source>
Partners (most failures first, then most messages)
</source>
        <translation>
Partner (die meisten Fehler zuerst, dann die meisten Nachrichten)
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="305"/>
        <location filename="../app/cli/queue_command.cpp" line="337"/>
        <source>  … and %1 more (--top 0 lists all)
</source>
        <translation>  … und %1 weitere (--top 0 listet alle)
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="314"/>
        <source>  (authenticated submission: a user&apos;s client)</source>
        <translation>  (authentifizierte Einlieferung: der Client eines Benutzers)</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="316"/>
        <source>  (%1 authenticated submission(s))</source>
        <translation>  (%1 authentifizierte Einlieferung(en))</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="318"/>
        <source>      %1 message(s), %2 connection(s), TLS %3: %4
</source>
        <translation>      %1 Nachricht(en), %2 Verbindung(en), TLS %3: %4
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="320"/>
        <source>      cipher %1; verified %2; first %3, last %4
</source>
        <translation>      Cipher %1; geprüft %2; zuerst %3, zuletzt %4
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="331"/>
        <source>      failures: %1
</source>
        <translation>      Fehler: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="337"/>
        <source>
What breaks if: %1
</source>
        <translation>
Was bricht, wenn: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="339"/>
        <source>  cannot simulate: %1
</source>
        <translation>  Simulation nicht möglich: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="341"/>
        <source>  server as simulated: %1
</source>
        <translation>  Server wie simuliert: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="348"/>
        <source>    %1 %2  %3 message(s), last seen %4%5
</source>
        <translation>    %1 %2  %3 Nachricht(en), zuletzt gesehen %4%5
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="354"/>
        <source>Would lose TLS</source>
        <translation>Würden TLS verlieren</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="355"/>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="356"/>
        <source>  unaffected: %1 partner(s) keep a version and suite they used; %2 never used TLS here
</source>
        <translation>  nicht betroffen: %1 Partner behalten eine Version und Suite, die sie benutzt haben; %2 haben hier nie TLS benutzt
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="360"/>
        <source>note: </source>
        <translation>Hinweis: </translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="392"/>
        <source>no log file given (FILE..., or - for standard input)</source>
        <translation>keine Logdatei angegeben (FILE... oder - für die Standardeingabe)</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="396"/>
        <location filename="../app/cli/queue_command.cpp" line="210"/>
        <source>standard input (-) can be read only once</source>
        <translation>die Standardeingabe (-) kann nur einmal gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="415"/>
        <source>--since: &apos;%1&apos; is no time (2026-12-01, 2026-12-01T08:00, 24h, 7d)</source>
        <translation>--since: &apos;%1&apos; ist keine Zeitangabe (2026-12-01, 2026-12-01T08:00, 24h, 7d)</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="420"/>
        <source>--until: &apos;%1&apos; is no time (2026-12-01, 2026-12-01T08:00, 24h, 7d)</source>
        <translation>--until: &apos;%1&apos; ist keine Zeitangabe (2026-12-01, 2026-12-01T08:00, 24h, 7d)</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="431"/>
        <source>--direction: &apos;%1&apos; is none of in, out, both</source>
        <translation>--direction: &apos;%1&apos; ist keins von in, out, both</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="449"/>
        <source>--drop: &apos;%1&apos; is no TLS version (TLSv1, TLSv1.1, 1.2, ...)</source>
        <translation>--drop: &apos;%1&apos; ist keine TLS-Version (TLSv1, TLSv1.1, 1.2, ...)</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="463"/>
        <source>--only-cert: &apos;%1&apos; is neither RSA nor ECDSA</source>
        <translation>--only-cert: &apos;%1&apos; ist weder RSA noch ECDSA</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="484"/>
        <source>--server-report %1: no scan section (save one with &apos;mailtls scan --json&apos;)</source>
        <translation>--server-report %1: kein Scan-Abschnitt (einen mit &apos;mailtls scan --json&apos; speichern)</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="485"/>
        <source>--server-report %1</source>
        <translation>--server-report %1</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="509"/>
        <location filename="../app/cli/queue_command.cpp" line="627"/>
        <source>cannot write the JSON to standard output</source>
        <translation>das JSON kann nicht auf die Standardausgabe geschrieben werden</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="21"/>
        <source>Runs the built-in practice server: SMTP with STARTTLS and an implicit-TLS (SMTPS) port on
127.0.0.1 (and [::1]) only, with one TLS personality and throwaway certificates made at
start and removed at exit. It accepts any AUTH password and discards every message. Point
`mailtls session`, `mailtls scan`, openssl s_client or swaks at it to see what the
workbench says about a well-configured server or a typical mistake. Ctrl-C stops it.</source>
        <translation>Startet den eingebauten Übungsserver: SMTP mit STARTTLS und ein Implicit-TLS-Port (SMTPS), nur
auf 127.0.0.1 (und [::1]), mit einer TLS-Persönlichkeit und Wegwerf-Zertifikaten, die beim Start
erzeugt und beim Beenden entfernt werden. Er nimmt jedes AUTH-Passwort an und verwirft jede
Nachricht. Richten Sie `mailtls session`, `mailtls scan`, openssl s_client oder swaks darauf, um
zu sehen, was die Workbench zu einem gut konfigurierten Server oder einem typischen Fehler sagt.
Strg-C beendet ihn.</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="31"/>
        <source>The server to play (default: modern; --list shows all).</source>
        <translation>Der zu spielende Server (Standard: modern; --list zeigt alle).</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="34"/>
        <source>SMTP port with STARTTLS (default 0: a free port, printed at start).</source>
        <translation>SMTP-Port mit STARTTLS (Standard 0: ein freier Port, beim Start ausgegeben).</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="37"/>
        <source>Implicit-TLS (SMTPS) port (default 0: a free port).</source>
        <translation>Implicit-TLS-Port (SMTPS) (Standard 0: ein freier Port).</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="39"/>
        <source>List the personalities and what each one teaches.</source>
        <translation>Die Persönlichkeiten auflisten und was jede lehrt.</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="41"/>
        <source>Print one line per connection: peer, TLS version and suite, commands.</source>
        <translation>Eine Zeile je Verbindung ausgeben: Gegenstelle, TLS-Version und Suite, Befehle.</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="42"/>
        <source>Listen on 127.0.0.1 only, not on [::1].</source>
        <translation>Nur auf 127.0.0.1 lauschen, nicht auf [::1].</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="55"/>
        <source>  %1expected findings: %2
</source>
        <translation>  %1erwartete Befunde: %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="69"/>
        <source>--%1 must be a port from 0 to 65535, not &apos;%2&apos;</source>
        <translation>--%1 muss ein Port von 0 bis 65535 sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="94"/>
        <location filename="../app/cli/practice_command.cpp" line="154"/>
        <source>
Personalities:
</source>
        <translation>
Persönlichkeiten:
</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="95"/>
        <source>
Exit codes:
  0    stopped with Ctrl-C or SIGTERM
  2    usage error (unknown personality, bad port, port already in use)
  3    the server could not start (certificates, TLS setup)

Examples:
  mailtls practice-server
  mailtls practice-server --personality weak-dh --port 2525 --tls-port 4650
  mailtls practice-server --list
</source>
        <translation>
Exit-Codes:
  0    mit Strg-C oder SIGTERM beendet
  2    Aufruffehler (unbekannte Persönlichkeit, ungültiger Port, Port schon belegt)
  3    der Server konnte nicht starten (Zertifikate, TLS-Einrichtung)

Beispiele:
  mailtls practice-server
  mailtls practice-server --personality weak-dh --port 2525 --tls-port 4650
  mailtls practice-server --list
</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="120"/>
        <source>unexpected argument &apos;%1&apos; (the server always listens on 127.0.0.1; use --port)</source>
        <translation>unerwartetes Argument &apos;%1&apos; (der Server lauscht immer auf 127.0.0.1; verwenden Sie --port)</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="132"/>
        <source>unknown personality &apos;%1&apos;; choose one of: %2</source>
        <translation>unbekannte Persönlichkeit &apos;%1&apos;; wählen Sie eine von: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="141"/>
        <source>--port and --tls-port must differ (both %1)</source>
        <translation>--port und --tls-port müssen sich unterscheiden (beide %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="191"/>
        <source>MailTLS practice server, personality &quot;%1&quot;: %2
</source>
        <translation>MailTLS-Übungsserver, Persönlichkeit &quot;%1&quot;: %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="193"/>
        <source>SMTP with STARTTLS</source>
        <translation>SMTP mit STARTTLS</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="193"/>
        <source>SMTP, no STARTTLS</source>
        <translation>SMTP, kein STARTTLS</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="196"/>
        <source>  SMTPS (implicit TLS)  127.0.0.1:%1%2
</source>
        <translation>  SMTPS (Implicit TLS)  127.0.0.1:%1%2
</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="197"/>
        <source>  TLS                   %1%2, %3 certificates%4
</source>
        <translation>  TLS                   %1%2, %3-Zertifikate%4
</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="198"/>
        <source>  TLS                   %1%2, %3 certificate%4
</source>
        <translation>  TLS                   %1%2, %3-Zertifikat%4
</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="200"/>
        <source> to </source>
        <translation> bis </translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="202"/>
        <source>, DHE with a %1-bit prime</source>
        <translation>, DHE mit einer %1-Bit-Primzahl</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="203"/>
        <source>  practice CA           %1
</source>
        <translation>  Übungs-CA             %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="205"/>
        <source>  client certificate    %1 (key %2)
</source>
        <translation>  Client-Zertifikat     %1 (Schlüssel %2)
</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="206"/>
        <source>  expected findings     %1
</source>
        <translation>  erwartete Befunde     %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="208"/>
        <source>
Try:
</source>
        <translation>
Ausprobieren:
</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="216"/>
        <source>The certificates are throwaway: made now, deleted when the server stops. Ctrl-C stops it.
</source>
        <translation>Die Zertifikate sind Wegwerf-Zertifikate: jetzt erzeugt, gelöscht, wenn der Server stoppt. Strg-C beendet ihn.
</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="223"/>
        <source>Stopped after %1 connection(s); the practice certificates are removed.
</source>
        <translation>Nach %1 Verbindung(en) beendet; die Übungszertifikate sind entfernt.
</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="24"/>
        <source>Writes what a domain publishes so that senders protect mail to it, ready to paste: the DNS
zone lines (TLSA records for DANE on each MX, RFC 7672; the MTA-STS TXT record, RFC 8461;
the TLS-RPT TXT record, RFC 8460), the MTA-STS policy file, and the Exim and Postfix settings
that make a sending server use DANE. Nothing is looked up and nothing is sent: the records
come from the names and files given.

TLSA records are 3 1 1 (the SHA-256 of the public key: stays valid when the certificate is
renewed with the same key) for the leaf of --cert or for --key, and 2 1 1 for each CA
certificate in --cert. --next-key adds the record of the key that takes over next, with the
rollover steps.</source>
        <translation>Schreibt, was eine Domain veröffentlicht, damit Absender Mail an sie schützen, fertig zum Einfügen:
die DNS-Zonenzeilen (TLSA-Records für DANE an jedem MX, RFC 7672; der MTA-STS-TXT-Record,
RFC 8461; der TLS-RPT-TXT-Record, RFC 8460), die MTA-STS-Policy-Datei und die Exim- und
Postfix-Einstellungen, mit denen ein sendender Server DANE nutzt. Nichts wird nachgeschlagen und
nichts gesendet: die Records entstehen aus den angegebenen Namen und Dateien.

TLSA-Records sind 3 1 1 (der SHA-256 des öffentlichen Schlüssels: bleibt gültig, wenn das
Zertifikat mit demselben Schlüssel erneuert wird) für das Endzertifikat von --cert oder für --key,
und 2 1 1 für jedes CA-Zertifikat in --cert. --next-key fügt den Record des Schlüssels hinzu, der
als Nächstes übernimmt, mit den Schritten des Wechsels.</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="36"/>
        <source>
Exit codes:
  0    written
  2    usage error: a missing or malformed name, mode, max age, id or reporting URI; a --cert,
       --key, --next-key or --passphrase-file that cannot be read or holds no certificate or
       key; an unwritable --json path

Examples:
  mailtls records --domain example.org --mx mx1.example.org --mx mx2.example.org \
      --cert /etc/exim4/exim.crt --rua mailto:tls-reports@example.org
  mailtls records --domain example.org --mx mx.example.org --key mx.key --next-key next.key \
      --sts-mode enforce --sts-max-age 1209600
  mailtls records --domain example.org --mx mx.example.org --cert chain.pem --json - | jq .tlsa
</source>
        <translation>
Exit-Codes:
  0    geschrieben
  2    Aufruffehler: ein fehlender oder fehlerhafter Name, Modus, max age, id oder Report-URI; ein
       --cert, --key, --next-key oder --passphrase-file, das nicht lesbar ist oder kein Zertifikat
       bzw. keinen Schlüssel enthält; ein nicht beschreibbarer --json-Pfad

Beispiele:
  mailtls records --domain example.org --mx mx1.example.org --mx mx2.example.org \
      --cert /etc/exim4/exim.crt --rua mailto:tls-reports@example.org
  mailtls records --domain example.org --mx mx.example.org --key mx.key --next-key next.key \
      --sts-mode enforce --sts-max-age 1209600
  mailtls records --domain example.org --mx mx.example.org --cert chain.pem --json - | jq .tlsa
</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="53"/>
        <source>The mail domain (the part after the @).</source>
        <translation>Die Maildomain (der Teil nach dem @).</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="55"/>
        <source>An MX host of the domain; once per host, in MX order.</source>
        <translation>Ein MX-Host der Domain; einmal je Host, in MX-Reihenfolge.</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="58"/>
        <source>The server&apos;s certificate or chain file: 3 1 1 for its leaf, 2 1 1 for each CA in it.</source>
        <translation>Die Zertifikats- oder Kettendatei des Servers: 3 1 1 für ihr Endzertifikat, 2 1 1 für jede CA darin.</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="61"/>
        <source>The server&apos;s key (private or public, PEM or DER): its 3 1 1 record.</source>
        <translation>Der Schlüssel des Servers (privat oder öffentlich, PEM oder DER): sein 3-1-1-Record.</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="64"/>
        <source>The key (or certificate) that takes over at the next rollover: its record is published beside the current one.</source>
        <translation>Der Schlüssel (oder das Zertifikat), der beim nächsten Wechsel übernimmt: sein Record wird neben dem aktuellen veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="68"/>
        <source>Passphrase of an encrypted key in --cert, --key or --next-key (first line of FILE).</source>
        <translation>Passphrase eines verschlüsselten Schlüssels in --cert, --key oder --next-key (erste Zeile von FILE).</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="71"/>
        <source>MTA-STS policy mode: enforce, testing (default) or none (withdraws a policy).</source>
        <translation>MTA-STS-Policy-Modus: enforce, testing (Standard) oder none (zieht eine Policy zurück).</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="73"/>
        <source>No MTA-STS record and no policy file.</source>
        <translation>Kein MTA-STS-Record und keine Policy-Datei.</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="75"/>
        <source>How long senders keep the policy, in seconds (default: 604800, a week; at most 31557600).</source>
        <translation>Wie lange Absender die Policy behalten, in Sekunden (Standard: 604800, eine Woche; höchstens 31557600).</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="79"/>
        <source>The policy&apos;s id= (1-32 letters and digits; default: the UTC time, e.g. 20261206T093000). Change it whenever the policy changes.</source>
        <translation>Die id= der Policy (1-32 Buchstaben und Ziffern; Standard: die UTC-Zeit, z. B. 20261206T093000). Bei jeder Änderung der Policy ändern.</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="83"/>
        <source>Where TLS-RPT reports go: mailto:ADDRESS or https://URL; once per URI.</source>
        <translation>Wohin TLS-RPT-Berichte gehen: mailto:ADDRESS oder https://URL; einmal je URI.</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="85"/>
        <source>the records as JSON (schema &quot;mailtls.records/1&quot;)</source>
        <translation>die Records als JSON (Schema &quot;mailtls.records/1&quot;)</translation>
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
        <location filename="../app/cli/records_command.cpp" line="179"/>
        <source>--sts-max-age &quot;%1&quot; is not a number of seconds</source>
        <translation>--sts-max-age &quot;%1&quot; ist keine Anzahl Sekunden</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="183"/>
        <source>--sts-id needs a value (1-32 letters and digits)</source>
        <translation>--sts-id braucht einen Wert (1-32 Buchstaben und Ziffern)</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_args.cpp" line="18"/>
        <source>Compares two or more mail servers side by side: the members of one cluster, or one server
before and after a change. Each TARGET is a live server (HOST[:PORT], scanned now) or a
report saved with &apos;mailtls scan --json FILE&apos; (or session). Differences come first, the
certificate types leading: versions, suites, preference, groups, DH size, certificate
types, chain, key sizes, validity, findings. Then what is the same.</source>
        <translation>Vergleicht zwei oder mehr Mailserver nebeneinander: die Mitglieder eines Clusters oder einen Server
vor und nach einer Änderung. Jedes TARGET ist ein laufender Server (HOST[:PORT], jetzt gescannt) oder
ein mit „mailtls scan --json FILE“ (oder session) gespeicherter Bericht. Unterschiede kommen zuerst,
die Zertifikatstypen vorneweg: Versionen, Suites, Präferenz, Gruppen, DH-Größe, Zertifikatstypen,
Kette, Schlüsselgrößen, Gültigkeit, Befunde. Dann das, was gleich ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_args.cpp" line="25"/>
        <source>
Exit codes:
  0    compared (and nothing reached --fail-on)
  1    a finding at or above --fail-on SEVERITY in any report, or a difference with
       --fail-on difference
  2    usage error, an unreadable or foreign report file, an unwritable --json, --html or --pdf path
  3    no answer to judge from a live server: unreachable, no reply in time (also during the TLS handshake),
       or no STARTTLS or no mail server. A server that answers and refuses or breaks
       the handshake has answered: that is a finding (0, or 1 with --fail-on)
  130  interrupted (Ctrl-C)

Examples:
  mailtls compare mx1.example.org mx2.example.org
  mailtls compare before.json mx.example.org          # a saved scan against the server now
  mailtls compare mx1.example.org mx2.example.org --pdf cluster.pdf
  mailtls compare 127.0.0.1:2525 127.0.0.1:2526 --json - | jq .differences
</source>
        <translation>
Exit-Codes:
  0    verglichen (und nichts erreichte --fail-on)
  1    ein Befund auf oder über --fail-on SEVERITY in einem Bericht, oder ein Unterschied mit
       --fail-on difference
  2    Aufruffehler, eine unlesbare oder fremde Berichtsdatei, ein nicht beschreibbarer Pfad für --json, --html oder --pdf
  3    keine Antwort zu beurteilen von einem laufenden Server: nicht erreichbar, keine Antwort in der Zeit
       (auch während des TLS-Handshakes), oder kein STARTTLS oder kein Mailserver. Ein Server, der antwortet
       und den Handshake ablehnt oder abbricht, hat geantwortet: das ist ein Befund (0, oder 1 mit --fail-on)
  130  unterbrochen (Strg-C)

Beispiele:
  mailtls compare mx1.example.org mx2.example.org
  mailtls compare before.json mx.example.org          # ein gespeicherter Scan gegen den Server jetzt
  mailtls compare mx1.example.org mx2.example.org --pdf cluster.pdf
  mailtls compare 127.0.0.1:2525 127.0.0.1:2526 --json - | jq .differences
</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_args.cpp" line="45"/>
        <source>Mail protocol before TLS for live servers</source>
        <translation>Mailprotokoll vor TLS für laufende Server</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_args.cpp" line="48"/>
        <source>Connections open at once against each live server (default: 4).</source>
        <translation>Gleichzeitig offene Verbindungen zu jedem laufenden Server (Standard: 4).</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_args.cpp" line="50"/>
        <source>the comparison as JSON (kind &quot;compare&quot;)</source>
        <translation>den Vergleich als JSON (Art „compare“)</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_args.cpp" line="52"/>
        <source>Also write the comparison as one self-contained, printable HTML file.</source>
        <translation>Den Vergleich zusätzlich als eine eigenständige, druckbare HTML-Datei schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_args.cpp" line="55"/>
        <source>Write the comparison as a PDF file (A4: the differences side by side, each server&apos;s findings with their fixes), to forward to a partner&apos;s admin.</source>
        <translation>Den Vergleich als PDF-Datei schreiben (A4: die Unterschiede nebeneinander, die Befunde jedes Servers mit ihren Korrekturen), zum Weiterleiten an den Admin eines Partners.</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_args.cpp" line="59"/>
        <source>Exit 1 when a finding is at least this severe (info, low, medium, high, critical), or with &apos;difference&apos; when the servers differ at all.</source>
        <translation>Mit 1 beenden, wenn ein Befund mindestens so schwer ist (info, low, medium, high, critical), oder mit „difference“, sobald sich die Server überhaupt unterscheiden.</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_args.cpp" line="64"/>
        <source>Print only the one-line summary.</source>
        <translation>Nur die einzeilige Zusammenfassung ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_args.cpp" line="82"/>
        <source>HOST[:PORT] (PORT defaults to 25) or a saved report FILE.json; two or more.</source>
        <translation>HOST[:PORT] (PORT ist standardmäßig 25) oder ein gespeicherter Bericht FILE.json; zwei oder mehr.</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_args.cpp" line="117"/>
        <source>missing TARGETs: name two or more servers or saved reports</source>
        <translation>TARGETs fehlen: nennen Sie zwei oder mehr Server oder gespeicherte Berichte</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_args.cpp" line="118"/>
        <source>one TARGET is not a comparison: name at least two</source>
        <translation>ein TARGET ist kein Vergleich: nennen Sie mindestens zwei</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_args.cpp" line="170"/>
        <source>--fail-on must be info, low, medium, high, critical or difference, not &apos;%1&apos;</source>
        <translation>--fail-on muss info, low, medium, high, critical oder difference sein, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="18"/>
        <source>Checks every partner at once: one session (or scan) per target of FILE (&apos;-&apos;: stdin), many
at once but politely per host, each report streamed as one JSON line as it finishes, then a
table: per target the TLS version and cipher (or the failure), the worst finding, the days
the certificate has left and the time it took; then the totals.</source>
        <translation>Prüft alle Partner auf einmal: eine Sitzung (oder ein Scan) je Ziel aus FILE („-“: Standardeingabe),
viele gleichzeitig, aber rücksichtsvoll je Host, jeder Bericht als eine JSON-Zeile ausgegeben, sobald
er fertig ist, dann eine Tabelle: je Ziel die TLS-Version und der Cipher (oder der Fehler), der
schwerste Befund, die verbleibenden Tage des Zertifikats und die benötigte Zeit; dann die Summen.</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="24"/>
        <source>
The list:
  One target a line: HOST[:PORT], [IPv6]:PORT, smtp://HOST[:PORT] (STARTTLS, port 25),
  smtps://HOST[:PORT] (implicit TLS, 465) or lmtp://HOST[:PORT] (LMTP, 24). Without a scheme
  the port decides, as for &apos;mailtls session&apos;. &apos;#&apos; starts a comment; blank lines are ignored.
  A bad line is reported as FILE:LINE: why and skipped. A host is the name or address as
  written: --per-host and --delay count connections to it.

Busy hosts:
  A 421 greeting or a close before the greeting is &apos;busy&apos;, not a refusal. The host&apos;s targets
  share one back-off: each busy answer lowers the connections allowed at once to that host
  and spaces their starts out; a session turned away is retried after 0.25 s, 0.5 s, 1 s...
  (up to 8 times), with each earlier attempt noted in its transcript.

JSON Lines (--jsonl):
  One mailtls.report/1 object per line, the same keys as &apos;mailtls session --json&apos; (or scan),
  written and flushed as each target finishes, in the order they finish. A target stopped by
  Ctrl-C or --max-time is not written, so --resume checks it again. --resume FILE skips the
  targets FILE already holds (matched on host, port, dialect and implicit TLS) and appends
  to it. --baseline OLD.jsonl prints per target what changed since that run: findings new
  and gone, TLS versions gained and lost, the certificate&apos;s fingerprint, reachability.

Exit codes:
  0    the fleet ran (findings below --fail-on, if any)
  1    a target has a finding at or above --fail-on
  2    usage error (bad option, unreadable list, unwritable --jsonl, no target in the list)
  3    no answer to judge: every target checked was unreachable, timed out or broke the
       mail protocol; or --max-time stopped the run before every target was checked
  130  interrupted (Ctrl-C); every finished target is in the --jsonl file

Examples:
  mailtls fleet partners.txt --jsonl today.jsonl
  mailtls fleet partners.txt --jsonl today.jsonl --baseline yesterday.jsonl --fail-on high
  mailtls fleet partners.txt --resume today.jsonl          # carry on after Ctrl-C
  mailtls fleet partners.txt --mode scan --concurrency 4 --delay 500 --max-time 3600
</source>
        <translation>
Die Liste:
  Ein Ziel je Zeile: HOST[:PORT], [IPv6]:PORT, smtp://HOST[:PORT] (STARTTLS, Port 25),
  smtps://HOST[:PORT] (implizites TLS, 465) oder lmtp://HOST[:PORT] (LMTP, 24). Ohne Schema
  entscheidet der Port, wie bei „mailtls session“. „#“ beginnt einen Kommentar; Leerzeilen werden
  ignoriert. Eine fehlerhafte Zeile wird als FILE:LINE: Grund gemeldet und übersprungen. Ein Host ist
  der Name oder die Adresse, wie geschrieben: --per-host und --delay zählen Verbindungen zu ihm.

Beschäftigte Hosts:
  Eine 421-Begrüßung oder ein Schließen vor der Begrüßung heißt „beschäftigt“, nicht Ablehnung. Die
  Ziele eines Hosts teilen sich ein Zurückweichen: jede Besetzt-Antwort senkt die gleichzeitig erlaubten
  Verbindungen zu diesem Host und streckt ihre Starts; eine abgewiesene Sitzung wird nach 0,25 s,
  0,5 s, 1 s... erneut versucht (bis zu 8-mal), jeder frühere Versuch in ihrem Mitschnitt vermerkt.

JSON Lines (--jsonl):
  Ein mailtls.report/1-Objekt je Zeile, dieselben Schlüssel wie „mailtls session --json“ (oder scan),
  geschrieben und geleert, sobald jedes Ziel fertig ist, in der Reihenfolge des Fertigwerdens. Ein
  durch Strg-C oder --max-time gestopptes Ziel wird nicht geschrieben, also prüft --resume es erneut.
  --resume FILE überspringt die Ziele, die FILE schon enthält (verglichen nach Host, Port, Dialekt und
  implizitem TLS), und hängt an. --baseline OLD.jsonl gibt je Ziel aus, was sich seit jenem Lauf
  geändert hat: neue und verschwundene Befunde, gewonnene und verlorene TLS-Versionen, der
  Fingerabdruck des Zertifikats, die Erreichbarkeit.

Exit-Codes:
  0    die Flotte lief (Befunde unter --fail-on, falls vorhanden)
  1    ein Ziel hat einen Befund auf oder über --fail-on
  2    Aufruffehler (falsche Option, unlesbare Liste, nicht beschreibbares --jsonl, kein Ziel in der Liste)
  3    keine Antwort zu beurteilen: jedes geprüfte Ziel war nicht erreichbar, lief in ein Zeitlimit oder
       brach das Mailprotokoll ab; oder --max-time beendete den Lauf, bevor jedes Ziel geprüft war
  130  unterbrochen (Strg-C); jedes fertige Ziel steht in der --jsonl-Datei

Beispiele:
  mailtls fleet partners.txt --jsonl today.jsonl
  mailtls fleet partners.txt --jsonl today.jsonl --baseline yesterday.jsonl --fail-on high
  mailtls fleet partners.txt --resume today.jsonl          # nach Strg-C weitermachen
  mailtls fleet partners.txt --mode scan --concurrency 4 --delay 500 --max-time 3600
</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="64"/>
        <source>What to run per target: session (one handshake) or scan (every version and suite) (default: session).</source>
        <translation>Was je Ziel läuft: session (ein Handshake) oder scan (jede Version und Suite) (Standard: session).</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="68"/>
        <source>Targets checked at once, overall (default: 8).</source>
        <translation>Insgesamt gleichzeitig geprüfte Ziele (Standard: 8).</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="70"/>
        <source>Targets, and connections over all of them, at once against one host (default: 1: mail servers rate-limit scanners).</source>
        <translation>Ziele – und Verbindungen über alle hinweg – gleichzeitig gegen einen Host (Standard: 1: Mailserver drosseln Scanner).</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="74"/>
        <source>At least MS milliseconds between two connection starts to one host (default: 0).</source>
        <translation>Mindestens MS Millisekunden zwischen zwei Verbindungsaufbauten zu einem Host (Standard: 0).</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="82"/>
        <source>Stop the whole run after SECONDS: running targets are stopped, the rest not started (exit 3).</source>
        <translation>Den ganzen Lauf nach SECONDS beenden: laufende Ziele werden gestoppt, die übrigen nicht gestartet (Exit 3).</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="90"/>
        <source>Lowest TLS version to offer (a scan: to test): 1.0, 1.1, 1.2 or 1.3.</source>
        <translation>Niedrigste anzubietende TLS-Version (bei scan: zu testende): 1.0, 1.1, 1.2 oder 1.3.</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="93"/>
        <source>Highest TLS version to offer (a scan: to test).</source>
        <translation>Höchste anzubietende TLS-Version (bei scan: zu testende).</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="95"/>
        <source>Write each target&apos;s report as one JSON line to FILE as it finishes; &apos;-&apos; writes them to stdout instead of the table.</source>
        <translation>Den Bericht jedes Ziels als eine JSON-Zeile nach FILE schreiben, sobald es fertig ist; „-“ schreibt sie statt der Tabelle auf die Standardausgabe.</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="99"/>
        <source>Skip the targets FILE (an earlier --jsonl) already holds and append the rest to it.</source>
        <translation>Die Ziele überspringen, die FILE (ein früheres --jsonl) schon enthält, und den Rest daran anhängen.</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="103"/>
        <source>Print per target what changed since this earlier --jsonl run.</source>
        <translation>Je Ziel ausgeben, was sich seit diesem früheren --jsonl-Lauf geändert hat.</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="107"/>
        <source>A line on stderr per finished target (default: when stdout is not a terminal).</source>
        <translation>Eine Zeile auf stderr je fertigem Ziel (Standard: wenn stdout kein Terminal ist).</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="111"/>
        <source>Print only the totals, no table and no progress.</source>
        <translation>Nur die Summen ausgeben, keine Tabelle und keinen Fortschritt.</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="125"/>
        <source>The targets, one a line (&apos;-&apos;: stdin).</source>
        <translation>Die Ziele, eines je Zeile („-“: Standardeingabe).</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="160"/>
        <source>missing FILE (the targets, one a line; &apos;-&apos; for stdin)</source>
        <translation>FILE fehlt (die Ziele, eines je Zeile; „-“ für die Standardeingabe)</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="164"/>
        <source>one list only, got &apos;%1&apos;</source>
        <translation>nur eine Liste, erhalten: „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="178"/>
        <source>--mode must be session or scan, not &apos;%1&apos;</source>
        <translation>--mode muss session oder scan sein, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="225"/>
        <location filename="../app/cli/session_args.cpp" line="423"/>
        <source>--%1 must be 1.0, 1.1, 1.2 or 1.3, not &apos;%2&apos;</source>
        <translation>--%1 muss 1.0, 1.1, 1.2 oder 1.3 sein, nicht „%2“</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="231"/>
        <location filename="../app/cli/session_args.cpp" line="432"/>
        <source>--tls-min %1 is above --tls-max %2</source>
        <translation>--tls-min %1 liegt über --tls-max %2</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="245"/>
        <source>--jsonl needs a FILE or &apos;-&apos;</source>
        <translation>--jsonl braucht eine FILE oder „-“</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="254"/>
        <source>--resume appends to its own file: leave out --jsonl or name the same file</source>
        <translation>--resume hängt an seine eigene Datei an: lassen Sie --jsonl weg oder nennen Sie dieselbe Datei</translation>
    </message>
    <message>
        <location filename="../app/cli/interactive_console.cpp" line="217"/>
        <location filename="../app/cli/interactive_console.cpp" line="306"/>
        <source>line not sent: longer than %1 bytes</source>
        <translation>Zeile nicht gesendet: länger als %1 Bytes</translation>
    </message>
    <message>
        <location filename="../app/cli/interactive_console.cpp" line="251"/>
        <source>(no reply within %1 s; going on)</source>
        <translation>(keine Antwort innerhalb von %1 s; es geht weiter)</translation>
    </message>
    <message>
        <location filename="../app/cli/interactive_console.cpp" line="283"/>
        <source>unknown console command %1 (/help lists them; /raw %1 sends it to the server)</source>
        <translation>unbekannter Konsolenbefehl %1 (/help listet sie auf; /raw %1 sendet ihn an den Server)</translation>
    </message>
    <message>
        <location filename="../app/cli/interactive_console.cpp" line="400"/>
        <source>error: cannot create a pipe</source>
        <translation>Fehler: kann keine Pipe anlegen</translation>
    </message>
    <message>
        <location filename="../app/cli/interactive_console.cpp" line="468"/>
        <source>console: lines you type go to the server as typed; /help lists the console&apos;s commands, Ctrl-D ends with %1.</source>
        <translation>Konsole: eingegebene Zeilen gehen unverändert an den Server; /help listet die Befehle der Konsole, Strg-D beendet mit %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/interactive_console.cpp" line="470"/>
        <source>a disconnect</source>
        <translation>einem Verbindungsabbau</translation>
    </message>
    <message>
        <location filename="../app/cli/interactive_console.cpp" line="472"/>
        <source>console: sending the lines read from standard input</source>
        <translation>Konsole: sende die von der Standardeingabe gelesenen Zeilen</translation>
    </message>
    <message>
        <location filename="../app/cli/interactive_console.cpp" line="509"/>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <location filename="../app/cli/interactive_console.cpp" line="542"/>
        <source>  Lines you type go to the server as typed, inside TLS, with CR LF appended.
  Console commands start with a slash (no mail command does):
    /help        this text
    /tls         the negotiated TLS parameters
    /raw LINE    send LINE as typed (for a line that starts with a slash)
    /quit        send the logout (QUIT), wait for its reply and end
  Ctrl-D does what /quit does; Ctrl-C disconnects at once.
  Unlike openssl s_client, a line starting with R (RCPT TO) is sent, not turned into a
  TLS renegotiation, and a line starting with Q is sent, not taken as &quot;disconnect&quot;:
  every line reaches the server exactly as typed.
  AUTH secrets typed are redacted in the transcript and report unless --show-secrets.
</source>
        <translation>  Eingegebene Zeilen gehen unverändert an den Server, innerhalb von TLS, mit angehängtem CR LF.
  Konsolenbefehle beginnen mit einem Schrägstrich (kein Mailbefehl tut das):
    /help        dieser Text
    /tls         die ausgehandelten TLS-Parameter
    /raw LINE    LINE unverändert senden (für eine Zeile, die mit einem Schrägstrich beginnt)
    /quit        die Abmeldung (QUIT) senden, auf ihre Antwort warten und enden
  Strg-D tut, was /quit tut; Strg-C trennt die Verbindung sofort.
  Anders als bei openssl s_client wird eine Zeile, die mit R beginnt (RCPT TO), gesendet und
  nicht zu einer TLS-Neuverhandlung, und eine Zeile, die mit Q beginnt, wird gesendet und nicht
  als „Verbindung trennen“ verstanden: jede Zeile erreicht den Server genau wie eingegeben.
  Eingegebene AUTH-Geheimnisse werden in Mitschnitt und Bericht geschwärzt, außer mit --show-secrets.
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="27"/>
        <source>Reads a mail queue listing and says what is stuck: how many messages wait for how many
recipients, which destination domains hold most of them, how old they are, and which
messages are frozen (Exim) or on hold (Postfix). The listing is what the mail server
prints, saved or piped in:
  exim -bp (or mailq, exim -bpa, -bpu), both message-id formats (Exim 4.97&apos;s too)
  postqueue -j (Postfix 3.1 and later: one JSON object per line, with delay reasons)
  postqueue -p / mailq of Postfix (queue ids with * active and ! on hold, delay reasons)
Plain or compressed (gzip, xz, bzip2). With --log, the server&apos;s own mail logs are read too
(as &apos;mailtls log&apos; reads them) and every stuck domain is shown with the TLS failures of the
partners it is delivered to.</source>
        <translation>Liest eine Mail-Warteschlangenliste und sagt, was feststeckt: wie viele Nachrichten auf wie viele
Empfänger warten, welche Zieldomains die meisten davon halten, wie alt sie sind und welche
Nachrichten eingefroren (Exim) oder zurückgehalten (Postfix) sind. Die Liste ist das, was der
Mailserver ausgibt, gespeichert oder per Pipe:
  exim -bp (oder mailq, exim -bpa, -bpu), beide Message-ID-Formate (auch das von Exim 4.97)
  postqueue -j (Postfix 3.1 und neuer: ein JSON-Objekt je Zeile, mit Verzögerungsgründen)
  postqueue -p / mailq von Postfix (Queue-IDs mit * aktiv und ! zurückgehalten, Verzögerungsgründe)
Unkomprimiert oder komprimiert (gzip, xz, bzip2). Mit --log werden auch die Mail-Logs des Servers
gelesen (wie &apos;mailtls log&apos; sie liest), und jede feststeckende Domain wird mit den TLS-Fehlern der
Partner gezeigt, an die zugestellt wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="39"/>
        <source>
Counting:
  A recipient is &apos;waiting&apos; until it is delivered (Exim marks delivered ones with D). A domain
  counts the messages with a recipient waiting there; &apos;oldest&apos; is the oldest of them. Exim
  lists ages and sizes rounded (25m, 3h, 4d; 2.9K); a Postfix age is measured to now.
  --domain counts only the recipients in that domain (and its subdomains).
  --log matches a domain to the outbound partners of the logs by host name: a partner whose
  name is the domain or ends with &apos;.DOMAIN&apos; (an address literal [192.0.2.1] by its address).
  MX hosts named under another domain are not found this way.

Exit codes:
  0    read (also when messages are stuck: the text says so)
  2    usage error; the listing (or a --log file) cannot be opened, or is no queue listing
  3    the listing or a --log file was damaged part-way (named with FILE:LINE): everything
       before it is reported
  130  interrupted (Ctrl-C) while reading --log files

Examples:
  exim -bp | mailtls queue -
  mailtls queue queue.txt --domain example.net --older-than 4h
  postqueue -j | mailtls queue - --json stuck.json
  mailtls queue queue.txt --log /var/log/exim4/mainlog --log /var/log/exim4/mainlog.1.gz
</source>
        <translation>
Zählweise:
  Ein Empfänger &apos;wartet&apos;, bis zugestellt ist (Exim markiert zugestellte mit D). Eine Domain
  zählt die Nachrichten mit einem dort wartenden Empfänger; &apos;älteste&apos; ist die älteste davon. Exim
  listet Alter und Größen gerundet (25m, 3h, 4d; 2.9K); ein Postfix-Alter wird bis jetzt gemessen.
  --domain zählt nur die Empfänger in dieser Domain (und ihren Subdomains).
  --log ordnet eine Domain den ausgehenden Partnern der Logs per Hostname zu: ein Partner, dessen
  Name die Domain ist oder auf &apos;.DOMAIN&apos; endet (ein Adressliteral [192.0.2.1] über seine Adresse).
  MX-Hosts, die unter einer anderen Domain heißen, werden so nicht gefunden.

Exit-Codes:
  0    gelesen (auch wenn Nachrichten feststecken: der Text sagt es)
  2    Aufruffehler; die Liste (oder eine --log-Datei) lässt sich nicht öffnen oder ist keine
       Warteschlangenliste
  3    die Liste oder eine --log-Datei war mittendrin beschädigt (genannt mit FILE:LINE): alles
       davor wird berichtet
  130  unterbrochen (Strg-C) beim Lesen der --log-Dateien

Beispiele:
  exim -bp | mailtls queue -
  mailtls queue queue.txt --domain example.net --older-than 4h
  postqueue -j | mailtls queue - --json stuck.json
  mailtls queue queue.txt --log /var/log/exim4/mainlog --log /var/log/exim4/mainlog.1.gz
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="65"/>
        <source>the JSON document (schema &quot;mailtls.queue/1&quot;)</source>
        <translation>das JSON-Dokument (Schema &quot;mailtls.queue/1&quot;)</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="67"/>
        <source>Only messages with a recipient waiting in this domain (or its subdomains).</source>
        <translation>Nur Nachrichten mit einem in dieser Domain (oder ihren Subdomains) wartenden Empfänger.</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="70"/>
        <source>Only messages at least this old: 45s, 30m, 4h, 2d, 1w (or seconds).</source>
        <translation>Nur Nachrichten, die mindestens so alt sind: 45s, 30m, 4h, 2d, 1w (oder Sekunden).</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="73"/>
        <source>Domains and frozen messages listed in the text (default: 20; 0: all).</source>
        <translation>Im Text aufgeführte Domains und eingefrorene Nachrichten (Standard: 20; 0: alle).</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="76"/>
        <source>A mail log (Exim or Postfix; repeat for rotations): tie the stuck domains to the TLS failures of their partners.</source>
        <translation>Ein Mail-Log (Exim oder Postfix; für Rotationen wiederholen): die feststeckenden Domains mit den TLS-Fehlern ihrer Partner verknüpfen.</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="89"/>
        <source>The queue listing; - reads standard input.</source>
        <translation>Die Warteschlangenliste; - liest die Standardeingabe.</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="106"/>
        <source>(sender not listed)</source>
        <translation>(Absender nicht aufgeführt)</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="119"/>
        <source>(no domain)</source>
        <translation>(keine Domain)</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="126"/>
        <source>domain %1</source>
        <translation>Domain %1</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="128"/>
        <source>older than %1</source>
        <translation>älter als %1</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="183"/>
        <source>name the queue listing: FILE, or - for standard input (e.g. &apos;exim -bp | mailtls queue -&apos;)</source>
        <translation>die Warteschlangenliste angeben: FILE oder - für die Standardeingabe (z. B. &apos;exim -bp | mailtls queue -&apos;)</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="187"/>
        <source>one queue listing at a time, not &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>eine Warteschlangenliste auf einmal, nicht &apos;%1&apos; und &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="202"/>
        <source>--older-than must be an age such as 45s, 30m, 4h, 2d or 1w, not &apos;%1&apos;</source>
        <translation>--older-than muss ein Alter wie 45s, 30m, 4h, 2d oder 1w sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="250"/>
        <source>on hold</source>
        <translation>zurückgehalten</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="250"/>
        <source>frozen</source>
        <translation>eingefroren</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="254"/>
        <source>%1 waiting, %2 not delivered, %3 %4; oldest %5</source>
        <translation>%1 wartend, %2 nicht zugestellt, %3 %4; älteste %5</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="255"/>
        <location filename="../app/cli/queue_command.cpp" line="317"/>
        <location filename="../app/cli/queue_command.cpp" line="323"/>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="255"/>
        <location filename="../app/cli/queue_command.cpp" line="317"/>
        <location filename="../app/cli/queue_command.cpp" line="323"/>
        <source>messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="256"/>
        <location filename="../app/cli/queue_command.cpp" line="378"/>
        <source>recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="256"/>
        <location filename="../app/cli/queue_command.cpp" line="378"/>
        <source>recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="259"/>
        <source>nothing waiting</source>
        <translation>nichts wartet</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="261"/>
        <source> (%1; %2 left out)</source>
        <translation> (%1; %2 ausgelassen)</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="262"/>
        <source>Queue: </source>
        <translation>Warteschlange: </translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="263"/>
        <location filename="../app/cli/queue_command.cpp" line="647"/>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="267"/>
        <location filename="../app/cli/queue_command.cpp" line="409"/>
        <location filename="../app/cli/queue_command.cpp" line="649"/>
        <source>line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="267"/>
        <location filename="../app/cli/queue_command.cpp" line="409"/>
        <location filename="../app/cli/queue_command.cpp" line="649"/>
        <source>lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="269"/>
        <source>, ages measured to %1 UTC</source>
        <translation>, Alter gemessen bis %1 UTC</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="272"/>
        <source>  %1 further messages are counted but not kept one by one
</source>
        <translation>  %1 weitere Nachrichten sind gezählt, aber nicht einzeln festgehalten
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="275"/>
        <source>
By destination domain (most stuck first)
</source>
        <translation>
Nach Zieldomain (am meisten Feststeckende zuerst)
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="277"/>
        <source>  no recipient waiting
</source>
        <translation>  kein Empfänger wartet
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="292"/>
        <source>DOMAIN</source>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="292"/>
        <source>MESSAGES</source>
        <translation>NACHRICHTEN</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="292"/>
        <source>WAITING</source>
        <translation>WARTEND</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="292"/>
        <source>OLDEST</source>
        <translation>ÄLTESTE</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="293"/>
        <source>HOLD</source>
        <translation>ZURÜCK</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="293"/>
        <source>FROZEN</source>
        <translation>EINGEFR.</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="297"/>
        <source>  … and %1 (--top 0 lists all)
</source>
        <translation>  … und %1 (--top 0 listet alle)
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="298"/>
        <source>more domain</source>
        <translation>weitere Domain</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="298"/>
        <source>more domains</source>
        <translation>weitere Domains</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="306"/>
        <source>      why: %1
</source>
        <translation>      Grund: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="309"/>
        <source>(further domains)</source>
        <translation>(weitere Domains)</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="314"/>
        <source>
By age
</source>
        <translation>
Nach Alter
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="318"/>
        <source>%1 waiting</source>
        <translation>%1 wartend</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="322"/>
        <source>  %1 %2 (the listing gives no age)
</source>
        <translation>  %1 %2 (die Liste nennt kein Alter)
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="331"/>
        <source>
Messages on hold
</source>
        <translation>
Zurückgehaltene Nachrichten
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="331"/>
        <source>
Frozen messages
</source>
        <translation>
Eingefrorene Nachrichten
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="333"/>
        <source>  none
</source>
        <translation>  keine
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="346"/>
        <source>no recipient waiting</source>
        <translation>kein Empfänger wartet</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="346"/>
        <source>to </source>
        <translation>an </translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="348"/>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="350"/>
        <source>  %1  %2  from %3  %4
</source>
        <translation>  %1  %2  von %3  %4
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="355"/>
        <source>  (%1 more among the messages not kept one by one)
</source>
        <translation>  (%1 weitere unter den nicht einzeln festgehaltenen Nachrichten)
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="364"/>
        <source>
Messages the listing could not show
</source>
        <translation>
Nachrichten, die die Liste nicht zeigen konnte
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="368"/>
        <source>
Stuck domains in the logs (outbound partners matched by host name)
</source>
        <translation>
Feststeckende Domains in den Logs (ausgehende Partner per Hostname zugeordnet)
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="374"/>
        <source>  … and more domains (--top 0 lists all)
</source>
        <translation>  … und weitere Domains (--top 0 listet alle)
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="378"/>
        <source>  %1  (%2 waiting)
</source>
        <translation>  %1  (%2 wartend)
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="381"/>
        <source>      no outbound partner in the logs is named under %1 (an MX host with another name is not found by name)
</source>
        <translation>      kein ausgehender Partner in den Logs heißt unter %1 (ein MX-Host mit anderem Namen wird per Name nicht gefunden)
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="388"/>
        <source>message delivered</source>
        <translation>Nachricht zugestellt</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="388"/>
        <source>messages delivered</source>
        <translation>Nachrichten zugestellt</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="390"/>
        <source> (TLS %1)</source>
        <translation> (TLS %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="391"/>
        <source>      address match: %1  %2, %3
</source>
        <translation>      Adress-Treffer: %1  %2, %3
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="391"/>
        <source>      name match: %1  %2, %3
</source>
        <translation>      Namens-Treffer: %1  %2, %3
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="393"/>
        <source>no TLS failure</source>
        <translation>kein TLS-Fehler</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="394"/>
        <source>TLS failure</source>
        <translation>TLS-Fehler</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="394"/>
        <source>TLS failures</source>
        <translation>TLS-Fehler</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="402"/>
        <source>  no domain has a recipient waiting
</source>
        <translation>  keine Domain hat einen wartenden Empfänger
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="407"/>
        <source>
Not understood
</source>
        <translation>
Nicht verstanden
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="408"/>
        <source>  %1 of %2 not understood%3
</source>
        <translation>  %1 von %2 nicht verstanden%3
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="412"/>
        <source>  line %1: %2
</source>
        <translation>  Zeile %1: %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="646"/>
        <source>%1:%2: not a queue listing (exim -bp, postqueue -j or postqueue -p); %3 not understood</source>
        <translation>%1:%2: keine Warteschlangenliste (exim -bp, postqueue -j oder postqueue -p); %3 nicht verstanden</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="654"/>
        <source>--log: %1</source>
        <translation>--log: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="18"/>
        <source>Scans the TLS side of a mail server: which protocol versions (SSLv2 ... TLS 1.3) and which
cipher suites of the whole IANA registry it accepts, whether it enforces its own suite order,
the key exchange groups, the DH prime size and the certificate types it serves. Suites the
linked OpenSSL cannot offer are probed with mailtls&apos;s own ClientHello. Each version costs
about one connection per accepted suite plus one.</source>
        <translation>Scannt die TLS-Seite eines Mailservers: welche Protokollversionen (SSLv2 ... TLS 1.3) und welche
Cipher-Suites des ganzen IANA-Registers er annimmt, ob er seine eigene Suite-Reihenfolge durchsetzt,
die Schlüsselaustauschgruppen, die Größe der DH-Primzahl und die Zertifikatstypen, die er ausliefert.
Suites, die das gelinkte OpenSSL nicht anbieten kann, werden mit mailtls&apos; eigenem ClientHello geprobt.
Jede Version kostet etwa eine Verbindung je angenommener Suite plus eine.</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="25"/>
        <source>
Politeness:
  At most --max-conn connections are open at once. A server that answers 421, closes before
  its greeting or sends no greeting in time is busy, not refusing: the scan waits (doubling
  the pause), retries with fewer connections and reports smtp.rate_limited.

Exit codes:
  0    the scan ran (findings below --fail-on, if any)
  1    a finding at or above --fail-on
  2    usage error (including an unwritable --json, --html or --pdf path)
  3    no answer to judge: unreachable, no reply in time (also during the TLS handshake),
       or no STARTTLS or no mail server. A server that answers and refuses or breaks
       the handshake has answered: that is a finding (0, or 1 with --fail-on)
  130  interrupted (Ctrl-C)

Examples:
  mailtls scan mx.example.org
  mailtls scan 127.0.0.1:2525 --json - | jq .scan.ciphers
  mailtls scan mx.example.org --html mx-scan.html
  mailtls scan smtp.example.org:465 --max-conn 2 --delay 200 --fail-on medium
</source>
        <translation>
Rücksicht:
  Höchstens --max-conn Verbindungen sind gleichzeitig offen. Ein Server, der 421 antwortet, vor seiner
  Begrüßung schließt oder keine Begrüßung in der Zeit sendet, ist beschäftigt, lehnt aber nicht ab: der
  Scan wartet (mit verdoppelter Pause), versucht es mit weniger Verbindungen erneut und meldet
  smtp.rate_limited.

Exit-Codes:
  0    der Scan lief (Befunde unter --fail-on, falls vorhanden)
  1    ein Befund auf oder über --fail-on
  2    Aufruffehler (auch ein nicht beschreibbarer Pfad für --json, --html oder --pdf)
  3    keine Antwort zu beurteilen: nicht erreichbar, keine Antwort in der Zeit (auch während des
       TLS-Handshakes), oder kein STARTTLS oder kein Mailserver. Ein Server, der antwortet und den
       Handshake ablehnt oder abbricht, hat geantwortet: das ist ein Befund (0, oder 1 mit --fail-on)
  130  unterbrochen (Strg-C)

Beispiele:
  mailtls scan mx.example.org
  mailtls scan 127.0.0.1:2525 --json - | jq .scan.ciphers
  mailtls scan mx.example.org --html mx-scan.html
  mailtls scan smtp.example.org:465 --max-conn 2 --delay 200 --fail-on medium
</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="59"/>
        <source>Connections open at once against the server (default: 4).</source>
        <translation>Gleichzeitig offene Verbindungen zum Server (Standard: 4).</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="62"/>
        <source>Pause of at least MS milliseconds between two connection starts (default: 0).</source>
        <translation>Pause von mindestens MS Millisekunden zwischen zwei Verbindungsaufbauten (Standard: 0).</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="65"/>
        <source>Stop the whole scan after SECONDS and report it as incomplete (exit 3).</source>
        <translation>Den ganzen Scan nach SECONDS beenden und als unvollständig melden (Exit 3).</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="68"/>
        <source>Leave out the probes a server may log as an attack (client-initiated renegotiation, heartbleed, ccs_injection, robot, ticketbleed, starttls_injection); reported as not tested.</source>
        <translation>Die Proben weglassen, die ein Server als Angriff protokollieren könnte (vom Client angestoßene Neuverhandlung, heartbleed, ccs_injection, robot, ticketbleed, starttls_injection); sie werden als nicht getestet gemeldet.</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="72"/>
        <source>Leave out these checks (comma list; reported as not tested): %1.</source>
        <translation>Diese Prüfungen weglassen (durch Kommas getrennt; als nicht getestet gemeldet): %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="76"/>
        <source>The server&apos;s role for the STARTTLS checks: submission (MAIL and AUTH must wait for TLS), mx or lmtp (default: from the port, 587 submission, 25 mx).</source>
        <translation>Die Rolle des Servers für die STARTTLS-Prüfungen: submission (MAIL und AUTH müssen auf TLS warten), mx oder lmtp (Standard: nach dem Port, 587 submission, 25 mx).</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="80"/>
        <source>Progress on stderr as plain lines also when it is not a terminal.</source>
        <translation>Fortschritt auf stderr als einfache Zeilen, auch wenn es kein Terminal ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="83"/>
        <location filename="../app/cli/session_args.cpp" line="133"/>
        <source>Also write a self-contained, printable HTML report to FILE (for a ticket).</source>
        <translation>Zusätzlich einen eigenständigen, druckbaren HTML-Bericht nach FILE schreiben (für ein Ticket).</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="88"/>
        <source>Certificate file the server should serve (e.g. the one it is configured with); cert.differs_from_file when it serves another.</source>
        <translation>Zertifikatsdatei, die der Server ausliefern sollte (z. B. die, mit der er konfiguriert ist); cert.differs_from_file, wenn er ein anderes ausliefert.</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="92"/>
        <source>Trust anchors (PEM) for judging the served chains (default: the system store).</source>
        <translation>Vertrauensanker (PEM) zur Beurteilung der ausgelieferten Ketten (Standard: der Systemspeicher).</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="95"/>
        <source>Name the certificates must carry, e.g. the MX name (default: HOST).</source>
        <translation>Name, den die Zertifikate tragen müssen, z. B. der MX-Name (Standard: HOST).</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="99"/>
        <source>Print only the one-line summary and no progress bar.</source>
        <translation>Nur die einzeilige Zusammenfassung und keinen Fortschrittsbalken ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="114"/>
        <location filename="../app/cli/session_args.cpp" line="159"/>
        <source>Mail server; PORT defaults to 25. IPv6: [2001:db8::1]:587.</source>
        <translation>Mailserver; PORT ist standardmäßig 25. IPv6: [2001:db8::1]:587.</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="144"/>
        <location filename="../app/cli/session_args.cpp" line="234"/>
        <source>missing HOST[:PORT]</source>
        <translation>HOST[:PORT] fehlt</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="148"/>
        <location filename="../app/cli/session_args.cpp" line="238"/>
        <source>one target only, got &apos;%1&apos;</source>
        <translation>nur ein Ziel, erhalten: „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="182"/>
        <source>--skip-checks: unknown check &apos;%1&apos; (known: %2)</source>
        <translation>--skip-checks: unbekannte Prüfung „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="193"/>
        <source>--role must be submission, mx or lmtp, not &apos;%1&apos;</source>
        <translation>--role muss submission, mx oder lmtp sein, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="204"/>
        <location filename="../app/cli/session_args.cpp" line="292"/>
        <source>--expect-cert %1</source>
        <translation>--expect-cert %1</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="208"/>
        <location filename="../app/cli/session_args.cpp" line="296"/>
        <source>--expect-cert %1: holds no certificate</source>
        <translation>--expect-cert %1: enthält kein Zertifikat</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="216"/>
        <source>--ca-file %1: no readable file there</source>
        <translation>--ca-file %1: dort ist keine lesbare Datei</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="26"/>
        <source>Runs one real session against a mail server: connect, banner, EHLO, STARTTLS (or implicit
TLS), the TLS handshake, the certificate chain, EHLO again and, when asked, AUTH / MAIL /
RCPT / DATA, then QUIT. Prints the transcript, the negotiated TLS parameters, the handshake
messages, the chain and the findings.</source>
        <translation>Führt eine echte Sitzung mit einem Mailserver: Verbindung, Banner, EHLO, STARTTLS (oder implizites
TLS), der TLS-Handshake, die Zertifikatskette, erneut EHLO und, wenn gewünscht, AUTH / MAIL /
RCPT / DATA, dann QUIT. Gibt den Mitschnitt, die ausgehandelten TLS-Parameter, die Handshake-
Nachrichten, die Kette und die Befunde aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="32"/>
        <source>
Ports and dialects:
  Without --starttls the port decides: 465 is SMTP inside implicit TLS, 24 is LMTP with
  STARTTLS, 143 IMAP and 110 POP3 with STARTTLS/STLS, 993 IMAP and 995 POP3 inside implicit
  TLS, 4190 ManageSieve with STARTTLS, anything else (25, 587 submission) SMTP with STARTTLS.
  --implicit-tls speaks the dialect inside TLS. --starttls imap|pop3|sieve names the dialect;
  --starttls auto takes it from the port, or on other ports from the greeting (&quot;* OK&quot; IMAP,
  &quot;+OK&quot; POP3, &quot;IMPLEMENTATION&quot; ManageSieve, 220 SMTP). --auth-user logs in after TLS in
  every dialect (IMAP AUTHENTICATE PLAIN or LOGIN, POP3 AUTH PLAIN or USER/PASS, ManageSieve
  AUTHENTICATE &quot;PLAIN&quot;); the password is redacted unless --show-secrets.
  --starttls none skips the mail protocol: a bare TLS handshake, like openssl s_client
  without -starttls.

Exit codes:
  0    the session ran (findings below --fail-on, if any)
  1    a finding at or above --fail-on
  2    usage error (bad option, unreadable file, unwritable --json, --html or --pdf path)
  3    no answer to judge: unreachable, no reply in time (also during the TLS handshake),
       or the mail protocol broke before TLS. A server that answers and refuses or breaks
       the handshake has answered: that is a finding (0, or 1 with --fail-on)
  130  interrupted (Ctrl-C)

Examples:
  mailtls session mx.example.org
  mailtls session smtp.example.org:465 --json report.json
  mailtls session mx.example.org --html mx-report.html
  mailtls session mx.example.org --pdf mx-report.pdf    # to forward to the partner
  mailtls session [2001:db8::25]:587 --auth-user alice --auth-pass-file ~/.pw
  mailtls session 127.0.0.1:2525 --mail-from a@example.org --rcpt-to b@example.org
  mailtls session mx.example.org --tls-max 1.2 --ciphers &apos;ECDHE-RSA-AES128-GCM-SHA256&apos; --fail-on high
</source>
        <translation>
Ports und Dialekte:
  Ohne --starttls entscheidet der Port: 465 ist SMTP in implizitem TLS, 24 ist LMTP mit STARTTLS,
  143 IMAP und 110 POP3 mit STARTTLS/STLS, 993 IMAP und 995 POP3 in implizitem TLS, 4190
  ManageSieve mit STARTTLS, alles andere (25, 587 Submission) SMTP mit STARTTLS.
  --implicit-tls spricht den Dialekt innerhalb von TLS. --starttls imap|pop3|sieve nennt den Dialekt;
  --starttls auto nimmt ihn vom Port oder auf anderen Ports aus der Begrüßung („* OK“ IMAP,
  „+OK“ POP3, „IMPLEMENTATION“ ManageSieve, 220 SMTP). --auth-user meldet sich nach TLS in
  jedem Dialekt an (IMAP AUTHENTICATE PLAIN oder LOGIN, POP3 AUTH PLAIN oder USER/PASS, ManageSieve
  AUTHENTICATE &quot;PLAIN&quot;); das Passwort wird geschwärzt, außer mit --show-secrets.
  --starttls none lässt das Mailprotokoll aus: ein bloßer TLS-Handshake, wie openssl s_client
  ohne -starttls.

Exit-Codes:
  0    die Sitzung lief (Befunde unter --fail-on, falls vorhanden)
  1    ein Befund auf oder über --fail-on
  2    Aufruffehler (falsche Option, unlesbare Datei, nicht beschreibbarer Pfad für --json, --html oder --pdf)
  3    keine Antwort zu beurteilen: nicht erreichbar, keine Antwort in der Zeit (auch während des
       TLS-Handshakes), oder das Mailprotokoll brach vor TLS ab. Ein Server, der antwortet und den
       Handshake ablehnt oder abbricht, hat geantwortet: das ist ein Befund (0, oder 1 mit --fail-on)
  130  unterbrochen (Strg-C)

Beispiele:
  mailtls session mx.example.org
  mailtls session smtp.example.org:465 --json report.json
  mailtls session mx.example.org --html mx-report.html
  mailtls session mx.example.org --pdf mx-report.pdf    # zum Weiterleiten an den Partner
  mailtls session [2001:db8::25]:587 --auth-user alice --auth-pass-file ~/.pw
  mailtls session 127.0.0.1:2525 --mail-from a@example.org --rcpt-to b@example.org
  mailtls session mx.example.org --tls-max 1.2 --ciphers &apos;ECDHE-RSA-AES128-GCM-SHA256&apos; --fail-on high
</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="72"/>
        <source>Name the certificate must match, e.g. the MX name (default: HOST).</source>
        <translation>Name, zu dem das Zertifikat passen muss, z. B. der MX-Name (Standard: HOST).</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="78"/>
        <source>The certificate the server should serve (PEM or DER, e.g. the file the server is configured with); cert.differs_from_file when the served one is another.</source>
        <translation>Das Zertifikat, das der Server ausliefern sollte (PEM oder DER, z. B. die Datei, mit der der Server konfiguriert ist); cert.differs_from_file, wenn das ausgelieferte ein anderes ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="83"/>
        <source>Client certificate (PEM) to offer when the server asks.</source>
        <translation>Client-Zertifikat (PEM), das angeboten wird, wenn der Server danach fragt.</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="86"/>
        <source>Private key for --client-cert (default: the --client-cert file).</source>
        <translation>Privater Schlüssel für --client-cert (Standard: die Datei von --client-cert).</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="89"/>
        <source>Authenticate after TLS as USER (needs --auth-pass-file).</source>
        <translation>Nach TLS als USER authentifizieren (braucht --auth-pass-file).</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="92"/>
        <source>Read the AUTH password from the first line of FILE.</source>
        <translation>Das AUTH-Passwort aus der ersten Zeile von FILE lesen.</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="95"/>
        <source>AUTH mechanism: PLAIN or LOGIN (default: PLAIN if offered).</source>
        <translation>AUTH-Mechanismus: PLAIN oder LOGIN (Standard: PLAIN, wenn angeboten).</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="98"/>
        <source>Send MAIL FROM:&lt;ADDR&gt; (empty for the null sender).</source>
        <translation>MAIL FROM:&lt;ADDR&gt; senden (leer für den Null-Absender).</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="101"/>
        <source>Send RCPT TO:&lt;ADDR&gt;; repeat for several recipients.</source>
        <translation>RCPT TO:&lt;ADDR&gt; senden; für mehrere Empfänger wiederholen.</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="104"/>
        <source>Message to send after DATA (&apos;-&apos; reads stdin). With --rcpt-to and no --data a short test message is generated.</source>
        <translation>Nachricht, die nach DATA gesendet wird („-“ liest die Standardeingabe). Mit --rcpt-to und ohne --data wird eine kurze Testnachricht erzeugt.</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="112"/>
        <source>Lowest TLS version to offer: 1.0, 1.1, 1.2 or 1.3 (also TLSv1.2, tls1_2).</source>
        <translation>Niedrigste anzubietende TLS-Version: 1.0, 1.1, 1.2 oder 1.3 (auch TLSv1.2, tls1_2).</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="114"/>
        <source>Highest TLS version to offer.</source>
        <translation>Höchste anzubietende TLS-Version.</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="117"/>
        <source>TLS 1.2 and older suites, OpenSSL syntax (default: ALL:!aNULL:!eNULL, every suite but anonymous and NULL).</source>
        <translation>Suites für TLS 1.2 und älter, OpenSSL-Syntax (Standard: ALL:!aNULL:!eNULL, jede Suite außer anonymen und NULL).</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="120"/>
        <source>TLS 1.3 suites, e.g. TLS_AES_128_GCM_SHA256.</source>
        <translation>Suites für TLS 1.3, z. B. TLS_AES_128_GCM_SHA256.</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="123"/>
        <source>Key exchange groups to offer, e.g. X25519:P-256.</source>
        <translation>Anzubietende Schlüsselaustauschgruppen, z. B. X25519:P-256.</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="126"/>
        <source>OpenSSL security level 0-5 of the client (default: 0, talks to legacy servers).</source>
        <translation>OpenSSL-Sicherheitsstufe 0-5 des Clients (Standard: 0, spricht mit Altservern).</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="130"/>
        <source>Do not redact AUTH secrets in the transcript and report.</source>
        <translation>AUTH-Geheimnisse im Mitschnitt und Bericht nicht schwärzen.</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="141"/>
        <source>After STARTTLS and the handshake, send the lines you type to the server as typed (console; /help inside).</source>
        <translation>Nach STARTTLS und dem Handshake die eingegebenen Zeilen unverändert an den Server senden (Konsole; darin /help).</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="166"/>
        <source>--%1 must not contain line breaks</source>
        <translation>--%1 darf keine Zeilenumbrüche enthalten</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="253"/>
        <source>--ehlo needs one name without spaces</source>
        <translation>--ehlo braucht einen Namen ohne Leerzeichen</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="265"/>
        <source>--sni needs a name (use --no-sni to send none)</source>
        <translation>--sni braucht einen Namen (mit --no-sni wird keiner gesendet)</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="275"/>
        <source>--servername needs a name</source>
        <translation>--servername braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="301"/>
        <source>--client-key needs --client-cert</source>
        <translation>--client-key braucht --client-cert</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="314"/>
        <source>--auth-user needs --auth-pass-file</source>
        <translation>--auth-user braucht --auth-pass-file</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="315"/>
        <source>--auth-pass-file needs --auth-user</source>
        <translation>--auth-pass-file braucht --auth-user</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="321"/>
        <source>--auth-user needs a user name</source>
        <translation>--auth-user braucht einen Benutzernamen</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="331"/>
        <source>--auth-pass-file %1: cannot read (%2)</source>
        <translation>--auth-pass-file %1: nicht lesbar (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="338"/>
        <source>--auth-pass-file %1: the first line is empty</source>
        <translation>--auth-pass-file %1: die erste Zeile ist leer</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="345"/>
        <source>--auth-mech needs --auth-user</source>
        <translation>--auth-mech braucht --auth-user</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="350"/>
        <source>--auth-mech must be PLAIN or LOGIN, not &apos;%1&apos;</source>
        <translation>--auth-mech muss PLAIN oder LOGIN sein, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="357"/>
        <source>--mail-from, --rcpt-to and --data need a mail protocol, not --starttls none</source>
        <translation>--mail-from, --rcpt-to und --data brauchen ein Mailprotokoll, nicht --starttls none</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="361"/>
        <source>--mail-from, --rcpt-to and --data send mail over SMTP or LMTP, not %1</source>
        <translation>--mail-from, --rcpt-to und --data senden Mail über SMTP oder LMTP, nicht über %1</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="374"/>
        <source>--rcpt-to needs an address</source>
        <translation>--rcpt-to braucht eine Adresse</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="380"/>
        <source>--rcpt-to needs --mail-from</source>
        <translation>--rcpt-to braucht --mail-from</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="385"/>
        <source>--data needs at least one --rcpt-to</source>
        <translation>--data braucht mindestens ein --rcpt-to</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="396"/>
        <source>--data %1</source>
        <translation>--data %1</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="400"/>
        <source>--data %1: the file is empty</source>
        <translation>--data %1: die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="447"/>
        <source>--security-level must be 0-5, not &apos;%1&apos;</source>
        <translation>--security-level muss 0-5 sein, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/session_command.cpp" line="59"/>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/session_command.cpp" line="61"/>
        <source>timed out talking to %1: %2</source>
        <translation>Zeitüberschreitung im Gespräch mit %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/session_command.cpp" line="63"/>
        <source>protocol failure with %1: %2</source>
        <translation>Protokollfehler mit %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/session_command.cpp" line="85"/>
        <source>--interactive reads the console from stdin; use --data FILE, not --data - (try &apos;mailtls session --help&apos;)</source>
        <translation>--interactive liest die Konsole von der Standardeingabe; verwenden Sie --data FILE, nicht --data - (siehe &apos;mailtls session --help&apos;)</translation>
    </message>
    <message>
        <location filename="../app/cli/session_command.cpp" line="92"/>
        <source>--data -: cannot read stdin</source>
        <translation>--data -: Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/cli/session_command.cpp" line="98"/>
        <source>--data -: %1</source>
        <translation>--data -: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/session_command.cpp" line="102"/>
        <source>--data -: stdin was empty</source>
        <translation>--data -: die Standardeingabe war leer</translation>
    </message>
    <message>
        <location filename="../app/cli/session_command.cpp" line="146"/>
        <source>  (nothing was exchanged)
</source>
        <translation>  (es wurde nichts ausgetauscht)
</translation>
    </message>
    <message>
        <location filename="../app/cli/session_command.cpp" line="167"/>
        <source>%1 ended the console: %2</source>
        <translation>%1 hat die Konsole beendet: %2</translation>
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
        <location filename="../ui/views/capabilities_view.cpp" line="55"/>
        <source>IMAP capabilities (CAPABILITY) before and after STARTTLS</source>
        <translation>IMAP-Fähigkeiten (CAPABILITY) vor und nach STARTTLS</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="57"/>
        <source>POP3 capabilities (CAPA) before and after STLS</source>
        <translation>POP3-Fähigkeiten (CAPA) vor und nach STLS</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="59"/>
        <source>ManageSieve capabilities before and after STARTTLS</source>
        <translation>ManageSieve-Fähigkeiten vor und nach STARTTLS</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="61"/>
        <source>LMTP extensions (LHLO) before and after STARTTLS</source>
        <translation>LMTP-Erweiterungen (LHLO) vor und nach STARTTLS</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="62"/>
        <source>SMTP extensions (EHLO) before and after STARTTLS</source>
        <translation>SMTP-Erweiterungen (EHLO) vor und nach STARTTLS</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="86"/>
        <source>not offered</source>
        <translation>nicht angeboten</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="88"/>
        <source>offered</source>
        <translation>angeboten</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="113"/>
        <source>gone after TLS (expected)</source>
        <translation>nach TLS weg (erwartet)</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="119"/>
        <source>+ added after TLS (good: passwords only inside TLS)</source>
        <translation>+ erst nach TLS (gut: Passwörter nur innerhalb von TLS)</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="120"/>
        <source>+ added after TLS</source>
        <translation>+ erst nach TLS</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="124"/>
        <source>− gone after TLS</source>
        <translation>− nach TLS weg</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="128"/>
        <source>~ other parameters after TLS</source>
        <translation>~ nach TLS andere Parameter</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="144"/>
        <source>Only an EHLO after TLS in this session.</source>
        <translation>In dieser Sitzung gibt es nur ein EHLO nach TLS.</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="145"/>
        <source>Only an EHLO before TLS in this session: nothing to compare.</source>
        <translation>In dieser Sitzung gibt es nur ein EHLO vor TLS: nichts zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="147"/>
        <source>Nothing changed with TLS but STARTTLS itself, which is not offered again inside TLS.</source>
        <translation>Mit TLS hat sich nichts geändert außer STARTTLS selbst, das innerhalb von TLS nicht erneut angeboten wird.</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="149"/>
        <source>1 keyword changed with TLS (marked); STARTTLS itself is not offered again inside TLS.</source>
        <translation>1 Schlüsselwort hat sich mit TLS geändert (markiert); STARTTLS selbst wird innerhalb von TLS nicht erneut angeboten.</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="150"/>
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
        <location filename="../ui/models/compare_model.cpp" line="101"/>
        <source>The servers differ here</source>
        <translation>Hier unterscheiden sich die Server</translation>
    </message>
    <message>
        <location filename="../ui/models/compare_model.cpp" line="103"/>
        <source>Only one report holds this fact</source>
        <translation>Nur ein Bericht enthält diese Angabe</translation>
    </message>
    <message>
        <location filename="../ui/models/compare_model.cpp" line="104"/>
        <source>The same on every server that reports it</source>
        <translation>Gleich auf allen Servern, die sie melden</translation>
    </message>
    <message>
        <location filename="../ui/models/compare_model.cpp" line="149"/>
        <source>Aspect</source>
        <translation>Aspekt</translation>
    </message>
    <message>
        <location filename="../ui/models/compare_model.cpp" line="151"/>
        <source>What</source>
        <translation>Merkmal</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::CompareView</name>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="38"/>
        <source>Type a server as HOST or HOST:PORT.</source>
        <translation>Geben Sie einen Server als HOST oder HOST:PORT ein.</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="44"/>
        <source>&apos;%1&apos;: missing &apos;]&apos; after the IPv6 address.</source>
        <translation>&apos;%1&apos;: &apos;]&apos; fehlt nach der IPv6-Adresse.</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="50"/>
        <source>&apos;%1&apos;: expected &apos;:PORT&apos; after &apos;]&apos;.</source>
        <translation>&apos;%1&apos;: &apos;:PORT&apos; nach &apos;]&apos; erwartet.</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="62"/>
        <source>&apos;%1&apos; is not a host name or address.</source>
        <translation>&apos;%1&apos; ist kein Hostname und keine Adresse.</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="70"/>
        <source>&apos;%1&apos; is not a port (1-65535).</source>
        <translation>&apos;%1&apos; ist kein Port (1-65535).</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="87"/>
        <source>Compare Servers</source>
        <translation>Server vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="93"/>
        <source>mx2.example.org:25</source>
        <translation>mx2.example.org:25</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="95"/>
        <source>Scan and Add</source>
        <translation>Scannen und hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="97"/>
        <source>Scan this server now and add it as a column</source>
        <translation>Diesen Server jetzt scannen und als Spalte hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="98"/>
        <source>Add Saved Report…</source>
        <translation>Gespeicherten Bericht hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="100"/>
        <source>A report saved as JSON (mailtls scan --json, File &gt; Save Report)</source>
        <translation>Ein als JSON gespeicherter Bericht (mailtls scan --json, Datei &gt; Bericht als JSON speichern)</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="101"/>
        <source>Remove Column</source>
        <translation>Spalte entfernen</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="103"/>
        <source>Remove the server whose cell is selected</source>
        <translation>Den Server entfernen, dessen Zelle ausgewählt ist</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="104"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="105"/>
        <source>Stop the running scan and drop the queued ones</source>
        <translation>Den laufenden Scan stoppen und die wartenden verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="106"/>
        <source>Export HTML…</source>
        <translation>HTML exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="108"/>
        <source>The comparison as one HTML page (as mailtls compare --html)</source>
        <translation>Der Vergleich als eine HTML-Seite (wie mailtls compare --html)</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="109"/>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="111"/>
        <source>The comparison as a PDF (as mailtls compare --pdf)</source>
        <translation>Der Vergleich als PDF (wie mailtls compare --pdf)</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="117"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="185"/>
        <source>Scan cancelled.</source>
        <translation>Scan abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="226"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="225"/>
        <source>%1 is not a MailTLS report: %2</source>
        <translation>%1 ist kein MailTLS-Bericht: %2</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="235"/>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="267"/>
        <source>Scanning %1…</source>
        <translation>Scanne %1 …</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="279"/>
        <source>Cannot scan %1: %2</source>
        <translation>%1 kann nicht gescannt werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="282"/>
        <source>Added %1 (%2 connections).</source>
        <translation>%1 hinzugefügt (%2 Verbindungen).</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="301"/>
        <source>Select a cell in the column of the server to remove.</source>
        <translation>Wählen Sie eine Zelle in der Spalte des zu entfernenden Servers.</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="309"/>
        <source>Add Saved Reports</source>
        <translation>Gespeicherte Berichte hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="310"/>
        <source>MailTLS reports (*.json);;All files (*)</source>
        <translation>MailTLS-Berichte (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="348"/>
        <source>Export Comparison as PDF</source>
        <translation>Vergleich als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="348"/>
        <source>Export Comparison as HTML</source>
        <translation>Vergleich als HTML exportieren</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="357"/>
        <source>Written to %1.</source>
        <translation>Geschrieben nach %1.</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="359"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="365"/>
        <source>Writing the export…</source>
        <translation>Export wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="381"/>
        <source>No servers yet</source>
        <translation>Noch keine Server</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="381"/>
        <source>1 server — add another to compare</source>
        <translation>1 Server — fügen Sie zum Vergleich einen weiteren hinzu</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="383"/>
        <source>%1 servers — no differences, %2 facts the same</source>
        <translation>%1 Server — keine Unterschiede, %2 Angaben gleich</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="385"/>
        <source>%1 servers — %2 differences (highlighted, first), %3 facts the same</source>
        <translation>%1 Server — %2 Unterschiede (hervorgehoben, zuerst), %3 Angaben gleich</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="404"/>
        <source>Add two or more servers: type HOST:PORT and press Scan and Add, or add a saved report.</source>
        <translation>Fügen Sie zwei oder mehr Server hinzu: HOST:PORT eingeben und „Scannen und hinzufügen“ klicken, oder einen gespeicherten Bericht hinzufügen.</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="406"/>
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
        <location filename="../ui/views/domain_view.cpp" line="105"/>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="108"/>
        <source>example.org</source>
        <translation>example.org</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="109"/>
        <source>The domain after the @ of the addresses you want to reach; Enter checks it</source>
        <translation>Die Domain hinter dem @ der Adressen, die Sie erreichen wollen; Enter prüft sie</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="114"/>
        <location filename="../ui/views/domain_view.cpp" line="418"/>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="116"/>
        <source>Look up the MX hosts, TLSA, MTA-STS and TLS-RPT records and open a STARTTLS session to every MX address</source>
        <translation>MX-Hosts, TLSA-, MTA-STS- und TLS-RPT-Einträge abfragen und zu jeder MX-Adresse eine STARTTLS-Sitzung öffnen</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="117"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="119"/>
        <source>Stop the check; what was shown before stays</source>
        <translation>Prüfung abbrechen; das bisher Gezeigte bleibt</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="122"/>
        <source>Options…</source>
        <translation>Optionen …</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="123"/>
        <source>Resolver and DNSSEC trust anchor</source>
        <translation>Resolver und DNSSEC-Vertrauensanker</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="129"/>
        <source>The checks made in this window</source>
        <translation>Die Prüfungen in diesem Fenster</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="145"/>
        <source>system resolver (/etc/resolv.conf)</source>
        <translation>System-Resolver (/etc/resolv.conf)</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="146"/>
        <source>ADDR[:PORT] of the DNS server to ask, e.g. 127.0.0.1:53 or [::1]:5353; answers are validated here, whatever that server says</source>
        <translation>ADRESSE[:PORT] des zu fragenden DNS-Servers, z. B. 127.0.0.1:53 oder [::1]:5353; die Antworten werden hier validiert, egal was dieser Server meint</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="151"/>
        <source>/usr/share/dns/root.key</source>
        <translation>/usr/share/dns/root.key</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="152"/>
        <source>DNSKEY or DS records in zone-file form that DNSSEC validation starts from</source>
        <translation>DNSKEY- oder DS-Einträge im Zonendatei-Format, von denen die DNSSEC-Validierung ausgeht</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="154"/>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="162"/>
        <source>&amp;Resolver:</source>
        <translation>&amp;Resolver:</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="163"/>
        <source>&amp;Trust anchor:</source>
        <translation>&amp;Vertrauensanker:</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="182"/>
        <location filename="../ui/views/domain_view.cpp" line="334"/>
        <source> (SMTP sessions to the MX hosts; DNS queries go to the resolver directly)</source>
        <translation> (SMTP-Sitzungen zu den MX-Hosts; DNS-Anfragen gehen direkt an den Resolver)</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="199"/>
        <source>&lt;h3&gt;Can mail for a domain be delivered securely?&lt;/h3&gt;&lt;p&gt;Type a domain above and press &lt;b&gt;Check&lt;/b&gt; (or Enter).&lt;/p&gt;&lt;p&gt;Its MX hosts are looked up through a validating resolver, a STARTTLS session is opened to every MX address on port 25, the served certificates are checked against the DANE TLSA records, and the MTA-STS policy and TLS-RPT record are fetched.&lt;/p&gt;&lt;p&gt;You get one verdict per kind of sending server (opportunistic TLS, DANE, MTA-STS), the addresses side by side with what differs between them, the DNS and policy facts, and the findings with their fixes.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lässt sich Mail an eine Domain sicher zustellen?&lt;/h3&gt;&lt;p&gt;Geben Sie oben eine Domain ein und drücken Sie &lt;b&gt;Prüfen&lt;/b&gt; (oder Enter).&lt;/p&gt;&lt;p&gt;Ihre MX-Hosts werden über einen validierenden Resolver ermittelt, zu jeder MX-Adresse wird auf Port 25 eine STARTTLS-Sitzung geöffnet, die gelieferten Zertifikate werden mit den DANE-TLSA-Einträgen abgeglichen, und die MTA-STS-Policy und der TLS-RPT-Eintrag werden abgerufen.&lt;/p&gt;&lt;p&gt;Sie erhalten ein Urteil je Art von sendendem Server (opportunistisches TLS, DANE, MTA-STS), die Adressen nebeneinander mit ihren Unterschieden, die DNS- und Policy-Fakten und die Befunde mit ihren Korrekturen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="246"/>
        <source>DNS and policies</source>
        <translation>DNS und Policies</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="247"/>
        <location filename="../ui/views/domain_view.cpp" line="381"/>
        <location filename="../ui/views/domain_view.cpp" line="554"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="289"/>
        <source>DNSSEC Trust Anchor</source>
        <translation>DNSSEC-Vertrauensanker</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="290"/>
        <source>Trust anchors (*.key *.ds *.txt);;All files (*)</source>
        <translation>Vertrauensanker (*.key *.ds *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="336"/>
        <source>Type the domain to check first, e.g. example.org.</source>
        <translation>Geben Sie zuerst die zu prüfende Domain ein, z. B. example.org.</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="383"/>
        <source>&lt;p style=&quot;color:gray&quot;&gt;The DNS records and the MTA-STS policy appear here when the check is done.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:gray&quot;&gt;Die DNS-Einträge und die MTA-STS-Policy erscheinen hier, wenn die Prüfung fertig ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="404"/>
        <source>Check of %1 cancelled; the previous result is shown.</source>
        <translation>Prüfung von %1 abgebrochen; das vorige Ergebnis wird gezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="406"/>
        <source>Check of %1 cancelled after 1 session.</source>
        <translation>Prüfung von %1 nach 1 Sitzung abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="407"/>
        <source>Check of %1 cancelled after %2 sessions.</source>
        <translation>Prüfung von %1 nach %2 Sitzungen abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="418"/>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="426"/>
        <source>looking up the MX hosts</source>
        <translation>MX-Hosts werden abgefragt</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="428"/>
        <source>looking up their addresses</source>
        <translation>ihre Adressen werden abgefragt</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="430"/>
        <source>looking up the TLSA records</source>
        <translation>TLSA-Einträge werden abgefragt</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="432"/>
        <source>fetching the MTA-STS policy</source>
        <translation>MTA-STS-Policy wird abgerufen</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="434"/>
        <source>opening STARTTLS sessions</source>
        <translation>STARTTLS-Sitzungen werden geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="436"/>
        <source>judging</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="437"/>
        <source>starting</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="444"/>
        <source>Checking %1: %2…</source>
        <translation>Prüfe %1: %2 …</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="446"/>
        <source>1 session done</source>
        <translation>1 Sitzung fertig</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="446"/>
        <source>%1 sessions done</source>
        <translation>%1 Sitzungen fertig</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="449"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="476"/>
        <source>Nothing was checked.</source>
        <translation>Es wurde nichts geprüft.</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="477"/>
        <source>Cannot check %1: %2</source>
        <translation>%1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="541"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="554"/>
        <source>Findings (%1)</source>
        <translation>Befunde (%1)</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="587"/>
        <source>The check of %1 did not complete: %2</source>
        <translation>Die Prüfung von %1 wurde nicht fertig: %2</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="604"/>
        <source>The verdicts appear when the check is done.</source>
        <translation>Die Urteile erscheinen, wenn die Prüfung fertig ist.</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="622"/>
        <source>Opportunistic TLS sender</source>
        <translation>Opportunistischer TLS-Absender</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="623"/>
        <source>Uses STARTTLS when offered, accepts any certificate, and falls back to cleartext</source>
        <translation>Nutzt STARTTLS, wenn angeboten, akzeptiert jedes Zertifikat und weicht auf Klartext aus</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="625"/>
        <source>DANE-enforcing sender</source>
        <translation>DANE-erzwingender Absender</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="626"/>
        <source>Requires TLS and a chain matching DNSSEC-signed TLSA records when they are published (RFC 7672)</source>
        <translation>Verlangt TLS und eine Kette passend zu DNSSEC-signierten TLSA-Einträgen, sofern veröffentlicht (RFC 7672)</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="628"/>
        <source>MTA-STS-enforcing sender</source>
        <translation>MTA-STS-erzwingender Absender</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="629"/>
        <source>Requires TLS, a trusted certificate and an MX the policy lists when the policy is in enforce mode (RFC 8461)</source>
        <translation>Verlangt im enforce-Modus der Policy TLS, ein vertrauenswürdiges Zertifikat und einen dort gelisteten MX (RFC 8461)</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="633"/>
        <source>delivers</source>
        <translation>stellt zu</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="634"/>
        <source>delivers, but unprotected</source>
        <translation>stellt zu, aber ungeschützt</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="635"/>
        <source>defers the mail</source>
        <translation>stellt die Mail zurück</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="636"/>
        <source>cannot tell</source>
        <translation>nicht feststellbar</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="650"/>
        <source>Fix:</source>
        <translation>Korrektur:</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="663"/>
        <source>%1
Findings: %2</source>
        <translation>%1
Befunde: %2</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="702"/>
        <source>no MX answer</source>
        <translation>keine MX-Antwort</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="704"/>
        <source>null MX: accepts no mail</source>
        <translation>Null-MX: nimmt keine Mail an</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="706"/>
        <source>no MX record (the domain&apos;s own addresses)</source>
        <translation>kein MX-Eintrag (die eigenen Adressen der Domain)</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="708"/>
        <source>1 MX host</source>
        <translation>1 MX-Host</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="708"/>
        <source>%1 MX hosts</source>
        <translation>%1 MX-Hosts</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="710"/>
        <source>%1 checked</source>
        <translation>%1 geprüft</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="712"/>
        <source>no sessions (DNS and policy only)</source>
        <translation>keine Sitzungen (nur DNS und Policy)</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="714"/>
        <source>1 address</source>
        <translation>1 Adresse</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="714"/>
        <source>%1 addresses</source>
        <translation>%1 Adressen</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="717"/>
        <source>1 address differs from its siblings</source>
        <translation>1 Adresse weicht von ihren Geschwistern ab</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="717"/>
        <source>%1 addresses differ from their siblings</source>
        <translation>%1 Adressen weichen von ihren Geschwistern ab</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="719"/>
        <source>1 finding</source>
        <translation>1 Befund</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="719"/>
        <source>%1 findings</source>
        <translation>%1 Befunde</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="721"/>
        <source>checked %1 in %2 s</source>
        <translation>geprüft %1 in %2 s</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="724"/>
        <source>resolver %1</source>
        <translation>Resolver %1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="729"/>
        <source>Trust anchor: %1</source>
        <translation>Vertrauensanker: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="758"/>
        <location filename="../ui/views/domain_view.cpp" line="811"/>
        <location filename="../ui/views/domain_view.cpp" line="905"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="760"/>
        <source>DNSSEC %1</source>
        <translation>DNSSEC %1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="764"/>
        <source>no records</source>
        <translation>keine Einträge</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="766"/>
        <source>TTL %1</source>
        <translation>TTL %1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="768"/>
        <source>via CNAME %1</source>
        <translation>über CNAME %1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="770"/>
        <source>%1 more records not kept</source>
        <translation>%1 weitere Einträge nicht behalten</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="791"/>
        <source>MX hosts</source>
        <translation>MX-Hosts</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="794"/>
        <source>Null MX (RFC 7505): this domain says it accepts no mail.</source>
        <translation>Null-MX (RFC 7505): Diese Domain erklärt, dass sie keine Mail annimmt.</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="796"/>
        <source>No MX record: senders deliver to the domain&apos;s own A/AAAA addresses (implicit MX, RFC 5321 §5.1).</source>
        <translation>Kein MX-Eintrag: Absender stellen an die eigenen A/AAAA-Adressen der Domain zu (impliziter MX, RFC 5321 §5.1).</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="799"/>
        <source>Pref.</source>
        <translation>Präf.</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="799"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="799"/>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="800"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="800"/>
        <source>AAAA</source>
        <translation>AAAA</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="804"/>
        <location filename="../ui/views/domain_view.cpp" line="812"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="806"/>
        <source>(+%1 not checked)</source>
        <translation>(+%1 nicht geprüft)</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="808"/>
        <source>not checked (too many MX hosts)</source>
        <translation>nicht geprüft (zu viele MX-Hosts)</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="823"/>
        <source>DANE TLSA records</source>
        <translation>DANE-TLSA-Einträge</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="850"/>
        <source>%1 (depth %2)</source>
        <translation>%1 (Tiefe %2)</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="858"/>
        <source>matched by %1</source>
        <translation>passt zu %1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="860"/>
        <source>not matched by %1</source>
        <translation>passt nicht zu %1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="862"/>
        <source>unusable for SMTP</source>
        <translation>für SMTP unbrauchbar</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="866"/>
        <source>no session to compare</source>
        <translation>keine Sitzung zum Vergleich</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="871"/>
        <source>not a TLSA record</source>
        <translation>kein TLSA-Eintrag</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="875"/>
        <source>No MX host publishes TLSA records: DANE senders deliver with opportunistic TLS.</source>
        <translation>Kein MX-Host veröffentlicht TLSA-Einträge: DANE-Absender stellen mit opportunistischem TLS zu.</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="878"/>
        <source>MTA-STS</source>
        <translation>MTA-STS</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="886"/>
        <source>(not an MTA-STS record)</source>
        <translation>(kein MTA-STS-Eintrag)</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="894"/>
        <source>No MTA-STS record: no policy was fetched. MTA-STS senders deliver with opportunistic TLS.</source>
        <translation>Kein MTA-STS-Eintrag: Es wurde keine Policy abgerufen. MTA-STS-Absender stellen mit opportunistischem TLS zu.</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="900"/>
        <source>Policy URL</source>
        <translation>Policy-URL</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="902"/>
        <source>Connected to</source>
        <translation>Verbunden mit</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="903"/>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="907"/>
        <source>Redirect</source>
        <translation>Umleitung</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="907"/>
        <source>%1 (not followed: RFC 8461 forbids it)</source>
        <translation>%1 (nicht gefolgt: RFC 8461 verbietet es)</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="909"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="910"/>
        <source>valid for %1</source>
        <translation>gültig für %1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="911"/>
        <source>not valid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="911"/>
        <source>not valid: %1</source>
        <translation>ungültig: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="913"/>
        <source>Content type</source>
        <translation>Inhaltstyp</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="915"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="915"/>
        <source>too large: refused</source>
        <translation>zu groß: abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="915"/>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="917"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="926"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="926"/>
        <location filename="../ui/views/domain_view.cpp" line="927"/>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="927"/>
        <source>max_age</source>
        <translation>max_age</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="928"/>
        <source>%1 s (%2 days)</source>
        <translation>%1 s (%2 Tage)</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="934"/>
        <location filename="../ui/views/domain_view.cpp" line="939"/>
        <source>mx</source>
        <translation>mx</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="935"/>
        <source>covers no MX host</source>
        <translation>deckt keinen MX-Host ab</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="939"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="940"/>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="948"/>
        <source>Not covered by any mx pattern: %1</source>
        <translation>Von keinem mx-Muster abgedeckt: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="953"/>
        <source>Keys RFC 8461 does not define: %1</source>
        <translation>Schlüssel, die RFC 8461 nicht definiert: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="960"/>
        <source>TLS-RPT</source>
        <translation>TLS-RPT</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="970"/>
        <source>(not a TLS-RPT record)</source>
        <translation>(kein TLS-RPT-Eintrag)</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="972"/>
        <source>Reports go to: %1</source>
        <translation>Berichte gehen an: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="977"/>
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
        <location filename="../ui/models/fleet_model.cpp" line="152"/>
        <source>stopped before it finished</source>
        <translation>vor dem Ende gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="154"/>
        <source>not run: %1</source>
        <translation>nicht ausgeführt: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="169"/>
        <source>no TLS version accepted</source>
        <translation>keine TLS-Version angenommen</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="170"/>
        <source>%1, %2 suites</source>
        <translation>%1, %2 Suites</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="176"/>
        <source>TLS handshake failed</source>
        <translation>TLS-Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="176"/>
        <source>TLS handshake failed (%1)</source>
        <translation>TLS-Handshake fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="177"/>
        <source>no TLS</source>
        <translation>kein TLS</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="177"/>
        <source>no TLS (STARTTLS not offered)</source>
        <translation>kein TLS (STARTTLS nicht angeboten)</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="248"/>
        <source>waiting…</source>
        <translation>wartet …</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="255"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="307"/>
        <source>Line %1 of the list: %2 port %3</source>
        <translation>Zeile %1 der Liste: %2 Port %3</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="323"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="324"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="325"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="326"/>
        <source>Worst finding</source>
        <translation>Schwerster Befund</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="327"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="328"/>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::FleetView</name>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="66"/>
        <source>targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="94"/>
        <source>One target a line: mx.example.org, mx.example.net:587, smtps://mail.example.com, lmtp://[2001:db8::1]:24 — &apos;#&apos; starts a comment</source>
        <translation>Ein Ziel pro Zeile: mx.example.org, mx.example.net:587, smtps://mail.example.com, lmtp://[2001:db8::1]:24 — &apos;#&apos; beginnt einen Kommentar</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="98"/>
        <source>Open List…</source>
        <translation>Liste öffnen …</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="100"/>
        <source>Read a target list from a file</source>
        <translation>Eine Zielliste aus einer Datei lesen</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="104"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="105"/>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="106"/>
        <source>Session: one STARTTLS session per target. Scan: every version and suite per target (slow).</source>
        <translation>Sitzung: eine STARTTLS-Sitzung pro Ziel. Scan: jede Version und Suite pro Ziel (langsam).</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="117"/>
        <source>Targets checked at once, overall</source>
        <translation>Gleichzeitig geprüfte Ziele, insgesamt</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="118"/>
        <source>Targets checked at once against one host</source>
        <translation>Gleichzeitig geprüfte Ziele pro Host</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="119"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="119"/>
        <source>At least this long between two connections to one host</source>
        <translation>Mindestabstand zwischen zwei Verbindungen zu einem Host</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="121"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="121"/>
        <source>How long one step (connect, a reply, the handshake) may take</source>
        <translation>Wie lange ein Schritt (Verbinden, eine Antwort, der Handshake) dauern darf</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="123"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="126"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="132"/>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="133"/>
        <source>At once:</source>
        <translation>Gleichzeitig:</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="134"/>
        <source>Per host:</source>
        <translation>Pro Host:</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="135"/>
        <source>Delay:</source>
        <translation>Pause:</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="136"/>
        <source>Timeout:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="161"/>
        <location filename="../ui/views/fleet_view.cpp" line="428"/>
        <source>Paste or open a target list, then Start.</source>
        <translation>Eine Zielliste einfügen oder öffnen, dann Starten.</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="191"/>
        <source>Double-click a finished target to open its report in the Handshake, Certificates and Findings tabs</source>
        <translation>Doppelklick auf ein fertiges Ziel öffnet seinen Bericht in den Reitern Handshake, Zertifikate und Befunde</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="195"/>
        <source>Targets per TLS version</source>
        <translation>Ziele pro TLS-Version</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="198"/>
        <source>Targets per worst finding</source>
        <translation>Ziele pro schwerstem Befund</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="255"/>
        <source># partners from the Logs tab</source>
        <translation># Partner aus dem Reiter Logs</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="290"/>
        <source>line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="297"/>
        <source>Line %1: </source>
        <translation>Zeile %1: </translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="299"/>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="361"/>
        <source>Cancelled: %1 of %2 done.</source>
        <translation>Abgebrochen: %1 von %2 fertig.</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="363"/>
        <source>Done in %1.</source>
        <translation>Fertig in %1.</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="426"/>
        <source>%1 of %2 done.</source>
        <translation>%1 von %2 fertig.</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="455"/>
        <source>No finished target yet</source>
        <translation>Noch kein Ziel fertig</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="523"/>
        <source>%1 of %2 finished targets reached; %3 with a certificate expired or ending within 30 days.</source>
        <translation>%1 von %2 fertigen Zielen erreicht; %3 mit einem Zertifikat, das abgelaufen ist oder innerhalb von 30 Tagen abläuft.</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="539"/>
        <source>A saved run, from the workspace.</source>
        <translation>Ein gespeicherter Lauf aus dem Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="302"/>
        <source>The list holds no target: write one host a line.</source>
        <translation>Die Liste enthält kein Ziel: einen Host pro Zeile schreiben.</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="406"/>
        <source>%1 of %2 done, %3 running</source>
        <translation>%1 von %2 fertig, %3 laufen</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="407"/>
        <source>%1 elapsed</source>
        <translation>%1 vergangen</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="410"/>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="487"/>
        <source>no TLS</source>
        <translation>kein TLS</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="487"/>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="500"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="553"/>
        <source>Open a Target List</source>
        <translation>Eine Zielliste öffnen</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="554"/>
        <source>Target lists (*.txt *.list);;All files (*)</source>
        <translation>Ziellisten (*.txt *.list);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="582"/>
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
        <location filename="../ui/views/handshake_view.cpp" line="197"/>
        <source>%1, %2 bits</source>
        <translation>%1, %2 Bit</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="202"/>
        <source>%1 with %2</source>
        <translation>%1 mit %2</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="208"/>
        <source>0 — everything allowed, so legacy servers can be examined; weak parameters are reported as findings</source>
        <translation>0 — alles erlaubt, damit auch Altsysteme untersucht werden können; schwache Parameter erscheinen als Befunde</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="209"/>
        <source>%1 — OpenSSL refuses parameters below this level</source>
        <translation>%1 — OpenSSL lehnt Parameter unterhalb dieser Stufe ab</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="212"/>
        <source>not requested</source>
        <translation>nicht angefordert</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="214"/>
        <source>requested, sent</source>
        <translation>angefordert, gesendet</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="214"/>
        <source>requested, none sent</source>
        <translation>angefordert, keines gesendet</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="216"/>
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
        <location filename="../ui/views/hygiene_panel.cpp" line="131"/>
        <source>Did the cleartext CAPABILITY allow LOGIN (no LOGINDISABLED) or list AUTH=PLAIN, or did AUTHENTICATE PLAIN get a challenge before TLS? No is good. The check cancels with &quot;*&quot; and never sends credentials.</source>
        <translation>Erlaubte das CAPABILITY im Klartext LOGIN (kein LOGINDISABLED) oder nannte AUTH=PLAIN, oder bekam AUTHENTICATE PLAIN vor TLS eine Aufforderung? Nein ist gut. Die Prüfung bricht mit &quot;*&quot; ab und sendet nie Zugangsdaten.</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="134"/>
        <source>LOGIN offered before STARTTLS</source>
        <translation>LOGIN vor STARTTLS angeboten</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="136"/>
        <source>Did the cleartext CAPA list USER or SASL PLAIN, or did AUTH PLAIN get a challenge before STLS? No is good. The check cancels with &quot;*&quot; and never sends credentials.</source>
        <translation>Nannte CAPA im Klartext USER oder SASL PLAIN, oder bekam AUTH PLAIN vor STLS eine Aufforderung? Nein ist gut. Die Prüfung bricht mit &quot;*&quot; ab und sendet nie Zugangsdaten.</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="138"/>
        <source>USER or SASL PLAIN offered before STLS</source>
        <translation>USER oder SASL PLAIN vor STLS angeboten</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="140"/>
        <source>Did the greeting&apos;s capability list name SASL mechanisms, or did AUTHENTICATE &quot;PLAIN&quot; get a challenge before STARTTLS? No is good. The check cancels with &quot;*&quot; and never sends credentials.</source>
        <translation>Nannte die Fähigkeitsliste der Begrüßung SASL-Mechanismen, oder bekam AUTHENTICATE &quot;PLAIN&quot; vor STARTTLS eine Aufforderung? Nein ist gut. Die Prüfung bricht mit &quot;*&quot; ab und sendet nie Zugangsdaten.</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="143"/>
        <source>SASL offered before STARTTLS</source>
        <translation>SASL vor STARTTLS angeboten</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="146"/>
        <source>STLS command injection</source>
        <translation>STLS-Befehlsinjektion</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="163"/>
        <source>Secure renegotiation (RFC 5746)</source>
        <translation>Sichere Neuverhandlung (RFC 5746)</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="164"/>
        <source>Does the ServerHello carry renegotiation_info, so that a renegotiation is tied to the handshake before it? Yes is good; without it OpenSSL 3 clients refuse to connect.</source>
        <translation>Enthält das ServerHello renegotiation_info, sodass eine Neuverhandlung an den Handshake davor gebunden ist? Ja ist gut; ohne sie verweigern OpenSSL-3-Clients die Verbindung.</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="167"/>
        <source>Client-initiated renegotiation</source>
        <translation>Vom Client angestoßene Neuverhandlung</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="168"/>
        <source>Does the server do a fresh handshake whenever the client asks on an open connection? No is good: each one costs the server a private-key operation and the client almost nothing.</source>
        <translation>Macht der Server auf einer offenen Verbindung einen neuen Handshake, wann immer der Client darum bittet? Nein ist gut: jeder kostet den Server eine Operation mit dem privaten Schlüssel und den Client fast nichts.</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="171"/>
        <source>TLS_FALLBACK_SCSV honoured (RFC 7507)</source>
        <translation>TLS_FALLBACK_SCSV beachtet (RFC 7507)</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="172"/>
        <source>Does the server refuse a lower-version hello marked as a fallback with inappropriate_fallback? Yes is good: a client&apos;s retry cannot be pushed down to an older version.</source>
        <translation>Lehnt der Server ein als Fallback markiertes Hello niedrigerer Version mit inappropriate_fallback ab? Ja ist gut: der erneute Versuch eines Clients lässt sich nicht auf eine ältere Version drücken.</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="175"/>
        <source>TLS 1.3 downgrade sentinel (RFC 8446)</source>
        <translation>TLS-1.3-Downgrade-Markierung (RFC 8446)</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="176"/>
        <source>Does a TLS 1.3 server mark the random of its TLS 1.2 ServerHello, so that TLS 1.3 clients notice an attacker who removed TLS 1.3 from their hello? Yes is good; it does not apply without TLS 1.3.</source>
        <translation>Markiert ein TLS-1.3-Server das Random seines TLS-1.2-ServerHello, damit TLS-1.3-Clients einen Angreifer bemerken, der TLS 1.3 aus ihrem Hello entfernt hat? Ja ist gut; ohne TLS 1.3 trifft es nicht zu.</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="180"/>
        <source>Extended master secret (RFC 7627)</source>
        <translation>Extended Master Secret (RFC 7627)</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="181"/>
        <source>Are the TLS 1.2 session keys bound to the whole handshake? Yes is good: it closes the triple-handshake attack.</source>
        <translation>Sind die TLS-1.2-Sitzungsschlüssel an den ganzen Handshake gebunden? Ja ist gut: das schließt den Triple-Handshake-Angriff aus.</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="184"/>
        <source>Encrypt-then-MAC with CBC suites (RFC 7366)</source>
        <translation>Encrypt-then-MAC bei CBC-Suites (RFC 7366)</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="185"/>
        <source>With a CBC suite, is each record authenticated before it is decrypted? Yes is good: it closes padding-oracle attacks. It does not apply to a server without CBC suites.</source>
        <translation>Wird bei einer CBC-Suite jeder Record authentifiziert, bevor er entschlüsselt wird? Ja ist gut: das schließt Padding-Oracle-Angriffe aus. Für einen Server ohne CBC-Suites trifft es nicht zu.</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="188"/>
        <source>Resumption by session id (TLS 1.2)</source>
        <translation>Wiederaufnahme per Session-ID (TLS 1.2)</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="189"/>
        <source>Did a second connection resume the first one&apos;s session by its id, with an abbreviated handshake? Information: resumption saves a full handshake per connection.</source>
        <translation>Hat eine zweite Verbindung die Sitzung der ersten über ihre ID mit einem verkürzten Handshake wieder aufgenommen? Zur Information: Wiederaufnahme spart pro Verbindung einen vollständigen Handshake.</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="192"/>
        <source>Resumption by session ticket (TLS 1.2)</source>
        <translation>Wiederaufnahme per Session-Ticket (TLS 1.2)</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="193"/>
        <source>Did the server issue a session ticket (RFC 5077), and did a second connection resume with it? Information.</source>
        <translation>Hat der Server ein Session-Ticket (RFC 5077) ausgestellt, und hat eine zweite Verbindung damit wieder aufgenommen? Zur Information.</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="196"/>
        <source>Resumption with a TLS 1.3 ticket (PSK)</source>
        <translation>Wiederaufnahme mit TLS-1.3-Ticket (PSK)</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="197"/>
        <source>Did the server send a NewSessionTicket after the TLS 1.3 handshake, and did a second connection resume with it? Information.</source>
        <translation>Hat der Server nach dem TLS-1.3-Handshake ein NewSessionTicket gesendet, und hat eine zweite Verbindung damit wieder aufgenommen? Zur Information.</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="200"/>
        <source>OCSP stapling (status_request)</source>
        <translation>OCSP-Stapling (status_request)</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="201"/>
        <source>Did the server staple an OCSP response to its certificate? Yes is good; a stapled response must say good and be current, and a must-staple certificate needs one.</source>
        <translation>Hat der Server seinem Zertifikat eine OCSP-Antwort beigelegt? Ja ist gut; eine beigelegte Antwort muss „good“ lauten und aktuell sein, und ein Must-Staple-Zertifikat braucht eine.</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="205"/>
        <source>0-RTT early data accepted</source>
        <translation>0-RTT-Frühdaten angenommen</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="206"/>
        <source>Did the server accept data sent before the TLS 1.3 handshake finished? No is good: early data can be replayed by an attacker.</source>
        <translation>Hat der Server Daten angenommen, die vor dem Ende des TLS-1.3-Handshakes gesendet wurden? Nein ist gut: Frühdaten kann ein Angreifer wiederholt einspielen.</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="209"/>
        <source>Heartbleed (CVE-2014-0160)</source>
        <translation>Heartbleed (CVE-2014-0160)</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="210"/>
        <source>Did a heartbeat request claiming more bytes than it carried come back longer than sent? No is good; Yes means the server leaks its memory. The leaked bytes are never kept or shown.</source>
        <translation>Kam eine Heartbeat-Anfrage, die mehr Bytes angab als sie trug, länger zurück als gesendet? Nein ist gut; Ja heißt, der Server gibt Speicherinhalt preis. Die preisgegebenen Bytes werden nie gespeichert oder angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="213"/>
        <source>CCS injection (CVE-2014-0224)</source>
        <translation>CCS-Injection (CVE-2014-0224)</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="214"/>
        <source>Did the server accept a ChangeCipherSpec sent before the key exchange? No is good.</source>
        <translation>Hat der Server ein vor dem Schlüsselaustausch gesendetes ChangeCipherSpec angenommen? Nein ist gut.</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="216"/>
        <source>ROBOT (RSA padding oracle)</source>
        <translation>ROBOT (RSA-Padding-Orakel)</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="217"/>
        <source>With RSA key exchange, did the server answer malformed premaster secrets differently from a well-formed one? No is good; it does not apply without RSA key exchange.</source>
        <translation>Hat der Server bei RSA-Schlüsselaustausch auf fehlerhafte Premaster-Secrets anders geantwortet als auf ein korrektes? Nein ist gut; ohne RSA-Schlüsselaustausch trifft es nicht zu.</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="220"/>
        <source>Ticketbleed (CVE-2016-9244)</source>
        <translation>Ticketbleed (CVE-2016-9244)</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="221"/>
        <source>Did a 1-byte session id offered with a session ticket come back longer, with bytes that were not ours? No is good. The probe offers a made-up ticket, so No is weaker evidence here than for the other checks.</source>
        <translation>Kam eine mit einem Session-Ticket angebotene 1-Byte-Session-ID länger zurück, mit Bytes, die nicht von uns stammen? Nein ist gut. Die Probe bietet ein erfundenes Ticket an, daher ist Nein hier ein schwächerer Beleg als bei den anderen Prüfungen.</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="225"/>
        <source>STARTTLS command injection</source>
        <translation>STARTTLS-Befehlsinjektion</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="226"/>
        <source>Was a command sent in the same packet as STARTTLS answered inside TLS? No is good; Yes means an attacker on the path can add commands that run inside the encrypted session.</source>
        <translation>Wurde ein im selben Paket wie STARTTLS gesendeter Befehl innerhalb von TLS beantwortet? Nein ist gut; Ja heißt, ein Angreifer auf dem Weg kann Befehle einschleusen, die in der verschlüsselten Sitzung ausgeführt werden.</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="229"/>
        <source>MAIL FROM accepted before STARTTLS</source>
        <translation>MAIL FROM vor STARTTLS angenommen</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="230"/>
        <source>Did the server accept MAIL FROM in cleartext (then RSET; nothing is sent)? Normal for an MX on port 25; on a submission port it must not.</source>
        <translation>Hat der Server MAIL FROM im Klartext angenommen (danach RSET; es wird nichts gesendet)? Für einen MX auf Port 25 normal; auf einem Submission-Port darf er das nicht.</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="233"/>
        <source>AUTH offered before STARTTLS</source>
        <translation>AUTH vor STARTTLS angeboten</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="234"/>
        <source>Did the cleartext EHLO advertise AUTH? On a submission port passwords would travel in cleartext; no credentials are ever sent by the check.</source>
        <translation>Hat das EHLO im Klartext AUTH angekündigt? Auf einem Submission-Port gingen Passwörter im Klartext über die Leitung; die Prüfung sendet nie Zugangsdaten.</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="264"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="266"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="268"/>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="272"/>
        <source>Untested</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="288"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="288"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="288"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="288"/>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="306"/>
        <location filename="../ui/views/hygiene_panel.cpp" line="316"/>
        <location filename="../ui/views/hygiene_panel.cpp" line="324"/>
        <source>Protocol hygiene</source>
        <translation>Protokollhygiene</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="307"/>
        <source>no checks in this scan</source>
        <translation>keine Prüfungen in diesem Scan</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="317"/>
        <source>not checked: no TLS 1.2 or lower handshake to check, or a report from before these checks</source>
        <translation>nicht geprüft: kein Handshake mit TLS 1.2 oder älter zum Prüfen, oder ein Bericht aus der Zeit vor diesen Prüfungen</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="320"/>
        <source>the server accepted no TLS 1.2 or lower</source>
        <translation>der Server nahm kein TLS 1.2 oder älter an</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="321"/>
        <source>checked with %1</source>
        <translation>geprüft mit %1</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="322"/>
        <source>1 connection</source>
        <translation>1 Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="322"/>
        <source>%1 connections</source>
        <translation>%1 Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="325"/>
        <source>Whether &quot;Yes&quot; is good depends on the check: the mark says which. Hover over a check to see what it asks.</source>
        <translation>Ob „Ja“ gut ist, hängt von der Prüfung ab: das Zeichen sagt es. Fahren Sie über eine Prüfung, um zu sehen, was sie fragt.</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="363"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="378"/>
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
        <location filename="../ui/main_window.cpp" line="917"/>
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
        <location filename="../ui/main_window.cpp" line="537"/>
        <location filename="../ui/main_window.cpp" line="945"/>
        <source>Scan failed: %1</source>
        <translation>Scan fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="538"/>
        <source>Scan failed — %1: %2</source>
        <translation>Scan fehlgeschlagen — %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="557"/>
        <source>Scanned %1 — %2 suites accepted, %3 connections</source>
        <translation>%1 gescannt — %2 Suites akzeptiert, %3 Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="566"/>
        <source>Cancelled — %1</source>
        <translation>Abgebrochen — %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="567"/>
        <source>Session cancelled. What was received so far is kept below.</source>
        <translation>Sitzung abgebrochen. Das bisher Empfangene bleibt unten erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="574"/>
        <source>%1 — %2…</source>
        <translation>%1 — %2 …</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="612"/>
        <source>TLS failed</source>
        <translation>TLS fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="614"/>
        <source>no TLS</source>
        <translation>kein TLS</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="622"/>
        <source>%1 — session complete, closing…</source>
        <translation>%1 — Sitzung abgeschlossen, schließe …</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="631"/>
        <source>Likely: %1</source>
        <translation>Wahrscheinlich: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="635"/>
        <source>Failed — %1: %2</source>
        <translation>Fehlgeschlagen — %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="645"/>
        <source>Disconnected from %1 — 1 finding</source>
        <translation>Von %1 getrennt — 1 Befund</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="646"/>
        <source>Disconnected from %1 — %2 findings</source>
        <translation>Von %1 getrennt — %2 Befunde</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="654"/>
        <source>Handshake (%1)</source>
        <translation>Handshake (%1)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="655"/>
        <source>Handshake</source>
        <translation>Handshake</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="657"/>
        <source>Ladder (%1)</source>
        <translation>Ablauf (%1)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="657"/>
        <source>Ladder</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="659"/>
        <source>Certificates (%1)</source>
        <translation>Zertifikate (%1)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="659"/>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="661"/>
        <source>Findings (%1)</source>
        <translation>Befunde (%1)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="661"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="664"/>
        <source>Cipher matrix (%1)</source>
        <translation>Cipher-Matrix (%1)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="664"/>
        <source>Cipher matrix</source>
        <translation>Cipher-Matrix</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="710"/>
        <source>Save Report as JSON</source>
        <translation>Bericht als JSON speichern</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="711"/>
        <source>JSON reports (*.json);;All files (*)</source>
        <translation>JSON-Berichte (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="689"/>
        <source>Save Report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="639"/>
        <source>The server refused STARTTLS: %1</source>
        <translation>Der Server hat STARTTLS abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="640"/>
        <source>The server refused EHLO: %1</source>
        <translation>Der Server hat EHLO abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="641"/>
        <source>The server refused the session in its greeting: %1</source>
        <translation>Der Server hat die Sitzung schon in seiner Begrüßung abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="690"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="695"/>
        <source>Report saved to %1</source>
        <translation>Bericht gespeichert unter %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="719"/>
        <source>About MailTLS Workbench</source>
        <translation>Über MailTLS Workbench</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="720"/>
        <source>&lt;h3&gt;MailTLS Workbench %1&lt;/h3&gt;&lt;p&gt;Looks at the TLS side of mail servers: the SMTP conversation as it happened, the handshake, the served certificate chain, and what to change in Exim or Postfix.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MailTLS Workbench %1&lt;/h3&gt;&lt;p&gt;Untersucht die TLS-Seite von Mailservern: den SMTP-Dialog, wie er tatsächlich stattfand, den Handshake, die ausgelieferte Zertifikatskette und was in Exim oder Postfix zu ändern ist.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 und %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="731"/>
        <source>Open Certificate</source>
        <translation>Zertifikat öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="732"/>
        <source>Certificates and keys (*.pem *.crt *.cer *.der *.key *.p12 *.pfx *.p7b *.chain);;All files (*)</source>
        <translation>Zertifikate und Schlüssel (*.pem *.crt *.cer *.der *.key *.p12 *.pfx *.p7b *.chain);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="742"/>
        <source>A session is running; open the certificate when it has finished.</source>
        <translation>Eine Sitzung läuft; öffnen Sie das Zertifikat, wenn sie beendet ist.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="746"/>
        <source>Reading %1…</source>
        <translation>Lese %1 …</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="774"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="775"/>
        <source>%1

Passphrase:</source>
        <translation>%1

Passphrase:</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="780"/>
        <source>Could not read the certificate files:
%1</source>
        <translation>Die Zertifikatsdateien konnten nicht gelesen werden:
%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="781"/>
        <source>Could not read %1</source>
        <translation>%1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="786"/>
        <source>%1 holds no certificate, only private keys. Open the certificate file together with the key.</source>
        <translation>%1 enthält kein Zertifikat, nur private Schlüssel. Öffnen Sie die Zertifikatsdatei zusammen mit dem Schlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="787"/>
        <source>No certificate in %1</source>
        <translation>Kein Zertifikat in %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="800"/>
        <location filename="../ui/main_window.cpp" line="935"/>
        <source>From file %1</source>
        <translation>Aus Datei %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="801"/>
        <location filename="../ui/main_window.cpp" line="936"/>
        <source>From files %1</source>
        <translation>Aus den Dateien %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="809"/>
        <source>Inspected %1 — 1 finding</source>
        <translation>%1 untersucht — 1 Befund</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="810"/>
        <source>Inspected %1 — %2 findings</source>
        <translation>%1 untersucht — %2 Befunde</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="346"/>
        <location filename="../ui/main_window.cpp" line="859"/>
        <location filename="../ui/main_window.cpp" line="870"/>
        <source>A session or scan is running; try again when it has finished.</source>
        <translation>Eine Sitzung oder ein Scan läuft; versuchen Sie es erneut, wenn sie bzw. er beendet ist.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="863"/>
        <source>Session with %1 (%2) from the Domain tab</source>
        <translation>Sitzung mit %1 (%2) aus dem Reiter Domain</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="950"/>
        <source>Saved report of %1 from %2 — 1 finding</source>
        <translation>Gespeicherter Bericht zu %1 vom %2 — 1 Befund</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="951"/>
        <source>Saved report of %1 from %2 — %3 findings</source>
        <translation>Gespeicherter Bericht zu %1 vom %2 — %3 Befunde</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="982"/>
        <source>&amp;Stop practice server</source>
        <translation>Übungsserver &amp;stoppen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="993"/>
        <source>Practice server failed</source>
        <translation>Übungsserver fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="995"/>
        <source>The practice server could not start: %1</source>
        <translation>Der Übungsserver konnte nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1000"/>
        <source>Practice server stopped</source>
        <translation>Übungsserver gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1022"/>
        <source>Practice server: starting “%1”…</source>
        <translation>Übungsserver: starte „%1“ …</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1031"/>
        <source>Practice server: %1 on 127.0.0.1:%2</source>
        <translation>Übungsserver: %1 auf 127.0.0.1:%2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1032"/>
        <source>%1
SMTP with STARTTLS on 127.0.0.1:%2, implicit TLS on 127.0.0.1:%3
Throwaway CA (trusted for sessions to it): %4</source>
        <translation>%1
SMTP mit STARTTLS auf 127.0.0.1:%2, implizites TLS auf 127.0.0.1:%3
Wegwerf-CA (für Sitzungen dorthin vertrauenswürdig): %4</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1045"/>
        <source>Practice server “%1” is the target: press Connect to see a full session, or Scan</source>
        <translation>Übungsserver „%1“ ist das Ziel: Klicken Sie auf „Verbinden“ für eine vollständige Sitzung oder auf „Scannen“</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1048"/>
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
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="252"/>
        <source>No SNI will be sent: servers with several certificates show their default one.</source>
        <translation>Es wird kein SNI gesendet: Server mit mehreren Zertifikaten zeigen ihr Standardzertifikat.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="254"/>
        <source>Security level %1: servers with weaker keys or ciphers fail the handshake instead of being examined.</source>
        <translation>Sicherheitsstufe %1: Server mit schwächeren Schlüsseln oder Ciphers scheitern am Handshake, statt untersucht zu werden.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="257"/>
        <source>Tip: to check a partner&apos;s view, set &quot;Verify certificate for&quot; to the MX name they look up. These options apply from the next Connect.</source>
        <translation>Tipp: Um die Sicht eines Partners zu prüfen, tragen Sie bei „Zertifikat prüfen für“ den MX-Namen ein, den er nachschlägt. Diese Optionen gelten ab dem nächsten Verbinden.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="259"/>
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
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="224"/>
        <source>Proxy: %1</source>
        <translation>Proxy: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="226"/>
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
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="44"/>
        <source>Simulate Partner</source>
        <translation>Partner simulieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="49"/>
        <source>Partner (the client that sends mail to the server)</source>
        <translation>Partner (der Client, der Mail an den Server sendet)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="55"/>
        <source>Pasted cipher list (OpenSSL, IANA or GnuTLS priority string)…</source>
        <translation>Eingefügte Cipher-Liste (OpenSSL-, IANA- oder GnuTLS-Prioritätsstring) …</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="64"/>
        <source>e.g. ECDHE-RSA-AES128-GCM-SHA256:AES128-SHA:DES-CBC3-SHA  or  NORMAL:-VERS-ALL:+VERS-TLS1.2</source>
        <translation>z. B. ECDHE-RSA-AES128-GCM-SHA256:AES128-SHA:DES-CBC3-SHA  oder  NORMAL:-VERS-ALL:+VERS-TLS1.2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="70"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="74"/>
        <source>Current target (none set in the target bar)</source>
        <translation>Aktuelles Ziel (in der Zielleiste ist keines gesetzt)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="75"/>
        <source>Current target %1: scan it, predict, then one real handshake with the partner&apos;s offer</source>
        <translation>Aktuelles Ziel %1: scannen, vorhersagen, dann ein echter Handshake mit dem Angebot des Partners</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="77"/>
        <source>Saved scan report (JSON):</source>
        <translation>Gespeicherter Scan-Bericht (JSON):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="91"/>
        <source>a file written by &apos;mailtls scan --json&apos; or File → Save Report</source>
        <translation>eine von &apos;mailtls scan --json&apos; oder Datei → Bericht als JSON speichern geschriebene Datei</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="93"/>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="101"/>
        <source>&amp;Simulate</source>
        <translation>&amp;Simulieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="104"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="201"/>
        <source>Open Scan Report</source>
        <translation>Scan-Bericht öffnen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="201"/>
        <source>JSON reports (*.json);;All files (*)</source>
        <translation>JSON-Berichte (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="251"/>
        <source>The profile %1 is not available.</source>
        <translation>Das Profil %1 ist nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="283"/>
        <source>The pasted list cannot be read: %1</source>
        <translation>Die eingefügte Liste ist nicht lesbar: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="287"/>
        <source>Pasted %1 cipher list</source>
        <translation>Eingefügte %1-Cipher-Liste</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="258"/>
        <source>Set a target in the target bar first, or choose a saved report.</source>
        <translation>Setzen Sie zuerst ein Ziel in der Zielleiste, oder wählen Sie einen gespeicherten Bericht.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="266"/>
        <source>Choose a saved scan report.</source>
        <translation>Wählen Sie einen gespeicherten Scan-Bericht.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="302"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="301"/>
        <source>%1 is not a mailtls report: %2</source>
        <translation>%1 ist kein mailtls-Bericht: %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="110"/>
        <source>Export HTML…</source>
        <translation>HTML exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="112"/>
        <source>The result as one HTML page for the partner&apos;s admin (as mailtls simulate --html)</source>
        <translation>Das Ergebnis als eine HTML-Seite für den Admin des Partners (wie mailtls simulate --html)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="113"/>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="115"/>
        <source>The result as a PDF to send to the partner (as mailtls simulate --pdf)</source>
        <translation>Das Ergebnis als PDF zum Versand an den Partner (wie mailtls simulate --pdf)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="227"/>
        <source>Export Simulation as PDF</source>
        <translation>Simulation als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="227"/>
        <source>Export Simulation as HTML</source>
        <translation>Simulation als HTML exportieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="235"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="236"/>
        <source>Written to %1.</source>
        <translation>Geschrieben nach %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="241"/>
        <source>Writing the export…</source>
        <translation>Export wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="306"/>
        <source>%1 holds no scan section; run a scan and save it first.</source>
        <translation>%1 enthält keinen Scan-Abschnitt; führen Sie zuerst einen Scan aus und speichern Sie ihn.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="353"/>
        <source>scanning: %1 of about %2 connections</source>
        <translation>scanne: %1 von etwa %2 Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="356"/>
        <source>scanning the server…</source>
        <translation>scanne den Server …</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="356"/>
        <source>predicting…</source>
        <translation>erstelle Vorhersage …</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="371"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="380"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="382"/>
        <source>Server not reachable</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="388"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="394"/>
        <source>✔ Connects — %1 with %2</source>
        <translation>✔ Verbindung möglich — %1 mit %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="397"/>
        <source>✘ Fails — %1</source>
        <translation>✘ Scheitert — %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="403"/>
        <source>Fix for Exim:
</source>
        <translation>Abhilfe für Exim:
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="404"/>
        <source>Fix for Postfix:
</source>
        <translation>Abhilfe für Postfix:
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="408"/>
        <source>Live handshake (%1):
</source>
        <translation>Live-Handshake (%1):
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="409"/>
        <source>mailtls&apos;s own ClientHello, the exact offer</source>
        <translation>eigenes ClientHello von mailtls, genau das Angebot</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="409"/>
        <source>OpenSSL with the partner&apos;s offer</source>
        <translation>OpenSSL mit dem Angebot des Partners</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="411"/>
        <source>  left out (this OpenSSL cannot send them): %1
</source>
        <translation>  weggelassen (dieses OpenSSL kann sie nicht senden): %1
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="413"/>
        <source>  server chose %1 with %2%3
</source>
        <translation>  Server wählte %1 mit %2%3
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="415"/>
        <source>, %1-bit DH prime</source>
        <translation>, %1-Bit-DH-Primzahl</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="419"/>
        <source>  the attempt failed: %1
</source>
        <translation>  der Versuch ist fehlgeschlagen: %1
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="421"/>
        <source>  the partner would stop here: %1
</source>
        <translation>  der Partner würde hier abbrechen: %1
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="424"/>
        <source>How the prediction was reached (%1):
</source>
        <translation>So kam die Vorhersage zustande (%1):
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="429"/>
        <source>
Partner source: %1
</source>
        <translation>
Quelle des Partnerprofils: %1
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="440"/>
        <source>Offers %1 · %2 suites up to TLS 1.2 · %3 TLS 1.3 suites · source: %4</source>
        <translation>Bietet %1 · %2 Suites bis TLS 1.2 · %3 TLS-1.3-Suites · Quelle: %4</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="446"/>
        <source>Paste the partner&apos;s list; OpenSSL names and keywords, IANA names and GnuTLS priority strings are understood.</source>
        <translation>Fügen Sie die Liste des Partners ein; verstanden werden OpenSSL-Namen und -Schlüsselwörter, IANA-Namen und GnuTLS-Prioritätsstrings.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="463"/>
        <source>Scanning the server, then one handshake with the partner&apos;s offer. Cancel stops it at once.</source>
        <translation>Erst wird der Server gescannt, dann ein Handshake mit dem Angebot des Partners ausgeführt. „Abbrechen“ stoppt sofort.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="464"/>
        <source>Predicting…</source>
        <translation>Erstelle Vorhersage …</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="468"/>
        <source>Paste the partner&apos;s cipher list.</source>
        <translation>Fügen Sie die Cipher-Liste des Partners ein.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="469"/>
        <source>Choose a saved scan report, or set a target in the target bar.</source>
        <translation>Wählen Sie einen gespeicherten Scan-Bericht, oder setzen Sie ein Ziel in der Zielleiste.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="473"/>
        <source>Forward the sentence above to the partner, or apply the fix for your MTA and simulate again.</source>
        <translation>Leiten Sie den Satz oben an den Partner weiter, oder wenden Sie die Abhilfe für Ihren MTA an und simulieren Sie erneut.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="475"/>
        <source>Pick another partner or server and simulate again.</source>
        <translation>Wählen Sie einen anderen Partner oder Server und simulieren Sie erneut.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="477"/>
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
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="41"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="41"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="49"/>
        <source>Explain Cipher Suite</source>
        <translation>Cipher-Suite erklären</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="53"/>
        <source>&amp;Suite:</source>
        <translation>&amp;Suite:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="56"/>
        <source>e.g. ECDHE-RSA-AES256-GCM-SHA384, TLS_AES_128_GCM_SHA256 or 0xC02F</source>
        <translation>z. B. ECDHE-RSA-AES256-GCM-SHA384, TLS_AES_128_GCM_SHA256 oder 0xC02F</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="64"/>
        <source>E&amp;xplain</source>
        <translation>&amp;Erklären</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="77"/>
        <source>IANA names</source>
        <translation>IANA-Namen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="78"/>
        <source>OpenSSL names</source>
        <translation>OpenSSL-Namen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="79"/>
        <source>GnuTLS names</source>
        <translation>GnuTLS-Namen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="191"/>
        <source>Type a suite name in any notation, or its code, or pick one from the list.</source>
        <translation>Geben Sie einen Suite-Namen in beliebiger Schreibweise oder ihren Code ein, oder wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="193"/>
        <source>%1 is graded %2. Pick another suite to compare.</source>
        <translation>%1 hat die Bewertung „%2“. Wählen Sie zum Vergleich eine andere Suite.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="196"/>
        <source>Not a known suite: pick one of the suggestions or from the list.</source>
        <translation>Keine bekannte Suite: Wählen Sie einen der Vorschläge oder einen Eintrag aus der Liste.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="198"/>
        <source>Press Enter to explain, or choose a completion.</source>
        <translation>Drücken Sie Eingabe zum Erklären, oder wählen Sie eine Vervollständigung.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="221"/>
        <source>Unknown cipher suite “%1”</source>
        <translation>Unbekannte Cipher-Suite „%1“</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="223"/>
        <source>No suite name is close to this. Try the list on the left.</source>
        <translation>Kein Suite-Name kommt dem nahe. Versuchen Sie es mit der Liste links.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="225"/>
        <source>Did you mean:</source>
        <translation>Meinten Sie:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="240"/>
        <source>OpenSSL: %1</source>
        <translation>OpenSSL: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="242"/>
        <source>GnuTLS: %1</source>
        <translation>GnuTLS: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="244"/>
        <source>typed as %1</source>
        <translation>eingegeben als %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="255"/>
        <source>Key exchange</source>
        <translation>Schlüsselaustausch</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="256"/>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="257"/>
        <source>Bulk cipher</source>
        <translation>Bulk-Cipher</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="258"/>
        <source>MAC / PRF</source>
        <translation>MAC / PRF</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="265"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="266"/>
        <source>Forward secrecy</source>
        <translation>Forward Secrecy</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="267"/>
        <source>AEAD</source>
        <translation>AEAD</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="268"/>
        <source>Certificate needed</source>
        <translation>Zertifikat erforderlich</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::TargetBar</name>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="23"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="26"/>
        <source>mail.example.org</source>
        <translation>mail.example.org</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="28"/>
        <source>Host name or address of the mail server</source>
        <translation>Hostname oder Adresse des Mailservers</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="31"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="36"/>
        <source>25 SMTP, 587 submission, 465 SMTPS (implicit TLS), 24 LMTP, 143 IMAP, 993 IMAPS, 110 POP3, 995 POP3S, 4190 ManageSieve</source>
        <translation>25 SMTP, 587 Submission, 465 SMTPS (implizites TLS), 24 LMTP, 143 IMAP, 993 IMAPS, 110 POP3, 995 POP3S, 4190 ManageSieve</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="40"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="43"/>
        <source>SMTP STARTTLS</source>
        <translation>SMTP STARTTLS</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="44"/>
        <source>LMTP STARTTLS</source>
        <translation>LMTP STARTTLS</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="45"/>
        <source>Implicit TLS (SMTPS)</source>
        <translation>Implizites TLS (SMTPS)</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="46"/>
        <source>IMAP STARTTLS</source>
        <translation>IMAP STARTTLS</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="47"/>
        <source>Implicit TLS (IMAPS)</source>
        <translation>Implizites TLS (IMAPS)</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="48"/>
        <source>POP3 STLS</source>
        <translation>POP3 STLS</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="49"/>
        <source>Implicit TLS (POP3S)</source>
        <translation>Implizites TLS (POP3S)</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="50"/>
        <source>ManageSieve STARTTLS</source>
        <translation>ManageSieve STARTTLS</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="51"/>
        <source>Plain TCP (TLS, no SMTP)</source>
        <translation>Reines TCP (TLS, kein SMTP)</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="52"/>
        <source>TLS right after the TCP connect, without any SMTP (e.g. openssl s_server)</source>
        <translation>TLS direkt nach dem TCP-Verbindungsaufbau, ohne SMTP (z. B. openssl s_server)</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="54"/>
        <source>How TLS starts: after STARTTLS, from the first byte, or not at all</source>
        <translation>Wie TLS beginnt: nach STARTTLS, ab dem ersten Byte oder gar nicht</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="59"/>
        <source>&amp;Options…</source>
        <translation>&amp;Optionen …</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="60"/>
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
        <location filename="../ui/workspace_controller.cpp" line="596"/>
        <source>Export as PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="606"/>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF-Dateien (*.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="634"/>
        <source>PDF report written to %1</source>
        <translation>PDF-Bericht geschrieben nach %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="173"/>
        <location filename="../ui/workspace_controller.cpp" line="547"/>
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
        <location filename="../ui/workspace_controller.cpp" line="483"/>
        <location filename="../ui/workspace_controller.cpp" line="505"/>
        <source>Save Workspace</source>
        <translation>Arbeitsbereich speichern</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="323"/>
        <location filename="../ui/workspace_controller.cpp" line="436"/>
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
        <location filename="../ui/workspace_controller.cpp" line="422"/>
        <source>Still opening the previous file.</source>
        <translation>Die vorige Datei wird noch geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="425"/>
        <source>Opening %1…</source>
        <translation>Öffne %1…</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="432"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="436"/>
        <source>Import Report</source>
        <translation>Bericht importieren</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="452"/>
        <source>Opened %1 — 1 report</source>
        <translation>%1 geöffnet — 1 Bericht</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="453"/>
        <source>Opened %1 — %2 reports</source>
        <translation>%1 geöffnet — %2 Berichte</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="474"/>
        <source>Imported the report %1 into a new workspace</source>
        <translation>Bericht %1 in einen neuen Arbeitsbereich importiert</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="498"/>
        <source>Workspaces (*.%1);;All files (*)</source>
        <translation>Arbeitsbereiche (*.%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="525"/>
        <source>Workspace saved to %1</source>
        <translation>Arbeitsbereich gespeichert unter %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="547"/>
        <source>MailTLS investigation — %1</source>
        <translation>MailTLS-Untersuchung — %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="556"/>
        <source>There is no report to export yet.</source>
        <translation>Es gibt noch keinen Bericht zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="579"/>
        <source>Export HTML Report</source>
        <translation>HTML-Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="607"/>
        <source>HTML files (*.html);;All files (*)</source>
        <translation>HTML-Dateien (*.html);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="632"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="636"/>
        <source>HTML report written to %1</source>
        <translation>HTML-Bericht geschrieben nach %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="587"/>
        <source>Export Investigation as HTML</source>
        <translation>Untersuchung als HTML exportieren</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="657"/>
        <location filename="../ui/workspace_controller.cpp" line="702"/>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="698"/>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="699"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="763"/>
        <source>Restored the autosaved workspace from %1</source>
        <translation>Automatisch gespeicherten Arbeitsbereich vom %1 wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="776"/>
        <source>an untitled workspace</source>
        <translation>einem unbenannten Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="777"/>
        <source>MailTLS Workbench did not close normally. Changes to %1 were autosaved at %2 (reports: %3) but not saved.

Restore them?</source>
        <translation>MailTLS Workbench wurde nicht normal beendet. Änderungen an %1 wurden am %2 automatisch gesichert (Berichte: %3), aber nicht gespeichert.

Wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="785"/>
        <location filename="../ui/workspace_controller.cpp" line="801"/>
        <source>Recover workspace</source>
        <translation>Arbeitsbereich wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="786"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="787"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="788"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
</context>
</TS>
