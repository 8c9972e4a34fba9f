#include "tm/store/document_store.hpp"

#include "tm/core/error.hpp"
#include "tm/store/detail/sqlite.hpp"
#include "tm/store/ordinal_keys.hpp"
#include "tm/store/workspace.hpp"

namespace korpu {
namespace {

constexpr const char* kSelectDocuments =
    "SELECT d.id, d.name, d.language, d.source_path, d.format, d.encoding,"
    " (SELECT count(*) FROM segment s WHERE s.document_id = d.id)"
    " FROM document d";

DocumentInfo read_info(const sql::Statement& row) {
    DocumentInfo info;
    info.id = row.column_int(0);
    info.name = row.column_text(1);
    info.language = Language::parse(row.column_text(2));
    info.source_path = row.column_optional_text(3);
    info.format = row.column_text(4);
    info.encoding = row.column_optional_text(5);
    info.segment_count = static_cast<std::size_t>(row.column_int(6));
    return info;
}

}  // namespace

std::int64_t DocumentStore::add(const NewDocument& document, const SegmentedDocument& content,
                                const std::vector<ImportFinding>& findings) {
    auto& db = workspace_.database();
    sql::Transaction transaction(db);
    sql::Statement insert_document(
        db, "INSERT INTO document (name, language, source_path, format, encoding) VALUES (?1, ?2, ?3, ?4, ?5)");
    insert_document.bind(1, document.name)
        .bind(2, document.language.tag())
        .bind(3, document.source_path)
        .bind(4, document.format)
        .bind(5, document.encoding)
        .run();
    const auto document_id = db.last_insert_id();

    sql::Statement insert_paragraph(db, "INSERT INTO paragraph (document_id, ordinal, kind) VALUES (?1, ?2, ?3)");
    sql::Statement insert_segment(
        db, "INSERT INTO segment (document_id, paragraph_id, ordinal, text) VALUES (?1, ?2, ?3, ?4)");
    std::size_t segment_position = 0;
    for (std::size_t p = 0; p < content.paragraphs.size(); ++p) {
        const auto& paragraph = content.paragraphs[p];
        insert_paragraph.bind(1, document_id)
            .bind(2, static_cast<std::int64_t>(p))
            .bind(3, to_string(paragraph.kind))
            .run();
        const auto paragraph_id = db.last_insert_id();
        for (const auto& text : paragraph.segments) {
            insert_segment.bind(1, document_id)
                .bind(2, paragraph_id)
                .bind(3, spaced_ordinal(segment_position++))
                .bind(4, text)
                .run();
        }
    }
    sql::Statement insert_finding(db,
                                  "INSERT INTO import_finding (document_id, segment_ordinal, kind, text, detail)"
                                  " VALUES (?1, ?2, ?3, ?4, ?5)");
    for (const auto& finding : findings) {
        insert_finding.bind(1, document_id)
            .bind(2, static_cast<std::int64_t>(finding.segment))
            .bind(3, finding.kind)
            .bind(4, finding.text)
            .bind(5, finding.detail)
            .run();
    }
    transaction.commit();
    return document_id;
}

std::vector<DocumentInfo> DocumentStore::list() {
    sql::Statement query(workspace_.database(), std::string(kSelectDocuments) + " ORDER BY d.id");
    std::vector<DocumentInfo> documents;
    while (query.step()) documents.push_back(read_info(query));
    return documents;
}

DocumentInfo DocumentStore::info(std::int64_t id) {
    sql::Statement query(workspace_.database(), std::string(kSelectDocuments) + " WHERE d.id = ?1");
    query.bind(1, id);
    if (!query.step()) throw Error("the workspace has no document " + std::to_string(id));
    return read_info(query);
}

SegmentedDocument DocumentStore::content(std::int64_t id) {
    sql::Statement query(workspace_.database(),
                         "SELECT p.ordinal, p.kind, s.text FROM paragraph p"
                         " LEFT JOIN segment s ON s.paragraph_id = p.id"
                         " WHERE p.document_id = ?1 ORDER BY p.ordinal, s.ordinal");
    query.bind(1, id);
    SegmentedDocument document;
    std::int64_t current = -1;
    while (query.step()) {
        const auto ordinal = query.column_int(0);
        if (ordinal != current) {
            document.paragraphs.push_back({block_kind_from_string(query.column_text(1)), {}});
            current = ordinal;
        }
        if (!query.is_null(2)) document.paragraphs.back().segments.push_back(query.column_text(2));
    }
    return document;
}

std::vector<std::string> DocumentStore::segments(std::int64_t id) {
    sql::Statement query(workspace_.database(), "SELECT text FROM segment WHERE document_id = ?1 ORDER BY ordinal");
    query.bind(1, id);
    std::vector<std::string> texts;
    while (query.step()) texts.push_back(query.column_text(0));
    return texts;
}

std::vector<ImportFinding> DocumentStore::findings(std::int64_t id) {
    sql::Statement query(workspace_.database(),
                         "SELECT segment_ordinal, kind, text, detail FROM import_finding"
                         " WHERE document_id = ?1 ORDER BY segment_ordinal, id");
    query.bind(1, id);
    std::vector<ImportFinding> found;
    while (query.step()) {
        found.push_back({static_cast<std::size_t>(query.column_int(0)), query.column_text(1), query.column_text(2),
                         query.column_text(3)});
    }
    return found;
}

}  // namespace korpu
