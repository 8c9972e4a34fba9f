#include "tm/import/encoding.hpp"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <cstdio>
#include <memory>
#include <optional>
#include <vector>

#include "tm/core/error.hpp"
#include "tm/import/detail/cyrillic_guess.hpp"
#include "tm/import/utf8_check.hpp"

namespace korpu {
namespace {

// ICU's charset detector rates its guesses 0..100. Below 50 its guesses for short texts swap
// Latin-1, Windows-1252 and ISO-8859-2 freely (ICU's own documentation warns that low values
// are guesses); from 50 up it has been right on every UTF-16 and Western European fixture we tried.
constexpr int32_t kMinDetectorConfidence = 50;

// ICU's detector looks at this much; more only costs time.
constexpr std::size_t kDetectorSampleBytes = 64 * 1024;

// Characters converted per step when decoding, so that a large file needs no second full-size buffer.
constexpr std::size_t kDecodeChunk = 64 * 1024;

struct ConverterCloser {
    void operator()(UConverter* converter) const noexcept { ucnv_close(converter); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

struct DetectorCloser {
    void operator()(UCharsetDetector* detector) const noexcept { ucsdet_close(detector); }
};

std::optional<std::string> known_encoding(std::string_view name) {
    if (name.empty()) return std::nullopt;
    const std::string wanted(name);
    UErrorCode status = U_ZERO_ERROR;
    const Converter converter(ucnv_open(wanted.c_str(), &status));
    if (U_FAILURE(status) || !converter) return std::nullopt;
    const char* internal = ucnv_getName(converter.get(), &status);
    if (U_FAILURE(status)) return std::nullopt;
    for (const char* standard : {"MIME", "IANA"}) {
        UErrorCode lookup = U_ZERO_ERROR;
        const char* standard_name = ucnv_getStandardName(internal, standard, &lookup);
        if (U_SUCCESS(lookup) && standard_name) return std::string(standard_name);
    }
    return std::string(internal);
}

bool is_utf16_or_32(std::string_view name) { return name.substr(0, 6) == "UTF-16" || name.substr(0, 6) == "UTF-32"; }

std::optional<TextEncoding> from_byte_order_mark(std::string_view bytes) {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") return TextEncoding{"UTF-8", EncodingEvidence::ByteOrderMark};
    if (bytes.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4)) return std::nullopt;  // UTF-32LE: not ours
    if (bytes.substr(0, 2) == "\xFF\xFE") return TextEncoding{"UTF-16LE", EncodingEvidence::ByteOrderMark};
    if (bytes.substr(0, 2) == "\xFE\xFF") return TextEncoding{"UTF-16BE", EncodingEvidence::ByteOrderMark};
    return std::nullopt;
}

// UTF-16 text without a byte-order mark: every ASCII character (spaces, digits, punctuation, Latin
// letters) has a NUL byte on the same side of its code unit, and no character has one on the other side.
// Binary data has NUL bytes on both sides. Russian text has at least one space in ten characters.
constexpr double kMinUtf16NulShare = 0.05;

std::optional<TextEncoding> from_utf16_nul_pattern(std::string_view bytes) {
    const auto sample = bytes.substr(0, kDetectorSampleBytes & ~std::size_t{1});
    std::size_t nul_even = 0;
    std::size_t nul_odd = 0;
    for (std::size_t i = 0; i + 1 < sample.size(); i += 2) {
        nul_even += sample[i] == '\0';
        nul_odd += sample[i + 1] == '\0';
    }
    const double units = static_cast<double>(sample.size() / 2);
    if (nul_even == 0 && static_cast<double>(nul_odd) >= kMinUtf16NulShare * units)
        return TextEncoding{"UTF-16LE", EncodingEvidence::Utf16NulPattern};
    if (nul_odd == 0 && static_cast<double>(nul_even) >= kMinUtf16NulShare * units)
        return TextEncoding{"UTF-16BE", EncodingEvidence::Utf16NulPattern};
    return std::nullopt;
}

struct DetectorGuess {
    std::string name;
    int32_t confidence = 0;
};

std::optional<DetectorGuess> ask_icu_detector(std::string_view bytes) {
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
    if (U_FAILURE(status)) return std::nullopt;
    const auto sample = bytes.substr(0, kDetectorSampleBytes);
    ucsdet_setText(detector.get(), sample.data(), static_cast<int32_t>(sample.size()), &status);
    const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
    if (U_FAILURE(status) || !match) return std::nullopt;
    DetectorGuess guess;
    const char* name = ucsdet_getName(match, &status);
    guess.confidence = ucsdet_getConfidence(match, &status);
    if (U_FAILURE(status) || !name) return std::nullopt;
    guess.name = name;
    return guess;
}

struct Utf8Survey {
    std::size_t valid_multibyte = 0;
    std::size_t invalid = 0;
};

Utf8Survey survey_utf8(std::string_view bytes) {
    const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
    const auto length = static_cast<int32_t>(std::min<std::size_t>(bytes.size(), INT32_MAX));
    Utf8Survey survey;
    int32_t offset = 0;
    while (offset < length) {
        const int32_t start = offset;
        UChar32 c;
        U8_NEXT(data, offset, length, c);
        if (c < 0) {
            ++survey.invalid;
        } else if (offset - start > 1) {
            ++survey.valid_multibyte;
        }
    }
    return survey;
}

struct BytePosition {
    std::size_t line = 1;
    std::size_t column = 1;
};

// Line and byte-in-line of an offset in ASCII-compatible bytes.
BytePosition position_of(std::string_view bytes, std::size_t offset) {
    BytePosition position;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes[i] == '\n') {
            ++position.line;
            line_start = i + 1;
        }
    }
    position.column = offset - line_start + 1;
    return position;
}

std::string hex_byte(unsigned char byte) {
    char text[8];
    std::snprintf(text, sizeof text, "0x%02X", byte);
    return text;
}

[[noreturn]] void throw_undetected(std::string_view bytes, const std::filesystem::path& file) {
    const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
    const auto length = static_cast<int32_t>(std::min<std::size_t>(bytes.size(), INT32_MAX));
    int32_t offset = 0;
    while (offset < length) {
        const int32_t start = offset;
        UChar32 c;
        U8_NEXT(data, offset, length, c);
        if (c < 0) {
            const auto position = position_of(bytes, static_cast<std::size_t>(start));
            throw InputError(file, position.line, position.column,
                             "not UTF-8 (byte " + hex_byte(data[start]) + " at byte " +
                                 std::to_string(position.column) +
                                 " of the line), and its encoding cannot be recognised: name it with --encoding");
        }
    }
    throw InputError(file, "its encoding cannot be recognised: name it with --encoding");
}

[[noreturn]] void throw_binary(std::string_view bytes, const std::filesystem::path& file) {
    const auto position = position_of(bytes, bytes.find('\0'));
    throw InputError(file, position.line, position.column, "binary data (a NUL byte), not a text document");
}

// Appends UTF-16 code units as UTF-8.
void append_utf8(std::string& out, const UChar* units, int32_t count) {
    icu::UnicodeString(false, units, count).toUTF8String(out);
}

}  // namespace

