#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace pos::ui {

// The bold, larger heading of a dialog page (wraps when long).
QLabel *pageTitle(const QString &text, QWidget *parent);

} // namespace pos::ui
