-- Judge's job-store tables, laid out as Quartz.NET 4's ADO.NET job store reads and writes them, for both databases:
-- EngineSchema fills in {bool}, {bytes} and {false} with each one's types (PostgreSQL: bool, bytea, false; SQLite: bit,
-- blob, 0), and writes SQLite's identifiers in capitals, as its tables have always been named.
-- Every statement only creates what is missing, so running the script again is harmless.
-- Statements are separated by lines holding only ';;'.
create table if not exists qrtz_job_details (
    sched_name text not null, job_name text not null, job_group text not null,
    description text, job_class_name text not null,
    is_durable {bool} not null, is_nonconcurrent {bool} not null, is_update_data {bool} not null, requests_recovery {bool} not null,
    job_data {bytes},
    primary key (sched_name, job_name, job_group))
;;
create table if not exists qrtz_triggers (
    sched_name text not null, trigger_name text not null, trigger_group text not null,
    job_name text not null, job_group text not null, description text,
    next_fire_time bigint, prev_fire_time bigint, priority integer,
    trigger_state text not null, trigger_type text not null,
    start_time bigint not null, end_time bigint, calendar_name text,
    misfire_instr integer, misfire_orig_fire_time bigint,
    execution_group text, preferred_node text, preferred_node_auto {bool} not null default {false},
    retry_policy text, retry_attempt integer,
    continues_trigger_name text, continues_trigger_group text, continuation_condition integer,
    overlap_policy integer, pause_reason text, paused_by text, paused_at bigint,
    misfire_threshold bigint, fixed_delay {bool}, job_data {bytes},
    primary key (sched_name, trigger_name, trigger_group),
    foreign key (sched_name, job_name, job_group) references qrtz_job_details (sched_name, job_name, job_group))
;;
create table if not exists qrtz_simple_triggers (
    sched_name text not null, trigger_name text not null, trigger_group text not null,
    repeat_count bigint not null, repeat_interval bigint not null, times_triggered bigint not null,
    primary key (sched_name, trigger_name, trigger_group),
    foreign key (sched_name, trigger_name, trigger_group) references qrtz_triggers (sched_name, trigger_name, trigger_group) on delete cascade)
;;
create table if not exists qrtz_cron_triggers (
    sched_name text not null, trigger_name text not null, trigger_group text not null,
    cron_expression text not null, time_zone_id text,
    primary key (sched_name, trigger_name, trigger_group),
    foreign key (sched_name, trigger_name, trigger_group) references qrtz_triggers (sched_name, trigger_name, trigger_group) on delete cascade)
;;
create table if not exists qrtz_simprop_triggers (
    sched_name text not null, trigger_name text not null, trigger_group text not null,
    str_prop_1 text, str_prop_2 text, str_prop_3 text,
    int_prop_1 integer, int_prop_2 integer, long_prop_1 bigint, long_prop_2 bigint,
    dec_prop_1 numeric, dec_prop_2 numeric, bool_prop_1 {bool}, bool_prop_2 {bool}, time_zone_id text,
    primary key (sched_name, trigger_name, trigger_group),
    foreign key (sched_name, trigger_name, trigger_group) references qrtz_triggers (sched_name, trigger_name, trigger_group) on delete cascade)
;;
create table if not exists qrtz_blob_triggers (
    sched_name text not null, trigger_name text not null, trigger_group text not null,
    blob_data {bytes},
    primary key (sched_name, trigger_name, trigger_group),
    foreign key (sched_name, trigger_name, trigger_group) references qrtz_triggers (sched_name, trigger_name, trigger_group) on delete cascade)
;;
create table if not exists qrtz_calendars (
    sched_name text not null, calendar_name text not null, calendar {bytes} not null,
    primary key (sched_name, calendar_name))
;;
create table if not exists qrtz_paused_trigger_grps (
    sched_name text not null, trigger_group text not null,
    pause_reason text, paused_by text, paused_at bigint,
    primary key (sched_name, trigger_group))
;;
create table if not exists qrtz_paused_job_grps (
    sched_name text not null, job_group text not null,
    pause_reason text, paused_by text, paused_at bigint,
    primary key (sched_name, job_group))
;;
create table if not exists qrtz_fired_triggers (
    sched_name text not null, entry_id text not null,
    trigger_name text not null, trigger_group text not null, instance_name text not null,
    fired_time bigint not null, sched_time bigint not null, priority integer not null, state text not null,
    job_name text, job_group text, is_nonconcurrent {bool}, requests_recovery {bool},
    execution_group text, progress integer, progress_message text, interrupt_requested_time bigint,
    primary key (sched_name, entry_id))
;;
create table if not exists qrtz_scheduler_state (
    sched_name text not null, instance_name text not null,
    last_checkin_time bigint not null, checkin_interval bigint not null, Quartz_version text,
    primary key (sched_name, instance_name))
;;
create table if not exists qrtz_locks (
    sched_name text not null, lock_name text not null,
    primary key (sched_name, lock_name))
;;
create index if not exists IDX_qrtz_t_j on qrtz_triggers (sched_name, job_name, job_group)
;;
create index if not exists IDX_qrtz_t_g_n on qrtz_triggers (sched_name, trigger_group, trigger_name)
;;
create index if not exists IDX_qrtz_t_nft_st on qrtz_triggers (sched_name, trigger_state, next_fire_time, priority desc, misfire_instr)
;;
create index if not exists IDX_qrtz_ft_inst_job_req_rcvry on qrtz_fired_triggers (sched_name, instance_name, requests_recovery)
;;
create index if not exists IDX_qrtz_ft_j_g on qrtz_fired_triggers (sched_name, job_name, job_group)
;;
create index if not exists IDX_qrtz_ft_t_g on qrtz_fired_triggers (sched_name, trigger_name, trigger_group)
