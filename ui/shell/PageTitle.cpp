#include "shell/PageTitle.h"

#include <QLabel>

namespace pos::ui {

QLabel *pageTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSize(font.pointSize() + 3);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

} // namespace pos::ui
