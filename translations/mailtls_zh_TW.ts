<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>mailtls::ui::CertificateChainModel</name>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="51"/>
        <source>unknown key</source>
        <translation>未知金鑰</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="54"/>
        <source>%1 bits</source>
        <translation>%1 位元</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="85"/>
        <source>expired today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="85"/>
        <source>expired 1 day ago</source>
        <translation>1 天前已過期</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="85"/>
        <source>expired %1 days ago</source>
        <translation>%1 天前已過期</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="88"/>
        <source>not valid yet</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="90"/>
        <source>expires today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="90"/>
        <source>1 day left</source>
        <translation>剩餘 1 天</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="90"/>
        <source>%1 days left</source>
        <translation>剩餘 %1 天</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="100"/>
        <source>leaf</source>
        <translation>葉憑證</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="102"/>
        <source>self-signed</source>
        <translation>自簽署</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="104"/>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="106"/>
        <source>expired</source>
        <translation>已過期</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="108"/>
        <source>not yet valid</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="110"/>
        <source>expires soon</source>
        <translation>即將到期</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="185"/>
        <source>Position %1 in the served chain
Subject: %2
Issuer: %3</source>
        <translation>所提供憑證鏈中的位置 %1
主體：%2
簽發者：%3</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="208"/>
        <source>Certificate</source>
        <translation>憑證</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="209"/>
        <source>Key</source>
        <translation>金鑰</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="210"/>
        <source>Expires</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="211"/>
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
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="71"/>
        <source>cannot open the CA in %1</source>
        <translation>無法開啟 %1 中的 CA</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="141"/>
        <source>Generate Certificate</source>
        <translation>產生憑證</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="144"/>
        <source>Certificate</source>
        <translation>憑證</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="149"/>
        <source>Self-signed certificate</source>
        <translation>自我簽署憑證</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="150"/>
        <source>Certificate signing request (CSR) for a CA</source>
        <translation>提交給 CA 的憑證簽署要求（CSR）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="151"/>
        <source>Certificate signed by a CA directory</source>
        <translation>由 CA 目錄簽署的憑證</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="152"/>
        <source>&amp;Make:</source>
        <translation>產生(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="159"/>
        <source>directory made by mailtls cert ca init</source>
        <translation>以 mailtls cert ca init 建立的目錄</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="161"/>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="213"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="165"/>
        <source>CA key passphrase (if any)</source>
        <translation>CA 金鑰的密語（如有）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="169"/>
        <source>CA:</source>
        <translation>CA：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="176"/>
        <source>&amp;Key type:</source>
        <translation>金鑰類型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="180"/>
        <source>mail.example.org</source>
        <translation>mail.example.org</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="181"/>
        <source>Common &amp;name (CN):</source>
        <translation>一般名稱（CN）(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="184"/>
        <source>optional, e.g. Example GmbH</source>
        <translation>選填，例如 Example GmbH</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="185"/>
        <source>&amp;Organization (O):</source>
        <translation>組織（O）(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="189"/>
        <source>optional, two letters, e.g. DE</source>
        <translation>選填，兩個字母，例如 TW</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="190"/>
        <source>&amp;Country (C):</source>
        <translation>國家/地區（C）(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="193"/>
        <source>DNS:mail.example.org,DNS:mx2.example.org,IP:192.0.2.25 (empty: DNS:&lt;CN&gt;)</source>
        <translation>DNS:mail.example.org,DNS:mx2.example.org,IP:192.0.2.25（留空：DNS:&lt;CN&gt;）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="194"/>
        <source>&amp;Alternative names:</source>
        <translation>別名(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="199"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="200"/>
        <source>&amp;Validity:</source>
        <translation>有效期間(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="203"/>
        <source>Output files</source>
        <translation>輸出檔案</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="220"/>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="385"/>
        <source>Certificate:</source>
        <translation>憑證：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="222"/>
        <source>Private key (0600):</source>
        <translation>私密金鑰（0600）：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="223"/>
        <source>Replace existing files</source>
        <translation>取代現有檔案</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="228"/>
        <source>Exim and Postfix configuration</source>
        <translation>Exim 與 Postfix 設定</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="235"/>
        <source>The lines that use the generated files appear here.</source>
        <translation>使用所產生檔案的設定行會顯示在這裡。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="238"/>
        <source>&amp;Copy to Clipboard</source>
        <translation>複製到剪貼簿(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="252"/>
        <source>&amp;Generate</source>
        <translation>產生(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="306"/>
        <source>CA Directory</source>
        <translation>CA 目錄</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="308"/>
        <source>Output File</source>
        <translation>輸出檔案</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="320"/>
        <source>Choose a key type.</source>
        <translation>請選擇金鑰類型。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="327"/>
        <source>Enter the host name partners connect to as the common name, e.g. mail.example.org.</source>
        <translation>請輸入對方連線時使用的主機名稱作為一般名稱，例如 mail.example.org。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="336"/>
        <source>Subject: %1</source>
        <translation>主體：%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="344"/>
        <source>Alternative names: %1</source>
        <translation>別名：%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="351"/>
        <source>Choose the CA directory (made with mailtls cert ca init).</source>
        <translation>請選擇 CA 目錄（以 mailtls cert ca init 建立）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="359"/>
        <source>Choose where to write the files.</source>
        <translation>請選擇檔案的寫入位置。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="363"/>
        <source>The key needs a file of its own.</source>
        <translation>金鑰必須存放在獨立的檔案中。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="385"/>
        <source>Request (CSR):</source>
        <translation>要求（CSR）：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="400"/>
        <source>Generating the key and %1… (RSA 4096 can take a few seconds)</source>
        <translation>正在產生金鑰與%1…（RSA 4096 可能需要幾秒鐘）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="401"/>
        <source>the request</source>
        <translation>要求</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="401"/>
        <source>the certificate</source>
        <translation>憑證</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="409"/>
        <source>Press Generate to write the key and the request; then send the request to your CA.</source>
        <translation>按「產生」即可寫入金鑰與要求，然後將要求傳送給您的 CA。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="410"/>
        <source>Press Generate to write the key and the certificate; the chain then opens in the Certificates tab.</source>
        <translation>按「產生」即可寫入金鑰與憑證，隨後憑證鏈會在「憑證」分頁中開啟。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="449"/>
        <source>Nothing was written: %1</source>
        <translation>未寫入任何檔案：%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="456"/>
        <source>Written: %1 and %2. Send the request to your CA; the lines below use its answer.</source>
        <translation>已寫入：%1 與 %2。請將要求傳送給您的 CA；下方的設定行會使用 CA 的回覆。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="458"/>
        <source>Written: %1 and %2. The chain is shown in the Certificates tab; copy the lines below into Exim or Postfix.</source>
        <translation>已寫入：%1 與 %2。憑證鏈顯示在「憑證」分頁中；請將下方設定行複製到 Exim 或 Postfix。</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::CipherGradeStyle</name>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="35"/>
        <source>Strong</source>
        <translation>強</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="36"/>
        <source>Acceptable</source>
        <translation>可接受</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="37"/>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="38"/>
        <source>Insecure</source>
        <translation>不安全</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="40"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="46"/>
        <source>forward secrecy and an AEAD cipher: nothing to do</source>
        <translation>具備前向保密與 AEAD 加密：無需處理</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="47"/>
        <source>forward secrecy, but a CBC cipher (or CCM-8): fine to keep for older partners</source>
        <translation>具備前向保密，但使用 CBC 加密（或 CCM-8）：為相容較舊的對方可以保留</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="48"/>
        <source>no forward secrecy, or 3DES / IDEA / short keys: disable once your partners allow it</source>
        <translation>無前向保密，或使用 3DES / IDEA / 短金鑰：待對方允許後即停用</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="49"/>
        <source>NULL, anonymous, EXPORT, RC4 or DES: an attacker can read or alter the mail; disable now</source>
        <translation>NULL、匿名、EXPORT、RC4 或 DES：攻擊者可讀取或竄改郵件；請立即停用</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="51"/>
        <source>the catalog gives no grade for this suite</source>
        <translation>目錄中沒有此套件的評等</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::CipherGridView</name>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="63"/>
        <source>%v of %m connections</source>
        <translation>%v / %m 個連線</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="65"/>
        <source>Cancel scan</source>
        <translation>取消掃描</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="76"/>
        <source>Only accepted</source>
        <translation>僅顯示已接受</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="78"/>
        <source>Hide the catalog&apos;s suites the server accepts in no version</source>
        <translation>隱藏伺服器在任何版本都不接受的目錄套件</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="79"/>
        <source>Only weak</source>
        <translation>僅顯示弱套件</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="81"/>
        <source>Show only suites graded weak or insecure: the ones to disable</source>
        <translation>僅顯示評為弱或不安全的套件：即應停用的套件</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="82"/>
        <source>All catalog suites</source>
        <translation>所有目錄套件</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="84"/>
        <source>Also list every IANA suite the server did not accept</source>
        <translation>同時列出伺服器未接受的所有 IANA 套件</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="87"/>
        <source>IANA names</source>
        <translation>IANA 名稱</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="88"/>
        <source>OpenSSL names</source>
        <translation>OpenSSL 名稱</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="91"/>
        <source>Filter by name or code, e.g. CHACHA or 0xC030</source>
        <translation>依名稱或代碼篩選，例如 CHACHA 或 0xC030</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="126"/>
        <source>&lt;b&gt;Accepted suites by strength&lt;/b&gt;</source>
        <translation>&lt;b&gt;依強度分類的已接受套件&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="132"/>
        <source>&lt;b&gt;Legend&lt;/b&gt;</source>
        <translation>&lt;b&gt;圖例&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="144"/>
        <source>rank in the server&apos;s own order (⇣ in the header: the server enforces it); ✓ accepted, client&apos;s order</source>
        <translation>伺服器自身順序中的名次（標題列有 ⇣：伺服器強制使用此順序）；✓ 已接受，依用戶端順序</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="146"/>
        <source>the server refuses this protocol version</source>
        <translation>伺服器拒絕此協定版本</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="156"/>
        <source>&lt;b&gt;Server order&lt;/b&gt;</source>
        <translation>&lt;b&gt;伺服器順序&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="247"/>
        <location filename="../ui/views/cipher_grid_view.cpp" line="278"/>
        <source>1 suite</source>
        <translation>1 個套件</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="247"/>
        <location filename="../ui/views/cipher_grid_view.cpp" line="278"/>
        <source>%1 suites</source>
        <translation>%1 個套件</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="249"/>
        <source>%1 of %2 suites</source>
        <translation>%1 / %2 個套件</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="265"/>
        <source>&lt;b&gt;Cipher matrix&lt;/b&gt; — no scan yet</source>
        <translation>&lt;b&gt;加密套件矩陣&lt;/b&gt; — 尚未掃描</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="276"/>
        <source>no protocol version accepted</source>
        <translation>未接受任何協定版本</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="276"/>
        <source>accepts %1</source>
        <translation>接受 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="280"/>
        <source>groups %1</source>
        <translation>群組 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="282"/>
        <source>DH %1 bits</source>
        <translation>DH %1 位元</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="284"/>
        <source>certificates: %1</source>
        <translation>憑證：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="286"/>
        <source>%1 connections, %2 handshakes</source>
        <translation>%1 個連線，%2 次交握</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="288"/>
        <source>%1 retried after rate limiting</source>
        <translation>%1 個因速率限制而重試</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="290"/>
        <source>Cipher matrix</source>
        <translation>加密套件矩陣</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="297"/>
        <source>Scanning %1: each version is enumerated with as few handshakes as possible. Cancel stops at once; nothing is shown for a cancelled scan.</source>
        <translation>正在掃描 %1：每個版本都以盡可能少的交握次數列舉。按「取消」會立即停止；已取消的掃描不會顯示任何結果。</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="300"/>
        <source>Press Scan (next to Connect) to enumerate every protocol version and cipher suite the server accepts.</source>
        <translation>按「掃描」（位於「連線」旁）即可列舉伺服器接受的每個協定版本與加密套件。</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="304"/>
        <source>1 accepted suite is weak or insecure: tick &quot;Only weak&quot; to see it, and Findings for the Exim and Postfix lines that disable it.</source>
        <translation>有 1 個已接受的套件為弱或不安全：勾選「僅顯示弱套件」即可查看，並可在「發現」中找到停用它的 Exim 與 Postfix 設定行。</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="306"/>
        <source>%1 accepted suites are weak or insecure: tick &quot;Only weak&quot; to list them, and see Findings for the Exim and Postfix lines that disable them.</source>
        <translation>有 %1 個已接受的套件為弱或不安全：勾選「僅顯示弱套件」即可列出，並可在「發現」中找到停用它們的 Exim 與 Postfix 設定行。</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="308"/>
        <source>Every accepted suite is graded strong or acceptable. Hover over a cell to see a suite taken apart.</source>
        <translation>所有已接受的套件均評為強或可接受。將滑鼠停在儲存格上即可查看套件的各組成部分。</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="336"/>
        <source>No accepted version yet.</source>
        <translation>尚無已接受的版本。</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="341"/>
        <source>The server picks from its own list, in this order:</source>
        <translation>伺服器依自己的清單選擇，順序如下：</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="342"/>
        <source>The server follows the client&apos;s order; accepted suites:</source>
        <translation>伺服器遵循用戶端的順序；已接受的套件：</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="349"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="364"/>
        <source>starting…</source>
        <translation>正在啟動…</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::CipherMatrixModel</name>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="384"/>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="411"/>
        <source>%1 was not tested</source>
        <translation>未測試 %1</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="386"/>
        <source>The server refuses %1</source>
        <translation>伺服器拒絕 %1</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="388"/>
        <source>1 suite accepted</source>
        <translation>已接受 1 個套件</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="388"/>
        <source>%1 suites accepted</source>
        <translation>已接受 %1 個套件</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="390"/>
        <source>%1: %2; the server enforces its own order (the numbers are its ranks)</source>
        <translation>%1：%2；伺服器強制使用自己的順序（數字為其名次）</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="391"/>
        <source>%1: %2; the server follows the client&apos;s order</source>
        <translation>%1：%2；伺服器遵循用戶端的順序</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="405"/>
        <source>Accepted with %1 — the server&apos;s choice %2 of %3</source>
        <translation>在 %1 下接受 — 伺服器的第 %2 選擇（共 %3 個）</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="406"/>
        <source>Accepted with %1 (the server follows the client&apos;s order)</source>
        <translation>在 %1 下接受（伺服器遵循用戶端的順序）</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="409"/>
        <source>Not accepted with %1</source>
        <translation>在 %1 下不被接受</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="410"/>
        <source>The server refuses %1 altogether</source>
        <translation>伺服器完全拒絕 %1</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="412"/>
        <source>This suite does not exist in %1</source>
        <translation>%1 中不存在此套件</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="419"/>
        <source>key exchange</source>
        <translation>金鑰交換</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="419"/>
        <source>authentication</source>
        <translation>身分驗證</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="419"/>
        <source>cipher</source>
        <translation>加密演算法</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="419"/>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="430"/>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="628"/>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="425"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="427"/>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="625"/>
        <source>Key exchange</source>
        <translation>金鑰交換</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="428"/>
        <source>Authentication</source>
        <translation>身分驗證</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="429"/>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="627"/>
        <source>Cipher</source>
        <translation>加密演算法</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="429"/>
        <source>%1 (%2 bits)</source>
        <translation>%1（%2 位元）</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="433"/>
        <source>IANA</source>
        <translation>IANA</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="434"/>
        <source>OpenSSL</source>
        <translation>OpenSSL</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="434"/>
        <source>— (OpenSSL has no name for it)</source>
        <translation>—（OpenSSL 沒有對應名稱）</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="435"/>
        <source>GnuTLS</source>
        <translation>GnuTLS</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="436"/>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="623"/>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="450"/>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="453"/>
        <source>Not accepted in any version</source>
        <translation>在任何版本下都不被接受</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="453"/>
        <source>Accepted with %1</source>
        <translation>在 %1 下接受</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="622"/>
        <source>Suite (OpenSSL name)</source>
        <translation>套件（OpenSSL 名稱）</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="622"/>
        <source>Suite (IANA name)</source>
        <translation>套件（IANA 名稱）</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="624"/>
        <source>Strength</source>
        <translation>強度</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="626"/>
        <source>Auth</source>
        <translation>驗證</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="629"/>
        <source>Bits</source>
        <translation>位元</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="633"/>
        <source>The cipher suite; hover over a name to see it taken apart</source>
        <translation>加密套件；將滑鼠停在名稱上即可查看其各組成部分</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="634"/>
        <source>The suite&apos;s two-byte IANA code point</source>
        <translation>套件的兩位元組 IANA 代碼點</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="635"/>
        <source>Strength grade from the cipher catalog</source>
        <translation>加密套件目錄中的強度評等</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::CommandLineWidget</name>
    <message>
        <location filename="../ui/views/command_line_widget.cpp" line="24"/>
        <source>&amp;Send</source>
        <translation>傳送(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/views/command_line_widget.cpp" line="44"/>
        <source>Type a command (e.g. NOOP or MAIL FROM:&lt;a@example.org&gt;) and press Enter</source>
        <translation>輸入指令（例如 NOOP 或 MAIL FROM:&lt;a@example.org&gt;）後按 Enter</translation>
    </message>
    <message>
        <location filename="../ui/views/command_line_widget.cpp" line="45"/>
        <source>Commands can be typed once a session is ready</source>
        <translation>連線階段就緒後即可輸入指令</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::FindingsModel</name>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="99"/>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="100"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="101"/>
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
        <location filename="../ui/views/handshake_view.cpp" line="21"/>
        <source>not checked</source>
        <translation>未檢查</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="23"/>
        <source>ok — the chain verifies against the trust store</source>
        <translation>正常 — 憑證鏈可通過信任庫驗證</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="24"/>
        <source>failed: %1 (code %2)</source>
        <translation>失敗：%1（代碼 %2）</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="32"/>
        <source>Negotiated</source>
        <translation>協商結果</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="44"/>
        <source>Protocol:</source>
        <translation>協定：</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="45"/>
        <source>Cipher (IANA):</source>
        <translation>加密套件（IANA）：</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="46"/>
        <source>Cipher (OpenSSL):</source>
        <translation>加密套件（OpenSSL）：</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="47"/>
        <source>Cipher code:</source>
        <translation>套件代碼：</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="48"/>
        <source>Key exchange group:</source>
        <translation>金鑰交換群組：</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="49"/>
        <source>Server temp key:</source>
        <translation>伺服器暫時金鑰：</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="50"/>
        <source>Peer signature:</source>
        <translation>對端簽章：</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="51"/>
        <source>Verification:</source>
        <translation>驗證：</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="52"/>
        <source>Security level:</source>
        <translation>安全等級：</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="53"/>
        <source>Client certificate:</source>
        <translation>用戶端憑證：</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="54"/>
        <source>Compression:</source>
        <translation>壓縮：</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="56"/>
        <source>Handshake messages</source>
        <translation>交握訊息</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="140"/>
        <source>No handshake yet. Connect to a server to see what it negotiates.</source>
        <translation>尚未交握。連線到伺服器即可查看協商結果。</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="152"/>
        <source>Not connected, so there was no handshake.</source>
        <translation>未連線，因此沒有交握。</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="155"/>
        <source>No TLS handshake was attempted.</source>
        <translation>未嘗試 TLS 交握。</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="156"/>
        <source>No TLS: the server did not offer STARTTLS or refused it, so the session stayed in cleartext.</source>
        <translation>沒有 TLS：伺服器未提供或拒絕了 STARTTLS，連線階段仍為明文。</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="161"/>
        <source>alert %1 (%2)</source>
        <translation>警示 %1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="162"/>
        <source>Handshake failed: %1</source>
        <translation>交握失敗：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="162"/>
        <source>no reason given</source>
        <translation>未提供原因</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="164"/>
        <source>%1 established with %2, but the certificate does not verify: %3.</source>
        <translation>已與 %2 建立 %1，但憑證驗證失敗：%3。</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="167"/>
        <source>%1 established with %2; the certificate verifies.</source>
        <translation>已與 %2 建立 %1；憑證驗證通過。</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="177"/>
        <source>%1, %2 bits</source>
        <translation>%1，%2 位元</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="182"/>
        <source>%1 with %2</source>
        <translation>%1，摘要 %2</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="188"/>
        <source>0 — everything allowed, so legacy servers can be examined; weak parameters are reported as findings</source>
        <translation>0 — 全部允許，以便檢查舊伺服器；弱參數會列為發現</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="189"/>
        <source>%1 — OpenSSL refuses parameters below this level</source>
        <translation>%1 — OpenSSL 會拒絕低於此等級的參數</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="192"/>
        <source>not requested</source>
        <translation>未要求</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="194"/>
        <source>requested, sent</source>
        <translation>已要求，已傳送</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="194"/>
        <source>requested, none sent</source>
        <translation>已要求，未傳送</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="196"/>
        <source>none</source>
        <translation>無</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="64"/>
        <source>MailTLS Workbench</source>
        <translation>MailTLS 工作台</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="100"/>
        <source>%1 of about %2 connections</source>
        <translation>%1 / 約 %2 個連線</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="101"/>
        <source>Scanning %1 — %2 of about %3 connections</source>
        <translation>正在掃描 %1 — %2 / 約 %3 個連線</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="105"/>
        <source>Scan cancelled — %1</source>
        <translation>掃描已取消 — %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="122"/>
        <source>&amp;Connect</source>
        <translation>連線(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="125"/>
        <source>Connect to the server and run the session (Ctrl+Enter)</source>
        <translation>連線到伺服器並執行連線階段（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="128"/>
        <source>&amp;Disconnect</source>
        <translation>中斷連線(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="130"/>
        <source>Say QUIT and close the connection</source>
        <translation>傳送 QUIT 並關閉連線</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="133"/>
        <source>C&amp;ancel</source>
        <translation>取消(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="136"/>
        <source>Abort the session at once (Esc)</source>
        <translation>立即中止連線階段（Esc）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="139"/>
        <source>&amp;Scan</source>
        <translation>掃描(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="142"/>
        <source>Scan every protocol version and cipher suite the server accepts (Ctrl+Shift+Enter)</source>
        <translation>掃描伺服器接受的每個協定版本與加密套件（Ctrl+Shift+Enter）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="145"/>
        <source>&amp;Open Certificate…</source>
        <translation>開啟憑證(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="148"/>
        <source>Inspect certificate, chain, key or PKCS#12 files as a server would send them</source>
        <translation>以伺服器傳送時的樣貌檢查憑證、憑證鏈、金鑰或 PKCS#12 檔案</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="151"/>
        <source>&amp;Generate Certificate…</source>
        <translation>產生憑證(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="153"/>
        <source>Make a key with a self-signed certificate, a CSR, or a certificate from a CA directory</source>
        <translation>產生金鑰，並附帶自我簽署憑證、CSR 或由 CA 目錄簽發的憑證</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="156"/>
        <source>&amp;Save Report as JSON…</source>
        <translation>將報告另存為 JSON(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="160"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="165"/>
        <source>&amp;About MailTLS Workbench</source>
        <translation>關於 MailTLS 工作台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="172"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="178"/>
        <source>&amp;Session</source>
        <translation>連線階段(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="184"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="187"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="193"/>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="218"/>
        <source>&lt;b&gt;Transcript&lt;/b&gt;</source>
        <translation>&lt;b&gt;對話記錄&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="294"/>
        <location filename="../ui/main_window.cpp" line="295"/>
        <source>connecting</source>
        <translation>正在連線</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="296"/>
        <source>waiting for the banner</source>
        <translation>等待歡迎訊息</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="297"/>
        <source>EHLO</source>
        <translation>EHLO</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="298"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="299"/>
        <location filename="../ui/main_window.cpp" line="300"/>
        <source>TLS handshake</source>
        <translation>TLS 交握</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="301"/>
        <source>EHLO over TLS</source>
        <translation>透過 TLS 傳送 EHLO</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="302"/>
        <source>authenticating</source>
        <translation>正在驗證身分</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="303"/>
        <source>sending the message</source>
        <translation>正在傳送郵件</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="304"/>
        <source>QUIT</source>
        <translation>QUIT</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="305"/>
        <source>interactive</source>
        <translation>互動模式</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="306"/>
        <source>closing</source>
        <translation>正在關閉</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="333"/>
        <source>Idle — enter a mail server and press Connect</source>
        <translation>閒置 — 輸入郵件伺服器後按「連線」</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="336"/>
        <source>Connecting to %1…</source>
        <translation>正在連線到 %1…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="339"/>
        <source>Connected to %1 — interactive: lines typed below go to the server as typed</source>
        <translation>已連線到 %1 — 互動模式：下方輸入的每一行都原樣傳送給伺服器</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="343"/>
        <source>Disconnecting from %1…</source>
        <translation>正在中斷與 %1 的連線…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="397"/>
        <source>Scanning %1…</source>
        <translation>正在掃描 %1…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="413"/>
        <source>Scan failed: %1</source>
        <translation>掃描失敗：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="414"/>
        <source>Scan failed — %1: %2</source>
        <translation>掃描失敗 — %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="433"/>
        <source>Scanned %1 — %2 suites accepted, %3 connections</source>
        <translation>已掃描 %1 — 接受 %2 個套件，%3 個連線</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="442"/>
        <source>Cancelled — %1</source>
        <translation>已取消 — %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="443"/>
        <source>Session cancelled. What was received so far is kept below.</source>
        <translation>連線階段已取消。已收到的內容保留在下方。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="450"/>
        <source>%1 — %2…</source>
        <translation>%1 — %2…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="483"/>
        <source>TLS failed</source>
        <translation>TLS 失敗</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="485"/>
        <source>no TLS</source>
        <translation>無 TLS</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="493"/>
        <source>%1 — session complete, closing…</source>
        <translation>%1 — 連線階段完成，正在關閉…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="502"/>
        <source>Failed — %1: %2</source>
        <translation>失敗 — %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="505"/>
        <source>Disconnected from %1 — 1 finding</source>
        <translation>已中斷與 %1 的連線 — 1 項發現</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="506"/>
        <source>Disconnected from %1 — %2 findings</source>
        <translation>已中斷與 %1 的連線 — %2 項發現</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="514"/>
        <source>Handshake (%1)</source>
        <translation>交握（%1）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="515"/>
        <source>Handshake</source>
        <translation>交握</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="517"/>
        <source>Certificates (%1)</source>
        <translation>憑證（%1）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="517"/>
        <source>Certificates</source>
        <translation>憑證</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="519"/>
        <source>Findings (%1)</source>
        <translation>發現（%1）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="519"/>
        <source>Findings</source>
        <translation>發現</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="522"/>
        <source>Cipher matrix (%1)</source>
        <translation>加密套件矩陣（%1）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="522"/>
        <source>Cipher matrix</source>
        <translation>加密套件矩陣</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="559"/>
        <source>Save Report as JSON</source>
        <translation>將報告另存為 JSON</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="560"/>
        <source>JSON reports (*.json);;All files (*)</source>
        <translation>JSON 報告 (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="565"/>
        <source>Save Report</source>
        <translation>儲存報告</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="565"/>
        <source>Could not save %1: %2</source>
        <translation>無法儲存 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="567"/>
        <source>Report saved to %1</source>
        <translation>報告已儲存到 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="572"/>
        <source>About MailTLS Workbench</source>
        <translation>關於 MailTLS 工作台</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="573"/>
        <source>&lt;h3&gt;MailTLS Workbench %1&lt;/h3&gt;&lt;p&gt;Looks at the TLS side of mail servers: the SMTP conversation as it happened, the handshake, the served certificate chain, and what to change in Exim or Postfix.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MailTLS 工作台 %1&lt;/h3&gt;&lt;p&gt;檢查郵件伺服器的 TLS 層面：實際發生的 SMTP 對話、交握過程、伺服器提供的憑證鏈，以及 Exim 或 Postfix 中需要修改的設定。&lt;/p&gt;&lt;p&gt;以 Qt %2 與 %3 建置。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="584"/>
        <source>Open Certificate</source>
        <translation>開啟憑證</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="585"/>
        <source>Certificates and keys (*.pem *.crt *.cer *.der *.key *.p12 *.pfx *.p7b *.chain);;All files (*)</source>
        <translation>憑證與金鑰 (*.pem *.crt *.cer *.der *.key *.p12 *.pfx *.p7b *.chain);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="595"/>
        <source>A session is running; open the certificate when it has finished.</source>
        <translation>連線階段正在執行；請待其結束後再開啟憑證。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="599"/>
        <source>Reading %1…</source>
        <translation>正在讀取 %1…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="638"/>
        <source>Passphrase</source>
        <translation>密語</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="639"/>
        <source>%1

Passphrase:</source>
        <translation>%1

密語：</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="644"/>
        <source>Could not read the certificate files:
%1</source>
        <translation>無法讀取憑證檔案：
%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="645"/>
        <source>Could not read %1</source>
        <translation>無法讀取 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="650"/>
        <source>%1 holds no certificate, only private keys. Open the certificate file together with the key.</source>
        <translation>%1 不含憑證，只有私密金鑰。請將憑證檔案與金鑰一併開啟。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="651"/>
        <source>No certificate in %1</source>
        <translation>%1 中沒有憑證</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="663"/>
        <source>From file %1</source>
        <translation>來自檔案 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="664"/>
        <source>From files %1</source>
        <translation>來自檔案 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="672"/>
        <source>Inspected %1 — 1 finding</source>
        <translation>已檢查 %1 — 1 項發現</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="673"/>
        <source>Inspected %1 — %2 findings</source>
        <translation>已檢查 %1 — %2 項發現</translation>
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
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="145"/>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="187"/>
        <source>The CA file does not exist.</source>
        <translation>CA 檔案不存在。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="189"/>
        <source>The client certificate file does not exist.</source>
        <translation>用戶端憑證檔案不存在。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="191"/>
        <source>The client key file does not exist.</source>
        <translation>用戶端金鑰檔案不存在。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="193"/>
        <source>A client certificate needs its private key, and a key needs its certificate.</source>
        <translation>用戶端憑證需要對應的私密金鑰，私密金鑰也需要對應的憑證。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="196"/>
        <source>The lowest TLS version is above the highest one.</source>
        <translation>最低 TLS 版本高於最高版本。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="198"/>
        <source>The EHLO name cannot contain spaces.</source>
        <translation>EHLO 名稱不能包含空格。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="224"/>
        <source>No SNI will be sent: servers with several certificates show their default one.</source>
        <translation>將不傳送 SNI：擁有多張憑證的伺服器會出示其預設憑證。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="226"/>
        <source>Security level %1: servers with weaker keys or ciphers fail the handshake instead of being examined.</source>
        <translation>安全等級 %1：金鑰或加密套件較弱的伺服器會直接交握失敗，而無法被檢查。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="229"/>
        <source>Tip: to check a partner&apos;s view, set &quot;Verify certificate for&quot; to the MX name they look up. These options apply from the next Connect.</source>
        <translation>提示：要從對方的角度檢查，請在「驗證憑證的名稱」中填入對方查詢到的 MX 名稱。這些選項從下一次連線起生效。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="231"/>
        <source>These options apply from the next Connect.</source>
        <translation>這些選項從下一次連線起生效。</translation>
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
    <name>mailtls::ui::StrengthChart</name>
    <message>
        <location filename="../ui/views/strength_chart.cpp" line="90"/>
        <source>accepted suites</source>
        <translation>已接受的套件</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::TargetBar</name>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="21"/>
        <source>&amp;Host:</source>
        <translation>主機(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="24"/>
        <source>mail.example.org</source>
        <translation>mail.example.org</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="26"/>
        <source>Host name or address of the mail server</source>
        <translation>郵件伺服器的主機名稱或位址</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="29"/>
        <source>&amp;Port:</source>
        <translation>連接埠(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="34"/>
        <source>25 SMTP, 587 submission, 465 SMTPS (implicit TLS), 24 LMTP</source>
        <translation>25 SMTP，587 提交，465 SMTPS（隱含式 TLS），24 LMTP</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="37"/>
        <source>&amp;Mode:</source>
        <translation>模式(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="40"/>
        <source>SMTP STARTTLS</source>
        <translation>SMTP STARTTLS</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="41"/>
        <source>LMTP STARTTLS</source>
        <translation>LMTP STARTTLS</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="42"/>
        <source>Implicit TLS (SMTPS)</source>
        <translation>隱含式 TLS（SMTPS）</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="43"/>
        <source>Plain TCP (TLS, no SMTP)</source>
        <translation>純 TCP（TLS，無 SMTP）</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="44"/>
        <source>TLS right after the TCP connect, without any SMTP (e.g. openssl s_server)</source>
        <translation>TCP 連線後立即開始 TLS，不使用 SMTP（例如 openssl s_server）</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="46"/>
        <source>How TLS starts: after STARTTLS, from the first byte, or not at all</source>
        <translation>TLS 的啟動方式：STARTTLS 之後、從第一個位元組開始，或完全不用</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="51"/>
        <source>&amp;Options…</source>
        <translation>選項(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="52"/>
        <source>SNI, verification name, CA file, client certificate, TLS versions, ciphers, groups, EHLO name</source>
        <translation>SNI、驗證名稱、CA 檔案、用戶端憑證、TLS 版本、加密套件、群組、EHLO 名稱</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::TranscriptModel</name>
    <message>
        <location filename="../ui/models/transcript_model.cpp" line="86"/>
        <source>Sent by the workbench (client)</source>
        <translation>由工作台（用戶端）傳送</translation>
    </message>
    <message>
        <location filename="../ui/models/transcript_model.cpp" line="87"/>
        <source>Sent by the server</source>
        <translation>由伺服器傳送</translation>
    </message>
    <message>
        <location filename="../ui/models/transcript_model.cpp" line="88"/>
        <source>TLS event</source>
        <translation>TLS 事件</translation>
    </message>
    <message>
        <location filename="../ui/models/transcript_model.cpp" line="89"/>
        <source>Note from the workbench</source>
        <translation>工作台備註</translation>
    </message>
    <message>
        <location filename="../ui/models/transcript_model.cpp" line="111"/>
        <source>%1 ms after the session started</source>
        <translation>連線階段開始後 %1 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/models/transcript_model.cpp" line="138"/>
        <source>Time (s)</source>
        <translation>時間（秒）</translation>
    </message>
    <message>
        <location filename="../ui/models/transcript_model.cpp" line="139"/>
        <source>Dir</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../ui/models/transcript_model.cpp" line="140"/>
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
        <location filename="../ui/views/validity_timeline.cpp" line="109"/>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/views/validity_timeline.cpp" line="145"/>
        <source>expired %1</source>
        <translation>已於 %1 過期</translation>
    </message>
    <message>
        <location filename="../ui/views/validity_timeline.cpp" line="148"/>
        <source>from %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <location filename="../ui/views/validity_timeline.cpp" line="152"/>
        <source>until %1 (%2)</source>
        <translation>至 %1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/views/validity_timeline.cpp" line="177"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
</context>
</TS>
