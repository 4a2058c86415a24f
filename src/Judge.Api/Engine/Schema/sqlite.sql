-- Judge's job-store tables for SQLite, laid out as Quartz.NET 4's ADO.NET job store reads and writes them.
-- Every statement only creates what is missing, so running the script again is harmless.
-- Statements are separated by lines holding only ';;'.
create table if not exists QRTZ_JOB_DETAILS (
    SCHED_NAME text not null, JOB_NAME text not null, JOB_GROUP text not null,
    DESCRIPTION text, JOB_CLASS_NAME text not null,
    IS_DURABLE bit not null, IS_NONCONCURRENT bit not null, IS_UPDATE_DATA bit not null, REQUESTS_RECOVERY bit not null,
    JOB_DATA blob,
    primary key (SCHED_NAME, JOB_NAME, JOB_GROUP))
;;
create table if not exists QRTZ_TRIGGERS (
    SCHED_NAME text not null, TRIGGER_NAME text not null, TRIGGER_GROUP text not null,
    JOB_NAME text not null, JOB_GROUP text not null, DESCRIPTION text,
    NEXT_FIRE_TIME bigint, PREV_FIRE_TIME bigint, PRIORITY integer,
    TRIGGER_STATE text not null, TRIGGER_TYPE text not null,
    START_TIME bigint not null, END_TIME bigint, CALENDAR_NAME text,
    MISFIRE_INSTR integer, MISFIRE_ORIG_FIRE_TIME bigint,
    EXECUTION_GROUP text, PREFERRED_NODE text, PREFERRED_NODE_AUTO bit not null default 0,
    RETRY_POLICY text, RETRY_ATTEMPT integer,
    CONTINUES_TRIGGER_NAME text, CONTINUES_TRIGGER_GROUP text, CONTINUATION_CONDITION integer,
    OVERLAP_POLICY integer, PAUSE_REASON text, PAUSED_BY text, PAUSED_AT bigint,
    MISFIRE_THRESHOLD bigint, FIXED_DELAY bit, JOB_DATA blob,
    primary key (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP),
    foreign key (SCHED_NAME, JOB_NAME, JOB_GROUP) references QRTZ_JOB_DETAILS (SCHED_NAME, JOB_NAME, JOB_GROUP))
;;
create table if not exists QRTZ_SIMPLE_TRIGGERS (
    SCHED_NAME text not null, TRIGGER_NAME text not null, TRIGGER_GROUP text not null,
    REPEAT_COUNT bigint not null, REPEAT_INTERVAL bigint not null, TIMES_TRIGGERED bigint not null,
    primary key (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP),
    foreign key (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP) references QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP) on delete cascade)
;;
create table if not exists QRTZ_CRON_TRIGGERS (
    SCHED_NAME text not null, TRIGGER_NAME text not null, TRIGGER_GROUP text not null,
    CRON_EXPRESSION text not null, TIME_ZONE_ID text,
    primary key (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP),
    foreign key (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP) references QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP) on delete cascade)
;;
create table if not exists QRTZ_SIMPROP_TRIGGERS (
    SCHED_NAME text not null, TRIGGER_NAME text not null, TRIGGER_GROUP text not null,
    STR_PROP_1 text, STR_PROP_2 text, STR_PROP_3 text,
    INT_PROP_1 integer, INT_PROP_2 integer, LONG_PROP_1 bigint, LONG_PROP_2 bigint,
    DEC_PROP_1 numeric, DEC_PROP_2 numeric, BOOL_PROP_1 bit, BOOL_PROP_2 bit, TIME_ZONE_ID text,
    primary key (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP),
    foreign key (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP) references QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP) on delete cascade)
;;
create table if not exists QRTZ_BLOB_TRIGGERS (
    SCHED_NAME text not null, TRIGGER_NAME text not null, TRIGGER_GROUP text not null,
    BLOB_DATA blob,
    primary key (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP),
    foreign key (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP) references QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP) on delete cascade)
;;
create table if not exists QRTZ_CALENDARS (
    SCHED_NAME text not null, CALENDAR_NAME text not null, CALENDAR blob not null,
    primary key (SCHED_NAME, CALENDAR_NAME))
;;
create table if not exists QRTZ_PAUSED_TRIGGER_GRPS (
    SCHED_NAME text not null, TRIGGER_GROUP text not null,
    PAUSE_REASON text, PAUSED_BY text, PAUSED_AT bigint,
    primary key (SCHED_NAME, TRIGGER_GROUP))
;;
create table if not exists QRTZ_PAUSED_JOB_GRPS (
    SCHED_NAME text not null, JOB_GROUP text not null,
    PAUSE_REASON text, PAUSED_BY text, PAUSED_AT bigint,
    primary key (SCHED_NAME, JOB_GROUP))
;;
create table if not exists QRTZ_FIRED_TRIGGERS (
    SCHED_NAME text not null, ENTRY_ID text not null,
    TRIGGER_NAME text not null, TRIGGER_GROUP text not null, INSTANCE_NAME text not null,
    FIRED_TIME bigint not null, SCHED_TIME bigint not null, PRIORITY integer not null, STATE text not null,
    JOB_NAME text, JOB_GROUP text, IS_NONCONCURRENT bit, REQUESTS_RECOVERY bit,
    EXECUTION_GROUP text, PROGRESS integer, PROGRESS_MESSAGE text, INTERRUPT_REQUESTED_TIME bigint,
    primary key (SCHED_NAME, ENTRY_ID))
;;
create table if not exists QRTZ_SCHEDULER_STATE (
    SCHED_NAME text not null, INSTANCE_NAME text not null,
    LAST_CHECKIN_TIME bigint not null, CHECKIN_INTERVAL bigint not null, QUARTZ_VERSION text,
    primary key (SCHED_NAME, INSTANCE_NAME))
;;
create table if not exists QRTZ_LOCKS (
    SCHED_NAME text not null, LOCK_NAME text not null,
    primary key (SCHED_NAME, LOCK_NAME))
;;
create index if not exists IDX_QRTZ_T_J on QRTZ_TRIGGERS (SCHED_NAME, JOB_NAME, JOB_GROUP)
;;
create index if not exists IDX_QRTZ_T_G_N on QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_GROUP, TRIGGER_NAME)
;;
create index if not exists IDX_QRTZ_T_NFT_ST on QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_STATE, NEXT_FIRE_TIME, PRIORITY desc, MISFIRE_INSTR)
;;
create index if not exists IDX_QRTZ_FT_INST_JOB_REQ_RCVRY on QRTZ_FIRED_TRIGGERS (SCHED_NAME, INSTANCE_NAME, REQUESTS_RECOVERY)
;;
create index if not exists IDX_QRTZ_FT_J_G on QRTZ_FIRED_TRIGGERS (SCHED_NAME, JOB_NAME, JOB_GROUP)
;;
create index if not exists IDX_QRTZ_FT_T_G on QRTZ_FIRED_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP)
