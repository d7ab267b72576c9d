// Schema versions of the PostgreSQL store; each entry moves the schema one version forward, never edited once shipped.

/**
 * Date.parse of a date or date-time as text, read in a UTC process, in SQL: milliseconds since the epoch for a date,
 * and a date-time with or without an offset; NULL (undated) for anything else.
 */
const epochMillis = (text: string): string => `CASE
        WHEN ${text} ~ '^\\d{4}-\\d{2}-\\d{2}$'
          THEN extract(epoch FROM (${text})::date) * 1000
        WHEN ${text} ~ '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})$'
          THEN extract(epoch FROM (${text})::timestamptz) * 1000
        WHEN ${text} ~ '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$'
          THEN extract(epoch FROM (${text})::timestamp AT TIME ZONE 'UTC') * 1000
      END`;

/*
 * Every text column is COLLATE "C" so that ORDER BY and range comparisons (ids, names, ISO dates, the '~'
 * that sorts undated articles last) give the same order as SQLite's binary collation, whatever locale the
 * server was initialised with: the export of one corpus must not depend on the backend.
 * JSON columns are text, not jsonb, because jsonb reorders object keys and the store hands back what it got.
 * `rid` columns stand in for SQLite's rowid where the contract orders by insertion.
 */
export const postgresMigrations: string[] = [
  /* 1: articles, full-text index, linking results */ `
  CREATE TABLE articles (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id TEXT COLLATE "C" NOT NULL UNIQUE,
    body_hash TEXT COLLATE "C" NOT NULL,
    source TEXT COLLATE "C" NOT NULL,
    outlet TEXT COLLATE "C", title TEXT COLLATE "C", published TEXT COLLATE "C", modified TEXT COLLATE "C",
    lang TEXT COLLATE "C", url TEXT COLLATE "C", section TEXT COLLATE "C",
    bylines TEXT NOT NULL, body TEXT COLLATE "C" NOT NULL, paragraphs TEXT NOT NULL, captions TEXT NOT NULL,
    removed TEXT NOT NULL, meta TEXT NOT NULL, messages TEXT NOT NULL,
    analysis TEXT,
    story TEXT COLLATE "C",
    linked BOOLEAN NOT NULL DEFAULT false,
    ingested_at TEXT NOT NULL,
    fts TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || body)) STORED
  );
  CREATE INDEX articles_body_hash ON articles(body_hash);
  CREATE INDEX articles_published ON articles(published);
  CREATE INDEX articles_published_order ON articles((coalesce(published, '~')), seq);
  CREATE INDEX articles_outlet ON articles(outlet);
  CREATE INDEX articles_story ON articles(story);
  CREATE INDEX articles_linked ON articles(linked, seq);
  CREATE INDEX articles_fts ON articles USING GIN (fts);

  CREATE TABLE stories (
    id TEXT COLLATE "C" PRIMARY KEY, title TEXT COLLATE "C", outlets TEXT NOT NULL,
    first_published TEXT COLLATE "C", last_published TEXT COLLATE "C",
    absorbed TEXT NOT NULL, key_entities TEXT NOT NULL, size INTEGER NOT NULL, merged_into TEXT COLLATE "C"
  );
  CREATE INDEX stories_size ON stories(size);
  CREATE INDEX stories_last ON stories(last_published);

  CREATE TABLE entities (
    rid BIGINT GENERATED ALWAYS AS IDENTITY,
    id TEXT COLLATE "C" PRIMARY KEY, name TEXT COLLATE "C" NOT NULL, type TEXT COLLATE "C" NOT NULL,
    aliases TEXT NOT NULL, roles TEXT NOT NULL
  );
  CREATE INDEX entities_name ON entities(name);
  CREATE TABLE article_entities (
    article TEXT COLLATE "C" NOT NULL, local TEXT COLLATE "C" NOT NULL, entity TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (article, local)
  );
  CREATE INDEX article_entities_entity ON article_entities(entity);

  CREATE SEQUENCE quotes_rid;
  CREATE TABLE quotes (
    rid BIGINT NOT NULL DEFAULT nextval('quotes_rid'),
    id TEXT COLLATE "C" PRIMARY KEY, article TEXT COLLATE "C" NOT NULL, text TEXT COLLATE "C" NOT NULL,
    kind TEXT COLLATE "C" NOT NULL, speaker TEXT COLLATE "C", speaker_local TEXT COLLATE "C", via TEXT COLLATE "C",
    start INTEGER NOT NULL, "end" INTEGER NOT NULL
  );
  CREATE INDEX quotes_article ON quotes(article);
  CREATE INDEX quotes_speaker ON quotes(speaker);
  CREATE TABLE citations (
    rid BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article TEXT COLLATE "C" NOT NULL, name TEXT COLLATE "C" NOT NULL, kind TEXT COLLATE "C" NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL
  );
  CREATE INDEX citations_article ON citations(article);

  CREATE SEQUENCE reuse_rid;
  CREATE TABLE reuse (
    rid BIGINT NOT NULL DEFAULT nextval('reuse_rid'),
    source_article TEXT COLLATE "C" NOT NULL, target_article TEXT COLLATE "C" NOT NULL,
    source_start INTEGER NOT NULL, source_end INTEGER NOT NULL, target_start INTEGER NOT NULL, target_end INTEGER NOT NULL,
    text TEXT COLLATE "C" NOT NULL, similarity DOUBLE PRECISION NOT NULL, direction TEXT COLLATE "C" NOT NULL,
    whole_copy BOOLEAN NOT NULL,
    PRIMARY KEY (source_article, target_article, source_start, target_start)
  );
  CREATE INDEX reuse_target ON reuse(target_article);
  CREATE INDEX reuse_rid_order ON reuse(rid);

  CREATE TABLE claims (
    id TEXT COLLATE "C" PRIMARY KEY, text TEXT COLLATE "C" NOT NULL, key TEXT COLLATE "C" NOT NULL, outlets TEXT NOT NULL,
    first_article TEXT COLLATE "C", first_published TEXT COLLATE "C", timeline TEXT NOT NULL, size INTEGER NOT NULL
  );
  CREATE TABLE claim_articles (
    claim TEXT COLLATE "C" NOT NULL, article TEXT COLLATE "C" NOT NULL, PRIMARY KEY (claim, article)
  );
  CREATE INDEX claim_articles_article ON claim_articles(article);
  `,
  /*
   * 2: claim sightings appended per link batch instead of a timeline rewritten whole, and the claim cores seen (empty
   * after the upgrade: the next restore fills it). Sort key t is Date.parse of
   * the date in a UTC process (dates, and date-times with or without an offset); anything else sorts as undated.
   */ `
  CREATE TABLE claim_sightings (
    seq BIGSERIAL PRIMARY KEY,
    claim TEXT COLLATE "C" NOT NULL, article TEXT COLLATE "C" NOT NULL, published TEXT COLLATE "C",
    t DOUBLE PRECISION, outlet TEXT COLLATE "C", start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    text TEXT COLLATE "C" NOT NULL,
    UNIQUE (claim, article)
  );
  CREATE INDEX claim_sightings_t ON claim_sightings(t);
  CREATE TABLE claim_cores (core TEXT COLLATE "C" PRIMARY KEY, t DOUBLE PRECISION);
  INSERT INTO claim_sightings (claim, article, published, t, outlet, start, "end", text)
    SELECT c.id, j.value ->> 'article', j.value ->> 'published',
      ${epochMillis("j.value ->> 'published'")},
      j.value ->> 'outlet', (j.value ->> 'start')::int, (j.value ->> 'end')::int, j.value ->> 'text'
    FROM claims c, jsonb_array_elements(c.timeline::jsonb) WITH ORDINALITY AS j(value, n)
    ORDER BY c.id, j.n
    ON CONFLICT DO NOTHING;
  UPDATE claims SET timeline = '[]';
  `,
  /*
   * 3: an article row is written once. Its story and linked flag, which linking writes after the insert (and again
   * when stories merge), live in a narrow article_links row made with it: updating them in place made every link
   * batch write a new version of each wide article row, re-indexed in all its indexes (full text included) and with
   * its tsvector recomputed. The unlinked articles are found through partial indexes in publication and ingest
   * order, as SQLite's (linked, publication order) index finds them, instead of a walk over every linked one.
   * The body hash index also orders by seq, so the earliest twin of a body is one index probe whatever the planner
   * knows of the table (a server without autovacuum has no statistics, and then chose to scan every article).
   * `articles` becomes a view that joins the two back, so every read keeps its shape. Also mends version 2, whose
   * date patterns had lost their backslashes and left every moved sighting undated.
   */ `
  ALTER TABLE articles RENAME TO article_rows;
  CREATE TABLE article_links (
    id TEXT COLLATE "C" PRIMARY KEY, seq BIGINT NOT NULL, published_key TEXT COLLATE "C" NOT NULL,
    story TEXT COLLATE "C", linked BOOLEAN NOT NULL DEFAULT false
  );
  INSERT INTO article_links (id, seq, published_key, story, linked)
    SELECT id, seq, coalesce(published, '~'), story, linked FROM article_rows;
  CREATE INDEX article_links_story ON article_links(story);
  CREATE INDEX article_links_unlinked_published ON article_links(published_key, seq) WHERE NOT linked;
  CREATE INDEX article_links_unlinked ON article_links(seq) WHERE NOT linked;
  ALTER TABLE article_rows DROP COLUMN story, DROP COLUMN linked;
  DROP INDEX articles_body_hash;
  CREATE INDEX articles_body_hash_seq ON article_rows(body_hash, seq);
  CREATE VIEW articles AS
    SELECT r.*, l.story, coalesce(l.linked, false) AS linked
    FROM article_rows r LEFT JOIN article_links l ON l.id = r.id;
  UPDATE claim_sightings SET t = ${epochMillis('published')} WHERE t IS NULL;
  `,
  /* 4: the article-local entity a citation's source resolved to (joined to article_entities as quotes' speakers are) */ `
  ALTER TABLE citations ADD COLUMN local TEXT COLLATE "C";
  `,
  /* 5: the reuse index a link run saved at its end (Store.saveReuseSnapshot), in chunks; the version is part "" */ `
  CREATE TABLE reuse_snapshot (part TEXT COLLATE "C" NOT NULL, chunk INTEGER NOT NULL, data BYTEA NOT NULL, PRIMARY KEY (part, chunk));
  `,
  /* 6: the linked articles' keys in publication order, read from this index alone by a restart (Store.linkedKeys) */ `
  CREATE INDEX article_links_linked_published ON article_links(published_key, seq) INCLUDE (id, story) WHERE linked;
  `,
  /* 7: whether a story's stored summary is older than its articles (LinkBatch.staleStories), so that the run after one
     that stopped mid-way brings it up to date; a store upgraded from 6 lists none (it never recorded which were) */ `
  ALTER TABLE stories ADD COLUMN stale BOOLEAN NOT NULL DEFAULT false;
  CREATE INDEX stories_stale ON stories(id) WHERE stale;
  `,
  /*
   * 8: an article's linked flag becomes the number of the link batch that linked it (0: not linked; each saveLinks
   * takes 1 + the highest), so that a restart replays the linked articles in the order they were linked (by batch,
   * then publication order within it: Store.linkedKeys), not in publication order, which a backlog older than what
   * was linked before does not follow. Articles linked before are batch 1: one batch, replayed as before. The view
   * and the partial indexes name the column, so they are made again around the change of type.
   */ `
  DROP VIEW articles;
  DROP INDEX article_links_unlinked_published;
  DROP INDEX article_links_unlinked;
  DROP INDEX article_links_linked_published;
  ALTER TABLE article_links ALTER COLUMN linked DROP DEFAULT;
  ALTER TABLE article_links ALTER COLUMN linked TYPE INTEGER USING (CASE WHEN linked THEN 1 ELSE 0 END);
  ALTER TABLE article_links ALTER COLUMN linked SET DEFAULT 0;
  CREATE INDEX article_links_unlinked_published ON article_links(published_key, seq) WHERE linked = 0;
  CREATE INDEX article_links_unlinked ON article_links(seq) WHERE linked = 0;
  CREATE INDEX article_links_linked_published ON article_links(published_key, seq) INCLUDE (id, story) WHERE linked > 0;
  CREATE INDEX article_links_link_order ON article_links(linked, published_key, seq) INCLUDE (id, story)
    WHERE linked > 0;
  CREATE VIEW articles AS
    SELECT r.*, l.story, coalesce(l.linked, 0) AS linked
    FROM article_rows r LEFT JOIN article_links l ON l.id = r.id;
  `,
  /* 9: the article that stated each claim core first, so that a restart replaying it (a backlog older than the claim
     window, linked last) keys its claim as one run did; cores stored before have none (read as before) */ `
  ALTER TABLE claim_cores ADD COLUMN article TEXT COLLATE "C";
  `,
];
