#include "tm/store/schema.hpp"

namespace korpu::schema {
namespace {

// Version 1: documents, their paragraphs and segments, and alignments between two documents.
constexpr std::string_view kVersion1 = R"sql(
CREATE TABLE document (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    language    TEXT NOT NULL,
    source_path TEXT,
    format      TEXT NOT NULL DEFAULT 'text',
    encoding    TEXT,
    title       TEXT,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE TABLE paragraph (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    kind        TEXT NOT NULL DEFAULT 'paragraph' CHECK (kind IN ('paragraph', 'heading')),
    UNIQUE (document_id, ordinal)
);
CREATE TABLE segment (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    paragraph_id INTEGER NOT NULL REFERENCES paragraph(id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,
    text         TEXT NOT NULL,
    UNIQUE (document_id, ordinal)
);
CREATE INDEX segment_paragraph ON segment(paragraph_id);
CREATE TABLE alignment (
    id                 INTEGER PRIMARY KEY,
    source_document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    target_document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    method             TEXT NOT NULL,
    created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE TABLE bead (
    id           INTEGER PRIMARY KEY,
    alignment_id INTEGER NOT NULL REFERENCES alignment(id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,
    source_begin INTEGER NOT NULL CHECK (source_begin >= 0),
    source_count INTEGER NOT NULL CHECK (source_count >= 0),
    target_begin INTEGER NOT NULL CHECK (target_begin >= 0),
    target_count INTEGER NOT NULL CHECK (target_count >= 0),
    confidence   REAL NOT NULL DEFAULT 1.0,
    status       TEXT NOT NULL DEFAULT 'automatic' CHECK (status IN ('automatic', 'review', 'confirmed')),
    UNIQUE (alignment_id, ordinal)
);
)sql";

// Version 2: what reviewers and translators add on top of the aligned text: translation-memory
// units, glossary entries, the workspace's own spelling words, and the review state of QA findings.
constexpr std::string_view kVersion2 = R"sql(
CREATE TABLE tm_unit (
    id              INTEGER PRIMARY KEY,
    source_lang     TEXT NOT NULL,
    target_lang     TEXT NOT NULL,
    source_text     TEXT NOT NULL,
    target_text     TEXT NOT NULL,
    source_document INTEGER REFERENCES document(id) ON DELETE SET NULL,
    context_before  TEXT,
    context_after   TEXT,
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    created_by      TEXT,
    changed_at      TEXT,
    changed_by      TEXT,
    UNIQUE (source_lang, target_lang, source_text, target_text)
);
CREATE TABLE glossary_entry (
    id             INTEGER PRIMARY KEY,
    source_lang    TEXT NOT NULL,
    target_lang    TEXT NOT NULL,
    source_term    TEXT NOT NULL,
    target_term    TEXT NOT NULL,
    part_of_speech TEXT,
    note           TEXT,
    forbidden      TEXT,
    status         TEXT NOT NULL DEFAULT 'approved',
    UNIQUE (source_lang, target_lang, source_term, target_term)
);
CREATE TABLE custom_word (
    language TEXT NOT NULL,
    word     TEXT NOT NULL,
    kind     TEXT NOT NULL CHECK (kind IN ('accepted', 'ignored')),
    PRIMARY KEY (language, word)
);
CREATE TABLE qa_finding_state (
    finding_key TEXT PRIMARY KEY,
    state       TEXT NOT NULL CHECK (state IN ('accepted')),
    changed_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
)sql";

// Version 3: what bilingual editions and XLIFF exchange need: a document's author and translator (its
// title is in version 1), and a reviewer's note on a bead.
constexpr std::string_view kVersion3 = R"sql(
ALTER TABLE document ADD COLUMN author TEXT;
ALTER TABLE document ADD COLUMN translator TEXT;
ALTER TABLE bead ADD COLUMN note TEXT;
)sql";

// Version 4: translation-memory lookups (tm/memory). tm_unit is rebuilt without its UNIQUE constraint on the
// full texts, an index as large as the texts that slowed bulk imports down: duplicates are found through
// unit_hash (a hash of languages, texts and tags) instead, and exact matches through source_hash. Rows that
// older code wrote keep NULL hashes until TranslationMemory indexes them. tm_unit_words is the full-text
// index of the folded words of both sides (contentless: the text lives in tm_unit, rowid = tm_unit.id), and
// tm_term counts the units whose source has each folded word, so that a lookup starts from the rarest.
constexpr std::string_view kVersion4 = R"sql(
CREATE TABLE tm_unit_v4 (
    id              INTEGER PRIMARY KEY,
    source_lang     TEXT NOT NULL,
    target_lang     TEXT NOT NULL,
    source_text     TEXT NOT NULL,
    target_text     TEXT NOT NULL,
    source_document INTEGER REFERENCES document(id) ON DELETE SET NULL,
    context_before  TEXT,
    context_after   TEXT,
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    created_by      TEXT,
    changed_at      TEXT,
    changed_by      TEXT,
    unit_hash       INTEGER,
    source_hash     INTEGER,
    context_hash    INTEGER,
    source_tags     TEXT,
    target_tags     TEXT,
    tmx_extras      TEXT
);
INSERT INTO tm_unit_v4 (id, source_lang, target_lang, source_text, target_text, source_document, context_before,
                        context_after, created_at, created_by, changed_at, changed_by)
    SELECT id, source_lang, target_lang, source_text, target_text, source_document, context_before, context_after,
           created_at, created_by, changed_at, changed_by FROM tm_unit;
DROP TABLE tm_unit;
ALTER TABLE tm_unit_v4 RENAME TO tm_unit;
CREATE INDEX tm_unit_by_unit_hash ON tm_unit(unit_hash);
CREATE INDEX tm_unit_by_source_hash ON tm_unit(source_hash);
CREATE INDEX tm_unit_by_document ON tm_unit(source_document);
CREATE TABLE tm_term (
    term  TEXT PRIMARY KEY,
    units INTEGER NOT NULL
) WITHOUT ROWID;
CREATE VIRTUAL TABLE tm_unit_words USING fts5(source, target, content='', tokenize='ascii');
CREATE TABLE tmx_header (
    id          INTEGER PRIMARY KEY,
    file        TEXT NOT NULL,
    imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    elements    TEXT NOT NULL
);
)sql";

// Version 5: a faster translation-memory index. tm_term_count counts the units whose source has a word by
// the word's 64-bit hash (a collision only makes a lookup read a few more postings); tm_unit_words keeps
// which column a word is in but not its positions (detail=column, about half the size and build time), and
// flushes its in-memory part every 16 MiB instead of 1 MiB, which a bulk import needs. The units keep their
// text; clearing unit_hash makes TranslationMemory index every unit again when it first opens the workspace.
constexpr std::string_view kVersion5 = R"sql(
DROP TABLE tm_term;
CREATE TABLE tm_term_count (
    term_hash INTEGER PRIMARY KEY,
    units     INTEGER NOT NULL
);
DROP TABLE tm_unit_words;
CREATE VIRTUAL TABLE tm_unit_words USING fts5(source, target, content='', tokenize='ascii', detail=column);
INSERT INTO tm_unit_words (tm_unit_words, rank) VALUES ('hashsize', 16777216);
UPDATE tm_unit SET unit_hash = NULL;
)sql";

// Version 6: what the importer noticed in a document and left unchanged for review (mixed-script
// words), by segment.
constexpr std::string_view kVersion6 = R"sql(
CREATE TABLE import_finding (
    id              INTEGER PRIMARY KEY,
    document_id     INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    segment_ordinal INTEGER NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('mixed-script')),
    text            TEXT NOT NULL,
    detail          TEXT NOT NULL
);
CREATE INDEX import_finding_document ON import_finding(document_id, segment_ordinal);
)sql";

