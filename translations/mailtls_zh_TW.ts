<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>mailtls</name>
    <message>
        <location filename="../app/cli/explain_command.cpp" line="66"/>
        <source>(try &apos;mailtls explain --help&apos;)</source>
        <translation>（參見 &apos;mailtls explain --help&apos;）</translation>
    </message>
    <message>
        <location filename="../app/cli/explain_command.cpp" line="75"/>
        <source>name a cipher suite, e.g. &apos;mailtls explain ECDHE-RSA-AES128-GCM-SHA256&apos;</source>
        <translation>請指定一個加密套件，例如 &apos;mailtls explain ECDHE-RSA-AES128-GCM-SHA256&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="114"/>
        <source>--%1 must be a number of seconds between 0 and 3600, not &apos;%2&apos;</source>
        <translation>--%1 必須是 0 到 3600 之間的秒數，而不是 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="129"/>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 必須是 %2 到 %3 之間的整數，而不是 &apos;%4&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="140"/>
        <source>--%1 needs one name without spaces or line breaks</source>
        <translation>--%1 需要一個不含空格或換行的名稱</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="157"/>
        <source>--starttls must be smtp, lmtp, imap, pop3, sieve, none or auto, not &apos;%1&apos;</source>
        <translation>--starttls 必須是 smtp、lmtp、imap、pop3、sieve、none 或 auto，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="179"/>
        <source>--sni and --no-sni contradict each other</source>
        <translation>--sni 與 --no-sni 互相矛盾</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="196"/>
        <source>--json %1: is a directory</source>
        <translation>--json %1：是一個目錄</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="201"/>
        <source>--json %1: directory %2 does not exist</source>
        <translation>--json %1：目錄 %2 不存在</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="205"/>
        <source>--json %1: directory %2 is not writable</source>
        <translation>--json %1：目錄 %2 無法寫入</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="209"/>
        <source>--json %1: file is not writable</source>
        <translation>--json %1：檔案無法寫入</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="221"/>
        <location filename="../app/cli/explain_command.cpp" line="80"/>
        <location filename="../app/cli/records_command.cpp" line="188"/>
        <source>--json needs a file name or &apos;-&apos;</source>
        <translation>--json 需要一個檔案名稱或 &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="231"/>
        <source>--html needs a file name</source>
        <translation>--html 需要一個檔案名稱</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="240"/>
        <source>--pdf needs a file name</source>
        <translation>--pdf 需要一個檔案名稱</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="247"/>
        <source>--fail-on must be info, low, medium, high or critical, not &apos;%1&apos;</source>
        <translation>--fail-on 必須是 info、low、medium、high 或 critical，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="274"/>
        <source>%1%2: no such file</source>
        <translation>%1%2：檔案不存在</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="275"/>
        <location filename="../app/cli/common_options.cpp" line="295"/>
        <location filename="../app/cli/common_options.cpp" line="302"/>
        <source>%1%2: cannot read (%3)</source>
        <translation>%1%2：無法讀取（%3）</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="279"/>
        <source>%1%2: is a directory</source>
        <translation>%1%2：是一個目錄</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="284"/>
        <source>%1%2: is not a regular file (a pipe, socket or device); save it to a file first</source>
        <translation>%1%2：不是一般檔案（而是管線、通訊端或裝置）；請先存成檔案</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="289"/>
        <source>%1%2: is not a regular file</source>
        <translation>%1%2：不是一般檔案</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="328"/>
        <location filename="../app/cli/compare_command.cpp" line="284"/>
        <location filename="../app/cli/explain_command.cpp" line="128"/>
        <location filename="../app/cli/records_command.cpp" line="236"/>
        <location filename="../app/cli/simulate_command.cpp" line="474"/>
        <source>cannot write --json %1: %2</source>
        <translation>無法寫入 --json %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="338"/>
        <location filename="../app/cli/compare_command.cpp" line="291"/>
        <location filename="../app/cli/simulate_command.cpp" line="481"/>
        <source>cannot write --html %1: %2</source>
        <translation>無法寫入 --html %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="349"/>
        <location filename="../app/cli/compare_command.cpp" line="300"/>
        <location filename="../app/cli/simulate_command.cpp" line="489"/>
        <source>cannot write --pdf %1: %2</source>
        <translation>無法寫入 --pdf %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="381"/>
        <source>cannot read passphrase file %1: %2</source>
        <translation>無法讀取密語檔案 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="388"/>
        <source>passphrase file %1 is empty (the first line is the passphrase)</source>
        <translation>密語檔案 %1 是空的（第一行即為密語）</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="416"/>
        <source>--proxy-pass-file needs --proxy</source>
        <translation>--proxy-pass-file 需要 --proxy</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="433"/>
        <source>--proxy-pass-file needs a user in the --proxy URL (socks5://USER@HOST:PORT)</source>
        <translation>--proxy-pass-file 需要 --proxy URL 中包含使用者名稱（socks5://USER@HOST:PORT）</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="135"/>
        <source>&apos;%1&apos; is not available in this build yet (try &apos;mailtls --help&apos;)</source>
        <translation>此版本尚未提供 &apos;%1&apos;（參見 &apos;mailtls --help&apos;）</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="138"/>
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
        <location filename="../app/cli/cert_inspect_command.cpp" line="277"/>
        <source>no certificate in %1 (only private keys)</source>
        <translation>%1 中沒有憑證（只有私密金鑰）</translation>
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
        <location filename="../app/cli/report_printer.cpp" line="244"/>
        <location filename="../app/cli/report_printer.cpp" line="398"/>
        <location filename="../app/cli/report_printer.cpp" line="618"/>
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
        <location filename="../app/cli/report_printer.cpp" line="251"/>
        <location filename="../app/cli/simulate_command.cpp" line="172"/>
        <location filename="../app/cli/simulate_command.cpp" line="350"/>
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
        <location filename="../app/cli/report_printer.cpp" line="594"/>
        <location filename="../app/cli/report_printer.cpp" line="644"/>
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
        <location filename="../app/cli/compare_command.cpp" line="197"/>
        <source>(try &apos;mailtls compare --help&apos;)</source>
        <translation>（參見 &apos;mailtls compare --help&apos;）</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="223"/>
        <source>  scanning %1 server(s)...
</source>
        <translation>  正在掃描 %1 台伺服器...
</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="227"/>
        <source>  scanned %1 (%2 connections, %3 s)
</source>
        <translation>  已掃描 %1（%2 次連線，%3 秒）
</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="236"/>
        <location filename="../app/cli/report_printer.cpp" line="454"/>
        <location filename="../app/cli/report_printer.cpp" line="672"/>
        <location filename="../app/cli/scan_command.cpp" line="87"/>
        <source>interrupted</source>
        <translation>已中斷</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="244"/>
        <location filename="../app/cli/scan_command.cpp" line="91"/>
        <location filename="../app/cli/simulate_command.cpp" line="458"/>
        <source>cannot scan %1: %2</source>
        <translation>無法掃描 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="262"/>
        <source>live scan now</source>
        <translation>現在即時掃描</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="264"/>
        <source>time unknown</source>
        <translation>時間未知</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="265"/>
        <source>saved %1 report of %2, %3</source>
        <translation>已儲存的 %2 的 %1 報告，%3</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="456"/>
        <location filename="../app/cli/report_printer.cpp" line="674"/>
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
        <location filename="../app/cli/report_printer.cpp" line="471"/>
        <source>TLS handshake failed</source>
        <translation>TLS 交握失敗</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="472"/>
        <source>TLS handshake failed (%1)</source>
        <translation>TLS 交握失敗（%1）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="476"/>
        <source>no TLS (STARTTLS refused: %1)</source>
        <translation>無 TLS（STARTTLS 被拒絕：%1）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="478"/>
        <source>no TLS</source>
        <translation>無 TLS</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="478"/>
        <source>no TLS (STARTTLS not offered)</source>
        <translation>無 TLS（未提供 STARTTLS）</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="217"/>
        <location filename="../app/cli/report_printer.cpp" line="483"/>
        <location filename="../app/cli/report_printer.cpp" line="689"/>
        <source>no findings</source>
        <translation>沒有發現</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="497"/>
        <source>likely: %1</source>
        <translation>可能原因：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="529"/>
        <source>Scan</source>
        <translation>掃描</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="531"/>
        <source>No scan ran.</source>
        <translation>未執行掃描。</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="535"/>
        <source>Protocols</source>
        <translation>協定</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="539"/>
        <location filename="../app/cli/report_printer.cpp" line="599"/>
        <location filename="../app/cli/report_printer.cpp" line="649"/>
        <source>not tested</source>
        <translation>未測試</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="541"/>
        <location filename="../app/cli/report_printer.cpp" line="633"/>
        <source>accepted</source>
        <translation>接受</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="543"/>
        <source>not accepted</source>
        <translation>不接受</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="561"/>
        <source>client&apos;s order</source>
        <translation>用戶端順序</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="563"/>
        <source>server&apos;s order</source>
        <translation>伺服器順序</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="565"/>
        <source>order not tested</source>
        <translation>順序未測試</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="566"/>
        <source>%1 suites (%2, %3)</source>
        <translation>%1 套件（%2，%3）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="578"/>
        <source>Groups</source>
        <translation>群組</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="578"/>
        <source>none found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="579"/>
        <source>DH prime</source>
        <translation>DH 質數</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="579"/>
        <source>%1 bits (smallest seen)</source>
        <translation>%1 位元（所見最小）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="580"/>
        <source>no DHE suite accepted</source>
        <translation>不接受任何 DHE 套件</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="581"/>
        <source>Certificate types</source>
        <translation>憑證類型</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="582"/>
        <location filename="../app/cli/simulate_command.cpp" line="363"/>
        <source>none seen</source>
        <translation>未見</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="595"/>
        <location filename="../app/cli/report_printer.cpp" line="645"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="601"/>
        <source>Hygiene</source>
        <translation>安全衛生</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="607"/>
        <source>Attacks</source>
        <translation>攻擊</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="608"/>
        <source>heartbleed leak %1, CCS injection accepted %2, ROBOT oracle %3, ticketbleed leak %4</source>
        <translation>Heartbleed 洩漏 %1，接受 CCS 注入 %2，ROBOT 預言機 %3，Ticketbleed 洩漏 %4</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="612"/>
        <source> (no lifetime hint)</source>
        <translation>（無有效期提示）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="612"/>
        <source> (lifetime %1 s)</source>
        <translation>（有效期 %1 秒）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="614"/>
        <source>Resumption</source>
        <translation>工作階段恢復</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="615"/>
        <source>session id %1, ticket %2%3, TLS 1.3 ticket %4%5</source>
        <translation>工作階段 ID %1，票證 %2%3，TLS 1.3 票證 %4%5</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="620"/>
        <source>unusable (see --json)</source>
        <translation>無法使用（見 --json）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="622"/>
        <source>, this update %1</source>
        <translation>，本次更新 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="624"/>
        <source>, next update %1%2</source>
        <translation>，下次更新 %1%2</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="626"/>
        <source> (passed)</source>
        <translation>（已過）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="629"/>
        <source>; the certificate is must-staple</source>
        <translation>；憑證要求裝訂（must-staple）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="630"/>
        <source>OCSP staple</source>
        <translation>OCSP 裝訂</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="635"/>
        <source>not offered</source>
        <translation>未提供</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="635"/>
        <source>rejected</source>
        <translation>被拒絕</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="636"/>
        <source>0-RTT</source>
        <translation>0-RTT</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="652"/>
        <source>role %1: MAIL before TLS %2, AUTH before TLS %3, command injection %4</source>
        <translation>角色 %1：TLS 前 MAIL %2，TLS 前 AUTH %3，指令注入 %4</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="655"/>
        <source>%1 byte(s) of cleartext after the 220 to STARTTLS</source>
        <translation>STARTTLS 的 220 回覆之後有 %1 位元組明文</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="657"/>
        <source>%1 connections, %2 handshakes</source>
        <translation>%1 次連線，%2 次交握</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="659"/>
        <source>, %1 retries after busy answers</source>
        <translation>，因忙碌回應重試 %1 次</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="660"/>
        <source>Cost</source>
        <translation>開銷</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="660"/>
        <source> in %1 s</source>
        <translation>，耗時 %1 秒</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="684"/>
        <source>no TLS version accepted</source>
        <translation>不接受任何 TLS 版本</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="685"/>
        <source>%1; %2 suite/version pairs</source>
        <translation>%1；%2 個套件/版本組合</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="686"/>
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
        <location filename="../app/cli/scan_command.cpp" line="103"/>
        <source>(try &apos;mailtls scan --help&apos;)</source>
        <translation>（參見 &apos;mailtls scan --help&apos;）</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="165"/>
        <source>Built-in partner profiles (mailtls simulate --client NAME):

</source>
        <translation>內建對方設定檔（mailtls simulate --client NAME）：

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
      提供 %3；%4 個 TLS 1.2 及以下套件，%5 個 TLS 1.3 套件；最小 DH %6
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="172"/>
        <location filename="../app/cli/simulate_command.cpp" line="350"/>
        <location filename="../app/cli/simulate_command.cpp" line="363"/>
        <source>%1 bits</source>
        <translation>%1 位元</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="173"/>
        <location filename="../app/cli/simulate_command.cpp" line="351"/>
        <source>source: </source>
        <translation>來源： </translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="176"/>
        <source>  (a profile file did not load: %1)
</source>
        <translation>  （有一個設定檔未能載入：%1）
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="202"/>
        <source>unexpected &apos;%1&apos;: name the server with --server or --report</source>
        <translation>意外的 &apos;%1&apos;：請用 --server 或 --report 指定伺服器</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="207"/>
        <source>name the server with either --server HOST[:PORT] or --report FILE.json</source>
        <translation>請用 --server HOST[:PORT] 或 --report FILE.json 之一指定伺服器</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="230"/>
        <source>--%1 needs --server (a report is not contacted)</source>
        <translation>--%1 需要 --server（不會連線報告中的伺服器）</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="240"/>
        <source>--report %1: holds no scan section (make one with &apos;mailtls scan HOST --json FILE&apos;)</source>
        <translation>--report %1：不含掃描部分（請用 &apos;mailtls scan HOST --json FILE&apos; 產生）</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="246"/>
        <source>name the partner with either --client PROFILE or --cipher-list LIST</source>
        <translation>請用 --client PROFILE 或 --cipher-list LIST 之一指定對方</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="256"/>
        <source>unknown profile &apos;%1&apos;; built-in: %2</source>
        <translation>未知的設定檔 &apos;%1&apos;；內建：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="261"/>
        <source>--syntax applies to --cipher-list only</source>
        <translation>--syntax 僅適用於 --cipher-list</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="267"/>
        <source>--syntax must be auto, openssl, iana or gnutls, not &apos;%1&apos;</source>
        <translation>--syntax 必須是 auto、openssl、iana 或 gnutls，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="285"/>
        <source>--versions: unknown version &apos;%1&apos; (use 1.0, 1.1, 1.2, 1.3 or SSLv3)</source>
        <translation>--versions：未知版本 &apos;%1&apos;（可用 1.0、1.1、1.2、1.3 或 SSLv3）</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="300"/>
        <source>--groups: unknown group &apos;%1&apos;</source>
        <translation>--groups：未知的群組 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="312"/>
        <source>--sigalgs: unknown signature algorithm &apos;%1&apos;</source>
        <translation>--sigalgs：未知的簽章演算法 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="323"/>
        <source>--min-dh-bits must be a whole number from 0 to 16384, not &apos;%1&apos;</source>
        <translation>--min-dh-bits 必須是 0 到 16384 之間的整數，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="328"/>
        <source>the partner offers no suite for any of its versions (%1)</source>
        <translation>對方的任何版本都沒有提供套件（%1）</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="344"/>
        <source>Partner</source>
        <translation>對方</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="345"/>
        <source>          offers %1; %2 suites up to TLS 1.2, %3 TLS 1.3 suites; groups: %4; minimum DH: %5
</source>
        <translation>          提供 %1；%2 個 TLS 1.2 及以下套件，%3 個 TLS 1.3 套件；群組：%4；最小 DH：%5
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="349"/>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="353"/>
        <source>          not understood (left out): %1
</source>
        <translation>          無法辨識（已略去）：%1
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="359"/>
        <source>Server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="360"/>
        <source>          accepts %1; certificates: %2; DH prime: %3
</source>
        <translation>          接受 %1；憑證：%2；DH 質數：%3
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="361"/>
        <source>no version</source>
        <translation>無版本</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="362"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="366"/>
        <source>Prediction: CONNECTS — %1 with %2%3
</source>
        <translation>預測：可以連線 — %1，套件 %2%3
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="368"/>
        <location filename="../app/cli/simulate_command.cpp" line="395"/>
        <source>, group %1</source>
        <translation>，群組 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="370"/>
        <source>Prediction: FAILS — %1
</source>
        <translation>預測：失敗 — %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="373"/>
        <source>  How:
</source>
        <translation>  推理過程：
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="380"/>
        <source>
Fix for Exim:
</source>
        <translation>
Exim 的修正方法：
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="382"/>
        <source>Fix for Postfix:
</source>
        <translation>Postfix 的修正方法：
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="386"/>
        <source>
Live handshake (%1)
</source>
        <translation>
實際交握（%1）
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="387"/>
        <source>mailtls&apos;s own ClientHello: the exact offer</source>
        <translation>mailtls 自己的 ClientHello：完全按對方的提供</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="388"/>
        <source>OpenSSL client with the partner&apos;s offer</source>
        <translation>使用對方提供內容的 OpenSSL 用戶端</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="390"/>
        <source>  left out (this OpenSSL cannot send them): %1
</source>
        <translation>  已略去（此 OpenSSL 無法送出）：%1
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="392"/>
        <source>  server chose %1 with %2%3
</source>
        <translation>  伺服器選擇了 %1，套件 %2%3
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="394"/>
        <source>, %1-bit DH prime</source>
        <translation>，%1 位元 DH 質數</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="399"/>
        <source>  the partner would stop here: %1
</source>
        <translation>  對方會在此停止：%1
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="401"/>
        <source>  error: %1
</source>
        <translation>  錯誤：%1
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="444"/>
        <source>  scanning the server: %1/%2 connections </source>
        <translation>  正在掃描伺服器：%1/%2 次連線 </translation>
    </message>
    <message>
        <location filename="../app/cli/cert_command.cpp" line="76"/>
        <source>unknown subcommand &apos;%1&apos; (try &apos;mailtls cert --help&apos;)</source>
        <translation>未知的子指令 &apos;%1&apos;（參見 &apos;mailtls cert --help&apos;）</translation>
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
        <translation>（參見 &apos;%1 --help&apos;）</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="211"/>
        <source>Would a sender deliver to %1?</source>
        <translation>寄件方能否投遞到 %1？</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="220"/>
        <source>not looked up</source>
        <translation>未查詢</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="222"/>
        <source>no answer</source>
        <translation>無回應</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="232"/>
        <source>MX (%1)</source>
        <translation>MX（%1）</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="234"/>
        <source>  null MX (RFC 7505): the domain accepts no mail

</source>
        <translation>  空 MX（RFC 7505）：該網域不接收郵件

</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="236"/>
        <source>  no MX records: the domain&apos;s own addresses stand in (RFC 5321 §5.1)
</source>
        <translation>  沒有 MX 記錄：使用該網域自身的位址（RFC 5321 §5.1）
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="238"/>
        <source>  no MX host

</source>
        <translation>  沒有 MX 主機

</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="242"/>
        <source>  (not checked)
</source>
        <translation>  （未檢查）
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="254"/>
        <source>        no address
</source>
        <translation>        沒有位址
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="260"/>
        <source>        %1  (not connected: --no-sessions)
</source>
        <translation>        %1  （未連線：--no-sessions）
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="262"/>
        <source>        and %1 more address(es), not checked
</source>
        <translation>        另有 %1 個位址未檢查
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="277"/>
        <source>no connection: %1</source>
        <translation>無法連線：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="279"/>
        <source>no STARTTLS</source>
        <translation>無 STARTTLS</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="281"/>
        <source>TLS failed: %1</source>
        <translation>TLS 失敗：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="286"/>
        <source>CN=%1 until %2</source>
        <translation>CN=%1，有效至 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="288"/>
        <source>trusted</source>
        <translation>受信任</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="288"/>
        <source>untrusted</source>
        <translation>不受信任</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="289"/>
        <source>name ok</source>
        <translation>名稱相符</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="289"/>
        <source>name mismatch</source>
        <translation>名稱不符</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="297"/>
        <source>DANE (TLSA records)</source>
        <translation>DANE（TLSA 記錄）</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="456"/>
        <source>Domain %1</source>
        <translation>網域 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="475"/>
        <source>Records to publish (the MX set and the keys served now)</source>
        <translation>需要發布的記錄（MX 集合與目前提供的金鑰）</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="209"/>
        <source>Mail logs: %1 file(s), %2 lines (%3 not understood), %4 distinct messages, %5 – %6
</source>
        <translation>郵件日誌：%1 個檔案，%2 行（%3 行無法辨識），%4 封不同郵件，%5 – %6
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="214"/>
        <source>  %1  %2%3  %4 lines, %5 parsed, %6 not understood%7%8
</source>
        <translation>  %1  %2%3  %4 行，已解析 %5 行，%6 行無法辨識%7%8
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="218"/>
        <source>, %1 outside the time range</source>
        <translation>，%1 行超出時間範圍</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="219"/>
        <source>, %1 cut at the line limit</source>
        <translation>，%1 行因長度上限被截斷</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="221"/>
        <source>    stopped: %1
</source>
        <translation>    已停止：%1
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="223"/>
        <source>    no known log format in the first lines (Exim main log, syslog with Exim or Postfix, journalctl short-iso or json)
</source>
        <translation>    前幾行中沒有可辨識的日誌格式（Exim 主日誌、含 Exim 或 Postfix 的 syslog、journalctl short-iso 或 json）
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="225"/>
        <source>    line %1: %2
</source>
        <translation>    第 %1 行：%2
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="227"/>
        <source>    … and %1 more not understood
</source>
        <translation>    … 另有 %1 行無法辨識
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="229"/>
        <source>
Partners: %1 inbound, %2 outbound; %3 messages, TLS %4; %5 cleartext (%6 partner(s)), %7 after a TLS failure
</source>
        <translation>
對方：%1 個入站，%2 個出站；%3 封郵件，TLS %4；%5 封明文（%6 個對方），%7 封在 TLS 失敗後傳送
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="238"/>
        <source>
TLS failures by cause
</source>
        <translation>
依原因分類的 TLS 失敗
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="249"/>
        <source>      … and %1 more
</source>
        <translation>      … 另有 %1 個
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="256"/>
        <source>      %1 %2  ×%3, last %4
</source>
        <translation>      %1 %2  ×%3，最近 %4
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="260"/>
        <source>        e.g. %1 (%2)
</source>
        <translation>        例如 %1（%2）
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="264"/>
        <source>    next: %1
</source>
        <translation>    下一步：%1
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="278"/>
        <source>
Cleartext partners
</source>
        <translation>
明文通訊的對方
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="282"/>
        <source>  … and %1 more
</source>
        <translation>  … 另有 %1 個
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="285"/>
        <source>  %1 %2  %3 of %4 message(s) in cleartext%5, last %6
</source>
        <translation>  %1 %2  %4 封郵件中有 %3 封為明文%5，最近 %6
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="295"/>
        <source>
Partners (most failures first, then most messages)
</source>
        <translation>
對方（失敗最多者優先，其次為郵件最多者）
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="299"/>
        <source>  … and %1 more (--top 0 lists all)
</source>
        <translation>  … 另有 %1 個（--top 0 列出全部）
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="312"/>
        <source>      %1 message(s), %2 connection(s), TLS %3: %4
</source>
        <translation>      %1 封郵件，%2 次連線，TLS %3：%4
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="314"/>
        <source>      cipher %1; verified %2; first %3, last %4
</source>
        <translation>      加密套件 %1；已驗證 %2；首次 %3，最近 %4
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="325"/>
        <source>      failures: %1
</source>
        <translation>      失敗：%1
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="331"/>
        <source>
What breaks if: %1
</source>
        <translation>
如果 %1，哪些會中斷
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="333"/>
        <source>  cannot simulate: %1
</source>
        <translation>  無法模擬：%1
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="335"/>
        <source>  server as simulated: %1
</source>
        <translation>  模擬的伺服器：%1
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="342"/>
        <source>    %1 %2  %3 message(s), last seen %4%5
</source>
        <translation>    %1 %2  %3 封郵件，最近出現 %4%5
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="350"/>
        <source>  unaffected: %1 partner(s) keep a version and suite they used; %2 never used TLS here
</source>
        <translation>  不受影響：%1 個對方仍保有其曾用的版本與套件；%2 個從未在此使用 TLS
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="354"/>
        <source>note: </source>
        <translation>註： </translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="69"/>
        <source>--%1 must be a port from 0 to 65535, not &apos;%2&apos;</source>
        <translation>--%1 必須是 0 到 65535 之間的連接埠，而不是 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="120"/>
        <source>unexpected argument &apos;%1&apos; (the server always listens on 127.0.0.1; use --port)</source>
        <translation>意外的引數 &apos;%1&apos;（伺服器總是監聽 127.0.0.1；請使用 --port）</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="131"/>
        <source>unknown personality &apos;%1&apos;; choose one of: %2</source>
        <translation>未知的角色 &apos;%1&apos;；可選：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="140"/>
        <source>--port and --tls-port must differ (both %1)</source>
        <translation>--port 與 --tls-port 必須不同（都是 %1）</translation>
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
        <location filename="../app/cli/records_command.cpp" line="183"/>
        <source>--sts-id needs a value (1-32 letters and digits)</source>
        <translation>--sts-id 需要一個值（1-32 個字母和數字）</translation>
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
        <location filename="../ui/views/capabilities_view.cpp" line="73"/>
        <source>not offered</source>
        <translation>未提供</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="75"/>
        <source>offered</source>
        <translation>已提供</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="100"/>
        <source>gone after TLS (expected)</source>
        <translation>TLS 之後消失（符合預期）</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="106"/>
        <source>+ added after TLS (good: passwords only inside TLS)</source>
        <translation>+ TLS 之後新增（良好：密碼只在 TLS 內傳送）</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="107"/>
        <source>+ added after TLS</source>
        <translation>+ TLS 之後新增</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="111"/>
        <source>− gone after TLS</source>
        <translation>− TLS 之後消失</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="115"/>
        <source>~ other parameters after TLS</source>
        <translation>~ TLS 之後參數不同</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="131"/>
        <source>Only an EHLO after TLS in this session.</source>
        <translation>本工作階段只有 TLS 之後的 EHLO。</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="132"/>
        <source>Only an EHLO before TLS in this session: nothing to compare.</source>
        <translation>本工作階段只有 TLS 之前的 EHLO：無可比較。</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="134"/>
        <source>Nothing changed with TLS but STARTTLS itself, which is not offered again inside TLS.</source>
        <translation>除 STARTTLS 本身外，TLS 前後沒有變化；STARTTLS 在 TLS 內不再提供。</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="136"/>
        <source>1 keyword changed with TLS (marked); STARTTLS itself is not offered again inside TLS.</source>
        <translation>有 1 個關鍵字隨 TLS 改變（已標出）；STARTTLS 本身在 TLS 內不再提供。</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="137"/>
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
        <location filename="../ui/models/compare_model.cpp" line="96"/>
        <source>The servers differ here</source>
        <translation>各伺服器在此處不同</translation>
    </message>
    <message>
        <location filename="../ui/models/compare_model.cpp" line="98"/>
        <source>Only one report holds this fact</source>
        <translation>只有一份報告包含此項資料</translation>
    </message>
    <message>
        <location filename="../ui/models/compare_model.cpp" line="99"/>
        <source>The same on every server that reports it</source>
        <translation>在所有回報此項的伺服器上皆相同</translation>
    </message>
    <message>
        <location filename="../ui/models/compare_model.cpp" line="144"/>
        <source>Aspect</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../ui/models/compare_model.cpp" line="146"/>
        <source>What</source>
        <translation>內容</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::CompareView</name>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="37"/>
        <source>Type a server as HOST or HOST:PORT.</source>
        <translation>請以 HOST 或 HOST:PORT 格式輸入伺服器。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="43"/>
        <source>&apos;%1&apos;: missing &apos;]&apos; after the IPv6 address.</source>
        <translation>「%1」：IPv6 位址後缺少「]」。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="49"/>
        <source>&apos;%1&apos;: expected &apos;:PORT&apos; after &apos;]&apos;.</source>
        <translation>「%1」：「]」之後應為「:PORT」。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="61"/>
        <source>&apos;%1&apos; is not a host name or address.</source>
        <translation>「%1」不是主機名稱或位址。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="69"/>
        <source>&apos;%1&apos; is not a port (1-65535).</source>
        <translation>「%1」不是連接埠（1-65535）。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="86"/>
        <source>Compare Servers</source>
        <translation>比較伺服器</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="92"/>
        <source>mx2.example.org:25</source>
        <translation>mx2.example.org:25</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="94"/>
        <source>Scan and Add</source>
        <translation>掃描並加入</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="96"/>
        <source>Scan this server now and add it as a column</source>
        <translation>立即掃描此伺服器並新增為一欄</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="97"/>
        <source>Add Saved Report…</source>
        <translation>加入已儲存的報告…</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="99"/>
        <source>A report saved as JSON (mailtls scan --json, File &gt; Save Report)</source>
        <translation>以 JSON 儲存的報告（mailtls scan --json、檔案 &gt; 儲存報告）</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="100"/>
        <source>Remove Column</source>
        <translation>移除欄</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="102"/>
        <source>Remove the server whose cell is selected</source>
        <translation>移除所選儲存格所屬的伺服器</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="103"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="104"/>
        <source>Stop the running scan and drop the queued ones</source>
        <translation>停止執行中的掃描並捨棄佇列中的掃描</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="105"/>
        <source>Export HTML…</source>
        <translation>匯出 HTML…</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="107"/>
        <source>The comparison as one HTML page (as mailtls compare --html)</source>
        <translation>將比較結果匯出為一個 HTML 頁面（同 mailtls compare --html）</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="108"/>
        <source>Export PDF…</source>
        <translation>匯出 PDF…</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="110"/>
        <source>The comparison as a PDF (as mailtls compare --pdf)</source>
        <translation>將比較結果匯出為 PDF（同 mailtls compare --pdf）</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="116"/>
        <source>Server:</source>
        <translation>伺服器：</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="180"/>
        <source>Scan cancelled.</source>
        <translation>掃描已取消。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="219"/>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="218"/>
        <source>%1 is not a MailTLS report: %2</source>
        <translation>%1 不是 MailTLS 報告：%2</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="228"/>
        <source>Added %1.</source>
        <translation>已加入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="259"/>
        <source>Scanning %1…</source>
        <translation>正在掃描 %1…</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="270"/>
        <source>Cannot scan %1: %2</source>
        <translation>無法掃描 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="273"/>
        <source>Added %1 (%2 connections).</source>
        <translation>已加入 %1（%2 個連線）。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="292"/>
        <source>Select a cell in the column of the server to remove.</source>
        <translation>請在要移除的伺服器欄中選取一個儲存格。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="300"/>
        <source>Add Saved Reports</source>
        <translation>加入已儲存的報告</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="301"/>
        <source>MailTLS reports (*.json);;All files (*)</source>
        <translation>MailTLS 報告 (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="339"/>
        <source>Export Comparison as PDF</source>
        <translation>將比較匯出為 PDF</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="339"/>
        <source>Export Comparison as HTML</source>
        <translation>將比較匯出為 HTML</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="348"/>
        <source>Written to %1.</source>
        <translation>已寫入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="350"/>
        <source>Could not write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="356"/>
        <source>Writing the export…</source>
        <translation>正在寫入匯出檔案…</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="372"/>
        <source>No servers yet</source>
        <translation>尚無伺服器</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="372"/>
        <source>1 server — add another to compare</source>
        <translation>1 台伺服器 — 再加入一台以進行比較</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="374"/>
        <source>%1 servers — no differences, %2 facts the same</source>
        <translation>%1 台伺服器 — 沒有差異，%2 項相同</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="376"/>
        <source>%1 servers — %2 differences (highlighted, first), %3 facts the same</source>
        <translation>%1 台伺服器 — %2 項差異（醒目標示並列於最前），%3 項相同</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="391"/>
        <source>Add two or more servers: type HOST:PORT and press Scan and Add, or add a saved report.</source>
        <translation>請加入兩台以上的伺服器：輸入 HOST:PORT 後按「掃描並加入」，或加入已儲存的報告。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="393"/>
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
        <location filename="../ui/views/domain_view.cpp" line="104"/>
        <source>&amp;Domain:</source>
        <translation>網域(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="107"/>
        <source>example.org</source>
        <translation>example.org</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="108"/>
        <source>The domain after the @ of the addresses you want to reach; Enter checks it</source>
        <translation>要送達的郵件地址中 @ 之後的網域；按 Enter 開始檢查</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="113"/>
        <location filename="../ui/views/domain_view.cpp" line="409"/>
        <source>Check</source>
        <translation>檢查</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="115"/>
        <source>Look up the MX hosts, TLSA, MTA-STS and TLS-RPT records and open a STARTTLS session to every MX address</source>
        <translation>查詢 MX 主機及 TLSA、MTA-STS、TLS-RPT 記錄，並與每個 MX 位址建立 STARTTLS 連線階段</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="116"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="118"/>
        <source>Stop the check; what was shown before stays</source>
        <translation>停止檢查；先前顯示的內容保留</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="121"/>
        <source>Options…</source>
        <translation>選項…</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="122"/>
        <source>Resolver and DNSSEC trust anchor</source>
        <translation>解析器與 DNSSEC 信任錨</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="128"/>
        <source>The checks made in this window</source>
        <translation>本視窗中進行過的檢查</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="144"/>
        <source>system resolver (/etc/resolv.conf)</source>
        <translation>系統解析器（/etc/resolv.conf）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="145"/>
        <source>ADDR[:PORT] of the DNS server to ask, e.g. 127.0.0.1:53 or [::1]:5353; answers are validated here, whatever that server says</source>
        <translation>要查詢的 DNS 伺服器 ADDR[:PORT]，例如 127.0.0.1:53 或 [::1]:5353；無論該伺服器怎麼說，回應都在本機驗證</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="150"/>
        <source>/usr/share/dns/root.key</source>
        <translation>/usr/share/dns/root.key</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="151"/>
        <source>DNSKEY or DS records in zone-file form that DNSSEC validation starts from</source>
        <translation>DNSSEC 驗證起點的 DNSKEY 或 DS 記錄（區域檔格式）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="153"/>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="161"/>
        <source>&amp;Resolver:</source>
        <translation>解析器(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="162"/>
        <source>&amp;Trust anchor:</source>
        <translation>信任錨(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="194"/>
        <source>&lt;h3&gt;Can mail for a domain be delivered securely?&lt;/h3&gt;&lt;p&gt;Type a domain above and press &lt;b&gt;Check&lt;/b&gt; (or Enter).&lt;/p&gt;&lt;p&gt;Its MX hosts are looked up through a validating resolver, a STARTTLS session is opened to every MX address on port 25, the served certificates are checked against the DANE TLSA records, and the MTA-STS policy and TLS-RPT record are fetched.&lt;/p&gt;&lt;p&gt;You get one verdict per kind of sending server (opportunistic TLS, DANE, MTA-STS), the addresses side by side with what differs between them, the DNS and policy facts, and the findings with their fixes.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;寄往某個網域的郵件能否安全送達？&lt;/h3&gt;&lt;p&gt;在上方輸入網域並按&lt;b&gt;檢查&lt;/b&gt;（或 Enter）。&lt;/p&gt;&lt;p&gt;透過驗證型解析器查詢其 MX 主機，在 25 埠與每個 MX 位址建立 STARTTLS 連線階段，以 DANE TLSA 記錄核對所提供的憑證，並取得 MTA-STS 政策與 TLS-RPT 記錄。&lt;/p&gt;&lt;p&gt;你會得到每類寄件伺服器（機會性 TLS、DANE、MTA-STS）各一條結論、並排比較各位址及其差異、DNS 與政策的事實，以及附帶修正方法的發現。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="241"/>
        <source>DNS and policies</source>
        <translation>DNS 與政策</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="242"/>
        <location filename="../ui/views/domain_view.cpp" line="372"/>
        <location filename="../ui/views/domain_view.cpp" line="545"/>
        <source>Findings</source>
        <translation>發現</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="284"/>
        <source>DNSSEC Trust Anchor</source>
        <translation>DNSSEC 信任錨</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="285"/>
        <source>Trust anchors (*.key *.ds *.txt);;All files (*)</source>
        <translation>信任錨 (*.key *.ds *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="327"/>
        <source>Type the domain to check first, e.g. example.org.</source>
        <translation>請先輸入要檢查的網域，例如 example.org。</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="374"/>
        <source>&lt;p style=&quot;color:gray&quot;&gt;The DNS records and the MTA-STS policy appear here when the check is done.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:gray&quot;&gt;檢查完成後，DNS 記錄與 MTA-STS 政策將顯示在這裡。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="395"/>
        <source>Check of %1 cancelled; the previous result is shown.</source>
        <translation>對 %1 的檢查已取消；顯示的是上一次的結果。</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="397"/>
        <source>Check of %1 cancelled after 1 session.</source>
        <translation>對 %1 的檢查在 1 個連線階段後取消。</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="398"/>
        <source>Check of %1 cancelled after %2 sessions.</source>
        <translation>對 %1 的檢查在 %2 個連線階段後取消。</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="409"/>
        <source>Check again</source>
        <translation>重新檢查</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="417"/>
        <source>looking up the MX hosts</source>
        <translation>正在查詢 MX 主機</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="419"/>
        <source>looking up their addresses</source>
        <translation>正在查詢其位址</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="421"/>
        <source>looking up the TLSA records</source>
        <translation>正在查詢 TLSA 記錄</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="423"/>
        <source>fetching the MTA-STS policy</source>
        <translation>正在取得 MTA-STS 政策</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="425"/>
        <source>opening STARTTLS sessions</source>
        <translation>正在建立 STARTTLS 連線階段</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="427"/>
        <source>judging</source>
        <translation>正在評估</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="428"/>
        <source>starting</source>
        <translation>正在開始</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="435"/>
        <source>Checking %1: %2…</source>
        <translation>正在檢查 %1：%2…</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="437"/>
        <source>1 session done</source>
        <translation>已完成 1 個連線階段</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="437"/>
        <source>%1 sessions done</source>
        <translation>已完成 %1 個連線階段</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="440"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="467"/>
        <source>Nothing was checked.</source>
        <translation>未進行任何檢查。</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="468"/>
        <source>Cannot check %1: %2</source>
        <translation>無法檢查 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="532"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="545"/>
        <source>Findings (%1)</source>
        <translation>發現（%1）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="578"/>
        <source>The check of %1 did not complete: %2</source>
        <translation>對 %1 的檢查未完成：%2</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="595"/>
        <source>The verdicts appear when the check is done.</source>
        <translation>檢查完成後將顯示結論。</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="613"/>
        <source>Opportunistic TLS sender</source>
        <translation>機會性 TLS 寄件端</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="614"/>
        <source>Uses STARTTLS when offered, accepts any certificate, and falls back to cleartext</source>
        <translation>伺服器提供時使用 STARTTLS，接受任何憑證，必要時退回明文</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="616"/>
        <source>DANE-enforcing sender</source>
        <translation>強制 DANE 的寄件端</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="617"/>
        <source>Requires TLS and a chain matching DNSSEC-signed TLSA records when they are published (RFC 7672)</source>
        <translation>若發布了經 DNSSEC 簽署的 TLSA 記錄，則要求 TLS 且憑證鏈與之相符（RFC 7672）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="619"/>
        <source>MTA-STS-enforcing sender</source>
        <translation>強制 MTA-STS 的寄件端</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="620"/>
        <source>Requires TLS, a trusted certificate and an MX the policy lists when the policy is in enforce mode (RFC 8461)</source>
        <translation>政策為 enforce 模式時，要求 TLS、受信任的憑證以及政策中列出的 MX（RFC 8461）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="624"/>
        <source>delivers</source>
        <translation>可投遞</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="625"/>
        <source>delivers, but unprotected</source>
        <translation>可投遞，但無保護</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="626"/>
        <source>defers the mail</source>
        <translation>延後投遞郵件</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="627"/>
        <source>cannot tell</source>
        <translation>無法判斷</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="641"/>
        <source>Fix:</source>
        <translation>修正：</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="654"/>
        <source>%1
Findings: %2</source>
        <translation>%1
發現：%2</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="693"/>
        <source>no MX answer</source>
        <translation>無 MX 回應</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="695"/>
        <source>null MX: accepts no mail</source>
        <translation>空 MX：不接收郵件</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="697"/>
        <source>no MX record (the domain&apos;s own addresses)</source>
        <translation>無 MX 記錄（使用網域自身的位址）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="699"/>
        <source>1 MX host</source>
        <translation>1 個 MX 主機</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="699"/>
        <source>%1 MX hosts</source>
        <translation>%1 個 MX 主機</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="701"/>
        <source>%1 checked</source>
        <translation>已檢查 %1 個</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="703"/>
        <source>no sessions (DNS and policy only)</source>
        <translation>無連線階段（僅 DNS 與政策）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="705"/>
        <source>1 address</source>
        <translation>1 個位址</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="705"/>
        <source>%1 addresses</source>
        <translation>%1 個位址</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="708"/>
        <source>1 address differs from its siblings</source>
        <translation>1 個位址與同組其他位址不同</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="708"/>
        <source>%1 addresses differ from their siblings</source>
        <translation>%1 個位址與同組其他位址不同</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="710"/>
        <source>1 finding</source>
        <translation>1 項發現</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="710"/>
        <source>%1 findings</source>
        <translation>%1 項發現</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="712"/>
        <source>checked %1 in %2 s</source>
        <translation>於 %1 檢查，耗時 %2 秒</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="715"/>
        <source>resolver %1</source>
        <translation>解析器 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="720"/>
        <source>Trust anchor: %1</source>
        <translation>信任錨：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="749"/>
        <location filename="../ui/views/domain_view.cpp" line="802"/>
        <location filename="../ui/views/domain_view.cpp" line="896"/>
        <source>no answer</source>
        <translation>無回應</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="751"/>
        <source>DNSSEC %1</source>
        <translation>DNSSEC %1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="755"/>
        <source>no records</source>
        <translation>無記錄</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="757"/>
        <source>TTL %1</source>
        <translation>TTL %1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="759"/>
        <source>via CNAME %1</source>
        <translation>經由 CNAME %1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="761"/>
        <source>%1 more records not kept</source>
        <translation>另有 %1 筆記錄未保留</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="782"/>
        <source>MX hosts</source>
        <translation>MX 主機</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="785"/>
        <source>Null MX (RFC 7505): this domain says it accepts no mail.</source>
        <translation>空 MX（RFC 7505）：此網域聲明不接收郵件。</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="787"/>
        <source>No MX record: senders deliver to the domain&apos;s own A/AAAA addresses (implicit MX, RFC 5321 §5.1).</source>
        <translation>無 MX 記錄：寄件端投遞到該網域自身的 A/AAAA 位址（隱含 MX，RFC 5321 §5.1）。</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="790"/>
        <source>Pref.</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="790"/>
        <source>Host</source>
        <translation>主機</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="790"/>
        <source>Addresses</source>
        <translation>位址</translation>
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
        <translation>無</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="797"/>
        <source>(+%1 not checked)</source>
        <translation>（另有 %1 個未檢查）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="799"/>
        <source>not checked (too many MX hosts)</source>
        <translation>未檢查（MX 主機過多）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="814"/>
        <source>DANE TLSA records</source>
        <translation>DANE TLSA 記錄</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="841"/>
        <source>%1 (depth %2)</source>
        <translation>%1（深度 %2）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="849"/>
        <source>matched by %1</source>
        <translation>與 %1 相符</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="851"/>
        <source>not matched by %1</source>
        <translation>與 %1 不相符</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="853"/>
        <source>unusable for SMTP</source>
        <translation>不可用於 SMTP</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="857"/>
        <source>no session to compare</source>
        <translation>無可比對的連線階段</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="862"/>
        <source>not a TLSA record</source>
        <translation>不是 TLSA 記錄</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="866"/>
        <source>No MX host publishes TLSA records: DANE senders deliver with opportunistic TLS.</source>
        <translation>沒有 MX 主機發布 TLSA 記錄：DANE 寄件端以機會性 TLS 投遞。</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="869"/>
        <source>MTA-STS</source>
        <translation>MTA-STS</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="877"/>
        <source>(not an MTA-STS record)</source>
        <translation>（不是 MTA-STS 記錄）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="885"/>
        <source>No MTA-STS record: no policy was fetched. MTA-STS senders deliver with opportunistic TLS.</source>
        <translation>無 MTA-STS 記錄：未取得政策。MTA-STS 寄件端以機會性 TLS 投遞。</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="891"/>
        <source>Policy URL</source>
        <translation>政策 URL</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="893"/>
        <source>Connected to</source>
        <translation>連線到</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="894"/>
        <source>HTTP status</source>
        <translation>HTTP 狀態</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="898"/>
        <source>Redirect</source>
        <translation>重新導向</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="898"/>
        <source>%1 (not followed: RFC 8461 forbids it)</source>
        <translation>%1（未跟隨：RFC 8461 禁止）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="900"/>
        <source>Certificate</source>
        <translation>憑證</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="901"/>
        <source>valid for %1</source>
        <translation>對 %1 有效</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="902"/>
        <source>not valid</source>
        <translation>無效</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="902"/>
        <source>not valid: %1</source>
        <translation>無效：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="904"/>
        <source>Content type</source>
        <translation>內容類型</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="906"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="906"/>
        <source>too large: refused</source>
        <translation>過大：已拒絕</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="906"/>
        <source>%1 bytes</source>
        <translation>%1 位元組</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="908"/>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="917"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="917"/>
        <location filename="../ui/views/domain_view.cpp" line="918"/>
        <source>(missing)</source>
        <translation>（缺少）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="918"/>
        <source>max_age</source>
        <translation>max_age</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="919"/>
        <source>%1 s (%2 days)</source>
        <translation>%1 秒（%2 天）</translation>
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
        <translation>未涵蓋任何 MX 主機</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="930"/>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="931"/>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="939"/>
        <source>Not covered by any mx pattern: %1</source>
        <translation>未被任何 mx 模式涵蓋：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="944"/>
        <source>Keys RFC 8461 does not define: %1</source>
        <translation>RFC 8461 未定義的鍵：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="951"/>
        <source>TLS-RPT</source>
        <translation>TLS-RPT</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="961"/>
        <source>(not a TLS-RPT record)</source>
        <translation>（不是 TLS-RPT 記錄）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="963"/>
        <source>Reports go to: %1</source>
        <translation>報告寄送至：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="968"/>
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
        <location filename="../ui/models/fleet_model.cpp" line="151"/>
        <source>stopped before it finished</source>
        <translation>在完成前已停止</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="153"/>
        <source>not run: %1</source>
        <translation>未執行：%1</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="168"/>
        <source>no TLS version accepted</source>
        <translation>未接受任何 TLS 版本</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="169"/>
        <source>%1, %2 suites</source>
        <translation>%1，%2 個套件</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="175"/>
        <source>TLS handshake failed</source>
        <translation>TLS 交握失敗</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="175"/>
        <source>TLS handshake failed (%1)</source>
        <translation>TLS 交握失敗（%1）</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="176"/>
        <source>no TLS</source>
        <translation>無 TLS</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="176"/>
        <source>no TLS (STARTTLS not offered)</source>
        <translation>無 TLS（未提供 STARTTLS）</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="247"/>
        <source>waiting…</source>
        <translation>等待中…</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="254"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="306"/>
        <source>Line %1 of the list: %2 port %3</source>
        <translation>清單第 %1 行：%2 連接埠 %3</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="322"/>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="323"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="324"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="325"/>
        <source>Worst finding</source>
        <translation>最嚴重的發現</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="326"/>
        <source>Certificate</source>
        <translation>憑證</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="327"/>
        <source>Time</source>
        <translation>耗時</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::FleetView</name>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="65"/>
        <source>targets</source>
        <translation>目標數</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="93"/>
        <source>One target a line: mx.example.org, mx.example.net:587, smtps://mail.example.com, lmtp://[2001:db8::1]:24 — &apos;#&apos; starts a comment</source>
        <translation>每行一個目標：mx.example.org、mx.example.net:587、smtps://mail.example.com、lmtp://[2001:db8::1]:24 — 「#」開始註解</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="97"/>
        <source>Open List…</source>
        <translation>開啟清單…</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="99"/>
        <source>Read a target list from a file</source>
        <translation>從檔案讀取目標清單</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="103"/>
        <source>Session</source>
        <translation>工作階段</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="104"/>
        <source>Scan</source>
        <translation>掃描</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="105"/>
        <source>Session: one STARTTLS session per target. Scan: every version and suite per target (slow).</source>
        <translation>工作階段：每個目標一次 STARTTLS 工作階段。掃描：每個目標的所有版本與套件（較慢）。</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="116"/>
        <source>Targets checked at once, overall</source>
        <translation>同時檢查的目標數（總計）</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="117"/>
        <source>Targets checked at once against one host</source>
        <translation>對同一主機同時檢查的目標數</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="118"/>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="118"/>
        <source>At least this long between two connections to one host</source>
        <translation>對同一主機兩次連線之間至少間隔這麼久</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="120"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="120"/>
        <source>How long one step (connect, a reply, the handshake) may take</source>
        <translation>單一步驟（連線、回覆、交握）可花費的時間</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="122"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="125"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="131"/>
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="132"/>
        <source>At once:</source>
        <translation>同時：</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="133"/>
        <source>Per host:</source>
        <translation>每主機：</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="134"/>
        <source>Delay:</source>
        <translation>延遲：</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="135"/>
        <source>Timeout:</source>
        <translation>逾時：</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="160"/>
        <location filename="../ui/views/fleet_view.cpp" line="416"/>
        <source>Paste or open a target list, then Start.</source>
        <translation>貼上或開啟目標清單，然後按「開始」。</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="187"/>
        <source>Double-click a finished target to open its report in the Handshake, Certificates and Findings tabs</source>
        <translation>按兩下已完成的目標，即可在「交握」、「憑證」與「發現」分頁中開啟其報告</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="191"/>
        <source>Targets per TLS version</source>
        <translation>各 TLS 版本的目標數</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="194"/>
        <source>Targets per worst finding</source>
        <translation>各最嚴重發現等級的目標數</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="251"/>
        <source># partners from the Logs tab</source>
        <translation># 來自「日誌」分頁的夥伴</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="283"/>
        <source>line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="286"/>
        <source>Line %1: </source>
        <translation>第 %1 行：</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="288"/>
        <source>… and %1 more</source>
        <translation>…以及另外 %1 個</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="349"/>
        <source>Cancelled: %1 of %2 done.</source>
        <translation>已取消：%2 個中完成 %1 個。</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="351"/>
        <source>Done in %1.</source>
        <translation>已完成，耗時 %1。</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="414"/>
        <source>%1 of %2 done.</source>
        <translation>%2 個中完成 %1 個。</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="443"/>
        <source>No finished target yet</source>
        <translation>尚無已完成的目標</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="511"/>
        <source>%1 of %2 finished targets reached; %3 with a certificate expired or ending within 30 days.</source>
        <translation>%2 個已完成的目標中有 %1 個可連上；%3 個的憑證已過期或將在 30 天內到期。</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="527"/>
        <source>A saved run, from the workspace.</source>
        <translation>來自工作區的已儲存執行結果。</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="291"/>
        <source>The list holds no target: write one host a line.</source>
        <translation>清單中沒有目標：每行寫一個主機。</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="394"/>
        <source>%1 of %2 done, %3 running</source>
        <translation>%2 個中完成 %1 個，%3 個執行中</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="395"/>
        <source>%1 elapsed</source>
        <translation>已用 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="398"/>
        <source>about %1 left</source>
        <translation>約剩 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="475"/>
        <source>no TLS</source>
        <translation>無 TLS</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="475"/>
        <source>not reached</source>
        <translation>無法連上</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="488"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="541"/>
        <source>Open a Target List</source>
        <translation>開啟目標清單</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="542"/>
        <source>Target lists (*.txt *.list);;All files (*)</source>
        <translation>目標清單 (*.txt *.list);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="550"/>
        <source>target list</source>
        <translation>目標清單</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="571"/>
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
        <location filename="../ui/views/handshake_view.cpp" line="70"/>
        <source>SMTP extensions before and after STARTTLS</source>
        <translation>STARTTLS 前後的 SMTP 擴充</translation>
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
        <location filename="../ui/views/handshake_view.cpp" line="196"/>
        <source>%1, %2 bits</source>
        <translation>%1，%2 位元</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="201"/>
        <source>%1 with %2</source>
        <translation>%1，摘要 %2</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="207"/>
        <source>0 — everything allowed, so legacy servers can be examined; weak parameters are reported as findings</source>
        <translation>0 — 全部允許，以便檢查舊伺服器；弱參數會列為發現</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="208"/>
        <source>%1 — OpenSSL refuses parameters below this level</source>
        <translation>%1 — OpenSSL 會拒絕低於此等級的參數</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="211"/>
        <source>not requested</source>
        <translation>未要求</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="213"/>
        <source>requested, sent</source>
        <translation>已要求，已傳送</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="213"/>
        <source>requested, none sent</source>
        <translation>已要求，未傳送</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="215"/>
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
        <location filename="../ui/views/hygiene_panel.cpp" line="135"/>
        <source>Secure renegotiation (RFC 5746)</source>
        <translation>安全重新協商（RFC 5746）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="136"/>
        <source>Does the ServerHello carry renegotiation_info, so that a renegotiation is tied to the handshake before it? Yes is good; without it OpenSSL 3 clients refuse to connect.</source>
        <translation>ServerHello 是否帶有 renegotiation_info，使重新協商與之前的交握綁定？「是」為良好；沒有它，OpenSSL 3 用戶端會拒絕連線。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="139"/>
        <source>Client-initiated renegotiation</source>
        <translation>用戶端發起的重新協商</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="140"/>
        <source>Does the server do a fresh handshake whenever the client asks on an open connection? No is good: each one costs the server a private-key operation and the client almost nothing.</source>
        <translation>用戶端在已開啟的連線上請求時，伺服器是否都會重新交握？「否」為良好：每次都讓伺服器花費一次私鑰運算，而用戶端幾乎沒有成本。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="143"/>
        <source>TLS_FALLBACK_SCSV honoured (RFC 7507)</source>
        <translation>遵守 TLS_FALLBACK_SCSV（RFC 7507）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="144"/>
        <source>Does the server refuse a lower-version hello marked as a fallback with inappropriate_fallback? Yes is good: a client&apos;s retry cannot be pushed down to an older version.</source>
        <translation>伺服器是否以 inappropriate_fallback 拒絕標記為回退的較低版本 hello？「是」為良好：用戶端的重試無法被壓到較舊版本。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="147"/>
        <source>TLS 1.3 downgrade sentinel (RFC 8446)</source>
        <translation>TLS 1.3 降級標記（RFC 8446）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="148"/>
        <source>Does a TLS 1.3 server mark the random of its TLS 1.2 ServerHello, so that TLS 1.3 clients notice an attacker who removed TLS 1.3 from their hello? Yes is good; it does not apply without TLS 1.3.</source>
        <translation>支援 TLS 1.3 的伺服器是否在其 TLS 1.2 ServerHello 的亂數中做標記，讓 TLS 1.3 用戶端發現從其 hello 中刪除 TLS 1.3 的攻擊者？「是」為良好；沒有 TLS 1.3 時不適用。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="152"/>
        <source>Extended master secret (RFC 7627)</source>
        <translation>擴充主金鑰（RFC 7627）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="153"/>
        <source>Are the TLS 1.2 session keys bound to the whole handshake? Yes is good: it closes the triple-handshake attack.</source>
        <translation>TLS 1.2 工作階段金鑰是否與整個交握綁定？「是」為良好：可防止三重交握攻擊。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="156"/>
        <source>Encrypt-then-MAC with CBC suites (RFC 7366)</source>
        <translation>CBC 套件的先加密後 MAC（RFC 7366）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="157"/>
        <source>With a CBC suite, is each record authenticated before it is decrypted? Yes is good: it closes padding-oracle attacks. It does not apply to a server without CBC suites.</source>
        <translation>使用 CBC 套件時，每筆記錄是否在解密前先驗證？「是」為良好：可防止填充預言攻擊。對沒有 CBC 套件的伺服器不適用。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="160"/>
        <source>Resumption by session id (TLS 1.2)</source>
        <translation>透過工作階段 ID 恢復（TLS 1.2）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="161"/>
        <source>Did a second connection resume the first one&apos;s session by its id, with an abbreviated handshake? Information: resumption saves a full handshake per connection.</source>
        <translation>第二個連線是否透過工作階段 ID 以簡化交握恢復了第一個連線的工作階段？僅供參考：工作階段恢復可為每個連線省去一次完整交握。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="164"/>
        <source>Resumption by session ticket (TLS 1.2)</source>
        <translation>透過工作階段票證恢復（TLS 1.2）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="165"/>
        <source>Did the server issue a session ticket (RFC 5077), and did a second connection resume with it? Information.</source>
        <translation>伺服器是否簽發了工作階段票證（RFC 5077），第二個連線是否用它恢復了工作階段？僅供參考。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="168"/>
        <source>Resumption with a TLS 1.3 ticket (PSK)</source>
        <translation>使用 TLS 1.3 票證恢復（PSK）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="169"/>
        <source>Did the server send a NewSessionTicket after the TLS 1.3 handshake, and did a second connection resume with it? Information.</source>
        <translation>伺服器是否在 TLS 1.3 交握後傳送了 NewSessionTicket，第二個連線是否用它恢復了工作階段？僅供參考。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="172"/>
        <source>OCSP stapling (status_request)</source>
        <translation>OCSP 裝訂（status_request）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="173"/>
        <source>Did the server staple an OCSP response to its certificate? Yes is good; a stapled response must say good and be current, and a must-staple certificate needs one.</source>
        <translation>伺服器是否隨憑證裝訂了 OCSP 回應？是為佳；裝訂的回應必須為 good 且未過期，must-staple 憑證必須有裝訂。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="177"/>
        <source>0-RTT early data accepted</source>
        <translation>接受 0-RTT 早期資料</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="178"/>
        <source>Did the server accept data sent before the TLS 1.3 handshake finished? No is good: early data can be replayed by an attacker.</source>
        <translation>伺服器是否接受了 TLS 1.3 交握完成前傳送的資料？否為佳：早期資料可被攻擊者重放。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="181"/>
        <source>Heartbleed (CVE-2014-0160)</source>
        <translation>Heartbleed（CVE-2014-0160）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="182"/>
        <source>Did a heartbeat request claiming more bytes than it carried come back longer than sent? No is good; Yes means the server leaks its memory. The leaked bytes are never kept or shown.</source>
        <translation>宣告長度大於實際內容的心跳請求，傳回的回應是否比傳送的更長？否為佳；是表示伺服器洩漏記憶體。洩漏的位元組絕不會被保存或顯示。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="185"/>
        <source>CCS injection (CVE-2014-0224)</source>
        <translation>CCS 注入（CVE-2014-0224）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="186"/>
        <source>Did the server accept a ChangeCipherSpec sent before the key exchange? No is good.</source>
        <translation>伺服器是否接受了在金鑰交換之前傳送的 ChangeCipherSpec？否為佳。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="188"/>
        <source>ROBOT (RSA padding oracle)</source>
        <translation>ROBOT（RSA 填補預言）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="189"/>
        <source>With RSA key exchange, did the server answer malformed premaster secrets differently from a well-formed one? No is good; it does not apply without RSA key exchange.</source>
        <translation>在 RSA 金鑰交換中，伺服器對格式錯誤的預主密鑰與對格式正確的預主密鑰的回應是否不同？否為佳；沒有 RSA 金鑰交換時不適用。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="192"/>
        <source>Ticketbleed (CVE-2016-9244)</source>
        <translation>Ticketbleed（CVE-2016-9244）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="193"/>
        <source>Did a 1-byte session id offered with a session ticket come back longer, with bytes that were not ours? No is good. The probe offers a made-up ticket, so No is weaker evidence here than for the other checks.</source>
        <translation>與工作階段票證一同提供的 1 位元組工作階段 ID 是否被加長傳回，且含有不屬於我們的位元組？否為佳。該探測使用的是偽造的票證，因此這裡的「否」比其他檢查的證據更弱。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="197"/>
        <source>STARTTLS command injection</source>
        <translation>STARTTLS 命令注入</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="198"/>
        <source>Was a command sent in the same packet as STARTTLS answered inside TLS? No is good; Yes means an attacker on the path can add commands that run inside the encrypted session.</source>
        <translation>與 STARTTLS 在同一封包中傳送的命令是否在 TLS 內得到了回應？否為佳；是表示路徑上的攻擊者可以注入在加密工作階段中執行的命令。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="201"/>
        <source>MAIL FROM accepted before STARTTLS</source>
        <translation>STARTTLS 之前接受 MAIL FROM</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="202"/>
        <source>Did the server accept MAIL FROM in cleartext (then RSET; nothing is sent)? Normal for an MX on port 25; on a submission port it must not.</source>
        <translation>伺服器是否在明文中接受了 MAIL FROM（隨後傳送 RSET，不傳送任何郵件）？對 25 埠上的 MX 屬正常；在提交埠上則不應如此。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="205"/>
        <source>AUTH offered before STARTTLS</source>
        <translation>STARTTLS 之前提供 AUTH</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="206"/>
        <source>Did the cleartext EHLO advertise AUTH? On a submission port passwords would travel in cleartext; no credentials are ever sent by the check.</source>
        <translation>明文 EHLO 是否宣告了 AUTH？在提交埠上密碼將以明文傳輸；該檢查從不傳送任何憑證。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="235"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="237"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="239"/>
        <source>Not applicable</source>
        <translation>不適用</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="243"/>
        <source>Untested</source>
        <translation>未測試</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="259"/>
        <source>Check</source>
        <translation>檢查項目</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="259"/>
        <source>Answer</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="259"/>
        <source>Finding</source>
        <translation>發現</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="259"/>
        <source>Evidence</source>
        <translation>證據</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="277"/>
        <location filename="../ui/views/hygiene_panel.cpp" line="287"/>
        <location filename="../ui/views/hygiene_panel.cpp" line="295"/>
        <source>Protocol hygiene</source>
        <translation>協定衛生</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="278"/>
        <source>no checks in this scan</source>
        <translation>本次掃描沒有這些檢查</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="288"/>
        <source>not checked: no TLS 1.2 or lower handshake to check, or a report from before these checks</source>
        <translation>未檢查：沒有 TLS 1.2 或更低版本的交握可查，或報告早於這些檢查</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="291"/>
        <source>the server accepted no TLS 1.2 or lower</source>
        <translation>伺服器不接受 TLS 1.2 或更低版本</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="292"/>
        <source>checked with %1</source>
        <translation>以 %1 檢查</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="293"/>
        <source>1 connection</source>
        <translation>1 個連線</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="293"/>
        <source>%1 connections</source>
        <translation>%1 個連線</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="296"/>
        <source>Whether &quot;Yes&quot; is good depends on the check: the mark says which. Hover over a check to see what it asks.</source>
        <translation>「是」是否良好取決於檢查項目：標記會說明。將滑鼠停在檢查項目上可查看它檢查什麼。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="325"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="340"/>
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
        <location filename="../ui/main_window.cpp" line="912"/>
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
        <location filename="../ui/main_window.cpp" line="536"/>
        <location filename="../ui/main_window.cpp" line="939"/>
        <source>Scan failed: %1</source>
        <translation>掃描失敗：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="537"/>
        <source>Scan failed — %1: %2</source>
        <translation>掃描失敗 — %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="556"/>
        <source>Scanned %1 — %2 suites accepted, %3 connections</source>
        <translation>已掃描 %1 — 接受 %2 個套件，%3 個連線</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="565"/>
        <source>Cancelled — %1</source>
        <translation>已取消 — %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="566"/>
        <source>Session cancelled. What was received so far is kept below.</source>
        <translation>連線階段已取消。已收到的內容保留在下方。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="573"/>
        <source>%1 — %2…</source>
        <translation>%1 — %2…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="611"/>
        <source>TLS failed</source>
        <translation>TLS 失敗</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="613"/>
        <source>no TLS</source>
        <translation>無 TLS</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="621"/>
        <source>%1 — session complete, closing…</source>
        <translation>%1 — 連線階段完成，正在關閉…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="629"/>
        <source>Likely: %1</source>
        <translation>可能的原因：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="632"/>
        <source>Failed — %1: %2</source>
        <translation>失敗 — %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="642"/>
        <source>Disconnected from %1 — 1 finding</source>
        <translation>已中斷與 %1 的連線 — 1 項發現</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="643"/>
        <source>Disconnected from %1 — %2 findings</source>
        <translation>已中斷與 %1 的連線 — %2 項發現</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="651"/>
        <source>Handshake (%1)</source>
        <translation>交握（%1）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="652"/>
        <source>Handshake</source>
        <translation>交握</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="654"/>
        <source>Ladder (%1)</source>
        <translation>階梯圖（%1）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="654"/>
        <source>Ladder</source>
        <translation>階梯圖</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="656"/>
        <source>Certificates (%1)</source>
        <translation>憑證（%1）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="656"/>
        <source>Certificates</source>
        <translation>憑證</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="658"/>
        <source>Findings (%1)</source>
        <translation>發現（%1）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="658"/>
        <source>Findings</source>
        <translation>發現</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="661"/>
        <source>Cipher matrix (%1)</source>
        <translation>加密套件矩陣（%1）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="661"/>
        <source>Cipher matrix</source>
        <translation>加密套件矩陣</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="705"/>
        <source>Save Report as JSON</source>
        <translation>將報告另存為 JSON</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="706"/>
        <source>JSON reports (*.json);;All files (*)</source>
        <translation>JSON 報告 (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="684"/>
        <source>Save Report</source>
        <translation>儲存報告</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="636"/>
        <source>The server refused STARTTLS: %1</source>
        <translation>伺服器拒絕了 STARTTLS：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="637"/>
        <source>The server refused EHLO: %1</source>
        <translation>伺服器拒絕了 EHLO：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="638"/>
        <source>The server refused the session in its greeting: %1</source>
        <translation>伺服器在問候時就拒絕了工作階段：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="685"/>
        <source>Could not save %1: %2</source>
        <translation>無法儲存 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="690"/>
        <source>Report saved to %1</source>
        <translation>報告已儲存到 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="714"/>
        <source>About MailTLS Workbench</source>
        <translation>關於 MailTLS 工作台</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="715"/>
        <source>&lt;h3&gt;MailTLS Workbench %1&lt;/h3&gt;&lt;p&gt;Looks at the TLS side of mail servers: the SMTP conversation as it happened, the handshake, the served certificate chain, and what to change in Exim or Postfix.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MailTLS 工作台 %1&lt;/h3&gt;&lt;p&gt;檢查郵件伺服器的 TLS 層面：實際發生的 SMTP 對話、交握過程、伺服器提供的憑證鏈，以及 Exim 或 Postfix 中需要修改的設定。&lt;/p&gt;&lt;p&gt;以 Qt %2 與 %3 建置。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="726"/>
        <source>Open Certificate</source>
        <translation>開啟憑證</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="727"/>
        <source>Certificates and keys (*.pem *.crt *.cer *.der *.key *.p12 *.pfx *.p7b *.chain);;All files (*)</source>
        <translation>憑證與金鑰 (*.pem *.crt *.cer *.der *.key *.p12 *.pfx *.p7b *.chain);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="737"/>
        <source>A session is running; open the certificate when it has finished.</source>
        <translation>連線階段正在執行；請待其結束後再開啟憑證。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="741"/>
        <source>Reading %1…</source>
        <translation>正在讀取 %1…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="769"/>
        <source>Passphrase</source>
        <translation>密語</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="770"/>
        <source>%1

Passphrase:</source>
        <translation>%1

密語：</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="775"/>
        <source>Could not read the certificate files:
%1</source>
        <translation>無法讀取憑證檔案：
%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="776"/>
        <source>Could not read %1</source>
        <translation>無法讀取 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="781"/>
        <source>%1 holds no certificate, only private keys. Open the certificate file together with the key.</source>
        <translation>%1 不含憑證，只有私密金鑰。請將憑證檔案與金鑰一併開啟。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="782"/>
        <source>No certificate in %1</source>
        <translation>%1 中沒有憑證</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="795"/>
        <location filename="../ui/main_window.cpp" line="930"/>
        <source>From file %1</source>
        <translation>來自檔案 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="796"/>
        <location filename="../ui/main_window.cpp" line="931"/>
        <source>From files %1</source>
        <translation>來自檔案 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="804"/>
        <source>Inspected %1 — 1 finding</source>
        <translation>已檢查 %1 — 1 項發現</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="805"/>
        <source>Inspected %1 — %2 findings</source>
        <translation>已檢查 %1 — %2 項發現</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="346"/>
        <location filename="../ui/main_window.cpp" line="854"/>
        <location filename="../ui/main_window.cpp" line="865"/>
        <source>A session or scan is running; try again when it has finished.</source>
        <translation>連線階段或掃描正在執行；請待其結束後再試。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="858"/>
        <source>Session with %1 (%2) from the Domain tab</source>
        <translation>來自「網域」分頁的與 %1（%2）的連線階段</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="943"/>
        <source>Saved report of %1 from %2 — 1 finding</source>
        <translation>%1 的已儲存報告（%2）— 1 項發現</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="944"/>
        <source>Saved report of %1 from %2 — %3 findings</source>
        <translation>%1 的已儲存報告（%2）— %3 項發現</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="975"/>
        <source>&amp;Stop practice server</source>
        <translation>停止練習伺服器(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="986"/>
        <source>Practice server failed</source>
        <translation>練習伺服器失敗</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="988"/>
        <source>The practice server could not start: %1</source>
        <translation>練習伺服器無法啟動：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="993"/>
        <source>Practice server stopped</source>
        <translation>練習伺服器已停止</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1015"/>
        <source>Practice server: starting “%1”…</source>
        <translation>練習伺服器：正在啟動「%1」…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1024"/>
        <source>Practice server: %1 on 127.0.0.1:%2</source>
        <translation>練習伺服器：%1，位於 127.0.0.1:%2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1025"/>
        <source>%1
SMTP with STARTTLS on 127.0.0.1:%2, implicit TLS on 127.0.0.1:%3
Throwaway CA (trusted for sessions to it): %4</source>
        <translation>%1
127.0.0.1:%2 上為 SMTP 搭配 STARTTLS，127.0.0.1:%3 上為隱含式 TLS
臨時 CA（連線至該伺服器時受信任）：%4</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1038"/>
        <source>Practice server “%1” is the target: press Connect to see a full session, or Scan</source>
        <translation>練習伺服器「%1」已設為目標：按「連線」查看完整連線階段，或按「掃描」</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1041"/>
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
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="251"/>
        <source>No SNI will be sent: servers with several certificates show their default one.</source>
        <translation>將不傳送 SNI：擁有多張憑證的伺服器會出示其預設憑證。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="253"/>
        <source>Security level %1: servers with weaker keys or ciphers fail the handshake instead of being examined.</source>
        <translation>安全等級 %1：金鑰或加密套件較弱的伺服器會直接交握失敗，而無法被檢查。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="256"/>
        <source>Tip: to check a partner&apos;s view, set &quot;Verify certificate for&quot; to the MX name they look up. These options apply from the next Connect.</source>
        <translation>提示：要從對方的角度檢查，請在「驗證憑證的名稱」中填入對方查詢到的 MX 名稱。這些選項從下一次連線起生效。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="258"/>
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
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="223"/>
        <source>Proxy: %1</source>
        <translation>代理伺服器：%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="225"/>
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
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="43"/>
        <source>Simulate Partner</source>
        <translation>模擬對方</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="48"/>
        <source>Partner (the client that sends mail to the server)</source>
        <translation>對方（向伺服器傳送郵件的用戶端）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="54"/>
        <source>Pasted cipher list (OpenSSL, IANA or GnuTLS priority string)…</source>
        <translation>貼上的加密套件清單（OpenSSL、IANA 或 GnuTLS 優先順序字串）…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="63"/>
        <source>e.g. ECDHE-RSA-AES128-GCM-SHA256:AES128-SHA:DES-CBC3-SHA  or  NORMAL:-VERS-ALL:+VERS-TLS1.2</source>
        <translation>例如 ECDHE-RSA-AES128-GCM-SHA256:AES128-SHA:DES-CBC3-SHA  或  NORMAL:-VERS-ALL:+VERS-TLS1.2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="69"/>
        <source>Server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="73"/>
        <source>Current target (none set in the target bar)</source>
        <translation>目前目標（目標列中尚未設定）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="74"/>
        <source>Current target %1: scan it, predict, then one real handshake with the partner&apos;s offer</source>
        <translation>目前目標 %1：先掃描、預測，再以對方的提議進行一次實際交握</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="76"/>
        <source>Saved scan report (JSON):</source>
        <translation>已儲存的掃描報告（JSON）：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="86"/>
        <source>a file written by &apos;mailtls scan --json&apos; or File → Save Report</source>
        <translation>由「mailtls scan --json」或「檔案 → 儲存報告」寫入的檔案</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="88"/>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="96"/>
        <source>&amp;Simulate</source>
        <translation>模擬(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="99"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="196"/>
        <source>Open Scan Report</source>
        <translation>開啟掃描報告</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="196"/>
        <source>JSON reports (*.json);;All files (*)</source>
        <translation>JSON 報告 (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="246"/>
        <source>The profile %1 is not available.</source>
        <translation>無法使用設定檔 %1。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="278"/>
        <source>The pasted list cannot be read: %1</source>
        <translation>無法讀取貼上的清單：%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="282"/>
        <source>Pasted %1 cipher list</source>
        <translation>貼上的 %1 加密套件清單</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="253"/>
        <source>Set a target in the target bar first, or choose a saved report.</source>
        <translation>請先在目標列中設定目標，或選擇已儲存的報告。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="261"/>
        <source>Choose a saved scan report.</source>
        <translation>請選擇已儲存的掃描報告。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="295"/>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="294"/>
        <source>%1 is not a mailtls report: %2</source>
        <translation>%1 不是 mailtls 報告：%2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="105"/>
        <source>Export HTML…</source>
        <translation>匯出 HTML…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="107"/>
        <source>The result as one HTML page for the partner&apos;s admin (as mailtls simulate --html)</source>
        <translation>將結果匯出為一個 HTML 頁面，供對方管理員查看（同 mailtls simulate --html）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="108"/>
        <source>Export PDF…</source>
        <translation>匯出 PDF…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="110"/>
        <source>The result as a PDF to send to the partner (as mailtls simulate --pdf)</source>
        <translation>將結果匯出為 PDF，傳送給對方（同 mailtls simulate --pdf）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="222"/>
        <source>Export Simulation as PDF</source>
        <translation>將模擬匯出為 PDF</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="222"/>
        <source>Export Simulation as HTML</source>
        <translation>將模擬匯出為 HTML</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="230"/>
        <source>Could not write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="231"/>
        <source>Written to %1.</source>
        <translation>已寫入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="236"/>
        <source>Writing the export…</source>
        <translation>正在寫入匯出檔案…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="299"/>
        <source>%1 holds no scan section; run a scan and save it first.</source>
        <translation>%1 不含掃描區段；請先執行掃描並儲存。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="346"/>
        <source>scanning: %1 of about %2 connections</source>
        <translation>正在掃描：%1 / 約 %2 個連線</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="349"/>
        <source>scanning the server…</source>
        <translation>正在掃描伺服器…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="349"/>
        <source>predicting…</source>
        <translation>正在預測…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="364"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="373"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="375"/>
        <source>Server not reachable</source>
        <translation>無法連上伺服器</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="381"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="387"/>
        <source>✔ Connects — %1 with %2</source>
        <translation>✔ 可連線 — %1，使用 %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="390"/>
        <source>✘ Fails — %1</source>
        <translation>✘ 失敗 — %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="396"/>
        <source>Fix for Exim:
</source>
        <translation>Exim 修正方法：
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="397"/>
        <source>Fix for Postfix:
</source>
        <translation>Postfix 修正方法：
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="401"/>
        <source>Live handshake (%1):
</source>
        <translation>實際交握（%1）：
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="402"/>
        <source>mailtls&apos;s own ClientHello, the exact offer</source>
        <translation>mailtls 自身的 ClientHello，與提議完全相同</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="402"/>
        <source>OpenSSL with the partner&apos;s offer</source>
        <translation>OpenSSL 搭配對方的提議</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="404"/>
        <source>  left out (this OpenSSL cannot send them): %1
</source>
        <translation>  已略過（此 OpenSSL 無法傳送）：%1
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="406"/>
        <source>  server chose %1 with %2%3
</source>
        <translation>  伺服器選擇了 %1，使用 %2%3
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="408"/>
        <source>, %1-bit DH prime</source>
        <translation>，%1 位元 DH 質數</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="412"/>
        <source>  the partner would stop here: %1
</source>
        <translation>  對方會在此停止：%1
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="415"/>
        <source>How the prediction was reached (%1):
</source>
        <translation>預測的推導過程（%1）：
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="420"/>
        <source>
Partner source: %1
</source>
        <translation>
對方來源：%1
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="431"/>
        <source>Offers %1 · %2 suites up to TLS 1.2 · %3 TLS 1.3 suites · source: %4</source>
        <translation>提供 %1 · %2 個 TLS 1.2 以下的套件 · %3 個 TLS 1.3 套件 · 來源：%4</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="437"/>
        <source>Paste the partner&apos;s list; OpenSSL names and keywords, IANA names and GnuTLS priority strings are understood.</source>
        <translation>貼上對方的清單；可辨識 OpenSSL 名稱與關鍵字、IANA 名稱以及 GnuTLS 優先順序字串。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="454"/>
        <source>Scanning the server, then one handshake with the partner&apos;s offer. Cancel stops it at once.</source>
        <translation>正在掃描伺服器，接著以對方的提議進行一次交握。按「取消」會立即停止。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="455"/>
        <source>Predicting…</source>
        <translation>正在預測…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="459"/>
        <source>Paste the partner&apos;s cipher list.</source>
        <translation>請貼上對方的加密套件清單。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="460"/>
        <source>Choose a saved scan report, or set a target in the target bar.</source>
        <translation>請選擇已儲存的掃描報告，或在目標列中設定目標。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="464"/>
        <source>Forward the sentence above to the partner, or apply the fix for your MTA and simulate again.</source>
        <translation>將上方的說明轉寄給對方，或套用適用於您 MTA 的修正後再模擬一次。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="466"/>
        <source>Pick another partner or server and simulate again.</source>
        <translation>選擇其他對方或伺服器後再模擬一次。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="468"/>
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
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="33"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="33"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="41"/>
        <source>Explain Cipher Suite</source>
        <translation>解析加密套件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="45"/>
        <source>&amp;Suite:</source>
        <translation>套件(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="48"/>
        <source>e.g. ECDHE-RSA-AES256-GCM-SHA384, TLS_AES_128_GCM_SHA256 or 0xC02F</source>
        <translation>例如 ECDHE-RSA-AES256-GCM-SHA384、TLS_AES_128_GCM_SHA256 或 0xC02F</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="56"/>
        <source>E&amp;xplain</source>
        <translation>解析(&amp;X)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="69"/>
        <source>IANA names</source>
        <translation>IANA 名稱</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="70"/>
        <source>OpenSSL names</source>
        <translation>OpenSSL 名稱</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="71"/>
        <source>GnuTLS names</source>
        <translation>GnuTLS 名稱</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="183"/>
        <source>Type a suite name in any notation, or its code, or pick one from the list.</source>
        <translation>以任何表示法輸入套件名稱或其代碼，或從清單中選擇。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="185"/>
        <source>%1 is graded %2. Pick another suite to compare.</source>
        <translation>%1 的評等為「%2」。請選擇其他套件進行比較。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="188"/>
        <source>Not a known suite: pick one of the suggestions or from the list.</source>
        <translation>不是已知的套件：請從建議或清單中選擇。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="190"/>
        <source>Press Enter to explain, or choose a completion.</source>
        <translation>按 Enter 進行解析，或選擇自動完成項目。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="213"/>
        <source>Unknown cipher suite “%1”</source>
        <translation>未知的加密套件「%1」</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="215"/>
        <source>No suite name is close to this. Try the list on the left.</source>
        <translation>沒有相近的套件名稱。請試試左側的清單。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="217"/>
        <source>Did you mean:</source>
        <translation>您是不是要找：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="232"/>
        <source>OpenSSL: %1</source>
        <translation>OpenSSL：%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="234"/>
        <source>GnuTLS: %1</source>
        <translation>GnuTLS：%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="236"/>
        <source>typed as %1</source>
        <translation>輸入為 %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="247"/>
        <source>Key exchange</source>
        <translation>金鑰交換</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="248"/>
        <source>Authentication</source>
        <translation>身分驗證</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="249"/>
        <source>Bulk cipher</source>
        <translation>對稱加密演算法</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="250"/>
        <source>MAC / PRF</source>
        <translation>MAC / PRF</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="257"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="258"/>
        <source>Forward secrecy</source>
        <translation>前向保密</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="259"/>
        <source>AEAD</source>
        <translation>AEAD</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="260"/>
        <source>Certificate needed</source>
        <translation>需要憑證</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::TargetBar</name>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="22"/>
        <source>&amp;Host:</source>
        <translation>主機(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="25"/>
        <source>mail.example.org</source>
        <translation>mail.example.org</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="27"/>
        <source>Host name or address of the mail server</source>
        <translation>郵件伺服器的主機名稱或位址</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="30"/>
        <source>&amp;Port:</source>
        <translation>連接埠(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="35"/>
        <source>25 SMTP, 587 submission, 465 SMTPS (implicit TLS), 24 LMTP, 143 IMAP, 993 IMAPS, 110 POP3, 995 POP3S, 4190 ManageSieve</source>
        <translation>25 SMTP，587 提交（submission），465 SMTPS（隱含式 TLS），24 LMTP，143 IMAP，993 IMAPS，110 POP3，995 POP3S，4190 ManageSieve</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="39"/>
        <source>&amp;Mode:</source>
        <translation>模式(&amp;M)：</translation>
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
        <translation>隱含式 TLS（SMTPS）</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="45"/>
        <source>IMAP STARTTLS</source>
        <translation>IMAP STARTTLS</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="46"/>
        <source>Implicit TLS (IMAPS)</source>
        <translation>隱含式 TLS（IMAPS）</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="47"/>
        <source>POP3 STLS</source>
        <translation>POP3 STLS</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="48"/>
        <source>Implicit TLS (POP3S)</source>
        <translation>隱含式 TLS（POP3S）</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="49"/>
        <source>ManageSieve STARTTLS</source>
        <translation>ManageSieve STARTTLS</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="50"/>
        <source>Plain TCP (TLS, no SMTP)</source>
        <translation>純 TCP（TLS，無 SMTP）</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="51"/>
        <source>TLS right after the TCP connect, without any SMTP (e.g. openssl s_server)</source>
        <translation>TCP 連線後立即開始 TLS，不使用 SMTP（例如 openssl s_server）</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="53"/>
        <source>How TLS starts: after STARTTLS, from the first byte, or not at all</source>
        <translation>TLS 的啟動方式：STARTTLS 之後、從第一個位元組開始，或完全不用</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="58"/>
        <source>&amp;Options…</source>
        <translation>選項(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="59"/>
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
        <location filename="../ui/workspace_controller.cpp" line="594"/>
        <source>Export as PDF</source>
        <translation>匯出為 PDF</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="604"/>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF 檔案 (*.pdf);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="630"/>
        <source>PDF report written to %1</source>
        <translation>PDF 報告已寫入 %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="173"/>
        <location filename="../ui/workspace_controller.cpp" line="545"/>
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
        <location filename="../ui/workspace_controller.cpp" line="481"/>
        <location filename="../ui/workspace_controller.cpp" line="503"/>
        <source>Save Workspace</source>
        <translation>儲存工作區</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="323"/>
        <location filename="../ui/workspace_controller.cpp" line="434"/>
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
        <location filename="../ui/workspace_controller.cpp" line="424"/>
        <source>Still opening the previous file.</source>
        <translation>仍在開啟上一個檔案。</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="427"/>
        <source>Opening %1…</source>
        <translation>正在開啟 %1…</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="434"/>
        <source>Import Report</source>
        <translation>匯入報告</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="450"/>
        <source>Opened %1 — 1 report</source>
        <translation>已開啟 %1 — 1 份報告</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="451"/>
        <source>Opened %1 — %2 reports</source>
        <translation>已開啟 %1 — %2 份報告</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="472"/>
        <source>Imported the report %1 into a new workspace</source>
        <translation>已將報告 %1 匯入新的工作區</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="496"/>
        <source>Workspaces (*.%1);;All files (*)</source>
        <translation>工作區 (*.%1);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="523"/>
        <source>Workspace saved to %1</source>
        <translation>工作區已儲存到 %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="545"/>
        <source>MailTLS investigation — %1</source>
        <translation>MailTLS 調查 — %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="554"/>
        <source>There is no report to export yet.</source>
        <translation>目前沒有可匯出的報告。</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="577"/>
        <source>Export HTML Report</source>
        <translation>匯出 HTML 報告</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="605"/>
        <source>HTML files (*.html);;All files (*)</source>
        <translation>HTML 檔案 (*.html);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="628"/>
        <source>Could not write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="632"/>
        <source>HTML report written to %1</source>
        <translation>HTML 報告已寫入 %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="585"/>
        <source>Export Investigation as HTML</source>
        <translation>將調查匯出為 HTML</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="653"/>
        <location filename="../ui/workspace_controller.cpp" line="684"/>
        <source>Autosave failed: %1</source>
        <translation>自動儲存失敗：%1</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="745"/>
        <source>Restored the autosaved workspace from %1</source>
        <translation>已還原 %1 自動儲存的工作區</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="758"/>
        <source>an untitled workspace</source>
        <translation>未命名的工作區</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="759"/>
        <source>MailTLS Workbench did not close normally. Changes to %1 were autosaved at %2 (reports: %3) but not saved.

Restore them?</source>
        <translation>MailTLS 工作台上次未正常關閉。%1 的變更已於 %2 自動儲存（報告：%3），但尚未正式儲存。

要還原這些變更嗎？</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="767"/>
        <location filename="../ui/workspace_controller.cpp" line="783"/>
        <source>Recover workspace</source>
        <translation>復原工作區</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="768"/>
        <source>Restore</source>
        <translation>還原</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="769"/>
        <source>Discard</source>
        <translation>捨棄</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="770"/>
        <source>Not now</source>
        <translation>暫時不要</translation>
    </message>
</context>
</TS>
