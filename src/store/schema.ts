// The database layout. UNIQUE keys are what make a killed-and-rerun job end with the same rows as an
// uninterrupted one: every write is an upsert on a natural key, inside one transaction per document.
import { VIEWS_SQL } from './views.js';

export const SCHEMA_VERSION = 2;

export const SCHEMA_SQL = `
-- One row per canonical URL: what we last fetched there and how it went.
CREATE TABLE IF NOT EXISTS documents (
  url            TEXT PRIMARY KEY,
  final_url      TEXT,              -- after redirects (canonical host, not the mirror's)
  expect         TEXT NOT NULL,     -- pdf | html | json | feed | any
  via            TEXT,              -- which source found it first, and how
  sha256         TEXT REFERENCES blobs(sha256), -- the current version's body; NULL if never fetched
  content_type   TEXT,
  etag           TEXT,              -- validators of the current body, for conditional GET
  last_modified  TEXT,
  status         TEXT NOT NULL CHECK (status IN ('ok', 'error')),
  error_code     TEXT,              -- set when the last fetch failed (the old version, if any, is kept)
  error_message  TEXT,
  first_seen     TEXT NOT NULL,
  last_seen      TEXT NOT NULL,     -- last run that discovered it
  last_fetched   TEXT,              -- last 200 or 304
  last_changed   TEXT               -- when the current version arrived
);

-- Bodies, keyed by content: --offline re-extracts from these without the network.
CREATE TABLE IF NOT EXISTS blobs (
  sha256  TEXT PRIMARY KEY,
  size    INTEGER NOT NULL,
  bytes   BLOB NOT NULL
);

-- Every distinct body a URL has had. A change adds a row; old rows stay.
CREATE TABLE IF NOT EXISTS versions (
  id            INTEGER PRIMARY KEY,
  url           TEXT NOT NULL REFERENCES documents(url),
  sha256        TEXT NOT NULL REFERENCES blobs(sha256),
  content_type  TEXT,
  first_seen    TEXT NOT NULL,
  UNIQUE (url, sha256)
);

-- The record readDocument made from a version (re-made by --offline when the extractors change).
CREATE TABLE IF NOT EXISTS extractions (
  version_id    INTEGER PRIMARY KEY REFERENCES versions(id),
  status        TEXT NOT NULL,      -- the record's status: ok | error
  error_code    TEXT,
  interventions INTEGER NOT NULL,
  record        TEXT NOT NULL,      -- DocumentRecord JSON
  extracted_at  TEXT NOT NULL,
  extractor     TEXT                -- extractorVersion() of the code that made it
);

-- Which attachments each GOV.UK publication listed, so a publication that gains one is noticed.
CREATE TABLE IF NOT EXISTS publication_attachments (
  publication_url TEXT NOT NULL,
  attachment_url  TEXT NOT NULL,
  title           TEXT,
  first_seen      TEXT NOT NULL,
  last_seen       TEXT NOT NULL,
  removed_at      TEXT,             -- set when the publication stops listing it
  PRIMARY KEY (publication_url, attachment_url)
);

CREATE TABLE IF NOT EXISTS runs (
  id          INTEGER PRIMARY KEY,
  pid         INTEGER NOT NULL,
  started_at  TEXT NOT NULL,
  ended_at    TEXT,
  state       TEXT NOT NULL CHECK (state IN ('running', 'finished', 'interrupted')),
  offline     INTEGER NOT NULL,
  exit_code   INTEGER,
  counts      TEXT                  -- the closing summary as JSON
);

-- Last copy of each host's robots.txt, so it too is fetched conditionally.
CREATE TABLE IF NOT EXISTS robots (
  origin         TEXT PRIMARY KEY,
  etag           TEXT,
  last_modified  TEXT,
  body           TEXT NOT NULL,
  fetched_at     TEXT NOT NULL
);

-- The merged dataset (src/merge), rebuilt wholesale in one transaction at the end of every run, so readers
-- never see half of one run's interventions and half of another's.
CREATE TABLE IF NOT EXISTS interventions (
  id            TEXT PRIMARY KEY,   -- stable: see src/merge/index.ts
  council_name  TEXT NOT NULL,
  council_gss   TEXT,
  instrument    TEXT NOT NULL,
  service       TEXT NOT NULL,
  issued_on     TEXT,
  status        TEXT NOT NULL,
  first_seen    TEXT NOT NULL,
  updated       TEXT NOT NULL,
  record        TEXT NOT NULL       -- InterventionRecord JSON, as in data/interventions.jsonl
);

-- Which documents report each intervention.
CREATE TABLE IF NOT EXISTS intervention_sources (
  intervention_id TEXT NOT NULL REFERENCES interventions(id) ON DELETE CASCADE,
  uri             TEXT NOT NULL,
  kind            TEXT NOT NULL,
  sha256          TEXT NOT NULL,
  PRIMARY KEY (intervention_id, uri)
);

-- The field-level history of the merged dataset (src/export/changes.ts): one row per change a run's merge made
-- to an intervention. Unlike interventions it is never rebuilt, only added to, in the transaction that replaces
-- the dataset; a rerun that changes nothing adds nothing. No foreign key: a gone intervention keeps its history.
CREATE TABLE IF NOT EXISTS intervention_changes (
  id              INTEGER PRIMARY KEY,
  intervention_id TEXT NOT NULL,
  council_name    TEXT NOT NULL,
  council_gss     TEXT,
  instrument      TEXT NOT NULL,
  service         TEXT NOT NULL,
  issued_on       TEXT,
  kind            TEXT NOT NULL CHECK (kind IN ('new', 'removed', 'added', 'dropped', 'changed')),
  field           TEXT NOT NULL,     -- InterventionRecord field: status, deadlines, partners, ...
  item            TEXT,              -- which item of a list, in words
  attribute       TEXT,              -- which part of the item (due, role, ...)
  old_value       TEXT,              -- JSON
  new_value       TEXT,              -- JSON
  source          TEXT,              -- URI of the document that gave the new value
  at              TEXT NOT NULL      -- when the dataset changed
);

CREATE INDEX IF NOT EXISTS versions_by_url ON versions (url);
CREATE INDEX IF NOT EXISTS intervention_changes_by_at ON intervention_changes (at);
CREATE INDEX IF NOT EXISTS intervention_changes_by_intervention ON intervention_changes (intervention_id, at);
CREATE INDEX IF NOT EXISTS intervention_sources_by_uri ON intervention_sources (uri);

-- Views for the common questions (src/store/views.ts).
${VIEWS_SQL}
`;
