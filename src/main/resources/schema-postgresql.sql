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
