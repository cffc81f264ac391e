<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>mailtls::ui::CertificateChainModel</name>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="51"/>
        <source>unknown key</source>
        <translation>未知密钥</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="54"/>
        <source>%1 bits</source>
        <translation>%1 位</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="85"/>
        <source>expired today</source>
        <translation>今天过期</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="85"/>
        <source>expired 1 day ago</source>
        <translation>1 天前已过期</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="85"/>
        <source>expired %1 days ago</source>
        <translation>%1 天前已过期</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="88"/>
        <source>not valid yet</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="90"/>
        <source>expires today</source>
        <translation>今天过期</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="90"/>
        <source>1 day left</source>
        <translation>剩余 1 天</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="90"/>
        <source>%1 days left</source>
        <translation>剩余 %1 天</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="100"/>
        <source>leaf</source>
        <translation>叶证书</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="102"/>
        <source>self-signed</source>
        <translation>自签名</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="104"/>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="106"/>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="108"/>
        <source>not yet valid</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="110"/>
        <source>expires soon</source>
        <translation>即将过期</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="185"/>
        <source>Position %1 in the served chain
Subject: %2
Issuer: %3</source>
        <translation>所提供证书链中的位置 %1
主体：%2
颁发者：%3</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="208"/>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="209"/>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="210"/>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="211"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::CertificateChainView</name>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="48"/>
        <source>No certificates yet. The chain the server presents appears here after the handshake, or open certificate files with File → Open Certificate….</source>
        <translation>暂无证书。服务器出示的证书链会在握手后显示在这里，也可以通过“文件 → 打开证书…”打开证书文件。</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="63"/>
        <source>Position:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="64"/>
        <source>Subject:</source>
        <translation>主体：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="65"/>
        <source>Issuer:</source>
        <translation>颁发者：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="66"/>
        <source>Serial:</source>
        <translation>序列号：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="67"/>
        <source>Valid:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="68"/>
        <source>Public key:</source>
        <translation>公钥：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="69"/>
        <source>Signature:</source>
        <translation>签名：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="70"/>
        <source>Alternative names:</source>
        <translation>备用名称：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="71"/>
        <source>Basic constraints:</source>
        <translation>基本约束：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="72"/>
        <source>Key usage:</source>
        <translation>密钥用法：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="73"/>
        <source>Extended key usage:</source>
        <translation>扩展密钥用法：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="74"/>
        <source>OCSP responder:</source>
        <translation>OCSP 响应服务器：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="75"/>
        <source>CA issuers:</source>
        <translation>CA 颁发者：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="76"/>
        <source>CRL distribution:</source>
        <translation>CRL 分发点：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="77"/>
        <source>Subject key ID:</source>
        <translation>主体密钥标识符：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="78"/>
        <source>Authority key ID:</source>
        <translation>颁发机构密钥标识符：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="79"/>
        <source>Other extensions:</source>
        <translation>其他扩展：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="80"/>
        <source>SHA-256:</source>
        <translation>SHA-256：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="81"/>
        <source>Public key SHA-256:</source>
        <translation>公钥 SHA-256：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="82"/>
        <source>Subject hash:</source>
        <translation>主体哈希：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="96"/>
        <source>openssl x509 -text of the selected certificate</source>
        <translation>所选证书的 openssl x509 -text 输出</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="199"/>
        <source>%1 of %2 in the served chain</source>
        <translation>所提供证书链中的第 %1 个（共 %2 个）</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="200"/>
        <source>%1 of %2, in the order a server would send them</source>
        <translation>第 %1 个（共 %2 个），按服务器发送的顺序排列</translation>
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
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="229"/>
        <source>CA, path length %1</source>
        <translation>CA，路径长度 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="229"/>
        <source>CA, no path length limit</source>
        <translation>CA，无路径长度限制</translation>
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
        <translation> (关键)</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="259"/>
        <source>%1 (critical)</source>
        <translation>%1（关键）</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::CertificateGeneratorDialog</name>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="71"/>
        <source>cannot open the CA in %1</source>
        <translation>无法打开 %1 中的 CA</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="141"/>
        <source>Generate Certificate</source>
        <translation>生成证书</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="144"/>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="149"/>
        <source>Self-signed certificate</source>
        <translation>自签名证书</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="150"/>
        <source>Certificate signing request (CSR) for a CA</source>
        <translation>提交给 CA 的证书签名请求（CSR）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="151"/>
        <source>Certificate signed by a CA directory</source>
        <translation>由 CA 目录签名的证书</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="152"/>
        <source>&amp;Make:</source>
        <translation>生成(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="159"/>
        <source>directory made by mailtls cert ca init</source>
        <translation>由 mailtls cert ca init 创建的目录</translation>
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
        <translation>CA 密钥的口令（如有）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="169"/>
        <source>CA:</source>
        <translation>CA：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="176"/>
        <source>&amp;Key type:</source>
        <translation>密钥类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="180"/>
        <source>mail.example.org</source>
        <translation>mail.example.org</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="181"/>
        <source>Common &amp;name (CN):</source>
        <translation>通用名称（CN）(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="184"/>
        <source>optional, e.g. Example GmbH</source>
        <translation>可选，例如 Example GmbH</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="185"/>
        <source>&amp;Organization (O):</source>
        <translation>组织（O）(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="189"/>
        <source>optional, two letters, e.g. DE</source>
        <translation>可选，两个字母，例如 CN</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="190"/>
        <source>&amp;Country (C):</source>
        <translation>国家/地区（C）(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="193"/>
        <source>DNS:mail.example.org,DNS:mx2.example.org,IP:192.0.2.25 (empty: DNS:&lt;CN&gt;)</source>
        <translation>DNS:mail.example.org,DNS:mx2.example.org,IP:192.0.2.25（留空：DNS:&lt;CN&gt;）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="194"/>
        <source>&amp;Alternative names:</source>
        <translation>备用名称(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="199"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="200"/>
        <source>&amp;Validity:</source>
        <translation>有效期(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="203"/>
        <source>Output files</source>
        <translation>输出文件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="220"/>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="385"/>
        <source>Certificate:</source>
        <translation>证书：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="222"/>
        <source>Private key (0600):</source>
        <translation>私钥（0600）：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="223"/>
        <source>Replace existing files</source>
        <translation>替换现有文件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="228"/>
        <source>Exim and Postfix configuration</source>
        <translation>Exim 和 Postfix 配置</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="235"/>
        <source>The lines that use the generated files appear here.</source>
        <translation>使用所生成文件的配置行会显示在这里。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="238"/>
        <source>&amp;Copy to Clipboard</source>
        <translation>复制到剪贴板(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="252"/>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="306"/>
        <source>CA Directory</source>
        <translation>CA 目录</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="308"/>
        <source>Output File</source>
        <translation>输出文件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="320"/>
        <source>Choose a key type.</source>
        <translation>请选择密钥类型。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="327"/>
        <source>Enter the host name partners connect to as the common name, e.g. mail.example.org.</source>
        <translation>请输入对方连接时使用的主机名作为通用名称，例如 mail.example.org。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="336"/>
        <source>Subject: %1</source>
        <translation>主体：%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="344"/>
        <source>Alternative names: %1</source>
        <translation>备用名称：%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="351"/>
        <source>Choose the CA directory (made with mailtls cert ca init).</source>
        <translation>请选择 CA 目录（由 mailtls cert ca init 创建）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="359"/>
        <source>Choose where to write the files.</source>
        <translation>请选择文件的写入位置。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="363"/>
        <source>The key needs a file of its own.</source>
        <translation>密钥必须存放在单独的文件中。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="385"/>
        <source>Request (CSR):</source>
        <translation>请求（CSR）：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="400"/>
        <source>Generating the key and %1… (RSA 4096 can take a few seconds)</source>
        <translation>正在生成密钥和%1…（RSA 4096 可能需要几秒钟）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="401"/>
        <source>the request</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="401"/>
        <source>the certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="409"/>
        <source>Press Generate to write the key and the request; then send the request to your CA.</source>
        <translation>点击“生成”写入密钥和请求，然后将请求发送给你的 CA。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="410"/>
        <source>Press Generate to write the key and the certificate; the chain then opens in the Certificates tab.</source>
        <translation>点击“生成”写入密钥和证书，随后证书链会在“证书”选项卡中打开。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="449"/>
        <source>Nothing was written: %1</source>
        <translation>未写入任何文件：%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="456"/>
        <source>Written: %1 and %2. Send the request to your CA; the lines below use its answer.</source>
        <translation>已写入：%1 和 %2。请将请求发送给你的 CA；下方的配置行会使用 CA 的回复。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="458"/>
        <source>Written: %1 and %2. The chain is shown in the Certificates tab; copy the lines below into Exim or Postfix.</source>
        <translation>已写入：%1 和 %2。证书链显示在“证书”选项卡中；请将下方配置行复制到 Exim 或 Postfix。</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::CipherGradeStyle</name>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="35"/>
        <source>Strong</source>
        <translation>强</translation>
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
        <translation>具备前向保密和 AEAD 加密：无需处理</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="47"/>
        <source>forward secrecy, but a CBC cipher (or CCM-8): fine to keep for older partners</source>
        <translation>具备前向保密，但使用 CBC 加密（或 CCM-8）：为兼容较旧的对方可以保留</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="48"/>
        <source>no forward secrecy, or 3DES / IDEA / short keys: disable once your partners allow it</source>
        <translation>无前向保密，或使用 3DES / IDEA / 短密钥：待对方允许后即禁用</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="49"/>
        <source>NULL, anonymous, EXPORT, RC4 or DES: an attacker can read or alter the mail; disable now</source>
        <translation>NULL、匿名、EXPORT、RC4 或 DES：攻击者可以读取或篡改邮件；请立即禁用</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="51"/>
        <source>the catalog gives no grade for this suite</source>
        <translation>目录中没有此套件的评级</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::CipherGridView</name>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="63"/>
        <source>%v of %m connections</source>
        <translation>%v / %m 个连接</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="65"/>
        <source>Cancel scan</source>
        <translation>取消扫描</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="76"/>
        <source>Only accepted</source>
        <translation>仅显示已接受</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="78"/>
        <source>Hide the catalog&apos;s suites the server accepts in no version</source>
        <translation>隐藏服务器在任何版本中都不接受的目录套件</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="79"/>
        <source>Only weak</source>
        <translation>仅显示弱套件</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="81"/>
        <source>Show only suites graded weak or insecure: the ones to disable</source>
        <translation>仅显示评为弱或不安全的套件：即应禁用的套件</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="82"/>
        <source>All catalog suites</source>
        <translation>所有目录套件</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="84"/>
        <source>Also list every IANA suite the server did not accept</source>
        <translation>同时列出服务器未接受的所有 IANA 套件</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="87"/>
        <source>IANA names</source>
        <translation>IANA 名称</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="88"/>
        <source>OpenSSL names</source>
        <translation>OpenSSL 名称</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="91"/>
        <source>Filter by name or code, e.g. CHACHA or 0xC030</source>
        <translation>按名称或代码筛选，例如 CHACHA 或 0xC030</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="126"/>
        <source>&lt;b&gt;Accepted suites by strength&lt;/b&gt;</source>
        <translation>&lt;b&gt;按强度分类的已接受套件&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="132"/>
        <source>&lt;b&gt;Legend&lt;/b&gt;</source>
        <translation>&lt;b&gt;图例&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="144"/>
        <source>rank in the server&apos;s own order (⇣ in the header: the server enforces it); ✓ accepted, client&apos;s order</source>
        <translation>服务器自身顺序中的排名（表头有 ⇣：服务器强制使用此顺序）；✓ 已接受，按客户端顺序</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="146"/>
        <source>the server refuses this protocol version</source>
        <translation>服务器拒绝此协议版本</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="156"/>
        <source>&lt;b&gt;Server order&lt;/b&gt;</source>
        <translation>&lt;b&gt;服务器顺序&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="247"/>
        <location filename="../ui/views/cipher_grid_view.cpp" line="278"/>
        <source>1 suite</source>
        <translation>1 个套件</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="247"/>
        <location filename="../ui/views/cipher_grid_view.cpp" line="278"/>
        <source>%1 suites</source>
        <translation>%1 个套件</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="249"/>
        <source>%1 of %2 suites</source>
        <translation>%1 / %2 个套件</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="265"/>
        <source>&lt;b&gt;Cipher matrix&lt;/b&gt; — no scan yet</source>
        <translation>&lt;b&gt;密码套件矩阵&lt;/b&gt; — 尚未扫描</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="276"/>
        <source>no protocol version accepted</source>
        <translation>未接受任何协议版本</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="276"/>
        <source>accepts %1</source>
        <translation>接受 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="280"/>
        <source>groups %1</source>
        <translation>组 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="282"/>
        <source>DH %1 bits</source>
        <translation>DH %1 位</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="284"/>
        <source>certificates: %1</source>
        <translation>证书：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="286"/>
        <source>%1 connections, %2 handshakes</source>
        <translation>%1 个连接，%2 次握手</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="288"/>
        <source>%1 retried after rate limiting</source>
        <translation>%1 个因速率限制而重试</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="290"/>
        <source>Cipher matrix</source>
        <translation>密码套件矩阵</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="297"/>
        <source>Scanning %1: each version is enumerated with as few handshakes as possible. Cancel stops at once; nothing is shown for a cancelled scan.</source>
        <translation>正在扫描 %1：每个版本都以尽可能少的握手次数枚举。点击“取消”会立即停止；已取消的扫描不会显示任何结果。</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="300"/>
        <source>Press Scan (next to Connect) to enumerate every protocol version and cipher suite the server accepts.</source>
        <translation>点击“扫描”（位于“连接”旁）即可枚举服务器接受的每个协议版本和密码套件。</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="304"/>
        <source>1 accepted suite is weak or insecure: tick &quot;Only weak&quot; to see it, and Findings for the Exim and Postfix lines that disable it.</source>
        <translation>有 1 个已接受的套件为弱或不安全：勾选“仅显示弱套件”即可查看，并可在“发现”中找到禁用它的 Exim 和 Postfix 配置行。</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="306"/>
        <source>%1 accepted suites are weak or insecure: tick &quot;Only weak&quot; to list them, and see Findings for the Exim and Postfix lines that disable them.</source>
        <translation>有 %1 个已接受的套件为弱或不安全：勾选“仅显示弱套件”即可列出，并可在“发现”中找到禁用它们的 Exim 和 Postfix 配置行。</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="308"/>
        <source>Every accepted suite is graded strong or acceptable. Hover over a cell to see a suite taken apart.</source>
        <translation>所有已接受的套件均评为强或可接受。将鼠标悬停在单元格上即可查看套件的各组成部分。</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="336"/>
        <source>No accepted version yet.</source>
        <translation>尚无已接受的版本。</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="341"/>
        <source>The server picks from its own list, in this order:</source>
        <translation>服务器从自己的列表中选择，顺序如下：</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="342"/>
        <source>The server follows the client&apos;s order; accepted suites:</source>
        <translation>服务器遵循客户端的顺序；已接受的套件：</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="349"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="364"/>
        <source>starting…</source>
        <translation>正在启动…</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::CipherMatrixModel</name>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="384"/>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="411"/>
        <source>%1 was not tested</source>
        <translation>未测试 %1</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="386"/>
        <source>The server refuses %1</source>
        <translation>服务器拒绝 %1</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="388"/>
        <source>1 suite accepted</source>
        <translation>已接受 1 个套件</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="388"/>
        <source>%1 suites accepted</source>
        <translation>已接受 %1 个套件</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="390"/>
        <source>%1: %2; the server enforces its own order (the numbers are its ranks)</source>
        <translation>%1：%2；服务器强制使用自身顺序（数字为其排名）</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="391"/>
        <source>%1: %2; the server follows the client&apos;s order</source>
        <translation>%1：%2；服务器遵循客户端的顺序</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="405"/>
        <source>Accepted with %1 — the server&apos;s choice %2 of %3</source>
        <translation>在 %1 下接受 — 服务器的第 %2 选择（共 %3 个）</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="406"/>
        <source>Accepted with %1 (the server follows the client&apos;s order)</source>
        <translation>在 %1 下接受（服务器遵循客户端的顺序）</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="409"/>
        <source>Not accepted with %1</source>
        <translation>在 %1 下不被接受</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="410"/>
        <source>The server refuses %1 altogether</source>
        <translation>服务器完全拒绝 %1</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="412"/>
        <source>This suite does not exist in %1</source>
        <translation>%1 中不存在此套件</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="419"/>
        <source>key exchange</source>
        <translation>密钥交换</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="419"/>
        <source>authentication</source>
        <translation>身份验证</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="419"/>
        <source>cipher</source>
        <translation>加密算法</translation>
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
        <translation>密钥交换</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="428"/>
        <source>Authentication</source>
        <translation>身份验证</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="429"/>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="627"/>
        <source>Cipher</source>
        <translation>加密算法</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="429"/>
        <source>%1 (%2 bits)</source>
        <translation>%1（%2 位）</translation>
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
        <translation>—（OpenSSL 没有对应名称）</translation>
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
        <translation>代码</translation>
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
        <translation>套件（OpenSSL 名称）</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="622"/>
        <source>Suite (IANA name)</source>
        <translation>套件（IANA 名称）</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="624"/>
        <source>Strength</source>
        <translation>强度</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="626"/>
        <source>Auth</source>
        <translation>认证</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="629"/>
        <source>Bits</source>
        <translation>位</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="633"/>
        <source>The cipher suite; hover over a name to see it taken apart</source>
        <translation>密码套件；将鼠标悬停在名称上即可查看其各组成部分</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="634"/>
        <source>The suite&apos;s two-byte IANA code point</source>
        <translation>套件的双字节 IANA 码点</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="635"/>
        <source>Strength grade from the cipher catalog</source>
        <translation>密码套件目录中的强度评级</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::CommandLineWidget</name>
    <message>
        <location filename="../ui/views/command_line_widget.cpp" line="24"/>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/views/command_line_widget.cpp" line="44"/>
        <source>Type a command (e.g. NOOP or MAIL FROM:&lt;a@example.org&gt;) and press Enter</source>
        <translation>输入命令（例如 NOOP 或 MAIL FROM:&lt;a@example.org&gt;）后按回车</translation>
    </message>
    <message>
        <location filename="../ui/views/command_line_widget.cpp" line="45"/>
        <source>Commands can be typed once a session is ready</source>
        <translation>会话就绪后即可输入命令</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::FindingsModel</name>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="99"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="100"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="101"/>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::FindingsView</name>
    <message>
        <location filename="../ui/views/findings_view.cpp" line="90"/>
        <source>No findings. They appear here once a session has reached the server.</source>
        <translation>暂无发现。会话连上服务器后，结果会显示在这里。</translation>
    </message>
    <message>
        <location filename="../ui/views/findings_view.cpp" line="91"/>
        <source>Select a finding to see what it means, the evidence, and how to fix it.</source>
        <translation>选择一项发现，查看其含义、证据以及修复方法。</translation>
    </message>
    <message>
        <location filename="../ui/views/findings_view.cpp" line="104"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../ui/views/findings_view.cpp" line="106"/>
        <source>How to fix it</source>
        <translation>修复方法</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::HandshakeModel</name>
    <message>
        <location filename="../ui/models/handshake_model.cpp" line="81"/>
        <source>Sent by the workbench (client)</source>
        <translation>由工作台（客户端）发送</translation>
    </message>
    <message>
        <location filename="../ui/models/handshake_model.cpp" line="82"/>
        <source>Sent by the server</source>
        <translation>由服务器发送</translation>
    </message>
    <message>
        <location filename="../ui/models/handshake_model.cpp" line="84"/>
        <source>1 byte</source>
        <translation>1 字节</translation>
    </message>
    <message>
        <location filename="../ui/models/handshake_model.cpp" line="84"/>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <location filename="../ui/models/handshake_model.cpp" line="118"/>
        <source>Time (s)</source>
        <translation>时间（秒）</translation>
    </message>
    <message>
        <location filename="../ui/models/handshake_model.cpp" line="119"/>
        <source>Dir</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../ui/models/handshake_model.cpp" line="120"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../ui/models/handshake_model.cpp" line="121"/>
        <source>Bytes</source>
        <translation>字节</translation>
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
        <translation>未检查</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="23"/>
        <source>ok — the chain verifies against the trust store</source>
        <translation>正常 — 证书链可通过信任库验证</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="24"/>
        <source>failed: %1 (code %2)</source>
        <translation>失败：%1（代码 %2）</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="32"/>
        <source>Negotiated</source>
        <translation>协商结果</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="44"/>
        <source>Protocol:</source>
        <translation>协议：</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="45"/>
        <source>Cipher (IANA):</source>
        <translation>密码套件（IANA）：</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="46"/>
        <source>Cipher (OpenSSL):</source>
        <translation>密码套件（OpenSSL）：</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="47"/>
        <source>Cipher code:</source>
        <translation>套件代码：</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="48"/>
        <source>Key exchange group:</source>
        <translation>密钥交换组：</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="49"/>
        <source>Server temp key:</source>
        <translation>服务器临时密钥：</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="50"/>
        <source>Peer signature:</source>
        <translation>对端签名：</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="51"/>
        <source>Verification:</source>
        <translation>验证：</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="52"/>
        <source>Security level:</source>
        <translation>安全级别：</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="53"/>
        <source>Client certificate:</source>
        <translation>客户端证书：</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="54"/>
        <source>Compression:</source>
        <translation>压缩：</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="56"/>
        <source>Handshake messages</source>
        <translation>握手消息</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="140"/>
        <source>No handshake yet. Connect to a server to see what it negotiates.</source>
        <translation>尚未握手。连接服务器即可查看协商结果。</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="152"/>
        <source>Not connected, so there was no handshake.</source>
        <translation>未连接，因此没有握手。</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="155"/>
        <source>No TLS handshake was attempted.</source>
        <translation>未尝试 TLS 握手。</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="156"/>
        <source>No TLS: the server did not offer STARTTLS or refused it, so the session stayed in cleartext.</source>
        <translation>没有 TLS：服务器未提供或拒绝了 STARTTLS，会话仍为明文。</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="161"/>
        <source>alert %1 (%2)</source>
        <translation>警报 %1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="162"/>
        <source>Handshake failed: %1</source>
        <translation>握手失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="162"/>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="164"/>
        <source>%1 established with %2, but the certificate does not verify: %3.</source>
        <translation>已与 %2 建立 %1，但证书验证失败：%3。</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="167"/>
        <source>%1 established with %2; the certificate verifies.</source>
        <translation>已与 %2 建立 %1；证书验证通过。</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="177"/>
        <source>%1, %2 bits</source>
        <translation>%1，%2 位</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="182"/>
        <source>%1 with %2</source>
        <translation>%1，摘要 %2</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="188"/>
        <source>0 — everything allowed, so legacy servers can be examined; weak parameters are reported as findings</source>
        <translation>0 — 全部允许，以便检查旧服务器；弱参数会作为发现报告</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="189"/>
        <source>%1 — OpenSSL refuses parameters below this level</source>
        <translation>%1 — OpenSSL 会拒绝低于此级别的参数</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="192"/>
        <source>not requested</source>
        <translation>未请求</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="194"/>
        <source>requested, sent</source>
        <translation>已请求，已发送</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="194"/>
        <source>requested, none sent</source>
        <translation>已请求，未发送</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="196"/>
        <source>none</source>
        <translation>无</translation>
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
        <translation>%1 / 约 %2 个连接</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="101"/>
        <source>Scanning %1 — %2 of about %3 connections</source>
        <translation>正在扫描 %1 — %2 / 约 %3 个连接</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="105"/>
        <source>Scan cancelled — %1</source>
        <translation>扫描已取消 — %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="122"/>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="125"/>
        <source>Connect to the server and run the session (Ctrl+Enter)</source>
        <translation>连接服务器并运行会话（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="128"/>
        <source>&amp;Disconnect</source>
        <translation>断开(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="130"/>
        <source>Say QUIT and close the connection</source>
        <translation>发送 QUIT 并关闭连接</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="133"/>
        <source>C&amp;ancel</source>
        <translation>取消(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="136"/>
        <source>Abort the session at once (Esc)</source>
        <translation>立即中止会话（Esc）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="139"/>
        <source>&amp;Scan</source>
        <translation>扫描(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="142"/>
        <source>Scan every protocol version and cipher suite the server accepts (Ctrl+Shift+Enter)</source>
        <translation>扫描服务器接受的每个协议版本和密码套件（Ctrl+Shift+Enter）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="145"/>
        <source>&amp;Open Certificate…</source>
        <translation>打开证书(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="148"/>
        <source>Inspect certificate, chain, key or PKCS#12 files as a server would send them</source>
        <translation>按服务器发送时的样子检查证书、证书链、密钥或 PKCS#12 文件</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="151"/>
        <source>&amp;Generate Certificate…</source>
        <translation>生成证书(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="153"/>
        <source>Make a key with a self-signed certificate, a CSR, or a certificate from a CA directory</source>
        <translation>生成密钥，并附带自签名证书、CSR 或由 CA 目录签发的证书</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="156"/>
        <source>&amp;Save Report as JSON…</source>
        <translation>将报告另存为 JSON(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="160"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="165"/>
        <source>&amp;About MailTLS Workbench</source>
        <translation>关于 MailTLS 工作台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="172"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="178"/>
        <source>&amp;Session</source>
        <translation>会话(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="184"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="187"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="193"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="218"/>
        <source>&lt;b&gt;Transcript&lt;/b&gt;</source>
        <translation>&lt;b&gt;会话记录&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="294"/>
        <location filename="../ui/main_window.cpp" line="295"/>
        <source>connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="296"/>
        <source>waiting for the banner</source>
        <translation>等待欢迎信息</translation>
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
        <translation>TLS 握手</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="301"/>
        <source>EHLO over TLS</source>
        <translation>通过 TLS 发送 EHLO</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="302"/>
        <source>authenticating</source>
        <translation>正在认证</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="303"/>
        <source>sending the message</source>
        <translation>正在发送邮件</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="304"/>
        <source>QUIT</source>
        <translation>QUIT</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="305"/>
        <source>interactive</source>
        <translation>交互模式</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="306"/>
        <source>closing</source>
        <translation>正在关闭</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="333"/>
        <source>Idle — enter a mail server and press Connect</source>
        <translation>空闲 — 输入邮件服务器后点击“连接”</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="336"/>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="339"/>
        <source>Connected to %1 — interactive: lines typed below go to the server as typed</source>
        <translation>已连接 %1 — 交互模式：下方输入的每一行都原样发送给服务器</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="343"/>
        <source>Disconnecting from %1…</source>
        <translation>正在断开 %1…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="397"/>
        <source>Scanning %1…</source>
        <translation>正在扫描 %1…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="413"/>
        <source>Scan failed: %1</source>
        <translation>扫描失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="414"/>
        <source>Scan failed — %1: %2</source>
        <translation>扫描失败 — %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="433"/>
        <source>Scanned %1 — %2 suites accepted, %3 connections</source>
        <translation>已扫描 %1 — 接受 %2 个套件，%3 个连接</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="442"/>
        <source>Cancelled — %1</source>
        <translation>已取消 — %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="443"/>
        <source>Session cancelled. What was received so far is kept below.</source>
        <translation>会话已取消。已收到的内容保留在下方。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="450"/>
        <source>%1 — %2…</source>
        <translation>%1 — %2…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="483"/>
        <source>TLS failed</source>
        <translation>TLS 失败</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="485"/>
        <source>no TLS</source>
        <translation>无 TLS</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="493"/>
        <source>%1 — session complete, closing…</source>
        <translation>%1 — 会话完成，正在关闭…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="502"/>
        <source>Failed — %1: %2</source>
        <translation>失败 — %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="505"/>
        <source>Disconnected from %1 — 1 finding</source>
        <translation>已断开 %1 — 1 项发现</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="506"/>
        <source>Disconnected from %1 — %2 findings</source>
        <translation>已断开 %1 — %2 项发现</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="514"/>
        <source>Handshake (%1)</source>
        <translation>握手（%1）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="515"/>
        <source>Handshake</source>
        <translation>握手</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="517"/>
        <source>Certificates (%1)</source>
        <translation>证书（%1）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="517"/>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="519"/>
        <source>Findings (%1)</source>
        <translation>发现（%1）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="519"/>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="522"/>
        <source>Cipher matrix (%1)</source>
        <translation>密码套件矩阵（%1）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="522"/>
        <source>Cipher matrix</source>
        <translation>密码套件矩阵</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="559"/>
        <source>Save Report as JSON</source>
        <translation>将报告另存为 JSON</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="560"/>
        <source>JSON reports (*.json);;All files (*)</source>
        <translation>JSON 报告 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="565"/>
        <source>Save Report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="565"/>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="567"/>
        <source>Report saved to %1</source>
        <translation>报告已保存到 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="572"/>
        <source>About MailTLS Workbench</source>
        <translation>关于 MailTLS 工作台</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="573"/>
        <source>&lt;h3&gt;MailTLS Workbench %1&lt;/h3&gt;&lt;p&gt;Looks at the TLS side of mail servers: the SMTP conversation as it happened, the handshake, the served certificate chain, and what to change in Exim or Postfix.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MailTLS 工作台 %1&lt;/h3&gt;&lt;p&gt;检查邮件服务器的 TLS 层面：真实发生的 SMTP 对话、握手过程、服务器提供的证书链，以及 Exim 或 Postfix 中需要修改的配置。&lt;/p&gt;&lt;p&gt;基于 Qt %2 和 %3 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="584"/>
        <source>Open Certificate</source>
        <translation>打开证书</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="585"/>
        <source>Certificates and keys (*.pem *.crt *.cer *.der *.key *.p12 *.pfx *.p7b *.chain);;All files (*)</source>
        <translation>证书和密钥 (*.pem *.crt *.cer *.der *.key *.p12 *.pfx *.p7b *.chain);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="595"/>
        <source>A session is running; open the certificate when it has finished.</source>
        <translation>会话正在运行；请在其结束后再打开证书。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="599"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="638"/>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="639"/>
        <source>%1

Passphrase:</source>
        <translation>%1

口令：</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="644"/>
        <source>Could not read the certificate files:
%1</source>
        <translation>无法读取证书文件：
%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="645"/>
        <source>Could not read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="650"/>
        <source>%1 holds no certificate, only private keys. Open the certificate file together with the key.</source>
        <translation>%1 不含证书，只有私钥。请将证书文件与密钥一起打开。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="651"/>
        <source>No certificate in %1</source>
        <translation>%1 中没有证书</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="663"/>
        <source>From file %1</source>
        <translation>来自文件 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="664"/>
        <source>From files %1</source>
        <translation>来自文件 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="672"/>
        <source>Inspected %1 — 1 finding</source>
        <translation>已检查 %1 — 1 项发现</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="673"/>
        <source>Inspected %1 — %2 findings</source>
        <translation>已检查 %1 — %2 项发现</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::SessionOptionsDialog</name>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="33"/>
        <source>Library default</source>
        <translation>库默认值</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="44"/>
        <source>Session Options</source>
        <translation>会话选项</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="47"/>
        <source>Names</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="51"/>
        <source>the local host name</source>
        <translation>本机主机名</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="52"/>
        <source>&amp;EHLO name:</source>
        <translation>EHLO 名称(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="53"/>
        <source>Send &amp;SNI</source>
        <translation>发送 SNI(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="58"/>
        <source>the host, when it is a name</source>
        <translation>主机（若为域名）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="62"/>
        <source>Server name indication:</source>
        <translation>服务器名称指示（SNI）：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="65"/>
        <source>the host (use the MX name partners look up)</source>
        <translation>主机（请使用对方查询到的 MX 名称）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="66"/>
        <source>&amp;Verify certificate for:</source>
        <translation>验证证书的名称(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="69"/>
        <source>Trust and client certificate</source>
        <translation>信任与客户端证书</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="71"/>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM 文件 (*.pem *.crt *.cer *.key);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="72"/>
        <source>&amp;CA file:</source>
        <translation>CA 文件(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="74"/>
        <source>the system trust store</source>
        <translation>系统信任库</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="75"/>
        <source>Client &amp;certificate:</source>
        <translation>客户端证书(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="77"/>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="80"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="78"/>
        <source>Client &amp;key:</source>
        <translation>客户端密钥(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="83"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="88"/>
        <source>from</source>
        <translation>从</translation>
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
        <translation>密码套件（TLS ≤ 1.2）(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="100"/>
        <source>OpenSSL default</source>
        <translation>OpenSSL 默认值</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="101"/>
        <source>TLS 1.3 s&amp;uites:</source>
        <translation>TLS 1.3 套件(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="104"/>
        <source>OpenSSL default, e.g. X25519:P-256</source>
        <translation>OpenSSL 默认值，例如 X25519:P-256</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="105"/>
        <source>&amp;Groups:</source>
        <translation>组(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="110"/>
        <source>Security &amp;level:</source>
        <translation>安全级别(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="114"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="116"/>
        <source>&amp;Timeout per step:</source>
        <translation>每步超时(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="145"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="187"/>
        <source>The CA file does not exist.</source>
        <translation>CA 文件不存在。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="189"/>
        <source>The client certificate file does not exist.</source>
        <translation>客户端证书文件不存在。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="191"/>
        <source>The client key file does not exist.</source>
        <translation>客户端密钥文件不存在。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="193"/>
        <source>A client certificate needs its private key, and a key needs its certificate.</source>
        <translation>客户端证书需要对应的私钥，私钥也需要对应的证书。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="196"/>
        <source>The lowest TLS version is above the highest one.</source>
        <translation>最低 TLS 版本高于最高版本。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="198"/>
        <source>The EHLO name cannot contain spaces.</source>
        <translation>EHLO 名称不能包含空格。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="224"/>
        <source>No SNI will be sent: servers with several certificates show their default one.</source>
        <translation>将不发送 SNI：拥有多张证书的服务器会出示其默认证书。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="226"/>
        <source>Security level %1: servers with weaker keys or ciphers fail the handshake instead of being examined.</source>
        <translation>安全级别 %1：密钥或密码套件较弱的服务器会直接握手失败，而无法被检查。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="229"/>
        <source>Tip: to check a partner&apos;s view, set &quot;Verify certificate for&quot; to the MX name they look up. These options apply from the next Connect.</source>
        <translation>提示：要从对方的角度检查，请在“验证证书的名称”中填写对方查询到的 MX 名称。这些选项从下一次连接起生效。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="231"/>
        <source>These options apply from the next Connect.</source>
        <translation>这些选项从下一次连接起生效。</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::SeverityStyle</name>
    <message>
        <location filename="../ui/models/severity_style.cpp" line="14"/>
        <location filename="../ui/models/severity_style.cpp" line="20"/>
        <source>Info</source>
        <translation>信息</translation>
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
        <translation>严重</translation>
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
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="24"/>
        <source>mail.example.org</source>
        <translation>mail.example.org</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="26"/>
        <source>Host name or address of the mail server</source>
        <translation>邮件服务器的主机名或地址</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="29"/>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="34"/>
        <source>25 SMTP, 587 submission, 465 SMTPS (implicit TLS), 24 LMTP</source>
        <translation>25 SMTP，587 提交，465 SMTPS（隐式 TLS），24 LMTP</translation>
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
        <translation>隐式 TLS（SMTPS）</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="43"/>
        <source>Plain TCP (TLS, no SMTP)</source>
        <translation>纯 TCP（TLS，无 SMTP）</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="44"/>
        <source>TLS right after the TCP connect, without any SMTP (e.g. openssl s_server)</source>
        <translation>TCP 连接后立即开始 TLS，不使用 SMTP（例如 openssl s_server）</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="46"/>
        <source>How TLS starts: after STARTTLS, from the first byte, or not at all</source>
        <translation>TLS 的启动方式：STARTTLS 之后、从第一个字节开始，或完全不用</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="51"/>
        <source>&amp;Options…</source>
        <translation>选项(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="52"/>
        <source>SNI, verification name, CA file, client certificate, TLS versions, ciphers, groups, EHLO name</source>
        <translation>SNI、验证名称、CA 文件、客户端证书、TLS 版本、密码套件、组、EHLO 名称</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::TranscriptModel</name>
    <message>
        <location filename="../ui/models/transcript_model.cpp" line="86"/>
        <source>Sent by the workbench (client)</source>
        <translation>由工作台（客户端）发送</translation>
    </message>
    <message>
        <location filename="../ui/models/transcript_model.cpp" line="87"/>
        <source>Sent by the server</source>
        <translation>由服务器发送</translation>
    </message>
    <message>
        <location filename="../ui/models/transcript_model.cpp" line="88"/>
        <source>TLS event</source>
        <translation>TLS 事件</translation>
    </message>
    <message>
        <location filename="../ui/models/transcript_model.cpp" line="89"/>
        <source>Note from the workbench</source>
        <translation>工作台备注</translation>
    </message>
    <message>
        <location filename="../ui/models/transcript_model.cpp" line="111"/>
        <source>%1 ms after the session started</source>
        <translation>会话开始后 %1 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/models/transcript_model.cpp" line="138"/>
        <source>Time (s)</source>
        <translation>时间（秒）</translation>
    </message>
    <message>
        <location filename="../ui/models/transcript_model.cpp" line="139"/>
        <source>Dir</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../ui/models/transcript_model.cpp" line="140"/>
        <source>Line</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::TranscriptView</name>
    <message>
        <location filename="../ui/views/transcript_view.cpp" line="33"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/views/transcript_view.cpp" line="39"/>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
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
        <translation>已于 %1 过期</translation>
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
