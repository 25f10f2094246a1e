#pragma once

#include <QDoubleSpinBox>

namespace glossa {

// A claim's confidence in whole percent, or "Not given" (the value -1). The arrows and the
// keys step on round figures (0, 5, 10 … 100, PageUp/PageDown by 25), from "Not given" to 0
// first, and a typed 37 steps to 40 or 35: never to 4, 9, 14 as a plain step from -1 would.
class ConfidenceSpinBox : public QDoubleSpinBox
{
    Q_OBJECT
public:
    explicit ConfidenceSpinBox(QWidget *parent = nullptr);

    void stepBy(int steps) override;

protected:
    StepEnabled stepEnabled() const override;
};

} // namespace glossa
