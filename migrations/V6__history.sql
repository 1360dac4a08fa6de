-- V6: reading the past (indexes for the validity audit strategy), edition notes, and the hash chain
-- that makes changes to recorded history detectable.

-- Indexes. Envers' validity strategy reads the state at revision R as
--   rev <= R and (revend > R or revend is null) and revtype <> 2
-- (point in time, editions, compare) and, when a revision changes an entity, finds the row it ends
-- with "id = ? and revend is null". The primary keys (rev, id) serve neither well:
--   *_aud (id, rev)          one entity's rows in order: a cell's or an organization's history, and
--                            the validity strategy's lookup of the row to end
--   *_aud (revend)           rows that end at a revision: the state at R (rows ended after R) and the
--                            hash chain, which covers the end marks a revision writes
--   involvement_aud (organization_id, theme_id, rev)  a cell's history by organization and theme
--   revision (rev_timestamp) ?at= (the last revision at or before a time) and the audit log's dates
--   revision (proposal_id)   the audit log's proposal filter and compare's "which proposals"
create index organization_aud_id on organization_aud (id, rev);
create index organization_aud_revend on organization_aud (revend);
create index theme_aud_id on theme_aud (id, rev);
create index theme_aud_revend on theme_aud (revend);
create index involvement_aud_id on involvement_aud (id, rev);
create index involvement_aud_revend on involvement_aud (revend);
create index involvement_aud_cell on involvement_aud (organization_id, theme_id, rev);
create index edition_aud_id on edition_aud (id, rev);
create index edition_aud_revend on edition_aud (revend);
create index proposal_aud_id on proposal_aud (id, rev);
create index proposal_aud_revend on proposal_aud (revend);
create index proposal_item_aud_id on proposal_item_aud (id, rev);
create index proposal_item_aud_revend on proposal_item_aud (revend);
create index proposal_item_aud_proposal on proposal_item_aud (proposal_id);
create index proposal_comment_aud_id on proposal_comment_aud (id, rev);
create index proposal_comment_aud_revend on proposal_comment_aud (revend);
create index proposal_author_aud_revend on proposal_author_aud (revend);
create index proposal_item_source_aud_revend on proposal_item_source_aud (revend);
create index revision_timestamp on revision (rev_timestamp);
create index revision_proposal on revision (proposal_id);

-- What a published edition says about itself besides its title.
alter table edition add column notes text;
alter table edition_aud add column notes text;

-- What a revision is about, for deciding who may see it in the audit log: whether it changed the
-- mapping (organizations, themes, cells, editions), and which proposal its rows belong to (the
-- proposal it applied, or the one whose draft, items, comments or authors it wrote), with that
-- proposal's country and whether it was ever submitted (drafts never submitted are their country's).
create view revision_scope as
select s.revision, s.mapping, s.proposal, p.country as proposal_country,
       p.submitted_at is not null as proposal_submitted
from (
select r.id as revision,
       exists (select 1 from organization_aud a where a.rev = r.id)
           or exists (select 1 from theme_aud a where a.rev = r.id)
           or exists (select 1 from involvement_aud a where a.rev = r.id)
           or exists (select 1 from edition_aud a where a.rev = r.id) as mapping,
       coalesce(r.proposal_id,
                (select min(a.id) from proposal_aud a where a.rev = r.id),
                (select min(a.proposal_id) from proposal_item_aud a where a.rev = r.id),
                (select min(a.proposal_id) from proposal_comment_aud a where a.rev = r.id),
                (select min(a.proposal_id) from proposal_author_aud a where a.rev = r.id),
                (select min(i.proposal_id) from proposal_item_source_aud a join proposal_item i on i.id = a.item_id
                 where a.rev = r.id)) as proposal
from revision r) s
left join proposal p on p.id = s.proposal;

-- The hash chain. Each committed revision gets a link: its position in commit order, and
-- hash = sha256(previous link's hash || '\n' || canonical form of the revision), hex; the first
-- link's previous hash is ''. The canonical form (revision_canonical) is one line per row, sorted
-- bytewise: the revision row, every audit row it wrote, and every audit row whose end it marked
-- (revend), each as table name and JSON with null members left out, so that adding a nullable
-- column later does not change the form of existing rows.
create table revision_link (
    revision  bigint      not null primary key references revision (id),
    position  bigint      not null unique,
    hash      varchar(64) not null
);

create function revision_canonical(r bigint) returns text
language plpgsql stable as $$
declare
    audit record;
    part text[];
    lines text[];
begin
    select array['revision ' || jsonb_strip_nulls(to_jsonb(v))::text] into lines from revision v where v.id = r;
    if lines is null then
        return null;
    end if;
    for audit in select c.relname as name from pg_class c
                 where c.relkind = 'r' and c.relnamespace = current_schema()::text::regnamespace
                   and c.relname like '%\_aud' loop
        execute format('select coalesce(array_agg(%L || '' '' || (jsonb_strip_nulls(to_jsonb(a)) - ''revend'' - ''revend_tstmp'')::text), ''{}'') from %I a where a.rev = $1',
                       audit.name, audit.name) into part using r;
        lines := lines || part;
        execute format('select coalesce(array_agg(%L || '' ended '' || jsonb_strip_nulls(to_jsonb(a))::text), ''{}'') from %I a where a.revend = $1',
                       audit.name, audit.name) into part using r;
        lines := lines || part;
    end loop;
    return (select string_agg(line, E'\n' order by line collate "C") from unnest(lines) line);
end $$;

-- Links one revision at the end of the chain. Runs at commit (see the trigger below) under an
-- advisory lock held until the transaction ends, so links are made one at a time in commit order,
-- whatever order the revision numbers were drawn in; the lock key is the application's
-- history.RevisionChain.LOCK.
create function revision_link_append(r bigint) returns void
language plpgsql as $$
declare
    previous revision_link%rowtype;
begin
    perform pg_advisory_xact_lock(5990422017);
    select * into previous from revision_link order by position desc limit 1;
    insert into revision_link (revision, position, hash)
    values (r, coalesce(previous.position, 0) + 1,
            encode(sha256(convert_to(coalesce(previous.hash, '') || E'\n' || revision_canonical(r), 'UTF8')), 'hex'));
end $$;

create function revision_link_trigger() returns trigger
language plpgsql as $$
begin
    perform revision_link_append(new.id);
    return null;
end $$;

-- DEFERRABLE INITIALLY DEFERRED: fires when the transaction commits, after Envers has written all
-- audit rows and end marks of the revision.
create constraint trigger revision_link_at_commit
    after insert on revision
    deferrable initially deferred
    for each row execute function revision_link_trigger();

-- The revisions already committed (the 2014 import) are linked in number order.
do $$
declare
    r bigint;
begin
    for r in select id from revision order by id loop
        perform revision_link_append(r);
    end loop;
end $$;
