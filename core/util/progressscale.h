// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

#include <functional>

namespace hoshi {

// Progress counting, once for the CLI and the GUI: turns the (done, total) of one stage into a
// value in [from, to] of an overall scale (percent for the CLI, a progress bar's range for the
// GUI), reports it only when it changes, and asks whether to go on. Usable wherever a
// ProgressCallback is taken.
class ProgressScale
{
public:
    using Report = std::function<void(int value)>;
    using KeepGoing = std::function<bool()>;

    ProgressScale(int from, int to, Report report, KeepGoing keepGoing = {})
        : m_from(from), m_to(to), m_report(std::move(report)), m_keepGoing(std::move(keepGoing))
    {
    }

    // The value for `done` of `total` (total <= 0 counts as finished).
    [[nodiscard]] static int valueOf(qint64 done, qint64 total, int from, int to)
    {
        if (total <= 0 || done >= total)
            return to;
        if (done <= 0)
            return from;
        return from + int(double(done) / double(total) * (to - from));
    }

    bool operator()(qint64 done, qint64 total)
    {
        const int value = valueOf(done, total, m_from, m_to);
        if (value != m_last && m_report) {
            m_last = value;
            m_report(value);
        }
        return !m_keepGoing || m_keepGoing();
    }

private:
    int m_from;
    int m_to;
    int m_last = -1;
    Report m_report;
    KeepGoing m_keepGoing;
};

} // namespace hoshi
