#pragma once

#include "dayend/DayEndTasks.h"

#include <QWidget>

#include <optional>

class QPushButton;
class QTableWidget;

namespace pos::ui {

// The terminal's closed days, newest first, with whether head office has each Z yet. Opening
// one shows its stored snapshot (to reprint or export it).
class ZHistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ZHistoryPanel(QWidget *parent = nullptr);

    void showHistory(const std::vector<ZHistoryEntry> &entries);
    std::optional<QDate> selectedDate() const;

    QTableWidget *table() const { return m_table; }
    QPushButton *openButton() const { return m_open; }

signals:
    void openRequested(const QDate &businessDate);

private:
    void requestOpen();

    QTableWidget *m_table;
    QPushButton *m_open;
};

} // namespace pos::ui