// Version 7: edits that cost the same wherever they are made (tm/store/ordinal_keys.hpp). segment.ordinal and
// bead.ordinal become sort keys spaced 2^20 (kOrdinalGap) apart instead of positions, so an edit puts rows
// between two neighbours instead of renumbering every row after it; and a bead no longer stores where its
// segments begin (source_begin, target_begin: positions that every edit near the start had to shift): its
// segments follow those of the beads before it, so the begins are the running sums of the counts. The bead
// table is rebuilt without the two columns. import_finding.segment_ordinal stays the segment's position at
// import.
constexpr std::string_view kVersion7 = R"sql(
CREATE TABLE bead_v7 (
    id           INTEGER PRIMARY KEY,
    alignment_id INTEGER NOT NULL REFERENCES alignment(id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,
    source_count INTEGER NOT NULL CHECK (source_count >= 0),
    target_count INTEGER NOT NULL CHECK (target_count >= 0),
    confidence   REAL NOT NULL DEFAULT 1.0,
    status       TEXT NOT NULL DEFAULT 'automatic' CHECK (status IN ('automatic', 'review', 'confirmed')),
    note         TEXT,
    UNIQUE (alignment_id, ordinal)
);
INSERT INTO bead_v7 (id, alignment_id, ordinal, source_count, target_count, confidence, status, note)
    SELECT id, alignment_id, (ordinal + 1) * 1048576, source_count, target_count, confidence, status, note
    FROM bead;
DROP TABLE bead;
ALTER TABLE bead_v7 RENAME TO bead;
UPDATE segment SET ordinal = -(ordinal + 1);
UPDATE segment SET ordinal = -ordinal * 1048576;
)sql";

}  // namespace

// Migrations are append-only: a released step is never edited, and a new one goes at the end.
const std::vector<std::string_view>& migrations() {
    static const std::vector<std::string_view> all{kVersion1, kVersion2, kVersion3, kVersion4, kVersion5, kVersion6,
                                                 kVersion7};
    return all;
}

}  // namespace korpu::schema
