#include "catalog/tls_names.h"

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
