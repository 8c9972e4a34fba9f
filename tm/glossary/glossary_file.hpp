#pragma once
// Glossary files: CSV (RFC 4180) and TSV with a header row, and TBX (TBX-Basic, TBX v3 core).
//
// CSV/TSV columns, named in the header in any order: source_term and target_term (required; also
// "source", "target"), source_lang, target_lang, part_of_speech, note, forbidden (variants separated
// by ";"), status (approved, proposed, deprecated). Unknown columns are an error, so that a misspelt
// header is not silently ignored.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "tm/core/language.hpp"
#include "tm/glossary/glossary_entry.hpp"

namespace korpu {

enum class GlossaryFormat { Csv, Tsv, Tbx };

// "csv", "tsv", "tbx"; throws UsageError otherwise.
GlossaryFormat glossary_format_from_string(const std::string& name);
// From the file's extension (.csv, .tsv/.tab/.txt, .tbx/.xml); throws UsageError otherwise.
GlossaryFormat glossary_format_from_path(const std::filesystem::path& file);

struct GlossaryReadOptions {
    // Languages for files that do not name them (CSV/TSV without language columns) and the pair to take
    // from a multilingual TBX file. Required when the file does not decide.
    std::optional<Language> source_lang;
    std::optional<Language> target_lang;
};

// Reads the whole file; throws InputError naming the file, line and column of the first problem.
std::vector<GlossaryEntry> read_glossary(const std::filesystem::path& file, GlossaryFormat format,
                                         const GlossaryReadOptions& options);

// Writes all entries (temporary file, then rename); throws OutputError.
void write_glossary(const std::filesystem::path& file, GlossaryFormat format,
                    const std::vector<GlossaryEntry>& entries);

// Per format, in glossary_delimited.cpp and glossary_tbx.cpp.
std::vector<GlossaryEntry> read_delimited_glossary(const std::filesystem::path& file, char delimiter,
                                                   const GlossaryReadOptions& options);
void write_delimited_glossary(const std::filesystem::path& file, char delimiter,
                              const std::vector<GlossaryEntry>& entries);
std::vector<GlossaryEntry> read_tbx_glossary(const std::filesystem::path& file, const GlossaryReadOptions& options);
void write_tbx_glossary(const std::filesystem::path& file, const std::vector<GlossaryEntry>& entries);

}  // namespace korpu
