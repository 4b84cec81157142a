using Microsoft.Data.Sqlite;

namespace PaperGraph.Sqlite;

/// <summary>The prepared statements of one write transaction, each compiled once and re-bound per row.</summary>
internal sealed class BatchWriter(SqliteConnection db, SqliteTransaction tx) : IDisposable
{
    public SqliteCommand InsertPaper { get; } = Prepare(db, tx,
        "INSERT OR IGNORE INTO papers(id, title, abstract, authors, date, year, categories, url, doi, source, extractor) VALUES ($id, $title, $abstract, $authors, $date, $year, $categories, $url, $doi, $source, $extractor)");

    public SqliteCommand UpdatePaper { get; } = Prepare(db, tx,
        "UPDATE papers SET title = $title, abstract = $abstract, authors = $authors, date = $date, year = $year, categories = $categories, url = $url, doi = $doi, source = $source WHERE id = $id");

    public SqliteCommand DeleteMentions { get; } = Prepare(db, tx, "DELETE FROM mentions WHERE paper_id = $id");

    public SqliteCommand DeleteProposals { get; } = Prepare(db, tx, "DELETE FROM proposals WHERE paper_id = $id");

    public SqliteCommand DeleteClaims { get; } = Prepare(db, tx, "DELETE FROM claims WHERE paper_id = $id");

    public SqliteCommand InsertEntity { get; } = Prepare(db, tx,
        "INSERT OR IGNORE INTO entities(key, type, name, origin, family, version, size, params, variant) VALUES ($key, $type, $name, $origin, $family, $version, $size, $params, $variant)");

    public SqliteCommand InsertAlias { get; } = Prepare(db, tx, "INSERT OR IGNORE INTO entity_aliases(entity_key, alias) VALUES ($key, $alias)");

    public SqliteCommand InsertAliasIndex { get; } = Prepare(db, tx, "INSERT OR IGNORE INTO alias_index(norm, entity_key) VALUES ($norm, $key)");

    public SqliteCommand InsertMention { get; } = Prepare(db, tx, "INSERT OR REPLACE INTO mentions(paper_id, entity_key, count) VALUES ($paper, $key, $count)");

    public SqliteCommand InsertProposal { get; } = Prepare(db, tx, "INSERT OR IGNORE INTO proposals(paper_id, entity_key) VALUES ($paper, $key)");

    public SqliteCommand InsertClaim { get; } = Prepare(db, tx,
        """
        INSERT INTO claims(paper_id, subject_key, object_key, outcome, evidence, span_start, span_length, metric, dataset, on_model, margin, margin_value, margin_unit, hedged)
        VALUES ($paper, $subject, $object, $outcome, $evidence, $start, $length, $metric, $dataset, $model, $margin, $value, $unit, $hedged)
        """);

    public SqliteCommand SetMeta { get; } = Prepare(db, tx, "INSERT OR REPLACE INTO meta(key, value) VALUES ($key, $value)");

    public void Dispose()
    {
        foreach (var cmd in new[] { InsertPaper, UpdatePaper, DeleteMentions, DeleteProposals, DeleteClaims, InsertEntity, InsertAlias, InsertAliasIndex, InsertMention, InsertProposal, InsertClaim, SetMeta })
        {
            cmd.Dispose();
        }
    }

    private static SqliteCommand Prepare(SqliteConnection db, SqliteTransaction tx, string sql)
    {
        var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        return cmd;
    }
}
