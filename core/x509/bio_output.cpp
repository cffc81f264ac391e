#include "x509/bio_output.h"

#include "ossl/error.h"
#include "ossl/handles.h"

namespace mailtls::core {

QByteArray bioOutput(const std::function<bool(BIO *bio)> &write, Error *error, const Phrase &what)
{
    ossl::BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || !write(bio.get())) {
        fail(error, ossl::drainErrors(what));
        return QByteArray();
    }
    ossl::drainErrors();
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return len > 0 && data ? QByteArray(data, int(len)) : QByteArray();
}

} // namespace mailtls::core
