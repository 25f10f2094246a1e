#pragma once

#include <QtGlobal>

namespace glossa {

// Where SQLite keeps its cached pages: an allocator installed in SQLite (SQLITE_CONFIG_MALLOC)
// before its first connection, which serves page-sized blocks from one region backed by
// transparent huge pages and passes every other allocation on to SQLite's own allocator.
//
// Why: SQLite takes each cached page from malloc, and where memory is paravirtualised (the
// 2-core VM of README's Performance section) the first touch of each fresh 4 KiB page costs
// some 15 µs. Growing the window's 64 MB cache (Library::kInteractivePageCacheKiB) page by page
// added 90–170 ms to the first phrase searches at a million articles there, and filling an
// import's cache cost a tenth of a 1,000-page import. In this region the kernel maps memory in
// 2 MiB steps (72 MiB in ~5 ms against ~350 ms). The region is only touched as pages are cached,
// and a freed page is reused by the next one, so memory stays what the caches hold.
// Unlike SQLITE_CONFIG_PAGECACHE's fixed block, connections are not squeezed when it fills:
// pages beyond the region come from malloc as before.
class SqlitePageMemory
{
public:
    // At most once per process and before any connection (SQLite refuses afterwards). False
    // when refused or not offered (not Linux, no transparent huge pages); nothing changes then.
    static bool install();
    static bool isInstalled();
    // Pages held in the region now, and the region's bytes touched so far (its high-water mark).
    static qint64 pagesInUse();
    static qint64 bytesTouched();
    // The size of the region's blocks: a library page (4 KiB) with SQLite's per-page header.
    // 0 when not installed.
    static int slotBytes();
};

} // namespace glossa
