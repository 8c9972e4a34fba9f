#pragma once
// Long work (import, alignment, export) on a worker thread, while the window shows its progress with a
// Cancel button and keeps repainting. The work reports progress through a Progress object and stops
// when it sees the user cancelled (Progress::check throws Cancelled).
#include <wx/string.h>
#include <wx/window.h>

#include <atomic>
#include <cstddef>
#include <functional>
#include <mutex>
#include <string>

namespace korpu::editor {

// Thrown inside the work when the user pressed Cancel.
struct Cancelled {};

class Progress {
  public:
    // Sets what is being done, and how far it is (total 0: unknown). Throws Cancelled after Cancel.
    void report(const wxString& stage, std::size_t done = 0, std::size_t total = 0);
    void check() const;

    // For the window's side.
    void cancel() noexcept { cancelled_ = true; }
    bool cancelled() const noexcept { return cancelled_; }
    wxString stage() const;
    std::size_t done() const noexcept { return done_; }
    std::size_t total() const noexcept { return total_; }

  private:
    mutable std::mutex mutex_;
    wxString stage_;
    std::atomic<std::size_t> done_{0};
    std::atomic<std::size_t> total_{0};
    std::atomic<bool> cancelled_{false};
};

enum class JobResult { Done, Cancelled, Failed };

// Runs `work` on a worker thread and waits for it with a progress dialog. On Failed, `error` holds the
// message of what the work threw.
JobResult run_job(wxWindow* parent, const wxString& title, const std::function<void(Progress&)>& work, wxString& error);

}  // namespace korpu::editor
