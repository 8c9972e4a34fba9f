#pragma once
// How a bead's review status maps onto XLIFF segment states, both ways. A bead's status says how far its
// pairing (and so its target) has been checked:
//   status      XLIFF 2.0 <segment>                      XLIFF 1.2 <target> and <trans-unit>
//   automatic   state="translated"                       state="translated"
//   review      state="translated" subState="korpu:review"  state="needs-review-translation"
//   confirmed   state="final"                            state="signed-off", approved="yes"
// On import, states written by other tools map to the nearest status (reviewed/final -> confirmed,
// initial/new/needs-* -> review).
#include <optional>
#include <string>

#include "tm/align/bead.hpp"

namespace korpu {

struct Xliff2State {
    std::string state;
    std::string sub_state;  // empty when none
};

Xliff2State xliff2_state(BeadStatus status);
std::string xliff12_state(BeadStatus status);

// Empty when the file gives no state (the bead keeps its status). Throws UsageError for an unknown state.
std::optional<BeadStatus> status_from_xliff2(const std::string& state, const std::string& sub_state);
std::optional<BeadStatus> status_from_xliff12(const std::string& state, const std::string& approved);

}  // namespace korpu
