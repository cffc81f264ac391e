#include "jobs/job.h"

#include <QMetaObject>

#include <chrono>
#include <condition_variable>
#include <thread>

namespace mailtls::core {

// The guarded way back: the Job nulls `job` (under the lock) before it is destroyed, so a
// worker never posts to a dead object; events already posted die with it (Qt drops them).
struct JobContext::Link {
    std::mutex mutex;
    Job *job = nullptr;
};

namespace {

struct ThreadCount {
    std::mutex mutex;
    std::condition_variable changed;
    int running = 0;
};

ThreadCount &threads()
{
    static ThreadCount *count = new ThreadCount;   // never destroyed: threads may outlive statics
    return *count;
}

} // namespace

void JobContext::post(std::function<void()> fn) const
{
    std::lock_guard<std::mutex> lock(link_->mutex);
    if (link_->job)
        QMetaObject::invokeMethod(link_->job, std::move(fn), Qt::QueuedConnection);
}

void JobContext::progress(int done, int total) const
{
    std::lock_guard<std::mutex> lock(link_->mutex);
    if (Job *job = link_->job)
        QMetaObject::invokeMethod(job, [job, done, total] { Q_EMIT job->progressChanged(done, total); },
                                  Qt::QueuedConnection);
}

Job::Job(QObject *owner, CancelToken cancel)
    : QObject(owner), cancel_(std::move(cancel)), link_(std::make_shared<JobContext::Link>())
{
    link_->job = this;
}

Job::~Job()
{
    cancel_.cancel();
    std::lock_guard<std::mutex> lock(link_->mutex);
    link_->job = nullptr;
}

void Job::cancel()
{
    cancel_.cancel();
}

Job *Job::run(QObject *owner, std::function<void(JobContext &)> work, std::function<void()> done, CancelToken cancel)
{
    Job *job = new Job(owner, std::move(cancel));
    job->launch([work = std::move(work), done = std::move(done)](JobContext &ctx) {
        work(ctx);
        ctx.post([done] {
            if (done)
                done();
        });
    });
    return job;
}

void Job::launch(std::function<void(JobContext &)> body)
{
    running_ = true;
    {
        std::lock_guard<std::mutex> lock(threads().mutex);
        ++threads().running;
    }
    JobContext context(cancel_, link_);
    std::thread([body = std::move(body), context]() mutable {
        body(context);
        // The last thing the owner's thread hears from this job.
        context.post([link = context.link_] {
            std::unique_lock<std::mutex> lock(link->mutex);
            Job *job = link->job;
            lock.unlock();
            if (job) {
                job->running_ = false;
                Q_EMIT job->finished();
            }
        });
        std::lock_guard<std::mutex> lock(threads().mutex);
        --threads().running;
        threads().changed.notify_all();
    }).detach();
}

int Job::runningThreads()
{
    std::lock_guard<std::mutex> lock(threads().mutex);
    return threads().running;
}

bool Job::waitForAll(int timeoutMs)
{
    std::unique_lock<std::mutex> lock(threads().mutex);
    return threads().changed.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                                      [] { return threads().running == 0; });
}

std::function<bool()> JobSlot::next()
{
    release();
    const quint64 generation = ++generation_;
    // The slot lives as long as its owner, and the owner's objects are the only callers.
    return [this, generation] { return generation == generation_; };
}

void JobSlot::hold(Job *job)
{
    current_ = job;
    QObject::connect(job, &Job::finished, job, &QObject::deleteLater);
}

void JobSlot::finished()
{
    current_.clear();
}

void JobSlot::release()
{
    ++generation_;
    if (current_) {
        current_->cancel();
        finishing_.append(current_);
    }
    current_.clear();
    finishing_.removeAll(QPointer<Job>());
}

void JobSlot::cancelAll()
{
    release();
    for (const QPointer<Job> &job : std::as_const(finishing_))
        if (job)
            job->cancel();
}

int JobSlot::finishingCount() const
{
    int count = 0;
    for (const QPointer<Job> &job : finishing_)
        if (job && job->isRunning())
            ++count;
    return count;
}

} // namespace mailtls::core
