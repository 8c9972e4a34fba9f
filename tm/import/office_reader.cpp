#include "tm/import/office_reader.hpp"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <climits>
#include <memory>
#include <string_view>

#include "tm/core/error.hpp"
#include "tm/import/detail/zip_reader.hpp"

namespace korpu {
namespace {

constexpr std::string_view kWordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr std::string_view kMarkupCompatibilityNamespace =
    "http://schemas.openxmlformats.org/markup-compatibility/2006";
constexpr std::string_view kOdfTextNamespace = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
constexpr std::string_view kOdfOfficeNamespace = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
constexpr std::string_view kOdfTextMimeType = "application/vnd.oasis.opendocument.text";

struct DocumentFree {
    void operator()(xmlDoc* document) const noexcept { xmlFreeDoc(document); }
};
struct ContextFree {
    void operator()(xmlParserCtxt* context) const noexcept { xmlFreeParserCtxt(context); }
};
struct StringFree {
    void operator()(xmlChar* text) const noexcept { xmlFree(text); }
};
using XmlDocument = std::unique_ptr<xmlDoc, DocumentFree>;

XmlDocument parse_part(const std::string& xml, const std::filesystem::path& file, const std::string& part) {
    if (xml.size() > static_cast<std::size_t>(INT_MAX)) throw InputError(file, part + " is too large");
    const std::unique_ptr<xmlParserCtxt, ContextFree> context(xmlNewParserCtxt());
    if (!context) throw std::bad_alloc();
    // No network, no entity substitution, no DTD loading; errors are kept, not printed.
    XmlDocument document(xmlCtxtReadMemory(context.get(), xml.data(), static_cast<int>(xml.size()), part.c_str(),
                                           nullptr, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
    if (!document || !context->wellFormed) {
        const xmlError* error = xmlCtxtGetLastError(context.get());
        std::string message = error && error->message ? error->message : "cannot be parsed";
        while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
        const int line = error ? error->line : 0;
        throw InputError(file, part + (line > 0 ? " line " + std::to_string(line) : std::string()) +
                                   ": not well-formed XML: " + message);
    }
    if (document->intSubset && document->intSubset->entities)
        throw InputError(file, part + " declares entities, which documents have no use for");
    return document;
}

std::string_view local_name(const xmlNode* node) { return reinterpret_cast<const char*>(node->name); }

bool is(const xmlNode* node, std::string_view ns, std::string_view name) {
    return node->type == XML_ELEMENT_NODE && node->ns && node->ns->href &&
           reinterpret_cast<const char*>(node->ns->href) == ns && local_name(node) == name;
}

std::string attribute(const xmlNode* node, const char* name, std::string_view ns) {
    const std::string ns_text(ns);
    const std::unique_ptr<xmlChar, StringFree> value(
        xmlGetNsProp(node, reinterpret_cast<const xmlChar*>(name), reinterpret_cast<const xmlChar*>(ns_text.c_str())));
    return value ? reinterpret_cast<const char*>(value.get()) : std::string();
}

std::string text_content(const xmlNode* node) {
    std::string text;
    for (const xmlNode* child = node->children; child; child = child->next) {
        if (child->type == XML_TEXT_NODE && child->content) text += reinterpret_cast<const char*>(child->content);
    }
    return text;
}

const xmlNode* find_child(const xmlNode* node, std::string_view ns, std::string_view name) {
    for (const xmlNode* child = node ? node->children : nullptr; child; child = child->next)
        if (is(child, ns, name)) return child;
    return nullptr;
}

// --- DOCX -------------------------------------------------------------------------------------------

// Word's built-in heading styles are "Heading1".."Heading9" and "Title" (style ids, whatever the
// language of the user interface); a paragraph with an outline level is a heading too.
bool is_docx_heading(const xmlNode* paragraph) {
    const xmlNode* properties = find_child(paragraph, kWordNamespace, "pPr");
    if (!properties) return false;
    if (find_child(properties, kWordNamespace, "outlineLvl")) return true;
    const xmlNode* style = find_child(properties, kWordNamespace, "pStyle");
    if (!style) return false;
    const auto id = attribute(style, "val", kWordNamespace);
    return id == "Title" || (id.rfind("Heading", 0) == 0 && id.size() == 8 && id[7] >= '1' && id[7] <= '9');
}

// The visible text of a paragraph: runs (w:t), tabs and breaks as spaces, non-breaking hyphens. Deleted
// text (w:delText), field codes (w:instrText), footnote references and text boxes (w:txbxContent, and the
// fallback copies in mc:Fallback) are skipped.
void docx_runs_text(const xmlNode* node, std::string& text) {
    for (const xmlNode* child = node->children; child; child = child->next) {
        if (child->type != XML_ELEMENT_NODE) continue;
        if (is(child, kMarkupCompatibilityNamespace, "Fallback")) continue;
        if (!child->ns || reinterpret_cast<const char*>(child->ns->href) != kWordNamespace) {
            docx_runs_text(child, text);
            continue;
        }
        const auto name = local_name(child);
        if (name == "t") {
            text += text_content(child);
        } else if (name == "tab" || name == "br" || name == "cr") {
            text += ' ';
        } else if (name == "noBreakHyphen") {
            text += "\u2011";
        } else if (name == "txbxContent" || name == "del" || name == "pPr" || name == "rPr" || name == "instrText" ||
                   name == "delText") {
            continue;
        } else {
            docx_runs_text(child, text);
        }
    }
}

void docx_blocks(const xmlNode* node, std::vector<Block>& blocks) {
    for (const xmlNode* child = node->children; child; child = child->next) {
        if (is(child, kWordNamespace, "p")) {
            Block block{is_docx_heading(child) ? BlockKind::Heading : BlockKind::Paragraph, {}};
            docx_runs_text(child, block.text);
            if (!block.text.empty()) blocks.push_back(std::move(block));
        } else if (child->type == XML_ELEMENT_NODE && !is(child, kWordNamespace, "sectPr")) {
            docx_blocks(child, blocks);  // tables, rows, cells, content controls, inserted text
        }
    }
}

// --- ODT --------------------------------------------------------------------------------------------

// The visible text of text:p or text:h: spans and links, text:s (one or text:c spaces), tabs and line
// breaks as spaces. Notes (footnotes, endnotes), annotations, frames (text boxes, images) and change
// marks are skipped.
void odt_inline_text(const xmlNode* node, std::string& text) {
    for (const xmlNode* child = node->children; child; child = child->next) {
        if (child->type == XML_TEXT_NODE && child->content) {
            text += reinterpret_cast<const char*>(child->content);
            continue;
        }
        if (child->type != XML_ELEMENT_NODE) continue;
        const bool in_text = child->ns && reinterpret_cast<const char*>(child->ns->href) == kOdfTextNamespace;
        const auto name = local_name(child);
        if (in_text && name == "s") {
            const auto count = attribute(child, "c", kOdfTextNamespace);
            text.append(count.empty() ? 1 : static_cast<std::size_t>(std::max(1, std::atoi(count.c_str()))), ' ');
        } else if (in_text && (name == "tab" || name == "line-break")) {
            text += ' ';
        } else if (in_text && (name == "note" || name == "change" || name == "change-start" || name == "change-end")) {
            continue;
        } else if (is(child, kOdfOfficeNamespace, "annotation") || local_name(child) == "frame") {
            continue;
        } else {
            odt_inline_text(child, text);
        }
    }
}

void odt_blocks(const xmlNode* node, std::vector<Block>& blocks) {
    for (const xmlNode* child = node->children; child; child = child->next) {
        if (child->type != XML_ELEMENT_NODE) continue;
        const bool heading = is(child, kOdfTextNamespace, "h");
        if (heading || is(child, kOdfTextNamespace, "p")) {
            Block block{heading ? BlockKind::Heading : BlockKind::Paragraph, {}};
            odt_inline_text(child, block.text);
            if (!block.text.empty()) blocks.push_back(std::move(block));
        } else if (is(child, kOdfTextNamespace, "tracked-changes") || is(child, kOdfTextNamespace, "sequence-decls")) {
            continue;
        } else {
            odt_blocks(child, blocks);  // lists, tables, sections
        }
    }
}

}  // namespace

std::optional<DocumentFormat> detect_office_format(std::string_view bytes, const std::filesystem::path& file) {
    if (bytes.substr(0, 4) != std::string_view("PK\x03\x04", 4)) return std::nullopt;
    const detail::ZipReader archive(file);
    if (archive.read("word/document.xml")) return DocumentFormat::Docx;
    const auto mime = archive.read("mimetype");
    if (mime && mime->rfind(kOdfTextMimeType, 0) == 0) return DocumentFormat::Odt;
    throw InputError(file, "is a ZIP archive but neither a Word (DOCX) nor an OpenDocument text (ODT) document");
}

std::vector<Block> read_docx_blocks(const std::filesystem::path& file) {
    const detail::ZipReader archive(file);
    const auto xml = archive.read("word/document.xml");
    if (!xml) throw InputError(file, "is not a Word document: it has no word/document.xml");
    const auto document = parse_part(*xml, file, "word/document.xml");
    const xmlNode* root = xmlDocGetRootElement(document.get());
    const xmlNode* body = root ? find_child(root, kWordNamespace, "body") : nullptr;
    if (!body) throw InputError(file, "word/document.xml has no w:body");
    std::vector<Block> blocks;
    docx_blocks(body, blocks);
    return blocks;
}

std::vector<Block> read_odt_blocks(const std::filesystem::path& file) {
    const detail::ZipReader archive(file);
    const auto xml = archive.read("content.xml");
    if (!xml) throw InputError(file, "is not an OpenDocument text: it has no content.xml");
    const auto document = parse_part(*xml, file, "content.xml");
    const xmlNode* root = xmlDocGetRootElement(document.get());
    const xmlNode* body = root ? find_child(root, kOdfOfficeNamespace, "body") : nullptr;
    const xmlNode* text = body ? find_child(body, kOdfOfficeNamespace, "text") : nullptr;
    if (!text) throw InputError(file, "content.xml has no office:body/office:text");
    std::vector<Block> blocks;
    odt_blocks(text, blocks);
    return blocks;
}

}  // namespace korpu
