#pragma once

// qcustomplot.h spells Qt's keywords out (signals, slots, emit, foreach), which QT_NO_KEYWORDS
// switches off for this project: map them to the macro forms for that one header. Include this
// instead of <qcustomplot.h>.
#define signals Q_SIGNALS
#define slots Q_SLOTS
#define emit Q_EMIT
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef signals
#undef slots
#undef emit
#undef foreach
