#pragma once
// A streaming TMX 1.4b reader over libxml2's xmlTextReader: the header, then one <tu> at a time.
// Internal to tm/memory. Accepts UTF-8 and UTF-16 (with BOM) files, xml:lang and the older lang attribute,
// and a DOCTYPE without declarations (OmegaT writes one); refuses entity declarations and references, never
// loads a DTD or anything from the network. Throws InputError with file, line and column.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "tm/memory/tm_unit.hpp"

namespace korpu::detail {

struct TmxVariantRead {
    std::string language;  // as written
    std::string text;      // inline tags as placeholders
    std::vector<std::string> tags;
    TmxExtras::Attributes attributes;  // without the language
    std::string elements;              // <prop> and <note>, as XML
};

struct TmxUnitRead {
    std::size_t line = 0;
    std::string source_language;                                 // the <tu>'s srclang, if any
    std::string created_at, created_by, changed_at, changed_by;  // ISO 8601 dates
    TmxExtras::Attributes attributes;                            // the others, srclang included
    std::string elements;                                        // <prop> and <note>, as XML
    std::vector<TmxVariantRead> variants;
};

struct TmxHeaderRead {
    std::string source_language;  // srclang, possibly "*all*"
    std::string elements;         // the header's <prop>, <note> and <ude> elements, as XML
};

class TmxReader {
  public:
    explicit TmxReader(const std::filesystem::path& file);
    ~TmxReader();
    TmxReader(const TmxReader&) = delete;
    TmxReader& operator=(const TmxReader&) = delete;

    const TmxHeaderRead& header() const noexcept { return header_; }
    // The next unit; false after the last.
    bool next(TmxUnitRead& unit);
    std::uint64_t bytes_read() const;
    std::uint64_t file_size() const noexcept { return size_; }

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
    TmxHeaderRead header_;
    std::uint64_t size_ = 0;
};

// "20260102T030405Z" -> "2026-01-02T03:04:05Z"; empty when the text is not a TMX date.
std::string iso_date_from_tmx(const std::string& tmx_date);
// The reverse.
std::string tmx_date_from_iso(const std::string& iso_date);

}  // namespace korpu::detail
