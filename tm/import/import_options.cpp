#include "tm/import/import_options.hpp"

#include "tm/core/error.hpp"

namespace korpu {
namespace {

constexpr DocumentFormat kFormats[] = {DocumentFormat::Auto, DocumentFormat::Text, DocumentFormat::Html,
                                       DocumentFormat::Docx, DocumentFormat::Odt};

}  // namespace

const char* to_string(DocumentFormat format) noexcept {
    switch (format) {
        case DocumentFormat::Auto: return "auto";
        case DocumentFormat::Text: return "text";
        case DocumentFormat::Html: return "html";
        case DocumentFormat::Docx: return "docx";
        case DocumentFormat::Odt: return "odt";
    }
    return "unknown";
}

DocumentFormat document_format_from_string(const std::string& name) {
    std::string known;
    for (auto format : kFormats) {
        if (name == to_string(format)) return format;
        known += known.empty() ? "" : ", ";
        known += to_string(format);
    }
    throw UsageError("unknown document format '" + name + "' (" + known + ")");
}

}  // namespace korpu