const char* to_string(EncodingEvidence evidence) noexcept {
    switch (evidence) {
        case EncodingEvidence::Forced: return "named with --encoding";
        case EncodingEvidence::ByteOrderMark: return "byte-order mark";
        case EncodingEvidence::Declaration: return "declared by the document";
        case EncodingEvidence::ValidUtf8: return "valid UTF-8";
        case EncodingEvidence::CyrillicLetterFrequencies: return "Cyrillic letter frequencies";
        case EncodingEvidence::CharsetDetector: return "ICU charset detector";
        case EncodingEvidence::Utf16NulPattern: return "NUL bytes where UTF-16 has them";
    }
    return "unknown";
}

std::string TextEncoding::description() const { return name + " (" + to_string(evidence) + ")"; }

std::string standard_encoding_name(std::string_view name) {
    if (auto known = known_encoding(name)) return *known;
    throw UsageError("unknown encoding '" + std::string(name) + "' (try UTF-8, UTF-16, windows-1251, KOI8-R, CP866)");
}

TextEncoding detect_encoding(std::string_view bytes, std::string_view declared, const std::filesystem::path& file) {
    if (auto marked = from_byte_order_mark(bytes)) return *marked;
    if (auto named = known_encoding(declared); named && !is_utf16_or_32(*named))
        return {*named, EncodingEvidence::Declaration};
    if (bytes.find('\0') != std::string_view::npos) {
        const auto guess = ask_icu_detector(bytes);
        if (guess && guess->confidence >= kMinDetectorConfidence && is_utf16_or_32(guess->name))
            return {standard_encoding_name(guess->name), EncodingEvidence::CharsetDetector};
        if (auto utf16 = from_utf16_nul_pattern(bytes)) return *utf16;
        throw_binary(bytes, file);
    }
    const auto survey = survey_utf8(bytes);
    // Mostly UTF-8 with a few bad bytes is a damaged UTF-8 file: decoding it reports where.
    if (survey.invalid == 0 || survey.valid_multibyte > survey.invalid) return {"UTF-8", EncodingEvidence::ValidUtf8};
    if (auto cyrillic = detail::guess_cyrillic_encoding(bytes))
        return {*cyrillic, EncodingEvidence::CyrillicLetterFrequencies};
    const auto guess = ask_icu_detector(bytes);
    if (guess && guess->confidence >= kMinDetectorConfidence) {
        if (auto named = known_encoding(guess->name)) return {*named, EncodingEvidence::CharsetDetector};
    }
    throw_undetected(bytes, file);
}

