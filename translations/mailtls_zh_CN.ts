<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Errors</name>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="69"/>
        <source>%1: %2
Try &apos;%1 --help&apos;.
</source>
        <translation>%1: %2
请参阅 &apos;%1 --help&apos;。
</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="99"/>
        <source>empty target</source>
        <translation>目标为空</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="111"/>
        <source>&apos;%1&apos;: unknown scheme &apos;%2://&apos; (%3)</source>
        <translation>&apos;%1&apos;：未知协议 &apos;%2://&apos;（%3）</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="119"/>
        <location filename="../core/jobs/fleet_job.cpp" line="61"/>
        <source>&apos;%1&apos;: no host</source>
        <translation>&apos;%1&apos;：没有主机</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="125"/>
        <location filename="../core/model/targets.cpp" line="92"/>
        <source>&apos;%1&apos;: write IPv6 addresses with a port as [ADDRESS]:PORT</source>
        <translation>&apos;%1&apos;：带端口的 IPv6 地址请写成 [ADDRESS]:PORT</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="131"/>
        <location filename="../core/model/targets.cpp" line="73"/>
        <source>&apos;%1&apos;: missing &apos;]&apos; after the IPv6 address</source>
        <translation>&apos;%1&apos;：IPv6 地址后缺少 &apos;]&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="134"/>
        <location filename="../core/model/targets.cpp" line="87"/>
        <source>&apos;%1&apos;: &apos;%2&apos; is not an IPv6 address</source>
        <translation>&apos;%1&apos;：&apos;%2&apos; 不是 IPv6 地址</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="139"/>
        <source>&apos;%1&apos; is not a target (HOST[:PORT], [IPv6]:PORT or SCHEME://HOST[:PORT] with a scheme of %2)</source>
        <translation>&apos;%1&apos; 不是目标（HOST[:PORT]、[IPv6]:PORT 或 SCHEME://HOST[:PORT]，协议为 %2 之一）</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="142"/>
        <source>&apos;%1&apos;: a target is a host and a port, nothing more</source>
        <translation>&apos;%1&apos;：目标只包括主机和端口，别无其他</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="144"/>
        <location filename="../core/model/targets.cpp" line="83"/>
        <location filename="../core/model/targets.cpp" line="101"/>
        <source>&apos;%1&apos;: empty port</source>
        <translation>&apos;%1&apos;：端口为空</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="148"/>
        <source>&apos;%1&apos;: port 0 is not a port to connect to</source>
        <translation>&apos;%1&apos;：端口 0 无法连接</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="216"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>未知选项 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="217"/>
        <source>unknown options: %1</source>
        <translation>未知选项：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="225"/>
        <source>too many arguments (at most a FILE and a TARGET): %1</source>
        <translation>参数过多（最多一个 FILE 和一个 TARGET）：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="233"/>
        <source>&apos;%1&apos; is a folder, not a workspace or report file</source>
        <translation>&apos;%1&apos; 是文件夹，不是工作区或报告文件</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="235"/>
        <source>one file at a time: &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>一次只能一个文件：&apos;%1&apos; 和 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="240"/>
        <source>&apos;%1&apos;: no such file</source>
        <translation>&apos;%1&apos;：文件不存在</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="245"/>
        <source>&apos;%1&apos; is neither a file nor a target: %2</source>
        <translation>&apos;%1&apos; 既不是文件也不是目标：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/workbench_args.cpp" line="247"/>
        <source>one target at a time: &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>一次只能一个目标：&apos;%1&apos; 和 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/base/read_file.cpp" line="18"/>
        <source>%1: larger than %2, the most a %3 may be</source>
        <translation>%1：大于 %2，即 %3 允许的最大值</translation>
    </message>
    <message>
        <location filename="../core/base/read_file.cpp" line="59"/>
        <location filename="../core/dns/resolver.cpp" line="430"/>
        <location filename="../core/x509/certificate_loader.cpp" line="514"/>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <location filename="../core/base/read_file.cpp" line="61"/>
        <source>%1: it is a directory</source>
        <translation>%1：这是一个目录</translation>
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
        <translation>%1：没有可读取的内容（没有写入方的管道？）</translation>
    </message>
    <message>
        <location filename="../core/base/save_file.cpp" line="11"/>
        <source>it is a directory</source>
        <translation>这是一个目录</translation>
    </message>
    <message>
        <location filename="../core/catalog/cipher_list_parser.cpp" line="87"/>
        <source>cannot create an OpenSSL context</source>
        <translation>无法创建 OpenSSL 上下文</translation>
    </message>
    <message>
        <location filename="../core/catalog/cipher_list_parser.cpp" line="95"/>
        <source>the linked OpenSSL finds no cipher suite in &quot;%1&quot;</source>
        <translation>链接的 OpenSSL 在 &quot;%1&quot; 中找不到密码套件</translation>
    </message>
    <message>
        <location filename="../core/catalog/cipher_list_parser.cpp" line="111"/>
        <source>no cipher suite in &quot;%1&quot;</source>
        <translation>&quot;%1&quot; 中没有密码套件</translation>
    </message>
    <message>
        <location filename="../core/catalog/cipher_list_parser.cpp" line="130"/>
        <source>no known IANA suite name in &quot;%1&quot;</source>
        <translation>&quot;%1&quot; 中没有已知的 IANA 套件名</translation>
    </message>
    <message>
        <location filename="../core/catalog/cipher_list_parser.cpp" line="162"/>
        <source>GnuTLS refuses the priority string &quot;%1&quot;</source>
        <translation>GnuTLS 拒绝了优先级字符串 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/catalog/cipher_list_parser.cpp" line="163"/>
        <source>GnuTLS refuses the priority string &quot;%1&quot;: %2</source>
        <translation>GnuTLS 拒绝了优先级字符串 &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <location filename="../core/catalog/cipher_list_parser.cpp" line="324"/>
        <source>a GnuTLS priority string starts with NORMAL, PERFORMANCE, SECURE128, SECURE192, SECURE256 or NONE, not &quot;%1&quot;</source>
        <translation>GnuTLS 优先级字符串应以 NORMAL、PERFORMANCE、SECURE128、SECURE192、SECURE256 或 NONE 开头，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/catalog/cipher_list_parser.cpp" line="337"/>
        <source>&quot;%1&quot; in a GnuTLS priority string needs +, - or !</source>
        <translation>GnuTLS 优先级字符串中的 &quot;%1&quot; 需要 +、- 或 !</translation>
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
        <translation>未知组 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/catalog/cipher_list_parser.cpp" line="375"/>
        <location filename="../core/diagnose/client_profile.cpp" line="135"/>
        <source>unknown signature algorithm &quot;%1&quot;</source>
        <translation>未知签名算法 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/catalog/cipher_list_parser.cpp" line="388"/>
        <source>&quot;%1&quot; is not in the built-in GnuTLS table (install gnutls-bin for the full syntax)</source>
        <translation>&quot;%1&quot; 不在内置 GnuTLS 表中（安装 gnutls-bin 以支持完整语法）</translation>
    </message>
    <message>
        <location filename="../core/catalog/cipher_list_parser.cpp" line="427"/>
        <location filename="../core/catalog/cipher_list_parser.cpp" line="433"/>
        <source>the priority string &quot;%1&quot; enables no cipher suite</source>
        <translation>优先级字符串 &quot;%1&quot; 未启用任何密码套件</translation>
    </message>
    <message>
        <location filename="../core/catalog/cipher_list_parser.cpp" line="479"/>
        <source>the cipher list is empty</source>
        <translation>密码列表为空</translation>
    </message>
    <message>
        <location filename="../core/diagnose/client_profile.cpp" line="92"/>
        <source>not a JSON object (%1)</source>
        <translation>不是 JSON 对象（%1）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/client_profile.cpp" line="99"/>
        <source>&quot;name&quot;, &quot;title&quot; and &quot;source&quot; are required</source>
        <translation>&quot;name&quot;、&quot;title&quot; 和 &quot;source&quot; 为必填项</translation>
    </message>
    <message>
        <location filename="../core/diagnose/client_profile.cpp" line="111"/>
        <source>&quot;versions&quot; is empty</source>
        <translation>&quot;versions&quot; 为空</translation>
    </message>
    <message>
        <location filename="../core/diagnose/client_profile.cpp" line="142"/>
        <source>no known cipher suite in &quot;ciphers&quot; / &quot;tls13_suites&quot;</source>
        <translation>&quot;ciphers&quot; / &quot;tls13_suites&quot; 中没有已知的密码套件</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="126"/>
        <source>CA file</source>
        <translation>CA 文件</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="132"/>
        <source>%1: no certificate in it (PEM or DER)</source>
        <translation>%1：其中没有证书（PEM 或 DER）</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="406"/>
        <source>the policy host must be a host name, not %1</source>
        <translation>策略主机必须是主机名，而不是 %1</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="408"/>
        <source>%1: %2 is not an IP address (the fetch resolves nothing itself)</source>
        <translation>%1：%2 不是 IP 地址（获取过程本身不做解析）</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="411"/>
        <source>%1: port %2 and path %3 do not make a URL</source>
        <translation>%1：端口 %2 和路径 %3 无法组成 URL</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="414"/>
        <source>%1: cancelled before the fetch</source>
        <translation>%1：在获取前已取消</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="554"/>
        <source>%1: cancelled</source>
        <translation>%1：已取消</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="557"/>
        <source>%1: the policy is longer than %2; refused</source>
        <translation>%1：策略长度超过 %2；已拒绝</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="561"/>
        <source>%1: no answer within %2</source>
        <translation>%1：%2 内无应答</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="563"/>
        <source>%1: the certificate does not verify for %2: %3</source>
        <translation>%1：证书对 %2 验证失败：%3</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="574"/>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="578"/>
        <source>the server closed the connection without an HTTP answer</source>
        <translation>服务器在未给出 HTTP 应答的情况下关闭了连接</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="579"/>
        <location filename="../core/tls/tls_client.cpp" line="277"/>
        <source>the server closed the connection during the TLS handshake</source>
        <translation>服务器在 TLS 握手期间关闭了连接</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="595"/>
        <source>TLS handshake failed: %1</source>
        <translation>TLS 握手失败：%1</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="599"/>
        <source>no HTTP answer</source>
        <translation>没有 HTTP 应答</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="612"/>
        <source>%1: answered HTTP %2, without a Location; MTA-STS senders follow no redirect</source>
        <translation>%1：应答 HTTP %2，没有 Location；MTA-STS 发送方不会跟随重定向</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="614"/>
        <source>%1: answered HTTP %2, Location %3; MTA-STS senders follow no redirect</source>
        <translation>%1：应答 HTTP %2，Location %3；MTA-STS 发送方不会跟随重定向</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="616"/>
        <source>%1: answered HTTP %2, not 200</source>
        <translation>%1：应答 HTTP %2，而不是 200</translation>
    </message>
    <message>
        <location filename="../core/domain/policy_fetch.cpp" line="619"/>
        <source>%1: the answer broke off after %2 bytes of the body</source>
        <translation>%1：应答在正文 %2 字节后中断</translation>
    </message>
    <message>
        <location filename="../core/jobs/certificate_job.cpp" line="35"/>
        <source>cannot open the CA in %1</source>
        <translation>无法打开 %1 中的 CA</translation>
    </message>
    <message>
        <location filename="../core/jobs/domain_job.cpp" line="144"/>
        <source>%1 has no address (A %2, AAAA %3)</source>
        <translation>%1 没有地址（A %2，AAAA %3）</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="302"/>
        <source>the resolver %1 could not be asked again</source>
        <translation>无法再次询问解析器 %1</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="327"/>
        <location filename="../core/dns/resolver.cpp" line="355"/>
        <source>the resolver %1 is unreachable: %2</source>
        <translation>解析器 %1 不可达：%2</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="333"/>
        <location filename="../core/dns/resolver.cpp" line="538"/>
        <source>the resolver %1 did not answer within %2 s</source>
        <translation>解析器 %1 在 %2 秒内未应答</translation>
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
        <translation>%1 不是解析器地址（ADDR、ADDR:PORT 或 [IPv6]:PORT）</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="405"/>
        <source>resolver configuration</source>
        <translation>解析器配置</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="433"/>
        <source>%1: not a readable file</source>
        <translation>%1：不是可读的文件</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="437"/>
        <source>cannot set up the DNS validator (libunbound)</source>
        <translation>无法设置 DNS 验证器（libunbound）</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="457"/>
        <source>cannot use the resolver %1: %2</source>
        <translation>无法使用解析器 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="465"/>
        <source>%1: not a trust anchor file: %2</source>
        <translation>%1：不是信任锚文件：%2</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="481"/>
        <source>%1: not a trust anchor file (DS or DNSKEY records in zone-file form)</source>
        <translation>%1：不是信任锚文件（区域文件格式的 DS 或 DNSKEY 记录）</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="484"/>
        <source>cannot start the DNS validator: %1</source>
        <translation>无法启动 DNS 验证器：%1</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="517"/>
        <source>%1 records cannot be looked up here</source>
        <translation>此处无法查询 %1 记录</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="522"/>
        <source>%1 is not a domain name</source>
        <translation>%1 不是域名</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="526"/>
        <source>the resolver was not set up</source>
        <translation>解析器尚未设置</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="542"/>
        <source>the resolver %1 could not be asked: %2</source>
        <translation>无法询问解析器 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="577"/>
        <source>its replies are truncated and the retry over TCP failed</source>
        <translation>其回复被截断，且通过 TCP 重试失败</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="578"/>
        <source>its replies do not answer the question asked</source>
        <translation>其回复与所提的查询不符</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="579"/>
        <source>its answer could not be used (malformed, or failed validation)</source>
        <translation>其回复无法使用（格式错误或验证失败）</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="580"/>
        <source>the resolver %1 gave no usable answer for %2 %3: %4</source>
        <translation>解析器 %1 对 %2 %3 未给出可用的回复：%4</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="585"/>
        <source>the resolver %1 answered %2 for %3 %4 (%5)</source>
        <translation>解析器 %1 对 %3 %4 回复了 %2（%5）</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="588"/>
        <source>the resolver %1 answered %2 for %3 %4</source>
        <translation>解析器 %1 对 %3 %4 回复了 %2</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="603"/>
        <source>%1 has a CNAME chain longer than %2 names or a loop</source>
        <translation>%1 的 CNAME 链超过 %2 个名称或存在循环</translation>
    </message>
    <message>
        <location filename="../core/dns/resolver.cpp" line="623"/>
        <source>the resolver %1 sent a malformed %2 record for %3</source>
        <translation>解析器 %1 为 %3 发送了格式错误的 %2 记录</translation>
    </message>
    <message>
        <location filename="../core/jobs/fleet_job.cpp" line="55"/>
        <source>&apos;%1&apos;: unknown scheme &apos;%2://&apos; (smtp://, smtps:// or lmtp://)</source>
        <translation>&apos;%1&apos;：未知的协议 &apos;%2://&apos;（smtp://、smtps:// 或 lmtp://）</translation>
    </message>
    <message>
        <location filename="../core/jobs/fleet_job.cpp" line="64"/>
        <source>&apos;%1&apos;: a target URL names a host and a port, nothing more</source>
        <translation>&apos;%1&apos;：目标 URL 只能包含主机和端口，不能有其他内容</translation>
    </message>
    <message>
        <location filename="../core/jobs/fleet_job.cpp" line="106"/>
        <source>longer than %1 characters, skipped</source>
        <translation>超过 %1 个字符，已跳过</translation>
    </message>
    <message>
        <location filename="../core/jobs/fleet_job.cpp" line="117"/>
        <source>one target a line, not &apos;%1&apos;</source>
        <translation>每行一个目标，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/jobs/fleet_job.cpp" line="121"/>
        <source>more than %1 targets, the rest of the list is skipped</source>
        <translation>超过 %1 个目标，列表其余部分已跳过</translation>
    </message>
    <message>
        <location filename="../core/jobs/fleet_job.cpp" line="134"/>
        <source>the same target as line %1, skipped</source>
        <translation>与第 %1 行的目标相同，已跳过</translation>
    </message>
    <message>
        <location filename="../core/jobs/fleet_job.cpp" line="281"/>
        <source>cancelled before the session started</source>
        <translation>会话开始前已取消</translation>
    </message>
    <message>
        <location filename="../core/jobs/simulate_job.cpp" line="203"/>
        <source>the offer holds no suite for any of its versions</source>
        <translation>该提议的所有版本都没有可用的套件</translation>
    </message>
    <message>
        <location filename="../core/jobs/simulate_job.cpp" line="223"/>
        <source>could not reach the point of TLS</source>
        <translation>未能到达开始 TLS 的阶段</translation>
    </message>
    <message>
        <location filename="../core/jobs/simulate_job.cpp" line="265"/>
        <source>the report holds no scan section</source>
        <translation>报告中没有扫描部分</translation>
    </message>
    <message>
        <location filename="../core/jobs/simulate_job.cpp" line="276"/>
        <location filename="../core/protocol/session_engine.cpp" line="92"/>
        <location filename="../core/protocol/session_engine.cpp" line="265"/>
        <location filename="../core/protocol/session_engine.cpp" line="622"/>
        <location filename="../core/scan/scanner.cpp" line="1414"/>
        <source>cancelled by the user</source>
        <translation>已被用户取消</translation>
    </message>
    <message>
        <location filename="../core/logs/log_reader.cpp" line="85"/>
        <source>%1: the file ends inside the compressed data (truncated)</source>
        <translation>%1：文件在压缩数据中途结束（已截断）</translation>
    </message>
    <message>
        <location filename="../core/logs/log_reader.cpp" line="104"/>
        <source>gzip: cannot start the decoder</source>
        <translation>gzip：无法启动解码器</translation>
    </message>
    <message>
        <location filename="../core/logs/log_reader.cpp" line="121"/>
        <source>gzip: %1</source>
        <translation>gzip：%1</translation>
    </message>
    <message>
        <location filename="../core/logs/log_reader.cpp" line="147"/>
        <source>xz: cannot start the decoder</source>
        <translation>xz：无法启动解码器</translation>
    </message>
    <message>
        <location filename="../core/logs/log_reader.cpp" line="168"/>
        <source>xz: the file ends inside the compressed data (truncated)</source>
        <translation>xz：文件在压缩数据中途结束（已截断）</translation>
    </message>
    <message>
        <location filename="../core/logs/log_reader.cpp" line="169"/>
        <source>xz: damaged data (error %1)</source>
        <translation>xz：数据已损坏（错误 %1）</translation>
    </message>
    <message>
        <location filename="../core/logs/log_reader.cpp" line="195"/>
        <source>bzip2: cannot start the decoder</source>
        <translation>bzip2：无法启动解码器</translation>
    </message>
    <message>
        <location filename="../core/logs/log_reader.cpp" line="213"/>
        <source>bzip2: damaged data (error %1)</source>
        <translation>bzip2：数据已损坏（错误 %1）</translation>
    </message>
    <message>
        <location filename="../core/logs/log_reader.cpp" line="240"/>
        <location filename="../core/logs/log_reader.cpp" line="245"/>
        <location filename="../core/pki/certificate_request.cpp" line="95"/>
        <location filename="../core/pki/mini_ca.cpp" line="47"/>
        <location filename="../core/pki/private_key.cpp" line="156"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
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
        <translation>二进制数据（含 NUL 字节），不是文本日志；读取在此停止</translation>
    </message>
    <message>
        <location filename="../core/logs/mail_queue.cpp" line="896"/>
        <source>line %1: binary data (a NUL byte), not a queue listing; reading stopped here</source>
        <translation>第 %1 行：二进制数据（含 NUL 字节），不是队列列表；读取在此停止</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="105"/>
        <source>cannot reach the %1: %2</source>
        <translation>无法连接到%1：%2</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="146"/>
        <source>cannot resolve %1: %2</source>
        <translation>无法解析 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="152"/>
        <source>no address for %1</source>
        <translation>%1 没有地址</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="157"/>
        <source>socket: %1</source>
        <translation>套接字：%1</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="165"/>
        <location filename="../core/net/connection.cpp" line="190"/>
        <source>cannot connect to %1 port %2: %3</source>
        <translation>无法连接到 %1 端口 %2：%3</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="171"/>
        <source>connect</source>
        <translation>建立连接</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="179"/>
        <source>timed out after %1 s connecting to %2 port %3</source>
        <translation>连接 %2 端口 %3 时超时（%1 秒）</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="220"/>
        <source>poll: %1</source>
        <translation>poll：%1</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="225"/>
        <source>timed out after %1 s waiting to %2</source>
        <translation>等待%2时超时（%1 秒）</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="235"/>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="284"/>
        <location filename="../core/net/connection.cpp" line="340"/>
        <source>the server closed the connection</source>
        <translation>服务器关闭了连接</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="292"/>
        <source>the server reset the connection</source>
        <translation>服务器重置了连接</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="293"/>
        <source>read: %1</source>
        <translation>读取：%1</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="301"/>
        <location filename="../core/net/connection.cpp" line="319"/>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="305"/>
        <source>read from the server</source>
        <translation>从服务器读取</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="334"/>
        <source>write to the server</source>
        <translation>向服务器写入</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="341"/>
        <source>write: %1</source>
        <translation>写入：%1</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_budget.cpp" line="74"/>
        <source>no free place in the budget of the %1 (%2 connection(s) at once) within %3 s</source>
        <translation>%3 秒内%1的配额（同时 %2 个连接）没有空位</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="72"/>
        <source>SOCKS5 proxy %1</source>
        <translation>SOCKS5 代理 %1</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="73"/>
        <source>HTTP CONNECT proxy %1</source>
        <translation>HTTP CONNECT 代理 %1</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="92"/>
        <source>the %1 closed the connection</source>
        <translation>%1关闭了连接</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="94"/>
        <source>the %1 did not take our request in time</source>
        <translation>%1未能及时接收我们的请求</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="102"/>
        <location filename="../core/net/proxy_handshake.cpp" line="138"/>
        <source>read the proxy&apos;s answer</source>
        <translation>读取代理的应答</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="105"/>
        <source>the %1 did not answer in time (is it a SOCKS5 proxy?)</source>
        <translation>%1未及时应答（它是 SOCKS5 代理吗？）</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="106"/>
        <location filename="../core/net/proxy_handshake.cpp" line="140"/>
        <source>the %1 did not answer in time</source>
        <translation>%1未及时应答</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="118"/>
        <location filename="../core/net/proxy_handshake.cpp" line="156"/>
        <source>the %1 closed the connection in the middle of its answer</source>
        <translation>%1在应答中途关闭了连接</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="122"/>
        <location filename="../core/net/proxy_handshake.cpp" line="164"/>
        <source>reading the %1&apos;s answer: %2</source>
        <translation>读取%1的应答：%2</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="135"/>
        <source>the %1 sent more than %2 bytes without ending its answer</source>
        <translation>%1发送了超过 %2 字节仍未结束应答</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="147"/>
        <source>the proxy at %1:%2 answered like a SOCKS5 proxy, not an HTTP proxy (use socks5://)</source>
        <translation>%1:%2 上的代理以 SOCKS5 代理而非 HTTP 代理的方式应答（请使用 socks5://）</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="153"/>
        <location filename="../core/net/proxy_handshake.cpp" line="225"/>
        <source>the %1 closed the connection without an answer (a proxy at its connection limit does this)</source>
        <translation>%1未应答即关闭了连接（达到连接上限的代理会这样做）</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="162"/>
        <source>the %1 reset the connection without an answer (a proxy at its connection limit does this)</source>
        <translation>%1未应答即重置了连接（达到连接上限的代理会这样做）</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="178"/>
        <source>reading the %1&apos;s answer failed</source>
        <translation>读取%1的应答失败</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="205"/>
        <source>the host name is too long for SOCKS5 (at most 255 bytes)</source>
        <translation>主机名对于 SOCKS5 过长（最多 255 字节）</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="214"/>
        <source>a SOCKS5 user name and password are at most 255 bytes each (RFC 1929)</source>
        <translation>SOCKS5 用户名和密码各最多 255 字节（RFC 1929）</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="232"/>
        <source>the proxy at %1:%2 does not speak SOCKS5: it answered %3 (it sounds like an HTTP proxy: use http://)</source>
        <translation>%1:%2 上的代理不支持 SOCKS5：它应答了 %3（听起来像 HTTP 代理：请使用 http://）</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="233"/>
        <source>the proxy at %1:%2 does not speak SOCKS5: it answered %3</source>
        <translation>%1:%2 上的代理不支持 SOCKS5：它应答了 %3</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="239"/>
        <source>the %1 accepts none of our authentication methods (no authentication, user name and password)</source>
        <translation>%1不接受我们的任何认证方式（无认证、用户名和密码）</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="240"/>
        <source>the %1 wants a user name and password (socks5://USER@HOST:PORT with the password from a file or the environment)</source>
        <translation>%1要求用户名和密码（socks5://USER@HOST:PORT，密码来自文件或环境变量）</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="254"/>
        <source>the %1 closed the connection after the user name and password (user %2): wrong password?</source>
        <translation>%1在收到用户名和密码后关闭了连接（用户 %2）：密码错误？</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="261"/>
        <source>the %1 answered the user name and password with %2, not RFC 1929</source>
        <translation>%1对用户名和密码应答了 %2，不符合 RFC 1929</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="264"/>
        <source>the %1 refused the user name or password (user %2)</source>
        <translation>%1拒绝了用户名或密码（用户 %2）</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="267"/>
        <source>the %1 chose an authentication method we did not offer (0x%2)</source>
        <translation>%1选择了我们未提供的认证方式（0x%2）</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="281"/>
        <source>the %1 answered CONNECT with %2, not SOCKS5</source>
        <translation>%1对 CONNECT 应答了 %2，不是 SOCKS5</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="288"/>
        <source>general SOCKS server failure (a busy or limited proxy says this too)</source>
        <translation>SOCKS 服务器一般故障（繁忙或受限的代理也会这样说）</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="289"/>
        <source>connection not allowed by its rules</source>
        <translation>其规则不允许该连接</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="290"/>
        <source>network unreachable</source>
        <translation>网络不可达</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="291"/>
        <source>host unreachable (or its name does not resolve there)</source>
        <translation>主机不可达（或其名称在那里无法解析）</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="292"/>
        <source>connection refused by destination</source>
        <translation>目标拒绝了连接</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="293"/>
        <source>TTL expired (the destination did not answer in time)</source>
        <translation>TTL 已过期（目标未及时应答）</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="294"/>
        <source>command not supported</source>
        <translation>不支持该命令</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="295"/>
        <source>address type not supported</source>
        <translation>不支持该地址类型</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="296"/>
        <source>an unassigned reply code</source>
        <translation>未分配的应答代码</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="298"/>
        <source>the %1 refused: %2 (reply %3)</source>
        <translation>%1拒绝了：%2（应答 %3）</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="316"/>
        <source>the %1&apos;s answer carries an unknown address type (0x%2)</source>
        <translation>%1的应答含有未知的地址类型（0x%2）</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="331"/>
        <source>the host name cannot be sent to an HTTP proxy</source>
        <translation>该主机名无法发送给 HTTP 代理</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="338"/>
        <source>the proxy user name or password contains a control character</source>
        <translation>代理用户名或密码含有控制字符</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="341"/>
        <source>an HTTP proxy user name cannot contain &apos;:&apos; (RFC 7617)</source>
        <translation>HTTP 代理用户名不能包含 &apos;:&apos;（RFC 7617）</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="354"/>
        <source>the %1 answered with more than %2 header lines</source>
        <translation>%1的应答超过 %2 个头部行</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="365"/>
        <source>the proxy at %1:%2 did not answer as an HTTP proxy: &quot;%3&quot; (it sounds like a SOCKS5 proxy: use socks5://)</source>
        <translation>%1:%2 上的代理未以 HTTP 代理方式应答：“%3”（听起来像 SOCKS5 代理：请使用 socks5://）</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="366"/>
        <source>the proxy at %1:%2 did not answer as an HTTP proxy: &quot;%3&quot;</source>
        <translation>%1:%2 上的代理未以 HTTP 代理方式应答：“%3”</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="379"/>
        <source>the %1 refused the user name or password (user %2): %3</source>
        <translation>%1拒绝了用户名或密码（用户 %2）：%3</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="380"/>
        <source>the %1 wants a user name and password (http://USER@HOST:PORT with the password from a file or the environment): %2</source>
        <translation>%1要求用户名和密码（http://USER@HOST:PORT，密码来自文件或环境变量）：%2</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="383"/>
        <source>the %1 is busy: %2</source>
        <translation>%1繁忙：%2</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="385"/>
        <source>the %1 could not reach the server in time: %2</source>
        <translation>%1未能及时连接到服务器：%2</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="387"/>
        <source>the %1 could not reach the server: %2</source>
        <translation>%1无法连接到服务器：%2</translation>
    </message>
    <message>
        <location filename="../core/net/proxy_handshake.cpp" line="391"/>
        <source>the %1 refused: %2</source>
        <translation>%1拒绝了：%2</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_factory.cpp" line="23"/>
        <source>adding %1 = %2</source>
        <translation>添加 %1 = %2 时</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_factory.cpp" line="43"/>
        <source>no key to certify or to sign with</source>
        <translation>没有要认证或用于签名的密钥</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_factory.cpp" line="54"/>
        <source>building the certificate</source>
        <translation>构建证书时</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_factory.cpp" line="83"/>
        <source>adding subjectAltName</source>
        <translation>添加 subjectAltName 时</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_factory.cpp" line="89"/>
        <source>signing the certificate</source>
        <translation>签署证书时</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_factory.cpp" line="129"/>
        <source>a server certificate needs at least one subjectAltName, e.g. --san DNS:mail.example.org (mail clients ignore the CN)</source>
        <translation>服务器证书至少需要一个 subjectAltName，例如 --san DNS:mail.example.org（邮件客户端会忽略 CN）</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_factory.cpp" line="132"/>
        <source>the certificate needs a subject (--cn)</source>
        <translation>证书需要主题（--cn）</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_factory.cpp" line="134"/>
        <source>a CA certificate needs a subject (--cn)</source>
        <translation>CA 证书需要主题（--cn）</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_factory.cpp" line="137"/>
        <source>validity of %1 days is out of range (1 to 36500)</source>
        <translation>%1 天的有效期超出范围（1 至 36500）</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_factory.cpp" line="142"/>
        <source>not-after (%1) is not later than not-before (%2)</source>
        <translation>not-after（%1）不晚于 not-before（%2）</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_factory.cpp" line="171"/>
        <source>no issuer certificate</source>
        <translation>没有签发者证书</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_factory.cpp" line="175"/>
        <source>the CA key does not belong to the CA certificate</source>
        <translation>CA 密钥与 CA 证书不匹配</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_factory.cpp" line="179"/>
        <source>no serial number</source>
        <translation>没有序列号</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_request.cpp" line="32"/>
        <source>no key for the request</source>
        <translation>请求没有密钥</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_request.cpp" line="36"/>
        <source>a request needs a subject (--cn) or SANs (--san)</source>
        <translation>请求需要主题（--cn）或 SAN（--san）</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_request.cpp" line="43"/>
        <source>building the request</source>
        <translation>构建请求时</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_request.cpp" line="52"/>
        <location filename="../core/pki/certificate_request.cpp" line="56"/>
        <source>adding the SAN request</source>
        <translation>添加 SAN 请求时</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_request.cpp" line="62"/>
        <source>signing the request</source>
        <translation>签署请求时</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_request.cpp" line="72"/>
        <source>the request</source>
        <translation>该请求</translation>
    </message>
    <message>
        <location filename="../core/pki/certificate_request.cpp" line="84"/>
        <source>%1 holds no certificate request (PEM &quot;CERTIFICATE REQUEST&quot; or DER expected)</source>
        <translation>%1 中没有证书请求（应为 PEM “CERTIFICATE REQUEST” 或 DER）</translation>
    </message>
    <message>
        <location filename="../core/pki/dane_records.cpp" line="78"/>
        <location filename="../core/pki/dane_records.cpp" line="112"/>
        <location filename="../core/x509/certificate_loader.cpp" line="148"/>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <location filename="../core/pki/dane_records.cpp" line="94"/>
        <location filename="../core/x509/certificate_loader.cpp" line="165"/>
        <source>PEM block %1 is damaged or truncated</source>
        <translation>PEM 块 %1 已损坏或被截断</translation>
    </message>
    <message>
        <location filename="../core/pki/dane_records.cpp" line="106"/>
        <source>PEM block %1 (PUBLIC KEY) is not a readable public key</source>
        <translation>PEM 块 %1（PUBLIC KEY）不是可读取的公钥</translation>
    </message>
    <message>
        <location filename="../core/pki/dane_records.cpp" line="154"/>
        <source>%1: is empty</source>
        <translation>%1：为空</translation>
    </message>
    <message>
        <location filename="../core/pki/dane_records.cpp" line="244"/>
        <source>%1: cannot encode the key&apos;s public part</source>
        <translation>%1：无法编码密钥的公钥部分</translation>
    </message>
    <message>
        <location filename="../core/pki/dane_records.cpp" line="252"/>
        <source>%1: cannot encode the public key</source>
        <translation>%1：无法编码公钥</translation>
    </message>
    <message>
        <location filename="../core/pki/dane_records.cpp" line="258"/>
        <source>%1: holds no certificate or key to make a TLSA record from</source>
        <translation>%1：没有可用于生成 TLSA 记录的证书或密钥</translation>
    </message>
    <message>
        <location filename="../core/pki/dane_records.cpp" line="267"/>
        <source>certificate or key file</source>
        <translation>证书或密钥文件</translation>
    </message>
    <message>
        <location filename="../core/pki/dh_parameters.cpp" line="41"/>
        <source>DH parameters of %1 bits are not offered (2048, 3072 or 4096)</source>
        <translation>不提供 %1 位的 DH 参数（可选 2048、3072 或 4096）</translation>
    </message>
    <message>
        <location filename="../core/pki/dh_parameters.cpp" line="47"/>
        <source>preparing DH parameter generation</source>
        <translation>准备生成 DH 参数时</translation>
    </message>
    <message>
        <location filename="../core/pki/dh_parameters.cpp" line="60"/>
        <source>DH parameter generation cancelled</source>
        <translation>DH 参数生成已取消</translation>
    </message>
    <message>
        <location filename="../core/pki/dh_parameters.cpp" line="64"/>
        <source>generating %1-bit DH parameters</source>
        <translation>生成 %1 位 DH 参数时</translation>
    </message>
    <message>
        <location filename="../core/pki/dh_parameters.cpp" line="68"/>
        <source>writing DH parameters</source>
        <translation>写入 DH 参数时</translation>
    </message>
    <message>
        <location filename="../core/pki/mini_ca.cpp" line="40"/>
        <location filename="../core/pki/output_file.cpp" line="26"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/pki/mini_ca.cpp" line="71"/>
        <source>no parent CA</source>
        <translation>没有上级 CA</translation>
    </message>
    <message>
        <location filename="../core/pki/mini_ca.cpp" line="84"/>
        <source>a CA needs a name (--cn &quot;Example Mail CA&quot;)</source>
        <translation>CA 需要名称（--cn &quot;Example Mail CA&quot;）</translation>
    </message>
    <message>
        <location filename="../core/pki/mini_ca.cpp" line="89"/>
        <source>%1 already holds a CA (%2); choose another directory</source>
        <translation>%1 中已有一个 CA（%2）；请选择其他目录</translation>
    </message>
    <message>
        <location filename="../core/pki/mini_ca.cpp" line="93"/>
        <source>cannot create CA directory %1: a file of that name exists</source>
        <translation>无法创建 CA 目录 %1：已存在同名文件</translation>
    </message>
    <message>
        <location filename="../core/pki/mini_ca.cpp" line="98"/>
        <source>cannot create CA directory %1</source>
        <translation>无法创建 CA 目录 %1</translation>
    </message>
    <message>
        <location filename="../core/pki/mini_ca.cpp" line="164"/>
        <source>%1 is not a CA directory (no %2; create one with &apos;mailtls cert ca init&apos;)</source>
        <translation>%1 不是 CA 目录（没有 %2；请用 &apos;mailtls cert ca init&apos; 创建）</translation>
    </message>
    <message>
        <location filename="../core/pki/mini_ca.cpp" line="174"/>
        <source>%1 holds no certificate</source>
        <translation>%1 中没有证书</translation>
    </message>
    <message>
        <location filename="../core/pki/mini_ca.cpp" line="183"/>
        <source>%1 does not belong to %2</source>
        <translation>%1 与 %2 不匹配</translation>
    </message>
    <message>
        <location filename="../core/pki/mini_ca.cpp" line="187"/>
        <source>%1 is not a CA certificate</source>
        <translation>%1 不是 CA 证书</translation>
    </message>
    <message>
        <location filename="../core/pki/mini_ca.cpp" line="238"/>
        <source>%1 does not hold a positive hex serial number</source>
        <translation>%1 中没有正的十六进制序列号</translation>
    </message>
    <message>
        <location filename="../core/pki/mini_ca.cpp" line="275"/>
        <source>no certificate request</source>
        <translation>没有证书请求</translation>
    </message>
    <message>
        <location filename="../core/pki/mini_ca.cpp" line="280"/>
        <source>the request&apos;s signature does not verify: it was altered or not made with its key</source>
        <translation>请求的签名验证失败：请求已被篡改，或并非用其密钥生成</translation>
    </message>
    <message>
        <location filename="../core/pki/mini_ca.cpp" line="292"/>
        <source>the CA is not open</source>
        <translation>CA 未打开</translation>
    </message>
    <message>
        <location filename="../core/pki/mini_ca.cpp" line="311"/>
        <source>the CA in %1 is busy (another signature in progress, lock file %2)</source>
        <translation>%1 中的 CA 正忙（另一个签署正在进行，锁文件 %2）</translation>
    </message>
    <message>
        <location filename="../core/pki/output_file.cpp" line="94"/>
        <source>an output file name is empty</source>
        <translation>有一个输出文件名为空</translation>
    </message>
    <message>
        <location filename="../core/pki/output_file.cpp" line="98"/>
        <source>%1 is named as two different outputs</source>
        <translation>%1 被指定为两个不同的输出</translation>
    </message>
    <message>
        <location filename="../core/pki/output_file.cpp" line="102"/>
        <source>cannot write %1: it is a directory</source>
        <translation>无法写入 %1：这是一个目录</translation>
    </message>
    <message>
        <location filename="../core/pki/output_file.cpp" line="105"/>
        <location filename="../core/pki/output_file.cpp" line="169"/>
        <source>%1 already exists (use --force to replace it)</source>
        <translation>%1 已存在（使用 --force 替换）</translation>
    </message>
    <message>
        <location filename="../core/pki/output_file.cpp" line="109"/>
        <source>cannot write %1: directory %2 does not exist</source>
        <translation>无法写入 %1：目录 %2 不存在</translation>
    </message>
    <message>
        <location filename="../core/pki/output_file.cpp" line="112"/>
        <source>cannot write %1: %2 is not a directory</source>
        <translation>无法写入 %1：%2 不是目录</translation>
    </message>
    <message>
        <location filename="../core/pki/pkcs12_bundle.cpp" line="19"/>
        <source>a PKCS#12 bundle needs a certificate and its key</source>
        <translation>PKCS#12 包需要证书及其密钥</translation>
    </message>
    <message>
        <location filename="../core/pki/pkcs12_bundle.cpp" line="23"/>
        <source>a PKCS#12 bundle needs a passphrase</source>
        <translation>PKCS#12 包需要口令</translation>
    </message>
    <message>
        <location filename="../core/pki/pkcs12_bundle.cpp" line="28"/>
        <source>the key does not belong to the certificate (%1)</source>
        <translation>密钥与证书（%1）不匹配</translation>
    </message>
    <message>
        <location filename="../core/pki/pkcs12_bundle.cpp" line="36"/>
        <source>collecting the chain</source>
        <translation>收集证书链时</translation>
    </message>
    <message>
        <location filename="../core/pki/pkcs12_bundle.cpp" line="45"/>
        <source>building the PKCS#12 bundle</source>
        <translation>构建 PKCS#12 包时</translation>
    </message>
    <message>
        <location filename="../core/pki/pkcs12_bundle.cpp" line="51"/>
        <source>encoding the PKCS#12 bundle</source>
        <translation>编码 PKCS#12 包时</translation>
    </message>
    <message>
        <location filename="../core/pki/private_key.cpp" line="104"/>
        <source>generating a %1 key</source>
        <translation>生成 %1 密钥时</translation>
    </message>
    <message>
        <location filename="../core/pki/private_key.cpp" line="115"/>
        <source>the key</source>
        <translation>该密钥</translation>
    </message>
    <message>
        <location filename="../core/pki/private_key.cpp" line="117"/>
        <source>%1 is empty</source>
        <translation>%1 为空</translation>
    </message>
    <message>
        <location filename="../core/pki/private_key.cpp" line="125"/>
        <source>reading %1</source>
        <translation>读取 %1 时</translation>
    </message>
    <message>
        <location filename="../core/pki/private_key.cpp" line="139"/>
        <source>%1 is encrypted: give its passphrase (--passphrase-file)</source>
        <translation>%1 已加密：请提供其口令（--passphrase-file）</translation>
    </message>
    <message>
        <location filename="../core/pki/private_key.cpp" line="141"/>
        <source>wrong passphrase for %1</source>
        <translation>%1 的口令错误</translation>
    </message>
    <message>
        <location filename="../core/pki/private_key.cpp" line="144"/>
        <source>%1 holds no private key OpenSSL can read (PEM or DER expected)</source>
        <translation>%1 中没有 OpenSSL 可读取的私钥（应为 PEM 或 DER）</translation>
    </message>
    <message>
        <location filename="../core/pki/subject_name.cpp" line="50"/>
        <source>unknown subject attribute &apos;%1&apos; (use CN, O, OU, C, ST, L, emailAddress, ...)</source>
        <translation>未知的主题属性 &apos;%1&apos;（请使用 CN、O、OU、C、ST、L、emailAddress 等）</translation>
    </message>
    <message>
        <location filename="../core/pki/subject_name.cpp" line="52"/>
        <source>subject attribute %1 has an empty value</source>
        <translation>主题属性 %1 的值为空</translation>
    </message>
    <message>
        <location filename="../core/pki/subject_name.cpp" line="56"/>
        <source>C must be a two-letter country code such as DE or TW, not &apos;%1&apos;</source>
        <translation>C 必须是两个字母的国家代码，例如 DE 或 TW，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/pki/subject_name.cpp" line="60"/>
        <source>CN is %1 characters long; at most 64 are allowed (put long names in --san)</source>
        <translation>CN 长 %1 个字符；最多允许 64 个（长名称请放入 --san）</translation>
    </message>
    <message>
        <location filename="../core/pki/subject_name.cpp" line="81"/>
        <source>&apos;%1&apos; in the subject has no &apos;=&apos; (write NAME=VALUE, e.g. O=Example)</source>
        <translation>主题中的 &apos;%1&apos; 没有 &apos;=&apos;（请写成 NAME=VALUE，例如 O=Example）</translation>
    </message>
    <message>
        <location filename="../core/pki/subject_name.cpp" line="84"/>
        <source>an attribute in the subject has no name before &apos;=&apos;</source>
        <translation>主题中有一个属性在 &apos;=&apos; 前没有名称</translation>
    </message>
    <message>
        <location filename="../core/pki/subject_name.cpp" line="100"/>
        <source>the subject ends with a lone backslash</source>
        <translation>主题以单独的反斜杠结尾</translation>
    </message>
    <message>
        <location filename="../core/pki/subject_name.cpp" line="131"/>
        <source>unexpected &apos;%1&apos; after a quoted value in the subject</source>
        <translation>主题中带引号的值后出现意外的 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/pki/subject_name.cpp" line="146"/>
        <source>a quoted value in the subject is not closed</source>
        <translation>主题中带引号的值没有闭合</translation>
    </message>
    <message>
        <location filename="../core/report/domain_json.cpp" line="418"/>
        <source>not a domain report (no &quot;schema&quot;)</source>
        <translation>不是域名报告（没有 &quot;schema&quot;）</translation>
    </message>
    <message>
        <location filename="../core/report/domain_json.cpp" line="419"/>
        <source>not a domain report: schema &quot;%1&quot;</source>
        <translation>不是域名报告：schema &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/report/domain_json.cpp" line="463"/>
        <source>addresses[%1].session: %2</source>
        <translation>addresses[%1].session：%2</translation>
    </message>
    <message>
        <location filename="../core/report/domain_json.cpp" line="478"/>
        <source>not JSON: %1 at byte %2</source>
        <translation>不是 JSON：%1（第 %2 字节）</translation>
    </message>
    <message>
        <location filename="../core/report/domain_json.cpp" line="479"/>
        <source>not a domain report: the top level is not an object</source>
        <translation>不是域名报告：顶层不是对象</translation>
    </message>
    <message>
        <location filename="../core/report/domain_records.cpp" line="37"/>
        <source>%1 &quot;%2&quot; is not a host name</source>
        <translation>%1 &quot;%2&quot; 不是主机名</translation>
    </message>
    <message>
        <location filename="../core/report/domain_records.cpp" line="40"/>
        <source>%1 &quot;%2&quot; is not a fully qualified host name</source>
        <translation>%1 &quot;%2&quot; 不是完全限定的主机名</translation>
    </message>
    <message>
        <location filename="../core/report/domain_records.cpp" line="48"/>
        <source>%1 &quot;%2&quot; is not a host name (label &quot;%3&quot;)</source>
        <translation>%1 &quot;%2&quot; 不是主机名（标签 &quot;%3&quot;）</translation>
    </message>
    <message>
        <location filename="../core/report/domain_records.cpp" line="62"/>
        <source>--rua &quot;%1&quot; must be a mailto: or https: URI (RFC 8460)</source>
        <translation>--rua &quot;%1&quot; 必须是 mailto: 或 https: URI（RFC 8460）</translation>
    </message>
    <message>
        <location filename="../core/report/domain_records.cpp" line="66"/>
        <source>--rua &quot;%1&quot;: percent-encode &apos;%2&apos; (commas and semicolons separate the record&apos;s parts; the record is ASCII)</source>
        <translation>--rua &quot;%1&quot;：请对 &apos;%2&apos; 进行百分号编码（逗号和分号用于分隔记录的各部分；记录只能是 ASCII）</translation>
    </message>
    <message>
        <location filename="../core/report/domain_records.cpp" line="74"/>
        <source>--rua &quot;%1&quot; is not a mailto: address</source>
        <translation>--rua &quot;%1&quot; 不是 mailto: 地址</translation>
    </message>
    <message>
        <location filename="../core/report/domain_records.cpp" line="76"/>
        <source>--rua &quot;%1&quot; is not an https:// URL</source>
        <translation>--rua &quot;%1&quot; 不是 https:// URL</translation>
    </message>
    <message>
        <location filename="../core/report/domain_records.cpp" line="181"/>
        <source>name the domain&apos;s MX hosts (--mx HOST, once per host)</source>
        <translation>请指定该域名的 MX 主机（--mx HOST，每个主机一次）</translation>
    </message>
    <message>
        <location filename="../core/report/domain_records.cpp" line="186"/>
        <source>--sts-mode &quot;%1&quot;: enforce, testing or none</source>
        <translation>--sts-mode &quot;%1&quot;：应为 enforce、testing 或 none</translation>
    </message>
    <message>
        <location filename="../core/report/domain_records.cpp" line="189"/>
        <source>--sts-max-age %1: from 0 to %2 seconds (RFC 8461)</source>
        <translation>--sts-max-age %1：应为 0 到 %2 秒（RFC 8461）</translation>
    </message>
    <message>
        <location filename="../core/report/domain_records.cpp" line="198"/>
        <source>--sts-id &quot;%1&quot;: 1 to 32 letters and digits (RFC 8461)</source>
        <translation>--sts-id &quot;%1&quot;：应为 1 到 32 个字母和数字（RFC 8461）</translation>
    </message>
    <message>
        <location filename="../core/report/html_report.cpp" line="903"/>
        <source>needs a file name</source>
        <translation>需要文件名</translation>
    </message>
    <message>
        <location filename="../core/report/html_report.cpp" line="906"/>
        <source>is a directory</source>
        <translation>是一个目录</translation>
    </message>
    <message>
        <location filename="../core/report/html_report.cpp" line="909"/>
        <source>directory %1 does not exist</source>
        <translation>目录 %1 不存在</translation>
    </message>
    <message>
        <location filename="../core/report/html_report.cpp" line="911"/>
        <source>directory %1 is not writable</source>
        <translation>目录 %1 不可写</translation>
    </message>
    <message>
        <location filename="../core/report/html_report.cpp" line="913"/>
        <source>file is not writable</source>
        <translation>文件不可写</translation>
    </message>
    <message>
        <location filename="../core/report/json_report.cpp" line="335"/>
        <source>target.port %1 is out of range</source>
        <translation>target.port %1 超出范围</translation>
    </message>
    <message>
        <location filename="../core/report/json_report.cpp" line="383"/>
        <source>tls.cipher.code &quot;%1&quot; is not a hex suite code</source>
        <translation>tls.cipher.code &quot;%1&quot; 不是十六进制套件代码</translation>
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
        <translation>scan.ciphers.%1[%2].code &quot;%3&quot; 不是十六进制套件代码</translation>
    </message>
    <message>
        <location filename="../core/report/json_report.cpp" line="738"/>
        <source>scan.dhe_failing: &quot;%1&quot; is not a hex suite code</source>
        <translation>scan.dhe_failing：&quot;%1&quot; 不是十六进制套件代码</translation>
    </message>
    <message>
        <location filename="../core/report/json_report.cpp" line="758"/>
        <source>scan.served_chains[%1][%2] is not a PEM certificate</source>
        <translation>scan.served_chains[%1][%2] 不是 PEM 证书</translation>
    </message>
    <message>
        <location filename="../core/report/json_report.cpp" line="784"/>
        <source>started_at &quot;%1&quot; is not an ISO 8601 time</source>
        <translation>started_at &quot;%1&quot; 不是 ISO 8601 时间</translation>
    </message>
    <message>
        <location filename="../core/report/json_report.cpp" line="798"/>
        <source>transcript[%1].dir &quot;%2&quot; is not C, S, tls or note</source>
        <translation>transcript[%1].dir &quot;%2&quot; 不是 C、S、tls 或 note</translation>
    </message>
    <message>
        <location filename="../core/report/json_report.cpp" line="839"/>
        <source>certificates[%1] has no readable &quot;pem&quot;</source>
        <translation>certificates[%1] 没有可读的 &quot;pem&quot;</translation>
    </message>
    <message>
        <location filename="../core/report/json_report.cpp" line="1042"/>
        <source>not JSON: %1 at offset %2</source>
        <translation>不是 JSON：%1（偏移 %2）</translation>
    </message>
    <message>
        <location filename="../core/report/json_report.cpp" line="1045"/>
        <source>not a mailtls report: the JSON is not an object</source>
        <translation>不是 mailtls 报告：JSON 不是对象</translation>
    </message>
    <message>
        <location filename="../core/report/json_report.cpp" line="1049"/>
        <source>not a mailtls report: no &quot;schema&quot; key</source>
        <translation>不是 mailtls 报告：没有 &quot;schema&quot; 键</translation>
    </message>
    <message>
        <location filename="../core/report/json_report.cpp" line="1051"/>
        <source>unsupported schema &quot;%1&quot; (this version reads %2)</source>
        <translation>不支持的 schema &quot;%1&quot;（此版本读取 %2）</translation>
    </message>
    <message>
        <location filename="../core/report/json_report.cpp" line="1056"/>
        <source>damaged report: %1</source>
        <translation>报告已损坏：%1</translation>
    </message>
    <message>
        <location filename="../core/report/json_report.cpp" line="1065"/>
        <source>saved report</source>
        <translation>已保存的报告</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="59"/>
        <source>targets[%1] has no host</source>
        <translation>targets[%1] 没有主机</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="64"/>
        <source>targets[%1].port is not a port number</source>
        <translation>targets[%1].port 不是端口号</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="181"/>
        <source>not a workspace: not JSON (%1 at offset %2)</source>
        <translation>不是工作区：不是 JSON（%1，偏移 %2）</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="184"/>
        <source>not a workspace: the JSON is not an object</source>
        <translation>不是工作区：JSON 不是对象</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="188"/>
        <source>not a workspace: no &quot;schema&quot; key</source>
        <translation>不是工作区：没有 &quot;schema&quot; 键</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="190"/>
        <source>this is a single report (%1), not a workspace</source>
        <translation>这是单个报告（%1），不是工作区</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="195"/>
        <source>written by a newer version of mailtls (%1); this version reads %2</source>
        <translation>由较新版本的 mailtls 写入（%1）；此版本读取 %2</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="197"/>
        <source>not a mailtls workspace: schema &quot;%1&quot;</source>
        <translation>不是 mailtls 工作区：schema &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="207"/>
        <source>damaged workspace: saved_at &quot;%1&quot; is not an ISO 8601 time</source>
        <translation>工作区已损坏：saved_at &quot;%1&quot; 不是 ISO 8601 时间</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="212"/>
        <source>damaged workspace: targets is not a list</source>
        <translation>工作区已损坏：targets 不是列表</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="216"/>
        <source>damaged workspace: targets[%1] is not an object</source>
        <translation>工作区已损坏：targets[%1] 不是对象</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="220"/>
        <source>damaged workspace: %1</source>
        <translation>工作区已损坏：%1</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="225"/>
        <source>damaged workspace: reports is not a list</source>
        <translation>工作区已损坏：reports 不是列表</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="229"/>
        <source>damaged workspace: reports[%1] is not an object</source>
        <translation>工作区已损坏：reports[%1] 不是对象</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="234"/>
        <source>damaged workspace: reports[%1]: %2</source>
        <translation>工作区已损坏：reports[%1]：%2</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="239"/>
        <source>damaged workspace: domains is not a list</source>
        <translation>工作区已损坏：domains 不是列表</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="245"/>
        <source>damaged workspace: domains[%1]: %2</source>
        <translation>工作区已损坏：domains[%1]：%2</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="247"/>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="252"/>
        <source>damaged workspace: fleet is not an object</source>
        <translation>工作区已损坏：fleet 不是对象</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="256"/>
        <source>damaged workspace: fleet.targets is not a string</source>
        <translation>工作区已损坏：fleet.targets 不是字符串</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="260"/>
        <source>damaged workspace: fleet.reports is not a list</source>
        <translation>工作区已损坏：fleet.reports 不是列表</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="264"/>
        <source>damaged workspace: fleet.reports[%1] is not an object</source>
        <translation>工作区已损坏：fleet.reports[%1] 不是对象</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="268"/>
        <source>damaged workspace: fleet.reports[%1]: %2</source>
        <translation>工作区已损坏：fleet.reports[%1]：%2</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="273"/>
        <source>damaged workspace: notes is not text</source>
        <translation>工作区已损坏：notes 不是文本</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="301"/>
        <source>cannot save the workspace to %1: %2</source>
        <translation>无法将工作区保存到 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/report/workspace.cpp" line="311"/>
        <source>cannot open %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <location filename="../core/scan/scanner.cpp" line="213"/>
        <location filename="../core/scan/scanner.cpp" line="220"/>
        <source>scan stopped</source>
        <translation>扫描已停止</translation>
    </message>
    <message>
        <location filename="../core/scan/scanner.cpp" line="370"/>
        <source>the server answered none of %1 connection(s) in a row over %2 s: %3</source>
        <translation>服务器在 %2 秒内连续 %1 个连接均未应答：%3</translation>
    </message>
    <message>
        <location filename="../core/scan/scanner.cpp" line="374"/>
        <source>the server answered none of %1 connection(s) in a row: %2</source>
        <translation>服务器连续 %1 个连接均未应答：%2</translation>
    </message>
    <message>
        <location filename="../core/scan/scanner.cpp" line="381"/>
        <source>the server stayed busy after %1 retries: %2</source>
        <translation>重试 %1 次后服务器仍然繁忙：%2</translation>
    </message>
    <message>
        <location filename="../core/scan/scanner.cpp" line="482"/>
        <source>no answer to the ClientHello within %1 s</source>
        <translation>%1 秒内 ClientHello 未得到应答</translation>
    </message>
    <message>
        <location filename="../core/scan/scanner.cpp" line="486"/>
        <source>no further reply within %1 s</source>
        <translation>%1 秒内没有进一步的应答</translation>
    </message>
    <message>
        <location filename="../core/scan/scanner.cpp" line="1253"/>
        <source>not tried: the scan stopped (%1)</source>
        <translation>未尝试：扫描已停止（%1）</translation>
    </message>
    <message>
        <location filename="../core/scan/scanner.cpp" line="1408"/>
        <source>the scan ran past --max-time %1 s after %2 connection(s); its results are incomplete</source>
        <translation>扫描在 %2 个连接后超过了 --max-time %1 秒；结果不完整</translation>
    </message>
    <message>
        <location filename="../core/scan/scanner.cpp" line="1424"/>
        <source>no TLS answer to any of %1 offers within %2 s each</source>
        <translation>%1 个提议在各自 %2 秒内均未得到 TLS 应答</translation>
    </message>
    <message>
        <location filename="../core/scan/starttls_probes.cpp" line="484"/>
        <source>a literal of %1 bytes (limit %2)</source>
        <translation>一个 %1 字节的字面量（上限 %2）</translation>
    </message>
    <message>
        <location filename="../core/scan/starttls_probes.cpp" line="512"/>
        <source>not a POP3 status line: %1</source>
        <translation>不是 POP3 状态行：%1</translation>
    </message>
    <message>
        <location filename="../core/protocol/imap_dialogue.cpp" line="82"/>
        <source>a response with too many or too long literals</source>
        <translation>响应含有过多或过长的字面量</translation>
    </message>
    <message>
        <location filename="../core/protocol/imap_dialogue.cpp" line="111"/>
        <location filename="../core/protocol/sieve_dialogue.cpp" line="118"/>
        <location filename="../core/protocol/sieve_dialogue.cpp" line="131"/>
        <source>unexpected line &quot;%1&quot;</source>
        <translation>意外的行“%1”</translation>
    </message>
    <message>
        <location filename="../core/protocol/imap_dialogue.cpp" line="123"/>
        <location filename="../core/protocol/sieve_dialogue.cpp" line="136"/>
        <location filename="../core/scan/starttls_probes.cpp" line="516"/>
        <source>a response of more than %1 lines</source>
        <translation>超过 %1 行的响应</translation>
    </message>
    <message>
        <location filename="../core/protocol/imap_dialogue.cpp" line="140"/>
        <source>the greeting &quot;%1&quot; (expected &quot;* OK&quot;)</source>
        <translation>问候语“%1”（应为“* OK”）</translation>
    </message>
    <message>
        <location filename="../core/wire/client_hello_builder.cpp" line="78"/>
        <source>unsupported version 0x%1</source>
        <translation>不支持的版本 0x%1</translation>
    </message>
    <message>
        <location filename="../core/wire/client_hello_builder.cpp" line="80"/>
        <source>a ClientHello carries 1-%1 suites, not %2</source>
        <translation>ClientHello 只能携带 1-%1 个密码套件，而不是 %2 个</translation>
    </message>
    <message>
        <location filename="../core/wire/client_hello_builder.cpp" line="122"/>
        <source>key shares can only be generated for x25519</source>
        <translation>只能为 x25519 生成密钥共享（key share）</translation>
    </message>
    <message>
        <location filename="../core/wire/client_hello_builder.cpp" line="127"/>
        <source>x25519 key generation failed</source>
        <translation>x25519 密钥生成失败</translation>
    </message>
    <message>
        <location filename="../core/x509/subject_alt_names.cpp" line="44"/>
        <source>&apos;%1&apos; is not a valid DNS name</source>
        <translation>&apos;%1&apos; 不是有效的 DNS 名称</translation>
    </message>
    <message>
        <location filename="../core/x509/subject_alt_names.cpp" line="48"/>
        <source>DNS name &apos;%1&apos; is longer than 253 characters</source>
        <translation>DNS 名称 &apos;%1&apos; 超过 253 个字符</translation>
    </message>
    <message>
        <location filename="../core/x509/subject_alt_names.cpp" line="56"/>
        <source>DNS name &apos;%1&apos;: a wildcard may only be the whole leftmost label (*.example.org)</source>
        <translation>DNS 名称 &apos;%1&apos;：通配符只能是最左侧的整个标签（*.example.org）</translation>
    </message>
    <message>
        <location filename="../core/x509/subject_alt_names.cpp" line="59"/>
        <source>DNS name &apos;%1&apos; has an invalid label &apos;%2&apos; (letters, digits and &apos;-&apos; only, 1-63 characters)</source>
        <translation>DNS 名称 &apos;%1&apos; 含有无效标签 &apos;%2&apos;（仅限字母、数字和 &apos;-&apos;，1-63 个字符）</translation>
    </message>
    <message>
        <location filename="../core/x509/subject_alt_names.cpp" line="65"/>
        <source>wildcard &apos;%1&apos; covers a whole top-level domain</source>
        <translation>通配符 &apos;%1&apos; 覆盖了整个顶级域名</translation>
    </message>
    <message>
        <location filename="../core/x509/subject_alt_names.cpp" line="100"/>
        <source>&apos;%1&apos; is not an IPv4 or IPv6 address</source>
        <translation>&apos;%1&apos; 不是 IPv4 或 IPv6 地址</translation>
    </message>
    <message>
        <location filename="../core/x509/subject_alt_names.cpp" line="108"/>
        <source>&apos;%1&apos; is not an e-mail address (local@domain)</source>
        <translation>&apos;%1&apos; 不是电子邮件地址（local@domain）</translation>
    </message>
    <message>
        <location filename="../core/x509/subject_alt_names.cpp" line="116"/>
        <source>&apos;%1&apos; is not an absolute URI (scheme:...)</source>
        <translation>&apos;%1&apos; 不是绝对 URI（scheme:...）</translation>
    </message>
    <message>
        <location filename="../core/x509/subject_alt_names.cpp" line="148"/>
        <source>&apos;%1&apos;: give the type of each SAN (DNS:, IP:, email: or URI:)</source>
        <translation>&apos;%1&apos;：请为每个 SAN 指明类型（DNS:、IP:、email: 或 URI:）</translation>
    </message>
    <message>
        <location filename="../core/x509/subject_alt_names.cpp" line="152"/>
        <source>&apos;%1&apos; has an empty value</source>
        <translation>&apos;%1&apos; 的值为空</translation>
    </message>
    <message>
        <location filename="../core/x509/trust_store.cpp" line="43"/>
        <source>CA file %1: %2</source>
        <translation>CA 文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/x509/trust_store.cpp" line="47"/>
        <source>no file name given</source>
        <translation>未提供文件名</translation>
    </message>
    <message>
        <location filename="../core/x509/trust_store.cpp" line="50"/>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <location filename="../core/x509/trust_store.cpp" line="51"/>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../core/x509/trust_store.cpp" line="53"/>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location filename="../core/x509/trust_store.cpp" line="58"/>
        <source>contains no PEM certificate (expected &quot;-----BEGIN CERTIFICATE-----&quot; blocks)</source>
        <translation>不含 PEM 证书（应为 &quot;-----BEGIN CERTIFICATE-----&quot; 块）</translation>
    </message>
    <message>
        <location filename="../core/protocol/pop3_dialogue.cpp" line="54"/>
        <source>&quot;%1&quot; (expected +OK or -ERR)</source>
        <translation>“%1”（应为 +OK 或 -ERR）</translation>
    </message>
    <message>
        <location filename="../core/protocol/pop3_dialogue.cpp" line="63"/>
        <source>the greeting &quot;%1&quot; (expected +OK)</source>
        <translation>问候语“%1”（应为 +OK）</translation>
    </message>
    <message>
        <location filename="../core/protocol/pop3_dialogue.cpp" line="81"/>
        <source>a CAPA list of more than %1 lines</source>
        <translation>CAPA 列表超过 %1 行</translation>
    </message>
    <message>
        <location filename="../core/protocol/reply_parser.cpp" line="144"/>
        <source>reply line longer than %1 bytes without a line end: %2</source>
        <translation>回复行超过 %1 字节且没有行尾：%2</translation>
    </message>
    <message>
        <location filename="../core/protocol/reply_parser.cpp" line="156"/>
        <source>reply line of %1 bytes is longer than the limit of %2 bytes: %3</source>
        <translation>%1 字节的回复行超过了 %2 字节的上限：%3</translation>
    </message>
    <message>
        <location filename="../core/protocol/reply_parser.cpp" line="172"/>
        <source>reply line %1 does not start with a three-digit code: %2</source>
        <translation>回复第 %1 行不是以三位数代码开头：%2</translation>
    </message>
    <message>
        <location filename="../core/protocol/reply_parser.cpp" line="179"/>
        <source>reply code %1 is out of range (first digit 2-5, second 0-5): %2</source>
        <translation>回复代码 %1 超出范围（第一位 2-5，第二位 0-5）：%2</translation>
    </message>
    <message>
        <location filename="../core/protocol/reply_parser.cpp" line="190"/>
        <source>reply code is not followed by a space, a hyphen or the line end: %1</source>
        <translation>回复代码后面不是空格、连字符或行尾：%1</translation>
    </message>
    <message>
        <location filename="../core/protocol/reply_parser.cpp" line="200"/>
        <source>multi-line reply changes code from %1 to %2 on line %3: %4</source>
        <translation>多行回复在第 %3 行将代码从 %1 改为 %2：%4</translation>
    </message>
    <message>
        <location filename="../core/protocol/reply_parser.cpp" line="208"/>
        <source>reply has more than %1 lines</source>
        <translation>回复超过 %1 行</translation>
    </message>
    <message>
        <location filename="../core/protocol/reply_parser.cpp" line="222"/>
        <source>protocol error</source>
        <translation>协议错误</translation>
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
        <translation>格式错误的回复（%1）：%2</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="182"/>
        <source>LHLO was refused: %1</source>
        <translation>LHLO 被拒绝：%1</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="183"/>
        <source>EHLO and HELO were refused: %1</source>
        <translation>EHLO 和 HELO 均被拒绝：%1</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="192"/>
        <location filename="../core/protocol/session_engine.cpp" line="500"/>
        <location filename="../core/protocol/starttls_opener.cpp" line="126"/>
        <location filename="../core/protocol/starttls_opener.cpp" line="185"/>
        <source>after STARTTLS</source>
        <translation>在 STARTTLS 之后</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="200"/>
        <location filename="../core/protocol/session_engine.cpp" line="472"/>
        <source>waiting for the server&apos;s greeting</source>
        <translation>在等待服务器问候语时</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="212"/>
        <source>the server refused the session in its greeting (421: busy or limiting connections): %1</source>
        <translation>服务器在问候语中拒绝了会话（421：繁忙或限制连接）：%1</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="215"/>
        <location filename="../core/protocol/starttls_opener.cpp" line="110"/>
        <location filename="../core/protocol/starttls_opener.cpp" line="161"/>
        <source>the server refused the session in its greeting: %1</source>
        <translation>服务器在问候语中拒绝了会话：%1</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="217"/>
        <source>unexpected greeting (expected 220): %1</source>
        <translation>意外的问候语（应为 220）：%1</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="304"/>
        <location filename="../core/protocol/session_engine.cpp" line="307"/>
        <location filename="../core/protocol/session_engine.cpp" line="309"/>
        <location filename="../core/protocol/session_engine.cpp" line="311"/>
        <source>during AUTH</source>
        <translation>在 AUTH 期间</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="341"/>
        <source>after MAIL FROM</source>
        <translation>在 MAIL FROM 之后</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="349"/>
        <source>after RCPT TO</source>
        <translation>在 RCPT TO 之后</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="355"/>
        <location filename="../core/protocol/session_engine.cpp" line="361"/>
        <source>after RSET</source>
        <translation>在 RSET 之后</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="364"/>
        <source>after DATA</source>
        <translation>在 DATA 之后</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="389"/>
        <source>while sending the message</source>
        <translation>在发送邮件时</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="395"/>
        <source>after the message</source>
        <translation>在邮件之后</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="413"/>
        <location filename="../core/protocol/starttls_opener.cpp" line="36"/>
        <source>no greeting within %1 s</source>
        <translation>%1 秒内没有问候语</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="414"/>
        <source>waiting for the greeting that tells the dialect</source>
        <translation>在等待表明协议类型的问候语时</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="425"/>
        <source>--starttls auto: the greeting is not SMTP, IMAP, POP3 or ManageSieve</source>
        <translation>--starttls auto：问候语不是 SMTP、IMAP、POP3 或 ManageSieve</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="477"/>
        <source>the server refused the session in its greeting (busy or limiting connections): %1</source>
        <translation>服务器在问候语中拒绝了会话（繁忙或限制连接）：%1</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="483"/>
        <location filename="../core/protocol/starttls_opener.cpp" line="120"/>
        <source>after CAPABILITY</source>
        <translation>在 CAPABILITY 之后</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="517"/>
        <source>reading the capabilities over TLS</source>
        <translation>在通过 TLS 读取功能列表时</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="535"/>
        <source>during login</source>
        <translation>在登录期间</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="535"/>
        <source>during %1</source>
        <translation>在 %1 期间</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="666"/>
        <location filename="../core/protocol/starttls_opener.cpp" line="175"/>
        <source>after EHLO</source>
        <translation>在 EHLO 之后</translation>
    </message>
    <message>
        <location filename="../core/protocol/session_engine.cpp" line="710"/>
        <source>after EHLO over TLS</source>
        <translation>在通过 TLS 的 EHLO 之后</translation>
    </message>
    <message>
        <location filename="../core/protocol/sieve_dialogue.cpp" line="122"/>
        <source>a line with too many literals</source>
        <translation>一行含有过多的字面量</translation>
    </message>
    <message>
        <location filename="../core/protocol/smtp_dialogue.cpp" line="61"/>
        <source>hosts file</source>
        <translation>hosts 文件</translation>
    </message>
    <message>
        <location filename="../core/protocol/smtp_dialogue.cpp" line="177"/>
        <source>the server does not speak SMTP: %1</source>
        <translation>服务器不支持 SMTP：%1</translation>
    </message>
    <message>
        <location filename="../core/protocol/smtp_dialogue.cpp" line="183"/>
        <location filename="../core/protocol/text_dialogue.cpp" line="131"/>
        <location filename="../core/protocol/text_dialogue.cpp" line="153"/>
        <source>no complete reply within %1 s</source>
        <translation>%1 秒内没有完整的回复</translation>
    </message>
    <message>
        <location filename="../core/protocol/starttls_opener.cpp" line="33"/>
        <source>no greeting within %1 s (the TCP connect itself took %2 s)</source>
        <translation>%1 秒内没有问候语（TCP 连接本身就用了 %2 秒）</translation>
    </message>
    <message>
        <location filename="../core/protocol/starttls_opener.cpp" line="71"/>
        <location filename="../core/protocol/starttls_opener.cpp" line="143"/>
        <source>the server closed the connection before its greeting</source>
        <translation>服务器在发送问候语之前关闭了连接</translation>
    </message>
    <message>
        <location filename="../core/protocol/starttls_opener.cpp" line="96"/>
        <source>the greeting is not SMTP, IMAP, POP3 or ManageSieve</source>
        <translation>问候语不是 SMTP、IMAP、POP3 或 ManageSieve</translation>
    </message>
    <message>
        <location filename="../core/protocol/starttls_opener.cpp" line="123"/>
        <source>the %1 server does not offer STARTTLS</source>
        <translation>%1 服务器不提供 STARTTLS</translation>
    </message>
    <message>
        <location filename="../core/protocol/starttls_opener.cpp" line="130"/>
        <source>the server ended the session: %1</source>
        <translation>服务器结束了会话：%1</translation>
    </message>
    <message>
        <location filename="../core/protocol/starttls_opener.cpp" line="133"/>
        <location filename="../core/protocol/starttls_opener.cpp" line="192"/>
        <source>STARTTLS was refused: %1</source>
        <translation>STARTTLS 被拒绝：%1</translation>
    </message>
    <message>
        <location filename="../core/protocol/starttls_opener.cpp" line="158"/>
        <location filename="../core/protocol/starttls_opener.cpp" line="178"/>
        <location filename="../core/protocol/starttls_opener.cpp" line="189"/>
        <source>the server is busy: %1</source>
        <translation>服务器繁忙：%1</translation>
    </message>
    <message>
        <location filename="../core/protocol/starttls_opener.cpp" line="180"/>
        <source>EHLO was refused: %1</source>
        <translation>EHLO 被拒绝：%1</translation>
    </message>
    <message>
        <location filename="../core/protocol/starttls_opener.cpp" line="182"/>
        <source>the server does not offer STARTTLS</source>
        <translation>服务器不提供 STARTTLS</translation>
    </message>
    <message>
        <location filename="../core/protocol/text_dialogue.cpp" line="104"/>
        <source>the server does not speak %1: %2</source>
        <translation>服务器不支持 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/protocol/text_dialogue.cpp" line="138"/>
        <source>a line longer than %1 KiB</source>
        <translation>一行超过 %1 KiB</translation>
    </message>
    <message>
        <location filename="../core/protocol/text_dialogue.cpp" line="144"/>
        <source>a literal of %1 bytes (at most %2 KiB are read)</source>
        <translation>%1 字节的字面量（最多读取 %2 KiB）</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="95"/>
        <source>cannot create a TLS context</source>
        <translation>无法创建 TLS 上下文</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="103"/>
        <source>no usable cipher in the list &quot;%1&quot;</source>
        <translation>列表“%1”中没有可用的密码套件</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="107"/>
        <source>no usable TLS 1.3 suite in &quot;%1&quot;</source>
        <translation>“%1”中没有可用的 TLS 1.3 套件</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="114"/>
        <location filename="../core/tls/tls_client.cpp" line="118"/>
        <source>unknown TLS version &quot;%1&quot;</source>
        <translation>未知的 TLS 版本“%1”</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="123"/>
        <source>this OpenSSL cannot use the TLS version range %1 .. %2</source>
        <translation>此 OpenSSL 无法使用 TLS 版本范围 %1 .. %2</translation>
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
        <translation>“%1”中有未知的组</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="133"/>
        <source>unknown signature algorithm in &quot;%1&quot;</source>
        <translation>“%1”中有未知的签名算法</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="151"/>
        <source>cannot load CA file %1</source>
        <translation>无法加载 CA 文件 %1</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="158"/>
        <source>cannot load client certificate %1</source>
        <translation>无法加载客户端证书 %1</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="162"/>
        <source>cannot load client key %1</source>
        <translation>无法加载客户端密钥 %1</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="173"/>
        <source>the client key %1 does not belong to the client certificate %2</source>
        <translation>客户端密钥 %1 与客户端证书 %2 不匹配</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="180"/>
        <source>cannot create a TLS connection</source>
        <translation>无法创建 TLS 连接</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="231"/>
        <source>the server closed the TLS connection (close_notify) %1</source>
        <translation>服务器%1关闭了 TLS 连接（close_notify）</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="236"/>
        <source>the server sent a fatal %1 alert %2</source>
        <translation>服务器%2发送了致命的 %1 警报</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="237"/>
        <source>we sent a fatal %1 alert %2</source>
        <translation>我们%2发送了致命的 %1 警报</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="240"/>
        <source>the server sent a fatal %1 alert %2 (%3)</source>
        <translation>服务器%2发送了致命的 %1 警报（%3）</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="241"/>
        <source>we sent a fatal %1 alert %2 (%3)</source>
        <translation>我们%2发送了致命的 %1 警报（%3）</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="244"/>
        <source>the server closed the connection %1</source>
        <translation>服务器%1关闭了连接</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="246"/>
        <source>TLS error %1: %2</source>
        <translation>TLS 错误（%1）：%2</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="248"/>
        <source>TLS error %1 (OpenSSL error %2)</source>
        <translation>TLS 错误（%1）（OpenSSL 错误 %2）</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="279"/>
        <source>the TLS handshake timed out after %1 s</source>
        <translation>TLS 握手超时（%1 秒）</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="287"/>
        <source>during the handshake</source>
        <translation>在握手期间</translation>
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
        <translation>在请求重新协商时</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="309"/>
        <location filename="../core/tls/tls_client.cpp" line="337"/>
        <source>no answer to the renegotiation within %1 s</source>
        <translation>%1 秒内没有对重新协商的应答</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="335"/>
        <source>the server closed the connection during the renegotiation</source>
        <translation>服务器在重新协商期间关闭了连接</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="343"/>
        <source>during the renegotiation</source>
        <translation>在重新协商期间</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="440"/>
        <source>while sending</source>
        <translation>在发送时</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="467"/>
        <source>while reading</source>
        <translation>在读取时</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="546"/>
        <source>TLS is not configured</source>
        <translation>TLS 尚未配置</translation>
    </message>
    <message>
        <location filename="../core/tls/tls_client.cpp" line="562"/>
        <source>sending early data</source>
        <translation>在发送早期数据时</translation>
    </message>
    <message>
        <location filename="../core/model/proxy_settings.cpp" line="34"/>
        <source>a proxy is a URL: socks5://[USER@]HOST:PORT or http://[USER@]HOST:PORT</source>
        <translation>代理是一个 URL：socks5://[USER@]HOST:PORT 或 http://[USER@]HOST:PORT</translation>
    </message>
    <message>
        <location filename="../core/model/proxy_settings.cpp" line="45"/>
        <source>unknown proxy scheme &quot;%1&quot; (socks5://, socks5h:// or http://)</source>
        <translation>未知的代理协议“%1”（socks5://、socks5h:// 或 http://）</translation>
    </message>
    <message>
        <location filename="../core/model/proxy_settings.cpp" line="52"/>
        <source>a proxy URL has no path or query: %1://[USER@]HOST:PORT</source>
        <translation>代理 URL 不含路径或查询：%1://[USER@]HOST:PORT</translation>
    </message>
    <message>
        <location filename="../core/model/proxy_settings.cpp" line="59"/>
        <source>no password in the proxy URL (it would show in the process list and the shell history): give it with --proxy-pass-file FILE or MAILTLS_PROXY_PASSWORD</source>
        <translation>代理 URL 中不能含密码（它会出现在进程列表和 shell 历史中）：请用 --proxy-pass-file FILE 或 MAILTLS_PROXY_PASSWORD 提供</translation>
    </message>
    <message>
        <location filename="../core/model/proxy_settings.cpp" line="64"/>
        <source>the proxy URL names an empty user</source>
        <translation>代理 URL 中的用户名为空</translation>
    </message>
    <message>
        <location filename="../core/model/proxy_settings.cpp" line="70"/>
        <source>the proxy URL&apos;s host: %1</source>
        <translation>代理 URL 的主机：%1</translation>
    </message>
    <message>
        <location filename="../core/model/proxy_settings.cpp" line="70"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../core/model/proxy_settings.cpp" line="73"/>
        <source>the proxy URL&apos;s port must be 1 to 65535</source>
        <translation>代理 URL 的端口必须为 1 到 65535</translation>
    </message>
    <message>
        <location filename="../core/model/targets.cpp" line="79"/>
        <source>&apos;%1&apos;: expected &apos;:PORT&apos; after &apos;]&apos;</source>
        <translation>“%1”：&apos;]&apos; 之后应为 &apos;:PORT&apos;</translation>
    </message>
    <message>
        <location filename="../core/model/targets.cpp" line="106"/>
        <source>&apos;%1&apos;: no host name</source>
        <translation>“%1”：没有主机名</translation>
    </message>
    <message>
        <location filename="../core/model/targets.cpp" line="110"/>
        <source>&apos;%1&apos; is not a host name or address</source>
        <translation>“%1”不是主机名或地址</translation>
    </message>
    <message>
        <location filename="../core/model/targets.cpp" line="116"/>
        <source>&apos;%1&apos;: port must be 1-65535</source>
        <translation>“%1”：端口必须为 1-65535</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="99"/>
        <source>the %1 block is encrypted; give its passphrase (--passphrase-file)</source>
        <translation>%1 块已加密；请提供其口令（--passphrase-file）</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="100"/>
        <source>the %1 block: wrong passphrase</source>
        <translation>%1 块：口令错误</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="103"/>
        <source>DER private key is encrypted; give its passphrase (--passphrase-file)</source>
        <translation>DER 私钥已加密；请提供其口令（--passphrase-file）</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="104"/>
        <source>DER private key: wrong passphrase</source>
        <translation>DER 私钥：口令错误</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="127"/>
        <source>cannot re-read the %1 block</source>
        <translation>无法重新读取 %1 块</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="134"/>
        <source>the %1 block is not a readable private key</source>
        <translation>%1 块不是可读取的私钥</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="179"/>
        <source>PEM block %1 (%2) is not a valid certificate</source>
        <translation>PEM 块 %1（%2）不是有效的证书</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="190"/>
        <source>PEM block %1: %2</source>
        <translation>PEM 块 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="197"/>
        <source>PEM block %1 (PKCS7) is damaged</source>
        <translation>PEM 块 %1（PKCS7）已损坏</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="207"/>
        <source>has a &quot;-----BEGIN&quot; line but no complete PEM block</source>
        <translation>含有“-----BEGIN”行，但没有完整的 PEM 块</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="230"/>
        <source>PKCS#12 with an implausible MAC iteration count (%1): damaged</source>
        <translation>PKCS#12 的 MAC 迭代次数不合理（%1）：已损坏</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="244"/>
        <source>PKCS#12 is protected by a passphrase; give it with --passphrase-file</source>
        <translation>PKCS#12 受口令保护；请用 --passphrase-file 提供</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="245"/>
        <source>PKCS#12: wrong passphrase (the integrity check failed)</source>
        <translation>PKCS#12：口令错误（完整性检查失败）</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="256"/>
        <source>PKCS#12 contents cannot be read (wrong passphrase or damaged)</source>
        <translation>无法读取 PKCS#12 内容（口令错误或已损坏）</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="318"/>
        <source>PKCS#7 structure without certificates</source>
        <translation>不含证书的 PKCS#7 结构</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="331"/>
        <source>DER PKCS#8 private key cannot be decoded</source>
        <translation>无法解码 DER PKCS#8 私钥</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="380"/>
        <source>DER data that is neither a certificate, a private key, PKCS#7 nor PKCS#12 (truncated or damaged?)</source>
        <translation>DER 数据既不是证书、私钥，也不是 PKCS#7 或 PKCS#12（被截断或已损坏？）</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="383"/>
        <source>neither PEM (no &quot;-----BEGIN&quot; line) nor DER (starts with bytes %1)</source>
        <translation>既不是 PEM（没有“-----BEGIN”行）也不是 DER（以字节 %1 开头）</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="463"/>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="472"/>
        <source>holds no certificate and no private key</source>
        <translation>不含证书，也不含私钥</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="473"/>
        <source>holds no certificate and no private key (only %1)</source>
        <translation>不含证书，也不含私钥（只有 %1）</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="478"/>
        <source>holds a certificate that cannot be read</source>
        <translation>含有无法读取的证书</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="518"/>
        <source>%1: is a directory</source>
        <translation>%1：是一个目录</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="522"/>
        <source>%1: too large for a certificate or key file (%2 bytes)</source>
        <translation>%1：作为证书或密钥文件过大（%2 字节）</translation>
    </message>
    <message>
        <location filename="../core/x509/certificate_loader.cpp" line="528"/>
        <source>%1: cannot read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="563"/>
        <source>target list</source>
        <translation>目标列表</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="405"/>
        <location filename="../core/report/workspace.cpp" line="310"/>
        <source>workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="804"/>
        <source>certificate file</source>
        <translation>证书文件</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="395"/>
        <location filename="../app/cli/session_command.cpp" line="96"/>
        <source>message</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../core/report/report_jsonl.cpp" line="70"/>
        <source>longer than %1 bytes, skipped</source>
        <translation>超过 %1 字节，已跳过</translation>
    </message>
    <message>
        <location filename="../core/report/report_jsonl.cpp" line="81"/>
        <source>%1 (the line is cut)</source>
        <translation>%1（该行被截断）</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="18"/>
        <source>The client opens the handshake. It sends a fresh random value and lists what it can do: protocol versions, cipher suites, and extensions such as the server name (SNI), the key exchange groups and the signature algorithms it accepts.</source>
        <translation>客户端发起握手。它发送一个新的随机值，并列出自己的能力：协议版本、密码套件，以及服务器名称（SNI）、密钥交换组和可接受的签名算法等扩展。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="21"/>
        <source>In TLS 1.3: the client already sends key shares for the groups it guesses the server will pick, which saves a round trip. The real version list moved into the supported_versions extension; the old version field stays at TLS 1.2 for compatibility.</source>
        <translation>在 TLS 1.3 中：客户端已为它猜测服务器会选择的组发送密钥共享（key share），从而省去一次往返。真正的版本列表移到了 supported_versions 扩展中；旧的版本字段为兼容起见保持为 TLS 1.2。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="25"/>
        <source>The server&apos;s answer to the ClientHello: it picks one protocol version and one cipher suite from the client&apos;s offer and adds its own random value. From here both sides know which algorithms the rest of the handshake uses.</source>
        <translation>服务器对 ClientHello 的回答：它从客户端提供的选项中选定一个协议版本和一个密码套件，并附上自己的随机值。从此双方都知道握手的其余部分使用哪些算法。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="28"/>
        <source>In TLS 1.3: it also carries the server&apos;s key share, so both sides can derive handshake keys at once; every message after it is encrypted. The chosen version is in supported_versions.</source>
        <translation>在 TLS 1.3 中：它还携带服务器的密钥共享，双方可立即推导出握手密钥；其后的每条消息都是加密的。所选版本位于 supported_versions 中。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="32"/>
        <source>The server supports one of the groups the client listed but found no key share for it in the ClientHello. It asks the client to send a new ClientHello with a share for that group. On the wire it looks like a ServerHello with a fixed, special random value.</source>
        <translation>服务器支持客户端列出的某个组，但在 ClientHello 中没有找到该组的密钥共享。它请客户端重新发送一个带有该组密钥共享的 ClientHello。在线路上它看起来像一个带有固定特殊随机值的 ServerHello。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="35"/>
        <source>In TLS 1.3: this message exists only here; it costs one extra round trip, which is why clients try to guess the server&apos;s preferred group.</source>
        <translation>在 TLS 1.3 中：此消息仅存在于此；它多花一次往返，因此客户端会尽量猜中服务器偏好的组。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="38"/>
        <source>The server&apos;s answers to extensions that are not needed to agree on keys, such as ALPN or the acknowledgement of the server name. It is the first message protected by the handshake keys.</source>
        <translation>服务器对协商密钥不需要的扩展所作的回答，例如 ALPN 或对服务器名称的确认。它是第一条受握手密钥保护的消息。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="41"/>
        <source>In TLS 1.3: new. In TLS 1.2 these answers travelled in the ServerHello, readable by anyone on the path.</source>
        <translation>在 TLS 1.3 中：新增。在 TLS 1.2 中这些回答位于 ServerHello 中，路径上的任何人都能读到。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="44"/>
        <source>The sender&apos;s certificate chain: its own certificate first, then the intermediates that lead to a trusted root. The receiver checks the chain, the dates and that the name matches the host it wanted. The server always sends one (except for anonymous or PSK suites); the client only when asked.</source>
        <translation>发送方的证书链：先是自己的证书，然后是通向受信任根证书的中间证书。接收方检查证书链、有效日期以及名称是否与所要连接的主机相符。服务器总会发送（匿名或 PSK 套件除外）；客户端仅在被要求时发送。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="48"/>
        <source>In TLS 1.3: the chain is encrypted, so an eavesdropper no longer sees which certificate was served, and each entry can carry extensions such as a stapled OCSP response.</source>
        <translation>在 TLS 1.3 中：证书链是加密的，窃听者不再能看到提供的是哪张证书，而且每个条目都可以携带扩展，例如装订的 OCSP 响应。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="51"/>
        <source>The server asks the client to authenticate with a certificate of its own and says which signature algorithms and issuing CAs it accepts. Mail servers often ask but still accept a client that sends an empty certificate list.</source>
        <translation>服务器要求客户端用自己的证书进行认证，并说明它接受哪些签名算法和签发 CA。邮件服务器经常提出要求，但仍会接受发送空证书列表的客户端。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="54"/>
        <source>In TLS 1.3: encrypted, with its parameters as extensions and a request context; a server may also ask after the handshake if the client offered post_handshake_auth.</source>
        <translation>在 TLS 1.3 中：加密传输，参数以扩展形式携带并带有请求上下文；若客户端提供了 post_handshake_auth，服务器也可以在握手之后再提出要求。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="57"/>
        <source>Sent in TLS 1.2 and earlier with ephemeral (EC)DHE suites: the server&apos;s Diffie-Hellman parameters (a named curve, or a prime and generator) and its public value, signed with the certificate&apos;s key. With static RSA key exchange there is no such message.</source>
        <translation>在 TLS 1.2 及更早版本中随临时 (EC)DHE 套件发送：服务器的 Diffie-Hellman 参数（命名曲线，或素数与生成元）及其公开值，并用证书的密钥签名。使用静态 RSA 密钥交换时没有这条消息。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="60"/>
        <source>In TLS 1.3: gone. The server&apos;s key share sits in the ServerHello and its signature moved to CertificateVerify, which covers the whole transcript instead of only the parameters.</source>
        <translation>在 TLS 1.3 中：已取消。服务器的密钥共享位于 ServerHello 中，其签名移到了 CertificateVerify，签名覆盖整个握手记录而不只是参数。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="63"/>
        <source>An empty message that closes the server&apos;s first flight in TLS 1.2 and earlier. The server has said everything it needs to, and it is now the client&apos;s turn to send its key exchange.</source>
        <translation>在 TLS 1.2 及更早版本中结束服务器第一轮发送的空消息。服务器已说完所需的一切，现在轮到客户端发送它的密钥交换。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="65"/>
        <source>In TLS 1.3: removed; the server&apos;s flight simply ends with its Finished message.</source>
        <translation>在 TLS 1.3 中：已移除；服务器的这一轮发送直接以其 Finished 消息结束。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="67"/>
        <source>The client&apos;s contribution to the shared secret in TLS 1.2 and earlier: its (EC)DH public value, or with RSA key exchange a random premaster secret encrypted to the server&apos;s RSA key. After it both sides can compute the same master secret.</source>
        <translation>在 TLS 1.2 及更早版本中客户端对共享密钥的贡献：它的 (EC)DH 公开值，或在 RSA 密钥交换中用服务器 RSA 密钥加密的随机预主密钥。此后双方可计算出相同的主密钥。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="70"/>
        <source>In TLS 1.3: gone; the client&apos;s key share already went out in the ClientHello, and RSA key transport no longer exists.</source>
        <translation>在 TLS 1.3 中：已取消；客户端的密钥共享已随 ClientHello 发出，RSA 密钥传输也不复存在。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="73"/>
        <source>A signature made with the private key of the certificate just sent, over the handshake so far. It proves the sender really holds that key, not just a copy of the public certificate. In TLS 1.2 only a client that sent a certificate uses it.</source>
        <translation>用刚发送的证书对应的私钥对到目前为止的握手内容所作的签名。它证明发送方确实持有该私钥，而不只是公开证书的副本。在 TLS 1.2 中只有发送了证书的客户端才使用它。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="76"/>
        <source>In TLS 1.3: the server sends one in every certificate-based handshake; it replaces the signature that ServerKeyExchange used to carry.</source>
        <translation>在 TLS 1.3 中：服务器在每次基于证书的握手中都会发送；它取代了过去由 ServerKeyExchange 携带的签名。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="79"/>
        <source>Not a handshake message but a one-byte record of its own: from the next record on, this side encrypts with the keys just negotiated. Each side sends one just before its Finished.</source>
        <translation>不是握手消息，而是一个单独的 1 字节记录：从下一条记录起，这一方使用刚协商好的密钥加密。双方各在自己的 Finished 之前发送一次。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="81"/>
        <source>In TLS 1.3: it means nothing. Implementations may still send one so that middleboxes which expect a TLS 1.2 handshake let the connection through; the peer ignores it.</source>
        <translation>在 TLS 1.3 中：它没有任何意义。实现仍可能发送它，好让期待 TLS 1.2 握手的中间设备放行连接；对端会忽略它。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="84"/>
        <source>A MAC over the whole handshake, computed with the new keys. Each side checks the other&apos;s, so any message altered or removed on the way (for example a weaker suite list) makes the handshake fail. In TLS 1.2 it is the first encrypted message from each side.</source>
        <translation>用新密钥对整个握手计算的 MAC。双方互相校验，因此途中任何被篡改或删除的消息（例如被换成更弱的套件列表）都会导致握手失败。在 TLS 1.2 中它是每一方发送的第一条加密消息。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="87"/>
        <source>In TLS 1.3: computed with a key derived from the handshake secret; the server&apos;s Finished ends its flight and the client&apos;s Finished completes the handshake.</source>
        <translation>在 TLS 1.3 中：用由握手密钥（handshake secret）推导出的密钥计算；服务器的 Finished 结束其这一轮发送，客户端的 Finished 完成握手。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="90"/>
        <source>The server hands the client an opaque, server-encrypted ticket so a later connection can resume this session without a full handshake. The lifetime says how long the server will honour it. In TLS 1.2 it comes just before the server&apos;s ChangeCipherSpec.</source>
        <translation>服务器交给客户端一张由服务器加密、对客户端不透明的票据，以便之后的连接无需完整握手即可恢复本次会话。有效期说明服务器会承认它多久。在 TLS 1.2 中它紧接在服务器的 ChangeCipherSpec 之前。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="93"/>
        <source>In TLS 1.3: sent after the handshake, encrypted, often several at once; each ticket is a pre-shared key identity valid for at most seven days.</source>
        <translation>在 TLS 1.3 中：在握手之后加密发送，常常一次发送多张；每张票据都是一个预共享密钥身份，最长有效七天。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="96"/>
        <source>Only in TLS 1.3: one side switches to fresh traffic keys and may ask the peer to do the same, so a long connection never uses one key for too much data.</source>
        <translation>仅在 TLS 1.3 中：一方切换到新的流量密钥，并可请求对端也这样做，使长连接不会用同一个密钥加密过多数据。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="98"/>
        <source>In TLS 1.3: this replaces renegotiation for changing keys.</source>
        <translation>在 TLS 1.3 中：它取代了用于更换密钥的重新协商。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="100"/>
        <source>Only in TLS 1.3: the client marks the end of the early (0-RTT) data it sent with a resumed session before the handshake finished.</source>
        <translation>仅在 TLS 1.3 中：客户端标记它在握手完成前随恢复的会话发送的早期（0-RTT）数据到此结束。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="104"/>
        <source>A stapled OCSP response: the server passes on its CA&apos;s signed statement that the certificate was not revoked, so the client need not ask the CA itself.</source>
        <translation>装订的 OCSP 响应：服务器转交其 CA 签名的声明，证明证书未被吊销，客户端因此无需自己去询问 CA。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="106"/>
        <source>In TLS 1.3: the response travels as an extension of the certificate entry instead of a message of its own.</source>
        <translation>在 TLS 1.3 中：响应作为证书条目的扩展传送，而不再是单独的消息。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="109"/>
        <source>In TLS 1.2 and earlier the server asks the client to start a new handshake (renegotiation) on the running connection.</source>
        <translation>在 TLS 1.2 及更早版本中，服务器请客户端在当前连接上开始新的握手（重新协商）。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="111"/>
        <source>In TLS 1.3: removed, together with renegotiation.</source>
        <translation>在 TLS 1.3 中：随重新协商一起被移除。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="113"/>
        <source>Two bytes: a level (warning or fatal) and a reason. A fatal alert ends the connection at once and tells why the handshake failed; close_notify announces an orderly end.</source>
        <translation>两个字节：级别（warning 或 fatal）和原因。致命警报会立即结束连接，并说明握手失败的原因；close_notify 表示正常结束。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="115"/>
        <source>In TLS 1.3: every alert except close_notify and user_canceled is fatal whatever level it states, and alerts after the ServerHello are encrypted.</source>
        <translation>在 TLS 1.3 中：除 close_notify 和 user_canceled 外，所有警报无论标明何种级别都是致命的，且 ServerHello 之后的警报都经过加密。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="118"/>
        <source>The SMTP command (RFC 3207) that turns this same TCP connection into a TLS connection. Everything before it travelled in clear text; after the server&apos;s 220 reply the next bytes the client sends are a TLS ClientHello. IMAP (RFC 9051, tagged OK) and ManageSieve (RFC 5804, OK) use the same command; POP3 calls it STLS.</source>
        <translation>将同一个 TCP 连接转为 TLS 连接的 SMTP 命令（RFC 3207）。在此之前的一切都以明文传输；服务器回复 220 后，客户端发送的下一批字节就是 TLS ClientHello。IMAP（RFC 9051，带标签的 OK）和 ManageSieve（RFC 5804，OK）使用同一命令；POP3 中称为 STLS。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="124"/>
        <source>POP3&apos;s STARTTLS (RFC 2595). After the server&apos;s +OK the next bytes the client sends are a TLS ClientHello on the same connection.</source>
        <translation>POP3 的 STARTTLS（RFC 2595）。服务器回复 +OK 后，客户端在同一连接上发送的下一批字节就是 TLS ClientHello。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="128"/>
        <source>IMAP (RFC 9051) or ManageSieve (RFC 5804): the server lists what it supports: STARTTLS, the SASL mechanisms (AUTH=PLAIN, &quot;SASL&quot;), and LOGINDISABLED when it refuses passwords before TLS. After TLS the IMAP client asks again and the ManageSieve server sends the list again by itself, because an attacker could have changed the clear-text one.</source>
        <translation>IMAP（RFC 9051）或 ManageSieve（RFC 5804）：服务器列出它支持的功能：STARTTLS、SASL 机制（AUTH=PLAIN、&quot;SASL&quot;），以及在 TLS 之前拒绝密码时的 LOGINDISABLED。TLS 建立后 IMAP 客户端会再次询问，ManageSieve 服务器则会主动再发送一次列表，因为攻击者可能篡改过明文列表。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="134"/>
        <source>POP3 (RFC 2449): the server lists its capabilities: STLS, USER (password logins) and the SASL mechanisms. A server that protects passwords lists neither USER nor SASL PLAIN until TLS is up; after STLS the client asks again.</source>
        <translation>POP3（RFC 2449）：服务器列出它的能力：STLS、USER（密码登录）和 SASL 机制。保护密码的服务器在 TLS 建立之前既不列出 USER 也不列出 SASL PLAIN；STLS 之后客户端会再次询问。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="139"/>
        <source>The server&apos;s first words when the connection opens: &quot;* OK&quot; from IMAP, &quot;+OK&quot; from POP3, the capability list ending in OK from ManageSieve, 220 from SMTP. They travel in clear text unless TLS started with the first byte (ports 993, 995, 465).</source>
        <translation>连接建立时服务器说的第一句话：IMAP 为 &quot;* OK&quot;，POP3 为 &quot;+OK&quot;，ManageSieve 为以 OK 结尾的能力列表，SMTP 为 220。除非 TLS 从第一个字节就开始（端口 993、995、465），否则它们都以明文传输。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="144"/>
        <source>The client greets the server and the server lists the SMTP extensions it supports, such as STARTTLS, AUTH and SIZE. After TLS is up the client says EHLO again, because an attacker could have changed the clear-text answer.</source>
        <translation>客户端向服务器问候，服务器列出它支持的 SMTP 扩展，例如 STARTTLS、AUTH 和 SIZE。TLS 建立后客户端会再次发送 EHLO，因为攻击者可能篡改过明文回答。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="149"/>
        <source>A positive reply: either the server&apos;s greeting when the connection opens, or, after STARTTLS, the go-ahead to start the TLS handshake on this connection.</source>
        <translation>肯定回复：要么是连接建立时服务器的问候，要么是在 STARTTLS 之后允许在此连接上开始 TLS 握手的许可。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="153"/>
        <source>Once both Finished messages are checked, the SMTP conversation goes on inside TLS records: an eavesdropper sees only sizes and timing, not commands, addresses or the message.</source>
        <translation>双方的 Finished 消息校验通过后，SMTP 对话就在 TLS 记录中继续进行：窃听者只能看到大小和时间，看不到命令、地址或邮件内容。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="264"/>
        <source>A second handshake on a connection that already finished one: in TLS 1.2 and earlier either side may ask for fresh keys this way, the server with a HelloRequest, the client with a new ClientHello. Servers may refuse a client&apos;s request (a no_renegotiation alert, or closing the connection), and many mail servers rightly do, because each handshake costs them a private-key operation.

A common surprise: openssl s_client treats a typed line that starts with a capital R as a request to renegotiate and one with Q as quit, so typing RCPT TO renegotiates instead of sending the command, and a server that refuses then drops the session. That is the tool, not the server: start s_client with -ign_eof or -quiet (both imply -nocommands), or type rcpt to in lower case. This workbench sends every typed line as it is.</source>
        <translation>在已完成一次握手的连接上进行第二次握手：在 TLS 1.2 及更早版本中，任一方都可以这样请求新的密钥，服务器通过 HelloRequest，客户端通过新的 ClientHello。服务器可以拒绝客户端的请求（发送 no_renegotiation 警报或关闭连接），许多邮件服务器也理应如此，因为每次握手都要耗费一次私钥运算。

常见的意外：openssl s_client 会把以大写 R 开头的输入行当作重新协商请求，把以 Q 开头的当作退出，因此输入 RCPT TO 会触发重新协商而不是发送命令，拒绝重新协商的服务器随即断开会话。这是工具的问题，不是服务器的问题：用 -ign_eof 或 -quiet 启动 s_client（两者都隐含 -nocommands），或用小写输入 rcpt to。本工作台会原样发送每一行输入。</translation>
    </message>
    <message>
        <location filename="../core/explain/message_explanations.cpp" line="274"/>
        <source>In TLS 1.3: renegotiation is gone. Fresh keys come from a KeyUpdate message (s_client sends one on a typed k or K) and a late client certificate from post-handshake authentication.</source>
        <translation>在 TLS 1.3 中：重新协商已取消。新的密钥来自 KeyUpdate 消息（在 s_client 中输入 k 或 K 即会发送一条），迟到的客户端证书则来自握手后认证。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="72"/>
        <source>Ephemeral elliptic-curve Diffie-Hellman: both sides make a fresh key pair for this connection and derive the secret from them.</source>
        <translation>临时椭圆曲线 Diffie-Hellman：双方为本次连接各自生成新的密钥对，并由此推导出共享密钥。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="74"/>
        <source>Ephemeral finite-field Diffie-Hellman: a fresh key pair per connection over the server&apos;s prime; the prime size decides the strength.</source>
        <translation>临时有限域 Diffie-Hellman：每个连接基于服务器的素数生成新的密钥对；素数的长度决定强度。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="76"/>
        <source>RSA key transport: the client encrypts a random premaster secret with the public key in the server&apos;s certificate.</source>
        <translation>RSA 密钥传输：客户端用服务器证书中的公钥加密一个随机的预主密钥。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="78"/>
        <source>Static Diffie-Hellman: the server&apos;s DH key is fixed and sits in its certificate.</source>
        <translation>静态 Diffie-Hellman：服务器的 DH 密钥固定不变，位于其证书中。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="80"/>
        <source>Static elliptic-curve Diffie-Hellman: the server&apos;s EC key in its certificate is used directly for key agreement.</source>
        <translation>静态椭圆曲线 Diffie-Hellman：服务器证书中的 EC 密钥直接用于密钥协商。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="82"/>
        <source>Pre-shared key: both sides already hold a secret agreed outside TLS.</source>
        <translation>预共享密钥：双方已持有在 TLS 之外约定的密钥。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="84"/>
        <source>Secure Remote Password: a password-based key exchange that never sends the password.</source>
        <translation>安全远程密码（SRP）：一种基于密码的密钥交换，从不传送密码本身。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="86"/>
        <source>Kerberos: the client presents a Kerberos ticket for the server.</source>
        <translation>Kerberos：客户端出示一张发给该服务器的 Kerberos 票据。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="88"/>
        <source>Password-authenticated key exchange on an elliptic curve (RFC 8492).</source>
        <translation>基于椭圆曲线的密码认证密钥交换（RFC 8492）。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="90"/>
        <source>GOST VKO key agreement (Russian national standards).</source>
        <translation>GOST VKO 密钥协商（俄罗斯国家标准）。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="92"/>
        <source>Not fixed by the suite: in TLS 1.3 the key exchange is always ephemeral (EC)DHE (or PSK), agreed through the supported_groups and key_share extensions.</source>
        <translation>不由套件决定：在 TLS 1.3 中密钥交换始终是临时 (EC)DHE（或 PSK），通过 supported_groups 和 key_share 扩展协商。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="94"/>
        <source>None: this placeholder suite protects nothing.</source>
        <translation>无：这个占位套件不提供任何保护。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="103"/>
        <source>The server signs the key exchange with its RSA key.</source>
        <translation>服务器用其 RSA 密钥对密钥交换进行签名。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="105"/>
        <source>The server signs with an ECDSA key.</source>
        <translation>服务器用 ECDSA 密钥签名。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="107"/>
        <source>The server signs with a DSA key (DSS), long deprecated.</source>
        <translation>服务器用 DSA 密钥（DSS）签名，早已弃用。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="109"/>
        <source>None: the server is not authenticated, so anyone on the path can pose as it.</source>
        <translation>无：服务器未经认证，因此路径上的任何人都可以冒充它。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="111"/>
        <source>The pre-shared key authenticates both sides; no certificate is involved.</source>
        <translation>预共享密钥认证双方；不涉及证书。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="113"/>
        <location filename="../core/explain/suite_explainer.cpp" line="117"/>
        <source>The shared password authenticates both sides.</source>
        <translation>共享密码认证双方。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="115"/>
        <source>Kerberos authenticates the server.</source>
        <translation>由 Kerberos 认证服务器。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="119"/>
        <source>The server signs with a GOST R 34.10 key.</source>
        <translation>服务器用 GOST R 34.10 密钥签名。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="121"/>
        <source>Not fixed by the suite: in TLS 1.3 the certificate&apos;s signature algorithm is negotiated separately (RSA-PSS, ECDSA, Ed25519).</source>
        <translation>不由套件决定：在 TLS 1.3 中证书的签名算法单独协商（RSA-PSS、ECDSA、Ed25519）。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="123"/>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="139"/>
        <source>Key exchange %1.</source>
        <translation>密钥交换 %1。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="146"/>
        <source>The server proves itself by decrypting the premaster secret with its RSA private key.</source>
        <translation>服务器通过用其 RSA 私钥解密预主密钥来证明自己的身份。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="147"/>
        <source>Authentication %1.</source>
        <translation>认证 %1。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="159"/>
        <source>No encryption at all: the data is only integrity-protected and travels readable.</source>
        <translation>完全不加密：数据仅有完整性保护，以可读形式传输。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="162"/>
        <source>%1-bit strength; block cipher in Galois/Counter Mode: encryption and integrity in one step (AEAD).</source>
        <translation>%1 位强度；Galois/计数器模式（GCM）的分组密码：加密与完整性一步完成（AEAD）。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="164"/>
        <source>%1-bit strength; block cipher in CCM mode with a short 8-byte tag (AEAD).</source>
        <translation>%1 位强度；CCM 模式的分组密码，带 8 字节短标签（AEAD）。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="166"/>
        <source>%1-bit strength; block cipher in CCM mode (AEAD).</source>
        <translation>%1 位强度；CCM 模式的分组密码（AEAD）。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="168"/>
        <source>%1-bit strength; ChaCha20 stream cipher with the Poly1305 authenticator (AEAD), fast without AES hardware.</source>
        <translation>%1 位强度；ChaCha20 流密码配合 Poly1305 认证器（AEAD），在没有 AES 硬件加速时也很快。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="170"/>
        <source>%1-bit strength; block cipher in CBC mode; integrity comes from a separate HMAC.</source>
        <translation>%1 位强度；CBC 模式的分组密码；完整性由单独的 HMAC 提供。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="172"/>
        <source>%1-bit strength; RC4 stream cipher, broken: its key stream is biased.</source>
        <translation>%1 位强度；RC4 流密码，已被攻破：其密钥流存在偏差。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="174"/>
        <source>%1-bit strength; block cipher in counter mode.</source>
        <translation>%1 位强度；计数器模式的分组密码。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="176"/>
        <source>%1-bit strength; symmetric cipher.</source>
        <translation>%1 位强度；对称密码。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="205"/>
        <source>The cipher itself protects integrity; %1 drives HKDF, which derives every key of the connection.</source>
        <translation>密码本身保护完整性；%1 用于 HKDF，由它推导出连接的所有密钥。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="210"/>
        <source>No separate MAC: the cipher protects integrity. The TLS 1.2 PRF uses %1.</source>
        <translation>没有单独的 MAC：由密码保护完整性。TLS 1.2 的 PRF 使用 %1。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="215"/>
        <source>Records carry an HMAC-%1 tag. The key derivation (PRF) is MD5+SHA-1 in TLS 1.0/1.1 and SHA-256 in TLS 1.2.</source>
        <translation>记录带有 HMAC-%1 标签。密钥推导（PRF）在 TLS 1.0/1.1 中为 MD5+SHA-1，在 TLS 1.2 中为 SHA-256。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="219"/>
        <source>Records carry an HMAC-%1 tag. The key derivation (PRF) is MD5+SHA-1 in TLS 1.0/1.1 and SHA-256 in TLS 1.2. HMAC-MD5 is not known to be broken, but MD5 is retired everywhere.</source>
        <translation>记录带有 HMAC-%1 标签。密钥推导（PRF）在 TLS 1.0/1.1 中为 MD5+SHA-1，在 TLS 1.2 中为 SHA-256。目前尚无已知攻破 HMAC-MD5 的方法，但 MD5 已在各处淘汰。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="225"/>
        <source>Records carry an HMAC-%1 tag, and the TLS 1.2 PRF uses %1.</source>
        <translation>记录带有 HMAC-%1 标签，TLS 1.2 的 PRF 使用 %1。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="228"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="228"/>
        <source>No integrity protection.</source>
        <translation>没有完整性保护。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="229"/>
        <source>GOST message authentication (%1).</source>
        <translation>GOST 消息认证（%1）。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="237"/>
        <source>Any: TLS 1.3 suites do not fix the certificate type. The server picks RSA, ECDSA or Ed25519 by the client&apos;s signature_algorithms.</source>
        <translation>任意：TLS 1.3 套件不限定证书类型。服务器根据客户端的 signature_algorithms 选择 RSA、ECDSA 或 Ed25519。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="239"/>
        <source>An RSA certificate whose key may encrypt (keyEncipherment), plus the pre-shared key.</source>
        <translation>一张密钥可用于加密（keyEncipherment）的 RSA 证书，外加预共享密钥。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="241"/>
        <source>None: the server sends no certificate (and so proves nothing).</source>
        <translation>无：服务器不发送证书（因此什么也证明不了）。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="243"/>
        <source>None: a shared secret or password authenticates the server.</source>
        <translation>无：由共享密钥或密码认证服务器。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="245"/>
        <source>None: a Kerberos service key authenticates the server.</source>
        <translation>无：由 Kerberos 服务密钥认证服务器。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="247"/>
        <source>A certificate holding a fixed Diffie-Hellman key, issued by a CA that signs with %1. Practically no CA issues these.</source>
        <translation>一张包含固定 Diffie-Hellman 密钥的证书，由使用 %1 签名的 CA 签发。实际上几乎没有 CA 签发这种证书。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="250"/>
        <source>A certificate holding an EC key allowed for key agreement (keyAgreement), issued by a CA that signs with %1.</source>
        <translation>一张包含允许用于密钥协商（keyAgreement）的 EC 密钥的证书，由使用 %1 签名的 CA 签发。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="254"/>
        <source>An RSA certificate whose key may encrypt (keyEncipherment).</source>
        <translation>一张密钥可用于加密（keyEncipherment）的 RSA 证书。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="255"/>
        <source>An RSA certificate whose key may sign (digitalSignature).</source>
        <translation>一张密钥可用于签名（digitalSignature）的 RSA 证书。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="257"/>
        <source>An ECDSA certificate (an EC key such as P-256) that may sign. An RSA certificate does not work with this suite.</source>
        <translation>一张可用于签名的 ECDSA 证书（EC 密钥，如 P-256）。RSA 证书无法用于此套件。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="259"/>
        <source>A DSA certificate; hardly any CA issues these today.</source>
        <translation>一张 DSA 证书；如今几乎没有 CA 签发这种证书。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="261"/>
        <source>A GOST R 34.10-2012 certificate.</source>
        <translation>一张 GOST R 34.10-2012 证书。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="262"/>
        <source>A %1 certificate.</source>
        <translation>一张 %1 证书。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="270"/>
        <source>No encryption: anyone on the path reads the traffic.</source>
        <translation>不加密：路径上的任何人都能读取流量。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="272"/>
        <source>No authentication: a man in the middle can pose as the server.</source>
        <translation>无认证：中间人可以冒充服务器。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="274"/>
        <source>Export grade: keys cut down on purpose to 40–56 bits in the 1990s (FREAK, Logjam).</source>
        <translation>出口级：1990 年代刻意削减到 40–56 位的密钥（FREAK、Logjam）。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="276"/>
        <source>RC4&apos;s biased key stream leaks plaintext; RFC 7465 forbids it in TLS.</source>
        <translation>RC4 有偏差的密钥流会泄露明文；RFC 7465 禁止在 TLS 中使用它。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="278"/>
        <source>RC2 is an obsolete cipher with export-size keys.</source>
        <translation>RC2 是一种过时的密码，密钥长度为出口级。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="280"/>
        <source>Single DES: a 56-bit key is searched exhaustively in hours.</source>
        <translation>单重 DES：56 位密钥可在数小时内被穷举破解。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="282"/>
        <source>64-bit block cipher: after a few tens of gigabytes on one connection, block collisions leak data (Sweet32).</source>
        <translation>64 位分组密码：同一连接传输几十 GB 后，分组碰撞会泄露数据（Sweet32）。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="284"/>
        <source>Under 128 bits of symmetric strength.</source>
        <translation>对称强度低于 128 位。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="286"/>
        <source>No forward secrecy: whoever obtains the server&apos;s long-term key later can decrypt recorded sessions.</source>
        <translation>无前向保密：日后获得服务器长期密钥的人可以解密录下的会话。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="289"/>
        <source>Forward secrecy and AEAD, but CCM_8&apos;s 8-byte tag is short for general use.</source>
        <translation>具备前向保密和 AEAD，但 CCM_8 的 8 字节标签对一般用途而言偏短。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="291"/>
        <source>Forward secrecy and authenticated encryption (AEAD) with a full-length tag.</source>
        <translation>具备前向保密和带完整长度标签的认证加密（AEAD）。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="293"/>
        <source>Forward secrecy, but CBC with a separate HMAC (MAC-then-encrypt) has a history of padding-oracle attacks such as Lucky13.</source>
        <translation>具备前向保密，但使用单独 HMAC 的 CBC（先 MAC 后加密）历来受到填充预言攻击，如 Lucky13。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="302"/>
        <source>none (a placeholder, never negotiated)</source>
        <translation>无（占位符，从不协商）</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="304"/>
        <source>%1 only; not in TLS 1.3, which keeps only five AEAD suites</source>
        <translation>仅 %1；TLS 1.3 中没有，TLS 1.3 只保留了五个 AEAD 套件</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="305"/>
        <source>%1 only</source>
        <translation>仅 %1</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="307"/>
        <source>%1 – %2; not in TLS 1.3, which keeps only five AEAD suites</source>
        <translation>%1 – %2；TLS 1.3 中没有，TLS 1.3 只保留了五个 AEAD 套件</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="328"/>
        <source>(EC)DHE, negotiated</source>
        <translation>(EC)DHE，协商决定</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="329"/>
        <source>certificate, negotiated</source>
        <translation>证书，协商决定</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="334"/>
        <source>Yes: session keys come from ephemeral keys thrown away after the handshake.</source>
        <translation>是：会话密钥来自握手后即丢弃的临时密钥。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="335"/>
        <source>No: recorded traffic can be decrypted later with the server&apos;s long-term key.</source>
        <translation>否：录下的流量日后可用服务器的长期密钥解密。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="338"/>
        <source>Yes: encryption and integrity in one authenticated mode.</source>
        <translation>是：加密与完整性在同一个认证模式中完成。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="339"/>
        <source>No: there is no encryption.</source>
        <translation>否：根本没有加密。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="340"/>
        <source>No: a separate MAC protects integrity.</source>
        <translation>否：由单独的 MAC 保护完整性。</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="382"/>
        <source>unknown cipher suite &apos;%1&apos;</source>
        <translation>未知的密码套件“%1”</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="383"/>
        <source>unknown cipher suite &apos;%1&apos;; did you mean %2?</source>
        <translation>未知的密码套件“%1”；您是否指 %2？</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="428"/>
        <source>strong</source>
        <translation>强</translation>
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
        <translation>仅 SSLv2（一种 cipher kind，不是 TLS 套件）</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="570"/>
        <source>OpenSSL name</source>
        <translation>OpenSSL 名称</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="571"/>
        <source>GnuTLS name</source>
        <translation>GnuTLS 名称</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="572"/>
        <source>Typed as</source>
        <translation>输入形式</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="573"/>
        <source>Key exchange</source>
        <translation>密钥交换</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="574"/>
        <source>Authentication</source>
        <translation>认证</translation>
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
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="581"/>
        <source>Grade</source>
        <translation>评级</translation>
    </message>
    <message>
        <location filename="../core/explain/suite_explainer.cpp" line="440"/>
        <source>code</source>
        <translation>代码</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="28"/>
        <source>(unreadable)</source>
        <translation>（无法读取）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="36"/>
        <source>(empty subject)</source>
        <translation>（空主题）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="37"/>
        <source>Certificate %1 (%2)</source>
        <translation>证书 %1（%2）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="38"/>
        <source>certificate %1 (%2)</source>
        <translation>证书 %1（%2）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="53"/>
        <source>Mail clients (Thunderbird, Outlook, phones&apos; mail apps) verify the certificate of the server they log in to: they refuse to connect or ask the user to accept it, and a user who learns to click that away would accept an attacker&apos;s certificate too.</source>
        <translation>邮件客户端（Thunderbird、Outlook、手机邮件应用）会验证其登录的服务器的证书：它们会拒绝连接，或要求用户接受该证书；而习惯了点掉这一提示的用户，也会接受攻击者的证书。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="56"/>
        <source>Most MTAs use opportunistic TLS and deliver anyway, but partners that verify certificates (MTA-STS in enforce mode, DANE with a DANE-TA TLSA record, or a hand-configured &quot;encrypt and verify&quot; policy) will refuse to deliver and queue the mail instead.</source>
        <translation>大多数 MTA 使用机会性 TLS，仍会照常投递；但验证证书的伙伴（enforce 模式的 MTA-STS、带 DANE-TA TLSA 记录的 DANE，或手工配置的“加密并验证”策略）会拒绝投递，转而将邮件留在队列中。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="84"/>
        <source>The server certificate expired on %1</source>
        <translation>服务器证书已于 %1 过期</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="85"/>
        <source>Certificate %1 of the chain expired on %2</source>
        <translation>证书链中的证书 %1 已于 %2 过期</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="86"/>
        <source>%1 is no longer valid: it expired %2 day(s) ago. Clients that check certificates reject it. %3 Install a renewed certificate and reload the mail server.</source>
        <translation>%1 已不再有效：它已于 %2 天前过期。检查证书的客户端会拒绝它。%3 请安装续期后的证书并重新加载邮件服务器。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="95"/>
        <source>The server certificate is not valid before %1</source>
        <translation>服务器证书在 %1 之前无效</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="96"/>
        <source>Certificate %1 of the chain is not valid before %2</source>
        <translation>证书链中的证书 %1 在 %2 之前无效</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="97"/>
        <source>%1 only becomes valid on %2; until then verifying clients reject it. Either the certificate was installed too early or this machine&apos;s clock (or the server&apos;s) is wrong. %3</source>
        <translation>%1 要到 %2 才生效；在此之前，进行验证的客户端会拒绝它。要么证书安装得太早，要么本机（或服务器）的时钟不正确。%3</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="106"/>
        <source>The server certificate expires in %1 day(s)</source>
        <translation>服务器证书将在 %1 天后过期</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="107"/>
        <source>Certificate %1 of the chain expires in %2 day(s)</source>
        <translation>证书链中的证书 %1 将在 %2 天后过期</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="108"/>
        <source>%1 expires on %2, %3 day(s) from now. After that date verifying partners will refuse delivery; renew it now and check that the automatic renewal also reloads the mail server.</source>
        <translation>%1 将于 %2 过期，距今 %3 天。此后进行验证的伙伴将拒绝投递；请现在就续期，并检查自动续期是否也会重新加载邮件服务器。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="142"/>
        <source>The server certificate is self-signed</source>
        <translation>服务器证书是自签名的</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="143"/>
        <source>The certificate was signed with its own key, so no certificate authority vouches for it and no partner can check it is really yours. %1 A DANE-EE TLSA record (usage 3) that pins this key is the one way such a certificate is verified. Otherwise use a certificate from a public CA (e.g. Let&apos;s Encrypt).</source>
        <translation>该证书用它自己的密钥签名，因此没有任何证书颁发机构为它担保，也没有伙伴能够核实它确实属于你。%1 固定此密钥的 DANE-EE TLSA 记录（usage 3）是验证此类证书的唯一途径。否则请使用公共 CA（例如 Let&apos;s Encrypt）签发的证书。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="154"/>
        <source>No path leads from the server certificate to a trusted root: verification fails with &quot;%1&quot;. The chain ends at an issuer that is neither sent nor trusted: a missing intermediate, or a private root this check was not given (see chain.intermediate_missing). %2</source>
        <translation>从服务器证书出发没有路径能到达受信任的根证书：验证失败，错误为“%1”。证书链止于一个既未发送也不受信任的颁发者：缺少中间证书，或是一个未提供给本检查的私有根证书（见 chain.intermediate_missing）。%2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="160"/>
        <source>No path leads from the server certificate to a trusted root: verification fails with &quot;%1&quot;. The server sends an issuer certificate before its own certificate (see chain.order_wrong), and clients take the first one as the server certificate. %2</source>
        <translation>从服务器证书出发没有路径能到达受信任的根证书：验证失败，错误为“%1”。服务器在自己的证书之前发送了一个颁发者证书（见 chain.order_wrong），而客户端会把第一个证书当作服务器证书。%2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="166"/>
        <source>No path leads from the server certificate to a trusted root: verification fails with &quot;%1&quot;. The chain ends in a root that is not among the trusted roots (a private CA?). %2</source>
        <translation>从服务器证书出发没有路径能到达受信任的根证书：验证失败，错误为“%1”。证书链止于一个不在受信任根证书之列的根证书（私有 CA？）。%2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="171"/>
        <source>No path leads from the server certificate to a trusted root: verification fails with &quot;%1&quot;. %2</source>
        <translation>从服务器证书出发没有路径能到达受信任的根证书：验证失败，错误为“%1”。%2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="176"/>
        <source>The certificate chain is not trusted</source>
        <translation>证书链不受信任</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="189"/>
        <source>The certificate carries no name of that kind.</source>
        <translation>该证书不含此类名称。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="190"/>
        <source>The certificate carries: %1.</source>
        <translation>该证书包含：%1。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="192"/>
        <source>%1 It has no DNS subject alternative names, so only the common name could be compared; many clients no longer look at the common name at all.</source>
        <translation>%1 它没有 DNS 类型的主题备用名称（SAN），因此只能比较通用名称（CN）；许多客户端已完全不再查看通用名称。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="197"/>
        <source>The certificate does not cover %1</source>
        <translation>该证书不涵盖 %1</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="198"/>
        <source>Mail clients connect to %1 (the server name set in the user&apos;s account) and expect that name in the certificate. %2 %3 Add the name as a subject alternative name when the certificate is next issued.</source>
        <translation>邮件客户端连接到 %1（用户账户中设置的服务器名称），并期望证书中含有该名称。%2 %3 请在下次签发证书时把该名称加入主题备用名称（SAN）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="202"/>
        <source>Partners connect to %1 (the MX host) and expect that name in the certificate. %2 %3 Add the name as a subject alternative name when the certificate is next issued.</source>
        <translation>伙伴连接到 %1（MX 主机），并期望证书中含有该名称。%2 %3 请在下次签发证书时把该名称加入主题备用名称（SAN）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="222"/>
        <source>Weak %1 key in certificate %2</source>
        <translation>证书 %2 中的 %1 密钥强度不足</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="223"/>
        <source>%1 has a %2-bit %3 key. Keys this short can be broken with enough computing power, and current OpenSSL-based clients at their default security level refuse them, so those partners fail the handshake or fall back to cleartext. Use RSA 2048 or more, or ECDSA P-256.</source>
        <translation>%1 使用 %2 位的 %3 密钥。这么短的密钥在足够的算力下可以被破解，而当前基于 OpenSSL 的客户端在默认安全级别下会拒绝它们，因此这些伙伴会握手失败或回退到明文。请使用 2048 位或以上的 RSA，或 ECDSA P-256。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="238"/>
        <source>Certificate %1 is signed with %2</source>
        <translation>证书 %1 使用 %2 签名</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="239"/>
        <source>%1 carries a %2 signature. %2 collisions can be forged, so such signatures prove little, and current clients reject them at their default security level. Have the certificate re-issued with SHA-256.</source>
        <translation>%1 带有 %2 签名。%2 碰撞可以被伪造，因此这种签名几乎证明不了什么，而当前的客户端在默认安全级别下会拒绝它们。请以 SHA-256 重新签发该证书。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="254"/>
        <source>The certificates are sent in the wrong order</source>
        <translation>证书的发送顺序错误</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="255"/>
        <source>%1 TLS 1.2 requires the server certificate first and each following certificate to certify the one before it. Many clients sort the chain themselves, but strict or older ones fail verification.</source>
        <translation>%1 TLS 1.2 要求服务器证书排在最前，且其后的每个证书都为前一个证书作证明。许多客户端会自行对证书链排序，但严格的或较旧的客户端会验证失败。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="270"/>
        <source>The chain the server sends ends at %1, whose issuer %2 is neither sent nor a root this check trusts. Either %2 is a private root (then the chain is complete; partners must have that root in their trust store, and --ca-file ROOT.pem shows whether the chain verifies against it), or it is a further intermediate of a public CA that is missing (then append it, after the others). The CA&apos;s bundle or the certificate&apos;s &quot;CA Issuers&quot; URL tells which. %3</source>
        <translation>服务器发送的证书链止于 %1，其颁发者 %2 既未被发送，也不是本检查信任的根证书。要么 %2 是私有根证书（那么证书链是完整的；伙伴必须在其信任库中拥有该根证书，--ca-file ROOT.pem 可显示证书链能否据此验证通过），要么它是某个公共 CA 缺失的另一张中间证书（那么请把它追加在其他证书之后）。CA 的证书包或证书中的“CA Issuers”URL 可以说明属于哪种情况。%3</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="277"/>
        <source>The server does not send the certificate of %1, which issued %2, and it is not a trusted root either. Most often this is the CA&apos;s intermediate certificate: mail servers (Postfix, Exim, Sendmail) do not fetch missing intermediates as browsers sometimes do, so they cannot build a path to a trusted root. If %1 is instead a private root that signed the certificate directly, nothing is missing from the chain, but partners must trust that root (--ca-file ROOT.pem checks it). %3</source>
        <translation>服务器没有发送 %1 的证书（它签发了 %2），而它也不是受信任的根证书。这通常是 CA 的中间证书：邮件服务器（Postfix、Exim、Sendmail）不会像浏览器有时那样去获取缺失的中间证书，因此无法构建通往受信任根证书的路径。如果 %1 其实是直接签发该证书的私有根证书，那么证书链并不缺什么，但伙伴必须信任该根证书（--ca-file ROOT.pem 可检查这一点）。%3</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="286"/>
        <source>The chain ends at an issuer that is neither sent nor trusted</source>
        <translation>证书链止于一个既未发送也不受信任的颁发者</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="287"/>
        <source>An intermediate certificate is missing from the chain</source>
        <translation>证书链中缺少一张中间证书</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="305"/>
        <source>%1 is sent by the server, but it is not part of the path from the server certificate to its root. It costs bytes in every handshake and can confuse clients that expect each certificate to certify the one before it. Remove it from the certificate file.</source>
        <translation>%1 由服务器发送，但它不在从服务器证书到其根证书的路径上。它在每次握手中都会占用字节，还可能让期望每个证书都为前一个证书作证明的客户端产生混淆。请将它从证书文件中删除。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="310"/>
        <source>%1 is sent by the server, but it is a duplicate of certificate %2. It costs bytes in every handshake and can confuse clients that expect each certificate to certify the one before it. Remove it from the certificate file.</source>
        <translation>%1 由服务器发送，但它与证书 %2 重复。它在每次握手中都会占用字节，还可能让期望每个证书都为前一个证书作证明的客户端产生混淆。请将它从证书文件中删除。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="316"/>
        <source>Certificate %1 does not belong in the chain</source>
        <translation>证书 %1 不应出现在证书链中</translation>
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
        <translation>证书链包含了其根证书</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="355"/>
        <source>%1 is the self-signed root the chain ends in. Clients trust a root because they already have it, never because the server sent it, so it only adds bytes to every handshake. It does no harm; you may leave it out of the certificate file.</source>
        <translation>%1 是证书链末端的自签名根证书。客户端信任根证书是因为它们本来就有，而不是因为服务器发送了它，所以它只会给每次握手增加字节。它并无害处；你可以把它从证书文件中去掉。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="383"/>
        <source>The key from %1 belongs to %2</source>
        <translation>来自 %1 的密钥属于%2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="384"/>
        <source>%1; the key from %2 belongs to %3</source>
        <translation>%1；来自 %2 的密钥属于%3</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="388"/>
        <source>The private key given does not belong to the server certificate (%1): a TLS server needs the key the certificate was issued for. Exim and Postfix cannot use such a pair; the TLS handshake fails or STARTTLS is not offered, and partners defer or deliver in cleartext. Use the key generated together with the certificate&apos;s CSR, or have the certificate re-issued for this key.</source>
        <translation>所给的私钥不属于服务器证书（%1）：TLS 服务器需要该证书签发时所对应的密钥。Exim 和 Postfix 无法使用这样的一对；TLS 握手会失败或不提供 STARTTLS，伙伴会推迟投递或以明文投递。请使用与该证书的 CSR 一同生成的密钥，或为此密钥重新签发证书。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="394"/>
        <source>The private key given does not belong to the server certificate (%1): a TLS server needs the key the certificate was issued for. Exim and Postfix cannot use such a pair; the TLS handshake fails or STARTTLS is not offered, and partners defer or deliver in cleartext. %2. Use the key generated together with the certificate&apos;s CSR, or have the certificate re-issued for this key.</source>
        <translation>所给的私钥不属于服务器证书（%1）：TLS 服务器需要该证书签发时所对应的密钥。Exim 和 Postfix 无法使用这样的一对；TLS 握手会失败或不提供 STARTTLS，伙伴会推迟投递或以明文投递。%2。请使用与该证书的 CSR 一同生成的密钥，或为此密钥重新签发证书。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="402"/>
        <source>The private key does not match the server certificate</source>
        <translation>私钥与服务器证书不匹配</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="429"/>
        <source>The file holds the newer certificate: most likely it was renewed but the mail server was not reloaded and still serves the old one. </source>
        <translation>文件中是较新的证书：最可能的情况是证书已续期，但邮件服务器没有重新加载，仍在提供旧证书。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="431"/>
        <source>The server serves the newer certificate: the file is an older copy, or the server reads its certificate from another path. </source>
        <translation>服务器提供的是较新的证书：该文件是旧副本，或服务器从另一路径读取其证书。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="434"/>
        <source>The server was given another certificate than this file (a renewed certificate but no restart, or the reverse), or it reads another path. </source>
        <translation>服务器拿到的是与此文件不同的证书（证书已续期但未重启，或者相反），或者它读取的是另一路径。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="438"/>
        <source>%1Both use the same key, as a renewal that keeps the key does. </source>
        <translation>%1两者使用同一密钥，保留密钥的续期正是如此。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="442"/>
        <source>The server does not serve the certificate in %1</source>
        <translation>服务器提供的不是 %1 中的证书</translation>
    </message>
    <message>
        <location filename="../core/diagnose/certificate_rules.cpp" line="443"/>
        <source>The certificate the server sent (%1, valid %2, SHA-256 %3) is not the one in %4 (%5, valid %6, SHA-256 %7). %8Reload the mail server after installing a certificate, and check which file its configuration names.</source>
        <translation>服务器发送的证书（%1，有效期 %2，SHA-256 %3）不是 %4 中的那张（%5，有效期 %6，SHA-256 %7）。%8安装证书后请重新加载邮件服务器，并检查其配置中指定的是哪个文件。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="16"/>
        <source>versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="17"/>
        <source>suites</source>
        <translation>密码套件</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="18"/>
        <source>preference</source>
        <translation>优先顺序</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="19"/>
        <source>groups</source>
        <translation>组</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="20"/>
        <source>DH size</source>
        <translation>DH 大小</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="21"/>
        <source>certificate types</source>
        <translation>证书类型</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="22"/>
        <source>chain</source>
        <translation>证书链</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="23"/>
        <source>key sizes</source>
        <translation>密钥长度</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="24"/>
        <source>validity</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="25"/>
        <source>findings</source>
        <translation>发现</translation>
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
        <translation>拒绝</translation>
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
        <translation>未测试</translation>
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
        <translation>服务器顺序</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="239"/>
        <source>client order</source>
        <translation>客户端顺序</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="244"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="244"/>
        <source>client decides</source>
        <translation>由客户端决定</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="253"/>
        <source>%1 first choice</source>
        <translation>%1 首选</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="286"/>
        <location filename="../core/diagnose/compare.cpp" line="288"/>
        <source>%1 bits</source>
        <translation>%1 位</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="286"/>
        <source>no DHE</source>
        <translation>无 DHE</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="293"/>
        <source>DH prime</source>
        <translation>DH 素数</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="301"/>
        <source>none seen</source>
        <translation>未见到</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="304"/>
        <source>no scan</source>
        <translation>无扫描</translation>
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
        <translation>不在此报告中</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="338"/>
        <source>not seen</source>
        <translation>未见到</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="343"/>
        <source>%1 chain</source>
        <translation>%1 证书链</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="349"/>
        <source>%1 leaf names</source>
        <translation>%1 叶证书名称</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="353"/>
        <source>%1 leaf SHA-256</source>
        <translation>%1 叶证书 SHA-256</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="359"/>
        <source>%1 keys</source>
        <translation>%1 密钥</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="367"/>
        <source>%1 leaf validity</source>
        <translation>%1 叶证书有效期</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="392"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="394"/>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="418"/>
        <source>1 suite, not in every report</source>
        <translation>1 个套件，并非每个报告都有</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="419"/>
        <source>%1 suites, not in every report</source>
        <translation>%1 个套件，并非每个报告都有</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="420"/>
        <source>1 suite</source>
        <translation>1 个套件</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="420"/>
        <source>%1 suites</source>
        <translation>%1 个套件</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="521"/>
        <source>%1 could not be examined (%2): its column is empty.</source>
        <translation>%1 无法检查（%2）：其列为空。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="524"/>
        <source>%1 is a %2 report without a scan: versions, suites and groups show only what its one handshake negotiated; preference and certificate types are not compared.</source>
        <translation>%1 是不含扫描的 %2 报告：版本、套件和组仅显示其单次握手协商的结果；不比较优先顺序和证书类型。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="528"/>
        <source>%1 holds the chain of its first certificate type only (a saved report keeps one chain): the other types&apos; chains are not compared.</source>
        <translation>%1 仅包含其第一种证书类型的证书链（保存的报告只保留一条证书链）：不比较其他类型的证书链。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/compare.cpp" line="537"/>
        <source>%1 is a scan: session findings (STARTTLS, AUTH, certificate trust) were not checked there.</source>
        <translation>%1 是扫描：其中未检查会话发现（STARTTLS、AUTH、证书信任）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="165"/>
        <source>The MX records of %1 fail DNSSEC validation</source>
        <translation>%1 的 MX 记录未通过 DNSSEC 验证</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="166"/>
        <source>A validating resolver withholds bogus answers, so every sender behind one (most large providers, every DANE sender) cannot find where to deliver and keeps the mail queued until it bounces. Senders without validation still deliver, which hides the problem.</source>
        <translation>验证型解析器会扣下伪造（bogus）的应答，因此其后的每个发送方（大多数大型服务商、所有 DANE 发送方）都找不到投递目标，邮件会一直留在队列中直至退信。不做验证的发送方仍能投递，这会掩盖问题。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="174"/>
        <source>The MX lookup for %1 failed</source>
        <translation>%1 的 MX 查询失败</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="175"/>
        <source>Senders treat a failed lookup as temporary and retry; while it lasts no mail arrives. A SERVFAIL from a validating resolver can also mean the answer was bogus: ask a non-validating resolver (dig +cd) to tell the two apart.</source>
        <translation>发送方会把失败的查询视为暂时性错误并重试；在此期间收不到任何邮件。验证型解析器返回的 SERVFAIL 也可能意味着应答是伪造（bogus）的：请向不做验证的解析器查询（dig +cd）以区分这两种情况。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="183"/>
        <source>%1 does not exist in DNS</source>
        <translation>%1 在 DNS 中不存在</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="184"/>
        <source>The resolver answered NXDOMAIN: senders bounce mail for this domain at once.</source>
        <translation>解析器返回 NXDOMAIN：发送方会立即退回发往该域名的邮件。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="190"/>
        <source>%1 publishes a null MX: it accepts no mail</source>
        <translation>%1 发布了空 MX：不接收任何邮件</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="191"/>
        <source>A single MX &quot;0 .&quot; (RFC 7505) tells senders not to try; they bounce mail at once. Fine for a domain that sends only; a mistake if it should receive.</source>
        <translation>单条 MX“0 .”（RFC 7505）告诉发送方不要尝试投递；它们会立即退信。对只发信的域名没问题；若该域名需要收信则是配置错误。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="200"/>
        <source>%1 has no MX record; senders use its own address</source>
        <translation>%1 没有 MX 记录；发送方使用其自身地址</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="201"/>
        <source>Without MX records, senders deliver to the domain&apos;s A/AAAA addresses (RFC 5321 §5.1). It works, but an explicit MX record says what is meant and lets DANE and MTA-STS name the mail host.</source>
        <translation>没有 MX 记录时，发送方会投递到该域名的 A/AAAA 地址（RFC 5321 §5.1）。这样可行，但显式的 MX 记录能表明意图，并让 DANE 和 MTA-STS 能指明邮件主机。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="207"/>
        <source>%1 has neither MX nor address records</source>
        <translation>%1 既没有 MX 记录也没有地址记录</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="208"/>
        <source>Senders have nowhere to deliver and bounce the mail.</source>
        <translation>发送方无处投递，只能退信。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="226"/>
        <source>The addresses of MX host %1 fail DNSSEC validation</source>
        <translation>MX 主机 %1 的地址未通过 DNSSEC 验证</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="227"/>
        <source>Senders behind a validating resolver cannot reach this host and move on to the next MX, or keep the mail queued when there is none.</source>
        <translation>使用验证型解析器的发送方无法访问该主机，会转向下一个 MX；若没有其他 MX，则把邮件留在队列中。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="235"/>
        <source>No MX host of %1 has an address</source>
        <translation>%1 的所有 MX 主机都没有地址</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="236"/>
        <source>%1 MX host(s) have no address</source>
        <translation>%1 个 MX 主机没有地址</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="237"/>
        <source>An MX host without A or AAAA records cannot be reached; senders skip it, and with no host left they keep the mail queued.</source>
        <translation>没有 A 或 AAAA 记录的 MX 主机无法访问；发送方会跳过它，当没有主机可用时，邮件会留在队列中。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="239"/>
        <source>An MX host without A or AAAA records cannot be reached; senders skip it.</source>
        <translation>没有 A 或 AAAA 记录的 MX 主机无法访问；发送方会跳过它。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="243"/>
        <source>An MX record points at an alias (CNAME)</source>
        <translation>MX 记录指向别名（CNAME）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="244"/>
        <source>RFC 2181 §10.3 and RFC 5321 §5.1 require an MX to name a host with its own address records. Most senders follow the alias anyway, but some refuse, and DANE senders look for TLSA records under the alias&apos;s target name first, which surprises many.</source>
        <translation>RFC 2181 §10.3 和 RFC 5321 §5.1 要求 MX 指向拥有自身地址记录的主机。大多数发送方仍会跟随别名，但有些会拒绝；而 DANE 发送方会先在别名的目标名称下查找 TLSA 记录，这常常出人意料。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="250"/>
        <source>%1 MX host(s) were not checked</source>
        <translation>%1 个 MX 主机未检查</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="251"/>
        <source>Only the first hosts by preference are checked; the rest are listed.</source>
        <translation>仅检查按优先级排在前面的主机；其余主机仅列出。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="280"/>
        <source>%1 of %2 MX addresses could not be reached on port 25</source>
        <translation>%2 个 MX 地址中有 %1 个无法通过 25 端口访问</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="281"/>
        <source>Senders skip an address they cannot connect to. From here it may also be a firewall on this side (many networks block outgoing port 25): check from another network before changing the server.</source>
        <translation>发送方会跳过无法连接的地址。从这里看，也可能是本端的防火墙所致（许多网络会阻止出站 25 端口）：在修改服务器之前，请从其他网络再检查一次。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="287"/>
        <source>%1 of %2 MX addresses offer no TLS</source>
        <translation>%2 个 MX 地址中有 %1 个不提供 TLS</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="288"/>
        <source>Opportunistic senders deliver to these in cleartext; DANE and enforcing MTA-STS senders refuse them and try other MX addresses or keep the mail queued.</source>
        <translation>机会性发送方会以明文投递到这些地址；DANE 发送方和执行 MTA-STS 的发送方会拒绝它们，转而尝试其他 MX 地址，或把邮件留在队列中。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="293"/>
        <source>The TLS handshake fails at %1 of %2 MX addresses</source>
        <translation>%2 个 MX 地址中有 %1 个 TLS 握手失败</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="294"/>
        <source>Most opportunistic senders then retry in cleartext (Exim&apos;s tls_tempfail_tryclear, Postfix at level may); DANE and MTA-STS senders defer. The session of each address shows the handshake.</source>
        <translation>大多数机会性发送方随后会以明文重试（Exim 的 tls_tempfail_tryclear、Postfix 的 may 级别）；DANE 和 MTA-STS 发送方则会推迟投递。每个地址的会话中可以看到握手过程。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="300"/>
        <source>%1 of %2 MX addresses serve a certificate not valid for the MX name</source>
        <translation>%2 个 MX 地址中有 %1 个提供的证书对 MX 名称无效</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="302"/>
        <source>Opportunistic senders do not check names; MTA-STS senders in enforce mode refuse the host, and DANE-TA records need the name too (DANE-EE records do not).</source>
        <translation>机会性发送方不检查名称；enforce 模式下的 MTA-STS 发送方会拒绝该主机，DANE-TA 记录同样需要名称匹配（DANE-EE 记录不需要）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="307"/>
        <source>%1 of %2 MX addresses serve a chain that does not verify</source>
        <translation>%2 个 MX 地址中有 %1 个提供的证书链无法验证</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="308"/>
        <source>Opportunistic and DANE senders do not need a public CA; MTA-STS senders in enforce mode do, and refuse the host.</source>
        <translation>机会性发送方和 DANE 发送方不需要公共 CA；enforce 模式下的 MTA-STS 发送方则需要，并会拒绝该主机。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="342"/>
        <source>Addresses of one MX host serve different certificates or TLS versions</source>
        <translation>同一 MX 主机的各地址提供不同的证书或 TLS 版本</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="343"/>
        <source>The nodes behind one name should be configured alike; a difference usually means one node missed a certificate renewal or a configuration change. Partners see the failure only when they reach that node, which makes it look random.</source>
        <translation>同一名称后面的各节点应配置一致；出现差异通常意味着某个节点漏掉了证书续期或配置变更。合作方只有在连到该节点时才会遇到故障，因此看起来像是随机出现的。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="377"/>
        <source>%1 (%2 of %3 MX addresses)</source>
        <translation>%1（%3 个 MX 地址中的 %2 个）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="396"/>
        <source>The TLSA records of %1 fail DNSSEC validation</source>
        <translation>%1 的 TLSA 记录未通过 DNSSEC 验证</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="397"/>
        <source>Every DANE sender (Postfix at level dane, Exim with hosts_try_dane or hosts_require_dane) treats the host as unusable and keeps mail for it queued until it bounces. Fix the signatures first: nothing else here matters to those senders until this is fixed.</source>
        <translation>每个 DANE 发送方（dane 级别的 Postfix、启用 hosts_try_dane 或 hosts_require_dane 的 Exim）都会把该主机视为不可用，并把发往它的邮件留在队列中直至退信。请先修复签名：在修复之前，这里的其他问题对这些发送方都无关紧要。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="408"/>
        <source>The TLSA lookup for %1 fails</source>
        <translation>%1 的 TLSA 查询失败</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="409"/>
        <source>The MX host&apos;s addresses are signed, so DANE senders must know whether TLSA records exist; a failing lookup makes them defer (RFC 7672 §2.2). Some signed zones&apos; servers fail on TLSA queries.</source>
        <translation>该 MX 主机的地址已签名，因此 DANE 发送方必须知道是否存在 TLSA 记录；查询失败会使它们推迟投递（RFC 7672 §2.2）。有些已签名区域的服务器在处理 TLSA 查询时会出错。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="421"/>
        <source>%1 TLSA record(s) of %2 cannot be read</source>
        <translation>%2 的 %1 条 TLSA 记录无法读取</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="422"/>
        <source>Senders ignore records they cannot read.</source>
        <translation>发送方会忽略无法读取的记录。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="426"/>
        <source>The TLSA records of %1 are not signed (DNSSEC %2)</source>
        <translation>%1 的 TLSA 记录未签名（DNSSEC %2）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="428"/>
        <source>Without DNSSEC a TLSA record proves nothing, so no sender uses it: DANE senders deliver with unauthenticated TLS as if there were none.</source>
        <translation>没有 DNSSEC，TLSA 记录什么也证明不了，因此没有发送方会使用它：DANE 发送方会像没有该记录一样，使用未经认证的 TLS 投递。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="437"/>
        <source>TLSA for %1 is signed, but the host&apos;s addresses are not</source>
        <translation>%1 的 TLSA 已签名，但该主机的地址未签名</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="438"/>
        <source>DANE senders look for TLSA only when the MX host&apos;s A/AAAA records are DNSSEC-secure (RFC 7672 §2.2.2); here they are not, so the TLSA records are never used.</source>
        <translation>只有当 MX 主机的 A/AAAA 记录经 DNSSEC 验证为安全时，DANE 发送方才会查找 TLSA（RFC 7672 §2.2.2）；此处并非如此，因此这些 TLSA 记录永远不会被使用。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="465"/>
        <source>No TLSA record of %1 is usable for SMTP</source>
        <translation>%1 的 TLSA 记录均不能用于 SMTP</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="466"/>
        <source>Some TLSA records of %1 are not usable for SMTP</source>
        <translation>%1 的部分 TLSA 记录不能用于 SMTP</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="467"/>
        <source>RFC 7672 §3.1.3: SMTP senders ignore usages 0 (PKIX-TA) and 1 (PKIX-EE), since MX hosts have no agreed CA set. With only those, DANE senders insist on TLS but do not authenticate it.</source>
        <translation>RFC 7672 §3.1.3：SMTP 发送方会忽略用途 0（PKIX-TA）和 1（PKIX-EE），因为 MX 主机没有公认的 CA 集合。若只有这类记录，DANE 发送方会坚持使用 TLS，但不对其进行认证。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="470"/>
        <source>RFC 7672 §3.1.3: SMTP senders ignore usages 0 (PKIX-TA) and 1 (PKIX-EE), since MX hosts have no agreed CA set. </source>
        <translation>RFC 7672 §3.1.3：SMTP 发送方会忽略用途 0（PKIX-TA）和 1（PKIX-EE），因为 MX 主机没有公认的 CA 集合。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="478"/>
        <source>TLSA records of %1 use a less robust form</source>
        <translation>%1 的 TLSA 记录使用了不够稳健的形式</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="479"/>
        <source>3 1 1 (the key&apos;s SHA-256) survives certificate renewals with the same key; 3 0 x changes with every certificate, and matching type 0 publishes whole data.</source>
        <translation>3 1 1（密钥的 SHA-256）在使用同一密钥续期证书时仍然有效；3 0 x 会随每张证书改变，而匹配类型 0 会发布完整数据。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="485"/>
        <source>%1 publishes one DANE-EE record and nothing for the next key</source>
        <translation>%1 只发布了一条 DANE-EE 记录，没有为下一个密钥准备记录</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="486"/>
        <source>The day the key changes, DANE senders defer until a new record is published and cached copies expire. Publish the next key&apos;s 3 1 1 record now (or a 2 1 1 for the issuing CA) so a key change is a non-event.</source>
        <translation>密钥更换当天，DANE 发送方会推迟投递，直到新记录发布且缓存副本过期。请现在就发布下一个密钥的 3 1 1 记录（或为签发 CA 发布 2 1 1 记录），让更换密钥不再是个问题。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="512"/>
        <source>%1 serves a certificate its TLSA records do not match</source>
        <translation>%1 提供的证书与其 TLSA 记录不匹配</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="513"/>
        <source>DANE senders refuse these addresses and keep the mail queued when no other MX works. The usual cause is a certificate renewed with a new key while the TLSA records still name the old one.</source>
        <translation>DANE 发送方会拒绝这些地址；若没有其他可用的 MX，邮件会留在队列中。常见原因是证书续期时换了新密钥，而 TLSA 记录仍指向旧密钥。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="524"/>
        <source>%1 publishes TLSA records but gives no TLS</source>
        <translation>%1 发布了 TLSA 记录，却不提供 TLS</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="525"/>
        <source>With secure TLSA records a DANE sender requires TLS and will not fall back to cleartext: mail to these addresses waits in its queue.</source>
        <translation>存在安全的 TLSA 记录时，DANE 发送方要求使用 TLS，且不会回退到明文：发往这些地址的邮件会在其队列中等待。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="531"/>
        <source>No MX host of %1 publishes DANE</source>
        <translation>%1 的 MX 主机均未发布 DANE</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="532"/>
        <source>DANE senders deliver with unauthenticated TLS, which an attacker on the path can strip or intercept. Publishing TLSA records in a signed zone closes that.</source>
        <translation>DANE 发送方会使用未经认证的 TLS 投递，路径上的攻击者可以剥离或拦截它。在已签名区域中发布 TLSA 记录即可堵住这个漏洞。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="581"/>
        <source>The MTA-STS record lookup failed</source>
        <translation>MTA-STS 记录查询失败</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="582"/>
        <source>Senders that already cached a policy keep using it; others treat the domain as without MTA-STS until the lookup works.</source>
        <translation>已缓存策略的发送方会继续使用它；其他发送方在查询恢复正常之前，会把该域名视为没有 MTA-STS。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="590"/>
        <source>%1 publishes no MTA-STS policy</source>
        <translation>%1 未发布 MTA-STS 策略</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="591"/>
        <source>Senders that implement MTA-STS (the large mailbox providers) deliver with opportunistic TLS, which an attacker on the path can strip.</source>
        <translation>实现了 MTA-STS 的发送方（大型邮箱服务商）会使用机会性 TLS 投递，路径上的攻击者可以将其剥离。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="600"/>
        <source>%1 publishes %2 MTA-STS records</source>
        <translation>%1 发布了 %2 条 MTA-STS 记录</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="601"/>
        <source>RFC 8461 §3.1: with more than one v=STSv1 record, senders must assume the domain has no policy at all — the protection is silently off. This often happens when a new record is added for a policy change instead of the old one being replaced.</source>
        <translation>RFC 8461 §3.1：存在多条 v=STSv1 记录时，发送方必须认为该域名根本没有策略——保护被悄然关闭。这通常发生在修改策略时新增了一条记录，而没有替换旧记录。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="608"/>
        <source>The MTA-STS record of %1 is not valid</source>
        <translation>%1 的 MTA-STS 记录无效</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="609"/>
        <source>Senders treat a record they cannot parse as no policy (RFC 8461 §3.1).</source>
        <translation>发送方会把无法解析的记录视为没有策略（RFC 8461 §3.1）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="621"/>
        <source>The MTA-STS policy URL redirects</source>
        <translation>MTA-STS 策略 URL 发生重定向</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="622"/>
        <source>RFC 8461 §3.3: senders must not follow redirects, so they get no policy. Serve the file itself at that exact URL.</source>
        <translation>RFC 8461 §3.3：发送方不得跟随重定向，因此拿不到策略。请在该 URL 上直接提供文件本身。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="631"/>
        <source>The certificate of %1 is not valid</source>
        <translation>%1 的证书无效</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="632"/>
        <source>Senders fetch the policy only over verified HTTPS (RFC 8461 §3.3); with this certificate they get no policy, and the domain is unprotected.</source>
        <translation>发送方只通过经过验证的 HTTPS 获取策略（RFC 8461 §3.3）；使用这张证书时它们拿不到策略，该域名因此不受保护。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="639"/>
        <source>The MTA-STS policy is too large</source>
        <translation>MTA-STS 策略过大</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="640"/>
        <source>A policy is a few lines; this body is longer than %1 bytes, so it was not read. Senders bound the size too and will not use it.</source>
        <translation>策略只有几行；此内容超过 %1 字节，因此未被读取。发送方同样限制大小，不会使用它。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="648"/>
        <source>The MTA-STS policy could not be fetched</source>
        <translation>无法获取 MTA-STS 策略</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="649"/>
        <source>The TXT record announces a policy, but there is none to get: new senders treat the domain as without MTA-STS; senders with a cached policy keep enforcing the old one until its max_age runs out.</source>
        <translation>TXT 记录声明了策略，却获取不到：新的发送方会把该域名视为没有 MTA-STS；已缓存策略的发送方会继续执行旧策略，直到其 max_age 到期。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="659"/>
        <source>The MTA-STS policy is served as %1, not text/plain</source>
        <translation>MTA-STS 策略以 %1 而非 text/plain 提供</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="660"/>
        <source>RFC 8461 §3.3 requires text/plain; strict senders discard a policy of another type.</source>
        <translation>RFC 8461 §3.3 要求 text/plain；严格的发送方会丢弃其他类型的策略。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="667"/>
        <source>The MTA-STS policy has errors</source>
        <translation>MTA-STS 策略有错误</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="668"/>
        <source>Senders discard a policy they cannot parse, which leaves the domain unprotected.</source>
        <translation>发送方会丢弃无法解析的策略，使该域名失去保护。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="676"/>
        <source>The MTA-STS policy is in testing mode</source>
        <translation>MTA-STS 策略处于 testing 模式</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="677"/>
        <source>Senders check it and report failures (to the TLS-RPT address), but deliver anyway. Switch to enforce once the reports are clean.</source>
        <translation>发送方会按它检查并（向 TLS-RPT 地址）报告失败，但仍会投递。报告中没有问题后，请切换到 enforce。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="681"/>
        <source>The MTA-STS policy is switched off</source>
        <translation>MTA-STS 策略已关闭</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="682"/>
        <source>mode: none tells senders to forget the policy: the usual way to retire it.</source>
        <translation>mode: none 告诉发送方忘掉该策略：这是停用策略的常规做法。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="686"/>
        <source>The MTA-STS policy is cached for only %1 seconds</source>
        <translation>MTA-STS 策略仅缓存 %1 秒</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="687"/>
        <source>A short max_age means senders fetch the policy again often, and an attacker who can block that fetch gets the domain treated as unprotected sooner. RFC 8461 suggests weeks (e.g. 604800 or more).</source>
        <translation>max_age 过短意味着发送方会频繁重新获取策略，能阻断该获取的攻击者可以更快地让该域名被视为不受保护。RFC 8461 建议设为数周（例如 604800 或更长）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="722"/>
        <source>The MTA-STS policy does not cover MX host %1</source>
        <translation>MTA-STS 策略未涵盖 MX 主机 %1</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="723"/>
        <source>In enforce mode, senders refuse every MX host no mx: pattern matches; when none is left, mail waits in their queues and then bounces.</source>
        <translation>在 enforce 模式下，发送方会拒绝所有不匹配任何 mx: 模式的 MX 主机；若没有主机可用，邮件会在其队列中等待，随后退信。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="725"/>
        <source>In testing mode senders deliver anyway and report the failure; switching to enforce now would refuse these hosts.</source>
        <translation>在 testing 模式下，发送方仍会投递并报告该失败；现在切换到 enforce 将会拒绝这些主机。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="733"/>
        <source>%1 MX address(es) would fail MTA-STS certificate checks</source>
        <translation>%1 个 MX 地址将无法通过 MTA-STS 证书检查</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="734"/>
        <source>In enforce mode, senders require TLS with a certificate that chains to a public CA and is valid for the MX name; these addresses fail that, so mail routed to them waits in the senders&apos; queues.</source>
        <translation>在 enforce 模式下，发送方要求使用 TLS，且证书须能链接到公共 CA 并对 MX 名称有效；这些地址不满足要求，因此路由到它们的邮件会在发送方的队列中等待。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="737"/>
        <source>In testing mode senders deliver anyway and report it; in enforce mode these addresses would be refused.</source>
        <translation>在 testing 模式下，发送方仍会投递并报告此问题；在 enforce 模式下，这些地址将被拒绝。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="747"/>
        <source>mx: patterns that match no MX host</source>
        <translation>不匹配任何 MX 主机的 mx: 模式</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="748"/>
        <source>Left over from an old MX set, or a typo of the intended name. They do no harm by themselves but make the policy harder to trust.</source>
        <translation>可能是旧 MX 集合的遗留，或预期名称的拼写错误。它们本身无害，但会让策略更难以让人信赖。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="767"/>
        <source>%1 publishes no TLS-RPT address</source>
        <translation>%1 未发布 TLS-RPT 地址</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="768"/>
        <source>Senders that fail TLS, DANE or MTA-STS checks toward this domain have nowhere to report it (RFC 8460), so failures stay invisible to you.</source>
        <translation>对该域名的 TLS、DANE 或 MTA-STS 检查失败的发送方无处报告（RFC 8460），因此你看不到这些失败。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="775"/>
        <source>%1 publishes %2 TLS-RPT records</source>
        <translation>%1 发布了 %2 条 TLS-RPT 记录</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="776"/>
        <source>RFC 8460 §3: with more than one record, senders send no reports.</source>
        <translation>RFC 8460 §3：存在多条记录时，发送方不会发送报告。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="782"/>
        <source>The TLS-RPT record of %1 is not valid</source>
        <translation>%1 的 TLS-RPT 记录无效</translation>
    </message>
    <message>
        <location filename="../core/diagnose/domain_rules.cpp" line="783"/>
        <source>Senders ignore a record they cannot parse, so no reports arrive.</source>
        <translation>发送方会忽略无法解析的记录，因此收不到任何报告。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="25"/>
        <source>No cipher suite in common</source>
        <translation>没有共同的密码套件</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="26"/>
        <source>The two TLS libraries found no suite both accept. Either the partner offers only suites this side has disabled (RSA key exchange, 3DES, RC4, CBC), or the certificate type does not fit the partner&apos;s suites (an ECDSA-only certificate meets an RSA-only partner): both are logged with the same words. A scan of the server shows its certificate types; a simulation with the partner&apos;s cipher list shows which one it is.</source>
        <translation>两个 TLS 库找不到双方都接受的套件。要么对方只提供本端已禁用的套件（RSA 密钥交换、3DES、RC4、CBC），要么证书类型与对方的套件不匹配（仅 ECDSA 的证书遇到仅支持 RSA 的对方）：两者在日志中的措辞相同。扫描服务器可显示其证书类型；用对方的密码列表进行模拟可显示是哪一种情况。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="31"/>
        <source>Diffie-Hellman prime too small for the client</source>
        <translation>Diffie-Hellman 素数对客户端而言太小</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="32"/>
        <source>The client refused the server&apos;s DHE prime as too short (GnuTLS clients want at least 2048 bits at their normal level, OpenSSL 3 at security level 2 as well). Inbound, our server&apos;s DH parameters are too small; outbound, the partner&apos;s are. ECDHE suites, or 2048-bit DH parameters, avoid it (compat.dh_too_small when simulated).</source>
        <translation>客户端认为服务器的 DHE 素数太短而拒绝（GnuTLS 客户端在常规级别下要求至少 2048 位，OpenSSL 3 在安全级别 2 下也是如此）。入站时是我方服务器的 DH 参数太小；出站时是对方的。使用 ECDHE 套件或 2048 位 DH 参数可避免（模拟时为 compat.dh_too_small）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="36"/>
        <source>Certificate issuer not trusted</source>
        <translation>证书颁发者不受信任</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="37"/>
        <source>The verifying side does not trust the certificate&apos;s issuer: a self-signed certificate, a private CA, or a chain that lacks its intermediate certificate (chain.intermediate_missing reads the same in a log). The served chain tells which.</source>
        <translation>验证方不信任证书的颁发者：自签名证书、私有 CA，或缺少中间证书的证书链（chain.intermediate_missing 在日志中的表述相同）。所提供的证书链可说明是哪一种。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="41"/>
        <source>Certificate verification failed</source>
        <translation>证书验证失败</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="42"/>
        <source>Verification failed and the log does not say why: an untrusted issuer, a missing intermediate, an expired certificate or a name that does not match the host all end here. A session against the host shows each check.</source>
        <translation>验证失败，日志未说明原因：不受信任的颁发者、缺少中间证书、证书过期或名称与主机不符都会出现在这里。对该主机进行一次会话可显示每项检查。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="45"/>
        <source>Certificate expired</source>
        <translation>证书已过期</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="46"/>
        <source>The certificate (or one in its chain) was past its notAfter date when the handshake ran.</source>
        <translation>握手时该证书（或其证书链中的某个证书）已超过 notAfter 日期。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="48"/>
        <source>Unexpected record version</source>
        <translation>意外的记录版本</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="49"/>
        <source>One side read a record it did not expect. Most often the other side spoke no TLS at that moment (plaintext after STARTTLS, or STARTTLS against an implicit-TLS port); sometimes the versions do not overlap. A session from here shows what the server sends.</source>
        <translation>一方读到了意外的记录。最常见的是另一方当时没有使用 TLS（STARTTLS 之后仍为明文，或对隐式 TLS 端口使用 STARTTLS）；有时是版本没有交集。从这里发起一次会话可显示服务器发送的内容。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="53"/>
        <source>No TLS version in common</source>
        <translation>没有共同的 TLS 版本</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="54"/>
        <source>The two sides share no TLS version: one requires a version the other lacks (TLS 1.0/1.1 switched off on one side, a partner that knows only TLS 1.0, or TLS 1.3 only).</source>
        <translation>双方没有共同的 TLS 版本：一方要求另一方不具备的版本（一方关闭了 TLS 1.0/1.1、对方只支持 TLS 1.0，或仅支持 TLS 1.3）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="57"/>
        <source>No signature algorithm in common</source>
        <translation>没有共同的签名算法</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="58"/>
        <source>No signature algorithm both sides accept for the certificate&apos;s key: an ECDSA-only or RSA-PSS certificate with a client that does not list it, or a SHA-1-only client against OpenSSL 3.</source>
        <translation>没有双方都接受的、适用于该证书密钥的签名算法：仅 ECDSA 或 RSA-PSS 的证书遇到未列出它的客户端，或仅支持 SHA-1 的客户端对接 OpenSSL 3。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="61"/>
        <source>Handshake failure alert</source>
        <translation>握手失败警报</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="62"/>
        <source>The peer ended the handshake with a handshake_failure alert, which several causes share: no suite in common, no signature algorithm in common, a certificate type it cannot use, or a client certificate it required. The alert alone does not tell them apart; a simulation with the partner&apos;s offer does.</source>
        <translation>对端以 handshake_failure 警报结束了握手，多种原因都会如此：没有共同的套件、没有共同的签名算法、无法使用的证书类型，或要求了客户端证书。仅凭该警报无法区分；用对方的提议进行模拟可以区分。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="66"/>
        <source>Handshake timed out</source>
        <translation>握手超时</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="67"/>
        <source>The handshake did not finish in time: a slow or overloaded peer, a packet filter dropping large records, or a client that stalled. Not a TLS setting as such.</source>
        <translation>握手未能及时完成：对端缓慢或过载、包过滤器丢弃大记录，或客户端停滞。这本身不是 TLS 配置问题。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="70"/>
        <source>Connection closed during the handshake</source>
        <translation>握手期间连接被关闭</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="71"/>
        <source>The connection ended during the handshake without a TLS reason at this end: the peer gave up (its own verification or cipher failure, logged only on its side), a middlebox cut it, or the network dropped. The partner&apos;s log holds the reason; a session from here shows whether it happens to us too.</source>
        <translation>连接在握手期间结束，本端没有 TLS 原因：对端放弃了（其自身的验证或加密失败，只记录在对端日志中）、中间设备切断了连接，或网络中断。对方的日志记录了原因；从这里发起一次会话可显示我方是否也会遇到。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="75"/>
        <source>Not TLS</source>
        <translation>不是 TLS</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="76"/>
        <source>Bytes that are not TLS arrived where a handshake was expected: a scanner, an HTTP client, or a client speaking TLS at once to a STARTTLS port (or the other way round).</source>
        <translation>在预期握手的位置收到了非 TLS 字节：扫描器、HTTP 客户端，或直接对 STARTTLS 端口使用 TLS 的客户端（或反之）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="79"/>
        <source>TLS required but not offered</source>
        <translation>要求 TLS 但未提供</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="80"/>
        <source>One side required TLS and the other did not offer STARTTLS (or a middlebox removed it from the EHLO answer).</source>
        <translation>一方要求 TLS，而另一方未提供 STARTTLS（或中间设备从 EHLO 响应中删除了它）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="82"/>
        <source>Peer required TLS</source>
        <translation>对端要求 TLS</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="83"/>
        <source>The other side refused to go on without TLS, and TLS was not started.</source>
        <translation>另一方拒绝在没有 TLS 的情况下继续，而 TLS 未启动。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="85"/>
        <source>Other TLS failure</source>
        <translation>其他 TLS 失败</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="86"/>
        <source>A TLS failure whose words this version does not sort; the example line says what the library reported.</source>
        <translation>本版本无法归类其措辞的 TLS 失败；示例行显示了库报告的内容。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="179"/>
        <source>start from the saved scan</source>
        <translation>以保存的扫描为起点</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="181"/>
        <source>drop %1</source>
        <translation>停用 %1</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="183"/>
        <source>suites &apos;%1&apos;</source>
        <translation>套件“%1”</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="185"/>
        <source>serve only %1</source>
        <translation>只提供 %1</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="187"/>
        <source>DH prime %1 bits</source>
        <translation>DH 素数 %1 位</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="189"/>
        <source>no change</source>
        <translation>无变更</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="192"/>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="216"/>
        <source>the cipher list &apos;%1&apos; names no suite the catalog knows</source>
        <translation>密码列表“%1”中没有目录已知的套件</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="221"/>
        <source>names not in the catalog were left out: %1</source>
        <translation>已略去目录中没有的名称：%1</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="238"/>
        <source>an OpenSSL cipher list does not govern TLS 1.3 suites (Postfix: tls_high_cipherlist / OpenSSL Ciphersuites); TLS 1.3 was simulated with no suite</source>
        <translation>OpenSSL 密码列表不管理 TLS 1.3 套件（Postfix：tls_high_cipherlist / OpenSSL Ciphersuites）；TLS 1.3 按没有套件进行了模拟</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="251"/>
        <source>certificate types are the server&apos;s: outbound, the partner&apos;s certificate decides</source>
        <translation>证书类型由服务器决定：出站时由对方的证书决定</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="278"/>
        <source>%1; %2 suites; certificates %3; DH %4 bits (from the saved scan)</source>
        <translation>%1；%2 个套件；证书 %3；DH %4 位（来自保存的扫描）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="279"/>
        <source>%1; %2 suites; certificates %3; DH %4 bits (what the change leaves of a server that accepts every suite)</source>
        <translation>%1；%2 个套件；证书 %3；DH %4 位（该变更对一台接受所有套件的服务器所保留的部分）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="281"/>
        <location filename="../core/diagnose/simulator.cpp" line="57"/>
        <source>no version</source>
        <translation>无版本</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="287"/>
        <source>without a saved scan of the server, today&apos;s server is taken as accepting everything, so only what the change itself removes is counted</source>
        <translation>没有保存的服务器扫描时，当前服务器被视为接受一切，因此只计算变更本身移除的部分</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="289"/>
        <source>a partner is judged by the versions and suites it used in these logs; it may offer more than it used, so &apos;loses TLS&apos; means none of what it used would still work</source>
        <translation>对方按其在这些日志中使用的版本和套件来判断；它可能提供的比使用的更多，因此“失去 TLS”表示它用过的都将不再可用</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="332"/>
        <source>the log names no cipher for its TLS messages, so the change cannot be judged for it</source>
        <translation>日志未记录其 TLS 消息所用的密码套件，因此无法判断此变更对它的影响</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="337"/>
        <source>none of the %1 version/suite pair(s) it used would still be accepted: %2</source>
        <translation>它使用过的 %1 个版本/套件组合都将不再被接受：%2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="343"/>
        <source>what it used is either refused or not in the catalog (%1), so it cannot be told</source>
        <translation>它使用过的要么被拒绝，要么不在目录中（%1），因此无法判断</translation>
    </message>
    <message>
        <location filename="../core/diagnose/log_verdicts.cpp" line="348"/>
        <source>what it keeps is DHE, and a DH prime of %1 bits fails clients that cap it at 1024 (Java 7 and older); the log cannot tell its library</source>
        <translation>它保留的是 DHE，而 %1 位的 DH 素数会使上限为 1024 的客户端（Java 7 及更早版本）失败；日志无法看出它使用的库</translation>
    </message>
    <message>
        <location filename="../core/diagnose/refusal_hint.cpp" line="49"/>
        <source>greylisting: the server defers the first contact from an address it does not know; a real mail server retries after a few minutes and gets through. Try again in 5-15 minutes.</source>
        <translation>灰名单：服务器会推迟来自未知地址的首次联系；真正的邮件服务器会在几分钟后重试并成功。请在 5-15 分钟后重试。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/refusal_hint.cpp" line="56"/>
        <source>the server wants this client&apos;s address to have a reverse DNS (PTR) name that resolves back to it. Test from an address that has one, or ask for one to be set.</source>
        <translation>服务器要求此客户端的地址具有可正向解析回该地址的反向 DNS（PTR）名称。请从具有此名称的地址测试，或请求设置一个。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/refusal_hint.cpp" line="66"/>
        <source>your address appears to be refused by reputation or a blocklist: the server refuses this client, not TLS. Look the address up at the list it names and ask for delisting, or test from an address the server accepts.</source>
        <translation>您的地址似乎因信誉或黑名单被拒绝：服务器拒绝的是此客户端，而不是 TLS。请在其指出的列表中查询该地址并申请移除，或从服务器接受的地址进行测试。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/refusal_hint.cpp" line="69"/>
        <source>your address appears to be on %1: the server refuses this client, not TLS. Look the address up at the list it names and ask for delisting, or test from an address the server accepts.</source>
        <translation>您的地址似乎在 %1 上：服务器拒绝的是此客户端，而不是 TLS。请在其指出的列表中查询该地址并申请移除，或从服务器接受的地址进行测试。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/refusal_hint.cpp" line="79"/>
        <source>a connection limit: the server counts connections from this address (or in all). Wait and retry with fewer at once (scan: --max-connections 1 --delay 1000; fleet: --per-host 1).</source>
        <translation>连接限制：服务器统计来自此地址（或全部）的连接数。请等待后以更少的并发连接重试（scan：--max-connections 1 --delay 1000；fleet：--per-host 1）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/refusal_hint.cpp" line="86"/>
        <source>the server offers STARTTLS but cannot start TLS: usually it cannot read its certificate or key (a wrong path, permissions after a renewal, a key that does not match). Its own log says which (Exim: mainlog/paniclog; Postfix: mail.log, &quot;cannot load certificate&quot;).</source>
        <translation>服务器提供 STARTTLS 但无法启动 TLS：通常是它无法读取其证书或私钥（路径错误、续期后的权限问题、私钥不匹配）。它自己的日志会说明原因（Exim：mainlog/paniclog；Postfix：mail.log，&quot;cannot load certificate&quot;）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/refusal_hint.cpp" line="96"/>
        <source>the server rejects the name we gave in EHLO: give a fully qualified name that resolves to this address with --ehlo NAME.</source>
        <translation>服务器拒绝了我们在 EHLO 中提供的名称：请用 --ehlo NAME 提供一个可解析到此地址的完全限定名称。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/refusal_hint.cpp" line="98"/>
        <source>the server rejects the name we gave in EHLO (&quot;%1&quot;): give a fully qualified name that resolves to this address with --ehlo NAME.</source>
        <translation>服务器拒绝了我们在 EHLO 中提供的名称（&quot;%1&quot;）：请用 --ehlo NAME 提供一个可解析到此地址的完全限定名称。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/refusal_hint.cpp" line="105"/>
        <source>421: the server is busy, limiting connections, or shutting down; its text does not say which. Retry in a minute: a limit or a restart clears, a policy refusal comes back as 421 or 554 every time.</source>
        <translation>421：服务器繁忙、正在限制连接或正在关闭；其文本未说明是哪一种。请一分钟后重试：限制或重启会解除，而策略拒绝每次都会返回 421 或 554。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/refusal_hint.cpp" line="112"/>
        <source>554 in the greeting: the server refuses every session from this client (an access rule, a blocklist, or no mail service here); its text does not say which. Ask its admin, or test from another address.</source>
        <translation>问候中的 554：服务器拒绝来自此客户端的所有会话（访问规则、黑名单，或此处没有邮件服务）；其文本未说明是哪一种。请询问其管理员，或从其他地址测试。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/refusal_hint.cpp" line="118"/>
        <source>a temporary refusal (%1): retry later; if it persists, its text and the server&apos;s log say why.</source>
        <translation>临时拒绝（%1）：请稍后重试；如果持续出现，其文本和服务器日志会说明原因。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/refusal_hint.cpp" line="120"/>
        <source>a permanent refusal (%1): its text says why; retrying the same way gives the same answer.</source>
        <translation>永久拒绝（%1）：其文本说明了原因；以相同方式重试会得到相同的回答。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="42"/>
        <location filename="../core/diagnose/session_rules.cpp" line="46"/>
        <source>The server does not offer STARTTLS</source>
        <translation>服务器不提供 STARTTLS</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="43"/>
        <source>The server&apos;s answer before TLS does not list STARTTLS (POP3: STLS), so every client either talks in cleartext (passwords and mail readable on the path) or, if it requires TLS, cannot connect at all.</source>
        <translation>服务器在 TLS 之前的应答中没有列出 STARTTLS（POP3：STLS），因此每个客户端要么以明文通信（密码和邮件在传输路径上可被读取），要么在要求 TLS 时根本无法连接。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="57"/>
        <source>SSLv2 is accepted</source>
        <translation>接受 SSLv2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="58"/>
        <source>SSL 2.0 (1995) is broken beyond repair: an attacker can decrypt sessions (DROWN) even of other servers that share the key. No mail client needs it.</source>
        <translation>SSL 2.0（1995 年）已彻底被攻破、无法修复：攻击者可以解密会话（DROWN），甚至包括共用同一密钥的其他服务器的会话。没有任何邮件客户端需要它。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="62"/>
        <source>SSLv3 is accepted</source>
        <translation>接受 SSLv3</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="63"/>
        <source>SSL 3.0 (1996) is vulnerable to POODLE and only offers weak ciphers. Mail servers from this decade never need it.</source>
        <translation>SSL 3.0（1996 年）易受 POODLE 攻击，且只提供弱加密算法。这十年的邮件服务器从不需要它。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="67"/>
        <source>TLS 1.0 is accepted</source>
        <translation>接受 TLS 1.0</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="68"/>
        <source>TLS 1.0 (1999) is deprecated (RFC 8996). For mail it is still better than plaintext, so some sites keep it for old senders; turn it off once your logs show no partner using it.</source>
        <translation>TLS 1.0（1999 年）已被弃用（RFC 8996）。对邮件而言它仍好过明文，因此有些站点为旧发件方保留它；一旦日志显示没有伙伴再使用它，就将其关闭。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="73"/>
        <source>TLS 1.1 is accepted</source>
        <translation>接受 TLS 1.1</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="74"/>
        <source>TLS 1.1 (2006) is deprecated (RFC 8996) and almost no sender offers it without also offering TLS 1.2.</source>
        <translation>TLS 1.1（2006 年）已被弃用（RFC 8996），几乎没有发件方只提供它而不同时提供 TLS 1.2。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="79"/>
        <source>TLS 1.3 is not accepted</source>
        <translation>不接受 TLS 1.3</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="80"/>
        <source>TLS 1.3 is faster (one round trip less), always has forward secrecy and hides the certificate from eavesdroppers. It needs GnuTLS &gt;= 3.6.5 or OpenSSL &gt;= 1.1.1.</source>
        <translation>TLS 1.3 更快（少一次往返），始终具备前向保密，并向窃听者隐藏证书。它需要 GnuTLS &gt;= 3.6.5 或 OpenSSL &gt;= 1.1.1。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="92"/>
        <source>Suites without encryption (NULL) are accepted</source>
        <translation>接受无加密的套件（NULL）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="93"/>
        <source>A NULL suite authenticates but does not encrypt: everything, passwords included, crosses the network in clear text while the client believes it is protected.</source>
        <translation>NULL 套件只做认证而不加密：包括密码在内的一切都以明文穿过网络，而客户端却以为受到了保护。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="96"/>
        <source>Anonymous suites (no server authentication) are accepted</source>
        <translation>接受匿名套件（无服务器认证）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="97"/>
        <source>Anonymous Diffie-Hellman encrypts without proving who the server is, so anyone in the path can sit in the middle. Opportunistic senders gain nothing from it that an ordinary suite would not give.</source>
        <translation>匿名 Diffie-Hellman 加密时不证明服务器的身份，因此路径上的任何人都可以充当中间人。机会性加密的发件方从中得不到普通套件所不能提供的任何好处。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="100"/>
        <source>EXPORT-grade suites are accepted</source>
        <translation>接受 EXPORT 级套件</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="101"/>
        <source>EXPORT suites use 40- or 56-bit keys from the 1990s US export rules; they can be broken in hours (FREAK, Logjam).</source>
        <translation>EXPORT 套件使用源自 1990 年代美国出口规定的 40 或 56 位密钥；数小时内即可被攻破（FREAK、Logjam）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="104"/>
        <source>RC4 suites are accepted</source>
        <translation>接受 RC4 套件</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="105"/>
        <source>RC4 has statistical biases that leak plaintext over many connections (RFC 7465 forbids it).</source>
        <translation>RC4 存在统计偏差，会在大量连接中泄露明文（RFC 7465 禁止使用它）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="107"/>
        <source>Single-DES suites are accepted</source>
        <translation>接受单 DES 套件</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="108"/>
        <source>DES has a 56-bit key; it was brute-forced in 1998.</source>
        <translation>DES 的密钥只有 56 位；1998 年已被暴力破解。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="110"/>
        <source>64-bit block ciphers (3DES, IDEA) are accepted: SWEET32</source>
        <translation>接受 64 位分组密码（3DES、IDEA）：SWEET32</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="111"/>
        <source>3DES and IDEA have a 64-bit block: after some gigabytes under one key, blocks collide and leak data (SWEET32, CVE-2016-2183). Only very old senders (Windows XP era) need them.</source>
        <translation>3DES 和 IDEA 的分组长度为 64 位：同一密钥下加密数 GB 数据后，分组会发生碰撞并泄露数据（SWEET32，CVE-2016-2183）。只有非常老旧的发件方（Windows XP 时代）才需要它们。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="114"/>
        <source>Suites without forward secrecy are accepted</source>
        <translation>接受不具备前向保密的套件</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="115"/>
        <source>With static RSA or DH key exchange, whoever obtains the server&apos;s private key later can decrypt every recorded session. ECDHE and DHE suites do not have this problem.</source>
        <translation>使用静态 RSA 或 DH 密钥交换时，日后获得服务器私钥的任何人都能解密所有被记录的会话。ECDHE 和 DHE 套件没有这个问题。</translation>
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
        <translation>在 TLS 1.0 中，CBC 记录的 IV 是前一条记录的最后一个分组，能注入所选明文的浏览器式攻击者可以利用这一点（BEAST，2011 年）。邮件客户端不会运行攻击者的脚本，而且如今的客户端会拆分记录（1/n-1），因此列出此项只为完整；关闭 TLS 1.0 即可消除。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="163"/>
        <source>CBC suites with MAC-then-encrypt: LUCKY13</source>
        <translation>采用先 MAC 后加密的 CBC 套件：LUCKY13</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="164"/>
        <source>CBC suites check the MAC after decrypting and removing the padding; the time that takes leaks whether the padding was right (Lucky Thirteen, CVE-2013-0169). Current TLS libraries answer in constant time and encrypt_then_mac (RFC 7366) removes the question; AEAD suites (GCM, ChaCha20) never have it.</source>
        <translation>CBC 套件在解密并去除填充之后才校验 MAC；这一过程所花的时间会泄露填充是否正确（Lucky Thirteen，CVE-2013-0169）。当前的 TLS 库以恒定时间应答，encrypt_then_mac（RFC 7366）则彻底消除这一问题；AEAD 套件（GCM、ChaCha20）从来没有这个问题。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="175"/>
        <location filename="../core/diagnose/session_rules.cpp" line="109"/>
        <source>The server accepted STARTTLS but did not start TLS</source>
        <translation>服务器接受了 STARTTLS，却没有启动 TLS</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="176"/>
        <source>Every one of the scan&apos;s %1 connections got 220 to STARTTLS, and none of its TLS offers was answered in TLS (no ServerHello, no alert): the server closed, stalled or sent something else. The versions below are therefore not known, not refused. Partners see a broken connection and fall back to cleartext or defer.</source>
        <translation>本次扫描的 %1 个连接对 STARTTLS 都收到了 220，但其 TLS 提议没有一个得到 TLS 应答（没有 ServerHello，也没有告警）：服务器关闭了连接、停滞不动或发送了别的内容。因此下面的版本是未知，而不是被拒绝。伙伴看到的是一条中断的连接，会回退到明文或推迟投递。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="183"/>
        <source>The server does not answer in TLS</source>
        <translation>服务器不以 TLS 应答</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="184"/>
        <source>None of the scan&apos;s %1 TLS offers was answered in TLS (no ServerHello, no alert): the service closed, stalled or sent something else. The versions below are therefore not known, not refused.</source>
        <translation>本次扫描的 %1 个 TLS 提议没有一个得到 TLS 应答（没有 ServerHello，也没有告警）：该服务关闭了连接、停滞不动或发送了别的内容。因此下面的版本是未知，而不是被拒绝。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="194"/>
        <source>The TLS handshake breaks after the server&apos;s ServerHello</source>
        <translation>TLS 握手在服务器发出 ServerHello 之后中断</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="195"/>
        <source>%1 of the scan&apos;s TLS offers got a ServerHello, and then the handshake broke without an alert from the server: the server closed the connection, stopped answering, or sent what is not valid TLS (our client then ended the handshake). The server picks a version and suite, so it is not refusing the offer, yet no client can finish the handshake: partners fall back to cleartext or defer, and a version shown below as not accepted may be one the server answers this way. The evidence fits several causes: the server failing after its hello (a certificate or key it cannot load or send, a crashing process: its log at the time of the scan tells), a certificate chain too large for any client, or a middlebox cutting or rewriting the connection (a session from another network, or mailtls session showing what arrived after the ServerHello, tells them apart).</source>
        <translation>本次扫描有 %1 个 TLS 提议收到了 ServerHello，随后握手在服务器未发出告警的情况下中断：服务器关闭了连接、停止应答，或发送了无效的 TLS 数据（随后由我们的客户端结束握手）。服务器选定了版本和套件，因此并不是拒绝该提议，但没有任何客户端能完成握手：伙伴会回退到明文或推迟投递，而下面显示为不接受的版本，也可能是服务器以这种方式应答的版本。这一证据符合多种原因：服务器在发出 hello 后出错（无法加载或发送的证书或密钥、崩溃的进程：扫描时刻的服务器日志可以说明），证书链大到任何客户端都无法处理，或中间设备切断或改写了连接（从另一个网络发起的会话，或显示 ServerHello 之后到达内容的 mailtls session，可以区分这些情况）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="216"/>
        <location filename="../core/diagnose/session_rules.cpp" line="68"/>
        <source>The server sent data after its 220 to STARTTLS</source>
        <translation>服务器在对 STARTTLS 回复 220 之后发送了数据</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="217"/>
        <source>On %1 of the scan&apos;s connections the server sent more bytes in cleartext after answering 220 to STARTTLS, before the TLS handshake. RFC 3207 allows nothing there. Either the server answers commands it read before TLS from a buffer it keeps across STARTTLS (the STARTTLS command-injection flaw, CVE-2011-0411 and kin), or a middlebox adds data. The scan discarded the bytes; check the server&apos;s version against its advisories, and whether a proxy sits in front of it.</source>
        <translation>本次扫描中有 %1 个连接上，服务器在对 STARTTLS 回复 220 之后、TLS 握手之前，又以明文发送了更多字节。RFC 3207 不允许在此处发送任何内容。要么服务器用跨越 STARTTLS 保留的缓冲区应答了它在 TLS 之前读到的命令（STARTTLS 命令注入漏洞，CVE-2011-0411 及同类问题），要么有中间设备添加了数据。扫描已丢弃这些字节；请对照安全公告检查服务器的版本，并确认其前面是否有代理。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="237"/>
        <source>DHE uses a %1-bit prime: LOGJAM</source>
        <translation>DHE 使用 %1 位素数：LOGJAM</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="237"/>
        <source>DHE uses a %1-bit prime</source>
        <translation>DHE 使用 %1 位素数</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="239"/>
        <source>The Diffie-Hellman prime has %1 bits. Primes under 2048 bits are within reach of well-funded attackers (Logjam), and clients at OpenSSL security level 2 refuse them, so such partners fail to connect.</source>
        <translation>Diffie-Hellman 素数只有 %1 位。低于 2048 位的素数在资金充足的攻击者能力范围之内（Logjam），而 OpenSSL 安全级别为 2 的客户端会拒绝它们，因此这类伙伴无法连接。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="255"/>
        <source>DHE suites break the handshake</source>
        <translation>DHE 套件使握手中断</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="256"/>
        <source>Offered on their own, the server&apos;s DHE suites (%1 of them, %2) ended the handshake without a refusal, while the other suites of the same version work. The server has DHE enabled but cannot complete it, most often because it has no Diffie-Hellman parameters (Dovecot without ssl_dh logs &quot;Diffie-Hellman key exchange requested, but no DH parameters provided&quot;). A client that prefers DHE, or offers nothing else, gets no TLS from this server and falls back to cleartext or gives up. Give the server DH parameters, or take DHE out of its cipher list.</source>
        <translation>单独提供时，服务器的 DHE 套件（共 %1 个，%2）在没有拒绝的情况下结束了握手，而同一版本的其他套件正常工作。服务器启用了 DHE 却无法完成它，最常见的原因是没有 Diffie-Hellman 参数（没有 ssl_dh 的 Dovecot 会记录 &quot;Diffie-Hellman key exchange requested, but no DH parameters provided&quot;）。偏好 DHE 或只提供 DHE 的客户端无法从该服务器获得 TLS，会回退到明文或放弃。请为服务器提供 DH 参数，或将 DHE 从其加密套件列表中移除。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="270"/>
        <source>Only an ECDSA certificate is served</source>
        <translation>只提供 ECDSA 证书</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="271"/>
        <source>Every certificate the server served has an ECDSA key. Senders that offer only RSA-authenticated suites (older appliances, some Java and Windows stacks) find no shared suite and deliver in clear text or not at all. Serve an RSA certificate next to the ECDSA one.</source>
        <translation>服务器提供的每张证书都使用 ECDSA 密钥。只提供 RSA 认证套件的发件方（较旧的设备、某些 Java 和 Windows 协议栈）找不到共同的套件，只能以明文投递或根本无法投递。请在 ECDSA 证书之外再提供一张 RSA 证书。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="281"/>
        <source>No secure renegotiation (RFC 5746)</source>
        <translation>不支持安全重新协商（RFC 5746）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="282"/>
        <source>The server&apos;s ServerHello carries no renegotiation_info, though the client signalled support. Without it a renegotiation cannot be tied to the handshake before it, so a man in the middle can splice his own data in front of a client&apos;s session (CVE-2009-3555), and current clients (OpenSSL 3 by default) refuse to connect at all. Every TLS library since 2010 supports it: an old library, a setting that turns it off, or a middlebox that strips it.</source>
        <translation>服务器的 ServerHello 不含 renegotiation_info，尽管客户端已表明支持。没有它，重新协商就无法与之前的握手绑定，中间人因而可以把自己的数据拼接到客户端会话的前面（CVE-2009-3555），而当前的客户端（OpenSSL 3 默认如此）会直接拒绝连接。自 2010 年以来的每个 TLS 库都支持它：原因是库太旧、某个配置关闭了它，或中间设备将其剥除。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="290"/>
        <source>The server accepts client-initiated renegotiation</source>
        <translation>服务器接受客户端发起的重新协商</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="291"/>
        <source>A client may ask this server for a fresh handshake on an open connection, again and again: each costs the server a private-key operation and the client almost nothing, a cheap way to load the server (a denial of service). No mail client needs it: turn it off where the TLS library allows. (Not to be confused with openssl s_client, which renegotiates when a typed line starts with R, as in RCPT TO: a server that refuses then ends the session, which is the right answer.)</source>
        <translation>客户端可以在已打开的连接上一次又一次地要求该服务器进行新的握手：每次都让服务器付出一次私钥运算，而客户端几乎没有成本，这是给服务器加压的廉价手段（拒绝服务）。没有邮件客户端需要它：在 TLS 库允许的情况下将其关闭。（不要与 openssl s_client 混淆：当输入的行以 R 开头时（如 RCPT TO），它会发起重新协商；拒绝的服务器随后结束会话，这才是正确的应答。）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="299"/>
        <source>No downgrade protection by TLS_FALLBACK_SCSV (RFC 7507)</source>
        <translation>没有 TLS_FALLBACK_SCSV 降级保护（RFC 7507）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="300"/>
        <source>A hello for a version below the server&apos;s highest, marked with TLS_FALLBACK_SCSV, was accepted instead of refused with inappropriate_fallback. A client that retries with a lower version after a failed handshake can then be pushed down to it by whoever breaks the first attempt. Current TLS libraries refuse such hellos on their own.</source>
        <translation>一个针对低于服务器最高版本、并带有 TLS_FALLBACK_SCSV 标记的 hello 被接受了，而不是以 inappropriate_fallback 拒绝。这样一来，握手失败后改用较低版本重试的客户端，就可能被破坏其第一次尝试的人压低到该版本。当前的 TLS 库会自行拒绝这类 hello。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="306"/>
        <source>No TLS 1.3 downgrade sentinel</source>
        <translation>没有 TLS 1.3 降级哨兵</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="307"/>
        <source>The server speaks TLS 1.3, but when it negotiates TLS 1.2 or lower its ServerHello.random does not end in the marker RFC 8446 (4.1.3) prescribes. TLS 1.3 clients look for it to detect an attacker who removed TLS 1.3 from their hello; without it, that downgrade goes unnoticed. A TLS-terminating device in front of the server that rewrites the hello is a common cause.</source>
        <translation>服务器支持 TLS 1.3，但在协商 TLS 1.2 或更低版本时，其 ServerHello.random 末尾没有 RFC 8446（4.1.3）规定的标记。TLS 1.3 客户端依靠它来发现从其 hello 中删去 TLS 1.3 的攻击者；没有它，这种降级就不会被察觉。常见原因是服务器前面有一台改写 hello 的 TLS 终结设备。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="314"/>
        <source>No extended master secret (RFC 7627)</source>
        <translation>不支持扩展主密钥（RFC 7627）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="315"/>
        <source>The server does not use the extended master secret in TLS 1.2 and below, so the session keys are not bound to the whole handshake: the triple-handshake attack (resumption and renegotiation across two servers) stays possible, and clients in FIPS mode may refuse the connection. TLS libraries have supported it since 2015.</source>
        <translation>服务器在 TLS 1.2 及以下版本中不使用扩展主密钥，因此会话密钥没有与整个握手绑定：三重握手攻击（跨两台服务器的会话恢复与重新协商）仍然可行，而处于 FIPS 模式的客户端可能拒绝连接。TLS 库自 2015 年起就已支持它。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="321"/>
        <source>CBC suites without encrypt-then-MAC (RFC 7366): LUCKY13</source>
        <translation>CBC 套件未使用先加密后 MAC（RFC 7366）：LUCKY13</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="322"/>
        <source>The server negotiates CBC suites in MAC-then-encrypt order, the construction behind padding-oracle and timing attacks (Lucky Thirteen, POODLE-style). With the encrypt_then_mac extension the record is authenticated before it is decrypted. Preferring AEAD suites (GCM, ChaCha20) avoids the question for capable senders.</source>
        <translation>服务器以先 MAC 后加密的顺序协商 CBC 套件，这正是填充预言和计时攻击（Lucky Thirteen、POODLE 类攻击）所利用的结构。使用 encrypt_then_mac 扩展时，记录会在解密之前先被认证。优先使用 AEAD 套件（GCM、ChaCha20）可为有能力的发件方避开这一问题。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="336"/>
        <source>No TLS session resumption</source>
        <translation>不支持 TLS 会话恢复</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="337"/>
        <source>The server resumed no earlier session, neither by session id nor by ticket: every connection pays a full handshake (a certificate sent, a key exchange and a signature). For a mail server that costs little, since few senders keep sessions (Postfix&apos;s smtp client does, with smtp_tls_session_cache_database); it matters more for a busy submission service or a peer that delivers over many connections.</source>
        <translation>服务器没有恢复任何先前的会话，无论是通过会话 ID 还是通过票据：每个连接都要进行一次完整握手（发送证书、一次密钥交换和一次签名）。对邮件服务器而言代价不大，因为很少有发件方保留会话（Postfix 的 smtp 客户端会保留，配置 smtp_tls_session_cache_database 即可）；对于繁忙的提交服务或通过大量连接投递的对端，这一点更为重要。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="346"/>
        <source>Must-staple certificate served without a staple</source>
        <translation>must-staple 证书在没有装订的情况下提供</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="347"/>
        <source>The certificate carries the TLS feature status_request (RFC 7633, &quot;must-staple&quot;): it promises that the server always staples an OCSP response. The server sent none, so every client that honours the promise (Firefox, and any TLS stack that checks RFC 7633) must refuse the connection as if the certificate were revoked. Configure stapling, or get a certificate without must-staple.</source>
        <translation>该证书带有 TLS 特性 status_request（RFC 7633，&quot;must-staple&quot;）：它承诺服务器总会装订一个 OCSP 响应。服务器却没有发送，因此每个遵守这一承诺的客户端（Firefox，以及任何检查 RFC 7633 的 TLS 协议栈）都必须拒绝连接，就像证书已被吊销一样。请配置 OCSP 装订，或换一张不带 must-staple 的证书。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="354"/>
        <source>The stapled OCSP response says the certificate is revoked</source>
        <translation>装订的 OCSP 响应表明证书已被吊销</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="355"/>
        <source>The server itself staples its CA&apos;s answer that the certificate is revoked. Every client that looks at the staple fails verification, and the certificate cannot be trusted anyway: replace it (new key, new certificate) and fetch a fresh staple.</source>
        <translation>服务器自己装订了其 CA 关于证书已被吊销的答复。每个查看装订内容的客户端都会验证失败，而且该证书本来也不可信：请更换它（新密钥、新证书），并获取新的装订响应。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="365"/>
        <source>The stapled OCSP response has expired</source>
        <translation>装订的 OCSP 响应已过期</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="366"/>
        <source>The staple&apos;s nextUpdate had passed when the server sent it: the server keeps serving an old response instead of fetching a new one. Clients that check staples treat an expired one as no answer or as a failure (with a must-staple certificate, a hard one). Whatever refreshes the OCSP file has stopped working.</source>
        <translation>服务器发送装订响应时，其 nextUpdate 已经过去：服务器一直在提供旧的响应，而没有获取新的。检查装订的客户端会把过期的响应视为没有答复或视为失败（对于 must-staple 证书则是硬性失败）。负责刷新 OCSP 文件的机制已停止工作。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="372"/>
        <source>The stapled OCSP response does not vouch for the certificate</source>
        <translation>装订的 OCSP 响应不能为该证书作证</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="373"/>
        <source>The server staples something, but not a usable answer for its certificate: no OCSP response, an error status, no entry for the served certificate, or &quot;unknown&quot; (often the response of another certificate or issuer). Clients ignore it at best; the OCSP file is the wrong one or out of date.</source>
        <translation>服务器装订了某些内容，但不是针对其证书的可用答复：没有 OCSP 响应、错误状态、没有所提供证书的条目，或为 &quot;unknown&quot;（通常是另一张证书或另一个签发者的响应）。客户端充其量会忽略它；OCSP 文件用错了或已过时。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="379"/>
        <source>The server accepts TLS 1.3 early data (0-RTT)</source>
        <translation>服务器接受 TLS 1.3 早期数据（0-RTT）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="380"/>
        <source>Data a client sends with its first flight on a resumed TLS 1.3 connection is taken before the handshake is done. Such data can be replayed by an attacker who recorded it; the server must treat it as replayable. SMTP commands sent early are mostly harmless to repeat (EHLO), but a replayed message transaction would be delivered twice; mail clients and MTAs hardly ever use 0-RTT.</source>
        <translation>客户端在恢复的 TLS 1.3 连接上随第一轮报文发送的数据，在握手完成之前就被接收。记录下这些数据的攻击者可以重放它们；服务器必须把它们当作可被重放的数据来处理。提前发送的 SMTP 命令大多可以无害地重复（EHLO），但被重放的邮件事务会被投递两次；邮件客户端和 MTA 几乎从不使用 0-RTT。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="388"/>
        <source>Heartbleed: the server leaks memory (CVE-2014-0160)</source>
        <translation>Heartbleed：服务器泄露内存（CVE-2014-0160）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="389"/>
        <source>The server answered a heartbeat request with more bytes than the request carried: the rest is its own memory, which can hold private keys, passwords and other users&apos; mail. Anyone who can connect can read it, without leaving a trace in the usual logs. The TLS library is OpenSSL 1.0.1 to 1.0.1f or something built the same way. Upgrade it now, then replace the certificate&apos;s key and revoke the old certificate, and treat every password used over TLS with this server as known. (The leaked bytes were neither kept nor shown.)</source>
        <translation>服务器对一个心跳请求的应答字节数多于请求本身携带的字节数：多出的部分是它自己的内存，其中可能含有私钥、密码和其他用户的邮件。任何能连接的人都能读取它，且不会在常规日志中留下痕迹。TLS 库是 OpenSSL 1.0.1 至 1.0.1f，或以同样方式构建的东西。请立即升级，然后更换证书的密钥并吊销旧证书，并把通过 TLS 与该服务器使用过的每个密码都视为已泄露。（泄露的字节既未保存也未显示。）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="398"/>
        <source>CCS injection: an early ChangeCipherSpec is accepted (CVE-2014-0224)</source>
        <translation>CCS 注入：过早的 ChangeCipherSpec 被接受（CVE-2014-0224）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="399"/>
        <source>The server took a ChangeCipherSpec before any key exchange and switched to keys made from an empty premaster. A man in the middle between two such peers can make them use keys he knows and read or change the session. The TLS library is an OpenSSL before 0.9.8za, 1.0.0m or 1.0.1h: upgrade it.</source>
        <translation>服务器在任何密钥交换之前就接受了 ChangeCipherSpec，并切换到由空预主密钥生成的密钥。位于两个这样的对端之间的中间人可以让它们使用他已知的密钥，从而读取或篡改会话。TLS 库是 0.9.8za、1.0.0m 或 1.0.1h 之前的 OpenSSL：请升级。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="405"/>
        <source>ROBOT: an RSA padding oracle (Bleichenbacher)</source>
        <translation>ROBOT：RSA 填充预言（Bleichenbacher）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="406"/>
        <source>The server answers malformed RSA-encrypted premasters differently from a well-formed one. With many such connections an attacker can decrypt recorded sessions that used RSA key exchange, or sign with the server&apos;s key (Return Of Bleichenbacher&apos;s Oracle Threat, 2017). Upgrade the TLS library (or the appliance&apos;s firmware) and disable the RSA key exchange suites (TLS_RSA_*): ECDHE suites do not use the premaster this way.</source>
        <translation>服务器对格式错误的 RSA 加密预主密钥的应答与对格式正确的不同。借助大量这样的连接，攻击者可以解密使用 RSA 密钥交换的已记录会话，或用服务器的密钥进行签名（Return Of Bleichenbacher&apos;s Oracle Threat，2017 年）。请升级 TLS 库（或设备固件），并禁用 RSA 密钥交换套件（TLS_RSA_*）：ECDHE 套件不会以这种方式使用预主密钥。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="413"/>
        <source>Ticketbleed: the session id leaks memory (CVE-2016-9244)</source>
        <translation>Ticketbleed：会话 ID 泄露内存（CVE-2016-9244）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="414"/>
        <source>The server echoed a 1-byte session id sent with a session ticket as a 32-byte one: the 31 extra bytes are its memory, which may hold other connections&apos; session secrets. Known from F5 BIG-IP with session tickets on; upgrade the firmware or turn session tickets off on that profile.</source>
        <translation>服务器把随会话票据发送的 1 字节会话 ID 作为 32 字节的 ID 回显：多出的 31 个字节是它的内存，其中可能含有其他连接的会话密钥。已知出现在启用了会话票据的 F5 BIG-IP 上；请升级固件，或在该配置文件中关闭会话票据。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="427"/>
        <source>Commands sent before STARTTLS are executed inside TLS</source>
        <translation>在 STARTTLS 之前发送的命令在 TLS 内被执行</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="428"/>
        <source>A command written in cleartext right behind STARTTLS was kept by the server and answered inside the TLS session (the CVE-2011-0411 kind of bug). A man in the middle can therefore inject commands (a MAIL FROM, a RCPT TO; in IMAP, POP3 or ManageSieve a login or a command on the mailbox) that run as if the client had sent them under TLS, and steer or capture its mail or its authentication. The server must discard everything it read before the handshake.</source>
        <translation>紧跟在 STARTTLS 之后以明文写入的命令被服务器保留，并在 TLS 会话内得到应答（CVE-2011-0411 一类的漏洞）。因此中间人可以注入命令（MAIL FROM、RCPT TO；在 IMAP、POP3 或 ManageSieve 中则是登录或针对邮箱的命令），这些命令会像客户端在 TLS 下发送的一样被执行，从而操纵或截获其邮件或认证信息。服务器必须丢弃它在握手之前读到的一切内容。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="442"/>
        <source>IMAP accepts passwords before STARTTLS</source>
        <translation>IMAP 在 STARTTLS 之前接受密码</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="443"/>
        <source>On the unencrypted connection the server offers a password login (no LOGINDISABLED, or AUTH=PLAIN/LOGIN listed) or began an AUTHENTICATE PLAIN exchange, so a mail client that does not insist on STARTTLS sends the user&apos;s password in cleartext. A server that refuses cleartext logins says LOGINDISABLED and refuses AUTHENTICATE PLAIN until TLS is up (RFC 9051 6.2.3). The probe cancelled the exchange; no credentials were sent.</source>
        <translation>在未加密的连接上，服务器提供密码登录（没有 LOGINDISABLED，或列出了 AUTH=PLAIN/LOGIN），或开始了 AUTHENTICATE PLAIN 交换，因此不坚持使用 STARTTLS 的邮件客户端会以明文发送用户的密码。拒绝明文登录的服务器会声明 LOGINDISABLED，并在 TLS 建立之前拒绝 AUTHENTICATE PLAIN（RFC 9051 6.2.3）。探测已取消该交换；没有发送任何凭据。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="451"/>
        <source>POP3 offers password logins before STLS</source>
        <translation>POP3 在 STLS 之前提供密码登录</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="452"/>
        <source>On the unencrypted connection the CAPA list offers USER or SASL PLAIN/LOGIN, or the server began an AUTH PLAIN exchange, so a mail client that does not insist on STLS sends the user&apos;s password in cleartext (RFC 2595 4, RFC 8314). The probe cancelled the exchange; no credentials were sent.</source>
        <translation>在未加密的连接上，CAPA 列表提供 USER 或 SASL PLAIN/LOGIN，或服务器开始了 AUTH PLAIN 交换，因此不坚持使用 STLS 的邮件客户端会以明文发送用户的密码（RFC 2595 4，RFC 8314）。探测已取消该交换；没有发送任何凭据。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="458"/>
        <source>ManageSieve offers SASL before STARTTLS</source>
        <translation>ManageSieve 在 STARTTLS 之前提供 SASL</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="459"/>
        <source>The capability list the server greets with names SASL mechanisms on the unencrypted connection, or it began an AUTHENTICATE &quot;PLAIN&quot; exchange, so a Sieve client that does not insist on STARTTLS sends the user&apos;s password in cleartext (RFC 5804 2.1 and 4). The probe cancelled the exchange; no credentials were sent.</source>
        <translation>服务器在未加密连接上用来打招呼的能力列表中列出了 SASL 机制，或它开始了 AUTHENTICATE &quot;PLAIN&quot; 交换，因此不坚持使用 STARTTLS 的 Sieve 客户端会以明文发送用户的密码（RFC 5804 2.1 和 4）。探测已取消该交换；没有发送任何凭据。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="468"/>
        <source>The submission port accepts MAIL before STARTTLS</source>
        <translation>提交端口在 STARTTLS 之前接受 MAIL</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="469"/>
        <source>On the submission port (587) the server accepted MAIL FROM before TLS was started. A client that is stripped of STARTTLS by a man in the middle sends its whole message, and often its password, in cleartext; RFC 8314 asks submission servers to require TLS first. (An MX on port 25 accepting cleartext mail is normal and raises nothing.)</source>
        <translation>在提交端口（587）上，服务器在 TLS 启动之前就接受了 MAIL FROM。被中间人剥除了 STARTTLS 的客户端会以明文发送整封邮件，而且往往连同其密码；RFC 8314 要求提交服务器先强制使用 TLS。（25 端口上的 MX 接受明文邮件属正常情况，不会触发任何结果。）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="477"/>
        <source>The submission port offers AUTH before STARTTLS</source>
        <translation>提交端口在 STARTTLS 之前提供 AUTH</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="478"/>
        <source>On the submission port (587) the EHLO answer before TLS advertises AUTH, so a client (or one whose STARTTLS an attacker removed) may send its user name and password in cleartext. Offer AUTH only once TLS is up.</source>
        <translation>在提交端口（587）上，TLS 之前的 EHLO 应答就宣告了 AUTH，因此客户端（或被攻击者删去了 STARTTLS 的客户端）可能以明文发送用户名和密码。请只在 TLS 建立后才提供 AUTH。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="494"/>
        <source>The server limited the scan&apos;s connections</source>
        <translation>服务器限制了扫描的连接</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="495"/>
        <source>The server turned connections away while we scanned (a 421 reply, a close before the greeting or during the dialogue, or a refused connect once it had answered). The scan waited and retried, so the results are complete; it only took longer. Busy answers were never counted as refusals.</source>
        <translation>扫描期间服务器拒绝了一些连接（421 应答、在问候之前或对话期间关闭连接，或在已应答过之后拒绝建立连接）。扫描等待并重试了，因此结果是完整的；只是花了更长时间。繁忙应答从未被算作拒绝。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="501"/>
        <source>Some connections got no greeting in time</source>
        <translation>部分连接未及时收到问候</translation>
    </message>
    <message>
        <location filename="../core/diagnose/scan_rules.cpp" line="502"/>
        <source>The TCP connection was made, but the server sent no greeting within the timeout, and it never answered 421 or closed a connection. That fits two readings: a deliberate delay (a tarpit, a connection limit that holds instead of refusing), or a server or machine too loaded to take the connection in time (the kernel completes the TCP handshake; while the listen queue is full, the mail server accepts it seconds later, and a slow TCP connect points the same way). Which one, the scan cannot tell; the server&apos;s log at the time of the scan can (a connection logged late, or not at all, is load). The scan waited and retried, so the results are complete; no limit is claimed.</source>
        <translation>TCP 连接已建立，但服务器在超时时间内没有发送问候，而且从未应答 421，也没有关闭连接。这有两种解读：有意的延迟（tarpit，或以拖延代替拒绝的连接限制），或服务器或机器负载过高、无法及时接收连接（内核完成了 TCP 握手；在监听队列已满时，邮件服务器要过几秒才接受它，而 TCP 连接建立缓慢也指向同一原因）。扫描无法判断是哪一种；扫描时刻的服务器日志可以（连接被延迟记录或根本没有记录，说明是负载问题）。扫描等待并重试了，因此结果是完整的；不认定存在限制。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="37"/>
        <source>The server does not offer %1</source>
        <translation>服务器不提供 %1</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="38"/>
        <source>The capability list before TLS does not name %1, so every mail client either logs in and reads mail in cleartext (passwords and messages readable on the path) or, if it requires TLS, cannot connect at all.</source>
        <translation>TLS 之前的能力列表中没有 %1，因此每个邮件客户端要么以明文登录并读取邮件（密码和消息在传输路径上可被读取），要么在要求 TLS 时根本无法连接。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="47"/>
        <source>The EHLO reply does not list STARTTLS, so every partner either delivers in cleartext or, if it requires TLS (DANE, MTA-STS, a policy for this domain), defers the mail and retries until it bounces days later.</source>
        <translation>EHLO 应答中没有列出 STARTTLS，因此每个伙伴要么以明文投递，要么在要求 TLS 时（DANE、MTA-STS、针对此域名的策略）推迟该邮件并不断重试，直到几天后退信。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="56"/>
        <source>The server refuses STARTTLS it advertised</source>
        <translation>服务器拒绝了它自己宣告的 STARTTLS</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="57"/>
        <source>STARTTLS was listed in EHLO but the server answered it with an error, so no partner can start TLS. This usually means the server cannot load its certificate or key (check its log for the TLS error).</source>
        <translation>EHLO 中列出了 STARTTLS，但服务器对它回复了错误，因此没有伙伴能启动 TLS。这通常意味着服务器无法加载其证书或密钥（请在其日志中查找 TLS 错误）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="69"/>
        <source>After answering 220 to STARTTLS the server sent %1 more byte(s) in cleartext before the TLS handshake. RFC 3207 allows nothing there. Either the server answers commands it read before TLS from a buffer it keeps across STARTTLS (the STARTTLS command-injection flaw, CVE-2011-0411 and kin), or a middlebox adds data. This client discarded the bytes; check the server&apos;s version against its advisories, and whether a proxy sits in front of it.</source>
        <translation>服务器在对 STARTTLS 回复 220 之后、TLS 握手之前，又以明文发送了 %1 个字节。RFC 3207 不允许在此处发送任何内容。要么服务器用跨越 STARTTLS 保留的缓冲区应答了它在 TLS 之前读到的命令（STARTTLS 命令注入漏洞，CVE-2011-0411 及同类问题），要么有中间设备添加了数据。本客户端已丢弃这些字节；请对照安全公告检查服务器的版本，并检查它前面是否有代理。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="88"/>
        <source>The server requires a client certificate</source>
        <translation>服务器要求客户端证书</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="89"/>
        <source>The server asked for a client certificate (CertificateRequest) and ended the connection when none was sent. Partners without a certificate it trusts cannot deliver over TLS. Run again with --client-cert/--client-key, or make the certificate optional for this host.</source>
        <translation>服务器请求了客户端证书（CertificateRequest），并在没有收到证书时结束了连接。没有它所信任证书的伙伴无法通过 TLS 投递。请使用 --client-cert/--client-key 再次运行，或将此主机的客户端证书设为可选。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="102"/>
        <source>The server answered 220 to STARTTLS but then sent no TLS handshake at all. Partners see a broken connection and fall back to cleartext or defer.</source>
        <translation>服务器对 STARTTLS 回复了 220，但随后根本没有发送 TLS 握手。伙伴看到的是一条中断的连接，会回退到明文或推迟投递。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="104"/>
        <source>The server answered 220 to STARTTLS but then sent %1 byte(s) that never made a complete TLS handshake message (a truncated or malformed ServerHello, or something that is not TLS). Partners see a broken connection and fall back to cleartext or defer.</source>
        <translation>服务器对 STARTTLS 回复了 220，但随后发送的 %1 个字节始终没有构成一条完整的 TLS 握手消息（被截断或格式错误的 ServerHello，或根本不是 TLS 的内容）。伙伴看到的是一条中断的连接，会回退到明文或推迟投递。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="114"/>
        <source>no alert (connection closed)</source>
        <translation>无告警（连接已关闭）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="116"/>
        <source>The TLS handshake failed: %1</source>
        <translation>TLS 握手失败：%1</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="117"/>
        <source>Client and server could not agree on a TLS connection with this offer. An alert named handshake_failure or insufficient_security usually means no shared cipher suite or group; protocol_version means no shared TLS version. The scan shows what the server accepts.</source>
        <translation>客户端与服务器无法就此提议达成 TLS 连接。名为 handshake_failure 或 insufficient_security 的告警通常表示没有共同的密码套件或组；protocol_version 表示没有共同的 TLS 版本。扫描会显示服务器接受哪些内容。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="131"/>
        <source>%1 was negotiated</source>
        <translation>协商结果为 %1</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="132"/>
        <source>The server agreed to %1, a deprecated protocol version (RFC 8996). Modern clients refuse it; keep it only if a partner that cannot do TLS 1.2 still needs it.</source>
        <translation>服务器同意使用 %1，这是一个已弃用的协议版本（RFC 8996）。现代客户端会拒绝它；只有当某个不支持 TLS 1.2 的伙伴仍需要它时才保留。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="139"/>
        <source>Diffie-Hellman prime of only %1 bits</source>
        <translation>Diffie-Hellman 素数仅有 %1 位</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="140"/>
        <source>The server&apos;s DHE key exchange uses a %1-bit prime. GnuTLS clients (Exim on Debian among them) refuse primes under their minimum (often 2048 bits) and the handshake fails; primes this small are also within reach of precomputation attacks (Logjam).</source>
        <translation>服务器的 DHE 密钥交换使用 %1 位的素数。GnuTLS 客户端（包括 Debian 上的 Exim）会拒绝低于其最小值（通常为 2048 位）的素数，握手随之失败；这么小的素数也在预计算攻击（Logjam）的能力范围之内。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="148"/>
        <source>TLS compression is enabled</source>
        <translation>已启用 TLS 压缩</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="149"/>
        <source>TLS-level compression leaks secrets through message sizes (CRIME).</source>
        <translation>TLS 层的压缩会通过消息大小泄露机密（CRIME）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="164"/>
        <source>AUTH %1 offered before STARTTLS</source>
        <translation>STARTTLS 之前提供了 AUTH %1</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="165"/>
        <source>The server offers password authentication on the unencrypted connection. A mail client that does not insist on TLS sends the password in cleartext (base64 is not encryption).</source>
        <translation>服务器在未加密的连接上提供密码认证。不坚持使用 TLS 的邮件客户端会以明文发送密码（base64 不是加密）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="189"/>
        <source>IMAP accepts passwords before STARTTLS (%1)</source>
        <translation>IMAP 在 STARTTLS 之前接受密码（%1）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="191"/>
        <source>The CAPABILITY list on the unencrypted connection offers password mechanisms, so a mail client that does not insist on STARTTLS sends the user&apos;s password in cleartext, readable by anyone on the path. A server that refuses cleartext logins says LOGINDISABLED and lists no AUTH=PLAIN/LOGIN until TLS is up (RFC 9051 6.2.3).</source>
        <translation>未加密连接上的 CAPABILITY 列表提供了密码机制，因此不坚持使用 STARTTLS 的邮件客户端会以明文发送用户的密码，路径上的任何人都能读取。拒绝明文登录的服务器会声明 LOGINDISABLED，并在 TLS 建立之前不列出 AUTH=PLAIN/LOGIN（RFC 9051 6.2.3）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="196"/>
        <source>The CAPABILITY list on the unencrypted connection lacks LOGINDISABLED, so a mail client that does not insist on STARTTLS sends the user&apos;s password in cleartext, readable by anyone on the path. A server that refuses cleartext logins says LOGINDISABLED and lists no AUTH=PLAIN/LOGIN until TLS is up (RFC 9051 6.2.3).</source>
        <translation>未加密连接上的 CAPABILITY 列表缺少 LOGINDISABLED，因此不坚持使用 STARTTLS 的邮件客户端会以明文发送用户的密码，路径上的任何人都能读取。拒绝明文登录的服务器会声明 LOGINDISABLED，并在 TLS 建立之前不列出 AUTH=PLAIN/LOGIN（RFC 9051 6.2.3）。</translation>
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
        <translation>POP3 在 STLS 之前提供密码登录（%1）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="217"/>
        <source>The CAPA list on the unencrypted connection offers %1, so a mail client that does not insist on STLS sends the user&apos;s password in cleartext. A server that refuses cleartext logins lists neither USER nor SASL PLAIN/LOGIN until TLS is up (RFC 2595 4, RFC 8314).</source>
        <translation>未加密连接上的 CAPA 列表提供了 %1，因此不坚持使用 STLS 的邮件客户端会以明文发送用户的密码。拒绝明文登录的服务器在 TLS 建立之前既不列出 USER，也不列出 SASL PLAIN/LOGIN（RFC 2595 4，RFC 8314）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="226"/>
        <source>ManageSieve offers SASL %1 before STARTTLS</source>
        <translation>ManageSieve 在 STARTTLS 之前提供 SASL %1</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="227"/>
        <source>The capability list the server greets with names SASL mechanisms on the unencrypted connection, so a Sieve client that does not insist on STARTTLS sends the user&apos;s password in cleartext (RFC 5804 2.1 and 4: PLAIN only under TLS).</source>
        <translation>服务器问候时给出的能力列表在未加密的连接上列出了 SASL 机制，因此不坚持使用 STARTTLS 的 Sieve 客户端会以明文发送用户的密码（RFC 5804 2.1 和 4：PLAIN 只能在 TLS 下使用）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="239"/>
        <source>No login mechanism is offered after STARTTLS</source>
        <translation>STARTTLS 之后没有提供任何登录机制</translation>
    </message>
    <message>
        <location filename="../core/diagnose/session_rules.cpp" line="240"/>
        <source>The server offered SASL mechanisms before TLS but lists none once TLS is up, so a client that (rightly) forgets the first list cannot log in.</source>
        <translation>服务器在 TLS 之前提供了 SASL 机制，但 TLS 建立后却一个也不列出，因此（正确地）丢弃第一份列表的客户端无法登录。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="38"/>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="163"/>
        <source>partner offers %1; server accepts %2</source>
        <translation>对方提供 %1；服务器接受 %2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="172"/>
        <source>Protocol mismatch: the server accepted no TLS version in the scan, so no partner can connect.</source>
        <translation>协议不匹配：服务器在扫描中未接受任何 TLS 版本，因此任何对方都无法连接。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="174"/>
        <source>Protocol mismatch: the partner offers %1, but this server accepts only %2; enable %3 on the server.</source>
        <translation>协议不匹配：对方提供 %1，但此服务器只接受 %2；请在服务器上启用 %3。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="179"/>
        <source>Protocol mismatch: the partner offers only %1, but this server accepts only %2; the partner must enable %3 (or the server accept %4 again, which weakens it for everyone).</source>
        <translation>协议不匹配：对方只提供 %1，但此服务器只接受 %2；对方必须启用 %3（或服务器重新接受 %4，但这会削弱对所有人的安全性）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="185"/>
        <source>The partner and the server share no TLS version</source>
        <translation>对方与服务器没有共同的 TLS 版本</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="193"/>
        <source>both speak %1: the server picks the highest, %1</source>
        <translation>双方都支持 %1：服务器选择最高的 %1</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="196"/>
        <source>server accepts %1 suites in %2; it picks in its own order</source>
        <translation>服务器在 %2 中接受 %1 个套件；它按自己的顺序选择</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="197"/>
        <source>server accepts %1 suites in %2; it follows the client&apos;s order</source>
        <translation>服务器在 %2 中接受 %1 个套件；它遵循客户端的顺序</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="209"/>
        <source>the partner&apos;s groups are not known; assumed to match</source>
        <translation>对方的组未知；假定匹配</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="210"/>
        <source>the server&apos;s groups are not in the scan; assumed to match</source>
        <translation>扫描中没有服务器的组；假定匹配</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="239"/>
        <source>No shared cipher: in TLS 1.3 the partner offers %1 and the server accepts %2, none in common; enable TLS_AES_128_GCM_SHA256 and TLS_AES_256_GCM_SHA384 on the server.</source>
        <translation>没有共同的密码套件：在 TLS 1.3 中对方提供 %1 个，服务器接受 %2 个，没有交集；请在服务器上启用 TLS_AES_128_GCM_SHA256 和 TLS_AES_256_GCM_SHA384。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="243"/>
        <source>No TLS 1.3 suite in common</source>
        <translation>没有共同的 TLS 1.3 套件</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="254"/>
        <source>No shared key exchange group: in TLS 1.3 the partner offers %1 and the server accepts %2; enable x25519 and secp256r1 on the server.</source>
        <translation>没有共同的密钥交换组：在 TLS 1.3 中对方提供 %1，服务器接受 %2；请在服务器上启用 x25519 和 secp256r1。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="257"/>
        <source>No key exchange group in common</source>
        <translation>没有共同的密钥交换组</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="273"/>
        <source>No shared cipher: in TLS 1.3 this client accepts only %1 signatures; serve an %2 certificate alongside the %3 one.</source>
        <translation>没有共同的密码套件：在 TLS 1.3 中此客户端只接受 %1 签名；请在 %3 证书之外再提供一个 %2 证书。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="275"/>
        <source>No shared cipher: in TLS 1.3 this client accepts only %1 signatures; serve a %2 certificate alongside the %3 one.</source>
        <translation>没有共同的密码套件：在 TLS 1.3 中此客户端只接受 %1 签名；请在 %3 证书之外再提供一个 %2 证书。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="280"/>
        <source>The partner cannot verify the certificate type served</source>
        <translation>对方无法验证所提供的证书类型</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="290"/>
        <source>agreed suite: %1</source>
        <translation>商定的套件：%1</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="291"/>
        <location filename="../core/diagnose/simulator.cpp" line="436"/>
        <source>This partner connects: %1 with %2.</source>
        <translation>此对方可以连接：%1，使用 %2。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="292"/>
        <location filename="../core/diagnose/simulator.cpp" line="431"/>
        <source>This partner connects: %1 with %2, key exchange %3.</source>
        <translation>此对方可以连接：%1，使用 %2，密钥交换 %3。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="327"/>
        <source>No shared cipher: every suite this client offers needs an %1 certificate; serve an %1 certificate alongside the %2 one.</source>
        <translation>没有共同的密码套件：此客户端提供的每个套件都需要 %1 证书；请在 %2 证书之外再提供一个 %1 证书。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="329"/>
        <source>No shared cipher: every suite this client offers needs a %1 certificate; serve a %1 certificate alongside the %2 one.</source>
        <translation>没有共同的密码套件：此客户端提供的每个套件都需要 %1 证书；请在 %2 证书之外再提供一个 %1 证书。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="336"/>
        <source>No shared cipher: every suite this client offers needs %1  certificate; serve an %2 certificate alongside the %3 one.</source>
        <translation>没有共同的密码套件：此客户端提供的每个套件都需要 %1 证书；请在 %3 证书之外再提供一个 %2 证书。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="338"/>
        <source>No shared cipher: every suite this client offers needs %1  certificate; serve a %2 certificate alongside the %3 one.</source>
        <translation>没有共同的密码套件：此客户端提供的每个套件都需要 %1 证书；请在 %3 证书之外再提供一个 %2 证书。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="340"/>
        <source>an %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="345"/>
        <source>The partner&apos;s suites need %1 certificate; the server serves only %2</source>
        <translation>对方的套件需要 %1 证书；服务器只提供 %2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="353"/>
        <source>no suite in common: the partner&apos;s suites all need %1, the server has %2</source>
        <translation>没有共同的套件：对方的套件都需要 %1，服务器只有 %2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="369"/>
        <source>No shared cipher: the only suites in common in %1 are ECDHE suites, and the partner&apos;s curves (%2) are not among the server&apos;s (%3); enable secp256r1 and x25519 on the server.</source>
        <translation>没有共同的密码套件：%1 中仅有的共同套件是 ECDHE 套件，而对方的曲线（%2）不在服务器的曲线（%3）之中；请在服务器上启用 secp256r1 和 x25519。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="373"/>
        <source>No shared cipher: in %1 the partner offers %2 suites and this server accepts %3, none in common; accepting %4 on the server would fix it.</source>
        <translation>没有共同的密码套件：在 %1 中对方提供 %2 个套件，此服务器接受 %3 个，没有交集；在服务器上接受 %4 即可解决。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="380"/>
        <source>No shared cipher: in %1 the partner offers %2 suites and this server accepts %3, none in common.</source>
        <translation>没有共同的密码套件：在 %1 中对方提供 %2 个套件，此服务器接受 %3 个，没有交集。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="387"/>
        <source>The partner and the server share no cipher suite</source>
        <translation>对方与服务器没有共同的密码套件</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="395"/>
        <source>the server picks %1</source>
        <translation>服务器选择 %1</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="406"/>
        <source>the scan did not record the server&apos;s DH prime size</source>
        <translation>扫描未记录服务器的 DH 素数大小</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="409"/>
        <source>DH too small: the server would pick %1 and send a %2-bit DH prime, but this client requires at least %3 bits and ends the handshake; give the server a %4-bit DH group (or let it prefer ECDHE suites).</source>
        <translation>DH 太小：服务器会选择 %1 并发送 %2 位的 DH 素数，但此客户端要求至少 %3 位并会结束握手；请为服务器配置 %4 位的 DH 组（或让其优先使用 ECDHE 套件）。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="417"/>
        <source>The server&apos;s %1-bit DH prime is below the partner&apos;s minimum of %2 bits</source>
        <translation>服务器的 %1 位 DH 素数低于对方要求的最小值 %2 位</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="423"/>
        <source>the server&apos;s DH prime has %1 bits; the partner requires %2</source>
        <translation>服务器的 DH 素数为 %1 位；对方要求 %2 位</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="434"/>
        <source>This partner connects: %1 with %2, %3-bit DH.</source>
        <translation>此对方可以连接：%1，使用 %2，%3 位 DH。</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="464"/>
        <source>%1 sent by us</source>
        <translation>%1，由我方发送</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="465"/>
        <source>%1 sent by us: %2</source>
        <translation>%1，由我方发送：%2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="495"/>
        <source>the connection closed during the handshake (no alert)</source>
        <translation>连接在握手期间关闭（无警报）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="497"/>
        <source>server refused: %1</source>
        <translation>服务器拒绝：%1</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="499"/>
        <source>our client gave up: the server&apos;s reply broke TLS (%1)</source>
        <translation>我方客户端放弃：服务器的回复违反了 TLS（%1）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="500"/>
        <source>our client refused the server&apos;s reply (%1)</source>
        <translation>我方客户端拒绝了服务器的回复（%1）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="515"/>
        <source>the server chose %1, which the partner does not offer</source>
        <translation>服务器选择了对方未提供的 %1</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="517"/>
        <source>the server sent a %1-bit DH prime; the partner requires %2 bits and ends the handshake</source>
        <translation>服务器发送了 %1 位的 DH 素数；对方要求 %2 位并会结束握手</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="525"/>
        <source>no verdict: the live handshake could not be made (%1)</source>
        <translation>无结论：无法进行实时握手（%1）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="532"/>
        <source>prediction held: both agree on %1 with %2</source>
        <translation>预测成立：双方商定 %1，使用 %2</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="533"/>
        <source>prediction did NOT hold: predicted %1 with %2, the server chose %3 with %4</source>
        <translation>预测不成立：预测为 %1 使用 %2，服务器选择了 %3 使用 %4</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="538"/>
        <source>prediction held: the real handshake failed too (%1)</source>
        <translation>预测成立：实际握手也失败了（%1）</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="541"/>
        <source>the server answered %1</source>
        <translation>服务器回应了 %1</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="543"/>
        <source>prediction did NOT hold: predicted failure (%1), but the real handshake agreed on %2 with %3</source>
        <translation>预测不成立：预测失败（%1），但实际握手商定了 %2，使用 %3</translation>
    </message>
    <message>
        <location filename="../core/diagnose/simulator.cpp" line="546"/>
        <source>prediction did NOT hold: predicted %1 with %2, but the real handshake failed (%3)</source>
        <translation>预测不成立：预测为 %1 使用 %2，但实际握手失败了（%3）</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="../app/cli/common_options.cpp" line="95"/>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="96"/>
        <source>Arguments:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="97"/>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>未知选项“%1”。</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="98"/>
        <source>Unknown options: %1.</source>
        <translation>未知选项：%1。</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="99"/>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>“%1”后缺少值。</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="100"/>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>“%1”后有多余的值。</translation>
    </message>
</context>
<context>
    <name>WindowProxy</name>
    <message>
        <location filename="../ui/window_proxy.cpp" line="57"/>
        <source>via SOCKS5 %1</source>
        <translation>经由 SOCKS5 %1</translation>
    </message>
    <message>
        <location filename="../ui/window_proxy.cpp" line="59"/>
        <source>via HTTP proxy %1</source>
        <translation>经由 HTTP 代理 %1</translation>
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
        <translation>用法：mailtls explain [选项] SUITE...

拆解一个密码套件：密钥交换、认证、批量加密、MAC/PRF、它所存在的
协议版本、前向保密、AEAD、它的等级及原因，以及服务器使用它
需要哪种证书。

SUITE 是 IANA、OpenSSL 或 GnuTLS 写法的名称（不区分大小写）或套件代码：
  TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384   ECDHE-RSA-AES256-GCM-SHA384
  TLS_ECDHE_RSA_AES_256_GCM_SHA384        0xC030   0xC0,0x30

选项：
  --json FILE|-   将分析结果以 JSON 写入 FILE，或用 &apos;-&apos; 写到标准输出
  --no-color      不使用颜色（设置了 NO_COLOR 或输出不是终端时亦然）
  -h, --help      显示此帮助

退出码：0 所有套件均已知，2 未知套件（会建议相近的名称）或用法错误。

示例：
  mailtls explain ECDHE-RSA-AES128-GCM-SHA256
  mailtls explain --json - TLS_AES_256_GCM_SHA384
</translation>
    </message>
    <message>
        <location filename="../app/cli/explain_command.cpp" line="72"/>
        <source>(try &apos;mailtls explain --help&apos;)</source>
        <translation>（参见 &apos;mailtls explain --help&apos;）</translation>
    </message>
    <message>
        <location filename="../app/cli/explain_command.cpp" line="81"/>
        <source>name a cipher suite, e.g. &apos;mailtls explain ECDHE-RSA-AES128-GCM-SHA256&apos;</source>
        <translation>请指定一个密码套件，例如 &apos;mailtls explain ECDHE-RSA-AES128-GCM-SHA256&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="28"/>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="33"/>
        <source>No colours, even on a terminal.</source>
        <translation>不使用颜色，即使在终端上也是如此。</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="39"/>
        <source>Exit 1 when a finding is at least this severe: info, low, medium, high, critical.</source>
        <translation>当某项发现的严重程度不低于此级别时以 1 退出：info、low、medium、high、critical。</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="46"/>
        <source>%1: smtp, lmtp, imap, pop3, sieve, none, or auto (the port, else the greeting; default: follows the port).</source>
        <translation>%1：smtp、lmtp、imap、pop3、sieve、none 或 auto（按端口，否则按问候语；默认：由端口决定）。</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="48"/>
        <source>Mail protocol before TLS</source>
        <translation>TLS 之前的邮件协议</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="54"/>
        <source>Start TLS with the first byte (SMTPS, as on port 465).</source>
        <translation>从第一个字节起就使用 TLS（SMTPS，如 465 端口）。</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="60"/>
        <source>Server name sent in the TLS handshake (default: HOST when it is a name).</source>
        <translation>在 TLS 握手中发送的服务器名称（默认：HOST，若它是名称）。</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="66"/>
        <source>Send no server name indication.</source>
        <translation>不发送服务器名称指示（SNI）。</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="71"/>
        <source>Name sent in EHLO/LHLO (default: this machine&apos;s fully qualified name, from its host name, /etc/hosts or /etc/resolv.conf).</source>
        <translation>在 EHLO/LHLO 中发送的名称（默认：本机的完整域名，取自其主机名、/etc/hosts 或 /etc/resolv.conf）。</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="79"/>
        <source>Deadline for each connect, read and write step (default: %1).</source>
        <translation>每个连接、读取和写入步骤的时限（默认：%1）。</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="86"/>
        <source>Write %1 to FILE; &apos;-&apos; writes it to stdout instead of the text.</source>
        <translation>将%1写入 FILE；“-”则将其写到标准输出，取代文本输出。</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="87"/>
        <source>the JSON report</source>
        <translation> JSON 报告</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="237"/>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="261"/>
        <source>--%1 must be a number of seconds between 0 and 3600, not &apos;%2&apos;</source>
        <translation>--%1 必须是 0 到 3600 之间的秒数，而不是 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="276"/>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 必须是 %2 到 %3 之间的整数，而不是 &apos;%4&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="287"/>
        <source>--%1 needs one name without spaces or line breaks</source>
        <translation>--%1 需要一个不含空格或换行的名称</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="304"/>
        <source>--starttls must be smtp, lmtp, imap, pop3, sieve, none or auto, not &apos;%1&apos;</source>
        <translation>--starttls 必须是 smtp、lmtp、imap、pop3、sieve、none 或 auto，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="326"/>
        <location filename="../app/cli/session_args.cpp" line="259"/>
        <source>--sni and --no-sni contradict each other</source>
        <translation>--sni 与 --no-sni 互相矛盾</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="343"/>
        <source>--json %1: is a directory</source>
        <translation>--json %1：是一个目录</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="348"/>
        <source>--json %1: directory %2 does not exist</source>
        <translation>--json %1：目录 %2 不存在</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="352"/>
        <source>--json %1: directory %2 is not writable</source>
        <translation>--json %1：目录 %2 不可写</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="356"/>
        <source>--json %1: file is not writable</source>
        <translation>--json %1：文件不可写</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="368"/>
        <location filename="../app/cli/explain_command.cpp" line="86"/>
        <location filename="../app/cli/records_command.cpp" line="188"/>
        <source>--json needs a file name or &apos;-&apos;</source>
        <translation>--json 需要一个文件名或 &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="378"/>
        <source>--html needs a file name</source>
        <translation>--html 需要一个文件名</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="379"/>
        <source>--html %1: %2</source>
        <translation>--html %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="387"/>
        <source>--pdf needs a file name</source>
        <translation>--pdf 需要一个文件名</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="388"/>
        <source>--pdf %1: %2</source>
        <translation>--pdf %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="394"/>
        <source>--fail-on must be info, low, medium, high or critical, not &apos;%1&apos;</source>
        <translation>--fail-on 必须是 info、low、medium、high 或 critical，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="421"/>
        <source>%1%2: no such file</source>
        <translation>%1%2：文件不存在</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="422"/>
        <location filename="../app/cli/common_options.cpp" line="442"/>
        <location filename="../app/cli/common_options.cpp" line="449"/>
        <source>%1%2: cannot read (%3)</source>
        <translation>%1%2：无法读取（%3）</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="426"/>
        <source>%1%2: is a directory</source>
        <translation>%1%2：是一个目录</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="431"/>
        <source>%1%2: is not a regular file (a pipe, socket or device); save it to a file first</source>
        <translation>%1%2：不是普通文件（而是管道、套接字或设备）；请先保存为文件</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="436"/>
        <source>%1%2: is not a regular file</source>
        <translation>%1%2：不是普通文件</translation>
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
        <translation>无法写入 --json %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="485"/>
        <location filename="../app/cli/compare_command.cpp" line="292"/>
        <location filename="../app/cli/domain_command.cpp" line="548"/>
        <location filename="../app/cli/simulate_command.cpp" line="483"/>
        <source>cannot write --html %1: %2</source>
        <translation>无法写入 --html %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="496"/>
        <location filename="../app/cli/compare_command.cpp" line="301"/>
        <location filename="../app/cli/domain_command.cpp" line="557"/>
        <location filename="../app/cli/simulate_command.cpp" line="491"/>
        <source>cannot write --pdf %1: %2</source>
        <translation>无法写入 --pdf %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="506"/>
        <source>Write %1 as a PDF file (A4: the verdict, the findings with their fixes, the chain, the matrix), to forward to a partner&apos;s admin.</source>
        <translation>将%1写成 PDF 文件（A4：结论、发现及其修复、证书链、矩阵），可转发给对方的管理员。</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="508"/>
        <source>the report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="525"/>
        <source>passphrase file </source>
        <translation>口令文件 </translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="529"/>
        <source>cannot read passphrase file %1: %2</source>
        <translation>无法读取口令文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="536"/>
        <source>passphrase file %1 is empty (the first line is the passphrase)</source>
        <translation>口令文件 %1 为空（第一行即为口令）</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="546"/>
        <source>Connect through a proxy: socks5://[USER@]HOST:PORT (socks5h:// the same; the proxy resolves host names) or http://[USER@]HOST:PORT (HTTP CONNECT). No password in the URL.</source>
        <translation>通过代理连接：socks5://[USER@]HOST:PORT（socks5h:// 相同；由代理解析主机名）或 http://[USER@]HOST:PORT（HTTP CONNECT）。URL 中不得包含密码。</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="554"/>
        <source>The proxy user&apos;s password: the first line of FILE (default: the environment variable MAILTLS_PROXY_PASSWORD).</source>
        <translation>代理用户的密码：FILE 的第一行（默认：环境变量 MAILTLS_PROXY_PASSWORD）。</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="562"/>
        <source>At most N connections through the proxy at once, for the whole run: every scan lane, session and fleet target shares them (default: %1; 1 to %2). A proxy that turns a connection away at its own limit is waited for and retried.</source>
        <translation>整个运行期间经由代理同时进行的连接最多 N 个：所有扫描通道、会话和批量目标共享这些连接（默认：%1；1 到 %2）。若代理因自身上限拒绝某个连接，则等待后重试。</translation>
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
        <translation>--proxy-connections：须为 1 到 %1 之间的数字，而不是“%2”</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="601"/>
        <source>--proxy: %1</source>
        <translation>--proxy：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="605"/>
        <source>--proxy: empty URL</source>
        <translation>--proxy：URL 为空</translation>
    </message>
    <message>
        <location filename="../app/cli/common_options.cpp" line="610"/>
        <source>--proxy-pass-file needs a user in the --proxy URL (socks5://USER@HOST:PORT)</source>
        <translation>--proxy-pass-file 需要 --proxy URL 中包含用户名（socks5://USER@HOST:PORT）</translation>
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

邮件服务器的 TLS 一侧：SMTP/STARTTLS 会话、TLS 握手、证书链、发现，
以及修复它们的 Exim/Postfix 设置。

命令：
  session HOST[:PORT]   一次真实会话：会话记录、握手、证书链、发现
  scan HOST[:PORT]      版本、所有 IANA 套件、优先顺序、组、DH 大小、证书类型
  cert SUBCOMMAND       检查证书文件；生成密钥、CSR、小型 CA、DH 参数
  explain SUITE         拆解一个密码套件：密钥交换、认证、加密算法、MAC、等级、证书
  simulate              对方（配置文件或密码列表）能否连接？结果、原因、修复
  compare TARGET...     两台或更多服务器或已保存的报告并排比较，差异在前
  practice-server       一个用于练习的本地回环 SMTP/TLS 服务器（--list：各种个性）
  log FILE...           从 TLS 角度读取邮件日志：对方、版本、按原因分类的失败、假如……会有什么中断
  queue FILE|-          队列列表（exim -bp、postqueue -j/-p）：哪些邮件卡住了，按域名和时长
  fleet FILE|-          一次检查所有对方：每个目标一次会话或扫描，JSON Lines，一张表格
  domain DOMAIN         某域名的邮件能否安全投递？MX、DANE、MTA-STS、TLS-RPT
  records               域名为 DANE、MTA-STS、TLS-RPT 发布的记录；发件方的 DANE 设置

选项：
  -h, --help            显示此帮助；“mailtls COMMAND --help”查看某个命令的帮助
  -V, --version         显示 mailtls、Qt 和 OpenSSL 的版本

退出码：0 正常，1 存在不低于 --fail-on 的发现，2 用法错误，
3 没有可评判的应答（无法访问、未及时回复、不是邮件服务器；被拒绝的 TLS
握手也是一种应答，并且是一项发现），130 已中断。
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="147"/>
        <source>&apos;%1&apos; is not available in this build yet (try &apos;mailtls --help&apos;)</source>
        <translation>此版本尚不提供 &apos;%1&apos;（参见 &apos;mailtls --help&apos;）</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="150"/>
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
        <location filename="../app/cli/cert_inspect_command.cpp" line="38"/>
        <source>Reads certificate files (PEM or DER: certificates, chain bundles, private keys, PKCS#7,
PKCS#12) and reports the chain exactly as a server configured with them would send it:
certificates in file order, files in the order given. Checks the order (leaf first, then
each issuer), missing intermediates (against --ca-file or the system store), extra
certificates, an included root, whether a private key matches the leaf, and every
certificate finding of a live session (trust, dates, name, key and signature strength).</source>
        <translation>读取证书文件（PEM 或 DER：证书、证书链包、私钥、PKCS#7、
PKCS#12），并按配置了这些文件的服务器发送的方式准确报告证书链：
证书按文件内顺序，文件按给定顺序。检查顺序（终端证书在前，然后
是各颁发者）、缺少的中间证书（对照 --ca-file 或系统证书库）、多余的
证书、附带的根证书、私钥是否与终端证书匹配，以及实时会话中的每项
证书发现（信任、日期、名称、密钥和签名强度）。</translation>
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
会话之外的发现 ID：chain.root_included（info）、key.mismatch。

退出码：
  0    已检查（如有发现，均低于 --fail-on）
  1    有达到或高于 --fail-on 的发现
  2    用法错误，或文件无法读取（已损坏、口令错误、没有证书）

示例：
  mailtls cert inspect /etc/exim4/exim.crt /etc/exim4/exim.key --servername mx.example.org
  mailtls cert inspect fullchain.pem --ca-file private-root.pem --json -
  mailtls cert inspect bundle.p12 --passphrase-file p12.pass --fail-on medium
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="72"/>
        <source>Passphrase for encrypted keys and PKCS#12 (first line of FILE).</source>
        <translation>加密密钥和 PKCS#12 的口令（FILE 的第一行）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="75"/>
        <location filename="../app/cli/fleet_args.cpp" line="87"/>
        <location filename="../app/cli/session_args.cpp" line="75"/>
        <source>Trust these PEM certificates instead of the system store.</source>
        <translation>信任这些 PEM 证书，而不是系统证书库。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="78"/>
        <source>Name the certificate must match, e.g. the MX name (default: no name check).</source>
        <translation>证书必须匹配的名称，例如 MX 名称（默认：不检查名称）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="81"/>
        <source>cert.expires_soon when fewer days than this remain (default: 30).</source>
        <translation>剩余天数少于此值时报告 cert.expires_soon（默认：30）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="85"/>
        <source>Also write a self-contained, printable HTML report to FILE.</source>
        <translation>另将独立、可打印的 HTML 报告写入 FILE。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="87"/>
        <source>the inspection</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="91"/>
        <location filename="../app/cli/session_args.cpp" line="139"/>
        <source>Print only the one-line summary (errors still go to stderr).</source>
        <translation>只输出一行摘要（错误仍写到 stderr）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="105"/>
        <source>Certificate, chain, key, PKCS#7 or PKCS#12 file; several in serving order.</source>
        <translation>证书、证书链、密钥、PKCS#7 或 PKCS#12 文件；多个时按提供顺序。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="133"/>
        <source>missing FILE</source>
        <translation>缺少 FILE</translation>
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
        <location filename="../app/cli/cert_inspect_command.cpp" line="260"/>
        <source>--ca-file %1: %2</source>
        <translation>--ca-file %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="277"/>
        <source>no certificate in %1 (only private keys)</source>
        <translation>%1 中没有证书（只有私钥）</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="291"/>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="291"/>
        <source>Files
</source>
        <translation>文件
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
        <location filename="../app/cli/fleet_command.cpp" line="415"/>
        <location filename="../app/cli/practice_command.cpp" line="57"/>
        <location filename="../app/cli/practice_command.cpp" line="207"/>
        <location filename="../app/cli/report_printer.cpp" line="244"/>
        <location filename="../app/cli/report_printer.cpp" line="398"/>
        <location filename="../app/cli/report_printer.cpp" line="620"/>
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
        <location filename="../app/cli/fleet_command.cpp" line="417"/>
        <location filename="../app/cli/report_printer.cpp" line="251"/>
        <location filename="../app/cli/simulate_command.cpp" line="173"/>
        <location filename="../app/cli/simulate_command.cpp" line="351"/>
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
        <location filename="../app/cli/report_printer.cpp" line="596"/>
        <location filename="../app/cli/report_printer.cpp" line="646"/>
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
        <location filename="../app/cli/compare_command.cpp" line="198"/>
        <source>(try &apos;mailtls compare --help&apos;)</source>
        <translation>（参见 &apos;mailtls compare --help&apos;）</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="224"/>
        <source>  scanning %1 server(s)...
</source>
        <translation>  正在扫描 %1 台服务器...
</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="228"/>
        <source>  scanned %1 (%2 connections, %3 s)
</source>
        <translation>  已扫描 %1（%2 次连接，%3 秒）
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
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="245"/>
        <location filename="../app/cli/scan_command.cpp" line="92"/>
        <location filename="../app/cli/simulate_command.cpp" line="459"/>
        <source>cannot scan %1: %2</source>
        <translation>无法扫描 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="263"/>
        <source>live scan now</source>
        <translation>现在实时扫描</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="265"/>
        <source>time unknown</source>
        <translation>时间未知</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_command.cpp" line="266"/>
        <source>saved %1 report of %2, %3</source>
        <translation>已保存的 %2 的 %1 报告，%3</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="456"/>
        <location filename="../app/cli/report_printer.cpp" line="676"/>
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
        <location filename="../app/cli/fleet_command.cpp" line="65"/>
        <source>stopped before it finished</source>
        <translation>在完成前已停止</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="67"/>
        <source>not run: %1</source>
        <translation>未运行：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="100"/>
        <source>%1, %2 suites</source>
        <translation>%1，%2 个套件</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="112"/>
        <location filename="../app/cli/report_printer.cpp" line="471"/>
        <source>TLS handshake failed</source>
        <translation>TLS 握手失败</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="113"/>
        <location filename="../app/cli/report_printer.cpp" line="472"/>
        <source>TLS handshake failed (%1)</source>
        <translation>TLS 握手失败（%1）</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="129"/>
        <source>answers again (was: %1)</source>
        <translation>重新应答（之前：%1）</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="130"/>
        <source>no longer answers: %1</source>
        <translation>不再应答：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="137"/>
        <source>new finding %1 (%2)</source>
        <translation>新发现 %1（%2）</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="141"/>
        <source>finding gone %1 (%2)</source>
        <translation>发现已消失 %1（%2）</translation>
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
        <translation>证书已更改：SHA-256 %1… -&gt; %2…</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="155"/>
        <source>no certificate seen any more</source>
        <translation>不再看到证书</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="156"/>
        <source>certificate seen (none before)</source>
        <translation>看到了证书（之前没有）</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="178"/>
        <source>expired %1 d ago</source>
        <translation>已过期 %1 天</translation>
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
        <translation>无法写入 --jsonl %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="253"/>
        <source>%1: cannot read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="261"/>
        <source>%1: no target in the list</source>
        <translation>%1：列表中没有目标</translation>
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
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="400"/>
        <source>RESULT</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="401"/>
        <source>WORST FINDING</source>
        <translation>最严重的发现</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="401"/>
        <source>CERT</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="402"/>
        <source>TIME</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="426"/>
        <source>Changes since %1</source>
        <translation>自 %1 以来的变化</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="434"/>
        <source>  %1: not in the baseline
</source>
        <translation>  %1：不在基线中
</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="444"/>
        <source>  %1 unchanged, %2 not in the baseline

</source>
        <translation>  %1 个未变，%2 个不在基线中

</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="448"/>
        <source>%1 targets</source>
        <translation>%1 个目标</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="450"/>
        <source>%1 already in %2</source>
        <translation>%1 个已在 %2 中</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="451"/>
        <source>%1 ok</source>
        <translation>%1 个正常</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="456"/>
        <source>with findings: %1</source>
        <translation>有发现：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="457"/>
        <source>%1 unreachable</source>
        <translation>%1 个无法连接</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="459"/>
        <source>%1 not checked</source>
        <translation>%1 个未检查</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="460"/>
        <source>Total: %1; %2
</source>
        <translation>总计：%1；%2
</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="465"/>
        <source>interrupted: %1 of %2 targets checked</source>
        <translation>已中断：已检查 %2 个目标中的 %1 个</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="473"/>
        <source>--max-time reached: %1 of %2 targets not checked</source>
        <translation>已达到 --max-time：%2 个目标中有 %1 个未检查</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="478"/>
        <source>no answer to judge: every target was unreachable</source>
        <translation>没有可评判的应答：所有目标均无法连接</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="476"/>
        <source>no TLS (STARTTLS refused: %1)</source>
        <translation>无 TLS（STARTTLS 被拒绝：%1）</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="115"/>
        <location filename="../app/cli/report_printer.cpp" line="478"/>
        <source>no TLS</source>
        <translation>无 TLS</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_command.cpp" line="115"/>
        <location filename="../app/cli/report_printer.cpp" line="478"/>
        <source>no TLS (STARTTLS not offered)</source>
        <translation>无 TLS（未提供 STARTTLS）</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_inspect_command.cpp" line="217"/>
        <location filename="../app/cli/report_printer.cpp" line="483"/>
        <location filename="../app/cli/report_printer.cpp" line="691"/>
        <source>no findings</source>
        <translation>没有发现</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="498"/>
        <source>likely: %1</source>
        <translation>可能原因：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="531"/>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="533"/>
        <source>No scan ran.</source>
        <translation>未运行扫描。</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="537"/>
        <source>Protocols</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="541"/>
        <location filename="../app/cli/report_printer.cpp" line="601"/>
        <location filename="../app/cli/report_printer.cpp" line="651"/>
        <source>not tested</source>
        <translation>未测试</translation>
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
        <translation>客户端顺序</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="565"/>
        <source>server&apos;s order</source>
        <translation>服务器顺序</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="567"/>
        <source>order not tested</source>
        <translation>顺序未测试</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="568"/>
        <source>%1 suites (%2, %3)</source>
        <translation>%1 套件（%2，%3）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="580"/>
        <source>Groups</source>
        <translation>组</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="580"/>
        <source>none found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="581"/>
        <source>DH prime</source>
        <translation>DH 素数</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="581"/>
        <source>%1 bits (smallest seen)</source>
        <translation>%1 位（所见最小）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="582"/>
        <source>no DHE suite accepted</source>
        <translation>不接受任何 DHE 套件</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="583"/>
        <source>Certificate types</source>
        <translation>证书类型</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="584"/>
        <location filename="../app/cli/simulate_command.cpp" line="364"/>
        <source>none seen</source>
        <translation>未见</translation>
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
        <translation>安全卫生</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="609"/>
        <source>Attacks</source>
        <translation>攻击</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="610"/>
        <source>heartbleed leak %1, CCS injection accepted %2, ROBOT oracle %3, ticketbleed leak %4</source>
        <translation>Heartbleed 泄漏 %1，接受 CCS 注入 %2，ROBOT 预言机 %3，Ticketbleed 泄漏 %4</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="614"/>
        <source> (no lifetime hint)</source>
        <translation>（无有效期提示）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="614"/>
        <source> (lifetime %1 s)</source>
        <translation>（有效期 %1 秒）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="616"/>
        <source>Resumption</source>
        <translation>会话恢复</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="617"/>
        <source>session id %1, ticket %2%3, TLS 1.3 ticket %4%5</source>
        <translation>会话 ID %1，票据 %2%3，TLS 1.3 票据 %4%5</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="622"/>
        <source>unusable (see --json)</source>
        <translation>不可用（见 --json）</translation>
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
        <translation>（已过）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="631"/>
        <source>; the certificate is must-staple</source>
        <translation>；证书要求装订（must-staple）</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="632"/>
        <source>OCSP staple</source>
        <translation>OCSP 装订</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="637"/>
        <source>not offered</source>
        <translation>未提供</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="637"/>
        <source>rejected</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="638"/>
        <source>0-RTT</source>
        <translation>0-RTT</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="654"/>
        <source>role %1: MAIL before TLS %2, AUTH before TLS %3, command injection %4</source>
        <translation>角色 %1：TLS 前 MAIL %2，TLS 前 AUTH %3，命令注入 %4</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="657"/>
        <source>%1 byte(s) of cleartext after the 220 to STARTTLS</source>
        <translation>STARTTLS 的 220 回复之后有 %1 字节明文</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="659"/>
        <source>%1 connections, %2 handshakes</source>
        <translation>%1 次连接，%2 次握手</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="661"/>
        <source>, %1 retries after busy answers</source>
        <translation>，因繁忙应答重试 %1 次</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="662"/>
        <source>Cost</source>
        <translation>开销</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="662"/>
        <source> in %1 s</source>
        <translation>，用时 %1 秒</translation>
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
        <translation>%1；%2 个套件/版本组合</translation>
    </message>
    <message>
        <location filename="../app/cli/report_printer.cpp" line="688"/>
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
        <location filename="../app/cli/scan_command.cpp" line="104"/>
        <source>(try &apos;mailtls scan --help&apos;)</source>
        <translation>（参见 &apos;mailtls scan --help&apos;）</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="32"/>
        <source>Predicts whether a mail partner can make a TLS connection to a server: the version and suite
they would agree on, or why they cannot (compat.no_shared_cipher, compat.protocol_mismatch,
compat.dh_too_small, compat.cert_type_mismatch) in a sentence to forward to the partner, with
the Exim and Postfix lines that fix it. The server is a live target (scanned first, then one
real handshake with exactly the partner&apos;s offer confirms the prediction) or a saved
&apos;mailtls scan --json&apos; report. The partner is a built-in profile or a pasted cipher list.</source>
        <translation>预测某个邮件对方能否与服务器建立 TLS 连接：双方会商定的版本和套件，或者无法连接的原因
（compat.no_shared_cipher、compat.protocol_mismatch、compat.dh_too_small、
compat.cert_type_mismatch），以一句可转发给对方的话说明，并附上修复它的 Exim 和 Postfix 配置行。
服务器是一个在线目标（先扫描，然后用与对方完全相同的提议进行一次真实握手来确认预测），
或一份已保存的“mailtls scan --json”报告。对方是一个内置配置文件或一份粘贴的密码列表。</translation>
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
密码列表（--cipher-list）：
  OpenSSL  ECDHE-RSA-AES128-SHA:RC4-SHA  （名称逐一对应；HIGH:!aNULL 之类的关键字
           由链接的 OpenSSL 展开，它不含 RC4/3DES）
  IANA     TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_3DES_EDE_CBC_SHA
  GnuTLS   NORMAL:-VERS-ALL:+VERS-TLS1.2:+3DES-CBC  （若已安装则由 gnutls-cli 展开，
           否则由内置表展开；版本、组和签名随之而来）
  没有 --versions 时，粘贴的列表以 TLS 1.0 - 1.2 提供（若列出了 TLS 1.3 套件则还有 1.3）；
  GnuTLS 字符串自带版本。

退出码：
  0    对方可以连接
  1    对方连接失败（compat.* 发现为“high”；--fail-on critical 可保持退出码 0）
  2    用法错误（包括 --json、--html 或 --pdf 路径不可写）
  3    没有可评判的应答：无法访问、未及时回复（TLS 握手期间也算），或没有 STARTTLS
       或不是邮件服务器。服务器若作出应答并拒绝或中断握手，就算已经应答：
       这是一项发现（0，或配合 --fail-on 时为 1）
  130  已中断（Ctrl-C）

示例：
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
        <translation>要扫描并试连的在线邮件服务器（PORT 默认为 25）。</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="71"/>
        <source>Saved &apos;mailtls scan --json&apos; report to predict from.</source>
        <translation>用于预测的已保存“mailtls scan --json”报告。</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="73"/>
        <source>Built-in partner profile (see --list-profiles).</source>
        <translation>内置对方配置文件（见 --list-profiles）。</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="76"/>
        <source>The partner&apos;s suites: OpenSSL or IANA names, or a GnuTLS priority string.</source>
        <translation>对方的套件：OpenSSL 或 IANA 名称，或 GnuTLS 优先级字符串。</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="78"/>
        <source>How to read --cipher-list: auto (default), openssl, iana, gnutls.</source>
        <translation>如何解读 --cipher-list：auto（默认）、openssl、iana、gnutls。</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="81"/>
        <source>Versions the partner offers, e.g. 1.0,1.1,1.2 (replaces the profile&apos;s).</source>
        <translation>对方提供的版本，例如 1.0,1.1,1.2（取代配置文件中的版本）。</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="83"/>
        <source>Groups the partner offers, e.g. x25519:secp256r1.</source>
        <translation>对方提供的组，例如 x25519:secp256r1。</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="85"/>
        <source>Smallest DHE prime the partner accepts (0: any).</source>
        <translation>对方接受的最小 DHE 素数（0：任意）。</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="88"/>
        <source>Signature algorithms the partner accepts, e.g. RSA+SHA256:rsa_pss_rsae_sha256.</source>
        <translation>对方接受的签名算法，例如 RSA+SHA256:rsa_pss_rsae_sha256。</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="90"/>
        <source>List the built-in profiles and exit.</source>
        <translation>列出内置配置文件并退出。</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="92"/>
        <source>With --server: scan and predict, but make no confirming handshake.</source>
        <translation>配合 --server：扫描并预测，但不进行确认握手。</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="94"/>
        <source>Start TLS with the first byte (SMTPS).</source>
        <translation>从第一个字节起就使用 TLS（SMTPS）。</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="95"/>
        <source>Server name sent in the handshake (default: HOST when a name).</source>
        <translation>在握手中发送的服务器名称（默认：HOST，若为名称）。</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="98"/>
        <source>Deadline for each network step (default: 10).</source>
        <translation>每个网络步骤的时限（默认：10）。</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="100"/>
        <source>Connections open at once during the scan (default: 4).</source>
        <translation>扫描期间同时打开的连接数（默认：4）。</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="105"/>
        <source>the JSON report (kind &quot;simulate&quot;)</source>
        <translation> JSON 报告（kind 为“simulate”）</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="107"/>
        <source>Also write the simulation as one self-contained, printable HTML file.</source>
        <translation>另外将模拟结果写成一个独立、可打印的 HTML 文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="110"/>
        <source>Write the simulation as a PDF file (A4: the verdict, the reason and the fix, then what each side offers), to forward to the partner&apos;s admin.</source>
        <translation>将模拟结果写成 PDF 文件（A4：结论、原因和修复，然后是双方各自提供的内容），可转发给对方的管理员。</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="114"/>
        <source>Exit 1 when a finding is at least this severe (default: high).</source>
        <translation>当某项发现的严重程度不低于此级别时以 1 退出（默认：high）。</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="115"/>
        <source>No colours.</source>
        <translation>不使用颜色。</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="116"/>
        <source>Print only the verdict line.</source>
        <translation>只输出结论行。</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="166"/>
        <source>Built-in partner profiles (mailtls simulate --client NAME):

</source>
        <translation>内置对方配置文件（mailtls simulate --client NAME）：

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
      提供 %3；%4 个 TLS 1.2 及以下套件，%5 个 TLS 1.3 套件；最小 DH %6
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="173"/>
        <location filename="../app/cli/simulate_command.cpp" line="351"/>
        <location filename="../app/cli/simulate_command.cpp" line="364"/>
        <source>%1 bits</source>
        <translation>%1 位</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="174"/>
        <location filename="../app/cli/simulate_command.cpp" line="352"/>
        <source>source: </source>
        <translation>来源： </translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="177"/>
        <source>  (a profile file did not load: %1)
</source>
        <translation>  （有一个配置文件未能加载：%1）
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="203"/>
        <source>unexpected &apos;%1&apos;: name the server with --server or --report</source>
        <translation>意外的 &apos;%1&apos;：请用 --server 或 --report 指定服务器</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="208"/>
        <source>name the server with either --server HOST[:PORT] or --report FILE.json</source>
        <translation>请用 --server HOST[:PORT] 或 --report FILE.json 之一指定服务器</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="231"/>
        <source>--%1 needs --server (a report is not contacted)</source>
        <translation>--%1 需要 --server（不会连接报告中的服务器）</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="237"/>
        <source>--report %1</source>
        <translation>--report %1</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="241"/>
        <source>--report %1: holds no scan section (make one with &apos;mailtls scan HOST --json FILE&apos;)</source>
        <translation>--report %1：不含扫描部分（请用 &apos;mailtls scan HOST --json FILE&apos; 生成）</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="247"/>
        <source>name the partner with either --client PROFILE or --cipher-list LIST</source>
        <translation>请用 --client PROFILE 或 --cipher-list LIST 之一指定对方</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="257"/>
        <source>unknown profile &apos;%1&apos;; built-in: %2</source>
        <translation>未知的配置文件 &apos;%1&apos;；内置：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="262"/>
        <source>--syntax applies to --cipher-list only</source>
        <translation>--syntax 仅适用于 --cipher-list</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="268"/>
        <source>--syntax must be auto, openssl, iana or gnutls, not &apos;%1&apos;</source>
        <translation>--syntax 必须是 auto、openssl、iana 或 gnutls，而不是 &apos;%1&apos;</translation>
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
        <translation>--groups：未知的组 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="313"/>
        <source>--sigalgs: unknown signature algorithm &apos;%1&apos;</source>
        <translation>--sigalgs：未知的签名算法 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="324"/>
        <source>--min-dh-bits must be a whole number from 0 to 16384, not &apos;%1&apos;</source>
        <translation>--min-dh-bits 必须是 0 到 16384 之间的整数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="329"/>
        <source>the partner offers no suite for any of its versions (%1)</source>
        <translation>对方的任何版本都没有提供套件（%1）</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="345"/>
        <source>Partner</source>
        <translation>对方</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="346"/>
        <source>          offers %1; %2 suites up to TLS 1.2, %3 TLS 1.3 suites; groups: %4; minimum DH: %5
</source>
        <translation>          提供 %1；%2 个 TLS 1.2 及以下套件，%3 个 TLS 1.3 套件；组：%4；最小 DH：%5
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
        <translation>          无法识别（已略去）：%1
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="360"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="361"/>
        <source>          accepts %1; certificates: %2; DH prime: %3
</source>
        <translation>          接受 %1；证书：%2；DH 素数：%3
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="362"/>
        <source>no version</source>
        <translation>无版本</translation>
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
        <translation>预测：可以连接 — %1，套件 %2%3
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="369"/>
        <location filename="../app/cli/simulate_command.cpp" line="396"/>
        <source>, group %1</source>
        <translation>，组 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="371"/>
        <source>Prediction: FAILS — %1
</source>
        <translation>预测：失败 — %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="374"/>
        <source>  How:
</source>
        <translation>  推理过程：
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="381"/>
        <source>
Fix for Exim:
</source>
        <translation>
Exim 的修复方法：
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="383"/>
        <source>Fix for Postfix:
</source>
        <translation>Postfix 的修复方法：
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="387"/>
        <source>
Live handshake (%1)
</source>
        <translation>
实际握手（%1）
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="388"/>
        <source>mailtls&apos;s own ClientHello: the exact offer</source>
        <translation>mailtls 自己的 ClientHello：完全按对方的提供</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="389"/>
        <source>OpenSSL client with the partner&apos;s offer</source>
        <translation>使用对方提供内容的 OpenSSL 客户端</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="391"/>
        <source>  left out (this OpenSSL cannot send them): %1
</source>
        <translation>  已略去（此 OpenSSL 无法发送）：%1
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="393"/>
        <source>  server chose %1 with %2%3
</source>
        <translation>  服务器选择了 %1，套件 %2%3
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="395"/>
        <source>, %1-bit DH prime</source>
        <translation>，%1 位 DH 素数</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="400"/>
        <source>  the partner would stop here: %1
</source>
        <translation>  对方会在此停止：%1
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="402"/>
        <source>  error: %1
</source>
        <translation>  错误：%1
</translation>
    </message>
    <message>
        <location filename="../app/cli/simulate_command.cpp" line="445"/>
        <source>  scanning the server: %1/%2 connections </source>
        <translation>  正在扫描服务器：%1/%2 次连接 </translation>
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
        <translation>用法：mailtls cert 子命令 [选项]

邮件服务器的证书：查看已有的，生成所需的。

子命令：
  inspect FILE...   证书/密钥文件中的证书链（按服务器发送的方式），附发现
  key               私钥（rsa2048|rsa3072|rsa4096|ec-p256|ec-p384|ed25519）
  selfsigned        自签名服务器证书及其密钥
  csr               面向公共或私有 CA 的证书签名请求（含 SAN）
  ca init           目录中的小型 CA（或用 --parent-ca-dir 创建下级 CA）
  ca sign           用该 CA 签署请求（记录序列号）
  dhparam           DHE 套件的 Diffie-Hellman 参数
  pkcs12            证书 + 密钥（+ 证书链）合入一个受口令保护的 .p12 文件

&apos;mailtls cert 子命令 --help&apos; 分别说明各子命令。生成类命令会输出写入的内容，
以及使用它们的 Exim 和 Postfix 配置行。私钥以 0600 权限写入，
没有 --force 不会替换已有文件。

退出码：0 正常，1 有达到或高于 --fail-on 的发现（inspect），2 用法或文件错误
（包括口令错误），130 被中断。
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_command.cpp" line="63"/>
        <source>Usage: mailtls cert ca init|sign [options]
&apos;mailtls cert ca init --help&apos; and &apos;mailtls cert ca sign --help&apos; describe each.
</source>
        <translation>用法：mailtls cert ca init|sign [选项]
&apos;mailtls cert ca init --help&apos; 和 &apos;mailtls cert ca sign --help&apos; 分别说明。
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_command.cpp" line="68"/>
        <source>say &apos;init&apos; or &apos;sign&apos; (try &apos;mailtls cert ca init --help&apos;)</source>
        <translation>请指定 &apos;init&apos; 或 &apos;sign&apos;（参见 &apos;mailtls cert ca init --help&apos;）</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_command.cpp" line="69"/>
        <source>unknown action &apos;%1&apos;: &apos;init&apos; or &apos;sign&apos;</source>
        <translation>未知操作 &apos;%1&apos;：应为 &apos;init&apos; 或 &apos;sign&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_command.cpp" line="76"/>
        <source>unknown subcommand &apos;%1&apos; (try &apos;mailtls cert --help&apos;)</source>
        <translation>未知子命令 &apos;%1&apos;（参见 &apos;mailtls cert --help&apos;）</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="44"/>
        <source>Subject syntax (--subject): NAME=VALUE pairs separated by commas, e.g.
  &quot;O=Example GmbH,OU=Mail,L=Berlin,C=DE&quot;. Names: CN, O, OU, C, ST, L, emailAddress, DC, ...
  A backslash makes the next character literal (O=Smith\, Jones); a value in double quotes
  keeps commas (O=&quot;Smith, Jones&quot;). C is a two-letter country code. --cn adds the CN.
</source>
        <translation>主题语法（--subject）：以逗号分隔的 NAME=VALUE 对，例如
  &quot;O=Example GmbH,OU=Mail,L=Berlin,C=DE&quot;。名称：CN、O、OU、C、ST、L、emailAddress、DC 等
  反斜杠使下一个字符按字面处理（O=Smith\, Jones）；双引号中的值保留逗号
  （O=&quot;Smith, Jones&quot;）。C 为两字母国家代码。--cn 添加 CN。
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="50"/>
        <source>SAN syntax (--san): TYPE:VALUE entries separated by commas, TYPE one of DNS, IP, email, URI:
  DNS:mail.example.org,DNS:*.example.org,IP:192.0.2.25,IP:2001:db8::25,email:postmaster@example.org
  (IPv6 needs no brackets: everything after the first colon is the value). Repeat --san or
  use commas. Mail clients match the SANs, not the CN: a server certificate needs one.
</source>
        <translation>SAN 语法（--san）：以逗号分隔的 TYPE:VALUE 条目，TYPE 为 DNS、IP、email、URI 之一：
  DNS:mail.example.org,DNS:*.example.org,IP:192.0.2.25,IP:2001:db8::25,email:postmaster@example.org
  （IPv6 无需方括号：第一个冒号之后的全部内容即为值）。可重复 --san
  或使用逗号。邮件客户端匹配的是 SAN 而不是 CN：服务器证书必须有 SAN。
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="56"/>
        <source>Files: private keys are created with mode 0600 (PKCS#8 PEM; AES-256 encrypted with
--passphrase-file), everything is written completely or not at all, and an existing file is
only replaced with --force.
</source>
        <translation>文件：私钥以 0600 权限创建（PKCS#8 PEM；使用 --passphrase-file 时以 AES-256 加密），
所有内容要么完整写入，要么完全不写，已有文件只有在 --force 时才会被替换。
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="61"/>
        <source>Exit codes: 0 written, 2 usage error or a file that cannot be read or written (wrong
passphrase, existing output without --force, ...), 130 interrupted.
</source>
        <translation>退出码：0 已写入，2 用法错误或文件无法读取或写入（口令错误、
输出已存在但未指定 --force 等），130 被中断。
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
        <translation>（参见 &apos;%1 --help&apos;）</translation>
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
        <translation>意外的参数 &apos;%1&apos;（参见 &apos;mailtls %2 --help&apos;）</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="131"/>
        <source>unknown key type &apos;%1&apos; (%2)</source>
        <translation>未知密钥类型 &apos;%1&apos;（%2）</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="161"/>
        <source>the CN is given twice (--cn and CN= in --subject)</source>
        <translation>CN 指定了两次（--cn 和 --subject 中的 CN=）</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="178"/>
        <source>--days must be a number of days from 1 to 36500, not &apos;%1&apos;</source>
        <translation>--days 必须是 1 到 36500 之间的天数，而不是 &apos;%1&apos;</translation>
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
        <translation>已写入：
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="236"/>
        <source>, EXPIRED</source>
        <translation>，已过期</translation>
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
        <translation>  主题：      %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="241"/>
        <source>  Issuer:    %1%2
</source>
        <translation>  颁发者：    %1%2
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="241"/>
        <source> (self-signed)</source>
        <translation>（自签名）</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="242"/>
        <source>  Serial:    %1
</source>
        <translation>  序列号：    %1
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
        <translation>  密钥：      %1
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
        <translation>  签名：      %1
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
        <translation>私钥，%1，PKCS#8%2，权限 0600</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="271"/>
        <source> AES-256 encrypted</source>
        <translation> AES-256 加密</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="282"/>
        <source>give either --key FILE or --key-type TYPE, not both</source>
        <translation>请指定 --key FILE 或 --key-type TYPE，不能同时指定</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="313"/>
        <source>Key type: %1.</source>
        <translation>密钥类型：%1。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="314"/>
        <source>Write the private key to FILE (mode 0600).</source>
        <translation>将私钥写入 FILE（权限 0600）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="316"/>
        <source>Encrypt the key with the first line of FILE (AES-256-CBC).</source>
        <translation>用 FILE 的第一行加密密钥（AES-256-CBC）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="317"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="705"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="780"/>
        <source>Replace FILE if it exists.</source>
        <translation>若 FILE 已存在则替换。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="321"/>
        <source>Generates a private key and writes it as PKCS#8 PEM.</source>
        <translation>生成私钥并以 PKCS#8 PEM 格式写入。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="322"/>
        <source>
Example:
  mailtls cert key --type ec-p256 --out /etc/exim4/ecdsa.key

</source>
        <translation>
示例：
  mailtls cert key --type ec-p256 --out /etc/exim4/ecdsa.key

</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="327"/>
        <source>--type is required (%1)</source>
        <translation>必须指定 --type（%1）</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="329"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="470"/>
        <source>--out FILE is required</source>
        <translation>必须指定 --out FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="349"/>
        <source>Public key SHA-256 (DANE TLSA 3 1 1): %1
</source>
        <translation>公钥 SHA-256（DANE TLSA 3 1 1）：%1
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
        <translation>通用名称，例如 MX 主机名。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="361"/>
        <source>Subject alternative names (see below); repeatable.</source>
        <translation>主题备用名称（见下文）；可重复。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="362"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="439"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="512"/>
        <source>Further subject attributes, e.g. &quot;O=Example,C=DE&quot;.</source>
        <translation>其他主题属性，例如 &quot;O=Example,C=DE&quot;。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="363"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="440"/>
        <source>Generate a key of TYPE (%1; default rsa2048).</source>
        <translation>生成 TYPE 类型的密钥（%1；默认 rsa2048）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="364"/>
        <source>Use the existing key in FILE instead.</source>
        <translation>改用 FILE 中已有的密钥。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="365"/>
        <source>Validity in days (default 365).</source>
        <translation>有效期天数（默认 365）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="366"/>
        <source>Extended key usage: server (default), client or both.</source>
        <translation>扩展密钥用法：server（默认）、client 或 both。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="367"/>
        <source>Write the certificate to FILE.</source>
        <translation>将证书写入 FILE。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="368"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="442"/>
        <source>Write the generated key to FILE (mode 0600).</source>
        <translation>将生成的密钥写入 FILE（权限 0600）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="370"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="445"/>
        <source>Passphrase (first line of FILE) to encrypt the new key or open --key.</source>
        <translation>口令（FILE 的第一行），用于加密新密钥或打开 --key。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="371"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="446"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="606"/>
        <source>Replace output files that exist.</source>
        <translation>替换已存在的输出文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="376"/>
        <source>Makes a self-signed certificate: serverAuth, a SAN for every name the server
answers to, a random 128-bit serial, SHA-256 (none for Ed25519). Partners that verify
certificates will not trust it; opportunistic STARTTLS works.</source>
        <translation>生成自签名证书：serverAuth，服务器应答的每个名称各一个 SAN，
随机 128 位序列号，SHA-256（Ed25519 无）。验证证书的对方
不会信任它；机会性 STARTTLS 可以工作。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="381"/>
        <source>
Example:
  mailtls cert selfsigned --cn mail.example.org --san DNS:mail.example.org,IP:192.0.2.25 \
      --key-type ec-p256 --out-cert mail.pem --out-key mail.key

</source>
        <translation>
示例：
  mailtls cert selfsigned --cn mail.example.org --san DNS:mail.example.org,IP:192.0.2.25 \
      --key-type ec-p256 --out-cert mail.pem --out-key mail.key

</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="391"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="535"/>
        <source>--cn NAME is required</source>
        <translation>必须指定 --cn NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="399"/>
        <source>--eku must be server, client or both</source>
        <translation>--eku 必须是 server、client 或 both</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="401"/>
        <source>--out-cert FILE is required</source>
        <translation>必须指定 --out-cert FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="403"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="472"/>
        <source>--out-key FILE is required for the generated key (or use --key FILE)</source>
        <translation>生成的密钥需要 --out-key FILE（或使用 --key FILE）</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="405"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="474"/>
        <source>--out-key goes with a generated key, not with --key</source>
        <translation>--out-key 用于生成的密钥，不能与 --key 一起使用</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="425"/>
        <source>certificate (self-signed)</source>
        <translation>证书（自签名）</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="429"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="682"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="847"/>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="438"/>
        <source>Subject alternative names to request; repeatable.</source>
        <translation>要请求的主题备用名称；可重复。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="441"/>
        <source>Use the existing key in FILE.</source>
        <translation>使用 FILE 中已有的密钥。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="443"/>
        <source>Write the request (PEM) to FILE.</source>
        <translation>将请求（PEM）写入 FILE。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="451"/>
        <source>Makes a PKCS#10 certificate signing request; the SANs travel in it as an
extension request, which &apos;mailtls cert ca sign&apos; and most CAs copy.</source>
        <translation>生成 PKCS#10 证书签名请求；SAN 作为扩展请求包含在其中，
&apos;mailtls cert ca sign&apos; 和大多数 CA 会复制它们。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="455"/>
        <source>
Example:
  mailtls cert csr --key-type rsa3072 --out-key mx.key --cn mx.example.org \
      --san DNS:mx.example.org --subject &quot;O=Example,C=DE&quot; --out mx.csr

</source>
        <translation>
示例：
  mailtls cert csr --key-type rsa3072 --out-key mx.key --cn mx.example.org \
      --san DNS:mx.example.org --subject &quot;O=Example,C=DE&quot; --out mx.csr

</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="468"/>
        <source>--cn NAME (and --san) is required</source>
        <translation>必须指定 --cn NAME（以及 --san）</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="490"/>
        <source>certificate signing request</source>
        <translation>证书签名请求</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="495"/>
        <source>Request:
  Subject:   %1
</source>
        <translation>请求：
  主题：      %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="499"/>
        <source>  Public key SHA-256 (DANE TLSA 3 1 1): %1
</source>
        <translation>  公钥 SHA-256（DANE TLSA 3 1 1）：%1
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="501"/>
        <source>mailtls cert csr: warning: no SAN requested; a CA must add one (mailtls cert ca sign --san ...)
</source>
        <translation>mailtls cert csr: 警告：未请求 SAN；CA 必须添加一个（mailtls cert ca sign --san ...）
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
        <translation>CA 的名称，例如 &quot;Example Mail CA&quot;。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="513"/>
        <source>Directory for the CA (created if needed).</source>
        <translation>CA 的目录（必要时创建）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="514"/>
        <source>CA key type (%1; default rsa3072).</source>
        <translation>CA 密钥类型（%1；默认 rsa3072）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="515"/>
        <source>Validity of the CA certificate (default 3650).</source>
        <translation>CA 证书的有效期（默认 3650）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="516"/>
        <source>Validity &apos;ca sign&apos; uses without --days (default 365).</source>
        <translation>&apos;ca sign&apos; 在未指定 --days 时使用的有效期（默认 365）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="517"/>
        <source>Limit of CAs below this one (default: none for a root, 0 for a subordinate).</source>
        <translation>此 CA 之下允许的 CA 层数（默认：根 CA 不限，下级 CA 为 0）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="518"/>
        <source>Make a subordinate (intermediate) CA signed by the CA in DIR.</source>
        <translation>创建由 DIR 中的 CA 签署的下级（中间）CA。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="519"/>
        <source>Encrypt ca.key with the first line of FILE.</source>
        <translation>用 FILE 的第一行加密 ca.key。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="520"/>
        <source>Passphrase of the parent CA&apos;s key.</source>
        <translation>上级 CA 密钥的口令。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="524"/>
        <source>Creates a small CA in DIR: ca.key (0600), ca.pem, chain.pem, serial, index.txt
(one line per issued certificate) and ca.json. Sign requests with &apos;mailtls cert ca sign&apos;.</source>
        <translation>在 DIR 中创建小型 CA：ca.key（0600）、ca.pem、chain.pem、serial、index.txt
（每个已签发证书一行）和 ca.json。用 &apos;mailtls cert ca sign&apos; 签署请求。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="527"/>
        <source>
Examples:
  mailtls cert ca init --cn &quot;Classroom Root CA&quot; --out-dir ./root-ca
  mailtls cert ca init --cn &quot;Classroom Mail CA&quot; --out-dir ./mail-ca --parent-ca-dir ./root-ca

</source>
        <translation>
示例：
  mailtls cert ca init --cn &quot;Classroom Root CA&quot; --out-dir ./root-ca
  mailtls cert ca init --cn &quot;Classroom Mail CA&quot; --out-dir ./mail-ca --parent-ca-dir ./root-ca

</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="537"/>
        <source>--out-dir DIR is required</source>
        <translation>必须指定 --out-dir DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="548"/>
        <source>--pathlen must be 0 to 10</source>
        <translation>--pathlen 必须在 0 到 10 之间</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="570"/>
        <location filename="../app/cli/cert_generate_command.cpp" line="576"/>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="571"/>
        <source>issuers of this CA (none: a root)</source>
        <translation>此 CA 的颁发者（无：根 CA）</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="572"/>
        <source>issuers of this CA</source>
        <translation>此 CA 的颁发者</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="573"/>
        <source>next serial: %1</source>
        <translation>下一个序列号：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="574"/>
        <source>issued certificates</source>
        <translation>已签发的证书</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="575"/>
        <source>CA settings</source>
        <translation>CA 设置</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="582"/>
        <source>Clients trust it with: mailtls session HOST --ca-file %1
</source>
        <translation>客户端这样信任它：mailtls session HOST --ca-file %1
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
        <translation>CA 目录（&apos;mailtls cert ca init&apos;）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="594"/>
        <source>The request to sign (PEM or DER).</source>
        <translation>要签署的请求（PEM 或 DER）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="595"/>
        <source>Write the certificate (PEM) to FILE.</source>
        <translation>将证书（PEM）写入 FILE。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="597"/>
        <source>Also write the certificate followed by the CA&apos;s intermediates: the file a server serves.</source>
        <translation>另写入证书及其后的 CA 中间证书：即服务器要提供的文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="599"/>
        <source>Validity in days (default: the CA&apos;s, normally 365).</source>
        <translation>有效期天数（默认：CA 的设置，通常为 365）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="600"/>
        <source>server (default), client, both, or ca for an intermediate CA.</source>
        <translation>server（默认）、client、both，或用于中间 CA 的 ca。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="601"/>
        <source>Explicit start of validity (ISO 8601, UTC).</source>
        <translation>明确的有效期开始时间（ISO 8601，UTC）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="602"/>
        <source>Explicit end of validity (ISO 8601, UTC).</source>
        <translation>明确的有效期结束时间（ISO 8601，UTC）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="603"/>
        <source>Use these SANs instead of the requested ones; repeatable.</source>
        <translation>使用这些 SAN 代替请求中的 SAN；可重复。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="604"/>
        <source>With --eku ca: CAs allowed below it (default 0).</source>
        <translation>与 --eku ca 一起使用：其下允许的 CA 层数（默认 0）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="605"/>
        <source>Passphrase of ca.key (first line of FILE).</source>
        <translation>ca.key 的口令（FILE 的第一行）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="610"/>
        <source>Signs a request with the CA in DIR: the next serial number (tracked in DIR/serial),
the requested SANs (or --san), serverAuth/clientAuth as --eku says, keyUsage
digitalSignature (+ keyEncipherment for RSA), CA:FALSE, SKI/AKI, SHA-256.</source>
        <translation>用 DIR 中的 CA 签署请求：下一个序列号（记录在 DIR/serial），
请求中的 SAN（或 --san），按 --eku 设置 serverAuth/clientAuth，keyUsage
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
可以是过去的时间（用于测试的过期证书）。

示例：
  mailtls cert ca sign --ca-dir ./mail-ca --csr mx.csr --out mx.pem --out-chain mx-chain.pem

</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="621"/>
        <source>--ca-dir DIR, --csr FILE and --out FILE are required</source>
        <translation>必须指定 --ca-dir DIR、--csr FILE 和 --out FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="627"/>
        <source>--eku must be server, client, both or ca</source>
        <translation>--eku 必须是 server、client、both 或 ca</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="633"/>
        <source>give --days or --not-after, not both</source>
        <translation>请指定 --days 或 --not-after，不能同时指定</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="644"/>
        <source>--pathlen (0 to 10) goes with --eku ca</source>
        <translation>--pathlen（0 到 10）需与 --eku ca 一起使用</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="670"/>
        <source>certificate, serial %1</source>
        <translation>证书，序列号 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="674"/>
        <source>certificate + %1 intermediate(s), to serve</source>
        <translation>证书 + %1 个中间证书，供服务器提供</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="677"/>
        <source> (serial %1 stays recorded in %2)</source>
        <translation>（序列号 %1 仍记录在 %2 中）</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="680"/>
        <source>recorded; next serial %1</source>
        <translation>已记录；下一个序列号 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="684"/>
        <source>This is a CA certificate: servers send it after the leaves it signs.
</source>
        <translation>这是 CA 证书：服务器在它所签署的终端证书之后发送它。
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="688"/>
        <source>Note: serve this certificate followed by %1 (or use --out-chain), or partners miss the intermediate.
</source>
        <translation>注意：提供此证书时其后须跟 %1（或使用 --out-chain），否则对方缺少中间证书。
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="703"/>
        <source>Prime size: 2048, 3072 or 4096.</source>
        <translation>素数大小：2048、3072 或 4096。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="704"/>
        <source>Write the parameters (PEM) to FILE.</source>
        <translation>将参数（PEM）写入 FILE。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="709"/>
        <source>Generates Diffie-Hellman parameters (a safe prime, generator 2) for DHE suites.
This takes seconds to minutes; progress shows on a terminal and Ctrl-C stops it
without leaving a file behind.</source>
        <translation>为 DHE 套件生成 Diffie-Hellman 参数（安全素数，生成元 2）。
需要数秒到数分钟；在终端上显示进度，按 Ctrl-C 停止，
不会留下文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="712"/>
        <source>Example:
  mailtls cert dhparam --bits 3072 --out /etc/exim4/dh3072.pem

</source>
        <translation>示例：
  mailtls cert dhparam --bits 3072 --out /etc/exim4/dh3072.pem

</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="716"/>
        <source>--bits N and --out FILE are required</source>
        <translation>必须指定 --bits N 和 --out FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="720"/>
        <source>--bits must be 2048, 3072 or 4096</source>
        <translation>--bits 必须是 2048、3072 或 4096</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="727"/>
        <source>Generating %1-bit DH parameters (can take minutes; Ctrl-C cancels)
</source>
        <translation>正在生成 %1 位 DH 参数（可能需要数分钟；Ctrl-C 取消）
</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="757"/>
        <source>interrupted; nothing written</source>
        <translation>已中断；未写入任何内容</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="764"/>
        <source>DH parameters, %1-bit safe prime, generator 2</source>
        <translation>DH 参数，%1 位安全素数，生成元 2</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="773"/>
        <source>The certificate (PEM; further certificates in it join the chain).</source>
        <translation>证书（PEM；其中的其他证书加入证书链）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="774"/>
        <source>Its private key.</source>
        <translation>它的私钥。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="775"/>
        <source>Intermediate (and root) certificates to include.</source>
        <translation>要包含的中间（及根）证书。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="776"/>
        <source>Write the bundle (DER .p12) to FILE (mode 0600).</source>
        <translation>将捆绑包（DER .p12）写入 FILE（权限 0600）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="777"/>
        <source>Protect the bundle with the first line of FILE.</source>
        <translation>用 FILE 的第一行保护捆绑包。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="778"/>
        <source>Passphrase of an encrypted --key.</source>
        <translation>加密的 --key 的口令。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="779"/>
        <source>Friendly name shown by importers (default: the CN).</source>
        <translation>导入程序显示的友好名称（默认：CN）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="784"/>
        <source>Bundles a certificate, its key and optionally the chain into one PKCS#12 file
(AES-256-CBC with PBKDF2-SHA256, HMAC-SHA256), e.g. for Windows or a mail client.</source>
        <translation>将证书、其密钥以及可选的证书链打包为一个 PKCS#12 文件
（AES-256-CBC 配合 PBKDF2-SHA256、HMAC-SHA256），例如用于 Windows 或邮件客户端。</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="786"/>
        <source>Example:
  mailtls cert pkcs12 --cert mx.pem --key mx.key --chain ca.pem --out mx.p12 --passphrase-file p12.pass

</source>
        <translation>示例：
  mailtls cert pkcs12 --cert mx.pem --key mx.key --chain ca.pem --out mx.p12 --passphrase-file p12.pass

</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="791"/>
        <source>--cert FILE, --key FILE and --out FILE are required</source>
        <translation>必须指定 --cert FILE、--key FILE 和 --out FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="793"/>
        <source>--passphrase-file FILE is required (a PKCS#12 file carries the private key)</source>
        <translation>必须指定 --passphrase-file FILE（PKCS#12 文件包含私钥）</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="805"/>
        <source>cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="815"/>
        <source>%1 holds no certificate</source>
        <translation>%1 中没有证书</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="835"/>
        <source>%1 does not belong to the certificate in %2 (%3)</source>
        <translation>%1 与 %2 中的证书不匹配（%3）</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="844"/>
        <source>PKCS#12: certificate, key (%1), %2 chain certificate(s); mode 0600</source>
        <translation>PKCS#12：证书、密钥（%1）、%2 个证书链证书；权限 0600</translation>
    </message>
    <message>
        <location filename="../app/cli/cert_generate_command.cpp" line="848"/>
        <source>Check: openssl pkcs12 -info -noout -in %1 -passin file:%2
</source>
        <translation>检查：openssl pkcs12 -info -noout -in %1 -passin file:%2
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="28"/>
        <source>Can mail for this domain be delivered securely? Looks up the domain&apos;s MX hosts and their
addresses through a DNSSEC-validating resolver, runs a STARTTLS session on port 25 to every
address (SNI = the MX name), matches the served chains against the DANE TLSA records,
fetches the MTA-STS policy over HTTPS and reads the TLS-RPT record. Then one verdict line
per kind of sending MTA (opportunistic, DANE, MTA-STS) and the findings with their fixes.</source>
        <translation>此域名的邮件能否安全投递？通过执行 DNSSEC 验证的解析器查找该域名的 MX 主机及其地址，
在端口 25 上对每个地址进行一次 STARTTLS 会话（SNI = MX 名称），将所提供的证书链与
DANE TLSA 记录进行匹配，通过 HTTPS 获取 MTA-STS 策略并读取 TLS-RPT 记录。然后按发送方
MTA 的类型（机会性、DANE、MTA-STS）各给出一行结论，以及发现及其修复。</translation>
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
结论：delivers、delivers_unprotected（可以投递，但没有这类发件方所要求的保护）、
defers（邮件在发件方的队列中等待）、unknown。

退出码：
  0    已检查（且没有达到 --fail-on 的）
  1    存在不低于 --fail-on SEVERITY 的发现
  2    用法错误：不是域名、--resolver 错误、--trust-anchor 不可读
  3    没有可评判的应答：解析器没有应答
  130  已中断（Ctrl-C）

示例：
  mailtls domain example.org
  mailtls domain example.org --json - | jq &apos;.verdicts&apos;
  mailtls domain example.org --records      # 另外给出应发布的 TLSA/MTA-STS/TLS-RPT 记录
  mailtls domain lab.test --resolver 127.0.0.1:5353 --trust-anchor lab.key --policy-ca-file lab-ca.pem
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="56"/>
        <source>The DNS resolver to ask (default: those of /etc/resolv.conf). Answers are validated here in any case.</source>
        <translation>要查询的 DNS 解析器（默认：/etc/resolv.conf 中的解析器）。无论如何，应答都在本地验证。</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="60"/>
        <source>DNSSEC trust anchor: DNSKEY or DS records in zone-file form (default: /usr/share/dns/root.key, the root key).</source>
        <translation>DNSSEC 信任锚：区域文件格式的 DNSKEY 或 DS 记录（默认：/usr/share/dns/root.key，即根密钥）。</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="64"/>
        <source>CA certificates for the MTA-STS policy host (default: the system store).</source>
        <translation>用于 MTA-STS 策略主机的 CA 证书（默认：系统证书库）。</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="67"/>
        <source>CA certificates for the MX hosts&apos; chains (default: the system store).</source>
        <translation>用于 MX 主机证书链的 CA 证书（默认：系统证书库）。</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="72"/>
        <source>The SMTP sessions to the MX hosts go through this proxy: socks5://[USER@]HOST:PORT or http://[USER@]HOST:PORT (no password in the URL). DNS and the MTA-STS policy fetch stay direct.</source>
        <translation>到 MX 主机的 SMTP 会话经由此代理：socks5://[USER@]HOST:PORT 或 http://[USER@]HOST:PORT（URL 中不得包含密码）。DNS 查询和 MTA-STS 策略获取仍然直连。</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="79"/>
        <source>Sessions at once (default: 4).</source>
        <translation>同时进行的会话数（默认：4）。</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="81"/>
        <source>DNS and the MTA-STS policy only: connect to no MX host.</source>
        <translation>只查询 DNS 和 MTA-STS 策略：不连接任何 MX 主机。</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="83"/>
        <source>SMTP port of the MX hosts (default: 25, what senders use; others for labs).</source>
        <translation>MX 主机的 SMTP 端口（默认：25，即发件方使用的端口；其他端口用于实验环境）。</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="86"/>
        <source>HTTPS port of the MTA-STS policy host (default: 443; others for labs).</source>
        <translation>MTA-STS 策略主机的 HTTPS 端口（默认：443；其他端口用于实验环境）。</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="88"/>
        <source>the domain report as JSON (schema mailtls.domain/1)</source>
        <translation>域名报告（JSON 格式，schema mailtls.domain/1）</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="89"/>
        <source>Write the domain report as one HTML file.</source>
        <translation>将域名报告写成一个 HTML 文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="91"/>
        <source>the domain report</source>
        <translation>域名报告</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="95"/>
        <source>Print only the verdict lines.</source>
        <translation>只输出结论行。</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="97"/>
        <source>Also print the records to publish for the MX set and the keys served now (TLSA 3 1 1, MTA-STS, TLS-RPT) and the sending side&apos;s DANE settings.</source>
        <translation>另外输出针对这组 MX 及当前所提供密钥应发布的记录（TLSA 3 1 1、MTA-STS、TLS-RPT），以及发送方的 DANE 设置。</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="112"/>
        <source>The mail domain, e.g. example.org.</source>
        <translation>邮件域名，例如 example.org。</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="138"/>
        <source>missing DOMAIN</source>
        <translation>缺少 DOMAIN</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="138"/>
        <source>one DOMAIN at a time</source>
        <translation>一次只能指定一个 DOMAIN</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="188"/>
        <source>bounces at once: the domain publishes a null MX (accepts no mail)</source>
        <translation>立即退信：该域名发布了空 MX（不接收邮件）</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="189"/>
        <source>bounces at once: the domain does not exist (NXDOMAIN)</source>
        <translation>立即退信：该域名不存在（NXDOMAIN）</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="190"/>
        <source>bounces: there is no MX and no address</source>
        <translation>退信：既没有 MX 也没有地址</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="191"/>
        <source>not known: the resolver used for this check did not answer</source>
        <translation>未知：本次检查使用的解析器没有应答</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="192"/>
        <source>not known: the check was cancelled</source>
        <translation>未知：检查已取消</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="193"/>
        <source>delivers only if it does not validate DNSSEC: the MX answer is bogus</source>
        <translation>仅在不验证 DNSSEC 时投递：MX 应答为 bogus</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="194"/>
        <source>defers: the MX lookup fails, so it cannot find where to deliver</source>
        <translation>推迟：MX 查询失败，因此找不到投递目标</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="195"/>
        <source>defers: it validates DNSSEC and gets no usable MX answer</source>
        <translation>推迟：它验证 DNSSEC，却得不到可用的 MX 应答</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="196"/>
        <source>not checked: sessions were skipped</source>
        <translation>未检查：已跳过会话</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="197"/>
        <source>defers: no MX address to connect to</source>
        <translation>推迟：没有可连接的 MX 地址</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="198"/>
        <source>defers: none of the %1 MX addresses answered on port 25 (from here)</source>
        <translation>推迟：%1 个 MX 地址均未在 25 端口应答（从此处看）</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="199"/>
        <source>delivers over TLS: the one MX address negotiates it</source>
        <translation>通过 TLS 投递：唯一的 MX 地址协商了 TLS</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="200"/>
        <source>delivers over TLS: all %1 MX addresses negotiate it</source>
        <translation>通过 TLS 投递：全部 %1 个 MX 地址都协商了 TLS</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="201"/>
        <source>delivers over TLS: %1 of %2 MX addresses answered, all with TLS</source>
        <translation>通过 TLS 投递：%2 个 MX 地址中有 %1 个应答，全部使用 TLS</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="202"/>
        <source>delivers, but in cleartext to %1 of %2 answering MX addresses (no TLS there)</source>
        <translation>可投递，但对 %2 个应答的 MX 地址中的 %1 个使用明文（那里没有 TLS）</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="203"/>
        <source>delivers without authentication: no MX host has usable DANE records in a signed zone, so it falls back to opportunistic TLS</source>
        <translation>投递但不认证：没有 MX 主机在已签名区域中有可用的 DANE 记录，因此回退到机会性 TLS</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="205"/>
        <source>not known: sessions were skipped, so no served chain was matched</source>
        <translation>未知：已跳过会话，因此没有比对任何提供的证书链</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="206"/>
        <source>delivers with DANE: every MX host matches its TLSA records</source>
        <translation>使用 DANE 投递：每个 MX 主机都与其 TLSA 记录匹配</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="207"/>
        <source>delivers with DANE through %1; skips %2</source>
        <translation>通过 %1 使用 DANE 投递；跳过 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="208"/>
        <source>delivers only through %1 (no DANE there); skips %2</source>
        <translation>仅通过 %1 投递（那里没有 DANE）；跳过 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="209"/>
        <source>defers all mail: the TLSA or address answers of %1 are bogus or fail</source>
        <translation>推迟所有邮件：%1 的 TLSA 或地址应答为 bogus 或失败</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="210"/>
        <source>defers all mail: the served certificates of %1 do not match the TLSA records</source>
        <translation>推迟所有邮件：%1 提供的证书与 TLSA 记录不匹配</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="211"/>
        <source>defers all mail: no address of %1 answered on port 25 (from here)</source>
        <translation>推迟所有邮件：%1 的地址均未在 25 端口应答（从此处看）</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="212"/>
        <source>defers all mail: the enforced policy refuses every MX host (%1), and %2 did not answer</source>
        <translation>推迟所有邮件：强制执行的策略拒绝了每个 MX 主机（%1），且 %2 没有应答</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="213"/>
        <source>defers all mail: the enforced policy refuses every MX host (%1)</source>
        <translation>推迟所有邮件：强制执行的策略拒绝了每个 MX 主机（%1）</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="214"/>
        <source>delivers as an opportunistic sender: no MTA-STS policy is published</source>
        <translation>按机会性发件方投递：未发布 MTA-STS 策略</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="215"/>
        <source>delivers as if there were no policy: the published one cannot be used (senders that cached an older policy keep enforcing that one)</source>
        <translation>按没有策略的方式投递：已发布的策略无法使用（缓存了旧策略的发件方会继续执行旧策略）</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="217"/>
        <source>delivers without checks: the policy&apos;s mode is none</source>
        <translation>不检查即投递：策略模式为 none</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="218"/>
        <source>delivers even if checks fail (testing mode), and reports the failures</source>
        <translation>即使检查失败也投递（testing 模式），并报告失败</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="219"/>
        <source>not known: sessions were skipped, so certificates were not checked</source>
        <translation>未知：已跳过会话，因此未检查证书</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="220"/>
        <source>delivers: every MX host passes the enforced policy</source>
        <translation>可投递：每个 MX 主机都通过了强制执行的策略</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="221"/>
        <source>delivers through %1; refuses %2; %3 did not answer</source>
        <translation>通过 %1 投递；拒绝 %2；%3 没有应答</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="222"/>
        <source>delivers through %1; refuses %2</source>
        <translation>通过 %1 投递；拒绝 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="223"/>
        <source>delivers through %1; %2 did not answer</source>
        <translation>通过 %1 投递；%2 没有应答</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="224"/>
        <source>delivers through %1</source>
        <translation>通过 %1 投递</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="226"/>
        <source>defers like an opportunistic sender: %1</source>
        <translation>与机会性发件方一样推迟：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="227"/>
        <source>no MX address to connect to</source>
        <translation>没有可连接的 MX 地址</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="228"/>
        <source>none of the %1 MX addresses answered on port 25 (from here)</source>
        <translation>%1 个 MX 地址均未在 25 端口应答（从此处看）</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="294"/>
        <source>delivers</source>
        <translation>可投递</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="295"/>
        <source>unprotected</source>
        <translation>无保护</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="296"/>
        <source>DEFERS</source>
        <translation>推迟</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="315"/>
        <source>opportunistic</source>
        <translation>机会性</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="321"/>
        <source>Would a sender deliver to %1?</source>
        <translation>发件方能否投递到 %1？</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="330"/>
        <source>not looked up</source>
        <translation>未查询</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="332"/>
        <source>no answer</source>
        <translation>无应答</translation>
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
        <translation>  空 MX（RFC 7505）：该域名不接收邮件

</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="346"/>
        <source>  no MX records: the domain&apos;s own addresses stand in (RFC 5321 §5.1)
</source>
        <translation>  没有 MX 记录：使用该域名自身的地址（RFC 5321 §5.1）
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="348"/>
        <source>  no MX host

</source>
        <translation>  没有 MX 主机

</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="352"/>
        <source>  (not checked)
</source>
        <translation>  （未检查）
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="361"/>
        <source>via CNAME %1</source>
        <translation>经 CNAME %1</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="364"/>
        <source>        no address
</source>
        <translation>        没有地址
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="370"/>
        <source>        %1  (not connected: --no-sessions)
</source>
        <translation>        %1  （未连接：--no-sessions）
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="372"/>
        <source>        and %1 more address(es), not checked
</source>
        <translation>        另有 %1 个地址未检查
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="387"/>
        <source>no connection: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="389"/>
        <source>no STARTTLS</source>
        <translation>无 STARTTLS</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="391"/>
        <source>TLS failed: %1</source>
        <translation>TLS 失败：%1</translation>
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
        <translation>名称匹配</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="399"/>
        <source>name mismatch</source>
        <translation>名称不匹配</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="401"/>
        <source>DANE ok</source>
        <translation>DANE 正常</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="401"/>
        <source>DANE FAILS</source>
        <translation>DANE 失败</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="407"/>
        <source>DANE (TLSA records)</source>
        <translation>DANE（TLSA 记录）</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="420"/>
        <source>%1 (depth %2)</source>
        <translation>%1（深度 %2）</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="427"/>
        <source>matched by %1</source>
        <translation>由 %1 匹配</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="428"/>
        <source>matches no served certificate</source>
        <translation>与提供的证书均不匹配</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="429"/>
        <source>not compared: the records are not secure</source>
        <translation>未比较：记录不安全</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="430"/>
        <source>not compared: no certificate was served</source>
        <translation>未比较：未提供证书</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="434"/>
        <source>    %1  (cannot be read)
</source>
        <translation>    %1  （无法读取）
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="437"/>
        <source>  none published
</source>
        <translation>  未发布
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="454"/>
        <source>certificate valid</source>
        <translation>证书有效</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="455"/>
        <source>certificate NOT valid: %1</source>
        <translation>证书无效：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="458"/>
        <source>  policy %1%2
    %3
</source>
        <translation>  策略 %1%2
    %3
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="460"/>
        <source>    redirects to %1 (not followed)
</source>
        <translation>    重定向到 %1（未跟随）
</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="464"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="471"/>
        <source>(matches no MX host)</source>
        <translation>（不匹配任何 MX 主机）</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="472"/>
        <source>covers %1</source>
        <translation>覆盖 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="566"/>
        <source>Domain %1</source>
        <translation>域名 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="567"/>
        <source>  resolver %1, trust anchor %2, %3 s

</source>
        <translation>  解析器 %1，信任锚 %2，%3 秒

</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="585"/>
        <source>Records to publish (the MX set and the keys served now)</source>
        <translation>需要发布的记录（MX 集合与当前提供的密钥）</translation>
    </message>
    <message>
        <location filename="../app/cli/domain_command.cpp" line="588"/>
        <source>  no records: %1
</source>
        <translation>  无记录：%1
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
        <translation>读取邮件服务器自己的日志（Exim 主日志、syslog 中的 Exim 或 Postfix 行、journalctl
-o short-iso 或 -o json 导出；未压缩、.gz、.xz 或 .bz2，多个文件按时间顺序读取），
讲述每个对方的 TLS 情况：谁向我们投递、我们向谁投递，使用哪些
TLS 版本和密码套件（IANA 名称，或日志所用库写下的名称），是否经过验证，
谁一直使用明文或在握手失败后回退到明文，以及按原因分组的每个 TLS
失败及其对应的发现。给出拟议的更改（--drop、--cipher-list、--only-cert、
--dh-bits）时，它会用模拟器重放每个对方观察到的版本和套件，
并列出将失去 TLS 的对方。</translation>
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
计数方式：
  一封邮件是来自对方的到达（入站）或投递给对方（出站）。若与某对方的 TLS
  失败之后一小时内又有一封明文邮件，则该对方算作“回退”。共享 syslog 文件中
  其他程序的行算作已解析；符合文件格式但无法读取的行算作未解析，并列出前几行。

退出码：
  0    已读取（对方失败时也是如此：报告中会说明）
  2    用法错误，或没有任何输入文件能打开
  3    某个文件中途损坏（被截断、二进制）：报告其之前的全部内容
  130  被中断（Ctrl-C）：报告到目前为止读取的内容

示例：
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
        <translation>JSON 文档（模式 &quot;mailtls.log/1&quot;）</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="66"/>
        <source>Only events from then on: 2026-12-01, 2026-12-01T08:00, or 24h / 7d ago.</source>
        <translation>只看此后的事件：2026-12-01、2026-12-01T08:00，或 24h / 7d 之前。</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="68"/>
        <source>Only events up to then (same forms as --since).</source>
        <translation>只看此前的事件（格式同 --since）。</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="71"/>
        <source>Only this partner: an address, or a host name (its subdomains too).</source>
        <translation>只看此对方：地址或主机名（包括其子域名）。</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="73"/>
        <source>in, out or both (default).</source>
        <translation>in、out 或 both（默认）。</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="76"/>
        <source>Year of classic syslog time stamps (default: the file&apos;s modification year).</source>
        <translation>传统 syslog 时间戳的年份（默认：文件的修改年份）。</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="78"/>
        <source>Partners listed in the table (default: 25; 0: all).</source>
        <translation>表格中列出的对方数（默认：25；0：全部）。</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="81"/>
        <source>What breaks if these versions go, e.g. TLSv1,TLSv1.1 (or 1.0,1.1).</source>
        <translation>若去掉这些版本会有什么中断，例如 TLSv1,TLSv1.1（或 1.0,1.1）。</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="84"/>
        <source>What breaks with this suite list: OpenSSL list, IANA names or GnuTLS priority string.</source>
        <translation>使用此套件列表会有什么中断：OpenSSL 列表、IANA 名称或 GnuTLS 优先级字符串。</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="88"/>
        <source>What breaks if the server serves only these certificate types (RSA, ECDSA).</source>
        <translation>若服务器只提供这些证书类型（RSA、ECDSA）会有什么中断。</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="90"/>
        <source>What breaks with a DHE prime of this size.</source>
        <translation>使用此大小的 DHE 素数会有什么中断。</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="93"/>
        <source>A saved &apos;mailtls scan --json&apos; of the server: the change starts from it.</source>
        <translation>服务器已保存的 &apos;mailtls scan --json&apos;：更改以它为起点。</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="108"/>
        <source>Log files; - reads standard input.</source>
        <translation>日志文件；- 读取标准输入。</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="215"/>
        <source>Mail logs: %1 file(s), %2 lines (%3 not understood), %4 distinct messages, %5 – %6
</source>
        <translation>邮件日志：%1 个文件，%2 行（%3 行无法识别），%4 封不同邮件，%5 – %6
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="220"/>
        <source>  %1  %2%3  %4 lines, %5 parsed, %6 not understood%7%8
</source>
        <translation>  %1  %2%3  %4 行，已解析 %5 行，%6 行无法识别%7%8
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="224"/>
        <source>, %1 outside the time range</source>
        <translation>，%1 行超出时间范围</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="225"/>
        <location filename="../app/cli/queue_command.cpp" line="410"/>
        <source>, %1 cut at the line limit</source>
        <translation>，%1 行因长度上限被截断</translation>
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
        <translation>    前几行中没有可识别的日志格式（Exim 主日志、含 Exim 或 Postfix 的 syslog、journalctl short-iso 或 json）
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
        <translation>    … 另有 %1 行无法识别
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="235"/>
        <source>
Partners: %1 inbound, %2 outbound; %3 messages, TLS %4; %5 cleartext (%6 partner(s)), %7 after a TLS failure
</source>
        <translation>
对方：%1 个入站，%2 个出站；%3 封邮件，TLS %4；%5 封明文（%6 个对方），%7 封在 TLS 失败后发送
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="244"/>
        <source>
TLS failures by cause
</source>
        <translation>
按原因分类的 TLS 失败
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="248"/>
        <source> [%1%2]: %3 failure(s), %4 partner(s)
</source>
        <translation> [%1%2]：%3 次失败，%4 个对方
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="255"/>
        <source>      … and %1 more
</source>
        <translation>      … 另有 %1 个
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
明文通信的对方
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="288"/>
        <location filename="../app/cli/queue_command.cpp" line="414"/>
        <source>  … and %1 more
</source>
        <translation>  … 另有 %1 个
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="291"/>
        <source>  %1 %2  %3 of %4 message(s) in cleartext%5, last %6
</source>
        <translation>  %1 %2  %4 封邮件中有 %3 封为明文%5，最近 %6
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="294"/>
        <source>, %1 after a TLS failure</source>
        <translation>，%1 封在 TLS 失败之后</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="301"/>
        <source>
Partners (most failures first, then most messages)
</source>
        <translation>
对方（失败最多者优先，其次为邮件最多者）
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="305"/>
        <location filename="../app/cli/queue_command.cpp" line="337"/>
        <source>  … and %1 more (--top 0 lists all)
</source>
        <translation>  … 另有 %1 个（--top 0 列出全部）
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="314"/>
        <source>  (authenticated submission: a user&apos;s client)</source>
        <translation>  （经过认证的提交：用户的客户端）</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="316"/>
        <source>  (%1 authenticated submission(s))</source>
        <translation>  （%1 次经过认证的提交）</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="318"/>
        <source>      %1 message(s), %2 connection(s), TLS %3: %4
</source>
        <translation>      %1 封邮件，%2 次连接，TLS %3：%4
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="320"/>
        <source>      cipher %1; verified %2; first %3, last %4
</source>
        <translation>      密码套件 %1；已验证 %2；首次 %3，最近 %4
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="331"/>
        <source>      failures: %1
</source>
        <translation>      失败：%1
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="337"/>
        <source>
What breaks if: %1
</source>
        <translation>
如果 %1，哪些会中断
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="339"/>
        <source>  cannot simulate: %1
</source>
        <translation>  无法模拟：%1
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="341"/>
        <source>  server as simulated: %1
</source>
        <translation>  模拟的服务器：%1
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="348"/>
        <source>    %1 %2  %3 message(s), last seen %4%5
</source>
        <translation>    %1 %2  %3 封邮件，最近出现 %4%5
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="354"/>
        <source>Would lose TLS</source>
        <translation>将失去 TLS</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="355"/>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="356"/>
        <source>  unaffected: %1 partner(s) keep a version and suite they used; %2 never used TLS here
</source>
        <translation>  不受影响：%1 个对方仍保有其曾用的版本与套件；%2 个从未在此使用 TLS
</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="360"/>
        <source>note: </source>
        <translation>注： </translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="392"/>
        <source>no log file given (FILE..., or - for standard input)</source>
        <translation>未指定日志文件（FILE...，或用 - 表示标准输入）</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="396"/>
        <location filename="../app/cli/queue_command.cpp" line="210"/>
        <source>standard input (-) can be read only once</source>
        <translation>标准输入（-）只能读取一次</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="415"/>
        <source>--since: &apos;%1&apos; is no time (2026-12-01, 2026-12-01T08:00, 24h, 7d)</source>
        <translation>--since：&apos;%1&apos; 不是时间（2026-12-01、2026-12-01T08:00、24h、7d）</translation>
    </message>
    <message>
        <location filename="../app/cli/log_command.cpp" line="420"/>
        <source>--until: &apos;%1&apos; is no time (2026-12-01, 2026-12-01T08:00, 24h, 7d)</source>
        <translation>--until：&apos;%1&apos; 不是时间（2026-12-01、2026-12-01T08:00、24h、7d）</translation>
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
        <translation>--server-report %1：没有扫描部分（用 &apos;mailtls scan --json&apos; 保存一份）</translation>
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
        <translation>无法将 JSON 写入标准输出</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="21"/>
        <source>Runs the built-in practice server: SMTP with STARTTLS and an implicit-TLS (SMTPS) port on
127.0.0.1 (and [::1]) only, with one TLS personality and throwaway certificates made at
start and removed at exit. It accepts any AUTH password and discards every message. Point
`mailtls session`, `mailtls scan`, openssl s_client or swaks at it to see what the
workbench says about a well-configured server or a typical mistake. Ctrl-C stops it.</source>
        <translation>运行内置的练习服务器：仅在 127.0.0.1（和 [::1]）上提供带 STARTTLS 的 SMTP 和
隐式 TLS（SMTPS）端口，使用一种 TLS 特性和启动时生成、退出时删除的一次性证书。
它接受任何 AUTH 密码并丢弃所有邮件。将 `mailtls session`、`mailtls scan`、
openssl s_client 或 swaks 指向它，即可看到工作台对配置良好的服务器或典型错误
给出的结论。Ctrl-C 停止它。</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="31"/>
        <source>The server to play (default: modern; --list shows all).</source>
        <translation>要扮演的服务器（默认：modern；--list 显示全部）。</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="34"/>
        <source>SMTP port with STARTTLS (default 0: a free port, printed at start).</source>
        <translation>带 STARTTLS 的 SMTP 端口（默认 0：一个空闲端口，启动时输出）。</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="37"/>
        <source>Implicit-TLS (SMTPS) port (default 0: a free port).</source>
        <translation>隐式 TLS（SMTPS）端口（默认 0：一个空闲端口）。</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="39"/>
        <source>List the personalities and what each one teaches.</source>
        <translation>列出各种特性及其各自的教学内容。</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="41"/>
        <source>Print one line per connection: peer, TLS version and suite, commands.</source>
        <translation>每个连接输出一行：对端、TLS 版本和套件、命令。</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="42"/>
        <source>Listen on 127.0.0.1 only, not on [::1].</source>
        <translation>只在 127.0.0.1 上监听，不在 [::1] 上监听。</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="55"/>
        <source>  %1expected findings: %2
</source>
        <translation>  %1预期发现：%2
</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="69"/>
        <source>--%1 must be a port from 0 to 65535, not &apos;%2&apos;</source>
        <translation>--%1 必须是 0 到 65535 之间的端口，而不是 &apos;%2&apos;</translation>
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
退出码：
  0    已用 Ctrl-C 或 SIGTERM 停止
  2    用法错误（未知特性、端口无效、端口已被占用）
  3    服务器无法启动（证书、TLS 设置）

示例：
  mailtls practice-server
  mailtls practice-server --personality weak-dh --port 2525 --tls-port 4650
  mailtls practice-server --list
</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="120"/>
        <source>unexpected argument &apos;%1&apos; (the server always listens on 127.0.0.1; use --port)</source>
        <translation>意外的参数 &apos;%1&apos;（服务器总是监听 127.0.0.1；请使用 --port）</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="132"/>
        <source>unknown personality &apos;%1&apos;; choose one of: %2</source>
        <translation>未知的角色 &apos;%1&apos;；可选：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="141"/>
        <source>--port and --tls-port must differ (both %1)</source>
        <translation>--port 与 --tls-port 必须不同（都是 %1）</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="191"/>
        <source>MailTLS practice server, personality &quot;%1&quot;: %2
</source>
        <translation>MailTLS 练习服务器，特性 &quot;%1&quot;：%2
</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="193"/>
        <source>SMTP with STARTTLS</source>
        <translation>SMTP（带 STARTTLS）</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="193"/>
        <source>SMTP, no STARTTLS</source>
        <translation>SMTP（无 STARTTLS）</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="196"/>
        <source>  SMTPS (implicit TLS)  127.0.0.1:%1%2
</source>
        <translation>  SMTPS（隐式 TLS）     127.0.0.1:%1%2
</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="197"/>
        <source>  TLS                   %1%2, %3 certificates%4
</source>
        <translation>  TLS                   %1%2，%3 证书%4
</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="198"/>
        <source>  TLS                   %1%2, %3 certificate%4
</source>
        <translation>  TLS                   %1%2，%3 证书%4
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
        <translation>，DHE 使用 %1 位素数</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="203"/>
        <source>  practice CA           %1
</source>
        <translation>  练习 CA               %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="205"/>
        <source>  client certificate    %1 (key %2)
</source>
        <translation>  客户端证书            %1（密钥 %2）
</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="206"/>
        <source>  expected findings     %1
</source>
        <translation>  预期发现              %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="208"/>
        <source>
Try:
</source>
        <translation>
试试：
</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="216"/>
        <source>The certificates are throwaway: made now, deleted when the server stops. Ctrl-C stops it.
</source>
        <translation>这些证书是一次性的：现在生成，服务器停止时删除。Ctrl-C 停止服务器。
</translation>
    </message>
    <message>
        <location filename="../app/cli/practice_command.cpp" line="223"/>
        <source>Stopped after %1 connection(s); the practice certificates are removed.
</source>
        <translation>在 %1 个连接后停止；练习证书已删除。
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
        <translation>输出一个域名需要发布的内容，使发件方保护发往它的邮件，可直接粘贴：DNS
区域行（每个 MX 上用于 DANE 的 TLSA 记录，RFC 7672；MTA-STS TXT 记录，RFC 8461；
TLS-RPT TXT 记录，RFC 8460）、MTA-STS 策略文件，以及让发送服务器使用 DANE 的
Exim 和 Postfix 设置。不查询任何内容，也不发送任何内容：记录
来自给定的名称和文件。

TLSA 记录对 --cert 的终端证书或 --key 为 3 1 1（公钥的 SHA-256：证书用同一密钥
续期后仍然有效），对 --cert 中的每个 CA 证书为 2 1 1。
--next-key 添加下一个接替的密钥的记录，并附上轮换步骤。</translation>
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
退出码：
  0    已写入
  2    用法错误：缺少或格式错误的名称、模式、max age、id 或报告 URI；无法读取或
       不含证书或密钥的 --cert、--key、--next-key 或 --passphrase-file；
       无法写入的 --json 路径

示例：
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
        <translation>邮件域名（@ 之后的部分）。</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="55"/>
        <source>An MX host of the domain; once per host, in MX order.</source>
        <translation>该域名的一个 MX 主机；每个主机一次，按 MX 顺序。</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="58"/>
        <source>The server&apos;s certificate or chain file: 3 1 1 for its leaf, 2 1 1 for each CA in it.</source>
        <translation>服务器的证书或证书链文件：终端证书为 3 1 1，其中每个 CA 为 2 1 1。</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="61"/>
        <source>The server&apos;s key (private or public, PEM or DER): its 3 1 1 record.</source>
        <translation>服务器的密钥（私钥或公钥，PEM 或 DER）：其 3 1 1 记录。</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="64"/>
        <source>The key (or certificate) that takes over at the next rollover: its record is published beside the current one.</source>
        <translation>下次轮换时接替的密钥（或证书）：其记录与当前记录并列发布。</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="68"/>
        <source>Passphrase of an encrypted key in --cert, --key or --next-key (first line of FILE).</source>
        <translation>--cert、--key 或 --next-key 中加密密钥的口令（FILE 的第一行）。</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="71"/>
        <source>MTA-STS policy mode: enforce, testing (default) or none (withdraws a policy).</source>
        <translation>MTA-STS 策略模式：enforce、testing（默认）或 none（撤回策略）。</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="73"/>
        <source>No MTA-STS record and no policy file.</source>
        <translation>不生成 MTA-STS 记录和策略文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="75"/>
        <source>How long senders keep the policy, in seconds (default: 604800, a week; at most 31557600).</source>
        <translation>发件方保留策略的时长，单位为秒（默认：604800，即一周；最多 31557600）。</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="79"/>
        <source>The policy&apos;s id= (1-32 letters and digits; default: the UTC time, e.g. 20261206T093000). Change it whenever the policy changes.</source>
        <translation>策略的 id=（1-32 个字母和数字；默认：UTC 时间，例如 20261206T093000）。每次策略变更时都要更改。</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="83"/>
        <source>Where TLS-RPT reports go: mailto:ADDRESS or https://URL; once per URI.</source>
        <translation>TLS-RPT 报告的去向：mailto:ADDRESS 或 https://URL；每个 URI 一次。</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="85"/>
        <source>the records as JSON (schema &quot;mailtls.records/1&quot;)</source>
        <translation>以 JSON 格式输出的记录（模式 &quot;mailtls.records/1&quot;）</translation>
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
        <location filename="../app/cli/records_command.cpp" line="179"/>
        <source>--sts-max-age &quot;%1&quot; is not a number of seconds</source>
        <translation>--sts-max-age &quot;%1&quot; 不是秒数</translation>
    </message>
    <message>
        <location filename="../app/cli/records_command.cpp" line="183"/>
        <source>--sts-id needs a value (1-32 letters and digits)</source>
        <translation>--sts-id 需要一个值（1-32 个字母和数字）</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_args.cpp" line="18"/>
        <source>Compares two or more mail servers side by side: the members of one cluster, or one server
before and after a change. Each TARGET is a live server (HOST[:PORT], scanned now) or a
report saved with &apos;mailtls scan --json FILE&apos; (or session). Differences come first, the
certificate types leading: versions, suites, preference, groups, DH size, certificate
types, chain, key sizes, validity, findings. Then what is the same.</source>
        <translation>并排比较两台或更多邮件服务器：同一集群的各成员，或同一台服务器变更前后的状态。
每个 TARGET 是一台在线服务器（HOST[:PORT]，现在扫描）或用“mailtls scan --json FILE”
（或 session）保存的报告。差异在前，证书类型居首：版本、套件、优先顺序、组、DH 大小、
证书类型、证书链、密钥长度、有效期、发现。然后是相同之处。</translation>
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
退出码：
  0    已比较（且没有达到 --fail-on 的）
  1    任一报告中存在不低于 --fail-on SEVERITY 的发现，或在 --fail-on difference 时
       存在差异
  2    用法错误，报告文件不可读或不是本工具的报告，--json、--html 或 --pdf 路径不可写
  3    在线服务器没有可评判的应答：无法访问、未及时回复（TLS 握手期间也算），
       或没有 STARTTLS 或不是邮件服务器。服务器若作出应答并拒绝或中断握手，就算已经应答：
       这是一项发现（0，或配合 --fail-on 时为 1）
  130  已中断（Ctrl-C）

示例：
  mailtls compare mx1.example.org mx2.example.org
  mailtls compare before.json mx.example.org          # 已保存的扫描与服务器当前状态对比
  mailtls compare mx1.example.org mx2.example.org --pdf cluster.pdf
  mailtls compare 127.0.0.1:2525 127.0.0.1:2526 --json - | jq .differences
</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_args.cpp" line="45"/>
        <source>Mail protocol before TLS for live servers</source>
        <translation>在线服务器在 TLS 之前的邮件协议</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_args.cpp" line="48"/>
        <source>Connections open at once against each live server (default: 4).</source>
        <translation>对每台在线服务器同时打开的连接数（默认：4）。</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_args.cpp" line="50"/>
        <source>the comparison as JSON (kind &quot;compare&quot;)</source>
        <translation>比较结果（JSON 格式，kind 为“compare”）</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_args.cpp" line="52"/>
        <source>Also write the comparison as one self-contained, printable HTML file.</source>
        <translation>另外将比较结果写成一个独立、可打印的 HTML 文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_args.cpp" line="55"/>
        <source>Write the comparison as a PDF file (A4: the differences side by side, each server&apos;s findings with their fixes), to forward to a partner&apos;s admin.</source>
        <translation>将比较结果写成 PDF 文件（A4：并排列出的差异，各服务器的发现及其修复），可转发给对方的管理员。</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_args.cpp" line="59"/>
        <source>Exit 1 when a finding is at least this severe (info, low, medium, high, critical), or with &apos;difference&apos; when the servers differ at all.</source>
        <translation>当某项发现的严重程度不低于此级别（info、low、medium、high、critical）时以 1 退出；若为“difference”，则只要服务器之间有任何差异即以 1 退出。</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_args.cpp" line="64"/>
        <source>Print only the one-line summary.</source>
        <translation>只输出一行摘要。</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_args.cpp" line="82"/>
        <source>HOST[:PORT] (PORT defaults to 25) or a saved report FILE.json; two or more.</source>
        <translation>HOST[:PORT]（PORT 默认为 25）或已保存的报告 FILE.json；两个或更多。</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_args.cpp" line="117"/>
        <source>missing TARGETs: name two or more servers or saved reports</source>
        <translation>缺少 TARGET：请指定两个或更多服务器或已保存的报告</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_args.cpp" line="118"/>
        <source>one TARGET is not a comparison: name at least two</source>
        <translation>一个 TARGET 无法比较：请至少指定两个</translation>
    </message>
    <message>
        <location filename="../app/cli/compare_args.cpp" line="170"/>
        <source>--fail-on must be info, low, medium, high, critical or difference, not &apos;%1&apos;</source>
        <translation>--fail-on 必须是 info、low、medium、high、critical 或 difference，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="18"/>
        <source>Checks every partner at once: one session (or scan) per target of FILE (&apos;-&apos;: stdin), many
at once but politely per host, each report streamed as one JSON line as it finishes, then a
table: per target the TLS version and cipher (or the failure), the worst finding, the days
the certificate has left and the time it took; then the totals.</source>
        <translation>一次检查所有对方：对 FILE（“-”：标准输入）中的每个目标进行一次会话（或扫描），
同时进行多个，但对每台主机保持礼貌；每份报告完成时即作为一行 JSON 输出，
然后是一张表格：每个目标的 TLS 版本和加密算法（或失败原因）、最严重的发现、
证书剩余天数和所用时间；最后是汇总。</translation>
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
列表：
  每行一个目标：HOST[:PORT]、[IPv6]:PORT、smtp://HOST[:PORT]（STARTTLS，端口 25）、
  smtps://HOST[:PORT]（隐式 TLS，465）或 lmtp://HOST[:PORT]（LMTP，24）。没有协议前缀时
  由端口决定，与“mailtls session”相同。“#”开始注释；空行将被忽略。
  错误的行会以 FILE:LINE: 原因 的形式报告并跳过。主机指按原样书写的名称或地址：
  --per-host 和 --delay 按它统计连接。

繁忙的主机：
  421 问候或在问候之前关闭连接表示“繁忙”，而不是拒绝。同一主机的各目标共享一个退避：
  每次繁忙应答都会降低允许同时连接该主机的数量，并拉开连接发起的间隔；被拒之门外的会话
  会在 0.25 秒、0.5 秒、1 秒……后重试（最多 8 次），之前的每次尝试都记录在其会话记录中。

JSON Lines（--jsonl）：
  每行一个 mailtls.report/1 对象，键与“mailtls session --json”（或 scan）相同，每个目标
  完成时即写入并刷新，按完成的先后顺序排列。被 Ctrl-C 或 --max-time 停止的目标不会写入，
  因此 --resume 会重新检查它。--resume FILE 跳过 FILE 中已有的目标（按主机、端口、方言和
  隐式 TLS 匹配），并追加到该文件。--baseline OLD.jsonl 按目标输出自那次运行以来的变化：
  新增和消失的发现、新增和失去的 TLS 版本、证书指纹、可达性。

退出码：
  0    批量检查已运行（如有发现，均低于 --fail-on）
  1    某个目标存在不低于 --fail-on 的发现
  2    用法错误（选项错误、列表不可读、--jsonl 不可写、列表中没有目标）
  3    没有可评判的应答：所有已检查的目标都无法访问、超时或中断了邮件协议；
       或 --max-time 在所有目标检查完之前停止了运行
  130  已中断（Ctrl-C）；所有已完成的目标都在 --jsonl 文件中

示例：
  mailtls fleet partners.txt --jsonl today.jsonl
  mailtls fleet partners.txt --jsonl today.jsonl --baseline yesterday.jsonl --fail-on high
  mailtls fleet partners.txt --resume today.jsonl          # Ctrl-C 之后继续
  mailtls fleet partners.txt --mode scan --concurrency 4 --delay 500 --max-time 3600
</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="64"/>
        <source>What to run per target: session (one handshake) or scan (every version and suite) (default: session).</source>
        <translation>每个目标运行什么：session（一次握手）或 scan（所有版本和套件）（默认：session）。</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="68"/>
        <source>Targets checked at once, overall (default: 8).</source>
        <translation>总共同时检查的目标数（默认：8）。</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="70"/>
        <source>Targets, and connections over all of them, at once against one host (default: 1: mail servers rate-limit scanners).</source>
        <translation>对同一主机同时进行的目标数（以及所有目标合计的连接数）（默认：1：邮件服务器会限制扫描器的速率）。</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="74"/>
        <source>At least MS milliseconds between two connection starts to one host (default: 0).</source>
        <translation>到同一主机的两次连接发起之间至少间隔 MS 毫秒（默认：0）。</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="82"/>
        <source>Stop the whole run after SECONDS: running targets are stopped, the rest not started (exit 3).</source>
        <translation>SECONDS 秒后停止整个运行：正在进行的目标被停止，其余目标不再开始（退出码 3）。</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="90"/>
        <source>Lowest TLS version to offer (a scan: to test): 1.0, 1.1, 1.2 or 1.3.</source>
        <translation>提供的最低 TLS 版本（scan 时为要测试的最低版本）：1.0、1.1、1.2 或 1.3。</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="93"/>
        <source>Highest TLS version to offer (a scan: to test).</source>
        <translation>提供的最高 TLS 版本（scan 时为要测试的最高版本）。</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="95"/>
        <source>Write each target&apos;s report as one JSON line to FILE as it finishes; &apos;-&apos; writes them to stdout instead of the table.</source>
        <translation>每个目标完成时将其报告作为一行 JSON 写入 FILE；“-”则将它们写到标准输出，取代表格。</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="99"/>
        <source>Skip the targets FILE (an earlier --jsonl) already holds and append the rest to it.</source>
        <translation>跳过 FILE（之前的 --jsonl）中已有的目标，并将其余目标追加到其中。</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="103"/>
        <source>Print per target what changed since this earlier --jsonl run.</source>
        <translation>按目标输出自这次较早的 --jsonl 运行以来的变化。</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="107"/>
        <source>A line on stderr per finished target (default: when stdout is not a terminal).</source>
        <translation>每完成一个目标就在 stderr 输出一行（默认：stdout 不是终端时）。</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="111"/>
        <source>Print only the totals, no table and no progress.</source>
        <translation>只输出汇总，不输出表格和进度。</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="125"/>
        <source>The targets, one a line (&apos;-&apos;: stdin).</source>
        <translation>目标，每行一个（“-”：标准输入）。</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="160"/>
        <source>missing FILE (the targets, one a line; &apos;-&apos; for stdin)</source>
        <translation>缺少 FILE（目标，每行一个；“-”表示标准输入）</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="164"/>
        <source>one list only, got &apos;%1&apos;</source>
        <translation>只能指定一个列表，收到的是“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="178"/>
        <source>--mode must be session or scan, not &apos;%1&apos;</source>
        <translation>--mode 必须是 session 或 scan，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="225"/>
        <location filename="../app/cli/session_args.cpp" line="423"/>
        <source>--%1 must be 1.0, 1.1, 1.2 or 1.3, not &apos;%2&apos;</source>
        <translation>--%1 必须是 1.0、1.1、1.2 或 1.3，而不是“%2”</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="231"/>
        <location filename="../app/cli/session_args.cpp" line="432"/>
        <source>--tls-min %1 is above --tls-max %2</source>
        <translation>--tls-min %1 高于 --tls-max %2</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="245"/>
        <source>--jsonl needs a FILE or &apos;-&apos;</source>
        <translation>--jsonl 需要 FILE 或“-”</translation>
    </message>
    <message>
        <location filename="../app/cli/fleet_args.cpp" line="254"/>
        <source>--resume appends to its own file: leave out --jsonl or name the same file</source>
        <translation>--resume 会追加到它自己的文件：请省略 --jsonl 或指定同一个文件</translation>
    </message>
    <message>
        <location filename="../app/cli/interactive_console.cpp" line="217"/>
        <location filename="../app/cli/interactive_console.cpp" line="306"/>
        <source>line not sent: longer than %1 bytes</source>
        <translation>该行未发送：超过 %1 字节</translation>
    </message>
    <message>
        <location filename="../app/cli/interactive_console.cpp" line="251"/>
        <source>(no reply within %1 s; going on)</source>
        <translation>（%1 秒内无回复；继续）</translation>
    </message>
    <message>
        <location filename="../app/cli/interactive_console.cpp" line="283"/>
        <source>unknown console command %1 (/help lists them; /raw %1 sends it to the server)</source>
        <translation>未知的控制台命令 %1（/help 会列出所有命令；/raw %1 会将其发送给服务器）</translation>
    </message>
    <message>
        <location filename="../app/cli/interactive_console.cpp" line="400"/>
        <source>error: cannot create a pipe</source>
        <translation>错误：无法创建管道</translation>
    </message>
    <message>
        <location filename="../app/cli/interactive_console.cpp" line="468"/>
        <source>console: lines you type go to the server as typed; /help lists the console&apos;s commands, Ctrl-D ends with %1.</source>
        <translation>控制台：您输入的行将原样发送给服务器；/help 列出控制台命令，Ctrl-D 以 %1 结束。</translation>
    </message>
    <message>
        <location filename="../app/cli/interactive_console.cpp" line="470"/>
        <source>a disconnect</source>
        <translation>断开连接</translation>
    </message>
    <message>
        <location filename="../app/cli/interactive_console.cpp" line="472"/>
        <source>console: sending the lines read from standard input</source>
        <translation>控制台：正在发送从标准输入读取的行</translation>
    </message>
    <message>
        <location filename="../app/cli/interactive_console.cpp" line="509"/>
        <source>the server closed the connection</source>
        <translation>服务器关闭了连接</translation>
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
        <translation>  您输入的行将原样在 TLS 内发送给服务器，并在末尾加上 CR LF。
  控制台命令以斜杠开头（邮件命令都不以斜杠开头）：
    /help        显示此说明
    /tls         协商出的 TLS 参数
    /raw LINE    原样发送 LINE（用于以斜杠开头的行）
    /quit        发送注销命令（QUIT），等待其回复后结束
  Ctrl-D 的作用与 /quit 相同；Ctrl-C 立即断开连接。
  与 openssl s_client 不同，以 R 开头的行（RCPT TO）会被发送，而不会变成 TLS 重新协商；
  以 Q 开头的行也会被发送，而不会被当作“断开连接”：每一行都原样到达服务器。
  除非使用 --show-secrets，输入的 AUTH 机密会在会话记录和报告中被隐去。
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
        <translation>读取邮件队列列表并说明卡住了什么：多少封邮件在等待多少个
收件人，哪些目标域名占了大部分，它们有多久了，以及哪些
邮件被冻结（Exim）或被暂扣（Postfix）。列表即邮件服务器
输出的内容，保存下来或通过管道传入：
  exim -bp（或 mailq、exim -bpa、-bpu），两种邮件 ID 格式（包括 Exim 4.97 的）
  postqueue -j（Postfix 3.1 及更高版本：每行一个 JSON 对象，含延迟原因）
  Postfix 的 postqueue -p / mailq（队列 ID 带 * 表示活动，! 表示暂扣，含延迟原因）
未压缩或已压缩（gzip、xz、bzip2）。使用 --log 时还会读取服务器自己的邮件日志
（与 &apos;mailtls log&apos; 的读取方式相同），每个卡住的域名都会附上
其投递对方的 TLS 失败。</translation>
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
计数方式：
  收件人在投递之前一直算作“等待”（Exim 用 D 标记已投递的收件人）。一个域名
  计入有收件人在该域名等待的邮件；“最久”是其中最旧的一封。Exim
  列出的时长和大小是取整的（25m、3h、4d；2.9K）；Postfix 的时长计算到当前时刻。
  --domain 只计入该域名（及其子域名）中的收件人。
  --log 按主机名将域名与日志中的出站对方匹配：名称等于该域名或以
  &apos;.DOMAIN&apos; 结尾的对方（地址字面量 [192.0.2.1] 按其地址匹配）。
  以其他域名命名的 MX 主机无法以此方式找到。

退出码：
  0    已读取（邮件卡住时也是如此：文本中会说明）
  2    用法错误；列表（或某个 --log 文件）无法打开，或不是队列列表
  3    列表或某个 --log 文件中途损坏（以 FILE:LINE 指出）：报告其之前的
       全部内容
  130  读取 --log 文件时被中断（Ctrl-C）

示例：
  exim -bp | mailtls queue -
  mailtls queue queue.txt --domain example.net --older-than 4h
  postqueue -j | mailtls queue - --json stuck.json
  mailtls queue queue.txt --log /var/log/exim4/mainlog --log /var/log/exim4/mainlog.1.gz
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="65"/>
        <source>the JSON document (schema &quot;mailtls.queue/1&quot;)</source>
        <translation>JSON 文档（模式 &quot;mailtls.queue/1&quot;）</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="67"/>
        <source>Only messages with a recipient waiting in this domain (or its subdomains).</source>
        <translation>只看有收件人在此域名（或其子域名）等待的邮件。</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="70"/>
        <source>Only messages at least this old: 45s, 30m, 4h, 2d, 1w (or seconds).</source>
        <translation>只看至少这么旧的邮件：45s、30m、4h、2d、1w（或秒数）。</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="73"/>
        <source>Domains and frozen messages listed in the text (default: 20; 0: all).</source>
        <translation>文本中列出的域名和冻结邮件数（默认：20；0：全部）。</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="76"/>
        <source>A mail log (Exim or Postfix; repeat for rotations): tie the stuck domains to the TLS failures of their partners.</source>
        <translation>邮件日志（Exim 或 Postfix；轮转的日志可重复指定）：将卡住的域名与其对方的 TLS 失败关联起来。</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="89"/>
        <source>The queue listing; - reads standard input.</source>
        <translation>队列列表；- 读取标准输入。</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="106"/>
        <source>(sender not listed)</source>
        <translation>（未列出发件人）</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="119"/>
        <source>(no domain)</source>
        <translation>（无域名）</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="126"/>
        <source>domain %1</source>
        <translation>域名 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="128"/>
        <source>older than %1</source>
        <translation>早于 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="183"/>
        <source>name the queue listing: FILE, or - for standard input (e.g. &apos;exim -bp | mailtls queue -&apos;)</source>
        <translation>请指定队列列表：FILE，或用 - 表示标准输入（例如 &apos;exim -bp | mailtls queue -&apos;）</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="187"/>
        <source>one queue listing at a time, not &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>一次只能处理一个队列列表，不能同时处理 &apos;%1&apos; 和 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="202"/>
        <source>--older-than must be an age such as 45s, 30m, 4h, 2d or 1w, not &apos;%1&apos;</source>
        <translation>--older-than 必须是 45s、30m、4h、2d 或 1w 这样的时长，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="250"/>
        <source>on hold</source>
        <translation>暂扣</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="250"/>
        <source>frozen</source>
        <translation>冻结</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="254"/>
        <source>%1 waiting, %2 not delivered, %3 %4; oldest %5</source>
        <translation>%1 等待中，%2 未投递，%3 %4；最久 %5</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="255"/>
        <location filename="../app/cli/queue_command.cpp" line="317"/>
        <location filename="../app/cli/queue_command.cpp" line="323"/>
        <source>message</source>
        <translation>封邮件</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="255"/>
        <location filename="../app/cli/queue_command.cpp" line="317"/>
        <location filename="../app/cli/queue_command.cpp" line="323"/>
        <source>messages</source>
        <translation>封邮件</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="256"/>
        <location filename="../app/cli/queue_command.cpp" line="378"/>
        <source>recipient</source>
        <translation>个收件人</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="256"/>
        <location filename="../app/cli/queue_command.cpp" line="378"/>
        <source>recipients</source>
        <translation>个收件人</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="259"/>
        <source>nothing waiting</source>
        <translation>无等待</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="261"/>
        <source> (%1; %2 left out)</source>
        <translation>（%1；略去 %2 封）</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="262"/>
        <source>Queue: </source>
        <translation>队列：</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="263"/>
        <location filename="../app/cli/queue_command.cpp" line="647"/>
        <source>standard input</source>
        <translation>标准输入</translation>
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
        <translation>，时长计算到 %1 UTC</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="272"/>
        <source>  %1 further messages are counted but not kept one by one
</source>
        <translation>  另有 %1 封邮件已计数，但未逐一保留
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="275"/>
        <source>
By destination domain (most stuck first)
</source>
        <translation>
按目标域名（卡住最多的在前）
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="277"/>
        <source>  no recipient waiting
</source>
        <translation>  没有等待的收件人
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="292"/>
        <source>DOMAIN</source>
        <translation>域名</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="292"/>
        <source>MESSAGES</source>
        <translation>邮件</translation>
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
        <translation>暂扣</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="293"/>
        <source>FROZEN</source>
        <translation>冻结</translation>
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
        <translation>个其他域名</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="298"/>
        <source>more domains</source>
        <translation>个其他域名</translation>
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
        <translation>（其他域名）</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="314"/>
        <source>
By age
</source>
        <translation>
按时长
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
        <translation>  %1 %2（列表未给出时长）
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="331"/>
        <source>
Messages on hold
</source>
        <translation>
暂扣的邮件
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="331"/>
        <source>
Frozen messages
</source>
        <translation>
冻结的邮件
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="333"/>
        <source>  none
</source>
        <translation>  无
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="346"/>
        <source>no recipient waiting</source>
        <translation>没有等待的收件人</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="346"/>
        <source>to </source>
        <translation>收件人 </translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="348"/>
        <source> and %1 more</source>
        <translation> 及另外 %1 个</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="350"/>
        <source>  %1  %2  from %3  %4
</source>
        <translation>  %1  %2  发件人 %3  %4
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="355"/>
        <source>  (%1 more among the messages not kept one by one)
</source>
        <translation>  （未逐一保留的邮件中还有 %1 封）
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="364"/>
        <source>
Messages the listing could not show
</source>
        <translation>
列表无法显示的邮件
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="368"/>
        <source>
Stuck domains in the logs (outbound partners matched by host name)
</source>
        <translation>
日志中卡住的域名（按主机名匹配的出站对方）
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="374"/>
        <source>  … and more domains (--top 0 lists all)
</source>
        <translation>  … 还有更多域名（--top 0 列出全部）
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
        <translation>      日志中没有以 %1 命名的出站对方（名称不同的 MX 主机无法按名称找到）
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="388"/>
        <source>message delivered</source>
        <translation>封邮件已投递</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="388"/>
        <source>messages delivered</source>
        <translation>封邮件已投递</translation>
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
        <translation>      地址匹配：%1  %2，%3
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="391"/>
        <source>      name match: %1  %2, %3
</source>
        <translation>      名称匹配：%1  %2，%3
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="393"/>
        <source>no TLS failure</source>
        <translation>无 TLS 失败</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="394"/>
        <source>TLS failure</source>
        <translation>次 TLS 失败</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="394"/>
        <source>TLS failures</source>
        <translation>次 TLS 失败</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="402"/>
        <source>  no domain has a recipient waiting
</source>
        <translation>  没有域名有等待的收件人
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="407"/>
        <source>
Not understood
</source>
        <translation>
未能理解
</translation>
    </message>
    <message>
        <location filename="../app/cli/queue_command.cpp" line="408"/>
        <source>  %1 of %2 not understood%3
</source>
        <translation>  %2 中有 %1 未能理解%3
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
        <translation>%1:%2：不是队列列表（exim -bp、postqueue -j 或 postqueue -p）；%3 未能理解</translation>
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
        <translation>扫描邮件服务器的 TLS 一侧：它接受哪些协议版本（SSLv2 ... TLS 1.3）以及整个 IANA 注册表中的
哪些密码套件，是否强制使用自己的套件顺序，密钥交换组、DH 素数大小以及它提供的证书类型。
链接的 OpenSSL 无法提供的套件，用 mailtls 自己的 ClientHello 来探测。每个版本大约需要
“每个被接受的套件一次连接，再加一次”。</translation>
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
礼貌：
  同时打开的连接最多为 --max-conn 个。服务器若应答 421、在问候之前关闭连接或未及时发送问候，
  说明它正忙，而不是拒绝：扫描会等待（暂停时间加倍），以更少的连接重试，并报告
  smtp.rate_limited。

退出码：
  0    扫描已运行（如有发现，均低于 --fail-on）
  1    存在不低于 --fail-on 的发现
  2    用法错误（包括 --json、--html 或 --pdf 路径不可写）
  3    没有可评判的应答：无法访问、未及时回复（TLS 握手期间也算），或没有 STARTTLS
       或不是邮件服务器。服务器若作出应答并拒绝或中断握手，就算已经应答：
       这是一项发现（0，或配合 --fail-on 时为 1）
  130  已中断（Ctrl-C）

示例：
  mailtls scan mx.example.org
  mailtls scan 127.0.0.1:2525 --json - | jq .scan.ciphers
  mailtls scan mx.example.org --html mx-scan.html
  mailtls scan smtp.example.org:465 --max-conn 2 --delay 200 --fail-on medium
</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="59"/>
        <source>Connections open at once against the server (default: 4).</source>
        <translation>对服务器同时打开的连接数（默认：4）。</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="62"/>
        <source>Pause of at least MS milliseconds between two connection starts (default: 0).</source>
        <translation>两次连接发起之间至少暂停 MS 毫秒（默认：0）。</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="65"/>
        <source>Stop the whole scan after SECONDS and report it as incomplete (exit 3).</source>
        <translation>SECONDS 秒后停止整个扫描，并报告为不完整（退出码 3）。</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="68"/>
        <source>Leave out the probes a server may log as an attack (client-initiated renegotiation, heartbleed, ccs_injection, robot, ticketbleed, starttls_injection); reported as not tested.</source>
        <translation>省略服务器可能记录为攻击的探测（客户端发起的重新协商、heartbleed、ccs_injection、robot、ticketbleed、starttls_injection）；这些项报告为未测试。</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="72"/>
        <source>Leave out these checks (comma list; reported as not tested): %1.</source>
        <translation>省略这些检查（逗号分隔；报告为未测试）：%1。</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="76"/>
        <source>The server&apos;s role for the STARTTLS checks: submission (MAIL and AUTH must wait for TLS), mx or lmtp (default: from the port, 587 submission, 25 mx).</source>
        <translation>用于 STARTTLS 检查的服务器角色：submission（MAIL 和 AUTH 必须等到 TLS 之后）、mx 或 lmtp（默认：按端口，587 为 submission，25 为 mx）。</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="80"/>
        <source>Progress on stderr as plain lines also when it is not a terminal.</source>
        <translation>即使 stderr 不是终端，也以纯文本行在其上输出进度。</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="83"/>
        <location filename="../app/cli/session_args.cpp" line="133"/>
        <source>Also write a self-contained, printable HTML report to FILE (for a ticket).</source>
        <translation>另外将一份独立、可打印的 HTML 报告写入 FILE（用于工单）。</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="88"/>
        <source>Certificate file the server should serve (e.g. the one it is configured with); cert.differs_from_file when it serves another.</source>
        <translation>服务器应提供的证书文件（例如其配置中使用的文件）；若服务器提供的是另一张证书，则报告 cert.differs_from_file。</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="92"/>
        <source>Trust anchors (PEM) for judging the served chains (default: the system store).</source>
        <translation>用于评判所提供证书链的信任锚（PEM）（默认：系统证书库）。</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="95"/>
        <source>Name the certificates must carry, e.g. the MX name (default: HOST).</source>
        <translation>证书必须包含的名称，例如 MX 名称（默认：HOST）。</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="99"/>
        <source>Print only the one-line summary and no progress bar.</source>
        <translation>只输出一行摘要，不显示进度条。</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="114"/>
        <location filename="../app/cli/session_args.cpp" line="159"/>
        <source>Mail server; PORT defaults to 25. IPv6: [2001:db8::1]:587.</source>
        <translation>邮件服务器；PORT 默认为 25。IPv6：[2001:db8::1]:587。</translation>
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
        <translation>只能指定一个目标，收到的是“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="182"/>
        <source>--skip-checks: unknown check &apos;%1&apos; (known: %2)</source>
        <translation>--skip-checks：未知检查“%1”（已知：%2）</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="193"/>
        <source>--role must be submission, mx or lmtp, not &apos;%1&apos;</source>
        <translation>--role 必须是 submission、mx 或 lmtp，而不是“%1”</translation>
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
        <translation>--expect-cert %1：不含任何证书</translation>
    </message>
    <message>
        <location filename="../app/cli/scan_args.cpp" line="216"/>
        <source>--ca-file %1: no readable file there</source>
        <translation>--ca-file %1：该处没有可读文件</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="26"/>
        <source>Runs one real session against a mail server: connect, banner, EHLO, STARTTLS (or implicit
TLS), the TLS handshake, the certificate chain, EHLO again and, when asked, AUTH / MAIL /
RCPT / DATA, then QUIT. Prints the transcript, the negotiated TLS parameters, the handshake
messages, the chain and the findings.</source>
        <translation>与邮件服务器进行一次真实会话：连接、横幅、EHLO、STARTTLS（或隐式 TLS）、TLS 握手、
证书链、再次 EHLO，以及按要求进行的 AUTH / MAIL / RCPT / DATA，然后 QUIT。
输出会话记录、协商出的 TLS 参数、握手消息、证书链和发现。</translation>
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
端口和方言：
  没有 --starttls 时由端口决定：465 为隐式 TLS 内的 SMTP，24 为带 STARTTLS 的 LMTP，
  143 IMAP 和 110 POP3 使用 STARTTLS/STLS，993 IMAP 和 995 POP3 在隐式 TLS 内，
  4190 为带 STARTTLS 的 ManageSieve，其余端口（25、587 提交）为带 STARTTLS 的 SMTP。
  --implicit-tls 在 TLS 内使用该方言。--starttls imap|pop3|sieve 指定方言；
  --starttls auto 按端口确定方言，在其他端口上则按问候语确定（“* OK”为 IMAP，
  “+OK”为 POP3，“IMPLEMENTATION”为 ManageSieve，220 为 SMTP）。--auth-user 在任何方言中
  都于 TLS 之后登录（IMAP AUTHENTICATE PLAIN 或 LOGIN，POP3 AUTH PLAIN 或 USER/PASS，
  ManageSieve AUTHENTICATE &quot;PLAIN&quot;）；除非使用 --show-secrets，否则密码会被隐去。
  --starttls none 跳过邮件协议：只做一次单纯的 TLS 握手，类似不带 -starttls 的
  openssl s_client。

退出码：
  0    会话已运行（如有发现，均低于 --fail-on）
  1    存在不低于 --fail-on 的发现
  2    用法错误（选项错误、文件不可读，--json、--html 或 --pdf 路径不可写）
  3    没有可评判的应答：无法访问、未及时回复（TLS 握手期间也算），或邮件协议在 TLS
       之前就中断了。服务器若作出应答并拒绝或中断握手，就算已经应答：
       这是一项发现（0，或配合 --fail-on 时为 1）
  130  已中断（Ctrl-C）

示例：
  mailtls session mx.example.org
  mailtls session smtp.example.org:465 --json report.json
  mailtls session mx.example.org --html mx-report.html
  mailtls session mx.example.org --pdf mx-report.pdf    # 用于转发给对方
  mailtls session [2001:db8::25]:587 --auth-user alice --auth-pass-file ~/.pw
  mailtls session 127.0.0.1:2525 --mail-from a@example.org --rcpt-to b@example.org
  mailtls session mx.example.org --tls-max 1.2 --ciphers &apos;ECDHE-RSA-AES128-GCM-SHA256&apos; --fail-on high
</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="72"/>
        <source>Name the certificate must match, e.g. the MX name (default: HOST).</source>
        <translation>证书必须匹配的名称，例如 MX 名称（默认：HOST）。</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="78"/>
        <source>The certificate the server should serve (PEM or DER, e.g. the file the server is configured with); cert.differs_from_file when the served one is another.</source>
        <translation>服务器应提供的证书（PEM 或 DER，例如服务器配置中使用的文件）；若提供的是另一张证书，则报告 cert.differs_from_file。</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="83"/>
        <source>Client certificate (PEM) to offer when the server asks.</source>
        <translation>服务器请求时提供的客户端证书（PEM）。</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="86"/>
        <source>Private key for --client-cert (default: the --client-cert file).</source>
        <translation>--client-cert 的私钥（默认：--client-cert 文件本身）。</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="89"/>
        <source>Authenticate after TLS as USER (needs --auth-pass-file).</source>
        <translation>在 TLS 之后以 USER 身份认证（需要 --auth-pass-file）。</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="92"/>
        <source>Read the AUTH password from the first line of FILE.</source>
        <translation>从 FILE 的第一行读取 AUTH 密码。</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="95"/>
        <source>AUTH mechanism: PLAIN or LOGIN (default: PLAIN if offered).</source>
        <translation>AUTH 机制：PLAIN 或 LOGIN（默认：若服务器提供则用 PLAIN）。</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="98"/>
        <source>Send MAIL FROM:&lt;ADDR&gt; (empty for the null sender).</source>
        <translation>发送 MAIL FROM:&lt;ADDR&gt;（留空表示空发件人）。</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="101"/>
        <source>Send RCPT TO:&lt;ADDR&gt;; repeat for several recipients.</source>
        <translation>发送 RCPT TO:&lt;ADDR&gt;；多个收件人时重复此选项。</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="104"/>
        <source>Message to send after DATA (&apos;-&apos; reads stdin). With --rcpt-to and no --data a short test message is generated.</source>
        <translation>DATA 之后发送的邮件（“-”表示读取标准输入）。有 --rcpt-to 而没有 --data 时，会生成一封简短的测试邮件。</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="112"/>
        <source>Lowest TLS version to offer: 1.0, 1.1, 1.2 or 1.3 (also TLSv1.2, tls1_2).</source>
        <translation>提供的最低 TLS 版本：1.0、1.1、1.2 或 1.3（也可写作 TLSv1.2、tls1_2）。</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="114"/>
        <source>Highest TLS version to offer.</source>
        <translation>提供的最高 TLS 版本。</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="117"/>
        <source>TLS 1.2 and older suites, OpenSSL syntax (default: ALL:!aNULL:!eNULL, every suite but anonymous and NULL).</source>
        <translation>TLS 1.2 及更早版本的套件，OpenSSL 语法（默认：ALL:!aNULL:!eNULL，即除匿名和 NULL 之外的所有套件）。</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="120"/>
        <source>TLS 1.3 suites, e.g. TLS_AES_128_GCM_SHA256.</source>
        <translation>TLS 1.3 套件，例如 TLS_AES_128_GCM_SHA256。</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="123"/>
        <source>Key exchange groups to offer, e.g. X25519:P-256.</source>
        <translation>提供的密钥交换组，例如 X25519:P-256。</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="126"/>
        <source>OpenSSL security level 0-5 of the client (default: 0, talks to legacy servers).</source>
        <translation>客户端的 OpenSSL 安全级别 0-5（默认：0，可与旧式服务器通信）。</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="130"/>
        <source>Do not redact AUTH secrets in the transcript and report.</source>
        <translation>不在会话记录和报告中隐去 AUTH 机密。</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="141"/>
        <source>After STARTTLS and the handshake, send the lines you type to the server as typed (console; /help inside).</source>
        <translation>在 STARTTLS 和握手之后，将您输入的行原样发送给服务器（控制台；其中可用 /help）。</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="166"/>
        <source>--%1 must not contain line breaks</source>
        <translation>--%1 不得包含换行符</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="253"/>
        <source>--ehlo needs one name without spaces</source>
        <translation>--ehlo 需要一个不含空格的名称</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="265"/>
        <source>--sni needs a name (use --no-sni to send none)</source>
        <translation>--sni 需要一个名称（用 --no-sni 则不发送）</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="275"/>
        <source>--servername needs a name</source>
        <translation>--servername 需要一个名称</translation>
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
        <translation>--auth-user 需要用户名</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="331"/>
        <source>--auth-pass-file %1: cannot read (%2)</source>
        <translation>--auth-pass-file %1：无法读取（%2）</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="338"/>
        <source>--auth-pass-file %1: the first line is empty</source>
        <translation>--auth-pass-file %1：第一行为空</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="345"/>
        <source>--auth-mech needs --auth-user</source>
        <translation>--auth-mech 需要 --auth-user</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="350"/>
        <source>--auth-mech must be PLAIN or LOGIN, not &apos;%1&apos;</source>
        <translation>--auth-mech 必须是 PLAIN 或 LOGIN，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="357"/>
        <source>--mail-from, --rcpt-to and --data need a mail protocol, not --starttls none</source>
        <translation>--mail-from、--rcpt-to 和 --data 需要邮件协议，不能用 --starttls none</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="361"/>
        <source>--mail-from, --rcpt-to and --data send mail over SMTP or LMTP, not %1</source>
        <translation>--mail-from、--rcpt-to 和 --data 通过 SMTP 或 LMTP 发送邮件，而不是 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="374"/>
        <source>--rcpt-to needs an address</source>
        <translation>--rcpt-to 需要一个地址</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="380"/>
        <source>--rcpt-to needs --mail-from</source>
        <translation>--rcpt-to 需要 --mail-from</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="385"/>
        <source>--data needs at least one --rcpt-to</source>
        <translation>--data 至少需要一个 --rcpt-to</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="396"/>
        <source>--data %1</source>
        <translation>--data %1</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="400"/>
        <source>--data %1: the file is empty</source>
        <translation>--data %1：文件为空</translation>
    </message>
    <message>
        <location filename="../app/cli/session_args.cpp" line="447"/>
        <source>--security-level must be 0-5, not &apos;%1&apos;</source>
        <translation>--security-level 必须是 0-5，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/session_command.cpp" line="59"/>
        <source>cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/session_command.cpp" line="61"/>
        <source>timed out talking to %1: %2</source>
        <translation>与 %1 通信超时：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/session_command.cpp" line="63"/>
        <source>protocol failure with %1: %2</source>
        <translation>与 %1 的协议错误：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/session_command.cpp" line="85"/>
        <source>--interactive reads the console from stdin; use --data FILE, not --data - (try &apos;mailtls session --help&apos;)</source>
        <translation>--interactive 从标准输入读取控制台；请使用 --data FILE，而不是 --data -（参见 &apos;mailtls session --help&apos;）</translation>
    </message>
    <message>
        <location filename="../app/cli/session_command.cpp" line="92"/>
        <source>--data -: cannot read stdin</source>
        <translation>--data -：无法读取标准输入</translation>
    </message>
    <message>
        <location filename="../app/cli/session_command.cpp" line="98"/>
        <source>--data -: %1</source>
        <translation>--data -：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/session_command.cpp" line="102"/>
        <source>--data -: stdin was empty</source>
        <translation>--data -：标准输入为空</translation>
    </message>
    <message>
        <location filename="../app/cli/session_command.cpp" line="146"/>
        <source>  (nothing was exchanged)
</source>
        <translation>  （未交换任何内容）
</translation>
    </message>
    <message>
        <location filename="../app/cli/session_command.cpp" line="167"/>
        <source>%1 ended the console: %2</source>
        <translation>%1 结束了控制台：%2</translation>
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
        <location filename="../ui/views/capabilities_view.cpp" line="55"/>
        <source>IMAP capabilities (CAPABILITY) before and after STARTTLS</source>
        <translation>STARTTLS 前后的 IMAP 功能（CAPABILITY）</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="57"/>
        <source>POP3 capabilities (CAPA) before and after STLS</source>
        <translation>STLS 前后的 POP3 功能（CAPA）</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="59"/>
        <source>ManageSieve capabilities before and after STARTTLS</source>
        <translation>STARTTLS 前后的 ManageSieve 功能</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="61"/>
        <source>LMTP extensions (LHLO) before and after STARTTLS</source>
        <translation>STARTTLS 前后的 LMTP 扩展（LHLO）</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="62"/>
        <source>SMTP extensions (EHLO) before and after STARTTLS</source>
        <translation>STARTTLS 前后的 SMTP 扩展（EHLO）</translation>
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
        <translation>TLS 之后消失（符合预期）</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="119"/>
        <source>+ added after TLS (good: passwords only inside TLS)</source>
        <translation>+ TLS 之后新增（良好：密码只在 TLS 内传送）</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="120"/>
        <source>+ added after TLS</source>
        <translation>+ TLS 之后新增</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="124"/>
        <source>− gone after TLS</source>
        <translation>− TLS 之后消失</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="128"/>
        <source>~ other parameters after TLS</source>
        <translation>~ TLS 之后参数不同</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="144"/>
        <source>Only an EHLO after TLS in this session.</source>
        <translation>本会话只有 TLS 之后的 EHLO。</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="145"/>
        <source>Only an EHLO before TLS in this session: nothing to compare.</source>
        <translation>本会话只有 TLS 之前的 EHLO：无可比较。</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="147"/>
        <source>Nothing changed with TLS but STARTTLS itself, which is not offered again inside TLS.</source>
        <translation>除 STARTTLS 本身外，TLS 前后没有变化；STARTTLS 在 TLS 内不再提供。</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="149"/>
        <source>1 keyword changed with TLS (marked); STARTTLS itself is not offered again inside TLS.</source>
        <translation>有 1 个关键字随 TLS 改变（已标出）；STARTTLS 本身在 TLS 内不再提供。</translation>
    </message>
    <message>
        <location filename="../ui/views/capabilities_view.cpp" line="150"/>
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
        <location filename="../ui/models/compare_model.cpp" line="101"/>
        <source>The servers differ here</source>
        <translation>各服务器在此处不同</translation>
    </message>
    <message>
        <location filename="../ui/models/compare_model.cpp" line="103"/>
        <source>Only one report holds this fact</source>
        <translation>只有一份报告包含此项信息</translation>
    </message>
    <message>
        <location filename="../ui/models/compare_model.cpp" line="104"/>
        <source>The same on every server that reports it</source>
        <translation>在所有报告此项的服务器上均相同</translation>
    </message>
    <message>
        <location filename="../ui/models/compare_model.cpp" line="149"/>
        <source>Aspect</source>
        <translation>方面</translation>
    </message>
    <message>
        <location filename="../ui/models/compare_model.cpp" line="151"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::CompareView</name>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="38"/>
        <source>Type a server as HOST or HOST:PORT.</source>
        <translation>请以 HOST 或 HOST:PORT 格式输入服务器。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="44"/>
        <source>&apos;%1&apos;: missing &apos;]&apos; after the IPv6 address.</source>
        <translation>“%1”：IPv6 地址后缺少“]”。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="50"/>
        <source>&apos;%1&apos;: expected &apos;:PORT&apos; after &apos;]&apos;.</source>
        <translation>“%1”：“]”之后应为“:PORT”。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="62"/>
        <source>&apos;%1&apos; is not a host name or address.</source>
        <translation>“%1”不是主机名或地址。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="70"/>
        <source>&apos;%1&apos; is not a port (1-65535).</source>
        <translation>“%1”不是端口（1-65535）。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="87"/>
        <source>Compare Servers</source>
        <translation>比较服务器</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="93"/>
        <source>mx2.example.org:25</source>
        <translation>mx2.example.org:25</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="95"/>
        <source>Scan and Add</source>
        <translation>扫描并添加</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="97"/>
        <source>Scan this server now and add it as a column</source>
        <translation>立即扫描此服务器并将其添加为一列</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="98"/>
        <source>Add Saved Report…</source>
        <translation>添加已保存的报告…</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="100"/>
        <source>A report saved as JSON (mailtls scan --json, File &gt; Save Report)</source>
        <translation>以 JSON 格式保存的报告（mailtls scan --json，文件 &gt; 保存报告）</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="101"/>
        <source>Remove Column</source>
        <translation>移除列</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="103"/>
        <source>Remove the server whose cell is selected</source>
        <translation>移除所选单元格所在列的服务器</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="104"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="105"/>
        <source>Stop the running scan and drop the queued ones</source>
        <translation>停止正在运行的扫描并放弃排队的扫描</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="106"/>
        <source>Export HTML…</source>
        <translation>导出 HTML…</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="108"/>
        <source>The comparison as one HTML page (as mailtls compare --html)</source>
        <translation>将比较结果导出为一个 HTML 页面（同 mailtls compare --html）</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="109"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="111"/>
        <source>The comparison as a PDF (as mailtls compare --pdf)</source>
        <translation>将比较结果导出为 PDF（同 mailtls compare --pdf）</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="117"/>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="185"/>
        <source>Scan cancelled.</source>
        <translation>扫描已取消。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="226"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="225"/>
        <source>%1 is not a MailTLS report: %2</source>
        <translation>%1 不是 MailTLS 报告：%2</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="235"/>
        <source>Added %1.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="267"/>
        <source>Scanning %1…</source>
        <translation>正在扫描 %1…</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="279"/>
        <source>Cannot scan %1: %2</source>
        <translation>无法扫描 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="282"/>
        <source>Added %1 (%2 connections).</source>
        <translation>已添加 %1（%2 个连接）。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="301"/>
        <source>Select a cell in the column of the server to remove.</source>
        <translation>请在要移除的服务器所在列中选择一个单元格。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="309"/>
        <source>Add Saved Reports</source>
        <translation>添加已保存的报告</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="310"/>
        <source>MailTLS reports (*.json);;All files (*)</source>
        <translation>MailTLS 报告 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="348"/>
        <source>Export Comparison as PDF</source>
        <translation>将比较导出为 PDF</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="348"/>
        <source>Export Comparison as HTML</source>
        <translation>将比较导出为 HTML</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="357"/>
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="359"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="365"/>
        <source>Writing the export…</source>
        <translation>正在写入导出文件…</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="381"/>
        <source>No servers yet</source>
        <translation>尚无服务器</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="381"/>
        <source>1 server — add another to compare</source>
        <translation>1 台服务器 — 再添加一台即可比较</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="383"/>
        <source>%1 servers — no differences, %2 facts the same</source>
        <translation>%1 台服务器 — 无差异，%2 项信息相同</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="385"/>
        <source>%1 servers — %2 differences (highlighted, first), %3 facts the same</source>
        <translation>%1 台服务器 — %2 处差异（已高亮并排在前面），%3 项信息相同</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="404"/>
        <source>Add two or more servers: type HOST:PORT and press Scan and Add, or add a saved report.</source>
        <translation>请添加两台或更多服务器：输入 HOST:PORT 后点击“扫描并添加”，或添加已保存的报告。</translation>
    </message>
    <message>
        <location filename="../ui/views/compare_view.cpp" line="406"/>
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
        <location filename="../ui/views/domain_view.cpp" line="105"/>
        <source>&amp;Domain:</source>
        <translation>域名(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="108"/>
        <source>example.org</source>
        <translation>example.org</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="109"/>
        <source>The domain after the @ of the addresses you want to reach; Enter checks it</source>
        <translation>要送达的邮件地址中 @ 之后的域名；按 Enter 开始检查</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="114"/>
        <location filename="../ui/views/domain_view.cpp" line="418"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="116"/>
        <source>Look up the MX hosts, TLSA, MTA-STS and TLS-RPT records and open a STARTTLS session to every MX address</source>
        <translation>查询 MX 主机及 TLSA、MTA-STS、TLS-RPT 记录，并与每个 MX 地址建立 STARTTLS 会话</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="117"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="119"/>
        <source>Stop the check; what was shown before stays</source>
        <translation>停止检查；之前显示的内容保留</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="122"/>
        <source>Options…</source>
        <translation>选项…</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="123"/>
        <source>Resolver and DNSSEC trust anchor</source>
        <translation>解析器和 DNSSEC 信任锚</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="129"/>
        <source>The checks made in this window</source>
        <translation>本窗口中进行过的检查</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="145"/>
        <source>system resolver (/etc/resolv.conf)</source>
        <translation>系统解析器（/etc/resolv.conf）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="146"/>
        <source>ADDR[:PORT] of the DNS server to ask, e.g. 127.0.0.1:53 or [::1]:5353; answers are validated here, whatever that server says</source>
        <translation>要查询的 DNS 服务器 ADDR[:PORT]，例如 127.0.0.1:53 或 [::1]:5353；无论该服务器怎么说，应答都在本地验证</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="151"/>
        <source>/usr/share/dns/root.key</source>
        <translation>/usr/share/dns/root.key</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="152"/>
        <source>DNSKEY or DS records in zone-file form that DNSSEC validation starts from</source>
        <translation>DNSSEC 验证起点的 DNSKEY 或 DS 记录（区域文件格式）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="154"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="162"/>
        <source>&amp;Resolver:</source>
        <translation>解析器(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="163"/>
        <source>&amp;Trust anchor:</source>
        <translation>信任锚(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="182"/>
        <location filename="../ui/views/domain_view.cpp" line="334"/>
        <source> (SMTP sessions to the MX hosts; DNS queries go to the resolver directly)</source>
        <translation>（到 MX 主机的 SMTP 会话；DNS 查询直接发往解析器）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="199"/>
        <source>&lt;h3&gt;Can mail for a domain be delivered securely?&lt;/h3&gt;&lt;p&gt;Type a domain above and press &lt;b&gt;Check&lt;/b&gt; (or Enter).&lt;/p&gt;&lt;p&gt;Its MX hosts are looked up through a validating resolver, a STARTTLS session is opened to every MX address on port 25, the served certificates are checked against the DANE TLSA records, and the MTA-STS policy and TLS-RPT record are fetched.&lt;/p&gt;&lt;p&gt;You get one verdict per kind of sending server (opportunistic TLS, DANE, MTA-STS), the addresses side by side with what differs between them, the DNS and policy facts, and the findings with their fixes.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;发往某个域名的邮件能否安全送达？&lt;/h3&gt;&lt;p&gt;在上方输入域名并按&lt;b&gt;检查&lt;/b&gt;（或 Enter）。&lt;/p&gt;&lt;p&gt;通过验证型解析器查询其 MX 主机，在 25 端口与每个 MX 地址建立 STARTTLS 会话，用 DANE TLSA 记录核对所提供的证书，并获取 MTA-STS 策略和 TLS-RPT 记录。&lt;/p&gt;&lt;p&gt;你会得到每类发件服务器（机会性 TLS、DANE、MTA-STS）各一条结论、并排比较各地址及其差异、DNS 与策略的事实，以及附带修复方法的发现。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="246"/>
        <source>DNS and policies</source>
        <translation>DNS 与策略</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="247"/>
        <location filename="../ui/views/domain_view.cpp" line="381"/>
        <location filename="../ui/views/domain_view.cpp" line="554"/>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="289"/>
        <source>DNSSEC Trust Anchor</source>
        <translation>DNSSEC 信任锚</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="290"/>
        <source>Trust anchors (*.key *.ds *.txt);;All files (*)</source>
        <translation>信任锚 (*.key *.ds *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="336"/>
        <source>Type the domain to check first, e.g. example.org.</source>
        <translation>请先输入要检查的域名，例如 example.org。</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="383"/>
        <source>&lt;p style=&quot;color:gray&quot;&gt;The DNS records and the MTA-STS policy appear here when the check is done.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:gray&quot;&gt;检查完成后，DNS 记录和 MTA-STS 策略将显示在这里。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="404"/>
        <source>Check of %1 cancelled; the previous result is shown.</source>
        <translation>对 %1 的检查已取消；显示的是上一次的结果。</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="406"/>
        <source>Check of %1 cancelled after 1 session.</source>
        <translation>对 %1 的检查在 1 个会话后取消。</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="407"/>
        <source>Check of %1 cancelled after %2 sessions.</source>
        <translation>对 %1 的检查在 %2 个会话后取消。</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="418"/>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="426"/>
        <source>looking up the MX hosts</source>
        <translation>正在查询 MX 主机</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="428"/>
        <source>looking up their addresses</source>
        <translation>正在查询其地址</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="430"/>
        <source>looking up the TLSA records</source>
        <translation>正在查询 TLSA 记录</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="432"/>
        <source>fetching the MTA-STS policy</source>
        <translation>正在获取 MTA-STS 策略</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="434"/>
        <source>opening STARTTLS sessions</source>
        <translation>正在建立 STARTTLS 会话</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="436"/>
        <source>judging</source>
        <translation>正在评估</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="437"/>
        <source>starting</source>
        <translation>正在开始</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="444"/>
        <source>Checking %1: %2…</source>
        <translation>正在检查 %1：%2…</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="446"/>
        <source>1 session done</source>
        <translation>已完成 1 个会话</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="446"/>
        <source>%1 sessions done</source>
        <translation>已完成 %1 个会话</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="449"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="476"/>
        <source>Nothing was checked.</source>
        <translation>未进行任何检查。</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="477"/>
        <source>Cannot check %1: %2</source>
        <translation>无法检查 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="541"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="554"/>
        <source>Findings (%1)</source>
        <translation>发现（%1）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="587"/>
        <source>The check of %1 did not complete: %2</source>
        <translation>对 %1 的检查未完成：%2</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="604"/>
        <source>The verdicts appear when the check is done.</source>
        <translation>检查完成后将显示结论。</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="622"/>
        <source>Opportunistic TLS sender</source>
        <translation>机会性 TLS 发件方</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="623"/>
        <source>Uses STARTTLS when offered, accepts any certificate, and falls back to cleartext</source>
        <translation>服务器提供时使用 STARTTLS，接受任何证书，必要时回退到明文</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="625"/>
        <source>DANE-enforcing sender</source>
        <translation>强制 DANE 的发件方</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="626"/>
        <source>Requires TLS and a chain matching DNSSEC-signed TLSA records when they are published (RFC 7672)</source>
        <translation>若发布了经 DNSSEC 签名的 TLSA 记录，则要求 TLS 且证书链与之匹配（RFC 7672）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="628"/>
        <source>MTA-STS-enforcing sender</source>
        <translation>强制 MTA-STS 的发件方</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="629"/>
        <source>Requires TLS, a trusted certificate and an MX the policy lists when the policy is in enforce mode (RFC 8461)</source>
        <translation>策略为 enforce 模式时，要求 TLS、受信任的证书以及策略中列出的 MX（RFC 8461）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="633"/>
        <source>delivers</source>
        <translation>可投递</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="634"/>
        <source>delivers, but unprotected</source>
        <translation>可投递，但无保护</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="635"/>
        <source>defers the mail</source>
        <translation>延迟投递邮件</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="636"/>
        <source>cannot tell</source>
        <translation>无法判断</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="650"/>
        <source>Fix:</source>
        <translation>修复：</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="663"/>
        <source>%1
Findings: %2</source>
        <translation>%1
发现：%2</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="702"/>
        <source>no MX answer</source>
        <translation>无 MX 应答</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="704"/>
        <source>null MX: accepts no mail</source>
        <translation>空 MX：不接收邮件</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="706"/>
        <source>no MX record (the domain&apos;s own addresses)</source>
        <translation>无 MX 记录（使用域名自身的地址）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="708"/>
        <source>1 MX host</source>
        <translation>1 个 MX 主机</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="708"/>
        <source>%1 MX hosts</source>
        <translation>%1 个 MX 主机</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="710"/>
        <source>%1 checked</source>
        <translation>已检查 %1 个</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="712"/>
        <source>no sessions (DNS and policy only)</source>
        <translation>无会话（仅 DNS 和策略）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="714"/>
        <source>1 address</source>
        <translation>1 个地址</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="714"/>
        <source>%1 addresses</source>
        <translation>%1 个地址</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="717"/>
        <source>1 address differs from its siblings</source>
        <translation>1 个地址与同组其他地址不同</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="717"/>
        <source>%1 addresses differ from their siblings</source>
        <translation>%1 个地址与同组其他地址不同</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="719"/>
        <source>1 finding</source>
        <translation>1 项发现</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="719"/>
        <source>%1 findings</source>
        <translation>%1 项发现</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="721"/>
        <source>checked %1 in %2 s</source>
        <translation>于 %1 检查，用时 %2 秒</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="724"/>
        <source>resolver %1</source>
        <translation>解析器 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="729"/>
        <source>Trust anchor: %1</source>
        <translation>信任锚：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="758"/>
        <location filename="../ui/views/domain_view.cpp" line="811"/>
        <location filename="../ui/views/domain_view.cpp" line="905"/>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="760"/>
        <source>DNSSEC %1</source>
        <translation>DNSSEC %1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="764"/>
        <source>no records</source>
        <translation>无记录</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="766"/>
        <source>TTL %1</source>
        <translation>TTL %1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="768"/>
        <source>via CNAME %1</source>
        <translation>经由 CNAME %1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="770"/>
        <source>%1 more records not kept</source>
        <translation>另有 %1 条记录未保留</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="791"/>
        <source>MX hosts</source>
        <translation>MX 主机</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="794"/>
        <source>Null MX (RFC 7505): this domain says it accepts no mail.</source>
        <translation>空 MX（RFC 7505）：此域名声明不接收邮件。</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="796"/>
        <source>No MX record: senders deliver to the domain&apos;s own A/AAAA addresses (implicit MX, RFC 5321 §5.1).</source>
        <translation>无 MX 记录：发件方投递到该域名自身的 A/AAAA 地址（隐式 MX，RFC 5321 §5.1）。</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="799"/>
        <source>Pref.</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="799"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="799"/>
        <source>Addresses</source>
        <translation>地址</translation>
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
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="806"/>
        <source>(+%1 not checked)</source>
        <translation>（另有 %1 个未检查）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="808"/>
        <source>not checked (too many MX hosts)</source>
        <translation>未检查（MX 主机过多）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="823"/>
        <source>DANE TLSA records</source>
        <translation>DANE TLSA 记录</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="850"/>
        <source>%1 (depth %2)</source>
        <translation>%1（深度 %2）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="858"/>
        <source>matched by %1</source>
        <translation>与 %1 匹配</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="860"/>
        <source>not matched by %1</source>
        <translation>与 %1 不匹配</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="862"/>
        <source>unusable for SMTP</source>
        <translation>不可用于 SMTP</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="866"/>
        <source>no session to compare</source>
        <translation>无可比对的会话</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="871"/>
        <source>not a TLSA record</source>
        <translation>不是 TLSA 记录</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="875"/>
        <source>No MX host publishes TLSA records: DANE senders deliver with opportunistic TLS.</source>
        <translation>没有 MX 主机发布 TLSA 记录：DANE 发件方以机会性 TLS 投递。</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="878"/>
        <source>MTA-STS</source>
        <translation>MTA-STS</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="886"/>
        <source>(not an MTA-STS record)</source>
        <translation>（不是 MTA-STS 记录）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="894"/>
        <source>No MTA-STS record: no policy was fetched. MTA-STS senders deliver with opportunistic TLS.</source>
        <translation>无 MTA-STS 记录：未获取策略。MTA-STS 发件方以机会性 TLS 投递。</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="900"/>
        <source>Policy URL</source>
        <translation>策略 URL</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="902"/>
        <source>Connected to</source>
        <translation>连接到</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="903"/>
        <source>HTTP status</source>
        <translation>HTTP 状态</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="907"/>
        <source>Redirect</source>
        <translation>重定向</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="907"/>
        <source>%1 (not followed: RFC 8461 forbids it)</source>
        <translation>%1（未跟随：RFC 8461 禁止）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="909"/>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="910"/>
        <source>valid for %1</source>
        <translation>对 %1 有效</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="911"/>
        <source>not valid</source>
        <translation>无效</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="911"/>
        <source>not valid: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="913"/>
        <source>Content type</source>
        <translation>内容类型</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="915"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="915"/>
        <source>too large: refused</source>
        <translation>过大：已拒绝</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="915"/>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="917"/>
        <source>Error</source>
        <translation>错误</translation>
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
        <translation>（缺失）</translation>
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
        <translation>未覆盖任何 MX 主机</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="939"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="940"/>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="948"/>
        <source>Not covered by any mx pattern: %1</source>
        <translation>未被任何 mx 模式覆盖：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="953"/>
        <source>Keys RFC 8461 does not define: %1</source>
        <translation>RFC 8461 未定义的键：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="960"/>
        <source>TLS-RPT</source>
        <translation>TLS-RPT</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="970"/>
        <source>(not a TLS-RPT record)</source>
        <translation>（不是 TLS-RPT 记录）</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="972"/>
        <source>Reports go to: %1</source>
        <translation>报告发送至：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/domain_view.cpp" line="977"/>
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
        <location filename="../ui/models/fleet_model.cpp" line="152"/>
        <source>stopped before it finished</source>
        <translation>在完成前已停止</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="154"/>
        <source>not run: %1</source>
        <translation>未执行：%1</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="169"/>
        <source>no TLS version accepted</source>
        <translation>未接受任何 TLS 版本</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="170"/>
        <source>%1, %2 suites</source>
        <translation>%1，%2 个套件</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="176"/>
        <source>TLS handshake failed</source>
        <translation>TLS 握手失败</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="176"/>
        <source>TLS handshake failed (%1)</source>
        <translation>TLS 握手失败（%1）</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="177"/>
        <source>no TLS</source>
        <translation>无 TLS</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="177"/>
        <source>no TLS (STARTTLS not offered)</source>
        <translation>无 TLS（未提供 STARTTLS）</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="248"/>
        <source>waiting…</source>
        <translation>等待中…</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="255"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="307"/>
        <source>Line %1 of the list: %2 port %3</source>
        <translation>列表第 %1 行：%2 端口 %3</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="323"/>
        <source>Target</source>
        <translation>目标</translation>
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
        <translation>最严重的发现</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="327"/>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../ui/models/fleet_model.cpp" line="328"/>
        <source>Time</source>
        <translation>耗时</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::FleetView</name>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="66"/>
        <source>targets</source>
        <translation>目标数</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="94"/>
        <source>One target a line: mx.example.org, mx.example.net:587, smtps://mail.example.com, lmtp://[2001:db8::1]:24 — &apos;#&apos; starts a comment</source>
        <translation>每行一个目标：mx.example.org、mx.example.net:587、smtps://mail.example.com、lmtp://[2001:db8::1]:24 — “#”开始注释</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="98"/>
        <source>Open List…</source>
        <translation>打开列表…</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="100"/>
        <source>Read a target list from a file</source>
        <translation>从文件读取目标列表</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="104"/>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="105"/>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="106"/>
        <source>Session: one STARTTLS session per target. Scan: every version and suite per target (slow).</source>
        <translation>会话：每个目标一次 STARTTLS 会话。扫描：每个目标的所有版本与套件（较慢）。</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="117"/>
        <source>Targets checked at once, overall</source>
        <translation>同时检查的目标数（总计）</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="118"/>
        <source>Targets checked at once against one host</source>
        <translation>对同一主机同时检查的目标数</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="119"/>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="119"/>
        <source>At least this long between two connections to one host</source>
        <translation>对同一主机两次连接之间至少间隔这么久</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="121"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="121"/>
        <source>How long one step (connect, a reply, the handshake) may take</source>
        <translation>单个步骤（连接、回复、握手）可花费的时间</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="123"/>
        <source>Start</source>
        <translation>开始</translation>
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
        <translation>同时：</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="134"/>
        <source>Per host:</source>
        <translation>每主机：</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="135"/>
        <source>Delay:</source>
        <translation>延迟：</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="136"/>
        <source>Timeout:</source>
        <translation>超时：</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="161"/>
        <location filename="../ui/views/fleet_view.cpp" line="428"/>
        <source>Paste or open a target list, then Start.</source>
        <translation>粘贴或打开目标列表，然后点“开始”。</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="191"/>
        <source>Double-click a finished target to open its report in the Handshake, Certificates and Findings tabs</source>
        <translation>双击已完成的目标，即可在“握手”、“证书”和“发现”标签页中打开其报告</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="195"/>
        <source>Targets per TLS version</source>
        <translation>各 TLS 版本的目标数</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="198"/>
        <source>Targets per worst finding</source>
        <translation>各最严重发现等级的目标数</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="255"/>
        <source># partners from the Logs tab</source>
        <translation># 来自“日志”标签页的伙伴</translation>
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
        <translation>…以及另外 %1 个</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="361"/>
        <source>Cancelled: %1 of %2 done.</source>
        <translation>已取消：%2 个中完成 %1 个。</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="363"/>
        <source>Done in %1.</source>
        <translation>已完成，耗时 %1。</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="426"/>
        <source>%1 of %2 done.</source>
        <translation>%2 个中完成 %1 个。</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="455"/>
        <source>No finished target yet</source>
        <translation>尚无已完成的目标</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="523"/>
        <source>%1 of %2 finished targets reached; %3 with a certificate expired or ending within 30 days.</source>
        <translation>%2 个已完成的目标中有 %1 个可连接；%3 个的证书已过期或将在 30 天内到期。</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="539"/>
        <source>A saved run, from the workspace.</source>
        <translation>来自工作区的已保存运行结果。</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="302"/>
        <source>The list holds no target: write one host a line.</source>
        <translation>列表中没有目标：每行写一个主机。</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="406"/>
        <source>%1 of %2 done, %3 running</source>
        <translation>%2 个中完成 %1 个，%3 个运行中</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="407"/>
        <source>%1 elapsed</source>
        <translation>已用 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="410"/>
        <source>about %1 left</source>
        <translation>约剩 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="487"/>
        <source>no TLS</source>
        <translation>无 TLS</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="487"/>
        <source>not reached</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="500"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="553"/>
        <source>Open a Target List</source>
        <translation>打开目标列表</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="554"/>
        <source>Target lists (*.txt *.list);;All files (*)</source>
        <translation>目标列表 (*.txt *.list);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/fleet_view.cpp" line="582"/>
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
        <location filename="../ui/views/handshake_view.cpp" line="197"/>
        <source>%1, %2 bits</source>
        <translation>%1，%2 位</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="202"/>
        <source>%1 with %2</source>
        <translation>%1，摘要 %2</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="208"/>
        <source>0 — everything allowed, so legacy servers can be examined; weak parameters are reported as findings</source>
        <translation>0 — 全部允许，以便检查旧服务器；弱参数会作为发现报告</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="209"/>
        <source>%1 — OpenSSL refuses parameters below this level</source>
        <translation>%1 — OpenSSL 会拒绝低于此级别的参数</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="212"/>
        <source>not requested</source>
        <translation>未请求</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="214"/>
        <source>requested, sent</source>
        <translation>已请求，已发送</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="214"/>
        <source>requested, none sent</source>
        <translation>已请求，未发送</translation>
    </message>
    <message>
        <location filename="../ui/views/handshake_view.cpp" line="216"/>
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
        <location filename="../ui/views/hygiene_panel.cpp" line="131"/>
        <source>Did the cleartext CAPABILITY allow LOGIN (no LOGINDISABLED) or list AUTH=PLAIN, or did AUTHENTICATE PLAIN get a challenge before TLS? No is good. The check cancels with &quot;*&quot; and never sends credentials.</source>
        <translation>明文 CAPABILITY 是否允许 LOGIN（没有 LOGINDISABLED）或列出 AUTH=PLAIN，或者 AUTHENTICATE PLAIN 在 TLS 之前得到了质询？否为好。检查会用 &quot;*&quot; 取消，绝不发送凭据。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="134"/>
        <source>LOGIN offered before STARTTLS</source>
        <translation>STARTTLS 之前提供 LOGIN</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="136"/>
        <source>Did the cleartext CAPA list USER or SASL PLAIN, or did AUTH PLAIN get a challenge before STLS? No is good. The check cancels with &quot;*&quot; and never sends credentials.</source>
        <translation>明文 CAPA 是否列出 USER 或 SASL PLAIN，或者 AUTH PLAIN 在 STLS 之前得到了质询？否为好。检查会用 &quot;*&quot; 取消，绝不发送凭据。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="138"/>
        <source>USER or SASL PLAIN offered before STLS</source>
        <translation>STLS 之前提供 USER 或 SASL PLAIN</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="140"/>
        <source>Did the greeting&apos;s capability list name SASL mechanisms, or did AUTHENTICATE &quot;PLAIN&quot; get a challenge before STARTTLS? No is good. The check cancels with &quot;*&quot; and never sends credentials.</source>
        <translation>问候中的能力列表是否列出 SASL 机制，或者 AUTHENTICATE &quot;PLAIN&quot; 在 STARTTLS 之前得到了质询？否为好。检查会用 &quot;*&quot; 取消，绝不发送凭据。</translation>
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
        <translation>安全重新协商（RFC 5746）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="164"/>
        <source>Does the ServerHello carry renegotiation_info, so that a renegotiation is tied to the handshake before it? Yes is good; without it OpenSSL 3 clients refuse to connect.</source>
        <translation>ServerHello 是否带有 renegotiation_info，使重新协商与之前的握手绑定？“是”为良好；没有它，OpenSSL 3 客户端会拒绝连接。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="167"/>
        <source>Client-initiated renegotiation</source>
        <translation>客户端发起的重新协商</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="168"/>
        <source>Does the server do a fresh handshake whenever the client asks on an open connection? No is good: each one costs the server a private-key operation and the client almost nothing.</source>
        <translation>客户端在已打开的连接上请求时，服务器是否都会重新握手？“否”为良好：每次都让服务器花费一次私钥运算，而客户端几乎没有成本。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="171"/>
        <source>TLS_FALLBACK_SCSV honoured (RFC 7507)</source>
        <translation>遵守 TLS_FALLBACK_SCSV（RFC 7507）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="172"/>
        <source>Does the server refuse a lower-version hello marked as a fallback with inappropriate_fallback? Yes is good: a client&apos;s retry cannot be pushed down to an older version.</source>
        <translation>服务器是否以 inappropriate_fallback 拒绝标记为回退的较低版本 hello？“是”为良好：客户端的重试无法被压到较旧版本。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="175"/>
        <source>TLS 1.3 downgrade sentinel (RFC 8446)</source>
        <translation>TLS 1.3 降级标记（RFC 8446）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="176"/>
        <source>Does a TLS 1.3 server mark the random of its TLS 1.2 ServerHello, so that TLS 1.3 clients notice an attacker who removed TLS 1.3 from their hello? Yes is good; it does not apply without TLS 1.3.</source>
        <translation>支持 TLS 1.3 的服务器是否在其 TLS 1.2 ServerHello 的随机数中做标记，让 TLS 1.3 客户端发现从其 hello 中删除 TLS 1.3 的攻击者？“是”为良好；没有 TLS 1.3 时不适用。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="180"/>
        <source>Extended master secret (RFC 7627)</source>
        <translation>扩展主密钥（RFC 7627）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="181"/>
        <source>Are the TLS 1.2 session keys bound to the whole handshake? Yes is good: it closes the triple-handshake attack.</source>
        <translation>TLS 1.2 会话密钥是否与整个握手绑定？“是”为良好：可防止三重握手攻击。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="184"/>
        <source>Encrypt-then-MAC with CBC suites (RFC 7366)</source>
        <translation>CBC 套件的先加密后 MAC（RFC 7366）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="185"/>
        <source>With a CBC suite, is each record authenticated before it is decrypted? Yes is good: it closes padding-oracle attacks. It does not apply to a server without CBC suites.</source>
        <translation>使用 CBC 套件时，每条记录是否在解密前先验证？“是”为良好：可防止填充预言攻击。对没有 CBC 套件的服务器不适用。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="188"/>
        <source>Resumption by session id (TLS 1.2)</source>
        <translation>通过会话 ID 恢复（TLS 1.2）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="189"/>
        <source>Did a second connection resume the first one&apos;s session by its id, with an abbreviated handshake? Information: resumption saves a full handshake per connection.</source>
        <translation>第二个连接是否通过会话 ID 以简化握手恢复了第一个连接的会话？仅供参考：会话恢复可为每个连接省去一次完整握手。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="192"/>
        <source>Resumption by session ticket (TLS 1.2)</source>
        <translation>通过会话票据恢复（TLS 1.2）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="193"/>
        <source>Did the server issue a session ticket (RFC 5077), and did a second connection resume with it? Information.</source>
        <translation>服务器是否签发了会话票据（RFC 5077），第二个连接是否用它恢复了会话？仅供参考。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="196"/>
        <source>Resumption with a TLS 1.3 ticket (PSK)</source>
        <translation>使用 TLS 1.3 票据恢复（PSK）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="197"/>
        <source>Did the server send a NewSessionTicket after the TLS 1.3 handshake, and did a second connection resume with it? Information.</source>
        <translation>服务器是否在 TLS 1.3 握手后发送了 NewSessionTicket，第二个连接是否用它恢复了会话？仅供参考。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="200"/>
        <source>OCSP stapling (status_request)</source>
        <translation>OCSP 装订（status_request）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="201"/>
        <source>Did the server staple an OCSP response to its certificate? Yes is good; a stapled response must say good and be current, and a must-staple certificate needs one.</source>
        <translation>服务器是否随证书装订了 OCSP 响应？是为好；装订的响应必须为 good 且未过期，must-staple 证书必须有装订。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="205"/>
        <source>0-RTT early data accepted</source>
        <translation>接受 0-RTT 早期数据</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="206"/>
        <source>Did the server accept data sent before the TLS 1.3 handshake finished? No is good: early data can be replayed by an attacker.</source>
        <translation>服务器是否接受了 TLS 1.3 握手完成前发送的数据？否为好：早期数据可被攻击者重放。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="209"/>
        <source>Heartbleed (CVE-2014-0160)</source>
        <translation>Heartbleed（CVE-2014-0160）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="210"/>
        <source>Did a heartbeat request claiming more bytes than it carried come back longer than sent? No is good; Yes means the server leaks its memory. The leaked bytes are never kept or shown.</source>
        <translation>声明长度大于实际内容的心跳请求，返回的响应是否比发送的更长？否为好；是表示服务器泄露内存。泄露的字节绝不会被保存或显示。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="213"/>
        <source>CCS injection (CVE-2014-0224)</source>
        <translation>CCS 注入（CVE-2014-0224）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="214"/>
        <source>Did the server accept a ChangeCipherSpec sent before the key exchange? No is good.</source>
        <translation>服务器是否接受了在密钥交换之前发送的 ChangeCipherSpec？否为好。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="216"/>
        <source>ROBOT (RSA padding oracle)</source>
        <translation>ROBOT（RSA 填充预言）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="217"/>
        <source>With RSA key exchange, did the server answer malformed premaster secrets differently from a well-formed one? No is good; it does not apply without RSA key exchange.</source>
        <translation>在 RSA 密钥交换中，服务器对格式错误的预主密钥与对格式正确的预主密钥的回应是否不同？否为好；没有 RSA 密钥交换时不适用。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="220"/>
        <source>Ticketbleed (CVE-2016-9244)</source>
        <translation>Ticketbleed（CVE-2016-9244）</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="221"/>
        <source>Did a 1-byte session id offered with a session ticket come back longer, with bytes that were not ours? No is good. The probe offers a made-up ticket, so No is weaker evidence here than for the other checks.</source>
        <translation>与会话票据一同提供的 1 字节会话 ID 是否被加长返回，且含有不属于我们的字节？否为好。该探测使用的是伪造的票据，因此这里的“否”比其他检查的证据更弱。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="225"/>
        <source>STARTTLS command injection</source>
        <translation>STARTTLS 命令注入</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="226"/>
        <source>Was a command sent in the same packet as STARTTLS answered inside TLS? No is good; Yes means an attacker on the path can add commands that run inside the encrypted session.</source>
        <translation>与 STARTTLS 在同一数据包中发送的命令是否在 TLS 内得到了回应？否为好；是表示路径上的攻击者可以注入在加密会话中执行的命令。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="229"/>
        <source>MAIL FROM accepted before STARTTLS</source>
        <translation>STARTTLS 之前接受 MAIL FROM</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="230"/>
        <source>Did the server accept MAIL FROM in cleartext (then RSET; nothing is sent)? Normal for an MX on port 25; on a submission port it must not.</source>
        <translation>服务器是否在明文中接受了 MAIL FROM（随后发送 RSET，不发送任何邮件）？对 25 端口上的 MX 属正常；在提交端口上则不应如此。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="233"/>
        <source>AUTH offered before STARTTLS</source>
        <translation>STARTTLS 之前提供 AUTH</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="234"/>
        <source>Did the cleartext EHLO advertise AUTH? On a submission port passwords would travel in cleartext; no credentials are ever sent by the check.</source>
        <translation>明文 EHLO 是否宣告了 AUTH？在提交端口上密码将以明文传输；该检查从不发送任何凭据。</translation>
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
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="272"/>
        <source>Untested</source>
        <translation>未测试</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="288"/>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="288"/>
        <source>Answer</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="288"/>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="288"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="306"/>
        <location filename="../ui/views/hygiene_panel.cpp" line="316"/>
        <location filename="../ui/views/hygiene_panel.cpp" line="324"/>
        <source>Protocol hygiene</source>
        <translation>协议卫生</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="307"/>
        <source>no checks in this scan</source>
        <translation>本次扫描没有这些检查</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="317"/>
        <source>not checked: no TLS 1.2 or lower handshake to check, or a report from before these checks</source>
        <translation>未检查：没有 TLS 1.2 或更低版本的握手可查，或报告早于这些检查</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="320"/>
        <source>the server accepted no TLS 1.2 or lower</source>
        <translation>服务器不接受 TLS 1.2 或更低版本</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="321"/>
        <source>checked with %1</source>
        <translation>以 %1 检查</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="322"/>
        <source>1 connection</source>
        <translation>1 个连接</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="322"/>
        <source>%1 connections</source>
        <translation>%1 个连接</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="325"/>
        <source>Whether &quot;Yes&quot; is good depends on the check: the mark says which. Hover over a check to see what it asks.</source>
        <translation>“是”是否良好取决于检查项：标记会说明。将鼠标悬停在检查项上可查看它检查什么。</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="363"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/views/hygiene_panel.cpp" line="378"/>
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
        <location filename="../ui/main_window.cpp" line="917"/>
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
        <location filename="../ui/main_window.cpp" line="537"/>
        <location filename="../ui/main_window.cpp" line="945"/>
        <source>Scan failed: %1</source>
        <translation>扫描失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="538"/>
        <source>Scan failed — %1: %2</source>
        <translation>扫描失败 — %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="557"/>
        <source>Scanned %1 — %2 suites accepted, %3 connections</source>
        <translation>已扫描 %1 — 接受 %2 个套件，%3 个连接</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="566"/>
        <source>Cancelled — %1</source>
        <translation>已取消 — %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="567"/>
        <source>Session cancelled. What was received so far is kept below.</source>
        <translation>会话已取消。已收到的内容保留在下方。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="574"/>
        <source>%1 — %2…</source>
        <translation>%1 — %2…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="612"/>
        <source>TLS failed</source>
        <translation>TLS 失败</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="614"/>
        <source>no TLS</source>
        <translation>无 TLS</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="622"/>
        <source>%1 — session complete, closing…</source>
        <translation>%1 — 会话完成，正在关闭…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="631"/>
        <source>Likely: %1</source>
        <translation>可能的原因：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="635"/>
        <source>Failed — %1: %2</source>
        <translation>失败 — %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="645"/>
        <source>Disconnected from %1 — 1 finding</source>
        <translation>已断开 %1 — 1 项发现</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="646"/>
        <source>Disconnected from %1 — %2 findings</source>
        <translation>已断开 %1 — %2 项发现</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="654"/>
        <source>Handshake (%1)</source>
        <translation>握手（%1）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="655"/>
        <source>Handshake</source>
        <translation>握手</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="657"/>
        <source>Ladder (%1)</source>
        <translation>时序图（%1）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="657"/>
        <source>Ladder</source>
        <translation>时序图</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="659"/>
        <source>Certificates (%1)</source>
        <translation>证书（%1）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="659"/>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="661"/>
        <source>Findings (%1)</source>
        <translation>发现（%1）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="661"/>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="664"/>
        <source>Cipher matrix (%1)</source>
        <translation>密码套件矩阵（%1）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="664"/>
        <source>Cipher matrix</source>
        <translation>密码套件矩阵</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="710"/>
        <source>Save Report as JSON</source>
        <translation>将报告另存为 JSON</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="711"/>
        <source>JSON reports (*.json);;All files (*)</source>
        <translation>JSON 报告 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="689"/>
        <source>Save Report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="639"/>
        <source>The server refused STARTTLS: %1</source>
        <translation>服务器拒绝了 STARTTLS：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="640"/>
        <source>The server refused EHLO: %1</source>
        <translation>服务器拒绝了 EHLO：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="641"/>
        <source>The server refused the session in its greeting: %1</source>
        <translation>服务器在问候时就拒绝了会话：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="690"/>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="695"/>
        <source>Report saved to %1</source>
        <translation>报告已保存到 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="719"/>
        <source>About MailTLS Workbench</source>
        <translation>关于 MailTLS 工作台</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="720"/>
        <source>&lt;h3&gt;MailTLS Workbench %1&lt;/h3&gt;&lt;p&gt;Looks at the TLS side of mail servers: the SMTP conversation as it happened, the handshake, the served certificate chain, and what to change in Exim or Postfix.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MailTLS 工作台 %1&lt;/h3&gt;&lt;p&gt;检查邮件服务器的 TLS 层面：真实发生的 SMTP 对话、握手过程、服务器提供的证书链，以及 Exim 或 Postfix 中需要修改的配置。&lt;/p&gt;&lt;p&gt;基于 Qt %2 和 %3 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="731"/>
        <source>Open Certificate</source>
        <translation>打开证书</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="732"/>
        <source>Certificates and keys (*.pem *.crt *.cer *.der *.key *.p12 *.pfx *.p7b *.chain);;All files (*)</source>
        <translation>证书和密钥 (*.pem *.crt *.cer *.der *.key *.p12 *.pfx *.p7b *.chain);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="742"/>
        <source>A session is running; open the certificate when it has finished.</source>
        <translation>会话正在运行；请在其结束后再打开证书。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="746"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="774"/>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="775"/>
        <source>%1

Passphrase:</source>
        <translation>%1

口令：</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="780"/>
        <source>Could not read the certificate files:
%1</source>
        <translation>无法读取证书文件：
%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="781"/>
        <source>Could not read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="786"/>
        <source>%1 holds no certificate, only private keys. Open the certificate file together with the key.</source>
        <translation>%1 不含证书，只有私钥。请将证书文件与密钥一起打开。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="787"/>
        <source>No certificate in %1</source>
        <translation>%1 中没有证书</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="800"/>
        <location filename="../ui/main_window.cpp" line="935"/>
        <source>From file %1</source>
        <translation>来自文件 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="801"/>
        <location filename="../ui/main_window.cpp" line="936"/>
        <source>From files %1</source>
        <translation>来自文件 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="809"/>
        <source>Inspected %1 — 1 finding</source>
        <translation>已检查 %1 — 1 项发现</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="810"/>
        <source>Inspected %1 — %2 findings</source>
        <translation>已检查 %1 — %2 项发现</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="346"/>
        <location filename="../ui/main_window.cpp" line="859"/>
        <location filename="../ui/main_window.cpp" line="870"/>
        <source>A session or scan is running; try again when it has finished.</source>
        <translation>会话或扫描正在运行；请在其结束后重试。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="863"/>
        <source>Session with %1 (%2) from the Domain tab</source>
        <translation>来自“域名”标签页的与 %1（%2）的会话</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="950"/>
        <source>Saved report of %1 from %2 — 1 finding</source>
        <translation>%1 的已保存报告（%2）— 1 项发现</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="951"/>
        <source>Saved report of %1 from %2 — %3 findings</source>
        <translation>%1 的已保存报告（%2）— %3 项发现</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="982"/>
        <source>&amp;Stop practice server</source>
        <translation>停止练习服务器(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="993"/>
        <source>Practice server failed</source>
        <translation>练习服务器失败</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="995"/>
        <source>The practice server could not start: %1</source>
        <translation>练习服务器无法启动：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1000"/>
        <source>Practice server stopped</source>
        <translation>练习服务器已停止</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1022"/>
        <source>Practice server: starting “%1”…</source>
        <translation>练习服务器：正在启动“%1”…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1031"/>
        <source>Practice server: %1 on 127.0.0.1:%2</source>
        <translation>练习服务器：%1，位于 127.0.0.1:%2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1032"/>
        <source>%1
SMTP with STARTTLS on 127.0.0.1:%2, implicit TLS on 127.0.0.1:%3
Throwaway CA (trusted for sessions to it): %4</source>
        <translation>%1
带 STARTTLS 的 SMTP 位于 127.0.0.1:%2，隐式 TLS 位于 127.0.0.1:%3
临时 CA（连接它的会话会信任此 CA）：%4</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1045"/>
        <source>Practice server “%1” is the target: press Connect to see a full session, or Scan</source>
        <translation>练习服务器“%1”已设为目标：点击“连接”查看完整会话，或点击“扫描”</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="1048"/>
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
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="252"/>
        <source>No SNI will be sent: servers with several certificates show their default one.</source>
        <translation>将不发送 SNI：拥有多张证书的服务器会出示其默认证书。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="254"/>
        <source>Security level %1: servers with weaker keys or ciphers fail the handshake instead of being examined.</source>
        <translation>安全级别 %1：密钥或密码套件较弱的服务器会直接握手失败，而无法被检查。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="257"/>
        <source>Tip: to check a partner&apos;s view, set &quot;Verify certificate for&quot; to the MX name they look up. These options apply from the next Connect.</source>
        <translation>提示：要从对方的角度检查，请在“验证证书的名称”中填写对方查询到的 MX 名称。这些选项从下一次连接起生效。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="259"/>
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
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="224"/>
        <source>Proxy: %1</source>
        <translation>代理：%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_options_dialog.cpp" line="226"/>
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
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="44"/>
        <source>Simulate Partner</source>
        <translation>模拟对方</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="49"/>
        <source>Partner (the client that sends mail to the server)</source>
        <translation>对方（向服务器发送邮件的客户端）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="55"/>
        <source>Pasted cipher list (OpenSSL, IANA or GnuTLS priority string)…</source>
        <translation>粘贴的密码套件列表（OpenSSL、IANA 或 GnuTLS 优先级字符串）…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="64"/>
        <source>e.g. ECDHE-RSA-AES128-GCM-SHA256:AES128-SHA:DES-CBC3-SHA  or  NORMAL:-VERS-ALL:+VERS-TLS1.2</source>
        <translation>例如 ECDHE-RSA-AES128-GCM-SHA256:AES128-SHA:DES-CBC3-SHA  或  NORMAL:-VERS-ALL:+VERS-TLS1.2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="70"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="74"/>
        <source>Current target (none set in the target bar)</source>
        <translation>当前目标（目标栏中未设置）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="75"/>
        <source>Current target %1: scan it, predict, then one real handshake with the partner&apos;s offer</source>
        <translation>当前目标 %1：扫描、预测，然后用对方的提议进行一次真实握手</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="77"/>
        <source>Saved scan report (JSON):</source>
        <translation>已保存的扫描报告（JSON）：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="91"/>
        <source>a file written by &apos;mailtls scan --json&apos; or File → Save Report</source>
        <translation>由“mailtls scan --json”或“文件 → 保存报告”写入的文件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="93"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="101"/>
        <source>&amp;Simulate</source>
        <translation>模拟(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="104"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="201"/>
        <source>Open Scan Report</source>
        <translation>打开扫描报告</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="201"/>
        <source>JSON reports (*.json);;All files (*)</source>
        <translation>JSON 报告 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="251"/>
        <source>The profile %1 is not available.</source>
        <translation>配置 %1 不可用。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="283"/>
        <source>The pasted list cannot be read: %1</source>
        <translation>无法读取粘贴的列表：%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="287"/>
        <source>Pasted %1 cipher list</source>
        <translation>粘贴的 %1 密码套件列表</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="258"/>
        <source>Set a target in the target bar first, or choose a saved report.</source>
        <translation>请先在目标栏中设置目标，或选择已保存的报告。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="266"/>
        <source>Choose a saved scan report.</source>
        <translation>请选择已保存的扫描报告。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="302"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="301"/>
        <source>%1 is not a mailtls report: %2</source>
        <translation>%1 不是 mailtls 报告：%2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="110"/>
        <source>Export HTML…</source>
        <translation>导出 HTML…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="112"/>
        <source>The result as one HTML page for the partner&apos;s admin (as mailtls simulate --html)</source>
        <translation>将结果导出为一个 HTML 页面，供对方管理员查看（同 mailtls simulate --html）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="113"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="115"/>
        <source>The result as a PDF to send to the partner (as mailtls simulate --pdf)</source>
        <translation>将结果导出为 PDF，发送给对方（同 mailtls simulate --pdf）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="227"/>
        <source>Export Simulation as PDF</source>
        <translation>将模拟导出为 PDF</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="227"/>
        <source>Export Simulation as HTML</source>
        <translation>将模拟导出为 HTML</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="235"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="236"/>
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="241"/>
        <source>Writing the export…</source>
        <translation>正在写入导出文件…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="306"/>
        <source>%1 holds no scan section; run a scan and save it first.</source>
        <translation>%1 不含扫描部分；请先运行扫描并保存。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="353"/>
        <source>scanning: %1 of about %2 connections</source>
        <translation>正在扫描：%1 / 约 %2 个连接</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="356"/>
        <source>scanning the server…</source>
        <translation>正在扫描服务器…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="356"/>
        <source>predicting…</source>
        <translation>正在预测…</translation>
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
        <translation>服务器无法访问</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="388"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="394"/>
        <source>✔ Connects — %1 with %2</source>
        <translation>✔ 可以连接 — %1，%2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="397"/>
        <source>✘ Fails — %1</source>
        <translation>✘ 失败 — %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="403"/>
        <source>Fix for Exim:
</source>
        <translation>Exim 修复方法：
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="404"/>
        <source>Fix for Postfix:
</source>
        <translation>Postfix 修复方法：
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="408"/>
        <source>Live handshake (%1):
</source>
        <translation>实时握手（%1）：
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="409"/>
        <source>mailtls&apos;s own ClientHello, the exact offer</source>
        <translation>mailtls 自身的 ClientHello，与提议完全一致</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="409"/>
        <source>OpenSSL with the partner&apos;s offer</source>
        <translation>使用对方提议的 OpenSSL</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="411"/>
        <source>  left out (this OpenSSL cannot send them): %1
</source>
        <translation>  已省略（此 OpenSSL 无法发送）：%1
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="413"/>
        <source>  server chose %1 with %2%3
</source>
        <translation>  服务器选择了 %1，%2%3
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="415"/>
        <source>, %1-bit DH prime</source>
        <translation>，%1 位 DH 素数</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="419"/>
        <source>  the attempt failed: %1
</source>
        <translation>  尝试失败：%1
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="421"/>
        <source>  the partner would stop here: %1
</source>
        <translation>  对方会在此停止：%1
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="424"/>
        <source>How the prediction was reached (%1):
</source>
        <translation>预测依据（%1）：
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="429"/>
        <source>
Partner source: %1
</source>
        <translation>
对方来源：%1
</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="440"/>
        <source>Offers %1 · %2 suites up to TLS 1.2 · %3 TLS 1.3 suites · source: %4</source>
        <translation>提供 %1 · %2 个 TLS 1.2 及以下套件 · %3 个 TLS 1.3 套件 · 来源：%4</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="446"/>
        <source>Paste the partner&apos;s list; OpenSSL names and keywords, IANA names and GnuTLS priority strings are understood.</source>
        <translation>粘贴对方的列表；支持 OpenSSL 名称和关键字、IANA 名称以及 GnuTLS 优先级字符串。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="463"/>
        <source>Scanning the server, then one handshake with the partner&apos;s offer. Cancel stops it at once.</source>
        <translation>先扫描服务器，然后用对方的提议进行一次握手。点击“取消”会立即停止。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="464"/>
        <source>Predicting…</source>
        <translation>正在预测…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="468"/>
        <source>Paste the partner&apos;s cipher list.</source>
        <translation>请粘贴对方的密码套件列表。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="469"/>
        <source>Choose a saved scan report, or set a target in the target bar.</source>
        <translation>请选择已保存的扫描报告，或在目标栏中设置目标。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="473"/>
        <source>Forward the sentence above to the partner, or apply the fix for your MTA and simulate again.</source>
        <translation>请将上面这句话转告对方，或在你的 MTA 中应用修复后再次模拟。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="475"/>
        <source>Pick another partner or server and simulate again.</source>
        <translation>选择其他对方或服务器，然后再次模拟。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/simulate_dialog.cpp" line="477"/>
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
        <translation>解释密码套件</translation>
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
        <translation>解释(&amp;X)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="77"/>
        <source>IANA names</source>
        <translation>IANA 名称</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="78"/>
        <source>OpenSSL names</source>
        <translation>OpenSSL 名称</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="79"/>
        <source>GnuTLS names</source>
        <translation>GnuTLS 名称</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="191"/>
        <source>Type a suite name in any notation, or its code, or pick one from the list.</source>
        <translation>输入任意格式的套件名称或其代码，或从列表中选择。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="193"/>
        <source>%1 is graded %2. Pick another suite to compare.</source>
        <translation>%1 的评级为“%2”。可选择其他套件进行比较。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="196"/>
        <source>Not a known suite: pick one of the suggestions or from the list.</source>
        <translation>不是已知套件：请从建议或列表中选择。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="198"/>
        <source>Press Enter to explain, or choose a completion.</source>
        <translation>按回车进行解释，或选择一个补全项。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="221"/>
        <source>Unknown cipher suite “%1”</source>
        <translation>未知密码套件“%1”</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="223"/>
        <source>No suite name is close to this. Try the list on the left.</source>
        <translation>没有相近的套件名称。请尝试左侧的列表。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="225"/>
        <source>Did you mean:</source>
        <translation>你是不是要找：</translation>
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
        <translation>输入格式：%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="255"/>
        <source>Key exchange</source>
        <translation>密钥交换</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="256"/>
        <source>Authentication</source>
        <translation>身份验证</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/suite_explainer_dialog.cpp" line="257"/>
        <source>Bulk cipher</source>
        <translation>批量加密算法</translation>
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
        <translation>所需证书</translation>
    </message>
</context>
<context>
    <name>mailtls::ui::TargetBar</name>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="23"/>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="26"/>
        <source>mail.example.org</source>
        <translation>mail.example.org</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="28"/>
        <source>Host name or address of the mail server</source>
        <translation>邮件服务器的主机名或地址</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="31"/>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="36"/>
        <source>25 SMTP, 587 submission, 465 SMTPS (implicit TLS), 24 LMTP, 143 IMAP, 993 IMAPS, 110 POP3, 995 POP3S, 4190 ManageSieve</source>
        <translation>25 SMTP，587 提交（submission），465 SMTPS（隐式 TLS），24 LMTP，143 IMAP，993 IMAPS，110 POP3，995 POP3S，4190 ManageSieve</translation>
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
        <translation>隐式 TLS（SMTPS）</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="46"/>
        <source>IMAP STARTTLS</source>
        <translation>IMAP STARTTLS</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="47"/>
        <source>Implicit TLS (IMAPS)</source>
        <translation>隐式 TLS（IMAPS）</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="48"/>
        <source>POP3 STLS</source>
        <translation>POP3 STLS</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="49"/>
        <source>Implicit TLS (POP3S)</source>
        <translation>隐式 TLS（POP3S）</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="50"/>
        <source>ManageSieve STARTTLS</source>
        <translation>ManageSieve STARTTLS</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="51"/>
        <source>Plain TCP (TLS, no SMTP)</source>
        <translation>纯 TCP（TLS，无 SMTP）</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="52"/>
        <source>TLS right after the TCP connect, without any SMTP (e.g. openssl s_server)</source>
        <translation>TCP 连接后立即开始 TLS，不使用 SMTP（例如 openssl s_server）</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="54"/>
        <source>How TLS starts: after STARTTLS, from the first byte, or not at all</source>
        <translation>TLS 的启动方式：STARTTLS 之后、从第一个字节开始，或完全不用</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="59"/>
        <source>&amp;Options…</source>
        <translation>选项(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/views/target_bar.cpp" line="60"/>
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
        <location filename="../ui/workspace_controller.cpp" line="596"/>
        <source>Export as PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="606"/>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF 文件 (*.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="634"/>
        <source>PDF report written to %1</source>
        <translation>PDF 报告已写入 %1</translation>
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
        <translation>保存工作区</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="323"/>
        <location filename="../ui/workspace_controller.cpp" line="436"/>
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
        <location filename="../ui/workspace_controller.cpp" line="422"/>
        <source>Still opening the previous file.</source>
        <translation>仍在打开上一个文件。</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="425"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="432"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="436"/>
        <source>Import Report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="452"/>
        <source>Opened %1 — 1 report</source>
        <translation>已打开 %1 — 1 份报告</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="453"/>
        <source>Opened %1 — %2 reports</source>
        <translation>已打开 %1 — %2 份报告</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="474"/>
        <source>Imported the report %1 into a new workspace</source>
        <translation>已将报告 %1 导入新的工作区</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="498"/>
        <source>Workspaces (*.%1);;All files (*)</source>
        <translation>工作区 (*.%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="525"/>
        <source>Workspace saved to %1</source>
        <translation>工作区已保存到 %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="547"/>
        <source>MailTLS investigation — %1</source>
        <translation>MailTLS 排查 — %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="556"/>
        <source>There is no report to export yet.</source>
        <translation>尚无可导出的报告。</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="579"/>
        <source>Export HTML Report</source>
        <translation>导出 HTML 报告</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="607"/>
        <source>HTML files (*.html);;All files (*)</source>
        <translation>HTML 文件 (*.html);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="632"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="636"/>
        <source>HTML report written to %1</source>
        <translation>HTML 报告已写入 %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="587"/>
        <source>Export Investigation as HTML</source>
        <translation>将排查导出为 HTML</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="657"/>
        <location filename="../ui/workspace_controller.cpp" line="702"/>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="698"/>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="699"/>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="763"/>
        <source>Restored the autosaved workspace from %1</source>
        <translation>已从 %1 恢复自动保存的工作区</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="776"/>
        <source>an untitled workspace</source>
        <translation>未命名的工作区</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="777"/>
        <source>MailTLS Workbench did not close normally. Changes to %1 were autosaved at %2 (reports: %3) but not saved.

Restore them?</source>
        <translation>MailTLS 工作台未正常关闭。对 %1 的更改已于 %2 自动保存（报告：%3），但尚未保存。

是否恢复？</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="785"/>
        <location filename="../ui/workspace_controller.cpp" line="801"/>
        <source>Recover workspace</source>
        <translation>恢复工作区</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="786"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="787"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../ui/workspace_controller.cpp" line="788"/>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
</context>
</TS>
