#include "sqlitepagememory.h"

#include <QFile>

#include <sqlite3.h>

#include <atomic>
#include <cstring>
#include <mutex>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace glossa {

namespace {

// Library files use SQLite's default page size; caches of other page sizes use malloc.
constexpr int kPageSize = 4096;
constexpr size_t kRegionBytes = size_t(SqlitePageMemory::kRegionBytes);
constexpr size_t kHugePage = size_t(2) << 20;

struct FreeSlot
{
    FreeSlot *next;
};

struct PageMemory
{
    sqlite3_mem_methods fallback{}; // SQLite's own allocator
    char *begin = nullptr;          // the region, aligned on a huge page
    char *end = nullptr;
    char *unused = nullptr;         // first slot never handed out
    FreeSlot *freeSlots = nullptr;
    int slot = 0;
    std::mutex mutex;
    std::atomic<qint64> pagesInUse{0};
    std::atomic<bool> installed{false};

    bool owns(const void *p) const { return p >= begin && p < end; }
    bool fits(int n) const { return n > kPageSize && n <= slot; }
};

// Never destroyed: SQLite may free pages into it until the very end of the process, after
// static objects are gone.
PageMemory &memory()
{
    static PageMemory *const instance = new PageMemory;
    return *instance;
}

void *takeSlot()
{
    PageMemory &m = memory();
    const std::lock_guard lock(m.mutex);
    void *p = nullptr;
    if (m.freeSlots) {
        p = m.freeSlots;
        m.freeSlots = m.freeSlots->next;
    } else if (m.unused + m.slot <= m.end) {
        p = m.unused;
        m.unused += m.slot;
    }
    if (p)
        m.pagesInUse.fetch_add(1, std::memory_order_relaxed);
    return p;
}

void giveSlot(void *p)
{
    PageMemory &m = memory();
    const std::lock_guard lock(m.mutex);
    auto *slot = static_cast<FreeSlot *>(p);
    slot->next = m.freeSlots;
    m.freeSlots = slot;
    m.pagesInUse.fetch_sub(1, std::memory_order_relaxed);
}

void *pageMalloc(int n)
{
    PageMemory &m = memory();
    if (m.fits(n)) {
        if (void *p = takeSlot())
            return p;
    }
    return m.fallback.xMalloc(n);
}

void pageFree(void *p)
{
    PageMemory &m = memory();
    if (m.owns(p))
        giveSlot(p);
    else
        m.fallback.xFree(p);
}

int pageSize(void *p)
{
    PageMemory &m = memory();
    return m.owns(p) ? m.slot : m.fallback.xSize(p);
}

void *pageRealloc(void *p, int n)
{
    PageMemory &m = memory();
    if (!m.owns(p) && !m.fits(n))
        return m.fallback.xRealloc(p, n);
    if (m.owns(p) && m.fits(n))
        return p; // a slot holds any size in the range
    void *moved = pageMalloc(n);
    if (!moved)
        return nullptr; // SQLite's contract: the old block stays valid
    std::memcpy(moved, p, size_t(qMin(pageSize(p), n)));
    pageFree(p);
    return moved;
}

int pageRoundup(int n)
{
    PageMemory &m = memory();
    return m.fits(n) ? m.slot : m.fallback.xRoundup(n);
}

int pageInit(void *)
{
    PageMemory &m = memory();
    return m.fallback.xInit(m.fallback.pAppData);
}

void pageShutdown(void *)
{
    PageMemory &m = memory();
    m.fallback.xShutdown(m.fallback.pAppData);
}

#ifdef Q_OS_LINUX
// Without transparent huge pages the region would fault page by page like malloc'd memory, so
// there is nothing to gain.
bool hugePagesOffered()
{
    QFile mode(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
    if (!mode.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = mode.readAll();
    return text.contains("[always]") || text.contains("[madvise]");
}
#endif

} // namespace

int SqlitePageMemory::slotBytes()
{
    return memory().installed.load() ? memory().slot : 0;
}

bool SqlitePageMemory::install()
{
#ifdef Q_OS_LINUX
    PageMemory &m = memory();
    if (m.installed.load() || !hugePagesOffered())
        return false;
    if (sqlite3_config(SQLITE_CONFIG_GETMALLOC, &m.fallback) != SQLITE_OK)
        return false;
    void *region = mmap(nullptr, kRegionBytes + kHugePage, PROT_READ | PROT_WRITE,
                        MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (region == MAP_FAILED)
        return false;
    const quintptr aligned = (quintptr(region) + kHugePage - 1) & ~quintptr(kHugePage - 1);
    auto giveUp = [&] {
        munmap(region, kRegionBytes + kHugePage);
        m.begin = m.end = m.unused = nullptr;
        m.slot = 0;
        return false;
    };
    m.begin = reinterpret_cast<char *>(aligned);
    m.end = m.begin + kRegionBytes;
    m.unused = m.begin;
    // SQLite answers this only before it is initialised, as install() is.
    int header = 0;
    if (sqlite3_config(SQLITE_CONFIG_PCACHE_HDRSZ, &header) != SQLITE_OK || header <= 0)
        return giveUp();
    m.slot = (kPageSize + header + 7) & ~7;
    madvise(m.begin, kRegionBytes, MADV_HUGEPAGE); // a hint: the region works without it
    static sqlite3_mem_methods methods = {pageMalloc, pageFree, pageRealloc, pageSize,
                                          pageRoundup, pageInit, pageShutdown, nullptr};
    if (sqlite3_config(SQLITE_CONFIG_MALLOC, &methods) != SQLITE_OK)
        return giveUp();
    // The region lives as long as the process: SQLite may free into it until the very end.
    m.installed.store(true);
    return true;
#else
    return false;
#endif
}

bool SqlitePageMemory::isInstalled()
{
    return memory().installed.load();
}

qint64 SqlitePageMemory::pagesInUse()
{
    return memory().pagesInUse.load(std::memory_order_relaxed);
}

qint64 SqlitePageMemory::bytesTouched()
{
    PageMemory &m = memory();
    const std::lock_guard lock(m.mutex);
    return m.unused - m.begin;
}

} // namespace glossa
