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
        <location filename="../ui/views/certificate_chain_view.cpp" line="39"/>
        <source>No certificates yet. The chain the server presents appears here after the handshake.</source>
        <translation>尚无证书。握手完成后，这里会显示服务器提供的证书链。</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="53"/>
        <source>Position:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="54"/>
        <source>Subject:</source>
        <translation>主体：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="55"/>
        <source>Issuer:</source>
        <translation>颁发者：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="56"/>
        <source>Serial:</source>
        <translation>序列号：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="57"/>
        <source>Valid:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="58"/>
        <source>Public key:</source>
        <translation>公钥：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="59"/>
        <source>Signature:</source>
        <translation>签名：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="60"/>
        <source>Alternative names:</source>
        <translation>备用名称：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="61"/>
        <source>SHA-256:</source>
        <translation>SHA-256：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="62"/>
        <source>Subject hash:</source>
        <translation>主体哈希：</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="76"/>
        <source>openssl x509 -text of the selected certificate</source>
        <translation>所选证书的 openssl x509 -text 输出</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="152"/>
        <source>%1 of %2 in the served chain</source>
        <translation>所提供证书链中的第 %1 个（共 %2 个）</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="161"/>
        <source>%1 to %2 (%3)</source>
        <translation>%1 至 %2（%3）</translation>
    </message>
    <message>
        <location filename="../ui/views/certificate_chain_view.cpp" line="173"/>
        <source>none</source>
        <translation>无</translation>
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
        <location filename="../ui/main_window.cpp" line="54"/>
        <source>MailTLS Workbench</source>
        <translation>MailTLS 工作台</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="93"/>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="96"/>
        <source>Connect to the server and run the session (Ctrl+Enter)</source>
        <translation>连接服务器并运行会话（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="99"/>
        <source>&amp;Disconnect</source>
        <translation>断开(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="101"/>
        <source>Say QUIT and close the connection</source>
        <translation>发送 QUIT 并关闭连接</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="104"/>
        <source>C&amp;ancel</source>
        <translation>取消(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="107"/>
        <source>Abort the session at once (Esc)</source>
        <translation>立即中止会话（Esc）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="110"/>
        <source>&amp;Save Report as JSON…</source>
        <translation>将报告另存为 JSON(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="114"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="119"/>
        <source>&amp;About MailTLS Workbench</source>
        <translation>关于 MailTLS 工作台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="126"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="131"/>
        <source>&amp;Session</source>
        <translation>会话(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="136"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="142"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="166"/>
        <source>&lt;b&gt;Transcript&lt;/b&gt;</source>
        <translation>&lt;b&gt;会话记录&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="239"/>
        <location filename="../ui/main_window.cpp" line="240"/>
        <source>connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="241"/>
        <source>waiting for the banner</source>
        <translation>等待欢迎信息</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="242"/>
        <source>EHLO</source>
        <translation>EHLO</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="243"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="244"/>
        <location filename="../ui/main_window.cpp" line="245"/>
        <source>TLS handshake</source>
        <translation>TLS 握手</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="246"/>
        <source>EHLO over TLS</source>
        <translation>通过 TLS 发送 EHLO</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="247"/>
        <source>authenticating</source>
        <translation>正在认证</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="248"/>
        <source>sending the message</source>
        <translation>正在发送邮件</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="249"/>
        <source>QUIT</source>
        <translation>QUIT</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="250"/>
        <source>interactive</source>
        <translation>交互模式</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="251"/>
        <source>closing</source>
        <translation>正在关闭</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="276"/>
        <source>Idle — enter a mail server and press Connect</source>
        <translation>空闲 — 输入邮件服务器后点击“连接”</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="279"/>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="282"/>
        <source>Connected to %1 — interactive: lines typed below go to the server as typed</source>
        <translation>已连接 %1 — 交互模式：下方输入的每一行都原样发送给服务器</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="286"/>
        <source>Disconnecting from %1…</source>
        <translation>正在断开 %1…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="325"/>
        <source>Cancelled — %1</source>
        <translation>已取消 — %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="326"/>
        <source>Session cancelled. What was received so far is kept below.</source>
        <translation>会话已取消。已收到的内容保留在下方。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="333"/>
        <source>%1 — %2…</source>
        <translation>%1 — %2…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="365"/>
        <source>TLS failed</source>
        <translation>TLS 失败</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="367"/>
        <source>no TLS</source>
        <translation>无 TLS</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="375"/>
        <source>%1 — session complete, closing…</source>
        <translation>%1 — 会话完成，正在关闭…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="384"/>
        <source>Failed — %1: %2</source>
        <translation>失败 — %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="387"/>
        <source>Disconnected from %1 — 1 finding</source>
        <translation>已断开 %1 — 1 项发现</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="388"/>
        <source>Disconnected from %1 — %2 findings</source>
        <translation>已断开 %1 — %2 项发现</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="396"/>
        <source>Handshake (%1)</source>
        <translation>握手（%1）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="397"/>
        <source>Handshake</source>
        <translation>握手</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="399"/>
        <source>Certificates (%1)</source>
        <translation>证书（%1）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="399"/>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="401"/>
        <source>Findings (%1)</source>
        <translation>发现（%1）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="401"/>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="439"/>
        <source>Save Report as JSON</source>
        <translation>将报告另存为 JSON</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="440"/>
        <source>JSON reports (*.json);;All files (*)</source>
        <translation>JSON 报告 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="445"/>
        <source>Save Report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="445"/>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="447"/>
        <source>Report saved to %1</source>
        <translation>报告已保存到 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="452"/>
        <source>About MailTLS Workbench</source>
        <translation>关于 MailTLS 工作台</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="453"/>
        <source>&lt;h3&gt;MailTLS Workbench %1&lt;/h3&gt;&lt;p&gt;Looks at the TLS side of mail servers: the SMTP conversation as it happened, the handshake, the served certificate chain, and what to change in Exim or Postfix.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MailTLS 工作台 %1&lt;/h3&gt;&lt;p&gt;检查邮件服务器的 TLS 层面：真实发生的 SMTP 对话、握手过程、服务器提供的证书链，以及 Exim 或 Postfix 中需要修改的配置。&lt;/p&gt;&lt;p&gt;基于 Qt %2 和 %3 构建。&lt;/p&gt;</translation>
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
</TS>
