#pragma once
// What the import commands tell the user about a file they read: its format and encoding, and how
// Körpü knows.
#include <CLI/CLI.hpp>

#include <filesystem>
#include <string>

#include "tm/import/load_document.hpp"

namespace korpu::cli {

// --encoding, shared by every command that reads documents.
void add_encoding_option(CLI::App& command, std::string& encoding);

// Prints "korpu: FILE: text, windows-1251 (Cyrillic letter frequencies)" on standard error, so that
// standard output stays the command's result.
void report_import(const std::filesystem::path& file, const LoadedDocument& loaded);

}  // namespace korpu::cli
