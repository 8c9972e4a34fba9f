#include "tm/memory/detail/unit_reader.hpp"

#include "tm/memory/detail/unit_codec.hpp"

namespace korpu::detail {

std::string select_unit_sql(const std::string& clause) {
    return "SELECT id, source_lang, target_lang, source_text, target_text, coalesce(source_tags, ''),"
           " coalesce(target_tags, ''), source_document, coalesce(context_before, ''), coalesce(context_after, ''),"
           " created_at, coalesce(created_by, ''), coalesce(changed_at, ''), coalesce(changed_by, ''),"
           " coalesce(tmx_extras, '') FROM tm_unit " +
           clause;
}

TmUnit read_unit(const sql::Statement& row) {
    TmUnit unit;
    unit.id = row.column_int(0);
    unit.source_lang = row.column_text(1);
    unit.target_lang = row.column_text(2);
    unit.source_text = row.column_text(3);
    unit.target_text = row.column_text(4);
    unit.source_tags = decode_tags(row.column_text(5));
    unit.target_tags = decode_tags(row.column_text(6));
    if (!row.is_null(7)) unit.source_document = row.column_int(7);
    unit.context_before = row.column_text(8);
    unit.context_after = row.column_text(9);
    unit.created_at = row.column_text(10);
    unit.created_by = row.column_text(11);
    unit.changed_at = row.column_text(12);
    unit.changed_by = row.column_text(13);
    unit.tmx = decode_extras(row.column_text(14));
    return unit;
}

}  // namespace korpu::detail
