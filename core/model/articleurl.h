#pragma once

#include <QString>

namespace glossa {

// The form in which two addresses of one web page compare equal: another tool (Hypothesis) names
// the page it annotated by the address the browser showed, which differs from the one the
// library imported by what does not change the page — http or https, the host's case, the
// default port, a trailing slash, the fragment, dot segments, and the tracking parameters that
// campaigns and social sites append (utm_*, fbclid, gclid, …). Other query parameters are kept,
// in their order: they may choose the page.
class ArticleUrl
{
public:
    // The key under which \a url is matched; empty for anything but an http(s) URL with a host.
    static QString matchKey(const QString &url);
    static bool isTrackingParameter(const QString &name);
};

} // namespace glossa
