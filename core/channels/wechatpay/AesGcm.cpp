#include "channels/wechatpay/AesGcm.h"

#include <openssl/evp.h>

#include <memory>

namespace pos::channels::wechatpay {

namespace {

constexpr int kKeyBytes = 32;
constexpr int kNonceBytes = 12;
constexpr int kTagBytes = 16;

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

unsigned char *bytes(QByteArray &data)
{
    return reinterpret_cast<unsigned char *>(data.data());
}

Error gcmError(const char *code, const char *message)
{
    return Error{QLatin1String(code), QLatin1String(message)};
}

Status checkSizes(const QByteArray &key, const QByteArray &nonce)
{
    if (key.size() != kKeyBytes) {
        return gcmError("gcm.key", "the APIv3 key must be 32 bytes");
    }
    if (nonce.size() != kNonceBytes) {
        return gcmError("gcm.nonce", "the nonce must be 12 bytes");
    }
    return success();
}

} // namespace

Result<QByteArray> AesGcm::decrypt(const QByteArray &key, const QByteArray &nonce,
                                   const QByteArray &associatedData,
                                   const QByteArray &base64Ciphertext)
{
    if (auto sizes = checkSizes(key, nonce); !sizes) {
        return sizes.error();
    }
    const auto decoded =
        QByteArray::fromBase64Encoding(base64Ciphertext, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() < kTagBytes) {
        return gcmError("gcm.input", "ciphertext is not base64 or shorter than the tag");
    }
    const QByteArray sealed = decoded.decoded.left(decoded.decoded.size() - kTagBytes);
    QByteArray tag = decoded.decoded.right(kTagBytes);

    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray plain(sealed.size() + kTagBytes, Qt::Uninitialized);
    int length = 0;
    int total = 0;
    const bool ok =
        ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) == 1 &&
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, bytes(key), bytes(nonce)) == 1 &&
        (associatedData.isEmpty() ||
         EVP_DecryptUpdate(ctx.get(), nullptr, &length, bytes(associatedData),
                           int(associatedData.size())) == 1) &&
        EVP_DecryptUpdate(ctx.get(), bytes(plain), &length, bytes(sealed), int(sealed.size())) ==
            1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, bytes(tag)) == 1;
    if (!ok) {
        return gcmError("gcm.input", "AES-GCM could not be set up");
    }
    total = length;
    if (EVP_DecryptFinal_ex(ctx.get(), bytes(plain) + total, &length) != 1) {
        return gcmError("gcm.tag", "AES-GCM authentication failed (wrong key, nonce, data or tag)");
    }
    total += length;
    plain.truncate(total);
    return plain;
}

Result<QByteArray> AesGcm::encrypt(const QByteArray &key, const QByteArray &nonce,
                                   const QByteArray &associatedData, const QByteArray &plaintext)
{
    if (auto sizes = checkSizes(key, nonce); !sizes) {
        return sizes.error();
    }
    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray out(plaintext.size() + kTagBytes, Qt::Uninitialized);
    int length = 0;
    int total = 0;
    bool ok = ctx &&
              EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
              EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) == 1 &&
              EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, bytes(key), bytes(nonce)) == 1 &&
              (associatedData.isEmpty() ||
               EVP_EncryptUpdate(ctx.get(), nullptr, &length, bytes(associatedData),
                                 int(associatedData.size())) == 1) &&
              EVP_EncryptUpdate(ctx.get(), bytes(out), &length, bytes(plaintext),
                                int(plaintext.size())) == 1;
    total = length;
    ok = ok && EVP_EncryptFinal_ex(ctx.get(), bytes(out) + total, &length) == 1;
    total += length;
    ok = ok &&
         EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, bytes(out) + total) == 1;
    if (!ok) {
        return gcmError("gcm.input", "AES-GCM encryption failed");
    }
    out.truncate(total + kTagBytes);
    return out.toBase64();
}

} // namespace pos::channels::wechatpay
