#include "app/editor/worker_job.hpp"

#include <wx/progdlg.h>
#include <wx/utils.h>

#include <exception>
#include <thread>

#include "app/editor/translate.hpp"

namespace korpu::editor {
namespace {

// How often the dialog looks at the work's progress: often enough to look smooth, rarely enough to cost
// nothing.
constexpr unsigned long kPollMs = 40;
// The dialog's gauge range.
constexpr int kGaugeRange = 1000;

}  // namespace

void Progress::report(const wxString& stage, std::size_t done, std::size_t total) {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stage_ = stage;
    }
    done_ = done;
    total_ = total;
    check();
}

void Progress::check() const {
    if (cancelled_) throw Cancelled{};
}

wxString Progress::stage() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return stage_;
}

JobResult run_job(wxWindow* parent, const wxString& title, const std::function<void(Progress&)>& work,
                  wxString& error) {
    Progress progress;
    std::atomic<bool> finished{false};
    std::exception_ptr failure;
    bool cancelled = false;
    std::thread worker([&] {
        try {
            work(progress);
        } catch (const Cancelled&) {
            cancelled = true;
        } catch (...) {
            failure = std::current_exception();
        }
        finished = true;
    });
    {
        wxProgressDialog dialog(title, tr("Starting..."), kGaugeRange, parent,
                                wxPD_APP_MODAL | wxPD_CAN_ABORT | wxPD_ELAPSED_TIME | wxPD_SMOOTH);
        while (!finished) {
            const auto total = progress.total();
            const auto stage = progress.stage();
            const bool go_on = total > 0 ? dialog.Update(static_cast<int>(progress.done() * kGaugeRange / total), stage)
                                         : dialog.Pulse(stage);
            if (!go_on) progress.cancel();
            wxMilliSleep(kPollMs);
        }
    }
    worker.join();
    if (cancelled) return JobResult::Cancelled;
    if (failure) {
        try {
            std::rethrow_exception(failure);
        } catch (const std::exception& e) {
            error = wxString::FromUTF8(e.what());
        } catch (...) {
            error = tr("an unknown error");
        }
        return JobResult::Failed;
    }
    return JobResult::Done;
}

}  // namespace korpu::editor
