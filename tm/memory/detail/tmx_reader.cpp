#include "tm/memory/detail/tmx_reader.hpp"

#include <libxml/xmlreader.h>

#include <cctype>
#include <cstring>

#include "tm/core/error.hpp"
#include "tm/core/markup_escape.hpp"
#include "tm/memory/detail/text_key.hpp"

namespace korpu::detail {
namespace {

struct ReaderDeleter {
    void operator()(xmlTextReader* reader) const noexcept { xmlFreeTextReader(reader); }
};

struct DocumentDeleter {
    void operator()(xmlDoc* document) const noexcept { xmlFreeDoc(document); }
};

// The first error libxml2 reports, with its position.
struct ParseError {
    std::string message;
    std::size_t line = 0;
    std::size_t column = 0;
};

void remember_error(void* context, xmlErrorPtr error) {
    auto* first = static_cast<ParseError*>(context);
    if (!first->message.empty() || !error || error->level == XML_ERR_WARNING) return;
    if (error->code == XML_ERR_ENTITY_LOOP) {
        first->message =
            "its entities expand without end (a \"billion laughs\" attack); TMX files must not use entities";
    } else {
        first->message = error->message ? error->message : "malformed XML";
    }
    while (!first->message.empty() && (first->message.back() == '\n' || first->message.back() == ' ')) {
        first->message.pop_back();
    }
    first->line = static_cast<std::size_t>(error->line > 0 ? error->line : 0);
    first->column = static_cast<std::size_t>(error->int2 > 0 ? error->int2 : 0);
}

const char* text_of(const xmlChar* text) { return text ? reinterpret_cast<const char*>(text) : ""; }

bool equals(const xmlChar* a, const char* b) { return a && std::strcmp(reinterpret_cast<const char*>(a), b) == 0; }

bool equals_ignoring_case(const char* a, const char* b) {
    for (; *a && *b; ++a, ++b) {
        if (std::tolower(static_cast<unsigned char>(*a)) != std::tolower(static_cast<unsigned char>(*b))) return false;
    }
    return *a == *b;
}

bool is_digits(const std::string& text, std::size_t from, std::size_t count) {
    for (std::size_t i = from; i < from + count; ++i) {
        if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
    }
    return true;
}

}  // namespace

std::string iso_date_from_tmx(const std::string& d) {
    if (d.size() != 16 || d[8] != 'T' || d[15] != 'Z' || !is_digits(d, 0, 8) || !is_digits(d, 9, 6)) return {};
    return d.substr(0, 4) + "-" + d.substr(4, 2) + "-" + d.substr(6, 2) + "T" + d.substr(9, 2) + ":" + d.substr(11, 2) +
           ":" + d.substr(13, 2) + "Z";
}

std::string tmx_date_from_iso(const std::string& d) {
    if (d.size() != 20 || d[4] != '-' || d[7] != '-' || d[10] != 'T' || d[13] != ':' || d[16] != ':' || d[19] != 'Z') {
        return {};
    }
    return d.substr(0, 4) + d.substr(5, 2) + d.substr(8, 2) + "T" + d.substr(11, 2) + d.substr(14, 2) +
           d.substr(17, 2) + "Z";
}

struct TmxReader::Impl {
    std::filesystem::path file;
    // Once xmlTextReaderCurrentDoc() has handed out the document, the reader no longer frees it (libxml2's
    // documentation of that call); declared before `reader`, so it is freed after the reader.
    std::unique_ptr<xmlDoc, DocumentDeleter> inspected_document;
    std::unique_ptr<xmlTextReader, ReaderDeleter> reader;
    ParseError error;
    bool pending = false;  // the reader already stands on a node not yet handed out (after skip())
    int pending_rc = 0;
    // The current node's type, asked once per node: xmlTextReaderNodeType() scans a text node's content for
    // blanks on every call, which made it a tenth of the reading.
    int node_type = 0;

    xmlTextReaderPtr r() const { return reader.get(); }

    // The line of the current node, else where the parser is.
    std::size_t line() const {
        const xmlNode* node = xmlTextReaderCurrentNode(r());
        const long line = node ? xmlGetLineNo(node) : -1;
        if (line > 0) return static_cast<std::size_t>(line);
        return static_cast<std::size_t>(std::max(0, xmlTextReaderGetParserLineNumber(r())));
    }

    [[noreturn]] void fail(const std::string& message) const {
        const xmlNode* node = xmlTextReaderCurrentNode(r());
        const bool at_node = node && xmlGetLineNo(node) > 0;
        throw InputError(file, line(),
                         at_node ? 0 : static_cast<std::size_t>(std::max(0, xmlTextReaderGetParserColumnNumber(r()))),
                         message);
    }

