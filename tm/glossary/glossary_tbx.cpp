// TBX glossaries, read with libxml2's streaming xmlTextReader (never loading the whole file, no network,
// no DTD, no entities) and written with xmlTextWriter.
//  - TBX-Basic 2.x (ISO 30042:2008): martif / text / body / termEntry / langSet / tig|ntig / term
//  - TBX v3 (ISO 30042:2019), core and Basic dialects: tbx / text / body / conceptEntry / langSec / termSec / term
// A term's termNote type="administrativeStatus" decides its role: deprecatedTerm-admn-sts target terms
// become forbidden variants; the others become entries (admittedTerm: proposed, supersededTerm:
// deprecated, preferredTerm or none: approved).
#include <libxml/xmlreader.h>

#include <algorithm>
#include <fstream>
#include <memory>

#include "tm/core/atomic_file.hpp"
#include "tm/core/error.hpp"
#include "tm/export/detail/xml_writer.hpp"
#include "tm/glossary/glossary_file.hpp"
#include "tm/xml/xml_stream_reader.hpp"

namespace korpu {
namespace {

constexpr const char* kTbx3Namespace = "urn:iso:std:iso:30042:ed-2";
constexpr const char* kPreferred = "preferredTerm-admn-sts";
constexpr const char* kAdmitted = "admittedTerm-admn-sts";
constexpr const char* kDeprecated = "deprecatedTerm-admn-sts";
constexpr const char* kSuperseded = "supersededTerm-admn-sts";

struct TbxTerm {
    std::string text;
    std::string part_of_speech;
    std::string status;  // administrativeStatus value, empty when not given
    std::string note;
};

struct LanguageTerms {
    Language language;
    std::vector<TbxTerm> terms;
};

struct TbxConcept {
    std::size_t line = 0;
    std::string note;
    std::vector<LanguageTerms> languages;
};

class TbxReader {
  public:
    // A DOCTYPE line (TBX-Basic 2 files have one) is not followed, and entities are not expanded.
    explicit TbxReader(const std::filesystem::path& file) : file_(file), xml_(readable(file)) {}

    bool read() {
        const int rc = xml_.read();
        const auto& error = xml_.first_error();
        if (rc < 0 || !error.message.empty()) {
            throw InputError(file_, error.line ? error.line : line(), error.column,
                             error.message.empty() ? "malformed XML" : error.message);
        }
        if (rc == 0) return false;
        if (type() == XML_READER_TYPE_ENTITY_REFERENCE) fail("entity references are not accepted");
        return true;
    }

    int type() const { return xml_.type(); }
    int depth() const { return xml_.depth(); }
    bool empty_element() const { return xml_.empty_element(); }
    std::string name() const { return xml_.local_name(); }
    std::string namespace_uri() const { return xml_.namespace_uri(); }
    std::string xml_lang() const { return xml_.xml_lang(); }
    std::string attribute(const char* name) const { return xml_.attribute(name); }
    // Where the current node starts (libxml2 records it per node); the parser's position otherwise.
    std::size_t line() const { return xml_.line(); }
    [[noreturn]] void fail(const std::string& message) const { throw InputError(file_, line(), 0, message); }

    // The text of the current element (inline markup left out); leaves the reader on its end tag.
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

    bool at_end_of(int element_depth) const {
        return type() == XML_READER_TYPE_END_ELEMENT && depth() == element_depth;
    }

  private:
    static const std::filesystem::path& readable(const std::filesystem::path& file) {
        if (!std::ifstream(file, std::ios::binary)) throw InputError(file, "cannot be read");
        return file;
    }
    std::string value() const { return xml_.value(); }

