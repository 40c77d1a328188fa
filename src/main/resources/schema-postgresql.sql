-- Tables of avrr-workflow itself (Camunda creates its own). Idempotent: runs at every start of the
-- embedded default; the schema step runs it once for production.
CREATE SEQUENCE IF NOT EXISTS avrr_case_number_seq START WITH 1;

CREATE TABLE IF NOT EXISTS avrr_touchpoint_exchange (
  id              BIGSERIAL PRIMARY KEY,
  occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  authority       VARCHAR(64)  NOT NULL,
  operation       VARCHAR(64)  NOT NULL,
  case_number     VARCHAR(64)  NOT NULL,
  idempotency_key VARCHAR(128) NOT NULL,
  outcome         VARCHAR(32)  NOT NULL,
  http_status     INTEGER,
  duration_ms     BIGINT       NOT NULL,
  detail          VARCHAR(500)
);
CREATE INDEX IF NOT EXISTS avrr_touchpoint_exchange_case ON avrr_touchpoint_exchange (case_number);
-- The authorities' report counts one period's exchanges, not every one since the start.
CREATE INDEX IF NOT EXISTS avrr_touchpoint_exchange_occurred ON avrr_touchpoint_exchange (occurred_at);

-- Answers of outside parties (callbacks), stored before they are applied to a waiting case, so
-- an early or concurrent answer is never lost. No personal data: the answer's own fields only.
CREATE TABLE IF NOT EXISTS avrr_callback_inbox (
  id           BIGSERIAL PRIMARY KEY,
  party        VARCHAR(64)   NOT NULL,
  kind         VARCHAR(64)   NOT NULL,
  request_key  VARCHAR(128)  NOT NULL,
  case_number  VARCHAR(64)   NOT NULL,
  payload      VARCHAR(4000) NOT NULL,
  received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  delivered_at TIMESTAMP WITH TIME ZONE,
  attempts     INTEGER       NOT NULL,
  last_outcome VARCHAR(500),
  CONSTRAINT avrr_callback_inbox_request UNIQUE (party, kind, request_key)
);
CREATE INDEX IF NOT EXISTS avrr_callback_inbox_undelivered ON avrr_callback_inbox (delivered_at, received_at);

-- One row, locked while a node seeds groups, authorizations and filters at start-up.
CREATE TABLE IF NOT EXISTS avrr_startup_lock (id INTEGER PRIMARY KEY);
INSERT INTO avrr_startup_lock (id) SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM avrr_startup_lock WHERE id = 1);

-- Referrals from sending missions abroad: one inbound case per mission and its own reference, so a
-- referral posted twice opens one case (the unique key decides between two posted at once).
CREATE TABLE IF NOT EXISTS avrr_referral (
  sending_mission VARCHAR(40) NOT NULL,
  mission_reference VARCHAR(64) NOT NULL,
  case_number VARCHAR(40),
  received_at TIMESTAMP NOT NULL,
  PRIMARY KEY (sending_mission, mission_reference)
);

-- The demo office (avrr.demo.cases, never in production): one row per demo case seeded, inserted in
-- the transaction that opens the case, so a restart or a second node never seeds a slot twice.
CREATE TABLE IF NOT EXISTS avrr_demo_case (
  slot INTEGER PRIMARY KEY,
  scenario VARCHAR(40) NOT NULL,
  case_number VARCHAR(40),
  seeded_at TIMESTAMP NOT NULL
);

-- The sandbox authorities (embedded default, rehearsals, the fault suite; never in production):
-- every request they accepted, counted per idempotency key, and the answers they will post back
-- later, kept so that a restart of the application does not lose them (docs/sandbox.md).
CREATE TABLE IF NOT EXISTS avrr_sandbox_request (
  touchpoint        VARCHAR(64)  NOT NULL,
  idempotency_key   VARCHAR(128) NOT NULL,
  accepted          INTEGER      NOT NULL,
  first_accepted_at TIMESTAMP WITH TIME ZONE NOT NULL,
  last_accepted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (touchpoint, idempotency_key)
);
CREATE TABLE IF NOT EXISTS avrr_sandbox_callback (
  id            BIGSERIAL     PRIMARY KEY,
  party         VARCHAR(64)   NOT NULL,
  kind          VARCHAR(64)   NOT NULL,
  body          VARCHAR(4000) NOT NULL,
  due_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  attempts      INTEGER       NOT NULL,
  claimed_until TIMESTAMP WITH TIME ZONE
);

