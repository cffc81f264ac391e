<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>mailtls</name>
    <message>
        <location filename="../app/cli/explain_command.cpp" line="66"/>
        <source>(try &apos;mailtls explain --help&apos;)</source>
        <translation>（参见 &apos;mailtls explain --help&apos;）</translation>
    </message>
    <message>
        <location filename="../app/cli/explain_command.cpp" line="75"/>
        <source>name a cipher suite, e.g. &apos;mailtls explain ECDHE-RSA-AES128-GCM-SHA256&apos;</source>
        <translation>请指定一个密码套件，例如 &apos;mailtls explain ECDHE-RSA-AES128-GCM-SHA256&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="114"/>
        <source>--%1 must be a number of seconds between 0 and 3600, not &apos;%2&apos;</source>
        <translation>--%1 必须是 0 到 3600 之间的秒数，而不是 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="129"/>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 必须是 %2 到 %3 之间的整数，而不是 &apos;%4&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="140"/>
        <source>--%1 needs one name without spaces or line breaks</source>
        <translation>--%1 需要一个不含空格或换行的名称</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="157"/>
        <source>--starttls must be smtp, lmtp, imap, pop3, sieve, none or auto, not &apos;%1&apos;</source>
        <translation>--starttls 必须是 smtp、lmtp、imap、pop3、sieve、none 或 auto，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="179"/>
        <source>--sni and --no-sni contradict each other</source>
        <translation>--sni 与 --no-sni 互相矛盾</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="196"/>
        <source>--json %1: is a directory</source>
        <translation>--json %1：是一个目录</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="201"/>
        <source>--json %1: directory %2 does not exist</source>
        <translation>--json %1：目录 %2 不存在</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="205"/>
        <source>--json %1: directory %2 is not writable</source>
        <translation>--json %1：目录 %2 不可写</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="209"/>
        <source>--json %1: file is not writable</source>
        <translation>--json %1：文件不可写</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="221"/>
        <location filename="../app/cli/explain_command.cpp" line="80"/>
        <location filename="../app/cli/records_command.cpp" line="188"/>
        <source>--json needs a file name or &apos;-&apos;</source>
        <translation>--json 需要一个文件名或 &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="231"/>
        <source>--html needs a file name</source>
        <translation>--html 需要一个文件名</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="240"/>
        <source>--pdf needs a file name</source>
        <translation>--pdf 需要一个文件名</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="247"/>
        <source>--fail-on must be info, low, medium, high or critical, not &apos;%1&apos;</source>
        <translation>--fail-on 必须是 info、low、medium、high 或 critical，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="274"/>
        <source>%1%2: no such file</source>
        <translation>%1%2：文件不存在</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="275"/>
        <location filename="../app/cli/common_options.cpp" line="295"/>
        <location filename="../app/cli/common_options.cpp" line="302"/>
        <source>%1%2: cannot read (%3)</source>
        <translation>%1%2：无法读取（%3）</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="279"/>
        <source>%1%2: is a directory</source>
        <translation>%1%2：是一个目录</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="284"/>
        <source>%1%2: is not a regular file (a pipe, socket or device); save it to a file first</source>
        <translation>%1%2：不是普通文件（而是管道、套接字或设备）；请先保存为文件</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="289"/>
        <source>%1%2: is not a regular file</source>
        <translation>%1%2：不是普通文件</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="328"/>
        <location filename="../app/cli/compare_command.cpp" line="284"/>
        <location filename="../app/cli/explain_command.cpp" line="128"/>
        <location filename="../app/cli/records_command.cpp" line="236"/>
        <location filename="../app/cli/simulate_command.cpp" line="474"/>
        <source>cannot write --json %1: %2</source>
        <translation>无法写入 --json %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="338"/>
        <location filename="../app/cli/compare_command.cpp" line="291"/>
        <location filename="../app/cli/simulate_command.cpp" line="481"/>
        <source>cannot write --html %1: %2</source>
        <translation>无法写入 --html %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="349"/>
        <location filename="../app/cli/compare_command.cpp" line="300"/>
        <location filename="../app/cli/simulate_command.cpp" line="489"/>
        <source>cannot write --pdf %1: %2</source>
        <translation>无法写入 --pdf %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="381"/>
        <source>cannot read passphrase file %1: %2</source>
        <translation>无法读取口令文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="388"/>
        <source>passphrase file %1 is empty (the first line is the passphrase)</source>
        <translation>口令文件 %1 为空（第一行即为口令）</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="416"/>
        <source>--proxy-pass-file needs --proxy</source>
        <translation>--proxy-pass-file 需要 --proxy</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="433"/>
        <source>--proxy-pass-file needs a user in the --proxy URL (socks5://USER@HOST:PORT)</source>
        <translation>--proxy-pass-file 需要 --proxy URL 中包含用户名（socks5://USER@HOST:PORT）</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="135"/>
        <source>&apos;%1&apos; is not available in this build yet (try &apos;mailtls --help&apos;)</source>
        <translation>此版本尚不提供 &apos;%1&apos;（参见 &apos;mailtls --help&apos;）</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="138"/>
        <source>unknown command &apos;%1&apos; (try &apos;mailtls --help&apos;)</source>
        <translation>未知命令 &apos;%1&apos;（参见 &apos;mailtls --help&apos;）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="37"/>
        <source>TLS only, no mail protocol</source>
        <translation>仅 TLS，无邮件协议</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="37"/>
        <source>no mail protocol</source>
        <translation>无邮件协议</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="39"/>
        <source>%1 inside implicit TLS</source>
        <translation>%1 位于隐式 TLS 之内</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="40"/>
        <source>%1 with STARTTLS</source>
        <translation>%1 使用 STARTTLS</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="150"/>
        <source>--passphrase-file %1: the first line is empty</source>
        <translation>--passphrase-file %1：第一行为空</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="178"/>
        <source>Extensions</source>
        <translation>扩展</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="188"/>
        <source>not a CA</source>
        <translation>非 CA</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="190"/>
        <source>, path length %1</source>
        <translation>，路径长度 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="192"/>
        <location filename="../app/cli/cert_inspect_command.cpp" line="197"/>
        <source> (critical)</source>
        <translation> （关键）</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="193"/>
        <source>Basic constraints</source>
        <translation>基本约束</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="198"/>
        <source>Key usage</source>
        <translation>密钥用法</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="199"/>
        <source>Extended key usage</source>
        <translation>扩展密钥用法</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="201"/>
        <source>CA issuers</source>
        <translation>CA 颁发者</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="202"/>
        <source>CRL distribution</source>
        <translation>CRL 分发点</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="203"/>
        <source>Subject key id</source>
        <translation>主体密钥标识符</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="204"/>
        <source>Authority key id</source>
        <translation>颁发机构密钥标识符</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="212"/>
        <location filename="../app/cli/report_printer.cpp" line="48"/>
        <source>1 certificate</source>
        <translation>1 个证书</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="212"/>
        <location filename="../app/cli/report_printer.cpp" line="48"/>
        <source>%1 certificates</source>
        <translation>%1 个证书</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="214"/>
        <source>key does not match</source>
        <translation>密钥不匹配</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="215"/>
        <source>key matches</source>
        <translation>密钥匹配</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="277"/>
        <source>no certificate in %1 (only private keys)</source>
        <translation>%1 中没有证书（只有私钥）</translation>
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
        <translation>1 项发现</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="227"/>
        <location filename="../app/cli/report_printer.cpp" line="58"/>
        <source>%1 findings</source>
        <translation>%1 项发现</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="131"/>
        <source>accepts legacy servers</source>
        <translation>接受旧式服务器</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="132"/>
        <source>rejects keys weaker than %1 bits, e.g. RSA/DH under %2 bits</source>
        <translation>拒绝弱于 %1 位的密钥，例如低于 %2 位的 RSA/DH</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="134"/>
        <source>client ran at OpenSSL security level %1 (%2)</source>
        <translation>客户端以 OpenSSL 安全级别 %1 运行（%2）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="144"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="145"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="146"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="148"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="149"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="150"/>
        <source>none sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="152"/>
        <source>Certificate name</source>
        <translation>证书名称</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="158"/>
        <source>Transcript</source>
        <translation>会话记录</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="190"/>
        <source>(nothing was exchanged)</source>
        <translation>（没有任何交换）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="199"/>
        <source>the session ended before TLS</source>
        <translation>会话在 TLS 之前结束</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="201"/>
        <source>STARTTLS was refused: %1</source>
        <translation>STARTTLS 被拒绝：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="203"/>
        <source>the server does not offer STARTTLS</source>
        <translation>服务器不提供 STARTTLS</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="204"/>
        <source>not attempted: </source>
        <translation>未尝试：</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="208"/>
        <source>handshake failed</source>
        <translation>握手失败</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="209"/>
        <location filename="../app/cli/report_printer.cpp" line="308"/>
        <source>Handshake</source>
        <translation>握手</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="209"/>
        <source>failed: </source>
        <translation>失败：</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="213"/>
        <source> (sent by the server)</source>
        <translation>（由服务器发送）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="215"/>
        <source> (sent by us)</source>
        <translation>（由我方发送）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="216"/>
        <source>Alert</source>
        <translation>警报</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="219"/>
        <location filename="../app/cli/report_printer.cpp" line="221"/>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="227"/>
        <source>code %1</source>
        <translation>代码 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="230"/>
        <source>Cipher</source>
        <translation>密码套件</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="233"/>
        <source>Key exchange group</source>
        <translation>密钥交换组</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="235"/>
        <source>Server temp key</source>
        <translation>服务器临时密钥</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="236"/>
        <source>%1 %2 bits</source>
        <translation>%1 %2 位</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="239"/>
        <source>Peer signature</source>
        <translation>对端签名</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="242"/>
        <source>%1 with %2</source>
        <translation>%1，摘要 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="244"/>
        <source>Compression</source>
        <translation>压缩</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="244"/>
        <location filename="../app/cli/report_printer.cpp" line="398"/>
        <location filename="../app/cli/report_printer.cpp" line="618"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="247"/>
        <source>ok</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="248"/>
        <source>failed: code %1 (%2)</source>
        <translation>失败：代码 %1（%2）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="249"/>
        <location filename="../app/cli/report_printer.cpp" line="251"/>
        <source>Verification</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="251"/>
        <location filename="../app/cli/simulate_command.cpp" line="172"/>
        <location filename="../app/cli/simulate_command.cpp" line="350"/>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="254"/>
        <source>Client certificate</source>
        <translation>客户端证书</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="255"/>
        <source>requested by the server, sent</source>
        <translation>服务器要求，已发送</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="256"/>
        <source>requested by the server, none sent</source>
        <translation>服务器要求，未发送</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="258"/>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="258"/>
        <source>resumed</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="259"/>
        <source>Note: </source>
        <translation>注：</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="268"/>
        <location filename="../app/cli/report_printer.cpp" line="280"/>
        <source>keyword</source>
        <translation>关键字</translation>
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
        <translation>STARTTLS 前后的 EHLO</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="278"/>
        <source>Capabilities before and after STARTTLS</source>
        <translation>STARTTLS 前后的能力列表</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="281"/>
        <source>after TLS</source>
        <translation>TLS 之后</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="296"/>
        <source>(expected: not offered again inside TLS)</source>
        <translation>（符合预期：TLS 内不再提供）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="301"/>
        <source>Nothing changed but STARTTLS itself.</source>
        <translation>除 STARTTLS 本身外没有变化。</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="302"/>
        <source>%1 keyword(s) changed with TLS (+ added, - removed, ~ other parameters).</source>
        <translation>有 %1 个关键字随 TLS 改变（+ 新增，- 移除，~ 参数不同）。</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="310"/>
        <source>(no handshake messages recorded)</source>
        <translation>（未记录握手消息）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="311"/>
        <location filename="../app/cli/report_printer.cpp" line="330"/>
        <source>Time</source>
        <translation>时间</translation>
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
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="314"/>
        <location filename="../app/cli/report_printer.cpp" line="330"/>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="331"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="356"/>
        <source>Certificate chain</source>
        <translation>证书链</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="357"/>
        <source>Certificate chain (%1)</source>
        <translation>证书链（%1）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="360"/>
        <source>No certificate was served.</source>
        <translation>服务器未提供证书。</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="370"/>
        <source>Issuer</source>
        <translation>颁发者</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="371"/>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="372"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="375"/>
        <source>(not valid yet: starts in %1)</source>
        <translation>（尚未生效：%1后开始）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="380"/>
        <source>(EXPIRED %1 ago)</source>
        <translation>（已过期 %1）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="384"/>
        <source>(%1 left)</source>
        <translation>（剩余 %1）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="388"/>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="389"/>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="390"/>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="401"/>
        <source>Subject hash</source>
        <translation>主体哈希</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="406"/>
        <source>self-signed</source>
        <translation>自签名</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="407"/>
        <source>Flags</source>
        <translation>标志</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="407"/>
        <source>end entity</source>
        <translation>终端实体</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="415"/>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="415"/>
        <source>No findings.</source>
        <translation>没有发现。</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="416"/>
        <source>Findings (%1)</source>
        <translation>发现（%1）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="428"/>
        <source>Evidence: </source>
        <translation>证据：</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="136"/>
        <source>compared %1 servers: %2 difference(s), %3 the same, %4 not comparable
</source>
        <translation>已比较 %1 台服务器：%2 处不同，%3 处相同，%4 处无法比较
</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="148"/>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="155"/>
        <source>Differences: none</source>
        <translation>差异：无</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="156"/>
        <source>  The servers agree on everything the reports hold in common.

</source>
        <translation>  在各报告共同包含的所有项目上，这些服务器完全一致。

</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="158"/>
        <source>Differences (%1)</source>
        <translation>差异（%1）</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="166"/>
        <source>Same (%1)</source>
        <translation>相同（%1）</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="174"/>
        <source>Not comparable: held by one report only (%1)</source>
        <translation>无法比较：仅一份报告包含（%1）</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="181"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="197"/>
        <source>(try &apos;mailtls compare --help&apos;)</source>
        <translation>（参见 &apos;mailtls compare --help&apos;）</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="223"/>
        <source>  scanning %1 server(s)...
</source>
        <translation>  正在扫描 %1 台服务器...
</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="227"/>
        <source>  scanned %1 (%2 connections, %3 s)
</source>
        <translation>  已扫描 %1（%2 次连接，%3 秒）
</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="236"/>
        <location filename="../app/cli/report_printer.cpp" line="454"/>
        <location filename="../app/cli/report_printer.cpp" line="672"/>
        <location filename="../app/cli/scan_command.cpp" line="87"/>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="244"/>
        <location filename="../app/cli/scan_command.cpp" line="91"/>
        <location filename="../app/cli/simulate_command.cpp" line="458"/>
        <source>cannot scan %1: %2</source>
        <translation>无法扫描 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="262"/>
        <source>live scan now</source>
        <translation>现在实时扫描</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="264"/>
        <source>time unknown</source>
        <translation>时间未知</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="265"/>
        <source>saved %1 report of %2, %3</source>
        <translation>已保存的 %2 的 %1 报告，%3</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="456"/>
        <location filename="../app/cli/report_printer.cpp" line="674"/>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="460"/>
        <source>stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="468"/>
        <source>certificate verified</source>
        <translation>证书已验证</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="469"/>
        <source>certificate not verified (code %1)</source>
        <translation>证书未通过验证（代码 %1）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="471"/>
        <source>TLS handshake failed</source>
        <translation>TLS 握手失败</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="472"/>
        <source>TLS handshake failed (%1)</source>
        <translation>TLS 握手失败（%1）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="476"/>
        <source>no TLS (STARTTLS refused: %1)</source>
        <translation>无 TLS（STARTTLS 被拒绝：%1）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="478"/>
        <source>no TLS</source>
        <translation>无 TLS</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="478"/>
        <source>no TLS (STARTTLS not offered)</source>
        <translation>无 TLS（未提供 STARTTLS）</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="217"/>
        <location filename="../app/cli/report_printer.cpp" line="483"/>
        <location filename="../app/cli/report_printer.cpp" line="689"/>
        <source>no findings</source>
        <translation>没有发现</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="497"/>
        <source>likely: %1</source>
        <translation>可能原因：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="529"/>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="531"/>
        <source>No scan ran.</source>
        <translation>未运行扫描。</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="535"/>
        <source>Protocols</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="539"/>
        <location filename="../app/cli/report_printer.cpp" line="599"/>
        <location filename="../app/cli/report_printer.cpp" line="649"/>
        <source>not tested</source>
        <translation>未测试</translation>
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
        <translation>客户端顺序</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="563"/>
        <source>server&apos;s order</source>
        <translation>服务器顺序</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="565"/>
        <source>order not tested</source>
        <translation>顺序未测试</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="566"/>
        <source>%1 suites (%2, %3)</source>
        <translation>%1 套件（%2，%3）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="578"/>
        <source>Groups</source>
        <translation>组</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="578"/>
        <source>none found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="579"/>
        <source>DH prime</source>
        <translation>DH 素数</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="579"/>
        <source>%1 bits (smallest seen)</source>
        <translation>%1 位（所见最小）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="580"/>
        <source>no DHE suite accepted</source>
        <translation>不接受任何 DHE 套件</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="581"/>
        <source>Certificate types</source>
        <translation>证书类型</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="582"/>
        <location filename="../app/cli/simulate_command.cpp" line="363"/>
        <source>none seen</source>
        <translation>未见</translation>
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
        <translation>安全卫生</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="607"/>
        <source>Attacks</source>
        <translation>攻击</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="608"/>
        <source>heartbleed leak %1, CCS injection accepted %2, ROBOT oracle %3, ticketbleed leak %4</source>
        <translation>Heartbleed 泄漏 %1，接受 CCS 注入 %2，ROBOT 预言机 %3，Ticketbleed 泄漏 %4</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="612"/>
        <source> (no lifetime hint)</source>
        <translation>（无有效期提示）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="612"/>
        <source> (lifetime %1 s)</source>
        <translation>（有效期 %1 秒）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="614"/>
        <source>Resumption</source>
        <translation>会话恢复</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="615"/>
        <source>session id %1, ticket %2%3, TLS 1.3 ticket %4%5</source>
        <translation>会话 ID %1，票据 %2%3，TLS 1.3 票据 %4%5</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="620"/>
        <source>unusable (see --json)</source>
        <translation>不可用（见 --json）</translation>
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
        <translation>（已过）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="629"/>
        <source>; the certificate is must-staple</source>
        <translation>；证书要求装订（must-staple）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="630"/>
        <source>OCSP staple</source>
        <translation>OCSP 装订</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="635"/>
        <source>not offered</source>
        <translation>未提供</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="635"/>
        <source>rejected</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="636"/>
        <source>0-RTT</source>
        <translation>0-RTT</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="652"/>
        <source>role %1: MAIL before TLS %2, AUTH before TLS %3, command injection %4</source>
        <translation>角色 %1：TLS 前 MAIL %2，TLS 前 AUTH %3，命令注入 %4</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="655"/>
        <source>%1 byte(s) of cleartext after the 220 to STARTTLS</source>
        <translation>STARTTLS 的 220 回复之后有 %1 字节明文</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="657"/>
        <source>%1 connections, %2 handshakes</source>
        <translation>%1 次连接，%2 次握手</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="659"/>
        <source>, %1 retries after busy answers</source>
        <translation>，因繁忙应答重试 %1 次</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="660"/>
        <source>Cost</source>
        <translation>开销</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="660"/>
        <source> in %1 s</source>
        <translation>，用时 %1 秒</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="684"/>
        <source>no TLS version accepted</source>
        <translation>不接受任何 TLS 版本</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="685"/>
        <source>%1; %2 suite/version pairs</source>
        <translation>%1；%2 个套件/版本组合</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="686"/>
        <source>%1 connections</source>
        <translation>%1 次连接</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_command.cpp" line="47"/>
        <source>scanning: %1/%2 connections, %3 s
</source>
        <translation>扫描中：%1/%2 次连接，%3 秒
</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_command.cpp" line="52"/>
        <source>  scanning [%1%2] %3/%4 connections </source>
        <translation>  扫描中 [%1%2] %3/%4 次连接 </translation>
    </message>
    <message>
        <location filename="../app/cli/scan_command.cpp" line="103"/>
        <source>(try &apos;mailtls scan --help&apos;)</source>
        <translation>（参见 &apos;mailtls scan --help&apos;）</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="165"/>
        <source>Built-in partner profiles (mailtls simulate --client NAME):

</source>
        <translation>内置对方配置文件（mailtls simulate --client NAME）：

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
      提供 %3；%4 个 TLS 1.2 及以下套件，%5 个 TLS 1.3 套件；最小 DH %6
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="172"/>
        <location filename="../app/cli/simulate_command.cpp" line="350"/>
        <location filename="../app/cli/simulate_command.cpp" line="363"/>
        <source>%1 bits</source>
        <translation>%1 位</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="173"/>
        <location filename="../app/cli/simulate_command.cpp" line="351"/>
        <source>source: </source>
        <translation>来源： </translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="176"/>
        <source>  (a profile file did not load: %1)
</source>
        <translation>  （有一个配置文件未能加载：%1）
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="202"/>
        <source>unexpected &apos;%1&apos;: name the server with --server or --report</source>
        <translation>意外的 &apos;%1&apos;：请用 --server 或 --report 指定服务器</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="207"/>
        <source>name the server with either --server HOST[:PORT] or --report FILE.json</source>
        <translation>请用 --server HOST[:PORT] 或 --report FILE.json 之一指定服务器</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="230"/>
        <source>--%1 needs --server (a report is not contacted)</source>
        <translation>--%1 需要 --server（不会连接报告中的服务器）</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="240"/>
        <source>--report %1: holds no scan section (make one with &apos;mailtls scan HOST --json FILE&apos;)</source>
        <translation>--report %1：不含扫描部分（请用 &apos;mailtls scan HOST --json FILE&apos; 生成）</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="246"/>
        <source>name the partner with either --client PROFILE or --cipher-list LIST</source>
        <translation>请用 --client PROFILE 或 --cipher-list LIST 之一指定对方</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="256"/>
        <source>unknown profile &apos;%1&apos;; built-in: %2</source>
        <translation>未知的配置文件 &apos;%1&apos;；内置：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="261"/>
        <source>--syntax applies to --cipher-list only</source>
        <translation>--syntax 仅适用于 --cipher-list</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="267"/>
        <source>--syntax must be auto, openssl, iana or gnutls, not &apos;%1&apos;</source>
        <translation>--syntax 必须是 auto、openssl、iana 或 gnutls，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="285"/>
        <source>--versions: unknown version &apos;%1&apos; (use 1.0, 1.1, 1.2, 1.3 or SSLv3)</source>
        <translation>--versions：未知版本 &apos;%1&apos;（可用 1.0、1.1、1.2、1.3 或 SSLv3）</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="300"/>
        <source>--groups: unknown group &apos;%1&apos;</source>
        <translation>--groups：未知的组 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="312"/>
        <source>--sigalgs: unknown signature algorithm &apos;%1&apos;</source>
        <translation>--sigalgs：未知的签名算法 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="323"/>
        <source>--min-dh-bits must be a whole number from 0 to 16384, not &apos;%1&apos;</source>
        <translation>--min-dh-bits 必须是 0 到 16384 之间的整数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="328"/>
        <source>the partner offers no suite for any of its versions (%1)</source>
        <translation>对方的任何版本都没有提供套件（%1）</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="344"/>
        <source>Partner</source>
        <translation>对方</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="345"/>
        <source>          offers %1; %2 suites up to TLS 1.2, %3 TLS 1.3 suites; groups: %4; minimum DH: %5
</source>
        <translation>          提供 %1；%2 个 TLS 1.2 及以下套件，%3 个 TLS 1.3 套件；组：%4；最小 DH：%5
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
        <translation>          无法识别（已略去）：%1
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="359"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="360"/>
        <source>          accepts %1; certificates: %2; DH prime: %3
</source>
        <translation>          接受 %1；证书：%2；DH 素数：%3
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="361"/>
        <source>no version</source>
        <translation>无版本</translation>
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
        <translation>预测：可以连接 — %1，套件 %2%3
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="368"/>
        <location filename="../app/cli/simulate_command.cpp" line="395"/>
        <source>, group %1</source>
        <translation>，组 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="370"/>
        <source>Prediction: FAILS — %1
</source>
        <translation>预测：失败 — %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="373"/>
        <source>  How:
</source>
        <translation>  推理过程：
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="380"/>
        <source>
Fix for Exim:
</source>
        <translation>
Exim 的修复方法：
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="382"/>
        <source>Fix for Postfix:
</source>
        <translation>Postfix 的修复方法：
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="386"/>
        <source>
Live handshake (%1)
</source>
        <translation>
实际握手（%1）
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="387"/>
        <source>mailtls&apos;s own ClientHello: the exact offer</source>
        <translation>mailtls 自己的 ClientHello：完全按对方的提供</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="388"/>
        <source>OpenSSL client with the partner&apos;s offer</source>
        <translation>使用对方提供内容的 OpenSSL 客户端</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="390"/>
        <source>  left out (this OpenSSL cannot send them): %1
</source>
        <translation>  已略去（此 OpenSSL 无法发送）：%1
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="392"/>
        <source>  server chose %1 with %2%3
</source>
        <translation>  服务器选择了 %1，套件 %2%3
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="394"/>
        <source>, %1-bit DH prime</source>
        <translation>，%1 位 DH 素数</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="399"/>
        <source>  the partner would stop here: %1
</source>
        <translation>  对方会在此停止：%1
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="401"/>
        <source>  error: %1
</source>
        <translation>  错误：%1
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="444"/>
        <source>  scanning the server: %1/%2 connections </source>
        <translation>  正在扫描服务器：%1/%2 次连接 </translation>
    </message>
    <message>
        <location filename="../app/cli/cert_command.cpp" line="76"/>
        <source>unknown subcommand &apos;%1&apos; (try &apos;mailtls cert --help&apos;)</source>
        <translation>未知子命令 &apos;%1&apos;（参见 &apos;mailtls cert --help&apos;）</translation>
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
        <translation>（参见 &apos;%1 --help&apos;）</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="211"/>
        <source>Would a sender deliver to %1?</source>
        <translation>发件方能否投递到 %1？</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="220"/>
        <source>not looked up</source>
        <translation>未查询</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="222"/>
        <source>no answer</source>
        <translation>无应答</translation>
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
        <translation>  空 MX（RFC 7505）：该域名不接收邮件

</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="236"/>
        <source>  no MX records: the domain&apos;s own addresses stand in (RFC 5321 §5.1)
</source>
        <translation>  没有 MX 记录：使用该域名自身的地址（RFC 5321 §5.1）
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="238"/>
        <source>  no MX host

</source>
        <translation>  没有 MX 主机

</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="242"/>
        <source>  (not checked)
</source>
        <translation>  （未检查）
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="254"/>
        <source>        no address
</source>
        <translation>        没有地址
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="260"/>
        <source>        %1  (not connected: --no-sessions)
</source>
        <translation>        %1  （未连接：--no-sessions）
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="262"/>
        <source>        and %1 more address(es), not checked
</source>
        <translation>        另有 %1 个地址未检查
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="277"/>
        <source>no connection: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="279"/>
        <source>no STARTTLS</source>
        <translation>无 STARTTLS</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="281"/>
        <source>TLS failed: %1</source>
        <translation>TLS 失败：%1</translation>
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
        <translation>名称匹配</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="289"/>
        <source>name mismatch</source>
        <translation>名称不匹配</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="297"/>
        <source>DANE (TLSA records)</source>
        <translation>DANE（TLSA 记录）</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="456"/>
        <source>Domain %1</source>
        <translation>域名 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="475"/>
        <source>Records to publish (the MX set and the keys served now)</source>
        <translation>需要发布的记录（MX 集合与当前提供的密钥）</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="209"/>
        <source>Mail logs: %1 file(s), %2 lines (%3 not understood), %4 distinct messages, %5 – %6
</source>
        <translation>邮件日志：%1 个文件，%2 行（%3 行无法识别），%4 封不同邮件，%5 – %6
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="214"/>
        <source>  %1  %2%3  %4 lines, %5 parsed, %6 not understood%7%8
</source>
        <translation>  %1  %2%3  %4 行，已解析 %5 行，%6 行无法识别%7%8
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="218"/>
        <source>, %1 outside the time range</source>
        <translation>，%1 行超出时间范围</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="219"/>
        <source>, %1 cut at the line limit</source>
        <translation>，%1 行因长度上限被截断</translation>
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
        <translation>    前几行中没有可识别的日志格式（Exim 主日志、含 Exim 或 Postfix 的 syslog、journalctl short-iso 或 json）
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
        <translation>    … 另有 %1 行无法识别
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="229"/>
        <source>
Partners: %1 inbound, %2 outbound; %3 messages, TLS %4; %5 cleartext (%6 partner(s)), %7 after a TLS failure
</source>
        <translation>
对方：%1 个入站，%2 个出站；%3 封邮件，TLS %4；%5 封明文（%6 个对方），%7 封在 TLS 失败后发送
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="238"/>
        <source>
TLS failures by cause
</source>
        <translation>
按原因分类的 TLS 失败
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="249"/>
        <source>      … and %1 more
</source>
        <translation>      … 另有 %1 个
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
明文通信的对方
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="282"/>
        <source>  … and %1 more
</source>
        <translation>  … 另有 %1 个
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="285"/>
        <source>  %1 %2  %3 of %4 message(s) in cleartext%5, last %6
</source>
        <translation>  %1 %2  %4 封邮件中有 %3 封为明文%5，最近 %6
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="295"/>
        <source>
Partners (most failures first, then most messages)
</source>
        <translation>
对方（失败最多者优先，其次为邮件最多者）
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="299"/>
        <source>  … and %1 more (--top 0 lists all)
</source>
        <translation>  … 另有 %1 个（--top 0 列出全部）
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="312"/>
        <source>      %1 message(s), %2 connection(s), TLS %3: %4
</source>
        <translation>      %1 封邮件，%2 次连接，TLS %3：%4
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="314"/>
        <source>      cipher %1; verified %2; first %3, last %4
</source>
        <translation>      密码套件 %1；已验证 %2；首次 %3，最近 %4
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="325"/>
        <source>      failures: %1
</source>
        <translation>      失败：%1
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="331"/>
        <source>
What breaks if: %1
</source>
        <translation>
如果 %1，哪些会中断
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="333"/>
        <source>  cannot simulate: %1
</source>
        <translation>  无法模拟：%1
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="335"/>
        <source>  server as simulated: %1
</source>
        <translation>  模拟的服务器：%1
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="342"/>
        <source>    %1 %2  %3 message(s), last seen %4%5
</source>
        <translation>    %1 %2  %3 封邮件，最近出现 %4%5
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="350"/>
        <source>  unaffected: %1 partner(s) keep a version and suite they used; %2 never used TLS here
</source>
        <translation>  不受影响：%1 个对方仍保有其曾用的版本与套件；%2 个从未在此使用 TLS
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="354"/>
        <source>note: </source>
        <translation>注： </translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="69"/>
        <source>--%1 must be a port from 0 to 65535, not &apos;%2&apos;</source>
        <translation>--%1 必须是 0 到 65535 之间的端口，而不是 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="120"/>
        <source>unexpected argument &apos;%1&apos; (the server always listens on 127.0.0.1; use --port)</source>
        <translation>意外的参数 &apos;%1&apos;（服务器总是监听 127.0.0.1；请使用 --port）</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="131"/>
        <source>unknown personality &apos;%1&apos;; choose one of: %2</source>
        <translation>未知的角色 &apos;%1&apos;；可选：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="140"/>
        <source>--port and --tls-port must differ (both %1)</source>
        <translation>--port 与 --tls-port 必须不同（都是 %1）</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="155"/>
        <source>unexpected argument &apos;%1&apos;: names are given with --domain and --mx</source>
        <translation>意外的参数 &apos;%1&apos;：名称应通过 --domain 和 --mx 指定</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="158"/>
        <source>--domain DOMAIN is required</source>
        <translation>必须提供 --domain DOMAIN</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="160"/>
        <source>name the domain&apos;s MX hosts (--mx HOST, once per host)</source>
        <translation>请指定该域名的 MX 主机（--mx HOST，每台主机一次）</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="162"/>
        <source>--no-sts and --sts-mode/--sts-max-age/--sts-id exclude each other</source>
        <translation>--no-sts 与 --sts-mode/--sts-max-age/--sts-id 互斥</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="164"/>
        <source>--cert, --key and --next-key are given once each</source>
        <translation>--cert、--key 和 --next-key 各只能指定一次</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="183"/>
        <source>--sts-id needs a value (1-32 letters and digits)</source>
        <translation>--sts-id 需要一个值（1-32 个字母和数字）</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::CapabilitiesView</name>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="36"/>
        <source>Keyword</source>
        <translation>关键字</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="36"/>
        <source>Before TLS</source>
        <translation>TLS 之前</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="36"/>
        <source>After TLS</source>
        <translation>TLS 之后</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="36"/>
        <source>With TLS</source>
        <translation>TLS 带来的变化</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="46"/>
        <source>RFC 3207: after STARTTLS the client forgets the first list and asks again, because an attacker could have changed the cleartext one.</source>
        <translation>RFC 3207：STARTTLS 之后客户端丢弃第一份列表并重新询问，因为攻击者可能篡改了明文列表。</translation>
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
        <translation>TLS 之后消失（符合预期）</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="106"/>
        <source>+ added after TLS (good: passwords only inside TLS)</source>
        <translation>+ TLS 之后新增（良好：密码只在 TLS 内传送）</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="107"/>
        <source>+ added after TLS</source>
        <translation>+ TLS 之后新增</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="111"/>
        <source>− gone after TLS</source>
        <translation>− TLS 之后消失</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="115"/>
        <source>~ other parameters after TLS</source>
        <translation>~ TLS 之后参数不同</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="131"/>
        <source>Only an EHLO after TLS in this session.</source>
        <translation>本会话只有 TLS 之后的 EHLO。</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="132"/>
        <source>Only an EHLO before TLS in this session: nothing to compare.</source>
        <translation>本会话只有 TLS 之前的 EHLO：无可比较。</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="134"/>
        <source>Nothing changed with TLS but STARTTLS itself, which is not offered again inside TLS.</source>
        <translation>除 STARTTLS 本身外，TLS 前后没有变化；STARTTLS 在 TLS 内不再提供。</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="136"/>
        <source>1 keyword changed with TLS (marked); STARTTLS itself is not offered again inside TLS.</source>
        <translation>有 1 个关键字随 TLS 改变（已标出）；STARTTLS 本身在 TLS 内不再提供。</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="137"/>
        <source>%1 keywords changed with TLS (marked); STARTTLS itself is not offered again inside TLS.</source>
        <translation>有 %1 个关键字随 TLS 改变（已标出）；STARTTLS 本身在 TLS 内不再提供。</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::CertificateChainModel</name>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="73"/>
        <source>expired today</source>
        <translation>今天过期</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="73"/>
        <source>expired 1 day ago</source>
        <translation>1 天前已过期</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="73"/>
        <source>expired %1 days ago</source>
        <translation>%1 天前已过期</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="76"/>
        <source>not valid yet</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="78"/>
        <source>expires today</source>
        <translation>今天过期</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="78"/>
        <source>1 day left</source>
        <translation>剩余 1 天</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="78"/>
        <source>%1 days left</source>
        <translation>剩余 %1 天</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="88"/>
        <source>leaf</source>
        <translation>叶证书</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="90"/>
        <source>self-signed</source>
        <translation>自签名</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="92"/>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="94"/>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="96"/>
        <source>not yet valid</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="98"/>
        <source>expires soon</source>
        <translation>即将过期</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="173"/>
        <source>Position %1 in the served chain
Subject: %2
Issuer: %3</source>
        <translation>所提供证书链中的位置 %1
主体：%2
颁发者：%3</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="196"/>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="197"/>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="198"/>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <location filename="../ui/models/certificate_chain_model.cpp" line="199"/>
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
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="80"/>
        <source>Generate Certificate</source>
        <translation>生成证书</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="83"/>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="88"/>
        <source>Self-signed certificate</source>
        <translation>自签名证书</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="89"/>
        <source>Certificate signing request (CSR) for a CA</source>
        <translation>提交给 CA 的证书签名请求（CSR）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="90"/>
        <source>Certificate signed by a CA directory</source>
        <translation>由 CA 目录签名的证书</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="91"/>
        <source>&amp;Make:</source>
        <translation>生成(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="98"/>
        <source>directory made by mailtls cert ca init</source>
        <translation>由 mailtls cert ca init 创建的目录</translation>
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
        <translation>CA 密钥的口令（如有）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="108"/>
        <source>CA:</source>
        <translation>CA：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="115"/>
        <source>&amp;Key type:</source>
        <translation>密钥类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="119"/>
        <source>mail.example.org</source>
        <translation>mail.example.org</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="120"/>
        <source>Common &amp;name (CN):</source>
        <translation>通用名称（CN）(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="123"/>
        <source>optional, e.g. Example GmbH</source>
        <translation>可选，例如 Example GmbH</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="124"/>
        <source>&amp;Organization (O):</source>
        <translation>组织（O）(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="128"/>
        <source>optional, two letters, e.g. DE</source>
        <translation>可选，两个字母，例如 CN</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="129"/>
        <source>&amp;Country (C):</source>
        <translation>国家/地区（C）(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="132"/>
        <source>DNS:mail.example.org,DNS:mx2.example.org,IP:192.0.2.25 (empty: DNS:&lt;CN&gt;)</source>
        <translation>DNS:mail.example.org,DNS:mx2.example.org,IP:192.0.2.25（留空：DNS:&lt;CN&gt;）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="133"/>
        <source>&amp;Alternative names:</source>
        <translation>备用名称(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="138"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="139"/>
        <source>&amp;Validity:</source>
        <translation>有效期(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="142"/>
        <source>Output files</source>
        <translation>输出文件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="159"/>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="324"/>
        <source>Certificate:</source>
        <translation>证书：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="161"/>
        <source>Private key (0600):</source>
        <translation>私钥（0600）：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="162"/>
        <source>Replace existing files</source>
        <translation>替换现有文件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="167"/>
        <source>Exim and Postfix configuration</source>
        <translation>Exim 和 Postfix 配置</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="174"/>
        <source>The lines that use the generated files appear here.</source>
        <translation>使用所生成文件的配置行会显示在这里。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="177"/>
        <source>&amp;Copy to Clipboard</source>
        <translation>复制到剪贴板(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="191"/>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="245"/>
        <source>CA Directory</source>
        <translation>CA 目录</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="247"/>
        <source>Output File</source>
        <translation>输出文件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="259"/>
        <source>Choose a key type.</source>
        <translation>请选择密钥类型。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="266"/>
        <source>Enter the host name partners connect to as the common name, e.g. mail.example.org.</source>
        <translation>请输入对方连接时使用的主机名作为通用名称，例如 mail.example.org。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="275"/>
        <source>Subject: %1</source>
        <translation>主体：%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="283"/>
        <source>Alternative names: %1</source>
        <translation>备用名称：%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="290"/>
        <source>Choose the CA directory (made with mailtls cert ca init).</source>
        <translation>请选择 CA 目录（由 mailtls cert ca init 创建）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="298"/>
        <source>Choose where to write the files.</source>
        <translation>请选择文件的写入位置。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="302"/>
        <source>The key needs a file of its own.</source>
        <translation>密钥必须存放在单独的文件中。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="324"/>
        <source>Request (CSR):</source>
        <translation>请求（CSR）：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="339"/>
        <source>Generating the key and %1… (RSA 4096 can take a few seconds)</source>
        <translation>正在生成密钥和%1…（RSA 4096 可能需要几秒钟）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="340"/>
        <source>the request</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="340"/>
        <source>the certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="348"/>
        <source>Press Generate to write the key and the request; then send the request to your CA.</source>
        <translation>点击“生成”写入密钥和请求，然后将请求发送给你的 CA。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="349"/>
        <source>Press Generate to write the key and the certificate; the chain then opens in the Certificates tab.</source>
        <translation>点击“生成”写入密钥和证书，随后证书链会在“证书”选项卡中打开。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="385"/>
        <source>Nothing was written: %1</source>
        <translation>未写入任何文件：%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="392"/>
        <source>Written: %1 and %2. Send the request to your CA; the lines below use its answer.</source>
        <translation>已写入：%1 和 %2。请将请求发送给你的 CA；下方的配置行会使用 CA 的回复。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificate_generator_dialog.cpp" line="394"/>
        <source>Written: %1 and %2. The chain is shown in the Certificates tab; copy the lines below into Exim or Postfix.</source>
        <translation>已写入：%1 和 %2。证书链显示在“证书”选项卡中；请将下方配置行复制到 Exim 或 Postfix。</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::CipherGradeStyle</name>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="37"/>
        <source>Strong</source>
        <translation>强</translation>
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
        <translation>具备前向保密和 AEAD 加密：无需处理</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="49"/>
        <source>forward secrecy, but a CBC cipher (or CCM-8): fine to keep for older partners</source>
        <translation>具备前向保密，但使用 CBC 加密（或 CCM-8）：为兼容较旧的对方可以保留</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="50"/>
        <source>no forward secrecy, or 3DES / IDEA / short keys: disable once your partners allow it</source>
        <translation>无前向保密，或使用 3DES / IDEA / 短密钥：待对方允许后即禁用</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="51"/>
        <source>NULL, anonymous, EXPORT, RC4 or DES: an attacker can read or alter the mail; disable now</source>
        <translation>NULL、匿名、EXPORT、RC4 或 DES：攻击者可以读取或篡改邮件；请立即禁用</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="53"/>
        <source>the catalog gives no grade for this suite</source>
        <translation>目录中没有此套件的评级</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::CipherGridView</name>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="65"/>
        <source>%v of %m connections</source>
        <translation>%v / %m 个连接</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="67"/>
        <source>Cancel scan</source>
        <translation>取消扫描</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="78"/>
        <source>Only accepted</source>
        <translation>仅显示已接受</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="80"/>
        <source>Hide the catalog&apos;s suites the server accepts in no version</source>
        <translation>隐藏服务器在任何版本中都不接受的目录套件</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="81"/>
        <source>Only weak</source>
        <translation>仅显示弱套件</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="83"/>
        <source>Show only suites graded weak or insecure: the ones to disable</source>
        <translation>仅显示评为弱或不安全的套件：即应禁用的套件</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="84"/>
        <source>All catalog suites</source>
        <translation>所有目录套件</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="86"/>
        <source>Also list every IANA suite the server did not accept</source>
        <translation>同时列出服务器未接受的所有 IANA 套件</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="89"/>
        <source>IANA names</source>
        <translation>IANA 名称</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="90"/>
        <source>OpenSSL names</source>
        <translation>OpenSSL 名称</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="93"/>
        <source>Filter by name or code, e.g. CHACHA or 0xC030</source>
        <translation>按名称或代码筛选，例如 CHACHA 或 0xC030</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="128"/>
        <source>&lt;b&gt;Accepted suites by strength&lt;/b&gt;</source>
        <translation>&lt;b&gt;按强度分类的已接受套件&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="134"/>
        <source>&lt;b&gt;Legend&lt;/b&gt;</source>
        <translation>&lt;b&gt;图例&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="146"/>
        <source>rank in the server&apos;s own order (⇣ in the header: the server enforces it); ✓ accepted, client&apos;s order</source>
        <translation>服务器自身顺序中的排名（表头有 ⇣：服务器强制使用此顺序）；✓ 已接受，按客户端顺序</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="148"/>
        <source>the server refuses this protocol version</source>
        <translation>服务器拒绝此协议版本</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="158"/>
        <source>&lt;b&gt;Server order&lt;/b&gt;</source>
        <translation>&lt;b&gt;服务器顺序&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="274"/>
        <location filename="../ui/views/cipher_grid_view.cpp" line="305"/>
        <source>1 suite</source>
        <translation>1 个套件</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="274"/>
        <location filename="../ui/views/cipher_grid_view.cpp" line="305"/>
        <source>%1 suites</source>
        <translation>%1 个套件</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="276"/>
        <source>%1 of %2 suites</source>
        <translation>%1 / %2 个套件</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="292"/>
        <source>&lt;b&gt;Cipher matrix&lt;/b&gt; — no scan yet</source>
        <translation>&lt;b&gt;密码套件矩阵&lt;/b&gt; — 尚未扫描</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="303"/>
        <source>no protocol version accepted</source>
        <translation>未接受任何协议版本</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="303"/>
        <source>accepts %1</source>
        <translation>接受 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="307"/>
        <source>groups %1</source>
        <translation>组 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="309"/>
        <source>DH %1 bits</source>
        <translation>DH %1 位</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="311"/>
        <source>certificates: %1</source>
        <translation>证书：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="313"/>
        <source>%1 connections, %2 handshakes</source>
        <translation>%1 个连接，%2 次握手</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="315"/>
        <source>%1 retried after rate limiting</source>
        <translation>%1 个因速率限制而重试</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="317"/>
        <source>Cipher matrix</source>
        <translation>密码套件矩阵</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="324"/>
        <source>Scanning %1: each version is enumerated with as few handshakes as possible. Cancel stops at once; nothing is shown for a cancelled scan.</source>
        <translation>正在扫描 %1：每个版本都以尽可能少的握手次数枚举。点击“取消”会立即停止；已取消的扫描不会显示任何结果。</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="327"/>
        <source>Press Scan (next to Connect) to enumerate every protocol version and cipher suite the server accepts.</source>
        <translation>点击“扫描”（位于“连接”旁）即可枚举服务器接受的每个协议版本和密码套件。</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="331"/>
        <source>1 accepted suite is weak or insecure: tick &quot;Only weak&quot; to see it, and Findings for the Exim and Postfix lines that disable it.</source>
        <translation>有 1 个已接受的套件为弱或不安全：勾选“仅显示弱套件”即可查看，并可在“发现”中找到禁用它的 Exim 和 Postfix 配置行。</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="333"/>
        <source>%1 accepted suites are weak or insecure: tick &quot;Only weak&quot; to list them, and see Findings for the Exim and Postfix lines that disable them.</source>
        <translation>有 %1 个已接受的套件为弱或不安全：勾选“仅显示弱套件”即可列出，并可在“发现”中找到禁用它们的 Exim 和 Postfix 配置行。</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="335"/>
        <source>Every accepted suite is graded strong or acceptable. Hover over a cell to see a suite taken apart.</source>
        <translation>所有已接受的套件均评为强或可接受。将鼠标悬停在单元格上即可查看套件的各组成部分。</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="363"/>
        <source>No accepted version yet.</source>
        <translation>尚无已接受的版本。</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="368"/>
        <source>The server picks from its own list, in this order:</source>
        <translation>服务器从自己的列表中选择，顺序如下：</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="369"/>
        <source>The server follows the client&apos;s order; accepted suites:</source>
        <translation>服务器遵循客户端的顺序；已接受的套件：</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="376"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/views/cipher_grid_view.cpp" line="391"/>
        <source>starting…</source>
        <translation>正在启动…</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::CipherMatrixModel</name>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="378"/>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="405"/>
        <source>%1 was not tested</source>
        <translation>未测试 %1</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="380"/>
        <source>The server refuses %1</source>
        <translation>服务器拒绝 %1</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="382"/>
        <source>1 suite accepted</source>
        <translation>已接受 1 个套件</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="382"/>
        <source>%1 suites accepted</source>
        <translation>已接受 %1 个套件</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="384"/>
        <source>%1: %2; the server enforces its own order (the numbers are its ranks)</source>
        <translation>%1：%2；服务器强制使用自身顺序（数字为其排名）</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="385"/>
        <source>%1: %2; the server follows the client&apos;s order</source>
        <translation>%1：%2；服务器遵循客户端的顺序</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="399"/>
        <source>Accepted with %1 — the server&apos;s choice %2 of %3</source>
        <translation>在 %1 下接受 — 服务器的第 %2 选择（共 %3 个）</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="400"/>
        <source>Accepted with %1 (the server follows the client&apos;s order)</source>
        <translation>在 %1 下接受（服务器遵循客户端的顺序）</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="403"/>
        <source>Not accepted with %1</source>
        <translation>在 %1 下不被接受</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="404"/>
        <source>The server refuses %1 altogether</source>
        <translation>服务器完全拒绝 %1</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="406"/>
        <source>This suite does not exist in %1</source>
        <translation>%1 中不存在此套件</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="413"/>
        <source>key exchange</source>
        <translation>密钥交换</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="413"/>
        <source>authentication</source>
        <translation>身份验证</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="413"/>
        <source>cipher</source>
        <translation>加密算法</translation>
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
        <translation>密钥交换</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="422"/>
        <source>Authentication</source>
        <translation>身份验证</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="423"/>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="621"/>
        <source>Cipher</source>
        <translation>加密算法</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="423"/>
        <source>%1 (%2 bits)</source>
        <translation>%1（%2 位）</translation>
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
        <translation>—（OpenSSL 没有对应名称）</translation>
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
        <translation>代码</translation>
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
        <translation>套件（OpenSSL 名称）</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="616"/>
        <source>Suite (IANA name)</source>
        <translation>套件（IANA 名称）</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="618"/>
        <source>Strength</source>
        <translation>强度</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="620"/>
        <source>Auth</source>
        <translation>认证</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="623"/>
        <source>Bits</source>
        <translation>位</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="627"/>
        <source>The cipher suite; hover over a name to see it taken apart</source>
        <translation>密码套件；将鼠标悬停在名称上即可查看其各组成部分</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="628"/>
        <source>The suite&apos;s two-byte IANA code point</source>
        <translation>套件的双字节 IANA 码点</translation>
    </message>
    <message>
        <location filename="../ui/models/cipher_matrix_model.cpp" line="629"/>
        <source>Strength grade from the cipher catalog</source>
        <translation>密码套件目录中的强度评级</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::CommandLineWidget</name>
    <message>
        <location filename="../ui/views/command_line_widget.cpp" line="28"/>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/views/command_line_widget.cpp" line="44"/>
        <source>&lt;p&gt;Each line you type is sent to the server exactly as typed, ended with CR LF as SMTP wants it, inside TLS once TLS is up. Up and Down recall earlier lines.&lt;/p&gt;&lt;p&gt;No letter is a command here. In &lt;tt&gt;openssl s_client&lt;/tt&gt; a line that starts with &lt;b&gt;R&lt;/b&gt; asks for a TLS renegotiation instead of being sent (so &lt;tt&gt;RCPT TO&lt;/tt&gt; renegotiates) and one that starts with &lt;b&gt;Q&lt;/b&gt; quits. A server that rightly refuses client-initiated renegotiation then ends the session, and the server gets the blame. With s_client, use &lt;tt&gt;-ign_eof&lt;/tt&gt; or &lt;tt&gt;-quiet&lt;/tt&gt; (both imply &lt;tt&gt;-nocommands&lt;/tt&gt;), or type &lt;tt&gt;rcpt to&lt;/tt&gt; in lower case.&lt;/p&gt;</source>
        <translation>&lt;p&gt;您输入的每一行都按原样发送给服务器，按 SMTP 要求以 CR LF 结尾；TLS 建立后在 TLS 内发送。用上下方向键调出之前的行。&lt;/p&gt;&lt;p&gt;这里没有任何字母是命令。在 &lt;tt&gt;openssl s_client&lt;/tt&gt; 中，以 &lt;b&gt;R&lt;/b&gt; 开头的行不会被发送，而是请求 TLS 重新协商（所以 &lt;tt&gt;RCPT TO&lt;/tt&gt; 会触发重新协商），以 &lt;b&gt;Q&lt;/b&gt; 开头的行则会退出。正确拒绝客户端发起的重新协商的服务器随即结束会话，却被误认为是服务器的错。使用 s_client 时请加 &lt;tt&gt;-ign_eof&lt;/tt&gt; 或 &lt;tt&gt;-quiet&lt;/tt&gt;（两者都隐含 &lt;tt&gt;-nocommands&lt;/tt&gt;），或以小写输入 &lt;tt&gt;rcpt to&lt;/tt&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/command_line_widget.cpp" line="59"/>
        <source>Type a command (e.g. NOOP or MAIL FROM:&lt;a@example.org&gt;) and press Enter</source>
        <translation>输入命令（例如 NOOP 或 MAIL FROM:&lt;a@example.org&gt;）后按回车</translation>
    </message>
    <message>
        <location filename="../ui/views/command_line_widget.cpp" line="60"/>
        <source>Commands can be typed once a session is ready</source>
        <translation>会话就绪后即可输入命令</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::CompareModel</name>
    <message>
        <location filename="../ui/models/compare_model.cpp" line="23"/>
        <source>report %1</source>
        <translation>报告 %1</translation>
    </message>
    <message>
        <location filename="../ui/models/compare_model.cpp" line="96"/>
        <source>The servers differ here</source>
        <translation>各服务器在此处不同</translation>
    </message>
    <message>
        <location filename="../ui/models/compare_model.cpp" line="98"/>
        <source>Only one report holds this fact</source>
        <translation>只有一份报告包含此项信息</translation>
    </message>
    <message>
        <location filename="../ui/models/compare_model.cpp" line="99"/>
        <source>The same on every server that reports it</source>
        <translation>在所有报告此项的服务器上均相同</translation>
    </message>
    <message>
        <location filename="../ui/models/compare_model.cpp" line="144"/>
        <source>Aspect</source>
        <translation>方面</translation>
    </message>
    <message>
        <location filename="../ui/models/compare_model.cpp" line="146"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::CompareView</name>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="37"/>
        <source>Type a server as HOST or HOST:PORT.</source>
        <translation>请以 HOST 或 HOST:PORT 格式输入服务器。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="43"/>
        <source>&apos;%1&apos;: missing &apos;]&apos; after the IPv6 address.</source>
        <translation>“%1”：IPv6 地址后缺少“]”。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="49"/>
        <source>&apos;%1&apos;: expected &apos;:PORT&apos; after &apos;]&apos;.</source>
        <translation>“%1”：“]”之后应为“:PORT”。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="61"/>
        <source>&apos;%1&apos; is not a host name or address.</source>
        <translation>“%1”不是主机名或地址。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="69"/>
        <source>&apos;%1&apos; is not a port (1-65535).</source>
        <translation>“%1”不是端口（1-65535）。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="86"/>
        <source>Compare Servers</source>
        <translation>比较服务器</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="92"/>
        <source>mx2.example.org:25</source>
        <translation>mx2.example.org:25</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="94"/>
        <source>Scan and Add</source>
        <translation>扫描并添加</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="96"/>
        <source>Scan this server now and add it as a column</source>
        <translation>立即扫描此服务器并将其添加为一列</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="97"/>
        <source>Add Saved Report…</source>
        <translation>添加已保存的报告…</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="99"/>
        <source>A report saved as JSON (mailtls scan --json, File &gt; Save Report)</source>
        <translation>以 JSON 格式保存的报告（mailtls scan --json，文件 &gt; 保存报告）</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="100"/>
        <source>Remove Column</source>
        <translation>移除列</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="102"/>
        <source>Remove the server whose cell is selected</source>
        <translation>移除所选单元格所在列的服务器</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="103"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="104"/>
        <source>Stop the running scan and drop the queued ones</source>
        <translation>停止正在运行的扫描并放弃排队的扫描</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="105"/>
        <source>Export HTML…</source>
        <translation>导出 HTML…</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="107"/>
        <source>The comparison as one HTML page (as mailtls compare --html)</source>
        <translation>将比较结果导出为一个 HTML 页面（同 mailtls compare --html）</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="108"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="110"/>
        <source>The comparison as a PDF (as mailtls compare --pdf)</source>
        <translation>将比较结果导出为 PDF（同 mailtls compare --pdf）</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="116"/>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="180"/>
        <source>Scan cancelled.</source>
        <translation>扫描已取消。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="219"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="218"/>
        <source>%1 is not a MailTLS report: %2</source>
        <translation>%1 不是 MailTLS 报告：%2</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="228"/>
        <source>Added %1.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="259"/>
        <source>Scanning %1…</source>
        <translation>正在扫描 %1…</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="270"/>
        <source>Cannot scan %1: %2</source>
        <translation>无法扫描 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="273"/>
        <source>Added %1 (%2 connections).</source>
        <translation>已添加 %1（%2 个连接）。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="292"/>
        <source>Select a cell in the column of the server to remove.</source>
        <translation>请在要移除的服务器所在列中选择一个单元格。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="300"/>
        <source>Add Saved Reports</source>
        <translation>添加已保存的报告</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="301"/>
        <source>MailTLS reports (*.json);;All files (*)</source>
        <translation>MailTLS 报告 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="339"/>
        <source>Export Comparison as PDF</source>
        <translation>将比较导出为 PDF</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="339"/>
        <source>Export Comparison as HTML</source>
        <translation>将比较导出为 HTML</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="348"/>
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="350"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="356"/>
        <source>Writing the export…</source>
        <translation>正在写入导出文件…</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="372"/>
        <source>No servers yet</source>
        <translation>尚无服务器</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="372"/>
        <source>1 server — add another to compare</source>
        <translation>1 台服务器 — 再添加一台即可比较</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="374"/>
        <source>%1 servers — no differences, %2 facts the same</source>
        <translation>%1 台服务器 — 无差异，%2 项信息相同</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="376"/>
        <source>%1 servers — %2 differences (highlighted, first), %3 facts the same</source>
        <translation>%1 台服务器 — %2 处差异（已高亮并排在前面），%3 项信息相同</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="391"/>
        <source>Add two or more servers: type HOST:PORT and press Scan and Add, or add a saved report.</source>
        <translation>请添加两台或更多服务器：输入 HOST:PORT 后点击“扫描并添加”，或添加已保存的报告。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="393"/>
        <source>Differences are listed first and highlighted (≠). Select a cell and press Remove Column to drop that server.</source>
        <translation>差异排在前面并高亮显示（≠）。选择一个单元格后点击“移除列”即可移除该服务器。</translation>
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
        <translation>未签名</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="117"/>
        <source>bogus</source>
        <translation>验证失败（bogus）</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="120"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="145"/>
        <source>%1 (no MX: implicit)</source>
        <translation>%1（无 MX：隐式）</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="154"/>
        <source>no connection</source>
        <translation>无连接</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="156"/>
        <source>offered</source>
        <translation>已提供</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="157"/>
        <source>no SMTP</source>
        <translation>无 SMTP</translation>
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
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="169"/>
        <source>(no CN)</source>
        <translation>（无 CN）</translation>
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
        <translation>已验证（深度 %1）</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="184"/>
        <source>verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="188"/>
        <source>no TLSA</source>
        <translation>无 TLSA</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="188"/>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="193"/>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="197"/>
        <source>%1, none</source>
        <translation>%1，无记录</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="349"/>
        <source>Double-click to open this address&apos;s session in the Handshake, Certificates and Findings tabs</source>
        <translation>双击可在“握手”“证书”“发现”标签页中打开此地址的会话</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="355"/>
        <source>Banner: %1</source>
        <translation>欢迎横幅：%1</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="362"/>
        <source>Key exchange: %1</source>
        <translation>密钥交换：%1</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="367"/>
        <source>Subject: %1</source>
        <translation>主体：%1</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="368"/>
        <source>Issuer: %1</source>
        <translation>颁发者：%1</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="370"/>
        <source>Names: %1</source>
        <translation>名称：%1</translation>
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
        <translation>MTA-STS 发件方需要受信任的证书链；机会性和 DANE 发件方不需要</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="384"/>
        <source>The certificate is valid for %1</source>
        <translation>证书对 %1 有效</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="385"/>
        <source>The certificate is not valid for %1</source>
        <translation>证书对 %1 无效</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="389"/>
        <source>TLSA record %1 matched the certificate at depth %2</source>
        <translation>TLSA 记录 %1 与深度 %2 处的证书匹配</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="391"/>
        <source>No TLSA record matches the served chain</source>
        <translation>没有 TLSA 记录与所提供的证书链匹配</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="393"/>
        <source>No chain to check against the TLSA records (no TLS session)</source>
        <translation>没有可与 TLSA 记录比对的证书链（无 TLS 会话）</translation>
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
        <translation>与 %1 的其他地址不同（%2）</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="467"/>
        <source>MX</source>
        <translation>MX</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="468"/>
        <source>Pref.</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="469"/>
        <source>Address</source>
        <translation>地址</translation>
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
        <translation>密码套件</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="473"/>
        <source>Certificate</source>
        <translation>证书</translation>
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
        <translation>名称匹配</translation>
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
        <translation>MX 优先级：数值小的先尝试</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="485"/>
        <source>Common name of the served certificate</source>
        <translation>所提供证书的通用名称（CN）</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="486"/>
        <source>End of the served certificate&apos;s validity (UTC)</source>
        <translation>所提供证书的有效期截止（UTC）</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="487"/>
        <source>The served chain verifies against the trusted CAs</source>
        <translation>所提供的证书链可由受信任的 CA 验证</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="488"/>
        <source>The certificate is valid for the MX host name</source>
        <translation>证书对 MX 主机名有效</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="489"/>
        <source>The served chain against the MX&apos;s TLSA records (RFC 7672)</source>
        <translation>所提供的证书链与该 MX 的 TLSA 记录比对（RFC 7672）</translation>
    </message>
    <message>
        <location filename="../ui/models/domain_address_model.cpp" line="490"/>
        <source>DNSSEC status of the MX&apos;s TLSA answer: DANE needs it secure</source>
        <translation>该 MX 的 TLSA 应答的 DNSSEC 状态：DANE 要求为“安全”</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::DomainView</name>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="104"/>
        <source>&amp;Domain:</source>
        <translation>域名(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="107"/>
        <source>example.org</source>
        <translation>example.org</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="108"/>
        <source>The domain after the @ of the addresses you want to reach; Enter checks it</source>
        <translation>要送达的邮件地址中 @ 之后的域名；按 Enter 开始检查</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="113"/>
        <location filename="../ui/views/domain_view.cpp" line="409"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="115"/>
        <source>Look up the MX hosts, TLSA, MTA-STS and TLS-RPT records and open a STARTTLS session to every MX address</source>
        <translation>查询 MX 主机及 TLSA、MTA-STS、TLS-RPT 记录，并与每个 MX 地址建立 STARTTLS 会话</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="116"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="118"/>
        <source>Stop the check; what was shown before stays</source>
        <translation>停止检查；之前显示的内容保留</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="121"/>
        <source>Options…</source>
        <translation>选项…</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="122"/>
        <source>Resolver and DNSSEC trust anchor</source>
        <translation>解析器和 DNSSEC 信任锚</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="128"/>
        <source>The checks made in this window</source>
        <translation>本窗口中进行过的检查</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="144"/>
        <source>system resolver (/etc/resolv.conf)</source>
        <translation>系统解析器（/etc/resolv.conf）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="145"/>
        <source>ADDR[:PORT] of the DNS server to ask, e.g. 127.0.0.1:53 or [::1]:5353; answers are validated here, whatever that server says</source>
        <translation>要查询的 DNS 服务器 ADDR[:PORT]，例如 127.0.0.1:53 或 [::1]:5353；无论该服务器怎么说，应答都在本地验证</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="150"/>
        <source>/usr/share/dns/root.key</source>
        <translation>/usr/share/dns/root.key</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="151"/>
        <source>DNSKEY or DS records in zone-file form that DNSSEC validation starts from</source>
        <translation>DNSSEC 验证起点的 DNSKEY 或 DS 记录（区域文件格式）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="153"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="161"/>
        <source>&amp;Resolver:</source>
        <translation>解析器(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="162"/>
        <source>&amp;Trust anchor:</source>
        <translation>信任锚(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="194"/>
        <source>&lt;h3&gt;Can mail for a domain be delivered securely?&lt;/h3&gt;&lt;p&gt;Type a domain above and press &lt;b&gt;Check&lt;/b&gt; (or Enter).&lt;/p&gt;&lt;p&gt;Its MX hosts are looked up through a validating resolver, a STARTTLS session is opened to every MX address on port 25, the served certificates are checked against the DANE TLSA records, and the MTA-STS policy and TLS-RPT record are fetched.&lt;/p&gt;&lt;p&gt;You get one verdict per kind of sending server (opportunistic TLS, DANE, MTA-STS), the addresses side by side with what differs between them, the DNS and policy facts, and the findings with their fixes.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;发往某个域名的邮件能否安全送达？&lt;/h3&gt;&lt;p&gt;在上方输入域名并按&lt;b&gt;检查&lt;/b&gt;（或 Enter）。&lt;/p&gt;&lt;p&gt;通过验证型解析器查询其 MX 主机，在 25 端口与每个 MX 地址建立 STARTTLS 会话，用 DANE TLSA 记录核对所提供的证书，并获取 MTA-STS 策略和 TLS-RPT 记录。&lt;/p&gt;&lt;p&gt;你会得到每类发件服务器（机会性 TLS、DANE、MTA-STS）各一条结论、并排比较各地址及其差异、DNS 与策略的事实，以及附带修复方法的发现。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="241"/>
        <source>DNS and policies</source>
        <translation>DNS 与策略</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="242"/>
        <location filename="../ui/views/domain_view.cpp" line="372"/>
        <location filename="../ui/views/domain_view.cpp" line="545"/>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="284"/>
        <source>DNSSEC Trust Anchor</source>
        <translation>DNSSEC 信任锚</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="285"/>
        <source>Trust anchors (*.key *.ds *.txt);;All files (*)</source>
        <translation>信任锚 (*.key *.ds *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="327"/>
        <source>Type the domain to check first, e.g. example.org.</source>
        <translation>请先输入要检查的域名，例如 example.org。</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="374"/>
        <source>&lt;p style=&quot;color:gray&quot;&gt;The DNS records and the MTA-STS policy appear here when the check is done.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:gray&quot;&gt;检查完成后，DNS 记录和 MTA-STS 策略将显示在这里。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="395"/>
        <source>Check of %1 cancelled; the previous result is shown.</source>
        <translation>对 %1 的检查已取消；显示的是上一次的结果。</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="397"/>
        <source>Check of %1 cancelled after 1 session.</source>
        <translation>对 %1 的检查在 1 个会话后取消。</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="398"/>
        <source>Check of %1 cancelled after %2 sessions.</source>
        <translation>对 %1 的检查在 %2 个会话后取消。</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="409"/>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="417"/>
        <source>looking up the MX hosts</source>
        <translation>正在查询 MX 主机</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="419"/>
        <source>looking up their addresses</source>
        <translation>正在查询其地址</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="421"/>
        <source>looking up the TLSA records</source>
        <translation>正在查询 TLSA 记录</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="423"/>
        <source>fetching the MTA-STS policy</source>
        <translation>正在获取 MTA-STS 策略</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="425"/>
        <source>opening STARTTLS sessions</source>
        <translation>正在建立 STARTTLS 会话</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="427"/>
        <source>judging</source>
        <translation>正在评估</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="428"/>
        <source>starting</source>
        <translation>正在开始</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="435"/>
        <source>Checking %1: %2…</source>
        <translation>正在检查 %1：%2…</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="437"/>
        <source>1 session done</source>
        <translation>已完成 1 个会话</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="437"/>
        <source>%1 sessions done</source>
        <translation>已完成 %1 个会话</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="440"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="467"/>
        <source>Nothing was checked.</source>
        <translation>未进行任何检查。</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="468"/>
        <source>Cannot check %1: %2</source>
        <translation>无法检查 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="532"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="545"/>
        <source>Findings (%1)</source>
        <translation>发现（%1）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="578"/>
        <source>The check of %1 did not complete: %2</source>
        <translation>对 %1 的检查未完成：%2</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="595"/>
        <source>The verdicts appear when the check is done.</source>
        <translation>检查完成后将显示结论。</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="613"/>
        <source>Opportunistic TLS sender</source>
        <translation>机会性 TLS 发件方</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="614"/>
        <source>Uses STARTTLS when offered, accepts any certificate, and falls back to cleartext</source>
        <translation>服务器提供时使用 STARTTLS，接受任何证书，必要时回退到明文</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="616"/>
        <source>DANE-enforcing sender</source>
        <translation>强制 DANE 的发件方</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="617"/>
        <source>Requires TLS and a chain matching DNSSEC-signed TLSA records when they are published (RFC 7672)</source>
        <translation>若发布了经 DNSSEC 签名的 TLSA 记录，则要求 TLS 且证书链与之匹配（RFC 7672）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="619"/>
        <source>MTA-STS-enforcing sender</source>
        <translation>强制 MTA-STS 的发件方</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="620"/>
        <source>Requires TLS, a trusted certificate and an MX the policy lists when the policy is in enforce mode (RFC 8461)</source>
        <translation>策略为 enforce 模式时，要求 TLS、受信任的证书以及策略中列出的 MX（RFC 8461）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="624"/>
        <source>delivers</source>
        <translation>可投递</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="625"/>
        <source>delivers, but unprotected</source>
        <translation>可投递，但无保护</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="626"/>
        <source>defers the mail</source>
        <translation>延迟投递邮件</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="627"/>
        <source>cannot tell</source>
        <translation>无法判断</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="641"/>
        <source>Fix:</source>
        <translation>修复：</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="654"/>
        <source>%1
Findings: %2</source>
        <translation>%1
发现：%2</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="693"/>
        <source>no MX answer</source>
        <translation>无 MX 应答</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="695"/>
        <source>null MX: accepts no mail</source>
        <translation>空 MX：不接收邮件</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="697"/>
        <source>no MX record (the domain&apos;s own addresses)</source>
        <translation>无 MX 记录（使用域名自身的地址）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="699"/>
        <source>1 MX host</source>
        <translation>1 个 MX 主机</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="699"/>
        <source>%1 MX hosts</source>
        <translation>%1 个 MX 主机</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="701"/>
        <source>%1 checked</source>
        <translation>已检查 %1 个</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="703"/>
        <source>no sessions (DNS and policy only)</source>
        <translation>无会话（仅 DNS 和策略）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="705"/>
        <source>1 address</source>
        <translation>1 个地址</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="705"/>
        <source>%1 addresses</source>
        <translation>%1 个地址</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="708"/>
        <source>1 address differs from its siblings</source>
        <translation>1 个地址与同组其他地址不同</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="708"/>
        <source>%1 addresses differ from their siblings</source>
        <translation>%1 个地址与同组其他地址不同</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="710"/>
        <source>1 finding</source>
        <translation>1 项发现</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="710"/>
        <source>%1 findings</source>
        <translation>%1 项发现</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="712"/>
        <source>checked %1 in %2 s</source>
        <translation>于 %1 检查，用时 %2 秒</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="715"/>
        <source>resolver %1</source>
        <translation>解析器 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="720"/>
        <source>Trust anchor: %1</source>
        <translation>信任锚：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="749"/>
        <location filename="../ui/views/domain_view.cpp" line="802"/>
        <location filename="../ui/views/domain_view.cpp" line="896"/>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="751"/>
        <source>DNSSEC %1</source>
        <translation>DNSSEC %1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="755"/>
        <source>no records</source>
        <translation>无记录</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="757"/>
        <source>TTL %1</source>
        <translation>TTL %1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="759"/>
        <source>via CNAME %1</source>
        <translation>经由 CNAME %1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="761"/>
        <source>%1 more records not kept</source>
        <translation>另有 %1 条记录未保留</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="782"/>
        <source>MX hosts</source>
        <translation>MX 主机</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="785"/>
        <source>Null MX (RFC 7505): this domain says it accepts no mail.</source>
        <translation>空 MX（RFC 7505）：此域名声明不接收邮件。</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="787"/>
        <source>No MX record: senders deliver to the domain&apos;s own A/AAAA addresses (implicit MX, RFC 5321 §5.1).</source>
        <translation>无 MX 记录：发件方投递到该域名自身的 A/AAAA 地址（隐式 MX，RFC 5321 §5.1）。</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="790"/>
        <source>Pref.</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="790"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="790"/>
        <source>Addresses</source>
        <translation>地址</translation>
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
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="797"/>
        <source>(+%1 not checked)</source>
        <translation>（另有 %1 个未检查）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="799"/>
        <source>not checked (too many MX hosts)</source>
        <translation>未检查（MX 主机过多）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="814"/>
        <source>DANE TLSA records</source>
        <translation>DANE TLSA 记录</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="841"/>
        <source>%1 (depth %2)</source>
        <translation>%1（深度 %2）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="849"/>
        <source>matched by %1</source>
        <translation>与 %1 匹配</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="851"/>
        <source>not matched by %1</source>
        <translation>与 %1 不匹配</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="853"/>
        <source>unusable for SMTP</source>
        <translation>不可用于 SMTP</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="857"/>
        <source>no session to compare</source>
        <translation>无可比对的会话</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="862"/>
        <source>not a TLSA record</source>
        <translation>不是 TLSA 记录</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="866"/>
        <source>No MX host publishes TLSA records: DANE senders deliver with opportunistic TLS.</source>
        <translation>没有 MX 主机发布 TLSA 记录：DANE 发件方以机会性 TLS 投递。</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="869"/>
        <source>MTA-STS</source>
        <translation>MTA-STS</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="877"/>
        <source>(not an MTA-STS record)</source>
        <translation>（不是 MTA-STS 记录）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="885"/>
        <source>No MTA-STS record: no policy was fetched. MTA-STS senders deliver with opportunistic TLS.</source>
        <translation>无 MTA-STS 记录：未获取策略。MTA-STS 发件方以机会性 TLS 投递。</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="891"/>
        <source>Policy URL</source>
        <translation>策略 URL</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="893"/>
        <source>Connected to</source>
        <translation>连接到</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="894"/>
        <source>HTTP status</source>
        <translation>HTTP 状态</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="898"/>
        <source>Redirect</source>
        <translation>重定向</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="898"/>
        <source>%1 (not followed: RFC 8461 forbids it)</source>
        <translation>%1（未跟随：RFC 8461 禁止）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="900"/>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="901"/>
        <source>valid for %1</source>
        <translation>对 %1 有效</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="902"/>
        <source>not valid</source>
        <translation>无效</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="902"/>
        <source>not valid: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="904"/>
        <source>Content type</source>
        <translation>内容类型</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="906"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="906"/>
        <source>too large: refused</source>
        <translation>过大：已拒绝</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="906"/>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="908"/>
        <source>Error</source>
        <translation>错误</translation>
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
        <translation>（缺失）</translation>
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
        <translation>未覆盖任何 MX 主机</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="930"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="931"/>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="939"/>
        <source>Not covered by any mx pattern: %1</source>
        <translation>未被任何 mx 模式覆盖：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="944"/>
        <source>Keys RFC 8461 does not define: %1</source>
        <translation>RFC 8461 未定义的键：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="951"/>
        <source>TLS-RPT</source>
        <translation>TLS-RPT</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="961"/>
        <source>(not a TLS-RPT record)</source>
        <translation>（不是 TLS-RPT 记录）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="963"/>
        <source>Reports go to: %1</source>
        <translation>报告发送至：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="968"/>
        <source>No TLS-RPT record: sending servers cannot tell you when TLS to your MX hosts fails.</source>
        <translation>无 TLS-RPT 记录：当与你的 MX 主机之间的 TLS 失败时，发件服务器无法告知你。</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::Export</name>
    <message>
        <location filename="../ui/export_job.cpp" line="24"/>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF 文件 (*.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/export_job.cpp" line="25"/>
        <source>HTML files (*.html);;All files (*)</source>
        <translation>HTML 文件 (*.html);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::FindingsModel</name>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="95"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="96"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/models/findings_model.cpp" line="97"/>
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
        <translation>已过期 %1 天</translation>
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
        <translation>未执行：%1</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="168"/>
        <source>no TLS version accepted</source>
        <translation>未接受任何 TLS 版本</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="169"/>
        <source>%1, %2 suites</source>
        <translation>%1，%2 个套件</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="175"/>
        <source>TLS handshake failed</source>
        <translation>TLS 握手失败</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="175"/>
        <source>TLS handshake failed (%1)</source>
        <translation>TLS 握手失败（%1）</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="176"/>
        <source>no TLS</source>
        <translation>无 TLS</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="176"/>
        <source>no TLS (STARTTLS not offered)</source>
        <translation>无 TLS（未提供 STARTTLS）</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="247"/>
        <source>waiting…</source>
        <translation>等待中…</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="254"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="306"/>
        <source>Line %1 of the list: %2 port %3</source>
        <translation>列表第 %1 行：%2 端口 %3</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="322"/>
        <source>Target</source>
        <translation>目标</translation>
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
        <translation>最严重的发现</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="326"/>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="327"/>
        <source>Time</source>
        <translation>耗时</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::FleetView</name>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="65"/>
        <source>targets</source>
        <translation>目标数</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="93"/>
        <source>One target a line: mx.example.org, mx.example.net:587, smtps://mail.example.com, lmtp://[2001:db8::1]:24 — &apos;#&apos; starts a comment</source>
        <translation>每行一个目标：mx.example.org、mx.example.net:587、smtps://mail.example.com、lmtp://[2001:db8::1]:24 — “#”开始注释</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="97"/>
        <source>Open List…</source>
        <translation>打开列表…</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="99"/>
        <source>Read a target list from a file</source>
        <translation>从文件读取目标列表</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="103"/>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="104"/>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="105"/>
        <source>Session: one STARTTLS session per target. Scan: every version and suite per target (slow).</source>
        <translation>会话：每个目标一次 STARTTLS 会话。扫描：每个目标的所有版本与套件（较慢）。</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="116"/>
        <source>Targets checked at once, overall</source>
        <translation>同时检查的目标数（总计）</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="117"/>
        <source>Targets checked at once against one host</source>
        <translation>对同一主机同时检查的目标数</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="118"/>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="118"/>
        <source>At least this long between two connections to one host</source>
        <translation>对同一主机两次连接之间至少间隔这么久</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="120"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="120"/>
        <source>How long one step (connect, a reply, the handshake) may take</source>
        <translation>单个步骤（连接、回复、握手）可花费的时间</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="122"/>
        <source>Start</source>
        <translation>开始</translation>
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
        <translation>同时：</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="133"/>
        <source>Per host:</source>
        <translation>每主机：</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="134"/>
        <source>Delay:</source>
        <translation>延迟：</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="135"/>
        <source>Timeout:</source>
        <translation>超时：</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="160"/>
        <location filename="../ui/views/fleet_view.cpp" line="416"/>
        <source>Paste or open a target list, then Start.</source>
        <translation>粘贴或打开目标列表，然后点“开始”。</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="187"/>
        <source>Double-click a finished target to open its report in the Handshake, Certificates and Findings tabs</source>
        <translation>双击已完成的目标，即可在“握手”、“证书”和“发现”标签页中打开其报告</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="191"/>
        <source>Targets per TLS version</source>
        <translation>各 TLS 版本的目标数</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="194"/>
        <source>Targets per worst finding</source>
        <translation>各最严重发现等级的目标数</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="251"/>
        <source># partners from the Logs tab</source>
        <translation># 来自“日志”标签页的伙伴</translation>
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
        <translation>…以及另外 %1 个</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="349"/>
        <source>Cancelled: %1 of %2 done.</source>
        <translation>已取消：%2 个中完成 %1 个。</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="351"/>
        <source>Done in %1.</source>
        <translation>已完成，耗时 %1。</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="414"/>
        <source>%1 of %2 done.</source>
        <translation>%2 个中完成 %1 个。</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="443"/>
        <source>No finished target yet</source>
        <translation>尚无已完成的目标</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="511"/>
        <source>%1 of %2 finished targets reached; %3 with a certificate expired or ending within 30 days.</source>
        <translation>%2 个已完成的目标中有 %1 个可连接；%3 个的证书已过期或将在 30 天内到期。</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="527"/>
        <source>A saved run, from the workspace.</source>
        <translation>来自工作区的已保存运行结果。</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="291"/>
        <source>The list holds no target: write one host a line.</source>
        <translation>列表中没有目标：每行写一个主机。</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="394"/>
        <source>%1 of %2 done, %3 running</source>
        <translation>%2 个中完成 %1 个，%3 个运行中</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="395"/>
        <source>%1 elapsed</source>
        <translation>已用 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="398"/>
        <source>about %1 left</source>
        <translation>约剩 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="475"/>
        <source>no TLS</source>
        <translation>无 TLS</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="475"/>
        <source>not reached</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="488"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="541"/>
        <source>Open a Target List</source>
        <translation>打开目标列表</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="542"/>
        <source>Target lists (*.txt *.list);;All files (*)</source>
        <translation>目标列表 (*.txt *.list);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="550"/>
        <source>target list</source>
        <translation>目标列表</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="571"/>
        <source>%1 read; press Start.</source>
        <translation>已读取 %1；请点“开始”。</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::HandshakeLadderView</name>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="132"/>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="541"/>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="639"/>
        <source>Handshake ladder</source>
        <translation>握手时序图</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="271"/>
        <source>sent encrypted</source>
        <translation>已加密发送</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="351"/>
        <source>No conversation yet.
Connect to a server: the SMTP lines and every TLS handshake message appear here.</source>
        <translation>尚无对话。
连接服务器后，SMTP 命令行和每条 TLS 握手消息都会显示在这里。</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="376"/>
        <source>mail server</source>
        <translation>邮件服务器</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="392"/>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="392"/>
        <source>mailtls</source>
        <translation>mailtls</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="393"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="396"/>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="397"/>
        <source>size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="512"/>
        <source>Alert: %1</source>
        <translation>警报：%1</translation>
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
        <translation>客户端到服务器</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="572"/>
        <source>server to client</source>
        <translation>服务器到客户端</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="573"/>
        <source>alert</source>
        <translation>警报</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="617"/>
        <source>could not encode the PNG image</source>
        <translation>无法编码 PNG 图像</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="655"/>
        <source>could not start the PDF</source>
        <translation>无法开始生成 PDF</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_ladder_view.cpp" line="667"/>
        <source>page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
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
        <location filename="../ui/views/handshake_view.cpp" line="23"/>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="25"/>
        <source>ok — the chain verifies against the trust store</source>
        <translation>正常 — 证书链可通过信任库验证</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="26"/>
        <source>failed: %1 (code %2)</source>
        <translation>失败：%1（代码 %2）</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="34"/>
        <source>Negotiated</source>
        <translation>协商结果</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="46"/>
        <source>Protocol:</source>
        <translation>协议：</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="47"/>
        <source>Cipher (IANA):</source>
        <translation>密码套件（IANA）：</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="48"/>
        <source>Cipher (OpenSSL):</source>
        <translation>密码套件（OpenSSL）：</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="49"/>
        <source>Cipher code:</source>
        <translation>套件代码：</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="50"/>
        <source>Key exchange group:</source>
        <translation>密钥交换组：</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="51"/>
        <source>Server temp key:</source>
        <translation>服务器临时密钥：</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="52"/>
        <source>Peer signature:</source>
        <translation>对端签名：</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="53"/>
        <source>Verification:</source>
        <translation>验证：</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="54"/>
        <source>Security level:</source>
        <translation>安全级别：</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="55"/>
        <source>Client certificate:</source>
        <translation>客户端证书：</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="56"/>
        <source>Compression:</source>
        <translation>压缩：</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="58"/>
        <source>Handshake messages</source>
        <translation>握手消息</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="70"/>
        <source>SMTP extensions before and after STARTTLS</source>
        <translation>STARTTLS 前后的 SMTP 扩展</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="149"/>
        <source>No handshake yet. Connect to a server to see what it negotiates.</source>
        <translation>尚未握手。连接服务器即可查看协商结果。</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="168"/>
        <source>Not connected, so there was no handshake.</source>
        <translation>未连接，因此没有握手。</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="171"/>
        <source>No TLS handshake was attempted.</source>
        <translation>未尝试 TLS 握手。</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="172"/>
        <source>No TLS: the server did not offer STARTTLS or refused it, so the session stayed in cleartext.</source>
        <translation>没有 TLS：服务器未提供或拒绝了 STARTTLS，会话仍为明文。</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="177"/>
        <source>alert %1 (%2)</source>
        <translation>警报 %1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="178"/>
        <source>Handshake failed: %1</source>
        <translation>握手失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="178"/>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="180"/>
        <source>%1 established with %2, but the certificate does not verify: %3.</source>
        <translation>已与 %2 建立 %1，但证书验证失败：%3。</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="183"/>
        <source>%1 established with %2; the certificate verifies.</source>
        <translation>已与 %2 建立 %1；证书验证通过。</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="196"/>
        <source>%1, %2 bits</source>
        <translation>%1，%2 位</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="201"/>
        <source>%1 with %2</source>
        <translation>%1，摘要 %2</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="207"/>
        <source>0 — everything allowed, so legacy servers can be examined; weak parameters are reported as findings</source>
        <translation>0 — 全部允许，以便检查旧服务器；弱参数会作为发现报告</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="208"/>
        <source>%1 — OpenSSL refuses parameters below this level</source>
        <translation>%1 — OpenSSL 会拒绝低于此级别的参数</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="211"/>
        <source>not requested</source>
        <translation>未请求</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="213"/>
        <source>requested, sent</source>
        <translation>已请求，已发送</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="213"/>
        <source>requested, none sent</source>
        <translation>已请求，未发送</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="215"/>
        <source>none</source>
        <translation>无</translation>
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
        <translation>需要处理</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="113"/>
        <source>no clear answer</source>
        <translation>没有明确答案</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="115"/>
        <source>neither good nor bad: for information</source>
        <translation>无所谓好坏：仅供参考</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="119"/>
        <source>does not apply to this server</source>
        <translation>不适用于此服务器</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="135"/>
        <source>Secure renegotiation (RFC 5746)</source>
        <translation>安全重新协商（RFC 5746）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="136"/>
        <source>Does the ServerHello carry renegotiation_info, so that a renegotiation is tied to the handshake before it? Yes is good; without it OpenSSL 3 clients refuse to connect.</source>
        <translation>ServerHello 是否带有 renegotiation_info，使重新协商与之前的握手绑定？“是”为良好；没有它，OpenSSL 3 客户端会拒绝连接。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="139"/>
        <source>Client-initiated renegotiation</source>
        <translation>客户端发起的重新协商</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="140"/>
        <source>Does the server do a fresh handshake whenever the client asks on an open connection? No is good: each one costs the server a private-key operation and the client almost nothing.</source>
        <translation>客户端在已打开的连接上请求时，服务器是否都会重新握手？“否”为良好：每次都让服务器花费一次私钥运算，而客户端几乎没有成本。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="143"/>
        <source>TLS_FALLBACK_SCSV honoured (RFC 7507)</source>
        <translation>遵守 TLS_FALLBACK_SCSV（RFC 7507）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="144"/>
        <source>Does the server refuse a lower-version hello marked as a fallback with inappropriate_fallback? Yes is good: a client&apos;s retry cannot be pushed down to an older version.</source>
        <translation>服务器是否以 inappropriate_fallback 拒绝标记为回退的较低版本 hello？“是”为良好：客户端的重试无法被压到较旧版本。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="147"/>
        <source>TLS 1.3 downgrade sentinel (RFC 8446)</source>
        <translation>TLS 1.3 降级标记（RFC 8446）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="148"/>
        <source>Does a TLS 1.3 server mark the random of its TLS 1.2 ServerHello, so that TLS 1.3 clients notice an attacker who removed TLS 1.3 from their hello? Yes is good; it does not apply without TLS 1.3.</source>
        <translation>支持 TLS 1.3 的服务器是否在其 TLS 1.2 ServerHello 的随机数中做标记，让 TLS 1.3 客户端发现从其 hello 中删除 TLS 1.3 的攻击者？“是”为良好；没有 TLS 1.3 时不适用。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="152"/>
        <source>Extended master secret (RFC 7627)</source>
        <translation>扩展主密钥（RFC 7627）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="153"/>
        <source>Are the TLS 1.2 session keys bound to the whole handshake? Yes is good: it closes the triple-handshake attack.</source>
        <translation>TLS 1.2 会话密钥是否与整个握手绑定？“是”为良好：可防止三重握手攻击。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="156"/>
        <source>Encrypt-then-MAC with CBC suites (RFC 7366)</source>
        <translation>CBC 套件的先加密后 MAC（RFC 7366）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="157"/>
        <source>With a CBC suite, is each record authenticated before it is decrypted? Yes is good: it closes padding-oracle attacks. It does not apply to a server without CBC suites.</source>
        <translation>使用 CBC 套件时，每条记录是否在解密前先验证？“是”为良好：可防止填充预言攻击。对没有 CBC 套件的服务器不适用。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="160"/>
        <source>Resumption by session id (TLS 1.2)</source>
        <translation>通过会话 ID 恢复（TLS 1.2）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="161"/>
        <source>Did a second connection resume the first one&apos;s session by its id, with an abbreviated handshake? Information: resumption saves a full handshake per connection.</source>
        <translation>第二个连接是否通过会话 ID 以简化握手恢复了第一个连接的会话？仅供参考：会话恢复可为每个连接省去一次完整握手。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="164"/>
        <source>Resumption by session ticket (TLS 1.2)</source>
        <translation>通过会话票据恢复（TLS 1.2）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="165"/>
        <source>Did the server issue a session ticket (RFC 5077), and did a second connection resume with it? Information.</source>
        <translation>服务器是否签发了会话票据（RFC 5077），第二个连接是否用它恢复了会话？仅供参考。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="168"/>
        <source>Resumption with a TLS 1.3 ticket (PSK)</source>
        <translation>使用 TLS 1.3 票据恢复（PSK）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="169"/>
        <source>Did the server send a NewSessionTicket after the TLS 1.3 handshake, and did a second connection resume with it? Information.</source>
        <translation>服务器是否在 TLS 1.3 握手后发送了 NewSessionTicket，第二个连接是否用它恢复了会话？仅供参考。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="172"/>
        <source>OCSP stapling (status_request)</source>
        <translation>OCSP 装订（status_request）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="173"/>
        <source>Did the server staple an OCSP response to its certificate? Yes is good; a stapled response must say good and be current, and a must-staple certificate needs one.</source>
        <translation>服务器是否随证书装订了 OCSP 响应？是为好；装订的响应必须为 good 且未过期，must-staple 证书必须有装订。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="177"/>
        <source>0-RTT early data accepted</source>
        <translation>接受 0-RTT 早期数据</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="178"/>
        <source>Did the server accept data sent before the TLS 1.3 handshake finished? No is good: early data can be replayed by an attacker.</source>
        <translation>服务器是否接受了 TLS 1.3 握手完成前发送的数据？否为好：早期数据可被攻击者重放。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="181"/>
        <source>Heartbleed (CVE-2014-0160)</source>
        <translation>Heartbleed（CVE-2014-0160）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="182"/>
        <source>Did a heartbeat request claiming more bytes than it carried come back longer than sent? No is good; Yes means the server leaks its memory. The leaked bytes are never kept or shown.</source>
        <translation>声明长度大于实际内容的心跳请求，返回的响应是否比发送的更长？否为好；是表示服务器泄露内存。泄露的字节绝不会被保存或显示。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="185"/>
        <source>CCS injection (CVE-2014-0224)</source>
        <translation>CCS 注入（CVE-2014-0224）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="186"/>
        <source>Did the server accept a ChangeCipherSpec sent before the key exchange? No is good.</source>
        <translation>服务器是否接受了在密钥交换之前发送的 ChangeCipherSpec？否为好。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="188"/>
        <source>ROBOT (RSA padding oracle)</source>
        <translation>ROBOT（RSA 填充预言）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="189"/>
        <source>With RSA key exchange, did the server answer malformed premaster secrets differently from a well-formed one? No is good; it does not apply without RSA key exchange.</source>
        <translation>在 RSA 密钥交换中，服务器对格式错误的预主密钥与对格式正确的预主密钥的回应是否不同？否为好；没有 RSA 密钥交换时不适用。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="192"/>
        <source>Ticketbleed (CVE-2016-9244)</source>
        <translation>Ticketbleed（CVE-2016-9244）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="193"/>
        <source>Did a 1-byte session id offered with a session ticket come back longer, with bytes that were not ours? No is good. The probe offers a made-up ticket, so No is weaker evidence here than for the other checks.</source>
        <translation>与会话票据一同提供的 1 字节会话 ID 是否被加长返回，且含有不属于我们的字节？否为好。该探测使用的是伪造的票据，因此这里的“否”比其他检查的证据更弱。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="197"/>
        <source>STARTTLS command injection</source>
        <translation>STARTTLS 命令注入</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="198"/>
        <source>Was a command sent in the same packet as STARTTLS answered inside TLS? No is good; Yes means an attacker on the path can add commands that run inside the encrypted session.</source>
        <translation>与 STARTTLS 在同一数据包中发送的命令是否在 TLS 内得到了回应？否为好；是表示路径上的攻击者可以注入在加密会话中执行的命令。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="201"/>
        <source>MAIL FROM accepted before STARTTLS</source>
        <translation>STARTTLS 之前接受 MAIL FROM</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="202"/>
        <source>Did the server accept MAIL FROM in cleartext (then RSET; nothing is sent)? Normal for an MX on port 25; on a submission port it must not.</source>
        <translation>服务器是否在明文中接受了 MAIL FROM（随后发送 RSET，不发送任何邮件）？对 25 端口上的 MX 属正常；在提交端口上则不应如此。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="205"/>
        <source>AUTH offered before STARTTLS</source>
        <translation>STARTTLS 之前提供 AUTH</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="206"/>
        <source>Did the cleartext EHLO advertise AUTH? On a submission port passwords would travel in cleartext; no credentials are ever sent by the check.</source>
        <translation>明文 EHLO 是否宣告了 AUTH？在提交端口上密码将以明文传输；该检查从不发送任何凭据。</translation>
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
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="243"/>
        <source>Untested</source>
        <translation>未测试</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="259"/>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="259"/>
        <source>Answer</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="259"/>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="259"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="277"/>
        <location filename="../ui/views/hygiene_panel.cpp" line="287"/>
        <location filename="../ui/views/hygiene_panel.cpp" line="295"/>
        <source>Protocol hygiene</source>
        <translation>协议卫生</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="278"/>
        <source>no checks in this scan</source>
        <translation>本次扫描没有这些检查</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="288"/>
        <source>not checked: no TLS 1.2 or lower handshake to check, or a report from before these checks</source>
        <translation>未检查：没有 TLS 1.2 或更低版本的握手可查，或报告早于这些检查</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="291"/>
        <source>the server accepted no TLS 1.2 or lower</source>
        <translation>服务器不接受 TLS 1.2 或更低版本</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="292"/>
        <source>checked with %1</source>
        <translation>以 %1 检查</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="293"/>
        <source>1 connection</source>
        <translation>1 个连接</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="293"/>
        <source>%1 connections</source>
        <translation>%1 个连接</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="296"/>
        <source>Whether &quot;Yes&quot; is good depends on the check: the mark says which. Hover over a check to see what it asks.</source>
        <translation>“是”是否良好取决于检查项：标记会说明。将鼠标悬停在检查项上可查看它检查什么。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="325"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="340"/>
        <source>See the Findings tab for what it means and the Exim and Postfix fix.</source>
        <translation>在“发现”标签页查看其含义以及 Exim 和 Postfix 的修正方法。</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::LadderDetails</name>
    <message>
        <location filename="../ui/views/ladder_details.cpp" line="50"/>
        <source>Select a message in the ladder (click, or use the arrow keys) to see its decoded fields and what it does.</source>
        <translation>在时序图中选择一条消息（单击或使用方向键），即可查看其解码字段及作用。</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_details.cpp" line="71"/>
        <source>client → server</source>
        <translation>客户端 → 服务器</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_details.cpp" line="72"/>
        <source>server → client</source>
        <translation>服务器 → 客户端</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_details.cpp" line="79"/>
        <source>SMTP command</source>
        <translation>SMTP 命令</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_details.cpp" line="79"/>
        <source>SMTP reply</source>
        <translation>SMTP 响应</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_details.cpp" line="86"/>
        <source>at %1</source>
        <translation>时间 %1</translation>
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
        <translation>命令：</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_details.cpp" line="121"/>
        <source>Could not decode all of it: %1</source>
        <translation>未能完全解码：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_details.cpp" line="126"/>
        <source>This starts a renegotiation</source>
        <translation>此处开始重新协商</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_details.cpp" line="135"/>
        <source>Decoded fields</source>
        <translation>解码字段</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_details.cpp" line="135"/>
        <source>Recorded summary</source>
        <translation>记录的摘要</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_details.cpp" line="155"/>
        <source>This report was saved without the message bytes, so only the summary is known.</source>
        <translation>此报告保存时未包含消息字节，因此只有摘要可用。</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::LadderModel</name>
    <message>
        <location filename="../ui/models/ladder_model.cpp" line="125"/>
        <source>Implicit TLS: the handshake starts with the first byte</source>
        <translation>隐式 TLS：握手从第一个字节开始</translation>
    </message>
    <message>
        <location filename="../ui/models/ladder_model.cpp" line="128"/>
        <source>STARTTLS accepted: TLS starts here</source>
        <translation>STARTTLS 已接受：TLS 从此处开始</translation>
    </message>
    <message>
        <location filename="../ui/models/ladder_model.cpp" line="134"/>
        <source>the handshake failed: %1</source>
        <translation>握手失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/models/ladder_model.cpp" line="160"/>
        <source>starts a renegotiation</source>
        <translation>开始重新协商</translation>
    </message>
    <message>
        <location filename="../ui/models/ladder_model.cpp" line="161"/>
        <source>starts a renegotiation · %1</source>
        <translation>开始重新协商 · %1</translation>
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
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_panel.cpp" line="34"/>
        <source>Save the whole ladder as a PNG picture</source>
        <translation>将整个时序图保存为 PNG 图片</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_panel.cpp" line="35"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_panel.cpp" line="37"/>
        <source>Save the whole ladder as a PDF document (A4, several pages when long)</source>
        <translation>将整个时序图保存为 PDF 文档（A4，较长时分为多页）</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_panel.cpp" line="84"/>
        <source>Connect to a server to draw its conversation.</source>
        <translation>连接服务器即可绘制其对话。</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_panel.cpp" line="86"/>
        <source>Click a message, or press ↓, to see its decoded fields and what it does.</source>
        <translation>单击一条消息或按 ↓，即可查看其解码字段及作用。</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_panel.cpp" line="88"/>
        <source>↑/↓ step through the messages, Home/End jump</source>
        <translation>↑/↓ 逐条浏览消息，Home/End 跳到首尾</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_panel.cpp" line="125"/>
        <source>Export Ladder as PNG</source>
        <translation>将时序图导出为 PNG</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_panel.cpp" line="126"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_panel.cpp" line="131"/>
        <location filename="../ui/views/ladder_panel.cpp" line="142"/>
        <source>Export Ladder</source>
        <translation>导出时序图</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_panel.cpp" line="131"/>
        <location filename="../ui/views/ladder_panel.cpp" line="142"/>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_panel.cpp" line="136"/>
        <source>Export Ladder as PDF</source>
        <translation>将时序图导出为 PDF</translation>
    </message>
    <message>
        <location filename="../ui/views/ladder_panel.cpp" line="137"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::LanguageMenu</name>
    <message>
        <location filename="../ui/language_menu.cpp" line="24"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/language_menu.cpp" line="25"/>
        <source>The workbench will use %1 from its next start.</source>
        <translation>下次启动时，工作台将使用%1。</translation>
    </message>
    <message>
        <location filename="../ui/language_menu.cpp" line="27"/>
        <source>The workbench will follow the system language from its next start.</source>
        <translation>下次启动时，工作台将跟随系统语言。</translation>
    </message>
    <message>
        <location filename="../ui/language_menu.cpp" line="29"/>
        <source>Restart it now? Unsaved work is asked about first.</source>
        <translation>现在重新启动吗？如有未保存的工作，会先询问。</translation>
    </message>
    <message>
        <location filename="../ui/language_menu.cpp" line="31"/>
        <source>&amp;Restart Now</source>
        <translation>立即重新启动(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/language_menu.cpp" line="32"/>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/language_menu.cpp" line="65"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/language_menu.cpp" line="72"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::LogPartnerModel</name>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="71"/>
        <source>(no name)</source>
        <translation>（无名称）</translation>
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
        <translation>我们向此主机投递（我方服务器是 TLS 客户端）</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="210"/>
        <source>This host delivered to us (our server was the TLS server)</source>
        <translation>此主机向我们投递（我方服务器是 TLS 服务器）</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="212"/>
        <source>%1 messages, %2 of them over TLS</source>
        <translation>%1 封邮件，其中 %2 封经由 TLS</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="214"/>
        <source>Share of this partner&apos;s messages that went over TLS</source>
        <translation>此对方的邮件中经由 TLS 传输的比例</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="222"/>
        <source>Whether the peer&apos;s certificate was verified (Exim CV=, Postfix Trusted/Verified): yes, no, dane</source>
        <translation>对端证书是否经过验证（Exim CV=，Postfix Trusted/Verified）：yes、no、dane</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="224"/>
        <source>Messages without TLS</source>
        <translation>未使用 TLS 的邮件</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="226"/>
        <source>Cleartext messages that followed a failed TLS handshake with this partner within an hour</source>
        <translation>与此对方 TLS 握手失败后一小时内出现的明文邮件</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="235"/>
        <source>Used TLS 1.1 or older, which dropping old versions would take away</source>
        <translation>使用过 TLS 1.1 或更旧的版本，停用旧版本会使其失效</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="296"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="297"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="298"/>
        <source>Dir.</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="299"/>
        <source>Messages</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="300"/>
        <source>Conn.</source>
        <translation>连接</translation>
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
        <translation>已验证</translation>
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
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="308"/>
        <source>First seen</source>
        <translation>首次出现</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="309"/>
        <source>Last seen</source>
        <translation>最后出现</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="313"/>
        <source>in: the partner delivered to us; out: we delivered to it</source>
        <translation>入：对方向我们投递；出：我们向对方投递</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="314"/>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="315"/>
        <source>Share of messages over TLS</source>
        <translation>经由 TLS 的邮件比例</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="316"/>
        <source>Cleartext messages after a failed TLS handshake</source>
        <translation>TLS 握手失败后的明文邮件</translation>
    </message>
    <message>
        <location filename="../ui/models/log_partner_model.cpp" line="317"/>
        <source>TLS failures, with the most frequent cause</source>
        <translation>TLS 失败次数及最常见的原因</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::LogPlots</name>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="100"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="101"/>
        <source>Save a plot as PNG or PDF</source>
        <translation>将图表保存为 PNG 或 PDF</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="107"/>
        <source>PNG image…</source>
        <translation>PNG 图像…</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="108"/>
        <source>PDF document…</source>
        <translation>PDF 文档…</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="112"/>
        <source>Drag or turn the wheel over a plot to move or zoom the time axis of all three; double-click shows the whole time again. Right-click a plot to save it.</source>
        <translation>在图表上拖动或滚动鼠标滚轮可同时平移或缩放三个图表的时间轴；双击可重新显示整个时间范围。右键单击图表可将其保存。</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="140"/>
        <source>TLS versions per hour</source>
        <translation>每小时 TLS 版本</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="141"/>
        <source>TLS failures per hour, by cause</source>
        <translation>每小时 TLS 失败（按原因）</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="142"/>
        <source>Cleartext share per hour</source>
        <translation>每小时明文比例</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="325"/>
        <source>local time</source>
        <translation>本地时间</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="325"/>
        <source>local time (%1)</source>
        <translation>本地时间（%1）</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="384"/>
        <source>messages</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="386"/>
        <location filename="../ui/views/log_plots.cpp" line="408"/>
        <location filename="../ui/views/log_plots.cpp" line="448"/>
        <source>No logs read yet</source>
        <translation>尚未读取日志</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="386"/>
        <source>No message over TLS in these logs</source>
        <translation>这些日志中没有经由 TLS 的邮件</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="406"/>
        <source>failures</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="408"/>
        <source>No TLS failure in these logs</source>
        <translation>这些日志中没有 TLS 失败</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="435"/>
        <source>messages without TLS, % of all messages in the hour</source>
        <translation>未使用 TLS 的邮件占该小时全部邮件的百分比</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="446"/>
        <source>cleartext %</source>
        <translation>明文 %</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="448"/>
        <source>No messages in these logs</source>
        <translation>这些日志中没有邮件</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="485"/>
        <source>Save “%1” as PNG…</source>
        <translation>将“%1”保存为 PNG…</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="486"/>
        <source>Save “%1” as PDF…</source>
        <translation>将“%1”保存为 PDF…</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="488"/>
        <source>Show the whole time range</source>
        <translation>显示整个时间范围</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="497"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="497"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="498"/>
        <source>Save Plot</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="504"/>
        <source>Only .png and .pdf files can be written.</source>
        <translation>只能写入 .png 和 .pdf 文件。</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="549"/>
        <source>the PDF writer could not start</source>
        <translation>无法开始生成 PDF</translation>
    </message>
    <message>
        <location filename="../ui/views/log_plots.cpp" line="553"/>
        <source>the image could not be encoded as PNG</source>
        <translation>无法将图像编码为 PNG</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::LogWhatBreaksPanel</name>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="40"/>
        <source>Our server — partners that deliver to us</source>
        <translation>我方服务器 — 向我们投递的对方</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="41"/>
        <source>Our outgoing TLS — partners we deliver to</source>
        <translation>我方外发 TLS — 我们投递的对方</translation>
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
        <translation>仅保留 TLS 1.3</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="53"/>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="60"/>
        <source>as now</source>
        <translation>保持不变</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="54"/>
        <source>serve only ECDSA</source>
        <translation>仅提供 ECDSA</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="55"/>
        <source>serve only RSA</source>
        <translation>仅提供 RSA</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="56"/>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="385"/>
        <source>The certificate types our server offers</source>
        <translation>我方服务器提供的证书类型</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="61"/>
        <source>2048 bits</source>
        <translation>2048 位</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="62"/>
        <source>3072 bits</source>
        <translation>3072 位</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="63"/>
        <source>The size of the DHE prime: partners with a smaller upper limit cannot use DHE suites</source>
        <translation>DHE 素数的大小：上限更小的对方将无法使用 DHE 套件</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="68"/>
        <source>unchanged — or an OpenSSL list, IANA names, a GnuTLS priority string</source>
        <translation>不变 — 或填入 OpenSSL 列表、IANA 名称、GnuTLS 优先级字符串</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="69"/>
        <source>The suites after the change, e.g. ECDHE+AESGCM:ECDHE+CHACHA20 (OpenSSL), TLS_AES_128_GCM_SHA256,… (IANA) or SECURE128:-VERS-TLS1.0 (GnuTLS, expanded by gnutls-cli)</source>
        <translation>更改后的套件，例如 ECDHE+AESGCM:ECDHE+CHACHA20（OpenSSL）、TLS_AES_128_GCM_SHA256,…（IANA）或 SECURE128:-VERS-TLS1.0（GnuTLS，由 gnutls-cli 展开）</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="74"/>
        <source>Without a scan, today&apos;s server is taken as accepting every suite and version, so only what the change itself removes is counted</source>
        <translation>没有扫描时，今天的服务器被视为接受所有套件和版本，因此只计算这项更改本身去掉的部分</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="78"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="80"/>
        <source>Play the change against every partner&apos;s TLS in the logs</source>
        <translation>用日志中每个对方的 TLS 推演此更改</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="91"/>
        <source>DH prime:</source>
        <translation>DH 素数：</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="97"/>
        <source>Change:</source>
        <translation>更改：</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="99"/>
        <source>Versions:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="101"/>
        <source>Certificate:</source>
        <translation>证书：</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="103"/>
        <source>Cipher suites:</source>
        <translation>密码套件：</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="118"/>
        <source>Partner</source>
        <translation>对方</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="118"/>
        <source>Messages</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="118"/>
        <source>Last seen</source>
        <translation>最后出现</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="118"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="213"/>
        <source>Start from the scan of %1 (what the server accepts today)</source>
        <translation>从 %1 的扫描出发（服务器今天接受的内容）</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="230"/>
        <source>Open mail logs first: the prediction plays the change against the partners they show.</source>
        <translation>请先打开邮件日志：预测会用日志中出现的对方来推演此更改。</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="235"/>
        <source>Choose a change first: a version to drop, a certificate type, a DH prime size or a cipher list.</source>
        <translation>请先选择一项更改：要停用的版本、证书类型、DH 素数大小或密码套件列表。</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="259"/>
        <source>Expanding the GnuTLS priority string with gnutls-cli…</source>
        <translation>正在用 gnutls-cli 展开 GnuTLS 优先级字符串…</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="274"/>
        <source>The change cannot be read: %1</source>
        <translation>无法解析此更改：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="284"/>
        <source>No partner in the logs would lose TLS.</source>
        <translation>日志中没有对方会失去 TLS。</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="286"/>
        <source>No partner would lose TLS for certain; %1 at risk.</source>
        <translation>没有对方肯定会失去 TLS；%1 个有风险。</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="288"/>
        <source>%1 would lose TLS, %2 at risk.</source>
        <translation>%1 个会失去 TLS，%2 个有风险。</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="291"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3 keep TLS · %4 never used TLS here</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3 个保留 TLS · %4 个在此从未使用 TLS</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="298"/>
        <source>Simulated: %1</source>
        <translation>模拟的服务器：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="320"/>
        <source>Double-click to show this partner</source>
        <translation>双击以显示此对方</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="323"/>
        <source>Would lose TLS: 1 partner</source>
        <translation>会失去 TLS：1 个对方</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="323"/>
        <source>Would lose TLS: %1 partners</source>
        <translation>会失去 TLS：%1 个对方</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="328"/>
        <source>At risk: 1 partner</source>
        <translation>有风险：1 个对方</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="328"/>
        <source>At risk: %1 partners</source>
        <translation>有风险：%1 个对方</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="334"/>
        <source>Still works: %1.</source>
        <translation>仍可使用：%1。</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="337"/>
        <source>Keep TLS: 1 partner</source>
        <translation>保留 TLS：1 个对方</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="337"/>
        <source>Keep TLS: %1 partners</source>
        <translation>保留 TLS：%1 个对方</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="342"/>
        <source>Never used TLS here: 1 partner (a TLS change does not reach it)</source>
        <translation>在此从未使用 TLS：1 个对方（TLS 更改不影响它）</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="343"/>
        <source>Never used TLS here: %1 partners (a TLS change does not reach them)</source>
        <translation>在此从未使用 TLS：%1 个对方（TLS 更改不影响它们）</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="384"/>
        <source>Our outgoing TLS serves no certificate: only for our server</source>
        <translation>我方外发 TLS 不提供证书：仅适用于我方服务器</translation>
    </message>
    <message>
        <location filename="../ui/views/log_what_breaks_panel.cpp" line="388"/>
        <source>Choose a change and press Run: the partners in the logs that would lose TLS are listed here, with how much mail they send and when they were last seen.</source>
        <translation>选择一项更改并点击“运行”：日志中会失去 TLS 的对方将列在此处，并附上其邮件量和最后出现时间。</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::LogsView</name>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="89"/>
        <source>Open Logs…</source>
        <translation>打开日志…</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="91"/>
        <source>Read Exim or Postfix log files (plain, .gz, .xz, .bz2); several rotations at once are read in time order</source>
        <translation>读取 Exim 或 Postfix 日志文件（未压缩、.gz、.xz、.bz2）；同时选择多个轮转文件时按时间顺序读取</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="92"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="94"/>
        <source>Stop reading; what was shown before stays</source>
        <translation>停止读取；之前显示的内容保持不变</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="126"/>
        <source>&lt;h3&gt;No mail logs yet&lt;/h3&gt;&lt;p&gt;Press &lt;b&gt;Open Logs…&lt;/b&gt; (or File ▸ Open Mail Logs…), or drop log files here.&lt;/p&gt;&lt;p&gt;Exim&apos;s mainlog, Postfix&apos;s mail.log or maillog, syslog and journalctl output (short-iso or JSON) are read, rotated .gz, .xz and .bz2 files too. Select several rotations at once: they are read in time order.&lt;/p&gt;&lt;p&gt;You get every partner&apos;s TLS (versions, ciphers, verification, cleartext, failures and why), plots over time, and what would break if you dropped old TLS versions or changed ciphers.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;尚无邮件日志&lt;/h3&gt;&lt;p&gt;点击&lt;b&gt;打开日志…&lt;/b&gt;（或“文件 ▸ 打开邮件日志…”），或将日志文件拖放到此处。&lt;/p&gt;&lt;p&gt;可读取 Exim 的 mainlog、Postfix 的 mail.log 或 maillog、syslog 以及 journalctl 输出（short-iso 或 JSON），也可读取轮转后的 .gz、.xz 和 .bz2 文件。可同时选择多个轮转文件：它们会按时间顺序读取。&lt;/p&gt;&lt;p&gt;您将看到每个对方的 TLS 情况（版本、套件、验证、明文、失败及原因）、随时间变化的图表，以及停用旧 TLS 版本或更改套件时会出现什么问题。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="140"/>
        <source>Partners</source>
        <translation>对方</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="141"/>
        <source>Plots</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="142"/>
        <source>What breaks if…</source>
        <translation>如果更改会怎样…</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="143"/>
        <location filename="../ui/views/logs_view.cpp" line="510"/>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="160"/>
        <source>Plot saved to %1</source>
        <translation>图表已保存到 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="162"/>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="184"/>
        <source>Filter by host or address</source>
        <translation>按主机或地址筛选</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="188"/>
        <source>In and out</source>
        <translation>入站和出站</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="189"/>
        <source>Inbound (they deliver to us)</source>
        <translation>入站（对方向我们投递）</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="190"/>
        <source>Outbound (we deliver to them)</source>
        <translation>出站（我们向对方投递）</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="193"/>
        <source>Only partners that used this TLS version</source>
        <translation>仅显示使用过此 TLS 版本的对方</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="196"/>
        <source>Only partners whose certificate was verified this way at least once</source>
        <translation>仅显示证书至少有一次以此方式验证的对方</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="197"/>
        <source>Any verification</source>
        <translation>任意验证结果</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="198"/>
        <source>Verified (yes)</source>
        <translation>已验证（yes）</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="199"/>
        <source>Not verified (no)</source>
        <translation>未验证（no）</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="200"/>
        <source>DANE</source>
        <translation>DANE</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="201"/>
        <source>Failing only</source>
        <translation>仅失败的</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="203"/>
        <source>Only partners with TLS failures</source>
        <translation>仅显示有 TLS 失败的对方</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="204"/>
        <source>Cleartext only</source>
        <translation>仅明文的</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="206"/>
        <source>Only partners that sent or received mail without TLS</source>
        <translation>仅显示在无 TLS 情况下收发过邮件的对方</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="240"/>
        <source>Open Session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="242"/>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="251"/>
        <source>Check These Partners in the Fleet Tab</source>
        <translation>在“批量”标签页中检查这些伙伴</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="253"/>
        <source>Every partner the table lists (after the filters), on port 25, as the Fleet tab&apos;s target list</source>
        <translation>表格（应用筛选后）列出的每个伙伴，端口 25，作为“批量”标签页的目标列表</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="299"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="299"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="299"/>
        <source>Compression</source>
        <translation>压缩</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="299"/>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="299"/>
        <source>Parsed</source>
        <translation>已解析</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="299"/>
        <source>Not understood</source>
        <translation>无法理解</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="299"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="307"/>
        <source>Files are read in the order of their first time stamps, so rotations join up. &lt;i&gt;Parsed&lt;/i&gt; counts the lines in the file&apos;s format; &lt;i&gt;not understood&lt;/i&gt; are lines of that format the reader could not interpret — expand a file to see the first of them. A file that stops early (damaged compression, a NUL byte) says where; everything before that point is counted.</source>
        <translation>文件按其首个时间戳的顺序读取，使轮转文件首尾相接。&lt;i&gt;已解析&lt;/i&gt;统计符合该文件格式的行；&lt;i&gt;无法理解&lt;/i&gt;是该格式中读取器无法解释的行 — 展开文件即可查看前几行。提前中止的文件（压缩数据损坏、含 NUL 字节）会标明位置；该位置之前的内容都会计入。</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="330"/>
        <source>Open Mail Logs</source>
        <translation>打开邮件日志</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="331"/>
        <source>Mail logs (*log* *.gz *.xz *.bz2 *.json *.txt);;All files (*)</source>
        <translation>邮件日志 (*log* *.gz *.xz *.bz2 *.json *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="375"/>
        <source>Reading cancelled; %1</source>
        <translation>读取已取消；%1</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="375"/>
        <source>the logs read before are still shown.</source>
        <translation>之前读取的日志仍会显示。</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="375"/>
        <source>nothing was read.</source>
        <translation>未读取任何内容。</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="387"/>
        <location filename="../ui/views/logs_view.cpp" line="564"/>
        <source>%1 files</source>
        <translation>%1 个文件</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="388"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="392"/>
        <source>&lt;h3&gt;Reading the logs…&lt;/h3&gt;&lt;p&gt;The partners, plots and files appear here when reading is done. Cancel stops it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;正在读取日志…&lt;/h3&gt;&lt;p&gt;读取完成后，对方、图表和文件会显示在这里。点击“取消”可停止读取。&lt;/p&gt;</translation>
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
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="469"/>
        <source>%1 lines outside the time filter</source>
        <translation>%1 行在时间筛选范围之外</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="471"/>
        <source>%1 lines too long, cut</source>
        <translation>%1 行过长，已截断</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="472"/>
        <source>%1 MB read</source>
        <translation>已读取 %1 MB</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="482"/>
        <source>not a mail log this version can read</source>
        <translation>不是此版本可读取的邮件日志</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="489"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="495"/>
        <source>Expand the row to see the first lines that were not understood</source>
        <translation>展开此行可查看最先出现的无法理解的行</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="510"/>
        <source>Files (%1)</source>
        <translation>文件（%1）</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="519"/>
        <source>Any TLS version</source>
        <translation>任意 TLS 版本</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="529"/>
        <source>Used %1</source>
        <translation>使用过 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="540"/>
        <location filename="../ui/views/logs_view.cpp" line="567"/>
        <source>1 partner</source>
        <translation>1 个对方</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="540"/>
        <location filename="../ui/views/logs_view.cpp" line="567"/>
        <source>%1 partners</source>
        <translation>%1 个对方</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="542"/>
        <source>%1 of %2 partners</source>
        <translation>%1 / %2 个对方</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="553"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="555"/>
        <source>Open Exim or Postfix logs, or drop them here.</source>
        <translation>打开 Exim 或 Postfix 日志，或将其拖放到此处。</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="564"/>
        <source>1 file</source>
        <translation>1 个文件</translation>
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
        <translation>1 封邮件</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="566"/>
        <source>%1 messages</source>
        <translation>%1 封邮件</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="568"/>
        <source>1 TLS failure</source>
        <translation>1 次 TLS 失败</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="568"/>
        <source>%1 TLS failures</source>
        <translation>%1 次 TLS 失败</translation>
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
        <translation>1 行无法理解（见“文件”）</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="575"/>
        <source>%1 lines not understood (see Files)</source>
        <translation>%1 行无法理解（见“文件”）</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="587"/>
        <source>Not everything could be read (everything before the problem is counted):
%1</source>
        <translation>并非所有内容都能读取（问题出现之前的内容均已计入）：
%1</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="672"/>
        <source>Open Session with %1:25</source>
        <translation>打开与 %1:25 的会话</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="673"/>
        <source>Scan %1:25</source>
        <translation>扫描 %1:25</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="678"/>
        <source>Copy “%1”</source>
        <translation>复制“%1”</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="688"/>
        <location filename="../ui/views/logs_view.cpp" line="689"/>
        <source>Select a partner first</source>
        <translation>请先选择一个对方</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="688"/>
        <source>Connect to %1 on port 25 and show the session</source>
        <translation>连接到 %1 的 25 端口并显示会话</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="690"/>
        <source>Scan the versions and cipher suites %1 accepts on port 25</source>
        <translation>扫描 %1 在 25 端口接受的版本和密码套件</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="693"/>
        <source>&lt;p&gt;No partner in these logs: no line about a delivery or an arrival with a host was understood. The Files page shows what was read.&lt;/p&gt;</source>
        <translation>&lt;p&gt;这些日志中没有对方：没有理解任何涉及主机的投递或接收行。“文件”页显示读取了哪些内容。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="695"/>
        <source>&lt;p&gt;Select a partner above to see its TLS versions, ciphers, certificate names and each failure with an example line, what it means and what to do next.&lt;/p&gt;</source>
        <translation>&lt;p&gt;在上方选择一个对方，即可查看其 TLS 版本、套件、证书名称，以及每种失败的示例行、含义和下一步操作。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="707"/>
        <source>Outbound: we delivered to this host, our server was the TLS client.</source>
        <translation>出站：我们向此主机投递，我方服务器是 TLS 客户端。</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="708"/>
        <source>Inbound: this host delivered to us, our server was the TLS server.</source>
        <translation>入站：此主机向我们投递，我方服务器是 TLS 服务器。</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="711"/>
        <source>Messages</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="712"/>
        <source>over TLS</source>
        <translation>经由 TLS</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="713"/>
        <source>in cleartext</source>
        <translation>明文</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="714"/>
        <source>%1 of them after a failed TLS handshake</source>
        <translation>其中 %1 封在 TLS 握手失败之后</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="716"/>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="717"/>
        <source>Seen</source>
        <translation>出现时间</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="722"/>
        <source>TLS versions</source>
        <translation>TLS 版本</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="724"/>
        <source>Cipher suites</source>
        <translation>密码套件</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="726"/>
        <source>Certificate verified</source>
        <translation>证书验证</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="731"/>
        <source>Peer certificate names</source>
        <translation>对端证书名称</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="737"/>
        <source>Server names asked for (SNI)</source>
        <translation>请求的服务器名称（SNI）</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="740"/>
        <source>No TLS with this partner in these logs.</source>
        <translation>这些日志中与此对方之间没有 TLS。</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="743"/>
        <source>TLS failures</source>
        <translation>TLS 失败</translation>
    </message>
    <message>
        <location filename="../ui/views/logs_view.cpp" line="749"/>
        <source>From %1 to %2</source>
        <translation>从 %1 到 %2</translation>
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
        <translation>发现：%1</translation>
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
        <translation>%1 / 约 %2 个连接</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="128"/>
        <source>Scanning %1 — %2 of about %3 connections</source>
        <translation>正在扫描 %1 — %2 / 约 %3 个连接</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="132"/>
        <source>Scan cancelled — %1</source>
        <translation>扫描已取消 — %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="168"/>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="169"/>
        <source>Connect to the server and run the session (Ctrl+Enter)</source>
        <translation>连接服务器并运行会话（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="172"/>
        <source>&amp;Disconnect</source>
        <translation>断开(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="173"/>
        <source>Say QUIT and close the connection</source>
        <translation>发送 QUIT 并关闭连接</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="176"/>
        <source>C&amp;ancel</source>
        <translation>取消(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="177"/>
        <source>Abort the session at once (Esc)</source>
        <translation>立即中止会话（Esc）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="180"/>
        <source>&amp;Scan</source>
        <translation>扫描(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="181"/>
        <source>Scan every protocol version and cipher suite the server accepts (Ctrl+Shift+Enter)</source>
        <translation>扫描服务器接受的每个协议版本和密码套件（Ctrl+Shift+Enter）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="184"/>
        <source>&amp;Open Certificate…</source>
        <translation>打开证书(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="185"/>
        <source>Inspect certificate, chain, key or PKCS#12 files as a server would send them</source>
        <translation>按服务器发送时的样子检查证书、证书链、密钥或 PKCS#12 文件</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="188"/>
        <source>&amp;Generate Certificate…</source>
        <translation>生成证书(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="189"/>
        <source>Make a key with a self-signed certificate, a CSR, or a certificate from a CA directory</source>
        <translation>生成密钥，并附带自签名证书、CSR 或由 CA 目录签发的证书</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="192"/>
        <source>&amp;Explain Cipher Suite…</source>
        <translation>解释密码套件(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="193"/>
        <source>Take a cipher suite name apart: key exchange, authentication, cipher, MAC, grade</source>
        <translation>拆解密码套件名称：密钥交换、身份验证、加密算法、MAC、评级</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="196"/>
        <source>&amp;Compare Servers…</source>
        <translation>比较服务器(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="197"/>
        <source>Servers or saved reports side by side, differences first</source>
        <translation>并排比较服务器或已保存的报告，差异排在前面</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="200"/>
        <source>Simulate &amp;Partner…</source>
        <translation>模拟对方(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="201"/>
        <source>Would a partner (client profile or pasted cipher list) connect to this server? Why not, and the fix</source>
        <translation>对方（客户端配置或粘贴的密码套件列表）能否连接到此服务器？若不能，原因及修复方法</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="204"/>
        <source>Open &amp;Mail Logs…</source>
        <translation>打开邮件日志(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="205"/>
        <source>Read Exim or Postfix logs: every partner&apos;s TLS, its failures, and what a change would break</source>
        <translation>读取 Exim 或 Postfix 日志：每个对方的 TLS、其失败情况，以及更改会导致什么问题</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="208"/>
        <source>Check a &amp;Domain…</source>
        <translation>检查域名(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="209"/>
        <source>Can mail for a domain be delivered securely? MX hosts, their STARTTLS, DANE, MTA-STS and TLS-RPT</source>
        <translation>发往某个域名的邮件能否安全送达？MX 主机及其 STARTTLS、DANE、MTA-STS 和 TLS-RPT</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="212"/>
        <source>&amp;Save Report as JSON…</source>
        <translation>将报告另存为 JSON(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="216"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="221"/>
        <source>&amp;About MailTLS Workbench</source>
        <translation>关于 MailTLS 工作台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="228"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="238"/>
        <source>&amp;Session</source>
        <translation>会话(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="244"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="254"/>
        <source>&amp;Practice server</source>
        <translation>练习服务器(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="256"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="262"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="287"/>
        <source>&lt;b&gt;Transcript&lt;/b&gt;</source>
        <translation>&lt;b&gt;会话记录&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="328"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="330"/>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="340"/>
        <source>Domain</source>
        <translation>域名</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="343"/>
        <source>Fleet</source>
        <translation>批量</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="350"/>
        <source>%1 with %2:%3 from the Fleet tab</source>
        <translation>来自“批量”标签页的 %1：%2:%3</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="351"/>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="351"/>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="412"/>
        <location filename="../ui/main_window.cpp" line="413"/>
        <source>connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="414"/>
        <source>waiting for the banner</source>
        <translation>等待欢迎信息</translation>
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
        <translation>TLS 握手</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="419"/>
        <source>EHLO over TLS</source>
        <translation>通过 TLS 发送 EHLO</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="420"/>
        <source>authenticating</source>
        <translation>正在认证</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="421"/>
        <source>sending the message</source>
        <translation>正在发送邮件</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="422"/>
        <source>QUIT</source>
        <translation>QUIT</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="423"/>
        <source>interactive</source>
        <translation>交互模式</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="424"/>
        <source>closing</source>
        <translation>正在关闭</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="451"/>
        <location filename="../ui/main_window.cpp" line="912"/>
        <source>Idle — enter a mail server and press Connect</source>
        <translation>空闲 — 输入邮件服务器后点击“连接”</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="454"/>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="457"/>
        <source>Connected to %1 — interactive: lines typed below go to the server as typed</source>
        <translation>已连接 %1 — 交互模式：下方输入的每一行都原样发送给服务器</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="461"/>
        <source>Disconnecting from %1…</source>
        <translation>正在断开 %1…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="517"/>
        <source>Scanning %1…</source>
        <translation>正在扫描 %1…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="536"/>
        <location filename="../ui/main_window.cpp" line="939"/>
        <source>Scan failed: %1</source>
        <translation>扫描失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="537"/>
        <source>Scan failed — %1: %2</source>
        <translation>扫描失败 — %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="556"/>
        <source>Scanned %1 — %2 suites accepted, %3 connections</source>
        <translation>已扫描 %1 — 接受 %2 个套件，%3 个连接</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="565"/>
        <source>Cancelled — %1</source>
        <translation>已取消 — %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="566"/>
        <source>Session cancelled. What was received so far is kept below.</source>
        <translation>会话已取消。已收到的内容保留在下方。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="573"/>
        <source>%1 — %2…</source>
        <translation>%1 — %2…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="611"/>
        <source>TLS failed</source>
        <translation>TLS 失败</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="613"/>
        <source>no TLS</source>
        <translation>无 TLS</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="621"/>
        <source>%1 — session complete, closing…</source>
        <translation>%1 — 会话完成，正在关闭…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="629"/>
        <source>Likely: %1</source>
        <translation>可能的原因：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="632"/>
        <source>Failed — %1: %2</source>
        <translation>失败 — %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="642"/>
        <source>Disconnected from %1 — 1 finding</source>
        <translation>已断开 %1 — 1 项发现</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="643"/>
        <source>Disconnected from %1 — %2 findings</source>
        <translation>已断开 %1 — %2 项发现</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="651"/>
        <source>Handshake (%1)</source>
        <translation>握手（%1）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="652"/>
        <source>Handshake</source>
        <translation>握手</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="654"/>
        <source>Ladder (%1)</source>
        <translation>时序图（%1）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="654"/>
        <source>Ladder</source>
        <translation>时序图</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="656"/>
        <source>Certificates (%1)</source>
        <translation>证书（%1）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="656"/>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="658"/>
        <source>Findings (%1)</source>
        <translation>发现（%1）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="658"/>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="661"/>
        <source>Cipher matrix (%1)</source>
        <translation>密码套件矩阵（%1）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="661"/>
        <source>Cipher matrix</source>
        <translation>密码套件矩阵</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="705"/>
        <source>Save Report as JSON</source>
        <translation>将报告另存为 JSON</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="706"/>
        <source>JSON reports (*.json);;All files (*)</source>
        <translation>JSON 报告 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="684"/>
        <source>Save Report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="636"/>
        <source>The server refused STARTTLS: %1</source>
        <translation>服务器拒绝了 STARTTLS：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="637"/>
        <source>The server refused EHLO: %1</source>
        <translation>服务器拒绝了 EHLO：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="638"/>
        <source>The server refused the session in its greeting: %1</source>
        <translation>服务器在问候时就拒绝了会话：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="685"/>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="690"/>
        <source>Report saved to %1</source>
        <translation>报告已保存到 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="714"/>
        <source>About MailTLS Workbench</source>
        <translation>关于 MailTLS 工作台</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="715"/>
        <source>&lt;h3&gt;MailTLS Workbench %1&lt;/h3&gt;&lt;p&gt;Looks at the TLS side of mail servers: the SMTP conversation as it happened, the handshake, the served certificate chain, and what to change in Exim or Postfix.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MailTLS 工作台 %1&lt;/h3&gt;&lt;p&gt;检查邮件服务器的 TLS 层面：真实发生的 SMTP 对话、握手过程、服务器提供的证书链，以及 Exim 或 Postfix 中需要修改的配置。&lt;/p&gt;&lt;p&gt;基于 Qt %2 和 %3 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="726"/>
        <source>Open Certificate</source>
        <translation>打开证书</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="727"/>
        <source>Certificates and keys (*.pem *.crt *.cer *.der *.key *.p12 *.pfx *.p7b *.chain);;All files (*)</source>
        <translation>证书和密钥 (*.pem *.crt *.cer *.der *.key *.p12 *.pfx *.p7b *.chain);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="737"/>
        <source>A session is running; open the certificate when it has finished.</source>
        <translation>会话正在运行；请在其结束后再打开证书。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="741"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="769"/>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="770"/>
        <source>%1

Passphrase:</source>
        <translation>%1

口令：</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="775"/>
        <source>Could not read the certificate files:
%1</source>
        <translation>无法读取证书文件：
%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="776"/>
        <source>Could not read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="781"/>
        <source>%1 holds no certificate, only private keys. Open the certificate file together with the key.</source>
        <translation>%1 不含证书，只有私钥。请将证书文件与密钥一起打开。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="782"/>
        <source>No certificate in %1</source>
        <translation>%1 中没有证书</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="795"/>
        <location filename="../ui/main_window.cpp" line="930"/>
        <source>From file %1</source>
        <translation>来自文件 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="796"/>
        <location filename="../ui/main_window.cpp" line="931"/>
        <source>From files %1</source>
        <translation>来自文件 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="804"/>
        <source>Inspected %1 — 1 finding</source>
        <translation>已检查 %1 — 1 项发现</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="805"/>
        <source>Inspected %1 — %2 findings</source>
        <translation>已检查 %1 — %2 项发现</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="346"/>
        <location filename="../ui/main_window.cpp" line="854"/>
        <location filename="../ui/main_window.cpp" line="865"/>
        <source>A session or scan is running; try again when it has finished.</source>
        <translation>会话或扫描正在运行；请在其结束后重试。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="858"/>
        <source>Session with %1 (%2) from the Domain tab</source>
        <translation>来自“域名”标签页的与 %1（%2）的会话</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="943"/>
        <source>Saved report of %1 from %2 — 1 finding</source>
        <translation>%1 的已保存报告（%2）— 1 项发现</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="944"/>
        <source>Saved report of %1 from %2 — %3 findings</source>
        <translation>%1 的已保存报告（%2）— %3 项发现</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="975"/>
        <source>&amp;Stop practice server</source>
        <translation>停止练习服务器(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="986"/>
        <source>Practice server failed</source>
        <translation>练习服务器失败</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="988"/>
        <source>The practice server could not start: %1</source>
        <translation>练习服务器无法启动：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="993"/>
        <source>Practice server stopped</source>
        <translation>练习服务器已停止</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1015"/>
        <source>Practice server: starting “%1”…</source>
        <translation>练习服务器：正在启动“%1”…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1024"/>
        <source>Practice server: %1 on 127.0.0.1:%2</source>
        <translation>练习服务器：%1，位于 127.0.0.1:%2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1025"/>
        <source>%1
SMTP with STARTTLS on 127.0.0.1:%2, implicit TLS on 127.0.0.1:%3
Throwaway CA (trusted for sessions to it): %4</source>
        <translation>%1
带 STARTTLS 的 SMTP 位于 127.0.0.1:%2，隐式 TLS 位于 127.0.0.1:%3
临时 CA（连接它的会话会信任此 CA）：%4</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1038"/>
        <source>Practice server “%1” is the target: press Connect to see a full session, or Scan</source>
        <translation>练习服务器“%1”已设为目标：点击“连接”查看完整会话，或点击“扫描”</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1041"/>
        <source>Target: practice server “%1” — %2</source>
        <translation>目标：练习服务器“%1” — %2</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::NotesView</name>
    <message>
        <location filename="../ui/views/notes_view.cpp" line="16"/>
        <source>Notes for this investigation: what was tried, whom you asked, the ticket number. They are saved with the workspace and printed at the top of the HTML report.</source>
        <translation>本次排查的备注：尝试过什么、询问过谁、工单号。备注随工作区一起保存，并打印在 HTML 报告的开头。</translation>
    </message>
    <message>
        <location filename="../ui/views/notes_view.cpp" line="25"/>
        <source>e.g. Partner mx.partner.example fails since Tuesday; their logs say &quot;no shared cipher&quot;.</source>
        <translation>例如：对方 mx.partner.example 自周二起失败；其日志显示 &quot;no shared cipher&quot;。</translation>
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
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="161"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="208"/>
        <source>The CA file does not exist.</source>
        <translation>CA 文件不存在。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="210"/>
        <source>The client certificate file does not exist.</source>
        <translation>客户端证书文件不存在。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="212"/>
        <source>The client key file does not exist.</source>
        <translation>客户端密钥文件不存在。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="214"/>
        <source>A client certificate needs its private key, and a key needs its certificate.</source>
        <translation>客户端证书需要对应的私钥，私钥也需要对应的证书。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="217"/>
        <source>The lowest TLS version is above the highest one.</source>
        <translation>最低 TLS 版本高于最高版本。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="219"/>
        <source>The EHLO name cannot contain spaces.</source>
        <translation>EHLO 名称不能包含空格。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="251"/>
        <source>No SNI will be sent: servers with several certificates show their default one.</source>
        <translation>将不发送 SNI：拥有多张证书的服务器会出示其默认证书。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="253"/>
        <source>Security level %1: servers with weaker keys or ciphers fail the handshake instead of being examined.</source>
        <translation>安全级别 %1：密钥或密码套件较弱的服务器会直接握手失败，而无法被检查。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="256"/>
        <source>Tip: to check a partner&apos;s view, set &quot;Verify certificate for&quot; to the MX name they look up. These options apply from the next Connect.</source>
        <translation>提示：要从对方的角度检查，请在“验证证书的名称”中填写对方查询到的 MX 名称。这些选项从下一次连接起生效。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="258"/>
        <source>These options apply from the next Connect.</source>
        <translation>这些选项从下一次连接起生效。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="119"/>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="123"/>
        <source>none: direct; socks5://USER@HOST:PORT or http://HOST:PORT</source>
        <translation>无：直接连接；socks5://用户@主机:端口 或 http://主机:端口</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="124"/>
        <source>Every connection of sessions and scans goes through this SOCKS5 proxy (it resolves host names) or HTTP proxy (CONNECT). The URL is remembered; the password is not.</source>
        <translation>会话和扫描的每个连接都经过此 SOCKS5 代理（由它解析主机名）或 HTTP 代理（CONNECT）。会记住 URL，不会记住密码。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="126"/>
        <source>Pro&amp;xy URL:</source>
        <translation>代理 URL(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="130"/>
        <source>for the user in the URL; kept until the window closes</source>
        <translation>用于 URL 中的用户；保留到窗口关闭</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="131"/>
        <source>Proxy pass&amp;word:</source>
        <translation>代理密码(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="223"/>
        <source>Proxy: %1</source>
        <translation>代理：%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="225"/>
        <source>A proxy password needs a user in the proxy URL (socks5://USER@HOST:PORT).</source>
        <translation>代理密码需要代理 URL 中有用户（socks5://用户@主机:端口）。</translation>
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
    <name>mailtls::ui::SimulateDialog</name>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="43"/>
        <source>Simulate Partner</source>
        <translation>模拟对方</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="48"/>
        <source>Partner (the client that sends mail to the server)</source>
        <translation>对方（向服务器发送邮件的客户端）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="54"/>
        <source>Pasted cipher list (OpenSSL, IANA or GnuTLS priority string)…</source>
        <translation>粘贴的密码套件列表（OpenSSL、IANA 或 GnuTLS 优先级字符串）…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="63"/>
        <source>e.g. ECDHE-RSA-AES128-GCM-SHA256:AES128-SHA:DES-CBC3-SHA  or  NORMAL:-VERS-ALL:+VERS-TLS1.2</source>
        <translation>例如 ECDHE-RSA-AES128-GCM-SHA256:AES128-SHA:DES-CBC3-SHA  或  NORMAL:-VERS-ALL:+VERS-TLS1.2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="69"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="73"/>
        <source>Current target (none set in the target bar)</source>
        <translation>当前目标（目标栏中未设置）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="74"/>
        <source>Current target %1: scan it, predict, then one real handshake with the partner&apos;s offer</source>
        <translation>当前目标 %1：扫描、预测，然后用对方的提议进行一次真实握手</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="76"/>
        <source>Saved scan report (JSON):</source>
        <translation>已保存的扫描报告（JSON）：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="86"/>
        <source>a file written by &apos;mailtls scan --json&apos; or File → Save Report</source>
        <translation>由“mailtls scan --json”或“文件 → 保存报告”写入的文件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="88"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="96"/>
        <source>&amp;Simulate</source>
        <translation>模拟(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="99"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="196"/>
        <source>Open Scan Report</source>
        <translation>打开扫描报告</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="196"/>
        <source>JSON reports (*.json);;All files (*)</source>
        <translation>JSON 报告 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="246"/>
        <source>The profile %1 is not available.</source>
        <translation>配置 %1 不可用。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="278"/>
        <source>The pasted list cannot be read: %1</source>
        <translation>无法读取粘贴的列表：%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="282"/>
        <source>Pasted %1 cipher list</source>
        <translation>粘贴的 %1 密码套件列表</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="253"/>
        <source>Set a target in the target bar first, or choose a saved report.</source>
        <translation>请先在目标栏中设置目标，或选择已保存的报告。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="261"/>
        <source>Choose a saved scan report.</source>
        <translation>请选择已保存的扫描报告。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="295"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="294"/>
        <source>%1 is not a mailtls report: %2</source>
        <translation>%1 不是 mailtls 报告：%2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="105"/>
        <source>Export HTML…</source>
        <translation>导出 HTML…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="107"/>
        <source>The result as one HTML page for the partner&apos;s admin (as mailtls simulate --html)</source>
        <translation>将结果导出为一个 HTML 页面，供对方管理员查看（同 mailtls simulate --html）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="108"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="110"/>
        <source>The result as a PDF to send to the partner (as mailtls simulate --pdf)</source>
        <translation>将结果导出为 PDF，发送给对方（同 mailtls simulate --pdf）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="222"/>
        <source>Export Simulation as PDF</source>
        <translation>将模拟导出为 PDF</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="222"/>
        <source>Export Simulation as HTML</source>
        <translation>将模拟导出为 HTML</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="230"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="231"/>
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="236"/>
        <source>Writing the export…</source>
        <translation>正在写入导出文件…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="299"/>
        <source>%1 holds no scan section; run a scan and save it first.</source>
        <translation>%1 不含扫描部分；请先运行扫描并保存。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="346"/>
        <source>scanning: %1 of about %2 connections</source>
        <translation>正在扫描：%1 / 约 %2 个连接</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="349"/>
        <source>scanning the server…</source>
        <translation>正在扫描服务器…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="349"/>
        <source>predicting…</source>
        <translation>正在预测…</translation>
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
        <translation>服务器无法访问</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="381"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="387"/>
        <source>✔ Connects — %1 with %2</source>
        <translation>✔ 可以连接 — %1，%2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="390"/>
        <source>✘ Fails — %1</source>
        <translation>✘ 失败 — %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="396"/>
        <source>Fix for Exim:
</source>
        <translation>Exim 修复方法：
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="397"/>
        <source>Fix for Postfix:
</source>
        <translation>Postfix 修复方法：
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="401"/>
        <source>Live handshake (%1):
</source>
        <translation>实时握手（%1）：
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="402"/>
        <source>mailtls&apos;s own ClientHello, the exact offer</source>
        <translation>mailtls 自身的 ClientHello，与提议完全一致</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="402"/>
        <source>OpenSSL with the partner&apos;s offer</source>
        <translation>使用对方提议的 OpenSSL</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="404"/>
        <source>  left out (this OpenSSL cannot send them): %1
</source>
        <translation>  已省略（此 OpenSSL 无法发送）：%1
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="406"/>
        <source>  server chose %1 with %2%3
</source>
        <translation>  服务器选择了 %1，%2%3
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="408"/>
        <source>, %1-bit DH prime</source>
        <translation>，%1 位 DH 素数</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="412"/>
        <source>  the partner would stop here: %1
</source>
        <translation>  对方会在此停止：%1
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="415"/>
        <source>How the prediction was reached (%1):
</source>
        <translation>预测依据（%1）：
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="420"/>
        <source>
Partner source: %1
</source>
        <translation>
对方来源：%1
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="431"/>
        <source>Offers %1 · %2 suites up to TLS 1.2 · %3 TLS 1.3 suites · source: %4</source>
        <translation>提供 %1 · %2 个 TLS 1.2 及以下套件 · %3 个 TLS 1.3 套件 · 来源：%4</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="437"/>
        <source>Paste the partner&apos;s list; OpenSSL names and keywords, IANA names and GnuTLS priority strings are understood.</source>
        <translation>粘贴对方的列表；支持 OpenSSL 名称和关键字、IANA 名称以及 GnuTLS 优先级字符串。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="454"/>
        <source>Scanning the server, then one handshake with the partner&apos;s offer. Cancel stops it at once.</source>
        <translation>先扫描服务器，然后用对方的提议进行一次握手。点击“取消”会立即停止。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="455"/>
        <source>Predicting…</source>
        <translation>正在预测…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="459"/>
        <source>Paste the partner&apos;s cipher list.</source>
        <translation>请粘贴对方的密码套件列表。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="460"/>
        <source>Choose a saved scan report, or set a target in the target bar.</source>
        <translation>请选择已保存的扫描报告，或在目标栏中设置目标。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="464"/>
        <source>Forward the sentence above to the partner, or apply the fix for your MTA and simulate again.</source>
        <translation>请将上面这句话转告对方，或在你的 MTA 中应用修复后再次模拟。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="466"/>
        <source>Pick another partner or server and simulate again.</source>
        <translation>选择其他对方或服务器，然后再次模拟。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="468"/>
        <source>Pick a partner and a server, then press Simulate.</source>
        <translation>选择对方和服务器，然后点击“模拟”。</translation>
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
        <translation>解释密码套件</translation>
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
        <translation>解释(&amp;X)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="69"/>
        <source>IANA names</source>
        <translation>IANA 名称</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="70"/>
        <source>OpenSSL names</source>
        <translation>OpenSSL 名称</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="71"/>
        <source>GnuTLS names</source>
        <translation>GnuTLS 名称</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="183"/>
        <source>Type a suite name in any notation, or its code, or pick one from the list.</source>
        <translation>输入任意格式的套件名称或其代码，或从列表中选择。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="185"/>
        <source>%1 is graded %2. Pick another suite to compare.</source>
        <translation>%1 的评级为“%2”。可选择其他套件进行比较。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="188"/>
        <source>Not a known suite: pick one of the suggestions or from the list.</source>
        <translation>不是已知套件：请从建议或列表中选择。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="190"/>
        <source>Press Enter to explain, or choose a completion.</source>
        <translation>按回车进行解释，或选择一个补全项。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="213"/>
        <source>Unknown cipher suite “%1”</source>
        <translation>未知密码套件“%1”</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="215"/>
        <source>No suite name is close to this. Try the list on the left.</source>
        <translation>没有相近的套件名称。请尝试左侧的列表。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="217"/>
        <source>Did you mean:</source>
        <translation>你是不是要找：</translation>
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
        <translation>输入格式：%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="247"/>
        <source>Key exchange</source>
        <translation>密钥交换</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="248"/>
        <source>Authentication</source>
        <translation>身份验证</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="249"/>
        <source>Bulk cipher</source>
        <translation>批量加密算法</translation>
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
        <translation>所需证书</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::TargetBar</name>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="22"/>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="25"/>
        <source>mail.example.org</source>
        <translation>mail.example.org</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="27"/>
        <source>Host name or address of the mail server</source>
        <translation>邮件服务器的主机名或地址</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="30"/>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="35"/>
        <source>25 SMTP, 587 submission, 465 SMTPS (implicit TLS), 24 LMTP, 143 IMAP, 993 IMAPS, 110 POP3, 995 POP3S, 4190 ManageSieve</source>
        <translation>25 SMTP，587 提交（submission），465 SMTPS（隐式 TLS），24 LMTP，143 IMAP，993 IMAPS，110 POP3，995 POP3S，4190 ManageSieve</translation>
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
        <translation>隐式 TLS（SMTPS）</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="45"/>
        <source>IMAP STARTTLS</source>
        <translation>IMAP STARTTLS</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="46"/>
        <source>Implicit TLS (IMAPS)</source>
        <translation>隐式 TLS（IMAPS）</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="47"/>
        <source>POP3 STLS</source>
        <translation>POP3 STLS</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="48"/>
        <source>Implicit TLS (POP3S)</source>
        <translation>隐式 TLS（POP3S）</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="49"/>
        <source>ManageSieve STARTTLS</source>
        <translation>ManageSieve STARTTLS</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="50"/>
        <source>Plain TCP (TLS, no SMTP)</source>
        <translation>纯 TCP（TLS，无 SMTP）</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="51"/>
        <source>TLS right after the TCP connect, without any SMTP (e.g. openssl s_server)</source>
        <translation>TCP 连接后立即开始 TLS，不使用 SMTP（例如 openssl s_server）</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="53"/>
        <source>How TLS starts: after STARTTLS, from the first byte, or not at all</source>
        <translation>TLS 的启动方式：STARTTLS 之后、从第一个字节开始，或完全不用</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="58"/>
        <source>&amp;Options…</source>
        <translation>选项(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="59"/>
        <source>SNI, verification name, CA file, client certificate, TLS versions, ciphers, groups, EHLO name, proxy</source>
        <translation>SNI、验证名称、CA 文件、客户端证书、TLS 版本、密码套件、组、EHLO 名称、代理</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::TranscriptModel</name>
    <message>
        <location filename="../ui/models/transcript_model.cpp" line="87"/>
        <source>Sent by the workbench (client)</source>
        <translation>由工作台（客户端）发送</translation>
    </message>
    <message>
        <location filename="../ui/models/transcript_model.cpp" line="88"/>
        <source>Sent by the server</source>
        <translation>由服务器发送</translation>
    </message>
    <message>
        <location filename="../ui/models/transcript_model.cpp" line="89"/>
        <source>TLS event</source>
        <translation>TLS 事件</translation>
    </message>
    <message>
        <location filename="../ui/models/transcript_model.cpp" line="90"/>
        <source>Note from the workbench</source>
        <translation>工作台备注</translation>
    </message>
    <message>
        <location filename="../ui/models/transcript_model.cpp" line="112"/>
        <source>%1 ms after the session started</source>
        <translation>会话开始后 %1 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/models/transcript_model.cpp" line="139"/>
        <source>Time (s)</source>
        <translation>时间（秒）</translation>
    </message>
    <message>
        <location filename="../ui/models/transcript_model.cpp" line="140"/>
        <source>Dir</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../ui/models/transcript_model.cpp" line="141"/>
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
        <location filename="../ui/views/validity_timeline.cpp" line="100"/>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/views/validity_timeline.cpp" line="136"/>
        <source>expired %1</source>
        <translation>已于 %1 过期</translation>
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
        <translation>新建工作区(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="100"/>
        <source>Start a new investigation: no reports, no notes</source>
        <translation>开始新的排查：无报告、无备注</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="103"/>
        <source>Open &amp;Workspace…</source>
        <translation>打开工作区(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="105"/>
        <source>Reopen a saved investigation (or a JSON report) as it was left</source>
        <translation>按离开时的状态重新打开已保存的排查（或 JSON 报告）</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="108"/>
        <source>Save Wor&amp;kspace</source>
        <translation>保存工作区(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="110"/>
        <source>Save targets, reports, notes and the open tab in one file</source>
        <translation>将目标、报告、备注和当前打开的选项卡保存到一个文件中</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="113"/>
        <source>Save Workspace &amp;As…</source>
        <translation>工作区另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="117"/>
        <source>&amp;Export HTML Report…</source>
        <translation>导出 HTML 报告(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="119"/>
        <source>One printable HTML file of the report shown, with your notes, to attach to a ticket</source>
        <translation>将当前显示的报告连同备注导出为一个可打印的 HTML 文件，便于附加到工单</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="122"/>
        <source>Export &amp;Investigation as HTML…</source>
        <translation>将排查导出为 HTML(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="124"/>
        <source>Every report of this workspace and your notes in one printable HTML file</source>
        <translation>将此工作区的所有报告和备注导出为一个可打印的 HTML 文件</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="127"/>
        <source>Export as &amp;PDF…</source>
        <translation>导出为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="129"/>
        <source>The report shown as a PDF to forward to a partner&apos;s admin: verdict, findings with their fixes, chain, matrix</source>
        <translation>将当前报告导出为 PDF，转发给合作方的管理员：结论、发现及其修复方法、证书链、密码套件矩阵</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="594"/>
        <source>Export as PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="604"/>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF 文件 (*.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="630"/>
        <source>PDF report written to %1</source>
        <translation>PDF 报告已写入 %1</translation>
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
        <translation>保存工作区</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="323"/>
        <location filename="../ui/workspace_controller.cpp" line="434"/>
        <source>Open Workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="338"/>
        <source>The workspace “%1” has changes that are not saved.
Save them first?</source>
        <translation>工作区“%1”有未保存的更改。
是否先保存？</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="343"/>
        <source>Unsaved workspace</source>
        <translation>未保存的工作区</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="359"/>
        <location filename="../ui/workspace_controller.cpp" line="372"/>
        <source>Wait for the session or scan to finish first.</source>
        <translation>请先等待会话或扫描结束。</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="366"/>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="379"/>
        <source>Workspaces (*.%1);;JSON reports (*.json);;All files (*)</source>
        <translation>工作区 (*.%1);;JSON 报告 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="424"/>
        <source>Still opening the previous file.</source>
        <translation>仍在打开上一个文件。</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="427"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="434"/>
        <source>Import Report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="450"/>
        <source>Opened %1 — 1 report</source>
        <translation>已打开 %1 — 1 份报告</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="451"/>
        <source>Opened %1 — %2 reports</source>
        <translation>已打开 %1 — %2 份报告</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="472"/>
        <source>Imported the report %1 into a new workspace</source>
        <translation>已将报告 %1 导入新的工作区</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="496"/>
        <source>Workspaces (*.%1);;All files (*)</source>
        <translation>工作区 (*.%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="523"/>
        <source>Workspace saved to %1</source>
        <translation>工作区已保存到 %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="545"/>
        <source>MailTLS investigation — %1</source>
        <translation>MailTLS 排查 — %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="554"/>
        <source>There is no report to export yet.</source>
        <translation>尚无可导出的报告。</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="577"/>
        <source>Export HTML Report</source>
        <translation>导出 HTML 报告</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="605"/>
        <source>HTML files (*.html);;All files (*)</source>
        <translation>HTML 文件 (*.html);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="628"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="632"/>
        <source>HTML report written to %1</source>
        <translation>HTML 报告已写入 %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="585"/>
        <source>Export Investigation as HTML</source>
        <translation>将排查导出为 HTML</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="653"/>
        <location filename="../ui/workspace_controller.cpp" line="684"/>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="745"/>
        <source>Restored the autosaved workspace from %1</source>
        <translation>已从 %1 恢复自动保存的工作区</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="758"/>
        <source>an untitled workspace</source>
        <translation>未命名的工作区</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="759"/>
        <source>MailTLS Workbench did not close normally. Changes to %1 were autosaved at %2 (reports: %3) but not saved.

Restore them?</source>
        <translation>MailTLS 工作台未正常关闭。对 %1 的更改已于 %2 自动保存（报告：%3），但尚未保存。

是否恢复？</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="767"/>
        <location filename="../ui/workspace_controller.cpp" line="783"/>
        <source>Recover workspace</source>
        <translation>恢复工作区</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="768"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="769"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="770"/>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
</context>
</TS>
