#pragma once

namespace korpu {

inline constexpr const char* kProgramName = "Körpü";
inline constexpr const char* kProgramVersion = "0.1.0";

}  // namespace korpu
