#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace glossa {

// How the raw bytes of an imported file are kept in dumps.raw: one zstd frame that records
// its content size. Libraries written before used qCompress (zlib behind a 4-byte big-endian
// length); decompress() reads both, so no migration rewrites them.
//
// zstd replaced zlib for the import's sake: at the same level it compresses several times
// faster and a little smaller (README, Performance, and tst_rawdumpcodec print the figures),
// and compression was a large share of the preparing thread's CPU.
class RawDumpCodec
{
public:
    static constexpr int kLevel = 3;
    // Nothing larger was ever stored: the importer refuses files over 64 MB
    // (Importer::kMaxFileSize). A frame claiming more is damage, not a dump.
    static constexpr qint64 kMaxRawBytes = 64LL * 1024 * 1024;

    // Never fails for input up to kMaxRawBytes; an empty result means the input was larger
    // or zstd could not allocate.
    static QByteArray compress(QByteArrayView raw);
    // The original bytes, or a null QByteArray when the stored value is damaged, claims more
    // than kMaxRawBytes, or is neither format.
    static QByteArray decompress(QByteArrayView stored);
    static bool isZstdFrame(QByteArrayView stored);
};

} // namespace glossa
