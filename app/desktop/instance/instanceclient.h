#pragma once

#include "handovermessage.h"

namespace glossa {

// The second `glossa`'s end of the hand-over: gives its request to the window listening on
// the library's socket and waits for the answer.
struct InstanceClient
{
    enum class Result {
        Delivered, // the window has the request
        NoWindow,  // nothing listens there (or only a socket file left by a window that is gone)
        Failed,    // something listens but did not take the request (refused, or no answer in time)
    };
    static Result handOver(const QString &socketPath, const HandOverRequest &request, int timeoutMs,
                           QString *why = nullptr);
    // Whether a window listens at \a socketPath (a socket file may outlive its window).
    static bool isAnswered(const QString &socketPath);
};

} // namespace glossa
