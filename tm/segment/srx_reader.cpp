#include "tm/segment/srx_reader.hpp"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <climits>
#include <fstream>
#include <iterator>
#include <memory>
#include <new>
#include <optional>

#include "tm/core/error.hpp"

namespace korpu {
namespace {

// SRX 2.0 namespace; elements without a namespace are accepted too (hand-written files omit it).
constexpr std::string_view kSrxNamespace = "http://www.lisa.org/srx20";

struct ParserContextFree {
    void operator()(xmlParserCtxt* context) const { xmlFreeParserCtxt(context); }
};
struct DocumentFree {
    void operator()(xmlDoc* document) const { xmlFreeDoc(document); }
};
struct XmlStringFree {
    void operator()(xmlChar* text) const { xmlFree(text); }
};
using ParserContext = std::unique_ptr<xmlParserCtxt, ParserContextFree>;
using Document = std::unique_ptr<xmlDoc, DocumentFree>;
using XmlString = std::unique_ptr<xmlChar, XmlStringFree>;

std::string_view name_of(const xmlNode* node) {
    return reinterpret_cast<const char*>(node->name);
}

bool is_srx_element(const xmlNode* node, std::string_view name) {
    if (node->type != XML_ELEMENT_NODE || name_of(node) != name) return false;
    return node->ns == nullptr || node->ns->href == nullptr ||
           reinterpret_cast<const char*>(node->ns->href) == kSrxNamespace;
}

// The first error libxml2 reports while parsing: the one that names the real mistake (the last one is
// often only "premature end of data").
struct FirstError {
    bool seen = false;
    std::size_t line = 0;
    std::size_t column = 0;
    std::string message;
};

// libxml2's structured error callback; its error parameter became const in 2.12, so the signature is
// taken from xmlStructuredErrorFunc itself.
template <typename Callback>
struct ErrorSink;
template <typename ErrorPointer>
struct ErrorSink<void (*)(void*, ErrorPointer)> {
    static void keep_first(void* data, ErrorPointer error) {
        auto* context = static_cast<xmlParserCtxt*>(data);
        auto* first = context ? static_cast<FirstError*>(context->_private) : nullptr;
        if (!first || first->seen || !error || error->level < XML_ERR_ERROR) return;
        first->seen = true;
        first->line = error->line > 0 ? static_cast<std::size_t>(error->line) : 0;
        first->column = error->int2 > 0 ? static_cast<std::size_t>(error->int2) : 0;
        first->message = error->message ? error->message : "cannot be parsed";
        while (!first->message.empty() && (first->message.back() == '\n' || first->message.back() == ' ')) {
            first->message.pop_back();
        }
    }
};

class Reader {
  public:
    explicit Reader(const std::filesystem::path& origin) : origin_(origin) {}

    [[noreturn]] void fail(const xmlNode* node, const std::string& message) const {
        const long line = node ? xmlGetLineNo(node) : 0;
        throw InputError(origin_, line > 0 ? static_cast<std::size_t>(line) : 0, 0, message);
    }

    std::optional<std::string> attribute(const xmlNode* node, const char* name) const {
        XmlString value(xmlGetProp(node, reinterpret_cast<const xmlChar*>(name)));
        if (!value) return std::nullopt;
        return std::string(reinterpret_cast<const char*>(value.get()));
    }

    std::string required_attribute(const xmlNode* node, const char* name) const {
        auto value = attribute(node, name);
        if (!value) fail(node, "<" + std::string(name_of(node)) + "> lacks the attribute " + name);
        return *value;
    }

    bool yes_no(const xmlNode* node, const char* name, bool fallback) const {
        const auto value = attribute(node, name);
        if (!value) return fallback;
        if (*value == "yes") return true;
        if (*value == "no") return false;
        fail(node, std::string("attribute ") + name + " of <" + std::string(name_of(node)) +
                       "> must be \"yes\" or \"no\", not \"" + *value + "\"");
    }

    // The text of an element, taken as it is (a trailing space can be part of a regular expression).
    std::string text_of(const xmlNode* node) const {
        std::string text;
        for (const xmlNode* child = node->children; child; child = child->next) {
            if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
                text += reinterpret_cast<const char*>(child->content);
            } else if (child->type == XML_ELEMENT_NODE) {
                fail(child, "<" + std::string(name_of(node)) + "> must hold only a regular expression");
            }
        }
        return text;
    }

    void read_header(const xmlNode* header, SrxRuleSet& rules) const {
        rules.cascade = yes_no(header, "cascade", false);
        rules.segment_subflows = yes_no(header, "segmentsubflows", true);
        for (const xmlNode* child = header->children; child; child = child->next) {
            if (!is_srx_element(child, "formathandle")) continue;
            const auto type = required_attribute(child, "type");
            const bool include = yes_no(child, "include", false);
            if (type == "start") {
                rules.format_handle.start_included = include;
            } else if (type == "end") {
                rules.format_handle.end_included = include;
            } else if (type == "isolated") {
                rules.format_handle.isolated_included = include;
            } else {
                fail(child, "formathandle type must be start, end or isolated, not \"" + type + "\"");
            }
        }
    }

