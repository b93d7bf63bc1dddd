#include "startpage.h"

#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace dd::ui {

StartPage::StartPage(QWidget* parent)
    : QWidget(parent), m_recentLabel(new QLabel(this)), m_recent(new QListWidget(this))
{
    setMaximumWidth(900);
    setObjectName(QStringLiteral("startPage"));
    m_recent->setObjectName(QStringLiteral("recentList"));
    auto* title =
        new QLabel(tr("<h1>DeputyDesk</h1><p>Workbench of the street people's congress "
                      "work committee. One file per street office, kept on this computer.</p>"),
                   this);
    title->setWordWrap(true);
    auto* newButton = new QPushButton(tr("&New office file…"), this);
    auto* openButton = new QPushButton(tr("&Open office file…"), this);
    auto* demoButton = new QPushButton(tr("Open the &demo office"), this);
    newButton->setObjectName(QStringLiteral("newButton"));
    openButton->setObjectName(QStringLiteral("openButton"));
    demoButton->setObjectName(QStringLiteral("demoButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    for (QPushButton* b : {newButton, openButton, demoButton})
        layout->addWidget(b, 0, Qt::AlignLeft);
    layout->addSpacing(16);
    layout->addWidget(m_recentLabel);
    layout->addWidget(m_recent, 1);
    layout->addStretch(0);
    layout->setContentsMargins(48, 32, 48, 32);

    connect(newButton, &QPushButton::clicked, this, &StartPage::newRequested);
    connect(openButton, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(demoButton, &QPushButton::clicked, this, &StartPage::demoRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT recentRequested(item->data(Qt::UserRole).toString());
    });
}

void StartPage::setRecentFiles(const QStringList& paths)
{
    m_recent->clear();
    m_recent->setVisible(!paths.isEmpty());
    m_recentLabel->setText(
        paths.isEmpty() ? tr("No office file opened yet. Create one, or try the demo office.")
                        : tr("Recent office files (double-click or Enter to open):"));
    for (const QString& path : paths) {
        auto* item = new QListWidgetItem(
            QFileInfo(path).fileName() + QStringLiteral("  —  ") + path, m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
}

} // namespace dd::ui
