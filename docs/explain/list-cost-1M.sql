-- Query plans for decision 0035 at 1M findings (a bench:lists database, `bench_lists_1000000`):
--   psql -h 127.0.0.1 -U postgres -d bench_lists_1000000 -f docs/explain/list-cost-1M.sql
-- The NPM of Costa Verde's read scope, as scopeFilter emits it (owner, working groups, shared, SPT-shared
-- branches); the page's places are the first 25 places of the places list (name, id) that the NPM can read.
\pset pager off
select id as npm from organisation where kind = 'NPM' and country_code = 'XV' \gset
select string_agg(quote_literal(working_group_id::text), ', ') as groups from working_group_member where organisation_id = :'npm' \gset
\set scope '(e.classification = ''PUBLIC'' or (e.classification in (''ORGANISATION'', ''SHARED'', ''WORKING_GROUP'') and e.owner_organisation_id in (' :'npm' ')) or (e.classification = ''SHARED'' and e.shared_with && array[' :'npm' ']) or (e.classification = ''WORKING_GROUP'' and e.working_group_id in (' :groups ')) or (e.classification = ''SPT_CONFIDENTIAL'' and e.country_code = ''XV'' and e.shared_with && array[' :'npm' ']))'
-- Recommendations add the addressee branch.
\set rscope '(' :scope ' or (e.classification != ''SPT_CONFIDENTIAL'' and e.addressee_id in (' :'npm' ')))'
select string_agg(quote_literal(id::text), ', ') as places from (select e.id from place e where :scope order by e.name, e.id limit 25) p \gset
select place_id as busy_place from visit_place group by place_id order by count(*) desc limit 1 \gset
select finding_id as linked_finding from recommendation_finding limit 1 \gset

\echo '### A. Each place''s last readable visit (place-fields.ts lastVisit → readableLinked, DISTINCT ON), with visit_place(place_id)'
explain (analyze, buffers, costs off)
select distinct on (link.place_id) e.*, link.place_id as link_owner_id from visit as e
  inner join visit_place as link on link.visit_id = e.id
  where :scope and link.place_id in (:places)
  order by link.place_id asc, e.start_date desc, e.id asc;

\echo '### A without visit_place(place_id) (the index dropped inside a transaction that is rolled back)'
begin;
drop index visit_place_place_id_index;
explain (analyze, buffers, costs off)
select distinct on (link.place_id) e.*, link.place_id as link_owner_id from visit as e
  inner join visit_place as link on link.visit_id = e.id
  where :scope and link.place_id in (:places)
  order by link.place_id asc, e.start_date desc, e.id asc;
rollback;

\echo '### B. Each place''s latest population (place-fields.ts: LATERAL limit 1 on place_population_latest_index)'
explain (analyze, buffers, costs off)
select latest.* from unnest(array[:places]::uuid[]) as wanted(place_id) cross join lateral (
  select * from place_population p where p.place_id = wanted.place_id
  order by p.counted_on desc, p.recorded_at desc, p.id limit 1) as latest;

\echo '### C. The recommendations of the place with the most visits (recommendation_place(place_id))'
explain (analyze, buffers, costs off)
select e.id, e.issued_on from recommendation e
  where :rscope and exists (select 1 from recommendation_place rp where rp.recommendation_id = e.id and rp.place_id = :'busy_place')
  order by e.issued_on desc, e.reference, e.id limit 26;

\echo '### D. The recommendations that name a finding (recommendation_finding(finding_id))'
explain (analyze, buffers, costs off)
select e.id from recommendation e join recommendation_finding rf on rf.recommendation_id = e.id
  where rf.finding_id = :'linked_finding' and :rscope;
