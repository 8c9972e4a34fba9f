#include "tm/qa/finding.hpp"

#include <cstdint>
#include <cstdio>

#include "tm/qa/qa_segment.hpp"

namespace korpu {
namespace {

// FNV-1a, 64-bit (Fowler, Noll, Vo): offset basis and prime from the published parameters.
constexpr std::uint64_t kFnvOffset = 14695981039346656037ULL;
constexpr std::uint64_t kFnvPrime = 1099511628211ULL;

void hash_in(std::uint64_t& hash, std::string_view text) {
    for (const char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= kFnvPrime;
    }
    hash ^= 0xFF;  // a separator byte that UTF-8 text never contains
    hash *= kFnvPrime;
}

}  // namespace

const char* to_string(Severity severity) noexcept { return severity == Severity::Error ? "error" : "warning"; }
const char* to_string(Side side) noexcept { return side == Side::Source ? "source" : "target"; }

std::string finding_key(const Finding& finding, const QaSegment& segment) {
    std::uint64_t hash = kFnvOffset;
    hash_in(hash, finding.check);
    hash_in(hash, segment.source);
    hash_in(hash, segment.target);
    hash_in(hash, to_string(finding.side));
    hash_in(hash, std::to_string(finding.begin) + "-" + std::to_string(finding.end));
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
    return finding.check + ":" + hex;
}

}  // namespace korpu