    void check(int rc) {
        if (rc >= 0 && error.message.empty()) return;
        if (error.message.empty()) fail("is not well-formed XML");
        throw InputError(file, error.line, error.column, "is not well-formed XML: " + error.message);
    }

    void check_node() {
        const int type = node_type;
        if (type == XML_READER_TYPE_ENTITY_REFERENCE) {
            fail("uses an entity (&" + std::string(text_of(xmlTextReaderConstName(r()))) +
                 ";): TMX files must not declare or use entities");
        }
        if (type == XML_READER_TYPE_DOCUMENT_TYPE) {
            xmlDoc* doc = xmlTextReaderCurrentDoc(r());
            if (doc && !inspected_document) inspected_document.reset(doc);
            const xmlDtd* subset = doc ? doc->intSubset : nullptr;
            if (subset && (subset->entities || subset->pentities || subset->children)) {
                // The parser has read past the DOCTYPE by now, so its position would mislead: no line here.
                throw InputError(file, "declares entities in its DOCTYPE: TMX files must not declare or use entities");
            }
        }
    }

    // Advances to the next node; false at the end of the file.
    bool advance() {
        int rc = 0;
        if (pending) {
            pending = false;
            rc = pending_rc;
        } else {
            rc = xmlTextReaderRead(r());
        }
        check(rc);
        node_type = rc == 1 ? xmlTextReaderNodeType(r()) : 0;
        if (rc == 1) check_node();
        return rc == 1;
    }

    // Moves past the current element and everything in it; the next advance() returns what follows.
    void skip() {
        pending_rc = xmlTextReaderNext(r());
        check(pending_rc);
        pending = true;
    }

    int type() const { return node_type; }
    int depth() const { return xmlTextReaderDepth(r()); }
    bool is_element(const char* name) const {
        return type() == XML_READER_TYPE_ELEMENT && equals(xmlTextReaderConstLocalName(r()), name);
    }
    bool is_end(int element_depth) const { return type() == XML_READER_TYPE_END_ELEMENT && depth() == element_depth; }
    bool empty_element() const { return xmlTextReaderIsEmptyElement(r()) == 1; }

    std::string outer_xml() {
        xmlChar* xml = xmlTextReaderReadOuterXml(r());
        std::string text = text_of(xml);
        xmlFree(xml);
        check(0);
        return text;
    }

    // Calls visit(name, value) for each attribute of the current element.
    template <typename Visit>
    void attributes(Visit visit) {
        while (xmlTextReaderMoveToNextAttribute(r()) == 1) {
            visit(text_of(xmlTextReaderConstName(r())), text_of(xmlTextReaderConstValue(r())));
        }
        xmlTextReaderMoveToElement(r());
    }

