#include "tm/import/text_normaliser.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "tm/core/error.hpp"

namespace korpu {
namespace {

// Invisible characters that only steer line breaking or joining: web pages and word processors leave
// them inside words (real corpora contain U+200B), where they split words for search, spelling and the
// translation memory. SOFT HYPHEN, ZERO WIDTH SPACE, ZERO WIDTH NON-JOINER, ZERO WIDTH JOINER, WORD
// JOINER, ZERO WIDTH NO-BREAK SPACE (a byte-order mark inside the text).
bool is_removed(UChar32 c) {
    return c == 0x00AD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
}

// NO-BREAK SPACE, FIGURE SPACE, NARROW NO-BREAK SPACE.
bool is_no_break_space(UChar32 c) { return c == 0x00A0 || c == 0x2007 || c == 0x202F; }

}  // namespace

std::string normalise_imported_text(std::string_view text) {
    const auto input = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    icu::UnicodeString cleaned;
    bool in_space = false;
    bool space_breaks = false;  // the current run of white space holds a breaking space
    UChar32 first_space = 0;
    auto end_space_run = [&] {
        if (in_space && !cleaned.isEmpty()) cleaned.append(space_breaks ? UChar32(' ') : first_space);
        in_space = false;
        space_breaks = false;
    };
    for (int32_t i = 0; i < input.length(); i = input.moveIndex32(i, 1)) {
        const UChar32 c = input.char32At(i);
        if (is_removed(c)) continue;
        if (u_isUWhiteSpace(c)) {
            if (!in_space) first_space = c;
            in_space = true;
            space_breaks = space_breaks || !is_no_break_space(c);
            continue;
        }
        end_space_run();
        cleaned.append(c);
    }
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) throw Error(std::string("ICU cannot load NFC normalisation data: ") + u_errorName(status));
    const icu::UnicodeString normalised = nfc->normalize(cleaned, status);
    if (U_FAILURE(status)) throw Error(std::string("ICU cannot normalise text: ") + u_errorName(status));
    std::string out;
    normalised.toUTF8String(out);
    return out;
}

}  // namespace korpu
