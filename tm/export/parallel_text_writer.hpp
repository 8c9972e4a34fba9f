#pragma once
// Writers of parallel text for corpus tools and machine translation, one bead a line. Each writes to
// temporary files that only commit() renames into place.
#include <filesystem>
#include <memory>
#include <string>

#include "tm/export/bead_stream.hpp"

namespace korpu {

class ParallelTextWriter {
  public:
    virtual ~ParallelTextWriter() = default;
    virtual void write(const ExportBead& bead) = 0;
    virtual void commit() = 0;
};

// Two line-aligned plain-text files, as Moses and OPUS tools expect: PREFIX.<source tag> and
// PREFIX.<target tag> (out.az-Latn, out.en). Line breaks inside a segment become spaces.
std::unique_ptr<ParallelTextWriter> make_moses_writer(const std::filesystem::path& prefix,
                                                      const std::string& source_language,
                                                      const std::string& target_language);
// The files make_moses_writer writes for this prefix.
std::filesystem::path moses_file(const std::filesystem::path& prefix, const std::string& language);

// One pair a line, source TAB target; tabs and line breaks inside a segment become spaces.
std::unique_ptr<ParallelTextWriter> make_tsv_writer(const std::filesystem::path& file);

// JSON Lines: one object a line with the pair, its languages, alignment, bead ordinal and status.
std::unique_ptr<ParallelTextWriter> make_jsonl_writer(const std::filesystem::path& file);

}  // namespace korpu
