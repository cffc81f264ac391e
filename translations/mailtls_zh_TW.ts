<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Errors</name>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="69"/>
        <source>%1: %2
Try &apos;%1 --help&apos;.
</source>
        <translation>%1: %2
請參閱 &apos;%1 --help&apos;。
</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="99"/>
        <source>empty target</source>
        <translation>目標為空</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="111"/>
        <source>&apos;%1&apos;: unknown scheme &apos;%2://&apos; (%3)</source>
        <translation>&apos;%1&apos;：未知協定 &apos;%2://&apos;（%3）</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="119"/>
        <location filename="../core/jobs/fleet_job.cpp" line="61"/>
        <source>&apos;%1&apos;: no host</source>
        <translation>&apos;%1&apos;：沒有主機</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="125"/>
        <location filename="../core/model/targets.cpp" line="92"/>
        <source>&apos;%1&apos;: write IPv6 addresses with a port as [ADDRESS]:PORT</source>
        <translation>&apos;%1&apos;：帶連接埠的 IPv6 位址請寫成 [ADDRESS]:PORT</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="131"/>
        <location filename="../core/model/targets.cpp" line="73"/>
        <source>&apos;%1&apos;: missing &apos;]&apos; after the IPv6 address</source>
        <translation>&apos;%1&apos;：IPv6 位址後缺少 &apos;]&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="134"/>
        <location filename="../core/model/targets.cpp" line="87"/>
        <source>&apos;%1&apos;: &apos;%2&apos; is not an IPv6 address</source>
        <translation>&apos;%1&apos;：&apos;%2&apos; 不是 IPv6 位址</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="139"/>
        <source>&apos;%1&apos; is not a target (HOST[:PORT], [IPv6]:PORT or SCHEME://HOST[:PORT] with a scheme of %2)</source>
        <translation>&apos;%1&apos; 不是目標（HOST[:PORT]、[IPv6]:PORT 或 SCHEME://HOST[:PORT]，協定為 %2 之一）</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="142"/>
        <source>&apos;%1&apos;: a target is a host and a port, nothing more</source>
        <translation>&apos;%1&apos;：目標只包括主機和連接埠，別無其他</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="144"/>
        <location filename="../core/model/targets.cpp" line="83"/>
        <location filename="../core/model/targets.cpp" line="101"/>
        <source>&apos;%1&apos;: empty port</source>
        <translation>&apos;%1&apos;：連接埠為空</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="148"/>
        <source>&apos;%1&apos;: port 0 is not a port to connect to</source>
        <translation>&apos;%1&apos;：連接埠 0 無法連線</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="216"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>未知選項 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="217"/>
        <source>unknown options: %1</source>
        <translation>未知選項：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="225"/>
        <source>too many arguments (at most a FILE and a TARGET): %1</source>
        <translation>引數過多（最多一個 FILE 和一個 TARGET）：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="233"/>
        <source>&apos;%1&apos; is a folder, not a workspace or report file</source>
        <translation>&apos;%1&apos; 是資料夾，不是工作區或報告檔案</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="235"/>
        <source>one file at a time: &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>一次只能一個檔案：&apos;%1&apos; 和 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="240"/>
        <source>&apos;%1&apos;: no such file</source>
        <translation>&apos;%1&apos;：檔案不存在</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="245"/>
        <source>&apos;%1&apos; is neither a file nor a target: %2</source>
        <translation>&apos;%1&apos; 既不是檔案也不是目標：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="247"/>
        <source>one target at a time: &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>一次只能一個目標：&apos;%1&apos; 和 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/base/read_file.cpp" line="18"/>
        <source>%1: larger than %2, the most a %3 may be</source>
        <translation>%1：大於 %2，即 %3 允許的最大值</translation>
    </message>
    <message>
        <location filename="../core/base/read_file.cpp" line="59"/>
        <location filename="../core/dns/resolver.cpp" line="430"/>
        <location filename="../core/x509/certificate_loader.cpp" line="514"/>
        <source>%1: no such file</source>
        <translation>%1：檔案不存在</translation>
    </message>
    <message>
        <location filename="../core/base/read_file.cpp" line="61"/>
        <source>%1: it is a directory</source>
        <translation>%1：這是一個目錄</translation>
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
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../core/base/read_file.cpp" line="85"/>
        <source>%1: nothing to read (a pipe with no writer?)</source>
        <translation>%1：沒有可讀取的內容（沒有寫入端的管線？）</translation>
    </message>
    <message>
        <location filename="../core/base/save_file.cpp" line="11"/>
        <source>it is a directory</source>
        <translation>這是一個目錄</translation>
    </message>
    <message>
        <location filename="../core/catalog/cipher_list_parser.cpp" line="87"/>
        <source>cannot create an OpenSSL context</source>
        <translation>無法建立 OpenSSL 環境</translation>
    </message>
    <message>
        <location filename="../core/catalog/cipher_list_parser.cpp" line="95"/>
        <source>the linked OpenSSL finds no cipher suite in &quot;%1&quot;</source>
        <translation>連結的 OpenSSL 在 &quot;%1&quot; 中找不到加密套件</translation>
    </message>
    <message>
        <location filename="../core/catalog/cipher_list_parser.cpp" line="111"/>
        <source>no cipher suite in &quot;%1&quot;</source>
        <translation>&quot;%1&quot; 中沒有加密套件</translation>
    </message>
    <message>
        <location filename="../core/catalog/cipher_list_parser.cpp" line="130"/>
        <source>no known IANA suite name in &quot;%1&quot;</source>
        <translation>&quot;%1&quot; 中沒有已知的 IANA 套件名稱</translation>
    </message>
    <message>
        <location filename="../core/catalog/cipher_list_parser.cpp" line="162"/>
        <source>GnuTLS refuses the priority string &quot;%1&quot;</source>
        <translation>GnuTLS 拒絕了優先順序字串 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/catalog/cipher_list_parser.cpp" line="163"/>
        <source>GnuTLS refuses the priority string &quot;%1&quot;: %2</source>
        <translation>GnuTLS 拒絕了優先順序字串 &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <location filename="../core/catalog/cipher_list_parser.cpp" line="324"/>
        <source>a GnuTLS priority string starts with NORMAL, PERFORMANCE, SECURE128, SECURE192, SECURE256 or NONE, not &quot;%1&quot;</source>
        <translation>GnuTLS 優先順序字串應以 NORMAL、PERFORMANCE、SECURE128、SECURE192、SECURE256 或 NONE 開頭，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/catalog/cipher_list_parser.cpp" line="337"/>
        <source>&quot;%1&quot; in a GnuTLS priority string needs +, - or !</source>
        <translation>GnuTLS 優先順序字串中的 &quot;%1&quot; 需要 +、- 或 !</translation>
    </message>
    <message>
        <location filename="../core/catalog/cipher_list_parser.cpp" line="350"/>
        <location filename="../core/diagnose/client_profile.cpp" line="103"/>
        <source>unknown version &quot;%1&quot;</source>
        <translation>未知版本 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/catalog/cipher_list_parser.cpp" line="368"/>
        <location filename="../core/diagnose/client_profile.cpp" line="129"/>
        <source>unknown group &quot;%1&quot;</source>
        <translation>未知群組 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/catalog/cipher_list_parser.cpp" line="375"/>
        <location filename="../core/diagnose/client_profile.cpp" line="135"/>
        <source>unknown signature algorithm &quot;%1&quot;</source>
        <translation>未知簽章演算法 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/catalog/cipher_list_parser.cpp" line="388"/>
        <source>&quot;%1&quot; is not in the built-in GnuTLS table (install gnutls-bin for the full syntax)</source>
        <translation>&quot;%1&quot; 不在內建 GnuTLS 表中（安裝 gnutls-bin 以支援完整語法）</translation>
    </message>
    <message>
        <location filename="../core/catalog/cipher_list_parser.cpp" line="427"/>
        <location filename="../core/catalog/cipher_list_parser.cpp" line="433"/>
        <source>the priority string &quot;%1&quot; enables no cipher suite</source>
        <translation>優先順序字串 &quot;%1&quot; 未啟用任何加密套件</translation>
    </message>
    <message>
        <location filename="../core/catalog/cipher_list_parser.cpp" line="479"/>
        <source>the cipher list is empty</source>
        <translation>加密清單為空</translation>
    </message>
    <message>
        <location filename="../core/diagnose/client_profile.cpp" line="92"/>
        <source>not a JSON object (%1)</source>
        <translation>不是 JSON 物件（%1）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/client_profile.cpp" line="99"/>
        <source>&quot;name&quot;, &quot;title&quot; and &quot;source&quot; are required</source>
        <translation>&quot;name&quot;、&quot;title&quot; 和 &quot;source&quot; 為必填項</translation>
    </message>
    <message>
        <location filename="../core/diagnose/client_profile.cpp" line="111"/>
        <source>&quot;versions&quot; is empty</source>
        <translation>&quot;versions&quot; 為空</translation>
    </message>
    <message>
        <location filename="../core/diagnose/client_profile.cpp" line="142"/>
        <source>no known cipher suite in &quot;ciphers&quot; / &quot;tls13_suites&quot;</source>
        <translation>&quot;ciphers&quot; / &quot;tls13_suites&quot; 中沒有已知的加密套件</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="126"/>
        <source>CA file</source>
        <translation>CA 檔案</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="132"/>
        <source>%1: no certificate in it (PEM or DER)</source>
        <translation>%1：其中沒有憑證（PEM 或 DER）</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="406"/>
        <source>the policy host must be a host name, not %1</source>
        <translation>原則主機必須是主機名稱，而不是 %1</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="408"/>
        <source>%1: %2 is not an IP address (the fetch resolves nothing itself)</source>
        <translation>%1：%2 不是 IP 位址（擷取過程本身不做解析）</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="411"/>
        <source>%1: port %2 and path %3 do not make a URL</source>
        <translation>%1：連接埠 %2 和路徑 %3 無法組成 URL</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="414"/>
        <source>%1: cancelled before the fetch</source>
        <translation>%1：在擷取前已取消</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="554"/>
        <source>%1: cancelled</source>
        <translation>%1：已取消</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="557"/>
        <source>%1: the policy is longer than %2; refused</source>
        <translation>%1：原則長度超過 %2；已拒絕</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="561"/>
        <source>%1: no answer within %2</source>
        <translation>%1：%2 內無回應</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="563"/>
        <source>%1: the certificate does not verify for %2: %3</source>
        <translation>%1：憑證對 %2 驗證失敗：%3</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="574"/>
        <source>connection refused</source>
        <translation>連線被拒絕</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="578"/>
        <source>the server closed the connection without an HTTP answer</source>
        <translation>伺服器在未給出 HTTP 回應的情況下關閉了連線</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="579"/>
        <location filename="../core/tls/tls_client.cpp" line="277"/>
        <source>the server closed the connection during the TLS handshake</source>
        <translation>伺服器在 TLS 交握期間關閉了連線</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="595"/>
        <source>TLS handshake failed: %1</source>
        <translation>TLS 交握失敗：%1</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="599"/>
        <source>no HTTP answer</source>
        <translation>沒有 HTTP 回應</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="612"/>
        <source>%1: answered HTTP %2, without a Location; MTA-STS senders follow no redirect</source>
        <translation>%1：回應 HTTP %2，沒有 Location；MTA-STS 寄件方不會跟隨重新導向</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="614"/>
        <source>%1: answered HTTP %2, Location %3; MTA-STS senders follow no redirect</source>
        <translation>%1：回應 HTTP %2，Location %3；MTA-STS 寄件方不會跟隨重新導向</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="616"/>
        <source>%1: answered HTTP %2, not 200</source>
        <translation>%1：回應 HTTP %2，而不是 200</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="619"/>
        <source>%1: the answer broke off after %2 bytes of the body</source>
        <translation>%1：回應在本文 %2 位元組後中斷</translation>
    </message>
    <message>
        <location filename="../core/jobs/certificate_job.cpp" line="35"/>
        <source>cannot open the CA in %1</source>
        <translation>無法開啟 %1 中的 CA</translation>
    </message>
    <message>
        <location filename="../core/jobs/domain_job.cpp" line="144"/>
        <source>%1 has no address (A %2, AAAA %3)</source>
        <translation>%1 沒有位址（A %2，AAAA %3）</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="302"/>
        <source>the resolver %1 could not be asked again</source>
        <translation>無法再次詢問解析器 %1</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="327"/>
        <location filename="../core/dns/resolver.cpp" line="355"/>
        <source>the resolver %1 is unreachable: %2</source>
        <translation>解析器 %1 無法連線：%2</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="333"/>
        <location filename="../core/dns/resolver.cpp" line="538"/>
        <source>the resolver %1 did not answer within %2 s</source>
        <translation>解析器 %1 在 %2 秒內未回應</translation>
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
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="396"/>
        <source>%1 is not a resolver address (ADDR, ADDR:PORT or [IPv6]:PORT)</source>
        <translation>%1 不是解析器位址（ADDR、ADDR:PORT 或 [IPv6]:PORT）</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="405"/>
        <source>resolver configuration</source>
        <translation>解析器設定</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="433"/>
        <source>%1: not a readable file</source>
        <translation>%1：不是可讀取的檔案</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="437"/>
        <source>cannot set up the DNS validator (libunbound)</source>
        <translation>無法設定 DNS 驗證器（libunbound）</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="457"/>
        <source>cannot use the resolver %1: %2</source>
        <translation>無法使用解析器 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="465"/>
        <source>%1: not a trust anchor file: %2</source>
        <translation>%1：不是信任錨檔案：%2</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="481"/>
        <source>%1: not a trust anchor file (DS or DNSKEY records in zone-file form)</source>
        <translation>%1：不是信任錨檔案（區域檔案格式的 DS 或 DNSKEY 記錄）</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="484"/>
        <source>cannot start the DNS validator: %1</source>
        <translation>無法啟動 DNS 驗證器：%1</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="517"/>
        <source>%1 records cannot be looked up here</source>
        <translation>此處無法查詢 %1 記錄</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="522"/>
        <source>%1 is not a domain name</source>
        <translation>%1 不是網域名稱</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="526"/>
        <source>the resolver was not set up</source>
        <translation>解析器尚未設定</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="542"/>
        <source>the resolver %1 could not be asked: %2</source>
        <translation>無法詢問解析器 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="577"/>
        <source>its replies are truncated and the retry over TCP failed</source>
        <translation>其回覆被截斷，且透過 TCP 重試失敗</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="578"/>
        <source>its replies do not answer the question asked</source>
        <translation>其回覆與所提的查詢不符</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="579"/>
        <source>its answer could not be used (malformed, or failed validation)</source>
        <translation>其回覆無法使用（格式錯誤或驗證失敗）</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="580"/>
        <source>the resolver %1 gave no usable answer for %2 %3: %4</source>
        <translation>解析器 %1 對 %2 %3 未給出可用的回覆：%4</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="585"/>
        <source>the resolver %1 answered %2 for %3 %4 (%5)</source>
        <translation>解析器 %1 對 %3 %4 回覆了 %2（%5）</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="588"/>
        <source>the resolver %1 answered %2 for %3 %4</source>
        <translation>解析器 %1 對 %3 %4 回覆了 %2</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="603"/>
        <source>%1 has a CNAME chain longer than %2 names or a loop</source>
        <translation>%1 的 CNAME 鏈超過 %2 個名稱或存在迴圈</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="623"/>
        <source>the resolver %1 sent a malformed %2 record for %3</source>
        <translation>解析器 %1 為 %3 傳送了格式錯誤的 %2 記錄</translation>
    </message>
    <message>
        <location filename="../core/jobs/fleet_job.cpp" line="55"/>
        <source>&apos;%1&apos;: unknown scheme &apos;%2://&apos; (smtp://, smtps:// or lmtp://)</source>
        <translation>&apos;%1&apos;：未知的協定 &apos;%2://&apos;（smtp://、smtps:// 或 lmtp://）</translation>
    </message>
    <message>
        <location filename="../core/jobs/fleet_job.cpp" line="64"/>
        <source>&apos;%1&apos;: a target URL names a host and a port, nothing more</source>
        <translation>&apos;%1&apos;：目標 URL 只能包含主機和埠，不能有其他內容</translation>
    </message>
    <message>
        <location filename="../core/jobs/fleet_job.cpp" line="106"/>
        <source>longer than %1 characters, skipped</source>
        <translation>超過 %1 個字元，已略過</translation>
    </message>
    <message>
        <location filename="../core/jobs/fleet_job.cpp" line="117"/>
        <source>one target a line, not &apos;%1&apos;</source>
        <translation>每行一個目標，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/jobs/fleet_job.cpp" line="121"/>
        <source>more than %1 targets, the rest of the list is skipped</source>
        <translation>超過 %1 個目標，清單其餘部分已略過</translation>
    </message>
    <message>
        <location filename="../core/jobs/fleet_job.cpp" line="134"/>
        <source>the same target as line %1, skipped</source>
        <translation>與第 %1 行的目標相同，已略過</translation>
    </message>
    <message>
        <location filename="../core/jobs/fleet_job.cpp" line="281"/>
        <source>cancelled before the session started</source>
        <translation>工作階段開始前已取消</translation>
    </message>
    <message>
        <location filename="../core/jobs/simulate_job.cpp" line="203"/>
        <source>the offer holds no suite for any of its versions</source>
        <translation>該提議的所有版本都沒有可用的套件</translation>
    </message>
    <message>
        <location filename="../core/jobs/simulate_job.cpp" line="223"/>
        <source>could not reach the point of TLS</source>
        <translation>未能到達開始 TLS 的階段</translation>
    </message>
    <message>
        <location filename="../core/jobs/simulate_job.cpp" line="265"/>
        <source>the report holds no scan section</source>
        <translation>報告中沒有掃描部分</translation>
    </message>
    <message>
        <location filename="../core/jobs/simulate_job.cpp" line="276"/>
        <location filename="../core/protocol/session_engine.cpp" line="92"/>
        <location filename="../core/protocol/session_engine.cpp" line="265"/>
        <location filename="../core/protocol/session_engine.cpp" line="622"/>
        <location filename="../core/scan/scanner.cpp" line="1414"/>
        <source>cancelled by the user</source>
        <translation>已被使用者取消</translation>
    </message>
    <message>
        <location filename="../core/logs/log_reader.cpp" line="85"/>
        <source>%1: the file ends inside the compressed data (truncated)</source>
        <translation>%1：檔案在壓縮資料中途結束（已截斷）</translation>
    </message>
    <message>
        <location filename="../core/logs/log_reader.cpp" line="104"/>
        <source>gzip: cannot start the decoder</source>
        <translation>gzip：無法啟動解碼器</translation>
    </message>
    <message>
        <location filename="../core/logs/log_reader.cpp" line="121"/>
        <source>gzip: %1</source>
        <translation>gzip：%1</translation>
    </message>
    <message>
        <location filename="../core/logs/log_reader.cpp" line="147"/>
        <source>xz: cannot start the decoder</source>
        <translation>xz：無法啟動解碼器</translation>
    </message>
    <message>
        <location filename="../core/logs/log_reader.cpp" line="168"/>
        <source>xz: the file ends inside the compressed data (truncated)</source>
        <translation>xz：檔案在壓縮資料中途結束（已截斷）</translation>
    </message>
    <message>
        <location filename="../core/logs/log_reader.cpp" line="169"/>
        <source>xz: damaged data (error %1)</source>
        <translation>xz：資料已損壞（錯誤 %1）</translation>
    </message>
    <message>
        <location filename="../core/logs/log_reader.cpp" line="195"/>
        <source>bzip2: cannot start the decoder</source>
        <translation>bzip2：無法啟動解碼器</translation>
    </message>
    <message>
        <location filename="../core/logs/log_reader.cpp" line="213"/>
        <source>bzip2: damaged data (error %1)</source>
        <translation>bzip2：資料已損壞（錯誤 %1）</translation>
    </message>
    <message>
        <location filename="../core/logs/log_reader.cpp" line="240"/>
        <location filename="../core/logs/log_reader.cpp" line="245"/>
        <location filename="../core/pki/certificate_request.cpp" line="95"/>
        <location filename="../core/pki/mini_ca.cpp" line="47"/>
        <location filename="../core/pki/private_key.cpp" line="156"/>
        <source>cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/jobs/fleet_job.cpp" line="88"/>
        <location filename="../core/logs/log_reader.cpp" line="265"/>
        <location filename="../core/report/report_jsonl.cpp" line="61"/>
        <location filename="../core/report/report_jsonl.cpp" line="69"/>
        <location filename="../core/report/report_jsonl.cpp" line="82"/>
        <source>%1:%2: %3</source>
        <translation>%1:%2：%3</translation>
    </message>
    <message>
        <location filename="../core/logs/log_reader.cpp" line="332"/>
        <source>binary data (a NUL byte), not a text log; reading stopped here</source>
        <translation>二進位資料（含 NUL 位元組），不是文字日誌；讀取在此停止</translation>
    </message>
    <message>
        <location filename="../core/logs/mail_queue.cpp" line="896"/>
        <source>line %1: binary data (a NUL byte), not a queue listing; reading stopped here</source>
        <translation>第 %1 行：二進位資料（含 NUL 位元組），不是佇列清單；讀取在此停止</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="105"/>
        <source>cannot reach the %1: %2</source>
        <translation>無法連線到%1：%2</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="146"/>
        <source>cannot resolve %1: %2</source>
        <translation>無法解析 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="152"/>
        <source>no address for %1</source>
        <translation>%1 沒有位址</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="157"/>
        <source>socket: %1</source>
        <translation>通訊端：%1</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="165"/>
        <location filename="../core/net/connection.cpp" line="190"/>
        <source>cannot connect to %1 port %2: %3</source>
        <translation>無法連線到 %1 埠 %2：%3</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="171"/>
        <source>connect</source>
        <translation>建立連線</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="179"/>
        <source>timed out after %1 s connecting to %2 port %3</source>
        <translation>連線到 %2 埠 %3 時逾時（%1 秒）</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="220"/>
        <source>poll: %1</source>
        <translation>poll：%1</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="225"/>
        <source>timed out after %1 s waiting to %2</source>
        <translation>等待%2時逾時（%1 秒）</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="235"/>
        <source>timed out</source>
        <translation>逾時</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="284"/>
        <location filename="../core/net/connection.cpp" line="340"/>
        <source>the server closed the connection</source>
        <translation>伺服器關閉了連線</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="292"/>
        <source>the server reset the connection</source>
        <translation>伺服器重設了連線</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="293"/>
        <source>read: %1</source>
        <translation>讀取：%1</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="301"/>
        <location filename="../core/net/connection.cpp" line="319"/>
        <source>not connected</source>
        <translation>未連線</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="305"/>
        <source>read from the server</source>
        <translation>從伺服器讀取</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="334"/>
        <source>write to the server</source>
        <translation>向伺服器寫入</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="341"/>
        <source>write: %1</source>
        <translation>寫入：%1</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_budget.cpp" line="74"/>
        <source>no free place in the budget of the %1 (%2 connection(s) at once) within %3 s</source>
        <translation>%3 秒內%1的配額（同時 %2 個連線）沒有空位</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="72"/>
        <source>SOCKS5 proxy %1</source>
        <translation>SOCKS5 代理伺服器 %1</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="73"/>
        <source>HTTP CONNECT proxy %1</source>
        <translation>HTTP CONNECT 代理伺服器 %1</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="92"/>
        <source>the %1 closed the connection</source>
        <translation>%1關閉了連線</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="94"/>
        <source>the %1 did not take our request in time</source>
        <translation>%1未能及時接收我們的請求</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="102"/>
        <location filename="../core/net/proxy_handshake.cpp" line="138"/>
        <source>read the proxy&apos;s answer</source>
        <translation>讀取代理伺服器的回應</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="105"/>
        <source>the %1 did not answer in time (is it a SOCKS5 proxy?)</source>
        <translation>%1未及時回應（它是 SOCKS5 代理伺服器嗎？）</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="106"/>
        <location filename="../core/net/proxy_handshake.cpp" line="140"/>
        <source>the %1 did not answer in time</source>
        <translation>%1未及時回應</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="118"/>
        <location filename="../core/net/proxy_handshake.cpp" line="156"/>
        <source>the %1 closed the connection in the middle of its answer</source>
        <translation>%1在回應中途關閉了連線</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="122"/>
        <location filename="../core/net/proxy_handshake.cpp" line="164"/>
        <source>reading the %1&apos;s answer: %2</source>
        <translation>讀取%1的回應：%2</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="135"/>
        <source>the %1 sent more than %2 bytes without ending its answer</source>
        <translation>%1傳送了超過 %2 位元組仍未結束回應</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="147"/>
        <source>the proxy at %1:%2 answered like a SOCKS5 proxy, not an HTTP proxy (use socks5://)</source>
        <translation>%1:%2 上的代理伺服器以 SOCKS5 代理伺服器而非 HTTP 代理伺服器的方式回應（請使用 socks5://）</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="153"/>
        <location filename="../core/net/proxy_handshake.cpp" line="225"/>
        <source>the %1 closed the connection without an answer (a proxy at its connection limit does this)</source>
        <translation>%1未回應即關閉了連線（達到連線上限的代理伺服器會這樣做）</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="162"/>
        <source>the %1 reset the connection without an answer (a proxy at its connection limit does this)</source>
        <translation>%1未回應即重設了連線（達到連線上限的代理伺服器會這樣做）</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="178"/>
        <source>reading the %1&apos;s answer failed</source>
        <translation>讀取%1的回應失敗</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="205"/>
        <source>the host name is too long for SOCKS5 (at most 255 bytes)</source>
        <translation>主機名稱對於 SOCKS5 過長（最多 255 位元組）</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="214"/>
        <source>a SOCKS5 user name and password are at most 255 bytes each (RFC 1929)</source>
        <translation>SOCKS5 使用者名稱和密碼各最多 255 位元組（RFC 1929）</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="232"/>
        <source>the proxy at %1:%2 does not speak SOCKS5: it answered %3 (it sounds like an HTTP proxy: use http://)</source>
        <translation>%1:%2 上的代理伺服器不支援 SOCKS5：它回應了 %3（聽起來像 HTTP 代理伺服器：請使用 http://）</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="233"/>
        <source>the proxy at %1:%2 does not speak SOCKS5: it answered %3</source>
        <translation>%1:%2 上的代理伺服器不支援 SOCKS5：它回應了 %3</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="239"/>
        <source>the %1 accepts none of our authentication methods (no authentication, user name and password)</source>
        <translation>%1不接受我們的任何驗證方式（無驗證、使用者名稱和密碼）</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="240"/>
        <source>the %1 wants a user name and password (socks5://USER@HOST:PORT with the password from a file or the environment)</source>
        <translation>%1要求使用者名稱和密碼（socks5://USER@HOST:PORT，密碼來自檔案或環境變數）</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="254"/>
        <source>the %1 closed the connection after the user name and password (user %2): wrong password?</source>
        <translation>%1在收到使用者名稱和密碼後關閉了連線（使用者 %2）：密碼錯誤？</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="261"/>
        <source>the %1 answered the user name and password with %2, not RFC 1929</source>
        <translation>%1對使用者名稱和密碼回應了 %2，不符合 RFC 1929</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="264"/>
        <source>the %1 refused the user name or password (user %2)</source>
        <translation>%1拒絕了使用者名稱或密碼（使用者 %2）</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="267"/>
        <source>the %1 chose an authentication method we did not offer (0x%2)</source>
        <translation>%1選擇了我們未提供的驗證方式（0x%2）</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="281"/>
        <source>the %1 answered CONNECT with %2, not SOCKS5</source>
        <translation>%1對 CONNECT 回應了 %2，不是 SOCKS5</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="288"/>
        <source>general SOCKS server failure (a busy or limited proxy says this too)</source>
        <translation>SOCKS 伺服器一般故障（忙碌或受限的代理伺服器也會這樣說）</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="289"/>
        <source>connection not allowed by its rules</source>
        <translation>其規則不允許該連線</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="290"/>
        <source>network unreachable</source>
        <translation>網路無法連線</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="291"/>
        <source>host unreachable (or its name does not resolve there)</source>
        <translation>主機無法連線（或其名稱在那裡無法解析）</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="292"/>
        <source>connection refused by destination</source>
        <translation>目標拒絕了連線</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="293"/>
        <source>TTL expired (the destination did not answer in time)</source>
        <translation>TTL 已過期（目標未及時回應）</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="294"/>
        <source>command not supported</source>
        <translation>不支援該命令</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="295"/>
        <source>address type not supported</source>
        <translation>不支援該位址類型</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="296"/>
        <source>an unassigned reply code</source>
        <translation>未分配的回應代碼</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="298"/>
        <source>the %1 refused: %2 (reply %3)</source>
        <translation>%1拒絕了：%2（回應 %3）</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="316"/>
        <source>the %1&apos;s answer carries an unknown address type (0x%2)</source>
        <translation>%1的回應含有未知的位址類型（0x%2）</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="331"/>
        <source>the host name cannot be sent to an HTTP proxy</source>
        <translation>該主機名稱無法傳送給 HTTP 代理伺服器</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="338"/>
        <source>the proxy user name or password contains a control character</source>
        <translation>代理伺服器使用者名稱或密碼含有控制字元</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="341"/>
        <source>an HTTP proxy user name cannot contain &apos;:&apos; (RFC 7617)</source>
        <translation>HTTP 代理伺服器使用者名稱不能包含 &apos;:&apos;（RFC 7617）</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="354"/>
        <source>the %1 answered with more than %2 header lines</source>
        <translation>%1的回應超過 %2 個標頭行</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="365"/>
        <source>the proxy at %1:%2 did not answer as an HTTP proxy: &quot;%3&quot; (it sounds like a SOCKS5 proxy: use socks5://)</source>
        <translation>%1:%2 上的代理伺服器未以 HTTP 代理伺服器方式回應：「%3」（聽起來像 SOCKS5 代理伺服器：請使用 socks5://）</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="366"/>
        <source>the proxy at %1:%2 did not answer as an HTTP proxy: &quot;%3&quot;</source>
        <translation>%1:%2 上的代理伺服器未以 HTTP 代理伺服器方式回應：「%3」</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="379"/>
        <source>the %1 refused the user name or password (user %2): %3</source>
        <translation>%1拒絕了使用者名稱或密碼（使用者 %2）：%3</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="380"/>
        <source>the %1 wants a user name and password (http://USER@HOST:PORT with the password from a file or the environment): %2</source>
        <translation>%1要求使用者名稱和密碼（http://USER@HOST:PORT，密碼來自檔案或環境變數）：%2</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="383"/>
        <source>the %1 is busy: %2</source>
        <translation>%1忙碌：%2</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="385"/>
        <source>the %1 could not reach the server in time: %2</source>
        <translation>%1未能及時連線到伺服器：%2</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="387"/>
        <source>the %1 could not reach the server: %2</source>
        <translation>%1無法連線到伺服器：%2</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="391"/>
        <source>the %1 refused: %2</source>
        <translation>%1拒絕了：%2</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_factory.cpp" line="23"/>
        <source>adding %1 = %2</source>
        <translation>加入 %1 = %2 時</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_factory.cpp" line="43"/>
        <source>no key to certify or to sign with</source>
        <translation>沒有要認證或用於簽章的金鑰</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_factory.cpp" line="54"/>
        <source>building the certificate</source>
        <translation>建立憑證時</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_factory.cpp" line="83"/>
        <source>adding subjectAltName</source>
        <translation>加入 subjectAltName 時</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_factory.cpp" line="89"/>
        <source>signing the certificate</source>
        <translation>簽署憑證時</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_factory.cpp" line="129"/>
        <source>a server certificate needs at least one subjectAltName, e.g. --san DNS:mail.example.org (mail clients ignore the CN)</source>
        <translation>伺服器憑證至少需要一個 subjectAltName，例如 --san DNS:mail.example.org（郵件用戶端會忽略 CN）</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_factory.cpp" line="132"/>
        <source>the certificate needs a subject (--cn)</source>
        <translation>憑證需要主體（--cn）</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_factory.cpp" line="134"/>
        <source>a CA certificate needs a subject (--cn)</source>
        <translation>CA 憑證需要主體（--cn）</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_factory.cpp" line="137"/>
        <source>validity of %1 days is out of range (1 to 36500)</source>
        <translation>%1 天的有效期超出範圍（1 至 36500）</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_factory.cpp" line="142"/>
        <source>not-after (%1) is not later than not-before (%2)</source>
        <translation>not-after（%1）不晚於 not-before（%2）</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_factory.cpp" line="171"/>
        <source>no issuer certificate</source>
        <translation>沒有簽發者憑證</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_factory.cpp" line="175"/>
        <source>the CA key does not belong to the CA certificate</source>
        <translation>CA 金鑰與 CA 憑證不相符</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_factory.cpp" line="179"/>
        <source>no serial number</source>
        <translation>沒有序號</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_request.cpp" line="32"/>
        <source>no key for the request</source>
        <translation>請求沒有金鑰</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_request.cpp" line="36"/>
        <source>a request needs a subject (--cn) or SANs (--san)</source>
        <translation>請求需要主體（--cn）或 SAN（--san）</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_request.cpp" line="43"/>
        <source>building the request</source>
        <translation>建立請求時</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_request.cpp" line="52"/>
        <location filename="../core/pki/certificate_request.cpp" line="56"/>
        <source>adding the SAN request</source>
        <translation>加入 SAN 請求時</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_request.cpp" line="62"/>
        <source>signing the request</source>
        <translation>簽署請求時</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_request.cpp" line="72"/>
        <source>the request</source>
        <translation>該請求</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_request.cpp" line="84"/>
        <source>%1 holds no certificate request (PEM &quot;CERTIFICATE REQUEST&quot; or DER expected)</source>
        <translation>%1 中沒有憑證請求（應為 PEM「CERTIFICATE REQUEST」或 DER）</translation>
    </message>
    <message>
        <location filename="../core/pki/dane_records.cpp" line="78"/>
        <location filename="../core/pki/dane_records.cpp" line="112"/>
        <location filename="../core/x509/certificate_loader.cpp" line="148"/>
        <source>out of memory</source>
        <translation>記憶體不足</translation>
    </message>
    <message>
        <location filename="../core/pki/dane_records.cpp" line="94"/>
        <location filename="../core/x509/certificate_loader.cpp" line="165"/>
        <source>PEM block %1 is damaged or truncated</source>
        <translation>PEM 區塊 %1 已損壞或被截斷</translation>
    </message>
    <message>
        <location filename="../core/pki/dane_records.cpp" line="106"/>
        <source>PEM block %1 (PUBLIC KEY) is not a readable public key</source>
        <translation>PEM 區塊 %1（PUBLIC KEY）不是可讀取的公鑰</translation>
    </message>
    <message>
        <location filename="../core/pki/dane_records.cpp" line="154"/>
        <source>%1: is empty</source>
        <translation>%1：是空的</translation>
    </message>
    <message>
        <location filename="../core/pki/dane_records.cpp" line="244"/>
        <source>%1: cannot encode the key&apos;s public part</source>
        <translation>%1：無法編碼金鑰的公鑰部分</translation>
    </message>
    <message>
        <location filename="../core/pki/dane_records.cpp" line="252"/>
        <source>%1: cannot encode the public key</source>
        <translation>%1：無法編碼公鑰</translation>
    </message>
    <message>
        <location filename="../core/pki/dane_records.cpp" line="258"/>
        <source>%1: holds no certificate or key to make a TLSA record from</source>
        <translation>%1：沒有可用於產生 TLSA 記錄的憑證或金鑰</translation>
    </message>
    <message>
        <location filename="../core/pki/dane_records.cpp" line="267"/>
        <source>certificate or key file</source>
        <translation>憑證或金鑰檔案</translation>
    </message>
    <message>
        <location filename="../core/pki/dh_parameters.cpp" line="41"/>
        <source>DH parameters of %1 bits are not offered (2048, 3072 or 4096)</source>
        <translation>不提供 %1 位元的 DH 參數（可選 2048、3072 或 4096）</translation>
    </message>
    <message>
        <location filename="../core/pki/dh_parameters.cpp" line="47"/>
        <source>preparing DH parameter generation</source>
        <translation>準備產生 DH 參數時</translation>
    </message>
    <message>
        <location filename="../core/pki/dh_parameters.cpp" line="60"/>
        <source>DH parameter generation cancelled</source>
        <translation>DH 參數產生已取消</translation>
    </message>
    <message>
        <location filename="../core/pki/dh_parameters.cpp" line="64"/>
        <source>generating %1-bit DH parameters</source>
        <translation>產生 %1 位元 DH 參數時</translation>
    </message>
    <message>
        <location filename="../core/pki/dh_parameters.cpp" line="68"/>
        <source>writing DH parameters</source>
        <translation>寫入 DH 參數時</translation>
    </message>
    <message>
        <location filename="../core/pki/mini_ca.cpp" line="40"/>
        <location filename="../core/pki/output_file.cpp" line="26"/>
        <source>cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/pki/mini_ca.cpp" line="71"/>
        <source>no parent CA</source>
        <translation>沒有上層 CA</translation>
    </message>
    <message>
        <location filename="../core/pki/mini_ca.cpp" line="84"/>
        <source>a CA needs a name (--cn &quot;Example Mail CA&quot;)</source>
        <translation>CA 需要名稱（--cn &quot;Example Mail CA&quot;）</translation>
    </message>
    <message>
        <location filename="../core/pki/mini_ca.cpp" line="89"/>
        <source>%1 already holds a CA (%2); choose another directory</source>
        <translation>%1 中已有一個 CA（%2）；請選擇其他目錄</translation>
    </message>
    <message>
        <location filename="../core/pki/mini_ca.cpp" line="93"/>
        <source>cannot create CA directory %1: a file of that name exists</source>
        <translation>無法建立 CA 目錄 %1：已存在同名檔案</translation>
    </message>
    <message>
        <location filename="../core/pki/mini_ca.cpp" line="98"/>
        <source>cannot create CA directory %1</source>
        <translation>無法建立 CA 目錄 %1</translation>
    </message>
    <message>
        <location filename="../core/pki/mini_ca.cpp" line="164"/>
        <source>%1 is not a CA directory (no %2; create one with &apos;mailtls cert ca init&apos;)</source>
        <translation>%1 不是 CA 目錄（沒有 %2；請用 &apos;mailtls cert ca init&apos; 建立）</translation>
    </message>
    <message>
        <location filename="../core/pki/mini_ca.cpp" line="174"/>
        <source>%1 holds no certificate</source>
        <translation>%1 中沒有憑證</translation>
    </message>
    <message>
        <location filename="../core/pki/mini_ca.cpp" line="183"/>
        <source>%1 does not belong to %2</source>
        <translation>%1 與 %2 不相符</translation>
    </message>
    <message>
        <location filename="../core/pki/mini_ca.cpp" line="187"/>
        <source>%1 is not a CA certificate</source>
        <translation>%1 不是 CA 憑證</translation>
    </message>
    <message>
        <location filename="../core/pki/mini_ca.cpp" line="238"/>
        <source>%1 does not hold a positive hex serial number</source>
        <translation>%1 中沒有正的十六進位序號</translation>
    </message>
    <message>
        <location filename="../core/pki/mini_ca.cpp" line="275"/>
        <source>no certificate request</source>
        <translation>沒有憑證請求</translation>
    </message>
    <message>
        <location filename="../core/pki/mini_ca.cpp" line="280"/>
        <source>the request&apos;s signature does not verify: it was altered or not made with its key</source>
        <translation>請求的簽章驗證失敗：請求已被竄改，或並非用其金鑰產生</translation>
    </message>
    <message>
        <location filename="../core/pki/mini_ca.cpp" line="292"/>
        <source>the CA is not open</source>
        <translation>CA 未開啟</translation>
    </message>
    <message>
        <location filename="../core/pki/mini_ca.cpp" line="311"/>
        <source>the CA in %1 is busy (another signature in progress, lock file %2)</source>
        <translation>%1 中的 CA 正忙（另一個簽署正在進行，鎖定檔 %2）</translation>
    </message>
    <message>
        <location filename="../core/pki/output_file.cpp" line="94"/>
        <source>an output file name is empty</source>
        <translation>有一個輸出檔名是空的</translation>
    </message>
    <message>
        <location filename="../core/pki/output_file.cpp" line="98"/>
        <source>%1 is named as two different outputs</source>
        <translation>%1 被指定為兩個不同的輸出</translation>
    </message>
    <message>
        <location filename="../core/pki/output_file.cpp" line="102"/>
        <source>cannot write %1: it is a directory</source>
        <translation>無法寫入 %1：這是一個目錄</translation>
    </message>
    <message>
        <location filename="../core/pki/output_file.cpp" line="105"/>
        <location filename="../core/pki/output_file.cpp" line="169"/>
        <source>%1 already exists (use --force to replace it)</source>
        <translation>%1 已存在（使用 --force 取代）</translation>
    </message>
    <message>
        <location filename="../core/pki/output_file.cpp" line="109"/>
        <source>cannot write %1: directory %2 does not exist</source>
        <translation>無法寫入 %1：目錄 %2 不存在</translation>
    </message>
    <message>
        <location filename="../core/pki/output_file.cpp" line="112"/>
        <source>cannot write %1: %2 is not a directory</source>
        <translation>無法寫入 %1：%2 不是目錄</translation>
    </message>
    <message>
        <location filename="../core/pki/pkcs12_bundle.cpp" line="19"/>
        <source>a PKCS#12 bundle needs a certificate and its key</source>
        <translation>PKCS#12 套件需要憑證及其金鑰</translation>
    </message>
    <message>
        <location filename="../core/pki/pkcs12_bundle.cpp" line="23"/>
        <source>a PKCS#12 bundle needs a passphrase</source>
        <translation>PKCS#12 套件需要密碼短語</translation>
    </message>
    <message>
        <location filename="../core/pki/pkcs12_bundle.cpp" line="28"/>
        <source>the key does not belong to the certificate (%1)</source>
        <translation>金鑰與憑證（%1）不相符</translation>
    </message>
    <message>
        <location filename="../core/pki/pkcs12_bundle.cpp" line="36"/>
        <source>collecting the chain</source>
        <translation>收集憑證鏈時</translation>
    </message>
    <message>
        <location filename="../core/pki/pkcs12_bundle.cpp" line="45"/>
        <source>building the PKCS#12 bundle</source>
        <translation>建立 PKCS#12 套件時</translation>
    </message>
    <message>
        <location filename="../core/pki/pkcs12_bundle.cpp" line="51"/>
        <source>encoding the PKCS#12 bundle</source>
        <translation>編碼 PKCS#12 套件時</translation>
    </message>
    <message>
        <location filename="../core/pki/private_key.cpp" line="104"/>
        <source>generating a %1 key</source>
        <translation>產生 %1 金鑰時</translation>
    </message>
    <message>
        <location filename="../core/pki/private_key.cpp" line="115"/>
        <source>the key</source>
        <translation>該金鑰</translation>
    </message>
    <message>
        <location filename="../core/pki/private_key.cpp" line="117"/>
        <source>%1 is empty</source>
        <translation>%1 是空的</translation>
    </message>
    <message>
        <location filename="../core/pki/private_key.cpp" line="125"/>
        <source>reading %1</source>
        <translation>讀取 %1 時</translation>
    </message>
    <message>
        <location filename="../core/pki/private_key.cpp" line="139"/>
        <source>%1 is encrypted: give its passphrase (--passphrase-file)</source>
        <translation>%1 已加密：請提供其密碼短語（--passphrase-file）</translation>
    </message>
    <message>
        <location filename="../core/pki/private_key.cpp" line="141"/>
        <source>wrong passphrase for %1</source>
        <translation>%1 的密碼短語錯誤</translation>
    </message>
    <message>
        <location filename="../core/pki/private_key.cpp" line="144"/>
        <source>%1 holds no private key OpenSSL can read (PEM or DER expected)</source>
        <translation>%1 中沒有 OpenSSL 可讀取的私鑰（應為 PEM 或 DER）</translation>
    </message>
    <message>
        <location filename="../core/pki/subject_name.cpp" line="50"/>
        <source>unknown subject attribute &apos;%1&apos; (use CN, O, OU, C, ST, L, emailAddress, ...)</source>
        <translation>未知的主體屬性 &apos;%1&apos;（請使用 CN、O、OU、C、ST、L、emailAddress 等）</translation>
    </message>
    <message>
        <location filename="../core/pki/subject_name.cpp" line="52"/>
        <source>subject attribute %1 has an empty value</source>
        <translation>主體屬性 %1 的值是空的</translation>
    </message>
    <message>
        <location filename="../core/pki/subject_name.cpp" line="56"/>
        <source>C must be a two-letter country code such as DE or TW, not &apos;%1&apos;</source>
        <translation>C 必須是兩個字母的國家代碼，例如 DE 或 TW，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/pki/subject_name.cpp" line="60"/>
        <source>CN is %1 characters long; at most 64 are allowed (put long names in --san)</source>
        <translation>CN 長 %1 個字元；最多允許 64 個（長名稱請放入 --san）</translation>
    </message>
    <message>
        <location filename="../core/pki/subject_name.cpp" line="81"/>
        <source>&apos;%1&apos; in the subject has no &apos;=&apos; (write NAME=VALUE, e.g. O=Example)</source>
        <translation>主體中的 &apos;%1&apos; 沒有 &apos;=&apos;（請寫成 NAME=VALUE，例如 O=Example）</translation>
    </message>
    <message>
        <location filename="../core/pki/subject_name.cpp" line="84"/>
        <source>an attribute in the subject has no name before &apos;=&apos;</source>
        <translation>主體中有一個屬性在 &apos;=&apos; 前沒有名稱</translation>
    </message>
    <message>
        <location filename="../core/pki/subject_name.cpp" line="100"/>
        <source>the subject ends with a lone backslash</source>
        <translation>主體以單獨的反斜線結尾</translation>
    </message>
    <message>
        <location filename="../core/pki/subject_name.cpp" line="131"/>
        <source>unexpected &apos;%1&apos; after a quoted value in the subject</source>
        <translation>主體中帶引號的值後出現非預期的 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/pki/subject_name.cpp" line="146"/>
        <source>a quoted value in the subject is not closed</source>
        <translation>主體中帶引號的值沒有閉合</translation>
    </message>
    <message>
        <location filename="../core/report/domain_json.cpp" line="418"/>
        <source>not a domain report (no &quot;schema&quot;)</source>
        <translation>不是網域報告（沒有 &quot;schema&quot;）</translation>
    </message>
    <message>
        <location filename="../core/report/domain_json.cpp" line="419"/>
        <source>not a domain report: schema &quot;%1&quot;</source>
        <translation>不是網域報告：schema &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/report/domain_json.cpp" line="463"/>
        <source>addresses[%1].session: %2</source>
        <translation>addresses[%1].session：%2</translation>
    </message>
    <message>
        <location filename="../core/report/domain_json.cpp" line="478"/>
        <source>not JSON: %1 at byte %2</source>
        <translation>不是 JSON：%1（第 %2 位元組）</translation>
    </message>
    <message>
        <location filename="../core/report/domain_json.cpp" line="479"/>
        <source>not a domain report: the top level is not an object</source>
        <translation>不是網域報告：最上層不是物件</translation>
    </message>
    <message>
        <location filename="../core/report/domain_records.cpp" line="37"/>
        <source>%1 &quot;%2&quot; is not a host name</source>
        <translation>%1 &quot;%2&quot; 不是主機名稱</translation>
    </message>
    <message>
        <location filename="../core/report/domain_records.cpp" line="40"/>
        <source>%1 &quot;%2&quot; is not a fully qualified host name</source>
        <translation>%1 &quot;%2&quot; 不是完整網域的主機名稱</translation>
    </message>
    <message>
        <location filename="../core/report/domain_records.cpp" line="48"/>
        <source>%1 &quot;%2&quot; is not a host name (label &quot;%3&quot;)</source>
        <translation>%1 &quot;%2&quot; 不是主機名稱（標籤 &quot;%3&quot;）</translation>
    </message>
    <message>
        <location filename="../core/report/domain_records.cpp" line="62"/>
        <source>--rua &quot;%1&quot; must be a mailto: or https: URI (RFC 8460)</source>
        <translation>--rua &quot;%1&quot; 必須是 mailto: 或 https: URI（RFC 8460）</translation>
    </message>
    <message>
        <location filename="../core/report/domain_records.cpp" line="66"/>
        <source>--rua &quot;%1&quot;: percent-encode &apos;%2&apos; (commas and semicolons separate the record&apos;s parts; the record is ASCII)</source>
        <translation>--rua &quot;%1&quot;：請對 &apos;%2&apos; 進行百分比編碼（逗號和分號用於分隔記錄的各部分；記錄只能是 ASCII）</translation>
    </message>
    <message>
        <location filename="../core/report/domain_records.cpp" line="74"/>
        <source>--rua &quot;%1&quot; is not a mailto: address</source>
        <translation>--rua &quot;%1&quot; 不是 mailto: 位址</translation>
    </message>
    <message>
        <location filename="../core/report/domain_records.cpp" line="76"/>
        <source>--rua &quot;%1&quot; is not an https:// URL</source>
        <translation>--rua &quot;%1&quot; 不是 https:// URL</translation>
    </message>
    <message>
        <location filename="../core/report/domain_records.cpp" line="181"/>
        <source>name the domain&apos;s MX hosts (--mx HOST, once per host)</source>
        <translation>請指定該網域的 MX 主機（--mx HOST，每個主機一次）</translation>
    </message>
    <message>
        <location filename="../core/report/domain_records.cpp" line="186"/>
        <source>--sts-mode &quot;%1&quot;: enforce, testing or none</source>
        <translation>--sts-mode &quot;%1&quot;：應為 enforce、testing 或 none</translation>
    </message>
    <message>
        <location filename="../core/report/domain_records.cpp" line="189"/>
        <source>--sts-max-age %1: from 0 to %2 seconds (RFC 8461)</source>
        <translation>--sts-max-age %1：應為 0 到 %2 秒（RFC 8461）</translation>
    </message>
    <message>
        <location filename="../core/report/domain_records.cpp" line="198"/>
        <source>--sts-id &quot;%1&quot;: 1 to 32 letters and digits (RFC 8461)</source>
        <translation>--sts-id &quot;%1&quot;：應為 1 到 32 個字母和數字（RFC 8461）</translation>
    </message>
    <message>
        <location filename="../core/report/html_report.cpp" line="903"/>
        <source>needs a file name</source>
        <translation>需要檔案名稱</translation>
    </message>
    <message>
        <location filename="../core/report/html_report.cpp" line="906"/>
        <source>is a directory</source>
        <translation>是一個目錄</translation>
    </message>
    <message>
        <location filename="../core/report/html_report.cpp" line="909"/>
        <source>directory %1 does not exist</source>
        <translation>目錄 %1 不存在</translation>
    </message>
    <message>
        <location filename="../core/report/html_report.cpp" line="911"/>
        <source>directory %1 is not writable</source>
        <translation>目錄 %1 不可寫入</translation>
    </message>
    <message>
        <location filename="../core/report/html_report.cpp" line="913"/>
        <source>file is not writable</source>
        <translation>檔案不可寫入</translation>
    </message>
    <message>
        <location filename="../core/report/json_report.cpp" line="335"/>
        <source>target.port %1 is out of range</source>
        <translation>target.port %1 超出範圍</translation>
    </message>
    <message>
        <location filename="../core/report/json_report.cpp" line="383"/>
        <source>tls.cipher.code &quot;%1&quot; is not a hex suite code</source>
        <translation>tls.cipher.code &quot;%1&quot; 不是十六進位套件代碼</translation>
    </message>
    <message>
        <location filename="../core/report/json_report.cpp" line="531"/>
        <source>scan.hygiene.%1.result &quot;%2&quot; is not yes, no, untested or not_applicable</source>
        <translation>scan.hygiene.%1.result &quot;%2&quot; 不是 yes、no、untested 或 not_applicable</translation>
    </message>
    <message>
        <location filename="../core/report/json_report.cpp" line="577"/>
        <source>scan.starttls.%1.result &quot;%2&quot; is not yes, no, untested or not_applicable</source>
        <translation>scan.starttls.%1.result &quot;%2&quot; 不是 yes、no、untested 或 not_applicable</translation>
    </message>
    <message>
        <location filename="../core/report/json_report.cpp" line="692"/>
        <source>scan.ciphers.%1[%2].code &quot;%3&quot; is not a hex suite code</source>
        <translation>scan.ciphers.%1[%2].code &quot;%3&quot; 不是十六進位套件代碼</translation>
    </message>
    <message>
        <location filename="../core/report/json_report.cpp" line="738"/>
        <source>scan.dhe_failing: &quot;%1&quot; is not a hex suite code</source>
        <translation>scan.dhe_failing：&quot;%1&quot; 不是十六進位套件代碼</translation>
    </message>
    <message>
        <location filename="../core/report/json_report.cpp" line="758"/>
        <source>scan.served_chains[%1][%2] is not a PEM certificate</source>
        <translation>scan.served_chains[%1][%2] 不是 PEM 憑證</translation>
    </message>
    <message>
        <location filename="../core/report/json_report.cpp" line="784"/>
        <source>started_at &quot;%1&quot; is not an ISO 8601 time</source>
        <translation>started_at &quot;%1&quot; 不是 ISO 8601 時間</translation>
    </message>
    <message>
        <location filename="../core/report/json_report.cpp" line="798"/>
        <source>transcript[%1].dir &quot;%2&quot; is not C, S, tls or note</source>
        <translation>transcript[%1].dir &quot;%2&quot; 不是 C、S、tls 或 note</translation>
    </message>
    <message>
        <location filename="../core/report/json_report.cpp" line="839"/>
        <source>certificates[%1] has no readable &quot;pem&quot;</source>
        <translation>certificates[%1] 沒有可讀的 &quot;pem&quot;</translation>
    </message>
    <message>
        <location filename="../core/report/json_report.cpp" line="1042"/>
        <source>not JSON: %1 at offset %2</source>
        <translation>不是 JSON：%1（偏移 %2）</translation>
    </message>
    <message>
        <location filename="../core/report/json_report.cpp" line="1045"/>
        <source>not a mailtls report: the JSON is not an object</source>
        <translation>不是 mailtls 報告：JSON 不是物件</translation>
    </message>
    <message>
        <location filename="../core/report/json_report.cpp" line="1049"/>
        <source>not a mailtls report: no &quot;schema&quot; key</source>
        <translation>不是 mailtls 報告：沒有 &quot;schema&quot; 鍵</translation>
    </message>
    <message>
        <location filename="../core/report/json_report.cpp" line="1051"/>
        <source>unsupported schema &quot;%1&quot; (this version reads %2)</source>
        <translation>不支援的 schema &quot;%1&quot;（此版本讀取 %2）</translation>
    </message>
    <message>
        <location filename="../core/report/json_report.cpp" line="1056"/>
        <source>damaged report: %1</source>
        <translation>報告已損壞：%1</translation>
    </message>
    <message>
        <location filename="../core/report/json_report.cpp" line="1065"/>
        <source>saved report</source>
        <translation>已儲存的報告</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="59"/>
        <source>targets[%1] has no host</source>
        <translation>targets[%1] 沒有主機</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="64"/>
        <source>targets[%1].port is not a port number</source>
        <translation>targets[%1].port 不是連接埠號碼</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="181"/>
        <source>not a workspace: not JSON (%1 at offset %2)</source>
        <translation>不是工作區：不是 JSON（%1，偏移 %2）</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="184"/>
        <source>not a workspace: the JSON is not an object</source>
        <translation>不是工作區：JSON 不是物件</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="188"/>
        <source>not a workspace: no &quot;schema&quot; key</source>
        <translation>不是工作區：沒有 &quot;schema&quot; 鍵</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="190"/>
        <source>this is a single report (%1), not a workspace</source>
        <translation>這是單一報告（%1），不是工作區</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="195"/>
        <source>written by a newer version of mailtls (%1); this version reads %2</source>
        <translation>由較新版本的 mailtls 寫入（%1）；此版本讀取 %2</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="197"/>
        <source>not a mailtls workspace: schema &quot;%1&quot;</source>
        <translation>不是 mailtls 工作區：schema &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="207"/>
        <source>damaged workspace: saved_at &quot;%1&quot; is not an ISO 8601 time</source>
        <translation>工作區已損壞：saved_at &quot;%1&quot; 不是 ISO 8601 時間</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="212"/>
        <source>damaged workspace: targets is not a list</source>
        <translation>工作區已損壞：targets 不是清單</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="216"/>
        <source>damaged workspace: targets[%1] is not an object</source>
        <translation>工作區已損壞：targets[%1] 不是物件</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="220"/>
        <source>damaged workspace: %1</source>
        <translation>工作區已損壞：%1</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="225"/>
        <source>damaged workspace: reports is not a list</source>
        <translation>工作區已損壞：reports 不是清單</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="229"/>
        <source>damaged workspace: reports[%1] is not an object</source>
        <translation>工作區已損壞：reports[%1] 不是物件</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="234"/>
        <source>damaged workspace: reports[%1]: %2</source>
        <translation>工作區已損壞：reports[%1]：%2</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="239"/>
        <source>damaged workspace: domains is not a list</source>
        <translation>工作區已損壞：domains 不是清單</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="245"/>
        <source>damaged workspace: domains[%1]: %2</source>
        <translation>工作區已損壞：domains[%1]：%2</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="247"/>
        <source>not an object</source>
        <translation>不是物件</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="252"/>
        <source>damaged workspace: fleet is not an object</source>
        <translation>工作區已損壞：fleet 不是物件</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="256"/>
        <source>damaged workspace: fleet.targets is not a string</source>
        <translation>工作區已損壞：fleet.targets 不是字串</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="260"/>
        <source>damaged workspace: fleet.reports is not a list</source>
        <translation>工作區已損壞：fleet.reports 不是清單</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="264"/>
        <source>damaged workspace: fleet.reports[%1] is not an object</source>
        <translation>工作區已損壞：fleet.reports[%1] 不是物件</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="268"/>
        <source>damaged workspace: fleet.reports[%1]: %2</source>
        <translation>工作區已損壞：fleet.reports[%1]：%2</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="273"/>
        <source>damaged workspace: notes is not text</source>
        <translation>工作區已損壞：notes 不是文字</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="301"/>
        <source>cannot save the workspace to %1: %2</source>
        <translation>無法將工作區儲存到 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="311"/>
        <source>cannot open %1</source>
        <translation>無法開啟：%1</translation>
    </message>
    <message>
        <location filename="../core/scan/scanner.cpp" line="213"/>
        <location filename="../core/scan/scanner.cpp" line="220"/>
        <source>scan stopped</source>
        <translation>掃描已停止</translation>
    </message>
    <message>
        <location filename="../core/scan/scanner.cpp" line="370"/>
        <source>the server answered none of %1 connection(s) in a row over %2 s: %3</source>
        <translation>伺服器在 %2 秒內連續 %1 個連線均未回應：%3</translation>
    </message>
    <message>
        <location filename="../core/scan/scanner.cpp" line="374"/>
        <source>the server answered none of %1 connection(s) in a row: %2</source>
        <translation>伺服器連續 %1 個連線均未回應：%2</translation>
    </message>
    <message>
        <location filename="../core/scan/scanner.cpp" line="381"/>
        <source>the server stayed busy after %1 retries: %2</source>
        <translation>重試 %1 次後伺服器仍然忙碌：%2</translation>
    </message>
    <message>
        <location filename="../core/scan/scanner.cpp" line="482"/>
        <source>no answer to the ClientHello within %1 s</source>
        <translation>%1 秒內 ClientHello 未得到回應</translation>
    </message>
    <message>
        <location filename="../core/scan/scanner.cpp" line="486"/>
        <source>no further reply within %1 s</source>
        <translation>%1 秒內沒有進一步的回應</translation>
    </message>
    <message>
        <location filename="../core/scan/scanner.cpp" line="1253"/>
        <source>not tried: the scan stopped (%1)</source>
        <translation>未嘗試：掃描已停止（%1）</translation>
    </message>
    <message>
        <location filename="../core/scan/scanner.cpp" line="1408"/>
        <source>the scan ran past --max-time %1 s after %2 connection(s); its results are incomplete</source>
        <translation>掃描在 %2 個連線後超過了 --max-time %1 秒；結果不完整</translation>
    </message>
    <message>
        <location filename="../core/scan/scanner.cpp" line="1424"/>
        <source>no TLS answer to any of %1 offers within %2 s each</source>
        <translation>%1 個提議在各自 %2 秒內均未得到 TLS 回應</translation>
    </message>
    <message>
        <location filename="../core/scan/starttls_probes.cpp" line="484"/>
        <source>a literal of %1 bytes (limit %2)</source>
        <translation>一個 %1 位元組的字面值（上限 %2）</translation>
    </message>
    <message>
        <location filename="../core/scan/starttls_probes.cpp" line="512"/>
        <source>not a POP3 status line: %1</source>
        <translation>不是 POP3 狀態列：%1</translation>
    </message>
    <message>
        <location filename="../core/protocol/imap_dialogue.cpp" line="82"/>
        <source>a response with too many or too long literals</source>
        <translation>回應含有過多或過長的字面值</translation>
    </message>
    <message>
        <location filename="../core/protocol/imap_dialogue.cpp" line="111"/>
        <location filename="../core/protocol/sieve_dialogue.cpp" line="118"/>
        <location filename="../core/protocol/sieve_dialogue.cpp" line="131"/>
        <source>unexpected line &quot;%1&quot;</source>
        <translation>意外的行「%1」</translation>
    </message>
    <message>
        <location filename="../core/protocol/imap_dialogue.cpp" line="123"/>
        <location filename="../core/protocol/sieve_dialogue.cpp" line="136"/>
        <location filename="../core/scan/starttls_probes.cpp" line="516"/>
        <source>a response of more than %1 lines</source>
        <translation>超過 %1 行的回應</translation>
    </message>
    <message>
        <location filename="../core/protocol/imap_dialogue.cpp" line="140"/>
        <source>the greeting &quot;%1&quot; (expected &quot;* OK&quot;)</source>
        <translation>問候語「%1」（應為「* OK」）</translation>
    </message>
    <message>
        <location filename="../core/wire/client_hello_builder.cpp" line="78"/>
        <source>unsupported version 0x%1</source>
        <translation>不支援的版本 0x%1</translation>
    </message>
    <message>
        <location filename="../core/wire/client_hello_builder.cpp" line="80"/>
        <source>a ClientHello carries 1-%1 suites, not %2</source>
        <translation>ClientHello 只能攜帶 1-%1 個密碼套件，而不是 %2 個</translation>
    </message>
    <message>
        <location filename="../core/wire/client_hello_builder.cpp" line="122"/>
        <source>key shares can only be generated for x25519</source>
        <translation>只能為 x25519 產生金鑰共享（key share）</translation>
    </message>
    <message>
        <location filename="../core/wire/client_hello_builder.cpp" line="127"/>
        <source>x25519 key generation failed</source>
        <translation>x25519 金鑰產生失敗</translation>
    </message>
    <message>
        <location filename="../core/x509/subject_alt_names.cpp" line="44"/>
        <source>&apos;%1&apos; is not a valid DNS name</source>
        <translation>&apos;%1&apos; 不是有效的 DNS 名稱</translation>
    </message>
    <message>
        <location filename="../core/x509/subject_alt_names.cpp" line="48"/>
        <source>DNS name &apos;%1&apos; is longer than 253 characters</source>
        <translation>DNS 名稱 &apos;%1&apos; 超過 253 個字元</translation>
    </message>
    <message>
        <location filename="../core/x509/subject_alt_names.cpp" line="56"/>
        <source>DNS name &apos;%1&apos;: a wildcard may only be the whole leftmost label (*.example.org)</source>
        <translation>DNS 名稱 &apos;%1&apos;：萬用字元只能是最左側的整個標籤（*.example.org）</translation>
    </message>
    <message>
        <location filename="../core/x509/subject_alt_names.cpp" line="59"/>
        <source>DNS name &apos;%1&apos; has an invalid label &apos;%2&apos; (letters, digits and &apos;-&apos; only, 1-63 characters)</source>
        <translation>DNS 名稱 &apos;%1&apos; 含有無效標籤 &apos;%2&apos;（僅限字母、數字和 &apos;-&apos;，1-63 個字元）</translation>
    </message>
    <message>
        <location filename="../core/x509/subject_alt_names.cpp" line="65"/>
        <source>wildcard &apos;%1&apos; covers a whole top-level domain</source>
        <translation>萬用字元 &apos;%1&apos; 涵蓋了整個頂級網域</translation>
    </message>
    <message>
        <location filename="../core/x509/subject_alt_names.cpp" line="100"/>
        <source>&apos;%1&apos; is not an IPv4 or IPv6 address</source>
        <translation>&apos;%1&apos; 不是 IPv4 或 IPv6 位址</translation>
    </message>
    <message>
        <location filename="../core/x509/subject_alt_names.cpp" line="108"/>
        <source>&apos;%1&apos; is not an e-mail address (local@domain)</source>
        <translation>&apos;%1&apos; 不是電子郵件地址（local@domain）</translation>
    </message>
    <message>
        <location filename="../core/x509/subject_alt_names.cpp" line="116"/>
        <source>&apos;%1&apos; is not an absolute URI (scheme:...)</source>
        <translation>&apos;%1&apos; 不是絕對 URI（scheme:...）</translation>
    </message>
    <message>
        <location filename="../core/x509/subject_alt_names.cpp" line="148"/>
        <source>&apos;%1&apos;: give the type of each SAN (DNS:, IP:, email: or URI:)</source>
        <translation>&apos;%1&apos;：請為每個 SAN 指明類型（DNS:、IP:、email: 或 URI:）</translation>
    </message>
    <message>
        <location filename="../core/x509/subject_alt_names.cpp" line="152"/>
        <source>&apos;%1&apos; has an empty value</source>
        <translation>&apos;%1&apos; 的值是空的</translation>
    </message>
    <message>
        <location filename="../core/x509/trust_store.cpp" line="43"/>
        <source>CA file %1: %2</source>
        <translation>CA 檔案 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/x509/trust_store.cpp" line="47"/>
        <source>no file name given</source>
        <translation>未提供檔名</translation>
    </message>
    <message>
        <location filename="../core/x509/trust_store.cpp" line="50"/>
        <source>not a regular file</source>
        <translation>不是一般檔案</translation>
    </message>
    <message>
        <location filename="../core/x509/trust_store.cpp" line="51"/>
        <source>no such file</source>
        <translation>檔案不存在</translation>
    </message>
    <message>
        <location filename="../core/x509/trust_store.cpp" line="53"/>
        <source>cannot read: %1</source>
        <translation>無法讀取：%1</translation>
    </message>
    <message>
        <location filename="../core/x509/trust_store.cpp" line="58"/>
        <source>contains no PEM certificate (expected &quot;-----BEGIN CERTIFICATE-----&quot; blocks)</source>
        <translation>不含 PEM 憑證（應為 &quot;-----BEGIN CERTIFICATE-----&quot; 區塊）</translation>
    </message>
    <message>
        <location filename="../core/protocol/pop3_dialogue.cpp" line="54"/>
        <source>&quot;%1&quot; (expected +OK or -ERR)</source>
        <translation>「%1」（應為 +OK 或 -ERR）</translation>
    </message>
    <message>
        <location filename="../core/protocol/pop3_dialogue.cpp" line="63"/>
        <source>the greeting &quot;%1&quot; (expected +OK)</source>
        <translation>問候語「%1」（應為 +OK）</translation>
    </message>
    <message>
        <location filename="../core/protocol/pop3_dialogue.cpp" line="81"/>
        <source>a CAPA list of more than %1 lines</source>
        <translation>CAPA 清單超過 %1 行</translation>
    </message>
    <message>
        <location filename="../core/protocol/reply_parser.cpp" line="144"/>
        <source>reply line longer than %1 bytes without a line end: %2</source>
        <translation>回覆行超過 %1 位元組且沒有行尾：%2</translation>
    </message>
    <message>
        <location filename="../core/protocol/reply_parser.cpp" line="156"/>
        <source>reply line of %1 bytes is longer than the limit of %2 bytes: %3</source>
        <translation>%1 位元組的回覆行超過了 %2 位元組的上限：%3</translation>
    </message>
    <message>
        <location filename="../core/protocol/reply_parser.cpp" line="172"/>
        <source>reply line %1 does not start with a three-digit code: %2</source>
        <translation>回覆第 %1 行不是以三位數代碼開頭：%2</translation>
    </message>
    <message>
        <location filename="../core/protocol/reply_parser.cpp" line="179"/>
        <source>reply code %1 is out of range (first digit 2-5, second 0-5): %2</source>
        <translation>回覆代碼 %1 超出範圍（第一位 2-5，第二位 0-5）：%2</translation>
    </message>
    <message>
        <location filename="../core/protocol/reply_parser.cpp" line="190"/>
        <source>reply code is not followed by a space, a hyphen or the line end: %1</source>
        <translation>回覆代碼後面不是空格、連字號或行尾：%1</translation>
    </message>
    <message>
        <location filename="../core/protocol/reply_parser.cpp" line="200"/>
        <source>multi-line reply changes code from %1 to %2 on line %3: %4</source>
        <translation>多行回覆在第 %3 行將代碼從 %1 改為 %2：%4</translation>
    </message>
    <message>
        <location filename="../core/protocol/reply_parser.cpp" line="208"/>
        <source>reply has more than %1 lines</source>
        <translation>回覆超過 %1 行</translation>
    </message>
    <message>
        <location filename="../core/protocol/reply_parser.cpp" line="222"/>
        <source>protocol error</source>
        <translation>協定錯誤</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="95"/>
        <location filename="../core/protocol/session_engine.cpp" line="102"/>
        <location filename="../core/protocol/session_engine.cpp" line="454"/>
        <location filename="../core/protocol/starttls_opener.cpp" line="116"/>
        <location filename="../core/protocol/starttls_opener.cpp" line="169"/>
        <location filename="../core/x509/certificate_loader.cpp" line="72"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="98"/>
        <location filename="../core/protocol/session_engine.cpp" line="143"/>
        <location filename="../core/protocol/starttls_opener.cpp" line="115"/>
        <location filename="../core/protocol/starttls_opener.cpp" line="168"/>
        <source>%1 %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="125"/>
        <source>malformed reply (%1): %2</source>
        <translation>格式錯誤的回覆（%1）：%2</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="182"/>
        <source>LHLO was refused: %1</source>
        <translation>LHLO 被拒絕：%1</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="183"/>
        <source>EHLO and HELO were refused: %1</source>
        <translation>EHLO 和 HELO 均被拒絕：%1</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="192"/>
        <location filename="../core/protocol/session_engine.cpp" line="500"/>
        <location filename="../core/protocol/starttls_opener.cpp" line="126"/>
        <location filename="../core/protocol/starttls_opener.cpp" line="185"/>
        <source>after STARTTLS</source>
        <translation>在 STARTTLS 之後</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="200"/>
        <location filename="../core/protocol/session_engine.cpp" line="472"/>
        <source>waiting for the server&apos;s greeting</source>
        <translation>在等待伺服器問候語時</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="212"/>
        <source>the server refused the session in its greeting (421: busy or limiting connections): %1</source>
        <translation>伺服器在問候語中拒絕了工作階段（421：忙碌或限制連線）：%1</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="215"/>
        <location filename="../core/protocol/starttls_opener.cpp" line="110"/>
        <location filename="../core/protocol/starttls_opener.cpp" line="161"/>
        <source>the server refused the session in its greeting: %1</source>
        <translation>伺服器在問候語中拒絕了工作階段：%1</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="217"/>
        <source>unexpected greeting (expected 220): %1</source>
        <translation>意外的問候語（應為 220）：%1</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="304"/>
        <location filename="../core/protocol/session_engine.cpp" line="307"/>
        <location filename="../core/protocol/session_engine.cpp" line="309"/>
        <location filename="../core/protocol/session_engine.cpp" line="311"/>
        <source>during AUTH</source>
        <translation>在 AUTH 期間</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="341"/>
        <source>after MAIL FROM</source>
        <translation>在 MAIL FROM 之後</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="349"/>
        <source>after RCPT TO</source>
        <translation>在 RCPT TO 之後</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="355"/>
        <location filename="../core/protocol/session_engine.cpp" line="361"/>
        <source>after RSET</source>
        <translation>在 RSET 之後</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="364"/>
        <source>after DATA</source>
        <translation>在 DATA 之後</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="389"/>
        <source>while sending the message</source>
        <translation>在傳送郵件時</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="395"/>
        <source>after the message</source>
        <translation>在郵件之後</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="413"/>
        <location filename="../core/protocol/starttls_opener.cpp" line="36"/>
        <source>no greeting within %1 s</source>
        <translation>%1 秒內沒有問候語</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="414"/>
        <source>waiting for the greeting that tells the dialect</source>
        <translation>在等待表明協定類型的問候語時</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="425"/>
        <source>--starttls auto: the greeting is not SMTP, IMAP, POP3 or ManageSieve</source>
        <translation>--starttls auto：問候語不是 SMTP、IMAP、POP3 或 ManageSieve</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="477"/>
        <source>the server refused the session in its greeting (busy or limiting connections): %1</source>
        <translation>伺服器在問候語中拒絕了工作階段（忙碌或限制連線）：%1</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="483"/>
        <location filename="../core/protocol/starttls_opener.cpp" line="120"/>
        <source>after CAPABILITY</source>
        <translation>在 CAPABILITY 之後</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="517"/>
        <source>reading the capabilities over TLS</source>
        <translation>在透過 TLS 讀取功能清單時</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="535"/>
        <source>during login</source>
        <translation>在登入期間</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="535"/>
        <source>during %1</source>
        <translation>在 %1 期間</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="666"/>
        <location filename="../core/protocol/starttls_opener.cpp" line="175"/>
        <source>after EHLO</source>
        <translation>在 EHLO 之後</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="710"/>
        <source>after EHLO over TLS</source>
        <translation>在透過 TLS 的 EHLO 之後</translation>
    </message>
    <message>
        <location filename="../core/protocol/sieve_dialogue.cpp" line="122"/>
        <source>a line with too many literals</source>
        <translation>一行含有過多的字面值</translation>
    </message>
    <message>
        <location filename="../core/protocol/smtp_dialogue.cpp" line="61"/>
        <source>hosts file</source>
        <translation>hosts 檔案</translation>
    </message>
    <message>
        <location filename="../core/protocol/smtp_dialogue.cpp" line="177"/>
        <source>the server does not speak SMTP: %1</source>
        <translation>伺服器不支援 SMTP：%1</translation>
    </message>
    <message>
        <location filename="../core/protocol/smtp_dialogue.cpp" line="183"/>
        <location filename="../core/protocol/text_dialogue.cpp" line="131"/>
        <location filename="../core/protocol/text_dialogue.cpp" line="153"/>
        <source>no complete reply within %1 s</source>
        <translation>%1 秒內沒有完整的回覆</translation>
    </message>
    <message>
        <location filename="../core/protocol/starttls_opener.cpp" line="33"/>
        <source>no greeting within %1 s (the TCP connect itself took %2 s)</source>
        <translation>%1 秒內沒有問候語（TCP 連線本身就用了 %2 秒）</translation>
    </message>
    <message>
        <location filename="../core/protocol/starttls_opener.cpp" line="71"/>
        <location filename="../core/protocol/starttls_opener.cpp" line="143"/>
        <source>the server closed the connection before its greeting</source>
        <translation>伺服器在傳送問候語之前關閉了連線</translation>
    </message>
    <message>
        <location filename="../core/protocol/starttls_opener.cpp" line="96"/>
        <source>the greeting is not SMTP, IMAP, POP3 or ManageSieve</source>
        <translation>問候語不是 SMTP、IMAP、POP3 或 ManageSieve</translation>
    </message>
    <message>
        <location filename="../core/protocol/starttls_opener.cpp" line="123"/>
        <source>the %1 server does not offer STARTTLS</source>
        <translation>%1 伺服器不提供 STARTTLS</translation>
    </message>
    <message>
        <location filename="../core/protocol/starttls_opener.cpp" line="130"/>
        <source>the server ended the session: %1</source>
        <translation>伺服器結束了工作階段：%1</translation>
    </message>
    <message>
        <location filename="../core/protocol/starttls_opener.cpp" line="133"/>
        <location filename="../core/protocol/starttls_opener.cpp" line="192"/>
        <source>STARTTLS was refused: %1</source>
        <translation>STARTTLS 被拒絕：%1</translation>
    </message>
    <message>
        <location filename="../core/protocol/starttls_opener.cpp" line="158"/>
        <location filename="../core/protocol/starttls_opener.cpp" line="178"/>
        <location filename="../core/protocol/starttls_opener.cpp" line="189"/>
        <source>the server is busy: %1</source>
        <translation>伺服器忙碌：%1</translation>
    </message>
    <message>
        <location filename="../core/protocol/starttls_opener.cpp" line="180"/>
        <source>EHLO was refused: %1</source>
        <translation>EHLO 被拒絕：%1</translation>
    </message>
    <message>
        <location filename="../core/protocol/starttls_opener.cpp" line="182"/>
        <source>the server does not offer STARTTLS</source>
        <translation>伺服器不提供 STARTTLS</translation>
    </message>
    <message>
        <location filename="../core/protocol/text_dialogue.cpp" line="104"/>
        <source>the server does not speak %1: %2</source>
        <translation>伺服器不支援 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/protocol/text_dialogue.cpp" line="138"/>
        <source>a line longer than %1 KiB</source>
        <translation>一行超過 %1 KiB</translation>
    </message>
    <message>
        <location filename="../core/protocol/text_dialogue.cpp" line="144"/>
        <source>a literal of %1 bytes (at most %2 KiB are read)</source>
        <translation>%1 位元組的字面值（最多讀取 %2 KiB）</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="95"/>
        <source>cannot create a TLS context</source>
        <translation>無法建立 TLS 環境</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="103"/>
        <source>no usable cipher in the list &quot;%1&quot;</source>
        <translation>清單「%1」中沒有可用的加密套件</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="107"/>
        <source>no usable TLS 1.3 suite in &quot;%1&quot;</source>
        <translation>「%1」中沒有可用的 TLS 1.3 套件</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="114"/>
        <location filename="../core/tls/tls_client.cpp" line="118"/>
        <source>unknown TLS version &quot;%1&quot;</source>
        <translation>未知的 TLS 版本「%1」</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="123"/>
        <source>this OpenSSL cannot use the TLS version range %1 .. %2</source>
        <translation>此 OpenSSL 無法使用 TLS 版本範圍 %1 .. %2</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="124"/>
        <source>lowest</source>
        <translation>最低</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="125"/>
        <source>highest</source>
        <translation>最高</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="129"/>
        <source>unknown group in &quot;%1&quot;</source>
        <translation>「%1」中有未知的群組</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="133"/>
        <source>unknown signature algorithm in &quot;%1&quot;</source>
        <translation>「%1」中有未知的簽章演算法</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="151"/>
        <source>cannot load CA file %1</source>
        <translation>無法載入 CA 檔案 %1</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="158"/>
        <source>cannot load client certificate %1</source>
        <translation>無法載入用戶端憑證 %1</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="162"/>
        <source>cannot load client key %1</source>
        <translation>無法載入用戶端金鑰 %1</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="173"/>
        <source>the client key %1 does not belong to the client certificate %2</source>
        <translation>用戶端金鑰 %1 與用戶端憑證 %2 不相符</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="180"/>
        <source>cannot create a TLS connection</source>
        <translation>無法建立 TLS 連線</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="231"/>
        <source>the server closed the TLS connection (close_notify) %1</source>
        <translation>伺服器%1關閉了 TLS 連線（close_notify）</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="236"/>
        <source>the server sent a fatal %1 alert %2</source>
        <translation>伺服器%2傳送了致命的 %1 警示</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="237"/>
        <source>we sent a fatal %1 alert %2</source>
        <translation>我們%2傳送了致命的 %1 警示</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="240"/>
        <source>the server sent a fatal %1 alert %2 (%3)</source>
        <translation>伺服器%2傳送了致命的 %1 警示（%3）</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="241"/>
        <source>we sent a fatal %1 alert %2 (%3)</source>
        <translation>我們%2傳送了致命的 %1 警示（%3）</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="244"/>
        <source>the server closed the connection %1</source>
        <translation>伺服器%1關閉了連線</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="246"/>
        <source>TLS error %1: %2</source>
        <translation>TLS 錯誤（%1）：%2</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="248"/>
        <source>TLS error %1 (OpenSSL error %2)</source>
        <translation>TLS 錯誤（%1）（OpenSSL 錯誤 %2）</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="279"/>
        <source>the TLS handshake timed out after %1 s</source>
        <translation>TLS 交握逾時（%1 秒）</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="287"/>
        <source>during the handshake</source>
        <translation>在交握期間</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="296"/>
        <location filename="../core/tls/tls_client.cpp" line="423"/>
        <source>TLS is not established</source>
        <translation>TLS 尚未建立</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="301"/>
        <source>asking for a renegotiation</source>
        <translation>在請求重新協商時</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="309"/>
        <location filename="../core/tls/tls_client.cpp" line="337"/>
        <source>no answer to the renegotiation within %1 s</source>
        <translation>%1 秒內沒有對重新協商的回應</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="335"/>
        <source>the server closed the connection during the renegotiation</source>
        <translation>伺服器在重新協商期間關閉了連線</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="343"/>
        <source>during the renegotiation</source>
        <translation>在重新協商期間</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="440"/>
        <source>while sending</source>
        <translation>在傳送時</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="467"/>
        <source>while reading</source>
        <translation>在讀取時</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="546"/>
        <source>TLS is not configured</source>
        <translation>TLS 尚未設定</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="562"/>
        <source>sending early data</source>
        <translation>在傳送早期資料時</translation>
    </message>
    <message>
        <location filename="../core/model/proxy_settings.cpp" line="34"/>
        <source>a proxy is a URL: socks5://[USER@]HOST:PORT or http://[USER@]HOST:PORT</source>
        <translation>代理伺服器是一個 URL：socks5://[USER@]HOST:PORT 或 http://[USER@]HOST:PORT</translation>
    </message>
    <message>
        <location filename="../core/model/proxy_settings.cpp" line="45"/>
        <source>unknown proxy scheme &quot;%1&quot; (socks5://, socks5h:// or http://)</source>
        <translation>未知的代理伺服器協定「%1」（socks5://、socks5h:// 或 http://）</translation>
    </message>
    <message>
        <location filename="../core/model/proxy_settings.cpp" line="52"/>
        <source>a proxy URL has no path or query: %1://[USER@]HOST:PORT</source>
        <translation>代理伺服器 URL 不含路徑或查詢：%1://[USER@]HOST:PORT</translation>
    </message>
    <message>
        <location filename="../core/model/proxy_settings.cpp" line="59"/>
        <source>no password in the proxy URL (it would show in the process list and the shell history): give it with --proxy-pass-file FILE or MAILTLS_PROXY_PASSWORD</source>
        <translation>代理伺服器 URL 中不能含密碼（它會出現在程序清單和 shell 歷史中）：請用 --proxy-pass-file FILE 或 MAILTLS_PROXY_PASSWORD 提供</translation>
    </message>
    <message>
        <location filename="../core/model/proxy_settings.cpp" line="64"/>
        <source>the proxy URL names an empty user</source>
        <translation>代理伺服器 URL 中的使用者名稱為空</translation>
    </message>
    <message>
        <location filename="../core/model/proxy_settings.cpp" line="70"/>
        <source>the proxy URL&apos;s host: %1</source>
        <translation>代理伺服器 URL 的主機：%1</translation>
    </message>
    <message>
        <location filename="../core/model/proxy_settings.cpp" line="70"/>
        <source>missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <location filename="../core/model/proxy_settings.cpp" line="73"/>
        <source>the proxy URL&apos;s port must be 1 to 65535</source>
        <translation>代理伺服器 URL 的埠必須為 1 到 65535</translation>
    </message>
    <message>
        <location filename="../core/model/targets.cpp" line="79"/>
        <source>&apos;%1&apos;: expected &apos;:PORT&apos; after &apos;]&apos;</source>
        <translation>「%1」：&apos;]&apos; 之後應為 &apos;:PORT&apos;</translation>
    </message>
    <message>
        <location filename="../core/model/targets.cpp" line="106"/>
        <source>&apos;%1&apos;: no host name</source>
        <translation>「%1」：沒有主機名稱</translation>
    </message>
    <message>
        <location filename="../core/model/targets.cpp" line="110"/>
        <source>&apos;%1&apos; is not a host name or address</source>
        <translation>「%1」不是主機名稱或位址</translation>
    </message>
    <message>
        <location filename="../core/model/targets.cpp" line="116"/>
        <source>&apos;%1&apos;: port must be 1-65535</source>
        <translation>「%1」：埠必須為 1-65535</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="99"/>
        <source>the %1 block is encrypted; give its passphrase (--passphrase-file)</source>
        <translation>%1 區塊已加密；請提供其密碼片語（--passphrase-file）</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="100"/>
        <source>the %1 block: wrong passphrase</source>
        <translation>%1 區塊：密碼片語錯誤</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="103"/>
        <source>DER private key is encrypted; give its passphrase (--passphrase-file)</source>
        <translation>DER 私密金鑰已加密；請提供其密碼片語（--passphrase-file）</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="104"/>
        <source>DER private key: wrong passphrase</source>
        <translation>DER 私密金鑰：密碼片語錯誤</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="127"/>
        <source>cannot re-read the %1 block</source>
        <translation>無法重新讀取 %1 區塊</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="134"/>
        <source>the %1 block is not a readable private key</source>
        <translation>%1 區塊不是可讀取的私密金鑰</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="179"/>
        <source>PEM block %1 (%2) is not a valid certificate</source>
        <translation>PEM 區塊 %1（%2）不是有效的憑證</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="190"/>
        <source>PEM block %1: %2</source>
        <translation>PEM 區塊 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="197"/>
        <source>PEM block %1 (PKCS7) is damaged</source>
        <translation>PEM 區塊 %1（PKCS7）已損壞</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="207"/>
        <source>has a &quot;-----BEGIN&quot; line but no complete PEM block</source>
        <translation>含有「-----BEGIN」行，但沒有完整的 PEM 區塊</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="230"/>
        <source>PKCS#12 with an implausible MAC iteration count (%1): damaged</source>
        <translation>PKCS#12 的 MAC 迭代次數不合理（%1）：已損壞</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="244"/>
        <source>PKCS#12 is protected by a passphrase; give it with --passphrase-file</source>
        <translation>PKCS#12 受密碼片語保護；請用 --passphrase-file 提供</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="245"/>
        <source>PKCS#12: wrong passphrase (the integrity check failed)</source>
        <translation>PKCS#12：密碼片語錯誤（完整性檢查失敗）</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="256"/>
        <source>PKCS#12 contents cannot be read (wrong passphrase or damaged)</source>
        <translation>無法讀取 PKCS#12 內容（密碼片語錯誤或已損壞）</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="318"/>
        <source>PKCS#7 structure without certificates</source>
        <translation>不含憑證的 PKCS#7 結構</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="331"/>
        <source>DER PKCS#8 private key cannot be decoded</source>
        <translation>無法解碼 DER PKCS#8 私密金鑰</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="380"/>
        <source>DER data that is neither a certificate, a private key, PKCS#7 nor PKCS#12 (truncated or damaged?)</source>
        <translation>DER 資料既不是憑證、私密金鑰，也不是 PKCS#7 或 PKCS#12（被截斷或已損壞？）</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="383"/>
        <source>neither PEM (no &quot;-----BEGIN&quot; line) nor DER (starts with bytes %1)</source>
        <translation>既不是 PEM（沒有「-----BEGIN」行）也不是 DER（以位元組 %1 開頭）</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="463"/>
        <source>is empty</source>
        <translation>為空</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="472"/>
        <source>holds no certificate and no private key</source>
        <translation>不含憑證，也不含私密金鑰</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="473"/>
        <source>holds no certificate and no private key (only %1)</source>
        <translation>不含憑證，也不含私密金鑰（只有 %1）</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="478"/>
        <source>holds a certificate that cannot be read</source>
        <translation>含有無法讀取的憑證</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="518"/>
        <source>%1: is a directory</source>
        <translation>%1：是一個目錄</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="522"/>
        <source>%1: too large for a certificate or key file (%2 bytes)</source>
        <translation>%1：作為憑證或金鑰檔案過大（%2 位元組）</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="528"/>
        <source>%1: cannot read (%2)</source>
        <translation>%1：無法讀取（%2）</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="563"/>
        <source>target list</source>
        <translation>目標清單</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="405"/>
        <location filename="../core/report/workspace.cpp" line="310"/>
        <source>workspace</source>
        <translation>工作區</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="804"/>
        <source>certificate file</source>
        <translation>憑證檔案</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="395"/>
        <location filename="../app/cli/session_command.cpp" line="96"/>
        <source>message</source>
        <translation>郵件</translation>
    </message>
    <message>
        <location filename="../core/report/report_jsonl.cpp" line="70"/>
        <source>longer than %1 bytes, skipped</source>
        <translation>超過 %1 位元組，已略過</translation>
    </message>
    <message>
        <location filename="../core/report/report_jsonl.cpp" line="81"/>
        <source>%1 (the line is cut)</source>
        <translation>%1（該行被截斷）</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="18"/>
        <source>The client opens the handshake. It sends a fresh random value and lists what it can do: protocol versions, cipher suites, and extensions such as the server name (SNI), the key exchange groups and the signature algorithms it accepts.</source>
        <translation>用戶端發起交握。它傳送一個新的隨機值，並列出自己的能力：協定版本、加密套件，以及伺服器名稱（SNI）、金鑰交換群組和可接受的簽章演算法等擴充。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="21"/>
        <source>In TLS 1.3: the client already sends key shares for the groups it guesses the server will pick, which saves a round trip. The real version list moved into the supported_versions extension; the old version field stays at TLS 1.2 for compatibility.</source>
        <translation>在 TLS 1.3 中：用戶端已為它猜測伺服器會選擇的群組傳送金鑰共享（key share），從而省去一次往返。真正的版本清單移到了 supported_versions 擴充中；舊的版本欄位為相容起見保持為 TLS 1.2。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="25"/>
        <source>The server&apos;s answer to the ClientHello: it picks one protocol version and one cipher suite from the client&apos;s offer and adds its own random value. From here both sides know which algorithms the rest of the handshake uses.</source>
        <translation>伺服器對 ClientHello 的回答：它從用戶端提供的選項中選定一個協定版本和一個加密套件，並附上自己的隨機值。從此雙方都知道交握的其餘部分使用哪些演算法。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="28"/>
        <source>In TLS 1.3: it also carries the server&apos;s key share, so both sides can derive handshake keys at once; every message after it is encrypted. The chosen version is in supported_versions.</source>
        <translation>在 TLS 1.3 中：它還攜帶伺服器的金鑰共享，雙方可立即推導出交握金鑰；其後的每則訊息都是加密的。所選版本位於 supported_versions 中。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="32"/>
        <source>The server supports one of the groups the client listed but found no key share for it in the ClientHello. It asks the client to send a new ClientHello with a share for that group. On the wire it looks like a ServerHello with a fixed, special random value.</source>
        <translation>伺服器支援用戶端列出的某個群組，但在 ClientHello 中沒有找到該群組的金鑰共享。它請用戶端重新傳送一個帶有該群組金鑰共享的 ClientHello。在線路上它看起來像一個帶有固定特殊隨機值的 ServerHello。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="35"/>
        <source>In TLS 1.3: this message exists only here; it costs one extra round trip, which is why clients try to guess the server&apos;s preferred group.</source>
        <translation>在 TLS 1.3 中：此訊息僅存在於此；它多花一次往返，因此用戶端會盡量猜中伺服器偏好的群組。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="38"/>
        <source>The server&apos;s answers to extensions that are not needed to agree on keys, such as ALPN or the acknowledgement of the server name. It is the first message protected by the handshake keys.</source>
        <translation>伺服器對協商金鑰不需要的擴充所作的回答，例如 ALPN 或對伺服器名稱的確認。它是第一則受交握金鑰保護的訊息。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="41"/>
        <source>In TLS 1.3: new. In TLS 1.2 these answers travelled in the ServerHello, readable by anyone on the path.</source>
        <translation>在 TLS 1.3 中：新增。在 TLS 1.2 中這些回答位於 ServerHello 中，路徑上的任何人都能讀到。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="44"/>
        <source>The sender&apos;s certificate chain: its own certificate first, then the intermediates that lead to a trusted root. The receiver checks the chain, the dates and that the name matches the host it wanted. The server always sends one (except for anonymous or PSK suites); the client only when asked.</source>
        <translation>傳送方的憑證鏈：先是自己的憑證，然後是通往受信任根憑證的中繼憑證。接收方檢查憑證鏈、有效日期以及名稱是否與所要連線的主機相符。伺服器總會傳送（匿名或 PSK 套件除外）；用戶端僅在被要求時傳送。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="48"/>
        <source>In TLS 1.3: the chain is encrypted, so an eavesdropper no longer sees which certificate was served, and each entry can carry extensions such as a stapled OCSP response.</source>
        <translation>在 TLS 1.3 中：憑證鏈是加密的，竊聽者不再能看到提供的是哪張憑證，而且每個項目都可以攜帶擴充，例如裝訂的 OCSP 回應。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="51"/>
        <source>The server asks the client to authenticate with a certificate of its own and says which signature algorithms and issuing CAs it accepts. Mail servers often ask but still accept a client that sends an empty certificate list.</source>
        <translation>伺服器要求用戶端用自己的憑證進行認證，並說明它接受哪些簽章演算法和簽發 CA。郵件伺服器經常提出要求，但仍會接受傳送空憑證清單的用戶端。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="54"/>
        <source>In TLS 1.3: encrypted, with its parameters as extensions and a request context; a server may also ask after the handshake if the client offered post_handshake_auth.</source>
        <translation>在 TLS 1.3 中：加密傳輸，參數以擴充形式攜帶並帶有請求上下文；若用戶端提供了 post_handshake_auth，伺服器也可以在交握之後再提出要求。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="57"/>
        <source>Sent in TLS 1.2 and earlier with ephemeral (EC)DHE suites: the server&apos;s Diffie-Hellman parameters (a named curve, or a prime and generator) and its public value, signed with the certificate&apos;s key. With static RSA key exchange there is no such message.</source>
        <translation>在 TLS 1.2 及更早版本中隨臨時 (EC)DHE 套件傳送：伺服器的 Diffie-Hellman 參數（具名曲線，或質數與生成元）及其公開值，並用憑證的金鑰簽章。使用靜態 RSA 金鑰交換時沒有這則訊息。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="60"/>
        <source>In TLS 1.3: gone. The server&apos;s key share sits in the ServerHello and its signature moved to CertificateVerify, which covers the whole transcript instead of only the parameters.</source>
        <translation>在 TLS 1.3 中：已取消。伺服器的金鑰共享位於 ServerHello 中，其簽章移到了 CertificateVerify，簽章涵蓋整個交握紀錄而不只是參數。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="63"/>
        <source>An empty message that closes the server&apos;s first flight in TLS 1.2 and earlier. The server has said everything it needs to, and it is now the client&apos;s turn to send its key exchange.</source>
        <translation>在 TLS 1.2 及更早版本中結束伺服器第一輪傳送的空訊息。伺服器已說完所需的一切，現在輪到用戶端傳送它的金鑰交換。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="65"/>
        <source>In TLS 1.3: removed; the server&apos;s flight simply ends with its Finished message.</source>
        <translation>在 TLS 1.3 中：已移除；伺服器的這一輪傳送直接以其 Finished 訊息結束。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="67"/>
        <source>The client&apos;s contribution to the shared secret in TLS 1.2 and earlier: its (EC)DH public value, or with RSA key exchange a random premaster secret encrypted to the server&apos;s RSA key. After it both sides can compute the same master secret.</source>
        <translation>在 TLS 1.2 及更早版本中用戶端對共用密鑰的貢獻：它的 (EC)DH 公開值，或在 RSA 金鑰交換中用伺服器 RSA 金鑰加密的隨機預主密鑰。此後雙方可計算出相同的主密鑰。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="70"/>
        <source>In TLS 1.3: gone; the client&apos;s key share already went out in the ClientHello, and RSA key transport no longer exists.</source>
        <translation>在 TLS 1.3 中：已取消；用戶端的金鑰共享已隨 ClientHello 送出，RSA 金鑰傳輸也不復存在。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="73"/>
        <source>A signature made with the private key of the certificate just sent, over the handshake so far. It proves the sender really holds that key, not just a copy of the public certificate. In TLS 1.2 only a client that sent a certificate uses it.</source>
        <translation>用剛傳送的憑證對應的私鑰對到目前為止的交握內容所作的簽章。它證明傳送方確實持有該私鑰，而不只是公開憑證的副本。在 TLS 1.2 中只有傳送了憑證的用戶端才使用它。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="76"/>
        <source>In TLS 1.3: the server sends one in every certificate-based handshake; it replaces the signature that ServerKeyExchange used to carry.</source>
        <translation>在 TLS 1.3 中：伺服器在每次基於憑證的交握中都會傳送；它取代了過去由 ServerKeyExchange 攜帶的簽章。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="79"/>
        <source>Not a handshake message but a one-byte record of its own: from the next record on, this side encrypts with the keys just negotiated. Each side sends one just before its Finished.</source>
        <translation>不是交握訊息，而是一個單獨的 1 位元組記錄：從下一筆記錄起，這一方使用剛協商好的金鑰加密。雙方各在自己的 Finished 之前傳送一次。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="81"/>
        <source>In TLS 1.3: it means nothing. Implementations may still send one so that middleboxes which expect a TLS 1.2 handshake let the connection through; the peer ignores it.</source>
        <translation>在 TLS 1.3 中：它沒有任何意義。實作仍可能傳送它，好讓期待 TLS 1.2 交握的中介設備放行連線；對端會忽略它。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="84"/>
        <source>A MAC over the whole handshake, computed with the new keys. Each side checks the other&apos;s, so any message altered or removed on the way (for example a weaker suite list) makes the handshake fail. In TLS 1.2 it is the first encrypted message from each side.</source>
        <translation>用新金鑰對整個交握計算的 MAC。雙方互相驗證，因此途中任何被竄改或刪除的訊息（例如被換成更弱的套件清單）都會導致交握失敗。在 TLS 1.2 中它是每一方傳送的第一則加密訊息。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="87"/>
        <source>In TLS 1.3: computed with a key derived from the handshake secret; the server&apos;s Finished ends its flight and the client&apos;s Finished completes the handshake.</source>
        <translation>在 TLS 1.3 中：用由交握密鑰（handshake secret）推導出的金鑰計算；伺服器的 Finished 結束其這一輪傳送，用戶端的 Finished 完成交握。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="90"/>
        <source>The server hands the client an opaque, server-encrypted ticket so a later connection can resume this session without a full handshake. The lifetime says how long the server will honour it. In TLS 1.2 it comes just before the server&apos;s ChangeCipherSpec.</source>
        <translation>伺服器交給用戶端一張由伺服器加密、對用戶端不透明的票證，以便之後的連線無需完整交握即可恢復本次工作階段。有效期說明伺服器會承認它多久。在 TLS 1.2 中它緊接在伺服器的 ChangeCipherSpec 之前。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="93"/>
        <source>In TLS 1.3: sent after the handshake, encrypted, often several at once; each ticket is a pre-shared key identity valid for at most seven days.</source>
        <translation>在 TLS 1.3 中：在交握之後加密傳送，常常一次傳送多張；每張票證都是一個預先共用金鑰身分，最長有效七天。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="96"/>
        <source>Only in TLS 1.3: one side switches to fresh traffic keys and may ask the peer to do the same, so a long connection never uses one key for too much data.</source>
        <translation>僅在 TLS 1.3 中：一方切換到新的流量金鑰，並可請求對端也這樣做，使長連線不會用同一把金鑰加密過多資料。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="98"/>
        <source>In TLS 1.3: this replaces renegotiation for changing keys.</source>
        <translation>在 TLS 1.3 中：它取代了用於更換金鑰的重新協商。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="100"/>
        <source>Only in TLS 1.3: the client marks the end of the early (0-RTT) data it sent with a resumed session before the handshake finished.</source>
        <translation>僅在 TLS 1.3 中：用戶端標記它在交握完成前隨恢復的工作階段傳送的早期（0-RTT）資料到此結束。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="104"/>
        <source>A stapled OCSP response: the server passes on its CA&apos;s signed statement that the certificate was not revoked, so the client need not ask the CA itself.</source>
        <translation>裝訂的 OCSP 回應：伺服器轉交其 CA 簽章的聲明，證明憑證未被撤銷，用戶端因此無需自己去詢問 CA。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="106"/>
        <source>In TLS 1.3: the response travels as an extension of the certificate entry instead of a message of its own.</source>
        <translation>在 TLS 1.3 中：回應作為憑證項目的擴充傳送，而不再是單獨的訊息。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="109"/>
        <source>In TLS 1.2 and earlier the server asks the client to start a new handshake (renegotiation) on the running connection.</source>
        <translation>在 TLS 1.2 及更早版本中，伺服器請用戶端在目前連線上開始新的交握（重新協商）。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="111"/>
        <source>In TLS 1.3: removed, together with renegotiation.</source>
        <translation>在 TLS 1.3 中：隨重新協商一起被移除。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="113"/>
        <source>Two bytes: a level (warning or fatal) and a reason. A fatal alert ends the connection at once and tells why the handshake failed; close_notify announces an orderly end.</source>
        <translation>兩個位元組：層級（warning 或 fatal）和原因。致命警示會立即結束連線，並說明交握失敗的原因；close_notify 表示正常結束。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="115"/>
        <source>In TLS 1.3: every alert except close_notify and user_canceled is fatal whatever level it states, and alerts after the ServerHello are encrypted.</source>
        <translation>在 TLS 1.3 中：除 close_notify 和 user_canceled 外，所有警示無論標明何種層級都是致命的，且 ServerHello 之後的警示都經過加密。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="118"/>
        <source>The SMTP command (RFC 3207) that turns this same TCP connection into a TLS connection. Everything before it travelled in clear text; after the server&apos;s 220 reply the next bytes the client sends are a TLS ClientHello. IMAP (RFC 9051, tagged OK) and ManageSieve (RFC 5804, OK) use the same command; POP3 calls it STLS.</source>
        <translation>將同一個 TCP 連線轉為 TLS 連線的 SMTP 命令（RFC 3207）。在此之前的一切都以明文傳輸；伺服器回覆 220 後，用戶端傳送的下一批位元組就是 TLS ClientHello。IMAP（RFC 9051，帶標籤的 OK）和 ManageSieve（RFC 5804，OK）使用同一命令；POP3 中稱為 STLS。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="124"/>
        <source>POP3&apos;s STARTTLS (RFC 2595). After the server&apos;s +OK the next bytes the client sends are a TLS ClientHello on the same connection.</source>
        <translation>POP3 的 STARTTLS（RFC 2595）。伺服器回覆 +OK 後，用戶端在同一連線上傳送的下一批位元組就是 TLS ClientHello。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="128"/>
        <source>IMAP (RFC 9051) or ManageSieve (RFC 5804): the server lists what it supports: STARTTLS, the SASL mechanisms (AUTH=PLAIN, &quot;SASL&quot;), and LOGINDISABLED when it refuses passwords before TLS. After TLS the IMAP client asks again and the ManageSieve server sends the list again by itself, because an attacker could have changed the clear-text one.</source>
        <translation>IMAP（RFC 9051）或 ManageSieve（RFC 5804）：伺服器列出它支援的功能：STARTTLS、SASL 機制（AUTH=PLAIN、&quot;SASL&quot;），以及在 TLS 之前拒絕密碼時的 LOGINDISABLED。TLS 建立後 IMAP 用戶端會再次詢問，ManageSieve 伺服器則會主動再傳送一次清單，因為攻擊者可能竄改過明文清單。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="134"/>
        <source>POP3 (RFC 2449): the server lists its capabilities: STLS, USER (password logins) and the SASL mechanisms. A server that protects passwords lists neither USER nor SASL PLAIN until TLS is up; after STLS the client asks again.</source>
        <translation>POP3（RFC 2449）：伺服器列出它的能力：STLS、USER（密碼登入）和 SASL 機制。保護密碼的伺服器在 TLS 建立之前既不列出 USER 也不列出 SASL PLAIN；STLS 之後用戶端會再次詢問。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="139"/>
        <source>The server&apos;s first words when the connection opens: &quot;* OK&quot; from IMAP, &quot;+OK&quot; from POP3, the capability list ending in OK from ManageSieve, 220 from SMTP. They travel in clear text unless TLS started with the first byte (ports 993, 995, 465).</source>
        <translation>連線建立時伺服器說的第一句話：IMAP 為 &quot;* OK&quot;，POP3 為 &quot;+OK&quot;，ManageSieve 為以 OK 結尾的能力清單，SMTP 為 220。除非 TLS 從第一個位元組就開始（連接埠 993、995、465），否則它們都以明文傳輸。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="144"/>
        <source>The client greets the server and the server lists the SMTP extensions it supports, such as STARTTLS, AUTH and SIZE. After TLS is up the client says EHLO again, because an attacker could have changed the clear-text answer.</source>
        <translation>用戶端向伺服器問候，伺服器列出它支援的 SMTP 擴充，例如 STARTTLS、AUTH 和 SIZE。TLS 建立後用戶端會再次傳送 EHLO，因為攻擊者可能竄改過明文回答。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="149"/>
        <source>A positive reply: either the server&apos;s greeting when the connection opens, or, after STARTTLS, the go-ahead to start the TLS handshake on this connection.</source>
        <translation>肯定回覆：要麼是連線建立時伺服器的問候，要麼是在 STARTTLS 之後允許在此連線上開始 TLS 交握的許可。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="153"/>
        <source>Once both Finished messages are checked, the SMTP conversation goes on inside TLS records: an eavesdropper sees only sizes and timing, not commands, addresses or the message.</source>
        <translation>雙方的 Finished 訊息驗證通過後，SMTP 對話就在 TLS 記錄中繼續進行：竊聽者只能看到大小和時間，看不到命令、位址或郵件內容。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="264"/>
        <source>A second handshake on a connection that already finished one: in TLS 1.2 and earlier either side may ask for fresh keys this way, the server with a HelloRequest, the client with a new ClientHello. Servers may refuse a client&apos;s request (a no_renegotiation alert, or closing the connection), and many mail servers rightly do, because each handshake costs them a private-key operation.

A common surprise: openssl s_client treats a typed line that starts with a capital R as a request to renegotiate and one with Q as quit, so typing RCPT TO renegotiates instead of sending the command, and a server that refuses then drops the session. That is the tool, not the server: start s_client with -ign_eof or -quiet (both imply -nocommands), or type rcpt to in lower case. This workbench sends every typed line as it is.</source>
        <translation>在已完成一次交握的連線上進行第二次交握：在 TLS 1.2 及更早版本中，任一方都可以這樣請求新的金鑰，伺服器透過 HelloRequest，用戶端透過新的 ClientHello。伺服器可以拒絕用戶端的請求（傳送 no_renegotiation 警示或關閉連線），許多郵件伺服器也理應如此，因為每次交握都要耗費一次私鑰運算。

常見的意外：openssl s_client 會把以大寫 R 開頭的輸入行當作重新協商請求，把以 Q 開頭的當作結束，因此輸入 RCPT TO 會觸發重新協商而不是傳送命令，拒絕重新協商的伺服器隨即中斷工作階段。這是工具的問題，不是伺服器的問題：用 -ign_eof 或 -quiet 啟動 s_client（兩者都隱含 -nocommands），或用小寫輸入 rcpt to。本工作台會原樣傳送每一行輸入。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="274"/>
        <source>In TLS 1.3: renegotiation is gone. Fresh keys come from a KeyUpdate message (s_client sends one on a typed k or K) and a late client certificate from post-handshake authentication.</source>
        <translation>在 TLS 1.3 中：重新協商已取消。新的金鑰來自 KeyUpdate 訊息（在 s_client 中輸入 k 或 K 即會傳送一則），遲到的用戶端憑證則來自交握後認證。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="72"/>
        <source>Ephemeral elliptic-curve Diffie-Hellman: both sides make a fresh key pair for this connection and derive the secret from them.</source>
        <translation>臨時橢圓曲線 Diffie-Hellman：雙方為本次連線各自產生新的金鑰對，並由此推導出共享密鑰。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="74"/>
        <source>Ephemeral finite-field Diffie-Hellman: a fresh key pair per connection over the server&apos;s prime; the prime size decides the strength.</source>
        <translation>臨時有限域 Diffie-Hellman：每個連線基於伺服器的質數產生新的金鑰對；質數的長度決定強度。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="76"/>
        <source>RSA key transport: the client encrypts a random premaster secret with the public key in the server&apos;s certificate.</source>
        <translation>RSA 金鑰傳輸：用戶端用伺服器憑證中的公鑰加密一個隨機的預主密鑰。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="78"/>
        <source>Static Diffie-Hellman: the server&apos;s DH key is fixed and sits in its certificate.</source>
        <translation>靜態 Diffie-Hellman：伺服器的 DH 金鑰固定不變，位於其憑證中。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="80"/>
        <source>Static elliptic-curve Diffie-Hellman: the server&apos;s EC key in its certificate is used directly for key agreement.</source>
        <translation>靜態橢圓曲線 Diffie-Hellman：伺服器憑證中的 EC 金鑰直接用於金鑰協商。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="82"/>
        <source>Pre-shared key: both sides already hold a secret agreed outside TLS.</source>
        <translation>預先共用金鑰：雙方已持有在 TLS 之外約定的密鑰。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="84"/>
        <source>Secure Remote Password: a password-based key exchange that never sends the password.</source>
        <translation>安全遠端密碼（SRP）：一種基於密碼的金鑰交換，從不傳送密碼本身。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="86"/>
        <source>Kerberos: the client presents a Kerberos ticket for the server.</source>
        <translation>Kerberos：用戶端出示一張發給該伺服器的 Kerberos 票證。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="88"/>
        <source>Password-authenticated key exchange on an elliptic curve (RFC 8492).</source>
        <translation>基於橢圓曲線的密碼認證金鑰交換（RFC 8492）。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="90"/>
        <source>GOST VKO key agreement (Russian national standards).</source>
        <translation>GOST VKO 金鑰協商（俄羅斯國家標準）。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="92"/>
        <source>Not fixed by the suite: in TLS 1.3 the key exchange is always ephemeral (EC)DHE (or PSK), agreed through the supported_groups and key_share extensions.</source>
        <translation>不由套件決定：在 TLS 1.3 中金鑰交換始終是臨時 (EC)DHE（或 PSK），透過 supported_groups 和 key_share 擴充協商。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="94"/>
        <source>None: this placeholder suite protects nothing.</source>
        <translation>無：這個佔位套件不提供任何保護。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="103"/>
        <source>The server signs the key exchange with its RSA key.</source>
        <translation>伺服器用其 RSA 金鑰對金鑰交換進行簽章。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="105"/>
        <source>The server signs with an ECDSA key.</source>
        <translation>伺服器用 ECDSA 金鑰簽章。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="107"/>
        <source>The server signs with a DSA key (DSS), long deprecated.</source>
        <translation>伺服器用 DSA 金鑰（DSS）簽章，早已棄用。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="109"/>
        <source>None: the server is not authenticated, so anyone on the path can pose as it.</source>
        <translation>無：伺服器未經認證，因此路徑上的任何人都可以冒充它。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="111"/>
        <source>The pre-shared key authenticates both sides; no certificate is involved.</source>
        <translation>預先共用金鑰認證雙方；不涉及憑證。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="113"/>
        <location filename="../core/explain/suite_explainer.cpp" line="117"/>
        <source>The shared password authenticates both sides.</source>
        <translation>共用密碼認證雙方。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="115"/>
        <source>Kerberos authenticates the server.</source>
        <translation>由 Kerberos 認證伺服器。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="119"/>
        <source>The server signs with a GOST R 34.10 key.</source>
        <translation>伺服器用 GOST R 34.10 金鑰簽章。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="121"/>
        <source>Not fixed by the suite: in TLS 1.3 the certificate&apos;s signature algorithm is negotiated separately (RSA-PSS, ECDSA, Ed25519).</source>
        <translation>不由套件決定：在 TLS 1.3 中憑證的簽章演算法單獨協商（RSA-PSS、ECDSA、Ed25519）。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="123"/>
        <source>None.</source>
        <translation>無。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="139"/>
        <source>Key exchange %1.</source>
        <translation>金鑰交換 %1。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="146"/>
        <source>The server proves itself by decrypting the premaster secret with its RSA private key.</source>
        <translation>伺服器透過用其 RSA 私鑰解密預主密鑰來證明自己的身分。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="147"/>
        <source>Authentication %1.</source>
        <translation>認證 %1。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="159"/>
        <source>No encryption at all: the data is only integrity-protected and travels readable.</source>
        <translation>完全不加密：資料僅有完整性保護，以可讀形式傳輸。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="162"/>
        <source>%1-bit strength; block cipher in Galois/Counter Mode: encryption and integrity in one step (AEAD).</source>
        <translation>%1 位元強度；Galois/計數器模式（GCM）的區塊加密：加密與完整性一步完成（AEAD）。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="164"/>
        <source>%1-bit strength; block cipher in CCM mode with a short 8-byte tag (AEAD).</source>
        <translation>%1 位元強度；CCM 模式的區塊加密，帶 8 位元組短標籤（AEAD）。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="166"/>
        <source>%1-bit strength; block cipher in CCM mode (AEAD).</source>
        <translation>%1 位元強度；CCM 模式的區塊加密（AEAD）。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="168"/>
        <source>%1-bit strength; ChaCha20 stream cipher with the Poly1305 authenticator (AEAD), fast without AES hardware.</source>
        <translation>%1 位元強度；ChaCha20 串流加密配合 Poly1305 認證器（AEAD），在沒有 AES 硬體加速時也很快。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="170"/>
        <source>%1-bit strength; block cipher in CBC mode; integrity comes from a separate HMAC.</source>
        <translation>%1 位元強度；CBC 模式的區塊加密；完整性由單獨的 HMAC 提供。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="172"/>
        <source>%1-bit strength; RC4 stream cipher, broken: its key stream is biased.</source>
        <translation>%1 位元強度；RC4 串流加密，已被攻破：其金鑰串流存在偏差。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="174"/>
        <source>%1-bit strength; block cipher in counter mode.</source>
        <translation>%1 位元強度；計數器模式的區塊加密。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="176"/>
        <source>%1-bit strength; symmetric cipher.</source>
        <translation>%1 位元強度；對稱加密。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="205"/>
        <source>The cipher itself protects integrity; %1 drives HKDF, which derives every key of the connection.</source>
        <translation>加密本身保護完整性；%1 用於 HKDF，由它推導出連線的所有金鑰。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="210"/>
        <source>No separate MAC: the cipher protects integrity. The TLS 1.2 PRF uses %1.</source>
        <translation>沒有單獨的 MAC：由加密保護完整性。TLS 1.2 的 PRF 使用 %1。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="215"/>
        <source>Records carry an HMAC-%1 tag. The key derivation (PRF) is MD5+SHA-1 in TLS 1.0/1.1 and SHA-256 in TLS 1.2.</source>
        <translation>記錄帶有 HMAC-%1 標籤。金鑰推導（PRF）在 TLS 1.0/1.1 中為 MD5+SHA-1，在 TLS 1.2 中為 SHA-256。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="219"/>
        <source>Records carry an HMAC-%1 tag. The key derivation (PRF) is MD5+SHA-1 in TLS 1.0/1.1 and SHA-256 in TLS 1.2. HMAC-MD5 is not known to be broken, but MD5 is retired everywhere.</source>
        <translation>記錄帶有 HMAC-%1 標籤。金鑰推導（PRF）在 TLS 1.0/1.1 中為 MD5+SHA-1，在 TLS 1.2 中為 SHA-256。目前尚無已知攻破 HMAC-MD5 的方法，但 MD5 已在各處淘汰。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="225"/>
        <source>Records carry an HMAC-%1 tag, and the TLS 1.2 PRF uses %1.</source>
        <translation>記錄帶有 HMAC-%1 標籤，TLS 1.2 的 PRF 使用 %1。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="228"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="228"/>
        <source>No integrity protection.</source>
        <translation>沒有完整性保護。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="229"/>
        <source>GOST message authentication (%1).</source>
        <translation>GOST 訊息認證（%1）。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="237"/>
        <source>Any: TLS 1.3 suites do not fix the certificate type. The server picks RSA, ECDSA or Ed25519 by the client&apos;s signature_algorithms.</source>
        <translation>任意：TLS 1.3 套件不限定憑證類型。伺服器根據用戶端的 signature_algorithms 選擇 RSA、ECDSA 或 Ed25519。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="239"/>
        <source>An RSA certificate whose key may encrypt (keyEncipherment), plus the pre-shared key.</source>
        <translation>一張金鑰可用於加密（keyEncipherment）的 RSA 憑證，外加預先共用金鑰。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="241"/>
        <source>None: the server sends no certificate (and so proves nothing).</source>
        <translation>無：伺服器不傳送憑證（因此什麼也證明不了）。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="243"/>
        <source>None: a shared secret or password authenticates the server.</source>
        <translation>無：由共用密鑰或密碼認證伺服器。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="245"/>
        <source>None: a Kerberos service key authenticates the server.</source>
        <translation>無：由 Kerberos 服務金鑰認證伺服器。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="247"/>
        <source>A certificate holding a fixed Diffie-Hellman key, issued by a CA that signs with %1. Practically no CA issues these.</source>
        <translation>一張包含固定 Diffie-Hellman 金鑰的憑證，由使用 %1 簽章的 CA 簽發。實際上幾乎沒有 CA 簽發這種憑證。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="250"/>
        <source>A certificate holding an EC key allowed for key agreement (keyAgreement), issued by a CA that signs with %1.</source>
        <translation>一張包含允許用於金鑰協商（keyAgreement）的 EC 金鑰的憑證，由使用 %1 簽章的 CA 簽發。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="254"/>
        <source>An RSA certificate whose key may encrypt (keyEncipherment).</source>
        <translation>一張金鑰可用於加密（keyEncipherment）的 RSA 憑證。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="255"/>
        <source>An RSA certificate whose key may sign (digitalSignature).</source>
        <translation>一張金鑰可用於簽章（digitalSignature）的 RSA 憑證。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="257"/>
        <source>An ECDSA certificate (an EC key such as P-256) that may sign. An RSA certificate does not work with this suite.</source>
        <translation>一張可用於簽章的 ECDSA 憑證（EC 金鑰，如 P-256）。RSA 憑證無法用於此套件。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="259"/>
        <source>A DSA certificate; hardly any CA issues these today.</source>
        <translation>一張 DSA 憑證；如今幾乎沒有 CA 簽發這種憑證。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="261"/>
        <source>A GOST R 34.10-2012 certificate.</source>
        <translation>一張 GOST R 34.10-2012 憑證。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="262"/>
        <source>A %1 certificate.</source>
        <translation>一張 %1 憑證。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="270"/>
        <source>No encryption: anyone on the path reads the traffic.</source>
        <translation>不加密：路徑上的任何人都能讀取流量。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="272"/>
        <source>No authentication: a man in the middle can pose as the server.</source>
        <translation>無認證：中間人可以冒充伺服器。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="274"/>
        <source>Export grade: keys cut down on purpose to 40–56 bits in the 1990s (FREAK, Logjam).</source>
        <translation>出口級：1990 年代刻意削減到 40–56 位元的金鑰（FREAK、Logjam）。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="276"/>
        <source>RC4&apos;s biased key stream leaks plaintext; RFC 7465 forbids it in TLS.</source>
        <translation>RC4 有偏差的金鑰串流會洩漏明文；RFC 7465 禁止在 TLS 中使用它。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="278"/>
        <source>RC2 is an obsolete cipher with export-size keys.</source>
        <translation>RC2 是一種過時的加密演算法，金鑰長度為出口級。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="280"/>
        <source>Single DES: a 56-bit key is searched exhaustively in hours.</source>
        <translation>單重 DES：56 位元金鑰可在數小時內被窮舉破解。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="282"/>
        <source>64-bit block cipher: after a few tens of gigabytes on one connection, block collisions leak data (Sweet32).</source>
        <translation>64 位元區塊加密：同一連線傳輸幾十 GB 後，區塊碰撞會洩漏資料（Sweet32）。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="284"/>
        <source>Under 128 bits of symmetric strength.</source>
        <translation>對稱強度低於 128 位元。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="286"/>
        <source>No forward secrecy: whoever obtains the server&apos;s long-term key later can decrypt recorded sessions.</source>
        <translation>無前向保密：日後取得伺服器長期金鑰的人可以解密錄下的工作階段。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="289"/>
        <source>Forward secrecy and AEAD, but CCM_8&apos;s 8-byte tag is short for general use.</source>
        <translation>具備前向保密和 AEAD，但 CCM_8 的 8 位元組標籤對一般用途而言偏短。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="291"/>
        <source>Forward secrecy and authenticated encryption (AEAD) with a full-length tag.</source>
        <translation>具備前向保密和帶完整長度標籤的認證加密（AEAD）。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="293"/>
        <source>Forward secrecy, but CBC with a separate HMAC (MAC-then-encrypt) has a history of padding-oracle attacks such as Lucky13.</source>
        <translation>具備前向保密，但使用單獨 HMAC 的 CBC（先 MAC 後加密）歷來受到填補預言攻擊，如 Lucky13。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="302"/>
        <source>none (a placeholder, never negotiated)</source>
        <translation>無（佔位符，從不協商）</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="304"/>
        <source>%1 only; not in TLS 1.3, which keeps only five AEAD suites</source>
        <translation>僅 %1；TLS 1.3 中沒有，TLS 1.3 只保留了五個 AEAD 套件</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="305"/>
        <source>%1 only</source>
        <translation>僅 %1</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="307"/>
        <source>%1 – %2; not in TLS 1.3, which keeps only five AEAD suites</source>
        <translation>%1 – %2；TLS 1.3 中沒有，TLS 1.3 只保留了五個 AEAD 套件</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="328"/>
        <source>(EC)DHE, negotiated</source>
        <translation>(EC)DHE，協商決定</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="329"/>
        <source>certificate, negotiated</source>
        <translation>憑證，協商決定</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="334"/>
        <source>Yes: session keys come from ephemeral keys thrown away after the handshake.</source>
        <translation>是：工作階段金鑰來自交握後即丟棄的臨時金鑰。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="335"/>
        <source>No: recorded traffic can be decrypted later with the server&apos;s long-term key.</source>
        <translation>否：錄下的流量日後可用伺服器的長期金鑰解密。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="338"/>
        <source>Yes: encryption and integrity in one authenticated mode.</source>
        <translation>是：加密與完整性在同一個認證模式中完成。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="339"/>
        <source>No: there is no encryption.</source>
        <translation>否：根本沒有加密。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="340"/>
        <source>No: a separate MAC protects integrity.</source>
        <translation>否：由單獨的 MAC 保護完整性。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="382"/>
        <source>unknown cipher suite &apos;%1&apos;</source>
        <translation>未知的加密套件「%1」</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="383"/>
        <source>unknown cipher suite &apos;%1&apos;; did you mean %2?</source>
        <translation>未知的加密套件「%1」；您是否指 %2？</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="428"/>
        <source>strong</source>
        <translation>強</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="430"/>
        <source>acceptable</source>
        <translation>可接受</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="432"/>
        <source>weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="434"/>
        <source>insecure</source>
        <translation>不安全</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="487"/>
        <location filename="../core/explain/suite_explainer.cpp" line="502"/>
        <source>SSLv2 only (a cipher kind, not a TLS suite)</source>
        <translation>僅 SSLv2（一種 cipher kind，不是 TLS 套件）</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="570"/>
        <source>OpenSSL name</source>
        <translation>OpenSSL 名稱</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="571"/>
        <source>GnuTLS name</source>
        <translation>GnuTLS 名稱</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="572"/>
        <source>Typed as</source>
        <translation>輸入形式</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="573"/>
        <source>Key exchange</source>
        <translation>金鑰交換</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="574"/>
        <source>Authentication</source>
        <translation>認證</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="575"/>
        <source>Bulk cipher</source>
        <translation>批量加密</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="576"/>
        <source>MAC / PRF</source>
        <translation>MAC / PRF</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="577"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="578"/>
        <source>Forward secrecy</source>
        <translation>前向保密</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="580"/>
        <source>Certificate</source>
        <translation>憑證</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="581"/>
        <source>Grade</source>
        <translation>評級</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="440"/>
        <source>code</source>
        <translation>代碼</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="28"/>
        <source>(unreadable)</source>
        <translation>（無法讀取）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="36"/>
        <source>(empty subject)</source>
        <translation>（空主體）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="37"/>
        <source>Certificate %1 (%2)</source>
        <translation>憑證 %1（%2）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="38"/>
        <source>certificate %1 (%2)</source>
        <translation>憑證 %1（%2）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="53"/>
        <source>Mail clients (Thunderbird, Outlook, phones&apos; mail apps) verify the certificate of the server they log in to: they refuse to connect or ask the user to accept it, and a user who learns to click that away would accept an attacker&apos;s certificate too.</source>
        <translation>郵件用戶端（Thunderbird、Outlook、手機郵件 App）會驗證其登入的伺服器的憑證：它們會拒絕連線，或要求使用者接受該憑證；而習慣了點掉這個提示的使用者，也會接受攻擊者的憑證。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="56"/>
        <source>Most MTAs use opportunistic TLS and deliver anyway, but partners that verify certificates (MTA-STS in enforce mode, DANE with a DANE-TA TLSA record, or a hand-configured &quot;encrypt and verify&quot; policy) will refuse to deliver and queue the mail instead.</source>
        <translation>大多數 MTA 使用機會性 TLS，仍會照常投遞；但驗證憑證的夥伴（enforce 模式的 MTA-STS、帶 DANE-TA TLSA 記錄的 DANE，或手動設定的「加密並驗證」原則）會拒絕投遞，改為將郵件留在佇列中。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="84"/>
        <source>The server certificate expired on %1</source>
        <translation>伺服器憑證已於 %1 過期</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="85"/>
        <source>Certificate %1 of the chain expired on %2</source>
        <translation>憑證鏈中的憑證 %1 已於 %2 過期</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="86"/>
        <source>%1 is no longer valid: it expired %2 day(s) ago. Clients that check certificates reject it. %3 Install a renewed certificate and reload the mail server.</source>
        <translation>%1 已不再有效：它已於 %2 天前過期。檢查憑證的用戶端會拒絕它。%3 請安裝續期後的憑證並重新載入郵件伺服器。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="95"/>
        <source>The server certificate is not valid before %1</source>
        <translation>伺服器憑證在 %1 之前無效</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="96"/>
        <source>Certificate %1 of the chain is not valid before %2</source>
        <translation>憑證鏈中的憑證 %1 在 %2 之前無效</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="97"/>
        <source>%1 only becomes valid on %2; until then verifying clients reject it. Either the certificate was installed too early or this machine&apos;s clock (or the server&apos;s) is wrong. %3</source>
        <translation>%1 要到 %2 才生效；在此之前，進行驗證的用戶端會拒絕它。要麼憑證安裝得太早，要麼本機（或伺服器）的時鐘不正確。%3</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="106"/>
        <source>The server certificate expires in %1 day(s)</source>
        <translation>伺服器憑證將在 %1 天後過期</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="107"/>
        <source>Certificate %1 of the chain expires in %2 day(s)</source>
        <translation>憑證鏈中的憑證 %1 將在 %2 天後過期</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="108"/>
        <source>%1 expires on %2, %3 day(s) from now. After that date verifying partners will refuse delivery; renew it now and check that the automatic renewal also reloads the mail server.</source>
        <translation>%1 將於 %2 過期，距今 %3 天。此後進行驗證的夥伴將拒絕投遞；請現在就續期，並檢查自動續期是否也會重新載入郵件伺服器。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="142"/>
        <source>The server certificate is self-signed</source>
        <translation>伺服器憑證是自簽的</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="143"/>
        <source>The certificate was signed with its own key, so no certificate authority vouches for it and no partner can check it is really yours. %1 A DANE-EE TLSA record (usage 3) that pins this key is the one way such a certificate is verified. Otherwise use a certificate from a public CA (e.g. Let&apos;s Encrypt).</source>
        <translation>該憑證用它自己的金鑰簽署，因此沒有任何憑證授權單位為它擔保，也沒有夥伴能夠核實它確實屬於你。%1 固定此金鑰的 DANE-EE TLSA 記錄（usage 3）是驗證此類憑證的唯一途徑。否則請使用公開 CA（例如 Let&apos;s Encrypt）簽發的憑證。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="154"/>
        <source>No path leads from the server certificate to a trusted root: verification fails with &quot;%1&quot;. The chain ends at an issuer that is neither sent nor trusted: a missing intermediate, or a private root this check was not given (see chain.intermediate_missing). %2</source>
        <translation>從伺服器憑證出發沒有路徑能到達受信任的根憑證：驗證失敗，錯誤為「%1」。憑證鏈止於一個既未傳送也不受信任的簽發者：缺少中繼憑證，或是一個未提供給本檢查的私有根憑證（見 chain.intermediate_missing）。%2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="160"/>
        <source>No path leads from the server certificate to a trusted root: verification fails with &quot;%1&quot;. The server sends an issuer certificate before its own certificate (see chain.order_wrong), and clients take the first one as the server certificate. %2</source>
        <translation>從伺服器憑證出發沒有路徑能到達受信任的根憑證：驗證失敗，錯誤為「%1」。伺服器在自己的憑證之前傳送了一個簽發者憑證（見 chain.order_wrong），而用戶端會把第一個憑證當作伺服器憑證。%2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="166"/>
        <source>No path leads from the server certificate to a trusted root: verification fails with &quot;%1&quot;. The chain ends in a root that is not among the trusted roots (a private CA?). %2</source>
        <translation>從伺服器憑證出發沒有路徑能到達受信任的根憑證：驗證失敗，錯誤為「%1」。憑證鏈止於一個不在受信任根憑證之列的根憑證（私有 CA？）。%2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="171"/>
        <source>No path leads from the server certificate to a trusted root: verification fails with &quot;%1&quot;. %2</source>
        <translation>從伺服器憑證出發沒有路徑能到達受信任的根憑證：驗證失敗，錯誤為「%1」。%2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="176"/>
        <source>The certificate chain is not trusted</source>
        <translation>憑證鏈不受信任</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="189"/>
        <source>The certificate carries no name of that kind.</source>
        <translation>該憑證不含此類名稱。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="190"/>
        <source>The certificate carries: %1.</source>
        <translation>該憑證包含：%1。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="192"/>
        <source>%1 It has no DNS subject alternative names, so only the common name could be compared; many clients no longer look at the common name at all.</source>
        <translation>%1 它沒有 DNS 類型的主體別名（SAN），因此只能比較一般名稱（CN）；許多用戶端已完全不再查看一般名稱。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="197"/>
        <source>The certificate does not cover %1</source>
        <translation>該憑證不涵蓋 %1</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="198"/>
        <source>Mail clients connect to %1 (the server name set in the user&apos;s account) and expect that name in the certificate. %2 %3 Add the name as a subject alternative name when the certificate is next issued.</source>
        <translation>郵件用戶端連線到 %1（使用者帳號中設定的伺服器名稱），並期望憑證中含有該名稱。%2 %3 請在下次簽發憑證時把該名稱加入主體別名（SAN）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="202"/>
        <source>Partners connect to %1 (the MX host) and expect that name in the certificate. %2 %3 Add the name as a subject alternative name when the certificate is next issued.</source>
        <translation>夥伴連線到 %1（MX 主機），並期望憑證中含有該名稱。%2 %3 請在下次簽發憑證時把該名稱加入主體別名（SAN）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="222"/>
        <source>Weak %1 key in certificate %2</source>
        <translation>憑證 %2 中的 %1 金鑰強度不足</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="223"/>
        <source>%1 has a %2-bit %3 key. Keys this short can be broken with enough computing power, and current OpenSSL-based clients at their default security level refuse them, so those partners fail the handshake or fall back to cleartext. Use RSA 2048 or more, or ECDSA P-256.</source>
        <translation>%1 使用 %2 位元的 %3 金鑰。這麼短的金鑰在足夠的算力下可以被破解，而目前基於 OpenSSL 的用戶端在預設安全等級下會拒絕它們，因此這些夥伴會交握失敗或回退到明文。請使用 2048 位元或以上的 RSA，或 ECDSA P-256。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="238"/>
        <source>Certificate %1 is signed with %2</source>
        <translation>憑證 %1 使用 %2 簽署</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="239"/>
        <source>%1 carries a %2 signature. %2 collisions can be forged, so such signatures prove little, and current clients reject them at their default security level. Have the certificate re-issued with SHA-256.</source>
        <translation>%1 帶有 %2 簽章。%2 碰撞可以被偽造，因此這種簽章幾乎證明不了什麼，而目前的用戶端在預設安全等級下會拒絕它們。請以 SHA-256 重新簽發該憑證。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="254"/>
        <source>The certificates are sent in the wrong order</source>
        <translation>憑證的傳送順序錯誤</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="255"/>
        <source>%1 TLS 1.2 requires the server certificate first and each following certificate to certify the one before it. Many clients sort the chain themselves, but strict or older ones fail verification.</source>
        <translation>%1 TLS 1.2 要求伺服器憑證排在最前，且其後的每個憑證都為前一個憑證作證明。許多用戶端會自行對憑證鏈排序，但嚴格的或較舊的用戶端會驗證失敗。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="270"/>
        <source>The chain the server sends ends at %1, whose issuer %2 is neither sent nor a root this check trusts. Either %2 is a private root (then the chain is complete; partners must have that root in their trust store, and --ca-file ROOT.pem shows whether the chain verifies against it), or it is a further intermediate of a public CA that is missing (then append it, after the others). The CA&apos;s bundle or the certificate&apos;s &quot;CA Issuers&quot; URL tells which. %3</source>
        <translation>伺服器傳送的憑證鏈止於 %1，其簽發者 %2 既未被傳送，也不是本檢查信任的根憑證。要麼 %2 是私有根憑證（那麼憑證鏈是完整的；夥伴必須在其信任庫中擁有該根憑證，--ca-file ROOT.pem 可顯示憑證鏈能否據此驗證通過），要麼它是某個公開 CA 缺少的另一張中繼憑證（那麼請把它附加在其他憑證之後）。CA 的憑證包或憑證中的「CA Issuers」URL 可以說明屬於哪種情況。%3</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="277"/>
        <source>The server does not send the certificate of %1, which issued %2, and it is not a trusted root either. Most often this is the CA&apos;s intermediate certificate: mail servers (Postfix, Exim, Sendmail) do not fetch missing intermediates as browsers sometimes do, so they cannot build a path to a trusted root. If %1 is instead a private root that signed the certificate directly, nothing is missing from the chain, but partners must trust that root (--ca-file ROOT.pem checks it). %3</source>
        <translation>伺服器沒有傳送 %1 的憑證（它簽發了 %2），而它也不是受信任的根憑證。這通常是 CA 的中繼憑證：郵件伺服器（Postfix、Exim、Sendmail）不會像瀏覽器有時那樣去取得缺少的中繼憑證，因此無法建立通往受信任根憑證的路徑。如果 %1 其實是直接簽發該憑證的私有根憑證，那麼憑證鏈並不缺什麼，但夥伴必須信任該根憑證（--ca-file ROOT.pem 可檢查這一點）。%3</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="286"/>
        <source>The chain ends at an issuer that is neither sent nor trusted</source>
        <translation>憑證鏈止於一個既未傳送也不受信任的簽發者</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="287"/>
        <source>An intermediate certificate is missing from the chain</source>
        <translation>憑證鏈中缺少一張中繼憑證</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="305"/>
        <source>%1 is sent by the server, but it is not part of the path from the server certificate to its root. It costs bytes in every handshake and can confuse clients that expect each certificate to certify the one before it. Remove it from the certificate file.</source>
        <translation>%1 由伺服器傳送，但它不在從伺服器憑證到其根憑證的路徑上。它在每次交握中都會佔用位元組，還可能讓期望每個憑證都為前一個憑證作證明的用戶端產生混淆。請將它從憑證檔案中刪除。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="310"/>
        <source>%1 is sent by the server, but it is a duplicate of certificate %2. It costs bytes in every handshake and can confuse clients that expect each certificate to certify the one before it. Remove it from the certificate file.</source>
        <translation>%1 由伺服器傳送，但它與憑證 %2 重複。它在每次交握中都會佔用位元組，還可能讓期望每個憑證都為前一個憑證作證明的用戶端產生混淆。請將它從憑證檔案中刪除。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="316"/>
        <source>Certificate %1 does not belong in the chain</source>
        <translation>憑證 %1 不應出現在憑證鏈中</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="341"/>
        <location filename="../core/diagnose/compare.cpp" line="368"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="354"/>
        <source>The chain includes its root certificate</source>
        <translation>憑證鏈包含了其根憑證</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="355"/>
        <source>%1 is the self-signed root the chain ends in. Clients trust a root because they already have it, never because the server sent it, so it only adds bytes to every handshake. It does no harm; you may leave it out of the certificate file.</source>
        <translation>%1 是憑證鏈末端的自簽根憑證。用戶端信任根憑證是因為它們本來就有，而不是因為伺服器傳送了它，所以它只會給每次交握增加位元組。它並無害處；你可以把它從憑證檔案中移除。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="383"/>
        <source>The key from %1 belongs to %2</source>
        <translation>來自 %1 的金鑰屬於%2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="384"/>
        <source>%1; the key from %2 belongs to %3</source>
        <translation>%1；來自 %2 的金鑰屬於%3</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="388"/>
        <source>The private key given does not belong to the server certificate (%1): a TLS server needs the key the certificate was issued for. Exim and Postfix cannot use such a pair; the TLS handshake fails or STARTTLS is not offered, and partners defer or deliver in cleartext. Use the key generated together with the certificate&apos;s CSR, or have the certificate re-issued for this key.</source>
        <translation>所給的私鑰不屬於伺服器憑證（%1）：TLS 伺服器需要該憑證簽發時所對應的金鑰。Exim 和 Postfix 無法使用這樣的一對；TLS 交握會失敗或不提供 STARTTLS，夥伴會延後投遞或以明文投遞。請使用與該憑證的 CSR 一同產生的金鑰，或為此金鑰重新簽發憑證。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="394"/>
        <source>The private key given does not belong to the server certificate (%1): a TLS server needs the key the certificate was issued for. Exim and Postfix cannot use such a pair; the TLS handshake fails or STARTTLS is not offered, and partners defer or deliver in cleartext. %2. Use the key generated together with the certificate&apos;s CSR, or have the certificate re-issued for this key.</source>
        <translation>所給的私鑰不屬於伺服器憑證（%1）：TLS 伺服器需要該憑證簽發時所對應的金鑰。Exim 和 Postfix 無法使用這樣的一對；TLS 交握會失敗或不提供 STARTTLS，夥伴會延後投遞或以明文投遞。%2。請使用與該憑證的 CSR 一同產生的金鑰，或為此金鑰重新簽發憑證。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="402"/>
        <source>The private key does not match the server certificate</source>
        <translation>私鑰與伺服器憑證不相符</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="429"/>
        <source>The file holds the newer certificate: most likely it was renewed but the mail server was not reloaded and still serves the old one. </source>
        <translation>檔案中是較新的憑證：最可能的情況是憑證已續期，但郵件伺服器沒有重新載入，仍在提供舊憑證。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="431"/>
        <source>The server serves the newer certificate: the file is an older copy, or the server reads its certificate from another path. </source>
        <translation>伺服器提供的是較新的憑證：該檔案是舊副本，或伺服器從另一路徑讀取其憑證。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="434"/>
        <source>The server was given another certificate than this file (a renewed certificate but no restart, or the reverse), or it reads another path. </source>
        <translation>伺服器拿到的是與此檔案不同的憑證（憑證已續期但未重新啟動，或者相反），或者它讀取的是另一路徑。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="438"/>
        <source>%1Both use the same key, as a renewal that keeps the key does. </source>
        <translation>%1兩者使用同一金鑰，保留金鑰的續期正是如此。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="442"/>
        <source>The server does not serve the certificate in %1</source>
        <translation>伺服器提供的不是 %1 中的憑證</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="443"/>
        <source>The certificate the server sent (%1, valid %2, SHA-256 %3) is not the one in %4 (%5, valid %6, SHA-256 %7). %8Reload the mail server after installing a certificate, and check which file its configuration names.</source>
        <translation>伺服器傳送的憑證（%1，有效期 %2，SHA-256 %3）不是 %4 中的那張（%5，有效期 %6，SHA-256 %7）。%8安裝憑證後請重新載入郵件伺服器，並檢查其設定中指定的是哪個檔案。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="16"/>
        <source>versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="17"/>
        <source>suites</source>
        <translation>加密套件</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="18"/>
        <source>preference</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="19"/>
        <source>groups</source>
        <translation>群組</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="20"/>
        <source>DH size</source>
        <translation>DH 大小</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="21"/>
        <source>certificate types</source>
        <translation>憑證類型</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="22"/>
        <source>chain</source>
        <translation>憑證鏈</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="23"/>
        <source>key sizes</source>
        <translation>金鑰長度</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="24"/>
        <source>validity</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="25"/>
        <source>findings</source>
        <translation>發現</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="168"/>
        <location filename="../core/diagnose/compare.cpp" line="170"/>
        <location filename="../core/diagnose/compare.cpp" line="207"/>
        <location filename="../core/diagnose/compare.cpp" line="210"/>
        <location filename="../core/diagnose/compare.cpp" line="271"/>
        <location filename="../core/diagnose/compare.cpp" line="273"/>
        <source>accepted</source>
        <translation>接受</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="168"/>
        <source>refused</source>
        <translation>拒絕</translation>
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
        <translation>未測試</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="207"/>
        <location filename="../core/diagnose/compare.cpp" line="271"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="239"/>
        <source>server order</source>
        <translation>伺服器順序</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="239"/>
        <source>client order</source>
        <translation>用戶端順序</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="244"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="244"/>
        <source>client decides</source>
        <translation>由用戶端決定</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="253"/>
        <source>%1 first choice</source>
        <translation>%1 首選</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="286"/>
        <location filename="../core/diagnose/compare.cpp" line="288"/>
        <source>%1 bits</source>
        <translation>%1 位元</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="286"/>
        <source>no DHE</source>
        <translation>無 DHE</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="293"/>
        <source>DH prime</source>
        <translation>DH 質數</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="301"/>
        <source>none seen</source>
        <translation>未見到</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="304"/>
        <source>no scan</source>
        <translation>無掃描</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="307"/>
        <source>served</source>
        <translation>提供的</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="334"/>
        <source>not served</source>
        <translation>未提供</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="336"/>
        <source>not in this report</source>
        <translation>不在此報告中</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="338"/>
        <source>not seen</source>
        <translation>未見到</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="343"/>
        <source>%1 chain</source>
        <translation>%1 憑證鏈</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="349"/>
        <source>%1 leaf names</source>
        <translation>%1 葉憑證名稱</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="353"/>
        <source>%1 leaf SHA-256</source>
        <translation>%1 葉憑證 SHA-256</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="359"/>
        <source>%1 keys</source>
        <translation>%1 金鑰</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="367"/>
        <source>%1 leaf validity</source>
        <translation>%1 葉憑證有效期</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="392"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="394"/>
        <source>not checked</source>
        <translation>未檢查</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="418"/>
        <source>1 suite, not in every report</source>
        <translation>1 個套件，並非每個報告都有</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="419"/>
        <source>%1 suites, not in every report</source>
        <translation>%1 個套件，並非每個報告都有</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="420"/>
        <source>1 suite</source>
        <translation>1 個套件</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="420"/>
        <source>%1 suites</source>
        <translation>%1 個套件</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="521"/>
        <source>%1 could not be examined (%2): its column is empty.</source>
        <translation>%1 無法檢查（%2）：其欄為空。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="524"/>
        <source>%1 is a %2 report without a scan: versions, suites and groups show only what its one handshake negotiated; preference and certificate types are not compared.</source>
        <translation>%1 是不含掃描的 %2 報告：版本、套件和群組僅顯示其單次交握協商的結果；不比較優先順序和憑證類型。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="528"/>
        <source>%1 holds the chain of its first certificate type only (a saved report keeps one chain): the other types&apos; chains are not compared.</source>
        <translation>%1 僅包含其第一種憑證類型的憑證鏈（儲存的報告只保留一條憑證鏈）：不比較其他類型的憑證鏈。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="537"/>
        <source>%1 is a scan: session findings (STARTTLS, AUTH, certificate trust) were not checked there.</source>
        <translation>%1 是掃描：其中未檢查工作階段發現（STARTTLS、AUTH、憑證信任）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="165"/>
        <source>The MX records of %1 fail DNSSEC validation</source>
        <translation>%1 的 MX 記錄未通過 DNSSEC 驗證</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="166"/>
        <source>A validating resolver withholds bogus answers, so every sender behind one (most large providers, every DANE sender) cannot find where to deliver and keeps the mail queued until it bounces. Senders without validation still deliver, which hides the problem.</source>
        <translation>驗證型解析器會扣下偽造（bogus）的回應，因此其後的每個寄件端（大多數大型服務商、所有 DANE 寄件端）都找不到投遞目標，郵件會一直留在佇列中直到退信。不做驗證的寄件端仍能投遞，這會掩蓋問題。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="174"/>
        <source>The MX lookup for %1 failed</source>
        <translation>%1 的 MX 查詢失敗</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="175"/>
        <source>Senders treat a failed lookup as temporary and retry; while it lasts no mail arrives. A SERVFAIL from a validating resolver can also mean the answer was bogus: ask a non-validating resolver (dig +cd) to tell the two apart.</source>
        <translation>寄件端會把失敗的查詢視為暫時性錯誤並重試；在此期間收不到任何郵件。驗證型解析器傳回的 SERVFAIL 也可能表示回應是偽造（bogus）的：請向不做驗證的解析器查詢（dig +cd）以區分這兩種情況。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="183"/>
        <source>%1 does not exist in DNS</source>
        <translation>%1 在 DNS 中不存在</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="184"/>
        <source>The resolver answered NXDOMAIN: senders bounce mail for this domain at once.</source>
        <translation>解析器傳回 NXDOMAIN：寄件端會立即退回寄往該網域的郵件。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="190"/>
        <source>%1 publishes a null MX: it accepts no mail</source>
        <translation>%1 發布了空 MX：不接收任何郵件</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="191"/>
        <source>A single MX &quot;0 .&quot; (RFC 7505) tells senders not to try; they bounce mail at once. Fine for a domain that sends only; a mistake if it should receive.</source>
        <translation>單一 MX「0 .」（RFC 7505）告訴寄件端不要嘗試投遞；它們會立即退信。對只寄信的網域沒有問題；若該網域需要收信則是設定錯誤。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="200"/>
        <source>%1 has no MX record; senders use its own address</source>
        <translation>%1 沒有 MX 記錄；寄件端使用其自身位址</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="201"/>
        <source>Without MX records, senders deliver to the domain&apos;s A/AAAA addresses (RFC 5321 §5.1). It works, but an explicit MX record says what is meant and lets DANE and MTA-STS name the mail host.</source>
        <translation>沒有 MX 記錄時，寄件端會投遞到該網域的 A/AAAA 位址（RFC 5321 §5.1）。這樣可行，但明確的 MX 記錄能表明意圖，並讓 DANE 和 MTA-STS 能指明郵件主機。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="207"/>
        <source>%1 has neither MX nor address records</source>
        <translation>%1 既沒有 MX 記錄也沒有位址記錄</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="208"/>
        <source>Senders have nowhere to deliver and bounce the mail.</source>
        <translation>寄件端無處投遞，只能退信。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="226"/>
        <source>The addresses of MX host %1 fail DNSSEC validation</source>
        <translation>MX 主機 %1 的位址未通過 DNSSEC 驗證</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="227"/>
        <source>Senders behind a validating resolver cannot reach this host and move on to the next MX, or keep the mail queued when there is none.</source>
        <translation>使用驗證型解析器的寄件端無法連到該主機，會轉向下一個 MX；若沒有其他 MX，則把郵件留在佇列中。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="235"/>
        <source>No MX host of %1 has an address</source>
        <translation>%1 的所有 MX 主機都沒有位址</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="236"/>
        <source>%1 MX host(s) have no address</source>
        <translation>%1 個 MX 主機沒有位址</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="237"/>
        <source>An MX host without A or AAAA records cannot be reached; senders skip it, and with no host left they keep the mail queued.</source>
        <translation>沒有 A 或 AAAA 記錄的 MX 主機無法連線；寄件端會略過它，當沒有主機可用時，郵件會留在佇列中。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="239"/>
        <source>An MX host without A or AAAA records cannot be reached; senders skip it.</source>
        <translation>沒有 A 或 AAAA 記錄的 MX 主機無法連線；寄件端會略過它。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="243"/>
        <source>An MX record points at an alias (CNAME)</source>
        <translation>MX 記錄指向別名（CNAME）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="244"/>
        <source>RFC 2181 §10.3 and RFC 5321 §5.1 require an MX to name a host with its own address records. Most senders follow the alias anyway, but some refuse, and DANE senders look for TLSA records under the alias&apos;s target name first, which surprises many.</source>
        <translation>RFC 2181 §10.3 和 RFC 5321 §5.1 要求 MX 指向擁有自身位址記錄的主機。大多數寄件端仍會跟隨別名，但有些會拒絕；而 DANE 寄件端會先在別名的目標名稱下查找 TLSA 記錄，這常常出人意料。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="250"/>
        <source>%1 MX host(s) were not checked</source>
        <translation>%1 個 MX 主機未檢查</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="251"/>
        <source>Only the first hosts by preference are checked; the rest are listed.</source>
        <translation>僅檢查按優先順序排在前面的主機；其餘主機僅列出。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="280"/>
        <source>%1 of %2 MX addresses could not be reached on port 25</source>
        <translation>%2 個 MX 位址中有 %1 個無法透過 25 連接埠連線</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="281"/>
        <source>Senders skip an address they cannot connect to. From here it may also be a firewall on this side (many networks block outgoing port 25): check from another network before changing the server.</source>
        <translation>寄件端會略過無法連線的位址。從這裡看，也可能是本端的防火牆所致（許多網路會封鎖輸出的 25 連接埠）：在修改伺服器之前，請從其他網路再檢查一次。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="287"/>
        <source>%1 of %2 MX addresses offer no TLS</source>
        <translation>%2 個 MX 位址中有 %1 個不提供 TLS</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="288"/>
        <source>Opportunistic senders deliver to these in cleartext; DANE and enforcing MTA-STS senders refuse them and try other MX addresses or keep the mail queued.</source>
        <translation>機會性寄件端會以明文投遞到這些位址；DANE 寄件端和強制執行 MTA-STS 的寄件端會拒絕它們，改為嘗試其他 MX 位址，或把郵件留在佇列中。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="293"/>
        <source>The TLS handshake fails at %1 of %2 MX addresses</source>
        <translation>%2 個 MX 位址中有 %1 個 TLS 交握失敗</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="294"/>
        <source>Most opportunistic senders then retry in cleartext (Exim&apos;s tls_tempfail_tryclear, Postfix at level may); DANE and MTA-STS senders defer. The session of each address shows the handshake.</source>
        <translation>大多數機會性寄件端隨後會以明文重試（Exim 的 tls_tempfail_tryclear、Postfix 的 may 等級）；DANE 和 MTA-STS 寄件端則會延後投遞。每個位址的工作階段中可以看到交握過程。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="300"/>
        <source>%1 of %2 MX addresses serve a certificate not valid for the MX name</source>
        <translation>%2 個 MX 位址中有 %1 個提供的憑證對 MX 名稱無效</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="302"/>
        <source>Opportunistic senders do not check names; MTA-STS senders in enforce mode refuse the host, and DANE-TA records need the name too (DANE-EE records do not).</source>
        <translation>機會性寄件端不檢查名稱；enforce 模式下的 MTA-STS 寄件端會拒絕該主機，DANE-TA 記錄同樣需要名稱相符（DANE-EE 記錄不需要）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="307"/>
        <source>%1 of %2 MX addresses serve a chain that does not verify</source>
        <translation>%2 個 MX 位址中有 %1 個提供的憑證鏈無法驗證</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="308"/>
        <source>Opportunistic and DANE senders do not need a public CA; MTA-STS senders in enforce mode do, and refuse the host.</source>
        <translation>機會性寄件端和 DANE 寄件端不需要公開 CA；enforce 模式下的 MTA-STS 寄件端則需要，並會拒絕該主機。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="342"/>
        <source>Addresses of one MX host serve different certificates or TLS versions</source>
        <translation>同一 MX 主機的各位址提供不同的憑證或 TLS 版本</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="343"/>
        <source>The nodes behind one name should be configured alike; a difference usually means one node missed a certificate renewal or a configuration change. Partners see the failure only when they reach that node, which makes it look random.</source>
        <translation>同一名稱後面的各節點應設定一致；出現差異通常表示某個節點漏掉了憑證更新或設定變更。合作夥伴只有在連到該節點時才會遇到故障，因此看起來像是隨機發生的。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="377"/>
        <source>%1 (%2 of %3 MX addresses)</source>
        <translation>%1（%3 個 MX 位址中的 %2 個）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="396"/>
        <source>The TLSA records of %1 fail DNSSEC validation</source>
        <translation>%1 的 TLSA 記錄未通過 DNSSEC 驗證</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="397"/>
        <source>Every DANE sender (Postfix at level dane, Exim with hosts_try_dane or hosts_require_dane) treats the host as unusable and keeps mail for it queued until it bounces. Fix the signatures first: nothing else here matters to those senders until this is fixed.</source>
        <translation>每個 DANE 寄件端（dane 等級的 Postfix、啟用 hosts_try_dane 或 hosts_require_dane 的 Exim）都會把該主機視為不可用，並把寄往它的郵件留在佇列中直到退信。請先修正簽章：在修正之前，這裡的其他問題對這些寄件端都無關緊要。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="408"/>
        <source>The TLSA lookup for %1 fails</source>
        <translation>%1 的 TLSA 查詢失敗</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="409"/>
        <source>The MX host&apos;s addresses are signed, so DANE senders must know whether TLSA records exist; a failing lookup makes them defer (RFC 7672 §2.2). Some signed zones&apos; servers fail on TLSA queries.</source>
        <translation>該 MX 主機的位址已簽署，因此 DANE 寄件端必須知道是否存在 TLSA 記錄；查詢失敗會使它們延後投遞（RFC 7672 §2.2）。有些已簽署區域的伺服器在處理 TLSA 查詢時會出錯。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="421"/>
        <source>%1 TLSA record(s) of %2 cannot be read</source>
        <translation>%2 的 %1 筆 TLSA 記錄無法讀取</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="422"/>
        <source>Senders ignore records they cannot read.</source>
        <translation>寄件端會忽略無法讀取的記錄。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="426"/>
        <source>The TLSA records of %1 are not signed (DNSSEC %2)</source>
        <translation>%1 的 TLSA 記錄未簽署（DNSSEC %2）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="428"/>
        <source>Without DNSSEC a TLSA record proves nothing, so no sender uses it: DANE senders deliver with unauthenticated TLS as if there were none.</source>
        <translation>沒有 DNSSEC，TLSA 記錄什麼也證明不了，因此沒有寄件端會使用它：DANE 寄件端會像沒有該記錄一樣，使用未經驗證的 TLS 投遞。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="437"/>
        <source>TLSA for %1 is signed, but the host&apos;s addresses are not</source>
        <translation>%1 的 TLSA 已簽署，但該主機的位址未簽署</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="438"/>
        <source>DANE senders look for TLSA only when the MX host&apos;s A/AAAA records are DNSSEC-secure (RFC 7672 §2.2.2); here they are not, so the TLSA records are never used.</source>
        <translation>只有當 MX 主機的 A/AAAA 記錄經 DNSSEC 驗證為安全時，DANE 寄件端才會查找 TLSA（RFC 7672 §2.2.2）；此處並非如此，因此這些 TLSA 記錄永遠不會被使用。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="465"/>
        <source>No TLSA record of %1 is usable for SMTP</source>
        <translation>%1 的 TLSA 記錄均不能用於 SMTP</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="466"/>
        <source>Some TLSA records of %1 are not usable for SMTP</source>
        <translation>%1 的部分 TLSA 記錄不能用於 SMTP</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="467"/>
        <source>RFC 7672 §3.1.3: SMTP senders ignore usages 0 (PKIX-TA) and 1 (PKIX-EE), since MX hosts have no agreed CA set. With only those, DANE senders insist on TLS but do not authenticate it.</source>
        <translation>RFC 7672 §3.1.3：SMTP 寄件端會忽略用途 0（PKIX-TA）和 1（PKIX-EE），因為 MX 主機沒有公認的 CA 集合。若只有這類記錄，DANE 寄件端會堅持使用 TLS，但不對其進行驗證。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="470"/>
        <source>RFC 7672 §3.1.3: SMTP senders ignore usages 0 (PKIX-TA) and 1 (PKIX-EE), since MX hosts have no agreed CA set. </source>
        <translation>RFC 7672 §3.1.3：SMTP 寄件端會忽略用途 0（PKIX-TA）和 1（PKIX-EE），因為 MX 主機沒有公認的 CA 集合。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="478"/>
        <source>TLSA records of %1 use a less robust form</source>
        <translation>%1 的 TLSA 記錄使用了不夠穩健的形式</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="479"/>
        <source>3 1 1 (the key&apos;s SHA-256) survives certificate renewals with the same key; 3 0 x changes with every certificate, and matching type 0 publishes whole data.</source>
        <translation>3 1 1（金鑰的 SHA-256）在使用同一金鑰更新憑證時仍然有效；3 0 x 會隨每張憑證改變，而比對類型 0 會發布完整資料。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="485"/>
        <source>%1 publishes one DANE-EE record and nothing for the next key</source>
        <translation>%1 只發布了一筆 DANE-EE 記錄，沒有為下一個金鑰準備記錄</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="486"/>
        <source>The day the key changes, DANE senders defer until a new record is published and cached copies expire. Publish the next key&apos;s 3 1 1 record now (or a 2 1 1 for the issuing CA) so a key change is a non-event.</source>
        <translation>金鑰更換當天，DANE 寄件端會延後投遞，直到新記錄發布且快取副本過期。請現在就發布下一個金鑰的 3 1 1 記錄（或為簽發 CA 發布 2 1 1 記錄），讓更換金鑰不再是個問題。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="512"/>
        <source>%1 serves a certificate its TLSA records do not match</source>
        <translation>%1 提供的憑證與其 TLSA 記錄不相符</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="513"/>
        <source>DANE senders refuse these addresses and keep the mail queued when no other MX works. The usual cause is a certificate renewed with a new key while the TLSA records still name the old one.</source>
        <translation>DANE 寄件端會拒絕這些位址；若沒有其他可用的 MX，郵件會留在佇列中。常見原因是憑證更新時換了新金鑰，而 TLSA 記錄仍指向舊金鑰。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="524"/>
        <source>%1 publishes TLSA records but gives no TLS</source>
        <translation>%1 發布了 TLSA 記錄，卻不提供 TLS</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="525"/>
        <source>With secure TLSA records a DANE sender requires TLS and will not fall back to cleartext: mail to these addresses waits in its queue.</source>
        <translation>存在安全的 TLSA 記錄時，DANE 寄件端要求使用 TLS，且不會退回明文：寄往這些位址的郵件會在其佇列中等待。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="531"/>
        <source>No MX host of %1 publishes DANE</source>
        <translation>%1 的 MX 主機均未發布 DANE</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="532"/>
        <source>DANE senders deliver with unauthenticated TLS, which an attacker on the path can strip or intercept. Publishing TLSA records in a signed zone closes that.</source>
        <translation>DANE 寄件端會使用未經驗證的 TLS 投遞，路徑上的攻擊者可以剝除或攔截它。在已簽署區域中發布 TLSA 記錄即可堵住這個漏洞。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="581"/>
        <source>The MTA-STS record lookup failed</source>
        <translation>MTA-STS 記錄查詢失敗</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="582"/>
        <source>Senders that already cached a policy keep using it; others treat the domain as without MTA-STS until the lookup works.</source>
        <translation>已快取原則的寄件端會繼續使用它；其他寄件端在查詢恢復正常之前，會把該網域視為沒有 MTA-STS。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="590"/>
        <source>%1 publishes no MTA-STS policy</source>
        <translation>%1 未發布 MTA-STS 原則</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="591"/>
        <source>Senders that implement MTA-STS (the large mailbox providers) deliver with opportunistic TLS, which an attacker on the path can strip.</source>
        <translation>實作了 MTA-STS 的寄件端（大型信箱服務商）會使用機會性 TLS 投遞，路徑上的攻擊者可以將其剝除。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="600"/>
        <source>%1 publishes %2 MTA-STS records</source>
        <translation>%1 發布了 %2 筆 MTA-STS 記錄</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="601"/>
        <source>RFC 8461 §3.1: with more than one v=STSv1 record, senders must assume the domain has no policy at all — the protection is silently off. This often happens when a new record is added for a policy change instead of the old one being replaced.</source>
        <translation>RFC 8461 §3.1：存在多筆 v=STSv1 記錄時，寄件端必須認為該網域根本沒有原則——保護被悄悄關閉。這通常發生在修改原則時新增了一筆記錄，而沒有取代舊記錄。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="608"/>
        <source>The MTA-STS record of %1 is not valid</source>
        <translation>%1 的 MTA-STS 記錄無效</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="609"/>
        <source>Senders treat a record they cannot parse as no policy (RFC 8461 §3.1).</source>
        <translation>寄件端會把無法剖析的記錄視為沒有原則（RFC 8461 §3.1）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="621"/>
        <source>The MTA-STS policy URL redirects</source>
        <translation>MTA-STS 原則 URL 發生重新導向</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="622"/>
        <source>RFC 8461 §3.3: senders must not follow redirects, so they get no policy. Serve the file itself at that exact URL.</source>
        <translation>RFC 8461 §3.3：寄件端不得跟隨重新導向，因此拿不到原則。請在該 URL 上直接提供檔案本身。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="631"/>
        <source>The certificate of %1 is not valid</source>
        <translation>%1 的憑證無效</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="632"/>
        <source>Senders fetch the policy only over verified HTTPS (RFC 8461 §3.3); with this certificate they get no policy, and the domain is unprotected.</source>
        <translation>寄件端只透過經過驗證的 HTTPS 取得原則（RFC 8461 §3.3）；使用這張憑證時它們拿不到原則，該網域因此不受保護。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="639"/>
        <source>The MTA-STS policy is too large</source>
        <translation>MTA-STS 原則過大</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="640"/>
        <source>A policy is a few lines; this body is longer than %1 bytes, so it was not read. Senders bound the size too and will not use it.</source>
        <translation>原則只有幾行；此內容超過 %1 位元組，因此未被讀取。寄件端同樣限制大小，不會使用它。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="648"/>
        <source>The MTA-STS policy could not be fetched</source>
        <translation>無法取得 MTA-STS 原則</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="649"/>
        <source>The TXT record announces a policy, but there is none to get: new senders treat the domain as without MTA-STS; senders with a cached policy keep enforcing the old one until its max_age runs out.</source>
        <translation>TXT 記錄宣告了原則，卻取得不到：新的寄件端會把該網域視為沒有 MTA-STS；已快取原則的寄件端會繼續執行舊原則，直到其 max_age 到期。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="659"/>
        <source>The MTA-STS policy is served as %1, not text/plain</source>
        <translation>MTA-STS 原則以 %1 而非 text/plain 提供</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="660"/>
        <source>RFC 8461 §3.3 requires text/plain; strict senders discard a policy of another type.</source>
        <translation>RFC 8461 §3.3 要求 text/plain；嚴格的寄件端會捨棄其他類型的原則。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="667"/>
        <source>The MTA-STS policy has errors</source>
        <translation>MTA-STS 原則有錯誤</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="668"/>
        <source>Senders discard a policy they cannot parse, which leaves the domain unprotected.</source>
        <translation>寄件端會捨棄無法剖析的原則，使該網域失去保護。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="676"/>
        <source>The MTA-STS policy is in testing mode</source>
        <translation>MTA-STS 原則處於 testing 模式</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="677"/>
        <source>Senders check it and report failures (to the TLS-RPT address), but deliver anyway. Switch to enforce once the reports are clean.</source>
        <translation>寄件端會依它檢查並（向 TLS-RPT 位址）回報失敗，但仍會投遞。報告中沒有問題後，請切換到 enforce。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="681"/>
        <source>The MTA-STS policy is switched off</source>
        <translation>MTA-STS 原則已關閉</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="682"/>
        <source>mode: none tells senders to forget the policy: the usual way to retire it.</source>
        <translation>mode: none 告訴寄件端忘掉該原則：這是停用原則的常規做法。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="686"/>
        <source>The MTA-STS policy is cached for only %1 seconds</source>
        <translation>MTA-STS 原則僅快取 %1 秒</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="687"/>
        <source>A short max_age means senders fetch the policy again often, and an attacker who can block that fetch gets the domain treated as unprotected sooner. RFC 8461 suggests weeks (e.g. 604800 or more).</source>
        <translation>max_age 過短表示寄件端會頻繁重新取得原則，能阻斷該取得動作的攻擊者可以更快地讓該網域被視為不受保護。RFC 8461 建議設為數週（例如 604800 或更長）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="722"/>
        <source>The MTA-STS policy does not cover MX host %1</source>
        <translation>MTA-STS 原則未涵蓋 MX 主機 %1</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="723"/>
        <source>In enforce mode, senders refuse every MX host no mx: pattern matches; when none is left, mail waits in their queues and then bounces.</source>
        <translation>在 enforce 模式下，寄件端會拒絕所有不符合任何 mx: 模式的 MX 主機；若沒有主機可用，郵件會在其佇列中等待，隨後退信。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="725"/>
        <source>In testing mode senders deliver anyway and report the failure; switching to enforce now would refuse these hosts.</source>
        <translation>在 testing 模式下，寄件端仍會投遞並回報該失敗；現在切換到 enforce 將會拒絕這些主機。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="733"/>
        <source>%1 MX address(es) would fail MTA-STS certificate checks</source>
        <translation>%1 個 MX 位址將無法通過 MTA-STS 憑證檢查</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="734"/>
        <source>In enforce mode, senders require TLS with a certificate that chains to a public CA and is valid for the MX name; these addresses fail that, so mail routed to them waits in the senders&apos; queues.</source>
        <translation>在 enforce 模式下，寄件端要求使用 TLS，且憑證須能鏈結到公開 CA 並對 MX 名稱有效；這些位址不符合要求，因此路由到它們的郵件會在寄件端的佇列中等待。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="737"/>
        <source>In testing mode senders deliver anyway and report it; in enforce mode these addresses would be refused.</source>
        <translation>在 testing 模式下，寄件端仍會投遞並回報此問題；在 enforce 模式下，這些位址將被拒絕。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="747"/>
        <source>mx: patterns that match no MX host</source>
        <translation>不符合任何 MX 主機的 mx: 模式</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="748"/>
        <source>Left over from an old MX set, or a typo of the intended name. They do no harm by themselves but make the policy harder to trust.</source>
        <translation>可能是舊 MX 集合的遺留，或預期名稱的拼寫錯誤。它們本身無害，但會讓原則更難以讓人信賴。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="767"/>
        <source>%1 publishes no TLS-RPT address</source>
        <translation>%1 未發布 TLS-RPT 位址</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="768"/>
        <source>Senders that fail TLS, DANE or MTA-STS checks toward this domain have nowhere to report it (RFC 8460), so failures stay invisible to you.</source>
        <translation>對該網域的 TLS、DANE 或 MTA-STS 檢查失敗的寄件端無處回報（RFC 8460），因此您看不到這些失敗。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="775"/>
        <source>%1 publishes %2 TLS-RPT records</source>
        <translation>%1 發布了 %2 筆 TLS-RPT 記錄</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="776"/>
        <source>RFC 8460 §3: with more than one record, senders send no reports.</source>
        <translation>RFC 8460 §3：存在多筆記錄時，寄件端不會傳送報告。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="782"/>
        <source>The TLS-RPT record of %1 is not valid</source>
        <translation>%1 的 TLS-RPT 記錄無效</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="783"/>
        <source>Senders ignore a record they cannot parse, so no reports arrive.</source>
        <translation>寄件端會忽略無法剖析的記錄，因此收不到任何報告。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="25"/>
        <source>No cipher suite in common</source>
        <translation>沒有共同的加密套件</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="26"/>
        <source>The two TLS libraries found no suite both accept. Either the partner offers only suites this side has disabled (RSA key exchange, 3DES, RC4, CBC), or the certificate type does not fit the partner&apos;s suites (an ECDSA-only certificate meets an RSA-only partner): both are logged with the same words. A scan of the server shows its certificate types; a simulation with the partner&apos;s cipher list shows which one it is.</source>
        <translation>兩個 TLS 函式庫找不到雙方都接受的套件。要麼對方只提供本端已停用的套件（RSA 金鑰交換、3DES、RC4、CBC），要麼憑證類型與對方的套件不相符（僅 ECDSA 的憑證遇到僅支援 RSA 的對方）：兩者在日誌中的措辭相同。掃描伺服器可顯示其憑證類型；用對方的加密清單進行模擬可顯示是哪一種情況。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="31"/>
        <source>Diffie-Hellman prime too small for the client</source>
        <translation>Diffie-Hellman 質數對用戶端而言太小</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="32"/>
        <source>The client refused the server&apos;s DHE prime as too short (GnuTLS clients want at least 2048 bits at their normal level, OpenSSL 3 at security level 2 as well). Inbound, our server&apos;s DH parameters are too small; outbound, the partner&apos;s are. ECDHE suites, or 2048-bit DH parameters, avoid it (compat.dh_too_small when simulated).</source>
        <translation>用戶端認為伺服器的 DHE 質數太短而拒絕（GnuTLS 用戶端在一般等級下要求至少 2048 位元，OpenSSL 3 在安全等級 2 下也是如此）。入站時是我方伺服器的 DH 參數太小；出站時是對方的。使用 ECDHE 套件或 2048 位元 DH 參數可避免（模擬時為 compat.dh_too_small）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="36"/>
        <source>Certificate issuer not trusted</source>
        <translation>憑證簽發者不受信任</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="37"/>
        <source>The verifying side does not trust the certificate&apos;s issuer: a self-signed certificate, a private CA, or a chain that lacks its intermediate certificate (chain.intermediate_missing reads the same in a log). The served chain tells which.</source>
        <translation>驗證方不信任憑證的簽發者：自簽憑證、私有 CA，或缺少中繼憑證的憑證鏈（chain.intermediate_missing 在日誌中的表述相同）。所提供的憑證鏈可說明是哪一種。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="41"/>
        <source>Certificate verification failed</source>
        <translation>憑證驗證失敗</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="42"/>
        <source>Verification failed and the log does not say why: an untrusted issuer, a missing intermediate, an expired certificate or a name that does not match the host all end here. A session against the host shows each check.</source>
        <translation>驗證失敗，日誌未說明原因：不受信任的簽發者、缺少中繼憑證、憑證過期或名稱與主機不符都會出現在這裡。對該主機進行一次工作階段可顯示每項檢查。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="45"/>
        <source>Certificate expired</source>
        <translation>憑證已過期</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="46"/>
        <source>The certificate (or one in its chain) was past its notAfter date when the handshake ran.</source>
        <translation>交握時該憑證（或其憑證鏈中的某個憑證）已超過 notAfter 日期。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="48"/>
        <source>Unexpected record version</source>
        <translation>非預期的記錄版本</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="49"/>
        <source>One side read a record it did not expect. Most often the other side spoke no TLS at that moment (plaintext after STARTTLS, or STARTTLS against an implicit-TLS port); sometimes the versions do not overlap. A session from here shows what the server sends.</source>
        <translation>一方讀到了非預期的記錄。最常見的是另一方當時沒有使用 TLS（STARTTLS 之後仍為明文，或對隱式 TLS 埠使用 STARTTLS）；有時是版本沒有交集。從這裡發起一次工作階段可顯示伺服器傳送的內容。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="53"/>
        <source>No TLS version in common</source>
        <translation>沒有共同的 TLS 版本</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="54"/>
        <source>The two sides share no TLS version: one requires a version the other lacks (TLS 1.0/1.1 switched off on one side, a partner that knows only TLS 1.0, or TLS 1.3 only).</source>
        <translation>雙方沒有共同的 TLS 版本：一方要求另一方不具備的版本（一方關閉了 TLS 1.0/1.1、對方只支援 TLS 1.0，或僅支援 TLS 1.3）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="57"/>
        <source>No signature algorithm in common</source>
        <translation>沒有共同的簽章演算法</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="58"/>
        <source>No signature algorithm both sides accept for the certificate&apos;s key: an ECDSA-only or RSA-PSS certificate with a client that does not list it, or a SHA-1-only client against OpenSSL 3.</source>
        <translation>沒有雙方都接受的、適用於該憑證金鑰的簽章演算法：僅 ECDSA 或 RSA-PSS 的憑證遇到未列出它的用戶端，或僅支援 SHA-1 的用戶端對接 OpenSSL 3。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="61"/>
        <source>Handshake failure alert</source>
        <translation>交握失敗警示</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="62"/>
        <source>The peer ended the handshake with a handshake_failure alert, which several causes share: no suite in common, no signature algorithm in common, a certificate type it cannot use, or a client certificate it required. The alert alone does not tell them apart; a simulation with the partner&apos;s offer does.</source>
        <translation>對端以 handshake_failure 警示結束了交握，多種原因都會如此：沒有共同的套件、沒有共同的簽章演算法、無法使用的憑證類型，或要求了用戶端憑證。僅憑該警示無法區分；用對方的提議進行模擬可以區分。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="66"/>
        <source>Handshake timed out</source>
        <translation>交握逾時</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="67"/>
        <source>The handshake did not finish in time: a slow or overloaded peer, a packet filter dropping large records, or a client that stalled. Not a TLS setting as such.</source>
        <translation>交握未能及時完成：對端緩慢或過載、封包過濾器丟棄大記錄，或用戶端停滯。這本身不是 TLS 設定問題。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="70"/>
        <source>Connection closed during the handshake</source>
        <translation>交握期間連線被關閉</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="71"/>
        <source>The connection ended during the handshake without a TLS reason at this end: the peer gave up (its own verification or cipher failure, logged only on its side), a middlebox cut it, or the network dropped. The partner&apos;s log holds the reason; a session from here shows whether it happens to us too.</source>
        <translation>連線在交握期間結束，本端沒有 TLS 原因：對端放棄了（其自身的驗證或加密失敗，只記錄在對端日誌中）、中間設備切斷了連線，或網路中斷。對方的日誌記錄了原因；從這裡發起一次工作階段可顯示我方是否也會遇到。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="75"/>
        <source>Not TLS</source>
        <translation>不是 TLS</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="76"/>
        <source>Bytes that are not TLS arrived where a handshake was expected: a scanner, an HTTP client, or a client speaking TLS at once to a STARTTLS port (or the other way round).</source>
        <translation>在預期交握的位置收到了非 TLS 位元組：掃描器、HTTP 用戶端，或直接對 STARTTLS 埠使用 TLS 的用戶端（或反之）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="79"/>
        <source>TLS required but not offered</source>
        <translation>要求 TLS 但未提供</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="80"/>
        <source>One side required TLS and the other did not offer STARTTLS (or a middlebox removed it from the EHLO answer).</source>
        <translation>一方要求 TLS，而另一方未提供 STARTTLS（或中間設備從 EHLO 回應中刪除了它）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="82"/>
        <source>Peer required TLS</source>
        <translation>對端要求 TLS</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="83"/>
        <source>The other side refused to go on without TLS, and TLS was not started.</source>
        <translation>另一方拒絕在沒有 TLS 的情況下繼續，而 TLS 未啟動。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="85"/>
        <source>Other TLS failure</source>
        <translation>其他 TLS 失敗</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="86"/>
        <source>A TLS failure whose words this version does not sort; the example line says what the library reported.</source>
        <translation>本版本無法歸類其措辭的 TLS 失敗；範例行顯示了函式庫回報的內容。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="179"/>
        <source>start from the saved scan</source>
        <translation>以儲存的掃描為起點</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="181"/>
        <source>drop %1</source>
        <translation>停用 %1</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="183"/>
        <source>suites &apos;%1&apos;</source>
        <translation>套件「%1」</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="185"/>
        <source>serve only %1</source>
        <translation>只提供 %1</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="187"/>
        <source>DH prime %1 bits</source>
        <translation>DH 質數 %1 位元</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="189"/>
        <source>no change</source>
        <translation>無變更</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="192"/>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="216"/>
        <source>the cipher list &apos;%1&apos; names no suite the catalog knows</source>
        <translation>加密清單「%1」中沒有目錄已知的套件</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="221"/>
        <source>names not in the catalog were left out: %1</source>
        <translation>已略去目錄中沒有的名稱：%1</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="238"/>
        <source>an OpenSSL cipher list does not govern TLS 1.3 suites (Postfix: tls_high_cipherlist / OpenSSL Ciphersuites); TLS 1.3 was simulated with no suite</source>
        <translation>OpenSSL 加密清單不管理 TLS 1.3 套件（Postfix：tls_high_cipherlist / OpenSSL Ciphersuites）；TLS 1.3 按沒有套件進行了模擬</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="251"/>
        <source>certificate types are the server&apos;s: outbound, the partner&apos;s certificate decides</source>
        <translation>憑證類型由伺服器決定：出站時由對方的憑證決定</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="278"/>
        <source>%1; %2 suites; certificates %3; DH %4 bits (from the saved scan)</source>
        <translation>%1；%2 個套件；憑證 %3；DH %4 位元（來自儲存的掃描）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="279"/>
        <source>%1; %2 suites; certificates %3; DH %4 bits (what the change leaves of a server that accepts every suite)</source>
        <translation>%1；%2 個套件；憑證 %3；DH %4 位元（該變更對一台接受所有套件的伺服器所保留的部分）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="281"/>
        <location filename="../core/diagnose/simulator.cpp" line="57"/>
        <source>no version</source>
        <translation>無版本</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="287"/>
        <source>without a saved scan of the server, today&apos;s server is taken as accepting everything, so only what the change itself removes is counted</source>
        <translation>沒有儲存的伺服器掃描時，目前伺服器被視為接受一切，因此只計算變更本身移除的部分</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="289"/>
        <source>a partner is judged by the versions and suites it used in these logs; it may offer more than it used, so &apos;loses TLS&apos; means none of what it used would still work</source>
        <translation>對方按其在這些日誌中使用的版本和套件來判斷；它可能提供的比使用的更多，因此「失去 TLS」表示它用過的都將不再可用</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="332"/>
        <source>the log names no cipher for its TLS messages, so the change cannot be judged for it</source>
        <translation>日誌未記錄其 TLS 訊息所用的加密套件，因此無法判斷此變更對它的影響</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="337"/>
        <source>none of the %1 version/suite pair(s) it used would still be accepted: %2</source>
        <translation>它使用過的 %1 個版本/套件組合都將不再被接受：%2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="343"/>
        <source>what it used is either refused or not in the catalog (%1), so it cannot be told</source>
        <translation>它使用過的要麼被拒絕，要麼不在目錄中（%1），因此無法判斷</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="348"/>
        <source>what it keeps is DHE, and a DH prime of %1 bits fails clients that cap it at 1024 (Java 7 and older); the log cannot tell its library</source>
        <translation>它保留的是 DHE，而 %1 位元的 DH 質數會使上限為 1024 的用戶端（Java 7 及更早版本）失敗；日誌無法看出它使用的函式庫</translation>
    </message>
    <message>
        <location filename="../core/diagnose/refusal_hint.cpp" line="49"/>
        <source>greylisting: the server defers the first contact from an address it does not know; a real mail server retries after a few minutes and gets through. Try again in 5-15 minutes.</source>
        <translation>灰名單：伺服器會延後來自未知位址的首次聯繫；真正的郵件伺服器會在幾分鐘後重試並成功。請在 5-15 分鐘後重試。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/refusal_hint.cpp" line="56"/>
        <source>the server wants this client&apos;s address to have a reverse DNS (PTR) name that resolves back to it. Test from an address that has one, or ask for one to be set.</source>
        <translation>伺服器要求此用戶端的位址具有可正向解析回該位址的反向 DNS（PTR）名稱。請從具有此名稱的位址測試，或請求設定一個。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/refusal_hint.cpp" line="66"/>
        <source>your address appears to be refused by reputation or a blocklist: the server refuses this client, not TLS. Look the address up at the list it names and ask for delisting, or test from an address the server accepts.</source>
        <translation>您的位址似乎因信譽或黑名單被拒絕：伺服器拒絕的是此用戶端，而不是 TLS。請在其指出的清單中查詢該位址並申請移除，或從伺服器接受的位址進行測試。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/refusal_hint.cpp" line="69"/>
        <source>your address appears to be on %1: the server refuses this client, not TLS. Look the address up at the list it names and ask for delisting, or test from an address the server accepts.</source>
        <translation>您的位址似乎在 %1 上：伺服器拒絕的是此用戶端，而不是 TLS。請在其指出的清單中查詢該位址並申請移除，或從伺服器接受的位址進行測試。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/refusal_hint.cpp" line="79"/>
        <source>a connection limit: the server counts connections from this address (or in all). Wait and retry with fewer at once (scan: --max-connections 1 --delay 1000; fleet: --per-host 1).</source>
        <translation>連線限制：伺服器統計來自此位址（或全部）的連線數。請等待後以更少的並行連線重試（scan：--max-connections 1 --delay 1000；fleet：--per-host 1）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/refusal_hint.cpp" line="86"/>
        <source>the server offers STARTTLS but cannot start TLS: usually it cannot read its certificate or key (a wrong path, permissions after a renewal, a key that does not match). Its own log says which (Exim: mainlog/paniclog; Postfix: mail.log, &quot;cannot load certificate&quot;).</source>
        <translation>伺服器提供 STARTTLS 但無法啟動 TLS：通常是它無法讀取其憑證或私鑰（路徑錯誤、續期後的權限問題、私鑰不相符）。它自己的日誌會說明原因（Exim：mainlog/paniclog；Postfix：mail.log，&quot;cannot load certificate&quot;）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/refusal_hint.cpp" line="96"/>
        <source>the server rejects the name we gave in EHLO: give a fully qualified name that resolves to this address with --ehlo NAME.</source>
        <translation>伺服器拒絕了我們在 EHLO 中提供的名稱：請用 --ehlo NAME 提供一個可解析到此位址的完整網域名稱。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/refusal_hint.cpp" line="98"/>
        <source>the server rejects the name we gave in EHLO (&quot;%1&quot;): give a fully qualified name that resolves to this address with --ehlo NAME.</source>
        <translation>伺服器拒絕了我們在 EHLO 中提供的名稱（&quot;%1&quot;）：請用 --ehlo NAME 提供一個可解析到此位址的完整網域名稱。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/refusal_hint.cpp" line="105"/>
        <source>421: the server is busy, limiting connections, or shutting down; its text does not say which. Retry in a minute: a limit or a restart clears, a policy refusal comes back as 421 or 554 every time.</source>
        <translation>421：伺服器忙碌、正在限制連線或正在關閉；其文字未說明是哪一種。請一分鐘後重試：限制或重新啟動會解除，而政策拒絕每次都會傳回 421 或 554。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/refusal_hint.cpp" line="112"/>
        <source>554 in the greeting: the server refuses every session from this client (an access rule, a blocklist, or no mail service here); its text does not say which. Ask its admin, or test from another address.</source>
        <translation>問候中的 554：伺服器拒絕來自此用戶端的所有工作階段（存取規則、黑名單，或此處沒有郵件服務）；其文字未說明是哪一種。請詢問其管理員，或從其他位址測試。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/refusal_hint.cpp" line="118"/>
        <source>a temporary refusal (%1): retry later; if it persists, its text and the server&apos;s log say why.</source>
        <translation>暫時拒絕（%1）：請稍後重試；如果持續出現，其文字和伺服器日誌會說明原因。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/refusal_hint.cpp" line="120"/>
        <source>a permanent refusal (%1): its text says why; retrying the same way gives the same answer.</source>
        <translation>永久拒絕（%1）：其文字說明了原因；以相同方式重試會得到相同的回答。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="42"/>
        <location filename="../core/diagnose/session_rules.cpp" line="46"/>
        <source>The server does not offer STARTTLS</source>
        <translation>伺服器不提供 STARTTLS</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="43"/>
        <source>The server&apos;s answer before TLS does not list STARTTLS (POP3: STLS), so every client either talks in cleartext (passwords and mail readable on the path) or, if it requires TLS, cannot connect at all.</source>
        <translation>伺服器在 TLS 之前的回應中沒有列出 STARTTLS（POP3：STLS），因此每個用戶端要麼以明文通訊（密碼和郵件在傳輸路徑上可被讀取），要麼在要求 TLS 時根本無法連線。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="57"/>
        <source>SSLv2 is accepted</source>
        <translation>接受 SSLv2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="58"/>
        <source>SSL 2.0 (1995) is broken beyond repair: an attacker can decrypt sessions (DROWN) even of other servers that share the key. No mail client needs it.</source>
        <translation>SSL 2.0（1995 年）已徹底被攻破、無法修復：攻擊者可以解密工作階段（DROWN），甚至包括共用同一金鑰的其他伺服器的工作階段。沒有任何郵件用戶端需要它。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="62"/>
        <source>SSLv3 is accepted</source>
        <translation>接受 SSLv3</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="63"/>
        <source>SSL 3.0 (1996) is vulnerable to POODLE and only offers weak ciphers. Mail servers from this decade never need it.</source>
        <translation>SSL 3.0（1996 年）易受 POODLE 攻擊，且只提供弱加密演算法。這十年的郵件伺服器從不需要它。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="67"/>
        <source>TLS 1.0 is accepted</source>
        <translation>接受 TLS 1.0</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="68"/>
        <source>TLS 1.0 (1999) is deprecated (RFC 8996). For mail it is still better than plaintext, so some sites keep it for old senders; turn it off once your logs show no partner using it.</source>
        <translation>TLS 1.0（1999 年）已被棄用（RFC 8996）。對郵件而言它仍好過明文，因此有些站台為舊寄件方保留它；一旦日誌顯示沒有夥伴再使用它，就將其關閉。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="73"/>
        <source>TLS 1.1 is accepted</source>
        <translation>接受 TLS 1.1</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="74"/>
        <source>TLS 1.1 (2006) is deprecated (RFC 8996) and almost no sender offers it without also offering TLS 1.2.</source>
        <translation>TLS 1.1（2006 年）已被棄用（RFC 8996），幾乎沒有寄件方只提供它而不同時提供 TLS 1.2。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="79"/>
        <source>TLS 1.3 is not accepted</source>
        <translation>不接受 TLS 1.3</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="80"/>
        <source>TLS 1.3 is faster (one round trip less), always has forward secrecy and hides the certificate from eavesdroppers. It needs GnuTLS &gt;= 3.6.5 or OpenSSL &gt;= 1.1.1.</source>
        <translation>TLS 1.3 更快（少一次往返），始終具備前向保密，並向竊聽者隱藏憑證。它需要 GnuTLS &gt;= 3.6.5 或 OpenSSL &gt;= 1.1.1。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="92"/>
        <source>Suites without encryption (NULL) are accepted</source>
        <translation>接受無加密的套件（NULL）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="93"/>
        <source>A NULL suite authenticates but does not encrypt: everything, passwords included, crosses the network in clear text while the client believes it is protected.</source>
        <translation>NULL 套件只做認證而不加密：包括密碼在內的一切都以明文穿過網路，而用戶端卻以為受到了保護。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="96"/>
        <source>Anonymous suites (no server authentication) are accepted</source>
        <translation>接受匿名套件（無伺服器認證）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="97"/>
        <source>Anonymous Diffie-Hellman encrypts without proving who the server is, so anyone in the path can sit in the middle. Opportunistic senders gain nothing from it that an ordinary suite would not give.</source>
        <translation>匿名 Diffie-Hellman 加密時不證明伺服器的身分，因此路徑上的任何人都可以充當中間人。機會性加密的寄件方從中得不到普通套件所不能提供的任何好處。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="100"/>
        <source>EXPORT-grade suites are accepted</source>
        <translation>接受 EXPORT 級套件</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="101"/>
        <source>EXPORT suites use 40- or 56-bit keys from the 1990s US export rules; they can be broken in hours (FREAK, Logjam).</source>
        <translation>EXPORT 套件使用源自 1990 年代美國出口規定的 40 或 56 位元金鑰；數小時內即可被攻破（FREAK、Logjam）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="104"/>
        <source>RC4 suites are accepted</source>
        <translation>接受 RC4 套件</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="105"/>
        <source>RC4 has statistical biases that leak plaintext over many connections (RFC 7465 forbids it).</source>
        <translation>RC4 存在統計偏差，會在大量連線中洩漏明文（RFC 7465 禁止使用它）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="107"/>
        <source>Single-DES suites are accepted</source>
        <translation>接受單 DES 套件</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="108"/>
        <source>DES has a 56-bit key; it was brute-forced in 1998.</source>
        <translation>DES 的金鑰只有 56 位元；1998 年已被暴力破解。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="110"/>
        <source>64-bit block ciphers (3DES, IDEA) are accepted: SWEET32</source>
        <translation>接受 64 位元區塊加密（3DES、IDEA）：SWEET32</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="111"/>
        <source>3DES and IDEA have a 64-bit block: after some gigabytes under one key, blocks collide and leak data (SWEET32, CVE-2016-2183). Only very old senders (Windows XP era) need them.</source>
        <translation>3DES 和 IDEA 的區塊長度為 64 位元：同一金鑰下加密數 GB 資料後，區塊會發生碰撞並洩漏資料（SWEET32，CVE-2016-2183）。只有非常老舊的寄件方（Windows XP 時代）才需要它們。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="114"/>
        <source>Suites without forward secrecy are accepted</source>
        <translation>接受不具備前向保密的套件</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="115"/>
        <source>With static RSA or DH key exchange, whoever obtains the server&apos;s private key later can decrypt every recorded session. ECDHE and DHE suites do not have this problem.</source>
        <translation>使用靜態 RSA 或 DH 金鑰交換時，日後取得伺服器私鑰的任何人都能解密所有被記錄的工作階段。ECDHE 和 DHE 套件沒有這個問題。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="137"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="142"/>
        <source>%1 with CBC suites: POODLE</source>
        <translation>%1，且含 CBC 套件：POODLE</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="152"/>
        <source>CBC suites in TLS 1.0: BEAST</source>
        <translation>TLS 1.0 中的 CBC 套件：BEAST</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="153"/>
        <source>In TLS 1.0 a CBC record&apos;s IV is the last block of the record before, which a browser-style attacker who injects chosen plaintext can exploit (BEAST, 2011). Mail clients do not run attacker scripts, and today&apos;s clients split records (1/n-1), so this is listed for completeness; turning TLS 1.0 off removes it.</source>
        <translation>在 TLS 1.0 中，CBC 記錄的 IV 是前一筆記錄的最後一個區塊，能注入所選明文的瀏覽器式攻擊者可以利用這一點（BEAST，2011 年）。郵件用戶端不會執行攻擊者的指令碼，而且如今的用戶端會拆分記錄（1/n-1），因此列出此項只為完整；關閉 TLS 1.0 即可消除。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="163"/>
        <source>CBC suites with MAC-then-encrypt: LUCKY13</source>
        <translation>採用先 MAC 後加密的 CBC 套件：LUCKY13</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="164"/>
        <source>CBC suites check the MAC after decrypting and removing the padding; the time that takes leaks whether the padding was right (Lucky Thirteen, CVE-2013-0169). Current TLS libraries answer in constant time and encrypt_then_mac (RFC 7366) removes the question; AEAD suites (GCM, ChaCha20) never have it.</source>
        <translation>CBC 套件在解密並去除填補之後才驗證 MAC；這一過程所花的時間會洩漏填補是否正確（Lucky Thirteen，CVE-2013-0169）。目前的 TLS 函式庫以固定時間回應，encrypt_then_mac（RFC 7366）則徹底消除這一問題；AEAD 套件（GCM、ChaCha20）從來沒有這個問題。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="175"/>
        <location filename="../core/diagnose/session_rules.cpp" line="109"/>
        <source>The server accepted STARTTLS but did not start TLS</source>
        <translation>伺服器接受了 STARTTLS，卻沒有啟動 TLS</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="176"/>
        <source>Every one of the scan&apos;s %1 connections got 220 to STARTTLS, and none of its TLS offers was answered in TLS (no ServerHello, no alert): the server closed, stalled or sent something else. The versions below are therefore not known, not refused. Partners see a broken connection and fall back to cleartext or defer.</source>
        <translation>本次掃描的 %1 個連線對 STARTTLS 都收到了 220，但其 TLS 提議沒有一個得到 TLS 回應（沒有 ServerHello，也沒有警示）：伺服器關閉了連線、停滯不動或傳送了別的內容。因此下面的版本是未知，而不是被拒絕。夥伴看到的是一條中斷的連線，會回退到明文或延後投遞。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="183"/>
        <source>The server does not answer in TLS</source>
        <translation>伺服器不以 TLS 回應</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="184"/>
        <source>None of the scan&apos;s %1 TLS offers was answered in TLS (no ServerHello, no alert): the service closed, stalled or sent something else. The versions below are therefore not known, not refused.</source>
        <translation>本次掃描的 %1 個 TLS 提議沒有一個得到 TLS 回應（沒有 ServerHello，也沒有警示）：該服務關閉了連線、停滯不動或傳送了別的內容。因此下面的版本是未知，而不是被拒絕。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="194"/>
        <source>The TLS handshake breaks after the server&apos;s ServerHello</source>
        <translation>TLS 交握在伺服器送出 ServerHello 之後中斷</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="195"/>
        <source>%1 of the scan&apos;s TLS offers got a ServerHello, and then the handshake broke without an alert from the server: the server closed the connection, stopped answering, or sent what is not valid TLS (our client then ended the handshake). The server picks a version and suite, so it is not refusing the offer, yet no client can finish the handshake: partners fall back to cleartext or defer, and a version shown below as not accepted may be one the server answers this way. The evidence fits several causes: the server failing after its hello (a certificate or key it cannot load or send, a crashing process: its log at the time of the scan tells), a certificate chain too large for any client, or a middlebox cutting or rewriting the connection (a session from another network, or mailtls session showing what arrived after the ServerHello, tells them apart).</source>
        <translation>本次掃描有 %1 個 TLS 提議收到了 ServerHello，隨後交握在伺服器未送出警示的情況下中斷：伺服器關閉了連線、停止回應，或傳送了無效的 TLS 資料（隨後由我們的用戶端結束交握）。伺服器選定了版本和套件，因此並不是拒絕該提議，但沒有任何用戶端能完成交握：夥伴會回退到明文或延後投遞，而下面顯示為不接受的版本，也可能是伺服器以這種方式回應的版本。這一證據符合多種原因：伺服器在送出 hello 後出錯（無法載入或傳送的憑證或金鑰、當機的程序：掃描時刻的伺服器日誌可以說明），憑證鏈大到任何用戶端都無法處理，或中間設備切斷或改寫了連線（從另一個網路發起的工作階段，或顯示 ServerHello 之後到達內容的 mailtls session，可以區分這些情況）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="216"/>
        <location filename="../core/diagnose/session_rules.cpp" line="68"/>
        <source>The server sent data after its 220 to STARTTLS</source>
        <translation>伺服器在對 STARTTLS 回覆 220 之後傳送了資料</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="217"/>
        <source>On %1 of the scan&apos;s connections the server sent more bytes in cleartext after answering 220 to STARTTLS, before the TLS handshake. RFC 3207 allows nothing there. Either the server answers commands it read before TLS from a buffer it keeps across STARTTLS (the STARTTLS command-injection flaw, CVE-2011-0411 and kin), or a middlebox adds data. The scan discarded the bytes; check the server&apos;s version against its advisories, and whether a proxy sits in front of it.</source>
        <translation>本次掃描中有 %1 個連線上，伺服器在對 STARTTLS 回覆 220 之後、TLS 交握之前，又以明文傳送了更多位元組。RFC 3207 不允許在此處傳送任何內容。要麼伺服器用跨越 STARTTLS 保留的緩衝區回應了它在 TLS 之前讀到的命令（STARTTLS 命令注入漏洞，CVE-2011-0411 及同類問題），要麼有中間設備加入了資料。掃描已丟棄這些位元組；請對照安全公告檢查伺服器的版本，並確認其前面是否有代理。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="237"/>
        <source>DHE uses a %1-bit prime: LOGJAM</source>
        <translation>DHE 使用 %1 位元質數：LOGJAM</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="237"/>
        <source>DHE uses a %1-bit prime</source>
        <translation>DHE 使用 %1 位元質數</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="239"/>
        <source>The Diffie-Hellman prime has %1 bits. Primes under 2048 bits are within reach of well-funded attackers (Logjam), and clients at OpenSSL security level 2 refuse them, so such partners fail to connect.</source>
        <translation>Diffie-Hellman 質數只有 %1 位元。低於 2048 位元的質數在資金充足的攻擊者能力範圍之內（Logjam），而 OpenSSL 安全等級為 2 的用戶端會拒絕它們，因此這類夥伴無法連線。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="255"/>
        <source>DHE suites break the handshake</source>
        <translation>DHE 套件使交握中斷</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="256"/>
        <source>Offered on their own, the server&apos;s DHE suites (%1 of them, %2) ended the handshake without a refusal, while the other suites of the same version work. The server has DHE enabled but cannot complete it, most often because it has no Diffie-Hellman parameters (Dovecot without ssl_dh logs &quot;Diffie-Hellman key exchange requested, but no DH parameters provided&quot;). A client that prefers DHE, or offers nothing else, gets no TLS from this server and falls back to cleartext or gives up. Give the server DH parameters, or take DHE out of its cipher list.</source>
        <translation>單獨提供時，伺服器的 DHE 套件（共 %1 個，%2）在沒有拒絕的情況下結束了交握，而同一版本的其他套件正常運作。伺服器啟用了 DHE 卻無法完成它，最常見的原因是沒有 Diffie-Hellman 參數（沒有 ssl_dh 的 Dovecot 會記錄 &quot;Diffie-Hellman key exchange requested, but no DH parameters provided&quot;）。偏好 DHE 或只提供 DHE 的用戶端無法從該伺服器取得 TLS，會回退到明文或放棄。請為伺服器提供 DH 參數，或將 DHE 從其加密套件清單中移除。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="270"/>
        <source>Only an ECDSA certificate is served</source>
        <translation>只提供 ECDSA 憑證</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="271"/>
        <source>Every certificate the server served has an ECDSA key. Senders that offer only RSA-authenticated suites (older appliances, some Java and Windows stacks) find no shared suite and deliver in clear text or not at all. Serve an RSA certificate next to the ECDSA one.</source>
        <translation>伺服器提供的每張憑證都使用 ECDSA 金鑰。只提供 RSA 認證套件的寄件方（較舊的設備、某些 Java 和 Windows 協定堆疊）找不到共同的套件，只能以明文投遞或根本無法投遞。請在 ECDSA 憑證之外再提供一張 RSA 憑證。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="281"/>
        <source>No secure renegotiation (RFC 5746)</source>
        <translation>不支援安全重新協商（RFC 5746）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="282"/>
        <source>The server&apos;s ServerHello carries no renegotiation_info, though the client signalled support. Without it a renegotiation cannot be tied to the handshake before it, so a man in the middle can splice his own data in front of a client&apos;s session (CVE-2009-3555), and current clients (OpenSSL 3 by default) refuse to connect at all. Every TLS library since 2010 supports it: an old library, a setting that turns it off, or a middlebox that strips it.</source>
        <translation>伺服器的 ServerHello 不含 renegotiation_info，儘管用戶端已表明支援。沒有它，重新協商就無法與之前的交握綁定，中間人因而可以把自己的資料拼接到用戶端工作階段的前面（CVE-2009-3555），而目前的用戶端（OpenSSL 3 預設如此）會直接拒絕連線。自 2010 年以來的每個 TLS 函式庫都支援它：原因是函式庫太舊、某個設定關閉了它，或中間設備將其剝除。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="290"/>
        <source>The server accepts client-initiated renegotiation</source>
        <translation>伺服器接受用戶端發起的重新協商</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="291"/>
        <source>A client may ask this server for a fresh handshake on an open connection, again and again: each costs the server a private-key operation and the client almost nothing, a cheap way to load the server (a denial of service). No mail client needs it: turn it off where the TLS library allows. (Not to be confused with openssl s_client, which renegotiates when a typed line starts with R, as in RCPT TO: a server that refuses then ends the session, which is the right answer.)</source>
        <translation>用戶端可以在已開啟的連線上一次又一次地要求該伺服器進行新的交握：每次都讓伺服器付出一次私鑰運算，而用戶端幾乎沒有成本，這是給伺服器加壓的廉價手段（阻斷服務）。沒有郵件用戶端需要它：在 TLS 函式庫允許的情況下將其關閉。（不要與 openssl s_client 混淆：當輸入的行以 R 開頭時（如 RCPT TO），它會發起重新協商；拒絕的伺服器隨後結束工作階段，這才是正確的回應。）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="299"/>
        <source>No downgrade protection by TLS_FALLBACK_SCSV (RFC 7507)</source>
        <translation>沒有 TLS_FALLBACK_SCSV 降級保護（RFC 7507）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="300"/>
        <source>A hello for a version below the server&apos;s highest, marked with TLS_FALLBACK_SCSV, was accepted instead of refused with inappropriate_fallback. A client that retries with a lower version after a failed handshake can then be pushed down to it by whoever breaks the first attempt. Current TLS libraries refuse such hellos on their own.</source>
        <translation>一個針對低於伺服器最高版本、並帶有 TLS_FALLBACK_SCSV 標記的 hello 被接受了，而不是以 inappropriate_fallback 拒絕。這樣一來，交握失敗後改用較低版本重試的用戶端，就可能被破壞其第一次嘗試的人壓低到該版本。目前的 TLS 函式庫會自行拒絕這類 hello。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="306"/>
        <source>No TLS 1.3 downgrade sentinel</source>
        <translation>沒有 TLS 1.3 降級哨兵</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="307"/>
        <source>The server speaks TLS 1.3, but when it negotiates TLS 1.2 or lower its ServerHello.random does not end in the marker RFC 8446 (4.1.3) prescribes. TLS 1.3 clients look for it to detect an attacker who removed TLS 1.3 from their hello; without it, that downgrade goes unnoticed. A TLS-terminating device in front of the server that rewrites the hello is a common cause.</source>
        <translation>伺服器支援 TLS 1.3，但在協商 TLS 1.2 或更低版本時，其 ServerHello.random 末尾沒有 RFC 8446（4.1.3）規定的標記。TLS 1.3 用戶端依靠它來發現從其 hello 中刪去 TLS 1.3 的攻擊者；沒有它，這種降級就不會被察覺。常見原因是伺服器前面有一台改寫 hello 的 TLS 終結設備。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="314"/>
        <source>No extended master secret (RFC 7627)</source>
        <translation>不支援延伸主密鑰（RFC 7627）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="315"/>
        <source>The server does not use the extended master secret in TLS 1.2 and below, so the session keys are not bound to the whole handshake: the triple-handshake attack (resumption and renegotiation across two servers) stays possible, and clients in FIPS mode may refuse the connection. TLS libraries have supported it since 2015.</source>
        <translation>伺服器在 TLS 1.2 及以下版本中不使用延伸主密鑰，因此工作階段金鑰沒有與整個交握綁定：三重交握攻擊（跨兩台伺服器的工作階段恢復與重新協商）仍然可行，而處於 FIPS 模式的用戶端可能拒絕連線。TLS 函式庫自 2015 年起就已支援它。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="321"/>
        <source>CBC suites without encrypt-then-MAC (RFC 7366): LUCKY13</source>
        <translation>CBC 套件未使用先加密後 MAC（RFC 7366）：LUCKY13</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="322"/>
        <source>The server negotiates CBC suites in MAC-then-encrypt order, the construction behind padding-oracle and timing attacks (Lucky Thirteen, POODLE-style). With the encrypt_then_mac extension the record is authenticated before it is decrypted. Preferring AEAD suites (GCM, ChaCha20) avoids the question for capable senders.</source>
        <translation>伺服器以先 MAC 後加密的順序協商 CBC 套件，這正是填補預言和計時攻擊（Lucky Thirteen、POODLE 類攻擊）所利用的結構。使用 encrypt_then_mac 擴充時，記錄會在解密之前先被認證。優先使用 AEAD 套件（GCM、ChaCha20）可為有能力的寄件方避開這一問題。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="336"/>
        <source>No TLS session resumption</source>
        <translation>不支援 TLS 工作階段恢復</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="337"/>
        <source>The server resumed no earlier session, neither by session id nor by ticket: every connection pays a full handshake (a certificate sent, a key exchange and a signature). For a mail server that costs little, since few senders keep sessions (Postfix&apos;s smtp client does, with smtp_tls_session_cache_database); it matters more for a busy submission service or a peer that delivers over many connections.</source>
        <translation>伺服器沒有恢復任何先前的工作階段，無論是透過工作階段 ID 還是透過票證：每個連線都要進行一次完整交握（傳送憑證、一次金鑰交換和一次簽章）。對郵件伺服器而言代價不大，因為很少有寄件方保留工作階段（Postfix 的 smtp 用戶端會保留，設定 smtp_tls_session_cache_database 即可）；對於繁忙的提交服務或透過大量連線投遞的對端，這一點更為重要。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="346"/>
        <source>Must-staple certificate served without a staple</source>
        <translation>must-staple 憑證在沒有裝訂的情況下提供</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="347"/>
        <source>The certificate carries the TLS feature status_request (RFC 7633, &quot;must-staple&quot;): it promises that the server always staples an OCSP response. The server sent none, so every client that honours the promise (Firefox, and any TLS stack that checks RFC 7633) must refuse the connection as if the certificate were revoked. Configure stapling, or get a certificate without must-staple.</source>
        <translation>該憑證帶有 TLS 特性 status_request（RFC 7633，&quot;must-staple&quot;）：它承諾伺服器總會裝訂一個 OCSP 回應。伺服器卻沒有傳送，因此每個遵守這一承諾的用戶端（Firefox，以及任何檢查 RFC 7633 的 TLS 協定堆疊）都必須拒絕連線，就像憑證已被撤銷一樣。請設定 OCSP 裝訂，或換一張不帶 must-staple 的憑證。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="354"/>
        <source>The stapled OCSP response says the certificate is revoked</source>
        <translation>裝訂的 OCSP 回應表明憑證已被撤銷</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="355"/>
        <source>The server itself staples its CA&apos;s answer that the certificate is revoked. Every client that looks at the staple fails verification, and the certificate cannot be trusted anyway: replace it (new key, new certificate) and fetch a fresh staple.</source>
        <translation>伺服器自己裝訂了其 CA 關於憑證已被撤銷的答覆。每個查看裝訂內容的用戶端都會驗證失敗，而且該憑證本來也不可信：請更換它（新金鑰、新憑證），並取得新的裝訂回應。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="365"/>
        <source>The stapled OCSP response has expired</source>
        <translation>裝訂的 OCSP 回應已過期</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="366"/>
        <source>The staple&apos;s nextUpdate had passed when the server sent it: the server keeps serving an old response instead of fetching a new one. Clients that check staples treat an expired one as no answer or as a failure (with a must-staple certificate, a hard one). Whatever refreshes the OCSP file has stopped working.</source>
        <translation>伺服器傳送裝訂回應時，其 nextUpdate 已經過去：伺服器一直在提供舊的回應，而沒有取得新的。檢查裝訂的用戶端會把過期的回應視為沒有答覆或視為失敗（對於 must-staple 憑證則是硬性失敗）。負責更新 OCSP 檔案的機制已停止運作。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="372"/>
        <source>The stapled OCSP response does not vouch for the certificate</source>
        <translation>裝訂的 OCSP 回應不能為該憑證作證</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="373"/>
        <source>The server staples something, but not a usable answer for its certificate: no OCSP response, an error status, no entry for the served certificate, or &quot;unknown&quot; (often the response of another certificate or issuer). Clients ignore it at best; the OCSP file is the wrong one or out of date.</source>
        <translation>伺服器裝訂了某些內容，但不是針對其憑證的可用答覆：沒有 OCSP 回應、錯誤狀態、沒有所提供憑證的項目，或為 &quot;unknown&quot;（通常是另一張憑證或另一個簽發者的回應）。用戶端充其量會忽略它；OCSP 檔案用錯了或已過時。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="379"/>
        <source>The server accepts TLS 1.3 early data (0-RTT)</source>
        <translation>伺服器接受 TLS 1.3 早期資料（0-RTT）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="380"/>
        <source>Data a client sends with its first flight on a resumed TLS 1.3 connection is taken before the handshake is done. Such data can be replayed by an attacker who recorded it; the server must treat it as replayable. SMTP commands sent early are mostly harmless to repeat (EHLO), but a replayed message transaction would be delivered twice; mail clients and MTAs hardly ever use 0-RTT.</source>
        <translation>用戶端在恢復的 TLS 1.3 連線上隨第一輪封包傳送的資料，在交握完成之前就被接收。記錄下這些資料的攻擊者可以重放它們；伺服器必須把它們當作可被重放的資料來處理。提前傳送的 SMTP 命令大多可以無害地重複（EHLO），但被重放的郵件交易會被投遞兩次；郵件用戶端和 MTA 幾乎從不使用 0-RTT。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="388"/>
        <source>Heartbleed: the server leaks memory (CVE-2014-0160)</source>
        <translation>Heartbleed：伺服器洩漏記憶體（CVE-2014-0160）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="389"/>
        <source>The server answered a heartbeat request with more bytes than the request carried: the rest is its own memory, which can hold private keys, passwords and other users&apos; mail. Anyone who can connect can read it, without leaving a trace in the usual logs. The TLS library is OpenSSL 1.0.1 to 1.0.1f or something built the same way. Upgrade it now, then replace the certificate&apos;s key and revoke the old certificate, and treat every password used over TLS with this server as known. (The leaked bytes were neither kept nor shown.)</source>
        <translation>伺服器對一個心跳請求的回應位元組數多於請求本身攜帶的位元組數：多出的部分是它自己的記憶體，其中可能含有私鑰、密碼和其他使用者的郵件。任何能連線的人都能讀取它，且不會在一般日誌中留下痕跡。TLS 函式庫是 OpenSSL 1.0.1 至 1.0.1f，或以同樣方式建置的東西。請立即升級，然後更換憑證的金鑰並撤銷舊憑證，並把透過 TLS 與該伺服器使用過的每個密碼都視為已洩漏。（洩漏的位元組既未保存也未顯示。）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="398"/>
        <source>CCS injection: an early ChangeCipherSpec is accepted (CVE-2014-0224)</source>
        <translation>CCS 注入：過早的 ChangeCipherSpec 被接受（CVE-2014-0224）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="399"/>
        <source>The server took a ChangeCipherSpec before any key exchange and switched to keys made from an empty premaster. A man in the middle between two such peers can make them use keys he knows and read or change the session. The TLS library is an OpenSSL before 0.9.8za, 1.0.0m or 1.0.1h: upgrade it.</source>
        <translation>伺服器在任何金鑰交換之前就接受了 ChangeCipherSpec，並切換到由空預主密鑰產生的金鑰。位於兩個這樣的對端之間的中間人可以讓它們使用他已知的金鑰，從而讀取或竄改工作階段。TLS 函式庫是 0.9.8za、1.0.0m 或 1.0.1h 之前的 OpenSSL：請升級。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="405"/>
        <source>ROBOT: an RSA padding oracle (Bleichenbacher)</source>
        <translation>ROBOT：RSA 填補預言（Bleichenbacher）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="406"/>
        <source>The server answers malformed RSA-encrypted premasters differently from a well-formed one. With many such connections an attacker can decrypt recorded sessions that used RSA key exchange, or sign with the server&apos;s key (Return Of Bleichenbacher&apos;s Oracle Threat, 2017). Upgrade the TLS library (or the appliance&apos;s firmware) and disable the RSA key exchange suites (TLS_RSA_*): ECDHE suites do not use the premaster this way.</source>
        <translation>伺服器對格式錯誤的 RSA 加密預主密鑰的回應與對格式正確的不同。藉助大量這樣的連線，攻擊者可以解密使用 RSA 金鑰交換的已記錄工作階段，或用伺服器的金鑰進行簽章（Return Of Bleichenbacher&apos;s Oracle Threat，2017 年）。請升級 TLS 函式庫（或設備韌體），並停用 RSA 金鑰交換套件（TLS_RSA_*）：ECDHE 套件不會以這種方式使用預主密鑰。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="413"/>
        <source>Ticketbleed: the session id leaks memory (CVE-2016-9244)</source>
        <translation>Ticketbleed：工作階段 ID 洩漏記憶體（CVE-2016-9244）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="414"/>
        <source>The server echoed a 1-byte session id sent with a session ticket as a 32-byte one: the 31 extra bytes are its memory, which may hold other connections&apos; session secrets. Known from F5 BIG-IP with session tickets on; upgrade the firmware or turn session tickets off on that profile.</source>
        <translation>伺服器把隨工作階段票證傳送的 1 位元組工作階段 ID 作為 32 位元組的 ID 回顯：多出的 31 個位元組是它的記憶體，其中可能含有其他連線的工作階段密鑰。已知出現在啟用了工作階段票證的 F5 BIG-IP 上；請升級韌體，或在該設定檔中關閉工作階段票證。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="427"/>
        <source>Commands sent before STARTTLS are executed inside TLS</source>
        <translation>在 STARTTLS 之前傳送的命令在 TLS 內被執行</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="428"/>
        <source>A command written in cleartext right behind STARTTLS was kept by the server and answered inside the TLS session (the CVE-2011-0411 kind of bug). A man in the middle can therefore inject commands (a MAIL FROM, a RCPT TO; in IMAP, POP3 or ManageSieve a login or a command on the mailbox) that run as if the client had sent them under TLS, and steer or capture its mail or its authentication. The server must discard everything it read before the handshake.</source>
        <translation>緊跟在 STARTTLS 之後以明文寫入的命令被伺服器保留，並在 TLS 工作階段內得到回應（CVE-2011-0411 一類的漏洞）。因此中間人可以注入命令（MAIL FROM、RCPT TO；在 IMAP、POP3 或 ManageSieve 中則是登入或針對信箱的命令），這些命令會像用戶端在 TLS 下傳送的一樣被執行，從而操縱或截取其郵件或認證資訊。伺服器必須丟棄它在交握之前讀到的一切內容。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="442"/>
        <source>IMAP accepts passwords before STARTTLS</source>
        <translation>IMAP 在 STARTTLS 之前接受密碼</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="443"/>
        <source>On the unencrypted connection the server offers a password login (no LOGINDISABLED, or AUTH=PLAIN/LOGIN listed) or began an AUTHENTICATE PLAIN exchange, so a mail client that does not insist on STARTTLS sends the user&apos;s password in cleartext. A server that refuses cleartext logins says LOGINDISABLED and refuses AUTHENTICATE PLAIN until TLS is up (RFC 9051 6.2.3). The probe cancelled the exchange; no credentials were sent.</source>
        <translation>在未加密的連線上，伺服器提供密碼登入（沒有 LOGINDISABLED，或列出了 AUTH=PLAIN/LOGIN），或開始了 AUTHENTICATE PLAIN 交換，因此不堅持使用 STARTTLS 的郵件用戶端會以明文傳送使用者的密碼。拒絕明文登入的伺服器會宣告 LOGINDISABLED，並在 TLS 建立之前拒絕 AUTHENTICATE PLAIN（RFC 9051 6.2.3）。探測已取消該交換；沒有傳送任何憑據。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="451"/>
        <source>POP3 offers password logins before STLS</source>
        <translation>POP3 在 STLS 之前提供密碼登入</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="452"/>
        <source>On the unencrypted connection the CAPA list offers USER or SASL PLAIN/LOGIN, or the server began an AUTH PLAIN exchange, so a mail client that does not insist on STLS sends the user&apos;s password in cleartext (RFC 2595 4, RFC 8314). The probe cancelled the exchange; no credentials were sent.</source>
        <translation>在未加密的連線上，CAPA 清單提供 USER 或 SASL PLAIN/LOGIN，或伺服器開始了 AUTH PLAIN 交換，因此不堅持使用 STLS 的郵件用戶端會以明文傳送使用者的密碼（RFC 2595 4，RFC 8314）。探測已取消該交換；沒有傳送任何憑據。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="458"/>
        <source>ManageSieve offers SASL before STARTTLS</source>
        <translation>ManageSieve 在 STARTTLS 之前提供 SASL</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="459"/>
        <source>The capability list the server greets with names SASL mechanisms on the unencrypted connection, or it began an AUTHENTICATE &quot;PLAIN&quot; exchange, so a Sieve client that does not insist on STARTTLS sends the user&apos;s password in cleartext (RFC 5804 2.1 and 4). The probe cancelled the exchange; no credentials were sent.</source>
        <translation>伺服器在未加密連線上用來打招呼的能力清單中列出了 SASL 機制，或它開始了 AUTHENTICATE &quot;PLAIN&quot; 交換，因此不堅持使用 STARTTLS 的 Sieve 用戶端會以明文傳送使用者的密碼（RFC 5804 2.1 和 4）。探測已取消該交換；沒有傳送任何憑據。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="468"/>
        <source>The submission port accepts MAIL before STARTTLS</source>
        <translation>提交埠在 STARTTLS 之前接受 MAIL</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="469"/>
        <source>On the submission port (587) the server accepted MAIL FROM before TLS was started. A client that is stripped of STARTTLS by a man in the middle sends its whole message, and often its password, in cleartext; RFC 8314 asks submission servers to require TLS first. (An MX on port 25 accepting cleartext mail is normal and raises nothing.)</source>
        <translation>在提交埠（587）上，伺服器在 TLS 啟動之前就接受了 MAIL FROM。被中間人剝除了 STARTTLS 的用戶端會以明文傳送整封郵件，而且往往連同其密碼；RFC 8314 要求提交伺服器先強制使用 TLS。（25 埠上的 MX 接受明文郵件屬正常情況，不會觸發任何結果。）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="477"/>
        <source>The submission port offers AUTH before STARTTLS</source>
        <translation>提交埠在 STARTTLS 之前提供 AUTH</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="478"/>
        <source>On the submission port (587) the EHLO answer before TLS advertises AUTH, so a client (or one whose STARTTLS an attacker removed) may send its user name and password in cleartext. Offer AUTH only once TLS is up.</source>
        <translation>在提交埠（587）上，TLS 之前的 EHLO 回應就宣告了 AUTH，因此用戶端（或被攻擊者刪去了 STARTTLS 的用戶端）可能以明文傳送使用者名稱和密碼。請只在 TLS 建立後才提供 AUTH。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="494"/>
        <source>The server limited the scan&apos;s connections</source>
        <translation>伺服器限制了掃描的連線</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="495"/>
        <source>The server turned connections away while we scanned (a 421 reply, a close before the greeting or during the dialogue, or a refused connect once it had answered). The scan waited and retried, so the results are complete; it only took longer. Busy answers were never counted as refusals.</source>
        <translation>掃描期間伺服器拒絕了一些連線（421 回應、在問候之前或對話期間關閉連線，或在已回應過之後拒絕建立連線）。掃描等待並重試了，因此結果是完整的；只是花了更長時間。忙碌回應從未被算作拒絕。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="501"/>
        <source>Some connections got no greeting in time</source>
        <translation>部分連線未及時收到問候</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="502"/>
        <source>The TCP connection was made, but the server sent no greeting within the timeout, and it never answered 421 or closed a connection. That fits two readings: a deliberate delay (a tarpit, a connection limit that holds instead of refusing), or a server or machine too loaded to take the connection in time (the kernel completes the TCP handshake; while the listen queue is full, the mail server accepts it seconds later, and a slow TCP connect points the same way). Which one, the scan cannot tell; the server&apos;s log at the time of the scan can (a connection logged late, or not at all, is load). The scan waited and retried, so the results are complete; no limit is claimed.</source>
        <translation>TCP 連線已建立，但伺服器在逾時時間內沒有傳送問候，而且從未回應 421，也沒有關閉連線。這有兩種解讀：有意的延遲（tarpit，或以拖延代替拒絕的連線限制），或伺服器或機器負載過高、無法及時接收連線（核心完成了 TCP 交握；在監聽佇列已滿時，郵件伺服器要過幾秒才接受它，而 TCP 連線建立緩慢也指向同一原因）。掃描無法判斷是哪一種；掃描時刻的伺服器日誌可以（連線被延遲記錄或根本沒有記錄，說明是負載問題）。掃描等待並重試了，因此結果是完整的；不認定存在限制。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="37"/>
        <source>The server does not offer %1</source>
        <translation>伺服器不提供 %1</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="38"/>
        <source>The capability list before TLS does not name %1, so every mail client either logs in and reads mail in cleartext (passwords and messages readable on the path) or, if it requires TLS, cannot connect at all.</source>
        <translation>TLS 之前的功能清單中沒有 %1，因此每個郵件用戶端要麼以明文登入並讀取郵件（密碼和訊息在傳輸路徑上可被讀取），要麼在要求 TLS 時根本無法連線。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="47"/>
        <source>The EHLO reply does not list STARTTLS, so every partner either delivers in cleartext or, if it requires TLS (DANE, MTA-STS, a policy for this domain), defers the mail and retries until it bounces days later.</source>
        <translation>EHLO 回應中沒有列出 STARTTLS，因此每個夥伴要麼以明文投遞，要麼在要求 TLS 時（DANE、MTA-STS、針對此網域的原則）延後該郵件並不斷重試，直到幾天後退信。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="56"/>
        <source>The server refuses STARTTLS it advertised</source>
        <translation>伺服器拒絕了它自己宣告的 STARTTLS</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="57"/>
        <source>STARTTLS was listed in EHLO but the server answered it with an error, so no partner can start TLS. This usually means the server cannot load its certificate or key (check its log for the TLS error).</source>
        <translation>EHLO 中列出了 STARTTLS，但伺服器對它回覆了錯誤，因此沒有夥伴能啟動 TLS。這通常意味著伺服器無法載入其憑證或金鑰（請在其日誌中尋找 TLS 錯誤）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="69"/>
        <source>After answering 220 to STARTTLS the server sent %1 more byte(s) in cleartext before the TLS handshake. RFC 3207 allows nothing there. Either the server answers commands it read before TLS from a buffer it keeps across STARTTLS (the STARTTLS command-injection flaw, CVE-2011-0411 and kin), or a middlebox adds data. This client discarded the bytes; check the server&apos;s version against its advisories, and whether a proxy sits in front of it.</source>
        <translation>伺服器在對 STARTTLS 回覆 220 之後、TLS 交握之前，又以明文傳送了 %1 個位元組。RFC 3207 不允許在此處傳送任何內容。要麼伺服器用跨越 STARTTLS 保留的緩衝區回應了它在 TLS 之前讀到的命令（STARTTLS 命令注入漏洞，CVE-2011-0411 及同類問題），要麼有中間設備加入了資料。本用戶端已丟棄這些位元組；請對照安全公告檢查伺服器的版本，並檢查它前面是否有代理。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="88"/>
        <source>The server requires a client certificate</source>
        <translation>伺服器要求用戶端憑證</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="89"/>
        <source>The server asked for a client certificate (CertificateRequest) and ended the connection when none was sent. Partners without a certificate it trusts cannot deliver over TLS. Run again with --client-cert/--client-key, or make the certificate optional for this host.</source>
        <translation>伺服器要求了用戶端憑證（CertificateRequest），並在沒有收到憑證時結束了連線。沒有它所信任憑證的夥伴無法透過 TLS 投遞。請使用 --client-cert/--client-key 再次執行，或將此主機的用戶端憑證設為選用。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="102"/>
        <source>The server answered 220 to STARTTLS but then sent no TLS handshake at all. Partners see a broken connection and fall back to cleartext or defer.</source>
        <translation>伺服器對 STARTTLS 回覆了 220，但隨後根本沒有傳送 TLS 交握。夥伴看到的是一條中斷的連線，會回退到明文或延後投遞。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="104"/>
        <source>The server answered 220 to STARTTLS but then sent %1 byte(s) that never made a complete TLS handshake message (a truncated or malformed ServerHello, or something that is not TLS). Partners see a broken connection and fall back to cleartext or defer.</source>
        <translation>伺服器對 STARTTLS 回覆了 220，但隨後傳送的 %1 個位元組始終沒有構成一則完整的 TLS 交握訊息（被截斷或格式錯誤的 ServerHello，或根本不是 TLS 的內容）。夥伴看到的是一條中斷的連線，會回退到明文或延後投遞。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="114"/>
        <source>no alert (connection closed)</source>
        <translation>無警示（連線已關閉）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="116"/>
        <source>The TLS handshake failed: %1</source>
        <translation>TLS 交握失敗：%1</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="117"/>
        <source>Client and server could not agree on a TLS connection with this offer. An alert named handshake_failure or insufficient_security usually means no shared cipher suite or group; protocol_version means no shared TLS version. The scan shows what the server accepts.</source>
        <translation>用戶端與伺服器無法就此提議達成 TLS 連線。名為 handshake_failure 或 insufficient_security 的警示通常表示沒有共同的加密套件或群組；protocol_version 表示沒有共同的 TLS 版本。掃描會顯示伺服器接受哪些內容。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="131"/>
        <source>%1 was negotiated</source>
        <translation>協商結果為 %1</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="132"/>
        <source>The server agreed to %1, a deprecated protocol version (RFC 8996). Modern clients refuse it; keep it only if a partner that cannot do TLS 1.2 still needs it.</source>
        <translation>伺服器同意使用 %1，這是一個已棄用的協定版本（RFC 8996）。現代用戶端會拒絕它；只有當某個不支援 TLS 1.2 的夥伴仍需要它時才保留。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="139"/>
        <source>Diffie-Hellman prime of only %1 bits</source>
        <translation>Diffie-Hellman 質數僅有 %1 位元</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="140"/>
        <source>The server&apos;s DHE key exchange uses a %1-bit prime. GnuTLS clients (Exim on Debian among them) refuse primes under their minimum (often 2048 bits) and the handshake fails; primes this small are also within reach of precomputation attacks (Logjam).</source>
        <translation>伺服器的 DHE 金鑰交換使用 %1 位元的質數。GnuTLS 用戶端（包括 Debian 上的 Exim）會拒絕低於其最小值（通常為 2048 位元）的質數，交握隨之失敗；這麼小的質數也在預先計算攻擊（Logjam）的能力範圍之內。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="148"/>
        <source>TLS compression is enabled</source>
        <translation>已啟用 TLS 壓縮</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="149"/>
        <source>TLS-level compression leaks secrets through message sizes (CRIME).</source>
        <translation>TLS 層的壓縮會透過訊息大小洩漏機密（CRIME）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="164"/>
        <source>AUTH %1 offered before STARTTLS</source>
        <translation>STARTTLS 之前提供了 AUTH %1</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="165"/>
        <source>The server offers password authentication on the unencrypted connection. A mail client that does not insist on TLS sends the password in cleartext (base64 is not encryption).</source>
        <translation>伺服器在未加密的連線上提供密碼驗證。不堅持使用 TLS 的郵件用戶端會以明文傳送密碼（base64 不是加密）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="189"/>
        <source>IMAP accepts passwords before STARTTLS (%1)</source>
        <translation>IMAP 在 STARTTLS 之前接受密碼（%1）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="191"/>
        <source>The CAPABILITY list on the unencrypted connection offers password mechanisms, so a mail client that does not insist on STARTTLS sends the user&apos;s password in cleartext, readable by anyone on the path. A server that refuses cleartext logins says LOGINDISABLED and lists no AUTH=PLAIN/LOGIN until TLS is up (RFC 9051 6.2.3).</source>
        <translation>未加密連線上的 CAPABILITY 清單提供了密碼機制，因此不堅持使用 STARTTLS 的郵件用戶端會以明文傳送使用者的密碼，路徑上的任何人都能讀取。拒絕明文登入的伺服器會宣告 LOGINDISABLED，並在 TLS 建立之前不列出 AUTH=PLAIN/LOGIN（RFC 9051 6.2.3）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="196"/>
        <source>The CAPABILITY list on the unencrypted connection lacks LOGINDISABLED, so a mail client that does not insist on STARTTLS sends the user&apos;s password in cleartext, readable by anyone on the path. A server that refuses cleartext logins says LOGINDISABLED and lists no AUTH=PLAIN/LOGIN until TLS is up (RFC 9051 6.2.3).</source>
        <translation>未加密連線上的 CAPABILITY 清單缺少 LOGINDISABLED，因此不堅持使用 STARTTLS 的郵件用戶端會以明文傳送使用者的密碼，路徑上的任何人都能讀取。拒絕明文登入的伺服器會宣告 LOGINDISABLED，並在 TLS 建立之前不列出 AUTH=PLAIN/LOGIN（RFC 9051 6.2.3）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="214"/>
        <location filename="../core/diagnose/simulator.cpp" line="45"/>
        <source>%1 and %2</source>
        <translation>%1 和 %2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="216"/>
        <source>POP3 offers password logins before STLS (%1)</source>
        <translation>POP3 在 STLS 之前提供密碼登入（%1）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="217"/>
        <source>The CAPA list on the unencrypted connection offers %1, so a mail client that does not insist on STLS sends the user&apos;s password in cleartext. A server that refuses cleartext logins lists neither USER nor SASL PLAIN/LOGIN until TLS is up (RFC 2595 4, RFC 8314).</source>
        <translation>未加密連線上的 CAPA 清單提供了 %1，因此不堅持使用 STLS 的郵件用戶端會以明文傳送使用者的密碼。拒絕明文登入的伺服器在 TLS 建立之前既不列出 USER，也不列出 SASL PLAIN/LOGIN（RFC 2595 4，RFC 8314）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="226"/>
        <source>ManageSieve offers SASL %1 before STARTTLS</source>
        <translation>ManageSieve 在 STARTTLS 之前提供 SASL %1</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="227"/>
        <source>The capability list the server greets with names SASL mechanisms on the unencrypted connection, so a Sieve client that does not insist on STARTTLS sends the user&apos;s password in cleartext (RFC 5804 2.1 and 4: PLAIN only under TLS).</source>
        <translation>伺服器問候時給出的功能清單在未加密的連線上列出了 SASL 機制，因此不堅持使用 STARTTLS 的 Sieve 用戶端會以明文傳送使用者的密碼（RFC 5804 2.1 和 4：PLAIN 只能在 TLS 下使用）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="239"/>
        <source>No login mechanism is offered after STARTTLS</source>
        <translation>STARTTLS 之後沒有提供任何登入機制</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="240"/>
        <source>The server offered SASL mechanisms before TLS but lists none once TLS is up, so a client that (rightly) forgets the first list cannot log in.</source>
        <translation>伺服器在 TLS 之前提供了 SASL 機制，但 TLS 建立後卻一個也不列出，因此（正確地）捨棄第一份清單的用戶端無法登入。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="38"/>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="163"/>
        <source>partner offers %1; server accepts %2</source>
        <translation>對方提供 %1；伺服器接受 %2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="172"/>
        <source>Protocol mismatch: the server accepted no TLS version in the scan, so no partner can connect.</source>
        <translation>協定不相符：伺服器在掃描中未接受任何 TLS 版本，因此任何對方都無法連線。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="174"/>
        <source>Protocol mismatch: the partner offers %1, but this server accepts only %2; enable %3 on the server.</source>
        <translation>協定不相符：對方提供 %1，但此伺服器只接受 %2；請在伺服器上啟用 %3。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="179"/>
        <source>Protocol mismatch: the partner offers only %1, but this server accepts only %2; the partner must enable %3 (or the server accept %4 again, which weakens it for everyone).</source>
        <translation>協定不相符：對方只提供 %1，但此伺服器只接受 %2；對方必須啟用 %3（或伺服器重新接受 %4，但這會削弱對所有人的安全性）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="185"/>
        <source>The partner and the server share no TLS version</source>
        <translation>對方與伺服器沒有共同的 TLS 版本</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="193"/>
        <source>both speak %1: the server picks the highest, %1</source>
        <translation>雙方都支援 %1：伺服器選擇最高的 %1</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="196"/>
        <source>server accepts %1 suites in %2; it picks in its own order</source>
        <translation>伺服器在 %2 中接受 %1 個套件；它按自己的順序選擇</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="197"/>
        <source>server accepts %1 suites in %2; it follows the client&apos;s order</source>
        <translation>伺服器在 %2 中接受 %1 個套件；它遵循用戶端的順序</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="209"/>
        <source>the partner&apos;s groups are not known; assumed to match</source>
        <translation>對方的群組未知；假定相符</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="210"/>
        <source>the server&apos;s groups are not in the scan; assumed to match</source>
        <translation>掃描中沒有伺服器的群組；假定相符</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="239"/>
        <source>No shared cipher: in TLS 1.3 the partner offers %1 and the server accepts %2, none in common; enable TLS_AES_128_GCM_SHA256 and TLS_AES_256_GCM_SHA384 on the server.</source>
        <translation>沒有共同的加密套件：在 TLS 1.3 中對方提供 %1 個，伺服器接受 %2 個，沒有交集；請在伺服器上啟用 TLS_AES_128_GCM_SHA256 和 TLS_AES_256_GCM_SHA384。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="243"/>
        <source>No TLS 1.3 suite in common</source>
        <translation>沒有共同的 TLS 1.3 套件</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="254"/>
        <source>No shared key exchange group: in TLS 1.3 the partner offers %1 and the server accepts %2; enable x25519 and secp256r1 on the server.</source>
        <translation>沒有共同的金鑰交換群組：在 TLS 1.3 中對方提供 %1，伺服器接受 %2；請在伺服器上啟用 x25519 和 secp256r1。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="257"/>
        <source>No key exchange group in common</source>
        <translation>沒有共同的金鑰交換群組</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="273"/>
        <source>No shared cipher: in TLS 1.3 this client accepts only %1 signatures; serve an %2 certificate alongside the %3 one.</source>
        <translation>沒有共同的加密套件：在 TLS 1.3 中此用戶端只接受 %1 簽章；請在 %3 憑證之外再提供一個 %2 憑證。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="275"/>
        <source>No shared cipher: in TLS 1.3 this client accepts only %1 signatures; serve a %2 certificate alongside the %3 one.</source>
        <translation>沒有共同的加密套件：在 TLS 1.3 中此用戶端只接受 %1 簽章；請在 %3 憑證之外再提供一個 %2 憑證。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="280"/>
        <source>The partner cannot verify the certificate type served</source>
        <translation>對方無法驗證所提供的憑證類型</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="290"/>
        <source>agreed suite: %1</source>
        <translation>議定的套件：%1</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="291"/>
        <location filename="../core/diagnose/simulator.cpp" line="436"/>
        <source>This partner connects: %1 with %2.</source>
        <translation>此對方可以連線：%1，使用 %2。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="292"/>
        <location filename="../core/diagnose/simulator.cpp" line="431"/>
        <source>This partner connects: %1 with %2, key exchange %3.</source>
        <translation>此對方可以連線：%1，使用 %2，金鑰交換 %3。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="327"/>
        <source>No shared cipher: every suite this client offers needs an %1 certificate; serve an %1 certificate alongside the %2 one.</source>
        <translation>沒有共同的加密套件：此用戶端提供的每個套件都需要 %1 憑證；請在 %2 憑證之外再提供一個 %1 憑證。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="329"/>
        <source>No shared cipher: every suite this client offers needs a %1 certificate; serve a %1 certificate alongside the %2 one.</source>
        <translation>沒有共同的加密套件：此用戶端提供的每個套件都需要 %1 憑證；請在 %2 憑證之外再提供一個 %1 憑證。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="336"/>
        <source>No shared cipher: every suite this client offers needs %1  certificate; serve an %2 certificate alongside the %3 one.</source>
        <translation>沒有共同的加密套件：此用戶端提供的每個套件都需要 %1 憑證；請在 %3 憑證之外再提供一個 %2 憑證。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="338"/>
        <source>No shared cipher: every suite this client offers needs %1  certificate; serve a %2 certificate alongside the %3 one.</source>
        <translation>沒有共同的加密套件：此用戶端提供的每個套件都需要 %1 憑證；請在 %3 憑證之外再提供一個 %2 憑證。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="340"/>
        <source>an %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="345"/>
        <source>The partner&apos;s suites need %1 certificate; the server serves only %2</source>
        <translation>對方的套件需要 %1 憑證；伺服器只提供 %2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="353"/>
        <source>no suite in common: the partner&apos;s suites all need %1, the server has %2</source>
        <translation>沒有共同的套件：對方的套件都需要 %1，伺服器只有 %2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="369"/>
        <source>No shared cipher: the only suites in common in %1 are ECDHE suites, and the partner&apos;s curves (%2) are not among the server&apos;s (%3); enable secp256r1 and x25519 on the server.</source>
        <translation>沒有共同的加密套件：%1 中僅有的共同套件是 ECDHE 套件，而對方的曲線（%2）不在伺服器的曲線（%3）之中；請在伺服器上啟用 secp256r1 和 x25519。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="373"/>
        <source>No shared cipher: in %1 the partner offers %2 suites and this server accepts %3, none in common; accepting %4 on the server would fix it.</source>
        <translation>沒有共同的加密套件：在 %1 中對方提供 %2 個套件，此伺服器接受 %3 個，沒有交集；在伺服器上接受 %4 即可解決。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="380"/>
        <source>No shared cipher: in %1 the partner offers %2 suites and this server accepts %3, none in common.</source>
        <translation>沒有共同的加密套件：在 %1 中對方提供 %2 個套件，此伺服器接受 %3 個，沒有交集。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="387"/>
        <source>The partner and the server share no cipher suite</source>
        <translation>對方與伺服器沒有共同的加密套件</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="395"/>
        <source>the server picks %1</source>
        <translation>伺服器選擇 %1</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="406"/>
        <source>the scan did not record the server&apos;s DH prime size</source>
        <translation>掃描未記錄伺服器的 DH 質數大小</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="409"/>
        <source>DH too small: the server would pick %1 and send a %2-bit DH prime, but this client requires at least %3 bits and ends the handshake; give the server a %4-bit DH group (or let it prefer ECDHE suites).</source>
        <translation>DH 太小：伺服器會選擇 %1 並傳送 %2 位元的 DH 質數，但此用戶端要求至少 %3 位元並會結束交握；請為伺服器設定 %4 位元的 DH 群組（或讓其優先使用 ECDHE 套件）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="417"/>
        <source>The server&apos;s %1-bit DH prime is below the partner&apos;s minimum of %2 bits</source>
        <translation>伺服器的 %1 位元 DH 質數低於對方要求的最小值 %2 位元</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="423"/>
        <source>the server&apos;s DH prime has %1 bits; the partner requires %2</source>
        <translation>伺服器的 DH 質數為 %1 位元；對方要求 %2 位元</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="434"/>
        <source>This partner connects: %1 with %2, %3-bit DH.</source>
        <translation>此對方可以連線：%1，使用 %2，%3 位元 DH。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="464"/>
        <source>%1 sent by us</source>
        <translation>%1，由我方傳送</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="465"/>
        <source>%1 sent by us: %2</source>
        <translation>%1，由我方傳送：%2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="495"/>
        <source>the connection closed during the handshake (no alert)</source>
        <translation>連線在交握期間關閉（無警示）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="497"/>
        <source>server refused: %1</source>
        <translation>伺服器拒絕：%1</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="499"/>
        <source>our client gave up: the server&apos;s reply broke TLS (%1)</source>
        <translation>我方用戶端放棄：伺服器的回覆違反了 TLS（%1）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="500"/>
        <source>our client refused the server&apos;s reply (%1)</source>
        <translation>我方用戶端拒絕了伺服器的回覆（%1）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="515"/>
        <source>the server chose %1, which the partner does not offer</source>
        <translation>伺服器選擇了對方未提供的 %1</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="517"/>
        <source>the server sent a %1-bit DH prime; the partner requires %2 bits and ends the handshake</source>
        <translation>伺服器傳送了 %1 位元的 DH 質數；對方要求 %2 位元並會結束交握</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="525"/>
        <source>no verdict: the live handshake could not be made (%1)</source>
        <translation>無結論：無法進行即時交握（%1）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="532"/>
        <source>prediction held: both agree on %1 with %2</source>
        <translation>預測成立：雙方議定 %1，使用 %2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="533"/>
        <source>prediction did NOT hold: predicted %1 with %2, the server chose %3 with %4</source>
        <translation>預測不成立：預測為 %1 使用 %2，伺服器選擇了 %3 使用 %4</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="538"/>
        <source>prediction held: the real handshake failed too (%1)</source>
        <translation>預測成立：實際交握也失敗了（%1）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="541"/>
        <source>the server answered %1</source>
        <translation>伺服器回應了 %1</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="543"/>
        <source>prediction did NOT hold: predicted failure (%1), but the real handshake agreed on %2 with %3</source>
        <translation>預測不成立：預測失敗（%1），但實際交握議定了 %2，使用 %3</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="546"/>
        <source>prediction did NOT hold: predicted %1 with %2, but the real handshake failed (%3)</source>
        <translation>預測不成立：預測為 %1 使用 %2，但實際交握失敗了（%3）</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="../app/cli/common_options.cpp" line="95"/>
        <source>Options:</source>
        <translation>選項：</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="96"/>
        <source>Arguments:</source>
        <translation>引數：</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="97"/>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>未知選項「%1」。</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="98"/>
        <source>Unknown options: %1.</source>
        <translation>未知選項：%1。</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="99"/>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>「%1」後缺少值。</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="100"/>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>「%1」後有多餘的值。</translation>
    </message>
</context>
<context>
    <name>WindowProxy</name>
    <message>
        <location filename="../ui/window_proxy.cpp" line="57"/>
        <source>via SOCKS5 %1</source>
        <translation>經由 SOCKS5 %1</translation>
    </message>
    <message>
        <location filename="../ui/window_proxy.cpp" line="59"/>
        <source>via HTTP proxy %1</source>
        <translation>經由 HTTP 代理伺服器 %1</translation>
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
        <translation>用法：mailtls explain [選項] SUITE...

拆解一個加密套件：金鑰交換、驗證、大量加密、MAC/PRF、它所存在的
協定版本、前向保密、AEAD、它的等級及原因，以及伺服器使用它
需要哪種憑證。

SUITE 是 IANA、OpenSSL 或 GnuTLS 寫法的名稱（不分大小寫）或套件代碼：
  TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384   ECDHE-RSA-AES256-GCM-SHA384
  TLS_ECDHE_RSA_AES_256_GCM_SHA384        0xC030   0xC0,0x30

選項：
  --json FILE|-   將分析結果以 JSON 寫入 FILE，或以 &apos;-&apos; 寫到標準輸出
  --no-color      不使用色彩（設定了 NO_COLOR 或輸出不是終端機時亦然）
  -h, --help      顯示此說明

結束碼：0 所有套件均已知，2 未知套件（會建議相近的名稱）或用法錯誤。

範例：
  mailtls explain ECDHE-RSA-AES128-GCM-SHA256
  mailtls explain --json - TLS_AES_256_GCM_SHA384
</translation>
    </message>
    <message>
        <location filename="../app/cli/explain_command.cpp" line="72"/>
        <source>(try &apos;mailtls explain --help&apos;)</source>
        <translation>（參見 &apos;mailtls explain --help&apos;）</translation>
    </message>
    <message>
        <location filename="../app/cli/explain_command.cpp" line="81"/>
        <source>name a cipher suite, e.g. &apos;mailtls explain ECDHE-RSA-AES128-GCM-SHA256&apos;</source>
        <translation>請指定一個加密套件，例如 &apos;mailtls explain ECDHE-RSA-AES128-GCM-SHA256&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="28"/>
        <source>Show this help and exit.</source>
        <translation>顯示此說明並結束。</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="33"/>
        <source>No colours, even on a terminal.</source>
        <translation>不使用色彩，即使在終端機上也是如此。</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="39"/>
        <source>Exit 1 when a finding is at least this severe: info, low, medium, high, critical.</source>
        <translation>當某項發現的嚴重程度不低於此等級時以 1 結束：info、low、medium、high、critical。</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="46"/>
        <source>%1: smtp, lmtp, imap, pop3, sieve, none, or auto (the port, else the greeting; default: follows the port).</source>
        <translation>%1：smtp、lmtp、imap、pop3、sieve、none 或 auto（依連接埠，否則依問候語；預設：由連接埠決定）。</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="48"/>
        <source>Mail protocol before TLS</source>
        <translation>TLS 之前的郵件協定</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="54"/>
        <source>Start TLS with the first byte (SMTPS, as on port 465).</source>
        <translation>從第一個位元組起就使用 TLS（SMTPS，如 465 連接埠）。</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="60"/>
        <source>Server name sent in the TLS handshake (default: HOST when it is a name).</source>
        <translation>在 TLS 交握中傳送的伺服器名稱（預設：HOST，若它是名稱）。</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="66"/>
        <source>Send no server name indication.</source>
        <translation>不傳送伺服器名稱指示（SNI）。</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="71"/>
        <source>Name sent in EHLO/LHLO (default: this machine&apos;s fully qualified name, from its host name, /etc/hosts or /etc/resolv.conf).</source>
        <translation>在 EHLO/LHLO 中傳送的名稱（預設：本機的完整網域名稱，取自其主機名稱、/etc/hosts 或 /etc/resolv.conf）。</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="79"/>
        <source>Deadline for each connect, read and write step (default: %1).</source>
        <translation>每個連線、讀取和寫入步驟的時限（預設：%1）。</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="86"/>
        <source>Write %1 to FILE; &apos;-&apos; writes it to stdout instead of the text.</source>
        <translation>將%1寫入 FILE；「-」則將其寫到標準輸出，取代文字輸出。</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="87"/>
        <source>the JSON report</source>
        <translation> JSON 報告</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="237"/>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="261"/>
        <source>--%1 must be a number of seconds between 0 and 3600, not &apos;%2&apos;</source>
        <translation>--%1 必須是 0 到 3600 之間的秒數，而不是 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="276"/>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 必須是 %2 到 %3 之間的整數，而不是 &apos;%4&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="287"/>
        <source>--%1 needs one name without spaces or line breaks</source>
        <translation>--%1 需要一個不含空格或換行的名稱</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="304"/>
        <source>--starttls must be smtp, lmtp, imap, pop3, sieve, none or auto, not &apos;%1&apos;</source>
        <translation>--starttls 必須是 smtp、lmtp、imap、pop3、sieve、none 或 auto，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="326"/>
        <location filename="../app/cli/session_args.cpp" line="259"/>
        <source>--sni and --no-sni contradict each other</source>
        <translation>--sni 與 --no-sni 互相矛盾</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="343"/>
        <source>--json %1: is a directory</source>
        <translation>--json %1：是一個目錄</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="348"/>
        <source>--json %1: directory %2 does not exist</source>
        <translation>--json %1：目錄 %2 不存在</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="352"/>
        <source>--json %1: directory %2 is not writable</source>
        <translation>--json %1：目錄 %2 無法寫入</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="356"/>
        <source>--json %1: file is not writable</source>
        <translation>--json %1：檔案無法寫入</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="368"/>
        <location filename="../app/cli/explain_command.cpp" line="86"/>
        <location filename="../app/cli/records_command.cpp" line="188"/>
        <source>--json needs a file name or &apos;-&apos;</source>
        <translation>--json 需要一個檔案名稱或 &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="378"/>
        <source>--html needs a file name</source>
        <translation>--html 需要一個檔案名稱</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="379"/>
        <source>--html %1: %2</source>
        <translation>--html %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="387"/>
        <source>--pdf needs a file name</source>
        <translation>--pdf 需要一個檔案名稱</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="388"/>
        <source>--pdf %1: %2</source>
        <translation>--pdf %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="394"/>
        <source>--fail-on must be info, low, medium, high or critical, not &apos;%1&apos;</source>
        <translation>--fail-on 必須是 info、low、medium、high 或 critical，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="421"/>
        <source>%1%2: no such file</source>
        <translation>%1%2：檔案不存在</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="422"/>
        <location filename="../app/cli/common_options.cpp" line="442"/>
        <location filename="../app/cli/common_options.cpp" line="449"/>
        <source>%1%2: cannot read (%3)</source>
        <translation>%1%2：無法讀取（%3）</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="426"/>
        <source>%1%2: is a directory</source>
        <translation>%1%2：是一個目錄</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="431"/>
        <source>%1%2: is not a regular file (a pipe, socket or device); save it to a file first</source>
        <translation>%1%2：不是一般檔案（而是管線、通訊端或裝置）；請先存成檔案</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="436"/>
        <source>%1%2: is not a regular file</source>
        <translation>%1%2：不是一般檔案</translation>
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
        <translation>無法寫入 --json %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="485"/>
        <location filename="../app/cli/compare_command.cpp" line="292"/>
        <location filename="../app/cli/domain_command.cpp" line="548"/>
        <location filename="../app/cli/simulate_command.cpp" line="483"/>
        <source>cannot write --html %1: %2</source>
        <translation>無法寫入 --html %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="496"/>
        <location filename="../app/cli/compare_command.cpp" line="301"/>
        <location filename="../app/cli/domain_command.cpp" line="557"/>
        <location filename="../app/cli/simulate_command.cpp" line="491"/>
        <source>cannot write --pdf %1: %2</source>
        <translation>無法寫入 --pdf %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="506"/>
        <source>Write %1 as a PDF file (A4: the verdict, the findings with their fixes, the chain, the matrix), to forward to a partner&apos;s admin.</source>
        <translation>將%1寫成 PDF 檔案（A4：結論、發現及其修正、憑證鏈、矩陣），可轉寄給對方的管理員。</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="508"/>
        <source>the report</source>
        <translation>報告</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="525"/>
        <source>passphrase file </source>
        <translation>密語檔案 </translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="529"/>
        <source>cannot read passphrase file %1: %2</source>
        <translation>無法讀取密語檔案 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="536"/>
        <source>passphrase file %1 is empty (the first line is the passphrase)</source>
        <translation>密語檔案 %1 是空的（第一行即為密語）</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="546"/>
        <source>Connect through a proxy: socks5://[USER@]HOST:PORT (socks5h:// the same; the proxy resolves host names) or http://[USER@]HOST:PORT (HTTP CONNECT). No password in the URL.</source>
        <translation>透過代理伺服器連線：socks5://[USER@]HOST:PORT（socks5h:// 相同；由代理伺服器解析主機名稱）或 http://[USER@]HOST:PORT（HTTP CONNECT）。URL 中不得包含密碼。</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="554"/>
        <source>The proxy user&apos;s password: the first line of FILE (default: the environment variable MAILTLS_PROXY_PASSWORD).</source>
        <translation>代理伺服器使用者的密碼：FILE 的第一行（預設：環境變數 MAILTLS_PROXY_PASSWORD）。</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="562"/>
        <source>At most N connections through the proxy at once, for the whole run: every scan lane, session and fleet target shares them (default: %1; 1 to %2). A proxy that turns a connection away at its own limit is waited for and retried.</source>
        <translation>整個執行期間經由代理伺服器同時進行的連線最多 N 個：所有掃描通道、工作階段和批次目標共用這些連線（預設：%1；1 到 %2）。若代理伺服器因自身上限拒絕某個連線，則等待後重試。</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="577"/>
        <source>--proxy-pass-file needs --proxy</source>
        <translation>--proxy-pass-file 需要 --proxy</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="581"/>
        <source>--proxy-connections needs --proxy</source>
        <translation>--proxy-connections 需要 --proxy</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="591"/>
        <source>--proxy-connections: a number from 1 to %1, not &quot;%2&quot;</source>
        <translation>--proxy-connections：須為 1 到 %1 之間的數字，而不是「%2」</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="601"/>
        <source>--proxy: %1</source>
        <translation>--proxy：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="605"/>
        <source>--proxy: empty URL</source>
        <translation>--proxy：URL 為空</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="610"/>
        <source>--proxy-pass-file needs a user in the --proxy URL (socks5://USER@HOST:PORT)</source>
        <translation>--proxy-pass-file 需要 --proxy URL 中包含使用者名稱（socks5://USER@HOST:PORT）</translation>
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
        <translation>用法：mailtls COMMAND [options]

郵件伺服器的 TLS 一側：SMTP/STARTTLS 工作階段、TLS 交握、憑證鏈、發現，
以及修正它們的 Exim/Postfix 設定。

命令：
  session HOST[:PORT]   一次真實工作階段：對話紀錄、交握、憑證鏈、發現
  scan HOST[:PORT]      版本、所有 IANA 套件、優先順序、群組、DH 大小、憑證類型
  cert SUBCOMMAND       檢查憑證檔案；產生金鑰、CSR、小型 CA、DH 參數
  explain SUITE         拆解一個加密套件：金鑰交換、驗證、加密演算法、MAC、等級、憑證
  simulate              對方（設定檔或加密清單）能否連線？結果、原因、修正
  compare TARGET...     兩台或更多伺服器或已儲存的報告並排比較，差異在前
  practice-server       一個用於練習的本機迴路 SMTP/TLS 伺服器（--list：各種個性）
  log FILE...           從 TLS 角度讀取郵件日誌：對方、版本、依原因分類的失敗、假如……會有什麼中斷
  queue FILE|-          佇列清單（exim -bp、postqueue -j/-p）：哪些郵件卡住了，依網域和時長
  fleet FILE|-          一次檢查所有對方：每個目標一次工作階段或掃描，JSON Lines，一張表格
  domain DOMAIN         某網域的郵件能否安全投遞？MX、DANE、MTA-STS、TLS-RPT
  records               網域為 DANE、MTA-STS、TLS-RPT 發布的記錄；寄件方的 DANE 設定

選項：
  -h, --help            顯示此說明；「mailtls COMMAND --help」查看某個命令的說明
  -V, --version         顯示 mailtls、Qt 和 OpenSSL 的版本

結束代碼：0 正常，1 存在不低於 --fail-on 的發現，2 用法錯誤，
3 沒有可評判的回應（無法連上、未及時回覆、不是郵件伺服器；被拒絕的 TLS
交握也是一種回應，並且是一項發現），130 已中斷。
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="147"/>
        <source>&apos;%1&apos; is not available in this build yet (try &apos;mailtls --help&apos;)</source>
        <translation>此版本尚未提供 &apos;%1&apos;（參見 &apos;mailtls --help&apos;）</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="150"/>
        <source>unknown command &apos;%1&apos; (try &apos;mailtls --help&apos;)</source>
        <translation>未知的指令 &apos;%1&apos;（參見 &apos;mailtls --help&apos;）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="37"/>
        <source>TLS only, no mail protocol</source>
        <translation>僅 TLS，無郵件協定</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="37"/>
        <source>no mail protocol</source>
        <translation>無郵件協定</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="39"/>
        <source>%1 inside implicit TLS</source>
        <translation>%1 位於隱式 TLS 之內</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="40"/>
        <source>%1 with STARTTLS</source>
        <translation>%1 使用 STARTTLS</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="38"/>
        <source>Reads certificate files (PEM or DER: certificates, chain bundles, private keys, PKCS#7,
PKCS#12) and reports the chain exactly as a server configured with them would send it:
certificates in file order, files in the order given. Checks the order (leaf first, then
each issuer), missing intermediates (against --ca-file or the system store), extra
certificates, an included root, whether a private key matches the leaf, and every
certificate finding of a live session (trust, dates, name, key and signature strength).</source>
        <translation>讀取憑證檔案（PEM 或 DER：憑證、憑證鏈組合、私密金鑰、PKCS#7、
PKCS#12），並依設定了這些檔案的伺服器傳送的方式準確報告憑證鏈：
憑證依檔案內順序，檔案依指定順序。檢查順序（終端憑證在前，然後
是各簽發者）、缺少的中繼憑證（對照 --ca-file 或系統憑證庫）、多餘的
憑證、附帶的根憑證、私密金鑰是否與終端憑證相符，以及即時工作階段中的每項
憑證發現（信任、日期、名稱、金鑰與簽章強度）。</translation>
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
工作階段之外的發現 ID：chain.root_included（info）、key.mismatch。

結束碼：
  0    已檢查（如有發現，均低於 --fail-on）
  1    有達到或高於 --fail-on 的發現
  2    用法錯誤，或檔案無法讀取（已損壞、密語錯誤、沒有憑證）

範例：
  mailtls cert inspect /etc/exim4/exim.crt /etc/exim4/exim.key --servername mx.example.org
  mailtls cert inspect fullchain.pem --ca-file private-root.pem --json -
  mailtls cert inspect bundle.p12 --passphrase-file p12.pass --fail-on medium
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="72"/>
        <source>Passphrase for encrypted keys and PKCS#12 (first line of FILE).</source>
        <translation>加密金鑰與 PKCS#12 的密語（FILE 的第一行）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="75"/>
        <location filename="../app/cli/fleet_args.cpp" line="87"/>
        <location filename="../app/cli/session_args.cpp" line="75"/>
        <source>Trust these PEM certificates instead of the system store.</source>
        <translation>信任這些 PEM 憑證，而非系統憑證庫。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="78"/>
        <source>Name the certificate must match, e.g. the MX name (default: no name check).</source>
        <translation>憑證必須相符的名稱，例如 MX 名稱（預設：不檢查名稱）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="81"/>
        <source>cert.expires_soon when fewer days than this remain (default: 30).</source>
        <translation>剩餘天數少於此值時回報 cert.expires_soon（預設：30）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="85"/>
        <source>Also write a self-contained, printable HTML report to FILE.</source>
        <translation>另將獨立、可列印的 HTML 報告寫入 FILE。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="87"/>
        <source>the inspection</source>
        <translation>檢查結果</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="91"/>
        <location filename="../app/cli/session_args.cpp" line="139"/>
        <source>Print only the one-line summary (errors still go to stderr).</source>
        <translation>只輸出一行摘要（錯誤仍寫到 stderr）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="105"/>
        <source>Certificate, chain, key, PKCS#7 or PKCS#12 file; several in serving order.</source>
        <translation>憑證、憑證鏈、金鑰、PKCS#7 或 PKCS#12 檔案；多個時依提供順序。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="133"/>
        <source>missing FILE</source>
        <translation>缺少 FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="150"/>
        <source>--passphrase-file %1: the first line is empty</source>
        <translation>--passphrase-file %1：第一行是空的</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="178"/>
        <source>Extensions</source>
        <translation>擴充</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="188"/>
        <source>not a CA</source>
        <translation>非 CA</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="190"/>
        <source>, path length %1</source>
        <translation>，路徑長度 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="192"/>
        <location filename="../app/cli/cert_inspect_command.cpp" line="197"/>
        <source> (critical)</source>
        <translation> （關鍵）</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="193"/>
        <source>Basic constraints</source>
        <translation>基本限制</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="198"/>
        <source>Key usage</source>
        <translation>金鑰用途</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="199"/>
        <source>Extended key usage</source>
        <translation>延伸金鑰用途</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="201"/>
        <source>CA issuers</source>
        <translation>CA 簽發者</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="202"/>
        <source>CRL distribution</source>
        <translation>CRL 發布點</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="203"/>
        <source>Subject key id</source>
        <translation>主體金鑰識別碼</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="204"/>
        <source>Authority key id</source>
        <translation>授權單位金鑰識別碼</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="212"/>
        <location filename="../app/cli/report_printer.cpp" line="48"/>
        <source>1 certificate</source>
        <translation>1 張憑證</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="212"/>
        <location filename="../app/cli/report_printer.cpp" line="48"/>
        <source>%1 certificates</source>
        <translation>%1 張憑證</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="214"/>
        <source>key does not match</source>
        <translation>金鑰不相符</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="215"/>
        <source>key matches</source>
        <translation>金鑰相符</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="260"/>
        <source>--ca-file %1: %2</source>
        <translation>--ca-file %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="277"/>
        <source>no certificate in %1 (only private keys)</source>
        <translation>%1 中沒有憑證（只有私密金鑰）</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="291"/>
        <source>Files</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="291"/>
        <source>Files
</source>
        <translation>檔案
</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="53"/>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="53"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="227"/>
        <location filename="../app/cli/report_printer.cpp" line="58"/>
        <source>1 finding</source>
        <translation>1 項發現</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="227"/>
        <location filename="../app/cli/report_printer.cpp" line="58"/>
        <source>%1 findings</source>
        <translation>%1 項發現</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="131"/>
        <source>accepts legacy servers</source>
        <translation>接受舊式伺服器</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="132"/>
        <source>rejects keys weaker than %1 bits, e.g. RSA/DH under %2 bits</source>
        <translation>拒絕弱於 %1 位元的金鑰，例如低於 %2 位元的 RSA/DH</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="134"/>
        <source>client ran at OpenSSL security level %1 (%2)</source>
        <translation>用戶端以 OpenSSL 安全等級 %1 執行（%2）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="144"/>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="145"/>
        <source>Host</source>
        <translation>主機</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="146"/>
        <source>Port</source>
        <translation>連接埠</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="148"/>
        <source>Address</source>
        <translation>位址</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="149"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="150"/>
        <source>none sent</source>
        <translation>未送出</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="152"/>
        <source>Certificate name</source>
        <translation>憑證名稱</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="158"/>
        <source>Transcript</source>
        <translation>對話紀錄</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="190"/>
        <source>(nothing was exchanged)</source>
        <translation>（沒有任何交換）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="199"/>
        <source>the session ended before TLS</source>
        <translation>工作階段在 TLS 之前結束</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="201"/>
        <source>STARTTLS was refused: %1</source>
        <translation>STARTTLS 被拒絕：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="203"/>
        <source>the server does not offer STARTTLS</source>
        <translation>伺服器不提供 STARTTLS</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="204"/>
        <source>not attempted: </source>
        <translation>未嘗試：</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="208"/>
        <source>handshake failed</source>
        <translation>交握失敗</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="209"/>
        <location filename="../app/cli/report_printer.cpp" line="308"/>
        <source>Handshake</source>
        <translation>交握</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="209"/>
        <source>failed: </source>
        <translation>失敗：</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="213"/>
        <source> (sent by the server)</source>
        <translation>（由伺服器送出）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="215"/>
        <source> (sent by us)</source>
        <translation>（由我方送出）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="216"/>
        <source>Alert</source>
        <translation>警示</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="219"/>
        <location filename="../app/cli/report_printer.cpp" line="221"/>
        <source>Protocol</source>
        <translation>協定</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="227"/>
        <source>code %1</source>
        <translation>代碼 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="230"/>
        <source>Cipher</source>
        <translation>加密套件</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="233"/>
        <source>Key exchange group</source>
        <translation>金鑰交換群組</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="235"/>
        <source>Server temp key</source>
        <translation>伺服器臨時金鑰</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="236"/>
        <source>%1 %2 bits</source>
        <translation>%1 %2 位元</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="239"/>
        <source>Peer signature</source>
        <translation>對端簽章</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="242"/>
        <source>%1 with %2</source>
        <translation>%1，摘要 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="244"/>
        <source>Compression</source>
        <translation>壓縮</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="415"/>
        <location filename="../app/cli/practice_command.cpp" line="57"/>
        <location filename="../app/cli/practice_command.cpp" line="207"/>
        <location filename="../app/cli/report_printer.cpp" line="244"/>
        <location filename="../app/cli/report_printer.cpp" line="398"/>
        <location filename="../app/cli/report_printer.cpp" line="620"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="247"/>
        <source>ok</source>
        <translation>通過</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="248"/>
        <source>failed: code %1 (%2)</source>
        <translation>失敗：代碼 %1（%2）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="249"/>
        <location filename="../app/cli/report_printer.cpp" line="251"/>
        <source>Verification</source>
        <translation>驗證</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="417"/>
        <location filename="../app/cli/report_printer.cpp" line="251"/>
        <location filename="../app/cli/simulate_command.cpp" line="173"/>
        <location filename="../app/cli/simulate_command.cpp" line="351"/>
        <source>not checked</source>
        <translation>未檢查</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="254"/>
        <source>Client certificate</source>
        <translation>用戶端憑證</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="255"/>
        <source>requested by the server, sent</source>
        <translation>伺服器要求，已送出</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="256"/>
        <source>requested by the server, none sent</source>
        <translation>伺服器要求，未送出</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="258"/>
        <source>Session</source>
        <translation>工作階段</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="258"/>
        <source>resumed</source>
        <translation>已恢復</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="259"/>
        <source>Note: </source>
        <translation>註：</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="268"/>
        <location filename="../app/cli/report_printer.cpp" line="280"/>
        <source>keyword</source>
        <translation>關鍵字</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="269"/>
        <location filename="../app/cli/report_printer.cpp" line="280"/>
        <source>before TLS</source>
        <translation>TLS 之前</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="275"/>
        <location filename="../app/cli/report_printer.cpp" line="596"/>
        <location filename="../app/cli/report_printer.cpp" line="646"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="278"/>
        <source>EHLO before and after STARTTLS</source>
        <translation>STARTTLS 前後的 EHLO</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="278"/>
        <source>Capabilities before and after STARTTLS</source>
        <translation>STARTTLS 前後的能力清單</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="281"/>
        <source>after TLS</source>
        <translation>TLS 之後</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="296"/>
        <source>(expected: not offered again inside TLS)</source>
        <translation>（符合預期：TLS 內不再提供）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="301"/>
        <source>Nothing changed but STARTTLS itself.</source>
        <translation>除 STARTTLS 本身外沒有變化。</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="302"/>
        <source>%1 keyword(s) changed with TLS (+ added, - removed, ~ other parameters).</source>
        <translation>有 %1 個關鍵字隨 TLS 改變（+ 新增，- 移除，~ 參數不同）。</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="310"/>
        <source>(no handshake messages recorded)</source>
        <translation>（未記錄交握訊息）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="311"/>
        <location filename="../app/cli/report_printer.cpp" line="330"/>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="312"/>
        <location filename="../app/cli/report_printer.cpp" line="330"/>
        <source>Dir</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="313"/>
        <location filename="../app/cli/report_printer.cpp" line="330"/>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="314"/>
        <location filename="../app/cli/report_printer.cpp" line="330"/>
        <source>Length</source>
        <translation>長度</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="331"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="356"/>
        <source>Certificate chain</source>
        <translation>憑證鏈</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="357"/>
        <source>Certificate chain (%1)</source>
        <translation>憑證鏈（%1）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="360"/>
        <source>No certificate was served.</source>
        <translation>伺服器未提供憑證。</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="370"/>
        <source>Issuer</source>
        <translation>簽發者</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="371"/>
        <source>Serial</source>
        <translation>序號</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="372"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="375"/>
        <source>(not valid yet: starts in %1)</source>
        <translation>（尚未生效：%1後開始）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="380"/>
        <source>(EXPIRED %1 ago)</source>
        <translation>（已過期 %1）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="384"/>
        <source>(%1 left)</source>
        <translation>（剩餘 %1）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="388"/>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="389"/>
        <source>Key</source>
        <translation>金鑰</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="390"/>
        <source>Signature</source>
        <translation>簽章</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="401"/>
        <source>Subject hash</source>
        <translation>主體雜湊</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="406"/>
        <source>self-signed</source>
        <translation>自簽</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="407"/>
        <source>Flags</source>
        <translation>旗標</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="407"/>
        <source>end entity</source>
        <translation>終端實體</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="415"/>
        <source>Findings</source>
        <translation>發現</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="415"/>
        <source>No findings.</source>
        <translation>沒有發現。</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="416"/>
        <source>Findings (%1)</source>
        <translation>發現（%1）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="428"/>
        <source>Evidence: </source>
        <translation>證據：</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="136"/>
        <source>compared %1 servers: %2 difference(s), %3 the same, %4 not comparable
</source>
        <translation>已比較 %1 台伺服器：%2 處不同，%3 處相同，%4 處無法比較
</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="148"/>
        <source>Servers</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="155"/>
        <source>Differences: none</source>
        <translation>差異：無</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="156"/>
        <source>  The servers agree on everything the reports hold in common.

</source>
        <translation>  在各報告共同包含的所有項目上，這些伺服器完全一致。

</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="158"/>
        <source>Differences (%1)</source>
        <translation>差異（%1）</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="166"/>
        <source>Same (%1)</source>
        <translation>相同（%1）</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="174"/>
        <source>Not comparable: held by one report only (%1)</source>
        <translation>無法比較：僅一份報告包含（%1）</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="181"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="198"/>
        <source>(try &apos;mailtls compare --help&apos;)</source>
        <translation>（參見 &apos;mailtls compare --help&apos;）</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="224"/>
        <source>  scanning %1 server(s)...
</source>
        <translation>  正在掃描 %1 台伺服器...
</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="228"/>
        <source>  scanned %1 (%2 connections, %3 s)
</source>
        <translation>  已掃描 %1（%2 次連線，%3 秒）
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
        <translation>已中斷</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="245"/>
        <location filename="../app/cli/scan_command.cpp" line="92"/>
        <location filename="../app/cli/simulate_command.cpp" line="459"/>
        <source>cannot scan %1: %2</source>
        <translation>無法掃描 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="263"/>
        <source>live scan now</source>
        <translation>現在即時掃描</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="265"/>
        <source>time unknown</source>
        <translation>時間未知</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="266"/>
        <source>saved %1 report of %2, %3</source>
        <translation>已儲存的 %2 的 %1 報告，%3</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="456"/>
        <location filename="../app/cli/report_printer.cpp" line="676"/>
        <source>failed: %1</source>
        <translation>失敗：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="460"/>
        <source>stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="468"/>
        <source>certificate verified</source>
        <translation>憑證已驗證</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="469"/>
        <source>certificate not verified (code %1)</source>
        <translation>憑證未通過驗證（代碼 %1）</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="65"/>
        <source>stopped before it finished</source>
        <translation>在完成前已停止</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="67"/>
        <source>not run: %1</source>
        <translation>未執行：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="100"/>
        <source>%1, %2 suites</source>
        <translation>%1，%2 個套件</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="112"/>
        <location filename="../app/cli/report_printer.cpp" line="471"/>
        <source>TLS handshake failed</source>
        <translation>TLS 交握失敗</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="113"/>
        <location filename="../app/cli/report_printer.cpp" line="472"/>
        <source>TLS handshake failed (%1)</source>
        <translation>TLS 交握失敗（%1）</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="129"/>
        <source>answers again (was: %1)</source>
        <translation>重新回應（之前：%1）</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="130"/>
        <source>no longer answers: %1</source>
        <translation>不再回應：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="137"/>
        <source>new finding %1 (%2)</source>
        <translation>新發現 %1（%2）</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="141"/>
        <source>finding gone %1 (%2)</source>
        <translation>發現已消失 %1（%2）</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="145"/>
        <source>version gained %1</source>
        <translation>新增版本 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="149"/>
        <source>version lost %1</source>
        <translation>失去版本 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="152"/>
        <source>certificate changed: SHA-256 %1… -&gt; %2…</source>
        <translation>憑證已變更：SHA-256 %1… -&gt; %2…</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="155"/>
        <source>no certificate seen any more</source>
        <translation>不再看到憑證</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="156"/>
        <source>certificate seen (none before)</source>
        <translation>看到了憑證（之前沒有）</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="178"/>
        <source>expired %1 d ago</source>
        <translation>已過期 %1 天</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="178"/>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="216"/>
        <location filename="../app/cli/fleet_command.cpp" line="333"/>
        <source>cannot write --jsonl %1: %2</source>
        <translation>無法寫入 --jsonl %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="253"/>
        <source>%1: cannot read (%2)</source>
        <translation>%1：無法讀取（%2）</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="261"/>
        <source>%1: no target in the list</source>
        <translation>%1：清單中沒有目標</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="275"/>
        <source>--resume %1</source>
        <translation>--resume %1</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="279"/>
        <source>--resume %1 (ignored)</source>
        <translation>--resume %1（已忽略）</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="299"/>
        <source>--baseline %1</source>
        <translation>--baseline %1</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="303"/>
        <source>--baseline %1 (ignored)</source>
        <translation>--baseline %1（已忽略）</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="400"/>
        <source>TARGET</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="400"/>
        <source>RESULT</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="401"/>
        <source>WORST FINDING</source>
        <translation>最嚴重的發現</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="401"/>
        <source>CERT</source>
        <translation>憑證</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="402"/>
        <source>TIME</source>
        <translation>耗時</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="426"/>
        <source>Changes since %1</source>
        <translation>自 %1 以來的變化</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="434"/>
        <source>  %1: not in the baseline
</source>
        <translation>  %1：不在基準中
</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="444"/>
        <source>  %1 unchanged, %2 not in the baseline

</source>
        <translation>  %1 個未變，%2 個不在基準中

</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="448"/>
        <source>%1 targets</source>
        <translation>%1 個目標</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="450"/>
        <source>%1 already in %2</source>
        <translation>%1 個已在 %2 中</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="451"/>
        <source>%1 ok</source>
        <translation>%1 個正常</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="456"/>
        <source>with findings: %1</source>
        <translation>有發現：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="457"/>
        <source>%1 unreachable</source>
        <translation>%1 個無法連線</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="459"/>
        <source>%1 not checked</source>
        <translation>%1 個未檢查</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="460"/>
        <source>Total: %1; %2
</source>
        <translation>總計：%1；%2
</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="465"/>
        <source>interrupted: %1 of %2 targets checked</source>
        <translation>已中斷：已檢查 %2 個目標中的 %1 個</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="473"/>
        <source>--max-time reached: %1 of %2 targets not checked</source>
        <translation>已達到 --max-time：%2 個目標中有 %1 個未檢查</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="478"/>
        <source>no answer to judge: every target was unreachable</source>
        <translation>沒有可評判的回應：所有目標均無法連線</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="476"/>
        <source>no TLS (STARTTLS refused: %1)</source>
        <translation>無 TLS（STARTTLS 被拒絕：%1）</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="115"/>
        <location filename="../app/cli/report_printer.cpp" line="478"/>
        <source>no TLS</source>
        <translation>無 TLS</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="115"/>
        <location filename="../app/cli/report_printer.cpp" line="478"/>
        <source>no TLS (STARTTLS not offered)</source>
        <translation>無 TLS（未提供 STARTTLS）</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="217"/>
        <location filename="../app/cli/report_printer.cpp" line="483"/>
        <location filename="../app/cli/report_printer.cpp" line="691"/>
        <source>no findings</source>
        <translation>沒有發現</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="498"/>
        <source>likely: %1</source>
        <translation>可能原因：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="531"/>
        <source>Scan</source>
        <translation>掃描</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="533"/>
        <source>No scan ran.</source>
        <translation>未執行掃描。</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="537"/>
        <source>Protocols</source>
        <translation>協定</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="541"/>
        <location filename="../app/cli/report_printer.cpp" line="601"/>
        <location filename="../app/cli/report_printer.cpp" line="651"/>
        <source>not tested</source>
        <translation>未測試</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="543"/>
        <location filename="../app/cli/report_printer.cpp" line="635"/>
        <source>accepted</source>
        <translation>接受</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="545"/>
        <source>not accepted</source>
        <translation>不接受</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="563"/>
        <source>client&apos;s order</source>
        <translation>用戶端順序</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="565"/>
        <source>server&apos;s order</source>
        <translation>伺服器順序</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="567"/>
        <source>order not tested</source>
        <translation>順序未測試</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="568"/>
        <source>%1 suites (%2, %3)</source>
        <translation>%1 套件（%2，%3）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="580"/>
        <source>Groups</source>
        <translation>群組</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="580"/>
        <source>none found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="581"/>
        <source>DH prime</source>
        <translation>DH 質數</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="581"/>
        <source>%1 bits (smallest seen)</source>
        <translation>%1 位元（所見最小）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="582"/>
        <source>no DHE suite accepted</source>
        <translation>不接受任何 DHE 套件</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="583"/>
        <source>Certificate types</source>
        <translation>憑證類型</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="584"/>
        <location filename="../app/cli/simulate_command.cpp" line="364"/>
        <source>none seen</source>
        <translation>未見</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="597"/>
        <location filename="../app/cli/report_printer.cpp" line="647"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="603"/>
        <source>Hygiene</source>
        <translation>安全衛生</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="609"/>
        <source>Attacks</source>
        <translation>攻擊</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="610"/>
        <source>heartbleed leak %1, CCS injection accepted %2, ROBOT oracle %3, ticketbleed leak %4</source>
        <translation>Heartbleed 洩漏 %1，接受 CCS 注入 %2，ROBOT 預言機 %3，Ticketbleed 洩漏 %4</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="614"/>
        <source> (no lifetime hint)</source>
        <translation>（無有效期提示）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="614"/>
        <source> (lifetime %1 s)</source>
        <translation>（有效期 %1 秒）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="616"/>
        <source>Resumption</source>
        <translation>工作階段恢復</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="617"/>
        <source>session id %1, ticket %2%3, TLS 1.3 ticket %4%5</source>
        <translation>工作階段 ID %1，票證 %2%3，TLS 1.3 票證 %4%5</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="622"/>
        <source>unusable (see --json)</source>
        <translation>無法使用（見 --json）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="624"/>
        <source>, this update %1</source>
        <translation>，本次更新 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="626"/>
        <source>, next update %1%2</source>
        <translation>，下次更新 %1%2</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="628"/>
        <source> (passed)</source>
        <translation>（已過）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="631"/>
        <source>; the certificate is must-staple</source>
        <translation>；憑證要求裝訂（must-staple）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="632"/>
        <source>OCSP staple</source>
        <translation>OCSP 裝訂</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="637"/>
        <source>not offered</source>
        <translation>未提供</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="637"/>
        <source>rejected</source>
        <translation>被拒絕</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="638"/>
        <source>0-RTT</source>
        <translation>0-RTT</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="654"/>
        <source>role %1: MAIL before TLS %2, AUTH before TLS %3, command injection %4</source>
        <translation>角色 %1：TLS 前 MAIL %2，TLS 前 AUTH %3，指令注入 %4</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="657"/>
        <source>%1 byte(s) of cleartext after the 220 to STARTTLS</source>
        <translation>STARTTLS 的 220 回覆之後有 %1 位元組明文</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="659"/>
        <source>%1 connections, %2 handshakes</source>
        <translation>%1 次連線，%2 次交握</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="661"/>
        <source>, %1 retries after busy answers</source>
        <translation>，因忙碌回應重試 %1 次</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="662"/>
        <source>Cost</source>
        <translation>開銷</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="662"/>
        <source> in %1 s</source>
        <translation>，耗時 %1 秒</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="98"/>
        <location filename="../app/cli/report_printer.cpp" line="686"/>
        <source>no TLS version accepted</source>
        <translation>不接受任何 TLS 版本</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="687"/>
        <source>%1; %2 suite/version pairs</source>
        <translation>%1；%2 個套件/版本組合</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="688"/>
        <source>%1 connections</source>
        <translation>%1 次連線</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_command.cpp" line="47"/>
        <source>scanning: %1/%2 connections, %3 s
</source>
        <translation>掃描中：%1/%2 次連線，%3 秒
</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_command.cpp" line="52"/>
        <source>  scanning [%1%2] %3/%4 connections </source>
        <translation>  掃描中 [%1%2] %3/%4 次連線 </translation>
    </message>
    <message>
        <location filename="../app/cli/scan_command.cpp" line="104"/>
        <source>(try &apos;mailtls scan --help&apos;)</source>
        <translation>（參見 &apos;mailtls scan --help&apos;）</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="32"/>
        <source>Predicts whether a mail partner can make a TLS connection to a server: the version and suite
they would agree on, or why they cannot (compat.no_shared_cipher, compat.protocol_mismatch,
compat.dh_too_small, compat.cert_type_mismatch) in a sentence to forward to the partner, with
the Exim and Postfix lines that fix it. The server is a live target (scanned first, then one
real handshake with exactly the partner&apos;s offer confirms the prediction) or a saved
&apos;mailtls scan --json&apos; report. The partner is a built-in profile or a pasted cipher list.</source>
        <translation>預測某個郵件對方能否與伺服器建立 TLS 連線：雙方會議定的版本和套件，或者無法連線的原因
（compat.no_shared_cipher、compat.protocol_mismatch、compat.dh_too_small、
compat.cert_type_mismatch），以一句可轉寄給對方的話說明，並附上修正它的 Exim 和 Postfix 設定行。
伺服器是一個線上目標（先掃描，然後用與對方完全相同的提議進行一次真實交握來確認預測），
或一份已儲存的「mailtls scan --json」報告。對方是一個內建設定檔或一份貼上的加密清單。</translation>
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
加密清單（--cipher-list）：
  OpenSSL  ECDHE-RSA-AES128-SHA:RC4-SHA  （名稱逐一對應；HIGH:!aNULL 之類的關鍵字
           由連結的 OpenSSL 展開，它不含 RC4/3DES）
  IANA     TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_3DES_EDE_CBC_SHA
  GnuTLS   NORMAL:-VERS-ALL:+VERS-TLS1.2:+3DES-CBC  （若已安裝則由 gnutls-cli 展開，
           否則由內建表展開；版本、群組和簽章隨之而來）
  沒有 --versions 時，貼上的清單以 TLS 1.0 - 1.2 提供（若列出了 TLS 1.3 套件則還有 1.3）；
  GnuTLS 字串自帶版本。

結束代碼：
  0    對方可以連線
  1    對方連線失敗（compat.* 發現為「high」；--fail-on critical 可保持結束代碼 0）
  2    用法錯誤（包括 --json、--html 或 --pdf 路徑不可寫入）
  3    沒有可評判的回應：無法連上、未及時回覆（TLS 交握期間也算），或沒有 STARTTLS
       或不是郵件伺服器。伺服器若作出回應並拒絕或中斷交握，就算已經回應：
       這是一項發現（0，或配合 --fail-on 時為 1）
  130  已中斷（Ctrl-C）

範例：
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
        <translation>要掃描並試連的線上郵件伺服器（PORT 預設為 25）。</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="71"/>
        <source>Saved &apos;mailtls scan --json&apos; report to predict from.</source>
        <translation>用於預測的已儲存「mailtls scan --json」報告。</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="73"/>
        <source>Built-in partner profile (see --list-profiles).</source>
        <translation>內建對方設定檔（見 --list-profiles）。</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="76"/>
        <source>The partner&apos;s suites: OpenSSL or IANA names, or a GnuTLS priority string.</source>
        <translation>對方的套件：OpenSSL 或 IANA 名稱，或 GnuTLS 優先順序字串。</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="78"/>
        <source>How to read --cipher-list: auto (default), openssl, iana, gnutls.</source>
        <translation>如何解讀 --cipher-list：auto（預設）、openssl、iana、gnutls。</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="81"/>
        <source>Versions the partner offers, e.g. 1.0,1.1,1.2 (replaces the profile&apos;s).</source>
        <translation>對方提供的版本，例如 1.0,1.1,1.2（取代設定檔中的版本）。</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="83"/>
        <source>Groups the partner offers, e.g. x25519:secp256r1.</source>
        <translation>對方提供的群組，例如 x25519:secp256r1。</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="85"/>
        <source>Smallest DHE prime the partner accepts (0: any).</source>
        <translation>對方接受的最小 DHE 質數（0：任意）。</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="88"/>
        <source>Signature algorithms the partner accepts, e.g. RSA+SHA256:rsa_pss_rsae_sha256.</source>
        <translation>對方接受的簽章演算法，例如 RSA+SHA256:rsa_pss_rsae_sha256。</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="90"/>
        <source>List the built-in profiles and exit.</source>
        <translation>列出內建設定檔並結束。</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="92"/>
        <source>With --server: scan and predict, but make no confirming handshake.</source>
        <translation>配合 --server：掃描並預測，但不進行確認交握。</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="94"/>
        <source>Start TLS with the first byte (SMTPS).</source>
        <translation>從第一個位元組起就使用 TLS（SMTPS）。</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="95"/>
        <source>Server name sent in the handshake (default: HOST when a name).</source>
        <translation>在交握中傳送的伺服器名稱（預設：HOST，若為名稱）。</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="98"/>
        <source>Deadline for each network step (default: 10).</source>
        <translation>每個網路步驟的時限（預設：10）。</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="100"/>
        <source>Connections open at once during the scan (default: 4).</source>
        <translation>掃描期間同時開啟的連線數（預設：4）。</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="105"/>
        <source>the JSON report (kind &quot;simulate&quot;)</source>
        <translation> JSON 報告（kind 為「simulate」）</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="107"/>
        <source>Also write the simulation as one self-contained, printable HTML file.</source>
        <translation>另外將模擬結果寫成一個獨立、可列印的 HTML 檔案。</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="110"/>
        <source>Write the simulation as a PDF file (A4: the verdict, the reason and the fix, then what each side offers), to forward to the partner&apos;s admin.</source>
        <translation>將模擬結果寫成 PDF 檔案（A4：結論、原因和修正，然後是雙方各自提供的內容），可轉寄給對方的管理員。</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="114"/>
        <source>Exit 1 when a finding is at least this severe (default: high).</source>
        <translation>當某項發現的嚴重程度不低於此等級時以 1 結束（預設：high）。</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="115"/>
        <source>No colours.</source>
        <translation>不使用色彩。</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="116"/>
        <source>Print only the verdict line.</source>
        <translation>只輸出結論行。</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="166"/>
        <source>Built-in partner profiles (mailtls simulate --client NAME):

</source>
        <translation>內建對方設定檔（mailtls simulate --client NAME）：

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
      提供 %3；%4 個 TLS 1.2 及以下套件，%5 個 TLS 1.3 套件；最小 DH %6
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="173"/>
        <location filename="../app/cli/simulate_command.cpp" line="351"/>
        <location filename="../app/cli/simulate_command.cpp" line="364"/>
        <source>%1 bits</source>
        <translation>%1 位元</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="174"/>
        <location filename="../app/cli/simulate_command.cpp" line="352"/>
        <source>source: </source>
        <translation>來源： </translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="177"/>
        <source>  (a profile file did not load: %1)
</source>
        <translation>  （有一個設定檔未能載入：%1）
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="203"/>
        <source>unexpected &apos;%1&apos;: name the server with --server or --report</source>
        <translation>意外的 &apos;%1&apos;：請用 --server 或 --report 指定伺服器</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="208"/>
        <source>name the server with either --server HOST[:PORT] or --report FILE.json</source>
        <translation>請用 --server HOST[:PORT] 或 --report FILE.json 之一指定伺服器</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="231"/>
        <source>--%1 needs --server (a report is not contacted)</source>
        <translation>--%1 需要 --server（不會連線報告中的伺服器）</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="237"/>
        <source>--report %1</source>
        <translation>--report %1</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="241"/>
        <source>--report %1: holds no scan section (make one with &apos;mailtls scan HOST --json FILE&apos;)</source>
        <translation>--report %1：不含掃描部分（請用 &apos;mailtls scan HOST --json FILE&apos; 產生）</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="247"/>
        <source>name the partner with either --client PROFILE or --cipher-list LIST</source>
        <translation>請用 --client PROFILE 或 --cipher-list LIST 之一指定對方</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="257"/>
        <source>unknown profile &apos;%1&apos;; built-in: %2</source>
        <translation>未知的設定檔 &apos;%1&apos;；內建：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="262"/>
        <source>--syntax applies to --cipher-list only</source>
        <translation>--syntax 僅適用於 --cipher-list</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="268"/>
        <source>--syntax must be auto, openssl, iana or gnutls, not &apos;%1&apos;</source>
        <translation>--syntax 必須是 auto、openssl、iana 或 gnutls，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="273"/>
        <source>--cipher-list: %1</source>
        <translation>--cipher-list：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="286"/>
        <source>--versions: unknown version &apos;%1&apos; (use 1.0, 1.1, 1.2, 1.3 or SSLv3)</source>
        <translation>--versions：未知版本 &apos;%1&apos;（可用 1.0、1.1、1.2、1.3 或 SSLv3）</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="301"/>
        <source>--groups: unknown group &apos;%1&apos;</source>
        <translation>--groups：未知的群組 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="313"/>
        <source>--sigalgs: unknown signature algorithm &apos;%1&apos;</source>
        <translation>--sigalgs：未知的簽章演算法 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="324"/>
        <source>--min-dh-bits must be a whole number from 0 to 16384, not &apos;%1&apos;</source>
        <translation>--min-dh-bits 必須是 0 到 16384 之間的整數，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="329"/>
        <source>the partner offers no suite for any of its versions (%1)</source>
        <translation>對方的任何版本都沒有提供套件（%1）</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="345"/>
        <source>Partner</source>
        <translation>對方</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="346"/>
        <source>          offers %1; %2 suites up to TLS 1.2, %3 TLS 1.3 suites; groups: %4; minimum DH: %5
</source>
        <translation>          提供 %1；%2 個 TLS 1.2 及以下套件，%3 個 TLS 1.3 套件；群組：%4；最小 DH：%5
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="350"/>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="354"/>
        <source>          not understood (left out): %1
</source>
        <translation>          無法辨識（已略去）：%1
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="360"/>
        <source>Server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="361"/>
        <source>          accepts %1; certificates: %2; DH prime: %3
</source>
        <translation>          接受 %1；憑證：%2；DH 質數：%3
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="362"/>
        <source>no version</source>
        <translation>無版本</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="299"/>
        <location filename="../app/cli/queue_command.cpp" line="323"/>
        <location filename="../app/cli/simulate_command.cpp" line="363"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="367"/>
        <source>Prediction: CONNECTS — %1 with %2%3
</source>
        <translation>預測：可以連線 — %1，套件 %2%3
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="369"/>
        <location filename="../app/cli/simulate_command.cpp" line="396"/>
        <source>, group %1</source>
        <translation>，群組 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="371"/>
        <source>Prediction: FAILS — %1
</source>
        <translation>預測：失敗 — %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="374"/>
        <source>  How:
</source>
        <translation>  推理過程：
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="381"/>
        <source>
Fix for Exim:
</source>
        <translation>
Exim 的修正方法：
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="383"/>
        <source>Fix for Postfix:
</source>
        <translation>Postfix 的修正方法：
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="387"/>
        <source>
Live handshake (%1)
</source>
        <translation>
實際交握（%1）
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="388"/>
        <source>mailtls&apos;s own ClientHello: the exact offer</source>
        <translation>mailtls 自己的 ClientHello：完全按對方的提供</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="389"/>
        <source>OpenSSL client with the partner&apos;s offer</source>
        <translation>使用對方提供內容的 OpenSSL 用戶端</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="391"/>
        <source>  left out (this OpenSSL cannot send them): %1
</source>
        <translation>  已略去（此 OpenSSL 無法送出）：%1
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="393"/>
        <source>  server chose %1 with %2%3
</source>
        <translation>  伺服器選擇了 %1，套件 %2%3
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="395"/>
        <source>, %1-bit DH prime</source>
        <translation>，%1 位元 DH 質數</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="400"/>
        <source>  the partner would stop here: %1
</source>
        <translation>  對方會在此停止：%1
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="402"/>
        <source>  error: %1
</source>
        <translation>  錯誤：%1
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="445"/>
        <source>  scanning the server: %1/%2 connections </source>
        <translation>  正在掃描伺服器：%1/%2 次連線 </translation>
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
        <translation>用法：mailtls cert 子指令 [選項]

郵件伺服器的憑證：檢視現有的，產生所需的。

子指令：
  inspect FILE...   憑證/金鑰檔案中的憑證鏈（依伺服器傳送的方式），附發現
  key               私密金鑰（rsa2048|rsa3072|rsa4096|ec-p256|ec-p384|ed25519）
  selfsigned        自簽伺服器憑證及其金鑰
  csr               給公開或私有 CA 的憑證簽署請求（含 SAN）
  ca init           目錄中的小型 CA（或以 --parent-ca-dir 建立下層 CA）
  ca sign           以該 CA 簽署請求（記錄序號）
  dhparam           DHE 套件的 Diffie-Hellman 參數
  pkcs12            憑證 + 金鑰（+ 憑證鏈）合入一個受密語保護的 .p12 檔案

&apos;mailtls cert 子指令 --help&apos; 分別說明各子指令。產生類指令會輸出寫入的內容，
以及使用它們的 Exim 與 Postfix 設定行。私密金鑰以 0600 權限寫入，
沒有 --force 不會取代既有檔案。

結束碼：0 正常，1 有達到或高於 --fail-on 的發現（inspect），2 用法或檔案錯誤
（包括密語錯誤），130 已中斷。
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_command.cpp" line="63"/>
        <source>Usage: mailtls cert ca init|sign [options]
&apos;mailtls cert ca init --help&apos; and &apos;mailtls cert ca sign --help&apos; describe each.
</source>
        <translation>用法：mailtls cert ca init|sign [選項]
&apos;mailtls cert ca init --help&apos; 與 &apos;mailtls cert ca sign --help&apos; 分別說明。
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_command.cpp" line="68"/>
        <source>say &apos;init&apos; or &apos;sign&apos; (try &apos;mailtls cert ca init --help&apos;)</source>
        <translation>請指定 &apos;init&apos; 或 &apos;sign&apos;（參見 &apos;mailtls cert ca init --help&apos;）</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_command.cpp" line="69"/>
        <source>unknown action &apos;%1&apos;: &apos;init&apos; or &apos;sign&apos;</source>
        <translation>未知的動作 &apos;%1&apos;：應為 &apos;init&apos; 或 &apos;sign&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_command.cpp" line="76"/>
        <source>unknown subcommand &apos;%1&apos; (try &apos;mailtls cert --help&apos;)</source>
        <translation>未知的子指令 &apos;%1&apos;（參見 &apos;mailtls cert --help&apos;）</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="44"/>
        <source>Subject syntax (--subject): NAME=VALUE pairs separated by commas, e.g.
  &quot;O=Example GmbH,OU=Mail,L=Berlin,C=DE&quot;. Names: CN, O, OU, C, ST, L, emailAddress, DC, ...
  A backslash makes the next character literal (O=Smith\, Jones); a value in double quotes
  keeps commas (O=&quot;Smith, Jones&quot;). C is a two-letter country code. --cn adds the CN.
</source>
        <translation>主旨語法（--subject）：以逗號分隔的 NAME=VALUE 對，例如
  &quot;O=Example GmbH,OU=Mail,L=Berlin,C=DE&quot;。名稱：CN、O、OU、C、ST、L、emailAddress、DC 等
  反斜線使下一個字元依字面處理（O=Smith\, Jones）；雙引號中的值保留逗號
  （O=&quot;Smith, Jones&quot;）。C 為兩字母國家代碼。--cn 加入 CN。
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="50"/>
        <source>SAN syntax (--san): TYPE:VALUE entries separated by commas, TYPE one of DNS, IP, email, URI:
  DNS:mail.example.org,DNS:*.example.org,IP:192.0.2.25,IP:2001:db8::25,email:postmaster@example.org
  (IPv6 needs no brackets: everything after the first colon is the value). Repeat --san or
  use commas. Mail clients match the SANs, not the CN: a server certificate needs one.
</source>
        <translation>SAN 語法（--san）：以逗號分隔的 TYPE:VALUE 項目，TYPE 為 DNS、IP、email、URI 之一：
  DNS:mail.example.org,DNS:*.example.org,IP:192.0.2.25,IP:2001:db8::25,email:postmaster@example.org
  （IPv6 不需方括號：第一個冒號之後的全部內容即為值）。可重複 --san
  或使用逗號。郵件用戶端比對的是 SAN 而非 CN：伺服器憑證必須有 SAN。
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="56"/>
        <source>Files: private keys are created with mode 0600 (PKCS#8 PEM; AES-256 encrypted with
--passphrase-file), everything is written completely or not at all, and an existing file is
only replaced with --force.
</source>
        <translation>檔案：私密金鑰以 0600 權限建立（PKCS#8 PEM；使用 --passphrase-file 時以 AES-256 加密），
所有內容要麼完整寫入，要麼完全不寫，既有檔案只有在 --force 時才會被取代。
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="61"/>
        <source>Exit codes: 0 written, 2 usage error or a file that cannot be read or written (wrong
passphrase, existing output without --force, ...), 130 interrupted.
</source>
        <translation>結束碼：0 已寫入，2 用法錯誤或檔案無法讀取或寫入（密語錯誤、
輸出已存在但未指定 --force 等），130 已中斷。
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
        <translation>（參見 &apos;%1 --help&apos;）</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="100"/>
        <source>Usage: mailtls %1 %2
</source>
        <translation>用法：mailtls %1 %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="107"/>
        <source>unexpected argument &apos;%1&apos; (try &apos;mailtls %2 --help&apos;)</source>
        <translation>非預期的引數 &apos;%1&apos;（參見 &apos;mailtls %2 --help&apos;）</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="131"/>
        <source>unknown key type &apos;%1&apos; (%2)</source>
        <translation>未知的金鑰類型 &apos;%1&apos;（%2）</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="161"/>
        <source>the CN is given twice (--cn and CN= in --subject)</source>
        <translation>CN 指定了兩次（--cn 與 --subject 中的 CN=）</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="178"/>
        <source>--days must be a number of days from 1 to 36500, not &apos;%1&apos;</source>
        <translation>--days 必須是 1 到 36500 之間的天數，而非 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="197"/>
        <source>--%1 &apos;%2&apos; is not an ISO 8601 date (2024-01-31 or 2024-01-31T12:00:00Z)</source>
        <translation>--%1 &apos;%2&apos; 不是 ISO 8601 日期（2024-01-31 或 2024-01-31T12:00:00Z）</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="224"/>
        <source>Wrote:
</source>
        <translation>已寫入：
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="236"/>
        <source>, EXPIRED</source>
        <translation>，已過期</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="238"/>
        <source>, not yet valid</source>
        <translation>，尚未生效</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="240"/>
        <source>  Subject:   %1
</source>
        <translation>  主旨：      %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="241"/>
        <source>  Issuer:    %1%2
</source>
        <translation>  簽發者：    %1%2
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="241"/>
        <source> (self-signed)</source>
        <translation>（自簽）</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="242"/>
        <source>  Serial:    %1
</source>
        <translation>  序號：      %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="243"/>
        <source>  Valid:     %1 to %2 UTC (%3 days%4)
</source>
        <translation>  有效期：    %1 至 %2 UTC（%3 天%4）
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="248"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="498"/>
        <source>  Key:       %1
</source>
        <translation>  金鑰：      %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="251"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="497"/>
        <source>  SANs:      %1
</source>
        <translation>  SAN：       %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="252"/>
        <source>  Signature: %1
</source>
        <translation>  簽章：      %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="253"/>
        <source>  SHA-256:   %1
</source>
        <translation>  SHA-256：   %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="270"/>
        <source>private key, %1, PKCS#8%2, mode 0600</source>
        <translation>私密金鑰，%1，PKCS#8%2，權限 0600</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="271"/>
        <source> AES-256 encrypted</source>
        <translation> AES-256 加密</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="282"/>
        <source>give either --key FILE or --key-type TYPE, not both</source>
        <translation>請指定 --key FILE 或 --key-type TYPE，不能同時指定</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="313"/>
        <source>Key type: %1.</source>
        <translation>金鑰類型：%1。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="314"/>
        <source>Write the private key to FILE (mode 0600).</source>
        <translation>將私密金鑰寫入 FILE（權限 0600）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="316"/>
        <source>Encrypt the key with the first line of FILE (AES-256-CBC).</source>
        <translation>以 FILE 的第一行加密金鑰（AES-256-CBC）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="317"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="705"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="780"/>
        <source>Replace FILE if it exists.</source>
        <translation>若 FILE 已存在則取代。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="321"/>
        <source>Generates a private key and writes it as PKCS#8 PEM.</source>
        <translation>產生私密金鑰並以 PKCS#8 PEM 格式寫入。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="322"/>
        <source>
Example:
  mailtls cert key --type ec-p256 --out /etc/exim4/ecdsa.key

</source>
        <translation>
範例：
  mailtls cert key --type ec-p256 --out /etc/exim4/ecdsa.key

</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="327"/>
        <source>--type is required (%1)</source>
        <translation>必須指定 --type（%1）</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="329"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="470"/>
        <source>--out FILE is required</source>
        <translation>必須指定 --out FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="349"/>
        <source>Public key SHA-256 (DANE TLSA 3 1 1): %1
</source>
        <translation>公開金鑰 SHA-256（DANE TLSA 3 1 1）：%1
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="350"/>
        <source>Next: mailtls cert csr --key %1 --cn NAME --san DNS:NAME --out request.csr
</source>
        <translation>下一步：mailtls cert csr --key %1 --cn NAME --san DNS:NAME --out request.csr
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="360"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="437"/>
        <source>Common name, e.g. the MX host name.</source>
        <translation>一般名稱，例如 MX 主機名稱。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="361"/>
        <source>Subject alternative names (see below); repeatable.</source>
        <translation>主旨替代名稱（見下文）；可重複。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="362"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="439"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="512"/>
        <source>Further subject attributes, e.g. &quot;O=Example,C=DE&quot;.</source>
        <translation>其他主旨屬性，例如 &quot;O=Example,C=DE&quot;。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="363"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="440"/>
        <source>Generate a key of TYPE (%1; default rsa2048).</source>
        <translation>產生 TYPE 類型的金鑰（%1；預設 rsa2048）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="364"/>
        <source>Use the existing key in FILE instead.</source>
        <translation>改用 FILE 中既有的金鑰。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="365"/>
        <source>Validity in days (default 365).</source>
        <translation>有效天數（預設 365）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="366"/>
        <source>Extended key usage: server (default), client or both.</source>
        <translation>延伸金鑰用法：server（預設）、client 或 both。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="367"/>
        <source>Write the certificate to FILE.</source>
        <translation>將憑證寫入 FILE。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="368"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="442"/>
        <source>Write the generated key to FILE (mode 0600).</source>
        <translation>將產生的金鑰寫入 FILE（權限 0600）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="370"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="445"/>
        <source>Passphrase (first line of FILE) to encrypt the new key or open --key.</source>
        <translation>密語（FILE 的第一行），用於加密新金鑰或開啟 --key。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="371"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="446"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="606"/>
        <source>Replace output files that exist.</source>
        <translation>取代已存在的輸出檔案。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="376"/>
        <source>Makes a self-signed certificate: serverAuth, a SAN for every name the server
answers to, a random 128-bit serial, SHA-256 (none for Ed25519). Partners that verify
certificates will not trust it; opportunistic STARTTLS works.</source>
        <translation>產生自簽憑證：serverAuth，伺服器回應的每個名稱各一個 SAN，
隨機 128 位元序號，SHA-256（Ed25519 無）。驗證憑證的對方
不會信任它；機會性 STARTTLS 可以運作。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="381"/>
        <source>
Example:
  mailtls cert selfsigned --cn mail.example.org --san DNS:mail.example.org,IP:192.0.2.25 \
      --key-type ec-p256 --out-cert mail.pem --out-key mail.key

</source>
        <translation>
範例：
  mailtls cert selfsigned --cn mail.example.org --san DNS:mail.example.org,IP:192.0.2.25 \
      --key-type ec-p256 --out-cert mail.pem --out-key mail.key

</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="391"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="535"/>
        <source>--cn NAME is required</source>
        <translation>必須指定 --cn NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="399"/>
        <source>--eku must be server, client or both</source>
        <translation>--eku 必須是 server、client 或 both</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="401"/>
        <source>--out-cert FILE is required</source>
        <translation>必須指定 --out-cert FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="403"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="472"/>
        <source>--out-key FILE is required for the generated key (or use --key FILE)</source>
        <translation>產生的金鑰需要 --out-key FILE（或使用 --key FILE）</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="405"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="474"/>
        <source>--out-key goes with a generated key, not with --key</source>
        <translation>--out-key 用於產生的金鑰，不能與 --key 一起使用</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="425"/>
        <source>certificate (self-signed)</source>
        <translation>憑證（自簽）</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="429"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="682"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="847"/>
        <source>Certificate</source>
        <translation>憑證</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="438"/>
        <source>Subject alternative names to request; repeatable.</source>
        <translation>要請求的主旨替代名稱；可重複。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="441"/>
        <source>Use the existing key in FILE.</source>
        <translation>使用 FILE 中既有的金鑰。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="443"/>
        <source>Write the request (PEM) to FILE.</source>
        <translation>將請求（PEM）寫入 FILE。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="451"/>
        <source>Makes a PKCS#10 certificate signing request; the SANs travel in it as an
extension request, which &apos;mailtls cert ca sign&apos; and most CAs copy.</source>
        <translation>產生 PKCS#10 憑證簽署請求；SAN 以延伸請求形式包含其中，
&apos;mailtls cert ca sign&apos; 與大多數 CA 會複製它們。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="455"/>
        <source>
Example:
  mailtls cert csr --key-type rsa3072 --out-key mx.key --cn mx.example.org \
      --san DNS:mx.example.org --subject &quot;O=Example,C=DE&quot; --out mx.csr

</source>
        <translation>
範例：
  mailtls cert csr --key-type rsa3072 --out-key mx.key --cn mx.example.org \
      --san DNS:mx.example.org --subject &quot;O=Example,C=DE&quot; --out mx.csr

</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="468"/>
        <source>--cn NAME (and --san) is required</source>
        <translation>必須指定 --cn NAME（以及 --san）</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="490"/>
        <source>certificate signing request</source>
        <translation>憑證簽署請求</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="495"/>
        <source>Request:
  Subject:   %1
</source>
        <translation>請求：
  主旨：      %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="499"/>
        <source>  Public key SHA-256 (DANE TLSA 3 1 1): %1
</source>
        <translation>  公開金鑰 SHA-256（DANE TLSA 3 1 1）：%1
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="501"/>
        <source>mailtls cert csr: warning: no SAN requested; a CA must add one (mailtls cert ca sign --san ...)
</source>
        <translation>mailtls cert csr: 警告：未請求 SAN；CA 必須加入一個（mailtls cert ca sign --san ...）
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="502"/>
        <source>Next: mailtls cert ca sign --ca-dir CA-DIR --csr %1 --out cert.pem
</source>
        <translation>下一步：mailtls cert ca sign --ca-dir CA-DIR --csr %1 --out cert.pem
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="511"/>
        <source>The CA&apos;s name, e.g. &quot;Example Mail CA&quot;.</source>
        <translation>CA 的名稱，例如 &quot;Example Mail CA&quot;。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="513"/>
        <source>Directory for the CA (created if needed).</source>
        <translation>CA 的目錄（必要時建立）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="514"/>
        <source>CA key type (%1; default rsa3072).</source>
        <translation>CA 金鑰類型（%1；預設 rsa3072）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="515"/>
        <source>Validity of the CA certificate (default 3650).</source>
        <translation>CA 憑證的有效期（預設 3650）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="516"/>
        <source>Validity &apos;ca sign&apos; uses without --days (default 365).</source>
        <translation>&apos;ca sign&apos; 在未指定 --days 時使用的有效期（預設 365）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="517"/>
        <source>Limit of CAs below this one (default: none for a root, 0 for a subordinate).</source>
        <translation>此 CA 之下允許的 CA 層數（預設：根 CA 不限，下層 CA 為 0）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="518"/>
        <source>Make a subordinate (intermediate) CA signed by the CA in DIR.</source>
        <translation>建立由 DIR 中的 CA 簽署的下層（中繼）CA。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="519"/>
        <source>Encrypt ca.key with the first line of FILE.</source>
        <translation>以 FILE 的第一行加密 ca.key。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="520"/>
        <source>Passphrase of the parent CA&apos;s key.</source>
        <translation>上層 CA 金鑰的密語。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="524"/>
        <source>Creates a small CA in DIR: ca.key (0600), ca.pem, chain.pem, serial, index.txt
(one line per issued certificate) and ca.json. Sign requests with &apos;mailtls cert ca sign&apos;.</source>
        <translation>在 DIR 中建立小型 CA：ca.key（0600）、ca.pem、chain.pem、serial、index.txt
（每張已簽發憑證一行）與 ca.json。以 &apos;mailtls cert ca sign&apos; 簽署請求。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="527"/>
        <source>
Examples:
  mailtls cert ca init --cn &quot;Classroom Root CA&quot; --out-dir ./root-ca
  mailtls cert ca init --cn &quot;Classroom Mail CA&quot; --out-dir ./mail-ca --parent-ca-dir ./root-ca

</source>
        <translation>
範例：
  mailtls cert ca init --cn &quot;Classroom Root CA&quot; --out-dir ./root-ca
  mailtls cert ca init --cn &quot;Classroom Mail CA&quot; --out-dir ./mail-ca --parent-ca-dir ./root-ca

</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="537"/>
        <source>--out-dir DIR is required</source>
        <translation>必須指定 --out-dir DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="548"/>
        <source>--pathlen must be 0 to 10</source>
        <translation>--pathlen 必須在 0 到 10 之間</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="570"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="576"/>
        <source>CA certificate</source>
        <translation>CA 憑證</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="571"/>
        <source>issuers of this CA (none: a root)</source>
        <translation>此 CA 的簽發者（無：根 CA）</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="572"/>
        <source>issuers of this CA</source>
        <translation>此 CA 的簽發者</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="573"/>
        <source>next serial: %1</source>
        <translation>下一個序號：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="574"/>
        <source>issued certificates</source>
        <translation>已簽發的憑證</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="575"/>
        <source>CA settings</source>
        <translation>CA 設定</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="582"/>
        <source>Clients trust it with: mailtls session HOST --ca-file %1
</source>
        <translation>用戶端這樣信任它：mailtls session HOST --ca-file %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="584"/>
        <source>Next: mailtls cert ca sign --ca-dir %1 --csr request.csr --out cert.pem
</source>
        <translation>下一步：mailtls cert ca sign --ca-dir %1 --csr request.csr --out cert.pem
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="593"/>
        <source>The CA directory (&apos;mailtls cert ca init&apos;).</source>
        <translation>CA 目錄（&apos;mailtls cert ca init&apos;）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="594"/>
        <source>The request to sign (PEM or DER).</source>
        <translation>要簽署的請求（PEM 或 DER）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="595"/>
        <source>Write the certificate (PEM) to FILE.</source>
        <translation>將憑證（PEM）寫入 FILE。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="597"/>
        <source>Also write the certificate followed by the CA&apos;s intermediates: the file a server serves.</source>
        <translation>另寫入憑證及其後的 CA 中繼憑證：即伺服器要提供的檔案。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="599"/>
        <source>Validity in days (default: the CA&apos;s, normally 365).</source>
        <translation>有效天數（預設：CA 的設定，通常為 365）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="600"/>
        <source>server (default), client, both, or ca for an intermediate CA.</source>
        <translation>server（預設）、client、both，或用於中繼 CA 的 ca。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="601"/>
        <source>Explicit start of validity (ISO 8601, UTC).</source>
        <translation>明確的有效期開始時間（ISO 8601，UTC）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="602"/>
        <source>Explicit end of validity (ISO 8601, UTC).</source>
        <translation>明確的有效期結束時間（ISO 8601，UTC）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="603"/>
        <source>Use these SANs instead of the requested ones; repeatable.</source>
        <translation>使用這些 SAN 取代請求中的 SAN；可重複。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="604"/>
        <source>With --eku ca: CAs allowed below it (default 0).</source>
        <translation>與 --eku ca 一起使用：其下允許的 CA 層數（預設 0）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="605"/>
        <source>Passphrase of ca.key (first line of FILE).</source>
        <translation>ca.key 的密語（FILE 的第一行）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="610"/>
        <source>Signs a request with the CA in DIR: the next serial number (tracked in DIR/serial),
the requested SANs (or --san), serverAuth/clientAuth as --eku says, keyUsage
digitalSignature (+ keyEncipherment for RSA), CA:FALSE, SKI/AKI, SHA-256.</source>
        <translation>以 DIR 中的 CA 簽署請求：下一個序號（記錄於 DIR/serial），
請求中的 SAN（或 --san），依 --eku 設定 serverAuth/clientAuth，keyUsage
digitalSignature（RSA 另加 keyEncipherment），CA:FALSE，SKI/AKI，SHA-256。</translation>
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
日期：--not-before/--not-after 接受 2024-01-31 或 2024-01-31T12:00:00Z，
可以是過去的時間（用於測試的過期憑證）。

範例：
  mailtls cert ca sign --ca-dir ./mail-ca --csr mx.csr --out mx.pem --out-chain mx-chain.pem

</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="621"/>
        <source>--ca-dir DIR, --csr FILE and --out FILE are required</source>
        <translation>必須指定 --ca-dir DIR、--csr FILE 與 --out FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="627"/>
        <source>--eku must be server, client, both or ca</source>
        <translation>--eku 必須是 server、client、both 或 ca</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="633"/>
        <source>give --days or --not-after, not both</source>
        <translation>請指定 --days 或 --not-after，不能同時指定</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="644"/>
        <source>--pathlen (0 to 10) goes with --eku ca</source>
        <translation>--pathlen（0 到 10）需與 --eku ca 一起使用</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="670"/>
        <source>certificate, serial %1</source>
        <translation>憑證，序號 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="674"/>
        <source>certificate + %1 intermediate(s), to serve</source>
        <translation>憑證 + %1 張中繼憑證，供伺服器提供</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="677"/>
        <source> (serial %1 stays recorded in %2)</source>
        <translation>（序號 %1 仍記錄於 %2）</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="680"/>
        <source>recorded; next serial %1</source>
        <translation>已記錄；下一個序號 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="684"/>
        <source>This is a CA certificate: servers send it after the leaves it signs.
</source>
        <translation>這是 CA 憑證：伺服器在它所簽署的終端憑證之後傳送它。
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="688"/>
        <source>Note: serve this certificate followed by %1 (or use --out-chain), or partners miss the intermediate.
</source>
        <translation>注意：提供此憑證時其後須接 %1（或使用 --out-chain），否則對方缺少中繼憑證。
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="703"/>
        <source>Prime size: 2048, 3072 or 4096.</source>
        <translation>質數大小：2048、3072 或 4096。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="704"/>
        <source>Write the parameters (PEM) to FILE.</source>
        <translation>將參數（PEM）寫入 FILE。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="709"/>
        <source>Generates Diffie-Hellman parameters (a safe prime, generator 2) for DHE suites.
This takes seconds to minutes; progress shows on a terminal and Ctrl-C stops it
without leaving a file behind.</source>
        <translation>為 DHE 套件產生 Diffie-Hellman 參數（安全質數，產生元 2）。
需要數秒到數分鐘；在終端機上顯示進度，按 Ctrl-C 停止，
不會留下檔案。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="712"/>
        <source>Example:
  mailtls cert dhparam --bits 3072 --out /etc/exim4/dh3072.pem

</source>
        <translation>範例：
  mailtls cert dhparam --bits 3072 --out /etc/exim4/dh3072.pem

</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="716"/>
        <source>--bits N and --out FILE are required</source>
        <translation>必須指定 --bits N 與 --out FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="720"/>
        <source>--bits must be 2048, 3072 or 4096</source>
        <translation>--bits 必須是 2048、3072 或 4096</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="727"/>
        <source>Generating %1-bit DH parameters (can take minutes; Ctrl-C cancels)
</source>
        <translation>正在產生 %1 位元 DH 參數（可能需要數分鐘；Ctrl-C 取消）
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="757"/>
        <source>interrupted; nothing written</source>
        <translation>已中斷；未寫入任何內容</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="764"/>
        <source>DH parameters, %1-bit safe prime, generator 2</source>
        <translation>DH 參數，%1 位元安全質數，產生元 2</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="773"/>
        <source>The certificate (PEM; further certificates in it join the chain).</source>
        <translation>憑證（PEM；其中的其他憑證加入憑證鏈）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="774"/>
        <source>Its private key.</source>
        <translation>它的私密金鑰。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="775"/>
        <source>Intermediate (and root) certificates to include.</source>
        <translation>要包含的中繼（及根）憑證。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="776"/>
        <source>Write the bundle (DER .p12) to FILE (mode 0600).</source>
        <translation>將組合檔（DER .p12）寫入 FILE（權限 0600）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="777"/>
        <source>Protect the bundle with the first line of FILE.</source>
        <translation>以 FILE 的第一行保護組合檔。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="778"/>
        <source>Passphrase of an encrypted --key.</source>
        <translation>加密的 --key 的密語。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="779"/>
        <source>Friendly name shown by importers (default: the CN).</source>
        <translation>匯入程式顯示的易記名稱（預設：CN）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="784"/>
        <source>Bundles a certificate, its key and optionally the chain into one PKCS#12 file
(AES-256-CBC with PBKDF2-SHA256, HMAC-SHA256), e.g. for Windows or a mail client.</source>
        <translation>將憑證、其金鑰以及可選的憑證鏈打包為一個 PKCS#12 檔案
（AES-256-CBC 搭配 PBKDF2-SHA256、HMAC-SHA256），例如用於 Windows 或郵件用戶端。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="786"/>
        <source>Example:
  mailtls cert pkcs12 --cert mx.pem --key mx.key --chain ca.pem --out mx.p12 --passphrase-file p12.pass

</source>
        <translation>範例：
  mailtls cert pkcs12 --cert mx.pem --key mx.key --chain ca.pem --out mx.p12 --passphrase-file p12.pass

</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="791"/>
        <source>--cert FILE, --key FILE and --out FILE are required</source>
        <translation>必須指定 --cert FILE、--key FILE 與 --out FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="793"/>
        <source>--passphrase-file FILE is required (a PKCS#12 file carries the private key)</source>
        <translation>必須指定 --passphrase-file FILE（PKCS#12 檔案包含私密金鑰）</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="805"/>
        <source>cannot read %1</source>
        <translation>無法讀取 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="815"/>
        <source>%1 holds no certificate</source>
        <translation>%1 中沒有憑證</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="835"/>
        <source>%1 does not belong to the certificate in %2 (%3)</source>
        <translation>%1 與 %2 中的憑證不相符（%3）</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="844"/>
        <source>PKCS#12: certificate, key (%1), %2 chain certificate(s); mode 0600</source>
        <translation>PKCS#12：憑證、金鑰（%1）、%2 張憑證鏈憑證；權限 0600</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="848"/>
        <source>Check: openssl pkcs12 -info -noout -in %1 -passin file:%2
</source>
        <translation>檢查：openssl pkcs12 -info -noout -in %1 -passin file:%2
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="28"/>
        <source>Can mail for this domain be delivered securely? Looks up the domain&apos;s MX hosts and their
addresses through a DNSSEC-validating resolver, runs a STARTTLS session on port 25 to every
address (SNI = the MX name), matches the served chains against the DANE TLSA records,
fetches the MTA-STS policy over HTTPS and reads the TLS-RPT record. Then one verdict line
per kind of sending MTA (opportunistic, DANE, MTA-STS) and the findings with their fixes.</source>
        <translation>此網域的郵件能否安全投遞？透過執行 DNSSEC 驗證的解析器查找該網域的 MX 主機及其位址，
在連接埠 25 上對每個位址進行一次 STARTTLS 工作階段（SNI = MX 名稱），將所提供的憑證鏈與
DANE TLSA 記錄進行比對，透過 HTTPS 取得 MTA-STS 原則並讀取 TLS-RPT 記錄。然後依傳送方
MTA 的類型（機會式、DANE、MTA-STS）各給出一行結論，以及發現及其修正。</translation>
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
結論：delivers、delivers_unprotected（可以投遞，但沒有這類寄件方所要求的保護）、
defers（郵件在寄件方的佇列中等待）、unknown。

結束代碼：
  0    已檢查（且沒有達到 --fail-on 的）
  1    存在不低於 --fail-on SEVERITY 的發現
  2    用法錯誤：不是網域名稱、--resolver 錯誤、--trust-anchor 不可讀取
  3    沒有可評判的回應：解析器沒有回應
  130  已中斷（Ctrl-C）

範例：
  mailtls domain example.org
  mailtls domain example.org --json - | jq &apos;.verdicts&apos;
  mailtls domain example.org --records      # 另外給出應發布的 TLSA/MTA-STS/TLS-RPT 記錄
  mailtls domain lab.test --resolver 127.0.0.1:5353 --trust-anchor lab.key --policy-ca-file lab-ca.pem
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="56"/>
        <source>The DNS resolver to ask (default: those of /etc/resolv.conf). Answers are validated here in any case.</source>
        <translation>要查詢的 DNS 解析器（預設：/etc/resolv.conf 中的解析器）。無論如何，回應都在本機驗證。</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="60"/>
        <source>DNSSEC trust anchor: DNSKEY or DS records in zone-file form (default: /usr/share/dns/root.key, the root key).</source>
        <translation>DNSSEC 信任錨：區域檔案格式的 DNSKEY 或 DS 記錄（預設：/usr/share/dns/root.key，即根金鑰）。</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="64"/>
        <source>CA certificates for the MTA-STS policy host (default: the system store).</source>
        <translation>用於 MTA-STS 原則主機的 CA 憑證（預設：系統憑證庫）。</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="67"/>
        <source>CA certificates for the MX hosts&apos; chains (default: the system store).</source>
        <translation>用於 MX 主機憑證鏈的 CA 憑證（預設：系統憑證庫）。</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="72"/>
        <source>The SMTP sessions to the MX hosts go through this proxy: socks5://[USER@]HOST:PORT or http://[USER@]HOST:PORT (no password in the URL). DNS and the MTA-STS policy fetch stay direct.</source>
        <translation>到 MX 主機的 SMTP 工作階段經由此代理伺服器：socks5://[USER@]HOST:PORT 或 http://[USER@]HOST:PORT（URL 中不得包含密碼）。DNS 查詢和 MTA-STS 原則取得仍然直連。</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="79"/>
        <source>Sessions at once (default: 4).</source>
        <translation>同時進行的工作階段數（預設：4）。</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="81"/>
        <source>DNS and the MTA-STS policy only: connect to no MX host.</source>
        <translation>只查詢 DNS 和 MTA-STS 原則：不連線任何 MX 主機。</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="83"/>
        <source>SMTP port of the MX hosts (default: 25, what senders use; others for labs).</source>
        <translation>MX 主機的 SMTP 連接埠（預設：25，即寄件方使用的連接埠；其他連接埠用於實驗環境）。</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="86"/>
        <source>HTTPS port of the MTA-STS policy host (default: 443; others for labs).</source>
        <translation>MTA-STS 原則主機的 HTTPS 連接埠（預設：443；其他連接埠用於實驗環境）。</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="88"/>
        <source>the domain report as JSON (schema mailtls.domain/1)</source>
        <translation>網域報告（JSON 格式，schema mailtls.domain/1）</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="89"/>
        <source>Write the domain report as one HTML file.</source>
        <translation>將網域報告寫成一個 HTML 檔案。</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="91"/>
        <source>the domain report</source>
        <translation>網域報告</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="95"/>
        <source>Print only the verdict lines.</source>
        <translation>只輸出結論行。</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="97"/>
        <source>Also print the records to publish for the MX set and the keys served now (TLSA 3 1 1, MTA-STS, TLS-RPT) and the sending side&apos;s DANE settings.</source>
        <translation>另外輸出針對這組 MX 及目前所提供金鑰應發布的記錄（TLSA 3 1 1、MTA-STS、TLS-RPT），以及傳送方的 DANE 設定。</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="112"/>
        <source>The mail domain, e.g. example.org.</source>
        <translation>郵件網域，例如 example.org。</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="138"/>
        <source>missing DOMAIN</source>
        <translation>缺少 DOMAIN</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="138"/>
        <source>one DOMAIN at a time</source>
        <translation>一次只能指定一個 DOMAIN</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="188"/>
        <source>bounces at once: the domain publishes a null MX (accepts no mail)</source>
        <translation>立即退信：該網域發布了空 MX（不接收郵件）</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="189"/>
        <source>bounces at once: the domain does not exist (NXDOMAIN)</source>
        <translation>立即退信：該網域不存在（NXDOMAIN）</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="190"/>
        <source>bounces: there is no MX and no address</source>
        <translation>退信：既沒有 MX 也沒有位址</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="191"/>
        <source>not known: the resolver used for this check did not answer</source>
        <translation>未知：本次檢查使用的解析器沒有回應</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="192"/>
        <source>not known: the check was cancelled</source>
        <translation>未知：檢查已取消</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="193"/>
        <source>delivers only if it does not validate DNSSEC: the MX answer is bogus</source>
        <translation>僅在不驗證 DNSSEC 時投遞：MX 回應為 bogus</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="194"/>
        <source>defers: the MX lookup fails, so it cannot find where to deliver</source>
        <translation>延後：MX 查詢失敗，因此找不到投遞目標</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="195"/>
        <source>defers: it validates DNSSEC and gets no usable MX answer</source>
        <translation>延後：它驗證 DNSSEC，卻得不到可用的 MX 回應</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="196"/>
        <source>not checked: sessions were skipped</source>
        <translation>未檢查：已略過工作階段</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="197"/>
        <source>defers: no MX address to connect to</source>
        <translation>延後：沒有可連線的 MX 位址</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="198"/>
        <source>defers: none of the %1 MX addresses answered on port 25 (from here)</source>
        <translation>延後：%1 個 MX 位址均未在 25 埠回應（從此處看）</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="199"/>
        <source>delivers over TLS: the one MX address negotiates it</source>
        <translation>透過 TLS 投遞：唯一的 MX 位址協商了 TLS</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="200"/>
        <source>delivers over TLS: all %1 MX addresses negotiate it</source>
        <translation>透過 TLS 投遞：全部 %1 個 MX 位址都協商了 TLS</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="201"/>
        <source>delivers over TLS: %1 of %2 MX addresses answered, all with TLS</source>
        <translation>透過 TLS 投遞：%2 個 MX 位址中有 %1 個回應，全部使用 TLS</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="202"/>
        <source>delivers, but in cleartext to %1 of %2 answering MX addresses (no TLS there)</source>
        <translation>可投遞，但對 %2 個回應的 MX 位址中的 %1 個使用明文（那裡沒有 TLS）</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="203"/>
        <source>delivers without authentication: no MX host has usable DANE records in a signed zone, so it falls back to opportunistic TLS</source>
        <translation>投遞但不驗證：沒有 MX 主機在已簽署區域中有可用的 DANE 記錄，因此退回機會性 TLS</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="205"/>
        <source>not known: sessions were skipped, so no served chain was matched</source>
        <translation>未知：已略過工作階段，因此沒有比對任何提供的憑證鏈</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="206"/>
        <source>delivers with DANE: every MX host matches its TLSA records</source>
        <translation>使用 DANE 投遞：每個 MX 主機都與其 TLSA 記錄相符</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="207"/>
        <source>delivers with DANE through %1; skips %2</source>
        <translation>透過 %1 使用 DANE 投遞；略過 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="208"/>
        <source>delivers only through %1 (no DANE there); skips %2</source>
        <translation>僅透過 %1 投遞（那裡沒有 DANE）；略過 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="209"/>
        <source>defers all mail: the TLSA or address answers of %1 are bogus or fail</source>
        <translation>延後所有郵件：%1 的 TLSA 或位址回應為 bogus 或失敗</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="210"/>
        <source>defers all mail: the served certificates of %1 do not match the TLSA records</source>
        <translation>延後所有郵件：%1 提供的憑證與 TLSA 記錄不相符</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="211"/>
        <source>defers all mail: no address of %1 answered on port 25 (from here)</source>
        <translation>延後所有郵件：%1 的位址均未在 25 埠回應（從此處看）</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="212"/>
        <source>defers all mail: the enforced policy refuses every MX host (%1), and %2 did not answer</source>
        <translation>延後所有郵件：強制執行的原則拒絕了每個 MX 主機（%1），且 %2 沒有回應</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="213"/>
        <source>defers all mail: the enforced policy refuses every MX host (%1)</source>
        <translation>延後所有郵件：強制執行的原則拒絕了每個 MX 主機（%1）</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="214"/>
        <source>delivers as an opportunistic sender: no MTA-STS policy is published</source>
        <translation>依機會性寄件方投遞：未發布 MTA-STS 原則</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="215"/>
        <source>delivers as if there were no policy: the published one cannot be used (senders that cached an older policy keep enforcing that one)</source>
        <translation>依沒有原則的方式投遞：已發布的原則無法使用（快取了舊原則的寄件方會繼續執行舊原則）</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="217"/>
        <source>delivers without checks: the policy&apos;s mode is none</source>
        <translation>不檢查即投遞：原則模式為 none</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="218"/>
        <source>delivers even if checks fail (testing mode), and reports the failures</source>
        <translation>即使檢查失敗也投遞（testing 模式），並回報失敗</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="219"/>
        <source>not known: sessions were skipped, so certificates were not checked</source>
        <translation>未知：已略過工作階段，因此未檢查憑證</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="220"/>
        <source>delivers: every MX host passes the enforced policy</source>
        <translation>可投遞：每個 MX 主機都通過了強制執行的原則</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="221"/>
        <source>delivers through %1; refuses %2; %3 did not answer</source>
        <translation>透過 %1 投遞；拒絕 %2；%3 沒有回應</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="222"/>
        <source>delivers through %1; refuses %2</source>
        <translation>透過 %1 投遞；拒絕 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="223"/>
        <source>delivers through %1; %2 did not answer</source>
        <translation>透過 %1 投遞；%2 沒有回應</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="224"/>
        <source>delivers through %1</source>
        <translation>透過 %1 投遞</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="226"/>
        <source>defers like an opportunistic sender: %1</source>
        <translation>與機會性寄件方一樣延後：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="227"/>
        <source>no MX address to connect to</source>
        <translation>沒有可連線的 MX 位址</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="228"/>
        <source>none of the %1 MX addresses answered on port 25 (from here)</source>
        <translation>%1 個 MX 位址均未在 25 埠回應（從此處看）</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="294"/>
        <source>delivers</source>
        <translation>可投遞</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="295"/>
        <source>unprotected</source>
        <translation>無保護</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="296"/>
        <source>DEFERS</source>
        <translation>延後</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="315"/>
        <source>opportunistic</source>
        <translation>機會性</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="321"/>
        <source>Would a sender deliver to %1?</source>
        <translation>寄件方能否投遞到 %1？</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="330"/>
        <source>not looked up</source>
        <translation>未查詢</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="332"/>
        <source>no answer</source>
        <translation>無回應</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="342"/>
        <source>MX (%1)</source>
        <translation>MX（%1）</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="344"/>
        <source>  null MX (RFC 7505): the domain accepts no mail

</source>
        <translation>  空 MX（RFC 7505）：該網域不接收郵件

</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="346"/>
        <source>  no MX records: the domain&apos;s own addresses stand in (RFC 5321 §5.1)
</source>
        <translation>  沒有 MX 記錄：使用該網域自身的位址（RFC 5321 §5.1）
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="348"/>
        <source>  no MX host

</source>
        <translation>  沒有 MX 主機

</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="352"/>
        <source>  (not checked)
</source>
        <translation>  （未檢查）
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="361"/>
        <source>via CNAME %1</source>
        <translation>經 CNAME %1</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="364"/>
        <source>        no address
</source>
        <translation>        沒有位址
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="370"/>
        <source>        %1  (not connected: --no-sessions)
</source>
        <translation>        %1  （未連線：--no-sessions）
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="372"/>
        <source>        and %1 more address(es), not checked
</source>
        <translation>        另有 %1 個位址未檢查
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="387"/>
        <source>no connection: %1</source>
        <translation>無法連線：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="389"/>
        <source>no STARTTLS</source>
        <translation>無 STARTTLS</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="391"/>
        <source>TLS failed: %1</source>
        <translation>TLS 失敗：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="396"/>
        <source>CN=%1 until %2</source>
        <translation>CN=%1，有效至 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="398"/>
        <source>trusted</source>
        <translation>受信任</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="398"/>
        <source>untrusted</source>
        <translation>不受信任</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="399"/>
        <source>name ok</source>
        <translation>名稱相符</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="399"/>
        <source>name mismatch</source>
        <translation>名稱不符</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="401"/>
        <source>DANE ok</source>
        <translation>DANE 正常</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="401"/>
        <source>DANE FAILS</source>
        <translation>DANE 失敗</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="407"/>
        <source>DANE (TLSA records)</source>
        <translation>DANE（TLSA 記錄）</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="420"/>
        <source>%1 (depth %2)</source>
        <translation>%1（深度 %2）</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="427"/>
        <source>matched by %1</source>
        <translation>由 %1 比對</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="428"/>
        <source>matches no served certificate</source>
        <translation>與提供的憑證均不相符</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="429"/>
        <source>not compared: the records are not secure</source>
        <translation>未比較：記錄不安全</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="430"/>
        <source>not compared: no certificate was served</source>
        <translation>未比較：未提供憑證</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="434"/>
        <source>    %1  (cannot be read)
</source>
        <translation>    %1  （無法讀取）
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="437"/>
        <source>  none published
</source>
        <translation>  未發布
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="454"/>
        <source>certificate valid</source>
        <translation>憑證有效</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="455"/>
        <source>certificate NOT valid: %1</source>
        <translation>憑證無效：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="458"/>
        <source>  policy %1%2
    %3
</source>
        <translation>  原則 %1%2
    %3
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="460"/>
        <source>    redirects to %1 (not followed)
</source>
        <translation>    重新導向到 %1（未跟隨）
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="464"/>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="471"/>
        <source>(matches no MX host)</source>
        <translation>（不符合任何 MX 主機）</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="472"/>
        <source>covers %1</source>
        <translation>涵蓋 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="566"/>
        <source>Domain %1</source>
        <translation>網域 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="567"/>
        <source>  resolver %1, trust anchor %2, %3 s

</source>
        <translation>  解析器 %1，信任錨 %2，%3 秒

</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="585"/>
        <source>Records to publish (the MX set and the keys served now)</source>
        <translation>需要發布的記錄（MX 集合與目前提供的金鑰）</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="588"/>
        <source>  no records: %1
</source>
        <translation>  無記錄：%1
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
        <translation>讀取郵件伺服器自己的記錄檔（Exim 主記錄檔、syslog 中的 Exim 或 Postfix 行、journalctl
-o short-iso 或 -o json 匯出；未壓縮、.gz、.xz 或 .bz2，多個檔案依時間順序讀取），
講述每個對方的 TLS 情況：誰向我們投遞、我們向誰投遞，使用哪些
TLS 版本與加密套件（IANA 名稱，或記錄檔所用程式庫寫下的名稱），是否經過驗證，
誰一直使用明文或在交握失敗後退回明文，以及依原因分組的每個 TLS
失敗及其對應的發現。給出擬議的變更（--drop、--cipher-list、--only-cert、
--dh-bits）時，它會以模擬器重播每個對方觀察到的版本與套件，
並列出將失去 TLS 的對方。</translation>
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
計數方式：
  一封郵件是來自對方的到達（入站）或投遞給對方（出站）。若與某對方的 TLS
  失敗之後一小時內又有一封明文郵件，則該對方算作「退回」。共用 syslog 檔案中
  其他程式的行算作已剖析；符合檔案格式但無法讀取的行算作未剖析，並列出前幾行。

結束碼：
  0    已讀取（對方失敗時也是如此：報告中會說明）
  2    用法錯誤，或沒有任何輸入檔案能開啟
  3    某個檔案中途損壞（被截斷、二進位）：報告其之前的全部內容
  130  已中斷（Ctrl-C）：報告到目前為止讀取的內容

範例：
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
        <translation>JSON 文件（結構描述 &quot;mailtls.log/1&quot;）</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="66"/>
        <source>Only events from then on: 2026-12-01, 2026-12-01T08:00, or 24h / 7d ago.</source>
        <translation>只看此後的事件：2026-12-01、2026-12-01T08:00，或 24h / 7d 之前。</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="68"/>
        <source>Only events up to then (same forms as --since).</source>
        <translation>只看此前的事件（格式同 --since）。</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="71"/>
        <source>Only this partner: an address, or a host name (its subdomains too).</source>
        <translation>只看此對方：位址或主機名稱（包括其子網域）。</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="73"/>
        <source>in, out or both (default).</source>
        <translation>in、out 或 both（預設）。</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="76"/>
        <source>Year of classic syslog time stamps (default: the file&apos;s modification year).</source>
        <translation>傳統 syslog 時間戳記的年份（預設：檔案的修改年份）。</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="78"/>
        <source>Partners listed in the table (default: 25; 0: all).</source>
        <translation>表格中列出的對方數（預設：25；0：全部）。</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="81"/>
        <source>What breaks if these versions go, e.g. TLSv1,TLSv1.1 (or 1.0,1.1).</source>
        <translation>若移除這些版本會有什麼中斷，例如 TLSv1,TLSv1.1（或 1.0,1.1）。</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="84"/>
        <source>What breaks with this suite list: OpenSSL list, IANA names or GnuTLS priority string.</source>
        <translation>使用此套件清單會有什麼中斷：OpenSSL 清單、IANA 名稱或 GnuTLS 優先順序字串。</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="88"/>
        <source>What breaks if the server serves only these certificate types (RSA, ECDSA).</source>
        <translation>若伺服器只提供這些憑證類型（RSA、ECDSA）會有什麼中斷。</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="90"/>
        <source>What breaks with a DHE prime of this size.</source>
        <translation>使用此大小的 DHE 質數會有什麼中斷。</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="93"/>
        <source>A saved &apos;mailtls scan --json&apos; of the server: the change starts from it.</source>
        <translation>伺服器已儲存的 &apos;mailtls scan --json&apos;：變更以它為起點。</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="108"/>
        <source>Log files; - reads standard input.</source>
        <translation>記錄檔；- 讀取標準輸入。</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="215"/>
        <source>Mail logs: %1 file(s), %2 lines (%3 not understood), %4 distinct messages, %5 – %6
</source>
        <translation>郵件日誌：%1 個檔案，%2 行（%3 行無法辨識），%4 封不同郵件，%5 – %6
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="220"/>
        <source>  %1  %2%3  %4 lines, %5 parsed, %6 not understood%7%8
</source>
        <translation>  %1  %2%3  %4 行，已解析 %5 行，%6 行無法辨識%7%8
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="224"/>
        <source>, %1 outside the time range</source>
        <translation>，%1 行超出時間範圍</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="225"/>
        <location filename="../app/cli/queue_command.cpp" line="410"/>
        <source>, %1 cut at the line limit</source>
        <translation>，%1 行因長度上限被截斷</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="227"/>
        <source>    stopped: %1
</source>
        <translation>    已停止：%1
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="229"/>
        <source>    no known log format in the first lines (Exim main log, syslog with Exim or Postfix, journalctl short-iso or json)
</source>
        <translation>    前幾行中沒有可辨識的日誌格式（Exim 主日誌、含 Exim 或 Postfix 的 syslog、journalctl short-iso 或 json）
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="231"/>
        <source>    line %1: %2
</source>
        <translation>    第 %1 行：%2
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="233"/>
        <source>    … and %1 more not understood
</source>
        <translation>    … 另有 %1 行無法辨識
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="235"/>
        <source>
Partners: %1 inbound, %2 outbound; %3 messages, TLS %4; %5 cleartext (%6 partner(s)), %7 after a TLS failure
</source>
        <translation>
對方：%1 個入站，%2 個出站；%3 封郵件，TLS %4；%5 封明文（%6 個對方），%7 封在 TLS 失敗後傳送
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="244"/>
        <source>
TLS failures by cause
</source>
        <translation>
依原因分類的 TLS 失敗
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="248"/>
        <source> [%1%2]: %3 failure(s), %4 partner(s)
</source>
        <translation> [%1%2]：%3 次失敗，%4 個對方
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="255"/>
        <source>      … and %1 more
</source>
        <translation>      … 另有 %1 個
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="262"/>
        <source>      %1 %2  ×%3, last %4
</source>
        <translation>      %1 %2  ×%3，最近 %4
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="266"/>
        <source>        e.g. %1 (%2)
</source>
        <translation>        例如 %1（%2）
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="270"/>
        <source>    next: %1
</source>
        <translation>    下一步：%1
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="284"/>
        <source>
Cleartext partners
</source>
        <translation>
明文通訊的對方
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="288"/>
        <location filename="../app/cli/queue_command.cpp" line="414"/>
        <source>  … and %1 more
</source>
        <translation>  … 另有 %1 個
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="291"/>
        <source>  %1 %2  %3 of %4 message(s) in cleartext%5, last %6
</source>
        <translation>  %1 %2  %4 封郵件中有 %3 封為明文%5，最近 %6
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="294"/>
        <source>, %1 after a TLS failure</source>
        <translation>，%1 封在 TLS 失敗之後</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="301"/>
        <source>
Partners (most failures first, then most messages)
</source>
        <translation>
對方（失敗最多者優先，其次為郵件最多者）
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="305"/>
        <location filename="../app/cli/queue_command.cpp" line="337"/>
        <source>  … and %1 more (--top 0 lists all)
</source>
        <translation>  … 另有 %1 個（--top 0 列出全部）
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="314"/>
        <source>  (authenticated submission: a user&apos;s client)</source>
        <translation>  （經過驗證的提交：使用者的用戶端）</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="316"/>
        <source>  (%1 authenticated submission(s))</source>
        <translation>  （%1 次經過驗證的提交）</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="318"/>
        <source>      %1 message(s), %2 connection(s), TLS %3: %4
</source>
        <translation>      %1 封郵件，%2 次連線，TLS %3：%4
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="320"/>
        <source>      cipher %1; verified %2; first %3, last %4
</source>
        <translation>      加密套件 %1；已驗證 %2；首次 %3，最近 %4
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="331"/>
        <source>      failures: %1
</source>
        <translation>      失敗：%1
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="337"/>
        <source>
What breaks if: %1
</source>
        <translation>
如果 %1，哪些會中斷
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="339"/>
        <source>  cannot simulate: %1
</source>
        <translation>  無法模擬：%1
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="341"/>
        <source>  server as simulated: %1
</source>
        <translation>  模擬的伺服器：%1
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="348"/>
        <source>    %1 %2  %3 message(s), last seen %4%5
</source>
        <translation>    %1 %2  %3 封郵件，最近出現 %4%5
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="354"/>
        <source>Would lose TLS</source>
        <translation>將失去 TLS</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="355"/>
        <source>At risk</source>
        <translation>有風險</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="356"/>
        <source>  unaffected: %1 partner(s) keep a version and suite they used; %2 never used TLS here
</source>
        <translation>  不受影響：%1 個對方仍保有其曾用的版本與套件；%2 個從未在此使用 TLS
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="360"/>
        <source>note: </source>
        <translation>註： </translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="392"/>
        <source>no log file given (FILE..., or - for standard input)</source>
        <translation>未指定記錄檔（FILE...，或以 - 表示標準輸入）</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="396"/>
        <location filename="../app/cli/queue_command.cpp" line="210"/>
        <source>standard input (-) can be read only once</source>
        <translation>標準輸入（-）只能讀取一次</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="415"/>
        <source>--since: &apos;%1&apos; is no time (2026-12-01, 2026-12-01T08:00, 24h, 7d)</source>
        <translation>--since：&apos;%1&apos; 不是時間（2026-12-01、2026-12-01T08:00、24h、7d）</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="420"/>
        <source>--until: &apos;%1&apos; is no time (2026-12-01, 2026-12-01T08:00, 24h, 7d)</source>
        <translation>--until：&apos;%1&apos; 不是時間（2026-12-01、2026-12-01T08:00、24h、7d）</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="431"/>
        <source>--direction: &apos;%1&apos; is none of in, out, both</source>
        <translation>--direction：&apos;%1&apos; 不是 in、out、both 之一</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="449"/>
        <source>--drop: &apos;%1&apos; is no TLS version (TLSv1, TLSv1.1, 1.2, ...)</source>
        <translation>--drop：&apos;%1&apos; 不是 TLS 版本（TLSv1、TLSv1.1、1.2 等）</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="463"/>
        <source>--only-cert: &apos;%1&apos; is neither RSA nor ECDSA</source>
        <translation>--only-cert：&apos;%1&apos; 既不是 RSA 也不是 ECDSA</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="484"/>
        <source>--server-report %1: no scan section (save one with &apos;mailtls scan --json&apos;)</source>
        <translation>--server-report %1：沒有掃描部分（以 &apos;mailtls scan --json&apos; 儲存一份）</translation>
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
        <translation>無法將 JSON 寫入標準輸出</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="21"/>
        <source>Runs the built-in practice server: SMTP with STARTTLS and an implicit-TLS (SMTPS) port on
127.0.0.1 (and [::1]) only, with one TLS personality and throwaway certificates made at
start and removed at exit. It accepts any AUTH password and discards every message. Point
`mailtls session`, `mailtls scan`, openssl s_client or swaks at it to see what the
workbench says about a well-configured server or a typical mistake. Ctrl-C stops it.</source>
        <translation>執行內建的練習伺服器：僅在 127.0.0.1（和 [::1]）上提供帶 STARTTLS 的 SMTP 與
隱含式 TLS（SMTPS）埠，使用一種 TLS 特性與啟動時產生、結束時刪除的一次性憑證。
它接受任何 AUTH 密碼並丟棄所有郵件。將 `mailtls session`、`mailtls scan`、
openssl s_client 或 swaks 指向它，即可看到工作台對設定良好的伺服器或典型錯誤
給出的結論。Ctrl-C 停止它。</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="31"/>
        <source>The server to play (default: modern; --list shows all).</source>
        <translation>要扮演的伺服器（預設：modern；--list 顯示全部）。</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="34"/>
        <source>SMTP port with STARTTLS (default 0: a free port, printed at start).</source>
        <translation>帶 STARTTLS 的 SMTP 埠（預設 0：一個可用埠，啟動時輸出）。</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="37"/>
        <source>Implicit-TLS (SMTPS) port (default 0: a free port).</source>
        <translation>隱含式 TLS（SMTPS）埠（預設 0：一個可用埠）。</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="39"/>
        <source>List the personalities and what each one teaches.</source>
        <translation>列出各種特性及其各自的教學內容。</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="41"/>
        <source>Print one line per connection: peer, TLS version and suite, commands.</source>
        <translation>每個連線輸出一行：對端、TLS 版本與套件、命令。</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="42"/>
        <source>Listen on 127.0.0.1 only, not on [::1].</source>
        <translation>只在 127.0.0.1 上監聽，不在 [::1] 上監聽。</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="55"/>
        <source>  %1expected findings: %2
</source>
        <translation>  %1預期發現：%2
</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="69"/>
        <source>--%1 must be a port from 0 to 65535, not &apos;%2&apos;</source>
        <translation>--%1 必須是 0 到 65535 之間的連接埠，而不是 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="94"/>
        <location filename="../app/cli/practice_command.cpp" line="154"/>
        <source>
Personalities:
</source>
        <translation>
特性：
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
結束碼：
  0    已以 Ctrl-C 或 SIGTERM 停止
  2    用法錯誤（未知特性、埠無效、埠已被佔用）
  3    伺服器無法啟動（憑證、TLS 設定）

範例：
  mailtls practice-server
  mailtls practice-server --personality weak-dh --port 2525 --tls-port 4650
  mailtls practice-server --list
</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="120"/>
        <source>unexpected argument &apos;%1&apos; (the server always listens on 127.0.0.1; use --port)</source>
        <translation>意外的引數 &apos;%1&apos;（伺服器總是監聽 127.0.0.1；請使用 --port）</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="132"/>
        <source>unknown personality &apos;%1&apos;; choose one of: %2</source>
        <translation>未知的角色 &apos;%1&apos;；可選：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="141"/>
        <source>--port and --tls-port must differ (both %1)</source>
        <translation>--port 與 --tls-port 必須不同（都是 %1）</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="191"/>
        <source>MailTLS practice server, personality &quot;%1&quot;: %2
</source>
        <translation>MailTLS 練習伺服器，特性 &quot;%1&quot;：%2
</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="193"/>
        <source>SMTP with STARTTLS</source>
        <translation>SMTP（帶 STARTTLS）</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="193"/>
        <source>SMTP, no STARTTLS</source>
        <translation>SMTP（無 STARTTLS）</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="196"/>
        <source>  SMTPS (implicit TLS)  127.0.0.1:%1%2
</source>
        <translation>  SMTPS（隱含式 TLS）   127.0.0.1:%1%2
</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="197"/>
        <source>  TLS                   %1%2, %3 certificates%4
</source>
        <translation>  TLS                   %1%2，%3 憑證%4
</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="198"/>
        <source>  TLS                   %1%2, %3 certificate%4
</source>
        <translation>  TLS                   %1%2，%3 憑證%4
</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="200"/>
        <source> to </source>
        <translation> 至 </translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="202"/>
        <source>, DHE with a %1-bit prime</source>
        <translation>，DHE 使用 %1 位元質數</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="203"/>
        <source>  practice CA           %1
</source>
        <translation>  練習 CA               %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="205"/>
        <source>  client certificate    %1 (key %2)
</source>
        <translation>  用戶端憑證            %1（金鑰 %2）
</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="206"/>
        <source>  expected findings     %1
</source>
        <translation>  預期發現              %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="208"/>
        <source>
Try:
</source>
        <translation>
試試：
</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="216"/>
        <source>The certificates are throwaway: made now, deleted when the server stops. Ctrl-C stops it.
</source>
        <translation>這些憑證是一次性的：現在產生，伺服器停止時刪除。Ctrl-C 停止伺服器。
</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="223"/>
        <source>Stopped after %1 connection(s); the practice certificates are removed.
</source>
        <translation>在 %1 個連線後停止；練習憑證已刪除。
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
        <translation>輸出一個網域需要發布的內容，使寄件方保護寄往它的郵件，可直接貼上：DNS
區域行（每個 MX 上用於 DANE 的 TLSA 記錄，RFC 7672；MTA-STS TXT 記錄，RFC 8461；
TLS-RPT TXT 記錄，RFC 8460）、MTA-STS 原則檔案，以及讓傳送伺服器使用 DANE 的
Exim 與 Postfix 設定。不查詢任何內容，也不傳送任何內容：記錄
來自指定的名稱與檔案。

TLSA 記錄對 --cert 的終端憑證或 --key 為 3 1 1（公開金鑰的 SHA-256：憑證以同一金鑰
續期後仍然有效），對 --cert 中的每張 CA 憑證為 2 1 1。
--next-key 加入下一個接替的金鑰的記錄，並附上輪替步驟。</translation>
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
結束碼：
  0    已寫入
  2    用法錯誤：缺少或格式錯誤的名稱、模式、max age、id 或報告 URI；無法讀取或
       不含憑證或金鑰的 --cert、--key、--next-key 或 --passphrase-file；
       無法寫入的 --json 路徑

範例：
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
        <translation>郵件網域（@ 之後的部分）。</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="55"/>
        <source>An MX host of the domain; once per host, in MX order.</source>
        <translation>該網域的一個 MX 主機；每個主機一次，依 MX 順序。</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="58"/>
        <source>The server&apos;s certificate or chain file: 3 1 1 for its leaf, 2 1 1 for each CA in it.</source>
        <translation>伺服器的憑證或憑證鏈檔案：終端憑證為 3 1 1，其中每個 CA 為 2 1 1。</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="61"/>
        <source>The server&apos;s key (private or public, PEM or DER): its 3 1 1 record.</source>
        <translation>伺服器的金鑰（私密或公開，PEM 或 DER）：其 3 1 1 記錄。</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="64"/>
        <source>The key (or certificate) that takes over at the next rollover: its record is published beside the current one.</source>
        <translation>下次輪替時接替的金鑰（或憑證）：其記錄與目前記錄並列發布。</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="68"/>
        <source>Passphrase of an encrypted key in --cert, --key or --next-key (first line of FILE).</source>
        <translation>--cert、--key 或 --next-key 中加密金鑰的密語（FILE 的第一行）。</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="71"/>
        <source>MTA-STS policy mode: enforce, testing (default) or none (withdraws a policy).</source>
        <translation>MTA-STS 原則模式：enforce、testing（預設）或 none（撤回原則）。</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="73"/>
        <source>No MTA-STS record and no policy file.</source>
        <translation>不產生 MTA-STS 記錄與原則檔案。</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="75"/>
        <source>How long senders keep the policy, in seconds (default: 604800, a week; at most 31557600).</source>
        <translation>寄件方保留原則的時長，單位為秒（預設：604800，即一週；最多 31557600）。</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="79"/>
        <source>The policy&apos;s id= (1-32 letters and digits; default: the UTC time, e.g. 20261206T093000). Change it whenever the policy changes.</source>
        <translation>原則的 id=（1-32 個字母與數字；預設：UTC 時間，例如 20261206T093000）。每次原則變更時都要更改。</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="83"/>
        <source>Where TLS-RPT reports go: mailto:ADDRESS or https://URL; once per URI.</source>
        <translation>TLS-RPT 報告的去向：mailto:ADDRESS 或 https://URL；每個 URI 一次。</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="85"/>
        <source>the records as JSON (schema &quot;mailtls.records/1&quot;)</source>
        <translation>以 JSON 格式輸出的記錄（結構描述 &quot;mailtls.records/1&quot;）</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="155"/>
        <source>unexpected argument &apos;%1&apos;: names are given with --domain and --mx</source>
        <translation>意外的引數 &apos;%1&apos;：名稱應透過 --domain 和 --mx 指定</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="158"/>
        <source>--domain DOMAIN is required</source>
        <translation>必須提供 --domain DOMAIN</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="160"/>
        <source>name the domain&apos;s MX hosts (--mx HOST, once per host)</source>
        <translation>請指定該網域的 MX 主機（--mx HOST，每台主機一次）</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="162"/>
        <source>--no-sts and --sts-mode/--sts-max-age/--sts-id exclude each other</source>
        <translation>--no-sts 與 --sts-mode/--sts-max-age/--sts-id 互斥</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="164"/>
        <source>--cert, --key and --next-key are given once each</source>
        <translation>--cert、--key 和 --next-key 各只能指定一次</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="179"/>
        <source>--sts-max-age &quot;%1&quot; is not a number of seconds</source>
        <translation>--sts-max-age &quot;%1&quot; 不是秒數</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="183"/>
        <source>--sts-id needs a value (1-32 letters and digits)</source>
        <translation>--sts-id 需要一個值（1-32 個字母和數字）</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_args.cpp" line="18"/>
        <source>Compares two or more mail servers side by side: the members of one cluster, or one server
before and after a change. Each TARGET is a live server (HOST[:PORT], scanned now) or a
report saved with &apos;mailtls scan --json FILE&apos; (or session). Differences come first, the
certificate types leading: versions, suites, preference, groups, DH size, certificate
types, chain, key sizes, validity, findings. Then what is the same.</source>
        <translation>並排比較兩台或更多郵件伺服器：同一叢集的各成員，或同一台伺服器變更前後的狀態。
每個 TARGET 是一台線上伺服器（HOST[:PORT]，現在掃描）或用「mailtls scan --json FILE」
（或 session）儲存的報告。差異在前，憑證類型居首：版本、套件、優先順序、群組、DH 大小、
憑證類型、憑證鏈、金鑰長度、有效期、發現。然後是相同之處。</translation>
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
結束代碼：
  0    已比較（且沒有達到 --fail-on 的）
  1    任一報告中存在不低於 --fail-on SEVERITY 的發現，或在 --fail-on difference 時
       存在差異
  2    用法錯誤，報告檔案不可讀取或不是本工具的報告，--json、--html 或 --pdf 路徑不可寫入
  3    線上伺服器沒有可評判的回應：無法連上、未及時回覆（TLS 交握期間也算），
       或沒有 STARTTLS 或不是郵件伺服器。伺服器若作出回應並拒絕或中斷交握，就算已經回應：
       這是一項發現（0，或配合 --fail-on 時為 1）
  130  已中斷（Ctrl-C）

範例：
  mailtls compare mx1.example.org mx2.example.org
  mailtls compare before.json mx.example.org          # 已儲存的掃描與伺服器目前狀態對比
  mailtls compare mx1.example.org mx2.example.org --pdf cluster.pdf
  mailtls compare 127.0.0.1:2525 127.0.0.1:2526 --json - | jq .differences
</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_args.cpp" line="45"/>
        <source>Mail protocol before TLS for live servers</source>
        <translation>線上伺服器在 TLS 之前的郵件協定</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_args.cpp" line="48"/>
        <source>Connections open at once against each live server (default: 4).</source>
        <translation>對每台線上伺服器同時開啟的連線數（預設：4）。</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_args.cpp" line="50"/>
        <source>the comparison as JSON (kind &quot;compare&quot;)</source>
        <translation>比較結果（JSON 格式，kind 為「compare」）</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_args.cpp" line="52"/>
        <source>Also write the comparison as one self-contained, printable HTML file.</source>
        <translation>另外將比較結果寫成一個獨立、可列印的 HTML 檔案。</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_args.cpp" line="55"/>
        <source>Write the comparison as a PDF file (A4: the differences side by side, each server&apos;s findings with their fixes), to forward to a partner&apos;s admin.</source>
        <translation>將比較結果寫成 PDF 檔案（A4：並排列出的差異，各伺服器的發現及其修正），可轉寄給對方的管理員。</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_args.cpp" line="59"/>
        <source>Exit 1 when a finding is at least this severe (info, low, medium, high, critical), or with &apos;difference&apos; when the servers differ at all.</source>
        <translation>當某項發現的嚴重程度不低於此等級（info、low、medium、high、critical）時以 1 結束；若為「difference」，則只要伺服器之間有任何差異即以 1 結束。</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_args.cpp" line="64"/>
        <source>Print only the one-line summary.</source>
        <translation>只輸出一行摘要。</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_args.cpp" line="82"/>
        <source>HOST[:PORT] (PORT defaults to 25) or a saved report FILE.json; two or more.</source>
        <translation>HOST[:PORT]（PORT 預設為 25）或已儲存的報告 FILE.json；兩個或更多。</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_args.cpp" line="117"/>
        <source>missing TARGETs: name two or more servers or saved reports</source>
        <translation>缺少 TARGET：請指定兩個或更多伺服器或已儲存的報告</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_args.cpp" line="118"/>
        <source>one TARGET is not a comparison: name at least two</source>
        <translation>一個 TARGET 無法比較：請至少指定兩個</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_args.cpp" line="170"/>
        <source>--fail-on must be info, low, medium, high, critical or difference, not &apos;%1&apos;</source>
        <translation>--fail-on 必須是 info、low、medium、high、critical 或 difference，而不是「%1」</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="18"/>
        <source>Checks every partner at once: one session (or scan) per target of FILE (&apos;-&apos;: stdin), many
at once but politely per host, each report streamed as one JSON line as it finishes, then a
table: per target the TLS version and cipher (or the failure), the worst finding, the days
the certificate has left and the time it took; then the totals.</source>
        <translation>一次檢查所有對方：對 FILE（「-」：標準輸入）中的每個目標進行一次工作階段（或掃描），
同時進行多個，但對每台主機保持禮貌；每份報告完成時即作為一行 JSON 輸出，
然後是一張表格：每個目標的 TLS 版本和加密演算法（或失敗原因）、最嚴重的發現、
憑證剩餘天數和所用時間；最後是彙總。</translation>
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
清單：
  每行一個目標：HOST[:PORT]、[IPv6]:PORT、smtp://HOST[:PORT]（STARTTLS，連接埠 25）、
  smtps://HOST[:PORT]（隱含式 TLS，465）或 lmtp://HOST[:PORT]（LMTP，24）。沒有協定前綴時
  由連接埠決定，與「mailtls session」相同。「#」開始註解；空行將被忽略。
  錯誤的行會以 FILE:LINE: 原因 的形式回報並跳過。主機指依原樣書寫的名稱或位址：
  --per-host 和 --delay 依它計算連線。

忙碌的主機：
  421 問候或在問候之前關閉連線表示「忙碌」，而不是拒絕。同一主機的各目標共用一個退避：
  每次忙碌回應都會降低允許同時連線該主機的數量，並拉開連線發起的間隔；被拒於門外的工作階段
  會在 0.25 秒、0.5 秒、1 秒……後重試（最多 8 次），之前的每次嘗試都記錄在其對話紀錄中。

JSON Lines（--jsonl）：
  每行一個 mailtls.report/1 物件，鍵與「mailtls session --json」（或 scan）相同，每個目標
  完成時即寫入並清空緩衝，依完成的先後順序排列。被 Ctrl-C 或 --max-time 停止的目標不會寫入，
  因此 --resume 會重新檢查它。--resume FILE 跳過 FILE 中已有的目標（依主機、連接埠、方言和
  隱含式 TLS 比對），並附加到該檔案。--baseline OLD.jsonl 依目標輸出自那次執行以來的變化：
  新增和消失的發現、新增和失去的 TLS 版本、憑證指紋、可連線性。

結束代碼：
  0    批次檢查已執行（如有發現，均低於 --fail-on）
  1    某個目標存在不低於 --fail-on 的發現
  2    用法錯誤（選項錯誤、清單不可讀取、--jsonl 不可寫入、清單中沒有目標）
  3    沒有可評判的回應：所有已檢查的目標都無法連上、逾時或中斷了郵件協定；
       或 --max-time 在所有目標檢查完之前停止了執行
  130  已中斷（Ctrl-C）；所有已完成的目標都在 --jsonl 檔案中

範例：
  mailtls fleet partners.txt --jsonl today.jsonl
  mailtls fleet partners.txt --jsonl today.jsonl --baseline yesterday.jsonl --fail-on high
  mailtls fleet partners.txt --resume today.jsonl          # Ctrl-C 之後繼續
  mailtls fleet partners.txt --mode scan --concurrency 4 --delay 500 --max-time 3600
</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="64"/>
        <source>What to run per target: session (one handshake) or scan (every version and suite) (default: session).</source>
        <translation>每個目標執行什麼：session（一次交握）或 scan（所有版本和套件）（預設：session）。</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="68"/>
        <source>Targets checked at once, overall (default: 8).</source>
        <translation>總共同時檢查的目標數（預設：8）。</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="70"/>
        <source>Targets, and connections over all of them, at once against one host (default: 1: mail servers rate-limit scanners).</source>
        <translation>對同一主機同時進行的目標數（以及所有目標合計的連線數）（預設：1：郵件伺服器會限制掃描器的速率）。</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="74"/>
        <source>At least MS milliseconds between two connection starts to one host (default: 0).</source>
        <translation>到同一主機的兩次連線發起之間至少間隔 MS 毫秒（預設：0）。</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="82"/>
        <source>Stop the whole run after SECONDS: running targets are stopped, the rest not started (exit 3).</source>
        <translation>SECONDS 秒後停止整個執行：正在進行的目標被停止，其餘目標不再開始（結束代碼 3）。</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="90"/>
        <source>Lowest TLS version to offer (a scan: to test): 1.0, 1.1, 1.2 or 1.3.</source>
        <translation>提供的最低 TLS 版本（scan 時為要測試的最低版本）：1.0、1.1、1.2 或 1.3。</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="93"/>
        <source>Highest TLS version to offer (a scan: to test).</source>
        <translation>提供的最高 TLS 版本（scan 時為要測試的最高版本）。</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="95"/>
        <source>Write each target&apos;s report as one JSON line to FILE as it finishes; &apos;-&apos; writes them to stdout instead of the table.</source>
        <translation>每個目標完成時將其報告作為一行 JSON 寫入 FILE；「-」則將它們寫到標準輸出，取代表格。</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="99"/>
        <source>Skip the targets FILE (an earlier --jsonl) already holds and append the rest to it.</source>
        <translation>跳過 FILE（先前的 --jsonl）中已有的目標，並將其餘目標附加到其中。</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="103"/>
        <source>Print per target what changed since this earlier --jsonl run.</source>
        <translation>按目標輸出自這次較早的 --jsonl 執行以來的變化。</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="107"/>
        <source>A line on stderr per finished target (default: when stdout is not a terminal).</source>
        <translation>每完成一個目標就在 stderr 輸出一行（預設：stdout 不是終端機時）。</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="111"/>
        <source>Print only the totals, no table and no progress.</source>
        <translation>只輸出彙總，不輸出表格和進度。</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="125"/>
        <source>The targets, one a line (&apos;-&apos;: stdin).</source>
        <translation>目標，每行一個（「-」：標準輸入）。</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="160"/>
        <source>missing FILE (the targets, one a line; &apos;-&apos; for stdin)</source>
        <translation>缺少 FILE（目標，每行一個；「-」表示標準輸入）</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="164"/>
        <source>one list only, got &apos;%1&apos;</source>
        <translation>只能指定一個清單，收到的是「%1」</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="178"/>
        <source>--mode must be session or scan, not &apos;%1&apos;</source>
        <translation>--mode 必須是 session 或 scan，而不是「%1」</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="225"/>
        <location filename="../app/cli/session_args.cpp" line="423"/>
        <source>--%1 must be 1.0, 1.1, 1.2 or 1.3, not &apos;%2&apos;</source>
        <translation>--%1 必須是 1.0、1.1、1.2 或 1.3，而不是「%2」</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="231"/>
        <location filename="../app/cli/session_args.cpp" line="432"/>
        <source>--tls-min %1 is above --tls-max %2</source>
        <translation>--tls-min %1 高於 --tls-max %2</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="245"/>
        <source>--jsonl needs a FILE or &apos;-&apos;</source>
        <translation>--jsonl 需要 FILE 或「-」</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="254"/>
        <source>--resume appends to its own file: leave out --jsonl or name the same file</source>
        <translation>--resume 會附加到它自己的檔案：請省略 --jsonl 或指定同一個檔案</translation>
    </message>
    <message>
        <location filename="../app/cli/interactive_console.cpp" line="217"/>
        <location filename="../app/cli/interactive_console.cpp" line="306"/>
        <source>line not sent: longer than %1 bytes</source>
        <translation>該行未傳送：超過 %1 位元組</translation>
    </message>
    <message>
        <location filename="../app/cli/interactive_console.cpp" line="251"/>
        <source>(no reply within %1 s; going on)</source>
        <translation>（%1 秒內無回覆；繼續）</translation>
    </message>
    <message>
        <location filename="../app/cli/interactive_console.cpp" line="283"/>
        <source>unknown console command %1 (/help lists them; /raw %1 sends it to the server)</source>
        <translation>未知的主控台命令 %1（/help 會列出所有命令；/raw %1 會將其傳送給伺服器）</translation>
    </message>
    <message>
        <location filename="../app/cli/interactive_console.cpp" line="400"/>
        <source>error: cannot create a pipe</source>
        <translation>錯誤：無法建立管道</translation>
    </message>
    <message>
        <location filename="../app/cli/interactive_console.cpp" line="468"/>
        <source>console: lines you type go to the server as typed; /help lists the console&apos;s commands, Ctrl-D ends with %1.</source>
        <translation>主控台：您輸入的行將原樣傳送給伺服器；/help 列出主控台命令，Ctrl-D 以 %1 結束。</translation>
    </message>
    <message>
        <location filename="../app/cli/interactive_console.cpp" line="470"/>
        <source>a disconnect</source>
        <translation>中斷連線</translation>
    </message>
    <message>
        <location filename="../app/cli/interactive_console.cpp" line="472"/>
        <source>console: sending the lines read from standard input</source>
        <translation>主控台：正在傳送從標準輸入讀取的行</translation>
    </message>
    <message>
        <location filename="../app/cli/interactive_console.cpp" line="509"/>
        <source>the server closed the connection</source>
        <translation>伺服器關閉了連線</translation>
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
        <translation>  您輸入的行將原樣在 TLS 內傳送給伺服器，並在結尾加上 CR LF。
  主控台命令以斜線開頭（郵件命令都不以斜線開頭）：
    /help        顯示此說明
    /tls         協商出的 TLS 參數
    /raw LINE    原樣傳送 LINE（用於以斜線開頭的行）
    /quit        傳送登出命令（QUIT），等待其回覆後結束
  Ctrl-D 的作用與 /quit 相同；Ctrl-C 立即中斷連線。
  與 openssl s_client 不同，以 R 開頭的行（RCPT TO）會被傳送，而不會變成 TLS 重新協商；
  以 Q 開頭的行也會被傳送，而不會被當作「中斷連線」：每一行都原樣到達伺服器。
  除非使用 --show-secrets，輸入的 AUTH 機密會在對話紀錄和報告中被遮蔽。
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
        <translation>讀取郵件佇列清單並說明卡住了什麼：多少封郵件在等待多少個
收件人，哪些目標網域佔了大部分，它們有多久了，以及哪些
郵件被凍結（Exim）或被暫扣（Postfix）。清單即郵件伺服器
輸出的內容，儲存下來或透過管線傳入：
  exim -bp（或 mailq、exim -bpa、-bpu），兩種郵件 ID 格式（包括 Exim 4.97 的）
  postqueue -j（Postfix 3.1 及更新版本：每行一個 JSON 物件，含延遲原因）
  Postfix 的 postqueue -p / mailq（佇列 ID 帶 * 表示作用中，! 表示暫扣，含延遲原因）
未壓縮或已壓縮（gzip、xz、bzip2）。使用 --log 時還會讀取伺服器自己的郵件記錄檔
（與 &apos;mailtls log&apos; 的讀取方式相同），每個卡住的網域都會附上
其投遞對方的 TLS 失敗。</translation>
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
計數方式：
  收件人在投遞之前一直算作「等待」（Exim 以 D 標記已投遞的收件人）。一個網域
  計入有收件人在該網域等待的郵件；「最久」是其中最舊的一封。Exim
  列出的時長與大小是取整的（25m、3h、4d；2.9K）；Postfix 的時長計算到目前時刻。
  --domain 只計入該網域（及其子網域）中的收件人。
  --log 依主機名稱將網域與記錄檔中的出站對方比對：名稱等於該網域或以
  &apos;.DOMAIN&apos; 結尾的對方（位址常值 [192.0.2.1] 依其位址比對）。
  以其他網域命名的 MX 主機無法以此方式找到。

結束碼：
  0    已讀取（郵件卡住時也是如此：文字中會說明）
  2    用法錯誤；清單（或某個 --log 檔案）無法開啟，或不是佇列清單
  3    清單或某個 --log 檔案中途損壞（以 FILE:LINE 指出）：報告其之前的
       全部內容
  130  讀取 --log 檔案時已中斷（Ctrl-C）

範例：
  exim -bp | mailtls queue -
  mailtls queue queue.txt --domain example.net --older-than 4h
  postqueue -j | mailtls queue - --json stuck.json
  mailtls queue queue.txt --log /var/log/exim4/mainlog --log /var/log/exim4/mainlog.1.gz
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="65"/>
        <source>the JSON document (schema &quot;mailtls.queue/1&quot;)</source>
        <translation>JSON 文件（結構描述 &quot;mailtls.queue/1&quot;）</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="67"/>
        <source>Only messages with a recipient waiting in this domain (or its subdomains).</source>
        <translation>只看有收件人在此網域（或其子網域）等待的郵件。</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="70"/>
        <source>Only messages at least this old: 45s, 30m, 4h, 2d, 1w (or seconds).</source>
        <translation>只看至少這麼舊的郵件：45s、30m、4h、2d、1w（或秒數）。</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="73"/>
        <source>Domains and frozen messages listed in the text (default: 20; 0: all).</source>
        <translation>文字中列出的網域與凍結郵件數（預設：20；0：全部）。</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="76"/>
        <source>A mail log (Exim or Postfix; repeat for rotations): tie the stuck domains to the TLS failures of their partners.</source>
        <translation>郵件記錄檔（Exim 或 Postfix；輪替的記錄檔可重複指定）：將卡住的網域與其對方的 TLS 失敗關聯起來。</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="89"/>
        <source>The queue listing; - reads standard input.</source>
        <translation>佇列清單；- 讀取標準輸入。</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="106"/>
        <source>(sender not listed)</source>
        <translation>（未列出寄件人）</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="119"/>
        <source>(no domain)</source>
        <translation>（無網域）</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="126"/>
        <source>domain %1</source>
        <translation>網域 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="128"/>
        <source>older than %1</source>
        <translation>早於 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="183"/>
        <source>name the queue listing: FILE, or - for standard input (e.g. &apos;exim -bp | mailtls queue -&apos;)</source>
        <translation>請指定佇列清單：FILE，或以 - 表示標準輸入（例如 &apos;exim -bp | mailtls queue -&apos;）</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="187"/>
        <source>one queue listing at a time, not &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>一次只能處理一個佇列清單，不能同時處理 &apos;%1&apos; 與 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="202"/>
        <source>--older-than must be an age such as 45s, 30m, 4h, 2d or 1w, not &apos;%1&apos;</source>
        <translation>--older-than 必須是 45s、30m、4h、2d 或 1w 這樣的時長，而非 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="250"/>
        <source>on hold</source>
        <translation>暫扣</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="250"/>
        <source>frozen</source>
        <translation>凍結</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="254"/>
        <source>%1 waiting, %2 not delivered, %3 %4; oldest %5</source>
        <translation>%1 等待中，%2 未投遞，%3 %4；最久 %5</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="255"/>
        <location filename="../app/cli/queue_command.cpp" line="317"/>
        <location filename="../app/cli/queue_command.cpp" line="323"/>
        <source>message</source>
        <translation>封郵件</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="255"/>
        <location filename="../app/cli/queue_command.cpp" line="317"/>
        <location filename="../app/cli/queue_command.cpp" line="323"/>
        <source>messages</source>
        <translation>封郵件</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="256"/>
        <location filename="../app/cli/queue_command.cpp" line="378"/>
        <source>recipient</source>
        <translation>個收件人</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="256"/>
        <location filename="../app/cli/queue_command.cpp" line="378"/>
        <source>recipients</source>
        <translation>個收件人</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="259"/>
        <source>nothing waiting</source>
        <translation>無等待</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="261"/>
        <source> (%1; %2 left out)</source>
        <translation>（%1；略去 %2 封）</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="262"/>
        <source>Queue: </source>
        <translation>佇列：</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="263"/>
        <location filename="../app/cli/queue_command.cpp" line="647"/>
        <source>standard input</source>
        <translation>標準輸入</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="267"/>
        <location filename="../app/cli/queue_command.cpp" line="409"/>
        <location filename="../app/cli/queue_command.cpp" line="649"/>
        <source>line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="267"/>
        <location filename="../app/cli/queue_command.cpp" line="409"/>
        <location filename="../app/cli/queue_command.cpp" line="649"/>
        <source>lines</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="269"/>
        <source>, ages measured to %1 UTC</source>
        <translation>，時長計算到 %1 UTC</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="272"/>
        <source>  %1 further messages are counted but not kept one by one
</source>
        <translation>  另有 %1 封郵件已計數，但未逐一保留
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="275"/>
        <source>
By destination domain (most stuck first)
</source>
        <translation>
依目標網域（卡住最多的在前）
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="277"/>
        <source>  no recipient waiting
</source>
        <translation>  沒有等待的收件人
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="292"/>
        <source>DOMAIN</source>
        <translation>網域</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="292"/>
        <source>MESSAGES</source>
        <translation>郵件</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="292"/>
        <source>WAITING</source>
        <translation>等待</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="292"/>
        <source>OLDEST</source>
        <translation>最久</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="293"/>
        <source>HOLD</source>
        <translation>暫扣</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="293"/>
        <source>FROZEN</source>
        <translation>凍結</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="297"/>
        <source>  … and %1 (--top 0 lists all)
</source>
        <translation>  … 另有 %1（--top 0 列出全部）
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="298"/>
        <source>more domain</source>
        <translation>個其他網域</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="298"/>
        <source>more domains</source>
        <translation>個其他網域</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="306"/>
        <source>      why: %1
</source>
        <translation>      原因：%1
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="309"/>
        <source>(further domains)</source>
        <translation>（其他網域）</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="314"/>
        <source>
By age
</source>
        <translation>
依時長
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="318"/>
        <source>%1 waiting</source>
        <translation>%1 等待</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="322"/>
        <source>  %1 %2 (the listing gives no age)
</source>
        <translation>  %1 %2（清單未給出時長）
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="331"/>
        <source>
Messages on hold
</source>
        <translation>
暫扣的郵件
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="331"/>
        <source>
Frozen messages
</source>
        <translation>
凍結的郵件
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="333"/>
        <source>  none
</source>
        <translation>  無
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="346"/>
        <source>no recipient waiting</source>
        <translation>沒有等待的收件人</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="346"/>
        <source>to </source>
        <translation>收件人 </translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="348"/>
        <source> and %1 more</source>
        <translation> 及另外 %1 個</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="350"/>
        <source>  %1  %2  from %3  %4
</source>
        <translation>  %1  %2  寄件人 %3  %4
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="355"/>
        <source>  (%1 more among the messages not kept one by one)
</source>
        <translation>  （未逐一保留的郵件中還有 %1 封）
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="364"/>
        <source>
Messages the listing could not show
</source>
        <translation>
清單無法顯示的郵件
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="368"/>
        <source>
Stuck domains in the logs (outbound partners matched by host name)
</source>
        <translation>
記錄檔中卡住的網域（依主機名稱比對的出站對方）
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="374"/>
        <source>  … and more domains (--top 0 lists all)
</source>
        <translation>  … 還有更多網域（--top 0 列出全部）
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="378"/>
        <source>  %1  (%2 waiting)
</source>
        <translation>  %1  （%2 等待）
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="381"/>
        <source>      no outbound partner in the logs is named under %1 (an MX host with another name is not found by name)
</source>
        <translation>      記錄檔中沒有以 %1 命名的出站對方（名稱不同的 MX 主機無法依名稱找到）
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="388"/>
        <source>message delivered</source>
        <translation>封郵件已投遞</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="388"/>
        <source>messages delivered</source>
        <translation>封郵件已投遞</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="390"/>
        <source> (TLS %1)</source>
        <translation>（TLS %1）</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="391"/>
        <source>      address match: %1  %2, %3
</source>
        <translation>      位址比對：%1  %2，%3
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="391"/>
        <source>      name match: %1  %2, %3
</source>
        <translation>      名稱比對：%1  %2，%3
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="393"/>
        <source>no TLS failure</source>
        <translation>無 TLS 失敗</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="394"/>
        <source>TLS failure</source>
        <translation>次 TLS 失敗</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="394"/>
        <source>TLS failures</source>
        <translation>次 TLS 失敗</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="402"/>
        <source>  no domain has a recipient waiting
</source>
        <translation>  沒有網域有等待的收件人
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="407"/>
        <source>
Not understood
</source>
        <translation>
無法理解
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="408"/>
        <source>  %1 of %2 not understood%3
</source>
        <translation>  %2 中有 %1 無法理解%3
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="412"/>
        <source>  line %1: %2
</source>
        <translation>  第 %1 行：%2
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="646"/>
        <source>%1:%2: not a queue listing (exim -bp, postqueue -j or postqueue -p); %3 not understood</source>
        <translation>%1:%2：不是佇列清單（exim -bp、postqueue -j 或 postqueue -p）；%3 無法理解</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="654"/>
        <source>--log: %1</source>
        <translation>--log：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="18"/>
        <source>Scans the TLS side of a mail server: which protocol versions (SSLv2 ... TLS 1.3) and which
cipher suites of the whole IANA registry it accepts, whether it enforces its own suite order,
the key exchange groups, the DH prime size and the certificate types it serves. Suites the
linked OpenSSL cannot offer are probed with mailtls&apos;s own ClientHello. Each version costs
about one connection per accepted suite plus one.</source>
        <translation>掃描郵件伺服器的 TLS 一側：它接受哪些協定版本（SSLv2 ... TLS 1.3）以及整個 IANA 登錄表中的
哪些加密套件，是否強制使用自己的套件順序，金鑰交換群組、DH 質數大小以及它提供的憑證類型。
連結的 OpenSSL 無法提供的套件，用 mailtls 自己的 ClientHello 來探測。每個版本大約需要
「每個被接受的套件一次連線，再加一次」。</translation>
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
禮貌：
  同時開啟的連線最多為 --max-conn 個。伺服器若回應 421、在問候之前關閉連線或未及時傳送問候，
  表示它正忙，而不是拒絕：掃描會等待（暫停時間加倍），以更少的連線重試，並回報
  smtp.rate_limited。

結束代碼：
  0    掃描已執行（如有發現，均低於 --fail-on）
  1    存在不低於 --fail-on 的發現
  2    用法錯誤（包括 --json、--html 或 --pdf 路徑不可寫入）
  3    沒有可評判的回應：無法連上、未及時回覆（TLS 交握期間也算），或沒有 STARTTLS
       或不是郵件伺服器。伺服器若作出回應並拒絕或中斷交握，就算已經回應：
       這是一項發現（0，或配合 --fail-on 時為 1）
  130  已中斷（Ctrl-C）

範例：
  mailtls scan mx.example.org
  mailtls scan 127.0.0.1:2525 --json - | jq .scan.ciphers
  mailtls scan mx.example.org --html mx-scan.html
  mailtls scan smtp.example.org:465 --max-conn 2 --delay 200 --fail-on medium
</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="59"/>
        <source>Connections open at once against the server (default: 4).</source>
        <translation>對伺服器同時開啟的連線數（預設：4）。</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="62"/>
        <source>Pause of at least MS milliseconds between two connection starts (default: 0).</source>
        <translation>兩次連線發起之間至少暫停 MS 毫秒（預設：0）。</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="65"/>
        <source>Stop the whole scan after SECONDS and report it as incomplete (exit 3).</source>
        <translation>SECONDS 秒後停止整個掃描，並回報為不完整（結束代碼 3）。</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="68"/>
        <source>Leave out the probes a server may log as an attack (client-initiated renegotiation, heartbleed, ccs_injection, robot, ticketbleed, starttls_injection); reported as not tested.</source>
        <translation>省略伺服器可能記錄為攻擊的探測（用戶端發起的重新協商、heartbleed、ccs_injection、robot、ticketbleed、starttls_injection）；這些項目回報為未測試。</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="72"/>
        <source>Leave out these checks (comma list; reported as not tested): %1.</source>
        <translation>省略這些檢查（逗號分隔；回報為未測試）：%1。</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="76"/>
        <source>The server&apos;s role for the STARTTLS checks: submission (MAIL and AUTH must wait for TLS), mx or lmtp (default: from the port, 587 submission, 25 mx).</source>
        <translation>用於 STARTTLS 檢查的伺服器角色：submission（MAIL 和 AUTH 必須等到 TLS 之後）、mx 或 lmtp（預設：依連接埠，587 為 submission，25 為 mx）。</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="80"/>
        <source>Progress on stderr as plain lines also when it is not a terminal.</source>
        <translation>即使 stderr 不是終端機，也以純文字行在其上輸出進度。</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="83"/>
        <location filename="../app/cli/session_args.cpp" line="133"/>
        <source>Also write a self-contained, printable HTML report to FILE (for a ticket).</source>
        <translation>另外將一份獨立、可列印的 HTML 報告寫入 FILE（用於工單）。</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="88"/>
        <source>Certificate file the server should serve (e.g. the one it is configured with); cert.differs_from_file when it serves another.</source>
        <translation>伺服器應提供的憑證檔案（例如其設定中使用的檔案）；若伺服器提供的是另一張憑證，則回報 cert.differs_from_file。</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="92"/>
        <source>Trust anchors (PEM) for judging the served chains (default: the system store).</source>
        <translation>用於評判所提供憑證鏈的信任錨（PEM）（預設：系統憑證庫）。</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="95"/>
        <source>Name the certificates must carry, e.g. the MX name (default: HOST).</source>
        <translation>憑證必須包含的名稱，例如 MX 名稱（預設：HOST）。</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="99"/>
        <source>Print only the one-line summary and no progress bar.</source>
        <translation>只輸出一行摘要，不顯示進度列。</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="114"/>
        <location filename="../app/cli/session_args.cpp" line="159"/>
        <source>Mail server; PORT defaults to 25. IPv6: [2001:db8::1]:587.</source>
        <translation>郵件伺服器；PORT 預設為 25。IPv6：[2001:db8::1]:587。</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="144"/>
        <location filename="../app/cli/session_args.cpp" line="234"/>
        <source>missing HOST[:PORT]</source>
        <translation>缺少 HOST[:PORT]</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="148"/>
        <location filename="../app/cli/session_args.cpp" line="238"/>
        <source>one target only, got &apos;%1&apos;</source>
        <translation>只能指定一個目標，收到的是「%1」</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="182"/>
        <source>--skip-checks: unknown check &apos;%1&apos; (known: %2)</source>
        <translation>--skip-checks：未知檢查「%1」（已知：%2）</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="193"/>
        <source>--role must be submission, mx or lmtp, not &apos;%1&apos;</source>
        <translation>--role 必須是 submission、mx 或 lmtp，而不是「%1」</translation>
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
        <translation>--expect-cert %1：不含任何憑證</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="216"/>
        <source>--ca-file %1: no readable file there</source>
        <translation>--ca-file %1：該處沒有可讀檔案</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="26"/>
        <source>Runs one real session against a mail server: connect, banner, EHLO, STARTTLS (or implicit
TLS), the TLS handshake, the certificate chain, EHLO again and, when asked, AUTH / MAIL /
RCPT / DATA, then QUIT. Prints the transcript, the negotiated TLS parameters, the handshake
messages, the chain and the findings.</source>
        <translation>與郵件伺服器進行一次真實工作階段：連線、橫幅、EHLO、STARTTLS（或隱含式 TLS）、TLS 交握、
憑證鏈、再次 EHLO，以及依要求進行的 AUTH / MAIL / RCPT / DATA，然後 QUIT。
輸出對話紀錄、協商出的 TLS 參數、交握訊息、憑證鏈和發現。</translation>
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
連接埠和方言：
  沒有 --starttls 時由連接埠決定：465 為隱含式 TLS 內的 SMTP，24 為帶 STARTTLS 的 LMTP，
  143 IMAP 和 110 POP3 使用 STARTTLS/STLS，993 IMAP 和 995 POP3 在隱含式 TLS 內，
  4190 為帶 STARTTLS 的 ManageSieve，其餘連接埠（25、587 提交）為帶 STARTTLS 的 SMTP。
  --implicit-tls 在 TLS 內使用該方言。--starttls imap|pop3|sieve 指定方言；
  --starttls auto 依連接埠確定方言，在其他連接埠上則依問候語確定（「* OK」為 IMAP，
  「+OK」為 POP3，「IMPLEMENTATION」為 ManageSieve，220 為 SMTP）。--auth-user 在任何方言中
  都於 TLS 之後登入（IMAP AUTHENTICATE PLAIN 或 LOGIN，POP3 AUTH PLAIN 或 USER/PASS，
  ManageSieve AUTHENTICATE &quot;PLAIN&quot;）；除非使用 --show-secrets，否則密碼會被遮蔽。
  --starttls none 跳過郵件協定：只做一次單純的 TLS 交握，類似不帶 -starttls 的
  openssl s_client。

結束代碼：
  0    工作階段已執行（如有發現，均低於 --fail-on）
  1    存在不低於 --fail-on 的發現
  2    用法錯誤（選項錯誤、檔案不可讀取，--json、--html 或 --pdf 路徑不可寫入）
  3    沒有可評判的回應：無法連上、未及時回覆（TLS 交握期間也算），或郵件協定在 TLS
       之前就中斷了。伺服器若作出回應並拒絕或中斷交握，就算已經回應：
       這是一項發現（0，或配合 --fail-on 時為 1）
  130  已中斷（Ctrl-C）

範例：
  mailtls session mx.example.org
  mailtls session smtp.example.org:465 --json report.json
  mailtls session mx.example.org --html mx-report.html
  mailtls session mx.example.org --pdf mx-report.pdf    # 用於轉寄給對方
  mailtls session [2001:db8::25]:587 --auth-user alice --auth-pass-file ~/.pw
  mailtls session 127.0.0.1:2525 --mail-from a@example.org --rcpt-to b@example.org
  mailtls session mx.example.org --tls-max 1.2 --ciphers &apos;ECDHE-RSA-AES128-GCM-SHA256&apos; --fail-on high
</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="72"/>
        <source>Name the certificate must match, e.g. the MX name (default: HOST).</source>
        <translation>憑證必須符合的名稱，例如 MX 名稱（預設：HOST）。</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="78"/>
        <source>The certificate the server should serve (PEM or DER, e.g. the file the server is configured with); cert.differs_from_file when the served one is another.</source>
        <translation>伺服器應提供的憑證（PEM 或 DER，例如伺服器設定中使用的檔案）；若提供的是另一張憑證，則回報 cert.differs_from_file。</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="83"/>
        <source>Client certificate (PEM) to offer when the server asks.</source>
        <translation>伺服器要求時提供的用戶端憑證（PEM）。</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="86"/>
        <source>Private key for --client-cert (default: the --client-cert file).</source>
        <translation>--client-cert 的私密金鑰（預設：--client-cert 檔案本身）。</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="89"/>
        <source>Authenticate after TLS as USER (needs --auth-pass-file).</source>
        <translation>在 TLS 之後以 USER 身分驗證（需要 --auth-pass-file）。</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="92"/>
        <source>Read the AUTH password from the first line of FILE.</source>
        <translation>從 FILE 的第一行讀取 AUTH 密碼。</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="95"/>
        <source>AUTH mechanism: PLAIN or LOGIN (default: PLAIN if offered).</source>
        <translation>AUTH 機制：PLAIN 或 LOGIN（預設：若伺服器提供則用 PLAIN）。</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="98"/>
        <source>Send MAIL FROM:&lt;ADDR&gt; (empty for the null sender).</source>
        <translation>傳送 MAIL FROM:&lt;ADDR&gt;（留空表示空寄件者）。</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="101"/>
        <source>Send RCPT TO:&lt;ADDR&gt;; repeat for several recipients.</source>
        <translation>傳送 RCPT TO:&lt;ADDR&gt;；多個收件者時重複此選項。</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="104"/>
        <source>Message to send after DATA (&apos;-&apos; reads stdin). With --rcpt-to and no --data a short test message is generated.</source>
        <translation>DATA 之後傳送的郵件（「-」表示讀取標準輸入）。有 --rcpt-to 而沒有 --data 時，會產生一封簡短的測試郵件。</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="112"/>
        <source>Lowest TLS version to offer: 1.0, 1.1, 1.2 or 1.3 (also TLSv1.2, tls1_2).</source>
        <translation>提供的最低 TLS 版本：1.0、1.1、1.2 或 1.3（也可寫作 TLSv1.2、tls1_2）。</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="114"/>
        <source>Highest TLS version to offer.</source>
        <translation>提供的最高 TLS 版本。</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="117"/>
        <source>TLS 1.2 and older suites, OpenSSL syntax (default: ALL:!aNULL:!eNULL, every suite but anonymous and NULL).</source>
        <translation>TLS 1.2 及更早版本的套件，OpenSSL 語法（預設：ALL:!aNULL:!eNULL，即除匿名和 NULL 之外的所有套件）。</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="120"/>
        <source>TLS 1.3 suites, e.g. TLS_AES_128_GCM_SHA256.</source>
        <translation>TLS 1.3 套件，例如 TLS_AES_128_GCM_SHA256。</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="123"/>
        <source>Key exchange groups to offer, e.g. X25519:P-256.</source>
        <translation>提供的金鑰交換群組，例如 X25519:P-256。</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="126"/>
        <source>OpenSSL security level 0-5 of the client (default: 0, talks to legacy servers).</source>
        <translation>用戶端的 OpenSSL 安全等級 0-5（預設：0，可與舊式伺服器通訊）。</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="130"/>
        <source>Do not redact AUTH secrets in the transcript and report.</source>
        <translation>不在對話紀錄和報告中遮蔽 AUTH 機密。</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="141"/>
        <source>After STARTTLS and the handshake, send the lines you type to the server as typed (console; /help inside).</source>
        <translation>在 STARTTLS 和交握之後，將您輸入的行原樣傳送給伺服器（主控台；其中可用 /help）。</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="166"/>
        <source>--%1 must not contain line breaks</source>
        <translation>--%1 不得包含換行字元</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="253"/>
        <source>--ehlo needs one name without spaces</source>
        <translation>--ehlo 需要一個不含空格的名稱</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="265"/>
        <source>--sni needs a name (use --no-sni to send none)</source>
        <translation>--sni 需要一個名稱（用 --no-sni 則不傳送）</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="275"/>
        <source>--servername needs a name</source>
        <translation>--servername 需要一個名稱</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="301"/>
        <source>--client-key needs --client-cert</source>
        <translation>--client-key 需要 --client-cert</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="314"/>
        <source>--auth-user needs --auth-pass-file</source>
        <translation>--auth-user 需要 --auth-pass-file</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="315"/>
        <source>--auth-pass-file needs --auth-user</source>
        <translation>--auth-pass-file 需要 --auth-user</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="321"/>
        <source>--auth-user needs a user name</source>
        <translation>--auth-user 需要使用者名稱</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="331"/>
        <source>--auth-pass-file %1: cannot read (%2)</source>
        <translation>--auth-pass-file %1：無法讀取（%2）</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="338"/>
        <source>--auth-pass-file %1: the first line is empty</source>
        <translation>--auth-pass-file %1：第一行為空</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="345"/>
        <source>--auth-mech needs --auth-user</source>
        <translation>--auth-mech 需要 --auth-user</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="350"/>
        <source>--auth-mech must be PLAIN or LOGIN, not &apos;%1&apos;</source>
        <translation>--auth-mech 必須是 PLAIN 或 LOGIN，而不是「%1」</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="357"/>
        <source>--mail-from, --rcpt-to and --data need a mail protocol, not --starttls none</source>
        <translation>--mail-from、--rcpt-to 和 --data 需要郵件協定，不能用 --starttls none</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="361"/>
        <source>--mail-from, --rcpt-to and --data send mail over SMTP or LMTP, not %1</source>
        <translation>--mail-from、--rcpt-to 和 --data 透過 SMTP 或 LMTP 傳送郵件，而不是 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="374"/>
        <source>--rcpt-to needs an address</source>
        <translation>--rcpt-to 需要一個位址</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="380"/>
        <source>--rcpt-to needs --mail-from</source>
        <translation>--rcpt-to 需要 --mail-from</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="385"/>
        <source>--data needs at least one --rcpt-to</source>
        <translation>--data 至少需要一個 --rcpt-to</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="396"/>
        <source>--data %1</source>
        <translation>--data %1</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="400"/>
        <source>--data %1: the file is empty</source>
        <translation>--data %1：檔案為空</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="447"/>
        <source>--security-level must be 0-5, not &apos;%1&apos;</source>
        <translation>--security-level 必須是 0-5，而不是「%1」</translation>
    </message>
    <message>
        <location filename="../app/cli/session_command.cpp" line="59"/>
        <source>cannot connect to %1: %2</source>
        <translation>無法連線到 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/session_command.cpp" line="61"/>
        <source>timed out talking to %1: %2</source>
        <translation>與 %1 通訊逾時：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/session_command.cpp" line="63"/>
        <source>protocol failure with %1: %2</source>
        <translation>與 %1 的協定錯誤：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/session_command.cpp" line="85"/>
        <source>--interactive reads the console from stdin; use --data FILE, not --data - (try &apos;mailtls session --help&apos;)</source>
        <translation>--interactive 從標準輸入讀取主控台；請使用 --data FILE，而不是 --data -（參見 &apos;mailtls session --help&apos;）</translation>
    </message>
    <message>
        <location filename="../app/cli/session_command.cpp" line="92"/>
        <source>--data -: cannot read stdin</source>
        <translation>--data -：無法讀取標準輸入</translation>
    </message>
    <message>
        <location filename="../app/cli/session_command.cpp" line="98"/>
        <source>--data -: %1</source>
        <translation>--data -：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/session_command.cpp" line="102"/>
        <source>--data -: stdin was empty</source>
        <translation>--data -：標準輸入為空</translation>
    </message>
    <message>
        <location filename="../app/cli/session_command.cpp" line="146"/>
        <source>  (nothing was exchanged)
</source>
        <translation>  （未交換任何內容）
</translation>
    </message>
    <message>
        <location filename="../app/cli/session_command.cpp" line="167"/>
        <source>%1 ended the console: %2</source>
        <translation>%1 結束了主控台：%2</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::CapabilitiesView</name>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="36"/>
        <source>Keyword</source>
        <translation>關鍵字</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="36"/>
        <source>Before TLS</source>
        <translation>TLS 之前</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="36"/>
        <source>After TLS</source>
        <translation>TLS 之後</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="36"/>
        <source>With TLS</source>
        <translation>TLS 帶來的變化</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="46"/>
        <source>RFC 3207: after STARTTLS the client forgets the first list and asks again, because an attacker could have changed the cleartext one.</source>
        <translation>RFC 3207：STARTTLS 之後用戶端捨棄第一份清單並重新詢問，因為攻擊者可能竄改了明文清單。</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="55"/>
        <source>IMAP capabilities (CAPABILITY) before and after STARTTLS</source>
        <translation>STARTTLS 前後的 IMAP 功能（CAPABILITY）</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="57"/>
        <source>POP3 capabilities (CAPA) before and after STLS</source>
        <translation>STLS 前後的 POP3 功能（CAPA）</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="59"/>
        <source>ManageSieve capabilities before and after STARTTLS</source>
        <translation>STARTTLS 前後的 ManageSieve 功能</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="61"/>
        <source>LMTP extensions (LHLO) before and after STARTTLS</source>
        <translation>STARTTLS 前後的 LMTP 擴充（LHLO）</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="62"/>
        <source>SMTP extensions (EHLO) before and after STARTTLS</source>
        <translation>STARTTLS 前後的 SMTP 擴充（EHLO）</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="86"/>
        <source>not offered</source>
        <translation>未提供</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="88"/>
        <source>offered</source>
        <translation>已提供</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="113"/>
        <source>gone after TLS (expected)</source>
        <translation>TLS 之後消失（符合預期）</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="119"/>
        <source>+ added after TLS (good: passwords only inside TLS)</source>
        <translation>+ TLS 之後新增（良好：密碼只在 TLS 內傳送）</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="120"/>
        <source>+ added after TLS</source>
        <translation>+ TLS 之後新增</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="124"/>
        <source>− gone after TLS</source>
        <translation>− TLS 之後消失</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="128"/>
        <source>~ other parameters after TLS</source>
        <translation>~ TLS 之後參數不同</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="144"/>
        <source>Only an EHLO after TLS in this session.</source>
        <translation>本工作階段只有 TLS 之後的 EHLO。</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="145"/>
        <source>Only an EHLO before TLS in this session: nothing to compare.</source>
        <translation>本工作階段只有 TLS 之前的 EHLO：無可比較。</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="147"/>
        <source>Nothing changed with TLS but STARTTLS itself, which is not offered again inside TLS.</source>
        <translation>除 STARTTLS 本身外，TLS 前後沒有變化；STARTTLS 在 TLS 內不再提供。</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="149"/>
        <source>1 keyword changed with TLS (marked); STARTTLS itself is not offered again inside TLS.</source>
        <translation>有 1 個關鍵字隨 TLS 改變（已標出）；STARTTLS 本身在 TLS 內不再提供。</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="150"/>
        <source>%1 keywords changed with TLS (marked); STARTTLS itself is not offered again inside TLS.</source>
        <translation>有 %1 個關鍵字隨 TLS 改變（已標出）；STARTTLS 本身在 TLS 內不再提供。</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::CertificateChainModel</name>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="73"/>
        <source>expired today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="73"/>
        <source>expired 1 day ago</source>
        <translation>1 天前已過期</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="73"/>
        <source>expired %1 days ago</source>
        <translation>%1 天前已過期</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="76"/>
        <source>not valid yet</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="78"/>
        <source>expires today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="78"/>
        <source>1 day left</source>
        <translation>剩餘 1 天</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="78"/>
        <source>%1 days left</source>
        <translation>剩餘 %1 天</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="88"/>
        <source>leaf</source>
        <translation>葉憑證</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="90"/>
        <source>self-signed</source>
        <translation>自簽署</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="92"/>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="94"/>
        <source>expired</source>
        <translation>已過期</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="96"/>
        <source>not yet valid</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="98"/>
        <source>expires soon</source>
        <translation>即將到期</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="173"/>
        <source>Position %1 in the served chain
Subject: %2
Issuer: %3</source>
        <translation>所提供憑證鏈中的位置 %1
主體：%2
簽發者：%3</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="196"/>
        <source>Certificate</source>
        <translation>憑證</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="197"/>
        <source>Key</source>
        <translation>金鑰</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="198"/>
        <source>Expires</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="199"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::CertificateChainView</name>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="48"/>
        <source>No certificates yet. The chain the server presents appears here after the handshake, or open certificate files with File → Open Certificate….</source>
        <translation>尚無憑證。伺服器出示的憑證鏈會在交握後顯示在這裡，您也可以用「檔案 → 開啟憑證…」開啟憑證檔案。</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="63"/>
        <source>Position:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="64"/>
        <source>Subject:</source>
        <translation>主體：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="65"/>
        <source>Issuer:</source>
        <translation>簽發者：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="66"/>
        <source>Serial:</source>
        <translation>序號：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="67"/>
        <source>Valid:</source>
        <translation>有效期間：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="68"/>
        <source>Public key:</source>
        <translation>公開金鑰：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="69"/>
        <source>Signature:</source>
        <translation>簽章：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="70"/>
        <source>Alternative names:</source>
        <translation>別名：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="71"/>
        <source>Basic constraints:</source>
        <translation>基本限制：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="72"/>
        <source>Key usage:</source>
        <translation>金鑰用途：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="73"/>
        <source>Extended key usage:</source>
        <translation>延伸金鑰用途：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="74"/>
        <source>OCSP responder:</source>
        <translation>OCSP 回應伺服器：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="75"/>
        <source>CA issuers:</source>
        <translation>CA 簽發者：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="76"/>
        <source>CRL distribution:</source>
        <translation>CRL 發佈點：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="77"/>
        <source>Subject key ID:</source>
        <translation>主體金鑰識別碼：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="78"/>
        <source>Authority key ID:</source>
        <translation>授權單位金鑰識別碼：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="79"/>
        <source>Other extensions:</source>
        <translation>其他延伸項目：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="80"/>
        <source>SHA-256:</source>
        <translation>SHA-256：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="81"/>
        <source>Public key SHA-256:</source>
        <translation>公開金鑰 SHA-256：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="82"/>
        <source>Subject hash:</source>
        <translation>主體雜湊：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="96"/>
        <source>openssl x509 -text of the selected certificate</source>
        <translation>所選憑證的 openssl x509 -text 輸出</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="199"/>
        <source>%1 of %2 in the served chain</source>
        <translation>所提供憑證鏈中的第 %1 個（共 %2 個）</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="200"/>
        <source>%1 of %2, in the order a server would send them</source>
        <translation>第 %1 個（共 %2 個），依伺服器傳送的順序排列</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="209"/>
        <source>%1 to %2 (%3)</source>
        <translation>%1 至 %2（%3）</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="221"/>
        <location filename="../ui/views/certificate_chain_view.cpp" line="222"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="229"/>
        <source>CA, path length %1</source>
        <translation>CA，路徑長度 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="229"/>
        <source>CA, no path length limit</source>
        <translation>CA，無路徑長度限制</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="230"/>
        <source>not a CA</source>
        <translation>非 CA</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="232"/>
        <location filename="../ui/views/certificate_chain_view.cpp" line="237"/>
        <source> (critical)</source>
        <translation> (關鍵)</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="259"/>
        <source>%1 (critical)</source>
        <translation>%1（關鍵）</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::CertificateGeneratorDialog</name>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="80"/>
        <source>Generate Certificate</source>
        <translation>產生憑證</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="83"/>
        <source>Certificate</source>
        <translation>憑證</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="88"/>
        <source>Self-signed certificate</source>
        <translation>自我簽署憑證</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="89"/>
        <source>Certificate signing request (CSR) for a CA</source>
        <translation>提交給 CA 的憑證簽署要求（CSR）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="90"/>
        <source>Certificate signed by a CA directory</source>
        <translation>由 CA 目錄簽署的憑證</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="91"/>
        <source>&amp;Make:</source>
        <translation>產生(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="98"/>
        <source>directory made by mailtls cert ca init</source>
        <translation>以 mailtls cert ca init 建立的目錄</translation>
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
        <translation>CA 金鑰的密語（如有）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="108"/>
        <source>CA:</source>
        <translation>CA：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="115"/>
        <source>&amp;Key type:</source>
        <translation>金鑰類型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="119"/>
        <source>mail.example.org</source>
        <translation>mail.example.org</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="120"/>
        <source>Common &amp;name (CN):</source>
        <translation>一般名稱（CN）(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="123"/>
        <source>optional, e.g. Example GmbH</source>
        <translation>選填，例如 Example GmbH</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="124"/>
        <source>&amp;Organization (O):</source>
        <translation>組織（O）(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="128"/>
        <source>optional, two letters, e.g. DE</source>
        <translation>選填，兩個字母，例如 TW</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="129"/>
        <source>&amp;Country (C):</source>
        <translation>國家/地區（C）(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="132"/>
        <source>DNS:mail.example.org,DNS:mx2.example.org,IP:192.0.2.25 (empty: DNS:&lt;CN&gt;)</source>
        <translation>DNS:mail.example.org,DNS:mx2.example.org,IP:192.0.2.25（留空：DNS:&lt;CN&gt;）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="133"/>
        <source>&amp;Alternative names:</source>
        <translation>別名(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="138"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="139"/>
        <source>&amp;Validity:</source>
        <translation>有效期間(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="142"/>
        <source>Output files</source>
        <translation>輸出檔案</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="159"/>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="324"/>
        <source>Certificate:</source>
        <translation>憑證：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="161"/>
        <source>Private key (0600):</source>
        <translation>私密金鑰（0600）：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="162"/>
        <source>Replace existing files</source>
        <translation>取代現有檔案</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="167"/>
        <source>Exim and Postfix configuration</source>
        <translation>Exim 與 Postfix 設定</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="174"/>
        <source>The lines that use the generated files appear here.</source>
        <translation>使用所產生檔案的設定行會顯示在這裡。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="177"/>
        <source>&amp;Copy to Clipboard</source>
        <translation>複製到剪貼簿(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="191"/>
        <source>&amp;Generate</source>
        <translation>產生(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="245"/>
        <source>CA Directory</source>
        <translation>CA 目錄</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="247"/>
        <source>Output File</source>
        <translation>輸出檔案</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="259"/>
        <source>Choose a key type.</source>
        <translation>請選擇金鑰類型。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="266"/>
        <source>Enter the host name partners connect to as the common name, e.g. mail.example.org.</source>
        <translation>請輸入對方連線時使用的主機名稱作為一般名稱，例如 mail.example.org。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="275"/>
        <source>Subject: %1</source>
        <translation>主體：%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="283"/>
        <source>Alternative names: %1</source>
        <translation>別名：%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="290"/>
        <source>Choose the CA directory (made with mailtls cert ca init).</source>
        <translation>請選擇 CA 目錄（以 mailtls cert ca init 建立）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="298"/>
        <source>Choose where to write the files.</source>
        <translation>請選擇檔案的寫入位置。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="302"/>
        <source>The key needs a file of its own.</source>
        <translation>金鑰必須存放在獨立的檔案中。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="324"/>
        <source>Request (CSR):</source>
        <translation>要求（CSR）：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="339"/>
        <source>Generating the key and %1… (RSA 4096 can take a few seconds)</source>
        <translation>正在產生金鑰與%1…（RSA 4096 可能需要幾秒鐘）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="340"/>
        <source>the request</source>
        <translation>要求</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="340"/>
        <source>the certificate</source>
        <translation>憑證</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="348"/>
        <source>Press Generate to write the key and the request; then send the request to your CA.</source>
        <translation>按「產生」即可寫入金鑰與要求，然後將要求傳送給您的 CA。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="349"/>
        <source>Press Generate to write the key and the certificate; the chain then opens in the Certificates tab.</source>
        <translation>按「產生」即可寫入金鑰與憑證，隨後憑證鏈會在「憑證」分頁中開啟。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="385"/>
        <source>Nothing was written: %1</source>
        <translation>未寫入任何檔案：%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="392"/>
        <source>Written: %1 and %2. Send the request to your CA; the lines below use its answer.</source>
        <translation>已寫入：%1 與 %2。請將要求傳送給您的 CA；下方的設定行會使用 CA 的回覆。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="394"/>
        <source>Written: %1 and %2. The chain is shown in the Certificates tab; copy the lines below into Exim or Postfix.</source>
        <translation>已寫入：%1 與 %2。憑證鏈顯示在「憑證」分頁中；請將下方設定行複製到 Exim 或 Postfix。</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::CipherGradeStyle</name>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="37"/>
        <source>Strong</source>
        <translation>強</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="38"/>
        <source>Acceptable</source>
        <translation>可接受</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="39"/>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="40"/>
        <source>Insecure</source>
        <translation>不安全</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="42"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="48"/>
        <source>forward secrecy and an AEAD cipher: nothing to do</source>
        <translation>具備前向保密與 AEAD 加密：無需處理</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="49"/>
        <source>forward secrecy, but a CBC cipher (or CCM-8): fine to keep for older partners</source>
        <translation>具備前向保密，但使用 CBC 加密（或 CCM-8）：為相容較舊的對方可以保留</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="50"/>
        <source>no forward secrecy, or 3DES / IDEA / short keys: disable once your partners allow it</source>
        <translation>無前向保密，或使用 3DES / IDEA / 短金鑰：待對方允許後即停用</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="51"/>
        <source>NULL, anonymous, EXPORT, RC4 or DES: an attacker can read or alter the mail; disable now</source>
        <translation>NULL、匿名、EXPORT、RC4 或 DES：攻擊者可讀取或竄改郵件；請立即停用</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="53"/>
        <source>the catalog gives no grade for this suite</source>
        <translation>目錄中沒有此套件的評等</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::CipherGridView</name>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="65"/>
        <source>%v of %m connections</source>
        <translation>%v / %m 個連線</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="67"/>
        <source>Cancel scan</source>
        <translation>取消掃描</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="78"/>
        <source>Only accepted</source>
        <translation>僅顯示已接受</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="80"/>
        <source>Hide the catalog&apos;s suites the server accepts in no version</source>
        <translation>隱藏伺服器在任何版本都不接受的目錄套件</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="81"/>
        <source>Only weak</source>
        <translation>僅顯示弱套件</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="83"/>
        <source>Show only suites graded weak or insecure: the ones to disable</source>
        <translation>僅顯示評為弱或不安全的套件：即應停用的套件</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="84"/>
        <source>All catalog suites</source>
        <translation>所有目錄套件</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="86"/>
        <source>Also list every IANA suite the server did not accept</source>
        <translation>同時列出伺服器未接受的所有 IANA 套件</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="89"/>
        <source>IANA names</source>
        <translation>IANA 名稱</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="90"/>
        <source>OpenSSL names</source>
        <translation>OpenSSL 名稱</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="93"/>
        <source>Filter by name or code, e.g. CHACHA or 0xC030</source>
        <translation>依名稱或代碼篩選，例如 CHACHA 或 0xC030</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="128"/>
        <source>&lt;b&gt;Accepted suites by strength&lt;/b&gt;</source>
        <translation>&lt;b&gt;依強度分類的已接受套件&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="134"/>
        <source>&lt;b&gt;Legend&lt;/b&gt;</source>
        <translation>&lt;b&gt;圖例&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="146"/>
        <source>rank in the server&apos;s own order (⇣ in the header: the server enforces it); ✓ accepted, client&apos;s order</source>
        <translation>伺服器自身順序中的名次（標題列有 ⇣：伺服器強制使用此順序）；✓ 已接受，依用戶端順序</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="148"/>
        <source>the server refuses this protocol version</source>
        <translation>伺服器拒絕此協定版本</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="158"/>
        <source>&lt;b&gt;Server order&lt;/b&gt;</source>
        <translation>&lt;b&gt;伺服器順序&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="274"/>
        <location filename="../ui/views/cipher_grid_view.cpp" line="305"/>
        <source>1 suite</source>
        <translation>1 個套件</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="274"/>
        <location filename="../ui/views/cipher_grid_view.cpp" line="305"/>
        <source>%1 suites</source>
        <translation>%1 個套件</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="276"/>
        <source>%1 of %2 suites</source>
        <translation>%1 / %2 個套件</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="292"/>
        <source>&lt;b&gt;Cipher matrix&lt;/b&gt; — no scan yet</source>
        <translation>&lt;b&gt;加密套件矩陣&lt;/b&gt; — 尚未掃描</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="303"/>
        <source>no protocol version accepted</source>
        <translation>未接受任何協定版本</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="303"/>
        <source>accepts %1</source>
        <translation>接受 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="307"/>
        <source>groups %1</source>
        <translation>群組 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="309"/>
        <source>DH %1 bits</source>
        <translation>DH %1 位元</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="311"/>
        <source>certificates: %1</source>
        <translation>憑證：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="313"/>
        <source>%1 connections, %2 handshakes</source>
        <translation>%1 個連線，%2 次交握</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="315"/>
        <source>%1 retried after rate limiting</source>
        <translation>%1 個因速率限制而重試</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="317"/>
        <source>Cipher matrix</source>
        <translation>加密套件矩陣</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="324"/>
        <source>Scanning %1: each version is enumerated with as few handshakes as possible. Cancel stops at once; nothing is shown for a cancelled scan.</source>
        <translation>正在掃描 %1：每個版本都以盡可能少的交握次數列舉。按「取消」會立即停止；已取消的掃描不會顯示任何結果。</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="327"/>
        <source>Press Scan (next to Connect) to enumerate every protocol version and cipher suite the server accepts.</source>
        <translation>按「掃描」（位於「連線」旁）即可列舉伺服器接受的每個協定版本與加密套件。</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="331"/>
        <source>1 accepted suite is weak or insecure: tick &quot;Only weak&quot; to see it, and Findings for the Exim and Postfix lines that disable it.</source>
        <translation>有 1 個已接受的套件為弱或不安全：勾選「僅顯示弱套件」即可查看，並可在「發現」中找到停用它的 Exim 與 Postfix 設定行。</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="333"/>
        <source>%1 accepted suites are weak or insecure: tick &quot;Only weak&quot; to list them, and see Findings for the Exim and Postfix lines that disable them.</source>
        <translation>有 %1 個已接受的套件為弱或不安全：勾選「僅顯示弱套件」即可列出，並可在「發現」中找到停用它們的 Exim 與 Postfix 設定行。</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="335"/>
        <source>Every accepted suite is graded strong or acceptable. Hover over a cell to see a suite taken apart.</source>
        <translation>所有已接受的套件均評為強或可接受。將滑鼠停在儲存格上即可查看套件的各組成部分。</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="363"/>
        <source>No accepted version yet.</source>
        <translation>尚無已接受的版本。</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="368"/>
        <source>The server picks from its own list, in this order:</source>
        <translation>伺服器依自己的清單選擇，順序如下：</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="369"/>
        <source>The server follows the client&apos;s order; accepted suites:</source>
        <translation>伺服器遵循用戶端的順序；已接受的套件：</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="376"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="391"/>
        <source>starting…</source>
        <translation>正在啟動…</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::CipherMatrixModel</name>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="378"/>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="405"/>
        <source>%1 was not tested</source>
        <translation>未測試 %1</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="380"/>
        <source>The server refuses %1</source>
        <translation>伺服器拒絕 %1</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="382"/>
        <source>1 suite accepted</source>
        <translation>已接受 1 個套件</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="382"/>
        <source>%1 suites accepted</source>
        <translation>已接受 %1 個套件</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="384"/>
        <source>%1: %2; the server enforces its own order (the numbers are its ranks)</source>
        <translation>%1：%2；伺服器強制使用自己的順序（數字為其名次）</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="385"/>
        <source>%1: %2; the server follows the client&apos;s order</source>
        <translation>%1：%2；伺服器遵循用戶端的順序</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="399"/>
        <source>Accepted with %1 — the server&apos;s choice %2 of %3</source>
        <translation>在 %1 下接受 — 伺服器的第 %2 選擇（共 %3 個）</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="400"/>
        <source>Accepted with %1 (the server follows the client&apos;s order)</source>
        <translation>在 %1 下接受（伺服器遵循用戶端的順序）</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="403"/>
        <source>Not accepted with %1</source>
        <translation>在 %1 下不被接受</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="404"/>
        <source>The server refuses %1 altogether</source>
        <translation>伺服器完全拒絕 %1</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="406"/>
        <source>This suite does not exist in %1</source>
        <translation>%1 中不存在此套件</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="413"/>
        <source>key exchange</source>
        <translation>金鑰交換</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="413"/>
        <source>authentication</source>
        <translation>身分驗證</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="413"/>
        <source>cipher</source>
        <translation>加密演算法</translation>
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
        <translation>金鑰交換</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="422"/>
        <source>Authentication</source>
        <translation>身分驗證</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="423"/>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="621"/>
        <source>Cipher</source>
        <translation>加密演算法</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="423"/>
        <source>%1 (%2 bits)</source>
        <translation>%1（%2 位元）</translation>
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
        <translation>—（OpenSSL 沒有對應名稱）</translation>
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
        <translation>代碼</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="444"/>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="447"/>
        <source>Not accepted in any version</source>
        <translation>在任何版本下都不被接受</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="447"/>
        <source>Accepted with %1</source>
        <translation>在 %1 下接受</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="616"/>
        <source>Suite (OpenSSL name)</source>
        <translation>套件（OpenSSL 名稱）</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="616"/>
        <source>Suite (IANA name)</source>
        <translation>套件（IANA 名稱）</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="618"/>
        <source>Strength</source>
        <translation>強度</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="620"/>
        <source>Auth</source>
        <translation>驗證</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="623"/>
        <source>Bits</source>
        <translation>位元</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="627"/>
        <source>The cipher suite; hover over a name to see it taken apart</source>
        <translation>加密套件；將滑鼠停在名稱上即可查看其各組成部分</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="628"/>
        <source>The suite&apos;s two-byte IANA code point</source>
        <translation>套件的兩位元組 IANA 代碼點</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="629"/>
        <source>Strength grade from the cipher catalog</source>
        <translation>加密套件目錄中的強度評等</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::CommandLineWidget</name>
    <message>
        <location filename="../ui/views/command_line_widget.cpp" line="28"/>
        <source>&amp;Send</source>
        <translation>傳送(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/views/command_line_widget.cpp" line="44"/>
        <source>&lt;p&gt;Each line you type is sent to the server exactly as typed, ended with CR LF as SMTP wants it, inside TLS once TLS is up. Up and Down recall earlier lines.&lt;/p&gt;&lt;p&gt;No letter is a command here. In &lt;tt&gt;openssl s_client&lt;/tt&gt; a line that starts with &lt;b&gt;R&lt;/b&gt; asks for a TLS renegotiation instead of being sent (so &lt;tt&gt;RCPT TO&lt;/tt&gt; renegotiates) and one that starts with &lt;b&gt;Q&lt;/b&gt; quits. A server that rightly refuses client-initiated renegotiation then ends the session, and the server gets the blame. With s_client, use &lt;tt&gt;-ign_eof&lt;/tt&gt; or &lt;tt&gt;-quiet&lt;/tt&gt; (both imply &lt;tt&gt;-nocommands&lt;/tt&gt;), or type &lt;tt&gt;rcpt to&lt;/tt&gt; in lower case.&lt;/p&gt;</source>
        <translation>&lt;p&gt;您輸入的每一行都按原樣傳送給伺服器，依 SMTP 要求以 CR LF 結尾；TLS 建立後在 TLS 內傳送。用上下方向鍵叫回之前的行。&lt;/p&gt;&lt;p&gt;這裡沒有任何字母是指令。在 &lt;tt&gt;openssl s_client&lt;/tt&gt; 中，以 &lt;b&gt;R&lt;/b&gt; 開頭的行不會被傳送，而是請求 TLS 重新協商（所以 &lt;tt&gt;RCPT TO&lt;/tt&gt; 會觸發重新協商），以 &lt;b&gt;Q&lt;/b&gt; 開頭的行則會結束程式。正確拒絕用戶端發起之重新協商的伺服器隨即結束工作階段，卻被誤認為是伺服器的錯。使用 s_client 時請加 &lt;tt&gt;-ign_eof&lt;/tt&gt; 或 &lt;tt&gt;-quiet&lt;/tt&gt;（兩者都隱含 &lt;tt&gt;-nocommands&lt;/tt&gt;），或以小寫輸入 &lt;tt&gt;rcpt to&lt;/tt&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/command_line_widget.cpp" line="59"/>
        <source>Type a command (e.g. NOOP or MAIL FROM:&lt;a@example.org&gt;) and press Enter</source>
        <translation>輸入指令（例如 NOOP 或 MAIL FROM:&lt;a@example.org&gt;）後按 Enter</translation>
    </message>
    <message>
        <location filename="../ui/views/command_line_widget.cpp" line="60"/>
        <source>Commands can be typed once a session is ready</source>
        <translation>連線階段就緒後即可輸入指令</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::CompareModel</name>
    <message>
        <location filename="../ui/models/compare_model.cpp" line="23"/>
        <source>report %1</source>
        <translation>報告 %1</translation>
    </message>
    <message>
        <location filename="../ui/models/compare_model.cpp" line="101"/>
        <source>The servers differ here</source>
        <translation>各伺服器在此處不同</translation>
    </message>
    <message>
        <location filename="../ui/models/compare_model.cpp" line="103"/>
        <source>Only one report holds this fact</source>
        <translation>只有一份報告包含此項資料</translation>
    </message>
    <message>
        <location filename="../ui/models/compare_model.cpp" line="104"/>
        <source>The same on every server that reports it</source>
        <translation>在所有回報此項的伺服器上皆相同</translation>
    </message>
    <message>
        <location filename="../ui/models/compare_model.cpp" line="149"/>
        <source>Aspect</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../ui/models/compare_model.cpp" line="151"/>
        <source>What</source>
        <translation>內容</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::CompareView</name>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="38"/>
        <source>Type a server as HOST or HOST:PORT.</source>
        <translation>請以 HOST 或 HOST:PORT 格式輸入伺服器。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="44"/>
        <source>&apos;%1&apos;: missing &apos;]&apos; after the IPv6 address.</source>
        <translation>「%1」：IPv6 位址後缺少「]」。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="50"/>
        <source>&apos;%1&apos;: expected &apos;:PORT&apos; after &apos;]&apos;.</source>
        <translation>「%1」：「]」之後應為「:PORT」。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="62"/>
        <source>&apos;%1&apos; is not a host name or address.</source>
        <translation>「%1」不是主機名稱或位址。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="70"/>
        <source>&apos;%1&apos; is not a port (1-65535).</source>
        <translation>「%1」不是連接埠（1-65535）。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="87"/>
        <source>Compare Servers</source>
        <translation>比較伺服器</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="93"/>
        <source>mx2.example.org:25</source>
        <translation>mx2.example.org:25</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="95"/>
        <source>Scan and Add</source>
        <translation>掃描並加入</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="97"/>
        <source>Scan this server now and add it as a column</source>
        <translation>立即掃描此伺服器並新增為一欄</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="98"/>
        <source>Add Saved Report…</source>
        <translation>加入已儲存的報告…</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="100"/>
        <source>A report saved as JSON (mailtls scan --json, File &gt; Save Report)</source>
        <translation>以 JSON 儲存的報告（mailtls scan --json、檔案 &gt; 儲存報告）</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="101"/>
        <source>Remove Column</source>
        <translation>移除欄</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="103"/>
        <source>Remove the server whose cell is selected</source>
        <translation>移除所選儲存格所屬的伺服器</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="104"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="105"/>
        <source>Stop the running scan and drop the queued ones</source>
        <translation>停止執行中的掃描並捨棄佇列中的掃描</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="106"/>
        <source>Export HTML…</source>
        <translation>匯出 HTML…</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="108"/>
        <source>The comparison as one HTML page (as mailtls compare --html)</source>
        <translation>將比較結果匯出為一個 HTML 頁面（同 mailtls compare --html）</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="109"/>
        <source>Export PDF…</source>
        <translation>匯出 PDF…</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="111"/>
        <source>The comparison as a PDF (as mailtls compare --pdf)</source>
        <translation>將比較結果匯出為 PDF（同 mailtls compare --pdf）</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="117"/>
        <source>Server:</source>
        <translation>伺服器：</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="185"/>
        <source>Scan cancelled.</source>
        <translation>掃描已取消。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="226"/>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="225"/>
        <source>%1 is not a MailTLS report: %2</source>
        <translation>%1 不是 MailTLS 報告：%2</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="235"/>
        <source>Added %1.</source>
        <translation>已加入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="267"/>
        <source>Scanning %1…</source>
        <translation>正在掃描 %1…</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="279"/>
        <source>Cannot scan %1: %2</source>
        <translation>無法掃描 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="282"/>
        <source>Added %1 (%2 connections).</source>
        <translation>已加入 %1（%2 個連線）。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="301"/>
        <source>Select a cell in the column of the server to remove.</source>
        <translation>請在要移除的伺服器欄中選取一個儲存格。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="309"/>
        <source>Add Saved Reports</source>
        <translation>加入已儲存的報告</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="310"/>
        <source>MailTLS reports (*.json);;All files (*)</source>
        <translation>MailTLS 報告 (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="348"/>
        <source>Export Comparison as PDF</source>
        <translation>將比較匯出為 PDF</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="348"/>
        <source>Export Comparison as HTML</source>
        <translation>將比較匯出為 HTML</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="357"/>
        <source>Written to %1.</source>
        <translation>已寫入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="359"/>
        <source>Could not write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="365"/>
        <source>Writing the export…</source>
        <translation>正在寫入匯出檔案…</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="381"/>
        <source>No servers yet</source>
        <translation>尚無伺服器</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="381"/>
        <source>1 server — add another to compare</source>
        <translation>1 台伺服器 — 再加入一台以進行比較</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="383"/>
        <source>%1 servers — no differences, %2 facts the same</source>
        <translation>%1 台伺服器 — 沒有差異，%2 項相同</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="385"/>
        <source>%1 servers — %2 differences (highlighted, first), %3 facts the same</source>
        <translation>%1 台伺服器 — %2 項差異（醒目標示並列於最前），%3 項相同</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="404"/>
        <source>Add two or more servers: type HOST:PORT and press Scan and Add, or add a saved report.</source>
        <translation>請加入兩台以上的伺服器：輸入 HOST:PORT 後按「掃描並加入」，或加入已儲存的報告。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="406"/>
        <source>Differences are listed first and highlighted (≠). Select a cell and press Remove Column to drop that server.</source>
        <translation>差異會列於最前並醒目標示（≠）。選取儲存格後按「移除欄」即可移除該伺服器。</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::DomainAddressModel</name>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="115"/>
        <source>secure</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="116"/>
        <source>insecure</source>
        <translation>未簽署</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="117"/>
        <source>bogus</source>
        <translation>驗證失敗（bogus）</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="120"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="145"/>
        <source>%1 (no MX: implicit)</source>
        <translation>%1（無 MX：隱含）</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="154"/>
        <source>no connection</source>
        <translation>無連線</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="156"/>
        <source>offered</source>
        <translation>已提供</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="157"/>
        <source>no SMTP</source>
        <translation>無 SMTP</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="157"/>
        <source>not offered</source>
        <translation>未提供</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="161"/>
        <location filename="../ui/models/domain_address_model.cpp" line="183"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="169"/>
        <source>(no CN)</source>
        <translation>（無 CN）</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="175"/>
        <location filename="../ui/models/domain_address_model.cpp" line="179"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="175"/>
        <location filename="../ui/models/domain_address_model.cpp" line="179"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="184"/>
        <source>verified (depth %1)</source>
        <translation>已驗證（深度 %1）</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="184"/>
        <source>verified</source>
        <translation>已驗證</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="188"/>
        <source>no TLSA</source>
        <translation>無 TLSA</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="188"/>
        <source>not checked</source>
        <translation>未檢查</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="193"/>
        <source>no answer</source>
        <translation>無回應</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="197"/>
        <source>%1, none</source>
        <translation>%1，無記錄</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="349"/>
        <source>Double-click to open this address&apos;s session in the Handshake, Certificates and Findings tabs</source>
        <translation>按兩下可在「交握」「憑證」「發現」分頁中開啟此位址的連線階段</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="355"/>
        <source>Banner: %1</source>
        <translation>歡迎橫幅：%1</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="362"/>
        <source>Key exchange: %1</source>
        <translation>金鑰交換：%1</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="367"/>
        <source>Subject: %1</source>
        <translation>主體：%1</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="368"/>
        <source>Issuer: %1</source>
        <translation>簽發者：%1</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="370"/>
        <source>Names: %1</source>
        <translation>名稱：%1</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="371"/>
        <source>Valid: %1 to %2</source>
        <translation>有效期：%1 至 %2</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="373"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256：%1</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="380"/>
        <source>MTA-STS senders need a trusted chain; opportunistic and DANE senders do not</source>
        <translation>MTA-STS 寄件端需要受信任的憑證鏈；機會性與 DANE 寄件端不需要</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="384"/>
        <source>The certificate is valid for %1</source>
        <translation>憑證對 %1 有效</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="385"/>
        <source>The certificate is not valid for %1</source>
        <translation>憑證對 %1 無效</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="389"/>
        <source>TLSA record %1 matched the certificate at depth %2</source>
        <translation>TLSA 記錄 %1 與深度 %2 的憑證相符</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="391"/>
        <source>No TLSA record matches the served chain</source>
        <translation>沒有 TLSA 記錄與所提供的憑證鏈相符</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="393"/>
        <source>No chain to check against the TLSA records (no TLS session)</source>
        <translation>沒有可與 TLSA 記錄比對的憑證鏈（無 TLS 連線階段）</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="397"/>
        <source>_25._tcp.%1 TLSA</source>
        <translation>_25._tcp.%1 TLSA</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="411"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="412"/>
        <source>Differs from the other addresses of %1 (%2)</source>
        <translation>與 %1 的其他位址不同（%2）</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="467"/>
        <source>MX</source>
        <translation>MX</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="468"/>
        <source>Pref.</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="469"/>
        <source>Address</source>
        <translation>位址</translation>
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
        <translation>加密套件</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="473"/>
        <source>Certificate</source>
        <translation>憑證</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="474"/>
        <source>Expires</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="475"/>
        <source>Trusted</source>
        <translation>受信任</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="476"/>
        <source>Name matches</source>
        <translation>名稱相符</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="477"/>
        <source>DANE</source>
        <translation>DANE</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="478"/>
        <source>TLSA DNSSEC</source>
        <translation>TLSA DNSSEC</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="484"/>
        <source>MX preference: lower is tried first</source>
        <translation>MX 優先順序：數值小的先嘗試</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="485"/>
        <source>Common name of the served certificate</source>
        <translation>所提供憑證的一般名稱（CN）</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="486"/>
        <source>End of the served certificate&apos;s validity (UTC)</source>
        <translation>所提供憑證的有效期截止（UTC）</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="487"/>
        <source>The served chain verifies against the trusted CAs</source>
        <translation>所提供的憑證鏈可由受信任的 CA 驗證</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="488"/>
        <source>The certificate is valid for the MX host name</source>
        <translation>憑證對 MX 主機名稱有效</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="489"/>
        <source>The served chain against the MX&apos;s TLSA records (RFC 7672)</source>
        <translation>所提供的憑證鏈與該 MX 的 TLSA 記錄比對（RFC 7672）</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="490"/>
        <source>DNSSEC status of the MX&apos;s TLSA answer: DANE needs it secure</source>
        <translation>該 MX 的 TLSA 回應的 DNSSEC 狀態：DANE 要求為「安全」</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::DomainView</name>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="105"/>
        <source>&amp;Domain:</source>
        <translation>網域(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="108"/>
        <source>example.org</source>
        <translation>example.org</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="109"/>
        <source>The domain after the @ of the addresses you want to reach; Enter checks it</source>
        <translation>要送達的郵件地址中 @ 之後的網域；按 Enter 開始檢查</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="114"/>
        <location filename="../ui/views/domain_view.cpp" line="418"/>
        <source>Check</source>
        <translation>檢查</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="116"/>
        <source>Look up the MX hosts, TLSA, MTA-STS and TLS-RPT records and open a STARTTLS session to every MX address</source>
        <translation>查詢 MX 主機及 TLSA、MTA-STS、TLS-RPT 記錄，並與每個 MX 位址建立 STARTTLS 連線階段</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="117"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="119"/>
        <source>Stop the check; what was shown before stays</source>
        <translation>停止檢查；先前顯示的內容保留</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="122"/>
        <source>Options…</source>
        <translation>選項…</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="123"/>
        <source>Resolver and DNSSEC trust anchor</source>
        <translation>解析器與 DNSSEC 信任錨</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="129"/>
        <source>The checks made in this window</source>
        <translation>本視窗中進行過的檢查</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="145"/>
        <source>system resolver (/etc/resolv.conf)</source>
        <translation>系統解析器（/etc/resolv.conf）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="146"/>
        <source>ADDR[:PORT] of the DNS server to ask, e.g. 127.0.0.1:53 or [::1]:5353; answers are validated here, whatever that server says</source>
        <translation>要查詢的 DNS 伺服器 ADDR[:PORT]，例如 127.0.0.1:53 或 [::1]:5353；無論該伺服器怎麼說，回應都在本機驗證</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="151"/>
        <source>/usr/share/dns/root.key</source>
        <translation>/usr/share/dns/root.key</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="152"/>
        <source>DNSKEY or DS records in zone-file form that DNSSEC validation starts from</source>
        <translation>DNSSEC 驗證起點的 DNSKEY 或 DS 記錄（區域檔格式）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="154"/>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="162"/>
        <source>&amp;Resolver:</source>
        <translation>解析器(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="163"/>
        <source>&amp;Trust anchor:</source>
        <translation>信任錨(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="182"/>
        <location filename="../ui/views/domain_view.cpp" line="334"/>
        <source> (SMTP sessions to the MX hosts; DNS queries go to the resolver directly)</source>
        <translation>（到 MX 主機的 SMTP 工作階段；DNS 查詢直接送往解析器）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="199"/>
        <source>&lt;h3&gt;Can mail for a domain be delivered securely?&lt;/h3&gt;&lt;p&gt;Type a domain above and press &lt;b&gt;Check&lt;/b&gt; (or Enter).&lt;/p&gt;&lt;p&gt;Its MX hosts are looked up through a validating resolver, a STARTTLS session is opened to every MX address on port 25, the served certificates are checked against the DANE TLSA records, and the MTA-STS policy and TLS-RPT record are fetched.&lt;/p&gt;&lt;p&gt;You get one verdict per kind of sending server (opportunistic TLS, DANE, MTA-STS), the addresses side by side with what differs between them, the DNS and policy facts, and the findings with their fixes.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;寄往某個網域的郵件能否安全送達？&lt;/h3&gt;&lt;p&gt;在上方輸入網域並按&lt;b&gt;檢查&lt;/b&gt;（或 Enter）。&lt;/p&gt;&lt;p&gt;透過驗證型解析器查詢其 MX 主機，在 25 埠與每個 MX 位址建立 STARTTLS 連線階段，以 DANE TLSA 記錄核對所提供的憑證，並取得 MTA-STS 政策與 TLS-RPT 記錄。&lt;/p&gt;&lt;p&gt;你會得到每類寄件伺服器（機會性 TLS、DANE、MTA-STS）各一條結論、並排比較各位址及其差異、DNS 與政策的事實，以及附帶修正方法的發現。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="246"/>
        <source>DNS and policies</source>
        <translation>DNS 與政策</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="247"/>
        <location filename="../ui/views/domain_view.cpp" line="381"/>
        <location filename="../ui/views/domain_view.cpp" line="554"/>
        <source>Findings</source>
        <translation>發現</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="289"/>
        <source>DNSSEC Trust Anchor</source>
        <translation>DNSSEC 信任錨</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="290"/>
        <source>Trust anchors (*.key *.ds *.txt);;All files (*)</source>
        <translation>信任錨 (*.key *.ds *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="336"/>
        <source>Type the domain to check first, e.g. example.org.</source>
        <translation>請先輸入要檢查的網域，例如 example.org。</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="383"/>
        <source>&lt;p style=&quot;color:gray&quot;&gt;The DNS records and the MTA-STS policy appear here when the check is done.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:gray&quot;&gt;檢查完成後，DNS 記錄與 MTA-STS 政策將顯示在這裡。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="404"/>
        <source>Check of %1 cancelled; the previous result is shown.</source>
        <translation>對 %1 的檢查已取消；顯示的是上一次的結果。</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="406"/>
        <source>Check of %1 cancelled after 1 session.</source>
        <translation>對 %1 的檢查在 1 個連線階段後取消。</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="407"/>
        <source>Check of %1 cancelled after %2 sessions.</source>
        <translation>對 %1 的檢查在 %2 個連線階段後取消。</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="418"/>
        <source>Check again</source>
        <translation>重新檢查</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="426"/>
        <source>looking up the MX hosts</source>
        <translation>正在查詢 MX 主機</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="428"/>
        <source>looking up their addresses</source>
        <translation>正在查詢其位址</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="430"/>
        <source>looking up the TLSA records</source>
        <translation>正在查詢 TLSA 記錄</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="432"/>
        <source>fetching the MTA-STS policy</source>
        <translation>正在取得 MTA-STS 政策</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="434"/>
        <source>opening STARTTLS sessions</source>
        <translation>正在建立 STARTTLS 連線階段</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="436"/>
        <source>judging</source>
        <translation>正在評估</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="437"/>
        <source>starting</source>
        <translation>正在開始</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="444"/>
        <source>Checking %1: %2…</source>
        <translation>正在檢查 %1：%2…</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="446"/>
        <source>1 session done</source>
        <translation>已完成 1 個連線階段</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="446"/>
        <source>%1 sessions done</source>
        <translation>已完成 %1 個連線階段</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="449"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="476"/>
        <source>Nothing was checked.</source>
        <translation>未進行任何檢查。</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="477"/>
        <source>Cannot check %1: %2</source>
        <translation>無法檢查 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="541"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="554"/>
        <source>Findings (%1)</source>
        <translation>發現（%1）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="587"/>
        <source>The check of %1 did not complete: %2</source>
        <translation>對 %1 的檢查未完成：%2</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="604"/>
        <source>The verdicts appear when the check is done.</source>
        <translation>檢查完成後將顯示結論。</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="622"/>
        <source>Opportunistic TLS sender</source>
        <translation>機會性 TLS 寄件端</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="623"/>
        <source>Uses STARTTLS when offered, accepts any certificate, and falls back to cleartext</source>
        <translation>伺服器提供時使用 STARTTLS，接受任何憑證，必要時退回明文</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="625"/>
        <source>DANE-enforcing sender</source>
        <translation>強制 DANE 的寄件端</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="626"/>
        <source>Requires TLS and a chain matching DNSSEC-signed TLSA records when they are published (RFC 7672)</source>
        <translation>若發布了經 DNSSEC 簽署的 TLSA 記錄，則要求 TLS 且憑證鏈與之相符（RFC 7672）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="628"/>
        <source>MTA-STS-enforcing sender</source>
        <translation>強制 MTA-STS 的寄件端</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="629"/>
        <source>Requires TLS, a trusted certificate and an MX the policy lists when the policy is in enforce mode (RFC 8461)</source>
        <translation>政策為 enforce 模式時，要求 TLS、受信任的憑證以及政策中列出的 MX（RFC 8461）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="633"/>
        <source>delivers</source>
        <translation>可投遞</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="634"/>
        <source>delivers, but unprotected</source>
        <translation>可投遞，但無保護</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="635"/>
        <source>defers the mail</source>
        <translation>延後投遞郵件</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="636"/>
        <source>cannot tell</source>
        <translation>無法判斷</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="650"/>
        <source>Fix:</source>
        <translation>修正：</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="663"/>
        <source>%1
Findings: %2</source>
        <translation>%1
發現：%2</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="702"/>
        <source>no MX answer</source>
        <translation>無 MX 回應</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="704"/>
        <source>null MX: accepts no mail</source>
        <translation>空 MX：不接收郵件</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="706"/>
        <source>no MX record (the domain&apos;s own addresses)</source>
        <translation>無 MX 記錄（使用網域自身的位址）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="708"/>
        <source>1 MX host</source>
        <translation>1 個 MX 主機</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="708"/>
        <source>%1 MX hosts</source>
        <translation>%1 個 MX 主機</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="710"/>
        <source>%1 checked</source>
        <translation>已檢查 %1 個</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="712"/>
        <source>no sessions (DNS and policy only)</source>
        <translation>無連線階段（僅 DNS 與政策）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="714"/>
        <source>1 address</source>
        <translation>1 個位址</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="714"/>
        <source>%1 addresses</source>
        <translation>%1 個位址</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="717"/>
        <source>1 address differs from its siblings</source>
        <translation>1 個位址與同組其他位址不同</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="717"/>
        <source>%1 addresses differ from their siblings</source>
        <translation>%1 個位址與同組其他位址不同</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="719"/>
        <source>1 finding</source>
        <translation>1 項發現</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="719"/>
        <source>%1 findings</source>
        <translation>%1 項發現</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="721"/>
        <source>checked %1 in %2 s</source>
        <translation>於 %1 檢查，耗時 %2 秒</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="724"/>
        <source>resolver %1</source>
        <translation>解析器 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="729"/>
        <source>Trust anchor: %1</source>
        <translation>信任錨：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="758"/>
        <location filename="../ui/views/domain_view.cpp" line="811"/>
        <location filename="../ui/views/domain_view.cpp" line="905"/>
        <source>no answer</source>
        <translation>無回應</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="760"/>
        <source>DNSSEC %1</source>
        <translation>DNSSEC %1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="764"/>
        <source>no records</source>
        <translation>無記錄</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="766"/>
        <source>TTL %1</source>
        <translation>TTL %1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="768"/>
        <source>via CNAME %1</source>
        <translation>經由 CNAME %1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="770"/>
        <source>%1 more records not kept</source>
        <translation>另有 %1 筆記錄未保留</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="791"/>
        <source>MX hosts</source>
        <translation>MX 主機</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="794"/>
        <source>Null MX (RFC 7505): this domain says it accepts no mail.</source>
        <translation>空 MX（RFC 7505）：此網域聲明不接收郵件。</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="796"/>
        <source>No MX record: senders deliver to the domain&apos;s own A/AAAA addresses (implicit MX, RFC 5321 §5.1).</source>
        <translation>無 MX 記錄：寄件端投遞到該網域自身的 A/AAAA 位址（隱含 MX，RFC 5321 §5.1）。</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="799"/>
        <source>Pref.</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="799"/>
        <source>Host</source>
        <translation>主機</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="799"/>
        <source>Addresses</source>
        <translation>位址</translation>
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
        <translation>無</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="806"/>
        <source>(+%1 not checked)</source>
        <translation>（另有 %1 個未檢查）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="808"/>
        <source>not checked (too many MX hosts)</source>
        <translation>未檢查（MX 主機過多）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="823"/>
        <source>DANE TLSA records</source>
        <translation>DANE TLSA 記錄</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="850"/>
        <source>%1 (depth %2)</source>
        <translation>%1（深度 %2）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="858"/>
        <source>matched by %1</source>
        <translation>與 %1 相符</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="860"/>
        <source>not matched by %1</source>
        <translation>與 %1 不相符</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="862"/>
        <source>unusable for SMTP</source>
        <translation>不可用於 SMTP</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="866"/>
        <source>no session to compare</source>
        <translation>無可比對的連線階段</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="871"/>
        <source>not a TLSA record</source>
        <translation>不是 TLSA 記錄</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="875"/>
        <source>No MX host publishes TLSA records: DANE senders deliver with opportunistic TLS.</source>
        <translation>沒有 MX 主機發布 TLSA 記錄：DANE 寄件端以機會性 TLS 投遞。</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="878"/>
        <source>MTA-STS</source>
        <translation>MTA-STS</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="886"/>
        <source>(not an MTA-STS record)</source>
        <translation>（不是 MTA-STS 記錄）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="894"/>
        <source>No MTA-STS record: no policy was fetched. MTA-STS senders deliver with opportunistic TLS.</source>
        <translation>無 MTA-STS 記錄：未取得政策。MTA-STS 寄件端以機會性 TLS 投遞。</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="900"/>
        <source>Policy URL</source>
        <translation>政策 URL</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="902"/>
        <source>Connected to</source>
        <translation>連線到</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="903"/>
        <source>HTTP status</source>
        <translation>HTTP 狀態</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="907"/>
        <source>Redirect</source>
        <translation>重新導向</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="907"/>
        <source>%1 (not followed: RFC 8461 forbids it)</source>
        <translation>%1（未跟隨：RFC 8461 禁止）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="909"/>
        <source>Certificate</source>
        <translation>憑證</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="910"/>
        <source>valid for %1</source>
        <translation>對 %1 有效</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="911"/>
        <source>not valid</source>
        <translation>無效</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="911"/>
        <source>not valid: %1</source>
        <translation>無效：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="913"/>
        <source>Content type</source>
        <translation>內容類型</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="915"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="915"/>
        <source>too large: refused</source>
        <translation>過大：已拒絕</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="915"/>
        <source>%1 bytes</source>
        <translation>%1 位元組</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="917"/>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="926"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="926"/>
        <location filename="../ui/views/domain_view.cpp" line="927"/>
        <source>(missing)</source>
        <translation>（缺少）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="927"/>
        <source>max_age</source>
        <translation>max_age</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="928"/>
        <source>%1 s (%2 days)</source>
        <translation>%1 秒（%2 天）</translation>
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
        <translation>未涵蓋任何 MX 主機</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="939"/>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="940"/>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="948"/>
        <source>Not covered by any mx pattern: %1</source>
        <translation>未被任何 mx 模式涵蓋：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="953"/>
        <source>Keys RFC 8461 does not define: %1</source>
        <translation>RFC 8461 未定義的鍵：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="960"/>
        <source>TLS-RPT</source>
        <translation>TLS-RPT</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="970"/>
        <source>(not a TLS-RPT record)</source>
        <translation>（不是 TLS-RPT 記錄）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="972"/>
        <source>Reports go to: %1</source>
        <translation>報告寄送至：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="977"/>
        <source>No TLS-RPT record: sending servers cannot tell you when TLS to your MX hosts fails.</source>
        <translation>無 TLS-RPT 記錄：當與你的 MX 主機之間的 TLS 失敗時，寄件伺服器無法告知你。</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::Export</name>
    <message>
        <location filename="../ui/export_job.cpp" line="24"/>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF 檔案 (*.pdf);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../ui/export_job.cpp" line="25"/>
        <source>HTML files (*.html);;All files (*)</source>
        <translation>HTML 檔案 (*.html);;所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::FindingsModel</name>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="95"/>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="96"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="97"/>
        <source>Finding</source>
        <translation>發現</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::FindingsView</name>
    <message>
        <location filename="../ui/views/findings_view.cpp" line="90"/>
        <source>No findings. They appear here once a session has reached the server.</source>
        <translation>目前沒有發現。連線階段連上伺服器後，結果會顯示在這裡。</translation>
    </message>
    <message>
        <location filename="../ui/views/findings_view.cpp" line="91"/>
        <source>Select a finding to see what it means, the evidence, and how to fix it.</source>
        <translation>選擇一項發現，查看其意義、證據以及修正方法。</translation>
    </message>
    <message>
        <location filename="../ui/views/findings_view.cpp" line="104"/>
        <source>Evidence</source>
        <translation>證據</translation>
    </message>
    <message>
        <location filename="../ui/views/findings_view.cpp" line="106"/>
        <source>How to fix it</source>
        <translation>修正方法</translation>
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
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="143"/>
        <source>expired %1 d ago</source>
        <translation>已過期 %1 天</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="143"/>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="152"/>
        <source>stopped before it finished</source>
        <translation>在完成前已停止</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="154"/>
        <source>not run: %1</source>
        <translation>未執行：%1</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="169"/>
        <source>no TLS version accepted</source>
        <translation>未接受任何 TLS 版本</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="170"/>
        <source>%1, %2 suites</source>
        <translation>%1，%2 個套件</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="176"/>
        <source>TLS handshake failed</source>
        <translation>TLS 交握失敗</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="176"/>
        <source>TLS handshake failed (%1)</source>
        <translation>TLS 交握失敗（%1）</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="177"/>
        <source>no TLS</source>
        <translation>無 TLS</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="177"/>
        <source>no TLS (STARTTLS not offered)</source>
        <translation>無 TLS（未提供 STARTTLS）</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="248"/>
        <source>waiting…</source>
        <translation>等待中…</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="255"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="307"/>
        <source>Line %1 of the list: %2 port %3</source>
        <translation>清單第 %1 行：%2 連接埠 %3</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="323"/>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="324"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="325"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="326"/>
        <source>Worst finding</source>
        <translation>最嚴重的發現</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="327"/>
        <source>Certificate</source>
        <translation>憑證</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="328"/>
        <source>Time</source>
        <translation>耗時</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::FleetView</name>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="66"/>
        <source>targets</source>
        <translation>目標數</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="94"/>
        <source>One target a line: mx.example.org, mx.example.net:587, smtps://mail.example.com, lmtp://[2001:db8::1]:24 — &apos;#&apos; starts a comment</source>
        <translation>每行一個目標：mx.example.org、mx.example.net:587、smtps://mail.example.com、lmtp://[2001:db8::1]:24 — 「#」開始註解</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="98"/>
        <source>Open List…</source>
        <translation>開啟清單…</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="100"/>
        <source>Read a target list from a file</source>
        <translation>從檔案讀取目標清單</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="104"/>
        <source>Session</source>
        <translation>工作階段</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="105"/>
        <source>Scan</source>
        <translation>掃描</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="106"/>
        <source>Session: one STARTTLS session per target. Scan: every version and suite per target (slow).</source>
        <translation>工作階段：每個目標一次 STARTTLS 工作階段。掃描：每個目標的所有版本與套件（較慢）。</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="117"/>
        <source>Targets checked at once, overall</source>
        <translation>同時檢查的目標數（總計）</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="118"/>
        <source>Targets checked at once against one host</source>
        <translation>對同一主機同時檢查的目標數</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="119"/>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="119"/>
        <source>At least this long between two connections to one host</source>
        <translation>對同一主機兩次連線之間至少間隔這麼久</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="121"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="121"/>
        <source>How long one step (connect, a reply, the handshake) may take</source>
        <translation>單一步驟（連線、回覆、交握）可花費的時間</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="123"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="126"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="132"/>
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="133"/>
        <source>At once:</source>
        <translation>同時：</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="134"/>
        <source>Per host:</source>
        <translation>每主機：</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="135"/>
        <source>Delay:</source>
        <translation>延遲：</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="136"/>
        <source>Timeout:</source>
        <translation>逾時：</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="161"/>
        <location filename="../ui/views/fleet_view.cpp" line="428"/>
        <source>Paste or open a target list, then Start.</source>
        <translation>貼上或開啟目標清單，然後按「開始」。</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="191"/>
        <source>Double-click a finished target to open its report in the Handshake, Certificates and Findings tabs</source>
        <translation>按兩下已完成的目標，即可在「交握」、「憑證」與「發現」分頁中開啟其報告</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="195"/>
        <source>Targets per TLS version</source>
        <translation>各 TLS 版本的目標數</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="198"/>
        <source>Targets per worst finding</source>
        <translation>各最嚴重發現等級的目標數</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="255"/>
        <source># partners from the Logs tab</source>
        <translation># 來自「日誌」分頁的夥伴</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="290"/>
        <source>line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="297"/>
        <source>Line %1: </source>
        <translation>第 %1 行：</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="299"/>
        <source>… and %1 more</source>
        <translation>…以及另外 %1 個</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="361"/>
        <source>Cancelled: %1 of %2 done.</source>
        <translation>已取消：%2 個中完成 %1 個。</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="363"/>
        <source>Done in %1.</source>
        <translation>已完成，耗時 %1。</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="426"/>
        <source>%1 of %2 done.</source>
        <translation>%2 個中完成 %1 個。</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="455"/>
        <source>No finished target yet</source>
        <translation>尚無已完成的目標</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="523"/>
        <source>%1 of %2 finished targets reached; %3 with a certificate expired or ending within 30 days.</source>
        <translation>%2 個已完成的目標中有 %1 個可連上；%3 個的憑證已過期或將在 30 天內到期。</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="539"/>
        <source>A saved run, from the workspace.</source>
        <translation>來自工作區的已儲存執行結果。</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="302"/>
        <source>The list holds no target: write one host a line.</source>
        <translation>清單中沒有目標：每行寫一個主機。</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="406"/>
        <source>%1 of %2 done, %3 running</source>
        <translation>%2 個中完成 %1 個，%3 個執行中</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="407"/>
        <source>%1 elapsed</source>
        <translation>已用 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="410"/>
        <source>about %1 left</source>
        <translation>約剩 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="487"/>
        <source>no TLS</source>
        <translation>無 TLS</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="487"/>
        <source>not reached</source>
        <translation>無法連上</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="500"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="553"/>
        <source>Open a Target List</source>
        <translation>開啟目標清單</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="554"/>
        <source>Target lists (*.txt *.list);;All files (*)</source>
        <translation>目標清單 (*.txt *.list);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="582"/>
        <source>%1 read; press Start.</source>
        <translation>已讀取 %1；請按「開始」。</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::HandshakeLadderView</name>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="132"/>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="541"/>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="639"/>
        <source>Handshake ladder</source>
        <translation>交握階梯圖</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="271"/>
        <source>sent encrypted</source>
        <translation>已加密傳送</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="351"/>
        <source>No conversation yet.
Connect to a server: the SMTP lines and every TLS handshake message appear here.</source>
        <translation>尚無對話。
連線到伺服器後，SMTP 指令行與每則 TLS 交握訊息都會顯示在這裡。</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="376"/>
        <source>mail server</source>
        <translation>郵件伺服器</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="392"/>
        <source>Client</source>
        <translation>用戶端</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="392"/>
        <source>mailtls</source>
        <translation>mailtls</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="393"/>
        <source>Server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="396"/>
        <source>time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="397"/>
        <source>size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="512"/>
        <source>Alert: %1</source>
        <translation>警示：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="525"/>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="577"/>
        <source>encrypted</source>
        <translation>已加密</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="571"/>
        <source>client to server</source>
        <translation>用戶端至伺服器</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="572"/>
        <source>server to client</source>
        <translation>伺服器至用戶端</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="573"/>
        <source>alert</source>
        <translation>警示</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="617"/>
        <source>could not encode the PNG image</source>
        <translation>無法編碼 PNG 影像</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="655"/>
        <source>could not start the PDF</source>
        <translation>無法開始產生 PDF</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="667"/>
        <source>page %1 of %2</source>
        <translation>第 %1 頁，共 %2 頁</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::HandshakeModel</name>
    <message>
        <location filename="../ui/models/handshake_model.cpp" line="81"/>
        <source>Sent by the workbench (client)</source>
        <translation>由工作台（用戶端）傳送</translation>
    </message>
    <message>
        <location filename="../ui/models/handshake_model.cpp" line="82"/>
        <source>Sent by the server</source>
        <translation>由伺服器傳送</translation>
    </message>
    <message>
        <location filename="../ui/models/handshake_model.cpp" line="84"/>
        <source>1 byte</source>
        <translation>1 位元組</translation>
    </message>
    <message>
        <location filename="../ui/models/handshake_model.cpp" line="84"/>
        <source>%1 bytes</source>
        <translation>%1 位元組</translation>
    </message>
    <message>
        <location filename="../ui/models/handshake_model.cpp" line="118"/>
        <source>Time (s)</source>
        <translation>時間（秒）</translation>
    </message>
    <message>
        <location filename="../ui/models/handshake_model.cpp" line="119"/>
        <source>Dir</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../ui/models/handshake_model.cpp" line="120"/>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <location filename="../ui/models/handshake_model.cpp" line="121"/>
        <source>Bytes</source>
        <translation>位元組</translation>
    </message>
    <message>
        <location filename="../ui/models/handshake_model.cpp" line="122"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::HandshakeView</name>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="23"/>
        <source>not checked</source>
        <translation>未檢查</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="25"/>
        <source>ok — the chain verifies against the trust store</source>
        <translation>正常 — 憑證鏈可通過信任庫驗證</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="26"/>
        <source>failed: %1 (code %2)</source>
        <translation>失敗：%1（代碼 %2）</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="34"/>
        <source>Negotiated</source>
        <translation>協商結果</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="46"/>
        <source>Protocol:</source>
        <translation>協定：</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="47"/>
        <source>Cipher (IANA):</source>
        <translation>加密套件（IANA）：</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="48"/>
        <source>Cipher (OpenSSL):</source>
        <translation>加密套件（OpenSSL）：</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="49"/>
        <source>Cipher code:</source>
        <translation>套件代碼：</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="50"/>
        <source>Key exchange group:</source>
        <translation>金鑰交換群組：</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="51"/>
        <source>Server temp key:</source>
        <translation>伺服器暫時金鑰：</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="52"/>
        <source>Peer signature:</source>
        <translation>對端簽章：</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="53"/>
        <source>Verification:</source>
        <translation>驗證：</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="54"/>
        <source>Security level:</source>
        <translation>安全等級：</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="55"/>
        <source>Client certificate:</source>
        <translation>用戶端憑證：</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="56"/>
        <source>Compression:</source>
        <translation>壓縮：</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="58"/>
        <source>Handshake messages</source>
        <translation>交握訊息</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="149"/>
        <source>No handshake yet. Connect to a server to see what it negotiates.</source>
        <translation>尚未交握。連線到伺服器即可查看協商結果。</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="168"/>
        <source>Not connected, so there was no handshake.</source>
        <translation>未連線，因此沒有交握。</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="171"/>
        <source>No TLS handshake was attempted.</source>
        <translation>未嘗試 TLS 交握。</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="172"/>
        <source>No TLS: the server did not offer STARTTLS or refused it, so the session stayed in cleartext.</source>
        <translation>沒有 TLS：伺服器未提供或拒絕了 STARTTLS，連線階段仍為明文。</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="177"/>
        <source>alert %1 (%2)</source>
        <translation>警示 %1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="178"/>
        <source>Handshake failed: %1</source>
        <translation>交握失敗：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="178"/>
        <source>no reason given</source>
        <translation>未提供原因</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="180"/>
        <source>%1 established with %2, but the certificate does not verify: %3.</source>
        <translation>已與 %2 建立 %1，但憑證驗證失敗：%3。</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="183"/>
        <source>%1 established with %2; the certificate verifies.</source>
        <translation>已與 %2 建立 %1；憑證驗證通過。</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="197"/>
        <source>%1, %2 bits</source>
        <translation>%1，%2 位元</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="202"/>
        <source>%1 with %2</source>
        <translation>%1，摘要 %2</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="208"/>
        <source>0 — everything allowed, so legacy servers can be examined; weak parameters are reported as findings</source>
        <translation>0 — 全部允許，以便檢查舊伺服器；弱參數會列為發現</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="209"/>
        <source>%1 — OpenSSL refuses parameters below this level</source>
        <translation>%1 — OpenSSL 會拒絕低於此等級的參數</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="212"/>
        <source>not requested</source>
        <translation>未要求</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="214"/>
        <source>requested, sent</source>
        <translation>已要求，已傳送</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="214"/>
        <source>requested, none sent</source>
        <translation>已要求，未傳送</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="216"/>
        <source>none</source>
        <translation>無</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::HygienePanel</name>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="27"/>
        <source>%1 of %2 accepted</source>
        <translation>%2 次中接受 %1 次</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="109"/>
        <source>good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="111"/>
        <source>needs attention</source>
        <translation>需要處理</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="113"/>
        <source>no clear answer</source>
        <translation>沒有明確答案</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="115"/>
        <source>neither good nor bad: for information</source>
        <translation>無所謂好壞：僅供參考</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="119"/>
        <source>does not apply to this server</source>
        <translation>不適用於此伺服器</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="131"/>
        <source>Did the cleartext CAPABILITY allow LOGIN (no LOGINDISABLED) or list AUTH=PLAIN, or did AUTHENTICATE PLAIN get a challenge before TLS? No is good. The check cancels with &quot;*&quot; and never sends credentials.</source>
        <translation>明文 CAPABILITY 是否允許 LOGIN（沒有 LOGINDISABLED）或列出 AUTH=PLAIN，或者 AUTHENTICATE PLAIN 在 TLS 之前得到了挑戰？否為佳。檢查會用 &quot;*&quot; 取消，絕不傳送認證資訊。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="134"/>
        <source>LOGIN offered before STARTTLS</source>
        <translation>STARTTLS 之前提供 LOGIN</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="136"/>
        <source>Did the cleartext CAPA list USER or SASL PLAIN, or did AUTH PLAIN get a challenge before STLS? No is good. The check cancels with &quot;*&quot; and never sends credentials.</source>
        <translation>明文 CAPA 是否列出 USER 或 SASL PLAIN，或者 AUTH PLAIN 在 STLS 之前得到了挑戰？否為佳。檢查會用 &quot;*&quot; 取消，絕不傳送認證資訊。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="138"/>
        <source>USER or SASL PLAIN offered before STLS</source>
        <translation>STLS 之前提供 USER 或 SASL PLAIN</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="140"/>
        <source>Did the greeting&apos;s capability list name SASL mechanisms, or did AUTHENTICATE &quot;PLAIN&quot; get a challenge before STARTTLS? No is good. The check cancels with &quot;*&quot; and never sends credentials.</source>
        <translation>問候中的能力清單是否列出 SASL 機制，或者 AUTHENTICATE &quot;PLAIN&quot; 在 STARTTLS 之前得到了挑戰？否為佳。檢查會用 &quot;*&quot; 取消，絕不傳送認證資訊。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="143"/>
        <source>SASL offered before STARTTLS</source>
        <translation>STARTTLS 之前提供 SASL</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="146"/>
        <source>STLS command injection</source>
        <translation>STLS 命令注入</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="163"/>
        <source>Secure renegotiation (RFC 5746)</source>
        <translation>安全重新協商（RFC 5746）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="164"/>
        <source>Does the ServerHello carry renegotiation_info, so that a renegotiation is tied to the handshake before it? Yes is good; without it OpenSSL 3 clients refuse to connect.</source>
        <translation>ServerHello 是否帶有 renegotiation_info，使重新協商與之前的交握綁定？「是」為良好；沒有它，OpenSSL 3 用戶端會拒絕連線。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="167"/>
        <source>Client-initiated renegotiation</source>
        <translation>用戶端發起的重新協商</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="168"/>
        <source>Does the server do a fresh handshake whenever the client asks on an open connection? No is good: each one costs the server a private-key operation and the client almost nothing.</source>
        <translation>用戶端在已開啟的連線上請求時，伺服器是否都會重新交握？「否」為良好：每次都讓伺服器花費一次私鑰運算，而用戶端幾乎沒有成本。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="171"/>
        <source>TLS_FALLBACK_SCSV honoured (RFC 7507)</source>
        <translation>遵守 TLS_FALLBACK_SCSV（RFC 7507）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="172"/>
        <source>Does the server refuse a lower-version hello marked as a fallback with inappropriate_fallback? Yes is good: a client&apos;s retry cannot be pushed down to an older version.</source>
        <translation>伺服器是否以 inappropriate_fallback 拒絕標記為回退的較低版本 hello？「是」為良好：用戶端的重試無法被壓到較舊版本。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="175"/>
        <source>TLS 1.3 downgrade sentinel (RFC 8446)</source>
        <translation>TLS 1.3 降級標記（RFC 8446）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="176"/>
        <source>Does a TLS 1.3 server mark the random of its TLS 1.2 ServerHello, so that TLS 1.3 clients notice an attacker who removed TLS 1.3 from their hello? Yes is good; it does not apply without TLS 1.3.</source>
        <translation>支援 TLS 1.3 的伺服器是否在其 TLS 1.2 ServerHello 的亂數中做標記，讓 TLS 1.3 用戶端發現從其 hello 中刪除 TLS 1.3 的攻擊者？「是」為良好；沒有 TLS 1.3 時不適用。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="180"/>
        <source>Extended master secret (RFC 7627)</source>
        <translation>擴充主金鑰（RFC 7627）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="181"/>
        <source>Are the TLS 1.2 session keys bound to the whole handshake? Yes is good: it closes the triple-handshake attack.</source>
        <translation>TLS 1.2 工作階段金鑰是否與整個交握綁定？「是」為良好：可防止三重交握攻擊。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="184"/>
        <source>Encrypt-then-MAC with CBC suites (RFC 7366)</source>
        <translation>CBC 套件的先加密後 MAC（RFC 7366）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="185"/>
        <source>With a CBC suite, is each record authenticated before it is decrypted? Yes is good: it closes padding-oracle attacks. It does not apply to a server without CBC suites.</source>
        <translation>使用 CBC 套件時，每筆記錄是否在解密前先驗證？「是」為良好：可防止填充預言攻擊。對沒有 CBC 套件的伺服器不適用。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="188"/>
        <source>Resumption by session id (TLS 1.2)</source>
        <translation>透過工作階段 ID 恢復（TLS 1.2）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="189"/>
        <source>Did a second connection resume the first one&apos;s session by its id, with an abbreviated handshake? Information: resumption saves a full handshake per connection.</source>
        <translation>第二個連線是否透過工作階段 ID 以簡化交握恢復了第一個連線的工作階段？僅供參考：工作階段恢復可為每個連線省去一次完整交握。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="192"/>
        <source>Resumption by session ticket (TLS 1.2)</source>
        <translation>透過工作階段票證恢復（TLS 1.2）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="193"/>
        <source>Did the server issue a session ticket (RFC 5077), and did a second connection resume with it? Information.</source>
        <translation>伺服器是否簽發了工作階段票證（RFC 5077），第二個連線是否用它恢復了工作階段？僅供參考。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="196"/>
        <source>Resumption with a TLS 1.3 ticket (PSK)</source>
        <translation>使用 TLS 1.3 票證恢復（PSK）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="197"/>
        <source>Did the server send a NewSessionTicket after the TLS 1.3 handshake, and did a second connection resume with it? Information.</source>
        <translation>伺服器是否在 TLS 1.3 交握後傳送了 NewSessionTicket，第二個連線是否用它恢復了工作階段？僅供參考。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="200"/>
        <source>OCSP stapling (status_request)</source>
        <translation>OCSP 裝訂（status_request）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="201"/>
        <source>Did the server staple an OCSP response to its certificate? Yes is good; a stapled response must say good and be current, and a must-staple certificate needs one.</source>
        <translation>伺服器是否隨憑證裝訂了 OCSP 回應？是為佳；裝訂的回應必須為 good 且未過期，must-staple 憑證必須有裝訂。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="205"/>
        <source>0-RTT early data accepted</source>
        <translation>接受 0-RTT 早期資料</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="206"/>
        <source>Did the server accept data sent before the TLS 1.3 handshake finished? No is good: early data can be replayed by an attacker.</source>
        <translation>伺服器是否接受了 TLS 1.3 交握完成前傳送的資料？否為佳：早期資料可被攻擊者重放。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="209"/>
        <source>Heartbleed (CVE-2014-0160)</source>
        <translation>Heartbleed（CVE-2014-0160）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="210"/>
        <source>Did a heartbeat request claiming more bytes than it carried come back longer than sent? No is good; Yes means the server leaks its memory. The leaked bytes are never kept or shown.</source>
        <translation>宣告長度大於實際內容的心跳請求，傳回的回應是否比傳送的更長？否為佳；是表示伺服器洩漏記憶體。洩漏的位元組絕不會被保存或顯示。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="213"/>
        <source>CCS injection (CVE-2014-0224)</source>
        <translation>CCS 注入（CVE-2014-0224）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="214"/>
        <source>Did the server accept a ChangeCipherSpec sent before the key exchange? No is good.</source>
        <translation>伺服器是否接受了在金鑰交換之前傳送的 ChangeCipherSpec？否為佳。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="216"/>
        <source>ROBOT (RSA padding oracle)</source>
        <translation>ROBOT（RSA 填補預言）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="217"/>
        <source>With RSA key exchange, did the server answer malformed premaster secrets differently from a well-formed one? No is good; it does not apply without RSA key exchange.</source>
        <translation>在 RSA 金鑰交換中，伺服器對格式錯誤的預主密鑰與對格式正確的預主密鑰的回應是否不同？否為佳；沒有 RSA 金鑰交換時不適用。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="220"/>
        <source>Ticketbleed (CVE-2016-9244)</source>
        <translation>Ticketbleed（CVE-2016-9244）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="221"/>
        <source>Did a 1-byte session id offered with a session ticket come back longer, with bytes that were not ours? No is good. The probe offers a made-up ticket, so No is weaker evidence here than for the other checks.</source>
        <translation>與工作階段票證一同提供的 1 位元組工作階段 ID 是否被加長傳回，且含有不屬於我們的位元組？否為佳。該探測使用的是偽造的票證，因此這裡的「否」比其他檢查的證據更弱。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="225"/>
        <source>STARTTLS command injection</source>
        <translation>STARTTLS 命令注入</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="226"/>
        <source>Was a command sent in the same packet as STARTTLS answered inside TLS? No is good; Yes means an attacker on the path can add commands that run inside the encrypted session.</source>
        <translation>與 STARTTLS 在同一封包中傳送的命令是否在 TLS 內得到了回應？否為佳；是表示路徑上的攻擊者可以注入在加密工作階段中執行的命令。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="229"/>
        <source>MAIL FROM accepted before STARTTLS</source>
        <translation>STARTTLS 之前接受 MAIL FROM</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="230"/>
        <source>Did the server accept MAIL FROM in cleartext (then RSET; nothing is sent)? Normal for an MX on port 25; on a submission port it must not.</source>
        <translation>伺服器是否在明文中接受了 MAIL FROM（隨後傳送 RSET，不傳送任何郵件）？對 25 埠上的 MX 屬正常；在提交埠上則不應如此。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="233"/>
        <source>AUTH offered before STARTTLS</source>
        <translation>STARTTLS 之前提供 AUTH</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="234"/>
        <source>Did the cleartext EHLO advertise AUTH? On a submission port passwords would travel in cleartext; no credentials are ever sent by the check.</source>
        <translation>明文 EHLO 是否宣告了 AUTH？在提交埠上密碼將以明文傳輸；該檢查從不傳送任何憑證。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="264"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="266"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="268"/>
        <source>Not applicable</source>
        <translation>不適用</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="272"/>
        <source>Untested</source>
        <translation>未測試</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="288"/>
        <source>Check</source>
        <translation>檢查項目</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="288"/>
        <source>Answer</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="288"/>
        <source>Finding</source>
        <translation>發現</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="288"/>
        <source>Evidence</source>
        <translation>證據</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="306"/>
        <location filename="../ui/views/hygiene_panel.cpp" line="316"/>
        <location filename="../ui/views/hygiene_panel.cpp" line="324"/>
        <source>Protocol hygiene</source>
        <translation>協定衛生</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="307"/>
        <source>no checks in this scan</source>
        <translation>本次掃描沒有這些檢查</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="317"/>
        <source>not checked: no TLS 1.2 or lower handshake to check, or a report from before these checks</source>
        <translation>未檢查：沒有 TLS 1.2 或更低版本的交握可查，或報告早於這些檢查</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="320"/>
        <source>the server accepted no TLS 1.2 or lower</source>
        <translation>伺服器不接受 TLS 1.2 或更低版本</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="321"/>
        <source>checked with %1</source>
        <translation>以 %1 檢查</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="322"/>
        <source>1 connection</source>
        <translation>1 個連線</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="322"/>
        <source>%1 connections</source>
        <translation>%1 個連線</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="325"/>
        <source>Whether &quot;Yes&quot; is good depends on the check: the mark says which. Hover over a check to see what it asks.</source>
        <translation>「是」是否良好取決於檢查項目：標記會說明。將滑鼠停在檢查項目上可查看它檢查什麼。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="363"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="378"/>
        <source>See the Findings tab for what it means and the Exim and Postfix fix.</source>
        <translation>在「發現」分頁查看其含義以及 Exim 和 Postfix 的修正方法。</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::LadderDetails</name>
    <message>
        <location filename="../ui/views/ladder_details.cpp" line="50"/>
        <source>Select a message in the ladder (click, or use the arrow keys) to see its decoded fields and what it does.</source>
        <translation>在階梯圖中選取訊息（按一下或使用方向鍵），即可查看其解碼欄位與作用。</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_details.cpp" line="71"/>
        <source>client → server</source>
        <translation>用戶端 → 伺服器</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_details.cpp" line="72"/>
        <source>server → client</source>
        <translation>伺服器 → 用戶端</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_details.cpp" line="79"/>
        <source>SMTP command</source>
        <translation>SMTP 指令</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_details.cpp" line="79"/>
        <source>SMTP reply</source>
        <translation>SMTP 回應</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_details.cpp" line="86"/>
        <source>at %1</source>
        <translation>於 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_details.cpp" line="90"/>
        <source>encrypted</source>
        <translation>已加密</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_details.cpp" line="90"/>
        <location filename="../ui/views/ladder_details.cpp" line="92"/>
        <source>in clear text</source>
        <translation>明文</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_details.cpp" line="114"/>
        <source>Commands:</source>
        <translation>指令：</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_details.cpp" line="121"/>
        <source>Could not decode all of it: %1</source>
        <translation>無法完整解碼：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_details.cpp" line="126"/>
        <source>This starts a renegotiation</source>
        <translation>此處開始重新協商</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_details.cpp" line="135"/>
        <source>Decoded fields</source>
        <translation>解碼欄位</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_details.cpp" line="135"/>
        <source>Recorded summary</source>
        <translation>記錄的摘要</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_details.cpp" line="155"/>
        <source>This report was saved without the message bytes, so only the summary is known.</source>
        <translation>此報告儲存時未包含訊息位元組，因此只有摘要可供查看。</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::LadderModel</name>
    <message>
        <location filename="../ui/models/ladder_model.cpp" line="125"/>
        <source>Implicit TLS: the handshake starts with the first byte</source>
        <translation>隱含式 TLS：交握從第一個位元組開始</translation>
    </message>
    <message>
        <location filename="../ui/models/ladder_model.cpp" line="128"/>
        <source>STARTTLS accepted: TLS starts here</source>
        <translation>已接受 STARTTLS：TLS 從這裡開始</translation>
    </message>
    <message>
        <location filename="../ui/models/ladder_model.cpp" line="134"/>
        <source>the handshake failed: %1</source>
        <translation>交握失敗：%1</translation>
    </message>
    <message>
        <location filename="../ui/models/ladder_model.cpp" line="160"/>
        <source>starts a renegotiation</source>
        <translation>開始重新協商</translation>
    </message>
    <message>
        <location filename="../ui/models/ladder_model.cpp" line="161"/>
        <source>starts a renegotiation · %1</source>
        <translation>開始重新協商 · %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/ladder_model.cpp" line="188"/>
        <source>Encrypted SMTP: %n line(s)</source>
        <translation>
            <numerusform>加密的 SMTP：%n 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailtls::ui::LadderPanel</name>
    <message>
        <location filename="../ui/views/ladder_panel.cpp" line="32"/>
        <source>Export PNG…</source>
        <translation>匯出 PNG…</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_panel.cpp" line="34"/>
        <source>Save the whole ladder as a PNG picture</source>
        <translation>將整個階梯圖儲存為 PNG 圖片</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_panel.cpp" line="35"/>
        <source>Export PDF…</source>
        <translation>匯出 PDF…</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_panel.cpp" line="37"/>
        <source>Save the whole ladder as a PDF document (A4, several pages when long)</source>
        <translation>將整個階梯圖儲存為 PDF 文件（A4，過長時分為多頁）</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_panel.cpp" line="84"/>
        <source>Connect to a server to draw its conversation.</source>
        <translation>連線到伺服器即可繪製其對話。</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_panel.cpp" line="86"/>
        <source>Click a message, or press ↓, to see its decoded fields and what it does.</source>
        <translation>按一下訊息或按 ↓，即可查看其解碼欄位與作用。</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_panel.cpp" line="88"/>
        <source>↑/↓ step through the messages, Home/End jump</source>
        <translation>↑/↓ 逐一瀏覽訊息，Home/End 跳至首尾</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_panel.cpp" line="125"/>
        <source>Export Ladder as PNG</source>
        <translation>將階梯圖匯出為 PNG</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_panel.cpp" line="126"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 影像 (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_panel.cpp" line="131"/>
        <location filename="../ui/views/ladder_panel.cpp" line="142"/>
        <source>Export Ladder</source>
        <translation>匯出階梯圖</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_panel.cpp" line="131"/>
        <location filename="../ui/views/ladder_panel.cpp" line="142"/>
        <source>Could not save %1: %2</source>
        <translation>無法儲存 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_panel.cpp" line="136"/>
        <source>Export Ladder as PDF</source>
        <translation>將階梯圖匯出為 PDF</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_panel.cpp" line="137"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::LanguageMenu</name>
    <message>
        <location filename="../ui/language_menu.cpp" line="24"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../ui/language_menu.cpp" line="25"/>
        <source>The workbench will use %1 from its next start.</source>
        <translation>下次啟動時，工作台將使用%1。</translation>
    </message>
    <message>
        <location filename="../ui/language_menu.cpp" line="27"/>
        <source>The workbench will follow the system language from its next start.</source>
        <translation>下次啟動時，工作台將跟隨系統語言。</translation>
    </message>
    <message>
        <location filename="../ui/language_menu.cpp" line="29"/>
        <source>Restart it now? Unsaved work is asked about first.</source>
        <translation>現在重新啟動嗎？如有未儲存的工作，會先詢問。</translation>
    </message>
    <message>
        <location filename="../ui/language_menu.cpp" line="31"/>
        <source>&amp;Restart Now</source>
        <translation>立即重新啟動(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/language_menu.cpp" line="32"/>
        <source>&amp;Later</source>
        <translation>稍後(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/language_menu.cpp" line="65"/>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/language_menu.cpp" line="72"/>
        <source>System default</source>
        <translation>系統預設</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::LogPartnerModel</name>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="71"/>
        <source>(no name)</source>
        <translation>（無名稱）</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="76"/>
        <source>out</source>
        <translation>出</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="76"/>
        <source>in</source>
        <translation>入</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="95"/>
        <source>%1 %</source>
        <translation>%1%</translation>
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
        <translation>我們向此主機投遞（我方伺服器是 TLS 用戶端）</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="210"/>
        <source>This host delivered to us (our server was the TLS server)</source>
        <translation>此主機向我們投遞（我方伺服器是 TLS 伺服器）</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="212"/>
        <source>%1 messages, %2 of them over TLS</source>
        <translation>%1 封郵件，其中 %2 封經由 TLS</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="214"/>
        <source>Share of this partner&apos;s messages that went over TLS</source>
        <translation>此對方的郵件中經由 TLS 傳輸的比例</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="222"/>
        <source>Whether the peer&apos;s certificate was verified (Exim CV=, Postfix Trusted/Verified): yes, no, dane</source>
        <translation>對端憑證是否經過驗證（Exim CV=、Postfix Trusted/Verified）：yes、no、dane</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="224"/>
        <source>Messages without TLS</source>
        <translation>未使用 TLS 的郵件</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="226"/>
        <source>Cleartext messages that followed a failed TLS handshake with this partner within an hour</source>
        <translation>與此對方 TLS 交握失敗後一小時內出現的明文郵件</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="235"/>
        <source>Used TLS 1.1 or older, which dropping old versions would take away</source>
        <translation>使用過 TLS 1.1 或更舊的版本，停用舊版本會使其失效</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="296"/>
        <source>Host</source>
        <translation>主機</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="297"/>
        <source>Address</source>
        <translation>位址</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="298"/>
        <source>Dir.</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="299"/>
        <source>Messages</source>
        <translation>郵件</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="300"/>
        <source>Conn.</source>
        <translation>連線</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="301"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="302"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="303"/>
        <source>Top cipher</source>
        <translation>最常用套件</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="304"/>
        <source>Verified</source>
        <translation>已驗證</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="305"/>
        <source>Cleartext</source>
        <translation>明文</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="306"/>
        <source>Fell back</source>
        <translation>回退</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="307"/>
        <source>Failures</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="308"/>
        <source>First seen</source>
        <translation>首次出現</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="309"/>
        <source>Last seen</source>
        <translation>最後出現</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="313"/>
        <source>in: the partner delivered to us; out: we delivered to it</source>
        <translation>入：對方向我們投遞；出：我們向對方投遞</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="314"/>
        <source>Connections</source>
        <translation>連線</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="315"/>
        <source>Share of messages over TLS</source>
        <translation>經由 TLS 的郵件比例</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="316"/>
        <source>Cleartext messages after a failed TLS handshake</source>
        <translation>TLS 交握失敗後的明文郵件</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="317"/>
        <source>TLS failures, with the most frequent cause</source>
        <translation>TLS 失敗次數及最常見的原因</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::LogPlots</name>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="100"/>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="101"/>
        <source>Save a plot as PNG or PDF</source>
        <translation>將圖表儲存為 PNG 或 PDF</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="107"/>
        <source>PNG image…</source>
        <translation>PNG 影像…</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="108"/>
        <source>PDF document…</source>
        <translation>PDF 文件…</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="112"/>
        <source>Drag or turn the wheel over a plot to move or zoom the time axis of all three; double-click shows the whole time again. Right-click a plot to save it.</source>
        <translation>在圖表上拖曳或捲動滑鼠滾輪可同時平移或縮放三張圖表的時間軸；按兩下可重新顯示整個時間範圍。在圖表上按右鍵可將其儲存。</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="140"/>
        <source>TLS versions per hour</source>
        <translation>每小時 TLS 版本</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="141"/>
        <source>TLS failures per hour, by cause</source>
        <translation>每小時 TLS 失敗（依原因）</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="142"/>
        <source>Cleartext share per hour</source>
        <translation>每小時明文比例</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="325"/>
        <source>local time</source>
        <translation>本地時間</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="325"/>
        <source>local time (%1)</source>
        <translation>本地時間（%1）</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="384"/>
        <source>messages</source>
        <translation>郵件</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="386"/>
        <location filename="../ui/views/log_plots.cpp" line="408"/>
        <location filename="../ui/views/log_plots.cpp" line="448"/>
        <source>No logs read yet</source>
        <translation>尚未讀取日誌</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="386"/>
        <source>No message over TLS in these logs</source>
        <translation>這些日誌中沒有經由 TLS 的郵件</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="406"/>
        <source>failures</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="408"/>
        <source>No TLS failure in these logs</source>
        <translation>這些日誌中沒有 TLS 失敗</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="435"/>
        <source>messages without TLS, % of all messages in the hour</source>
        <translation>未使用 TLS 的郵件佔該小時全部郵件的百分比</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="446"/>
        <source>cleartext %</source>
        <translation>明文 %</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="448"/>
        <source>No messages in these logs</source>
        <translation>這些日誌中沒有郵件</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="485"/>
        <source>Save “%1” as PNG…</source>
        <translation>將「%1」儲存為 PNG…</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="486"/>
        <source>Save “%1” as PDF…</source>
        <translation>將「%1」儲存為 PDF…</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="488"/>
        <source>Show the whole time range</source>
        <translation>顯示整個時間範圍</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="497"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="497"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 影像 (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="498"/>
        <source>Save Plot</source>
        <translation>儲存圖表</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="504"/>
        <source>Only .png and .pdf files can be written.</source>
        <translation>只能寫入 .png 與 .pdf 檔案。</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="549"/>
        <source>the PDF writer could not start</source>
        <translation>無法開始產生 PDF</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="553"/>
        <source>the image could not be encoded as PNG</source>
        <translation>無法將影像編碼為 PNG</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::LogWhatBreaksPanel</name>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="40"/>
        <source>Our server — partners that deliver to us</source>
        <translation>我方伺服器 — 向我們投遞的對方</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="41"/>
        <source>Our outgoing TLS — partners we deliver to</source>
        <translation>我方外送 TLS — 我們投遞的對方</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="43"/>
        <source>Drop TLS 1.0</source>
        <translation>停用 TLS 1.0</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="45"/>
        <source>Drop TLS 1.1</source>
        <translation>停用 TLS 1.1</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="47"/>
        <source>Drop TLS 1.2</source>
        <translation>停用 TLS 1.2</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="49"/>
        <source>TLS 1.3 only</source>
        <translation>僅保留 TLS 1.3</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="53"/>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="60"/>
        <source>as now</source>
        <translation>維持不變</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="54"/>
        <source>serve only ECDSA</source>
        <translation>僅提供 ECDSA</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="55"/>
        <source>serve only RSA</source>
        <translation>僅提供 RSA</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="56"/>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="385"/>
        <source>The certificate types our server offers</source>
        <translation>我方伺服器提供的憑證類型</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="61"/>
        <source>2048 bits</source>
        <translation>2048 位元</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="62"/>
        <source>3072 bits</source>
        <translation>3072 位元</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="63"/>
        <source>The size of the DHE prime: partners with a smaller upper limit cannot use DHE suites</source>
        <translation>DHE 質數的大小：上限較小的對方將無法使用 DHE 套件</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="68"/>
        <source>unchanged — or an OpenSSL list, IANA names, a GnuTLS priority string</source>
        <translation>不變 — 或填入 OpenSSL 清單、IANA 名稱、GnuTLS 優先順序字串</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="69"/>
        <source>The suites after the change, e.g. ECDHE+AESGCM:ECDHE+CHACHA20 (OpenSSL), TLS_AES_128_GCM_SHA256,… (IANA) or SECURE128:-VERS-TLS1.0 (GnuTLS, expanded by gnutls-cli)</source>
        <translation>變更後的套件，例如 ECDHE+AESGCM:ECDHE+CHACHA20（OpenSSL）、TLS_AES_128_GCM_SHA256,…（IANA）或 SECURE128:-VERS-TLS1.0（GnuTLS，由 gnutls-cli 展開）</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="74"/>
        <source>Without a scan, today&apos;s server is taken as accepting every suite and version, so only what the change itself removes is counted</source>
        <translation>沒有掃描時，今天的伺服器被視為接受所有套件與版本，因此只計算這項變更本身移除的部分</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="78"/>
        <source>Run</source>
        <translation>執行</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="80"/>
        <source>Play the change against every partner&apos;s TLS in the logs</source>
        <translation>用日誌中每個對方的 TLS 推演此變更</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="91"/>
        <source>DH prime:</source>
        <translation>DH 質數：</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="97"/>
        <source>Change:</source>
        <translation>變更：</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="99"/>
        <source>Versions:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="101"/>
        <source>Certificate:</source>
        <translation>憑證：</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="103"/>
        <source>Cipher suites:</source>
        <translation>加密套件：</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="118"/>
        <source>Partner</source>
        <translation>對方</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="118"/>
        <source>Messages</source>
        <translation>郵件</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="118"/>
        <source>Last seen</source>
        <translation>最後出現</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="118"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="213"/>
        <source>Start from the scan of %1 (what the server accepts today)</source>
        <translation>從 %1 的掃描出發（伺服器今天接受的內容）</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="230"/>
        <source>Open mail logs first: the prediction plays the change against the partners they show.</source>
        <translation>請先開啟郵件日誌：預測會用日誌中出現的對方來推演此變更。</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="235"/>
        <source>Choose a change first: a version to drop, a certificate type, a DH prime size or a cipher list.</source>
        <translation>請先選擇一項變更：要停用的版本、憑證類型、DH 質數大小或加密套件清單。</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="259"/>
        <source>Expanding the GnuTLS priority string with gnutls-cli…</source>
        <translation>正在用 gnutls-cli 展開 GnuTLS 優先順序字串…</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="274"/>
        <source>The change cannot be read: %1</source>
        <translation>無法解析此變更：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="284"/>
        <source>No partner in the logs would lose TLS.</source>
        <translation>日誌中沒有對方會失去 TLS。</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="286"/>
        <source>No partner would lose TLS for certain; %1 at risk.</source>
        <translation>沒有對方確定會失去 TLS；%1 個有風險。</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="288"/>
        <source>%1 would lose TLS, %2 at risk.</source>
        <translation>%1 個會失去 TLS，%2 個有風險。</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="291"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3 keep TLS · %4 never used TLS here</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3 個保留 TLS · %4 個在此從未使用 TLS</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="298"/>
        <source>Simulated: %1</source>
        <translation>模擬的伺服器：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="320"/>
        <source>Double-click to show this partner</source>
        <translation>按兩下以顯示此對方</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="323"/>
        <source>Would lose TLS: 1 partner</source>
        <translation>會失去 TLS：1 個對方</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="323"/>
        <source>Would lose TLS: %1 partners</source>
        <translation>會失去 TLS：%1 個對方</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="328"/>
        <source>At risk: 1 partner</source>
        <translation>有風險：1 個對方</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="328"/>
        <source>At risk: %1 partners</source>
        <translation>有風險：%1 個對方</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="334"/>
        <source>Still works: %1.</source>
        <translation>仍可使用：%1。</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="337"/>
        <source>Keep TLS: 1 partner</source>
        <translation>保留 TLS：1 個對方</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="337"/>
        <source>Keep TLS: %1 partners</source>
        <translation>保留 TLS：%1 個對方</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="342"/>
        <source>Never used TLS here: 1 partner (a TLS change does not reach it)</source>
        <translation>在此從未使用 TLS：1 個對方（TLS 變更不影響它）</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="343"/>
        <source>Never used TLS here: %1 partners (a TLS change does not reach them)</source>
        <translation>在此從未使用 TLS：%1 個對方（TLS 變更不影響它們）</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="384"/>
        <source>Our outgoing TLS serves no certificate: only for our server</source>
        <translation>我方外送 TLS 不提供憑證：僅適用於我方伺服器</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="388"/>
        <source>Choose a change and press Run: the partners in the logs that would lose TLS are listed here, with how much mail they send and when they were last seen.</source>
        <translation>選擇一項變更並按「執行」：日誌中會失去 TLS 的對方將列在此處，並附上其郵件量與最後出現時間。</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::LogsView</name>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="89"/>
        <source>Open Logs…</source>
        <translation>開啟日誌…</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="91"/>
        <source>Read Exim or Postfix log files (plain, .gz, .xz, .bz2); several rotations at once are read in time order</source>
        <translation>讀取 Exim 或 Postfix 日誌檔（未壓縮、.gz、.xz、.bz2）；同時選擇多個輪替檔時依時間順序讀取</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="92"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="94"/>
        <source>Stop reading; what was shown before stays</source>
        <translation>停止讀取；先前顯示的內容維持不變</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="126"/>
        <source>&lt;h3&gt;No mail logs yet&lt;/h3&gt;&lt;p&gt;Press &lt;b&gt;Open Logs…&lt;/b&gt; (or File ▸ Open Mail Logs…), or drop log files here.&lt;/p&gt;&lt;p&gt;Exim&apos;s mainlog, Postfix&apos;s mail.log or maillog, syslog and journalctl output (short-iso or JSON) are read, rotated .gz, .xz and .bz2 files too. Select several rotations at once: they are read in time order.&lt;/p&gt;&lt;p&gt;You get every partner&apos;s TLS (versions, ciphers, verification, cleartext, failures and why), plots over time, and what would break if you dropped old TLS versions or changed ciphers.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;尚無郵件日誌&lt;/h3&gt;&lt;p&gt;按&lt;b&gt;開啟日誌…&lt;/b&gt;（或「檔案 ▸ 開啟郵件日誌…」），或將日誌檔拖放到此處。&lt;/p&gt;&lt;p&gt;可讀取 Exim 的 mainlog、Postfix 的 mail.log 或 maillog、syslog 以及 journalctl 輸出（short-iso 或 JSON），也可讀取輪替後的 .gz、.xz 與 .bz2 檔案。可同時選擇多個輪替檔：它們會依時間順序讀取。&lt;/p&gt;&lt;p&gt;您將看到每個對方的 TLS 情況（版本、套件、驗證、明文、失敗及原因）、隨時間變化的圖表，以及停用舊 TLS 版本或變更套件時會出現什麼問題。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="140"/>
        <source>Partners</source>
        <translation>對方</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="141"/>
        <source>Plots</source>
        <translation>圖表</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="142"/>
        <source>What breaks if…</source>
        <translation>如果變更會怎樣…</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="143"/>
        <location filename="../ui/views/logs_view.cpp" line="510"/>
        <source>Files</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="160"/>
        <source>Plot saved to %1</source>
        <translation>圖表已儲存至 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="162"/>
        <source>Could not save %1: %2</source>
        <translation>無法儲存 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="184"/>
        <source>Filter by host or address</source>
        <translation>依主機或位址篩選</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="188"/>
        <source>In and out</source>
        <translation>內送與外送</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="189"/>
        <source>Inbound (they deliver to us)</source>
        <translation>內送（對方向我們投遞）</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="190"/>
        <source>Outbound (we deliver to them)</source>
        <translation>外送（我們向對方投遞）</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="193"/>
        <source>Only partners that used this TLS version</source>
        <translation>僅顯示使用過此 TLS 版本的對方</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="196"/>
        <source>Only partners whose certificate was verified this way at least once</source>
        <translation>僅顯示憑證至少有一次以此方式驗證的對方</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="197"/>
        <source>Any verification</source>
        <translation>任何驗證結果</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="198"/>
        <source>Verified (yes)</source>
        <translation>已驗證（yes）</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="199"/>
        <source>Not verified (no)</source>
        <translation>未驗證（no）</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="200"/>
        <source>DANE</source>
        <translation>DANE</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="201"/>
        <source>Failing only</source>
        <translation>僅失敗的</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="203"/>
        <source>Only partners with TLS failures</source>
        <translation>僅顯示有 TLS 失敗的對方</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="204"/>
        <source>Cleartext only</source>
        <translation>僅明文的</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="206"/>
        <source>Only partners that sent or received mail without TLS</source>
        <translation>僅顯示在無 TLS 情況下收發過郵件的對方</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="240"/>
        <source>Open Session</source>
        <translation>開啟連線階段</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="242"/>
        <source>Scan</source>
        <translation>掃描</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="251"/>
        <source>Check These Partners in the Fleet Tab</source>
        <translation>在「批次」分頁中檢查這些夥伴</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="253"/>
        <source>Every partner the table lists (after the filters), on port 25, as the Fleet tab&apos;s target list</source>
        <translation>表格（套用篩選後）列出的每個夥伴，連接埠 25，作為「批次」分頁的目標清單</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="299"/>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="299"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="299"/>
        <source>Compression</source>
        <translation>壓縮</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="299"/>
        <source>Lines</source>
        <translation>行數</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="299"/>
        <source>Parsed</source>
        <translation>已解析</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="299"/>
        <source>Not understood</source>
        <translation>無法理解</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="299"/>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="307"/>
        <source>Files are read in the order of their first time stamps, so rotations join up. &lt;i&gt;Parsed&lt;/i&gt; counts the lines in the file&apos;s format; &lt;i&gt;not understood&lt;/i&gt; are lines of that format the reader could not interpret — expand a file to see the first of them. A file that stops early (damaged compression, a NUL byte) says where; everything before that point is counted.</source>
        <translation>檔案依其第一個時間戳記的順序讀取，使輪替檔首尾相接。&lt;i&gt;已解析&lt;/i&gt;統計符合該檔案格式的行；&lt;i&gt;無法理解&lt;/i&gt;是該格式中讀取器無法解釋的行 — 展開檔案即可查看前幾行。提前中止的檔案（壓縮資料損毀、含 NUL 位元組）會標明位置；該位置之前的內容都會計入。</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="330"/>
        <source>Open Mail Logs</source>
        <translation>開啟郵件日誌</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="331"/>
        <source>Mail logs (*log* *.gz *.xz *.bz2 *.json *.txt);;All files (*)</source>
        <translation>郵件日誌 (*log* *.gz *.xz *.bz2 *.json *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="375"/>
        <source>Reading cancelled; %1</source>
        <translation>讀取已取消；%1</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="375"/>
        <source>the logs read before are still shown.</source>
        <translation>先前讀取的日誌仍會顯示。</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="375"/>
        <source>nothing was read.</source>
        <translation>未讀取任何內容。</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="387"/>
        <location filename="../ui/views/logs_view.cpp" line="564"/>
        <source>%1 files</source>
        <translation>%1 個檔案</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="388"/>
        <source>Reading %1…</source>
        <translation>正在讀取 %1…</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="392"/>
        <source>&lt;h3&gt;Reading the logs…&lt;/h3&gt;&lt;p&gt;The partners, plots and files appear here when reading is done. Cancel stops it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;正在讀取日誌…&lt;/h3&gt;&lt;p&gt;讀取完成後，對方、圖表與檔案會顯示在這裡。按「取消」可停止讀取。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="407"/>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="408"/>
        <source>%1 of %2 MB · %3</source>
        <translation>%1 / %2 MB · %3</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="409"/>
        <source>%1 MB · %2</source>
        <translation>%1 MB · %2</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="461"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="469"/>
        <source>%1 lines outside the time filter</source>
        <translation>%1 行在時間篩選範圍之外</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="471"/>
        <source>%1 lines too long, cut</source>
        <translation>%1 行過長，已截斷</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="472"/>
        <source>%1 MB read</source>
        <translation>已讀取 %1 MB</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="482"/>
        <source>not a mail log this version can read</source>
        <translation>不是此版本可讀取的郵件日誌</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="489"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="495"/>
        <source>Expand the row to see the first lines that were not understood</source>
        <translation>展開此列可查看最先出現的無法理解的行</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="510"/>
        <source>Files (%1)</source>
        <translation>檔案（%1）</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="519"/>
        <source>Any TLS version</source>
        <translation>任何 TLS 版本</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="529"/>
        <source>Used %1</source>
        <translation>使用過 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="540"/>
        <location filename="../ui/views/logs_view.cpp" line="567"/>
        <source>1 partner</source>
        <translation>1 個對方</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="540"/>
        <location filename="../ui/views/logs_view.cpp" line="567"/>
        <source>%1 partners</source>
        <translation>%1 個對方</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="542"/>
        <source>%1 of %2 partners</source>
        <translation>%1 / %2 個對方</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="553"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="555"/>
        <source>Open Exim or Postfix logs, or drop them here.</source>
        <translation>開啟 Exim 或 Postfix 日誌，或將其拖放到此處。</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="564"/>
        <source>1 file</source>
        <translation>1 個檔案</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="565"/>
        <source>1 line</source>
        <translation>1 行</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="565"/>
        <source>%1 lines</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="566"/>
        <source>1 message</source>
        <translation>1 封郵件</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="566"/>
        <source>%1 messages</source>
        <translation>%1 封郵件</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="568"/>
        <source>1 TLS failure</source>
        <translation>1 次 TLS 失敗</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="568"/>
        <source>%1 TLS failures</source>
        <translation>%1 次 TLS 失敗</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="570"/>
        <location filename="../ui/views/logs_view.cpp" line="718"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="574"/>
        <source>1 line not understood (see Files)</source>
        <translation>1 行無法理解（見「檔案」）</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="575"/>
        <source>%1 lines not understood (see Files)</source>
        <translation>%1 行無法理解（見「檔案」）</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="587"/>
        <source>Not everything could be read (everything before the problem is counted):
%1</source>
        <translation>並非所有內容都能讀取（問題出現之前的內容均已計入）：
%1</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="672"/>
        <source>Open Session with %1:25</source>
        <translation>開啟與 %1:25 的連線階段</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="673"/>
        <source>Scan %1:25</source>
        <translation>掃描 %1:25</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="678"/>
        <source>Copy “%1”</source>
        <translation>複製「%1」</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="688"/>
        <location filename="../ui/views/logs_view.cpp" line="689"/>
        <source>Select a partner first</source>
        <translation>請先選擇一個對方</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="688"/>
        <source>Connect to %1 on port 25 and show the session</source>
        <translation>連線到 %1 的 25 連接埠並顯示連線階段</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="690"/>
        <source>Scan the versions and cipher suites %1 accepts on port 25</source>
        <translation>掃描 %1 在 25 連接埠接受的版本與加密套件</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="693"/>
        <source>&lt;p&gt;No partner in these logs: no line about a delivery or an arrival with a host was understood. The Files page shows what was read.&lt;/p&gt;</source>
        <translation>&lt;p&gt;這些日誌中沒有對方：沒有理解任何涉及主機的投遞或接收行。「檔案」頁顯示讀取了哪些內容。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="695"/>
        <source>&lt;p&gt;Select a partner above to see its TLS versions, ciphers, certificate names and each failure with an example line, what it means and what to do next.&lt;/p&gt;</source>
        <translation>&lt;p&gt;在上方選擇一個對方，即可查看其 TLS 版本、套件、憑證名稱，以及每種失敗的範例行、含義與下一步做法。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="707"/>
        <source>Outbound: we delivered to this host, our server was the TLS client.</source>
        <translation>外送：我們向此主機投遞，我方伺服器是 TLS 用戶端。</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="708"/>
        <source>Inbound: this host delivered to us, our server was the TLS server.</source>
        <translation>內送：此主機向我們投遞，我方伺服器是 TLS 伺服器。</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="711"/>
        <source>Messages</source>
        <translation>郵件</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="712"/>
        <source>over TLS</source>
        <translation>經由 TLS</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="713"/>
        <source>in cleartext</source>
        <translation>明文</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="714"/>
        <source>%1 of them after a failed TLS handshake</source>
        <translation>其中 %1 封在 TLS 交握失敗之後</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="716"/>
        <source>Connections</source>
        <translation>連線</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="717"/>
        <source>Seen</source>
        <translation>出現時間</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="722"/>
        <source>TLS versions</source>
        <translation>TLS 版本</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="724"/>
        <source>Cipher suites</source>
        <translation>加密套件</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="726"/>
        <source>Certificate verified</source>
        <translation>憑證驗證</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="731"/>
        <source>Peer certificate names</source>
        <translation>對端憑證名稱</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="737"/>
        <source>Server names asked for (SNI)</source>
        <translation>要求的伺服器名稱（SNI）</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="740"/>
        <source>No TLS with this partner in these logs.</source>
        <translation>這些日誌中與此對方之間沒有 TLS。</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="743"/>
        <source>TLS failures</source>
        <translation>TLS 失敗</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="749"/>
        <source>From %1 to %2</source>
        <translation>從 %1 到 %2</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="753"/>
        <source>Where: %1</source>
        <translation>位置：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="757"/>
        <source>Next step:</source>
        <translation>下一步：</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="759"/>
        <source>Finding: %1</source>
        <translation>發現：%1</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="87"/>
        <source>MailTLS Workbench</source>
        <translation>MailTLS 工作台</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="127"/>
        <source>%1 of about %2 connections</source>
        <translation>%1 / 約 %2 個連線</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="128"/>
        <source>Scanning %1 — %2 of about %3 connections</source>
        <translation>正在掃描 %1 — %2 / 約 %3 個連線</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="132"/>
        <source>Scan cancelled — %1</source>
        <translation>掃描已取消 — %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="168"/>
        <source>&amp;Connect</source>
        <translation>連線(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="169"/>
        <source>Connect to the server and run the session (Ctrl+Enter)</source>
        <translation>連線到伺服器並執行連線階段（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="172"/>
        <source>&amp;Disconnect</source>
        <translation>中斷連線(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="173"/>
        <source>Say QUIT and close the connection</source>
        <translation>傳送 QUIT 並關閉連線</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="176"/>
        <source>C&amp;ancel</source>
        <translation>取消(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="177"/>
        <source>Abort the session at once (Esc)</source>
        <translation>立即中止連線階段（Esc）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="180"/>
        <source>&amp;Scan</source>
        <translation>掃描(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="181"/>
        <source>Scan every protocol version and cipher suite the server accepts (Ctrl+Shift+Enter)</source>
        <translation>掃描伺服器接受的每個協定版本與加密套件（Ctrl+Shift+Enter）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="184"/>
        <source>&amp;Open Certificate…</source>
        <translation>開啟憑證(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="185"/>
        <source>Inspect certificate, chain, key or PKCS#12 files as a server would send them</source>
        <translation>以伺服器傳送時的樣貌檢查憑證、憑證鏈、金鑰或 PKCS#12 檔案</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="188"/>
        <source>&amp;Generate Certificate…</source>
        <translation>產生憑證(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="189"/>
        <source>Make a key with a self-signed certificate, a CSR, or a certificate from a CA directory</source>
        <translation>產生金鑰，並附帶自我簽署憑證、CSR 或由 CA 目錄簽發的憑證</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="192"/>
        <source>&amp;Explain Cipher Suite…</source>
        <translation>解析加密套件(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="193"/>
        <source>Take a cipher suite name apart: key exchange, authentication, cipher, MAC, grade</source>
        <translation>拆解加密套件名稱：金鑰交換、身分驗證、加密演算法、MAC、評等</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="196"/>
        <source>&amp;Compare Servers…</source>
        <translation>比較伺服器(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="197"/>
        <source>Servers or saved reports side by side, differences first</source>
        <translation>並排比較伺服器或已儲存的報告，差異優先列出</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="200"/>
        <source>Simulate &amp;Partner…</source>
        <translation>模擬對方(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="201"/>
        <source>Would a partner (client profile or pasted cipher list) connect to this server? Why not, and the fix</source>
        <translation>對方（用戶端設定檔或貼上的加密套件清單）能否連線到此伺服器？若不能，原因與修正方法為何</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="204"/>
        <source>Open &amp;Mail Logs…</source>
        <translation>開啟郵件日誌(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="205"/>
        <source>Read Exim or Postfix logs: every partner&apos;s TLS, its failures, and what a change would break</source>
        <translation>讀取 Exim 或 Postfix 日誌：每個對方的 TLS、其失敗情況，以及變更會導致什麼問題</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="208"/>
        <source>Check a &amp;Domain…</source>
        <translation>檢查網域(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="209"/>
        <source>Can mail for a domain be delivered securely? MX hosts, their STARTTLS, DANE, MTA-STS and TLS-RPT</source>
        <translation>寄往某個網域的郵件能否安全送達？MX 主機及其 STARTTLS、DANE、MTA-STS 與 TLS-RPT</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="212"/>
        <source>&amp;Save Report as JSON…</source>
        <translation>將報告另存為 JSON(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="216"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="221"/>
        <source>&amp;About MailTLS Workbench</source>
        <translation>關於 MailTLS 工作台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="228"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="238"/>
        <source>&amp;Session</source>
        <translation>連線階段(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="244"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="254"/>
        <source>&amp;Practice server</source>
        <translation>練習伺服器(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="256"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="262"/>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="287"/>
        <source>&lt;b&gt;Transcript&lt;/b&gt;</source>
        <translation>&lt;b&gt;對話記錄&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="328"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="330"/>
        <source>Logs</source>
        <translation>日誌</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="340"/>
        <source>Domain</source>
        <translation>網域</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="343"/>
        <source>Fleet</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="350"/>
        <source>%1 with %2:%3 from the Fleet tab</source>
        <translation>來自「批次」分頁的 %1：%2:%3</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="351"/>
        <source>Scan</source>
        <translation>掃描</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="351"/>
        <source>Session</source>
        <translation>工作階段</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="412"/>
        <location filename="../ui/main_window.cpp" line="413"/>
        <source>connecting</source>
        <translation>正在連線</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="414"/>
        <source>waiting for the banner</source>
        <translation>等待歡迎訊息</translation>
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
        <translation>TLS 交握</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="419"/>
        <source>EHLO over TLS</source>
        <translation>透過 TLS 傳送 EHLO</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="420"/>
        <source>authenticating</source>
        <translation>正在驗證身分</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="421"/>
        <source>sending the message</source>
        <translation>正在傳送郵件</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="422"/>
        <source>QUIT</source>
        <translation>QUIT</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="423"/>
        <source>interactive</source>
        <translation>互動模式</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="424"/>
        <source>closing</source>
        <translation>正在關閉</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="451"/>
        <location filename="../ui/main_window.cpp" line="917"/>
        <source>Idle — enter a mail server and press Connect</source>
        <translation>閒置 — 輸入郵件伺服器後按「連線」</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="454"/>
        <source>Connecting to %1…</source>
        <translation>正在連線到 %1…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="457"/>
        <source>Connected to %1 — interactive: lines typed below go to the server as typed</source>
        <translation>已連線到 %1 — 互動模式：下方輸入的每一行都原樣傳送給伺服器</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="461"/>
        <source>Disconnecting from %1…</source>
        <translation>正在中斷與 %1 的連線…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="517"/>
        <source>Scanning %1…</source>
        <translation>正在掃描 %1…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="537"/>
        <location filename="../ui/main_window.cpp" line="945"/>
        <source>Scan failed: %1</source>
        <translation>掃描失敗：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="538"/>
        <source>Scan failed — %1: %2</source>
        <translation>掃描失敗 — %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="557"/>
        <source>Scanned %1 — %2 suites accepted, %3 connections</source>
        <translation>已掃描 %1 — 接受 %2 個套件，%3 個連線</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="566"/>
        <source>Cancelled — %1</source>
        <translation>已取消 — %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="567"/>
        <source>Session cancelled. What was received so far is kept below.</source>
        <translation>連線階段已取消。已收到的內容保留在下方。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="574"/>
        <source>%1 — %2…</source>
        <translation>%1 — %2…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="612"/>
        <source>TLS failed</source>
        <translation>TLS 失敗</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="614"/>
        <source>no TLS</source>
        <translation>無 TLS</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="622"/>
        <source>%1 — session complete, closing…</source>
        <translation>%1 — 連線階段完成，正在關閉…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="631"/>
        <source>Likely: %1</source>
        <translation>可能的原因：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="635"/>
        <source>Failed — %1: %2</source>
        <translation>失敗 — %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="645"/>
        <source>Disconnected from %1 — 1 finding</source>
        <translation>已中斷與 %1 的連線 — 1 項發現</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="646"/>
        <source>Disconnected from %1 — %2 findings</source>
        <translation>已中斷與 %1 的連線 — %2 項發現</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="654"/>
        <source>Handshake (%1)</source>
        <translation>交握（%1）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="655"/>
        <source>Handshake</source>
        <translation>交握</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="657"/>
        <source>Ladder (%1)</source>
        <translation>階梯圖（%1）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="657"/>
        <source>Ladder</source>
        <translation>階梯圖</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="659"/>
        <source>Certificates (%1)</source>
        <translation>憑證（%1）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="659"/>
        <source>Certificates</source>
        <translation>憑證</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="661"/>
        <source>Findings (%1)</source>
        <translation>發現（%1）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="661"/>
        <source>Findings</source>
        <translation>發現</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="664"/>
        <source>Cipher matrix (%1)</source>
        <translation>加密套件矩陣（%1）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="664"/>
        <source>Cipher matrix</source>
        <translation>加密套件矩陣</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="710"/>
        <source>Save Report as JSON</source>
        <translation>將報告另存為 JSON</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="711"/>
        <source>JSON reports (*.json);;All files (*)</source>
        <translation>JSON 報告 (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="689"/>
        <source>Save Report</source>
        <translation>儲存報告</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="639"/>
        <source>The server refused STARTTLS: %1</source>
        <translation>伺服器拒絕了 STARTTLS：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="640"/>
        <source>The server refused EHLO: %1</source>
        <translation>伺服器拒絕了 EHLO：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="641"/>
        <source>The server refused the session in its greeting: %1</source>
        <translation>伺服器在問候時就拒絕了工作階段：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="690"/>
        <source>Could not save %1: %2</source>
        <translation>無法儲存 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="695"/>
        <source>Report saved to %1</source>
        <translation>報告已儲存到 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="719"/>
        <source>About MailTLS Workbench</source>
        <translation>關於 MailTLS 工作台</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="720"/>
        <source>&lt;h3&gt;MailTLS Workbench %1&lt;/h3&gt;&lt;p&gt;Looks at the TLS side of mail servers: the SMTP conversation as it happened, the handshake, the served certificate chain, and what to change in Exim or Postfix.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MailTLS 工作台 %1&lt;/h3&gt;&lt;p&gt;檢查郵件伺服器的 TLS 層面：實際發生的 SMTP 對話、交握過程、伺服器提供的憑證鏈，以及 Exim 或 Postfix 中需要修改的設定。&lt;/p&gt;&lt;p&gt;以 Qt %2 與 %3 建置。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="731"/>
        <source>Open Certificate</source>
        <translation>開啟憑證</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="732"/>
        <source>Certificates and keys (*.pem *.crt *.cer *.der *.key *.p12 *.pfx *.p7b *.chain);;All files (*)</source>
        <translation>憑證與金鑰 (*.pem *.crt *.cer *.der *.key *.p12 *.pfx *.p7b *.chain);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="742"/>
        <source>A session is running; open the certificate when it has finished.</source>
        <translation>連線階段正在執行；請待其結束後再開啟憑證。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="746"/>
        <source>Reading %1…</source>
        <translation>正在讀取 %1…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="774"/>
        <source>Passphrase</source>
        <translation>密語</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="775"/>
        <source>%1

Passphrase:</source>
        <translation>%1

密語：</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="780"/>
        <source>Could not read the certificate files:
%1</source>
        <translation>無法讀取憑證檔案：
%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="781"/>
        <source>Could not read %1</source>
        <translation>無法讀取 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="786"/>
        <source>%1 holds no certificate, only private keys. Open the certificate file together with the key.</source>
        <translation>%1 不含憑證，只有私密金鑰。請將憑證檔案與金鑰一併開啟。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="787"/>
        <source>No certificate in %1</source>
        <translation>%1 中沒有憑證</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="800"/>
        <location filename="../ui/main_window.cpp" line="935"/>
        <source>From file %1</source>
        <translation>來自檔案 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="801"/>
        <location filename="../ui/main_window.cpp" line="936"/>
        <source>From files %1</source>
        <translation>來自檔案 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="809"/>
        <source>Inspected %1 — 1 finding</source>
        <translation>已檢查 %1 — 1 項發現</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="810"/>
        <source>Inspected %1 — %2 findings</source>
        <translation>已檢查 %1 — %2 項發現</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="346"/>
        <location filename="../ui/main_window.cpp" line="859"/>
        <location filename="../ui/main_window.cpp" line="870"/>
        <source>A session or scan is running; try again when it has finished.</source>
        <translation>連線階段或掃描正在執行；請待其結束後再試。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="863"/>
        <source>Session with %1 (%2) from the Domain tab</source>
        <translation>來自「網域」分頁的與 %1（%2）的連線階段</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="950"/>
        <source>Saved report of %1 from %2 — 1 finding</source>
        <translation>%1 的已儲存報告（%2）— 1 項發現</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="951"/>
        <source>Saved report of %1 from %2 — %3 findings</source>
        <translation>%1 的已儲存報告（%2）— %3 項發現</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="982"/>
        <source>&amp;Stop practice server</source>
        <translation>停止練習伺服器(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="993"/>
        <source>Practice server failed</source>
        <translation>練習伺服器失敗</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="995"/>
        <source>The practice server could not start: %1</source>
        <translation>練習伺服器無法啟動：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1000"/>
        <source>Practice server stopped</source>
        <translation>練習伺服器已停止</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1022"/>
        <source>Practice server: starting “%1”…</source>
        <translation>練習伺服器：正在啟動「%1」…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1031"/>
        <source>Practice server: %1 on 127.0.0.1:%2</source>
        <translation>練習伺服器：%1，位於 127.0.0.1:%2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1032"/>
        <source>%1
SMTP with STARTTLS on 127.0.0.1:%2, implicit TLS on 127.0.0.1:%3
Throwaway CA (trusted for sessions to it): %4</source>
        <translation>%1
127.0.0.1:%2 上為 SMTP 搭配 STARTTLS，127.0.0.1:%3 上為隱含式 TLS
臨時 CA（連線至該伺服器時受信任）：%4</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1045"/>
        <source>Practice server “%1” is the target: press Connect to see a full session, or Scan</source>
        <translation>練習伺服器「%1」已設為目標：按「連線」查看完整連線階段，或按「掃描」</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1048"/>
        <source>Target: practice server “%1” — %2</source>
        <translation>目標：練習伺服器「%1」— %2</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::NotesView</name>
    <message>
        <location filename="../ui/views/notes_view.cpp" line="16"/>
        <source>Notes for this investigation: what was tried, whom you asked, the ticket number. They are saved with the workspace and printed at the top of the HTML report.</source>
        <translation>此次調查的備註：嘗試過的做法、詢問過的對象、工單編號。備註會隨工作區一併儲存，並印在 HTML 報告的最上方。</translation>
    </message>
    <message>
        <location filename="../ui/views/notes_view.cpp" line="25"/>
        <source>e.g. Partner mx.partner.example fails since Tuesday; their logs say &quot;no shared cipher&quot;.</source>
        <translation>例如：對方 mx.partner.example 自週二起連線失敗；其記錄顯示「no shared cipher」。</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::SessionOptionsDialog</name>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="33"/>
        <source>Library default</source>
        <translation>函式庫預設值</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="44"/>
        <source>Session Options</source>
        <translation>連線階段選項</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="47"/>
        <source>Names</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="51"/>
        <source>the local host name</source>
        <translation>本機主機名稱</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="52"/>
        <source>&amp;EHLO name:</source>
        <translation>EHLO 名稱(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="53"/>
        <source>Send &amp;SNI</source>
        <translation>傳送 SNI(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="58"/>
        <source>the host, when it is a name</source>
        <translation>主機（若為網域名稱）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="62"/>
        <source>Server name indication:</source>
        <translation>伺服器名稱指示（SNI）：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="65"/>
        <source>the host (use the MX name partners look up)</source>
        <translation>主機（請使用對方查詢到的 MX 名稱）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="66"/>
        <source>&amp;Verify certificate for:</source>
        <translation>驗證憑證的名稱(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="69"/>
        <source>Trust and client certificate</source>
        <translation>信任與用戶端憑證</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="71"/>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM 檔案 (*.pem *.crt *.cer *.key);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="72"/>
        <source>&amp;CA file:</source>
        <translation>CA 檔案(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="74"/>
        <source>the system trust store</source>
        <translation>系統信任庫</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="75"/>
        <source>Client &amp;certificate:</source>
        <translation>用戶端憑證(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="77"/>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="80"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="78"/>
        <source>Client &amp;key:</source>
        <translation>用戶端金鑰(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="83"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="88"/>
        <source>from</source>
        <translation>從</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="90"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="93"/>
        <source>Versions:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="97"/>
        <source>C&amp;iphers (TLS ≤ 1.2):</source>
        <translation>加密套件（TLS ≤ 1.2）(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="100"/>
        <source>OpenSSL default</source>
        <translation>OpenSSL 預設值</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="101"/>
        <source>TLS 1.3 s&amp;uites:</source>
        <translation>TLS 1.3 套件(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="104"/>
        <source>OpenSSL default, e.g. X25519:P-256</source>
        <translation>OpenSSL 預設值，例如 X25519:P-256</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="105"/>
        <source>&amp;Groups:</source>
        <translation>群組(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="110"/>
        <source>Security &amp;level:</source>
        <translation>安全等級(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="114"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="116"/>
        <source>&amp;Timeout per step:</source>
        <translation>每步逾時(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="161"/>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="208"/>
        <source>The CA file does not exist.</source>
        <translation>CA 檔案不存在。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="210"/>
        <source>The client certificate file does not exist.</source>
        <translation>用戶端憑證檔案不存在。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="212"/>
        <source>The client key file does not exist.</source>
        <translation>用戶端金鑰檔案不存在。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="214"/>
        <source>A client certificate needs its private key, and a key needs its certificate.</source>
        <translation>用戶端憑證需要對應的私密金鑰，私密金鑰也需要對應的憑證。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="217"/>
        <source>The lowest TLS version is above the highest one.</source>
        <translation>最低 TLS 版本高於最高版本。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="219"/>
        <source>The EHLO name cannot contain spaces.</source>
        <translation>EHLO 名稱不能包含空格。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="252"/>
        <source>No SNI will be sent: servers with several certificates show their default one.</source>
        <translation>將不傳送 SNI：擁有多張憑證的伺服器會出示其預設憑證。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="254"/>
        <source>Security level %1: servers with weaker keys or ciphers fail the handshake instead of being examined.</source>
        <translation>安全等級 %1：金鑰或加密套件較弱的伺服器會直接交握失敗，而無法被檢查。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="257"/>
        <source>Tip: to check a partner&apos;s view, set &quot;Verify certificate for&quot; to the MX name they look up. These options apply from the next Connect.</source>
        <translation>提示：要從對方的角度檢查，請在「驗證憑證的名稱」中填入對方查詢到的 MX 名稱。這些選項從下一次連線起生效。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="259"/>
        <source>These options apply from the next Connect.</source>
        <translation>這些選項從下一次連線起生效。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="119"/>
        <source>Proxy</source>
        <translation>代理伺服器</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="123"/>
        <source>none: direct; socks5://USER@HOST:PORT or http://HOST:PORT</source>
        <translation>無：直接連線；socks5://使用者@主機:連接埠 或 http://主機:連接埠</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="124"/>
        <source>Every connection of sessions and scans goes through this SOCKS5 proxy (it resolves host names) or HTTP proxy (CONNECT). The URL is remembered; the password is not.</source>
        <translation>工作階段與掃描的每個連線都經過此 SOCKS5 代理伺服器（由它解析主機名稱）或 HTTP 代理伺服器（CONNECT）。會記住 URL，不會記住密碼。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="126"/>
        <source>Pro&amp;xy URL:</source>
        <translation>代理伺服器 URL(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="130"/>
        <source>for the user in the URL; kept until the window closes</source>
        <translation>用於 URL 中的使用者；保留到視窗關閉</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="131"/>
        <source>Proxy pass&amp;word:</source>
        <translation>代理伺服器密碼(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="224"/>
        <source>Proxy: %1</source>
        <translation>代理伺服器：%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="226"/>
        <source>A proxy password needs a user in the proxy URL (socks5://USER@HOST:PORT).</source>
        <translation>代理伺服器密碼需要代理伺服器 URL 中有使用者（socks5://使用者@主機:連接埠）。</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::SeverityStyle</name>
    <message>
        <location filename="../ui/models/severity_style.cpp" line="14"/>
        <location filename="../ui/models/severity_style.cpp" line="20"/>
        <source>Info</source>
        <translation>資訊</translation>
    </message>
    <message>
        <location filename="../ui/models/severity_style.cpp" line="15"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../ui/models/severity_style.cpp" line="16"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../ui/models/severity_style.cpp" line="17"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../ui/models/severity_style.cpp" line="18"/>
        <source>Critical</source>
        <translation>嚴重</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::SimulateDialog</name>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="44"/>
        <source>Simulate Partner</source>
        <translation>模擬對方</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="49"/>
        <source>Partner (the client that sends mail to the server)</source>
        <translation>對方（向伺服器傳送郵件的用戶端）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="55"/>
        <source>Pasted cipher list (OpenSSL, IANA or GnuTLS priority string)…</source>
        <translation>貼上的加密套件清單（OpenSSL、IANA 或 GnuTLS 優先順序字串）…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="64"/>
        <source>e.g. ECDHE-RSA-AES128-GCM-SHA256:AES128-SHA:DES-CBC3-SHA  or  NORMAL:-VERS-ALL:+VERS-TLS1.2</source>
        <translation>例如 ECDHE-RSA-AES128-GCM-SHA256:AES128-SHA:DES-CBC3-SHA  或  NORMAL:-VERS-ALL:+VERS-TLS1.2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="70"/>
        <source>Server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="74"/>
        <source>Current target (none set in the target bar)</source>
        <translation>目前目標（目標列中尚未設定）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="75"/>
        <source>Current target %1: scan it, predict, then one real handshake with the partner&apos;s offer</source>
        <translation>目前目標 %1：先掃描、預測，再以對方的提議進行一次實際交握</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="77"/>
        <source>Saved scan report (JSON):</source>
        <translation>已儲存的掃描報告（JSON）：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="91"/>
        <source>a file written by &apos;mailtls scan --json&apos; or File → Save Report</source>
        <translation>由「mailtls scan --json」或「檔案 → 儲存報告」寫入的檔案</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="93"/>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="101"/>
        <source>&amp;Simulate</source>
        <translation>模擬(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="104"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="201"/>
        <source>Open Scan Report</source>
        <translation>開啟掃描報告</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="201"/>
        <source>JSON reports (*.json);;All files (*)</source>
        <translation>JSON 報告 (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="251"/>
        <source>The profile %1 is not available.</source>
        <translation>無法使用設定檔 %1。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="283"/>
        <source>The pasted list cannot be read: %1</source>
        <translation>無法讀取貼上的清單：%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="287"/>
        <source>Pasted %1 cipher list</source>
        <translation>貼上的 %1 加密套件清單</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="258"/>
        <source>Set a target in the target bar first, or choose a saved report.</source>
        <translation>請先在目標列中設定目標，或選擇已儲存的報告。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="266"/>
        <source>Choose a saved scan report.</source>
        <translation>請選擇已儲存的掃描報告。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="302"/>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="301"/>
        <source>%1 is not a mailtls report: %2</source>
        <translation>%1 不是 mailtls 報告：%2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="110"/>
        <source>Export HTML…</source>
        <translation>匯出 HTML…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="112"/>
        <source>The result as one HTML page for the partner&apos;s admin (as mailtls simulate --html)</source>
        <translation>將結果匯出為一個 HTML 頁面，供對方管理員查看（同 mailtls simulate --html）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="113"/>
        <source>Export PDF…</source>
        <translation>匯出 PDF…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="115"/>
        <source>The result as a PDF to send to the partner (as mailtls simulate --pdf)</source>
        <translation>將結果匯出為 PDF，傳送給對方（同 mailtls simulate --pdf）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="227"/>
        <source>Export Simulation as PDF</source>
        <translation>將模擬匯出為 PDF</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="227"/>
        <source>Export Simulation as HTML</source>
        <translation>將模擬匯出為 HTML</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="235"/>
        <source>Could not write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="236"/>
        <source>Written to %1.</source>
        <translation>已寫入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="241"/>
        <source>Writing the export…</source>
        <translation>正在寫入匯出檔案…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="306"/>
        <source>%1 holds no scan section; run a scan and save it first.</source>
        <translation>%1 不含掃描區段；請先執行掃描並儲存。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="353"/>
        <source>scanning: %1 of about %2 connections</source>
        <translation>正在掃描：%1 / 約 %2 個連線</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="356"/>
        <source>scanning the server…</source>
        <translation>正在掃描伺服器…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="356"/>
        <source>predicting…</source>
        <translation>正在預測…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="371"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="380"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="382"/>
        <source>Server not reachable</source>
        <translation>無法連上伺服器</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="388"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="394"/>
        <source>✔ Connects — %1 with %2</source>
        <translation>✔ 可連線 — %1，使用 %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="397"/>
        <source>✘ Fails — %1</source>
        <translation>✘ 失敗 — %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="403"/>
        <source>Fix for Exim:
</source>
        <translation>Exim 修正方法：
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="404"/>
        <source>Fix for Postfix:
</source>
        <translation>Postfix 修正方法：
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="408"/>
        <source>Live handshake (%1):
</source>
        <translation>實際交握（%1）：
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="409"/>
        <source>mailtls&apos;s own ClientHello, the exact offer</source>
        <translation>mailtls 自身的 ClientHello，與提議完全相同</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="409"/>
        <source>OpenSSL with the partner&apos;s offer</source>
        <translation>OpenSSL 搭配對方的提議</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="411"/>
        <source>  left out (this OpenSSL cannot send them): %1
</source>
        <translation>  已略過（此 OpenSSL 無法傳送）：%1
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="413"/>
        <source>  server chose %1 with %2%3
</source>
        <translation>  伺服器選擇了 %1，使用 %2%3
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="415"/>
        <source>, %1-bit DH prime</source>
        <translation>，%1 位元 DH 質數</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="419"/>
        <source>  the attempt failed: %1
</source>
        <translation>  嘗試失敗：%1
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="421"/>
        <source>  the partner would stop here: %1
</source>
        <translation>  對方會在此停止：%1
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="424"/>
        <source>How the prediction was reached (%1):
</source>
        <translation>預測的推導過程（%1）：
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="429"/>
        <source>
Partner source: %1
</source>
        <translation>
對方來源：%1
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="440"/>
        <source>Offers %1 · %2 suites up to TLS 1.2 · %3 TLS 1.3 suites · source: %4</source>
        <translation>提供 %1 · %2 個 TLS 1.2 以下的套件 · %3 個 TLS 1.3 套件 · 來源：%4</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="446"/>
        <source>Paste the partner&apos;s list; OpenSSL names and keywords, IANA names and GnuTLS priority strings are understood.</source>
        <translation>貼上對方的清單；可辨識 OpenSSL 名稱與關鍵字、IANA 名稱以及 GnuTLS 優先順序字串。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="463"/>
        <source>Scanning the server, then one handshake with the partner&apos;s offer. Cancel stops it at once.</source>
        <translation>正在掃描伺服器，接著以對方的提議進行一次交握。按「取消」會立即停止。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="464"/>
        <source>Predicting…</source>
        <translation>正在預測…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="468"/>
        <source>Paste the partner&apos;s cipher list.</source>
        <translation>請貼上對方的加密套件清單。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="469"/>
        <source>Choose a saved scan report, or set a target in the target bar.</source>
        <translation>請選擇已儲存的掃描報告，或在目標列中設定目標。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="473"/>
        <source>Forward the sentence above to the partner, or apply the fix for your MTA and simulate again.</source>
        <translation>將上方的說明轉寄給對方，或套用適用於您 MTA 的修正後再模擬一次。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="475"/>
        <source>Pick another partner or server and simulate again.</source>
        <translation>選擇其他對方或伺服器後再模擬一次。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="477"/>
        <source>Pick a partner and a server, then press Simulate.</source>
        <translation>選擇對方與伺服器，然後按「模擬」。</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::StrengthChart</name>
    <message>
        <location filename="../ui/views/strength_chart.cpp" line="90"/>
        <source>accepted suites</source>
        <translation>已接受的套件</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::SuiteExplainerDialog</name>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="41"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="41"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="49"/>
        <source>Explain Cipher Suite</source>
        <translation>解析加密套件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="53"/>
        <source>&amp;Suite:</source>
        <translation>套件(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="56"/>
        <source>e.g. ECDHE-RSA-AES256-GCM-SHA384, TLS_AES_128_GCM_SHA256 or 0xC02F</source>
        <translation>例如 ECDHE-RSA-AES256-GCM-SHA384、TLS_AES_128_GCM_SHA256 或 0xC02F</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="64"/>
        <source>E&amp;xplain</source>
        <translation>解析(&amp;X)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="77"/>
        <source>IANA names</source>
        <translation>IANA 名稱</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="78"/>
        <source>OpenSSL names</source>
        <translation>OpenSSL 名稱</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="79"/>
        <source>GnuTLS names</source>
        <translation>GnuTLS 名稱</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="191"/>
        <source>Type a suite name in any notation, or its code, or pick one from the list.</source>
        <translation>以任何表示法輸入套件名稱或其代碼，或從清單中選擇。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="193"/>
        <source>%1 is graded %2. Pick another suite to compare.</source>
        <translation>%1 的評等為「%2」。請選擇其他套件進行比較。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="196"/>
        <source>Not a known suite: pick one of the suggestions or from the list.</source>
        <translation>不是已知的套件：請從建議或清單中選擇。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="198"/>
        <source>Press Enter to explain, or choose a completion.</source>
        <translation>按 Enter 進行解析，或選擇自動完成項目。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="221"/>
        <source>Unknown cipher suite “%1”</source>
        <translation>未知的加密套件「%1」</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="223"/>
        <source>No suite name is close to this. Try the list on the left.</source>
        <translation>沒有相近的套件名稱。請試試左側的清單。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="225"/>
        <source>Did you mean:</source>
        <translation>您是不是要找：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="240"/>
        <source>OpenSSL: %1</source>
        <translation>OpenSSL：%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="242"/>
        <source>GnuTLS: %1</source>
        <translation>GnuTLS：%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="244"/>
        <source>typed as %1</source>
        <translation>輸入為 %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="255"/>
        <source>Key exchange</source>
        <translation>金鑰交換</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="256"/>
        <source>Authentication</source>
        <translation>身分驗證</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="257"/>
        <source>Bulk cipher</source>
        <translation>對稱加密演算法</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="258"/>
        <source>MAC / PRF</source>
        <translation>MAC / PRF</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="265"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="266"/>
        <source>Forward secrecy</source>
        <translation>前向保密</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="267"/>
        <source>AEAD</source>
        <translation>AEAD</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="268"/>
        <source>Certificate needed</source>
        <translation>需要憑證</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::TargetBar</name>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="23"/>
        <source>&amp;Host:</source>
        <translation>主機(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="26"/>
        <source>mail.example.org</source>
        <translation>mail.example.org</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="28"/>
        <source>Host name or address of the mail server</source>
        <translation>郵件伺服器的主機名稱或位址</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="31"/>
        <source>&amp;Port:</source>
        <translation>連接埠(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="36"/>
        <source>25 SMTP, 587 submission, 465 SMTPS (implicit TLS), 24 LMTP, 143 IMAP, 993 IMAPS, 110 POP3, 995 POP3S, 4190 ManageSieve</source>
        <translation>25 SMTP，587 提交（submission），465 SMTPS（隱含式 TLS），24 LMTP，143 IMAP，993 IMAPS，110 POP3，995 POP3S，4190 ManageSieve</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="40"/>
        <source>&amp;Mode:</source>
        <translation>模式(&amp;M)：</translation>
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
        <translation>隱含式 TLS（SMTPS）</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="46"/>
        <source>IMAP STARTTLS</source>
        <translation>IMAP STARTTLS</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="47"/>
        <source>Implicit TLS (IMAPS)</source>
        <translation>隱含式 TLS（IMAPS）</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="48"/>
        <source>POP3 STLS</source>
        <translation>POP3 STLS</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="49"/>
        <source>Implicit TLS (POP3S)</source>
        <translation>隱含式 TLS（POP3S）</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="50"/>
        <source>ManageSieve STARTTLS</source>
        <translation>ManageSieve STARTTLS</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="51"/>
        <source>Plain TCP (TLS, no SMTP)</source>
        <translation>純 TCP（TLS，無 SMTP）</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="52"/>
        <source>TLS right after the TCP connect, without any SMTP (e.g. openssl s_server)</source>
        <translation>TCP 連線後立即開始 TLS，不使用 SMTP（例如 openssl s_server）</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="54"/>
        <source>How TLS starts: after STARTTLS, from the first byte, or not at all</source>
        <translation>TLS 的啟動方式：STARTTLS 之後、從第一個位元組開始，或完全不用</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="59"/>
        <source>&amp;Options…</source>
        <translation>選項(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="60"/>
        <source>SNI, verification name, CA file, client certificate, TLS versions, ciphers, groups, EHLO name, proxy</source>
        <translation>SNI、驗證名稱、CA 檔案、用戶端憑證、TLS 版本、加密套件、群組、EHLO 名稱、代理伺服器</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::TranscriptModel</name>
    <message>
        <location filename="../ui/models/transcript_model.cpp" line="87"/>
        <source>Sent by the workbench (client)</source>
        <translation>由工作台（用戶端）傳送</translation>
    </message>
    <message>
        <location filename="../ui/models/transcript_model.cpp" line="88"/>
        <source>Sent by the server</source>
        <translation>由伺服器傳送</translation>
    </message>
    <message>
        <location filename="../ui/models/transcript_model.cpp" line="89"/>
        <source>TLS event</source>
        <translation>TLS 事件</translation>
    </message>
    <message>
        <location filename="../ui/models/transcript_model.cpp" line="90"/>
        <source>Note from the workbench</source>
        <translation>工作台備註</translation>
    </message>
    <message>
        <location filename="../ui/models/transcript_model.cpp" line="112"/>
        <source>%1 ms after the session started</source>
        <translation>連線階段開始後 %1 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/models/transcript_model.cpp" line="139"/>
        <source>Time (s)</source>
        <translation>時間（秒）</translation>
    </message>
    <message>
        <location filename="../ui/models/transcript_model.cpp" line="140"/>
        <source>Dir</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../ui/models/transcript_model.cpp" line="141"/>
        <source>Line</source>
        <translation>內容</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::TranscriptView</name>
    <message>
        <location filename="../ui/views/transcript_view.cpp" line="33"/>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/views/transcript_view.cpp" line="39"/>
        <source>Select &amp;All</source>
        <translation>全選(&amp;A)</translation>
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
        <translation>已於 %1 過期</translation>
    </message>
    <message>
        <location filename="../ui/views/validity_timeline.cpp" line="139"/>
        <source>from %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <location filename="../ui/views/validity_timeline.cpp" line="143"/>
        <source>until %1 (%2)</source>
        <translation>至 %1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/views/validity_timeline.cpp" line="168"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::WorkspaceController</name>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="97"/>
        <source>&amp;New Workspace</source>
        <translation>新增工作區(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="100"/>
        <source>Start a new investigation: no reports, no notes</source>
        <translation>開始新的調查：沒有報告，也沒有備註</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="103"/>
        <source>Open &amp;Workspace…</source>
        <translation>開啟工作區(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="105"/>
        <source>Reopen a saved investigation (or a JSON report) as it was left</source>
        <translation>依離開時的狀態重新開啟已儲存的調查（或 JSON 報告）</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="108"/>
        <source>Save Wor&amp;kspace</source>
        <translation>儲存工作區(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="110"/>
        <source>Save targets, reports, notes and the open tab in one file</source>
        <translation>將目標、報告、備註與開啟中的分頁儲存到單一檔案</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="113"/>
        <source>Save Workspace &amp;As…</source>
        <translation>另存工作區(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="117"/>
        <source>&amp;Export HTML Report…</source>
        <translation>匯出 HTML 報告(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="119"/>
        <source>One printable HTML file of the report shown, with your notes, to attach to a ticket</source>
        <translation>將目前顯示的報告連同備註匯出為一個可列印的 HTML 檔案，以附加到工單</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="122"/>
        <source>Export &amp;Investigation as HTML…</source>
        <translation>將調查匯出為 HTML(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="124"/>
        <source>Every report of this workspace and your notes in one printable HTML file</source>
        <translation>將此工作區的所有報告與備註匯出為一個可列印的 HTML 檔案</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="127"/>
        <source>Export as &amp;PDF…</source>
        <translation>匯出為 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="129"/>
        <source>The report shown as a PDF to forward to a partner&apos;s admin: verdict, findings with their fixes, chain, matrix</source>
        <translation>將目前的報告匯出為 PDF，轉寄給合作方的管理員：結論、發現及其修正方式、憑證鏈、加密套件矩陣</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="596"/>
        <source>Export as PDF</source>
        <translation>匯出為 PDF</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="606"/>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF 檔案 (*.pdf);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="634"/>
        <source>PDF report written to %1</source>
        <translation>PDF 報告已寫入 %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="173"/>
        <location filename="../ui/workspace_controller.cpp" line="547"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="313"/>
        <source>MailTLS Workbench</source>
        <translation>MailTLS 工作台</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="315"/>
        <source>%1%2 — MailTLS Workbench</source>
        <translation>%1%2 — MailTLS 工作台</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="322"/>
        <location filename="../ui/workspace_controller.cpp" line="483"/>
        <location filename="../ui/workspace_controller.cpp" line="505"/>
        <source>Save Workspace</source>
        <translation>儲存工作區</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="323"/>
        <location filename="../ui/workspace_controller.cpp" line="436"/>
        <source>Open Workspace</source>
        <translation>開啟工作區</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="338"/>
        <source>The workspace “%1” has changes that are not saved.
Save them first?</source>
        <translation>工作區「%1」有尚未儲存的變更。
要先儲存嗎？</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="343"/>
        <source>Unsaved workspace</source>
        <translation>未儲存的工作區</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="359"/>
        <location filename="../ui/workspace_controller.cpp" line="372"/>
        <source>Wait for the session or scan to finish first.</source>
        <translation>請先等待連線階段或掃描結束。</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="366"/>
        <source>New workspace</source>
        <translation>新工作區</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="379"/>
        <source>Workspaces (*.%1);;JSON reports (*.json);;All files (*)</source>
        <translation>工作區 (*.%1);;JSON 報告 (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="422"/>
        <source>Still opening the previous file.</source>
        <translation>仍在開啟上一個檔案。</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="425"/>
        <source>Opening %1…</source>
        <translation>正在開啟 %1…</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="432"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="436"/>
        <source>Import Report</source>
        <translation>匯入報告</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="452"/>
        <source>Opened %1 — 1 report</source>
        <translation>已開啟 %1 — 1 份報告</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="453"/>
        <source>Opened %1 — %2 reports</source>
        <translation>已開啟 %1 — %2 份報告</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="474"/>
        <source>Imported the report %1 into a new workspace</source>
        <translation>已將報告 %1 匯入新的工作區</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="498"/>
        <source>Workspaces (*.%1);;All files (*)</source>
        <translation>工作區 (*.%1);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="525"/>
        <source>Workspace saved to %1</source>
        <translation>工作區已儲存到 %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="547"/>
        <source>MailTLS investigation — %1</source>
        <translation>MailTLS 調查 — %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="556"/>
        <source>There is no report to export yet.</source>
        <translation>目前沒有可匯出的報告。</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="579"/>
        <source>Export HTML Report</source>
        <translation>匯出 HTML 報告</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="607"/>
        <source>HTML files (*.html);;All files (*)</source>
        <translation>HTML 檔案 (*.html);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="632"/>
        <source>Could not write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="636"/>
        <source>HTML report written to %1</source>
        <translation>HTML 報告已寫入 %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="587"/>
        <source>Export Investigation as HTML</source>
        <translation>將調查匯出為 HTML</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="657"/>
        <location filename="../ui/workspace_controller.cpp" line="702"/>
        <source>Autosave failed: %1</source>
        <translation>自動儲存失敗：%1</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="698"/>
        <source>cannot create %1</source>
        <translation>無法建立 %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="699"/>
        <source>cannot write %1</source>
        <translation>無法寫入 %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="763"/>
        <source>Restored the autosaved workspace from %1</source>
        <translation>已還原 %1 自動儲存的工作區</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="776"/>
        <source>an untitled workspace</source>
        <translation>未命名的工作區</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="777"/>
        <source>MailTLS Workbench did not close normally. Changes to %1 were autosaved at %2 (reports: %3) but not saved.

Restore them?</source>
        <translation>MailTLS 工作台上次未正常關閉。%1 的變更已於 %2 自動儲存（報告：%3），但尚未正式儲存。

要還原這些變更嗎？</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="785"/>
        <location filename="../ui/workspace_controller.cpp" line="801"/>
        <source>Recover workspace</source>
        <translation>復原工作區</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="786"/>
        <source>Restore</source>
        <translation>還原</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="787"/>
        <source>Discard</source>
        <translation>捨棄</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="788"/>
        <source>Not now</source>
        <translation>暫時不要</translation>
    </message>
</context>
</TS>
