#pragma once
// The subcommands of `korpu tm`, one file each, and what they share: the JSON of units and matches.
#include <ostream>

#include "app/cli/command.hpp"
#include "tm/memory/tm_unit.hpp"

namespace korpu::cli {

void add_tm_import_command(CLI::App& tm, Action& selected);
void add_tm_export_command(CLI::App& tm, Action& selected);
void add_tm_lookup_command(CLI::App& tm, Action& selected);
void add_tm_concordance_command(CLI::App& tm, Action& selected);
void add_tm_stats_command(CLI::App& tm, Action& selected);

// {"id":..,"source_lang":..,"target_lang":..,"source":..,"target":.., then what the unit has of tags,
// document, context, dates and users}, without a closing brace so that callers can add fields.
void write_unit_fields(std::ostream& out, const TmUnit& unit);
// [[begin,end],...]: byte offsets into the UTF-8 text.
void write_spans(std::ostream& out, const std::vector<TextSpan>& spans);
const char* to_string(MatchKind kind);

}  // namespace korpu::cli
