#pragma once
// How an anchor is stored in an AlignmentUnit: its id in the document pair's vocabulary and its kind.
#include <cstdint>

namespace korpu {

// What an anchor says about a pair of segments that share it.
enum class AnchorKind : std::uint32_t {
    Cognate = 0,  // a long common word with the same skeleton: a possible cognate ("parlament", "парламент")
    Strong = 1,   // a number, month, name or acronym, which a translation almost always keeps
    Translation = 2,  // a lexicon entry, which a word and its translation share
};
// An anchor id shifted left by two, the low bits its kind. Codes sort by id.
using AnchorCode = std::uint32_t;
inline constexpr AnchorCode anchor_code(std::uint32_t id, AnchorKind kind) {
    return (id << 2) | static_cast<std::uint32_t>(kind);
}
inline constexpr std::uint32_t anchor_id(AnchorCode code) { return code >> 2; }
inline constexpr AnchorKind anchor_kind(AnchorCode code) { return static_cast<AnchorKind>(code & 3U); }

}  // namespace korpu