-- The embedded default's captured mail (avrr.mail-capture, never in production): kept before the
-- sender is told it was delivered, read at /mail.
CREATE TABLE IF NOT EXISTS avrr_captured_mail (
  id          BIGSERIAL PRIMARY KEY,
  received_at TIMESTAMP WITH TIME ZONE NOT NULL,
  sender      VARCHAR(1000),
  recipients  VARCHAR(4000),
  subject     VARCHAR(1000),
  body        TEXT,
  notice_key  VARCHAR(200)
);
-- Added 2026-12-05 (idempotent, for databases made before): a retransmitted notice carries the
-- same Message-ID and is kept once, with the number of times it was handed over.
ALTER TABLE avrr_captured_mail ADD COLUMN IF NOT EXISTS message_id VARCHAR(300);
ALTER TABLE avrr_captured_mail ADD COLUMN IF NOT EXISTS deliveries INTEGER DEFAULT 1 NOT NULL;
CREATE INDEX IF NOT EXISTS avrr_captured_mail_message_id ON avrr_captured_mail (message_id);

-- Notices the mail server accepted, per job that sent them (NoticeLedger): a job run again after a
-- rollback does not mail the same notice twice. Case numbers and step ids only, no personal data.
CREATE TABLE IF NOT EXISTS avrr_notice_sent (
  notice_key VARCHAR(200) NOT NULL,
  job_id     VARCHAR(64)  NOT NULL,
  sent_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (notice_key, job_id)
);

-- Who read which case's personal data, and when (CaseReadLog): every task form, case variables and
-- variable history read through the REST API or the webapps, for the data protection focal point.
-- User ids, case numbers and what was read; never the data itself.
CREATE TABLE IF NOT EXISTS avrr_case_read (
  id          BIGSERIAL PRIMARY KEY,
  read_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  user_id     VARCHAR(255) NOT NULL,
  case_number VARCHAR(64),
  what        VARCHAR(100) NOT NULL,
  request     VARCHAR(1000) NOT NULL
);
CREATE INDEX IF NOT EXISTS avrr_case_read_case ON avrr_case_read (case_number, read_at);
CREATE INDEX IF NOT EXISTS avrr_case_read_user ON avrr_case_read (user_id, read_at);

-- One non-identifying statistics record per case (CaseStatistics, ADR 0014): the categories and
-- dates the office's reports count, kept when the case's personal data is erased and when the
-- engine's history is cleaned up. No name, no document, no date of birth (an age band), no text.
CREATE TABLE IF NOT EXISTS avrr_case_statistics (
  case_instance_id     VARCHAR(64)  NOT NULL PRIMARY KEY,
  case_number          VARCHAR(64),
  flow                 VARCHAR(16)  NOT NULL,
  country              VARCHAR(2),
  mission              VARCHAR(64),
  programme            VARCHAR(40),
  sex                  VARCHAR(1),
  age_band             VARCHAR(8),
  unaccompanied_child  BOOLEAN DEFAULT FALSE NOT NULL,
  trafficking          BOOLEAN DEFAULT FALSE NOT NULL,
  medical              BOOLEAN DEFAULT FALSE NOT NULL,
  opened_on            DATE         NOT NULL,
  applied_on           DATE,
  first_contact_on     DATE,
  declaration_on       DATE,
  eligibility_on       DATE,
  exit_clearance_on    DATE,
  travel_document_on   DATE,
  departed_on          DATE,
  arrived_on           DATE,
  plan_approved_on     DATE,
  first_instalment_on  DATE,
  last_instalment_on   DATE,
  instalments_paid     INTEGER DEFAULT 0 NOT NULL,
  closed_on            DATE,
  outcome              VARCHAR(40),
  closure_reason       VARCHAR(40),
  psychosocial_referral BOOLEAN DEFAULT FALSE NOT NULL,
  grant_currency       VARCHAR(3),
  grant_committed      DECIMAL(12, 2),
  grant_paid           DECIMAL(12, 2),
  rss_economic_baseline      DECIMAL(5, 3),
  rss_social_baseline        DECIMAL(5, 3),
  rss_psychosocial_baseline  DECIMAL(5, 3),
  rss_economic_latest        DECIMAL(5, 3),
  rss_social_latest          DECIMAL(5, 3),
  rss_psychosocial_latest    DECIMAL(5, 3)
);
CREATE INDEX IF NOT EXISTS avrr_case_statistics_opened ON avrr_case_statistics (opened_on);
CREATE INDEX IF NOT EXISTS avrr_case_statistics_closed ON avrr_case_statistics (closed_on);

