#include "startpage.h"

#include <QAction>
#include <QDir>
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
    auto* forget = new QAction(tr("&Remove from the list"), m_recent);
    forget->setObjectName(QStringLiteral("forgetRecentAction"));
    forget->setShortcut(QKeySequence::Delete);
    forget->setShortcutContext(Qt::WidgetShortcut);
    m_recent->addAction(forget);
    m_recent->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(forget, &QAction::triggered, this, [this] {
        if (QListWidgetItem* item = m_recent->currentItem())
            Q_EMIT forgetRequested(item->data(Qt::UserRole).toString());
    });
}

void StartPage::setRecentFiles(const QStringList& paths)
{
    m_recent->clear();
    m_recent->setVisible(!paths.isEmpty());
    m_recentLabel->setText(
        paths.isEmpty() ? tr("No office file opened yet. Create one, or try the demo office.")
                        : tr("Recent office files (double-click or Enter to open, Delete "
                             "to remove from the list):"));
    const QColor missing = palette().color(QPalette::Disabled, QPalette::Text);
    for (const QString& path : paths) {
        const QString shown =
            QFileInfo(path).fileName() + QStringLiteral("  —  ") + QDir::toNativeSeparators(path);
        auto* item = new QListWidgetItem(m_recent);
        item->setData(Qt::UserRole, path);
        if (QFileInfo::exists(path)) {
            item->setText(shown);
            item->setToolTip(QDir::toNativeSeparators(path));
        } else {
            item->setText(tr("%1  (file not found)").arg(shown));
            item->setToolTip(tr("%1 is no longer there: it was moved, renamed or deleted, or "
                                "its drive is not connected.")
                                 .arg(QDir::toNativeSeparators(path)));
            item->setForeground(missing);
        }
    }
    m_recent->setCurrentRow(0);
}

} // namespace dd::ui
