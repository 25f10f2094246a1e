#pragma once

#include <QMutex>
#include <QWaitCondition>

#include <deque>
#include <optional>

namespace glossa {

// A first-in first-out hand-over between one producing and one consuming thread, bounded by
// the total cost of what it holds (bytes, say), so a fast producer cannot fill the memory.
// One item is always accepted, whatever its cost, so nothing can be too big to pass.
template <typename T>
class BoundedQueue
{
public:
    explicit BoundedQueue(qint64 capacity) : m_capacity(capacity) {}

    // Waits for room; false when the queue was closed (the item is then dropped).
    bool push(T item, qint64 cost)
    {
        QMutexLocker lock(&m_mutex);
        while (!m_closed && !m_items.empty() && m_cost + cost > m_capacity)
            m_notFull.wait(&m_mutex);
        if (m_closed)
            return false;
        m_items.push_back({std::move(item), cost});
        m_cost += cost;
        m_notEmpty.wakeOne();
        return true;
    }

    // Waits for an item; nothing once the queue is closed and empty.
    std::optional<T> pop()
    {
        QMutexLocker lock(&m_mutex);
        while (m_items.empty() && !m_closed)
            m_notEmpty.wait(&m_mutex);
        if (m_items.empty())
            return std::nullopt;
        Entry entry = std::move(m_items.front());
        m_items.pop_front();
        m_cost -= entry.cost;
        m_notFull.wakeOne();
        return std::move(entry.item);
    }

    // No more pushes: the consumer drains what is left, a waiting producer gives up.
    void close()
    {
        QMutexLocker lock(&m_mutex);
        m_closed = true;
        m_notEmpty.wakeAll();
        m_notFull.wakeAll();
    }

private:
    struct Entry
    {
        T item;
        qint64 cost;
    };
    QMutex m_mutex;
    QWaitCondition m_notEmpty, m_notFull;
    std::deque<Entry> m_items;
    qint64 m_capacity;
    qint64 m_cost = 0;
    bool m_closed = false;
};

} // namespace glossa
