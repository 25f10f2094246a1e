#pragma once

#include <sys/types.h>

namespace glossa::SqliteLockBytes {

// SQLite's lock bytes (os_unix.c): every connection to a library in WAL mode holds a shared lock
// on the SHARED range of the file and on the DMS byte of its -shm for as long as it is open.
constexpr off_t kSharedFirst = 0x40000000 + 2;
constexpr off_t kSharedSize = 510;
constexpr off_t kShmDms = 120 + 8;

} // namespace glossa::SqliteLockBytes
