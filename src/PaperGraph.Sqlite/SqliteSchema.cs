namespace PaperGraph.Sqlite;

/// <summary>The store's schema as an ordered list of migrations; <c>PRAGMA user_version</c> records how many ran.</summary>
internal static class SqliteSchema
{
    /// <summary>Migration i brings a store from version i to version i + 1.</summary>
    public static readonly IReadOnlyList<string> Migrations =
    [
        """
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE papers(
            id TEXT PRIMARY KEY, title TEXT, abstract TEXT NOT NULL, authors TEXT NOT NULL, date TEXT, year INTEGER,
            categories TEXT NOT NULL, url TEXT, doi TEXT, source TEXT NOT NULL, extractor TEXT NOT NULL);
        CREATE TABLE entities(
            key TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL, origin TEXT NOT NULL,
            family TEXT, version TEXT, size TEXT, params INTEGER, variant TEXT) WITHOUT ROWID;
        CREATE INDEX entities_family ON entities(family) WHERE family IS NOT NULL;
        CREATE TABLE entity_aliases(entity_key TEXT NOT NULL, alias TEXT NOT NULL, PRIMARY KEY(entity_key, alias)) WITHOUT ROWID;
        CREATE TABLE alias_index(norm TEXT NOT NULL, entity_key TEXT NOT NULL, PRIMARY KEY(norm, entity_key)) WITHOUT ROWID;
        CREATE TABLE mentions(paper_id TEXT NOT NULL, entity_key TEXT NOT NULL, count INTEGER NOT NULL, PRIMARY KEY(paper_id, entity_key)) WITHOUT ROWID;
        CREATE INDEX mentions_entity ON mentions(entity_key, paper_id);
        CREATE TABLE proposals(paper_id TEXT NOT NULL, entity_key TEXT NOT NULL, PRIMARY KEY(paper_id, entity_key)) WITHOUT ROWID;
        CREATE INDEX proposals_entity ON proposals(entity_key);
        CREATE TABLE claims(
            id INTEGER PRIMARY KEY, paper_id TEXT NOT NULL, subject_key TEXT NOT NULL, object_key TEXT NOT NULL,
            outcome TEXT NOT NULL, evidence TEXT NOT NULL, span_start INTEGER NOT NULL, span_length INTEGER NOT NULL,
            metric TEXT, dataset TEXT, on_model TEXT, margin TEXT, margin_value REAL, margin_unit TEXT, hedged INTEGER NOT NULL);
        CREATE INDEX claims_paper ON claims(paper_id);
        CREATE INDEX claims_object ON claims(object_key, outcome);
        CREATE INDEX claims_subject ON claims(subject_key, outcome);
        CREATE VIRTUAL TABLE papers_fts USING fts5(title, abstract, content='papers', content_rowid='rowid');
        """,
        // 2: entity cards list the papers that mention an entity most; this index serves them without a sort.
        """
        CREATE INDEX mentions_entity_count ON mentions(entity_key, count DESC, paper_id);
        DROP INDEX mentions_entity;
        """,
    ];

    /// <summary>The schema version this build writes.</summary>
    public static int Current => Migrations.Count;
}
