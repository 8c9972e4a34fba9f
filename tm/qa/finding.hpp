#pragma once
// What a QA check reports: which check, how serious, a message for the reviewer, and the exact span.
#include <cstddef>
#include <string>

#include "tm/core/side.hpp"

namespace korpu {

enum class Severity { Error, Warning };

const char* to_string(Severity severity) noexcept;
const char* to_string(Side side) noexcept;

struct Finding {
    std::string check;  // stable id of the check ("number-mismatch")
    Severity severity = Severity::Warning;
    std::string message;
    std::size_t segment = 0;  // index into the checked segments
    Side side = Side::Target;
    std::size_t begin = 0;  // byte span in that side's text; begin == end marks a position
    std::size_t end = 0;
    std::string key;  // stable across runs while the segment's text is unchanged (see finding_key)
    bool accepted = false;
};

struct QaSegment;

// "<check>:<16 hex digits>", a 64-bit FNV-1a hash of the check, both texts, the side and the span: it
// survives re-running QA, re-aligning and reordering, and changes when the translator edits the pair.
std::string finding_key(const Finding& finding, const QaSegment& segment);

}  // namespace korpu
