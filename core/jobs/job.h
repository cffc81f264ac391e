#pragma once

// The one way the project runs work off a thread that must not wait (the GUI thread above all):
//
//     Job::start<Report>(this, [options](JobContext &ctx) { return runSession(options, ctx); },
//                        [this](const Report &report) { show(report); });
//
// `work` runs on a thread of its own; `done` runs later on the thread that owns `owner` (the
// GUI thread), through its event loop. JobContext::post() hands anything else back the same
// way (a transcript line as it happens, progress). The Job is a child of `owner`: when the
// owner goes, or cancel() is called, the work's CancelToken fires (every network wait in core
// watches it, so the work ends within one poll) and nothing reaches the owner any more.
// A dropped job's thread finishes on its own; Job::waitForAll() lets main() wait for every
// such thread (bounded) before the process exits, so a practice server or an autosave that is
// still stopping or writing completes.

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <mutex>

#include "base/cancel_token.h"

namespace mailtls::core {

class Job;

// What the work function gets: its cancellation, and the way back to the starting thread.
class JobContext
{
public:
    const CancelToken &cancelToken() const { return cancel_; }
    bool isCancelled() const { return cancel_.isCancelled(); }
    // Runs `fn` on the owner's thread, in the order posted, unless the job was dropped first.
    void post(std::function<void()> fn) const;
    // Emits Job::progressChanged(done, total) on the owner's thread.
    void progress(int done, int total) const;

private:
    friend class Job;
    struct Link;
    JobContext(CancelToken cancel, std::shared_ptr<Link> link) : cancel_(std::move(cancel)), link_(std::move(link)) {}
    CancelToken cancel_;
    std::shared_ptr<Link> link_;
};

class Job : public QObject
{
    Q_OBJECT
public:
    // Starts `work` on a new thread. `done` receives its result on owner's thread. Both may be
    // long (an interactive session runs for as long as the user types). `cancel`: the token the
    // work watches, when the caller needs it before the work starts (to wake it, say).
    template <typename R>
    static Job *start(QObject *owner, std::function<R(JobContext &)> work, std::function<void(const R &)> done = {},
                      CancelToken cancel = CancelToken())
    {
        Job *job = new Job(owner, std::move(cancel));
        job->launch([work = std::move(work), done = std::move(done)](JobContext &ctx) {
            R result = work(ctx);
            ctx.post([done, result = std::move(result)] {
                if (done)
                    done(result);
            });
        });
        return job;
    }
    // The same for work without a result.
    static Job *run(QObject *owner, std::function<void(JobContext &)> work, std::function<void()> done = {},
                    CancelToken cancel = CancelToken());

    // Cancels, and drops the link: nothing the work posts afterwards reaches the owner.
    ~Job() override;

    // Fires the work's CancelToken. Thread-safe. The job still finishes (finished() follows)
    // when the work returns, which is within one network wait for core's engines.
    void cancel();
    CancelToken cancelToken() const { return cancel_; }
    bool isRunning() const { return running_; }

    // Threads of jobs that are still running (also those whose Job object is gone).
    static int runningThreads();
    // Waits up to timeoutMs for every job thread to end; false when some still run. For main()
    // after the event loop has returned; never call it from a thread with work to do.
    static bool waitForAll(int timeoutMs);

Q_SIGNALS:
    void progressChanged(int done, int total);
    // After `done` ran (or would have): the work has returned.
    void finished();

private:
    Job(QObject *owner, CancelToken cancel);
    void launch(std::function<void(JobContext &)> body);

    CancelToken cancel_;
    std::shared_ptr<JobContext::Link> link_;
    bool running_ = false;
};

// The one job a controller runs at a time (a session, a scan): starting another or cancelling
// drops the current one, whose later reports are then ignored (each start gets a new
// generation), and remembers dropped jobs until their threads end (for tests and shutdown).
// Lives on the owner's thread; not thread-safe.
class JobSlot
{
public:
    // A new generation; the returned predicate is true while it is still the current one.
    // Wrap every report of the job that is about to start in it.
    std::function<bool()> next();
    // The job just started for the generation next() opened. Deleted when it has finished.
    void hold(Job *job);
    Job *current() const { return current_; }
    bool isBusy() const { return current_ != nullptr; }
    // The current job's work has returned: the slot is free (the Job object deletes itself).
    void finished();
    // Cancels the current job and stops listening to it.
    void release();
    // release(), and cancel every dropped job still running.
    void cancelAll();
    // Dropped jobs whose threads have not ended yet.
    int finishingCount() const;

private:
    quint64 generation_ = 0;
    QPointer<Job> current_;
    QList<QPointer<Job>> finishing_;
};

} // namespace mailtls::core