    const std::filesystem::path& file_;
    detail::XmlStreamReader xml_;
};

std::string collapse_space(const std::string& text) {
    std::string out;
    bool space = false;
    for (const char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

bool is_term_group(const std::string& name) { return name == "tig" || name == "ntig" || name == "termSec"; }
bool is_language_group(const std::string& name) { return name == "langSet" || name == "langSec"; }
bool is_entry(const std::string& name) { return name == "termEntry" || name == "conceptEntry"; }

TbxTerm read_term_group(TbxReader& reader, const std::filesystem::path& file) {
    const int group_depth = reader.depth();
    const auto group_line = reader.line();
    TbxTerm term;
    if (reader.empty_element()) throw InputError(file, group_line, 0, "a term group without a <term>");
    while (reader.read() && !reader.at_end_of(group_depth)) {
        if (reader.type() != XML_READER_TYPE_ELEMENT) continue;
        const auto name = reader.name();
        if (name == "term") {
            term.text = collapse_space(reader.element_text());
        } else if (name == "termNote") {
            const auto kind = reader.attribute("type");
            const auto value = collapse_space(reader.element_text());
            if (kind == "partOfSpeech") term.part_of_speech = value;
            if (kind == "administrativeStatus") term.status = value;
        } else if (name == "note") {
            term.note = collapse_space(reader.element_text());
        }
    }
    if (term.text.empty()) throw InputError(file, group_line, 0, "a term group with an empty or missing <term>");
    return term;
}

TbxConcept read_concept(TbxReader& reader, const std::filesystem::path& file) {
    TbxConcept concept_entry;
    concept_entry.line = reader.line();
    const int entry_depth = reader.depth();
    if (reader.empty_element()) return concept_entry;
    while (reader.read() && !reader.at_end_of(entry_depth)) {
        if (reader.type() != XML_READER_TYPE_ELEMENT) continue;
        const auto name = reader.name();
        if (is_language_group(name)) {
            const auto tag = reader.xml_lang();
            if (tag.empty()) reader.fail("<" + name + "> without xml:lang");
            LanguageTerms terms;
            try {
                terms.language = Language::parse(tag);
            } catch (const UsageError& error) {
                reader.fail(error.what());
            }
            const int language_depth = reader.depth();
            if (!reader.empty_element()) {
                while (reader.read() && !reader.at_end_of(language_depth)) {
                    if (reader.type() == XML_READER_TYPE_ELEMENT && is_term_group(reader.name())) {
                        terms.terms.push_back(read_term_group(reader, file));
                    }
                }
            }
            concept_entry.languages.push_back(std::move(terms));
        } else if (name == "note" || (name == "descrip" && reader.attribute("type") == "definition")) {
            if (concept_entry.note.empty()) concept_entry.note = collapse_space(reader.element_text());
        }
    }
    return concept_entry;
}

// A language of the file matches the requested one exactly, or by primary language and script when
// the request names no region ("en" takes "en-US").
bool same_language(const Language& file_language, const Language& wanted) {
    if (file_language == wanted) return true;
    return file_language.primary() == wanted.primary() &&
           (wanted.script().empty() || file_language.script().empty() || file_language.script() == wanted.script());
}

bool is_forbidden(const TbxTerm& term) { return term.status == kDeprecated; }

TermStatus entry_status(const TbxTerm& target) {
    if (target.status == kAdmitted) return TermStatus::Proposed;
    if (target.status == kSuperseded) return TermStatus::Deprecated;
    return TermStatus::Approved;
}

void add_entries(const TbxConcept& concept_entry, const Language& source, const Language& target,
                 std::vector<GlossaryEntry>& entries) {
    std::vector<const TbxTerm*> sources;
    std::vector<const TbxTerm*> targets;
    std::vector<std::string> forbidden;
    Language source_tag = source;
    Language target_tag = target;
    for (const auto& language : concept_entry.languages) {
        for (const auto& term : language.terms) {
            if (same_language(language.language, source)) {
                if (!is_forbidden(term)) sources.push_back(&term);
                source_tag = language.language;
            } else if (same_language(language.language, target)) {
                target_tag = language.language;
                if (is_forbidden(term)) {
                    forbidden.push_back(term.text);
                } else {
                    targets.push_back(&term);
                }
            }
        }
    }
    for (const auto* s : sources) {
        for (const auto* t : targets) {
            GlossaryEntry entry;
            entry.source_lang = source_tag;
            entry.target_lang = target_tag;
            entry.source_term = s->text;
            entry.target_term = t->text;
            entry.part_of_speech = !t->part_of_speech.empty() ? t->part_of_speech : s->part_of_speech;
            entry.note = !t->note.empty() ? t->note : concept_entry.note;
            entry.forbidden = forbidden;
            entry.status = entry_status(*t);
            entries.push_back(std::move(entry));
        }
    }
}

}  // namespace

std::vector<GlossaryEntry> read_tbx_glossary(const std::filesystem::path& file, const GlossaryReadOptions& options) {
    TbxReader reader(file);
    bool root_seen = false;
    std::optional<Language> source = options.source_lang;
    std::optional<Language> target = options.target_lang;
    std::vector<GlossaryEntry> entries;
    std::size_t concepts = 0;
    while (reader.read()) {
        if (reader.type() != XML_READER_TYPE_ELEMENT) continue;
        const auto name = reader.name();
        if (!root_seen) {
            root_seen = true;
            const bool tbx3 = name == "tbx" && reader.namespace_uri() == kTbx3Namespace;
            if (name != "martif" && !tbx3) {
                reader.fail("is not a TBX file: the root element is <" + name +
                            ">, not <martif> (TBX-Basic) or <tbx> in " + kTbx3Namespace + " (TBX v3)");
            }
            continue;
        }
        if (!is_entry(name)) continue;
        ++concepts;
        const auto concept_entry = read_concept(reader, file);
        if (!source || !target) {
            // The pair is the first entry's two languages, in document order, unless given.
            if (concept_entry.languages.size() < 2) {
                throw InputError(file, concept_entry.line, 0,
                                 "the first entry has fewer than two languages; give the source and target "
                                 "languages (--src-lang, --tgt-lang)");
            }
            if (!source) source = concept_entry.languages[0].language;
            if (!target) {
                for (const auto& language : concept_entry.languages) {
                    if (!same_language(language.language, *source)) {
                        target = language.language;
                        break;
                    }
                }
            }
            if (!target) throw InputError(file, concept_entry.line, 0, "the first entry has only one language");
        }
        add_entries(concept_entry, *source, *target, entries);
    }
    if (!root_seen) throw InputError(file, "is empty");
    if (concepts > 0 && entries.empty()) {
        throw InputError(file, "has no entry with terms in both " + (source ? source->tag() : std::string("?")) +
                                   " and " + (target ? target->tag() : std::string("?")));
    }
    return entries;
}

void write_tbx_glossary(const std::filesystem::path& file, const std::vector<GlossaryEntry>& entries) {
    AtomicFile atomic(file);
    {
        std::ofstream out(atomic.temporary_path(), std::ios::binary);
        if (!out) throw OutputError(file, "cannot be created");
        detail::XmlWriter xml(out, file, true);
        xml.start("tbx")
            .attribute("type", "TBX-Basic")
            .attribute("style", "dca")
            .attribute("xml:lang", entries.empty() ? std::string("en") : entries.front().source_lang.tag())
            .attribute("xmlns", kTbx3Namespace);
        xml.start("tbxHeader").start("fileDesc").start("sourceDesc").element("p", "Körpü glossary").end().end().end();
        xml.start("text").start("body");
        std::size_t id = 0;
        for (const auto& entry : entries) {
            xml.start("conceptEntry").attribute("id", "c" + std::to_string(++id));
            if (!entry.note.empty()) xml.element("note", entry.note);
            auto term = [&xml, &entry](const std::string& text, const char* status) {
                xml.start("termSec").element("term", text);
                if (!entry.part_of_speech.empty()) {
                    xml.start("termNote").attribute("type", "partOfSpeech").text(entry.part_of_speech).end();
                }
                xml.start("termNote").attribute("type", "administrativeStatus").text(status).end();
                xml.end();
            };
            const char* status = entry.status == TermStatus::Approved   ? kPreferred
                                 : entry.status == TermStatus::Proposed ? kAdmitted
                                                                        : kSuperseded;
            xml.start("langSec").attribute("xml:lang", entry.source_lang.tag());
            term(entry.source_term, status);
            xml.end();
            xml.start("langSec").attribute("xml:lang", entry.target_lang.tag());
            term(entry.target_term, status);
            for (const auto& variant : entry.forbidden) term(variant, kDeprecated);
            xml.end();
            xml.end();
        }
        xml.finish();
        out.flush();
        if (!out) throw OutputError(file, "cannot be written");
    }
    atomic.commit();
}

}  // namespace korpu
