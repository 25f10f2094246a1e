#include "rawdumpcodec.h"

#include <QtEndian>

#include <zstd.h>

#include <memory>

namespace glossa {

namespace {

// One compression context per thread, kept: creating one per file (as qCompress does with
// zlib's state) allocates and clears a few hundred KB every time.
struct CompressionContextDeleter
{
    void operator()(ZSTD_CCtx *context) const { ZSTD_freeCCtx(context); }
};

ZSTD_CCtx *threadCompressionContext()
{
    thread_local std::unique_ptr<ZSTD_CCtx, CompressionContextDeleter> context(ZSTD_createCCtx());
    return context.get();
}

// qCompress's header: the uncompressed size as 4 big-endian bytes.
constexpr qsizetype kQtHeaderBytes = 4;

} // namespace

bool RawDumpCodec::isZstdFrame(QByteArrayView stored)
{
    // ZSTD_MAGICNUMBER, little-endian. Read as a qCompress header, these bytes would announce
    // 682 MB, more than was ever stored, so the two formats cannot be mistaken for each other.
    return stored.size() >= 4 && uchar(stored[0]) == 0x28 && uchar(stored[1]) == 0xB5 && uchar(stored[2]) == 0x2F
           && uchar(stored[3]) == 0xFD;
}

QByteArray RawDumpCodec::compress(QByteArrayView raw)
{
    ZSTD_CCtx *context = threadCompressionContext();
    if (raw.size() > kMaxRawBytes || !context)
        return QByteArray();
    QByteArray out(qsizetype(ZSTD_compressBound(size_t(raw.size()))), Qt::Uninitialized);
    const size_t written = ZSTD_compressCCtx(context, out.data(), size_t(out.size()), raw.data(), size_t(raw.size()), kLevel);
    if (ZSTD_isError(written))
        return QByteArray();
    out.truncate(qsizetype(written));
    out.squeeze(); // the bound is ~1.004× the input: give back what compression saved
    return out;
}

QByteArray RawDumpCodec::decompress(QByteArrayView stored)
{
    if (isZstdFrame(stored)) {
        const unsigned long long size = ZSTD_getFrameContentSize(stored.data(), size_t(stored.size()));
        // compress() always records the size; a frame without one was not written by Glossa.
        if (size == ZSTD_CONTENTSIZE_UNKNOWN || size == ZSTD_CONTENTSIZE_ERROR || size > quint64(kMaxRawBytes))
            return QByteArray();
        QByteArray out(qsizetype(size), Qt::Uninitialized);
        const size_t read = ZSTD_decompress(out.data(), size_t(size), stored.data(), size_t(stored.size()));
        if (ZSTD_isError(read) || read != size)
            return QByteArray();
        return out; // never null, even for an empty file: told apart from a failure
    }
    // Libraries from before zstd. qUncompress allocates what the header says before checking
    // the data, so the header is held to the same limit first.
    if (stored.size() < kQtHeaderBytes)
        return QByteArray();
    if (qFromBigEndian<quint32>(stored.data()) > quint64(kMaxRawBytes))
        return QByteArray();
    return qUncompress(reinterpret_cast<const uchar *>(stored.data()), stored.size());
}

} // namespace glossa
