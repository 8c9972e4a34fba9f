#pragma once
// The two sides of an aligned pair: the original (source) and its translation (target). Shared by the
// alignment editor, QA findings and the front ends.

namespace korpu {

enum class Side { Source, Target };

}  // namespace korpu
