#pragma once
// The sizes beyond which an input is not a document to translate: refused with a clear message
// instead of exhausting memory in the segmenter.
#include <cstddef>
#include <cstdint>

namespace korpu {

// A 1,000-page book is about 3 MB of text, and a DOCX with images rarely passes 50 MB. Twice that leaves
// room for any real document, while two of them, their segments and the aligner's tables still fit a
// laptop's memory; a 200 MB "document" is a data dump, refused before it is read.
inline constexpr std::uintmax_t kMaxInputFileBytes = 100ull * 1024 * 1024;

// A printed page holds about 3 KB of text: a 1 MB paragraph (or line of plain text) would fill 300 pages
// without a break, which only a file that is not running text has.
inline constexpr std::size_t kMaxParagraphBytes = 1024 * 1024;

}  // namespace korpu
