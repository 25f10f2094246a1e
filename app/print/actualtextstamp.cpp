#include "actualtextstamp.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <QSet>

#include <algorithm>
#include <exception>
#include <memory>
#include <string>

namespace glossa {

namespace {

// A PDF text string as hexadecimal UTF-16BE with its byte order mark.
std::string hexUtf16(const QString &text)
{
    std::string hex = "<FEFF";
    hex.reserve(5 + size_t(text.size()) * 4 + 1);
    static const char digits[] = "0123456789ABCDEF";
    for (const QChar c : text) {
        const ushort u = c.unicode();
        hex += digits[(u >> 12) & 0xF];
        hex += digits[(u >> 8) & 0xF];
        hex += digits[(u >> 4) & 0xF];
        hex += digits[u & 0xF];
    }
    return hex + '>';
}

// One page's content stream: operands are held until their operator is known, so a
// `/Span <</MCID n>> BDC` can be written again with its ActualText and an inner ActualText span
// left out with its EMC.
class SpanFilter : public QPDFObjectHandle::TokenFilter
{
public:
    explicit SpanFilter(QStringList texts)
        : m_texts(std::move(texts))
    {
    }

    void handleToken(const QPDFTokenizer::Token &token) override
    {
        if (token.getType() != QPDFTokenizer::tt_word) {
            m_operands.push_back(token);
            return;
        }
        const std::string &op = token.getValue();
        if (op == "BDC") {
            beginMarked(token);
        } else if (op == "BMC") {
            m_open.push_back(Open::Other);
            flush(token);
        } else if (op == "EMC") {
            const Open open = m_open.empty() ? Open::Other : m_open.back();
            if (!m_open.empty())
                m_open.pop_back();
            if (open == Open::Dropped)
                m_operands.clear();
            else
                flush(token);
        } else {
            flush(token);
        }
    }

    void handleEOF() override
    {
        for (const QPDFTokenizer::Token &operand : m_operands)
            writeToken(operand);
        m_operands.clear();
    }

    // Every line of the page given its text, once.
    bool complete() const { return !m_mismatch && m_stamped.size() == m_texts.size(); }

private:
    enum class Open { Line, Dropped, Other };

    void flush(const QPDFTokenizer::Token &op)
    {
        for (const QPDFTokenizer::Token &operand : m_operands)
            writeToken(operand);
        m_operands.clear();
        writeToken(op);
    }

    void beginMarked(const QPDFTokenizer::Token &op)
    {
        std::vector<const QPDFTokenizer::Token *> significant;
        for (const QPDFTokenizer::Token &operand : m_operands) {
            if (operand.getType() != QPDFTokenizer::tt_space && operand.getType() != QPDFTokenizer::tt_comment)
                significant.push_back(&operand);
        }
        const bool span = !significant.empty() && significant.front()->getType() == QPDFTokenizer::tt_name
                          && significant.front()->getValue() == "/Span";
        const bool inLine = std::find(m_open.begin(), m_open.end(), Open::Line) != m_open.end();
        // Cairo's own line span: exactly `/Span << /MCID n >>`.
        if (span && !inLine && significant.size() == 5 && significant[1]->getType() == QPDFTokenizer::tt_dict_open
            && significant[2]->getType() == QPDFTokenizer::tt_name && significant[2]->getValue() == "/MCID"
            && significant[3]->getType() == QPDFTokenizer::tt_integer
            && significant[4]->getType() == QPDFTokenizer::tt_dict_close) {
            const qsizetype mcid = QString::fromStdString(significant[3]->getValue()).toLongLong();
            if (mcid < 0 || mcid >= m_texts.size() || m_stamped.contains(mcid)) {
                m_mismatch = true;
                m_open.push_back(Open::Other);
                flush(op);
                return;
            }
            m_stamped.insert(mcid);
            m_operands.clear();
            write("\n/Span <</MCID " + std::to_string(mcid) + " /ActualText " + hexUtf16(m_texts.at(mcid)) + ">> BDC");
            m_open.push_back(Open::Line);
            return;
        }
        if (span && inLine) {
            for (size_t i = 1; i < significant.size(); ++i) {
                const QPDFTokenizer::Token &key = *significant[i];
                if (key.getType() == QPDFTokenizer::tt_name && key.getValue() == "/ActualText") {
                    m_operands.clear();
                    m_open.push_back(Open::Dropped);
                    return;
                }
            }
        }
        m_open.push_back(Open::Other);
        flush(op);
    }

    const QStringList m_texts;
    std::vector<QPDFTokenizer::Token> m_operands;
    std::vector<Open> m_open;
    QSet<qsizetype> m_stamped;
    bool m_mismatch = false;
};

} // namespace

QByteArray ActualTextStamp::apply(const QByteArray &pdf, const std::vector<QStringList> &texts, QString *error)
{
    try {
        QPDF document;
        document.setSuppressWarnings(true);
        document.processMemoryFile("brief", pdf.constData(), size_t(pdf.size()));
        const std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(document).getAllPages();
        // The layer opens a page after the last one is shown: it may hold one more, empty.
        bool matches = texts.size() >= pages.size();
        for (size_t i = pages.size(); i < texts.size(); ++i)
            matches = matches && texts.at(i).isEmpty();
        if (!matches) {
            if (error)
                *error = tr("The PDF's text layer does not match its pages.");
            return {};
        }
        std::vector<std::shared_ptr<SpanFilter>> filters;
        for (size_t i = 0; i < pages.size(); ++i) {
            filters.push_back(std::make_shared<SpanFilter>(texts.at(i)));
            QPDFPageObjectHelper page = pages.at(i);
            page.addContentTokenFilter(filters.back());
        }
        QPDFWriter writer(document);
        writer.setOutputMemory();
        writer.write();
        for (size_t i = 0; i < filters.size(); ++i) {
            if (!filters.at(i)->complete()) {
                if (error)
                    *error = tr("The PDF's text layer does not match page %1.").arg(i + 1);
                return {};
            }
        }
        const std::shared_ptr<Buffer> written = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(written->getBuffer()), qsizetype(written->getSize()));
    } catch (const std::exception &failure) {
        if (error)
            *error = tr("The PDF's text layer could not be written: %1").arg(QString::fromLocal8Bit(failure.what()));
        return {};
    }
}

} // namespace glossa
