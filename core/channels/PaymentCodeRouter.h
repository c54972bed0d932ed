#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace pos::channels {

// Which channel a scanned payment code belongs to, by prefix and length. The table starts with
// the published rules and configuration can add to it; a code that matches nothing is refused
// with a clear message, never guessed.
class PaymentCodeRouter
{
public:
    struct Rule
    {
        QString channel;
        QStringList prefixes;
        int minLength = 0;
        int maxLength = 0;
        bool digitsOnly = true;
    };

    PaymentCodeRouter(); // with the default rules
    void addRule(const Rule &rule);
    Result<QString> channelFor(const QString &code) const;
    const std::vector<Rule> &rules() const { return m_rules; }

private:
    std::vector<Rule> m_rules;
};

} // namespace pos::channels
