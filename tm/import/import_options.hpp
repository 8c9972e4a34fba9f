#pragma once
// What the user can tell the importer about a file.
#include <string>

namespace korpu {

enum class DocumentFormat { Auto, Text };

const char* to_string(DocumentFormat format) noexcept;
// "auto", "text"; throws UsageError for anything else.
DocumentFormat document_format_from_string(const std::string& name);

struct ImportOptions {
    // The file's encoding; empty to detect it. Ignored for formats that fix their own (DOCX, ODT).
    std::string encoding;
    // Auto: from the file's extension and content.
    DocumentFormat format = DocumentFormat::Auto;
};

}  // namespace korpu
