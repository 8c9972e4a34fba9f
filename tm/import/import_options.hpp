#pragma once
// What the user can tell the importer about a file.
#include <string>

namespace korpu {

enum class DocumentFormat { Auto, Text, Html, Docx, Odt };

const char* to_string(DocumentFormat format) noexcept;
// "auto", "text", "html", "docx", "odt"; throws UsageError for anything else.
DocumentFormat document_format_from_string(const std::string& name);

// Site boilerplate (boilerplate_filter.hpp): removed from web pages unless switched off, kept in
// other formats unless switched on (plain text copied from a web page has it too).
enum class BoilerplateRemoval { ByFormat, On, Off };

struct ImportOptions {
    // The file's encoding; empty to detect it. Ignored for formats that fix their own (DOCX, ODT).
    std::string encoding;
    // Auto: from the file's content and extension.
    DocumentFormat format = DocumentFormat::Auto;
    BoilerplateRemoval boilerplate = BoilerplateRemoval::ByFormat;
};

}  // namespace korpu
