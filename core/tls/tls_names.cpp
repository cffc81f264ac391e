#include "tls/tls_names.h"

namespace mailtls::core {

QString handshakeTypeName(int type)
{
    switch (type) {
    case 0: return QStringLiteral("HelloRequest");
    case 1: return QStringLiteral("ClientHello");
    case 2: return QStringLiteral("ServerHello");
    case 3: return QStringLiteral("HelloVerifyRequest");
    case 4: return QStringLiteral("NewSessionTicket");
    case 5: return QStringLiteral("EndOfEarlyData");
    case 8: return QStringLiteral("EncryptedExtensions");
    case 11: return QStringLiteral("Certificate");
    case 12: return QStringLiteral("ServerKeyExchange");
    case 13: return QStringLiteral("CertificateRequest");
    case 14: return QStringLiteral("ServerHelloDone");
    case 15: return QStringLiteral("CertificateVerify");
    case 16: return QStringLiteral("ClientKeyExchange");
    case 20: return QStringLiteral("Finished");
    case 21: return QStringLiteral("CertificateURL");
    case 22: return QStringLiteral("CertificateStatus");
    case 24: return QStringLiteral("KeyUpdate");
    case 254: return QStringLiteral("MessageHash");
    default: return QStringLiteral("Handshake(%1)").arg(type);
    }
}

QString alertDescriptionName(int d)
{
    switch (d) {
    case 0: return QStringLiteral("close_notify");
    case 10: return QStringLiteral("unexpected_message");
    case 20: return QStringLiteral("bad_record_mac");
    case 21: return QStringLiteral("decryption_failed");
    case 22: return QStringLiteral("record_overflow");
    case 30: return QStringLiteral("decompression_failure");
    case 40: return QStringLiteral("handshake_failure");
    case 41: return QStringLiteral("no_certificate");
    case 42: return QStringLiteral("bad_certificate");
    case 43: return QStringLiteral("unsupported_certificate");
    case 44: return QStringLiteral("certificate_revoked");
    case 45: return QStringLiteral("certificate_expired");
    case 46: return QStringLiteral("certificate_unknown");
    case 47: return QStringLiteral("illegal_parameter");
    case 48: return QStringLiteral("unknown_ca");
    case 49: return QStringLiteral("access_denied");
    case 50: return QStringLiteral("decode_error");
    case 51: return QStringLiteral("decrypt_error");
    case 60: return QStringLiteral("export_restriction");
    case 70: return QStringLiteral("protocol_version");
    case 71: return QStringLiteral("insufficient_security");
    case 80: return QStringLiteral("internal_error");
    case 86: return QStringLiteral("inappropriate_fallback");
    case 90: return QStringLiteral("user_canceled");
    case 100: return QStringLiteral("no_renegotiation");
    case 109: return QStringLiteral("missing_extension");
    case 110: return QStringLiteral("unsupported_extension");
    case 111: return QStringLiteral("certificate_unobtainable");
    case 112: return QStringLiteral("unrecognized_name");
    case 113: return QStringLiteral("bad_certificate_status_response");
    case 114: return QStringLiteral("bad_certificate_hash_value");
    case 115: return QStringLiteral("unknown_psk_identity");
    case 116: return QStringLiteral("certificate_required");
    case 120: return QStringLiteral("no_application_protocol");
    default: return QStringLiteral("alert(%1)").arg(d);
    }
}

QString alertLevelName(int level)
{
    return level == 1 ? QStringLiteral("warning") : level == 2 ? QStringLiteral("fatal")
                                                               : QStringLiteral("level(%1)").arg(level);
}

QString protocolVersionName(int v)
{
    switch (v) {
    case 0x0002: return QStringLiteral("SSLv2");
    case 0x0300: return QStringLiteral("SSLv3");
    case 0x0301: return QStringLiteral("TLSv1");
    case 0x0302: return QStringLiteral("TLSv1.1");
    case 0x0303: return QStringLiteral("TLSv1.2");
    case 0x0304: return QStringLiteral("TLSv1.3");
    default:
        if ((v & 0x0f0f) == 0x0a0a)
            return QStringLiteral("GREASE");
        return QStringLiteral("0x%1").arg(v, 4, 16, QLatin1Char('0'));
    }
}

QString namedGroupName(int g)
{
    switch (g) {
    case 1: return QStringLiteral("sect163k1");
    case 19: return QStringLiteral("secp192r1");
    case 21: return QStringLiteral("secp224r1");
    case 22: return QStringLiteral("secp256k1");
    case 23: return QStringLiteral("secp256r1");
    case 24: return QStringLiteral("secp384r1");
    case 25: return QStringLiteral("secp521r1");
    case 26: return QStringLiteral("brainpoolP256r1");
    case 27: return QStringLiteral("brainpoolP384r1");
    case 28: return QStringLiteral("brainpoolP512r1");
    case 29: return QStringLiteral("x25519");
    case 30: return QStringLiteral("x448");
    case 256: return QStringLiteral("ffdhe2048");
    case 257: return QStringLiteral("ffdhe3072");
    case 258: return QStringLiteral("ffdhe4096");
    case 259: return QStringLiteral("ffdhe6144");
    case 260: return QStringLiteral("ffdhe8192");
    case 0x6399: return QStringLiteral("X25519Kyber768Draft00");
    case 0x11EC: return QStringLiteral("X25519MLKEM768");
    case 0x11EB: return QStringLiteral("SecP256r1MLKEM768");
    case 0x11ED: return QStringLiteral("SecP384r1MLKEM1024");
    default:
        if ((g & 0x0f0f) == 0x0a0a)
            return QStringLiteral("GREASE");
        return QStringLiteral("group(0x%1)").arg(g, 4, 16, QLatin1Char('0'));
    }
}

QString signatureSchemeName(int s)
{
    switch (s) {
    case 0x0201: return QStringLiteral("rsa_pkcs1_sha1");
    case 0x0203: return QStringLiteral("ecdsa_sha1");
    case 0x0401: return QStringLiteral("rsa_pkcs1_sha256");
    case 0x0403: return QStringLiteral("ecdsa_secp256r1_sha256");
    case 0x0501: return QStringLiteral("rsa_pkcs1_sha384");
    case 0x0503: return QStringLiteral("ecdsa_secp384r1_sha384");
    case 0x0601: return QStringLiteral("rsa_pkcs1_sha512");
    case 0x0603: return QStringLiteral("ecdsa_secp521r1_sha512");
    case 0x0804: return QStringLiteral("rsa_pss_rsae_sha256");
    case 0x0805: return QStringLiteral("rsa_pss_rsae_sha384");
    case 0x0806: return QStringLiteral("rsa_pss_rsae_sha512");
    case 0x0807: return QStringLiteral("ed25519");
    case 0x0808: return QStringLiteral("ed448");
    case 0x0809: return QStringLiteral("rsa_pss_pss_sha256");
    case 0x080a: return QStringLiteral("rsa_pss_pss_sha384");
    case 0x080b: return QStringLiteral("rsa_pss_pss_sha512");
    case 0x0101: return QStringLiteral("rsa_pkcs1_md5");
    case 0x0202: return QStringLiteral("dsa_sha1");
    case 0x0402: return QStringLiteral("dsa_sha256");
    case 0x0301: return QStringLiteral("rsa_pkcs1_sha224");
    case 0x0303: return QStringLiteral("ecdsa_sha224");
    default: return QStringLiteral("0x%1").arg(s, 4, 16, QLatin1Char('0'));
    }
}

QString extensionName(int t)
{
    switch (t) {
    case 0: return QStringLiteral("server_name");
    case 1: return QStringLiteral("max_fragment_length");
    case 5: return QStringLiteral("status_request");
    case 10: return QStringLiteral("supported_groups");
    case 11: return QStringLiteral("ec_point_formats");
    case 13: return QStringLiteral("signature_algorithms");
    case 16: return QStringLiteral("application_layer_protocol_negotiation");
    case 18: return QStringLiteral("signed_certificate_timestamp");
    case 21: return QStringLiteral("padding");
    case 22: return QStringLiteral("encrypt_then_mac");
    case 23: return QStringLiteral("extended_master_secret");
    case 35: return QStringLiteral("session_ticket");
    case 41: return QStringLiteral("pre_shared_key");
    case 42: return QStringLiteral("early_data");
    case 43: return QStringLiteral("supported_versions");
    case 44: return QStringLiteral("cookie");
    case 45: return QStringLiteral("psk_key_exchange_modes");
    case 47: return QStringLiteral("certificate_authorities");
    case 49: return QStringLiteral("post_handshake_auth");
    case 50: return QStringLiteral("signature_algorithms_cert");
    case 51: return QStringLiteral("key_share");
    case 0xff01: return QStringLiteral("renegotiation_info");
    default: return QStringLiteral("extension(%1)").arg(t);
    }
}

} // namespace mailtls::core
