#include "tm/import/detail/cyrillic_guess.hpp"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <array>

namespace korpu::detail {
namespace {

// Enough text to tell the encodings apart; the rest of a large file adds nothing (a page of Russian
// has about 2,000 letters, and the three decodings differ on every one of them).
constexpr std::size_t kSampleBytes = 256 * 1024;

// In Russian text, almost every word with bytes above 0x7F consists of them; in Western European 8-bit
// text (Latin-1, where "é" reads as Cyrillic "й" in Windows-1251) they are a letter or two inside ASCII
// words. Below this share of such letters within their words, the text is not Cyrillic.
constexpr double kMinHighLetterShare = 0.6;

// Frequency of the lowercase Russian letters а..я in thousandths, from the Russian National Corpus
// (O. Lyashevskaya, S. Sharov, "Frequency dictionary of modern Russian", 2009; the table quoted by
// Wikipedia's "Частотность букв русского языка"). ё is counted with е.
constexpr std::array<double, 32> kRussianLetterFrequency = {
    80.1, 15.9, 45.4, 17.0, 29.8, 84.5, 9.4, 16.5, 73.5, 12.1, 34.9, 44.0, 32.1, 67.0, 109.7, 28.1,
    47.3, 54.7, 62.6, 26.2, 2.6,  9.7,  4.8, 14.4, 7.3,  3.6,  0.4,  19.0, 17.4, 3.2,  6.4,   20.1};

constexpr const char* kCandidates[] = {"windows-1251", "KOI8-R", "IBM866"};

bool is_word_byte(unsigned char byte) {
    return byte >= 0x80 || (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z');
}

// Whether the bytes above 0x7F make up whole words, as they do in any 8-bit Cyrillic text.
bool high_bytes_form_words(std::string_view sample) {
    std::size_t high_letters = 0;
    std::size_t letters_of_those_words = 0;
    std::size_t i = 0;
    while (i < sample.size()) {
        if (!is_word_byte(static_cast<unsigned char>(sample[i]))) {
            ++i;
            continue;
        }
        std::size_t high = 0;
        const std::size_t start = i;
        for (; i < sample.size() && is_word_byte(static_cast<unsigned char>(sample[i])); ++i)
            high += static_cast<unsigned char>(sample[i]) >= 0x80;
        if (high > 0) {
            high_letters += high;
            letters_of_those_words += i - start;
        }
    }
    return high_letters > 0 &&
           static_cast<double>(high_letters) >= kMinHighLetterShare * static_cast<double>(letters_of_those_words);
}

// How Russian the decoded text looks: the summed frequency of its Cyrillic letters, with capitals
// (which a wrong decoding between KOI8-R and Windows-1251 produces in bulk) counted at half weight.
double russian_score(const icu::UnicodeString& text) {
    double score = 0;
    for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
        const UChar32 c = text.char32At(i);
        if (c < 0x80 || !u_isalpha(c)) continue;
        UErrorCode status = U_ZERO_ERROR;
        if (uscript_getScript(c, &status) != USCRIPT_CYRILLIC) continue;
        UChar32 lower = u_tolower(c);
        if (lower == 0x0451) lower = 0x0435;  // ё as е
        if (lower < 0x0430 || lower > 0x044F) continue;
        const double weight = kRussianLetterFrequency[static_cast<std::size_t>(lower - 0x0430)];
        score += u_islower(c) ? weight : weight / 2;
    }
    return score;
}

}  // namespace

std::optional<std::string> guess_cyrillic_encoding(std::string_view bytes) {
    const auto sample = bytes.substr(0, kSampleBytes);
    if (!high_bytes_form_words(sample)) return std::nullopt;
    std::optional<std::string> best;
    double best_score = 0;
    for (const char* candidate : kCandidates) {
        const icu::UnicodeString text(sample.data(), static_cast<int32_t>(sample.size()), candidate);
        const double score = russian_score(text);
        if (score > best_score) {
            best_score = score;
            best = candidate;
        }
    }
    return best;
}

}  // namespace korpu::detail