-- The grant of each case's approved plan per component type (ADR 0014): what the plan committed
-- to each kind of support (cash, business start-up, housing, ...) and what was paid of it. Amounts
-- and the grid's codes only, like the statistics record; kept when personal data is erased.
CREATE TABLE IF NOT EXISTS avrr_grant_component (
  case_instance_id  VARCHAR(64)    NOT NULL,
  component_type    VARCHAR(40)    NOT NULL,
  currency          VARCHAR(3)     NOT NULL,
  committed         DECIMAL(12, 2) NOT NULL,
  paid              DECIMAL(12, 2) DEFAULT 0 NOT NULL,
  PRIMARY KEY (case_instance_id, component_type)
);

-- The monthly report to the managers (processes/monthly-report.bpmn): one row per month reported,
-- written in the transaction of the step that mailed it, so a month is reported once even with
-- two nodes or a retried step.
CREATE TABLE IF NOT EXISTS avrr_monthly_report (
  report_month  VARCHAR(7)    NOT NULL PRIMARY KEY,
  sent_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  recipients    VARCHAR(4000) NOT NULL
);

-- Attachments of the messages the embedded mail server captured (the embedded default only).
CREATE TABLE IF NOT EXISTS avrr_captured_attachment (
  id            BIGSERIAL PRIMARY KEY,
  message_id    VARCHAR(300),
  filename      VARCHAR(300)  NOT NULL,
  content_type  VARCHAR(300)  NOT NULL,
  content       BYTEA         NOT NULL
);
CREATE INDEX IF NOT EXISTS avrr_captured_attachment_message ON avrr_captured_attachment (message_id);

-- The documents of a case (issue 17): files users attached at the step they belong to, checked
-- by their content and scanned before they were stored. The content is personal data: erasure
-- of the case empties it (erased_at), the row stays to say what was there and who added it.
CREATE TABLE IF NOT EXISTS avrr_document (
  id            VARCHAR(36)   NOT NULL PRIMARY KEY,
  case_number   VARCHAR(64)   NOT NULL,
  kind          VARCHAR(40)   NOT NULL,
  task_key      VARCHAR(100),
  file_name     VARCHAR(255)  NOT NULL,
  content_type  VARCHAR(40)   NOT NULL,
  size_bytes    BIGINT        NOT NULL,
  sha256        VARCHAR(64)   NOT NULL,
  scanned_by    VARCHAR(300)  NOT NULL,
  added_by      VARCHAR(128)  NOT NULL,
  added_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  content       BYTEA,
  erased_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX IF NOT EXISTS avrr_document_case ON avrr_document (case_number, added_at);
-- The task a document was added at and its name as the user saw it: evidence a task's rule asks
-- for (an instalment's receipt) must be added at that very task, and the Case history says where.
ALTER TABLE avrr_document ADD COLUMN IF NOT EXISTS task_id VARCHAR(64);
ALTER TABLE avrr_document ADD COLUMN IF NOT EXISTS task_name VARCHAR(255);
CREATE INDEX IF NOT EXISTS avrr_document_task ON avrr_document (task_id);
-- Where the content is kept: 'database' (the content column) or the object store's location
-- (s3://bucket/prefix/); a row without it is from before, its content in the database.
ALTER TABLE avrr_document ADD COLUMN IF NOT EXISTS stored_in VARCHAR(300);
-- When an erased document's file was deleted from the object store (a step of the erasure).
ALTER TABLE avrr_document ADD COLUMN IF NOT EXISTS file_deleted_at TIMESTAMP WITH TIME ZONE;
-- A partner's own name for a document it sent (a mission's monitoring report): the same one sent
-- again is the same document, not a copy.
ALTER TABLE avrr_document ADD COLUMN IF NOT EXISTS partner_reference VARCHAR(128);
CREATE UNIQUE INDEX IF NOT EXISTS avrr_document_partner_reference
  ON avrr_document (added_by, partner_reference);

-- What happened to documents: each upload, each refusal (what and why; nothing of a refused
-- file is kept but its name, size and hash) and each download.
CREATE TABLE IF NOT EXISTS avrr_document_event (
  id            BIGSERIAL PRIMARY KEY,
  occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  case_number   VARCHAR(64)   NOT NULL,
  document_id   VARCHAR(36),
  action        VARCHAR(20)   NOT NULL,
  user_id       VARCHAR(128)  NOT NULL,
  detail        VARCHAR(500)
);
CREATE INDEX IF NOT EXISTS avrr_document_event_case ON avrr_document_event (case_number, occurred_at);
