-- Scratch data for docs/explain/findings-first-page-1M.md: 20 organisations (org 1 = the NPM, org 2 = the CSO),
begin;
-- one user, one place and one visit per organisation, 1,000,000 findings spread over them.
-- Mix: 55 % ORGANISATION, 30 % SHARED (to 1-2 of organisations 1..5), 8 % PUBLIC, 5 % SPT_CONFIDENTIAL, 2 % WORKING_GROUP.
insert into organisation (id, name, kind, country_code, created_at)
select ('00000000-0000-0000-0000-' || lpad(g::text, 12, '0'))::uuid, 'Org ' || g,
       case when g = 2 then 'CSO' when g = 20 then 'SPT' else 'NPM' end, 'CL', now()
from generate_series(1, 20) g;
insert into user_account (id, email, display_name, password_hash, created_at)
values ('10000000-0000-0000-0000-000000000001', 'seed@example.org', 'Seed', 'x', now());
insert into place (id, owner_organisation_id, classification, shared_with, created_by_id, created_at, updated_at, name, type, responsible_authority_id)
select ('20000000-0000-0000-0000-' || lpad(g::text, 12, '0'))::uuid, ('00000000-0000-0000-0000-' || lpad(g::text, 12, '0'))::uuid,
       'PUBLIC', '{}', '10000000-0000-0000-0000-000000000001', now(), now(), 'Place ' || g, 'PRISON',
       ('00000000-0000-0000-0000-' || lpad(g::text, 12, '0'))::uuid
from generate_series(1, 20) g;
insert into visit (id, owner_organisation_id, classification, shared_with, created_by_id, created_at, updated_at, type, start_date)
select ('30000000-0000-0000-0000-' || lpad(g::text, 12, '0'))::uuid, ('00000000-0000-0000-0000-' || lpad(g::text, 12, '0'))::uuid,
       'PUBLIC', '{}', '10000000-0000-0000-0000-000000000001', now(), now(), 'IN_DEPTH', current_date
from generate_series(1, 20) g;
insert into finding (id, owner_organisation_id, classification, country_code, shared_with, created_by_id, created_at, updated_at,
                     visit_id, place_id, title, monitoring_area, severity)
select gen_random_uuid(), ('00000000-0000-0000-0000-' || lpad(o::text, 12, '0'))::uuid,
       c, 'CL',
       case when c = 'SHARED' then array[('00000000-0000-0000-0000-' || lpad((1 + n % 5)::text, 12, '0'))]
                                || case when n % 3 = 0 then array['00000000-0000-0000-0000-000000000006'] else '{}' end
            else '{}' end,
       '10000000-0000-0000-0000-000000000001',
       now() - (n || ' seconds')::interval, now(),
       ('30000000-0000-0000-0000-' || lpad(o::text, 12, '0'))::uuid, ('20000000-0000-0000-0000-' || lpad(o::text, 12, '0'))::uuid,
       'Finding ' || n, 'TREATMENT', 'MEDIUM'
from (select n, 1 + (n::bigint * 7919) % 20 as o,
             case when n % 100 < 55 then 'ORGANISATION' when n % 100 < 85 then 'SHARED' when n % 100 < 93 then 'PUBLIC'
                  when n % 100 < 98 then 'SPT_CONFIDENTIAL' else 'WORKING_GROUP' end as c
      from generate_series(1, 1000000) n) s;
commit;
analyze;
