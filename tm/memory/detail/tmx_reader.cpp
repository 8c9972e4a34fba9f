#include "tm/memory/detail/tmx_reader.hpp"

#include <libxml/xmlreader.h>

#include <cctype>
#include <cstring>
#include <functional>

#include "tm/core/error.hpp"
#include "tm/core/markup_escape.hpp"
#include "tm/memory/detail/text_key.hpp"
#include "tm/xml/xml_stream_reader.hpp"

namespace korpu::detail {
namespace {

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
    explicit Impl(const std::filesystem::path& tmx) : file(tmx), xml(tmx) {}

    std::filesystem::path file;
    XmlStreamReader xml;
    bool pending = false;  // the reader already stands on a node not yet handed out (after skip())
    int pending_rc = 0;

    // The line of the current node, else where the parser is.
    std::size_t line() const { return xml.line(); }

    [[noreturn]] void fail(const std::string& message) const {
        throw InputError(file, line(), xml.node_has_line() ? 0 : xml.parser_column(), message);
    }

    void check(int rc) {
        const auto& error = xml.first_error();
        if (rc >= 0 && error.message.empty()) return;
        if (error.message.empty()) fail("is not well-formed XML");
        const std::string message =
            error.entity_loop
                ? "its entities expand without end (a \"billion laughs\" attack); TMX files must not use entities"
                : error.message;
        throw InputError(file, error.line, error.column, "is not well-formed XML: " + message);
    }

    void check_node() {
        const int type = xml.type();
        if (type == XML_READER_TYPE_ENTITY_REFERENCE) {
            fail("uses an entity (&" + xml.qualified_name() + ";): TMX files must not declare or use entities");
        }
        if (type == XML_READER_TYPE_DOCUMENT_TYPE && xml.doctype_declares_anything()) {
            // The parser has read past the DOCTYPE by now, so its position would mislead: no line here.
            throw InputError(file, "declares entities in its DOCTYPE: TMX files must not declare or use entities");
        }
    }

    // Advances to the next node; false at the end of the file.
    bool advance() {
        int rc = 0;
        if (pending) {
            pending = false;
            rc = pending_rc;
        } else {
            rc = xml.read();
        }
        check(rc);
        if (rc == 1) check_node();
        return rc == 1;
    }

    // Moves past the current element and everything in it; the next advance() returns what follows.
    void skip() {
        pending_rc = xml.next();
        check(pending_rc);
        pending = true;
    }

    int type() const { return xml.type(); }
    int depth() const { return xml.depth(); }
    bool is_element(const char* name) const { return xml.is_element(name); }
    bool is_end(int element_depth) const { return type() == XML_READER_TYPE_END_ELEMENT && depth() == element_depth; }
    bool empty_element() const { return xml.empty_element(); }

    std::string outer_xml() {
        std::string text = xml.outer_xml();
        check(0);
        return text;
    }

    // Calls visit(name, value) for each attribute of the current element.
    void attributes(const std::function<void(const char*, const char*)>& visit) { xml.for_each_attribute(visit); }

    void read_seg(TmxVariantRead& variant);
    void read_tuv(TmxVariantRead& variant);
    void read_tu(TmxUnitRead& unit);
};

void TmxReader::Impl::read_seg(TmxVariantRead& variant) {
    if (empty_element()) return;
    const int seg_depth = depth();
    const auto add_tag = [&variant](std::string tag) {
        variant.text += tag_placeholder(variant.tags.size());
        variant.tags.push_back(std::move(tag));
    };
    while (advance()) {
        switch (type()) {
            case XML_READER_TYPE_TEXT:
            case XML_READER_TYPE_CDATA:
            case XML_READER_TYPE_WHITESPACE:
            case XML_READER_TYPE_SIGNIFICANT_WHITESPACE: variant.text += xml.value(); break;
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
                if (xml.local_name() == "hi") add_tag("</hi>");
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

TmxReader::TmxReader(const std::filesystem::path& file) {
    std::error_code ec;
    size_ = std::filesystem::file_size(file, ec);
    if (ec) throw InputError(file, "cannot be read: " + ec.message());
    // libxml2 recognises UTF-16 by its byte order mark; the reader never loads a DTD nor substitutes an entity
    // (check_node() refuses declarations and references).
    impl_ = std::make_unique<Impl>(file);

    while (impl_->advance()) {
        if (impl_->type() != XML_READER_TYPE_ELEMENT) continue;
        if (!impl_->is_element("tmx")) {
            impl_->fail("is not a TMX file: its root element is <" + impl_->xml.qualified_name() + ">, not <tmx>");
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
                header_.elements = impl_->xml.inner_xml();
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
        if (impl_->type() == XML_READER_TYPE_END_ELEMENT && impl_->xml.local_name() == "body") {
            while (impl_->advance()) {}
            return false;
        }
    }
    return false;
}

std::uint64_t TmxReader::bytes_read() const { return impl_->xml.bytes_consumed(); }

}  // namespace korpu::detail
