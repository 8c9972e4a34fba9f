#include "tm/memory/tmx_memory_export.hpp"

#include <unicode/utf8.h>

#include <set>

#include "tm/core/language.hpp"
#include "tm/core/version.hpp"
#include "tm/export/detail/output_file.hpp"
#include "tm/export/detail/xml_writer.hpp"
#include "tm/memory/detail/text_key.hpp"
#include "tm/memory/detail/tmx_reader.hpp"
#include "tm/memory/detail/unit_reader.hpp"
#include "tm/store/detail/sqlite.hpp"
#include "tm/store/workspace.hpp"

namespace korpu {
namespace {

// Progress every 10,000 units, as for the import.
constexpr std::size_t kProgressInterval = 10000;

// ?1 source language, ?2 target language (each also matching its regional variants), ?3 document,
// ?4 since, ?5 until; empty text and NULL select everything.
constexpr const char* kFilter =
    "WHERE (?1 = '' OR source_lang = ?1 OR source_lang LIKE ?1 || '-%')"
    " AND (?2 = '' OR target_lang = ?2 OR target_lang LIKE ?2 || '-%')"
    " AND (?3 IS NULL OR source_document = ?3)"
    " AND (?4 = '' OR max(created_at, coalesce(changed_at, '')) >= ?4)"
    " AND (?5 = '' OR max(created_at, coalesce(changed_at, '')) < ?5)";

std::string canonical_or_empty(const std::string& tag) { return tag.empty() ? tag : Language::parse(tag).tag(); }

void bind_filter(sql::Statement& statement, const TmxMemoryFilter& filter) {
    statement.bind(1, canonical_or_empty(filter.source_lang)).bind(2, canonical_or_empty(filter.target_lang));
    statement.bind(3, filter.document).bind(4, filter.since).bind(5, filter.until);
}

void write_attributes(detail::XmlWriter& xml, const TmxExtras::Attributes& attributes) {
    for (const auto& [name, value] : attributes) xml.attribute(name.c_str(), value);
}

void write_date(detail::XmlWriter& xml, const char* name, const std::string& iso) {
    const std::string date = detail::tmx_date_from_iso(iso);
    if (!date.empty()) xml.attribute(name, date);
}

// The segment's text with each placeholder replaced by its tag.
void write_segment(detail::XmlWriter& xml, const std::string& text, const std::vector<std::string>& tags) {
    xml.start("seg");
    std::size_t plain_from = 0;
    for (std::int32_t i = 0; i < static_cast<std::int32_t>(text.size());) {
        const std::int32_t at = i;
        UChar32 c = 0;
        U8_NEXT(reinterpret_cast<const std::uint8_t*>(text.data()), i, static_cast<std::int32_t>(text.size()), c);
        if (c < static_cast<UChar32>(detail::kFirstTagPlaceholder) ||
            c > static_cast<UChar32>(detail::kLastTagPlaceholder)) {
            continue;
        }
        const auto index = static_cast<std::size_t>(c - static_cast<UChar32>(detail::kFirstTagPlaceholder));
        if (index >= tags.size()) continue;
        if (static_cast<std::size_t>(at) > plain_from)
            xml.text(text.substr(plain_from, static_cast<std::size_t>(at) - plain_from));
        xml.raw(tags[index]);
        plain_from = static_cast<std::size_t>(i);
    }
    if (plain_from < text.size()) xml.text(text.substr(plain_from));
    xml.end();
}

void write_variant(detail::XmlWriter& xml, const std::string& language, const TmxExtras::Attributes& attributes,
                   const std::string& elements, const std::string& text, const std::vector<std::string>& tags) {
    xml.start("tuv").attribute("xml:lang", language);
    write_attributes(xml, attributes);
    if (!elements.empty()) xml.raw(elements);
    write_segment(xml, text, tags);
    xml.end();
}

}  // namespace

std::size_t export_memory_to_tmx(Workspace& workspace, const std::filesystem::path& output,
                                 const TmxMemoryFilter& filter, const TmxMemoryExportProgress& progress) {
    auto& db = workspace.database();
    sql::Statement count(db, std::string("SELECT count(*) FROM tm_unit ") + kFilter);
    bind_filter(count, filter);
    count.step();
    const auto total = static_cast<std::size_t>(count.column_int(0));
    sql::Statement languages(db, std::string("SELECT DISTINCT source_lang FROM tm_unit ") + kFilter + " LIMIT 2");
    bind_filter(languages, filter);
    std::vector<std::string> sources;
    while (languages.step()) sources.push_back(languages.column_text(0));
    sql::Statement headers(db, "SELECT DISTINCT elements FROM tmx_header ORDER BY id");

    detail::OutputFile file(output);
    std::size_t written = 0;
    {
        detail::XmlWriter xml(file.stream(), output, true);
        xml.start("tmx").attribute("version", "1.4");
        xml.start("header")
            .attribute("creationtool", kProgramName)
            .attribute("creationtoolversion", kProgramVersion)
            .attribute("segtype", "sentence")
            .attribute("o-tmf", "korpu")
            .attribute("adminlang", "en")
            .attribute("srclang", sources.size() == 1 ? sources.front() : "*all*")
            .attribute("datatype", "plaintext");
        while (headers.step()) xml.raw(headers.column_text(0));
        xml.end();
        xml.start("body");
        sql::Statement units(db, detail::select_unit_sql(std::string(kFilter) + " ORDER BY id"));
        bind_filter(units, filter);
        while (units.step()) {
            const TmUnit unit = detail::read_unit(units);
            xml.start("tu");
            write_attributes(xml, unit.tmx.unit_attributes);
            write_date(xml, "creationdate", unit.created_at);
            if (!unit.created_by.empty()) xml.attribute("creationid", unit.created_by);
            write_date(xml, "changedate", unit.changed_at);
            if (!unit.changed_by.empty()) xml.attribute("changeid", unit.changed_by);
            if (!unit.tmx.unit_elements.empty()) xml.raw(unit.tmx.unit_elements);
            write_variant(xml, unit.source_lang, unit.tmx.source_attributes, unit.tmx.source_elements, unit.source_text,
                          unit.source_tags);
            write_variant(xml, unit.target_lang, unit.tmx.target_attributes, unit.tmx.target_elements, unit.target_text,
                          unit.target_tags);
            xml.end();
            ++written;
            if (progress && written % kProgressInterval == 0) progress(written, total);
        }
        xml.finish();
    }
    file.commit();
    if (progress) progress(written, total);
    return written;
}

}  // namespace korpu
