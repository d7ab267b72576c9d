// Schema versions of the embedded SQLite store; each entry moves the schema one version forward, never edited once shipped.

export const sqliteMigrations: string[] = [
  /* 1: articles, full-text index, linking results */ `
  CREATE TABLE articles (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    body_hash TEXT NOT NULL,
    source TEXT NOT NULL,
    outlet TEXT, title TEXT, published TEXT, modified TEXT, lang TEXT, url TEXT, section TEXT,
    bylines TEXT NOT NULL, body TEXT NOT NULL, paragraphs TEXT NOT NULL, captions TEXT NOT NULL,
    removed TEXT NOT NULL, meta TEXT NOT NULL, messages TEXT NOT NULL,
    analysis TEXT,
    story TEXT,
    linked INTEGER NOT NULL DEFAULT 0,
    ingested_at TEXT NOT NULL
  );
  CREATE INDEX articles_body_hash ON articles(body_hash);
  CREATE INDEX articles_published ON articles(published);
  CREATE INDEX articles_outlet ON articles(outlet);
  CREATE INDEX articles_story ON articles(story);
  CREATE INDEX articles_linked ON articles(linked, seq);

  CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles', content_rowid='seq', detail='none', columnsize=0);
  CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.seq, coalesce(new.title, ''), new.body);
  END;
  CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.seq, coalesce(old.title, ''), old.body);
  END;

  CREATE TABLE stories (
    id TEXT PRIMARY KEY, title TEXT, outlets TEXT NOT NULL, first_published TEXT, last_published TEXT,
    absorbed TEXT NOT NULL, key_entities TEXT NOT NULL, size INTEGER NOT NULL, merged_into TEXT
  );
  CREATE INDEX stories_size ON stories(size);
  CREATE INDEX stories_last ON stories(last_published);

  CREATE TABLE entities (id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, aliases TEXT NOT NULL, roles TEXT NOT NULL);
  CREATE INDEX entities_name ON entities(name);
  CREATE TABLE article_entities (article TEXT NOT NULL, local TEXT NOT NULL, entity TEXT NOT NULL, PRIMARY KEY (article, local));
  CREATE INDEX article_entities_entity ON article_entities(entity);

  CREATE TABLE quotes (
    id TEXT PRIMARY KEY, article TEXT NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL,
    speaker TEXT, speaker_local TEXT, via TEXT, start INTEGER NOT NULL, "end" INTEGER NOT NULL
  );
  CREATE INDEX quotes_article ON quotes(article);
  CREATE INDEX quotes_speaker ON quotes(speaker);
  CREATE TABLE citations (article TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL);
  CREATE INDEX citations_article ON citations(article);

  CREATE TABLE reuse (
    source_article TEXT NOT NULL, target_article TEXT NOT NULL,
    source_start INTEGER NOT NULL, source_end INTEGER NOT NULL, target_start INTEGER NOT NULL, target_end INTEGER NOT NULL,
    text TEXT NOT NULL, similarity REAL NOT NULL, direction TEXT NOT NULL, whole_copy INTEGER NOT NULL,
    PRIMARY KEY (source_article, target_article, source_start, target_start)
  );
  CREATE INDEX reuse_target ON reuse(target_article);

  CREATE TABLE claims (
    id TEXT PRIMARY KEY, text TEXT NOT NULL, key TEXT NOT NULL, outlets TEXT NOT NULL,
    first_article TEXT, first_published TEXT, timeline TEXT NOT NULL, size INTEGER NOT NULL
  );
  CREATE TABLE claim_articles (claim TEXT NOT NULL, article TEXT NOT NULL, PRIMARY KEY (claim, article));
  CREATE INDEX claim_articles_article ON claim_articles(article);
  `,
  /* 2: indexes for the orders the store reads in (newest first, publication order for linking) */ `
  CREATE INDEX articles_newest ON articles(coalesce(published, ''), seq);
  CREATE INDEX articles_publication_order ON articles(linked, coalesce(published, '~'), seq);
  CREATE INDEX quotes_speaker_local ON quotes(article, speaker_local);
  `,
  /* 3: claim sightings appended per link batch instead of a timeline rewritten whole (wiretrace_time is Date.parse);
     claim cores seen, so that a restore can skip old articles (empty after the upgrade: the next restore fills it) */ `
  CREATE TABLE claim_sightings (
    claim TEXT NOT NULL, article TEXT NOT NULL, published TEXT, t REAL, outlet TEXT,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL
  );
  CREATE UNIQUE INDEX claim_sightings_claim ON claim_sightings(claim, article);
  CREATE INDEX claim_sightings_t ON claim_sightings(t);
  CREATE TABLE claim_cores (core TEXT PRIMARY KEY, t REAL) WITHOUT ROWID;
  INSERT OR IGNORE INTO claim_sightings (claim, article, published, t, outlet, start, "end", text)
    SELECT c.id, j.value ->> '$.article', j.value ->> '$.published', wiretrace_time(j.value ->> '$.published'),
      j.value ->> '$.outlet', j.value ->> '$.start', j.value ->> '$.end', j.value ->> '$.text'
    FROM claims c, json_each(c.timeline) j ORDER BY c.id, j.key;
  UPDATE claims SET timeline = '[]';
  `,
  /* 4: the article-local entity a citation's source resolved to (joined to article_entities as quotes' speakers are) */ `
  ALTER TABLE citations ADD COLUMN local TEXT;
  `,
  /* 5: the reuse index a link run saved at its end (Store.saveReuseSnapshot), in chunks; the version is part "" */ `
  CREATE TABLE reuse_snapshot (part TEXT NOT NULL, chunk INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (part, chunk));
  `,
  /* 6: the publication-order index also holds each article's id and story, so that a restart walks the linked
     articles' keys (Store.linkedKeys) from the index alone; it replaces the narrower one, which it extends */ `
  DROP INDEX articles_publication_order;
  CREATE INDEX articles_publication_order ON articles(linked, coalesce(published, '~'), seq, id, story);
  `,
  /* 7: whether a story's stored summary is older than its articles (LinkBatch.staleStories), so that the run after one
     that stopped mid-way brings it up to date; a store upgraded from 6 lists none (it never recorded which were) */ `
  ALTER TABLE stories ADD COLUMN stale INTEGER NOT NULL DEFAULT 0;
  CREATE INDEX stories_stale ON stories(id) WHERE stale = 1;
  `,
  /* 8: the article that stated each claim core first, so that a restart replaying it (a backlog older than the claim
     window, linked last) keys its claim as one run did; cores stored before have none (read as before) */ `
  ALTER TABLE claim_cores ADD COLUMN article TEXT;
  `,
];