    SrxRule read_rule(const xmlNode* node) const {
        SrxRule rule;
        rule.breaks = yes_no(node, "break", true);
        rule.line = static_cast<std::size_t>(std::max(0L, xmlGetLineNo(node)));
        for (const xmlNode* child = node->children; child; child = child->next) {
            if (is_srx_element(child, "beforebreak")) {
                rule.before = text_of(child);
            } else if (is_srx_element(child, "afterbreak")) {
                rule.after = text_of(child);
            }
        }
        return rule;
    }

    void read_language_rules(const xmlNode* node, SrxRuleSet& rules) const {
        for (const xmlNode* child = node->children; child; child = child->next) {
            if (!is_srx_element(child, "languagerule")) continue;
            SrxLanguageRule language_rule;
            language_rule.name = required_attribute(child, "languagerulename");
            if (rules.find(language_rule.name))
                fail(child, "languagerule \"" + language_rule.name + "\" is defined twice");
            for (const xmlNode* rule = child->children; rule; rule = rule->next) {
                if (is_srx_element(rule, "rule")) language_rule.rules.push_back(read_rule(rule));
            }
            rules.language_rules.push_back(std::move(language_rule));
        }
    }

    void read_maps(const xmlNode* node, SrxRuleSet& rules) const {
        for (const xmlNode* child = node->children; child; child = child->next) {
            if (!is_srx_element(child, "languagemap")) continue;
            SrxLanguageMap map;
            map.pattern = required_attribute(child, "languagepattern");
            map.rule_name = required_attribute(child, "languagerulename");
            map.line = static_cast<std::size_t>(std::max(0L, xmlGetLineNo(child)));
            if (!rules.find(map.rule_name)) {
                fail(child,
                     "languagemap names the languagerule \"" + map.rule_name + "\", which is not defined");
            }
            rules.language_maps.push_back(std::move(map));
        }
    }

    SrxRuleSet read(const xmlNode* root) const {
        if (!root || !is_srx_element(root, "srx")) {
            fail(root, "not an SRX file: the root element is not <srx>");
        }
        const auto version = attribute(root, "version");
        if (version && *version != "2.0")
            fail(root, "SRX version " + *version + " is not supported (2.0 expected)");
        SrxRuleSet rules;
        rules.origin = origin_;
        const xmlNode* body = nullptr;
        for (const xmlNode* child = root->children; child; child = child->next) {
            if (is_srx_element(child, "header")) read_header(child, rules);
            if (is_srx_element(child, "body")) body = child;
        }
        if (!body) fail(root, "the SRX file has no <body>");
        // Maps refer to language rules by name, so read all language rules first.
        for (const xmlNode* child = body->children; child; child = child->next) {
            if (is_srx_element(child, "languagerules")) read_language_rules(child, rules);
        }
        for (const xmlNode* child = body->children; child; child = child->next) {
            if (is_srx_element(child, "maprules")) read_maps(child, rules);
        }
        return rules;
    }

  private:
    std::filesystem::path origin_;
};

}  // namespace

SrxRuleSet parse_srx(std::string_view xml, const std::filesystem::path& origin) {
    if (xml.size() > static_cast<std::size_t>(INT_MAX))
        throw InputError(origin, "is too large for an SRX file");
    ParserContext context(xmlNewParserCtxt());
    if (!context) throw std::bad_alloc();
    FirstError first;
    context->_private = &first;
    context->sax->serror = &ErrorSink<xmlStructuredErrorFunc>::keep_first;
    const auto url = origin.u8string();
    // No network, no entity substitution, no DTD loading; errors are collected, not printed.
    Document document(xmlCtxtReadMemory(context.get(), xml.data(), static_cast<int>(xml.size()), url.c_str(),
                                        nullptr, XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
    if (!document || !context->wellFormed) {
        if (!first.seen) first.message = "cannot be parsed";
        throw InputError(origin, first.line, first.column, "not well-formed XML: " + first.message);
    }
    // Entities are refused altogether: rules have no use for them and they could expand without bound.
    if (document->intSubset && document->intSubset->entities) {
        throw InputError(origin, "SRX files must not declare entities");
    }
    return Reader(origin).read(xmlDocGetRootElement(document.get()));
}

SrxRuleSet read_srx_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw InputError(file, "cannot be opened for reading");
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) throw InputError(file, "cannot be read");
    return parse_srx(bytes, file);
}

}  // namespace korpu
