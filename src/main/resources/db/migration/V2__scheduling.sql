-- Scheduling (issue 4): what the CPM engine needs beyond the V1 columns.

-- A manually scheduled item keeps the dates the planner typed; the engine only reports on it (MS Project's
-- "Manually Scheduled" task mode).
ALTER TABLE work_item ADD COLUMN manually_scheduled BOOLEAN DEFAULT FALSE NOT NULL;

-- WORKING: the lag counts working days of the successor's calendar; ELAPSED: calendar days ("5ed").
ALTER TABLE dependency ADD COLUMN lag_unit VARCHAR(10) DEFAULT 'WORKING' NOT NULL;
ALTER TABLE dependency ADD CONSTRAINT dependency_lag_unit_check CHECK (lag_unit IN ('WORKING', 'ELAPSED'));

-- MS Project's per-project "New tasks are manually scheduled"; switching it leaves existing items alone.
ALTER TABLE roadmap ADD COLUMN new_items_manual BOOLEAN DEFAULT FALSE NOT NULL;
