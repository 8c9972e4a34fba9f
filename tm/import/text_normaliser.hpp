#pragma once
// What every imported paragraph goes through: Unicode NFC; each run of white space becomes one space (a
// run of only no-break spaces stays one no-break space, because it keeps "5 000" or "— " together); soft
// hyphens and zero-width characters go; the ends are trimmed. Quotes, apostrophes and dashes stay as
// the author typed them, and letters are never changed (mixed-script words are reported elsewhere).
#include <string>
#include <string_view>

namespace korpu {

// `text` must be valid UTF-8.
std::string normalise_imported_text(std::string_view text);

}  // namespace korpu
