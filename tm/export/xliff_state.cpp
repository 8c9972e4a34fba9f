#include "tm/export/xliff_state.hpp"

#include "tm/core/error.hpp"

namespace korpu {
namespace {

constexpr const char* kReviewSubState = "korpu:review";

}  // namespace

Xliff2State xliff2_state(BeadStatus status) {
    switch (status) {
        case BeadStatus::Automatic:
            return {"translated", ""};
        case BeadStatus::NeedsReview:
            return {"translated", kReviewSubState};
        case BeadStatus::Confirmed:
            return {"final", ""};
    }
    return {"translated", ""};
}

std::string xliff12_state(BeadStatus status) {
    switch (status) {
        case BeadStatus::Automatic:
            return "translated";
        case BeadStatus::NeedsReview:
            return "needs-review-translation";
        case BeadStatus::Confirmed:
            return "signed-off";
    }
    return "translated";
}

std::optional<BeadStatus> status_from_xliff2(const std::string& state, const std::string& sub_state) {
    if (state.empty())
        return std::nullopt;
    if (state == "final" || state == "reviewed")
        return BeadStatus::Confirmed;
    if (state == "initial")
        return BeadStatus::NeedsReview;
    if (state == "translated")
        return sub_state == kReviewSubState ? BeadStatus::NeedsReview : BeadStatus::Automatic;
    throw UsageError("unknown XLIFF 2.0 segment state \"" + state + "\"");
}

std::optional<BeadStatus> status_from_xliff12(const std::string& state, const std::string& approved) {
    if (approved == "yes" || state == "signed-off" || state == "final")
        return BeadStatus::Confirmed;
    if (state.empty())
        return std::nullopt;
    if (state == "translated")
        return BeadStatus::Automatic;
    if (state == "new" || state.rfind("needs-", 0) == 0)
        return BeadStatus::NeedsReview;
    throw UsageError("unknown XLIFF 1.2 target state \"" + state + "\"");
}

}  // namespace korpu
