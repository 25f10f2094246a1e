#include "claimreviewoptions.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QSettings>
#include <QUrl>

namespace glossa {

namespace {

const QLatin1String kName("export/claimReview/organisationName");
const QLatin1String kUrl("export/claimReview/organisationUrl");
const QLatin1String kLogo("export/claimReview/logoUrl");
const QLatin1String kTemplate("export/claimReview/reviewUrlTemplate");

QLineEdit *addressEdit(QWidget *parent, const QString &objectName, const QString &placeholder)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    // An address reads left to right in any interface language.
    edit->setLayoutDirection(Qt::LeftToRight);
    return edit;
}

} // namespace

ClaimReviewOptions::ClaimReviewOptions(QWidget *parent) : QGroupBox(tr("ClaimReview publisher"), parent)
{
    setObjectName(QStringLiteral("claimReviewOptions"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("organisationName"));
    m_name->setPlaceholderText(QString(ClaimReviewPublisher::kDefaultName));
    m_url = addressEdit(this, QStringLiteral("organisationUrl"), QStringLiteral("https://desk.example"));
    m_logo = addressEdit(this, QStringLiteral("logoUrl"), QStringLiteral("https://desk.example/logo.png"));
    m_template = addressEdit(this, QStringLiteral("reviewUrlTemplate"), QStringLiteral("https://desk.example/checks/{id}"));
    m_template->setToolTip(tr("The page where each fact-check is published; {id} stands for the claim's identifier. "
                              "Fact-check search takes no review without it."));

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Organisation:"), m_name);
    form->addRow(tr("Its &website:"), m_url);
    form->addRow(tr("&Logo URL:"), m_logo);
    form->addRow(tr("&Review page:"), m_template);
    setPublisher(saved());
}

ClaimReviewPublisher ClaimReviewOptions::publisher() const
{
    ClaimReviewPublisher publisher;
    publisher.name = m_name->text().simplified();
    publisher.url = m_url->text().trimmed();
    publisher.logo = m_logo->text().trimmed();
    publisher.reviewUrlTemplate = m_template->text().trimmed();
    return publisher;
}

void ClaimReviewOptions::setPublisher(const ClaimReviewPublisher &publisher)
{
    m_name->setText(publisher.name);
    m_url->setText(publisher.url);
    m_logo->setText(publisher.logo);
    m_template->setText(publisher.reviewUrlTemplate);
}

QString ClaimReviewOptions::problem() const
{
    const ClaimReviewPublisher wanted = publisher();
    const auto isAddress = [](const QString &text) {
        const QUrl url(text, QUrl::StrictMode);
        return text.isEmpty()
            || (url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
                && !url.host().isEmpty());
    };
    if (!isAddress(wanted.url))
        return tr("The organisation's website is not a web address (https://…).");
    if (!isAddress(wanted.logo))
        return tr("The logo URL is not a web address (https://…).");
    if (!wanted.reviewUrlTemplate.isEmpty() && !wanted.reviewUrlTemplate.contains(ClaimReviewPublisher::kIdPlaceholder))
        return tr("The review page needs {id} where each claim's identifier goes.");
    if (!wanted.problem().isEmpty())
        return tr("The review page is not a web address (https://…/{id}).");
    return QString();
}

ClaimReviewPublisher ClaimReviewOptions::saved()
{
    const QSettings settings;
    ClaimReviewPublisher publisher;
    publisher.name = settings.value(kName).toString();
    publisher.url = settings.value(kUrl).toString();
    publisher.logo = settings.value(kLogo).toString();
    publisher.reviewUrlTemplate = settings.value(kTemplate).toString();
    return publisher;
}

void ClaimReviewOptions::save() const
{
    const ClaimReviewPublisher current = publisher();
    QSettings settings;
    settings.setValue(kName, current.name);
    settings.setValue(kUrl, current.url);
    settings.setValue(kLogo, current.logo);
    settings.setValue(kTemplate, current.reviewUrlTemplate);
}

} // namespace glossa
