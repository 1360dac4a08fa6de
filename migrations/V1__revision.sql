-- One row per committed change of audited data (Hibernate Envers revision entity).
create sequence revision_seq start with 1 increment by 1;

create table revision (
    id             bigint       not null primary key,
    rev_timestamp  bigint       not null,
    actor_username varchar(100) not null,
    actor_country  varchar(2),
    action         varchar(100) not null,
    reason         varchar(2000)
);
