#include "app/cli/tm_commands.hpp"
#include "tm/core/json_string.hpp"

namespace korpu::cli {
namespace {

void write_tags(std::ostream& out, const char* name, const std::vector<std::string>& tags) {
    if (tags.empty()) return;
    out << ",\"" << name << "\":[";
    for (std::size_t i = 0; i < tags.size(); ++i) {
        if (i) out << ',';
        write_json_string(out, tags[i]);
    }
    out << ']';
}

void write_optional(std::ostream& out, const char* name, const std::string& value) {
    if (value.empty()) return;
    out << ",\"" << name << "\":";
    write_json_string(out, value);
}

}  // namespace

const char* to_string(MatchKind kind) {
    switch (kind) {
        case MatchKind::ExactInContext: return "exact-in-context";
        case MatchKind::Exact: return "exact";
        case MatchKind::Fuzzy: return "fuzzy";
    }
    return "fuzzy";
}

void write_unit_fields(std::ostream& out, const TmUnit& unit) {
    out << "{\"id\":" << unit.id << ",\"source_lang\":" << json_string(unit.source_lang)
        << ",\"target_lang\":" << json_string(unit.target_lang) << ",\"source\":" << json_string(unit.source_text)
        << ",\"target\":" << json_string(unit.target_text);
    write_tags(out, "source_tags", unit.source_tags);
    write_tags(out, "target_tags", unit.target_tags);
    if (unit.source_document) out << ",\"document\":" << *unit.source_document;
    write_optional(out, "context_before", unit.context_before);
    write_optional(out, "context_after", unit.context_after);
    write_optional(out, "created_at", unit.created_at);
    write_optional(out, "created_by", unit.created_by);
    write_optional(out, "changed_at", unit.changed_at);
    write_optional(out, "changed_by", unit.changed_by);
}

void write_spans(std::ostream& out, const std::vector<TextSpan>& spans) {
    out << '[';
    for (std::size_t i = 0; i < spans.size(); ++i)
        out << (i ? "," : "") << '[' << spans[i].begin << ',' << spans[i].end << ']';
    out << ']';
}

void add_tm_command(CLI::App& app, Action& selected) {
    auto* tm =
        app.add_subcommand("tm", "The translation memory: import and export TMX, look segments up, search words");
    tm->require_subcommand(1);
    add_tm_import_command(*tm, selected);
    add_tm_export_command(*tm, selected);
    add_tm_lookup_command(*tm, selected);
    add_tm_concordance_command(*tm, selected);
    add_tm_stats_command(*tm, selected);
}

}  // namespace korpu::cli
