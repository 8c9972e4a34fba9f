#pragma once
// Text encodings of imported files: which one a file is in (forced by the user, marked by a byte-order
// mark, declared by the document, or guessed from its bytes), and decoding into UTF-8.
#include <filesystem>
#include <string>
#include <string_view>

namespace korpu {

// How Körpü knows a file's encoding, from the most to the least certain.
enum class EncodingEvidence {
    Forced,                     // the user named it (--encoding)
    ByteOrderMark,              // a UTF-8 or UTF-16 byte-order mark
    Declaration,                // the document declares it (an HTML meta charset)
    ValidUtf8,                  // the bytes are UTF-8 (or plain ASCII)
    CyrillicLetterFrequencies,  // the Russian 8-bit encoding whose letters look most like Russian
    CharsetDetector,            // ICU's charset detector, confident enough
    Utf16NulPattern,            // UTF-16 without a mark: NUL bytes on one side of every ASCII character
};

const char* to_string(EncodingEvidence evidence) noexcept;

struct TextEncoding {
    std::string name;  // IANA/MIME name as ICU spells it: "UTF-8", "UTF-16LE", "windows-1251", "KOI8-R", "IBM866"
    EncodingEvidence evidence = EncodingEvidence::ValidUtf8;

    // "windows-1251 (Cyrillic letter frequencies)"
    std::string description() const;
};

// The standard name of an encoding the user or a document named ("cp1251", "koi8r", "utf8"); throws
// UsageError when ICU knows no such encoding.
std::string standard_encoding_name(std::string_view name);

// Finds the encoding of a file's bytes. `declared` is the encoding the document itself names (empty when
// it names none); a byte-order mark overrides it. Throws InputError naming the first undecodable byte
// when the bytes are neither UTF-8 nor confidently anything else, and for binary data.
TextEncoding detect_encoding(std::string_view bytes, std::string_view declared, const std::filesystem::path& file);

// Decodes bytes into UTF-8 without a byte-order mark. Bytes that are invalid in the encoding are an
// InputError naming the line and the byte offset in that line, never a silent replacement.
std::string decode_text(std::string_view bytes, const TextEncoding& encoding, const std::filesystem::path& file);

}  // namespace korpu
