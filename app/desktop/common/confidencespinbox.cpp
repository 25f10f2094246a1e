#include "confidencespinbox.h"

#include <QtMath>

namespace glossa {

namespace {
constexpr int kStep = 5;
constexpr int kNotGiven = -1;
} // namespace

ConfidenceSpinBox::ConfidenceSpinBox(QWidget *parent) : QDoubleSpinBox(parent)
{
    setRange(kNotGiven, 100);
    setDecimals(0);
    setSingleStep(kStep);
    setValue(kNotGiven);
}

void ConfidenceSpinBox::stepBy(int steps)
{
    // QAbstractSpinBox asks for ten steps on PageUp: 50 % at once is too coarse; 25 reads well.
    if (steps == 10 || steps == -10)
        steps = steps / 2;
    const int now = qRound(value());
    int target;
    if (now < 0)
        target = steps > 0 ? (steps - 1) * kStep : kNotGiven;
    else if (steps > 0)
        target = (now / kStep + steps) * kStep; // 37 -> 40, 40 -> 45
    else
        target = ((now + kStep - 1) / kStep + steps) * kStep; // 37 -> 35, 40 -> 35, 0 -> "Not given"
    setValue(target < 0 ? kNotGiven : std::min(target, 100));
    selectAll();
}

QAbstractSpinBox::StepEnabled ConfidenceSpinBox::stepEnabled() const
{
    StepEnabled enabled = StepNone;
    if (value() > minimum())
        enabled |= StepDownEnabled;
    if (value() < maximum())
        enabled |= StepUpEnabled;
    return enabled;
}

} // namespace glossa