    void read_seg(TmxVariantRead& variant);
    void read_tuv(TmxVariantRead& variant);
    void read_tu(TmxUnitRead& unit);
};

void TmxReader::Impl::read_seg(TmxVariantRead& variant) {
    if (empty_element()) return;
    const int seg_depth = depth();
    const auto add_tag = [&variant](std::string xml) {
        variant.text += tag_placeholder(variant.tags.size());
        variant.tags.push_back(std::move(xml));
    };
    while (advance()) {
        switch (type()) {
            case XML_READER_TYPE_TEXT:
            case XML_READER_TYPE_CDATA:
            case XML_READER_TYPE_WHITESPACE:
            case XML_READER_TYPE_SIGNIFICANT_WHITESPACE: variant.text += text_of(xmlTextReaderConstValue(r())); break;
            case XML_READER_TYPE_ELEMENT:
                if (is_element("hi")) {
                    // <hi> holds text of the segment: its start and end tags become two placeholders.
                    std::string start = "<hi";
                    attributes([&start](const char* name, const char* value) {
                        start += std::string(" ") + name + "=\"" + escape_markup(value) + "\"";
                    });
                    add_tag(start + (empty_element() ? "/>" : ">"));
                } else {
                    add_tag(outer_xml());
                    skip();
                }
                break;
            case XML_READER_TYPE_END_ELEMENT:
                if (depth() == seg_depth) return;
                if (equals(xmlTextReaderConstLocalName(r()), "hi")) add_tag("</hi>");
                break;
            default: break;
        }
    }
    fail("ends inside a <seg>");
}

void TmxReader::Impl::read_tuv(TmxVariantRead& variant) {
    attributes([&variant](const char* name, const char* value) {
        if (equals_ignoring_case(name, "xml:lang") || equals_ignoring_case(name, "lang")) {
            variant.language = value;
        } else {
            variant.attributes.emplace_back(name, value);
        }
    });
    if (variant.language.empty()) fail("has a <tuv> without xml:lang");
    if (empty_element()) return;
    const int tuv_depth = depth();
    while (advance()) {
        if (is_end(tuv_depth)) return;
        if (is_element("seg")) {
            read_seg(variant);
        } else if (is_element("prop") || is_element("note")) {
            variant.elements += outer_xml();
            skip();
        } else if (type() == XML_READER_TYPE_ELEMENT) {
            skip();
        }
    }
    fail("ends inside a <tuv>");
}

void TmxReader::Impl::read_tu(TmxUnitRead& unit) {
    unit = TmxUnitRead{};
    unit.line = line();
    attributes([&unit](const char* name, const char* value) {
        const std::string text = value;
        const auto date = [&](std::string& field) {
            field = iso_date_from_tmx(text);
            if (field.empty()) unit.attributes.emplace_back(name, text);
        };
        if (std::strcmp(name, "creationdate") == 0) {
            date(unit.created_at);
        } else if (std::strcmp(name, "changedate") == 0) {
            date(unit.changed_at);
        } else if (std::strcmp(name, "creationid") == 0) {
            unit.created_by = text;
        } else if (std::strcmp(name, "changeid") == 0) {
            unit.changed_by = text;
        } else {
            if (std::strcmp(name, "srclang") == 0) unit.source_language = text;
            unit.attributes.emplace_back(name, text);
        }
    });
    if (empty_element()) return;
    const int tu_depth = depth();
    while (advance()) {
        if (is_end(tu_depth)) return;
        if (is_element("tuv")) {
            unit.variants.emplace_back();
            read_tuv(unit.variants.back());
        } else if (is_element("prop") || is_element("note")) {
            unit.elements += outer_xml();
            skip();
        } else if (type() == XML_READER_TYPE_ELEMENT) {
            skip();
        }
    }
    fail("ends inside a <tu>");
}

TmxReader::TmxReader(const std::filesystem::path& file) : impl_(std::make_unique<Impl>()) {
    impl_->file = file;
    std::error_code ec;
    size_ = std::filesystem::file_size(file, ec);
    if (ec) throw InputError(file, "cannot be read: " + ec.message());
    // XML_PARSE_NONET: never fetch anything. Without XML_PARSE_NOENT and XML_PARSE_DTDLOAD, entities are not
    // substituted and no DTD is loaded (check_node() refuses declarations). XML_PARSE_BIG_LINES: true line
    // numbers beyond 65535. libxml2 recognises UTF-16 by its byte order mark.
    impl_->reader.reset(
        xmlReaderForFile(file.u8string().c_str(), nullptr, XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_COMPACT));
    if (!impl_->reader) throw InputError(file, "cannot be opened");
    xmlTextReaderSetStructuredErrorHandler(impl_->r(), remember_error, &impl_->error);

    while (impl_->advance()) {
        if (impl_->type() != XML_READER_TYPE_ELEMENT) continue;
        if (!impl_->is_element("tmx")) {
            impl_->fail("is not a TMX file: its root element is <" +
                        std::string(text_of(xmlTextReaderConstName(impl_->r()))) + ">, not <tmx>");
        }
        break;
    }
    if (impl_->type() != XML_READER_TYPE_ELEMENT) impl_->fail("is empty: no <tmx> element");
    // Up to <body>: the header's srclang and its elements.
    while (impl_->advance()) {
        if (impl_->is_element("header")) {
            impl_->attributes([this](const char* name, const char* value) {
                if (std::strcmp(name, "srclang") == 0) header_.source_language = value;
            });
            if (!impl_->empty_element()) {
                xmlChar* inner = xmlTextReaderReadInnerXml(impl_->r());
                header_.elements = text_of(inner);
                xmlFree(inner);
                impl_->check(0);
                impl_->skip();
            }
        } else if (impl_->is_element("body")) {
            return;
        }
    }
    impl_->fail("has no <body>");
}

TmxReader::~TmxReader() = default;

bool TmxReader::next(TmxUnitRead& unit) {
    while (impl_->advance()) {
        if (impl_->is_element("tu")) {
            impl_->read_tu(unit);
            return true;
        }
        if (impl_->type() == XML_READER_TYPE_END_ELEMENT && equals(xmlTextReaderConstLocalName(impl_->r()), "body")) {
            while (impl_->advance()) {}
            return false;
        }
    }
    return false;
}

std::uint64_t TmxReader::bytes_read() const {
    const long consumed = xmlTextReaderByteConsumed(impl_->r());
    return consumed > 0 ? static_cast<std::uint64_t>(consumed) : 0;
}

}  // namespace korpu::detail
