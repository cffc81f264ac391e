<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
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
        <location filename="../ui/views/compare_view.cpp" line="33"/>
        <source>Type a server as HOST or HOST:PORT.</source>
        <translation>請以 HOST 或 HOST:PORT 格式輸入伺服器。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="39"/>
        <source>&apos;%1&apos;: missing &apos;]&apos; after the IPv6 address.</source>
        <translation>「%1」：IPv6 位址後缺少「]」。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="45"/>
        <source>&apos;%1&apos;: expected &apos;:PORT&apos; after &apos;]&apos;.</source>
        <translation>「%1」：「]」之後應為「:PORT」。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="57"/>
        <source>&apos;%1&apos; is not a host name or address.</source>
        <translation>「%1」不是主機名稱或位址。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="65"/>
        <source>&apos;%1&apos; is not a port (1-65535).</source>
        <translation>「%1」不是連接埠（1-65535）。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="82"/>
        <source>Compare Servers</source>
        <translation>比較伺服器</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="88"/>
        <source>mx2.example.org:25</source>
        <translation>mx2.example.org:25</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="90"/>
        <source>Scan and Add</source>
        <translation>掃描並加入</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="92"/>
        <source>Scan this server now and add it as a column</source>
        <translation>立即掃描此伺服器並新增為一欄</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="93"/>
        <source>Add Saved Report…</source>
        <translation>加入已儲存的報告…</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="95"/>
        <source>A report saved as JSON (mailtls scan --json, File &gt; Save Report)</source>
        <translation>以 JSON 儲存的報告（mailtls scan --json、檔案 &gt; 儲存報告）</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="96"/>
        <source>Remove Column</source>
        <translation>移除欄</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="98"/>
        <source>Remove the server whose cell is selected</source>
        <translation>移除所選儲存格所屬的伺服器</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="99"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="100"/>
        <source>Stop the running scan and drop the queued ones</source>
        <translation>停止執行中的掃描並捨棄佇列中的掃描</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="106"/>
        <source>Server:</source>
        <translation>伺服器：</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="165"/>
        <source>Scan cancelled.</source>
        <translation>掃描已取消。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="204"/>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="203"/>
        <source>%1 is not a MailTLS report: %2</source>
        <translation>%1 不是 MailTLS 報告：%2</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="213"/>
        <source>Added %1.</source>
        <translation>已加入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="244"/>
        <source>Scanning %1…</source>
        <translation>正在掃描 %1…</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="255"/>
        <source>Cannot scan %1: %2</source>
        <translation>無法掃描 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="258"/>
        <source>Added %1 (%2 connections).</source>
        <translation>已加入 %1（%2 個連線）。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="277"/>
        <source>Select a cell in the column of the server to remove.</source>
        <translation>請在要移除的伺服器欄中選取一個儲存格。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="285"/>
        <source>Add Saved Reports</source>
        <translation>加入已儲存的報告</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="286"/>
        <source>MailTLS reports (*.json);;All files (*)</source>
        <translation>MailTLS 報告 (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="304"/>
        <source>No servers yet</source>
        <translation>尚無伺服器</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="304"/>
        <source>1 server — add another to compare</source>
        <translation>1 台伺服器 — 再加入一台以進行比較</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="306"/>
        <source>%1 servers — no differences, %2 facts the same</source>
        <translation>%1 台伺服器 — 沒有差異，%2 項相同</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="308"/>
        <source>%1 servers — %2 differences (highlighted, first), %3 facts the same</source>
        <translation>%1 台伺服器 — %2 項差異（醒目標示並列於最前），%3 項相同</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="321"/>
        <source>Add two or more servers: type HOST:PORT and press Scan and Add, or add a saved report.</source>
        <translation>請加入兩台以上的伺服器：輸入 HOST:PORT 後按「掃描並加入」，或加入已儲存的報告。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="323"/>
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
        <location filename="../ui/views/ladder_details.cpp" line="124"/>
        <source>Decoded fields</source>
        <translation>解碼欄位</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_details.cpp" line="124"/>
        <source>Recorded summary</source>
        <translation>記錄的摘要</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_details.cpp" line="144"/>
        <source>This report was saved without the message bytes, so only the summary is known.</source>
        <translation>此報告儲存時未包含訊息位元組，因此只有摘要可供查看。</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::LadderModel</name>
    <message>
        <location filename="../ui/models/ladder_model.cpp" line="123"/>
        <source>Implicit TLS: the handshake starts with the first byte</source>
        <translation>隱含式 TLS：交握從第一個位元組開始</translation>
    </message>
    <message>
        <location filename="../ui/models/ladder_model.cpp" line="126"/>
        <source>STARTTLS accepted: TLS starts here</source>
        <translation>已接受 STARTTLS：TLS 從這裡開始</translation>
    </message>
    <message>
        <location filename="../ui/models/ladder_model.cpp" line="132"/>
        <source>the handshake failed: %1</source>
        <translation>交握失敗：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/ladder_model.cpp" line="180"/>
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
        <location filename="../ui/main_window.cpp" line="327"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="329"/>
        <source>Logs</source>
        <translation>日誌</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="339"/>
        <source>Domain</source>
        <translation>網域</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="342"/>
        <source>Fleet</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="349"/>
        <source>%1 with %2:%3 from the Fleet tab</source>
        <translation>來自「批次」分頁的 %1：%2:%3</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="350"/>
        <source>Scan</source>
        <translation>掃描</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="350"/>
        <source>Session</source>
        <translation>工作階段</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="411"/>
        <location filename="../ui/main_window.cpp" line="412"/>
        <source>connecting</source>
        <translation>正在連線</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="413"/>
        <source>waiting for the banner</source>
        <translation>等待歡迎訊息</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="414"/>
        <source>EHLO</source>
        <translation>EHLO</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="415"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="416"/>
        <location filename="../ui/main_window.cpp" line="417"/>
        <source>TLS handshake</source>
        <translation>TLS 交握</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="418"/>
        <source>EHLO over TLS</source>
        <translation>透過 TLS 傳送 EHLO</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="419"/>
        <source>authenticating</source>
        <translation>正在驗證身分</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="420"/>
        <source>sending the message</source>
        <translation>正在傳送郵件</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="421"/>
        <source>QUIT</source>
        <translation>QUIT</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="422"/>
        <source>interactive</source>
        <translation>互動模式</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="423"/>
        <source>closing</source>
        <translation>正在關閉</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="450"/>
        <location filename="../ui/main_window.cpp" line="911"/>
        <source>Idle — enter a mail server and press Connect</source>
        <translation>閒置 — 輸入郵件伺服器後按「連線」</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="453"/>
        <source>Connecting to %1…</source>
        <translation>正在連線到 %1…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="456"/>
        <source>Connected to %1 — interactive: lines typed below go to the server as typed</source>
        <translation>已連線到 %1 — 互動模式：下方輸入的每一行都原樣傳送給伺服器</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="460"/>
        <source>Disconnecting from %1…</source>
        <translation>正在中斷與 %1 的連線…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="516"/>
        <source>Scanning %1…</source>
        <translation>正在掃描 %1…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="535"/>
        <location filename="../ui/main_window.cpp" line="938"/>
        <source>Scan failed: %1</source>
        <translation>掃描失敗：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="536"/>
        <source>Scan failed — %1: %2</source>
        <translation>掃描失敗 — %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="555"/>
        <source>Scanned %1 — %2 suites accepted, %3 connections</source>
        <translation>已掃描 %1 — 接受 %2 個套件，%3 個連線</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="564"/>
        <source>Cancelled — %1</source>
        <translation>已取消 — %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="565"/>
        <source>Session cancelled. What was received so far is kept below.</source>
        <translation>連線階段已取消。已收到的內容保留在下方。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="572"/>
        <source>%1 — %2…</source>
        <translation>%1 — %2…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="610"/>
        <source>TLS failed</source>
        <translation>TLS 失敗</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="612"/>
        <source>no TLS</source>
        <translation>無 TLS</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="620"/>
        <source>%1 — session complete, closing…</source>
        <translation>%1 — 連線階段完成，正在關閉…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="628"/>
        <source>Likely: %1</source>
        <translation>可能的原因：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="631"/>
        <source>Failed — %1: %2</source>
        <translation>失敗 — %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="641"/>
        <source>Disconnected from %1 — 1 finding</source>
        <translation>已中斷與 %1 的連線 — 1 項發現</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="642"/>
        <source>Disconnected from %1 — %2 findings</source>
        <translation>已中斷與 %1 的連線 — %2 項發現</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="650"/>
        <source>Handshake (%1)</source>
        <translation>交握（%1）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="651"/>
        <source>Handshake</source>
        <translation>交握</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="653"/>
        <source>Ladder (%1)</source>
        <translation>階梯圖（%1）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="653"/>
        <source>Ladder</source>
        <translation>階梯圖</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="655"/>
        <source>Certificates (%1)</source>
        <translation>憑證（%1）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="655"/>
        <source>Certificates</source>
        <translation>憑證</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="657"/>
        <source>Findings (%1)</source>
        <translation>發現（%1）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="657"/>
        <source>Findings</source>
        <translation>發現</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="660"/>
        <source>Cipher matrix (%1)</source>
        <translation>加密套件矩陣（%1）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="660"/>
        <source>Cipher matrix</source>
        <translation>加密套件矩陣</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="704"/>
        <source>Save Report as JSON</source>
        <translation>將報告另存為 JSON</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="705"/>
        <source>JSON reports (*.json);;All files (*)</source>
        <translation>JSON 報告 (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="683"/>
        <source>Save Report</source>
        <translation>儲存報告</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="635"/>
        <source>The server refused STARTTLS: %1</source>
        <translation>伺服器拒絕了 STARTTLS：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="636"/>
        <source>The server refused EHLO: %1</source>
        <translation>伺服器拒絕了 EHLO：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="637"/>
        <source>The server refused the session in its greeting: %1</source>
        <translation>伺服器在問候時就拒絕了工作階段：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="684"/>
        <source>Could not save %1: %2</source>
        <translation>無法儲存 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="689"/>
        <source>Report saved to %1</source>
        <translation>報告已儲存到 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="713"/>
        <source>About MailTLS Workbench</source>
        <translation>關於 MailTLS 工作台</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="714"/>
        <source>&lt;h3&gt;MailTLS Workbench %1&lt;/h3&gt;&lt;p&gt;Looks at the TLS side of mail servers: the SMTP conversation as it happened, the handshake, the served certificate chain, and what to change in Exim or Postfix.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MailTLS 工作台 %1&lt;/h3&gt;&lt;p&gt;檢查郵件伺服器的 TLS 層面：實際發生的 SMTP 對話、交握過程、伺服器提供的憑證鏈，以及 Exim 或 Postfix 中需要修改的設定。&lt;/p&gt;&lt;p&gt;以 Qt %2 與 %3 建置。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="725"/>
        <source>Open Certificate</source>
        <translation>開啟憑證</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="726"/>
        <source>Certificates and keys (*.pem *.crt *.cer *.der *.key *.p12 *.pfx *.p7b *.chain);;All files (*)</source>
        <translation>憑證與金鑰 (*.pem *.crt *.cer *.der *.key *.p12 *.pfx *.p7b *.chain);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="736"/>
        <source>A session is running; open the certificate when it has finished.</source>
        <translation>連線階段正在執行；請待其結束後再開啟憑證。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="740"/>
        <source>Reading %1…</source>
        <translation>正在讀取 %1…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="768"/>
        <source>Passphrase</source>
        <translation>密語</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="769"/>
        <source>%1

Passphrase:</source>
        <translation>%1

密語：</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="774"/>
        <source>Could not read the certificate files:
%1</source>
        <translation>無法讀取憑證檔案：
%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="775"/>
        <source>Could not read %1</source>
        <translation>無法讀取 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="780"/>
        <source>%1 holds no certificate, only private keys. Open the certificate file together with the key.</source>
        <translation>%1 不含憑證，只有私密金鑰。請將憑證檔案與金鑰一併開啟。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="781"/>
        <source>No certificate in %1</source>
        <translation>%1 中沒有憑證</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="794"/>
        <location filename="../ui/main_window.cpp" line="929"/>
        <source>From file %1</source>
        <translation>來自檔案 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="795"/>
        <location filename="../ui/main_window.cpp" line="930"/>
        <source>From files %1</source>
        <translation>來自檔案 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="803"/>
        <source>Inspected %1 — 1 finding</source>
        <translation>已檢查 %1 — 1 項發現</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="804"/>
        <source>Inspected %1 — %2 findings</source>
        <translation>已檢查 %1 — %2 項發現</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="345"/>
        <location filename="../ui/main_window.cpp" line="853"/>
        <location filename="../ui/main_window.cpp" line="864"/>
        <source>A session or scan is running; try again when it has finished.</source>
        <translation>連線階段或掃描正在執行；請待其結束後再試。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="857"/>
        <source>Session with %1 (%2) from the Domain tab</source>
        <translation>來自「網域」分頁的與 %1（%2）的連線階段</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="942"/>
        <source>Saved report of %1 from %2 — 1 finding</source>
        <translation>%1 的已儲存報告（%2）— 1 項發現</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="943"/>
        <source>Saved report of %1 from %2 — %3 findings</source>
        <translation>%1 的已儲存報告（%2）— %3 項發現</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="974"/>
        <source>&amp;Stop practice server</source>
        <translation>停止練習伺服器(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="985"/>
        <source>Practice server failed</source>
        <translation>練習伺服器失敗</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="987"/>
        <source>The practice server could not start: %1</source>
        <translation>練習伺服器無法啟動：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="992"/>
        <source>Practice server stopped</source>
        <translation>練習伺服器已停止</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1014"/>
        <source>Practice server: starting “%1”…</source>
        <translation>練習伺服器：正在啟動「%1」…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1023"/>
        <source>Practice server: %1 on 127.0.0.1:%2</source>
        <translation>練習伺服器：%1，位於 127.0.0.1:%2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1024"/>
        <source>%1
SMTP with STARTTLS on 127.0.0.1:%2, implicit TLS on 127.0.0.1:%3
Throwaway CA (trusted for sessions to it): %4</source>
        <translation>%1
127.0.0.1:%2 上為 SMTP 搭配 STARTTLS，127.0.0.1:%3 上為隱含式 TLS
臨時 CA（連線至該伺服器時受信任）：%4</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1037"/>
        <source>Practice server “%1” is the target: press Connect to see a full session, or Scan</source>
        <translation>練習伺服器「%1」已設為目標：按「連線」查看完整連線階段，或按「掃描」</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1040"/>
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
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="40"/>
        <source>Simulate Partner</source>
        <translation>模擬對方</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="45"/>
        <source>Partner (the client that sends mail to the server)</source>
        <translation>對方（向伺服器傳送郵件的用戶端）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="51"/>
        <source>Pasted cipher list (OpenSSL, IANA or GnuTLS priority string)…</source>
        <translation>貼上的加密套件清單（OpenSSL、IANA 或 GnuTLS 優先順序字串）…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="60"/>
        <source>e.g. ECDHE-RSA-AES128-GCM-SHA256:AES128-SHA:DES-CBC3-SHA  or  NORMAL:-VERS-ALL:+VERS-TLS1.2</source>
        <translation>例如 ECDHE-RSA-AES128-GCM-SHA256:AES128-SHA:DES-CBC3-SHA  或  NORMAL:-VERS-ALL:+VERS-TLS1.2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="66"/>
        <source>Server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="70"/>
        <source>Current target (none set in the target bar)</source>
        <translation>目前目標（目標列中尚未設定）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="71"/>
        <source>Current target %1: scan it, predict, then one real handshake with the partner&apos;s offer</source>
        <translation>目前目標 %1：先掃描、預測，再以對方的提議進行一次實際交握</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="73"/>
        <source>Saved scan report (JSON):</source>
        <translation>已儲存的掃描報告（JSON）：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="83"/>
        <source>a file written by &apos;mailtls scan --json&apos; or File → Save Report</source>
        <translation>由「mailtls scan --json」或「檔案 → 儲存報告」寫入的檔案</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="85"/>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="93"/>
        <source>&amp;Simulate</source>
        <translation>模擬(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="96"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="183"/>
        <source>Open Scan Report</source>
        <translation>開啟掃描報告</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="183"/>
        <source>JSON reports (*.json);;All files (*)</source>
        <translation>JSON 報告 (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="192"/>
        <source>The profile %1 is not available.</source>
        <translation>無法使用設定檔 %1。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="224"/>
        <source>The pasted list cannot be read: %1</source>
        <translation>無法讀取貼上的清單：%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="228"/>
        <source>Pasted %1 cipher list</source>
        <translation>貼上的 %1 加密套件清單</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="199"/>
        <source>Set a target in the target bar first, or choose a saved report.</source>
        <translation>請先在目標列中設定目標，或選擇已儲存的報告。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="207"/>
        <source>Choose a saved scan report.</source>
        <translation>請選擇已儲存的掃描報告。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="241"/>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="240"/>
        <source>%1 is not a mailtls report: %2</source>
        <translation>%1 不是 mailtls 報告：%2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="245"/>
        <source>%1 holds no scan section; run a scan and save it first.</source>
        <translation>%1 不含掃描區段；請先執行掃描並儲存。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="290"/>
        <source>scanning: %1 of about %2 connections</source>
        <translation>正在掃描：%1 / 約 %2 個連線</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="293"/>
        <source>scanning the server…</source>
        <translation>正在掃描伺服器…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="293"/>
        <source>predicting…</source>
        <translation>正在預測…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="308"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="317"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="319"/>
        <source>Server not reachable</source>
        <translation>無法連上伺服器</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="325"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="331"/>
        <source>✔ Connects — %1 with %2</source>
        <translation>✔ 可連線 — %1，使用 %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="334"/>
        <source>✘ Fails — %1</source>
        <translation>✘ 失敗 — %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="340"/>
        <source>Fix for Exim:
</source>
        <translation>Exim 修正方法：
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="341"/>
        <source>Fix for Postfix:
</source>
        <translation>Postfix 修正方法：
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="345"/>
        <source>Live handshake (%1):
</source>
        <translation>實際交握（%1）：
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="346"/>
        <source>mailtls&apos;s own ClientHello, the exact offer</source>
        <translation>mailtls 自身的 ClientHello，與提議完全相同</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="346"/>
        <source>OpenSSL with the partner&apos;s offer</source>
        <translation>OpenSSL 搭配對方的提議</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="348"/>
        <source>  left out (this OpenSSL cannot send them): %1
</source>
        <translation>  已略過（此 OpenSSL 無法傳送）：%1
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="350"/>
        <source>  server chose %1 with %2%3
</source>
        <translation>  伺服器選擇了 %1，使用 %2%3
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="352"/>
        <source>, %1-bit DH prime</source>
        <translation>，%1 位元 DH 質數</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="356"/>
        <source>  the partner would stop here: %1
</source>
        <translation>  對方會在此停止：%1
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="359"/>
        <source>How the prediction was reached (%1):
</source>
        <translation>預測的推導過程（%1）：
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="364"/>
        <source>
Partner source: %1
</source>
        <translation>
對方來源：%1
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="375"/>
        <source>Offers %1 · %2 suites up to TLS 1.2 · %3 TLS 1.3 suites · source: %4</source>
        <translation>提供 %1 · %2 個 TLS 1.2 以下的套件 · %3 個 TLS 1.3 套件 · 來源：%4</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="381"/>
        <source>Paste the partner&apos;s list; OpenSSL names and keywords, IANA names and GnuTLS priority strings are understood.</source>
        <translation>貼上對方的清單；可辨識 OpenSSL 名稱與關鍵字、IANA 名稱以及 GnuTLS 優先順序字串。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="395"/>
        <source>Scanning the server, then one handshake with the partner&apos;s offer. Cancel stops it at once.</source>
        <translation>正在掃描伺服器，接著以對方的提議進行一次交握。按「取消」會立即停止。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="396"/>
        <source>Predicting…</source>
        <translation>正在預測…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="400"/>
        <source>Paste the partner&apos;s cipher list.</source>
        <translation>請貼上對方的加密套件清單。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="401"/>
        <source>Choose a saved scan report, or set a target in the target bar.</source>
        <translation>請選擇已儲存的掃描報告，或在目標列中設定目標。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="403"/>
        <source>Forward the sentence above to the partner, or apply the fix for your MTA and simulate again.</source>
        <translation>將上方的說明轉寄給對方，或套用適用於您 MTA 的修正後再模擬一次。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="405"/>
        <source>Pick another partner or server and simulate again.</source>
        <translation>選擇其他對方或伺服器後再模擬一次。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="407"/>
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
        <source>25 SMTP, 587 submission, 465 SMTPS (implicit TLS), 24 LMTP</source>
        <translation>25 SMTP，587 提交，465 SMTPS（隱含式 TLS），24 LMTP</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="38"/>
        <source>&amp;Mode:</source>
        <translation>模式(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="41"/>
        <source>SMTP STARTTLS</source>
        <translation>SMTP STARTTLS</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="42"/>
        <source>LMTP STARTTLS</source>
        <translation>LMTP STARTTLS</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="43"/>
        <source>Implicit TLS (SMTPS)</source>
        <translation>隱含式 TLS（SMTPS）</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="44"/>
        <source>Plain TCP (TLS, no SMTP)</source>
        <translation>純 TCP（TLS，無 SMTP）</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="45"/>
        <source>TLS right after the TCP connect, without any SMTP (e.g. openssl s_server)</source>
        <translation>TCP 連線後立即開始 TLS，不使用 SMTP（例如 openssl s_server）</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="47"/>
        <source>How TLS starts: after STARTTLS, from the first byte, or not at all</source>
        <translation>TLS 的啟動方式：STARTTLS 之後、從第一個位元組開始，或完全不用</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="52"/>
        <source>&amp;Options…</source>
        <translation>選項(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="53"/>
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
