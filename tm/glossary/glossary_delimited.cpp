// CSV (RFC 4180: quoted fields may hold commas, quotes and line breaks) and TSV (no quoting) glossaries.
#include <algorithm>
#include <fstream>
#include <map>

#include "tm/core/atomic_file.hpp"
#include "tm/core/error.hpp"
#include "tm/glossary/glossary_file.hpp"
#include "tm/text/utf32.hpp"

namespace korpu {
namespace {

struct Record {
    std::size_t line = 0;
    std::vector<std::string> fields;
    std::vector<std::size_t> columns;  // 1-based column (byte) of each field's start
};

// Reads one record at a time from a stream, keeping line numbers for messages.
class RecordReader {
  public:
    RecordReader(std::istream& in, const std::filesystem::path& file, char delimiter)
        : in_(in), file_(file), delimiter_(delimiter) {}

    bool next(Record& record) {
        std::string line;
        if (!read_line(line)) return false;
        record = Record{line_, {}, {}};
        if (delimiter_ == '\t') {
            split_tsv(line, record);
        } else {
            split_csv(line, record);
        }
        return true;
    }

  private:
    bool read_line(std::string& line) {
        if (!std::getline(in_, line)) return false;
        ++line_;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line_ == 1 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
        const auto bad = find_invalid_utf8(line);
        if (bad != std::string::npos) throw InputError(file_, line_, bad + 1, "is not valid UTF-8");
        return true;
    }

    void split_tsv(const std::string& line, Record& record) {
        std::size_t start = 0;
        for (;;) {
            const auto tab = line.find('\t', start);
            record.columns.push_back(start + 1);
            record.fields.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
            if (tab == std::string::npos) break;
            start = tab + 1;
        }
    }

    void split_csv(std::string line, Record& record) {
        std::string field;
        std::size_t at = 0;
        std::size_t field_start = 1;
        bool quoted = false;
        bool was_quoted = false;
        for (;;) {
            if (at == line.size()) {
                if (!quoted) break;
                std::string more;
                if (!read_line(more))
                    throw InputError(file_, record.line, field_start, "a quoted field is never closed");
                field += '\n';
                line = std::move(more);
                at = 0;
                continue;
            }
            const char c = line[at++];
            if (quoted) {
                if (c == '"' && at < line.size() && line[at] == '"') {
                    field += '"';
                    ++at;
                } else if (c == '"') {
                    quoted = false;
                    if (at < line.size() && line[at] != delimiter_) {
                        throw InputError(file_, line_, at + 1, "unexpected text after a closing quote");
                    }
                } else {
                    field += c;
                }
            } else if (c == '"' && field.empty() && !was_quoted) {
                quoted = was_quoted = true;
            } else if (c == '"') {
                throw InputError(file_, line_, at, "a quote inside an unquoted field (quote the whole field)");
            } else if (c == delimiter_) {
                record.fields.push_back(std::move(field));
                record.columns.push_back(field_start);
                field.clear();
                field_start = at + 1;
                was_quoted = false;
            } else {
                field += c;
            }
        }
        record.fields.push_back(std::move(field));
        record.columns.push_back(field_start);
    }

