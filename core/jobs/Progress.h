#pragma once
// How long-running core and inference code reports progress and learns it should stop,
// without knowing about threads or widgets. The JobRunner supplies a live one; callers
// with nothing to report pass Progress::none().

#include <QString>
#include <atomic>
#include <functional>
#include <memory>

namespace ns::jobs {

class CancelToken {
public:
    CancelToken() : m_flag(std::make_shared<std::atomic_bool>(false)) {}
    void cancel() const { m_flag->store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_flag->load(std::memory_order_relaxed); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

class Progress {
public:
    using Reporter = std::function<void(double fraction, const QString& message)>;

    Progress() = default;
    Progress(Reporter reporter, CancelToken token) : m_reporter(std::move(reporter)), m_token(std::move(token)) {}
    static Progress none() { return {}; }

    // fraction in [0, 1]; message is user-visible (already translated).
    void report(double fraction, const QString& message = {}) const
    {
        if (m_reporter)
            m_reporter(fraction, message);
    }
    bool isCancelled() const { return m_token.isCancelled(); }
    const CancelToken& token() const { return m_token; }

private:
    Reporter m_reporter;
    CancelToken m_token;
};

} // namespace ns::jobs
