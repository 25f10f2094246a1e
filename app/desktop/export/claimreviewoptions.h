#pragma once

#include "export/claimreviewexporter.h"

#include <QGroupBox>

class QLineEdit;

namespace glossa {

// The export dialog's ClaimReview options: the organisation that publishes the fact-checks (name,
// site, logo) and the address of each check's page, a template with {id}. Fact-check search
// takes a ClaimReview only with that page's url. Kept in QSettings from one export to the next.
class ClaimReviewOptions : public QGroupBox
{
    Q_OBJECT
public:
    explicit ClaimReviewOptions(QWidget *parent = nullptr);

    ClaimReviewPublisher publisher() const;
    void setPublisher(const ClaimReviewPublisher &publisher);
    // A sentence for the analyst when the options cannot be used; empty when they can.
    QString problem() const;

    // QSettings: read the last export's options, and keep these for the next.
    static ClaimReviewPublisher saved();
    void save() const;

private:
    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_logo;
    QLineEdit *m_template;
};

} // namespace glossa
