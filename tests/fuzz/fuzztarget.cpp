// One libFuzzer target: GLOSSA_FUZZ_ENTRY names the function of fuzzentrypoints.h it feeds.
#include "fuzzentrypoints.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    glossa::fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    glossa::fuzz::GLOSSA_FUZZ_ENTRY(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
