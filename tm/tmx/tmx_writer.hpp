#pragma once
// Streams a TMX 1.4b document (https://www.gala-global.org/tmx-14b) through the project's XML writer.
#include <filesystem>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace korpu {

struct TmxHeader {
    std::string source_language;        // srclang: a BCP 47 tag or "*all*"
    std::string admin_language = "en";  // adminlang
    std::string data_type = "plaintext";
    std::string segment_type = "sentence";
    std::string original_format = "korpu";  // o-tmf
};

struct TmxVariant {
    std::string language;  // xml:lang
    std::string text;
};

struct TmxUnit {
    std::vector<TmxVariant> variants;
    std::string creation_date;  // TMX date form YYYYMMDDThhmmssZ; empty to leave out
};

class TmxWriter {
  public:
    // Writes to `out`, which must outlive the writer; `file` names the output in errors ("standard
    // output" when there is none). Nothing is complete until finish().
    TmxWriter(std::ostream& out, const TmxHeader& header, std::filesystem::path file);
    ~TmxWriter();
    TmxWriter(const TmxWriter&) = delete;
    TmxWriter& operator=(const TmxWriter&) = delete;

    void add(const TmxUnit& unit);
    // Closes the body and the document and flushes everything to the stream.
    void finish();

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace korpu