    std::istream& in_;
    const std::filesystem::path& file_;
    char delimiter_;
    std::size_t line_ = 0;
};

enum class Column { SourceTerm, TargetTerm, SourceLang, TargetLang, PartOfSpeech, Note, Forbidden, Status };

const std::map<std::string, Column>& column_names() {
    static const std::map<std::string, Column> names{{"source_term", Column::SourceTerm},
                                                     {"source", Column::SourceTerm},
                                                     {"target_term", Column::TargetTerm},
                                                     {"target", Column::TargetTerm},
                                                     {"source_lang", Column::SourceLang},
                                                     {"target_lang", Column::TargetLang},
                                                     {"part_of_speech", Column::PartOfSpeech},
                                                     {"pos", Column::PartOfSpeech},
                                                     {"note", Column::Note},
                                                     {"forbidden", Column::Forbidden},
                                                     {"status", Column::Status}};
    return names;
}

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

Language parse_language(const std::string& tag, const std::filesystem::path& file, std::size_t line,
                        std::size_t column) {
    try {
        return Language::parse(tag);
    } catch (const UsageError& error) {
        throw InputError(file, line, column, error.what());
    }
}

}  // namespace

std::vector<GlossaryEntry> read_delimited_glossary(const std::filesystem::path& file, char delimiter,
                                                   const GlossaryReadOptions& options) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw InputError(file, "cannot be read");
    RecordReader reader(in, file, delimiter);
    Record header;
    if (!reader.next(header)) throw InputError(file, "is empty (a header row naming the columns is needed)");
    std::vector<Column> columns;
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
        const auto name = trimmed(header.fields[i]);
        const auto found = column_names().find(name);
        if (found == column_names().end()) {
            throw InputError(file, header.line, header.columns[i],
                             "unknown column '" + name +
                                 "' (expected source_term, target_term, source_lang, target_lang, part_of_speech, "
                                 "note, forbidden, status)");
        }
        columns.push_back(found->second);
    }
    auto has = [&](Column c) { return std::find(columns.begin(), columns.end(), c) != columns.end(); };
    if (!has(Column::SourceTerm) || !has(Column::TargetTerm)) {
        throw InputError(file, header.line, 1, "the header needs a source_term and a target_term column");
    }
    if (!has(Column::SourceLang) && !options.source_lang) {
        throw InputError(file, header.line, 1, "no source_lang column: give the source language (--src-lang)");
    }
    if (!has(Column::TargetLang) && !options.target_lang) {
        throw InputError(file, header.line, 1, "no target_lang column: give the target language (--tgt-lang)");
    }

    std::vector<GlossaryEntry> entries;
    Record record;
    while (reader.next(record)) {
        if (record.fields.size() == 1 && trimmed(record.fields[0]).empty()) continue;
        if (record.fields.size() != columns.size()) {
            throw InputError(file, record.line, 1,
                             "has " + std::to_string(record.fields.size()) + " fields; the header has " +
                                 std::to_string(columns.size()));
        }
        GlossaryEntry entry;
        if (options.source_lang) entry.source_lang = *options.source_lang;
        if (options.target_lang) entry.target_lang = *options.target_lang;
        for (std::size_t i = 0; i < columns.size(); ++i) {
            const auto value = trimmed(record.fields[i]);
            const auto column = record.columns[i];
            switch (columns[i]) {
                case Column::SourceTerm: entry.source_term = value; break;
                case Column::TargetTerm: entry.target_term = value; break;
                case Column::SourceLang:
                    if (!value.empty()) entry.source_lang = parse_language(value, file, record.line, column);
                    break;
                case Column::TargetLang:
                    if (!value.empty()) entry.target_lang = parse_language(value, file, record.line, column);
                    break;
                case Column::PartOfSpeech: entry.part_of_speech = value; break;
                case Column::Note: entry.note = value; break;
                case Column::Forbidden: entry.forbidden = split_variants(value); break;
                case Column::Status: try { entry.status = term_status_from_string(value);
                    } catch (const UsageError& error) {
                        throw InputError(file, record.line, column, error.what());
                    }
                    break;
            }
        }
        if (entry.source_term.empty()) throw InputError(file, record.line, 1, "the source term is empty");
        if (entry.target_term.empty()) throw InputError(file, record.line, 1, "the target term is empty");
        if (entry.source_lang.tag().empty() || entry.target_lang.tag().empty()) {
            throw InputError(file, record.line, 1, "the entry has no language (fill source_lang and target_lang)");
        }
        entries.push_back(std::move(entry));
    }
    return entries;
}

namespace {

std::string csv_field(const std::string& text) {
    if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + '"';
}

std::string tsv_field(std::string text) {
    for (char& c : text) {
        if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    }
    return text;
}

}  // namespace

void write_delimited_glossary(const std::filesystem::path& file, char delimiter,
                              const std::vector<GlossaryEntry>& entries) {
    AtomicFile atomic(file);
    {
        std::ofstream out(atomic.temporary_path(), std::ios::binary);
        if (!out) throw OutputError(file, "cannot be created");
        auto field = [delimiter](const std::string& text) {
            return delimiter == ',' ? csv_field(text) : tsv_field(text);
        };
        const std::string d(1, delimiter);
        out << "source_lang" << d << "target_lang" << d << "source_term" << d << "target_term" << d << "part_of_speech"
            << d << "note" << d << "forbidden" << d << "status\n";
        for (const auto& e : entries) {
            out << field(e.source_lang.tag()) << d << field(e.target_lang.tag()) << d << field(e.source_term) << d
                << field(e.target_term) << d << field(e.part_of_speech) << d << field(e.note) << d
                << field(join_variants(e.forbidden)) << d << to_string(e.status) << '\n';
        }
        out.flush();
        if (!out) throw OutputError(file, "cannot be written");
    }
    atomic.commit();
}

}  // namespace korpu
