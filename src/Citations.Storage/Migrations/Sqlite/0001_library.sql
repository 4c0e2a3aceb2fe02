-- The library: documents (raw text kept as given), their notes and citations, the references
-- merged across documents, the queue of work. Times are Unix milliseconds (UTC).

CREATE TABLE documents (
    id              INTEGER PRIMARY KEY,
    content_hash    TEXT    NOT NULL UNIQUE,
    name            TEXT    NOT NULL,
    source_path     TEXT,
    text            TEXT    NOT NULL,
    added_at        INTEGER NOT NULL,
    superseded_by   INTEGER REFERENCES documents(id),
    parser_version  TEXT,
    parsed_at       INTEGER,
    parse_count     INTEGER NOT NULL DEFAULT 0,
    layout          TEXT,
    note_count      INTEGER NOT NULL DEFAULT 0,
    citation_count  INTEGER NOT NULL DEFAULT 0,
    warnings        TEXT
);
CREATE INDEX documents_source ON documents(source_path);

-- The raw text is the one thing the library can never rebuild: refuse to change it.
CREATE TRIGGER documents_text_is_immutable BEFORE UPDATE OF text, content_hash ON documents
BEGIN SELECT RAISE(ABORT, 'the raw text of a stored document is never rewritten'); END;

CREATE TABLE watched_files (
    path         TEXT    PRIMARY KEY,
    size         INTEGER NOT NULL,
    modified_at  INTEGER NOT NULL,
    document_id  INTEGER REFERENCES documents(id),
    problem      TEXT,
    seen_at      INTEGER NOT NULL
);

CREATE TABLE notes (
    document_id  INTEGER NOT NULL REFERENCES documents(id),
    seq          INTEGER NOT NULL,
    number       INTEGER NOT NULL,
    text         TEXT    NOT NULL,
    first_line   INTEGER,
    last_line    INTEGER,
    confidence   REAL,
    flags        TEXT,
    error        TEXT,
    PRIMARY KEY (document_id, seq)
) WITHOUT ROWID;

CREATE TABLE library_references (
    id                     INTEGER PRIMARY KEY,
    cite_key               TEXT    NOT NULL UNIQUE,
    identity_key           TEXT    NOT NULL,
    type                   TEXT    NOT NULL,
    title                  TEXT,
    year                   INTEGER,
    archive                TEXT,
    search_text            TEXT    NOT NULL DEFAULT '',
    item                   TEXT    NOT NULL,
    resolved_item          TEXT,
    citation_count         INTEGER NOT NULL DEFAULT 0,
    document_count         INTEGER NOT NULL DEFAULT 0,
    dirty                  INTEGER NOT NULL DEFAULT 1,
    created_at             INTEGER NOT NULL,
    updated_at             INTEGER NOT NULL,
    resolution_checked_at  INTEGER,
    resolution_status      TEXT,
    resolve_owner          TEXT,
    resolve_lease_until    INTEGER
);
CREATE INDEX library_references_dirty ON library_references(id) WHERE dirty = 1;
CREATE INDEX library_references_type ON library_references(type, cite_key);
CREATE INDEX library_references_year ON library_references(year, cite_key);
CREATE INDEX library_references_archive ON library_references(archive, cite_key);
CREATE INDEX library_references_resolution ON library_references(resolution_checked_at);

CREATE VIRTUAL TABLE library_references_fts USING fts5(search_text, content='library_references', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER library_references_fts_insert AFTER INSERT ON library_references BEGIN
    INSERT INTO library_references_fts(rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER library_references_fts_delete AFTER DELETE ON library_references BEGIN
    INSERT INTO library_references_fts(library_references_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;
CREATE TRIGGER library_references_fts_update AFTER UPDATE OF search_text ON library_references BEGIN
    INSERT INTO library_references_fts(library_references_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO library_references_fts(rowid, search_text) VALUES (new.id, new.search_text);
END;

-- The reference each identity (ReferenceIdentity.Key) merges into.
CREATE TABLE identities (
    identity_key  TEXT    PRIMARY KEY,
    reference_id  INTEGER NOT NULL REFERENCES library_references(id)
) WITHOUT ROWID;

-- One row per reference of a document: how the document saw the work, and which library reference it joined.
CREATE TABLE reference_members (
    document_id   INTEGER NOT NULL REFERENCES documents(id),
    local_key     TEXT    NOT NULL,
    ordinal       INTEGER NOT NULL,
    reference_id  INTEGER NOT NULL REFERENCES library_references(id),
    identity_key  TEXT    NOT NULL,
    rule          TEXT    NOT NULL,
    item          TEXT    NOT NULL,
    PRIMARY KEY (document_id, local_key)
) WITHOUT ROWID;
CREATE INDEX reference_members_reference ON reference_members(reference_id, document_id, ordinal);

-- A user's split: this document's reference with this identity stays apart from the others.
CREATE TABLE reference_pins (
    document_id   INTEGER NOT NULL REFERENCES documents(id),
    identity_key  TEXT    NOT NULL,
    reference_id  INTEGER NOT NULL REFERENCES library_references(id),
    created_at    INTEGER NOT NULL,
    PRIMARY KEY (document_id, identity_key)
) WITHOUT ROWID;

CREATE TABLE citations (
    document_id   INTEGER NOT NULL REFERENCES documents(id),
    note_seq      INTEGER NOT NULL,
    idx           INTEGER NOT NULL,
    reference_id  INTEGER NOT NULL REFERENCES library_references(id),
    locator       TEXT,
    label         TEXT,
    position      TEXT    NOT NULL,
    refers_to     TEXT,
    confidence    REAL    NOT NULL,
    source_start  INTEGER NOT NULL,
    source_end    INTEGER NOT NULL,
    text          TEXT,
    prefix        TEXT,
    part          TEXT,
    PRIMARY KEY (document_id, note_seq, idx)
) WITHOUT ROWID;
CREATE INDEX citations_reference ON citations(reference_id);

CREATE TABLE jobs (
    id              INTEGER PRIMARY KEY,
    kind            TEXT    NOT NULL,
    document_id     INTEGER NOT NULL REFERENCES documents(id),
    parser_version  TEXT    NOT NULL,
    state           TEXT    NOT NULL DEFAULT 'pending',
    owner           TEXT,
    lease_until     INTEGER,
    attempts        INTEGER NOT NULL DEFAULT 0,
    error           TEXT,
    created_at      INTEGER NOT NULL,
    finished_at     INTEGER,
    UNIQUE (kind, document_id, parser_version)
);
CREATE INDEX jobs_open ON jobs(state, id) WHERE state IN ('pending', 'running');

CREATE TABLE library_state (
    key    TEXT    PRIMARY KEY,
    value  INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO library_state(key, value) VALUES ('revision', 0), ('exported_revision', -1);
