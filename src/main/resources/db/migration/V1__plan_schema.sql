-- Coplan plan schema, version 1.
-- Every entity row: a UUID key (never an auto-increment id), created/modified stamps and a version
-- number for optimistic locking. Column names avoid SQL keywords (YEAR, VALUE, KEY, POSITION) so the
-- same script runs on H2 and PostgreSQL.

CREATE TABLE replica (
    id          UUID         NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE calendar (
    id               UUID         NOT NULL PRIMARY KEY,
    name             VARCHAR(200) NOT NULL,
    -- ISO day numbers 1 (Monday) .. 7 (Sunday) that are working days, e.g. '12345'
    working_weekdays VARCHAR(7)   NOT NULL,
    is_default       BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT calendar_weekdays_format CHECK (REGEXP_LIKE(working_weekdays, '^[1-7]{0,7}$'))
);

CREATE TABLE calendar_holiday (
    id           UUID         NOT NULL PRIMARY KEY,
    calendar_id  UUID         NOT NULL,
    holiday_date DATE         NOT NULL,
    name         VARCHAR(200) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT calendar_holiday_calendar_fk FOREIGN KEY (calendar_id) REFERENCES calendar (id) ON DELETE CASCADE,
    CONSTRAINT calendar_holiday_unique UNIQUE (calendar_id, holiday_date)
);

CREATE TABLE member_state (
    id          UUID         NOT NULL PRIMARY KEY,
    iso_code    VARCHAR(3)   NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    name_ru     VARCHAR(200) NOT NULL,
    -- MEMBER, OBSERVER, PARTNER
    state_role  VARCHAR(20)  NOT NULL,
    calendar_id UUID,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT member_state_iso_unique UNIQUE (iso_code),
    CONSTRAINT member_state_role_check CHECK (state_role IN ('MEMBER', 'OBSERVER', 'PARTNER')),
    CONSTRAINT member_state_calendar_fk FOREIGN KEY (calendar_id) REFERENCES calendar (id) ON DELETE SET NULL
);

CREATE TABLE organization (
    id                UUID         NOT NULL PRIMARY KEY,
    name              VARCHAR(500) NOT NULL,
    short_name        VARCHAR(100),
    state_id          UUID,
    -- ACADEMY, MINISTRY, COMMISSION, UNIVERSITY, COMPANY, TECHNOPARK, OTHER
    organization_kind VARCHAR(20)  NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT organization_state_fk FOREIGN KEY (state_id) REFERENCES member_state (id),
    CONSTRAINT organization_kind_check CHECK (organization_kind IN
        ('ACADEMY', 'MINISTRY', 'COMMISSION', 'UNIVERSITY', 'COMPANY', 'TECHNOPARK', 'OTHER'))
);

CREATE TABLE priority_area (
    id          UUID         NOT NULL PRIMARY KEY,
    code        VARCHAR(20)  NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    name_ru     VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT priority_area_code_unique UNIQUE (code)
);

CREATE TABLE programme (
    id                UUID          NOT NULL PRIMARY KEY,
    title             VARCHAR(500)  NOT NULL,
    -- FRAMEWORK_PROGRAMME, STRATEGY, CONCEPT, ACTION_PLAN, JOINT_PROJECT
    programme_kind    VARCHAR(30)   NOT NULL,
    act_title         VARCHAR(500),
    act_number        VARCHAR(100),
    act_date          DATE,
    period_start      DATE          NOT NULL,
    period_finish     DATE          NOT NULL,
    -- DRAFT, APPROVED, IN_FORCE, COMPLETED, CANCELLED
    programme_status  VARCHAR(20)   NOT NULL,
    description       VARCHAR(4000),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT programme_period_check CHECK (period_finish >= period_start),
    CONSTRAINT programme_kind_check CHECK (programme_kind IN
        ('FRAMEWORK_PROGRAMME', 'STRATEGY', 'CONCEPT', 'ACTION_PLAN', 'JOINT_PROJECT')),
    CONSTRAINT programme_status_check CHECK (programme_status IN
        ('DRAFT', 'APPROVED', 'IN_FORCE', 'COMPLETED', 'CANCELLED'))
);

CREATE TABLE programme_priority_area (
    programme_id     UUID NOT NULL,
    priority_area_id UUID NOT NULL,
    CONSTRAINT programme_priority_area_pk PRIMARY KEY (programme_id, priority_area_id),
    CONSTRAINT programme_priority_area_programme_fk FOREIGN KEY (programme_id) REFERENCES programme (id) ON DELETE CASCADE,
    CONSTRAINT programme_priority_area_area_fk FOREIGN KEY (priority_area_id) REFERENCES priority_area (id)
);

CREATE TABLE programme_state (
    programme_id UUID NOT NULL,
    state_id     UUID NOT NULL,
    CONSTRAINT programme_state_pk PRIMARY KEY (programme_id, state_id),
    CONSTRAINT programme_state_programme_fk FOREIGN KEY (programme_id) REFERENCES programme (id) ON DELETE CASCADE,
    CONSTRAINT programme_state_state_fk FOREIGN KEY (state_id) REFERENCES member_state (id)
);

CREATE TABLE roadmap (
    id           UUID         NOT NULL PRIMARY KEY,
    programme_id UUID         NOT NULL,
    name         VARCHAR(500) NOT NULL,
    description  VARCHAR(4000),
    calendar_id  UUID,
    -- fractional-index key: order among the programme's roadmaps
    sort_key     VARCHAR(100) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT roadmap_programme_fk FOREIGN KEY (programme_id) REFERENCES programme (id) ON DELETE CASCADE,
    CONSTRAINT roadmap_calendar_fk FOREIGN KEY (calendar_id) REFERENCES calendar (id) ON DELETE SET NULL
);

CREATE TABLE work_item (
    id                      UUID          NOT NULL PRIMARY KEY,
    roadmap_id              UUID          NOT NULL,
    parent_id               UUID,
    -- the sibling group: the parent's id, or the roadmap's id for top-level items; makes the
    -- order among siblings unique with a plain UNIQUE constraint (NULL parents would not be compared)
    sibling_scope           UUID          NOT NULL,
    -- fractional-index key (see domain.Rank): inserting between two siblings renumbers nobody
    sort_key                VARCHAR(100)  NOT NULL,
    name                    VARCHAR(500)  NOT NULL,
    -- PHASE, ACTIVITY, MILESTONE
    item_kind               VARCHAR(20)   NOT NULL,
    start_date              DATE          NOT NULL,
    finish_date             DATE          NOT NULL,
    duration_days           INTEGER       NOT NULL,
    percent_complete        INTEGER       NOT NULL DEFAULT 0,
    lead_state_id           UUID,
    lead_organization_id    UUID,
    priority_area_id        UUID,
    deliverable             VARCHAR(1000),
    notes                   VARCHAR(10000),
    -- AS_SOON_AS_POSSIBLE, START_NO_EARLIER_THAN, START_NO_LATER_THAN, FINISH_NO_EARLIER_THAN,
    -- FINISH_NO_LATER_THAN, MUST_START_ON, MUST_FINISH_ON
    constraint_type         VARCHAR(30)   NOT NULL DEFAULT 'AS_SOON_AS_POSSIBLE',
    constraint_date         DATE,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    version                 BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT work_item_lead_state_fk FOREIGN KEY (lead_state_id) REFERENCES member_state (id),
    CONSTRAINT work_item_lead_organization_fk FOREIGN KEY (lead_organization_id) REFERENCES organization (id),
    CONSTRAINT work_item_priority_area_fk FOREIGN KEY (priority_area_id) REFERENCES priority_area (id),
    CONSTRAINT work_item_sibling_order_unique UNIQUE (sibling_scope, sort_key),
    CONSTRAINT work_item_dates_check CHECK (finish_date >= start_date),
    CONSTRAINT work_item_duration_check CHECK (duration_days >= 0),
    CONSTRAINT work_item_percent_check CHECK (percent_complete BETWEEN 0 AND 100),
    CONSTRAINT work_item_kind_check CHECK (item_kind IN ('PHASE', 'ACTIVITY', 'MILESTONE')),
    CONSTRAINT work_item_milestone_check CHECK (item_kind <> 'MILESTONE' OR duration_days = 0),
    CONSTRAINT work_item_constraint_check CHECK (constraint_type IN ('AS_SOON_AS_POSSIBLE',
        'START_NO_EARLIER_THAN', 'START_NO_LATER_THAN', 'FINISH_NO_EARLIER_THAN', 'FINISH_NO_LATER_THAN',
        'MUST_START_ON', 'MUST_FINISH_ON')),
    CONSTRAINT work_item_constraint_date_check CHECK
        (constraint_type = 'AS_SOON_AS_POSSIBLE' OR constraint_date IS NOT NULL)
);
-- The indexes first, then the foreign keys that use them: H2 gives a foreign key declared inside CREATE
-- TABLE an index of its own, which would double these (and every insert into them).
CREATE INDEX work_item_roadmap_idx ON work_item (roadmap_id);
CREATE INDEX work_item_parent_idx ON work_item (parent_id);
ALTER TABLE work_item ADD CONSTRAINT work_item_roadmap_fk
    FOREIGN KEY (roadmap_id) REFERENCES roadmap (id) ON DELETE CASCADE;
ALTER TABLE work_item ADD CONSTRAINT work_item_parent_fk FOREIGN KEY (parent_id) REFERENCES work_item (id);

CREATE TABLE work_item_state (
    work_item_id UUID NOT NULL,
    state_id     UUID NOT NULL,
    CONSTRAINT work_item_state_pk PRIMARY KEY (work_item_id, state_id),
    CONSTRAINT work_item_state_item_fk FOREIGN KEY (work_item_id) REFERENCES work_item (id) ON DELETE CASCADE,
    CONSTRAINT work_item_state_state_fk FOREIGN KEY (state_id) REFERENCES member_state (id)
);

CREATE TABLE dependency (
    id              UUID        NOT NULL PRIMARY KEY,
    predecessor_id  UUID        NOT NULL,
    successor_id    UUID        NOT NULL,
    -- FS, SS, FF, SF
    dependency_type VARCHAR(2)  NOT NULL,
    lag_days        INTEGER     NOT NULL DEFAULT 0,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT dependency_predecessor_fk FOREIGN KEY (predecessor_id) REFERENCES work_item (id) ON DELETE CASCADE,
    CONSTRAINT dependency_type_check CHECK (dependency_type IN ('FS', 'SS', 'FF', 'SF')),
    CONSTRAINT dependency_not_self CHECK (predecessor_id <> successor_id),
    CONSTRAINT dependency_pair_unique UNIQUE (predecessor_id, successor_id)
);
CREATE INDEX dependency_successor_idx ON dependency (successor_id);
ALTER TABLE dependency ADD CONSTRAINT dependency_successor_fk
    FOREIGN KEY (successor_id) REFERENCES work_item (id) ON DELETE CASCADE;

CREATE TABLE funding_line (
    id              UUID          NOT NULL PRIMARY KEY,
    programme_id    UUID,
    work_item_id    UUID,
    -- UNION_BUDGET, NATIONAL_BUDGET (with source_state_id), BUSINESS, OTHER
    source_kind     VARCHAR(20)   NOT NULL,
    source_state_id UUID,
    currency        VARCHAR(3)    NOT NULL,
    description     VARCHAR(500),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT funding_line_programme_fk FOREIGN KEY (programme_id) REFERENCES programme (id) ON DELETE CASCADE,
    CONSTRAINT funding_line_item_fk FOREIGN KEY (work_item_id) REFERENCES work_item (id) ON DELETE CASCADE,
    CONSTRAINT funding_line_state_fk FOREIGN KEY (source_state_id) REFERENCES member_state (id),
    CONSTRAINT funding_line_owner_check CHECK ((programme_id IS NULL) <> (work_item_id IS NULL)),
    CONSTRAINT funding_line_source_check CHECK (source_kind IN ('UNION_BUDGET', 'NATIONAL_BUDGET', 'BUSINESS', 'OTHER')),
    CONSTRAINT funding_line_national_check CHECK (source_kind <> 'NATIONAL_BUDGET' OR source_state_id IS NOT NULL),
    CONSTRAINT funding_line_currency_check CHECK (REGEXP_LIKE(currency, '^[A-Z]{3}$'))
);

CREATE TABLE funding_amount (
    funding_line_id UUID           NOT NULL,
    fiscal_year     INTEGER        NOT NULL,
    planned_amount  DECIMAL(19, 2) NOT NULL DEFAULT 0,
    actual_amount   DECIMAL(19, 2),
    CONSTRAINT funding_amount_pk PRIMARY KEY (funding_line_id, fiscal_year),
    CONSTRAINT funding_amount_line_fk FOREIGN KEY (funding_line_id) REFERENCES funding_line (id) ON DELETE CASCADE,
    CONSTRAINT funding_amount_planned_check CHECK (planned_amount >= 0),
    CONSTRAINT funding_amount_actual_check CHECK (actual_amount IS NULL OR actual_amount >= 0),
    CONSTRAINT funding_amount_year_check CHECK (fiscal_year BETWEEN 1900 AND 2200)
);

CREATE TABLE baseline (
    id          UUID         NOT NULL PRIMARY KEY,
    roadmap_id  UUID         NOT NULL,
    -- slot 0..10, as MS Project's Baseline, Baseline1 .. Baseline10
    slot        INTEGER      NOT NULL,
    name        VARCHAR(200) NOT NULL,
    taken_on    DATE         NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT baseline_roadmap_fk FOREIGN KEY (roadmap_id) REFERENCES roadmap (id) ON DELETE CASCADE,
    CONSTRAINT baseline_slot_check CHECK (slot BETWEEN 0 AND 10),
    CONSTRAINT baseline_slot_unique UNIQUE (roadmap_id, slot)
);

CREATE TABLE baseline_entry (
    baseline_id   UUID    NOT NULL,
    work_item_id  UUID    NOT NULL,
    start_date    DATE    NOT NULL,
    finish_date   DATE    NOT NULL,
    duration_days INTEGER NOT NULL,
    CONSTRAINT baseline_entry_pk PRIMARY KEY (baseline_id, work_item_id),
    CONSTRAINT baseline_entry_baseline_fk FOREIGN KEY (baseline_id) REFERENCES baseline (id) ON DELETE CASCADE,
    CONSTRAINT baseline_entry_item_fk FOREIGN KEY (work_item_id) REFERENCES work_item (id) ON DELETE CASCADE,
    CONSTRAINT baseline_entry_dates_check CHECK (finish_date >= start_date)
);

-- Every change made through the service layer, field by field: the base of offline sync (issue 6)
-- and of an audit trail. Values are stored in their canonical text form (see domain.FieldValue).
CREATE TABLE change_log (
    -- a cached sequence: H2 writes an uncached one's state to disk every 32 rows, which made bulk inserts
    -- (one log row per inserted entity) several times slower; a crash only leaves a gap in the numbers
    seq          BIGINT        GENERATED BY DEFAULT AS IDENTITY (CACHE 1000) PRIMARY KEY,
    change_id    UUID          NOT NULL,
    replica_id   UUID          NOT NULL,
    entity_type  VARCHAR(40)   NOT NULL,
    entity_id    UUID          NOT NULL,
    -- '*' for a whole-row insert or delete
    field_name   VARCHAR(60)   NOT NULL,
    -- INSERT, UPDATE, DELETE
    change_kind  VARCHAR(10)   NOT NULL,
    old_value    VARCHAR(100000),
    new_value    VARCHAR(100000),
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by   VARCHAR(200)  NOT NULL,
    CONSTRAINT change_log_kind_check CHECK (change_kind IN ('INSERT', 'UPDATE', 'DELETE'))
);
CREATE INDEX change_log_entity_idx ON change_log (entity_id);

-- Small key/value settings of this database (e.g. the sample plan marker); UI preferences live elsewhere.
CREATE TABLE plan_setting (
    setting_name  VARCHAR(100)  NOT NULL PRIMARY KEY,
    setting_value VARCHAR(4000) NOT NULL
);