std::string decode_text(std::string_view bytes, const TextEncoding& encoding, const std::filesystem::path& file) {
    if (encoding.name == "UTF-8") {
        if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
        check_utf8(bytes, file);
        return std::string(bytes);
    }
    UErrorCode status = U_ZERO_ERROR;
    const Converter converter(ucnv_open(encoding.name.c_str(), &status));
    if (U_FAILURE(status)) throw UsageError("unknown encoding '" + encoding.name + "'");
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    const std::size_t newline_width = static_cast<std::size_t>(ucnv_getMinCharSize(converter.get()));

    std::string out;
    out.reserve(bytes.size());
    std::vector<UChar> buffer(kDecodeChunk + 1);
    std::vector<int32_t> offsets(kDecodeChunk + 1);
    const char* source = bytes.data();
    const char* const limit = bytes.data() + bytes.size();
    std::size_t line = 1;
    std::size_t line_start = 0;
    std::size_t carried = 0;  // a lead surrogate left over from the previous step
    for (;;) {
        const std::size_t step_start = static_cast<std::size_t>(source - bytes.data());
        UChar* target = buffer.data() + carried;
        status = U_ZERO_ERROR;
        ucnv_toUnicode(converter.get(), &target, buffer.data() + buffer.size(), &source, limit,
                       offsets.data() + carried, true, &status);
        const auto produced = static_cast<std::size_t>(target - buffer.data());
        for (std::size_t i = carried; i < produced; ++i) {
            if (buffer[i] == u'\n') {
                ++line;
                line_start = step_start + static_cast<std::size_t>(offsets[i]) + newline_width;
            }
        }
        if (status != U_ZERO_ERROR && status != U_BUFFER_OVERFLOW_ERROR) {
            char invalid[32];
            int8_t invalid_length = sizeof invalid;
            UErrorCode ignored = U_ZERO_ERROR;
            ucnv_getInvalidChars(converter.get(), invalid, &invalid_length, &ignored);
            const std::size_t offset = static_cast<std::size_t>(source - bytes.data()) -
                                       static_cast<std::size_t>(std::max<int8_t>(invalid_length, 0));
            const std::size_t column = offset - std::min(offset, line_start) + 1;
            throw InputError(file, line, column,
                             "byte " + hex_byte(static_cast<unsigned char>(bytes[offset])) + " at byte " +
                                 std::to_string(column) + " of the line is not valid " + encoding.name);
        }
        const bool finished = status == U_ZERO_ERROR;
        carried = (!finished && produced > 0 && U16_IS_LEAD(buffer[produced - 1])) ? 1 : 0;
        append_utf8(out, buffer.data(), static_cast<int32_t>(produced - carried));
        if (finished) break;
        if (carried) buffer[0] = buffer[produced - 1];
    }
    if (out.substr(0, 3) == "\xEF\xBB\xBF") out.erase(0, 3);
    return out;
}

}  // namespace korpu
