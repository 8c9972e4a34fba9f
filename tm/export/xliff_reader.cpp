#include "tm/export/xliff_reader.hpp"

#include <libxml/xmlreader.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <memory>

#include "tm/core/error.hpp"
#include "tm/xml/xml_stream_reader.hpp"

namespace korpu {
namespace {

constexpr const char* kXliff20Namespace = "urn:oasis:names:tc:xliff:document:2.0";
constexpr const char* kXliff12Namespace = "urn:oasis:names:tc:xliff:document:1.2";

class Reader {
  public:
    explicit Reader(const std::filesystem::path& file) : file_(file) {
        std::ifstream in(file, std::ios::binary);
        if (!in) throw InputError(file, "cannot be opened");
        content_.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        line_starts_.push_back(0);
        for (std::size_t i = 0; i < content_.size(); ++i) {
            if (content_[i] == '\n') line_starts_.push_back(i + 1);
        }
        // Never the network, no entity substituted (DTDs are refused below).
        xml_ = std::make_unique<detail::XmlStreamReader>(content_, file);
    }

    // Advances; false at the end. Throws InputError on malformed XML or forbidden constructs.
    bool read() {
        const int rc = xml_->read();
        const auto& error = xml_->first_error();
        if (rc < 0 || !error.message.empty()) {
            throw InputError(file_, error.line ? error.line : line(), error.column,
                             error.message.empty() ? "malformed XML" : error.message);
        }
        if (rc == 0) return false;
        const int type = xml_->type();
        if (type == XML_READER_TYPE_DOCUMENT_TYPE) fail("XLIFF files with a DTD are not accepted");
        if (type == XML_READER_TYPE_ENTITY_REFERENCE) fail("entity references are not accepted");
        return true;
    }

    int type() const { return xml_->type(); }
    int depth() const { return xml_->depth(); }
    bool empty_element() const { return xml_->empty_element(); }
    std::string name() const { return xml_->local_name(); }
    std::string qualified_name() const { return xml_->qualified_name(); }
    std::string namespace_uri() const { return xml_->namespace_uri(); }
    std::string value() const { return xml_->value(); }
    std::string attribute(const char* name) const { return xml_->attribute(name); }
    // Where the current node starts: libxml2 records its line; the column is that of its tag on the line.
    std::size_t line() const { return xml_->line(); }
    std::size_t column() const {
        const auto l = line();
        if (l == 0 || l > line_starts_.size()) return 0;
        const auto begin = line_starts_[l - 1];
        const auto end = l < line_starts_.size() ? line_starts_[l] : content_.size();
        const auto tag = content_.find("<" + qualified_name(), begin);
        return tag < end ? code_points(begin, tag) + 1 : 0;
    }
    [[noreturn]] void fail(const std::string& message) const { throw InputError(file_, line(), column(), message); }

    // The text inside the current element, inline markup left out; leaves the reader on its end tag.
    std::string element_text() {
        if (empty_element()) return {};
        const int element_depth = depth();
        std::string text;
        while (read()) {
            const int t = type();
            if (t == XML_READER_TYPE_END_ELEMENT && depth() == element_depth) return text;
            if (t == XML_READER_TYPE_TEXT || t == XML_READER_TYPE_CDATA || t == XML_READER_TYPE_WHITESPACE ||
                t == XML_READER_TYPE_SIGNIFICANT_WHITESPACE) {
                text += value();
            }
        }
        fail("the file ends inside an element");
    }

    // Skips the current element and everything in it.
    void skip_subtree() {
        if (empty_element()) return;
        const int element_depth = depth();
        while (read()) {
            if (type() == XML_READER_TYPE_END_ELEMENT && depth() == element_depth) return;
        }
    }

  private:
    // Columns count characters, as editors show them.
    std::size_t code_points(std::size_t begin, std::size_t end) const {
        std::size_t count = 0;
        for (std::size_t i = begin; i < end; ++i) count += (static_cast<unsigned char>(content_[i]) & 0xC0) != 0x80;
        return count;
    }

    std::filesystem::path file_;
    std::string content_;  // the parser reads from here; kept for columns
    std::vector<std::size_t> line_starts_;
    std::unique_ptr<detail::XmlStreamReader> xml_;
};

void append_line(std::string& to, const std::string& text) {
    if (!to.empty()) to += '\n';
    to += text;
}

void append_segment(std::string& to, const std::string& text) {
    if (!to.empty() && !text.empty()) to += ' ';
    to += text;
}

}  // namespace

XliffFile read_xliff(const std::filesystem::path& file) {
    Reader reader(file);
    XliffFile xliff;
    bool root_seen = false;
    XliffUnit* unit = nullptr;
    while (reader.read()) {
        if (reader.type() == XML_READER_TYPE_END_ELEMENT) {
            const auto name = reader.name();
            if (name == "unit" || name == "trans-unit") unit = nullptr;
            continue;
        }
        if (reader.type() != XML_READER_TYPE_ELEMENT) continue;
        const auto name = reader.name();
        if (!root_seen) {
            root_seen = true;
            const auto ns = reader.namespace_uri();
            if (name != "xliff" || (ns != kXliff20Namespace && ns != kXliff12Namespace)) {
                reader.fail("this is not an XLIFF 2.0 or 1.2 file (root element " + name + " in namespace \"" + ns +
                            "\")");
            }
            xliff.version = ns == kXliff20Namespace ? XliffVersion::V2_0 : XliffVersion::V1_2;
            xliff.source_language = reader.attribute("srcLang");
            xliff.target_language = reader.attribute("trgLang");
            xliff.languages_line = reader.line();
            xliff.languages_column = reader.column();
            continue;
        }
        const bool v2 = xliff.version == XliffVersion::V2_0;
        if (!v2 && name == "file") {
            xliff.source_language = reader.attribute("source-language");
            xliff.target_language = reader.attribute("target-language");
            xliff.languages_line = reader.line();
            xliff.languages_column = reader.column();
        } else if (name == (v2 ? "unit" : "trans-unit")) {
            if (reader.empty_element()) reader.fail("an empty unit");
            xliff.units.emplace_back();
            unit = &xliff.units.back();
            unit->id = reader.attribute("id");
            unit->approved = reader.attribute("approved");
            unit->line = reader.line();
            unit->column = reader.column();
        } else if (!unit) {
            continue;
        } else if (name == "alt-trans" || name == "matches" || name == "originalData") {
            reader.skip_subtree();  // suggestions and stored markup are not the unit's text
        } else if (v2 && name == "segment") {
            unit->state = reader.attribute("state");
            unit->sub_state = reader.attribute("subState");
        } else if (name == "source") {
            append_segment(unit->source, reader.element_text());
        } else if (name == "target") {
            if (!v2) unit->state = reader.attribute("state");
            unit->has_target = true;
            append_segment(unit->target, reader.element_text());
        } else if (name == "note") {
            append_line(unit->note, reader.element_text());
        }
    }
    if (!root_seen) throw InputError(file, "the file is empty");
    return xliff;
}

}  // namespace korpu
