#include "tm/import/html_reader.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <climits>
#include <memory>

#include "tm/core/error.hpp"

namespace korpu {
namespace {

// The HTML standard's encoding prescan reads the first 1024 bytes of a page.
constexpr std::size_t kCharsetPrescanBytes = 1024;

struct DocumentFree {
    void operator()(xmlDoc* document) const noexcept { xmlFreeDoc(document); }
};
struct StringFree {
    void operator()(xmlChar* text) const noexcept { xmlFree(text); }
};
using HtmlDocument = std::unique_ptr<xmlDoc, DocumentFree>;
using XmlString = std::unique_ptr<xmlChar, StringFree>;

std::string ascii_lower(std::string_view text) {
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
    return lower;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Elements whose content is never article text.
bool is_never_text(std::string_view name) {
    static constexpr std::string_view kNames[] = {"script", "style",  "noscript", "template", "nav",  "aside",  "form",
                                                  "button", "select", "textarea", "iframe",   "svg",  "object", "embed",
                                                  "canvas", "video",  "audio",    "head",     "menu", "dialog"};
    return std::find(std::begin(kNames), std::end(kNames), name) != std::end(kNames);
}

// Landmark roles of WAI-ARIA that mark a page's furniture rather than its content.
bool is_furniture_role(std::string_view role) {
    static constexpr std::string_view kRoles[] = {"navigation", "banner", "contentinfo", "complementary",
                                                  "search",     "dialog", "menu",        "menubar"};
    return std::find(std::begin(kRoles), std::end(kRoles), role) != std::end(kRoles);
}

// Words in class and id attributes with which sites name share buttons, related-news boxes, comment
// sections, breadcrumbs, advertising and the like (from the class names of common CMS themes).
bool is_widget_word(std::string_view word) {
    static constexpr std::string_view kWords[] = {
        "share",   "sharing",     "social",  "related",   "comments", "comment",    "breadcrumb", "breadcrumbs",
        "advert",  "advertising", "ads",     "banner",    "cookie",   "cookies",    "subscribe",  "newsletter",
        "sidebar", "widget",      "popup",   "modal",     "navbar",   "nav",        "menu",       "tags",
        "rating",  "pagination",  "toolbar", "copyright", "promo",    "recommended"};
    return std::find(std::begin(kWords), std::end(kWords), word) != std::end(kWords);
}

std::string_view name_of(const xmlNode* node) { return reinterpret_cast<const char*>(node->name); }

std::string attribute(const xmlNode* node, const char* name) {
    const XmlString value(xmlGetProp(node, reinterpret_cast<const xmlChar*>(name)));
    return value ? ascii_lower(reinterpret_cast<const char*>(value.get())) : std::string();
}

// Splits "post-share social_links" into post, share, social, links.
bool names_a_widget(const std::string& value) {
    std::size_t start = 0;
    while (start < value.size()) {
        const auto end = value.find_first_of(" \t\n-_", start);
        const auto word =
            std::string_view(value).substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (is_widget_word(word)) return true;
        if (end == std::string::npos) break;
        start = end + 1;
    }
    return false;
}

bool is_heading(std::string_view name) {
    return name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6';
}

bool is_block_element(const xmlNode* node) {
    const htmlElemDesc* description = htmlTagLookup(node->name);
    return description && !description->isinline;
}

class BlockCollector {
  public:
    std::vector<Block> take() {
        flush();
        return std::move(blocks_);
    }

    void walk(const xmlNode* node) {
        for (; node; node = node->next) {
            if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
                if (node->content) add_text(reinterpret_cast<const char*>(node->content));
                continue;
            }
            if (node->type != XML_ELEMENT_NODE) continue;
            const auto name = name_of(node);
            if (is_skipped(node, name)) continue;
            if (name == "br") {
                current_ += ' ';
                continue;
            }
            const bool landmark = name == "article" || name == "main";
            const bool link = name == "a";
            content_depth_ += landmark;
            link_depth_ += link;
            if (is_heading(name) || is_block_element(node)) {
                flush();
                const auto outer = kind_;
                if (is_heading(name)) kind_ = BlockKind::Heading;
                walk(node->children);
                flush();
                kind_ = outer;
            } else {
                walk(node->children);
            }
            content_depth_ -= landmark;
            link_depth_ -= link;
        }
    }

  private:
    bool is_skipped(const xmlNode* node, std::string_view name) const {
        if (is_never_text(name)) return true;
        // A page's header and footer are furniture; an article's own header holds its title.
        if ((name == "header" || name == "footer") && content_depth_ == 0) return true;
        if (xmlHasProp(node, reinterpret_cast<const xmlChar*>("hidden"))) return true;
        if (attribute(node, "aria-hidden") == "true") return true;
        if (is_furniture_role(attribute(node, "role"))) return true;
        return names_a_widget(attribute(node, "class")) || names_a_widget(attribute(node, "id"));
    }

    void add_text(std::string_view text) {
        current_ += text;
        if (link_depth_ == 0 && std::any_of(text.begin(), text.end(), [](char c) { return !is_space(c); }))
            text_outside_links_ = true;
    }

    // A paragraph or list item that is nothing but links is navigation: a menu, a list of related
    // headlines, a tag cloud. A heading that is a link (a blog's title) is kept.
    void flush() {
        const bool has_text = std::any_of(current_.begin(), current_.end(), [](char c) { return !is_space(c); });
        if (has_text && (text_outside_links_ || kind_ == BlockKind::Heading))
            blocks_.push_back({kind_, std::move(current_)});
        current_.clear();
        text_outside_links_ = false;
    }

    std::vector<Block> blocks_;
    std::string current_;
    BlockKind kind_ = BlockKind::Paragraph;
    int content_depth_ = 0;  // how many <article> or <main> elements enclose the current node
    int link_depth_ = 0;     // how many <a> elements enclose it
    bool text_outside_links_ = false;
};

// Skips white space and <!-- comments --> at the start of a page.
std::string_view skip_prologue(std::string_view text) {
    for (;;) {
        while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
        if (text.substr(0, 4) != "<!--") return text;
        const auto end = text.find("-->");
        if (end == std::string_view::npos) return {};
        text.remove_prefix(end + 3);
    }
}

}  // namespace

bool looks_like_html(std::string_view bytes) {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    const auto start = ascii_lower(skip_prologue(bytes.substr(0, 4096)).substr(0, 14));
    return start.rfind("<!doctype html", 0) == 0 || start.rfind("<html", 0) == 0;
}

std::string declared_html_charset(std::string_view bytes) {
    const auto head = ascii_lower(bytes.substr(0, kCharsetPrescanBytes));
    std::size_t meta = head.find("<meta");
    while (meta != std::string::npos) {
        const auto end = std::min(head.find('>', meta), head.size());
        auto at = head.find("charset", meta);
        if (at != std::string::npos && at < end) {
            at += 7;
            while (at < end && is_space(head[at])) ++at;
            if (at < end && head[at] == '=') {
                ++at;
                while (at < end && is_space(head[at])) ++at;
                if (at < end && (head[at] == '"' || head[at] == '\'')) ++at;
                const auto value_end = head.find_first_of("\"'; \t\n\r>/", at);
                return head.substr(at, std::min(value_end, end) - at);
            }
        }
        meta = head.find("<meta", end);
    }
    return {};
}

std::vector<Block> read_html_blocks(std::string_view utf8, const std::filesystem::path& file) {
    if (utf8.size() > static_cast<std::size_t>(INT_MAX)) throw InputError(file, "is too large for an HTML page");
    const auto url = file.u8string();
    // The text is already UTF-8 (decoded by Körpü, which reports bad bytes), so the page's own charset
    // declaration is ignored; errors are recovered from, as browsers do, and never printed.
    const HtmlDocument document(htmlReadMemory(utf8.data(), static_cast<int>(utf8.size()), url.c_str(), "UTF-8",
                                               HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                                   HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT));
    if (!document) throw InputError(file, "cannot be read as HTML");
    const xmlNode* root = xmlDocGetRootElement(document.get());
    BlockCollector collector;
    if (root) collector.walk(root->children);
    return collector.take();
}

}  // namespace korpu
