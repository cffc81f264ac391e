#include "pki/dh_parameters.h"

#include "ossl/error.h"
#include "ossl/handles.h"
#include "x509/bio_output.h"

#include <openssl/dh.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace mailtls::core {

namespace {

struct GenerationState {
    const DhProgressFn *progress = nullptr;
    DhProgress last;
    bool cancelled = false;
};

int onGenerationEvent(EVP_PKEY_CTX *ctx)
{
    auto *state = static_cast<GenerationState *>(EVP_PKEY_CTX_get_app_data(ctx));
    if (!state || !state->progress || !*state->progress)
        return 1;
    state->last.stage = EVP_PKEY_CTX_get_keygen_info(ctx, 0);
    state->last.count = EVP_PKEY_CTX_get_keygen_info(ctx, 1);
    if (!(*state->progress)(state->last)) {
        state->cancelled = true;
        return 0;   // OpenSSL abandons the generation
    }
    return 1;
}

} // namespace

QByteArray DhParameters::generate(int bits, const DhProgressFn &progress, Error *error, bool allowSmallForTests)
{
    if (!isSupportedSize(bits) && !(allowSmallForTests && bits == 1024)) {
        fail(error, ErrorKind::Usage,
             phrase("Errors", "DH parameters of %1 bits are not offered (2048, 3072 or 4096)").arg(bits));
        return QByteArray();
    }
    ossl::EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "DH", nullptr));
    if (!ctx || EVP_PKEY_paramgen_init(ctx.get()) <= 0 || EVP_PKEY_CTX_set_dh_paramgen_prime_len(ctx.get(), bits) <= 0
        || EVP_PKEY_CTX_set_dh_paramgen_generator(ctx.get(), 2) <= 0) {
        fail(error, ossl::drainErrors(phrase("Errors", "preparing DH parameter generation")));
        return QByteArray();
    }
    GenerationState state;
    state.progress = &progress;
    EVP_PKEY_CTX_set_app_data(ctx.get(), &state);
    EVP_PKEY_CTX_set_cb(ctx.get(), onGenerationEvent);

    EVP_PKEY *params = nullptr;
    const int ok = EVP_PKEY_paramgen(ctx.get(), &params);
    ossl::EvpPkeyPtr owned(params);
    if (state.cancelled) {
        ossl::drainErrors();
        fail(error, ErrorKind::Cancelled, phrase("Errors", "DH parameter generation cancelled"));
        return QByteArray();
    }
    if (ok <= 0 || !params) {
        fail(error, ossl::drainErrors(phrase("Errors", "generating %1-bit DH parameters").arg(bits)));
        return QByteArray();
    }
    return bioOutput([params](BIO *bio) { return PEM_write_bio_Parameters(bio, params) == 1; }, error,
                     phrase("Errors", "writing DH parameters"));
}

int DhParameters::primeBits(const QByteArray &pem)
{
    ossl::BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    ossl::EvpPkeyPtr params(bio ? PEM_read_bio_Parameters(bio.get(), nullptr) : nullptr);
    ossl::drainErrors();
    return params ? EVP_PKEY_get_bits(params.get()) : 0;
}

} // namespace mailtls::core
