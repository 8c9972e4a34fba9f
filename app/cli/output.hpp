#pragma once
// Small helpers for what the CLI prints.
#include <string>

namespace korpu::cli {

// Replaces tabs and line breaks with spaces so that a text fits one TSV field.
std::string single_line(std::string text);

}  // namespace korpu::cli
