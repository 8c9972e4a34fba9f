#include "tm/import/mixed_script.hpp"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <map>

namespace korpu {
namespace {

bool is_word_character(UChar32 c) { return u_isalpha(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0; }

// The script of a letter; marks and letters used by every script (Common, Inherited) have none.
UScriptCode script_of(UChar32 c) {
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    if (U_FAILURE(status) || script == USCRIPT_COMMON || script == USCRIPT_INHERITED) return USCRIPT_INVALID_CODE;
    return script;
}

std::string utf8(const icu::UnicodeString& text) {
    std::string out;
    text.toUTF8String(out);
    return out;
}

// "Latin o, c in a Cyrillic word"
std::string describe(const icu::UnicodeString& word, UScriptCode main) {
    std::map<UScriptCode, icu::UnicodeString> odd;
    for (int32_t i = 0; i < word.length(); i = word.moveIndex32(i, 1)) {
        const UChar32 c = word.char32At(i);
        const UScriptCode script = script_of(c);
        if (script == USCRIPT_INVALID_CODE || script == main) continue;
        auto& letters = odd[script];
        if (letters.indexOf(c) < 0) {
            if (!letters.isEmpty()) letters.append(u", ");
            letters.append(c);
        }
    }
    std::string detail;
    for (const auto& [script, letters] : odd) {
        if (!detail.empty()) detail += "; ";
        detail += std::string(uscript_getName(script)) + " " + utf8(letters);
    }
    return detail + " in a " + uscript_getName(main) + " word";
}

void check_word(const icu::UnicodeString& word, std::size_t segment, std::vector<ImportFinding>& findings) {
    std::map<UScriptCode, int> letters_per_script;
    for (int32_t i = 0; i < word.length(); i = word.moveIndex32(i, 1)) {
        const UScriptCode script = script_of(word.char32At(i));
        if (script != USCRIPT_INVALID_CODE) ++letters_per_script[script];
    }
    if (letters_per_script.size() < 2) return;
    UScriptCode main = letters_per_script.begin()->first;
    for (const auto& [script, count] : letters_per_script)
        if (count > letters_per_script[main]) main = script;
    findings.push_back({segment, kMixedScriptFinding, utf8(word), describe(word, main)});
}

}  // namespace

std::vector<ImportFinding> find_mixed_script_words(std::string_view text, std::size_t segment) {
    std::vector<ImportFinding> findings;
    const auto unicode = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    int32_t start = -1;
    for (int32_t i = 0; i <= unicode.length(); i = i < unicode.length() ? unicode.moveIndex32(i, 1) : i + 1) {
        const bool inside = i < unicode.length() && is_word_character(unicode.char32At(i));
        if (inside && start < 0) start = i;
        if (!inside && start >= 0) {
            check_word(icu::UnicodeString(unicode, start, i - start), segment, findings);
            start = -1;
        }
    }
    return findings;
}

std::vector<ImportFinding> find_mixed_script_words(const SegmentedDocument& document) {
    std::vector<ImportFinding> findings;
    const auto segments = document.segments();
    for (std::size_t s = 0; s < segments.size(); ++s) {
        auto found = find_mixed_script_words(segments[s], s);
        findings.insert(findings.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
    }
    return findings;
}

}  // namespace korpu
